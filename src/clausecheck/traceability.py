"""Proposal-versus-solicitation traceability.

For every requirement the solicitation places on the offeror/contractor, find where the proposal
answers it and judge the answer: addressed, partially addressed, not addressed, contradicted.
docs/traceability.md describes the method and its measured accuracy; in brief:

1. **Units.**  The proposal is cut into sentences (per block) and table rows.  Each unit also
   carries the terms of its neighbouring sentences in the same block and of its headings, which
   count for less than its own words.
2. **Terms.**  Words are stemmed (``rules.match.tokens``), stop words dropped, a small table of
   contracting synonyms folded ("kept"/"retain"/"store"), and long words cut to a six-letter
   prefix so that derivations meet ("summarize"/"summary").  Clause numbers (FAR 52.204-21,
   SP 800-171, Section 508) become identifier terms that must match exactly; naming numbers
   ("2,500 stations") are terms, quantities (durations, percentages) are not.  Each requirement
   term is also matched, at vocabulary level, to proposal terms sharing a stem of four or more
   letters ("fail"/"failure") or spelled alike (rapidfuzz ratio >= 88), for partial credit.
3. **Score.**  IDF-weighted coverage of the requirement's terms by a unit.  Candidates come from
   an inverted index over the terms, so only a shortlist is scored.
4. **Assignment.**  Requirement/unit pairs are assigned greedily, best score first; a unit that
   already answers one requirement answers another only when it matches that one strongly too,
   and one round of swaps lets a requirement left without an answer take a unit whose holder has
   an alternative nearly as good.
   Compliance-matrix rows ("C.3.4 | 2.3") and in-text pointers ("described in Section 2.3")
   boost the units of the sections they name; a table row that cites one paragraph of the
   solicitation is reserved for the requirements of that paragraph.
5. **Judgement.**  Contradicted: a worse duration of the same role (notice window, retention,
   frequency, advance notice), a worse threshold or count, a lower level on an ordered scale
   (data rights, FedRAMP baseline), a refusal in the main clause about the requirement's object,
   or an affirmed use of what a prohibition forbids; also a lower scale level, or (when the
   answer gave no figure) a worse figure for the same measure, in a passage close to the
   requirement.  Partially addressed: hedged or deferred commitments, a required time limit,
   frequency or figure with none given, enumerated elements or cited clauses left out, a
   prohibition answered without restricting words, or a thin lexical match.  Not addressed: no
   unit covers enough of the requirement and no section is named for its subject.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from .extract.deadlines import find_durations, iso_hours
from .extract.nlp import get_nlp, pipe_texts
from .model import Document, Evidence, Finding, Location, Obligation, TraceEntry
from .model import Citation as CitationModel
from .rules.match import TextIndex, stem, tokens

# ----------------------------------------------------------------------------------------------
# Thresholds (tuned on the tuning split only; see docs/traceability.md)

NONE_BELOW = 0.30    # best coverage below this: nothing in the proposal answers the requirement
SHARE_FROM = 0.62    # a unit already assigned may answer a second requirement from this coverage
FULL_FROM = 0.40     # coverage below this is a thin match: at best partially addressed
SWAP_LOSS = 0.10     # a holder gives a unit up only for an alternative nearly as good
SHORTLIST = 12       # candidates kept per requirement
NEAR_CREDIT = 0.7    # a derivation or near spelling of a requirement term
HEAD_CREDIT = 0.5    # a requirement term found in the unit's headings
CTX_CREDIT = 0.3     # ... in the neighbouring sentences of the same block
DESCRIBE_CTX_CREDIT = 0.6  # ... when the requirement asks for a description (answered by a paragraph)
SCALE_NEAR = 0.15    # a passage this close that offers a lower level on an ordered scale conflicts
TOPIC_RARE = 0.05    # a heading word is specific when at most this share of passages use it

_GOVERNMENT = {"Government", "Contracting Officer", "COR", "Agency", "Ordering Activity"}
_STOP = set("""a an the and or of to in on for by with at from as be is are was were this that these
those it its their our we you your shall must will may should can each any all such other than
into within upon under over per not no nor also including include includes provide provides
provided ensure ensures use used using contractor offeror quoter vendor government team
proposal solicitation section page pages describe describes described approach identify how
what which who whom whose when where while has have had been being do does did there here
so if then them they he she his her only every both either least most more less very
rfp rfq pws sow order task propose proposes offer offers during throughout via""".split())

# Contracting vocabulary that says the same thing in different words.  Folded to one term.
_SYNONYM_GROUPS = [
    ("retain", "retain retention keep kept store stored preserve preservation archive archived"),
    ("notify", "notify notification inform alert"),
    ("deliver", "deliver delivery submit submission furnish supply"),
    ("meet", "meet meeting"),
    ("staff", "staff personnel employee people"),
    ("approve", "approve approval sign signoff authorization authorize"),
    ("remediate", "remediate remediation fix resolve correct"),
    ("outside", "outside external independent third"),
    ("log", "log record"),
    ("crypto", "encrypt encryption cryptographic tls"),
    ("weight", "weight parameter"),
    ("handoff", "handoff hand transfer escalate"),
    ("vulnerab", "vulnerability weakness"),
    ("comply", "comply compliance conform conformance"),
    ("bias", "bias disparity disparate fairness"),
    ("dataset", "dataset corpus corpora data"),
    ("arrive", "arrive arrival receipt incoming inbound"),
    ("factor", "factor feature driver"),
    ("flag", "flag mark"),
    # general families of words that proposals use for the same thing as solicitations
    ("classify", "classify classification categorize categorise categorization sort bin triage"),
    ("equipment", "equipment apparatus hardware device"),
    ("error", "error mistake misspelling typo"),
    ("abbrev", "abbreviation shorthand acronym"),
    ("normalize", "normalize normalise normalization standardize standardise cleanup cleanse"),
    ("display", "display show present surface"),
    ("detect", "detect detection catch spot"),
    ("fault", "fault failure defect malfunction trouble"),
    ("summary", "summary digest synopsis abstract"),
    ("organize", "organize organise arrange group"),
    ("forgery", "forgery forged fake counterfeit fabricated fraudulent tampered altered"),
    ("anomaly", "anomaly anomalous outlier abnormal deviation"),
    ("rationale", "rationale reason justification explain explanation"),
    ("source", "source origin provenance lineage"),
    ("phone", "phone telephone"),
    ("query", "query question"),
    ("identifier", "identifier id uid"),
    ("severity", "severity priority criticality"),
    ("supplier", "supplier subcontractor subcontract partner"),
    ("customer", "customer client tenant"),
    ("prohibit", "prohibit prohibition forbid ban bar block"),
    ("restore", "restore restoration recover recovery rollback revert"),
    ("verify", "verify verification confirm"),
    ("screen", "screen console interface dashboard workbench"),
    ("schedule", "schedule timeline"),
    ("install", "install deploy deployment"),
]
# Irregular verb forms the suffix stemmer cannot reach ("sent" must meet "sending").
_IRREGULAR = {"sent": "send", "built": "build", "made": "make", "ran": "run", "written": "write",
              "chosen": "choose", "chose": "choose", "taken": "take", "took": "take", "held": "hold",
              "given": "give", "gave": "give", "told": "tell", "found": "find", "shown": "show",
              "drawn": "draw", "drew": "draw", "led": "lead", "met": "meet", "paid": "pay",
              "sold": "sell", "bought": "buy", "brought": "bring", "taught": "teach",
              "thought": "think", "spent": "spend", "understood": "understand", "withdrawn": "withdraw",
              "done": "do", "gone": "go", "seen": "see", "known": "know", "grown": "grow",
              "caught": "catch", "sought": "seek", "stood": "stand", "dealt": "deal", "felt": "feel",
              "heard": "hear", "spoken": "speak", "spoke": "speak", "broken": "break", "broke": "break",
              "driven": "drive", "drove": "drive", "frozen": "freeze", "hidden": "hide", "begun": "begin",
              "began": "begin", "gotten": "get", "wrote": "write", "lost": "lose",
              "meant": "mean", "kept": "keep", "risen": "rise", "withheld": "withhold"}
_STOP |= {stem(w) for w in _STOP}
_SYNONYMS: dict[str, str] = {}
for _canon, _words in _SYNONYM_GROUPS:
    for _w in _words.split():
        _SYNONYMS[_w] = _canon
        _SYNONYMS.setdefault(stem(_w), _canon)   # "stored" -> "stor", "features" -> "featur"

_IDENT = re.compile(r"\b(?:\d{2,4}\.\d{3}-\d{1,4}|800-\d{2,3}[A-Za-z]?|\d{3,5}\.\d{2,4}|(?<=Section\s)\d{3,4})\b")
_PREFIX = 6

# A commitment that is not firm.  "may" and friends count only with the proposer as subject.
_WEAK = re.compile(
    r"\b(?:endeavou?r|strive|attempt\s+to|aim\s+to|seek\s+to|try\s+to|as\s+appropriate|"
    r"where\s+(?:feasible|practicable|possible|applicable|appropriate)|when\s+(?:practical|practicable|feasible)|"
    r"to\s+the\s+extent\s+(?:practicable|possible|feasible)|best\s+efforts?|reasonable\s+efforts?|"
    r"periodically|from\s+time\s+to\s+time|as\s+needed|if\s+(?:possible|feasible)|promptly|"
    r"in\s+a\s+timely\s+manner|(?-i:prefer(?:s|red)?)|(?:is|are|am)\s+targeting|align\s+with|"
    r"(?:where|when|if)\s+(?:available|applicable)|"
    r"intend\s+to|plan\s+to|expect\s+to|hope\s+to|anticipate|where\s+(?:needed|necessary)|"
    r"on\s+a\s+(?:regular|periodic|recurring|case-by-case)\s+basis|"
    r"(?:where|when|if|as)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:allows?|permits?)(?!\s+(?:us|the|it|them)\b))\b",
    re.IGNORECASE)
_WEAK_MODAL = r"(?:may|might|could|should|can)"
_DEFER = re.compile(
    r"(?<!days\s)(?<!day\s)(?<!weeks\s)(?<!months\s)(?<!\d\s)(?<!\d)\b(?:after\s+(?:contract\s+)?award|to\s+be\s+(?:determined|defined|agreed)|tbd|"
    r"(?:in\s+)?a\s+(?:later|future|subsequent)\s+(?:release|phase|version|option)|at\s+a\s+later\s+date|"
    r"will\s+follow(?=\s*(?:[.;,)]|$|later\b|once\b|when\b))|not\s+yet|on\s+(?:our|the)\s+(?:product\s+)?roadmap|(?:defined|determined|agreed)\s+(?:with\s+\w+\s+)?(?:later|after))\b",
    re.IGNORECASE)
_NEGATION = re.compile(
    r"\b(?:(?:will|shall|can|could|do|does|did|would|is|are)\s+not|cannot|can't|won't|don't|doesn't|"
    r"declines?\s+to|(?:is|are)\s+unable\s+to|withholds?|withholding|(?:is|are|be|been)\s+withheld|no\s+plans?\s+to|"
    r"takes?\s+exception\s+to|(?:is|are)\s+out\s+of\s+scope|"
    r"(?:is|are|remains?)\s+(?:\w+\s+){0,3}(?:trade\s+secrets?|intellectual\s+property))\b",
    re.IGNORECASE)
# a negated verb refuses the duty when it is the duty's own verb or one of giving or doing;
# "staff cannot edit or delete the entries" is a safeguard, not a refusal to keep them
_GIVING = ("provide deliver offer support include perform conduct plan intend commit agree engage hold "
           "run furnish supply grant give make host meet accept guarantee").split()
_ACTIVE_NOT = re.compile(r"(?:will|shall|can|could|do|does|did|would)\s+not|cannot|can't|won't|don't|doesn't", re.I)
_SUBORDINATOR = re.compile(
    r"\b(?:that|which|who|whom|whose|if|when|whenever|unless|until|anything|whatever|because|"
    r"although|though|once|while|where|whether|so\s+that)\b", re.IGNORECASE)
_RESTRICTS = re.compile(r"\b(?:not|never|no|none|nothing|only|solely|exclusively|without|prohibit\w*|forbid\w*|"
                        r"refrain\w*|avoid\w*|exclud\w*|block\w*|bar(?:s|red)?|restrict\w*|den(?:y|ies|ied)|"
                        r"cannot|can't|won't|don't|doesn't|isn't|aren't|remains?\s+within|stays?\s+within)\b", re.I)
_RESERVE = re.compile(r"\breserves?\s+the\s+right\s+to\b", re.IGNORECASE)

# Ordered scales a careful reviewer knows: lower position = weaker offer.
_SCALES = [
    ("data rights", re.compile(r"\b(restricted|limited|government[\s-]purpose|unlimited)\s+(?:data\s+)?rights\b", re.I),
     ["restricted", "limited", "government purpose", "unlimited"]),
    ("FedRAMP baseline", re.compile(r"\bfedramp\s+(?:\w+\s+)?(low|li-saas|moderate|high)\b|"
                                    r"\b(low|moderate|high)[\s-]+(?:impact\s+)?(?:baseline|authori[sz]ation)\b", re.I),
     ["low", "li-saas", "moderate", "high"]),
    ("impact level", re.compile(r"\b(?:il|impact\s+level\s*)([2456])\b", re.I), ["2", "4", "5", "6"]),
]

# ----------------------------------------------------------------------------------------------
# Terms


def _fold(stemmed: str) -> str:
    if stemmed in _IRREGULAR:
        stemmed = stem(_IRREGULAR[stemmed])
    if stemmed in _SYNONYMS:
        return _SYNONYMS[stemmed]
    if stemmed.isdigit() or any(ch.isdigit() for ch in stemmed):
        return stemmed
    return stemmed[:_PREFIX]


_PEOPLE = (r"(?:staff|users?|operators?|examiners?|personnel|employees|adjudicators?|people|workforce|officers?|"
           r"analysts?|inspectors?|reviewers?|writers?|agents?|clinicians?|forecasters?|maintainers?|teams?|"
           r"coders?|meteorologists?|planners?|managers?|clerks?|specialists?|investigators?|nurses?|physicians?|"
           r"radiologists?|engineers?|scientists?|technicians?|dispatchers?|screeners?|keyers?|assessors?|"
           r"caseworkers?|controllers?|evaluators?|new\s+hires|end\s+users|trainees|instructors?)")
_PHRASES = [
    # training people is not training a model: "deliver two training sessions for control room
    # operators" is not answered by "we train one ensemble per control center"
    (re.compile(r"\btrain(?:s|ed|ing)?\s+(?=(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"\b)", re.I), " stafftrain "),
    (re.compile(r"\b" + _PEOPLE + r"\s+(?:\w+\s+)?training\b", re.I), lambda m: m.group(0).rsplit(" ", 1)[0] + " stafftrain "),
    (re.compile(r"\btraining\s+(?=(?:sessions?|materials?|courses?|workshops?|webinars?|curricul\w*|classes)\b)", re.I),
     " stafftrain "),
    # words that only ever mean teaching people: "a two-day course", "onboarding workshops"
    (re.compile(r"(?<!of\s)(?<!the\s)\b(?:workshops?|courses?|curricul(?:um|a)|onboarding|instructor[\s-]led|webinars?|"
                r"tutorials?|knowledge\s+transfer|familiari[sz]ation|e-?learning|coaching|train-the-trainer)\b", re.I),
     lambda m: m.group(0) + " stafftrain "),
    # "each year", "every month", "once a quarter": the same schedule as "annually", "monthly"
    (re.compile(r"\b(?:each|every|per|once\s+(?:a|per|each|every))\s+(year|month|week|day|quarter)\b", re.I),
     lambda m: {"year": " annually ", "day": " daily "}.get(m.group(1).lower(), f" {m.group(1).lower()}ly ")),
    # "AI bill of materials (AI-BOM)", "SBOM", "software bill of materials": one thing, one term
    # an SBOM lists software components; an AI-BOM lists models and data: different deliverables
    (re.compile(r"\b(?:software|spdx|cyclonedx)\s+bills?\s+of\s+materials?(?:\s*\(\s*SBOMs?\s*\))?|\bSBOMs?\b", re.I),
     " sbom "),
    (re.compile(r"\b(?:(?:ai|ml|model|data)\s+)?bills?\s+of\s+materials?(?:\s*\(\s*[A-Za-z]{0,4}-?BOMs?\s*\))?|"
                r"\b(?:ai|ml|d)-?boms?\b", re.I), " billofmaterials "),
    (re.compile(r"\b(?:usb|thumb|flash|external|portable)\s+(?:drives?|sticks?|storage|media)\b", re.I), " removable media "),
    # the contract's time frame qualifies a duty; it is not what the duty is about
    (re.compile(r"\b(?:base|option)\s+(?:period|year)s?(?:\s+of\s+performance)?\b|\bperiods?\s+of\s+performance\b", re.I),
     " "),
    (re.compile(r"\b(?:past\s+performance|similar\s+work|relevant\s+experience|corporate\s+experience|"
                r"comparable\s+(?:work|deployments?|projects?|efforts?|contracts?))\b", re.I), " experience "),
]


def _prep(text: str) -> str:
    for pattern, repl in _PHRASES:
        text = pattern.sub(repl, text)
    # "re-validate" and "revalidate", "sign-off" and "signoff" meet
    return re.sub(r"\b(re|pre|co|non|sub|multi|semi|sign|hand)-(?=[a-z])", r"\1", text, flags=re.IGNORECASE)


_TIME_WORDS = set("""minute hour day week month quarter year annual calendar business working time once twice thrice percent
one two three four five six seven eight nine ten eleven twelve jan feb mar apr jun jul aug sep sept oct
nov dec january february march april june july august september october november december""".split())
_PERCENT = re.compile(r"\d\s*(?:%|percent\b)", re.I)
_TIME_STEMS = {"minut", "second", "millis", "millisecond", "sec", "ms"}
# a response time: "within 2 seconds of capture", "in under 800 milliseconds", "8 minutes"
_LATENCY = re.compile(r"\d\s*(?:-\s*)?(?:milliseconds?|ms|seconds?|secs?|minutes?|mins?)\b", re.I)
_ACRONYM = re.compile(r"((?:\b[A-Z][\w'’-]*\s+(?:(?:of|and|for|the|on)\s+)?){1,7})\(([A-Z][A-Za-z0-9]{1,9})\)")
_QTY_NUMBER = re.compile(
    r"(?<![\w.,-])(\d+(?:,\d{3})*(?:\.\d+)?)(?![\w-]|\.\d|,\d)(?=\s*(?:%|percent|minutes?|hours?|days?|weeks?|"
    r"months?|years?|business|calendar|milliseconds?|seconds?|words?|pages?)\b)|(?<![\w.])(0?\.\d+)\b", re.I)
_PLAIN_NUMBER = re.compile(r"(?<![\w.,-])(\d+(?:,\d{3})*)(?![\w-]|\.\d|,\d)")


def _collapse_acronyms(text: str) -> str:
    """"Contracting Officer's Representative (COR)" -> "COR": one name, said once."""
    def repl(m: re.Match) -> str:
        words = re.findall(r"[A-Za-z][\w'’-]*", m.group(1))
        caps = [w for w in words if w[0].isupper()]
        abbr = m.group(2).upper()
        k = len(abbr)
        if len(caps) >= k and "".join(w[0] for w in caps[-k:]).upper() == abbr:
            # drop the k capitalised words (and the small words between them) that spell it
            keep = caps[:-k]
            return (" ".join(keep) + " " if keep else "") + m.group(2)
        return m.group(0)
    return _ACRONYM.sub(repl, text)


def terms(text: str) -> list[str]:
    """Content terms of ``text``: folded stems, exact clause identifiers ("#52.204-21") and
    plain numbers that name things ("Section 508", "2,500 stations").  Quantities that a
    proposal may legitimately change (durations, percentages, thresholds) are left to the
    quantity checks, as are frequency and time-unit words."""
    text = _collapse_acronyms(text)
    out = ["#" + m.group(0).lower() for m in _IDENT.finditer(text)]
    qty = {m.start(1) if m.group(1) else m.start(2) for m in _QTY_NUMBER.finditer(text)}
    masked = _IDENT.sub(lambda m: " " * len(m.group(0)), text)
    for m in _PLAIN_NUMBER.finditer(masked):
        if m.start(1) not in qty and not 1900 <= _num(m.group(1)) <= 2100:
            out.append("n" + m.group(1).replace(",", ""))
    if _PERCENT.search(text):
        out.append("%pct")   # a stated percentage: the answer to "how much", whatever its value
    if _LATENCY.search(text):
        out.append("%fast")  # a response time in seconds or minutes, whatever its value
    for t in tokens(_prep(masked)):
        if t in _STOP or len(t) <= 2 or t.isdigit() or t in _TIME_WORDS or t in _TIME_STEMS:
            continue
        out.append(_fold(t))
    return out


# ----------------------------------------------------------------------------------------------
# Proposal units


@dataclass
class Unit:
    """A piece of the proposal that can answer a requirement: a sentence or a table row."""

    text: str
    location: Location
    section: str | None
    headings: tuple[str, ...]
    block: int = 0                 # index of the block among the proposal's text blocks
    row: bool = False              # a table row (cells joined with " | ")
    terms: frozenset = frozenset()
    ctx: frozenset = frozenset()   # neighbouring sentences of the same block
    head: frozenset = frozenset()  # headings above the unit
    topic: frozenset = frozenset()  # terms of the unit's own (deepest) heading
    context: str = ""              # text of the whole block (for durations and list elements)
    cites: tuple[str, ...] = ()    # solicitation paragraphs a table row cites ("C.4.3.1")
    pointer: bool = False          # a compliance-matrix row: points elsewhere, answers nothing
    cover: bool = False            # front matter before the first section heading
    table: int | None = None


def is_requirement(ob: Obligation) -> bool:
    """Requirements a proposal must answer: binding duties on the offeror/contractor side."""
    return ob.modality in ("obligation", "prohibition") and ob.bearer not in _GOVERNMENT


_HEADING_LIKE = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[A-Z]\.\d+(?:\.\d+)*\.?|Appendix\s+\w+\s*[-:.]?|"
                           r"(?:Section|Volume|Part)\s+\w+\s*[-:.]?)\s+[A-Z][^.;:!?]{0,70}$")


def _heading_like(block) -> bool:
    """A numbered title that the parser left as a list item or paragraph ("5. Security")."""
    text = block.text.strip()
    return block.kind != "table_cell" and len(text.split()) <= 9 and bool(_HEADING_LIKE.match(text))


def _head_terms(heads: tuple[str, ...], title: str) -> frozenset:
    out = set()
    for h in heads:
        if h.strip() == title:
            continue
        h = re.sub(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.\d+(?:\.\d+)*\.?|(?:Appendix|Section|Part|Volume)\s+\w+\s*[-:.]?)\s*",
                   "", h)
        out.update(t for t in terms(h) if not t.startswith("n"))
    return frozenset(out)


def _topic_terms(heads: tuple[str, ...], title: str) -> frozenset:
    """Terms of the deepest heading above a unit: what its section says it is about."""
    return _head_terms(heads[-1:], title) if heads else frozenset()


def proposal_units(document: Document) -> list[Unit]:
    nlp = get_nlp()
    body = [b for b in document.body_blocks if b.text.strip()]
    seen = Counter(b.text.strip() for b in body if b.kind != "table_cell")
    first = body[0].text.strip() if body else ""
    units: list[Unit] = []
    rows: dict[tuple[int, int], list] = {}
    prose = []          # (block, effective headings, cover)
    heads: tuple[str, ...] = ()
    started = False
    for b in body:
        text = b.text.strip()
        if b.kind == "heading" or _heading_like(b):
            if b.kind == "heading" and text == first and not started:
                continue  # the document title
            heads = b.heading_path if b.kind == "heading" and b.heading_path else (text,)
            started = True
            continue
        if b.kind == "table_cell" and b.table is not None:
            rows.setdefault((b.table, b.row or 0), []).append((b, heads))
            continue
        if seen[text] > 1 and len(text) < 160:
            continue  # running headers and other repeated boilerplate
        prose.append((b, heads, not started))
    for bi, ((block, bheads, cover), doc) in enumerate(zip(prose, pipe_texts((p[0].text for p in prose), nlp))):
        sents = [(a, b, block.text[a:b]) for a, b in doc.user_data.get("cc_sentences", [])
                 if len(block.text[a:b].strip()) >= 3]
        sent_terms = [frozenset(terms(x[2])) for x in sents]
        head = _head_terms(bheads, first)
        for si, sent in enumerate(sents):
            ctx = frozenset().union(*(sent_terms[j] for j in (si - 1, si + 1) if 0 <= j < len(sents)))
            loc = block.location.model_copy(update={"start": sent[0], "end": sent[1]})
            units.append(Unit(sent[2].strip(), loc, block.section, bheads, block=bi,
                              terms=sent_terms[si], ctx=ctx - sent_terms[si], head=head, context=block.text,
                              cover=cover, topic=_topic_terms(bheads, first)))
    header: dict[int, str] = {}
    for (table, r), cells in sorted(rows.items()):
        cells.sort(key=lambda c: c[0].col or 0)
        text = " | ".join(c[0].text.strip() for c in cells)
        if r == 0 and not re.search(r"\d", text) and all(len(c[0].text.split()) <= 5 for c in cells):
            header[table] = text   # column names: short, without figures
            continue
        if len(cells) < 2:
            continue
        b0, bheads = cells[0]
        loc = b0.location.model_copy(update={"start": 0, "end": len(b0.text)})
        head = _head_terms(bheads, first)
        units.append(Unit(text, loc, b0.section, bheads, block=len(prose) + len(units), row=True,
                          terms=frozenset(terms(text)), ctx=frozenset(terms(header.get(table, ""))) - frozenset(terms(text)),
                          head=head, context=text, table=table, topic=_topic_terms(bheads, first)))
    return units


# ----------------------------------------------------------------------------------------------
# Cross-references: compliance matrices, deliverable tables and "see Section X"

_SOL_LABEL = re.compile(r"\b(?:[A-M]\.\d+(?:\.\d+)*|\d+(?:\.\d+)+|[A-Z]{1,3}-\d+)\b")
_PROP_SECTION = re.compile(r"(?<![\w.])(\d+(?:\.\d+)*)(?![\w.]|\.\d)")
_SECTION_REF = re.compile(r"\b(?:see\s+)?(?:section|sections|sec\.|§|volume|part|paragraph)\s+"
                          r"(\d+(?:\.\d+)*(?:(?:\s*,\s*|\s+and\s+)\d+(?:\.\d+)*)*)", re.IGNORECASE)
_POINTER = re.compile(r"\b(?:(?:is|are)\s+(?:described|addressed|covered|discussed|detailed)\s+in|see|refer\s+to)\s+"
                      r"(?:section|sections|sec\.|§|volume|appendix|paragraph)\s", re.I)
_RANGE = re.compile(r"\b([A-M])\.(\d+)\s+(?:to|through|-|–)\s+\1\.(\d+)\b")


_SECTION_WORD = re.compile(r"\b(?:sections?|sec\.|§+|paragraphs?|para\.)\s*", re.I)


def _label_applies(label: str, section: str | None) -> bool:
    return bool(section) and (section == label or section.startswith(label + "."))


def _cell_labels(cell: str) -> list[str]:
    labels = []
    for m in _RANGE.finditer(cell):
        labels += [f"{m.group(1)}.{k}" for k in range(int(m.group(2)), int(m.group(3)) + 1)]
    labels += [m.group(0) for m in _SOL_LABEL.finditer(_RANGE.sub(" ", cell))]
    return labels


def _cross_references(units: list[Unit], req_sections: set[str], prop_sections: set[str]):
    """Mark pointer rows and citing rows; return {solicitation label: {proposal sections}}."""
    def is_sol(label: str) -> bool:
        return any(_label_applies(label, s) for s in req_sections)

    targets: dict[str, set[str]] = defaultdict(set)
    by_table: dict[int | None, list[Unit]] = defaultdict(list)
    for u in units:
        if u.row:
            by_table[u.table].append(u)
    for rows in by_table.values():
        cells = [[c.strip() for c in u.text.split("|")] for u in rows]
        width = max(len(c) for c in cells)
        sol_col = prop_col = None
        best_sol = best_prop = 0.0
        for k in range(width):
            col = [c[k] for c in cells if k < len(c)]
            sol = sum(1 for c in col if _cell_labels(c) and all(is_sol(x) for x in _cell_labels(c))) / len(col)
            prop = sum(1 for c in col if (items := _PROP_SECTION.findall(c)) and
                       re.fullmatch(r"[\d.,\s]+(?:and\s+[\d.]+)?", _SECTION_WORD.sub("", c)) and
                       all(x in prop_sections for x in items)) / len(col)
            if sol > best_sol:
                sol_col, best_sol = k, sol
            if prop > best_prop:
                prop_col, best_prop = k, prop
        if sol_col is None or best_sol < 0.5:
            continue
        matrix = prop_col is not None and prop_col != sol_col and best_prop >= 0.5
        for u, c in zip(rows, cells):
            if sol_col >= len(c):
                continue
            labels = [x for x in _cell_labels(c[sol_col]) if is_sol(x)]
            u.cites = tuple(labels)
            if matrix:
                u.pointer = True
                secs = _PROP_SECTION.findall(c[prop_col]) if prop_col < len(c) else []
                for label in labels:
                    targets[label].update(s for s in secs if s in prop_sections)
    return targets


def _section_index(units: list[Unit]) -> dict[str, set[int]]:
    """Prose units under each section number and all its parents ("3", "3.2", "3.2.1")."""
    index: dict[str, set[int]] = defaultdict(set)
    for i, u in enumerate(units):
        if not u.row and u.section:
            parts = u.section.split(".")
            for k in range(1, len(parts) + 1):
                index[".".join(parts[:k])].add(i)
    return index


def _units_in(index: dict[str, set[int]], sections: set[str]) -> set[int]:
    return set().union(*(index.get(s, set()) for s in sections)) if sections else set()


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
        docs = [u.terms for u in units] + [frozenset(terms(r.text)) for r in requirements]
        for d in docs:
            df.update(d)
        self.n = len(docs)
        self.df = df
        self.vocab = sorted({t for u in units for t in u.terms if t[0].isalpha()})
        self.by_prefix: dict[str, list[str]] = defaultdict(list)
        for t in self.vocab:
            self.by_prefix[t[:4]].append(t)
        self._near: dict[str, frozenset[str]] = {}
        self.points_away = {id(u): bool(_POINTER.search(u.text)) for u in units}
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
        return _Req(ob, weights, idents, sum(weights.values()) or 1.0, fuzzy, required=_required(text), ctx_credit=ctx)

    @staticmethod
    def answers(req: _Req, u: Unit) -> bool:
        """Whether ``u`` (its sentence, its neighbours, its headings or its table's header)
        names every term the requirement cannot be answered without."""
        return all(bool(alts.search(u.context or u.text)) if isinstance(alts, re.Pattern) else
                   any(t in u.terms or t in u.ctx or t in u.head for t in alts) for alts in req.required)

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
        s = got / req.total
        if req.idents:
            present = {t for t in u.terms if t.startswith("#")}
            if present and not req.idents & present:
                s *= 0.35  # a different clause number is a different clause
        if u.cover:
            s *= 0.6
        if self.points_away[id(u)]:
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


def _derived(t: str, have: set[str]) -> bool:
    """``t`` is a derivation of a term in ``have`` sharing five letters or more ("reduced" and
    "reduction"; not "mode" and "model", nor "weld" and "welder")."""
    return len(t) >= 5 and any(len(h) >= 5 and len(_common_prefix(t, h)) >= max(5, 0.8 * min(len(t), len(h)))
                               for h in have)


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return a[:n]


_DESCRIBE = re.compile(r"^(?:The\s+(?:Offeror|Quoter|Contractor|Vendor)\s+(?:shall|must|is\s+required\s+to)\s+)?"
                       r"(?:describe|explain|discuss|demonstrate|detail|address|outline)\b", re.I)
_LEAD_LABEL = re.compile(r"^\s*(?:\(?[a-z0-9]{1,4}[.)]\s+|[A-M]\.\d+(?:\.\d+)*\.?\s+|\d+(?:\.\d+)+\.?\s+|"
                         r"[A-Z]{1,3}-\d+\s+)")


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
    "inventory": "inventory register catalog list billofmaterials",
    "bill": "billofmaterials inventory register",
    "sbom": "sbom",
    "resume": "resume biography bio cv",
}
_APPROVER = re.compile(r"\b(?:approval|consent|authori[sz]ation|permission)\s+(?:of|from|by)\s+((?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,6})")
# asking for someone's approval is answered only by a passage about approval
_APPROVAL_ASKED = re.compile(r"\b(?:obtain|get|secure|seek|receive)\s+(?:\w+\s+){0,2}?(?:approval|consent|authori[sz]ation|permission)\b",
                             re.I)
_STAFFTRAIN = _fold("stafftrain")
_GENERIC_TITLE = set(terms("model system project program final initial monthly quarterly annual weekly draft updated "
                           "complete full written detailed ai"))


def _required(body: str) -> tuple[frozenset, ...]:
    """What a passage must name to answer the requirement at all, however many other words it
    shares (each entry: a set of interchangeable terms).  The kind of document a requirement
    asks to be delivered ("submit a Model Validation Report" is not answered by "data
    validation rules check every record", though a "validation memo" would do), and the
    training of people ("train examiners to use the assistant" is not answered by a passage on
    the assistant and the examiners that says nothing of training them)."""
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
            out.add(frozenset(terms(_DELIVERABLE_NAMES[key])))
    if _APPROVAL_ASKED.search(body):
        out.add(frozenset(terms("approve consent permission")))
    ordered: list = sorted(out, key=sorted)
    party = _APPROVER.search(body)
    if party and _APPROVAL_ASKED.search(body):
        # approval from the COR is not answered by approval from the vendor's own change board
        names = [re.escape(w) for w in re.findall(r"[A-Z][\w-]+", party.group(1)) if w.lower() not in ("the", "s")]
        ordered.append(re.compile(r"\b(?:Government|COR|CO|Contracting\s+Officer\w*|(?i:agency|client|customer)" +
                                  "".join("|" + n for n in names) + r")\b"))
    return tuple(ordered)


def _requirement_body(text: str) -> str:
    """The requirement without its paragraph label and its "The Contractor shall" lead-in."""
    text = _LEAD_LABEL.sub("", text, count=1)
    text = re.sub(r"^[A-Z][\w\s,-]{0,60}?\.\s+(?=The\s)", "", text)  # "H.1 Incident Reporting. The ..."
    return text


def _assign(reqs: list[_Req]) -> list[tuple[int | None, float, bool]]:
    """One-to-one-ish assignment of units to requirements.

    Pairs are taken best score first; a unit already taken answers a second requirement only
    when that one matches it strongly too (``SHARE_FROM``).  Then one round of swaps: a
    requirement left without a good answer may take its best unit from the requirement that
    holds it, when the holder has a free alternative nearly as good (``SWAP_LOSS``)."""
    pairs = sorted(((s, r, i) for r, req in enumerate(reqs) for s, i in req.candidates),
                   key=lambda x: (-x[0], x[1], x[2]))
    out: list[tuple[int | None, float, bool]] = [(None, 0.0, False)] * len(reqs)
    owner: dict[int, int] = {}
    for s, r, i in pairs:
        if out[r][0] is not None:
            continue
        if i not in owner:
            owner[i] = r
            out[r] = (i, s, False)
        elif s >= SHARE_FROM:
            out[r] = (i, s, True)
    for r, req in enumerate(reqs):
        if out[r][1] >= NONE_BELOW:
            continue
        for s, i in req.candidates[:3]:
            if s < NONE_BELOW or owner.get(i) is None or owner[i] == r:
                continue
            o = owner[i]
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


# ----------------------------------------------------------------------------------------------
# Quantities: durations, frequencies, thresholds, counts, scales

_ROLES = [
    ("notify", re.compile(r"\b(?:notif\w*|report\w*|inform\w*|alert\w*|notice)\b", re.I)),
    ("retain", re.compile(r"\b(?:retain\w*|retention|keep\w*|kept|stor\w*|preserv\w*|archiv\w*|"
                          r"purg\w*|delet\w*|remain\w*|stay\w*|online|logs?)\b", re.I)),
    ("fix", re.compile(r"\b(?:remediat\w*|fix\w*|resolv\w*|correct\w*|patch\w*|clos\w*)\b", re.I)),
    ("deliver", re.compile(r"\b(?:process\w*|scor\w*|produc\w*|respon\w*|return\w*|resum\w*|restor\w*|"
                           r"recover\w*|takes?\s+over|ready|push\w*|disseminat\w*|deliver\w*|submit\w*|"
                           r"furnish\w*|send\w*|issu\w*|hand(?:s|ed)?|availab\w*)\b", re.I)),
    ("visit", re.compile(r"\b(?:on-?site|visit\w*|depot|support)\b", re.I)),
    # verbs, not the nouns made from them: "assessment outputs" are kept, not assessed
    ("test", re.compile(r"\b(?:test\w*|exercis\w*|red[\s-]team\w*|validat(?:e|es|ed|ing|ion)|revalidat\w*|"
                        r"assess(?:es|ed|ing)?|audit(?:s|ed|ing)?|review(?:s|ed|ing)?|meet(?:s|ing)?)\b", re.I)),
]
_COUNT_WORDS = {"one": 1, "once": 1, "two": 2, "twice": 2, "three": 3, "thrice": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_RATE = re.compile(
    r"\b(?:(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than)\s+)?(?P<n>once|twice|thrice|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\s+(?:(?:\w+\s+)?(?:times?|days?|visits?|sessions?|cycles?|runs?|"
    r"exercises?|meetings?|reports?)\s+)?(?:a|per|each|every)\s+(?P<u>day|week|month|quarter|year)\b|"
    r"\b(?P<n2>once|twice|\d+|one|two|three|four|five|six|eight|ten|twelve)\s+(?:(?:\w+\s+)?(?:times?|cycles?|runs?)\s+)?"
    r"(?P<u2>daily|weekly|monthly|quarterly|annually|yearly)\b", re.I)
_UNIT_HOURS = {"day": 24.0, "week": 168.0, "month": 730.0, "quarter": 2190.0, "year": 8760.0,
               "daily": 24.0, "weekly": 168.0, "monthly": 730.0, "quarterly": 2190.0, "annually": 8760.0,
               "yearly": 8760.0}
_NEXT_DAY = re.compile(r"\b(?:by|on|within)\s+the\s+next\s+(business\s+|working\s+|calendar\s+)?day\b|"
                       r"\bnext[\s-](business\s+|working\s+)?day\b", re.I)
_ANYTIME = re.compile(r"\b(?:at\s+any\s+time|on\s+demand|in\s+real\s+time|self-service)\b", re.I)
_NIGHTLY = re.compile(r"\b(?:every|each)\s+(?:morning|night|evening)\b|\bnightly\b", re.I)
_NTH_DAY_AFTER = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+(?:(business|calendar|working)\s+)?day\s+(?:of|in)\s+the\s+"
                            r"(?:following|next|subsequent)\s+(?:month|quarter|period)\b", re.I)
_DAY_N = re.compile(r"\bday\s+(\d{1,3})\s+(?=after|following|from)\b", re.I)
_CLOCK_LIST = re.compile(r"\bat\s+((?:\d{2}(?::?\d{2})?\s*(?:,|and)\s*)+\d{2}(?::?\d{2})?)\s*(?:utc|z|gmt)\b", re.I)
_CAP_BEFORE = re.compile(r"\b(?:not\s+exceed|exceed(?:ing)?|no\s+(?:more|longer)\s+than|at\s+most|"
                         r"maximum(?:\s+of)?|limited\s+to|capped\s+at)\s*$", re.I)
_BEFORE = re.compile(r"^\s*(?:before|prior\s+to|in\s+advance|ahead\s+of|advance)\b", re.I)
_AFTER = re.compile(r"^\s*(?:after|following|once)\b", re.I)


# "99.5 percent of the time, measured monthly": the window a figure is measured over, no schedule
_MEASURED = re.compile(r"\b(?:measured|calculated|computed|averaged|assessed|reported)\s+(?:on\s+an?\s+)?"
                       r"(?:daily|weekly|monthly|quarterly|annually|yearly|(?:each|every|per|a)\s+\w+)\b", re.I)


@dataclass
class Qty:
    cls: str        # window | interval | span | advance
    hours: float
    role: str | None
    text: str
    after: bool = False


_MODAL = re.compile(r"\b(?:shall|must|will|would|is\s+required\s+to|are\s+required\s+to|commits?\s+to|agrees?\s+to)\b", re.I)


_MAIN_VERB = re.compile(r"\b(?:(?:is|are|was|were|be|been|being|will|shall|must|would)\s+(?:\w+ly\s+)?|"
                        r"(?=remain|stay))([a-z]+)\b", re.I)


def _role(text: str, start: int, end: int) -> str | None:
    """What a duration measures, from the verb that governs it: the main verb of its clause when
    it has a role ("These audit records are kept for 120 months" -> retain, not the "audit" of
    its subject; "Images remain in the cache for seven days" -> retain), else the first role word
    after the nearest modal before it ("will keep images for 30 days" -> retain), else the first
    role word of its clause."""
    clause_start = max(text.rfind(c, 0, start) for c in ".;") + 1
    before = text[clause_start:start]
    verbs = list(_MAIN_VERB.finditer(re.split(r"\band\b", before)[-1]))
    if verbs:
        verb = verbs[-1].group(1)
        for name, pat in _ROLES:
            if pat.fullmatch(verb):
                return name
    modals = list(_MODAL.finditer(before))
    scope = before[modals[-1].end():] if modals else before
    best = None
    for part in (re.split(r"\band\b", scope)[-1], scope):   # "notify ... and keep images for 30 days"
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
        lead = re.match(r"\s*(?:after|before|following|of|from)\b[^,.;]{0,60},", after)
        after = after[lead.end():] if lead else after[:40]
        hits = [(m.start(), name) for name, pat in _ROLES if (m := _verb_use(pat, after))]
        if hits:
            return min(hits)[1]
    return best


_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|our|any|all|each|every|of|with|and|or|for|per|no)|,)\s*$", re.I)
_NOUN_AFTER = re.compile(r"\s*(?:results?|outputs?|records?|reports?|logs?|data|plans?|teams?|sets?|suites?|artifacts?|"
                         r"findings?|summar\w+|status|window|period|cycles?)\b", re.I)


def _verb_use(pat: re.Pattern, text: str) -> re.Match | None:
    """The first match of a role word used as a verb: not "the logs", "and test results",
    "assessment outputs"."""
    for m in pat.finditer(text):
        if _NOUN_BEFORE.search(text[:m.start()]) or _NOUN_AFTER.match(text[m.end():]):
            continue
        return m
    return None


def quantities(text: str) -> list[Qty]:
    """Durations, frequencies and schedules in ``text``, classified by what 'better' means."""
    out: list[Qty] = []
    taken: list[tuple[int, int]] = []
    measuring = [(m.start(), m.end()) for m in _MEASURED.finditer(text)]
    for m in _RATE.finditer(text):
        n_txt = (m.group("n") or m.group("n2")).lower()
        n = _COUNT_WORDS.get(n_txt) or (int(n_txt) if n_txt.isdigit() else 0)
        unit = (m.group("u") or m.group("u2")).lower()
        if not n:
            continue
        out.append(Qty("interval", _UNIT_HOURS[unit] / n, _role(text, m.start(), m.end()), m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _CLOCK_LIST.finditer(text):
        k = len(re.findall(r"\d{2}(?::?\d{2})?", m.group(1)))
        if k >= 2:
            out.append(Qty("interval", 24.0 / k, _role(text, m.start(), m.end()), m.group(0)))
            taken.append((m.start(), m.end()))
    for m in _ANYTIME.finditer(text):   # "investigators can search the records at any time"
        out.append(Qty("window", 0.0, _role(text, m.start(), m.end()), m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _NIGHTLY.finditer(text):   # "every morning the previous day's visits are scanned"
        out.append(Qty("interval", 24.0, _role(text, m.start(), m.end()), m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _NTH_DAY_AFTER.finditer(text):   # "3rd business day of the following month"
        business = (m.group(2) or "").lower() in ("business", "working")
        out.append(Qty("window", 24.0 * int(m.group(1)) * (1.4 if business else 1.0), _role(text, m.start(), m.end()),
                       m.group(0), after=True))
        taken.append((m.start(), m.end()))
    for m in _DAY_N.finditer(text):   # "Day 20 after award" in a deliverables table
        out.append(Qty("window", 24.0 * int(m.group(1)), _role(text, m.start(), m.end()), m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _NEXT_DAY.finditer(text):
        business = bool(m.group(1) or m.group(2)) and "calendar" not in (m.group(1) or "")
        out.append(Qty("window", 24.0 * (1.4 if business else 1.0), _role(text, m.start(), m.end()), m.group(0)))
        taken.append((m.start(), m.end()))
    found = find_durations(text)
    joined: dict[int, float] = {}   # "six years and three months": one span
    for a, b in zip(found, found[1:]):
        if re.fullmatch(r"\s+and\s+", text[a.end:b.start]) and iso_hours(a.iso) > iso_hours(b.iso):
            joined[id(a)] = iso_hours(b.iso)
            measuring.append((b.start, b.end))
    for d in found:
        if any(s <= d.start < e or d.start <= s < d.end for s, e in taken + measuring):
            continue
        hours = (iso_hours(d.iso) + joined.get(id(d), 0.0)) * (1.4 if d.business_days else 1.0)
        rest = text[d.end:d.end + 30]
        lead = d.text.lower()
        is_freq = d.kind == "deadline" and (lead.startswith(("every", "each", "once")) or not re.search(
            r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            r"ninety|hundred|a|an)\b", lead))
        if is_freq and re.match(r"\s+(?:[\w-]+\s+)?(?:volumes?|averages?|peaks?|totals?|throughput|capacity|loads?|counts?|"
                                r"maximum|minimum|limits?|quotas?|caps?)\b", rest, re.I):
            continue   # "twice the normal daily filing volume": a measure, not a schedule
        cell = text[:d.start].rstrip().endswith("|")
        if re.fullmatch(r"[\d.]+-\w+", d.text) and not re.match(r"\s*(?:window|deadline|notice|turnaround|period|sla)\b",
                                                                rest, re.I):
            continue   # "a 40-hour training course", "an 8-hour shift": a length, not a commitment
        if re.match(r"\s*(?:of|')\s+(?:[\w-]+\s+){0,3}?(?:experience|service|work)\b", rest, re.I):
            continue   # "at least five years of coding experience": an amount, not a commitment
        if is_freq:
            cls = "interval"
        elif re.search(r"notice", d.text, re.I) or (_BEFORE.match(rest) and not lead.startswith("for ")) or \
                re.match(r"\s*(?:of\s+)?(?:advance\s+|prior\s+)?(?:written\s+)?notice\b", rest, re.I):
            cls = "advance"   # "30 days before the change"; but "kept for 18 months before deletion" is a span
        elif cell and not lead.startswith("for ") and _role(text, d.start, d.end) != "retain":
            cls = "window"    # "| 9 seconds at the 95th percentile" in a service-level table
        elif d.kind == "period" or lead.startswith("for "):
            cls = "span"     # "kept for 18 months (before deletion)": how long, not how soon
            if lead.startswith(("up to", "no more than", "not more than", "not to exceed", "a maximum of",
                                "no longer than")) or _CAP_BEFORE.search(text[max(0, d.start - 40):d.start]):
                cls = "window"   # "the total duration shall not exceed 3 years": a cap, shorter is fine
        elif re.match(r"(?:within|no\s+later|not\s+later|by|in|after|up\s+to|no\s+more|not\s+more|under|less\s+than|"
                      r"not\s+to\s+exceed|a\s+maximum|no\s+longer)\b", lead) or _AFTER.match(rest) or \
                re.match(r"\s*(?:of|from)\s+(?:the\s+)?(?:receipt|discovery|award|notice|request|arrival|"
                         r"availability|detection|identification|the\s+\w+\s+report|completion|each|any)\b", rest, re.I):
            cls = "window"
        else:
            continue  # "three years of fleet data", "30 days ahead": an amount, not a commitment
        out.append(Qty(cls, hours, _role(text, d.start, d.end), d.text, after=bool(_AFTER.match(rest))))
    return out


def _worse(cls: str, want: float, got: float) -> bool:
    if cls in ("window", "interval"):
        return got > want * 1.001
    return got * 1.001 < want   # span, advance: longer is better


def _roles_meet(q: Qty, g: Qty) -> bool:
    """Durations of compatible purpose.  A schedule of reports is one thing whether the text says
    "deliver the report monthly" or "Monthly Trend Report"."""
    if g.role == q.role or g.role is None or q.role is None:
        return True
    return {q.role, g.role} == {"notify", "deliver"}


def _from_award(resp: str, g: Qty, req_text: str) -> bool:
    """"15 days after award" schedules another deliverable from the start of the contract; it is
    not notice given after the event a requirement counts back from ("90 days before the end")."""
    at = resp.find(g.text)
    follow = resp[at + len(g.text):at + len(g.text) + 40] if at >= 0 else ""
    return bool(re.match(r"\s*(?:after|following|from|of)\s+(?:contract\s+|task\s+order\s+)?(?:award|kick-?off|start)", follow, re.I)) \
        and not re.search(r"\b(?:award|kick-?off)\b", req_text, re.I)


def _duration_conflict(req_text: str, resp: str) -> tuple[str | None, bool]:
    """(conflict, answer gives a matching quantity).  Compares quantities of the same role."""
    want = [q for q in quantities(req_text)]
    if not want:
        return None, True
    got = quantities(resp)
    satisfied = False
    for q in want:
        same = [g for g in got if g.cls == q.cls and _roles_meet(q, g)]
        if q.cls == "window" and not same:
            # "purge within 24 hours" against "images remain in the cache for seven days";
            # "within 30 days" against "inside any rolling 30-day window"
            same = [g for g in got if g.cls == "span" and ((q.role is not None and g.role == q.role) or
                                                           re.search(re.escape(g.text) + r"\s+(?:window|period)\b", resp))]
        if q.cls == "advance":
            after = [g for g in got if g.cls == "window" and (g.after or (g.role is not None and g.role == q.role))
                     and not _from_award(resp, g, req_text)]
            if not same and after:
                # "inform the CO within 10 business days of the switch" against 60 days before it
                return f"offers notice {after[0].text} after the event where the solicitation requires {q.text} before it", True
        if not same:
            continue
        satisfied = True
        if all(_worse(q.cls, q.hours, g.hours) for g in same):
            g = min(same, key=lambda g: abs(g.hours - q.hours))
            return f"offers '{g.text}' where the solicitation requires '{q.text}'", True
    return None, satisfied


# thresholds and plain numbers

_NUM = r"(\d+(?:,\d{3})*(?:\.\d+)?)"
_FLOOR = re.compile(r"\b(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|minimum(?:\s+of)?|"
                    r"no\s+lower\s+than|or\s+(?:higher|more|better|greater)\s+than)\s+(?:an?\s+)?" + _NUM, re.I)
_CEIL = re.compile(r"\b(?:at\s+most|no\s+more\s+than|not\s+more\s+than|no\s+greater\s+than|not\s+greater\s+than|"
                   r"not\s+to\s+exceed|a\s+maximum\s+of|maximum(?:\s+of)?|(?:at\s+or\s+)?below|under|less\s+than|"
                   r"lower\s+than|fewer\s+than|no\s+higher\s+than)\s+(?:an?\s+)?" + _NUM, re.I)
_RANGE_OF = re.compile(r"\b(?:from|between)\s+\d+(?:\.\d+)?\s*%?\s+(?:to|and)\s+\d+(?:\.\d+)?\s*%?", re.I)  # a scale
_FLOOR_AFTER = re.compile(r"(?<![\w.])" + _NUM + r"(\s*(?:%|percent))?\s+or\s+(?:higher|more|above|better|greater|over)\b", re.I)
_CEIL_AFTER = re.compile(r"(?<![\w.])" + _NUM + r"(\s*(?:%|percent))?\s+or\s+(?:lower|less|below|fewer|under)\b", re.I)
_ANYNUM = re.compile(r"(?<![\w.,-])" + _NUM + r"(?:\s*(%|percent\b))?(?![\w-]|\.\d|,\d)", re.I)
_HIGHER_BETTER = re.compile(r"\b(?:availab\w*|uptime|accura\w*|f1|precision|recall|agreement|coverage|"
                            r"auc|score|improv\w*|reduc\w*|on-time|detection\s+rate)\b", re.I)
_LOWER_BETTER = re.compile(r"\b(?:error|false[\s-]\w+|hallucination|latency|miss\w*|failure|downtime|"
                           r"words|pages|cost)\b", re.I)
_SELECTS = re.compile(r"\b(?:route|flag|escalate|refer|send|hold|review|reject|block|alert|queue|mark)\w*\b", re.I)
_CONDITION = re.compile(r"\b(?:any|each|every|all)\b[^.;]{0,80}\b(?:with|whose|where|that|which|if|when|scored|scoring|"
                        r"rated|having)\b[^.;]{0,50}$", re.I)


def _num(s: str) -> float:
    return float(s.replace(",", ""))


_PER_TIME = re.compile(r"^[^.;|]{0,50}?\bper\s+(?:[\w-]+\s+){0,3}?(?:(\d+)[-\s](hour|day|week|month)s?\s+(?:shift|period|window)|"
                       r"(hour|day|week|month|quarter|year|shift))\b", re.I)
_PER_HOURS = {"hour": 1.0, "day": 24.0, "week": 168.0, "month": 730.0, "quarter": 2190.0, "year": 8760.0, "shift": 8.0}


def _per_hours(text: str, end: int) -> float | None:
    """The time a count is taken over, when it follows the figure ("5 false alerts per operator
    console per 8-hour shift" -> 8.0; "2 per console per hour" -> 1.0)."""
    m = _PER_TIME.match(text[end:])
    if not m:
        return None
    if m.group(1):
        return float(m.group(1)) * _PER_HOURS[m.group(2).lower()] / (1.0 if m.group(2).lower() == "hour" else 1.0)
    return _PER_HOURS[m.group(3).lower()]


def _kind(value: float, pct: bool) -> str:
    return "pct" if pct else ("frac" if value <= 1 else "num")


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
                          r"fewer\s+than|no\s+fewer\s+than|up\s+to|about|approximately|roughly)\s+)"
                          r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=\s+(?:[\w-]+\s+){0,3}?per\b)", re.I)


def _digits(text: str) -> str:
    """A count over time written in words is a figure: "no more than two false alerts per month"
    -> "no more than 2 false alerts per month"."""
    return _WORD_NUMBER.sub(lambda m: m.group(1) + str(_COUNT_WORDS[m.group(2).lower()]), text)


def _req_thresholds(text: str) -> list[tuple[float, str, bool, str]]:
    """(value, kind, higher_is_better, phrase) for the requirement's thresholds."""
    text = _digits(text)
    out = []
    spans = [(d.start, d.end) for d in find_durations(text)]
    seen: set[int] = set()
    for pattern, higher in ((_FLOOR, True), (_CEIL, False)):
        for m in pattern.finditer(text):
            if any(s <= m.start(1) < e for s, e in spans) or m.start(1) in seen:
                continue
            after = text[m.end():m.end() + 12]
            if re.match(r"\s*(?:minutes?|hours?|days?|weeks?|months?|years?|business|calendar)\b", after, re.I):
                continue
            pct = bool(re.match(r"\s*(?:%|percent)", after, re.I))
            value = _num(m.group(1))
            h = higher
            lead_in = text[max(0, m.start() - 120):m.start()]
            if _CONDITION.search(lead_in) and _SELECTS.search(lead_in):
                h = not h   # "route any submission with a score below 0.70": a higher cut-off covers more
            seen.add(m.start(1))
            out.append((value, _kind(value, pct), h, m.group(0).strip()))
    for pattern, higher in ((_FLOOR_AFTER, True), (_CEIL_AFTER, False)):
        for m in pattern.finditer(text):   # "a match score of 0.90 or higher"
            if m.start(1) in seen or any(s <= m.start(1) < e for s, e in spans):
                continue
            value = _num(m.group(1))
            seen.add(m.start(1))
            out.append((value, _kind(value, bool(m.group(2))), higher, m.group(0).strip()))
    if not out:
        ranges = [(m.start(), m.end()) for m in _RANGE_OF.finditer(text)]
        for m in _ANYNUM.finditer(text):
            if any(s <= m.start() < e for s, e in spans + ranges) or \
                    _IDENT.search(text[max(0, m.start() - 8):m.end() + 8]):
                continue
            value, pct = _num(m.group(1)), bool(m.group(2))
            if not pct and value > 1:
                continue
            window = text[max(0, m.start() - 60):m.end() + 30]
            if _HIGHER_BETTER.search(window):
                out.append((value, _kind(value, pct), True, m.group(0).strip()))
            elif _LOWER_BETTER.search(window):
                out.append((value, _kind(value, pct), False, m.group(0).strip()))
    return out


def _metric(text: str, pos: int) -> set[str]:
    """Terms of the few words before a figure: what it measures ("false alarm rate")."""
    clause = max(text.rfind(c, 0, pos) for c in ".;,") + 1
    return set(terms(" ".join(text[max(clause, pos - 60):pos].split()[-4:]))) - {"%pct"}


def _metric_after(text: str, end: int) -> set[str]:
    """Terms of the few words after a figure ("90 percent sensitivity")."""
    return set(terms(" ".join(re.split(r"[.;,]", text[end:end + 60])[0].split()[:3]))) - {"%pct"}


def _unmet_figures(req_text: str, resp: str) -> list[str]:
    """The requirement's thresholds for which the answer states no figure of the same kind (and,
    when the requirement sets several, for the same measure): "precision of at least 0.98 and a
    recall of at least 0.95" answered with a precision only."""
    req_text, resp = _digits(req_text), _digits(resp)
    want = _req_thresholds(req_text)
    if not want:
        return []
    figures = [(value, _kind(value, bool(m.group(2))), m.group(0).strip(), _metric(resp, m.start()))
               for m in _ANYNUM.finditer(resp) if not 1900 <= (value := _num(m.group(1))) <= 2100]
    return [phrase for _value, kind, _higher, phrase in want
            if not _comparable(figures, kind, req_text, phrase, len(want) > 1)]


def _comparable(figures: list[tuple], kind: str, req_text: str, phrase: str, by_measure: bool) -> list[tuple]:
    """The answer's figures (value, kind, text, metric terms) of the same kind as a threshold;
    with ``by_measure``, only those beside the words of the threshold's own measure ("a
    detection rate of at least 95 percent and a false alarm rate below 2 percent")."""
    same = [f for f in figures if f[1] == kind]
    if by_measure:
        at = req_text.find(phrase)
        metric = _metric(req_text, at) if at >= 0 else set()
        if at >= 0:   # "flagging no more than 5 percent of non-threatening items"
            metric |= _metric_after(req_text, at + len(phrase))
        same = [f for f in same if f[3] & metric]
    return same


def _number_conflict(req_text: str, resp: str, same_measure: bool = False) -> tuple[str | None, bool]:
    """(conflict, answer gives a comparable figure).  With ``same_measure`` (or when the
    requirement sets several thresholds) a figure only counts beside the words of its measure."""
    req_text, resp = _digits(req_text), _digits(resp)
    want = _req_thresholds(req_text)
    if not want:
        return None, True
    spans = [(d.start, d.end) for d in find_durations(resp)] + [(m.start(), m.end()) for m in _RANGE_OF.finditer(resp)]
    got = []
    for m in _ANYNUM.finditer(resp):
        if any(s <= m.start() < e for s, e in spans) or _IDENT.search(resp[max(0, m.start() - 8):m.end() + 8]):
            continue   # a duration, a clause number, or a scale ("a score between 0 and 1")
        if re.match(r"\s*(?:minutes?|hours?|days?|weeks?|months?|years?|milliseconds?|seconds?|-day|-hour)\b",
                    resp[m.end():m.end() + 14], re.I):
            continue
        value = _num(m.group(1))
        if 1900 <= value <= 2100 and not m.group(2):
            continue  # a year
        lower = bool(_LOWER_BETTER.search(resp[max(0, m.start() - 40):m.start()]))
        for v, low, k, conv in _readings(value, bool(m.group(2)), lower):
            where = _metric(resp, m.start()) | _metric_after(resp, m.end())
            got.append(((v, k, m.group(0).strip(), where, _per_hours(resp, m.end())), low, conv))
    satisfied = False
    by_measure = len(want) > 1 or same_measure
    for value, kind, higher, phrase in want:
        # "an error rate of 1.5 percent" answers "accuracy of at least 98 percent" as 98.5 percent;
        # "90 percent sensitivity" answers "a sensitivity of at least 0.92" as 0.90.  A figure read
        # in another form must sit beside the threshold's own measure.
        fit = [(g, conv) for g, low, conv in got if low == (not higher)]
        same = (_comparable([g for g, conv in fit if not conv], kind, req_text, phrase, by_measure) +
                _comparable([g for g, conv in fit if conv == "form"], kind, req_text, phrase, True) +
                _comparable([g for g, conv in fit if conv == "complement"], kind, req_text, phrase, by_measure))
        if not same:
            continue
        satisfied = True
        at = req_text.find(phrase)
        per = _per_hours(req_text, at + len(phrase)) if at >= 0 else None

        def rate(g: tuple) -> float:   # "2 per hour" against "5 per 8-hour shift": compare per hour
            return g[0] / g[4] * per if per and g[4] else g[0]
        ok = [g for g in same if (rate(g) >= value if higher else rate(g) <= value)]
        if not ok:
            g = min(same, key=lambda g: abs(rate(g) - value))
            if rate(g) != g[0]:
                return (f"offers {g[2]} per {g[4]:g} h, about {rate(g):g} per {per:g} h, where the solicitation "
                        f"requires {phrase}"), True
            written = _num(re.match(r"[\d,.]+", g[2]).group(0).rstrip(".,"))
            read = "" if abs(written - g[0]) < 1e-9 else f" (that is {g[0]:g})"
            return f"offers {g[2]}{read} where the solicitation requires {phrase}", True
    return None, satisfied


_COUNT = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                    r"((?:[\w-]+\s+){0,2}[\w-]+)", re.I)


def _count_conflict(req_text: str, resp: str) -> str | None:
    """"two hands-on training sessions" answered by "one hands-on training workshop"."""
    if re.match(r"\s*(?:phase|wave|stage|step|increment|release|sprint)\s+\w+\s*\|", resp, re.I):
        return None   # "Phase 1 | months 1-3 | two pilot sites": one step of a schedule, not the total
    dur = [(d.start, d.end) for d in find_durations(req_text)]
    for m in _COUNT.finditer(req_text):
        if any(s <= m.start() < e for s, e in dur):
            continue
        want = _COUNT_WORDS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 0)
        noun = set(terms(m.group(2)))
        if want < 2 or not noun:
            continue
        rdur = [(d.start, d.end) for d in find_durations(resp)]
        for r in _COUNT.finditer(resp):
            if any(s <= r.start() < e for s, e in rdur):
                continue
            got = _COUNT_WORDS.get(r.group(1).lower()) or (int(r.group(1)) if r.group(1).isdigit() else 0)
            if got and got < want and len(noun & set(terms(r.group(2)))) >= min(2, len(noun)):
                return f"offers {r.group(0)} where the solicitation requires {m.group(0)}"
    return None


