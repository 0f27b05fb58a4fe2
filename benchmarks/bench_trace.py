"""Traceability accuracy on corpora/proposals/ (solicitation/proposal pairs labelled by hand).

    python benchmarks/bench_trace.py [--json] [--verbose] [--split all|tune|holdout]

The eight pairs are split in two, fixed in advance: five for tuning (thresholds, word lists) and
three held out, looked at only to report figures.  The report prints the figures for all pairs
and for each split; ``--split`` restricts the pairs evaluated (and ``--verbose``'s error list).

Each pair is built into its labelled formats (DOCX/PDF/Markdown) with corpora/build.py, scanned
with `--against`, and every labelled requirement is matched to the extracted requirement that
contains its `match` text.  Reports precision/recall per status (targets: "not addressed" and
"contradicted" ≥ 0.90).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpora" / "proposals"
STATUSES = ("addressed", "partially addressed", "not addressed", "contradicted")
SPLITS = {
    "tune": ("army-predictive-maintenance", "cbp-cargo-risk", "hhs-genai-contact-center",
             "noaa-forecast-postprocessing", "va-claims-triage"),
    "holdout": ("gsa-solicitation-summarizer", "irs-refund-fraud", "usda-crop-imagery"),
}


def split_of(pair: str) -> str:
    return next((k for k, v in SPLITS.items() if pair in v), "other")


def _builder():
    spec = importlib.util.spec_from_file_location("corpus_build", ROOT / "corpora" / "build.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["corpus_build"] = mod
    spec.loader.exec_module(mod)
    return mod


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def _metrics(confusion: Counter) -> dict:
    result = _metrics(confusion)
    result.update({"split": split,
                   "splits": {k: _metrics(c) for k, c in by_split.items() if sum(c.values())},
                   "confusion": {f"{w} -> {g}": v for (w, g), v in sorted(confusion.items())},
                   "errors": rows, "unmatched": unmatched})
    return result


def _table(m: dict) -> str:
    lines = ["| status | TP | FP | FN | precision | recall |", "|---|---|---|---|---|---|"]
    for s, x in m["per_status"].items():
        lines.append(f"| {s} | {x['tp']} | {x['fp']} | {x['fn']} | {x['precision']:.3f} | {x['recall']:.3f} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--split", choices=("all", *SPLITS), default="all")
    args = ap.parse_args()
    result = evaluate(args.verbose, args.split)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    label = "all pairs" if args.split == "all" else f"{args.split} split"
    print(f"{label}: {result['requirements']} labelled requirements, accuracy {result['accuracy']}")
    print(_table(result))
    if args.split == "all":
        for name, m in result["splits"].items():
            pairs = ", ".join(SPLITS.get(name, ()))
            print(f"\n{name} split ({pairs}): {m['requirements']} requirements, accuracy {m['accuracy']}")
            print(_table(m))
    if args.verbose:
        for r in result["errors"]:
            print(f"\n[{r['pair']} / {split_of(r['pair'])}] want {r['want']}, got {r['got']}: {r['match']}\n   reason: {r['reason']}\n   response: {r['response']}\n   note: {r['note']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
