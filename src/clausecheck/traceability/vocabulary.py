"""Words and terms: stop words, synonym families, irregular verbs, phrases folded to one term, and
the content terms of a text."""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar

from ..rules.match import stem, tokens

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
    ("log", "log record journal ledger"),
    ("crypto", "encrypt encryption cryptographic tls"),
    ("weight", "weight parameter"),
    ("handoff", "handoff hand transfer escalate"),
    ("vulnerab", "vulnerability weakness"),
    ("comply", "comply compliance conform conformance"),
    ("bias", "bias disparity disparate fairness"),
    ("dataset", "dataset corpus corpora data"),
    ("arrive", "arrive arrival receipt incoming inbound"),
    ("factor", "factor feature driver"),
    ("flag", "flag mark tag"),
    ("recalib", "recalibrate recalibration recalibrated refit refitting reestimate reestimated reestimation"),
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
    ("query", "query question search"),
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
    ("adversar", "adversarial adversary hostile"),
    ("test", "test exercise trial probe stress challenge"),
    ("determine", "determine decide"),
    ("merge", "merge join"),
    ("unknown", "unknown unidentified"),
    ("animal", "animal wildlife"),
    ("split", "split divide"),
    ("modify", "modify modification edit"),
    ("type", "type class kind"),
    ("delay", "delay postpone"),
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

_IDENT = re.compile(r"\b(?:\d{2,4}\.\d{3}-\d{1,4}|800-\d{2,3}[A-Za-z]?|\d{3,5}\.\d{2,4}|(?<=Section\s)\d{3,4}|508(?=[\s-]+(?:Standards?|complian\w*|conforman\w*|conformant|accessib\w*)\b))\b")
_PREFIX = 6

# ----------------------------------------------------------------------------------------------
# Terms


def _fold(stemmed: str) -> str:
    if stemmed in _IRREGULAR:
        stemmed = stem(_IRREGULAR[stemmed])
    if stemmed in _SYNONYMS:
        return _SYNONYMS[stemmed]
    if stemmed.isdigit() or any(ch.isdigit() for ch in stemmed):
        return stemmed
    # words that share six letters but not a meaning: "response" is not "responsibility" or
    # "responsive"; "accessibility" (for people with disabilities) is not "access" (to data)
    for long in _DISTINCT_PREFIXES:
        if stemmed.startswith(long):
            return long
    return stemmed[:_PREFIX]


_DISTINCT_PREFIXES = ("responsib", "responsiv", "accessibi")


_PEOPLE = (r"(?:staff|users?|operators?|examiners?|personnel|employees|adjudicators?|people|workforce|officers?|"
           r"analysts?|inspectors?|reviewers?|writers?|agents?|clinicians?|forecasters?|maintainers?|teams?|"
           r"coders?|meteorologists?|planners?|managers?|clerks?|specialists?|investigators?|nurses?|physicians?|"
           r"radiologists?|engineers?|scientists?|technicians?|dispatchers?|screeners?|keyers?|assessors?|"
           r"caseworkers?|controllers?|evaluators?|new\s+hires|end\s+users|trainees|instructors?|testers?|raters?|"
           r"graders?|schedulers?|attorneys?|paralegals?|stewards?|curators?|supervisors?|marshals?|watchstanders?|crews?|"
           r"auditors?|linguists?|translators?|interpreters?|editors?|archivists?|librarians?|microscopists?|"
           r"technologists?|\w+ologists?|statisticians?|economists?|counselors?|officials?)")
# the area under the ROC curve by its common names ("area under the receiver operating characteristic
# curve", "AUROC", "ROC AUC"); the area under the precision-recall curve is another measure
AUC_NAMES = re.compile(r"\barea\s+under\s+the\s+(?:receiver[\s-]operating[\s-]characteristic|ROC)\s+curve"
                       r"(?:\s*\(\s*(?:AU)?ROC(?:[\s-]AUC)?\s*\))?|\bAUROC\b|\bROC[\s-]AUC\b", re.I)
