"""Assemble obligations from the pipeline's annotations: clauses, lead-ins, bearers, IDs.

One function per step: `split_clauses` (atomise a sentence), `resolve_bearer` (who must act),
`analyse_clause` (modality, strength, deadline, references), `extract_obligations` (walk the
document, carrying list lead-ins across blocks).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..model import Block, Deadline, Document, Location, Obligation, Reference
from .citations import find_references
from .deadlines import Duration, find_durations, first_deadline
from .deliverables import deliverable_rows
from .standards import standard_rows
from .lexicon import (ABBREVIATION_PARTIES, AGENCY_HEADS, BACKGROUND_HEADINGS, GOVERNMENT_PARTIES, LEGAL_EFFECT_SUBJECT, NARRATIVE_HEADINGS, NARRATIVE_OPENERS, NOT_REQUIREMENT, PARTIES, POSSIBLE_EVENTS, ROLE_HEADS,
                      SUBMISSION_SUBJECTS, WEAKENERS)
from .nlp import Trigger, get_nlp, pipe_texts

_INLINE_ENUM = re.compile(r"\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2}|[A-Z])\)\s+")
_LEADING_LABEL = re.compile(
    r"^\s*(?:(?:\((?:[a-zA-Z]{1,4}|\d{1,3})\)\s*)+|[A-M]\.\d+(?:\.\d+)*\.?\s+|\d{1,2}(?:\.\d+)+\.?\s+|"
    r"\d{1,2}[.)]\s+|[a-z][.)]\s+|[•▪◦·\-–*]\s+)")
# ("any incident that compromises or may compromise data": a possibility, not a second duty)
_SECOND_DUTY = re.compile(r"(?:[,;]\s*|\s+)(?:and|or|but)\s+(?=(?:shall|must|will|should|agrees?\s+to)\b|may\b(?!\s+(?:also\s+)?"
                          + POSSIBLE_EVENTS + r"\b))|"
                          r";\s+(?=(?:shall|must|will)\b)|"
                          r",\s+(?:and|but)\s+(?=(?:the|each|all|any|its|it|they|neither|no|only)\b"
                          r"(?:(?!\b(?:that|which|who|whom|whose|where|when|if)\b)[^,;]){0,80}?"
                          r"\b(?:shall|must|will|may|(?:is|are)\s+required\s+to)\b)", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r";\s+(?!(?:and|or)\b)(?=[^;]*\b(?:shall|must|will|may|should)\b)", re.IGNORECASE)
_CONDITION = re.compile(
    r"\b(?:if|unless|upon|in\s+the\s+event(?:\s+(?:that|of))?|whenever|when|provided\s+that|"
    r"in\s+case\s+of|where)\b[^,;.]{3,160}", re.IGNORECASE)
_PASSIVE_AGENT = re.compile(r"\bby\s+(?:the\s+|each\s+|an?\s+|all\s+|any\s+)?"
                            r"([A-Za-z][\w'’ -]{1,60})")
# a participle right after a noun names who acts on that noun, not on the sentence's verb
_REDUCED_RELATIVE = re.compile(r"\b(?!(?:be|been|being|is|are|was|were|and|or|not|also|then|first|only|jointly|"
                               r"formally|promptly|subsequently|directly|either)\b)[a-z][\w-]*\s+"
                               r"(?:approved|accepted|issued|designated|signed|authorized|furnished|provided|specified|"
                               r"identified|selected|requested|established|published|maintained|owned|operated|"
                               r"prescribed|required|directed|named|chosen|defined|set|held|used|agreed)\s*$")
_EVALUATED = re.compile(r"\s*(?:not\s+)?be\s+(?:evaluated|rated|assessed|reviewed|scored|considered|"
                        r"rejected|accepted|eliminated|deemed|found)\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?:^|\b(?:the|a|an|each|any|all|every|such|its|prime|successful|"
                                r"apparent|selected|awarded|individual|other))\s*$", re.IGNORECASE)
_DEFINED_PARTY = re.compile(
    r"(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?[\"“]([A-Z][\w -]{2,40})[\"”]"
    r"|\(\s*(?:the\s+)?[\"“]([A-Z][\w -]{2,40})[\"”]\s*\)")
_ADJECTIVAL = re.compile(r"(?:-|\s+)(?:data|property|information|furnished|owned|provided|approved|"
                         r"set|defined|designated|specified|established|determined|selected|supplied|controlled|managed|"
                         r"hosted|operated|issued|"
                         r"systems?|networks?|facilit\w+|records?|sites?|equipment|premises|resources|funds?|"
                         r"assets?|accounts?|content|materials?|documents?|officials?|users?|purpose|"
                         r"[A-Z][a-z]+(?!\s+(?:shall|must|will|may|should)\b))\b")
_ROLE_OFFEROR = re.compile(r"\b(?:instructions?|section\s+l\b|proposal\s+(?:preparation|submission|"
                           r"format|content)|submission|quot(?:e|ation)\s+(?:preparation|submission|"
                           r"instructions)|volume(?!\s+of\b))", re.IGNORECASE)
# Headings of the Government's part: Section M and its evaluation factors. A SOW task about
# evaluating a model ("C.4.2 Evaluation", "Evaluation and Adversarial Testing") or a title that
# names a thing ("Health Hazard Evaluation Reports") is the contractor's work.
_ROLE_GOVERNMENT = re.compile(r"\bsection\s+m\b|\bbasis\s+(?:for|of)\s+award|\baward\s+decision|"
                              r"\bevaluation\s+(?:factors?|criteria|of\s+(?:proposals|quot\w+|offers|bids))\b|"
                              r"\b(?:proposal|quot\w+|offer|technical|price|cost|past\s+performance)\s+evaluation\b|"
                              r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?evaluation\W*$", re.IGNORECASE)
_PRONOUNS = {"we": "Government", "us": "Government", "our": "Government", "you": "Offeror",
             "your": "Offeror"}
_PROPOSAL_PRONOUNS = {"we": "Offeror", "us": "Offeror", "our": "Offeror", "you": "Government",
                      "your": "Government"}
_CONTRACTOR_PRONOUNS = {"we": "Contractor", "us": "Contractor", "our": "Contractor", "you": "Government",
                        "your": "Government"}
_WS = re.compile(r"\s+")
_LEGAL_EFFECT_PREDICATE = re.compile(
    r"\s+(?:not\s+)?(?:have\s+no\s+effect|be\s+governed|be\s+construed|be\s+deemed|be\s+interpreted|apply|"
    r"take\s+precedence|supersede|prevail|remain\s+in\s+(?:full\s+)?(?:force|effect)|be\s+binding|obligate|"
    r"be\s+effective|become\s+effective|be\s+incorporated|constitute|survive|be\s+void|relieve|affect|"
    r"limit|be\s+subject\s+to|expire|terminate|be\s+read)\b", re.IGNORECASE)
_CONJ = re.compile(r"^\W*(?:and|or|but|nor)\b\s*", re.IGNORECASE)
_PERSON_NOUNS = re.compile(r"[\s-]+(?:personnel|employees?|staff|team|representatives?|program\s+manager|"
                           r"project\s+manager|key\s+personnel|workforce|engineers?)\b", re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:in|by|during|before|until|through)\s+(?:early\s+|late\s+|mid-?)?(?:FY\s?\d{2,4}|"
                       r"(?:19|20)\d\d\b|fiscal\s+year|the\s+(?:coming|next)\s+(?:year|decade))", re.IGNORECASE)


# what evaluators read of a proposal: "… will not evaluate pages beyond page 35", "will not consider marketing material"
_EVALUATORS_READ = re.compile(r"\s+(?:not\s+)?(?:evaluate|consider|read|review|score)\s+(?:any\s+)?(?:[\w-]+\s+)?"
                              r"(?:pages?|material|content|information)\b", re.IGNORECASE)


# triggers that bind only a named party: without one they describe, they do not require
_NEEDS_PARTY = re.compile(r"can\s*not\b|remains?\b|(?:is|are)\s+(?:solely\s+|fully\s+|also\s+)?responsible\b",
                          re.IGNORECASE)


# what the evaluators will make of a quote: "… will be deemed non-responsive", "… will be
# eliminated from consideration", "Compliance Review will be a pass/fail factor"
_VERDICT = re.compile(r"\s+(?:not\s+)?be\s+(?:(?:deemed|eliminated|disqualified|rejected|excluded|considered|"
                      r"evaluated|assessed|rated|scored|read|viewed|removed|discarded|disregarded|invited)\b|(?:an?|the)\s+(?:[\w/-]+\s+){0,3}factor\b)",
                      re.IGNORECASE)


@dataclass
class _Context:
    """What a clause passes on: to list items after a lead-in, or to a second duty."""

    trigger: Trigger
    bearer: str | None
    text: str
    deadline: Duration | None
    heading_path: tuple[str, ...]
    section: str | None = None
    open_lead: bool = False  # the clause ends at its trigger: "The Subcontractor must (a) …"


# the subject of a ban said with "may": "No proposed schedule may ...", "Neither party may ..." (not "No
# later than 30 days after award, the Contractor may ...")
_NO_SUBJECT = re.compile(r"^\W*(?:no|neither)\s+(?!(?:later|earlier|sooner|more|less|fewer|longer)\b)\w[^,;:]*$", re.I)


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Split the sentence ``text[start:end]`` into (start, end, is_item) clauses.

    Inline list items "(a) … ; (b) …" that follow a lead-in become clauses of their own, and
    "shall X and shall Y" becomes two clauses."""
    sentence = text[start:end]
    cuts: list[int] = []
    for m in _INLINE_ENUM.finditer(sentence):
        if m.start() == 0:
            continue
        before = sentence[: m.start()].rstrip()
        if before.endswith((":", ";", "—", "–")) or re.search(r"[;,:]\s*(?:and|or)$", before) or \
                (cuts and re.search(r"(?:\band|\bor|,)$", before)) or \
                (not cuts and m.group(0).startswith(("(a)", "(1)", "(i)", "(A)")) and
                 re.search(r"\b(?:shall|must|will|agrees?\s+to|required\s+to|shall\s+not|must\s+not|following)$",
                           before, re.IGNORECASE)):
            cuts.append(m.start())
    bounds = [0, *cuts, len(sentence)]
    pieces: list[tuple[int, int, bool]] = []
    for i in range(len(bounds) - 1):
        a, b = bounds[i], bounds[i + 1]
        is_item = i > 0
        sub_cuts = sorted({m.start() for m in _SECOND_DUTY.finditer(sentence, a, b)} |
                          {m.start() for m in _NEW_CLAUSE.finditer(sentence, a, b)})
        sub_bounds = [a, *sub_cuts, b]
        for j in range(len(sub_bounds) - 1):
            s, e = sub_bounds[j], sub_bounds[j + 1]
            if sentence[s:e].strip():
                pieces.append((start + s, start + e, is_item))
    return pieces


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n;,":
        s += 1
    while e > s and text[e - 1] in " \t\n":
        e -= 1
    return s, e


