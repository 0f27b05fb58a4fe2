"""Accuracy of rule-pack statuses on the labelled corpus ``corpora/packs/``.

    python benchmarks/bench_packs.py                 # table to stdout, Markdown to benchmarks/packs.md
    python benchmarks/bench_packs.py --json          # machine-readable result on stdout
    python benchmarks/bench_packs.py --check         # exit 1 when a target is not reached

Each ``corpora/packs/<doc-id>/document.md`` is built into the format named in its
``expected.yaml`` (docx, pdf or md, via ``corpora/build.py``) in a temporary folder, scanned in
process with ``ScanOptions(packs=("ai-cyber", "far-cyber"), doc_type=<doc_type>, isolate=False)``,
and every rule's status is compared with the label.  A rule that gives no finding for the
document type (``applies_to``) counts as status ``n/a``.

Targets: "met" precision >= 0.97 (a false "met" hides a gap), "missing" recall >= 0.97 (a gap
reported as covered is the same error seen from the other side), overall accuracy >= 0.90.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib.util
import json
import os
import platform
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT / "corpora" / "packs"
BUILD_PY = ROOT / "corpora" / "build.py"
PACKS = ("ai-cyber", "far-cyber")
STATUSES = ("met", "weak", "partial", "missing", "conflict", "outdated")
TARGETS = {"met_precision": 0.97, "missing_recall": 0.97, "accuracy": 0.90}
EVIDENCE_CHARS = 160


def _load_builder():
    spec = importlib.util.spec_from_file_location("clausecheck_corpus_build", BUILD_PY)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


def load_corpus(corpus: Path = CORPUS) -> list[dict]:
    """The labelled documents: one dict per folder with ``expected.yaml``, sorted by id."""
    docs = []
    for folder in sorted(p for p in corpus.iterdir() if (p / "expected.yaml").is_file()):
        exp = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
        docs.append({"id": folder.name, "source": folder / "document.md", **exp})
    return docs


def _evidence(finding) -> str:
    if not finding.evidence:
        return ""
    ev = finding.evidence[0]
    text = " ".join(ev.text.split())
    if len(text) > EVIDENCE_CHARS:
        text = text[: EVIDENCE_CHARS - 1] + "…"
    where = ev.location.describe() if hasattr(ev.location, "describe") else ""
    return f"{where}: {text}" if where else text


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def evaluate(corpus: Path = CORPUS, packs: tuple[str, ...] = PACKS) -> dict:
    """Build, scan and score every labelled document. Returns a JSON-able dict."""
    from clausecheck import __version__
    from clausecheck.pipeline import ScanOptions, _packs, scan_document

    build = _load_builder().build
    loaded = _packs(tuple(packs))
    rule_ids = {r.id: p.name for p in loaded for r in p.rules}
    docs = load_corpus(corpus)
    rows: list[dict] = []
    problems: list[str] = []
    per_doc: list[dict] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cc-packs-") as tmp:
        for doc in docs:
            out_dir = Path(tmp) / doc["id"]  # every source is called document.md
            path = build(doc["source"], doc["format"], out_dir)
            t0 = time.perf_counter()
            result = scan_document(str(path), ScanOptions(packs=tuple(packs), doc_type=doc["doc_type"],
                                                          isolate=False))
            seconds = time.perf_counter() - t0
            if result.document.status != "ok":
                problems.append(f"{doc['id']}: document unreadable ({result.document.error})")
            got = {f.rule_id: f for f in result.findings}
            expect = doc.get("expect") or {}
            for rid in sorted(set(rule_ids) - set(expect)):
                problems.append(f"{doc['id']}: rule {rid} has no label")
            for rid in sorted(set(expect) - set(rule_ids)):
                problems.append(f"{doc['id']}: label for unknown rule {rid}")
            n = ok = 0
            for rid, want in sorted(expect.items()):
                if rid not in rule_ids:
                    continue
                f = got.get(rid)
                status = f.status if f is not None else "n/a"
                row = {"doc": doc["id"], "format": doc["format"], "doc_type": doc["doc_type"],
                       "pack": rule_ids[rid], "rule": rid, "expected": want, "got": status,
                       "evidence": _evidence(f) if f is not None else "",
                       "note": (doc.get("notes") or {}).get(rid, "")}
                rows.append(row)
                n += 1
                ok += want == status
            per_doc.append({"doc": doc["id"], "format": doc["format"], "doc_type": doc["doc_type"],
                            "rules": n, "correct": ok, "accuracy": _ratio(ok, n),
                            "seconds": round(seconds, 3)})
    elapsed = time.perf_counter() - started

    labels = list(STATUSES) + sorted({r["got"] for r in rows} - set(STATUSES))
    confusion = {e: {g: 0 for g in labels} for e in STATUSES}
    for r in rows:
        confusion.setdefault(r["expected"], {g: 0 for g in labels})[r["got"]] += 1
    per_status = {}
    for s in STATUSES:
        tp = sum(1 for r in rows if r["expected"] == s and r["got"] == s)
        predicted = sum(1 for r in rows if r["got"] == s)
        actual = sum(1 for r in rows if r["expected"] == s)
        p, rc = _ratio(tp, predicted), _ratio(tp, actual)
        f1 = None if not p or not rc else 2 * p * rc / (p + rc)
        per_status[s] = {"precision": p, "recall": rc, "f1": f1, "support": actual, "predicted": predicted,
                         "true_positives": tp}
    correct = sum(1 for r in rows if r["expected"] == r["got"])
    by_pack = {}
    for pack in packs:
        pr = [r for r in rows if r["pack"] == pack]
        by_pack[pack] = {"rules": len(pr), "accuracy": _ratio(sum(r["expected"] == r["got"] for r in pr), len(pr))}
    by_format = {}
    for fmt in sorted({r["format"] for r in rows}):
        fr = [r for r in rows if r["format"] == fmt]
        by_format[fmt] = {"rules": len(fr), "accuracy": _ratio(sum(r["expected"] == r["got"] for r in fr), len(fr))}
    metrics = {"met_precision": per_status["met"]["precision"],
               "missing_recall": per_status["missing"]["recall"],
               "accuracy": _ratio(correct, len(rows))}
    reached = {k: (metrics[k] is not None and metrics[k] >= v) for k, v in TARGETS.items()}
    return {
        "schema_version": "1",
        "tool": {"name": "clausecheck", "version": __version__},
        "packs": [{"name": p.name, "version": p.version, "sha256": p.sha256, "rules": len(p.rules)} for p in loaded],
        "machine": {"platform": platform.platform(), "python": platform.python_version(),
                    "cpus": os.cpu_count()},
        "date": _dt.datetime.now().isoformat(timespec="minutes"),
        "seconds": round(elapsed, 2),
        "documents": len(docs),
        "labels": len(rows),
        "label_counts": dict(Counter(r["expected"] for r in rows)),
        "metrics": metrics,
        "targets": TARGETS,
        "targets_reached": reached,
        "per_status": per_status,
        "by_pack": by_pack,
        "by_format": by_format,
        "per_document": per_doc,
        "confusion": confusion,
        "mismatches": [r for r in rows if r["expected"] != r["got"]],
        "problems": problems,
    }


# ----------------------------------------------------------------------------- rendering
def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(res: dict) -> str:
    m = res["metrics"]
    out = ["# Rule-pack status accuracy (`corpora/packs/`)", ""]
    out.append(f"- machine: `{res['machine']['platform']}`; CPUs: {res['machine']['cpus']}; "
               f"Python {res['machine']['python']}")
    out.append(f"- date: {res['date']}; clausecheck {res['tool']['version']}; wall time {res['seconds']} s")
    out.append("- packs: " + ", ".join(f"{p['name']} {p['version']} ({p['rules']} rules, sha256 "
                                       f"`{p['sha256'][:12]}`)" for p in res["packs"]))
    counts = ", ".join(f"{s} {res['label_counts'].get(s, 0)}" for s in STATUSES)
    out.append(f"- corpus: {res['documents']} documents, {res['labels']} labels ({counts})")
    out.append("- command: `python benchmarks/bench_packs.py`")
    out.append("")
    out.append("## Targets")
    out.append("")
    out.append("| metric | value | target | reached |")
    out.append("|---|---:|---:|---|")
    names = {"met_precision": '"met" precision', "missing_recall": '"missing" recall', "accuracy": "overall accuracy"}
    for k, v in res["targets"].items():
        out.append(f"| {names[k]} | {_fmt(m[k])} | {v:.2f} | {'yes' if res['targets_reached'][k] else '**no**'} |")
    out.append("")
    out.append("## Per status")
    out.append("")
    out.append("| status | precision | recall | F1 | labelled | predicted |")
    out.append("|---|---:|---:|---:|---:|---:|")
    for s, v in res["per_status"].items():
        out.append(f"| {s} | {_fmt(v['precision'])} | {_fmt(v['recall'])} | {_fmt(v['f1'])} | {v['support']} | {v['predicted']} |")
    out.append("")
    out.append("## Confusion matrix (rows: expected, columns: reported)")
    out.append("")
    cols = list(next(iter(res["confusion"].values())).keys())
    out.append("| expected \\ reported | " + " | ".join(cols) + " |")
    out.append("|---|" + "---:|" * len(cols))
    for e, row in res["confusion"].items():
        out.append(f"| **{e}** | " + " | ".join(str(row.get(c, 0)) for c in cols) + " |")
    out.append("")
    out.append("## By pack, format and document")
    out.append("")
    out.append("| pack | labels | accuracy |")
    out.append("|---|---:|---:|")
    for k, v in res["by_pack"].items():
        out.append(f"| {k} | {v['rules']} | {_fmt(v['accuracy'])} |")
    out.append("")
    out.append("| format | labels | accuracy |")
    out.append("|---|---:|---:|")
    for k, v in res["by_format"].items():
        out.append(f"| {k} | {v['rules']} | {_fmt(v['accuracy'])} |")
    out.append("")
    out.append("| document | format | type | labels | correct | accuracy | scan s |")
    out.append("|---|---|---|---:|---:|---:|---:|")
    for d in res["per_document"]:
        out.append(f"| `{d['doc']}` | {d['format']} | {d['doc_type']} | {d['rules']} | {d['correct']} | "
                   f"{_fmt(d['accuracy'])} | {d['seconds']} |")
    out.append("")
    out.append(f"## Mismatches ({len(res['mismatches'])})")
    out.append("")
    out.append("| document | rule | expected | reported | evidence | label note |")
    out.append("|---|---|---|---|---|---|")
    for r in res["mismatches"]:
        out.append(f"| `{r['doc']}` | {r['rule']} | {r['expected']} | {r['got']} | {_md_cell(r['evidence'])} | "
                   f"{_md_cell(r['note'])} |")
    if res["problems"]:
        out.append("")
        out.append("## Corpus problems")
        out.append("")
        out.extend(f"- {p}" for p in res["problems"])
    return "\n".join(out) + "\n"


def to_text(res: dict) -> str:
    m = res["metrics"]
    lines = [f"{res['documents']} documents, {res['labels']} labels, {res['seconds']} s"]
    lines.append("  ".join(f"{k}={_fmt(v)}{'' if res['targets_reached'][k] else ' (below target)'}"
                           for k, v in m.items()))
    lines.append(f"{'status':10} {'prec':>6} {'recall':>6} {'n':>5} {'pred':>5}")
    for s, v in res["per_status"].items():
        lines.append(f"{s:10} {_fmt(v['precision']):>6} {_fmt(v['recall']):>6} {v['support']:>5} {v['predicted']:>5}")
    lines.append(f"mismatches: {len(res['mismatches'])}")
    for r in res["mismatches"]:
        lines.append(f"  {r['doc']:32} {r['rule']:18} expected {r['expected']:8} got {r['got']:8} {r['evidence'][:90]}")
    for p in res["problems"]:
        lines.append(f"PROBLEM: {p}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the result as JSON on stdout")
    ap.add_argument("-o", "--output", type=Path, default=HERE / "packs.md",
                    help="Markdown report path (default: benchmarks/packs.md)")
    ap.add_argument("--no-write", action="store_true", help="do not write the Markdown report")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is not reached")
    args = ap.parse_args(argv)
    res = evaluate(args.corpus)
    if not args.no_write:
        args.output.write_text(to_markdown(res), encoding="utf-8")
    if args.json:
        json.dump(res, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(to_text(res))
    if args.check and not all(res["targets_reached"].values()):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
