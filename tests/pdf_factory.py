"""Build small PDFs with fpdf2 at test time, with every line placed by hand.

The PDF ingester has to rebuild paragraphs from positioned lines, so the generated files need
known line breaks, known hyphenation points, repeated running headers/footers, two-column
pages and image-only pages.  This module lays text out itself (a greedy word wrap on the
core Helvetica metrics) and writes each line with ``FPDF.text`` so the tests know exactly which
words ended up where.  Nothing here is committed as a binary fixture.

Only windows-1252 text can be drawn with the core fonts (it has the bullet U+2022 and the
soft hyphen U+00AD).
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

from fpdf import FPDF

PAGE_W = 215.9  # US letter, millimetres
PAGE_H = 279.4
MARGIN_X = 25.0
TOP = 30.0
BOTTOM = PAGE_H - 28.0
LINE_H = 5.2  # baseline-to-baseline distance for 11 pt text
PARA_GAP = 4.5  # extra space between paragraphs


@dataclass
class Line:
    text: str
    x: float
    y: float  # baseline, from the top (fpdf2 coordinates)
    size: float = 11.0
    style: str = ""


@dataclass
class Rule:
    """A table rule: a stroked rectangle ("rect") or a filled rectangle ("fill") at x, y of
    size w × h, or a stroked line ("line") from (x, y) to (w, h); millimetres from the top
    left."""

    kind: str
    x: float
    y: float
    w: float
    h: float


@dataclass
class Page:
    lines: list[Line] = field(default_factory=list)
    image: tuple[float, float, float, float] | None = None  # x, y, w, h
    rules: list[Rule] = field(default_factory=list)


class PdfBuilder:
    """Lay out headings, paragraphs, list items and two-column blocks onto letter pages."""

    def __init__(
        self,
        *,
        header: str | None = None,
        footer: str | None = "Page {n} of {total}",
        font_size: float = 11.0,
    ) -> None:
        self.header = header
        self.footer = footer
        self.font_size = font_size
        self._metrics = FPDF(unit="mm", format="letter")
        self._metrics.core_fonts_encoding = "windows-1252"
        self._metrics.set_font("Helvetica", size=font_size)
        self.pages: list[Page] = []
        self.y = TOP
        self.new_page()

    # ----------------------------------------------------------------- layout primitives
    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = TOP

    def _width(self, text: str, style: str = "", size: float | None = None) -> float:
        self._metrics.set_font("Helvetica", style=style, size=size or self.font_size)
        return self._metrics.get_string_width(text.replace("\xad", ""))

    def _ensure_room(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.new_page()

    def wrap(
        self,
        text: str,
        width: float,
        *,
        hyphenate: bool = False,
        style: str = "",
        size: float | None = None,
    ) -> list[str]:
        """Greedy word wrap.  With ``hyphenate`` a word that does not fit is split with '-'."""
        words = text.split()
        lines: list[str] = []
        cur = ""
        for word in words:
            trial = f"{cur} {word}" if cur else word
            if self._width(trial, style, size) <= width:
                cur = trial
                continue
            if hyphenate and cur and "-" in word.strip("-"):
                # a compound or clause number breaks after its own hyphen: "52.204-" / "21"
                head, _, tail = word.partition("-")
                if self._width(f"{cur} {head}-", style, size) <= width:
                    lines.append(f"{cur} {head}-")
                    cur = tail
                    continue
            if hyphenate and cur and len(word) >= 6 and word.isalpha():
                # split the word so that "cur head-" fills the line
                for cut in range(len(word) - 3, 2, -1):
                    head = word[:cut]
                    if self._width(f"{cur} {head}-", style, size) <= width:
                        lines.append(f"{cur} {head}-")
                        cur = word[cut:]
                        break
                else:
                    lines.append(cur)
                    cur = word
                continue
            if cur:
                lines.append(cur)
            cur = word
        if cur:
            lines.append(cur)
        return lines

    def _emit(self, lines: list[str], x: float, *, style: str = "", size: float | None = None) -> None:
        for text in lines:
            self._ensure_room(LINE_H)
            self.y += LINE_H
            self.pages[-1].lines.append(
                Line(text, x, self.y, size=size or self.font_size, style=style)
            )

    def heading(self, text: str) -> None:
        self._ensure_room(3 * LINE_H)
        self.y += PARA_GAP
        self._emit([text], MARGIN_X, style="B")
        self.y += PARA_GAP

    def paragraph(self, text: str, *, indent: float = 0.0, hyphenate: bool = False) -> list[str]:
        width = PAGE_W - 2 * MARGIN_X - indent
        lines = self.wrap(text, width, hyphenate=hyphenate)
        self._emit(lines, MARGIN_X + indent)
        self.y += PARA_GAP
        return lines

    def raw_lines(self, lines: list[str], *, indent: float = 0.0, gap_after: bool = True) -> None:
        """Write the given lines exactly as they are (no wrapping)."""
        self._emit(lines, MARGIN_X + indent)
        if gap_after:
            self.y += PARA_GAP

    def list_item(self, label: str, text: str, *, indent: float = 8.0) -> None:
        """A hanging-indent list item: label at ``indent``, text wrapped 8 mm further in."""
        width = PAGE_W - 2 * MARGIN_X - indent - 8.0
        lines = self.wrap(text, width)
        self._ensure_room(LINE_H)
        first = True
        for text_line in lines:
            self._ensure_room(LINE_H)
            self.y += LINE_H
            page = self.pages[-1]
            if first:
                page.lines.append(Line(label, MARGIN_X + indent, self.y, size=self.font_size))
                first = False
            page.lines.append(Line(text_line, MARGIN_X + indent + 8.0, self.y, size=self.font_size))
        self.y += PARA_GAP

    def columns(self, left: list[str], right: list[str]) -> None:
        """Two columns of paragraphs side by side, each column wrapped to its own width."""
        gutter = 10.0
        col_w = (PAGE_W - 2 * MARGIN_X - gutter) / 2
        xs = (MARGIN_X, MARGIN_X + col_w + gutter)
        start_y = self.y
        end_y = start_y
        for x, paras in zip(xs, (left, right)):
            y = start_y
            for para in paras:
                for text_line in self.wrap(para, col_w):
                    y += LINE_H
                    self.pages[-1].lines.append(Line(text_line, x, y, size=self.font_size))
                y += PARA_GAP
            end_y = max(end_y, y)
        self.y = end_y

    def table(
        self,
        rows: list[list[str]],
        widths: list[float] | None = None,
        *,
        rules: str = "line",
        size: float = 9.0,
        header: bool = True,
        hyphenate: bool = False,
    ) -> list[list[list[str]]]:
        """A ruled table; every cell is wrapped to its column.  ``rules``: "line" (one stroked
        segment per cell edge), "rect" (one stroked rectangle per cell, as corpora/build.py
        draws them) or "fill" (thin filled rectangles, as Word's PDF export does).  A row that
        does not fit goes to the next page.  Returns the wrapped lines of every cell."""
        n_cols = max(len(r) for r in rows)
        total = PAGE_W - 2 * MARGIN_X
        widths = widths or [total / n_cols] * n_cols
        pad, line_h = 1.5, size * 0.45
        wrapped_rows = []
        self.y += 2.0
        for r, row in enumerate(rows):
            style = "B" if header and r == 0 else ""
            # a short row's last cell spans the remaining columns
            row_widths = [*widths[: len(row) - 1], sum(widths[len(row) - 1 :])]
            cells = [
                self.wrap(text, w - 2 * pad, style=style, size=size, hyphenate=hyphenate)
                if text else []
                for text, w in zip(row, row_widths)
            ]
            wrapped_rows.append(cells)
            height = max(1, *(len(c) for c in cells)) * line_h + 2 * pad
            if self.y + height > BOTTOM:
                self.new_page()
            page = self.pages[-1]
            x = MARGIN_X
            for lines, w in zip(cells, row_widths):
                for k, text in enumerate(lines):
                    page.lines.append(
                        Line(text, x + pad, self.y + pad + (k + 1) * line_h - 0.8, size, style)
                    )
                self._cell_rules(page, rules, x, self.y, w, height)
                x += w
            self.y += height
        self.y += PARA_GAP
        return wrapped_rows

    @staticmethod
    def _cell_rules(page: Page, kind: str, x: float, y: float, w: float, h: float) -> None:
        if kind == "rect":
            page.rules.append(Rule("rect", x, y, w, h))
        elif kind == "fill":
            t = 0.3
            for rx, ry, rw, rh in ((x, y, w, t), (x, y + h, w, t), (x, y, t, h), (x + w, y, t, h)):
                page.rules.append(Rule("fill", rx, ry, rw + (t if rw > t else 0), rh))
        else:
            for x0, y0, x1, y1 in ((x, y, x + w, y), (x, y + h, x + w, y + h),
                                   (x, y, x, y + h), (x + w, y, x + w, y + h)):
                page.rules.append(Rule("line", x0, y0, x1, y1))

    def image_page(self) -> None:
        """A page that carries only a picture (a 'scanned' page with no text layer)."""
        if self.pages[-1].lines or self.pages[-1].image:
            self.new_page()
        self.pages[-1].image = (MARGIN_X, TOP, PAGE_W - 2 * MARGIN_X, 120.0)
        self.new_page()

    # ----------------------------------------------------------------------- output
    def to_bytes(
        self,
        *,
        user_password: str | None = None,
        skip_headers_on_image_pages: bool = True,
    ) -> bytes:
        pages = [p for p in self.pages if p.lines or p.image or p.rules]
        pdf = FPDF(unit="mm", format="letter")
        pdf.set_auto_page_break(False)
        pdf.set_compression(True)
        pdf.core_fonts_encoding = "windows-1252"  # has the bullet U+2022
        total = len(pages)
        png = _grey_png() if any(p.image for p in pages) else None
        for n, page in enumerate(pages, start=1):
            pdf.add_page()
            image_only = page.image is not None and not page.lines
            if not (image_only and skip_headers_on_image_pages):
                pdf.set_font("Helvetica", size=8)
                if self.header:
                    pdf.text(MARGIN_X, 15.0, self.header.format(n=n, total=total))
                if self.footer:
                    text = self.footer.format(n=n, total=total)
                    w = pdf.get_string_width(text)
                    pdf.text((PAGE_W - w) / 2, PAGE_H - 12.0, text)
            for rule in page.rules:
                pdf.set_line_width(0.25)
                if rule.kind == "line":
                    pdf.line(rule.x, rule.y, rule.w, rule.h)
                elif rule.kind == "rect":
                    pdf.rect(rule.x, rule.y, rule.w, rule.h)
                else:
                    pdf.set_fill_color(0, 0, 0)
                    pdf.rect(rule.x, rule.y, rule.w, rule.h, style="F")
            for line in page.lines:
                pdf.set_font("Helvetica", style=line.style, size=line.size)
                pdf.text(line.x, line.y, line.text)
            if page.image is not None:
                x, y, w, h = page.image
                pdf.image(io.BytesIO(png), x=x, y=y, w=w, h=h)
        if user_password is not None:
            pdf.set_encryption(owner_password="owner-" + user_password, user_password=user_password)
        return bytes(pdf.output())


def _grey_png() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("L", (400, 300), color=235)
    draw = ImageDraw.Draw(img)
    for y in range(20, 280, 14):
        draw.line((20, y, 380, y), fill=40, width=3)  # looks like lines of scanned text
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


# ----------------------------------------------------------------- contract-like documents
_WORDS = (
    "the contractor shall provide deliver maintain all services supplies data systems "
    "required under this contract including security controls incident reports within "
    "hours after discovery government contracting officer representative task order "
    "performance work statement software models training evaluation testing access "
    "records retention period agency information system federal acquisition regulation "
    "clause subcontract flow down requirements supply chain risk management notify "
    "report assess monitor document ensure comply protect sensitive unclassified "
    "adversarial robustness vulnerability disclosure program independent verification"
).split()


def _sentence(rng: random.Random, n_words: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(n_words)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


_CLAUSES = [
    ("52.204-21", "Basic Safeguarding of Covered Contractor Information Systems", "NOV 2021"),
    ("52.204-25", "Prohibition on Contracting for Certain Telecommunications and Video "
                  "Surveillance Services or Equipment", "NOV 2021"),
    ("52.239-1", "Privacy or Security Safeguards", "AUG 1996"),
    ("252.204-7012", "Safeguarding Covered Defense Information and Cyber Incident Reporting",
     "MAY 2024"),
]


def contract_pdf(
    n_pages: int, *, seed: int = 7, two_column_every: int = 0, table_every: int = 0
) -> bytes:
    """A contract-like PDF of exactly ``n_pages`` pages: UCF sections, numbered paragraphs,
    (a)/(b) list items, FAR clause citations, a running header and a "Page n of N" footer.
    With ``table_every`` = k, every k-th subsection ends with a ruled clause table."""
    rng = random.Random(seed)
    b = PdfBuilder(header="RFQ 47QTCA-26-Q-0001   Section C - Performance Work Statement")
    section = 0
    while len(b.pages) <= n_pages:
        section += 1
        letter = "ABCDEFGHIJKLM"[section % 13]
        b.heading(f"SECTION {letter} - {rng.choice(_WORDS).upper()} {rng.choice(_WORDS).upper()}")
        for sub in range(1, 6):
            if len(b.pages) > n_pages:
                break
            b.heading(f"{letter}.{sub} {rng.choice(_WORDS).title()} {rng.choice(_WORDS).title()}")
            b.paragraph(
                " ".join(_sentence(rng, rng.randint(8, 20)) for _ in range(rng.randint(3, 6)))
                + " See FAR 52.204-21 and 52.239-1.",
                hyphenate=True,
            )
            for label in "abc":
                b.list_item(f"({label})", _sentence(rng, rng.randint(10, 30)))
            if table_every and sub % table_every == 0:
                b.table([["Clause", "Title", "Date"], *map(list, _CLAUSES)], [30.0, 100.0, 35.9],
                        rules=("line", "rect", "fill")[sub % 3])
            if two_column_every and sub % two_column_every == 0:
                b.columns(
                    [_sentence(rng, 25), _sentence(rng, 20)],
                    [_sentence(rng, 25), _sentence(rng, 20)],
                )
    # drop whatever spilled over onto page n_pages + 1
    b.pages = b.pages[:n_pages]
    return b.to_bytes()
