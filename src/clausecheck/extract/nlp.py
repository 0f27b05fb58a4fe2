"""The spaCy pipeline: ``spacy.blank("en")`` plus clausecheck's own registered components.

Nothing here needs a downloaded model.  Components (registered with ``Language.factory``):

``cc_clause_segmenter``   sentence boundaries that respect legal abbreviations and numbering
``cc_party_ruler``        party mentions (Contractor, Offeror, COR…) → ``doc.spans["cc_parties"]``
``cc_citation_ruler``     FAR/DFARS/NIST/OMB/CFR/USC/EO references → ``doc.user_data["cc_refs"]``
``cc_deadline_parser``    durations as ISO 8601 → ``doc.user_data["cc_durations"]``
``cc_obligation_detector`` modal triggers with modality and strength → ``doc.user_data["cc_triggers"]``

`get_nlp()` builds the pipeline once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .citations import find_references
from .deadlines import find_durations
from .lexicon import ABBREVIATION_PARTIES, PARTIES, POSSIBLE_EVENTS, SUBORDINATE_BEFORE, TRIGGERS

ABBREVIATIONS = {
    "no", "nos", "sec", "secs", "inc", "corp", "co", "ltd", "llc", "jr", "sr", "mr", "ms", "mrs",
    "dr", "vs", "v", "fig", "figs", "para", "paras", "art", "rev", "vol", "pp", "p", "approx",
    "st", "al", "cf", "id", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "ref", "refs", "attach", "att", "encl", "amend", "mod", "pub", "l",
    "seq", "etc", "e.g", "i.e", "u.s", "u.s.c", "c.f.r", "viz", "ch", "pt", "subpt", "est",
    "max", "min", "dept", "div", "gov", "govt", "admin", "assn", "bros", "ave", "blvd",
}
_ENUM_TOKEN = re.compile(r"^(?:\(?[a-zA-Z]{1,4}\)|\(?\d{1,3}\)|[A-M]\.\d[\d.]*|\d{1,2}(?:\.\d+)*)$")


_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*(?=\s+[A-Z0-9(\"“‘'•\[])|\n")
_LAST_WORD = re.compile(r"(\S+)$")
_LEADING_LABEL_WORD = re.compile(r"[\d.]+|[A-Ma-m]\.[\d.]+|\(?[A-Za-z0-9]{1,4}\)|[A-Za-z]")
# "as quoted in Attachment C. The quoter's …": a letter that names a part of a document is no initial
_NAMED_PART = re.compile(r"\b(?:Attachment|Section|Appendix|Exhibit|Annex|Part|Volume|Table|Figure|Schedule|"
                         r"Tab|Clause|Article|Enclosure|Pool|Phase|Option|Tier)\s+$")


_ZONE_NEXT = re.compile(r"\s+(?:Eastern|Central|Mountain|Pacific|Alaska|Hawaii|Atlantic|Zulu|Local|Universal|"
                        r"(?:[ECMP]|AK|HA?)[SD]?T|ET|CT|MT|PT|UTC|GMT|Z)\b")


def sentence_starts(text: str) -> list[int]:
    """Character offsets where a new sentence starts (after the first)."""
    out = []
    for m in _BOUNDARY.finditer(text):
        if m.group(0) == "\n":
            nxt = m.end()
        else:
            window = text[max(0, m.start() - 40): m.start()]
            w = _LAST_WORD.search(window)
            word = w.group(1) if w else ""
            stem = word.lower().lstrip("([{\"'“‘").rstrip(".")
            if stem in ("a.m", "p.m") and _ZONE_NEXT.match(text, m.end()):
                continue  # "from 7:00 a.m. Eastern Time to 7:00 p.m. Alaska Time": a time zone, not a new sentence
            if stem in ABBREVIATIONS or (len(stem) == 1 and stem.isalpha() and
                                         not _NAMED_PART.search(text, max(0, m.start() - 20), m.start() - 1)):
                continue
            word_start = m.start() - len(word)
            if _LEADING_LABEL_WORD.fullmatch(word) and not text[:word_start].strip() if word_start < 40 else False:
                continue  # "1. The Contractor shall …": a label, not a sentence
            nxt = m.end()
        while nxt < len(text) and text[nxt] in " \t\r\n":
            nxt += 1
        if 0 < nxt < len(text) and (not out or nxt > out[-1]):
            out.append(nxt)
    return out


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    modality: str
    strength: str
    text: str


_MONTH_AFTER = re.compile(r"\s+(?:\d{1,2}\b|(?:19|20)\d\d\b|of\s+(?:19|20)\d\d|through\b|to\s+[A-Z]|and\s+[A-Z]|[–-])")
_EXEMPTION = re.compile(r"\s+(?:not\s+)?be\s+(?:required|obligated)\s+to\b|\s+not\s+need\s+to\b", re.IGNORECASE)
_POSSIBILITY = re.compile(r"\s+(?:also\s+)?(?:" + POSSIBLE_EVENTS + r"|"
                          r"be\s+(?:referred|accessed|found|obtained|viewed|subject|used\s+to\s+describe|"
                          r"considered\s+as))\b", re.IGNORECASE)
# a reason or condition clause that opens the sentence: its modal is not the sentence's
_REASON_CLAUSE = re.compile(r"^\s*(?:[A-Z]?\.?[\d.]+(?:\([a-z0-9]+\))?\s+)?(?:because|since|although|though|given\s+that|"
                            r"as\s+long\s+as|in\s+case)\b", re.IGNORECASE)
# a word that opens a subordinate clause: an inability stated inside one is a condition, not a prohibition
_SUBORDINATE_CLAUSE = re.compile(r"\b(?:where|wherever|when|whenever|if|whose|which|that|who|unless|until|because|"
                                 r"since|while|although|once|after|before)\b", re.IGNORECASE)
_WHETHER = re.compile(r"\b(?:whether|ask(?:s|ed)?\s+if)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


_CLAUSE_START = re.compile(r"(?:[.;:!?]\s+|\(\w{1,4}\)\s*)$")


def _at_clause_start(text: str, pos: int) -> bool:
    """Whether ``pos`` begins a sentence or list item (looks back a bounded window only)."""
    window = text[max(0, pos - 24): pos]
    if pos <= 24 and not window.strip():
        return True
    return bool(_CLAUSE_START.search(window))


def _not_a_modal(text: str, m: re.Match) -> bool:
    """Modal words used as something else: quoted terms, compounds, months, names, nouns."""
    word = m.group(0)
    first = word.split()[0]
    before = text[max(0, m.start() - 2): m.start()]
    after = text[m.end(): m.end() + 2]
    if before[-1:] in ("\"", "“", "'", "‘") or after[:1] in ("\"", "”", "’"):
        return True  # the word "shall"
    if after[:1] == "-" or before[-1:] == "-":
        return True  # "shall-statement", "must-have"
    at_start = _at_clause_start(text, m.start())
    if first[:1].isupper() and not text.isupper():
        if first in ("May", "MAY") and (_MONTH_AFTER.match(text, m.end()) or not at_start):
            return True  # "May 2024", "In May the Contractor …"
        if not at_start and first in ("Will", "May", "Shall", "Must", "Should"):
            return True  # "Will Rogers", names and titles
    if first.lower() == "will" and re.match(r"\s*[,.;:)]", text[m.end():]) and \
            re.search(r"(?:['’]s|\bthe|\bits|\btheir|\bfree|\bgood|\bill)\s+$", text[max(0, m.start() - 12): m.start()]):
        return True  # "the Government's will, …"
    if first.lower() in ("will", "shall") and word.lower() in ("will not", "shall not") and \
            _EXEMPTION.match(text, m.end() - 4):
        return True  # "will not be required to indemnify": an exemption, not a prohibition
    if word.lower() == "may" and _POSSIBILITY.match(text, m.end()):
        return True  # "may result in penalties", "may be referred to as"
    if _WHETHER.search(text[max(0, m.start() - 40): m.start()]):
        return True  # "ask whether they must register"
    return False


_ANY_MODAL = re.compile(r"shall|must|will|may|should|requir|agree|responsib|prohibit|forbid|barred|"
                        r"preclud|entitled|reserve|right|permit|authori|allowed|encourag|expect|cannot|"
                        r"can\s+not|ought|recommend|obligat|discretion|option|invited|refrain",
                        re.IGNORECASE)


# All trigger patterns as one alternation, in TRIGGERS order: at any position the first listed
# kind wins, so "shall not" is a prohibition before "shall" can be an obligation, and a rejected
# match ("will not be required to") is skipped whole rather than falling back to a weaker reading.
_COMBINED = re.compile("|".join(f"(?P<g{i}>{pattern.pattern})" for i, (_, _, pattern) in enumerate(TRIGGERS)),
                       re.IGNORECASE)
_KINDS = {f"g{i}": (modality, strength) for i, (modality, strength, _) in enumerate(TRIGGERS)}
def find_triggers(text: str) -> list[Trigger]:
    """All modal triggers in ``text`` outside subordinate clauses, in order, non-overlapping."""
    if not _ANY_MODAL.search(text):
        return []
    out: list[Trigger] = []
    for m in _COMBINED.finditer(text):
        word = m.group(0).lower()
        if word.split()[0] in ("may", "will", "can", "cannot", "should") and \
                (SUBORDINATE_BEFORE.search(text, max(0, m.start() - 24), m.start()) or
                 _REASON_CLAUSE.search(re.split(r"[,;:.]", text[max(0, m.start() - 100): m.start()])[-1])):
            continue   # "Because photographs may become evidence, the Contractor shall ..."
        if word.startswith("can") and _SUBORDINATE_CLAUSE.search(re.split(r"[,;:.]", text[max(0, m.start() - 160): m.start()])[-1]):
            continue   # "Where the assistant cannot cite a source, the Contractor shall …", "whose status cannot be resolved"
        if word == "should" and re.match(r"\s+(?:the|a|an|any|such|it|there)\b",
                                         text[m.end(): m.end() + 8], re.I) and \
                _at_clause_start(text, m.start()):
            continue  # "Should the Contractor fail to …" is a condition
        if word == "may" and re.match(r"\s+(?:be\s+)?(?:required|necessary|needed|directed|"
                                      r"specified|requested|applicable|amended)\b",
                                      text[m.end(): m.end() + 20], re.I):
            continue  # "as may be required"
        if _not_a_modal(text, m):
            continue
        modality, strength = _KINDS[m.lastgroup]
        out.append(Trigger(m.start(), m.end(), modality, strength, m.group(0)))
    return out


def doc_text(doc) -> str:
    """``doc.text``, computed once per Doc (spaCy rebuilds it from every token on each access)."""
    text = doc.user_data.get("cc_text")
    if text is None:
        text = doc.user_data["cc_text"] = doc.text
    return text


def _register() -> None:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span

    if "cc_clause_segmenter" in Language.factories:
        return

    @Language.component("cc_clause_segmenter")
    def clause_segmenter(doc):
        """Sentence starts from the text (no per-token Python loop): a boundary after . ! ?
        (and closing quotes/brackets) before whitespace and a capital, digit, bracket or quote,
        unless the word before is an abbreviation, an initial, or a leading list label; and at
        every line break.  Character spans go to ``doc.user_data["cc_sentences"]``; the tokens
        that start a sentence are flagged, so ``doc.sents`` works for library users too."""
        text = doc_text(doc)
        starts = [0] + sentence_starts(text)
        spans = [(a, b) for a, b in zip(starts, starts[1:] + [len(text)]) if text[a:b].strip()]
        doc.user_data["cc_sentences"] = spans
        if len(doc):
            doc[0].is_sent_start = True
            for a, _ in spans[1:]:
                span = doc.char_span(a, a + 1, alignment_mode="expand")
                if span is not None and span.start > 0:
                    doc[span.start].is_sent_start = True
        return doc

    @Language.factory("cc_party_ruler")
    def party_ruler(nlp, name):
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for surface, canonical in PARTIES.items():
            if surface in ABBREVIATION_PARTIES:
                exact.add(canonical, [nlp.make_doc(surface.upper())])
            else:
                matcher.add(canonical, [nlp.make_doc(surface)])

        def component(doc):
            spans = [Span(doc, s, e, label=lid) for lid, s, e in list(matcher(doc)) + list(exact(doc))]
            spans.sort(key=lambda sp: (sp.start, -(sp.end - sp.start)))
            kept, last_end = [], -1
            for sp in spans:
                if sp.start >= last_end:
                    kept.append(sp)
                    last_end = sp.end
            doc.spans["cc_parties"] = kept
            return doc

        return component

    # The detector runs first; references and durations are only looked for in texts that
    # contain a modal trigger, since only those become obligations.
    @Language.component("cc_obligation_detector")
    def obligation_detector(doc):
        doc.user_data["cc_triggers"] = find_triggers(doc_text(doc))
        return doc

    @Language.component("cc_citation_ruler")
    def citation_ruler(doc):
        doc.user_data["cc_refs"] = find_references(doc_text(doc)) if doc.user_data.get("cc_triggers") else []
        return doc

    @Language.component("cc_deadline_parser")
    def deadline_parser(doc):
        doc.user_data["cc_durations"] = find_durations(doc_text(doc)) if doc.user_data.get("cc_triggers") else []
        return doc


def pipe_texts(texts, nlp=None):
    """Run the pipeline over ``texts`` (like ``nlp.pipe``), handing each component the text it
    came from so none of them has to rebuild ``doc.text`` from the tokens."""
    nlp = nlp or get_nlp()
    components = [proc for _, proc in nlp.pipeline]
    for text in texts:
        doc = nlp.make_doc(text)
        doc.user_data["cc_text"] = text
        for proc in components:
            doc = proc(doc)
        yield doc


@lru_cache(maxsize=1)
def get_nlp():
    """The clausecheck pipeline, built once per process."""
    import spacy

    _register()
    nlp = spacy.blank("en")
    for name in ("cc_clause_segmenter", "cc_party_ruler", "cc_obligation_detector",
                 "cc_citation_ruler", "cc_deadline_parser"):
        nlp.add_pipe(name)
    return nlp