def _scale_conflict(req_text: str, resp: str) -> str | None:
    for name, pattern, order in _SCALES:
        def levels(text: str) -> list[int]:
            out = []
            for m in pattern.finditer(text):
                word = next(g for g in m.groups() if g).lower().replace("-", " ")
                word = re.sub(r"\s+", " ", word)
                if word in order:
                    out.append(order.index(word))
            return out
        want, got = levels(req_text), levels(resp)
        if want and got and max(got) < max(want):
            return f"offers {order[max(got)]} where the solicitation requires {order[max(want)]} ({name})"
    return None


# ----------------------------------------------------------------------------------------------
# Commitment strength


def _self_names(units: list[Unit]) -> set[str]:
    """How the proposal names its author: "we", plus names that often precede "will"."""
    names: Counter = Counter()
    for u in units:
        for m in re.finditer(r"\b([A-Z][\w-]+)(?:['’]s\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:will|shall|is|has|commits)\b", u.text):
            names[m.group(1)] += 1
    return {"we", "our", "us"} | {n.lower() for n, c in names.items() if c >= 2 and n.lower() not in _STOP}


def _main_clause(text: str, pos: int) -> bool:
    """True when position ``pos`` is not inside a subordinate clause of its sentence."""
    start = max(text.rfind(c, 0, pos) for c in ".;:,") + 1
    return not _SUBORDINATOR.search(text[start:pos])


