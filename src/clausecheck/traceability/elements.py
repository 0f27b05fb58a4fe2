"""The elements a requirement lists ("precision, recall, and override rates") and which of them an
answer leaves out."""

from __future__ import annotations

import re

from .matching import _Matcher, _Req
from .quantities import _ANYNUM
from .units import Unit
from .vocabulary import _VERB_AND, _derived, _num, _requirement_body, terms

# list elements ("precision, recall, and officer override rates")

_LIST_LEAD = re.compile(r"\b(?:including|includes|include|with|of|showing|describing|that\s+lists|lists|against|"
                        r"identifying|covering|containing|for|that\s+(?:identifies|names|records|describes|covers|"
                        r"contains|shows|states|specifies))\s+(?:the\s+|its\s+|their\s+|all\s+|any\s+|each\s+|every\s+)?",
                        re.I)


_IMPERATIVE = re.compile(r"^(?:identify|list|name|provide|describe|deliver|submit|state|include|report|record|"
                         r"document|display|show|flag|log|retain|maintain|specify|explain|give)\s+", re.I)


def _elements(body: str) -> list[str]:
    """The items a requirement enumerates: "precision, recall, and officer override rates",
    "including publisher, version, and license", or coordinated duties "identify a manager and
    provide a resume" (and the items each of those duties lists).  Lists of participles
    ("corrupted, missing and falsified observations") describe one thing and are not split."""
    # the first sentence (an abbreviated name, "P. vivax", does not end it)
    body = re.split(r";|\.(?!\s+[a-z])", body)[0]
    verb_parts = _VERB_AND.split(body)
    # "describe how it will measure and report drift": one verb pair with one object, not two duties
    if len(verb_parts) == 2 and len(terms(_DUTY_LEAD.sub("", verb_parts[0]))) >= 2 and all(terms(p) for p in verb_parts) \
            and len(terms(body)) >= 3:
        # "evaluate performance for rural, urban and tribal addresses and report the results"
        items = [item for part in verb_parts for item in (_list_items(part) or [part])]
    else:
        items = _list_items(body)
    # "the provenance of every collection, including its source, license and date": the list
    # starts at "including"
    start = next((k for k, x in enumerate(items) if re.match(r"\s*including\b", x, re.I)), 0)
    return [i for i in (_clean_item(x, k == 0) for k, x in enumerate(items[start:])) if i]


_DUTY_LEAD = re.compile(r"^.*?\b(?:shall|must|will|is\s+required\s+to|are\s+required\s+to)\s+(?:not\s+)?", re.I)


def _clean_item(item: str, first: bool = False) -> str:
    """An item without the duty's lead-in ("The service shall record"), qualifiers that are not
    items ("for every change to a cluster"), or a leading "including"/"together with"."""
    item = _DUTY_LEAD.sub("", item.strip()) if re.search(r"\b(?:shall|must)\b", item, re.I) else item.strip()
    if re.match(r"(?:for|in|on|at|by|from|within|after|before|during)\s+(?:each|every|any|all|the)\b", item, re.I):
        return ""
    item = re.sub(r"^(?:including|together\s+with|along\s+with|each\s+with|with)\s+", "", item, flags=re.I)
    if first and len(item.split()) == 1 and _IMPERATIVE.match(item + " "):
        return ""   # the duty's own verb ("record"), not an item
    if re.match(r"be\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b", item, re.I):
        return ""   # "... and documentation shall be delivered": the duty's verb, not an item
    return item if terms(item) else ""


