"""Spans a service or a test must cover: hours of the day ("staff a help desk from 8 AM to 6 PM
Eastern" answered by "the desk is staffed from 9:00 a.m. to 5:00 p.m." covers two hours a day
less) and runs of years ("hindcasts covering at least the 2015 through 2023 lean seasons"
answered by "a hindcast over the 2019 through 2023 lean seasons" leaves four seasons out)."""

from __future__ import annotations

import re

from .quantities import _ZONE

# a time of day: "8 AM", "9:00 a.m.", "7 p.m.", "noon", "07:00" (a 24-hour time needs its colon,
# so "2019 through 2023" is no window)
_TIME = r"(?:(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?|(noon|midnight)|([01]?\d|2[0-4]):([0-5]\d)(?!\s*[ap]\.?\s?m\b))"
_WINDOW = re.compile(r"\b(?:from\s+|between\s+)?" + _TIME + r"\s*(?:to|until|till|through|and|-|\u2013|\u2014)\s*" + _TIME,
                     re.I)
# military times need the zone or "hours" after them, so "between 2015 and 2023" is no window:
# "between 0800 and 2000 Eastern Time"
_MILITARY = re.compile(r"\b(?:from\s+|between\s+)?([01]\d|2[0-3])([0-5]\d)\s*(?:to|until|till|through|and|-|\u2013|\u2014)\s*"
                       r"([01]\d|2[0-4])([0-5]\d)\s*(?:hours\s+|hrs\s+)?(?:" + _ZONE + r"|hours\b|hrs\b)")
_ROUND_THE_CLOCK = re.compile(r"\b(?:24\s*(?:/|x)\s*7|24\s+hours\s+a\s+day|around\s+the\s+clock|round[\s-]the[\s-]clock)\b",
                              re.I)


def _minutes(groups: tuple[str | None, ...]) -> int | None:
    """Minutes after midnight of one matched time (the five groups of ``_TIME``)."""
    hour, minute, half, word, h24, m24 = groups
    if word:
        return 720 if word.lower() == "noon" else 0
    if h24 is not None:
        return int(h24) * 60 + int(m24)
    h = int(hour)
    if not 1 <= h <= 12:
        return None
    h = h % 12 + (12 if half.lower() == "p" else 0)
    return h * 60 + int(minute or 0)


def windows(text: str) -> list[tuple[int, int, str]]:
    """(start, end, as written) of each span of clock hours in ``text``, in minutes after midnight;
    a span that runs past midnight ends after 1440."""
    out = []
    for m in _WINDOW.finditer(text):
        start, end = _minutes(m.groups()[:6]), _minutes(m.groups()[6:])
        if start is None or end is None or start == end:
            continue
        out.append((start, end if end > start else end + 1440, m.group(0).strip()))
    for m in _MILITARY.finditer(text):
        start, end = int(m.group(1)) * 60 + int(m.group(2)), int(m.group(3)) * 60 + int(m.group(4))
        if start != end:
            out.append((start, end if end > start else end + 1440, m.group(0).strip()))
    return out


def _covers(outer: tuple[int, int, str], inner: tuple[int, int, str]) -> bool:
    return outer[0] <= inner[0] and outer[1] >= inner[1]


def hours_conflict(req_text: str, resp: str, block: str | None = None) -> str | None:
    """The answer's hours leave out part of the hours the requirement sets: every span it names
    starts later or ends earlier.  Only a requirement with one span is read (a weekday span beside
    a weekend span is not matched pair by pair), and an answer that also offers round-the-clock
    cover meets it.  When the answering sentence names no hours, those of its paragraph
    (``block``) are read."""
    want = windows(req_text)
    got = windows(resp)
    if not got and block is not None:
        resp, got = block, windows(block)
    if len(want) != 1 or _ROUND_THE_CLOCK.search(resp):
        return None
    if not got or any(_covers(g, want[0]) for g in got):
        return None
    return f"covers {got[0][2]} where the solicitation requires {want[0][2]}"


# "2015 through 2023", "2010-2020", and runs of seasons written by their two years: "2019-2020
# through 2024-2025" runs from 2019 to 2025
_YEARS = re.compile(r"\b((?:19|20)\d\d)(?:[-/]((?:19|20)?\d\d))?\s*(?:through|to|until|-|\u2013|\u2014)\s*"
                    r"((?:19|20)\d\d)(?:[-/]((?:19|20)?\d\d))?\b")


def _year_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _YEARS.finditer(text):
        lo, hi = int(m.group(1)), int(m.group(3))
        if m.group(4):
            hi = int(m.group(4)) if len(m.group(4)) == 4 else hi // 100 * 100 + int(m.group(4))
        if lo < hi:
            out.append((lo, hi, m.group(0)))
    return out


def years_conflict(req_text: str, resp: str) -> str | None:
    """The answer's run of years overlaps the required run but leaves part of it out.  Only a
    requirement with one run is read, and only runs that share a year are compared (a proposal's
    "2019 to 2021" past performance is about something else than "data from 2010 through 2020"
    only when they do not meet)."""
    want = _year_spans(req_text)
    if len(want) != 1:
        return None
    lo, hi, said = want[0]
    got = [g for g in _year_spans(resp) if g[0] <= hi and g[1] >= lo]
    if not got or any(g[0] <= lo and g[1] >= hi for g in got):
        return None
    return f"covers {got[0][2]} where the solicitation requires {said}"
