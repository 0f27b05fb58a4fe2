"""Proposal units (sentences and table rows, with their headings and neighbours) and the
cross-references between a proposal and a solicitation (compliance matrices, "see Section 3.2")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..extract.lexicon import GOVERNMENT_PARTIES
from ..extract.nlp import get_nlp, pipe_texts
from ..model import Document, Location, Obligation
from .vocabulary import terms



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
    para: frozenset = frozenset()  # terms of the whole paragraph (block) the unit is part of
    topic: frozenset = frozenset()  # terms of the unit's own (deepest) heading
    context: str = ""              # text of the whole block (for durations and list elements)
    cites: tuple[str, ...] = ()    # solicitation paragraphs a table row cites ("C.4.3.1")
    pointer: bool = False          # a compliance-matrix row: points elsewhere, answers nothing
    cover: bool = False            # front matter before the first section heading
    table: int | None = None
    document: str = ""             # the proposal file (volume) the unit comes from
    points_away: bool = field(init=False)   # "described in Section 2.3": the answer is elsewhere

    def __post_init__(self) -> None:
        self.points_away = bool(_POINTER.search(self.text))


def is_requirement(ob: Obligation) -> bool:
    """Requirements a proposal must answer: duties on the offeror/contractor side, and what a
    named offeror or contractor "should" do (traced too, but their gaps weigh less)."""
    if ob.modality == "recommendation":
        return ob.bearer is not None and ob.bearer not in GOVERNMENT_PARTIES
    return ob.modality in ("obligation", "prohibition") and ob.bearer not in GOVERNMENT_PARTIES


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


def proposal_units(proposal: Document | Sequence[Document]) -> list[Unit]:
    """Units of a proposal, or of all the volumes of one proposal, in reading order; each
    volume's paragraphs and tables keep numbers of their own (``block``, ``table``)."""
    volumes = [proposal] if isinstance(proposal, Document) else list(proposal)
    units: list[Unit] = []
    for volume in volumes:
        part = _volume_units(volume)
        blocks = max((u.block for u in units), default=-1) + 1
        tables = max((u.table for u in units if u.table is not None), default=-1) + 1
        for u in part:
            u.block += blocks
            u.table = None if u.table is None else u.table + tables
            u.document = volume.path
        units.extend(part)
    return units


def _volume_units(document: Document) -> list[Unit]:
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
        para = frozenset().union(*sent_terms)
        for si, sent in enumerate(sents):
            ctx = frozenset().union(*(sent_terms[j] for j in (si - 1, si + 1) if 0 <= j < len(sents)))
            loc = block.location.model_copy(update={"start": sent[0], "end": sent[1]})
            units.append(Unit(sent[2].strip(), loc, block.section, bheads, block=bi,
                              terms=sent_terms[si], ctx=ctx - sent_terms[si], head=head, context=block.text,
                              para=para, cover=cover, topic=_topic_terms(bheads, first)))
    header: dict[int, str] = {}
    asked_cols: dict[int, set] = {}
    for (table, r), cells in sorted(rows.items()):
        cells.sort(key=lambda c: c[0].col or 0)
        text = " | ".join(c[0].text.strip() for c in cells)
        if r == 0 and not re.search(r"\d", text) and all(len(c[0].text.split()) <= 5 for c in cells):
            header[table] = text   # column names: short, without figures
            asked_cols[table] = _asked_columns([c[0] for c in cells])
            continue
        if len(cells) < 2:
            continue
        if asked_cols.get(table):
            # "| Measure | PRPO threshold | Ledgerline commitment |": the threshold column restates the
            # solicitation; the row's answer is the rest of it
            kept = [c for c in cells if c[0].col not in asked_cols[table]]
            if len(kept) >= 2:
                cells = kept
                text = " | ".join(c[0].text.strip() for c in cells)
        b0, bheads = cells[0]
        loc = b0.location.model_copy(update={"start": 0, "end": len(b0.text)})
        head = _head_terms(bheads, first)
        units.append(Unit(text, loc, b0.section, bheads, block=len(prose) + len(units), row=True,
                          terms=frozenset(terms(text)), ctx=frozenset(terms(header.get(table, ""))) - frozenset(terms(text)),
                          head=head, context=text, table=table, topic=_topic_terms(bheads, first)))
    return units


# the columns of a proposal's table that restate what the solicitation asks, beside one that says
# what the proposal offers: "| Measure | PWS threshold | Our commitment |"
# (a column of requirement text, "| Requirement | Our approach |", is kept: it is how the row is found)
_ASKED_COLUMN = re.compile(r"\b(?:thresholds?|targets?|minimums?|required\s+(?:values?|levels?|figures?)|"
                           r"(?:PWS|SOW|PWS/SOW|RFQ|RFP|solicitation|Government|contract)\s+(?:values?|levels?|figures?|"
                           r"standards?|requirements?\s+(?:values?|levels?)))\b", re.I)
_OFFERED_COLUMN = re.compile(r"\b(?:commitments?|committed|proposed|offered|guaranteed|quoted|achieved|expected|"
                             r"demonstrated|measured|actual|results?|our\s+(?:values?|levels?|figures?|performance))\b", re.I)


def _asked_columns(cells: list) -> set:
    """The column numbers of a header row that name the solicitation's figure, when another
    column names the proposal's own."""
    asked = {c.col for c in cells if _ASKED_COLUMN.search(c.text) and not _OFFERED_COLUMN.search(c.text)}
    offered = any(_OFFERED_COLUMN.search(c.text) and c.col not in asked for c in cells)
    return asked if offered and len(asked) < len(cells) - 1 else set()


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
            said = c[prop_col] if prop_col is not None and prop_col < len(c) else ""
            if matrix and (labels or not _prose(said)) and not _commits(said):
                # (a row that names no paragraph of the solicitation but answers in words is an answer:
                # "| I | FAR 52.204-21 safeguarding | 5.1; MLA maintains all 15 basic controls |")
                u.pointer = True
                secs = _PROP_SECTION.findall(c[prop_col]) if prop_col < len(c) else []
                for label in labels:
                    targets[label].update(s for s in secs if s in prop_sections)
    return targets


def _commits(cell: str) -> bool:
    """A cell that answers in its own words and points nowhere: "Ironwood Ridge will comply"."""
    return not _PROP_SECTION.findall(cell) and bool(_COMMIT_WORDS.search(cell))


_COMMIT_WORDS = re.compile(r"\b(?:will|shall|comply|complies|complied|compliant|agrees?|accepts?|acknowledged?)\b", re.I)


def _prose(cell: str) -> bool:
    """A cell that says more than where: five words or more besides section numbers."""
    return len(re.findall(r"[A-Za-z]{2,}", _SECTION_WORD.sub("", cell))) >= 5


def _section_index(units: list[Unit]) -> dict[str, set[int]]:
    """Prose units under each section number and all its parents ("3", "3.2", "3.2.1")."""
    index: dict[str, set[int]] = defaultdict(set)
    for i, u in enumerate(units):
        if not u.row and u.section:
            index[u.section].add(i)
            parts = u.section.split("(")[0].split(".")   # item "3.2(1)" is under 3.2 and 3
            for k in range(1, len(parts) + 1):
                index[".".join(parts[:k])].add(i)
    return index


def _units_in(index: dict[str, set[int]], sections: set[str]) -> set[int]:
    return set().union(*(index.get(s, set()) for s in sections)) if sections else set()