def _party_mentions(block_text: str, spans, lo: int, hi: int, defined: set[str]) -> list[tuple[int, int, str]]:
    found = []
    for sp in spans:
        s, e = sp.start_char, sp.end_char
        if s < lo or e > hi:
            continue
        surface = block_text[s:e]
        if surface[:1].islower() and not _DETERMINER_BEFORE.search(block_text[lo:s]):
            continue
        if _ADJECTIVAL.match(block_text, e) and not _PERSON_NOUNS.match(block_text, e) and \
                not block_text[e:e + 2].startswith(("'", "’")):
            continue  # "Government data", "Customer Data", "Government-furnished property"
        found.append((s, e, sp.label_))
    for term in defined:
        for m in re.finditer(rf"\b{re.escape(term)}\b", block_text[lo:hi]):
            found.append((lo + m.start(), lo + m.end(), term))
    found.sort()
    return found


# a sentence that opens with a prepositional or conditional phrase: its subject follows the comma
_LEADING_PHRASE = re.compile(r"^\s*(?:\(?[A-Za-z0-9]{1,3}[.)]\s+|[A-Z]\.\d+(?:\.\d+)*\.?\s+|\d+(?:\.\d+)+\.?\s+)?"
                             r"(?:On|In|For|At|By|Under|Upon|During|After|Before|With|Within|Using|Through|From|When|If|Once|"
                             r"Unless|Where|As|Across|Against|Beginning|Starting|Throughout|"
                             # "Measured on the Government gold standard set, the service shall achieve:"
                             r"(?:Measured|Evaluated|Tested|Assessed|Scored|Computed|Calculated|Averaged|Validated|Verified|"
                             r"Checked|Benchmarked|Compared)\s+"
                             r"(?:on|against|over|across|using|with|in|by)\b)")


