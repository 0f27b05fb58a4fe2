"""Deliverables tables: each row of a deliverables schedule is a duty of the contractor.

SOWs often state deliverables only in a table ("Monthly Status Report | Monthly | COR"), with
no "shall" anywhere in the row.  A row counts as an obligation when the table or its section is
about deliverables and the row names a due date or frequency.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..model import Block
from .deadlines import Duration, find_durations

_CONTEXT = re.compile(r"\bdeliverables?\b|\bCDRLs?\b|\breporting\s+requirements\b|"
                      r"\bdata\s+(?:items?|requirements)\b|\bsubmittals?\b", re.IGNORECASE)
_DUE_HEADER = re.compile(r"\b(?:due|date|frequency|schedule|when|timing|deadline|submission|"
                         r"delivery)\b", re.IGNORECASE)
_PRODUCT_HEADER = re.compile(r"\b(?:reports?|products?|documents?|plans?|work\s+products?)\b", re.IGNORECASE)
_DUE_LABEL = re.compile(r"\b(?:due(?:\s+date)?|frequency|schedule|deadline)\s*:", re.IGNORECASE)
_PARAGRAPH_ROW = re.compile(r"^\s*deliverable\s*:", re.IGNORECASE)


def _row_groups(blocks: list[Block]) -> dict[int, dict[int, list[Block]]]:
    tables: dict[int, dict[int, list[Block]]] = defaultdict(lambda: defaultdict(list))
    for b in blocks:
        if b.kind == "table_cell" and b.table is not None and b.row is not None:
            tables[b.table][b.row].append(b)
    return tables


def deliverable_rows(blocks: list[Block]) -> list[tuple[list[Block], str, list[Duration]]]:
    """(cells, row text, due durations) for every deliverable row found."""
    found = []
    for _table, rows in sorted(_row_groups(blocks).items()):
        ordered = [rows[r] for r in sorted(rows)]
        if not ordered:
            continue
        header = ordered[0]
        header_text = " ".join(c.text for c in header)
        has_header = bool(_DUE_HEADER.search(header_text) or _CONTEXT.search(header_text)) and \
            not any(find_durations(c.text) for c in header)
        due_cols = {c.col for c in header if _DUE_HEADER.search(c.text)} if has_header else set()
        context = bool(_CONTEXT.search(header_text)) or any(
            _CONTEXT.search(" ".join(c.heading_path[-2:])) for c in header) or \
            bool(due_cols and _PRODUCT_HEADER.search(header_text))   # "Report | Content and timing"
        if not context:
            continue
        for cells in ordered[1:] if has_header else ordered:
            due_cells = [c for c in cells if c.col in due_cols] if due_cols else cells
            durations = [d for c in due_cells for d in find_durations(c.text)]
            text = " | ".join(c.text for c in cells)
            if len(cells) >= 2 and (durations or (due_cols and any(c.text.strip() for c in due_cells))
                                    or _DUE_LABEL.search(text)):
                found.append((cells, text, durations))
    for b in blocks:
        if b.kind == "table_cell" or b.text.count("|") < 1:
            continue
        labelled = bool(_PARAGRAPH_ROW.match(b.text))
        in_context = labelled or bool(_CONTEXT.search(" ".join(b.heading_path[-2:])))
        durations = find_durations(b.text)
        if in_context and (labelled or b.text.count("|") >= 2) and (_DUE_LABEL.search(b.text) or durations
                                                                     or re.search(r"\|\s*(?:upon\s+request|with\s+each)\b", b.text, re.I)):
            found.append(([b], b.text, durations))
    return found
