"""SARIF 2.1.0 (one run) for code-scanning dashboards.  Mapping documented in docs/sarif.md.

Documents have no lines, so a clausecheck location maps to ``region.startLine = block + 1``
(the 0-based block index, made 1-based) with the evidence text as ``region.snippet.text``;
page, section and heading travel in ``location.properties`` and the section also as a
``logicalLocation``.  ``charOffset``/``charLength`` are not emitted: they would count from the
start of the file, which a DOCX or PDF does not have.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from ..model import Finding, GapReport
from ..model.report import GAP_STATUSES
from . import _common as c

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/clausecheck/clausecheck"
FINGERPRINT_KEY = "clausecheckFindingId/v1"
SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
                    r"(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?")
LEVELS = {"high": "error", "medium": "warning", "low": "note", "info": "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for a report path: relative paths stay relative (percent-encoded,
    forward slashes); absolute paths become ``file://`` URIs."""
    if re.match(r"^[A-Za-z]:[\\/]", path) or path.startswith("\\\\"):
        return PureWindowsPath(path).as_uri()
    p = path.replace("\\", "/")
    if p.startswith("/"):
        return PurePosixPath(p).as_uri()
    return quote(p, safe="/-._~!$&'()*+,;=@")  # ':' escaped: no scheme


def _rule_name(title: str, rule_id: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", title)
    name = "".join(w[:1].upper() + w[1:] for w in words)
    return name or re.sub(r"[^A-Za-z0-9]", "", rule_id) or "Rule"


def _help_markdown(f: Finding) -> str:
    from .markdown import md  # pack text is escaped like any other untrusted Markdown

    lines = [md(f.message)]
    if f.citations:
        lines.append("")
        lines.append("References:")
        for cit in f.citations:
            label = md(c.citation_label(cit))
            url = c.safe_url(cit.url)
            lines.append(f"- [{label}]({url})" if url else f"- {label}")
    return "\n".join(lines)


def _help_text(f: Finding) -> str:
    text = f.message
    if f.citations:
        text += "\nReferences: " + c.citations_text(f.citations)
    return text


def _rule(f: Finding) -> dict:
    rule = {
        "id": f.rule_id,
        "name": _rule_name(f.title, f.rule_id),
        "shortDescription": {"text": f.title},
        "fullDescription": {"text": _help_text(f), "markdown": _help_markdown(f)},
        "help": {"text": _help_text(f), "markdown": _help_markdown(f)},
    }
    urls = [u for u in (c.safe_url(x.url) for x in f.citations) if u]
    if urls:
        rule["helpUri"] = urls[0]
    rule["defaultConfiguration"] = {"level": LEVELS[f.severity]}
    rule["properties"] = {"category": f.category, "pack": f.pack, "severity": f.severity}
    return rule


def _artifact(path: str, indexes: dict[str, int]) -> dict:
    artifact: dict = {"uri": artifact_uri(path)}
    if path in indexes:
        artifact["index"] = indexes[path]
    return artifact


def _location(f: Finding, indexes: dict[str, int]) -> list[dict]:
    if not f.evidence:
        return [{"physicalLocation": {"artifactLocation": _artifact(f.document, indexes)}}]
    out = []
    # each item in the document it was read from (a requirement traced from a solicitation
    # points into the solicitation, its response into the proposal)
    for i, (e, doc) in enumerate(zip(f.evidence, c.evidence_documents(f))):
        loc = e.location
        item: dict = {
            "id": i,
            "physicalLocation": {
                "artifactLocation": _artifact(doc, indexes),
                "region": {"startLine": loc.block + 1, "snippet": {"text": e.text}},
            },
        }
        if loc.section:
            item["logicalLocations"] = [{"name": loc.section, "kind": "section"}]
        item["properties"] = {"page": loc.page, "section": loc.section,
                              "heading": loc.heading, "block": loc.block}
        out.append(item)
    return out


def _result(f: Finding, rule_index: int, indexes: dict[str, int]) -> dict:
    status = f.status.upper()
    text = f"[{status}] {f.title}: {f.message}"
    if f.accepted is not None:
        text = f"[{status}, accepted] {f.title}: {f.message}"
    res: dict = {
        "ruleId": f.rule_id,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": text},
        "locations": _location(f, indexes),
        "partialFingerprints": {FINGERPRINT_KEY: f.id},
        "properties": {"status": f.status, "severity": f.severity, "category": f.category,
                       "pack": f.pack},
    }
    if f.accepted is not None:
        res["suppressions"] = [{"kind": "external", "justification": f.accepted}]
    return res


def to_sarif(report: GapReport) -> dict:
    rules: list[dict] = []
    rule_index: dict[str, int] = {}
    for f in report.findings:
        if f.status in GAP_STATUSES and f.rule_id not in rule_index:
            rule_index[f.rule_id] = len(rules)
            rules.append(_rule(f))
    artifacts = []
    artifact_index: dict[str, int] = {}
    for d in report.documents:
        if d.path in artifact_index:
            continue
        artifact_index[d.path] = len(artifacts)
        art: dict = {"location": {"uri": artifact_uri(d.path)},
                     "properties": {"format": d.format, "pages": d.pages, "status": d.status}}
        if re.fullmatch(r"[0-9a-fA-F]{64}", d.sha256 or ""):
            art["hashes"] = {"sha-256": d.sha256.lower()}
        artifacts.append(art)

    results = [_result(f, rule_index[f.rule_id], artifact_index)
               for f in report.findings if f.status in GAP_STATUSES]

    notifications = []
    for d in report.unreadable:
        n: dict = {
            "level": "error",
            "message": {"text": f"UNREADABLE: {d.path} — {d.error or 'no usable text'}"},
            "descriptor": {"id": "unreadable-document"},
            "locations": [{"physicalLocation": {"artifactLocation": {
                "uri": artifact_uri(d.path), "index": artifact_index[d.path]}}}],
        }
        notifications.append(n)
    invocation: dict = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications

    run: dict = {
        "tool": {"driver": {
            "name": "clausecheck",
            "version": report.tool_version,
            "informationUri": INFORMATION_URI,
            "rules": rules,
        }},
        "invocations": [invocation],
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {
            "packs": [p.model_dump() for p in report.packs],
            "summary": report.summary(),
            "lineSemantics": "region.startLine is clausecheck's 0-based block index + 1",
        },
    }
    if SEMVER.fullmatch(report.tool_version):
        run["tool"]["driver"]["semanticVersion"] = report.tool_version
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: GapReport) -> str:
    from ..jsontext import dumps

    return dumps(to_sarif(report))
