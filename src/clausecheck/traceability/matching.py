"""Scoring proposal units against requirements and assigning answers: weighted terms, the
terms a requirement cannot be answered without, candidates, concept boosts and assignment."""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources

from rapidfuzz import fuzz, process

from ..model import Obligation
from ..rules.match import TextIndex
from .units import (
    _SECTION_REF,
    Unit,
    _cross_references,
    _label_applies,
    _section_index,
    _units_in,
)
from .vocabulary import (
    _IDENT,
    _VERB_AND,
    _common_prefix,
    _fold,
    _requirement_body,
    terms,
)

# ----------------------------------------------------------------------------------------------
# Thresholds (see docs/traceability.md: the first ones were tuned on the tuning split of the
# development corpus; ANSWER_FROM on the 6,049 labels of the opened blind sets, tenth round)

NONE_BELOW = 0.30    # best coverage below this: nothing in the proposal answers the requirement ...
ANSWER_FROM = 0.27   # ... except that the judge reads a passage from this coverage as at least a partial answer
HEDGED_FROM = 0.15   # ... and a hedged passage sharing two of its words, from this one, as a partial answer
SHARE_FROM = 0.62    # a unit already assigned may answer a second requirement from this coverage
SIBLING_SHARE_FROM = 0.35  # ... or from this one when both requirements come from one paragraph
FULL_FROM = 0.40     # coverage below this is a thin match: at best partially addressed
SWAP_LOSS = 0.10     # a holder gives a unit up only for an alternative nearly as good
SHORTLIST = 12       # candidates kept per requirement
NEAR_CREDIT = 0.7    # a derivation or near spelling of a requirement term
HEAD_CREDIT = 0.5    # a requirement term found in the unit's headings
CTX_CREDIT = 0.3     # ... in the neighbouring sentences of the same block
DESCRIBE_CTX_CREDIT = 0.6  # ... when the requirement asks for a description (answered by a paragraph)
SCALE_NEAR = 0.15    # a passage this close that offers a lower level on an ordered scale conflicts
TOPIC_RARE = 0.05    # a heading word is specific when at most this share of passages use it
ASSOC_CREDIT = 0.3   # a word proposals use in place of a requirement term (associations.json)

# requirement term -> words that answers use instead of it, learnt from the labelled corpus by
# corpora/learn_associations.py (the sets opened for development only)
_ASSOCIATIONS: dict[str, frozenset[str]] = {
    t: frozenset(us) for t, us in
    json.loads(resources.files("clausecheck.traceability").joinpath("associations.json").read_text("utf-8")).items()}


# ----------------------------------------------------------------------------------------------
# Matching


@dataclass
class _Req:
    ob: Obligation
    weights: dict[str, float]
    idents: set[str]
    total: float
    fuzzy: dict[str, set[str]] = field(default_factory=dict)
    candidates: list[tuple[float, int]] = field(default_factory=list)
    required: tuple = ()   # terms an answer cannot do without (see _required)
    aside: list[tuple[float, int]] = field(default_factory=list)   # close passages without them
    ctx_credit: float = CTX_CREDIT
    concepts: set[str] = field(default_factory=set)   # pack concepts the requirement is about
    instead: dict[str, frozenset[str]] = field(default_factory=dict)   # words answers use in place of a term


