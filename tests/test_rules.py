import time
from pathlib import Path

import pytest

from clausecheck.errors import PackNotFoundError, PackValidationError
from clausecheck.extract import extract_obligations
from clausecheck.rules.diff import diff_packs
from clausecheck.rules.engine import check
from clausecheck.rules.loader import load_pack
from clausecheck.rules.match import TextIndex, phrase_key, stem
from clausecheck.rules.testing import run_pack_tests
from cc_testutil import md_doc

PACK_YAML = 'name: mini\nversion: "1.0.0"\ntitle: Mini pack\neffective_date: "2026-11-01"\n'
RULE = """id: MINI-INC-001
title: Incident notice within 72 hours
category: incident-reporting
severity: high
applies_to: [solicitation, contract]
message: The contractor must report AI incidents within 72 hours.
citations:
  - source: DFARS 252.204-7012
    ref: "(c)"
    url: https://www.ecfr.gov/current/title-48/section-252.204-7012
elements:
  - name: incident
    anchor: true
    phrases: [incident]
  - name: ai
    phrases: [AI, model]
parameter:
  kind: duration
  max: PT72H
tests:
  - expect: met
    text: The Contractor shall report any AI incident within 72 hours.
  - expect: met
    text: The Contractor shall report model incidents within 24 hours.
  - expect: conflict
    text: The Contractor shall report AI incidents within 10 days.
  - expect: missing
    text: AI incidents are increasingly common.
"""


def make_pack(tmp_path: Path, rule: str = RULE, meta: str = PACK_YAML, name: str = "MINI-INC-001") -> Path:
    root = tmp_path / "pack"
    (root / "rules").mkdir(parents=True, exist_ok=True)
    (root / "pack.yaml").write_text(meta)
    (root / "rules" / f"{name}.yaml").write_text(rule)
    return root


@pytest.mark.parametrize("name", ["ai-cyber", "far-cyber"])
def test_builtin_packs_pass_their_own_examples(name):
    pack = load_pack(name)
    failures = [r for r in run_pack_tests(pack) if not r.passed]
    assert failures == []


def test_ai_cyber_covers_the_nine_categories():
    pack = load_pack("ai-cyber@1.0.0")
    cats = {}
    for r in pack.rules:
        cats[r.category] = cats.get(r.category, 0) + 1
    assert len(pack.rules) >= 30 and len(cats) == 9
    for c in ("adversarial-robustness", "supply-chain", "decision-traceability"):
        assert cats[c] >= 5
    assert all(r.citations and all(c.url.startswith("https://") for c in r.citations) for r in pack.rules)


def test_pinning_and_a_miss_lists_what_is_available():
    assert load_pack("ai-cyber@1.0.0").version == "1.0.0"
    with pytest.raises(PackNotFoundError, match="available: .*ai-cyber@1.0.0"):
        load_pack("ai-cyber@9.9.9")


def test_pack_hash_changes_with_content(tmp_path):
    a = load_pack(make_pack(tmp_path))
    (tmp_path / "pack" / "rules" / "MINI-INC-001.yaml").write_text(RULE.replace("72 hours.", "72 hours!"))
    b = load_pack(tmp_path / "pack")
    assert a.sha256 != b.sha256 and len(a.sha256) == 64


def test_located_errors_all_at_once(tmp_path):
    bad = RULE.replace("severity: high", "severity: urgent").replace("category: incident-reporting",
                                                                    "category: incident-reporting\ncolour: red")
    root = make_pack(tmp_path, bad)
    with pytest.raises(PackValidationError) as exc:
        load_pack(root)
    text = str(exc.value)
    assert "rules/MINI-INC-001.yaml:4:1" in text and "unknown key" in text   # colour
    assert "rules/MINI-INC-001.yaml:5:11" in text and "severity" in text     # urgent
    assert len(exc.value.problems) == 2


@pytest.mark.parametrize("yaml_text,needle", [
    ("a: &x [1]\nb: *x\n", "aliases"),
    ("name: a\nname: b\n", "duplicate key"),
    ("x: !!python/object:os.system ls\n", "tags"),
    ("x: [unclosed\n", "invalid YAML"),
])
def test_unsafe_yaml_is_rejected(tmp_path, yaml_text, needle):
    root = make_pack(tmp_path, RULE, meta=PACK_YAML + yaml_text.replace("name:", "title2:"))
    with pytest.raises(PackValidationError, match=needle):
        load_pack(root)


def test_unquoted_version_is_an_error(tmp_path):
    root = make_pack(tmp_path, meta=PACK_YAML.replace('"1.0.0"', "1.0"))
    with pytest.raises(PackValidationError, match="pack.yaml:2:10: version"):
        load_pack(root)


