"""Durations, schedules, thresholds, counts and ordered scales, and the conflicts between a
requirement's figures and an answer's."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..extract.deadlines import find_durations, iso_hours
from .capacity import HANDLED_UP_TO, SCALE
from .vocabulary import _IDENT, ADVERB, AUC_NAMES, NEGATED, _requirement_body, _fold_known_acronyms, _num, clause_around, sentences, terms

# Ordered scales a careful reviewer knows: lower position = weaker offer.
_SCALES = [
    # a vendor's own licence grants less than any DFARS rights category
    ("data rights", re.compile(r"\b(restricted|limited|government[\s-]purpose|unlimited)[\s-]+(?:data\s+)?rights\b|"
                               r"\b(commercial|proprietary|subscription)\s+(?:[\w-]+\s+){0,2}?licen[cs]es?\b", re.I),
     ["commercial", "proprietary", "subscription", "restricted", "limited", "government purpose", "unlimited"]),
    ("FedRAMP baseline", re.compile(r"\bfedramp\s+(?:\w+\s+)?(low|li-saas|moderate|high)\b|"
                                    r"\b(low|moderate|high)[\s-]+(?:impact\s+)?(?:baseline|authori[sz]ation)\b", re.I),
     ["low", "li-saas", "moderate", "high"]),
    ("impact level", re.compile(r"\b(?:il|impact\s+level\s*)([2456])\b", re.I), ["2", "4", "5", "6"]),
    # Federal Investigative Standards tiers: Tier 1 (low risk) up to Tier 5 (top secret)
    ("investigation tier", re.compile(r"\b[Tt]ier\s+([1-5])\b(?=[\w\s,()-]{0,40}\b(?:investigations?|background|"
                                      r"clearances?|adjudicat\w*|suitability|BI|MBI|NACI)\b)|"
                                      r"\b(?:investigations?|background\s+checks?)\s+(?:at|of)\s+[Tt]ier\s+([1-5])\b"),
     ["1", "2", "3", "4", "5"]),
]


# ----------------------------------------------------------------------------------------------
# Quantities: durations, frequencies, thresholds, counts, scales

_ROLES = [
    # ("we raise it with the COR at the next quarterly model review": told to the Government)
    ("notify", re.compile(r"\b(?:notif\w*|report\w*|inform\w*|alert\w*|notice|"
                          r"rais(?:e|es|ed|ing)(?=\s+(?:it|them|this|these|(?:the|any|each)\s+[\w-]+)\s+with\b))\b", re.I)),
    ("retain", re.compile(r"\b(?:retain\w*|retention|keep\w*|kept|stor\w*|preserv\w*|archiv\w*|"
                          r"purg\w*|delet\w*|remov\w*|destroy\w*|destruct\w*|dispos(?:e|es|ed|ing|al)|remain\w*|stay\w*|(?-i:online)|"
                          # "Quotes must remain valid for 90 days" is answered by "This quote is valid for 120 days"
                          r"valid(?:ity)?(?![\w-]))\b", re.I)),
    ("fix", re.compile(r"\b(?:remediat\w*|fix\w*|resolv\w*|correct\w*|patch\w*|clos\w*)\b", re.I)),
    ("deliver", re.compile(r"\b(?:process\w*|scor\w*|produc\w*|respon\w*|return\w*|resum\w*|restor\w*|"
                           r"recover\w*|takes?\s+over|ready|push\w*|disseminat\w*|deliver\w*|submit\w*|"
                           r"furnish\w*|send\w*|issu\w*|hand(?:s|ed)?|availab\w*|"
                           # ("every analyst view, decision, and export": the noun; "applications exported from
                           # e-snaps": what is taken in)
                           r"export(?:s|ing)?(?=\s+(?!(?:for|and|or|of|from|by|records?|logs?|files?)\b)\w))\b", re.I)),
    ("visit", re.compile(r"\b(?:on-?site|visit\w*|depot)\b", re.I)),
    # "retrain or recalibrate the models at least quarterly" against "retrains the models twice a year"
    ("retrain", re.compile(r"\b(?:re-?train\w*|re-?calibrat\w*)\b", re.I)),
    # verbs, not the nouns made from them: "assessment outputs" are kept, not assessed
    ("test", re.compile(r"\b(?:test\w*|exercis\w*|re-?evaluat\w*|red[\s-]team\w*|validat(?:e|es|ed|ing|ion)|revalidat\w*|"
                        r"assess(?:es|ed|ing)?|audit(?:s|ed|ing)?|review(?:s|ed|ing)?(?!\s+(?:queues?|screens?|tools?|interfaces?|pages?|panels?|"
                        r"dashboards?|consoles?|boards?))|meet(?:s|ing)?|monitor(?:s|ed)?)\b", re.I)),
]
_COUNT_WORDS = {"one": 1, "once": 1, "two": 2, "twice": 2, "three": 3, "thrice": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_TWO_TO_TWELVE = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"   # counts written in words
_ONE_TO_TWELVE = r"one|" + _TWO_TO_TWELVE
_RATE = re.compile(
    r"\b(?:(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than)\s+)?(?<![\d.])(?P<n>once|twice|thrice|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\s+(?:(?:[\w-]+\s+){0,5}?(?:times?|days?|visits?|sessions?|cycles?|runs?|"
    r"exercises?|meetings?|reports?|inspections?|audits?|drills?)\s+)?(?:a|per|each|every|in\s+(?:each|every))\s+(?:contract\s+|calendar\s+|fiscal\s+|"
    r"option\s+|performance\s+)?(?P<u>day|week|month|quarter|year)\b|"
    r"\b(?<![\d.])(?P<n2>once|twice|\d+|one|two|three|four|five|six|eight|ten|twelve)\s+(?:(?:\w+\s+)?(?:times?|cycles?|runs?)\s+)?"
    r"(?P<u2>daily|weekly|monthly|quarterly|annually|yearly)\b", re.I)
_RATE_IN_SPAN = re.compile(
    r"\b(?P<n>once|twice|thrice|one|two|three|four|five|six|\d{1,2})\s+(?:(?:[\w-]+\s+){0,2}?(?:times?|exercises?|sessions?|"
    r"reviews?|assessments?)\s+)?(?:in|per|during)\s+(?:each|every|any)\s+(?P<k>\d{1,2}|two|three|six|twelve)[\s-]"
    r"(?P<u>day|week|month|quarter|year)\s+(?:period|window|cycle)\b", re.I)
# "every second crop year", "every other week", "every third month": once in so many periods
# ("every second Monday", "every other Friday": every two weeks; "fortnightly": the same)
_EVERY_NTH = re.compile(r"\b(?:every|each)\s+(?P<k>other|second|third|fourth|sixth)\s+(?:(?:crop|calendar|fiscal|"
                        r"contract|business|working)\s+)?(?P<u>day|week|month|quarter|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
                        r"\b(?P<f>fortnightly|bi-?weekly)\b", re.I)
_NTH = {"other": 2, "second": 2, "third": 3, "fourth": 4, "sixth": 6}
# "at least four times during the base period", "twice in the base year": a count within a year-long period
_TIMES_IN_YEAR = re.compile(
    r"\b(?P<n>once|twice|thrice|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?:separate\s+)?times)\s+(?:during|in|over|within)\s+(?:the|each|every)\s+(?:base|first|initial)\s+"
    r"(?:(?:contract|performance|ordering)\s+)?(?:period|year)\b", re.I)
_UNIT_HOURS = {"day": 24.0, "week": 168.0, "month": 730.0, "quarter": 2190.0, "year": 8760.0,
               "daily": 24.0, "weekly": 168.0, "monthly": 730.0, "quarterly": 2190.0, "annually": 8760.0,
               "yearly": 8760.0}
_NEXT_DAY = re.compile(r"\b(?:by|on|within)\s+the\s+next\s+(business\s+|working\s+|calendar\s+)?day\b|"
                       r"\bnext[\s-](business\s+|working\s+)?day\b|\bthe\s+(?:next|following)\s+morning\b", re.I)
_ANYTIME = re.compile(r"\b(?:at\s+any\s+time|on\s+demand|(?P<live>in\s+real\s+time)|self-service|"
                     r"standing\s+(?:read(?:-only)?\s+|direct\s+)?(?:access|accounts?|credentials))\b", re.I)
REAL_TIME_HOURS = 5.0 / 3600.0
# a time of day a thing must be done by: "by 0600 Mountain Time", "no later than 7:30 a.m."
_ZONE = r"(?:local|(?-i:[A-Z]{1,2}[SD]?T|UTC|Z|GMT)\b|(?:Eastern|Central|Mountain|Pacific|Alaska|Hawaii|Zulu)\b)"
_CLOCK_BY = re.compile(r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than)\s+(?:"
                       r"(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:hours\s+)?(?=" + _ZONE + r")|"
                       r"(?P<h>\d{1,2}):(?P<m>[0-5]\d)\s*(?P<ap>[ap]\.?m\.?)?(?![\w:])|"
                       r"(?P<h2>\d{1,2})\s*(?P<ap2>[ap]\.?m\.?)(?!\w)|"
                       # "by close of business each Tuesday": 5:00 p.m.
                       r"(?:the\s+)?(?P<cob>close\s+of\s+business|(?-i:COB))\b)", re.I)
_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_WEEKDAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_AFTER = re.compile(r"(?:\s+(?:noon|midnight|Eastern|Central|Mountain|Pacific|local|[ECMP][SD]?T|[Tt]ime|ET))*\s+(?:on\s+)?(?:each\s+|every\s+)?"
                            + _WEEKDAY + r"\b")
_WEEKDAY_BEFORE = re.compile(r"\b(?:on\s+|each\s+|every\s+)?" + _WEEKDAY + r"s?,?\s+$")
# "requests are fulfilled the same business day": within a day
_DAY_BEFORE = re.compile(r"\b(?:on\s+|by\s+)?the\s+(?:(business|working|calendar)\s+)?day\s+(?:before|prior\s+to|ahead\s+of)\b",
                         re.I)
_SAME_DAY = re.compile(r"\b(?:on\s+|within\s+|by\s+the\s+end\s+of\s+)?the\s+same\s+(?:business\s+|working\s+|calendar\s+)?day\b", re.I)
_NEXT_REPORT = re.compile(r"\b(?:in|with|at|until)\s+the\s+(?:next|following)\s+(daily|weekly|monthly|quarterly)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:report|briefing|meeting|review)\b", re.I)
# a window counted from the close of every period sets that period's cadence too
_AFTER_EACH_PERIOD = re.compile(r"\b(?:after|following|from)\s+the\s+(?:end|close)\s+of\s+(?:each|every)\s+(?:calendar\s+|fiscal\s+)?"
                                r"(week|month|quarter|year)\b", re.I)
# readings reduced to one value a period: "a daily mean, minimum and maximum", "hourly averages"
_PERIOD_HOURS = {**_UNIT_HOURS, "hourly": 1.0}
_PERIOD_VALUES = re.compile(r"\b(hourly|daily|weekly|monthly)\s+(?:means?|averages?|minim(?:um|a|ums)|maxim(?:um|a|ums))\b", re.I)
_NIGHTLY = re.compile(r"\b(?:every|each)\s+(?:morning|night|evening)\b|\bnightly\b", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20}
# (or without the word day: "by the 20th of the month following the month estimated")
_NTH_DAY_AFTER = re.compile(r"\b(\d{1,2}(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + r")\s+(?:(?:(business|calendar|working)\s+)?"
                            r"day\s+)?(?:of|in)\s+the\s+"
                            r"(?:(?:following|next|subsequent)\s+(?:month|quarter|period)|"
                            r"(?:month|quarter|period)\s+(?:after|that\s+follows|following))\b", re.I)
_MONTH_N = re.compile(r"(?<!percent\s)(?<!%\s)(?<!done\s)\b(?:by|before|in|at\s+the\s+(?:end|close)\s+of|by\s+the\s+end\s+of|"
                      r"no\s+later\s+than(?:\s+the\s+end\s+of)?)\s+"
                      r"(?:contract\s+|performance\s+)?(month|week)\s+(\d{1,2})\b(?!\s*[-–])", re.I)
# ("live by day 120", "on Day 45": a day of the contract, counted from award)
_DAY_N = re.compile(r"\bday\s+(\d{1,3})\s+(?=after|following|from)\b|\b(?<=by\s|on\s)day\s+(\d{1,3})\b(?!\s*(?:of|and|to|-|–))", re.I)
_CLOCK_LIST = re.compile(r"\bat\s+((?:\d{2}(?::?\d{2})?\s*(?:,|and)\s*)+\d{2}(?::?\d{2})?)\s*(?:utc|z|gmt)\b", re.I)
_HELD_VERB = r"\b(?:stays?|stayed|remains?|remained|kept|keeps?|holds?|held)\s+"
_HELD = re.compile(_HELD_VERB + "$", re.I)
_HELD_UNDER = re.compile(_HELD_VERB + r"(?:at\s+or\s+)?(?:below|under|within|less\s+than|no\s+more\s+than)\s*$", re.I)
_CAP_BEFORE = re.compile(r"\b(?:not\s+exceed|exceed(?:ing)?|no\s+(?:more|longer)\s+than|at\s+most|"
                         r"maximum(?:\s+of)?|limited\s+to|capped\s+at)\s*$", re.I)
_ERROR_IN_TIME = re.compile(r"\b(?:error|deviation|bias|offset|uncertainty|spread)\s+(?:of\s+)?(?:(?:no\s+more\s+than|"
                            r"not\s+(?:to\s+)?exceed(?:ing)?|at\s+most|under|below|less\s+than|within)\s*)?$", re.I)
# "does not repeat the same pattern for more than three consecutive weeks": a cap on how long
_NEGATED_LONGER = re.compile(r"\b(?:not|never|no)\b[^.;]{0,80}\b(?:for\s+)?(?:more|longer)\s+than\s+$", re.I)
_BEFORE = re.compile(r"^\s*(?:before|prior\s+to|in\s+advance|ahead\s+of|advance|beforehand|ahead(?!\s+(?:of\s+)?time)|"
                     r"earlier\s+than)\b", re.I)   # ("a date more than thirty days earlier than the submission")
_AFTER = re.compile(r"^\s*(?:after|following|once)\b", re.I)
# the first of a list of lead times: "21 days and again 7 days before each expiration"
_BEFORE_LISTED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:again\s+|also\s+|then\s+)?(?:at\s+)?(?:\d+|[a-z]+)[\s-]"
                            r"(?:calendar\s+|business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?|months?)\s+"
                            r"(?:before|prior\s+to|ahead\s+of|in\s+advance)\b", re.I)
_OF_CHANGE = re.compile(r"\s*of\s+(?:the|a|any|each|that|this)\s+(?:[\w-]+\s+)?(?:change|departure|substitution|"
                        r"replacement|switch|move|update|upgrade)\b", re.I)


# "99.5 percent of the time, measured monthly": the window a figure is measured over, no schedule
_MEASURED = re.compile(r"\b(?:measured|calculated|computed|averaged|assessed|reported)\s+(?:on\s+an?\s+)?"
                       r"(?:daily|weekly|monthly|quarterly|annually|yearly|(?:each|every|per|a)\s+\w+)\b", re.I)

# the period a level is measured over: "available 99.5 percent per calendar month", "99.9 percent
# of each calendar month" (how a figure is counted, not how often something is done)
_COUNTING_PERIOD = r"(?:(?:calendar|business|fiscal|contract|billing)\s+)?(?:month|week|quarter|year|day)\b"
_LEVEL_OVER = re.compile(r"(?<=\d)\s*(?:%|percent)\s+(?:of\s+(?:the\s+time\s+)?(?:in\s+)?)?(?:per|each|every|an?|in\s+(?:each|every|an?|any))\s+"
                         + _COUNTING_PERIOD + r"|"
                         r"(?<=\d)\s*(?:%|percent)\s+(?:monthly|weekly|quarterly|annually|yearly|daily)\b|"
                         # "for at least 95 percent of cases in a month": the period the share is counted over
                         r"(?<=\d)\s*(?:%|percent)\s+of\s+(?:all\s+|the\s+)?(?:[\w-]+\s+){1,2}?in\s+(?:an?|each|every|any)\s+"
                         + _COUNTING_PERIOD + r"|"
                         # "a drift in baseload of more than 5 percent over 90 days": the time a change is measured over
                         r"(?<=\d)\s*(?:%|percent)\s+(?:over|across)\s+(?:an?\s+|any\s+|the\s+)?(?:rolling\s+|trailing\s+)?"
                         r"(?:\d+|[a-z]+)[\s-](?:hours?|days?|weeks?|months?|years?)\b", re.I)


@dataclass
class Qty:
    cls: str        # window | interval | span | advance | spacing | lookback | horizon | clock | weekclock
    hours: float
    role: str | None
    text: str
    after: bool = False


_MODAL = re.compile(r"\b(?:shall|must|will|would|is\s+required\s+to|are\s+required\s+to|commits?\s+to|agrees?\s+to)\b", re.I)


_MAIN_VERB = re.compile(r"\b(?:(?:is|are|was|were|be|been|being|will|shall|must|would)\s+(?:\w+ly\s+)?|"
                        r"(?=(?:remain|stay)(?:s|ed)?\b))([a-z]+)\b", re.I)


_MEASURED_IN = re.compile(r"^\s*(?:In|During|Across|From|On)\s+(?:our\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:tests?|testing|trials?|pilots?|benchmarks?|back-?tests?|hindcasts?)\b"
                          r"(?:[^,]{0,80},|\s+(?=(?:the|our|its|each|every)\s))", re.I)   # ("In load tests the service returns")
# "After each activation closes, we deliver ...": the event the time counts from, not the act timed
_EVENT_CLAUSE = re.compile(r"^\s*(?:After|Once|When|Whenever|As\s+soon\s+as|Following|Upon)\b[^,;]{0,80},", re.I)


# a table row that names a lead time: "Median warning before the cabinet passes minus 60 C | 6 hours"
_LEAD_ROW = re.compile(r"^[^|]*\b(?:warning|warnings|notice|alerts?|lead\s+time)\s+(?:[\w-]+\s+){0,2}?(?:before|ahead\s+of|prior\s+to)\b"
                       r"[^|]*\|[^|]*$", re.I)


_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who)\s+(?:[\w-]+\s+){0,2}?[a-z]+ed\s+(?:it|them)\b", re.I)


_SCORED_AGAINST = re.compile(r"\b(?:re-?)?scor(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?against\s+(?:an?\s+|the\s+)?(?:new|fresh|"
                             r"held-out|test|sample|benchmark|reference)\b", re.I)


def _role(text: str, start: int, end: int) -> str | None:
    """What a duration measures, from the verb that governs it: the main verb of its clause when
    it has a role ("These audit records are kept for 120 months" -> retain, not the "audit" of
    its subject; "Images remain in the cache for seven days" -> retain), else the first role word
    after the nearest modal before it ("will keep images for 30 days" -> retain), else the first
    role word of its clause."""
    clause_start = max(text.rfind(c, 0, start) for c in ".;|") + 1   # (a table cell is a clause of its own)
    if _SCORED_AGAINST.search(text[clause_start:clause_start + 300].split(". ")[0]):
        return "test"   # "Twice a year ... Keelhaven will score PlanLens against a new sample of plans": an evaluation
    # "In load tests, the median time ... was 11 seconds": the tests are where it was measured
    before = _MEASURED_IN.sub("", text[clause_start:start])
    rest = _EVENT_CLAUSE.sub("", before)
    if rest != before and any(_verb_use(pat, rest) for _, pat in _ROLES):
        before = rest
    verbs = list(_MAIN_VERB.finditer(re.split(r"\band\b", before)[-1]))
    if verbs:
        verb = verbs[-1].group(1)
        for name, pat in _ROLES:
            if pat.fullmatch(verb):
                return name
    modals = list(_MODAL.finditer(before))
    scope = before[modals[-1].end():] if modals else before
    best = None
    last = re.split(r"\band\b", scope)[-1]
    if re.match(r"\s*(?:make|provide|give|allow|enable|ensure|grant|offer|permit)\b", last, re.I):
        return None   # "retain the logs for seven years and make them searchable within one day"
    # "retain the decision record and every score produced by that version for seven years": the
    # "and" joins two things retained, not two duties
    # (nor does the last "and" of a list: "retain versioned copies of every model, training cohort
    # specification and scoring run for six years")
    parts = (scope,) if re.match(r"\s*(?:every|each|the|a|an|all|any|its|their|our|his|her)\b", last, re.I) or \
        re.search(r",\s*[\w-]+(?:\s+[\w-]+){0,3}\s+and\s*$", scope[:len(scope) - len(last)]) else (last, scope)
    for part in parts:   # "notify ... and keep images for 30 days"
        # (a relative clause names no duty: "retain every ... disposition, together with the model
        # version that produced it, for seven years")
        part = _RELATIVE_CLAUSE.sub(lambda r: " " * len(r.group(0)), part)
        pos = len(part) + 1
        for name, pat in _ROLES:
            m = _verb_use(pat, part)
            if m and m.start() < pos:
                best, pos = name, m.start()
        if best is not None:
            break
    if best is None and modals:
        for name, pat in _ROLES:
            m = _verb_use(pat, before)
            if m and m.start() < pos:
                best, pos = name, m.start()
    if best is None:
        # "Each quarter we will deliver an accuracy report": the verb nearest after; "Within 14
        # days after a coding year closes, we purge ...": not the verb of the "after" clause
        after = text[end:end + 90]
        # (or that ends its cell: "| 21 days after each fire season closes")
        # (or the sentence: "within 30 calendar days after TSA issues a revised Security Directive.")
        lead = re.match(r"\s*(?:after|before|following|of|from)\b[^,.;|]{0,60}(?:,|\.(?=\s|$)|\s*(?:\||$))", after)
        if lead:   # (an event clause that ends its cell leaves nothing after it in the cell)
            after = after[lead.end():] if lead.group(0).rstrip().endswith(",") else ""
            if re.match(r"\s*(?:and|but|while|whereas)\b", after, re.I):
                after = ""   # "within 5 minutes of the record being created, and in testing the median was ...": another clause
        else:
            after = after[:40]
        after = after.split("|")[0]
        # ("Twice a year, 30 days after each half-year closes": the closing is the event, not the duty)
        after = re.sub(r"\b(?:after|following|once|when)\s+(?:each|every|the|a|an)\s+[^,.;:|]*", " ", after, flags=re.I)
        hits = [(m.start(), name) for name, pat in _ROLES if (m := _verb_use(pat, after))]
        if hits:
            return min(hits)[1]
    return best


_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|our|any|all|each|every|of|with|and|or|for|per|no|"
                          r"million|billion|thousand|hundred)|\b\d[\d,.]*|,)\s*$", re.I)   # "22 million reports"
_NOUN_AFTER = re.compile(r"\s*(?:results?|outputs?|records?|reports?|logs?|data|plans?|teams?|sets?|suites?|artifacts?|"
                         r"findings?|summar\w+|status|window|period|cycles?|volumes?|environments?|conditions?)\b", re.I)


_ACT_NOUN = re.compile(r"(?:retention|deletion|destruction|disposal|removal|purging)", re.I)


def _verb_use(pat: re.Pattern, text: str) -> re.Match | None:
    """The first match of a role word used as a verb: not "the logs", "and test results",
    "assessment outputs"."""
    for m in pat.finditer(text):
        if _ACT_NOUN.fullmatch(m.group(0)):
            return m   # "certify its destruction within 30 days": the noun names the act
        if _NOUN_BEFORE.search(text[:m.start()]) or _NOUN_AFTER.match(text[m.end():]):
            continue
        return m
    return None


_SECONDS_ABBREV = re.compile(r"(?<![\w.])(\d+\.\d+|\d+)\s?s\b(?=[\s,.;:)]|$)")


_DAYS_ONE_TO_N = re.compile(r"\bdays\s+(?:one|1)\s+(?:through|to|thru)\s+(" + _TWO_TO_TWELVE + r"|\d{1,3})\b"
                            r"(?:\s+(?:after|from|following)\s+(?:the|each)\s+(?:forecast|issue|issuance|run|reference)\s+"
                            r"(?:date|day|time))?", re.I)


_WITHIN_WINDOW = re.compile(r"\bwithin\s+an?\s+(\d{1,3})[\s-](minute|hour|day|week|month)\s+(?:window|period|span)\b", re.I)


def _plain_times(text: str) -> str:
    """Times written in forms the duration finder does not know, written plainly: "0.15 s",
    "five crop years", "every quarter hour" (not quarterly), "a decade", "half a second"."""
    text = _SECONDS_ABBREV.sub(r"\1 seconds", text)
    text = _KIND_OF_YEAR.sub(r"\1", text)
    text = _QUARTER_HOUR.sub("15 minutes", text)
    text = _N_MOST_RECENT.sub(r"\2 \1 \3", text)   # "the three most recent years": the most recent three years
    text = _HALF_A.sub(lambda m: "0.5 " + m.group(1).lower() + "s", text)
    # "within the first two quarters of the year": within six months
    text = _FIRST_N.sub(lambda m: f"{m.group(1)} {3 * _QUARTERS[m.group(2).lower()]} months", text)
    text = _DAYS_ONE_TO_N.sub(r"the next \1 days", text)   # "for days one through seven": the next seven days
    text = _WITHIN_WINDOW.sub(r"within \1 \2s", text)   # "within a 90-day window": within 90 days
    return _DECADE.sub(lambda m: ("ten" if m.group(1).lower() in ("a", "one") else "twenty") + " years", text)


def quantities(text: str) -> list[Qty]:
    """Durations, frequencies and schedules in ``text``, classified by what 'better' means."""
    text = _plain_times(text)
    out: list[Qty] = []
    taken: list[tuple[int, int]] = []
    # ("99.5 percent of the time, measured monthly"; but "the index is computed daily" is a schedule)
    measuring = [(m.start(), m.end()) for pat in (_MEASURED, _LEVEL_OVER) for m in pat.finditer(text)
                 if pat is _LEVEL_OVER or re.search(r"\d|percent", text[max(0, m.start() - 80):m.start()], re.I)]
    for m in _RATE.finditer(text):
        n_txt = (m.group("n") or m.group("n2")).lower()
        n = _COUNT_WORDS.get(n_txt) or (int(n_txt) if n_txt.isdigit() else 0)
        unit = (m.group("u") or m.group("u2")).lower()
        if not n or (len(n_txt) == 4 and n_txt.isdigit()):
            continue   # ("by 0600 Eastern Time each day": a time of day, not 600 times a day)
        if n_txt.isdigit() and re.search(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$",
                                         text[max(0, m.start() - 12):m.start()]):
            continue   # "by April 15 each year": a date, not fifteen times a year
        if re.search(r"\b(?:inspections?|audits?|drills?)\b", m.group(0), re.I) and re.search(
                r"(?:\b(?:no|not)\s+more\s+than|\bat\s+most|\bfewer\s+than|\bexceed|\bmaximum\s+of|\bup\s+to)\s+$",
                text[max(0, m.start() - 20):m.start()], re.I):
            continue   # "no more than 160 inspections per fiscal year": a capped workload, not a cadence
        if re.match(r"\d+\s+(?:Every|Each|Per|A)\b", m.group(0)):
            continue   # "C.3 | 3 | Every quarter": a label beside a schedule, not three times a quarter
        if m.group("n2") and n_txt not in ("once", "twice") and re.match(r"\s+(?:[\w-]+\s+)?[a-z]+s\b", text[m.end():]):
            continue   # "two monthly production cycles": a count of cycles, not twice a month
        out.append(Qty("interval", _UNIT_HOURS[unit] / n, _role(text, m.start(), m.end()), m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _RATE_IN_SPAN.finditer(text):   # "at least twice in each 12-month period"
        if any(s <= m.start() < e for s, e in taken):
            continue
        n = _COUNT_WORDS.get(m.group("n").lower()) or (int(m.group("n")) if m.group("n").isdigit() else 0)
        span = _COUNT_WORDS.get(m.group("k").lower()) or int(m.group("k"))
        if n and span:
            out.append(Qty("interval", span * _UNIT_HOURS[m.group("u").lower()] / n, _role(text, m.start(), m.end()),
                           m.group(0)))
            taken.append((m.start(), m.end()))
    for m in _EVERY_NTH.finditer(text):   # "full retraining every second crop year": every two years
        if any(s <= m.start() < e for s, e in taken):
            continue
        every, unit = (2, "week") if m.group("f") else (_NTH[m.group("k").lower()], m.group("u").lower())
        out.append(Qty("interval", every * _UNIT_HOURS["week" if unit.endswith("day") and unit != "day" else unit],
                       _role(text, m.start(), m.end()), m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _TIMES_IN_YEAR.finditer(text):   # "deliver it at least four times during the base period"
        if any(s <= m.start() < e for s, e in taken):
            continue
        word = m.group("n").lower().split()[0]
        n = _COUNT_WORDS.get(word) or (int(word) if word.isdigit() else 0)
        if n:
            out.append(Qty("interval", _UNIT_HOURS["year"] / n, _role(text, m.start(), m.end()), m.group(0)))
            taken.append((m.start(), m.end()))
    for m in _CLOCK_LIST.finditer(text):
        k = len(re.findall(r"\d{2}(?::?\d{2})?", m.group(1)))
        if k >= 2:
            out.append(Qty("interval", 24.0 / k, _role(text, m.start(), m.end()), m.group(0)))
            taken.append((m.start(), m.end()))
    for m in _ANYTIME.finditer(text):   # "investigators can search the records at any time"
        if re.match(r"at\s+any\s+time", m.group(0), re.I) and \
                re.search(r"\b(?:ask|asks|asked|request|requests|requested|call|calls)\b[^.;]{0,100}$", text[:m.start()], re.I):
            continue   # "GSA may ask for a full export at any time": when the request may come, not how soon it is met
        # ("in real time" allows the few seconds live processing takes: "never more than 1.5 s behind")
        out.append(Qty("window", REAL_TIME_HOURS if m.group("live") else 0.0, _role(text, m.start(), m.end()), m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _CLOCK_BY.finditer(text):   # "posted by 0500 MT" against "by 0600 Mountain Time": earlier is better
        if m.group("hh"):
            hour, minute = int(m.group("hh")), int(m.group("mm"))
        elif m.group("cob"):
            hour, minute = 17, 0
        else:
            hour, minute = int(m.group("h") or m.group("h2")), int(m.group("m") or 0)
            half = (m.group("ap") or m.group("ap2") or "").lower()
            if half.startswith("p") and hour < 12:
                hour += 12
            elif half.startswith("a") and hour == 12:
                hour = 0
        if hour > 23 or minute > 59:
            continue
        # "by 4:00 p.m. Eastern time on Thursday" against "Friday by 12:00 noon": a time of the week,
        # compared only with another one
        day = _WEEKDAY_AFTER.match(text, m.end()) or _WEEKDAY_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if day:
            out.append(Qty("weekclock", 24.0 * _WEEKDAYS.index(day.group(1).lower()[:3]) + hour + minute / 60.0,
                           _role(text, m.start(), m.end()), f"{day.group(1)} {m.group(0).strip()}"))
            taken.append((m.start(), m.end()))
            continue
        out.append(Qty("clock", hour + minute / 60.0, _role(text, m.start(), m.end()), m.group(0).strip()))
        taken.append((m.start(), m.end()))
    for m in _SAME_DAY.finditer(text):
        out.append(Qty("window", 24.0, _role(text, m.start(), m.end()), m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _PERIOD_VALUES.finditer(text):   # "summarized into a daily mean": values given a day apart
        out.append(Qty("interval", _PERIOD_HOURS[m.group(1).lower()], "resolution", m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _NIGHTLY.finditer(text):   # "every morning the previous day's visits are scanned"
        out.append(Qty("interval", 24.0, _role(text, m.start(), m.end()), m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _NEXT_REPORT.finditer(text):   # "summarized in the next weekly status report": up to a week
        out.append(Qty("window", _UNIT_HOURS[m.group(1).lower()], _role(text, m.start(), m.end()), m.group(0), after=True))
        taken.append((m.start(), m.end()))
    for m in _AFTER_EACH_PERIOD.finditer(text):   # "within 30 days after the end of each calendar quarter": quarterly
        if not any(s <= m.start(1) < e for s, e in taken):
            out.append(Qty("interval", _UNIT_HOURS[m.group(1).lower()], _role(text, m.start(), m.end()),
                           re.search(r"(?:each|every)\b.*", m.group(0), re.I).group(0)))
            taken.append((m.start(1), m.end()))
    for m in _NTH_DAY_AFTER.finditer(text):   # "3rd business day of the following month"
        business = (m.group(2) or "").lower() in ("business", "working")
        nth = _ORDINALS.get(m.group(1).lower()) or int(re.match(r"\d+", m.group(1)).group(0))
        out.append(Qty("window", 24.0 * nth * (1.4 if business else 1.0), _role(text, m.start(), m.end()),
                       m.group(0), after=True))
        taken.append((m.start(), m.end()))
    for m in _MONTH_N.finditer(text):   # "completing the last tranche at the end of month 12"
        out.append(Qty("window", int(m.group(2)) * _UNIT_HOURS[m.group(1).lower()], _role(text, m.start(), m.end()),
                       m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _DAY_N.finditer(text):   # "Day 20 after award" in a deliverables table
        out.append(Qty("window", 24.0 * int(m.group(1) or m.group(2)), _role(text, m.start(), m.end()), m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _NEXT_DAY.finditer(text):
        business = bool(m.group(1) or m.group(2)) and "calendar" not in (m.group(1) or "")
        out.append(Qty("window", 24.0 * (1.4 if business else 1.0), _role(text, m.start(), m.end()), m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _DAY_BEFORE.finditer(text):   # "by noon on the business day before the release": one day ahead
        business = (m.group(1) or "").lower() in ("business", "working")
        out.append(Qty("advance", 24.0 * (1.4 if business else 1.0), _role(text, m.start(), m.end()), m.group(0)))
        taken.append((m.start(), m.end()))
    found = find_durations(text)
    joined: dict[int, float] = {}   # "six years and three months": one span
    for a, b in zip(found, found[1:]):
        # (but "daily and hourly detail" names two cadences, not one span of 25 hours)
        if re.fullmatch(r"\s+and\s+", text[a.end:b.start]) and iso_hours(a.iso) > iso_hours(b.iso) and \
                not any(re.fullmatch(r"[a-z]+ly", x.text.strip(), re.I) for x in (a, b)):
            joined[id(a)] = iso_hours(b.iso)
            measuring.append((b.start, b.end))
    for d in found:
        if any(s <= d.start < e or d.start <= s < d.end for s, e in taken + measuring):
            continue
        hours = (iso_hours(d.iso) + joined.get(id(d), 0.0)) * (1.4 if d.business_days else 1.0)
        if re.fullmatch(r"(?:every|each)\s+(?:business|working)\s+day", d.text.strip(), re.I):
            hours = 24.0   # a cadence of every business day is daily
        rest = text[d.end:d.end + 30]
        lead = d.text.lower()
        is_freq = d.kind == "deadline" and (lead.startswith(("every", "each", "once")) or not re.search(
            r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            r"ninety|hundred|a|an|" + "|".join(_ORDINALS) + r")\b", lead))   # "the seventh business day" is a date
        if re.match(r"\d", lead) and re.search(r"\bper\s+$", text[max(0, d.start - 5):d.start]):
            continue   # "one alert per patient per 4 hours": the period a rate is counted over
        if lead.startswith("per ") and _CAPPED_COUNT.search(text, max(0, d.start - 90), d.start):
            continue   # "no more than one false advisory per unit per month": a capped count, not a schedule
        if is_freq and re.match(r"\s+(?:(?:in|during|for)\s+which|when|where|whose)\b", rest, re.I) and \
                _PICKS.search(text[max(0, d.start - 20):d.start]):
            continue   # "flag every hour in which confidence falls": which hours, not how often
        if is_freq and lead.startswith(("every", "each")) and not re.search(r"\d", lead):
            # "Each year Corvane will run two failure exercises": that many in each period
            many = _MANY_IN_CLAUSE.match(text, d.end)
            if many:
                hours /= _COUNT_WORDS.get(many.group(1).lower()) or int(many.group(1))
        if is_freq and re.match(r"\s+(?:[\w-]+\s+)?(?:volumes?|averages?|peaks?|totals?|throughput|capacity|loads?|counts?|"
                                r"maximum|minimum|limits?|quotas?|caps?|employment|wages|earnings|revenues?|sales|"
                                r"means?|medians?|statistics)\b", rest, re.I):
            continue   # "twice the normal daily filing volume", "monthly employment": a measure, not a schedule
        cell = text[:d.start].rstrip().endswith("|")
        if not is_freq and re.match(r"within\s+\d", lead) and _CHANCE_BY.search(text[max(0, d.start - 130):d.start]):
            out.append(Qty("horizon", hours, None, d.text))
            continue
        if not is_freq and not re.match(r"(?:within|in\s+under|no\s+later\s+than)\b", lead) and (
                _HORIZON_AFTER.match(rest) or _HORIZON_BEFORE.search(text[max(0, d.start - 40):d.start]) or
                _CHANCE_WITHIN.search(text, max(0, d.start - 130), d.start) or (
                (re.search(r"\bout\s+to\s+$|\b(?:runs?|extends?|reach(?:es)?|looks?|goes)\s+out\s+(?:to\s+)?$",
                           text[max(0, d.start - 16):d.start], re.I) or _AHEAD.match(rest) or
                 _AT_LIST.search(text[max(0, d.start - 60):d.start])) and
                _FORECASTING.search(text[max(0, d.start - 100):d.start]))):
            # "a 26-week forecast", "daily values out to 10 days": how far ahead; more is better
            neg = re.search(r"\b(no|not)\s+$", text[max(0, d.start - 5):d.start], re.I) \
                if re.match(r"(?:less|fewer|shorter)\s+than\b", lead) else None
            out.append(Qty("horizon", hours, None, f"{neg.group(1)} {d.text}" if neg else d.text))
            continue
        if re.fullmatch(r"[\d.]+-\w+", d.text) and _BUFFER_OF.match(rest):
            out.append(Qty("lookback", hours, None, d.text))   # "a 24-hour rolling buffer of raw data": history held
            continue
        if re.fullmatch(r"[\d.]+-\w+", d.text) and re.search(r"\brolling\s+$", text[max(0, d.start - 10):d.start]) and \
                _KEPT_ROLLING.search(re.split(r"[.;]", text[max(0, d.start - 120):d.start])[-1]):
            # "keep cached document images on a rolling 30-day schedule": how long each is kept
            out.append(Qty("span", hours, "retain", d.text))
            continue
        # ("a 30-day shadow period", "a 90-day pilot period": a span all the same)
        if re.fullmatch(r"[\d.]+-\w+", d.text) and not re.match(r"\s*(?:[\w-]+\s+)?(?:window|deadline|notice|turnaround|period|sla|"
                                                                r"pilots?|trials?)\b",
                                                                rest, re.I) and not _CYCLE_AFTER.match(rest):
            continue   # "a 40-hour training course", "an 8-hour shift": a length, not a commitment
        if re.match(r"\s*(?:of|')\s+(?:[\w-]+\s+){0,5}?(?:experience|service|work)\b", text[d.end:d.end + 70], re.I):
            continue   # "at least five years of coding experience": an amount, not a commitment
        if re.search(r"\b(?:recordings?|videos?|audio|calls?|clips?|sessions?|meetings?|shifts?|interviews?|hearings?|"
                     r"flights?|missions?|files?|segments?|excerpts?|tapes?|streams?)\s+(?:of|lasting|running|that\s+(?:runs?|lasts?))\s+$", text[max(0, d.start - 40):d.start],
                     re.I):
            continue   # "a recording of up to two hours": the length of the input, not a time limit
        if re.search(r"\bthe\s+(?:first|initial)\s+$", text[max(0, d.start - 14):d.start], re.I) and \
                re.match(r"\s+(?:after|following|of)\s+[^.;,]{0,40}?\b(?:are|is|were|was)\b", text[d.end:d.end + 60], re.I):
            continue   # "the first 24 hours after landfall are lost to road closures": a stretch described, no commitment
        if _QUIET_FOR.search(text, max(0, d.start - 60), d.start):
            continue   # "when a site sends no data for 10 minutes, it is marked stale": what sets off an act
        if re.match(r"\s+(?:long|in\s+(?:length|duration))\b", rest, re.I):
            continue   # "segments up to two hours long": a length, not a time limit
        if not is_freq and re.match(r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s", lead) and \
                re.match(r"\s+(?:later|afterwards?)\b", rest, re.I):
            continue   # "one at deployment and one six months later": when, not how long
        if not is_freq and re.match(r"\s*of\b", rest) and not _WINDOW_LEAD.match(lead) and \
                _KEEPS.search(text, max(0, d.start - 40), d.start):
            out.append(Qty("span", hours, "retain", d.text))   # "keeps 18 months of scored history": how long it is kept
            continue
        if not is_freq and (_LOOKBACK.search(text[max(0, d.start - 40):d.start]) or
                            _DATED_PERIOD.search(text, max(0, d.start - 120), d.start) or
                            (_COVERING.search(text[max(0, d.start - 20):d.start]) and _DATED_FROM.match(rest)) or
                            (_HISTORY_OF.match(text, d.end, d.end + 120) and not _WINDOW_LEAD.match(lead))) and \
                not _RECENCY.search(text[max(0, d.start - 200):d.end + 60]):
            # "a chart of the last 30 days of data", "co-authored during the preceding 48 months":
            # how much history is covered; more is better
            out.append(Qty("lookback", hours, None, d.text))
            continue
        # "any finding that remains open 30 days past its due date": the age at which it is acted on
        still_open = bool(_STILL_OPEN.search(text, max(0, d.start - 40), d.start))
        if not is_freq and lead.startswith("up to") and re.search(r"\bfor\s+$", text[max(0, d.start - 6):d.start]) and \
                _ENDURES.search(text[max(0, d.start - 160):d.start]):
            cls = "span"   # "keep analyzing when the network is lost for up to 72 hours": how long it holds out
        elif lead.startswith("after") and _WITHOUT_LINK.match(rest):
            cls = "span"   # "after three days without a connection the app must sync": how long it holds out
        elif re.match(r"within\b", lead) and _FOUND_WITHIN.search(text, max(0, d.start - 80), d.start):
            cls = "span"   # "correct defects reported within 12 months after acceptance": how long the cover lasts
        elif is_freq or (re.fullmatch(r"[\w.]+-\w+", d.text) and _CYCLE_AFTER.match(rest)) or \
                re.search(r"\b(?:at\s+)?(?:intervals?|a\s+cadence)\s+of\s+$", text[max(0, d.start - 24):d.start], re.I):
            cls = "interval"   # ("pulled on a five-minute cycle", "at intervals of no more than 5 minutes": a cadence)
        elif _GIVEN.search(text, max(0, d.start - 20), d.start) and _GIVEN_TO.match(rest):
            cls = "span"      # "PHAs have 30 days after each release to send corrections": time allowed to them
        elif _TAKES.search(text[max(0, d.start - 100):d.start]):
            # "the full solve takes 75 to 90 minutes", "our standard turnaround for a document set of
            # up to 2,500 pages is three weeks": how soon it is done
            cls = "window"
        elif (re.fullmatch(r"[\w.]+-\w+", d.text) and _RESPONSE_AFTER.match(rest)) or \
                _RESPONSE_TIME_OF.search(text, max(0, d.start - 50), d.start):
            cls = "window"    # "with a one-hour response to high-priority tickets", "a response time of two hours": how soon
        elif re.search(r"notice", d.text, re.I) or ((_BEFORE.match(rest) or _BEFORE_LISTED.match(text, d.end)) and not lead.startswith("for ") and
                                                    not (_CAPPED_FOR.match(lead) and re.search(r"\bfor\s+$", text[max(0, d.start - 6):d.start]))) or \
                (_AFTER_NOTICE.match(text, d.end) and _UNTIL.search(text[max(0, d.start - 30):d.start])) or \
                (re.match(r"\s*(?:of\s+)?(?:advance\s+|prior\s+)?(?:written\s+)?notice\b", rest, re.I) and
                 not re.match(r"within\b", lead)):   # ("begin work within four hours of notice": after it)
            cls = "advance"   # "30 days before the change"; but "kept for 18 months before deletion" is a span
        elif cell and _LEAD_ROW.search(text[text.rfind("\n", 0, d.start) + 1:d.start]):
            cls = "advance"   # "Median warning before the cabinet passes minus 60 C | 6 hours": a lead time
        elif still_open or _WITHIN_NAMED.search(text, max(0, d.start - 50), d.start):
            cls = "window"   # (also "within one operating shift (8 hours)": the hours of the named time)
        elif cell and not lead.startswith("for ") and _role(text, d.start, d.end) != "retain":
            cls = "window"    # "| 9 seconds at the 95th percentile" in a service-level table
        elif d.kind == "period" or lead.startswith("for ") or _FOR_AT_LEAST.search(text[max(0, d.start - 40):d.start]):
            cls = "span"     # "kept for 18 months (before deletion)": how long, not how soon
            if lead.startswith(("up to", "no more than", "not more than", "not to exceed", "a maximum of",
                                "no longer than")) or _CAP_BEFORE.search(text[max(0, d.start - 40):d.start]) or \
                    _NEGATED_LONGER.search(text[max(0, d.start - 120):d.start]):
                cls = "window"   # "the total duration shall not exceed 3 years": a cap, shorter is fine
        elif re.match(r"(?:less|fewer|shorter)\s+than\b", lead) and \
                re.search(r"\b(?:no|not|never|in\s+no\s+(?:case|event|instance))\s+$", text[max(0, d.start - 20):d.start], re.I):
            # "training of no less than 16 hours", "in no case less than 6 years": a floor, longer is better
            cls = "span"
            d = replace(d, text="no " + d.text)
        elif _AFTER.match(rest) and not re.match(r"(?:within|no\s+later|not\s+later|by|in|up\s+to|no\s+more|not\s+more|under|"
                                                r"less\s+than|not\s+to\s+exceed|a\s+maximum|no\s+longer)\b", lead) and \
                _role(text, d.start, d.end) == "retain" and not _PURGED_AT.search(text, max(0, d.start - 90), d.start):
            cls = "span"     # "Retention | Three years after the lead is closed, then deleted": how long it is kept
            if _CAP_BEFORE.search(text[max(0, d.start - 40):d.start]) or _NEGATED_LONGER.search(text[max(0, d.start - 120):d.start]):
                cls = "window"   # "must not be retained anywhere for more than 72 hours after capture": a cap
        elif re.match(r"(?:within|no\s+later|not\s+later|by|in|after|up\s+to|no\s+more|not\s+more|under|less\s+than|"
                      r"not\s+to\s+exceed|a\s+maximum|no\s+longer)\b", lead) or _AFTER.match(rest) or \
                re.match(r"\s*(?:of|from)\s+(?:the\s+)?(?:receipt|discovery|award|notice|request|arrival|"
                         r"availability|detection|identification|submission|submittal|upload|intake|the\s+\w+\s+report|completion|each|any)\b", rest, re.I):
            cls = "window"
        else:
            continue  # "three years of fleet data", "30 days ahead": an amount, not a commitment
        role = None if still_open else _role(text, d.start, d.end)
        if cls == "span" and (_NO_LINK.search(re.split(r"[.;]", text[max(0, d.start - 160):d.start])[-1]) or
                              _NO_LINK.match(text, d.end, d.end + 40)):
            role = None   # "keeps capturing images without network connectivity for 72 hours": how long it holds out
        if cls == "interval" and _RESOLUTION_AFTER.match(rest):
            role = "resolution"   # how finely values are given in time, whatever is done with them
        if _RESOLUTION_BEFORE.search(text[max(0, d.start - 50):d.start]):
            cls, role = "interval", "resolution"   # "at a resolution no coarser than one hour"
        before = text[max(0, d.start - 40):d.start]
        if _HELD_UNDER.search(before) or (_HELD.search(before) and re.match(r"(?:under|below|within|less|no\s+more)\b", lead)):
            cls, role = "window", None   # "the 95th percentile stays at or below 7 seconds": a cap, not a retention
        if cls == "span" and (hours < 1.0 or re.match(r"\s*or\s+(?:less|fewer|shorter|under|faster)\b", rest, re.I)) \
                and role != "retain":
            cls = "window"   # "median response is about 12 seconds", "is 8 seconds or less": how soon, not how long
        out.append(Qty(cls, hours, role, d.text, after=bool(_AFTER.match(rest))))
    # "retrain no more often than quarterly": the least time between two runs, longer is fine
    out = [replace(q, cls="spacing") if q.cls == "interval" and (at := text.find(q.text)) >= 0 and
           _NO_MORE_OFTEN.search(text[max(0, at - 40):at]) else q for q in out]
    if any(q.cls == "window" and q.hours > 0 for q in out):
        # "each footprint requested on demand shall be returned within 60 seconds": on demand is when
        # the clock starts, the stated window is the limit
        out = [q for q in out if not (q.cls == "window" and q.hours == 0.0 and " ".join(q.text.lower().split()) == "on demand")]
    return out


# standards and reference systems named by a number: "WGS 84", "NAD 83", "EPSG 4326", "ISO 19115"
_NAMED_STANDARD = re.compile(r"\b(?-i:WGS|NAD|NAVD|NGVD|EPSG|ISO|IEC|FIPS|UTM|ANSI|IEEE|HL7|MIL-STD|NIEM)[\s-]?$")
# a count capped or measured over a period: "no more than one false advisory per generating unit "
# (before "per month"), "0.21 false advisories per unit " (before "per quarter")
_CAPPED_COUNT = re.compile(r"(?:\b(?:no|not)\s+more\s+than|\bat\s+most|\bfewer\s+than|\bnot\s+(?:to\s+)?exceed|"
                           r"\bmaximum\s+of|\bup\s+to)\s+(?:" + _ONE_TO_TWELVE + r"|\d[\d,]*)\s+(?:[\w-]+\s+){1,3}?"
                           r"(?:per\s+(?:[\w-]+\s+){1,3}?)?$|(?<![\w.])\d+\.\d+\s+(?:[\w-]+\s+){1,3}?(?:per\s+(?:[\w-]+\s+){1,3}?)?$",
                           re.I)
# the faults a warranty covers, by when they come to light: "defects reported within 12 months"
_FOUND_WITHIN = re.compile(r"\b(?:defects?|errors?|bugs?|deficienc(?:y|ies)|nonconformit(?:y|ies)|failures?|faults?|"
                           r"flaws?)\s+(?:that\s+(?:are|is)\s+|which\s+(?:are|is)\s+)?(?:\w+\s+)?(?:reported|discovered|"
                           r"found|identified|detected|arising|occurring|notified)\s+(?:to\s+(?:the\s+)?\w+\s+|by\s+(?:the\s+)?"
                           r"\w+\s+)?$", re.I)
# "purge applicant data 90 days after the decision": when it must be gone, a limit; not how long it is kept
_PURGED_AT = re.compile(r"\b(?:purg(?:e|es|ed|ing)|delet(?:e|es|ed|ing|ion)|destroy\w*|destruction|eras(?:e|es|ed|ing|ure)|"
                        r"dispos(?:e|es|ed|ing|al))\b(?:(?!\b(?:retain\w*|keep|kept|until|not|never|"
                        r"unless)\b)[^.;|])*$", re.I)
# "silence an alert for no more than 15 minutes before it re-arms": how long it lasts, capped; not notice ahead
_CAPPED_FOR = re.compile(r"(?:no|not)\s+(?:more|longer)\s+than\b|up\s+to\b|at\s+most\b|a\s+maximum\s+of\b", re.I)
_MANY_IN_CLAUSE = re.compile(r"[^.;:]{0,60}?\b(" + _TWO_TO_TWELVE + r")\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:exercises?|sessions?|reviews?|assessments?|audits?|reports?|tests?|"
                             r"drills?|trainings?|briefings?|meetings?|rounds?|runs?|cycles?|campaigns?|evaluations?|"
                             r"inspections?|visits?|workshops?|webinars?|updates?|releases?)\b", re.I)
_NO_MORE_OFTEN = re.compile(r"\b(?:no|not)\s+(?:more\s+(?:often|frequently)|oftener)\s+than\s+(?:once\s+)?(?:an?\s+|every\s+|each\s+)?$|"
                            r"\bat\s+most\s+(?:once\s+)?(?:an?\s+|every\s+|each\s+)?$", re.I)
_PICKS = re.compile(r"\b(?:for|flag\w*|mark\w*|review\w*|report\w*|identif\w*|list\w*|record\w*|count\w*|check\w*|"
                    r"exclud\w*|suppress\w*|alert\w*|note\w*)\s+$", re.I)
_BUFFER_OF = re.compile(r"\s*(?:rolling\s+|local\s+|on-?board\s+|circular\s+)?(?:buffer|cache|history|archive)\s+of\b", re.I)
# working on through a loss: "continue to analyze images when a clinic loses its network", "keeps working
# without a wide-area link"
# the items a duty picks out: "flag any notification whose planned start date is fewer than ..."
_FLAGS_SOME = re.compile(r"\b(?:flag|flags|flagged|mark|marks|identify|identifies|route|routes|hold|holds|treat|treats)\s+"
                         r"(?:any|every|each|all)\s+[^.;]*$", re.I)
def picks_by_time(text: str, times: list[Qty] | None = None) -> bool:
    """Every time the requirement sets picks out the items its duty acts on ("flag every complaint
    filed more than 180 calendar days after the latest alleged act"): an answer that flags them
    by the same rule in other words ("flags counts over 180") need not repeat the unit.  ``times``:
    the requirement's quantities, where they are known already."""
    times = quantities(text) if times is None else times
    return bool(times) and all(
        (at := text.find(q.text)) >= 0 and
        re.search(r"\b(?:more|fewer|less|longer|shorter)\s+than\s+$", text[max(0, at - 20):at], re.I) and
        _FLAGS_SOME.search(text[max(0, at - 160):at]) for q in times)


# a network or power that is lost: "without network connectivity", "the link goes down", "loses its connection"
_LINK_LOST = (r"without\s+(?:a\s+|any\s+)?(?:[\w-]+\s+)?(?:network|connection|connectivity|link|power)|"
              r"(?:link|connection|connectivity|network)\s+(?:is|goes|was)\s+(?:down|lost|unavailable|interrupted|severed)|"
              r"loses?\s+(?:its\s+)?(?:[\w-]+\s+){0,2}(?:connection|connectivity|link|power)|disconnect\w*")
_ENDURES = re.compile(r"\b(?:continu\w*|keeps?\s+(?:on\s+)?[a-z]+ing|" + _LINK_LOST + r"|"
                      r"remains?\s+(?:operational|available|functional|usable)|(?:operat\w*|works?|runs?)\s+(?:offline|on\s+battery)|"
                      r"outages?)\b", re.I)
# time allowed to someone: "PHAs have 30 days after each release to send corrections"
_GIVEN = re.compile(r"\b(?:have|has|get|gets|are\s+given|is\s+given|are\s+allowed|is\s+allowed)\s+$", re.I)
_GIVEN_TO = re.compile(r"\s+(?:(?:after|from|following)\s+[^.;]{0,40}?\s)?to\s+[a-z]+", re.I)
# what a span held out through: a network or power that is lost
_NO_LINK = re.compile(r"\s*\b(?:" + _LINK_LOST + r"|offline)\b", re.I)
# ("at 1-second resolution", "as 5-second averages": how finely in time, a cadence too)
# ("kept at full resolution for 12 months" is no resolution of 12 months: a comparison or "of" must follow)
_RESOLUTION_BEFORE = re.compile(r"\b(?:resolution|granularity|time[\s-]?steps?)\s+(?:of\s+(?:at\s+(?:least|most)\s+)?|"
                                r"(?:no|not)\s+coarser\s+than\s+|(?:at\s+least\s+as\s+)?fine(?:r)?\s+(?:as|than)\s+)(?:an?\s+|one\s+)?$",
                                re.I)
_RESOLUTION_AFTER = re.compile(r"\s*(?:(?:time\s+)?resolution|averages?|granularity|time[\s-]?steps?)\b", re.I)
_CYCLE_AFTER = re.compile(r"\s*(?:(?:batch|processing|run|scoring)\s+)?(?:cycles?|(?:micro-?)?batch(?:es)?|cadence|intervals?|"
                          r"refresh(?:es)?|polls?|polling|loops?|update\s+cycles?)\b|" +
                          _RESOLUTION_AFTER.pattern, re.I)
# a time named as how soon: "with a response time of two hours for severity 1 issues"
_RESPONSE_TIME_OF = re.compile(r"\b(?:response|turnaround|resolution|restoration|repair|acknowledg\w*)\s+times?\s+(?:of\s+)?"
                               r"(?:(?:no\s+more\s+than|not\s+(?:to\s+)?exceed(?:ing)?|at\s+most|under|up\s+to)\s+)?$", re.I)
# "no model reaches production until six weeks after the written notice": notice six weeks ahead
_RESPONSE_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:response|turnaround|resolution|restoration|acknowledg\w*)\b", re.I)
_AFTER_NOTICE = re.compile(r"\s*after\s+(?:[\w'’]+\s+){0,8}?(?:notice|notification)\b", re.I)
_UNTIL = re.compile(r"\b(?:until|sooner\s+than|not\s+before|earlier\s+than)\s+(?:at\s+least\s+)?$", re.I)
_N_MOST_RECENT = re.compile(r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                            r"(most\s+recent|latest|last|past|previous|preceding|prior)\s+"
                            r"((?:calendar\s+|fiscal\s+)?(?:days|weeks|months|quarters|years))\b", re.I)