# two things named side by side: "in both English and Spanish", "separately for major and advisory
# comment types and for registration and results submissions", "with the OID interface and with the
# ACE Document Imaging System", "that includes training data composition by gear type and known
# failure conditions"
_PAIRS = [
    re.compile(r"\b(?:in|into)\s+(?:both\s+)?((?-i:[A-Z][\w-]*))\s+and\s+((?-i:[A-Z][\w-]*))\b(?!\s+(?-i:[A-Z]))", re.I),
    # "in both the structure's local coordinate system and NAD83"
    re.compile(r"\bin\s+both\s+(?:the\s+)?((?:[\w'’-]+\s+){0,5}?[\w-]+)\s+and\s+(?:the\s+|in\s+(?:the\s+)?)?"
               r"((?:[\w-]+\s+){0,3}?[\w-]+)\s*(?:[.;,]|$)", re.I),
    re.compile(r"\bseparately\s+(?:for|by)\s+((?:[\w-]+\s+){0,5}?[\w-]+)\s+and\s+(?:separately\s+)?(?:for|by)\s+"
               r"((?:[\w-]+\s+){0,5}?[\w-]+)\s*(?:[.;,]|$)", re.I),
    # ("with the COR and with the CO", "as CSV and as PDF", "across PHA size categories and across HUD regions")
    re.compile(r"\b(with|to|from|as|across|for)\s+(?:the\s+)?((?:[\w-]+\s+){0,5}?[\w-]+)\s+and\s+(?:also\s+)?\1\s+"
               r"(?:the\s+)?((?:[\w-]+\s+){0,5}?[\w-]+?)(?=\s+as\b|\s*[.;,]|\s*$|\s+(?:for|at|in)\s+(?:each|every|all|any)\b)", re.I),
    re.compile(r"\b(?:includes?|including|covers|covering|contains|containing)\s+(?:the\s+|its\s+|their\s+)?"
               r"((?:[\w-]+\s+){0,5}?[\w-]+)\s+and\s+(?:the\s+|its\s+|their\s+)?((?:[\w-]+\s+){0,4}?[\w-]+)\s*(?:[.;]|$)",
               re.I),
]
# "by both text message and email", "with both the JAWS and NVDA screen readers": two channels or
# tools ("using both address and geocode", "against both the measured library and the in-silico
# library" are often answered in other words: "latitude/longitude", "predicted spectra")
_BOTH = re.compile(r"\b(?:by|with|via)\s+both\s+(?:the\s+|an?\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)\s+and\s+(?:the\s+|an?\s+)?((?:[\w-]+\s+){0,2}?[\w-]+?)"
                   r"(?=\s+(?:within|before|after|by|for|to|in|on|at|with|from|that|which|when|where|and|or|each|every)\b|\s*[.;,:]|\s*$)",
                   re.I)
# two things delivered, each with its article: "deliver a dataset card and a model card with each release"
# (looked for only in an answer that is not a table row: a schedule gives each deliverable a row of its own)
# (or two agreements signed: "sign a DHA Data Sharing Agreement and a HIPAA business associate agreement")
_TWO_DELIVERABLES = re.compile(r"\b(?:deliver|provide|submit|include|publish|produce|maintain|sign|execute)\s+(?:both\s+)?(?:a|an)\s+"
                               r"((?:[\w-]+\s+){0,3}?[\w-]+)\s+and\s+(?:a|an)\s+((?:[\w-]+\s+){0,3}?[\w-]+?)"
                               r"(?=\s+(?:with|for|to|at|by|within|before|after|in|on|that|which)\b|\s*[.;,]|\s*$)", re.I)