def _verb_key(word: str) -> str:
    word = word.lower()
    return _fold(stem(_IRREGULAR.get(word, word)))


def _refusal(req: _Req, resp: str) -> str | None:
    for m in _NEGATION.finditer(resp):
        if not _main_clause(resp, m.start()):
            continue
        tail = resp[m.end(): m.end() + 120]
        tail = re.split(r"[.;]", tail)[0]
        if re.search(r"\b(?:if|unless|until)\b", tail):
            continue  # "the release does not ship if recall falls below 0.98" is a gate, not a refusal
        passive = re.match(r"\s*(?:be\s+|been\s+)?(\w+(?:ed|en|wn))\b", tail)
        if passive and (passive.group(0).lstrip().startswith("be") or re.match(r"(?:is|are)\b", m.group(0), re.I)):
            duty = re.search(r"\b(?:shall|must|will|required\s+to)\s+(?:\w+ly\s+)?(\w+)", req.ob.text, re.I)
            if not duty or not set(terms(passive.group(1))) & set(terms(duty.group(1))):
                continue  # "entries cannot be altered", "a filing is not rejected automatically": a safeguard
        if req.idents and not re.search(r"\bcompl", tail, re.I):
            continue  # "we do not use covered equipment" complies with a clause that prohibits it
        if _ACTIVE_NOT.fullmatch(m.group(0)):
            verb = re.match(r"\s*(?:\w+ly\s+)?(\w+)", tail)
            duty = re.search(r"\b(?:shall|must|will|required\s+to)\s+(?:\w+ly\s+)?(\w+)", req.ob.text, re.I)
            allowed = {_verb_key(w) for w in _GIVING + ([duty.group(1)] if duty else [])}
            if verb and _verb_key(verb.group(1)) not in allowed:
                continue
        head = resp[max(resp.rfind(c, 0, m.start()) for c in ".;") + 1: m.start()]
        shared = (set(terms(tail)) | set(terms(head))) & set(req.weights)
        weight = sum(req.weights[t] for t in shared) / req.total
        # "Model weights are our trade secrets" refuses one of the things the requirement lists
        subject = set(terms(head))
        item = bool(subject) and any(subject <= set(ts) for ts in map(terms, _elements(_requirement_body(req.ob.text))))
        if weight >= 0.2 or item:
            return f"the proposal declines: '{resp[m.start():m.end() + len(tail)].strip()[:120]}'"
    return None


