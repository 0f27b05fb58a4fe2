"""The gap-report engine: ``check(document, obligations, packs) -> GapReport``.

Concept rules are evaluated against the document's obligations (never its narrative), with an
inverted index so that work grows with the document, not with documents × phrases.  Clause rules
look for FAR/DFARS clause numbers anywhere in the body: full text, by reference, or in a table.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .. import __version__
from ..extract.citations import CLAUSE_DATE, CLAUSE_NUMBER, find_clause_date, normalise_clause_date
from ..extract.deadlines import Duration, find_durations, iso_hours
from ..extract.lexicon import GOVERNMENT_PARTIES
from ..model import Document, Evidence, Finding, GapReport, Location, Obligation, PackRef
from ..model import Citation as CitationModel
from .doctype import classify_document, is_subcontract
from .loader import Pack
from .match import TextIndex, phrase_key
from .schema import Rule

_OFFEROR = {"Offeror", "Quoter", "Bidder", "Vendor"}
# A DoD acquisition: DFARS clauses only apply there. Strong signs settle it; a passing mention
# ("DISA-authorized", "the Department of Defense also uses …") needs company.
_DOD_STRONG = re.compile(r"\b(?:DFARS|Army\s+Contracting\s+Command|Naval\s+\w+(?:\s+\w+)?\s+(?:Systems\s+)?Command|"
                         r"Defense\s+(?:Logistics|Contract\s+Management|Health)\s+Agency|DCMA|"
                         r"W9\d{2}[A-Z0-9]{2}-?\d{2}-?[A-Z]-?\d{4}|(?:HQ|FA|N)\d{4,5}-?\d{2}-?[A-Z]-?\d{4})\b")
_DOD_WEAK = re.compile(r"\b(?:Department\s+of\s+Defense|(?<!\()DoD(?!\))|U\.?S\.?\s+Army|Department\s+of\s+the\s+"
                       r"(?:Army|Navy|Air\s+Force)|Air\s+Force|Marine\s+Corps|Space\s+Force|DISA|DLA|CDAO)\b")


_AI_WORDS = re.compile(r"\b(?:machine[\s-]learning|artificial\s+intelligence|AI|ML|large\s+language\s+models?|LLMs?|"
                       r"neural\s+networks?|deep\s+learning|generative|foundation\s+models?|(?:AI|ML|language|"
                       r"classification|predictive|statistical|computer[\s-]vision)\s+models?)\b")
_DEFINED_AS = re.compile(r"[\"“]([A-Za-z][\w -]{2,40}?)[\"”]\s*(?:\)\s*)?(?:means|shall\s+mean|refers\s+to|is)\s+"
                         r"(?:the|an?|any)\s+([^.;]{0,120})")
_NAMED = re.compile(r"\(\s*(?:the\s+|hereinafter\s+(?:the\s+)?)?[\"“]([A-Za-z][\w -]{2,40}?)[\"”]\s*\)")


# "a search assistant that uses a fine-tuned ... large language model": the thing built on AI
_BUILT_ON = re.compile(r"\b(?:a|an|the)\s+((?:[\w-]+\s+){0,2}?(?:assistant|detector|classifier|autocoder|chatbot|copilot|"
                       r"recogni[sz]er|ranker|summari[sz]er|triage\s+tool|scoring\s+engine))\s+(?:that|which)\s+"
                       r"(?:uses?|applies|employs|runs\s+on|is\s+built\s+on|relies\s+on|is\s+powered\s+by)\b([^.;]{0,100})", re.I)
# "a machine learning model that assigns an anomaly score to each window": what the AI puts out
_OUTPUT_OF = re.compile(r"\b(?:model|system|classifier|assistant|AI)\s+(?:that|which)\s+(?:assigns?|produces?|generates?|"
                        r"computes?|returns?|outputs?|gives?)\s+(?:a|an|each|one)?\s*((?:[\w-]+\s+)?(?:score|flag|code|label|"
                        r"rating|classification|recommendation|prediction|summary|draft))\b", re.I)


def ai_aliases(document: Document) -> set[str]:
    """Names a document gives its AI system: a defined term whose definition is an AI model,
    a quoted short name given to something described in AI words, a thing said to be built
    on AI ("a search assistant that uses a fine-tuned large language model"), and what an AI
    model is said to put out ("a machine learning model that assigns an anomaly score")."""
    out: set[str] = set()
    for b in document.body_blocks:
        for m in _BUILT_ON.finditer(b.text):
            if _AI_WORDS.search(m.group(2)):
                out.add(m.group(1).strip())
                out.add(m.group(1).split()[-1])   # "the assistant" once "a search assistant that uses an LLM" is said
        for m in _OUTPUT_OF.finditer(b.text):
            if _AI_WORDS.search(b.text[max(0, m.start() - 60): m.start() + 6]):
                out.add(m.group(1).strip())
        if '"' not in b.text and "“" not in b.text:
            continue
        for m in _DEFINED_AS.finditer(b.text):
            if _AI_WORDS.search(m.group(2)):
                out.add(m.group(1).strip())
        for m in _NAMED.finditer(b.text):
            if _AI_WORDS.search(b.text[max(0, m.start() - 120): m.start()]):
                out.add(m.group(1).strip())
    return {a for a in out if len(a) >= 3 and a.lower() not in ("the", "model", "system", "contractor", "score", "code",
                                                                 "label", "summary", "draft", "flag")}


def is_dod(document: Document) -> bool:
    weak = 0
    for b in document.body_blocks:
        if _DOD_STRONG.search(b.text):
            return True
        weak += len(_DOD_WEAK.findall(b.text))
        if weak >= 5:
            return True
    return False
_DATE_CELL = re.compile(r"\(?\s*(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.?\s*,?\s*((?:19|20)\d\d)\s*\)?",
                        re.IGNORECASE)
# "The Offeror shall describe …": an instruction for the proposal, not a duty in performance.
_INSTRUCTION = re.compile(r"^\W*(?:how\s|whether\s|the\s+extent\s+to\s+which\s|"
                          r"describe|explain|discuss|address|demonstrate|propose|identify|outline|"
                          r"detail|summari[sz]e|present|provide\s+(?:a|an|its|their)?\s*(?:description|"
                          r"narrative|sample|summary|discussion|explanation|overview)|include\s+in\s+(?:its|"
                          r"their|the)\s+(?:proposal|quot\w+|volume))\b", re.IGNORECASE)
_SEP = " zzsep "
_MONTH_NUM = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}
_FLOWDOWN = re.compile(
    r"flow[\s-]?down|flows?\s+(?:\w+\s+){0,3}down|include\s+the\s+substance\s+of\s+(?:this|the)\s+clauses?|"
    r"in\s+all\s+(?:lower[\s-]tier\s+)?subcontracts|subcontracts?\s+(?:shall|must|will)\s+include|"
    r"(?:insert|include)\s+(?:this\s+clause|the\s+following\s+clauses?)\s+in\s+(?:all\s+)?subcontracts",
    re.IGNORECASE)
MAX_EVIDENCE = 3
# "shall not use Customer Content …, except that Provider may use aggregated data …"
_CARVE_OUT = re.compile(r"\bexcept\s+(?:that|where)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:may|can|is\s+permitted\s+to)\b|"
                        r"\b(?:except|other\s+than|save)\s+(?:for\s+|in\s+|as\s+)?(?:[\w-]+\s+){0,2}?(?:aggregated|"
                        r"de-?identified|anonymi[sz]ed|derived|usage|telemetry)\b",
                        re.IGNORECASE)
# Binding words with nothing to measure them by: the duty exists but cannot be verified.
_VAGUE = re.compile(r"\b(?:periodically|from\s+time\s+to\s+time|regularly|as\s+needed|as\s+(?:they\s+become\s+)?"
                    r"available|when\s+available|where\s+possible|where\s+appropriate|where\s+known|if\s+known|"
                    r"to\s+the\s+extent\s+known)\b", re.IGNORECASE)
# Handing something over only when asked, with no time frame: "provide the export classification
# ... upon request", "describe our staff's use of AI tools if the Contracting Officer asks".  (An
# action taken on request, "revert to the prior version on the Customer's request", is not this.)
# "upon request", "on the Government's request"
_REQUEST = r"(?:upon|on)\s+(?:the\s+)?(?:\w+(?:'s)?\s+)?request"
_ON_REQUEST = re.compile(r"\b(?:provide|provides|deliver|delivers|furnish|submit|share|make\s+available|give|describe|"
                         r"disclose|report)\b[^.;]{0,160}?\b(?:" + _REQUEST + r"|"
                         r"if\s+(?:the\s+)?(?:Government|agency|Contracting\s+Officer|CO|COR|Department)\s+(?:so\s+)?"
                         r"(?:asks|requests))\b", re.IGNORECASE)
# Wording that stands in for an element a rule asks for without supplying it: "upon request" for
# a schedule or for Government access (vendor-run results "upon request" stay partial for
# independent evaluation), "securely" or "industry practice" for a stated control, "reputable
# sources" for vetting, a "corporate retention policy" for a period.  In a duty with no time limit
# of its own, such wording makes the duty weak rather than partial (corpora/packs/README.md,
# labelling rule 3) when every element it leaves out is of the kind it stands in for.
_STAND_INS: tuple[tuple[re.Pattern, frozenset[str]], ...] = (
    (re.compile(r"\b(?:" + _REQUEST + r"|(?:at\s+)?mutually\s+agreed(?:\s+times?)?)\b", re.IGNORECASE),
     frozenset({"when", "currency", "recurrence", "government-access"})),
    (re.compile(r"\bcorporate\s+(?:retention\s+|records\s+)?polic(?:y|ies)\b", re.IGNORECASE), frozenset({"retention"})),
    (re.compile(r"\b(?:securely|in\s+(?:line|accordance)\s+with\s+(?:(?:commercial|industry)\s+)?(?:best\s+)?practices?|"
                r"industry\s+(?:best\s+)?practices?)\b", re.IGNORECASE),
     frozenset({"protection", "control", "safeguard"})),
    (re.compile(r"\breputable\b", re.IGNORECASE), frozenset({"vetting"})),
)
# a duty that points back at what the previous paragraph named: "those logs", "these records"
_ANAPHOR = re.compile(r"\b(?:those|these|such)\s+(?:[\w-]+\s+)?(?:logs?|records?|entries|data|outputs?|results?|"
                      r"files?|transcripts?|models?|versions?|images?|reports?)\b", re.IGNORECASE)
# "… shall be approved by the COR": a passive constraint on the work, not a Government duty.
_GOV_AGENT = re.compile(r"\b(?:be|been|being)\s+\w+(?:ed|en)\s+(?:in\s+writing\s+)?by\s+the\s+"
                        r"(?:Government|Contracting\s+Officer|CO|COR|Agency)\b", re.IGNORECASE)


def finding_id(pack: str, rule_id: str, document: str) -> str:
    return "CC-" + hashlib.sha1(f"{pack}|{rule_id}|{document}".encode("utf-8")).hexdigest()[:16]


@dataclass
class DocContext:
    """Everything the rules look at for one document, computed once."""

    document: Document
    obligations: list[Obligation]
    doc_type: str
    subcontract: bool
    index: TextIndex
    eligible: list[bool]
    durations: list[list[Duration]]
    clause_hits: dict[str, list[tuple[Location, str, str | None, str | None]]] = field(default_factory=dict)
    has_flowdown: bool = False
    context_index: TextIndex | None = None
    dod: bool = False
    ai_alias_hits: set[int] = field(default_factory=set)

    @classmethod
    def build(cls, document: Document, obligations: list[Obligation], doc_type: str | None) -> "DocContext":
        heading_by_block = {b.location.block: b.heading_path for b in document.blocks}
        text_by_block = {b.location.block: b.text for b in document.blocks}
        body = [b for b in document.body_blocks if b.kind != "heading"]
        previous_block = {b.location.block: (p.text if p.heading_path == b.heading_path else "")
                          for p, b in zip(body, body[1:])}
        wide = _document_wide_headings(document)
        texts, contexts = [], []
        for ob in obligations:
            headings = [h for h in heading_by_block.get(ob.location.block, ()) if h not in wide]
            texts.append(ob.text + _canonical(ob.text) + _SEP + _SEP.join(headings[-2:]))
            # the rest of the paragraph the obligation sits in: context for non-anchor elements
            block_text = text_by_block.get(ob.location.block, "")
            context = block_text[: ob.location.start] + _SEP + block_text[ob.location.end:]
            if _ANAPHOR.search(ob.text):
                # "We will keep those logs for 18 months": the logs are the previous paragraph's
                context += _SEP + previous_block.get(ob.location.block, "")
            contexts.append(context)
        eligible = [(ob.bearer not in GOVERNMENT_PARTIES or bool(_GOV_AGENT.search(ob.text)))
                    and not (ob.modality == "permission" and ob.bearer in _OFFEROR)
                    for ob in obligations]
        ctx = cls(document=document, obligations=obligations,
                  doc_type=doc_type or classify_document(document),
                  subcontract=is_subcontract(document), index=TextIndex(texts), eligible=eligible,
                  durations=[find_durations(ob.text) for ob in obligations])
        ctx.context_index = TextIndex(contexts)
        # what the document calls its AI system ("Autocoder" means the machine learning model …)
        ctx.ai_alias_hits = {i for alias in ai_aliases(document)
                             for i in ctx.index.find(phrase_key(alias))}
        ctx._scan_clauses()
        return ctx

    def _scan_clauses(self) -> None:
        self.clause_hits = clause_citations(self.document)
        self.dod = any(n.startswith("252.") for n in self.clause_hits) or is_dod(self.document)
        self.has_flowdown = any(_FLOWDOWN.search(b.text) for b in self.document.body_blocks)


def clause_citations(document: Document) -> dict[str, list[tuple[Location, str, str | None, str | None]]]:
    """Every FAR/DFARS clause number in the body with its date (same block, same table row, the
    paragraph after a clause heading, or a date cell next to it) and Alternate."""
    hits: dict[str, list[tuple[Location, str, str | None, str | None]]] = {}
    blocks = document.body_blocks
    for i, block in enumerate(blocks):
        text = block.text
        if "52." not in text and "252." not in text:
            continue
        for m in CLAUSE_NUMBER.finditer(text):
            date, _title, end = find_clause_date(text, m.end())
            if date is None and block.kind == "table_cell":
                date = _date_in_row(blocks, i)
            if date is None:
                date = _date_in_next_blocks(blocks, i) or _date_nearby(blocks, i)
            alt = None
            am = re.match(r"[\s,–—-]*(?:Alternate|Alt\.?)\s+([IVX]{1,4})\b", text[end:end + 30])
            if am:
                alt = am.group(1)
            loc = block.location.model_copy(update={"start": m.start(), "end": max(end, m.end())})
            hits.setdefault(m.group("num"), []).append((loc, text, date, alt))
    return hits


def _document_wide_headings(document: Document) -> set[str]:
    """Headings above most of the document (its title): they say what the whole document is
    about, so they must not lend context ("AI") to every sentence under them."""
    body = [b for b in document.body_blocks if b.kind != "heading"]
    if len(body) < 8:
        return set()
    counts: dict[str, int] = {}
    for b in body:
        for h in set(b.heading_path):
            counts[h] = counts.get(h, 0) + 1
    return {h for h, n in counts.items() if n > 0.5 * len(body)}


def _date_only(text: str) -> str | None:
    m = _DATE_CELL.fullmatch(text.strip())
    if m:
        return normalise_clause_date(m.group(1), m.group(2))
    return None


def _date_nearby(blocks, i: int) -> str | None:
    """A clause date printed as its own short block near the clause number (PDF clause tables
    come out cell by cell, sometimes out of order)."""
    best = None
    if blocks[i].kind == "table_cell" or len(blocks[i].text) > 150:
        return None  # a sentence citing a clause, not a clause-list entry
    for j in sorted(range(max(0, i - 3), min(len(blocks), i + 4)), key=lambda j: (abs(j - i), -j)):
        if j == i or blocks[j].kind == "table_cell":
            continue
        between = list(blocks[min(i, j) + 1: max(i, j)]) + [blocks[j]]
        if any(CLAUSE_NUMBER.search(b.text) for b in between):
            continue
        date = _date_only(blocks[j].text)
        if date:
            best = date
            break
    return best


def _date_in_row(blocks, i: int) -> str | None:
    """A clause date printed in another cell of the same table row."""
    cell = blocks[i]
    if cell.table is not None and cell.row is not None:
        for other in blocks[max(0, i - 12): i + 12]:
            if other.table == cell.table and other.row == cell.row and other is not cell:
                m = CLAUSE_DATE.search(other.text)
                if m and len(other.text) <= 40 and not CLAUSE_NUMBER.search(other.text):
                    return normalise_clause_date(m.group("mon") or m.group("mon2"),
                                                 m.group("year") or m.group("year2"))
        return None
    for j in range(i + 1, min(i + 4, len(blocks))):
        nxt = blocks[j]
        if nxt.kind != "table_cell" or CLAUSE_NUMBER.search(nxt.text):
            break
        m = CLAUSE_DATE.search(nxt.text)
        if m and len(nxt.text) <= 40:
            return normalise_clause_date(m.group("mon") or m.group("mon2"), m.group("year") or m.group("year2"))
    return None


def _date_in_next_blocks(blocks, i: int) -> str | None:
    """Full-text clauses print the date in the paragraph after the number:
    "52.204-21 Basic Safeguarding…" then "Basic Safeguarding … (Jun 2016)"."""
    for j in range(i + 1, min(i + 3, len(blocks))):
        text = blocks[j].text
        if len(text) > 250 or CLAUSE_NUMBER.search(text):
            break
        m = CLAUSE_DATE.search(text)
        if m and m.group("mon"):  # a parenthesised date, as clause headings print it
            return normalise_clause_date(m.group("mon"), m.group("year"))
    return None


def _date_key(date: str) -> tuple[int, int]:
    mon, year = date.split()
    return int(year), _MONTH_NUM.get(mon[:3], 0)


@dataclass
class _Outcome:
    status: str
    message: str
    evidence: list[Evidence]
    severity: str | None = None  # overrides the rule's severity (e.g. DFARS outside DoD: info)


def _evidence_for(ob: Obligation) -> Evidence:
    return Evidence(text=ob.text, location=ob.location)


def _duration_hours(d: Duration) -> float:
    return iso_hours(d.iso) * (1.4 if d.business_days else 1.0)


_ISO_UNITS = (("Y", "year"), ("M", "month"), ("W", "week"), ("D", "day"))


def humanize(iso: str) -> str:
    """PT72H → "72 hours", P1Y → "1 year" (for messages; the ISO form stays in the data)."""
    m = re.fullmatch(r"PT(\d+)([HM])", iso)
    if m:
        n, unit = int(m.group(1)), "hour" if m.group(2) == "H" else "minute"
        return f"{n} {unit}{'s' if n != 1 else ''}"
    m = re.fullmatch(r"P(\d+)([YMWD])", iso)
    if m:
        n, unit = int(m.group(1)), dict(_ISO_UNITS)[m.group(2)]
        return f"{n} {unit}{'s' if n != 1 else ''}"
    return iso


def _parameter_status(rule: Rule, durations: list[Duration]) -> tuple[str, str]:
    p = rule.parameter
    assert p is not None
    if p.max is not None:
        deadlines = [d for d in durations if d.kind == "deadline"]
        if not deadlines:
            return p.if_absent, f"no time limit is stated (the rule requires at most {humanize(p.max)})"
        best = min(deadlines, key=_duration_hours)
        if _duration_hours(best) > iso_hours(p.max) + 1e-9:
            return "conflict", (f"the document allows '{best.text}'; the rule requires at most "
                                f"{humanize(p.max)}")
        return "met", f"'{best.text}' is within {humanize(p.max)}"
    periods = [d for d in durations if d.kind == "period"]
    if not periods:
        return p.if_absent, f"no period is stated (the rule requires at least {humanize(p.min)})"
    best = max(periods, key=_duration_hours)
    if _duration_hours(best) + 1e-9 < iso_hours(p.min):
        return "conflict", f"the document gives '{best.text}'; the rule requires at least {humanize(p.min)}"
    return "met", f"'{best.text}' meets the minimum of {humanize(p.min)}"


# Ways of saying "before deployment" and "before the change" that no phrase list can spell out:
# "Before the autocoder is used in production coding", "We will not release the assistant until
# it retrieves ...", "shall not deploy a retrained autocoder without the COR's written approval".
# Each adds the canonical words to what the rules' phrases are matched against.
_BEFORE_USE = re.compile(
    r"\b(?:before|prior\s+to)\s+(?:the|a|an|any|each|every|its|this)\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:first\s+)?"
    r"(?:used|deployed|released|fielded|launched|delivered|accepted|put\s+(?:in|into)\s+(?:production|service|use)|"
    r"placed\s+(?:in|into)\s+(?:production|service|use))\b|"
    r"\bnot\s+(?:be\s+)?(?:release|released|deploy|deployed|field|fielded|launch|launched|use|used|put)\b[^.;]{0,80}?"
    r"\b(?:until|unless)\b", re.IGNORECASE)
_NOT_WITHOUT = re.compile(
    r"\bnot\s+(?:be\s+)?(?:deploy|deployed|release|released|promote|promoted|use|used|field|fielded|put|replace|replaced|"
    r"change|changed|retrain|retrained|update|updated|switch|switched)\b[^.;]{0,80}?\b(?:without|until|unless)\b",
    re.IGNORECASE)


def _canonical(text: str) -> str:
    out = ""
    if _BEFORE_USE.search(text):
        out += _SEP + "before deployment"
    if _NOT_WITHOUT.search(text):
        out += _SEP + "prior to"
    return out


def _has_deadline(durations: list[Duration]) -> bool:
    return any(d.kind == "deadline" for d in durations)


def _vague_stand_in(ob: Obligation, durations: list[Duration], absent: list[str]) -> str | None:
    """The wording of a duty with no time limit of its own that stands in for every element in
    ``absent`` (see ``_STAND_INS``), if any."""
    if _has_deadline(durations):
        return None
    for pattern, covers in _STAND_INS:
        m = pattern.search(ob.text)
        if m and set(absent) <= covers:
            return m.group(0)
    return None


class CompiledRule:
    """A concept rule with its phrases normalised once."""

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.elements = [(e, [phrase_key(p) for p in e.phrases]) for e in rule.elements]
        self.outdated = [(o, phrase_key(o.phrase)) for o in rule.outdated]

    def evaluate(self, ctx: DocContext) -> _Outcome:
        rule = self.rule
        anchors: set[int] = set()
        matched: dict[str, set[int]] = {}
        for element, keys in self.elements:
            hits = {i for i in ctx.index.find_any(keys) if ctx.eligible[i]}
            if element.context and ctx.context_index is not None:
                # the same paragraph may name what the sentence refers to ("The assistant … . It shall …"),
                # and the document may have its own name for its AI system ("the autocoder")
                hits |= {i for i in ctx.context_index.find_any(keys) if ctx.eligible[i]}
                hits |= {i for i in ctx.ai_alias_hits if ctx.eligible[i]}
            matched[element.name] = hits
            if element.anchor:
                anchors |= hits
        if not anchors:
            return _Outcome("missing", rule.message, [])
        required = [e.name for e, _ in self.elements if e.required]
        per_status: dict[str, list[tuple[int, str]]] = {}
        for i in sorted(anchors):
            ob = ctx.obligations[i]
            absent = [name for name in required if i not in matched[name]]
            outdated = [o for o, key in self.outdated if i in ctx.index.find(key)]
            if outdated:
                status, why = "outdated", f"cites {outdated[0].phrase}: {outdated[0].note}"
            elif ob.bearer in _OFFEROR and _INSTRUCTION.match(ob.action) and ctx.doc_type != "proposal":
                status, why = "partial", ("only the proposal instructions ask offerors to describe this; "
                                          "no performance requirement binds the contractor")
            elif absent and (stand_in := _vague_stand_in(ob, ctx.durations[i], absent)):
                status, why = "weak", (f"'{stand_in}' stands in for what the rule asks "
                                       f"({', '.join(absent)}) without stating it")
            elif absent:
                status, why = "partial", "does not cover: " + ", ".join(absent)
            else:
                weak = ob.strength == "weak" or ob.modality in ("recommendation", "permission")
                if rule.parameter is not None:
                    status, why = _parameter_status(rule, ctx.durations[i])
                    if status == "met" and weak:
                        status, why = "weak", f"not binding ({ob.modality}, {ob.strength}); {why}"
                elif weak and rule.strength == "binding":
                    status, why = "weak", f"not binding: {ob.modality} ({ob.strength})"
                elif ob.modality == "prohibition" and _CARVE_OUT.search(ob.text):
                    status, why = "weak", (f"the prohibition carves itself out "
                                           f"('{_CARVE_OUT.search(ob.text).group(0)}')")
                elif _VAGUE.search(ob.text):
                    status, why = "weak", (f"binding but not measurable ('{_VAGUE.search(ob.text).group(0)}' "
                                           f"sets no schedule or criterion)")
                elif _ON_REQUEST.search(ob.text) and not _has_deadline(ctx.durations[i]):
                    status, why = "weak", "only on request, with no time frame"
                else:
                    status, why = "met", "binding requirement found"
            per_status.setdefault(status, []).append((i, why))
        for status in ("conflict", "outdated", "met", "weak", "partial"):
            if status in per_status:
                picks = per_status[status][:MAX_EVIDENCE]
                why = picks[0][1]
                return _Outcome(status, f"{_STATUS_LEAD[status]} {why}. {rule.message}",
                                [_evidence_for(ctx.obligations[i]) for i, _ in picks])
        return _Outcome("missing", rule.message, [])


_STATUS_LEAD = {
    "met": "Met:", "weak": "Weak:", "partial": "Partial:", "conflict": "Conflict:",
    "outdated": "Outdated:", "missing": "Missing:",
}


def _evaluate_clause(rule: Rule, ctx: DocContext) -> _Outcome:
    spec = rule.clause
    assert spec is not None
    hits = list(ctx.clause_hits.get(spec.number, []))
    successor_hits = [(n, h) for n in spec.successors for h in ctx.clause_hits.get(n, [])]
    name = f"{spec.system.upper()} {spec.number} ({spec.current_date})"
    if not hits and not successor_hits:
        if spec.system == "dfars" and not ctx.dod:
            return _Outcome("missing", f"Missing: {name} {spec.title} is not in the document; it applies to "
                            f"Department of Defense acquisitions, and nothing in this document points to DoD "
                            f"(no DFARS clause, DoD component or DoD contract number), so this is for "
                            f"information only. {rule.message}", [], severity="info")
        return _Outcome("missing", f"Missing: {name} {spec.title} is not in the document. {rule.message}", [])
    if not hits:
        n, (loc, text, date, alt) = successor_hits[0]
        return _Outcome("met", f"Met: found as {n}, the newer FAR Part 40 number for {spec.number}. "
                        f"{rule.message}", [Evidence(text=_snippet(text, loc), location=loc)])
    current = _date_key(spec.current_date)
    dated = [h for h in hits if h[2]]
    old = [h for h in dated if _date_key(h[2]) < current]
    good = [h for h in dated if _date_key(h[2]) >= current]
    evidence = lambda hs: [Evidence(text=_snippet(t, loc), location=loc) for loc, t, _, _ in hs[:MAX_EVIDENCE]]
    if old:
        dates = sorted({h[2] for h in old})
        return _Outcome("outdated", f"Outdated: {spec.number} is cited with {', '.join(dates)}; the "
                        f"current clause is {spec.current_date}. {rule.message}", evidence(old))
    if good:
        alts = sorted({h[3] for h in good if h[3]})
        note = f" (Alternate {', '.join(alts)})" if alts else ""
        if spec.flowdown and (ctx.doc_type == "proposal" or ctx.subcontract) and not ctx.has_flowdown:
            return _Outcome("partial", f"Partial: {name}{note} is present, but the document has no "
                            f"flow-down language for subcontracts. {rule.message}", evidence(good))
        return _Outcome("met", f"Met: {name}{note} is present. {rule.message}", evidence(good))
    return _Outcome("partial", f"Partial: {spec.number} is cited without a clause date, so the version "
                    f"cannot be confirmed (current: {spec.current_date}). {rule.message}", evidence(hits))


def _snippet(text: str, loc: Location, width: int = 240) -> str:
    if len(text) <= width:
        return text
    start = max(0, loc.start - 40)
    return ("…" if start else "") + text[start:start + width] + "…"


_COMPILED: dict[tuple[str, str, str], CompiledRule] = {}


def _compiled(pack: Pack, rule: Rule) -> CompiledRule:
    key = (pack.name, pack.sha256, rule.id)
    if key not in _COMPILED:
        _COMPILED[key] = CompiledRule(rule)
    return _COMPILED[key]


def evaluate_rule(pack: Pack, rule: Rule, ctx: DocContext) -> Finding | None:
    if ctx.doc_type not in rule.applies_to:
        return None
    outcome = _evaluate_clause(rule, ctx) if rule.kind == "clause" else _compiled(pack, rule).evaluate(ctx)
    return Finding(
        id=finding_id(pack.name, rule.id, ctx.document.path), rule_id=rule.id, pack=pack.name,
        title=rule.title, category=rule.category, severity=outcome.severity or rule.severity,
        status=outcome.status,
        message=outcome.message, document=ctx.document.path, evidence=tuple(outcome.evidence),
        citations=tuple(CitationModel(source=c.source, ref=c.ref, url=c.url) for c in rule.citations),
    )


def pack_ref(pack: Pack) -> PackRef:
    return PackRef(name=pack.name, version=pack.version, sha256=pack.sha256)


def check_findings(document: Document, obligations: list[Obligation], packs: list[Pack], *,
                   doc_type: str | None = None) -> list[Finding]:
    """Findings for one readable document (unsorted)."""
    if not document.readable:
        return []
    ctx = DocContext.build(document, obligations, doc_type)
    out = []
    for pack in packs:
        for rule in pack.rules:
            f = evaluate_rule(pack, rule, ctx)
            if f is not None:
                out.append(f)
    return out


def sort_findings(findings) -> tuple[Finding, ...]:
    return tuple(sorted(findings, key=lambda f: f.sort_key()))


def check(document: Document, obligations: list[Obligation], packs: list[Pack], *,
          doc_type: str | None = None) -> GapReport:
    """A gap report for one document against ``packs``."""
    findings = check_findings(document, obligations, packs, doc_type=doc_type)
    return GapReport(tool_version=__version__, packs=tuple(pack_ref(p) for p in packs),
                     documents=(document,), findings=sort_findings(findings))
