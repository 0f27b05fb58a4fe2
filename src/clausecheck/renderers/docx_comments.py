"""Annotate a DOCX with Word comments for a report's findings (python-docx >= 1.2).

* one comment on the evidence paragraph of every open ``weak``, ``conflict`` and ``outdated``
  finding (accepted findings are left alone), anchored to the paragraph's runs; for a proposal
  checked ``--against`` a solicitation, a contradicted requirement's comment sits on the
  proposal's response (the requirement itself is in the other document);
* one summary comment on the first paragraph listing the rules that are ``missing``.

The paragraph is found by the evidence location's block index, numbered as the DOCX ingester
numbers body blocks: paragraphs and table cells in document order, empty ones skipped.  Since
that numbering can drift (a content control, a nested table), the paragraph whose text contains
the evidence text wins, the nearest to the block index when several do; the index is only the
fallback.  Comment text is pack and document text, so control characters are stripped first
(they are illegal in XML).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from docx import Document as open_docx
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..model import Evidence, Finding, GapReport
from . import _common as c
from ._safe import one_line, strip_controls

AUTHOR = "clausecheck"
INITIALS = "CC"
ANNOTATED = ("weak", "conflict", "outdated")


@dataclass
class _Unit:
    """One ingester block: a paragraph, or all paragraphs of a table cell."""

    paragraphs: list[Paragraph]

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


def _norm(s: str) -> str:
    return " ".join(strip_controls(s).split()).casefold()


def _cells(table: Table, parent) -> list[_Cell]:
    out, seen = [], set()
    for tr in table._tbl.tr_lst:
        for tc in tr.tc_lst:
            if id(tc) in seen:
                continue
            seen.add(id(tc))
            out.append(_Cell(tc, parent))
    return out


def _units(container, parent) -> list[_Unit]:
    """Body blocks in document order (paragraphs, table cells; content controls descended)."""
    units: list[_Unit] = []
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            p = Paragraph(child, parent)
            if p.text.strip():
                units.append(_Unit([p]))
        elif child.tag == qn("w:tbl"):
            units += _table_units(child, parent)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                units += _units(content, parent)
    return units


def _table_units(tbl, parent) -> list[_Unit]:
    """One unit per (non-empty, de-duplicated) cell; nested tables flattened after their cell."""
    units: list[_Unit] = []
    for cell in _cells(Table(tbl, parent), parent):
        paras = [Paragraph(p, cell) for p in cell._tc.iterchildren(qn("w:p"))]
        if any(p.text.strip() for p in paras):
            units.append(_Unit(paras))
        for nested in cell._tc.iterchildren(qn("w:tbl")):
            units += _table_units(nested, cell)
    return units


def _find(units: list[_Unit], e: Evidence) -> _Unit | None:
    target = _norm(e.text)
    idx = e.location.block
    if target:
        hits = [i for i, u in enumerate(units) if target in _norm(u.text)]
        if not hits:  # the ingester may have prefixed a rebuilt number ("C.3.2 ...")
            hits = [i for i, u in enumerate(units)
                    if len(_norm(u.text)) >= 20 and _norm(u.text) in target]
        if hits:
            return units[min(hits, key=lambda i: (abs(i - idx), i))]
    if 0 <= idx < len(units):
        return units[idx]
    return None


def _runs(unit: _Unit) -> list[Run]:
    runs: list[Run] = []
    for p in unit.paragraphs:
        for item in p.iter_inner_content():
            runs += [item] if isinstance(item, Run) else list(item.runs)
    if not runs:
        p = next((p for p in unit.paragraphs if p.text.strip()), unit.paragraphs[0])
        runs = [p.add_run("")]
    return runs


def _comment_text(f: Finding) -> str:
    lines = [f"clausecheck: {f.status.upper()} ({f.severity}) {f.rule_id} — {f.title}",
             f.message]
    if f.citations:
        lines.append("See: " + c.citations_text(f.citations))
    return strip_controls("\n".join(lines))


def _missing_text(missing: list[Finding]) -> str:
    lines = [f"clausecheck: {len(missing)} requirement{'s' if len(missing) != 1 else ''} "
             "missing from this document:"]
    lines += [f"• {one_line(f.rule_id)} — {one_line(f.title)} ({f.severity})" for f in missing]
    return strip_controls("\n".join(lines))


def annotate_docx(source_docx_bytes: bytes, report: GapReport, document_path: str) -> bytes:
    """Return a copy of the DOCX with clausecheck's comments added (the input is untouched)."""
    doc = open_docx(io.BytesIO(source_docx_bytes))
    units = _units(doc.element.body, doc)
    findings = c.sorted_findings(f for f in report.findings if f.document == document_path)

    done: set[tuple[str, int]] = set()
    for f in findings:
        if f.status not in ANNOTATED or f.accepted is not None:
            continue
        # only evidence read from this document (not a traceability finding's requirement,
        # which sits in the solicitation)
        for e in (e for e, d in zip(f.evidence, c.evidence_documents(f)) if d == document_path):
            unit = _find(units, e)
            if unit is None:
                continue
            key = (f.id, id(unit.paragraphs[0]._p))
            if key in done:
                continue
            done.add(key)
            doc.add_comment(_runs(unit), text=_comment_text(f), author=AUTHOR,
                            initials=INITIALS)

    missing = [f for f in findings if f.status == "missing" and f.accepted is None]
    if missing and units:
        doc.add_comment(_runs(units[0]), text=_missing_text(missing), author=AUTHOR,
                        initials=INITIALS)

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
