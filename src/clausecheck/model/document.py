"""The located document model produced by ingestion."""

from __future__ import annotations

from typing import Literal

from ._base import Frozen

BlockKind = Literal["heading", "paragraph", "list_item", "table_cell"]
DocFormat = Literal["pdf", "docx", "text", "markdown"]
DocStatus = Literal["ok", "unreadable"]
Part = Literal["body", "header", "footer", "footnote", "endnote", "comment"]


class Location(Frozen):
    """Where a piece of text sits. Made once at ingest; copied unchanged into every report."""

    page: int | None = None
    section: str | None = None
    heading: str | None = None
    block: int
    start: int = 0
    end: int = 0

    def describe(self) -> str:
        parts = []
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.section:
            parts.append(f"§ {self.section}")
        parts.append(f"block {self.block}")
        return ", ".join(parts)


class Block(Frozen):
    text: str
    kind: BlockKind
    section: str | None = None
    heading_path: tuple[str, ...] = ()
    location: Location
    part: Part = "body"
    hidden: bool = False
    table: int | None = None
    row: int | None = None
    col: int | None = None

    def to_contract(self) -> dict:
        """The DESIGN.md §3 block shape, plus the optional part/hidden flags when set."""
        out = {
            "text": self.text,
            "kind": self.kind,
            "section": self.section,
            "heading_path": list(self.heading_path),
            "location": self.location.model_dump(),
        }
        if self.part != "body":
            out["part"] = self.part
        if self.hidden:
            out["hidden"] = True
        if self.table is not None:
            out["table"] = {"index": self.table, "row": self.row, "col": self.col}
        return out


class Document(Frozen):
    path: str
    sha256: str
    format: DocFormat | None = None
    pages: int | None = None
    status: DocStatus = "ok"
    error: str | None = None
    warnings: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()

    @property
    def readable(self) -> bool:
        return self.status == "ok"

    @property
    def body_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.part == "body" and not b.hidden)

    def header(self) -> dict:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "format": self.format,
            "pages": self.pages,
            "status": self.status,
            "error": self.error,
        }

    def to_contract(self) -> dict:
        out = {"schema_version": "1", **self.header(), "warnings": list(self.warnings)}
        out["blocks"] = [b.to_contract() for b in self.blocks]
        return out
