"""PDF ingestion: PDFium (pypdfium2) text with positions, rebuilt into paragraphs.

Pipeline (see docs/ingest-pdf.md for the reasoning and the measurements behind it):

1. **Lines.**  For every page, PDFium's own text (``FPDFText_GetText``) is split at the line
   breaks PDFium inserts; each line's character range is measured with ``FPDFText_CountRects``
   / ``FPDFText_GetRect`` (a handful of rectangles per line, no per-character loop).  A line
   whose rectangles leave a wide horizontal gap (two columns or a tab-separated grid set on the
   same baseline) is cut there; only those rare lines look at single character boxes.  Font size
   and weight come from the first character of each line.  Page and text page are closed before
   the next page is opened, so memory holds only the line texts.
   **Ruled tables**: thin path objects and the straight segments of stroked paths are
   rules; crossing rules form grids, a grid of at least 2 × 2 squares with text in at least
   two cells is a table.  Text inside a table goes to its cells (single character boxes only
   for lines that run over several cells) and is emitted as ``table_cell`` blocks with
   ``table``/``row``/``col``; tables cut the page's remaining text into bands read on their own.
2. **Running headers and footers.**  Lines in the top/bottom band whose normalised text (digits
   replaced by ``#``) recurs on at least half the pages (and on at least 3) are dropped, as are
   lines in the band that are only a page number ("Page 3 of 12", "- 3 -", "3").
3. **Reading order.**  A vertical gutter is looked for in the middle of the page; runs of lines
   that do not cross it are read left column first, then right column.  Lines crossing the
   gutter (titles, full-width paragraphs) separate those runs.
4. **Paragraphs.**  Consecutive lines are joined unless the vertical gap exceeds ~1.5 × the
   typical line pitch, the font size changes, the previous line ends short with closing
   punctuation, the previous line is a heading, or the new line starts a list item at a changed
   indentation.  End-of-line hyphens are repaired while joining.
5. **Text layer coverage.**  A page without characters but with images is reported as "no text
   layer"; pdfminer.six cross-checks up to :data:`CROSSCHECK_MAX_PAGES` such pages in a
   separate process with a timeout (pdfminer can loop forever on hostile files).

PDFium is not thread-safe, so all PDFium calls of this module run under one lock; use
processes (``--jobs``) for parallelism.
"""

from __future__ import annotations

import bisect
import json
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from ..errors import (
    ClauseCheckError,
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
)
from .limits import Limits
from .raw import ParsedFile, RawBlock

__all__ = ["parse_pdf", "CROSSCHECK_MAX_PAGES", "CROSSCHECK_MAX_BYTES"]

#: at most this many text-less pages are re-read with pdfminer.six
CROSSCHECK_MAX_PAGES = 5
#: files larger than this are never handed to pdfminer.six
CROSSCHECK_MAX_BYTES = 20 * 1024 * 1024
#: wall-clock budget of the pdfminer cross-check subprocess (also capped by limits.timeout_s / 4)
CROSSCHECK_TIMEOUT_S = 20.0

#: fraction of the page height searched for running headers/footers and page numbers
HEADER_BAND = 0.10
#: page-number-only lines are accepted a little further from the edge ("3" at 10% height)
PAGE_NUMBER_BAND = 0.12

_PDFIUM_LOCK = threading.Lock()

UNREADABLE_NO_TEXT = "no text layer (scanned or image-only PDF)"


# --------------------------------------------------------------------------- line model
@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float  # distance from the top of the page (y grows downwards)
    bottom: float
    size: float  # font size of the first character, 0 when unknown
    bold: bool

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line]
    has_text: bool
    #: for a page without text: "images", "vector" (many paths: outlined text?), "error"
    #: (PDFium could not load the page) or ""
    graphics: str
    #: ruled tables found on the page, top to bottom; their text is not in ``lines``
    tables: list[_Table] = field(default_factory=list)


@dataclass(slots=True)
class _Table:
    """A ruled grid in the page's reading frame and the text lines of each of its cells."""

    x0: float
    x1: float
    top: float
    bottom: float
    xs: list[float]  # column boundaries, left to right
    ys: list[float]  # row boundaries, top to bottom
    #: owner[r][c]: the (row, col) of the cell that covers grid square (r, c) (merged cells)
    owner: list[list[tuple[int, int]]]
    cells: dict[tuple[int, int], list[_Line]] = field(default_factory=dict)

    def square(self, x: float, y: float) -> tuple[int, int] | None:
        """(row, col) of the grid square at (x, y), or None outside the table."""
        if not (self.x0 - 1.0 <= x <= self.x1 + 1.0 and self.top - 1.0 <= y <= self.bottom + 1.0):
            return None
        r = min(max(bisect.bisect_right(self.ys, y) - 1, 0), len(self.ys) - 2)
        c = min(max(bisect.bisect_right(self.xs, x) - 1, 0), len(self.xs) - 2)
        return r, c

    def locate(self, x: float, y: float) -> tuple[int, int] | None:
        """The cell (its top-left grid square, for merged cells) at (x, y), or None."""
        rc = self.square(x, y)
        return None if rc is None else self.owner[rc[0]][rc[1]]


class _Geometry:
    """Maps PDF user-space rectangles to a reading frame (y from the top) in which the page's
    text runs left to right.  The frame follows the direction of the text itself rather than
    /Rotate, so landscape pages whose content is drawn turned read correctly either way."""

    def __init__(self, page) -> None:
        left, bottom, right, top = page.get_mediabox()
        self.ox, self.oy = left, bottom
        self.w0, self.h0 = right - left, top - bottom
        self.orient(0)

    def orient(self, rotation: int) -> None:
        """``rotation``: 0 text runs +x, 90 runs +y (upwards), 180 runs -x, 270 runs -y."""
        self.rotation = rotation if rotation in (0, 90, 180, 270) else 0
        if self.rotation in (90, 270):
            self.width, self.height = self.h0, self.w0
        else:
            self.width, self.height = self.w0, self.h0

    def box(self, rect) -> tuple[float, float, float, float]:
        """(x0, x1, top, bottom) of a (left, bottom, right, top) PDF rectangle."""
        left, bottom, right, top = rect
        x0, x1 = left - self.ox, right - self.ox
        y0, y1 = bottom - self.oy, top - self.oy
        r = self.rotation
        if r == 0:
            return x0, x1, self.h0 - y1, self.h0 - y0
        if r == 90:  # shown turned clockwise: the original top edge is now on the right
            return y0, y1, x0, x1
        if r == 180:
            return self.w0 - x1, self.w0 - x0, y0, y1
        return self.h0 - y1, self.h0 - y0, self.w0 - x1, self.w0 - x0


