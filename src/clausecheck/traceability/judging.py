"""The status of one requirement: conflicts, refusals, safeguards, weak and deferred commitments,
missing elements and thin matches; conflicts stated in nearby passages; kinds of conflict that
reviewers know (``_KINDS``); and the few conflicts looked for anywhere in the proposal."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..extract.lexicon import AGENCY_HEADS
from .coverage import hours_conflict, years_conflict
from .capacity import capacity_conflict, multiple_conflict, platform_conflict, throughput_conflict
from .covered import covered_kept_out, covered_use
from .dates import calendar_date_conflict
from .editions import edition_conflict, wcag_conflict
from .elements import _elements, _missing_elements
from .opposites import opposite_conflict
from .verdicts import verdict_feature
from .matching import (
    ANSWER_FROM,
    CTX_CREDIT,
    FULL_FROM,
    HEDGED_FROM,
    NONE_BELOW,
    SCALE_NEAR,
    _Matcher,
    _Req,
)
from .quantities import (
    _EACH_GROUP,
    _STAGED,
    _TWO_TO_TWELVE,
    _UNIT_HOURS,
    _UNITS,
    _batch_conflict,
    _batch_meets,
    _count_conflict,
    _coverage_start_conflict,
    _duration_conflict,
    _experience_conflict,
    _experience_unstated,
    _number_conflict,
    _rank_conflict,
    _req_thresholds,
    _sample_size_conflict,
    _scaled_count_conflict,
    _scale_conflict,
    _scale_met,
    service_length,
    _subset_conflict,
    _trigger_conflict,
    _unmet_figures,
    _windows_answered,
    _worse,
    _zero_conflict,
    cold_conflict,
    count_unstated,
    detection_size_conflict,
    interval_conflict,
    picks_by_time,
    post_unnamed,
    quantities,
    staged_subset,
)
from .units import Unit
from .vocabulary import _IDENT, _STOP, ADVERB, NEGATED, _requirement_body, _verb_key, clause_around, sentences, terms

# A commitment that is not firm.  "may" and friends count only with the proposer as subject.
_WEAK = re.compile(
    r"\b(?:endeavou?r|strive|attempt\s+to|aim\s+to|seek\s+to|try\s+to|as\s+appropriate|"
    r"where\s+(?:feasible|practicable|possible|applicable|appropriate)|when\s+(?:practical|practicable|feasible)|"
    r"to\s+the\s+extent\s+(?:practicable|possible|feasible)|best\s+efforts?|reasonable\s+efforts?|do\s+(?:our|its|their)\s+best|"
    r"as\s+soon\s+as\s+(?:practicable|practical|feasible|reasonably\s+possible)|"
    r"periodically|from\s+time\s+to\s+time|as\s+needed|if\s+(?:possible|feasible)|promptly|"
    r"in\s+a\s+timely\s+manner|(?-i:prefer(?:s|red)?)|(?:is|are|am)\s+targeting|align\s+with|"
    r"(?:where|when|if)\s+(?:available|applicable)|can\s+be\s+(?:made\s+)?(?:available|provided|shared|arranged)|"
    r"intends?\s+to|plans?\s+to|expects?\s+to|hopes?\s+to|anticipates?|where\s+(?:needed|necessary)|"
    # work in progress toward the standard, not conformance: "being remediated toward WCAG 2.0 Level AA",
    # "designed with accessibility in mind", "issues will be addressed as they are identified"
    r"(?:being\s+)?(?:remediated|progressing|working)\s+towards?|(?:designed|built|developed)\s+with\s+(?:[\w-]+\s+){1,2}?in\s+mind|"
    r"as\s+they\s+are\s+(?:identified|found|discovered)|"
    # "a second site can be added if the Government wishes, subject to schedule and travel funding"
    r"subject\s+to\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:funding|availability|resources)|"
    r"on\s+a\s+(?:regular|periodic|recurring|case-by-case)\s+basis|(?:as\s+)?mutually\s+agreed|only\s+(?:on|upon)\s+request|as\s+requested|"
    r"(?:where|when|if|as)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:allows?|permits?|warrants?)(?!\s+(?:us|the|it|them)\b))\b",
    re.IGNORECASE)
_WEAK_MODAL = r"(?:may|might|could|should|can)"
_DEFER = re.compile(
    r"(?<!days\s)(?<!day\s)(?<!weeks\s)(?<!months\s)(?<!\d\s)(?<!\d)\b(?:after\s+(?:contract\s+)?award|to\s+be\s+(?:determined|defined|agreed)|tbd|"
    r"(?:in\s+)?a\s+(?:later|future|subsequent)\s+(?:release|phase|version|option)|at\s+a\s+later\s+date|"
    r"will\s+follow(?=\s*(?:[.;,)]|$|later\b|once\b|when\b))|not\s+yet|on\s+(?:our|the)\s+(?:product\s+)?roadmap|(?:defined|determined|agreed)\s+(?:with\s+\w+\s+)?(?:later|after)|"
    r"will\s+be\s+(?:settled|decided|finali[sz]ed|worked\s+out)\s+(?:with\s+(?:the\s+)?\w+\s+)?(?:later|after)|"
    r"(?:named|identified|designated|selected|provided)\s+(?:at|upon)\s+(?:contract\s+)?award)\b",
    re.IGNORECASE)
# duties to hand something over, which a cited clause only qualifies ("with unlimited rights, as defined in FAR 52.227-14")
_HANDING_OVER = frozenset(_verb_key(w) for w in ("deliver", "furnish", "grant", "transfer", "license", "give", "submit"))
_NEGATION = re.compile(
    # ("are licensed, not delivered": one act in place of the duty's)
    r"\b(?:(?:will|shall|can|could|do|does|did|would|is|are)\s+not|(?:is|are)\s+[a-z]+ed,\s+(?:but\s+)?not(?=\s+[a-z]+ed\b)|cannot|can't|won't|don't|doesn't|"
    r"declines?\s+to|refus(?:e|es|ed)\s+to|(?:recommend|advise|argue)s?\s+against|(?:is|are)\s+unable\s+to|withholds?|(?:is|are|be|been)\s+withheld|no\s+plans?\s+to|"
    r"takes?\s+exception\s+to|(?:is|are)\s+out\s+of\s+scope|(?:is|are|falls?|lies?)\s+outside\s+(?:the|our)\s+(?:proposed\s+)?scope|"
    r"(?:is|are|remains?|stays?)\s+(?:(?!(?:the\s+)?(?:government|federal|agency|customer)\b)\w+\s+){0,3}"
    r"(?:trade\s+secrets?|intellectual\s+property|property|proprietary))\b",
    re.IGNORECASE)
# a negated verb refuses the duty when it is the duty's own verb or one of giving or doing;
# "staff cannot edit or delete the entries" is a safeguard, not a refusal to keep them
_GIVING = ("provide deliver offer support include perform conduct plan intend commit agree engage hold "
           "run furnish supply grant give make host meet accept guarantee propose produce maintain").split()
# verbs of letting out that refuse only in the proposer's own voice: "we will not release source code" refuses;
# "the assistant cannot release, redact or withhold anything on its own" is a safeguard
_RELEASING = "release share disclose allow permit open expose license".split()
# verbs that do the same act: "will not embed C2PA credentials" declines to attach them
_SAME_ACT = [frozenset(f.split()) for f in (
    "attach embed insert add affix apply stamp include carry bear",
    "build develop create implement construct",
    "accept ingest process handle read load",
    "deliver export provide furnish supply",
    "label mark tag flag annotate",
    "link tie connect associate map track",
    "engage hire contract subcontract employ",
    "maintain obtain seek pursue secure acquire hold renew",
    "publish release post disseminate",
    "destroy purge delete erase wipe sanitize",
)]
_SAME_ACT_KEYS = [frozenset(_verb_key(w) for w in f) for f in _SAME_ACT]
_OWN_VOICE = re.compile(r"\b(?:we|our|us)\b", re.I)
_ACTIVE_NOT = re.compile(r"(?:will|shall|can|could|do|does|did|would)\s+not|cannot|can't|won't|don't|doesn't", re.I)
# ("On that basis", "for that reason", "at that point": a pointing word after a preposition opens no clause)
_SUBORDINATOR = re.compile(
    r"\b(?:(?<!\bon\s)(?<!\bin\s)(?<!\bfor\s)(?<!\bat\s)(?<!\bby\s)(?<!\bof\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\bto\s)"
    r"(?<!\bafter\s)(?<!\bbefore\s)(?<!\bunder\s)that|which|who|whom|whose|if|when|whenever|unless|until|anything|whatever|because|"
    r"although|though|once|while|where|whether|so\s+that)\b", re.IGNORECASE)
# any word of keeping records: "retained", "archive", "stored", "records schedule", "purged after"
_KEEPS_RECORDS = re.compile(r"\b(?:retain\w*|retention|keep\w*|kept|stor(?:e|es|ed|ing|age)|archiv\w*|preserv\w*|hold\w*|held|"
                            r"purg\w*|delet\w*|destr\w*|dispos(?:e|es|ed|ing|al)\b|records?\s+schedules?|NARA|GRS|years?|months?|"
                            r"audit\s+(?:trail|log|store)|log(?:s|ged|ging)?|permanent\w*|remain\w*|record(?:s|ed)?\s+of)\b", re.I)
_KEEPING_BANNED = re.compile(r"\b(?:retain|keep|store|hold|maintain)\b", re.I)
_DELETED = re.compile(r"\b(?:deleted|destroyed|purged|erased|wiped|shredded)\b", re.I)
# a need lifted, not a restriction: "so the specialist does not have to key the change again"
_NO_NEED = re.compile(r"\b(?:(?:does|do|did|will)\s+not|doesn't|don't|won't)\s+(?:have|need)\s+to\b|\bneed\s+not\b|"
                      r"\bno\s+longer\s+(?:has|have|needs?)\s+to\b|"
                      # a condition, not a restriction: "when no registry record scores high enough, ..."
                      r"(?:^|(?<=[.;:]\s))(?:when|if|where|whenever)\s+no\b|"
                      # others' failing, not a restriction: "... on labelers who do not respond"
                      r"\b(?<=\w\s)(?:who|that|which)\s+(?:do|does|did)\s+not\s+(?:respond|reply|answer|comply|"
                      r"return|submit|show|appear|attend|engage)\b", re.I)
_RESTRICTS = re.compile(r"\b(?:not|never|no|none|nothing|neither|nor|zero|only|solely|exclusively|without|prohibit\w*|forbid\w*|"
                        r"refrain\w*|avoid\w*|suppress\w*|strips|redacts|masks|exclud\w*|block\w*|frozen|freez\w*|bar(?:s|red)?|restrict\w*|den(?:y|ies|ied)|"
                        r"cannot|can't|won't|don't|doesn't|isn't|aren't|remains?\s+within|stays?\s+within|"
                        r"(?:inside|within)\s+the\s+(?:continental\s+)?(?:United\s+States|U\.\s?S\.)|"
                        r"at\s+or\s+(?:under|below)|(?:keeps?|kept|holds?|held)\s+(?:[\w-]+\s+){0,3}?(?:under|below|within)|"
                        # "release of any schedule is locked until the coordinator signs off"
                        r"(?:locked|held|blocked|gated|withheld|paused|waits?|stays?|remains?|disabled)\s+(?:[\w-]+\s+){0,4}?until|"
                        # "a command that would open the valve while the pump runs is rejected"
                        r"(?:is|are)\s+(?:\w+ly\s+)?(?:rejected|refused|disallowed)|"
                        # "names ... are removed from report text before any of it is used for model training"
                        r"(?:removed|stripped|deleted|masked|redacted|scrubbed|purged)\s+(?:[\w-]+\s+){0,4}?(?:before|prior\s+to)\s+"
                        r"(?:[\w-]+\s+){0,4}?(?:used|use|training|trained)\b|"
                        # "the assistant is configured to refuse requests for release schedules"
                        r"(?:configured|designed|built|set|trained)\s+to\s+(?:refuse|reject|decline|disallow)|"
                        # "The feature registry refuses, at build time, any column tagged as race"
                        r"refuses|rejects|disallows)\b", re.I)
# a request for a sample of the offeror's output ("provide a sample tier recommendation memo produced by its
# system", "submit audio samples of each proposed voice"); examples of past work are past performance
_SAMPLE_ASKED = re.compile(r"\b(?:provide|submit|include|furnish|deliver)\s+(?:(?:a|an|one|two|three|four|five|ten|\d+)\s+)?"
                           r"(?:(?:redacted|unedited|audio|video)\s+)?(?:samples?|examples?)\b(?!\s+of\s+(?:similar|prior|previous|"
                           r"relevant|comparable|recent|past)\b)(?![^.;]{0,70}\b(?:work|projects?|contracts?|experience|efforts?|"
                           r"engagements?)\b)", re.I)
_SAMPLE_GIVEN = re.compile(r"\b(?:appendix|appendices|annex|exhibit|enclosed|enclosure|attached|included|reproduces?|"
                           r"(?:the\s+)?following|below|see\s+(?:appendix|annex|exhibit))\b|"
                           r"\battachment\s+[\w.-]+\s+(?:contains|holds|includes|reproduces|shows)\b|"
                           # "The table reports the 12-month-ahead results": the sample is in the proposal
                           r"\b(?:the|this)\s+table\s+(?:reports|shows|gives|lists|sets\s+out|presents)\b", re.I)
_RESERVE = re.compile(r"\breserves?\s+the\s+right\s+to\b", re.IGNORECASE)


# ----------------------------------------------------------------------------------------------
# Commitment strength


def _self_names(units: list[Unit], theirs: str = "") -> set[str]:
    """How the proposal names its author: "we", plus names that often precede "will" (but not
    one the solicitation uses, ``theirs``: "SSA will provide test data" names the agency)."""
    names: Counter = Counter()
    for u in units:
        for m in re.finditer(r"\b([A-Z][\w-]+)(?:['’]s\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:will|shall|is|has|commits)\b", u.text):
            names[m.group(1)] += 1
    used = set(re.findall(r"\b[A-Z][\w-]+", theirs))
    return {"we", "our", "us"} | {n.lower() for n, c in names.items() if c >= 2 and n.lower() not in _STOP and n not in used}


def _clause_before(text: str, pos: int, stops: str = ".;") -> str:
    """The text from the last of ``stops`` before ``pos`` up to ``pos``: the clause a word sits in."""
    return text[max(text.rfind(c, 0, pos) for c in stops) + 1:pos]


def _unnegated(text: str, pos: int, stops: str = ".;") -> bool:
    """No negation before ``pos`` in its clause, whether the clause is a main or a relative one
    ("a gateway that forwards images to our cluster" places work there; "no data is sent to our
    cloud" does not)."""
    return not re.search(r"\b(?:not|never|no|nothing|none|without|unlike)\b", _clause_before(text, pos, stops), re.I)


def _main_clause(text: str, pos: int) -> bool:
    """True when position ``pos`` is not inside a subordinate clause of its sentence.  A main clause
    joined by "and will" starts afresh ("follows the guidance when building the workbench and will
    remediate issues where feasible")."""
    return not _SUBORDINATOR.search(_AND_MAIN.split(_clause_before(text, pos, ".;:,"))[-1])


_AND_MAIN = re.compile(r"\b(?:and|but)\s+(?:(?:we|it|they|the\s+contractor)\s+)?(?:will|shall|must)\b", re.I)


def _duty_verb(req_text: str) -> str | None:
    """The verb of the duty: "The Contractor shall promptly deliver ..." -> "deliver"."""
    m = re.search(r"\b(?:shall|must|will|required\s+to)\s+(?:" + ADVERB + r")?(?:be\s+(?:" + ADVERB + r")?(?=\w+(?:ed|en|wn)\b))?(\w+)",
                  req_text, re.I)
    if m:
        return m.group(1)
    # an item of a "shall:" list starts with its verb: "(b) attach a citation to every sentence ..."
    m = re.match(r"\s*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:not\s+)?([a-z]{3,})\s+[a-z]", req_text)
    verb = m.group(1) if m else ""
    return verb if verb and not verb.endswith(("ing", "ed", "ly")) and (verb.endswith("ss") or not verb.endswith("s")) \
        else None


_ALSO_DONE = re.compile(r"\b(?:shall|must|will)\s+be\s+(?:[^.;]*?\band\s+)(?:\w+ly\s+)?(\w+(?:ed|en|wn))\b", re.I)


def _quoted(text: str, pos: int) -> bool:
    """``pos`` lies inside quotation marks ("separates mandatory formulations ("shall", "shall not")")."""
    before = text[:pos]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


# a sentence that opens with its condition: "If the retrieved passages do not support an answer, ..."
# ("If awarded, we will not ..." is no condition on the work)
_OPENING_CONDITION = re.compile(r"\s*(?:if|when|whenever|where|unless|should|once|until)\b"
                                r"(?!\s+(?:awarded|selected|chosen|we\s+are\s+(?:awarded|selected)))[^.;]*,", re.I)


# duties whose act is itself to keep something back: "suppress any figure for a small zone", "set aside
# 20 percent of the units", "hold out a test set"
_HOLD_BACK = re.compile(r"\b(?:suppress\w*|withh\w*|set\s+aside|hold\s+(?:out|back)|held\s+(?:out|back)|redact\w*|mask\w*|"
                        r"exclud\w*|sequester\w*|reserv\w*)\b", re.I)


# a later step promised for what is not done yet: "we will consider adding them after award"
_LATER = re.compile(r"\b(?:after\s+award|will\s+(?:consider|evaluate|add|build|extend)|plans?\s+to\s+add|in\s+a\s+(?:later|future)\s+"
                    r"(?:release|version|phase)|(?:later|future)\s+releases?)\b", re.I)


# a sentence's subject: a noun and its relative clause, "Manipulation that uses one contract to move ..."
_RELATIVE_SUBJECT = re.compile(r"^\s*(?:[A-Z][\w-]*)(?:\s+[a-z][\w-]*){0,2}\s+(?:that|which|who)\s+[a-z]+s\b[^,;:]*$")


def _refusal(req: _Req, resp: str) -> str | None:
    for m in _NEGATION.finditer(resp):
        # (a subject with a relative clause of its own is still the subject: "Manipulation that uses one
        # contract to move a related contract ... is outside the scope of this offer")
        subject = re.match(r"(?:is|are)\b", m.group(0), re.I) and _RELATIVE_SUBJECT.search(_sentence_before(resp, m.start()))
        if not (_main_clause(resp, m.start()) or subject) or _quoted(resp, m.start()):
            continue
        if _OPENING_CONDITION.match(resp[max(resp.rfind(c, 0, m.start()) for c in ".;") + 1:m.start()]):
            continue   # "If nothing supports an answer, the assistant does not produce one" is a gate
        if m.group(0).lower().startswith("withh") and \
                re.search(r"\b(?:not|cannot|never|no)\b", _clause_before(resp, m.start()), re.I):
            continue   # "cannot release, redact or withhold any record on its own": a negated withholding
        if "withh" in m.group(0).lower() and _HOLD_BACK.search(req.ob.text):
            continue   # "withholds any figure for a zone under 2,500 square feet" does what "suppress ..." asks
        tail = resp[m.end(): m.end() + 120]
        if re.match(r"\s*yet\b", tail) and _LATER.search(resp[m.end():m.end() + 200].split(".")[0]):
            continue   # "not yet built into OncoAbstract; we will consider adding them after award": a deferral
        tail = re.split(r"[.;]", tail)[0]
        if re.match(r"\s*(?:meant|intended|designed|suitable|suited|validated)\s+(?:for|to)\b", tail, re.I):
            continue   # a model card stating "what it is not meant for" describes limits of use
        if re.match(r"\s*(?:" + ADVERB + r")?\w+\s+(?:with\s+|to\s+|from\s+)?any\s+(?:[\w-]+\s+){0,3}?(?:that|who|whose|which)\b", tail, re.I):
            continue   # "will not contract with any evaluator that has worked for us": a class ruled out, not the duty
        if re.search(r"\b(?:if|unless|until)\b", tail) or \
                (m.group(0).lower().startswith("refus") and re.search(r"\b(?:whose|that|which|without)\b", tail)):
            # "refuses to load any package whose signature does not verify" is a gate too
            continue  # "the release does not ship if recall falls below 0.98" is a gate, not a refusal
        if re.match(r"\s*(?:feasible|practical|practicable|possible|efficient|workable)\b[^.;]{0,40}?\b(?:so|therefore|"
                    r"thus|instead)\b", tail, re.I):
            continue   # "comparing every pair is not feasible, so we use blocking keys": why, then what is done
        passive = re.match(r"\s*(?:be\s+|been\s+)?(\w+(?:ed|en|wn))\b", tail)
        passive = passive if passive and (passive.group(0).lstrip().startswith("be") or
                                          re.match(r"(?:is|are)\b", m.group(0), re.I)) else None
        duty = _duty_verb(req.ob.text)
        if passive:
            # "shall be delivered ... and released under an open license": each participle is a duty
            duties = ({duty} if duty else set()) | set(_ALSO_DONE.findall(req.ob.text))
            # ("not exported" refuses a duty to deliver: the same act in other words)
            keys = {_verb_key(d) for d in duties}
            duties |= {w for f, fk in zip(_SAME_ACT, _SAME_ACT_KEYS) if keys & fk for w in f}
            if not duties or not set(terms(passive.group(1))) & set(terms(" ".join(duties))):
                continue  # "entries cannot be altered", "a filing is not rejected automatically": a safeguard
        # (the compliance must be in the declining clause: "We do not use, and will not provide, any covered
        # ... equipment or services, and we will comply with FAR 52.204-25" complies, as does "does not
        # provide or use any covered ... services and will comply with FAR 52.204-25", or "... and
        # complies with FAR 52.204-25")
        if req.idents and not re.search(r"\bcompl", re.split(r",\s*(?:and|but|so)\s+(?:we|it|the)\b|\s+and\s+(?:will|shall|does|do|complies|comply|is\s+compliant)\b", tail)[0], re.I) and \
                (not duty or _verb_key(duty) not in _HANDING_OVER):
            # "we do not use covered equipment" complies with a clause that prohibits it (a duty to
            # deliver "with unlimited rights, as defined in FAR 52.227-14" is still a duty to deliver)
            continue
        if _ACTIVE_NOT.fullmatch(m.group(0)) and not passive:   # ("will not be released": the duty's own participle)
            verb = re.match(r"\s*(?:" + ADVERB + r")?(\w+)", tail)
            same = [w for f in _SAME_ACT if duty and duty.lower() in f for w in f]
            allowed = {_verb_key(w) for w in _GIVING + ([duty] if duty else []) + same}
            head_clause = _clause_before(resp, m.start(), ".;,")
            if _OWN_VOICE.search(head_clause):
                allowed |= {_verb_key(w) for w in _RELEASING}
            # "we do not intend to end those contracts": the verb after "intend to" is what is declined
            then = re.match(r"\s*(?:" + ADVERB + r")?(?:intend|plan|propose|expect|agree|commit|offer|undertake)\s+to\s+"
                            r"((?:[\w-]+\s+){0,4}[\w-]+)", tail, re.I)
            if then:
                # "we do not plan to calibrate them" declines the "calibrated probability" asked for
                # (a participle of the requirement: "At the end of the contract" asks no ending)
                asked = {_verb_key(w) for w in re.findall(r"\b[A-Za-z]{3,}(?:ed|ing)\b", _requirement_body(req.ob.text))}
                declined = {_verb_key(w) for w in then.group(1).split()}
                if not declined & (allowed | asked):
                    continue   # ("do not plan to go back and rescreen" still declines to rescreen)
            if verb and _verb_key(verb.group(1)) not in allowed:
                continue
        head = _clause_before(resp, m.start())
        weight = _share(req, set(terms(tail)) | set(terms(head)))
        # "Model weights are our trade secrets" refuses one of the things the requirement lists
        subject = set(terms(head))
        listed = [set(terms(x)) for x in _elements(_requirement_body(req.ob.text))]
        # "prompts and rule configurations are proprietary": some of the listed items are withheld
        item = bool(subject) and bool(listed) and (any(subject <= ts for ts in listed) or
                                                   (subject <= set().union(*listed) and len(subject) >= 2))
        # "source code and model files ... are not delivered": the duty's own verb refused for
        # things the requirement names
        item = item or (passive is not None and len(subject & set(terms(_requirement_body(req.ob.text)))) >= 2)
        if weight >= 0.2 or item:
            return f"the proposal declines: '{resp[m.start():m.end() + len(tail)].strip()[:120]}'"
    return None


_APPROVAL_BEFORE = re.compile(r"\b(?:approv\w*|notif\w*|notice|inform\w*)\b[^.;]{0,100}?\b(?:before|prior\s+to)\b|"
                              r"\bprior\s+(?:written\s+)?(?:approv|notice|notif)", re.I)
# a change forbidden "without written approval from the COR" needs the approval first as well
_APPROVAL_WITHOUT = re.compile(r"\bnot\s+[^.;]{0,80}?\bwithout\s+(?:the\s+)?(?:(?:express|prior|advance)\s+)?(?:written\s+)?"
                               r"(?:approv|consent|authori[sz])", re.I)
_AFTER_THE_FACT = re.compile(r"\b(?:after|once|following)\s+(?:it|they|(?:the|each|a|an|any|every)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*"
                             r"(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+)?"
                             r"(?:goes?\s+live|went\s+live|deploy\w*|released|roll(?:ed|s)?\s+out|"
                             r"placed\s+in(?:to)?\s+production|in\s+production|promot\w*|install\w*)|"
                             r"\b(?:after|following)\s+(?:the|each|any|a|every)\s+(?:[\w-]+\s+)?"
                             r"(?:move|change|switch|upgrade|update|replacement|migration|cutover|deployment|release|"
                             r"promotion|roll-?out|go-live)\b|"
                             r"\b(?:in|with|at)\s+the\s+(?:next|following)\s+(?:[\w-]+\s+){0,3}(?:report|meeting|review|briefing)\b|"
                             # "summarized in the monthly report that follows", "listed in the status report
                             # for the month in which they take place"
                             r"\b(?:report|meeting|review|briefing|summary)\s+(?:that|which)\s+follows\b|"
                             r"\b(?:report|review|summary)\s+(?:for|of)\s+the\s+(?:month|quarter|week|period)\s+in\s+which\s+"
                             r"(?:it|they|the\s+[\w-]+|each\s+[\w-]+)\s+(?:takes?\s+place|took\s+place|occurs?|occurred|"
                             r"(?:is|are|was|were)\s+made)\b|"
                             r"\b(?:in|through)\s+(?:the\s+|our\s+)?release\s+notes\b|"
                             r"\bon\s+the\s+(?:same\s+)?day\s+(?:that\s+)?(?:(?:the|each|a|any)\s+(?:[\w-]+\s+)?(?:release|change|update|version|"
                             r"model)|it|they)\s+(?:is|are|goes|go|has\s+been|have\s+been)\s+(?:deployed|released|live|promoted)",
                             re.I)


_APPROVAL_GIVEN = re.compile(r"\b(?:approv\w*|sign[\s-]?off|consent|authori[sz]\w*)\b[^.;]{0,80}\b(?:before|prior\s+to|until)\b|"
                             r"\b(?:before|prior\s+to|until|without|unless)\b[^.;]{0,80}\b(?:approv\w*|sign[\s-]?off|consent|"
                             r"authori[sz]\w*)\b|\bprior\s+(?:written\s+)?approv", re.I)


_TELLS = re.compile(r"\b(?:inform|notif|notice|told|tell|announc|describ|list|document|summari|explain|communicat)\w*", re.I)


_IN_PLACE_OF = re.compile(r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of|in\s+lieu\s+of)\s+([^.;,:()]{6,160})", re.I)


def _share(req: _Req, found) -> float:
    """The part of the requirement's weight that the terms ``found`` carry."""
    return sum(req.weights[t] for t in set(found) & set(req.weights)) / req.total


def _carries(req: _Req, found, part: float) -> bool:
    """``found`` holds two or more of the requirement's terms, carrying ``part`` of its weight."""
    return len(set(found) & set(req.weights)) >= 2 and _share(req, found) >= part


_ONLY_WAY = re.compile(r"\bonly\s+(?:through|via|by|using|in|from|on|within)\s+([^.;]{6,160}?)(?=\s+and\s+(?:never|not)\b|[.;,]|$)",
                       re.I)


def _only_way_set_aside(req: _Req, resp: str) -> str | None:
    """A requirement that names the only permitted way ("submit updates only through the Government's
    batch posting interface and never by writing to the title database directly"); the answer sets
    that way aside ("written straight into the title database ... rather than queued for the
    Government's nightly batch posting").  What is set aside must carry two of the permitted way's
    own words; setting aside the forbidden way is compliance."""
    way = _ONLY_WAY.search(req.ob.text)
    if not way:
        return None
    rest = req.ob.text[:way.start()] + " " + req.ob.text[way.end():]
    only = set(terms(way.group(1))) - set(terms(rest))
    for m in _IN_PLACE_OF.finditer(resp):
        if len(set(terms(m.group(1))) & only) >= 2:
            return f"the proposal sets aside the only permitted way: '{m.group(0).strip()[:120]}'"
    return None


def _substitution(req: _Req, resp: str) -> str | None:
    """The answer offers something else in place of what the requirement asks: "Rather than
    writing to ORM2 through the interface in Attachment J-4, we propose a nightly export file".
    What is set aside must carry the requirement's own words (two terms or more, a quarter of its
    weight); what the requirement itself sets aside ("... instead of routing it automatically")
    does not count."""
    if (clash := _only_way_set_aside(req, resp)) is not None:
        return clash
    if req.ob.modality == "prohibition":
        return None
    own = set()
    for m in _IN_PLACE_OF.finditer(req.ob.text):
        own |= set(terms(m.group(1)))
    if (way := _ONLY_WAY.search(req.ob.text)) is not None:
        own |= set(terms(req.ob.text[way.end():]))   # "... and never by writing to the database directly"
    purposes = [p.span() for p in _SO_THAT.finditer(resp)]
    for m in _IN_PLACE_OF.finditer(resp):
        if any(s <= m.start() < e for s, e in purposes):
            continue   # "... so that engineers receive a steady flow rather than a large monthly batch": a purpose
        if _carries(req, set(terms(m.group(1))) - own, 0.25):
            return f"the proposal offers something else in place of what is required: '{m.group(0).strip()[:120]}'"
    return None


# the answer leaves out what the duty keeps or shows: "raw NOTAM text is dropped from the
# briefing package" against "present the original NOTAM text next to its summary"
_KEEPING = re.compile(r"\b(?:shall|must|will|required\s+to)\s+(?:\w+ly\s+)?(?:include|present|show|display|retain|keep|"
                      r"preserve|deliver|carry|export|list|store|provide)\b", re.I)
_LEFT_OUT = re.compile(r"\b(?:is|are|will\s+be|gets?|get|being)\s+(?:\w+ly\s+)?(?:dropped|omitted|excluded|discarded|"
                       r"stripped\s+out|left\s+out)\b", re.I)


def _omission(req: _Req, resp: str) -> str | None:
    """The answer says the thing the duty keeps or shows is left out; its subject must carry the
    requirement's own words (two terms or more, a fifth of its weight)."""
    if req.ob.modality == "prohibition" or not _KEEPING.search(req.ob.text):
        return None
    for m in _LEFT_OUT.finditer(resp):
        if not _unnegated(resp, m.start()):
            continue
        subject = _clause_before(resp, m.start(), ".;,")
        if _carries(req, terms(subject), 0.2):
            return f"the proposal leaves out what is required: '{(subject + resp[m.start():m.end()]).strip()[:120]}'"
    return None


# what the offer leaves out of its price: "offered as an optional enhancement in Option Period 1 at a
# separate price", "would require a third node, which is not included in our price"
_EXTRA_COST = re.compile(r"\boptional\s+(?:enhancement|add-?on|upgrade|extension)s?\b|"
                         r"\bat\s+(?:an\s+)?(?:additional|extra|separate)\s+(?:cost|price|charge|fee)\b|"
                         r"\b(?:priced|quoted|billed|sold)\s+separately\b|"
                         r"\bnot\s+included\s+in\s+(?:our|the|this)\s+(?:quotation|quote|proposal|price|pricing|offer|base)\b",
                         re.I)


def _extra_cost(req: _Req, block: str) -> str | None:
    """A sentence that keeps what the requirement asks for out of the offered price."""
    for m in _EXTRA_COST.finditer(block):
        sentence = clause_around(block, m.start(), m.end())
        if re.search(r"\bat\s+no\s+(?:added|additional|extra)\s+(?:cost|charge)\b", sentence, re.I):
            continue   # "an optional module at no added cost" is offered
        if _share(req, set(terms(sentence))) >= 0.2:
            return f"the proposal leaves it out of the offered price: '{sentence.strip()[:120]}'"
    return None


# a new model goes into use by itself: "retrains are promoted automatically once they pass our
# regression gate", "these updates go live automatically without a separate approval step"
_AUTO_DEPLOYED = re.compile(
    r"\b(?:deploy\w*|push\w*|install\w*|released?|promot\w*|go(?:es)?\s+live|goes\s+into\s+production|roll(?:s|ed)?\s+out|"
    r"refit\w*|retrain\w*|recalibrat\w*|refresh\w*|replaced?|swapped|updated?|placed)\b[^.;]{0,80}?\b(?:automatically|"
    r"without\s+(?:\w+\s+){0,3}?(?:approval|sign[\s-]?off|waiting))\b|"
    r"\bautomatically\b[^.;]{0,60}?\b(?:deploy\w*|push\w*|install\w*|released?|promot\w*|refit\w*|retrain\w*)\b", re.I)
_MODEL_CHANGE = re.compile(r"\b(?:models?|versions?|updates?|retrains?|refits?|releases?|polic(?:y|ies)|weights|ensemble|"
                           r"classifier|scorer|baselines?)\b(?!\s+(?:[\w-]+\s+)?(?:scores?|agreement|confidence|outputs?|predictions?))",
                           re.I)
_APPROVAL_KEPT = re.compile(r"\b(?:require|requires|need|needs|after|until|once)\s+(?:\w+\s+){0,4}?(?:approv\w*|sign[\s-]?off|"
                            r"consent|authori[sz]\w*)|\b(?:not|never|no)\b[^.;]{0,60}\bwithout\b", re.I)


def _deployed_unapproved(resp: str) -> str | None:
    """A passage that puts a new model, version or update into use by itself, with no one's
    approval in the same sentence."""
    for sentence in sentences(resp):
        m = _AUTO_DEPLOYED.search(sentence)
        if not m or not _MODEL_CHANGE.search(sentence[max(0, m.start() - 50):m.end()]) or _APPROVAL_KEPT.search(sentence):
            continue
        if re.search(r"\b(?:not|never|no)\b", _clause_before(sentence, m.start()), re.I):
            continue
        if re.match(r"automatically\s+(?:at|after|on|upon|with|before|for)\s+(?:each|every|the|a|any)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:release|deployment|promotion|update|install\w*)\b", m.group(0), re.I):
            continue   # "Scoring runs automatically at each model release": what happens at a release, not the release
        return sentence.strip()
    return None


# approval by the vendor's own body is no approval by the Government: "approved by Tessellate's Model
# Risk Committee, and the Contracting Officer is informed at the next quarterly review"
_OWN_APPROVAL = re.compile(r"\bapproved\s+(?:internally\s+)?by\s+(?:our|its|the\s+vendor['’]s|[A-Z][\w-]*['’]s)\s+"
                           r"(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:committee|board|team|group|lead|manager|officer|council)\b", re.I)


_PERSONNEL = re.compile(r"\b(?:personnel|key\s+persons?|key\s+staff|staff(?:ing)?|team\s+members?|employees?)\b", re.I)


def _approval_after(req_text: str, resp: str, context: str | None = None) -> str | None:
    """Approval required before a change, answered by notice after it ("the COR receives a
    written summary within five business days after it goes live").  Where approval is asked only
    by "not ... without approval", the passage's paragraph (``context``) must speak of what is
    changed: release notes on webinar recordings are no notice of a model change, nor a model's
    release note of a payment demand issued."""
    without = not _APPROVAL_BEFORE.search(req_text) and bool(_APPROVAL_WITHOUT.search(req_text))
    if without and not _speaks_of(req_text, context or resp, _CHANGE_WORDS | _REVIEW_WORDS):
        return None
    # ("before-and-after accuracy" is a comparison, not a time)
    if not (without or _APPROVAL_BEFORE.search(req_text)) or \
            re.search(r"\bbefore\b(?!-and-after)|\bprior\s+to\b|\bin\s+advance\b", resp, re.I) \
            or _APPROVAL_GIVEN.search(resp) or (re.search(r"\bapprov", resp, re.I) and not _OWN_APPROVAL.search(resp)):
        return None
    if bool(_PERSONNEL.search(req_text)) != bool(_PERSONNEL.search(resp)):
        return None   # notice of a model change is not notice of a change of key personnel
    m = _AFTER_THE_FACT.search(resp)
    if m and m.group(0).lower().startswith("in the release notes"):
        clause = _clause_before(resp, m.start())
        if not _TELLS.search(clause):
            m = None   # "the scores are included in the release notes": a report, not the notice of a change
    if m:
        return f"approval or notice is required before the change; the proposal informs after it: '{m.group(0)}'"
    return None


# "a team that took no part in building it", "who had no role in"
_NO_PART = r"(?:took|takes|had|has)\s+no\s+(?:part|role)\s+in"
_INDEPENDENT = re.compile(r"(?:\b(?:independent|third[\s-]party)\b[^.;]{0,60}|\b(?:external|outside)\b[^.;]{0,40})"
                          r"\b(?:red[\s-]?team\w*|test\w*|assess\w*|evaluat\w*|audit\w*|validat\w*|verif\w*)|"
                          r"\b(?:red[\s-]?team\w*|test\w*|assess\w*|evaluat\w*|audit\w*)"
                          r"[^.;]{0,40}\b(?:independent|third[\s-]party)\b", re.I)
# the vendor's developers themselves, or a team that is plainly its own
_OWN_TEAM = re.compile(r"\b(?:our|its|the\s+[\w-]+|[A-Z][\w-]*['’]s)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:development|engineering|product|internal|in-house|"
                       r"data\s+science|delivery|ml|modell?ing)\s+(?:[\w-]+\s+)?(?:team|staff|engineers|group)\b|\bin-house\b|"
                       r"\b(?:our|its|[A-Z][\w-]*['’]s)\s+own\s+(?:[\w-]+\s+){0,3}?(?:team|group|staff|engineers|developers|"
                       r"practice|unit|cell|division|department)\b|\bthe\s+same\s+(?:[\w-]+\s+){0,3}?(?:team|group|staff|engineers)\b|"
                       # "the vision engineers who build EndorseIQ run the red-team exercise themselves"
                       r"\b(?:engineers|developers|data\s+scientists|modell?ers|team|staff)\s+who\s+(?:build|built|develop|"
                       r"developed|train|trained|design|designed)\b", re.I)
# a named group of the vendor's ("our Corporate Assurance group"): its own, but perhaps kept apart from development
_OWN_GROUP = re.compile(r"\b(?:our|its|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){1,3}?(?:team|group|unit|cell|practice|division|"
                        r"department)\b", re.I)
_SEPARATED = re.compile(r"\bseparate\b|\bno\s+(?:[\w-]+\s+){0,3}?(?:developers|engineers|role|reporting\s+line)\b|"
                        r"\bnone\s+of\s+its\s+(?:members|staff)\b|\bindependent\s+of\b|\bnot\s+(?:to\s+)?the\s+(?:program|project|"
                        r"delivery|development)\b|\brather\s+than\s+(?:to\s+)?the\s+(?:program|project|delivery|development)\b|"
                        r"\b(?:did|does|do)\s+not\s+(?:build|develop|write|work\s+on)\b|"
                        # "a data scientist who was not part of that model's development team"
                        r"\b(?:was|were|is|are)\s+not\s+(?:a\s+)?part\s+of\b|\b" + _NO_PART + r"\b", re.I)
_THIRD_PARTY = re.compile(r"\b(?:third[\s-]party|external|outside)\b|\b(?:subsidiar\w*|affiliate\w*)\b", re.I)
_APART_FROM = re.compile(r"(?:\b(?:no|not|never|none)\b[^.;,]{0,30}|\b(?:separate|apart|independent|away)\s+(?:from|of)\s+|"
                         r"\boutside\s+(?:of\s+)?)$", re.I)


_OUTSIDE_UNIT = re.compile(r"(?:outside|independent\s+of)\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,3}?(?:teams?|groups?|units?|"
                           r"program|project|products?|development|line)\b", re.I)
_OUTSIDE_WORD = re.compile(r"\b(?:independent|third[\s-]party|external|outside)\b", re.I)
# "red-teamed by staff who did not take part in building the model"
# "an annual validation of the model performed by a team that took no part in building it"
_NO_ROLE = re.compile(r"\b(?:red[\s-]?team\w*|test\w*|assess\w*|evaluat\w*|audit\w*|validat\w*)\b[^.;]{0,80}\b(?:no\s+role\s+in|"
                      r"not\s+(?:been\s+)?involved\s+in|did\s+not\s+take\s+part\s+in|" + _NO_PART + r"|"
                      r"separate\s+from|independent\s+of)"
                      r"\b[^.;]{0,40}\b(?:build\w*|develop\w*|train\w*|design\w*)", re.I)


def _outside_testers(block: str) -> bool:
    """The answer says, in its own voice, that outsiders test.  "We do not plan to bring in an
    outside firm" and "better placed than an outside firm" say the opposite."""
    for m in _OUTSIDE_WORD.finditer(block):
        clause = _clause_before(block, m.start())
        if _OUTSIDE_UNIT.match(block, m.start()):
            continue   # "a group that sits outside the product team": apart inside the firm, no outsider
        if re.search(r"\b(?:not|never|no|nothing|none|without|than)\b(?:\s+[\w-]+){0,3}\s*$", clause, re.I) or \
                re.search(r"\b(?:not|never|no)\b", clause, re.I):
            continue
        return True
    return False


_GOV = r"(?:COR|CO|Contracting\s+Officer(?:['’]s\s+Representative)?|Government|agency)"
_GOV_APPROVAL = re.compile(r"\b(?:approv\w*|consent|authori[sz]ation|sign-?off)\s+(?:from|of|by)\s+(?:the\s+)?" + _GOV + r"\b|"
                           r"\b" + _GOV + r"['’]s\s+(?:prior\s+)?(?:written\s+)?(?:approval|consent|authori[sz]ation)\b")
_OWN_APPROVER = re.compile(r"\b(?:approv(?:al|ed)|sign-?off|authori[sz](?:ation|ed))\s+(?:by|of|from)\s+"
                           r"(?P<who>our|its|(?:the\s+)?[A-Z][\w-]*['’]s)\s+(?:own\s+)?(?:internal\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?i:board|committee|team|lead|manager|group|council|director|officer)\b")
_GOV_APPROVES = re.compile(r"\b" + _GOV + r"\b[^.;]{0,40}\b(?:approv\w*|consent\w*|sign\w*\s+off)|"
                           r"\b(?:approv\w*|consent|sign-?off)\b[^.;]{0,40}\b" + _GOV + r"\b")


def _own_approver(req_text: str, block: str) -> str | None:
    """The Government must approve ("written approval from the COR before promoting any retrained
    model"); the answer has the vendor approve it ("after approval by Meridale's internal Change
    Advisory Board, and the COR receives the release notes")."""
    if not _GOV_APPROVAL.search(req_text) or _GOV_APPROVES.search(block):
        return None
    for m in _OWN_APPROVER.finditer(block):
        who = re.sub(r"^the\s+|['’]s$", "", m.group("who"))
        # (an agency's own board, "DHS's Change Advisory Board", is the Government's)
        if who.lower() in ("our", "its") or (who not in req_text and not re.fullmatch(_GOV, who, re.I) and
                                             not re.fullmatch(r"[A-Z]{2,6}", who)):
            return f"the solicitation requires the Government's approval; the proposal has it approved by its own people: '{m.group(0)}'"
    return None


_AUTHORIZED_ASKED = re.compile(r"\bFedRAMP\b[^.;]{0,40}\bauthori[sz]\w*|\bauthori[sz]\w*\s+(?:at\s+)?(?:the\s+)?FedRAMP\b|"
                               r"\bFedRAMP\s+(?:Low|Moderate|High|Li-SaaS)\s+(?:ATO|P-?ATO)\b", re.I)
_NOT_YET = re.compile(r"\bFedRAMP[\s-]+(?:Ready|In[\s-]Process)\b|"
                      r"\b(?:seeking|pursuing|in\s+the\s+process\s+of\s+(?:seeking|obtaining|pursuing)|working\s+toward|"
                      r"plans?\s+to\s+(?:seek|obtain|pursue)|expects?\s+to\s+(?:obtain|receive|achieve))\s+(?:an?\s+|its\s+)?"
                      r"(?:agency\s+|JAB\s+|FedRAMP\s+)?(?:(?:Low|Moderate|High)\s+)?(?:authori[sz]ation|ATO|P-?ATO)\b", re.I)


# vetting required before work or access: "complete a background investigation ... before being
# granted access", "favorably adjudicated before starting work"
_VETTED_FIRST = re.compile(r"\b(?:background\s+investigations?|background\s+checks?|suitability|clearances?|adjudicat\w*|"
                           r"fingerprint\w*)\b[^.;]{0,120}\b(?:before|prior\s+to)\b|"
                           r"\b(?:before|prior\s+to)\b[^.;]{0,80}\b(?:background\s+investigations?|suitability|clearances?)\b",
                           re.I)
# the answer lets work start while it is still under way
_VETTING_PENDING = re.compile(r"\b(?:interim|provisional|temporary)\s+(?:access|clearances?|approvals?|suitability)\b|"
                              r"\bwhile\s+(?:[\w-]+\s+){0,8}?(?:(?:is|are)\s+)?(?:pending|being\s+(?:processed|adjudicated|"
                              r"completed|conducted)|in\s+process|under\s*way)\b", re.I)


def _vetting_pending(req_text: str, block: str) -> str | None:
    """Staff must be vetted before they start; the answer starts them while the vetting is under
    way ("staff begin work under interim access while their background investigations are being
    processed")."""
    if not _VETTED_FIRST.search(req_text):
        return None
    m = _affirmed(_VETTING_PENDING, block, ".;")
    return f"the solicitation requires vetting first; the proposal starts work before it is complete: '{m.group(0)}'" if m else None


def _not_yet_authorized(req_text: str, block: str) -> str | None:
    """A FedRAMP authorization is required; the answer's service is only on its way to one
    ("listed as FedRAMP Ready and in the process of seeking an agency authorization")."""
    if not _AUTHORIZED_ASKED.search(req_text) or not re.search(r"\bFedRAMP\b", block, re.I):
        return None
    # (said of the service in a relative clause too: "a platform, which is listed on the FedRAMP
    # Marketplace as FedRAMP Ready at the Moderate level")
    m = _affirmed(_NOT_YET, block, ".;") or next(
        (m for m in _NOT_YET.finditer(block) if re.match(r"FedRAMP", m.group(0), re.I) and
         not re.search(r"\b(?:not|never|no|nothing|none|without)\b", _clause_before(block, m.start(), ".;"), re.I)), None)
    return f"the solicitation requires a FedRAMP authorization; the proposal's service has none yet: '{m.group(0)}'" if m else None


# where the work must be hosted, by whose name: "host all components in the SEC's AWS GovCloud (US)
# accounts", "host the system within WAPA's on-premises operational technology enclave"
_PLACES = (r"(?:accounts?|tenan(?:t|cy)|enclaves?|environments?|data\s+cent(?:er|re)s?|networks?|infrastructure|"
           r"clouds?|subscriptions?|premises|servers?|regions?)")
_HOSTED_IN_OWN = re.compile(r"\b(?:host|hosted|hosting|deploy|deployed|run|runs|operate|operated|install|installed|reside|resides|"
                            r"kept|stored)\b[^.;]{0,60}?\b(?:in|within|inside|on)\s+(?:the\s+)?(?P<owner>[A-Z][\w&.-]*)['’]s?\s+"
                            r"(?:(?:own|[\w-]+|\([^)]{1,12}\))\s+){0,5}?" + _PLACES + r"\b")
# the agency's place named by its acronym: "host the assistant ... inside the CDC Cloud boundary"
_HOSTED_IN_AGENCY = re.compile(r"\b(?:host|hosted|hosting|deploy|deployed|run|runs|operate|operated|install|installed|reside|"
                               r"resides)\b[^.;]{0,80}?\b(?:in|within|inside)\s+(?:the\s+)?(?P<owner>[A-Z]{2,6})\s+"
                               r"(?:[A-Z][\w-]*\s+){0,2}?(?:cloud|Cloud|environment|enclave|tenant|tenancy|account|boundary|"
                               r"data\s+cent(?:er|re))s?\b")
# (a cloud named for its maker is the vendor's, not the agency's: "in the AWS GovCloud region")
# (nor is the proposer's own: "the Contractor's environment")
_NOT_AN_OWNER = frozenset("AWS GCP IBM OCI MS SAP Contractor Contractors Offeror Vendor".split())
# the answer's own place: "delivered as a managed service from Kestrel's own AWS GovCloud (US) environment"
_SERVED_FROM = re.compile(r"\b(?:from|in|on|within)\s+(?P<owner>[A-Z][\w&.-]*|our)(?:['’]s)?\s+(?:own\s+)?"
                          r"(?:(?:[\w-]+|\([^)]{1,12}\))\s+){0,5}?" + _PLACES + r"\b")
_RUNS_IN_OWN = re.compile(r"\b(?:runs?|running|hosted|resides?|operates?|deployed)\s+(?:entirely\s+|only\s+)?(?:in|on|within|from)\s+"
                          r"(?P<owner>[A-Z][\w&.-]*)['’]s\s+(?:own\s+)?(?:(?:[\w-]+|\([^)]{1,12}\))\s+){0,5}?" + _PLACES + r"\b")
_AS_A_SERVICE = re.compile(r"\b(?:as\s+(?:a\s+)?(?:software\s+as\s+a\s+service|SaaS|(?:fully\s+)?managed\s+service|hosted\s+service)|"
                           r"delivered\s+as\s+a\s+service)\b", re.I)


# "deploy the BMR within the Government-furnished Navy commercial cloud enclave"
_IN_FURNISHED = re.compile(r"\b(?:host|hosted|deploy|deployed|run|operate|operated|install|installed)\b[^.;]{0,60}?"
                           r"\b(?:in|within|inside|on)\s+(?:the\s+)?(?:Government|agency)[\s-](?:furnished|provided|owned)\s+"
                           r"(?:[\w-]+\s+){0,4}?" + _PLACES + r"\b", re.I)
# "will be hosted in Lanyard's own Impact Level 4 authorized tenancy"
_IN_OWN = re.compile(r"\b(?:hosted|deployed|run|runs|operated|installed|resides?)\s+(?:[\w-]+\s+){0,3}?(?:in|within|on)\s+"
                     r"(?P<owner>[A-Z][\w&.-]*|our)(?:['’]s)?\s+own\s+(?:(?:[\w-]+|\([^)]{1,12}\))\s+){0,5}?" + _PLACES + r"\b")


def _owner_conflict(req_text: str, block: str) -> str | None:
    """The work must run in the agency's own environment; the answer serves it from the vendor's
    ("a managed service from Kestrel's own AWS GovCloud (US) environment", "software as a service
    from Keystone's FedRAMP Moderate authorized cloud environment"), or hosts it in the vendor's
    own place where the Government furnishes one ("hosted in Lanyard's own Impact Level 4
    authorized tenancy" against "within the Government-furnished Navy commercial cloud enclave")."""
    if _IN_FURNISHED.search(req_text):
        for sentence in sentences(block):
            got = _IN_OWN.search(sentence)
            if got and not NEGATED.search(sentence) and not re.fullmatch(r"Government|Agency|Department", got.group("owner")):
                return (f"the solicitation requires it in the Government-furnished environment; the proposal hosts it in "
                        f"its own: '{got.group(0).strip()}'")
    m = _HOSTED_IN_OWN.search(req_text) or _HOSTED_IN_AGENCY.search(req_text)
    if not m or m.group("owner") in _NOT_AN_OWNER:
        return None
    owner = m.group("owner")
    for sentence in sentences(block):
        if NEGATED.search(sentence):
            continue
        # (served as a managed service, or said to run in another's place: "The TagLens inference API
        # runs in Meridian's FedRAMP Moderate authorized environment on Azure Government")
        if re.search(r"\b(?:in|inside|within)\s+(?:the\s+)?" + re.escape(owner) + r"\b", sentence):
            continue   # "runs in Northfield's environment deployed inside the DOL cloud boundary"
        found = _SERVED_FROM.finditer(sentence) if _AS_A_SERVICE.search(sentence) else _RUNS_IN_OWN.finditer(sentence)
        got = next((g for g in found if g.group("owner") not in (owner, "the", "The") and
                    not re.fullmatch(r"Government|Agency|Department", g.group("owner"))), None)
        if got:
            return (f"the solicitation requires it hosted in {owner}'s own environment; the proposal serves it from "
                    f"another's: '{got.group(0).strip()}'")
    return None


def _independence_conflict(req_text: str, block: str) -> str | None:
    """Independent testing required; the answer's testers are the vendor's own developers."""
    # ("provide the Government with the model weights ... for independent evaluation": the Government
    # evaluates; nothing is asked of the contractor's testers)
    said = re.sub(r"\bfor\s+(?:independent|third[\s-]party|external|outside)\s+(?:evaluation|review|assessment|verification|"
                  r"validation|testing|analysis|audit)\b", " ", req_text, flags=re.I)
    if not (_INDEPENDENT.search(said) or _NO_ROLE.search(said)) or _outside_testers(block):
        return None
    # (but "has no member on the CompaTrace development team", "separate from the engineering team")
    m = next((t for t in _OWN_TEAM.finditer(block) if not _APART_FROM.search(block, max(0, t.start() - 40), t.start())), None)
    if m is None and (_THIRD_PARTY.search(req_text) or not _SEPARATED.search(block)):
        # "our Adversarial Assessment Cell, a separate business unit" is independent of development,
        # but it is no third party
        m = _OWN_GROUP.search(block)
    if m is None and (named := _INDEPENDENT_OF.search(req_text)):
        # "a reviewer independent of the extraction team" against "the extraction team lead draws a sample"
        team = re.compile(r"\b(?:(?:the|our|its)\s+)?" + r"\s+".join(map(re.escape, named.group(1).split())) + r"\b", re.I)
        m = next((t for t in team.finditer(block) if not _APART_FROM.search(block, max(0, t.start() - 40), t.start())), None)
    return f"the solicitation requires an independent tester; the proposal uses '{m.group(0)}'" if m else None


_INDEPENDENT_OF = re.compile(r"\bindependent\s+(?:of|from)\s+(?:the|its|our|any)\s+((?:[\w-]+\s+){0,2}?(?:team|group|unit|staff|"
                             r"developers|engineers|modell?ers))\b", re.I)


_STAYS_INSIDE = re.compile(r"\b(?:only|solely|exclusively)\b[^.;]{0,100}\b(?:within|inside)\b|"
                           # "shall perform all model development and scoring inside the EAP enclave"
                           r"\b(?:perform|conduct|run|carry\s+out|keep|store|process)\w*\s+all\b[^.;]{0,80}\b(?:inside|within)\s+"
                           r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:enclave|environment|boundary|tenant|workspace|network|premises|"
                           r"facility|cloud)\b|"
                           r"\b(?:remains?|stays?|resides?)\s+(?:within|inside)\b|\bnot\s+leave\b|"
                           r"\bnot\s+(?:send|transmit|transfer|share|disclose|expose|copy|move|export|upload)\b[^.;]{0,100}\b(?:outside|external(?:ly)?|"
                           r"third[\s-]part\w*|hosted\s+by\s+others|(?:contractor|vendor)[\s-](?:owned|managed|operated|controlled|hosted))\b|"
                           # "shall not remove target images or scoring data from FLETC premises"
                           r"\bnot\s+(?:remove|take|carry|move)\b[^.;]{0,100}?\b(?:from|off|out\s+of)\s+(?:the\s+)?"
                           r"(?:[\w'’-]+\s+){0,3}?(?:premises|site|facility|facilities|installation|enclave)\b", re.I)


def _affirmed(pattern: re.Pattern, resp: str, stops: str) -> re.Match | None:
    """The first match of ``pattern`` in a main clause of ``resp`` that no negation governs."""
    for m in pattern.finditer(resp):
        clause = _clause_before(resp, m.start(), stops)
        # an aside does not govern the clause: "(disk usage; never images) over an outbound link";
        # nor does a negation inside a relative clause: "names that do not match the file are replaced"
        clause = re.sub(r"\([^()]*\)|^[^()]*\)", " ", clause)
        # ("any draft that a manager has not acted on ... is released"), as does one in an opening
        # condition ("If the forecaster has not acted by 0815, the package posts automatically")
        clause = re.sub(r"\b(?:that|which|who)\s+(?:(?!not\b)[\w'’-]+\s+){0,3}?(?:do|does|did|is|are|was|were|has|have|"
                        r"had|can|could|will|would)\s+not\s+\w+", " ", clause, flags=re.I)
        # (also after a colon: "an Express Lane: when both find no charge, the case is marked cleared")
        clause = re.sub(r"(?:^|:)\s*(?:if|when|whenever|once)\b[^,]*,", " ", clause, flags=re.I)
        main = _main_clause(resp, m.start()) or bool(_AFTER_RELATIVE.search(_clause_before(resp, m.start(), ".;:,")))
        if _quoted(resp, m.start()):
            continue   # an example quoted ("sentences such as \"Only one manufacturer has shipped this item\""), not the act
        if _NO_LIST_SUBJECT.search(_clause_before(resp, m.start(), ".;:")):
            continue   # "no narrative text, complainant identity or health information is sent to ...": the list is the subject
        if _NOTHING_DONE.search(_clause_before(resp, m.start(), ".;:")):
            continue   # "nothing is downloaded to company laptops, sent by email or moved to any other system"
        if main and not re.search(r"\b(?:not|never|no|nothing|none|without)\b", clause, re.I):
            return m
    return None


# one negated subject governing a list of participles: "nothing is downloaded ..., sent by email or "
_NOTHING_DONE = re.compile(r"\b(?:nothing|none|no\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:is|are|will\s+be|can\s+be|may\s+be|gets?)\s+"
                           r"(?:ever\s+)?[a-z]+(?:ed|en|wn|nt)\b[^.;:]*(?:,\s*|\s+(?:or|nor)\s+)$", re.I)
_NO_LIST_SUBJECT = re.compile(r"\bno\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:,\s+(?:[\w-]+\s+){0,3}?[\w-]+)*,?\s+(?:or|and|nor)\s+"
                              r"(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:is|are|will\s+be|gets?|can\s+be)\s+(?:ever\s+)?$", re.I)
# "names that do not match the file are replaced": the relative clause has ended, the main verb follows
# (also with where it goes between: "an all-clear that has not been acknowledged within 10 minutes is
# released to the Mission Control Center display automatically")
_AFTER_RELATIVE = re.compile(r"^[^,;]*?\b(?:that|which|who|whom)\b[^,;]*\s(?:is|are|was|were|will\s+be|shall\s+be|gets?|get)\s+"
                             r"(?:\w+(?:ed|en|wn)\s+(?:(?:to|into|onto)\s+(?:[\w-]+\s+){1,6}?)?)?$", re.I)


_MOVES_OUT = re.compile(r"\bextract(?:s|ed|ing)?\b[^.;]{0,80}?\bfrom\s+[^.;]{0,40}?\binto\b|"   # "from the IDR into our enclave"
                        r"(?<!\ban\s)(?<!\bany\s)(?<!\bthe\s)(?<!\beach\s)(?<!\bevery\s)(?<!\ball\s)(?<!\bin\s)"
                        # ("polls the e-notification portal export": a thing, named by its source)
                        r"(?<!\bportal\s)(?<!\bsystem\s)(?<!\bdatabase\s)(?<!\bnightly\s)(?<!\bdaily\s)(?<!\bweekly\s)"
                        r"(?<!\bmonthly\s)(?<!\bbulk\s)(?<!\bCSV\s)"
                        r"\b(?:exported|exports?|exporting)\b"
                        r"(?!\s+(?:button|function|feature|files?|formats?|request|option|interface|of)\b)|"
                        # ("working copies are cleared according to OJP direction": copies as things, "to" of another verb)
                        r"\b(?:transferr?\w*|cop(?:y|ied|ies)(?!\s+(?:is|are|was|were|will|of)\b)|"
                        r"mov(?:e|ed|es)(?!\s+(?:in)?to\s+(?:production|operations?|service)\b)|sen(?:d|ds|ding|t)|ship(?:s|ped)?|"
                        r"download\w*|upload\w*|replicat\w*)\b[^.;]{0,100}?(?<!according\s)(?<!due\s)\b(?:to|into|out\s+of|outside)\b|"
                        r"\b(?:through|via|to|by|on)\s+(?:[\w'’-]+,?\s+){0,3}?(?:an?\s+)?(?:commercial|third[\s-]party|external|"
                        r"public(?:[\s-]cloud)?)\s+(?:[\w-]+\s+){0,2}?(?:API|service|endpoint|provider|cloud)s?\b|"
                        # "calls a commercial large language model"
                        r"\b(?:calls?|calling|quer(?:y|ies|ying))\s+(?:an?\s+|the\s+)?(?:commercial|third[\s-]party|external|"
                        r"public)\s+(?:[\w-]+\s+){0,3}?(?:APIs?|services?|endpoints?|models?|LLMs?)\b|"
                        # "calls a commercially hosted large language model"
                        r"\b(?:calls?|calling|sends?|sending|sent|submits?|passe[sd]|routes?|routed)\s+(?:[\w-]+\s+){0,4}?"
                        r"(?:an?\s+)?(?:commercially|externally|third[\s-]party|vendor)[\s-]hosted\b", re.I)


# "perform all audio processing inside the BOP network", "train, validate and host every model
# inside the NNSY computing enclave": the work itself must stay on the Government's side
_PLACE = (r"(?P<place>(?:the\s+)?(?:[\w.'’-]+\s+){0,6}?(?:enclave|tenant|tenancy|network|boundary|systems?|"
          r"hardware|infrastructure|premises|environment|workstations?|servers?|computers?|laptops?|devices?|"
          r"appliances?|tablets?|handhelds?|computing|compute|clusters?))\b")
_ALL_INSIDE = re.compile(r"\b(?:all|every|any|only|solely|exclusively|entirely|wholly)\b[^.;]{0,80}?\b(?:inside|within|on)\s+"
                         + _PLACE, re.I)
# the same rule as a prohibition: "shall not keep copies ... anywhere outside the
# Government-controlled NIBIN environment"
_NOT_OUTSIDE = re.compile(r"\b(?:not|never|no)\b[^.;]{0,120}?\boutside\s+(?:of\s+)?" + _PLACE, re.I)
_THEIR_PLACE = re.compile(r"\b(?:its|their|Contractor|Contractor['’]s|offeror|vendor|own)\b", re.I)
# a kind of place rather than an owner's: "only within a FedRAMP Moderate authorized environment"
# is met in any authorized cloud, the proposer's included
_KIND_OF_PLACE = re.compile(r"^(?:an?|any)\s+(?:[\w-]+\s+){0,3}?(?:FedRAMP|DoD\s+IL\s?\d|Impact\s+Level)\b", re.I)
# a place the proposer or another company runs: "in Larkspur's Azure Government tenant", "at our
# cleared facility", "in the model provider's commercial cloud region", "a commercial speech service"
_ELSEWHERE = re.compile(r"\b(?:in|on|at|to|into|through|via|uses?|using|calls?|calling)\s+(?:the\s+|an?\s+|that\s+)?"
                        r"(?:(?P<owner>[A-Z][\w-]*)['’]s|our|its|(?:(?:model|cloud|service|API|speech|[\w-]+)\s+)?"
                        r"(?:provider|vendor|supplier|subcontractor)['’]s|(?:[\w-]+\s+){0,3}?(?:commercial|third[\s-]party|"
                        r"external|public))\s+(?:own\s+)?(?:[\w-]+,?\s+){0,4}?(?:tenant|tenancy|cloud|region|facility|"
                        r"cent(?:er|re)|endpoint|servers?|environment|lab|laboratory|subscription|account|cluster|"
                        r"service|API)\b(?!-\w|\s+(?:team|engineers|staff|practice|desk|agreement|level)\b)|"
                        # a named place the proposer owns, said in apposition: "take place in the Cobalt Ridge
                        # Secure Analytics Enclave, our FedRAMP Moderate authorized environment"
                        r"\b(?:in|on|at|within|inside)\s+the\s+(?:[A-Z][\w-]*\s+){1,5}(?:Enclave|Environment|Cloud|Lab|"
                        r"Laboratory|Facility|Cent(?:er|re)|Tenant|Tenancy),\s+(?:our|its)\s+(?:own\s+)?(?:[\w-]+\s+){0,4}?"
                        r"(?:enclave|environment|cloud|lab|laboratory|facility|cent(?:er|re)|tenant|tenancy)\b")


# the requirement holds from the first day ("classify reports in English, French, Spanish and
# Portuguese from the first day of operations"); the answer adds part of it later
_FROM_START = re.compile(r"\bfrom\s+(?:the\s+)?(?:first\s+day|day\s+one|(?:very\s+)?(?:start|beginning)\s+of\s+operations|"
                         r"(?:initial\s+)?go-?live|launch|initial\s+operating\s+capability|IOC)\b|"
                         r"\bat\s+(?:go-?live|launch|initial\s+operating\s+capability)\b", re.I)
_ADDED_LATER = re.compile(r"\b(?:will\s+be|are\s+to\s+be|to\s+be)\s+(?:added|introduced|supported|enabled|delivered|"
                          r"extended|phased\s+in)\s+(?:[\w-]+\s+){0,4}?(?:in|at|during|after|with)\s+(?:the\s+)?(?:start\s+of\s+)?"
                          r"(?:option\s+(?:period|year)|a\s+later|later|phase\s+\d|release\s+\d|year\s+(?:two|2)|"
                          r"the\s+second|subsequent|future)|\bdeferred\s+(?:to|until)\b", re.I)


def _late_start(req_text: str, block: str) -> str | None:
    """Required from the first day; the answer brings part of it in later ("French and Portuguese
    support will be added at the start of Option Period 1")."""
    if not _FROM_START.search(req_text):
        return None
    m = _ADDED_LATER.search(block)
    if m and not re.search(r"\b(?:not|never|no)\b", _clause_before(block, m.start()), re.I):
        return f"the solicitation requires it from the start; the proposal brings part of it later: '{m.group(0)}'"
    return None


# the Government's own place offered first, with the proposer's as an alternative
_THEIRS_FIRST = re.compile(r"\b(?:on|in|at|inside|within)\s+(?:the\s+)?(?:(?:Government|[A-Z]{2,6})[\w-]*(?:[\s-](?:furnished|"
                           r"operated|owned|controlled|managed|hosted|provided))?)\s+(?:[\w-]+\s+){0,2}?(?:servers?|"
                           r"infrastructure|hardware|systems?|environment|tenan\w+|enclave|data\s+cent(?:er|re)s?|computing|"
                           r"clusters?)\b[^.;]{0,60}?\bor\b")


# the Government's own places: "in the Commission's cloud" (the agency heads obligation extraction knows, and more)
_GOVERNMENT_OWNERS = frozenset({w.capitalize() for w in AGENCY_HEADS} | {
    "Government", "Agency", "Service", "Board", "Court", "Institute", "Laboratory", "Center", "Centre", "Corporation"})


# the agency as the one whose place "its" names: "the workspace LM provides in ", "that the Government operates on "
_AGENCY_ITS = re.compile(r"\b(?:[A-Z]{2,6}|Government|[Aa]gency)\s+(?:provides|furnishes|operates|owns|hosts|manages|runs|"
                         r"maintains|supplies|has)\s+$")
# the words between a place and its country: "systems [located] in the United States" (the country read with _ONSHORE)
_LOCATED = re.compile(r"\s*(?:(?:that|which)\s+are\s+)?(?:physically\s+)?(?:(?:located|based|hosted|housed|situated)\s+)?", re.I)


def _locality_conflict(req_text: str, resp: str) -> str | None:
    """The work must run inside the Government's boundary; the answer runs part of it in a place
    the proposer or another company operates ("model development and training will take place in
    Lanternfish's FedRAMP Moderate authorized cloud environment")."""
    # (a place in a country, "on systems located in the United States", is a rule on where, not whose)
    places = [not _THEIR_PLACE.search(m.group("place")) and not _KIND_OF_PLACE.match(m.group("place"))
              for pat in (_ALL_INSIDE, _NOT_OUTSIDE) for m in pat.finditer(req_text)
              if not _ONSHORE.match(req_text, _LOCATED.match(req_text, m.end()).end())]
    stays = _STAYS_INSIDE.search(req_text)
    if not any(places) and (places or not stays or _ONSHORE.search(req_text) or
                            _THEIR_PLACE.search(" ".join(req_text[stays.end():].split()[:3]))):
        return None   # "only within its FedRAMP High environment" is the contractor's own place
    for m in _ELSEWHERE.finditer(resp):
        owner = m.group("owner")
        if owner and (owner in req_text or owner in _GOVERNMENT_OWNERS):
            continue   # "inside NARA's Azure Government tenant", "in the Commission's cloud": the Government's own place
        if _THEIRS_FIRST.search(_clause_before(resp, m.start(), ".;")):
            continue   # "on NOAA-furnished GPU servers, or, if the Unit prefers, in our cloud": the Government's choice
        if re.search(r"\bits\b", m.group(0)) and _AGENCY_ITS.search(resp, max(0, m.start() - 60), m.start()):
            continue   # "the tenant workspace LM provides in its cloud enclave": the agency's own cloud
        if _unnegated(resp, m.start()):
            return f"the work must stay inside the Government's boundary; the proposal places it '{m.group(0).strip()}'"
    return None


_RELEASED_UNLESS = re.compile(r"\b(?:unless|until|except\s+(?:with|after|where|when))\b[^.;]{0,80}?\b(?:releas|approv|"
                              r"authori[sz]|clear|sign)\w*", re.I)
_ONLY_AFTER = re.compile(r"\bonly\s+(?:after|when|once|if|with|upon)\b|\buntil\b", re.I)


def _boundary_breach(req_text: str, resp: str) -> str | None:
    """Data required to stay inside a boundary; the answer moves it out ("fine-tuned in our
    Austin lab on a sample of filings exported for that purpose")."""
    m = _STAYS_INSIDE.search(req_text) and _affirmed(_MOVES_OUT, resp, ".;,")
    if m and re.search(r"\b(?:into|inside|within)\s+(?:the|that|this|its|our)?\s*(?:\w+\s+)?(?:boundary|enclave|environment|"
                       r"tenant|system|region)\b", resp[m.start():m.end() + 40], re.I):
        return None   # "the base model weights are copied into that boundary": inbound
    if m and re.search(r"\b(?:Government|agency|COR|Contracting\s+Officer|asks?|requests?)\b", resp[m.start() - 60:m.end() + 60]):
        return None   # an export the Government asks for is delivery, not a leak
    if m and re.search(r"\b(?:de-?identified|anonymi[sz]ed|aggregated?|synthetic)\b",
                       _clause_before(resp, m.start(), ".;,") + resp[m.start():m.end() + 60], re.I) and \
            not re.search(r"\b(?:extracts?|derived|derivatives?|de-?identified|aggregated?|summar\w*)\b", req_text, re.I):
        # "a monthly de-identified extract ... to our analytics workspace" or "only aggregate results
        # ... are exported": not the data kept inside
        # (unless the requirement keeps "any extract derived from them" inside too)
        return None
    if m and re.search(r"\b(?:purg|delet|destroy|eras|wip)\w*\s+(?:[\w'’-]+,?\s+){0,6}$", _clause_before(resp, m.start(), ".;"), re.I):
        return None   # "we purge the matter's workspace, indexes and exports from the platform": deleted, not moved
    if m and _RELEASED_UNLESS.search(req_text) and _ONLY_AFTER.search(clause_around(resp, m.start(), m.end())):
        # "shall not transmit any summary outside the platform ... unless a DS analyst has released it"
        # against "can be sent to a post only after a DS analyst presses Release": the condition kept
        return None
    return f"the data must stay inside the boundary; the proposal moves it: '{resp[m.start():m.end() + 40].strip()}'" if m else None


_REVIEW_FIRST = re.compile(r"\bhold\w*\s+(?:[\w-]+\s+){0,4}?for\s+(?:[\w-]+\s+){0,3}?(?:review|approval|confirmation)\b|"
                           r"\b(?:until|before|unless|only\s+after|without)\b[^.;]{0,100}\b(?:review\w*|approv\w*|confirm\w*|accept\w*|acknowledg\w*|"
                           r"resolution|involvement|intervention|action\s+by|"
                           r"verif\w*|validat\w*|sign\w*\s+off)\b|\b(?:review\w*|approv\w*|confirm\w*|verif\w*)\b[^.;]{0,60}"
                           r"\b(?:before|prior\s+to)\b", re.I)
_BYPASS = re.compile(r"\b(?:pushed|published|released|posted|issued|written|sent|uploaded|loaded|shared)\b[^.;]{0,80}?"
                     r"\bas\s+soon\s+as\b|"
                     r"\b(?:directly|automatically|auto-?(?:post|accept|approv|apply|publish|releas|clear)\w*|straight\s+(?:to|into)|"
                     r"(?:released|published|posted|sent|transmitted|forwarded|pushed)\s+(?:[\w-]+\s+){0,4}?at\s+once|"
                     r"(?:reviewed|confirmed|approved)\s+after(?:wards?)?|for\s+(?:confirmation|review|approval)\s+afterwards?|"
                     r"without\s+(?:human\s+|manual\s+|further\s+)?(?:(?:adjudicator|analyst|reviewer|officer|examiner|specialist|"
                     r"clinician|supervisor|staff)\s+)?(?:review|approval|confirmation|intervention|action))\b", re.I)


_ONLY_PEOPLE = re.compile(r"\bonly\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:analyst|officer|reviewer|specialist|human|person|"
                          r"staff|examiner|adjudicator|employee|user)s?\s+(?:can|may|is\s+able\s+to|are\s+able\s+to)\b", re.I)


# what has been through a person already: "Confirmed detections are pushed ... automatically"
_REVIEWED_FIRST = re.compile(r"\b(?:confirmed|approved|reviewed|validated|verified|accepted|signed[\s-]off)\b|"
                             r"\bafter\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:analyst|reviewer|officer|specialist|human|"
                             r"person|staff|examiner|editor|engineer)s?\s+(?:confirms?|approves?|reviews?|validates?|accepts?|"
                             r"signs?)\b", re.I)
# "directly" of place: "each summary is followed directly by the verbatim text"
_PLACED = re.compile(r"\b(?:followed|preceded|placed|shown|displayed|printed|listed|located|positioned|linked|"
                     r"attached|appears?|sits?|below|above|beneath|next|beside)\s+$", re.I)


# "route every proposed merge to an SSS reviewer": each goes to a person first
_ROUTED_TO_PERSON = re.compile(r"(?:\b(?:route|send|refer|submit|queue|forward)\w*\s+(?:every|each|all|any)\b[^.;]{0,100}?|"
                               # "every applicant the model would screen out must be routed to an HR Specialist"
                               r"\b(?:every|each|all|any)\b[^.;]{0,80}?\b(?:must|shall)\s+be\s+(?:routed|sent|referred|queued|"
                               r"forwarded)\s+(?=to\b)|"
                               # "the final acceptance decision must remain with the certified load inspector"
                               r"\b(?:decisions?|determinations?|dispositions?)\s+(?:shall|must|will)\s+(?:remain|rest|stay)\s+(?=with\b))"
                               r"\b(?:to|with)\s+"
                               r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:reviewers?|analysts?|officers?|specialists?|"
                               r"adjudicators?|examiners?|inspectors?|humans?|persons?|staff)\b", re.I)
# "the precision of links accepted without clerical review": a kind of item, not a duty to review
# (nor is "operate the models without Contractor involvement": the Government works on its own)
_NO_REVIEW_ASKED = re.compile(r"\b(?:accepted|approved|linked|made|processed|resolved|closed|issued|released|posted)\s+"
                              r"without\s+(?:[\w-]+\s+)?review\b|"
                              r"\bwithout\s+(?:the\s+|any\s+)?(?:further\s+)?(?:Contractor|vendor|Offeror|Quoter)(?:['’]s)?\s+"
                              r"(?:involvement|intervention|assistance|support|help)\b", re.I)


_CLEARS_CUT_OFF = re.compile(r"\b(?:clears?|cleared|pass(?:es|ed)?|meets?|above|exceeds?)\b[^.;]{0,30}?"
                             r"\b(?:cut-?off|threshold|floor|bar)\b", re.I)
_BELOW_CUT_OFF = re.compile(r"\b(?:below|under|less\s+than|lower\s+than)\b[^.;]{0,40}?\b(?:cut-?off|threshold|floor|score)\b",
                            re.I)


# what is done automatically is sending the item to a person, or checking it
# a person's queue, or the person: where an item waits for review
_REVIEWER = r"(?:queues?|reviewers?|analysts?|statisticians?|examiners?|specialists?|officers?|adjudicators?)"
_SENT_TO_PERSON = re.compile(r"\b(?:go(?:es)?|routed|sent|forwarded|queued|placed|added|referred|assigned|passed)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:to|into|in|for)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:review|" + _REVIEWER + r")"
                             r"\s+$|\b(?:compared|checked|cross-checked|screened|validated|tested|edited)\s+$", re.I)
# what follows "directly" or "straight": "straight to the duty analyst queue"
_TO_PERSON = re.compile(r"\s*(?:to|into)?\s*(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?" + _REVIEWER + r"\b", re.I)


_REVIEW_BELOW = re.compile(r"\b(?:below|under|less\s+than|lower\s+than)\s+(\d*\.\d+|\d+)(?![\d.])", re.I)
_AT_OR_ABOVE = re.compile(r"(?<![\d.])(\d*\.\d+|\d+)\s*(?:%|percent)?\s+(?:or|and)\s+(?:higher|above|more|greater|better)\b|"
                          r"\b(?:at\s+or\s+above|above|at\s+least|over|exceeding)\s+(\d*\.\d+|\d+)(?![\d.])", re.I)


def _as_fraction(figure: str) -> float:
    """A cut-off as a fraction: "85" (percent) and "0.85" are one level."""
    value = float(figure)
    return value / 100.0 if value > 1 else value


def _sentence_before(text: str, pos: int) -> str:
    """The sentence up to ``pos``, whose decimal points ("0.85") end nothing."""
    return text[max(text.rfind(". ", 0, pos), text.rfind(";", 0, pos)) + 1:pos]


# words of a rule to review first that say nothing of what is reviewed
_REVIEW_WORDS = frozenset(terms("the a an any all each every contractor offeror contract this shall must will not no without "
                                "prior written advance approval approve approved review reviewed confirm confirmation "
                                "contracting officer cor government from by before after first work use system "
                                "analyst analysts reviewer reviewers specialist specialists examiner supervisor human"))


def _speaks_of(req_text: str, text: str, generic: frozenset[str]) -> bool:
    """``text`` shares a word with the requirement besides the ``generic`` words of its rule."""
    return bool((set(terms(req_text)) - generic) & set(terms(text)))


def _bypass_conflict(req_text: str, resp: str, block: str | None = None) -> str | None:
    """A person must review (approve, confirm) before something happens; the answer lets it
    happen directly ("values with confidence of 0.97 or higher are posted directly to the
    database")."""
    # review first, once "links accepted without clerical review" (a kind of item) is set aside
    first = _REVIEW_FIRST.search(req_text) and _REVIEW_FIRST.search(_NO_REVIEW_ASKED.sub(" ", req_text))
    m = (first or _ROUTED_TO_PERSON.search(req_text)) and _affirmed(_BYPASS, resp, ".;")
    if m and _ONLY_PEOPLE.search(resp):
        return None   # "closure without further review is an action only a FinCEN analyst can take"
    if m and re.match(r"(?:written|sent|uploaded|loaded|shared)\b[^.;]*\bas\s+soon\s+as\b", m.group(0), re.I) and \
            not set(terms(re.split(r"[.;:,](?=\s)", resp[:m.start()])[-1])) & set(terms(req_text)):
        return None   # "fail flags are written to the archive as soon as ...": about flags, not a model change
    if m and _CLEARS_CUT_OFF.search(_clause_before(resp, m.start())) and _BELOW_CUT_OFF.search(req_text):
        return None   # only items below the cut-off go to a person; "documents that clear the QE cutoff are released directly"
    if m and (below := _REVIEW_BELOW.search(req_text)) and \
            any(_as_fraction(x) >= _as_fraction(below.group(1)) for a in _AT_OR_ABOVE.finditer(_sentence_before(resp, m.start()))
                for x in a.groups() if x):
        # "route any detection with a confidence below 0.80 to an analyst" against "detections with a
        # confidence of 0.85 or higher go straight into the catalog": all below 0.85 are reviewed
        return None
    if m and m.group(0).lower() == "automatically" and _SENT_TO_PERSON.search(_clause_before(resp, m.start())):
        return None   # "go to the statistician queue automatically", "each value is compared automatically": toward review
    if m and re.search(r"^[^.;]{0,80}?\bso\s+(?:that\s+)?(?:[\w-]+\s+){0,4}?(?:can|may|will)\s+(?:review|read|check|examine)\b"
                       r"(?![^.;]{0,40}\b(?:after\s+the\s+fact|afterwards?|later|retrospectively))", resp[m.end():], re.I):
        return None   # "detected automatically and machine-translated so that any specialist can review them"
                      # (but "written automatically ... so evaluators can review them after the fact" bypasses review)
    if m and re.match(r"(?:directly|straight)\b", m.group(0), re.I) and _TO_PERSON.match(resp, m.end()):
        return None   # "P1 and P2 submissions go straight to the duty analyst queue": to a person first
    if m and (_REVIEWED_FIRST.search(_clause_before(resp, m.start())) or
              (m.group(0).lower() == "directly" and _PLACED.search(resp[:m.start()]))):
        return None
    if m and re.search(r"\b(?:deleted|purged|erased|destroyed|archived|expired|removed|backed\s+up|logged)\s+(?:\w+\s+)?$",
                       resp[max(0, m.start() - 30):m.start()], re.I):
        return None   # "personal data ... is then deleted automatically": housekeeping, not the act reviewed
    if m and not _speaks_of(req_text, block or resp, _REVIEW_WORDS):
        return None   # "sorties ... sent straight to the mission planner" says nothing of using foreign persons
    if m and (banned := _banned_verbs(req_text)) and (until := re.search(r"\bwithout\b", req_text[banned.end():], re.I)):
        # "shall not retrain, recalibrate or replace a deployed model without the COR's approval" is
        # not bypassed by "writes a safing-request flag directly into the control system": the
        # sentence names neither the act banned nor what it is done to
        sentence = sentences(resp[resp.rfind(". ", 0, m.start()) + 1:])[0]
        said = set(re.findall(r"[a-z]+", sentence.lower()))
        thing = set(terms(req_text[banned.end():banned.end() + until.start()])) - _REVIEW_WORDS
        if not _banned_keys(banned) & {_verb_key(w) for w in said} and not thing & set(terms(sentence)):
            return None
    return f"the solicitation requires review first; the proposal lets it happen '{m.group(0)}'" if m else None


_NO_ALTERING = re.compile(r"\bwithout\s+(?:altering|changing|modifying|overwriting|correcting|replacing|editing)\b|"
                          r"\bnot\s+(?:alter|change|modify|overwrite|correct|replace|edit)\b", re.I)
_ALTERS = re.compile(r"\b(?:replac(?:e|es|ed|ing)|correct(?:s|ed|ing)?|overwrit(?:e|es|ten|ing)|rewrit(?:e|es|ten|ing)|"
                     r"normali[sz](?:e|es|ed|ing)|(?:auto-?)?correct(?:ed|s)?)\b", re.I)


def _alteration_conflict(req: _Req, resp: str) -> str | None:
    """The requirement keeps something as written ("flag names that do not match, without altering
    the name as written"); the answer changes it ("misspelled names are replaced with the accepted
    name")."""
    m = _NO_ALTERING.search(req.ob.text)
    if not m:
        return None
    if m.group(0).lower().startswith("not") and \
            re.search(r"\b(?:without|unless|except|until|before)\b", re.split(r"[.;]", req.ob.text[m.end():])[0], re.I):
        return None   # "shall not replace either Key Person without notifying the CO": a condition, not a text kept as written
    kept = set(terms(req.ob.text[m.end():m.end() + 60])) & set(req.weights)
    a = _affirmed(_ALTERS, resp, ".;")
    if a and kept & set(terms(_clause_before(resp, a.start()) + resp[a.end():a.end() + 60])):
        return f"the solicitation keeps it as written; the proposal changes it: '{resp[max(0, a.start() - 60):a.end() + 40].strip()}'"
    return None


# a ban on showing something to named people: "shall not display individual risk scores to drill
# sergeants"; the answer shows it to them ("gives company commanders and drill sergeants a weekly view")
_BANNED_AUDIENCE = re.compile(r"\bnot\s+(?:display|show|share|disclose|provide|release|send|expose|give|make\s+available)\b"
                              r"[^.;]{0,80}?\bto\s+(?:the\s+|any\s+)?((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b")
_SHOWN_TO = re.compile(r"\b(?:gives?|giving|shows?|showing|displays?|shares?|sends?|provides?|offers?|presents?|"
                       r"(?:is|are)\s+(?:visible|available|shown|displayed|sent|given)\s+to)\b", re.I)


def _banned_audience(req_text: str, resp: str) -> str | None:
    """A ban on showing something to named people, broken by a sentence that shows or gives it to
    them with no restricting word ("only", "no", "never") in it."""
    m = _BANNED_AUDIENCE.search(req_text)
    if not m:
        return None
    who = set(terms(m.group(1)))
    for sentence in sentences(resp):
        if not who or not who <= set(terms(sentence)) or _RESTRICTS.search(sentence):
            continue
        shown = _SHOWN_TO.search(sentence)
        if shown and _main_clause(sentence, shown.start()):
            return f"the solicitation forbids showing it to {m.group(1)}; the proposal does: '{sentence[:120]}'"
    return None


def _prohibition_breach(req: _Req, resp: str, selfs: set[str]) -> str | None:
    m = _RESERVE.search(resp)
    if m:
        verbs = set(terms(resp[m.end():m.end() + 60])) & set(req.weights)
        if verbs:
            return f"the proposal keeps a right the solicitation forbids: '{resp[m.start():m.end() + 60].strip()}'"
    # (or a name the solicitation does not use that is no acronym, as a company's is: "Switchback")
    names = "|".join([r"the\s+contractor", r"(?-i:(?!(?:The|This|Each|Every|Any|All|Our|Its|Their|Government|Agency)\b)[A-Z][a-z][\w-]+)"] +
                     [re.escape(x) for x in sorted(selfs | {"we"}, key=len, reverse=True)])
    banned = _banned_verbs(req.ob.text)
    if not banned or banned.re is _NO_THING_DONE:
        return None
    verbs = {_verb_key(w) for w in [banned.group(1)] + re.findall(r"[a-z]+", banned.group(2) or "") if w not in ("or", "nor")}
    # (what it is done to, named in the rest of the sentence: "the imagery ... commercial mapping firms")
    done_to = set(terms(req.ob.text[banned.end():])) - verbs
    for m in re.finditer(_MAY_ACT.format(names=names), resp):
        if m.group(0).split()[0] not in selfs and m.group(0)[0].isupper() and \
                re.search(r"\b" + re.escape(m.group(0).split()[0]) + r"\b", req.ob.text):
            continue   # a name the solicitation uses is not the offeror's
        # "Switchback may license the blurred imagery ... to its commercial street-level mapping
        # partners" against "shall not sell, license or otherwise provide the imagery": a permission the
        # offeror keeps for itself, not a hedge
        clause = re.split(r"[.;]", resp[m.end(1):])[0]
        if _main_clause(resp, m.start()) and _verb_key(clause.split()[0]) in verbs and \
                len(set(terms(clause)) & done_to) >= 2:
            return f"the proposal keeps a right the solicitation forbids: '{resp[m.start():m.end(1) + len(clause)].strip()[:120]}'"
    return None


# the offeror's own permission: "After acceptance, Switchback may license ...", "we may also sell"
_MAY_ACT = r"\b(?i:{names})\s+(?:also\s+|still\s+)?(?:may|remains?\s+free\s+to|is\s+free\s+to|are\s+free\s+to)\s+(?=[a-z])()"


_REUSE_BANNED = re.compile(r"\b(?:train\w*|tun(?:e|ing)|improv\w*|other\s+(?:customers?|clients?|agencies|purposes?|products?)|"
                          r"any\s+purpose\s+other|commercial\s+products?|shared?)\b", re.I)
_REUSE = re.compile(r"\b(?:de-?identified|anonymi[sz]\w*|aggregated?|derivatives?|patterns?\s+learned|learn\w*\s+from|"
                    r"insights?\s+(?:from|gained)|stripped\s+of\s+(?:[\w-]+\s+){0,4}?identif\w*)\b[^.;]{0,200}?"
                    r"\b(?:improv\w*|(?:re)?train\w*|tun(?:e|es|ed|ing)|refin(?:e|es|ed|ing)|feeds?|fed|"
                    r"shared|pooled|general[\s-]purpose|general\s+models?|all\s+(?:of\s+)?(?:our\s+)?(?:[\w-]+\s+){0,2}(?:customers|clients)|"
                    r"other\s+(?:customers|clients)|our\s+(?:[\w-]+\s+){1,3}(?:customers|clients))\b|"
                    r"\b(?:improv\w*|train\w*|feeds?)\b[^.;]{0,100}?\b(?:de-?identified|anonymi[sz]\w*|aggregated)\b", re.I)


_NO_RETENTION = re.compile(r"\bnot\s+(?:permit|allow|let)\s+(?:[\w-]+\s+){1,6}?to\s+(?:retain|store|keep|log|cache)\b|"
                           r"\bnot\s+(?:retain|store|keep|cache)\b|"
                           # "shall retain no copies of premises data after contract completion"
                           r"\b(?:retain|store|keep|hold)\s+no\s+(?:copies|copy|part|portion|records?|data)\b|"
                           r"\bno\s+(?:[\w-]+\s+){0,3}(?:data|prompts?|outputs?|content|records?|images?)\s+(?:is|are|shall\s+be|"
                           r"will\s+be|may\s+be)\s+(?:retained|stored|kept|logged|cached)\b|"
                           # "ensure that no prompt, retrieved record or output of the assistant is stored"
                           r"\bno\s+(?:prompt|output|record|image|transcript|query|document|content|data|result)s?,?\s+"
                           r"(?:[\w-]+,?\s+){0,8}?(?:is|are)\s+"
                           r"(?:retained|stored|kept|logged|cached)\b|"
                           r"\bno\s+(?:[\w-]+\s+){0,4}?(?:stores?|retains?|keeps?|logs?|caches?)\b", re.I)


_IN_GOVERNMENT_PLACE = re.compile(r"\b(?:inside|within|in)\s+(?:the\s+)?(?:(?i:Government|agency|Department)|[A-Z]{2,6})(?:['’]s)?\s+"
                                  r"(?:[\w-]+\s+){0,2}?(?i:tenant|tenancy|boundary|enclave|environment|systems?|account|"
                                  r"data\s+cent(?:er|re))\b")


_DESTROY_ALL = re.compile(r"\b(?:destroy|destruction|delet(?:e|ion)|purg(?:e|ing)|eras(?:e|ure)|sanitiz(?:e|ation))\w*\b"
                          r"[^.;]{0,40}?\b(?:all|every|each|any)\s+(?:[\w-]+\s+){0,2}?(?:cop(?:y|ies)|data|records?|files?)\b",
                          re.I)
_KEEPS_A_COPY = re.compile(r"\b(?:keeps?|kept|retains?|retained|holds?|held|preserves?|preserved)\s+(?:one|a|an|some|a\s+single)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:cop(?:y|ies)|archives?|backups?|snapshots?|corpus|corpora|datasets?|"
                           r"extracts?|subsets?)\b", re.I)


_RETURN_ALL = re.compile(r"\breturn\w*\s+(?:all|every|each|any)\s+(?:[\w-]+\s+){0,3}?(?:data|records?|files?|materials?|copies)\b|"
                         r"\breturn\s+or\s+destroy\b|\bdestroy\s+or\s+return\b", re.I)
# kept on after the work ends: "kept in cold encrypted storage for 12 months after closeout"
_KEPT_AFTER_END = re.compile(r"\b(?:keeps?|kept|retains?|retained|holds?|held|stores?|stored|archived?|preserved?)\b[^.;]{0,60}?"
                             r"\bfor\s+(?:up\s+to\s+|another\s+|a\s+further\s+)?(?:\d+|one|two|three|six|twelve|eighteen|"
                             r"twenty-four)\s+(?:days?|weeks?|months?|years?)\s+(?:after|following|beyond|past)\s+(?:the\s+)?"
                             r"(?:close-?out|contract\s+(?:end|completion|expiration|closeout)|end\s+of\s+(?:the\s+)?"
                             r"(?:contract|order|task\s+order|period\s+of\s+performance|performance)|completion|expiration|"
                             r"termination|(?:the\s+)?(?:contract|order|task\s+order)\s+ends)\b", re.I)


# backups named among what must be destroyed: "delete all case data, including backups, ... within 30 days"
_BACKUPS_TOO = re.compile(r"\b(?:including|includes|and|with)\s+(?:all\s+|any\s+|their\s+|its\s+)?(?:backups?|backup\s+copies)\b", re.I)
# the answer's backups go later: "Backup copies are removed as they age out of our standard 180-day backup rotation"
_BACKUPS_AFTER = re.compile(r"\bbackups?\b[^.;]*?\b(\d{1,4})[\s-](day|week|month|year)s?\b", re.I)


def _backups_later(req_text: str, resp: str) -> str | None:
    """Backups must go with the rest within the requirement's time; the answer's backups stay longer."""
    limit = next((q for q in quantities(req_text) if q.cls == "window"), None)
    if limit is None:
        return None
    for m in _BACKUPS_AFTER.finditer(resp):
        hours = int(m.group(1)) * _UNIT_HOURS[m.group(2).lower()]
        if hours > limit.hours * 1.001 and not NEGATED.search(_clause_before(resp, m.start())):
            return (f"the solicitation requires backups destroyed '{limit.text}'; the proposal's backups stay longer: "
                    f"'{m.group(0).strip()}'")
    return None


_EXCEPT = re.compile(r"\b(?:except|other\s+than|save)\s+(?:as\s+)?(?:in|for|within|as\s+part\s+of)\s+([^.;]{3,80})", re.I)
_GENERIC_KEPT = frozenset(terms("the a an described defined required set out section clause paragraph attachment any "
                                "this contract"))


_AUDIT_TRAIL = re.compile(r"\baudit\s+(?:logs?|trails?|records?|entries)\b", re.I)


def _retention_breach(req_text: str, resp: str) -> str | None:
    """Keeping is forbidden ("shall not permit the model provider to retain prompts or outputs");
    the answer keeps them for a while ("prompts and outputs are retained by the provider for up to
    30 days for abuse monitoring")."""
    if _DESTROY_ALL.search(req_text):
        # "certify destruction of every copy held on Contractor systems" against "Quillfeather keeps
        # one encrypted copy of the adjudicated pair set for three years"
        kept = _affirmed(_KEEPS_A_COPY, resp, ".;")
        # (one kept where the Government asks for it is its own choice: "unless the CO directs otherwise")
        if kept and not re.search(r"\b(?:unless|if|when|where|as|at)\b[^.;]{0,60}?\b(?:Government|COR|CO|Contracting\s+Officer|"
                                  r"agency|approv\w*|direct\w*|request\w*|instruct\w*|law|legal\s+hold)\b",
                                  sentences(resp[kept.start():])[0]):
            return f"the solicitation requires every copy destroyed; the proposal keeps one: '{kept.group(0)}'"
    if _DESTROY_ALL.search(req_text) and _BACKUPS_TOO.search(req_text) and (late := _backups_later(req_text, resp)):
        return late
    if (_DESTROY_ALL.search(req_text) or _RETURN_ALL.search(req_text)) and \
            (after := _affirmed(_KEPT_AFTER_END, resp, ".;")) is not None:
        # "return all Government-furnished data and all derived data, including image embeddings" against
        # "derived image embeddings and index files are kept in cold storage for 12 months after closeout"
        return f"the solicitation requires the data returned or destroyed at the end; the proposal keeps it: '{after.group(0)}'"
    if not _NO_RETENTION.search(req_text):
        return None
    # what the requirement itself lets be kept: "except in the audit log described in C.6.3"
    excepted = _EXCEPT.search(req_text)
    spared = set(terms(excepted.group(1))) - _GENERIC_KEPT if excepted else set()
    for q in quantities(resp):
        at = resp.find(q.text)
        clause = _clause_before(resp, at) if at >= 0 else ""
        # "the provider keeps request and response content for up to 30 days", "prompts are held for up to 30 days"
        kept = q.role == "retain" or bool(re.search(r"\b(?:keeps?|kept|holds?|held|retains?|retained|stores?|stored|"
                                                    r"(?<!the\s)(?<!audit\s)logs?|"
                                                    r"logged|caches?|cached)\b[^,;]*$", clause, re.I))
        if kept and q.cls in ("span", "window") and q.hours > 0:
            # "audit entries are kept for ten years within the Department's tenant": the Government keeps them
            sentence = re.split(r"(?<=[.;])\s", resp[at:])[0] if at >= 0 else ""
            if _IN_GOVERNMENT_PLACE.search(clause + " " + sentence):
                continue
            if spared & set(terms(clause)):
                continue   # "Audit entries are kept for seven years" where the audit log is excepted
            if _AUDIT_TRAIL.search(clause) and not re.search(r"\b(?:audit|logs?)\b", req_text, re.I):
                # "every screening action is written to an audit log that is kept for seven years": a
                # record of what was done, not a copy of the data the ban is about
                continue
            if clause and not re.search(r"\b(?:not|never|no|nothing|none|zero)\b", clause, re.I):
                return f"the solicitation forbids keeping them; the proposal keeps them for {q.text.removeprefix('for ')}"
    return None


# use for others forbidden: "shall not use SAVE data ... to build or refine any product offered to other
# customers", "... for any purpose other than performance of this order"
_OTHERS_BANNED = re.compile(
    r"\b(?:shall|must|will|may)\s+not\b[^.;]{0,200}?\b(?:use|reuse|incorporate|retain|apply|share|include)\b[^.;]{0,200}?"
    r"\b(?:other\s+(?:customers?|clients?|agencies|purposes?|products?|users)|any\s+purpose\s+other|for\s+any\s+other\s+purpose|"
    r"commercial\s+(?:[\w-]+\s+)?(?:products?|services?|offerings?)|(?:products?|services?|models?|offerings?)\s+(?:[\w,-]+\s+){0,4}?"
    r"(?:offered|sold|provided|licensed|available|marketed)\s+to)\b", re.I)
_AUDIENCE = (r"(?:customers|clients|subscribers|licensees|tenants|archives|libraries|registrants|agencies|companies|firms|"
             r"users|utilities|hospitals|operators|organizations|railroads|carriers|banks|insurers|manufacturers|retailers|"
             r"regulators|fleets|partners|members|teams)")
# what serves others: "the shared reference models that serve all of our clients", "our commercial Stormline
# service", "the general LedgerLens model that we license to archives and libraries"
_FOR_OTHERS = re.compile(
    r"\b(?:(?:all|other|every)\s+(?:of\s+)?(?:our\s+)?(?:[\w-]+\s+){0,2}?" + _AUDIENCE + "|"
    r"across\s+(?:all\s+(?:of\s+)?)?our\s+(?:[\w-]+\s+){0,2}?" + _AUDIENCE + "|"
    # ("our commercial transit and school-bus customers")
    r"commercial\s+(?:[\w-]+\s+){0,3}?(?:customers|clients)|"
    r"commercial\s+(?:[\w-]+\s+)?(?:customers?|clients?|products?|offerings?|services?|library|models?|users|platform|"
    r"subscriptions?)|"
    r"(?:licen[cs]ed?|licen[cs]es|sell|sells|sold|offers?|offered|market(?:ed|s)?|suppl(?:y|ies|ied)|provides?|provided)\s+"
    r"(?:\w+\s+){0,3}?to\s+(?:other\s+|our\s+)?(?:[\w-]+\s+){0,3}?" + _AUDIENCE + "|"
    r"general[\s-](?:purpose\s+)?(?:[A-Z][\w-]*\s+)?(?:models?|products?|library|dictionary)|"
    r"(?:product|platform|model|library|dictionary|service)\s+(?:that\s+)?(?:serv(?:es|ing)|used\s+by)\s+(?:all|other|every)\b)",
    re.I)
# what is taken in: "are pooled into", "will be added to", "fold ... into", "use them to improve"
_TAKEN_IN = re.compile(r"\b(?:add(?:ed|s)?|fold(?:ed|s)?|shared\s+with|incorporat(?:e|es|ed)\s+(?:\w+\s+){0,4}?into|contribut\w+|"
                       r"feeds?\s+(?:into\s+|the\s+|our\s+)|fed\s+into|merg(?:e|es|ed)|pool(?:ed|s)?|join|joins|"
                       r"(?:used?|reused?)\s+(?:\w+\s+){0,2}?to\s+(?:improve|train|refine|enrich|tune|build)|improv(?:e|es|ed)|"
                       r"train(?:s|ed)?|refin(?:e|es|ed)|enrich(?:es|ed)?)\b", re.I)
# how the data is stripped ("with no identifiers attached", "with site identifiers removed") is no negation
_STRIPPED = re.compile(r"\b(?:with\s+no|without|stripped\s+of|free\s+of)\b[^,.;]*|"
                       r"\b(?:names?|identifiers?|dates?)\s+(?:\w+\s+)?removed\b", re.I)
# the others' own data ("commercial customers receive model updates trained on their own pooled data")
_THEIR_OWN = re.compile(r"\b(?:their|its|each\s+(?:customer|client)['’]s)\s+own\s+(?:[\w-]+\s+){0,2}?(?:data|images?|records?|"
                        r"files?|content|collections?)\b", re.I)
_KEPT_APART = re.compile(r"\b(?:not|never|no|none|nothing|neither|nor|only|solely|exclusively)\b", re.I)
# the proposer's own products, named where it says whom it sells them to
_PRODUCT_SOLD = re.compile(r"\b(?:sells?|sold|licen[cs]es?|markets?)\s+(?:our\s+|the\s+|its\s+)?([A-Z][\w-]+)\s+(?:\w+\s+){0,3}?to\b|"
                           r"\bour\s+([A-Z][\w-]+)\s+(?:commercial\s+)?(?:product|platform|service|offering|subscription)")


def _reuse_for_others(req_text: str, units: list[Unit]) -> tuple[Unit, str] | None:
    """The Government's data may serve no one else; a passage anywhere in the proposal puts it
    into what serves other customers ("de-identified crops ... feed the shared reference models
    that serve all of our clients"; "will be used to improve the suggestion engine in TagCompass",
    where TagCompass is what the proposer sells to registrants).  A passage that restricts
    ("only", "never", "not") does not count."""
    if not _OTHERS_BANNED.search(req_text):
        return None
    names = {n for u in units for m in _PRODUCT_SOLD.finditer(u.text) for n in m.groups() if n}
    into_name = re.compile(r"\b(?:improv\w*|train\w*|refin\w*|tun(?:e|es|ed|ing)|enrich\w*|into|to)\s+(?:the\s+|our\s+)?"
                           r"(?:[\w-]+\s+){0,3}?(?:in\s+|of\s+)?(?:" + "|".join(map(re.escape, sorted(names))) + r")\b") \
        if names else None

    def serves_others(text: str) -> bool:
        said = _STRIPPED.sub(" ", text)
        if not _TAKEN_IN.search(said) or _KEPT_APART.search(said) or _THEIR_OWN.search(said):
            return False
        return bool(_FOR_OTHERS.search(text) or (into_name is not None and into_name.search(text)))

    for u in units:
        if u.pointer:
            continue
        # (the whole passage, or one sentence of it: "No facility names ... leave the EPA environment"
        # beside the sentence that puts the patterns learned into the library sold to others)
        if serves_others(u.text) or any(serves_others(x) for x in sentences(u.text)):
            return u, f"the solicitation forbids using its data for others; the proposal does: '{u.text[:140]}'"
    return None


_PERSON = (r"(?:analyst|reviewer|officer|examiner|inspector|specialist|adjudicator|clinician|physician|pharmacist|engineer|"
           r"supervisor|chief|manager|human|person|staff(?:\s+member)?|(?-i:[A-Z]{2,5}))")
# every item passes a person first: "unless a certified IPI has physically checked and signed it", "must be
# confirmed by a trained analyst", "only after the section chief approves them", "on the basis of a model
# result alone"
_PERSON_FIRST = re.compile(
    r"\b(?:unless|until)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _PERSON + r"\b[^.;]{0,60}?\b(?:review|check|approv|confirm|"
    r"verif|sign|accept)\w*|"
    r"\b(?:must|shall)\s+(?:first\s+)?be\s+(?:\w+\s+)?(?:confirmed|reviewed|approved|verified|validated|signed|accepted|"
    r"adjudicated)\s+by\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _PERSON + r"\b|"
    r"\bonly\s+after\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}?(?:approv|review|confirm|sign|accept)\w*|"
    r"\b(?:on\s+the\s+basis\s+of|based\s+(?:on|solely\s+on))\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:model|system|algorithm|"
    r"automated)\s+(?:\w+\s+)?(?:alone|only)\b|"
    r"\bwithout\s+(?:a\s+)?" + _PERSON + r"\s+(?:\w+\s+)?(?:review|approval|confirmation|decision|sign[\s-]?off)\b", re.I)
# straight through above a score: "codes the model proposes with a score of 0.97 or higher will be written
# to the trademark database automatically", "with confidence of 0.97 or higher move directly to the catalog"
_STRAIGHT_THROUGH = re.compile(r"\b(?:automatic(?:ally)?|auto-\w+|directly|straight)\b|\bwithout\s+(?:any\s+)?(?:further\s+)?"
                               r"(?:[\w-]+\s+){0,2}?(?:review|approval|confirmation|check|sign[\s-]?off)\b", re.I)
_ABOVE_SCORE = re.compile(r"\b(?:confidence|score|scoring|scored|probability|match)\b[^.;]{0,40}?\d|"
                          r"\d(?:\.\d+)?\s*(?:percent|%)?\s+(?:or\s+(?:higher|above|more)|and\s+above)|\babove\s+\d", re.I)


def _straight_through(req: _Req, units: list[Unit]) -> tuple[Unit, str] | None:
    """Every item must pass a person first; a passage anywhere in the proposal lets the items the
    model scores high enough through without one ("candidates that score at or above 0.995 ... will
    be attached to the record automatically").  The requirement must set no figure of its own (a
    cut-off it sets is compared as a threshold), and the passage must share two of its terms."""
    text = req.ob.text
    if not _PERSON_FIRST.search(text) or _req_thresholds(text):
        return None
    for u in units:
        if u.pointer or len(u.terms & set(req.weights)) < 2 or not _ABOVE_SCORE.search(u.text):
            continue
        m = _STRAIGHT_THROUGH.search(u.text)
        if m and not re.search(r"\b(?:not|never|no|nothing|none)\b", _clause_before(u.text, m.start()), re.I):
            return u, f"the solicitation requires a person to pass each item first; the proposal lets high scores through: '{u.text[:140]}'"
    return None


def _reuse_conflict(req_text: str, resp: str) -> str | None:
    """Use of Government data to train or improve other products is forbidden; the answer reuses
    it in another form ("patterns learned from CBP data, after anonymization, feed the shared
    baseline model that all customers receive"; "prompts may be used in de-identified form to
    improve the provider's general models")."""
    if not _REUSE_BANNED.search(req_text):
        return None
    m = _affirmed(_REUSE, resp, ".;")
    return f"the solicitation forbids reuse of its data; the proposal reuses it: '{m.group(0)[:120]}'" if m else None


_ONSHORE = re.compile(r"\b(?:within|inside|in)\s+the\s+(?:United\s+States|U\.\s?S\.|US|continental\s+United\s+States)\b|"
                      r"\b(?:United\s+States|U\.\s?S\.|US)\s+(?:persons?|citizens?|soil)\b|\bCONUS\b|"
                      r"\b(?:United\s+States|U\.\s?S\.|US)[\s-]based\s+(?:staff|personnel|employees|agents|analysts|team)\b|"
                      r"\b(?:domestic(?:ally)?|onshore)\b|\boutside\s+the\s+(?:United\s+States|U\.\s?S\.)", re.I)
# where offshore work is usually placed; a reviewer reads these names as "not in the United States"
_ABROAD = re.compile(
    r"\b(?:(?:our|from|in|at|by|uses?|using)\s+(?:an?\s+|the\s+)?(?:offshore|overseas|nearshore)\s+(?:[\w-]+\s+)?"
    r"(?:teams?|cent(?:er|re)s?|staff|support|delivery|development|resources|engineers|developers|personnel|"
    r"facilit(?:y|ies)|locations?|sites?|data\s+cent(?:er|re)s?)|"
    r"foreign\s+nationals?|non-U\.?S\.\s+(?:persons?|citizens?|nationals?)|"
    r"India|(?<!American\s)(?<!Alaska\s)Indian(?![\s-]+(?:Health|Affairs|[Tt]ribes?|[Tt]ribal|[Cc]ountry|[Rr]eservations?|Ocean|[Pp]reference|Self-Determination|Education|[Nn]ations?|[Ll]ands?|[Cc]hild|applicants?|employees?|employment|hiring|owned|[Ee]conomic|[Oo]rganizations?|[Cc]ommunit(?:y|ies)|[Ll]abor))|"
    r"Philippines|Philippine|Manila|Cebu|Davao|Bangalore|Bengaluru|Hyderabad|Pune|Chennai|Mumbai|Noida|Gurugram|"
    r"Gurgaon|Kolkata|(?<!New\s)Mexico|Mexican|Guadalajara|Monterrey|Tijuana|Canada|Canadian|Montr[eé]al|Costa\s+Rica|"
    r"Colombia|Bogot[aá]|Brazil|Argentina|Poland|Krak[oó]w|Romania|Bucharest|Ukraine|Kyiv|Lviv|Belarus|Minsk|"
    r"Bulgaria|Serbia|Belgrade|Ireland|United\s+Kingdom|Israel|Tel\s+Aviv|Vietnam|Hanoi|Ho\s+Chi\s+Minh|"
    r"China(?!\s+Lake)|Shenzhen|Shanghai|Beijing|Malaysia|Kuala\s+Lumpur|Singapore|Egypt|South\s+Africa|"
    r"Johannesburg|Cape\s+Town|Pakistan|Karachi|Bangladesh|Dhaka|Sri\s+Lanka|Kenya|Nairobi|Nigeria|Estonia|Tallinn|"
    r"Lithuania|Vilnius)\b"
    # ("the Canadian provincial yellow card", "Philippine Department of Health records": papers from there)
    r"(?!\s+(?:(?![\w-]*s\s)[\w-]+\s+){0,4}?(?:cards?|records?|forms?|passports?|certificates?|licen[cs]es?|visas?|IDs?|booklets?|documents?)\b)")


_GOVERNMENT_KEYS = re.compile(r"\b(?-i:[A-Z]{2,6})-(?:controlled|managed|held|owned)\s+(?:[\w-]+\s+){0,2}?(?:keys?|key\s+management|"
                              r"KMS|HSMs?|hardware\s+security\s+modules?)\b|"
                              r"\bkeys?\b[^.;]{0,80}?\b(?:generated|held|controlled|managed|owned|retained|stored)\s+"
                              r"(?:[\w-]+\s+){0,6}?by\s+(?:the\s+)?(?!contractor|vendor|offeror|quoter)(?:government|agency|"
                              r"department|customer|[A-Z][A-Za-z]{1,10}\b)|"
                              r"\b(?:government|agency|customer)[\s-](?:controlled|managed|held|owned|generated)\s+"
                              r"(?:encryption\s+)?keys?\b", re.I)
_OWN_KEYS = re.compile(r"\bkeys?\b[^.;]{0,80}?\b(?:held|generated|managed|stored|kept|controlled|reside|administered)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:in|by|within|on)\s+(?:[\w-]+\s+){0,5}?(?:our|its|[A-Z][\w-]*['’]s)\s+(?:own\s+)?|"
                       r"\b(?:our|its|[A-Z][\w-]*['’]s)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:key\s+management|KMS|HSMs?|"
                       r"hardware\s+security\s+modules?)\b|"
                       r"\b(?:vendor|provider|contractor|platform)[\s-](?:managed|held|controlled|owned)\s+(?:encryption\s+)?keys?\b|"
                       r"\b(?!(?:Government|Agency|Department|Customer|Federal)\b)(?-i:[A-Z][a-z]\w*)-(?:managed|held|controlled|owned)\s+"
                       r"(?:[\w-]+\s+){0,2}?(?:keys?|HSMs?|hardware\s+security\s+modules?|key\s+management|KMS)\b",
                       re.I)


_DEDICATED = re.compile(r"\b(?:dedicated|single[\s-]tenant|isolated|not\s+shared)\b|"
                        r"(?:\b[A-Z][\w.]*['’]s|\b(?:Government|agency)(?:['’]s)?)\s+(?:own\s+)?(?:AWS\s+|Azure\s+)?"
                        r"(?:GovCloud\s+(?:\(US\)\s+)?)?(?:account|tenant|tenancy|subscription)\b", re.I)
_SHARED_TENANCY = re.compile(r"\bmulti-?tenan\w*|\bcommercial\s+(?:[\w-]+\s+){0,2}?region\b|\bshared\s+(?:[\w-]+\s+)?(?:platform|service|environment|infrastructure|"
                             r"cluster|instance|tenancy|cloud)\b|\balso\s+(?:serves?|hosts?|used\s+by)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:customers|clients|tenants|insurers|companies|agencies)\b|\bfor\s+all\s+(?:of\s+)?our\s+"
                             r"(?:[\w-]+\s+)?(?:customers|clients|tenants)\b|\b(?:across|for)\s+(?:our|the|its)\s+(?:whole\s+|entire\s+)?"
                             r"(?:client|customer)\s+base\b|\bacross\s+(?:all\s+)?(?:our\s+)?(?:clients|customers|tenants)\b", re.I)


_ROUND_THE_CLOCK = re.compile(r"\b24\s*(?:hours?\s+a\s+day|/\s*7|x\s*7|\s*×\s*7)|\baround[\s-]the[\s-]clock\b|"
                              r"\b24\s+hours\s+(?:a|per)\s+day\b", re.I)
# (a span of years is not a span of hours: "the ice seasons from 2015-2016 through 2024-2025")
_YEARS = r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d"
_LIMITED_HOURS = re.compile(r"(?<!through\s)(?<!\bto\s)(?<!and\s)(?<!seasons\s)(?<!season\s)"
                            r"(?!" + _YEARS + r"\s+(?:through|to|and|seasons?|school|fiscal|academic|water|crop)\b)"
                            r"\b(?:[01]?\d|2[0-3]):?[0-5]\d\s*(?:-|–|to|until)\s*(?:[01]?\d|2[0-4]):?[0-5]\d\b|"
                            r"\b\d{1,2}(?::[0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)\s*(?:-|–|to|until)\s*\d{1,2}(?::[0-5]\d)?\s*"
                            r"(?:a\.?m\.?|p\.?m\.?)|\boutside\s+(?:those|these|staffed|business|working|duty)\s+hours\b|"
                            r"\b(?:normal|core|regular|standard)?\s*(?:business|working|office)\s+hours\b|"
                            r"\bMonday\s+(?:through|to|-|–)\s+(?:Friday|Saturday)\b|\bweekdays\b|\bnext\s+(?:staffed\s+)?shift\b", re.I)


_EVERY_DAY = re.compile(r"\b(?:seven|7)\s+days\s+(?:a|per|each)\s+week\b|\bevery\s+day\s+of\s+the\s+(?:week|year)\b|"
                        r"\bincluding\s+(?:weekends|Saturdays|Sundays)\b|\b(?:all|every|each)\s+(?:operating\s+|work\s+)?shifts?\b|"
                        r"\b365\s+days\b", re.I)


def _clock_only(text: str, answer: str) -> bool:
    """The requirement's only times say the service runs around the clock ("by telephone 24 hours a
    day, 7 days a week"), and the answer says so in other words ("on call by phone around the
    clock")."""
    if not (_ROUND_THE_CLOCK.search(text) and _ROUND_THE_CLOCK.search(answer)):
        return False
    return not quantities(_EVERY_DAY.sub(" ", _ROUND_THE_CLOCK.sub(" ", text)))


_SOME_DAYS = re.compile(r"\bMonday\s+(?:through|to|-|–)\s+Friday\b|\bweekdays?\s+only\b|"
                        r"\b(?:the\s+)?(?:day|first|weekday)\s+shift\s+only\b|\bduring\s+the\s+(?:day|first|weekday)\s+shift\b|"
                        r"\bbusiness\s+days\s+only\b", re.I)
_PRESERVE = re.compile(r"\bpreserve[sd]?\b[^.;]{0,120}?\b(?:as\s+part\s+of|in|with)\s+(?:the\s+|each\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
                       r"(?:case\s+file|case\s+record|official\s+record|record\s+copy|file|archive)\b|"
                       r"\b(?:preserve|retain|keep)\b[^.;]{0,80}?\bpermanently\b|"
                       # "preserve every original image file exactly as uploaded"
                       r"\b(?:preserve|retain|keep)\b[^.;]{0,40}?\boriginals?\b[^.;]{0,60}?\b(?:as\s+(?:uploaded|received|captured|"
                       r"submitted|filed)|unaltered|unmodified|unchanged|bit[\s-]for[\s-]bit)", re.I)
_DELETED_AFTER = re.compile(r"\b(?:deleted|purged|destroyed|discarded|erased)\s+(?:automatically\s+)?(?:after|once|when|at\s+the\s+end)\b|"
                            r"\bfor\s+(?:\d+|[a-z]+)\s+(?:days|weeks|months)\b[^.;]{0,60}?\b(?:then|and\s+then|after\s+which\s+they\s+are)\s+"
                            r"(?:deleted|purged|destroyed|discarded|erased)\b", re.I)


_INSIDE_EXISTING = re.compile(r"\b(?:inside|within|embedded\s+in|integrated\s+(?:into|with)|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                              r"existing\b", re.I)
_SEPARATE_APP = re.compile(r"\bseparate\s+(?:[\w-]+\s+){0,2}?(?:application|app|portal|website|site|interface|console|"
                           r"login|credentials|sign[\s-]?on|account)s?\b|\bits\s+own\s+(?:[\w-]+\s+)?(?:login|credentials|"
                           r"sign[\s-]?on|password)s?\b|\brather\s+than\s+inside\b|\balongside\s+(?:[\w-]+\s+){0,2}?rather\s+than\b", re.I)


_NO_LINKING = re.compile(r"\bnot\s+(?:[\w-]+\s+)?(?:link|combine|join|merge|enrich|match|augment|fuse)\b[^.;]{0,80}?\b(?:with|to)\b"
                         r"[^.;]{0,40}?\b(?:any|outside|external|commercial|third[\s-]party|other|purchased|credit\s+bureaus?|"
                         r"data\s+brokers?)\b", re.I)
# ("we enrich installer records with IdentiGraph, a commercial data set licensed from a consumer data broker")
_LINKED = re.compile(r"\b(?:joined|linked|combined|merged|enriched|augmented|fused|matched|appended|"
                     r"(?:we|it|they)\s+(?:join|link|combine|merge|enrich|augment|fuse|append))\b[^.;]{0,80}?"
                     r"\b(?:licensed|purchased|commercial|third[\s-]party|outside|external|vendor[\s-]supplied|"
                     r"data\s+brokers?|credit\s+bureaus?)\b|"
                     r"\b(?:licensed|purchased|commercial|third[\s-]party)\s+(?:[\w-]+\s+){0,5}?(?:is|are)\s+"
                     r"(?:joined|linked|combined|merged|matched|appended)\b", re.I)


_VERB_FAMILIES = [frozenset(f.split()) for f in (
    "change changes changed update updates updated modify modifies modified replace replaces replaced retune retunes "
    "retuned swap swaps swapped upgrade upgrades upgraded alter alters altered adjust adjusts adjusted",
    "send sends sent transmit transmits transmitted email emails emailed forward forwards forwarded push pushes pushed",
    "close closes closed clear clears cleared suppress suppresses suppressed dismiss dismisses dismissed resolve "
    "resolves resolved downgrade downgrades downgraded",
    "deny denies denied pend pends pended reduce reduces reduced suspend suspends suspended hold holds held",
)]


# done with no person deciding: "closed by the system on its own", "automatically"
_BY_ITSELF = re.compile(r"\bautomatic(?:ally)?\b|\bauto-|\bon\s+(?:its|their)\s+own\b|\bby\s+(?:itself|themselves)\b|"
                        r"\bwithout\s+(?:any\s+|an?\s+)?(?:human|engineer|analyst|reviewer|examiner|officer|operator|staff)\b",
                        re.I)


def _automatic_breach(req_text: str, resp: str) -> str | None:
    """Something may not happen on the system's own ("shall not change the foundation model",
    "must not send ... directly to operators"); the answer has it happen automatically ("the
    provider updates the model automatically", "the service automatically sends a summary")."""
    # the verb after "not", or after "not" and an adverb ("shall not automatically send")
    # (not the first half of a compound: "shall not use change-order proposals")
    banned = {w.lower() for pair in re.findall(r"\bnot\s+([\w-]+)(?:\s+(\w+)\b(?!-))?", req_text, re.I) for w in pair if w}
    # (each verb of a list: "shall not approve, reject, or place on hold any payment")
    for listed in re.finditer(r"\bnot\s+[a-z]+((?:,\s+[a-z]+){0,3},?\s+(?:or|nor)\s+[a-z]+(?:\s+on\s+(hold))?)", req_text, re.I):
        banned |= {w.lower() for w in re.findall(r"[a-z]+", listed.group(1)) if w not in ("or", "nor", "on")}
    if re.search(r"\b(?:closed|downgraded|suppressed|cleared)\b[^.;]{0,40}\bexcept\s+by\b", req_text, re.I):
        banned |= {"close"}
    family = set().union(*(f for f in _VERB_FAMILIES if f & banned))
    if not family:
        return None
    for clause in re.split(r";|\.(?!\d)", resp):   # ("a score above 0.90": a decimal point ends no clause)
        if not _BY_ITSELF.search(clause):
            continue
        verb = next((m for m in re.finditer(r"[a-z]+", clause.lower()) if m.group(0) in family), None)
        # a negation just before the verb governs it; "so that noise does not crowd the queue" after it
        # does not, nor does one in a condition further back ("an alert that receives no officer
        # response within seven days is closed automatically")
        if verb and not re.search(r"\b(?:not|never|no|nothing|none|only\s+(?:a|an|the)\s+\w+)\b",
                                  clause[max(0, verb.start() - 30):verb.end() + 25], re.I):
            return f"the solicitation forbids it; the proposal does it automatically: '{clause.strip()[:120]}'"
    return None


@dataclass(frozen=True)
class _Kind:
    """A kind of conflict reviewers know: the solicitation requires ``required``; the answer
    affirms ``offered`` (in a main clause that no negation governs), and says nothing that
    matches ``unless``."""

    required: re.Pattern
    offered: re.Pattern
    message: str
    also: re.Pattern | None = None     # a second pattern the requirement must match
    unless: re.Pattern | None = None   # the answer meets the requirement after all
    relative: bool = False   # a relative clause affirms it too ("our licence, which allows non-commercial use")
    stops: str = ".;"                  # what ends the clause a negation must be in to govern the match
    not_if: re.Pattern | None = None   # a requirement that matches this is of another kind
    clause: bool = False               # quote the clause the match stands in, not the match alone
    joiner: str = ": "                 # between the message and the quote ("... the proposal offers 'X'")


# work placed in the vendor's cloud ("runs in NoteSight Cloud, our FedRAMP Moderate environment", "copied to our cloud");
# "our cloud team installs it on the agency's servers" places nothing there
_IN_VENDOR_CLOUD = (r"\b(?:runs?|running|hosted|operated?|operates|processed|sent|copied|reached|stored|served|inference)\s+"
                    r"(?:[\w-]+\s+){0,6}?(?:in|on|to|through|over|from)\s+(?:[\w-]+\s+){0,2}?(?:our|its|[A-Z][\w-]*['’]s)\s+"
                    r"(?:own\s+)?(?:[\w-]+\s+){0,4}?(?:(?:Gov)?[Cc]loud|data\s+cent(?:er|re))(?!\s+(?:team|engineers|staff|practice))\b|"
                    r"\b(?:our|its|[A-Z][\w-]*['’]s)\s+(?:own\s+)?(?:[\w-]+\s+){0,4}?(?:(?:Gov)?[Cc]loud|data\s+cent(?:er|re))\b"
                    r"(?!\s+(?:team|engineers|staff|practice))(?=[^.;]{0,60}\b(?:runs?|hosts?|hosted|processes|processed|stores?|stored)\b)")
# "all inference runs on the Smithsonian cluster": the work stays on the agency's machines
_ON_THEIRS = re.compile(r"\b(?:runs?|running|installed|deployed|hosted|operates?)\s+(?:[\w-]+\s+){0,3}?on\s+(?:the\s+)?"
                        r"(?:Government|agency|[A-Z][\w.'’]*)\b(?!['’]s\s+(?:own\s+)?cloud)")
_ISOLATED = re.compile(r"\b(?:air[\s-]?gapped|isolated|disconnected|offline|stand[\s-]?alone|no\s+(?:external\s+|internet\s+|"
                       r"network\s+)?(?:connection|connectivity|network\s+access)|without\s+(?:an?\s+|any\s+)?(?:internet|network|"
                       r"external)\s+connection|no\s+(?:[\w-]+,?\s+(?:or\s+|and\s+)?){1,4}?(?:connection|connectivity)|"
                       r"no\s+dependence\s+[^.;]{0,40}?\bon\s+[^.;]{0,60}?\b(?:internet|outside|external)\b|"
                       r"(?:no|without\s+(?:any\s+)?)(?:[\w-]+\s+)?(?:connection|link)s?\s+to\s+(?:any\s+)?"
                       r"(?:(?:outside|external|public)\s+)?(?:networks?|the\s+internet|internet))\b", re.I)
# a system that must keep working where the network is gone ("continue scoring at the dam when the
# wide area network link is lost") is held to the same test as an isolated one
_WORKS_OFFLINE = re.compile(_ISOLATED.pattern + r"|\b(?:when|while|if|whenever)\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
                            r"(?:link|connection|connectivity|network|communications?)s?\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:is\s+|are\s+|goes\s+|becomes\s+|has\s+been\s+|have\s+been\s+)?"
                            r"(?:lost|down|unavailable|interrupted|severed|out|cut)\b|"
                            r"\b(?:lost|loss\s+of)\s+(?:[\w-]+\s+){0,2}?(?:connectivity|connection|network\s+access)\b", re.I)
_CONNECTED = re.compile(r"\b(?:cellular|VPN|remote\s+(?:access|connection|link)|outbound\s+(?:[\w-]+\s+)?(?:link|connection)|"
                        r"license\s+(?:server|service)|check\s+in\s+with|(?:daily|hourly|weekly|periodic|regular)\s+(?:telemetry\s+)?"
                        r"(?:link|connection|check[\s-]?in)|persistent\s+(?:network\s+)?connection|reached\s+over|"
                        r"internet\s+connection)\b|"
                        # "the web application requires a connection", "a thin client", "audio is streamed to our
                        # cloud", "no offline client is proposed", "automated analysis waits for upload"
                        r"\b(?:requires?|needs?|depends?\s+on)\s+(?:an?\s+)?(?:live\s+|continuous\s+|constant\s+)?"
                        r"(?:network\s+|internet\s+|cellular\s+|data\s+)?(?:connection|connectivity|link)\b|\bthin\s+client\b|"
                        r"\bstream(?:s|ed|ing)?\s+(?:it\s+|them\s+|(?:the\s+)?(?:audio|video|images?|data)\s+)?(?:to|over|into)\b|"
                        r"\bno\s+offline\s+(?:mode|client|capability|operation|version|identification)\b|"
                        r"\bwaits?\s+for\s+(?:upload|reconnection|the\s+(?:link|connection|network))\b|" + _IN_VENDOR_CLOUD, re.I)
# (not "without connectivity, the app only offers ...": a condition, not a promise)
_UNCONNECTED = re.compile(r"\b(?:no|without|never)\s+(?:[\w-]+\s+){0,2}?(?:network|internet|connection|connectivity)\b"
                          r"(?!\s*,)", re.I)
_AS_REPORTED = re.compile(r"\bonly\s+(?:when|where|if|as)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:states?|gives?|reports?|provides?|"
                          r"contains?|records?)\b|\bnot\s+(?:[\w-]+\s+)?(?:impute|estimate|infer|guess|fabricate)\b", re.I)
_IMPUTED = re.compile(r"\b(?:fill|fills|filled|populate|populates|populated|default|defaults|defaulted)\s+(?:in\s+)?(?:the\s+)?"
                      r"(?:[\w-]+\s+){0,3}?(?:with|from|using)\b|\b(?:imputed?|imputes|estimated\s+from|inferred\s+from)\b", re.I)
_ON_PREMISES = re.compile(r"\b(?:all|only)\b[^.;]{0,60}\bon\s+(?:the\s+)?(?:[A-Z][\w.'’]*\s+){1,3}(?:[\w-]+\s+){0,3}?"
                          r"(?:cluster|servers?|data\s+cent(?:er|re)|infrastructure|hardware|workstations?)\b|"
                          r"\bon\s+(?:the\s+)?(?:Government|agency)[\s-](?:owned|furnished|provided)\s+(?:[\w-]+\s+)?(?:hardware|"
                          r"infrastructure|servers?|systems?|computers?|laptops?|devices?|appliances?|tablets?)\b")
_OFF_PREMISES = re.compile(_IN_VENDOR_CLOUD + r"|\bcop(?:y|ies|ied)\s+[^.;]{0,160}?\bto\s+(?:our|its)\b", re.I)
_HOSTING = re.compile(r"\b(?:environment|tenan\w*|host\w*|instance|enclave|cloud|infrastructure)\b", re.I)
# data or software the Government may use without limit, offered under a limiting licence
_UNRESTRICTED = re.compile(r"\bfree\s+of\s+(?:any\s+|all\s+)?(?:licen[cs]e\s+)?restrictions?\b|\bwithout\s+(?:any\s+)?"
                           r"(?:further\s+|additional\s+|separate\s+)?licen[cs]e\b|\bpublic\s+domain\b|\bCC0\b", re.I)
_LIMITING_LICENCE = re.compile(r"\bnon-?commercial\b|\bCC\s+BY-NC\b|\blicen[cs]ed\s+(?:only\s+)?to\s+(?:the\s+)?[A-Z][\w-]*|"
                               r"\b(?:separate|additional|per-site|site)\s+licen[cs]es?\b|"
                               r"\blicen[cs]e\s+(?:that\s+is\s+)?(?:limited|restricted)\s+to\b")
_LICENSED_TO_DELIVER = re.compile(r"\blicen[cs]ed\s+to\s+(?:deliver|provide|furnish|transfer)\b|"
                                  r"\blicen[cs]e\s+(?:that\s+)?(?:permits?|allows?)\s+(?:its\s+)?deliver\w*\b", re.I)
_OWN_USE_LICENCE = re.compile(r"\bsingle[\s-](?:organi[sz]ation|user|seat|entity|company|firm)(?:\s+(?:basis|licen[cs]es?))?\b|"
                              r"\b(?:internal[\s-]use|own[\s-]use)[\s-]only\b|\bfor\s+(?:our|its)\s+(?:own\s+)?internal\s+use\s+only\b",
                              re.I)
_SOME_REVIEWED = re.compile(r"\bonly\s+(?:[\w-]+\s+){0,4}?(?:that|which|whose|with|where|when|if)\b[^.;]{0,100}?\b(?:is|are)\s+"
                            r"(?:queued|sent|routed|referred|held|passed|escalated)\s+(?:[\w-]+\s+){0,3}?(?:for|to)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:review|approval|reviewers?|analysts?|officers?)\b|\bspot[\s-]?checks?\b|"
                            r"\b(?:random\s+)?sample\s+of\s+(?:\d+|[a-z]+)\s*(?:%|percent)\b|"
                            r"\b(?:\d+|[a-z]+)\s*(?:%|percent)\s+(?:random\s+)?sample\b", re.I)
# a person must review each item: "a conservator reviews every Priority 1 defect", "all letters are
# reviewed and certified before release"
_REVIEWS_EACH = re.compile(_REVIEW_FIRST.pattern + r"|\b(?:reviews?|checks?|verif(?:y|ies)|inspects?)\s+(?:every|each|all)\b",
                           re.I)


# training or input data only from the Government ("train or fine tune the models only on
# Government furnished imagery"); the answer blends in other sources ("fine-tuned on a blend of
# Government imagery and our commercial library", "supplemented with public datasets")
# (or by the agency's name: "train and validate the model only on the de-identified Navy dive log and DCS
# case data", "using only the Government-furnished extract")
_ONLY_GOVERNMENT_DATA = re.compile(r"\bonly\b[^.;]{0,40}?\b(?:(?i:Government|agency)|(?!(?:Contractor|Offeror|Vendor|Proposer)\b)"
                                   r"(?-i:[A-Z][A-Za-z]{1,10}))[\s-]*(?:furnished|provided|owned|supplied|"
                                   r"collected|licensed)?\b[^.;]{0,30}?\b(?:data|imagery|images|records|datasets?|corpus|"
                                   r"content|documents|extracts?)\b|\bonly\s+(?:[\w-]+\s+){0,2}?(?:data|imagery|images|records|datasets?|"
                                   r"corpus)\s+(?:collected|furnished|provided|supplied|owned)\s+by\s+(?:or\s+[\w\s]+?)?"
                                   r"(?:the\s+)?(?:Government|agency)\b", re.I)
_BLEND_WORDS = (r"blend(?:ed)?|mix(?:ed|ture)?|combin(?:e|ed|ing|ation)|supplement(?:ed|ing|s)?|"
                r"augment(?:ed|ing|s)?|enrich(?:ed|es|ing)?|pre-?train(?:ed|s|ing)?|together\s+with|in\s+addition\s+to")
_BLEND_VERBS = "(?:" + _BLEND_WORDS + ")"
_BLENDED_SOURCES = re.compile(r"\b" + _BLEND_VERBS + r"\b(?:[^.;]|\.(?=\d)){0,100}?\b"
                              r"(?:commercial|proprietary|public(?:ly\s+available)?|open|synthetic|third[\s-]party|vendor|"
                              r"licensed|our\s+own|internal|recreational|consumer)\b(?:[\w\s,-]{0,40}?)\b(?:data|datasets?|imagery|"
                              r"images|library|libraries|corpus|corpora|collections?|records|sources?|archives?)\b|"
                              # a source named as the proposer's own: "enrich that extract with the Meridale BioDev
                              # Reference Corpus", "pretrain it on the ... archive that Kessling and Orr licenses"
                              r"\b" + _BLEND_VERBS + r"\b[^.;]{0,60}?\b(?-i:(?:[A-Z][\w-]*\s+){1,4}(?:Corpus|Library|Archive|Dataset|"
                              r"Collection))\b|"
                              r"\b" + _BLEND_VERBS + r"\b[^.;]{0,80}?\b(?:archive|corpus|dataset|library|collection)\s+"
                              r"(?:that|which)\s+(?:[\w&-]+\s+){1,4}?licen[cs]es\b|"
                              # "we add 3-meter daily imagery from our commercial smallsat partner"
                              r"\b(?:" + _BLEND_WORDS + r"|add|adds|added)\b[^.;]{0,60}?\b(?:data|imagery|images|records|"
                              r"scenes|feeds?)\s+from\s+(?:our|an?|the)\s+(?:commercial|proprietary|third[\s-]party|licensed|"
                              r"vendor)\b|"
                              # "adds a neighborhood enrichment layer purchased from a commercial data provider"
                              r"\b(?:" + _BLEND_WORDS + r"|adds?|added)\b[^.;]{0,60}?\b(?:purchased|bought|licensed|obtained|"
                              r"sourced)\s+from\s+(?:an?|the|our)\s+(?:commercial|third[\s-]party|proprietary|private)\s+"
                              r"(?:data\s+)?(?:providers?|vendors?|brokers?|aggregators?|suppliers?)\b", re.I)
# a field or column left for a person to fill in ("leave the final size conclusion blank for the
# size specialist"); the answer fills it ("the matrix is prefilled", "the conclusion is pre-populated")
_LEFT_BLANK = re.compile(r"\b(?:leave|leaves|left|remain|remains|kept)\s+(?:[\w-]+\s+){0,8}?(?:blank|empty|unfilled|"
                         r"unpopulated)\b", re.I)
_PREFILLED = re.compile(r"\b(?:pre-?fill(?:ed|s)?|pre-?populat(?:ed|es)?|auto-?fill(?:ed|s)?|auto-?populat(?:ed|es)?|"
                        r"filled\s+in\s+(?:automatically|in\s+advance|by\s+(?:the\s+)?(?:model|system|assistant|service))|"
                        r"pre-?complet(?:ed|es))\b", re.I)
_HARD_LIMIT = re.compile(r"\bhard\s+(?:limits?|constraints?|bounds?|caps?|ceilings?|floors?)\b|"
                         r"\bnever\s+(?:relax|violat|breach|trade)\w*|\binviolable\b", re.I)
_SOFT_LIMIT = re.compile(r"\bpenalty\s+(?:terms?|weights?|costs?|functions?)\b|\bsoft\s+(?:constraints?|limits?|targets?|bounds?)\b|"
                         r"\b(?:may|can|could|is\s+allowed\s+to|are\s+allowed\s+to)\s+(?:be\s+)?(?:relax\w*|dip\s+below|fall\s+below|"
                         r"drop\s+below|go\s+below|exceed|violate)\b", re.I)
_GOVERNMENT_MAY = re.compile(r"\b(?:permit|allow|authori[sz]e|entitle)s?\s+(?:the\s+)?(?:Government|agency|[A-Z]{2,6})\s+to\s+"
                             r"(?:publish|disclose|release|share|describe|reproduce|distribute|use|modify)\b")
_VENDOR_CONSENT = re.compile(r"\b(?:requires?|required|subject\s+to|only\s+with|conditioned\s+(?:on|upon)|needs?)\s+(?:the\s+)?"
                             r"(?:our|(?!(?:Government|Agency|Department|Bureau|Office|Officer|Administration|Service)['’]s)"
                             r"[A-Z][a-z][\w&-]*['’]s)\s+(?:express\s+|prior\s+|advance\s+)?(?:written\s+)?"
                             r"(?:consent|approval|permission|agreement|authori[sz]ation)\b")
_RELEASABLE = re.compile(r"\b(?:can|may|could|able\s+to|free\s+to)\s+(?:\w+\s+)?(?:release|publish|redistribute|share)\b|"
                         r"\b(?:public|open)\s+release\b|\breleas\w*\s+(?:it\s+|them\s+)?(?:to\s+the\s+public|publicly)\b", re.I)
_NOT_RELEASABLE = re.compile(r"\bnot\s+(?:be\s+)?licen[cs]ed\s+for\s+(?:[\w-]+\s+){0,3}?(?:redistribution|release|publication|"
                             r"disclosure|sharing)\b|\bnot\s+(?:be\s+)?(?:releasable|redistributable|publishable)\b", re.I)


# the Government left to buy its own licence to go on using what it was to be able to run ("after the
# order ends the Service would need to buy its own Gurobi license to keep running the planner")
_RUN_ON_ITS_OWN = re.compile(r"\bafter\s+(?:the\s+)?(?:task\s+)?(?:order|contract|period\s+of\s+performance)\s+(?:ends|expires|closes|"
                            r"is\s+over)|\bopen[\s-]source\b|\broyalty[\s-]free\b|\bwithout\s+(?:any\s+)?(?:additional\s+|further\s+|"
                            r"separate\s+)?(?:licen[cs]es?|licen[cs]ing\s+(?:fees?|costs?)|fees?|charges?)\b|\bno\s+(?:additional\s+|further\s+)?"
                            r"(?:licen[cs]e\s+|licen[cs]ing\s+)?(?:costs?|fees?|charges?)\b", re.I)
_BUY_OWN_LICENCE = re.compile(r"\b(?:would|will|must|shall)\s+(?:then\s+)?(?:need|have)\s+to\s+(?:buy|purchase|obtain|acquire|"
                              r"procure|pay\s+for|license)\s+(?:its|their|a|an|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?"
                              r"(?:licen[cs]es?|subscriptions?)\b", re.I)


# work placed explicitly outside the boundary it must stay in ("the drafting model runs at the partner's
# cloud endpoint outside the DIA enclave" against "host every model ... inside the DIA enclave")
_BOUNDARY_PLACES = r"(?:[\w-]+\s+){0,3}?(?:enclave|boundary|network|tenant|tenancy|environment|data\s+cent(?:er|re))"
_INSIDE_PLACE = re.compile(r"\b(?:inside|within)\s+(?:the|its|that|this|a)?\s*" + _BOUNDARY_PLACES + r"\b", re.I)
_OUTSIDE_PLACE = re.compile(r"\b(?:runs?|running|hosted|hosts?|operates?|operated|executes?|executed|sits?|resides?|located|"
                            r"sent|sends|called|calls|processed|stored|performed|done)\b[^.;]{0,80}?\boutside\s+(?:of\s+)?"
                            r"(?:the|its|that|this|our)?\s*" + _BOUNDARY_PLACES + r"\b", re.I)


# one store for all where each must have its own ("keep each project's records in a separate
# retrieval index" against "all projects share one retrieval index")
_STORES = r"(?:[\w-]+\s+){0,2}?(?:index|indexes|indices|store|database|partition|collection|workspace|repository|vector\s+store)"
_SEPARATE = re.compile(r"\b(?:separate|distinct|segregated|dedicated)\s+" + _STORES + r"\b|\bits\s+own\s+" + _STORES + r"\b", re.I)
_POOLED = re.compile(r"\b(?:share|shares|sharing)\s+(?:one|a\s+single|a\s+common|the\s+same)\s+" + _STORES + r"\b|"
                     r"\b(?:one|a\s+single|a\s+common)\s+(?:shared\s+)?" + _STORES + r"\s+(?:for|across|serves?|holds?)\s+"
                     r"(?:all|every|each)\b", re.I)


# an open-source release: "under an OSI-approved open-source license", "under the BSD 3-Clause license"
_OPEN_LICENCE = re.compile(r"\b(?:OSI[\s-]approved|open[\s-]source)\b[^.;]{0,40}?\blicen[cs]e|"
                           r"\bunder\s+(?:the\s+|an?\s+)?(?:BSD|MIT|Apache|GPL|LGPL|MPL|Mozilla|Creative\s+Commons|CC0)\b", re.I)
# a licence that keeps the code closed or bars others' use
_CLOSED_LICENCE = re.compile(r"\b(?:remains?|is|are|stays?)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?proprietary\b|"
                             r"\b(?:research|proprietary|non-?commercial|evaluation|academic)(?:[\s-]use)?\s+licen[cs]e\b|"
                             r"\b(?:but\s+)?not\s+(?:for\s+)?commercial\s+use\b|\b(?:bars?|prohibits?|forbids?)\s+commercial\s+use\b",
                             re.I)
# a duty to hand over the source code (or weights): "deliver the complete source code of the service"
_SOURCE_DUE = re.compile(r"\b(?:deliver|provide|furnish|release|transfer|turn\s+over)\w*\b[^.;]{0,60}?\bsource\s+code\b|"
                         r"\bsource\s+code\b[^.;]{0,60}?\b(?:shall|must)\s+be\s+(?:delivered|provided|furnished|released)\b", re.I)
# the answer keeps it back: compiled only, in escrow, still the vendor's, withheld
_KEPT_BACK = re.compile(r"\bcompiled\b[^.;]{0,40}?\bonly\b|\bonly\s+(?:as\s+)?(?:an?\s+)?compiled\b|"
                        r"\bcompiled,?\s+non-redistributable\b|"
                        r"\b(?:held|placed|kept|deposited|lodged)\s+in\s+(?:an?\s+)?(?:third-party\s+)?escrow\b|\bescrow\s+only\b|"
                        r"\b(?:remains?|stays?)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:proprietary|property)\b|"
                        # ("the trained weights are withheld"; not "withholding spans" of a redaction, nor a withholding tax)
                        r"\b(?:are|is|be|remain|remains)\s+withheld\b|\bwithholds?\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+)?"
                        r"(?:source|code|weights|models?)\b|"
                        # "delivered in compiled form; running them requires an active ... runtime license"
                        r"\b(?:delivered|provided|supplied)\s+(?:only\s+)?(?:as\s+(?:an?\s+)?(?:encrypted\s+)?compiled|in\s+compiled\s+form|"
                        r"as\s+an?\s+encrypted)\b|\bruntime\s+licen[cs]e\b|"
                        # "the weights themselves will not be delivered"
                        r"\b(?:code|weights|models?|software|library|engine)\b[^.;]{0,80}?\b(?:will|shall|are|is)\s+not\s+(?:be\s+)?"
                        r"(?:delivered|provided|released|transferred|handed\s+over|part\s+of\s+the\s+deliver(?:y|ables?))\b", re.I)


_KINDS = {
    # a field filled in where it must be left blank for a person
    "blank": _Kind(_LEFT_BLANK, _PREFILLED, "the solicitation requires it left blank for a person; the proposal fills it"),
    # data from other sources where only the Government's may be used
    "sources": _Kind(_ONLY_GOVERNMENT_DATA, _BLENDED_SOURCES,
                     "the solicitation allows only Government data; the proposal adds other sources"),
    # work or data abroad where it must stay in the United States ("Tier 1 help desk in Manila")
    "offshore": _Kind(_ONSHORE, _ABROAD, "the solicitation requires U.S. performance; the proposal places work abroad"),
    # keys held by the vendor where the Government must control them
    "keys": _Kind(_GOVERNMENT_KEYS, _OWN_KEYS, "the solicitation requires Government-controlled keys; the proposal holds them"),
    # a shared platform where a dedicated environment is required
    "tenancy": _Kind(_DEDICATED, _SHARED_TENANCY, "the solicitation requires a dedicated environment; the proposal shares one",
                     also=_HOSTING),
    # set hours where around-the-clock service is required ("0600-2200 Eastern, Monday through Saturday")
    # (access "at all times" too: "give FSIS personnel read access to the dashboards at all times" against
    # "users can view the dashboards from 7 a.m. to 7 p.m. Eastern on federal workdays")
    "hours": _Kind(re.compile(_ROUND_THE_CLOCK.pattern + r"|\b(?:access\w*|availab\w*|view\w*|reach|query|search)\b[^.;]{0,100}?"
                              r"\bat\s+all\s+times\b", re.I),
                   _LIMITED_HOURS, "the solicitation requires around-the-clock service; the proposal offers",
                   unless=re.compile(_ROUND_THE_CLOCK.pattern + r"|\bat\s+all\s+times\b", re.I)),
    # weekdays or one shift where service is required every day or on every shift ("Monday through
    # Friday" against "seven days a week", "during the day shift" against "during all operating shifts")
    "days": _Kind(_EVERY_DAY, _SOME_DAYS, "the solicitation requires service every day or on every shift; the proposal offers",
                  unless=re.compile(_EVERY_DAY.pattern + "|" + _ROUND_THE_CLOCK.pattern, re.I)),
    # work in business hours where it must be done outside them ("Installation work in occupied
    # buildings shall be performed outside core hours" against "we install during normal business hours")
    "offhours": _Kind(re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?(?:core|normal|regular|business|working|duty)\s+"
                                 r"(?:business\s+|working\s+|duty\s+)?hours\b", re.I),
                      re.compile(r"\bduring\s+(?:the\s+)?(?:normal|regular|core|standard)?\s*(?:business|working|duty|core|"
                                 r"office)\s+hours\b", re.I),
                      "the solicitation requires the work outside core hours; the proposal does it",
                      unless=re.compile(r"\b(?:evenings?|nights?|weekends?|after[\s-]hours|overnight|outside\s+(?:of\s+)?"
                                        r"(?:the\s+)?(?:core|normal|regular|business|working)\s+hours)\b", re.I)),
    # a licence held by the vendor where it must be in the Government's name ("license any commercial
    # data source in the Government's name" against "SkyLedger data are licensed to Meridian Wayfare")
    "govname": _Kind(re.compile(r"\blicen[cs]\w*\b[^.;]{0,80}?\bin\s+the\s+(?:Government|agency)['’]s\s+name\b", re.I),
                     re.compile(r"\blicen[cs]ed\s+to\s+(?!the\s+(?:Government|agency)\b)(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,3}|"
                                r"\b(?:under|in)\s+(?:our|its)\s+(?:own\s+)?(?:licen[cs]e|name)\b", re.I),
                     "the solicitation requires the licence in the Government's name; the proposal holds it",
                     unless=re.compile(r"\bin\s+the\s+(?:Government|agency)['’]s\s+name\b", re.I)),
    # staff who are not citizens where citizens are required: "every team member with system access is a
    # U.S. person", "two data scientists who are lawful permanent residents" against "must be United
    # States citizens" (a U.S. person includes a permanent resident)
    "citizens": _Kind(re.compile(r"\b(?:United\s+States|U\.\s?S\.)\s+citizens?\b|\bcitizens?\s+of\s+the\s+United\s+States\b", re.I),
                      re.compile(r"\b(?:is|are|be|remain|remains)\s+(?:an?\s+|all\s+|also\s+)?(?:lawful(?:ly\s+admitted)?\s+permanent\s+"
                                 r"residents?|green[\s-]card\s+holders?|(?:U\.\s?S\.|United\s+States)\s+persons?|non-?citizens?|"
                                 r"foreign\s+nationals?)\b", re.I),
                      "the solicitation requires U.S. citizens; the proposal offers",
                      not_if=re.compile(r"\bpermanent\s+residents?\b|\bgreen[\s-]card\b|\b(?:U\.\s?S\.|United\s+States)\s+persons?\b|"
                                        r"\bnationals?\b", re.I),
                      clause=True),
    # data bought from a commercial source where such data is barred: "claims are enriched with
    # address-history and identity data licensed from a commercial identity data provider" against
    # "shall not import commercial data-broker, credit or social media data"
    "brokered": _Kind(re.compile(r"\b(?:shall|must|will)\s+not\s+(?:import|acquire|purchase|buy|use|obtain|ingest|incorporate|"
                                 r"license)\b[^.;]{0,40}?\b(?:commercial|data[\s-]brokers?|third[\s-]party|purchased)\b", re.I),
                      re.compile(r"\b(?:licensed|purchased|bought|obtained|sourced|acquired)\s+from\s+(?:an?|the|our)\s+"
                                 r"(?:[\w-]+\s+){0,2}?(?:commercial|third[\s-]party|data[\s-]broker|private)\b[^.;]{0,30}?\b"
                                 r"(?:providers?|vendors?|brokers?|aggregators?|suppliers?|compan(?:y|ies)|firms?)\b", re.I),
                      "the solicitation bars commercial or purchased data; the proposal uses it",
                      not_if=re.compile(r"\b(?:unless|without|except)\b", re.I), clause=True, stops=".;,"),
    # records deleted where they must be preserved ("kept ... for 30 days ... and then deleted" against
    # "preserve every prompt ... as part of the inspection case file")
    "preserve": _Kind(_PRESERVE, _DELETED_AFTER, "the solicitation requires the records to be preserved; the proposal deletes them"),
    # a separate application with its own login where results must appear in the users' existing system
    "integration": _Kind(_INSIDE_EXISTING, _SEPARATE_APP, "the solicitation requires the existing system; the proposal offers",
                         unless=_INSIDE_EXISTING),   # "scores appear inside the existing system" with a separate admin console
    # Government data enriched with a commercial source where linking is forbidden
    "linking": _Kind(_NO_LINKING, _LINKED, "the solicitation forbids linking with outside data; the proposal does"),
    # a connection to the vendor's cloud or licence server where the system must run cut off from networks
    # ("must continue to count and store results for 14 days without any network connection": to work
    # through an outage, which a link used at other times does not break)
    "isolation": _Kind(_WORKS_OFFLINE, _CONNECTED, "the solicitation requires an isolated system; the proposal connects it",
                       unless=_UNCONNECTED, not_if=re.compile(r"\b(?:continue|keep)\s+(?:to\s+)?(?:[\w-]+\s+){0,8}?"
                                                              r"(?:for\s+(?:at\s+least\s+|up\s+to\s+)?\S+\s+\w+\s+)?"
                                                              r"without\b|"
                                                              # ("communicate over cellular links that are isolated
                                                              # from GSA building networks": the link is asked for)
                                                              r"\b(?:over|via|through|use)\s+(?:[\w-]+\s+)?(?:cellular|VPN)\b",
                                                              re.I)),
    # a limiting licence where the Government must be free of licence restrictions
    "licence": _Kind(_UNRESTRICTED, _LIMITING_LICENCE, "the solicitation requires use free of licence limits; the proposal offers",
                     relative=True),
    # a value filled in where only reported values may be recorded
    "imputation": _Kind(_AS_REPORTED, _IMPUTED, "the solicitation allows only reported values; the proposal fills them in",
                        stops=".;,"),   # "when a report gives no purity, we fill the field with ...": the "no" is the condition
    # a person must review each item first; the answer has only some reviewed ("only output that
    # fails an automated rule is queued for review", "a 10 percent spot check")
    "subset": _Kind(_REVIEWS_EACH, _SOME_REVIEWED, "the solicitation requires review of each; the proposal reviews only some",
                    also=re.compile(r"\b(?:every|each|all|any)\b[^.;]*\b(?:review|check|verif|certif)\w*|"
                                    r"\b(?:review|check|verif|certif)\w*[^.;]*\b(?:every|each|all|any)\b", re.I)),
    # a constraint the optimizer may trade away where it must never be broken ("minimum flows enter
    # the optimizer as heavily weighted penalty terms" against "hard limits that it never relaxes")
    "hardness": _Kind(_HARD_LIMIT, _SOFT_LIMIT, "the solicitation requires a hard limit; the proposal makes it soft",
                      # (or lists its hard constraints beside its soft ones: "Hard constraints are: ...")
                      unless=re.compile(r"\binviolable\b|\bas\s+(?:an?\s+)?hard\s+(?:limits?|constraints?)\b|"
                                        r"\bhard\s+(?:limits?|constraints?)\s+(?:are|include)\b", re.I)),
    # the vendor's consent over a right the Government must have ("Any published description ...
    # requires Larchmont's prior written consent" against "permit BEA to publish a description")
    "consent": _Kind(_GOVERNMENT_MAY, _VENDOR_CONSENT, "the solicitation grants the Government a right; the proposal makes it "
                     "subject to the vendor's consent"),
    # "are not licensed for redistribution or public release" against a release the Government must be able to make
    "release": _Kind(_RELEASABLE, _NOT_RELEASABLE, "the solicitation requires material the Government can release; the proposal "
                     "says"),
    # the Government left to buy its own licence ("would need to buy its own solver license")
    "ownlicence": _Kind(_RUN_ON_ITS_OWN, _BUY_OWN_LICENCE, "the solicitation requires the Government to be able to run "
                        "it without further licences; the proposal says", stops=".;,"),
    # what the Government receives must be licensed for delivery to it; the answer's licence is
    # for the vendor's own organization ("licenses on a single-organization basis")
    "deliverable": _Kind(_LICENSED_TO_DELIVER, _OWN_USE_LICENCE, "the solicitation requires material licensed for delivery "
                         "to the Government; the proposal's licence is for its own use", relative=True),
    # work placed explicitly outside the boundary it must stay inside
    "outside": _Kind(_INSIDE_PLACE, _OUTSIDE_PLACE, "the solicitation requires the work inside the boundary; the "
                     "proposal places it"),
    # one store for all where each needs its own
    "separation": _Kind(_SEPARATE, _POOLED, "the solicitation requires a separate store for each; the proposal pools them"),
    # the vendor's own cloud where the work must run on the agency's own machines
    "premises": _Kind(_ON_PREMISES, _OFF_PREMISES, "the solicitation requires the agency's own infrastructure; the proposal uses",
                      unless=_ON_THEIRS),
    # an open-source release answered by a licence that keeps the code closed or bars some users
    # ("remains proprietary", "a research license which permits academic and government use but
    # not commercial use")
    "openlicence": _Kind(_OPEN_LICENCE, _CLOSED_LICENCE, "the solicitation requires an open-source licence; the proposal "
                         "offers", relative=True, clause=True, joiner=" "),
    # source code to be handed over, kept back ("a license to the compiled service only; source code
    # held in escrow", "remain Switchback property", "trained weights are withheld")
    "sourcecode": _Kind(_SOURCE_DUE, _KEPT_BACK, "the solicitation requires the source code delivered; the proposal keeps "
                        "it back", relative=True, clause=True),
}


def _kind_conflict(name: str, req_text: str, resp: str) -> str | None:
    kind = _KINDS[name]
    if not kind.required.search(req_text) or (kind.also and not kind.also.search(req_text)) or \
            (kind.not_if and kind.not_if.search(req_text)) or \
            (kind.unless and _affirmed(kind.unless, resp, ".;")):
        return None
    if kind.relative:
        m = next((m for m in kind.offered.finditer(resp) if _unnegated(resp, m.start(), kind.stops)), None)
    else:
        m = _affirmed(kind.offered, resp, kind.stops)
    if m and name == "subset" and (share := re.search(r"(\d+(?:\.\d+)?)\s*(?:%|percent)", m.group(0))) and \
            re.search(r"(?<![\d.])" + re.escape(share.group(1)) + r"\s*(?:%|percent)", req_text):
        return None   # "a random 10 percent of unflagged segments": the sample the requirement itself sets
    if m is None:
        return None
    said = clause_around(resp, m.start(), m.end()).strip()[:120] if kind.clause else m.group(0).strip()
    return f"{kind.message}{kind.joiner}'{said}'"


# presence asked for: "staff the console with at least one on-site support engineer"
_ON_SITE = re.compile(r"\b(?:on-?site|in[\s-]person|physically\s+present)\b|"
                      # "deliver hands-on training at each of the six powerhouses"
                      # (or "deliver hands-on training to examiners in each of the four districts")
                      r"\bhands-on\s+(?:[\w-]+\s+)?(?:training|instruction|sessions?|workshops?)\s+(?:(?:to|for)\s+(?:[\w-]+\s+){1,2}?)?"
                      r"(?:at|in)\s+(?:each|every|all|the)\b",
                      re.I)
# presence offered from afar: "joining the range by secure phone bridge and remote screen share"
_FROM_AFAR = re.compile(r"\bremote(?:ly)?\b(?!\s+(?:sensing|sensed|site|locations?|areas?|villages?|communities|regions?|"
                        r"offices?|units?|sensors?|cameras?|stations?|monitoring\s+stations?)\b)|\bby\s+(?:secure\s+)?(?:tele)?phone\b|"
                        r"\bphone\s+bridge\b|\bscreen[\s-]shar\w*|\bvirtual(?:ly)?\s+(?:support|attendance|presence)\b|"
                        # "train triage nurses through live virtual sessions" where in-person training is asked
                        r"\b(?:live\s+)?virtual\s+(?:sessions?|training|classes|classrooms?|workshops?)\b|\bwebinars?\b|"
                        r"\bonline\s+(?:sessions?|training|classes|courses?)\b|\bvideo\s*conferenc\w*", re.I)
_PRESENCE_DUTY = re.compile(r"\b(?:staff\w*|engineers?|technicians?|personnel|support|present|attend\w*|be\s+available|"
                            r"leads?|managers?|representatives?|coordinators?|train(?:ing|s)?|instruct\w*|workshops?)\b", re.I)


def _remote_conflict(req_text: str, resp: str) -> str | None:
    """Someone must be on site; the answer supports from afar ("on call ... by secure phone
    bridge"), or on site only for a while ("for the first two campaigns ...; after that, support
    is remote")."""
    if not (_ON_SITE.search(req_text) and _PRESENCE_DUTY.search(req_text)):
        return None
    far = _affirmed(_FROM_AFAR, resp, ".;")
    if not far:
        return None
    here = _ON_SITE.search(resp) or re.search(r"\b(?:place|station|post)\w*\s+(?:an?\s+|one\s+)?(?:[\w-]+\s+)?"
                                             r"(?:engineer|technician|person|staff)|\btravel\w*\s+to\b|"
                                             r"\bclassroom\b|\bhands-on\b", resp, re.I)
    if here and not re.search(r"\b(?:first|initial|only\s+(?:for|during))\b|\bafter\s+that\b", resp, re.I):
        return None   # on site, with remote help besides
    return f"the solicitation requires someone on site; the proposal supports from afar: '{far.group(0)}'"


def _offshore_conflict(req_text: str, resp: str) -> str | None:
    if _HOSTED_HERE.search(req_text) and not _WORK_HERE.search(req_text):
        # where the system is hosted is not broken by where people work ("Pune staff work through a
        # virtual desktop into the U.S. hosting region"): only by data or systems placed abroad
        resp = " ".join(x for x in sentences(resp) if _DATA_PLACED.search(x) and not _IN_US.search(x))
    return _kind_conflict("offshore", req_text, resp)


_HOSTED_HERE = re.compile(r"\b(?:host\w*|data\s+cent(?:er|re)s?|cloud|environment|region|stor(?:e|ed|age))\b", re.I)
_WORK_HERE = re.compile(r"\b(?:perform\w*|work|personnel|staff|persons?|citizens?|access\w*|view\w*|support|develop\w*|"
                        r"process\w*)\b", re.I)
_IN_US = re.compile(r"\b(?:U\.\s?S\.|United\s+States|domestic|CONUS)\b")


# "material produced in one investigation ... in any other investigation", "no model trained on one
# matter is applied to another matter": what is learnt from one must not serve another
_ONE_TO_ANOTHER = re.compile(r"\b(?:one|a\s+single|each|a\s+given)\s+([a-z]{4,}?)(?:es|s)?\b[^.;]{0,120}?"
                             r"\b(?:any\s+other|another|other|a\s+different)\s+\1(?:es|s)?\b", re.I)
_POOLING = re.compile(r"\b(?:shared?|pool(?:ed|s|ing)?|common|combined|base|prior|general|global|joint|aggregated?|"
                      r"every\s+customer|all\s+customers)\b", re.I)


def _cross_use_conflict(req_text: str, resp: str) -> str | None:
    """What is learnt from one case must not serve another; the answer pools across them ("the
    shared base model is refined with coding signals pooled across all hosted matters")."""
    m = _ONE_TO_ANOTHER.search(req_text)
    if not m:
        return None
    across = re.compile(r"\b(?:across|from|over|spanning|on)\s+(?:all|every|many|multiple|other|several|the\s+other)\s+"
                        r"(?:[\w-]+\s+){0,2}?" + re.escape(m.group(1).lower()) + r"(?:es|s)?\b", re.I)
    for sentence in sentences(resp):
        a = across.search(sentence)
        if a and _POOLING.search(sentence) and _unnegated(sentence, a.start()):
            return f"the solicitation keeps each {m.group(1).lower()} apart; the proposal pools them: '{sentence.strip()[:140]}'"
    return None


# attributes the model may not use: "not use manufacturer name, brand name ... as model features",
# "exclude race, ethnicity, sex and residential ZIP code from the features", "country of
# citizenship is used neither as a model feature nor as a filter"
_FEATURE_WORDS = r"(?:model\s+)?(?:features?|inputs?|predictors?|variables?|covariates?|signals?)"
_BANNED_FEATURES = [
    re.compile(r"\bnot\s+use\s+(?P<list>[^.;:]{3,160}?)\s+(?:as|in)\s+(?:a\s+|an\s+|any\s+)?" + _FEATURE_WORDS + r"\b", re.I),
    re.compile(r"\bexclude\s+(?P<list>[^.;:]{3,160}?)\s+from\s+(?:the\s+|all\s+|its\s+|any\s+)?" + _FEATURE_WORDS + r"\b", re.I),
    re.compile(r"\b(?:that\s+)?(?P<list>[^.;:,]{3,80}?)\s+(?:is|are)\s+(?:used\s+)?neither\s+as\s+(?:a\s+|an\s+)?" +
               _FEATURE_WORDS + r"\b", re.I),
]
_ITEM_HEADS = frozenset("name names identity identities code codes data status number numbers type types value values "
                        "information field fields indicator indicators flag flags".split())
_ITEM_STOP = frozenset("the a an of any their its his her each or and nor them it these those".split())
_FEATURE_NOUN = re.compile(r"\b(?:features?|inputs?|predictors?|variables?|covariates?|signals?|embeddings?)\b", re.I)
# ("The feature registry refuses, at build time, any column tagged as race ...", "drop those that act as proxies")
# ("housing status and incarceration history are kept out of the feature set", "left out of")
_REMOVED = re.compile(r"\b(?:not|never|no|none|neither|nor|without|exclud\w*|remov\w*|drop(?:s|ped|ping)?|strip\w*|mask\w*|"
                      r"redact\w*|omit\w*|suppress\w*|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|disallow\w*|"
                      r"(?:kept|keeps?|left|leaves?|stays?|remains?)\s+out)\b", re.I)


_AUDITED_BY = re.compile(r"\b(?:by|across|between|for\s+each)\s+(?:[\w-]+\s+){0,2}$", re.I)
_AUDIT = re.compile(r"\b(?:differ\w*|disparit\w*|parity|fairness|bias\w*|equit\w*|disaggregat\w*|broken\s+down|"
                    r"subgroups?|disparate)\b", re.I)


def _banned_feature_conflict(req_text: str, resp: str) -> str | None:
    """The model may not use an attribute; the answer uses it ("learns an embedding for each
    manufacturer and each brand", "the historical response rate of the ZIP code ... aggregated
    to the panel", a feature table row "Enrollment concentration by country of citizenship")."""
    m = next((m for p in _BANNED_FEATURES if (m := p.search(req_text))), None)
    if not m:
        return None
    keys = []
    for item in re.split(r",|\bor\b|\band\b|\bnor\b", m.group("list")):
        words = [w for w in re.findall(r"[A-Za-z]+", item) if w.lower() not in _ITEM_STOP]
        while words and words[-1].lower() in _ITEM_HEADS:
            words.pop()
        if words and len(words[-1]) >= 3 and words[-1].lower() not in ("use", "model", "models"):
            keys.append(words[-1].lower())
    for sentence in sentences(resp, lines=True):
        # a sentence about features, one whose verb "uses" the attribute, or a row of a feature catalog
        about = _FEATURE_NOUN.search(sentence) or ("|" in sentence and re.search(r"\bfeatures?\b", resp, re.I))
        if _AUDIT.search(sentence) and any(_AUDITED_BY.search(sentence[:k.start()]) for key in keys
                                           for k in re.finditer(r"\b" + re.escape(key) + r"(?:s|es)?\b", sentence, re.I)):
            continue   # "we will test whether tier assignments differ by race": a fairness check, not a feature
        for key in keys:
            k = re.search(r"\b" + re.escape(key) + r"(?:s|es)?\b", sentence, re.I)
            # ("The carrier's SmartWay ranking in the prior data year is also used")
            if k and (about or re.search(r"\b(?:uses?|using)\b", sentence[:k.start()], re.I) or
                      re.search(r"\b(?:is|are)\s+(?:also\s+)?used\b", sentence[k.end():], re.I)) and not _REMOVED.search(sentence):
                return f"the solicitation bars '{key}' from the model's features; the proposal uses it: '{sentence.strip()[:140]}'"
    return None


def _kinds_conflict(req_text: str, resp: str, names=("keys", "tenancy", "hours", "days", "preserve", "integration", "linking", "isolation",
                                                     "sources", "blank", "imputation", "premises", "licence",
                                                     "subset", "hardness", "consent", "release", "separation", "ownlicence", "outside",
                                                     "deliverable", "offhours", "govname", "citizens", "brokered")) -> str | None:
    """The first of the named kinds of conflict between a requirement and a passage."""
    return next((c for n in names if (c := _kind_conflict(n, req_text, resp))), None) or \
        _cross_use_conflict(req_text, resp) or _banned_feature_conflict(req_text, resp)


# a ceiling on a figure, not a forbidden act: "false alarms shall not exceed 40 percent"
_CEILING_BAN = re.compile(r"\b(?:shall|must|will|may)\s+not\s+(?:exceed|surpass|rise\s+above|go\s+above|"
                          r"be\s+(?:more|greater|higher|longer|larger)\s+than)\b", re.I)
# a ban that lifts with someone's leave: "shall not substitute key personnel without prior written approval"
# the leave a conditional ban lifts on, by kind: "without 30 days advance written notice" is kept by
# "we will give the Contracting Officer written notice at least 45 days before either is replaced"
_LEAVE_KINDS = (r"notice|notif\w*|inform\w*", r"approv\w*|consent\w*|authori[sz]\w*|permission|concurrence")


def _condition_kept(req_text: str, block: str) -> bool:
    """The answer commits to the leave a conditional ban asks for before the act."""
    cond = _CONDITIONAL_BAN.search(req_text)
    if not cond:
        return False
    kind = next((k for k in _LEAVE_KINDS if re.search(r"\b(?:" + k + r")", cond.group(0), re.I)), None)
    return bool(kind) and any(
        re.search(r"\b(?:will|shall|must|only)\b[^.;]{0,80}\b(?:" + kind + r")", sentence, re.I) and
        not NEGATED.search(sentence) for sentence in sentences(block))


_CONDITIONAL_BAN = re.compile(r"\b(?:without|unless|except\s+(?:with|after))\b[^.;]{0,60}?\b(?:approv\w*|notice|notif\w*|"
                              r"consent|authori[sz]\w*|permission|concurrence)\b", re.I)
# a ban on things of a kind: "any model, dataset or component developed by a covered entity", "any
# training image whose license does not permit ...", "a draft observation that lacks a citation"
_QUALIFIED_BAN = re.compile(r"\b(?:any|a|an)\s+(?:[\w-]+,?\s+){0,5}?(?:[\w-]+\s+)?(?:whose|that\s+(?:is|was|has|are)|which\s+(?:is|was)|"
                            r"(?:that|which)\s+(?:lacks?|does\s+not|do\s+not)|lacking|missing|"
                            r"developed|controlled|maintained|produced|owned|made|manufactured|licensed)\b", re.I)


# verbs too common to show, on their own, that a passage does the forbidden thing ("Cedarline uses
# three model components" against "not use EPA documents to train any commercial model")
_VAGUE_VERBS = frozenset(_verb_key(w) for w in ("use", "make", "do", "get", "have", "take"))


# "No release shall be scheduled ...": the participle is the banned act (group 1, as in the
# "not <verb>" form; the empty group 2 stands where that form lists further verbs)
_NO_THING_DONE = re.compile(r"\bNo\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:shall|must|may|will)\s+be\s+([a-z]+ed)()\b")


_BANNED_ALSO = {_verb_key(k): tuple(v.split()) for k, v in (
    ("drop", "omit discard skip"), ("merge", "collapse consolidate combine"), ("suppress", "hide withhold mask"),
    ("collect", "record capture harvest"), ("publish", "post"), ("transfer", "upload"),
    ("copy", "move transfer upload export replicate"), ("create", "add insert write"),
    ("send", "write transmit push forward"), ("transmit", "send forward upload push stream export"),
    ("share", "send forward disclose provide"), ("disclose", "post publish share release send"), ("issue", "send"),
    ("contact", "call phone telephone email text"), ("enter", "visit"))}


# a sentence's purpose, up to its end (the full stop kept): ", so that no detection opportunity is lost"
_SO_THAT = re.compile(r",?\s+so\s+that\b[^.;]*", re.I)


_NOUN_AFTER_PREP = re.compile(r"\b(?:around|during|after|before|of|for|at|in|on|with|between|across|through|about|"
                              r"under|from)\s+[a-z]+\s+$", re.I)


# a ban on keeping something longer than a time: "must not retain request text ... for more than 90 days"
_CAPPED_KEEPING = re.compile(r"\bnot\s+(?:retain|keep|store|hold|log|cache)\b[^.;]{0,120}?\b(?:for\s+)?(?:more|longer)\s+than\s+"
                             r"(?:\d+|[a-z]+)[\s-](?:hours?|days?|weeks?|months?|years?)\b", re.I)
# acting with no one's check restricts nothing: "where the cutoff logic can act on it without waiting for an operator"
_UNCHECKED = re.compile(r"\bwithout\s+(?:waiting\s+for\s+(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+)?(?:operators?|analysts?|reviewers?|"
                        r"persons?|humans?|inspectors?|officers?|specialists?|approval|review|sign-?off)|(?:any\s+)?(?:human|manual|"
                        r"operator|analyst|further)\s+(?:review|approval|action|intervention|involvement|confirmation))\b", re.I)


def _shares_object(req: _Req, resp: str) -> bool:
    """The passage names something the ban is about, besides the banned verbs."""
    m = _banned_verbs(req.ob.text)
    keys = _banned_keys(m) if m else set()
    return bool((set(terms(req.ob.text)) - keys - {_verb_key(w) for w in ("permit", "allow")}) & set(terms(resp)))


def _restricts(text: str) -> bool:
    """``text`` states a restriction, once conditions that negate nothing ("if no later reading
    crosses"), needs waived and acts done without anyone's check are set aside."""
    return bool(_RESTRICTS.search(_IF_NONE.sub("", _NO_NEED.sub(" ", _UNCHECKED.sub(" ", text)))))


# the product acting, in the present tense: "TriageLens therefore merges", "it auto-closes", "Auto-Safe Assist writes"
_ACTS_NOW = re.compile(r"\b(?:it|[A-Z][a-z]+[A-Z]\w*|[A-Z][a-z]+-[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:therefore\s+|also\s+|then\s+|automatically\s+)?[a-z-]+(?<!s)s\b")
# a condition on an act, which negates nothing: "... if no later reading crosses a threshold"
_IF_NONE = re.compile(r"\b(?:if|when|where)\s+no\b[^.;]*", re.I)


_NEGATED_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:were|was|is|are|have|has|had|do|does|did|could|can)\s+not\s+"
                               r"(?:been\s+|yet\s+)?[a-z]+\b", re.I)


