"""Word automatic numbering, rebuilt from ``word/numbering.xml`` and ``word/styles.xml``.

Word does not store the "C.3.2" or "(a)" in front of a numbered paragraph; it stores a
reference (``w:numPr``: a ``numId`` and a level ``ilvl``) and recomputes the label each time the
document is laid out.  This module does the same computation so labels are not lost:

* :class:`NumberingDefinitions` parses ``w:abstractNum`` (the level definitions: ``w:start``,
  ``w:numFmt``, ``w:lvlText``, ``w:isLgl``, ``w:lvlRestart``, ``w:pStyle``) and ``w:num`` (an
  instance pointing at an abstract definition, with ``w:lvlOverride`` / ``w:startOverride``).
* :class:`Styles` parses the parts of ``styles.xml`` the ingester needs: ``basedOn`` chains,
  numbering attached to paragraph styles, outline levels (headings) and hidden text.
* :class:`NumberingState` walks paragraphs in document order and returns the label of each.

Everything here is a pure function of the XML plus the sequence of calls; nothing touches the
file system.  Counters are shared by every ``w:num`` that points at the same abstract definition
(as Word does: a list continues across instances), and a ``w:num`` carrying a start override
restarts the overridden levels the first time it is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable

from lxml import etree

__all__ = [
    "W_NS",
    "AbstractNum",
    "Level",
    "NumInstance",
    "NumberedItem",
    "NumberingDefinitions",
    "NumberingState",
    "Style",
    "Styles",
    "format_number",
    "normalise_label",
    "paragraph_numbering",
    "render_level_text",
    "to_letters",
    "to_roman",
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


_VAL = _w("val")
_FALSE = {"0", "false", "off", "none"}


def _val(el: etree._Element | None) -> str | None:
    return None if el is None else el.get(_VAL)


def _int(value: str | None, default: int | None = None) -> int | None:
    if value is None:
        return default
    try:
        return int(value.strip())
    except (ValueError, AttributeError):
        return default


def _int_or(value: str | None, default: int) -> int:
    parsed = _int(value)
    return default if parsed is None else parsed


def _toggle(el: etree._Element | None) -> bool | None:
    """A WordprocessingML on/off property: None when absent."""
    if el is None:
        return None
    v = el.get(_VAL)
    return v is None or v.strip().lower() not in _FALSE


# --------------------------------------------------------------------------------------------
# number formats


def to_roman(n: int) -> str:
    """Upper-case Roman numeral; thousands are written as repeated M (Word does the same)."""
    if n <= 0:
        return str(n)
    out = []
    for value, glyph in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):
        count, n = divmod(n, value)
        out.append(glyph * count)
    return "".join(out)


def to_letters(n: int) -> str:
    """Word's alphabetic numbering: a..z, then aa, bb, .., zz, then aaa, ..."""
    if n <= 0:
        return str(n)
    letter = chr(ord("a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_number(value: int, num_fmt: str) -> str:
    """Render one counter in a ``w:numFmt`` format.

    Formats without a sensible Latin rendering (``cardinalText``, East Asian counting systems,
    ...) fall back to decimal.  ``bullet`` and ``none`` render as the empty string.
    """
    fmt = num_fmt or "decimal"
    if fmt in ("bullet", "none"):
        return ""
    if fmt == "decimalZero":
        return f"{value:02d}" if 0 <= value < 10 else str(value)
    if fmt == "lowerLetter":
        return to_letters(value)
    if fmt == "upperLetter":
        return to_letters(value).upper()
    if fmt == "lowerRoman":
        return to_roman(value).lower()
    if fmt == "upperRoman":
        return to_roman(value)
    if fmt == "ordinal":
        return _ordinal(value)
    if fmt == "decimalEnclosedParen":
        return f"({value})"
    if fmt == "decimalEnclosedFullstop":
        return f"{value}."
    if fmt == "hex":
        return format(value, "X")
    if fmt == "chicago":
        marks = "*\u2020\u2021\u00a7"
        if value <= 0:
            return str(value)
        return marks[(value - 1) % 4] * ((value - 1) // 4 + 1)
    return str(value)


_PLACEHOLDER = re.compile(r"%([1-9])")


def render_level_text(
    lvl_text: str,
    values: dict[int, int],
    formats: dict[int, str],
    *,
    is_lgl: bool = False,
) -> str:
    """Substitute ``%1`` .. ``%9`` in *lvl_text*.

    ``%k`` is the counter of level ``k-1`` (0-based ilvl) in that level's own format, or in
    decimal when the level being rendered has ``w:isLgl`` ("legal" numbering).
    """

    def repl(m: re.Match[str]) -> str:
        ilvl = int(m.group(1)) - 1
        if ilvl not in values:
            return ""
        fmt = formats.get(ilvl, "decimal")
        if is_lgl and fmt not in ("bullet", "none"):
            fmt = "decimal"
        return format_number(values[ilvl], fmt)

    return _PLACEHOLDER.sub(repl, lvl_text)


_WS = re.compile(r"\s+")


def normalise_label(text: str | None) -> str | None:
    """Turn a displayed number into a section label: ``"3.1.2."`` -> ``"3.1.2"``, ``"a."`` ->
    ``"a"``; ``"(a)"`` is kept; empty -> None."""
    if text is None:
        return None
    s = _WS.sub(" ", text.replace("\u00a0", " ")).strip()
    if len(s) > 1 and s.endswith(".") and s[-2].isalnum():
        s = s[:-1]
    return s or None


# --------------------------------------------------------------------------------------------
# numbering.xml


@dataclass(frozen=True)
class Level:
    ilvl: int
    start: int = 1
    num_fmt: str = "decimal"
    lvl_text: str = ""
    is_lgl: bool = False
    #: ``w:lvlRestart``: 1-based level whose use restarts this one; 0 = never; None = default
    restart: int | None = None
    #: ``w:pStyle``: the paragraph style linked to this level
    pstyle: str | None = None

    @property
    def is_bullet(self) -> bool:
        return self.num_fmt == "bullet"


@dataclass(frozen=True)
class AbstractNum:
    abstract_id: str
    levels: dict[int, Level]
    num_style_link: str | None = None
    style_link: str | None = None


@dataclass(frozen=True)
class NumInstance:
    num_id: str
    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


def _num_fmt(lvl: etree._Element) -> str:
    el = lvl.find(_w("numFmt"))
    if el is None:
        # Word 2010+ may wrap custom formats in mc:AlternateContent; the Fallback is standard
        for alt in lvl.iter(f"{{{MC_NS}}}Fallback"):
            el = alt.find(_w("numFmt"))
            if el is not None:
                break
    return (_val(el) or "decimal") if el is not None else "decimal"


def _parse_level(lvl: etree._Element) -> Level:
    text_el = lvl.find(_w("lvlText"))
    lvl_text = ""
    if text_el is not None and not _toggle_attr(text_el, "null"):
        lvl_text = text_el.get(_VAL) or ""
    return Level(
        ilvl=_int_or(lvl.get(_w("ilvl")), 0),
        start=_int_or(_val(lvl.find(_w("start"))), 1),
        num_fmt=_num_fmt(lvl),
        lvl_text=lvl_text,
        is_lgl=bool(_toggle(lvl.find(_w("isLgl")))),
        restart=_int(_val(lvl.find(_w("lvlRestart")))),
        pstyle=_val(lvl.find(_w("pStyle"))),
    )


def _toggle_attr(el: etree._Element, name: str) -> bool:
    v = el.get(_w(name))
    return v is not None and v.strip().lower() not in _FALSE


class NumberingDefinitions:
    """The abstract and concrete numbering definitions of one document."""

    def __init__(
        self,
        abstracts: dict[str, AbstractNum] | None = None,
        nums: dict[str, NumInstance] | None = None,
    ) -> None:
        self.abstracts: dict[str, AbstractNum] = dict(abstracts or {})
        self.nums: dict[str, NumInstance] = dict(nums or {})

    @classmethod
    def empty(cls) -> NumberingDefinitions:
        return cls()

    @classmethod
    def from_element(cls, root: etree._Element | None) -> NumberingDefinitions:
        if root is None:
            return cls()
        abstracts: dict[str, AbstractNum] = {}
        for an in root.iter(_w("abstractNum")):
            aid = an.get(_w("abstractNumId"))
            if aid is None:
                continue
            levels: dict[int, Level] = {}
            for lvl in an.findall(_w("lvl")):
                level = _parse_level(lvl)
                levels.setdefault(level.ilvl, level)
            abstracts[aid] = AbstractNum(
                abstract_id=aid,
                levels=levels,
                num_style_link=_val(an.find(_w("numStyleLink"))),
                style_link=_val(an.find(_w("styleLink"))),
            )
        nums: dict[str, NumInstance] = {}
        for num in root.iter(_w("num")):
            nid = num.get(_w("numId"))
            aid = _val(num.find(_w("abstractNumId")))
            if nid is None or aid is None:
                continue
            starts: dict[int, int] = {}
            overrides: dict[int, Level] = {}
            for ov in num.findall(_w("lvlOverride")):
                ilvl = _int(ov.get(_w("ilvl")))
                if ilvl is None:
                    continue
                so = ov.find(_w("startOverride"))
                if so is not None:
                    start = _int(_val(so))
                    if start is not None:
                        starts[ilvl] = start
                lvl = ov.find(_w("lvl"))
                if lvl is not None:
                    overrides[ilvl] = replace(_parse_level(lvl), ilvl=ilvl)
            nums[nid] = NumInstance(nid, aid, starts, overrides)
        return cls(abstracts, nums)

    @classmethod
    def from_xml(cls, data: bytes) -> NumberingDefinitions:
        """Parse numbering.xml bytes with a parser that never resolves entities or DTDs."""
        parser = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
        )
        return cls.from_element(etree.fromstring(data, parser))

    # ---- resolution

    def abstract_for(self, num_id: str, styles: Styles | None = None) -> AbstractNum | None:
        """The abstract definition behind *num_id*, following ``w:numStyleLink`` to the
        numbering style and the definition that carries the levels."""
        inst = self.nums.get(num_id)
        if inst is None:
            return None
        seen: set[str] = set()
        aid = inst.abstract_id
        while aid not in seen:
            seen.add(aid)
            absn = self.abstracts.get(aid)
            if absn is None:
                return None
            if absn.num_style_link and styles is not None:
                style = styles.get(absn.num_style_link)
                linked = self.nums.get(style.num_id) if style and style.num_id else None
                if linked is not None and linked.abstract_id != aid:
                    aid = linked.abstract_id
                    continue
            return absn
        return None

    def levels_for(self, num_id: str, styles: Styles | None = None) -> dict[int, Level] | None:
        """Effective levels of *num_id*: the abstract levels with this instance's overrides."""
        inst = self.nums.get(num_id)
        absn = self.abstract_for(num_id, styles)
        if inst is None or absn is None:
            return None
        levels = dict(absn.levels)
        for ilvl, level in inst.level_overrides.items():
            levels[ilvl] = level
        for ilvl, start in inst.start_overrides.items():
            base = levels.get(ilvl)
            if base is not None:
                levels[ilvl] = replace(base, start=start)
        return levels

    def level_for_style(
        self, num_id: str, style_id: str, styles: Styles | None = None
    ) -> int | None:
        """The level of *num_id* linked to paragraph style *style_id* (``w:lvl/w:pStyle``)."""
        levels = self.levels_for(num_id, styles) or {}
        for ilvl in sorted(levels):
            if levels[ilvl].pstyle == style_id:
                return ilvl
        return None


# --------------------------------------------------------------------------------------------
# styles.xml


@dataclass(frozen=True)
class Style:
    style_id: str
    type: str = "paragraph"
    name: str = ""
    based_on: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline_lvl: int | None = None
    vanish: bool | None = None
    page_break_before: bool | None = None


_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)


class Styles:
    """The subset of ``styles.xml`` the DOCX ingester needs."""

    def __init__(
        self,
        styles: Iterable[Style] = (),
        *,
        default_paragraph: str | None = None,
        default_vanish: bool | None = None,
    ) -> None:
        self._by_id: dict[str, Style] = {s.style_id: s for s in styles}
        self.default_paragraph = default_paragraph
        self.default_vanish = default_vanish

    @classmethod
    def empty(cls) -> Styles:
        return cls()

    @classmethod
    def from_element(cls, root: etree._Element | None) -> Styles:
        if root is None:
            return cls()
        out: list[Style] = []
        default_paragraph = None
        for st in root.iter(_w("style")):
            sid = st.get(_w("styleId"))
            if sid is None:
                continue
            stype = st.get(_w("type")) or "paragraph"
            ppr = st.find(_w("pPr"))
            rpr = st.find(_w("rPr"))
            numpr = ppr.find(_w("numPr")) if ppr is not None else None
            num_id = _val(numpr.find(_w("numId"))) if numpr is not None else None
            ilvl = _int(_val(numpr.find(_w("ilvl")))) if numpr is not None else None
            outline = _int(_val(ppr.find(_w("outlineLvl")))) if ppr is not None else None
            out.append(
                Style(
                    style_id=sid,
                    type=stype,
                    name=_val(st.find(_w("name"))) or "",
                    based_on=_val(st.find(_w("basedOn"))),
                    num_id=num_id,
                    ilvl=ilvl,
                    outline_lvl=outline,
                    vanish=_toggle(rpr.find(_w("vanish"))) if rpr is not None else None,
                    page_break_before=(
                        _toggle(ppr.find(_w("pageBreakBefore"))) if ppr is not None else None
                    ),
                )
            )
            if stype == "paragraph" and _toggle_attr(st, "default"):
                default_paragraph = default_paragraph or sid
        default_vanish = None
        dd = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")
        if dd is not None:
            default_vanish = _toggle(dd.find(_w("vanish")))
        return cls(out, default_paragraph=default_paragraph, default_vanish=default_vanish)

    def get(self, style_id: str | None) -> Style | None:
        return self._by_id.get(style_id) if style_id else None

    def chain(self, style_id: str | None) -> list[Style]:
        """The style and its ``basedOn`` ancestors, nearest first (cycle-safe)."""
        out: list[Style] = []
        seen: set[str] = set()
        cur = self.get(style_id)
        while cur is not None and cur.style_id not in seen:
            seen.add(cur.style_id)
            out.append(cur)
            cur = self.get(cur.based_on)
        return out

    def paragraph_style(self, style_id: str | None) -> str | None:
        """The effective paragraph style id (the default style when none is given)."""
        if style_id and style_id in self._by_id:
            return style_id
        return self.default_paragraph

    def outline_level(self, style_id: str | None) -> int | None:
        """0-based outline level a paragraph style gives (``heading 1`` -> 0, ``Title`` -> 0),
        following ``basedOn``; None for body text (including explicit level 9)."""
        for st in self.chain(style_id):
            if st.outline_lvl is not None:
                return st.outline_lvl if 0 <= st.outline_lvl <= 8 else None
            m = _HEADING_NAME.match(st.name.strip()) or _HEADING_NAME.match(st.style_id)
            if m:
                return int(m.group(1)) - 1
            if st.name.strip().lower() == "title" or st.style_id == "Title":
                return 0
        return None

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) the style chain attaches to its paragraphs; None where unset."""
        num_id: str | None = None
        ilvl: int | None = None
        for st in self.chain(style_id):
            if num_id is None and st.num_id is not None:
                num_id = st.num_id
            if ilvl is None and st.ilvl is not None:
                ilvl = st.ilvl
        return num_id, ilvl

    def vanish(self, style_id: str | None) -> bool | None:
        for st in self.chain(style_id):
            if st.vanish is not None:
                return st.vanish
        return None

    def page_break_before(self, style_id: str | None) -> bool:
        for st in self.chain(style_id):
            if st.page_break_before is not None:
                return st.page_break_before
        return False

    def run_hidden(
        self, direct: bool | None, run_style: str | None, paragraph_style: str | None
    ) -> bool:
        """Whether a run is hidden: direct ``w:vanish``, else character style, else
        paragraph style, else document defaults."""
        if direct is not None:
            return direct
        for candidate in (self.vanish(run_style), self.vanish(paragraph_style)):
            if candidate is not None:
                return candidate
        return bool(self.default_vanish)


def paragraph_numbering(
    ppr: etree._Element | None,
    styles: Styles,
    definitions: NumberingDefinitions,
) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph from its direct ``w:numPr`` and its style's, or None.

    Direct formatting wins; ``numId`` 0 switches numbering off; a style linked from a
    numbering level (``w:lvl/w:pStyle``) supplies the level when ``w:ilvl`` is absent.
    """
    direct_num: str | None = None
    direct_ilvl: int | None = None
    style_id: str | None = None
    if ppr is not None:
        style_id = _val(ppr.find(_w("pStyle")))
        numpr = ppr.find(_w("numPr"))
        if numpr is not None:
            direct_num = _val(numpr.find(_w("numId")))
            direct_ilvl = _int(_val(numpr.find(_w("ilvl"))))
    style_id = styles.paragraph_style(style_id)
    style_num, style_ilvl = styles.numbering(style_id)
    num_id = direct_num if direct_num is not None else style_num
    if num_id is None or num_id.strip() in ("", "0") or num_id not in definitions.nums:
        return None
    ilvl = direct_ilvl
    if ilvl is None:
        ilvl = style_ilvl
    if ilvl is None and style_id is not None:
        ilvl = definitions.level_for_style(num_id, style_id, styles)
    if ilvl is None:
        ilvl = 0
    return num_id, max(0, min(8, ilvl))