_APPROVAL_BEFORE = re.compile(r"\b(?:approv\w*|notif\w*|notice|inform\w*)\b[^.;]{0,100}?\b(?:before|prior\s+to)\b|"
                              r"\bprior\s+(?:written\s+)?(?:approv|notice|notif)", re.I)
_AFTER_THE_FACT = re.compile(r"\b(?:after|once|following)\s+(?:it|they|the\s+\w+|each\s+\w+)?\s*(?:is\s+|are\s+|has\s+been\s+)?"
                             r"(?:goes?\s+live|went\s+live|deploy\w*|released|roll(?:ed|s)?\s+out|"
                             r"placed\s+in(?:to)?\s+production|in\s+production|promot\w*|install\w*)|"
                             r"\b(?:after|following)\s+(?:the|each|any|a|every)\s+(?:[\w-]+\s+)?"
                             r"(?:move|change|switch|upgrade|replacement|migration|cutover)\b|"
                             r"\b(?:in|with|at)\s+the\s+(?:next|following)\s+(?:[\w-]+\s+){0,3}(?:report|meeting|review|briefing)\b|"
                             r"\bin\s+the\s+release\s+notes\b",
                             re.I)


def _approval_after(req_text: str, resp: str) -> str | None:
    """Approval required before a change, answered by notice after it ("the COR receives a
    written summary within five business days after it goes live")."""
    if not _APPROVAL_BEFORE.search(req_text) or re.search(r"\bapprov|\bbefore\b|\bprior\s+to\b|\bin\s+advance\b", resp, re.I):
        return None
    m = _AFTER_THE_FACT.search(resp)
    if m:
        return f"approval or notice is required before the change; the proposal informs after it: '{m.group(0)}'"
    return None


