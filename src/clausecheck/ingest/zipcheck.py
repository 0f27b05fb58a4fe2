"""Defensive handling of ZIP containers (DOCX, DOCM) before and while they are decompressed.

Two layers:

* :func:`preflight_zip` looks only at the end-of-central-directory record and the central
  directory (what :mod:`zipfile` reads when it opens an archive; nothing is inflated) and
  rejects archives whose *declared* shape is dangerous: too many entries, too many declared
  bytes, a suspicious compression ratio, duplicate names, names that climb out of the archive,
  encrypted entries.
* :func:`read_entry` inflates one entry itself, chunk by chunk, counting the bytes that really
  come out.  An archive whose headers understate an entry's size (a "lying-size" ZIP) is stopped
  as soon as the output passes the declared size or the remaining budget, so the declared sizes
  checked by the pre-flight cannot be used to smuggle a bomb past it.

Every failure is a :class:`~clausecheck.errors.LimitExceededError`,
:class:`~clausecheck.errors.CorruptDocumentError` or
:class:`~clausecheck.errors.EncryptedDocumentError` carrying the document path.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from clausecheck.errors import CorruptDocumentError, EncryptedDocumentError, LimitExceededError
from clausecheck.ingest.limits import Limits

__all__ = ["ReadBudget", "open_zip", "preflight_zip", "read_entry"]

#: entries smaller than this (uncompressed) are not subject to the ratio check: tiny, highly
#: repetitive XML parts legitimately compress very well and cannot hurt anyone
RATIO_MIN_BYTES = 64 * 1024
#: output chunk size while inflating
CHUNK = 64 * 1024

_EOCD_SIG = b"PK\x05\x06"
_LOCAL_SIG = b"PK\x03\x04"
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")  # 30 bytes


@dataclass
class ReadBudget:
    """How many more decompressed bytes one document may still produce."""

    remaining: int

    @classmethod
    def from_limits(cls, limits: Limits) -> ReadBudget:
        return cls(remaining=limits.max_unzipped_bytes)


def _fmt_bytes(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MiB"
    if n >= 1024:
        return f"{n / 1024:.1f} KiB"
    return f"{n} B"


def _eocd_entry_count(data: bytes) -> int | None:
    """Entry count from the end-of-central-directory record, or None if not found / ZIP64."""
    tail_start = max(0, len(data) - (22 + 0xFFFF))
    pos = data.rfind(_EOCD_SIG, tail_start)
    if pos < 0 or pos + 22 > len(data):
        return None
    (total,) = struct.unpack_from("<H", data, pos + 10)
    return None if total == 0xFFFF else total


def _is_unsafe_name(name: str) -> bool:
    norm = name.replace("\\", "/")
    if norm.startswith("/") or (len(norm) >= 2 and norm[1] == ":"):
        return True
    return any(seg == ".." for seg in norm.split("/"))


def open_zip(data: bytes, path: str | None = None) -> zipfile.ZipFile:
    """Open *data* as a ZIP archive (central directory only) or raise CorruptDocumentError."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise CorruptDocumentError(f"not a valid ZIP container: {exc}", path=path) from None
    except (
        zipfile.LargeZipFile, NotImplementedError, ValueError, OSError, EOFError, struct.error
    ) as exc:
        raise CorruptDocumentError(
            f"ZIP central directory unreadable: {type(exc).__name__}: {exc}", path=path
        ) from None


def preflight_zip(data: bytes, limits: Limits, path: str | None = None) -> None:
    """Check a ZIP container's declared shape before anything in it is decompressed.

    Raises LimitExceededError (too many entries, too many declared bytes, compression ratio
    above ``limits.max_zip_ratio`` for an entry of at least 64 KiB), CorruptDocumentError
    (not a ZIP, duplicate entry names, absolute or ``..`` names) or EncryptedDocumentError
    (ZIP-level encrypted entries).
    """
    if len(data) > limits.max_file_bytes:
        raise LimitExceededError(
            f"file is {_fmt_bytes(len(data))}, above the limit of "
            f"{_fmt_bytes(limits.max_file_bytes)}",
            path=path,
        )
    # The end record's count can lie; the central-directory signatures cannot hide. Count
    # them before zipfile builds an object for every record.
    records = data.count(b"PK\x01\x02")
    if records > limits.max_zip_entries:
        raise LimitExceededError(
            f"ZIP container has about {records:,} entries (central-directory records); the limit is "
            f"{limits.max_zip_entries:,}", path=path)
    declared = _eocd_entry_count(data)
    if declared is not None and declared > limits.max_zip_entries:
        raise LimitExceededError(
            f"ZIP container declares {declared} entries, above the limit of "
            f"{limits.max_zip_entries}",
            path=path,
        )
    zf = open_zip(data, path)
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_zip_entries:
            raise LimitExceededError(
                f"ZIP container has {len(infos)} entries, above the limit of "
                f"{limits.max_zip_entries}",
                path=path,
            )
        seen: set[str] = set()
        total = 0
        for info in infos:
            name = info.filename
            if _is_unsafe_name(name):
                raise CorruptDocumentError(
                    f"ZIP entry name {name!r} is absolute or climbs out of the archive", path=path
                )
            # part names in an OPC package are case-insensitive
            key = name.replace("\\", "/").casefold()
            if key in seen:
                raise CorruptDocumentError(f"duplicate ZIP entry {name!r}", path=path)
            seen.add(key)
            if info.flag_bits & 0x1:
                raise EncryptedDocumentError(f"ZIP entry {name!r} is encrypted", path=path)
            total += info.file_size
            if total > limits.max_unzipped_bytes:
                raise LimitExceededError(
                    f"ZIP entries declare more than {_fmt_bytes(limits.max_unzipped_bytes)} "
                    "uncompressed in total (limit max_unzipped_bytes)",
                    path=path,
                )
            if info.file_size >= RATIO_MIN_BYTES:
                if info.compress_size <= 0:
                    raise LimitExceededError(
                        f"ZIP entry {name!r} declares {_fmt_bytes(info.file_size)} from 0 "
                        "compressed bytes (zip bomb?)",
                        path=path,
                    )
                ratio = info.file_size / info.compress_size
                if ratio > limits.max_zip_ratio:
                    raise LimitExceededError(
                        f"ZIP entry {name!r} has compression ratio {ratio:.0f}:1, above the "
                        f"limit of {limits.max_zip_ratio:g}:1 (zip bomb?)",
                        path=path,
                    )