# what the delivered system works on or produces, scored or rated as part of the work
_WORK_PRODUCT = re.compile(r"\b(?:claims?|records?|cases?|summar(?:y|ies)|drafts?|outputs?|predictions?|alerts?|images?|"
                           r"transcripts?|items?|reports?|documents?|answers?|responses\s+(?:generated|produced)|"
                           r"translations?|forecasts?|matches|pairs?|vouchers?|certifications?|transactions?|tips?|"
                           r"complaints?|referrals?|payments?|invoices?|fields?|entries|samples?|readings?|events?|"
                           r"tickets?)\b", re.IGNORECASE)
# a party named inside a phrase that follows the subject's noun: "95 percent of answers on the
# Government evaluation set shall ...", "All reports to the Government shall ..." (case-sensitive:
# "Each of the Contractor's employees" keeps its party; after a participle the party still acts or
# receives: "Any action taken by the contractor", "information provided to the contractor")
_IN_PHRASE = re.compile(r"\b[a-z][a-z-]+(?<!ed)(?<!en)(?<!ing)\s+(?:of|on|in|for|to|from|with|under|at|against|about|per)\s+"
                        r"(?:(?:the|a|an|each|any|all|its|their)\s+)?$")

# the Government as the agent of a participle inside the subject: "Fields with a score below the threshold set by
# the COR shall be routed to an examiner" (the COR sets the threshold; the routing is the Contractor's)
_PARTICIPLE_AGENT = re.compile(r"\b[A-Za-z][a-z-]+\s+(?:set|[a-z]+ed|chosen|given|written|drawn)\s+by\s+(?:the\s+)?"
                               r"(?:[A-Z][\w'’-]*\s+){0,4}?(?:\(\s*)?$")

# "Agreement between system codes and the Government reference coding must reach ..."
_BETWEEN = re.compile(r"\bbetween\b[^,;]{1,80}\band\s+(?:the\s+)?$", re.IGNORECASE)