# --------------------------------------------------------------------------- text helpers
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u200b": "",
        "\ufeff": "",
        "\ufffe": "\x02",  # PDFium's get_text marker for a hyphen ending a line
        "\x00": "",
    }
)
_WS = re.compile(r"\s+")
#: PDFium reports a hyphen at the end of a line as U+FFFE (get_text) or U+0002 (bounded text);
#: both become U+0002 in _clean.  U+00AD is a soft hyphen.
_HYPHENS = ("-", "\x02", "\xad", "\u2010", "\u2011")
#: a compound broken at its own hyphen where dropping the hyphen would be wrong
_KEEP_HYPHEN_PREFIXES = frozenset({"self", "cross", "third", "well", "ex", "e", "non", "co"})

_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-\u2013\u2014(\[]?\s*(?:\d{1,5}|[ivxlc]{1,7})\s*[-\u2013\u2014)\]]?"
    r"(?:\s*(?:of|/)\s*\d{1,5})?$",
    re.IGNORECASE,
)
_ENUMERATOR = re.compile(
    r"^(?:\(\s*(?:\d{1,3}|[a-zA-Z]{1,2}|[ivxIVX]{1,5})\s*\)"  # (a) (1) (iv) (aa)
    r"|(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]"  # 1. a. iv) 3)
    r"|[\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u2023\u2219\u00b7\u27a2\u2043\uf0b7\uf0a7*\u2013\u2014-])"  # bullets
    r"(?=\s|$)"
)
_BULLET = re.compile(
    r"^(?:o(?=\s+[A-Z])|[\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u2023\u2219\u00b7\u27a2\u2043\uf0b7\uf0a7\uf076\uf0d8])"
)
_ENUM_PARTS = re.compile(r"^(\(?)(\d{1,3}|[a-zA-Z])([.)])(?=\s)")
_NUMBERED = re.compile(
    r"^(?:[A-Z]\.\d+(?:\.\d+)*|\d+(?:\.\d+)+|\d+\.0)\.?(?=\s)"  # C.3.2  1.1  1.0
)
_HEADING_WORD = re.compile(
    r"^(?:SECTION|PART|ARTICLE|ATTACHMENT|EXHIBIT|APPENDIX|ANNEX|CLAUSE)\s+[A-Z0-9][A-Z0-9.\-]*\b",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"[.:;!?][\"'\u201d\u2019)\]]?$")


def _enum_value(text: str) -> tuple[str, int] | None:
    """("(#)", 2) for "(b) ...", ("#.", 3) for "3. ..." or "C. ..."; None if no enumerator."""
    m = _ENUM_PARTS.match(text)
    if m:
        opening, token, closing = m.groups()
        if opening and closing != ")":
            return None
        kind = "digit" if token.isdigit() else ("lower" if token.islower() else "upper")
        value = int(token) if token.isdigit() else ord(token.lower()) - ord("a") + 1
        return f"{opening}{kind}{closing}", value
    m = _NUMBERED.match(text)
    if m:
        head, _, last = m.group().rstrip(".").rpartition(".")
        if last.isdigit():
            return f"{head}.#", int(last)
    return None


def _is_successor(first_of_paragraph: str, line: str) -> bool:
    """Does ``line`` start with the enumerator that follows the paragraph's own ("F." → "G.")?"""
    a = _enum_value(first_of_paragraph)
    b = _enum_value(line)
    return a is not None and b is not None and a[0] == b[0] and b[1] == a[1] + 1


def _clean(text: str) -> str:
    return _WS.sub(" ", text.translate(_LIGATURES)).strip()


def _finish(text: str) -> str:
    """Final clean-up of a joined block: stray soft hyphens and PDFium hyphen markers."""
    text = text.replace("\xad", "").replace("\x02", "-")
    return _WS.sub(" ", text).strip()


_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def _vocabulary(pages: list[_Page]) -> frozenset[str]:
    """Lower-cased words (hyphenated compounds included) seen anywhere in the document."""
    words: set[str] = set()
    for page in pages:
        for ln in page.lines:
            words.update(w.lower() for w in _WORD.findall(ln.text))
        for table in page.tables:
            for lines in table.cells.values():
                for ln in lines:
                    words.update(w.lower() for w in _WORD.findall(ln.text))
    return frozenset(words)


def _join(prev: str, nxt: str, vocab: frozenset[str] = frozenset()) -> str:
    """Join two lines, repairing end-of-line hyphenation.

    A hyphen before a lower-case continuation is dropped ("informa-" + "tion"), unless the
    document spells the hyphenated compound elsewhere and never the closed form
    ("publicly-" + "accessible"), or the first part is a prefix that keeps its hyphen ("self-").
    Before a capital or a digit the hyphen is kept and no space is added ("52.204-" + "21").
    """
    if not prev:
        return nxt
    if not nxt:
        return prev
    last = prev[-1]
    if last in _HYPHENS and len(prev) >= 2 and not prev[-2].isspace():
        stem = prev[:-1]
        first = nxt[0]
        if last == "\xad":  # discretionary hyphen: always a hyphenation point
            return stem + nxt
        if first.islower() and stem[-1].isalpha():
            head = re.search(r"([A-Za-z]+)$", stem)
            tail = re.match(r"[A-Za-z]+", nxt)
            if head and tail:
                closed = (head.group(1) + tail.group()).lower()
                open_ = f"{head.group(1)}-{tail.group()}".lower()
                if closed not in vocab and (
                    open_ in vocab or head.group(1).lower() in _KEEP_HYPHEN_PREFIXES
                ):
                    return stem + "-" + nxt
            return stem + nxt
        if first.isalnum():  # "52.204-" + "21", "Section-" + "C": a real hyphen
            return stem + "-" + nxt
        return stem + "- " + nxt
    return prev + " " + nxt


def _norm_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).replace(" ", "")


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