_QUARTER_HOUR = re.compile(r"\bquarter[\s-]hour\b", re.I)
_DECADE = re.compile(r"\b(a|one|two)\s+decades?\b", re.I)
_QUARTERS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_FIRST_N = re.compile(r"\b(within|in)\s+the\s+first\s+(two|three|four|[234])\s+quarters\b", re.I)
_HALF_A = re.compile(r"\bhalf\s+an?\s+(second|minute|hour|day)\b", re.I)   # "within half a second"
# "kept for no fewer than seven years after the movement week": a span however it is bounded
_QUIET_FOR = re.compile(r"\b(?:(?:sends?|reports?|returns?|receives?|gets?|has|have|shows?|with)\s+no\s+(?:new\s+)?(?:data|readings?|"
                        r"reports?|signals?|heartbeats?|messages?|updates?|activity|traffic|input)|(?:is|are|stays?|remains?|goes|"
                        r"went)\s+(?:silent|idle|inactive|quiet))\s+(?:[\w-]+\s+){0,2}?(?:for\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?)?$",
                        re.I)
_WITHIN_NAMED = re.compile(r"\b(?:within|in\s+under|no\s+later\s+than)\s+(?:[\w-]+\s+){1,3}\(\s*$", re.I)
_STILL_OPEN = re.compile(r"\b(?:remains?|remaining|still|stays?|has\s+been|have\s+been|is|are)\s+(?:open|outstanding|unresolved|"
                         r"overdue|pending|unanswered|unreviewed)\s+(?:for\s+(?:more\s+than\s+)?)?$|"
                         # a silence that sets off a flag: "any sensor that has not transmitted for 72 hours",
                         # "a sensor that has been silent for 48 hours"
                         r"\b(?:has|have|had)\s+not\s+(?:transmitted|reported|sent|communicated|checked\s+in|responded|"
                         r"synced|been\s+heard\s+from)\s+(?:any\s+data\s+)?(?:for\s+(?:more\s+than\s+)?)?$|"
                         r"\b(?:has|have|had)\s+been\s+(?:silent|offline|inactive|idle|unresponsive|dark|unreachable)\s+"
                         r"(?:for\s+(?:more\s+than\s+)?)?$", re.I)
_FOR_AT_LEAST = re.compile(r"\bfor\s+(?:(?:no|not)\s+(?:fewer|less|shorter)\s+than|at\s+least|a\s+minimum\s+of)\s+$", re.I)
# "five crop years", "three fiscal years": years of a named kind are still years
_KIND_OF_YEAR = re.compile(r"\b(?:crop|fiscal|water|school|academic|program|tax|plan|budget|"
                           r"grazing|field)\s+(years?)\b", re.I)
