"""What a format-specific parser hands to the shared section builder.

Each ingester (docx.py, pdf.py, text.py) turns bytes into a :class:`ParsedFile` of
:class:`RawBlock` in reading order.  `sections.build_document` then assigns section labels,
heading paths and `Location`s the same way for every format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

RawKind = Literal["heading", "paragraph", "list_item", "table_cell"]


@dataclass
class RawBlock:
    text: str
    kind: RawKind = "paragraph"
    page: int | None = None
    #: a label the format itself supplied (Word auto-numbering "3.1.2", "(a)"); None when the
    #: label, if any, is typed in the text (the section builder finds those)
    label: str | None = None
    #: outline level of a heading (1 = top) when the format knows it (Word styles, Markdown #)
    level: int | None = None
    part: Literal["body", "header", "footer", "footnote", "endnote", "comment"] = "body"
    hidden: bool = False
    #: for table cells: which table (0-based, per document), row and column the cell sits in
    table: int | None = None
    row: int | None = None
    col: int | None = None


@dataclass
class ParsedFile:
    format: Literal["pdf", "docx", "text", "markdown"]
    blocks: list[RawBlock] = field(default_factory=list)
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    #: set when nothing usable could be read (e.g. "no text layer"); the document is unreadable
    unreadable_reason: str | None = None
