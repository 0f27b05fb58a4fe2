"""Proposal-versus-solicitation traceability.

For every requirement the solicitation places on the offeror/contractor, find where the proposal
answers it and judge the answer: addressed, partially addressed, not addressed, contradicted.

Matching combines (1) IDF-weighted overlap of normalised content words, (2) rapidfuzz token-set
similarity on the shortlisted candidates, (3) explicit cross-references (a compliance-matrix row or
"see Section 4.2" naming the requirement's paragraph), and (4) the packs' concepts (a response that
hits the same rule anchor as the requirement).  Candidates come from an inverted index, so the work
grows with the documents, not with requirements × sentences.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from .extract.deadlines import Duration, find_durations, iso_hours
from .extract.nlp import find_triggers, get_nlp
from .model import Document, Evidence, Finding, Location, Obligation, TraceEntry
from .model import Citation as CitationModel
from .rules.match import TextIndex, tokens

_GOVERNMENT = {"Government", "Contracting Officer", "COR", "Agency", "Ordering Activity"}
_STOP = set("""a an the and or of to in on for by with at from as be is are was were this that these
those it its their our we you your shall must will may should can each any all such other than
into within upon under over per not no nor also including include includes provide provides
provided ensure ensures use used using contractor offeror quoter vendor government team
proposal solicitation section page pages""".split())
_REFUSAL = re.compile(r"\b(?:will\s+not|shall\s+not|cannot|can\s*not|do(?:es)?\s+not|are\s+not\s+able|"
                      r"is\s+not\s+able|unable\s+to|decline[sd]?\s+to|not\s+(?:be\s+)?(?:provided|offered|"
                      r"available|included|supported|possible)|takes?\s+exception|excep(?:t|tion)\s+to|"
                      r"no\s+(?:access|copy|copies)\b|out\s+of\s+scope)\b", re.IGNORECASE)
_WEAK = re.compile(r"\b(?:endeavou?r|strive|attempt|aim\s+to|seek\s+to|may|might|could|as\s+appropriate|"
                   r"where\s+(?:feasible|practicable|possible)|to\s+the\s+extent\s+(?:practicable|possible|"
                   r"feasible)|best\s+efforts?|reasonable\s+efforts?|periodically|from\s+time\s+to\s+time|"
                   r"as\s+needed|if\s+(?:requested|possible|feasible)|promptly|timely|should|"
                   r"plan\s+to|intend\s+to|expect\s+to|when\s+practical)\b", re.IGNORECASE)
_SECTION_REF = re.compile(r"\b(?:see\s+)?(?:section|sec\.|§|volume|part)\s*([A-Z]?\d+(?:\.\d+)*)", re.IGNORECASE)
_LABEL = re.compile(r"^(?:[A-M]\.\d+(?:\.\d+)*|\d+(?:\.\d+)+)")
_AT_LEAST = re.compile(r"\b(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|minimum)\s+"
                       r"(?:of\s+)?(?:an?\s+)?(?:[a-z-]+\s+){0,4}?(\d+(?:\.\d+)?)\s*(%|percent)?", re.IGNORECASE)
_AT_MOST = re.compile(r"\b(?:at\s+most|no\s+more\s+than|not\s+more\s+than|not\s+to\s+exceed|a\s+maximum\s+of|"
                      r"maximum|below|under|less\s+than)\s+(?:of\s+)?(?:[a-z-]+\s+){0,3}?(\d+(?:\.\d+)?)\s*(%|percent)?",
                      re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(%|percent)?")

ADDRESSED = 0.5      # weighted coverage needed for an answer
PARTIAL = 0.3        # below this nothing in the proposal answers the requirement


@dataclass
class Unit:
    """A piece of the proposal that can answer a requirement: a sentence or a table row."""

    text: str
    location: Location
    section: str | None
    headings: tuple[str, ...]


def is_requirement(ob: Obligation) -> bool:
    """Requirements a proposal must answer: binding duties on the offeror/contractor side."""
    return ob.modality in ("obligation", "prohibition") and ob.bearer not in _GOVERNMENT


def proposal_units(document: Document) -> list[Unit]:
    nlp = get_nlp()
    blocks = [b for b in document.body_blocks if b.kind != "heading" and b.text.strip()]
    units: list[Unit] = []
    rows: dict[tuple[int, int], list] = {}
    for b in blocks:
        if b.kind == "table_cell" and b.table is not None:
            rows.setdefault((b.table, b.row or 0), []).append(b)
    for block, doc in zip(blocks, nlp.pipe(b.text for b in blocks)):
        for sent in doc.sents:
            text = sent.text.strip()
            if len(text) < 3:
                continue
            loc = block.location.model_copy(update={"start": sent.start_char, "end": sent.end_char})
            units.append(Unit(text, loc, block.section, block.heading_path))
    for cells in rows.values():
        if len(cells) > 1:
            text = " | ".join(c.text for c in cells)
            loc = cells[0].location.model_copy(update={"start": 0, "end": len(cells[0].text)})
            units.append(Unit(text, loc, cells[0].section, cells[0].heading_path))
    return units


PREFIX = 6


def _content(text: str) -> list[str]:
    """Content words, cut to a prefix so that derivations meet ("summarize"/"summary")."""
    out = []
    for t in tokens(text):
        if t in _STOP or len(t) <= 2:
            continue
        out.append(t if t.replace(".", "").isdigit() else t[:PREFIX])
    return out


def _hours(durations: list[Duration]) -> list[tuple[Duration, float]]:
    return [(d, iso_hours(d.iso) * (1.4 if d.business_days else 1.0)) for d in durations]


def _number_conflict(req: str, resp: str) -> str | None:
    """A worse plain number ("F1 of 0.80" against "at least 0.85")."""
    for pattern, better_high in ((_AT_LEAST, True), (_AT_MOST, False)):
        m = pattern.search(req)
        if not m:
            continue
        want = float(m.group(1))
        pct = bool(m.group(2))
        for n in _NUMBER.finditer(resp):
            got = float(n.group(1))
            if bool(n.group(2)) != pct or (want <= 1) != (got <= 1) or got == want:
                continue
            if find_durations(resp[max(0, n.start() - 5): n.end() + 12]):
                continue
            if (got < want) if better_high else (got > want):
                return f"offers {n.group(0).strip()} where the solicitation requires {m.group(0).strip()}"
            return None
    return None


def _duration_conflict(req: Obligation, resp: str) -> str | None:
    req_d = find_durations(req.text)
    resp_d = find_durations(resp)
    if not req_d or not resp_d:
        return None
    for kind in ("deadline", "period"):
        want = [x for x in _hours(req_d) if x[0].kind == kind]
        got = [x for x in _hours(resp_d) if x[0].kind == kind] or \
            ([x for x in _hours(resp_d)] if kind == "period" and not [y for y in _hours(resp_d) if y[0].kind == "deadline"] else [])
        if not want or not got:
            continue
        w, wh = want[0]
        g, gh = min(got, key=lambda x: x[1]) if kind == "deadline" else max(got, key=lambda x: x[1])
        if kind == "deadline" and gh > wh * 1.001:
            return f"offers '{g.text}' where the solicitation requires '{w.text}'"
        if kind == "period" and gh * 1.001 < wh:
            return f"offers '{g.text}' where the solicitation requires '{w.text}'"
    return None


class _Matcher:
    def __init__(self, units: list[Unit], corpus_texts: list[str]) -> None:
        self.units = units
        self.unit_tokens = [set(_content(u.text + " " + " ".join(u.headings[-1:]))) for u in units]
        self.postings: dict[str, set[int]] = {}
        for i, toks in enumerate(self.unit_tokens):
            for t in toks:
                self.postings.setdefault(t, set()).add(i)
        df = Counter()
        for t in corpus_texts:
            df.update(set(_content(t)))
        self.n = max(1, len(corpus_texts))
        self.df = df

    def idf(self, t: str) -> float:
        return math.log((self.n + 1) / (self.df.get(t, 0) + 1)) + 1.0

    def best(self, req: Obligation, boosted: set[int]) -> tuple[int | None, float]:
        words = list(dict.fromkeys(_content(req.text)))
        if not words:
            return None, 0.0
        weights = {w: self.idf(w) for w in words}
        total = sum(weights.values())
        candidates: set[int] = set(boosted)
        for w in sorted(words, key=lambda w: -weights[w])[:8]:
            candidates |= self.postings.get(w, set())
        best_i, best_s = None, 0.0
        for i in candidates:
            shared = sum(weights[w] for w in words if w in self.unit_tokens[i])
            score = shared / total
            score = 0.8 * score + 0.2 * fuzz.token_set_ratio(req.text, self.units[i].text) / 100.0
            if i in boosted:
                score += 0.15
            if score > best_s or (score == best_s and best_i is not None and i < best_i):
                best_i, best_s = i, score
        return best_i, best_s


def _cross_ref_targets(units: list[Unit], label: str | None) -> set[int]:
    """Units in proposal sections that a compliance matrix or "see Section X" points to."""
    if not label or not _LABEL.match(label):
        return set()
    targets: set[str] = set()
    pattern = re.compile(rf"(?<![\w.]){re.escape(label)}(?![\w])")
    for u in units:
        if pattern.search(u.text):
            for m in _SECTION_REF.finditer(u.text.replace(label, " ")):
                targets.add(m.group(1))
            for cell in u.text.split("|"):
                cell = cell.strip()
                m = re.match(r"^(?:Section\s+)?(\d+(?:\.\d+)*)\b", cell)
                if m and cell != label:
                    targets.add(m.group(1))
    out = set()
    for i, u in enumerate(units):
        sec = u.section or ""
        heads = " ".join(u.headings)
        for t in targets:
            if sec == t or sec.startswith(t + ".") or re.search(rf"(?<![\w.]){re.escape(t)}(?![\w])", heads):
                out.add(i)
    return out


def judge(req: Obligation, unit: Unit | None, score: float) -> tuple[str, str]:
    if unit is None or score < PARTIAL:
        return "not addressed", "no passage of the proposal answers this requirement"
    resp = unit.text
    conflict = _duration_conflict(req, resp) or _number_conflict(req.text, resp)
    if conflict:
        return "contradicted", conflict
    refusal = _REFUSAL.search(resp)
    if refusal and req.modality != "prohibition" and not _REFUSAL.search(req.text):
        return "contradicted", f"the proposal declines: '{refusal.group(0)}'"
    if score < ADDRESSED:
        return "partially addressed", "the closest answer covers only part of the requirement"
    weak = _WEAK.search(resp)
    triggers = find_triggers(resp)
    if weak or (triggers and triggers[0].modality in ("permission", "recommendation")):
        word = weak.group(0) if weak else triggers[0].text
        return "partially addressed", f"the answer is not a firm commitment ('{word}')"
    if find_durations(req.text) and not find_durations(resp):
        return "partially addressed", "the requirement sets a time limit; the answer gives none"
    return "addressed", "answered"


def _rule_category(req: Obligation, packs) -> tuple[str, str | None]:
    from .rules.match import phrase_key

    idx = TextIndex([req.text])
    for pack in packs:
        for rule in pack.rules:
            if rule.kind != "concept":
                continue
            if any(idx.find(phrase_key(p)) for e in rule.elements if e.anchor for p in e.phrases):
                return rule.category, rule.severity
    return "traceability", None


def trace(solicitation: Document, sol_obligations: list[Obligation], proposal: Document,
          prop_obligations: list[Obligation], packs=()) -> tuple[tuple[TraceEntry, ...], list[Finding]]:
    """Traceability entries for every solicitation requirement, and findings for the gaps."""
    from .rules.engine import finding_id

    units = proposal_units(proposal)
    requirements = [o for o in sol_obligations if is_requirement(o)]
    matcher = _Matcher(units, [u.text for u in units] + [r.text for r in requirements])
    entries: list[TraceEntry] = []
    findings: list[Finding] = []
    for req in requirements:
        boosted = _cross_ref_targets(units, req.location.section)
        i, score = matcher.best(req, boosted)
        unit = units[i] if i is not None else None
        status, reason = judge(req, unit, score)
        response = None if unit is None or status == "not addressed" else Evidence(text=unit.text, location=unit.location)
        entries.append(TraceEntry(requirement=req, status=status, response=response, reason=reason))
        if status in ("not addressed", "contradicted"):
            category, severity = _rule_category(req, packs)
            where = req.location.describe()
            evidence = [Evidence(text=req.text, location=req.location)]
            if response is not None:
                evidence.append(response)
            findings.append(Finding(
                id=finding_id("traceability", req.id, proposal.path), rule_id=f"TRACE-{req.id[3:]}",
                pack="traceability", title=f"Requirement {status}: {req.text[:90]}",
                category=category, severity=severity or ("high" if status == "contradicted" else "medium"),
                status="conflict" if status == "contradicted" else "missing",
                message=f"Solicitation {solicitation.path} ({where}): {reason}.",
                document=proposal.path, evidence=tuple(evidence),
                citations=(CitationModel(source=solicitation.path, ref=req.location.section or where),),
            ))
    return tuple(entries), findings
