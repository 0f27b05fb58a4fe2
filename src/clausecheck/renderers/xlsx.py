"""XLSX workbook (openpyxl): "Findings", "Summary" and, with traceability, "Traceability".

Formula-injection safe: text that a spreadsheet would evaluate (leading ``=``, ``+``, ``-``,
``@``, tab, CR) is written as an explicit string cell (``data_type = "s"``) with the
``quotePrefix`` style, so Excel shows it verbatim and keeps it text even when edited; no cell
is ever a formula.  Control characters (illegal in XML) and bidi overrides are stripped.

Deterministic: workbook properties carry a fixed date and the zip entries a fixed timestamp,
so rendering the same report twice gives byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..model import Document, GapReport, Obligation
from . import _common as c
from ._safe import is_formula_like, strip_controls

FIXED_DATE = dt.datetime(2000, 1, 1, 0, 0, 0)
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
MAX_CELL = 32_767  # Excel's limit on characters in a cell

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="F2F4F7")
WRAP = Alignment(wrap_text=True, vertical="top")

FINDING_WIDTHS = {
    "finding id": 16, "document": 28, "rule": 14, "pack": 12, "category": 20, "severity": 9,
    "status": 10, "title": 34, "message": 50, "page": 6, "section": 10, "evidence text": 60,
    "citations": 40, "accepted": 30,
}
TRACE_WIDTHS = {
    "requirement id": 16, "section": 10, "page": 6, "requirement": 60, "status": 18,
    "response location": 18, "response text": 50, "reason": 40, "modality": 14,
}
MATRIX_WIDTHS = {
    "ID": 14, "Section": 10, "Page": 6, "Bearer": 14, "Modality": 14, "Strength": 10,
    "Requirement": 70, "Deadline": 18, "References": 30, "Response location": 20, "Owner": 16,
    "Status": 14,
}


def _set(ws: Worksheet, row: int, col: int, value: object) -> None:
    cell = ws.cell(row=row, column=col)
    if value is None:
        return
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
    else:
        text = strip_controls(str(value))[:MAX_CELL]
        cell.value = text
        if is_formula_like(text) or cell.data_type != "s":
            cell.data_type = "s"  # never a formula, whatever openpyxl guessed
            cell.quotePrefix = True
    cell.alignment = WRAP


def _table(ws: Worksheet, header: Sequence[str], rows: Sequence[Sequence],
           widths: dict[str, int]) -> None:
    for j, h in enumerate(header, start=1):
        _set(ws, 1, j, h)
        cell = ws.cell(row=1, column=j)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        ws.column_dimensions[get_column_letter(j)].width = widths.get(h, 16)
    for i, row in enumerate(rows, start=2):
        for j, v in enumerate(row, start=1):
            _set(ws, i, j, v)
    ws.freeze_panes = "A2"
    last = get_column_letter(len(header))
    ws.auto_filter.ref = f"A1:{last}{max(1, len(rows) + 1)}"


def _new_workbook() -> Workbook:
    wb = Workbook()
    wb.properties.creator = "clausecheck"
    wb.properties.lastModifiedBy = "clausecheck"
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    return wb


_MODIFIED = re.compile(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>")


def _save(wb: Workbook) -> bytes:
    """Save, then rewrite the zip with fixed timestamps (openpyxl stamps "now" on both the
    core properties and every zip entry)."""
    raw = io.BytesIO()
    wb.save(raw)
    stamp = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _MODIFIED.sub(rb"<dcterms:modified\1>" + stamp + rb"</dcterms:modified>",
                                     data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def render(report: GapReport) -> bytes:
    wb = _new_workbook()
    ws = wb.active
    ws.title = "Findings"
    _table(ws, c.FINDING_COLUMNS, c.finding_rows(report), FINDING_WIDTHS)

    sm = wb.create_sheet("Summary")
    rows: list[list] = [[s, n] for s, n in c.summary_rows(report)]
    rows.append(["open gaps", c.open_gap_count(report)])
    _table(sm, ("status", "count"), rows, {"status": 18, "count": 10})
    r = len(rows) + 3
    meta = [("tool", f"clausecheck {report.tool_version}")]
    meta += [("pack", f"{p.name}@{p.version} sha256 {p.sha256}") for p in report.packs]
    meta += [("document", c.document_line(d)) for d in report.documents]
    meta += [("UNREADABLE", f"{d.path} — {d.error or 'no usable text'}")
             for d in report.unreadable]
    for i, (k, v) in enumerate(meta):
        _set(sm, r + i, 1, k)
        _set(sm, r + i, 2, v)
        if k == "UNREADABLE":
            sm.cell(row=r + i, column=1).font = Font(bold=True, color="B42318")
    sm.column_dimensions["B"].width = 80
    sm.auto_filter.ref = f"A1:B{len(rows) + 1}"

    if report.traceability is not None:
        tr = wb.create_sheet("Traceability")
        _table(tr, c.TRACE_COLUMNS, c.trace_rows(report.traceability), TRACE_WIDTHS)
    return _save(wb)


def render_obligations(document: Document, obligations: Sequence[Obligation]) -> bytes:
    wb = _new_workbook()
    ws = wb.active
    ws.title = "Compliance matrix"
    _table(ws, c.MATRIX_COLUMNS, c.matrix_rows(obligations), MATRIX_WIDTHS)
    info = wb.create_sheet("Document")
    for i, (k, v) in enumerate(document.header().items(), start=1):
        _set(info, i, 1, k)
        _set(info, i, 2, v)
    info.column_dimensions["A"].width = 12
    info.column_dimensions["B"].width = 80
    return _save(wb)
