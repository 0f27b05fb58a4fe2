import pytest
from hypothesis import given, strategies as st

from clausecheck.errors import EmptyDocumentError, EncryptedDocumentError, UnsupportedFormatError
from clausecheck.ingest import load_document
from clausecheck.ingest.sniff import sniff


def test_plain_text_paragraphs_are_blocks():
    doc = load_document(b"First para\nwrapped line.\n\n\nSecond para.\n", path="a.txt")
    assert doc.status == "ok" and doc.format == "text"
    assert [b.text for b in doc.blocks] == ["First para wrapped line.", "Second para."]
    assert [b.location.block for b in doc.blocks] == [0, 1]


def test_markdown_headings_lists_tables():
    md = b"# Title\n\n## C.3 Security\n\nThe Contractor shall log.\n\n- item one\n- item two\n\n| A | B |\n|---|---|\n| x | y |\n"
    doc = load_document(md, path="a.md")
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert ("heading", "C.3 Security") in kinds
    assert ("list_item", "item one") in kinds
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert [(c.text, c.row, c.col) for c in cells] == [("A", 0, 0), ("B", 0, 1), ("x", 1, 0), ("y", 1, 1)]
    body = [b for b in doc.blocks if b.text.startswith("The Contractor")][0]
    assert body.section == "C.3" and body.heading_path == ("Title", "C.3 Security")


def test_a_table_inside_a_quotation_is_a_table():
    md = b"> **Evidence** - the team met weekly.\n\n>|Date|Activity|\n|----|----|\n|June 19|Survey sent|\n"
    doc = load_document(md, path="a.md")
    assert doc.blocks[0].kind == "paragraph" and doc.blocks[0].text == "Evidence - the team met weekly."
    cells = [(b.text, b.row, b.col) for b in doc.blocks if b.kind == "table_cell"]
    assert cells == [("Date", 0, 0), ("Activity", 0, 1), ("June 19", 1, 0), ("Survey sent", 1, 1)]


def test_unreadable_is_a_result_not_clean():
    doc = load_document(b"", path="empty.txt")
    assert doc.status == "unreadable" and "empty" in doc.error
    doc = load_document(b"\n\n   \n", path="blank.txt")
    assert doc.status == "unreadable"
    with pytest.raises(EmptyDocumentError):
        load_document(b"", path="empty.txt", strict=True)


def test_missing_file_is_unreadable(tmp_path):
    doc = load_document(tmp_path / "nope.pdf")
    assert doc.status == "unreadable" and "no such file" in doc.error


def test_sniff_from_content_not_extension():
    assert sniff(b"%PDF-1.7\n...", "x.docx") == "pdf"
    assert sniff(b"hello", "x.md") == "markdown"
    with pytest.raises(EncryptedDocumentError):
        sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le"), "x.docx")
    with pytest.raises(UnsupportedFormatError):
        sniff(b"\x00\x01\x02\x03" * 50, "x.bin")


def test_markdown_without_a_file_name_is_read_as_markdown():
    # bytes or stdin have no suffix to go by: headings or a table rule say it is Markdown
    src = b"# RFQ\n\n## Section C - Work\n\nC.1 The Contractor shall report monthly.\n"
    doc = load_document(src, path="<stdin>")
    assert doc.format == "markdown" and doc == load_document(src, path="<stdin>")
    assert [b.location.section for b in doc.blocks if "report monthly" in b.text] == \
        [b.location.section for b in load_document(src, path="rfq.md").blocks if "report monthly" in b.text]
    assert sniff(b"# Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", None) == "markdown"
    # one "#" line is no Markdown, and a name ending .txt is kept as text
    assert sniff(b"# 1 item\nThe Contractor shall report.\n", None) == "text"
    assert sniff(src, "rfq.txt") == "text"


def test_non_utf8_text_is_decoded_with_warning():
    doc = load_document("The Contractor shall pay \u20ac5.".encode("cp1252"), path="a.txt")
    assert doc.status == "ok" and "€" in doc.blocks[0].text
    assert any("UTF-8" in w for w in doc.warnings)


def test_stream_input():
    import io

    doc = load_document(io.BytesIO(b"The Contractor shall report."), path="s.txt")
    assert doc.blocks[0].text == "The Contractor shall report."


@given(st.lists(st.text(alphabet=st.characters(whitelist_categories=("L", "N"), max_codepoint=0x2FF),
                        min_size=1, max_size=12), min_size=1, max_size=40))
def test_words_come_back_in_order(words):
    text = "\n\n".join(" ".join(words[i:i + 3]) for i in range(0, len(words), 3))
    doc = load_document(text.encode("utf-8"), path="p.txt")
    got = " ".join(b.text for b in doc.blocks).split()
    assert got == words
    assert [b.location.block for b in doc.blocks] == list(range(len(doc.blocks)))
    assert all(0 <= b.location.start <= b.location.end == len(b.text) for b in doc.blocks)