def _intends_banned(req_text: str, resp: str) -> bool:
    """The answer intends or plans to do one of the acts a prohibition bans ("Our scientists intend to
    present Eventide verification results" against "shall not publish or present results")."""
    m = _banned_verbs(req_text)
    if not m:
        return False
    keys = _banned_keys(m)
    return any(_verb_key(i.group(1)) in keys for i in re.finditer(
        r"\b(?:intends?|plans?|expects?|aims?|seeks?)\s+to\s+(?:" + ADVERB + r")?([a-z]+)", resp, re.I)
        if not re.search(r"\b(?:not|never|no)\b", _clause_before(resp, i.start()), re.I))


_LISTED_ACTS = frozenset("""send write alter strike issue delete modify change release publish share disclose copy transfer
    move export sell store retain contact call submit post upload assign approve deny reject close merge drop suppress
    display return notify create add remove replace overwrite edit link combine transmit revoke suspend cancel void
    sign file record enter update""".split())


def _banned_keys(m: re.Match) -> set[str]:
    """The verb keys of the banned verbs ``_banned_verbs`` found ("not publish, share, or contribute"),
    and of verbs listed each with its object ("must not alter the claims register, strike a claim or
    issue a deficiency notice")."""
    words = [m.group(1)] + re.findall(r"[a-z]+", m.group(2) or "")
    if m.re.groups >= 2 and not m.group(2):
        # (up to the purpose or place of the act: "not use NIST data, drafts or edits to train, tune or
        # evaluate any model" bans one use, not evaluating)
        # (a preposition left hanging before a comma is no purpose: "not send commands to, or write
        # values into, the facility control system")
        rest = re.split(r"[.;]|\b(?:to|for|in|on|with|by|from|as|into|unless|without)\b(?!\s*,)",
                        m.string[m.end():m.end() + 120])[0]
        # (only verbs of acting on records and systems: in "not use flight telemetry, trajectory archives
        # or decision records", "trajectory" is a noun before a noun)
        words += [w for w in re.findall(r"(?:,|\bor|\bnor)\s+([a-z]{3,})\s+(?=(?:a|an|the|any|its|their)\b|[a-z]+s\b)", rest)
                  if w in _LISTED_ACTS]
    return {_verb_key(w) for w in words if w not in ("or", "nor")}