# the time a piece of work takes to run
_TAKES = re.compile(r"(?:\b(?:takes?|took|taking|(?:completes?|finish(?:es)?|runs?)\s+in|(?:turn-?around|processing|lead|cycle)"
                    r"\s+(?:time\s+)?(?:(?:for|on)\s+[^.;|]{0,60}?\s+)?(?:is|was|will\s+be|of|averages?|runs?))\s+(?:about\s+|roughly\s+|"
                    r"approximately\s+|around\s+|up\s+to\s+|some\s+|between\s+)?"
                    r"(?:(?:\d+(?:\.\d+)?|" + _ONE_TO_TWELVE + r")\s*(?:to|-|–|and)\s*)?|"
                    r"\bin\s+(?:about|roughly|approximately|around|some)\s+)$", re.I)
# how far ahead a forecast reaches: "a 26-week forecast", "a 72-hour outlook", "out to 10 days"
_HORIZON_AFTER = re.compile(r"\s*(?:(?!(?:after|before|of|from|since|following|prior|the|a|an|each|every|its|their)\b)"
                            r"[\w-]+\s+)?(?:forecasts?|outlooks?|projections?|predictions?|horizons?|look-?aheads?)\b",
                            re.I)
# "cover horizons of 1 through 21 days", "a forecast horizon of 21 days", "lead times of 1 to 10 days"
# the leading members of a list of amounts: "1, 5 and " (before "20 years"), "three and " (before "six months")
_LISTED = r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:,\s*|,?\s+and\s+|,?\s+or\s+))*"
_HORIZON_BEFORE = re.compile(r"\b(?:horizons?|lead\s+times?|look-?aheads?)\s+(?:of\s+|out\s+to\s+|up\s+to\s+|to\s+)?"
                             r"(?:\d+\s*(?:through|to|-|–)\s*)?" + _LISTED + r"(?:not\s+|no\s+)?$", re.I)
# "the probability of an incursion within the next 20 seconds": how far ahead the estimate looks
_CHANCE_WITHIN = re.compile(r"\b(?:probabilit\w*|likelihood|chance|odds)\s+(?:that|of)\b[^.;|]{0,80}?\b(?:within|over|in|during|"
                            r"(?:on|for)\s+each\s+of)\s+the\s+(?:next|coming|following)\s+$", re.I)
# ("a probability that the item will have no active source within 24 months": how far ahead, too)
_CHANCE_BY = re.compile(r"\b(?:probabilit\w*|likelihood|chance|odds)\s+(?:that|of)\b[^.;|]{0,100}?$", re.I)
# "we forecast every well at one, three, five and ten years": how far ahead, each of them
_AT_LIST = re.compile(r"\bat\s+" + _LISTED + "$", re.I)
# ("three months and six months ahead": both are how far ahead)
_WITHOUT_LINK = re.compile(r"\s*(?:without|offline|with\s+no)\s+(?:a\s+|any\s+)?(?:network\s+|internet\s+|data\s+|cellular\s+)?"
                           r"(?:connection|connectivity|signal|network|link|coverage)\b", re.I)
_AHEAD = re.compile(r"\s*(?:(?:and|or|,)\s+(?:\d+|[a-z]+)[\s-](?:hours?|days?|weeks?|months?|years?)\s+)?"
                    r"(?:ahead(?!\s+of\b)|out|forward|into\s+the\s+future)\b", re.I)   # ("10 days ahead of each consultation": a lead time)
_FORECASTING = re.compile(r"\b(?:forecast\w*|predict\w*|outlooks?|project(?:s|ed|ion|ions)\b)", re.I)
# the history a duty covers: "(during|over|from) the last/past/preceding N months", "the last N days of ..."
_LOOKBACK = re.compile(r"\b(?:during|over|for|from|covering|spanning|of|across|in|with|within)\s+(?:the\s+)?"
                       r"(?:last|past|preceding|previous|prior|trailing|latest|most\s+recent)\s+$|"
                       # "compared with photographs received over a rolling 12-month window"
                       r"\b(?:over|within|in|across)\s+(?:a|the)\s+(?:rolling|trailing|sliding|moving)\s+$|"
                       # "The automated look-back covers the 24 months before receipt"
                       r"\blook[\s-]?back\s+(?:period\s+|window\s+)?(?:covers|spans|reaches|extends\s+(?:over|to)|of|is)\s+"
                       r"(?:the\s+)?$", re.I)
# "a replay of at least 90 days of historical traffic", "180 days of recorded traffic": an amount of history
_HISTORY_OF = re.compile(r"\s*of\s+(?:(?:recorded|historical|archived|past|prior|raw|observed|operational|dispatch|sensor|"
                         r"gauge|flight|call|vessel|network)\s+){0,2}"
                         # (and a list of kinds: "of historical qualification, summons, deferral and attendance records")
                         r"(?:(?!(?:the|a|an|its|their|our|each|every|this|that|these|those)\b)[\w-]+(?<!ing),?\s+(?:(?:and|or)\s+)?){0,6}?"
                         r"(?:traffic|data|records|readings|history|recordings|logs|observations|"
                         r"imagery|telemetry|transactions|claims|dispatch\s+records|events)\b|"
                         # "30 months of each pilot MTF's actual case history"
                         r"\s*of\s+(?:each|every|the|its|their|our)\s+(?:[\w'’-]+\s+){0,4}?"
                         r"(?:history|histories|records|archives?)\b", re.I)
# the verb of a rolling schedule of keeping: "keep cached document images on a rolling 30-day schedule"
_KEPT_ROLLING = re.compile(r"\b(?:keeps?|kept|retain\w*|stor(?:e|es|ed)|holds?|held|cache[sd]?|archiv\w*)\b", re.I)
# "DwellSight keeps " (before "18 months of scored history"): held that long
_KEEPS = re.compile(r"\b(?:keeps?|retains?|stores?|holds?|maintains?|archives?)\s+(?:(?:at\s+least|a\s+minimum\s+of|"
                    r"only|the\s+(?:last|latest|most\s+recent)|a\s+rolling)\s+)?$", re.I)
# "a backtest covering the 36 months from January 2021 through December 2023": history covered
_COVERING = re.compile(r"\b(?:covering|spanning)\s+(?:the\s+)?$", re.I)
_DATED_FROM = re.compile(r"\s+(?:from|between|ending|starting|beginning)\s+(?:(?:in|on)\s+)?(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:\d|FY)", re.I)
# the length of a period given by its dates: "from January 2018 to the present, which is more than 36 months"
_DATED_PERIOD = re.compile(r"\bfrom\s+(?:[A-Z][a-z]+\s+)?(?:\d{4}|FY\s?\d{2,4})\s+(?:to|through|until)\s+(?:the\s+)?"
                           r"(?:present|today|now|date|(?:[A-Z][a-z]+\s+)?\d{4})\b,?\s+(?:which|that)\s+is\s+"
                           r"(?:more\s+than\s+|over\s+|at\s+least\s+|about\s+|nearly\s+|almost\s+)?$", re.I)
_WINDOW_LEAD = re.compile(r"(?:within|no\s+later|not\s+later|by|in|under|after|less\s+than|every|each)\b", re.I)
# "experience within the past five years": a recency limit, where a longer window is worse
_RECENCY = re.compile(r"\b(?:experience|performed|completed|awarded|past\s+performance|references?|projects?|"
                      r"contracts?)\b", re.I)


def _worse(cls: str, want: float, got: float) -> bool:
    if cls in ("window", "interval", "clock", "weekclock"):
        return got > want * 1.001
    return got * 1.001 < want   # span, advance, spacing: longer is better


def _lead_roles(req_text: str, figure: str) -> set[str]:
    """The roles of every duty a time set before the main clause governs: "Within 30 days after
    contract completion, the Contractor shall return all data and delete every copy" times the
    deletion as much as the return."""
    at = req_text.find(figure)
    if at < 0 or _MODAL.search(req_text, max(0, req_text.rfind(". ", 0, at)), at):
        return set()
    rest = re.split(r"(?<=[a-z0-9)])\.(?:\s|$)|;", req_text[at + len(figure):])[0]
    modal = _MODAL.search(rest)
    if not modal or "," not in rest[:modal.start()]:
        return set()
    # (each verb that opens a coordinated duty: "return all data and delete every copy")
    verbs = [m.group(1) for m in re.finditer(r"(?:^|\band\b|\bor\b|,)\s*(?:\w+ly\s+)?([a-z]+)", rest[modal.end():])]
    return {name for name, pat in _ROLES for v in verbs if pat.fullmatch(v)}


# two acts either of which the duty allows: "shall return or destroy all narratives ... within 30 days"
_EITHER = re.compile(r"\b(?:shall|must|will|to)\s+(?:\w+ly\s+)?([a-z]+)\s+(?:or|and/or)\s+([a-z]+)\b")


def _either_roles(req_text: str, q: Qty) -> set[str]:
    """The roles of both acts of a duty that allows one or the other, where the time is one of
    that duty's: "destroy ... within 20 days" answers "return or destroy ... within 30 days"."""
    at = req_text.find(q.text)
    if at < 0 or q.role is None:
        return set()
    clause_start = max(req_text.rfind(c, 0, at) for c in ".;|") + 1
    pairs = list(_EITHER.finditer(req_text, clause_start, at))   # the last pair before the time is its duty's
    if not pairs:
        return set()
    roles = {name for name, pat in _ROLES for v in pairs[-1].groups() if pat.fullmatch(v)}
    return roles if q.role in roles else set()


# verbs that open the duties a time may close together ("update ... and complete ... within 10 days")
_DUTY_VERBS = frozenset("""update complete deliver submit provide perform conduct retrain recalibrate test notify report
publish post send return destroy delete purge fix correct resolve review validate revalidate document produce issue
release run rerun finish prepare implement install deploy remediate patch restore recover investigate analyze
encode load refresh rebuild""".split())


def _trail_roles(req_text: str, q: Qty) -> set[str]:
    """The roles of every duty a time closes: "update the rule library and complete regression
    testing within 10 calendar days" times the update as much as the testing.  A duty whose verb
    names no role ("update", "complete") may be timed by the answer under any of them."""
    duty = _timed_duty(req_text, q)
    if duty is None:
        return set()
    parts = re.split(r"\s+and\s+", duty.strip())
    verbs = [re.match(r"(?:" + ADVERB + r")?([a-z]+)\b", p_) for p_ in parts]
    if len(parts) < 2 or not all(v and v.group(1) in _DUTY_VERBS for v in verbs):
        return set()   # ("monitor input data drift and model calibration weekly": things, not duties)
    found = [{name for name, pat in _ROLES if _verb_use(pat, p_)} for p_ in parts]
    roles = set().union(*found)
    if q.role not in roles:
        return set()
    if not all(found):
        roles |= {name for name, _ in _ROLES}
    return roles


def _completion_roles(req_text: str, q: Qty) -> set[str]:
    """Every role, where the duty a time closes is to complete or finish a piece of work: "complete
    automated review of a full application package within four hours of upload" is answered by
    "fully processed within 90 minutes of upload" (the review is the work, not a test of it)."""
    duty = _timed_duty(req_text, q)
    if duty is None or not re.match(r"\s*(?:complete|finish|conclude)\s+(?!and\b|or\b)", duty):
        return set()
    return {name for name, _ in _ROLES}


def _timed_duty(req_text: str, q: Qty) -> str | None:
    """The words of the duty a time closes, from the last modal of its clause up to the time
    ("complete automated review of a full application package " of "shall complete ... within four
    hours"), when the time has a role and a modal before it."""
    at = req_text.find(q.text)
    if at < 0 or q.role is None:
        return None
    start = max(req_text.rfind(c, 0, at) for c in ".;|") + 1
    modals = list(_MODAL.finditer(req_text, start, at))
    return req_text[modals[-1].end():at] if modals else None


def _roles_meet(q: Qty, g: Qty) -> bool:
    """Durations of compatible purpose.  A schedule of reports is one thing whether the text says
    "deliver the report monthly" or "Monthly Trend Report"."""
    if g.role == q.role or g.role is None or q.role is None or q.cls in ("clock", "weekclock", "advance"):
        # (a time of day is a deadline whatever the verb: "posted to the data store by 9:00 a.m."; and
        # a lead time is one whatever is done ahead: "coordinate every field visit five business days
        # in advance" against "we send a schedule for every visit seven business days beforehand")
        return True
    # (a model retrained is one delivered and revalidated: "retrain or recalibrate the models within 30
    # days" against "deliver a retrained model within 20 days", "revalidate within 60 days")
    return {q.role, g.role} == {"notify", "deliver"} or \
        ("retrain" in (q.role, g.role) and {q.role, g.role} - {"retrain"} <= {"test", "deliver", "fix"})


_FROM_START = re.compile(r"\s*(?:after|following|from|of)\s+(?:(?:the\s+)?(?:date\s+of\s+)?(?:contract\s+|task\s+order\s+|order\s+)?"
                         r"(?:award|kick-?off)|(?:contract\s+|task\s+order\s+)?start)", re.I)
# the event a requirement's time runs from, when it is not the start of the contract: "within 20
# calendar days after Government comments"
_FROM_EVENT = re.compile(r"\s*(?:after|following|of|from)\s+(?:the\s+)?(?:receipt\s+of\s+)?(?:the\s+)?(?:Government|COR|CO|"
                         r"Contracting\s+Officer)?(?:['’]s)?\s*(?:written\s+)?(?:comments|feedback|review)\b", re.I)


def _from_award(resp: str, g: Qty, req_text: str, q: Qty | None = None) -> bool:
    """"15 days after award" schedules another deliverable from the start of the contract; it is
    not notice given after the event a requirement counts back from ("90 days before the end"),
    nor a final report due "within 20 calendar days after Government comments"."""
    at = resp.find(g.text)
    follow = resp[at + len(g.text):at + len(g.text) + 40] if at >= 0 else ""
    if not _FROM_START.match(follow):
        return False
    own = req_text.find(q.text) if q is not None else -1
    if own >= 0 and _FROM_EVENT.match(req_text, own + len(q.text)):
        return True
    return not re.search(r"\b(?:award|kick-?off)\b", req_text, re.I)


# notice given when the event happens or after it, with no figure: "on the day a new model
# version goes into production", "once the change is made"
_AT_EVENT = re.compile(r"\bon\s+the\s+(?:same\s+)?day\s+(?:that\s+|when\s+)?(?:a|an|the|it|they|we|each|its|our)\b[^.;]{0,60}?"
                       r"\b(?:goes|go|is|are|takes|enters|becomes|deployed|released|made|changed|installed)\b|"
                       r"\bonce\s+(?:the\s+|a\s+|any\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:is|are|has\s+been|have\s+been)\s+"
                       r"(?:made|done|completed?|in\s+place|deployed|released|effective|installed|final)\b|"
                       r"\b(?:after|once|when|in\s+which)\s+(?:they|it|the\s+\w+)\s+(?:take|takes|took|have\s+taken|has\s+taken)\s+"
                       r"place\b|"
                       r"\bat\s+the\s+time\s+(?:of\s+(?:the\s+)?(?:change|release|deployment|substitution|switch)|"
                       r"(?:that|when)\s+(?:it|the\s+\w+)\s+(?:is|goes)\b)", re.I)
_EVENT_LENGTH = re.compile(r"(?:\b(?:for|lasting|lasts?)\s+(?:more|longer)\s+than|\bexceeding|\blonger\s+than)\s*$", re.I)


# "whenever three or more events share a serial number within": a count of events in a window
_TRIGGER_WORD = r"(?:whenever|when|if|where|once)"   # the word that opens a trigger
_CLUSTER = re.compile(r"\b" + _TRIGGER_WORD + r"\b[^.;|]{0,40}?\b(?:\d+|two|three|four|five|six|ten)\s+or\s+more\b"
                      r"[^.;|]{0,90}$", re.I)


def _in_cluster(text: str, figure: str) -> bool:
    at = text.find(figure)
    return at >= 0 and bool(_CLUSTER.search(text[max(0, at - 140):at]))


_QUOTED_EXAMPLE = re.compile(r'"[^"\n]{12,300}"|“[^”\n]{12,300}”')


_ALWAYS = re.compile(r"\b(?:at\s+all\s+times|around\s+the\s+clock|24\s*(?:/|x)\s*7|whenever\s+(?:they|it|he|she|the\s+\w+)\s+"
                     r"(?:wish|wishes|want|wants|need|needs|choose|chooses|like|likes)|at\s+any\s+(?:time|point|moment)|"
                     r"standing\s+(?:read(?:-only)?\s+|direct\s+|query\s+)?(?:access|accounts?|credentials|roles?|permissions?)|"
                     r"throughout\s+(?:the\s+|its\s+)?(?:contract|order|task\s+order|performance|period\s+of\s+performance|"
                     r"base\s+period|life\s+of\s+the\s+(?:contract|order))|from\s+day\s+one)\b", re.I)
_CAP_LEAD = re.compile(r"(?:no|not)\s+(?:more|longer)\s+than\b|up\s+to\b|under\b|at\s+most\b|a\s+maximum\s+of\b", re.I)
_LENGTH_OF = re.compile(r"\b(\d{1,3}(?:\.\d+)?)-(second|minute|hour)\s+(?:[\w-]+\s+){0,2}?(?:tutorials?|courses?|modules?|"
                        r"sessions?|videos?|webinars?|briefings?|trainings?|classes|class|workshops?|presentations?|"
                        r"demonstrations?|demos?|orientations?|lessons?|walkthroughs?|surveys?|interviews?|"
                        r"programs?\s+of\s+instruction)\b", re.I)
_LENGTH_HOURS = {"second": 1 / 3600, "minute": 1 / 60, "hour": 1.0}


def _time_of_day(q: Qty) -> Qty:
    """Read "Thursday by 4:00 p.m." as "by 4:00 p.m." (a time of day)."""
    if q.cls != "weekclock":
        return q
    return Qty("clock", q.hours % 24.0, q.role, q.text.split(" ", 1)[1], q.after)


def _row_names(req_text: str, resp: str, g: Qty) -> bool:
    """The answer's time sits in a table row whose label names the requirement's thing in two or
    more of its words ("Consolidated package for a 314(a) request | Within 5 business days ..."
    for "produce the consolidated match package ... within one business day"): the time of that
    thing, whatever the rest of the row says it allows."""
    at = resp.find(g.text)
    if at < 0:
        return False
    line = resp[resp.rfind("\n", 0, at) + 1:at]
    cells = [c for c in line.split("|") if c.strip()]
    if "|" not in line or line.rsplit("|", 1)[-1].strip() or not cells:
        return False   # (the time that opens a cell, not the event it counts from: "after the 14-day window")
    label = cells[0]
    return len(set(terms(label)) & set(terms(req_text))) >= 2


def _duration_conflict(req_text: str, resp: str, strict: bool = False) -> tuple[str | None, bool]:
    """(conflict, answer gives a matching quantity).  Compares quantities of the same role;
    ``strict``: only where both roles are known and equal (for text beside the answer)."""
    # ("at least 8 years of husbanding, port operations or Navy supply experience" is a person's
    # experience, which _experience_conflict reads)
    asked = [m.span() for m in _EXPERIENCE_ASKED.finditer(req_text)]
    want = [q for q in quantities(req_text) if not any(s <= req_text.find(q.text) < e for s, e in asked)]
    if not want:
        return None, True
    # "report any failure that stops alerts for more than 15 minutes within 2 hours": the length
    # of the event is its condition; the time the duty sets is the other one
    sizes = [q for q in want if (at := req_text.find(q.text)) >= 0 and _EVENT_LENGTH.search(req_text, max(0, at - 30), at)]
    if sizes and len(sizes) < len(want):
        want = [q for q in want if q not in sizes]
    # (a time inside an example the answer quotes is no commitment: 'for example "Social Security
    # number issued more than 20 years after the stated date of birth"')
    got = quantities(_QUOTED_EXAMPLE.sub(lambda m: " " * len(m.group(0)), resp))
    # a time of the week is compared as a time of day where only one side names the day
    if not any(g.cls == "weekclock" for g in got):
        want = [_time_of_day(q) for q in want]
    elif not any(q.cls == "weekclock" for q in want):
        got = [_time_of_day(g) for g in got]
    # "blur people in any imagery retained for more than 30 days" against "any image kept longer than
    # 14 days exists only blurred": where every time is the length that sets off the duty, a shorter
    # one covers more (but "does not repeat the pattern for more than three consecutive weeks" is a cap)
    if sizes and len(sizes) == len(want) and not any(
            _NEGATED_LONGER.search(req_text[max(0, req_text.find(q.text) - 120):req_text.find(q.text)]) for q in sizes):
        for q in want:
            same = [g for g in got if g.cls == q.cls and _roles_meet(q, g)]
            if same and all(g.hours > q.hours * 1.001 for g in same):
                return f"offers '{same[0].text}' where the solicitation requires it from '{q.text}'", True
        return None, any(g.cls == q.cls for q in want for g in got)
    clusters = [q for q in want if _in_cluster(req_text, q.text)]
    if clusters:
        # "whenever three or more events share a serial number within 60 days": the window over which
        # events are counted; a longer one catches every cluster the shorter one does
        theirs = [g for g in got if _in_cluster(resp, g.text)]
        for q in clusters:
            if theirs and all(g.hours < q.hours * 0.999 for g in theirs):
                return (f"counts events only within '{theirs[0].text}' where the solicitation counts them within "
                        f"'{q.text}'"), True
        want = [q for q in want if q not in clusters]
        if not want:
            return None, bool(theirs)
    satisfied = False
    own_spans = {round(x.hours) for x in want if x.cls == "span"}   # ("support it for 12 months after acceptance")
    for q in want:
        lead = _lead_roles(req_text, q.text) | _either_roles(req_text, q) | _trail_roles(req_text, q) | \
            _completion_roles(req_text, q)
        same = [g for g in got if (g.cls == q.cls or (q.cls == "spacing" and g.cls == "interval")) and
                (q.role is not None and g.role == q.role if strict else (_roles_meet(q, g) or g.role in lead or
                                                                         _row_names(req_text, resp, g)))]
        if q.cls == "window" and q.after:
            # "update it within 10 business days after each release" against "30 calendar days after award"
            same = [g for g in same if not _from_award(resp, g, req_text, q)]
        if q.cls == "window" and q.hours == 0.0 and not same and (always := _ALWAYS.search(resp)):
            # access "at any time during performance" given as "read access at all times", "standing
            # read-only roles", "throughout the contract"
            same = [Qty("window", 0.0, None, always.group(0))]
        if q.cls == "window" and not same and _CAP_LEAD.match(q.text):
            # "a tutorial of no more than 30 minutes" against "a 25-minute in-app tutorial": the length
            # of a thing, said as its adjective
            same = [Qty("window", _num(m.group(1)) * _LENGTH_HOURS[m.group(2).lower()], None, m.group(0))
                    for m in _LENGTH_OF.finditer(resp)]
        if q.cls == "window" and not same:
            # "purge within 24 hours" against "images remain in the cache for seven days";
            # "within 30 days" against "inside any rolling 30-day window"
            purge = bool(re.search(r"\b(?:purg|delet|remov|destroy|overwrit|dispos(?!ition))\w*", req_text, re.I))
            # "not ... for more than three consecutive weeks" against "has run for six consecutive weeks"
            at = req_text.find(q.text)
            capped = at >= 0 and bool(_NEGATED_LONGER.search(req_text[max(0, at - 120):at]) or
                                      # "a mean absolute error of no more than 9 hours" against "of 12 hours"
                                      _ERROR_IN_TIME.search(req_text[max(0, at - 60):at]))
            # "retain transaction data for no longer than 36 months" against "records are kept for five years"
            kept = q.role == "retain" and bool(_CAPPED_FOR.match(q.text))
            # ("within 21 days of sensor activation" against "runs in learning mode for 45 days after
            # its sensor is switched on": a phase that lasts that long after the event)
            phase = q.role != "retain" and not purge
            same = [g for g in got if g.cls == "span" and ((purge and q.role is not None and g.role == q.role) or capped or
                                                           (kept and g.role == q.role) or
                                                           (phase and g.after and g.role in (None, q.role) and
                                                            round(g.hours) not in own_spans) or
                                                           re.search(re.escape(g.text) + r"\s+(?:window|period)\b", resp))]
        if q.cls == "span" and q.role == "retain" and not same:
            # "retain each report for at least 7 years" against "purges each report 3 years after the
            # case is closed": kept until it is purged
            same = [g for g in got if g.cls == "window" and g.after and (at := resp.find(g.text)) >= 0 and
                    _PURGED_AT.search(resp, max(0, at - 90), at)]
        if q.cls == "advance":
            # ("we will inform the Contracting Officer within ten business days of the change": after it)
            after = [g for g in got if g.cls == "window" and (g.after or (g.role is not None and g.role == q.role) or
                                                              _OF_CHANGE.match(resp, resp.find(g.text) + len(g.text)))
                     and not _from_award(resp, g, req_text)]
            if not same and after:
                # "inform the CO within 10 business days of the switch" against 60 days before it
                return f"offers notice {after[0].text} after the event where the solicitation requires {q.text} before it", True
            if not same and (at_event := _AT_EVENT.search(resp)):
                # "release notes are sent on the day a new version goes into production" against 15 days before
                return (f"gives notice '{at_event.group(0).strip()}' where the solicitation requires {q.text} before the event",
                        True)
        if not same:
            continue
        satisfied = True
        if all(_worse(q.cls, q.hours, g.hours) for g in same):
            g = min(same, key=lambda g: abs(g.hours - q.hours))
            if q.cls == "spacing":
                return f"offers '{g.text}' where the solicitation allows it no more often than '{q.text}'", True
            return f"offers '{g.text}' where the solicitation requires '{q.text}'", True
        for g in same:
            # "four hours in ordinary weeks, but up to 72 hours during deadline peaks": the
            # requirement holds at all times, and the answer names times when it does not
            at = resp.find(g.text)
            if at < 0 or not _worse(q.cls, q.hours, g.hours):
                continue
            # the worse figure's own clause, a little before and after it
            around = re.split(r"[.;](?!\d)", resp[max(0, at - 60):at])[-1] + \
                re.split(r"[.;](?!\d)", resp[at:at + len(g.text) + 40])[0]
            if _EXCEPT_WORSE.search(around):
                return f"offers '{g.text}' at some times where the solicitation requires '{q.text}'", True
            if (pct := _percentile_of(req_text, q.text)) and pct in {m.group(1) for m in _PERCENTILE.finditer(around)}:
                # "within 3 seconds at the 95th percentile" against "a median of 2.1 seconds; the 95th
                # percentile is 8 seconds": the figure for the percentile the requirement names
                return f"offers '{g.text}' at the {pct}th percentile where the solicitation requires '{q.text}'", True
            if _THIRD_PARTY.search(req_text) and (party := _THIRD_PARTY.search(around)):
                # "delete ... from its own systems and from the systems of its subprocessors within 30
                # days" against "our foundation model provider keeps inputs for up to 90 days"
                return f"offers '{g.text}' at its {party.group(0).lower()} where the solicitation requires '{q.text}'", True
            if q.cls == "window" and q.after and (mine := _anchor_terms(req_text, q.text)) and \
                    len(mine & _anchor_terms(resp, g.text)) >= 2 and \
                    not any(len(mine & _anchor_terms(resp, o.text)) >= 2 for o in same if not _worse(q.cls, q.hours, o.hours)):
                # "within 5 minutes after the batch closes, so ... no more than 35 minutes after ECAS accepts
                # it" against "within 5 minutes after ECAS accepts the filing": the time from the same event
                return f"offers '{g.text}' from the same event where the solicitation requires '{q.text}'", True
            if q.cls == "window" and _same_case(req_text, around, (q.text, g.text)):
                # "the first 14 days are ready within 4 hours; the complete 90-day plan follows within
                # 12 hours" against a complete schedule within four hours; "a 500-lot receipt can take
                # up to 45 minutes" against up to 500 lots within 10 minutes
                return f"offers '{g.text}' for the case the solicitation names ('{around.strip()[:80]}') where it requires '{q.text}'", True
    if not satisfied and all(q.cls == "horizon" for q in want):
        return None, True   # a forecast's reach is often told in other words ("three years out"): only a shorter one conflicts
    return None, satisfied


_ANCHOR = re.compile(r"\s+(?:after|of|from|following)\s+([^.;,|]{3,60})", re.I)


def _anchor_terms(text: str, figure: str) -> set[str]:
    """The words of the event a time is counted from ("within 5 minutes after ECAS accepts the
    filing" -> ecas, accept, filing)."""
    at = text.find(figure)
    m = _ANCHOR.match(text, at + len(figure)) if at >= 0 else None
    return set(terms(m.group(1))) if m else set()


# others who hold the work: a requirement that names them holds for them too
_THIRD_PARTY = re.compile(r"\b(?:sub-?processors?|subcontractors?|(?:cloud|model|hosting)\s+providers?|third[\s-]part(?:y|ies)|"
                          r"suppliers?)\b", re.I)
# the times a worse figure is confined to: "during deadline peaks", "in surge weeks", "except ..."
_EXCEPT_WORSE = re.compile(r"\b(?:except|during|peaks?|surges?|busy|at\s+times)\b", re.I)
_WHOLE = re.compile(r"\b(?:complete|full|entire|whole)\b", re.I)
_PLAIN_NUMBER = re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?![\w.]|,\d|\s*(?:%|percent))")   # a count of things, not a level


def _same_case(req_text: str, clause: str, figures: tuple[str, ...]) -> bool:
    """The clause of a worse figure speaks of the case the requirement sets its figure for: the
    whole of it ("the complete 90-day plan"), or the same count ("a 500-lot receipt")."""
    if _WHOLE.search(req_text) and _WHOLE.search(clause):
        return True
    def counts(text: str) -> set[str]:   # the plain counts of a text, leaving out the figures compared
        text = re.sub("|".join(re.escape(f) for f in figures), " ", text)
        return {m.group(0).replace(",", "") for m in _PLAIN_NUMBER.finditer(text)}
    return bool((counts(clause) & counts(req_text)) - {"1", "2", "3"})


# thresholds and plain numbers

_NUM = r"(\d+(?:,\d{3})*(?:\.\d+)?)"
_FLOOR = re.compile(r"\b(?:at\s+least|no\s+less\s+than|not\s+less\s+than|no\s+fewer\s+than|not\s+fewer\s+than|"
                    r"a\s+minimum\s+of|minimum(?:\s+of)?|"
                    r"no\s+lower\s+than|no\s+smaller\s+than|not\s+smaller\s+than|no\s+shorter\s+than|at\s+or\s+above|"
                    r"or\s+(?:higher|more|better|greater)\s+than)\s+(?:an?\s+)?(?:grade\s+(?:level\s+)?)?" + _NUM, re.I)
