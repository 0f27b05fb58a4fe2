"""Renderer tests: golden outputs, schemas, and hostile document text in every format.

Goldens live in tests/golden/; regenerate them with ``CLAUSECHECK_UPDATE_GOLDEN=1 pytest
tests/test_render.py`` and review the diff by eye before committing.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
try:
    import clausecheck.model  # noqa: F401
except ImportError:  # running from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

import jsonschema  # noqa: E402
from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import report_factory as rf  # noqa: E402
from clausecheck.model import Evidence, GapReport  # noqa: E402
from clausecheck.renderers import (  # noqa: E402
    FORMATS, OBLIGATION_FORMATS, annotate_docx, render, render_obligations,
)
from clausecheck.renderers import html as html_mod  # noqa: E402
from clausecheck.renderers._safe import neutralise_formula, strip_controls  # noqa: E402

GOLDEN = Path(__file__).parent / "golden"
SCHEMAS = ROOT / "src" / "clausecheck" / "schemas"
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
UPDATE = os.environ.get("CLAUSECHECK_UPDATE_GOLDEN") == "1"
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


# --------------------------------------------------------------------------- goldens

def _as_bytes(out: str | bytes) -> bytes:
    return out if isinstance(out, bytes) else out.encode("utf-8")


GOLDEN_CASES = {
    "report.txt": lambda: render(rf.report(), "text"),
    "report.color.txt": lambda: render(rf.report(), "text", color=True),
    "report.json": lambda: render(rf.report(), "json"),
    "report.sarif": lambda: render(rf.report(), "sarif"),
    "report.md": lambda: render(rf.report(), "markdown"),
    "report.html": lambda: render(rf.report(), "html"),
    "report.csv": lambda: render(rf.report(), "csv"),
    "report.xlsx": lambda: render(rf.report(), "xlsx"),
    "clean.txt": lambda: render(rf.clean_report(), "text"),
    "clean.md": lambda: render(rf.clean_report(), "markdown"),
    "obligations.txt": lambda: render_obligations(rf.shred_document(), rf.obligations(), "text"),
    "obligations.json": lambda: render_obligations(rf.shred_document(), rf.obligations(), "json"),
    "obligations.csv": lambda: render_obligations(rf.shred_document(), rf.obligations(), "csv"),
    "obligations.md": lambda: render_obligations(rf.shred_document(), rf.obligations(),
                                                 "markdown"),
    "obligations.xlsx": lambda: render_obligations(rf.shred_document(), rf.obligations(), "xlsx"),
}


@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_golden(name):
    got = _as_bytes(GOLDEN_CASES[name]())
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(got)
    assert path.exists(), f"missing golden {path}; run with CLAUSECHECK_UPDATE_GOLDEN=1"
    want = path.read_bytes()
    if name.endswith(".xlsx"):  # compare the parts, not zlib's compressed bytes
        got, want = _zip_parts(got), _zip_parts(want)
    assert got == want, f"{name} differs from golden (CLAUSECHECK_UPDATE_GOLDEN=1)"


def _zip_parts(data: bytes) -> list[tuple[str, tuple, bytes]]:
    import zipfile
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, i.date_time, z.read(i)) for i in z.infolist()]


def test_every_format_has_a_golden():
    exts = {"text": ".txt", "json": ".json", "sarif": ".sarif", "markdown": ".md",
            "html": ".html", "csv": ".csv", "xlsx": ".xlsx"}
    for fmt in FORMATS:
        assert f"report{exts[fmt]}" in GOLDEN_CASES
    for fmt in OBLIGATION_FORMATS:
        assert f"obligations{exts[fmt]}" in GOLDEN_CASES


# --------------------------------------------------------------------------- dispatch

def test_render_types_and_unknown_format():
    r = rf.report()
    for fmt in FORMATS:
        out = render(r, fmt)
        assert isinstance(out, bytes if fmt == "xlsx" else str), fmt
    with pytest.raises(ValueError, match="unknown format"):
        render(r, "pdf")
    with pytest.raises(ValueError):
        render_obligations(rf.shred_document(), rf.obligations(), "sarif")


def test_renderers_are_imported_lazily():
    code = (
        "import sys\n"
        f"sys.path[:0] = [{str(ROOT / 'src')!r}, {str(Path(__file__).parent)!r}]\n"
        "import report_factory as rf\n"
        "from clausecheck.renderers import render\n"
        "render(rf.report(), 'json')\n"
        "bad = [m for m in ('openpyxl', 'docx', 'clausecheck.renderers.xlsx',"
        " 'clausecheck.renderers.html') if m in sys.modules]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_renderers_are_deterministic():
    for fmt in FORMATS:
        assert render(rf.report(), fmt) == render(rf.report(), fmt), fmt


# --------------------------------------------------------------------------- _safe

@pytest.mark.parametrize("s", ["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx", "＝1", "'=1"])
def test_neutralise_formula_prefixes(s):
    assert neutralise_formula(s) == "'" + s


@pytest.mark.parametrize("s", ["", "plain", "a=b", " =x", "'quoted"])
def test_neutralise_formula_leaves_plain_text(s):
    assert neutralise_formula(s) == s


def test_strip_controls():
    s = "a\x1b[31mred\x1b[0m\tb\nc\x00d\x07e\x85f\u202eg\u2066h\u2069\x9bi\x1b]0;title\x07j\r\nk"
    # NEL becomes a newline; the 8-bit CSI "\x9bi" is a whole (if odd) escape sequence
    assert strip_controls(s) == "ared\tb\ncde\nfgh" + "j\nk"
    assert strip_controls("ünïcode — § ok") == "ünïcode — § ok"


# --------------------------------------------------------------------------- text

def test_text_has_no_escape_codes_without_color():
    out = render(rf.report(), "text")
    assert "\x1b" not in out and "\u202e" not in out
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)


def test_text_color_uses_ansi_but_document_escapes_are_stripped():
    out = render(rf.report(), "text", color=True)
    assert "\x1b[1;31mCONFLICT" in out
    # the only ESC sequences are ours (SGR codes we emit), never the document's "\x1b[31m"
    assert "\x1b[31mThe Contractor" not in out
    assert set(re.findall(r"\x1b\[[0-9;]*m", out)) <= {
        "\x1b[0m", "\x1b[1;31m", "\x1b[31m", "\x1b[35m", "\x1b[33m", "\x1b[32m", "\x1b[36m",
        "\x1b[1;97;41m", "\x1b[1m", "\x1b[2m"}


def test_text_layout():
    out = render(rf.report(), "text")
    lines = out.splitlines()
    unreadable = next(i for i, line in enumerate(lines) if line.startswith("UNREADABLE: "))
    first_category = next(i for i, line in enumerate(lines) if line.startswith("── "))
    assert unreadable < first_category
    assert "solicitation/amendment-0001.pdf — no text layer" in lines[unreadable]
    assert "evidence p. 3 § C.3.2:" in out
    assert "see: FAR 52.204-21 <https://www.acquisition.gov/far/52.204-21>" in out
    assert "ACCEPTED" in out and "weak finding accepted: Covered by" in out
    assert lines[-1].startswith("Summary: 1 conflict, 2 missing, 1 outdated, 1 partial, 2 weak,"
                                " 1 met (1 accepted) — 6 open gaps; 1 document UNREADABLE")
    assert "Traceability" in out and "CONTRADICTED" in out


# --------------------------------------------------------------------------- json

def _schema(name):
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("trace", [True, False])
def test_json_matches_contract_and_schema(trace):
    report = rf.report(with_traceability=trace)
    out = render(report, "json")
    assert out.endswith("}\n")
    data = json.loads(out)
    assert data == report.to_contract()
    _schema("report").validate(data)
    assert ("traceability" in data) is trace
    assert [f.get("accepted") for f in data["findings"]].count(None) == len(data["findings"]) - 1
    assert "<script>alert(1)</script>" in out  # JSON is data: kept verbatim, not mangled


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**53, 2**53) | st.text(),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
    max_leaves=20)


@pytest.mark.parametrize("trace", [True, False])
def test_fast_json_writes_the_standard_librarys_bytes(trace):
    from clausecheck import jsontext
    from clausecheck.renderers.sarif import to_sarif

    report = rf.report(with_traceability=trace)
    for obj in (report.to_contract(), to_sarif(report)):
        assert jsontext.dumps(obj) == jsontext.stdlib_dumps(obj)


@given(_JSON_VALUES)
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_fast_json_matches_standard_library_on_any_value(value):
    from clausecheck import jsontext

    assert jsontext.dumps(value) == jsontext.stdlib_dumps(value)


def test_fast_json_falls_back_on_values_orjson_refuses():
    from clausecheck import jsontext

    value = {"text": "broken \ud800 surrogate", "n": 10**30}
    assert jsontext.dumps(value) == jsontext.stdlib_dumps(value)


def test_json_schema_rejects_drift():
    v = _schema("report")
    data = rf.report().to_contract()
    data["findings"][0]["status"] = "unknown"
    assert not v.is_valid(data)
    data = rf.report().to_contract()
    data["extra"] = 1
    assert not v.is_valid(data)


def test_obligations_json_and_schema():
    out = render_obligations(rf.shred_document(), rf.obligations(), "json")
    data = json.loads(out)
    assert data["schema_version"] == "1"
    assert data["document"] == rf.shred_document().header()
    assert data["obligations"] == [o.to_contract() for o in rf.obligations()]
    _schema("obligations").validate(data)


def test_document_schema():
    from clausecheck.model import Block, Document
    doc = Document(path="a.docx", sha256="d" * 64, format="docx", pages=None,
                   warnings=("tracked changes accepted",),
                   blocks=(*rf.shred_document().blocks,
                           Block(text="Page 1", kind="paragraph", part="footer", hidden=True,
                                 location=rf.loc(1))))
    _schema("document").validate(doc.to_contract())
    bad = Document(path="x.pdf", sha256="e" * 64, status="unreadable", error="empty")
    _schema("document").validate(bad.to_contract())


# --------------------------------------------------------------------------- sarif

def _sarif(report=None):
    return json.loads(render(report or rf.report(), "sarif"))


def test_sarif_validates_against_official_schema():
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"{SARIF_SCHEMA} not present")
    schema = json.loads(SARIF_SCHEMA.read_text())
    cls = jsonschema.validators.validator_for(schema)
    for report in (rf.report(), rf.clean_report(), rf.report(with_traceability=False)):
        errors = list(cls(schema).iter_errors(_sarif(report)))
        assert not errors, [e.message for e in errors[:5]]


def test_sarif_structure():
    report = rf.report()
    s = _sarif(report)
    assert s["version"] == "2.1.0" and len(s["runs"]) == 1
    run = s["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "clausecheck" and driver["version"] == "0.1.0"
    assert driver["informationUri"].startswith("https://")
    gap_findings = [f for f in report.findings if f.status != "met"]
    rule_ids = [r["id"] for r in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids)) == len({f.rule_id for f in gap_findings})
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"]
        assert rule["properties"]["category"] and rule["properties"]["pack"]
        assert not rule.get("helpUri", "https://").startswith("javascript")
        assert "javascript:" not in rule["help"]["markdown"]
    assert "helpUri" in driver["rules"][rule_ids.index("AICR-GV-004")]
    assert driver["rules"][rule_ids.index("AICR-GV-004")]["helpUri"] == (
        "https://www.acquisition.gov/far/52.204-21")

    results = run["results"]
    assert len(results) == len(gap_findings)
    by_id = {r["partialFingerprints"]["clausecheckFindingId/v1"]: r for r in results}
    levels = {"high": "error", "medium": "warning", "low": "note", "info": "note"}
    for f in gap_findings:
        r = by_id[f.id]
        assert r["ruleId"] == f.rule_id and driver["rules"][r["ruleIndex"]]["id"] == f.rule_id
        assert r["level"] == levels[f.severity]
        assert f"[{f.status.upper()}" in r["message"]["text"]
        assert ("suppressions" in r) is (f.accepted is not None)
        for loc, e in zip(r["locations"], f.evidence):
            phys = loc["physicalLocation"]
            assert phys["artifactLocation"]["uri"] == "solicitation/RFP%20W912-25-R-0042.docx"
            assert phys["region"]["startLine"] == e.location.block + 1
            assert phys["region"]["snippet"]["text"] == e.text
            assert "charOffset" not in phys["region"]
            assert loc["properties"] == {"page": e.location.page, "section": e.location.section,
                                         "heading": e.location.heading,
                                         "block": e.location.block}
            assert loc["logicalLocations"] == [{"name": e.location.section, "kind": "section"}]
    accepted = by_id["f-e8a9b0c1d2f3"]
    assert accepted["suppressions"] == [{"kind": "external",
                                         "justification": rf.findings()[6].accepted}]
    inv = run["invocations"][0]
    assert inv["executionSuccessful"] is False
    (note,) = inv["toolExecutionNotifications"]
    assert note["level"] == "error" and "amendment-0001.pdf" in note["message"]["text"]


def test_sarif_clean_run_is_successful():
    inv = _sarif(rf.clean_report())["runs"][0]["invocations"][0]
    assert inv == {"executionSuccessful": True}
    assert _sarif(rf.clean_report())["runs"][0]["results"] == []


# --------------------------------------------------------------------------- markdown

def _cells(line: str) -> list[str]:
    return re.split(r"(?<!\\)\|", line.strip())[1:-1]


def test_markdown_structure_and_escaping():
    out = render(rf.report(), "markdown")
    assert out.startswith("## clausecheck gap report\n")
    assert "> [!WARNING]" in out and "**UNREADABLE:** solicitation/amendment-0001.pdf" in out
    assert "| Status | Count |" in out
    table = out.split("### Gaps (6)\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert table[0] == "| Status | Severity | Rule | Title | Evidence location |"
    assert all(len(_cells(line)) == 5 for line in table)
    statuses = [re.search(r"\*\*(\w+)\*\*", line).group(1) for line in table[2:]]
    assert statuses == ["conflict", "missing", "missing", "outdated", "partial", "weak"]
    assert "<details><summary>Met (1)</summary>" in out
    assert "<details><summary>Accepted (1)</summary>" in out
    # hostile text never becomes markup, code, a mention, a link or a control sequence
    for bad in ("<script", "<b>", "\x1b", "\u202e", "@SUM", "`rules`", "http://x"):
        assert bad not in out, bad
    assert "&lt;script&gt;" in out
    for line in out.splitlines():
        if line.startswith("| o-"):
            assert len(_cells(line)) == 4, line  # traceability rows keep 4 columns
    for line in render_obligations(rf.shred_document(), rf.obligations(),
                                   "markdown").splitlines():
        if line.startswith("| o-"):
            assert len(_cells(line)) == 12, line
    # only the HTML clausecheck writes itself
    assert set(re.findall(r"</?[a-z]+", out)) <= {"<details", "</details", "<summary",
                                                   "</summary"}


# --------------------------------------------------------------------------- html

class _Collect(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._in: str | None = None
        self.data: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        if tag in ("script", "style"):
            self._in = tag
            (self.scripts if tag == "script" else self.styles).append("")

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts[-1] += data
        elif self._in == "style":
            self.styles[-1] += data
        else:
            self.data.append(data)


def _parse(out: str) -> _Collect:
    p = _Collect()
    p.feed(out)
    p.close()
    return p


def _csp_hash(s: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"


CITATION_URLS = {c.url for f in rf.findings() for c in f.citations if c.url.startswith("http")}


def _check_html(out: str) -> _Collect:
    p = _parse(out)
    assert [t for t, _ in p.tags].count("script") == 1
    assert p.scripts == [html_mod.SCRIPT]
    for tag, attrs in p.tags:
        for name, value in attrs:
            assert not name.lower().startswith("on"), (tag, name)
            assert name != "src", tag
            assert name != "style", tag
            if name == "href":
                assert value in CITATION_URLS, value
    meta = [dict(a) for t, a in p.tags if t == "meta" and
            dict(a).get("http-equiv") == "Content-Security-Policy"]
    assert len(meta) == 1
    csp = meta[0]["content"]
    assert "default-src 'none'" in csp and "base-uri 'none'" in csp
    assert _csp_hash(p.styles[0]) in csp and _csp_hash(p.scripts[0]) in csp
    return p


def test_html_safe_and_self_contained():
    out = render(rf.report(), "html")
    p = _check_html(out)
    links = [dict(a) for t, a in p.tags if t == "a"]
    assert {a["href"] for a in links} == CITATION_URLS  # the javascript: one is plain text
    assert all(a["rel"] == "noreferrer noopener" for a in links)
    assert 'href="javascript' not in out and "EO 14028 Sec. 4" in "".join(p.data)
    text = "".join(p.data)
    assert "<script>alert(1)</script>" in text  # shown as text, not run
    assert '" onmouseover="x' in text
    assert "\u202e" not in out and "\x1b" not in out
    # attribute values come only from clausecheck's own vocabulary
    for tag, attrs in p.tags:
        for name, value in attrs:
            if name == "data-status":
                assert value in {"met", "weak", "partial", "missing", "conflict", "outdated",
                                 "accepted"}
            if name == "data-category":
                assert value.isdigit()
    assert "@media print" in p.styles[0]
    assert "UNREADABLE:" in text and 'id="traceability"' in out
    assert len([t for t, _ in p.tags if t == "article"]) == len(rf.findings())


def test_html_without_traceability_has_no_trace_table():
    out = render(rf.report(with_traceability=False), "html")
    _check_html(out)
    assert 'id="traceability"' not in out


# --------------------------------------------------------------------------- csv

def _read_csv(out: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(out, newline="")))


def _unneutralise(s: str) -> str:
    return s[1:] if s.startswith("'") and s.lstrip("'").startswith(
        TRIGGERS + ("\uff1d", "\uff0b", "\uff0d", "\uff20")) else s


def test_csv_rows_and_injection_safety():
    report = rf.report()
    rows = _read_csv(render(report, "csv"))
    header = rows[0]
    assert header[:13] == ["finding id", "document", "rule", "pack", "category", "severity",
                           "status", "title", "message", "page", "section", "evidence text",
                           "citations"]
    n = sum(max(1, len(f.evidence)) for f in report.findings)
    findings_part = rows[1:n + 1]
    assert all(len(r) == len(header) for r in findings_part)
    assert rows[n + 1] == []  # blank separator, then the traceability table
    assert rows[n + 2][0] == "requirement id" and len(rows) == n + 3 + len(report.traceability)
    for r in rows:
        for cell in r:
            assert not cell.startswith(TRIGGERS), cell
    evidence = {r[11] for r in findings_part}
    assert "'" + rf.FORMULA + " 52.204-21 Basic Safeguarding of Covered Contractor " \
           "Information Systems (JUN 2016)" in evidence
    assert any(e.startswith("'+cmd") for e in evidence)
    assert any(e.startswith("'@SUM") for e in evidence)
    accepted = [r for r in findings_part if r[0] == "f-e8a9b0c1d2f3"][0]
    assert accepted[13].startswith("Covered by")


def test_csv_obligations_matrix_columns():
    rows = _read_csv(render_obligations(rf.shred_document(), rf.obligations(), "csv"))
    assert rows[0] == ["ID", "Section", "Page", "Bearer", "Modality", "Strength", "Requirement",
                       "Deadline", "References", "Response location", "Owner", "Status"]
    assert len(rows) == 1 + len(rf.obligations())
    assert all(r[-3:] == ["", "", ""] for r in rows[1:])
    assert rows[2][6].startswith("'=HYPERLINK")


# --------------------------------------------------------------------------- xlsx

def _load(data: bytes):
    import openpyxl
    return openpyxl.load_workbook(io.BytesIO(data))


def test_xlsx_sheets_styles_and_formula_safety():
    data = render(rf.report(), "xlsx")
    assert data == render(rf.report(), "xlsx")  # byte-identical
    wb = _load(data)
    assert wb.sheetnames == ["Findings", "Summary", "Traceability"]
    ws = wb["Findings"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    assert all(cell.font.b for cell in ws[1])
    assert ws["A2"].alignment.wrap_text
    assert ws.column_dimensions["L"].width >= 40  # evidence text
    hostile = 0
    for sheet in wb:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert "\x1b" not in cell.value and "\u202e" not in cell.value
                    if cell.value.startswith(TRIGGERS):
                        hostile += 1
                        assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
    assert hostile >= 5
    summary = {r[0].value: r[1].value for r in wb["Summary"].iter_rows(min_row=2, max_row=9)}
    assert summary["conflict"] == 1 and summary["missing"] == 2 and summary["accepted"] == 1
    assert wb.properties.created.year == 2000 and wb.properties.modified.year == 2000


def test_xlsx_without_traceability_and_matrix():
    wb = _load(render(rf.report(with_traceability=False), "xlsx"))
    assert wb.sheetnames == ["Findings", "Summary"]
    m = _load(render_obligations(rf.shred_document(), rf.obligations(), "xlsx"))
    ws = m["Compliance matrix"]
    assert [c.value for c in ws[1]] == ["ID", "Section", "Page", "Bearer", "Modality",
                                        "Strength", "Requirement", "Deadline", "References",
                                        "Response location", "Owner", "Status"]
    assert ws.max_row == 1 + len(rf.obligations())
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


# --------------------------------------------------------------------------- docx comments

def _source_docx() -> bytes:
    import docx
    d = docx.Document()
    d.add_heading("SECTION C — STATEMENT OF WORK", level=1)              # block 0
    d.add_paragraph("")                                                  # skipped
    d.add_paragraph("C.3.2 The Contractor shall report any AI security incident within ten "
                    "(10) days <script>alert(1)</script> of discovery.")  # block 1
    p = d.add_paragraph("The Contractor should ")                        # block 2
    p.add_run('" onmouseover="x perform adversarial testing')
    p.add_run(" as appropriate.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Clause"                                         # block 3
    t.cell(0, 1).text = "Title"                                          # block 4
    t.cell(1, 0).text = '=HYPERLINK("http://x") 52.204-21'               # block 5
    t.cell(1, 1).text = "Basic Safeguarding (JUN 2016)"                  # block 6
    d.add_paragraph("Access to model weights shall be limited as appropriate.")  # block 7
    d.add_paragraph("The Contractor shall protect Government training data.")    # block 8
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _docx_report() -> GapReport:
    by_rule = {f.rule_id: f for f in rf.findings()}
    conflict = by_rule["AICR-IR-001"].model_copy(update={"evidence": (
        rf.ev("The Contractor shall report any AI security incident within ten (10) days",
              5, 3, "C.3.2"),)})  # wrong index: found by its text
    weak = by_rule["AICR-AR-002"].model_copy(update={
        "message": "Recommended only \x1b[31m(\"should\")\u202e.",
        "evidence": (rf.ev('The Contractor should " onmouseover="x perform adversarial testing',
                           2, 5, "C.5.1"),)})  # text spans three runs
    outdated = by_rule["AICR-GV-004"].model_copy(update={"evidence": (
        rf.ev("52.204-21 Basic Safeguarding of Covered Contractor Information Systems",
              5, 1, "I.1"),)})  # no text match: falls back to block 5
    elsewhere = by_rule["AICR-AR-002"].model_copy(update={"id": "f-other", "document": "x.docx"})
    return rf.report().model_copy(update={"findings": (
        conflict, weak, outdated, elsewhere, by_rule["AICR-SC-003"], by_rule["TRACE-L.4.2"],
        by_rule["AICR-MA-001"], by_rule["AICR-DP-002"], by_rule["AICR-DT-001"])})


def _comment_anchors(document) -> dict[int, str]:
    """comment id → text of the block (paragraph or cell) holding its range start."""
    from docx.oxml.ns import qn
    out = {}
    for start in document.element.body.iter(qn("w:commentRangeStart")):
        p = start.getparent()
        while p.tag != qn("w:p"):
            p = p.getparent()
        container = p.getparent()
        paras = container.findall(qn("w:p")) if container.tag == qn("w:tc") else [p]
        out[int(start.get(qn("w:id")))] = "\n".join(
            "".join(t.text or "" for t in q.iter(qn("w:t"))) for q in paras)
    return out


def test_annotate_docx_comments():
    import docx
    source = _source_docx()
    out = annotate_docx(source, _docx_report(), rf.SOLICITATION)
    assert out[:2] == b"PK" and out != source
    document = docx.Document(io.BytesIO(out))
    comments = list(document.comments)
    assert len(comments) == 4
    assert all(c.author == "clausecheck" and c.initials == "CC" for c in comments)
    texts = {c.comment_id: c.text for c in comments}
    anchors = _comment_anchors(document)
    by_rule = {}
    for cid, text in texts.items():
        m = re.search(r"(AICR-\w\w-\d+)", text)
        by_rule.setdefault("summary" if "missing from this document" in text else m.group(1),
                           []).append(cid)
    assert sorted(by_rule) == ["AICR-AR-002", "AICR-GV-004", "AICR-IR-001", "summary"]
    assert anchors[by_rule["AICR-IR-001"][0]].startswith("C.3.2 The Contractor shall report")
    assert anchors[by_rule["AICR-AR-002"][0]].startswith("The Contractor should")
    assert anchors[by_rule["AICR-GV-004"][0]] == '=HYPERLINK("http://x") 52.204-21'
    assert anchors[by_rule["summary"][0]] == "SECTION C — STATEMENT OF WORK"
    summary = texts[by_rule["summary"][0]]
    assert "AICR-SC-003 — AI bill of materials" in summary and "TRACE-L.4.2" in summary
    weak = texts[by_rule["AICR-AR-002"][0]]
    assert weak.startswith("clausecheck: WEAK (medium) AICR-AR-002")
    assert "\x1b" not in weak and "\u202e" not in weak and "(\"should\")" in weak
    assert "CONFLICT" in texts[by_rule["AICR-IR-001"][0]]
    # the source is untouched
    assert len(list(docx.Document(io.BytesIO(source)).comments)) == 0


def test_annotate_docx_with_nothing_to_say():
    import docx
    out = annotate_docx(_source_docx(), rf.clean_report(), rf.SOLICITATION)
    assert len(list(docx.Document(io.BytesIO(out)).comments)) == 0


# --------------------------------------------------------------------------- properties

def _with_evidence(text: str) -> GapReport:
    f = rf.findings()[0]
    f = f.model_copy(update={"evidence": (Evidence(text=text, location=rf.loc(3, 1, "C.1")),)})
    return GapReport(tool_version="0.1.0", documents=(rf.documents()[0],), findings=(f,))


_BASELINE = None


def _tag_names(out: str) -> list[str]:
    return [t for t, _ in _parse(out).tags]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_html_never_lets_evidence_become_markup(text):
    global _BASELINE
    if _BASELINE is None:
        _BASELINE = _tag_names(render(_with_evidence("x"), "html"))
    out = render(_with_evidence(text), "html")
    assert _tag_names(out) == _BASELINE
    escaped = html_mod.esc(text)
    assert "<" not in escaped and ">" not in escaped and '"' not in escaped
    assert f"<blockquote>{escaped}</blockquote>" in out


@settings(max_examples=200, deadline=None)
@given(st.text())
@example("'=")        # an apostrophe before a trigger: found by hypothesis, gets a second apostrophe
@example("''+1")
def test_csv_round_trips_arbitrary_evidence(text):
    rows = _read_csv(render(_with_evidence(text), "csv"))
    assert len(rows) == 2
    cell = rows[1][11]
    assert not cell.startswith(TRIGGERS)
    # CSV keeps the text except terminal controls and bidi overrides (stripped for `cat` safety)
    assert _unneutralise(cell) == strip_controls(text)
    assert "\x1b" not in cell and "\u202e" not in cell


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_markdown_escape_keeps_text_inert(text):
    from clausecheck.renderers.markdown import md
    out = md(text)
    assert "\n" not in out and "<" not in out and ">" not in out
    assert not re.search(r"(?<!\\)[|`\[\]]", out.replace("\\\\", ""))
    assert not re.search(r"@\w", out)


# --------------------------------------------------------------------------- edge cases

def test_empty_and_odd_reports_render_everywhere():
    from clausecheck.model import Document
    empty = GapReport(tool_version="0.1.0.dev1")
    odd = GapReport(
        tool_version="0.1.0",
        documents=(Document(path="C:\\scans\\rfp.pdf", sha256="0" * 64, status="unreadable"),),
        findings=(rf.findings()[1].model_copy(update={"document": "not-in-documents.txt"}),),
        traceability=(),
    )
    for report in (empty, odd):
        for fmt in FORMATS:
            assert render(report, fmt)
        _schema("report").validate(json.loads(render(report, "json")))
        if SARIF_SCHEMA.exists():
            schema = json.loads(SARIF_SCHEMA.read_text())
            cls = jsonschema.validators.validator_for(schema)
            assert not list(cls(schema).iter_errors(_sarif(report)))
        _check_html(render(report, "html"))
    assert "semanticVersion" not in _sarif(empty)["runs"][0]["tool"]["driver"]
    assert "No findings." in render(empty, "text")
    assert "Summary: 0 conflict" in render(empty, "text")
    assert "UNREADABLE: C:\\scans\\rfp.pdf — no usable text" in render(odd, "text")
    uri = _sarif(odd)["runs"][0]["artifacts"][0]["location"]["uri"]
    assert uri == "file:///C:/scans/rfp.pdf"
    for fmt in OBLIGATION_FORMATS:
        assert render_obligations(odd.documents[0], (), fmt)


def test_annotate_docx_without_paragraphs():
    import docx
    buf = io.BytesIO()
    docx.Document().save(buf)
    out = annotate_docx(buf.getvalue(), rf.report(), rf.SOLICITATION)
    assert len(list(docx.Document(io.BytesIO(out)).comments)) == 0