def _banned_verbs(text: str) -> re.Match | None:
    """The banned verbs of a prohibition: "not publish, share, or contribute" (group 1 the first,
    group 2 the rest)."""
    m = re.search(r"\b(?:not|never)\s+(?:[\w-]+ly\s+)?([a-z]+)((?:,\s+[a-z]+){0,3},?\s+(?:or|nor)\s+[a-z]+)?\b", text) or \
        _NO_THING_DONE.search(text)   # "No release shall be scheduled at a site whose ..."
    if m and m.group(1) == "be":
        # "Raw data shall not be copied or transferred to any off-site system": the participles are banned
        m = re.search(r"\bnot\s+be\s+(?:[\w-]+ly\s+)?([a-z]+(?:ed|en))((?:,\s+[a-z]+){0,3},?\s+(?:or|nor)\s+[a-z]+)?\b", text)
    if not m or m.group(1) in ("be", "have", "exceed", "only"):
        return None
    return m


def _does_banned(req: _Req, resp: str, answer: bool = True) -> bool:
    """The answer says, in the present tense, that it does what a prohibition forbids ("our
    wholly owned affiliate provides ILI data analysis to about 30 pipeline operators" against
    "the Contractor and its affiliates shall not provide ILI data analysis")."""
    if _CEILING_BAN.search(req.ob.text) and _req_thresholds(req.ob.text):
        return False   # "forecasts that are not followed by a jam shall not exceed 40 percent": a ceiling
    m = _banned_verbs(req.ob.text)
    if not m:
        return False
    # "not use Government data for any purpose other than this contract": using it for the contract is
    # fine; "not release any summary that has not been reviewed": releasing a reviewed one is fine
    # "not produce a draft observation that lacks a supporting citation": one with a citation is fine
    if re.search(r"\b(?:other\s+than|except|unless|without|outside|beyond|apart\s+from|only|until|lacks?|lacking|missing|"
                 r"(?:that|which)\s+(?:does|do)\s+not|that\s+(?:has|have|was|were)\s+not\s+(?:yet\s+)?been)\b",
                 req.ob.text[m.end():], re.I):
        return False
    # "must not move the boom on its own": the operator moving it by hand is no breach
    by_itself = re.search(r"\b(?:on\s+its\s+own|by\s+itself|automatically|autonomously)\b", req.ob.text[m.end():], re.I)
    # "not publish, share, or contribute Government photographs": each coordinated verb is banned
    keys = _banned_keys(m)
    # (the same act in other words: "never drop or merge a NOTAM" against "duplicates are collapsed ...
    # items below 0.10 are left out")
    keys |= {_verb_key(w) for k in list(keys) for w in _BANNED_ALSO.get(k, ())}
    resp = re.sub(r"\b(?:left|leaves?)\s+out\b", "omitted", resp, flags=re.I)
    resp = re.sub(r"\b(?:sent|sends?)\s+back\b", "returned", resp, flags=re.I)   # "sent back to the partner"
    if not answer:
        keys -= _VAGUE_VERBS   # a passage other than the answer must show more than "uses"
    # (the thing a "No ... shall be done" names is part of what is banned)
    # (up to the end of its clause: "..., and the disposition of every flag remains with a reviewer" is another)
    obj = (set(terms(re.split(r"[.;]|,\s*(?:and|but|while|whereas|which|who)\b", req.ob.text[m.end():m.end() + 80])[0])) |
           (set(terms(m.group(0))) if m.re is _NO_THING_DONE else set())) - keys
    # (the thing banned first named: "workers" of "not contact workers, employers or claimants by any means")
    head = set(terms(re.split(r"\b(?:by|in|to|for|from|with|on|at|of|that|which|who|unless|without|except|as)\b|[.;,:(]",
                              req.ob.text[m.end():m.end() + 80])[0])) - keys
    for clause in re.split(r"[.;]", _NO_NEED.sub(" ", resp)):
        clause = _SO_THAT.sub("", clause)   # ("..., so that no detection opportunity is lost": its purpose)
        # "provides", "is contributed", or a modal that lets it happen ("the optimizer may recommend fewer lanes")
        # (but "sessions scheduled around shift changes": a noun after a preposition and its modifier)
        acts = [w for w in re.finditer(r"[A-Za-z]+", clause) if _verb_key(w.group(0)) in keys and
                re.fullmatch(r"[a-z]+(?<!ion)(?:s|es|ed)", w.group(0)) and not _NOUN_AFTER_PREP.search(clause, 0, w.start())] + \
            [v for v in re.finditer(r"\b(?:may|can|will|could|might)\s+(?:" + ADVERB + r"|still\s+|also\s+|even\s+)?"
                                    r"([a-z]+)", clause) if _verb_key(v.group(1)) in keys]
        said = bool(acts)
        # (the banned act done to the thing it is banned for, its object right after the verb: "calls
        # workers who have not answered", "will capture any python"; but "published advisories", "closed
        # requests" name things, and "writes an audit record" keeps no banned record)
        direct = any(set(terms(" ".join(clause[a.end():].split()[:3]))) & head and not a.group(0).endswith("ed") and
                     not _AUDIT_TRAIL.match(" ".join(clause[a.end():].split()[1:3])) for a in acts)
        if by_itself and re.search(r"\b(?:by\s+hand|manually|(?:the|an?|each)\s+(?:[\w-]+\s+)?(?:operator|analyst|reviewer|user|"
                                   r"examiner|officer|specialist|inspector|person|human)s?)\b", clause, re.I):
            continue
        # (a condition on the act negates nothing: "it auto-closes weight alerts after 48 hours if no later
        # reading crosses a threshold")
        # (a negation inside a relative clause negates no act: "listing the items that were not located")
        if said and (len(set(terms(clause)) & obj) >= 2 or direct) and \
                not re.search(r"\b(?:not|never|no|none|nothing|without)\b", _IF_NONE.sub("", _NEGATED_RELATIVE.sub("", clause)), re.I):
            return True
    return False


