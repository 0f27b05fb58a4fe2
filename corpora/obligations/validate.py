#!/usr/bin/env python3
"""Validate the labelled obligation corpus in this folder and print counts.

Standard library only.  Usage:

    python corpora/obligations/validate.py [FILE.jsonl ...]

With no arguments every ``*.jsonl`` file next to this script is checked.
Exit status is 0 when every line is valid, 1 otherwise.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

MODALITIES = {"obligation", "prohibition", "permission", "recommendation"}
STRENGTHS = {"binding", "weak"}
# Strength each modality may take (obligation may be binding or weak).
ALLOWED_STRENGTH = {
    "obligation": {"binding", "weak"},
    "prohibition": {"binding"},
    "permission": {"binding"},
    "recommendation": {"weak"},
}
RECORD_KEYS_REQUIRED = {"id", "text", "labels"}
RECORD_KEYS_OPTIONAL = {"heading"}
LABEL_KEYS_REQUIRED = {"modality", "strength", "bearer", "deadline"}
LABEL_KEYS_OPTIONAL = {"business_days"}
ID_RE = re.compile(r"^[a-z]+-\d{4}$")
# ISO 8601 duration: PnYnMnWnD plus optional TnHnMnS; at least one component.
DURATION_RE = re.compile(
    r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$"
)


def check_label(lab: object, where: str, errors: list[str]) -> None:
    if not isinstance(lab, dict):
        errors.append(f"{where}: label is not an object")
        return
    keys = set(lab)
    missing = LABEL_KEYS_REQUIRED - keys
    extra = keys - LABEL_KEYS_REQUIRED - LABEL_KEYS_OPTIONAL
    if missing:
        errors.append(f"{where}: label missing keys {sorted(missing)}")
    if extra:
        errors.append(f"{where}: label has unknown keys {sorted(extra)}")
    mod, st = lab.get("modality"), lab.get("strength")
    if mod not in MODALITIES:
        errors.append(f"{where}: bad modality {mod!r}")
    if st not in STRENGTHS:
        errors.append(f"{where}: bad strength {st!r}")
    if mod in ALLOWED_STRENGTH and st in STRENGTHS and st not in ALLOWED_STRENGTH[mod]:
        errors.append(f"{where}: strength {st!r} not allowed with modality {mod!r}")
    bearer = lab.get("bearer")
    if bearer is not None and (not isinstance(bearer, str) or not bearer.strip()):
        errors.append(f"{where}: bearer must be a non-empty string or null")
    dl = lab.get("deadline")
    if dl is not None:
        if not isinstance(dl, str) or not DURATION_RE.match(dl):
            errors.append(f"{where}: deadline {dl!r} is not an ISO 8601 duration")
    if "business_days" in lab:
        bd = lab["business_days"]
        if bd is not True:
            errors.append(f"{where}: business_days must be true when present (omit it otherwise)")
        if not (isinstance(dl, str) and re.fullmatch(r"P\d+D", dl)):
            errors.append(f"{where}: business_days requires a whole-day deadline like 'P5D', got {dl!r}")


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    files = [Path(a) for a in argv] if argv else sorted(here.glob("*.jsonl"))
    errors: list[str] = []
    ids: dict[str, str] = {}
    texts: dict[str, str] = {}
    per_file: dict[str, Counter] = {}
    modality = Counter()
    strength = Counter()
    bearers = Counter()
    totals = Counter()

    for path in files:
        c = per_file.setdefault(path.name, Counter())
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                where = f"{path.name}:{n}"
                if not line.strip():
                    errors.append(f"{where}: blank line")
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(f"{where}: invalid JSON ({exc})")
                    continue
                if not isinstance(rec, dict):
                    errors.append(f"{where}: line is not a JSON object")
                    continue
                keys = set(rec)
                if RECORD_KEYS_REQUIRED - keys:
                    errors.append(f"{where}: missing keys {sorted(RECORD_KEYS_REQUIRED - keys)}")
                if keys - RECORD_KEYS_REQUIRED - RECORD_KEYS_OPTIONAL:
                    errors.append(f"{where}: unknown keys {sorted(keys - RECORD_KEYS_REQUIRED - RECORD_KEYS_OPTIONAL)}")
                rid = rec.get("id")
                if not isinstance(rid, str) or not ID_RE.match(rid):
                    errors.append(f"{where}: bad id {rid!r} (want '<genre>-NNNN')")
                elif rid in ids:
                    errors.append(f"{where}: duplicate id {rid!r} (first in {ids[rid]})")
                else:
                    ids[rid] = where
                if "heading" in rec and (not isinstance(rec["heading"], str) or not rec["heading"].strip()):
                    errors.append(f"{where}: heading must be a non-empty string when present")
                text = rec.get("text")
                if not isinstance(text, str) or not text.strip():
                    errors.append(f"{where}: text must be a non-empty string")
                elif text in texts:
                    errors.append(f"{where}: duplicate text (first in {texts[text]})")
                else:
                    texts[text] = where
                labels = rec.get("labels")
                if not isinstance(labels, list):
                    errors.append(f"{where}: labels must be a list")
                    continue
                c["records"] += 1
                c["labels"] += len(labels)
                if not labels:
                    c["empty"] += 1
                if len(labels) >= 2:
                    c["multi"] += 1
                for i, lab in enumerate(labels):
                    check_label(lab, f"{where} label[{i}]", errors)
                    if isinstance(lab, dict):
                        modality[lab.get("modality")] += 1
                        strength[lab.get("strength")] += 1
                        bearers[lab.get("bearer")] += 1
                        if lab.get("deadline"):
                            c["deadline"] += 1
                        if lab.get("business_days"):
                            totals["business_days"] += 1
                        if (lab.get("modality"), lab.get("strength")) == ("obligation", "weak"):
                            totals["obligation_weak"] += 1

    print(f"{'file':34} {'records':>7} {'labels':>6} {'empty':>5} {'multi':>5} {'deadline':>8}")
    tot = Counter()
    for name, c in per_file.items():
        print(f"{name:34} {c['records']:7d} {c['labels']:6d} {c['empty']:5d} {c['multi']:5d} {c['deadline']:8d}")
        tot.update(c)
    print(f"{'TOTAL':34} {tot['records']:7d} {tot['labels']:6d} {tot['empty']:5d} {tot['multi']:5d} {tot['deadline']:8d}")
    print("labels by modality:", dict(sorted(modality.items(), key=lambda kv: str(kv[0]))))
    print("labels by strength:", dict(sorted(strength.items(), key=lambda kv: str(kv[0]))))
    print("obligation/weak:", totals["obligation_weak"], "| business_days labels:", totals["business_days"])
    print("labels by bearer:", dict(sorted(bearers.items(), key=lambda kv: str(kv[0]))))
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK: all lines valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
