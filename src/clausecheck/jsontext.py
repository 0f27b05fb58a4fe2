"""The one way clausecheck writes JSON: two-space indent, keys in the order built, UTF-8 text
(no ``\\u`` escapes), a final newline.

orjson writes the same bytes as ``json.dumps(obj, indent=2, ensure_ascii=False)`` for what the
reports hold (strings, ints, booleans, null; no floats) about twenty times faster, which matters
for a batch report of thousands of findings.  Where orjson is missing or refuses a value (a lone
surrogate in extracted text), the standard library writes it instead.
"""

from __future__ import annotations

import json
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a declared dependency
    orjson = None


def dumps(obj: Any) -> str:
    if orjson is not None:
        try:
            return orjson.dumps(obj, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"
        except (TypeError, orjson.JSONEncodeError):
            pass
    return stdlib_dumps(obj)


def stdlib_dumps(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
