"""How much a system must cope with: "support submittal packages of up to 800 pages" answered by
"accepts packages of up to 350 pages per upload", or "inspect fabric at line speeds up to 40
yards per minute" answered by "processes fabric moving at up to 30 yards per minute".  The
requirement's "up to" is the least the system must handle; an answer whose own limit is lower
offers less."""

from __future__ import annotations

import re

from .vocabulary import NEGATED, _num, sentences, terms

_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
# what the figure is counted in, and over what: "pages", "yards per minute", "files per hour"
_MEASURE = r"([a-z-]+)(?:\s+per\s+([a-z-]+))?\b"
# the system must cope with up to so much: "support packages of up to 800 pages", "inspect fabric
# at line speeds up to 40 yards per minute", "accept uploads as large as 2 GB"
HANDLED_UP_TO = re.compile(r"\b(?:support|handl|accept|process|ingest|accommodat|inspect|analy[sz]|load|scal|serv|read|scan|"
                           r"import|receiv|stor)\w*\s+(?:[\w-]+\s+){0,6}?(?P<lead>up\s+to|as\s+(?:many|large|long|fast)\s+as)\s+"
                           + _NUMBER + r"\s+" + _MEASURE, re.I)
# the answer's own limit: "up to 350 pages per upload", "at most 30 yards per minute", "a maximum of 500 files"
_LIMIT = re.compile(r"\b(?:up\s+to|as\s+(?:many|large|long|fast)\s+as|at\s+most|a\s+maximum\s+of|maximum\s+of|a\s+limit\s+of|"
                    r"limited\s+to|no\s+more\s+than|capped\s+at)\s+" + _NUMBER + r"\s+" + _MEASURE, re.I)


def _unit(words: str) -> set[str]:
    return set(terms(words.split()[-1])) if words.strip() else set()


def capacity_conflict(req_text: str, resp: str) -> str | None:
    """The answer's limit on the same measure (the same unit, and the same "per" where the
    requirement has one) falls below what the requirement says must be handled; none of its
    limits on that measure reaches it."""
    asked = HANDLED_UP_TO.search(req_text)
    if not asked:
        return None
    want, unit, per = _num(asked.group(2)), _unit(asked.group(3)), asked.group(4)
    if not unit:
        return None
    lower = []
    for sentence in sentences(resp):
        for m in _LIMIT.finditer(sentence):
            if _unit(m.group(2)) != unit or (per and (m.group(3) or "").lower() != per.lower()):
                continue
            if NEGATED.search(sentence[max(0, m.start() - 30):m.start()]):
                continue
            got = _num(m.group(1))
            if got >= want:
                return None
            lower.append(m.group(0).strip())
    if lower:
        return f"handles '{lower[0]}' where the solicitation requires '{req_text[asked.start('lead'):asked.end()].strip()}'"
    return None


# a volume the system must keep up with: "must sustain 45,000 applications per day", "process at
# least 2,000 claims an hour"; the answer's own rate on the same measure: "sized for 30,000
# applications per day"
_RATE = _NUMBER + r"\s+(?:[a-z-]+\s+)?([a-z-]+)\s+(?:per|a|an|each|every)\s+(second|minute|hour|day|week|month)\b"
_SUSTAIN = re.compile(r"\b(?:sustain|handl|process|support|scor|ingest|accept|screen|classif|triag|review|throughput|capacity|"
                      r"keep\s+up\s+with)\w*\s+(?:(?:at\s+least|a\s+minimum\s+of|no\s+(?:fewer|less)\s+than|up\s+to)\s+)?"
                      + _RATE, re.I)
_OWN_RATE = re.compile(r"\b(?:sized|built|provisioned|dimensioned|rated|tested|designed|scaled)\s+(?:for|to|at)\s+"
                       r"(?:(?:handle|process|support|up\s+to|about|roughly|around)\s+)*" + _RATE + r"|"
                       r"\b(?:capacity|throughput|limit|ceiling|maximum)\s+(?:of|is|at)\s+(?:about\s+|roughly\s+|around\s+)?" + _RATE,
                       re.I)
# said as what the offered system does: "the configuration proposed ... processes 900,000 form pages per day at peak"
_DOES_RATE = re.compile(r"\b(?:process|handl|sustain|ingest|scor)(?:es|s)\s+(?:up\s+to\s+|about\s+|roughly\s+|around\s+)?"
                        + _RATE, re.I)
# a figure in thousands or millions, written out in digits before matching: "1.2 million form pages"
_SCALED = re.compile(r"\b(\d+(?:\.\d+)?)\s+(thousand|million|billion)\b", re.I)
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}   # the words that scale a figure


def _in_digits(text: str) -> str:
    return _SCALED.sub(lambda m: f"{round(float(m.group(1)) * SCALE[m.group(2).lower()]):,}", text)


