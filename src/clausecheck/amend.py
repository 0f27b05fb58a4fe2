"""`clausecheck diff OLD NEW`: what an amendment changed in a solicitation's obligations.

Obligations are paired first by stable ID (identical text), then by fuzzy similarity
(rapidfuzz, greedy best-first above a threshold) so an edited requirement shows as *changed*
rather than as one removal plus one addition.  Changed numbers, durations and dates are called
out; FAR/DFARS clause citations are compared too (added, removed, re-dated).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from .model import Document, Obligation

PAIR_THRESHOLD = 72.0
_NUM = re.compile(r"\b\d+(?:[.,]\d+)*\b")


@dataclass
class Change:
    old: Obligation
    new: Obligation
    similarity: float
    details: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"old": self.old.to_contract(), "new": self.new.to_contract(),
                "similarity": round(self.similarity, 1), "details": self.details}


@dataclass
class AmendmentDiff:
    old: Document
    new: Document
    added: list[Obligation] = field(default_factory=list)
    removed: list[Obligation] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    unchanged: int = 0
    clauses: list[dict] = field(default_factory=list)

    @property
    def unreadable(self) -> list[Document]:
        return [d for d in (self.old, self.new) if not d.readable]

    def to_json(self) -> dict:
        return {
            "schema_version": "1",
            "old": self.old.header(), "new": self.new.header(),
            "summary": {"added": len(self.added), "removed": len(self.removed),
                        "changed": len(self.changed), "unchanged": self.unchanged,
                        "clauses_changed": len(self.clauses)},
            "added": [o.to_contract() for o in self.added],
            "removed": [o.to_contract() for o in self.removed],
            "changed": [c.to_json() for c in self.changed],
            "clauses": self.clauses,
        }


def _describe_changes(old: Obligation, new: Obligation) -> list[str]:
    details = []
    od = old.deadline.iso8601 if old.deadline else None
    nd = new.deadline.iso8601 if new.deadline else None
    if od != nd:
        details.append(f"deadline: {old.deadline.text if old.deadline else 'none'} → "
                       f"{new.deadline.text if new.deadline else 'none'}")
    if (old.modality, old.strength) != (new.modality, new.strength):
        details.append(f"modality: {old.modality}/{old.strength} → {new.modality}/{new.strength}")
    if old.bearer != new.bearer:
        details.append(f"bearer: {old.bearer} → {new.bearer}")
    on, nn = _NUM.findall(old.text), _NUM.findall(new.text)
    if on != nn:
        gone = [n for n in on if n not in nn]
        came = [n for n in nn if n not in on]
        if gone or came:
            details.append(f"numbers: {', '.join(gone) or '—'} → {', '.join(came) or '—'}")
    oref = {(r.id, r.date) for r in old.references}
    nref = {(r.id, r.date) for r in new.references}
    for rid, date in sorted(nref - oref):
        before = [d for i, d in oref if i == rid]
        details.append(f"reference {rid}: {before[0] if before else 'not cited'} → {date or 'undated'}")
    words = difflib.ndiff(old.text.split(), new.text.split())
    edits = [w for w in words if w[:1] in "+-"]
    if edits and len(edits) <= 30:
        details.append("text: " + " ".join(edits))
    return details


def _clause_table(doc: Document) -> dict[str, set[str]]:
    from .rules.engine import clause_citations

    return {num: {date or "undated" for _, _, date, _ in hits}
            for num, hits in clause_citations(doc).items()}


def diff_obligations(old_doc: Document, old: list[Obligation], new_doc: Document,
                     new: list[Obligation]) -> AmendmentDiff:
    from rapidfuzz import fuzz, process

    result = AmendmentDiff(old=old_doc.model_copy(update={"blocks": ()}),
                           new=new_doc.model_copy(update={"blocks": ()}))
    new_ids = {o.id for o in new}
    old_ids = {o.id for o in old}
    rest_old = [o for o in old if o.id not in new_ids]
    rest_new = [o for o in new if o.id not in old_ids]
    result.unchanged = len(old) - len(rest_old)
    pairs = []
    if rest_old and rest_new:
        matrix = process.cdist([o.text for o in rest_old], [o.text for o in rest_new],
                               scorer=fuzz.token_sort_ratio, score_cutoff=PAIR_THRESHOLD)
        for i in range(len(rest_old)):
            for j in range(len(rest_new)):
                if matrix[i][j] >= PAIR_THRESHOLD:
                    pairs.append((float(matrix[i][j]), i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_old, used_new = set(), set()
    for score, i, j in pairs:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        result.changed.append(Change(rest_old[i], rest_new[j], score,
                                     _describe_changes(rest_old[i], rest_new[j])))
    result.changed.sort(key=lambda c: (c.new.location.block, c.new.location.start))
    result.removed = [o for i, o in enumerate(rest_old) if i not in used_old]
    result.added = [o for j, o in enumerate(rest_new) if j not in used_new]
    oc, nc = _clause_table(old_doc), _clause_table(new_doc)
    for num in sorted(oc.keys() | nc.keys()):
        a, b = sorted(oc.get(num, ())), sorted(nc.get(num, ()))
        if a != b:
            result.clauses.append({"clause": num, "old": a, "new": b,
                                   "change": "added" if not a else "removed" if not b else "re-dated"})
    return result


def diff_documents(old_doc: Document, new_doc: Document) -> AmendmentDiff:
    from .extract import extract_obligations

    old = extract_obligations(old_doc, role="solicitation") if old_doc.readable else []
    new = extract_obligations(new_doc, role="solicitation") if new_doc.readable else []
    return diff_obligations(old_doc, old, new_doc, new)


def diff_paths(old: str, new: str) -> AmendmentDiff:
    from .ingest import load_document
    from .pipeline import display_path

    return diff_documents(load_document(old, path=display_path(old)),
                          load_document(new, path=display_path(new)))


def _loc(o: Obligation) -> str:
    return o.location.describe()


def render_diff(diff: AmendmentDiff, fmt: str) -> str:
    from .renderers._safe import strip_controls as clean

    if fmt == "json":
        from .jsontext import dumps

        return dumps(diff.to_json())
    s = diff.to_json()["summary"]
    head = (f"{diff.old.path} → {diff.new.path}: {s['added']} added, {s['removed']} removed, "
            f"{s['changed']} changed, {s['unchanged']} unchanged obligations; "
            f"{s['clauses_changed']} clause citations changed")
    lines: list[str] = []
    if fmt == "markdown":
        from .renderers.markdown import md as esc

        lines.append(f"## Amendment diff\n\n{esc(head)}\n")
        for d in diff.unreadable:
            lines.append(f"> **Unreadable:** {esc(d.path)} — {esc(d.error or '')}\n")
        if diff.changed:
            lines.append("### Changed\n\n| where | before | after | what changed |\n|---|---|---|---|")
            for c in diff.changed:
                lines.append(f"| {esc(_loc(c.new))} | {esc(c.old.text)} | {esc(c.new.text)} | "
                             f"{esc('; '.join(d for d in c.details if not d.startswith('text:')))} |")
            lines.append("")
        for title, items in (("Added", diff.added), ("Removed", diff.removed)):
            if items:
                lines.append(f"### {title}\n\n| where | obligation |\n|---|---|")
                lines.extend(f"| {esc(_loc(o))} | {esc(o.text)} |" for o in items)
                lines.append("")
        if diff.clauses:
            lines.append("### Clause citations\n\n| clause | before | after |\n|---|---|---|")
            lines.extend(f"| {c['clause']} | {', '.join(c['old']) or '—'} | {', '.join(c['new']) or '—'} |"
                         for c in diff.clauses)
        return "\n".join(lines) + "\n"
    lines.append(clean(head))
    for d in diff.unreadable:
        lines.append(f"UNREADABLE: {clean(d.path)} — {clean(d.error or '')}")
    for c in diff.changed:
        lines.append(f"\nCHANGED  {clean(_loc(c.new))}  (similarity {c.similarity:.0f})")
        lines.append(f"  - {clean(c.old.text)}")
        lines.append(f"  + {clean(c.new.text)}")
        lines.extend(f"    {clean(d)}" for d in c.details if not d.startswith("text:"))
    for title, items in (("ADDED", diff.added), ("REMOVED", diff.removed)):
        for o in items:
            lines.append(f"\n{title}  {clean(_loc(o))}\n  {clean(o.text)}")
    for c in diff.clauses:
        lines.append(f"\nCLAUSE {c['clause']} {c['change']}: {', '.join(c['old']) or '—'} → "
                     f"{', '.join(c['new']) or '—'}")
    return "\n".join(lines) + "\n"