_CEIL = re.compile(r"\b(?:at\s+most|no\s+more\s+than|not\s+more\s+than|no\s+greater\s+than|not\s+greater\s+than|"
                   r"not\s+(?:to\s+)?exceed|a\s+maximum\s+of|maximum(?:\s+of)?|(?:at\s+or\s+)?below|under|less\s+than|"
                   r"lower\s+than|fewer\s+than|no\s+higher\s+than|no\s+larger\s+than|not\s+larger\s+than|"
                   r"no\s+bigger\s+than|no\s+longer\s+than|(?:no|not)\s+coarser\s+than)\s+(?:an?\s+)?(?:(?:average|mean|median)\s+of\s+)?"
                   r"(?:grade\s+(?:level\s+)?)?" + _NUM, re.I)
# "flag any item for which the value exceeds 0.10": the items above a cut-off (read as a floor
# and turned round like the other cut-offs that select items: a lower one flags more)
_ABOVE = re.compile(r"(?<!not\s)(?<!never\s)\b(?:exceeds?|exceeding|above|greater\s+than|more\s+than|over)\s+"
                    r"(?:an?\s+grade\s+(?:level\s+)?|grade\s+(?:level\s+)?)?" + _NUM, re.I)
# units of measure: a figure in one is comparable with a figure in another of the same dimension
# "to within 0.5 millimeters", "plus or minus 2 cm": a tolerance, a ceiling when a unit follows
_TOLERANCE = re.compile(r"(?:\b(?:to\s+)?within\s+(?:(?:plus\s+or\s+minus|±|\+/-)\s*)?|(?:\bplus\s+or\s+minus|±|\+/-)\s*)"
                        + _NUM, re.I)
_UNITS = {
    # (a distance along a kind of line is one too: "4,300 road miles", "12 lane-kilometers", "800 linear feet")
    "length": (r"(?:(?:road|lane|route|track|trail|river|stream|shoreline|centerline|linear|pipeline|corridor)[\s-])?"
               r"(?:kilomet(?:er|re)s?|km|met(?:er|re)s?|m|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm|miles?|mi|"
               r"feet|foot|ft|inch(?:es)?|in\.|yards?|yd)",
               {"km": 1000.0, "kilomet": 1000.0, "m": 1.0, "met": 1.0, "cm": 0.01, "centimet": 0.01, "mm": 0.001,
                "millimet": 0.001, "mi": 1609.344, "mile": 1609.344, "feet": 0.3048, "foot": 0.3048, "ft": 0.3048,
                "inch": 0.0254, "in.": 0.0254, "yard": 0.9144, "yd": 0.9144}),
    "data": (r"(?:[KMGTP]B|[kmgtp]ilobytes?|[Mm]egabytes?|[Gg]igabytes?|[Tt]erabytes?|[Pp]etabytes?)",
             {"kb": 1e3, "kilo": 1e3, "mb": 1e6, "mega": 1e6, "gb": 1e9, "giga": 1e9, "tb": 1e12, "tera": 1e12,
              "pb": 1e15, "peta": 1e15}),
    # sound and signal levels: "agree with the reference runs to within 3 dB"
    "level": (r"(?:dB|decibels?)", {"db": 1.0, "decibel": 1.0}),
    # timing below the durations' millisecond: "time synchronization within 50 nanoseconds"
    "fine time": (r"(?:nanoseconds?|ns|microseconds?|µs|μs)", {"nano": 1e-9, "ns": 1e-9, "micro": 1e-6, "µs": 1e-6, "μs": 1e-6}),
    # amounts of money, as ``_digits`` writes them ("$12 billion" -> "12 billion dollars")
    "money": (r"(?:(?:thousand|million|billion|trillion)\s+)?dollars?",
              {"dollars": 1.0, "dollar": 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}),
    # points of an index or score, often with its name: "within 5 points of the manual PCI", "8 PCI points"
    "points": (r"(?:[A-Z]{2,6}\s+|index\s+|score\s+)?points?(?!\s+of\s+(?:contact|presence|sale|entry|failure))",
               {"point": 1.0, "points": 1.0}),
}
_UNIT_AFTER = {dim: re.compile(r"\s*(" + pat + r")(?![\w-])") for dim, (pat, _) in _UNITS.items()}


def _unit_of(after: str) -> tuple[str, float, str] | None:
    """(dimension, factor to the base unit, the unit as written) when ``after`` starts with a unit
    of measure ("1.3 mm" -> ("length", 0.001, "mm"))."""
    for dim, pat in _UNIT_AFTER.items():
        m = pat.match(after)
        if m:
            word = m.group(1)
            table = _UNITS[dim][1]
            key = word if word in table else word.lower()
            if dim in ("points", "length"):
                key = re.split(r"[\s-]", key)[-1]   # "PCI points", "road miles"
            factor = table.get(key) or next((table[k] for k in sorted(table, key=len, reverse=True) if key.startswith(k)), None)
            if factor:
                return dim, factor, word
    return None


_RANGE_OF = re.compile(r"\b(?:from|between)\s+(\d+(?:\.\d+)?)\s*%?\s+(?:to|and)\s+\d+(?:\.\d+)?\s*%?", re.I)  # a scale
# ... unless it counts things: "sites settle at between 5 and 8 alerts per week"
_THINGS_AFTER = re.compile(r"\s*(?!(?:points?|on|scale|range|inclusive)\b)[a-z]+s\b", re.I)


def _counted_range(text: str, m: re.Match) -> bool:
    """A range of whole numbers from 2 up, followed by the plural of what it counts."""
    return not re.search(r"[%.]", m.group(0)) and int(m.group(1)) >= 2 and m.group(0)[-1:].isspace() and \
        bool(_THINGS_AFTER.match(text, m.end()))
_BAND = re.compile(r"\b(?:falls?|lies?|be|remains?|stays?|kept|held)\s+(?:\w+ly\s+)?between\s+" + _NUM +
                   r"(?:\s*(?:%|percent))?\s+and\s+" + _NUM + r"(\s*(?:%|percent\b))?", re.I)
_FLOOR_AFTER = re.compile(r"(?<![\w.])" + _NUM + r"(\s*(?:%|percent))?\s+or\s+(?:higher|more|above|better|greater|over)\b", re.I)
_CEIL_AFTER = re.compile(r"(?<![\w.])" + _NUM + r"(\s*(?:%|percent))?\s+or\s+(?:lower|less|below|fewer|under)\b", re.I)
# (a number either side of a colon is a time of day or a scale, "7:00 p.m.", "1:24,000", not an amount)
_ANYNUM = re.compile(r"(?<![\w.,:-])" + _NUM + r"(?:\s*(%|percent\b|percentage\s+points?\b))?(?![\w-]|[.,:]\d)", re.I)
_HIGHER_BETTER = re.compile(r"\b(?:availab\w*|uptime|accura\w*|f1|precision|recall|agreement|coverage|"
                            r"auc|score|improv\w*|reduc\w*|on-time|detection\s+rate)\b", re.I)
_LOWER_BETTER = re.compile(r"\b(?:error|false[\s-]\w+|hallucination|latency|miss(?!ing\b)\w*|failure|downtime|"
                           r"words|pages|cost)\b", re.I)
_COUNTED = re.compile(r"\b(?:words|pages|cost)\b", re.I)   # lower is better for counts of these, not for scores


_MISSES_TARGET = re.compile(r"miss(?:es|ed)?\s+(?:the|a|an|its|their|our|this|that)\b", re.I)


def _lower_better(window: str, value: float, pct: bool) -> bool:
    """Whether a figure in ``window`` reads as lower-is-better.  "Pages whose OCR confidence falls
    under 0.85": a fraction is a score, whatever noun is near it."""
    # ("the probability that it will miss the 97 percent standard": a verb whose object is the figure)
    found = [m.group(0) for m in _LOWER_BETTER.finditer(window)
             if not _MISSES_TARGET.match(window, m.start())]
    return any(not _COUNTED.fullmatch(w) or (value > 1 and not pct) for w in found)
_SELECTS = re.compile(r"\b(?:route|flag|escalate|refer|send|hold|review|reject|block|alert|queue|mark|suppress|withh[eo]ld|"
                      r"exclude|mask|hide|drop|quarantine)\w*\b", re.I)
# "... must be confirmed by an analyst", "... is routed to a reviewer": the items below a cut-off sent to a person
_SELECTED = re.compile(r"\b(?:shall|must|will|are|is)\s+(?:be\s+)?(?:confirmed|approved|verified|reviewed|routed|sent|"
                       r"referred|escalated|held|queued|flagged|checked|presented|displayed|shown|surfaced)\b", re.I)
# the things a duty is done for: "obtain a broker price opinion for any collateral property with an
# estimated value " (above $2 million)
_FOR_ITEMS = re.compile(r"\bfor\s+(?:any|each|every|all)\s+[^.;]{0,60}?\b(?:with|whose|having|valued|worth)\b[^.;]{0,40}$", re.I)
# (a decimal point ends no clause: "every structure whose interval is wider than 2.0 feet or whose ...")
_CONDITION = re.compile(r"\b(?:any|each|every|all)\b(?:[^.;]|\.(?=\d)){0,80}\b(?:with|whose|where|that|which|if|when|scored|"
                        r"scoring|rated|having|derived\s+from|based\s+on)\b(?:[^.;]|\.(?=\d)){0,50}$", re.I)


# "The share of seeded errors in each test file that the service flags shall be at least 0.90": the
# level the subject must reach, not a cut-off on the items it flags
_LEVEL_OF_SUBJECT = re.compile(r"\b(?:shall|must|will|should)\s+(?:be|remain|stay)\s+$", re.I)
# "mark the granule as low confidence when more than 20 percent of its pixels ...": a trigger
# (not a change: "whenever the Brier score degrades by more than 0.03")
_WHEN_OVER = re.compile(r"\b(?:when|whenever|if)\s+[^.;,()]{0,40}(?<!\bby\s)$", re.I)


# ("one alert per patient per 4 hours", "5 percent of the battery every 2 hours": a stated number of them)
# ("one false alarm in any four minutes", "per 600 seconds of mainstage": counted over minutes or seconds too)
_PER_N = r"(\d+|" + _ONE_TO_TWELVE + r"|fifteen|twenty|thirty|sixty|ninety)"
_PER_TIME = re.compile(r"^[^.;|]{0,50}?\b(?:per\s+(?:[\w-]+\s+){0,3}?(?:" + _PER_N + r"[-\s](second|minute|hour|day|week|month)s?"
                       r"(?:\s+(?:shift|period|window))?|(hour|day|week|month|quarter|year|shift))|every\s+" + _PER_N +
                       r"\s+(second|minute|hour|day|week|month)s|in\s+(?:any|each|every)\s+" + _PER_N +
                       r"[-\s](second|minute|hour|day|week|month)s?(?:\s+(?:shift|period|window))?)\b", re.I)
_PER_HOURS = {**_UNIT_HOURS, "hour": 1.0, "shift": 8.0, "minute": 1 / 60, "second": 1 / 3600}


_RATIO = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|\d{1,3})\s+((?:[\w-]+\s+){0,3}?)"
                    r"(?:in|out\s+of|of\s+every|in\s+every|of\s+the)\s+(\d{1,3}(?:,\d{3})+|\d{1,5}|two|three|four|five|six|seven|eight|nine|ten|"
                    r"twelve)\b(?!\s*(?:percent|%|minutes?|hours?|days?|weeks?|months?|years?))", re.I)


def _is_pick(text: str, start: int, of_at: int, between: str = "") -> bool:
    """"assigns each object to one of the six classes", "every one of the four sections", "top-1
    accuracy within each of the eight groups": a figure at ``start`` followed by "of the" at
    ``of_at`` that picks among things, not a part of a whole (``between``: the words in between)."""
    of_the = re.match(r"\s*of\s+(?:the|our|its|their|these|those)\b", text[of_at:], re.I) is not None
    return of_the and (bool(_PICK_AMONG.search(text[max(0, start - 8):start])) or
                       bool(re.search(r"\b(?:each|every|all|any)\b", between, re.I)))


def _not_a_ratio(text: str, m: re.Match) -> bool:
    """A _RATIO match ("one ... of the six") that is a pick (see _is_pick)."""
    return _is_pick(text, m.start(), m.end(2), m.group(2) or "")


# (the count may be left out: "no more than 0.5 false damage flags per image set" is per one image)
_PER_COUNT = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?per\s+(?:(\d{1,3}(?:,\d{3})+|\d+)\s+)?(?:[\w-]+\s+)?(words?|pages?|"
                        r"records?|calls?|transactions?|documents?|items?|characters?|lines?|claims?|cases?|drafts?|"
                        r"letters?|summaries|summary|reports?|responses?|answers?|messages?|sentences?|notices?|"
                        r"images?|slides?|requests?|queries|query|entries|entry|rows?|fields?|pairs?|links?|files?|segments?|"
                        r"utterances?|transcripts?|minutes\s+of\s+audio)\b",
                        re.I)


def _per_count(text: str, end: int) -> tuple[float, str] | None:
    """"1 narration error per 2,000 words" -> (2000.0, "words"): a count taken over a count."""
    m = _PER_COUNT.match(text[end:end + 60])
    if not m:
        return None
    noun = m.group(2).lower()
    return _num(m.group(1)) if m.group(1) else 1.0, (noun[:-3] + "y" if noun.endswith("ies") else noun.rstrip("s"))


def _per_label(per_n: tuple[float, str]) -> str:
    """(2000.0, "word") -> " per 2,000 words"."""
    if per_n[0] == 1.0:
        return f" per {per_n[1]}"   # "0.5 per image"
    noun = per_n[1][:-1] + "ies" if per_n[1].endswith("y") else per_n[1] + "s"
    return f" per {per_n[0]:,.0f} {noun}"


def _period(hours: float) -> str:
    """168.0 -> "week": the period a rate is counted over, in words."""
    names = {1.0: "hour", 8.0: "8-hour shift", 24.0: "day", 168.0: "week"}
    for name, h in _PER_HOURS.items():
        names.setdefault(h, name)
    if hours not in names and hours >= 48 and hours % 24 == 0:
        return f"{hours / 24:g} days"
    if hours not in names and hours < 1:   # "per 4 minutes", "per 600 seconds"
        minutes = round(hours * 60, 6)
        return f"{minutes:g} minutes" if minutes >= 1 and minutes == int(minutes) else f"{round(hours * 3600, 3):g} seconds"
    return names.get(hours, f"{hours:g} hours")


def _per_hours(text: str, end: int) -> float | None:
    """The time a count is taken over, when it follows the figure ("5 false alerts per operator
    console per 8-hour shift" -> 8.0; "2 per console per hour" -> 1.0)."""
    m = _PER_TIME.match(text[end:])
    if not m:
        return None
    for k in (1, 4, 6):
        if m.group(k):
            n = m.group(k).lower()
            return float(_PERCENT_WORDS.get(n) or n) * _PER_HOURS[m.group(k + 1).lower()]   # (numbers in words)
    return _PER_HOURS[m.group(3).lower()]


_POINTS = re.compile(r"\s*(?:percentage[\s-]points?|pp\b|points?\s+of\b)", re.I)


def _kind(value: float, pct: bool) -> str:
    return "pct" if pct else ("frac" if value <= 1 else "num")


# the measure an error figure is the complement of: a miss rate of recall, an error rate of accuracy
_COMPLEMENTS = [(set(terms(a)), set(terms(b))) for a, b in (
    ("miss missed misses", "recall sensitivity detection detect"),
    ("error errors misclassification misclassified incorrect wrong", "accuracy accurate correct agreement"),
    ("false positive positives alarm alarms", "specificity precision"),
)]


def _complement_measure(where: set[str]) -> set[str]:
    """"A miss rate of no more than 10 percent" also measures recall (0.90)."""
    out: set[str] = set()
    for errors, measures in _COMPLEMENTS:
        if where & errors:
            out |= measures
    return out


def _readings(value: float, pct: bool, lower: bool) -> list[tuple]:
    """(value, read-as-lower-better, kind, converted) for an answer's figure: as written, and as the other of
    percent and fraction ("90 percent" is 0.90); a lower-is-better figure ("an error rate of 1.5
    percent") is also read as its complement for a higher-is-better threshold (98.5 percent)."""
    kind = _kind(value, pct)
    out = [(value, True, kind, False), (value, False, kind, False)] if not lower else [(value, True, kind, False)]
    if lower and kind in ("pct", "frac"):
        out.append(((100.0 if kind == "pct" else 1.0) - value, False, kind, "complement"))
    for v, low, k, conv in list(out):
        if k == "pct":
            out.append((v / 100.0, low, "frac", "form" if not conv else conv))
        elif k == "frac":
            out.append((v * 100.0, low, "pct", "form" if not conv else conv))
    return out


_WORD_NUMBER = re.compile(r"\b((?:at\s+least|no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+minimum\s+of|a\s+maximum\s+of|"
                          r"fewer\s+than|no\s+fewer\s+than|up\s+to|about|approximately|roughly|not\s+exceed|"
                          r"(?:more|less)\s+than|below|under)\s+)"
                          r"(" + _ONE_TO_TWELVE + r")\b(?=\s+(?:[\w-]+\s+){0,3}?(?:per|in\s+(?:any|each|every))\b)", re.I)


_PERCENT_WORDS = {**_COUNT_WORDS, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50,
                  "sixty": 60, "seventy": 70, "seventy-five": 75, "eighty": 80, "ninety": 90}
# "Five percent of each week's visits": a share written in words
_WORD_PERCENT = re.compile(r"\b(" + "|".join(sorted(_PERCENT_WORDS, key=len, reverse=True)) + r")(?=\s+(?:percent|per\s+cent)\b)",
                           re.I)


# a rank cut-off, where a smaller number is stricter: "among the top five candidates", "top-3
# accuracy" ("the first 10 results" is not one: more of them returned in time is better)
_RANKED = r"(?=[\s-]+(?:[\w-]+\s+){0,2}?(?:candidates?|results?|matches|hits?|suggestions?|recommendations?|predictions?|labels?|choices|" \
          r"guesses|ranked|positions?|accuracy|retrieved|returned)\b)"
# counts in words beyond twelve, for ranks ("top twenty") and years ("fifteen years")
_NUMBER_WORDS = {**_COUNT_WORDS, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "fifty": 50, "hundred": 100}
_TOP_WORDS = re.compile(r"\b(top[\s-]+)(" + _ONE_TO_TWELVE + r"|twenty|fifty|hundred)\b" + _RANKED, re.I)
_TOP_N = re.compile(r"\btop[\s-]+(\d{1,3})\b" + _RANKED, re.I)
# ... as an answer may say it: "among the first 10 results", "the 3 highest-ranked candidates"
_ANSWER_RANK = re.compile(r"\b(?:top|first)[\s-]+(\d{1,3})\b" + _RANKED + r"|\b(\d{1,3})\s+(?:highest|best|top)[\s-]+"
                          r"(?:ranked|scoring|scored)\b", re.I)


def _rank_conflict(req_text: str, resp: str) -> str | None:
    """A rank cut-off the answer loosens: "the correct page shall appear among the top five
    candidates" against "within the top ten candidates" (a larger cut-off is easier to meet)."""
    req_text, resp = _digits(req_text), _digits(_ANSWER_RANK_WORDS.sub(_rank_in_digits, resp))
    want = [int(m.group(1)) for m in _TOP_N.finditer(req_text)]
    if len(set(want)) != 1:
        return _top_share_conflict(req_text, resp)
    got = [(int(m.group(1) or m.group(2)), m.group(0)) for m in _ANSWER_RANK.finditer(resp)]
    if got and all(n > want[0] for n, _ in got):
        return f"offers {got[0][1].strip()} where the solicitation requires the top {want[0]}"
    return None


# a cut-off by share of a ranking: "in the top 5 percent of the ranking"
_TOP_SHARE = re.compile(r"\btop\s+(\d{1,2}(?:\.\d+)?)\s*(?:percent|per\s+cent|%)", re.I)


def _top_share_conflict(req_text: str, resp: str) -> str | None:
    """"At least 70 percent of them appear in the top 5 percent of the ranking" against "within
    the top 10 percent of the list": a wider share of the ranking is easier to meet."""
    want = {float(m.group(1)) for m in _TOP_SHARE.finditer(req_text)}
    got = [(float(m.group(1)), m.group(0)) for m in _TOP_SHARE.finditer(_digits(resp))]
    if len(want) == 1 and got and all(n > min(want) for n, _ in got):
        return f"offers the {got[0][1].strip()} where the solicitation requires the top {min(want):g} percent"
    return None


_ANSWER_RANK_WORDS = re.compile(r"\b((?:top|first)[\s-]+)(" + _ONE_TO_TWELVE + r"|twenty|fifty|hundred)\b" +
                                _RANKED + r"|\b(" + _ONE_TO_TWELVE + r")(?=\s+(?:highest|best|top)[\s-]+(?:ranked|scoring|scored)\b)", re.I)


def _rank_in_digits(m: re.Match) -> str:
    if m.group(3):
        return str(_NUMBER_WORDS[m.group(3).lower()])
    return m.group(1) + str(_NUMBER_WORDS[m.group(2).lower()])


# a common fraction of a unit: "1/8 inch", "3/4 mile" (one figure, not 1 and 8 inches)
_UNIT_FRACTION = re.compile(r"(?<![\d/.])(\d{1,2})/(2|3|4|8|16|32|64)(?![\d/])(?=[\s-]*(?:inch(?:es)?|in\.|mile|miles|foot|feet|ft\b|"
                            r"pounds?|lbs?\b|ounces?|oz\b|gallons?|cups?|teaspoons?|tablespoons?))", re.I)


def _digits(text: str) -> str:
    """A count over time written in words is a figure: "no more than two false alerts per month"
    -> "no more than 2 false alerts per month"."""
    text = _UNIT_FRACTION.sub(lambda m: format(int(m.group(1)) / int(m.group(2)), "g"), text)
    text = _MONEY.sub(_money_words, text)
    text = _HYPHEN_UNIT.sub(" ", text)   # "a 3-meter grid": a figure and its unit
    text = _TOP_WORDS.sub(lambda m: m.group(1) + str(_NUMBER_WORDS[m.group(2).lower()]), text)
    # "an eighth grade reading level": grade 8
    text = _ORDINAL_GRADE.sub(lambda m: "grade " + str(_ORDINALS.get(m.group(1).lower()) or int(m.group(1)[:-2])), text)
    # (each of these three: group 1 kept as written, the count in group 2 written in digits)
    text = _WORD_NUMBER.sub(_count_in_digits, text)
    # "one false alert per patient every 2 hours": a count over a time
    text = _RATE_WORDS.sub(_count_in_digits, text)
    # "any work unit with fewer than five respondents": a cut-off on a count
    text = _FEWER_WORDS.sub(lambda m: m.group(1) + str(_PERCENT_WORDS[m.group(2).lower()]), text)
    # "greater than one dollar": an amount of money in words
    text = _WORD_DOLLARS.sub(lambda m: str(_COUNT_WORDS.get(m.group(1).lower(), 1)) + " " + m.group(2), text)
    text = _WORD_FRACTION.sub(lambda m: format(100.0 * _COUNT_WORDS.get(m.group(1).lower(), 1) /
                                               _FRACTION_PARTS[m.group(2).lower()], ".4g") + " percent", text)
    text = _WORD_PERCENT.sub(lambda m: str(_PERCENT_WORDS[m.group(1).lower()]), text)
    text = _TOLERANCE_WORDS.sub(lambda m: m.group(1) + format(_TOLERANCE_FRACTIONS.get(" ".join(m.group(2).lower().split())) or
                                                              _COUNT_WORDS[m.group(2).lower()], "g"), text)
    # "fewer than one per ten drafts": the count it is taken over, too
    text = _PER_WORD_NUMBER.sub(lambda m: m.group(1) + str(_PER_WORDS[m.group(2).lower()]), text)
    # "1E-5", "2.5e-4": a probability written in scientific notation is a figure like any other
    return _SCIENTIFIC.sub(lambda m: format(float(m.group(0).replace(" ", "")), ".12f").rstrip("0"), text)


def _count_in_digits(m: re.Match) -> str:
    return m.group(1) + str(_COUNT_WORDS[m.group(2).lower()])


_RATE_WORDS = re.compile(r"()\b(" + _ONE_TO_TWELVE + r")\b(?=\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:per\s+(?:[\w-]+\s+){0,3}?)?(?:per|every)\s+(?:\d+[-\s])?(?:hour|day|week|month|shift)s?\b)", re.I)
_HYPHEN_UNIT = re.compile(r"(?<=\d)-(?=" + _UNITS["length"][0] + r"(?![\w-]))", re.I)
_FEWER_WORDS = re.compile(r"(?<!\bno\s)(?<!\bnot\s)\b((?:fewer|less)\s+than\s+)(" + _TWO_TO_TWELVE +
                          r"|fifteen|twenty|twenty-five|thirty|forty|fifty)\b(?=\s+[a-z])", re.I)
# ("more than a dollar apart": one dollar)
_WORD_DOLLARS = re.compile(r"\b(" + _ONE_TO_TWELVE + r"|(?<=than\s)a)\s+(dollars?)\b", re.I)
# a share as a fraction in words: "under three fifths of the median test length" -> 60 percent
# a tolerance in words before its unit: "within plus or minus one-half inch" (but "a GPS position
# accurate to within one meter" is left alone: a figure of scale, "28,000 track miles", is no answer to it)
_TOLERANCE_WORDS = re.compile(r"\b((?:plus\s+or\s+minus)\s+)(one-half|one-quarter|half\s+an?|a\s+half|one|two|three|"
                              r"four|five|six|seven|eight|nine|ten|twelve)(?=[\s-]+(?:inch(?:es)?|foot|feet|yards?|miles?|"
                              r"(?:centi|milli|kilo)?met(?:er|re)s?)\b)", re.I)
_TOLERANCE_FRACTIONS = {"one-half": 0.5, "half a": 0.5, "half an": 0.5, "a half": 0.5, "one-quarter": 0.25}
_WORD_FRACTION = re.compile(r"\b(one|a|two|three|four)[\s-](half|thirds?|quarters?|fifths?|tenths?)(?=\s+of\b)", re.I)
_FRACTION_PARTS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "tenth": 10,
                   "tenths": 10}
_ORDINAL_GRADE = re.compile(r"\b(?:an?\s+)?(" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))[\s-]grade\b", re.I)
# "$12 billion", "$1.5M", "$250,000": written as "12 billion dollars" so the unit follows the figure
_MONEY = re.compile(r"(?<![\w$])(?:US)?\$\s?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|[KMB])\b)?",
                    re.I)
_MONEY_SCALE = {"k": "thousand", "m": "million", "b": "billion", "thousand": "thousand", "million": "million",
                "billion": "billion", "trillion": "trillion"}
def _money_words(m: re.Match) -> str:
    """"$12 billion" -> "12 billion dollars", "$250,000" -> "250,000 dollars"."""
    scale = _MONEY_SCALE.get((m.group(2) or "").lower())
    return f"{m.group(1)} {scale} dollars" if scale else f"{m.group(1)} dollars"


_PER_WORDS = {**_COUNT_WORDS, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
              "thousand": 1000}
_PER_WORD_NUMBER = re.compile(r"\b(per\s+(?:every\s+)?)(" + "|".join(w for w in _PER_WORDS if not w.endswith("ce")) +
                              r")\b(?=\s+[a-z])", re.I)
_SCIENTIFIC = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[eE]-\d{1,2}(?!\w|\.\d)")


# "flag each report that meets the criteria, with recall of at least 0.95": how well the selecting
# is done, not the cut-off that selects
_PERFORMANCE = re.compile(r"\b(?:recall|precision|accuracy|sensitivity|specificity|f1|agreement|availability|uptime|"
                          r"auc)\b[^.;,]{0,25}$", re.I)


# a cut-off that selects items names what it is a cut-off on: "a confidence score below 0.70";
# "hold the combined alert volume to no more than 40 alerts" is a level, not a cut-off
_CUT_OFF = re.compile(r"\b(?:scores?|scoring|scored|confidence|probability|likelihood|rating|threshold|similarity|"
                      r"match)\b", re.I)


# a second figure coordinated with a threshold, with no comparator of its own
_ALSO = re.compile(r"(?:\s*(?:%|percent))?(?:(?![.;]|\b(?:at\s+least|at\s+most|no\s+more|no\s+less|not\s+more|"
                   r"not\s+less|under|below|above|over|within|exceed)\b)[^.;]){1,70}?\b(?:and|while|with|but)\s+"
                   r"(?:an?\s+|the\s+)?(?<![\w.,-])" + _NUM + r"(\s*(?:%|percent\b))?(?![\w.-]|,\d)", re.I)
# a comparator with no negation of its own, after a negation in the same clause: "no polygon receives
# less than", "shall not fall below", "never more than"
_BARE_COMPARATOR = re.compile(r"(?:below|under|less\s+than|lower\s+than|fewer\s+than|above|over|more\s+than|"
                              r"greater\s+than|exceeds?|exceeding)\s", re.I)
_NEGATED_LEAD = re.compile(r"\bno\s+" + r"(?:single\s+|individual\s+|one\s+)?(?:[\w-]+\s+)?" + r"(?:categor(?:y|ies)|class(?:es)?|"
                           r"(?:sub)?groups?|sites?|regions?|languages?|strat(?:um|a)|segments?|types?)\s+$|"   # "no single category below 0.80"
                           r"(?:\bno\s+(?!more\b|less\b|fewer\b|later\b|longer\b)(?:[\w'’-]+\s+){1,4}?|"
                           r"\b(?:not|never)\s+(?:[\w'’-]+\s+){0,2}?)(?:receives?|gets?|has|have|falls?|drops?|goes|go|"
                           r"sinks?|dips?|is|are|be|holds?|handles?|carries|carry|exceeds?|rises?|reaches?|contains?|off\s+by|"
                           r"(?:deviates?|differs?|varies|vary|errs?)\s+by|"
                           r"includes?|processes|process|takes?|uses?|runs?)\s+(?:to\s+)?$", re.I)
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*(?:through|to|until|and|-|–)\s*(?:19|20)\d\d\b")


