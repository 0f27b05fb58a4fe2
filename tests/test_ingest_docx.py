"""DOCX ingestion: container checks, numbering, document structure, hostile inputs.

Every fixture is built in code (tests/docx_factory.py); the one real document is the 18F TDRS
RFQ in ../shared/corpus, used by the ``corpus``-marked test when present.
"""

from __future__ import annotations

import io
import math
import re
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

try:  # the package may not be installed in the test environment
    import clausecheck.errors  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import docx
import docx_factory as f
from docx.enum.text import WD_BREAK

from clausecheck.errors import (
    ClauseCheckError,
    CorruptDocumentError,
    DocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
)
from clausecheck.ingest.docx import MACRO_WARNING, OLE_MAGIC, parse_docx
from clausecheck.ingest.limits import Limits
from clausecheck.ingest.wordnum import (
    NumberingDefinitions,
    NumberingState,
    format_number,
    normalise_label,
)
from clausecheck.ingest.zipcheck import ReadBudget, preflight_zip, read_entry

LIMITS = Limits()
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TDRS = CORPUS / "18f-tdrs-rfq" / "FINAL_TDRS_software_development_RFQ.docx"


def parse(data: bytes, **kw):
    return parse_docx(data, limits=kw.pop("limits", LIMITS), path="fixture.docx", **kw)


def body(pf):
    return [b for b in pf.blocks if b.part == "body" and not b.hidden]


def texts(pf):
    return [b.text for b in body(pf)]


# ============================================================================================
# numbering (wordnum), unit level


def defs(*items: str) -> NumberingDefinitions:
    return NumberingDefinitions.from_xml(f.numbering_xml(*items))


OUTLINE = f.abstract_num(
    1,
    [
        f.level(0, "decimal", "%1."),
        f.level(1, "decimal", "%1.%2"),
        f.level(2, "decimal", "%1.%2.%3"),
        f.level(3, "lowerLetter", "(%4)"),
        f.level(4, "lowerRoman", "(%5)"),
    ],
)


def labels(state: NumberingState, num_id: str, ilvls: list[int]) -> list[str | None]:
    return [state.next_label(num_id, i) for i in ilvls]


def test_multilevel_outline_restarts_lower_levels():
    state = NumberingState(defs(OUTLINE, f.num(1, 1)))
    got = labels(state, "1", [0, 1, 1, 2, 2, 1, 0, 1, 2, 3, 3, 4, 4, 4, 3, 2])
    assert got == [
        "1", "1.1", "1.2", "1.2.1", "1.2.2", "1.3", "2", "2.1", "2.1.1",
        "(a)", "(b)", "(i)", "(ii)", "(iii)", "(c)", "2.1.2",
    ]


def test_letters_romans_and_other_formats():
    d = defs(
        f.abstract_num(
            2,
            [
                f.level(0, "upperLetter", "%1."),
                f.level(1, "upperRoman", "%2)"),
                f.level(2, "decimalZero", "%3"),
                f.level(3, "bullet", "\u25cf"),
                f.level(4, "none", ""),
            ],
        ),
        f.num(2, 2),
    )
    state = NumberingState(d)
    assert labels(state, "2", [0, 0, 0]) == ["A", "B", "C"]
    assert labels(state, "2", [1] * 4) == ["I)", "II)", "III)", "IV)"]
    assert labels(state, "2", [2, 2]) == ["01", "02"]
    item = state.next_item("2", 3)
    assert item is not None and item.is_bullet and item.label is None
    assert state.next_label("2", 4) is None
    assert state.next_label("99", 0) is None  # undefined numId
    assert state.next_label("2", 7) is None  # undefined level


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (1, "lowerLetter", "a"), (26, "lowerLetter", "z"), (27, "lowerLetter", "aa"),
        (53, "upperLetter", "AAA"), (4, "lowerRoman", "iv"), (1994, "upperRoman", "MCMXCIV"),
        (9, "decimalZero", "09"), (12, "decimalZero", "12"), (3, "ordinal", "3rd"),
        (12, "ordinal", "12th"), (5, "bullet", ""), (5, "none", ""), (7, "unknownFmt", "7"),
    ],
)
def test_format_number(value, fmt, expected):
    assert format_number(value, fmt) == expected


def test_normalise_label():
    assert normalise_label("3.1.2.") == "3.1.2"
    assert normalise_label("a.") == "a"
    assert normalise_label("(a)") == "(a)"
    assert normalise_label("  ") is None
    assert normalise_label(".") == "."


def test_start_override_restarts_and_shared_abstract_continues():
    d = defs(
        f.abstract_num(3, [f.level(0, "decimal", "%1."), f.level(1, "lowerLetter", "(%2)")]),
        f.num(3, 3),
        f.num(4, 3),  # same abstract, no override: continues the list
        f.num(5, 3, start_overrides={0: 1}),  # "restart numbering"
        f.num(6, 3, start_overrides={0: 10}),
    )
    state = NumberingState(d)
    assert labels(state, "3", [0, 0]) == ["1", "2"]
    assert labels(state, "4", [0]) == ["3"]
    assert labels(state, "5", [0, 1, 0]) == ["1", "(a)", "2"]
    assert labels(state, "6", [0, 0]) == ["10", "11"]