_INDEPENDENT = re.compile(r"\b(?:independent|third[\s-]party|external|outside)\b[^.;]{0,40}\b(?:red[\s-]?team\w*|test\w*|"
                          r"assess\w*|evaluat\w*|audit\w*)|\b(?:red[\s-]?team\w*|test\w*|assess\w*|evaluat\w*|audit\w*)"
                          r"[^.;]{0,40}\b(?:independent|third[\s-]party)\b", re.I)
_OWN_TEAM = re.compile(r"\b(?:our|its|the\s+[\w-]+)\s+(?:own\s+)?(?:development|engineering|product|internal|in-house|"
                       r"data\s+science|delivery|ml)\s+(?:team|staff|engineers)\b|\bin-house\b|"
                       r"\bour\s+own\s+(?:team|staff|engineers|developers)\b", re.I)


def _independence_conflict(req_text: str, block: str) -> str | None:
    """Independent testing required; the answer's testers are the vendor's own developers."""
    if not _INDEPENDENT.search(req_text) or re.search(r"\b(?:independent|third[\s-]party|external|outside)\b", block, re.I):
        return None
    m = _OWN_TEAM.search(block)
    return f"the solicitation requires an independent tester; the proposal uses '{m.group(0)}'" if m else None


_STAYS_INSIDE = re.compile(r"\b(?:only|solely|exclusively)\b[^.;]{0,100}\b(?:within|inside)\b|"
                           r"\b(?:remains?|stays?|resides?)\s+(?:within|inside)\b|\bnot\s+leave\b|"
                           r"\bnot\s+(?:send|transmit|transfer|share|disclose|expose)\b[^.;]{0,100}\b(?:outside|external|"
                           r"third[\s-]part\w*|hosted\s+by\s+others)\b", re.I)