def resolve_bearer(block_text: str, spans, clause_start: int, trigger: Trigger,
                   defined: set[str], role: str | None, systems: frozenset[str] = frozenset()) -> str | None:
    """The party that must act: grammatical subject, possessive, passive agent, pronoun.
    ``systems`` are acronyms the document gives to the thing being bought ("the Calibration
    Screening Tool (CST)"): "the CST shall produce" binds no Government office."""
    subject_lo = clause_start
    subject = block_text[clause_start:trigger.start]
    that = re.search(r".*\b(?:that|whether)\s", subject, re.IGNORECASE | re.DOTALL)
    if that:  # "Vendors are advised that TTS reserves the right" → the subject is TTS
        subject_lo = clause_start + that.end()
        subject = block_text[subject_lo:trigger.start]
    # A leading condition ("If …, the Contractor shall") is not the subject.
    comma = subject.rfind(",")
    mentions = [m for m in _party_mentions(block_text, spans, subject_lo, trigger.start, defined)
                if not _IN_PHRASE.search(block_text, subject_lo, m[0]) and
                not _BETWEEN.search(block_text, subject_lo, m[0]) and
                not (m[2] in GOVERNMENT_PARTIES and _PARTICIPLE_AGENT.search(block_text, subject_lo, m[0]))]
    if comma != -1:
        after = [m for m in mentions if m[0] > subject_lo + comma]
        if after:
            mentions = after
        elif re.search(r"[A-Za-z]", subject[comma + 1:]) and _LEADING_PHRASE.match(subject):
            mentions = []   # "On the Government validation set, the model must detect ...": the model is the subject
    if mentions:
        first = mentions[0]
        tail = block_text[first[1]:first[1] + 3]
        if tail.startswith(("'s", "’s", "s'", "s’")) and len(mentions) > 1:
            return mentions[1][2]
        return first[2]
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", subject)
    inside = _party_mentions(block_text, spans, trigger.start, trigger.end, defined)
    if inside:  # "It is the responsibility of the Contractor to …"
        return inside[0][2]
    if words and words[-1].lower() in ("it", "they", "he", "she"):
        earlier = _party_mentions(block_text, spans, clause_start, trigger.start, defined)
        if earlier:  # "Should the Performer anticipate a slip, it shall inform …"
            return earlier[-1][2]
        return None  # resolved by the caller from the previous clause
    pronouns = {"proposal": _PROPOSAL_PRONOUNS, "contractor": _CONTRACTOR_PRONOUNS}.get(role or "", _PRONOUNS)
    for w in words[-3:]:
        if w.lower() in pronouns:
            return pronouns[w.lower()]
    acronym = re.fullmatch(r"\s*(?:the\s+)?([A-Z]{2,6})\s*", subject.rsplit(",", 1)[-1])
    if acronym and acronym.group(1).lower() not in PARTIES and acronym.group(1) not in systems:
        return "Offeror" if role == "proposal" else "Government"  # "OFA will", "TTS reserves"
    # "The Service Provider shall": a capitalised role noun right before the modal.
    cap = re.search(r"(?:^|\b[Tt]he\s+|\b[Ee]ach\s+|\b[Aa]ny\s+)((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s*$",
                    subject.strip())
    if cap and cap.group(1).split()[-1].lower() in AGENCY_HEADS:
        return "Government"  # "The Department will furnish …", "The Program Office will review …"
    if cap and cap.group(1).split()[-1].lower() in ROLE_HEADS:
        return re.sub(r"^(?:The|Each|Any)\s+", "", cap.group(1))
    after = block_text[trigger.end: trigger.end + 160]
    agent = _PASSIVE_AGENT.search(after)
    if agent and _REDUCED_RELATIVE.search(after[:agent.start()]):
        agent = None   # "released under an open license approved by the COR": the COR approves the license only
    if agent and re.match(r"\s*be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+(?:against|on|to|for|with|in|at|from|through|into|using)\b"
                          r"[^,;]*?\band\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+"
                          r"(?:(?:in\s+writing|in\s+advance|formally)\s+)?$", after[:agent.start()], re.IGNORECASE):
        agent = None   # "shall be validated against the reference set and approved in writing by the COR": the COR approves only
    if agent and re.match(r"\s*(?:not\s+)?be\b", after, re.IGNORECASE) and "," not in after[:agent.start()]:
        # "shall be available 99.9 percent, excluding windows approved by the COR": the agent of
        # a phrase after the comma is not the one who must act
        phrase = agent.group(1).strip().lower()
        for surface in sorted(PARTIES, key=len, reverse=True):
            if re.match(rf"{re.escape(surface)}(?:\b|['’])", phrase):
                if surface in ABBREVIATION_PARTIES and not re.match(surface.upper(), agent.group(1).strip()):
                    continue
                return PARTIES[surface]
        for term in defined:
            if phrase.startswith(term.lower()):
                return term
    if re.match(r"\s*(?:not\s+)?be\s+(?:evaluated|rated|scored)\b", after, re.IGNORECASE) and \
            not _WORK_PRODUCT.search(subject) and not _RATED_FOR.match(after) and not _MACHINE_TIME.search(after):
        # "Proposed prices shall be evaluated …" (but "Each claim shall be scored" by the system, and
        # "Installed tower equipment must be rated for sustained winds of 130 miles per hour" is a
        # specification of what the contractor supplies)
        return "Government"
    lowered = [w.lower() for w in words]
    for k in range(len(lowered) - 1, -1, -1):
        w = lowered[k]
        if w in ("volume", "volumes") and lowered[k + 1:k + 2] == ["of"]:
            continue  # "the volume of purchases" is an amount, not a volume of the proposal
        if w in SUBMISSION_SUBJECTS:
            if _MACHINE_TIME.search(after):
                break   # what the system is given to work on, not the offeror's submission
            if _EVALUATED.match(after):
                return "Government"  # "Quotes will be evaluated …"
            return SUBMISSION_SUBJECTS[w]
    # Inverted order: "In no event shall the Contractor disclose …", "Nor shall the Contractor …"
    if re.search(r"\bin\s+no\s+(?:event|case)", trigger.text, re.IGNORECASE) or \
            re.search(r"\b(?:nor|neither)\s*$", subject, re.IGNORECASE):
        inv = _party_mentions(block_text, spans, trigger.end, min(len(block_text), trigger.end + 40), defined)
        if inv and re.match(r"\s*(?:the\s+|any\s+|an?\s+)?\S", block_text[trigger.end:]):
            return inv[0][2]
    return None


# a time no evaluation of offers keeps: "Each submission shall be scored within 60 seconds after the
# partner uploads it", "each enrollment file shall be scored before the 6:00 a.m. payment file cutoff"
_MACHINE_TIME = re.compile(r"^[^.;]{0,40}?\b(?:within\s+(?:\d+|[a-z]+)\s+(?:business\s+)?(?:seconds?|minutes?|hours?)|"
                           r"before\s+the\s+\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?))", re.IGNORECASE)
# an equipment rating: "be rated for sustained winds of", "be rated to IP67", "be rated at 100 amperes"
_RATED_FOR = re.compile(r"\s*(?:not\s+)?be\s+rated\s+(?:for|to|at)\s+(?:\d|IP\s?\d|(?:sustained|continuous|outdoor|"
                        r"operation|use|winds?|temperatures?|loads?|exposure|immersion|humidity|pressures?|voltages?)\b)",
                        re.IGNORECASE)


def default_bearer(heading_path: tuple[str, ...], role: str | None) -> str | None:
    """The party a passive requirement with no agent binds, implied by its section."""
    context = " ".join(heading_path[-3:])
    if any(_ROLE_GOVERNMENT.search(h.strip()) for h in heading_path[-3:]):
        return "Government"
    if _ROLE_OFFEROR.search(context):
        return "Offeror"
    if role == "proposal":
        return "Offeror"
    return "Contractor"


# "a screening system, called the Calibration Screening Tool (CST)", "the Obstruction Screening Assistant (OSA)"
# (not "Service": "Technology Transformation Service (TTS)", "Internal Revenue Service (IRS)" are offices)
_NAMED_SYSTEM = re.compile(r"\b(?:[A-Z][\w-]*\s+){0,5}(?:Tool|System|Assistant|Model|Platform|Application|App|"
                           r"Engine|Module|Software|Dashboard|Pipeline|Classifier|Solution|Capability|Portal|Workbench|"
                           r"Toolkit|Analyzer|Analyser|Detector|Monitor|Screener|Scorer|Forecaster|Predictor|Matcher)\s+"
                           r"\(([A-Z]{2,6})\)")


