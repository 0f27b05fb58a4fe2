"""Gap reports (DESIGN.md §3, `scan --format json`)."""

from __future__ import annotations

from typing import Literal

from ._base import Frozen
from .document import Document, Location
from .obligation import Obligation

Status = Literal["met", "weak", "partial", "missing", "conflict", "outdated"]
Severity = Literal["high", "medium", "low", "info"]
TraceStatus = Literal["addressed", "partially addressed", "not addressed", "contradicted"]

STATUSES: tuple[str, ...] = ("met", "weak", "partial", "missing", "conflict", "outdated")
GAP_STATUSES: frozenset[str] = frozenset({"weak", "partial", "missing", "conflict", "outdated"})
SEVERITY_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3}
STATUS_RANK = {"conflict": 0, "missing": 1, "outdated": 2, "partial": 3, "weak": 4, "met": 5}


class Citation(Frozen):
    source: str
    ref: str = ""
    url: str = ""


class Evidence(Frozen):
    text: str
    location: Location


class PackRef(Frozen):
    name: str
    version: str
    sha256: str


class Finding(Frozen):
    id: str
    rule_id: str
    pack: str
    title: str
    category: str
    severity: Severity
    status: Status
    message: str
    document: str
    evidence: tuple[Evidence, ...] = ()
    citations: tuple[Citation, ...] = ()
    accepted: str | None = None  # justification when a reviewer suppressed this finding

    @property
    def is_gap(self) -> bool:
        return self.status in GAP_STATUSES and self.accepted is None

    def sort_key(self) -> tuple:
        return (self.document, STATUS_RANK[self.status], -SEVERITY_RANK[self.severity],
                self.category, self.rule_id, self.id)

    def to_contract(self) -> dict:
        out = {
            "id": self.id,
            "rule_id": self.rule_id,
            "pack": self.pack,
            "title": self.title,
            "category": self.category,
            "severity": self.severity,
            "status": self.status,
            "message": self.message,
            "document": self.document,
            "evidence": [{"text": e.text, "location": e.location.model_dump()} for e in self.evidence],
            "citations": [c.model_dump() for c in self.citations],
        }
        if self.accepted is not None:
            out["accepted"] = {"justification": self.accepted}
        return out


class TraceEntry(Frozen):
    requirement: Obligation
    status: TraceStatus
    response: Evidence | None = None
    reason: str = ""
    # the proposal file judged; for a proposal in several volumes, the volume holding the
    # response (None when no volume responds)
    proposal: str | None = None

    def to_contract(self) -> dict:
        return {
            "requirement": self.requirement.to_contract(),
            "status": self.status,
            "response": None
            if self.response is None
            else {"text": self.response.text, "location": self.response.location.model_dump()},
            "reason": self.reason,
            "proposal": self.proposal,
        }


class GapReport(Frozen):
    tool_version: str
    packs: tuple[PackRef, ...] = ()
    documents: tuple[Document, ...] = ()
    findings: tuple[Finding, ...] = ()
    traceability: tuple[TraceEntry, ...] | None = None

    def summary(self) -> dict[str, int]:
        counts = {s: 0 for s in STATUSES}
        for f in self.findings:
            counts[f.status] += 1
        return counts

    @property
    def unreadable(self) -> tuple[Document, ...]:
        return tuple(d for d in self.documents if d.status != "ok")

    def worst_gap_severity(self) -> str | None:
        ranks = [SEVERITY_RANK[f.severity] for f in self.findings if f.is_gap]
        if not ranks:
            return None
        return {v: k for k, v in SEVERITY_RANK.items()}[max(ranks)]

    def to_contract(self) -> dict:
        out = {
            "schema_version": "1",
            "tool": {"name": "clausecheck", "version": self.tool_version},
            "packs": [p.model_dump() for p in self.packs],
            "documents": [d.header() for d in self.documents],
            "findings": [f.to_contract() for f in self.findings],
            "summary": self.summary(),
        }
        if self.traceability is not None:
            out["traceability"] = [t.to_contract() for t in self.traceability]
        return out
