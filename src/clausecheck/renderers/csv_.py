"""CSV: one row per evidence item (or per finding without evidence), formula-injection safe.

Columns: ``_common.FINDING_COLUMNS``.  Text is kept verbatim (a spreadsheet is a data tool),
except that any cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR (or their full-width
forms) gets a leading apostrophe so no spreadsheet evaluates it.  When the report carries
traceability, a second table follows after one empty row, with its own header row
(``_common.TRACE_COLUMNS``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from ..model import Document, GapReport, Obligation
from . import _common as c
from ._safe import neutralise_formula, strip_controls


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    return neutralise_formula(strip_controls(str(v)))


def _write(header: Sequence[str], rows: Iterable[Sequence], w) -> None:
    w.writerow([_cell(h) for h in header])
    for row in rows:
        w.writerow([_cell(v) for v in row])


def _writer(buf: io.StringIO):
    return csv.writer(buf, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


def render(report: GapReport) -> str:
    buf = io.StringIO(newline="")
    w = _writer(buf)
    _write(c.FINDING_COLUMNS, c.finding_rows(report), w)
    if report.traceability is not None:
        w.writerow([])
        _write(c.TRACE_COLUMNS, c.trace_rows(report.traceability), w)
    return buf.getvalue()


def render_obligations(document: Document, obligations: Sequence[Obligation]) -> str:
    buf = io.StringIO(newline="")
    _write(c.MATRIX_COLUMNS, c.matrix_rows(obligations), _writer(buf))
    return buf.getvalue()
