"""Hostile text in every report format, and isolation between documents scanned in parallel."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from openpyxl import load_workbook

import generators
from clausecheck.pipeline import ScanOptions, scan_paths
from clausecheck.renderers import FORMATS, render
from clausecheck.renderers._safe import FORMULA_TRIGGERS

OPTIONS = ScanOptions(timeout=10.0, memory_mb=768)
#: ESC, BEL, CSI (8-bit), and the bidi embeddings / overrides / isolates
FORBIDDEN_IN_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def payload_report(cases, warm_parent):
    report = scan_paths([str(cases["payload.txt"].path), str(cases["payload.docx"].path)],
                        OPTIONS)
    assert [d.status for d in report.documents] == ["ok", "ok"]
    return report


def _evidence(report) -> str:
    return "\n".join(e.text for f in report.findings for e in f.evidence)


def test_payload_reaches_the_findings(payload_report):
    """Without this the format checks below would prove nothing."""
    text = _evidence(payload_report)
    for needle in ("<script>alert(1)</script>", '=HYPERLINK("http://x")', "+cmd|' /C calc'!A0",
                   "@SUM(1)", "\x1b]0;pwned\x07", "\x1b[31m", "\u202e"):
        assert needle in text, needle
    docs = {f.document for f in payload_report.findings if f.evidence}
    assert len(docs) == 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders(payload_report, fmt):
    out = render(payload_report, fmt)
    assert out


def test_xlsx_has_no_formula_cells(payload_report):
    wb = load_workbook(io.BytesIO(render(payload_report, "xlsx")))
    seen_payload = False
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not FORBIDDEN_IN_TERMINAL.search(cell.value), cell.coordinate
                    if cell.value.startswith(FORMULA_TRIGGERS):
                        assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
                    seen_payload |= "HYPERLINK" in cell.value
    assert seen_payload


def test_csv_cells_never_start_a_formula(payload_report):
    out = render(payload_report, "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert any("HYPERLINK" in cell for row in rows for cell in row)
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_TRIGGERS), cell[:60]


def test_html_has_no_script_from_the_document(payload_report):
    out = render(payload_report, "html")
    assert "alert(1)" in out  # the text is there...
    assert "<script>alert(1)" not in out  # ...but never as markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    # the report's own inline script (CSP-hashed) is the only one
    assert out.count("<script") == 1
    assert "\x1b" not in out and "\u202e" not in out


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_terminal_formats_have_no_escapes_or_bidi(payload_report, fmt):
    out = render(payload_report, fmt)
    assert "alert(1)" in out
    bad = FORBIDDEN_IN_TERMINAL.findall(out)
    assert not bad, sorted(set(bad))


def test_colour_text_output_only_has_our_own_escapes(payload_report):
    out = render(payload_report, "text", color=True)
    assert "pwned" in out
    assert "\x1b]" not in out and "\x07" not in out  # no OSC (title change) from the document
    assert "\u202e" not in out


def test_markdown_does_not_carry_raw_html(payload_report):
    out = render(payload_report, "markdown")
    assert "<script" not in out


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_machine_formats_keep_text_verbatim_but_valid(payload_report, fmt):
    """JSON and SARIF are data: the evidence is kept exactly (escaped by the JSON encoder)."""
    out = render(payload_report, fmt)
    data = json.loads(out)
    assert data
    if fmt == "json":
        texts = [e["text"] for f in data["findings"] for e in f["evidence"]]
        assert any("<script>alert(1)</script>" in t for t in texts)


# ------------------------------------------------------------------ parallel vs serial
N_DOCS = 50
MARK = re.compile(r"QZ\d{3}X")


def _marker(i: int) -> str:
    return f"QZ{i:03d}X"


def _marked_doc(i: int) -> tuple[str, bytes]:
    m = _marker(i)
    sentences = [
        f"The Contractor shall report every AI security incident ({m}) to the Contracting "
        f"Officer within {24 + i % 48} hours of discovery.",
        f"The Contractor shall conduct adversarial testing ({m}) of the AI model before "
        "deployment.",
        f"The Contractor shall deliver a software bill of materials ({m}) for the AI system.",
    ]
    kind = i % 3
    if kind == 0:
        return f"doc{i:03d}.txt", generators.text_document(sentences).encode()
    if kind == 1:
        return f"doc{i:03d}.docx", generators.simple_docx(sentences)
    return f"doc{i:03d}.pdf", generators.text_pdf(sentences)


@pytest.fixture(scope="module")
def marked_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("marked")
    files = {}
    for i in range(N_DOCS):
        name, data = _marked_doc(i)
        (folder / name).write_bytes(data)
        files[name] = _marker(i)
    return folder, files


def test_parallel_equals_serial_and_nothing_leaks(marked_files, warm_parent):
    folder, files = marked_files
    paths = [str(folder / name) for name in files]
    serial = scan_paths(paths, ScanOptions(jobs=1, timeout=30.0, memory_mb=768))
    parallel = scan_paths(paths, ScanOptions(jobs=4, timeout=30.0, memory_mb=768))
    serial_json = render(serial, "json")
    assert serial_json == render(parallel, "json")
    assert all(d.status == "ok" for d in parallel.documents)
    marker_of = {name: m for name, m in files.items()}
    with_evidence: set[str] = set()
    for f in parallel.findings:
        doc_name = f.document.rsplit("/", 1)[-1]
        own = marker_of[doc_name]
        for e in f.evidence:
            found = set(MARK.findall(e.text))
            assert found <= {own}, (doc_name, found)
            if own in found:
                with_evidence.add(doc_name)
    # every document produced evidence carrying its own marker
    assert with_evidence == set(files)
