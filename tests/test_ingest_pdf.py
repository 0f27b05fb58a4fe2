"""PDF ingestion: generated PDFs (tests/pdf_factory.py) plus the shared real corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clausecheck.errors import (
    ClauseCheckError,
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
)
from clausecheck.ingest.limits import DEFAULT_LIMITS, Limits
from clausecheck.ingest.pdf import _join, parse_pdf

from pdf_factory import PdfBuilder, contract_pdf

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def parse(data: bytes, **kw):
    return parse_pdf(data, limits=kw.pop("limits", DEFAULT_LIMITS), path="test.pdf", **kw)


def texts(parsed) -> list[str]:
    return [b.text for b in parsed.blocks]


LONG = (
    "The Contractor shall notify the Contracting Officer of any cyber incident affecting "
    "covered defense information within seventy two hours of discovery and shall preserve "
    "all relevant images and logs for at least ninety days so that the Government can "
    "perform a damage assessment of the affected systems and models."
)


def multi_page(n_pages: int = 4, **builder_kw) -> bytes:
    b = PdfBuilder(header="Solicitation 47QTCA-26-Q-0001 | Section C", **builder_kw)
    for n in range(n_pages):
        b.heading(f"C.{n + 1} REQUIREMENTS PART {n + 1}")
        b.paragraph(f"Paragraph on page {n + 1}. " + LONG)
        if n + 1 < n_pages:
            b.new_page()
    return b.to_bytes()


# ------------------------------------------------------------------- basic structure
def test_paragraph_lines_are_joined_and_pages_numbered():
    parsed = parse(multi_page(4))
    assert parsed.format == "pdf"
    assert parsed.pages == 4
    assert parsed.unreadable_reason is None
    paras = [b for b in parsed.blocks if b.kind == "paragraph"]
    assert len(paras) == 4
    for n, block in enumerate(paras, start=1):
        assert block.text == f"Paragraph on page {n}. " + LONG
        assert block.page == n
        assert block.label is None
    pages = [b.page for b in parsed.blocks]
    assert pages == sorted(pages) and all(p is not None for p in pages)


def test_running_header_footer_and_page_numbers_removed():
    parsed = parse(multi_page(5))
    joined = "\n".join(texts(parsed))
    assert "47QTCA" not in joined
    assert not re.search(r"Page \d+ of \d+", joined)
    assert "Section C" not in joined


def test_dash_page_numbers_removed_on_short_documents():
    b = PdfBuilder(header=None, footer="- {n} -")
    b.paragraph(LONG)
    b.new_page()
    b.paragraph(LONG)
    parsed = parse(b.to_bytes())
    assert texts(parsed) == [LONG, LONG]


def test_headings_and_list_items():
    b = PdfBuilder()
    b.heading("SECTION C - DESCRIPTION/SPECIFICATIONS")
    b.heading("C.3 Incident Reporting")
    b.paragraph("The Contractor shall report as follows:")
    b.list_item("(a)", "Notify the Contracting Officer within 72 hours of discovery of any incident.")
    b.list_item("(b)", "Preserve images of affected systems for at least 90 days after the report.")
    b.list_item("1.", "A numbered item that is long enough to wrap onto a second line of text "
                "so that the hanging indent is exercised by the paragraph joiner.")
    parsed = parse(b.to_bytes())
    kinds = [(blk.kind, blk.text) for blk in parsed.blocks]
    assert kinds[0] == ("heading", "SECTION C - DESCRIPTION/SPECIFICATIONS")
    assert kinds[1] == ("heading", "C.3 Incident Reporting")
    assert kinds[2] == ("paragraph", "The Contractor shall report as follows:")
    assert kinds[3][0] == "list_item" and kinds[3][1].startswith("(a) Notify")
    assert kinds[4][0] == "list_item" and kinds[4][1].startswith("(b) Preserve")
    assert kinds[5][0] == "list_item" and kinds[5][1].endswith("by the paragraph joiner.")
    assert len(kinds) == 6


def test_a_short_numbered_lead_in_with_shall_is_no_heading():
    """"2.1 The Subcontractor shall:" is short, numbered and capitalised like a heading, but it
    introduces the lettered duties after it; as a heading its items would lose their lead-in."""
    b = PdfBuilder()
    b.heading("ARTICLE 2 - STATEMENT OF WORK")
    b.paragraph("2.1 The Subcontractor shall:")
    b.list_item("(a)", "train the Contact Classifier on the Government-furnished acoustic library;")
    b.list_item("(b)", "deliver a model card for each model version.")
    b.paragraph("2.2 Program Management")
    parsed = parse(b.to_bytes())
    kinds = [(blk.kind, blk.text) for blk in parsed.blocks]
    assert kinds[1] == ("paragraph", "2.1 The Subcontractor shall:")
    assert kinds[4] == ("heading", "2.2 Program Management")
    from clausecheck.extract import extract_obligations
    from clausecheck.ingest import load_document

    obs = extract_obligations(load_document(b.to_bytes(), path="sub.pdf"))
    assert [o.text[:3] for o in obs] == ["(a)", "(b)"], [o.text for o in obs]


def test_list_items_without_gaps_split_at_each_enumerator():
    b = PdfBuilder()
    b.raw_lines(["The quoter shall complete the following fields:"], gap_after=False)
    b.raw_lines(["A. Contractor Name", "B. Schedule Contract Number",
                 "C. Point of Contact", "\u2022 first bullet", "\u2022 second bullet"])
    parsed = parse(b.to_bytes())
    assert texts(parsed) == [
        "The quoter shall complete the following fields:",
        "A. Contractor Name",
        "B. Schedule Contract Number",
        "C. Point of Contact",
        "\u2022 first bullet",
        "\u2022 second bullet",
    ]


# ------------------------------------------------------------------- hyphenation
def test_hyphenation_repaired_and_real_hyphens_kept():
    b = PdfBuilder()
    b.raw_lines([
        "The contractor shall protect all informa-",
        "tion systems as required by FAR 52.204-",
        "21 and the Cyber-",
        "Security guidance of the agency, including self-",
        "assessment records and the soft hyphen in confi\xad",
        "guration files.",
    ])
    parsed = parse(b.to_bytes())
    assert texts(parsed) == [
        "The contractor shall protect all information systems as required by FAR 52.204-21 "
        "and the Cyber-Security guidance of the agency, including self-assessment records and "
        "the soft hyphen in configuration files."
    ]


@pytest.mark.parametrize(
    ("prev", "nxt", "expected"),
    [
        ("informa-", "tion", "information"),
        ("informa\x02", "tion", "information"),
        ("FAR 52.204\x02", "21", "FAR 52.204-21"),
        ("under Section-", "C", "under Section-C"),
        ("a dash -", "then more", "a dash - then more"),
        ("publicly-", "accessible", "publicly-accessible"),
        ("plain", "words", "plain words"),
    ],
)
def test_join_rules(prev, nxt, expected):
    vocab = frozenset({"publicly-accessible"})
    assert _join(prev, nxt, vocab) == expected


def test_hyphen_kept_when_document_spells_the_compound():
    b = PdfBuilder()
    b.paragraph("Use a publicly-accessible repository for all code.")
    b.raw_lines(["The prototype must be stored in a publicly-", "accessible version control system."])
    parsed = parse(b.to_bytes())
    assert texts(parsed)[1] == (
        "The prototype must be stored in a publicly-accessible version control system."
    )


# ------------------------------------------------------------------- columns
def test_two_columns_read_in_column_order():
    left = ["Left column first paragraph talks about incident reporting duties of the "
            "contractor and the contracting officer in great detail.",
            "Left column second paragraph covers the retention of logs for ninety days."]
    right = ["Right column first paragraph describes supply chain risk management for "
             "software, models and the data used to train them.",
             "Right column second paragraph describes testing and evaluation duties."]
    b = PdfBuilder()
    b.heading("SECTION H - SPECIAL CONTRACT REQUIREMENTS")
    b.paragraph("A full-width introduction that spans the whole page width before the two "
                "columns start, written long enough to cross the gutter of the page.")
    b.columns(left, right)
    parsed = parse(b.to_bytes())
    assert texts(parsed) == [
        "SECTION H - SPECIAL CONTRACT REQUIREMENTS",
        "A full-width introduction that spans the whole page width before the two columns "
        "start, written long enough to cross the gutter of the page.",
        *left,
        *right,
    ]


def test_single_column_short_lines_are_not_taken_for_columns():
    b = PdfBuilder()
    for n in range(4):
        b.paragraph(f"Item {n}. " + LONG)
        b.raw_lines([f"Short line {n}."])
    parsed = parse(b.to_bytes())
    assert texts(parsed) == [t for n in range(4) for t in (f"Item {n}. " + LONG, f"Short line {n}.")]


# ------------------------------------------------------------------- text layer
def test_image_only_page_warns_and_the_rest_reads():
    b = PdfBuilder()
    b.paragraph("First page text. " + LONG)
    b.image_page()
    b.paragraph("Third page text. " + LONG)
    parsed = parse(b.to_bytes())
    assert parsed.pages == 3
    assert parsed.unreadable_reason is None
    assert "page 2: no text layer (scanned image?)" in parsed.warnings
    assert [blk.page for blk in parsed.blocks] == [1, 3]


def test_all_image_pdf_is_unreadable():
    b = PdfBuilder(footer=None)
    b.image_page()
    b.image_page()
    parsed = parse(b.to_bytes())
    assert parsed.blocks == []
    assert parsed.unreadable_reason == "no text layer (scanned or image-only PDF)"
    assert parsed.warnings[:2] == [
        "page 1: no text layer (scanned image?)",
        "page 2: no text layer (scanned image?)",
    ]


# ------------------------------------------------------------------- errors
def test_encrypted_pdf():
    b = PdfBuilder()
    b.paragraph(LONG)
    with pytest.raises(EncryptedDocumentError, match="password required"):
        parse(b.to_bytes(user_password="s3cret"))


def test_owner_password_only_still_reads():
    b = PdfBuilder()
    b.paragraph(LONG)
    data = b.to_bytes()
    # an owner-only (permissions) password does not prevent reading
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(20, 30, "Readable despite permissions.")
    pdf.set_encryption(owner_password="owner")
    parsed = parse(bytes(pdf.output()))
    assert texts(parsed) == ["Readable despite permissions."]
    assert data  # the unencrypted build above is unaffected


@pytest.mark.parametrize(
    "data",
    [b"not a pdf at all", b"%PDF-1.7\n1 0 obj\n<<", b"\x00" * 64],
    ids=["text", "header-only", "zeros"],
)
def test_corrupt_data(data):
    with pytest.raises(CorruptDocumentError):
        parse(data)


def test_truncated_pdf_is_corrupt():
    data = multi_page(3)
    with pytest.raises(CorruptDocumentError):
        parse(data[: len(data) // 2])


def test_empty_file():
    with pytest.raises(EmptyDocumentError):
        parse(b"")


def test_page_limit():
    with pytest.raises(LimitExceededError, match="pages"):
        parse(multi_page(3), limits=Limits(max_pages=2))


def test_size_limit():
    with pytest.raises(LimitExceededError):
        parse(multi_page(1), limits=Limits(max_file_bytes=100))


def test_errors_share_the_base_class():
    for data in (b"junk", b""):
        with pytest.raises(ClauseCheckError):
            parse(data)


# ------------------------------------------------------------------- generated contract
def test_contract_document_pages_increase_and_no_running_text():
    parsed = parse(contract_pdf(12, two_column_every=2))
    assert parsed.pages == 12
    pages = [b.page for b in parsed.blocks]
    assert pages == sorted(pages)
    assert set(pages) == set(range(1, 13))
    joined = "\n".join(texts(parsed))
    assert "47QTCA" not in joined and "Page " not in joined
    assert "52.204-21" in joined
    assert "\x02" not in joined and "\xad" not in joined
    assert any(b.kind == "heading" for b in parsed.blocks)
    assert any(b.kind == "list_item" and b.text.startswith("(a) ") for b in parsed.blocks)


# ------------------------------------------------------------------- property
_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)
_para = st.lists(_word, min_size=1, max_size=60).map(lambda ws: ["W" + ws[0], *ws[1:]])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_para, min_size=1, max_size=12), st.booleans())
def test_words_come_back_in_order(paragraphs, hyphenate):
    b = PdfBuilder()
    for words in paragraphs:
        b.paragraph(" ".join(words) + ".", hyphenate=hyphenate)
    parsed = parse(b.to_bytes())
    got = " ".join(blk.text for blk in parsed.blocks).split()
    want = " ".join(" ".join(words) + "." for words in paragraphs).split()
    assert got == want
    pages = [blk.page for blk in parsed.blocks]
    assert pages == sorted(pages)


# ------------------------------------------------------------------- real corpus
def _corpus_pdfs() -> list[Path]:
    return sorted(CORPUS.rglob("*.pdf")) if CORPUS.is_dir() else []


@pytest.mark.corpus
@pytest.mark.skipif(not _corpus_pdfs(), reason="shared corpus not available")
@pytest.mark.parametrize("path", _corpus_pdfs(), ids=lambda p: p.name)
def test_corpus_pdf_parses(path: Path):
    parsed = parse_pdf(path.read_bytes(), limits=DEFAULT_LIMITS, path=str(path))
    assert parsed.pages and parsed.pages > 0
    assert parsed.unreadable_reason is None
    body = [b for b in parsed.blocks if b.part == "body"]
    assert body
    assert all(isinstance(b.page, int) and 1 <= b.page <= parsed.pages for b in body)
    pages = [b.page for b in body]
    assert pages == sorted(pages)
    assert all(b.text.strip() for b in body)


@pytest.mark.corpus
@pytest.mark.skipif(not _corpus_pdfs(), reason="shared corpus not available")
def test_corpus_tdrs_award_headers_removed():
    path = CORPUS / "18f-tdrs-rfq" / "TDRS_Fully_Executed_Base_Award.pdf"
    if not path.exists():
        pytest.skip("TDRS award not in corpus")
    parsed = parse_pdf(path.read_bytes(), limits=DEFAULT_LIMITS, path=str(path))
    texts_ = [b.text for b in parsed.blocks]
    assert "PWS - TDRS - 18F/OA Assisted Acquisition" not in texts_
    assert not any(re.fullmatch(r"\d+ of \d+", t) for t in texts_)
    assert any(w.startswith("page 2: no text layer") for w in parsed.warnings)


@pytest.mark.parametrize("angle", [90, 270])
def test_text_drawn_sideways_reads_in_order(angle):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    lines = ["C.4 SIDEWAYS TABLE PAGE", "", "The Contractor shall read this first line",
             "and then this second line of the same paragraph."]
    with pdf.rotation(angle, x=306, y=396):
        for i, text in enumerate(lines):
            if text:
                pdf.text(150, 300 + 14 * i, text)
    parsed = parse(bytes(pdf.output()))
    assert texts(parsed) == [
        "C.4 SIDEWAYS TABLE PAGE",
        "The Contractor shall read this first line and then this second line of the same "
        "paragraph.",
    ]


# ------------------------------------------------------------------- ruled tables
CLAUSE_ROWS = [
    ["Clause", "Title", "Date"],
    ["52.204-21", "Basic Safeguarding of Covered Contractor Information Systems", "NOV 2021"],
    ["52.204-25", "Prohibition on Contracting for Certain Telecommunications and Video "
                  "Surveillance Services or Equipment", "NOV 2021"],
    ["252.204-7012", "Safeguarding Covered Defense Information and Cyber Incident Reporting",
     "MAY 2024"],
]
CLAUSE_WIDTHS = [30.0, 100.0, 35.9]


def cells(parsed) -> list:
    return [b for b in parsed.blocks if b.kind == "table_cell"]


def grid(parsed, table: int = 0) -> dict[tuple[int, int], str]:
    return {(b.row, b.col): b.text for b in cells(parsed) if b.table == table}


@pytest.mark.parametrize("rules", ["line", "rect", "fill"])
def test_ruled_table_between_paragraphs(rules):
    b = PdfBuilder()
    b.paragraph("I.1 The following clauses are incorporated by reference into this contract.")
    wrapped = b.table(CLAUSE_ROWS, CLAUSE_WIDTHS, rules=rules)
    b.paragraph("I.2 The Contractor shall flow down these clauses to all subcontracts.")
    assert max(len(c) for c in wrapped[2]) >= 2  # the long titles really wrap
    parsed = parse(b.to_bytes())
    kinds = [blk.kind for blk in parsed.blocks]
    assert kinds == ["paragraph"] + ["table_cell"] * 12 + ["paragraph"]
    assert parsed.blocks[0].text.startswith("I.1 ")
    assert parsed.blocks[-1].text.startswith("I.2 ")
    got = [(blk.table, blk.row, blk.col, blk.text) for blk in cells(parsed)]
    want = [(0, r, c, text) for r, row in enumerate(CLAUSE_ROWS) for c, text in enumerate(row)]
    assert got == want  # row-major order, multi-line cells joined
    assert all(blk.page == 1 for blk in parsed.blocks)


def test_table_cells_repair_hyphenation_and_keep_clause_numbers():
    b = PdfBuilder()
    rows = [["Item", "Requirement"],
            ["1", "Implementation of the safeguarding requirements in FAR 52.204-21 "
                  "notwithstanding subcontractor representations"]]
    wrapped = b.table(rows, [20.0, 45.0], rules="line", hyphenate=True)
    assert any(line.endswith("-") for line in wrapped[1][1][:-1])
    parsed = parse(b.to_bytes())
    assert grid(parsed)[(1, 1)] == rows[1][1]


def test_table_spanning_two_pages_starts_a_new_table():
    b = PdfBuilder()
    b.paragraph("F.1 Deliverables are due as listed below. " + LONG)
    rows = [["Deliverable", "Description", "Due"]]
    rows += [[f"D{n:02d}", f"Monthly status report number {n} covering schedule, cost and "
              f"risk for the period", f"Day {5 * n}"] for n in range(1, 31)]
    b.table(rows, [30.0, 100.0, 35.9], rules="rect")
    b.paragraph("F.2 All deliverables shall be submitted electronically.")
    parsed = parse(b.to_bytes())
    assert parsed.pages == 2
    table_cells = cells(parsed)
    assert {blk.table for blk in table_cells} == {0, 1}
    assert {blk.page for blk in table_cells if blk.table == 0} == {1}
    assert {blk.page for blk in table_cells if blk.table == 1} == {2}
    # every data row stays whole: its three cells share a table and a row
    by_row: dict[tuple[int, int], list[str]] = {}
    for blk in table_cells:
        by_row.setdefault((blk.table, blk.row), []).append(blk.text)
    flat = [r for r in by_row.values()]
    assert flat[0] == rows[0]
    assert flat[1:] == rows[1:]
    assert texts(parsed)[-1] == "F.2 All deliverables shall be submitted electronically."
    # the table on page 2 restarts its row numbers
    assert min(blk.row for blk in table_cells if blk.table == 1) == 0


def test_two_tables_on_a_page_and_a_spanning_row():
    b = PdfBuilder()
    b.heading("SECTION F - DELIVERIES")
    b.table([["CLIN", "Item", "Quantity"], ["0001", "Model development", "1 lot"],
             ["Note: quantities are estimates"]], rules="line")
    b.paragraph("F.2 Options.")
    b.table([["CLIN", "Item"], ["1001", "Option year one"]], rules="fill")
    parsed = parse(b.to_bytes())
    assert grid(parsed, 0) == {
        (0, 0): "CLIN", (0, 1): "Item", (0, 2): "Quantity",
        (1, 0): "0001", (1, 1): "Model development", (1, 2): "1 lot",
        (2, 0): "Note: quantities are estimates",
    }
    assert grid(parsed, 1) == {(0, 0): "CLIN", (0, 1): "Item", (1, 0): "1001",
                               (1, 1): "Option year one"}
    assert [blk.kind for blk in parsed.blocks][0] == "heading"
    i = texts(parsed).index("F.2 Options.")
    assert parsed.blocks[i - 1].table == 0 and parsed.blocks[i + 1].table == 1


def test_boxes_and_underlines_are_not_tables():
    b = PdfBuilder()
    b.paragraph("C.1 " + LONG)
    b.table([["Only one box of text: " + LONG]], rules="rect")  # a framed note, 1 x 1
    b.table([["A framed grid with a single filled cell", ""], ["", ""]], rules="line")
    b.paragraph("C.2 Underlined text follows.")
    page = b.pages[-1]
    from pdf_factory import Rule

    for y in (60.0, 61.0, 62.0):  # stacked underlines without vertical rules
        page.rules.append(Rule("line", 30.0, y, 120.0, y))
    parsed = parse(b.to_bytes())
    assert not cells(parsed)
    assert "Only one box of text: " + LONG in texts(parsed)
    assert "A framed grid with a single filled cell" in texts(parsed)


def test_tables_in_generated_contract():
    parsed = parse(contract_pdf(6, table_every=2))
    table_cells = cells(parsed)
    assert table_cells
    by_row: dict[tuple[int, int], dict[int, str]] = {}
    for blk in table_cells:
        by_row.setdefault((blk.table, blk.row), {})[blk.col] = blk.text
    rows = list(by_row.values())
    assert all(len(r) == 3 for r in rows)
    assert {0: "52.204-21", 1: "Basic Safeguarding of Covered Contractor Information Systems",
            2: "NOV 2021"} in rows
    pages = [blk.page for blk in parsed.blocks]
    assert pages == sorted(pages)


def test_corpus_builder_clause_table_rows(tmp_path):
    """corpora/build.py draws tables as one stroked rectangle per cell."""
    import importlib.util
    import sys

    root = Path(__file__).resolve().parents[1]
    doc = root / "corpora" / "packs" / "dla-demand-forecast-outdated" / "document.md"
    if not doc.exists():
        pytest.skip("corpus document not available")
    spec = importlib.util.spec_from_file_location("clausecheck_corpora_build",
                                                  root / "corpora" / "build.py")
    build = sys.modules.get(spec.name) or importlib.util.module_from_spec(spec)
    if spec.name not in sys.modules:
        sys.modules[spec.name] = build  # dataclasses need the module registered
        spec.loader.exec_module(build)
    pdf = build.build(doc, "pdf", tmp_path)
    parsed = parse(pdf.read_bytes())
    rows: dict[tuple[int, int], dict[int, str]] = {}
    for blk in cells(parsed):
        rows.setdefault((blk.table, blk.row), {})[blk.col] = blk.text
    assert {0: "Clause", 1: "Title", 2: "Date"} in rows.values()
    assert {0: "52.204-21", 1: "Basic Safeguarding of Covered Contractor Information Systems",
            2: "JUN 2016"} in rows.values()
    assert not any(blk.kind == "heading" and re.fullmatch(r"[A-Z]{3} \d{4}", blk.text)
                   for blk in parsed.blocks)


@pytest.mark.corpus
@pytest.mark.skipif(not _corpus_pdfs(), reason="shared corpus not available")
def test_corpus_tdrs_award_deliverables_table():
    path = CORPUS / "18f-tdrs-rfq" / "TDRS_Fully_Executed_Base_Award.pdf"
    if not path.exists():
        pytest.skip("TDRS award not in corpus")
    parsed = parse_pdf(path.read_bytes(), limits=DEFAULT_LIMITS, path=str(path))
    rows: dict[tuple[int, int], dict[int, str]] = {}
    for blk in cells(parsed):
        rows.setdefault((blk.table, blk.row), {})[blk.col] = blk.text
    assert {0: "Deliverable Name", 1: "Deliverable Title/Description", 2: "Due Date"} in rows.values()
    assert {0: "Roster", 1: "Roster of all employees",
            2: "Within 3 days of the effective date of this contract"} in rows.values()
    assert {0: "Due Date", 1: "Every sprint"} in rows.values()


def test_page_numbers_inside_a_wide_bottom_margin_are_removed():
    """Real RFQs (18F ADS Modification 5) print the page number 14 % above the page edge, below
    all body text: it must not be glued into the paragraph that runs over the page break."""
    from pdf_factory import Line

    b = PdfBuilder(header=None, footer=None)
    for n in range(4):
        b.paragraph(f"Paragraph {n + 1}. " + LONG)
        b.pages[-1].lines.append(Line(str(n + 1), 190.0, 240.0))
        if n < 3:
            b.new_page()
    parsed = parse(b.to_bytes())
    assert texts(parsed) == [f"Paragraph {n + 1}. " + LONG for n in range(4)]


def test_a_lone_number_on_two_pages_is_not_taken_for_a_page_number():
    from pdf_factory import Line

    b = PdfBuilder(header=None, footer=None)
    for n in range(2):
        b.paragraph(f"Paragraph {n + 1}. " + LONG)
        b.pages[-1].lines.append(Line("42", 100.0, 240.0))
        if n < 1:
            b.new_page()
    joined = "\n".join(texts(parse(b.to_bytes())))
    assert "42" in joined


def test_sentence_broken_after_a_colon_at_a_page_break_is_joined():
    """A proposal PDF whose page ends on "... triggers the sepsis protocol:" and whose next page
    goes on "the platform places a STAT lactate order ..." holds one sentence, not two: the
    clause after the colon is what the passage commits to."""
    b = PdfBuilder(header=None, footer=None)
    b.paragraph("Opening paragraph. " + LONG)
    b.raw_lines(["To save time in the first hour, the high-risk tier triggers the nurse-driven protocol:"],
                gap_after=False)
    b.new_page()
    b.raw_lines(["the platform places a STAT lactate order through the order interface when the alert fires."])
    b.paragraph("Closing paragraph. " + LONG)
    got = texts(parse(b.to_bytes()))
    assert got[1] == ("To save time in the first hour, the high-risk tier triggers the nurse-driven protocol: "
                      "the platform places a STAT lactate order through the order interface when the alert fires.")
    assert len(got) == 3


def test_a_list_introduced_by_a_colon_at_a_page_break_stays_a_list():
    b = PdfBuilder(header=None, footer=None)
    b.paragraph("Opening paragraph. " + LONG)
    b.raw_lines(["The Contractor shall deliver the following items to the Contracting Officer:"], gap_after=False)
    b.new_page()
    b.list_item("(a)", "A monthly status report covering every open incident.")
    b.paragraph("Closing paragraph. " + LONG)
    got = parse(b.to_bytes()).blocks
    assert got[1].text == "The Contractor shall deliver the following items to the Contracting Officer:"
    assert got[2].kind == "list_item" and got[2].text.startswith("(a) A monthly")