# --------------------------------------------------------------------------- entry point
def parse_pdf(data: bytes, *, limits: Limits, path: str | None = None) -> ParsedFile:
    """Parse a PDF into located blocks (format ``"pdf"``).

    Raises :class:`EncryptedDocumentError` for password-protected files,
    :class:`CorruptDocumentError` for data PDFium cannot open, :class:`LimitExceededError` when
    the file or its page count exceeds ``limits``, and :class:`EmptyDocumentError` for empty
    input.  No exception of the underlying libraries escapes.
    """
    if not data:
        raise EmptyDocumentError("empty file", path=path)
    if len(data) > limits.max_file_bytes:
        raise LimitExceededError(
            f"file is {len(data)} bytes, over the limit of {limits.max_file_bytes}", path=path
        )
    try:
        with _PDFIUM_LOCK:
            pages, n_pages = _read_pages(data, limits=limits, path=path)
        return _assemble(pages, n_pages, data=data, limits=limits)
    except ClauseCheckError:
        raise
    except MemoryError as exc:
        raise LimitExceededError("out of memory while reading the PDF", path=path) from exc
    except Exception as exc:  # noqa: BLE001 - map every library failure to our hierarchy
        raise CorruptDocumentError(f"unreadable PDF ({type(exc).__name__}: {exc})", path=path) from exc


def _open(data: bytes, path: str | None):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == 4:  # FPDF_ERR_PASSWORD
            raise EncryptedDocumentError("encrypted PDF (password required)", path=path) from exc
        if code == 5:  # FPDF_ERR_SECURITY
            raise EncryptedDocumentError(
                "encrypted PDF (unsupported security handler)", path=path
            ) from exc
        reason = {2: "file could not be read", 3: "not a PDF or damaged PDF structure"}.get(
            code, "PDF could not be opened"
        )
        raise CorruptDocumentError(f"corrupt PDF: {reason}", path=path) from exc


def _read_pages(data: bytes, *, limits: Limits, path: str | None) -> tuple[list[_Page], int]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    doc = _open(data, path)
    try:
        n_pages = len(doc)
        if n_pages > limits.max_pages:
            raise LimitExceededError(
                f"PDF has {n_pages} pages, over the limit of {limits.max_pages}", path=path
            )
        deadline = time.monotonic() + limits.timeout_s
        pages: list[_Page] = []
        for index in range(n_pages):
            if time.monotonic() > deadline:
                raise LimitExceededError(
                    f"reading the PDF took longer than {limits.timeout_s:g} s "
                    f"(stopped at page {index + 1} of {n_pages})",
                    path=path,
                )
            try:
                page = doc[index]
            except pdfium.PdfiumError:
                pages.append(_Page(index + 1, 612.0, 792.0, [], False, "error"))
                continue
            try:
                geom = _Geometry(page)
                textpage = page.get_textpage()
                try:
                    lines, tables, has_text = _page_lines(textpage, pdfium_c, geom, page)
                finally:
                    textpage.close()
                graphics = "" if has_text else _graphics(page, pdfium_c)
            finally:
                page.close()
            pages.append(
                _Page(index + 1, geom.width, geom.height, lines, has_text, graphics, tables)
            )
        return pages, n_pages
    finally:
        doc.close()


def _graphics(page, pdfium_c) -> str:
    """What a text-less page shows: "images", "vector" (many paths) or ""."""
    paths = 0
    try:
        for seen, obj in enumerate(page.get_objects(max_depth=4)):
            if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                return "images"
            if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
                paths += 1
            if seen >= 20_000:
                break
    except Exception:  # noqa: BLE001 - a broken content stream just means "nothing seen"
        return ""
    return "vector" if paths >= 200 else ""


#: PDFium ends a hyphenated line with U+FFFE and no line break: cut after it too
_LINE_SPLIT = re.compile(r"[^\r\n\ufffe]+\ufffe?")


def _page_lines(
    textpage, pdfium_c, geom: _Geometry, page=None
) -> tuple[list[_Line], list[_Table], bool]:
    """The page's text lines outside tables, its ruled tables (with their cells' lines), and
    whether the page has any text."""
    n_chars = textpage.count_chars()
    if n_chars <= 0:
        return [], [], False
    text = textpage.get_text_range()
    if not text.strip():
        return [], [], False
    identity = len(text) == n_chars
    geom.orient(_text_direction(text, textpage) if identity else 0)
    tables = _find_tables(page, pdfium_c, geom) if page is not None else []

    def char_index(text_index: int) -> int:
        if identity:
            return text_index
        return pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage, text_index)

    out: list[_Line] = []
    for m in _LINE_SPLIT.finditer(text):
        seg = m.group()
        if not seg.strip():
            continue
        ts, te = m.start(), m.end()
        cs = char_index(ts)
        ce = char_index(te - 1) + 1
        if cs < 0 or ce <= cs:
            continue
        n_rects = textpage.count_rects(cs, ce - cs)
        rects = [textpage.get_rect(j) for j in range(n_rects)]
        if not rects:
            continue
        if tables:
            boxes = [geom.box(r) for r in rects]
            hit = [t for t in tables if any(_overlaps(b, t) for b in boxes)]
            if hit:
                cell = _single_cell(boxes, hit)
                if cell is None:  # the line runs over several cells: place each character
                    out.extend(_table_chars(textpage, pdfium_c, geom, cs, ce, hit))
                    continue
                clean = _clean(seg)
                if clean:
                    size = pdfium_c.FPDFText_GetFontSize(textpage, cs)
                    weight = pdfium_c.FPDFText_GetFontWeight(textpage, cs)
                    cell[0].cells.setdefault(cell[1], []).append(
                        _Line(clean, min(b[0] for b in boxes), max(b[1] for b in boxes),
                              min(b[2] for b in boxes), max(b[3] for b in boxes),
                              float(size or 0.0), weight >= 600)
                    )
                continue
        split = identity and geom.rotation == 0
        for part_text, part_rects, first_char in _split_wide_gaps(seg, rects, cs, textpage, split):
            clean = _clean(part_text)
            if not clean:
                continue
            boxes = [geom.box(r) for r in part_rects]
            size = pdfium_c.FPDFText_GetFontSize(textpage, first_char)
            weight = pdfium_c.FPDFText_GetFontWeight(textpage, first_char)
            out.append(
                _Line(
                    clean,
                    min(b[0] for b in boxes),
                    max(b[1] for b in boxes),
                    min(b[2] for b in boxes),
                    max(b[3] for b in boxes),
                    float(size or 0.0),
                    weight >= 600,
                )
            )
    kept: list[_Table] = []
    for table in tables:
        if sum(1 for lines in table.cells.values() if lines) >= 2:
            kept.append(table)
        else:  # a ruled box around one block of text is not a table
            for lines in table.cells.values():
                out.extend(lines)
    has_text = bool(out) or bool(kept)
    return out, kept, has_text


