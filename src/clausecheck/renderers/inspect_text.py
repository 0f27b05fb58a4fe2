"""Plain-text view of a parsed document for `clausecheck inspect`."""

from __future__ import annotations

from ..model import Document
from ._safe import strip_controls

_KIND = {"heading": "HEAD", "paragraph": "para", "list_item": "list", "table_cell": "cell"}


def render_document_text(doc: Document, preview: int = 100) -> str:
    lines = [f"{strip_controls(doc.path)}  format={doc.format} pages={doc.pages} "
             f"status={doc.status} blocks={len(doc.blocks)}"]
    if doc.error:
        lines.append(f"UNREADABLE: {strip_controls(doc.error)}")
    lines.extend(f"warning: {strip_controls(w)}" for w in doc.warnings)
    for b in doc.blocks:
        text = strip_controls(b.text.replace("\n", " / "))
        if len(text) > preview:
            text = text[: preview - 1] + "…"
        page = f"p{b.location.page}" if b.location.page is not None else "  "
        flags = "".join([f" [{b.part}]" if b.part != "body" else "", " [hidden]" if b.hidden else ""])
        lines.append(f"{b.location.block:5} {_KIND[b.kind]} {page:>5} {str(b.section or '-'):16.16} "
                     f"{text}{flags}")
    return "\n".join(lines) + "\n"