# a service named for what it does: "the Partner Screening Match Service (PSMS)" (not the Forest Service)
_NAMED_SERVICE = re.compile(r"\b(?:[A-Z][\w-]*\s+){0,4}(?:Match(?:ing)?|Screening|Scoring|Analytics|Search|Triage|Detection|"
                            r"Classification|Forecast(?:ing)?|Prediction|Extraction|Drafting|Summari[sz]ation|Translation|"
                            r"Transcription|Recognition|Coding|Review)\s+(?:[A-Z][\w-]*\s+){0,2}Service\s+\(([A-Z]{2,6})\)")
# "acquires a call compliance analytics service, referred to as SCCA"
_REFERRED_AS = re.compile(r"\b(?:service|system|tool|capability|solution|platform|application|assistant)\s*,?\s+"
                          r"(?:referred\s+to|known)\s+(?:here(?:in|after)?\s+)?as\s+(?:the\s+)?[\"“]?([A-Z]{2,6})\b")


def find_named_systems(document: Document) -> frozenset[str]:
    """Acronyms the document gives to a system, tool or service rather than to a party."""
    return frozenset(m.group(1) for b in document.body_blocks for pat in (_NAMED_SYSTEM, _NAMED_SERVICE, _REFERRED_AS)
                     for m in pat.finditer(b.text) if m.group(1).lower() not in PARTIES)


def find_defined_parties(document: Document) -> set[str]:
    """Parties a document names itself: ... (hereinafter "the Service Provider")."""
    out: set[str] = set()
    for b in document.body_blocks:
        if "“" not in b.text and '"' not in b.text:
            continue
        for m in _DEFINED_PARTY.finditer(b.text):
            term = (m.group(1) or m.group(2)).strip()
            head = term.split()[-1].lower()
            if head in ROLE_HEADS or head in AGENCY_HEADS:
                out.add(term)
    return out


# what the Government furnishes: "GFI-1 | Labelled test set | 30 days after award", or the rows of a
# table introduced by "Table C-1 lists the information the Government intends to furnish"
_GOVERNMENT_ITEM = re.compile(r"\s*(?:GF[EIPMD]\b|Government[\s-]+furnished\b)", re.IGNORECASE)
_FURNISHES = re.compile(r"\b(?:lists?|sets?\s+out|shows?|identif\w+|following|below)\b[^.]{0,80}?\b(?:Government|agency)\s+"
                        r"(?:\w+\s+){0,2}?(?:furnish|provide|supply|make\s+available)|\bGovernment[\s-]+furnished\b",
                        re.IGNORECASE)


def _table_leads(blocks: list[Block]) -> dict[int, Block]:
    """{table index: the paragraph that introduces it}, for tables right after a paragraph under the same heading."""
    out: dict[int, Block] = {}
    seen: set[int] = set()
    for k, b in enumerate(blocks):
        if b.kind != "table_cell" or b.table is None or b.table in seen:
            continue
        seen.add(b.table)   # the table's first cell
        lead = blocks[k - 1] if k > 0 else None
        if lead is not None and lead.kind == "paragraph" and lead.heading_path == b.heading_path:
            out[b.table] = lead
    return out


def _furnished(leads: dict[int, Block], first: Block, row_text: str) -> bool:
    """Whether a table row lists something the Government furnishes, not a duty of the contractor."""
    if _GOVERNMENT_ITEM.match(row_text):
        return True
    lead = leads.get(first.table) if first.table is not None else None
    return lead is not None and bool(_FURNISHES.search(lead.text))


# a sentence that only introduces a table: "… shall meet the following:", "Table C-1 sets out the functions …"
_INTRODUCES = re.compile(r":\s*$|\bthe\s+following\b|\bTable\s+[A-Z]?[-\w.]*\d", re.IGNORECASE)


def _continues_list(block: Block, starts_enum: bool, lead: _Context) -> bool:
    """Whether ``block`` is an item of the list that ``lead`` introduced."""
    if not starts_enum or block.heading_path != lead.heading_path:
        return False
    if block.section and lead.section:
        if block.section == lead.section:
            return not _INLINE_ENUM.match(block.text.lstrip())  # an unlabelled bullet
        if _ITEM_LABEL.fullmatch(block.section) and lead.text.rstrip().endswith(":"):
            # "The Contractor shall meet the following requirements:" then "1. Deliver ...": a word
            # processor's numbered item read as a section "1", not a new section
            return True
        return block.section.startswith(lead.section)
    return True


_ITEM_LABEL = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)?")


_LEADING_CONDITION = re.compile(
    r"^\s*(?:\([a-zA-Z0-9]{1,4}\)\s*|[A-Z]\.\d+(?:\.\d+)*\.?\s+|\d+(?:\.\d+)+\.?\s+)?"   # "(a)", "C.4.7.2", "3.2.1"
    r"(?:if|unless|when|whenever|where|should|in\s+the\s+event|upon|"
    r"once|after|before|until|while|although|because|since|at\s+(?:its|their|the\s+\w+(?:'s|’s))\s+"
    r"(?:sole\s+)?(?:discretion|option))\b[^,]*,", re.IGNORECASE)


def _main_trigger(text: str, s: int, e: int, triggers: list[Trigger]) -> Trigger | None:
    """The trigger that carries the clause: not one inside a leading "If …," condition."""
    inside = [t for t in triggers if s <= t.start < e]
    if len(inside) > 1:
        m = _LEADING_CONDITION.match(text[s:e])
        if m:
            after = [t for t in inside if t.start >= s + m.end()]
            if after:
                return after[0]
    return inside[0] if inside else None