def _text_direction(text: str, textpage) -> int:
    """Vote over a few lines: which way does the text run in user space (0/90/180/270)?"""
    votes: Counter[int] = Counter()
    for m in _LINE_SPLIT.finditer(text):
        seg = m.group().rstrip("\ufffe")
        stripped = seg.strip()
        if len(stripped) < 4:
            continue
        first = m.start() + (len(seg) - len(seg.lstrip()))
        last = m.start() + len(seg.rstrip()) - 1
        try:
            l0, b0, r0, t0 = textpage.get_charbox(first)
            l1, b1, r1, t1 = textpage.get_charbox(last)
        except Exception:  # noqa: BLE001 - a missing box just loses the vote
            continue
        dx = (l1 + r1 - l0 - r0) / 2
        dy = (b1 + t1 - b0 - t0) / 2
        if abs(dx) >= abs(dy):
            votes[0 if dx >= 0 else 180] += 1
        else:
            votes[90 if dy > 0 else 270] += 1
        if sum(votes.values()) >= 7:
            break
    return votes.most_common(1)[0][0] if votes else 0


def _split_wide_gaps(seg: str, rects, cs: int, textpage, allowed: bool):
    """Cut a PDFium line where its rectangles leave a gap wider than ~2 line heights."""
    if len(rects) == 1 or not allowed:
        yield seg, rects, cs
        return
    rects = sorted(rects, key=lambda r: r[0])
    height = max(r[3] - r[1] for r in rects) or 10.0
    groups = [[rects[0]]]
    for r in rects[1:]:
        prev_right = max(x[2] for x in groups[-1])
        if r[0] - prev_right > 2.0 * height:
            groups.append([r])
        else:
            groups[-1].append(r)
    if len(groups) == 1:
        yield seg, rects, cs
        return
    # find, for each group after the first, the first character that lies in it
    cuts = []
    gi = 1
    for i in range(len(seg)):
        if gi >= len(groups):
            break
        if seg[i].isspace():
            continue
        left, _b, right, _t = textpage.get_charbox(cs + i)
        boundary = (max(x[2] for x in groups[gi - 1]) + groups[gi][0][0]) / 2
        if (left + right) / 2 >= boundary:
            cuts.append(i)
            gi += 1
    if not cuts:
        yield seg, rects, cs
        return
    bounds = [0, *cuts, len(seg)]
    for k in range(len(bounds) - 1):
        part = seg[bounds[k] : bounds[k + 1]]
        yield part, groups[min(k, len(groups) - 1)], cs + bounds[k]


# --------------------------------------------------------------------------- ruled tables
#: rules thinner than this (points) are lines; anything thicker is a filled area, not a rule
RULE_MAX_THICKNESS = 3.0
#: rules closer than this are the same grid line (double borders, a cell's own rectangle)
GRID_SNAP = 3.0
#: pages with more path objects than this are not searched for tables (outlined text, charts)
MAX_PATH_OBJECTS = 5000
#: at most this many path segments are read per page
MAX_PATH_SEGMENTS = 20_000
#: pages with more page objects than this are not searched for tables at all
MAX_PAGE_OBJECTS = 50_000
#: a grid with more rows × columns than this is not a table (or not one worth the time)
MAX_GRID_SQUARES = 5_000


def _overlaps(box: tuple[float, float, float, float], table: _Table) -> bool:
    x0, x1, top, bottom = box
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    if table.x0 <= cx <= table.x1 and table.top <= cy <= table.bottom:
        return True
    return x0 < table.x1 - 1 and x1 > table.x0 + 1 and top < table.bottom - 1 and bottom > table.top + 1


def _page_rules(page, pdfium_c, geom: _Geometry):
    """Horizontal rules (y, x0, x1) and vertical rules (x, top, bottom) in the reading frame.

    A rule is a thin path object (a line, a hairline rectangle, a filled thin rectangle) or an
    axis-parallel straight segment of a stroked path (cell rectangles, grids drawn as one path).
    Filled areas that are not thin (shading, glyph outlines) are ignored.
    """
    import ctypes

    raw = page.raw
    n_obj = pdfium_c.FPDFPage_CountObjects(raw)
    if n_obj <= 0 or n_obj > MAX_PAGE_OBJECTS:
        return [], []
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    px, py = ctypes.c_float(), ctypes.c_float()
    matrix = pdfium_c.FS_MATRIX()
    path_type = pdfium_c.FPDF_PAGEOBJ_PATH
    hor: list[tuple[float, float, float]] = []
    ver: list[tuple[float, float, float]] = []
    boxes: list[tuple[float, float, float, float]] = []  # PDF rects of candidate rules
    n_paths = 0
    segments_left = MAX_PATH_SEGMENTS
    for i in range(n_obj):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != path_type:
            continue
        n_paths += 1
        if n_paths > MAX_PATH_OBJECTS:
            return [], []
        if not pdfium_c.FPDFPageObj_GetBounds(obj, l, b, r, t):
            continue
        if not pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke):
            continue
        if not fill.value and not stroke.value:
            continue  # invisible (clipping) path
        w, h = r.value - l.value, t.value - b.value
        if max(w, h) < 2.0:
            continue
        if min(w, h) <= RULE_MAX_THICKNESS:
            boxes.append((l.value, b.value, r.value, t.value))
            continue
        if not stroke.value:
            continue  # a filled area: shading or a glyph outline
        n_seg = pdfium_c.FPDFPath_CountSegments(obj)
        if n_seg <= 1 or n_seg > segments_left:
            continue
        segments_left -= n_seg
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
            continue
        ma, mb, mc, md, me, mf = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
        start = prev = None
        for k in range(n_seg):
            seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
            if not pdfium_c.FPDFPathSegment_GetPoint(seg, px, py):
                prev = None
                continue
            x = ma * px.value + mc * py.value + me
            y = mb * px.value + md * py.value + mf
            kind = pdfium_c.FPDFPathSegment_GetType(seg)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = prev = (x, y)
                continue
            if kind == pdfium_c.FPDF_SEGMENT_LINETO and prev is not None:
                _add_segment(boxes, prev, (x, y))
            prev = (x, y)
            if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
                _add_segment(boxes, prev, start)
                prev = start
    for rect in boxes:
        x0, x1, top, bottom = geom.box(rect)
        if x1 - x0 >= bottom - top:
            hor.append(((top + bottom) / 2, x0, x1))
        else:
            ver.append(((x0 + x1) / 2, top, bottom))
    return hor, ver


def _add_segment(boxes, p, q) -> None:
    (x0, y0), (x1, y1) = p, q
    dx, dy = abs(x1 - x0), abs(y1 - y0)
    if dx >= 2.0 and dy <= 0.5 or dy >= 2.0 and dx <= 0.5:
        boxes.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))