def test_lvl_restart_and_start_values():
    d = defs(
        f.abstract_num(
            7,
            [
                f.level(0, "decimal", "%1", start=3),
                f.level(1, "decimal", "%1-%2", restart=0),  # never restarts
                f.level(2, "decimal", "%1-%2-%3", restart=1),  # restarts only after level 1
            ],
        ),
        f.num(7, 7),
    )
    state = NumberingState(d)
    assert labels(state, "7", [0, 1, 2, 1, 2, 0, 1, 2]) == [
        "3", "3-1", "3-1-1", "3-2", "3-2-2", "4", "4-3", "4-3-1",
    ]


def test_is_lgl_renders_all_levels_decimal():
    d = defs(
        f.abstract_num(
            8,
            [f.level(0, "upperRoman", "Article %1"), f.level(1, "decimal", "%1.%2", is_lgl=True)],
        ),
        f.num(8, 8),
    )
    state = NumberingState(d)
    assert labels(state, "8", [0, 1, 0, 0, 1]) == [
        "Article I", "1.1", "Article II", "Article III", "3.1",
    ]


def test_deeper_level_first_uses_start_of_unused_levels():
    state = NumberingState(defs(OUTLINE, f.num(1, 1)))
    assert labels(state, "1", [2, 0, 2]) == ["1.1.1", "1", "1.1.1"]


# Hypothesis: labels equal an independent reference computation ----------------------------

