"""Find a document's format from its bytes (the extension is only a hint)."""

from __future__ import annotations

import codecs
import io
import re
import struct
import zipfile

from ..errors import (EmptyDocumentError, EncryptedDocumentError, LimitExceededError,
                      UnsupportedFormatError)
from .limits import DEFAULT_LIMITS, Limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_TEXT_EXT = {".txt", ".text", ""}
_MD_EXT = {".md", ".markdown", ".mdown"}
_CENTRAL_SIG = b"PK\x01\x02"


def sniff(data: bytes, path: str | None = None, limits: Limits | None = None) -> str:
    """Return "pdf", "docx", "markdown" or "text"; raise a DocumentError for anything else."""
    limits = limits or DEFAULT_LIMITS
    ext = ""
    if path and "." in path.rsplit("/", 1)[-1]:
        ext = "." + path.rsplit(".", 1)[-1].lower()
    if not data:
        raise EmptyDocumentError("empty file (0 bytes)", path=path)
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        # zipfile builds a ZipInfo per central-directory record whatever the end record
        # declares: a 90 MB archive of a million empty entries costs seconds and ~400 MB
        # before any entry-count check could run.  Every record starts with this signature,
        # so counting it (a fast byte scan) bounds the entry count from above first.
        if data.count(_CENTRAL_SIG) > limits.max_zip_entries:
            raise LimitExceededError(
                f"ZIP container has more than {limits.max_zip_entries} central-directory "
                "records (limit max_zip_entries)", path=path)
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError,
                OSError, EOFError, struct.error) as exc:
            # NotImplementedError: a record claiming a newer ZIP version ("zip file version
            # 16.4"), struct.error: a truncated ZIP64 record
            from ..errors import CorruptDocumentError

            raise CorruptDocumentError(f"damaged ZIP container: {exc}", path=path) from None
        if "word/document.xml" in names or any(n.endswith("/document.xml") for n in names):
            return "docx"
        if any(n.startswith("xl/") for n in names):
            raise UnsupportedFormatError("spreadsheet (XLSX) files are not supported", path=path)
        if any(n.startswith("ppt/") for n in names):
            raise UnsupportedFormatError("presentation (PPTX) files are not supported", path=path)
        raise UnsupportedFormatError("ZIP archive that is not a Word document", path=path)
    if data.startswith(OLE_MAGIC):
        if _ENCRYPTION_INFO in data[:1 << 20] or b"EncryptedPackage" in data or \
                "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedDocumentError("encrypted Office document (password required)", path=path)
        raise UnsupportedFormatError(
            "legacy binary Office file (.doc); save it as .docx or PDF", path=path)
    if data.startswith(b"{\\rtf"):
        raise UnsupportedFormatError("RTF files are not supported; save as .docx or PDF", path=path)
    if _looks_binary(head):
        raise UnsupportedFormatError("binary file of unknown format", path=path)
    if _undecodable(data):
        raise UnsupportedFormatError(
            "binary file of unknown format (not UTF-8 text, and mostly bytes above 0x7F)",
            path=path)
    if ext in _MD_EXT or (not ext and _looks_markdown(data)):
        # (without a name to go by, as from stdin or bytes: Markdown headings and tables say it)
        return "markdown"
    return "text"


_MD_HEADING = re.compile(rb"^#{1,6}[ \t]+\S", re.M)
_MD_TABLE_RULE = re.compile(rb"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-{0,}:?[ \t]*$", re.M)


def _looks_markdown(data: bytes) -> bool:
    """Text that reads as Markdown: two ATX headings ("# RFQ", "## Section C"), or one and a table rule."""
    head = data[:1 << 16]
    headings = len(_MD_HEADING.findall(head))
    return headings >= 2 or (headings == 1 and bool(_MD_TABLE_RULE.search(head)))


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > max(4, len(head) // 20)


def _undecodable(data: bytes) -> bool:
    """Random or compressed bytes without NULs: not UTF-8 and mostly non-ASCII.

    Windows-1252 prose has a few accented letters and curly quotes; a blob where over 30% of
    the bytes are above 0x7F would only decode into mojibake that then gets "checked".
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    sample = data[:65536]
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=len(data) <= len(sample))
        return False
    except UnicodeDecodeError:
        pass
    high = sum(1 for b in sample if b >= 0x80)
    return high > 0.3 * len(sample)


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Decode text bytes; never fails. Returns the text and any warnings."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), [
            "text is not valid UTF-8; decoded as Windows-1252"]