def test_catastrophic_pattern_cannot_hang_a_scan(tmp_path):
    evil = RULE.replace("phrases: [incident]", "phrases: ['(a|aa)+\\1$', '(a*)*b', incident]")
    pack = load_pack(make_pack(tmp_path, evil))
    doc = md_doc("The Contractor shall report AI incidents within 72 hours. " + "a" * 50000 + "!")
    start = time.perf_counter()
    report = check(doc, extract_obligations(doc), [pack])
    assert time.perf_counter() - start < 5
    assert report.findings[0].status == "met"


def test_engine_statuses_and_evidence():
    pack = load_pack("ai-cyber")
    text = ("## C.3 Security\n\nC.3.1 The Contractor shall perform adversarial testing (red-teaming) of the "
            "AI model before deployment.\n\nC.3.2 The Contractor should maintain an AI bill of materials "
            "listing models and datasets.\n\nC.3.3 The Contractor shall notify the Contracting Officer of any "
            "AI security incident within ten (10) calendar days of discovery.\n\n## 1.2 Background\n\n"
            "Red teaming of machine learning models is increasingly common.")
    doc = md_doc(text)
    report = check(doc, extract_obligations(doc), [pack], doc_type="solicitation")
    by = {f.rule_id: f for f in report.findings}
    assert by["AIC-ADV-001"].status == "met"
    assert by["AIC-ADV-001"].evidence[0].location.section == "C.3.1"
    assert by["AIC-SCM-002"].status == "weak"
    assert by["AIC-INC-001"].status == "conflict"
    assert all(f.evidence for f in report.findings if f.status != "missing")
    assert [f.sort_key() for f in report.findings] == sorted(f.sort_key() for f in report.findings)
    again = check(doc, extract_obligations(doc), [pack], doc_type="solicitation")
    assert [f.id for f in again.findings] == [f.id for f in report.findings]


def test_hidden_or_narrative_text_does_not_meet_a_rule():
    pack = load_pack("ai-cyber")
    doc = md_doc("## Background\n\nThe Contractor will perform adversarial testing of the AI model before deployment.")
    report = check(doc, extract_obligations(doc), [pack], doc_type="solicitation")
    assert not [f for f in report.findings if f.status == "met"]


def test_far_clause_statuses():
    pack = load_pack("far-cyber")
    doc = md_doc("| Clause | Title | Date |\n|---|---|---|\n"
                 "| 52.204-21 | Basic Safeguarding of Covered Contractor Information Systems | JUN 2016 |\n"
                 "| 52.204-25 | Prohibition on Contracting for Certain Telecommunications | NOV 2021 |\n\n"
                 "The Contractor shall comply with 52.204-23.")
    report = check(doc, extract_obligations(doc), [pack], doc_type="solicitation")
    by = {f.rule_id: f.status for f in report.findings}
    assert by["FAR-52204-21"] == "outdated"
    assert by["FAR-52204-25"] == "met"
    assert by["FAR-52204-23"] == "partial"
    assert by["DFARS-252204-7012"] == "missing"


def test_applies_to_is_respected(tmp_path):
    pack = load_pack(make_pack(tmp_path, RULE))
    doc = md_doc("The Contractor shall report any AI incident within 72 hours.")
    assert check(doc, extract_obligations(doc), [pack], doc_type="proposal").findings == ()


def test_pack_diff(tmp_path):
    a = load_pack(make_pack(tmp_path))
    root2 = tmp_path / "v2"
    (root2 / "rules").mkdir(parents=True)
    (root2 / "pack.yaml").write_text(PACK_YAML.replace("1.0.0", "1.1.0"))
    (root2 / "rules" / "MINI-INC-001.yaml").write_text(RULE.replace("severity: high", "severity: medium"))
    (root2 / "rules" / "MINI-INC-002.yaml").write_text(RULE.replace("MINI-INC-001", "MINI-INC-002"))
    d = diff_packs(a, load_pack(root2))
    assert d["added"] == ["MINI-INC-002"] and d["removed"] == [] and d["changed"] == {"MINI-INC-001": ["severity"]}


def test_stemming_and_index_are_linear():
    assert stem("teaming") == stem("teams") == "team" and stem("tested") == "test"
    assert phrase_key("red-team") == phrase_key("Red Team")
    small = TextIndex([f"the contractor shall do task {i}" for i in range(100)] + ["red team the model"])
    big = TextIndex([f"the contractor shall do task {i}" for i in range(1000)] + ["red team the model"])
    for idx in (small, big):
        assert idx.find(phrase_key("red team")) == {len(idx) - 1}
    # only texts that contain every token of the phrase are compared, so 10x more text
    # without the phrase does not mean 10x more comparisons
    assert big.comparisons == small.comparisons == 1