# --------------------------------------------------------------------------------------------
# counters


@dataclass(frozen=True)
class NumberedItem:
    num_id: str
    ilvl: int
    value: int
    num_fmt: str
    #: the number as Word displays it, e.g. ``"3.1.2."``, ``"(a)"``, ``"\u25cf"`` for bullets
    text: str
    #: the section label (``normalise_label`` of *text*); None for bullets and empty numbers
    label: str | None

    @property
    def is_bullet(self) -> bool:
        return self.num_fmt == "bullet"


class NumberingState:
    """Counters for one story (body, a header, ...) walked in document order."""

    def __init__(
        self, definitions: NumberingDefinitions, styles: Styles | None = None
    ) -> None:
        self.definitions = definitions
        self.styles = styles
        self._counters: dict[str, dict[int, int]] = {}
        self._used: set[str] = set()

    def next_item(self, num_id: str, ilvl: int) -> NumberedItem | None:
        """Advance the counter of (*num_id*, *ilvl*) and return the paragraph's number,
        or None when *num_id* / *ilvl* is not defined."""
        num_id = str(num_id)
        inst = self.definitions.nums.get(num_id)
        levels = self.definitions.levels_for(num_id, self.styles)
        absn = self.definitions.abstract_for(num_id, self.styles)
        if inst is None or levels is None or absn is None or ilvl not in levels:
            return None
        counters = self._counters.setdefault(absn.abstract_id, {})
        if num_id not in self._used:
            self._used.add(num_id)
            restarted = set(inst.start_overrides) | set(inst.level_overrides)
            if restarted:
                low = min(restarted)
                for m in [m for m in counters if m >= low]:
                    del counters[m]
        level = levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for m in [m for m in counters if m > ilvl]:
            deeper = levels.get(m)
            restart = deeper.restart if deeper is not None else None
            if restart == 0:
                continue
            threshold = restart if restart is not None and restart <= m else m
            if ilvl < threshold:
                del counters[m]
        values = {i: counters.get(i, lv.start) for i, lv in levels.items() if i <= ilvl}
        formats = {i: lv.num_fmt for i, lv in levels.items()}
        if level.is_bullet:
            text = level.lvl_text
            label = None
        else:
            text = render_level_text(level.lvl_text, values, formats, is_lgl=level.is_lgl)
            label = normalise_label(text)
        return NumberedItem(num_id, ilvl, counters[ilvl], level.num_fmt, text, label)

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        """The label of the next paragraph at (*num_id*, *ilvl*); None for bullets."""
        item = self.next_item(num_id, ilvl)
        return None if item is None else item.label