def _raw_member_bytes(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: str | None) -> bytes:
    """The compressed bytes of one entry, located through its local file header."""
    fp = zf.fp
    if fp is None:  # pragma: no cover - closed archive is a programming error
        raise CorruptDocumentError("ZIP container already closed", path=path)
    if info.header_offset < 0 or info.compress_size < 0:
        raise CorruptDocumentError(f"bad offsets for ZIP entry {info.filename!r}", path=path)
    try:
        fp.seek(info.header_offset)
        header = fp.read(_LOCAL_HEADER.size)
    except (ValueError, OSError) as exc:
        raise CorruptDocumentError(
            f"cannot locate ZIP entry {info.filename!r}: {exc}", path=path
        ) from None
    if len(header) != _LOCAL_HEADER.size:
        raise CorruptDocumentError(f"truncated local header for {info.filename!r}", path=path)
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != _LOCAL_SIG:
        raise CorruptDocumentError(f"bad local header signature for {info.filename!r}", path=path)
    name_len, extra_len = fields[9], fields[10]
    fp.seek(info.header_offset + _LOCAL_HEADER.size + name_len + extra_len)
    raw = fp.read(info.compress_size)
    if len(raw) != info.compress_size:
        raise CorruptDocumentError(f"ZIP entry {info.filename!r} is truncated", path=path)
    return raw


def read_entry(
    zf: zipfile.ZipFile,
    name: str,
    limits: Limits,
    *,
    budget: ReadBudget | None = None,
    path: str | None = None,
) -> bytes:
    """Decompress one entry, never producing more than it declares or the budget allows.

    *budget* is shared between the entries of one document (default: a fresh budget of
    ``limits.max_unzipped_bytes``); it is decreased by the bytes actually produced.
    A missing entry, corrupt data or a CRC mismatch is CorruptDocumentError; output beyond
    the declared size or the budget is LimitExceededError.
    """
    if budget is None:
        budget = ReadBudget.from_limits(limits)
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise CorruptDocumentError(f"ZIP entry {name!r} is missing", path=path) from None
    if info.flag_bits & 0x1:
        raise EncryptedDocumentError(f"ZIP entry {name!r} is encrypted", path=path)
    declared = info.file_size
    if declared > budget.remaining:
        raise LimitExceededError(
            f"ZIP entry {name!r} ({_fmt_bytes(declared)}) exceeds the remaining decompression "
            f"budget of {_fmt_bytes(budget.remaining)}",
            path=path,
        )
    raw = _raw_member_bytes(zf, info, path)

    out = bytearray()

    def _take(chunk: bytes) -> None:
        if len(out) + len(chunk) > declared:
            raise LimitExceededError(
                f"ZIP entry {name!r} inflates past its declared size of "
                f"{_fmt_bytes(declared)} (lying-size ZIP)",
                path=path,
            )
        if len(out) + len(chunk) > budget.remaining:
            raise LimitExceededError(
                f"ZIP entry {name!r} exceeds the remaining decompression budget", path=path
            )
        out.extend(chunk)

    method = info.compress_type
    if method == zipfile.ZIP_STORED:
        _take(raw)
    elif method == zipfile.ZIP_DEFLATED:
        inflater = zlib.decompressobj(-15)
        pending = raw
        try:
            while True:
                # one byte beyond the declared size is enough to prove a lie
                want = min(CHUNK, declared - len(out) + 1)
                chunk = inflater.decompress(pending, want)
                pending = inflater.unconsumed_tail
                if chunk:
                    _take(chunk)
                if inflater.eof:
                    break
                if not chunk and not pending:
                    break
            tail = inflater.flush(declared - len(out) + 1) if not inflater.eof else b""
            if tail:
                _take(tail)
        except zlib.error as exc:
            raise CorruptDocumentError(
                f"ZIP entry {name!r} has corrupt compressed data: {exc}", path=path
            ) from None
        if not inflater.eof:
            raise CorruptDocumentError(f"ZIP entry {name!r} is truncated", path=path)
    else:
        raise CorruptDocumentError(
            f"ZIP entry {name!r} uses unsupported compression method {method}", path=path
        )
    if len(out) != declared:
        raise CorruptDocumentError(
            f"ZIP entry {name!r} inflates to {len(out)} bytes but declares {declared}",
            path=path,
        )
    if zlib.crc32(out) & 0xFFFFFFFF != info.CRC:
        raise CorruptDocumentError(f"ZIP entry {name!r} fails its CRC-32 check", path=path)
    budget.remaining -= len(out)
    return bytes(out)
