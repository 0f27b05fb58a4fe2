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
   requirement; and kinds of conflict reviewers know (work abroad, vendor-held keys, shared
   hosting, the vendor's own testers, set hours against 24/7, linking with outside data, ...),
   in the answer or a close passage.  When nothing meets the requirement, three conflicts are
   looked for anywhere in the proposal: records kept for less time, notice after a change that
   needs approval first, and the vendor's own testers where independent testing is required.  Partially addressed: hedged or deferred commitments, a required time limit,
   frequency or figure with none given, enumerated elements or cited clauses left out, a
   prohibition answered without restricting words, or a thin lexical match.  Not addressed: no
   unit covers enough of the requirement and no section is named for its subject.

The package is split by step: ``vocabulary`` (terms), ``units`` (proposal units and
cross-references), ``matching`` (scores and assignment), ``quantities`` (durations, figures,
scales), ``elements`` (listed items) and ``judging`` (the status of one requirement).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Citation as CitationModel
from ..model import Document, Evidence, Finding, Obligation, TraceEntry
from .judging import _anywhere_conflict, _near_conflict, _rule_category, _self_names, judge, judge_entry
from .matching import concept_sets, match_requirements
from .form import asks_for_matrix, judge_matrix, judge_pages, page_limit
from .quantities import Qty, quantities
from .units import Unit, is_requirement, proposal_units
from .vocabulary import acronym_definitions, acronyms_to_fold, known_acronyms, terms

__all__ = ["Qty", "Unit", "concept_sets", "is_requirement", "judge", "match_requirements", "proposal_units",
           "quantities", "terms", "trace"]


def trace(solicitation: Document, sol_obligations: list[Obligation], proposal: Document | Sequence[Document],
          prop_obligations: list[Obligation] = (), packs=()) -> tuple[tuple[TraceEntry, ...], list[Finding]]:
    """Traceability entries for every solicitation requirement, and findings for the gaps.

    ``proposal`` is one document, or the volumes of one proposal (technical, management, ...):
    each requirement is then traced once, across all of them."""
    volumes = [proposal] if isinstance(proposal, Document) else list(proposal)
    if not volumes:
        raise ValueError("trace() needs at least one proposal document")
    requirements = [o for o in sol_obligations if is_requirement(o)]
    sol_texts = [b.text for b in solicitation.blocks]
    prop_texts = [b.text for v in volumes for b in v.blocks]
    with known_acronyms(acronyms_to_fold(sol_texts, prop_texts), acronym_definitions(sol_texts, prop_texts)):
        return _trace(solicitation, requirements, volumes, packs)


def _trace(solicitation: Document, requirements: list[Obligation], volumes: list[Document],
           packs) -> tuple[tuple[TraceEntry, ...], list[Finding]]:
    first = volumes[0].path
    key = " + ".join(v.path for v in volumes)   # the proposal as a whole, for stable finding IDs
    units = proposal_units(volumes)
    # a page limit or a compliance matrix is met by the proposal's form, not by a passage: neither takes
    # an answer away from the other requirements (though both still weigh on the rarity of words)
    by_form = frozenset(r for r, ob in enumerate(requirements) if page_limit(ob.text) is not None or asks_for_matrix(ob.text))
    matcher, reqs, assigned, topics = match_requirements(requirements, units, packs, unmatched=by_form)
    selfs = _self_names(units, " ".join(ob.text for ob in requirements))
    entries: list[TraceEntry] = []
    findings: list[Finding] = []
    for r, (ob, req, (i, score, _reused)) in enumerate(zip(requirements, reqs, assigned)):
        if r in by_form:
            if page_limit(ob.text) is not None:
                status, reason, volume = judge_pages(ob.text, volumes)
                response, held_by = None, volume.path if volume is not None else None
            else:
                status, reason, row = judge_matrix(units)
                response = None if row is None else Evidence(text=row.text, location=row.location)
                held_by = row.document if row is not None else (first if len(volumes) == 1 else None)
            entries.append(TraceEntry(requirement=ob, status=status, response=response, reason=reason, proposal=held_by))
            if status in ("not addressed", "contradicted"):
                findings.append(_finding(solicitation, ob, status, reason, response, held_by or first, key, None))
            continue
        unit = units[i] if i is not None else None
        topic = units[topics[r]] if r in topics else None
        # (the passage read is the section named for the subject when that section refuses it)
        status, reason, unit = judge_entry(req, unit, score, matcher, selfs, topic)
        if status != "contradicted":
            near = _near_conflict(req, units, status, unit)
            if near:
                unit, score, status, reason = near
            elif (far := _anywhere_conflict(req, units, unit)) is not None:
                unit, reason = far
                score, status = matcher.score_unit(req, unit), "contradicted"
        if status == "not addressed" and req.candidates:
            # point the reviewer at the nearest miss, so a paraphrased answer is quick to confirm
            near = units[req.candidates[0][1]]
            if req.candidates[0][0] >= 0.1:
                snippet = near.text if len(near.text) <= 140 else near.text[:139] + "…"
                where = near.location.describe() if len(volumes) == 1 else f"{near.document}, {near.location.describe()}"
                reason += f"; the closest passage ({where}) reads: \"{snippet}\""
        response = None if unit is None or status == "not addressed" else Evidence(text=unit.text, location=unit.location)
        held_by = unit.document if response is not None else (first if len(volumes) == 1 else None)
        entries.append(TraceEntry(requirement=ob, status=status, response=response, reason=reason, proposal=held_by))
        if status in ("not addressed", "contradicted"):
            category, severity = _rule_category(req.concepts, packs)
            findings.append(_finding(solicitation, ob, status, reason, response, held_by or first, key,
                                     severity, category))
    return tuple(entries), findings


def _finding(solicitation: Document, ob: Obligation, status: str, reason: str, response: Evidence | None,
             document: str, key: str, severity: str | None, category: str = "traceability") -> Finding:
    """The gap-report finding for a requirement not addressed or contradicted."""
    from ..rules.engine import finding_id

    severity = severity or ("high" if status == "contradicted" else "medium")
    kind = "Requirement"
    if ob.modality == "recommendation":
        # a "should" item is what evaluators look for, not a term of the contract
        kind, severity = "Recommended item", "medium" if status == "contradicted" else "low"
    where = ob.location.describe()
    evidence = [Evidence(text=ob.text, location=ob.location)]
    if response is not None:
        evidence.append(response)
    return Finding(
        id=finding_id("traceability", ob.id, key), rule_id=f"TRACE-{ob.id[3:]}",
        pack="traceability", title=f"{kind} {status}: {ob.text[:90]}",
        category=category, severity=severity,
        status="conflict" if status == "contradicted" else "missing",
        message=f"Solicitation {solicitation.path} ({where}): {reason}.",
        document=document, evidence=tuple(evidence),
        citations=(CitationModel(source=solicitation.path, ref=ob.location.section or where),),
    )
