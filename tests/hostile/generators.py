"""Hostile and broken documents, built in code at test time.

Nothing here is committed as a binary fixture: every input of ``tests/hostile`` and of
``benchmarks/reliability.py`` is made by these functions, most of them in milliseconds.  The
large ones (a 500 MB zip bomb, a 1 GB flate bomb) are *small on disk*: their compressed
streams are assembled from one repeated deflate block (see :func:`deflate_repeat`), so they
never have to be compressed for real.

``battery(folder)`` writes the whole collection into a folder and returns one :class:`Case` per
file, with the outcome each input must end in.  The ZIP writer and the PDF writer are
hand-rolled so that headers can lie (declared sizes, duplicate names, object loops), which
``zipfile`` and fpdf2 refuse to do.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

# ---------------------------------------------------------------------------------------- text

SHALL = (
    "The Contractor shall report every AI security incident to the Contracting Officer "
    "within 72 hours of discovery."
)
SHALL_2 = (
    "The Contractor shall conduct adversarial testing (red teaming) of the AI model before "
    "deployment and before each new release."
)
SHALL_3 = (
    "The Contractor shall maintain a software bill of materials (SBOM) for the AI system and "
    "deliver it to the Government."
)

#: hostile payloads that must come out inert in every report format
PAYLOADS = (
    "<script>alert(1)</script>",
    '=HYPERLINK("http://x")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "\x1b]0;pwned\x07",
    "\x1b[31m",
    "\u202e",
)


def payload_sentences() -> list[str]:
    """Shall-sentences that end up as finding evidence, each carrying the payloads.

    Each payload also starts a sentence of its own (so a CSV/XLSX cell can begin with it).
    """
    joined = " ".join(PAYLOADS)
    return [
        f"{SHALL} {joined} {SHALL_2}",
        f"=HYPERLINK(\"http://x\") {SHALL_3} \u202eredacted\u202c \x1b[31mred\x1b[0m",
        "+cmd|' /C calc'!A0 The Contractor shall notify the Contracting Officer of any "
        "cyber incident within 72 hours. <script>alert(1)</script> \x1b]0;pwned\x07",
        "@SUM(1) The Contractor shall perform red teaming of the AI system. \u202e",
    ]


def text_document(paragraphs: list[str], *, heading: str = "SECTION C - STATEMENT OF WORK") -> str:
    return "\n\n".join([heading, *paragraphs]) + "\n"


# ----------------------------------------------------------------------------------------- ZIP


@dataclass
class ZipEntry:
    """One entry of a hand-written ZIP.

    ``data`` is the uncompressed content (compressed here), or ``raw`` an already-deflated
    stream with its real ``size`` and ``crc``.  ``declared_size`` overrides the uncompressed size
    written in both headers (a lying-size ZIP); ``flags`` lets a test set the encryption bit.
    """

    name: str
    data: bytes | None = None
    raw: bytes | None = None
    size: int | None = None
    crc: int | None = None
    declared_size: int | None = None
    stored: bool = False
    flags: int = 0


def _compress(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def build_zip(entries: list[ZipEntry], *, eocd_count: int | None = None) -> bytes:
    """A ZIP archive written byte by byte (no ZIP64: every size must fit 32 bits).

    ``eocd_count`` overrides the entry count of the end-of-central-directory record (it is
    written modulo 65536 otherwise, like an archive that needs ZIP64 but does not say so).
    """
    out = io.BytesIO()
    central = io.BytesIO()
    for e in entries:
        name = e.name.encode("utf-8")
        if e.raw is not None:
            raw, size, crc = e.raw, e.size, e.crc
            assert size is not None and crc is not None
            method = 8
        else:
            assert e.data is not None
            size, crc = len(e.data), zlib.crc32(e.data) & 0xFFFFFFFF
            raw, method = (e.data, 0) if e.stored else (_compress(e.data), 8)
        usize = size if e.declared_size is None else e.declared_size
        offset = out.tell()
        out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, e.flags, method, 0, 0x21,
                              crc, len(raw), usize, len(name), 0))
        out.write(name)
        out.write(raw)
        central.write(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, e.flags, method,
                                  0, 0x21, crc, len(raw), usize, len(name), 0, 0, 0, 0, 0,
                                  offset))
        central.write(name)
    cd = central.getvalue()
    cd_offset = out.tell()
    out.write(cd)
    count = (len(entries) if eocd_count is None else eocd_count) & 0xFFFF
    out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(cd), cd_offset, 0))
    return out.getvalue()


def deflate_repeat(byte: bytes, unit_bytes: int, count: int, *, level: int = 9) -> bytes:
    """A raw deflate stream of ``byte * unit_bytes * count`` built from one repeated block.

    After a full flush a deflate compressor forgets its history and ends on a byte boundary, so
    the block produced for the second identical chunk is produced for every later one: the
    stream is that block repeated, then an empty final block (``03 00``).  A 500 MB bomb takes
    a millisecond to build instead of seconds of real compression.
    """
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    chunk = byte * unit_bytes
    first = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    unit = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    return first + unit * (count - 1) + b"\x03\x00"


def crc_repeat(byte: bytes, unit_bytes: int, count: int) -> int:
    chunk = byte * unit_bytes
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    return crc & 0xFFFFFFFF


# ---------------------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_DOCM = "application/vnd.ms-word.document.macroEnabled.main+xml"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'


def content_types(main_type: str = CT_MAIN, extra: str = "") -> bytes:
    return (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>{extra}</Types>'
    ).encode()


def rels(items: list[tuple[str, str, str, bool]]) -> bytes:
    """(id, type suffix, target, external) → a .rels part."""
    body = "".join(
        f'<Relationship Id="{rid}" Type="{R_NS}/{kind}" Target="{escape(target)}"'
        + (' TargetMode="External"' if external else "") + "/>"
        for rid, kind, target, external in items
    )
    return f'{XML_HEAD}<Relationships xmlns="{PKG_RELS}">{body}</Relationships>'.encode()


def paragraph_xml(text: str) -> str:
    # XML 1.0 cannot carry C0 controls (ESC, BEL): Word drops them too
    clean = "".join(ch for ch in text if ch in "\t\n" or ord(ch) >= 0x20)
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(clean)}</w:t></w:r></w:p>'


def document_xml(paragraphs: list[str], *, prolog: str = "", extra_body: str = "") -> bytes:
    body = "".join(paragraph_xml(t) for t in paragraphs) + extra_body
    return (f'{XML_HEAD}{prolog}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}'
            "<w:sectPr/></w:body></w:document>").encode()


def docx_parts(paragraphs: list[str], *, main_type: str = CT_MAIN) -> dict[str, bytes]:
    return {
        "[Content_Types].xml": content_types(main_type),
        "_rels/.rels": rels([("rId1", "officeDocument", "word/document.xml", False)]),
        "word/document.xml": document_xml(paragraphs),
        "word/_rels/document.xml.rels": rels([]),
    }


def zip_parts(parts: dict[str, bytes]) -> bytes:
    return build_zip([ZipEntry(name, data) for name, data in parts.items()])


def simple_docx(paragraphs: list[str]) -> bytes:
    return zip_parts(docx_parts(paragraphs))


def zip_bomb_docx(megabytes: int = 500) -> bytes:
    """A DOCX whose word/document.xml is ``megabytes`` MiB of zeros (ratio ≈ 1000:1)."""
    unit = 1 << 20
    raw = deflate_repeat(b"\0", unit, megabytes)
    parts = docx_parts([SHALL])
    entries = [ZipEntry(n, d) for n, d in parts.items() if n != "word/document.xml"]
    entries.append(ZipEntry("word/document.xml", raw=raw, size=unit * megabytes,
                            crc=crc_repeat(b"\0", unit, megabytes)))
    return build_zip(entries)


def lying_size_docx(real_megabytes: int = 64, declared: int = 2048) -> bytes:
    """word/document.xml declares ``declared`` bytes but inflates to ``real_megabytes`` MiB.

    The declared size is below the 64 KiB floor of the ratio check, so only the inflater's own
    byte count can stop it.
    """
    head = document_xml([SHALL]).replace(b"</w:body></w:document>", b"")
    filler = b" " * (1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = c.compress(head)
    crc = zlib.crc32(head)
    for _ in range(real_megabytes):
        raw += c.compress(filler)
        crc = zlib.crc32(filler, crc)
    tail = b"</w:body></w:document>"
    raw += c.compress(tail) + c.flush()
    crc = zlib.crc32(tail, crc) & 0xFFFFFFFF
    size = len(head) + real_megabytes * len(filler) + len(tail)
    parts = docx_parts([SHALL])
    entries = [ZipEntry(n, d) for n, d in parts.items() if n != "word/document.xml"]
    entries.append(ZipEntry("word/document.xml", raw=raw, size=size, crc=crc,
                            declared_size=declared))
    return build_zip(entries)


def many_entries_docx(n: int = 12_000, *, eocd_count: int | None = None) -> bytes:
    """``n`` extra empty entries; ``eocd_count`` makes the end record understate the count."""
    parts = docx_parts([SHALL])
    entries = [ZipEntry(k, v) for k, v in parts.items()]
    entries += [ZipEntry(f"customXml/item{i}.xml", b"", stored=True) for i in range(n)]
    return build_zip(entries, eocd_count=eocd_count)


def future_zip_version_docx(version: int = 164) -> bytes:
    """Every central-directory record claims it needs ZIP version 16.4 to extract
    (zipfile raises NotImplementedError while opening such an archive)."""
    data = bytearray(simple_docx([SHALL]))
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        struct.pack_into("<H", data, pos + 6, version)
        pos = data.find(b"PK\x01\x02", pos + 4)
    return bytes(data)


def billion_laughs_docx() -> bytes:
    lol = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = f"&lol{i - 1};" if i > 1 else "&lol;"
        lol.append(f'<!ENTITY lol{i} "{prev * 10}">')
    prolog = f"<!DOCTYPE w:document [{''.join(lol)}]>"
    parts = docx_parts([])
    parts["word/document.xml"] = document_xml([SHALL], prolog=prolog).replace(
        b"</w:t>", b" &lol9;</w:t>", 1)
    return zip_parts(parts)


def xxe_docx(url: str = "file:///etc/passwd", *, part: str = "word/document.xml",
             utf16: bool = False, parameter: bool = False) -> bytes:
    """External entity in ``part`` (document, styles, rels or content types)."""
    parts = docx_parts([SHALL])
    if parameter:
        prolog = f'<!DOCTYPE r [<!ENTITY % x SYSTEM "{url}"> %x;]>'
        ref = b""
    else:
        prolog = f'<!DOCTYPE r [<!ENTITY x SYSTEM "{url}">]>'
        ref = b"&x;"
    if part == "word/document.xml":
        xml = document_xml([SHALL], prolog=prolog)
        if ref:
            xml = xml.replace(b"</w:t>", b" " + ref + b"</w:t>", 1)
    elif part == "word/styles.xml":
        xml = (f'{XML_HEAD}{prolog}<w:styles xmlns:w="{W_NS}"><w:style w:styleId="a">'
               f'<w:name w:val="{ref.decode()}"/></w:style></w:styles>').encode()
        parts["word/_rels/document.xml.rels"] = rels([("rId1", "styles", "styles.xml", False)])
    else:
        xml = parts[part].replace(b"?>", b"?>" + prolog.encode(), 1)
    if utf16:
        xml = xml.replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode().encode("utf-16")
    parts[part] = xml
    return zip_parts(parts)


def remote_template_docx(base_url: str) -> bytes:
    """attachedTemplate, an image and an OLE object all pointing at ``base_url`` (external)."""
    parts = docx_parts([SHALL, SHALL_2])
    parts["word/settings.xml"] = (
        f'{XML_HEAD}<w:settings xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:attachedTemplate r:id="rId1"/></w:settings>').encode()
    parts["word/_rels/settings.xml.rels"] = rels(
        [("rId1", "attachedTemplate", f"{base_url}/template.dotm", True)])
    parts["word/_rels/document.xml.rels"] = rels([
        ("rId1", "settings", "settings.xml", False),
        ("rId2", "image", f"{base_url}/pixel.png", True),
        ("rId3", "oleObject", f"{base_url}/object.bin", True),
        ("rId4", "subDocument", f"{base_url}/sub.docx", True),
    ])
    parts["[Content_Types].xml"] = content_types(extra=(
        '<Override PartName="/word/settings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'))
    return zip_parts(parts)


def docm() -> bytes:
    parts = docx_parts([SHALL, SHALL_2], main_type=CT_DOCM)
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + \
        "Sub AutoOpen()\r\nShell \"calc\"\r\nEnd Sub".encode()
    parts["word/_rels/document.xml.rels"] = rels([
        ("rId1", "vbaProject", "vbaProject.bin", False)]).replace(
        f"{R_NS}/vbaProject".encode(), b"http://schemas.microsoft.com/office/2006/relationships/vbaProject")
    return zip_parts(parts)


def duplicate_document_docx() -> bytes:
    parts = docx_parts([SHALL])
    entries = [ZipEntry(n, d) for n, d in parts.items()]
    entries.append(ZipEntry("word/document.xml", document_xml(["The Government shall pay."])))
    return build_zip(entries)


def deep_nesting_docx(depth: int = 1000) -> bytes:
    body = "<w:sdt><w:sdtContent>" * depth + paragraph_xml(SHALL) + \
        "</w:sdtContent></w:sdt>" * depth
    parts = docx_parts([])
    parts["word/document.xml"] = document_xml([], extra_body=body)
    return zip_parts(parts)


def nested_tables_docx(depth: int = 200) -> bytes:
    """Tables inside cells inside tables: below lxml's depth limit, deep for the walker."""
    inner = paragraph_xml(SHALL)
    for _ in range(depth // 4):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl><w:p/>"
    parts = docx_parts([])
    parts["word/document.xml"] = document_xml([], extra_body=inner)
    return zip_parts(parts)


def empty_body_docx() -> bytes:
    return simple_docx([])


def encrypted_docx() -> bytes:
    """What Word writes for a password-protected .docx: an OLE compound file (a minimal fake)
    holding "EncryptionInfo" and "EncryptedPackage" streams."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHH", header, 24, 0x3E, 3, 0xFFFE)
    struct.pack_into("<H", header, 30, 9)  # 512-byte sectors
    directory = bytearray()
    for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage"):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\0\0"
        entry[: len(encoded)] = encoded
        struct.pack_into("<H", entry, 64, len(encoded))
        entry[66] = 5 if name == "Root Entry" else 2
        directory += entry
    directory += bytes(512 - len(directory))
    return bytes(header) + bytes(directory) + random.Random(3).randbytes(2048)


def legacy_doc() -> bytes:
    data = bytearray(encrypted_docx())
    for old, new in (("EncryptionInfo", "WordDocument\0\0"), ("EncryptedPackage", "1Table\0\0\0\0\0\0\0\0\0\0")):
        o, n = old.encode("utf-16-le"), new.encode("utf-16-le")[: len(old) * 2]
        data = data.replace(o, n)
    return bytes(data)


def xlsx_like_zip() -> bytes:
    return zip_parts({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})


def zip_encrypted_entry_docx() -> bytes:
    parts = docx_parts([SHALL])
    entries = [ZipEntry(n, d, flags=1 if n == "word/document.xml" else 0)
               for n, d in parts.items()]
    return build_zip(entries)


# ----------------------------------------------------------------------------------------- PDF


def build_pdf(objects: dict[int, bytes], *, root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF with a correct xref table from ``{number: object body}``."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for num in sorted(objects):
        offsets[num] = out.tell()
        out.write(f"{num} 0 obj\n".encode() + objects[num] + b"\nendobj\n")
    size = max(objects) + 1
    xref = out.tell()
    out.write(f"xref\n0 {size}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for num in range(1, size):
        if num in offsets:
            out.write(f"{offsets[num]:010d} 00000 n \n".encode())
        else:
            out.write(b"0000000000 65535 f \n")
    out.write(f"trailer\n<< /Size {size} /Root {root} 0 R ".encode() + trailer_extra +
              f">>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _stream(content: bytes, *, raw: bytes | None = None, filters: bytes = b"") -> bytes:
    body = content if raw is None else raw
    return b"<< /Length %d %s>>\nstream\n" % (len(body), filters) + body + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _text_ops(lines: list[str]) -> bytes:
    ops = [b"BT /F1 11 Tf 72 720 Td 14 TL"]
    for line in lines:
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + safe.encode("latin-1", "replace") + b") '")
    ops.append(b"ET")
    return b"\n".join(ops)


def pdf_pages_loop() -> bytes:
    """/Pages /Kids points at a second /Pages node whose /Kids points back at the first."""
    return build_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    })


def pdf_kids_self_loop() -> bytes:
    """A real text page next to a /Kids entry that is the /Pages node itself."""
    return build_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
           b"/Resources << /Font << /F1 5 0 R >> >> >>",
        4: _stream(_text_ops([SHALL[:80], SHALL[80:]])),
        5: _FONT,
    })


def pdf_self_reference() -> bytes:
    """Indirect objects that are references to themselves / each other (6 → 6, 7 → 8 → 7),
    used as /Contents, /Resources and /XObject; the page also shows an image so the pdfminer
    cross-check (which walks these objects) is reached."""
    img = b"\xff\x00\x00" * 4
    return build_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents [4 0 R 6 0 R] "
           b"/Resources 7 0 R >>",
        4: _stream(b"q 200 0 0 200 100 400 cm /Im1 Do Q"),
        6: b"6 0 R",
        7: b"<< /XObject << /Im1 9 0 R /Im2 8 0 R >> /Font 7 0 R /Parent 8 0 R >>",
        8: b"7 0 R",
        9: b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceRGB "
           b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(img) + img + b"\nendstream",
    })


def pdf_flate_bomb(megabytes: int = 1024) -> bytes:
    """A one-page PDF whose content stream inflates to ``megabytes`` MiB (text + spaces)."""
    head = _text_ops([SHALL[:80], SHALL[80:]]) + b"\n"
    unit = 1 << 20
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    body = deflate_repeat(b" ", unit, megabytes)  # raw deflate, ends with a final block
    adler = zlib.adler32(head)
    chunk = b" " * unit
    for _ in range(megabytes):
        adler = zlib.adler32(chunk, adler)
    stream = b"\x78\xda" + first + body + struct.pack(">I", adler & 0xFFFFFFFF)
    return build_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
           b"/Resources << /Font << /F1 5 0 R >> >> >>",
        4: _stream(b"", raw=stream, filters=b"/Filter /FlateDecode "),
        5: _FONT,
    })


def pdf_huge_page_count(count: int = 6000) -> bytes:
    """A page tree declaring more pages than the limit (one shared empty page object)."""
    kids = b" ".join(b"3 0 R" for _ in range(count))
    return build_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    })


def _fpdf():
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="letter")
    pdf.set_font("Helvetica", size=11)
    return pdf


def text_pdf(paragraphs: list[str]) -> bytes:
    pdf = _fpdf()
    pdf.add_page()
    for para in paragraphs:
        pdf.multi_cell(0, 14, para.encode("latin-1", "replace").decode("latin-1"))
        pdf.ln(8)
    return bytes(pdf.output())


def encrypted_pdf() -> bytes:
    pdf = _fpdf()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.add_page()
    pdf.multi_cell(0, 14, SHALL)
    return bytes(pdf.output())


def image_only_pdf(pages: int = 2) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (400, 120), "white")
    ImageDraw.Draw(img).text((10, 50), "The Contractor shall (scanned)", fill="black")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    pdf = _fpdf()
    for _ in range(pages):
        pdf.add_page()
        pdf.image(io.BytesIO(buf.getvalue()), x=72, y=72, w=400)
    return bytes(pdf.output())


def long_pdf(pages: int = 1000) -> bytes:
    """``pages`` pages, each a short numbered clause with one shall-sentence."""
    pdf = _fpdf()
    for n in range(1, pages + 1):
        pdf.add_page()
        pdf.set_xy(72, 72)
        pdf.cell(0, 14, f"C.{n} Requirement {n}")
        pdf.set_xy(72, 100)
        pdf.multi_cell(468, 14, f"{SHALL} This requirement is number {n}.")
    return bytes(pdf.output())


# ------------------------------------------------------------------------------ seeds, mutants
_SEEDS: dict[str, bytes] = {}


def seed_docx() -> bytes:
    """A python-docx document: real styles, numbering, a table, a header, a page break."""
    if "docx" not in _SEEDS:
        import docx

        d = docx.Document()
        d.add_heading("SECTION C - STATEMENT OF WORK", level=1)
        d.add_paragraph(SHALL)
        d.add_paragraph(SHALL_2, style="List Number")
        d.add_paragraph(SHALL_3, style="List Number")
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Deliverable"
        table.cell(1, 1).text = "The Contractor shall deliver the SBOM monthly."
        d.add_page_break()
        d.add_paragraph("The Government may inspect the model at any time.")
        d.sections[0].header.paragraphs[0].text = "RFP 12345 - CUI"
        buf = io.BytesIO()
        d.save(buf)
        _SEEDS["docx"] = buf.getvalue()
    return _SEEDS["docx"]


def seed_docx_parts() -> dict[str, bytes]:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(seed_docx())) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def seed_pdf(compress: bool = True) -> bytes:
    """Two pages of headings and paragraphs; ``compress=False`` leaves content streams plain,
    so byte flips land in text operators rather than in deflate data."""
    key = f"pdf{compress}"
    if key not in _SEEDS:
        pdf = _fpdf()
        pdf.compress = compress
        for para_set in ([SHALL, SHALL_2], [SHALL_3]):
            pdf.add_page()
            pdf.set_font("Helvetica", style="B", size=12)
            pdf.cell(0, 14, "C.3 Requirements")
            pdf.ln(20)
            pdf.set_font("Helvetica", size=11)
            for para in para_set:
                pdf.multi_cell(0, 14, para)
                pdf.ln(8)
        _SEEDS[key] = bytes(pdf.output())
    return _SEEDS[key]


def flip(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    buf = bytearray(data)
    for pos, mask in flips:
        buf[pos % len(buf)] ^= mask
    return bytes(buf)


def _splice(rng: random.Random, data: bytes, ops: int) -> bytes:
    x = bytearray(data)
    for _ in range(ops):
        if not x:
            break
        p = rng.randrange(len(x))
        r = rng.random()
        if r < 0.5:
            x[p] ^= rng.randint(1, 255)
        elif r < 0.7:
            del x[p:p + rng.randint(1, 64)]
        else:
            q = rng.randrange(len(x))
            x[p:p] = x[q:q + rng.randint(1, 256)]
    return bytes(x)


MUTATION_KINDS = ("DOCX truncated", "DOCX byte flips", "DOCX entries deleted",
                  "DOCX XML part mutated", "PDF truncated", "PDF byte flips/splices")


def mutant(rng: random.Random, kind: str) -> tuple[str, bytes]:
    """One mutant of the seeds: (file suffix, bytes)."""
    if kind == "DOCX truncated":
        d = seed_docx()
        return ".docx", d[: rng.randrange(len(d))]
    if kind == "DOCX byte flips":
        d = seed_docx()
        return ".docx", flip(d, [(rng.randrange(len(d)), rng.randint(1, 255))
                                 for _ in range(rng.randint(1, 8))])
    parts = seed_docx_parts()
    if kind == "DOCX entries deleted":
        names = sorted(parts)
        drop = set(rng.sample(names, rng.randint(1, len(names))))
        kept = {k: v for k, v in parts.items() if k not in drop}
        return ".docx", zip_parts(kept) if kept else b"PK\x05\x06" + bytes(18)
    if kind == "DOCX XML part mutated":
        name = rng.choice(sorted(parts))
        parts = dict(parts)
        parts[name] = _splice(rng, parts[name], rng.randint(1, 30))
        return ".docx", zip_parts(parts)
    pdf = seed_pdf(rng.random() < 0.5)
    if kind == "PDF truncated":
        return ".pdf", pdf[: rng.randrange(len(pdf))]
    if kind == "PDF byte flips/splices":
        return ".pdf", _splice(rng, pdf, rng.randint(1, 40))
    raise ValueError(kind)


# ------------------------------------------------------------------------------------- battery


@dataclass
class Case:
    """One hostile input: where it is, what class it belongs to, what it must end as."""

    name: str
    path: Path
    klass: str
    #: "ok" (readable), "unreadable", or "any" (either is a defined outcome)
    expect: str
    #: a fragment the unreadable reason (or a warning) must mention, lower-case
    reason: str | None = None
    #: True for decompression bombs: rejected before inflation, fast and small
    bomb: bool = False
    tags: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Spec:
    name: str
    make: object  # (ctx: dict) -> bytes
    klass: str
    expect: str
    reason: str | None = None
    bomb: bool = False
    tags: frozenset[str] = frozenset()


def _good_docx(_ctx):
    return simple_docx([SHALL, SHALL_2])


def _good_pdf(_ctx):
    return text_pdf([SHALL, SHALL_2])


def _cp1252(_ctx):
    text = SHALL + " Caf\u00e9 \u201cquoted\u201d \u2014 r\u00e9sum\u00e9"
    return text_document([text]).encode("cp1252")


SPECS: tuple[Spec, ...] = (
    # decompression bombs and lying containers
    Spec("zip_bomb.docx", lambda c: zip_bomb_docx(500), "zip bomb (500 MiB, ratio 1000:1)",
         "unreadable", "ratio", bomb=True),
    Spec("lying_size.docx", lambda c: lying_size_docx(), "lying-size ZIP (2 KiB declared, 64 MiB real)",
         "unreadable", "declared size", bomb=True),
    Spec("many_entries.docx", lambda c: many_entries_docx(), "ZIP with 12,000 entries",
         "unreadable", "entries", bomb=True),
    Spec("many_entries_lying_eocd.docx", lambda c: many_entries_docx(eocd_count=4),
         "ZIP with 12,000 entries, end record says 4", "unreadable", "entries", bomb=True),
    Spec("zip_version.docx", lambda c: future_zip_version_docx(), "ZIP claiming version 16.4",
         "unreadable", "version"),
    Spec("flate_bomb.pdf", lambda c: pdf_flate_bomb(1024), "PDF flate bomb (1 GiB stream)", "any"),
    # XML attacks
    Spec("billion_laughs.docx", lambda c: billion_laughs_docx(), "billion laughs DOCX",
         "unreadable", "doctype"),
    Spec("xxe_document.docx", lambda c: xxe_docx(), "XXE DOCX (file:///etc/passwd)",
         "unreadable", "doctype"),
    Spec("xxe_utf16.docx", lambda c: xxe_docx(utf16=True), "XXE DOCX (UTF-16 part)",
         "unreadable", "doctype"),
    Spec("xxe_styles.docx", lambda c: xxe_docx(part="word/styles.xml"), "XXE DOCX (styles.xml)",
         "unreadable", "doctype"),
    Spec("xxe_rels.docx", lambda c: xxe_docx(f"{c['url']}/evil.dtd", part="_rels/.rels",
                                             parameter=True),
         "XXE DOCX (remote parameter entity)", "unreadable", "doctype",
         tags=frozenset({"network"})),
    Spec("xxe_content_types.docx", lambda c: xxe_docx(part="[Content_Types].xml"),
         "XXE DOCX ([Content_Types].xml)", "unreadable", "doctype"),
    Spec("deep_nesting.docx", lambda c: deep_nesting_docx(), "DOCX nested 1,000 deep",
         "unreadable"),
    Spec("nested_tables.docx", lambda c: nested_tables_docx(), "DOCX with 50 nested tables",
         "ok"),
    # package tricks
    Spec("remote_template.docx", lambda c: remote_template_docx(c["url"]),
         "remote template / external rels", "ok", "external relationship not fetched",
         tags=frozenset({"network"})),
    Spec("macro.docm", lambda c: docm(), "DOCM (macros)", "ok", "macro"),
    Spec("duplicate_document.docx", lambda c: duplicate_document_docx(),
         "duplicate word/document.xml", "unreadable", "duplicate"),
    Spec("zip_encrypted.docx", lambda c: zip_encrypted_entry_docx(), "ZIP-encrypted entry",
         "unreadable", "encrypted"),
    Spec("empty_body.docx", lambda c: empty_body_docx(), "DOCX with empty body", "unreadable"),
    Spec("spreadsheet.docx", lambda c: xlsx_like_zip(), "XLSX named .docx", "unreadable",
         "spreadsheet"),
    Spec("truncated.docx", lambda c: _good_docx(c)[: len(_good_docx(c)) // 2], "truncated DOCX",
         "unreadable"),
    # encryption and legacy containers
    Spec("encrypted.pdf", lambda c: encrypted_pdf(), "encrypted PDF", "unreadable", "encrypted"),
    Spec("encrypted.docx", lambda c: encrypted_docx(), "encrypted DOCX (OLE)", "unreadable",
         "encrypted"),
    Spec("legacy.doc.docx", lambda c: legacy_doc(), "legacy .doc named .docx", "unreadable",
         "legacy"),
    # PDF structure
    Spec("pages_loop.pdf", lambda c: pdf_pages_loop(), "PDF /Pages loop", "unreadable"),
    Spec("kids_self_loop.pdf", lambda c: pdf_kids_self_loop(), "PDF /Kids self-reference", "ok"),
    Spec("self_reference.pdf", lambda c: pdf_self_reference(),
         "PDF self-referencing objects (pdfminer hang)", "unreadable"),
    Spec("image_only.pdf", lambda c: image_only_pdf(), "image-only PDF", "unreadable",
         "no text"),
    Spec("too_many_pages.pdf", lambda c: pdf_huge_page_count(), "PDF declaring 6,000 pages",
         "unreadable", "pages"),
    Spec("long.pdf", lambda c: long_pdf(c["long_pages"]), "1,000-page PDF", "ok",
         tags=frozenset({"long"})),
    Spec("truncated.pdf", lambda c: _good_pdf(c)[: len(_good_pdf(c)) // 2], "truncated PDF",
         "unreadable"),
    # tiny files
    Spec("zero.pdf", lambda c: b"", "zero-byte file", "unreadable", "empty"),
    Spec("zero.docx", lambda c: b"", "zero-byte file", "unreadable", "empty"),
    Spec("zero.txt", lambda c: b"", "zero-byte file", "unreadable", "empty"),
    Spec("one_a.txt", lambda c: b"a", "one-byte file", "ok"),
    Spec("one_nul.docx", lambda c: b"\0", "one-byte file", "unreadable"),
    Spec("one_pct.pdf", lambda c: b"%", "one-byte file", "any"),
    Spec("one_ff.txt", lambda c: b"\xff", "one-byte file", "unreadable"),
    Spec("one_space.txt", lambda c: b" ", "one-byte file", "unreadable"),
    # wrong extensions
    Spec("pdf_named.docx", _good_pdf, "wrong extension (PDF as .docx)", "ok", "extension"),
    Spec("docx_named.pdf", _good_docx, "wrong extension (DOCX as .pdf)", "ok", "extension"),
    Spec("text_named.pdf", lambda c: text_document([SHALL]).encode(),
         "wrong extension (text as .pdf)", "ok", "extension"),
    # encodings
    Spec("cp1252.txt", _cp1252, "non-UTF-8 text (cp1252)", "ok", "windows-1252"),
    Spec("utf16le_bom.txt", lambda c: text_document([SHALL]).encode("utf-16"),
         "UTF-16 text with BOM", "ok"),
    Spec("utf16be_bom.txt", lambda c: b"\xfe\xff" + text_document([SHALL]).encode("utf-16-be"),
         "UTF-16 text with BOM", "ok"),
    Spec("random.txt", lambda c: random.Random(1).randbytes(4096), "random bytes", "unreadable"),
    Spec("random_high.txt",
         lambda c: bytes(random.Random(2).randrange(0x80, 0x100) for _ in range(4096)),
         "random bytes", "unreadable"),
    # hostile text payloads
    Spec("payload.txt", lambda c: text_document(payload_sentences()).encode(),
         "HTML/formula/escape/bidi payload", "ok", tags=frozenset({"payload"})),
    Spec("payload.docx", lambda c: simple_docx(payload_sentences()),
         "HTML/formula/escape/bidi payload", "ok", tags=frozenset({"payload"})),
)

CASE_NAMES: tuple[str, ...] = tuple(s.name for s in SPECS)


def battery(folder: Path, *, template_url: str = "http://127.0.0.1:9", long_pages: int = 1000,
            names: tuple[str, ...] | None = None) -> list[Case]:
    """Write every hostile input (or those in ``names``) into ``folder``; return their cases."""
    folder.mkdir(parents=True, exist_ok=True)
    ctx = {"url": template_url, "long_pages": long_pages}
    cases = []
    for spec in SPECS:
        if names is not None and spec.name not in names:
            continue
        path = folder / spec.name
        path.write_bytes(spec.make(ctx))
        cases.append(Case(spec.name, path, spec.klass, spec.expect, spec.reason, spec.bomb,
                          set(spec.tags)))
    return cases