_PHRASES = [
    # training people is not training a model: "deliver two training sessions for control room
    # operators" is not answered by "we train one ensemble per control center"
    # ("a model trained on tester scores" is no training of testers: no preposition in between)
    (re.compile(r"\btrain(?:s|ed|ing)?\s+(?=(?:(?!(?:on|with|using|from|against|over|by)\b)[\w-]+\s+){0,4}?" + _PEOPLE +
                r"\b)", re.I), " stafftrain "),
    # "Training on interpreting risk scores will be offered to enforcement staff", "training for the
    # regional offices"
    (re.compile(r"\btraining\b(?!\s+(?:data|sets?|images?|code|pipelines?|runs?|corpus|examples?|labels?|splits?|"
                r"records?|samples?)\b)(?=[^.;]{0,80}?\b(?:to|for)\s+(?:the\s+|all\s+|our\s+|its\s+|each\s+)?(?:[\w-]+\s+){0,3}?"
                r"(?:" + _PEOPLE + r"|(?:regional\s+|field\s+)?offices)\b)", re.I), lambda m: m.group(0) + " stafftrain "),
    # training a person takes: "must complete HUD Cybersecurity Awareness and Privacy training"
    # (not the title of a cited clause: "FAR 52.224-3, Privacy Training (JAN 2017)")
    (re.compile(r"\b(?:complet(?:e|es|ed|ing)|completion\s+of|attend(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,6}?training\b"
                # ("the IRS unauthorized access (UNAX) awareness briefing": a briefing of that kind too)
                r"(?!\s*\(\s*[A-Z]{3})|\b(?:awareness|confidentiality|ethics|refresher|role-based)\s+(?:training|briefings?)\b"
                r"(?!\s*\(\s*[A-Z]{3})", re.I), lambda m: m.group(0) + " stafftrain "),
    # "attorney and paralegal training": people coordinated before the word
    (re.compile(r"\b" + _PEOPLE + r"\s+(?:(?:and|or)\s+[\w-]+\s+|\w+\s+)?training\b", re.I),
     lambda m: m.group(0).rsplit(" ", 1)[0] + " stafftrain "),
    (re.compile(r"\btraining\s+(?=(?:sessions?|materials?|courses?|workshops?|webinars?|curricul\w*|classes|modules?)\b)", re.I),
     " stafftrain "),
    # words that only ever mean teaching people: "a two-day course", "onboarding workshops"
    (re.compile(r"(?<!of\s)(?<!the\s)\b(?:workshops?|courses?|curricul(?:um|a)|onboarding|instructor[\s-]led|webinars?|"
                r"tutorials?|knowledge\s+transfer|familiari[sz]ation|e-?learning|coaching|train-the-trainer)\b", re.I),
     lambda m: m.group(0) + " stafftrain "),
    # who teaches and how: "taught by our lead trainer", "a half-day hands-on session", "three
    # classroom sessions for load planners"
    (re.compile(r"\b(?:trainers?|taught|hands-on\s+(?:sessions?|instruction|exercises?|labs?)|classroom|"
                r"sessions?\b(?=[^.;]{0,40}?\b(?:for|with)\s+(?:the\s+|our\s+|all\s+|its\s+)?(?:[\w-]+\s+){0,4}?" + _PEOPLE +
                r"\b))", re.I),   # ("an on-site session at the depot for up to 30 depot inspectors")
     lambda m: m.group(0) + " stafftrain "),
    # pages counted in a volume of work ("150,000 pages per business day"), though "page" alone
    # is a word of the document's own layout
    # (or right after a figure read on its own: "60,000 | pages per business day")
    (re.compile(r"(?:\b\d[\d,.]*\s+(?:[\w-]+\s+)?|^\s*)pages\b", re.I), lambda m: m.group(0) + " pagecount "),
    # "each year", "every month", "once a quarter": the same schedule as "annually", "monthly"
    (re.compile(r"\b(?:each|every|per|once\s+(?:a|per|each|every))\s+(year|month|week|day|quarter)\b", re.I),
     lambda m: {"year": " annually ", "day": " daily "}.get(m.group(1).lower(), f" {m.group(1).lower()}ly ")),
    # "every twelve months", "every three months": the same schedules again (a span no single word
    # names, "every six months", stays as it is: folding it adds a rare term to the requirement)
    (re.compile(r"\b(?:each|every|once\s+(?:a|per|each|every))\s+(12|twelve|3|three)\s+months\b", re.I),
     lambda m: " annually " if m.group(1).lower() in ("12", "twelve") else " quarterly "),
    # "our backtests showed that ...": shown to be, not shown on a screen
    (re.compile(r"\bshowed\b|\bshows\s+that\b", re.I), " demonstrated "),
    # "roll back the system": a rollback
    (re.compile(r"\broll(?:s|ed|ing)?[\s-]+back\b", re.I), " rollback "),
    # "where it came from": its source
    (re.compile(r"\bwhere\s+(?:it|they|each\s+\w+|the\s+\w+)\s+(?:came|comes|come)\s+from\b", re.I), " source "),
    # "AI bill of materials (AI-BOM)", "SBOM", "software bill of materials": one thing, one term
    # an SBOM lists software components; an AI-BOM lists models and data: different deliverables
    (re.compile(r"\b(?:software|spdx|cyclonedx)\s+bills?\s+of\s+materials?(?:\s*\(\s*SBOMs?\s*\))?|\bSBOMs?\b", re.I),
     " sbom "),
    (re.compile(r"\b(?:(?:ai|ml|model|data)\s+)?bills?\s+of\s+materials?(?:\s*\(\s*[A-Za-z]{0,4}-?BOMs?\s*\))?|"
                r"\b(?:ai|ml|d)-?boms?\b", re.I), " billofmaterials "),
    # the area under the ROC curve by its common names (the precision-recall curve's is another measure)
    (AUC_NAMES, " AUC "),
    # a red team is adversarial testing by another name
    (re.compile(r"\bred[\s-]?team(?:s|ing|ed|ers?)?\b", re.I), " adversarial "),
    (re.compile(r"\b(?:usb|thumb|flash|external|portable)\s+(?:drives?|sticks?|storage|media)\b", re.I), " removable media "),
    (re.compile(r"\bIDs?\b"), " identifier "),   # "report IDs" are report identifiers
    (re.compile(r"\btime[\s-]stamp(?:s|ed)?\b|\bstamped\s+with\s+(?:the\s+)?(?:utc\s+)?(?:time|date)\b|"
                r"\butc\s+time\b|\btime\s+in\s+utc\b", re.I),
     lambda m: m.group(0) + " timestamp "),
    # "the date and time of the decision", "the time it was entered": when it happened
    (re.compile(r"\b(?:date\s+and\s+time|time\s+and\s+date|time\s+(?:it|they)\s+(?:was|were))\b", re.I),
     lambda m: m.group(0) + " timestamp "),
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


# Acronyms one document uses where the other writes the words out, so that the two meet even
# where nobody defined the acronym: "Cooperative Patent Classification" and "CPC", "a temporary
# flight restriction" and "a TFR".  Set for the length of one trace (``known_acronyms``).
_KNOWN_ACRONYMS: ContextVar[frozenset] = ContextVar("known_acronyms", default=frozenset())
# Acronyms a document defines ("the character error rate (CER)"): only their own words fold.
_DEFINED_ACRONYMS: ContextVar[tuple | None] = ContextVar("defined_acronyms", default=None)
_ACRONYM_TOKEN = re.compile(r"(?<![\w.-])[A-Z]{3,6}(?![\w-])")
_WORD = re.compile(r"[A-Za-z][\w'’]*")
_LINK_WORDS = ("of", "and", "for", "the", "on", "to")
_BETWEEN = re.compile(r"[\s-]+(?:(?:" + "|".join(_LINK_WORDS) + r")\s+)?")
# capitals that are words, not acronyms ("SHALL", "NOTE", "SECTION")
_PLAIN_CAPS = {"shall", "must", "will", "may", "not", "note", "section", "part", "page", "table", "none", "all",
               "any", "yes", "see", "also", "attachment", "contract", "clause", "task", "order", "item", "items",
               "period", "base", "option", "year", "total", "draft", "final"}


def _acronyms(texts) -> set[str]:
    found = {m.group(0) for text in texts for m in _ACRONYM_TOKEN.finditer(text)}
    return {a for a in found if a.lower() not in _STOP and a.lower() not in _PLAIN_CAPS}


def acronyms_to_fold(solicitation_texts, proposal_texts) -> frozenset:
    """Acronyms that one side uses, and never writes out, where the other side writes them out
    and never uses them.  A document that has both ("PMP certification" beside "Project Management
    Plan") is left as it is."""
    sol, prop = list(solicitation_texts), list(proposal_texts)
    a_sol, a_prop = _acronyms(sol), _acronyms(prop)
    candidates = frozenset(a_sol | a_prop)
    e_sol = {a for text in sol for _s, _e, a in _expansion_runs(text, candidates)}
    e_prop = {a for text in prop for _s, _e, a in _expansion_runs(text, candidates)}
    return frozenset(a for a in candidates
                     if (a in a_prop and a not in e_prop and a in e_sol and a not in a_sol) or
                     (a in a_sol and a not in e_sol and a in e_prop and a not in a_prop))


def acronym_definitions(solicitation_texts, proposal_texts) -> dict[str, frozenset[str]]:
    """Acronyms that a document defines by writing them in brackets after their words, with
    those words ("the character error rate (CER)" gives {"CER": {"character error rate"}}), where
    both documents name the thing, each in either form.  A proposal that never names the
    "Instrumentation Data Historian" in full or as "IDH" keeps its "Historian" against the words."""
    sol, prop = list(solicitation_texts), list(proposal_texts)
    candidates = frozenset(_acronyms(sol + prop))
    found: dict[str, set[str]] = {}
    for text in sol + prop:
        for start, end, acronym in _expansion_runs(text, candidates):
            if re.match(r"\s*\(\s*" + acronym + r"s?\s*\)", text[end:]):
                found.setdefault(acronym, set()).add(" ".join(_WORD.findall(text[start:end])).lower())
    out = {}
    for acronym, phrases in sorted(found.items()):
        named = re.compile(r"(?<![\w.-])" + acronym + r"s?(?![\w-])|" +
                           "|".join(r"\b" + _phrase_source(p) + r"(?:s|es)?\b" for p in sorted(phrases)), re.I)
        if any(named.search(t) for t in sol) and any(named.search(t) for t in prop):
            out[acronym] = frozenset(phrases)
    return out


def _phrase_source(phrase: str) -> str:
    """A pattern for the words of ``phrase``, joined by spaces or hyphens."""
    return r"[\s-]+".join(re.escape(w) for w in phrase.split())


def _definitions_pattern(definitions) -> tuple[re.Pattern, dict[str, str]] | None:
    """One pattern for the defined words of every acronym (plural and possessive forms too),
    and the acronym each of its named groups stands for."""
    phrases = sorted(((phrase, a) for a, words in definitions.items() for phrase in words),
                     key=lambda pa: (-len(pa[0]), pa))
    if not phrases:
        return None
    parts = [f"(?P<d{k}>" + _phrase_source(phrase) + r"(?:s|es|['’]s)?)" for k, (phrase, _a) in enumerate(phrases)]
    return (re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE),
            {f"d{k}": a for k, (_phrase, a) in enumerate(phrases)})


