"""Deadlines given as calendar dates: "deliver a seasonal verification report no later than
December 15 of each year" answered by "the report is delivered by January 31 of the following
year" offers a later date than the solicitation allows."""

from __future__ import annotations

import re

from .vocabulary import sentences, terms

_MONTHS = {name: i for i, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"), start=1)}
_MONTH = r"(?:" + "|".join(m.capitalize() for m in _MONTHS) + r")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# the date a thing is due: "no later than December 15", "by the 31st of January", "on or before 30 June 2027"
_DUE = re.compile(r"\b(?i:no\s+later\s+than|not\s+later\s+than|by|on\s+or\s+before|before|until)\s+(?:the\s+)?"
                  r"(?:(?P<m1>" + _MONTH + r")\s+(?P<d1>" + _DAY + r")|(?P<d2>" + _DAY + r")\s+(?:of\s+)?(?P<m2>" + _MONTH + r"))"
                  r"(?![\w-])(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")
# a date in the year after the one the requirement speaks of
_NEXT_YEAR = re.compile(r"\s*(?:of|in)\s+the\s+(?:following|next|subsequent)\s+(?:calendar\s+|fiscal\s+)?year\b", re.I)
# words of the date and the deadline that say nothing of what is due
_DATE_WORDS = frozenset(terms("no later than not by on or before until each every year annual annually following next "
                              "calendar fiscal " + " ".join(_MONTHS)))


def _date(m: re.Match) -> tuple[int | None, int, int]:
    month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
    day = int(re.match(r"\d+", m.group("d1") or m.group("d2")).group(0))
    return (int(m.group("y")) if m.group("y") else None), month, day


def _later(want: tuple[int | None, int, int], got: tuple[int | None, int, int], next_year: bool,
           want_next_year: bool = False) -> bool:
    """Whether the date offered falls after the date required.  Without years a date some months
    earlier in the calendar may be the next year's; only a date that follows within half a year,
    or one said to fall in the following year where the requirement's does not, is read as later
    ("by February 15 of the next year" meets "no later than March 1 of the following year")."""
    (wy, wm, wd), (gy, gm, gd) = want, got
    if wy is not None and gy is not None:
        return (gy, gm, gd) > (wy, wm, wd)
    if wy is not None or gy is not None:
        return False
    w, g = wm * 31 + wd, gm * 31 + gd
    if next_year != want_next_year:
        return next_year
    return w < g <= w + 6 * 31


def calendar_date_conflict(req_text: str, resp: str) -> str | None:
    """The answer sets a later date for what the requirement wants by a calendar date, in a
    sentence that speaks of the same thing (two words in common besides the date's)."""
    asked = list(_DUE.finditer(req_text))
    if len(asked) != 1:
        return None
    want = _date(asked[0])
    want_next_year = bool(_NEXT_YEAR.match(req_text, asked[0].end()))
    subject = set(terms(req_text)) - _DATE_WORDS
    for sentence in sentences(resp):
        if len(subject & set(terms(sentence))) < 2:
            continue
        for m in _DUE.finditer(sentence):
            if re.search(r"\b(?:not|never)\s+(?:\w+\s+)?$", sentence[max(0, m.start() - 16):m.start()], re.I):
                continue
            if _later(want, _date(m), bool(_NEXT_YEAR.match(sentence, m.end())),
                      want_next_year):
                return f"offers a date {m.group(0).strip()!r} later than {asked[0].group(0).strip()!r}"
    return None