# a figure in a list of bands: "(under 30, 30 to 44, 45 and over)"
_BAND_AFTER = re.compile(r"[^.;()]{0,20}?,\s*(?:and\s+)?\d+(?:\.\d+)?\s*(?:to|-|\u2013|through)\s*\d", re.I)
_BAND_BEFORE = re.compile(r"\d\s*(?:to|-|\u2013|through)\s*\d+(?:\.\d+)?\s*,\s*(?:and\s+|or\s+)?$", re.I)
_LIST_LABEL = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}[.)])\s+")


_NOTICE_DUTY = re.compile(r"\b(?:notif\w*|report\w*|alert\w*|inform\w*|tell|escalat\w*)\b", re.I)


# "no validation site lies within": a distance things must keep apart
_NONE_WITHIN = re.compile(r"\b(?:no|never)\s+(?:[\w-]+\s+){1,4}?(?:lies|lie|is|are|falls?|sits?|located|placed)\s+$", re.I)
# a thing counted after "one": "at least one on-site visit" (but "at least 1 or higher", "1 percent")
_ONE_THING = re.compile(r"\s+(?!(?:or|and|to|percent|per|in|of|out|than|point)\b)[a-z][\w-]*[a-z]\b", re.I)


def _req_thresholds(text: str) -> list[tuple[float, str, bool, str]]:
    """(value, kind, higher_is_better, phrase) for the requirement's thresholds."""
    text = _digits(_LIST_LABEL.sub("", text, count=1))   # "1. display the linking score": a label, not a figure
    out = []
    spans = [(d.start, d.end) for d in find_durations(text)]
    seen: set[int] = set()
    for m in _TOP_N.finditer(text):   # "among the top 5 candidates": a rank cut-off (see _rank_conflict)
        seen.add(m.start(1))
    for pattern, higher in ((_FLOOR, True), (_CEIL, False), (_TOLERANCE, False), (_ABOVE, True)):
        for m in pattern.finditer(text):
            if any(s <= m.start(1) < e for s, e in spans) or m.start(1) in seen:
                continue
            after = text[m.end():m.end() + 24]
            if _YEAR_SPAN.match(text, m.start(1)):
                continue   # "covering at least 2018 through 2024": years, not a level
            if _BAND_AFTER.match(text, m.end()) or _BAND_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                continue   # "each age band (under 30, 30 to 44, 45 and over)": the bounds of groups, not a level
            if pattern is _TOLERANCE and not _unit_of(after) and not re.match(r"\s*(?:%|percent|percentage\s+points?)\s+of\b",
                                                                         after, re.I):
                # "within 5 business days" is a duration; only a measured tolerance is a ceiling (a unit of
                # measure, or a share of a reference: "within 10 percent of the check-cruise volume")
                continue
            if re.match(r"\s*(?:minutes?|hours?|days?|weeks?|months?|years?|business|calendar)\b", after, re.I):
                continue
            pct = bool(re.match(r"\s*(?:%|percent)", after, re.I))
            value = _num(m.group(1))
            unit = _unit_of(after)
            h = higher
            lead_in = text[max(0, m.start() - 120):m.start()]
            if re.search(r"\b(?:falls?|fell|drops?|dropped|dips?|declines?|rises?|climbs?|goes)\s+$", lead_in[-20:], re.I) and \
                    _NOTICE_DUTY.search(text[:m.start()]):
                continue   # "report to the COR any element whose F1 score falls below 0.85": when to tell, not a level
            # (the act may follow the figure: "any pair whose score falls below 0.90 must be confirmed by an analyst")
            then = re.split(r"[.;]", text[m.end():m.end() + 80])[0]
            negated = pattern in (_CEIL, _ABOVE) and bool(_BARE_COMPARATOR.match(m.group(0))) and \
                bool(_NEGATED_LEAD.search(lead_in))
            if pattern is _TOLERANCE and _NONE_WITHIN.search(lead_in):
                h = True   # "no validation site lies within 10 kilometers of a training site": a least distance
            elif negated:
                # "so that no polygon receives less than 80 percent", "shall not fall below 0.90": a
                # floor; "no site handles more than 40 calls": a ceiling
                h = not h
            elif not _LEVEL_OF_SUBJECT.search(lead_in) and \
                    (_CONDITION.search(lead_in) or re.search(r"\b(?:any|each|every|all)\s+(?:[\w-]+\s+){0,3}$", lead_in, re.I) or
                     _WHEN_OVER.search(lead_in) or
                     # "Values with an extraction confidence below 0.85 shall be routed to a human reviewer"
                     (_SELECTED.search(then) and re.search(r"\b(?:with|whose|having|scoring|scored)\s+(?:an?\s+|the\s+|its\s+|"
                                                           r"their\s+)?(?:[\w-]+\s+){0,3}$", lead_in, re.I))) \
                    and (_SELECTS.search(text, max(0, text.rfind(". ", 0, m.start()) + 1, m.start() - 200), m.start()) or
                         _SELECTED.search(then) or _FOR_ITEMS.search(lead_in)) and \
                    not _PERFORMANCE.search(lead_in[-40:]) \
                    and (_CUT_OFF.search(lead_in[-50:]) or (value < 1 and not pct) or
                         re.search(r"\bgrade\b", m.group(0), re.I) or   # "flag any draft above grade 6.0"
                         # "any proposed merge that would move more than 50 patents": a count of things
                         # "suppress any result for a unit with fewer than 10 respondents": likewise
                         (pattern in (_ABOVE, _CEIL) and not pct and re.match(r"\s+[a-z]{3,}", text[m.end():]) and
                          (pattern is _ABOVE or re.match(r"(?:fewer|less)\s+than\b", m.group(0), re.I)))):
                h = not h   # "route any submission with a score below 0.70": a higher cut-off covers more
            elif pattern is _ABOVE and _CHANGE_TRIGGER.search(lead_in):
                pass        # "where the rural rate exceeds the urban rate by more than 2 percentage points, ... shall
                #             propose changes": a change that sets off the duty (see the trigger in _number_conflict)
            elif pattern is _ABOVE:
                continue    # "exceeds 0.10" is a cut-off only where it picks out items to flag or route
            seen.add(m.start(1))
            first = len(out)
            per_n = None if pct or unit else _per_count(text, m.end())
            if unit:
                written = _UNIT_AFTER[unit[0]].match(after)
                out.append((value * unit[1], unit[0], h, text[m.start():m.end() + written.end()].strip()))
            elif per_n:   # "no more than one error per 2,000 words": 0.5 per thousand words
                out.append((value * 1000.0 / per_n[0], "per-" + per_n[1], h, m.group(0).strip() + _per_label(per_n)))
            else:   # (a reading grade is compared only with a grade: "at or below grade 8")
                kind = "grade" if re.search(r"\bgrade\b", m.group(0), re.I) else _kind(value, pct)
                if kind == "frac" and re.fullmatch(r"1", m.group(1)) and _ONE_THING.match(after):
                    kind = "num"   # "at least one on-site visit per hospital": a count of visits, not a share
                if _POINTS.match(after):
                    kind = "points"   # "within 5 percentage points": a difference of shares, only against one
                out.append((value, kind, h, m.group(0).strip()))
                # "no more than 15 percent for English calls and 20 percent for Spanish calls": the
                # second figure is held to the same side
                also = _ALSO.match(text, m.end())
                if also and pct == bool(also.group(2)) and also.start(1) not in seen and \
                        not any(s <= also.start(1) < e for s, e in spans):
                    seen.add(also.start(1))
                    value2 = _num(also.group(1))
                    out.append((value2, _kind(value2, pct), h, also.group(0)[also.start(1) - also.start():].strip()))
            if negated:   # said as what it requires: "at least 80 percent", not "less than 80"
                v, k, hb, said = out[first]
                out[first] = (v, k, hb, ("at least " if hb else "at most ") + _BARE_COMPARATOR.sub("", said, count=1))
    for m in _UNIT_OR_FINER.finditer(text):   # "a ground resolution of 1 meter or finer"
        unit = _unit_of(text[m.end(1):m.end(1) + 24])
        if unit and m.start(1) not in seen:
            seen.add(m.start(1))
            higher = m.group(2).lower() == "coarser"
            out.append((_num(m.group(1)) * unit[1], unit[0], higher, m.group(0).strip()))
    for m in _GRID.finditer(text):   # "a forecast at 1 kilometer resolution": a finer grid is better
        k = 1 if m.group(1) else 2   # (the figure before the word "resolution", or after it)
        unit = _unit_of(text[m.end(k):m.end(k) + 24])
        if unit and m.start(k) not in seen and not any(s <= m.start(k) < e for s, e in spans):
            seen.add(m.start(k))
            out.append((_num(m.group(k)) * unit[1], unit[0], False, m.group(0).strip()))
    for m in _UNIT_OR_LESS.finditer(text):
        unit = _unit_of(text[m.end(1):m.end(1) + 24])
        if unit and m.start(1) not in seen and not any(s <= m.start(1) < e for s, e in spans):
            seen.add(m.start(1))
            out.append((_num(m.group(1)) * unit[1], unit[0], False, m.group(0).strip()))
    for pattern, higher in ((_FLOOR_AFTER, True), (_CEIL_AFTER, False)):
        for m in pattern.finditer(text):   # "a match score of 0.90 or higher"
            if m.start(1) in seen or any(s <= m.start(1) < e for s, e in spans):
                continue
            value = _num(m.group(1))
            seen.add(m.start(1))
            out.append((value, _kind(value, bool(m.group(2))), higher, m.group(0).strip()))
    for m in _BAND.finditer(text):
        if m.start(1) in seen or any(s <= m.start(1) < e for s, e in spans):
            continue
        pct = bool(m.group(3))
        seen.update((m.start(1), m.start(2)))
        phrase = m.group(0)[m.group(0).lower().rfind("between"):].strip()
        for value, higher in ((_num(m.group(1)), True), (_num(m.group(2)), False)):
            out.append((value, _kind(value, pct), higher, phrase))
    if not out:
        ranges = [(m.start(), m.end()) for m in _RANGE_OF.finditer(text)]
        for m in _ANYNUM.finditer(text):
            if any(s <= m.start() < e for s, e in spans + ranges) or \
                    _IDENT.search(text[max(0, m.start() - 8):m.end() + 8]):
                continue
            value, pct = _num(m.group(1)), bool(m.group(2))
            if not pct and value > 1 or _day_of_month(text, m):
                continue
            kind = "points" if _POINTS.match(text, m.end(1)) else _kind(value, pct)
            window = text[max(0, m.start() - 60):m.end() + 30]
            # ("independently code a random 10 percent of comments": a share checked, more is better)
            if _HIGHER_BETTER.search(window) or (pct and _SAMPLED.search(text[max(0, m.start() - 40):m.start()])):
                out.append((value, kind, True, m.group(0).strip()))
            elif _LOWER_BETTER.search(window):
                out.append((value, kind, False, m.group(0).strip()))
    return out


_SAMPLED = re.compile(r"\b(?:a\s+)?(?:random(?:ly\s+(?:selected|chosen|drawn))?|(?:random\s+)?sample\s+of|"
                      r"spot[\s-]check(?:s|ing)?|double[\s-]cod(?:e|es|ing)|re-?(?:code|review|score)s?)\s+$", re.I)
_UNIT_OR_FINER = re.compile(r"(?<![\w.])" + _NUM + r"\s*(?:" + _UNITS["length"][0] + r"|" + _UNITS["data"][0] +
                            r")\s+or\s+(finer|coarser)\b", re.I)
# the size of a grid's cells: "at 1 kilometer resolution", "on a 250 m grid", "a grid spacing of 3 km"
_GRID = re.compile(r"(?<![\w.])" + _NUM + r"\s*(?:" + _UNITS["length"][0] + r")\s+(?:(?:spatial|horizontal|ground)\s+)?"
                   r"(?:resolution|grid|cells?|grid\s+spacing)\b|\b(?:resolution|grid\s+spacing|cell\s+size)\s+of\s+"
                   r"(?:no\s+coarser\s+than\s+|at\s+most\s+)?" + _NUM + r"(?=\s*(?:" + _UNITS["length"][0] + r")(?![\w-]))",
                   re.I)
_GRID_WORDS = re.compile(r"\b(?:resolution|grids?|cells?|spacing|pixels?|posting)\b", re.I)
# "a median center-point error of 2.0 km or less": a ceiling ("movement of 1 foot or more" is the
# least a detector must catch, where smaller is better: see detection_size_conflict)
_UNIT_OR_LESS = re.compile(r"(?<![\w.])" + _NUM + r"\s*(?:" + "|".join(_UNITS[d][0] for d in ("length", "data", "level", "fine time")) +
                           r")\s+or\s+(?:less|lower|smaller|shorter|under|below)\b", re.I)
_COMPARATOR_TAIL = re.compile(r"(?:\s+(?:of|is|are|be|was|were|must|shall|will|should|to|a|an|the|at|no|not|more|less|fewer|than|"
                              r"least|most|or|under|below|above|over|up|exceed|exceeds|maximum|minimum|greater|lower|higher|"
                              r"reached|reaches|achieved|achieves|achieve|reach|kept|held|stays?|remains?))+\s*$", re.I)


def _folded_tail(text: str, start: int, pos: int) -> str:
    """The last 60 characters before ``pos`` (from ``start`` on), with written-out acronyms folded
    first: "Recall for vegetation inside the Minimum Vegetation Clearance Distance must be" keeps
    "vegetation" once the long name is "MVCD".  A word cut by the window is dropped."""
    tail = AUC_NAMES.sub(" AUC ", _fold_known_acronyms(text[max(start, pos - 160):pos]))
    if len(tail) <= 60:
        return tail
    window = tail[-60:]
    return window if tail[-61] == " " else window.split(" ", 1)[-1]


_ROW_LABEL = re.compile(r"(?:^|\n)([^|\n]+)\|[^|\n\d]*$")   # (the first figure of the cell beside the label)


def _metric(text: str, pos: int, cell: bool = True) -> set[str]:
    """Terms of the few words before a figure: what it measures ("false alarm rate")."""
    clause = max(text.rfind(c, 0, pos) for c in ".;,") + 1
    # "... of empty frames while losing no more than": the words before "while" measure another figure
    # (a written-out acronym counts as one word: "the mean opinion score floor" ends in "MOS floor")
    window = re.split(r"\b(?:while|whereas|and|but)\b", _folded_tail(text, clause, pos))[-1]
    # "a miss rate of no more than", "recall ... must be at least": the comparator and its verb say nothing of the measure
    window = _COMPARATOR_TAIL.sub("", window)
    found = set(terms(" ".join(window.split()[-4:]))) - {"%pct"}
    label = re.search(r"(?:^|\|)([^|]*)\|\s*$", text[:pos]) if cell else None
    if label:
        # an answer's figure that opens a table cell measures what the cell before it names, all of
        # it: "| Citations that point to the correct source and passage | 95 percent or better |"
        found |= set(terms(label.group(1))) - {"%pct"}
    elif cell and not any(t in _METRIC_NAMES for t in found) and (row := _ROW_LABEL.search(text[:pos])):
        # "Pairwise recall, same test set | We commit to recovering at least 85 percent of the true
        # pairs": a figure in the cell beside a row's label measures what the label names
        found |= set(terms(row.group(1))) - {"%pct"}
    if re.search(r"\bwithin\s+$", text[max(0, pos - 8):pos], re.I):
        found.add("%within")
    if len(found) == 1 and text.rfind(",", 0, pos) >= clause - 1 > 0:
        # "At night, relying on thermal imagery, it found 95 percent": a clause that names nothing
        # but its verb leaves the measure to the phrases before it in the sentence (a clause that
        # opens with the figure names it after: "..., 95 percent of searches returned")
        start = max(text.rfind(c, 0, pos) for c in ".;") + 1
        window = re.split(r"\b(?:while|whereas|and|but)\b", _folded_tail(text, start, pos))[-1]
        found |= set(terms(_COMPARATOR_TAIL.sub("", window))) - {"%pct"}
    return found


def _metric_after(text: str, end: int) -> set[str]:
    """Terms of the few words after a figure ("90 percent sensitivity")."""
    # "a sensitivity of 0.93 and a specificity of 0.82": the words after "and" measure the next figure
    # (as do those after "with a": "a true skill statistic of 0.66 with a false alarm ratio of 0.24")
    # (and "at a": "recall of at least 0.90 at a precision of at least 0.80")
    window = re.split(r"[.;,]|\b(?:and|while|whereas|but|(?:with|at)\s+(?:an?|the|its))\b",
                      _fold_known_acronyms(text[end:end + 160])[:60])[0]
    return set(terms(" ".join(window.split()[:4]))) - {"%pct"}


def _unmet_figures(req_text: str, resp: str) -> list[str]:
    """The requirement's thresholds for which the answer states no figure of the same kind (and,
    when the requirement sets several, for the same measure): "precision of at least 0.98 and a
    recall of at least 0.95" answered with a precision only."""
    req_text, resp = _digits(req_text), _digits(resp)
    want = _req_thresholds(req_text)
    if not want:
        return []
    fit = [(g, conv) for g, _low, conv in _answer_figures(resp) if not _other_kind(req_text, resp, g[2])]
    # (a resolution is often told without a figure: "at the native resolution of the imagery")
    # (and a figure the answer repeats word for word is given: "grows by 25 percent or more" for "rises
    # by 25 percent or more", a change read as no level)
    said = " ".join(resp.lower().split())
    return [phrase for _value, kind, _higher, phrase in want
            if not _UNIT_OR_FINER.fullmatch(phrase) and
            not (re.search(r"\D", phrase) and re.search(r"(?<![\w.])" + re.escape(" ".join(phrase.lower().split())) + r"(?![\w.])", said)) and
            not _figures_for(fit, kind, req_text, phrase, len({p for *_, p in want}) > 1, not _rivals(want, kind, phrase))]


def _rivals(want: list[tuple], kind: str, phrase: str) -> bool:
    """Whether another of the requirement's thresholds is of the same kind as this one (a share in
    percent and one as a fraction are one kind): "within 5 percentage points ... on at least 90
    percent of panels" sets one difference of shares and one share, no rivals.  A band's two ends
    are one threshold."""
    def family(k: str) -> str:
        return "share" if k in ("pct", "frac") else k
    return any(family(k) == family(kind) for _v, k, _h, p in want if p != phrase)


def _phrase_at(text: str, phrase: str) -> int:
    """Where a threshold's phrase is written: "at least 40" is not the start of "at least 400"."""
    m = re.search(re.escape(phrase) + r"(?![\d,.]?\d)", text)
    return m.start() if m else -1


def _threshold_measure(req_text: str, phrase: str) -> set[str]:
    """The words that tell what one threshold measures.  Words every threshold shares do not
    ("at least 98 percent of empty frames while losing no more than 1 percent of frames with
    animals": "frames" tells the two apart from nothing)."""
    metric = _measure(req_text, phrase)
    others = set().union(*(_measure(req_text, p) for *_, p in _req_thresholds(req_text) if p != phrase))
    return (metric - others) or metric


_COMPARATOR_TERMS = frozenset(terms("finer coarser"))


def _measure(req_text: str, phrase: str) -> set[str]:
    """Terms of the words around a threshold: what it measures."""
    at = _phrase_at(req_text, phrase)
    if at < 0:
        return set()
    # "flagging no more than 5 percent of non-threatening items": the measure may follow
    # (a tolerance, "within 5 percent of the actual total", is the measure of an answer's "within 4 percent of")
    within = {"%within"} if re.match(r"within\s+\d", phrase, re.I) else set()
    # ("at 250-meter resolution or finer": the comparator names no measure)
    return (_metric(req_text, at, cell=False) | _metric_after(req_text, at + len(phrase)) | _measured_subject(req_text, at) |
            within) - _COMPARATOR_TERMS


_SUBJECT_MODAL = re.compile(r"^(?P<subject>[^.;:]*?)\s+(?:shall|must|will|should|is\s+required\s+to|are\s+required\s+to)"
                            r"(?P<rest>\s[^.;:]*)?$", re.I)
_SUBJECT_HEAD = re.compile(r"^(?:(?:the|a|an|each|every|its|their)\s+)?(?P<head>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
                           r"(?=\s+(?:for|of|from|in|on|at|with|across|over|during|under|by|that|which|when|where)\b|$)",
                           re.I)


_COPULA_BEFORE = re.compile(r"^(?P<subject>[^;:]*?)\s+(?:is|are|was|were|remains?|stays?|stands?\s+at|comes?\s+to|"
                            r"averaged|averages)(?:\s+(?:about|roughly|approximately|around|nearly|at\s+least|at\s+most|"
                            r"over|under|below|above|just\s+(?:over|under)))?$", re.I)
_SENTENCE_START = re.compile(r"(?:[.;](?=\s+[A-Z(])|;)")


def _copula_subject(text: str, pos: int) -> set[str]:
    """The subject of "... slide-level sensitivity for P. falciparum at 0.1 percent parasitemia and
    above is 96 percent": what a figure after "is" measures, however far its words are."""
    start = max((m.end() for m in _SENTENCE_START.finditer(text, 0, pos)), default=0)
    m = _COPULA_BEFORE.match(text[start:pos].strip())
    if not m:
        return set()
    head = _SUBJECT_HEAD.match(m.group("subject").split(",")[-1].strip())
    return set(terms(head.group("head"))) - {"%pct"} if head else set()


def _measured_subject(req_text: str, at: int) -> set[str]:
    """The subject of a sentence whose verb is only the comparison: "The CER for pages printed from
    1881 through 1922 shall not exceed 3 percent" measures the CER, however far the figure is from it."""
    # (a stop inside a clause number is no sentence end: "... across the groups in C.3.4.1 must not exceed 1.25")
    clause = max((e.end() for e in re.finditer(r"[.;:](?=\s|$)", req_text[:at])), default=0)
    m = _SUBJECT_MODAL.match(re.sub(r"\b(?:[A-Z]\.)?\d+(?:\.\d+)+\b", "section", req_text[clause:at]).strip())
    if not m or _COMPARATOR_TAIL.sub("", " " + (m.group("rest") or "")).strip():
        return set()
    head = _SUBJECT_HEAD.match(m.group("subject").strip())
    return set(terms(head.group("head"))) - {"%pct"} if head else set()


def _figures_for(fit: list[tuple], kind: str, req_text: str, phrase: str, by_measure: bool,
                 alone: bool = False) -> list[tuple]:
    """The figures (value, kind, text, metric terms, per-hours) of the same kind as one threshold.
    With ``by_measure`` only those beside the words of the threshold's own measure count ("a
    detection rate of at least 95 percent and a false alarm rate below 2 percent"); a figure read
    in another form (percent as fraction, an error rate as its complement) always needs them.
    ``alone``: no other threshold of the requirement is of this kind, so that the answer's one
    figure of the kind answers it by whatever words ("within 5 percentage points ... on at least
    90 percent of panels" against "no more than 10 percentage points away")."""
    metric = _threshold_measure(req_text, phrase)
    # "a recall of at least 0.85" is not answered by "precision at 0.90": a figure named for a
    # different one of the named metrics is not a figure for this one
    named = {_METRIC_NAMES[t] for t in metric if t in _METRIC_NAMES}
    # (nor is "a false covered-location rate no higher than 2 percent" answered by "a location recall of
    # 0.93": a score named for what is found, where an error rate is asked, unless read as its complement)
    errors = not named and bool(metric & _ERROR_TERMS)
    found = [g for g, conv in fit if g[1] == kind and (not (by_measure or conv) or g[3] & metric)
             and not (named and (theirs := {_METRIC_NAMES[t] for t in g[3] if t in _METRIC_NAMES}) and not theirs & named)
             and not (errors and conv != "complement" and any(t in _METRIC_NAMES for t in g[3]) and not g[3] & _ERROR_TERMS)]
    # (but a resolution is told apart from other distances by its words: see _GRID)
    if not found and by_measure and alone and kind in ("points", *_UNITS) and not _GRID.fullmatch(phrase):
        only = [g for g, conv in fit if g[1] == kind and not conv]
        if len({g[2] for g in only}) == 1:
            return only
    return found


_ERROR_TERMS = frozenset(terms("false error errors miss misses"))
# named metrics (as terms), by what they measure: sensitivity is recall
_METRIC_NAMES = {"recall": "recall", "sensit": "recall", "precis": "precision", "specif": "specificity", "f1": "f1",
                 "auc": "auc"}


_RELATIVE_CHANGE = re.compile(r"\b(?:cut|cuts|reduc\w*|lower\w*|improv\w*|increas\w*|decreas\w*|drops?|dropped|falls?|fell|fallen|"
                              r"rises?|rose|risen|grows?|grew|shrinks?|shrank|boost\w*|speed\w*\s+up)\b[^.;]{0,50}?\bby\s+"
                              r"(?:(?:about|roughly|up\s+to|nearly|over|more\s+than|some|around)\s+)?"
                              r"(?:\d+(?:\.\d+)?\s*(?:%|percent)?\s+(?:to|-|–|and)\s+)?$", re.I)


_DOWNTIME = re.compile(r"\b(\d+(?:\.\d+)?)\s*(minutes?|mins?|hours?)\s+of\s+(?:[\w-]+\s+){0,2}?(?:downtime|outage|"
                       r"unavailability)\s+(?:[\w-]+\s+){0,3}?(?:per|each|a|in\s+(?:a|each|any))\s+(?:calendar\s+)?(month|year|"
                       r"week|quarter)\b", re.I)


_RATIO_TERMS = frozenset(terms("ratio"))


def _answer_figures(resp: str) -> list[tuple]:
    """The answer's figures, each as ((value, kind, text, measure terms, per-hours), read as lower
    is better, how it was converted): as written, as the other of percent and fraction, as the
    complement of an error rate, and ratios ("one in 30").  Durations, clause numbers, years and
    scales ("between 0 and 1") are not figures."""
    spans = [(d.start, d.end) for d in find_durations(resp)] + \
        [(m.start(), m.end()) for m in _RANGE_OF.finditer(resp) if not _counted_range(resp, m)]
    got = []
    # "within the top 10 candidates", "among the first three results": a rank cut-off (see _rank_conflict)
    spans += [(m.start(1), m.end(1)) for m in _ANSWER_RANK.finditer(resp)]
    for m in _ANYNUM.finditer(resp):
        if any(s <= m.start() < e for s, e in spans) or _IDENT.search(resp[max(0, m.start() - 8):m.end() + 8]):
            continue   # a duration, a clause number, or a scale ("a score between 0 and 1")
        if re.match(r"\s*(?:minutes?|hours?|days?|weeks?|months?|years?|milliseconds?|seconds?|-day|-hour)\b",
                    resp[m.end():m.end() + 14], re.I):
            continue
        value = _num(m.group(1))
        if 1900 <= value <= 2100 and not m.group(2) or _day_of_month(resp, m):
            continue  # a year, or a day of a month ("from December 1")
        if any(r.start() <= m.start() < r.end() for r in _RATIO.finditer(resp) if not _not_a_ratio(resp, r)):
            continue   # read below as a ratio
        if re.search(r"\b(?:phase|section|step|wave|option|year|clin|table|figure|appendix|part|version|"
                     r"release|sprint|increment|day|week|month|quarter|attachment|exhibit|annex|no\.)\s*$",
                     resp[max(0, m.start() - 12):m.start()], re.I) or _NAMED_STANDARD.search(resp[max(0, m.start() - 8):m.start()]):
            continue   # "Phase 2", "Section 4", "WGS 84": a label, not an amount
        if not m.group(2) and re.fullmatch(r"\d+", m.group(1)) and re.fullmatch(r"\|?\s*[A-Z][a-z]+\s+", resp[:m.start()]) and \
                re.match(r"\s*(?:\||$)", resp[m.end():]):
            continue   # "Candidate 15 | Keep | ...": the name of a row, not an amount
        if _RELATIVE_CHANGE.search(resp[max(0, m.start() - 80):m.start()]):
            continue   # "cuts false rejects by 70 to 80 percent": a change relative to something else, not a level
        # (the measure is read in the figure's own cell when it names one: "Failure mode | Macro F1 of
        # 0.78" is no failure rate, while "false positive rate | 1.5 percent" is)
        before = resp[max(0, m.start() - 40):m.start()]
        cell = before.rsplit("|", 1)[-1]
        if cell != before and (_HIGHER_BETTER.search(cell) or _LOWER_BETTER.search(cell)):
            before = cell
        lower = _lower_better(before, value, bool(m.group(2))) or \
            bool(m.group(2) and re.search(r"\bwithin\s+$", resp[max(0, m.start() - 10):m.start()], re.I))
        # ("land within 4 percent of the realized figure", "agree within 5 percentage points": a tolerance)
        unit = None if m.group(2) else _unit_of(resp[m.end():m.end() + 24])
        if unit:   # "a 1 km grid", "cracks 1.3 mm and longer": compared only with a figure of the same dimension
            where = _metric(resp, m.start()) | _metric_after(resp, m.end())
            said = m.group(0).strip() + " " + unit[2]
            for low in (True, False):
                got.append(((value * unit[1], unit[0], said, where, None), low, False))
            continue
        if _POINTS.match(resp, m.end(1)):
            where = _metric(resp, m.start()) | _metric_after(resp, m.end())
            for low in (True, False):   # "within 10 percentage points of the fleet-wide rate"
                got.append(((value, "points", m.group(0).strip() if "point" in m.group(0).lower() else
                             m.group(0).strip() + " percentage points", where, None), low, False))
            continue
        # ("when its grade is above 8.0": the grade is the subject of the comparison)
        if re.search(r"\bgrade\s+(?:level\s+)?(?:(?:of|is|was|are|exceeds?|above|below|over|under|at|or|reaches|rises|"
                     r"stays|to)\s+){0,4}$", resp[max(0, m.start() - 40):m.start()], re.I):
            where = _metric(resp, m.start()) | _metric_after(resp, m.end())
            for low in (True, False):   # "a grade 10 reading level"
                got.append(((value, "grade", "grade " + m.group(0).strip(), where, None), low, False))
            continue
        per_n = None if m.group(2) else _per_count(resp, m.end())
        if per_n:   # "fewer than one error per 1,000 words": 1 per thousand words, lower is better
            where = _metric(resp, m.start()) | _metric_after(resp, m.end())
            got.append(((value * 1000.0 / per_n[0], "per-" + per_n[1], m.group(0).strip() + _per_label(per_n), where,
                         None), True, False))
            continue
        readings = _readings(value, bool(m.group(2)), lower)
        if value == 1 and not m.group(2) and "." not in m.group(1):
            readings += [(1.0, True, "num", False), (1.0, False, "num", False)]   # "1 false alert": a count too
        # ("more than 1.5 times that of the group with the lowest rate" is a ratio)
        ratio = _RATIO_TERMS if re.match(r"\s*(?:times|x)\s+(?:that|those|the|as)\b", resp[m.end():m.end() + 12], re.I) else set()
        for v, low, k, conv in readings:
            where = _metric(resp, m.start()) | _metric_after(resp, m.end()) | _copula_subject(resp, m.start()) | ratio
            if conv == "complement":
                where = where | _complement_measure(where)
            got.append(((v, k, m.group(0).strip(), where, _per_hours(resp, m.end())), low, conv))
    for m in _DOWNTIME.finditer(resp):   # "45 minutes of unplanned downtime per month" is 99.9 percent available
        down = _num(m.group(1)) * (1.0 / 60.0 if m.group(2).lower().startswith("min") else 1.0)
        period = _UNIT_HOURS.get(m.group(3).lower(), 730.0)
        avail = round(100.0 * (1.0 - down / period), 3)
        where = set(terms("availability available uptime")) | _metric(resp, m.start())
        for v, k in ((avail, "pct"), (avail / 100.0, "frac")):
            got.append(((v, k, f"{avail:g} percent available ({m.group(0).strip()})", where, None), False, False))
    for m in _PERCENTILE.finditer(resp):   # "the 95th percentile time was 9 seconds": 95 percent of requests
        where = _metric(resp, m.start()) | _metric_after(resp, m.end())
        for low in (True, False):
            got.append(((_num(m.group(1)), "pct", m.group(0), where, None), low, False))
    for m in _RATIO.finditer(resp):   # "roughly one screened payment in 30" is 3.3 percent
        if _not_a_ratio(resp, m):
            continue
        a, b = (_COUNT_WORDS.get(x.lower()) or int(x.replace(",", "")) for x in (m.group(1), m.group(3)))
        if not b or a > b:
            continue
        lower = bool(_LOWER_BETTER.search(resp[max(0, m.start() - 40):m.end()]))
        where = _metric(resp, m.start()) | set(terms(m.group(2) or "")) | _metric_after(resp, m.end())
        for v, low, k, conv in _readings(round(100.0 * a / b, 2), True, lower):
            got.append(((v, k, m.group(0).strip(), where, None), low, conv))
    return got