class _Matcher:
    def __init__(self, units: list[Unit], requirements: list[Obligation]) -> None:
        self.units = units
        self.postings: dict[str, set[int]] = defaultdict(set)
        for i, u in enumerate(units):
            if u.pointer:
                continue
            for t in u.terms | u.ctx | u.head:
                self.postings[t].add(i)
        df: Counter = Counter()
        # "should" items do not weigh on the rarity of words, so adding them leaves duties' scores alone
        docs = [u.terms for u in units] + [frozenset(terms(r.text)) for r in requirements
                                           if r.modality != "recommendation"]
        for d in docs:
            df.update(d)
        self.n = len(docs)
        self.df = df
        self.vocab = sorted({t for u in units for t in u.terms if t[0].isalpha()})
        self.by_prefix: dict[str, list[str]] = defaultdict(list)
        for t in self.vocab:
            self.by_prefix[t[:4]].append(t)
        self._near: dict[str, frozenset[str]] = {}
        self.by_block: dict[int, list[Unit]] = defaultdict(list)       # the sentences of each paragraph
        for u in units:
            self.by_block[u.block].append(u)
        self.by_topic: dict[frozenset, list[int]] = defaultdict(list)   # heading terms -> units
        for i, u in enumerate(units):
            if u.topic and not u.pointer:
                self.by_topic[u.topic].append(i)

    def idf(self, t: str) -> float:
        return math.log((self.n + 1) / (self.df.get(t, 0) + 1)) + 1.0

    def near(self, t: str) -> frozenset[str]:
        """Proposal terms that are derivations or near spellings of ``t``: a shared stem of at
        least four letters covering 80 % of the shorter word ("fail"/"failure",
        "verify"/"verification"), or a rapidfuzz ratio of 88 or more ("revalidate"/"validate")."""
        if t not in self._near:
            out = set()
            if len(t) >= 4 and t[0].isalpha():
                for v in self.by_prefix.get(t[:4], ()):
                    if v != t:
                        k = len(_common_prefix(v, t))
                        if k >= 4 and k >= 0.8 * min(len(v), len(t)):
                            out.add(v)
                if len(t) >= 6:
                    for v, _score, _ in process.extract(t, self.vocab, scorer=fuzz.ratio, score_cutoff=88, limit=4):
                        if v != t:
                            out.add(v)
            self._near[t] = frozenset(out)
        return self._near[t]

    def prepare(self, ob: Obligation) -> _Req:
        """Weighted terms of a requirement: IDF over proposal units and requirements."""
        text = _requirement_body(ob.text)
        weights: dict[str, float] = {}
        for t in terms(text):
            if not t.startswith("#"):
                weights[t] = self.idf(t)
        idents = {"#" + m.group(0).lower() for m in _IDENT.finditer(text)}
        base = sum(weights.values()) or 1.0
        if idents:
            # a clause cited by number is the requirement's identity; its title is just a name
            share = 1.0 if re.search(r"\b(?:comply|compliance|accordance)\b", text, re.I) else 0.3
            for t in idents:
                weights[t] = share * base / len(idents)
        fuzzy = {t: near for t in weights if not t.startswith("#") and (near := self.near(t))}
        # "describe how ..." is answered by a paragraph more often than by one sentence
        ctx = DESCRIBE_CTX_CREDIT if _DESCRIBE.match(text) else CTX_CREDIT
        instead = {t: _ASSOCIATIONS[t] for t in weights if t in _ASSOCIATIONS}
        return _Req(ob, weights, idents, sum(weights.values()) or 1.0, fuzzy, required=_required(text), ctx_credit=ctx,
                    instead=instead)

    @staticmethod
    def answers(req: _Req, u: Unit) -> bool:
        """Whether ``u`` (its sentence, its paragraph, its headings or its table's header)
        names every term the requirement cannot be answered without."""
        return all(bool(alts.search(u.context or u.text)) if isinstance(alts, re.Pattern) else
                   any(t in u.terms or t in u.ctx or t in u.para or t in u.head for t in alts)
                   for alts in req.required)

    def score(self, req: _Req, i: int) -> float:
        return self.score_unit(req, self.units[i])

    def score_unit(self, req: _Req, u: Unit, ctx_credit: float | None = None) -> float:
        ctx_credit = req.ctx_credit if ctx_credit is None else ctx_credit
        got = 0.0
        for t, w in req.weights.items():
            if t in u.terms:
                got += w
            elif t in req.fuzzy and req.fuzzy[t] & u.terms:
                got += NEAR_CREDIT * w
            elif t in u.head or (t in req.fuzzy and req.fuzzy[t] & u.head):
                got += HEAD_CREDIT * w
            elif t in u.ctx:
                got += ctx_credit * w
            elif t in req.instead and req.instead[t] & u.terms:
                got += ASSOC_CREDIT * w   # "breach" answered by "exposed", "hash" by "SHA"
        s = got / req.total
        if req.idents:
            present = {t for t in u.terms if t.startswith("#")}
            if present and not req.idents & present:
                s *= 0.35  # a different clause number is a different clause
        if u.cover:
            s *= 0.6
        if u.points_away:
            s *= 0.5  # "described in Section 2.3": the answer is elsewhere
        return s

    def topic_units(self, req: _Req) -> list[int]:
        """Units under a heading all of whose words the requirement uses, when those words are
        specific to a few passages: "4.5 Drift" for "detect and respond to model drift",
        "9. Quality Control" for "describe its quality control plan".  A proposal that gives a
        requirement's subject a section of its own has at least begun to answer it."""
        if req.idents:
            return []  # a clause is answered by naming it, not by a "Compliance" section
        have = set(req.weights) | {f for t in req.weights for f in req.fuzzy.get(t, ())}
        limit = max(2.0, TOPIC_RARE * self.n)
        return [i for topic, members in self.by_topic.items()
                if topic <= have and all(self.df.get(t, 0) <= limit for t in topic) for i in members
                if self.answers(req, self.units[i])]

    def shortlist(self, req: _Req, boosted: dict[int, float]) -> None:
        ranked = sorted(req.weights, key=lambda t: -req.weights[t])
        cands: set[int] = set(boosted)
        used = 0
        for t in ranked:  # the ten most distinctive terms that the proposal uses at all
            hits = set(self.postings.get(t, ()))
            for f in req.fuzzy.get(t, ()):
                hits |= self.postings.get(f, set())
            if hits:
                cands |= hits
                used += 1
                if used == 10:
                    break
        scored, aside = [], []
        for i in cands:
            u = self.units[i]
            if u.pointer:
                continue
            if u.cites and not any(_label_applies(c, req.ob.location.section) for c in u.cites):
                continue  # a row that answers another paragraph of the solicitation
            sc = self.score(req, i)
            if i in boosted:
                sc = sc * boosted[i] + 0.03
            (scored if self.answers(req, u) else aside).append((round(sc, 6), i))
        scored.sort(key=lambda x: (-x[0], x[1]))
        aside.sort(key=lambda x: (-x[0], x[1]))
        req.candidates = scored[:SHORTLIST]
        req.aside = aside[:3]


