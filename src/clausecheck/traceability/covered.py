"""Sources that a supply-chain clause bans by name, found anywhere in the proposal.

A proposal seldom says "we will not comply with FAR 52.240-1"; it says, in its fleet section,
that its drones are made by a company based in Shenzhen.  For the clauses that name what they
ban (or ban a maker's country of origin), a passage that uses a banned source contradicts the
clause wherever it stands in the proposal.  The names are facts of the clauses:

- FAR 52.204-23 (Kaspersky Lab covered articles, Section 1634 of the FY2018 NDAA);
- FAR 52.204-24/-25/-26 (Section 889 of the FY2019 NDAA: Huawei, ZTE, Hytera, Hikvision, Dahua);
- FAR 52.204-27 (ByteDance covered applications: TikTok);
- FAR 52.240-1 (unmanned aircraft from American Security Drone Act covered foreign entities,
  among them makers domiciled in the People's Republic of China).
"""

from __future__ import annotations

import re

from .units import Unit
from .vocabulary import NEGATED

_SECTION_889 = ("covered telecommunications or video surveillance equipment (Section 889)",
                re.compile(r"\b(?:Huawei|ZTE|Hytera|Hikvision|Dahua)\b"))
_COVERED: dict[str, tuple[str, re.Pattern]] = {
    "#52.204-23": ("a Kaspersky Lab covered article", re.compile(r"\bKaspersky\b")),
    "#52.204-24": _SECTION_889,
    "#52.204-25": _SECTION_889,
    "#52.204-26": _SECTION_889,
    "#52.204-27": ("a ByteDance covered application", re.compile(r"\b(?:TikTok|ByteDance)\b")),
    "#52.240-1": ("unmanned aircraft from a covered foreign entity (American Security Drone Act)",
                  re.compile(r"\b(?:DJI|Da-?Jiang|Autel)\b|"
                             r"\b(?:made|manufactured|assembled|built|produced)\s+in\s+(?:the\s+)?"
                             r"(?:People's\s+Republic\s+of\s+China|PRC|China)\b|"
                             r"\bChinese[\s-](?:made|manufactured|built|assembled)\b|"
                             r"\b(?:company|manufacturer|firm|maker|vendor)\s+(?:based|headquartered|domiciled)\s+in\s+"
                             r"(?:Shenzhen|Beijing|Shanghai|Guangzhou|Hangzhou|(?:the\s+)?People's\s+Republic\s+of\s+China|China)\b|"
                             r"\b(?:Shenzhen|Beijing|Shanghai|Guangzhou|Hangzhou)-based\b")),
}
_AIRCRAFT = re.compile(r"\b(?:drones?|UAS|UAVs?|unmanned|aircraft|quadcopters?|multirotors?|multicopters?|airframes?)\b",
                       re.I)
# a clause that names the source to say it is kept out, or quotes the clause's title
_KEPT_OUT = re.compile(r"\b(?:prohibit\w*|ban(?:s|ned)?|covered|compl(?:y|ies|iance)|exclud\w*|remov\w*|screen\w*|"
                       r"scan\w*|block\w*|replac\w*|free\s+of|avoid\w*|52\.2\d\d-\d+|889)\b", re.I)


def _naming_clauses(idents: set[str], units: list[Unit]):
    """(unit, clause, ident, what) for each clause of the proposal that names a source one of the
    cited clauses bans (a maker's country only where the unit is about aircraft)."""
    bans = [(ident, *_COVERED[ident]) for ident in sorted(idents) if ident in _COVERED]
    if not bans:
        return
    for unit in units:
        if unit.pointer:
            continue
        for clause in re.split(r"(?<=[.;])\s+", unit.text):
            for ident, what, pattern in bans:
                if pattern.search(clause) and (ident != "#52.240-1" or _AIRCRAFT.search(unit.context or unit.text)):
                    yield unit, clause, ident, what


def covered_use(idents: set[str], units: list[Unit]) -> tuple[Unit, str] | None:
    """The first passage that uses a source one of the cited clauses bans, with the reason."""
    for unit, clause, ident, what in _naming_clauses(idents, units):
        if not (NEGATED.search(clause) or _KEPT_OUT.search(clause)):
            return unit, f"the proposal uses {what}, which FAR {ident[1:]} prohibits: '{clause.strip()[:120]}'"
    return None


# a clause that names the source to keep it out: "prohibits TikTok and every other ByteDance
# application on any device used for the contract", "no Huawei or ZTE equipment"
_KEEPS_OUT = re.compile(r"\b(?:prohibit\w*|ban(?:s|ned)?|exclud\w*|remov\w*|block\w*|free\s+of|avoid\w*|forbid\w*|"
                        r"bar(?:s|red)?|disallow\w*|uninstall\w*)\b", re.I)


def covered_kept_out(idents: set[str], units: list[Unit]) -> tuple[Unit, str] | None:
    """The first passage that keeps out a source one of the cited clauses bans, with the reason:
    the proposal answers the clause in its own words without citing it."""
    for unit, clause, ident, what in _naming_clauses(idents, units):
        if (_KEEPS_OUT.search(clause) or NEGATED.search(clause)) and (ident != "#52.240-1" or _AIRCRAFT.search(clause)):
            return unit, f"the proposal keeps out {what}, as FAR {ident[1:]} requires: '{clause.strip()[:120]}'"
    return None