@contextmanager
def known_acronyms(acronyms: frozenset, definitions=None):
    """For the length of the block, fold the written-out forms of ``acronyms`` (found by their
    initials) and of ``definitions`` (found by their defined words only: "charter operators
    receive" is not the COR) into the acronym.  (Writing every acronym out in its words instead
    was measured worse: it adds the words of "COR" and the like to every passage that names them.)"""
    definitions = definitions or {}
    token = _KNOWN_ACRONYMS.set(frozenset(acronyms) - set(definitions))
    token2 = _DEFINED_ACRONYMS.set(_definitions_pattern(definitions))
    try:
        yield
    finally:
        _DEFINED_ACRONYMS.reset(token2)
        _KNOWN_ACRONYMS.reset(token)


def _expansion_runs(text: str, known: frozenset):
    """(start, end, acronym) for each run of words whose initials spell a known acronym.  A run
    of capitalised words counts ("Cooperative Patent Classification"); a run with lower-case
    words counts when none of them is a stop word ("temporary flight restriction")."""
    if not known:
        return
    lengths = sorted({len(a) for a in known}, reverse=True)
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        hit = None
        for k in lengths:
            j, run = i, []
            while j < len(words) and len(run) < k:
                w = words[j].group(0)
                if run and w.lower() in _LINK_WORDS:
                    j += 1
                    continue
                if run and not _BETWEEN.fullmatch(text[words[j - 1].end():words[j].start()]):
                    break
                run.append(w)
                j += 1
            acronym = "".join(w[0] for w in run).upper()
            if len(run) == k and acronym in known and \
                    (all(w[0].isupper() for w in run) or not any(w.lower() in _STOP for w in run)):
                hit = (acronym, j)
                break
        if hit:
            yield words[i].start(), words[hit[1] - 1].end(), hit[0]
            i = hit[1]
        else:
            i += 1