_DESCRIBE = re.compile(r"^(?:The\s+(?:Offeror|Quoter|Contractor|Vendor)\s+(?:shall|must|is\s+required\s+to)\s+)?"
                       r"(?:describe|explain|discuss|demonstrate|detail|address|outline)\b", re.I)


_DELIVERABLE = re.compile(
    r"\b(?:submit|deliver|provide|furnish|publish|prepare|produce|update)\s+(?:(?:a|an|the|its|each|every|one)\s+)?"
    r"(?:(?!(?:to|with|for|of|on|in|at|by|from|within|and|or)\b)[\w-]+\s+){0,4}?"
    r"(plans?|reports?|cards?|materials|manuals?|guides?|briefings?|roadmaps?|inventor(?:y|ies)|bill\s+of\s+materials|"
    r"resum[eé]s?|(?:ai|ml|s)?-?boms?)\b",
    re.IGNORECASE)


# kinds of deliverable and the names a proposal may give the same thing
_DELIVERABLE_NAMES = {
    "report": "report brief memo scorecard",
    "plan": "plan playbook runbook",
    "card": "card sheet datasheet factsheet",
    "guide": "guide manual handbook documentation instructions",
    "manual": "guide manual handbook documentation instructions",
    "materials": "materials course curriculum guide manual video slides",
    "briefing": "briefing brief presentation demonstration",
    "roadmap": "roadmap plan",
    "inventory": "inventory register catalog list billofmaterials manifest",
    "bill": "billofmaterials inventory register manifest component list",
    "sbom": "sbom",
    "resume": "resume biography bio cv",
}
_APPROVER = re.compile(r"\b(?:approval|consent|authori[sz]ation|permission)\s+(?:of|from|by)\s+((?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,6})")
# asking for someone's approval is answered only by a passage about approval
_APPROVAL_ASKED = re.compile(r"\b(?:obtain|get|secure|seek|receive)\s+(?:\w+\s+){0,2}?(?:approval|consent|authori[sz]ation|permission)\b",
                             re.I)
_SAMPLE_ASKED = re.compile(r"\b(?:submit|provide|include|deliver|furnish|attach|enclose)\s+(?:\w+\s+){0,3}?samples?\b", re.I)
_STAFFTRAIN = _fold("stafftrain")
_GENERIC_TITLE = set(terms("model system project program final initial monthly quarterly annual weekly draft updated "
                           "complete full written detailed ai"))


_OFFEROR = re.compile(r"\W*(?:[A-Z]\.[\d.]*\s+)?(?:The\s+|Each\s+)?(?:Offerors?|Quoters?|Bidders?|Respondents?)\b")


_SUBS_ASKED = re.compile(r"\b(?:identify|list|name|disclose|describe)\s+(?:each|every|all|any)\s+(?:of\s+(?:its|their)\s+)?"
                         r"(?:proposed\s+)?(?:sub-?contractors?|teaming\s+partners?)\b", re.I)