def _affirmed(pattern: re.Pattern, resp: str, stops: str) -> re.Match | None:
    """The first match of ``pattern`` in a main clause of ``resp`` that no negation governs."""
    for m in pattern.finditer(resp):
        clause = resp[max(resp.rfind(c, 0, m.start()) for c in stops) + 1:m.start()]
        if _main_clause(resp, m.start()) and not re.search(r"\b(?:not|never|no|nothing|none|without)\b", clause, re.I):
            return m
    return None


_MOVES_OUT = re.compile(r"\bexport(?:s|ed|ing)?\b|\b(?:transferr?\w*|cop(?:y|ied|ies)|mov(?:e|ed|es)|sen[dt]|ship(?:s|ped)?|"
                        r"download\w*|replicat\w*)\b[^.;]{0,100}?\b(?:to|into|out\s+of|outside)\b|"
                        r"\b(?:through|via|to|by|on)\s+(?:[\w-]+,?\s+){0,3}?(?:an?\s+)?(?:commercial|third[\s-]party|external|"
                        r"public[\s-]cloud)\s+(?:[\w-]+\s+){0,2}?(?:API|service|endpoint|provider|cloud)s?\b", re.I)


def _boundary_breach(req_text: str, resp: str) -> str | None:
    """Data required to stay inside a boundary; the answer moves it out ("fine-tuned in our
    Austin lab on a sample of filings exported for that purpose")."""
    m = _STAYS_INSIDE.search(req_text) and _affirmed(_MOVES_OUT, resp, ".;,")
    return f"the data must stay inside the boundary; the proposal moves it: '{resp[m.start():m.end() + 40].strip()}'" if m else None


