"""DOCX / DOCM ingester: WordprocessingML read directly with a hardened lxml parser.

``parse_docx`` turns the bytes of a .docx (or .docm, .dotx, .dotm) into a
:class:`~clausecheck.ingest.raw.ParsedFile`.  What it reads and why is described in
``docs/ingest-docx.md``; in short:

* the ZIP container is checked before anything is inflated (:mod:`.zipcheck`) and every part
  is inflated under a shared byte budget;
* every XML part is parsed without DTDs, entities or network access, and a part that carries a
  DOCTYPE at all is rejected;
* ``w:body`` is walked in document order (paragraphs, tables, content controls, text boxes,
  tracked changes, fields), Word's automatic numbering is recomputed (:mod:`.wordnum`), hidden
  text is kept apart, and headers, footers, footnotes and endnotes follow the body blocks.

Only the standard library, lxml and clausecheck modules are used.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree

from clausecheck.errors import (
    ClauseCheckError,
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
    UnsupportedFormatError,
)
from clausecheck.ingest.limits import DEFAULT_LIMITS, Limits
from clausecheck.ingest.raw import ParsedFile, RawBlock
from clausecheck.ingest.wordnum import (
    NumberedItem,
    NumberingDefinitions,
    NumberingState,
    Styles,
    paragraph_numbering,
)
from clausecheck.ingest.zipcheck import ReadBudget, open_zip, preflight_zip, read_entry

__all__ = ["parse_docx", "OLE_MAGIC", "MACRO_WARNING"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MACRO_WARNING = "macro-enabled document: macros ignored"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"

# ISO/IEC 29500 "strict" namespaces, mapped onto the transitional ones before parsing
_STRICT_TO_TRANSITIONAL = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W_NS.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", R_NS.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/math", M_NS.encode()),
)

_DOCTYPE_MARKERS = tuple(
    marker
    for text in ("<!DOCTYPE", "<!ENTITY")
    for marker in (text.encode("ascii"), text.encode("utf-16-le"), text.encode("utf-16-be"))
)


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _mc(tag: str) -> str:
    return f"{{{MC_NS}}}{tag}"


def _m(tag: str) -> str:
    return f"{{{M_NS}}}{tag}"


_VAL = _w("val")
_FALSE = {"0", "false", "off", "none"}

# tags, precomputed
T_P, T_R, T_T, T_TBL, T_TR, T_TC = (_w(t) for t in ("p", "r", "t", "tbl", "tr", "tc"))
T_PPR, T_RPR, T_TCPR, T_TRPR = (_w(t) for t in ("pPr", "rPr", "tcPr", "trPr"))
T_SDT, T_SDTCONTENT, T_SDTPR = _w("sdt"), _w("sdtContent"), _w("sdtPr")
T_CUSTOMXML = _w("customXml")
T_INS, T_DEL, T_MOVETO, T_MOVEFROM = _w("ins"), _w("del"), _w("moveTo"), _w("moveFrom")
T_TXBX = _w("txbxContent")
T_ALT, T_CHOICE, T_FALLBACK = _mc("AlternateContent"), _mc("Choice"), _mc("Fallback")
T_BR, T_CR, T_TAB, T_PTAB = _w("br"), _w("cr"), _w("tab"), _w("ptab")
T_LRPB = _w("lastRenderedPageBreak")
T_FLDCHAR = _w("fldChar")
T_SECTPR = _w("sectPr")

_INLINE_CONTAINERS = frozenset(
    _w(t)
    for t in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo")
) | {T_SDTCONTENT}
_SKIPPED_INLINE = frozenset({T_DEL, T_MOVEFROM, T_PPR})
_SKIPPED_RUN_CHILDREN = frozenset(
    _w(t) for t in ("delText", "instrText", "delInstrText", "sym", "rPr", "softHyphen")
)
_OBJECT_TAGS = frozenset(_w(t) for t in ("drawing", "pict", "object"))
_MATH_CONTAINERS = frozenset({_m("oMath"), _m("oMathPara")})
_SKIPPED_NOTE_TYPES = {"separator", "continuationSeparator", "continuationNotice"}

_HSPACE = re.compile(r"[^\S\n]+")


def _toggle(el: etree._Element | None) -> bool | None:
    if el is None:
        return None
    v = el.get(_VAL)
    return v is None or v.strip().lower() not in _FALSE


def _clean(text: str) -> str:
    """Collapse horizontal whitespace, strip each line, drop empty lines."""
    lines = (_HSPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# --------------------------------------------------------------------------------------------
# the package


@dataclass(frozen=True)
class _Rel:
    rid: str
    type: str
    target: str
    external: bool

    @property
    def kind(self) -> str:
        return self.type.rstrip("/").rsplit("/", 1)[-1]


class _Package:
    """Reads parts of the OPC package under one decompression budget."""

    def __init__(self, zf: zipfile.ZipFile, limits: Limits, path: str | None) -> None:
        self.zf = zf
        self.limits = limits
        self.path = path
        self.budget = ReadBudget.from_limits(limits)
        self._names = {info.filename.casefold(): info.filename for info in zf.infolist()}
        self._rels: dict[str, list[_Rel]] = {}

    def name(self, part: str) -> str | None:
        return self._names.get(part.lstrip("/").casefold())

    def names(self) -> list[str]:
        return list(self._names.values())

    def read(self, part: str) -> bytes | None:
        actual = self.name(part)
        if actual is None:
            return None
        return read_entry(self.zf, actual, self.limits, budget=self.budget, path=self.path)

    def xml(self, part: str) -> etree._Element | None:
        data = self.read(part)
        if data is None:
            return None
        return _parse_xml(data, part, self.path)

    def rels(self, part: str) -> list[_Rel]:
        """Relationships whose source is *part* ("" for the package itself)."""
        if part in self._rels:
            return self._rels[part]
        directory, base = posixpath.split(part.lstrip("/"))
        rels_name = posixpath.join(directory, "_rels", f"{base}.rels")
        root = self.xml(rels_name)
        if root is None:
            self._rels[part] = []
            return []
        out = []
        for rel in root.iter(f"{{{PKG_REL_NS}}}Relationship"):
            rid = rel.get("Id") or ""
            rtype = rel.get("Type") or ""
            target = rel.get("Target") or ""
            external = (rel.get("TargetMode") or "").lower() == "external"
            if not external:
                target = _resolve_target(directory, target)
            out.append(_Rel(rid, rtype, target, external))
        self._rels[part] = out
        return out

    def content_types(self) -> dict[str, str]:
        """Override content types by lower-cased part name (no leading slash)."""
        root = self.xml("[Content_Types].xml")
        overrides: dict[str, str] = {}
        if root is not None:
            for el in root.iter(f"{{{CT_NS}}}Override"):
                overrides[(el.get("PartName") or "").lstrip("/").casefold()] = (
                    el.get("ContentType") or ""
                )
        return overrides


def _resolve_target(source_dir: str, target: str) -> str:
    target = unquote(target.split("#", 1)[0])
    if target.startswith("/"):
        resolved = posixpath.normpath(target.lstrip("/"))
    else:
        resolved = posixpath.normpath(posixpath.join(source_dir, target))
    return "" if resolved.startswith("..") else resolved


def _parse_xml(data: bytes, part: str, path: str | None) -> etree._Element:
    """Parse one part; no DTD, no entities, no network, no huge trees; DOCTYPE is refused."""
    if any(marker in data for marker in _DOCTYPE_MARKERS):
        raise CorruptDocumentError(
            f"{part} contains a DOCTYPE/ENTITY declaration, which Word never writes "
            "(entity-expansion or external-entity attack?); refused",
            path=path,
        )
    for strict, transitional in _STRICT_TO_TRANSITIONAL:
        if strict in data:
            data = data.replace(strict, transitional)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise CorruptDocumentError(f"{part} is not well-formed XML: {exc}", path=path) from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise CorruptDocumentError(f"{part} contains a DOCTYPE declaration; refused", path=path)
    return root


# --------------------------------------------------------------------------------------------
# walking a story


@dataclass
class _Story:
    """State shared by the paragraphs of one story (the body, one header, the notes...)."""

    part: str
    numbering: NumberingState
    paginate: bool
    #: complex-field stack: "instr" until w:fldChar separate, then "result"
    fields: list[str] = field(default_factory=list)


@dataclass
class _Para:
    segments: list[tuple[str, bool]] = field(default_factory=list)
    textboxes: list[etree._Element] = field(default_factory=list)
    page: int | None = None

    def main_text(self) -> str:
        return _clean("".join(text for text, hidden in self.segments if not hidden))

    def hidden_text(self) -> str:
        spans: list[str] = []
        current: list[str] = []
        for text, hidden in self.segments:
            if hidden:
                current.append(text)
            elif current:
                spans.append("".join(current))
                current = []
        if current:
            spans.append("".join(current))
        return _clean(" ".join(spans))


class _Walker:
    def __init__(
        self,
        styles: Styles,
        definitions: NumberingDefinitions,
        *,
        rendered_breaks: bool,
        warnings: list[str],
    ) -> None:
        self.styles = styles
        self.definitions = definitions
        #: True: count w:lastRenderedPageBreak (Word's last layout); False: explicit breaks
        self.rendered_breaks = rendered_breaks
        self.warnings = warnings
        self.page = 1
        self.breaks = 0
        self._warned: set[str] = set()

    def _warn_once(self, message: str) -> None:
        if message not in self._warned:
            self._warned.add(message)
            self.warnings.append(message)

    def new_story(self, part: str, *, paginate: bool) -> _Story:
        return _Story(part, NumberingState(self.definitions, self.styles), paginate)

    def _page_break(self, story: _Story) -> None:
        if story.paginate:
            self.page += 1
            self.breaks += 1

    # ---- block level

    def iter_block_items(self, container: etree._Element):
        """w:p and w:tbl children in order, looking through content controls, custom XML,
        and markup-compatibility wrappers."""
        for child in container:
            tag = child.tag
            if tag == T_P or tag == T_TBL:
                yield child
            elif tag == T_SDT:
                content = _sdt_content(child)
                if content is not None:
                    yield from self.iter_block_items(content)
            elif tag == T_CUSTOMXML or tag == T_INS or tag == T_MOVETO:
                yield from self.iter_block_items(child)
            elif tag == T_ALT:
                branch = _alternate_branch(child)
                if branch is not None:
                    yield from self.iter_block_items(branch)
            elif tag == _w("altChunk"):
                self._warn_once("embedded alternative-format content (w:altChunk) not read")

    def walk(self, container: etree._Element, story: _Story, out: list[RawBlock]) -> None:
        for item in self.iter_block_items(container):
            if item.tag == T_P:
                self.paragraph(item, story, out)
            else:
                self.table(item, story, out)

    def paragraph(self, p: etree._Element, story: _Story, out: list[RawBlock]) -> None:
        ppr = p.find(T_PPR)
        style_id = self.styles.paragraph_style(_val(ppr, "pStyle"))
        para = self.collect(p, story, style_id)
        main, hidden = para.main_text(), para.hidden_text()
        level = self._heading_level(ppr, style_id)
        item = self._number(p, ppr, story, visible=bool(main) or not hidden)
        if level is not None:
            kind = "heading"
        elif item is not None and (item.label is not None or item.is_bullet):
            kind = "list_item"
        else:
            kind = "paragraph"
        page = para.page if story.paginate else None
        label = item.label if item is not None else None
        heading_level = level + 1 if level is not None else None
        if main:
            out.append(RawBlock(main, kind, page, label, heading_level, story.part))
        if hidden:
            if main:
                out.append(RawBlock(hidden, "paragraph", page, None, None, story.part, True))
            else:
                out.append(RawBlock(hidden, kind, page, None, heading_level, story.part, True))
        for box in para.textboxes:
            self.walk(box, story, out)
        self._after_paragraph(ppr, story)

    def _heading_level(self, ppr: etree._Element | None, style_id: str | None) -> int | None:
        if ppr is not None:
            direct = ppr.find(_w("outlineLvl"))
            if direct is not None:
                try:
                    value = int(direct.get(_VAL, "9"))
                except ValueError:
                    value = 9
                return value if 0 <= value <= 8 else None
        return self.styles.outline_level(style_id)

    def _number(
        self, p: etree._Element, ppr: etree._Element | None, story: _Story, *, visible: bool
    ) -> NumberedItem | None:
        numbering = paragraph_numbering(ppr, self.styles, self.definitions)
        if numbering is None or not visible:
            return None
        if ppr is not None:
            mark = ppr.find(T_RPR)
            # a paragraph removed by a tracked deletion (its mark deleted) is not numbered
            if mark is not None and mark.find(T_DEL) is not None and not _has_visible_text(p):
                return None
        return story.numbering.next_item(*numbering)

    def _after_paragraph(self, ppr: etree._Element | None, story: _Story) -> None:
        # a field whose instruction never reached "separate" must not swallow what follows
        story.fields = ["result" if f == "instr" else f for f in story.fields]
        if self.rendered_breaks or ppr is None:
            return
        sect = ppr.find(T_SECTPR)
        if sect is not None:
            kind = _val(sect, "type") or "nextPage"
            if kind not in ("continuous", "nextColumn"):
                self._page_break(story)

    # ---- tables

    def table(self, tbl: etree._Element, story: _Story, out: list[RawBlock]) -> None:
        table_id = self.table_count = getattr(self, "table_count", -1) + 1
        for r, row in enumerate(_children(tbl, T_TR)):
            trpr = row.find(T_TRPR)
            if trpr is not None and trpr.find(T_DEL) is not None:
                continue  # tracked deletion of a whole row
            for c, tc in enumerate(_children(row, T_TC)):
                tcpr = tc.find(T_TCPR)
                if tcpr is not None:
                    vmerge = tcpr.find(_w("vMerge"))
                    if vmerge is not None and (vmerge.get(_VAL) or "continue") != "restart":
                        continue  # continuation of a vertically merged cell
                    hmerge = tcpr.find(_w("hMerge"))
                    if hmerge is not None and (hmerge.get(_VAL) or "continue") != "restart":
                        continue
                self.cell(tc, story, out, (table_id, r, c))

    def cell(self, tc: etree._Element, story: _Story, out: list[RawBlock],
             where: tuple[int, int, int] | None = None) -> None:
        lines: list[str] = []
        hidden_lines: list[str] = []
        nested: list[RawBlock] = []
        page: int | None = None
        for item in self.iter_block_items(tc):
            if item.tag == T_TBL:
                self.table(item, story, nested)
                continue
            ppr = item.find(T_PPR)
            style_id = self.styles.paragraph_style(_val(ppr, "pStyle"))
            para = self.collect(item, story, style_id)
            main, hidden = para.main_text(), para.hidden_text()
            number = self._number(item, ppr, story, visible=bool(main) or not hidden)
            if main:
                if page is None:
                    page = para.page
                if number is not None and number.label is not None:
                    main = f"{_clean(number.text)} {main}"
                lines.append(main)
            if hidden:
                hidden_lines.append(hidden)
            for box in para.textboxes:
                self.walk(box, story, nested)
            self._after_paragraph(ppr, story)
        if not story.paginate:
            page = None
        elif page is None:
            page = self.page
        text = "\n".join(lines)
        hidden_text = "\n".join(hidden_lines)
        t, r, c = where if where is not None else (None, None, None)
        if text:
            out.append(RawBlock(text, "table_cell", page, part=story.part, table=t, row=r, col=c))
        if hidden_text:
            out.append(RawBlock(hidden_text, "table_cell", page, part=story.part, hidden=True,
                                table=t, row=r, col=c))
        out.extend(nested)

    # ---- inside a paragraph

    def collect(self, p: etree._Element, story: _Story, style_id: str | None) -> _Para:
        para = _Para()
        ppr = p.find(T_PPR)
        if not self.rendered_breaks and story.paginate:
            direct = _toggle(ppr.find(_w("pageBreakBefore"))) if ppr is not None else None
            if direct if direct is not None else self.styles.page_break_before(style_id):
                self._page_break(story)
        self._inline_children(p, para, story, style_id, hidden=False)
        if para.page is None:
            para.page = self.page
        return para

    def _inline_children(
        self, el: etree._Element, para: _Para, story: _Story, style_id: str | None, hidden: bool
    ) -> None:
        for child in el:
            tag = child.tag
            if tag == T_R:
                self._run(child, para, story, style_id)
            elif tag in _INLINE_CONTAINERS:
                self._inline_children(child, para, story, style_id, hidden)
            elif tag in _SKIPPED_INLINE:
                continue
            elif tag == T_SDT:
                content = _sdt_content(child)
                if content is not None:
                    self._inline_children(content, para, story, style_id, hidden)
            elif tag == T_ALT:
                branch = _alternate_branch(child)
                if branch is not None:
                    self._inline_children(branch, para, story, style_id, hidden)
            elif tag in _MATH_CONTAINERS:
                text = "".join(t.text or "" for t in child.iter(_m("t")))
                self._text(text, hidden, para, story)

    def _run(self, r: etree._Element, para: _Para, story: _Story, style_id: str | None) -> None:
        rpr = r.find(T_RPR)
        direct = None
        run_style = None
        if rpr is not None:
            direct = _toggle(rpr.find(_w("vanish")))
            if _toggle(rpr.find(_w("specVanish"))):
                direct = True
            run_style = _val(rpr, "rStyle")
        hidden = self.styles.run_hidden(direct, run_style, style_id)
        self._run_children(r, para, story, style_id, hidden)

    def _run_children(
        self, r: etree._Element, para: _Para, story: _Story, style_id: str | None, hidden: bool
    ) -> None:
        for child in r:
            tag = child.tag
            if tag == T_T:
                self._text(child.text or "", hidden, para, story)
            elif tag in _SKIPPED_RUN_CHILDREN:
                continue
            elif tag == T_TAB or tag == T_PTAB:
                self._text("\t", hidden, para, story)
            elif tag == T_BR:
                self._text("\n", hidden, para, story)
                if child.get(_w("type")) == "page" and not self.rendered_breaks:
                    self._page_break(story)
            elif tag == T_CR:
                self._text("\n", hidden, para, story)
            elif tag == _w("noBreakHyphen"):
                self._text("-", hidden, para, story)
            elif tag == T_LRPB:
                if self.rendered_breaks:
                    self._page_break(story)
            elif tag == T_FLDCHAR:
                kind = child.get(_w("fldCharType"))
                if kind == "begin":
                    story.fields.append("instr")
                elif kind == "separate" and story.fields:
                    story.fields[-1] = "result"
                elif kind == "end" and story.fields:
                    story.fields.pop()
            elif tag in _OBJECT_TAGS:
                para.textboxes.extend(_top_textboxes(child))
            elif tag == T_ALT:
                branch = _alternate_branch(child)
                if branch is not None:
                    self._run_children(branch, para, story, style_id, hidden)
            elif tag == _w("ruby"):
                base = child.find(_w("rubyBase"))
                if base is not None:
                    self._inline_children(base, para, story, style_id, hidden)

    def _text(self, text: str, hidden: bool, para: _Para, story: _Story) -> None:
        if not text or "instr" in story.fields:
            return
        if para.page is None and text.strip():
            para.page = self.page
        para.segments.append((text, hidden))


def _val(el: etree._Element | None, child: str) -> str | None:
    if el is None:
        return None
    found = el.find(_w(child))
    return None if found is None else found.get(_VAL)


def _children(el: etree._Element, tag: str):
    """Direct children with *tag*, looking through w:sdt / w:customXml wrappers (rows and
    cells can sit inside content controls)."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag == T_SDT:
            content = _sdt_content(child)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == T_CUSTOMXML:
            yield from _children(child, tag)