_NOT_A_HEDGE = re.compile(r"\s*(?:provoke|trick|break|bypass|evade|jailbreak|steer|induce|elicit|fool|inject|exfiltrate|"
                          r"manipulate|extract|poison|subvert|defeat|circumvent)\b", re.I)
# another's rule or choice: "as the RFP allows", "as the site prefers" (but "as site workload allows" hedges)
_SOMEONE_ELSE = re.compile(r"\b(?:as|whichever|wherever|however)\s+(?:the\s+|each\s+|that\s+|this\s+)?(?:(?:RFP|RFQ|solicitation|"
                           r"contract|PWS|SOW|clause|FAR|law|regulation|Section\s+[A-Z]|schedule)\s+(?:allows?|permits?)|"
                           r"(?:" + _GOV + r"|site|customer|client|users?|office|unit|[A-Z]{2,6})\s+"
                           r"(?:prefers?|chooses|selects|wants|requests?))$")


def _weak(resp: str, selfs: set[str]) -> str | None:
    for m in _WEAK.finditer(resp):
        if m.group(0).startswith("Plan") and resp[:m.start()].strip():
            continue  # "deliver the Project Management Plan to the COR": a document's name
        if (re.match(r"(?:attempt|try)\s+to$", m.group(0), re.I) and _NOT_A_HEDGE.match(resp, m.end())) or \
                (re.match(r"(?:allows?|permits?|prefers?|preferred)$", m.group(0).split()[-1], re.I) and
                 _SOMEONE_ELSE.search(resp[max(0, m.start() - 40):m.end()])):
            # testers who "try to provoke unsupported findings" describe the test; "as the RFP allows",
            # "as the site prefers" defer to another's rule or choice
            continue
        if _main_clause(resp, m.start()) and not _quoted(resp, m.start()):
            return m.group(0)   # a hedge quoted as an example ("shall endeavor") hedges nothing
    names = "|".join(re.escape(s) for s in sorted(selfs, key=len, reverse=True))
    for m in re.finditer(rf"\b(?:{names})\b(?:\s+[\w-]+){{0,2}}\s+({_WEAK_MODAL})\b", resp, re.IGNORECASE):
        # ("runs in our tenancy, where we can add workers within minutes": a capability, not the commitment)
        if _main_clause(resp, m.start()):
            return m.group(1)
    return None


