"""The labelled rule-pack corpus (corpora/packs/) and the accuracy targets it measures.

The evaluation is the one in benchmarks/bench_packs.py (imported from its path): every document
is built into its labelled format, scanned with the ai-cyber and far-cyber packs, and each
rule's status is compared with the label a contracting officer would give.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpora" / "packs"
BENCH = ROOT / "benchmarks" / "bench_packs.py"
STATUSES = {"met", "weak", "partial", "missing", "conflict", "outdated"}


def _bench():
    name = "clausecheck_bench_packs"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result() -> dict:
    return _bench().evaluate(CORPUS)


def _docs() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if (p / "expected.yaml").is_file())


def _all_docs() -> list[Path]:
    """The development set and both held-out sets: all must stay well-formed."""
    return [p for c in ("packs", "packs-holdout", "packs-holdout2", "packs-holdout3",
                                                                        "packs-holdout4", "packs-holdout5") if (ROOT / "corpora" / c).is_dir()
            for p in sorted((ROOT / "corpora" / c).iterdir()) if (p / "expected.yaml").is_file()]


def _rule_ids() -> set[str]:
    from clausecheck.pipeline import _packs

    return {r.id for p in _packs(("ai-cyber", "far-cyber")) for r in p.rules}


# ----------------------------------------------------------------------------- corpus shape
def test_corpus_size_and_formats():
    docs = [yaml.safe_load((d / "expected.yaml").read_text(encoding="utf-8")) for d in _docs()]
    assert len(docs) >= 14
    formats = [d["format"] for d in docs]
    assert formats.count("docx") >= 5 and formats.count("pdf") >= 5
    assert {d["doc_type"] for d in docs} == {"solicitation", "contract", "proposal"}


@pytest.mark.parametrize("folder", _all_docs(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_rule_is_labelled(folder: Path):
    exp = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    assert set(exp) <= {"title", "format", "doc_type", "expect", "notes"}
    assert exp["format"] in {"docx", "pdf", "md"}
    assert exp["doc_type"] in {"solicitation", "contract", "proposal"}
    assert set(exp["expect"]) == _rule_ids()
    assert set(exp["expect"].values()) <= STATUSES
    assert set(exp.get("notes") or {}) <= set(exp["expect"])
    lines = (folder / "document.md").read_text(encoding="utf-8").splitlines()
    assert 40 <= len(lines) <= 150


# ----------------------------------------------------------------------------- accuracy targets
def test_no_corpus_problems(result):
    assert result["problems"] == []


def test_met_precision(result):
    """A false "met" hides a gap from the contracting officer: the worst error."""
    assert result["metrics"]["met_precision"] >= 0.97, _summary(result)


def test_missing_recall(result):
    assert result["metrics"]["missing_recall"] >= 0.97, _summary(result)


def test_overall_accuracy(result):
    assert result["metrics"]["accuracy"] >= 0.90, _summary(result)


def _summary(result: dict) -> str:
    lines = [f"{k}={v:.3f}" for k, v in result["metrics"].items() if v is not None]
    for r in result["mismatches"][:25]:
        lines.append(f"{r['doc']} {r['rule']}: expected {r['expected']}, got {r['got']}")
    return "\n".join(lines)
