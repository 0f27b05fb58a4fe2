"""Build DOCX fixtures in code: python-docx for the package, raw XML where it cannot reach.

Nothing here is read from disk; every fixture of tests/test_ingest_docx.py is made by these
helpers so the inputs are visible next to the assertions.
"""

from __future__ import annotations

import io
import struct
import warnings
import zipfile
from functools import lru_cache
from xml.sax.saxutils import escape

import docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = (
    f'xmlns:w="{W}" xmlns:r="{REL}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
)
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
CT_ENDNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"
CT_DOCM = "application/vnd.ms-word.document.macroEnabled.main+xml"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


# ---- packages


def save(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@lru_cache(maxsize=1)
def base_docx() -> bytes:
    """An empty document from python-docx's default template (real styles.xml, numbering)."""
    return save(docx.Document())


def read_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def write_parts(parts: dict[str, bytes], *, level: int = 6) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
    return buf.getvalue()


def repack(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    """Copy a package, replacing (bytes), adding (new name) or dropping (None) parts."""
    parts = read_parts(data)
    for name, content in replace.items():
        if content is None:
            parts.pop(name, None)
        else:
            parts[name] = content
    return write_parts(parts)


def add_relationship(
    rels: bytes, rid: str, kind: str, target: str, *, external: bool = False
) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    rel = f'<Relationship Id="{rid}" Type="{RT}/{kind}" Target="{escape(target)}"{mode}/>'
    return rels.replace(b"</Relationships>", rel.encode() + b"</Relationships>")


def add_override(content_types: bytes, part: str, ctype: str) -> bytes:
    el = f'<Override PartName="{part}" ContentType="{ctype}"/>'
    return content_types.replace(b"</Types>", el.encode() + b"</Types>")


# ---- XML snippets


def document_xml(body: str, *, sect: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:document {NSDECL}><w:body>{body}<w:sectPr>{sect}</w:sectPr></w:body></w:document>"
    ).encode()


def r(text: str, *, vanish: bool = False, rstyle: str | None = None) -> str:
    props = ""
    if rstyle:
        props += f'<w:rStyle w:val="{rstyle}"/>'
    if vanish:
        props += "<w:vanish/>"
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(
    content: str = "",
    *,
    text: str | None = None,
    style: str | None = None,
    num: int | None = None,
    ilvl: int | None = None,
    ppr: str = "",
) -> str:
    """A paragraph; *text* is a shortcut for one plain run, *content* is raw run XML."""
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num is not None or ilvl is not None:
        props += "<w:numPr>"
        if ilvl is not None:
            props += f'<w:ilvl w:val="{ilvl}"/>'
        if num is not None:
            props += f'<w:numId w:val="{num}"/>'
        props += "</w:numPr>"
    props += ppr
    body = (r(text) if text is not None else "") + content
    return f"<w:p><w:pPr>{props}</w:pPr>{body}</w:p>" if props else f"<w:p>{body}</w:p>"


def level(
    ilvl: int,
    fmt: str,
    text: str,
    *,
    start: int = 1,
    is_lgl: bool = False,
    restart: int | None = None,
    pstyle: str | None = None,
) -> str:
    extra = "<w:isLgl/>" if is_lgl else ""
    if restart is not None:
        extra += f'<w:lvlRestart w:val="{restart}"/>'
    if pstyle:
        extra += f'<w:pStyle w:val="{pstyle}"/>'
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'{extra}<w:lvlText w:val="{escape(text, {chr(34): "&quot;"})}"/></w:lvl>'
    )


def abstract_num(aid: int, levels: list[str]) -> str:
    return f'<w:abstractNum w:abstractNumId="{aid}">{"".join(levels)}</w:abstractNum>'


def num(nid: int, aid: int, *, start_overrides: dict[int, int] | None = None) -> str:
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for ilvl, start in (start_overrides or {}).items()
    )
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'


def numbering_xml(*items: str) -> bytes:
    """abstractNum elements must precede num elements (schema order); callers pass them so."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:numbering xmlns:w="{W}">{"".join(items)}</w:numbering>'
    ).encode()


def style(
    sid: str,
    *,
    name: str | None = None,
    kind: str = "paragraph",
    based_on: str | None = None,
    ppr: str = "",
    rpr: str = "",
) -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name or sid}"/>{based}'
        f"{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}"
        "</w:style>"
    )


def notes_xml(kind: str, notes: dict[int, str]) -> bytes:
    """footnotes.xml / endnotes.xml with Word's separator notes (-1, 0) plus *notes*."""
    tag = kind[:-1]  # footnote / endnote
    sep = (
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:t>CONTSEP</w:t>'
        f"</w:r></w:p></w:{tag}>"
    )
    body = "".join(f'<w:{tag} w:id="{i}">{p(text=t)}</w:{tag}>' for i, t in notes.items())
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:{kind} xmlns:w="{W}" xmlns:r="{REL}">{sep}{body}</w:{kind}>'
    ).encode()


def build(
    body: str,
    *,
    numbering: bytes | None = None,
    styles_extra: str = "",
    footnotes: dict[int, str] | None = None,
    endnotes: dict[int, str] | None = None,
    docm: bool = False,
    external_template: str | None = None,
    base: bytes | None = None,
) -> bytes:
    """A DOCX whose body is *body* (raw WordprocessingML), on python-docx's default package."""
    parts = read_parts(base or base_docx())
    parts["word/document.xml"] = document_xml(body)
    if numbering is not None:
        parts["word/numbering.xml"] = numbering
    if styles_extra:
        parts["word/styles.xml"] = parts["word/styles.xml"].replace(
            b"</w:styles>", styles_extra.encode() + b"</w:styles>"
        )
    rels = parts["word/_rels/document.xml.rels"]
    ctypes = parts["[Content_Types].xml"]
    for kind, notes in (("footnotes", footnotes), ("endnotes", endnotes)):
        if notes is not None:
            parts[f"word/{kind}.xml"] = notes_xml(kind, notes)
            rels = add_relationship(rels, f"rId9{len(kind)}", kind, f"{kind}.xml")
            ctypes = add_override(
                ctypes, f"/word/{kind}.xml", CT_FOOTNOTES if kind == "footnotes" else CT_ENDNOTES
            )
    if docm:
        ctypes = ctypes.replace(CT_DOCX.encode(), CT_DOCM.encode())
        parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 not really VBA " * 4
    if external_template:
        settings_rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            "</Relationships>"
        ).encode()
        parts["word/_rels/settings.xml.rels"] = add_relationship(
            settings_rels, "rId1", "attachedTemplate", external_template, external=True
        )
    parts["word/_rels/document.xml.rels"] = rels
    parts["[Content_Types].xml"] = ctypes
    return write_parts(parts)


# ---- hostile containers


def zip_with(entries: list[tuple[str, bytes]], *, level: int = 9) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of some fixtures
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
            for name, content in entries:
                zf.writestr(name, content)
    return buf.getvalue()


def patch_declared_size(data: bytes, name: str, new_size: int) -> bytes:
    """Make the local header and the central directory understate *name*'s size."""
    out = bytearray(data)
    encoded = name.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(name)
    struct.pack_into("<I", out, info.header_offset + 22, new_size)
    pos = 0
    while True:
        pos = out.find(b"PK\x01\x02", pos)
        if pos < 0:
            raise ValueError(f"{name} not in central directory")
        name_len = struct.unpack_from("<H", out, pos + 28)[0]
        if bytes(out[pos + 46 : pos + 46 + name_len]) == encoded:
            struct.pack_into("<I", out, pos + 24, new_size)
            return bytes(out)
        pos += 4
