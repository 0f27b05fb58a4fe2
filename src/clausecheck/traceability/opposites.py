"""Duties answered by the opposite act on the same thing: "exclude restricted reports from every
training dataset" answered by "we will include restricted reports in the tuning corpus", or
"withhold the provisional level from testers" answered by "the console shows a live provisional
level panel"."""

from __future__ import annotations

import re

from .vocabulary import NEGATED, sentences, terms

# (what the requirement asks, what undoes it)
_OPPOSITES = [(re.compile(a, re.I), re.compile(b, re.I)) for a, b in (
    (r"\b(?:exclud\w*|omit(?:s|ted|ting)?)\b", r"\b(?:includ(?:e|es|ed|ing)|add(?:s|ed)?|incorporat\w*|list(?:s|ed)?|"
                                              r"prints?|printed|(?:kept|remains?|stays?|retained)\s+(?:on|in))\b"),
    (r"\b(?:withh[eo]ld\w*|suppress\w*|hid(?:e|es|ing))\b",
     r"\b(?:shows?|shown|showing|display(?:s|ed|ing)?|reveal\w*|expos(?:e|es|ed|ing)|presents?|presented)\b"),
    (r"\b(?:disabl\w*)\b", r"\b(?:enabl(?:e|es|ed|ing)|activat(?:e|es|ed|ing)|switch(?:es|ed)?\s+on|turn(?:s|ed)?\s+on)\b"),
    (r"\b(?:separat(?:e|es|ed|ing)|segregat\w*)\b", r"\b(?:pool(?:s|ed|ing)?|combin(?:e|es|ed|ing)|merg(?:e|es|ed|ing)|"
                                                  r"comming\w*)\b"),
)]
# the thing undone named before the verb: "... are kept on the list", "... are included in the corpus"
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?\w+(?:ed|pt|ned)\b|\b(?:remains?|stays?)\s+(?:on|in)$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|each|any|every|its|their|our|this|that|these|those)\s+$", re.I)
_VAGUE = frozenset(terms("all any each every data information item items record records the system service"))


def opposite_conflict(req_text: str, resp: str) -> str | None:
    """The answer does, with no negation, the opposite of the requirement's act to at least two of
    the things the requirement names right after its verb."""
    for asked, undone in _OPPOSITES:
        # (the requirement's act, not a word used of a thing: "submit a separate Attachment C for each pool")
        # (nor a participle naming things: "the rate of omitted material evidence")
        m = next((a for a in asked.finditer(req_text) if not _ARTICLE_BEFORE.search(req_text[max(0, a.start() - 12):a.start()])
                  and not re.search(r"\b(?:of|for|with|on|about)\s+$", req_text[max(0, a.start() - 8):a.start()], re.I)),
                 None)
        if not m or NEGATED.search(req_text[max(0, m.start() - 30):m.start()]):
            continue
        things = set(terms(req_text[m.end():m.end() + 80])) - _VAGUE
        if len(things) < 2:
            continue
        for sentence in sentences(resp):
            for d in undone.finditer(sentence):
                if d.group(0)[0].isupper() or _ARTICLE_BEFORE.search(sentence[max(0, d.start() - 12):d.start()]):
                    continue   # "Pool Labor categories", "the included reports": a name or a thing, not an act
                before = sentence[max(0, d.start() - 40):d.start()]
                if NEGATED.search(before) or re.search(r"\b(?:if|unless|only\s+(?:when|after|if))\b", before, re.I) or \
                        re.match(r"\s+(?:no|nothing|none|neither)\b", sentence[d.end():], re.I):
                    continue   # ("the screen shows no taxon at all": the act done to nothing)
                found = set(terms(sentence[d.end():d.end() + 120]))
                if _PASSIVE.search(sentence[max(0, d.start() - 12):d.end()]):
                    # "Critical Safety Items and Critical Application Items are kept on the candidate list"
                    found |= set(terms(sentence[:d.start()]))
                if len(found & things) >= 2:
                    said = sentence[d.start():d.end() + 100].strip()
                    return (f"the solicitation asks to {m.group(0).lower()} them; the proposal does the opposite: "
                            f"'{said[:120]}'")
    return None
