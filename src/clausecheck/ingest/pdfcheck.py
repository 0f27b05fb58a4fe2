"""Pre-flight for PDFs: refuse compression bombs before PDFium inflates them.

PDFium decompresses content streams in full when a page is read, so a 2 KB file whose Flate
stream inflates to 1 GB costs about 2 GB of memory, and no in-process timeout stops it.  Here
each ``stream … endstream`` body that starts like zlib data is inflated incrementally with a cap:
the check stops as soon as the total passes ``limits.max_unzipped_bytes``, or one stream expands
more than ``limits.max_zip_ratio`` times and past 64 MiB, and raises LimitExceededError.  Streams that
are not zlib (images, fonts in other filters) are skipped; a damaged stream is left to PDFium.
"""

from __future__ import annotations

import re
import zlib

from ..errors import LimitExceededError
from .limits import Limits

_STREAM = re.compile(rb"stream\r?\n")
_CHUNK = 1 << 20


def preflight_pdf(data: bytes, limits: Limits, path: str | None = None) -> None:
    total = 0
    budget = limits.max_unzipped_bytes
    pos = 0
    while True:
        m = _STREAM.search(data, pos)
        if m is None:
            return
        start = m.end()
        end = data.find(b"endstream", start)
        if end == -1:
            end = len(data)
        pos = end
        body = data[start:end]
        if len(body) < 2 or body[0] & 0x0F != 8 or ((body[0] << 8) | body[1]) % 31:
            continue  # not a zlib header: not Flate (or not ours to judge)
        d = zlib.decompressobj()
        produced = 0
        chunk_in = body
        try:
            while chunk_in:
                out = d.decompress(chunk_in, _CHUNK)
                produced += len(out)
                total += len(out)
                if total > budget:
                    raise LimitExceededError(
                        f"compressed PDF streams inflate beyond {budget // (1 << 20)} MiB "
                        f"(a compression bomb?)", path=path)
                if produced > (64 << 20) and produced > limits.max_zip_ratio * len(body):
                    raise LimitExceededError(
                        f"a PDF stream of {len(body):,} bytes inflates more than "
                        f"{limits.max_zip_ratio:g} times (a compression bomb?)", path=path)
                chunk_in = d.unconsumed_tail
                if d.eof:
                    break
        except zlib.error:
            continue
