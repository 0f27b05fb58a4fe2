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