_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_MONTH_BEFORE = re.compile(r"\b" + _MONTH_NAME + r"\s+$")
_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME + r"(?![\w])")


def _day_of_month(text: str, m: re.Match) -> bool:
    """An ``_ANYNUM`` match is a date: "December 1", "1 December", "the 15th of April"."""
    return not m.group(2) and _dated(text, m)


def _dated(text: str, m: re.Match) -> bool:
    """The number of a match's first group is the day of a named month."""
    return bool(_MONTH_BEFORE.search(text[max(0, m.start(1) - 12):m.start(1)]) or _MONTH_AFTER.match(text, m.end(1)))


_PERCENTILE = re.compile(r"\b(\d{2}(?:\.\d+)?)(?:th|st|nd|rd)\s+percentile\b", re.I)


def _percentile_of(req_text: str, figure: str) -> str | None:
    """The percentile a required time is set for, named beside it: "within 3 seconds at the 95th
    percentile", "a 95th percentile response time of 3 seconds"."""
    at = req_text.find(figure)
    if at < 0:
        return None
    m = _PERCENTILE.search(req_text[max(0, at - 50):at + len(figure) + 30])
    return m.group(1) if m else None


# a level each group must reach on its own ("for every taxon taken individually", "separately for each site")
_EACH_GROUP = re.compile(r"\b(?:every|each)\b[^.;]{0,60}?\b(?:individually|separately|on\s+its\s+own|in\s+isolation)\b|"
                         r"\bno\s+(?:single|individual|one)\s+(?:[\w-]+\s+)?(?:categor(?:y|ies)|class|(?:sub)?group|site|region|"
                         r"language|stratum|segment|type)\s+(?:below|under|lower\s+than|less\s+than)\b|"
                         r"\b(?:individually|separately)\s+for\s+(?:every|each)\b|"
                         # "measured separately for typed and handwritten forms"
                         r"\b(?:measured|computed|calculated|assessed|reported|evaluated|scored)\s+separately\s+(?:for|on|by)\b|"
                         # "no less than 0.95 at every source strength and shielding configuration"
                         r"\b(?:at|under|in|across)\s+(?:every|each|all)\s+(?:[\w-]+\s+){0,3}?(?:configurations?|conditions?|"
                         r"settings?|levels?|strengths?|sites?|locations?|categories|category|classes|class|groups?|types?)\b", re.I)


def _only_for(resp: str, figure: str) -> bool:
    """The figure is said to hold "only" for part of the scope ("100 m only in rural areas",
    "within 10 m for drone imagery only")."""
    at = resp.find(figure)
    if at < 0:
        return False
    clause = re.split(r"[.;,]|\bbut\b|\bwhile\b", resp[at + len(figure):at + len(figure) + 60])[0]
    before = re.split(r"[.;,]", resp[max(0, at - 40):at])[-1]
    return bool(re.search(r"\bonly\b", clause + " " + before, re.I))


_FOR_SCOPE = re.compile(r"\s+for\s+(?:the\s+|all\s+)?([\w-]+)")


def _scoped_apart(req_text: str, resp: str, figures: list[str]) -> bool:
    """Each figure is given for a part of the scope ("no higher than 1.5 percent for ceftriaxone and
    no higher than 3.5 percent for azithromycin") that the requirement either names with the others
    ("For ceftriaxone and azithromycin, the very major error rate ... shall not exceed 1.5 percent")
    or does not narrow at all: the requirement holds for every part."""
    scoped = _figure_scopes(resp, figures)
    if scoped is None:
        return False
    scopes = {scope.lower() for scope in scoped.values()}
    named = {s for s in scopes if re.search(r"\b" + re.escape(s) + r"\b", req_text, re.I)}
    return len(scopes) == len(figures) and named in (set(), scopes)


def _figure_scopes(resp: str, figures: list[str]) -> dict[str, str] | None:
    """The part of the scope each figure is given for ("88.4 percent for Simplified Chinese" ->
    "Simplified"), or None when one of them names none."""
    scoped = {}
    for figure in figures:
        at = resp.find(figure)
        m = _FOR_SCOPE.match(resp, at + len(figure)) if at >= 0 else None
        if not m:
            return None
        scoped[figure] = m.group(1)
    return scoped


def _scope_named(req_text: str, resp: str, figures: list[str]) -> set[str]:
    """Of figures each given for a part of the scope ("95.1 percent for English pages and 88.4
    percent for Simplified Chinese pages"), those for the parts the requirement names, where it
    names some but not all ("accuracy for Simplified Chinese documents must be at least 92
    percent")."""
    scoped = _figure_scopes(resp, figures)
    if scoped is None or any(not terms(scope) or scope.lower() in ("each", "every", "any", "our", "its", "their", "this")
                             for scope in scoped.values()):
        return set()
    named = {f for f, scope in scoped.items() if re.search(r"\b" + re.escape(scope) + r"\b", req_text, re.I)}
    return named if named and len(set(scoped.values())) > len({scoped[f] for f in named}) else set()


def _named_figures(req_text: str, phrases: list[str]) -> set[str]:
    """Percentages the requirement writes outside its thresholds: part of a name ("the 95
    percent prediction interval"), as the answer writes them."""
    taken = [(at, at + len(p)) for p in phrases if (at := _phrase_at(req_text, p)) >= 0]
    return {m.group(0).strip() for m in _ANYNUM.finditer(req_text)
            if m.group(2) and not any(a <= m.start() < b for a, b in taken)}


# a count for each of something ("5 alerts per agency"), and a total over many of them ("57 alerts
# for the 400 synthetic agencies")
_PER_UNIT = re.compile(r"\s*(?:[\w-]+\s+){0,2}?per\s+(?!(?:hour|day|week|month|year|quarter|shift|minute|second|"
                       r"business|calendar|cent)s?\b)(?P<unit>[a-z][\w-]*)", re.I)
_TOTAL_OVER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:for|across|over|among|from)\s+(?:the\s+|all\s+|its\s+)?(?:\d[\d,]*|" +
                         _TWO_TO_TWELVE + r"|twenty|hundreds|thousands)\s", re.I)


def _total_or_base(resp: str, figure: str, unit: set[str]) -> bool:
    """The figure is a total over many units ("57 alerts for the 400 agencies") or counts the
    units themselves ("the 400 agencies"), not a count for each."""
    end = max(0, resp.find(figure)) + len(figure)
    counted = re.split(r"\bper\b", resp[end:end + 40])[0]
    return bool(_TOTAL_OVER.match(resp, end)) or bool(unit & set(terms(" ".join(counted.split()[:3]))))


# how well a system performs, which no cut-off that picks out items is measured by
_SCORE_TERMS = frozenset(terms("agreement accuracy recall precision sensitivity specificity kappa f1 auc availability "
                               "uptime"))


# a change by more than a figure that sets off a duty: "when the acceptance rate for any sector moves
# by more than 10 percentage points", "where the two density estimates differ by more than 15 percent"
_CHANGE_TRIGGER = re.compile(r"\b(?:when|whenever|if|where|once|should)\b[^.;]{0,100}?\b(?:chang|mov|differ|increas|grow|grew|"
                             r"grown|exceed|ris|rose|drop|fall|fell|declin|shift|deviat|diverg|depart|jump|spik)\w*\b"
                             r"[^.;]{0,60}?\bby\s+$", re.I)
# the condition a level sets off an act in: "whenever detection falls below", "if precision drops to"
_IN_TRIGGER = re.compile(r"\b(?:when|whenever|if|once|should|where|until)\b[^.;]{0,60}?\b(?:falls?|fell|drops?|dropped|declines?|"
                         r"declined|dips?|dipped|rises?|rose|climbs?|exceeds?|exceeded|degrades?|slips?|goes|crosses|(?:has|have)\s+fallen)\s+"
                         r"(?:[\w-]+\s+){0,2}?$", re.I)


def _selects_items(req_text: str, at: int) -> bool:
    """The figure at ``at`` is a cut-off that picks out items to act on ("flag ... any study in
    which more than 20 percent of epochs are unscorable")."""
    lead = req_text[max(0, at - 120):at]
    return bool(_SELECTS.search(lead)) and bool(_CONDITION.search(lead) or
                                                re.search(r"\b(?:any|each|every)\s+(?:[\w-]+\s+){0,3}$", lead, re.I))


_SHARE_OF = re.compile(r"\s*(?:%|percent)\s+of\s+(?:all\s+|the\s+|its\s+|their\s+)?((?:[\w-]+\s+){0,2}?[\w-]+s)\b", re.I)
_TIME_TERMS = frozenset(terms("time times latency percentile seconds minutes hours response turnaround"))


# the word that opens a clause right before a named metric and says what it is measured on: "Crack
# recall was", "; spall recall was", "SSI sensitivity of" (not "we expect recall", "a matching precision")
# (also after a possessive, "we set our fentanyl sensitivity commitment at 0.80")
_QUALIFIED_METRIC = re.compile(r"(?:^|[.;:,(]\s*|\b(?:and|with|while|whereas|our|its|their)\s+)([A-Za-z][\w-]*)\s+"
                               r"(?:recall|precision|sensitivity|specificity|accuracy|F1|AUC|"
                               r"F1\s+score)\s+(?:(?:commitment|target|goal)\s+)?(?:was|is|of|at|reached|reaches|=|:)?\s*"
                               r"(?:about\s+|roughly\s+)?$", re.I)
_PLAIN_QUALIFIERS = frozenset(terms("the overall mean macro micro average averaged weighted our its their model system "
                                    "top-1 top-3 pooled aggregate validation test held-out holdout measured observed "
                                    "reported estimated target a an and with"))


def _other_kind(req_text: str, resp: str, figure: str) -> bool:
    """The answer's figure is qualified by a kind of thing the requirement does not name."""
    at = resp.find(figure)
    if at >= 0 and _sibling_row(req_text, resp, at):
        return True
    q = _QUALIFIED_METRIC.search(resp, max(0, at - 50), at) if at >= 0 else None
    if not q:
        return False
    word = set(terms(q.group(1)))
    return bool(word) and not word & _PLAIN_QUALIFIERS and not word & set(terms(req_text))


def _sibling_row(req_text: str, resp: str, at: int) -> bool:
    """The figure sits in a table row labelled with another kind of the thing the requirement's
    own row names: "Bighead carp | Recall 0.80" against "Silver carp | Silver carp recall shall be
    at least 0.90" (the two labels share their head word, "carp", but not the word that tells the
    kind)."""
    start = resp.rfind("\n", 0, at) + 1
    mine, theirs = _row_label(req_text), _row_label(resp[start:])
    return bool(mine and theirs and mine[-1] == theirs[-1] and set(mine) != set(theirs) and "|" in resp[start:at])


def _row_label(row: str) -> list[str]:
    """The words of a table row's first cell, when the row has more than one cell and the first
    is a short name ("Silver carp")."""
    cells = [c.strip() for c in row.split("|") if c.strip()]
    if len(cells) < 2:
        return []
    words = re.findall(r"[a-z][\w-]*", cells[0].lower())
    return words if 1 <= len(words) <= 3 else []


_TOP_K = re.compile(r"\btop[\s-]?(\d{1,2}|one|two|three|four|five|ten)\b", re.I)


# a rank cut-off said the other way: "Recall at 10", "precision@5"
_AT_K = re.compile(r"\b(?:recall|precision|accuracy|hit\s+rate|nDCG|MAP|MRR)\s*(?:at|@)\s*\d{1,3}\b", re.I)

# the level an answer acts at: "if the flag rate for rural Veterans runs more than 5 percentage points above"
_ACTS_AT = re.compile(_IN_TRIGGER.pattern + r"|" + _CHANGE_TRIGGER.pattern + r"|"
                      r"\b(?:when|whenever|if|where|once|should)\b[^.;]{0,100}?\b(?:more|greater|higher|larger)\s+than\s+$",
                      re.I)


def _rank(m: re.Match) -> str:
    """The k of a top-k, as digits ("top three" -> "3")."""
    k = m.group(1).lower()
    return str(_COUNT_WORDS.get(k, k))


def _rank_beside(resp: str, figure: str) -> str | None:
    """The top-k a figure is given for, in its own clause: "0.94 top-3 accuracy" -> "3"."""
    at = resp.find(figure)
    if at < 0:
        return None
    before = re.split(r"[.;,]|\band\b|\bwith\b", resp[max(0, at - 50):at])[-1]
    after = re.split(r"[.;,]|\band\b|\bwith\b", resp[at + len(figure):at + len(figure) + 30])[0]
    m = _TOP_K.search(before + " " + after)
    return _rank(m) if m else None


def _number_conflict(req_text: str, resp: str, same_measure: bool = False) -> tuple[str | None, bool]:
    """(conflict, answer gives a comparable figure).  With ``same_measure`` (or when the
    requirement sets several thresholds) a figure only counts beside the words of its measure."""
    req_text, resp = _digits(req_text), _digits(resp)
    want = _req_thresholds(req_text)
    if not want:
        return None, True
    got = _answer_figures(resp)
    named = _named_figures(req_text, [phrase for *_, phrase in want])
    if named:
        # "the empirical coverage of the 95 percent prediction interval": the answer's "95 percent
        # prediction interval" repeats the name of what is measured, not its level
        got = [g for g in got if g[0][2] not in named]
    satisfied = False
    by_measure = len({p for *_, p in want}) > 1 or same_measure   # a band's two ends are one measure
    for value, kind, higher, phrase in want:
        # a plain count ("at least 2,500 community air sensors") is compared only with a count of the same things
        # "an error rate of 1.5 percent" answers "accuracy of at least 98 percent" as 98.5 percent;
        # "90 percent sensitivity" answers "a sensitivity of at least 0.92" as 0.90.  A figure read
        # in another form must sit beside the threshold's own measure.
        same = _figures_for([(g, conv) for g, low, conv in got if low == (not higher)], kind, req_text, phrase,
                            by_measure or kind == "num", not _rivals(want, kind, phrase))
        at = _phrase_at(req_text, phrase)
        if at >= 0 and (each := _PER_UNIT.match(req_text, at + len(phrase))):
            # "no more than 5 alerts per agency" is not answered by "57 alerts for the 400 agencies": a
            # total, nor by the count of agencies
            same = [g for g in same if not _total_or_base(resp, g[2], set(terms(each.group("unit"))))]
        # "Crack recall was 0.92" against recall "on exposed reinforcement instances": a figure for
        # another kind of thing than the ones the requirement names
        same = [g for g in same if not _other_kind(req_text, resp, g[2])]
        if kind == "length" and _GRID.fullmatch(phrase):
            # a resolution is answered by a grid or a resolution, not by any distance: "at 1 kilometer
            # the soil moisture inputs are downscaled" against "indices at 250-meter resolution"
            same = [g for g in same if (w := resp.find(g[2])) >= 0 and _GRID_WORDS.search(
                re.split(r"[.;:|](?!\d)", resp[max(0, w - 60):w])[-1] + re.split(r"[.;:|,](?!\d)", resp[w:w + 60])[0])]
        if kind == "pct" and phrase.lower().startswith("within") and not set(terms(req_text)) & _SCORE_TERMS:
            # "within 15 percent of the cored extent" bounds an error: a recall of 0.93 does not measure it
            same = [g for g in same if not g[3] & _SCORE_TERMS]
        if at >= 0 and (rank := _TOP_K.search(req_text[max(0, at - 40):at + len(phrase) + 40])):
            # "top-1 accuracy of at least 0.85" is not met by "0.94 top-3 accuracy"
            same = [g for g in same if _rank_beside(resp, g[2]) in (None, _rank(rank))]
        elif at >= 0 and not _TOP_K.search(req_text) and not _AT_K.search(req_text):
            # nor is a plain "micro-averaged F1 of at least 0.82" by the share found "in the top three"
            same = [g for g in same if _rank_beside(resp, g[2]) in (None, "1")]
        if at >= 0 and kind in ("pct", "frac") and (share := _SHARE_OF.match(req_text, at + len(phrase))) and \
                any(q.cls == "window" for q in quantities(req_text)):
            # "within 60 seconds ... for at least 95 percent of requests": the share of requests served in
            # time, which "87 percent top-1 category accuracy" does not measure
            items = set(terms(share.group(1))) | _TIME_TERMS
            own = set(terms(req_text)) & _SCORE_TERMS
            same = [g for g in same if g[3] & items and not (g[3] & _SCORE_TERMS) - own]
        trigger = at >= 0 and bool(_IN_TRIGGER.search(req_text[max(0, at - 90):at]) or
                                   _CHANGE_TRIGGER.search(req_text[max(0, at - 160):at]))
        if trigger:
            # "retrain within 30 days whenever detection falls below 75 percent": a level that sets off
            # an act, compared only with the level the answer acts at, not with the levels it reaches;
            # and acting only once recall "falls below 0.70" waits longer than the requirement allows
            same = [g for g in same if (w := resp.find(g[2])) >= 0 and _ACTS_AT.search(resp[max(0, w - 160):w])]
            higher = not higher
        else:
            # ("where a site's sensitivity has fallen more than 3 percentage points below its baseline,
            # we will present the findings": the level the answer acts at, not one it offers; but "if
            # nozzle temperature falls under 60 degrees, the controller stops the spray" acts at the
            # requirement's own level, and keeps it)
            same = [g for g in same if (w := resp.find(g[2])) < 0 or not _IN_TRIGGER.search(resp[max(0, w - 90):w]) or
                    abs(g[0] - value) < 1e-9]
        if at >= 0 and _selects_items(req_text, at):
            # "flag any study in which more than 20 percent of epochs are unscorable" is a cut-off, which
            # the system's agreement with technologists (83.4 percent) does not measure
            own = set(terms(req_text)) & _SCORE_TERMS
            same = [g for g in same if not (g[3] & _SCORE_TERMS) - own]
        if not same:
            continue
        if len({g[2] for g in same}) > 1 and (kept := _scope_named(req_text, resp, sorted({g[2] for g in same}))):
            same = [g for g in same if g[2] in kept]   # the figure for the part the requirement names
        # "a recall of at least 80 percent": where the answer names a figure for recall, a
        # confidence level or sample share that happens to clear the bar does not meet it
        measure = _threshold_measure(req_text, phrase)
        mine = [g for g in same if g[3] & measure]
        if len({g[0] for g in same}) > 1:
            # "reserve at least 20 percent of reinterview slots for cases chosen at random" against "fill
            # 90 percent of slots from the ranked list and keep 10 percent random": of several figures,
            # the one beside a word the requirement names its share by and the others lack
            # (not the words of another figure the requirement sets: "at a 95 percent confidence level")
            rest = re.sub(r"(?:\S+\s+){0,4}\d[\d.,]*(?:\s+\S+){0,3}", " ", req_text.replace(phrase, " "))
            named_by = set(terms(rest)) - measure - {"%pct"}
            by_name = [g for g in same if g[3] & named_by]
            if by_name and len(by_name) < len(same):
                mine = by_name
            label = set(terms(req_text.split("|")[0])) if "|" in req_text else set()
            if by_name and len(by_name) < len(same) and all(g[3] & named_by <= label for g in by_name):
                # "0.85 terminal-family accuracy" beside "0.97" in a row labelled "End terminals": the
                # figure that names two or more words of the measure, where the others name fewer
                # (the words of the row's label name the row, not one of its figures)
                most = max(len(g[3] & measure) for g in same)
                named = [g for g in same if len(g[3] & measure) == most]
                if most >= 2 and len(named) < len(same) and all(len(g[3] & measure) < most - 1 for g in same if g not in named):
                    mine = named
        satisfied = True
        at = _phrase_at(req_text, phrase)
        per = _per_hours(req_text, at + len(phrase)) if at >= 0 else None

        def rate(g: tuple) -> float:   # "2 per hour" against "5 per 8-hour shift": compare per hour
            return g[0] / g[4] * per if per and g[4] else g[0]
        ok = [g for g in same if (rate(g) >= value if higher else rate(g) <= value)]
        # (a worse figure that meets another level the requirement sets for the same measure answers
        # that level: "a mean per-class F1 of at least 0.82 ..., with no single class below 0.65" against
        # "a mean F1 of 0.85 or higher, and an F1 of 0.70 or higher for every individual class")
        others = [(v, h) for v, k, h, p in want if p != phrase and k == kind and h == higher]
        apart = bool(others) and all(any(rate(g) >= v if h else rate(g) <= v for v, h in others)
                                     for g in same if g not in ok)
        if ok and len(ok) < len(same) and not apart and (_EACH_GROUP.search(req_text) or all(_only_for(resp, g[2]) for g in ok) or
                                           _scoped_apart(req_text, resp, [g[2] for g in same])):
            # "12 percent only at the airport-hour level" beside 18 percent at the checkpoint-hour
            # level: the figure that meets it holds for part of the scope, the worse one for the rest
            # "for every Appendix I taxon taken individually": a worse figure for some of them fails it
            ok = []
            same = [g for g in same if not (rate(g) >= value if higher else rate(g) <= value)]
        elif mine:
            ok = [g for g in ok if g in mine]
        if not ok:
            g = min([g for g in same if g in mine] or same, key=lambda g: abs(rate(g) - value))
            if rate(g) != g[0]:
                return (f"offers {g[2]} per {_period(g[4])}, about {rate(g):.1f} per {_period(per)}, where the "
                        f"solicitation requires {phrase}"), True
            digits = re.match(r"[\d,.]+", g[2])
            written = _num(digits.group(0).rstrip(".,")) if digits and digits.group(0).rstrip(".,") else None
            read = "" if g[1] in _UNITS or g[1] == "grade" or g[1].startswith("per-") or \
                (written is not None and abs(written - g[0]) < 1e-9) \
                else f" (that is {g[0]:g})"
            return f"offers {g[2]}{read} where the solicitation requires {phrase}", True
    return None, satisfied