def _required(body: str) -> tuple[frozenset, ...]:
    """What a passage must name to answer the requirement at all, however many other words it
    shares (each entry: a set of interchangeable terms).  The kind of document a requirement
    asks to be delivered ("submit a Model Validation Report" is not answered by "data
    validation rules check every record", though a "validation memo" would do), a sample (given
    or enclosed, not described), and the training of people ("train examiners to use the
    assistant" is not answered by a passage on the assistant and the examiners that says nothing
    of training them)."""
    if len(_VERB_AND.split(body)) > 1:
        return ()   # "identify a Project Manager and provide a resume": either part is an answer
    out = set()
    if _STAFFTRAIN in terms(re.sub(r"\btrained\b", " ", body, flags=re.I)):   # not "a trained keyer confirms ..."
        out.add(frozenset({_STAFFTRAIN}))
    for m in _DELIVERABLE.finditer(body):
        noun = m.group(1).lower()
        # a titled deliverable ("a Transition-Out Plan") is not answered by another title's row
        # ("Program Management Plan | 15 days after award"): one of its own title words must appear
        title = re.sub(r"^\w+\s+(?:(?:a|an|the|its|each|every|one)\s+)?", "", m.group(0)[:m.start(1) - m.start()]).split()
        if title and all(w[0].isupper() for w in title):
            own = set(terms(" ".join(title))) - _GENERIC_TITLE
            if own:
                out.add(frozenset(own))
        software = re.search(r"\bsoftware\s+bill|\bsboms?\b", m.group(0), re.I)
        key = "sbom" if software else "bill" if noun.startswith("bill") or noun.endswith(("bom", "boms")) else "materials" if noun == "materials" else \
            next((k for k in _DELIVERABLE_NAMES if k != "materials" and terms(noun)[0] == terms(k)[0]), None)
        if key:
            names = set(terms(_DELIVERABLE_NAMES[key]))
            if _OFFEROR.match(body) and not software:
                # what the offeror is told to provide in the proposal is answered where the proposal
                # lays it out under its subject: "provide a transition-in plan ..." by "8.4 Transition In"
                names |= set(terms(" ".join(title))) - _GENERIC_TITLE
            # "deliver a data assessment report" is answered by "deliver a data assessment that covers ...":
            # an assessment or an analysis is a report by its own name
            lead = re.findall(r"[A-Za-z]+", m.group(0)[:m.start(1) - m.start()])
            if key == "report" and len(lead) >= 2 and re.fullmatch(r"[a-z]+(?:ment|ysis)", lead[-1]):
                names |= set(terms(lead[-1]))
            out.add(frozenset(names))
    if _APPROVAL_ASKED.search(body):
        out.add(frozenset(terms("approve consent permission")))
    if _SUBS_ASKED.search(body):
        # "identify every subcontractor that will have access to protected health information" is answered
        # only where the proposal speaks of subcontractors or teaming partners (or says it has none)
        out.add(frozenset(terms("subcontractor subcontract teaming partner")))
    if _SAMPLE_ASKED.search(body):
        # "submit three sample draft advisories" is answered by a passage that gives or encloses one,
        # not by one that describes how advisories are drafted
        out.add(frozenset(terms("sample example appendix annex exhibit enclosed attached attachment")))
    ordered: list = sorted(out, key=sorted)
    party = _APPROVER.search(body)
    if party and _APPROVAL_ASKED.search(body):
        # approval from the COR is not answered by approval from the vendor's own change board
        names = [re.escape(w) for w in re.findall(r"[A-Z][\w-]+", party.group(1)) if w.lower() not in ("the", "s")]
        ordered.append(re.compile(r"\b(?:Government|COR|CO|Contracting\s+Officer\w*|(?i:agency|client|customer)" +
                                  "".join("|" + n for n in names) + r")\b"))
    return tuple(ordered)


