#!/usr/bin/env python3
"""Deterministic converter from a small Markdown subset to DOCX and PDF.

Used by tests and benchmarks to build corpus documents at run time, so that no
binary documents have to be committed.  Only the standard library, python-docx
and fpdf2 are needed.

Markdown subset understood
--------------------------
* ``#`` .. ``####`` headings (one line each);
* paragraphs separated by blank lines (consecutive lines are joined with a space);
* ``- `` bullets;
* list items: lines starting with ``(a) `` (any letter, digit or roman numeral in
  parentheses) or ``1. `` (any number); the label is kept as part of the text;
* pipe tables: ``| a | b |`` rows with a ``|---|---|`` separator after the header row.

Anything else (inline emphasis, links, code) is passed through as plain text,
except that ``**`` and backticks are stripped.

API
---
``build(md_path, fmt, out_dir) -> Path`` with ``fmt`` in ``{"md", "docx", "pdf"}``
writes ``out_dir/<stem>.<ext>`` and returns its path.  ``parse(text)`` returns the
block list used by both writers.

CLI: ``python corpora/build.py SRC.md [SRC2.md ...] --format docx -o OUTDIR``

Determinism: DOCX core properties (author, dates, revision) are fixed and the
zip container is rewritten with fixed member timestamps, so the same input gives
byte-identical output.  PDFs use a fixed creation date (and thus a fixed file id).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import io
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

FIXED_DATE = _dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=_dt.timezone.utc)
AUTHOR = "clausecheck corpus"
FORMATS = ("md", "docx", "pdf")

# --------------------------------------------------------------------------- parsing

_HEADING = re.compile(r"^(#{1,4})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*]\s+(.*)$")
_ITEM = re.compile(r"^\s*(\([A-Za-z0-9]{1,5}\)|\d{1,3}[.)])\s+(.*)$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


@dataclass
class Block:
    kind: str  # "heading" | "paragraph" | "bullet" | "item" | "table"
    text: str = ""
    level: int = 0  # heading level
    rows: list[list[str]] = field(default_factory=list)  # table rows, first is header


def _inline(text: str) -> str:
    text = text.replace("**", "").replace("`", "")
    return re.sub(r"\s+", " ", text).strip()


def _split_row(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [_inline(c) for c in line.split("|")]


def parse(text: str) -> list[Block]:
    """Parse the Markdown subset into a flat list of blocks."""
    blocks: list[Block] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(Block("paragraph", _inline(" ".join(para))))
            para.clear()

    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            flush()
            i += 1
            continue
        m = _HEADING.match(stripped)
        if m:
            flush()
            blocks.append(Block("heading", _inline(m.group(2)), level=len(m.group(1))))
            i += 1
            continue
        if stripped.startswith("|") and i + 1 < len(lines) and _TABLE_SEP.match(lines[i + 1]):
            flush()
            rows = [_split_row(stripped)]
            i += 2
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(_split_row(lines[i]))
                i += 1
            width = max(len(r) for r in rows)
            rows = [r + [""] * (width - len(r)) for r in rows]
            blocks.append(Block("table", rows=rows))
            continue
        m = _BULLET.match(line)
        if m:
            flush()
            blocks.append(Block("bullet", _inline(m.group(1))))
            i += 1
            continue
        m = _ITEM.match(line)
        if m:
            flush()
            blocks.append(Block("item", _inline(m.group(1) + " " + m.group(2))))
            i += 1
            continue
        if blocks and blocks[-1].kind in ("bullet", "item") and not para and line[:1].isspace():
            # indented continuation of a list item
            blocks[-1].text = _inline(blocks[-1].text + " " + stripped)
            i += 1
            continue
        para.append(stripped)
        i += 1
    flush()
    return blocks


def document_title(blocks: list[Block], default: str) -> str:
    for b in blocks:
        if b.kind == "heading":
            return b.text
    return default


# --------------------------------------------------------------------------- DOCX


def _normalize_zip(path: Path) -> None:
    """Rewrite a zip container with fixed timestamps and member order."""
    with zipfile.ZipFile(path) as zin:
        members = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            zout.writestr(info, data)
    path.write_bytes(buf.getvalue())


def write_docx(blocks: list[Block], out: Path, title: str) -> Path:
    import docx  # python-docx
    from docx.shared import Pt

    doc = docx.Document()
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    naive = FIXED_DATE.replace(tzinfo=None)
    cp.created = naive
    cp.modified = naive
    cp.last_printed = naive

    for b in blocks:
        if b.kind == "heading":
            doc.add_heading(b.text, level=min(max(b.level, 1), 4))
        elif b.kind == "paragraph":
            doc.add_paragraph(b.text)
        elif b.kind == "bullet":
            doc.add_paragraph(b.text, style="List Bullet")
        elif b.kind == "item":
            p = doc.add_paragraph(b.text, style="List Paragraph")
            p.paragraph_format.left_indent = Pt(18)
        elif b.kind == "table":
            ncols = len(b.rows[0])
            table = doc.add_table(rows=0, cols=ncols)
            table.style = "Table Grid"
            for r, row in enumerate(b.rows):
                cells = table.add_row().cells
                for c, value in enumerate(row):
                    cells[c].text = value
                    if r == 0:
                        for run in cells[c].paragraphs[0].runs:
                            run.bold = True
    doc.save(str(out))
    _normalize_zip(out)
    return out


# --------------------------------------------------------------------------- PDF

_ASCII_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2013": "-", "\u2014": "--", "\u2015": "--", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u2026": "...", "\u2022": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "\u2264": "<=", "\u2265": ">=", "\u2122": "(TM)", "\u2192": "->",
}


def to_latin1(text: str) -> str:
    out = []
    for ch in text:
        ch = _ASCII_MAP.get(ch, ch)
        try:
            ch.encode("latin-1")
        except UnicodeEncodeError:
            ch = "?"
        out.append(ch)
    return "".join(out)


def write_pdf(blocks: list[Block], out: Path, title: str) -> Path:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    header_title = to_latin1(title)

    class _PDF(FPDF):
        def header(self) -> None:  # running header: the document title
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, header_title[:110], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:  # running footer: page number
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 10, f"Page {self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = _PDF(format="Letter", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(header_title)
    pdf.set_author(AUTHOR)
    pdf.set_creator(AUTHOR)
    pdf.set_producer(AUTHOR)
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    sizes = {1: 15, 2: 13, 3: 11.5, 4: 10.5}
    for b in blocks:
        if b.kind == "heading":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", sizes.get(b.level, 10.5))
            pdf.multi_cell(0, 6.5, to_latin1(b.text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif b.kind == "paragraph":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, to_latin1(b.text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.5)
        elif b.kind in ("bullet", "item"):
            pdf.set_font("Helvetica", "", 10)
            indent = 6
            pdf.set_x(pdf.l_margin + indent)
            text = ("- " + b.text) if b.kind == "bullet" else b.text
            pdf.multi_cell(pdf.epw - indent, 5, to_latin1(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif b.kind == "table":
            ncols = len(b.rows[0])
            col_w = pdf.epw / ncols
            for r, row in enumerate(b.rows):
                pdf.set_font("Helvetica", "B" if r == 0 else "", 9)
                texts = [to_latin1(v) for v in row]
                # height of the row = tallest cell
                nlines = max(
                    len(pdf.multi_cell(col_w, 4.5, t or " ", dry_run=True, output="LINES"))
                    for t in texts
                )
                h = nlines * 4.5 + 2
                if pdf.get_y() + h > pdf.page_break_trigger:
                    pdf.add_page()
                y = pdf.get_y()
                for c, t in enumerate(texts):
                    x = pdf.l_margin + c * col_w
                    pdf.rect(x, y, col_w, h)
                    pdf.set_xy(x, y + 1)
                    pdf.multi_cell(col_w, 4.5, t, border=0)
                pdf.set_xy(pdf.l_margin, y + h)
            pdf.ln(3)
    pdf.output(str(out))
    return out


# --------------------------------------------------------------------------- entry points


def build(md_path: Path, fmt: str, out_dir: Path) -> Path:
    """Build ``md_path`` in format ``fmt`` ("md", "docx" or "pdf") into ``out_dir``."""
    md_path = Path(md_path)
    out_dir = Path(out_dir)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{md_path.stem}.{fmt}"
    if fmt == "md":
        if out.resolve() != md_path.resolve():
            shutil.copyfile(md_path, out)
        return out
    text = md_path.read_text(encoding="utf-8")
    blocks = parse(text)
    title = document_title(blocks, md_path.stem)
    if fmt == "docx":
        return write_docx(blocks, out, title)
    return write_pdf(blocks, out, title)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build corpus Markdown into md/docx/pdf.")
    ap.add_argument("src", nargs="+", type=Path, help="Markdown source file(s)")
    ap.add_argument("--format", "-f", choices=FORMATS, default="docx")
    ap.add_argument("-o", "--out-dir", type=Path, default=Path("."))
    args = ap.parse_args(argv)
    for src in args.src:
        print(build(src, args.format, args.out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
