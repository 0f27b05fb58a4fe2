"""Editions of a named standard: "compute rentable area under ANSI/BOMA Z65.1-2017" answered by
"following ANSI/BOMA Z65.1-2010" offers an older edition; "NIST SP 800-53 Revision 5" answered by
"Rev. 4" likewise.  Only a standard named in both texts with its edition is compared, and only an
older edition in the answer is a conflict (a later one usually supersedes the cited text)."""

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
