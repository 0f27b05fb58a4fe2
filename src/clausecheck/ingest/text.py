"""Plain text and Markdown ingestion.

Plain text: blank-line-separated paragraphs are blocks; hard-wrapped lines are joined, so
``location.block`` is the 0-based paragraph index.  Markdown: ATX headings (``#``) are headings
with their level, list items and table cells are blocks of their own, inline markup is removed.
"""

from __future__ import annotations

import re

from .raw import ParsedFile, RawBlock

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^\s{0,6}[-*+]\s+(.*)$")
_MD_ORDERED = re.compile(r"^\s{0,6}(?:\d{1,3}[.)]|\([a-zA-Z0-9]{1,4}\))\s+\S")
_GRID_SEP = re.compile(r"^\s*\+[-=:+]+\+\s*$")
_PIPE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPH = re.compile(r"(\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)|`)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_HTML_TAG = re.compile(r"</?(?:span|div|br|a|b|i|u|em|strong|sup|sub|p)\b[^>]*>", re.I)
_WS = re.compile(r"[ \t\u00a0]+")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")


def _clean_md(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _EMPH.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    return _WS.sub(" ", text).strip()


def _paragraphs(text: str) -> list[list[str]]:
    paras: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paras.append(current)
            current = []
    if current:
        paras.append(current)
    return paras


def parse_text(text: str) -> ParsedFile:
    blocks = [RawBlock(text=_WS.sub(" ", " ".join(l.strip() for l in para)).strip())
              for para in _paragraphs(text)]
    return ParsedFile(format="text", blocks=[b for b in blocks if b.text], pages=None)


def _table_rows(lines: list[str]) -> list[list[str]]:
    """Rows of cells of a pipe or pandoc grid table; multi-line grid cells are joined."""
    rows: list[list[str]] = []
    grid = any(_GRID_SEP.match(l) for l in lines)
    pending: list[list[str]] = []
    for line in lines:
        if _GRID_SEP.match(line) or _PIPE_SEP.match(line):
            if grid and pending:
                rows.append([" ".join(col).strip() for col in pending])
                pending = []
            continue
        parts = [p.strip() for p in line.strip().strip("|").split("|")]
        if grid:
            if not pending:
                pending = [[] for _ in parts]
            for i, p in enumerate(parts[: len(pending)]):
                if p:
                    pending[i].append(p)
        else:
            rows.append(parts)
    if pending:
        rows.append([" ".join(col).strip() for col in pending])
    return [[_clean_md(c) for c in row] for row in rows]


def _cell_blocks(rows: list[list[str]], table: int) -> list[RawBlock]:
    return [RawBlock(text=c, kind="table_cell", table=table, row=r, col=k)
            for r, row in enumerate(rows) for k, c in enumerate(row) if c]


_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.S | re.I)
_HTML_CELL = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", re.S | re.I)
_ANY_TAG = re.compile(r"<[^>]+>")


def _html_table_rows(html: str) -> list[list[str]]:
    """Rows of an HTML table embedded in Markdown (pandoc writes these for complex tables)."""
    return [[_clean_md(_ANY_TAG.sub(" ", cell).replace("&amp;", "&").replace("&lt;", "<")
                       .replace("&gt;", ">").replace("&nbsp;", " ")) for cell in _HTML_CELL.findall(row)]
            for row in _HTML_ROW.findall(html)]


def parse_markdown(text: str) -> ParsedFile:
    blocks: list[RawBlock] = []
    tables = 0
    for para in _paragraphs(text):
        para = [_QUOTE.sub("", line) for line in para]  # "> |a|b|" is a table inside a quotation
        if not any(line.strip() for line in para):
            continue
        if para[0].lstrip().lower().startswith("<table"):
            blocks.extend(_cell_blocks(_html_table_rows("\n".join(para)), tables))
            tables += 1
            continue
        if all(l.lstrip().startswith(("|", "+")) for l in para):
            blocks.extend(_cell_blocks(_table_rows(para), tables))
            tables += 1
            continue
        buffer: list[str] = []
        kind = "paragraph"

        def flush() -> None:
            nonlocal buffer, kind
            joined = _clean_md(" ".join(buffer))
            if joined:
                blocks.append(RawBlock(text=joined, kind=kind))
            buffer, kind = [], "paragraph"

        for line in para:
            if m := _MD_HEADING.match(line):
                flush()
                heading = _clean_md(m.group(2))
                if heading:
                    blocks.append(RawBlock(text=heading, kind="heading", level=len(m.group(1))))
                continue
            if m := _MD_BULLET.match(line):
                flush()
                buffer, kind = [m.group(1)], "list_item"
                continue
            if _MD_ORDERED.match(line):  # keep "1." / "(a)": they are section labels
                flush()
                buffer, kind = [line.strip()], "list_item"
                continue
            buffer.append(line.strip())
        flush()
    return ParsedFile(format="markdown", blocks=blocks, pages=None)
