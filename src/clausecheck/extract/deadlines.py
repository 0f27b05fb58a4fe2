"""Durations in requirement text, normalised to ISO 8601.

``find_durations("within seventy-two (72) hours")`` → ``[Duration(text="within seventy-two (72)
hours", iso="PT72H", kind="deadline")]``.  A *deadline* is a window or a frequency ("within 30
days", "no later than 10 business days after award", "annually"); a *period* is a span the
text requires to last ("retain logs for at least 12 months").  Rules compare both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_UNITS = {
    "millisecond": "MS", "milliseconds": "MS", "ms": "MS", "msec": "MS",
    "second": "S", "seconds": "S", "sec": "S", "secs": "S",
    "minute": "M", "minutes": "M", "min": "M", "mins": "M",
    "hour": "H", "hours": "H", "hr": "H", "hrs": "H",
    "day": "D", "days": "D",
    "week": "W", "weeks": "W",
    "month": "MO", "months": "MO",
    "year": "Y", "years": "Y",
    "dac": "D", "daro": "D", "dar": "D",  # days after contract award / receipt of order
}
_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "single": 1,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_NUMBER_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|"
                r"three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|"
                r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                r"eighteen|nineteen|(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred|"
                r"a|an|single)")
# a number word starts a word: not the "ten" of "written minutes", nor the "a" of "media hours"
_NUMBER = rf"(?:(?<![A-Za-z])(?P<word>{_NUMBER_WORD})\s*(?:\(\s*(?P<paren>\d{{1,4}})\s*\))?|(?P<digits>(?<![\d.])\d{{1,4}}(?:,\d{{3}})?(?:\.\d{{1,3}})?))"
# "90 consecutive calendar days" as well as "90 consecutive days" and "90 calendar days"
_QUAL = r"(?:\s*-?\s*(?P<qual>(?:consecutive\s+)?(?:calendar|business|working|work|federal\s+work(?:ing)?)|consecutive))?"
_UNIT = r"\s*-?\s*(?P<unit>milliseconds?|msecs?|ms|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|DAC|DARO|DAR)\b(?P<notice>['’]?\s+(?:advance\s+|prior\s+)?(?:written\s+)?notice)?"
_LEAD_DEADLINE = (r"\b(?P<lead>within|no\s+later\s+than|not\s+later\s+than|not\s+more\s+than|"
                  r"no\s+more\s+than|no\s+longer\s+than|not\s+to\s+exceed|in\s+no\s+more\s+than|"
                  r"(?:in\s+)?under|(?:in\s+)?less\s+than|"
                  r"at\s+least|a\s+minimum\s+of|a\s+maximum\s+of|up\s+to|every|each|once\s+every|"
                  r"for(?:\s+a\s+(?:period|minimum|term)\s+of)?(?:\s+(?:at\s+least|not\s+less\s+than|"
                  r"no\s+less\s+than|a\s+minimum\s+of))?|nlt|in|after)\s+")
_AMOUNT = re.compile(
    rf"(?:{_LEAD_DEADLINE}(?:(?<=within\s)the\s+first\s+)?(?:(?:about|roughly|approximately|around)\s+)?)?{_NUMBER}(?P<half>\s+and\s+a\s+half)?{_QUAL}{_UNIT}(?P<tail>\s+(?:after|before|prior\s+to|"
    rf"following|from|of)\b|\s+in\s+advance\b|\s+ahead\b)?",
    re.IGNORECASE,
)
_FREQUENCY = re.compile(
    # ("in an annual fairness review" is yearly; "the annual open enrollment period", "annual reports",
    # "the annual ICD-10 update" and "the representative for annual performance reviews" name
    # things, not a cadence of the work)
    r"\b(?P<f>annually|(?<=\ban\s)annual(?=\s+(?:[\w-]+\s+){0,2}?(?:reviews?|audits?|assessments?|re-?trainings?|trainings?|"
    r"re-?validations?|re-?certifications?|evaluations?|inspections?|tests?|exercises?|briefings?|meetings?|"
    # ("used in an annual retuning cycle", "on an annual basis")
    r"cycles?|basis|refresh(?:es)?|re-?tunings?|recalibrations?|updates?)\b)|"
    r"yearly|semi-?annual(?:ly)?|bi-?annual(?:ly)?|twice\s+(?:a|per|each)\s+year|quarterly|"
    r"monthly|bi-?monthly|weekly|bi-?weekly|daily|hourly|"
    r"(?:once\s+)?(?:every|each|per|a)\s+(?:calendar\s+|fiscal\s+|business\s+|working\s+|contract\s+(?=year))?"
    r"(?:year|month|quarter|week|day|hour|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)
_FREQ_ISO = {
    "annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "semiannually": "P6M", "semi-annually": "P6M",
    "biannually": "P6M", "bi-annually": "P6M", "semiannual": "P6M", "semi-annual": "P6M", "biannual": "P6M",
    "bi-annual": "P6M", "quarterly": "P3M", "monthly": "P1M",
    "bimonthly": "P2M", "bi-monthly": "P2M", "weekly": "P1W", "biweekly": "P2W",
    "bi-weekly": "P2W", "daily": "P1D", "hourly": "PT1H",
}
_FREQ_UNIT = {"year": "P1Y", "month": "P1M", "quarter": "P3M", "week": "P1W", "day": "P1D",
              "hour": "PT1H", **{d: "P1W" for d in ("monday", "tuesday", "wednesday", "thursday",
                                                    "friday", "saturday", "sunday")}}
_WINDOW_BEFORE = re.compile(r"\b(?:in|during|over|within|of|for)\s+$", re.IGNORECASE)
_ADJECTIVE_USE = re.compile(r"\s+(?:uptime|availability|fees?|rates?|prices?|costs?|charges?|average|"
                            r"totals?|volumes?|limits?|caps?|subscriptions?|licen[cs]es?|active\s+users|"
                            r"usage|spend|budget|basis\s+in\s+arrears)\b", re.IGNORECASE)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15,
             "twentieth": 20, "thirtieth": 30}
_ORDINAL_DAY = re.compile(
    r"\b(?:by|no\s+later\s+than|not\s+later\s+than|on|before|within)\s+the\s+(?P<ord>first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|fifteenth|twentieth|thirtieth|"
    r"\d{1,2}(?:st|nd|rd|th))(?:\s*\(\d{1,2}(?:st|nd|rd|th)\))?\s+(?:(?:(?P<q>business|working|calendar)\s+)?"
    r"days?|(?P<w>work\s?days?))\s+(?=after|following|from)", re.IGNORECASE)
_PERIOD_LEADS = ("for", "at least", "a minimum of", "not less than", "no less than")


@dataclass(frozen=True)
class Duration:
    text: str
    iso: str
    kind: str  # "deadline" | "period"
    start: int
    end: int
    business_days: bool = False

    @property
    def hours(self) -> float:
        return iso_hours(self.iso)


def _word_number(word: str) -> int | None:
    w = re.sub(r"[\s-]+", " ", word.lower()).strip()
    if w in _ONES:
        return _ONES[w]
    if w in _TENS:
        return _TENS[w]
    parts = w.split(" ")
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES:
        return _TENS[parts[0]] + _ONES[parts[1]]
    if len(parts) == 2 and parts[1] == "hundred" and parts[0] in _ONES:
        return _ONES[parts[0]] * 100
    return None


def _fmt(n: float) -> str:
    # (six places keep a fraction of a millisecond: "0.25 ms" is PT0.00025S, not PT0.S)
    return str(int(n)) if float(n).is_integer() else (f"{n:.6f}".rstrip("0").rstrip(".") or "0")


def _iso(n: float, unit: str) -> str:
    code = _UNITS[unit.lower()]
    if code == "MS":
        return f"PT{_fmt(n / 1000)}S"
    if code in ("H", "M", "S"):
        return f"PT{_fmt(n)}{code}"
    if code == "MO":
        return f"P{_fmt(n)}M"
    return f"P{_fmt(n)}{code}"


_N = r"(\d+(?:\.\d+)?)"
_ISO_PART = re.compile(rf"^P(?:{_N}Y)?(?:{_N}M)?(?:{_N}W)?(?:{_N}D)?(?:T(?:{_N}H)?(?:{_N}M)?(?:{_N}S)?)?$")


def iso_hours(iso: str) -> float:
    """Approximate length of an ISO 8601 duration in hours (a month is 1/12 of a 365-day year)."""
    m = _ISO_PART.match(iso)
    if not m:
        raise ValueError(f"not an ISO 8601 duration: {iso!r}")
    y, mo, w, d, h, mi, sec = (float(g) if g else 0.0 for g in m.groups())
    return y * 8760 + mo * 730 + w * 168 + d * 24 + h + mi / 60 + sec / 3600


_CHEAP = re.compile(r"second|sec\b|ms\b|minute|min\b|hour|hr|day|week|month|year|DAC|DAR|annual|quarter|ly\b|every|each|per\b",
                    re.IGNORECASE)


def find_durations(text: str) -> list[Duration]:
    """Every duration in ``text``, in order."""
    if not _CHEAP.search(text):
        return []
    return list(_find_durations(text))


_UNIT_WORD = re.compile(r"\b(?:milliseconds?|msecs?|ms|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|DAC|DARO|DAR)\b",
                        re.IGNORECASE)


def _amount_matches(text: str):
    """_AMOUNT matches, searched only in windows around unit words (the costly pattern never
    scans text that has no unit in it)."""
    seen_end = -1
    for u in _UNIT_WORD.finditer(text):
        if u.start() < seen_end:
            continue
        lo = max(0, u.start() - 90, seen_end)
        for m in _AMOUNT.finditer(text, lo, min(len(text), u.end() + 40)):
            if m.start("unit") == u.start():
                seen_end = m.end()
                yield m
                break


@lru_cache(maxsize=8192)
def _find_durations(text: str) -> tuple[Duration, ...]:
    found: list[Duration] = []
    taken: list[tuple[int, int]] = []
    for m in _amount_matches(text):
        if m.group("paren"):
            n = int(m.group("paren"))
        elif m.group("digits"):
            n = float(m.group("digits").replace(",", ""))
            n = int(n) if n.is_integer() else n
        else:
            n = _word_number(m.group("word") or "")
        if n is None:
            continue
        if m.group("half"):
            n += 0.5   # "two and a half minutes"
        lead = re.sub(r"\s+", " ", (m.group("lead") or "").lower()).strip()
        word = (m.group("word") or "").lower()
        if word in ("a", "an", "single") and not lead:
            continue  # "a day" alone is not a requirement number
        unit = m.group("unit")
        if unit.lower() in ("dac", "daro", "dar") and not unit.isupper():
            continue
        if word in ("a", "an", "single") and _UNITS[unit.lower()] in ("S", "MS"):
            continue  # "in a second region", "a second" (the ordinal) is no duration
        qual = re.sub(r"^consecutive\s+", "", (m.group("qual") or "").lower())
        business = qual in ("business", "working", "work") or qual.startswith("federal")
        tail = re.sub(r"\s+", " ", (m.group("tail") or "").strip().lower())
        if tail in ("in advance", "ahead"):
            tail = "before"
        if m.group("notice") or unit.lower() in ("dac", "daro", "dar"):
            kind = "deadline"  # "thirty (30) days' notice", "45 DAC"
        elif lead.startswith(_PERIOD_LEADS) and tail not in ("before", "prior to"):
            kind = "period"
        elif lead in ("up to", "no more than", "not more than", "not to exceed", "no longer than",
                      "a maximum of") and not tail:
            kind = "period"  # "a presentation of no more than 60 minutes" is a limit
        elif lead in ("every", "each", "once every"):
            kind = "deadline"
        elif lead or m.group("tail"):
            kind = "deadline"
        else:
            kind = "period"
        start, end = m.start(), m.end() - len(m.group("tail") or "")
        if m.group("notice"):
            end = m.end("unit") + 1 if text[m.end("unit"):m.end("unit") + 1] in "'’" else m.end("unit")
        found.append(Duration(text=text[start:end].strip(), iso=_iso(n, unit), kind=kind,
                              start=start, end=end, business_days=business))
        taken.append((start, end))
    for m in _ORDINAL_DAY.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        word = m.group("ord").lower()
        n = _ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
        if not n:
            continue
        qual = (m.group("q") or ("business" if m.group("w") else "")).lower()   # ("the eighth workday after")
        found.append(Duration(text=m.group(0).strip(), iso=f"P{n}D", kind="deadline", start=m.start(),
                              end=m.end(), business_days=qual in ("business", "working")))
        taken.append((m.start(), m.end()))
    for m in _FREQUENCY.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if _ADJECTIVE_USE.match(text, m.end()):
            continue  # "monthly uptime" is a measure, not a schedule
        lead = text[max(0, m.start() - 12): m.start()]
        if m.group("f").lower().startswith("each") and _WINDOW_BEFORE.search(lead) and \
                not re.search(r"\bday\s+of\s+$", lead, re.IGNORECASE):  # "the 10th day of each month" is monthly
            continue  # "99.9 percent of the time in each calendar month" is a measuring window
        f = re.sub(r"\s+", " ", m.group("f").lower())
        if f in _FREQ_ISO:
            iso = _FREQ_ISO[f]
        elif f.startswith("twice"):
            iso = "P6M"
        else:
            last = f.split(" ")[-1]
            if f.startswith(("per ", "a ")) and (last in ("day", "hour") or any(
                    0 <= m.start() - e <= 3 for _, e in taken)):
                continue  # "24 hours a day, 7 days a week" is availability, not a frequency
            iso = _FREQ_UNIT.get(last)
            if iso is None:
                continue
        found.append(Duration(text=m.group(0), iso=iso, kind="deadline", start=m.start(),
                              end=m.end(), business_days="business" in f or "working" in f))
    found.sort(key=lambda d: d.start)
    return tuple(found)


def first_deadline(durations: list[Duration]) -> Duration | None:
    """The deadline that governs a clause: an explicit amount beats a frequency word."""
    deadlines = [d for d in durations if d.kind == "deadline"]
    amounts = [d for d in deadlines if any(ch.isdigit() for ch in d.text) or
               re.search(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", d.text, re.I)]
    return (amounts or deadlines or [None])[0]