_COUNT = re.compile(r"(?<![\d.,-])\b(one|a\s+single|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                    r"(?!percent(?:age)?\b|per\s+cent\b)((?:[\w-]+\s+){0,3}[\w-]+)", re.I)
# a training event by any name: "two live training sessions" against "one 90-minute webinar"
_EVENT_NOUNS = r"(?:sessions?|webinars?|workshops?|classes|class|seminars?|courses?|briefings?|orientations?|lectures?|" \
               r"tutorials?|walkthroughs?)"
_EVENT = re.compile(r"\b" + _EVENT_NOUNS + r"\b", re.I)


_COUNTED_STOP = re.compile(r"\b(?:of|for|to|in|on|at|from|with|that|which|who|per|by|before|after|during|within|each|every|"
                           r"shall|must|will|is|are|was|were|taken|drawn|selected|chosen)\b", re.I)


def _counted(text: str, m: re.Match) -> str:
    """The words a count counts, up to six and up to the first preposition or verb after them:
    "20 historical fire and explosion precursor sequences", "twelve reconstructed precursor sequences"."""
    words = text[m.start(2):m.start(2) + 120].split()[:6]
    kept = []
    for w in words:
        if _COUNTED_STOP.fullmatch(w.strip(",;:.()")):
            break   # ("the current one for three ... cycles": no noun follows the count)
        kept.append(w)
        if re.search(r"[,;:.()]$", w):
            break
    return " ".join(kept) if len(kept) > len(m.group(2).split()) else m.group(2)


def _count_nouns(text: str) -> set[str]:
    return set(terms(text)) | ({"%event"} if _EVENT.search(text) else set()) | \
        ({"%person"} if _PEOPLE.match(text) else set())


# people by any name: "train at least two analysts" against "train one designated focal point"
_PEOPLE = re.compile(r"(?:[\w-]+\s+){0,2}?(?:analysts?|staff|officers?|specialists?|focal\s+points?|people|persons?|trainees?|"
                     r"users?|employees?|members?|technicians?|operators?|reviewers?|clerks?|inspectors?|examiners?|"
                     r"individuals?|representatives?|champions?|super-?users?)\b", re.I)


def _verb_before(text: str, at: int) -> str | None:
    """The verb just before a count ("train at least two", "will train one")."""
    m = re.search(r"\b([a-z]+)\s+(?:(?:at\s+least|a\s+minimum\s+of|no\s+fewer\s+than|only|just)\s+)?$", text[max(0, at - 40):at], re.I)
    return m.group(1).lower() if m else None


# Work done in batches waits for the next batch: "scored in one nightly batch", "an hourly
# micro-batch", "loaded at our quarterly index refresh".  The batch's period is how long an item
# can wait, against a requirement to act within minutes or hours.
_BATCH = re.compile(
    r"\b(?:(nightly|overnight|daily|weekly|hourly|monthly|quarterly|annual|yearly|(?:next-)?morning)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:micro-?)?(?:batch(?:es)?|runs?|jobs?|cycles?|refresh(?:es)?|loads?|releases?|sweeps?|rebuilds?|re-?index(?:es|ing)?|"
    r"synchroni[sz]ations?|syncs?|pulls?|imports?|ingest(?:s|ions?)?|tranches?|harvests?|crawls?|digests?|briefs?|bulletins?|uploads?|"
    r"exchanges?|extracts?|exports?|transfers?|feeds?|(?:model\s+)?updates?|retrain(?:s|ings?)?|recalibrations?|"
    r"packages?|bundles?|shipments?)|"
    r"(?:micro-?)?batch(?:es)?\s+(?:that\s+)?runs?\s+(nightly|overnight|daily|weekly|hourly|once\s+a\s+(?:day|week|night)|"
    r"every\s+(?:night|day|week|hour|monday|tuesday|wednesday|thursday|friday|saturday|sunday))|"
    # "bundled into one release a year": changes wait for the next release
    r"(?:one|a\s+single)\s+(?:[\w-]+\s+)?(?:release|update|upgrade|refresh|load)\s+(?:a|per|each|every)\s+"
    r"(year|quarter|month|week)|"
    # "The collection is rebuilt on the first business day of each month": refreshed once a period
    r"\b(?:rebuil[td]s?|refresh(?:ed|es)|re-?index(?:ed|es)|re-?synchroni[sz](?:ed|es)|synchroni[sz](?:ed|es)|synced|"
    r"syncs|pull(?:ed|s)|reload(?:ed|s)|harvest(?:ed|s)|crawl(?:ed|s)|rolled\s+up|rolls\s+up|compil(?:ed|es)|"
    r"aggregat(?:ed|es)|collect(?:ed|s)|fetch(?:ed|es)|download(?:ed|s))\b[^.;]{0,90}?\b(?:each|every|once\s+(?:a|per|every))\s+"
    r"(?:(?:business|calendar|working)\s+)?(night|evening|day|week|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    # "Once a year, in the first quarter, we retrain on all confirmed codes"
    r"\b(?:once\s+(?:a|per|every)|each|every)\s+(year|quarter|month|week)\b[^.;]{0,60}?\b(?:re-?train|refresh|reload|rebuil[dt]|"
    r"re-?index|re-?calibrat)\w*|"
    # "we refresh the corpus on a quarterly schedule"
    r"\b(?:refresh|rebuil[dt]|re-?index|reload|updat|upload|synchroni[sz]|sync|harvest|crawl|ingest|load)\w*\b[^.;]{0,50}?"
    r"\bon\s+an?\s+(nightly|daily|weekly|monthly|quarterly|annual|yearly)\s+(?:schedule|basis|cycle|cadence)\b)\b", re.I)
_BATCH_HOURS = {"nightly": 24.0, "overnight": 24.0, "daily": 24.0, "weekly": 168.0, "hourly": 1.0, "monthly": 730.0,
                "quarterly": 2190.0, "annual": 8760.0, "yearly": 8760.0, "night": 24.0, "day": 24.0, "week": 168.0,
                "hour": 1.0, "month": 730.0, "quarter": 2190.0, "year": 8760.0, "evening": 24.0,
                "morning": 24.0, "next-morning": 24.0}   # ("a morning digest e-mail": one a day)


_CONNECTIVES = frozenset(terms("after before following until once prior"))
_PERIOD_END = re.compile(r"^\s*(?:after|following)\s+(?:the\s+)?(?:end|close|closing|completion)\s+of\b"
                         # (but "after the end of each milking session": an event a batch makes wait)
                         r"(?!\s+(?:each|every|the|a)\s+(?:[\w-]+\s+)?(?:session|shift|flight|visit|call|run|job|upload|scan|"
                         r"inspection|exam|test|meeting|interview|hearing|mission|sortie|voyage|trip|event|incident)s?\b)|"
                         r"^\s*(?:after|following)\s+(?:each|every|the)\s+(?:reporting\s+)?(?:month|quarter|year|period|week)\b",
                         re.I)


def _windows_answered(req_text: str, resp: str) -> bool:
    """Every time limit of the requirement has a time limit beside it in the answer ("a complete
    weekly plan within 20 minutes" is not answered on time by a passage that only says weekly)."""
    got = {g.cls for g in quantities(resp)}
    return all("window" in got for q in quantities(req_text) if q.cls == "window")


def _batch_wait(m: re.Match) -> float | None:
    """How long an item can wait for a batch found by ``_BATCH``, in hours ("every Monday": a week)."""
    word = next((g for g in m.groups() if g), "").lower().split()[-1]
    word = "week" if word in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday") else word
    return _BATCH_HOURS.get(word)


# a batch the requirement itself times ("a monthly batch ... must complete within 8 hours"); not
# "add each batch of newly received designs within 15 business days of receipt", items that arrive together
_TIMED_BATCH = re.compile(r"\b(?:nightly|overnight|daily|weekly|hourly|monthly|quarterly|annual|yearly)\s+(?:[\w-]+\s+)?"
                          r"batch|\bbatch(?:es)?\b[^.;]{0,80}?\b(?:complet|finish|run|process|tak)\w*\s+(?:in|within|no)\b|"
                          r"\bbatch(?:es)?\s+(?:job|run|process|window|mode|processing)", re.I)


_TAKE_UP = re.compile(r"\b(?:re-?train|updat|releas|load|refresh|incorporat|revalidat|recalibrat)\w*", re.I)


# a window after something that happens once ("delivered within 45 days after award"): no batch
# of the proposer's work makes it wait
_ONCE_EVENT = re.compile(r"\s*(?:after|of|from|following)\s+(?:the\s+)?(?:contract\s+|task\s+order\s+)?(?:award|effective\s+date|"
                         r"kick-?off|start\s+of\s+(?:the\s+)?(?:contract|performance|work)|contract\s+start|go-?live|"
                         r"(?:the\s+)?(?:post-?award\s+)?kick-?off\s+meeting)\b", re.I)


def _batch_conflict(req_text: str, resp: str) -> str | None:
    """"make each new complaint available for scoring within 4 hours" answered by "coding and
    scoring run in one nightly batch": an item can wait a day."""
    # a window after an event ("within 10 business days after the COR transmits a change") waits on
    # a batch as much as any; one after a period closes ("after the end of each month") does not
    asked = quantities(req_text)
    # (a window of months waits on a batch only where the duty is to take up a change: "retrain
    # within 60 days after each revision" against "once a year we retrain")
    want = [q for q in asked if q.cls == "window" and 0 < q.hours <= (2190 if _TAKE_UP.search(req_text) else 730) and
            not (q.after and _PERIOD_END.search(req_text[req_text.find(q.text) + len(q.text):][:60])) and
            not _ONCE_EVENT.match(req_text, req_text.find(q.text) + len(q.text))]
    if not want or _TIMED_BATCH.search(req_text):
        return None   # "a monthly batch of 500,000 records must complete within 8 hours": the time a batch takes
    subject = set(terms(req_text)) - _CONNECTIVES
    # "searchable within 2 business days after each weekly publication": a weekly load is the
    # requirement's own cadence, not a wait the answer adds
    own = {round(q.hours) for q in asked if q.cls == "interval"}
    for m in _BATCH.finditer(resp):
        waits = _batch_wait(m)
        if waits and round(waits) in own:
            continue
        if not set(terms(clause_around(resp, m.start(), m.end()))) & subject:
            continue   # "the cloud index is loaded at our quarterly refresh" is not how a note's result is returned
        if waits and all(waits > q.hours * 1.001 for q in want):
            period = _period(waits)
            article = "an" if period.startswith(("hour", "8")) else "a"
            return (f"the proposal works in batches ('{m.group(0).strip()}'), so an item can wait up to {article} {period}, "
                    f"where the solicitation requires {want[0].text}")
    for m in _DISPATCHED.finditer(resp):
        # "alerts are batched into a digest dispatched every 15 minutes" against "within 5 minutes"
        for g in quantities(m.group(0)):
            if g.cls == "interval" and all(g.hours > q.hours * 1.001 and _roles_meet(q, g) for q in want):
                return (f"the proposal sends items together '{g.text}', so an item can wait that long, where the "
                        f"solicitation requires {want[0].text}")
    for m in _ON_A_CYCLE.finditer(resp):
        # "recalculates the recommended sequence on a fixed one-minute cycle" against "within 5 seconds of any change"
        if not set(terms(clause_around(resp, m.start(), m.end()))) & subject:
            continue
        for g in quantities(m.group(0)):
            if g.cls == "interval" and round(g.hours) not in own and all(g.hours > q.hours * 1.001 for q in want):
                return (f"the proposal works on a cycle ('{m.group(0).strip()}'), so a change can wait up to that long, "
                        f"where the solicitation requires {want[0].text}")
    return None


def _batch_meets(req_text: str, resp: str) -> bool:
    """Work done on a cadence at least as often as the requirement's time after an event: "pulls
    the posted layer every hour" meets "apply each change within 24 hours after it is posted"."""
    want = [q for q in quantities(req_text) if q.cls == "window" and q.after and 0 < q.hours <= 730]
    if not want:
        return False
    subject = set(terms(req_text)) - _CONNECTIVES
    for m in _BATCH.finditer(resp):
        waits = _batch_wait(m)
        if waits and all(waits <= q.hours for q in want) and set(terms(clause_around(resp, m.start(), m.end()))) & subject:
            return True
    return False


_ON_A_CYCLE = re.compile(r"\b(?:recalculat|recomput|re-?optimi[sz]|refresh|updat|re-?run|rerun|re-?scor|re-?solv|re-?plan)\w*"
                         r"\b[^.;]{0,80}?\bon\s+an?\s+(?:fixed\s+|regular\s+|set\s+)?[\w.-]+-(?:second|minute|hour|day)\s+"
                         r"(?:cycle|cadence|interval|schedule)\b", re.I)


_DISPATCHED = re.compile(r"\b(?:batch\w*|digest|bundl\w*|group\w*|queued?|collect\w*)\b[^.;]{0,80}?\b(?:dispatch\w*|sen[dt]|"
                         r"deliver\w*|push\w*|releas\w*|post\w*|emailed|forwarded|published|runs?|scored|processed)\s+(?:[\w.:-]+\s+){0,9}?"
                         r"(?:every|each|once\s+(?:a|per|every))\s+[^.;,]{1,30}|"
                         # "collects notices from the gateway in micro-batches every 15 minutes"
                         r"\b(?:micro-?)?batch(?:es|ed)?\s+(?:every|each|once\s+(?:a|per|every))\s+[^.;,]{1,30}|"
                         # "pushed ... on a 15-minute batch cycle", "scored in 5-minute micro-batches"
                         r"\b[\d.]+-(?:second|minute|hour)\s+(?:(?:batch|processing|scoring)\s+cycles?|(?:micro-?)?batch(?:es)?)\b", re.I)


_CEILING_BEFORE = re.compile(r"\b(?:no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|a\s+maximum\s+of|maximum\s+of|"
                             r"not\s+(?:to\s+)?exceed(?:ing)?|(?<!\bno\s)(?<!\bnot\s)(?:fewer|less)\s+than|under|below|within|limited\s+to|"
                             r"capped\s+at)\s+$", re.I)


# a difference to look into from a size on: "explain any difference greater than 15 percent"; the
# answer's own trigger: "where the two counts differ by more than 25 percent, we will write ..."
_SIZE = r"(\d+(?:\.\d+)?)\s*(%|percent(?:age\s+points?)?)"
_DIFFERENCE_TRIGGER = re.compile(r"\b(?:explain|investigat|document|report|justify|reconcil|flag|alert|notify|review)\w*\s+"
                                 r"(?:[\w-]+\s+){0,3}?(?:any|each|every|all)\s+(?:[\w-]+\s+){0,2}?(?:differences?|discrepanc\w+|"
                                 r"deviations?|variances?)\s+(?:of\s+)?(?:greater|more|larger|higher)\s+than\s+" + _SIZE, re.I)
_ANSWER_TRIGGER = re.compile(r"\b(?:differ|deviat|var(?:y|ies))\w*\s+(?:[\w-]+\s+){0,3}?(?:by\s+)?(?:greater|more|larger|higher)\s+"
                             r"than\s+" + _SIZE + r"|\b(?:differences?|discrepanc\w+|deviations?|variances?)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:of\s+)?(?:greater|more|larger|higher)\s+than\s+" + _SIZE + r"|\b(?:differences?|discrepanc\w+|"
                             r"deviations?|variances?)\s+(?:above|over|exceeding|beyond)\s+" + _SIZE +
                             # "we treat a gap of up to 15 percent as normal variance": only larger ones are looked into
                             r"|\b(?:gaps?|differences?|discrepanc\w+|deviations?|variances?)\s+of\s+up\s+to\s+" + _SIZE +
                             r"\s+as\s+(?:normal|acceptable|expected|tolerable|noise|within\s+tolerance)\b", re.I)


# said with a verb: "suppress recommendations from any laboratory whose readings deviate by more than 10 percent"
_DIFFERS_BY = re.compile(r"\b(?:any|each|every|all|whose|when|whenever|if|where|that|which)\b[^.;]{0,80}?\b(?:differ|deviat|var(?:y|ies))\w*\s+"
                         r"(?:[\w'-]+\s+){0,5}?by\s+(?:more|greater)\s+than\s+" + _SIZE, re.I)


def _trigger_conflict(req_text: str, resp: str) -> str | None:
    """A difference must be explained from a size on; the answer explains only larger ones."""
    want = _DIFFERENCE_TRIGGER.search(req_text) or _DIFFERS_BY.search(req_text)
    if not want:
        return None
    for m in _ANSWER_TRIGGER.finditer(resp):
        value, unit = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5, 7) if m.group(k))
        # (percent and percentage points are different measures)
        if ("point" in unit.lower()) == ("point" in want.group(2).lower()) and float(value) > float(want.group(1)):
            return (f"the proposal looks into differences only above {value} {unit} where the solicitation "
                    f"requires it from {want.group(1)} {want.group(2)}")
    return None


_SCALE_WORD = re.compile(r"(?:thousand|million|billion|trillion|dollars?)\b", re.I)


_TRIGGER_LEAD = re.compile(r"\b" + _TRIGGER_WORD + r"\s+(?:[\w-]+\s+){0,4}?$", re.I)
# a count that picks what is flagged: "flag ... any Social Security number used in cases created by
# five or more unrelated employers" (fewer employers flag more numbers)
_FLAG_LEAD = re.compile(r"\b(?:flag|flags|flagged|flagging|alert|alerts|detect|detects|surface|surfaces|escalate|escalates|"
                        r"refer|refers)\b[^.;|]{0,120}?\b(?:by|with|from|across|in|among|involving|affecting|spanning)\s+$", re.I)


def _picked_by_count(text: str, m: re.Match) -> bool:
    """The count ``m`` ("five or more employers") sets off an act: a trigger or what is flagged."""
    return bool(re.match(r"or\s+more\b", m.group(2), re.I)) and bool(
        _TRIGGER_LEAD.search(text[max(0, m.start() - 50):m.start()]) or _FLAG_LEAD.search(text[max(0, m.start() - 160):m.start()]))
# a number that labels a thing rather than counting things: "Attachment 1", "Phase 2", "Tier 3"
_LABEL_WORDS = r"attachment|appendix|annex|exhibit|section|table|figure|volume|phase|item|no\.|step|option|clin|wave|tier|level"
_LABEL_BEFORE = re.compile(r"\b(?:" + _LABEL_WORDS + r")\s*$", re.I)


def _count_conflict(req_text: str, resp: str, context: str = "") -> str | None:
    """"two hands-on training sessions" answered by "one hands-on training workshop" (``context``,
    the answer's paragraph, may hold the figure that meets it)."""
    if re.match(r"\s*(?:phase|wave|stage|step|increment|release|sprint)\s+\w+\s*\|", resp, re.I):
        return None   # "Phase 1 | months 1-3 | two pilot sites": one step of a schedule, not the total
    dur = [(d.start, d.end) for d in find_durations(req_text)]
    for m in _COUNT.finditer(req_text):
        if any(s <= m.start() < e for s, e in dur) or _dated(req_text, m):
            continue   # (nor is "March 15 of each year" fifteen of anything)
        want = _COUNT_WORDS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 0)
        if _CEILING_BEFORE.search(req_text[max(0, m.start() - 30):m.start()]):
            if _MEASURE_UNIT.match(m.group(2)) or any(a.start(2) == m.start(1) for a in HANDLED_UP_TO.finditer(req_text)):
                continue   # "inspect fabric at speeds up to 40 yards per minute": the least it must handle (see capacity)
            # "no more than one underway vessel" answered by "up to three vessels at once"
            if (more := _over_ceiling(want, m, resp)):
                return more
            continue   # "no more than 40 alerts per business day": fewer is better
        if re.match(r"(?:or|and)\s+(?:later|newer|above)\b", m.group(2), re.I):
            continue   # "Android 10 or later": a version, not ten of anything (see capacity.platform_conflict)
        if _picked_by_count(req_text, m):
            # "whenever three or more events share a serial number": a trigger, which fewer events
            # set off sooner; only a larger count in the answer's own trigger falls short of it
            # (of the same things, where the requirement's trigger is what is flagged)
            noun = _count_nouns(m.group(2))
            for r in _COUNT.finditer(resp):
                got = _COUNT_WORDS.get(r.group(1).lower()) or (int(r.group(1)) if r.group(1).isdigit() else 0)
                if got > want and _picked_by_count(resp, r) and (
                        _TRIGGER_LEAD.search(req_text[max(0, m.start() - 50):m.start()]) or noun & _count_nouns(r.group(2))):
                    return (f"acts only from {' '.join(r.group(0).split()[:4])} where the solicitation requires it "
                            f"from {' '.join(m.group(0).split()[:4])}")
            continue
        counted = _counted(req_text, m)
        noun = _count_nouns(_PER_REST.sub("", counted))   # ("60 samples per analyst-day" counts samples)
        own_head = terms(counted.split()[0])
        if re.search(r"\b(?:tier|level|category|type|class|phase|step|version|grade|option|stage)\s+$",
                     req_text[max(0, m.start() - 12):m.start()], re.I):
            continue   # "a Tier 2 background investigation": a level, not two of them
        if want < 2 or not noun or _MEASURE_UNIT.match(m.group(2)) or _unit_of(" " + m.group(2)):
            continue   # "25 square centimeters" is a size, not 25 things
        if req_text[max(0, m.start() - 1):m.start()] == "$" or _SCALE_WORD.match(m.group(2)):
            continue   # "$2 million": an amount of money, not two million things
        if re.search(r"\b(?:top|first|leading)\s+$", req_text[max(0, m.start() - 10):m.start()], re.I) and \
                re.match(r"(?:[\w-]+\s+)?(?:candidates?|results?|hits?|matches|positions?|ranks?|suggestions?|"
                         r"recommendations?|passages?)\b", m.group(2), re.I):
            continue   # "among the top 20 candidates": a cut-off in a ranking, where fewer is stricter
                       # ("for each of the first 60 runs" counts runs, where fewer is less)
        short = None
        # (a figure that meets it elsewhere in the paragraph counts: "three live virtual training sessions
        # ... One session will run in the morning Central European Time")
        spans = {x: _duration_spans(x) for x in (resp, context) if x}
        for src, r in [(x, r) for x in spans for r in _COUNT.finditer(x)]:
            if any(s <= r.start() < e for s, e in spans[src]) or _dated(src, r):
                continue
            if re.match(r"(?:other|remaining|additional|further)\b", r.group(2), re.I):
                continue   # "the two remaining behaviors will follow in a later phase": the rest, not what is offered
            if _LABEL_BEFORE.search(src[max(0, r.start() - 12):r.start()]):
                continue   # "Attachment 1 contains a sample chapter": a label, not one of something
            if re.search(r"\b(?:other|remaining|additional|further)\s+$", src[max(0, r.start() - 12):r.start()], re.I):
                continue   # "the other four sectors are on our roadmap": the rest, not what is offered
            word = r.group(1).lower()
            if _ONE_OF_THE.match(src, r.start()):
                continue   # "every one of the four duty sections", "one of the six classes": all of them, or a pick
            got = 1 if word.endswith("single") else _COUNT_WORDS.get(word) or (int(word) if word.isdigit() else 0)
            theirs = _count_nouns(_PER_REST.sub("", _counted(src, r)))
            # "at least three regional sessions" against "one live virtual workshop": training events by any name
            people = "%person" in noun & theirs and (v := _verb_before(req_text, m.start())) is not None and \
                v not in ("be", "is", "are", "of", "and", "with") and v == _verb_before(src, r.start())
            # ("no fewer than three comparable unassisted units" against "the two comparables that are
            # closest": the same first noun names the same things)
            first = _counted(src, r).split()[0]
            head = terms(first) if re.fullmatch(r"[a-z-]+s", first) else []   # (a plural noun, not "live,")
            # ("the 10 continental United States depots" against "all 14 depot and prepositioned-stock sites":
            # the plural noun that heads the answer's phrase is one the requirement counts)
            plural = next((w for w in re.findall(r"[A-Za-z-]+", _counted(src, r)) if re.fullmatch(r"[a-z-]{3,}s", w)), None)
            same = len(noun & theirs) >= min(2, len(noun)) or "%event" in noun & theirs or \
                bool(head and head == own_head) or bool(plural and set(terms(plural)) & noun)
            if got and got >= want and (same or people):
                # "three training sessions ...: one at Ogden, one in Washington and one virtual session":
                # the total meets the requirement, the smaller counts are its parts
                short = None
                break
            if short is None and got and got < want and same:
                short = f"offers {r.group(0)} where the solicitation requires {m.group(0)}"
            elif short is None and got and got < want and people:
                short = (f"offers {r.group(1)} {_PEOPLE.match(r.group(2)).group(0)} where the solicitation requires "
                         f"{m.group(1)} {_PEOPLE.match(m.group(2)).group(0)}")
        if short is None and "%event" in noun and not any(
                "%event" in _count_nouns(r.group(2)) for r in _COUNT.finditer(resp)):
            # "two live training sessions" against "we will record a 90-minute training webinar": one event
            one = _ONE_EVENT.search(resp)
            # ("a session for analysts and a session for biologists" are two)
            # (nor where more events are offered by other words: "live sessions as needed", "office hours")
            # ("one session each month" is many, unless the requirement counts per the same: "two live
            # sessions in each of the five divisions" against "one live session in each division")
            theirs_each = _EACH_OF.search(resp[one.end():one.end() + 40]) if one else None
            mine_each = _EACH_OF.search(req_text[m.end():m.end() + 60])
            if one and want > len(_ONE_EVENT.findall(resp)) and not _MORE_EVENTS.search(resp) and \
                    (not theirs_each or (mine_each and set(terms(mine_each.group(1))) & set(terms(theirs_each.group(1))))):
                short = f"offers {one.group(0).strip()} where the solicitation requires {m.group(0)}"
        if short is None and re.fullmatch(r"[a-z]{3,}s", first_word := counted.split()[0]):
            # "in at least four districts" against "in the Omaha and Tulsa districts": two, named
            named = _NAMED_LIST.format(noun=re.escape(first_word))
            listed = next(re.finditer(named, resp), None)
            if listed and (n := len(re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group(1)))) < want:
                short = f"offers {n} {first_word} ('{listed.group(0).strip()}') where the solicitation requires {m.group(1)} {first_word}"
        if short:
            return short
    return None


def _duration_spans(text: str) -> list[tuple[int, int]]:
    return [(d.start, d.end) for d in find_durations(text)]


# things named in a list before their common noun: "the Omaha and Tulsa districts"
_NAMED_LIST = (r"\b(?:the|our|its)\s+((?:[A-Z][\w.'-]*\s+){{0,3}}?[A-Z][\w.'-]*"
               r"(?:(?:,\s+|,?\s+and\s+)(?:[A-Z][\w.'-]*\s+){{0,3}}?[A-Z][\w.'-]*)+)\s+{noun}\b")
# the denominator of a rate: "per analyst-day"
_PER_REST = re.compile(r"\s+per\s+.*$", re.I | re.S)
# what a count is counted over: "in each of the five import divisions", "each month"
_EACH_OF = re.compile(r"\b(?:each|every|per|a\s+(?=month|week|year|quarter))\s+(?:of\s+the\s+\w+\s+)?((?:[\w-]+\s+){0,2}[\w-]+)",
                      re.I)
_MORE_EVENTS = re.compile(r"\b(?:sessions|webinars|workshops|classes|seminars|courses|briefings|lectures|tutorials|"
                          r"walkthroughs|office\s+hours|as\s+needed|on\s+request|as\s+requested)\b", re.I)
# one training event named with an article: "a two-hour remote training webinar"
# ("one half-day (four-hour) hands-on workshop": a length in brackets is one of its words)
_ONE_EVENT = re.compile(r"\b(?:a|an|one|a\s+single)\s+(?:[\w-]+,?\s+|\([\w\s-]{1,20}\)\s+){0,3}?" + _EVENT_NOUNS + r"\b", re.I)


_ONE_OF_THE = re.compile(r"(?:one|each)\s+of\s+(?:the|its|our|their|these|those|[A-Z][\w-]*['’]s)\s", re.I)
# "each of the eight", "one of the six classes", "top-1 accuracy within each of": a pick among things, not a ratio
_PICK_AMONG = re.compile(r"(?:\b(?:every|each|any|to|into|as|among)\s+|top-)$", re.I)


# units of measure: "25 square centimeters", "3 millimeters" count no things
_MEASURE_UNIT = re.compile(r"(?:square\s+|cubic\s+)?(?:(?:kilo|centi|milli|nano|micro)?met(?:er|re)s?|inch(?:es)?|feet|foot|"
                           r"miles?|yards?|pounds?|ounces?|(?:kilo|milli)?grams?|gallons?|liters?|litres?|degrees?|"
                           r"pixels?|knots?|decibels?|watts?|volts?|hertz|(?:kilo|mega|giga)?(?:bytes|bits))\b", re.I)


def _over_ceiling(want: int, m: re.Match, resp: str) -> str | None:
    """The answer allows more of the counted thing than a ceiling: "up to three vessels" against
    "no more than one vessel"."""
    noun = _count_nouns(m.group(2))
    if not want or not noun:
        return None
    for r in _COUNT.finditer(resp):
        before = resp[max(0, r.start() - 16):r.start()]
        word = r.group(1).lower()
        got = _COUNT_WORDS.get(word) or (int(word) if word.isdigit() else 0)
        if got <= want:
            continue
        if re.search(r"\b(?:up\s+to|as\s+many\s+as|a\s+maximum\s+of|at\s+most)\s+$", before, re.I):
            if noun & _count_nouns(r.group(2)):
                return f"allows {r.group(0)} where the solicitation allows no more than {m.group(0)}"
        elif _LENGTH_COUNT.match(m.group(2)) and _LENGTH_COUNT.match(r.group(2)) and \
                re.search(r"\b(?:is|are|runs?|totals?|of|at)\s+$", before, re.I):
            # "a technical volume not exceeding 30 pages" against "the technical volume is 34 pages"
            return f"runs to {r.group(0)} where the solicitation allows no more than {m.group(0)}"
    return None


_LENGTH_COUNT = re.compile(r"(?:pages?|words?|slides?)\b", re.I)
# a least count the answer must meet: "no fewer than three reason codes", "at least two independent sources"
_FLOOR_COUNT = re.compile(r"\b(?:at\s+least|no\s+fewer\s+than|not\s+fewer\s+than|a\s+minimum\s+of|no\s+less\s+than|"
                          r"not\s+less\s+than)\s+$", re.I)
_COUNT_LABEL = re.compile(r"\b(?:" + _LABEL_WORDS + r"|grade|version|part)\s*$", re.I)


def count_unstated(req_text: str, block: str) -> str | None:
    """The requirement sets a least number of things and the answer speaks of those things without
    any number: "no fewer than three reason codes" against "every score is delivered with reason
    codes ... ranked by their contribution" (a smaller number is ``_count_conflict``'s)."""
    durations = [(d.start, d.end) for d in find_durations(req_text)]
    for m in _COUNT.finditer(req_text):
        if any(s <= m.start() < e for s, e in durations) or _dated(req_text, m) or \
                not _FLOOR_COUNT.search(req_text, max(0, m.start() - 24), m.start()):
            continue
        word = m.group(1).lower()
        want = _COUNT_WORDS.get(word) or (int(word) if word.isdigit() else 0)
        head = next((w for w in _counted(req_text, m).split() if re.fullmatch(r"[a-z-]{3,}s", w)), None)
        if want < 2 or head is None or _MEASURE_UNIT.match(m.group(2)) or _unit_of(" " + m.group(2)):
            continue
        key = set(terms(head))
        about = [x for x in sentences(block) if any(key & set(terms(w)) for w in re.findall(r"[A-Za-z-]+", x))]
        if not about:
            continue   # the answer does not speak of those things: other readings decide
        # a number in a sentence that speaks of those things ("a shortlist of three to five eligible
        # examiners" for "at least three qualified providers"), or the things named one by one ("in
        # the Omaha, Kansas City and Tulsa districts", "under each scenario, typically baseline,
        # adverse and severely adverse")
        counted = any(not _COUNT_LABEL.search(x, max(0, r.start() - 14), r.start()) and
                      not any(d.start <= r.start() < d.end for d in find_durations(x))
                      for x in about for r in _COUNT.finditer(x))
        listed = any(re.search(r"[^,.;]{2,40},[^,.;]{1,40}\b(?:and|or)\s+[^,.;]{1,40}", x) for x in about)
        if not counted and not listed and not re.search(r"\b(?:several|multiple|many|both|all|pair)\b", block, re.I):
            said = _counted(req_text, m).split()
            things = " ".join(said[:said.index(head) + 1])   # "three qualified providers", not "... providers with"
            return f"the requirement asks for {m.group(1)} {things}; the answer gives no number"
    return None



_ALL_OF = re.compile(r"\b(?:all|each|every)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:who|that|which|shall|must|is|are)\b|"
                     r"\b(?:all|each|every)\s+(?:one\s+)?of\s+the\s+(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|"
                     r"eleven|twelve)\s+((?:[\w-]+\s+)?[\w-]+)|\ball\s+(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|"
                     r"ten|eleven|twelve)\s+((?:[\w-]+\s+){2,3}?[\w-]+s(?=\s+(?:listed|named|in|of)\b)|(?:[\w-]+\s+)?[\w-]+)", re.I)
_SOME_OF = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,4})\s+of\s+(?:our|the|its|their|"
                      r"these|those)\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,4})\s+"
                      r"((?:[\w-]+\s+)?[\w-]+(?:\s+(?:[\w-]+\s+)?[\w-]+s(?=\s*[\s(.,;]))?)", re.I)


_EVERY_ONE = re.compile(r"\b(?:all|each|every)\s+((?:[\w-]+\s+){0,3}?[\w-]+)", re.I)
_PERCENT_OF = re.compile(r"(?<![\w.])(\d{2}(?:\.\d+)?)\s*(?:%|percent)\s+of\s+(?:the\s+|all\s+|its\s+|our\s+|their\s+)?"
                         r"((?:[\w-]+\s+){0,3}?[\w-]+s)\b", re.I)
# a share of failures, not of what is done: "2 percent of inspections run late"
_SHARE_OF_MISSES = re.compile(r"\b(?:late|overdue|miss\w*|errors?|erroneous|fail\w*|exceed\w*|false|outside|breach\w*|delay\w*|"
                              r"unresolved|reject\w*|fewer|less|under|below|at\s+most|no\s+more|up\s+to|only\s+about)\b", re.I)


_AGREES = re.compile(r"\b(?:match(?:es|ed|ing)?|agree\w*|concur\w*|correct(?:ly)?|accura\w*|consistent)\b", re.I)


# "image a prioritized subset of the ballast tanks": some of the things, chosen
_THINGS = r"((?:(?!(?:of|on|in|at|for|to|from|with|that|which|who|shall|must|will)\b)[\w-]+\s+){0,2}" \
          r"(?!(?:of|on|in|at|for|to|from|with)\b)[\w-]+)"   # up to three words, up to a preposition
_SUBSET_OF = re.compile(r"\b(?:a|an|only\s+a|only\s+an)\s+(?:[\w-]+\s+)?(?:subset|portion|selection|fraction)\s+of\s+"
                        r"(?:the\s+|its\s+|their\s+|our\s+)?" + _THINGS, re.I)
_EVERY_THING = re.compile(r"\b(?:all|each|every)\s+" + _THINGS, re.I)


def _subset_of_all(req_text: str, resp: str) -> str | None:
    """"collect imagery of every ballast tank on each of the 12 vessels" answered by "will image a
    prioritized subset of the ballast tanks": some of the things every one of which must be done."""
    wants = [set(terms(m.group(1))) for m in _EVERY_THING.finditer(req_text)]
    for sentence in sentences(resp):
        if NEGATED.search(sentence):
            continue
        alls = [set(terms(e.group(1))) for e in _EVERY_THING.finditer(sentence)]
        for m in _SUBSET_OF.finditer(sentence):
            these = set(terms(m.group(1)))
            # ("we score every record; a sample of the records is double-checked": all of them are done)
            if any(w & these for w in wants) and not any(a & these for a in alls):
                return f"offers '{m.group(0)}' where the solicitation requires every one of them"
    return None