def _sdt_content(sdt: etree._Element) -> etree._Element | None:
    """The content of a content control, or None while it only shows its placeholder
    prompt ("Click or tap here to enter text.")."""
    props = sdt.find(T_SDTPR)
    if props is not None and _toggle(props.find(_w("showingPlcHdr"))):
        return None
    return sdt.find(T_SDTCONTENT)


def _alternate_branch(alt: etree._Element) -> etree._Element | None:
    """The first mc:Choice of an mc:AlternateContent, else its mc:Fallback (never both, so a
    text box stored twice, as DrawingML and as VML, is read once)."""
    choice = alt.find(T_CHOICE)
    return choice if choice is not None else alt.find(T_FALLBACK)


def _top_textboxes(obj: etree._Element) -> list[etree._Element]:
    """w:txbxContent elements under a drawing, skipping mc:Fallback copies and boxes nested in
    another box (those are read when the outer box is walked)."""
    found: list[etree._Element] = []

    def visit(el: etree._Element) -> None:
        for child in el:
            if child.tag == T_TXBX:
                found.append(child)
            elif child.tag == T_ALT:
                branch = _alternate_branch(child)
                if branch is not None:
                    visit(branch)
            elif isinstance(child.tag, str):
                visit(child)

    visit(obj)
    return found