_REVIEW_FIRST = re.compile(r"\b(?:until|before|unless|only\s+after|without)\b[^.;]{0,100}\b(?:review\w*|approv\w*|confirm\w*|accept\w*|"
                           r"verif\w*|validat\w*|sign\w*\s+off)\b|\b(?:review\w*|approv\w*|confirm\w*|verif\w*)\b[^.;]{0,60}"
                           r"\b(?:before|prior\s+to)\b", re.I)
_BYPASS = re.compile(r"\b(?:directly|automatically|auto-?(?:post|accept|approv|apply|publish|releas)\w*|straight\s+(?:to|into)|"
                     r"without\s+(?:human\s+|manual\s+|further\s+)?(?:review|approval|confirmation|intervention))\b", re.I)


def _bypass_conflict(req_text: str, resp: str) -> str | None:
    """A person must review (approve, confirm) before something happens; the answer lets it
    happen directly ("values with confidence of 0.97 or higher are posted directly to the
    database")."""
    m = _REVIEW_FIRST.search(req_text) and _affirmed(_BYPASS, resp, ".;")
    return f"the solicitation requires review first; the proposal lets it happen '{m.group(0)}'" if m else None


def _prohibition_breach(req: _Req, resp: str) -> str | None:
    m = _RESERVE.search(resp)
    if m:
        verbs = set(terms(resp[m.end():m.end() + 60])) & set(req.weights)
        if verbs:
            return f"the proposal keeps a right the solicitation forbids: '{resp[m.start():m.end() + 60].strip()}'"
    return None


def _weak(resp: str, selfs: set[str]) -> str | None:
    for m in _WEAK.finditer(resp):
        if _main_clause(resp, m.start()):
            return m.group(0)
    names = "|".join(re.escape(s) for s in sorted(selfs, key=len, reverse=True))
    m = re.search(rf"\b(?:{names})\b(?:\s+[\w-]+){{0,2}}\s+({_WEAK_MODAL})\b", resp, re.IGNORECASE)
    if m:
        return m.group(1)
    return None


# list elements ("precision, recall, and officer override rates")

_LIST_LEAD = re.compile(r"\b(?:including|includes|include|with|of|showing|describing|that\s+lists|lists|against|"
                        r"identifying|covering|containing|for|that\s+(?:identifies|names|records|describes|covers|"
                        r"contains|shows|states|specifies))\s+(?:the\s+|its\s+|their\s+|all\s+|any\s+|each\s+|every\s+)?",
                        re.I)


_VERB_AND = re.compile(r",?\s+and\s+(?:(?:shall|must|will)\s+(?=\w)|(?=(?:provide|deliver|submit|describe|identify|maintain|"
                       r"document|display|report|notify|retain|update|include|explain|demonstrate|list|state|ensure|"
                       r"obtain)\b))", re.I)


_IMPERATIVE = re.compile(r"^(?:identify|list|name|provide|describe|deliver|submit|state|include|report|record|"
                         r"document|display|show|flag|log|retain|maintain|specify|explain|give)\s+", re.I)


def _elements(body: str) -> list[str]:
    """The items a requirement enumerates: "precision, recall, and officer override rates",
    "including publisher, version, and license", or coordinated duties "identify a manager and
    provide a resume" (and the items each of those duties lists).  Lists of participles
    ("corrupted, missing and falsified observations") describe one thing and are not split."""
    body = re.split(r"[.;]", body)[0]
    verb_parts = _VERB_AND.split(body)
    if len(verb_parts) == 2 and all(terms(p) for p in verb_parts) and len(terms(body)) >= 3:
        # "evaluate performance for rural, urban and tribal addresses and report the results"
        return [item for part in verb_parts for item in (_list_items(part) or [part])]
    return _list_items(body)


