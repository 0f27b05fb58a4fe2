"""References to instruments: FAR/DFARS clauses (with title, date, Alternate), NIST
publications, OMB memoranda, CFR/USC sections and Executive Orders."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC"
_MONTH_FULL = {"JANUARY": "JAN", "FEBRUARY": "FEB", "MARCH": "MAR", "APRIL": "APR", "JUNE": "JUN",
               "JULY": "JUL", "AUGUST": "AUG", "SEPTEMBER": "SEP", "SEPT": "SEP", "OCTOBER": "OCT",
               "NOVEMBER": "NOV", "DECEMBER": "DEC"}
CLAUSE_DATE = re.compile(
    rf"\(\s*(?P<mon>(?:{_MONTHS})[A-Z]*)\.?\s*,?\s*(?P<year>(?:19|20)\d\d)\s*\)"
    rf"|\b(?P<mon2>(?:{_MONTHS})[A-Z]*)\.?\s+(?P<year2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_ALT = re.compile(r"\b(?:Alternate|Alt\.?)\s+(?P<alt>[IVX]{1,4})\b")
CLAUSE_NUMBER = re.compile(
    r"(?<![\d.])(?:(?P<sys>FAR|DFARS|GSAR)\s+(?:clause\s+)?)?"
    r"(?P<num>(?:252|552|52)\.2\d\d-\d{1,4})(?![\d])",
)
_NIST = re.compile(
    r"\bNIST\s+(?:(?:SP|Special\s+Publication)\s+(?P<sp>\d{3}-\d{1,3}[A-Z]?)"
    r"(?:,?\s*(?:Rev(?:ision)?\.?\s*|r)(?P<rev>\d))?"
    r"|(?P<ai>AI\s+\d{3}-\d(?:e\d{4})?)|(?P<ir>IR\s+\d{4})|(?P<rmf>AI\s+RMF))"
    r"|\b(?:SP|Special\s+Publication)\s+(?P<sp2>800-\d{1,3}[A-Z]?)(?:,?\s*(?:Rev(?:ision)?\.?\s*|r)(?P<rev2>\d))?"
    r"|\b(?P<fips>FIPS(?:\s+PUB)?\s+\d{3}(?:-\d)?)",
    re.IGNORECASE,
)
_OMB = re.compile(r"\b(?:OMB\s+(?:Memorandum\s+|memo\s+)?)?(?P<m>M-\d{2}-\d{2})\b|\bOMB\s+Circular\s+(?P<c>A-\d{2,3})")
_CFR = re.compile(r"\b(?P<t>\d{1,2})\s+C\.?F\.?R\.?\s+(?:Part\s+|§+\s*)?(?P<s>\d+(?:\.\d+)?(?:-\d+)?)")
_USC = re.compile(r"\b(?P<t>\d{1,2})\s+U\.?S\.?C\.?\s+(?:§+\s*)?(?P<s>\d+[a-z]?(?:\([a-z0-9]+\))*)")
_EO = re.compile(r"\b(?:Executive\s+Order|E\.\s?O\.|EO)\s+(?:No\.\s*)?(?P<n>1\d{4})\b")


@dataclass(frozen=True)
class Ref:
    kind: str
    id: str
    start: int
    end: int
    date: str | None = None
    title: str | None = None
    alternate: str | None = None


def normalise_clause_date(mon: str, year: str) -> str:
    mon = mon.upper().rstrip(".")
    mon = _MONTH_FULL.get(mon, mon[:3])
    return f"{mon} {year}"


def clause_kind(number: str, system: str | None) -> str:
    if number.startswith("252."):
        return "dfars"
    if number.startswith("552."):
        return "other"
    return "far"


def find_clause_date(text: str, start: int, window: int = 220) -> tuple[str | None, str | None, int]:
    """The first clause date within ``window`` characters after ``start``, before another clause
    number; returns (date, title-text-between, end offset)."""
    segment = text[start:start + window]
    nxt = CLAUSE_NUMBER.search(segment)
    if nxt:
        segment = segment[: nxt.start()]
    m = CLAUSE_DATE.search(segment)
    if not m:
        return None, None, start
    mon = m.group("mon") or m.group("mon2")
    year = m.group("year") or m.group("year2")
    title = re.sub(r"\s*\|\s*", " ", segment[: m.start()]).strip(" ,.-–—:\t\n\"'()|")
    return normalise_clause_date(mon, year), (title or None), start + m.end()


def find_references(text: str) -> list[Ref]:
    refs: list[Ref] = []
    for m in CLAUSE_NUMBER.finditer(text):
        num = m.group("num")
        date, title, end = find_clause_date(text, m.end())
        alt = None
        if date:
            am = _ALT.match(text[end:end + 30].lstrip(" ,-–—"))
            if am:
                alt = am.group("alt")
        if title and len(title) > 160:
            title = None
        refs.append(Ref(clause_kind(num, m.group("sys")), num, m.start(), max(m.end(), end),
                        date=date, title=title, alternate=alt))
    for m in _NIST.finditer(text):
        if m.group("sp") or m.group("sp2"):
            ident = f"SP {m.group('sp') or m.group('sp2')}"
            rev = m.group("rev") or m.group("rev2")
            if rev:
                ident += f" Rev {rev}"
        elif m.group("ai"):
            ident = re.sub(r"\s+", " ", m.group("ai")).upper().replace("E", "e", 1) if "e" in m.group("ai").lower()[6:] else re.sub(r"\s+", " ", m.group("ai")).upper()
        elif m.group("ir"):
            ident = re.sub(r"\s+", " ", m.group("ir")).upper()
        elif m.group("rmf"):
            ident = "AI RMF"
        else:
            ident = re.sub(r"\s+", " ", m.group("fips")).upper()
        refs.append(Ref("nist", ident, m.start(), m.end()))
    for m in _OMB.finditer(text):
        refs.append(Ref("omb", m.group("m") or f"Circular {m.group('c')}", m.start(), m.end()))
    for m in _CFR.finditer(text):
        refs.append(Ref("cfr", f"{m.group('t')} CFR {m.group('s')}", m.start(), m.end()))
    for m in _USC.finditer(text):
        refs.append(Ref("usc", f"{m.group('t')} U.S.C. {m.group('s')}", m.start(), m.end()))
    for m in _EO.finditer(text):
        refs.append(Ref("eo", f"EO {m.group('n')}", m.start(), m.end()))
    refs.sort(key=lambda r: (r.start, r.kind, r.id))
    return refs