def test_entry_point_packs_are_discovered(tmp_path, monkeypatch):
    import importlib.metadata as md

    from clausecheck.rules import discovery

    root = make_pack(tmp_path)

    class EP:
        name, value = "mini", "agency_pack:pack_dir"

        def load(self):
            return lambda: root

    real = md.entry_points
    monkeypatch.setattr(md, "entry_points",
                        lambda **kw: [EP()] if kw.get("group") == "clausecheck.packs" else real(**kw))
    names = {(p.name, p.origin) for p in discovery.available_packs()}
    assert ("mini", "entry point agency_pack:pack_dir") in names
    assert load_pack("mini@1.0.0").rules[0].id == "MINI-INC-001"


def test_hedges_and_carve_outs_are_weak_not_met():
    pack = load_pack("ai-cyber")
    doc = md_doc("## 3 Data\n\n3.1 Provider shall not use Government data to train or fine-tune any AI model, "
                 "except that Provider may use aggregated usage data to improve the AI Services.\n\n"
                 "3.2 Provider shall implement guardrails against prompt injection and jailbreaks in the LLM "
                 "assistant, consistent with industry practice.")
    by = {f.rule_id: f for f in check(doc, extract_obligations(doc), [pack], doc_type="contract").findings}
    assert by["AIC-DAT-001"].status == "weak" and "carves itself out" in by["AIC-DAT-001"].message
    assert by["AIC-ADV-003"].status != "met"


def test_dfars_outside_dod_is_information_only():
    pack = load_pack("far-cyber")
    civil = md_doc("## I.1 Clauses\n\nThe Contractor shall comply with FAR 52.204-21 (NOV 2021). "
                   "The Department of Defense also publishes guidance on this topic.")
    dod = md_doc("## I.1 Clauses\n\nContract W912DY-26-C-0042. The Contractor shall comply with FAR 52.204-21 (NOV 2021).")
    sev = lambda d: {f.rule_id: f.severity for f in check(d, extract_obligations(d), [pack],
                                                          doc_type="contract").findings}
    assert sev(civil)["DFARS-252204-7012"] == "info"
    assert sev(dod)["DFARS-252204-7012"] == "high"
    assert sev(civil)["FAR-52204-25"] == "high"  # FAR clauses are not affected


def test_a_documents_own_name_for_its_ai_system_counts_as_ai_context():
    pack = load_pack("ai-cyber")
    body = "\n\nC.3.1 The Contractor shall perform adversarial testing of Sentinel before deployment."
    plain = md_doc("## C.3 Tasks" + body)
    named = md_doc('## C.2 Definitions\n\n"Sentinel" means the machine learning model delivered under this '
                   "contract.\n\n## C.3 Tasks" + body)
    status = lambda d: {f.rule_id: f.status for f in check(d, extract_obligations(d), [pack],
                                                            doc_type="solicitation").findings}["AIC-ADV-001"]
    assert status(plain) == "partial"
    assert status(named) == "met"


def _ai_findings(doc, doc_type: str = "contract"):
    """The ai-cyber findings of ``doc`` by rule id (a proposal's obligations read as a proposal's)."""
    obligations = extract_obligations(doc, role="proposal" if doc_type == "proposal" else None)
    return {f.rule_id: f for f in check(doc, obligations, [load_pack("ai-cyber")], doc_type=doc_type).findings}


@pytest.mark.parametrize("text,rule,status", [
    # wording that stands in for the missing element: weak, not partial
    ("3.4 The Contractor shall store the model weights securely.", "AIC-ACC-001", "weak"),
    ("4.7 Provider shall provide a software bill of materials for the AI Services upon request.", "AIC-SCM-001", "weak"),
    ("2.7 The Contractor shall obtain any pre-trained model it uses only from reputable sources.", "AIC-SCM-004", "weak"),
    # a stated time limit is not a stand-in: "upon request" with 10 days has a schedule
    ("4.7 Provider shall provide a software bill of materials for the AI Services within 10 days after each "
     "release.", "AIC-SCM-001", "met"),
    # the stand-in must be of the kind of the missing element: "securely" is no delivery schedule
    ("3.4 The Contractor shall deliver the trained model weights securely.", "AIC-ACC-003", "partial"),
])
def test_vague_stand_ins_make_a_duty_weak_not_partial(text, rule, status):
    by = _ai_findings(md_doc(f"## 3 Requirements\n\n{text}"))
    assert by[rule].status == status, by[rule].message