# ----------------------------------------------------------------------------------------------
# Judgement


def _held_anywhere(words: set[str], matcher: _Matcher) -> bool:
    """One passage of the proposal (its sentence or its headings) holds all of ``words``."""
    return any(words <= (u.terms | u.head) for u in matcher.units if not u.pointer)


# an instruction to describe several things: "The Offeror shall describe its approach to A, B and C"
_DESCRIBE_ASK = re.compile(r"(?:^|\b(?:shall|must|should|to)\s+(?:also\s+)?)(?:describe|explain|discuss|present|detail)\b", re.I)


def _time_met_elsewhere(req: _Req, unit: Unit, matcher: _Matcher) -> bool:
    """Another passage that also answers the requirement meets its time limit ("request an
    export at any time" in one section, "exports are delivered within two business days" in
    a service-level table)."""
    for sc, j in req.candidates[:6]:
        other = matcher.units[j]
        if sc < (SCALE_NEAR if other.row else NONE_BELOW) or other is unit:
            continue   # a service-level table row names its measure in few words
        conflict, ok = _duration_conflict(req.ob.text, other.text)
        if ok and conflict is None:   # "ok" means a duration of the same kind was found
            return True
    return False


def _answers(req: _Req, unit: Unit | None, score: float, matcher: _Matcher) -> bool:
    """The passage matches well enough to be read as the answer."""
    return unit is not None and score >= ANSWER_FROM and _holds_rarest(req, unit, matcher)


