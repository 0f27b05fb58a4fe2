"""Row builders and labels shared by the renderers (no formatting decisions about markup)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Citation, Document, Finding, GapReport, Location, Obligation, TraceEntry
from ..model.report import GAP_STATUSES, STATUSES

#: Order in which gap statuses are listed (worst first), then met.
GAP_ORDER: tuple[str, ...] = ("conflict", "missing", "outdated", "partial", "weak")
STATUS_ORDER: tuple[str, ...] = GAP_ORDER + ("met",)

FINDING_COLUMNS: tuple[str, ...] = (
    "finding id", "document", "rule", "pack", "category", "severity", "status", "title",
    "message", "page", "section", "evidence text", "citations", "accepted",
)

TRACE_COLUMNS: tuple[str, ...] = (
    "requirement id", "section", "page", "requirement", "status", "response location",
    "response text", "reason", "modality",
)

MATRIX_COLUMNS: tuple[str, ...] = (
    "ID", "Section", "Page", "Bearer", "Modality", "Strength", "Requirement", "Deadline",
    "References", "Response location", "Owner", "Status",
)


def loc_label(loc: Location | None, *, block: bool = False) -> str:
    """``p. 3 § C.3.2`` (``block 41`` when neither page nor section is known)."""
    if loc is None:
        return ""
    parts = []
    if loc.page is not None:
        parts.append(f"p. {loc.page}")
    if loc.section:
        parts.append(f"§ {loc.section}")
    if block or not parts:
        parts.append(f"block {loc.block}")
    return " ".join(parts)


def status_label(f: Finding) -> str:
    """The status word a reader sees: ``weak``, or ``accepted (weak)`` when suppressed."""
    return f"accepted ({f.status})" if f.accepted is not None else f.status


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: f.sort_key())


def gaps(report: GapReport) -> list[Finding]:
    """Open gaps (gap status, not accepted), worst first."""
    return sorted_findings(f for f in report.findings if f.is_gap)


def met(report: GapReport) -> list[Finding]:
    return sorted_findings(f for f in report.findings if f.status == "met")


def accepted(report: GapReport) -> list[Finding]:
    return sorted_findings(
        f for f in report.findings if f.accepted is not None and f.status in GAP_STATUSES
    )


def summary_rows(report: GapReport) -> list[tuple[str, int]]:
    """(status, count) in display order; accepted findings are counted under their status
    (as in the JSON summary) and also in their own ``accepted`` row."""
    counts = report.summary()
    rows = [(s, counts[s]) for s in STATUS_ORDER if s in STATUSES]
    rows.append(("accepted", sum(1 for f in report.findings if f.accepted is not None)))
    return rows


def open_gap_count(report: GapReport) -> int:
    return sum(1 for f in report.findings if f.is_gap)


def citation_label(c: Citation) -> str:
    return " ".join(p for p in (c.source, c.ref) if p)


def citations_text(cs: Sequence[Citation]) -> str:
    """``FAR 52.204-21 <https://…>; NIST SP 800-218A``"""
    out = []
    for c in cs:
        label = citation_label(c)
        out.append(f"{label} <{c.url}>" if c.url else label)
    return "; ".join(out)


def safe_url(url: str) -> str | None:
    """The URL if it is an absolute http(s) URL without whitespace or controls, else None."""
    u = (url or "").strip()
    low = u.lower()
    if not (low.startswith("https://") or low.startswith("http://")):
        return None
    if any(ch.isspace() or ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in u):
        return None
    if len(u) <= len("https://") or '"' in u or "<" in u or ">" in u or "\\" in u:
        return None
    return u


def finding_rows(report: GapReport) -> list[list]:
    """One row per evidence item (a finding without evidence gets one row), FINDING_COLUMNS."""
    rows: list[list] = []
    for f in sorted_findings(report.findings):
        base = [f.id, f.document, f.rule_id, f.pack, f.category, f.severity, f.status,
                f.title, f.message]
        tail = [citations_text(f.citations), f.accepted or ""]
        if not f.evidence:
            rows.append(base + [None, "", ""] + tail)
        for e in f.evidence:
            rows.append(base + [e.location.page, e.location.section or "", e.text] + tail)
    return rows


def strength_label(o: Obligation) -> str:
    """" (recommended)" for a "should" requirement, which a report shows apart from duties."""
    return " (recommended)" if o.modality == "recommendation" else ""


def evidence_documents(f: Finding) -> list[str]:
    """The document each evidence item of ``f`` was read from.  A traceability finding's first
    item is the solicitation's requirement (its citation's source); the rest are the proposal's."""
    docs = [f.document] * len(f.evidence)
    if f.pack == "traceability" and f.evidence and f.citations:
        docs[0] = f.citations[0].source
    return docs


def empty_trace_note(report: GapReport) -> str:
    """Why a traceability table is empty: an unreadable solicitation is not one without duties."""
    sol = report.documents[0] if report.documents else None
    if sol is not None and not sol.readable:
        return f"The solicitation {sol.path} could not be read: nothing was traced."
    return "The solicitation has no requirements."


def several_proposals(entries: Sequence[TraceEntry] | None) -> bool:
    """Whether the entries answer from more than one proposal file (volumes)."""
    return len({e.proposal for e in entries or () if e.proposal}) > 1


def response_where(t: TraceEntry, several: bool) -> str:
    """Where the response is; with ``several`` proposal files (volumes), which file too."""
    if t.response is None:
        return ""
    where = loc_label(t.response.location)
    return f"{t.proposal}: {where}" if several and t.proposal else where


def trace_rows(entries: Sequence[TraceEntry]) -> list[list]:
    rows = []
    several = several_proposals(entries)
    for t in entries:
        r = t.requirement
        rows.append([
            r.id, r.location.section or "", r.location.page, r.text, t.status,
            response_where(t, several),
            t.response.text if t.response else "", t.reason, r.modality,
        ])
    return rows


def references_text(o: Obligation) -> str:
    out = []
    for r in o.references:
        label = f"{r.kind.upper()} {r.id}" if r.kind in ("far", "dfars", "nist", "omb", "cfr",
                                                          "usc", "eo") else r.id
        if r.date:
            label += f" ({r.date})"
        if r.alternate:
            label += f" {r.alternate}"
        out.append(label)
    return "; ".join(out)


def matrix_rows(obligations: Sequence[Obligation]) -> list[list]:
    """MATRIX_COLUMNS rows; the last three columns are left empty for the proposal team."""
    return [
        [o.id, o.location.section or "", o.location.page, o.bearer or "", o.modality,
         o.strength, o.text, o.deadline.text if o.deadline else "", references_text(o),
         "", "", ""]
        for o in obligations
    ]


def document_line(d: Document) -> str:
    bits = [d.format or "unknown format"]
    if d.pages is not None:
        bits.append(f"{d.pages} page{'s' if d.pages != 1 else ''}")
    bits.append(d.status)
    return f"{d.path} ({', '.join(bits)})"
