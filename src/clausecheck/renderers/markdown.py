"""GitHub-flavoured Markdown sized for a pull-request comment.

Every piece of text that did not come from clausecheck itself goes through :func:`md`, which
strips control and bidi characters, folds newlines, and escapes the characters that would let
document text become a table column, code span, HTML, link, emphasis or @-mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Document, Finding, GapReport, Obligation
from . import _common as c
from ._safe import one_line, truncate

#: GitHub rejects comments over 65,536 characters; stay below it.
MAX_CHARS = 60_000
EVIDENCE_LIMIT = 300

_ESCAPES = {
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "\\|", "`": "\\`", "\\": "\\\\",
    "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]", "~": "\\~", "#": "\\#", "!": "\\!",
}
_ESCAPE_RE = re.compile(r"[&<>|`\\*_\[\]~#!]")
# "@name" would notify a GitHub user; a word joiner after "@" stops the mention.
_MENTION_RE = re.compile(r"@(?=\w)")
# bare URLs are autolinked by GitHub; break the scheme so document text never links.
_AUTOLINK_RE = re.compile(r"(?i)\b(https?|ftp|www)(:|\.)")

STATUS_ICON = {"conflict": "🔴", "missing": "🔴", "outdated": "🟠", "partial": "🟡",
               "weak": "🟡", "met": "🟢", "accepted": "⚪"}


def md(s: str | None, limit: int | None = None) -> str:
    """Escape untrusted text for one line of Markdown (a table cell or a list item)."""
    s = one_line(s or "")
    if limit is not None:
        s = truncate(s, limit)
    s = _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group(0)], s)
    s = _MENTION_RE.sub("@\u2060", s)
    return _AUTOLINK_RE.sub(lambda m: m.group(1) + "\u2060" + m.group(2), s)


def _code(s: str) -> str:
    """Text for inside a code span: no backticks, no line breaks."""
    return one_line(s).replace("`", "")


def _link(label: str, url: str) -> str:
    u = c.safe_url(url)
    if not u:
        return md(label)
    u = u.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
    return f"[{md(label)}]({u})"


def _citations(f: Finding) -> str:
    return ", ".join(_link(c.citation_label(x), x.url) for x in f.citations)


def _where(f: Finding, multi_doc: bool) -> str:
    locs = [c.loc_label(e.location) for e in f.evidence]
    out = "; ".join(md(x) for x in dict.fromkeys(locs)) or "—"
    if multi_doc:
        out = f"{md(f.document)}: {out}"
    return out


def _gap_table(fs: Sequence[Finding], multi_doc: bool) -> list[str]:
    lines = ["| Status | Severity | Rule | Title | Evidence location |",
             "|---|---|---|---|---|"]
    for f in fs:
        lines.append(f"| {STATUS_ICON[f.status]} **{f.status}** | {f.severity} | {md(f.rule_id)} "
                     f"| {md(f.title)} | {_where(f, multi_doc)} |")
    return lines


def _gap_details(fs: Sequence[Finding], multi_doc: bool) -> list[str]:
    lines = ["", f"<details><summary>Gap details ({len(fs)})</summary>", ""]
    for f in fs:
        lines.append(f"- **{md(f.rule_id)}** ({f.status}, {f.severity}, {md(f.category)}): "
                     f"{md(f.message)}")
        for e in f.evidence:
            where = md(c.loc_label(e.location))
            if multi_doc:
                where = f"{md(f.document)} {where}"
            lines.append(f"  - {where}: “{md(e.text, EVIDENCE_LIMIT)}”")
        if f.citations:
            lines.append(f"  - see {_citations(f)}")
    return lines + ["", "</details>"]


def _detail_list(fs: Sequence[Finding], multi_doc: bool, *, accepted: bool) -> list[str]:
    lines = []
    for f in fs:
        head = f"- **{md(f.rule_id)}** {md(f.title)} — {_where(f, multi_doc)}"
        if accepted:
            head += f" (was **{f.status}**, {f.severity}): {md(f.accepted)}"
        lines.append(head)
    return lines


def _trace_table(report: GapReport) -> list[str]:
    if report.traceability is None:
        return []
    lines = ["", f"### Traceability ({len(report.traceability)} requirements)", "",
             "| Requirement | Status | Response location | Reason |", "|---|---|---|---|"]
    if not report.traceability:
        lines[-2:] = [md(c.empty_trace_note(report))]
    several = c.several_proposals(report.traceability)
    for t in report.traceability:
        r = t.requirement
        req = f"{md(r.id)} {md(c.loc_label(r.location))}{c.strength_label(r)}: {md(r.text, EVIDENCE_LIMIT)}"
        resp = md(c.response_where(t, several)) if t.response else "—"
        lines.append(f"| {req} | **{t.status}** | {resp} | {md(t.reason)} |")
    return lines


def render(report: GapReport) -> str:
    multi_doc = len({f.document for f in report.findings}) > 1
    packs = ", ".join(f"`{_code(p.name)}@{_code(p.version)}`" for p in report.packs)
    docs = ", ".join(md(d.path) for d in report.documents if d.readable)
    gaps = c.gaps(report)
    out = ["## clausecheck gap report", ""]
    meta = [f"clausecheck {md(report.tool_version)}"]
    if packs:
        meta.append(f"packs {packs}")
    if docs:
        meta.append(f"checked {docs}")
    out += [" · ".join(meta), ""]

    if report.unreadable:
        out += ["> [!WARNING]",
                "> **Unreadable documents — nothing in them was checked; they are not clean:**"]
        for d in report.unreadable:
            out.append(f"> - **UNREADABLE:** {md(d.path)} — {md(d.error or 'no usable text')}")
        out.append("")

    counts = dict(c.summary_rows(report))
    out += ["| Status | Count |", "|---|---:|"]
    for s, n in c.summary_rows(report):
        out.append(f"| {STATUS_ICON[s]} {s} | {n} |")
    out.append("")
    verdict = (f"**{len(gaps)} open gap{'s' if len(gaps) != 1 else ''}**" if gaps
               else "**No open gaps.**")
    if counts["accepted"]:
        verdict += f" ({counts['accepted']} accepted)"
    out += [verdict, ""]

    if gaps:
        out += [f"### Gaps ({len(gaps)})", ""] + _gap_table(gaps, multi_doc)
        out += _gap_details(gaps, multi_doc)
    acc = c.accepted(report)
    if acc:
        out += ["", f"<details><summary>Accepted ({len(acc)})</summary>", ""]
        out += _detail_list(acc, multi_doc, accepted=True) + ["", "</details>"]
    met = c.met(report)
    if met:
        out += ["", f"<details><summary>Met ({len(met)})</summary>", ""]
        out += _detail_list(met, multi_doc, accepted=False) + ["", "</details>"]
    out += _trace_table(report)
    text = "\n".join(out) + "\n"
    if len(text) > MAX_CHARS:
        cut = text.rfind("\n", 0, MAX_CHARS - 200)
        text = text[:cut] + "\n\n*(truncated: the full report is in the JSON/HTML output)*\n"
    return text


def render_obligations(document: Document, obligations: Sequence[Obligation]) -> str:
    n = len(obligations)
    out = [f"## Compliance matrix — {md(document.path)}", "",
           f"{n} obligation{'s' if n != 1 else ''} · format {md(document.format or 'unknown')}"
           + (f" · {document.pages} pages" if document.pages is not None else ""), ""]
    if not document.readable:
        out += ["> [!WARNING]",
                f"> **UNREADABLE:** {md(document.path)} — {md(document.error or 'no usable text')}",
                ""]
    out.append("| " + " | ".join(c.MATRIX_COLUMNS) + " |")
    out.append("|" + "---|" * len(c.MATRIX_COLUMNS))
    for row in c.matrix_rows(obligations):
        cells = ["" if v is None else md(str(v)) for v in row]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"
