"""Neutralising hostile text before it reaches a spreadsheet, a terminal or a Markdown viewer.

Document text is attacker-controlled: a solicitation can carry spreadsheet formulas, ANSI
escape sequences that rewrite a terminal, or bidi overrides that make text read differently
from what it is.  Every renderer routes document text through one of these helpers.
"""

from __future__ import annotations

import re

#: First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula
#: (OWASP "CSV injection"), plus their full-width forms, which some locales convert.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other 2-byte ESC.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"          # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC, terminated by BEL or ST (or unterminated)
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"   # DCS / SOS / PM / APC strings
    r"|\x1b[ -/]*[0-~]"                 # other escape sequences (nF / Fp / Fe / Fs)
    r"|\x9b[0-?]*[ -/]*[@-~]"           # 8-bit CSI
)
# C0 controls except TAB and LF, DEL, C1 controls, bidi embeddings/overrides/isolates.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)
_NEWLINES = re.compile("\r\n|\r|\u2028|\u2029|\x85")


def neutralise_formula(s: str) -> str:
    """Prefix ``'`` to a string a spreadsheet would otherwise evaluate as a formula.  A string
    that already starts with apostrophes before a trigger ("'=") gets one more, so that removing
    the first apostrophe always gives back the original text."""
    if s and s.lstrip("'").startswith(FORMULA_TRIGGERS):
        return "'" + s
    return s


def is_formula_like(s: str) -> bool:
    return bool(s) and s.startswith(FORMULA_TRIGGERS)


def strip_controls(s: str) -> str:
    """Remove ANSI escape sequences, C0/C1 control characters (keeping ``\\n`` and ``\\t``)
    and the bidi override/isolate characters U+202A–U+202E and U+2066–U+2069.

    Line breaks of every kind (CR LF, CR, U+2028, U+2029, NEL) become ``\\n`` first.
    """
    if not s:
        return s
    s = _NEWLINES.sub("\n", s)
    s = _ANSI.sub("", s)
    return _CONTROLS.sub("", s)


def one_line(s: str) -> str:
    """strip_controls, then fold every run of whitespace (including newlines) to one space."""
    return " ".join(strip_controls(s).split())


def truncate(s: str, limit: int) -> str:
    if len(s) <= limit:
        return s
    return s[: max(0, limit - 1)].rstrip() + "…"