# references asked of the offeror, and any sign of them in a proposal
_REFERENCES_ASKED = re.compile(r"\b(?:provide|submit|include|identify|list|furnish)\s+(?:at\s+least\s+|no\s+more\s+than\s+|"
                               r"up\s+to\s+)?(?:[\w-]+\s+)?(?:past\s+performance\s+|customer\s+|client\s+)?references\b", re.I)
_REFERENCE_GIVEN = re.compile(r"(?<!solicitation\s)(?<!RFQ\s)(?<!RFP\s)(?<!PWS\s)(?<!SOW\s)(?<!section\s)(?<!clause\s)(?<!cross-)"
                              r"\breferences?\b(?!\s+(?:set|data|standards?|tables?|ages?|values?|images?|library|collection|panel|"
                              r"labels?|models?|scans?|coding|material|implementation|datasets?|intervals?|range|chemists?|"
                              r"laborator\w*|architecture|files?|genomes?|sequences?|spectra|corpus))|\bpast\s+performance\b|"
                              r"\bpoints?\s+of\s+contact\b|\bPOCs?\b|\bcontract\s+(?:numbers?|no\.)", re.I)


def judge_entry(req: _Req, unit: Unit | None, score: float, matcher: _Matcher, selfs: set[str],
                topic: Unit | None = None) -> tuple[str, str, Unit | None]:
    """Status and reason for one requirement, and the passage they were read from.  ``topic`` is
    a unit under a heading named for the requirement's subject: when no passage matches well
    enough on its words, the reason names that section for the reviewer, but a heading is no
    answer (on the labelled sets, most such sections were about the subject without answering
    the requirement); only a refusal stated there ("3. Forecasts: We do not produce ensemble
    forecasts") makes the requirement contradicted, and then the section is the passage read.  A
    section named for the requirement's own subject in two or more of its words ("5.2 Error
    Analysis"), whose passage shares a quarter of the requirement's words, is a partial answer."""
    if req.ob.modality in ("obligation", "prohibition") and (used := covered_use(req.idents, matcher.units)):
        return "contradicted", used[1], used[0]   # drones "made by a Shenzhen-based company" against FAR 52.240-1
    if _REFERENCES_ASKED.search(req.ob.text) and not any(_REFERENCE_GIVEN.search(" ".join([*u.headings, u.text]))
                                                         for u in matcher.units):
        # "provide two references from hospital laboratories": no passage names a reference, a past
        # performance entry or a customer's point of contact, whatever else it shares with the request
        return "not addressed", "the solicitation asks for references; the proposal names none", unit
    if _answers(req, unit, score, matcher):
        return (*_judge_answer(req, unit, score, matcher, selfs), unit)
    given = _sample_section(req, matcher)
    if given is not None:
        # "submit one sample evidence brief" answered by "Appendix A. Sample Brief (Attachment L-1
        # Question)": the sample itself shares few words with the instruction
        return "addressed", f"the proposal includes the sample in \"{given.headings[-1]}\"", given
    if (hedge := _hedged_near_answer(req, unit, score, matcher, selfs)) is not None:
        if req.ob.modality == "prohibition" and re.match(r"(?:intend|plan|anticipat|expect|aim|seek)", hedge, re.I) and \
                _intends_banned(req.ob.text, unit.text) and not _condition_kept(req.ob.text, unit.context or unit.text):
            # "Our scientists intend to present Eventide verification results ... at the AGU Fall Meeting"
            # against "shall not publish or present results ... without prior written approval": an
            # intent to do what is forbidden is no hedge of it
            return "contradicted", f"the proposal intends to do what the solicitation forbids: '{unit.text[:120]}'", unit
        return "partially addressed", f"the closest answer is not a firm commitment ('{hedge}')", unit
    if (met := _met_near(req, unit, score, selfs)) is not None:
        # (partly, not fully: such a passage was the answer more often than not on the labelled sets,
        # but what else the requirement asks is not shown to be met)
        return "partially addressed", (f"the closest passage states {met} that meets the requirement but shares few "
                                       "of its words; confirm that it answers the rest"), unit
    if (said := _ban_restated_near(req, unit, score)) is not None:
        # ("Cobalt Ridge will never sell GSA Fleet data" for "shall not sell, license or otherwise disclose
        # GSA Fleet telematics or derived location data": the ban in part, in the answer's own words)
        return "partially addressed", (f"the closest passage restates the restriction in part ('{said}') but shares few "
                                       "of its words; confirm that it covers the rest"), unit
    if req.ob.modality in ("obligation", "prohibition") and (kept := covered_kept_out(req.idents, matcher.units)):
        return "addressed", kept[1], kept[0]   # "prohibits TikTok on any device" answers FAR 52.204-27
    if topic is None:
        return "not addressed", "no passage of the proposal answers this requirement", unit
    if _answers(req, topic, ANSWER_FROM, matcher):
        status, reason = _judge_answer(req, topic, ANSWER_FROM, matcher, selfs)
        if status == "contradicted":
            return status, reason, topic
    heading = topic.headings[-1] if topic.headings else topic.location.describe()
    if _named_section(req, topic):
        # "5.2 Error Analysis" for "conduct an error analysis across at least five therapeutic areas each
        # quarter", its passage on the quarterly analysis: the section set aside for this very thing
        return "partially addressed", (f"section \"{heading}\" is named for the requirement's subject and its passage "
                                       "shares many of its words; confirm that it answers the rest"), topic
    return "not addressed", (f"no passage of the proposal answers this requirement, though section \"{heading}\" "
                             "is about its subject"), unit