def _fold_known_acronyms(text: str) -> str:
    """The text with each written-out known acronym replaced by the acronym."""
    defined = _DEFINED_ACRONYMS.get()
    if defined is not None:
        pattern, acronym_of = defined
        text = pattern.sub(lambda m: acronym_of[m.lastgroup], text)
    out, last = [], 0
    for start, end, acronym in _expansion_runs(text, _KNOWN_ACRONYMS.get()):
        out.append(text[last:start] + acronym)
        last = end
    return "".join(out) + text[last:] if out else text


# (as is "36 CFR 1194", where they are published)
_WCAG = re.compile(r"\bWCAG\b|\b36\s+C\.?F\.?R\.?\s+(?:Part\s+)?1194\b")


def clause_around(text: str, start: int, end: int, opens: str = ".;") -> str:
    """The clause holding ``text[start:end]``: from the last of ``opens`` before it to the next
    full stop or semicolon after it."""
    lo = max(text.rfind(c, 0, start) for c in opens) + 1
    ends = [e for e in (text.find(c, end) for c in ".;") if e >= 0]
    return text[lo:min(ends) if ends else len(text)]


# a word that negates what follows it in a clause ("never included", "does not show", "can't")
# an adverb before a verb ("shall promptly deliver"); "comply", "apply", "supply", "reply" and "rely"
# end in "ly" but are the verb
ADVERB = r"(?!(?:ap|com|sup|re|multi|im)ply\b|rely\b)\w+ly\s+"
NEGATED = re.compile(r"\b(?:not|never|no|nothing|none|without|cannot|neither|nor)\b|n't\b", re.I)


