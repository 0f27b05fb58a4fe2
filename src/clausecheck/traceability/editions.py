"""Editions of a named standard: "compute rentable area under ANSI/BOMA Z65.1-2017" answered by
"following ANSI/BOMA Z65.1-2010" offers an older edition; "NIST SP 800-53 Revision 5" answered by
"Rev. 4" likewise.  Only a standard named in both texts with its edition is compared, and only an
older edition in the answer is a conflict (a later one usually supersedes the cited text).

The Web Content Accessibility Guidelines are read the same way, with their conformance level: the
Revised Section 508 Standards incorporate WCAG 2.0 Level AA, so "built to WCAG 2.0 Level A" offers
less than "shall conform to Section 508"."""

from __future__ import annotations

import re

# "Z65.1-2017", "27001:2022", "IEEE 1547-2018" (the number right after a standards body)
_YEAR_EDITION = re.compile(r"\b(?P<body>ANSI(?:/[A-Z]+)?|ISO(?:/IEC)?|IEC|IEEE|ASTM|NFPA|ASHRAE|ASME|AASHTO|SAE|UL|BOMA|"
                           r"ANSI/BOMA|ISO/IEC|HL7|OGC|NENA|APCO|TIA|ARINC|RTCA)\s+(?P<id>[A-Z]{0,3}\s?\d[\w.]*?)"
                           r"[-:](?P<ed>(?:19|20)\d\d)\b")
# "NIST SP 800-53 Revision 5", "SP 800-171 Rev. 2"
_REVISION = re.compile(r"\b(?:SP|Special\s+Publication)\s+(?P<id>800-\d+[A-Z]?)\s*,?\s*(?:Rev(?:ision)?\.?)\s*(?P<ed>\d+)\b", re.I)


def _editions(text: str) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for pat in (_YEAR_EDITION, _REVISION):
        for m in pat.finditer(text):
            key = re.sub(r"\s+", "", m.group("id")).upper()
            out.setdefault(key, set()).add(int(m.group("ed")))
    return out


def edition_conflict(req_text: str, resp: str) -> str | None:
    """The answer names only older editions of a standard the requirement cites by edition."""
    got = _editions(resp)
    for key, want in sorted(_editions(req_text).items()):
        if key in got and all(g < min(want) for g in got[key]):
            return (f"offers edition {max(got[key])} of {key} where the solicitation requires edition "
                    f"{min(want)}")
    return None


# "WCAG 2.1 Level AA", "WCAG 2.0 AA", "WCAG 2.2 (Level AAA)", "WCAG Level A"
_WCAG = re.compile(r"\bWCAG\s*(?P<ver>2\.[0-2])?\s*,?\s*(?:\(?\s*(?:Level|conformance\s+level)\s+)?(?P<lvl>A{1,3})\b(?!-)"
                   r"(?:\s+(?:and|&|through|to|or)\s+(?:Level\s+)?(?P<lvl2>A{1,3})\b)?")
_SECTION_508 = re.compile(r"\b(?:Section\s+508|508\s+Standards|36\s+CFR\s+(?:Part\s+)?1194)\b", re.I)


def _wcag_asked(req_text: str) -> tuple[float, int] | None:
    """The WCAG version and level a requirement asks: named, or WCAG 2.0 Level AA through Section 508."""
    named = [(float(m.group("ver") or 2.0), len(m.group("lvl2") or m.group("lvl"))) for m in _WCAG.finditer(req_text)]
    if named:
        return min(named)
    return (2.0, 2) if _SECTION_508.search(req_text) else None


def wcag_conflict(req_text: str, resp: str) -> str | None:
    """The answer builds only to a lower WCAG level (or an older WCAG version) than the requirement asks."""
    want = _wcag_asked(req_text)
    got = [(float(m.group("ver") or want[0]), len(m.group("lvl2") or m.group("lvl"))) for m in _WCAG.finditer(resp)] \
        if want else []
    if not got:
        return None
    level = max(lvl for _, lvl in got)
    if level < want[1]:
        return f"offers WCAG Level {'A' * level} where the solicitation requires Level {'A' * want[1]}"
    if re.search(r"\bWCAG\s*2\.[0-2]", req_text) and max(ver for ver, _ in got) < want[0]:
        return f"offers WCAG {max(ver for ver, _ in got):.1f} where the solicitation requires WCAG {want[0]:.1f}"
    return None
