"""Renderers: pure functions of a :class:`~clausecheck.model.GapReport`.

One module per output format, imported only when that format is asked for, so ``render(r,
"json")`` never imports openpyxl.  Every renderer treats document text (and rule-pack text) as
hostile: see ``docs/report-formats.md`` for what each format does about it.

>>> render(report, "markdown")          # str
>>> render(report, "xlsx")              # bytes
>>> render_obligations(doc, obligations, "csv")
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..model import Document, GapReport, Obligation

#: Formats of ``render`` (``scan --format``).
FORMATS: tuple[str, ...] = ("text", "json", "sarif", "markdown", "html", "csv", "xlsx")
#: Formats of ``render_obligations`` (``shred --format``).
OBLIGATION_FORMATS: tuple[str, ...] = ("text", "json", "csv", "xlsx", "markdown")
#: Formats whose output is bytes rather than str.
BINARY_FORMATS: frozenset[str] = frozenset({"xlsx"})

_MODULES = {
    "text": "text", "json": "json_", "sarif": "sarif", "markdown": "markdown", "html": "html",
    "csv": "csv_", "xlsx": "xlsx",
}

#: File name suffix for each format (for ``-o`` defaults and downloads).
EXTENSIONS = {
    "text": ".txt", "json": ".json", "sarif": ".sarif", "markdown": ".md", "html": ".html",
    "csv": ".csv", "xlsx": ".xlsx",
}


def _module(fmt: str, allowed: Sequence[str]):
    if fmt not in allowed:
        raise ValueError(f"unknown format {fmt!r}; expected one of: {', '.join(allowed)}")
    return import_module(f".{_MODULES[fmt]}", __name__)


def render(report: GapReport, fmt: str, *, color: bool = False) -> str | bytes:
    """Render a gap report. ``xlsx`` returns bytes, every other format a str.

    ``color`` only affects ``text`` (ANSI colours); all other formats ignore it.
    """
    mod = _module(fmt, FORMATS)
    if fmt == "text":
        return mod.render(report, color=color)
    return mod.render(report)


def render_obligations(document: Document, obligations: Sequence[Obligation], fmt: str,
                       *, color: bool = False) -> str | bytes:
    """Render the compliance matrix of ``shred``: one row per obligation, with empty
    "Response location", "Owner" and "Status" columns for the proposal team."""
    mod = _module(fmt, OBLIGATION_FORMATS)
    if fmt == "text":
        return mod.render_obligations(document, obligations, color=color)
    return mod.render_obligations(document, obligations)


def annotate_docx(source_docx_bytes: bytes, report: GapReport, document_path: str) -> bytes:
    """A copy of a DOCX with Word comments for the report's findings (see docx_comments)."""
    from .docx_comments import annotate_docx as _annotate

    return _annotate(source_docx_bytes, report, document_path)


__all__ = ["BINARY_FORMATS", "EXTENSIONS", "FORMATS", "OBLIGATION_FORMATS", "annotate_docx",
           "render", "render_obligations"]