@pytest.mark.parametrize("text,rule,status", [
    # "before the X is used" and "not release ... until" say "before deployment"
    ("C.3.2 Before the classifier is put into production, the Contractor shall test the AI model against "
     "stated accuracy thresholds on a held-out test set that reflects real operating conditions.", "AIC-TST-001",
     "met"),
    ("4.1 The Contractor shall not release the AI model to examiners until it retrieves at least 80 percent of cited "
     "references on a held-out test set that reflects real operating conditions.", "AIC-TST-001", "met"),
    # "shall not deploy ... without approval" is approval before the change
    ("C.3.5 The Contractor shall not deploy a retrained model to production without the COR's written approval.",
     "AIC-TRC-004", "met"),
    ("C.3.5 The Contractor shall notify the COR after it deploys a retrained model to production.", "AIC-TRC-004",
     "partial"),
])
def test_before_use_and_not_without_approval_read_as_before(text, rule, status):
    by = _ai_findings(md_doc(f"## 3 Requirements\n\n{text}"))
    assert by[rule].status == status, by[rule].message


def test_a_thing_built_on_ai_and_what_a_model_puts_out_are_ai_context():
    from clausecheck.rules.engine import ai_aliases

    doc = md_doc("## 1 Approach\n\nWe propose a search assistant that uses a fine-tuned large language model. "
                 "It runs a machine learning model that assigns an anomaly score to each window.\n\n"
                 "## 5 Incidents\n\n5.4 Our incident response plan will be updated to cover the assistant, including how "
                 "incidents are detected, contained and reported.")
    assert {"search assistant", "assistant", "anomaly score"} <= ai_aliases(doc)
    by = _ai_findings(doc, "proposal")
    assert by["AIC-INC-004"].status != "partial", by["AIC-INC-004"].message
    plain = md_doc("## 1 Staff\n\nOur administrative assistant schedules meetings.\n\n## 5 Incidents\n\n5.4 Our "
                   "incident response plan will be updated to cover the assistant.")
    assert "assistant" not in ai_aliases(plain)


@pytest.mark.parametrize("text,rule,status", [
    # an exception for aggregated or de-identified data carves the prohibition open
    ("4.2 The Contractor shall not use Government data or model outputs to train or improve AI models offered to "
     "other customers, except in aggregated, de-identified form.", "AIC-DAT-001", "weak"),
    ("4.2 The Contractor shall not use Government data or model outputs to train or improve AI models offered to "
     "other customers.", "AIC-DAT-001", "met"),
    # handing something over only when asked, with no time frame
    ("3.5 The Contractor shall provide the export classification (USML category or ECCN) of each delivered AI model "
     "version upon request.", "AIC-EXP-002", "weak"),
    ("3.5 The Contractor shall provide the export classification (USML category or ECCN) of each delivered AI model "
     "version within 10 days of delivery.", "AIC-EXP-002", "met"),
])
def test_carve_outs_and_on_request_deliveries_are_weak(text, rule, status):
    by = _ai_findings(md_doc(f"## 3 Requirements\n\n{text}"))
    assert by[rule].status == status, by[rule].message


def test_section_l_items_under_a_describe_lead_in_are_instructions():
    doc = md_doc("## L.3 Technical Volume\n\nL.3 The Offeror shall describe:\n\n(a) its staffing plan;\n\n"
                 "(c) how the Offeror manages supply chain risk for any third-party AI components and AI models it "
                 "proposes to use, under a C-SCRM plan;\n")
    by = _ai_findings(doc, "solicitation")
    assert by["AIC-SCM-006"].status != "met", by["AIC-SCM-006"].message


def test_those_logs_in_the_next_paragraph_are_the_ai_logs():
    """"We will keep those logs for 18 months": what the logs are is said in the paragraph before."""
    doc = md_doc("## 6 Records\n\n6.1 We will log each prompt, each response of the AI model and the model version for "
                 "every chat.\n\n6.2 We will keep those logs for 18 months in the Department's cloud tenant.\n")
    by = _ai_findings(doc, "proposal")
    assert by["AIC-TRC-002"].status == "met", by["AIC-TRC-002"].message
    plain = md_doc("## 6 Records\n\n6.1 We will answer help desk tickets within one day.\n\n6.2 We will keep those "
                   "logs for 18 months in the Department's cloud tenant.\n")
    by = _ai_findings(plain, "proposal")
    assert by["AIC-TRC-002"].status != "met", by["AIC-TRC-002"].message