def _list_items(body: str) -> list[str]:
    parts = [p.strip() for p in re.split(r",\s*", body)]
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
                items[0] = re.sub(r"^.*?\b(?:shall|must|will|required\s+to)\s+(?:not\s+)?\w+\s+", "", items[0])
                if first == 1 and _IMPERATIVE.match(items[0]):   # a bullet: "identify the affected substation"
                    items[0] = _IMPERATIVE.sub("", items[0], count=1)
                items[0] = re.sub(r"^(?:the|its|their|all|any|each|every)\s+", "", items[0])
            last = re.sub(r"^(?:and|or)\s+", "", items[-1])
            last = re.split(r"\s+(?:to|for|in|on|at|before|after|within|from|used|by|that|which)\s+", last)[0]
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
                         r"\bin\s+transfer\b", re.I)


def _missing_sides(body: str, answer: str) -> list[str]:
    """"Encrypt data at rest and in transit" answered for one side only."""
    if not (re.search(r"\bat\s+rest\b", body, re.I) and re.search(r"\bin\s+transit\b", body, re.I)):
        return []
    return [side for side, pat in (("at rest", _AT_REST), ("in transit", _IN_TRANSIT)) if not pat.search(answer)]


def _missing_elements(req: _Req, unit: Unit, matcher: _Matcher, extra: list[Unit]) -> list[str]:
    body = _requirement_body(req.ob.text)
    figures = _missing_figures(body, unit.context or unit.text) + _missing_sides(body, unit.context or unit.text)
    if figures:
        return figures
    items = _elements(body)
    if len(items) < 2:
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
        ts = own or ts
        if not ts:
            continue
        if not any(t in have or t in unit.head or _derived(t, have) for t in ts):
            missing.append(item.strip())
    return missing


# ----------------------------------------------------------------------------------------------
# Judgement


def _time_met_elsewhere(req: _Req, unit: Unit, matcher: _Matcher) -> bool:
    """Another passage that also answers the requirement meets its time limit ("request an
    export at any time" in one section, "exports are delivered within two business days" in
    a service-level table)."""
    for sc, j in req.candidates[:6]:
        other = matcher.units[j]
        if sc < (SCALE_NEAR if other.row else NONE_BELOW) or other is unit:
            continue   # a service-level table row names its measure in few words
        conflict, ok = _duration_conflict(req.ob.text, other.text)
        if ok and conflict is None and quantities(other.text):
            return True
    return False


def judge(req: _Req, unit: Unit | None, score: float, matcher: _Matcher, selfs: set[str],
          topic: Unit | None = None) -> tuple[str, str]:
    """Status and reason for one requirement.  ``topic`` is a unit under a heading named for the
    requirement's subject, used when no passage matches well enough on its words."""
    if unit is None or score < NONE_BELOW:
        if topic is None:
            return "not addressed", "no passage of the proposal answers this requirement"
        unit, score = topic, min(score, NONE_BELOW)
    text = req.ob.text
    resp = unit.text
    block = unit.context or resp
    dur, dur_ok = _duration_conflict(text, resp)
    if dur is None and not dur_ok:
        dur, dur_ok = _duration_conflict(text, block)
    num, num_ok = _number_conflict(text, resp)
    if num is None and not num_ok:
        num, num_ok = _number_conflict(text, block)
    conflict = (dur or num or _count_conflict(text, resp) or _scale_conflict(text, resp) or
                _scale_conflict(text, block))
    # the answer lets data leave a required boundary, or skips a required review
    conflict = conflict or _boundary_breach(text, resp) or _bypass_conflict(text, resp)
    if conflict:
        return "contradicted", conflict
    if req.ob.modality == "prohibition":
        breach = _prohibition_breach(req, resp)
        if breach:
            return "contradicted", breach
        if not _RESTRICTS.search(block):
            commit = next((m for m in re.finditer(r"\b(?:will|shall|plans?\s+to|intends?\s+to)\s+(?:\w+ly\s+)?\w+",
                                                  resp, re.IGNORECASE) if _main_clause(resp, m.start())), None)
            if commit:
                # "Kestrel will add de-identified pilot images to the shared training pool" against
                # "shall not use images collected under this contract to train other models"
                return "contradicted", f"the proposal commits to what the solicitation forbids: '{resp[:120]}'"
            # "Key personnel are Dana and Tomas" does not answer "shall not substitute key personnel"
            return "not addressed", "the answer names the subject but does not commit to the restriction"
    else:
        refusal = (_refusal(req, resp) or _approval_after(text, resp) or (block != resp and _refusal(req, block)) or
                   _independence_conflict(text, block))
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
    weak = _weak(resp, selfs)
    if weak:
        return "partially addressed", f"the answer is not a firm commitment ('{weak}')"
    defer = _DEFER.search(resp)
    if defer:
        return "partially addressed", f"the answer defers the commitment ('{defer.group(0)}')"
    if not dur_ok and not _time_met_elsewhere(req, unit, matcher):
        return "partially addressed", "the requirement sets a time limit or frequency; the answer gives none"
    unmet = _unmet_figures(text, block)
    if unmet:
        return "partially addressed", "the requirement sets a figure the answer does not give: " + "; ".join(unmet)
    extra = []
    if req.ob.bearer in ("Offeror", "Quoter", "offeror", "quoter"):
        # an instruction to describe something is often answered across several sections
        extra = [matcher.units[i] for sc, i in req.candidates if sc >= NONE_BELOW and matcher.units[i] is not unit]
    missing = _missing_elements(req, unit, matcher, extra)
    if missing:
        return "partially addressed", "the answer leaves out: " + "; ".join(missing)
    if unit is topic:
        heading = unit.headings[-1] if unit.headings else unit.location.describe()
        return "partially addressed", (f"the proposal gives this subject a section (\"{heading}\"), "
                                       "but its text covers only part of the requirement")
    measured = (dur_ok and bool(quantities(text))) or (num_ok and bool(_req_thresholds(text)))
    if req.ctx_credit != CTX_CREDIT:
        # the paragraph helped find the answer; the sentence itself must carry a full one
        score = min(score, matcher.score_unit(req, unit, CTX_CREDIT))
    if score < FULL_FROM and not measured:
        # a thin match, unless the answer meets the requirement's own number ("ready within
        # 36 hours" for "process ... within 48 hours"): few shared words, but the same measure
        return "partially addressed", "the closest answer covers only part of the requirement"
    return "addressed", "answered"


def _rule_category(req: Obligation, packs) -> tuple[str, str | None]:
    """Category and severity of the first pack concept the requirement is about."""
    concepts = concept_sets([req.text], packs)[0]
    for pack in packs:
        for rule in pack.rules:
            if rule.id in concepts:
                return rule.category, rule.severity
    return "traceability", None


CONCEPT_BOOST = 1.05  # a passage on the same pack concept as the requirement (e.g. red teaming)


def concept_sets(texts: list[str], packs) -> list[set[str]]:
    """For each text, the pack rules whose anchor phrases it contains (normalised-token match
    through one inverted index, so this stays linear in the number of texts)."""
    from .rules.match import phrase_key

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


def match_requirements(requirements: list[Obligation], units: list[Unit], packs=()) -> tuple[_Matcher, list[_Req], list, dict]:
    """Score and assign: for each requirement (unit index or None, coverage, shared); and, for
    the requirements left without a good match, the best unit of a section named for their
    subject ({requirement index: unit index})."""
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
    sections = _section_index(units)
    citing = [i for i, u in enumerate(units) if u.cites and not u.pointer]
    for k, req in enumerate(reqs):
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
    assigned = _assign(reqs)
    topics: dict[int, int] = {}
    for r, req in enumerate(reqs):
        if assigned[r][1] < NONE_BELOW and (cands := matcher.topic_units(req)):
            topics[r] = max(cands, key=lambda i: (matcher.score(req, i), -i))
    return matcher, reqs, assigned, topics


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
    times = bool(quantities(text)) and not _duration_conflict(text, said)[1]
    for sc, j in req.candidates:
        if sc < SCALE_NEAR:
            break
        other = units[j].text
        clash = _scale_conflict(text, other)
        if not clash and figures:
            clash = _number_conflict(text, other, same_measure=True)[0]
        if not clash and times and sc >= NONE_BELOW:
            clash = _duration_conflict(text, other)[0]
        if not clash:
            clash = _bypass_conflict(text, other) or _boundary_breach(text, other)
        if clash:
            return units[j], sc, "contradicted", clash
    for sc, j in req.aside:
        # a passage that cannot answer the requirement can still go against it
        clash = _approval_after(text, units[j].text) if sc >= NONE_BELOW else None
        if clash:
            return units[j], sc, "contradicted", clash
    return None


def trace(solicitation: Document, sol_obligations: list[Obligation], proposal: Document,
          prop_obligations: list[Obligation], packs=()) -> tuple[tuple[TraceEntry, ...], list[Finding]]:
    """Traceability entries for every solicitation requirement, and findings for the gaps."""
    from .rules.engine import finding_id

    units = proposal_units(proposal)
    requirements = [o for o in sol_obligations if is_requirement(o)]
    matcher, reqs, assigned, topics = match_requirements(requirements, units, packs)
    selfs = _self_names(units)
    entries: list[TraceEntry] = []
    findings: list[Finding] = []
    for r, (req, (i, score, _reused)) in enumerate(zip(reqs, assigned)):
        unit = units[i] if i is not None else None
        topic = units[topics[r]] if r in topics else None
        status, reason = judge(req, unit, score, matcher, selfs, topic)
        if status != "contradicted":
            near = _near_conflict(req, units, status, unit)
            if near:
                unit, score, status, reason = near
        if topic is not None and status != "not addressed" and (unit is None or score < NONE_BELOW):
            unit = topic
        ob = req.ob
        if status == "not addressed" and req.candidates:
            # point the reviewer at the nearest miss, so a paraphrased answer is quick to confirm
            near = units[req.candidates[0][1]]
            if req.candidates[0][0] >= 0.1:
                snippet = near.text if len(near.text) <= 140 else near.text[:139] + "…"
                reason += f"; the closest passage ({near.location.describe()}) reads: \"{snippet}\""
        response = None if unit is None or status == "not addressed" else Evidence(text=unit.text, location=unit.location)
        entries.append(TraceEntry(requirement=ob, status=status, response=response, reason=reason))
        if status in ("not addressed", "contradicted"):
            category, severity = _rule_category(ob, packs)
            where = ob.location.describe()
            evidence = [Evidence(text=ob.text, location=ob.location)]
            if response is not None:
                evidence.append(response)
            findings.append(Finding(
                id=finding_id("traceability", ob.id, proposal.path), rule_id=f"TRACE-{ob.id[3:]}",
                pack="traceability", title=f"Requirement {status}: {ob.text[:90]}",
                category=category, severity=severity or ("high" if status == "contradicted" else "medium"),
                status="conflict" if status == "contradicted" else "missing",
                message=f"Solicitation {solicitation.path} ({where}): {reason}.",
                document=proposal.path, evidence=tuple(evidence),
                citations=(CitationModel(source=solicitation.path, ref=ob.location.section or where),),
            ))
    return tuple(entries), findings