def sentences(text: str, lines: bool = False) -> list[str]:
    """``text`` cut after each full stop or semicolon (and at line breaks with ``lines``, so the
    rows of a table are apart)."""
    return re.split(r"(?<=[.;])\s+|\n" if lines else r"(?<=[.;])\s+", text)


# clauses that carry out a statute a proposal may name instead: Section 889 of the FY2019 NDAA
# (FAR 52.204-24/-25/-26, covered telecommunications), Section 1634 of the FY2018 NDAA (52.204-23,
# Kaspersky Lab products)
_CLAUSE_ALIASES = {"#889": ("#52.204-24", "#52.204-25", "#52.204-26"), "#1634": ("#52.204-23",)}


# academic degrees by their abbreviations ("an M.S. and a Ph.D. in hydrology" holds a master's degree)
_DEGREE = re.compile(r"(?<![\w.])(?:(?P<master>M\.S(?:c)?\.|MSc|M\.A\.|M\.Eng\.|MEng)|(?P<doctor>Ph\.D\.?|PhD|"
                     r"D\.Sc\.|Sc\.D\.)|(?P<bachelor>B\.S(?:c)?\.|BSc|B\.A\.|B\.Eng\.|BEng))(?!\w)")
_DEGREE_WORD = {"master": "master's degree", "doctor": "doctorate", "bachelor": "bachelor's degree"}


def terms(text: str) -> list[str]:
    """Content terms of ``text``: folded stems, exact clause identifiers ("#52.204-21") and
    plain numbers that name things ("Section 508", "2,500 stations").  Quantities that a
    proposal may legitimately change (durations, percentages, thresholds) are left to the
    quantity checks, as are frequency and time-unit words."""
    text = _fold_known_acronyms(_collapse_acronyms(_DEGREE.sub(lambda m: _DEGREE_WORD[m.lastgroup], text)))
    out = ["#" + m.group(0).lower() for m in _IDENT.finditer(text)]
    if _WCAG.search(text) and "#508" not in out:
        out.append("#508")   # the Revised Section 508 Standards incorporate WCAG 2.0 Level AA
    out += [alias for t in out if t in _CLAUSE_ALIASES for alias in _CLAUSE_ALIASES[t] if alias not in out]
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
        if t in _STOP or (len(t) <= 2 and t != "f1") or t.isdigit() or t in _TIME_WORDS or t in _TIME_STEMS:
            continue
        out.append(_fold(t))
    return out


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
_LEAD_LABEL = re.compile(r"^\s*(?:\(?[a-z0-9]{1,4}[.)]\s+|[A-M]\.\d+(?:\.\d+)*\.?\s+|\d+(?:\.\d+)+\.?\s+|"
                         r"[A-Z]{1,3}-\d+\s+)")


def _requirement_body(text: str) -> str:
    """The requirement without its paragraph label and its "The Contractor shall" lead-in."""
    text = _LEAD_LABEL.sub("", text, count=1)
    text = re.sub(r"^[A-Z][\w\s,-]{0,60}?\.\s+(?=The\s)", "", text)  # "H.1 Incident Reporting. The ..."
    return _SEE_NOTE.sub("", text)


# "(see note #1)", "(see Note#2)", "(see footnote 3)": a pointer to a definition, not a term to answer
_SEE_NOTE = re.compile(r"\s*\((?:see|cf\.?)\s+(?:the\s+)?(?:foot)?notes?\b[^()]{0,12}\)", re.I)


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _verb_key(word: str) -> str:
    word = word.lower()
    return _fold(stem(_IRREGULAR.get(word, word)))


_VERB_AND = re.compile(r",?\s+and\s+(?:(?:shall|must|will)\s+(?=\w)|(?=(?:provide|deliver|submit|describe|identify|maintain|"
                       r"document|display|report|notify|retain|update|include|explain|demonstrate|list|state|ensure|"
                       r"obtain|complete|sign|attend|execute)\b))", re.I)
