from hypothesis import given, strategies as st

from clausecheck.ingest.raw import RawBlock
from clausecheck.ingest.sections import build_document_blocks, parse_label


def labels(texts, kinds=None):
    raws = [RawBlock(text=t, kind=(kinds or {}).get(i, "paragraph")) for i, t in enumerate(texts)]
    return [b.section for b in build_document_blocks(raws)]


def test_ucf_sections_and_paragraphs():
    got = labels(["SECTION C – DESCRIPTION/SPECIFICATIONS/STATEMENT OF WORK",
                  "C.3 Security", "C.3.2 The Contractor shall encrypt data.", "It shall also log access.",
                  "SECTION H - SPECIAL CONTRACT REQUIREMENTS", "H.12 Key personnel shall be named."],
                 {0: "heading", 1: "heading", 4: "heading"})
    assert got == ["C", "C.3", "C.3.2", "C.3.2", "H", "H.12"]


def test_far_parentheticals_nest_and_reset():
    got = labels(["52.204-21 Basic Safeguarding", "(a) Definitions.", "(b) Safeguarding requirements.",
                  "(1) The Contractor shall apply controls:", "(i) Limit access;", "(ii) Verify users;",
                  "(2) Other requirements.", "(c) Subcontracts."])
    assert got[1:] == ["(a)", "(b)", "(b)(1)", "(b)(1)(i)", "(b)(1)(ii)", "(b)(2)", "(c)"]


def test_letter_i_after_h_is_a_letter():
    got = labels(["(h) Eighth item.", "(i) Ninth item."])
    assert got == ["(h)", "(i)"]


def test_decimal_outline_and_headings():
    blocks = build_document_blocks([
        RawBlock("1.0 Purpose", "heading"), RawBlock("Background text."),
        RawBlock("1.1 Scope", "heading"), RawBlock("The Contractor shall build it."),
        RawBlock("2 Requirements", "heading"), RawBlock("5.2.1 Deliver the plan."),
    ])
    assert [b.section for b in blocks] == ["1.0", "1.0", "1.1", "1.1", "2", "5.2.1"]
    assert blocks[3].heading_path == ("1.0 Purpose", "1.1 Scope")
    assert blocks[3].location.heading == "1.1 Scope"


def test_numbered_items_after_a_lead_in_belong_to_its_section():
    """"1. display …" under "C.3.2.1 … the system shall:" is item (1) of C.3.2.1; a numbered line
    that no lead-in introduces ("2. Compliance Crosswalk" read from a PDF as a list item) is a section."""
    got = labels(["C.3.2.1 For each proposed link, the system shall:", "1. display the linking score;",
                  "2. keep the records separate;", "C.3.2.2 The Contractor shall deliver a report."],
                 {1: "list_item", 2: "list_item"})
    assert got == ["C.3.2.1", "C.3.2.1(1)", "C.3.2.1(2)", "C.3.2.2"]
    got = labels(["1. Our Approach", "We have six years of experience.", "2. Compliance Crosswalk", "Text."],
                 {0: "list_item", 2: "list_item"})
    assert got == ["1", "1", "2", "2"]


def test_not_labels():
    assert parse_label("2020 was a year of change") is None
    assert parse_label("52.204-21 Basic Safeguarding") is None
    assert parse_label("Article VII Termination").value == "Article VII"


def test_locations_travel_with_blocks():
    blocks = build_document_blocks([RawBlock("a", page=1), RawBlock("bb", page=2),
                                    RawBlock("footer", part="footer", page=2)])
    assert [b.location.block for b in blocks] == [0, 1, 2]
    assert [b.location.end for b in blocks] == [1, 2, 6]
    assert blocks[2].part == "footer" and blocks[2].section is None


@given(st.lists(st.integers(min_value=1, max_value=3), min_size=1, max_size=30))
def test_decimal_labels_round_trip(levels):
    """Generated outline numbers come back as the section label of their block."""
    counters = [0, 0, 0]
    texts = []
    for lv in levels:
        counters[lv - 1] += 1
        for j in range(lv, 3):
            counters[j] = 0
        nums = [c if c else 1 for c in counters[:lv]]
        texts.append(".".join(str(n) for n in nums) + " Heading text")
    got = labels(texts, {i: "heading" for i in range(len(texts))})
    assert got == [t.split(" ")[0] for t in texts]