# sections every proposal has, whatever it answers: their names are no sign of an answer
_GENERIC_SECTIONS = frozenset(terms("key personnel past performance technical management approach team security "
                                    "privacy executive summary compliance matrix corporate experience"))


def _named_section(req: _Req, topic: Unit) -> bool:
    """The topic's heading names the requirement's own subject in two or more of its words (not a
    section every proposal has, such as "Key Personnel"), and its passage shares a quarter or more
    of the requirement's words."""
    head = topic.topic   # (the terms of its own heading, numbering left out)
    mine = set(terms(req.ob.text))
    if len(head) < 2 or head <= _GENERIC_SECTIONS or not head <= mine:
        return False
    return len(mine & set(terms(topic.text + " " + topic.headings[-1]))) >= 0.25 * len(mine)


def _hedged_near_answer(req: _Req, unit: Unit | None, score: float, matcher: _Matcher,
                        selfs: set[str]) -> str | None:
    """The hedge of a passage that matches too thinly to be read as the answer but shares at least
    two of the requirement's words and hedges: "Where practicable, the investigator view will
    display the features that most influenced a score" for "each score shall be accompanied by
    the three leading contributing factors".  On the labelled sets such passages were mostly the
    proposal's weak answer, not an unrelated one.  Deferrals ("after award") are not read this
    way: they were as often about something else."""
    if unit is None or score < HEDGED_FROM or len(set(req.weights) & unit.terms) < 2 or \
            not _holds_rarest(req, unit, matcher):
        return None
    hedge = _weak(unit.text, selfs)
    # (the hedge's own words are not shared: "We plan to add an OCR step" has nothing of a "transition-out plan")
    if hedge is None or len(set(req.weights) & unit.terms - set(terms(hedge))) < 2:
        return None
    return hedge


def _met_near(req: _Req, unit: Unit | None, score: float, selfs: set[str]) -> str | None:
    """What a passage that matches too thinly to be read as the answer states that meets the
    requirement's own figure or time on the same measure, without hedging: "Each message, images
    included, stays under 80 kilobytes" for "a total payload under 150 kilobytes", "Audit entries
    are kept for seven years" for an audit log kept at least six years."""
    if not _near_enough(req, unit, score) or req.ob.modality != "obligation" or _weak(unit.text, selfs):
        return None
    text = req.ob.text
    if (want := _req_thresholds(text)):
        # (a figure in a unit of measure, "80 kilobytes", needs no more words to name its measure)
        num, ok = _number_conflict(text, unit.text, same_measure=not all(kind in _UNITS for _, kind, *_ in want))
        return "a figure" if num is None and ok else None
    if (asked := quantities(text)) and quantities(unit.text):
        # (a time of day, "by 0530 Eastern Time", is compared whatever is done by it)
        dur, ok = _duration_conflict(text, unit.text, strict=not any(q.cls in ("clock", "weekclock") for q in asked))
        return "a time" if dur is None and ok else None
    return None


def _near_enough(req: _Req, unit: Unit | None, score: float) -> bool:
    """A passage of its own (no pointer) that matches too thinly to be the answer but well enough,
    and shares two or more of the requirement's words, to be read for what it states."""
    return unit is not None and not unit.pointer and score >= HEDGED_FROM and len(set(req.weights) & unit.terms) >= 2


def _ban_restated_near(req: _Req, unit: Unit | None, score: float) -> str | None:
    """The words of a thin passage that refuse one of the acts a prohibition bans, in its main
    clause ("will never sell", "does not share")."""
    if not _near_enough(req, unit, score) or req.ob.modality != "prohibition" or not (banned := _banned_verbs(req.ob.text)):
        return None
    keys = _banned_keys(banned)
    for m in re.finditer(r"\b(?:not|never|no\s+longer)\s+(?:" + ADVERB + r")?([a-z]+)\b", unit.text):
        if _verb_key(m.group(1)) in keys and _main_clause(unit.text, m.start()) and \
                not re.search(r"\b(?:if|unless|until|when|where|without)\b", _clause_before(unit.text, m.start()), re.I):
            return m.group(0)
    return None


_SAMPLE_HEADING = re.compile(r"\b(?:samples?|examples?|specimens?)\b", re.I)


def _sample_section(req: _Req, matcher: _Matcher) -> Unit | None:
    """The first passage under a heading that names a sample of what the requirement asks a sample
    of ("Appendix A. Sample Brief" for "submit one sample evidence brief")."""
    asked = _SAMPLE_ASKED.search(req.ob.text)
    if not asked:
        return None
    what = re.match(r"\s*((?:[\w-]+\s+){0,2}[\w-]+)", req.ob.text[asked.end():])
    nouns = set(terms(what.group(1))) if what else set()
    for u in matcher.units:
        if u.headings and not u.pointer and _SAMPLE_HEADING.search(u.headings[-1]) and \
                nouns & set(terms(u.headings[-1])):
            return u
    return None


def judge(req: _Req, unit: Unit | None, score: float, matcher: _Matcher, selfs: set[str],
          topic: Unit | None = None) -> tuple[str, str]:
    """Status and reason for one requirement (``judge_entry`` without the passage read)."""
    return judge_entry(req, unit, score, matcher, selfs, topic)[:2]


# the kinds of event a notice is owed for: a notice window for one kind is not one for the other
_EVENT_KINDS = (
    ("security", re.compile(r"\b(?:(?:security|cyber|privacy)\s+(?:incidents?|events?)|breach\w*|compromis\w*|intrusions?|"
                            r"attacks?|exposed|exposures?|spills?|suspected\s+(?:loss|disclosure)|PII|personally\s+identifiable)\b",
                            re.I)),
    ("outage", re.compile(r"\b(?:outages?|downtime|unavailab\w*|(?:goes|went|is|are)\s+down|stale|not\s+(?:been\s+)?refreshed|"
                          r"fail(?:s|ed)?\s+to\s+(?:refresh|update|run)|interruptions?|degrad\w*)\b", re.I)),
    # a planned change: "before retiring or materially changing any attribution source"
    ("change", re.compile(r"\b(?:retir(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|substitut\w*|switch(?:es|ed|ing)?|"
                          r"modif\w*|upgrad\w*|new\s+(?:model\s+)?versions?|releases?)\b", re.I)),
)


def _other_event(req_text: str, conflict: str, block: str) -> bool:
    """A notice window the answer gives for a different kind of event than the requirement's: a
    security incident reported "within 60 minutes" against notice of any outage within 15.  The
    answer's figure is the one ``_duration_conflict`` quotes in ``conflict``."""
    said = re.search(r"offers (?:notice )?'?([^']+?)'? (?:after the event )?where", conflict)
    if not said:
        return False
    sentence = next((x for x in sentences(block) if said.group(1) in x), "")
    want = {k for k, pat in _EVENT_KINDS if pat.search(req_text)}
    got = {k for k, pat in _EVENT_KINDS if pat.search(sentence)}
    return bool(want and got and not want & got)


# a firewall instead of refraining: "Care Advisory staff are walled off from this contract"
_WALLED = re.compile(r"\b(?:walled\s+off|firewall\w*|ethical\s+wall|information\s+barrier|screened\s+off|"
                     r"no\s+access\s+to|separated\s+from|kept\s+apart)\b", re.I)
_DOES_BUSINESS = re.compile(r"\b(?:provides?|offers?|performs?|sells?|conducts?|markets?|supports?)\b", re.I)


def _walled_off(req: _Req, resp: str, block: str) -> str | None:
    """The proposer (or an affiliate) does the work a ban forbids and walls it off instead of
    refraining ("Bramblewood's affiliate provides survey-readiness reviews and mock surveys ...
    Care Advisory staff are walled off from this contract")."""
    m = re.search(r"\bnot\s+(?:[\w-]+ly\s+)?(?:perform|provide|offer|conduct|engage\s+in|sell|market|undertake)\b", req.ob.text, re.I)
    if not m or _RESTRICTS.search(resp) or not _WALLED.search(block) or not _DOES_BUSINESS.search(resp):
        return None
    banned = set(terms(re.split(r"[.;]|\b(?:for|to|during|under|while)\b", req.ob.text[m.end():])[0])) - set(terms("work services any"))
    if len(banned & set(terms(resp))) >= 2:
        return f"the proposal does what the solicitation forbids and walls it off instead of refraining: '{resp[:120]}'"
    return None


# the verb of a ban ("shall not transmit", "No release"), and words too common to name what it bans
_BAN_VERB = re.compile(r"\b(?:not|never)\s+(?:be\s+)?(?:[\w-]+ly\s+)?[a-z]+\b|\bNo\s+", re.I)
_VAGUE_OBJECT = frozenset(terms("any all each every data information system service contractor government own time"))


# "without requiring crews to install any additional application", "without requiring slides to be
# rescanned", "without requiring any change to DSS code": an act the work must not impose
_WITHOUT_REQUIRING = re.compile(r"\bwithout\s+requiring\s+(?:(?:the|any|each|every|an?)\s+)?(?:(?:[\w-]+\s+){0,2}?[\w-]+\s+to\s+"
                                r"(?:be\s+)?)?(?P<act>[a-z-]+)(?P<obj>[^.;,]{0,60})", re.I)


def _imposed_conflict(req_text: str, block: str) -> str | None:
    """The answer imposes what the requirement says the work must do without: "a small application
    that crews install on each tablet" against "without requiring crews to install any additional
    application"."""
    m = _WITHOUT_REQUIRING.search(req_text)
    if not m:
        return None
    act = _verb_key(m.group("act"))
    obj = set(terms(m.group("obj"))) - _VAGUE_OBJECT - set(terms("additional new separate extra first"))
    for clause in re.split(r"[.;]|,\s*(?:and|but|so)\b", block):
        words = re.findall(r"[A-Za-z-]+", clause)
        if any(_verb_key(w) == act for w in words) and obj & set(terms(clause)) and not NEGATED.search(clause):
            asked = re.sub(r"^without\s+requiring\s+", "", m.group(0).strip(), flags=re.I)
            return f"the work must not require {asked}; the proposal does: '{clause.strip()[:140]}'"
    return None


def _ban_restated(req: _Req, resp: str) -> bool:
    """A prohibition answered by a restriction on a thing the ban names after its verb: a negation
    in a main clause of the answer with that thing after it, in the same clause.  A ban with a
    figure ("no itinerary shall require more than 250 miles") is left to the figures."""
    if req.ob.modality != "prohibition" or _req_thresholds(req.ob.text) or quantities(req.ob.text):
        return False
    m = _BAN_VERB.search(req.ob.text)
    if not m:
        return False
    named = re.split(r"[.;]|,\s*(?:and|but)\b", req.ob.text[m.end():])[0]
    obj = set(terms(named)) - _VAGUE_OBJECT
    # (two of its words, or one that is an acronym: "NHSN")
    acronyms = {t for w in re.findall(r"\b[A-Z][A-Z0-9]{1,7}\b", named) for t in terms(w)}
    for neg in re.finditer(r"\b(?:no|not|never|cannot|none|nothing)\b", resp, re.I):
        if not _main_clause(resp, neg.start()):
            continue
        rest = re.split(r"[,;.]|\b(?:so\s+that|which|that|who|when|because|but|rather\s+than|unless|until|if)\b",
                        resp[neg.end():])[0]
        shared = obj & set(terms(rest))
        if len(shared) >= 2 or shared & acronyms:
            return True
    return False


# earlier rounds of something counted back: "the two preceding report periods", "the prior three
# audit years" (not lengths of time, which ``quantities`` reads)
_ROUNDS = r"(?:report(?:ing)?\s+periods?|audit\s+years?|periods?|cycles?|audits?|submissions?|seasons?|filings?|rounds?|releases?)"
_BACK = r"(?:preceding|prior|previous|most\s+recent|past|last)"
_ROUNDS_ASKED = re.compile(r"\b(two|three|four|five|six|[2-9])\s+" + _BACK + r"\s+" + _ROUNDS + r"\b|"
                           r"\b" + _BACK + r"\s+(two|three|four|five|six|[2-9])\s+" + _ROUNDS + r"\b", re.I)
_ONE_ROUND = re.compile(r"\b(?:the|its|their|our)\s+(?:immediately\s+)?(?:most\s+recent\s+)?" + _BACK + r"\s+(?:[\w-]+\s+)?" +
                        r"(?:report(?:ing)?\s+period|period|cycle|audit|audit\s+year|submission|season|filing|round|release)\b(?!s)",
                        re.I)


def _fewer_periods(req_text: str, block: str) -> str | None:
    """The answer looks back one round where the requirement asks for several: "the immediately
    preceding report period" against "the two preceding report periods"."""
    asked = _ROUNDS_ASKED.search(req_text)
    if not asked or _ROUNDS_ASKED.search(block):
        return None
    one = _ONE_ROUND.search(block)
    return (f"the answer looks back to '{one.group(0)}' where the solicitation asks for the {asked.group(0)}"
            if one else None)


# a period word that describes the data, not how often the work is done: "ingest hourly readings",
# "the hourly stroke-count records"
_RESOLUTION = re.compile(r"\b(hourly|daily|weekly|monthly)\s+(?:[\w-]+\s+){0,2}?(?:readings?|values?|counts?|records?|"
                         r"observations?|measurements?|data|totals?|samples?|series)\b", re.I)


def _same_resolution(req_text: str, block: str) -> bool:
    """The requirement's only period words describe the data it names ("hourly readings"), and the
    answer names data of the same period ("the hourly gas values"): a nightly import of something
    else in the same paragraph is no slower answer."""
    said = [m.group(1).lower() for m in _RESOLUTION.finditer(req_text)]
    times = quantities(req_text)
    return bool(said) and len(times) == len(said) and all(q.cls == "interval" for q in times) and \
        all(any(m.group(1).lower() == w for m in _RESOLUTION.finditer(block)) for w in said)


def _reach_only(text: str, req_times: list, resp: str) -> bool:
    """Every time the requirement sets is a forecast's reach, which has no role, and the answering
    sentence states none: "over a rolling 36-month horizon" answered beside "We forecast over a
    rolling 24-month horizon" (but not a horizon a figure is measured at: "Forecasts at the
    120-minute horizon shall have ...")."""
    return all(q.cls == "horizon" and not re.search(r"\b(?:at|for)\s+(?:the|each|every|a)\s+$",
                                                     text[max(0, (at := text.find(q.text)) - 12):max(0, at)], re.I)
               for q in req_times) and not any(g.cls == "horizon" for g in quantities(resp))