def throughput_conflict(req_text: str, resp: str) -> str | None:
    """The system must keep up with a volume; the answer's system is built for less of the same
    thing in the same period ("sized for 30,000 applications per day" against "must sustain 45,000
    applications per day")."""
    req_text, resp = _in_digits(req_text), _in_digits(resp)
    asked = _SUSTAIN.search(req_text)
    if not asked:
        return None
    want, unit, per = _num(asked.group(1)), _unit(asked.group(2)), asked.group(3).lower()
    lower = []
    for sentence in sentences(resp):
        for m in [*_OWN_RATE.finditer(sentence), *_DOES_RATE.finditer(sentence)]:
            got, what, when = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
            if _unit(what) != unit or when.lower() != per or NEGATED.search(sentence[max(0, m.start() - 30):m.start()]):
                continue
            if _num(got) >= want:
                return None
            lower.append(m.group(0).strip())
    if lower:
        return f"is built for '{lower[0]}' where the solicitation requires '{asked.group(0).strip()}'"
    return None


# a change capped at a multiple of what is there now: "shall not recommend an interval longer than
# twice the current interval", against "may extend it by up to three times the current value"
_TIMES = {"twice": 2.0, "double": 2.0, "triple": 3.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "ten": 10.0}
_MULTIPLE = r"(twice|double|triple|(?:two|three|four|five|ten|\d+(?:\.\d+)?)\s+times)\s+(?:the|its|their)\s+(current|existing|present|prior|previous)"
_CAPPED_MULTIPLE = re.compile(r"\b(?:not|never|no)\b[^.;]{0,80}?\b(?:more|longer|larger|greater|higher|bigger)\s+than\s+" + _MULTIPLE,
                              re.I)
_OFFERED_MULTIPLE = re.compile(r"\b(?:up\s+to|as\s+much\s+as|by|to|reach(?:es|ing)?)\s+" + _MULTIPLE, re.I)


def _times(said: str) -> float:
    first = said.lower().split()[0]
    return _TIMES.get(first) or _num(first)


def multiple_conflict(req_text: str, resp: str) -> str | None:
    """A change the requirement caps at a multiple of the present value, allowed a larger
    multiple by the answer."""
    cap = _CAPPED_MULTIPLE.search(req_text)
    if not cap:
        return None
    for sentence in sentences(resp):
        for m in _OFFERED_MULTIPLE.finditer(sentence):
            if NEGATED.search(sentence[max(0, m.start() - 40):m.start()]):
                continue
            if m.group(2).lower() == cap.group(2).lower() and _times(m.group(1)) > _times(cap.group(1)):
                return (f"allows up to {m.group(1)} the {m.group(2)} value where the solicitation caps it at "
                        f"{cap.group(1)} the {cap.group(2)}")
    return None


# the oldest platform and the smallest device the work must run on: "Android 10 or later", "phones
# with as little as 2 GB of memory"; the answer that needs a newer or larger one leaves some out
# (a release is "later"; "Phase 3 or above", "Tier 2 or higher" are levels of a scale)
_PLATFORM_FROM = re.compile(r"\b(?!(?:Phase|Tier|Level|Grade|Category|Class|Step|Stage|Type)\b)([A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)?)\s+"
                            r"(\d{1,3}(?:\.\d+)?)(?:\s+(?:or|and)\s+(?:later|newer)\b|\+)")
_AS_LITTLE_AS = re.compile(r"\bas\s+(?:little|few|small|low)\s+as\s+" + _NUMBER + r"\s*([A-Za-z]+)")
_NEEDS_AT_LEAST = re.compile(r"\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|no\s+less\s+than)\s+" + _NUMBER + r"\s*([A-Za-z]+)", re.I)


def platform_conflict(req_text: str, resp: str) -> str | None:
    """The answer supports only newer platforms, or only larger devices, than the requirement
    names ("Android 12 and later" against "Android 10 or later"; "needs at least 3 GB of memory"
    against "phones with as little as 2 GB")."""
    for want in _PLATFORM_FROM.finditer(req_text):
        name = want.group(1).split()[-1].lower()
        for got in _PLATFORM_FROM.finditer(resp):
            if got.group(1).split()[-1].lower() == name and _num(got.group(2)) > _num(want.group(2)):
                return (f"supports {got.group(1)} {got.group(2)} and later where the solicitation requires "
                        f"{want.group(1)} {want.group(2)} or later")
    for least in _AS_LITTLE_AS.finditer(req_text):
        for need in _NEEDS_AT_LEAST.finditer(resp):
            if need.group(2).lower() == least.group(2).lower() and _num(need.group(1)) > _num(least.group(1)) and \
                    not NEGATED.search(resp[max(0, need.start() - 30):need.start()]):
                return (f"needs at least {need.group(1)} {need.group(2)} where the solicitation requires it to work with "
                        f"as little as {least.group(1)} {least.group(2)}")
    return None