def _siblings(req: _Req, holder: _Req, unit: Unit) -> bool:
    """Two requirements cut from one paragraph of the solicitation, and a passage that answers the
    second on two words of its own: "No referral shall be closed or deprioritized by the system
    alone; a deputy or inspector must record the disposition of every referral" is answered in one
    passage ("The system never closes a case or lowers its priority; the referral stays open until
    a deputy or inspector enters a disposition"), but "document the provenance of all fine-tuning
    data and shall perform all training inside the enclave" is not, by a passage on where training
    runs (it shares "fine-tuning" only)."""
    a, b = req.ob.location, holder.ob.location
    if a.block != b.block or a.page != b.page:
        return False
    theirs = set(holder.weights)
    own = {w.lower() for w in re.findall(r"[\w-]+", req.ob.text)
           if (t := set(terms(w)) & set(req.weights)) and not t & theirs and t <= unit.terms}
    return len(own) >= 2


def _restated(req: _Req, holder: _Req, unit: Unit) -> bool:
    """The passage is held by a row of a solicitation table that restates the requirement in brief
    ("Release package | Container image, SBOM and release notes | With each release" beside "deliver
    the inference software as a digitally signed container image accompanied by a software bill of
    materials"): three or more of the words the passage answers the row on are the requirement's too."""
    return "|" in holder.ob.text and "|" not in req.ob.text and \
        len(set(holder.weights) & set(req.weights) & unit.terms) >= 3


def _assign(reqs: list[_Req], units: list[Unit]) -> list[tuple[int | None, float, bool]]:
    """One-to-one-ish assignment of units to requirements.

    Pairs are taken best score first; a unit already taken answers a second requirement only
    when that one matches it strongly too (``SHARE_FROM``), or fairly well on words of its own
    when both come from one paragraph (``SIBLING_SHARE_FROM``, ``_siblings``), or from a full
    match (``FULL_FROM``) when the holder is a table row restating it (``_restated``).  Then one
    round of swaps: a requirement left without a good answer may take its best unit from the requirement that
    holds it, when the holder has a free alternative nearly as good (``SWAP_LOSS``).  Duties
    are served first: a "should" item takes what no duty answers and never moves a duty (pairs
    too weak to answer anything come last, whoever they belong to).  A unit that names every
    clause number a requirement cites answers it however many others it answers ("will comply
    with FAR 52.204-21 and FAR 52.204-25")."""
    def later(r: int) -> bool:
        return reqs[r].ob.modality == "recommendation"

    def tier(s: float, r: int) -> int:
        return 2 if s < NONE_BELOW else int(later(r))

    pairs = sorted(((s, r, i) for r, req in enumerate(reqs) for s, i in req.candidates),
                   key=lambda x: (tier(x[0], x[1]), -x[0], x[1], x[2]))
    out: list[tuple[int | None, float, bool]] = [(None, 0.0, False)] * len(reqs)
    owner: dict[int, int] = {}
    for s, r, i in pairs:
        if out[r][0] is not None:
            continue
        if i not in owner:
            owner[i] = r
            out[r] = (i, s, False)
        elif (s >= SHARE_FROM or (s >= NONE_BELOW and reqs[r].idents and reqs[r].idents <= units[i].terms)
              or (s >= SIBLING_SHARE_FROM and _siblings(reqs[r], reqs[owner[i]], units[i]))
              or (s >= FULL_FROM and _restated(reqs[r], reqs[owner[i]], units[i]))):
            out[r] = (i, s, True)
    for r, req in enumerate(reqs):
        if out[r][1] >= NONE_BELOW:
            continue
        for s, i in req.candidates[:3]:
            if s < NONE_BELOW or owner.get(i) is None or owner[i] == r:
                continue
            o = owner[i]
            if later(r) and not later(o):
                continue
            held = out[o][1]
            alts = [(s2, j) for s2, j in reqs[o].candidates if j not in owner and s2 >= NONE_BELOW]
            if not alts:
                continue
            s2, j = alts[0]
            if held - s2 <= SWAP_LOSS and s > out[r][1]:
                if out[r][0] is not None and owner.get(out[r][0]) == r:
                    del owner[out[r][0]]
                out[o] = (j, s2, False)
                owner[j] = o
                owner[i] = r
                out[r] = (i, s, False)
                break
    return out


CONCEPT_BOOST = 1.05  # a passage on the same pack concept as the requirement (e.g. red teaming)


def concept_sets(texts: list[str], packs) -> list[set[str]]:
    """For each text, the pack rules whose anchor phrases it contains (normalised-token match
    through one inverted index, so this stays linear in the number of texts)."""
    from ..rules.match import phrase_key

    out: list[set[str]] = [set() for _ in texts]
    if not packs or not texts:
        return out
    index = TextIndex(texts)
    for pack in packs:
        for rule in pack.rules:
            if rule.kind != "concept":
                continue
            for element in rule.elements:
                if element.anchor:
                    for i in index.find_any([phrase_key(p) for p in element.phrases]):
                        out[i].add(rule.id)
    return out


