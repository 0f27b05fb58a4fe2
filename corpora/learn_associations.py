"""Learn which words proposals use in place of a requirement's words, from the labelled pairs.

For every labelled requirement that a proposal answers (addressed or partially addressed) and
whose note names the proposal section holding the answer ("Section 2.2: commits to ..."), the
requirement's sentence is paired with the text of that section.  A requirement term ``t`` that
the answer does not use is associated with an answer term ``u`` when, over those pairs:

* ``u`` appears in the answers to ``t`` in at least ``MIN_PAIRS`` different solicitation/proposal
  pairs, from at least ``MIN_PAIRS - 1`` different sets (so no one writer's habit makes it);
* it appears there at least ``MIN_LIFT`` times as often as in answers overall, and in at least
  ``MIN_SHARE`` of the answers that leave ``t`` out;
* both words are in common use (in at least ``MIN_SPREAD`` pairs), not names of one mission.

The result ships as ``src/clausecheck/traceability/associations.json``; the matcher gives a
requirement term partial credit (``ASSOC_CREDIT``) when a passage uses one of its associated
words instead.  Only the sets that have been opened for development are read, so the sets kept
unseen measure what this adds.

    python corpora/learn_associations.py            # rewrite the shipped file
    python corpora/learn_associations.py --check    # exit 1 if the shipped file is stale
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
OUT = ROOT.parent / "src" / "clausecheck" / "traceability" / "associations.json"
# the sets opened for development (the development corpus and blind sets 1-70)
OPENED = ("proposals", "proposals-blind", *(f"proposals-blind{k}" for k in range(2, 71)))
MIN_PAIRS = 5
MIN_LIFT = 4.0
MIN_SHARE = 0.15
MIN_SPREAD = 10

_HEADING = re.compile(r"^#{1,4}\s+(?:Section\s+)?([A-Z]?\d+(?:\.\d+)*)?\.?\s")
_CITED = re.compile(r"\bSections?\s+([A-Z]?\d+(?:\.\d+)*)((?:\s*(?:,|and|or)\s*[A-Z]?\d+(?:\.\d+)*)*)")


def sections(markdown: str) -> dict[str, str]:
    """Numbered sections of a proposal's Markdown source: {"2.2": its heading and text}."""
    out: dict[str, list[str]] = defaultdict(list)
    current = None
    for line in markdown.splitlines():
        if line.startswith("#"):
            m = _HEADING.match(line)
            current = m.group(1) if m else None
        if current:
            out[current].append(line.lstrip("# "))
    return {k: "\n".join(v) for k, v in out.items()}


def cited_text(note: str, secs: dict[str, str]) -> str:
    """The text of the proposal sections a label's note names."""
    numbers: list[str] = []
    for first, rest in _CITED.findall(note or ""):
        numbers += [first, *re.findall(r"[A-Z]?\d+(?:\.\d+)*", rest)]
    return "\n".join(secs[n] for n in dict.fromkeys(numbers) if n in secs)


def sentence(solicitation: str, match: str) -> str:
    """The sentence (or table cell) of the solicitation that holds a label's match string."""
    flat = " ".join(solicitation.split())
    at = flat.find(match)
    if at < 0:
        return match
    start = max(flat.rfind(". ", 0, at) + 2, flat.rfind("|", 0, at) + 1, 0)
    ends = [x for x in (flat.find(". ", at + len(match)), flat.find("|", at + len(match))) if x >= 0]
    return flat[start:min(ends, default=len(flat)) + 1]


def answered_pairs(root: Path = ROOT, sets=OPENED) -> list[tuple[str, str, str]]:
    """(pair key, requirement sentence, answer text) for every answered label whose note cites a section."""
    out = []
    for name in sets:
        for spec_path in sorted((root / name).glob("*/expected.yaml")):
            pair = spec_path.parent
            spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
            solicitation = (pair / "solicitation.md").read_text(encoding="utf-8")
            secs = sections((pair / "proposal.md").read_text(encoding="utf-8"))
            for item in spec["requirements"]:
                if item["status"] not in ("addressed", "partially addressed"):
                    continue
                answer = cited_text(item.get("note", ""), secs)
                if answer:
                    out.append((f"{name}/{pair.name}", sentence(solicitation, item["match"]), answer))
    return out


def learn(pairs: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    from clausecheck.traceability.vocabulary import terms

    def words(text: str) -> set[str]:
        return {t for t in terms(text) if t[0].isalpha() and len(t) > 2}

    in_answers: Counter = Counter()
    spread: dict[str, set[str]] = defaultdict(set)
    left_out: Counter = Counter()
    instead: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, req_text, answer in pairs:
        req, ans = words(req_text), words(answer)
        in_answers.update(ans)
        for t in req | ans:
            spread[t].add(key)
        for t in req - ans:
            left_out[t] += 1
            for u in ans - req:
                instead[(t, u)].add(key)
    n = len(pairs)
    out: dict[str, list[str]] = defaultdict(list)
    for (t, u), keys in instead.items():
        if len(keys) < MIN_PAIRS or len({k.split("/")[0] for k in keys}) < MIN_PAIRS - 1:
            continue
        if len(spread[t]) < MIN_SPREAD or len(spread[u]) < MIN_SPREAD:
            continue
        share = len(keys) / left_out[t]
        if share >= MIN_SHARE and share / (in_answers[u] / n) >= MIN_LIFT:
            out[t].append(u)
    return {t: sorted(us) for t, us in sorted(out.items())}


def render(lexicon: dict[str, list[str]]) -> str:
    """One requirement term per line, so that a change to the corpus shows as a readable diff."""
    lines = [f"  {json.dumps(t)}: {json.dumps(us)}" for t, us in sorted(lexicon.items())]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only compare with the shipped file")
    args = ap.parse_args()
    text = render(learn(answered_pairs()))
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("associations.json is up to date" if same else "associations.json is stale: rerun without --check")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT.parent)}: {text.count(':')} requirement terms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