def _merge_rules(rules: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Join collinear rules that touch or overlap (a row of cell rectangles → one line)."""
    rules = sorted(rules)
    out: list[list[float]] = []
    for pos, a, b in rules:
        for cur in reversed(out[-8:]):
            if abs(cur[0] - pos) <= 1.0 and a <= cur[2] + 2.0 and b >= cur[1] - 2.0:
                cur[1], cur[2] = min(cur[1], a), max(cur[2], b)
                break
        else:
            out.append([pos, a, b])
    return [tuple(r) for r in out]  # type: ignore[misc]


def _snap(values: list[float]) -> list[float]:
    """Cluster sorted positions closer than GRID_SNAP; one position (the mean) per cluster."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= GRID_SNAP:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _find_tables(page, pdfium_c, geom: _Geometry) -> list[_Table]:
    """Ruled grids of at least 2 rows and 2 columns on the page, top to bottom."""
    try:
        hor, ver = _page_rules(page, pdfium_c, geom)
    except Exception:  # noqa: BLE001 - a broken content stream just means "no tables"
        return []
    if len(hor) < 2 or len(ver) < 2:
        return []
    hor, ver = _merge_rules(hor), _merge_rules(ver)
    if len(hor) * len(ver) > 250_000:
        return []
    # connected components of crossing/touching rules
    parent = list(range(len(hor) + len(ver)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    tol = GRID_SNAP
    for i, (y, hx0, hx1) in enumerate(hor):
        for j, (x, vt, vb) in enumerate(ver):
            if hx0 - tol <= x <= hx1 + tol and vt - tol <= y <= vb + tol:
                a, b = find(i), find(len(hor) + j)
                if a != b:
                    parent[a] = b
    groups: dict[int, tuple[list, list]] = {}
    for i, rule in enumerate(hor):
        groups.setdefault(find(i), ([], []))[0].append(rule)
    for j, rule in enumerate(ver):
        groups.setdefault(find(len(hor) + j), ([], []))[1].append(rule)
    tables = []
    for hs, vs in groups.values():
        table = _grid(hs, vs)
        if table is not None:
            tables.append(table)
    tables.sort(key=lambda t: t.top)
    return tables


def _grid(hs: list, vs: list) -> _Table | None:
    if len(hs) < 2 or len(vs) < 2:
        return None
    left = min(min(h[1] for h in hs), min(v[0] for v in vs))
    right = max(max(h[2] for h in hs), max(v[0] for v in vs))
    top = min(min(v[1] for v in vs), min(h[0] for h in hs))
    bottom = max(max(v[2] for v in vs), max(h[0] for h in hs))
    xs = _snap([v[0] for v in vs] + [left, right])
    ys = _snap([h[0] for h in hs] + [top, bottom])
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    if n_rows < 2 or n_cols < 2 or n_rows * n_cols > MAX_GRID_SQUARES:
        return None
    if len(_snap([v[0] for v in vs])) < 2 or len(_snap([h[0] for h in hs])) < 2:
        return None
    tol = GRID_SNAP

    at_x = [[(vt, vb) for x, vt, vb in vs if abs(x - bx) <= tol] for bx in xs]
    at_y = [[(hx0, hx1) for y, hx0, hx1 in hs if abs(y - by) <= tol] for by in ys]

    def v_present(k: int, r: int) -> bool:
        """Is there a rule at column boundary xs[k] beside row r?"""
        mid = (ys[r] + ys[r + 1]) / 2
        return any(vt - tol <= mid <= vb + tol for vt, vb in at_x[k])

    def h_present(r: int, c: int) -> bool:
        """Is there a rule at row boundary ys[r] above column c?"""
        mid = (xs[c] + xs[c + 1]) / 2
        return any(hx0 - tol <= mid <= hx1 + tol for hx0, hx1 in at_y[r])

    # merged cells: a square without a rule on its left belongs to its left neighbour's cell,
    # one without a rule above it to the cell above
    owner: list[list[tuple[int, int]]] = []
    for r in range(n_rows):
        row: list[tuple[int, int]] = []
        for c in range(n_cols):
            if c > 0 and not v_present(c, r):
                row.append(row[c - 1])
            elif r > 0 and not h_present(r, c):
                row.append(owner[r - 1][c])
            else:
                row.append((r, c))
        owner.append(row)
    return _Table(xs[0], xs[-1], ys[0], ys[-1], xs, ys, owner)


def _single_cell(boxes, tables: list[_Table]) -> tuple[_Table, tuple[int, int]] | None:
    """The one cell that holds all of a line's rectangles (both ends and middle of each), or
    None when they fall into different cells or partly outside the tables."""
    found = None
    for x0, x1, top, bottom in boxes:
        cy = (top + bottom) / 2
        for x in (x0 + 0.5, (x0 + x1) / 2, x1 - 0.5):
            for table in tables:
                cell = table.locate(x, cy)
                if cell is not None:
                    break
            else:
                return None
            if found is None:
                found = (table, cell)
            elif found[0] is not table or found[1] != cell:
                return None
    return found


def _table_chars(textpage, pdfium_c, geom: _Geometry, cs: int, ce: int, tables: list[_Table]):
    """Distribute the characters of one PDFium line over the cells of ``tables``; return the
    pieces that lie outside every table as ordinary lines."""
    import ctypes

    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    outside: list[_Line] = []
    piece: list[str] = []
    box: list[float] = []  # x0, x1, top, bottom of the piece
    owner: tuple | None = None  # (table, (row, col)) or None for text outside
    first = cs

    def flush() -> None:
        text = _clean("".join(piece))
        if text and box:
            size = float(pdfium_c.FPDFText_GetFontSize(textpage, first) or 0.0)
            bold = pdfium_c.FPDFText_GetFontWeight(textpage, first) >= 600
            ln = _Line(text, box[0], box[1], box[2], box[3], size, bold)
            if owner is None:
                outside.append(ln)
            else:
                owner[0].cells.setdefault(owner[1], []).append(ln)
        piece.clear()
        box.clear()

    square = None  # (x0, x1, top, bottom, where) of the last grid square a character hit
    get_box = pdfium_c.FPDFText_GetCharBox
    get_unicode = pdfium_c.FPDFText_GetUnicode
    for i in range(cs, ce):
        ch = chr(get_unicode(textpage, i) or 32)
        if ch.isspace() or ch == "\ufffe" or ch == "\x02":
            if piece:
                piece.append(ch if ch.isspace() else "\x02")
            continue
        if not get_box(textpage, i, left, right, bottom, top):
            if piece:
                piece.append(ch)
            continue
        x0, x1, y0, y1 = geom.box((left.value, bottom.value, right.value, top.value))
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if square is not None and square[0] <= cx < square[1] and square[2] <= cy < square[3]:
            where = square[4]
        else:
            where = square = None
            for table in tables:
                rc = table.square(cx, cy)
                if rc is not None:
                    r, c = rc
                    where = (table, table.owner[r][c])
                    square = (table.xs[c], table.xs[c + 1], table.ys[r], table.ys[r + 1], where)
                    break
        if piece and box:
            bx0, bx1, btop, bbottom = box
            h = bbottom - btop if bbottom - btop > y1 - y0 else y1 - y0
            new_line = x1 < bx0 or abs(cy - (btop + bbottom) / 2) > 0.7 * h
            same = where is owner if where is None or owner is None else (
                owner[0] is where[0] and owner[1] == where[1]
            )
            if same and not new_line:
                if x0 < bx0:
                    box[0] = x0
                if x1 > bx1:
                    box[1] = x1
                if y0 < btop:
                    box[2] = y0
                if y1 > bbottom:
                    box[3] = y1
                piece.append(ch)
                continue
        flush()
        owner, first = where, i
        box.extend((x0, x1, y0, y1))
        piece.append(ch)
    flush()
    return outside


# --------------------------------------------------------------------------- assembly
def _assemble(pages: list[_Page], n_pages: int, *, data: bytes, limits: Limits) -> ParsedFile:
    parsed = ParsedFile(format="pdf", pages=n_pages)
    if n_pages == 0:
        parsed.unreadable_reason = "PDF has no pages"
        return parsed

    textless = [p for p in pages if not p.has_text and p.graphics in ("images", "vector")]
    recovered: dict[int, str] = {}
    if textless:
        recovered = _crosscheck(textless, data, limits, parsed.warnings)

    _remove_running_lines(pages)

    blocks: list[RawBlock] = []
    pitch_all = _document_pitch(pages)
    vocab = _vocabulary(pages)
    pending: RawBlock | None = None
    n_tables = 0
    for page in pages:
        if page.number in recovered:
            pending = None
            for para in re.split(r"\n\s*\n", recovered[page.number]):
                text = _finish(_clean(para))
                if text:
                    blocks.append(RawBlock(text=text, kind="paragraph", page=page.number))
            continue
        if not page.has_text:
            pending = None
            if page.graphics == "images":
                parsed.warnings.append(f"page {page.number}: no text layer (scanned image?)")
            elif page.graphics == "error":
                parsed.warnings.append(f"page {page.number}: page could not be loaded (damaged?)")
            elif page.graphics == "vector":
                parsed.warnings.append(
                    f"page {page.number}: no text layer (text drawn as vector outlines?)"
                )
            continue
        page_blocks = _page_blocks(page, pitch_all, vocab, n_tables)
        n_tables += len(page.tables)
        pending = _merge_across_pages(blocks, page_blocks, pending, vocab)
    parsed.blocks = blocks
    if not any(p.has_text for p in pages) and not recovered:
        parsed.unreadable_reason = UNREADABLE_NO_TEXT
    return parsed


# ----------------------------------------------------------------- headers and footers
def _in_band(line: _Line, page: _Page, band: float) -> bool:
    """True when the line reaches into the top or bottom ``band`` fraction of the page."""
    return line.top <= page.height * band or line.bottom >= page.height * (1 - band)


def _remove_running_lines(pages: list[_Page]) -> int:
    """Drop running headers/footers and page numbers; return how many lines were dropped.

    A band line is "running" when its normalised text occurs on at least 3 pages and on at
    least half the pages of the document, or on at least half the pages between its first
    and last occurrence (so the header of a 20-page PWS inside a 59-page award is found).
    """
    with_text = [p for p in pages if p.lines]
    seen: dict[str, list[int]] = {}
    for page in with_text:
        keys = {_norm_key(ln.text) for ln in page.lines if _in_band(ln, page, HEADER_BAND)}
        for key in keys:
            seen.setdefault(key, []).append(page.number)
    half_doc = (len(with_text) + 1) // 2
    repeated = set()
    for key, numbers in seen.items():
        count = len(numbers)
        span = numbers[-1] - numbers[0] + 1
        if count >= 3 and (count >= half_doc or count * 2 >= span):
            repeated.add(key)
    edge_numbers = _edge_page_numbers(with_text)
    removed = 0
    for page in with_text:
        keep = []
        for ln in page.lines:
            if _in_band(ln, page, HEADER_BAND) and _norm_key(ln.text) in repeated:
                removed += 1
                continue
            if _PAGE_NUMBER.match(ln.text) and (_in_band(ln, page, PAGE_NUMBER_BAND) or id(ln) in edge_numbers):
                removed += 1
                continue
            keep.append(ln)
        page.lines = keep
    return removed


def _edge_page_numbers(pages: list[_Page]) -> set[int]:
    """Page numbers printed inside wide margins, below (or above) all body text: a number-only
    line that is the last (or first) line of its page, at the same height (±6 pt) on at least
    three pages.  ``id()`` of each such line."""
    spots: dict[tuple[str, int], list[_Line]] = {}
    for page in pages:
        if not page.lines:
            continue
        lowest = max(page.lines, key=lambda ln: ln.bottom)
        highest = min(page.lines, key=lambda ln: ln.top)
        for edge, ln in (("bottom", lowest), ("top", highest)):
            if _PAGE_NUMBER.match(ln.text):
                spots.setdefault((edge, round(ln.top / 12)), []).append(ln)
    out: set[int] = set()
    for (edge, band), lines in spots.items():
        near = lines + spots.get((edge, band - 1), []) + spots.get((edge, band + 1), [])
        if len(near) >= 3:
            out.update(id(ln) for ln in lines)
    return out


# ----------------------------------------------------------------- reading order
def _document_pitch(pages: list[_Page]) -> float:
    pitches = []
    for page in pages:
        lines = page.lines
        for a, b in zip(lines, lines[1:]):
            d = b.top - a.top
            h = max(a.height, 1.0)
            if 0.6 * h < d < 3.0 * h and abs(b.x0 - a.x0) < page.width * 0.3:
                pitches.append(d)
    return _line_pitch(pitches) if pitches else 14.0


def _line_pitch(pitches: list[float]) -> float:
    """The typical line-to-line distance: the lower quartile of the observed distances, since
    paragraph gaps are rarer than ordinary line steps but can outnumber them on short pages."""
    ordered = sorted(pitches)
    return ordered[(len(ordered) - 1) // 4]


def _find_gutter(lines: list[_Line], width: float) -> float | None:
    """x of a vertical gutter in the middle 30-70% of the page, or None."""
    n = len(lines)
    if n < 6:
        return None
    rights = sorted(ln.x1 for ln in lines)
    lefts = sorted(ln.x0 for ln in lines)
    best = None
    for x in range(int(width * 0.3), int(width * 0.7) + 1, 2):
        left = bisect.bisect_right(rights, x - 3)  # lines ending before the gutter
        right = n - bisect.bisect_left(lefts, x + 3)  # lines starting after it
        cross = n - left - right
        score = (cross, -min(left, right))
        if best is None or score < best[0]:
            best = (score, x, left, right)
    if best is None:
        return None
    (cross, _), x, left, right = best
    if min(left, right) < max(3, 0.15 * n) or cross > 0.5 * n:
        return None
    return float(x)


def _rows(lines: list[_Line]) -> list[_Line]:
    """Top-to-bottom order; lines sharing a baseline are read left to right."""
    lines = sorted(lines, key=lambda ln: (ln.top, ln.x0))
    out: list[_Line] = []
    row: list[_Line] = []
    for ln in lines:
        if row and abs(ln.top - row[0].top) > 0.45 * max(min(ln.height, row[0].height), 1.0):
            out.extend(sorted(row, key=lambda r: r.x0))
            row = []
        row.append(ln)
    out.extend(sorted(row, key=lambda r: r.x0))
    return out


def _reading_order(page: _Page) -> list[list[_Line]]:
    """Return runs of lines; each run is read top to bottom as one flow of text.

    With a gutter, a stretch of lines that do not cross it is read left column first, then
    right column, provided both columns have text side by side; otherwise (short last lines
    of paragraphs, a lone indented block) the stretch stays in the page's main flow.
    """
    lines = _rows(page.lines)
    gutter = _find_gutter(lines, page.width)
    if gutter is None:
        return [lines]
    runs: list[list[_Line]] = []
    flow: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []
    stretch: list[_Line] = []

    def flush() -> None:
        side_by_side = (
            len(left) >= 2
            and len(right) >= 2
            and min(ln.top for ln in right) < max(ln.bottom for ln in left)
            and min(ln.top for ln in left) < max(ln.bottom for ln in right)
        )
        if side_by_side:
            # lines above where both columns are present belong to the text before them
            # (the short last line of a full-width paragraph)
            start = max(min(ln.top for ln in left), min(ln.top for ln in right))
            head = [ln for ln in stretch if ln.bottom <= start]
            flow.extend(head)
            if flow:
                runs.append(flow.copy())
                flow.clear()
            runs.append([ln for ln in left if ln.bottom > start])
            runs.append([ln for ln in right if ln.bottom > start])
        else:
            flow.extend(stretch)
        left.clear()
        right.clear()
        stretch.clear()

    for ln in lines:
        if ln.x1 <= gutter - 3:
            left.append(ln)
            stretch.append(ln)
        elif ln.x0 >= gutter + 3:
            right.append(ln)
            stretch.append(ln)
        else:  # crosses the gutter: full-width text ends the two-column stretch
            flush()
            flow.append(ln)
    flush()
    if flow:
        runs.append(flow)
    return runs


# ----------------------------------------------------------------- paragraphs
_DUTY_WORD = re.compile(r"\b(?:shall|must|is\s+required\s+to|are\s+required\s+to)\b", re.IGNORECASE)


def _is_heading_line(ln: _Line, col_w: float) -> bool:
    text = ln.text
    if len(text) > 120 or len(text.split()) > 14:
        return False
    if ln.x1 - ln.x0 > 0.75 * col_w and len(text) > 60:
        return False
    if text.endswith((",", ";")) or text[-1:] == "-":
        return False
    letters = _letters(text)
    if len(letters) < 2:
        return False
    if letters.isupper() and len(letters) >= 3:
        return True
    if _HEADING_WORD.match(text):
        return True
    if _DUTY_WORD.search(text):
        return False   # "2.1 The Subcontractor shall:" introduces a list; it is no heading
    if ln.bold and not text.endswith("."):
        return True
    m = _NUMBERED.match(text)
    if m:
        rest = text[m.end() :].split()
        caps = sum(1 for w in rest if w[:1].isupper())
        return bool(rest) and caps >= max(1, len(rest) * 0.5) and not text.endswith(".")
    return False


def _page_blocks(
    page: _Page, doc_pitch: float, vocab: frozenset[str], first_table: int = 0
) -> list[tuple[RawBlock, bool]]:
    """Blocks of one page, each with a flag 'may continue on the next page'.

    Tables cut the page into bands: the text above the first table, the first table's cells,
    the text between the first and the second table, and so on.  Each band of text is read on
    its own (gutter search, paragraphs)."""
    out: list[tuple[RawBlock, bool]] = []
    if not page.tables:
        for run in _reading_order(page):
            out.extend(_run_blocks(run, page, doc_pitch, vocab))
        return out
    bands: list[list[_Line]] = [[] for _ in range(len(page.tables) + 1)]
    tops = [t.top for t in page.tables]
    for ln in page.lines:
        bands[bisect.bisect_right(tops, (ln.top + ln.bottom) / 2)].append(ln)
    for k, band in enumerate(bands):
        if band:
            sub = _Page(page.number, page.width, page.height, band, True, "")
            for run in _reading_order(sub):
                out.extend(_run_blocks(run, sub, doc_pitch, vocab))
        if k < len(page.tables):
            out.extend(
                (block, False) for block in _table_blocks(page.tables[k], page.number,
                                                          first_table + k, vocab)
            )
    return out


def _table_blocks(table: _Table, page: int, index: int, vocab: frozenset[str]) -> list[RawBlock]:
    """One ``table_cell`` block per non-empty cell, row by row; rows and columns are numbered
    over the grid lines that hold text (empty grid rows/columns are skipped)."""
    texts: dict[tuple[int, int], str] = {}
    for key, lines in table.cells.items():
        text = ""
        for ln in _rows(lines):
            text = _join(text, ln.text, vocab)
        text = _finish(text)
        if text:
            texts[key] = text
    rows = {r: i for i, r in enumerate(sorted({r for r, _ in texts}))}
    cols = {c: i for i, c in enumerate(sorted({c for _, c in texts}))}
    return [
        RawBlock(text=texts[key], kind="table_cell", page=page, table=index,
                 row=rows[key[0]], col=cols[key[1]])
        for key in sorted(texts)
    ]


def _run_blocks(
    run: list[_Line], page: _Page, doc_pitch: float, vocab: frozenset[str]
) -> list[tuple[RawBlock, bool]]:
    if not run:
        return []
    col_left = min(ln.x0 for ln in run)
    col_right = max(ln.x1 for ln in run)
    col_w = max(col_right - col_left, 1.0)
    pitches = [
        b.top - a.top
        for a, b in zip(run, run[1:])
        if 0.6 * max(a.height, 1.0) < b.top - a.top < 3.0 * max(a.height, 1.0)
    ]
    pitch = _line_pitch(pitches) if len(pitches) >= 4 else doc_pitch
    pitch = min(pitch, doc_pitch * 1.5) if pitches else doc_pitch

    paragraphs: list[tuple[list[_Line], str]] = []  # lines, reason the paragraph ended
    cur: list[_Line] = [run[0]]
    heading_flags = [_is_heading_line(ln, col_w) for ln in run]

    for i in range(1, len(run)):
        prev, ln = run[i - 1], run[i]
        gap = ln.top - prev.top
        reason = None
        if gap <= 0.3 * max(prev.height, 1.0) and ln.x0 > prev.x1:
            reason = "side"
        elif gap < 0:
            reason = "up"
        elif gap > 1.5 * pitch:
            reason = "gap"
        elif prev.size and ln.size and max(prev.size, ln.size) / min(prev.size, ln.size) > 1.25:
            reason = "size"
        elif heading_flags[i - 1] and (
            not _letters(ln.text).isupper() or heading_flags[i - 1] and _NUMBERED.match(ln.text)
        ) and not (_letters(prev.text).isupper() and _letters(ln.text).isupper()):
            reason = "heading"
        elif _BULLET.match(ln.text) or _is_successor(cur[0].text, ln.text):
            reason = "list"
        elif _ENUMERATOR.match(ln.text) or _NUMBERED.match(ln.text) or _HEADING_WORD.match(ln.text):
            if (
                abs(ln.x0 - prev.x0) > 2.0
                or _ENDS_SENTENCE.search(prev.text)
                or prev.x1 < col_right - 0.15 * col_w
            ):
                reason = "list"
        elif prev.x1 < col_right - 0.15 * col_w and _ENDS_SENTENCE.search(prev.text):
            reason = "short"
        if reason:
            paragraphs.append((cur, reason))
            cur = [ln]
        else:
            cur.append(ln)
    paragraphs.append((cur, "end"))

    out: list[tuple[RawBlock, bool]] = []
    for idx, (lines, ended) in enumerate(paragraphs):
        text = lines[0].text
        for ln in lines[1:]:
            text = _join(text, ln.text, vocab)
        text = _finish(text)
        if not text:
            continue
        first = lines[0]
        kind = "paragraph"
        if (
            len(lines) <= 2
            and len(text) <= 150
            and _is_heading_line(first, col_w)
            and all(_letters(ln.text).isupper() or _is_heading_line(ln, col_w) for ln in lines)
            and (ended in ("gap", "size", "heading", "end", "list") or _letters(text).isupper())
        ):
            kind = "heading"
        elif _ENUMERATOR.match(text) or _BULLET.match(text):
            kind = "list_item"
        last = lines[-1]
        # (a page that ends on "... triggers the protocol:" may go on in lowercase on the next:
        # the merge below joins it only then, so a list the colon introduces stays a list)
        continues = (
            idx == len(paragraphs) - 1
            and kind != "heading"
            and (not _ENDS_SENTENCE.search(last.text) or last.text.rstrip().endswith(":"))
            and (last.x1 >= col_right - 0.15 * col_w or last.text.rstrip().endswith(":"))
        )
        out.append((RawBlock(text=text, kind=kind, page=page.number), continues))
    return out


def _merge_across_pages(
    blocks: list[RawBlock],
    page_blocks: list[tuple[RawBlock, bool]],
    pending: RawBlock | None,
    vocab: frozenset[str],
) -> RawBlock | None:
    """Append a page's blocks; a sentence cut by the page break is joined to its start.

    ``pending`` is the last block of the previous page when it may continue; the return value
    is the same for this page.  The joined block keeps the page on which it started.
    """
    if not page_blocks:
        return None
    first, _ = page_blocks[0]
    if (
        pending is not None
        and blocks
        and blocks[-1] is pending
        and first.kind == "paragraph"
        and not _NUMBERED.match(first.text)
        and not _HEADING_WORD.match(first.text)
        and (first.text[:1].islower() or (len(pending.text) >= 60 and not pending.text.endswith(":")))
    ):
        pending.text = _finish(_join(pending.text, first.text, vocab))
        page_blocks = page_blocks[1:]
    for block, _ in page_blocks:
        blocks.append(block)
    if not page_blocks:
        return pending
    last, continues = page_blocks[-1]
    return last if continues else None


# ----------------------------------------------------------------- pdfminer cross-check
_CROSSCHECK_CODE = r"""
import io, json, sys
from pdfminer.high_level import extract_text
data = sys.stdin.buffer.read()
pages = json.loads(sys.argv[1])
out = {}
for p in pages:
    try:
        out[str(p)] = extract_text(io.BytesIO(data), page_numbers=[p - 1], maxpages=p)
    except Exception as exc:
        out[str(p)] = ""
sys.stdout.write(json.dumps(out))
"""


def _crosscheck(
    textless: list[_Page], data: bytes, limits: Limits, warnings: list[str]
) -> dict[int, str]:
    """Ask pdfminer.six about pages PDFium found no text on.

    Runs in a child process with a timeout because pdfminer can loop forever on malformed
    object graphs; only the first CROSSCHECK_MAX_PAGES such pages of files up to
    CROSSCHECK_MAX_BYTES are checked.
    """
    if len(data) > CROSSCHECK_MAX_BYTES:
        return {}
    numbers = [p.number for p in textless[:CROSSCHECK_MAX_PAGES]]
    timeout = min(CROSSCHECK_TIMEOUT_S, max(1.0, limits.timeout_s / 4))
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CROSSCHECK_CODE, json.dumps(numbers)],
            input=data,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        result = json.loads(proc.stdout.decode("utf-8") or "{}") if proc.returncode == 0 else {}
    except subprocess.TimeoutExpired:
        warnings.append(f"pdfminer cross-check of text-less pages timed out after {timeout:g} s")
        return {}
    except Exception:  # noqa: BLE001 - the cross-check is best effort
        return {}
    recovered: dict[int, str] = {}
    for n in numbers:
        text = result.get(str(n), "") or ""
        if text.strip():
            recovered[n] = text
            warnings.append(
                f"page {n}: PDFium found no text but pdfminer did; using pdfminer's text"
            )
    return recovered