def _subordinate_trigger(text: str, s: int, trig: Trigger) -> bool:
    head = _LEADING_LABEL.sub("", text[s:trig.start], count=1)
    return len(head.split()) >= 3 and bool(re.search(r"\b(?:that|which|who|whom|where)\b", head))


_COMMITMENT = re.compile(
    r"^\W*(?:\(?\w{1,4}[.)]\s+|\d+(?:\.\d+)*\.?\s+)?(?:[^;.]{0,100}?(?:,\s*|\s))?"
    r"(?P<subj>we|our\s+(?:[\w-]+\s+){0,3}?[\w-]+|the\s+(?:service|system|platform|solution|assistant|"
    r"model|pipeline|application|tool)(?:'s\s+[\w-]+)?)\s+(?:also\s+|then\s+|only\s+|always\s+|"
    r"automatically\s+|continuously\s+)?"
    r"(?P<verb>(?!(?:is|was|were|has|had|have|believe|believes|understand|understands|recogni[sz]e|"
    r"appreciate|know|knows|think|thinks|feel|hope|wish|bring|brings)\b)[a-z]+s|use|run|keep|log|"
    r"store|test|apply|follow|perform|provide|deliver|maintain|encrypt|retain|monitor|review|conduct|"
    r"support|record|restrict|limit|require|verify|validate|scan|train|route|flag|notify|report|"
    r"document|publish|hold|send|give|offer|operate|host|protect|commit|comply|guarantee)\b",
    re.IGNORECASE)


def _commitment(text: str, s: int, e: int) -> Trigger | None:
    """In a proposal, a first-person present-tense statement is part of the offer:
    "Our ML assurance team runs an adversarial test campaign before each release"."""
    m = _COMMITMENT.match(text, s, e)
    if not m or m.group("subj").lower().startswith("our") and m.group("subj").lower().split()[-1] in (
            "experience", "history", "record", "past", "clients", "customers", "founders"):
        return None
    if re.search(r"\?\s*$", text[s:e]):
        return None
    return Trigger(m.start("verb"), m.end("verb"), "obligation", "binding", m.group("verb"))


_OUR = re.compile(r"\bour\s+(?:team|approach|company|firm|solution|staff|engineers|developers|proposed|"
                  r"technical|project|program|organization|experience)\b", re.IGNORECASE)


def _contractor_voice(document: Document) -> bool:
    """A contract that incorporates the contractor's proposal speaks as "we" for the contractor."""
    n = 0
    for b in document.body_blocks:
        n += len(_OUR.findall(b.text))
        if n >= 3:
            return True
    return False


def _thing_subject(head: str) -> bool:
    """A subject that is a thing ("Audit logs", "All Government data"), not a person."""
    head = _LEADING_LABEL.sub("", head, count=1).strip()
    return bool(head) and not re.search(r"\b(?:we|you|it|they|he|she|no\s+one|nobody|anyone|"
                                        r"everyone|personnel|employees?|staff|users?|part(?:y|ies)|"
                                        r"notices?|this\s+(?:contract|agreement|order))\b", head, re.IGNORECASE)


def _no_subject_party(head: str) -> bool:
    """A passive subject with no party ("Requirements … shall include …")."""
    return not re.search(r"\b(?:we|you|it|they)\b", head, re.IGNORECASE)


def _norm_for_id(text: str) -> str:
    return _WS.sub(" ", re.sub(r"[^\w\s]", "", text.lower())).strip()


def _make_id(text: str, seen: dict[str, int]) -> str:
    key = _norm_for_id(text)
    n = seen.get(key, 0)
    seen[key] = n + 1
    digest = hashlib.sha1(f"{key}#{n}".encode("utf-8")).hexdigest()[:10]
    return f"OB-{digest}"


def _is_not_requirement(text: str) -> bool:
    stripped = _LEADING_LABEL.sub("", text, count=1)
    return any(p.search(stripped) for p in NOT_REQUIREMENT)


def _action(text: str) -> str:
    action = text.strip().rstrip(" ;,.:")
    action = re.sub(r"[;,]?\s*(?:and|or)$", "", action).strip()
    return action[:400]


@dataclass
class _Pending:
    """A lead-in clause whose list items may follow; emitted itself only if none do."""

    index: int
    context: _Context
    consumed: bool = False


# a duty to do a thing to none of something is a ban on doing it: "shall use no Plan content"
_DOES_NONE = re.compile(r"\s+(?:use|reuse|retain|keep|store|hold|disclose|release|share|transfer|send|sell|publish|collect|"
                        r"install|create|copy|export|grant|accept|make)\s+no\b(?!\s+(?:more|less|fewer|later|longer|earlier|greater|higher|lower)\b)",
                        re.I)


