"""Run a pack's annotated examples (`clausecheck packs test`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..extract import extract_obligations
from ..ingest import load_document
from .engine import evaluate_rule, DocContext
from .loader import Pack


@dataclass(frozen=True)
class ExampleResult:
    rule_id: str
    expected: str
    actual: str
    text: str

    @property
    def passed(self) -> bool:
        return self.expected == self.actual


def run_rule_example(pack: Pack, rule, text: str) -> str:
    doc_type = rule.applies_to[0]
    document = load_document(text.encode("utf-8"), path=f"{rule.id}.txt", strict=True)
    obligations = extract_obligations(document, role=doc_type)
    ctx = DocContext.build(document, obligations, doc_type)
    finding = evaluate_rule(pack, rule, ctx)
    return finding.status if finding is not None else "not-applicable"


def run_pack_tests(pack: Pack) -> list[ExampleResult]:
    results = []
    for rule in pack.rules:
        for test in rule.tests:
            actual = run_rule_example(pack, rule, test.text)
            results.append(ExampleResult(rule.id, test.expect, actual, test.text))
    return results