def _has_visible_text(p: etree._Element) -> bool:
    for t in p.iter(T_T):
        if t.text and t.text.strip():
            parent = t.getparent()
            while parent is not None and parent is not p:
                if parent.tag in (T_DEL, T_MOVEFROM):
                    break
                parent = parent.getparent()
            else:
                return True
    return False


# --------------------------------------------------------------------------------------------
# entry point


def _check_ole(data: bytes, path: str | None) -> None:
    if not data.startswith(OLE_MAGIC):
        return
    utf16 = "EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le")
    if not any(marker in data for marker in utf16) and "WordDocument".encode(
        "utf-16-le"
    ) in data:
        raise UnsupportedFormatError(
            "legacy binary Word document (.doc, OLE compound file); save it as .docx first",
            path=path,
        )
    raise EncryptedDocumentError(
        "password-protected (encrypted) Word document: an OLE compound file, not a ZIP "
        "package; remove the password and save as .docx",
        path=path,
    )


def parse_docx(
    data: bytes, *, limits: Limits = DEFAULT_LIMITS, path: str | None = None
) -> ParsedFile:
    """Parse a .docx / .docm into raw blocks (body first, then headers, footers, footnotes,
    endnotes).

    Raises EncryptedDocumentError (OLE container), EmptyDocumentError (zero bytes),
    LimitExceededError (size, ratio, entry count, decompression budget) or
    CorruptDocumentError (anything malformed, including a DOCTYPE in any XML part).  No
    other exception escapes.
    """
    try:
        return _parse(data, limits, path)
    except ClauseCheckError:
        raise
    except MemoryError:
        raise LimitExceededError("ran out of memory while reading the DOCX", path=path) from None
    except RecursionError:
        raise CorruptDocumentError("DOCX structure is nested too deeply", path=path) from None
    except Exception as exc:  # noqa: BLE001 - the contract: nothing raw escapes
        raise CorruptDocumentError(
            f"unreadable DOCX ({type(exc).__name__}: {exc})", path=path
        ) from exc