def extract_obligations(document: Document, *, role: str | None = None, nlp=None) -> list[Obligation]:
    """Every obligation in ``document`` in reading order, with stable IDs."""
    if not document.readable:
        return []
    if role is None:
        from ..rules.doctype import classify_document

        role = classify_document(document)
    voice = "contractor" if role == "contract" and _contractor_voice(document) else role
    nlp = nlp or get_nlp()
    blocks: list[Block] = [b for b in document.body_blocks if b.kind != "heading" and b.text.strip()]
    defined = find_defined_parties(document)
    systems = find_named_systems(document)
    results: list[Obligation | None] = []
    seen: dict[str, int] = {}
    pending: _Pending | None = None

    def emit(block: Block, s: int, e: int, trigger: Trigger, bearer: str | None,
             durations: list[Duration], refs, analysis: str, inherited: _Context | None) -> int:
        """``inherited`` is set when the trigger belongs to a lead-in, not to this clause."""
        text = block.text[s:e].strip()
        strength = trigger.strength
        modality = trigger.modality
        if strength == "binding" and modality == "obligation" and WEAKENERS.search(analysis):
            strength = "weak"
            if trigger.text.lower() == "will":
                modality = "recommendation"  # "will use commercially reasonable efforts"
        if inherited is not None and modality == "obligation" and re.match(
                r"^\s*(?:\(?\w{1,4}[.)]\s*|[•▪◦·*\-–]\s*)?(?:not(?!\s+(?:later|earlier|less|more|fewer|to\s+exceed|only)\b)|"
                r"never|refrain\s+from)\b", text, re.IGNORECASE):
            # "The Contractor shall: … (d) not connect …", "… (c) refrain from using Commission data …"
            # (but "not later than 30 days after award, deliver …" sets a time)
            modality = "prohibition"
        if modality == "obligation" and inherited is None and _DOES_NONE.match(block.text, trigger.end):
            modality = "prohibition"   # "shall use no Plan content ... to train", "shall retain no filing content"
        if inherited is None:
            # a window in a leading condition ("If … cannot be corrected within 10 days, …") is
            # not the deadline of the duty that follows the trigger
            after_trigger = [d for d in durations if d.start >= trigger.start]
            deadline = first_deadline(after_trigger) or first_deadline(durations)
        else:
            deadline = first_deadline(durations)
        if deadline is None and inherited is not None:
            deadline = inherited.deadline
        if modality == "permission":
            deadline = None  # "may request an extension of up to 12 months" sets no deadline
        if inherited is not None:
            action_src = _LEADING_LABEL.sub("", block.text[s:e], count=1)
        else:
            action_src = block.text[trigger.end:e]
        conditions = tuple(dict.fromkeys(_WS.sub(" ", m.group(0)).strip()
                                         for m in _CONDITION.finditer(text)))[:3]
        ob = Obligation(
            id=_make_id(text, seen), text=text, modality=modality, strength=strength,
            bearer=bearer, action=_action(action_src), conditions=conditions,
            deadline=None if deadline is None else Deadline(
                text=deadline.text, iso8601=deadline.iso, business_days=deadline.business_days),
            references=tuple(Reference(kind=r.kind, id=r.id, date=r.date, title=r.title,
                                       alternate=r.alternate) for r in refs),
            location=Location(page=block.location.page, section=block.section,
                              heading=block.location.heading, block=block.location.block,
                              start=s, end=e),
        )
        results.append(ob)
        return len(results) - 1

    docs = pipe_texts((b.text for b in blocks), nlp)
    for block, doc in zip(blocks, docs):
        text = block.text
        starts_enum = bool(_LEADING_LABEL.match(text)) or block.kind == "list_item"
        if pending is not None and not _continues_list(block, starts_enum, pending.context):
            pending = None
        narrative = bool(NARRATIVE_HEADINGS.search(" ".join(block.heading_path[-2:])))
        background = bool(block.heading_path) and bool(BACKGROUND_HEADINGS.search(block.heading_path[-1]))
        triggers: list[Trigger] = doc.user_data.get("cc_triggers", [])
        durations: list[Duration] = doc.user_data.get("cc_durations", [])
        refs = doc.user_data.get("cc_refs", [])
        spans = doc.spans["cc_parties"]
        if _is_not_requirement(text) and not triggers:
            continue
        previous: _Context | None = None
        for sent_start, sent_end in doc.user_data.get("cc_sentences") or [(0, len(text))]:
            for s, e, is_item in split_clauses(text, sent_start, sent_end):
                s, e = _strip_span(text, s, e)
                if s >= e:
                    continue
                clause = text[s:e]
                trig = _main_trigger(text, s, e, triggers)
                if trig is None and role == "proposal" and not (pending is not None and (is_item or starts_enum)):
                    trig = _commitment(text, s, e)  # "Our team runs an adversarial test campaign …"
                lead_here = pending is not None and (is_item or starts_enum)
                if trig is not None and lead_here and _subordinate_trigger(text, s, trig):
                    trig = None  # "(ii) … functions that users are permitted to execute"
                if trig is not None and lead_here and not pending.consumed:
                    # items with a modal of their own ("(a) The precision … shall be at least 0.995"):
                    # the lead-in ("… shall meet the following:") only introduces them
                    pending.consumed = True
                    results[pending.index] = None
                inherited: _Context | None = None
                if trig is None:
                    lead = pending.context if pending is not None and (is_item or starts_enum) else None
                    if is_item and previous is not None and (
                            previous.text.rstrip().endswith((":", "—", "–", "--")) or previous.open_lead):
                        lead = previous
                    if lead is None:
                        continue
                    if _is_not_requirement(clause):
                        continue
                    inherited = lead
                    if pending is not None and lead is pending.context:
                        pending.consumed = True
                        if results[pending.index] is not None:
                            results[pending.index] = None
                    trig = lead.trigger
                elif _is_not_requirement(clause):
                    continue
                own_subject = inherited is None
                bearer = None
                banned_subject = own_subject and trig.text.lower() == "may" and bool(_NO_SUBJECT.match(
                    _LEADING_LABEL.sub("", text[s:trig.start], count=1)))
                if banned_subject:
                    # "No proposed schedule may be written to the record system until ...": nothing may, a ban
                    trig = Trigger(trig.start, trig.end, "prohibition", "binding", trig.text)
                if own_subject:
                    head = text[s:trig.start]
                    bare = _CONJ.sub("", head)
                    if (not bare.strip() or re.fullmatch(r"\s*(?:it|they)\s*", bare, re.IGNORECASE)) \
                            and previous is not None:
                        bearer = previous.bearer  # "… and shall deliver …", "…; it shall …"
                    elif not bare.strip() and s > sent_start:
                        # "The Government intends to … but may establish …": subject at sentence start
                        bearer = resolve_bearer(text, spans, sent_start, trig, defined, voice, systems)
                    else:
                        bearer = resolve_bearer(text, spans, s, trig, defined, voice, systems)
                        # (but a lead-in on a thing the contractor delivers is not bound to the Government by
                        # a sentence about what the Government furnishes: "..., which the Government will make
                        # available after award. Before production use, the screening model shall meet the
                        # following thresholds on that set:")
                        if bearer is None and previous is not None and _no_subject_party(head) and not (
                                previous.bearer in GOVERNMENT_PARTIES and previous.trigger.text.lower().startswith("will")
                                and _thing_subject(head) and text[s:e].rstrip().endswith(":")):
                            bearer = previous.bearer
                if bearer is None and inherited is not None:
                    bearer = inherited.bearer
                if bearer and bearer.split()[-1].lower() in AGENCY_HEADS:
                    bearer = "Government"   # a defined name for the agency ("the Department")
                if bearer is None and own_subject and trig.modality in ("obligation", "prohibition") and (
                        background or _NEEDS_PARTY.match(trig.text)):
                    # no party binds it: "Analysts remain responsible for every finding", "Field teams
                    # cannot reach every neighborhood", or any duty-like sentence in a Background section
                    # ("Inspectors must decide at the counter …") describes the agency's work today
                    continue
                if bearer is None and own_subject and not trig.text.lower().startswith("will") \
                        and trig.modality in ("obligation", "prohibition") and (banned_subject or _thing_subject(text[s:trig.start])):
                    bearer = default_bearer(block.heading_path, role)
                elif bearer is None and own_subject and trig.modality == "recommendation" and role != "proposal" \
                        and _thing_subject(text[s:trig.start]) \
                        and _ROLE_OFFEROR.search(" ".join(block.heading_path[-3:])):
                    bearer = "Offeror"  # "The technical volume should describe …" in the instructions
                if trig.text.lower().startswith("will") and own_subject and bearer is None \
                        and role == "proposal" and not narrative:
                    bearer = "Offeror"  # "Decision records will be kept for 90 days": the offer itself
                if trig.text.lower().startswith("will") and own_subject and (
                        bearer is None or narrative or _FORECAST.search(clause)):
                    continue
                if trig.text.lower().startswith("will") and role != "proposal" and (
                        _VERDICT.match(text, trig.end) or _EVALUATORS_READ.match(text, trig.end)) \
                        and bearer not in GOVERNMENT_PARTIES:
                    bearer = "Government"  # the evaluators' verdict, not a duty of the quoter
                if own_subject:
                    head_text = _CONJ.sub("", _LEADING_LABEL.sub("", text[s:trig.start], count=1))
                    if (LEGAL_EFFECT_SUBJECT.match(head_text) and _LEGAL_EFFECT_PREDICATE.match(text, trig.end)) \
                            or NARRATIVE_OPENERS.match(head_text):
                        continue  # "This clause shall have no effect …", "Currently, analysts must …"
                    if trig.modality == "permission" and bearer is None and \
                            not re.search(r"\bpart(?:y|ies)\b", head_text, re.IGNORECASE):
                        continue  # "may" with no party is a possibility, not a permission
                    # ("No later than 90 days before the end of performance, the Contractor shall
                    # deliver ..." sets a time: no ban)
                    if re.match(r"^\W*(?:no|neither)\s+(?!(?:later|earlier|sooner|less|more|fewer)\s+than\b)\w",
                                head_text, re.IGNORECASE) and trig.modality == "obligation":
                        trig = Trigger(trig.start, trig.end, "prohibition", "binding", trig.text)
                if not triggers and not durations:  # a list item that inherits its lead-in's trigger
                    durations = find_durations(text)
                    refs = find_references(text)
                clause_durations = [d for d in durations if s <= d.start < e]
                clause_refs = [r for r in refs if s <= r.start < e]
                analysis = clause if inherited is None else f"{inherited.text} {clause}"
                idx = emit(block, s, e, trig, bearer, clause_durations, clause_refs, analysis,
                           inherited if not own_subject else None)
                ctx = _Context(trig, bearer, clause,
                               first_deadline(clause_durations),
                               block.heading_path, block.section,
                               open_lead=not text[trig.end:e].strip(" ,:;—–-") and trig.start >= s)
                if own_subject:
                    previous = ctx
                    if clause.rstrip().endswith((":", "—", "–", "--")):
                        pending = _Pending(idx, ctx)
    kept = [o for o in results if o is not None]
    taken = {o.location.block for o in kept}
    leads = _table_leads(blocks)
    rows = [(c, t, d, f"deliver {c[0].text.removeprefix('Deliverable:').strip()}") for c, t, d in deliverable_rows(blocks)]
    rows += [(c, t, d, f"meet the standard for {c[0].text.strip()}") for c, t, d in standard_rows(blocks)]
    for cells, row_text, durations, action in rows:
        if any(c.location.block in taken for c in cells) or _furnished(leads, cells[0], row_text):
            continue
        taken.update(c.location.block for c in cells)
        first = cells[0]
        deadline = first_deadline(durations)
        kept.append(Obligation(
            id=_make_id(row_text, seen), text=row_text, modality="obligation", strength="binding",
            bearer="Contractor", action=action[:400],
            deadline=None if deadline is None else Deadline(
                text=deadline.text, iso8601=deadline.iso, business_days=deadline.business_days),
            location=first.location.model_copy(update={"start": 0, "end": len(first.text)})))
    # a table whose rows are duties: the sentence that introduces it is not one more
    by_index = {b.location.block: b for b in blocks}
    intro = {leads[cell.table].location.block for o in kept if (cell := by_index.get(o.location.block)) is not None
             and cell.kind == "table_cell" and cell.table in leads}
    kept = [o for o in kept if o.location.block not in intro or not _INTRODUCES.search(o.text)]
    kept.sort(key=lambda o: (o.location.block, o.location.start))
    return kept