# a split duty that points back at what the one before it named: "... shall protect technical data that
# carries export control markings and shall restrict access to such data to U.S. persons"
# ("these records", "those records" were left alone: on the labelled sets the duty to keep them then
# took the answer of the duty to make them)
_REFERENT = re.compile(r"\bsuch\s+(?:[a-z-]+\s+)?(?:data|records?|information|files?|materials?|"
                       r"items?|documents?|images?|systems?|equipment|products?|reports?)\b", re.I)
REFERENT_SHARE = 0.4   # the weight of a borrowed word, as a share of its own


def _borrow_referent(req: _Req, before: Obligation, matcher: _Matcher) -> None:
    """Give ``req`` the words of the duty before it in the same paragraph when it names its object
    only by pointing back ("such data"), at a fraction of their weight."""
    if before.location.block != req.ob.location.block or not _REFERENT.search(req.ob.text):
        return
    for t in terms(_requirement_body(before.text)):
        if not t.startswith("#") and t not in req.weights:
            req.weights[t] = REFERENT_SHARE * matcher.idf(t)
            if (near := matcher.near(t)):
                req.fuzzy[t] = near
    req.total = sum(req.weights.values()) or 1.0


def match_requirements(requirements: list[Obligation], units: list[Unit], packs=(),
                       unmatched: frozenset[int] = frozenset()) -> tuple[_Matcher, list[_Req], list, dict]:
    """Score and assign: for each requirement (unit index or None, coverage, shared); and, for
    the requirements left without a good match, the best unit of a section named for their
    subject ({requirement index: unit index}).  The requirements at the indices in ``unmatched``
    (judged by the proposal's form) weigh on the rarity of words but take no unit."""
    req_concepts = concept_sets([r.text for r in requirements], packs)
    unit_concepts = concept_sets([u.text for u in units], packs)
    by_concept: dict[str, set[int]] = defaultdict(set)
    for i, cs in enumerate(unit_concepts):
        for c in cs:
            by_concept[c].add(i)
    prop_sections = {u.section for u in units if u.section}
    req_sections = {r.location.section for r in requirements if r.location.section}
    matrix = _cross_references(units, req_sections, prop_sections)
    matcher = _Matcher(units, requirements)
    reqs = [matcher.prepare(r) for r in requirements]
    for k in range(1, len(reqs)):
        _borrow_referent(reqs[k], requirements[k - 1], matcher)
    sections = _section_index(units)
    citing = [i for i, u in enumerate(units) if u.cites and not u.pointer]
    for k, req in enumerate(reqs):
        req.concepts = req_concepts[k]
        if k in unmatched:
            continue
        boosted: dict[int, float] = {}
        for c in req_concepts[k]:  # concept matching from the packs
            for i in by_concept.get(c, ()):
                boosted[i] = max(boosted.get(i, 1.0), CONCEPT_BOOST)
        sec = req.ob.location.section
        targets = {t for label, ts in matrix.items() if _label_applies(label, sec) for t in ts}
        for i in _units_in(sections, targets):
            boosted[i] = 1.15
        for i in citing:
            if any(_label_applies(c, sec) for c in units[i].cites):
                boosted[i] = 1.15
        matcher.shortlist(req, boosted)
        # in-text pointers: "Government access to the decision logs is described in Section 2.3"
        extra: dict[int, float] = {}
        for s, i in req.candidates[:3]:
            if s < NONE_BELOW * 0.8:
                continue
            for m in _SECTION_REF.finditer(units[i].text):
                secs = set(re.findall(r"\d+(?:\.\d+)*", m.group(1))) & prop_sections
                for j in _units_in(sections, secs):
                    extra[j] = max(extra.get(j, 1.0), 1.25)
        if extra:
            boosted.update({j: max(boosted.get(j, 1.0), b) for j, b in extra.items()})
            matcher.shortlist(req, boosted)
    assigned = _assign(reqs, units)
    topics: dict[int, int] = {}
    for r, req in enumerate(reqs):
        if r not in unmatched and assigned[r][1] < NONE_BELOW and (cands := matcher.topic_units(req)):
            topics[r] = max(cands, key=lambda i: (matcher.score(req, i), -i))
    return matcher, reqs, assigned, topics
