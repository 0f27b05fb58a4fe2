"""Accuracy and throughput of obligation extraction on corpora/obligations/ (labelled by hand).

    python benchmarks/bench_obligations.py [--json] [--errors N]

Each labelled unit becomes a small Markdown document (its heading, then its text); the
extracted obligations are paired with the labels in order.  Reports precision/recall/F1 per
class (modality + strength), bearer accuracy and deadline exact-match, and sentences per second.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpora" / "obligations"
HOLDOUT = ROOT / "corpora" / "obligations-holdout"


def load_items(corpus: Path = CORPUS) -> list[dict]:
    items = []
    for path in sorted(corpus.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                items.append(json.loads(line))
    return items


def as_markdown(item: dict) -> str:
    heading = item.get("heading")
    parts = []
    if heading:
        parts.append(heading if heading.rstrip().endswith(":") else f"## {heading}")
    parts.append(item["text"].replace("\n", " "))
    return "\n\n".join(parts) + "\n"


def cls(modality: str, strength: str) -> str:
    return f"{modality}/{strength}" if modality == "obligation" else modality


def evaluate(items: list[dict]) -> dict:
    from clausecheck.extract import extract_obligations, get_nlp
    from clausecheck.ingest import load_document

    get_nlp()
    tp, fp, fn = Counter(), Counter(), Counter()
    bearer_ok = bearer_n = 0
    dl_ok = dl_n = 0
    errors = []
    start = time.perf_counter()
    for item in items:
        doc = load_document(as_markdown(item).encode("utf-8"), path=f"{item['id']}.md")
        preds = extract_obligations(doc)
        labels = item["labels"]
        pc = Counter(cls(o.modality, o.strength) for o in preds)
        lc = Counter(cls(l["modality"], l["strength"]) for l in labels)
        for c in pc | lc:
            t = min(pc[c], lc[c])
            tp[c] += t
            fp[c] += pc[c] - t
            fn[c] += lc[c] - t
        mismatch = pc != lc
        for o, l in zip(preds, labels):
            bearer_n += 1
            if (o.bearer or None) == (l.get("bearer") or None):
                bearer_ok += 1
            else:
                mismatch = True
            want = l.get("deadline")
            got = o.deadline.iso8601 if o.deadline else None
            if want or got:
                dl_n += 1
                same = want == got and bool(l.get("business_days")) == bool(o.deadline and o.deadline.business_days)
                dl_ok += same
                mismatch |= not same
        if mismatch:
            errors.append({
                "id": item["id"], "text": item["text"][:160],
                "want": [(cls(l["modality"], l["strength"]), l.get("bearer"), l.get("deadline")) for l in labels],
                "got": [(cls(o.modality, o.strength), o.bearer, o.deadline.iso8601 if o.deadline else None) for o in preds],
            })
    elapsed = time.perf_counter() - start
    classes = sorted(set(tp) | set(fp) | set(fn))
    per_class = {}
    for c in classes:
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 1.0
        r = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_class[c] = {"tp": tp[c], "fp": fp[c], "fn": fn[c], "precision": round(p, 4),
                        "recall": round(r, 4), "f1": round(f, 4)}
    return {
        "units": len(items), "labels": sum(len(i["labels"]) for i in items),
        "per_class": per_class,
        "bearer_accuracy": round(bearer_ok / bearer_n, 4) if bearer_n else None,
        "deadline_exact": round(dl_ok / dl_n, 4) if dl_n else None,
        "seconds": round(elapsed, 3), "units_per_second": round(len(items) / elapsed, 1),
        "errors": errors,
    }


def throughput(items: list[dict], repeat: int = 20) -> float:
    """Sentences per second of extraction alone (one core), on one document of all units."""
    from clausecheck.extract import extract_obligations
    from clausecheck.ingest import load_document

    text = "\n\n".join(i["text"] for i in items) * repeat
    doc = load_document(text.encode("utf-8"), path="all.txt")
    start = time.perf_counter()
    extract_obligations(doc)
    return round(len(items) * repeat / (time.perf_counter() - start), 1)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=int, default=25)
    ap.add_argument("--holdout", action="store_true",
                    help="score the held-out set (written independently; not used for tuning)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    items = load_items(HOLDOUT if args.holdout else CORPUS)
    result = evaluate(items)
    result["sentences_per_second"] = throughput(items)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['units']} units, {result['labels']} labels")
    print("| class | TP | FP | FN | precision | recall | F1 |\n|---|---|---|---|---|---|---|")
    for c, m in result["per_class"].items():
        print(f"| {c} | {m['tp']} | {m['fp']} | {m['fn']} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} |")
    print(f"\nbearer accuracy {result['bearer_accuracy']}, deadline exact {result['deadline_exact']}, "
          f"{result['sentences_per_second']} sentences/s")
    for e in result["errors"][: args.errors]:
        print(f"\n{e['id']}: {e['text']}\n   want {e['want']}\n   got  {e['got']}")
    print(f"\n{len(result['errors'])} units with any mismatch")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
