"""Resource limits applied before and while parsing untrusted documents."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 200 * 1024 * 1024
    #: ZIP containers (DOCX): total declared uncompressed size, per-entry ratio, entry count
    max_unzipped_bytes: int = 512 * 1024 * 1024
    max_zip_ratio: float = 200.0
    max_zip_entries: int = 10_000
    max_pages: int = 5_000
    #: wall-clock seconds and resident memory (MB) for one document in an isolated worker
    timeout_s: float = 120.0
    memory_mb: int = 1024


DEFAULT_LIMITS = Limits()
