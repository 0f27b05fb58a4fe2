"""Section labels and heading paths, shared by every ingester.

Federal documents number their text in a few recognisable ways:

* Uniform Contract Format sections: "SECTION C - DESCRIPTION/SPECIFICATIONS/STATEMENT OF WORK",
  and paragraphs "C.3.2", "H.12", "L.4.2.1";
* decimal outlines: "5", "5.2", "5.2.1";
* FAR-style parentheticals, relative to the enclosing paragraph: "(a)", "(1)", "(i)", "(A)";
* "Article 7" / "ARTICLE VII".

`build_document` turns the :class:`RawBlock` list of any format into located :class:`Block`s:
each block gets the label of the innermost numbered paragraph it sits in, the path of headings
above it, and a :class:`Location` that later stages copy unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block, Location
from .raw import RawBlock

_UCF_SECTION = re.compile(r"^(?:SECTION|Section)\s+([A-M])\b(?:\s*[-\u2013\u2014:.]\s*|\s+|$)")
_PART = re.compile(r"^(?:PART|Part)\s+([IVX]+|\d+)\b")
_ARTICLE = re.compile(r"^(?:ARTICLE|Article)\s+([IVXLC]+|\d+)\b")
_UCF_PARA = re.compile(r"^([A-M])\.(\d{1,3}(?:\.\d{1,3}){0,5})\.?(?=\s|$)")
_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,3}){0,5})(?:\.(?=\s)|(?=\s))")
_PARENS = re.compile(r"^((?:\((?:[a-z]{1,2}|[A-Z]{1,2}|\d{1,2}|[ivxlc]{1,6}|[IVXLC]{1,6})\))+)(?=\s|$)")
_ONE_PAREN = re.compile(r"\(([^)]*)\)")
_ROMAN = re.compile(r"^[ivxlc]+$")
_HEADING_TEXT_MAX = 160


@dataclass(frozen=True)
class Label:
    """A label found at the start of a block."""

    kind: str  # "ucf_section" | "ucf" | "decimal" | "paren" | "article" | "format"
    value: str
    depth: int


def _paren_kind(token: str, stack: list[tuple[str, str]]) -> str:
    """Classify a parenthetical enumerator given the enclosing ones ("(i)" is a letter after "(h)")."""
    if token.isdigit():
        return "num"
    if token.islower():
        if _ROMAN.match(token) and len(token) > 1:
            return "roman"
        if token in ("i", "v", "x", "l", "c"):
            top_kind = stack[-1][0] if stack else None
            letters = [t for k, t in stack if k == "lower"]
            follows_letter = bool(letters) and len(letters[-1]) == 1 and ord(token) == ord(letters[-1]) + 1
            if top_kind in ("num", "roman"):
                return "roman" if token in ("i", "v", "x") or top_kind == "roman" else "lower"
            if follows_letter:
                return "lower"
            return "roman" if token in ("i", "v", "x") and top_kind is not None else "lower"
        return "lower"
    if re.fullmatch(r"[IVXLC]{2,}", token):
        return "upper_roman"
    return "upper"


def parse_label(text: str) -> Label | None:
    """The section label typed at the start of ``text``, if any."""
    t = text.lstrip()
    if m := _UCF_SECTION.match(t):
        return Label("ucf_section", m.group(1), 1)
    if m := _UCF_PARA.match(t):
        value = f"{m.group(1)}.{m.group(2)}"
        return Label("ucf", value, 1 + value.count("."))
    if m := _ARTICLE.match(t):
        return Label("article", f"Article {m.group(1)}", 1)
    if m := _PART.match(t):
        return Label("article", f"Part {m.group(1)}", 1)
    if m := _DECIMAL.match(t):
        value = m.group(1)
        rest = t[m.end():].lstrip()
        # "2020 was…", "52.204-21 …" and bare numbers in tables are not outline labels.
        if rest[:1].isalpha() or rest[:1] in "(\"'\u201c":
            first = value.split(".")[0]
            if int(first) <= 60 or "." in value:
                parts = value.split(".")
                while len(parts) > 1 and parts[-1] == "0":  # "1.0" is the top level
                    parts.pop()
                return Label("decimal", value, len(parts))
    if m := _PARENS.match(t):
        return Label("paren", m.group(1), m.group(1).count("("))
    return None


class _Outline:
    """The running state of labels and headings while walking blocks in order."""

    def __init__(self) -> None:
        self.ucf: str | None = None            # current UCF section letter, e.g. "C"
        self.base: str | None = None           # innermost absolute label: "C.3.2", "5.1", "Article 7"
        self.parens: list[tuple[str, str]] = []  # [(kind, token)], e.g. [("lower","a"),("num","1")]
        self.headings: list[tuple[int, str]] = []

    # -- labels ------------------------------------------------------------------------------
    def _paren_suffix(self) -> str:
        return "".join(f"({tok})" for _, tok in self.parens)

    def current(self) -> str | None:
        if self.base is None and not self.parens:
            return self.ucf
        return f"{self.base or ''}{self._paren_suffix()}" or None

    def apply(self, label: Label) -> None:
        if label.kind == "ucf_section":
            self.ucf, self.base, self.parens = label.value, label.value, []
        elif label.kind == "ucf":
            self.ucf, self.base, self.parens = label.value[0], label.value, []
        elif label.kind in ("decimal", "article", "format_abs"):
            self.base, self.parens = label.value, []
        elif label.kind in ("paren", "format_paren"):
            self._apply_parens(label.value)

    def _apply_parens(self, chain: str) -> None:
        tokens = _ONE_PAREN.findall(chain)
        if len(tokens) > 1:  # "(a)(1)" spells out its own full path below the base
            self.parens = []
        for tok in tokens:
            kind = _paren_kind(tok, self.parens)
            kinds = [k for k, _ in self.parens]
            if kind in kinds:
                del self.parens[kinds.index(kind):]
            self.parens.append((kind, tok))

    # -- headings ----------------------------------------------------------------------------
    def push_heading(self, level: int, text: str) -> None:
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        self.headings.append((level, text[:_HEADING_TEXT_MAX]))

    def heading_path(self) -> tuple[str, ...]:
        return tuple(t for _, t in self.headings)


def _format_label(raw_label: str) -> Label:
    """A label supplied by the format (Word auto-numbering), classified like typed ones."""
    parsed = parse_label(raw_label + " x")
    if parsed is not None:
        return parsed
    return Label("format_abs", raw_label.strip().rstrip("."), 1)


def _heading_level(raw: RawBlock, label: Label | None, outline: _Outline) -> int:
    if raw.level:
        return raw.level
    if label is None:
        return (outline.headings[-1][0] + 1) if outline.headings else 1
    if label.kind in ("ucf_section", "article"):
        return 1
    if label.kind == "ucf":
        return label.depth
    if label.kind == "decimal":
        return label.depth + (1 if outline.ucf else 0)
    return (outline.headings[-1][0] + 1) if outline.headings else 1


def build_document_blocks(raw_blocks: list[RawBlock]) -> list[Block]:
    """Located blocks for ``raw_blocks`` (body blocks first, then other parts, in input order)."""
    outline = _Outline()
    out: list[Block] = []
    ordered = [b for b in raw_blocks if b.part == "body"] + [b for b in raw_blocks if b.part != "body"]
    lead_in = False   # the last body block introduced a list ("… the system shall:")
    for index, raw in enumerate(ordered):
        text = raw.text
        kind = raw.kind
        if raw.part != "body" or raw.hidden:
            section = outline.current() if raw.part == "body" else None
            heading_path = outline.heading_path() if raw.part == "body" else ()
        else:
            label = _format_label(raw.label) if raw.label else (
                parse_label(text) if kind != "table_cell" else None)
            if label is not None and kind == "list_item" and label.kind == "decimal" and label.depth == 1 \
                    and outline.current() is not None and lead_in:
                # "1. display the score …" under "C.3.2.1 … the system shall:" is item (1) of
                # C.3.2.1, not a new top-level section 1 (a "2. Scope" line after a paragraph that
                # introduces no list stays a section)
                label = Label("paren", f"({label.value})", 1)
            # a list continues after an item of it ("2." after "(1)"); a paragraph ending in ":" starts one
            lead_in = (label is not None and label.kind == "paren") if kind == "list_item" else text.rstrip().endswith(":")
            if label is not None:
                outline.apply(label)
            if kind == "heading":
                outline.push_heading(_heading_level(raw, label, outline), text)
            elif label is not None and kind == "paragraph" and label.kind in ("paren", "format_paren"):
                kind = "list_item"
            section = outline.current()
            heading_path = outline.heading_path()
        heading = heading_path[-1] if heading_path else None
        location = Location(page=raw.page, section=section, heading=heading, block=index,
                            start=0, end=len(text))
        out.append(Block(text=text, kind=kind, section=section, heading_path=heading_path,
                         location=location, part=raw.part, hidden=raw.hidden, table=raw.table,
                         row=raw.row, col=raw.col))
    return out