def _share_of_all(req_text: str, resp: str) -> str | None:
    """"schedule every life support device inspection on or before its manufacturer interval"
    answered by "places 98 percent of life support inspections on or before the manufacturer due
    date": a share of the things the requirement says every one of must."""
    if re.search(r"%|\bpercent", req_text, re.I) or _req_thresholds(req_text):
        return None
    wants = [set(terms(m.group(1))) for m in _EVERY_ONE.finditer(req_text)]
    for sentence in sentences(resp):
        for m in _PERCENT_OF.finditer(sentence):
            share = float(m.group(1))
            if 50 <= share < 100 and any(w & set(terms(m.group(2))) for w in wants) and \
                    not _SHARE_OF_MISSES.search(sentence) and len(set(terms(sentence)) & set(terms(req_text))) >= 3 and \
                    not _AGREES.search(sentence, 0, m.start()):
                # ("will match those of senior validators on 95 percent of results": how often it is
                # right, not how much of the work it does)
                return f"offers '{m.group(0)}' where the solicitation requires every one of them"
    return None


# a requirement of none at all: "zero numeric errors", "zero missed isolation points"
_ZERO = re.compile(r"\bzero\s+(?:[\w-]+\s+){0,2}?(?:errors?|missed(?:\s+[\w-]+){1,2}|misses|defects?|failures?|omissions?|"
                   r"mistakes?|false\s+negatives?|escapes?)\b", re.I)
# an answer that allows some: "fewer than one numeric error per 100 drafts", "98.5 percent of isolation
# points correct", "an error rate below 0.5 percent"
_SOME_ALLOWED = re.compile(
    r"\b(?:fewer|less)\s+than\s+(?:one|a|\d+(?:\.\d+)?)\s+(?:[\w-]+\s+){0,2}?(?:errors?|miss(?:es)?|defects?|failures?|"
    r"omissions?|mistakes?)\b|"
    r"(?<![\w.])(?:9\d(?:\.\d+)?|[5-8]\d(?:\.\d+)?)\s*(?:%|percent)\s+(?:of\s+)?(?:[\w-]+\s+){0,8}?(?:correct(?:ly)?|"
    r"accurate(?:ly)?|right|caught|detected|found|identified)\b|"
    r"\b(?:error|miss|defect|failure)\s+rates?\s+(?:of|below|under|at\s+or\s+below|no\s+(?:more|higher)\s+than)\s+"
    r"(?:about\s+)?0?\.\d*[1-9]\d*\s*(?:%|percent)?", re.I)


def _zero_conflict(req_text: str, resp: str) -> str | None:
    """"achieve zero numeric errors on the acceptance set" answered by "fewer than one numeric
    error per 100 drafts": the answer allows some where none may be."""
    if not _ZERO.search(req_text):
        return None
    m = _affirmed_figure(_SOME_ALLOWED, resp)
    return f"offers '{m.group(0)}' where the solicitation requires '{_ZERO.search(req_text).group(0)}'" if m else None


def _affirmed_figure(pattern: re.Pattern, resp: str) -> re.Match | None:
    for m in pattern.finditer(resp):
        if not re.search(r"\b(?:not|never|no)\b", resp[max(0, m.start() - 30):m.start()], re.I):
            return m
    return None


_YEARS_N = r"(\d{1,2}|" + _ONE_TO_TWELVE + r"|thirteen|fourteen|fifteen|twenty)"
# "at least five years of Medicare claims review experience", "a minimum of 10 years' experience"
_EXPERIENCE_ASKED = re.compile(r"\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|no\s+(?:less|fewer)\s+than|not\s+less\s+than)\s+"
                               + _YEARS_N + r"(?:\s*\(\d{1,2}\))?\s+years?(?:['’]s?)?\s+(?:of\s+)?(?:[\w-]+,?\s+){0,6}?"
                               r"experience\b", re.I)
# "12 years of Medicare medical review", "with 3 years' experience", "adjudicated claims for 12 years",
# "eleven years applying machine learning": in a passage naming a person, a count of years is their
# experience (unless it is an age, a time ago or a stretch of records)
_EXPERIENCE_HELD = re.compile(r"(?<![\d.-])\b" + _YEARS_N + r"\+?\s+years?(?:['’]s?)?(?![\w-]|\s+(?:old|ago|later|earlier|"
                              r"after|before|from\s+now|of\s+(?:data|records?|history|archives?|retention|imagery|claims\s+data)))",
                              re.I)


# the size of a sample drawn for review: "a random sample of 300 unflagged certifications",
# "review 150 randomly selected certifications", "a sample of at least 2,000 pages"
_SAMPLE_OF = re.compile(r"\b(?:random\s+|stratified\s+|quality\s+|audit\s+)?(?:sample|draw)\s+of\s+(?:at\s+least\s+|no\s+fewer\s+than\s+|"
                        r"a\s+minimum\s+of\s+)?(\d{2,3}(?:,\d{3})*|\d{2,})\b(?!\s*(?:%|percent))", re.I)
_DRAWN = re.compile(r"\b(\d{2,3}(?:,\d{3})*|\d{2,})\s+(?:randomly\s+(?:selected|chosen|drawn|sampled)|random(?:ly)?\s+sampled|"
                    r"random)\b", re.I)


# a share drawn at random: "a random 5 percent sample of the links", "a random 2 percent of the links"
_PCT_SAMPLE = re.compile(r"\brandom(?:ly\s+(?:selected|chosen|drawn))?\s+(\d+(?:\.\d+)?)\s*(?:%|percent)(?:\s+sample)?\s+of\b|"
                         r"\b(\d+(?:\.\d+)?)\s*(?:%|percent)\s+(?:random\s+)?sample\s+of\b", re.I)
# every item checked: "shall check against the source page every extracted value"
_CHECK_EVERY = re.compile(r"\b(?:check|review|verify|validate|inspect|audit|re-?code|double-code|confirm)\s+"
                          r"(?:[\w-]+\s+){0,5}?(?:every|each|all)\b", re.I)


def _pct_sample_conflict(req_text: str, resp: str) -> str | None:
    """A smaller share drawn at random than the requirement asks, or a share where it asks for
    every item: "double-code a random 5 percent sample of the links" against "a random 2 percent
    of the links are re-coded"; "check ... every extracted value" against "checks a random 20
    percent of the values"."""
    got = [(float(m.group(1) or m.group(2)), m.group(0)) for m in _PCT_SAMPLE.finditer(resp)]
    if not got:
        return None
    asked = _PCT_SAMPLE.search(req_text)
    if asked:
        want = float(asked.group(1) or asked.group(2))
        if all(n < want for n, _ in got):
            return f"draws a random {got[0][0]:g} percent where the solicitation requires a random {want:g} percent"
        return None
    every = _CHECK_EVERY.search(_requirement_body(req_text))
    if every and not re.search(r"\b(?:sample|sampled|sampling|random)\b", req_text, re.I) and all(n < 100 for n, _ in got):
        return f"draws a random {got[0][0]:g} percent where the solicitation requires all ('{every.group(0)}')"
    return None


def _sample_size_conflict(req_text: str, resp: str) -> str | None:
    """A smaller sample than the requirement draws: "re-examine a random sample of 300 unflagged
    certifications each quarter" against "analysts review 150 randomly selected certifications"."""
    asked = _SAMPLE_OF.search(req_text)
    if not asked:
        return _pct_sample_conflict(req_text, resp)
    want = int(asked.group(1).replace(",", ""))
    got = [(int(m.group(1).replace(",", "")), m.group(0)) for pat in (_SAMPLE_OF, _DRAWN) for m in pat.finditer(resp)]
    if got and all(n < want for n, _ in got):
        return f"offers {got[0][1]} where the solicitation requires {asked.group(0)}"
    return None


# a cold the work must bear: "at minus 40 degrees Celsius", "down to -30 °C"
_COLD = re.compile(r"(?:\bminus\s+|(?<![\w.])[-−–]\s?)(\d{1,3})\s*(?:degrees?\s+|°\s*|deg\.?\s+)?(Celsius|Fahrenheit|C|F)\b")


def cold_conflict(req_text: str, block: str) -> str | None:
    """A warmer limit than the cold the requirement names: "demonstrate operation of the complete
    onboard system at minus 40 degrees Celsius" against a chamber run "at minus 30 degrees
    Celsius, which is the lowest set point the chamber supports" (same scale only)."""
    asked = _COLD.search(req_text)
    if not asked:
        return None
    scale = asked.group(2)[0].upper()
    got = [m for m in _COLD.finditer(block) if m.group(2)[0].upper() == scale]
    if got and all(int(m.group(1)) < int(asked.group(1)) for m in got):
        return f"goes down to {got[0].group(0).strip()} where the solicitation requires {asked.group(0).strip()}"
    return None


# a count in millions of things: "a mock workload of 5 million page images"
_SCALED_COUNT = re.compile(r"(?<![\w.$])(\d+(?:\.\d+)?)\s+(thousand|million|billion)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b"
                           r"(?!\s+(?:per|a|an|each|every)\b)")


def _scaled_count_conflict(req_text: str, resp: str) -> str | None:
    """Fewer things, counted in thousands or millions, than the requirement names: "a mock workload
    of 5 million page images" against "a mock workload of 1 million page images" (not a ceiling,
    nor a rate: "5 million records per day" is a throughput, see capacity)."""
    for m in _SCALED_COUNT.finditer(req_text):
        if _CEILING_BEFORE.search(req_text[max(0, m.start() - 30):m.start()]):
            continue
        want = float(m.group(1)) * SCALE[m.group(2)]
        noun = m.group(3).split()[-1].lower()
        got = [(float(r.group(1)) * SCALE[r.group(2)], r.group(0)) for r in _SCALED_COUNT.finditer(resp)
               if r.group(3).split()[-1].lower() == noun]
        if got and all(n < want for n, _ in got):
            return f"offers {got[0][1]} where the solicitation requires {m.group(0)}"
    return None


def _experience_unstated(req_text: str, answer: str) -> str | None:
    """The experience a requirement asks for ("at least five years of ... experience") when the
    answer states no count of years at all."""
    asked = _EXPERIENCE_ASKED.search(req_text)
    return asked.group(0) if asked and not _EXPERIENCE_HELD.search(answer) else None


# a post named by its title: "Program Manager", "Lead Data Scientist", "Project Director"
_POST = re.compile(r"\b(?:(?!(?:The|Our|Its|Their|An?|Each|Every|This|That)\b)[A-Z][a-z]+\s+){0,3}(?:Manager|Lead|Scientist|Engineer|Director|Officer|Architect|Specialist|"
                   r"Analyst|Advisor|Coordinator)\b")


# (not "Dr. Quarshie", "Col. (Ret.) Wills" or "Ph.D. in")
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bCol)(?<!\bRet)(?<!\bLt)(?<!\bSt)(?<![A-Z])\.\s+(?=[A-Z])")


def _another_post(req_text: str, resp: str, at: int) -> bool:
    """The years before ``at`` are those of a post other than the one the requirement names just
    before the years it asks for (``req_text`` ends there): "provide a Program Manager with at least
    ten years" against "Lead Data Scientist: Dr. Quarshie, with nine years of forecasting experience"."""
    wanted = {m.group(0).lower() for m in list(_POST.finditer(req_text))[-1:]}   # (the post just before the years asked)
    ends = [m.end() for m in _SENTENCE_END.finditer(resp, 0, at)]
    sentence = resp[max(ends[-1] if ends else 0, resp.rfind("\n", 0, at) + 1):at]
    named = {m.group(0).lower() for m in _POST.finditer(sentence)}
    return bool(wanted and named and not wanted & named)


# the title of a post, acronyms included: "Lead NLP Engineer"
_POST_NAME = re.compile(r"\b(?:(?!(?:The|Our|Its|Their|An?|Each|Every|This|That|Key|Personnel)\b)[A-Z][A-Za-z]*\s+){0,3}"
                        r"(?:Manager|Lead|Scientist|Engineer|Director|Officer|Architect|Specialist|Analyst|Advisor|"
                        r"Coordinator)\b")


def post_unnamed(req_text: str, block: str, texts: list[str]) -> str | None:
    """The post a requirement asks experience of ("provide a Lead NLP Engineer with at least five
    years of experience"), when the answer names other posts ("Ms. Elena Marchetti-Boyd, our Program
    Manager") and no passage of the proposal (``texts``) names this one."""
    asked = _EXPERIENCE_ASKED.search(req_text)
    # (the first post named: "a Lead Structural Engineer who holds a Professional Engineer license")
    wanted = list(_POST_NAME.finditer(req_text[:asked.start()]))[:1] if asked else []
    if not wanted or not _POST.search(block) or len(wanted[0].group(0).split()) < 2:
        return None   # (a bare "Engineer" names no post of its own)
    post = wanted[0].group(0)
    return None if any(post.lower() in t.lower() for t in texts) else post


def _experience_conflict(req_text: str, resp: str) -> str | None:
    """Fewer years of experience than a requirement's minimum: "at least five years of Medicare
    claims review experience" against "a registered nurse with 3 years of claims review"."""
    asked = _EXPERIENCE_ASKED.search(req_text)
    if not asked:
        return None
    want = _NUMBER_WORDS.get(asked.group(1).lower()) or int(asked.group(1))
    held = [(_NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1)), m.group(0), m.end())
            for m in _EXPERIENCE_HELD.finditer(resp) if not _another_post(req_text[:asked.start()], resp, m.start())]
    # "3 years of Medicare Part D formulary review; 6 years of commercial formulary work" against
    # five years of Medicare Part D formulary review: the years of the kind asked for
    kind = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", asked.group(0)[asked.end(1) - asked.start():])} - \
        {"years", "year", "experience", "least", "minimum", "with"}
    overlap = [len(kind & {w.lower() for w in re.findall(r"[A-Za-z]{3,}", re.split(r"[;,.|]", resp[end:end + 80])[0])})
               for _, _, end in held]
    if overlap and max(overlap) >= 2:
        held = [h for h, k in zip(held, overlap) if k == max(overlap)]
    if held and all(n < want for n, _, _ in held):
        return f"offers {held[0][1]} where the solicitation requires {asked.group(0)}"
    return None


def _subset_conflict(req_text: str, resp: str) -> str | None:
    """"All Contractor personnel who need access shall hold a final Top Secret clearance" answered
    by "Four of our nine proposed staff hold active Top Secret clearances": some of the things the
    requirement says every one of must."""
    wants = _wanted_sets(req_text)
    if not wants:
        return _share_of_all(req_text, resp) or _whole_shortfall(req_text, resp)
    for m in _some_of_all(wants, resp):
        if not _STAGED.search(resp, max(0, m.start() - 60), m.start()):
            return f"offers '{m.group(0)}' where the solicitation requires all of them"
    return _share_of_all(req_text, resp) or _subset_of_all(req_text, resp) or _whole_shortfall(req_text, resp)


# the whole to be covered, counted: "on all 3,800 centerline miles", "all 1,250 grantees"
_ALL_COUNTED = re.compile(r"\ball\s+(?:of\s+the\s+)?(\d{1,3}(?:,\d{3})+|\d{2,})\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b")
_FIGURE_BEFORE = r"(?<![\d.,])(\d{{1,3}}(?:,\d{{3}})+|\d+)\s+(?:[a-z][\w-]*\s+){{0,2}}?{noun}\b"


def _whole_shortfall(req_text: str, resp: str) -> str | None:
    """"collect imagery on all 3,800 centerline miles" answered by "will collect 3,100 centerline
    miles in the first season": less than the whole, where no figure or sum of figures reaches it."""
    for m in _ALL_COUNTED.finditer(req_text):
        want = int(m.group(1).replace(",", ""))
        noun = m.group(2).split()[-1]
        kind = set(terms(m.group(2)))
        got = [(int(r.group(1).replace(",", "")), r.group(0)) for r in re.finditer(_FIGURE_BEFORE.format(noun=re.escape(noun)), resp)
               if kind <= set(terms(r.group(0))) and not _dated(resp, r)]
        if got and sum(g for g, _ in got) < want:
            return f"offers {got[0][1]} where the solicitation requires all {m.group(1)} {m.group(2)}"
    return None


# the first step of a rollout: "At launch the classifier covers nine of the twelve species"
_STAGED = re.compile(r"\b(?:at\s+(?:launch|go-?live|first|the\s+start)|initially|in\s+(?:the\s+)?(?:first|initial)\s+"
                     r"(?:phase|release|increment|wave|version)|on\s+day\s+one)\b", re.I)


def _wanted_sets(req_text: str) -> list[set[str]]:
    """The words of each set the requirement names in full ("all 12 landlocked or inland-corridor
    operations listed in Attachment J-4")."""
    return [set(terms(next(g for g in m.groups() if g))) for m in _ALL_OF.finditer(req_text)]


def _some_of_all(wants: list[set[str]], resp: str) -> list[re.Match]:
    """Counts in ``resp`` of part of a set the requirement names in full ("seven of the twelve
    Attachment J-4 operations")."""
    out = []
    for m in _SOME_OF.finditer(resp):
        part, whole = (_COUNT_WORDS.get(x.lower()) or (int(x) if x.isdigit() else 0) for x in (m.group(1), m.group(2)))
        if 0 < part < whole and any(w & set(terms(m.group(3))) for w in wants) and not _is_pick(resp, m.start(), m.end(1)):
            out.append(m)
    return out


def staged_subset(req_text: str, resp: str) -> str | None:
    """Part of the set the requirement names in full, offered as a first step ("At launch the
    classifier covers nine of the twelve Attachment B species ... we will add them as classes when
    enough training data become available"): partly met, not refused."""
    staged = [m for m in _some_of_all(_wanted_sets(req_text), resp) if _STAGED.search(resp, max(0, m.start() - 60), m.start())]
    return f"the answer covers '{staged[0].group(0)}' at first, where the solicitation requires all of them" if staged else None


def _levels(pattern: re.Pattern, order: list[str], text: str) -> list[int]:
    """Positions on an ordered scale of the levels ``text`` names ("FedRAMP Moderate" -> 1)."""
    out = []
    for m in pattern.finditer(text):
        if re.search(r"\b(?:no|without|not\s+(?:need|require)\w*\s+(?:a|any)|needing\s+no|requiring\s+no)\s+$",
                     text[max(0, m.start() - 24):m.start()], re.I):
            continue   # "rerun scripts needing no commercial license" names no licence granted
        word = re.sub(r"[\s-]+", " ", next(g for g in m.groups() if g)).lower()
        if word in order:
            out.append(order.index(word))
    return out


def _scale_met(req_text: str, resp: str) -> bool:
    """The answer names a level on a scale the requirement sets, as high or higher (FedRAMP High
    for Moderate): a full answer however few other words it shares."""
    for _name, pattern, order in _SCALES:
        want, got = _levels(pattern, order, req_text), _levels(pattern, order, resp)
        if want and got and min(got) >= max(want):
            return True
    return False


# the coverage of an interval: "a 90 percent uncertainty interval", "95% confidence bounds"
_INTERVAL_LEVEL = re.compile(r"(?<![\w.])(\d{2}(?:\.\d+)?)\s*(?:%|percent)\s+(?:[\w-]+\s+)?(?:confidence|uncertainty|prediction|"
                             r"credible|coverage)\s+(?:intervals?|bands?|bounds?|ranges?|limits?)\b", re.I)
_ANY_LEVEL = re.compile(r"(?<![\w.])(\d{2}(?:\.\d+)?)\s*(?:%|percent)(?=[^.;]{0,40}\b(?:intervals?|bands?|bounds?|ranges?)\b)",
                        re.I)


def interval_conflict(req_text: str, resp: str) -> str | None:
    """One interval coverage required ("a 90 percent uncertainty interval"); the answer's intervals
    all cover less ("an 80 percent prediction interval").  A requirement naming several levels
    ("the 50, 80 and 95 percent intervals") is left to the element checks."""
    asked = {float(m.group(1)) for m in _INTERVAL_LEVEL.finditer(req_text)}
    if len(asked) != 1 or len(_ANY_LEVEL.findall(req_text)) > 1:
        return None
    want = asked.pop()
    given = [(float(m.group(1)), m.group(0)) for m in _ANY_LEVEL.finditer(resp)]
    if given and all(v < want for v, _ in given):
        return f"offers {given[0][1].strip()} intervals where the solicitation requires {want:g} percent"
    return None


# the smallest thing a detector must catch: "report upward roof movement of 2 feet or more"
_DETECTS = re.compile(r"\b(?:detect|report|flag|identif|find|locat|captur|catch|spot)\w*\b[^.;|]{0,70}?$", re.I)
_SIZE_OR_MORE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)(?=\s*[a-z]+\.?\s+(?:or|and)\s+(?:more|larger|greater|longer|wider|bigger|"
                           r"above|over)\b)", re.I)


def _sizes(text: str, need_verb: bool) -> list[tuple[float, str]]:
    out = []
    for m in _SIZE_OR_MORE.finditer(text):
        unit = _unit_of(text[m.end():m.end() + 24])
        if unit and unit[0] == "length" and (not need_verb or _DETECTS.search(text[:m.start()])):
            out.append((float(m.group(1)) * unit[1], f"{m.group(1)} {unit[2]}"))
    return out


def detection_size_conflict(req_text: str, resp: str) -> str | None:
    """A detector must catch things from a size up ("roof movement of 2 feet or more"); the answer
    catches them only from a larger size ("upward roof movement of 5 feet or more"): it misses the
    smaller ones, although its figure is the larger."""
    want = _sizes(req_text, True)
    got = _sizes(resp, False)
    if len(want) == 1 and got and all(g > want[0][0] * 1.001 for g, _ in got):
        return f"catches only {got[0][1]} or more where the solicitation requires {want[0][1]} or more"
    return None


# rights in what is made under the contract are not those in what the contractor brings to it
_NEW_WORK = re.compile(r"\b(?:first\s+(?:produced|developed|created|delivered|generated)|(?:produced|developed|created)\s+"
                       r"(?:under|in\s+the\s+performance\s+of)\s+(?:this|the)\s+(?:contract|task\s+order|order))\b", re.I)
_SUBJECT_ENDS = re.compile(r"\b(?:is|are|was|were|will|shall|has|have|remains?|builds?|uses?)\b", re.I)
_BROUGHT = re.compile(r"\b(?:pre-?existing|background|already\s+(?:exists?|existing)|existing)\b", re.I)


def _scale_conflict(req_text: str, resp: str) -> str | None:
    for name, pattern, order in _SCALES:
        answer = resp
        if name == "data rights" and _NEW_WORK.search(req_text):
            # "The pre-existing ProgramLens workbench software is commercial computer software licensed
            # ..." against unlimited rights in the weights and code first produced under the contract
            # (the brought thing as the subject, not "weights ... build on our pre-existing framework")
            answer = " ".join(x for x in sentences(resp) if not _BROUGHT.search(re.split(_SUBJECT_ENDS, x, maxsplit=1)[0]))
        want, got = _levels(pattern, order, req_text), _levels(pattern, order, answer)
        # (one investigation tier asked of everyone is not met where some staff hold a lower one)
        offered = min(got) if got and name == "investigation tier" and len(set(want)) == 1 else max(got, default=0)
        if want and got and offered < max(want):
            what = f"Tier {order[offered]}" if name == "investigation tier" else order[offered]
            needed = f"Tier {order[max(want)]}" if name == "investigation tier" else order[max(want)]
            return f"offers {what} where the solicitation requires {needed} ({name})"
    # DoD Impact Level 4 and above build on a FedRAMP Moderate or High baseline plus DoD controls:
    # a commercial FedRAMP Moderate or Low service alone does not reach them
    _, fedramp, fed_order = _SCALES[1]
    _, impact, il_order = _SCALES[2]
    il = _levels(impact, il_order, req_text)
    got = _levels(fedramp, fed_order, resp)
    if il and max(il) >= 1 and got and max(got) <= fed_order.index("moderate") and not _levels(impact, il_order, resp):
        return (f"offers FedRAMP {fed_order[max(got)].title()} where the solicitation requires Impact Level "
                f"{il_order[max(il)]} (impact level)")
    return None


# a body of records covered from a date on: "decisions issued since January 1, 2005", "narratives
# submitted from January 2014 through December 2025", "letters from 2015 forward"
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DATE = (r"(?:(?P<month>" + _MONTH_NAME + r")\s+(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+)?)?"
         r"(?:(?:calendar|fiscal)\s+year\s+|FY\s?|CY\s?)?(?P<year>(?:19|20)\d\d)\b")
_SINCE = re.compile(r"\b(?:since|from|beginning(?:\s+(?:in|with))?|starting(?:\s+(?:in|with))?|back\s+to|"
                    r"on\s+or\s+after|covering(?:\s+at\s+least)?|"
                    # "our backtests start in January 2021", "the hindcast covers only 2016 through 2025"
                    r"start(?:s)?\s+(?:in|with)|covers?\s+only)\s+(?:the\s+(?:start|beginning)\s+of\s+)?" + _DATE, re.I)
_ONWARD = re.compile(_DATE + r"\s+(?:onwards?|forwards?|and\s+later|or\s+later|to\s+(?:the\s+)?present)\b", re.I)


def _starts(text: str) -> list[tuple[tuple[int, int, int], str]]:
    """((year, month, day), words) for each date a body of records is covered from."""
    out = []
    for pattern in (_SINCE, _ONWARD):
        for m in pattern.finditer(text):
            month = _MONTHS.get((m.group("month") or "")[:3].lower(), 0)
            words = re.sub(r"^(?:start(?:s)?\s+(?:in|with)|covers?\s+only)\s+", "from ", m.group(0).strip(), flags=re.I)
            out.append(((int(m.group("year")), month, int(m.group("day") or 0)), words))
    return out


def _coverage_start_conflict(req_text: str, resp: str) -> str | None:
    """The answer covers records from a later date than the solicitation asks ("from January
    2019" against "submitted from January 2014 through December 2025")."""
    want = _starts(req_text)
    if len(want) != 1:
        return None
    got = _starts(resp)
    if not got:
        return None
    (need, said), (offer, words) = want[0], min(got)
    if offer[0] > need[0] or (offer[0] == need[0] and need[1] and offer[1] > need[1]):
        return f"covers records {words}; the solicitation asks for records {said}"
    return None


# how long a service runs, by kind: "60 days of parallel operation", "at least two hours of
# instructor-led training", "90 days of transition support"
_SERVICE_KINDS = {
    "parallel": r"parallel|side[\s-]by[\s-]side|shadow",
    "training": r"training|instruction|sessions?|courses?|webinars?|workshops?|class(?:es)?",
    "transition": r"transition\w*|knowledge\s+transfer|hand-?over",
    "hypercare": r"hypercare|post-go-live\s+support",
    "warranty": r"warrant(?:y|ies)",
}
_LENGTH = r"(?P<n>\d+(?:\.\d+)?|" + _ONE_TO_TWELVE + r"|sixty|ninety|thirty|half|full)[\s-](?:(?P<w>working|business|work)[\s-])?(?P<u>hours?|days?|weeks?|months?)\b"
_SERVICE_ASKED = re.compile(_LENGTH + r"\s+of\s+(?:[\w-]+\s+){0,2}?(?P<kind>parallel\s+(?:operations?|running|runs?|testing)|"
                            r"(?:transition(?:-\w+)?|on-?site|post-go-live)\s+support|hypercare(?:\s+support)?|"
                            r"knowledge\s+transfer|warranty(?:\s+support)?|training|instruction)\b", re.I)
_SERVICE_GIVEN = re.compile(r"(?<![\w.-])" + _LENGTH, re.I)
_LENGTH_WORDS = {**_COUNT_WORDS, "thirty": 30, "sixty": 60, "ninety": 90, "half": 0.5, "full": 1}
# the time a thing happens, not how long it lasts: "within 30 days", "two weeks before go-live"
_WHEN_BEFORE = re.compile(r"\b(?:within|by|after|before|every|each|per|in|under|from|ago)\s+(?:the\s+(?:first|last)\s+)?$", re.I)
_WHEN_AFTER = re.compile(r"\s*(?:before|after|prior|ahead|of\s+(?:award|go-live|notice|receipt)|from|later|earlier)\b", re.I)


# a number of sessions before the length of each: "two hands-on sessions of four hours each"
_SESSIONS_EACH = re.compile(r"\b(\d{1,2}|" + _TWO_TO_TWELVE + r")\s+(?:[\w-]+\s+){0,2}?(?:sessions?|classes|courses|workshops|"
                            r"webinars|modules|days)\s+of\s+$", re.I)


def _service_hours(m: re.Match, kind: str) -> float:
    n_txt = m.group("n").lower()
    n = _LENGTH_WORDS.get(n_txt) or float(n_txt)
    unit = m.group("u").lower().rstrip("s")
    # a day or week of training is a working one
    day, week = (8.0, 40.0) if kind == "training" else (24.0, 168.0)
    if m.group("w") and unit == "day":
        day = week / 5   # "ten working days" of knowledge transfer are two weeks of it
    return n * {"hour": 1.0, "day": day, "week": week, "month": 730.0}[unit]


def service_length(req_text: str, resp: str) -> tuple[str | None, bool]:
    """(conflict, met) for how long a service runs: "30 days" of parallel running against 60, "a
    one-hour instructor-led session" against two hours of training (a conflict); "a half-day
    hands-on session" against two hours (met).  Only lengths in a clause that names the same kind
    of service are read; one that is long enough meets the requirement."""
    asked = _SERVICE_ASKED.search(req_text)
    if not asked:
        return None, False
    kind = next((k for k, pat in _SERVICE_KINDS.items() if re.search(pat, asked.group("kind"), re.I)), None)
    if kind is None:
        return None, False
    want = _service_hours(asked, kind)
    given = []
    for clause in re.split(r"[.;|]\s", resp):
        if not re.search(r"\b(?:" + _SERVICE_KINDS[kind] + r")\b", clause, re.I):
            continue
        for m in _SERVICE_GIVEN.finditer(clause):
            if _WHEN_BEFORE.search(clause, max(0, m.start() - 20), m.start()) or _WHEN_AFTER.match(clause, m.end()):
                continue
            times = _SESSIONS_EACH.search(clause[max(0, m.start() - 60):m.start()])
            if times and re.match(r"\s+each\b", clause[m.end():]):
                # "two hands-on sessions of four hours each": eight hours in all
                n = _LENGTH_WORDS.get(times.group(1).lower()) or float(times.group(1))
                given.append((n * _service_hours(m, kind), f"{times.group(0)}{m.group(0)} each"))
                continue
            given.append((_service_hours(m, kind), m.group(0)))
    if not given:
        return None, False
    if all(h * 1.001 < want for h, _ in given):
        return f"offers {given[0][1]} of {asked.group('kind')} where the solicitation requires {asked.group(0)}", False
    return None, True