def _list_items(body: str) -> list[str]:
    # (the words in brackets are no items: "by component (Active, Reserve and National Guard) and by sex")
    body = re.sub(r"\s+\([^()]{0,80}\)", "", body)
    # (a thousands separator is no list comma: "approximately 410,000 tablet photographs")
    parts = [p.strip() for p in re.split(r",(?!\d{3}(?!\d))\s*", body)]
    for k in range(len(parts) - 1, 0, -1):
        if re.match(r"(?:and|or)\s+", parts[k]) or (k == len(parts) - 1 and re.search(r"\s(?:and|or)\s", parts[k])):
            first = k
            while first > 1 and len(parts[first - 1].split()) <= 6:
                first -= 1
            items = parts[first - 1:k + 1]
            if not re.match(r"(?:and|or)\s+", items[-1]):
                items[-1:] = re.split(r"\s+(?:and|or)\s+", items[-1], maxsplit=1)
            lead = list(_LIST_LEAD.finditer(items[0]))
            if lead:
                items[0] = items[0][lead[-1].end():]
            else:  # "The Contractor shall document the source": the duty's verb is not an item
                # ("shall cite, for each fact, the source …": the verb alone is no item either)
                items[0] = re.sub(r"^.*?\b(?:shall|must|will|required\s+to)\s+(?:not\s+)?\w+(?:\s+|$)", "", items[0])
                if first == 1 and _IMPERATIVE.match(items[0]):   # a bullet: "identify the affected substation"
                    items[0] = _IMPERATIVE.sub("", items[0], count=1)
                items[0] = re.sub(r"^(?:the|its|their|all|any|each|every)\s+", "", items[0])
            last = re.sub(r"^(?:and|or)\s+", "", items[-1])
            # ("and the training pipeline with unlimited rights": the rights are asked for the whole list)
            last = re.split(r"\s+(?:to|for|in|on|at|as|before|after|within|from|used|by|that|which|with\s+(?:unlimited|"
                            r"Government\s+purpose|limited|restricted|full|all)\s+rights)\s+", last + " ")[0].strip()
            items[-1] = last
            items = [i.strip() for i in items if i.strip()]
            if all(re.fullmatch(r"(?:\w+ly\s+)?\w+(?:ed|ing)", i) for i in items[:-1]):
                return []
            if len(items) >= 3:
                return items
            break
    m = re.search(r"\bincluding\s+(?:both\s+)?([\w-]+(?:\s+[\w-]+)?)\s+and\s+([\w-]+(?:\s+[\w-]+)?)", body)
    if m:
        return [m.group(1), m.group(2)]
    for pat in _PAIRS:
        m = pat.search(body)
        if m:
            return list(m.groups()[-2:])   # (the last two groups are the things; a first may be the repeated word)
    m = _BOTH.search(body)
    if m:
        first, second = m.group(1), m.group(2)
        if len(first.split()) == 1 and len(second.split()) > 1:
            second = second.split()[0]   # "both the JAWS and NVDA screen readers": the noun is shared
        return [first, second]
    # "identify the developer and country of origin of every OCR engine"
    m = re.search(r"\b(?:identify|name|state|list|document|report|disclose)\s+(?:the\s+)?([\w-]+(?:\s+[\w-]+)?)\s+and\s+"
                 r"(?:the\s+)?([\w-]+(?:\s+[\w-]+){0,2}?)\s+of\s+(?:each|every|all|any|the)\b", body, re.I)
    if m:
        return [m.group(1), m.group(2)]
    # "with F1 by data element and by State"
    m = re.search(r"\bby\s+([\w-]+(?:\s+[\w-]+)?)\s+and\s+by\s+([\w-]+(?:\s+[\w-]+)?)", body)
    if m:
        return [m.group(1), m.group(2)]
    # "separately for each property type and each HUD region"
    m = re.search(r"\b(?:for|by)\s+(?:each|every)\s+([\w-]+(?:\s+[\w-]+){0,2}?)\s+and\s+(?:for\s+|by\s+)?(?:each|every)\s+"
                  r"([\w-]+(?:\s+[\w-]+){0,2})", body)
    if m:
        return [m.group(1), m.group(2)]
    return []


_FIGURE_LIST = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:%|percent)?\s*(?:,|and|or)\s+(?:the\s+)?"
                          r"(\d+(?:\.\d+)?)\s*(?:%|percent)(?!\w)", re.I)


def _missing_figures(body: str, answer: str) -> list[str]:
    """Figures a requirement lists side by side ("prediction intervals at both the 80 percent
    and 95 percent levels") that an answer giving some of them leaves out."""
    said = {_num(m.group(1)) for m in _ANYNUM.finditer(answer)}
    out = []
    for m in _FIGURE_LIST.finditer(body):
        values = [m.group(1), m.group(2)]
        got = [v for v in values if _num(v) in said]
        if got and len(got) < len(values):
            out += [f"{v} percent" for v in values if v not in got]
    return out


_AT_REST = re.compile(r"\bat\s+rest\b|\bstor(?:ed|age|es)\b|\bdisks?\b|\bdatabases?\b|\bvolumes?\b|\bbackups?\b", re.I)
_IN_TRANSIT = re.compile(r"\bin\s+(?:transit|motion|flight)\b|\btls\b|\bhttps\b|\btransport\b|\bmoving\b|\bnetwork\b|"
                         r"\bin\s+transfer\b|\bon\s+the\s+wire\b|\bover\s+the\s+(?:wire|network)\b", re.I)


def _missing_sides(body: str, answer: str) -> list[str]:
    """"Encrypt data at rest and in transit" answered for one side only."""
    if not (re.search(r"\bat\s+rest\b", body, re.I) and re.search(r"\bin\s+transit\b", body, re.I)):
        return []
    return [side for side, pat in (("at rest", _AT_REST), ("in transit", _IN_TRANSIT)) if not pat.search(answer)]


