"""Ingestion: bytes in, a located :class:`~clausecheck.model.Document` out."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import BinaryIO, Union

from ..errors import ClauseCheckError, DocumentError, InternalError, LimitExceededError
from ..model import Document
from .limits import DEFAULT_LIMITS, Limits
from .raw import ParsedFile
from .sections import build_document_blocks
from .sniff import decode_text, sniff

Source = Union[str, os.PathLike, bytes, bytearray, BinaryIO]

__all__ = ["Limits", "DEFAULT_LIMITS", "load_document", "read_source", "parse_bytes"]


def read_source(source: Source, *, path: str | None = None, limits: Limits = DEFAULT_LIMITS
                ) -> tuple[bytes, str]:
    """The bytes of ``source`` and the display path used in reports."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        display = path or "<bytes>"
    elif isinstance(source, (str, os.PathLike)):
        p = Path(source)
        display = path or str(source)
        try:
            st = p.stat()
            if stat.S_ISDIR(st.st_mode):
                raise IsADirectoryError(str(p))
            if not stat.S_ISREG(st.st_mode):
                # a FIFO blocks forever and /dev/zero never ends: only regular files are read
                raise DocumentError("not a regular file (device, FIFO or socket)", path=display)
            size = st.st_size
            if size > limits.max_file_bytes:
                raise LimitExceededError(
                    f"file is {size:,} bytes; the limit is {limits.max_file_bytes:,}", path=display)
            with p.open("rb") as fh:  # never more than the limit, even if the file grows
                data = fh.read(limits.max_file_bytes + 1)
            if len(data) > limits.max_file_bytes:
                raise LimitExceededError(
                    f"file grew past the {limits.max_file_bytes:,}-byte limit while being read",
                    path=display)
        except FileNotFoundError:
            raise DocumentError("no such file", path=display) from None
        except IsADirectoryError:
            raise DocumentError("is a directory", path=display) from None
        except PermissionError:
            raise DocumentError("permission denied", path=display) from None
        except OSError as exc:
            raise DocumentError(f"cannot read: {exc.strerror or exc}", path=display) from None
    elif hasattr(source, "read"):
        display = path or getattr(source, "name", None) or "<stream>"
        data = source.read(limits.max_file_bytes + 1)
        if isinstance(data, str):
            data = data.encode("utf-8")
        if len(data) > limits.max_file_bytes:
            raise LimitExceededError(f"stream exceeds the {limits.max_file_bytes:,}-byte limit",
                                     path=str(display))
    else:
        raise TypeError(f"cannot read a document from {type(source).__name__}")
    return data, str(display)


def parse_bytes(data: bytes, display: str, limits: Limits = DEFAULT_LIMITS) -> ParsedFile:
    """Dispatch to the format's parser. Raises DocumentError subclasses only."""
    if len(data) > limits.max_file_bytes:
        raise LimitExceededError(
            f"file is {len(data):,} bytes; the limit is {limits.max_file_bytes:,}", path=display)
    fmt = sniff(data, display, limits)
    warnings: list[str] = []
    ext = Path(display).suffix.lower()
    expected = {".pdf": "pdf", ".docx": "docx", ".docm": "docx", ".dotx": "docx"}.get(ext)
    if expected and expected != fmt:
        warnings.append(f"file extension is {ext} but the content is {fmt}; read as {fmt}")
    if fmt == "pdf":
        from .pdf import parse_pdf
        from .pdfcheck import preflight_pdf

        preflight_pdf(data, limits, display)

        parsed = parse_pdf(data, limits=limits, path=display)
    elif fmt == "docx":
        from .docx import parse_docx

        parsed = parse_docx(data, limits=limits, path=display)
    else:
        from .text import parse_markdown, parse_text

        text, text_warnings = decode_text(data)
        warnings.extend(text_warnings)
        parsed = parse_markdown(text) if fmt == "markdown" else parse_text(text)
    parsed.warnings[:0] = warnings
    return parsed


def document_from_parsed(parsed: ParsedFile, display: str, sha256: str) -> Document:
    blocks = build_document_blocks(parsed.blocks)
    status, error = "ok", None
    if parsed.unreadable_reason:
        status, error = "unreadable", parsed.unreadable_reason
    elif not any(b.text.strip() for b in blocks if b.part == "body" and not b.hidden):
        status, error = "unreadable", "no text found in the document body"
    return Document(path=display, sha256=sha256, format=parsed.format, pages=parsed.pages,
                    status=status, error=error, warnings=tuple(parsed.warnings),
                    blocks=tuple(blocks))


def unreadable_document(display: str, sha256: str, error: ClauseCheckError | str,
                        fmt: str | None = None) -> Document:
    reason = error.message if isinstance(error, ClauseCheckError) else str(error)
    return Document(path=display, sha256=sha256, format=fmt, status="unreadable", error=reason)


def load_document(source: Source, *, path: str | None = None, limits: Limits | None = None,
                  strict: bool = False) -> Document:
    """Read a document from a path, bytes or a binary stream.

    The format is found from the content. A document that cannot be read comes back with
    ``status == "unreadable"`` and the reason in ``error`` (or, with ``strict=True``, raises the
    typed :class:`~clausecheck.errors.DocumentError`). It is never returned as an empty "ok".
    """
    limits = limits or DEFAULT_LIMITS
    display = path
    sha = ""
    try:
        data, display = read_source(source, path=path, limits=limits)
        sha = hashlib.sha256(data).hexdigest()
        parsed = parse_bytes(data, display, limits)
        doc = document_from_parsed(parsed, display, sha)
    except DocumentError as exc:
        if strict:
            raise
        return unreadable_document(display or exc.path or "<input>", sha, exc)
    except ClauseCheckError:
        raise
    except RecursionError:
        exc = DocumentError("document structure is nested too deeply", path=display)
        if strict:
            raise exc from None
        return unreadable_document(display or "<input>", sha, exc)
    except MemoryError:
        exc = LimitExceededError("ran out of memory while parsing", path=display)
        if strict:
            raise exc from None
        return unreadable_document(display or "<input>", sha, exc)
    except Exception as exc:  # a parser bug or an unmapped library error: never a raw traceback
        err = InternalError(f"parser failed unexpectedly ({type(exc).__name__}: {exc})",
                            path=display)
        if strict:
            raise err from exc
        return unreadable_document(display or "<input>", sha, err)
    if strict and doc.status != "ok":
        raise DocumentError(doc.error or "unreadable", path=display)
    return doc
