"""Bans on advisory verdicts ("shall not generate, suggest or rank any parole decision", "must not
produce any score, ranking, recommendation or opinion") answered, somewhere in the proposal, by a
feature that gives one: "a Guideline Position indicator proposes the disposition", "PackageIQ ends
each review with a suggested disposition of pay, repair or deny", "a green/amber/red
Patentability Signal per claim".  Such features sit under headings no one would look under for
the ban, so every passage is read."""

from __future__ import annotations

import re

from .units import Unit
from .vocabulary import NEGATED, sentences, terms

# the ban: a verb of giving a view, then (within a few words) the kind of view
_VERDICT_BAN = re.compile(
    r"\b(?:not|never)\s+(?:[\w-]+,?\s+){0,6}?(?:generate|suggest|produce|issue|state|provide|make|offer|rank|score|recommend|"
    r"display|present|compute|draft|show|assign)\w*\b[^.;]{0,80}?\b(?:recommendations?|determinations?|decisions?|scores?|"
    r"rankings?|opinions?|conclusions?|dispositions?|ratings?|likelihoods?|judge?ments?|classifications?)\b", re.I)
# a ban on issuing the final decision itself ("shall not issue a certification or a denial, and SWA
# staff must make and sign every determination"), which a suggested outcome for staff to decide on
# does not break
_FINAL_ONLY = re.compile(r"^(?:not|never)\s+(?:[\w-]+,?\s+){0,6}?(?:issue|make|render|sign)\w*\b[^.;]*?\b(?:determinations?|"
                         r"decisions?|certifications?|denials?|dispositions?)\b", re.I)
# a feature that gives one: "a suggested disposition", "proposes the disposition", "Firm Integrity Index"
_QUALIFIED = "suggested preliminary proposed recommended provisional predicted".split()
_VERDICTS = "dispositions? classifications? determinations? decisions? outcomes? findings? penalt(?:y|ies) ratings? verdicts?"
_NAMED = "Indicator Signal Index Cue Estimate Rating Score Screen".split()
_VERDICT_FEATURE = re.compile(
    rf"\b(?:{'|'.join(_QUALIFIED)})\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_VERDICTS.split())})\b|"
    rf"\bproposes\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(_VERDICTS.split()[:5])})\b|"
    rf"\b(?-i:(?:[A-Z][\w-]*\s+){{1,3}}(?:{'|'.join(_NAMED)}))\b", re.I)
# words of the ban that say nothing of its subject
_GENERIC = frozenset(terms("system service assistant model tool contractor shall must not never any generate suggest "
                           "produce issue state provide make offer rank score recommend display present compute draft "
                           "show assign recommendation determination decision ranking opinion conclusion disposition "
                           "rating likelihood judgment judgement classification other similar final whether"))


def verdict_feature(req_text: str, units: list[Unit]) -> tuple[Unit, str] | None:
    """The first passage that describes a feature giving the kind of verdict the requirement bans,
    about the subject the ban names (at least one of its own words)."""
    m = _VERDICT_BAN.search(req_text)
    if not m or (_FINAL_ONLY.match(m.group(0)) and not re.search(
            r"\b(?:suggest|recommend|propos|rank|scor|rat)\w*", m.group(0), re.I)):
        return None
    subject = set(terms(req_text[max(0, m.start() - 60):m.end() + 80])) - _GENERIC
    if not subject:
        return None
    for u in units:
        if u.pointer:
            continue
        for sentence in sentences(u.text):
            f = _VERDICT_FEATURE.search(sentence)
            # (a negation governs the feature before it or just after it, "is not shown to the analyst";
            # a label further on, "Ready with conditions, or Not yet ready", negates nothing)
            if not f or NEGATED.search(sentence[:f.start()]) or NEGATED.search(sentence[f.end():f.end() + 40]):
                continue
            if set(terms(u.context or u.text)) & subject:
                return u, (f"the solicitation forbids the system to give such a verdict; the proposal offers one: "
                           f"'{sentence.strip()[:120]}'")
    return None