_ALPHA = "abcdefghijklmnopqrstuvwxyz"
_ROMAN_DIGITS = [
    ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"],
    ["", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"],
    ["", "c", "cc", "ccc", "cd", "d", "dc", "dcc", "dccc", "cm"],
]


def _ref_format(n: int, fmt: str) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "decimalZero":
        return str(n).rjust(2, "0")
    if fmt in ("lowerLetter", "upperLetter"):
        s = _ALPHA[(n - 1) % 26] * math.ceil(n / 26)
        return s if fmt == "lowerLetter" else s.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        digits = [(n // 10**place) % 10 for place in range(3)]  # ones, tens, hundreds
        s = "m" * (n // 1000) + "".join(
            _ROMAN_DIGITS[place][digits[place]] for place in (2, 1, 0)
        )
        return s if fmt == "lowerRoman" else s.upper()
    raise AssertionError(fmt)


FORMATS = ["decimal", "decimalZero", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman"]
TEMPLATES = [
    lambda k: f"%{k + 1}.",
    lambda k: f"({'%' + str(k + 1)})",
    lambda k: ".".join(f"%{i + 1}" for i in range(k + 1)),
    lambda k: "Sec " + "-".join(f"%{i + 1}" for i in range(k + 1)) + ")",
]


@st.composite
def numbering_cases(draw):
    depth = draw(st.integers(1, 4))
    formats = [draw(st.sampled_from(FORMATS)) for _ in range(depth)]
    starts = [draw(st.integers(1, 30)) for _ in range(depth)]
    templates = [draw(st.sampled_from(TEMPLATES))(k) for k in range(depth)]
    ilvls = draw(st.lists(st.integers(0, depth - 1), min_size=1, max_size=60))
    return formats, starts, templates, ilvls


def reference_labels(formats, starts, templates, ilvls):
    counters: list[int | None] = [None] * len(formats)
    out = []
    for lvl in ilvls:
        counters[lvl] = starts[lvl] if counters[lvl] is None else counters[lvl] + 1
        for deeper in range(lvl + 1, len(counters)):
            counters[deeper] = None

        def sub(m, counters=counters):
            k = int(m.group(1)) - 1
            value = counters[k] if counters[k] is not None else starts[k]
            return _ref_format(value, formats[k])

        shown = re.sub(r"%(\d)", sub, templates[lvl])
        if len(shown) > 1 and shown.endswith(".") and shown[-2].isalnum():
            shown = shown[:-1]
        out.append(shown)
    return out


def case_numbering_xml(formats, starts, templates):
    levels = [
        f.level(k, formats[k], templates[k], start=starts[k]) for k in range(len(formats))
    ]
    return f.numbering_xml(f.abstract_num(1, levels), f.num(1, 1))


@settings(max_examples=150, deadline=None)
@given(numbering_cases())
def test_property_labels_match_reference(case):
    formats, starts, templates, ilvls = case
    xml = case_numbering_xml(formats, starts, templates)
    state = NumberingState(NumberingDefinitions.from_xml(xml))
    got = [state.next_label("1", i) for i in ilvls]
    assert got == reference_labels(formats, starts, templates, ilvls)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(numbering_cases())
def test_property_labels_round_trip_through_docx(case):
    formats, starts, templates, ilvls = case
    paragraphs = "".join(f.p(text=f"item {i}", num=1, ilvl=lvl) for i, lvl in enumerate(ilvls))
    data = f.build(paragraphs, numbering=case_numbering_xml(formats, starts, templates))
    blocks = body(parse(data))
    assert [b.text for b in blocks] == [f"item {i}" for i in range(len(ilvls))]
    assert all(b.kind == "list_item" for b in blocks)
    assert [b.label for b in blocks] == reference_labels(formats, starts, templates, ilvls)


# ============================================================================================
# numbering through a document: direct numPr, style numPr, headings


UCF = f.abstract_num(
    20,
    [
        f.level(0, "upperLetter", "SECTION %1", start=3),
        f.level(1, "decimal", "%1.%2"),
        f.level(2, "decimal", "%1.%2.%3"),
        f.level(3, "lowerLetter", "(%4)"),
    ],
)
NUM21 = '<w:numPr><w:numId w:val="21"/></w:numPr>'
CLAUSE_STYLES = f.style("ClauseList", name="Clause List", based_on="Normal", ppr=NUM21) + f.style(
    "Clause2", name="Clause 2", based_on="Normal", ppr=NUM21
)
CLAUSES = f.abstract_num(
    21,
    [f.level(0, "decimal", "%1."), f.level(1, "lowerLetter", "(%2)", pstyle="Clause2")],
)


def test_numbering_in_document_headings_and_list_items():
    paras = (
        f.p(text="Description/Specifications", style="Heading1", num=20, ilvl=0)
        + f.p(text="Scope", style="Heading2", num=20, ilvl=1)
        + f.p(text="The Contractor shall deliver.", num=20, ilvl=2)
        + f.p(text="Monthly.", num=20, ilvl=3)
        + f.p(text="Quarterly.", num=20, ilvl=3)
        + f.p(text="Background", style="Heading2", num=20, ilvl=1)
        + f.p(text="Plain paragraph.")
        + f.p(text="Styled list one.", style="ClauseList")
        + f.p(text="Linked level via lvl/pStyle.", style="Clause2")
        + f.p(text="Styled list two.", style="ClauseList")
        + f.p(text="Numbering switched off.", style="ClauseList", num=0)
        + f.p(text="Next section", style="Heading1", num=20, ilvl=0)
        + f.p(text="Deliverables", style="Heading2", num=20, ilvl=1)
    )
    numbering = f.numbering_xml(UCF, CLAUSES, f.num(20, 20), f.num(21, 21))
    pf = parse(f.build(paras, numbering=numbering, styles_extra=CLAUSE_STYLES))
    got = [(b.kind, b.level, b.label, b.text) for b in body(pf)]
    assert got == [
        ("heading", 1, "SECTION C", "Description/Specifications"),
        ("heading", 2, "C.1", "Scope"),
        ("list_item", None, "C.1.1", "The Contractor shall deliver."),
        ("list_item", None, "(a)", "Monthly."),
        ("list_item", None, "(b)", "Quarterly."),
        ("heading", 2, "C.2", "Background"),
        ("paragraph", None, None, "Plain paragraph."),
        ("list_item", None, "1", "Styled list one."),
        ("list_item", None, "(a)", "Linked level via lvl/pStyle."),
        ("list_item", None, "2", "Styled list two."),
        ("paragraph", None, None, "Numbering switched off."),
        ("heading", 1, "SECTION D", "Next section"),
        ("heading", 2, "D.1", "Deliverables"),
    ]


def test_python_docx_list_number_style_is_numbered():
    d = docx.Document()
    d.add_paragraph("first", style="List Number")
    d.add_paragraph("second", style="List Number")
    d.add_paragraph("dot", style="List Bullet")
    blocks = body(parse(f.save(d)))
    assert [(b.kind, b.label) for b in blocks] == [
        ("list_item", "1"), ("list_item", "2"), ("list_item", None),
    ]


def test_headings_from_styles_outline_levels_and_based_on():
    d = docx.Document()
    d.add_heading("The Title", level=0)
    d.add_heading("Level one", level=1)
    d.add_heading("Level three", level=3)
    d.add_paragraph("Body")
    extra = (
        f.style("MyHeading", name="My Heading", based_on="Heading2")
        + f.style(
            "OutlineOnly", name="Outline Only", based_on="Normal", ppr='<w:outlineLvl w:val="4"/>'
        )
    )
    base = f.save(d)
    parts = f.read_parts(base)
    doc_xml = parts["word/document.xml"].decode()
    added = (
        f.p(text="Custom heading", style="MyHeading")
        + f.p(text="Outline style", style="OutlineOnly")
        + f.p(text="Direct outline", ppr='<w:outlineLvl w:val="3"/>')
        + f.p(text="Heading demoted to body", style="Heading1", ppr='<w:outlineLvl w:val="9"/>')
    )
    doc_xml = doc_xml.replace("<w:sectPr", added + "<w:sectPr", 1)
    data = f.repack(base, {"word/document.xml": doc_xml.encode()})
    data = _with_styles(data, extra)
    got = [(b.kind, b.level, b.text) for b in body(parse(data))]
    assert got == [
        ("heading", 1, "The Title"),
        ("heading", 1, "Level one"),
        ("heading", 3, "Level three"),
        ("paragraph", None, "Body"),
        ("heading", 2, "Custom heading"),
        ("heading", 5, "Outline style"),
        ("heading", 4, "Direct outline"),
        ("paragraph", None, "Heading demoted to body"),
    ]


def _with_styles(data: bytes, extra: str) -> bytes:
    parts = f.read_parts(data)
    parts["word/styles.xml"] = parts["word/styles.xml"].replace(
        b"</w:styles>", extra.encode() + b"</w:styles>"
    )
    return f.write_parts(parts)


# ============================================================================================
# structure: order, tables, content controls, text boxes, revisions, fields, hidden text


def test_paragraphs_and_tables_in_document_order_with_merged_cells():
    d = docx.Document()
    d.add_paragraph("Before the table.")
    t = d.add_table(rows=3, cols=3)
    for i in range(3):
        for j in range(3):
            t.cell(i, j).text = f"r{i}c{j}"
    wide = t.cell(0, 0).merge(t.cell(0, 1))  # horizontal merge (gridSpan)
    wide.text = "wide cell"
    tall = t.cell(1, 2).merge(t.cell(2, 2))  # vertical merge (vMerge)
    tall.text = "tall cell"
    inner = t.cell(2, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "nested A"
    inner.cell(0, 1).text = "nested B"
    d.add_paragraph("After the table.")
    pf = parse(f.save(d))
    got = [(b.kind, b.text) for b in body(pf)]
    assert got == [
        ("paragraph", "Before the table."),
        ("table_cell", "wide cell"),
        ("table_cell", "r0c2"),
        ("table_cell", "r1c0"),
        ("table_cell", "r1c1"),
        ("table_cell", "tall cell"),
        ("table_cell", "r2c0"),
        ("table_cell", "nested A"),
        ("table_cell", "nested B"),
        ("table_cell", "r2c1"),
        ("paragraph", "After the table."),
    ]


def test_cell_paragraphs_joined_by_newline():
    d = docx.Document()
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "first line"
    cell.add_paragraph("second   line ")
    cell.add_paragraph("")
    assert texts(parse(f.save(d))) == ["first line\nsecond line"]


def test_numbered_paragraphs_inside_a_cell_keep_their_numbers_inline():
    numbering = f.numbering_xml(
        f.abstract_num(1, [f.level(0, "lowerLetter", "(%1)")]), f.num(1, 1)
    )
    table = (
        "<w:tbl><w:tr><w:tc>"
        + f.p(text="Requirement")
        + f.p(text="encrypt data at rest", num=1, ilvl=0)
        + f.p(text="log access", num=1, ilvl=0)
        + "</w:tc></w:tr></w:tbl>"
    )
    after = f.p(text="continues", num=1, ilvl=0)
    pf = parse(f.build(table + after, numbering=numbering))
    assert [(b.kind, b.label, b.text) for b in body(pf)] == [
        ("table_cell", None, "Requirement\n(a) encrypt data at rest\n(b) log access"),
        ("list_item", "(c)", "continues"),
    ]


def test_content_controls_block_run_cell_and_placeholder():
    sdt_block = (
        "<w:sdt><w:sdtPr><w:alias w:val='Clause'/></w:sdtPr><w:sdtContent>"
        + f.p(text="Inside a block content control.")
        + "</w:sdtContent></w:sdt>"
    )
    sdt_run = f.p(
        f.r("Price: ")
        + "<w:sdt><w:sdtPr/><w:sdtContent>" + f.r("$1,000") + "</w:sdtContent></w:sdt>"
        + f.r(" firm.")
    )
    placeholder = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        + f.p(text="Click or tap here to enter text.")
        + "</w:sdtContent></w:sdt>"
    )
    cell_sdt = (
        "<w:tbl><w:tr><w:sdt><w:sdtContent><w:tc>" + f.p(text="cell in control")
        + "</w:tc></w:sdtContent></w:sdt></w:tr></w:tbl>"
    )
    pf = parse(f.build(sdt_block + sdt_run + placeholder + cell_sdt))
    assert texts(pf) == [
        "Inside a block content control.", "Price: $1,000 firm.", "cell in control",
    ]


TEXTBOX = (
    "<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wp:anchor>"
    "<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
    + f.p(text="Boxed requirement text.")
    + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
    "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
    + f.p(text="Boxed requirement text.")
    + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def test_text_box_read_once_after_its_anchor_paragraph():
    vml_only = (
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + f.p(text="Legacy VML box.")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    pf = parse(f.build(f.p(f.r("Anchor.") + TEXTBOX) + f.p(vml_only) + f.p(text="Next.")))
    assert texts(pf) == ["Anchor.", "Boxed requirement text.", "Legacy VML box.", "Next."]


def test_tracked_changes_insertions_in_deletions_out():
    para = f.p(
        f.r("The Contractor shall ")
        + "<w:del w:id='1' w:author='CO'><w:r><w:delText>not </w:delText></w:r></w:del>"
        + "<w:ins w:id='2' w:author='CO'>" + f.r("promptly ") + "</w:ins>"
        + f.r("notify ")
        + "<w:moveFrom w:id='3'>" + f.r("GONE ") + "</w:moveFrom>"
        + "<w:moveTo w:id='4'>" + f.r("the CO") + "</w:moveTo>"
        + f.r(".")
    )
    deleted_para = (
        "<w:p><w:pPr><w:rPr><w:del w:id='5'/></w:rPr></w:pPr>"
        "<w:del w:id='6'><w:r><w:delText>Deleted paragraph.</w:delText></w:r></w:del></w:p>"
    )
    deleted_row = (
        "<w:tbl><w:tr><w:trPr><w:del w:id='7'/></w:trPr><w:tc>" + f.p(text="deleted row")
        + "</w:tc></w:tr><w:tr><w:tc>" + f.p(text="kept row") + "</w:tc></w:tr></w:tbl>"
    )
    pf = parse(f.build(para + deleted_para + deleted_row))
    assert texts(pf) == ["The Contractor shall promptly notify the CO.", "kept row"]
    assert not any("not" in t.split() or "GONE" in t for t in texts(pf))


def test_special_characters_and_fields():
    para = f.p(
        f.r("FAR 52.204")
        + "<w:r><w:noBreakHyphen/><w:t>21</w:t><w:tab/><w:t>tabbed</w:t></w:r>"
        + "<w:r><w:sym w:font='Wingdings' w:char='F0FC'/><w:br/><w:t>new   line</w:t></w:r>"
        + "<w:r><w:t xml:space='preserve'> regu</w:t><w:softHyphen/><w:t>lation</w:t></w:r>"
    )
    field = f.p(
        f.r("See ")
        + "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        + "<w:r><w:instrText xml:space='preserve'> HYPERLINK \"https://acquisition.gov\" "
        + "</w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
        + f.r("acquisition.gov")
        + "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
        + f.r(" and page ")
        + "<w:fldSimple w:instr=' PAGE '>" + f.r("7") + "</w:fldSimple>"
    )
    math_para = f.p(f.r("Ratio ") + "<m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath>")
    pf = parse(f.build(para + field + math_para))
    assert texts(pf) == [
        "FAR 52.204-21 tabbed\nnew line regulation",
        "See acquisition.gov and page 7",
        "Ratio x=1",
    ]


def test_hidden_text_kept_apart():
    extra = (
        f.style("HiddenChar", name="Hidden Char", kind="character", rpr="<w:vanish/>")
        + f.style("HiddenPara", name="Hidden Para", based_on="Normal", rpr="<w:vanish/>")
    )
    paras = (
        f.p(f.r("The Contractor shall ") + f.r("[internal note] ", vanish=True) + f.r("comply."))
        + f.p(f.r("Entirely hidden paragraph.", vanish=True))
        + f.p(f.r("Visible, ") + f.r("styled secret", rstyle="HiddenChar"))
        + f.p(text="Hidden by paragraph style.", style="HiddenPara")
        + f.p(text="Shown.")
        + f.p("<w:r><w:rPr><w:vanish w:val='0'/></w:rPr><w:t>vanish off</w:t></w:r>")
    )
    pf = parse(f.build(paras, styles_extra=extra))
    assert texts(pf) == ["The Contractor shall comply.", "Visible,", "Shown.", "vanish off"]
    hidden = [(b.text, b.kind) for b in pf.blocks if b.hidden]
    assert hidden == [
        ("[internal note]", "paragraph"),
        ("Entirely hidden paragraph.", "paragraph"),
        ("styled secret", "paragraph"),
        ("Hidden by paragraph style.", "paragraph"),
    ]
    # the hidden fragment follows the paragraph it came from
    i = [b.text for b in pf.blocks].index("The Contractor shall comply.")
    assert pf.blocks[i + 1].text == "[internal note]" and pf.blocks[i + 1].hidden


def test_hidden_numbered_paragraph_does_not_consume_a_number():
    numbering = f.numbering_xml(f.abstract_num(1, [f.level(0, "decimal", "%1.")]), f.num(1, 1))
    paras = (
        f.p(text="one", num=1, ilvl=0)
        + f.p(f.r("secret", vanish=True), num=1, ilvl=0)
        + f.p(text="two", num=1, ilvl=0)
    )
    pf = parse(f.build(paras, numbering=numbering))
    assert [(b.label, b.text) for b in body(pf)] == [("1", "one"), ("2", "two")]


def test_whitespace_normalised_and_empty_paragraphs_skipped():
    paras = (
        f.p(text="  lots \t of\u00a0\u00a0 space  ")
        + f.p(text="")
        + f.p(text="   ")
        + "<w:p/>"
        + f.p(text="end")
    )
    assert texts(parse(f.build(paras))) == ["lots of space", "end"]


# ============================================================================================
# parts: headers, footers, footnotes, endnotes


def test_headers_footers_and_notes_follow_the_body():
    d = docx.Document()
    d.add_paragraph("Body text one.")
    d.sections[0].header.paragraphs[0].text = "SOLICITATION 47QTCA-20-Q-0001"
    d.sections[0].footer.paragraphs[0].text = "Page footer"
    base = f.save(d)
    parts = f.read_parts(base)
    doc_xml = parts["word/document.xml"].decode()
    ref = (
        "<w:p><w:r><w:t>Body with note</w:t></w:r>"
        "<w:r><w:footnoteReference w:id='1'/></w:r><w:r><w:endnoteReference w:id='1'/></w:r></w:p>"
    )
    doc_xml = doc_xml.replace("<w:sectPr", ref + "<w:sectPr", 1)
    data = f.repack(base, {"word/document.xml": doc_xml.encode()})
    # add the note parts on top of the python-docx package
    parts = f.read_parts(data)
    rels = parts["word/_rels/document.xml.rels"]
    ctypes = parts["[Content_Types].xml"]
    parts["word/footnotes.xml"] = f.notes_xml("footnotes", {1: "See FAR 52.204-21."})
    parts["word/endnotes.xml"] = f.notes_xml("endnotes", {1: "Endnote text."})
    rels = f.add_relationship(rels, "rId901", "footnotes", "footnotes.xml")
    rels = f.add_relationship(rels, "rId902", "endnotes", "endnotes.xml")
    ctypes = f.add_override(ctypes, "/word/footnotes.xml", f.CT_FOOTNOTES)
    ctypes = f.add_override(ctypes, "/word/endnotes.xml", f.CT_ENDNOTES)
    parts["word/_rels/document.xml.rels"] = rels
    parts["[Content_Types].xml"] = ctypes
    pf = parse(f.write_parts(parts))
    got = [(b.part, b.text, b.page) for b in pf.blocks]
    assert got == [
        ("body", "Body text one.", 1),
        ("body", "Body with note", 1),
        ("header", "SOLICITATION 47QTCA-20-Q-0001", None),
        ("footer", "Page footer", None),
        ("footnote", "See FAR 52.204-21.", None),
        ("endnote", "Endnote text.", None),
    ]
    assert not any("CONTSEP" in b.text for b in pf.blocks)  # separator notes skipped


# ============================================================================================
# pages


def test_explicit_page_breaks_number_pages():
    d = docx.Document()
    d.add_paragraph("page one")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("page two")
    para = d.add_paragraph("still two")
    para.add_run().add_break(WD_BREAK.PAGE)
    para.add_run("now three")
    d.add_paragraph("three")
    pf = parse(f.save(d))
    assert [(b.text, b.page) for b in body(pf)] == [
        ("page one", 1), ("page two", 2), ("still two\nnow three", 2), ("three", 3),
    ]
    assert pf.pages == 3


def test_rendered_page_breaks_preferred_and_not_double_counted():
    paras = (
        f.p(text="one")
        + f.p("<w:r><w:br w:type='page'/></w:r>")
        + f.p("<w:r><w:lastRenderedPageBreak/><w:t>two</w:t></w:r>")
        + f.p("<w:r><w:lastRenderedPageBreak/><w:t>three</w:t></w:r>")
        + f.p(text="section end", ppr="<w:sectPr/>")
        + f.p(text="still three (no rendered break recorded)")
    )
    pf = parse(f.build(paras))
    assert [b.page for b in body(pf)] == [1, 2, 3, 3, 3]
    assert pf.pages == 3


def test_section_and_page_break_before_count_without_rendered_breaks():
    paras = (
        f.p(text="one", ppr="<w:sectPr><w:type w:val='nextPage'/></w:sectPr>")
        + f.p(text="two", ppr="<w:sectPr><w:type w:val='continuous'/></w:sectPr>")
        + f.p(text="still two")
        + f.p(text="three", ppr="<w:pageBreakBefore/>")
    )
    pf = parse(f.build(paras))
    assert [b.page for b in body(pf)] == [1, 2, 2, 3]
    assert pf.pages == 3


def test_no_page_information_gives_one_page():
    pf = parse(f.build(f.p(text="a") + f.p(text="b")))
    assert pf.pages == 1 and {b.page for b in pf.blocks} == {1}
    assert pf.format == "docx" and pf.unreadable_reason is None


def test_document_without_text_is_unreadable_not_clean():
    pf = parse(f.build(f.p(text="") + f.p(f.r("only hidden", vanish=True))))
    assert pf.unreadable_reason


# ============================================================================================
# DOCM, external relationships


def test_docm_read_macros_ignored():
    data = f.build(f.p(text="Macro document text."), docm=True)
    pf = parse(data)
    assert texts(pf) == ["Macro document text."]
    assert MACRO_WARNING in pf.warnings


def test_external_relationship_warned_not_fetched():
    url = "http://templates.invalid/evil.dotm"
    pf = parse(f.build(f.p(text="Body."), external_template=url))
    assert texts(pf) == ["Body."]
    assert any(url in w and "attachedTemplate" in w for w in pf.warnings)
    hyperlink_only = f.build(f.p(text="x"))
    assert not any("external" in w for w in parse(hyperlink_only).warnings)


# ============================================================================================
# hostile and broken inputs


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + f']><w:document xmlns:w="{f.W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
    "</w:body></w:document>"
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    f'<w:document xmlns:w="{f.W}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>'
    "</w:body></w:document>"
)


@pytest.mark.parametrize(
    "payload",
    [
        BILLION_LAUGHS.encode(),
        XXE.encode(),
        XXE.replace('"1.0"?', '"1.0" encoding="UTF-16"?').encode("utf-16"),
    ],
    ids=["billion-laughs", "xxe", "xxe-utf16"],
)
def test_doctype_in_any_part_rejected(payload):
    base = f.build(f.p(text="fine"))
    start = time.perf_counter()
    with pytest.raises(CorruptDocumentError, match="DOCTYPE"):
        parse(f.repack(base, {"word/document.xml": payload}))
    with pytest.raises(CorruptDocumentError, match="DOCTYPE"):
        parse(f.repack(base, {"word/styles.xml": payload}))
    assert time.perf_counter() - start < 2


def test_zip_bomb_rejected_before_inflating():
    bomb = b"\0" * (16 * 1024 * 1024)
    data = f.repack(f.build(f.p(text="x")), {"word/bomb.bin": bomb})
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("word/bomb.bin")
        assert info.file_size / info.compress_size >= 900
    start = time.perf_counter()
    with pytest.raises(LimitExceededError, match="ratio"):
        parse(data)
    with pytest.raises(LimitExceededError):
        preflight_zip(data, LIMITS, "bomb.docx")
    assert time.perf_counter() - start < 1


def test_total_declared_size_and_entry_count_limits():
    data = f.build(f.p(text="x"))
    with pytest.raises(LimitExceededError, match="max_unzipped_bytes"):
        parse(data, limits=Limits(max_unzipped_bytes=100_000))
    with pytest.raises(LimitExceededError, match="entries"):
        parse(data, limits=Limits(max_zip_entries=5))
    with pytest.raises(LimitExceededError, match="limit"):
        parse(data, limits=Limits(max_file_bytes=1000))


def test_lying_size_zip_stopped_while_inflating():
    padding = f.p(text="pad " * 500_000)  # ~2 MB of XML that compresses extremely well
    honest = f.build(f.p(text="real") + padding)
    lying = f.patch_declared_size(honest, "word/document.xml", 4000)
    preflight_zip(lying, LIMITS, "lying.docx")  # the declared shape looks harmless
    start = time.perf_counter()
    with pytest.raises(LimitExceededError, match="declared size"):
        parse(lying)
    assert time.perf_counter() - start < 2
    with zipfile.ZipFile(io.BytesIO(lying)) as zf:
        with pytest.raises(LimitExceededError):
            read_entry(zf, "word/document.xml", LIMITS)


def test_read_entry_budget_and_crc():
    data = f.zip_with([("a.xml", b"<a>" + b"x" * 5000 + b"</a>"), ("b.xml", b"<b/>")])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        budget = ReadBudget(remaining=6000)
        assert read_entry(zf, "a.xml", LIMITS, budget=budget).startswith(b"<a>")
        assert budget.remaining == 6000 - 5007
        with pytest.raises(LimitExceededError, match="budget"):
            read_entry(zf, "a.xml", LIMITS, budget=budget)
        with pytest.raises(CorruptDocumentError, match="missing"):
            read_entry(zf, "nope.xml", LIMITS)
    # flip one byte of the compressed data of a.xml: CRC or inflate failure
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("a.xml")
    broken = bytearray(data)
    broken[info.header_offset + 30 + len("a.xml") + 5] ^= 0xFF
    with zipfile.ZipFile(io.BytesIO(bytes(broken))) as zf:
        with pytest.raises((CorruptDocumentError, LimitExceededError)):
            read_entry(zf, "a.xml", LIMITS)


def test_duplicate_and_traversal_entries_rejected():
    parts = f.read_parts(f.build(f.p(text="x")))
    entries = list(parts.items())
    dup = f.zip_with(entries + [("word/document.xml", f.document_xml(f.p(text="evil twin")))])
    with pytest.raises(CorruptDocumentError, match="duplicate"):
        parse(dup)
    case_dup = f.zip_with(entries + [("WORD/Document.xml", b"<x/>")])
    with pytest.raises(CorruptDocumentError, match="duplicate"):
        parse(case_dup)
    for bad in ("../evil.xml", "/etc/evil.xml", "word/../../evil.xml", "C:\\evil.xml"):
        with pytest.raises(CorruptDocumentError, match="climbs out|absolute"):
            parse(f.zip_with(entries + [(bad, b"x")]))


def test_encrypted_ole_container():
    with pytest.raises(EncryptedDocumentError):
        parse(OLE_MAGIC + b"\0" * 504)
    with pytest.raises(EncryptedDocumentError, match="password"):
        parse(OLE_MAGIC + b"\0" * 100 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 100)
    with pytest.raises(DocumentError):
        parse(OLE_MAGIC + b"\0" * 100 + "WordDocument".encode("utf-16-le"))


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: b"this is not a zip file at all",
        lambda d: d[: len(d) // 2],
        lambda d: d[:-30],
        lambda d: f.repack(d, {"word/document.xml": None}),
        lambda d: f.repack(d, {"word/document.xml": b"<w:document><unclosed>"}),
        lambda d: f.repack(d, {"word/document.xml": f"<w:document xmlns:w='{f.W}'/>".encode()}),
        lambda d: f.repack(d, {"word/numbering.xml": b"\xff\xfe garbage"}),
        lambda d: f.zip_with([("hello.txt", b"hi")]),
        lambda d: b"PK\x03\x04" + bytes(range(256)) * 4,
    ],
    ids=[
        "not-zip", "truncated-half", "truncated-tail", "no-document-xml", "malformed-xml",
        "no-body", "garbage-numbering", "other-zip", "fake-zip-header",
    ],
)
def test_corrupt_inputs_raise_corrupt_document_error(mutate):
    data = mutate(f.build(f.p(text="x")))
    with pytest.raises(CorruptDocumentError):
        parse(data)


def test_empty_input():
    with pytest.raises(EmptyDocumentError):
        parse(b"")


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_property_random_damage_never_escapes_as_raw_exception(data):
    original = f.build(f.p(text="The Contractor shall comply.") + f.p(text="Second."))
    buf = bytearray(original)
    for _ in range(data.draw(st.integers(1, 8))):
        pos = data.draw(st.integers(0, len(buf) - 1))
        buf[pos] = data.draw(st.integers(0, 255))
    try:
        parse(bytes(buf))
    except ClauseCheckError:
        pass


# ============================================================================================
# Hypothesis: words come back in order


WORD = st.text(alphabet=_ALPHA + _ALPHA.upper() + "0123456789", min_size=1, max_size=8)
PHRASE = st.lists(WORD, min_size=1, max_size=6)
ITEM = st.one_of(
    st.tuples(st.just("p"), PHRASE),
    st.tuples(st.just("h"), PHRASE, st.integers(1, 3)),
    st.tuples(
        st.just("t"), st.lists(st.lists(PHRASE, min_size=1, max_size=3), min_size=1, max_size=3)
    ),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ITEM, min_size=1, max_size=8))
def test_property_words_come_back_in_order(items):
    d = docx.Document()
    expected: list[str] = []
    for item in items:
        if item[0] == "p":
            d.add_paragraph(" ".join(item[1]))
            expected += item[1]
        elif item[0] == "h":
            d.add_heading(" ".join(item[1]), level=item[2])
            expected += item[1]
        else:
            rows = item[1]
            width = max(len(row) for row in rows)
            table = d.add_table(rows=len(rows), cols=width)
            for i, row in enumerate(rows):
                for j, phrase in enumerate(row):
                    table.cell(i, j).text = " ".join(phrase)
                    expected += phrase
    pf = parse(f.save(d))
    got = [w for b in body(pf) for w in b.text.split()]
    assert got == expected


# ============================================================================================
# the real 18F TDRS RFQ


@pytest.mark.corpus
@pytest.mark.skipif(not TDRS.exists(), reason="shared corpus not present")
def test_corpus_tdrs_rfq():
    pf = parse_docx(TDRS.read_bytes(), limits=LIMITS, path=str(TDRS))
    assert pf.format == "docx" and pf.unreadable_reason is None
    blocks = body(pf)
    numbered = [b for b in blocks if b.kind == "list_item"]
    # 140 paragraphs carry w:numPr; almost all are bullets (Google Docs export)
    assert len(numbered) == 140
    assert sum(b.label is None for b in numbered) == 133
    by_text = {b.text[:40]: b.label for b in numbered if b.label}
    # the two decimal ("%1.") lists in the RFQ: CPARS in 7.5 and the research items in 9.2.4
    assert by_text["Evaluating contractor Performance: The G"] == "1"
    assert by_text["Contractor Representative (CR) Role: All"] == "4"
    assert by_text["A research plan that covers the items in"] == "1"
    assert by_text["A short summary of the findings of this "] == "3"
    headings = [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert (1, "Request for Quote") in headings
    assert (3, "1.1 Purpose") in headings  # typed number, text split by a tab in the source
    assert (4, "3.1.2 Preliminary user stories") in headings
    assert (4, "9.6.5 Phase 3 - Price") in headings
    assert sum(b.kind == "table_cell" for b in blocks) > 100
    assert any("CPARS" in b.text for b in blocks)


def test_strict_ooxml_namespace_is_read():
    strict = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
    base = f.build(f.p(text="Strict heading", style="Heading1") + f.p(text="Strict body."))
    parts = f.read_parts(base)
    for name in ("word/document.xml", "word/styles.xml"):
        parts[name] = parts[name].replace(f.W.encode(), strict)
    pf = parse(f.write_parts(parts))
    assert [(b.kind, b.text) for b in body(pf)] == [
        ("heading", "Strict heading"), ("paragraph", "Strict body."),
    ]
