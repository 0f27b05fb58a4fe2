"""Plain-text report for a terminal: findings grouped by category, status by word and colour.

With ``color=False`` the output contains no escape codes at all; document text always goes
through :func:`strip_controls`, so an ANSI sequence or bidi override inside a solicitation
cannot repaint or reorder the terminal.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from ..model import Document, Finding, GapReport, Obligation
from ..model.report import STATUS_RANK
from . import _common as c
from ._safe import one_line, truncate

WIDTH = 100
INDENT = " " * 12
EVIDENCE_LIMIT = 400

RESET = "\x1b[0m"
STYLE = {
    "conflict": "\x1b[1;31m",
    "missing": "\x1b[31m",
    "outdated": "\x1b[35m",
    "partial": "\x1b[33m",
    "weak": "\x1b[33m",
    "met": "\x1b[32m",
    "accepted": "\x1b[36m",
    "unreadable": "\x1b[1;97;41m",
    "heading": "\x1b[1m",
    "dim": "\x1b[2m",
}


class _Out:
    def __init__(self, color: bool) -> None:
        self.color = color
        self.lines: list[str] = []

    def paint(self, s: str, style: str) -> str:
        return f"{STYLE[style]}{s}{RESET}" if self.color and s else s

    def add(self, s: str = "") -> None:
        self.lines.append(s)

    def wrap(self, s: str, indent: str = INDENT, first: str | None = None) -> None:
        lines = textwrap.wrap(s, WIDTH, initial_indent=indent if first is None else first,
                              subsequent_indent=indent, break_long_words=False,
                              break_on_hyphens=False) or [indent.rstrip()]
        self.lines.extend(lines)

    def text(self) -> str:
        return "\n".join(self.lines).rstrip("\n") + "\n"


def _status_word(f: Finding) -> tuple[str, str]:
    if f.accepted is not None:
        return "ACCEPTED", "accepted"
    return f.status.upper(), f.status


def _finding(out: _Out, f: Finding, show_document: bool) -> None:
    word, style = _status_word(f)
    head = f"  {out.paint(f'{word:<9}', style)} {f.severity:<7} {one_line(f.rule_id)}  "
    out.wrap(one_line(f.title), first=head, indent=INDENT)
    if f.accepted is not None:
        out.wrap(f"{f.status} finding accepted: {one_line(f.accepted)}")
    out.wrap(one_line(f.message))
    if show_document:
        out.wrap(f"document: {one_line(f.document)}")
    for e in f.evidence:
        where = c.loc_label(e.location)
        quote = truncate(one_line(e.text), EVIDENCE_LIMIT)
        out.wrap(f'evidence {where}: "{quote}"')
    if f.citations:
        out.wrap("see: " + one_line(c.citations_text(f.citations)))
    out.add()


def _category_key(category: str, fs: Sequence[Finding]) -> tuple:
    worst = min((STATUS_RANK[f.status] for f in fs if f.is_gap), default=99)
    return (worst, category)


def _unreadable(out: _Out, docs: Sequence[Document]) -> None:
    for d in docs:
        reason = one_line(d.error or "no usable text")
        out.wrap(f"{out.paint('UNREADABLE:', 'unreadable')} {one_line(d.path)} — {reason}",
                 first="", indent="  ")
    if docs:
        out.wrap("An unreadable document is not a clean document: nothing in it was checked.",
                 first="  ", indent="  ")
        out.add()


def _summary(report: GapReport) -> str:
    counts = report.summary()
    parts = [f"{counts[s]} {s}" for s in c.STATUS_ORDER]
    n_acc = sum(1 for f in report.findings if f.accepted is not None)
    line = "Summary: " + ", ".join(parts)
    if n_acc:
        line += f" ({n_acc} accepted)"
    gaps = c.open_gap_count(report)
    line += f" — {gaps} open gap{'s' if gaps != 1 else ''}"
    if report.unreadable:
        n = len(report.unreadable)
        line += f"; {n} document{'s' if n != 1 else ''} UNREADABLE"
    return line + "."


def _trace(out: _Out, report: GapReport) -> None:
    if report.traceability is None:
        return
    out.add(out.paint("Traceability (solicitation requirement → proposal response)", "heading"))
    if not report.traceability:
        out.add(f"  ({one_line(c.empty_trace_note(report))})")
    style = {"addressed": "met", "partially addressed": "partial", "not addressed": "missing",
             "contradicted": "conflict"}
    several = c.several_proposals(report.traceability)
    for t in report.traceability:
        r = t.requirement
        where = c.loc_label(r.location)
        out.add(f"  {out.paint(f'{t.status.upper():<20}', style[t.status])} "
                f"{one_line(r.id)}  {where}{c.strength_label(r)}")
        out.wrap(truncate(one_line(r.text), EVIDENCE_LIMIT), indent="      ")
        if t.response is not None:
            out.wrap(f"response {c.response_where(t, several)}: "
                     f"\"{truncate(one_line(t.response.text), EVIDENCE_LIMIT)}\"",
                     indent="      ")
        if t.reason:
            out.wrap(f"reason: {one_line(t.reason)}", indent="      ")
    out.add()


def render(report: GapReport, *, color: bool = False) -> str:
    out = _Out(color)
    out.add(out.paint(f"clausecheck {one_line(report.tool_version)} — gap report", "heading"))
    if report.packs:
        out.wrap("packs: " + ", ".join(f"{one_line(p.name)}@{one_line(p.version)}"
                                       for p in report.packs), first="", indent="  ")
    for d in report.documents:
        if d.readable:
            out.wrap("document: " + one_line(c.document_line(d)), first="", indent="  ")
    out.add()
    _unreadable(out, report.unreadable)

    docs_with_findings = {f.document for f in report.findings}
    show_document = len(docs_with_findings) > 1
    by_cat: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_cat.setdefault(f.category, []).append(f)
    for cat in sorted(by_cat, key=lambda k: _category_key(k, by_cat[k])):
        fs = by_cat[cat]
        order = {id(f): i for i, f in enumerate(c.sorted_findings(fs))}
        # open gaps first, then accepted, then met
        fs = sorted(fs, key=lambda f: (0 if f.is_gap else 1 if f.accepted else 2, order[id(f)]))
        out.add(out.paint(f"── {one_line(cat)} ", "heading")
                + out.paint("─" * max(3, WIDTH - 4 - len(one_line(cat))), "dim"))
        for f in fs:
            _finding(out, f, show_document)
    if not report.findings:
        out.add("No findings.")
        out.add()
    _trace(out, report)
    out.add(_summary(report))
    return out.text()


def render_obligations(document: Document, obligations: Sequence[Obligation], *,
                       color: bool = False) -> str:
    out = _Out(color)
    n = len(obligations)
    out.add(out.paint(f"Compliance matrix — {one_line(document.path)} "
                      f"({n} obligation{'s' if n != 1 else ''})", "heading"))
    out.add()
    if not document.readable:
        _unreadable(out, [document])
    style = {"binding": "heading", "weak": "weak"}
    for row, o in zip(c.matrix_rows(obligations), obligations):
        oid, section, page, bearer, modality, strength, text, deadline, refs = row[:9]
        head = "  ".join(x for x in (
            one_line(oid), f"§ {one_line(section)}" if section else "",
            f"p. {page}" if page is not None else "", one_line(bearer) or "(no bearer)",
            f"{modality}/{out.paint(strength, style[strength])}") if x)
        out.add(head)
        out.wrap(truncate(one_line(text), 1000), indent="    ")
        extra = []
        if deadline:
            extra.append(f"deadline: {one_line(deadline)}")
        if refs:
            extra.append(f"refs: {one_line(refs)}")
        if o.conditions:
            extra.append("conditions: " + "; ".join(one_line(x) for x in o.conditions))
        if extra:
            out.wrap(" · ".join(extra), indent="    ")
        out.add()
    if not obligations:
        out.add("No obligations found.")
    return out.text()
