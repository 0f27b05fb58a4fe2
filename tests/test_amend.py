from clausecheck.amend import diff_documents, render_diff
from cc_testutil import md_doc

OLD = """## C.3 Security

C.3.1 The Contractor shall notify the Contracting Officer of any incident within ten (10) days.

C.3.2 The Contractor shall deliver a System Security Plan within 30 days after award.

C.3.3 The Contractor shall brief the COR monthly.

| Clause | Title | Date |
|---|---|---|
| 52.204-21 | Basic Safeguarding of Covered Contractor Information Systems | JUN 2016 |
"""
NEW = """## C.3 Security

C.3.1 The Contractor shall notify the Contracting Officer of any incident within seventy-two (72) hours.

C.3.2 The Contractor shall deliver a System Security Plan within 30 days after award.

C.3.4 The Contractor shall perform adversarial testing of the AI model before deployment.

| Clause | Title | Date |
|---|---|---|
| 52.204-21 | Basic Safeguarding of Covered Contractor Information Systems | NOV 2021 |
"""


def test_added_removed_changed_and_redated():
    d = diff_documents(md_doc(OLD, "old.md"), md_doc(NEW, "new.md"))
    assert d.unchanged == 1
    assert [o.text for o in d.added] == ["C.3.4 The Contractor shall perform adversarial testing of the AI model before deployment."]
    assert [o.text for o in d.removed] == ["C.3.3 The Contractor shall brief the COR monthly."]
    assert len(d.changed) == 1
    details = " ".join(d.changed[0].details)
    assert "deadline: within ten (10) days → within seventy-two (72) hours" in details
    assert d.clauses == [{"clause": "52.204-21", "old": ["JUN 2016"], "new": ["NOV 2021"], "change": "re-dated"}]


def test_renderings_and_unreadable():
    d = diff_documents(md_doc(OLD, "old.md"), md_doc(NEW, "new.md"))
    assert render_diff(d, "json").startswith("{")
    md = render_diff(d, "markdown")
    assert "### Changed" in md and "### Added" in md and "52.204-21" in md
    assert "CHANGED" in render_diff(d, "text")
    bad = diff_documents(md_doc(OLD, "old.md"), md_doc("", "empty.md"))
    assert [x.path for x in bad.unreadable] == ["empty.md"]
    assert "UNREADABLE" in render_diff(bad, "text")


def test_identical_documents_have_no_changes():
    d = diff_documents(md_doc(OLD, "a.md"), md_doc(OLD, "b.md"))
    assert (d.added, d.removed, d.changed, d.clauses) == ([], [], [], []) and d.unchanged == 3