# a list of alternatives that ends in a catch-all: "in economics, statistics, or a related field", "to
# airlines, health departments, or any other outside party"
_ALTERNATIVES = re.compile(r",?\s+or\s+(?:an?\s+|any\s+)?(?:closely\s+)?(?:related|equivalent|similar|comparable|other)\b",
                           re.I)


# the acts a prohibition lists: "not ... to train, tune or evaluate", "not score, rank or recommend"
_BANNED_ACTS = re.compile(r"\b(?:not|to)\s+[a-z]+,\s+[a-z]+,?\s+(?:or|nor)\s+[a-z]+\b")


# a figure asked for each group: "the reviewer override rate for each rule", "F1 reported separately by each site"
_PER_GROUP = re.compile(r"\b(?:rates?|scores?|accuracy|precision|recall|errors?|statistics|metrics?|F1)\b[^.;]{0,40}?"
                        r"\b(?:separately\s+)?(?:for|by)\s+(?P<each>(?:each|every)\s+(?:of\s+the\s+(?:[\w-]+\s+)?)?"
                        r"(?:individual\s+)?[\w-]+(?:\s+(?!and\b|or\b|to\b|in\b|on\b|at\b|every\b|each\b)[\w-]+)?)", re.I)
_BROKEN_OUT = re.compile(r"\b(?:separately|broken\s+out|breaks?\s+(?:[\w-]+\s+){0,4}?out|for\s+(?:each|every)|per\s+[\w-]+|"
                         r"by\s+(?:each|every)|(\w+)\s+by\s+\1)\b", re.I)
# a figure told for all of them at once: "the overall agreement rate", "a single facility-wide error"
_POOLED = re.compile(r"\b(?:overall|(?:a|one)\s+single(?!-)|combined|aggregate|pooled|facility-wide|program-wide|system-wide|"
                     r"taken\s+together|across\s+(?:the\s+)?(?:whole|entire|all)|as\s+a\s+whole)\b", re.I)


def _missing_elements(req: _Req, unit: Unit, matcher: _Matcher, extra: list[Unit]) -> list[str]:
    body = _requirement_body(req.ob.text)
    figures = _missing_figures(body, unit.context or unit.text) + _missing_sides(body, unit.context or unit.text)
    if figures:
        return figures
    per = _PER_GROUP.search(body)
    if per and _POOLED.search(unit.text) and not _BROKEN_OUT.search(unit.text):
        # "report the reviewer override rate for each rule" against "report the overall agreement rate"
        return [per.group("each")]   # "each of the 25 languages"
    items = _elements(body)
    if not items and "|" not in unit.text and (two := _TWO_DELIVERABLES.search(body)):
        items = list(two.groups())
    if len(items) < 2 or (req.ob.modality == "prohibition" and _BANNED_ACTS.search(body)):
        # ("shall not use FSA data to train, tune or evaluate any other model": each act is banned, and
        # an answer that keeps the data to the deliverables has met them all; the things listed,
        # "race, ethnicity, religion, sex, or any proxy for them", are still looked for one by one)
        return []
    item_terms = [set(terms(i)) for i in items]
    common = set.intersection(*item_terms) if item_terms else set()
    have = set(terms(unit.context)) | unit.terms
    for u in extra:
        have |= set(terms(u.context)) | u.terms
    have |= {t for h in have for t in matcher.near(h)}
    missing = []
    for k, (item, ts) in enumerate(zip(items, item_terms)):
        ts = ts - common
        # "license numbers, and vehicle identification numbers": "numbers" does not tell them apart
        own = ts - set().union(*(o for j, o in enumerate(item_terms) if j != k))
        if not ts:
            continue
        found = [t in have or t in unit.head or _derived(t, have) for t in (own or ts)]
        # an item with no word of its own ("training code" beside "trained model weights" and
        # "inference code") is there only when all its words are
        twin = any(o == ts | common for j, o in enumerate(item_terms) if j != k)   # ("suspected altered", "suspected counterfeit")
        if not (any(found) if own or twin else all(found)):
            missing.append(item.strip())
    if missing and len(missing) < len(items) and _ALTERNATIVES.search(body):
        return []   # "a doctorate in economics, statistics, or a related field": one of them will do
    return missing