def _judge_answer(req: _Req, unit: Unit, score: float, matcher: _Matcher, selfs: set[str]) -> tuple[str, str]:
    """Status and reason for one requirement against the passage that answers it (``_answers``)."""
    text = req.ob.text
    resp = unit.text
    block = unit.context or resp
    req_times = quantities(text)
    timed = bool(req_times)   # the requirement sets a time, a span or a frequency
    dur, dur_ok = _duration_conflict(text, resp)
    if dur is None and (not dur_ok or block != resp):
        # the sentence may meet one of the requirement's times while its paragraph offers a worse
        # one for another ("a red team exercise twice a year" beside "findings within ten days")
        # (beside a sentence that already answers, only a figure whose role is known to be the
        # same counts, and only when no figure of a compatible role meets the requirement)
        dur2, ok2 = _duration_conflict(text, block)
        if dur_ok and dur2 is not None and not _reach_only(text, req_times, resp) and \
                _duration_conflict(text, block, strict=True)[0] is None:
            dur2 = None
        if dur2 is not None or not dur_ok:
            dur, dur_ok = dur2, ok2 or dur_ok
    if dur is not None and _same_resolution(text, block):
        dur, dur_ok = None, True
    num, num_ok = _number_conflict(text, resp)
    if num is None and (not num_ok or _EACH_GROUP.search(text) or (block != resp and _unmet_figures(text, resp))):
        # a level each group must reach is also failed by a worse figure elsewhere in the paragraph,
        # as is a level the sentence leaves out ("a recall of at least 0.90 ... false alarms at or
        # below 5 percent" answered by the false-alarm sentence, the recall in the one before it)
        num, num_ok = _number_conflict(text, block)
    if dur and _other_event(text, dur, block):
        # "within 60 minutes" of a security incident says nothing of notice of an outage, nor does it
        # meet the notice the requirement asks for
        dur, dur_ok = None, False
    if dur is None and (not dur_ok or not _windows_answered(text, block)):
        dur = _batch_conflict(text, block)   # "scored in one nightly batch" against "within 4 hours"
        dur_ok = dur_ok or (dur is None and _batch_meets(text, block))   # "pulls the layer every hour"
    service, service_met = service_length(text, resp)
    if service_met:
        dur, dur_ok = None, True   # "totals 20 hours of hands-on instruction" meets 16 hours of training
    conflict = (edition_conflict(text, resp) or wcag_conflict(text, resp) or dur or num or _count_conflict(text, resp, block if block != resp else "") or
                (_count_conflict(text, block) if block != resp else None) or
                _rank_conflict(text, resp) or
                _trigger_conflict(text, block) or _subset_conflict(text, resp) or _experience_conflict(text, resp) or
                _sample_size_conflict(text, resp) or _scaled_count_conflict(text, resp) or service or
                cold_conflict(text, block) or
                _scale_conflict(text, resp) or _scale_conflict(text, block) or _zero_conflict(text, block) or
                interval_conflict(text, resp) or detection_size_conflict(text, resp) or
                hours_conflict(text, resp, block))
    # the answer lets data leave a required boundary, or skips a required review
    conflict = (conflict or _boundary_breach(text, resp) or _owner_conflict(text, block) or _locality_conflict(text, block) or
                _late_start(text, block) or
                _coverage_start_conflict(text, block) or years_conflict(text, resp) or
                calendar_date_conflict(text, block) or capacity_conflict(text, block) or throughput_conflict(text, block) or
                multiple_conflict(text, block) or
                platform_conflict(text, block) or
                _bypass_conflict(text, resp, block) or
                _offshore_conflict(text, block) or _remote_conflict(text, block) or _kinds_conflict(text, block) or
                _kind_conflict("openlicence", text, block) or _kind_conflict("sourcecode", text, block) or
                _retention_breach(text, block) or opposite_conflict(text, resp) or _imposed_conflict(text, block))
    if conflict:
        return "contradicted", conflict
    # "MAPE shall not exceed 12 percent" is a ceiling: an answer that meets it has answered it
    # ("median time must not exceed 4 seconds" against "a median of 2.5 seconds" likewise)
    ceiling_met = (num_ok and bool(_req_thresholds(text)) and num is None) or \
        (dur is None and dur_ok and timed and bool(quantities(resp)))
    if req.ob.modality == "prohibition" and not ceiling_met:
        breach = (_prohibition_breach(req, resp, selfs) or _banned_audience(text, resp) or _reuse_conflict(text, resp) or
                  _retention_breach(text, block) or
                  _automatic_breach(text, block) or _only_way_set_aside(req, block))
        if breach:
            return "contradicted", breach
        walled = _walled_off(req, resp, block)
        if walled:
            return "contradicted", walled
        # a hedged promise about the subject ("will be submitted to the COR for approval where
        # practicable", "will make reasonable efforts to purge") is weak, not a breach; an intent to do
        # what is forbidden ("intends to publish") is no hedge of it
        hedge = _weak(resp, selfs)
        hedge = hedge if hedge and not re.match(r"(?:intend|plan|anticipat|expect|aim|seek)", hedge, re.I) else None
        if not hedge and not _restricts(_NEGATED_RELATIVE.sub("", _SO_THAT.sub("", resp))) and _does_banned(req, resp) and \
                (re.search(r"\bwill\b", resp, re.I) or _ACTS_NOW.search(resp)):
            # the answer commits to the banned act in its own sentence: a safeguard elsewhere in the
            # paragraph ("a read-only account" in Phase 1) does not undo "in Phase 2 it will write
            # its setpoints directly to the plant controller" (or, said as what the product does,
            # "TriageLens therefore merges repeated alerts ... and it auto-closes weight alerts")
            return "contradicted", f"the proposal commits to what the solicitation forbids: '{resp[:120]}'"
        # (a ceiling on a figure, "false alarms shall not exceed 40 percent", is broken by a figure only)
        # (nor is a ban on keeping something broken by a passage that deletes it)
        # (a condition on the act restricts nothing: "auto-closes weight alerts if no later reading crosses")
        # (a negation in a relative clause restricts nothing where the answer does the banned act:
        # "sends an automated courtesy notice ... listing the items that were not located")
        said = _NEGATED_RELATIVE.sub("", block) if _does_banned(req, resp) else block
        if not _restricts(said) and \
                not (_CEILING_BAN.search(text) and _req_thresholds(text)) and \
                not (_KEEPING_BANNED.search(text) and _DELETED.search(block)):
            commit = next((m for m in re.finditer(r"\b(?:will|shall|plans?\s+to|intends?\s+to)\s+(?:" + ADVERB + r")?\w+",
                                                  resp, re.IGNORECASE) if _main_clause(resp, m.start())), None)
            # (but "will give the Contracting Officer advance written notice before any change in key
            # personnel" keeps the condition of "shall not substitute key personnel without notice")
            if (commit or _does_banned(req, resp)) and not _condition_kept(text, block):
                # "Kestrel will add de-identified pilot images to the shared training pool" against
                # "shall not use images collected under this contract to train other models"
                if hedge:
                    return "partially addressed", f"the answer is not a firm commitment ('{hedge}')"
                return "contradicted", f"the proposal commits to what the solicitation forbids: '{resp[:120]}'"
            # a passage about what is forbidden that states no restriction at all describes doing it
            # more often than not ("Kestrel Ridge offers a commercial benchmarking service ... values
            # extracted from DOE test reports are added to it"); but "Key personnel are Dana and
            # Tomas" does not answer "shall not substitute key personnel without approval", nor does
            # a list of components one whose licence or origin a ban is about
            # (a ban on reuse for others has its own tests: a passage about the data is no breach)
            # (nor does a ban on acting "on its own", which has its own test: a person may do it by hand)
            # (nor does a passage that keeps nothing for any time break a cap on keeping: "must not retain
            # request text in debugging logs for more than 90 days" against a passage on matching requests)
            # (nor is a ban broken by a passage that shares none of its words but the verb: "Our
            # accessibility team tests each release" against "shall not permit any person who is not a U.S.
            # citizen to access lease documents")
            if not _CONDITIONAL_BAN.search(text) and not _QUALIFIED_BAN.search(text) and \
                    not _REUSE_BANNED.search(text) and not _OTHERS_BANNED.search(text) and not _BY_ITSELF.search(text) and \
                    not (_CAPPED_KEEPING.search(text) and not quantities(block) and not _KEEPS_RECORDS.search(block)) and \
                    _shares_object(req, resp):
                return "contradicted", ("the passage on this subject states no restriction and appears to do what the "
                                        f"solicitation forbids: '{resp[:120]}'")
            if not _condition_kept(text, block):
                return "not addressed", "the answer names the subject but does not commit to the restriction"
    else:
        refusal = (_refusal(req, resp) or _approval_after(text, resp, block) or (block != resp and _refusal(req, block)) or
                   _omission(req, block) or _extra_cost(req, block) or
                   _independence_conflict(text, block) or _substitution(req, block) or _alteration_conflict(req, block) or
                   _own_approver(text, block) or _not_yet_authorized(text, block) or _vetting_pending(text, block))
        if refusal:
            return "contradicted", refusal
    if len(req.idents) > 1:
        # "comply with FAR 52.239-1 and HSAR 3052.204-71": every clause must be taken on
        named = {"#" + m.group(0).lower() for m in _IDENT.finditer(block)}
        for sc, j in req.candidates:
            if sc >= NONE_BELOW:
                named |= {t for t in matcher.units[j].terms if t.startswith("#")}
        left = sorted(t[1:] for t in req.idents - named)
        if named & req.idents and left:
            return "partially addressed", "the answer does not take on: " + ", ".join(left)
    if _SAMPLE_ASKED.search(text) and not _SAMPLE_GIVEN.search(" ".join([block, *unit.headings])):
        # "provide a sample review memo produced by its system" is not answered by describing the memo
        return "not addressed", ("the solicitation asks for a sample; the proposal describes the work but includes none "
                                 "(no appendix, attachment or enclosed sample is named)")
    weak = _weak(resp, selfs)
    if weak:
        return "partially addressed", f"the answer is not a firm commitment ('{weak}')"
    defer = _DEFER.search(resp) or _deferred_beside(req, unit, matcher)
    if defer:
        return "partially addressed", f"the answer defers the commitment ('{defer.group(0)}')"
    if (staged := staged_subset(text, block)):
        return "partially addressed", staged
    if not dur_ok and not _time_met_elsewhere(req, unit, matcher) and not _clock_only(text, block) and \
            not picks_by_time(text, req_times):
        if timed and all(q.cls == "span" and q.role == "retain" for q in req_times) and not _req_thresholds(text) and \
                not _KEEPS_RECORDS.search(block):
            # "retain the reason codes ... for seven years" against "the work list displays the reason
            # codes beside each alert": the things kept are named, their keeping is not
            return "not addressed", "the requirement sets how long to keep it; the answer says nothing of keeping it"
        return "partially addressed", "the requirement sets a time limit or frequency; the answer gives none"
    if (asked := _experience_unstated(text, block)):
        if (post := post_unnamed(text, block, [u.text for u in matcher.units])):
            # "provide a Lead NLP Engineer with at least five years" against a passage that names only
            # a Program Manager, and no passage that names the post at all
            return "not addressed", f"the solicitation asks for a {post}; the proposal names none"
        return "partially addressed", f"the requirement asks for {asked}; the answer states no years"
    fewer = _fewer_periods(text, block)
    if fewer:
        return "partially addressed", fewer
    unmet = _unmet_figures(text, block)
    if unmet:
        return "partially addressed", "the requirement sets a figure the answer does not give: " + "; ".join(unmet)
    uncounted = count_unstated(text, block)
    if uncounted:
        return "partially addressed", uncounted
    extra = []
    if req.ob.bearer in ("Offeror", "Quoter", "offeror", "quoter"):
        # an instruction to describe something is often answered across several sections
        extra = [matcher.units[i] for sc, i in req.candidates if sc >= NONE_BELOW and matcher.units[i] is not unit]
    missing = _missing_elements(req, unit, matcher, extra)
    if missing and req.ob.bearer in ("Offeror", "Quoter", "offeror", "quoter") and _DESCRIBE_ASK.search(_requirement_body(text)):
        # "describe its approach to ensemble generation, calibration and verification": each
        # element may have a section of its own that shares few words with the instruction; it
        # counts when one passage holds all of its words
        missing = [m for m in missing if not _held_anywhere(set(terms(m)), matcher)]
    if missing:
        return "partially addressed", "the answer leaves out: " + "; ".join(missing)
    measured = (dur_ok and timed) or (num_ok and bool(_req_thresholds(text))) or \
        _scale_met(text, block)
    if req.ctx_credit != CTX_CREDIT:
        # the paragraph helped find the answer; the sentence itself must carry a full one
        score = min(score, matcher.score_unit(req, unit, CTX_CREDIT))
    if score < FULL_FROM and not measured and _ban_restated(req, resp):
        # "SentinelIP has no outbound interface to NHSN" against "shall not transmit any event to NHSN
        # on its own": a ban is answered in few words by a restriction on the same thing
        measured = True
    if score < FULL_FROM and not measured:
        # a thin match, unless the answer meets the requirement's own number ("ready within
        # 36 hours" for "process ... within 48 hours"): few shared words, but the same measure
        return "partially addressed", "the closest answer covers only part of the requirement"
    return "addressed", "answered"


_FEW_TERMS = 3


def _holds_rarest(req: _Req, unit: Unit, matcher: _Matcher) -> bool:
    """A requirement of few words ("identify each proposed subcontractor and the tasks it will
    perform") is not answered by a passage that shares just one of them, unless it is the
    rarest: a "monthly performance report" shares "perform" and nothing of the subcontractors."""
    if len(req.weights) > _FEW_TERMS or req.idents or not req.weights:
        return True
    have = unit.terms | unit.head | unit.ctx | set(terms(unit.context or ""))
    shared = {t for t in req.weights if t in have or matcher.near(t) & have}
    top = max(req.weights.values())
    # one shared word that is not the rarest is no answer
    return len(shared) >= 2 or any(req.weights[t] >= top - 1e-9 for t in shared)


def _deferred_beside(req, unit: Unit, matcher) -> re.Match | None:
    """A deferral in the answer's own paragraph about part of the requirement the answer leaves
    out: "her resume is at Attachment A. The Survey Methodologist will be named after award."."""
    missing = set(req.weights) - unit.terms
    if not missing or unit.row:
        return None
    for other in matcher.by_block[unit.block]:
        if other is not unit and not other.row and missing & other.terms and (m := _DEFER.search(other.text)):
            return m
    return None


def _rule_category(concepts: set[str], packs) -> tuple[str, str | None]:
    """Category and severity of the first pack concept a requirement is about."""
    for pack in packs:
        for rule in pack.rules:
            if rule.id in concepts:
                return rule.category, rule.severity
    return "traceability", None


# records whose keeping a retention requirement is about, by any of their usual names
_RECORDS = frozenset(terms("log logs record records audit ledger journal trail entries history"))
_CHANGE = re.compile(r"\b(?:model|release|version|retrain\w*|update\w*|change\w*|upgrade\w*|promot\w*|deploy\w*)\b", re.I)
_CHANGE_WORDS = frozenset(terms("release releases released version update updated change changes changed upgrade promote "
                                "promoted deploy deployed deployment production place new issue modify replace"))


_TESTING = re.compile(r"\bred[\s-]?team\w*|\badversarial\s+(?:test\w*|exercis\w*|assess\w*)|\bpenetration\s+test\w*", re.I)


def _keeps_records(text: str, duration: str) -> bool:
    """The clause that states ``duration`` is about keeping records ("audit entries are kept for
    36 months"), not images or media ("blurred images are retained for 90 days")."""
    at = text.find(duration)
    if at < 0:
        return False
    return bool(set(terms(clause_around(text, at, at, opens=".;,"))) & _RECORDS)


# a thing computed or loaded afresh on a cadence: "each source refreshed at least every 24 hours"
_REFRESH = re.compile(r"\b(?:refresh\w*|rebuil[dt]s?|rebuilding|re-?comput\w*|re-?scor\w*|re-?calculat\w*|re-?generat\w*|"
                      r"re-?index\w*)\b", re.I)


# deleting on a schedule: "Quarantined items are then deleted in the weekly data hygiene sweep"
_PURGE = re.compile(r"\b(?:purg\w*|delet\w*|destroy\w*|eras(?:e|es|ed|ing)|wip(?:e|es|ed|ing))\b", re.I)


def _slower_cadence(req: _Req, units: list[Unit], unit: Unit | None, verbs: re.Pattern, cls: str,
                    said: str) -> tuple[Unit, str] | None:
    """The requirement sets how often (``cls`` "interval") or how soon (``cls`` "window") an act of
    ``verbs`` is done; the proposal, wherever it says so of the same thing, does it less often
    ("The store is rebuilt once a week" against each source "refreshed at least every 24 hours";
    "agency-level scores are refreshed on a semiannual cycle" against "recomputed every calendar
    quarter"; "Quarantined items are then deleted in the weekly data hygiene sweep" against "purge
    such content within 24 hours").  None when the judged answer or any passage of the proposal
    meets it."""
    text = req.ob.text
    want = [q for q in quantities(text) if q.cls == cls]
    if len(want) != 1 or not (verb := verbs.search(text)):
        return None
    q = want[0]
    at = text.find(q.text)
    if at < 0 or not (0 <= at - verb.end() <= 60 or 0 <= verb.start() - at - len(q.text) <= 20):
        return None   # the time is of another act
    if unit is not None and any(g.cls in (cls, "interval") and g.hours <= q.hours * 1.001 for g in quantities(unit.text)):
        return None
    key = set(req.weights) - set(terms("refresh refreshed rebuild recompute rescore recalculate regenerate reindex "
                                       "purge delete destroy erase wipe least every each calendar within hours days"))
    if not key:
        return None
    # the thing the act is done to, named as the duty's subject: "Forecasts shall be refreshed ..."
    subject = re.match(r"\s*(?:[A-Z]?[\d.]+\s+)?(?:the\s+|all\s+|each\s+)?([A-Za-z-]+)\s+(?:shall|must)\s+be\s+", text)
    own = set(terms(subject.group(1))) & key if subject else set()
    slower = []
    for u in units:
        # (of the same thing: two of the requirement's words, or its only one, "such content", or the
        # duty's subject: "The full forecast set is recomputed every 15 minutes")
        if u.pointer or not verbs.search(u.text) or \
                (len((u.terms | u.ctx) & key) < min(2, len(key)) and not (own and own <= u.terms)):
            continue
        for g in quantities(u.text):
            if g.cls not in (cls, "interval"):
                continue
            if g.hours <= q.hours * 1.001:
                return None
            slower.append((u, g))
    if not slower:
        return None
    u, g = slower[0]
    return u, f"{said} '{g.text}' where the solicitation requires '{q.text}'"


# the thing a duty produces: "shall return a recommendation within 60 seconds"
_DUTY_OBJECT = re.compile(r"\b(?:shall|must)\s+(?:" + ADVERB + r")?(?:return|deliver|produce|generate|issue|send|post|provide|"
                          r"display|make\s+available)\s+(?:a|an|the|each|every|its)\s+(?:[\w-]+\s+)?([a-z-]+?)s?"
                          r"(?=\s+(?:within|in|to|for|by|on|at|after|before|of|that|which|and|no)\b|\s*[,.;])", re.I)


def _batched_anywhere(req: _Req, units: list[Unit]) -> tuple[Unit, str] | None:
    """A short time limit for what the duty produces ("return a recommendation within 60 seconds
    after a claims specialist opens the case"), where the proposal, in any section, produces the
    same things in batches ("Recommendations are prepared in overnight batches"), and no passage
    meets the limit."""
    text = req.ob.text
    short = [q for q in quantities(text) if q.cls == "window" and q.hours < 24]
    thing = _DUTY_OBJECT.search(text)
    if not short or not thing or not (key := set(terms(thing.group(1)))):
        return None
    found = next(((u, clash) for u in units if not u.pointer and key <= u.terms and (clash := _batch_conflict(text, u.text))),
                 None)
    if found is None or any(_duration_conflict(text, u.text) == (None, True) for u in units
                            if not u.pointer and quantities(u.text)):
        return None
    return found


def _anywhere_conflict(req: _Req, units: list[Unit], unit: Unit | None = None) -> tuple[Unit, str] | None:
    """Conflicts a reviewer looks for across the whole proposal, because proposals state them
    where no one would look for the requirement's words: records kept for less time than
    required ("audit entries are kept for 36 months" against six years), notice after a change
    where approval before it is required ("release notes within five business days after
    promotion") or a new model put into use by itself where approval comes first, testers who are
    not independent, a connection where the system must work cut off, the Government's data put
    into what the proposer sells to others, items let through on a high score where a person must
    pass each one, and work or data placed abroad where it must stay in the United States.
    Records, notice after a change, testers and connections count only when no passage of the
    proposal meets the requirement instead."""
    text = req.ob.text
    want = [q for q in quantities(text) if q.role == "retain" and q.cls == "span"]
    if want and set(terms(text)) & _RECORDS:
        kept = [(u, g) for u in units if not u.pointer and u.terms & _RECORDS
                for g in quantities(u.text) if g.role == "retain" and g.cls == "span" and _keeps_records(u.text, g.text)]
        if kept and not any(g.hours * 1.001 >= q.hours for _u, g in kept for q in want):
            u, g = min(kept, key=lambda x: abs(x[1].hours - want[0].hours))
            kept_for, required = (re.sub(r"^for\s+", "", x, flags=re.I) for x in (g.text, want[0].text))
            return u, f"records are kept for {kept_for} where the solicitation requires {required}"
    if re.search(r"\bapprov", text, re.I) and (_APPROVAL_BEFORE.search(text) or _APPROVAL_WITHOUT.search(text)) and \
            _CHANGE.search(text):
        if not any(_APPROVAL_GIVEN.search(u.text) for u in units):
            for u in units:
                if not u.pointer and _CHANGE.search(u.text) and (clash := _approval_after(text, u.text, u.context)):
                    return u, clash
        if _MODEL_CHANGE.search(text):
            for u in units:
                if not u.pointer and (said := _deployed_unapproved(u.text)):
                    return u, f"approval is required before a new model is used; the proposal puts it into use by itself: '{said[:120]}'"
    if _INDEPENDENT.search(text) or _NO_ROLE.search(text):
        testing = [u for u in units if not u.pointer and _TESTING.search(u.text)]
        if not any(_outside_testers(u.context or u.text) for u in testing):
            for u in testing:
                if (clash := _independence_conflict(text, u.context or u.text)):
                    return u, clash
    if _WORKS_OFFLINE.search(text) and not any(_ISOLATED.search(u.text) or _UNCONNECTED.search(u.text) for u in units):
        # "each inspection cell keeps an outbound link through a cellular gateway" against a system
        # that must run without any connection to outside networks
        key = set(req.weights) - set(terms("network networks internet connection connected outside external any system"))
        for u in units:
            if not u.pointer and (u.terms | u.ctx) & key and (clash := _kind_conflict("isolation", text, u.text)):
                return u, clash
    if req.ob.modality == "prohibition" and (found := _reuse_for_others(text, units) or verdict_feature(text, units)) is not None:
        return found
    if (found := _straight_through(req, units)) is not None:
        return found
    if (found := _batched_anywhere(req, units)) is not None:
        return found
    if _ONSHORE.search(text):
        key = set(req.weights) - set(terms("United States U.S. located location outside within inside persons citizens"))
        # (data sent abroad is named by where it goes, in words of its own: "backups are replicated
        # to our disaster recovery site in Montreal")
        data = bool(_DATA_HELD.search(text)) and not _PERSONS_ONSHORE.search(text)
        # (people named by their trade: "whose data scientists work on cost report features" for "no
        # personnel located outside the United States shall have access")
        people = bool(key & _STAFF_TERMS)
        for u in units:
            if not u.pointer and ((u.terms | u.ctx) & key or (data and _DATA_PLACED.search(u.text)) or
                                  (people and _WORKERS.search(u.text))) and \
                    (clash := _offshore_conflict(text, u.text)):
                return u, clash
    if (found := _slower_cadence(req, units, unit, _REFRESH, "interval", "refreshes") or
            _slower_cadence(req, units, unit, _PURGE, "window", "deletes")) is not None:
        return found
    if _SOURCE_DUE.search(text) or _OPEN_LICENCE.search(text):
        # "The platform and model training code remain Switchback property and are not delivered",
        # in a section on ownership: the code required is kept back, wherever that is said
        for u in units:
            if not u.pointer and _CODE.search(u.text) and \
                    (clash := _kind_conflict("sourcecode", text, u.text) or _kind_conflict("openlicence", text, u.text)):
                return u, clash
    return None


_CODE = re.compile(r"\b(?:source\s+code|code|software|weights|models?|library|engine|pipeline)\b", re.I)
_STAFF_TERMS = frozenset(terms("personnel staff employees"))
_WORKERS = re.compile(r"\b(?:data\s+scientists?|analysts?|engineers?|developers?|annotators?|labell?ers?|staff|employees|"
                      r"personnel|team\s+members?)\b", re.I)
_DATA_HELD = re.compile(r"\b(?:data|information|records|files|content|images|backups?)\b[^.;]{0,60}?\b(?:stored|processed|hosted|"
                        r"kept|held|maintained|resides?|located|transmitted|viewed|accessed)\b|"
                        r"\b(?:store|process|host|keep|hold|maintain|transmit|view|access)\w*\s+(?:any\s+|all\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:data|information|records|files|content|images)\b", re.I)
_PERSONS_ONSHORE = re.compile(r"\b(?:citizens?|clearances?|personnel|staff|persons?|nationals?|employees?|workers?)\b", re.I)
_DATA_PLACED = re.compile(r"\b(?:backups?|replicat\w*|mirror\w*|disaster\s+recovery|failover|data\s+cent(?:er|re)s?|"
                          # "retraining jobs run on our dedicated GPU cluster in Montreal, which receives a copy of
                          # the training data"
                          r"hosted|stored|storage|(?:GPU|compute|computing|training)\s+clusters?|cop(?:y|ies)\s+of)\b", re.I)


# what the work covers, said as a count of the set the requirement names: "The first release will
# cover 28 of the 40 commodities in Attachment J-1"
_COVERS_SOME = re.compile(r"\b(?:cover(?:s|ed|ing)?|support(?:s|ed|ing)?|handl(?:e|es|ed|ing)|includ(?:e|es|ed|ing)|"
                          r"address(?:es|ed|ing)?)\s+(?:only\s+)?(\d+|" + _TWO_TO_TWELVE + r")\s+of\s+the\s+", re.I)


def _covers_fewer(req_text: str, text: str) -> str | None:
    """A passage close to the requirement that says the work covers only part of the set the
    requirement names in full (read with ``_subset_conflict``)."""
    m = _COVERS_SOME.search(text)
    if m and _STAGED.search(text, max(0, m.start() - 60), m.start()):
        return None   # "At launch the classifier covers nine of the twelve species": a first step (see staged_subset)
    return _subset_conflict(req_text, text[m.start():]) if m else None


# the headings of a proposal's account of other work: "12. Corporate Experience", "Past Performance"
_PAST_WORK = re.compile(r"\b(?:past\s+performance|corporate\s+experience|relevant\s+experience|similar\s+(?:work|projects?|"
                        r"contracts?)|prior\s+(?:work|projects?|contracts?)|references?|experience)\b", re.I)


def _near_conflict(req: _Req, units: list[Unit], status: str, unit: Unit | None = None):
    """A conflict stated in a passage close to the requirement but not the one judged: a lower
    level on a scale the requirement names ("the model API holds a FedRAMP Moderate
    authorization" against a High boundary; "Government purpose rights" in the next section for
    weights required "with unlimited rights"), or, when the answer gave no figure, a worse
    figure for the same measure ("pairs scoring 0.85 or above are linked" against 0.90)."""
    text = req.ob.text
    said = (unit.context or unit.text) if unit is not None else ""
    # look for a worse figure or time nearby only when the judged answer gave none
    figures = bool(_req_thresholds(text)) and (status != "addressed" or not _number_conflict(text, said)[1])
    asked = quantities(text)
    given = quantities(said) if asked else []
    # (and none when it gave, in whatever words, a time of the same kind that meets the requirement:
    # "we will finish each flight within 12 calendar days", read against "process ... within 15")
    own = _duration_conflict(text, said)
    times = bool(asked) and not own[1] and not (status == "addressed" and any(
        g.cls == q.cls and not _worse(q.cls, q.hours, g.hours) for q in asked for g in given))
    # (a passage that gave a worse time of the same kind gave none that meets it, so a batch the
    # work waits for is read beside it)
    batches = times or (bool(asked) and own[0] is not None)
    for sc, j in req.candidates:
        if sc < SCALE_NEAR:
            break
        other = units[j].text
        clash = _scale_conflict(text, other)
        if not clash and figures and not (_PAST_WORK.search(" ".join(units[j].headings)) and not _PAST_WORK.search(text)):
            # (a figure from other work, under "Corporate Experience", is no offer for this one: "Lumenfield
            # scores essay responses under a hybrid model with 12 percent human routing")
            clash = _number_conflict(text, other, same_measure=True)[0]
        if not clash and times and sc >= NONE_BELOW:
            clash = _duration_conflict(text, other)[0]
            clash = None if clash and _other_event(text, clash, other) else clash
        if not clash and batches:
            clash = _batch_conflict(text, units[j].context or other)
        if not clash:
            near = units[j].context or other
            clash = (_bypass_conflict(text, other, near) or _boundary_breach(text, other) or _locality_conflict(text, near) or
                     capacity_conflict(text, near) or throughput_conflict(text, near) or _covers_fewer(text, other) or
                     multiple_conflict(text, near) or platform_conflict(text, near) or
                     _coverage_start_conflict(text, near) or
                     _independence_conflict(text, near) or
                     _offshore_conflict(text, other) or _kinds_conflict(text, near) or _approval_after(text, other, near) or
                     (_automatic_breach(text, near) if req.ob.modality == "prohibition" else None) or
                     (_retention_breach(text, near) if req.ob.modality == "prohibition" else None))
        if not clash and req.ob.modality != "prohibition":
            clash = _alteration_conflict(req, units[j].context or other)
        if not clash and req.ob.modality == "prohibition":
            if _RESERVE.search(other):
                clash = f"the proposal keeps a right the solicitation forbids: '{other[:120]}'"
            elif not _RESTRICTS.search(other):
                clash = _reuse_conflict(text, other) or (
                    f"the proposal does what the solicitation forbids: '{other[:120]}'" if _does_banned(req, other, answer=False) else None)
        if clash:
            return units[j], sc, "contradicted", clash
    for sc, j in req.aside:
        # a passage that cannot answer the requirement can still go against it
        clash = _approval_after(text, units[j].text, units[j].context) if sc >= SCALE_NEAR else None
        if clash:
            return units[j], sc, "contradicted", clash
    return None