def _parse(data: bytes, limits: Limits, path: str | None) -> ParsedFile:
    if not data:
        raise EmptyDocumentError("empty file (0 bytes)", path=path)
    if len(data) > limits.max_file_bytes:
        raise LimitExceededError(
            f"file is {len(data)} bytes, above the limit of {limits.max_file_bytes}", path=path
        )
    _check_ole(data, path)
    preflight_zip(data, limits, path)
    with open_zip(data, path) as zf:
        pkg = _Package(zf, limits, path)
        return _parse_package(pkg)


def _parse_package(pkg: _Package) -> ParsedFile:
    path = pkg.path
    warnings: list[str] = []

    main = None
    for rel in pkg.rels(""):
        if rel.kind == "officeDocument" and not rel.external and pkg.name(rel.target):
            main = rel.target
            break
    if main is None:
        main = "word/document.xml" if pkg.name("word/document.xml") else None
    if main is None:
        raise CorruptDocumentError(
            "not a Word document: the ZIP container has no word/document.xml", path=path
        )

    overrides = pkg.content_types()
    main_type = overrides.get(main.casefold(), "")
    has_vba = any(n.casefold().endswith("vbaproject.bin") for n in pkg.names())
    if "macroenabled" in main_type.casefold() or has_vba:
        warnings.append(MACRO_WARNING)
    if main_type and "wordprocessingml" not in main_type and "ms-word" not in main_type:
        raise CorruptDocumentError(
            f"main part {main} has content type {main_type!r}, not a Word document", path=path
        )

    _warn_external(pkg, warnings)

    doc_rels = pkg.rels(main)
    by_kind: dict[str, list[_Rel]] = {}
    for rel in doc_rels:
        if not rel.external and rel.target:
            by_kind.setdefault(rel.kind, []).append(rel)

    def part_for(kind: str, fallback: str) -> str | None:
        for rel in by_kind.get(kind, []):
            if pkg.name(rel.target):
                return rel.target
        return fallback if pkg.name(fallback) else None

    styles_part = part_for("styles", "word/styles.xml")
    numbering_part = part_for("numbering", "word/numbering.xml")
    styles = Styles.from_element(pkg.xml(styles_part)) if styles_part else Styles.empty()
    definitions = (
        NumberingDefinitions.from_element(pkg.xml(numbering_part))
        if numbering_part
        else NumberingDefinitions.empty()
    )

    root = pkg.xml(main)
    body = root.find(_w("body")) if root is not None else None
    if body is None:
        raise CorruptDocumentError(f"{main} has no w:body element", path=path)

    rendered = next(body.iter(T_LRPB), None) is not None
    walker = _Walker(styles, definitions, rendered_breaks=rendered, warnings=warnings)
    blocks: list[RawBlock] = []
    walker.walk(body, walker.new_story("body", paginate=True), blocks)

    if not any(b.part == "body" and not b.hidden for b in blocks):
        unreadable = "the document body contains no text"
    else:
        unreadable = None
    if walker.breaks == 0 and len(blocks) > 1:
        warnings.append(
            "no page breaks recorded in the DOCX: every body block is reported on page 1"
        )

    # headers and footers, in the order the section properties reference them
    ref_order: list[str] = []
    for sect in body.iter(T_SECTPR):
        for ref in sect:
            if ref.tag in (_w("headerReference"), _w("footerReference")):
                rid = ref.get(f"{{{R_NS}}}id")
                if rid and rid not in ref_order:
                    ref_order.append(rid)
    for kind in ("header", "footer"):
        rels = sorted(
            by_kind.get(kind, []),
            key=lambda r: (
                ref_order.index(r.rid) if r.rid in ref_order else len(ref_order),
                r.target,
            ),
        )
        seen_targets: set[str] = set()
        for rel in rels:
            if rel.target in seen_targets:
                continue
            seen_targets.add(rel.target)
            part_root = pkg.xml(rel.target)
            if part_root is None:
                warnings.append(f"{kind} part {rel.target} is referenced but missing")
                continue
            walker.walk(part_root, walker.new_story(kind, paginate=False), blocks)

    for kind, tag in (("footnotes", "footnote"), ("endnotes", "endnote")):
        notes_part = part_for(kind, f"word/{kind}.xml")
        if notes_part is None:
            continue
        notes_root = pkg.xml(notes_part)
        if notes_root is None:
            continue
        story = walker.new_story(tag, paginate=False)
        for note in notes_root.iter(_w(tag)):
            if (note.get(_w("type")) or "normal") in _SKIPPED_NOTE_TYPES:
                continue
            walker.walk(note, story, blocks)

    return ParsedFile(
        format="docx",
        blocks=blocks,
        pages=walker.page,
        warnings=warnings,
        unreadable_reason=unreadable,
    )


def _warn_external(pkg: _Package, warnings: list[str]) -> None:
    """Name every external relationship (other than plain hyperlinks); none is fetched."""
    found: list[str] = []
    for name in sorted(pkg.names()):
        if not name.casefold().endswith(".rels"):
            continue
        directory, base = posixpath.split(name)
        source = posixpath.join(posixpath.dirname(directory), base[: -len(".rels")])
        for rel in pkg.rels(source):
            if rel.external and rel.kind != "hyperlink":
                entry = f"{rel.kind} -> {rel.target}"
                if entry not in found:
                    found.append(entry)
    for entry in found[:10]:
        warnings.append(f"external relationship not fetched: {entry}")
    if len(found) > 10:
        warnings.append(f"external relationships not fetched: {len(found) - 10} more")
