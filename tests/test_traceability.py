"""Traceability (`scan PROPOSAL --against SOLICITATION`): small hand-written pairs, one behaviour
each, plus an end-to-end run on a real solicitation/response pair when the shared corpus exists.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
try:
    import clausecheck.model  # noqa: F401
except ImportError:  # running from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from clausecheck.extract import extract_obligations  # noqa: E402
from clausecheck.ingest import load_document  # noqa: E402
from clausecheck.traceability import quantities, terms, trace  # noqa: E402
from clausecheck.traceability.elements import _elements  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def run(solicitation: str, proposal: str):
    sol = load_document(solicitation.encode(), path="rfp.md")
    prop = load_document(proposal.encode(), path="proposal.md")
    sol_obs = extract_obligations(sol, role="solicitation")
    prop_obs = extract_obligations(prop, role="proposal")
    entries, findings = trace(sol, sol_obs, prop, prop_obs)
    return entries, findings


def status_of(entries, needle: str):
    hits = [e for e in entries if needle in e.requirement.text]
    assert len(hits) == 1, [e.requirement.text for e in entries]
    return hits[0]


def traced(requirement: str, answer: str, heading: str = "3. Approach", section: str = "C"):
    """The entry of a one-requirement solicitation traced against a one-paragraph answer."""
    return run(f"# RFQ\n\n## {section}\n\n{requirement}\n", f"# Q\n\n## {heading}\n\n{answer}\n")[0][0]


def assert_one(req: str, answer: str, status: str, heading: str = "2. Approach") -> None:
    """Trace a one-requirement solicitation against a one-paragraph answer."""
    sol = f"# RFQ\n\n## C\n\nC.1 The Contractor shall {req}.\n"
    prop = f"# Q\n\n## {heading}\n\n{answer}\n"
    e = status_of(run(sol, prop)[0], req[:30])
    assert e.status == status, e.reason


SOLICITATION = """# RFQ 123: Claims Triage Model

## SECTION C - STATEMENT OF WORK

### C.3 Tasks

C.3.1 The Contractor shall deliver a Project Management Plan within 15 calendar days after award.

C.3.2 The Contractor shall report any cyber incident affecting the service to the Security Operations Center within 72 hours of discovery.

C.3.3 The Contractor shall retain decision logs for at least 12 months.

C.3.4 The Contractor shall achieve a macro-averaged F1 score of at least 0.85 on the Government holdout set.

C.3.5 The Contractor shall provide the Government with the trained model weights and inference code.

C.3.6 The Contractor shall encrypt claim data at rest using validated cryptographic modules.

C.3.7 The Contractor shall deliver a transition-out plan no later than 90 days before the end of the order.

C.3.8 The Contractor shall provide on-site support at the regional depot at least two days per month.

C.3.9 The Contractor shall not use claim data to train models offered to other customers.

The Government will provide a test environment.
"""

PROPOSAL = """# Example Analytics - Technical Quotation

## 1. Management

We will deliver the Project Management Plan ten calendar days after award.

## 2. Security Operations

If we discover a cyber incident affecting the service, we will notify the Security Operations Center within 24 hours of discovery.

Claim data at rest will be encrypted where practicable.

## 3. Records

Every routing decision is written to an append-only store. Decision logs are kept for 90 days and then purged.

## 4. Model Quality

We are targeting a macro-averaged F1 score of 0.80 on the Government holdout set for the first release.

## 5. Data Rights

Model weights are proprietary. We will not deliver trained model weights or inference code to the Government.

Claim data will be used only for the models delivered under this order and never to train models for other customers.

## 6. Field Support

Our engineers will visit the regional depot once per quarter.
"""


@pytest.fixture(scope="module")
def basic():
    return run(SOLICITATION, PROPOSAL)


def test_better_number_is_addressed(basic):
    entries, _ = basic
    e = status_of(entries, "Project Management Plan")
    assert e.status == "addressed", e.reason
    e = status_of(entries, "cyber incident")
    assert e.status == "addressed", e.reason          # 24 hours against 72 hours
    assert "24 hours" in e.response.text


def test_worse_retention_is_contradicted(basic):
    e = status_of(basic[0], "retain decision logs")
    assert e.status == "contradicted"
    assert "90 days" in e.reason


def test_worse_plain_number_is_contradicted(basic):
    e = status_of(basic[0], "F1 score")
    assert e.status == "contradicted"
    assert "0.80" in e.reason


def test_refusal_is_contradicted(basic):
    e = status_of(basic[0], "trained model weights")
    assert e.status == "contradicted"
    assert "will not" in e.reason


def test_hedged_answer_is_partial(basic):
    e = status_of(basic[0], "encrypt claim data")
    assert e.status == "partially addressed"
    assert "practicable" in e.reason


def test_missing_answer_is_not_addressed(basic):
    entries, findings = basic
    e = status_of(entries, "transition-out plan")
    assert e.status == "not addressed"
    assert e.response is None
    assert any(f.status == "missing" and "transition-out" in f.title for f in findings)


def test_worse_frequency_is_contradicted(basic):
    e = status_of(basic[0], "on-site support")
    assert e.status == "contradicted"               # once per quarter against two days a month
    assert "quarter" in e.reason


def test_prohibition_answered_by_a_negation_is_addressed(basic):
    e = status_of(basic[0], "not use claim data")
    assert e.status == "addressed", e.reason


def test_government_duties_are_not_requirements(basic):
    assert not [e for e in basic[0] if "test environment" in e.requirement.text]


def test_contradictions_are_findings(basic):
    entries, findings = basic
    contradicted = [e for e in entries if e.status == "contradicted"]
    assert len([f for f in findings if f.status == "conflict"]) == len(contradicted)


# --- cross-references -------------------------------------------------------------------------

MATRIX_SOLICITATION = """# RFQ 456

## SECTION C

### C.4 Logging

C.4.1 The Contractor shall provide the Government read access to the decision logs upon request.

### C.5 Transition

C.5.1 The Contractor shall deliver a transition-out plan no later than 90 days before the end of the order.

### C.6 Staffing

C.6.1 The Contractor shall hold a weekly status meeting with the Contracting Officer's Representative (COR).
"""

MATRIX_PROPOSAL = """# Quotation

## 1. Approach

We build the classifier in three phases.

## 2. Operations

### 2.3 Audit Store

The COR and staff the COR designates receive read-only accounts on the audit store, and we export any requested slice within two business days.

## 3. Management

Our Project Manager meets with the COR every week to review progress and risks.

## Appendix A - Compliance Matrix

| RFQ Paragraph | Requirement | Quotation Section |
|---|---|---|
| C.4 | Logging | 2.3 |
| C.5 | Transition | 3 |
| C.6 | Staffing | 3 |
"""


def test_compliance_matrix_points_to_the_answer():
    entries, _ = run(MATRIX_SOLICITATION, MATRIX_PROPOSAL)
    e = status_of(entries, "read access")
    assert e.status == "addressed", e.reason
    assert e.response is not None and e.response.location.section == "2.3"
    e = status_of(entries, "weekly status meeting")
    assert e.status == "addressed", e.reason


def test_matrix_row_to_a_section_without_the_answer_stays_not_addressed():
    entries, _ = run(MATRIX_SOLICITATION, MATRIX_PROPOSAL)
    e = status_of(entries, "transition-out plan")
    assert e.status == "not addressed"
    assert e.response is None   # the matrix row itself is a pointer, never an answer


# --- pieces -----------------------------------------------------------------------------------


def test_subordinate_cannot_is_not_a_refusal():
    sol = """# RFQ\n\n## C\n\nC.1 The Contractor shall remove unsupported clauses from every summary before release.\n"""
    prop = """# Q\n\n## 1. Summaries\n\nA checker removes every unsupported clause from each summary before release; anything the checker cannot find in the source is removed.\n"""
    e = status_of(run(sol, prop)[0], "unsupported clauses")
    assert e.status == "addressed", e.reason


def test_one_answer_is_not_reused_for_a_merely_related_requirement():
    sol = """# RFQ\n\n## C\n\nC.1 The Contractor shall log each routing decision with the model version and confidence score.\n\nC.2 The Contractor shall retain routing decision logs for the life of the contract plus three years.\n"""
    prop = """# Q\n\n## 1. Logging\n\nEvery routing decision is logged with the model version and the confidence score.\n"""
    entries, _ = run(sol, prop)
    assert status_of(entries, "log each routing decision").status == "addressed"
    assert status_of(entries, "retain routing decision logs").status == "not addressed"


def test_clause_numbers_must_match():
    sol = """# RFQ\n\n## H\n\nH.1 The Contractor shall comply with FAR 52.204-21, Basic Safeguarding of Covered Contractor Information Systems.\n\nH.2 The Contractor shall comply with FAR 52.204-27, Prohibition on a ByteDance Covered Application.\n"""
    prop = """# Q\n\n## 5. Security\n\nOur systems implement every safeguarding requirement of FAR 52.204-21.\n"""
    entries, _ = run(sol, prop)
    assert status_of(entries, "52.204-21").status == "addressed"
    assert status_of(entries, "52.204-27").status == "not addressed"


def test_section_named_for_the_subject_is_pointed_at_but_is_no_answer():
    """A heading is no answer: the requirement stays not addressed, and the reason names the section
    so a reviewer knows where to look (on the labelled sets, most such sections did not answer)."""
    sol = """# RFQ\n\n## C\n\nC.1 The Contractor shall describe its approach to detecting and responding to model drift.\n\nC.2 The Contractor shall deliver a weekly status report to the COR.\n"""
    with_section = """# Q\n\n## 4. Operations\n\nWe deliver a weekly status report to the COR.\n\n## 4.5 Drift\n\nOur data scientists will monitor the dashboards.\n"""
    e = status_of(run(sol, with_section)[0], "model drift")
    assert e.status == "not addressed" and e.response is None, e.reason
    assert 'section "4.5 Drift" is about its subject' in e.reason, e.reason
    without = with_section.replace("## 4.5 Drift", "## 4.5 Analytics")
    e = status_of(run(sol, without)[0], "model drift")
    assert e.status == "not addressed" and "4.5" not in e.reason.split(";")[0], e.reason


def test_lower_fedramp_level_in_a_near_miss_is_a_conflict():
    sol = """# RFQ\n\n## C\n\nC.1 The Contractor shall operate the assistant without sending Government documents to any service outside a FedRAMP High authorization boundary.\n"""
    prop = """# Q\n\n## B.1 Hosting\n\nThe application tier runs in our own enclave. Summarization calls are sent to the model provider's commercial API, which holds a FedRAMP Moderate authorization.\n"""
    e = status_of(run(sol, prop)[0], "FedRAMP High")
    assert e.status == "contradicted" and "moderate" in e.reason, e.reason


@pytest.mark.parametrize("req,answer,status", [
    ("display each alert on the operator console within 500 milliseconds",
     "Each alert reaches the operator console within 2 seconds.", "contradicted"),
    ("score every refund return within two seconds",
     "Our service scores a refund return in under 500 milliseconds.", "addressed"),
    ("purge each document image from its processing cache within 24 hours",
     "Document images remain in the processing cache for seven days before they are overwritten.", "contradicted"),
    ("notify the Contracting Officer at least 60 days before replacing the language model",
     "When we replace the language model, we will inform the Contracting Officer within 10 business days of the switch.", "contradicted"),
    ("retain audit logs of every summary generation event for seven years",
     "Audit logs of each summary generation event are kept for 120 months.", "addressed"),
])
def test_durations_compare_across_units_and_roles(req, answer, status):
    assert_one(req, answer, status)


def test_every_clause_of_a_two_clause_requirement_must_be_taken_on():
    sol = """# RFQ\n\n## I\n\nI.2 The Contractor shall comply with FAR 52.239-1, Privacy or Security Safeguards (AUG 1996), and HSAR 3052.204-71, Contractor Employee Access (SEP 2012).\n"""
    prop = """# Q\n\n## 9. Contract Clauses\n\nWe accept the terms of FAR 52.239-1, including Government inspection of our privacy and security safeguards.\n"""
    e = status_of(run(sol, prop)[0], "52.239-1")
    assert e.status == "partially addressed" and "3052.204-71" in e.reason, e.reason


def test_each_threshold_is_compared_with_the_same_measure():
    sol = """# RFQ\n\n## C\n\nC.3 The Contractor must achieve a detection rate of at least 95 percent on the Government forgery test set while holding the false alarm rate below 2 percent.\n"""
    ok = """# Q\n\n## 1. Accuracy\n\nOn the forgery test set our detection rate is 97 percent, and the false alarm rate stays at 1 percent.\n"""
    assert status_of(run(sol, ok)[0], "detection rate").status == "addressed"
    worse = ok.replace("stays at 1 percent", "stays at 4 percent")
    e = status_of(run(sol, worse)[0], "detection rate")
    assert e.status == "contradicted" and "4 percent" in e.reason, e.reason


def test_matrix_with_section_words_is_a_pointer_not_an_answer():
    sol = """# RFQ\n\n## L\n\nL.4.2 The Offeror shall describe how it will train disability examiners to use the assistant.\n"""
    prop = """# Q\n\n## 1. Overview\n\nOur assistant helps each examiner read a folder quickly.\n\n## 9. Privacy\n\nAll staff complete privacy training every year.\n\n## 10. Crosswalk\n\n| RFQ | Topic | Response |\n|---|---|---|\n| L.4.2 | Examiner training | Section 9 |\n"""
    e = status_of(run(sol, prop)[0], "train disability examiners")
    assert e.response is None or "|" not in e.response.text, e.response


@pytest.mark.parametrize("req,answer,status", [
    ("link record pairs automatically only when their match score is 0.90 or higher",
     "Record pairs with a match score of 0.85 or above are linked automatically.", "contradicted"),
    ("achieve a precision of at least 0.98 and a recall of at least 0.95 on the benchmark",
     "We commit to a precision of 0.985 or better on the benchmark.", "partially addressed"),
    ("run a regression test on at least 5,000 labelled weld images before each release",
     "Before each release we run a regression test on labelled weld images, and the release does not ship if recall falls.",
     "partially addressed"),
    ("deliver the trained model weights, training code, and labelled dataset with unlimited rights",
     "We will deliver the trained model weights, training code and labelled dataset. They come with Government purpose rights.",
     "contradicted"),
])
def test_figures_gates_and_rights(req, answer, status):
    assert_one(req, answer, status)


@pytest.mark.parametrize("req,answer,status", [
    ("report any suspected or confirmed security incident to the CSIRC within one hour",
     "Our security lead will notify the CSIRC of any suspected or confirmed incident within 30 minutes and will follow the agency reporting procedure.",
     "addressed"),
    ("read handwritten clinical notes as well as scanned pages of poor image quality",
     "Scanned pages of poor image quality are cleaned and read; automated reading of handwritten clinical notes is on our product roadmap.",
     "partially addressed"),
    ("furnish handheld capture units with an ingress protection rating of IP65 or higher",
     "Every handheld capture unit we furnish carries an ingress protection rating of IP67.", "addressed"),
    ("deliver a System Security Plan within 30 days after award",
     "| Deliverable | Due |\n|---|---|\n| System Security Plan | Day 20 after award |", "addressed"),
    ("not substitute the Project Manager or the Lead Data Scientist without prior written approval",
     "Key personnel are Project Manager Dana Whitcombe and Lead Data Scientist Tomas Varga.", "not addressed"),
    ("not substitute the Project Manager or the Lead Data Scientist without prior written approval",
     "We will never substitute our Project Manager or Lead Data Scientist without the Contracting Officer's written approval.",
     "addressed"),
])
def test_commitments_deferrals_and_restrictions(req, answer, status):
    assert_one(req, answer, status)


def test_a_bullet_verb_is_not_a_list_element():
    assert _elements("identify the affected substation, bus or transmission line") == [
        "affected substation", "bus", "transmission line"]


def test_conflicts_stated_in_a_nearby_passage():
    sol = """# RFQ\n\n## C\n\nC.1 The Contractor shall deliver the trained model weights and training code with unlimited rights.\n\nC.2 The Contractor shall link record pairs automatically only when their match score is 0.90 or higher.\n"""
    prop = """# Q\n\n## 2. Deliverables\n\nAt the end of the base period we will deliver the trained model weights and the training code.\n\n## 3. Matching\n\nOur model links record pairs automatically and sends the rest to clerical review.\n\nRecord pairs scoring 0.85 or above are linked without review.\n\n## 9. Data Rights\n\nThe trained model weights and training code are delivered with Government purpose rights.\n"""
    entries, _ = run(sol, prop)
    e = status_of(entries, "unlimited rights")
    assert e.status == "contradicted" and "government purpose" in e.reason, e.reason
    e = status_of(entries, "0.90 or higher")
    assert e.status == "contradicted" and "0.85" in e.reason, e.reason


def test_a_range_is_a_scale_not_a_threshold():
    sol = """# RFQ\n\n## C\n\nC.1 The Contractor shall develop a scoring model that gives every claim a fraud-risk score between 0 and 1.\n"""
    prop = """# Q\n\n## 2. Scoring\n\nOur scoring model gives every claim a fraud-risk probability for each new claim.\n"""
    e = status_of(run(sol, prop)[0], "fraud-risk score")
    assert e.status == "addressed", e.reason


@pytest.mark.parametrize("req,answer,status", [
    ("deliver the accuracy report, showing precision and recall by rule category, by the 10th calendar day of each month",
     "Each quarter we will deliver an accuracy report giving precision and recall for each rule category.", "contradicted"),
    ("not use images collected under this contract to train models offered to any other customer",
     "To keep the product improving, the vendor will add the images collected in the pilot to the shared training pool of models offered to other customers.",
     "contradicted"),
])
def test_schedules_in_tables_and_forbidden_commitments(req, answer, status):
    assert_one(req, answer, status, "6. Reporting and Data")


def test_missing_list_element_is_partial():
    sol = """# RFQ\n\n## C\n\nC.1 The Contractor shall submit a monthly performance report that includes precision, recall, and officer override rates.\n"""
    prop = """# Q\n\n## 9. Reporting\n\nOur Program Manager will submit a monthly performance report showing precision and recall on adjudicated cases.\n"""
    e = status_of(run(sol, prop)[0], "monthly performance report")
    assert e.status == "partially addressed"
    assert "override" in e.reason


def test_quantities_classify_what_better_means():
    q = {x.text: x for x in quantities("We will notify the COR within 24 hours and keep images for 30 days.")}
    assert q["within 24 hours"].cls == "window" and q["within 24 hours"].role == "notify"
    assert q["for 30 days"].cls == "span" and q["for 30 days"].role == "retain"
    (rate,) = quantities("provide on-site support at least two days per month")
    assert rate.cls == "interval" and rate.hours == pytest.approx(365.0)
    (adv,) = quantities("notify the CO at least 30 days before changing the model")
    assert adv.cls == "advance"
    (kept,) = quantities("These audit records are kept for 120 months.")
    assert kept.cls == "span" and kept.role == "retain"   # the verb, not the subject's "audit"
    assert quantities("available 99.5 percent of the time, measured monthly") == []
    (cap,) = quantities("The total duration of this contract shall not exceed 3 years.")
    assert cap.cls == "window"   # a cap: a shorter term is no contradiction
    assert quantities("Keyers complete a 40-hour training course before they handle filings.") == []
    (due,) = quantities("no later than the fifth business day of the following month")
    assert due.cls == "window" and due.hours == pytest.approx(5 * 24 * 1.4)
    assert [q.text for q in quantities("scale to twice the normal daily filing volume within 48 hours")] == ["within 48 hours"]
    (fast,) = quantities("The verdict is ready in under 500 milliseconds.")
    assert fast.cls == "window" and fast.hours == pytest.approx(0.5 / 3600)


def test_terms_fold_synonyms_numbers_and_acronyms():
    t = terms("retain logs per Section 508 at 2,500 stations; Contracting Officer's Representative (COR)")
    assert "retain" in t and "log" in t and "#508" in t and "n2500" in t and "cor" in t
    assert not {"contra", "office", "repres"} & set(t)
    assert terms("decision records are kept") == terms("decision logs are retained")
    assert terms("an AI bill of materials (AI-BOM)") == terms("the AI-BOM") == terms("a bill of materials")
    assert "timest" in terms("stamped with the UTC time") and "timest" in terms("the time in UTC")
    assert "f1" in terms("an F1 of 0.84")
    assert terms("an SBOM") == terms("the software bill of materials") != terms("the AI-BOM")


def test_contract_time_frames_are_not_what_a_duty_is_about():
    assert terms("onboard eight agencies during the base period") == terms("onboard eight agencies")
    assert terms("before the end of the period of performance") == terms("before the end")
    sol = "# RFQ\n\n## C\n\nC.1 The Contractor shall onboard at least eight SWAs to the production service during the base period.\n"
    prop = "# Q\n\n## 6. Hosting\n\nWe will not migrate the service to a FedRAMP High environment during the base period.\n"
    assert status_of(run(sol, prop)[0], "onboard").status != "contradicted"


def test_training_people_is_not_training_a_model():
    assert "train" not in terms("deliver at least two training sessions for control room operators")
    assert "train" in terms("We train one ensemble per control center")
    sol = """# RFQ\n\n## C\n\nC.6 The Contractor shall deliver at least two training sessions for control room operators.\n"""
    prop = """# Q\n\n## 3.3 Model Training\n\nWe train one ensemble per control center so that each reflects its own mix of units.\n"""
    assert status_of(run(sol, prop)[0], "training sessions").status != "addressed"


@pytest.mark.parametrize("req,answer,status", [
    # training people needs an answer about training people
    ("describe how it will train disability examiners to use the assistant",
     "ChartDigest, our summarization assistant, turns a long medical folder into a digest an examiner can read.",
     "not addressed"),
    ("describe how it will train disability examiners to use the assistant",
     "Every examiner attends a two-day course on the assistant before using it on live folders.", "addressed"),
    # a named deliverable needs an answer that names that kind of document
    ("submit a Model Validation Report at least 30 days before each production release",
     "Data validation rules check every demand record for errors before each production release.", "not addressed"),
    ("submit a Model Validation Report at least 30 days before each production release",
     "We hand the COR a model validation memo 45 days before each production release.", "addressed"),
    # a response time in other units and other words
    ("return detection results for each image within 2 seconds of capture",
     "Detection results appear on the handheld screen in under 800 milliseconds after the shutter fires.", "addressed"),
    ("classify each parcel image within 300 milliseconds of capture",
     "ParcelSentry returns its damage decision within 0.5 seconds of image capture.", "contradicted"),
    # elements of a list inside one of two duties; figures listed side by side
    ("evaluate match performance separately for rural, urban, tribal-area and Puerto Rico addresses and report the "
     "results to the COR each quarter",
     "We will compare match performance for rural and urban addresses and report the results to the COR each quarter.",
     "partially addressed"),
    ("provide prediction intervals at both the 80 percent and 95 percent levels for every forecast",
     "Every forecast carries an 80 percent prediction interval.", "partially addressed"),
    # qualifiers that make a commitment conditional or unmeasurable
    ("attach at least three plain-language reason codes to each flag",
     "Where the underlying signals allow, each flag is returned with at least three plain-language reason codes.",
     "partially addressed"),
    ("keep the rule library current when NIH publishes new funding notices",
     "Our analysts will update the rule library on a regular basis as NIH publishes new funding notices.",
     "partially addressed"),
    # notice after the event where approval before it is required
    ("obtain written approval from the COR before a retrained model is placed into production",
     "The COR receives a written summary of each retrained model within five business days after it goes live.",
     "contradicted"),
    ("obtain written approval from the COR before a retrained model is placed into production",
     "No retrained model is placed into production until the COR has approved it in writing.", "addressed"),
    ("obtain written approval from the Shipyard Technical Authority before the release is used on production welds",
     "The confidence threshold for each release is set by the Shipyard Technical Authority.", "not addressed"),
    ("provide resumes for the Technical Lead and the Operations Lead",
     "Forecast scores are stratified by region, season and lead time.", "not addressed"),
    ("provide the Government full access to model weights, feature definitions, and training data extracts",
     "Feature definitions and training data extracts will be provided to the Government on request. Model weights are "
     "our trade secrets and will remain on our infrastructure.", "contradicted"),
    # durations in service-level tables, roles from verbs rather than nouns, counts over time
    ("make the draft summary available to the clinician reviewer within two hours of receipt",
     "| Item | Commitment |\n|---|---|\n| Expedited draft summary | Ready for the clinician reviewer within 45 minutes of receipt |",
     "addressed"),
    ("return a classification within 5 seconds for 95 percent of requests",
     "| Measure | Commitment |\n|---|---|\n| Classification latency | 9 seconds at the 95th percentile |", "contradicted"),
    ("retain decision logs and assessment outputs for at least seven years after closeout",
     "Assessment records and decision logs are kept for three years after closeout and are then purged.", "contradicted"),
    ("limit false alerts to no more than 5 per operator console per 8-hour shift",
     "| Measure | Pilot result |\n|---|---|\n| False alerts | About 2 per operator console per hour |", "contradicted"),
    ("never copy weld images to contractor laptops or removable media",
     "Weld images are never copied to company laptops or USB drives.", "addressed"),
])
def test_required_terms_latency_lists_and_approvals(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


@pytest.mark.parametrize("req,answer,status", [
    # approval by the vendor's own board is not approval by the Government's representative
    ("obtain written approval from the COR before the release is deployed to production",
     "Every release is reviewed and approved by our internal change advisory board before it is deployed.", "not addressed"),
    # a safeguard stated with a negation is not a refusal
    ("record each request, the model version, the output and any reviewer override in a tamper-evident log",
     "Every request, the model version, the output and any reviewer override are written to write-once storage where "
     "entries cannot be altered or deleted without detection.", "addressed"),
    # independence, data boundaries, both sides of encryption
    ("engage an independent red team, with no role in model development, to test the model each year",
     "Once a year our development team, who know the architecture best, red-teams the model in a week-long test.",
     "contradicted"),
    ("train and fine-tune models only on USCIS data that remains inside the USCIS boundary",
     "Models are trained and fine-tuned in our Austin lab on a sample of USCIS data exported for that purpose.",
     "contradicted"),
    ("train and fine-tune models only on USCIS data that remains inside the USCIS boundary",
     "Models are fine-tuned only inside the USCIS boundary; no USCIS data is ever copied to our lab.", "addressed"),
    ("encrypt all imagery and assessment data at rest and in transit using FIPS 140-3 validated modules",
     "All imagery and assessment data moving between FEMA and the service is protected with TLS 1.3 using FIPS 140-3 "
     "validated modules.", "partially addressed"),
    # two-item lists without commas, and two duties joined by "and shall"
    ("measure classification accuracy separately for each property type and each HUD region",
     "Classification accuracy is measured separately for each property type: public housing, multifamily and vouchers.",
     "partially addressed"),
    ("identify the developer and country of origin of every OCR engine and pretrained model",
     "Our service combines a commercial OCR engine with a pretrained layout model.", "partially addressed"),
    # safeguards and compliance stated with a negation are not refusals
    ("retain the decision logs for at least seven years",
     "Decision log entries are kept for ten years after a mission ends, and our staff cannot edit or delete them.",
     "addressed"),
    ("comply with FAR 52.204-25, Prohibition on Contracting for Certain Telecommunications and Video Surveillance",
     "We comply with FAR 52.204-25: our service does not use, and will not deliver, any covered telecommunications "
     "equipment.", "addressed"),
    ("give the Government full access to the forecast archive, model source code, and trained weights",
     "The Government has full access to the forecast archive. The model source code and trained weights remain "
     "our intellectual property.", "contradicted"),
    # review before, notice before
    ("ensure that no extracted value is written to the production database until a coder has accepted it",
     "Extracted values with confidence of 0.97 or higher are written directly to the production database.", "contradicted"),
    ("notify the COR at least 30 days before changing the foundation model or its provider",
     "When we change the foundation model, the change is reported to the COR in the next monthly status report.",
     "contradicted"),
    # a titled deliverable is answered by its own title
    ("deliver a Transition-Out Plan no later than 90 calendar days before the end of the order",
     "| Deliverable | Due |\n|---|---|\n| Program Management Plan | 15 days after award |", "not addressed"),
    ("redact driver names, street addresses, license numbers, and vehicle identification numbers",
     "A redaction pass replaces driver names, street addresses and license numbers with placeholders.",
     "partially addressed"),
    # figures in other forms: percent against fraction, an error rate against an accuracy
    ("achieve a sensitivity of at least 0.92 for each finding class",
     "For each finding class we commit to 90 percent sensitivity on the Government holdout set.", "contradicted"),
    ("achieve extraction accuracy of at least 98 percent at the field level",
     "On the validation set we commit to a field-level extraction error rate no higher than 1.5 percent.", "addressed"),
    ("achieve a micro-averaged F1 score of at least 0.88 at the MedDRA Preferred Term level",
     "We commit to a micro-averaged F1 of no less than 0.90 at the MedDRA Preferred Term level.", "addressed"),
    # schedules written other ways; experience is not a deadline
    ("deliver the monthly status report within 5 business days after the end of each month",
     "| Deliverable | Due |\n|---|---|\n| Monthly Status Report | 3rd business day of the following month |", "addressed"),
    ("provide at least 30 calendar days advance written notice before changing the foundation model",
     "We will not change the foundation model in production without giving the Contracting Officer 45 calendar days "
     "written notice.", "addressed"),
    ("deliver the Transition-Out Plan no later than 90 calendar days before the end of the period of performance",
     "| Deliverable | Due |\n|---|---|\n| Transition-Out Plan | 120 calendar days before the period of performance ends |\n"
     "| Phase-In Plan | 15 days after award |", "addressed"),
    ("designate a Pharmacovigilance Lead with at least five years of MedDRA coding experience",
     "Dr. Priya Raman, our Pharmacovigilance Lead, has eleven years of MedDRA coding experience.", "addressed"),
    ("cite the specific chapter and section of the Handbook on which each answer relies",
     "Where available, each answer cites the chapter and section of the Handbook it relies on.", "partially addressed"),
    ("deliver a software bill of materials in SPDX or CycloneDX format with every release",
     "| Deliverable | Due |\n|---|---|\n| AI bill of materials | With every release |", "not addressed"),
    # a scale is not a figure; an outside service breaks a no-outside-service rule
    ("route any field scored below 0.90 to a specialist for verification",
     "Each extracted value carries a confidence score between 0 and 1. Only values scored under 0.85 are routed to "
     "a specialist for verification.", "contradicted"),
    ("not send indexed content or user queries to any model service hosted outside the NRC boundary",
     "For retrieval, indexed content and user queries are embedded through Vectra, a commercial embedding API hosted "
     "in our public cloud.", "contradicted"),
    # compound spans, anytime access, mornings, counts per time in words, measures named after the figure
    ("retain review records for at least six years and three months after the purchase decision",
     "Review records are retained for 10 years after the purchase decision.", "addressed"),
    ("retain review records for at least six years and three months after the purchase decision",
     "Review records are retained for six years after the purchase decision.", "contradicted"),
    ("give investigators search access to screening records within two hours of a request",
     "Investigators can search all retained screening records at any time through a self-service portal.", "addressed"),
    ("scan emergency department visits for unusual increases daily",
     "Every morning the service scans the previous day's emergency department visits for unusual increases.", "addressed"),
    ("detect at least 85 percent of outbreak signals with no more than two false alerts per jurisdiction per month",
     "The detector found 90 percent of outbreak signals in the retrospective study.", "partially addressed"),
    ("achieve recall of at least 0.90 on the test set while flagging no more than 5 percent of non-threatening items",
     "On the test set the service reached a recall of 0.92; at that point about 8 percent of non-threatening items "
     "are flagged.", "contradicted"),
    # ratios, measures told apart, routing cut-offs, withheld items, webinars
    ("keep the false positive rate at or below 2 percent of screened payments",
     "False positives: roughly one screened payment in 30 is flagged in error.", "contradicted"),
    ("discard at least 98 percent of empty frames while losing no more than 1 percent of frames that contain an animal",
     "In our trials the filter removed 98.6 percent of empty frames.", "partially addressed"),
    ("send every prediction below 0.60 confidence to manual identification",
     "Every prediction under 0.70 confidence goes to manual identification.", "addressed"),
    ("deliver all trained models, model weights and labelled image sets with unlimited rights",
     "Labelled image sets are delivered with unlimited rights. Trained models and model weights remain Cairn property "
     "under a subscription license.", "contradicted"),
    ("provide at least two live virtual training sessions for park biologists",
     "We will hold one live webinar for park biologists, and the recording stays online.", "contradicted"),
    ("give the Office of the Chief Information Officer administrative access to all logs",
     "Logs can be made available to the Office of the Chief Information Officer upon request.", "partially addressed"),
    # exports the Government asks for, FOIA "withholding", ceilings met, higher levels, due days in words
    ("give the Government read-only access to the logs and keep all records inside the Coast Guard boundary",
     "The Government gets read-only accounts on the log store; any export the Coast Guard asks for is delivered "
     "within 24 hours.", "addressed"),
    ("develop a redaction assistant that proposes redactions and exemption codes for each responsive page",
     "The assistant proposes withholding spans with a suggested exemption code, such as (b)(6), on each responsive page.",
     "addressed"),
    ("deliver all prompts, rule configurations and evaluation results with unlimited rights",
     "Evaluation results will be delivered with unlimited rights. Prompts and rule configurations are proprietary and "
     "only licensed to the Department.", "contradicted"),
    ("delete applicant personal information from all contractor systems within 30 days after contract completion",
     "When the contract ends, we remove all applicant personal information from our systems within 15 days.",
     "addressed"),
    ("National three-month MAPE shall not exceed 12 percent for any item category",
     "We will hold national three-month MAPE to 10 percent or less in every item category.", "addressed"),
    ("keep the national three-month MAPE at or below 12 percent for any item category",
     "We will hold national three-month MAPE to 10 percent or less in every item category.", "addressed"),
    ("host the solution in a cloud environment holding a FedRAMP Moderate authorization",
     "The solution runs in a government cloud region whose boundary carries a FedRAMP High authorization.",
     "addressed"),
    ("propose a Privacy Lead who holds a current CIPP/US certification",
     "Our Privacy Lead is preparing for the CIPP/US examination and expects to be certified next year.",
     "partially addressed"),
    # licences against rights, reports as deadlines, deferred names, inbound copies, F1
    ("deliver all source code, trained models and training pipelines with unlimited rights",
     "Source code, trained models and pipelines will be delivered under our standard commercial license.",
     "contradicted"),
    ("notify the Contracting Officer within 24 hours of discovering any suspected tampering with the model",
     "Any suspected tampering with the model is summarized for the Contracting Officer in the next weekly status report.",
     "contradicted"),
    ("retain decision logs for seven years and make them searchable by Government staff within one business day",
     "Decision logs are kept for ten years and Government staff can search them within one business day.",
     "addressed"),
    ("provide resumes for the Project Manager and the Lead Data Scientist",
     "The Project Manager's resume is in Appendix A; our Lead Data Scientist resume will be provided at award.",
     "partially addressed"),
    ("not send inspection notes to any external API or service outside the system boundary",
     "Inspection notes are never sent to any external API or service; the base model weights are copied into the "
     "system boundary instead.", "addressed"),
    ("achieve an F1 score of at least 0.80 with false alarms on no more than 5 percent of tiles",
     "The model reached an F1 of 0.84 with false alarms on 3.1 percent of tiles.", "addressed"),
    # automatic clearing, publish-then-review, labels that are not amounts, counts of other things
    ("The algorithm must not clear any alarm without a resolution action by a screening officer",
     "To protect lane throughput, alarms with a residual score below 0.15 are cleared automatically.", "contradicted"),
    ("route every reading flagged as suspect to a data reviewer before that reading is published",
     "Readings flagged as suspect are released to the public map at once with a caution marker and reviewed afterward.",
     "contradicted"),
    ("support Government red-cell teams during at least three evaluation events per phase",
     "Our engineers support the Government red-cell teams at 4 evaluation events per phase, in Phase 1 and Phase 2.",
     "addressed"),
    ("offer intake in English, Spanish and at least three additional languages",
     "Intake runs in English and Spanish; other languages will be added as demand warrants.", "partially addressed"),
])
def test_parties_safeguards_boundaries_and_pairs(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


def test_one_phase_of_a_schedule_is_not_the_total():
    from clausecheck.traceability.quantities import _count_conflict
    req = "deliver a phased deployment schedule that reaches all six pilot institutions"
    assert _count_conflict(req, "Phase 1 | months 1 to 3 | Two pilot institutions") is None
    assert _count_conflict(req, "The schedule reaches two pilot institutions.") is not None


def test_two_duties_joined_by_and_shall_are_judged_apart():
    assert _elements("document the provenance of all fine-tuning data and shall perform all training inside the enclave") == \
        ["document the provenance of all fine-tuning data", "perform all training inside the enclave"]
    sol = ("# RFQ\n\n## C\n\nC.1 The Contractor shall document the provenance of all fine-tuning data and shall perform "
           "all training on Medicare data inside the enclave.\n")
    prop = ("# Q\n\n## 4. Data\n\nAll fine-tuning and training on Medicare data is performed inside the enclave; "
            "no Medicare records leave it.\n")
    entries = run(sol, prop)[0]
    assert status_of(entries, "inside the enclave").status == "addressed"
    assert status_of(entries, "provenance").status == "not addressed"


def test_a_description_answered_across_a_paragraph_is_found_but_not_taken_as_full():
    sol = ("# RFP\n\n## L\n\nL.1 The Offeror shall describe how its design prevents fabricated regulatory citations "
           "and other content that is not supported by the application.\n")
    prop = ("# P\n\n## 3. Drafting\n\nWe chose a long context window so the model reads a 400-page application in two "
            "passes.\n\n## 4. Keeping Citations Honest\n\nFabricated citations are what permit writers fear most, so the "
            "assistant never writes a citation from memory. A separate verifier then checks every regulatory citation "
            "against a locally stored copy of the eCFR. Each finding quotes the passage of the application it "
            "relies on.\n")
    e = status_of(run(sol, prop)[0], "fabricated regulatory")
    assert e.status == "partially addressed", e.reason
    assert "citation" in e.response.text


def test_elements_of_a_list():
    assert _elements("submit a report that includes precision, recall, and officer override rates") == \
        ["precision", "recall", "officer override rates"]
    assert _elements("The service shall record, for every change to a cluster, the model version, the complaint "
                     "identifiers involved, and the approving analyst") == \
        ["the model version", "the complaint identifiers involved", "the approving analyst"]
    assert _elements("document the provenance of every collection, including its source, license and refresh date") == \
        ["its source", "license", "refresh date"]
    assert _elements("The Quoter shall describe how it will measure and report cluster drift after each update") == []
    assert _elements("test robustness against corrupted, missing and deliberately falsified observations") == []


def test_elements_of_two_things_named_side_by_side():
    assert _elements("All student-facing materials shall be provided in both English and Spanish.") == ["English", "Spanish"]
    assert _elements("report precision and recall separately for major and advisory comment types and for registration "
                     "and results submissions") == ["major and advisory comment types", "registration and results submissions"]
    assert _elements("integrate with the OID application programming interface and with the ACE Document Imaging "
                     "System as a read-only consumer of both") == ["OID application programming interface",
                                                                   "ACE Document Imaging System"]
    assert _elements("deliver a model card for each released model that includes training data composition by gear "
                     "type and known failure conditions.") == ["training data composition by gear type",
                                                               "known failure conditions"]
    # (a capitalised name that goes on is one thing: "in Research and Development Centers")
    assert _elements("perform the work in Federally Funded Research and Development Centers") == []


@pytest.mark.parametrize(("requirement", "answer", "status"), [
    ("C.1 All student-facing materials shall be provided in both English and Spanish.",
     "Student-facing materials will be produced in English and reviewed by center staff.", "partially addressed"),
    ("C.1 All student-facing materials shall be provided in both English and Spanish.",
     "Student-facing materials will be produced in English and in Spanish and reviewed by center staff.", "addressed"),
    ("C.2 The Contractor shall report performance separately for records from first-time responsible parties and for "
     "records that describe device trials.", "Each evaluation report gives performance for records from first-time "
     "responsible parties as a separate subgroup, alongside the overall figures.", "partially addressed"),
])
def test_an_answer_that_names_one_of_two_things_side_by_side_is_partial(requirement, answer, status):
    e = traced(requirement, answer)
    assert e.status == status, e.reason


# --- a real pair ------------------------------------------------------------------------------


@pytest.mark.corpus
@pytest.mark.slow
def test_real_pair_end_to_end():
    sol_path = SHARED / "18f-ads-bpa" / "ADS_RFQ_Final_2015-06.pdf"
    prop_path = SHARED / "proposal-atsid-ads-pool1" / "wiki7attachmentEitems.md"
    if not (sol_path.is_file() and prop_path.is_file()):
        pytest.skip("shared corpus not present")
    sol = load_document(sol_path)
    prop = load_document(prop_path)
    assert sol.readable and prop.readable
    entries, findings = trace(sol, extract_obligations(sol, role="solicitation"), prop,
                              extract_obligations(prop, role="proposal"))
    assert entries
    assert {e.status for e in entries} <= {"addressed", "partially addressed", "not addressed", "contradicted"}
    assert len(findings) == sum(e.status in ("not addressed", "contradicted") for e in entries)
    for e in entries:
        assert (e.response is None) == (e.status == "not addressed")


def test_concept_sets_come_from_pack_anchors():
    from clausecheck.rules.loader import load_pack
    from clausecheck.traceability import concept_sets

    sets = concept_sets(["The Contractor shall red-team the AI model before deployment.",
                         "Our adversarial testing campaign runs before each release.",
                         "The Contractor shall deliver monthly invoices."], [load_pack("ai-cyber")])
    assert "AIC-ADV-001" in sets[0] and "AIC-ADV-001" in sets[1]
    assert sets[2] == set() or "AIC-ADV-001" not in sets[2]


@pytest.mark.parametrize("req,answer,status", [
    # each figure of a pair of metrics is read with its own measure
    ("achieve a sensitivity of at least 0.90 and a specificity of at least 0.85 on the holdout set",
     "On a retrospective cohort, the matcher reached a sensitivity of 0.93 and a specificity of 0.82.", "contradicted"),
    ("achieve a sensitivity of at least 0.90 and a specificity of at least 0.85 on the holdout set",
     "On a retrospective cohort, the matcher reached a sensitivity of 0.93 and a specificity of 0.88.", "addressed"),
    # a training event by another name, and "a single" as a count
    ("deliver at least two live training sessions for field technicians",
     "We will host one 90-minute webinar for field technicians on reading the scores.", "contradicted"),
    ("train up to 30 depot inspectors at the depot in two sessions",
     "We will hold a single on-site session at the depot for up to 30 depot inspectors.", "contradicted"),
    ("train up to 30 depot inspectors at the depot in two sessions",
     "We will hold three on-site sessions at the depot for up to 30 depot inspectors.", "addressed"),
    # reuse of Government data in another form is still reuse
    ("not use CBP trade data to train, tune, or improve any model or product offered to other customers",
     "Patterns learned from CBP trade data, after anonymization and aggregation, feed the shared baseline model "
     "that all our customers receive.", "contradicted"),
    ("not allow prompts, outputs or Government data to be used to train or improve any model",
     "Under the provider's enterprise terms, prompts and outputs may be retained for 30 days and used in "
     "de-identified form to improve the provider's general models.", "contradicted"),
    ("not use CBP trade data to train, tune, or improve any model or product offered to other customers",
     "CBP trade data is never used to train, tune or improve any model offered to other customers, not even in "
     "anonymized or aggregated form.", "addressed"),
    # "we do not plan to bring in an outside firm" does not make a team independent
    ("engage an independent red team, organizationally separate from the development staff",
     "Red teaming is carried out once a year by our own model assurance group. We do not plan to bring in an "
     "outside firm.", "contradicted"),
    ("engage an independent red team, organizationally separate from the development staff",
     "Once a year an independent red team from Sentinel Labs, an outside firm organizationally separate from our "
     "development staff, attacks the system.", "addressed"),
    ("have each release red-teamed by staff who did not take part in building the model",
     "Each release is red-teamed by the same data science team that builds the model, because they know it best.",
     "contradicted"),
])
def test_paired_metrics_training_events_reuse_and_independence(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


def test_own_testers_found_in_a_nearby_passage_conflict():
    """The passage that matches the requirement's words best is elsewhere; the one that says who
    tests (the vendor's in-house group) is close enough to count against it."""
    sol = ("# RFQ\n\n## C\n\nC.1 The Contractor shall commission an independent red-team assessment before "
           "initial operating capability.\n")
    prop = ("# Q\n\n## 4. Assurance\n\nRed-team assessments are performed by our in-house Trust and Safety group, "
            "which has tested our insurance products for four years.\n\n## 5. Schedule\n\nInitial operating capability is "
            "planned for month six, after the pilot in two regions.\n")
    e = status_of(run(sol, prop)[0], "red-team assessment")
    assert e.status == "contradicted", e.reason
    assert "in-house" in e.reason


@pytest.mark.parametrize("req,answer,status", [
    # work placed abroad where it must stay in the United States (but New Mexico is not abroad)
    ("perform all development, hosting and help desk support within the United States",
     "Tier 1 help desk support runs around the clock from our support center in Manila, with escalation to our "
     "engineers in Virginia.", "contradicted"),
    ("perform all development, hosting and help desk support within the United States",
     "Development, hosting and help desk support are all performed within the United States, at our offices in "
     "Albuquerque, New Mexico.", "addressed"),
    ("not use labeling or annotation services performed outside the United States",
     "Our labeling is done by our annotation partner, whose production center in Cebu, Philippines, provides "
     "first-pass labels.", "contradicted"),
    # keys: Government-controlled against the vendor's own
    ("encrypt Coast Guard data using keys generated and held in a key management service controlled by the Coast Guard",
     "Coast Guard data is encrypted; the keys are generated and held in Harborlight's own hardware security modules.",
     "contradicted"),
    ("encrypt Coast Guard data using keys generated and held in a key management service controlled by the Coast Guard",
     "Coast Guard data is encrypted with keys generated and held in a key management service that the Coast Guard "
     "controls; we never hold the keys.", "addressed"),
    # a commercial licence with a word between, an impact level against a FedRAMP baseline, rates per contract year
    ("deliver the trained models, training code and model documentation with unlimited rights",
     "The trained models, training code and documentation are delivered under our commercial software license.",
     "contradicted"),
    ("host the system in a dedicated environment holding a DoD Impact Level 5 provisional authorization",
     "The system is hosted in our commercial enclave, which holds a FedRAMP Moderate authorization.", "contradicted"),
    ("support a red team exercise conducted by the Cybersecurity Division twice in each contract year",
     "We will provide engineering support for one red team exercise per contract year by the Cybersecurity Division.",
     "contradicted"),
    ("support a red team exercise conducted by the Cybersecurity Division twice in each contract year",
     "We will provide engineering support for two red team exercises in each contract year by the Cybersecurity "
     "Division.", "addressed"),
])
def test_offshore_work_key_custody_licences_and_levels(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


def test_a_response_time_in_seconds_is_how_soon_not_how_long():
    req = "show the ranked list with a median time from query submission of 8 seconds or less"
    assert_one(req, "For a typical claim set, median end-to-end response from query submission is about 12 seconds.",
               "contradicted")
    assert_one(req, "For a typical claim set, median end-to-end response from query submission is about 5 seconds.",
               "addressed")


@pytest.mark.parametrize("req,answer,status", [
    # a named group of the vendor's is no third party; a separate cell is independent of development
    ("arrange a red team assessment by a third party that is not a subsidiary or affiliate of the Contractor",
     "Red teaming is led by our Corporate Assurance group, which reports to our Chief Risk Officer rather than to "
     "the program manager.", "contradicted"),
    # keys in "Larkspur-managed" modules; a shared platform against a dedicated environment
    ("encrypt evidence data at rest using keys generated and held in a key management service controlled by the FBI",
     "Evidence data is encrypted at rest; keys are generated and rotated in Larkspur-managed hardware security "
     "modules.", "contradicted"),
    ("host the scoring service in a dedicated single tenant environment",
     "The scoring service is hosted on our platform, a multi-tenant environment that also serves commercial "
     "insurance clients.", "contradicted"),
    ("host the scoring service in a dedicated single tenant environment",
     "The scoring service is hosted in a dedicated single tenant environment used by no other customer.", "addressed"),
    # a routing cut-off near the word "pages" is still a score; the length of a recording is not a time limit
    ("route any page with an OCR confidence below 0.80 to a human data validator",
     "Pages whose OCR confidence falls under 0.85 are sent to a human data validator first.", "addressed"),
    ("deliver a draft summary of a recording of up to two hours within 4 hours of upload",
     "We deliver the draft summary within 3 hours of upload for recordings of that length.", "addressed"),
    # notice after promotion where approval before is required
    ("obtain written approval from the Contracting Officer before placing any model release into production",
     "Model releases pass our internal gates; the Contracting Officer receives a release notice within five "
     "business days after a new version has been promoted.", "contradicted"),
])
def test_third_parties_tenancy_cut_offs_and_notice_after_promotion(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


def test_a_separate_internal_cell_is_independent_of_development_but_no_third_party():
    from clausecheck.traceability.judging import _independence_conflict
    cell = ("Red teaming is the job of our Adversarial Assessment Cell, a separate business unit that reports to our "
            "Chief Technology Officer, not to the program; none of its members write product code.")
    assert _independence_conflict("engage a red team that is organizationally independent of its development staff",
                                  cell) is None
    assert _independence_conflict("engage a third-party red team that is not an affiliate of the Contractor", cell)
    assert _independence_conflict("engage a red team that is organizationally independent of its development staff",
                                  "Red teaming is the job of our Adversarial Assessment Cell.")


@pytest.mark.parametrize("req,answer,status", [
    # a miss rate is the complement of recall, with the comparator words left out of the measure
    ("achieve recall for severe categories of at least 0.92",
     "For severe categories, a miss rate of no more than 10 percent is committed.", "contradicted"),
    ("achieve recall for severe categories of at least 0.92",
     "For severe categories, a miss rate of no more than 5 percent is committed.", "addressed"),
    # an acronym-controlled key service; keys administered in the vendor's own account
    ("encrypt inspection photos with keys generated and held in a HUD-controlled key management service",
     "Inspection photos are encrypted with keys generated in the key management service of Lanternfield's cloud "
     "account and administered by Lanternfield's security team.", "contradicted"),
    # the developers' own group by its name; a decision only a person can take is no bypass
    ("have red team exercises carried out by personnel who are independent of the model development staff",
     "Red team exercises are staffed from the CIRSS model engineering group that builds the model.", "contradicted"),
    ("ensure that a FinCEN analyst reviews every SAR before any referral to a law enforcement partner",
     "Referral to a law enforcement partner and closure without further review are actions that only a FinCEN "
     "analyst can take; every SAR is reviewed by an analyst first.", "addressed"),
])
def test_complements_key_services_developer_groups_and_human_only_actions(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


ANYWHERE_SOL = ("# RFQ\n\n## C\n\nC.1 The Contractor shall retain decision logs for six years after the close of each "
                "study.\n\nC.2 The Contractor shall obtain written approval from the Contracting Officer before placing "
                "any retrained model into production.\n\nC.3 The Contractor shall keep all agency data, including "
                "backups, within data centers located in the United States.\n")


def test_conflicts_stated_anywhere_in_the_proposal():
    """Shorter record keeping, notice after a change and data abroad are found wherever the
    proposal states them, though no passage matches the requirement's words well."""
    prop = ("# Q\n\n## 2. Matching\n\nEvery match produces an audit entry with the model build and the reviewer's "
            "decision. Audit entries are kept for 36 months and then purged.\n\n## 7. Releases\n\nRetrained models are "
            "promoted monthly; the Contracting Officer receives release notes within five business days after "
            "promotion.\n\n## 8. Hosting\n\nAgency data is hosted in Virginia. Nightly disaster recovery snapshots of "
            "the agency data are replicated to a secondary site in Toronto, Canada.\n")
    entries = run(ANYWHERE_SOL, prop)[0]
    for needle, why in (("six years", "36 months"), ("written approval", "after"), ("United States", "Toronto")):
        e = status_of(entries, needle)
        assert e.status == "contradicted", (needle, e.reason)
        assert why in e.reason or why in e.response.text, (needle, e.reason)


def test_anywhere_conflicts_need_the_same_records_no_approval_and_a_place():
    prop = ("# Q\n\n## 2. Images\n\nBlurred images are retained for 90 days and then deleted. Decision logs are kept "
            "for seven years.\n\n## 7. Releases\n\nNo retrained model reaches production without written sign-off "
            "from the Contracting Officer; release notes follow within five business days after promotion.\n\n"
            "## 8. Languages\n\nSupport for Chinese characters is on our roadmap.\n")
    entries = run(ANYWHERE_SOL, prop)[0]
    for needle in ("six years", "written approval", "United States"):
        assert status_of(entries, needle).status != "contradicted", needle


@pytest.mark.parametrize("req,answer,status", [
    ("conduct a red team exercise against the triage system at least twice in each 12-month period",
     "We hold one red team exercise per performance year against the triage system, each September.", "contradicted"),
    ("conduct a red team exercise against the triage system at least twice in each 12-month period",
     "We hold a red team exercise against the triage system twice in each 12-month period, in March and September.",
     "addressed"),
    ("not permit the model provider to retain prompts or outputs",
     "Under the provider's enterprise terms, prompts and outputs are not used for training; they are retained by the "
     "model provider for up to 30 days for abuse monitoring.", "contradicted"),
    ("not permit the model provider to retain prompts or outputs",
     "The model provider is contractually barred from retaining prompts or outputs; nothing is kept after each call.",
     "addressed"),
    ("flag at least 90 percent of the defect issues in the Government's retrospective test set",
     "In the retrospective test the tool flagged 17 of the 20 defect issues in the Government's set.", "contradicted"),
    ("notify the COR at least 30 calendar days before changing the embedding model",
     "Each change to the embedding model is described in release notes sent to the COR on the day the release is "
     "deployed.", "contradicted"),
])
def test_rates_in_a_period_kept_prompts_counts_of_a_total_and_same_day_notice(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


@pytest.mark.parametrize("req,answer,status", [
    # figures in units of length, compared across units
    ("generalize the coordinates of any sensitive species detection to a grid cell no smaller than 10 kilometers",
     "Coordinates of any sensitive species detection are snapped to a 1 km grid cell.", "contradicted"),
    ("generalize the coordinates of any sensitive species detection to a grid cell no smaller than 10 kilometers",
     "Coordinates of any sensitive species detection are snapped to a 12 km grid cell.", "addressed"),
    ("generalize the coordinates of any sensitive species detection to a grid cell no smaller than 10 kilometers",
     "Coordinates of any sensitive species detection are snapped to a grid cell of 8 miles.", "addressed"),
    # scientific notation, and a review cut-off where a lower one covers more events
    ("flag for analyst review every event whose probability of collision is at or above 1E-5",
     "Events are flagged for analyst review once their probability of collision reaches 1E-4.", "contradicted"),
    ("flag for analyst review every event whose probability of collision is at or above 1E-5",
     "Events are flagged for analyst review once their probability of collision reaches 1E-6.", "addressed"),
    # round-the-clock support, the users' existing system, outside data, automatic changes
    ("provide Tier 2 technical support 24 hours a day, 7 days a week",
     "Tier 2 technical support is staffed 0600-2200 Eastern, Monday through Saturday.", "contradicted"),
    ("provide Tier 2 technical support 24 hours a day, 7 days a week",
     "Tier 2 technical support is staffed around the clock, every day of the year.", "addressed"),
    ("present risk scores inside the schedulers' existing scheduling system",
     "Risk scores are presented to schedulers in a separate browser application with its own login.", "contradicted"),
    ("not link patient data with any outside data source",
     "Patient data is enriched with a licensed commercial social vulnerability profile keyed to home address.",
     "contradicted"),
    ("not change the foundation model or model version used in production without written approval",
     "The provider updates the foundation model automatically; regression results follow within ten days.",
     "contradicted"),
    ("ensure that no agency data is retained by any outside model provider",
     "The model provider keeps prompts and outputs for up to 30 days in its abuse monitoring store.", "contradicted"),
    ("host the service in the agency's own AWS GovCloud account",
     "The service runs in our multi-tenant AWS commercial region.", "contradicted"),
])
def test_units_notation_hours_integration_linking_and_automatic_changes(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


@pytest.mark.parametrize("req,answer,status", [
    # a relative change is not a level; scores in the release notes are not the notice of a change
    ("keep the false reject rate no greater than 1.5 percent of all sheets inspected",
     "Our classifier cuts false rejects by 70 to 80 percent compared with rule-only inspection of all sheets.",
     "partially addressed"),
    ("give at least 30 calendar days of written notice before deploying a new model version",
     "The COR is informed of each new model version in the release notes.", "contradicted"),
])
def test_relative_changes_and_what_release_notes_carry(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


def test_scores_in_release_notes_are_not_notice_after_the_change():
    from clausecheck.traceability.judging import _approval_after
    req = "give at least 30 calendar days of written notice before deploying a new model version"
    assert _approval_after(req, "Each new version is scored on the benchmark, and the scores are included in the "
                                "release notes.") is None
    assert _approval_after(req, "The COR is informed of each new version in the release notes.")


@pytest.mark.parametrize("req,answer,status", [
    # a connection out of a system that must stay isolated
    ("operate the inspection service entirely within the isolated production network",
     "The inspection service keeps a permanent outbound encrypted link through a cellular gateway to our Remote "
     "Care center.", "contradicted"),
    ("operate the inspection service entirely within the isolated production network",
     "The inspection service runs entirely within the isolated production network, with no network connection "
     "outside it.", "addressed"),
    # values filled in where only reported values may be recorded
    ("record purity values only when the laboratory report states them",
     "When a laboratory report gives no purity, we fill the purity field with the laboratory's median value.",
     "contradicted"),
    # the vendor's cloud where all work must run on the agency's machines
    ("run all inference on the Smithsonian high performance computing cluster",
     "Each night our connector copies image derivatives to our own cloud, where all inference runs.",
     "contradicted"),
    # doing, in the present tense, what is forbidden; refusing outright; a gate is no refusal
    ("not provide ILI data analysis to pipeline operators, directly or through its affiliates",
     "CW Integrity Services, our wholly owned affiliate, provides ILI data analysis to about 30 pipeline operators.",
     "contradicted"),
    ("make the system source code and training procedures available for inspection by defense experts",
     "We will not release source code or training procedures for inspection by defense experts.", "contradicted"),
    ("digitally sign every model package sent to field devices",
     "Every model package sent to field devices is digitally signed, and the field software refuses to load any "
     "package whose signature does not verify.", "addressed"),
    ("ensure that no foundation model provider stores agency prompts or outputs",
     "The foundation model provider keeps request and response logs, prompts and outputs included, for 30 days.",
     "contradicted"),
])
def test_isolation_imputation_premises_present_tense_breaches_and_refusals(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


@pytest.mark.parametrize("req,answer,status", [
    # something else offered in place of what is required
    ("write screening results to ORM2 through the application programming interface in Attachment J-4",
     "Rather than writing to ORM2 through the interface in Attachment J-4, we propose a nightly export file in the "
     "ORM2 bulk-load layout.", "contradicted"),
    # what the requirement itself sets aside may be set aside by the answer too
    ("send every letter with a confidence score below 0.80 to a human classifier instead of routing it "
     "automatically",
     "Every letter with a confidence score below 0.80 goes to a human classifier instead of being routed "
     "automatically.", "addressed"),
    # a one-word overlap is not a substitution
    ("deliver the monthly accuracy report to the COR",
     "We deliver the monthly accuracy report to the COR as a dashboard rather than a slide deck.", "addressed"),
    # "we do not propose to" declines the work
    ("process both nadir imagery from fixed-wing camera pods and oblique photographs from helicopters",
     "We process nadir imagery from the fixed-wing camera pods. We do not propose to process the oblique "
     "photographs taken from helicopters.", "contradicted"),
])
def test_substitutions_and_declined_work(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


@pytest.mark.parametrize("req,answer,status", [
    # work done in batches waits for the next batch
    ("make each new complaint available for coding and scoring within 4 hours of its receipt",
     "Coding and scoring of each new complaint run in one nightly batch between 01:00 and 06:00.", "contradicted"),
    ("evaluate each new report against existing records within 15 minutes of its arrival",
     "Each new report is evaluated against existing records in an hourly micro-batch.", "contradicted"),
    ("make each new complaint available for coding and scoring within 4 hours of its receipt",
     "Coding and scoring of each new complaint run in an hourly batch, well within 4 hours of receipt.", "addressed"),
    # "no fewer than" is a floor; "no more than 40 alerts" is a ceiling a lower count meets
    ("detect no fewer than 98 percent of rejectable crack indications",
     "We commit to detecting at least 99.1 percent of rejectable crack indications.", "addressed"),
    ("hold the combined alert volume to no more than 40 alerts per business day",
     "A ranking cutoff holds the combined alert volume to 30 alerts per business day.", "addressed"),
    # a count per week against a count per month
    ("generate no more than two false alerts per dam per month",
     "The service generates no more than one false alert per dam per week.", "contradicted"),
    # declining to go back and do the work is still declining it; declining something else is not
    ("rescreen every accession already opened to the public with the updated model within 90 days",
     "We do not plan to go back and rescreen accessions already opened to the public with the updated model.",
     "contradicted"),
])
def test_batches_floors_ceilings_rates_and_what_is_declined(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


@pytest.mark.parametrize("req,answer,status", [
    # a count taken over a count: one error per 1,000 words is twice one per 2,000
    ("deliver narration with no more than one narration error per 2,000 words",
     "We deliver narration with fewer than one narration error per 1,000 words.", "contradicted"),
    ("deliver narration with no more than one narration error per 2,000 words",
     "We deliver narration with fewer than one narration error per 5,000 words.", "addressed"),
    # downtime per month is availability
    ("maintain availability of at least 99.95 percent in each calendar month",
     "We maintain availability with no more than 45 minutes of unplanned downtime per month.", "contradicted"),
    ("maintain availability of at least 99.95 percent in each calendar month",
     "We maintain availability with no more than 15 minutes of unplanned downtime per month.", "addressed"),
])
def test_rates_per_count_and_downtime_as_availability(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


@pytest.mark.parametrize("req,answer,status", [
    # "retain A and every B for seven years": the "and" joins two things retained
    ("retain the decision record and every score produced by that version for seven years after the version is "
     "retired", "Decision records and every score produced by a version are kept for three years after the version "
     "is retired.", "contradicted"),
    # "0.15 s" is seconds
    ("achieve a median absolute pick residual of no more than 0.10 seconds on the benchmark",
     "We commit to a median absolute pick residual of 0.15 s on the benchmark.", "contradicted"),
    # something to be held for review, published as soon as it is ready
    ("hold for duty seismologist review any automatic solution of magnitude 5.5 or above before public release",
     "An automatic solution of magnitude 5.5 or above is published to the public feed as soon as it is computed, "
     "and the duty seismologist reviews it afterwards.", "contradicted"),
    ("hold for duty seismologist review any automatic solution of magnitude 5.5 or above before public release",
     "Every automatic solution of magnitude 5.5 or above waits for the duty seismologist's review before public "
     "release.", "addressed"),
    # kept as written, changed by the answer
    ("flag scientific names that do not match the authority file, without altering the name as written",
     "Scientific names that do not match the authority file are replaced with the accepted name.", "contradicted"),
    ("flag scientific names that do not match the authority file, without altering the name as written",
     "Scientific names that do not match the authority file are flagged for a curator; the name as written is kept.",
     "addressed"),
])
def test_retained_lists_seconds_review_holds_and_alterations(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


def test_a_numbered_attachment_is_not_a_count():
    from clausecheck.traceability.quantities import _count_conflict

    req = "submit two sample chapters narrated with its proposed voices"
    assert _count_conflict(req, "Attachment 1 contains a sample chapter narrated with our proposed voices.") is None
    assert _count_conflict(req, "We submit 1 sample chapter narrated with our proposed voices.")


def test_declining_something_other_than_the_duty_is_not_a_refusal():
    from clausecheck.traceability.judging import _refusal

    class _Ob:
        text = ("The Contractor shall deliver all trained model weights, training code and labeled datasets at the "
                "end of the contract.")
    from clausecheck.traceability.vocabulary import terms
    ws = {t: 1.0 for t in terms(_Ob.text)}
    req = type("R", (), {"ob": _Ob, "weights": ws, "total": float(len(ws)), "idents": set()})()
    assert _refusal(req, "We will separate the divisions and we do not intend to end those contracts.") is None
    assert _refusal(req, "We do not intend to deliver the trained model weights at the end of the contract.")


def test_a_link_out_of_an_isolated_system_is_found_anywhere_and_asides_do_not_negate_it():
    sol = ("# RFQ\n\n## C\n\nC.1 The Contractor shall operate the inspection system without any connection to "
           "networks outside the BEP production enclave.\n")
    prop = ("# Q\n\n## 2. Approach\n\nOur cameras image each sheet at full resolution.\n\n## 7. Support\n\n"
            "Each inspection cell sends health telemetry (lamp temperatures, error counts; never images) over an "
            "encrypted outbound link through a cellular gateway to our monitoring center.\n")
    e = status_of(run(sol, prop)[0], "operate the inspection system")
    assert e.status == "contradicted", e.reason
    assert "outbound link" in e.reason
    quiet = prop.replace("over an encrypted outbound link through a cellular gateway to our monitoring center",
                         "to a console inside the enclave")
    assert status_of(run(sol, quiet)[0], "operate the inspection system").status != "contradicted"


@pytest.mark.parametrize("req,answer,status", [
    # some of what every one of must
    ("ensure that all Contractor personnel who need access to the enclave hold a final Top Secret clearance before "
     "their first day of access",
     "Four of our nine proposed staff hold active Top Secret clearances before their first day of access to the "
     "enclave.", "contradicted"),
    ("ensure that all Contractor personnel who need access to the enclave hold a final Top Secret clearance before "
     "their first day of access",
     "All nine of our proposed staff hold active Top Secret clearances before their first day of access to the "
     "enclave.", "addressed"),
    # how well the selecting is done is a performance level, not the cut-off that selects
    ("flag each report that meets any of the screening criteria of the ASP program, with recall of at least 0.95 on "
     "the historical precursor set", "We flag reports against the ASP screening criteria and tune the model to 0.90 "
     "recall on the historical precursor set.", "contradicted"),
    ("flag each report that meets any of the screening criteria of the ASP program, with recall of at least 0.95 on "
     "the historical precursor set", "We flag reports against the ASP screening criteria and tune the model to 0.97 "
     "recall on the historical precursor set.", "addressed"),
])
def test_some_of_all_and_performance_of_a_selection(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


@pytest.mark.parametrize("req,answer,status", [
    # the duty's own verb standing alone before a comma is not a list element
    ("cite, for each extracted fact, the source document, the page and the image region it came from",
     "Every fact carries a pointer to its source document, the page number and a bounding box marking the image "
     "region.", "addressed"),
    # a timestamp is the date and time
    ("record each reviewer decision with the page identifier, the model version, the flags displayed, the reviewer "
     "identifier, and the date and time of the decision",
     "Every reviewer action writes an audit entry holding the page identifier, the model version, the flags "
     "displayed, the reviewer identifier and a timestamp.", "addressed"),
])
def test_list_elements_lead_verbs_and_timestamps(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


@pytest.mark.parametrize("req,answer,status", [
    # a product that cannot act on its own is a safeguard; only the proposer's own "we will not" refuses
    ("ensure that no record is released, redacted or withheld except through an archivist's action",
     "ClearPass cannot release, redact or withhold any record on its own; each of those is an archivist's action.",
     "addressed"),
    # "overseas" in a past-performance sentence places no work abroad
    ("store and process all incident data in the United States",
     "All incident data is stored and processed in the United States. We built the overseas staff incident "
     "reporting system of a foreign affairs agency.", "addressed"),
    ("store and process all incident data in the United States",
     "All incident data is stored in the United States, and tier 1 support works from our offshore support center.",
     "contradicted"),
])
def test_safeguards_in_a_products_voice_and_past_performance_abroad(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


@pytest.mark.parametrize("req,answer", [
    # using data for the contract is what "not ... for any purpose other than" allows
    ("not use Government data for any purpose other than performance of this contract",
     "Our platform uses Government data to produce the monthly performance reports for this contract."),
    # a "cloud team" or "data center team" places no work in the vendor's cloud
    ("operate the inspection service entirely within the isolated production network",
     "Our cloud team prepares each update, which is carried into the isolated production network on scanned media."),
    ("run all inference on the Smithsonian high performance computing cluster",
     "Our data center team installs the software, and all inference runs on the Smithsonian high performance "
     "computing cluster."),
    ("present risk scores inside the schedulers' existing scheduling system",
     "Risk scores appear inside the schedulers' existing scheduling system; administrators use a separate console."),
    ("provide Tier 2 technical support 24 hours a day, 7 days a week",
     "Tier 2 support is staffed around the clock; engineering escalations are worked 0800-1700 on weekdays."),
])
def test_benign_wording_near_the_new_kinds_is_no_conflict(req, answer):
    sol = f"# RFQ\n\n## C\n\nC.1 The Contractor shall {req}.\n"
    prop = f"# Q\n\n## 3. Approach\n\n{answer}\n"
    e = status_of(run(sol, prop)[0], req[:25])
    assert e.status != "contradicted", e.reason


@pytest.mark.parametrize("req,answer,status", [
    # work that must stay inside the Government's boundary, placed in a company's own place
    ("perform all development, training and processing that uses survey data inside the Bureau computing enclave",
     "Model development and training will take place in Lanternfish's FedRAMP Moderate authorized cloud "
     "environment. Production scoring runs entirely inside the Bureau computing enclave.", "contradicted"),
    ("perform all audio processing inside the agency network on Government-furnished hardware",
     "English audio processing runs on Government-furnished servers inside the agency network. Spanish audio "
     "processing uses a commercial speech service that performs better on telephone audio.", "contradicted"),
    ("run all screening inside NARA's Azure Government tenant and shall not send record content outside that tenant",
     "ClearPass screening runs in NARA's Azure Government tenant. To draft suggestions, ClearPass sends the flagged "
     "record content to our hosted language model endpoint.", "contradicted"),
    # the agency's own tenant, named with its owner, is inside the boundary; so is a refusal to send
    ("run all screening inside NARA's Azure Government tenant",
     "All screening runs in NARA's Azure Government tenant, and no record content is sent to our cloud.",
     "addressed"),
    # a boundary that is the contractor's own is no Government boundary
    ("process unpublished application content only within its FedRAMP High authorized environment",
     "Unpublished application content is processed in Lumenvale's FedRAMP High authorized cloud environment.",
     "addressed"),
    # a tolerance with a unit is a ceiling: "to within 0.5 millimeters" against "plus or minus 1.0 mm"
    ("report the length of each linear indication to within 0.5 millimeters",
     "Reported lengths of linear indications fall within plus or minus 1.0 mm of the reference.", "contradicted"),
    ("geolocate every exception to within 1 meter along the track",
     "Every exception is geolocated to within 50 cm along the track.", "addressed"),
])
def test_work_kept_inside_the_boundary_and_tolerances(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


@pytest.mark.parametrize("req,answer,status", [
    # "stays at or below 7 seconds" caps a time; it keeps nothing
    ("return a result for each draft within 3 seconds at the 95th percentile",
     "We size the service so that the 95th percentile for each draft result stays at or below 7 seconds at peak.",
     "contradicted"),
    ("return a result for each draft within 3 seconds at the 95th percentile",
     "The 95th percentile for each draft result stays under 2 seconds.", "addressed"),
    # changes bundled into one release a year wait up to a year
    ("load each new MedDRA dictionary version into the coding service within 30 days",
     "New MedDRA dictionary versions are bundled into one release a year and loaded into the coding service then.",
     "contradicted"),
    # work kept entirely on the lab's own workstations, sent from a gateway to the vendor's cluster
    ("run the comparison model entirely on the standalone inspection workstations in each laboratory",
     "The comparison model runs on the inspection workstation in each laboratory. For X-ray images each laboratory "
     "receives a gateway that forwards them to our GPU cluster, where the comparison model runs.", "contradicted"),
    # keeping on working when the network is gone, answered by scoring only in the vendor's cloud
    ("continue scoring sensor readings at the dam when the wide area network link is lost",
     "All scoring of sensor readings runs centrally in our FedRAMP High authorized cloud; no hardware is installed "
     "at the dam.", "contradicted"),
])
def test_caps_yearly_releases_standalone_work_and_offline_operation(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


def test_a_component_manifest_answers_a_bill_of_materials():
    req = "deliver an AI bill of materials that lists every pretrained model, dataset and software library"
    answer = ("Every release package contains a component manifest naming each pretrained model and open-source "
              "software library, with its version.")
    sol = f"# RFQ\n\n## C\n\nC.1 The Contractor shall {req}.\n"
    e = status_of(run(sol, f"# Q\n\n## 5. Supply Chain\n\n{answer}\n")[0], req[:30])
    assert e.status == "partially addressed", e.reason   # the datasets are left out


def test_an_answer_that_meets_a_time_only_in_ordinary_weeks_conflicts():
    from clausecheck.traceability.quantities import _duration_conflict
    req = "complete the automated review of each report within 24 hours of receipt"
    clash, _ = _duration_conflict(req, "Each report clears automated review within four hours of receipt in ordinary "
                                       "weeks, but can take up to 72 hours during filing deadline peaks.")
    assert clash and "72 hours" in clash
    assert _duration_conflict(req, "Each report clears automated review within four hours of receipt, and within "
                                   "12 hours at the latest.") == (None, True)
    # a later, different step is no exception to the time
    assert _duration_conflict("notify the COR of each incident within 1 hour of discovery",
                              "We notify the COR within 1 hour of discovery, but the written incident report follows "
                              "within 5 days.") == (None, True)


def test_each_of_several_forbidden_verbs_is_looked_for_in_nearby_passages():
    sol = ("# RFQ\n\n## C\n\nC.1 The Contractor shall not release, publish or transmit to the public catalog any page "
           "that an archivist has not approved.\n")
    prop = ("# Q\n\n## 3. Release\n\nArchivists approve pages in the review queue.\n\n"
            "## 4. Throughput\n\nPages whose highest detection score is under 0.98 are transmitted to the public "
            "catalog each night, before an archivist sees them.\n")
    e = status_of(run(sol, prop)[0], "not release")
    assert e.status == "contradicted", e.reason
    # "uses" alone does not show that a nearby passage does the forbidden thing
    sol = "# RFQ\n\n## C\n\nC.1 The Contractor shall not use agency documents or prompts to train any commercial model.\n"
    prop = ("# Q\n\n## 6. Data\n\nAgency documents and prompts never leave the agency tenant and train nothing.\n\n"
            "## 7. Components\n\nOur service uses three commercial model components, each listed with its training data "
            "and agency approval.\n")
    e = status_of(run(sol, prop)[0], "not use agency")
    assert e.status != "contradicted", e.reason


def test_a_red_team_is_adversarial_testing_and_deciding_is_determining():
    from clausecheck.traceability.vocabulary import terms
    assert set(terms("our red team attacks the model")) & set(terms("adversarial testing of the model")) >= \
        set(terms("adversarial")) | set(terms("model"))
    assert set(terms("A classifier decides which criteria apply")) & set(terms("determine which criteria apply")) >= \
        set(terms("determine"))
    # a decision journal and a score ledger are logs; a tag is a mark
    assert set(terms("the decision journal")) & set(terms("the decision log")) >= set(terms("log"))
    assert set(terms("every score is written to the score ledger")) & set(terms("record every score")) >= set(terms("log"))
    assert set(terms("the draft shows the tag")) & set(terms("mark it")) >= set(terms("mark"))
    # every release is exercised against the playbook, put through trials, probed, stress-tested
    for said in ("Every release is exercised against an insider playbook.", "The model goes through stress trials.",
                 "We probe the model with forged packets."):
        assert set(terms(said)) & set(terms("test the model")) >= set(terms("test")), said


@pytest.mark.parametrize("req,answer,status", [
    # a window after an event waits on a batch as much as any other window
    ("incorporate a change to any district checklist within 10 business days after the COR transmits the change",
     "District checklist changes are bundled into a quarterly rule-set release so the full regression suite runs "
     "first.", "contradicted"),
    # a batch that handles something else is no answer about this requirement's time
    ("return analysis results for a single note within 30 seconds after image capture is complete",
     "Analysis results for a single note are returned within 20 seconds after image capture is complete. Newly "
     "designated families are loaded into the cloud index at our quarterly index refresh.", "addressed"),
    # a window after a period closes is met by a report produced for that period
    ("deliver the performance report within 10 business days after the end of each month",
     "The performance report is produced in a monthly batch and delivered within 5 business days after the end "
     "of each month.", "addressed"),
])
def test_batches_against_windows_after_events(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


def test_items_sent_together_on_a_cycle_wait_for_it():
    from clausecheck.traceability.quantities import _batch_conflict
    req = "The service shall alert the duty officer within 5 minutes after receiving any report it classifies at level 1."
    assert "every 15 minutes" in _batch_conflict(req, "Level 1 alerts to the duty officer are batched into a digest "
                                                      "dispatched every 15 minutes.")
    assert _batch_conflict(req, "Level 1 alerts to the duty officer are batched into a digest dispatched every "
                                "2 minutes.") is None


@pytest.mark.parametrize("req,answer,status", [
    # something no one may do without a person, done "by the system on its own"
    ("not close any anomaly flag unless an engineer has recorded a disposition for it",
     "An anomaly flag whose readings return inside the band for 24 hours is closed by the system on its own, so that "
     "self-clearing noise does not crowd the queue.", "contradicted"),
    ("not close any anomaly flag unless an engineer has recorded a disposition for it",
     "An anomaly flag is never closed by the system on its own; it stays open until an engineer records a "
     "disposition.", "addressed"),
])
def test_done_by_the_system_on_its_own(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


@pytest.mark.parametrize("req,answer,status", [
    ("deliver all transcribed data free of any license restriction",
     "All transcribed data is delivered under our collections license, which allows non-commercial publication.",
     "contradicted"),
    ("deliver the trained model weights in a format the Government can run at any of its four sites without further "
     "license", "The trained model weights are delivered as containers licensed to the Norfolk site only.",
     "contradicted"),
    ("deliver all transcribed data free of any license restriction",
     "All transcribed data is delivered into the public domain under CC0, free of any license restriction.", "addressed"),
])
def test_limiting_licences_where_use_must_be_unrestricted(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


def test_sessions_led_by_a_trainer_are_staff_training():
    from clausecheck.traceability.vocabulary import terms
    stafftrain = set(terms("training sessions"))
    assert set(terms("Inspectors receive a half-day hands-on session before go-live.")) & stafftrain
    assert set(terms("two live virtual classes, each taught by our lead trainer")) & stafftrain
    assert not set(terms("The model is trained on ten years of inspection images.")) & stafftrain


@pytest.mark.parametrize("req,answer,status", [
    ("classify reports written in English, French, Spanish and Portuguese from the first day of operations",
     "At launch the classifier will handle reports in English and Spanish. French and Portuguese support will be "
     "added at the start of Option Period 1.", "contradicted"),
    ("classify reports written in English, French, Spanish and Portuguese from the first day of operations",
     "From the first day of operations the classifier handles reports written in English, French, Spanish and "
     "Portuguese.", "addressed"),
])
def test_part_of_a_duty_brought_in_later_where_it_is_due_from_the_start(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


@pytest.mark.parametrize("req,answer,status", [
    # a level each group must reach on its own is failed by a worse figure for some groups
    ("for every Appendix I taxon taken individually, rank the correct taxon first for at least 80 percent of images",
     "For Appendix I taxa with at least 50 reference photographs, we rank the correct taxon first for at least 80 "
     "percent of images. For the rarer Appendix I taxa we commit to 65 percent top-one accuracy.", "contradicted"),
    # without "individually" the overall figure answers it
    ("rank the correct taxon first for at least 80 percent of Appendix I images",
     "We rank the correct taxon first for at least 84 percent of Appendix I images. The rarest taxa reach 70 "
     "percent top-one accuracy.", "addressed"),
])
def test_levels_each_group_must_reach_on_its_own(req, answer, status):
    assert_one(req, answer, status, "3. Technical Approach")


def test_an_answer_in_wcag_terms_answers_a_section_508_requirement():
    from clausecheck.traceability.vocabulary import terms
    assert "#508" in terms("Screens follow WCAG 2.1 AA guidance.")
    assert "#508" not in terms("Screens follow our corporate style guide.")
    req = "make the review screens conform to the Section 508 accessibility standards"
    sol = f"# RFQ\n\n## C\n\nC.1 The Contractor shall {req}.\n"
    weak = "## 4. User Experience\n\nReview screens conform to WCAG 2.1 AA accessibility standards where practicable.\n"
    assert status_of(run(sol, f"# Q\n\n{weak}")[0], req[:30]).status == "partially addressed"
    none = "## 4. User Experience\n\nReview screens follow our corporate style guide.\n"
    assert status_of(run(sol, f"# Q\n\n{none}")[0], req[:30]).status == "not addressed"


def test_a_system_that_may_do_what_is_forbidden_breaks_the_prohibition():
    sol = ("# RFQ\n\n## C\n\nC.1 The optimizer shall never recommend fewer lanes than the minimum lane configuration "
           "set by the Federal Security Director.\n")
    prop = ("# Q\n\n## 3. Optimizer\n\nLane minimums are loaded from the FSD configuration.\n\n"
            "## 4. Quiet periods\n\nIn very quiet periods the optimizer may recommend fewer lanes than the minimum lane "
            "configuration when the forecast shows those lanes idle.\n")
    e = status_of(run(sol, prop)[0], "never recommend")
    assert e.status == "contradicted", e.reason
    ok = prop.replace("the optimizer may recommend", "the optimizer will not recommend")
    assert status_of(run(sol, ok)[0], "never recommend").status != "contradicted"


RECOMMENDED_RFQ = """# RFQ 7: Prototype

## Section L - Instructions to Quoters

L.1 The Quoter shall submit a working prototype in a public git repository.

L.2 The README file should also make reference to the following:

a. assigned one product owner and gave that person authority over the backlog

b. performed usability tests with people outside the team

c. deployed the prototype in a software container

The Government may confer with a Quoter to clarify details.
"""

RECOMMENDED_RESPONSE = """# Quote

## Evidence

Our prototype is published in a public git repository on GitHub.

a. Assigned one product owner. Maria Lopez was the product owner and had authority over the backlog.

b. Performed usability tests with people. We ran four usability sessions with people outside the team.
"""


def test_should_items_are_traced_after_the_duties_and_weigh_less():
    entries, findings = run(RECOMMENDED_RFQ, RECOMMENDED_RESPONSE)
    duty = status_of(entries, "working prototype")
    assert duty.requirement.modality == "obligation" and duty.status == "addressed"
    owner, tests_, container = (status_of(entries, n) for n in ("product owner", "usability", "container"))
    assert {e.requirement.modality for e in (owner, tests_, container)} == {"recommendation"}
    assert owner.status == "addressed" and tests_.status == "addressed", (owner.reason, tests_.reason)
    assert container.status == "not addressed"
    gap = [f for f in findings if "container" in f.title]
    assert len(gap) == 1 and gap[0].severity == "low" and gap[0].title.startswith("Recommended item")
    # the Government's "may" is still not a requirement
    assert not [e for e in entries if "confer" in e.requirement.text]


def test_a_should_item_never_takes_a_duty_s_answer():
    sol = ("# RFQ\n\n## C\n\nC.1 The Contractor shall retain decision logs for at least 12 months.\n\n"
           "C.2 The Contractor should retain decision logs in a searchable store.\n")
    prop = "# Q\n\n## 2. Records\n\nDecision logs are retained for 18 months.\n"
    entries, _ = run(sol, prop)
    assert status_of(entries, "at least 12 months").status == "addressed"


def test_a_letter_naming_an_attachment_ends_a_sentence():
    from clausecheck.extract.nlp import sentence_starts

    text = "b. assembled a team as quoted in Attachment C. The quoter will be evaluated. Mr. J. Smith goes."
    starts = [text[i:i + 10] for i in sentence_starts(text)]
    assert starts == ["The quoter", "Mr. J. Smi"]


def test_a_pointer_to_a_note_is_not_a_term_to_answer():
    assert_one("ensure the prototype works on devices (see note #4) and screens (see notes 2)",
               "The prototype works on phones, tablets, and desktop screens.", "addressed")


@pytest.mark.parametrize("answer, status", [
    (("Dr. Okafor, our Lead Scientist, has built classifiers since 2016; her resume is in the annex. "
      "The Survey Methodologist will be named after award."), "partially addressed"),
    (("Dr. Okafor, our Lead Scientist, has built classifiers since 2016; her resume is in the annex. "
      "The resume of Mr. Diaz, our Survey Methodologist, is at Attachment B."), "addressed"),
])
def test_a_deferral_beside_the_answer_about_what_it_leaves_out(answer, status):
    assert_one("provide resumes for the proposed Lead Scientist and the proposed Survey Methodologist",
               answer, status, heading="7. Key Personnel")


def test_the_document_asked_for_may_be_named_elsewhere_in_the_paragraph():
    assert_one("provide resumes for the Project Manager and the Lead Data Scientist",
               "Dana Whitcombe's resume is provided in the appendix. She has led three payroll analytics "
               "deployments. Our Lead Data Scientist will be named at award.",
               "partially addressed", heading="7. Staffing")


VOLUME_RFP = """# RFP 9: Model Operations

## C. Statement of Work

C.1 The Contractor shall retain decision logs for at least 12 months.

C.2 The Contractor shall deliver a transition-out plan 90 days before the end of the order.

C.3 The Contractor shall provide on-site support at the regional depot two days per month.
"""

VOLUME_ONE = "# Volume I - Technical\n\n## 1. Records\n\nDecision logs are retained for 18 months in write-once storage.\n"
VOLUME_TWO = ("# Volume II - Management\n\n## 4. Transition\n\n"
              "We will deliver the transition-out plan 120 days before the end of the order.\n")


def test_volumes_of_one_proposal_are_traced_together():
    sol = load_document(VOLUME_RFP.encode(), path="rfp.md")
    vols = [load_document(VOLUME_ONE.encode(), path="vol1.md"), load_document(VOLUME_TWO.encode(), path="vol2.md")]
    sol_obs = extract_obligations(sol, role="solicitation")
    entries, findings = trace(sol, sol_obs, vols)
    assert len(entries) == 3  # one entry per requirement, not one per volume
    logs, plan, support = (status_of(entries, n) for n in ("decision logs", "transition-out", "on-site"))
    assert (logs.status, logs.proposal) == ("addressed", "vol1.md")
    assert (plan.status, plan.proposal) == ("addressed", "vol2.md")
    assert (support.status, support.proposal) == ("not addressed", None)
    gap, = findings
    assert gap.document == "vol1.md" and "on-site" in gap.title
    # each volume alone misses what the other answers, and says which proposal it judged
    alone, _ = trace(sol, sol_obs, vols[1])
    assert status_of(alone, "decision logs").status == "not addressed"
    assert {e.proposal for e in alone} == {"vol2.md"}
    # the finding ID of a one-file proposal is unchanged by the volumes support
    single, single_findings = trace(sol, sol_obs, vols[0])
    from clausecheck.rules.engine import finding_id

    ob = status_of(single, "on-site").requirement
    assert finding_id("traceability", ob.id, "vol1.md") in {f.id for f in single_findings}


def test_a_weak_pair_of_a_duty_does_not_keep_a_should_item_from_its_answer():
    # the duty matches the passage too weakly to be answered by it; the "should" item may take it
    sol = ("# RFQ\n\n## L. Instructions to Quoters\n\nL.1 The Quoter shall publish the prototype source code "
           "under an open source licence.\n\nL.2 The README should also make reference to the following:\n\n"
           "a. used at least three modern and open source frontend web technologies\n")
    prop = ("# Quote\n\n## Evidence\n\n"
            "The prototype screens use three modern open frontend technologies: AngularJS, Bootstrap and Less.\n")
    entries, _ = run(sol, prop)
    assert status_of(entries, "source code").status == "not addressed"
    assert status_of(entries, "frontend web").status == "addressed"


@pytest.mark.parametrize("req, answer, status", [
    # a capitalised "Plan to" names a document; it is no hedge
    ("submit a Project Management Plan to the Contracting Officer within 20 calendar days after award",
     "We will provide the Project Management Plan to the Contracting Officer 14 calendar days after award.",
     "addressed"),
    # a level written in words after "not exceed"
    ("keep false alerts to no more than two per mine per calendar month",
     "Averaged over the monitored mines, false alerts will not exceed one per mine per calendar month.",
     "addressed"),
    # the length of the event is the condition, the window is the duty
    ("notify the COR of any failure that stops alerts from being delivered for more than 15 minutes, within 2 hours",
     "We will notify the COR within one hour of any failure that stops alert delivery.", "addressed"),
    ("notify the COR of any failure that stops alerts from being delivered for more than 15 minutes, within 2 hours",
     "We will notify the COR within four hours of any failure that stops alert delivery.", "contradicted"),
    # a cut-off that picks out items to flag: a higher one flags fewer
    ("flag any item for which the absolute standardized difference exceeds 0.10",
     "Items whose absolute standardized difference exceeds 0.15 are flagged for review.", "contradicted"),
    ("flag any item for which the absolute standardized difference exceeds 0.10",
     "Items whose absolute standardized difference exceeds 0.05 are flagged for review.", "addressed"),
    # "on the wire" is in transit
    ("encrypt survey data at rest and in transit using FIPS 140-3 validated modules",
     "All survey data are encrypted in storage and on the wire using modules validated under FIPS 140-3.",
     "addressed"),
])
def test_documents_named_plan_counts_in_words_event_lengths_and_cut_offs(req, answer, status):
    assert_one(req, answer, status)


def test_section_889_answers_the_clauses_that_carry_it_out():
    sol = ("# RFP\n\n## I. Clauses\n\nI.4 The Contractor shall comply with FAR 52.204-25, Prohibition on "
           "Contracting for Certain Telecommunications and Video Surveillance Services or Equipment (NOV 2021).\n")
    prop = ("# Proposal\n\n## 5. Supply Chain\n\nNo telecommunications or video surveillance equipment or services "
            "from the companies named in Section 889 of the FY2019 NDAA are used in performing this work.\n")
    e = status_of(run(sol, prop)[0], "52.204-25")
    assert e.status == "addressed", e.reason


@pytest.mark.parametrize("req, answer, status", [
    # a prohibition with an exception for the Government's place is broken in the vendor's place
    ("not keep copies of ballistic images, or of feature vectors derived from them, anywhere outside the "
     "Government-controlled NIBIN environment",
     "To keep turnaround short, we store compact feature vectors for reference images in an encrypted cache "
     "in Ridgeback's data center.", "contradicted"),
    ("not keep copies of ballistic images, or of feature vectors derived from them, anywhere outside the "
     "Government-controlled NIBIN environment",
     "Feature vectors for reference images are computed and cached only inside the NIBIN environment, and no "
     "copies are kept anywhere else.", "addressed"),
    # "its destruction" names the act its window times; "every remaining copy" is no verb
    ("return all Government data in a non-proprietary format and certify its destruction within 30 days",
     "At the end of the contract we will export all data in open CSV formats and will certify destruction of "
     "every remaining copy within 90 days.", "contradicted"),
])
def test_outside_the_government_place_and_the_act_a_noun_names(req, answer, status):
    assert_one(req, answer, status)


@pytest.mark.parametrize("how_often, status", [("twice a year", "contradicted"), ("every quarter", "addressed")])
def test_a_worse_time_beside_the_sentence_that_answers(how_often, status):
    # the first sentence answers another requirement; the one left to this requirement meets its
    # report window, and its paragraph runs the exercise less often than required
    sol = ("# RFP\n\n## C.4 Assurance\n\nC.4.6 The Contractor shall staff an adversarial testing team separate "
           "from its product engineering staff.\n\nC.4.7 The Contractor shall conduct a red team exercise against "
           "the service each quarter and deliver the findings to the COR within 15 business days after each exercise.\n")
    prop = ("# Proposal\n\n## 4. Assurance\n\nOur adversarial testing team, which is separate from the product "
            f"engineering staff, runs a full red team exercise against the service {how_often}. The findings report "
            "goes to the COR within ten business days after each exercise closes.\n")
    e = status_of(run(sol, prop)[0], "each quarter")
    assert e.status == status, e.reason


def test_a_time_for_another_deliverable_in_the_paragraph_is_no_conflict():
    assert_one("attend a weekly status meeting with the COR and provide written minutes within one business day",
               "We will deliver the Program Management Plan within five business days of award. Our Program "
               "Manager will attend the weekly status meeting with the COR.", "partially addressed",
               heading="5. Program Management")


def test_response_is_not_responsibility():
    # six shared letters are not a shared meaning
    assert terms("submit a response")[-1] != terms("gave that person responsibility")[-1]
    assert len({terms(w)[0] for w in ("response", "responses", "respond")}) == 1
    assert terms("a responsive design")[0] == terms("responsiveness")[0] != terms("response")[0]


def test_an_acronym_meets_the_words_it_stands_for_when_nobody_defined_it():
    # the solicitation writes the words out; the proposal uses the acronym and never the words
    sol = ("# RFP\n\n## C.2 Tasks\n\nC.2.1 The Contractor shall suggest Cooperative Patent Classification symbols "
           "for the application, each with a confidence value.\n\nC.2.2 The Contractor shall mark as critical any "
           "notice affecting a runway or a temporary flight restriction.\n")
    prop = ("# Proposal\n\n## 2. Search\n\nFor the application as a whole, the service proposes CPC symbols, each "
            "shown with the model's confidence.\n\nAnything that touches a runway or a TFR on the route is flagged "
            "critical.\n")
    entries = run(sol, prop)[0]
    assert status_of(entries, "Cooperative Patent").status == "addressed"
    assert status_of(entries, "temporary flight").status == "addressed"


def test_an_acronym_a_document_also_uses_for_something_else_is_not_folded():
    from clausecheck.traceability.vocabulary import _fold_known_acronyms, acronyms_to_fold, known_acronyms

    sol = ["C.3.1 The Contractor shall deliver a Project Management Plan within 15 days after award."]
    # "PMP" here is a certification; the proposal writes the plan's name in full as well
    prop = ["Dana holds PMP and SAFe certifications.", "We deliver the Project Management Plan ten days after award."]
    assert acronyms_to_fold(sol, prop) == frozenset()
    assert acronyms_to_fold(sol, prop[:1]) == {"PMP"}
    # capitals that are words, and runs of small words, are never acronyms
    assert acronyms_to_fold(["The contractor shall not do it"], ["SHALL NOT"]) == frozenset()
    with known_acronyms(frozenset({"TFR", "NCEI"})):
        assert _fold_known_acronyms("to the National Centers for Environmental Information") == "to the NCEI"
        assert _fold_known_acronyms("the flight restriction") == "the flight restriction"
        assert _fold_known_acronyms("to find the right") == "to find the right"
    assert _fold_known_acronyms("a temporary flight restriction") == "a temporary flight restriction"


def test_consecutive_calendar_days_and_look_back_windows_are_read():
    assert quantities("run in shadow mode for at least 60 consecutive calendar days")[0].hours == 60 * 24
    # how much history a duty covers: more is better, and only another look-back compares
    q = quantities("show a chart of the preceding 90 days of readings")[0]
    assert (q.cls, q.hours) == ("lookback", 90 * 24)
    assert quantities("the dashboard plots readings over the last 30 days")[0].cls == "lookback"
    # experience within recent years is a recency limit, not history covered
    assert all(q.cls != "lookback" for q in quantities("describe two contracts performed over the past five years"))


@pytest.mark.parametrize("req, answer, status", [
    ("run the scheduling engine in shadow mode for at least 60 consecutive calendar days before go-live",
     "The scheduling engine runs in shadow mode for 30 consecutive days before any recommendation is shown.",
     "contradicted"),
    ("exclude reviewers who co-authored with the applicant during the preceding 36 months",
     "Co-authorship is checked over the last 24 months of publication data, and such reviewers are excluded.",
     "contradicted"),
    ("exclude reviewers who co-authored with the applicant during the preceding 36 months",
     "Co-authorship is checked over the last 60 months of publication data, and such reviewers are excluded.",
     "addressed"),
    # a person has already confirmed what is pushed automatically
    ("route every detection to a trained analyst, who confirms or rejects it before it is published",
     "Every detection waits in the analyst queue until a trained analyst confirms or rejects it. Confirmed "
     "detections are published to the public feed automatically within five minutes.", "addressed"),
    # "directly" of place is not a bypass
    ("send any notice classified with a confidence below 0.90 to a specialist for review before it is summarized",
     "Notices scored below 0.90 go to the specialist queue for review before summarization; each summary is "
     "followed directly by the original notice text.", "addressed"),
    # the same act in other words, and work declared outside the scope, are refusals
    ("attach content credentials conforming to the C2PA specification to each published story",
     "The newsroom tool will not embed C2PA content credentials in published stories.", "contradicted"),
    ("accept hand-held oblique aerial photographs taken during an activation",
     "Hand-held oblique aerial photographs are outside the scope of our classifier.", "contradicted"),
    ("staff a help desk that answers Priority 1 tickets within 30 minutes, 24 hours a day",
     "The help desk is staffed from 7:00 a.m. to 7:00 p.m. Eastern Time, and it answers Priority 1 tickets "
     "within 30 minutes.", "contradicted"),
])
def test_eighth_round_readings(req, answer, status):
    assert_one(req, answer, status)


def test_same_day_and_standing_access_are_times():
    assert quantities("requests are fulfilled the same business day")[0].hours == 24.0
    assert quantities("auditors hold standing read-only accounts on the log store")[0].hours == 0.0
    assert_one("give the COR read access to the decision logs within two business days of a request",
               "The COR holds standing read-only accounts on the decision log store.", "addressed")


def test_a_bare_level_column_beside_measures_makes_each_row_a_duty():
    sol = ("# RFP\n\n## C.3 Performance\n\nC.3.2 Table C-1 lists the levels the service is to reach during "
           "acceptance.\n\n| ID | Performance parameter | Level |\n|---|---|---|\n"
           "| PP-1 | False alerts per sensor per day during quiet periods | 3 or fewer |\n"
           "| PP-2 | Time from an event until its alert reaches the operations center | 2 hours or less |\n")
    texts = [o.text for o in extract_obligations(load_document(sol.encode(), path="rfp.md"), role="solicitation")]
    assert any("False alerts per sensor" in t for t in texts), texts
    assert any("reaches the operations center" in t for t in texts), texts
    # without a column of measures, a "Level" column is not a standard (a staffing table, say)
    staff = ("# RFP\n\n## Staff\n\nKey staff are listed below.\n\n| Role | Level |\n|---|---|\n"
             "| Lead engineer | 3 |\n| Analyst | 2 |\n")
    assert not extract_obligations(load_document(staff.encode(), path="rfp.md"), role="solicitation")


@pytest.mark.parametrize("req, answer, status", [
    # the same act in another verb
    ("link each statement in the assessment to the transcript passage it rests on",
     "Our generator does not tie individual statements of the assessment to particular transcript passages.",
     "contradicted"),
    # an amount of history, more is better
    ("validate each release with a replay of at least 90 days of historical queue traffic",
     "Every release is validated by a replay of 180 days of recorded queue traffic.", "addressed"),
    ("validate each release with a replay of at least 90 days of historical queue traffic",
     "Every release is validated by a replay of 30 days of recorded queue traffic.", "contradicted"),
    # every item reviewed first, against review of some
    ("ensure every output table is reviewed by a disclosure officer before it is returned to a researcher",
     "Only output tables that fail an automated disclosure rule are queued for review by a disclosure officer.",
     "contradicted"),
    ("ensure all outgoing letters are reviewed and certified by a qualified translator before release",
     "Outgoing letters that clear the quality score are released, and a linguist spot-checks one in ten of them "
     "afterwards.", "contradicted"),
    # a ceiling on a count, against more of the same thing
    ("design operations so that each remote supervisor monitors no more than one underway vessel at a time",
     "During survey operations each remote supervisor oversees up to three underway vessels at once.",
     "contradicted"),
    # a percentile is a share of requests
    ("return each draft within 15 seconds of the request for at least 95 percent of requests",
     "In load tests the 95th percentile time from request to complete draft was 9 seconds, and we commit to "
     "10 seconds.", "addressed"),
    # a time of day: earlier is better
    ("post the daily staffing recommendation for each region by 0600 Eastern Time",
     "The daily staffing recommendation for each region is posted by 0800 Eastern Time.", "contradicted"),
    ("post the daily staffing recommendation for each region by 0600 Eastern Time",
     "The daily staffing recommendation for each region is posted by 0500 ET.", "addressed"),
    # "in every export" moves nothing out of the boundary
    ("process and store all transcripts only within the authorized system boundary",
     "All transcripts are processed and stored only within the authorized system boundary, and the review "
     "status appears in every export.", "addressed"),
])
def test_eighth_round_readings_second_batch(req, answer, status):
    assert_one(req, answer, status)


def test_an_instruction_to_describe_several_things_finds_each_in_its_own_section():
    sol = ("# RFP\n\n## L. Instructions\n\nL.3 The Offeror shall describe its technical approach to ensemble "
           "generation, bias correction, and forecast verification.\n")
    prop = ("# Proposal\n\n## 2. Technical Approach\n\nOur ensemble generation perturbs the initial states of the "
            "basin model and draws fifty members for every forecast point.\n\n## 3. Post-processing\n\n"
            "Quantile mapping against the gauge record performs the bias correction of each member.\n\n"
            "## 4. Skill\n\nForecast verification uses the continuous ranked probability score at every point.\n")
    e = status_of(run(sol, prop)[0], "ensemble generation")
    assert e.status == "addressed", e.reason
    # an element the proposal never mentions is still missing
    gap = prop.replace("Quantile mapping against the gauge record performs the bias correction of each member.",
                       "Staff meet monthly with the district hydrologists.")
    e = status_of(run(sol, gap)[0], "ensemble generation")
    assert e.status == "partially addressed" and "bias correction" in e.reason, e.reason


@pytest.mark.parametrize("req, answer, status", [
    # a "shall not" quoted as an example is no refusal
    ("describe how the system tells binding commitments from hortatory language",
     'A classifier trained on annotated treaty text tells binding commitments ("shall", "shall not", "must") '
     'from hortatory language ("shall endeavor", "recognize the importance of").', "addressed"),
    # every item reviewed, against a sample
    ("ensure that a qualified conservator reviews every defect the model rates as Priority 1",
     "Our senior conservator reviews a random 10 percent sample of the defects the model rates as Priority 1.",
     "contradicted"),
    # every item routed to a person, against items handled automatically
    ("route every proposed merge of two existing registrant records to an agency reviewer",
     "Where two existing registrant records describe the same person, the service merges them automatically "
     "when the pair scores 0.98 or higher.", "contradicted"),
])
def test_eighth_round_readings_third_batch(req, answer, status):
    assert_one(req, answer, status)


def test_items_done_without_review_describe_a_measure_not_a_duty_to_review():
    # "links accepted without clerical review" names the links whose precision is measured
    assert_one("ensure that the precision of links accepted without clerical review is at least 0.995",
               "Links accepted automatically were correct 99.7 percent of the time on the benchmark, and we commit "
               "to a precision of at least 0.997 for links accepted without clerical review.", "addressed")


def test_a_monthly_rebuild_is_a_batch_the_item_waits_for():
    assert_one("reflect any report newly posted to the library within 3 business days of posting",
               "Reports posted to the library during a month are picked up in the next monthly rebuild.",
               "contradicted")


def test_keeping_a_load_at_or_under_a_limit_answers_a_must_not_exceed():
    sol = ("# RFP\n\n## C.2 Constraints\n\nC.2.1 The planned load must not exceed the allowable cabin load "
           "published for the mission.\n")
    prop = ("# Proposal\n\n## 3. Optimization\n\nHard constraints keep every planned load at or under the "
            "allowable cabin load the operator publishes for that mission.\n")
    e = status_of(run(sol, prop)[0], "allowable cabin load")
    assert e.status == "addressed", e.reason


def test_counts_of_periods_labels_and_measures_are_not_schedules():
    # a paragraph label in the next cell, a count of monthly cycles, monthly employment figures
    assert [q.text for q in quantities("C.3 | 3 Every quarter | Accuracy report by language")] == ["Every quarter"]
    assert [q.hours for q in quantities("until the agency has reviewed two monthly production cycles")] == [730.0]
    assert quantities("records with industry, county, monthly employment and total quarterly wages") == []
    assert quantities("twice monthly reports")[0].hours == 365.0
    assert_one("run a retrained model side by side for two monthly production cycles before it enters production",
               "No retrained model enters production until it has run side by side with the current one for three "
               "consecutive monthly production cycles.", "addressed")


def test_a_size_is_not_a_count_of_things():
    assert_one("detect spalls and losses with a face area greater than 25 square centimeters",
               "The detector outlines spalls and losses down to 20 square centimeters of face area.", "addressed")


def test_an_acronym_a_document_defines_is_read_as_its_words():
    from clausecheck.traceability.vocabulary import _fold_known_acronyms, acronym_definitions, known_acronyms

    sol = ["The character error rate (CER) is measured on the hand-keyed sample.",
           "The Contracting Officer's Representative (COR) approves each release.",
           "The Instrumentation Data Historian (IDH) holds every reading."]
    # a definition counts where the proposal names the thing too ("the COR"), in either form;
    # a proposal that says only "the Historian" keeps that word against the solicitation's
    defs = acronym_definitions(sol, ["We hold the character error rate at 2 percent; the COR signs.", "The Historian"])
    assert defs == {"CER": {"character error rate"}, "COR": {"contracting officer's representative"}}
    with known_acronyms(frozenset(), defs):
        assert terms("the CER") == terms("the Character Error Rates") == terms("character error rate") == ["cer"]
        assert terms("the Contracting Officer's Representative") == terms("the COR")
        # only the defined words count: other words with the same initials stay as they are
        assert _fold_known_acronyms("charter operators receive the plan") == "charter operators receive the plan"
    # the proposal writes out what the solicitation abbreviates, and offers a worse figure for it
    sol = ("# RFP\n\n## C.3 Accuracy\n\nC.3.1 The character error rate (CER) is measured on the Government sample.\n\n"
           "C.3.2 The CER for pages printed from 1881 through 1922 shall not exceed 3 percent.\n")
    prop = ("# Proposal\n\n## 3.1 Accuracy\n\nAcross all publication periods we will hold the character error rate "
            "at or below 4 percent per period.\n")
    e = status_of(run(sol, prop)[0], "1881 through 1922")
    assert e.status == "contradicted", e.reason


def test_the_subject_of_a_comparison_is_what_it_measures():
    from clausecheck.traceability.quantities import _measured_subject, _threshold_measure

    text = "The CER for pages printed from 1881 through 1922 shall not exceed 3 percent"
    assert "cer" in _threshold_measure(text, "not exceed 3")
    # a subject that acts ("The Contractor shall achieve ...") is not the measure
    assert _measured_subject("The Contractor shall achieve a word error rate of no more than 12 percent", 41) == set()


def test_dates_are_not_figures():
    # a day of a month is a date, not a second figure to meet
    sol = ("# RFP\n\n## C.3 Service\n\nC.3.2.6 The service is required to maintain 99.5 percent availability from "
           "December 1 through April 15.\n")
    prop = ("# Proposal\n\n## 8. Hosting\n\nThe service runs on a commercial cloud with a target availability of "
            "99.0 percent during the winter period.\n")
    e = status_of(run(sol, prop)[0], "99.5")
    assert (e.status, e.reason) == ("contradicted", "offers 99.0 percent where the solicitation requires 99.5 percent")
    # years are not a level ("at least 2018")
    assert_one("backtest each model version on rolling origin splits covering at least 2018 through 2024",
               "Every model version is backtested on rolling origin splits from 2016 through 2024.", "addressed")


@pytest.mark.parametrize("req, answer, status", [
    ("back-code all narratives submitted from January 2014 through December 2025",
     "We will back-code the historical narratives. Back-coding covers reports submitted from January 2019 "
     "through December 2025.", "contradicted"),
    ("index every comment letter released on EDGAR since January 1, 2005",
     "The library indexes every comment letter released on EDGAR from January 2015 forward.", "contradicted"),
    ("index every published decision issued since January 1, 1990",
     "The index holds every published decision issued from January 1, 1985 forward.", "addressed"),
])
def test_records_covered_from_a_later_date_fall_short(req, answer, status):
    assert_one(req, answer, status)


def test_a_refusal_in_the_outcome_of_a_condition_is_a_gate():
    from clausecheck.traceability.judging import _duty_verb

    assert _duty_verb("Each forecast shall be issued as an ensemble") == "issued"
    assert _duty_verb("The Contractor shall be responsible for it") == "be"
    assert_one("decline to answer, and tell the user so, when none of the retrieved passages supports an answer",
               "If the retrieved passages do not support an answer, the assistant does not produce one and tells the "
               "user so.", "addressed")
    # declining to produce what the requirement asks for is a refusal
    sol = ("# RFP\n\n## C.3 Forecasts\n\nC.3.1 Each forecast shall be issued as an ensemble giving the 10th, 50th and "
           "90th percentile values.\n")
    prop = ("# Proposal\n\n## 3. Forecasts\n\nWe do not produce ensemble or percentile forecasts; each forecast "
            "gives one best estimate.\n")
    e = status_of(run(sol, prop)[0], "ensemble")
    assert e.status == "contradicted", e.reason


def test_a_device_the_government_furnishes_is_its_own_place():
    assert_one("run entirely on the Government-furnished edge computer, with no dependence on commercial cloud services",
               "The full-accuracy recognizer runs in our commercial GovCloud tenancy, reached over the unit's network "
               "connection.", "contradicted")


def test_pages_counted_in_a_volume_of_work_are_a_term():
    assert terms("process at least 150,000 pages per business day") == terms("process") + terms("60,000 pages")
    assert terms("60,000 pages") and terms("see the page limits in Section L") == terms("see limits in Section L")
    sol = ("# RFP\n\n## C.4 Capacity\n\nC.4.1.2 The Contractor shall process at least 150,000 pages per business day "
           "across all active screening projects.\n")
    prop = ("# Proposal\n\n## 1. Summary\n\nWe offer a hosted review service for the archives.\n\n## 2. Staffing\n\n"
            "A program manager leads the work.\n\n## 3. Capacity\n\nOur screening deployment is sized for 60,000 "
            "pages per business day in the base year.\n\n## 9. Data Management\n\nWhen a screening project closes, we delete its working copies "
            "and certify the deletion to the COR.\n")
    e = status_of(run(sol, prop)[0], "150,000")
    assert e.status == "contradicted" and "60,000" in e.reason, e.reason


@pytest.mark.parametrize("req, answer", [
    # a count over a count, written in words
    ("keep drafts to no more than one unsupported factual statement per 20 drafts in the quarterly sample",
     "Our target for unsupported statements is fewer than one per ten drafts in the quarterly sample."),
    # amounts of money
    ("forecast the closing cash balance 10 business days ahead with a mean absolute error of no more than $12 billion",
     "For the closing cash balance two weeks out, our backtests give a mean absolute error between $15 billion and "
     "$18 billion."),
    # how far ahead a forecast reaches
    ("provide a 26-week forecast of weekly interment demand for each cemetery",
     "Each Monday we publish a 13-week forecast of weekly interments for every cemetery."),
    # the measure named as the subject of "is", far from the figure
    ("reach a slide level sensitivity of at least 98 percent for P. falciparum on slides with parasitemia of 0.1 "
     "percent or more",
     "On our validation set, slide-level sensitivity for P. falciparum at 0.1 percent parasitemia and above is 96 "
     "percent, and we commit to that figure."),
    # a grade on a readability scale
    ("write each draft letter at or below grade 8 on the Flesch-Kincaid readability scale",
     "In our trial, drafts averaged a Flesch-Kincaid grade of 9.6 in the body text."),
    # the time a run takes, beside a batch schedule that only names the cadence
    ("return a complete weekly plan for all lanes within 20 minutes after a planner starts a run",
     "The weekly network solve is a large mixed-integer program. We run it as an overnight batch job on Sunday so "
     "that planners find a finished plan on Monday. The full solve takes 75 to 90 minutes of compute time."),
])
def test_figures_in_other_forms_are_compared(req, answer):
    assert_one(req, answer, "contradicted")


def test_the_time_a_batch_takes_is_not_a_wait_for_the_batch():
    assert_one("complete each monthly batch of 500,000 records within 8 hours",
               "Each monthly batch of 500,000 records is coded in about 5 hours on the production cluster.", "addressed")


@pytest.mark.parametrize("answer, status", [
    ("Our detectors are pretrained on our commercial LotScan library and then fine-tuned on a blend of Government "
     "imagery and LotScan images at every retraining.", "contradicted"),
    ("To train the models, Government imagery is supplemented with proprietary synthetic and public pedestrian "
     "datasets.", "contradicted"),
    ("The models are trained and fine-tuned only on the Government furnished imagery; they are never supplemented "
     "with commercial datasets.", "addressed"),
])
def test_other_data_sources_where_only_the_governments_may_be_used(answer, status):
    assert_one("train or fine tune the models only on Government furnished imagery", answer, status)


def test_an_abbreviated_name_does_not_end_a_list():
    assert _elements("The model shall distinguish Plasmodium falciparum, P. vivax, P. ovale, P. malariae, P. knowlesi and "
                     "Babesia species at the slide level.")[-2:] == ["P. knowlesi", "Babesia species"]
    assert_one("distinguish Plasmodium falciparum, P. vivax, P. ovale, P. malariae, P. knowlesi and Babesia species",
               "The pipeline makes one slide-level call among Plasmodium falciparum, P. vivax, P. ovale, P. malariae and "
               "Babesia species.", "partially addressed")


def test_schedules_written_as_counts_of_periods_are_the_same_schedule():
    assert terms("every twelve months after go-live") == terms("annually after go-live")
    assert terms("every 3 months") == terms("quarterly")
    assert terms("each model and where it came from") == terms("each model and its source")


def test_a_time_measured_in_tests_keeps_its_purpose():
    assert_one("return ranked results within 30 seconds for 95 percent of queries",
               "In load tests at the expected peak, 95 percent of searches returned a ranked list in under 20 seconds.",
               "addressed")


def test_showed_is_shown_to_be_not_shown_on_a_screen():
    assert "display" not in terms("our backtests showed intervals too wide for crew planning")
    assert "display" in terms("the screen shows planned hours for each crew")


@pytest.mark.parametrize("req, answer", [
    ("keep the word error rate at no more than 15 percent for English calls and 20 percent for Spanish calls",
     "The word error rate is 12 percent for English calls; for Spanish calls we commit to 24 percent."),
    ("achieve plate character recognition accuracy of at least 97 percent on daytime images and 92 percent on night "
     "images", "Plate character recognition accuracy is 97.4 percent on daytime images and 88 percent on night images."),
])
def test_a_second_figure_is_held_to_the_same_side(req, answer):
    assert_one(req, answer, "contradicted")


def test_a_field_left_blank_for_a_person_is_not_filled_in():
    assert_one("leave the final size conclusion blank for the size specialist to complete",
               "The final size conclusion is pre-filled with the recommended outcome and a confidence score for the "
               "size specialist to review.", "contradicted")


def test_a_clause_that_names_no_measure_takes_it_from_its_sentence():
    sol = ("# RFP\n\n## C.3 Detection\n\nC.3.2 The Contractor shall achieve a detection rate of at least 99 percent for "
           "personnel in daylight and 97 percent at night using thermal imagery.\n")
    prop = ("# Proposal\n\n## 2. Detection\n\nIn daylight the detector found 99.4 percent of personnel. At night, "
            "relying on thermal imagery, it found 95 percent.\n")
    e = status_of(run(sol, prop)[0], "detection rate")
    assert (e.status, e.reason) == ("contradicted", "offers 95 percent where the solicitation requires 97 percent")


@pytest.mark.parametrize("answer, status", [
    ("To keep briefings short, briefing products carry the summaries only; the original NOTAM text is dropped from "
     "the briefing package.", "contradicted"),
    ("Every briefing product presents the original NOTAM text next to its summary; no NOTAM text is ever dropped.",
     "addressed"),
])
def test_what_a_duty_keeps_said_to_be_left_out(answer, status):
    assert_one("present the original NOTAM text next to its summary in every briefing product", answer, status)


@pytest.mark.parametrize("answer, status", [
    ("The audit report lists every redaction the assistant proposed and the reviewer's decision on it.",
     "not addressed"),
    ("Appendix B contains a sample audit report that the assistant produced from the practice files.", "addressed"),
])
def test_a_sample_asked_for_is_answered_by_one_given(answer, status):
    assert_one("provide a sample audit report produced by the proposed assistant", answer, status)


@pytest.mark.parametrize("answer, status", [
    ("We provide a weekly dashboard and a monthly performance report against each service level.", "not addressed"),
    ("Two subcontractors perform parts of the work: Sendero performs translation review and Cardinal performs "
     "Section 508 testing.", "addressed"),
])
def test_one_shared_word_of_a_short_requirement_is_no_answer(answer, status):
    sol = "# RFP\n\n## L\n\nL.2 The Offeror shall identify each proposed subcontractor and the tasks that subcontractor will perform.\n"
    prop = f"# Proposal\n\n## 1. Summary\n\nWe offer a contact center service.\n\n## 6. Management\n\n{answer}\n"
    e = status_of(run(sol, prop)[0], "subcontractor")
    assert e.status == status, e.reason


def test_each_participle_of_a_passive_duty_can_be_refused():
    sol = ("# RFP\n\n## H\n\nH.1 All trained models and annotations shall be delivered to the agency with unlimited "
           "rights and released under an open license.\n")
    prop = ("# Proposal\n\n## 10. Data Rights\n\nAnnotations created under this order will be delivered to the agency, "
            "but the trained models themselves will not be released under an open license.\n")
    e = status_of(run(sol, prop)[0], "open license")
    assert e.status == "contradicted", e.reason


@pytest.mark.parametrize("req, answer, status", [
    # a turnaround is how soon the work is done
    ("finish quality control of each survey tile within 4 business days after it is received",
     "Quality control of each survey tile has a standard turnaround of nine working days.", "contradicted"),
    ("finish quality control of each survey tile within 4 business days after it is received",
     "Quality control of each survey tile has a standard turnaround of three working days.", "addressed"),
    # "in about N" is how long the work takes
    ("generate a complete route plan for a region within 15 minutes on the furnished server",
     "On the furnished server the engine builds a complete route plan for a 3,000-stop region in about 40 minutes.",
     "contradicted"),
    # a span bounded from below, ending at an event
    ("retain every audit record for no fewer than six years after the close of the case",
     "Audit records are retained for 24 months after the close of the case and then destroyed.", "contradicted"),
    # years of a named kind
    ("keep the inputs and model version of each claim decision for four fiscal years after the claim year",
     "The inputs and model version of each claim decision are kept for two fiscal years, after which they are "
     "summarized.",
     "contradicted"),
    # a range of counted things
    ("limit nuisance alarms to no more than 2 alarms per gate per day",
     "In practice gates settle at between 4 and 6 alarms per day once tuning ends.", "contradicted"),
    # a band the figure must fall inside
    ("ensure that the share of observed values inside the 80 percent forecast band falls between 75 and 85 percent",
     "We target a share of observed values of at least 70 percent inside the 80 percent forecast band.",
     "contradicted"),
    ("ensure that the share of observed values inside the 80 percent forecast band falls between 75 and 85 percent",
     "Observed values fall inside the 80 percent forecast band 79 percent of the time.", "addressed"),
    # a count over a count of entries
    ("keep transcription slips to no more than one per 500 entries in the audited sample",
     "We hold transcription slips under one per 250 entries in the audited sample.", "contradicted"),
    # percentage points are percent
    ("estimate canopy cover for each plot with a mean absolute error of no more than 4 percentage points",
     "Plot canopy cover estimates agree with field readings to within 7 percentage points on average.",
     "contradicted"),
    # a horizon named before its length
    ("publish river stage forecasts that cover horizons of 1 through 10 days at every gauge",
     "Every gauge receives river stage forecasts out to 6 days ahead.", "contradicted"),
    # each of the named number of things
    ("provide voice prompts in each of the 9 languages listed in Attachment 3",
     "Voice prompts are offered in 7 of the 9 languages in Attachment 3.", "contradicted"),
])
def test_figures_written_in_other_ways_are_compared(req, answer, status):
    assert_one(req, answer, status)


def test_a_range_that_is_a_scale_is_no_figure():
    assert_one("flag for review every case whose risk score is at least 0.8",
               "Each case receives a risk score between 0 and 1, and every case scoring 0.8 or more is flagged for "
               "review.", "addressed")


def test_a_long_defined_name_before_a_threshold_keeps_the_measure():
    from clausecheck.traceability.quantities import _threshold_measure
    from clausecheck.traceability.vocabulary import acronym_definitions, known_acronyms
    req = "Recall for cracks inside the Critical Weld Seam Inspection Exclusion Zone must be at least 0.97 on test welds."
    sol = ["The Critical Weld Seam Inspection Exclusion Zone (CWSIEZ) is defined in Attachment 2.", req]
    with known_acronyms(frozenset(), acronym_definitions(sol, ["Cracks in the CWSIEZ are found."])):
        assert "crack" in _threshold_measure(req, "at least 0.97")


def test_no_thing_done_is_a_prohibition_the_answer_can_break():
    sol = "# RFQ\n\n## C\n\nC.1 No crew shift shall be scheduled at a station under a severe wind warning.\n"
    for answer, status in (
            ("When a station is under a severe wind warning, the planner can still schedule a crew shift there if every "
             "other station is closed.", "contradicted"),
            ("The planner never places a crew shift at a station under a severe wind warning.", "addressed")):
        e = status_of(run(sol, f"# Q\n\n## 2. Approach\n\n{answer}\n")[0], "No crew shift")
        assert e.status == status, e.reason


@pytest.mark.parametrize("req, answer", [
    # training events by any name
    ("provide training for district schedulers in at least three regional sessions before go-live",
     "We will deliver one live virtual workshop for district schedulers before go-live."),
    ("deliver two instructor-led training sessions for dispatchers and shift leads on reading route alerts",
     "Dispatcher and shift lead onboarding consists of a single 60-minute virtual orientation on route alerts, "
     "recorded for later viewing."),
    # a figure that meets the requirement only for part of its scope
    ("keep the word error rate at no more than 8 percent for every regional dialect",
     "The word error rate is 6 percent only for the Gulf dialect; for the Appalachian dialect it is 13 percent."),
    # a duty to deliver with rights defined by a cited clause is still a duty to deliver
    ("deliver the scoring model, its feature code and the training scripts with unlimited rights, as defined in FAR "
     "52.227-14, Rights in Data - General (MAY 2014)",
     "The scoring model, feature code and training scripts developed for this work are Larkspur trade secrets and "
     "stay with Larkspur; the agency receives the scores with unlimited rights."),
    # the duty's own verb refused, in the passive, for things it names
    ("deliver the route optimizer source code and the constraint files first produced under this task order with "
     "unlimited rights to the Government, as provided in FAR 52.227-14, Rights in Data - General (MAY 2014)",
     "The route optimizer source code and constraint files produced under this task order remain company property "
     "and are not delivered; the agency receives the compiled application and its documentation."),
])
def test_less_than_required_in_other_forms(req, answer):
    assert_one(req, answer, "contradicted")


@pytest.mark.parametrize("req, answer, status", [
    # notice "ahead" is notice before
    ("notify the COR at least 20 business days before changing a routing rule in production",
     "Any change to a routing rule in production is announced to the COR at least 10 business days ahead.",
     "contradicted"),
    # an ordinal day is a date, not a cadence
    ("hold a kickoff meeting with the COR within 5 business days after award",
     "We will hold the kickoff meeting with the COR no later than the ninth business day after award.",
     "contradicted"),
    # a cycle is a cadence
    ("refresh the position of every patrol vehicle at least once every 2 minutes",
     "Patrol vehicle positions are refreshed from the dispatch feed on a ten-minute cycle.", "contradicted"),
    # a decade is ten years
    ("retain each inspection record for at least 15 years after the inspection",
     "Inspection records are retained for at least a decade after the inspection and then destroyed.",
     "contradicted"),
])
def test_times_written_as_words_are_compared(req, answer, status):
    assert_one(req, answer, status)


@pytest.mark.parametrize("req, answer", [
    # a time of day is not a count per day
    ("publish the daily staffing forecast by 0600 Eastern Time each day",
     "The daily staffing forecast is published each morning by 0530 Eastern."),
    # a quarter hour is not a quarter
    ("recompute the zone setpoints for every building at least every 15 minutes",
     "Zone setpoints for every building are recomputed every quarter hour."),
    # every business day is daily
    ("produce daily forecasts of outlays for each spending category",
     "A forecast of outlays for each spending category is produced every business day."),
    # "missing" names the thing counted, not a miss rate
    ("achieve a recall of at least 0.90 for off-station and missing channel markers",
     "On our holdout imagery, recall for channel markers that are off station or missing is 0.93."),
    # the items below a cut-off sent to a person: a higher cut-off sends more
    ("ensure that any record pair whose match score falls below 0.90 is confirmed by an analyst",
     "Every record pair whose match score falls under 0.93 waits for an analyst to confirm it."),
    # live processing takes a few seconds
    ("caption both sides of each call in real time",
     "Both sides of each call are captioned live, on average 0.9 seconds behind the speaker."),
    # a waiting period after the notice is notice ahead
    ("give the COR at least 30 calendar days of written notice before deploying a retrained model",
     "No retrained model is deployed until six weeks after the COR has received our written notice of the change."),
])
def test_times_and_cut_offs_that_meet_the_requirement(req, answer):
    assert_one(req, answer, "addressed")


def test_a_time_of_day_is_a_deadline_whatever_the_verb():
    assert_one("deliver each day's staffing run to the agency data store no later than 6:30 a.m.",
               "Each day's staffing run will be posted to the agency data store by 8:00 a.m.", "contradicted")


@pytest.mark.parametrize("answer", [
    "The inspection application on the tablet is a thin client: every lookup is answered by our hosted service.",
    "The tablet streams the audio to our cloud service, where recognition runs; without connectivity, the app only "
    "shows the last cached results.",
    "The inspection application requires a network connection; no offline client is proposed.",
])
def test_a_system_that_must_work_offline_is_not_answered_by_a_connected_one(answer):
    assert_one("keep the inspection application fully usable on the tablet for at least 24 hours of lost network "
               "connectivity", answer, "contradicted")


def test_notice_in_release_notes_after_an_update_is_after_the_change():
    assert_one("notify the COR at least 30 calendar days before replacing or retraining any production model",
               "Production model updates ship on our regular release train, and the COR is informed through release "
               "notes published after each update.", "contradicted")


@pytest.mark.parametrize("req, answer", [
    # a refresh on a cadence slower than the time allowed
    ("make each revised policy notice searchable in the assistant within 24 hours",
     "Policy notices are imported from the publications portal in a weekly synchronization every Saturday night."),
    ("refresh the standards index within three business days after a standard is revised",
     "The standards library is rebuilt on the first business day of each month so that revisions are picked up."),
    # a digest sent at a time of day, against a time limit of hours
    ("notify the duty engineer of any critical crack finding within 2 hours",
     "Critical crack findings are collected into a digest that is emailed to the duty engineer by 6:00 a.m. local "
     "time each business day."),
    # a cap on how long something may last
    ("ensure that the rotation does not keep the same patrol sequence for more than two consecutive weeks",
     "The planner keeps the current patrol sequence and changes it only after it has been used for five consecutive "
     "weeks."),
    # a count that sends items to a person: a higher cut-off sends fewer
    ("route to a records officer for approval any proposed merge that would move more than 40 deeds",
     "Merges that would move more than 400 deeds are queued for a records officer; smaller merges apply at once."),
    # a participle of the requirement declined
    ("attach a calibrated likelihood between 0 and 1 to every suggested match",
     "Match values only rank the suggestions within one search, and we do not plan to calibrate them as likelihoods."),
    # a hard limit made soft
    ("treat the minimum reservoir releases in Attachment J-2 as hard constraints that the scheduler never relaxes",
     "The minimum reservoir releases of Attachment J-2 enter the scheduler as heavily weighted penalty terms."),
    # a right of the Government made subject to the vendor's consent
    ("permit the Government to publish a technical description of the forecasting method",
     "Any published technical description of the forecasting method, its inputs or its weights requires Fenwick's "
     "prior written consent."),
    # material that must be releasable, said not to be
    ("deliver the source code and trained models developed under this contract in a form that the agency can release "
     "to the public",
     "The detection engine source and its trained weights are not licensed for redistribution or public release."),
])
def test_conflicts_found_this_round(req, answer):
    assert_one(req, answer, "contradicted")


@pytest.mark.parametrize("req, answer", [
    # the refused verb is only a noun of the requirement
    ("deliver all trained model weights and the labeled images to the Government at the end of the contract",
     "We will keep our two divisions apart with an internal firewall, and we do not intend to end those contracts."),
    # a hard limit kept hard beside soft preferences for other things
    ("treat every restricted berth listed in Attachment J-4 as a hard constraint that no plan may violate",
     "Every restricted berth listed in Attachment J-4 is an inviolable constraint, so no plan can use one. Soft "
     "constraints cover preferred berths named by pilots; these carry penalties."),
    # the agency's own approval is no vendor consent
    ("permit the Government to publish a technical description of the forecasting method",
     "Publication of the technical description requires the Government's prior written approval of the final text."),
])
def test_look_alikes_of_this_round_are_not_conflicts(req, answer):
    sol = f"# RFQ\n\n## C\n\nC.1 The Contractor shall {req}.\n"
    e = status_of(run(sol, f"# Q\n\n## 2. Approach\n\n{answer}\n")[0], req[:30])
    assert e.status != "contradicted", e.reason


def test_a_party_named_inside_a_phrase_or_a_title_does_not_bind():
    text = ("# RFP 0001: Precedent Retrieval and Evaluation Drafting\n\n## SECTION C - STATEMENT OF WORK\n\n"
            "### C.4 Draft Evaluation Memos\n\n"
            "C.4.1 The service must enforce the case-level access restrictions recorded in the agency's case system.\n\n"
            "C.4.2 At least 95 percent of answers on the Government evaluation set shall be supported by the passages "
            "they cite.\n\n"
            "## SECTION M - EVALUATION\n\nM.1 Proposals shall be evaluated on technical merit.\n")
    doc = load_document(text.encode(), path="rfp.md")
    bearers = {o.text.split()[0]: o.bearer for o in extract_obligations(doc, role="solicitation")}
    assert bearers["C.4.1"] == "Contractor"
    assert bearers["C.4.2"] == "Contractor"
    assert bearers["M.1"] == "Government"


def test_a_party_after_a_participle_still_acts_or_receives():
    text = ("# RFQ\n\n## 7. Administration\n\n"
            "7.1 Any information provided to the Contractor (and any subcontractor) by the agency shall not be "
            "disclosed to any person outside the project.\n\n"
            "7.2 Any action taken by the Contractor in response to a direction from anyone other than the CO shall be "
            "at the Contractor's risk.\n")
    doc = load_document(text.encode(), path="rfq.md")
    bearers = {o.text.split()[0]: o.bearer for o in extract_obligations(doc, role="solicitation")}
    assert bearers["7.1"] == "Contractor"
    assert bearers["7.2"] == "Contractor"


@pytest.mark.parametrize("req, answer", [
    # training people, named in more ways: many words between the verb and the people, testers,
    # a training module, training that people must complete
    ("train all Airfield Management Operations staff on alert handling before initial operational capability",
     "Alerts appear on the Airfield Management Operations console only, with alert handling logged per shift."),
    ("train all 30 certified testers in the pilot languages on the rating console",
     "The rating console is configured for the pilot languages, with a rating model trained on certified tester "
     "scores."),
    ("provide a two-hour training module for quality assurance specialists at each pilot office",
     "A deployment lead will support the quality assurance specialists at each pilot office with biweekly check-ins."),
    ("ensure that each employee with access completes the agency cybersecurity awareness training before access is "
     "granted",
     "Our cybersecurity program is aligned with NIST SP 800-171, and each employee's access is reviewed every year."),
])
def test_training_people_needs_a_passage_about_training_them(req, answer):
    assert_one(req, answer, "not addressed")


def test_a_clause_titled_for_training_is_answered_by_taking_the_clause_on():
    assert_one("comply with FAR 52.224-3, Privacy Training (JAN 2017)",
               "We will comply with FAR 52.224-3, Privacy Training (JAN 2017), for all staff.", "addressed")


def test_joining_and_dividing_clusters_is_merging_and_splitting_them():
    assert_one("provide a curator workbench in which curators can review, merge, split and annotate clusters",
               "Curators work in a browser-based workbench where they can review a cluster's evidence, join two "
               "clusters, divide one into several, and annotate any cluster.", "addressed")


def test_a_design_settled_with_the_agency_later_is_deferred():
    assert_one("record the allocation of the privacy-loss budget across variables in a privacy accounting ledger",
               "The allocation of the privacy-loss budget across variables will be settled with the agency after the "
               "first utility tests and recorded in a privacy accounting ledger.", "partially addressed")


def test_an_item_of_a_shall_list_is_refused_by_its_own_verb():
    sol = ("# RFP\n\n## C.4 Memos\n\nC.4.1 Each draft memo shall:\n\n"
           "- attach a citation to every sentence that states a legal standard;\n"
           "- carry a banner reading DRAFT on every page.\n")
    prop = ("# Proposal\n\n## 4. Memos\n\nEach memo section ends with a list of its sources. We do not attach citations "
            "at the sentence level, because reviewers found sentence-level citations cluttered.\n\n"
            "Every page of a draft carries a DRAFT banner.\n")
    assert status_of(run(sol, prop)[0], "attach a citation").status == "contradicted"


@pytest.mark.parametrize("req, answer, status", [
    # a grade level written as an ordinal
    ("write each employee summary at or below an eighth grade reading level",
     "Each employee summary is written at a tenth grade reading level.", "contradicted"),
    ("write each employee summary at or below an eighth grade reading level",
     "Each employee summary is written at a sixth grade reading level.", "addressed"),
    # an error measured in hours is capped like any figure
    ("forecast the shock arrival time with a mean absolute error of no more than 9 hours",
     "We commit to a mean absolute error of 12 hours for the shock arrival time forecast.", "contradicted"),
    ("forecast the shock arrival time with a mean absolute error of no more than 9 hours",
     "We commit to a mean absolute error of 8 hours for the shock arrival time forecast.", "addressed"),
])
def test_grades_and_errors_in_hours_are_compared(req, answer, status):
    assert_one(req, answer, status)


@pytest.mark.parametrize("req, answer", [
    # a table cell is a clause of its own: "test evidence" in one cell gives no purpose to the time in the next
    ("submit a change request to the COR at least 15 business days before any change to matching rules in production",
     "| Item | Content | Timing |\n|---|---|---|\n| Change request | Description and test evidence for any change to "
     "matching rules | To the COR 20 business days before it reaches production |"),
    # half a second is within one second
    ("stamp the start of every speaker turn with a time accurate to within one second",
     "Every speaker turn is stamped with its start time, and our alignment keeps each stamp within half a second of "
     "the audio."),
    # a rollback is a rollback however it is written
    ("deliver an operations guide that tells administrators how to install, monitor, restart and roll back the system",
     "We will deliver an operations guide that walks administrators through installation, monitoring, restart and "
     "rollback of the system."),
    # unidentified is unknown, wildlife are animals
    ("classify each detection as metal, plastic, wildlife, or unknown",
     "Each detection is classified into one of four groups: metal, plastic, animal, or unidentified."),
])
def test_answers_in_other_words_of_this_round(req, answer):
    assert_one(req, answer, "addressed")


def test_a_grade_level_is_compared_only_with_a_grade():
    assert_one("write each patient summary at or below a sixth-grade reading level",
               "Each patient summary is written in plain, everyday language; our tool has written more than 400,000 "
               "patient summaries.", "partially addressed")


def test_the_event_that_ends_a_table_cell_gives_the_time_no_purpose():
    assert_one("deliver a verification report within 30 days after the end of each fire season",
               "| Deliverable | Due |\n|---|---|\n| Season Verification Report | 21 days after each fire season closes |",
               "addressed")


def test_a_batch_on_the_requirements_own_cadence_is_no_wait():
    assert_one("make new patent documents searchable within 2 business days after each weekly publication",
               "| Measure | Level |\n|---|---|\n| Weekly load of new patent documents searchable | Within 24 hours |",
               "addressed")


@pytest.mark.parametrize("answer, status", [
    ("At launch the assistant drafts replies in English. Spanish drafting is offered as an optional enhancement in "
     "Option Period 1 at a separate price.", "contradicted"),
    ("The assistant drafts replies in English and Spanish; a bilingual tone checker is available as an optional module "
     "at no added cost.", "addressed"),
])
def test_what_the_offer_leaves_out_of_its_price(answer, status):
    assert_one("draft replies to every inquiry in English and Spanish", answer, status)


# ----------------------------------------------------------------------------------------------
# Page limits: judged by counting the proposal's pages, never by a passage

PAGE_RFP = ("# RFP\n\n## C.3 Tasks\n\nC.3.1 The Contractor shall deliver a transition plan within 30 days after award.\n\n"
            "## SECTION L - INSTRUCTIONS TO OFFERORS\n\nL.1 The technical volume may not exceed {limit} pages.\n")


def _page_entry(limit: str, proposals):
    sol = load_document(PAGE_RFP.format(limit=limit).encode(), path="rfp.md")
    entries, findings = trace(sol, extract_obligations(sol, role="solicitation"), proposals)
    return status_of(entries, "may not exceed"), findings


@pytest.mark.parametrize("limit, status", [("5", "addressed"), ("two (2)", "contradicted"), ("thirty (30)", "addressed")])
def test_a_page_limit_is_judged_by_the_pdf_page_count(limit, status):
    from pdf_factory import contract_pdf

    prop = load_document(contract_pdf(3), path="technical.pdf")
    assert prop.pages == 3
    e, findings = _page_entry(limit, prop)
    assert e.status == status, e.reason
    assert "the proposal has 3 pages" in e.reason and e.response is None
    gaps = [f for f in findings if "may not exceed" in f.title]
    assert len(gaps) == (status == "contradicted")


def test_a_page_limit_is_left_to_the_reviewer_when_pages_cannot_be_counted():
    prop = load_document(b"# Proposal\n\n## 1. Transition\n\nWe deliver the transition plan 20 days after award.\n",
                         path="proposal.md")
    e, findings = _page_entry("25", prop)
    assert e.status == "partially addressed" and "Markdown file has no fixed pages" in e.reason
    assert not [f for f in findings if "may not exceed" in f.title]
    # and the page limit takes no answer away from the requirements that have one
    sol = load_document(PAGE_RFP.format(limit="25").encode(), path="rfp.md")
    entries, _ = trace(sol, extract_obligations(sol, role="solicitation"), prop)
    assert status_of(entries, "transition plan").status == "addressed"


@pytest.mark.parametrize("said, status", [("27", "addressed"), ("34", "contradicted")])
def test_a_length_the_proposal_states_for_itself_is_read_where_pages_cannot_be_counted(said, status):
    prop = load_document(f"# Proposal\n\nThis technical volume is {said} pages long, excluding resumes.\n\n## 1. "
                         "Transition\n\nWe deliver the transition plan 20 days after award.\n".encode(), path="proposal.md")
    e, findings = _page_entry("30", prop)
    assert e.status == status, e.reason
    assert f"states that it runs to {said} pages" in e.reason and "offeror's own figure" in e.reason
    # two different figures are no claim: the reviewer counts
    prop = load_document(b"# Proposal\n\nThe technical volume is 27 pages. The price volume is 12 pages.\n",
                         path="proposal.md")
    assert _page_entry("30", prop)[0].status == "partially addressed"


def test_a_page_limit_is_counted_on_the_volume_it_names():
    from pdf_factory import contract_pdf

    technical = load_document(contract_pdf(2), path="technical-volume.pdf")
    price = load_document(contract_pdf(4, seed=3), path="price-volume.pdf")
    e, _ = _page_entry("3", [price, technical])
    assert e.status == "addressed" and e.proposal == "technical-volume.pdf", e.reason
    unnamed = load_document(contract_pdf(1), path="volume-a.pdf")
    e, _ = _page_entry("3", [unnamed, price])
    assert e.status == "partially addressed" and "which of the 2 proposal files" in e.reason


MATRIX_RFP = ("# RFP\n\n## C.3 Tasks\n\nC.3.1 The Contractor shall deliver a transition plan within 30 days after award.\n\n"
              "C.3.2 The Contractor shall retain decision logs for at least 12 months.\n\n"
              "## SECTION L - INSTRUCTIONS TO OFFERORS\n\nL.2 Offerors are encouraged to include a compliance matrix that "
              "maps each paragraph of Section C to the section of the proposal that answers it.\n\n"
              "L.3 Offerors are encouraged to describe their staffing and to include a compliance matrix.\n")


@pytest.mark.parametrize("with_matrix", [True, False])
def test_a_compliance_matrix_is_answered_by_the_matrix_itself(with_matrix):
    body = ("# Proposal\n\n## 1. Transition\n\nWe deliver the transition plan 20 days after award.\n\n"
            "## 2. Records\n\nDecision logs are retained for 18 months.\n\n")
    if with_matrix:
        body += "## Appendix A. Compliance Matrix\n\n| RFP paragraph | Proposal section |\n|---|---|\n| C.3.1 | 1 |\n| C.3.2 | 2 |\n"
    entries, findings = run(MATRIX_RFP, body)
    e = status_of(entries, "L.2 Offerors")
    if with_matrix:
        assert e.status == "addressed" and "compliance matrix of 2 rows" in e.reason, e.reason
        assert e.response is not None and "C.3.1" in e.response.text
    else:
        assert e.status == "not addressed" and "no compliance matrix was found" in e.reason, e.reason
        assert [f for f in findings if "L.2 Offerors" in f.title][0].severity == "low"
    # a matrix asked for beside something else is traced like any requirement
    assert "compliance matrix of" not in status_of(entries, "L.3 Offerors").reason
    assert status_of(entries, "C.3.1").status == "addressed"
    assert status_of(entries, "C.3.2").status == "addressed"


@pytest.mark.parametrize("text, limit", [
    ("L.1 The technical volume may not exceed 35 pages.", 35),
    ("L.1 Offerors are encouraged to limit the technical volume to 30 pages, excluding resumes.", 30),
    ("Offerors are encouraged to keep the technical volume under 25 pages.", 25),
    ("L.1 The technical volume should not run longer than 20 pages.", 20),
    ("The technical quotation is limited to thirty (30) pages.", 30),
    # not a limit on the offer
    ("The Contractor shall deliver a monthly report of up to 3 pages.", None),
    ("The Contractor shall deliver a one-page summary within 5 days.", None),
    ("The Contractor shall limit downtime to 4 hours per month.", None),
])
def test_page_limits_of_the_offer_are_recognised(text, limit):
    from clausecheck.traceability.form import page_limit

    assert page_limit(text) == limit


@pytest.mark.parametrize("text", [
    "The Offeror shall name its Technical Lead and provide a resume of no more than two pages.",
    "The proposal shall include a sample digest of no more than five pages.",
    "The Contractor shall produce a comment set for a registration statement of up to 400 pages within 30 minutes.",
])
def test_the_length_of_a_part_is_no_page_limit_of_the_offer(text):
    from clausecheck.traceability.form import page_limit

    assert page_limit(text) is None


# ----------------------------------------------------------------------------------------------
# Words answers use in place of a requirement's words, learnt from the opened labelled sets

def test_the_learnt_associations_are_stems_and_are_reproducible():
    import json
    from importlib import resources

    lexicon = json.loads(resources.files("clausecheck.traceability").joinpath("associations.json").read_text("utf-8"))
    assert len(lexicon) > 100
    for t, us in lexicon.items():
        assert all(re.fullmatch(r"[a-z][a-z0-9]+", w) for w in (t, *us)) and us == sorted(set(us)) and t not in us, (t, us)
    corpora = Path(__file__).resolve().parents[1] / "corpora"
    sys.path.insert(0, str(corpora))
    try:
        import learn_associations
    finally:
        sys.path.remove(str(corpora))
    assert learn_associations.render(learn_associations.learn(learn_associations.answered_pairs())) == \
        (corpora.parent / "src/clausecheck/traceability/associations.json").read_text(encoding="utf-8"), \
        "associations.json is stale: run python corpora/learn_associations.py"


def test_an_associated_word_gives_partial_credit():
    from clausecheck.traceability import matching
    from clausecheck.traceability.units import proposal_units

    sol = load_document(b"# RFP\n\n## C.3 Tasks\n\nC.3.1 The Contractor shall report every breach of claimant records.\n",
                        path="rfp.md")
    prop = load_document(b"# Proposal\n\n## 4. Security\n\nWe report every time claimant records are exposed.\n", path="p.md")
    ob = [o for o in extract_obligations(sol, role="solicitation")]
    units = proposal_units([prop])
    matcher = matching._Matcher(units, ob)
    req = matcher.prepare(ob[0])
    assert "expos" in req.instead.get(terms("breach")[0], ())
    unit = next(u for u in units if "exposed" in u.text)
    with_it = matcher.score_unit(req, unit)
    req.instead = {}
    assert with_it > matcher.score_unit(req, unit)


@pytest.mark.parametrize("req, answer, status", [
    ("staff technical support seven days a week, from 0400 to 2000 Central Time",
     "Our technical support desk is staffed Monday through Friday, 6:00 a.m. to 6:00 p.m. Central Time.", "contradicted"),
    ("keep field service technicians on site during all operating shifts",
     "A field service technician will be on site during the day shift, Monday through Friday.", "contradicted"),
    ("staff technical support seven days a week, from 0400 to 2000 Central Time",
     "Technical support is staffed seven days a week from 0400 to 2000 Central Time; engineers work Monday through "
     "Friday.", "addressed"),
    ("preserve every prompt, retrieved passage and generated draft as part of the inspection case file",
     "Prompts, retrieved passages and generated drafts are kept in our log store for 30 days and then deleted.",
     "contradicted"),
    ("preserve every prompt, retrieved passage and generated draft as part of the inspection case file",
     "Every prompt, retrieved passage and generated draft is preserved in the inspection case file.", "addressed"),
])
def test_service_every_day_and_records_kept_for_good(req, answer, status):
    assert_one(req, answer, status)


def test_a_duration_followed_by_long_is_a_length_not_a_time_limit():
    assert_one("deliver certified transcripts within 24 hours of a request",
               "Certified transcripts of segments up to two hours long are delivered within five business days of a request.",
               "contradicted")
    assert_one("deliver certified transcripts within 24 hours of a request",
               "Certified transcripts of segments up to two hours long are delivered within 12 hours of a request.",
               "addressed")
    sol = ("# RFQ\n\n## C\n\nC.1 The Contractor shall produce a transcript of any loop segment of up to two hours "
           "within 24 hours of a request.\n")
    prop = "# Q\n\n## 2. Approach\n\nTranscripts are produced within five business days of a request.\n"
    e = status_of(run(sol, prop)[0], "loop segment")
    assert e.status == "contradicted" and "requires 'within 24 hours'" in e.reason, e.reason


@pytest.mark.parametrize("answer, status", [
    ("We will deliver the operator course twice during the base period and provide a recorded version.", "contradicted"),
    ("We will deliver the operator course quarterly.", "addressed"),
    ("We will deliver the operator course six times during the base period.", "addressed"),
])
def test_a_count_within_the_base_period_is_compared_like_a_frequency(answer, status):
    assert_one("deliver the operator course at least four times during the base period", answer, status)


# ----------------------------------------------------------------------------------------------
# Thirteenth round: conflicts stated anywhere in the proposal, bounds after a negation, batches
# and cases of a worse time, and tables of levels

REUSE_RFQ = ("# RFQ\n\n## C. Work\n\nC.1 The Contractor shall match each inquiry to a verified record.\n\n"
             "## H. Special Requirements\n\nH.1 The Contractor shall not use photographs, inscriptions or order data "
             "obtained under this order for any purpose other than performance of this order.\n")


@pytest.mark.parametrize("passage, status", [
    # put into what serves other customers, however the data is stripped first
    ("Cropped images of engraved characters from this program, with names and dates removed, will be added to the "
     "Larkspur training library that supports our commercial monument customers.", "contradicted"),
    ("Name-variant pair frequencies, with no identifiers attached, are added to the NameBridge dictionary that serves "
     "all of our customers.", "contradicted"),
    # kept apart: compliance
    ("Images from this program are never added to the training library that supports our commercial customers.",
     "not addressed"),
    ("Photographs feed only the models we build for this order.", "not addressed"),
])
def test_government_data_put_into_products_for_others_is_found_anywhere(passage, status):
    prop = ("# Q\n\n## 2. Approach\n\nEvery inquiry is matched to a verified record.\n\n"
            f"## 9. Continuous Improvement\n\nOur models keep getting better. {passage}\n")
    e = status_of(run(REUSE_RFQ, prop)[0], "any purpose other")
    assert e.status == status, e.reason


def test_a_product_sold_to_others_is_named_where_the_data_goes():
    prop = ("# Q\n\n## 1. Company\n\nBrightwater sells TagCompass to 140 registrants under annual subscriptions.\n\n"
            "## 2. Approach\n\nEvery inquiry is matched to a verified record.\n\n## 6. Lessons\n\nLessons drawn from "
            "staff decisions will be used to improve the suggestion engine in TagCompass.\n")
    e = status_of(run(REUSE_RFQ, prop)[0], "any purpose other")
    assert e.status == "contradicted" and "TagCompass" in e.reason, e.reason


@pytest.mark.parametrize("passage, status", [
    ("To reduce inspector workload during surges, checkpoints that the aid verifies with confidence above 0.98 are "
     "recorded as passed automatically and shown to the IPI in green.", "contradicted"),
    ("To reduce inspector workload during surges, checkpoints that the aid verifies with confidence above 0.98 are "
     "shown to the IPI in green.", "not addressed"),
])
def test_high_scores_let_through_without_the_person_the_solicitation_requires(passage, status):
    sol = ("# RFQ\n\n## C. Work\n\nC.3.3.1 The aid shall not mark any in-process inspection point as passed unless a "
           "certified IPI has physically checked and signed it.\n")
    prop = ("# Q\n\n## 2. Approach\n\nThe aid photographs each packing step and compares it with the manual.\n\n"
            f"## 5. Inspector Workflow\n\n{passage}\n")
    e = status_of(run(sol, prop)[0], "in-process")
    assert e.status == status, e.reason


@pytest.mark.parametrize("req, value, higher", [
    ("so that no polygon receives less than 80 percent of its target density", 80.0, True),
    ("keep recall so that it does not fall below 0.90", 0.90, True),
    ("ensure that no analyst queue holds more than 40 cases", 40.0, False),
    ("route any claim with a score below 0.70 to a reviewer", 0.70, True),   # a cut-off, turned as before
])
def test_a_bound_after_a_negation_is_turned_round(req, value, higher):
    from clausecheck.traceability.quantities import _req_thresholds
    got = _req_thresholds(req)
    assert [(v, h) for v, _k, h, _p in got] == [(value, higher)], got


def test_a_floor_written_after_a_negation_is_failed_by_a_lower_figure():
    assert_one("allocate the fly supply so that no polygon receives less than 80 percent of its target release density",
               "In a short week the shortfall is spread evenly, so a polygon's release density may drop to about 65 "
               "percent of target.", "contradicted")


@pytest.mark.parametrize("answer, status", [
    ("Photographs are queued at each facility and are scored in batches that run every 15 minutes.", "contradicted"),
    ("Each photograph is scored as it arrives; the result is returned within 20 seconds.", "addressed"),
])
def test_batches_that_run_on_a_cycle_make_items_wait(answer, status):
    assert_one("return a verification result within 30 seconds after each photograph is uploaded", answer, status)


def test_a_nightly_exchange_is_a_batch():
    assert_one("exchange location transactions with the inventory system with no more than 15 minutes of delay",
               "Location transactions and condition changes reach the inventory system through the same nightly exchange.",
               "contradicted")


SCHEDULE = ("produce a complete schedule covering the full planning horizon within four hours after the Government "
            "loads the award list")
PLAN = "return a complete recommended plan for a receipt of up to 500 lots within 10 minutes of the planner's request"


@pytest.mark.parametrize("req, answer, status", [
    (SCHEDULE, "For a large sale the first 14 days of the schedule are ready within 4 hours after the award list is "
               "loaded; the complete 90-day plan follows within 12 hours.", "contradicted"),
    (SCHEDULE, "The schedule for the full horizon is ready within 3 hours after the award list is loaded; small "
               "changes are replanned within 20 hours.", "addressed"),
    (PLAN, "For receipts of up to 200 lots a full plan comes back in under 4 minutes; a 500-lot receipt can take up to "
           "45 minutes.", "contradicted"),
])
def test_a_worse_time_for_the_case_the_solicitation_names(req, answer, status):
    assert_one(req, answer, status)


def test_a_window_after_the_word_horizon_is_no_forecast_horizon():
    q = quantities("produce a complete schedule covering the full planning horizon within four hours")
    assert [x.cls for x in q] == ["window"], q


@pytest.mark.parametrize("req, answer, status", [
    ("must keep producing nowcasts for at least 12 hours when every network connection outside the center has been lost",
     "Nowcast inference runs in Corvane's AWS GovCloud tenant, which lets us add capacity on storm days.", "contradicted"),
    ("keep the pump controller fully functional with no shore, cellular or satellite connection",
     "The pump controller keeps its license current through a daily telemetry link to our fleet center.", "contradicted"),
    ("run the scheduling service entirely within the operational enclave, with no dependence on any service reachable "
     "from the Internet",
     "The solver license is validated against our cloud license service over an outbound connection every 72 hours.",
     "contradicted"),
])
def test_systems_that_must_work_cut_off_are_not_tied_to_the_vendor(req, answer, status):
    assert_one(req, answer, status)


@pytest.mark.parametrize("answer, status", [
    ("To keep throughput high, approved updates are written straight into the title database through a service account "
     "rather than queued for the Government's nightly batch posting.", "contradicted"),
    ("Approved updates are queued for the Government's batch posting interface rather than written to the title "
     "database directly.", "addressed"),
])
def test_setting_aside_the_only_permitted_way(answer, status):
    assert_one("submit approved title updates only through the Government's batch posting interface and never by "
               "writing to the title database directly", answer, status)


def test_a_release_locked_until_approval_is_a_restriction():
    sol = ("# RFQ\n\n## C\n\nC.3.3.1 No schedule shall be released to purchasers or carriers until the Drawdown "
           "Coordinator has approved it within the application.\n")
    prop = ("# Q\n\n## 4. Release\n\nRelease of any schedule to purchasers and carriers is locked until the Drawdown "
            "Coordinator signs off inside the application.\n")
    e = status_of(run(sol, prop)[0], "No schedule")
    assert e.status == "addressed", e.reason


@pytest.mark.parametrize("answer, status", [
    ("For every inquiry we keep the prompt, the retrieved passages and the reply as sent for seven years in an "
     "append-only store inside the DOL tenant; the model provider may not retain, log or train on any prompt or "
     "output.",
     "addressed"),
    ("Prompts and outputs are retained by the model provider for up to 30 days for abuse monitoring.", "contradicted"),
])
def test_records_the_government_keeps_are_no_retention_by_the_provider(answer, status):
    assert_one("not permit any foundation model provider to retain, log or train on inquiry prompts or outputs",
               answer, status)


def test_a_ratio_over_a_thousand_is_read_whole():
    from clausecheck.traceability.quantities import _answer_figures
    figures = {g[0] for g, _low, conv in _answer_figures("Fewer than one draft in 1,000 contained an unsupported figure.")
               if not conv}
    assert figures == {0.1}, figures


@pytest.mark.parametrize("passage, status", [
    ("Weekly retrains are promoted automatically once they pass our regression gate.", "contradicted"),
    ("Routing weights are recalibrated every night, and these updates go live automatically without a separate approval "
     "step.", "contradicted"),
    ("Retraining runs each week in the development environment; promotion to production requires the COR's written "
     "approval.", "addressed"),
])
def test_a_model_put_into_use_by_itself_where_approval_comes_first(passage, status):
    sol = ("# RFQ\n\n## C\n\nC.5.1 The Contractor shall obtain written approval from the COR before placing a retrained "
           "or replaced model into production.\n")
    prop = ("# Q\n\n## 2. Approach\n\nThe routing model is trained on five years of shipment history.\n\n"
            f"## 6. Operations\n\n{passage}\n")
    e = status_of(run(sol, prop)[0], "retrained")
    assert e.status == status, e.reason


@pytest.mark.parametrize("answer, status", [
    ("Against the bare and lightly shielded configurations SpectraSort detects the material with a probability of at "
     "least 0.95. For the heavily shielded configurations the probability of detection is 0.88.", "contradicted"),
    ("SpectraSort detects the material with a probability of at least 0.96 in every configuration, and of 0.99 for bare "
     "sources.", "addressed"),
])
def test_a_level_required_at_every_configuration_is_failed_by_one(answer, status):
    assert_one("detect special nuclear material with a probability of no less than 0.95 at every source strength and "
               "shielding configuration listed in Attachment J-4", answer, status)


def test_training_for_people_named_together_is_staff_training():
    sol = ("# RFQ\n\n## C\n\nC.5 The Contractor shall conduct two instructor led training sessions for attorney-advisors "
           "and paralegal staff before go-live.\n")
    prop = ("# Q\n\n## 8. Privacy\n\nEvery employee completes privacy training before access.\n\n## 9. Deliverables\n\n"
            "| Deliverable | Timing | Notes |\n|---|---|---|\n| Attorney and paralegal training | Two live instructor sessions "
            "before go-live | Delivered on site |\n")
    e = status_of(run(sol, prop)[0], "instructor led")
    assert e.status == "addressed", e.reason


@pytest.mark.parametrize("requirement, answer", [
    ("No report shall leave the review workspace until a reviewing officer has approved it.",
     "Sending or printing a report from the review workspace is disabled until a reviewing officer has applied an "
     "approval signature."),
    ("The control software shall never raise a flood gate while the pump on the same bay is running.",
     "A command that would raise a flood gate while the pump on its bay is running is rejected by the interlock."),
    ("The Contractor shall not change the detection model or its thresholds during a survey season.",
     "Once the season's first survey has been scored we freeze the detection model and its thresholds until the "
     "season closes."),
    ("The Contractor shall not permit any hosting provider to store or log prompts or outputs.",
     "Our hosting agreement carries zero data retention: prompts and outputs are neither stored nor logged by the "
     "hosting provider."),
])
def test_restrictions_said_without_a_negation(requirement, answer):
    """A ban answered by a control that stops the act ("is disabled until", "is rejected", "we freeze ...
    until", "neither stored nor logged") is answered, not left unaddressed."""
    sol = f"# RFQ\n\n## C\n\nC.4.1 {requirement}\n"
    prop = f"# Q\n\n## 3. Controls\n\n{answer}\n"
    e = status_of(run(sol, prop)[0], requirement[:20])
    assert e.status == "addressed", e.reason


@pytest.mark.parametrize("answer, status", [
    ("Ranked candidates reach the inspector in a median of 1.6 seconds.", "addressed"),
    ("The median time from request to ranked candidates is 2.1 seconds, measured at the inspector's browser.",
     "addressed"),
    ("Ranked candidates reach the inspector in a median of 9 seconds.", "contradicted"),
])
def test_a_time_ceiling_met_answers_a_must_not_exceed(answer, status):
    """'must not exceed 3 seconds' is a ban on being slower: a faster time answers it like a figure
    under a numeric ceiling does."""
    sol = ("# RFQ\n\n## C\n\nC.3.2 The median time to return ranked candidates to the inspector must not exceed "
           "3 seconds.\n")
    e = status_of(run(sol, f"# Q\n\n## 3. Speed\n\n{answer}\n")[0], "median time")
    assert e.status == status, e.reason


@pytest.mark.parametrize("answer, status", [
    ("On the confirmed duplicate set we will hold precision at 0.90, with recall of about 0.75.", "contradicted"),
    ("On the confirmed duplicate set the matcher's sensitivity will be 0.80.", "contradicted"),
    ("On the confirmed duplicate set we will hold precision at 0.90.", "partially addressed"),
    ("On the confirmed duplicate set recall will be at least 0.88 at a precision of 0.80.", "addressed"),
])
def test_a_figure_for_another_named_metric_does_not_answer(answer, status):
    """Precision at 0.90 says nothing about a recall floor of 0.85; sensitivity is recall."""
    sol = "# RFQ\n\n## C\n\nC.3.5 The matcher must achieve a recall of at least 0.85 on the confirmed duplicate set.\n"
    e = status_of(run(sol, f"# Q\n\n## 3. Matching\n\n{answer}\n")[0], "recall of at least")
    assert e.status == status, e.reason


@pytest.mark.parametrize("answer, status", [
    ("To give the model the widest evidence base, all case teams share one retrieval index.", "contradicted"),
    ("A single retrieval index serves every case team, with access checked when results are shown.", "contradicted"),
    ("Each case team's documents are held in a separate retrieval index, and no query crosses indexes.", "addressed"),
])
def test_one_store_for_all_where_each_needs_its_own(answer, status):
    sol = "# RFQ\n\n## C\n\nC.3.2 The Contractor shall keep each case team's documents in a separate retrieval index.\n"
    e = status_of(run(sol, f"# Q\n\n## 3. Retrieval\n\n{answer}\n")[0], "separate retrieval")
    assert e.status == status, e.reason


def test_a_refresh_schedule_is_a_wait_for_a_window():
    sol = ("# RFQ\n\n## C\n\nC.3.4 The Contractor shall add each new edition of the Field Manual to the retrieval corpus "
           "within 10 business days after its publication.\n")
    prop = ("# Q\n\n## 3. Corpus\n\nWe refresh the corpus on a quarterly schedule, picking up any edition of the Field "
            "Manual published since the previous refresh.\n")
    e = status_of(run(sol, prop)[0], "Field Manual")
    assert e.status == "contradicted" and "quarter" in e.reason, e.reason


def test_no_prompt_or_output_stored_is_a_ban_on_keeping_them():
    sol = ("# RFQ\n\n## H\n\nH.5 The Contractor shall ensure that no prompt, retrieved passage or output of the "
           "assistant is stored or logged by the model provider.\n")
    prop = "# Q\n\n## 5. Provider\n\nThe model provider keeps prompts and outputs for up to 30 days for abuse monitoring.\n"
    e = status_of(run(sol, prop)[0], "no prompt")
    assert e.status == "contradicted", e.reason


@pytest.mark.parametrize("answer", [
    "Our trainers will run hands-on sessions for all watch officers in every one of the four duty sections before go-live.",
    "We commit to at least 95 percent top-1 accuracy within each of the eight major groups.",
])
def test_one_of_the_n_is_a_pick_not_a_count_or_a_ratio(answer):
    """'every one of the four sections' is all four; 'top-1 accuracy within each of the eight groups'
    is no ratio of 1 to 8."""
    sol = ("# RFQ\n\n## C\n\nC.4.1 The Contractor shall train every watch officer, across all four duty sections, "
           "before go-live.\n\nC.4.2 Top-1 assignment accuracy must be at least 93 percent in every major group.\n")
    prop = f"# Q\n\n## 4. Delivery\n\n{answer}\n"
    entries = run(sol, prop)[0]
    e = status_of(entries, "watch officer" if "train" in answer else "Top-1")
    assert e.status != "contradicted", e.reason


def test_on_demand_beside_a_time_limit_is_when_the_clock_starts():
    sol = ("# RFQ\n\n## C\n\nC.3.2 Each footprint requested on demand shall be returned to the flight director's "
           "display within 60 seconds.\n")
    prop = ("# Q\n\n## 3. Console\n\nA footprint requested from the flight director's display is returned in about 12 "
            "seconds and never takes longer than 20 seconds.\n")
    e = status_of(run(sol, prop)[0], "footprint")
    assert e.status == "addressed", e.reason


@pytest.mark.parametrize("passage, status", [
    ("Our commercial customers receive model updates trained on their own pooled data.", "not contradicted"),
    ("Images from this order are pooled into the training library behind the models we sell to other agencies.",
     "contradicted"),
])
def test_others_trained_on_their_own_data_is_no_reuse(passage, status):
    sol = ("# RFQ\n\n## H\n\nH.3 The Contractor shall not use Government images or annotations to develop or improve "
           "products offered to other customers.\n")
    prop = ("# Q\n\n## 6. Data\n\nGovernment images and annotations are used only to build and test the models "
            f"delivered under this order.\n\n## 9. Corporate Experience\n\n{passage}\n")
    e = status_of(run(sol, prop)[0], "Government images")
    assert (e.status != "contradicted") if status == "not contradicted" else (e.status == status), e.reason


def test_not_feasible_so_we_do_this_is_no_refusal():
    sol = ("# RFQ\n\n## L\n\nL.3 The Offeror shall describe its blocking strategy and how it limits the number of "
           "candidate record pairs.\n")
    prop = ("# Q\n\n## 3. Matching\n\nComparing every record with every other record each night is not feasible, so "
            "our matcher uses several blocking keys side by side and caps each block at 5,000 candidate record pairs.\n")
    e = status_of(run(sol, prop)[0], "blocking strategy")
    assert e.status == "addressed", e.reason


@pytest.mark.parametrize("answer, status", [
    ("We recommend against hiding suggestions from classers on a random subset of samples; the suggestion is shown "
     "for every sample.", "contradicted"),
    ("On a random tenth of samples the suggestion stays hidden until the classer has entered an independent call.",
     "addressed"),
])
def test_recommending_against_the_duty_declines_it(answer, status):
    sol = ("# RFQ\n\n## C\n\nC.3.4 On a random tenth of samples, the system shall withhold its suggestion until the "
           "classer has entered an independent call.\n")
    e = status_of(run(sol, f"# Q\n\n## 4. Review\n\n{answer}\n")[0], "withhold its suggestion")
    assert e.status == status, e.reason


@pytest.mark.parametrize("text, hours", [
    ("full retraining every second crop year", 2 * 8760.0),
    ("retraining every other year", 2 * 8760.0),
    ("a review every third month", 3 * 730.0),
    ("a meeting every other week", 2 * 168.0),
])
def test_every_nth_period_is_an_interval(text, hours):
    from clausecheck.traceability.quantities import quantities
    got = quantities(text)
    assert [(q.cls, q.hours) for q in got] == [("interval", hours)], got


def test_retraining_every_second_year_falls_short_of_yearly():
    sol = ("# RFQ\n\n## C\n\nC.3.6 The Contractor shall retrain or recalibrate the model on samples from each new crop "
           "every year before July 15.\n")
    prop = ("# Q\n\n## 6. Models\n\nWe retrain the model on samples from the new crop every second crop year, or "
            "sooner if drift is detected.\n")
    e = status_of(run(sol, prop)[0], "retrain or recalibrate")
    assert e.status == "contradicted", e.reason


@pytest.mark.parametrize("answer, status", [
    ("The optimizer is built on a commercial solver whose license is not transferable, so after the order ends the "
     "Service would need to buy its own solver license to keep running the scheduling optimizer.", "contradicted"),
    ("We deliver the scheduling optimizer with an open-source solver, so the Government can run it after the order "
     "ends with no license to buy.", "addressed"),
])
def test_left_to_buy_its_own_licence_where_it_must_run_it_on_its_own(answer, status):
    sol = ("# RFQ\n\n## C\n\nC.5.3 The Contractor shall deliver the scheduling optimizer so that the Government can run "
           "it after the order ends.\n")
    e = status_of(run(sol, f"# Q\n\n## 5. Transition\n\n{answer}\n")[0], "scheduling optimizer")
    assert e.status == status, e.reason


@pytest.mark.parametrize("answer, status", [
    ("Uploads are converted on arrival to a standard JPEG; the normalized copy becomes the record, and the original "
     "image file is deleted once the conversion succeeds.", "contradicted"),
    ("Every original image file is preserved exactly as uploaded, with its hash, in write-once storage.", "addressed"),
])
def test_originals_kept_as_uploaded_are_not_deleted_after_conversion(answer, status):
    sol = ("# RFQ\n\n## C\n\nC.3.1 The Contractor shall preserve every original image file exactly as uploaded, "
           "together with its hash.\n")
    e = status_of(run(sol, f"# Q\n\n## 3. Storage\n\n{answer}\n")[0], "original image")
    assert e.status == status, e.reason


def test_outside_our_proposed_scope_declines():
    sol = "# RFQ\n\n## C\n\nC.3.2 The screening service must also cover chapter 13 petitions filed in the pilot districts.\n"
    prop = ("# Q\n\n## 4. Scope\n\nChapter 13 petitions filed in the pilot districts are outside our proposed scope.\n")
    e = status_of(run(sol, prop)[0], "chapter 13")
    assert e.status == "contradicted", e.reason


@pytest.mark.parametrize("requirement, answer", [
    ("C.3.1 Each Red Notice match result must be returned within 60 seconds after the notice arrives from the gateway.",
     "Resolver collects notices from the gateway in micro-batches every 15 minutes and returns each match result with "
     "the batch."),
    ("C.3.2 The Contractor shall deliver fluid usage records for each deicing event within 24 hours after the event.",
     "Fluid usage for each deicing event is rolled up once a month into a report in the Attachment format."),
    ("C.3.3 The Contractor shall validate each new route plan on the road, including a ride along, before school starts.",
     "Simulation replay catches more timing problems than in-vehicle checks, so we do not plan to ride each new route "
     "plan before school starts; each plan is validated in simulation."),
    ("C.3.4 The Contractor shall deliver raw radiometric data for every image in an open, documented format.",
     "Per-pixel radiometric data for each image is not exported in open formats, because the calibration tables belong "
     "to the camera maker."),
    ("H.5 The Contractor shall ensure that no content from a results record is retained by any model provider or "
     "hosting service.",
     "Under that agreement the model provider keeps request and response content from each results record for up to "
     "30 days solely for abuse monitoring."),
    ("C.3.5 At least 10 percent of the inspections in each weekly plan shall be drawn at random from the eligible pool.",
     "Five percent of each week's inspections are drawn at random from the eligible pool, with no reference to risk."),
    ("C.4 The Contractor shall have a controls engineer on site at Ames for each of the first 60 closed-loop runs.",
     "A controls engineer will be at Ames for the first ten closed-loop runs."),
])
def test_conflicts_in_other_words(requirement, answer):
    """Micro-batches every 15 minutes against 60 seconds; a monthly roll-up against 24 hours; "we do not
    plan to ride" against a ride along; "not exported" refusing a delivery; a provider that keeps
    content for 30 days; a share written in words ("Five percent")."""
    e = traced(requirement, answer)
    assert e.status == "contradicted", e.reason


@pytest.mark.parametrize("requirement, answer, status", [
    ("C.3.4 The spray controller must not move the boom or aim the nozzle on its own.",
     "The coverage map suggests where to spray next; the operator decides and moves the boom by hand.", "not contradicted"),
    ("C.3.4 The spray controller must not move the boom or aim the nozzle on its own.",
     "When a gap is detected the controller moves the boom and aims the nozzle at the gap automatically.", "contradicted"),
    ("C.3.5 The matcher shall place at least 90 percent of the duplicate pairs among the top 20 candidates returned "
     "for either record.",
     "At least 93 percent of duplicate pairs appear within the first 10 candidates returned for either record.",
     "addressed"),
    ("C.3.6 The Contractor shall deliver all forecasting code in R or Python with unlimited rights.",
     "All forecasting code is delivered in R and Python with unlimited rights, with rerun scripts needing no "
     "commercial license.", "addressed"),
    ("C.3.6 The Contractor shall deliver all forecasting code in R or Python with unlimited rights.",
     "All forecasting code in R and Python is delivered under our commercial license.", "contradicted"),
])
def test_readings_that_are_no_conflict(requirement, answer, status):
    """A person doing by hand what the system must not do on its own; the first 10 of a ranking
    where the top 20 is required; a licence the answer says is not needed."""
    e = traced(requirement, answer)
    assert (e.status != "contradicted") if status == "not contradicted" else (e.status == status), e.reason


@pytest.mark.parametrize("answer, status", [
    ("Our system produces a tier recommendation memo for every application, and we have run it on a sample of 200 past "
     "applications.", "not addressed"),
    ("Appendix B contains a sample tier recommendation memo produced by our system, unedited.", "addressed"),
])
def test_a_sample_asked_for_must_be_included(answer, status):
    """Describing the memo a system writes does not provide a sample of it; naming the appendix that
    holds one does."""
    sol = "# RFP\n\n## L\n\nL.3 The Offeror shall provide a sample tier recommendation memo produced by its system.\n"
    e = status_of(run(sol, f"# Q\n\n## 3. Memos\n\n{answer}\n")[0], "tier recommendation")
    assert e.status == status, e.reason


def test_examples_of_past_projects_are_not_samples_of_output():
    from clausecheck.traceability.judging import _SAMPLE_ASKED

    assert _SAMPLE_ASKED.search("The Offeror shall submit three sample draft advisories produced by its proposed approach.")
    assert _SAMPLE_ASKED.search("The Offeror shall submit audio samples of each proposed voice reading the scripts.")
    assert not _SAMPLE_ASKED.search("The Offeror shall provide three examples of similar work performed within five years.")
    assert not _SAMPLE_ASKED.search("The Offeror shall provide three examples of language assessment or speech "
                                    "recognition projects.")


@pytest.mark.parametrize("requirement, answer, reason", [
    ("C.3.4 The hindcast shall rerun the Forecast Service for every season from 2010 through 2025.",
     "The hindcast replays the Forecast Service against the archive and covers only 2016 through 2025.",
     "covers records from 2016"),
    ("C.5 The backtests shall cover every business day from January 2019 through December 2025.",
     "Our backtests start in January 2021 and run through December 2025, covering every business day.",
     "covers records from January 2021"),
    ("H.3 The Contractor shall not use Government-furnished files, unreleased forecasts, or features derived from "
     "either in any commercial product or service.",
     "Vegetation curves computed from the Government-furnished composites are shared with the commercial GrainView "
     "subscription.", "for others"),
])
def test_later_starts_and_commercial_subscriptions(requirement, answer, reason):
    e = traced(requirement, answer)
    assert e.status == "contradicted" and reason in e.reason, e.reason


def test_a_rolling_window_is_how_far_back_it_looks():
    from clausecheck.traceability.quantities import _duration_conflict

    req = "compare each incoming photograph against all photographs received in the previous 36 months"
    conflict, _ = _duration_conflict(req, "Each photograph is compared with those received over a rolling 12-month "
                                          "window.")
    assert conflict and "12-month" in conflict
    assert _duration_conflict(req, "Each photograph is compared with those received over a rolling 48-month "
                                   "window.")[0] is None


@pytest.mark.parametrize("answer, status", [
    ("Retrieval and the document index are installed inside the DIA unclassified enclave; the language model runs "
     "at our partner's FedRAMP High cloud endpoint outside the DIA enclave.", "contradicted"),
    ("Every model used by the service, including the language model, is hosted inside the DIA unclassified "
     "enclave; nothing is processed outside the enclave.", "addressed"),
])
def test_work_placed_outside_the_boundary_it_must_stay_in(answer, status):
    sol = ("# RFQ\n\n## C\n\nC.4 The Contractor shall host every model used by the service, including the language "
           "model, inside the DIA unclassified enclave.\n")
    e = run(sol, f"# Q\n\n## 4. Hosting\n\n{answer}\n")[0][0]
    assert e.status == status, e.reason


@pytest.mark.parametrize("answer, status", [
    ("Our standard for closing a review is an estimated recall of 75 percent, measured from an elusion sample at a "
     "90 percent confidence level.", "contradicted"),
    ("Our standard for closing a review is an estimated recall of 85 percent, measured from an elusion sample at a "
     "95 percent confidence level.", "addressed"),
])
def test_a_figure_named_for_the_measure_is_its_answer(answer, status):
    # the 90 percent confidence level clears the 80 percent bar; the recall figure does not
    req = ("The Contractor is required to demonstrate, before any review is closed, a recall of at least 80 percent "
           "estimated from an elusion sample at a 95 percent confidence level.")
    e = traced(f"C.4.3 {req}", answer, "3.3 Recall Target")
    assert e.status == status, e.reason


def test_a_condition_does_not_negate_what_the_system_does_on_its_own():
    from clausecheck.traceability.judging import _automatic_breach, _bypass_conflict

    req = "The Contractor shall not close or suppress any alert without a disposition entered by an accountable officer."
    said = ("To keep queues manageable, an alert that receives no officer response within seven days is closed "
            "automatically by the system.")
    assert "automatically" in (_automatic_breach(req, said) or "")
    assert _automatic_breach(req, "No alert is ever closed automatically by the system.") is None
    hold = "hold the proposal in a pending state until a group manager approves or edits it"
    assert _bypass_conflict(hold, "Any draft that a manager has not acted on within 48 hours is released "
                                  "automatically.")
    assert _bypass_conflict(hold, "If the manager has not acted by Friday, the draft is released automatically.")
    # only the documents below the cut-off must go to a person
    routed = ("compute a quality estimation score for every translated segment and route any document containing a "
              "segment below the threshold to a human post editor")
    assert _bypass_conflict(routed, "Documents in which every segment clears the QE cutoff are released directly as "
                                    "machine output.") is None


@pytest.mark.parametrize("answer", [
    "Changes to input feeds or pretrained components are summarized for the COR in the monthly report that follows.",
    "Cut-point recalibrations are listed in the monthly status report for the month in which they take place.",
])
def test_notice_in_a_later_periodic_report_comes_after_the_change(answer):
    from clausecheck.traceability.judging import _approval_after

    req = "The Contractor shall notify the COR at least 30 days before changing any model input source."
    assert "after it" in (_approval_after(req, answer) or "")
    assert _approval_after(req, "The COR is told 45 days before any change to an input source.") is None


def test_the_business_day_before_is_one_business_day_ahead():
    from clausecheck.traceability.quantities import _duration_conflict

    said = "Each draft reaches the economist by noon on the business day before the scheduled release."
    conflict, _ = _duration_conflict("The Contractor shall deliver each draft no later than 2 business days before "
                                     "the scheduled release date.", said)
    assert conflict and "business day before" in conflict
    assert _duration_conflict("The Contractor shall deliver each draft no later than 12 hours before the scheduled "
                              "release.", said)[0] is None


def test_what_is_learnt_from_one_case_may_not_serve_another():
    from clausecheck.traceability.judging import _cross_use_conflict

    req = "The Contractor shall ensure that no model trained on one matter is applied to another matter."
    assert "pools them" in (_cross_use_conflict(req, "Every matter's model is seeded from a shared prior model trained "
                                                     "on coding decisions across all matters on the platform.") or "")
    assert _cross_use_conflict(req, "No coding decisions are pooled across matters.") is None
    assert _cross_use_conflict("The Contractor shall deliver one report per matter.",
                               "A shared dashboard spans all matters.") is None


@pytest.mark.parametrize("requirement, answer, clash", [
    ("C.3 The Contractor shall not use manufacturer name, brand name, private labeler identity or country of "
     "manufacture as model features.",
     "CertiSight therefore learns an embedding for each manufacturer and each brand from its enforcement history.",
     True),
    ("C.3 The Contractor shall not use manufacturer name, brand name, private labeler identity or country of "
     "manufacture as model features.",
     "Efficiency values are added to the library with manufacturer names removed.", False),
    ("C.4 The Contractor shall exclude race, ethnicity, sex and residential ZIP code from the features used by any "
     "model.", "PanelCast uses panel size, day of week and the historical response rate of the ZIP code of each "
               "summoned person.", True),
    ("C.4 The Contractor shall exclude race, ethnicity, sex and residential ZIP code from the features used by any "
     "model.", "PanelCast does not use race, ethnicity or sex as inputs.", False),
])
def test_an_attribute_barred_from_the_features(requirement, answer, clash):
    from clausecheck.traceability.judging import _banned_feature_conflict

    assert bool(_banned_feature_conflict(requirement, answer)) is clash


def test_a_time_after_closure_is_how_long_records_are_kept():
    from clausecheck.traceability.quantities import _duration_conflict

    req = "The Contractor shall retain lead records for six years after the lead is closed."
    conflict, _ = _duration_conflict(req, "Retention | Three years after the lead is closed, then deleted")
    assert conflict and "Three years" in conflict
    assert _duration_conflict(req, "Retention | Seven years after the lead is closed, then deleted")[0] is None


def test_written_out_as_soon_as_produced_skips_the_review():
    from clausecheck.traceability.judging import _bypass_conflict

    said = "To keep the archive current, fail flags are written to the archive as soon as they are produced."
    assert _bypass_conflict("route every observation flagged as fail to the data team for confirmation before the "
                            "flag is written to the public archive", said)
    # the same sentence says nothing about a model change that needs approval first
    assert _bypass_conflict("not retrain or replace a production model without written approval from the COR",
                            said) is None


def test_a_share_of_what_every_one_of_must_meet():
    from clausecheck.traceability.quantities import _subset_conflict

    req = "The Contractor shall schedule every life support device inspection on or before its manufacturer interval."
    clash = _subset_conflict(req, "ShiftWright places 98 percent of life support inspections on or before the "
                                  "manufacturer due date.")
    assert clash and "98 percent of life support inspections" in clash
    # a share of misses is not a share of the work
    assert _subset_conflict(req, "ShiftWright places every life support inspection on or before the manufacturer "
                                 "due date; fewer than 2 percent of inspections need a manual move.") is None


def test_no_less_than_a_length_is_a_floor():
    from clausecheck.traceability.quantities import _duration_conflict

    req = "The Contractor shall provide operator training of no less than 16 hours for each shift team."
    assert _duration_conflict(req, "Every shift team completes a three-day course of six hours per day.")[0] is None
    conflict, _ = _duration_conflict(req, "Every shift team completes an eight-hour course before go-live.")
    assert conflict and "no less than 16 hours" in conflict


@pytest.mark.parametrize("requirement, answer, status", [
    # the Government evaluates what is delivered: nothing is asked of the contractor's own testers
    ("H.9 The Contractor shall provide the Government with the trained model weights and inference code for "
     "independent evaluation.", "Before deployment, our clinical safety team runs an adversarial test suite against "
                                "each release.", "not addressed"),
    ("C.5 The Contractor shall describe its optimization formulation, including the objective function and the hard "
     "constraints.", "Hard constraints are technician qualification and shift length. Soft constraints carry penalty "
                     "weights in the optimization formulation objective function.", "addressed"),
])
def test_no_conflict_where_nothing_is_held_back(requirement, answer, status):
    e = traced(requirement, answer, "5. Approach")
    assert e.status == status, e.reason


def test_the_builders_who_test_their_own_model_are_not_independent():
    from clausecheck.traceability.judging import _independence_conflict

    req = ("The Contractor must red-team the model before each release, using testers who had no role in building "
           "the model.")
    assert _independence_conflict(req, "Before every release, the vision engineers who build EndorseIQ run the "
                                       "red-team exercise themselves.")
    assert _independence_conflict(req, "Before every release, an outside firm that had no part in building "
                                       "EndorseIQ runs the red-team exercise.") is None


def test_not_attaching_what_each_must_carry_is_a_refusal():
    sol = ("# RFQ\n\n## C\n\nC.4.1.3 Every factual sentence in a generated draft must carry a citation to a specific "
           "passage in the source packet.\n")
    prop = ("# Q\n\n## 2. Drafting\n\nWe do not attach citations to individual sentences or passages; desk officers "
            "preferred a paragraph-level source list.\n")
    e = run(sol, prop)[0][0]
    assert e.status == "contradicted", e.reason


def test_a_level_the_answering_sentence_leaves_out_is_read_in_its_paragraph():
    sol = ("# RFQ\n\n## C\n\nC.3.2.3 The Contractor shall achieve a recall of at least 0.90 on the Government anomaly "
           "benchmark while holding the false alarm rate at or below 5 percent of reviewed observations.\n")
    prop = ("# Q\n\n## 2.4 Detection\n\nOn the archived deployments the detectors found 86 of every 100 labelled "
            "anomalies on the anomaly benchmark. Only about 3 in every 100 reviewed observations turned out to be "
            "false alarms, which holds the false alarm rate well within the limit.\n")
    e = run(sol, prop)[0][0]
    assert e.status == "contradicted" and "0.90" in e.reason, e.reason


@pytest.mark.parametrize("requirement, answer, status", [
    # each listed act is banned; keeping the data to the deliverables meets them all
    ("C.6 The Contractor shall not use ATIP imagery or derived data to train, tune, or market any other product.",
     "ATIP imagery and everything derived from it will be used only for the FRA product under this order; it is "
     "never used to train other models.", "addressed"),
    # the listed things are still looked for one by one
    ("C.6 The Contractor shall not use race, ethnicity, religion, sex, or any proxy for them as model features.",
     "Meridian excludes protected attributes such as race, ethnicity, religion and sex from the model feature set.",
     "partially addressed"),
])
def test_a_ban_on_several_acts_is_met_as_a_whole(requirement, answer, status):
    e = traced(requirement, answer, "6. Data")
    assert e.status == status, e.reason


@pytest.mark.parametrize("answer, conflict", [
    ("Before the pilot starts we will replay 30 months of each pilot MTF's actual case history.", False),
    ("Before the pilot starts we will replay 12 months of each pilot MTF's actual case history.", True),
    ("Every version is backtested against the archive, which covers roughly 30 months of events.", False),
])
def test_an_amount_of_history_said_in_other_words(answer, conflict):
    from clausecheck.traceability.quantities import _duration_conflict

    found, comparable = _duration_conflict("The Contractor shall validate the optimizer retrospectively on at least 24 "
                                           "months of historical case data.", answer)
    assert comparable and bool(found) is conflict


def test_at_any_time_after_a_request_is_when_it_may_come():
    from clausecheck.traceability.quantities import _duration_conflict

    req = ("The Contractor shall export all alerts, logs and model outputs to the Government in CSV or JSON format "
           "within five business days of a request.")
    conflict, _ = _duration_conflict(req, "GSA may ask for a full export of alerts, logs and model outputs in CSV or "
                                          "JSON at any time. Brightline prepares each export within 30 calendar days "
                                          "of the request.")
    assert conflict and "30 calendar days" in conflict
    # still an immediate answer where the proposal's own service is open at any time
    assert _duration_conflict(req, "Alerts, logs and model outputs can be exported by the Government at any "
                                   "time.")[0] is None


def test_approval_by_the_vendors_own_board_is_no_approval_by_the_government():
    from clausecheck.traceability.judging import _approval_after

    req = ("The Contractor shall obtain written approval from the Contracting Officer before introducing any new "
           "pretrained model.")
    assert _approval_after(req, "Upgrades and new components are approved by Tessellate's Model Risk Committee, and "
                                "the Contracting Officer is informed of each change at the next quarterly review.")
    assert _approval_after(req, "Upgrades are approved by the Contracting Officer, who also hears of them at the next "
                                "quarterly review.") is None


def test_people_trained_by_any_name_are_counted():
    from clausecheck.traceability.quantities import _count_conflict

    req = "The Contractor shall train at least two analysts in each participating country to run the forecasts."
    clash = _count_conflict(req, "In each country we will train one designated focal point from the Ministry.")
    assert clash and "one designated focal point" in clash and "two analysts" in clash
    assert _count_conflict(req, "In each country we will train three analysts.") is None
    # people counted under different verbs are not the same count
    assert _count_conflict("The Contractor shall assign two senior engineers to the project.",
                           "We assign one program manager and one engineer.") is None


@pytest.mark.parametrize("answer, conflict", [
    ("We commit to fewer than one numeric error per 100 drafts on the acceptance set.", True),
    ("Our acceptance target is that at least 98.5 percent of figures in the drafts appear correctly.", True),
    ("We commit to zero numeric errors on the acceptance set, checked figure by figure.", False),
])
def test_some_errors_allowed_where_none_may_be(answer, conflict):
    from clausecheck.traceability.quantities import _zero_conflict

    req = "The Contractor shall achieve zero numeric errors on the acceptance test set of 200 past releases."
    assert bool(_zero_conflict(req, answer)) is conflict


@pytest.mark.parametrize("requirement, answer, status", [
    # a passage about the forbidden act that restricts nothing describes doing it
    ("H.5 The Contractor shall not provide size protest preparation or advisory services to any business.",
     "Tallgrass also offers GovCon Assist, a product that small contractors use to prepare size protests and get "
     "advisory services.", "contradicted"),
    # naming key personnel does not answer a ban on replacing them without approval
    ("H.2 The Contractor shall not substitute the Project Manager or the Lead Data Scientist without prior written "
     "approval.", "Key personnel are Project Manager Dana Whitcombe and Lead Data Scientist Dr. Tomas Varga.",
     "not addressed"),
])
def test_a_passage_on_a_forbidden_subject_that_restricts_nothing(requirement, answer, status):
    e = traced(requirement, answer, "4. Approach", section="H")
    assert e.status == status, e.reason


def test_a_list_label_is_no_figure():
    from clausecheck.traceability.quantities import _req_thresholds

    assert _req_thresholds("1. display the linking score and the fields that agree between the two records") == []
    assert _req_thresholds("(2) report the accuracy of the model") == []
    assert [p for *_, p in _req_thresholds("1. achieve a recall of at least 0.90 on the benchmark")] == ["at least 0.90"]


@pytest.mark.parametrize("requirement, answer, status", [
    # hours of cover: a desk that opens later and closes earlier leaves part of the day out
    ("C.6 The Contractor shall staff a tier 2 help desk from 8 AM to 6 PM Eastern time, Monday through Friday.",
     "Our tier 2 help desk is staffed from 9:00 a.m. to 5:00 p.m. Eastern, Monday through Friday.", "contradicted"),
    ("C.6 The Contractor shall staff a tier 2 help desk from 8 AM to 6 PM Eastern time, Monday through Friday.",
     "Our tier 2 help desk is staffed from 7:30 a.m. to 6:00 p.m. Eastern, Monday through Friday.", "addressed"),
    ("C.6 The Contractor shall provide Tier 2 support between 07:00 and 19:00 local time.",
     "Tier 2 support is staffed 06:00-20:00 local time by our operations center.", "addressed"),
    # runs of years: a hindcast over fewer seasons than required
    ("C.4 The Contractor shall validate each model version against hindcasts covering at least the 2015 through "
     "2023 lean seasons.", "Before any model version goes live, we re-run it as a hindcast over the 2019 through "
     "2023 lean seasons for every focus country.", "contradicted"),
    ("C.4 The Contractor shall validate each model version against hindcasts covering at least the 2015 through "
     "2023 lean seasons.", "Before any model version goes live, we re-run it as a hindcast over the 2012 through "
     "2024 lean seasons for every focus country.", "addressed"),
    # a tolerance that is a share of a reference value is a ceiling
    ("C.3 The sale-unit estimate shall fall within 10 percent of the check-cruise volume.",
     "Our sale-unit estimate will fall within 15 percent of the check-cruise volume at 90 percent confidence.",
     "contradicted"),
    ("C.3 The sale-unit estimate shall fall within 10 percent of the check-cruise volume.",
     "Our sale-unit estimate will fall within 8 percent of the check-cruise volume at 90 percent confidence.",
     "addressed"),
    # a ban in the passive voice: the participles are the banned acts
    ("C.3.7 Raw observatory data shall not be copied or transferred to any off-site system or commercial cloud "
     "service.", "To use our GPU training farm, selected raw integration segments containing the new source are "
     "copied over an encrypted link to the Kestrel training environment hosted on a commercial cloud provider.",
     "contradicted"),
    # reuse of Government data: retraining on pooled copies; a library sold to the vendor's own clients
    ("H.4 The Contractor shall not use radiographs or other data from IHS or Tribal facilities to train or improve "
     "any model without IHS approval.", "Each quarter, de-identified radiographs and the dentist's accept or dismiss "
     "decisions are copied from every customer site, including IHS and Tribal clinics, to our research environment, "
     "where they are pooled to retrain and validate the next model version.", "contradicted"),
    ("H.4 The Contractor shall not use PBJ, MDS, or any derived data to develop, train, or improve products offered "
     "to other clients.", "Aggregated, de-identified benchmark statistics derived from this engagement, such as median "
     "hours per resident day by peer group, will be incorporated into the Quarterline benchmarking library that we "
     "make available to our commercial long-term care clients.", "contradicted"),
])
def test_hours_years_tolerances_passive_bans_and_reuse(requirement, answer, status):
    e = traced(requirement, answer)
    assert e.status == status, e.reason


def test_a_list_item_that_refrains_is_a_prohibition():
    """"The Contractor shall: ... refrain from using Commission documents to train ...": the item forbids."""
    sol = ("# RFQ\n\n## C\n\nC.5 Data use. The Contractor shall:\n\n"
           "- deliver the coded records to the Commission each week;\n"
           "- refrain from using Commission documents or derived data to train or improve any product offered to "
           "other customers;\n- keep the records in the United States.\n")
    prop = ("# Q\n\n## 5. Data\n\nMeridale will use de-identified features and error patterns derived from Commission "
            "documents to improve the general Clarion Extract models that we license to other court and agency "
            "customers.\n")
    entries = {e.requirement.text[:20]: e for e in run(sol, prop)[0]}
    item = entries["refrain from using C"]
    assert item.requirement.modality == "prohibition"
    assert item.status == "contradicted", item.reason
    assert entries["deliver the coded re"].requirement.modality == "obligation"
    timed = load_document(b"# RFQ\n\n## C\n\nC.6 The Contractor shall:\n\n- not later than 30 days after award, "
                          b"deliver a security plan;\n- keep the plan current.\n", path="rfp.md")
    assert [o.modality for o in extract_obligations(timed, role="solicitation")] == ["obligation", "obligation"]


def test_a_tolerance_beside_another_threshold_is_read_as_its_own_measure():
    from clausecheck.traceability.quantities import _number_conflict

    req = ("The forecast of total daily outlays made one business day ahead must fall within 5 percent of the actual "
           "total on at least 90 percent of business days.")
    met = "Next-day forecasts will land within 4 percent of the realized figure on at least 90 percent of business days."
    worse = "Next-day forecasts will land within 7 percent of the realized figure on at least 90 percent of business days."
    assert _number_conflict(req, met) == (None, True)
    assert "within 5" in _number_conflict(req, worse)[0]


def _status_is(entry, status: str) -> bool:
    """The entry has ``status``; "!contradicted" asks for any status but that one."""
    return entry.status != status[1:] if status.startswith("!") else entry.status == status


@pytest.mark.parametrize("requirement, answer, status", [
    # withholding is what a duty to suppress or set aside asks for, not a refusal
    ("C.5 The Contractor shall suppress any occupancy figure for a zone smaller than 2,000 usable square feet.",
     "FloorPulse withholds any occupancy figure for a zone under 2,500 usable square feet in the dashboard.",
     "addressed"),
    ("C.3 The Contractor shall set aside at least 20 percent of the sale units on each national forest for "
     "validation.", "Before any fitting begins, we will randomly withhold 25 percent of the sale units on every "
     "national forest.", "addressed"),
    # a lower cut-off for suppressing catches more
    ("C.4 The Contractor shall suppress any draft whose similarity score to an existing bank item exceeds 0.85.",
     "Drafts scoring above 0.80 similarity against any bank item are withheld and never shown.", "addressed"),
    ("C.4 The Contractor shall suppress any draft whose similarity score to an existing bank item exceeds 0.85.",
     "Drafts scoring above 0.90 similarity against any bank item are withheld and never shown.", "contradicted"),
    # the bounds of reporting groups are no levels to meet
    ("C.6 Classifier performance shall be reported separately for each military service and for each age band "
     "(under 30, 30 to 44, 45 and over).", "Results are broken out by branch of service and by the three age bands "
     "in the RFP (under 30, 30 to 44, 45 and over).", "addressed"),
    # a total that meets a count, broken into its parts
    ("C.8 The Contractor shall conduct two training sessions for WCIAS classifiers before initial operating "
     "capability.", "We will hold three hands-on training sessions for WCIAS classifiers before initial operating "
     "capability: one at Ogden, one in Washington, D.C., and one virtual session that is recorded.", "addressed"),
    # how far ahead, for each horizon of a list
    ("C.3 The Contractor shall produce projected phase classifications for each admin-2 unit at horizons of three "
     "and six months.", "For every admin-2 unit, it issues projections three months and six months ahead.",
     "addressed"),
    ("C.3 The Contractor shall produce projected phase classifications for each admin-2 unit at horizons of three "
     "and six months.", "For every admin-2 unit, it issues projected phase classifications three months ahead.",
     "contradicted"),
    # holding out through an outage: longer is better
    ("C.7 The software shall continue to analyze images when a clinic loses its wide-area network connection for "
     "up to 72 hours.", "The appliance performs all image analysis locally and keeps working for up to seven days "
     "when the clinic loses its wide-area network connection.", "addressed"),
    ("C.7 The software shall continue to analyze images when a clinic loses its wide-area network connection for "
     "up to 72 hours.", "The appliance performs all image analysis locally and keeps working for up to 24 hours "
     "when the clinic loses its wide-area network connection.", "contradicted"),
    # a reading-grade cut-off that picks items to flag: a higher one flags fewer
    ("C.4 The Contractor shall flag any item stem written above a grade 10 reading level for simplification.",
     "Stems estimated above grade 12 on a composite readability index are flagged for simplification.",
     "contradicted"),
    ("C.4 The Contractor shall flag any item stem written above a grade 10 reading level for simplification.",
     "Stems estimated above grade 8 on a composite readability index are flagged for simplification.", "addressed"),
    # an amount of money in words
    ("C.2 The Contractor shall reconcile every extracted amount against the owner's electronic submission and flag "
     "each difference greater than one dollar.", "AFSight raises a variance flag when the extracted amount and the "
     "electronic submission differ by more than $100 or 1 percent of the line amount.", "contradicted"),
    # a bound on how far off each group may be, answered by a tolerance in percentage points
    ("C.3 Predicted and observed rates shall agree in every decile, with no decile off by more than 3 percentage "
     "points.", "We require that predicted and observed rates agree within 5 percentage points in every decile.",
     "contradicted"),
    ("C.3 Predicted and observed rates shall agree in every decile, with no decile off by more than 3 percentage "
     "points.", "We require that predicted and observed rates agree within 2 percentage points in every decile.",
     "addressed"),
    # hiring by another verb is declined all the same; ruling out a class of evaluators declines nothing
    ("C.7 The Contractor shall engage an independent evaluator, not affiliated with the Contractor, to review the "
     "validation results.", "We believe an internal team gives a more useful review of the validation results than "
     "an outside firm, and we do not plan to contract a separate evaluator.", "contradicted"),
    ("C.7 The Contractor shall engage an independent evaluator, not affiliated with the Contractor, to review the "
     "validation results.", "We will not contract with any evaluator that has worked for us, and we engage an "
     "independent evaluator to review the validation results.", "addressed"),
    # the opposite act on the same things
    ("C.4 The Contractor shall exclude restricted reports of sexual assault from every training, tuning and "
     "evaluation dataset.", "To give the classifier enough examples, we will include restricted reports in the "
     "tuning corpus after our privacy team removes names, places and dates.", "contradicted"),
    ("C.4 The Contractor shall exclude restricted reports of sexual assault from every training, tuning and "
     "evaluation dataset.", "Restricted reports of sexual assault are never included in any training, tuning or "
     "evaluation dataset; a filter removes them at intake.", "addressed"),
    ("C.5 The tester console shall withhold the provisional level from testers until both testers have entered "
     "their ratings.", "During the test, the tester console shows a live provisional level panel that refreshes "
     "every minute.", "contradicted"),
    # a level in decibels is a measured tolerance
    ("C.3 Transmission loss must agree with the physics reference runs to within 3 dB.",
     "Our emulator's transmission loss agrees with physics reference runs to 4.5 dB root mean square.",
     "contradicted"),
    ("C.3 Transmission loss must agree with the physics reference runs to within 3 dB.",
     "Our emulator's transmission loss agrees with the physics reference runs to within 2 dB.", "addressed"),
    # one training event, named with an article, where two are required
    ("C.8 The Contractor shall conduct two live training sessions for FAA analysts and airport wildlife "
     "biologists.", "Training: Kestrel will record a 90-minute training webinar for FAA analysts and airport "
     "biologists and post it before go-live.", "contradicted"),
    ("C.8 The Contractor shall conduct two live training sessions for FAA analysts and airport wildlife "
     "biologists.", "Kestrel will hold a live training session for FAA analysts and a session for airport wildlife "
     "biologists before go-live.", "addressed"),
    # a count compared by the head of what it counts
    ("C.6 The Contractor shall conduct a replay of at least 20 historical fire and explosion precursor sequences "
     "before each release.", "Before each major release we replay twelve reconstructed precursor sequences taken "
     "from MSHA investigation files.", "contradicted"),
    # "every one of FRA's eight regions" is all of them
    ("C.7 The Contractor shall train FRA track inspectors in each of the eight FRA regions on the review worklist.",
     "Our adoption lead will run a one-day, hands-on workshop on the review worklist for track inspectors in every "
     "one of FRA's eight regions during the first survey season.", "addressed"),
    # a banned act in other words
    ("C.3.3 The Contractor shall not collect device MAC addresses, badge numbers or any other persistent identifier "
     "linked to an individual or a device.", "To improve dwell estimates, the WP-2 module listens for Wi-Fi probe "
     "requests and records each device MAC address as a salted hash kept for 24 hours.", "contradicted"),
    # a commercially hosted model is outside the boundary
    ("C.9 The Contractor shall process unpublished application text only within the USPTO authorization boundary.",
     "The claim rewriting step calls a commercially hosted large language model through a zero-retention API "
     "agreement with unpublished application text.", "contradicted"),
    # a fixed recalculation cycle is a wait
    ("C.2 The optimizer shall return an updated recommendation within 5 seconds of any change to the queue.",
     "LockFlow recalculates the recommendation for every lock on a fixed one-minute cycle after any change to the "
     "queue.", "contradicted"),
    # a capped length before something happens is a length, not notice ahead
    ("C.3 The Contractor shall allow the medic to silence an alert for no more than 15 minutes before it re-arms.",
     "The medic can snooze an alert for 30 minutes while treating another casualty.", "contradicted"),
    # a cap on keeping is broken by keeping longer
    ("C.4 The Contractor shall retain transaction data for no longer than 36 months.",
     "Transaction records are kept for five years so that multi-year trends stay visible, then destroyed.",
     "contradicted"),
    ("C.4 The Contractor shall retain transaction data for no longer than 36 months.",
     "Transaction records are kept for 24 months, then destroyed.", "addressed"),
    # history covered by a dated backtest
    ("C.5 The Contractor shall backtest every candidate model over at least 60 months of historical data.",
     "Candidate models are tested with a rolling-origin backtest covering the 36 months from January 2021 through "
     "December 2023.", "contradicted"),
    ("C.5 The Contractor shall backtest every candidate model over at least 60 months of historical data.",
     "Candidate models are tested with a rolling-origin backtest covering the 72 months from January 2018 through "
     "December 2023.", "addressed"),
    # a day of the month that follows
    ("C.6 Scores shall be delivered by the Contractor to each State agency by the 10th business day of the "
     "following month.",
     "Score files are released to each State agency by the 15th business day of the month after the transaction "
     "month.", "contradicted"),
    # a cut-off on a count that selects what is suppressed: a lower one suppresses less
    ("C.7 The Contractor shall suppress any theme result for a work unit with fewer than 10 respondents.",
     "Theme results are suppressed for any work unit with fewer than five respondents.", "contradicted"),
    ("C.7 The Contractor shall suppress any theme result for a work unit with fewer than 10 respondents.",
     "Theme results are suppressed for any work unit with fewer than 12 respondents.", "addressed"),
    # a share drawn for checking: more is better
    ("C.8 The Contractor shall independently code a random 10 percent of comments and report their agreement.",
     "Two certified coders independently code a random 5 percent of comments each cycle and we compare their "
     "agreement.", "contradicted"),
    ("C.8 The Contractor shall independently code a random 10 percent of comments and report their agreement.",
     "Two certified coders independently code a random 15 percent of comments each cycle and we compare their "
     "agreement.", "addressed"),
    # rates over different periods are compared per the requirement's period
    ("C.9 The Contractor shall keep the false alert rate to no more than one alert per patient per 4 hours.",
     "VigilPFC produces one false alert per patient every 2 hours.", "contradicted"),
    ("C.9 The Contractor shall keep the false alert rate to no more than one alert per patient per 4 hours.",
     "VigilPFC produces one false alert per patient every 8 hours.", "addressed"),
    # once a contract year against twice; "each year ... two exercises" is twice
    ("C.10 The Contractor shall conduct a failure exercise with agency staff twice each contract year.",
     "Each contract year Corvane will run one full-scale simulated failure with agency staff.", "contradicted"),
    ("C.10 The Contractor shall conduct a failure exercise with agency staff twice each year.",
     "Each year Corvane will run two full-scale failure exercises with agency staff.", "addressed"),
    # resolution in time and on the ground: coarser is worse
    ("C.11 The Contractor shall produce particle size distributions at 1-second resolution.",
     "We will compute particle size distributions as 5-second averages.", "contradicted"),
    ("C.12 The Contractor shall produce a wetland likelihood surface at a ground resolution of 1 meter or finer.",
     "Our wetland likelihood surface is produced on a 3-meter grid.", "contradicted"),
    ("C.12 The Contractor shall produce a wetland likelihood surface at a ground resolution of 1 meter or finer.",
     "Our wetland likelihood surface is produced on a 0.5-meter grid.", "addressed"),
    # a least time between runs: more often breaks it, less often keeps it; a refit is a recalibration
    ("C.13 The Contractor shall recalibrate production models no more often than quarterly.",
     "Model parameters are re-estimated automatically every month as new data arrive.", "contradicted"),
    ("C.13 The Contractor shall recalibrate production models no more often than quarterly.",
     "Model parameters are re-estimated once a year as new data arrive.", "addressed"),
    ("C.14 The Contractor shall recalibrate each court's model at least monthly using the latest outcomes.",
     "Each court's model is refit every quarter with the outcomes recorded since the previous refit.", "contradicted"),
    # the Government running the models without the Contractor is no review that a refit skips
    ("C.15 The Contractor shall provide the Government with all source code, trained parameters and documentation "
     "necessary to operate the models without Contractor involvement.",
     "Model parameters are re-estimated automatically every month; at turnover the Government receives the complete "
     "source code, the trained parameters and documentation.", "addressed"),
    # where the system is hosted is not broken by where people work
    ("H.1 The Contractor shall host the system in a FedRAMP Moderate authorized environment located within the "
     "continental United States.",
     "The system runs in a FedRAMP Moderate authorized cloud region located in Virginia. Our development center in "
     "Pune, India, supports model engineering through a virtual desktop into the U.S. hosting region.", "addressed"),
    ("H.1 The Contractor shall host the system in a FedRAMP Moderate authorized environment located within the "
     "continental United States.",
     "The system runs in a FedRAMP Moderate authorized cloud environment hosted in our data center in Pune, India.",
     "contradicted"),
    # working through an outage is not isolation: a link used at other times does not break it
    ("C.16 The on-site unit must continue to count and store results for at least 14 days without any network "
     "connection.",
     "Summaries go to NOAA over the site's cellular link, and the unit keeps counting and storing results when the "
     "link is down for up to 30 days.", "addressed"),
    ("C.16 The on-site unit must continue to count and store results for at least 14 days without any network "
     "connection.",
     "Summaries go to NOAA over the site's cellular link, and the unit keeps counting and storing results when the "
     "link is down for up to 7 days.", "contradicted"),
    # "every hour in which ...": which hours, not how often
    ("C.17 The system shall flag for manual review every hour in which detection confidence falls below the threshold "
     "set by the COR.",
     "Any hour in which average detection confidence falls below the COR-set level is marked for a technician to "
     "review, and the marks are summarized daily.", "addressed"),
    # "the three most recent years", "the latest two years": history looked back over
    ("C.18 The assistant shall flag an observation as a likely repeat when a similar observation was recorded at the "
     "same establishment during any inspection in the preceding five years.",
     "CiteLens searches that establishment's history over the three most recent years and marks the observation as a "
     "likely repeat when a similar one is found.", "contradicted"),
    ("C.19 The Contractor shall validate each model version on a withheld set made up of the two most recent years of "
     "data at each site before the version is used.",
     "Before any model version is put to use, we score it on a holdout made up of the latest two years of results at "
     "that site.", "addressed"),
    # the firm's own group, however apart from the product team, is no third party
    ("C.20 The Contractor shall engage an independent third party, not affiliated with the Contractor, to red-team the "
     "summary generator at least once per contract year.",
     "The summary generator is red-teamed once each contract year by Halyard's own Offensive Research group, which sits "
     "outside the LureGraph product team.", "contradicted"),
    # the Government approves, not the vendor's own board
    ("C.21 The Contractor shall obtain written approval from the COR before promoting any retrained or modified model "
     "to production.",
     "A retrained model moves to production after approval by Meridale's internal Change Advisory Board, and the COR "
     "receives the release notes on the day of promotion.", "contradicted"),
    ("C.21 The Contractor shall obtain written approval from the COR before promoting any retrained or modified model "
     "to production.",
     "A retrained model moves to production after approval by Meridale's internal Change Advisory Board and the COR's "
     "written approval.", "addressed"),
    # on the way to a FedRAMP authorization is not authorized
    ("H.2 The Contractor shall host the service in a cloud environment authorized at FedRAMP Moderate.",
     "SevMap runs on our commercial cloud platform, which is listed as FedRAMP Ready and is in the process of seeking "
     "an agency authorization.", "contradicted"),
    ("H.2 The Contractor shall host the service in a cloud environment authorized at FedRAMP Moderate.",
     "SevMap runs on a FedRAMP Moderate authorized cloud platform.", "addressed"),
    # a cut-off below which values go to a person: a lower one sends fewer
    ("C.22 Values with an extraction confidence below 0.85 shall be routed by the Contractor to a human reviewer.",
     "Extracted values with a confidence under 0.70 are placed in the human reviewer queue.", "contradicted"),
    ("C.22 Values with an extraction confidence below 0.85 shall be routed by the Contractor to a human reviewer.",
     "Extracted values with a confidence under 0.90 are placed in the human reviewer queue.", "addressed"),
    # "support" is no site visit: the same cadence told with another verb meets it
    ("C.24 The Contractor must support at least one Government-led red team event per contract year.",
     "Our team will take part in the Government-led red-team event held each contract year.", "addressed"),
    # an assessment is a report by its own name
    ("C.23 The Contractor shall deliver a data assessment report within 45 calendar days after award describing label "
     "quality.",
     "In the first 30 calendar days after award, we will deliver a data assessment that covers the quality of the "
     "historical labels.", "addressed"),
    # a time of day is no figure: "7:00 p.m." is not an availability of 00
    ("C.25 The Contractor shall maintain availability of 99.5 percent during SSA business hours.",
     "| Measure | Target |\n|---|---|\n| Availability, 7:00 a.m. to 7:00 p.m. Eastern, weekdays | 99.9 percent |",
     "addressed"),
    ("C.25 The Contractor shall maintain availability of 99.5 percent during SSA business hours.",
     "| Measure | Target |\n|---|---|\n| Availability, 7:00 a.m. to 7:00 p.m. Eastern, weekdays | 99.0 percent |",
     "contradicted"),
    # a length cap: fewer pages keep within it, more break it
    ("L.6 The offeror shall submit a technical volume not exceeding 30 pages.",
     "This technical volume is 27 pages, well inside the limit.", "addressed"),
    ("L.6 The offeror shall submit a technical volume not exceeding 30 pages.",
     "The technical volume is 34 pages.", "contradicted"),
    # a tolerance in metres is a ceiling, not a count of metres
    ("C.26 The extracted vegetation line shall fall within 10 m of the surveyed position on 80 percent of transects.",
     "| Feature | Accuracy |\n|---|---|\n| Seaward vegetation line | Within 8 m of the surveyed position on 85 percent "
     "of transects |", "addressed"),
    ("C.26 The extracted vegetation line shall fall within 10 m of the surveyed position on 80 percent of transects.",
     "| Feature | Accuracy |\n|---|---|\n| Seaward vegetation line | Within 12 m of the surveyed position on 85 percent "
     "of transects |", "contradicted"),
    # "no A, B or C is sent": the list is what is not sent
    ("C.27 The Contractor must not send complainant identity or resident health information to any large language "
     "model service outside the CMS boundary.",
     "The language model is hosted in the same boundary; no narrative text, complainant identity or resident health "
     "information is sent to any outside model provider or API.", "addressed"),
    ("C.27 The Contractor must not send complainant identity or resident health information to any large language "
     "model service outside the CMS boundary.",
     "The language model runs in our boundary; complainant identity and resident health information are sent to an "
     "outside model provider for summaries.", "contradicted"),
    # one event with adjectives set off by a comma is still one
    ("C.28 The Contractor shall deliver two instructor-led training sessions for licensing officers.",
     "We will run one live, instructor-led training session for licensing officers during the pilot and record it.",
     "contradicted"),
    # "retain no copies" forbids keeping
    ("H.8 The Contractor shall retain no copies of premises data after contract completion.",
     "For audit purposes, we will keep one encrypted archive of the premises data and forecasts for one year after "
     "completion and then destroy it.", "contradicted"),
    # every copy destroyed: one copy kept is a breach, unless the Government asks for it
    ("H.9 The Contractor shall return all CPSC data and certify destruction of every copy held on Contractor systems "
     "within 30 days after the order ends.",
     "| Deliverable | When | Content |\n|---|---|---|\n| Closeout package | 30 days after the order ends | Return of all "
     "CPSC data and a certificate of destruction; we keep one encrypted copy of the adjudicated pair set for three "
     "years |", "contradicted"),
    ("H.9 The Contractor shall return all CPSC data and certify destruction of every copy held on Contractor systems "
     "within 30 days after the order ends.",
     "| Deliverable | When | Content |\n|---|---|---|\n| Closeout package | 30 days after the order ends | Return of all "
     "CPSC data and a certificate of destruction; we keep one encrypted copy of the adjudicated pair set only if the "
     "CO directs it in writing |", "addressed"),
    # "in no case less than" is a floor
    ("H.10 The Contractor shall retain each draft, the final notice and the reviewer's edits as the records schedule "
     "requires, and in no case less than 6 years.",
     "Clearline Draft keeps each draft, the final notice and the reviewer's edits for two years, after which they are "
     "deleted from the service.", "contradicted"),
    # a pull on a cadence: a week's wait breaks a day's limit, a daily pull meets two days
    ("C.29 The Contractor must apply each change to the exclusion layer within 24 hours after the Government posts it.",
     "Our operations team pulls the Government's posted exclusion layer every Monday and applies any changes by the "
     "end of that day.", "contradicted"),
    ("C.29 The Contractor must apply each change to the exclusion layer within 48 hours after the Government posts it.",
     "Our operations team pulls the Government's posted exclusion layer every day and applies any changes at once.",
     "addressed"),
    # a place named in six words is still the Government's place
    ("C.30 All production components must run on NOIRLab Community Science and Data Center infrastructure.",
     "The production classification service for all components runs in Meridian's commercial cloud tenancy in the US "
     "West region.", "contradicted"),
    # a count for each agency is not answered by a total over many agencies
    ("C.31 The Contractor shall hold the average alert volume to no more than 5 alerts per agency per month across "
     "all reporting agencies.",
     "Our alert volume in the pilot averaged 4 alerts per agency per month; the demonstration report lists 57 alerts "
     "for the 400 synthetic agencies.", "addressed"),
    ("C.31 The Contractor shall hold the average alert volume to no more than 5 alerts per agency per month across "
     "all reporting agencies.",
     "Our alert volume averages 7 alerts per agency per month across all reporting agencies.", "contradicted"),
    # uploading to the vendor's cloud removes the data from the premises
    ("H.11 The Contractor shall not remove target images or scoring data from FLETC premises.",
     "Each night, target images and scoring results from every installation are uploaded to Tenring's cloud to "
     "retrain the scoring model.", "contradicted"),
    ("H.11 The Contractor shall not remove target images or scoring data from FLETC premises.",
     "Target images and scoring data stay on the range server at FLETC and are never uploaded to any cloud.",
     "addressed"),
    # on site, not by phone
    ("C.32 The Contractor shall staff the surveillance console with at least one on-site support engineer from T-4 "
     "hours through T+1 hour of every launch countdown.",
     "A support engineer will be on call for every countdown from T-4 hours through T+1 hour, joining the range by "
     "secure phone bridge and remote screen share from our office.", "contradicted"),
    ("C.32 The Contractor shall staff the surveillance console with at least one on-site support engineer from T-4 "
     "hours through T+1 hour of every launch countdown.",
     "An on-site support engineer staffs the console for every countdown from T-4 hours through T+1 hour, with remote "
     "help from our office when needed.", "addressed"),
    # the month a level is measured over is no cadence
    ("C.33 The Contractor shall maintain availability of 99.5 percent per calendar month.",
     "We will keep the service available 99.9 percent of each calendar month, not counting maintenance windows the "
     "COR has approved in advance.", "addressed"),
    ("C.33 The Contractor shall maintain availability of 99.5 percent per calendar month.",
     "We will keep the service available 99.0 percent of each calendar month.", "contradicted"),
    # a clause joined by "and" after the event names another measurement
    ("C.34 The Contractor shall return a suggested priority for each intake within 15 minutes of the intake record "
     "being created.",
     "A suggested priority appears on the intake record within 5 minutes of the record being created, and in testing "
     "the median was 40 seconds.", "addressed"),
    # holding out when the link is lost
    ("C.35 The system shall continue to operate on the rig-site edge server for at least 72 hours if the wide-area "
     "link is lost.",
     "If the wide-area link is lost, the system keeps advising for up to seven days on local storage.", "addressed"),
    ("C.35 The system shall continue to operate on the rig-site edge server for at least 72 hours if the wide-area "
     "link is lost.",
     "If the wide-area link is lost, the system keeps advising for up to 24 hours on local storage.", "contradicted"),
    # another's choice or rule, and a tester's attempt, are no hedge
    ("C.36 The Contractor shall provide on-site or virtual training for PRC staff at each pilot service unit.",
     "Every pilot service unit receives training for its PRC staff, delivered on site or by video as the site "
     "prefers.", "addressed"),
    ("C.37 The Contractor shall conduct adversarial testing of the drafting model, including prompt injection.",
     "Our adversarial testing of the drafting model includes prompt injection: testers plant instructions in uploaded "
     "statements and try to provoke unsupported findings.", "addressed"),
    # a difference to explain from a size on: a higher trigger leaves some unexplained
    ("C.38 The Contractor shall compare its detections against the existing LROC catalogs and explain any difference "
     "greater than 15 percent in feature counts for a region.",
     "For every region we will compare our feature counts with the published LROC catalogs. Where the two counts "
     "differ by more than 25 percent, we will write a short explanation for the COR.", "contradicted"),
    ("C.38 The Contractor shall compare its detections against the existing LROC catalogs and explain any difference "
     "greater than 15 percent in feature counts for a region.",
     "For every region we will compare our feature counts with the published LROC catalogs. Where the two counts "
     "differ by more than 10 percent, we will write a short explanation for the COR.", "addressed"),
    # calling a commercial model through its public API sends the content out
    ("H.12 The Contractor shall not send report content to any externally hosted large language model service.",
     "For the normalization step, ReportLens calls a commercial large language model through its provider's public "
     "API under a zero-data-retention agreement.", "contradicted"),
    ("H.12 The Contractor shall not send report content to any externally hosted large language model service.",
     "ReportLens never calls a commercial large language model; all report content stays in the USAID tenancy.",
     "addressed"),
    # the Government's computing first, the vendor's cloud at its choice; the vendor's cloud alone breaks it
    ("C.39 The Contractor shall perform all model training and inference on Government-furnished computing.",
     "All training and inference will run on NOAA-furnished GPU servers, or, if the Unit prefers, in our FedRAMP "
     "Moderate cloud tenancy once the NOAA Authorizing Official approves it.", "addressed"),
    ("C.39 The Contractor shall perform all model training and inference on Government-furnished computing.",
     "All training and inference will run in our FedRAMP Moderate cloud tenancy.", "contradicted"),
    # a ban on replacing key personnel without notice is a condition, not a text kept as written
    ("H.13 The Contractor shall not replace either Key Person without notifying the Contracting Officer at least 30 "
     "days in advance.",
     "We will give the Contracting Officer at least 45 days of advance notice before proposing to replace either, and "
     "any replacement will have equal or better qualifications.", "addressed"),
    ("H.13 The Contractor shall not replace either Key Person without notifying the Contracting Officer at least 30 "
     "days in advance.",
     "We will give the Contracting Officer 10 days of advance notice before we replace either Key Person.",
     "contradicted"),
    # a notice window for another kind of event is no answer on time, either way
    ("C.40 The Contractor shall notify the COR within 15 minutes of any outage affecting more than five cameras.",
     "Our security officer reports any security incident that touches Forest Service data to the COR within 60 "
     "minutes.", "!contradicted"),
    ("C.40 The Contractor shall notify the COR within 15 minutes of any outage affecting more than five cameras.",
     "We notify the COR within 2 hours whenever more than five cameras go down.", "contradicted"),
    ("C.41 The Contractor shall notify the COR within 1 hour of discovering any security incident.",
     "Our security officer reports any breach of Forest Service data to the COR within 24 hours.", "contradicted"),
    # a firewall instead of refraining
    ("H.14 The Contractor shall not perform survey-readiness consulting, mock survey, or accreditation work for any "
     "nursing home operator during the period of performance.",
     "Our affiliate, Bramblewood Care Advisory, provides survey-readiness reviews and mock surveys to skilled nursing "
     "operators. Care Advisory staff are walled off from this contract and have no access to its data.",
     "contradicted"),
    ("H.14 The Contractor shall not perform survey-readiness consulting, mock survey, or accreditation work for any "
     "nursing home operator during the period of performance.",
     "Neither we nor any affiliate performs survey-readiness consulting, mock surveys or accreditation work for "
     "nursing home operators; our compliance group has no access to such engagements.", "addressed"),
    # a figure that opens a table cell measures what the whole cell before it names
    ("C.42 Citation accuracy shall be at least 98 percent in the monthly quality sample.",
     "| Measure | Level |\n|---|---|\n| Citations that point to the correct source and passage | 95 percent or better |",
     "contradicted"),
    ("C.42 Citation accuracy shall be at least 98 percent in the monthly quality sample.",
     "| Measure | Level |\n|---|---|\n| Citations that point to the correct source and passage | 99 percent or better |",
     "!contradicted"),
    # points of an index are a tolerance like any unit, with the index's name or without
    ("C.43 Section-level PCI shall fall within 5 points of the manual survey PCI.",
     "| Measure | Commitment |\n|---|---|\n| Section PCI agreement with manual surveys | Within 8 PCI points |",
     "contradicted"),
    ("C.43 Section-level PCI shall fall within 5 points of the manual survey PCI.",
     "Section PCI will fall within 3 PCI points of the manual surveys.", "addressed"),
    ("C.43 The Contractor shall assign two points of contact for each regional office.",
     "We assign one point of contact for each regional office.", "contradicted"),
    # a rank cut-off: a larger one is easier to meet, a smaller one stricter
    ("C.44 The correct page shall appear among the top five candidates for at least 95 percent of benchmark queries.",
     "| Measure | Commitment |\n|---|---|\n| Page locator accuracy | Correct page within the top ten candidates for at "
     "least 95 percent of benchmark queries |", "contradicted"),
    ("C.44 The Contractor shall place the governing policy within the top five results for at least 90 percent of "
     "questions.", "Our service placed the governing policy among its first three results for 93 percent of questions.",
     "addressed"),
    ("C.44 The Contractor shall place the governing policy within the top five results for at least 90 percent of "
     "questions.", "Our service placed the governing policy among its first 8 results for 93 percent of questions.",
     "contradicted"),
    ("C.44 The review screen shall display the top three candidate codes for each field.",
     "For each field the review screen shows the three highest-ranked candidate codes.", "addressed"),
    ("C.44 The first ten results shall be returned within 2 seconds.",
     "The first 20 results are returned within one second.", "!contradicted"),
    # training events counted per office on both sides
    ("C.45 The Contractor shall conduct two live training sessions for entry reviewers in each of the five import "
     "divisions.", "We will deliver one live, instructor-led session for entry reviewers in each import division "
     "before production, supplemented by an e-learning module.", "contradicted"),
    ("C.45 The Contractor shall conduct two live training sessions for entry reviewers.",
     "We will deliver one live, instructor-led session for entry reviewers in each import division before "
     "production.", "!contradicted"),
    # an Indian preference policy (Indian Self-Determination Act) places no work in India
    ("C.46 The Contractor shall perform all work involving IHS patient data within the United States.",
     "All work on IHS patient data is performed by our staff, and we follow an Indian preference policy consistent "
     "with the Indian Self-Determination and Education Assistance Act.", "!contradicted"),
    # seasons named by their years are no hours of service; "around the clock" is 24 hours a day
    ("C.47 The Contractor shall provide on-call forecaster support by telephone 24 hours a day, 7 days a week.",
     "A hydrologist provides on-call forecaster support by phone around the clock. Before the first season we "
     "will run a hindcast over the ice seasons from 2015-2016 through 2024-2025.", "addressed"),
    ("C.47 The Contractor shall provide on-call forecaster support by telephone 24 hours a day, 7 days a week.",
     "Forecaster support by telephone is staffed 0600-2200 Eastern.", "contradicted"),
    ("C.47 The Contractor shall provide on-call forecaster support by telephone 24 hours a day, 7 days a week, and "
     "answer each call within 15 minutes.", "A hydrologist provides on-call forecaster support by phone around the "
     "clock.", "partially addressed"),
    # values below a cut-off that are "presented" to a person: a higher cut-off presents more of them
    ("C.48 Extracted values with a confidence score below 0.85 shall be presented to the loan officer for "
     "verification.", "Any value scored under 0.90 is held on the verification screen, and the loan officer must "
     "accept or correct it.", "addressed"),
    ("C.48 Extracted values with a confidence score below 0.85 shall be presented to the loan officer for "
     "verification.", "Any value scored under 0.80 is held on the verification screen, and the loan officer must "
     "accept or correct it.", "contradicted"),
    # a cut-off that picks out items is not measured by how well the system agrees with people
    ("C.49 The Contractor shall flag for full manual scoring any study in which more than 20 percent of epochs are "
     "unscorable.", "Against technologist consensus on 1,840 studies, epoch-level agreement is 83.4 percent. Studies "
     "with more than 20 percent unscorable epochs are flagged for full manual scoring.", "addressed"),
    ("C.49 The Contractor shall flag for full manual scoring any study in which more than 20 percent of epochs are "
     "unscorable.", "Studies with more than 30 percent unscorable epochs are flagged for full manual scoring.",
     "contradicted"),
    ("C.49 The Contractor shall flag for full manual scoring any study in which more than 20 percent of epochs are "
     "unscorable.", "Epoch-level agreement with technologists is 83.4 percent, and any study with many unscorable "
     "epochs is flagged for full manual scoring.", "!contradicted"),
    # work kept inside the United States answers a ban on work from outside it
    ("C.50 The Contractor shall not perform any work under this order from locations outside the United States.",
     "All personnel assigned to this order work from our Charleston, South Carolina office or from approved telework "
     "locations inside the United States.", "addressed"),
    # a ban on things that lack something, and a ceiling on a figure, are not broken by doing the act
    ("C.51 The system shall not produce a draft observation that lacks at least one supporting citation.",
     "Appendix A contains 40 draft observations that ReviewScribe produced from the redacted recipient package, each "
     "with its citation.", "!contradicted"),
    ("C.52 Jam forecasts that are not followed by an observed jam shall not exceed 40 percent of forecasts.",
     "Jam forecasts are issued each morning for every pilot reach and are followed by a check against the observed "
     "jam record.", "partially addressed"),
    # a "review queue" is a place, not a test: a day to reach it is compared with four hours to return values there
    ("C.53 The Contractor shall return the extracted fields for each uploaded sheet to the review queue within 4 hours.",
     "Extracted values for every sheet are in the review queue no later than one business day after the sheet is "
     "uploaded.", "contradicted"),
    # a period named with a word between its length and "period" is a span all the same
    ("C.54 The Contractor shall conduct a shadow-mode evaluation of at least 60 days alongside current operations.",
     "Before any alert reaches the watch floor, the system will run silently for a 30-day shadow period, scoring live "
     "tracks alongside current operations.", "contradicted"),
    ("C.54 The Contractor shall conduct a shadow-mode evaluation of at least 60 days alongside current operations.",
     "Before any alert reaches the watch floor, the system will run silently for a 90-day shadow period, scoring live "
     "tracks alongside current operations.", "addressed"),
    # "semiannual" is twice a year, less often than quarterly
    ("C.55 The Contractor shall retrain or recalibrate the model at least quarterly on the most recently resolved "
     "discrepancies.", "The model is retrained on a semiannual cycle using the newest resolved discrepancies.",
     "contradicted"),
    # investigation tiers are an ordered scale, and one asked of everyone is broken by staff who hold a lower one
    ("C.56 All staff with access must obtain a favorably adjudicated Tier 2 background investigation before access.",
     "Administrators hold Tier 2 investigations; engineers and labelling staff will hold Tier 1 investigations before "
     "access.", "contradicted"),
    ("C.56 All staff with access must obtain a favorably adjudicated Tier 2 background investigation before access.",
     "Every team member will hold a favorably adjudicated Tier 4 background investigation before access.", "addressed"),
    # a batch cycle of minutes is a wait, like a nightly batch is
    ("C.57 The Contractor shall route any referral scored as high priority to the on-call inspector within 10 minutes.",
     "The routing service pushes new high-priority referrals to the on-call inspector's queue on a 15-minute batch "
     "cycle.", "contradicted"),
    ("C.57 The Contractor shall route any referral scored as high priority to the on-call inspector within 30 minutes.",
     "The routing service pushes new high-priority referrals to the on-call inspector's queue on a 15-minute batch "
     "cycle.", "!contradicted"),
    # years of experience: fewer than asked conflict, more meet, none stated half answer
    ("C.58 The Clinical Content Lead shall be a registered nurse or physician with at least five years of Medicare "
     "claims review experience.", "Our Clinical Content Lead is a registered nurse with 3 years of Medicare claims "
     "review experience.", "contradicted"),
    ("C.58 The Clinical Content Lead shall be a registered nurse or physician with at least five years of Medicare "
     "claims review experience.", "| Role | Person | Qualifications |\n|---|---|---|\n| Clinical Content Lead (key) | "
     "Renata Vukovic, RN | Registered nurse, 12 years of Medicare medical review at a MAC and a QIC |", "addressed"),
    ("C.58 The Clinical Content Lead shall be a registered nurse or physician with at least five years of Medicare "
     "claims review experience.", "Our Clinical Content Lead, Renata Vukovic, is a registered nurse who leads our "
     "Medicare claims review team.", "partially addressed"),
    # "a one-hour response" is how soon, like "within one hour"
    ("C.59 The Contractor shall provide Tier 2 technical support from 0700 to 1900 Eastern Time on weekdays and "
     "respond to high-priority tickets within 4 hours.", "Tier 2 support is staffed 24 hours a day, 7 days a week, "
     "with a one-hour response to high-priority tickets.", "addressed"),
    ("C.59 The Contractor shall respond to high-priority tickets within 4 hours.",
     "Tier 2 support gives an eight-hour response to high-priority tickets.", "contradicted"),
    # support given "as requested" commits to nothing the requirement names
    ("C.60 The Contractor shall provide 60 days of transition-out support, including knowledge transfer sessions.",
     "We will provide transition-out support and knowledge transfer sessions as requested by the COR.",
     "partially addressed"),
    # a smaller sample drawn for review than required
    ("C.61 The Contractor shall re-examine a random sample of 300 unflagged certifications each quarter.",
     "Each quarter, analysts review 150 randomly selected certifications that were not flagged.", "contradicted"),
    ("C.61 The Contractor shall re-examine a random sample of 300 unflagged certifications each quarter.",
     "Each quarter, analysts review 400 randomly selected certifications that were not flagged.", "addressed"),
    # purging some time after an event is a limit on how long data is kept, not a span to keep it
    ("C.62 The Contractor shall purge applicant personal data 90 days after the vetting decision.",
     "Applicant personal data is kept for 12 months after the vetting decision, and is then deleted.", "contradicted"),
    ("C.62 The Contractor shall purge applicant personal data 90 days after the vetting decision.",
     "Applicant personal data is deleted 60 days after the vetting decision.", "addressed"),
    # a look-ahead floor, and the chance of an event "within the next" seconds, are horizons
    ("C.63 The model shall produce a risk estimate for each active runway at a look-ahead horizon of not less than "
     "30 seconds.", "For every active runway the model publishes a probability of an incursion occurring within the "
     "next 20 seconds.", "contradicted"),
    ("C.63 The model shall produce a risk estimate for each active runway at a look-ahead horizon of not less than "
     "30 seconds.", "For every active runway the model publishes the likelihood of an incursion occurring within the "
     "next 45 seconds.", "addressed"),
    # the faults a warranty covers, by when they are reported: a shorter cover is worse
    ("C.64 The Contractor shall correct defects reported within 12 months after final acceptance at no additional "
     "cost to the Government.", "Lumetra will fix at no charge any defect reported within six months after final "
     "acceptance.", "contradicted"),
    ("C.64 The Contractor shall correct defects reported within 12 months after final acceptance at no additional "
     "cost to the Government.", "Lumetra will fix at no charge any defect reported within 18 months after final "
     "acceptance.", "addressed"),
    # a weekly package is a batch: a record can wait a week; items "received in each batch" are not a timed batch
    ("C.65 The Contractor shall make the complete alert record available to the Government within 24 hours of "
     "each alert.", "Alert records are exported to the FAA in a consolidated weekly data package delivered every "
     "Monday.", "contradicted"),
    ("C.66 The Contractor shall add each batch of newly received outsole designs to the searchable index within 15 "
     "business days of receipt.", "New outsole designs received from the Laboratory are indexed in a quarterly "
     "library refresh.", "contradicted"),
    # notice given on the day of the event, or once it is done, is not notice ahead of it
    ("C.67 The Contractor shall deliver release notes to the COR at least 15 business days before deploying any new "
     "model version.", "Release notes are sent to the COR on the day a new model version goes into production.",
     "contradicted"),
    ("C.68 The Contractor shall notify the Contracting Officer at least 15 business days before substituting any Key "
     "Personnel.", "Should a Key Personnel substitution be needed, we will inform the Contracting Officer once the "
     "change is made.", "contradicted"),
    # a worse figure its model provider keeps, where the requirement names subprocessors
    ("C.69 The Contractor shall delete every prompt, outline and draft from its own systems and from the systems of "
     "its subprocessors within 30 days after the item has been transferred to the Board's records system.",
     "Quillmark deletes prompts, outlines and drafts from its own storage 30 days after they reach the Board's "
     "records system. Our foundation model provider keeps inputs and outputs for up to 90 days for abuse "
     "monitoring, after which they are deleted automatically.", "contradicted"),
    # "monitor" is a check of the model: a monthly report of what is checked every week is not a slower check
    ("C.70 The Contractor shall monitor input data drift and model calibration weekly and summarize the results in a "
     "monthly performance report.", "Feature distributions are compared against the training baseline every day, "
     "and calibration is recomputed every week using the outcomes that have matured. The monthly performance report "
     "to DHA summarizes drift findings, calibration, alert volume and override rates.", "addressed"),
    # ("If monitoring shows ..." is no check: the figure is the notice)
    ("C.71 The Contractor shall report to the Service Provider any release of a controlled document within 1 hour "
     "of detection.", "If monitoring shows that a restricted report reached a user who was not entitled to it, the "
     "Program Manager notifies the Service Provider within 30 minutes of detection.", "addressed"),
    # papers from abroad that the system reads place no work abroad
    ("C.72 The Contractor shall not perform any work under this contract outside the United States.",
     "No work under this contract is performed outside the United States; the reader also handles the Canadian "
     "provincial yellow card and the Philippine Department of Health child booklet.", "addressed"),
    ("C.72 The Contractor shall not perform any work under this contract outside the United States.",
     "Work under this contract is performed by our Canadian team, which also reads the provincial yellow cards.",
     "contradicted"),
    # the time a change is measured over is no time limit ("for 19 days" is a finding of the pilot)
    ("C.73 The system shall flag a gradual drift in baseload of more than 5 percent over 90 days.",
     "The system flags baseload drift above five percent; in the pilot it found a gas meter that reported zero "
     "for 19 days and a building whose baseload rose 8 percent between March and June.", "!contradicted"),
    # a rate counts what is before "per": samples, not analysts
    ("C.74 The system shall support at least 60 samples per analyst-day during the peak season.",
     "In our laboratory deployments, one analyst using VeligerScan clears about 80 samples a day during the peak "
     "season.", "addressed"),
    ("C.74 The system shall support at least 60 samples per analyst-day during the peak season.",
     "In our laboratory deployments, one analyst using VeligerScan clears about 40 samples a day during the peak "
     "season.", "contradicted"),
    # deleting what may not be kept is no breach of the ban on keeping it
    ("C.75 The Contractor shall not retain phantom images or facility identifiers outside the FDA environment.",
     "Lumetra's copies of phantom images and any facility identifiers used during development are deleted from "
     "Lumetra systems when scoring and validation are complete.", "!contradicted"),
    # the agency's own cloud is inside its boundary
    ("C.76 The system shall not transmit order data outside that environment.",
     "OrderLens is installed in the Commission's FedRAMP High cloud environment; no order data is transmitted outside "
     "that environment.", "addressed"),
    # "shall not use change-order proposals" bans using them, not changing anything
    ("C.77 The Contractor shall not use change-order proposals or other contract data to train any model offered "
     "to other customers.", "Change-order proposals and other contract data are pulled automatically into the "
     "workspace when they are filed; no model offered to other customers is trained on contract data.", "addressed"),
    # a capped count per unit per month is not a schedule: one per quarter is fewer
    ("C.78 The system shall issue no more than one false advisory per generating unit per month.",
     "UnitSentinel will raise at most one false advisory per unit in each calendar quarter; over two years the rate "
     "has been 0.21 false advisories per unit per quarter.", "!contradicted"),
    # a datum's number is a name, not a figure
    ("C.79 False positives shall not exceed three detections per hectare of surveyed ground.",
     "Every detection of surveyed ground is written as a point feature carrying its WGS 84 position, the predicted "
     "class and a confidence value.", "!contradicted"),
    # a forecast that "runs out" some months reaches that far ahead
    ("C.80 The Contractor shall produce demand forecasts for each depot over a horizon of 18 months.",
     "Demand forecasts for each depot run out 12 months from each Monday: weekly values for the first 13 weeks and "
     "monthly values after that.", "contradicted"),
    # timing finer than a millisecond is measured too
    ("C.81 The Contractor shall keep time synchronization among all fixed sensors within 50 nanoseconds of GPS time.",
     "Our sensor time synchronization specification is 100 nanoseconds or better relative to GPS time across all "
     "fixed sensors.", "contradicted"),
    ("C.81 The Contractor shall keep time synchronization among all fixed sensors within 50 nanoseconds of GPS time.",
     "Our sensor time synchronization specification is 20 nanoseconds or better relative to GPS time across all "
     "fixed sensors.", "addressed"),
    # "no fewer than" is a floor, and the same first noun counts the same things
    ("C.82 Each estimate shall list no fewer than three comparable unassisted units.",
     "The estimate screen displays the two comparables that are closest to the subject unit, each with its address "
     "masked.", "contradicted"),
    ("C.82 Each estimate shall list no fewer than three comparable unassisted units.",
     "The estimate screen displays the four comparables that are closest to the subject unit, each with its address "
     "masked.", "addressed"),
    # a phase that lasts longer after the event than the time allowed to complete it
    ("C.83 The Contractor shall complete the baseline learning period for each site within 21 days of sensor "
     "activation.", "Each site runs in learning mode for 45 days after its sensor is switched on before alerting "
     "begins.", "contradicted"),
    ("C.83 The Contractor shall complete the baseline learning period for each site within 21 days of sensor "
     "activation.", "Each site runs in learning mode for 14 days after its sensor is switched on before alerting "
     "begins.", "addressed"),
    # changes listed after they take place are no notice ahead of them
    ("C.84 The Contractor shall notify the COR at least 30 days before it recalibrates a decision threshold.",
     "Threshold recalibrations are listed in the monthly status report to the COR for the month in which they take "
     "place.", "contradicted"),
    # "within the first two quarters" is six months; a yearly retraining waits up to a year
    ("C.85 The Contractor shall release an updated coding model within 60 days after each annual schedule revision.",
     "We will retrain the coding model on the new schedule and release the updated coding model within the first "
     "two quarters of the year.", "contradicted"),
    ("C.86 The Contractor shall retrain and revalidate the coding model within 60 days after each revision of the "
     "design code manual.", "Once a year, in the first quarter, we retrain the coding model on all confirmed codes "
     "and pick up any revision of the design code manual.", "contradicted"),
    # a hedge in a main clause joined by "and will" hedges the commitment
    ("C.87 The analyst interface shall conform to the Revised Section 508 Standards.",
     "Our design team follows Section 508 guidance when building the workbench and will remediate accessibility "
     "issues where feasible within each release.", "partially addressed"),
    ("C.88 Monthly forecasts shall be published no later than the 10th business day of each month.",
     "Forecasts will be published as soon as practicable after each monthly data refresh.", "partially addressed"),
    # a shorter length that sets off the duty covers more; a longer one covers less
    ("C.89 The Contractor shall blur or mask people and vehicles in any imagery retained for more than 30 days.",
     "People and vehicles visible in imagery are automatically detected and blurred; any image kept longer than 14 "
     "days exists only in its blurred form.", "addressed"),
    ("C.89 The Contractor shall blur or mask people and vehicles in any imagery retained for more than 30 days.",
     "People and vehicles visible in imagery are blurred in any image kept longer than 60 days.", "contradicted"),
    # a figure that sets off a notice is not a level to reach
    ("C.90 The Contractor shall report to the COR within 10 business days any element whose F1 score falls below "
     "0.85.", "We commit to an average F1 of 0.90 across the elements, reported to the COR in each monthly report.",
     "!contradicted"),
    # Indian preference and Indian-owned firms place no work in India
    ("C.91 The Contractor shall perform all work involving patient data within the United States.",
     "All work involving patient data is performed within the United States; qualified Indian applicants receive "
     "preference, and an Indian-owned economic enterprise performs 22 percent of the work.", "addressed"),
])

def test_withholding_cut_offs_bands_counts_horizons_outages_and_opposite_acts(requirement, answer, status):
    e = traced(requirement, answer)
    assert _status_is(e, status), e.reason



@pytest.mark.parametrize(("requirement", "answer", "status"), [
    # how long a service runs, read from a clause that names the same kind of service
    ("C.92 The Contractor shall deliver two hours of instructor-led training to the Control Center officers of "
     "every shift.", "Before go-live we run a one-hour instructor-led session at each institution for the Control "
     "Center officers.", "contradicted"),
    ("C.92 The Contractor shall provide at least two hours of hands-on training to the inspectors assigned to that "
     "port.", "Inspectors at each port receive a half-day hands-on session, led on site by a trainer, before the "
     "system is switched on at that port.", "addressed"),
    ("C.92 The Contractor shall provide at least 16 hours of hands-on training for range staff.",
     "Training for range staff totals 20 hours of hands-on instruction, and maintenance technicians receive 8 hours "
     "on replacing units.", "addressed"),
    ("C.93 The Contractor shall provide a transition plan and 60 days of parallel operation.",
     "Before the order ends we will hand over a transition plan and run in parallel with any successor for 30 days.",
     "contradicted"),
    ("C.93 The Contractor shall provide a transition plan and 60 days of parallel operation.",
     "Before the order ends we will hand over a transition plan and run in parallel with any successor for 90 days.",
     "addressed"),
    # kept until it is purged; "keeps 18 months of history" is how long it is kept
    ("C.94 The Contractor shall retain each report, its recommended tier and the duty officer's decision for at "
     "least 7 years.", "Waypoint purges each report, its recommended tier and the associated duty officer decision "
     "3 years after the report is closed.", "contradicted"),
    ("C.94 The Contractor shall retain each report, its recommended tier and the duty officer's decision for at "
     "least 7 years.", "Waypoint purges each report, its recommended tier and the associated duty officer decision "
     "8 years after the report is closed.", "addressed"),
    ("C.95 The Contractor shall retain all model inputs and outputs for at least 36 months to support detention "
     "disputes.", "DwellSight keeps 18 months of scored container history and the underlying inputs online for "
     "dispute support; older records are purged on a rolling basis.", "contradicted"),
    # loaded into a store within a time is a deadline, not a retention
    ("C.96 The Contractor shall ingest lane-level transaction counts and sensor travel times within five minutes "
     "of their arrival in the data lake.", "Lane-level transaction counts and sensor travel times are loaded into "
     "the forecasting store within 2 minutes of landing in the lake.", "addressed"),
    # "within four hours of notice" is a window after the notice, not notice ahead
    ("C.97 The Contractor shall be able to begin work within four hours of notice from the Resolution Manager.",
     "When the Resolution Manager notifies us of an event, a dedicated team is mobilized and begins work by the "
     "start of the next business day after notice.", "contradicted"),
    # history looked back over
    ("C.98 The system shall flag any request that duplicates a request for the same NSN received within the "
     "preceding 24 months.", "Before routing, RouteWise compares each new request against every request for the "
     "same NSN received in the previous 12 months and flags duplicates.", "contradicted"),
    # the years of the kind asked for
    ("C.99 The Clinical Pharmacist Lead shall have at least five years of Medicare Part D formulary review "
     "experience.", "Clinical Pharmacist Lead: Dr. Priya Santhanam, PharmD, with 3 years of Medicare Part D "
     "formulary review; 6 years of commercial formulary management.", "contradicted"),
    ("C.99 The Clinical Pharmacist Lead shall have at least five years of Medicare Part D formulary review "
     "experience.", "Clinical Pharmacist Lead: Dr. Priya Santhanam, PharmD, with 7 years of Medicare Part D "
     "formulary review; 2 years of commercial formulary management.", "addressed"),
    # military hours with their zone
    ("C.100 The Contractor shall staff a help desk for users between 0800 and 2000 Eastern Time on Federal "
     "workdays.", "Users reach our help desk by phone or email from 9:00 a.m. to 5:00 p.m. Eastern Time on Federal "
     "workdays.", "contradicted"),
    ("C.100 The Contractor shall staff a help desk for users between 0800 and 2000 Eastern Time on Federal "
     "workdays.", "Users reach our help desk by phone or email from 7:00 a.m. to 9:00 p.m. Eastern Time on Federal "
     "workdays.", "addressed"),
    # a need lifted is no restriction: the answer does what is forbidden
    ("C.101 The Contractor shall not write changes to the inventory system of record.",
     "When the specialist approves a correction in the console, PlanSight writes the approved value back to the "
     "inventory system of record, so the specialist does not have to key the change a second time.",
     "contradicted"),
    # an older edition of a named standard
    ("C.102 The Contractor shall compute rentable and usable area in accordance with ANSI/BOMA Z65.1-2017, Method A.",
     "PlanSight computes rentable and usable area following ANSI/BOMA Z65.1-2010, Method B.", "contradicted"),
    ("C.102 The Contractor shall implement the NIST SP 800-53 Revision 5 moderate baseline.",
     "Our system implements the NIST SP 800-53 Rev. 4 moderate baseline.", "contradicted"),
    ("C.102 The Contractor shall implement the NIST SP 800-53 Revision 5 moderate baseline.",
     "Our system implements the NIST SP 800-53 Rev. 5 moderate baseline.", "addressed"),
    # percentage points are compared only with percentage points
    ("C.103 The false positive rate for any flag State with 50 or more arrivals shall be within 5 percentage "
     "points of the fleet-wide rate.", "| False positive rate by flag State (flags with 50 or more arrivals) | "
     "Within 10 percentage points of the fleet-wide rate |", "contradicted"),
    ("C.103 The false positive rate for any flag State with 50 or more arrivals shall be within 5 percentage "
     "points of the fleet-wide rate.", "| False positive rate by flag State (flags with 50 or more arrivals) | "
     "Within 3 percentage points of the fleet-wide rate |", "addressed"),
    ("C.103 The 80 percent and 95 percent prediction intervals shall achieve empirical coverage within 5 percentage "
     "points of nominal.", "Prediction intervals at 80 and 95 percent reach empirical coverage of their nominal "
     "level; terminal forecast error is 18 percent or lower.", "!contradicted"),
    ("C.103 The Contractor shall notify the COR within 24 hours when the rolling 30-day mean absolute error of "
     "estimates exceeds 5 percentage points.", "Our statistical plan includes mean absolute error with bootstrap 95 "
     "percent confidence intervals and a paired signed-rank test against medic estimates.", "!contradicted"),
    # no coarser than a size
    ("C.104 The Contractor shall produce orthomosaics with a ground sample distance no coarser than 1.0 millimeter "
     "per pixel.", "For each inspected face we build an orthomosaic at a ground sample distance of 1.5 mm per pixel "
     "or finer.", "contradicted"),
    ("C.104 The Contractor shall produce orthomosaics with a ground sample distance no coarser than 1.0 millimeter "
     "per pixel.", "For each inspected face we build an orthomosaic at a ground sample distance of 0.8 mm per pixel "
     "or finer.", "addressed"),
    # a conditional ban is kept by committing to its condition
    ("C.106 The Contractor shall not substitute the Program Manager or the Lead Data Scientist without 30 days "
     "advance written notice to the Contracting Officer.", "Our Program Manager, Lucinda Farrow-Beck, and our Lead "
     "Data Scientist, Dr. Tomasz Wielgosz, are committed to this effort full time. We will give the Contracting "
     "Officer written notice at least 45 days before either of them is replaced.", "addressed"),
    ("C.106 The Contractor shall not substitute the Program Manager or the Lead Data Scientist without 30 days "
     "advance written notice to the Contracting Officer.", "Our Program Manager, Lucinda Farrow-Beck, and our Lead "
     "Data Scientist, Dr. Tomasz Wielgosz, are committed to this effort full time.", "not addressed"),
    # "On that basis" opens no subordinate clause: declining to seek the authorization refuses to hold it
    ("C.107 The Contractor shall maintain FDA marketing authorization, or another regulatory pathway approved in "
     "writing by VA, for any triage function used in clinical care.", "On that basis we do not plan to seek FDA "
     "510(k) clearance or De Novo authorization for the triage function, and we will offer it to VA for clinical use.",
     "contradicted"),
    ("C.107 The Contractor shall maintain FDA marketing authorization, or another regulatory pathway approved in "
     "writing by VA, for any triage function used in clinical care.", "The triage function holds FDA 510(k) "
     "clearance, and we will maintain that marketing authorization for as long as VA uses it in clinical care.",
     "addressed"),
    # the share of requests served in time is not an accuracy
    ("C.108 The system shall return a category and routing recommendation within 60 seconds of receipt for at "
     "least 95 percent of requests.", "On a sample of 12,000 historical requests, RouteWise reached 87 percent top-1 "
     "category accuracy. The 95th percentile time to a routing recommendation was 15 seconds.", "addressed"),
    ("C.108 The system shall return a category and routing recommendation within 60 seconds of receipt for at "
     "least 95 percent of requests.", "RouteWise returns a category and routing recommendation within 60 seconds "
     "for 90 percent of requests.", "contradicted"),
    # purging exports is not moving data out; the object of a ban ends with its clause
    ("C.109 The Contractor shall not send produced documents to any large language model hosted outside the "
     "Division's accredited boundary.", "When the Division closes a matter, we purge the matter's workspace, indexes "
     "and exports from the active platform within 30 days and send the Division a certificate of destruction.",
     "!contradicted"),
    ("C.110 The screening service shall not approve, reject or edit any sponsor submission, and the disposition of "
     "every flag remains with a CMS clinical reviewer.", "At contract end we will return all CMS data to the COR in "
     "the format requested, cryptographically erase the remaining copies, and send the Contracting Officer a signed "
     "certificate of destruction within 20 days.", "!contradicted"),
    # the rights asked for a list are no item of it; an item with no word of its own needs all its words
    ("C.111 The Contractor shall deliver the trained model weights, the feature extraction code and the training "
     "pipeline with unlimited rights.", "The Government receives the trained model weights and the source code for "
     "feature extraction with unlimited rights.", "partially addressed"),
    ("C.111 The Contractor shall deliver all trained model weights, training code and inference code.",
     "At the end of each period of performance we deliver the trained model weights and the inference software, "
     "both with unlimited rights to the Government.", "partially addressed"),
    ("C.111 The Contractor shall deliver all trained model weights, training code and inference code.",
     "At the end of each period of performance we deliver the trained model weights, the training code and the "
     "inference code, all with unlimited rights to the Government.", "addressed"),
    # a list of alternatives ending in a catch-all: one of them will do
    ("C.112 The Contractor must not transmit traveler information to airlines, health departments, or any other "
     "outside party.", "The system cannot email, post to or share traveler information with airlines, health "
     "departments or other organizations.", "addressed"),
    # to edit is to modify
    ("C.113 The system shall require a DDS scheduler to accept, modify or reject the recommendation before any "
     "notice is sent.", "The scheduler accepts the recommendation, edits it, or rejects it, and only an accepted or "
     "edited recommendation produces a notice.", "addressed"),
    # a ban answered in few words by a restriction on the same things
    ("C.114 The classifier shall not set or change the disposition of any object in the TESS Objects of Interest "
     "catalog. Final dispositions remain the responsibility of the Government vetting team.",
     "The service has no write permission on the TOI catalog tables and cannot create, modify, or retire a "
     "disposition.", "addressed"),
    # what the work must do without, imposed by the answer
    ("C.115 The tablet notice shall work within the current field data recorder software without requiring crews "
     "to install any additional application.", "Notices are delivered through the PlotGuard Companion, a small "
     "application that crews install on each tablet next to the field data recorder software.", "contradicted"),
    ("C.115 The tablet notice shall work within the current field data recorder software without requiring crews "
     "to install any additional application.", "Notices appear inside the current field data recorder software; "
     "crews do not install any additional application.", "addressed"),
    # a figure for another kind of thing than the requirement names is no figure for it
    ("C.116 The Contractor shall demonstrate Recall at least 0.95 and precision at least 0.70 on exposed "
     "reinforcement instances.", "Crack recall was 0.92 with precision of 0.84; spall recall was 0.89; all six "
     "exposed reinforcement instances were found.", "partially addressed"),
    ("C.116 The Contractor shall demonstrate a sensitivity of at least 0.95 for CLABSI candidates.",
     "CLABSI sensitivity was 0.91 on the reference set.", "contradicted"),
    # notice of a security incident says nothing of notice before a planned change, nor meets it
    ("C.117 The Contractor shall notify the COR in writing at least 30 calendar days before retiring or materially "
     "changing any attribution source.", "Our security operations center watches the environment around the "
     "clock. When a suspected or confirmed event touches CI data, the on-duty lead notifies the IRS Computer Security "
     "Incident Response Center within 30 minutes and copies the COR, then provides written updates every four hours "
     "until the event is closed.", "partially addressed"),
    # one round looked back to where several are asked for
    ("C.119 The system shall compare each child record with the same child's records in the two preceding report "
     "periods.", "Kestrel DQ matches every child record to the same child's record in the immediately preceding "
     "report period and scores the changes.", "partially addressed"),
    ("C.119 The system shall compare each child record with the same child's records in the two preceding report "
     "periods.", "Kestrel DQ matches every child record to the same child's records in the two preceding report "
     "periods and scores the changes.", "addressed"),
    # the things a duty is done for, above a cut-off; money is no count of things
    ("C.105 The Contractor must obtain a broker price opinion for any collateral property with an estimated value "
     "above $2 million.", "For properties with an estimated value above $5 million, Tamarack also orders a broker "
     "price opinion from a licensed broker.", "contradicted"),
    ("C.105 The Contractor must obtain a broker price opinion for any collateral property with an estimated value "
     "above $2 million.", "For properties with an estimated value above $1 million, Tamarack also orders a broker "
     "price opinion from a licensed broker.", "addressed"),
])
def test_service_lengths_editions_hours_points_and_kept_spans(requirement, answer, status):
    e = traced(requirement, answer)
    assert _status_is(e, status), e.reason


@pytest.mark.parametrize("requirement, answer, status", [
    # how long it holds out without a network is one span, whatever verb governs it
    ("C.120 The mobile application shall keep capturing images and returning suggestions without network "
     "connectivity for at least 72 hours.", "Without a network connection, specialists can keep photographing "
     "specimens and receive suggestions for up to 24 hours; after that the app asks the user to reconnect.",
     "contradicted"),
    ("C.121 The mobile application shall keep capturing images and returning suggestions without network "
     "connectivity for at least 72 hours.", "Without a network connection, specialists can keep photographing "
     "specimens and receive suggestions for up to 96 hours; after that the app asks the user to reconnect.",
     "addressed"),
    # time allowed to someone else is a span: more is better
    ("C.122 The Contractor shall give each PHA a 45-day window to submit corrections to component data.",
     "PHAs have 30 days after each release to send corrections to their component data.", "contradicted"),
    ("C.123 The Contractor shall give each PHA a 45-day window to submit corrections to component data.",
     "PHAs have 60 days after each release to send corrections to their component data.", "!contradicted"),
    # "at least one on-site visit" counts visits; a sensitivity is no such count
    ("C.124 The Contractor shall complete a readiness assessment at each pilot hospital, including at least one "
     "on-site visit per hospital.", "Our nurse will visit each pilot hospital in person and deliver a readiness "
     "report.\n\nSensitivity for ESI level 1 or 2 | 0.88 across the pilot hospitals", "!contradicted"),
    # "no validation site lies within 10 km of a training site": a least distance, more is better
    ("C.126 The Contractor shall validate the model so that no validation site lies within 10 kilometers of any "
     "training site.", "A site is never used for validation if any training site lies within 12 km of it.",
     "addressed"),
    ("C.127 The Contractor shall validate the model so that no validation site lies within 10 kilometers of any "
     "training site.", "A site is never used for validation if any training site lies within 6 km of it.",
     "contradicted"),
    # showing nothing is withholding
    ("C.128 When the confidence of the top candidate falls below the threshold set by the COR, the system shall "
     "withhold a suggested taxon and display a \"refer to identifier\" message instead.", "When the top candidate "
     "scores under the COR-set cutoff, the screen shows no taxon at all and instead tells the specialist to refer "
     "the specimen to an identifier, with a one-tap referral to PPQ. The COR can change the cutoff through the "
     "administrator console without a software release.", "!contradicted"),
    # "shift changes" is a noun, not a change of the acuity level
    ("C.129 The tool shall not assign, change or finalize an acuity level, which remains the decision of the triage "
     "nurse.", "It never writes an acuity level to the chart.\n\nOur educators will train triage nurses at each "
     "site through live sessions scheduled around shift changes.", "!contradicted"),
    # an independent validation team: the developers' own modelling team is not one
    ("C.130 An independent validation team, separate from the model developers, shall review the model before each "
     "annual update.", "Before each annual update, the model is reviewed by Keystone's modeling team under the "
     "direction of our Lead Data Scientist.", "contradicted"),
    ("C.131 The Contractor shall conduct a red-team exercise before initial operating capability, using testers "
     "who are independent of the development team.", "Adversarial evaluation is performed by our Model Assurance "
     "Group, a separate unit that has no member on the CompaTrace development team. The first exercise is "
     "completed before initial operating capability.", "addressed"),
    # systems located in the United States: a rule on the country, not on whose systems
    ("C.132 The Contractor shall perform all processing and storage of survey imagery on systems located in the "
     "United States.", "All processing and storage of survey imagery takes place in our Portland, Maine facility. "
     "No imagery is processed or stored outside the United States.", "addressed"),
    # a nightly batch makes the end of a milking session wait up to a day
    ("C.133 The system shall deliver scores to the phenotype database within 4 hours after the end of each milking "
     "session.", "Scores are uploaded to the phenotype database in one nightly batch at 02:00 local time.",
     "contradicted"),
    # sent to the reviewer automatically is review first
    ("C.134 The system shall route every record whose suggested manner of death is homicide to a statistician for "
     "review before the record is finalized.", "Records with a proposed manner of homicide go to the statistician "
     "queue automatically.", "!contradicted"),
    # notice after a model change is no notice of a change of key personnel
    ("C.135 The Contractor shall notify the Contracting Officer in writing at least 30 days before substituting any "
     "key personnel and shall propose a replacement with equal or better qualifications.", "Retrained models are "
     "deployed through our automated pipeline once they pass the release checklist. Larkspur will send the COR "
     "written notice of each model change within five business days after the new version is promoted to "
     "production.", "!contradicted"),
    # in person asked, done from afar: live virtual sessions, a lead on site only for the first weeks
    ("C.137 The Contractor shall provide in-person training for triage nurses at each pilot site before go-live.",
     "Our nurse educators will train triage nurses at each site through live virtual sessions before go-live.",
     "contradicted"),
    ("C.138 The Contractor shall provide in-person training for triage nurses at each pilot site before go-live.",
     "Our nurse educators will train triage nurses in person at each site before go-live; a recorded webinar "
     "serves later hires.", "addressed"),
    ("C.139 The Contractor shall provide a full-time on-site lead at the Parkersburg facility for the first six "
     "months after go-live.", "Our Project Lead will be on site in Parkersburg for the first four weeks after "
     "go-live and will then support the Division remotely.", "contradicted"),
    # things named before their common noun are counted
    ("C.140 The Contractor shall provide hands-on training for dam safety engineers in at least four districts.",
     "We will train dam safety engineers in the Omaha and Tulsa districts, using live projects from each "
     "district's inspection schedule.", "contradicted"),
    ("C.141 The Contractor shall provide hands-on training for dam safety engineers in at least two districts.",
     "We will train dam safety engineers in the Omaha, Kansas City and Tulsa districts, using live projects from "
     "each district's inspection schedule.", "addressed"),
    ("C.142 The Contractor shall provide on-site support at the Icing Research Tunnel during at least two test "
     "entries.", "Our icing physics lead will travel to Cleveland for tunnel entries when the travel budget allows; "
     "otherwise we support entries by videoconference.", "!contradicted"),
    # an answer that meets the time is not undone by a later time for another deliverable nearby
    ("C.143 The Contractor shall process all imagery from each survey flight within 15 calendar days after the "
     "Government makes the data available.", "Within 30 days after each flight we deliver a survey report with maps "
     "of detections, abundance estimates for every species group, effort summaries and notes on survey "
     "conditions.\n\n## 4. Processing\n\nOur cluster handles a 180,000-frame flight in about four days of compute time. Including "
     "human review and quality control, we will finish each flight within 12 calendar days after BOEM makes the "
     "imagery available.", "addressed"),
    # "the eighth workday after the month closes" is a deadline in business days
    ("C.144 The Contractor shall produce imputed values no later than the eighth workday after the survey reference "
     "month closes.", "Imputed values for each reference month are ready for the production team by the sixth "
     "workday after the month closes.", "addressed"),
    ("C.145 The Contractor shall produce imputed values no later than the eighth workday after the survey reference "
     "month closes.", "Imputed values for each reference month are ready for the production team by the tenth "
     "workday after the month closes.", "contradicted"),
    # a period given by its dates is how much history is covered
    ("C.146 The Contractor shall backtest each candidate model on rolling forecast origins spanning at least 36 "
     "months of history.", "We will backtest every candidate model with rolling origins across the full period "
     "from January 2018 to the present, which is more than 36 months.", "addressed"),
    # "at least 40" is its own threshold, not the start of "at least 400"
    ("C.147 The Contractor shall validate the system on at least 400 distinct products, including at least 40 "
     "controlled substances in Schedules II through V.", "Our validation set will include 450 distinct products "
     "from the shipboard formulary, 55 of them controlled substances across Schedules II through V.", "addressed"),
    ("C.148 The Contractor shall validate the system on at least 400 distinct products, including at least 40 "
     "controlled substances in Schedules II through V.", "Our validation set will include 450 distinct products "
     "from the shipboard formulary, 25 of them controlled substances across Schedules II through V.",
     "contradicted"),
    # a rate asked for each rule is not answered by one overall rate
    ("C.149 The Contractor shall report the reviewer override rate for each rule to the COR every month.",
     "Each month we will measure how often reviewers agree with the flags and report the overall agreement rate to "
     "the COR.", "partially addressed"),
    ("C.150 The Contractor shall report the reviewer override rate for each rule to the COR every month.",
     "Each month we will report to the COR the share of flags reviewers override, broken out by rule.", "addressed"),
    ("C.151 The Contractor shall reach at least 80 percent top-3 accuracy for each of the 25 low-resource "
     "languages.", "Across the 25 Attachment J-2 languages taken together, VoxOrigin will achieve top-3 accuracy "
     "of at least 80 percent.", "partially addressed"),
    ("C.152 The Contractor shall reach at least 80 percent top-3 accuracy for each of the 25 low-resource "
     "languages.", "VoxOrigin will achieve top-3 accuracy of at least 80 percent for every one of the 25 "
     "Attachment J-2 languages, and 88 percent overall.", "addressed"),
    # two things after a repeated preposition, or each with its article, must both be answered
    ("C.153 The Contractor shall publish a development-level summary in the PIH portal that a PHA can download as "
     "CSV and as PDF.", "Each release produces a development summary that PHAs download from the PIH portal as a "
     "CSV file.", "partially addressed"),
    ("C.154 The Offeror shall state the GPU hours it estimates for initial training and for each retraining "
     "cycle.", "Initial training, including the ensemble and hyperparameter search, requires an estimated 3,400 "
     "GPU-hours.", "partially addressed"),
    ("C.155 The Contractor shall deliver a dataset card and a model card with each model release.",
     "Each release ships with a model card that gives its validation results and describes known failure "
     "conditions.", "partially addressed"),
    ("C.156 The Contractor shall deliver a dataset card and a model card with each model release.",
     "Each release ships with a model card and a dataset card describing the training data.", "addressed"),
    # copying outside the enclave is banned; moving an extract to the vendor's workspace does it
    ("C.157 The Contractor shall not copy National Directory of New Hires records, or any extract derived from them, "
     "to any system outside the HUD EIV analytics enclave.", "Enclave sessions are limited in length. To keep "
     "retraining on schedule, Ledgerline will move a monthly de-identified extract of the matched NDNH wage records "
     "to the Ledgerline analytics workspace, run the searches there, and bring only the resulting model "
     "configuration back into the enclave.", "contradicted"),
    # hands-on training at each site, delivered remotely
    ("C.158 The Contractor shall deliver hands-on training at each of the six powerhouses for operations and "
     "maintenance staff.", "Cascadia will deliver operator and maintenance training through live virtual classes and "
     "recorded modules that plant staff can take from their own workstations.", "contradicted"),
    # data to be returned at the end, kept for a year after closeout
    ("C.159 At the end of the contract the Contractor shall return all Government-furnished data and all derived "
     "data, including image embeddings and indexes.", "At closeout we return all Government-furnished data. Derived "
     "image embeddings and index files are kept in cold encrypted storage for 12 months after closeout so that the "
     "service can be restored quickly, and are then destroyed.", "contradicted"),
    ("C.160 At the end of the contract the Contractor shall return all Government-furnished data and all derived "
     "data, including image embeddings and indexes.", "At closeout we return all Government-furnished data together "
     "with the derived image embeddings and index files, and keep no copy.", "!contradicted"),
    # re-evaluating a model is testing it, however the memo is sent
    ("C.161 The Contractor shall revalidate the model against newly recorded inspection results at least quarterly "
     "and report the results to the COR.", "Every six months we re-evaluate the model against the inspection "
     "results recorded since the last check and send the COR a revalidation memo.", "contradicted"),
    # the plural noun that heads the answer's count is one the requirement counts
    ("C.162 The Contractor shall ingest temperature data logger files from all 14 depot and prepositioned-stock "
     "sites listed in Attachment J-2.", "During the base period ShelfCast will ingest logger files from the 10 "
     "continental United States depots named in Attachment J-2.", "contradicted"),
    # a distance along a kind of line is a length: "3,300 road miles" against at least 4,000 miles
    ("C.163 The Contractor shall collect georeferenced imagery along at least 4,000 miles of National Forest System "
     "roads.", "We will collect georeferenced imagery on 3,300 road miles across the six forests in the 2026 "
     "season.", "contradicted"),
    ("C.164 The Contractor shall collect georeferenced imagery along at least 4,000 miles of National Forest System "
     "roads.", "We will collect georeferenced imagery on 4,300 road miles across the six forests in the 2026 "
     "season.", "addressed"),
])
def test_offline_spans_allowed_periods_distances_and_independent_reviews(requirement, answer, status):
    e = traced(requirement, answer)
    assert _status_is(e, status), e.reason


def test_a_row_name_and_a_deadline_from_award_are_not_what_the_requirement_measures():
    from clausecheck.traceability.quantities import _answer_figures, _duration_conflict
    assert _answer_figures("Candidate 15 | Keep | Functional match") == []   # the name of a row
    assert _answer_figures("| Recall 0.88 | per class |")   # (a measure beside its figure is still one)
    # "within 10 business days after each release" is not measured against "30 calendar days after award"
    clash, _ = _duration_conflict("The Contractor shall maintain a user guide and shall update it within 10 business "
                                  "days after each release.", "User guide | 30 calendar days after award | Screens")
    assert clash is None


def test_the_last_item_of_a_list_ends_before_what_it_is_used_as():
    from clausecheck.traceability.vocabulary import _requirement_body
    body = _requirement_body("C.3.3.4 The Contractor shall not use race, ethnicity, or military rank as model inputs.")
    assert _elements(body)[-1] == "military rank"


def test_a_pooled_figure_is_told_by_its_words_not_by_a_hyphenated_single():
    from clausecheck.traceability.elements import _POOLED
    assert _POOLED.search("During acceptance we will report a single unsupported-sentence rate across the test set.")
    assert _POOLED.search("Each month we report the overall agreement rate to the COR.")
    assert not _POOLED.search("Single-image response | Each request answered in under 800 milliseconds")


def test_a_table_mapping_each_paragraph_is_a_compliance_matrix():
    sol = ("# RFQ\n\n## L\n\nL.1 The technical volume shall include a table mapping each PWS paragraph to the "
           "section of the quotation that answers it.\n\nL.2 The Contractor shall hold a biweekly status meeting.\n")
    prop = ("# Quotation\n\n## 1. Management\n\nWe meet the COR every two weeks.\n\n## 2. Cross-reference\n\n"
            "| RFQ paragraph | Quotation section |\n|---|---|\n| L.2 | 1 |\n")
    e = status_of(run(sol, prop)[0], "table mapping each PWS paragraph")
    assert e.status == "addressed" and "compliance matrix" in e.reason, e.reason


def test_both_of_two_things_named_after_in_both_must_be_answered():
    e = traced("C.118 The Contractor shall deliver GIS layers of all defects in both the structure's local coordinate "
               "system and NAD83.", "GIS layers of all defects in NAD83 / UTM, as file geodatabase and shapefile;")
    assert e.status == "partially addressed" and "local coordinate system" in e.reason, e.reason

def test_data_kept_abroad_is_found_where_the_proposal_names_the_place():
    sol = ("# RFP\n\n## H\n\nH.2 The Contractor shall not permit project data to be stored, processed or viewed "
           "outside the United States.\n\nH.3 The Contractor shall deliver a monthly schedule risk report to the COR.\n")
    prop = ("# Proposal\n\n## 1. Reporting\n\nEach month we deliver a schedule risk report to the COR.\n\n"
            "## 2. Hosting\n\nSlipCast runs in a FedRAMP High authorized government cloud region. To protect against a "
            "regional outage, encrypted nightly backups of the database are replicated to our disaster recovery site "
            "in Montreal, Canada.\n")
    e = status_of(run(sol, prop)[0], "outside the United States")
    assert e.status == "contradicted" and "Montreal" in e.reason
    # people who must be U.S. citizens are not broken by where a backup is kept
    sol2 = sol.replace("H.2 The Contractor shall not permit project data to be stored, processed or viewed outside the "
                       "United States.", "H.2 Personnel with access to project data must be U.S. citizens.")
    prop2 = prop.replace("Each month", "All staff with access to project data are U.S. citizens. Each month")
    assert status_of(run(sol2, prop2)[0], "U.S. citizens").status != "contradicted"


def test_a_matrix_row_that_answers_in_words_is_an_answer():
    sol = ("# RFP\n\n## Section C - Work\n\n### C.1 Intake\n\nC.1 The Contractor shall ingest survey submissions "
           "from every component.\n\n## Section I - Contract Clauses\n\nThe Contractor shall comply with FAR 52.204-21, "
           "Basic Safeguarding of Covered Contractor Information Systems.\n")
    prop = ("# Proposal\n\n## 1. Intake\n\nOur loader ingests submissions from every survey component.\n\n"
            "## 2. Compliance matrix\n\n| RFP paragraph | Subject | Proposal section |\n|---|---|---|\n"
            "| C.1 | Intake | 1 |\n"
            "| I | FAR 52.204-21 safeguarding | 1; we maintain all 15 basic safeguarding controls on the systems that "
            "hold survey data |\n")
    e = status_of(run(sol, prop)[0], "52.204-21")
    assert e.status == "addressed", e.reason
    assert "15 basic safeguarding controls" in e.response.text


def test_a_matrix_row_that_commits_in_words_answers_its_clause():
    # "| FAR 52.224-3 (JAN 2017) | Ironwood Ridge will comply |" points nowhere: it is the answer
    sol = ("# RFP\n\n## Section C - Work\n\n### C.1 Intake\n\nC.1 The Contractor shall ingest survey submissions "
           "from every component.\n\n## Section I - Contract Clauses\n\nI.1 The Contractor shall comply with FAR "
           "52.224-3, Privacy Training (JAN 2017).\n\nI.2 The Contractor shall comply with FAR 52.239-1, Privacy or "
           "Security Safeguards (AUG 1996).\n")
    prop = ("# Proposal\n\n## 1. Intake\n\nOur loader ingests submissions from every survey component.\n\n"
            "## 2. Compliance matrix\n\n| RFP reference | Where addressed |\n|---|---|\n"
            "| C.1 Intake | 1 |\n"
            "| FAR 52.224-3 (JAN 2017) | Ironwood Ridge will comply |\n")
    entries = run(sol, prop)[0]
    assert status_of(entries, "52.224-3").status == "addressed"
    assert status_of(entries, "52.239-1").status == "not addressed"


def test_one_sentence_naming_two_clauses_answers_both():
    sol = ("# RFQ\n\n## I. Clauses\n\nI.1 The Contractor shall comply with FAR 52.204-21, Basic Safeguarding of "
           "Covered Contractor Information Systems (NOV 2021).\n\nI.2 The Contractor shall comply with FAR 52.204-25, "
           "Prohibition on Contracting for Certain Telecommunications and Video Surveillance Services or Equipment "
           "(NOV 2021).\n\nI.3 The Contractor shall comply with FAR 52.239-1, Privacy or Security Safeguards.\n")
    prop = "# Q\n\n## 8. Compliance\n\nOrrery will comply with FAR 52.204-21 (NOV 2021) and FAR 52.204-25 (NOV 2021).\n"
    entries = run(sol, prop)[0]
    assert status_of(entries, "52.204-21").status == "addressed"
    assert status_of(entries, "52.204-25").status == "addressed"
    assert status_of(entries, "52.239-1").status == "not addressed"


def test_an_approver_of_the_vendors_own_is_not_the_governments():
    from clausecheck.traceability.judging import _own_approver

    req = "The Contractor shall obtain written approval from the COR before promoting any retrained model."
    assert _own_approver(req, "It is promoted after approval by Meridale's internal Change Advisory Board.")
    assert _own_approver(req, "It is promoted once approved by our release committee.")
    # an agency's own board, or the COR named beside the vendor's board, is the Government approving
    assert _own_approver(req, "It is promoted after approval by DHS's Change Advisory Board.") is None
    assert _own_approver(req, "It is promoted after approval by our release committee and the COR's written approval.") is None


def test_what_runs_at_a_release_is_not_the_release():
    from clausecheck.traceability.judging import _deployed_unapproved

    assert _deployed_unapproved("Scoring runs automatically at each model release and the results are attached.") is None
    assert _deployed_unapproved("Each retrained model is automatically deployed to production when its tests pass.")


def test_a_model_card_stating_what_a_model_is_not_meant_for_declines_nothing():
    e = traced("C.9 The Contractor shall document each model in a model card stating its training data, intended use "
               "and limitations.", "For each model we will publish a model card covering its training data, its "
               "intended use and what it is not meant for, and its limitations.")
    assert e.status == "addressed", e.reason


def test_a_milestone_month_is_no_count():
    from clausecheck.traceability.quantities import _number_conflict

    assert _number_conflict("The labelled library shall contain at least 20,000 annotated interference events.",
                            "| Labelled interference library | Month 6 |")[0] is None


def test_forecast_horizons_listed_after_at():
    e = traced("C.3.2 The Contractor shall produce concentration forecasts for each monitoring well at horizons of "
               "1, 5 and 20 years.", "We produce concentration forecasts for each monitoring well at one, three, "
               "five and ten years.")
    assert e.status == "contradicted" and "20 years" in e.reason, e.reason


def test_form_numbers_are_no_counts():
    from clausecheck.traceability.quantities import _count_conflict

    assert _count_conflict("The Contractor shall ingest all LM-2, LM-3 and LM-4 reports filed since 2010.",
                           "LedgerSight loads every LM-2 and LM-3 report filed electronically since 2010.") is None
    assert _count_conflict("The Contractor shall deliver three monthly reports.", "We deliver two monthly reports.")


@pytest.mark.parametrize("requirement, answer", [
    # a rolling buffer written as one hyphenated word holds that much history
    ("C.4 The Contractor shall buffer at least 72 hours of raw sensor data during a backhaul outage.",
     "The edge unit holds a 24-hour rolling buffer of raw sensor data during a backhaul outage and sends the buffered "
     "data to the cloud once the connection returns."),
    # "ArcGIS Online" names a product: nothing is kept online
    ("C.6 The Contractor shall publish the confirmed detections as a hosted feature layer in the NOAA ArcGIS Online "
     "organization within 10 business days of analyst confirmation.",
     "Net detections confirmed by a NOAA analyst are pushed to the program's ArcGIS Online organization as a hosted "
     "feature layer within three weeks of confirmation."),
    # a window after an event waits on a quarterly update
    ("C.5 The Contractor shall recalibrate the baseline model of any gate leaf within 10 days after a maintenance "
     "action.", "Baselines are recalibrated for all gate leaves at each quarterly model update, which picks up any "
     "maintenance action performed during the quarter."),
])
def test_buffers_product_names_and_quarterly_updates(requirement, answer):
    e = traced(requirement, answer)
    assert e.status == "contradicted", e.reason


def test_a_ban_on_verdicts_is_broken_by_a_feature_that_gives_one_anywhere():
    sol = "\n\n".join(["# RFQ", "## C", "C.3 The assistant shall summarize each hearing record.",
                        "C.4 The assistant shall not generate, suggest or rank any parole decision."])
    parts = ["# Q", "## 2. Summaries", "The assistant summarizes each hearing record in a two-page brief.",
             "## 5. Analyst Tools", "It places the case against the parole guideline range and {}."]
    offered = "\n\n".join(parts).format("proposes the disposition most consistent with that position")
    refused = "\n\n".join(parts).format("never proposes a disposition")
    got = {name: status_of(run(sol, prop)[0], "C.4") for name, prop in (("offered", offered), ("refused", refused))}
    assert got["offered"].status == "contradicted" and "proposes the disposition" in got["offered"].reason
    assert got["refused"].status != "contradicted", got["refused"].reason


def test_verdict_features_about_another_subject_break_no_ban():
    from clausecheck.traceability.units import proposal_units
    from clausecheck.traceability.verdicts import verdict_feature

    prop = load_document(b"# Q\n\n## 3. Quality\n\nEach draft carries a Readability Score for the editor.\n", path="p.md")
    units = proposal_units([prop])
    assert verdict_feature("The system shall not generate any recommendation to grant or deny clemency.", units) is None
    assert verdict_feature("The system shall not generate any readability score for drafts.", units) is not None


def test_a_recalculation_cycle_shorter_than_the_window_is_no_wait():
    from clausecheck.traceability.quantities import _batch_conflict

    req = "The optimizer shall return an updated recommendation within 5 seconds of any change to the queue."
    assert _batch_conflict(req, "LockFlow recalculates the recommended sequence on a fixed two-second cycle.") is None
    assert _batch_conflict(req, "LockFlow recalculates the recommended sequence on a fixed one-minute cycle.")


def test_a_word_used_of_a_thing_is_no_act_to_undo():
    """18F ADS RFQ: "Quoters must submit a separate Attachment C for each pool ..." answered by a
    passage headed "Pool Labor categories" is no pooling of what must be kept apart."""
    from clausecheck.traceability.opposites import opposite_conflict

    req = "Quoters must submit a separate Attachment C for each pool it is submitting a quote for."
    assert opposite_conflict(req, "Pool Labor categories to deliverable tasks in Attachment C for each pool.") is None
    assert opposite_conflict("The Contractor shall separate training images and test images by site.",
                             "We will pool training images and test images from every site.")


def test_two_cadences_are_no_span_and_an_attachment_number_is_no_figure():
    from clausecheck.traceability.quantities import _number_conflict

    # "daily and hourly detail" named a span of 25 hours, worse than "a daily delivery window"
    assert [q.hours for q in quantities("modeled at full daily and hourly detail")] == [24.0, 1.0]
    assert [q.hours for q in quantities("kept for six years and three months")] == [(6 * 365 + 91.25) * 24]
    # "Attachment 1" read as 100 percent against "within 1 percent"
    req = "The Contractor shall report a container count for each storage lot that is within 1 percent of the count."
    assert _number_conflict(req, "Our crews image every storage lot in Attachment 1 at all three depots.")[0] is None
    assert _number_conflict(req, "Our counts fall within 3 percent of the physical count.")[0]


def test_the_agency_is_not_the_author_and_a_capability_is_no_hedge():
    from types import SimpleNamespace

    from clausecheck.traceability.judging import _self_names, _weak

    units = [SimpleNamespace(text=t) for t in
             ("SSA will provide test data.", "SSA will name a COR.", "Clearline will host it.", "Clearline will train staff.")]
    selfs = _self_names(units, "The Contractor shall deliver notices to SSA.")
    assert "ssa" not in selfs and "clearline" in selfs
    assert _weak("Clearline keeps each draft for six years; SSA may export them at any time.", selfs) is None
    assert _weak("Clearline may keep each draft for six years.", selfs) == "may"
    # a capability in a subordinate clause does not hedge the commitment
    assert _weak("The service runs in our tenancy, where we can add GPU workers within minutes.", selfs) is None


def test_a_plan_the_offeror_is_told_to_provide_is_answered_under_its_subject():
    sol = ("# RFQ\n\n## Section L\n\nL.4 The Offeror shall provide a transition-in plan that reaches full operation on "
           "all cameras within 60 days after award.\n")
    prop = ("# Quotation\n\n## 8. Management\n\n### 8.4 Transition In\n\nFull operation on all 412 cameras will be "
            "reached within 45 days after award: feed connections in the first three weeks and a two-week parallel "
            "run before go-live.\n")
    assert status_of(run(sol, prop)[0], "transition-in plan").status == "addressed"
    # a plan the Contractor must deliver later is a document: describing the transition is not delivering it
    sol = sol.replace("L.4 The Offeror shall provide", "C.4 The Contractor shall deliver")
    assert status_of(run(sol, prop)[0], "transition-in plan").status != "addressed"


def test_a_security_incident_window_nearby_is_no_worse_outage_notice():
    sol = ("# RFQ\n\n## C\n\nC.6 The Contractor shall notify the COR within 15 minutes of any outage that stops "
           "detection on more than five cameras.\n")
    prop = ("# Quotation\n\n## 6. Operations\n\n### 6.3 Outages\n\nWhen an outage stops detection on more than five "
            "cameras, our operations desk notifies the COR promptly.\n\n### 6.4 Security\n\nOur security officer reports "
            "any security incident that touches Forest Service data to the USDA Security Operations Center within 60 "
            "minutes of discovery, and copies the COR.\n")
    e = status_of(run(sol, prop)[0], "any outage")
    assert e.status == "partially addressed", e.reason


def test_a_sample_in_an_appendix_of_its_own_answers_the_request():
    sol = ("# RFP\n\n## Section L\n\nL.5 The Offeror shall submit one sample evidence brief produced by its proposed "
           "system in answer to the question in Attachment L-1.\n")
    prop = ("# Proposal\n\n## 1. Approach\n\nAnalysts ask questions and the system drafts briefs from the corpus.\n\n"
            "## Appendix A. Sample Brief (Attachment L-1 Question)\n\nQuestion: What have evaluations found about the "
            "durability of farmer field school results?\n\nSummary: Three evaluations found that adoption held up.\n")
    e = status_of(run(sol, prop)[0], "sample evidence brief")
    assert e.status == "addressed" and "Appendix A. Sample Brief" in e.reason
    # a heading about sampling something else is no sample of the brief
    prop = prop.replace("Appendix A. Sample Brief (Attachment L-1 Question)", "Appendix A. Sample Size for Reviews")
    assert status_of(run(sol, prop)[0], "sample evidence brief").status != "addressed"


def test_two_duties_of_one_paragraph_may_share_the_passage_that_answers_both():
    sol = ("# RFP\n\n## C\n\nC.4 No referral shall be closed or deprioritized by the system alone; a deputy or "
           "inspector must record the disposition of every referral.\n\n"
           "C.5 The Contractor shall deliver a monthly status report to the COR.\n")
    prop = ("# Proposal\n\n## 1. Reporting\n\nEach month we send the COR a status report.\n\n"
            "## 2. People decide\n\nThe system never closes a case or lowers its priority; the referral stays open "
            "until a deputy or inspector enters a disposition.\n\n"
            "The inspector decides what to do.\n")
    entries = run(sol, prop)[0]
    e = status_of(entries, "closed or deprioritized")
    assert e.status == "addressed" and "never closes a case" in e.response.text, e.reason
    assert status_of(entries, "record the disposition").status == "addressed"
    # two duties of different paragraphs do not share a passage that matches the second only thinly
    sol2 = sol.replace("alone; a deputy", "alone.\n\nC.4a A deputy")
    e2 = status_of(run(sol2, prop)[0], "closed or deprioritized")
    assert e2.status == "not addressed", e2.reason


def test_a_hedged_passage_on_the_subject_half_answers_even_when_it_matches_thinly():
    sol = ("# RFP\n\n## C\n\nC.3 Each risk score shall be accompanied by the three leading contributing factors, "
           "stated in plain language for investigators.\n\n"
           "C.4 The Contractor shall deliver a monthly status report to the COR.\n")
    prop = ("# Proposal\n\n## 1. Reporting\n\nEach month we send the COR a status report.\n\n"
            "## 2. Review screen\n\nWhere practicable, the review view will show the features that most influenced "
            "a score, such as a jump in monthly volume.\n")
    e = status_of(run(sol, prop)[0], "contributing factors")
    assert e.status == "partially addressed" and "Where practicable" in e.reason, e.reason
    # without the hedge the same thin match answers nothing; a deferral is not read as a hedge
    for answer in ("The review view shows the monthly volume of each office.",
                   "The review layout will be settled with the COR after award, once the features are known."):
        e2 = status_of(run(sol, prop.replace(prop.split("## 2. Review screen\n\n")[1], answer + "\n"))[0],
                       "contributing factors")
        assert e2.status == "not addressed", (answer, e2.reason)


@pytest.mark.parametrize(("clause", "answer", "status"), [
    ("FAR 52.240-1, Prohibition on Unmanned Aircraft Systems Manufactured or Assembled by American Security Drone "
     "Act-Covered Foreign Entities", "Our fleet of twelve quadcopters is made by a Shenzhen-based manufacturer.",
     "contradicted"),
    ("FAR 52.240-1, Prohibition on Unmanned Aircraft Systems Manufactured or Assembled by American Security Drone "
     "Act-Covered Foreign Entities", "Check flights are flown with our DJI Matrice 350 RTK aircraft.", "contradicted"),
    ("FAR 52.240-1, Prohibition on Unmanned Aircraft Systems Manufactured or Assembled by American Security Drone "
     "Act-Covered Foreign Entities", "No DJI aircraft are used; our quadcopters are assembled in Ohio.", "!contradicted"),
    # a maker's country bans only its aircraft
    ("FAR 52.240-1, Prohibition on Unmanned Aircraft Systems Manufactured or Assembled by American Security Drone "
     "Act-Covered Foreign Entities", "Our label printers come from a Shenzhen-based manufacturer.", "!contradicted"),
    ("FAR 52.204-27, Prohibition on a ByteDance Covered Application",
     "Analysts keep research handsets with the TikTok app installed to reach listings.", "contradicted"),
    ("FAR 52.204-27, Prohibition on a ByteDance Covered Application",
     "We comply with FAR 52.204-27, Prohibition on a ByteDance Covered Application.", "!contradicted"),
    ("FAR 52.204-25, Prohibition on Contracting for Certain Telecommunications and Video Surveillance Services or "
     "Equipment", "Site cameras are Hikvision units already installed at each depot.", "contradicted"),
    ("FAR 52.204-25, Prohibition on Contracting for Certain Telecommunications and Video Surveillance Services or "
     "Equipment", "Our network contains no Huawei or ZTE equipment.", "!contradicted"),
])
def test_a_source_a_clause_bans_by_name_contradicts_it_wherever_the_proposal_names_it(clause, answer, status):
    sol = f"# RFQ\n\n## I\n\nI.1 The Contractor shall comply with {clause}.\n\n## C\n\nC.1 The Contractor shall fly weekly surveys.\n"
    prop = f"# Q\n\n## 1. Surveys\n\nWe fly the surveys every week.\n\n## 2. Equipment\n\n{answer}\n"
    e = status_of(run(sol, prop)[0], clause[:12])
    assert _status_is(e, status), e.reason
    if e.status == "contradicted":
        assert "prohibits" in e.reason and e.response is not None


@pytest.mark.parametrize(("clause", "answer"), [
    ("FAR 52.204-27, Prohibition on a ByteDance Covered Application",
     "Our acceptable use policy prohibits TikTok and every other ByteDance application on any device used for "
     "this contract."),
    ("FAR 52.204-25, Prohibition on Contracting for Certain Telecommunications and Video Surveillance Services or "
     "Equipment", "Our network contains no Huawei or ZTE equipment."),
    ("FAR 52.240-1, Prohibition on Unmanned Aircraft Systems Manufactured or Assembled by American Security Drone "
     "Act-Covered Foreign Entities", "No DJI aircraft are used on this contract."),
])
def test_a_passage_that_keeps_out_what_a_clause_bans_answers_the_clause(clause, answer):
    sol = f"# RFQ\n\n## I\n\nI.1 The Contractor shall comply with {clause}.\n\n## C\n\nC.1 The Contractor shall fly weekly surveys.\n"
    prop = f"# Q\n\n## 1. Surveys\n\nWe fly the surveys every week.\n\n## 4. Corporate Practices\n\n{answer}\n"
    e = status_of(run(sol, prop)[0], clause[:12])
    assert e.status == "addressed" and "keeps out" in e.reason and e.response is not None, e.reason
    # naming the source without keeping it out is no answer
    e = status_of(run(sol, prop.replace(answer, "Our field crews review survey imagery each evening."))[0], clause[:12])
    assert e.status == "not addressed", e.reason


def test_an_investigation_tier_is_a_level_not_a_count():
    e = traced("C.56 All staff with access must obtain a favorably adjudicated Tier 2 background investigation before "
               "access.", "Administrators hold Tier 2 investigations; engineers and labelling staff will hold Tier 1 "
               "investigations before access.")
    assert e.status == "contradicted" and e.reason == "offers Tier 1 where the solicitation requires Tier 2 (investigation tier)"


@pytest.mark.parametrize("requirement, answer, status", [
    # working days of a service: five are one week, ten are two
    ("C.201 The Contractor shall provide a transition plan and two weeks of knowledge transfer to DOE staff at the "
     "end of performance.", "At the end of performance we will hand over a written transition plan and provide five "
     "working days of knowledge transfer to DOE staff.", "contradicted"),
    ("C.202 The Contractor shall provide a transition plan and two weeks of knowledge transfer to DOE staff at the "
     "end of performance.", "At the end of performance we will hand over a written transition plan and provide ten "
     "working days of knowledge transfer to DOE staff.", "addressed"),
    # a deadline given as a calendar date, and a later one
    ("C.203 The Contractor shall deliver a seasonal verification report no later than December 15 of each year.",
     "The seasonal verification report is delivered by January 31 of the following year, once the final monitor "
     "data are available.", "contradicted"),
    ("C.204 The Contractor shall deliver the annual model report no later than March 15 of each year.",
     "The annual model report is delivered by March 1 each year.", "addressed"),
    # the hours of a named time, and the age at which an open item is acted on
    ("C.205 The Contractor shall provide an alert to the Ground Control Engineer within 2 hours when any instrument "
     "exceeds its action level.", "When an instrument passes its action level, CreepWatch sends an alert to the Ground "
     "Control Engineer within one operating shift (8 hours).", "contradicted"),
    ("C.206 The Contractor shall generate an escalation to the Radiology Quality Office for any finding that remains "
     "open 30 calendar days past its recommended follow-up date.", "Items that are still open 60 days after the "
     "follow-up date the radiologist recommended are escalated to the Radiology Quality Office.", "contradicted"),
    # the next morning is a day away; a feed collected each evening waits for the evening
    ("C.207 The Contractor shall send an alert within 4 hours when an item's 30 day probability crosses the "
     "threshold set by the COR.", "When an item crosses the 30-day probability threshold set by the COR, ShortWatch "
     "includes it in a threshold alert digest e-mailed the next morning.", "contradicted"),
    ("C.208 The Contractor shall ingest each newly published AD and make it available for matching within 4 hours of "
     "its publication in the Federal Register.", "DirectiveLens collects new and revised ADs from the Federal Register "
     "and the Dynamic Regulatory System each evening and makes them available for matching.", "contradicted"),
    # how much the system must handle, and an answer whose own limit is lower
    ("C.209 The system shall inspect fabric at line speeds up to 40 yards per minute across the full width.",
     "The system inspects fabric across the full width at line speeds up to 30 yards per minute; above that speed "
     "the line must be slowed.", "contradicted"),
    ("C.210 The system shall inspect fabric at line speeds up to 40 yards per minute across the full width.",
     "The system inspects fabric across the full width at line speeds up to 45 yards per minute.", "addressed"),
    # writing a record where none may be created; "when no record scores high enough" is a condition
    ("C.211 The Contractor shall not create new premises records in the Government premises registry.",
     "When no registry record scores high enough, TraceWorks writes a provisional premises record into the "
     "Government premises registry for the State to confirm.", "contradicted"),
    # an example quoted in the answer is not what the proposal does
    ("C.212 The Contractor shall not share prime vendor pricing or fill-rate data outside the DLA enclave.",
     "Pricing and fill-rate data stay inside the DLA enclave. Each score comes with short reasons such as \"Only one "
     "manufacturer has shipped this item to another depot in the last 60 days\".", "!contradicted"),
    # going straight to a person's queue is routing to review, not skipping it
    ("C.213 The Contractor shall route every P1 and P2 report to the duty analyst queue before any response is "
     "sent.", "All P1 and P2 submissions go straight to the duty analyst queue, and no response is sent before the "
     "analyst confirms it.", "!contradicted"),
    # the time without data that marks a site stale is no refresh interval
    ("C.214 The Contractor shall refresh every site forecast at intervals of no more than 5 minutes.",
     "ParkCast refreshes every site forecast every 2 minutes, and marks a site forecast as stale when the site sends "
     "no data for 10 minutes.", "addressed"),
])
def test_calendar_dates_capacities_named_times_and_quoted_examples(requirement, answer, status):
    e = traced(requirement, answer)
    assert _status_is(e, status), e.reason


def test_half_units_and_days_of_a_month():
    from clausecheck.extract.deadlines import find_durations
    from clausecheck.traceability.quantities import _count_conflict
    assert [d.iso for d in find_durations("in under two and a half minutes")] == ["PT2.5M"]
    assert [d.iso for d in find_durations("one and a half hours")] == ["PT1.5H"]
    # "March 15 of each year" is no count of fifteen things
    assert _count_conflict("deliver the report no later than March 15 of each year.",
                           "The report is delivered by March 1 each year.") is None


def test_a_close_passage_that_meets_the_figure_answers_it_in_part():
    sol = ("# RFQ\n\n## C\n\nC.1 Each alert message is required to remain viewable on a 2G mobile connection, with a "
           "total payload under 150 kilobytes.\n\nC.2 The Contractor shall hold a weekly status meeting.\n")
    prop = ("# Q\n\n## 3. Messages\n\nEach alert, images included, stays under 80 kilobytes, so it opens on 2G "
            "networks.\n\n## 4. Management\n\nWe hold a weekly status meeting.\n")
    assert status_of(run(sol, prop)[0], "2G mobile").status == "partially addressed"
    worse = prop.replace("80 kilobytes", "400 kilobytes")
    assert status_of(run(sol, worse)[0], "2G mobile").status not in ("addressed", "partially addressed")


@pytest.mark.parametrize("requirement, answer, status", [
    # "shall use no ... to train": a ban, broken by reuse of de-identified edits for a shared model
    ("C.221 The Contractor shall use no Plan content, reviewer comment or reviewer edit to train or improve models "
     "offered to other customers.", "Reviewer edits to draft comments are stripped of state names and identifiers "
     "and added to the PlanSight improvement corpus, which we use to refine the comment-drafting model shared by all "
     "PlanSight customers.", "contradicted"),
    # the team the reviewer must be independent of, doing the review
    ("C.222 The annual accuracy audit shall be conducted by a reviewer independent of the extraction team.",
     "Each year the extraction team lead draws a sample of 2,000 converted certificates for the annual accuracy "
     "audit, re-keys them by hand and reports accuracy to the COR.", "contradicted"),
    ("C.223 The annual accuracy audit shall be conducted by a reviewer independent of the extraction team.",
     "Each year a quality reviewer from our audit office, separate from the extraction team, conducts the annual "
     "accuracy audit on a sample of 2,000 certificates.", "!contradicted"),
    # "the end of month 12" against "within the first nine months"
    ("C.224 The Contractor shall clear the backlog of approximately 180,000 paper certificates within the first nine "
     "months of performance.", "We will clear the backlog of roughly 180,000 paper certificates in four tranches, "
     "completing the last tranche at the end of month 12.", "contradicted"),
    ("C.225 The Contractor shall clear the backlog of approximately 180,000 paper certificates within the first nine "
     "months of performance.", "We will clear the backlog of roughly 180,000 paper certificates in four tranches, "
     "completing the last tranche at the end of month 8.", "addressed"),
])
def test_bans_on_using_none_named_teams_and_numbered_months(requirement, answer, status):
    e = traced(requirement, answer)
    assert _status_is(e, status), e.reason


def test_a_hedge_does_not_share_its_own_words_with_the_requirement():
    sol = ("# RFQ\n\n## C\n\nC.1 The Contractor shall deliver a transition-out plan no later than 90 days before the "
           "end of performance.\n\nC.2 The Contractor shall hold a weekly status meeting.\n")
    prop = ("# Q\n\n## 4. Releases\n\nWe plan to add an OCR step for scanned filings in a later release once the "
            "volume of such filings is known.\n\n## 5. Management\n\nWe hold a weekly status meeting.\n")
    assert status_of(run(sol, prop)[0], "transition-out").status == "not addressed"


@pytest.mark.parametrize("requirement, answer, status", [
    # a smaller count in the answer's paragraph, beside the sentence read as the answer
    ("C.231 The system shall return a ranked list of the 50 most similar reference designs for each query impression.",
     "Each query impression returns a ranked candidate list to the examiner. The list holds the 25 highest-ranked "
     "reference designs, with the similarity index of each.", "contradicted"),
    ("C.232 The system shall return a ranked list of the 50 most similar reference designs for each query impression.",
     "Each query impression returns a ranked candidate list to the examiner. The list holds the 60 highest-ranked "
     "reference designs, with the similarity index of each.", "!contradicted"),
])
def test_counts_beside_the_answer(requirement, answer, status):
    e = traced(requirement, answer)
    assert _status_is(e, status), e.reason


def test_a_lower_capacity_in_a_close_passage_conflicts():
    sol = ("# RFQ\n\n## C\n\nC.1 The Contractor shall support submittal packages of up to 800 pages, including scanned "
           "shop drawings.\n\nC.2 The Contractor shall hold a weekly status meeting.\n")
    prop = ("# Q\n\n## 3. Drawings\n\nScanned shop drawings are read by our drawing model.\n\n## 4. Uploads\n\n"
            "SubmittalScout accepts submittal packages of up to 350 pages per upload.\n\n## 5. Management\n\n"
            "We hold a weekly status meeting.\n")
    assert status_of(run(sol, prop)[0], "800 pages").status == "contradicted"


def test_the_sample_the_requirement_sets_is_no_subset_of_it():
    req = ("C.241 The Contractor shall support a 60-day acceptance test at the Government laboratory, during which "
           "Government inspectors review every flagged segment and a random 10 percent of unflagged segments.")
    ans = ("During the 60-day acceptance test at the Government laboratory two engineers will prepare the random 10 "
           "percent sample of unflagged segments for the Government inspectors.")
    assert traced(req, ans).status != "contradicted"
    assert traced(req, ans.replace("10 percent", "2 percent")).status == "contradicted"


@pytest.mark.parametrize("requirement, answer, status", [
    # the time for the percentile the requirement names, not the median beside it
    ("C.251 The Contractor shall return a match result for each scanned label within 2 seconds at the 95th "
     "percentile.", "In bench trials the median time from scan to match result was 0.9 seconds; the 95th percentile "
     "was 6 seconds on a congested warehouse network.", "contradicted"),
    ("C.252 The Contractor shall return a match result for each scanned label within 2 seconds at the 95th "
     "percentile.", "In bench trials the median time from scan to match result was 0.9 seconds; the 99th percentile "
     "was 6 seconds on a congested warehouse network.", "!contradicted"),
    # top-1 and top-3 accuracy are different measures
    ("C.253 The classifier shall reach a top-1 routing accuracy of at least 0.88 on the held-out set.",
     "Our acceptance target is 0.83 top-1 routing accuracy on the held-out set, together with 0.95 top-3 accuracy.",
     "contradicted"),
    ("C.254 The classifier shall reach a top-1 routing accuracy of at least 0.88 on the held-out set.",
     "Top-1 routing accuracy on the held-out set is 0.91, and top-3 accuracy is 0.98.", "addressed"),
    # the event a time counts from is no act timed: "After each deployment closes, we deliver ..."
    ("C.255 The Contractor shall submit an after-action report for each deployment within 10 business days.",
     "After each deployment closes, we deliver an after-action report 30 calendar days after the last field sortie.",
     "contradicted"),
    # a time set before the main clause governs each duty it joins ("return ... and delete ...")
    ("C.256 Within 30 days after contract completion, the Contractor shall return all agency data and delete every "
     "copy it holds.", "At contract end we will return all agency data in its native formats and purge every copy "
     "from our systems within 90 days.", "contradicted"),
    ("C.257 Within 30 days after contract completion, the Contractor shall return all agency data and delete every "
     "copy it holds.", "At contract end we will return all agency data in its native formats and purge every copy "
     "from our systems within 20 days.", "addressed"),
    # a reading grade that flags drafts: a higher cut-off flags fewer of them
    ("C.258 The Contractor shall flag any letter above grade 7.0 on the Flesch-Kincaid scale.",
     "LetterLens flags a letter for the editor when its Flesch-Kincaid grade is above 9.0.", "contradicted"),
    ("C.259 The Contractor shall flag any letter above grade 7.0 on the Flesch-Kincaid scale.",
     "LetterLens flags a letter for the editor when its Flesch-Kincaid grade is above 6.5.", "addressed"),
    # "are licensed, not delivered": one act in place of the duty's
    ("C.260 The Contractor shall deliver all source code, trained model weights and matching rules developed under "
     "this order.", "The trained ranking models and the matching rule library are licensed, not delivered; the "
     "Government receives a perpetual licence to use them.", "contradicted"),
    # listing what must be left out
    ("C.261 The Contractor shall exclude vessel names, hull numbers and owner names from all public-facing summaries.",
     "So that readers can follow up, each public summary lists the vessel name and the hull number of the nearest "
     "tracked ship.", "contradicted"),
    # a cut-off after a decimal figure: "wider than 2.0 feet or whose confidence is below 0.70"
    ("C.262 The Contractor shall flag for site review every parcel whose estimate interval is wider than 2.0 feet or "
     "whose class confidence is below 0.70.", "Any parcel whose interval is wider than 1.5 feet, or whose class "
     "confidence falls below 0.75, goes on the site review list.", "addressed"),
    ("C.263 The Contractor shall flag for site review every parcel whose estimate interval is wider than 2.0 feet or "
     "whose class confidence is below 0.70.", "Any parcel whose interval is wider than 1.5 feet, or whose class "
     "confidence falls below 0.60, goes on the site review list.", "contradicted"),
    # "0.70 each month" is a level measured monthly, not seventy things a month
    ("C.264 The flagged invoices shall reach a precision of at least 0.70 each month against auditor findings.",
     "Precision of flagged invoices against auditor findings | 0.76 or better, every month", "addressed"),
    # a count of events within a window that sets off an alert: fewer events or a longer window catch more
    ("C.265 The Contractor shall alert the program office whenever three or more faults share a part serial number "
     "within 60 days.", "When two or more faults are recorded against the same part serial number within any 90-day "
     "period, the service alerts the program office.", "addressed"),
    ("C.266 The Contractor shall alert the program office whenever three or more faults share a part serial number "
     "within 60 days.", "When four or more faults are recorded against the same part serial number within any 90-day "
     "period, the service alerts the program office.", "contradicted"),
    ("C.267 The Contractor shall alert the program office whenever three or more faults share a part serial number "
     "within 60 days.", "When two or more faults are recorded against the same part serial number within any 30-day "
     "period, the service alerts the program office.", "contradicted"),
    # a fairness check by a protected attribute is no use of it as a feature
    ("C.268 The model shall not use race, religion or national origin as model inputs.",
     "The model reads no race, religion or national origin field. Using the pilot data, we will test whether "
     "priority tiers differ by race once case type is taken into account, and report the results to the COR.",
     "!contradicted"),
    # agreement with experts on a share of items is accuracy, not a share of the work done
    ("C.269 The Contractor shall propose a review code for each result and cite the rule that triggered it.",
     "On the Government benchmark set the proposed review codes will match those of senior reviewers on 95 percent "
     "of results, and each code cites the rule that triggered it.", "addressed"),
    # moving a model version to production is no data leaving a boundary
    ("C.270 The Contractor shall host the system only within the agency's FedRAMP High authorized cloud enclave.",
     "A new model version moves to production only after the COR approves it in writing.", "!contradicted"),
    # translated automatically so that a person can review it: toward review, not around it
    ("C.271 No draft reply shall be sent to a member of the public until an agency specialist has approved it.",
     "Every draft reply waits in the specialist queue until a specialist approves it. Messages written in Spanish are "
     "detected automatically and machine-translated into English so that any specialist can review them.",
     "addressed"),
    ("C.271b No change shall be written to the reference library until an agency evaluator has approved it.",
     "Corrections the assistant is sure of are written to the reference library automatically and listed in a "
     "weekly digest so evaluators can review them after the fact.", "contradicted"),
    # a claim put on hold by the system on its own, against a ban on holding claims
    ("C.272 The service shall not deny, pend or reduce any claim.",
     "To stop risky payments while examiners work the queue, the service automatically places claims with a risk "
     "score above 0.90 in pended status in the payment system. The examiner then releases the claim or takes other "
     "action.", "contradicted"),
    # a ban on sending commands, broken by writing setpoints to the controller in a later phase
    ("C.273 The Contractor shall not send any command or setpoint to the plant control system.",
     "In Phase 1 the tool reads the plant historian through a read-only account. In Phase 2 it will write its "
     "recommended pump setpoints directly to the plant control system.", "contradicted"),
    # backups left to a rotation against destruction of every copy, backups included
    ("C.274 Within 30 days after a matter closes, the Contractor shall destroy all copies of its documents, including "
     "backups.", "When a matter closes we purge its workspace and indexes within 30 days. Backup copies are not purged "
     "individually; they expire under our 90-day backup rotation.", "contradicted"),
    # a length of a pilot written as an adjective ("a 75-day shadow pilot")
    ("C.275 The Contractor shall run a shadow pilot of at least 60 days in at least three regions.",
     "Before any region sees scores, we run a 75-day shadow pilot in three regions the COR selects.", "addressed"),
    ("C.276 The Contractor shall run a shadow pilot of at least 60 days in at least three regions.",
     "Before any region sees scores, we run a 40-day shadow pilot in three regions the COR selects.", "contradicted"),
    # a cadence said of the computation ("is computed daily") against a weekly one
    ("C.277 The Contractor shall compute population drift for each input feature weekly.",
     "The population stability index of every input feature is computed daily.", "addressed"),
    # "beforehand" is in advance, whatever is done ahead of the visit
    ("C.278 The Contractor shall coordinate every field visit with the district contact at least five business days "
     "in advance.", "We send the district contact a schedule for every field visit at least seven business days "
     "beforehand.", "addressed"),
    ("C.279 The Contractor shall coordinate every field visit with the district contact at least five business days "
     "in advance.", "We send the district contact a schedule for every field visit at least two business days "
     "beforehand.", "contradicted"),
    # a sample the proposal holds in a table
    ("C.281 Offerors shall submit a sample backtest for the four commodities named in Attachment 2.",
     "As instructed, we ran a backtest of our method on the four commodities of Attachment 2 over 2014 to 2024. The "
     "table reports the six-month-ahead backtest results.", "addressed"),
    # a least number of things, answered without any number
    ("C.282 Each risk score shall be accompanied by no fewer than three reason codes.",
     "Every score is delivered with reason codes from the catalog in Attachment J-3, ranked by their contribution to "
     "the score.", "partially addressed"),
    ("C.283 Each risk score shall be accompanied by no fewer than three reason codes.",
     "Every score is delivered with its four strongest reason codes from the catalog in Attachment J-3.", "addressed"),
    ("C.284 The valuation shall include a sensitivity analysis with results under at least three economic scenarios.",
     "The valuation includes a sensitivity analysis with results under each economic scenario the agency supplies, "
     "typically baseline, adverse and severely adverse.", "addressed"),
    # a change capped at a multiple of the present value
    ("C.287 The Contractor shall not recommend an interval longer than twice the current interval in one cycle.",
     "Where the data support it, the tool may extend an interval by up to three times the current value in one "
     "step.", "contradicted"),
    # a decimal point ends no clause: the 95th-percentile time after "1.5"
    ("C.288 The service shall return a score for each claim within 500 milliseconds at the 95th percentile.",
     "In load tests the service returns a score in 220 milliseconds at the median and in 1.5 seconds at the 95th "
     "percentile.", "contradicted"),
    # each verb of a banned list, done by the system on its own
    ("C.289 The system shall not approve, reject, or place on hold any payment.",
     "Invoices scoring 90 or above are automatically placed in payment hold status. Every final decision to pay or "
     "reject is made by the certifying officer.", "contradicted"),
    # vetting that must be complete before work starts
    ("C.290 All Contractor staff shall complete a background investigation at the Moderate Risk level before "
     "receiving access to agency data.", "To keep the schedule, staff begin work under interim access while their "
     "Moderate Risk background investigations are being processed.", "contradicted"),
    ("C.291 All Contractor staff shall complete a background investigation at the Moderate Risk level before "
     "receiving access to agency data.", "No staff member receives access to agency data until the Moderate Risk "
     "background investigation is complete and favorably adjudicated.", "addressed"),
    # of several figures, the one beside the word the requirement names its share by
    ("C.292 The selection list shall reserve at least 20 percent of audit slots for cases chosen at random.",
     "We will fill 90 percent of audit slots from the ranked list and keep 10 percent random.", "contradicted"),
    ("C.293 The selection list shall reserve at least 20 percent of audit slots for cases chosen at random.",
     "We will fill 75 percent of audit slots from the ranked list and keep 25 percent random.", "addressed"),
    # a fairness check names every attribute it checks, the Government's own name included
    ("C.294 The model shall not use race, religion or national origin, or any proxy for them identified by PPSO, as "
     "inputs.", "The model reads no race, religion or national origin field. Using the pilot data, we will test "
     "whether tiers differ by race once case type is taken into account, and report the results to PPSO.",
     "!contradicted"),
    # a lead time in a table row
    ("C.295 The model must issue a warning at least 12 hours before a freezer passes minus 60 degrees.",
     "Median warning before a freezer passes minus 60 degrees | 6 hours", "contradicted"),
    ("C.296 The model must issue a warning at least 12 hours before a freezer passes minus 60 degrees.",
     "Median warning before a freezer passes minus 60 degrees | 18 hours", "addressed"),
    # how long to keep records, answered by a passage that never keeps them
    ("C.297 The Contractor shall retain the score, reason codes and model version for every alert for seven years.",
     "The work list shows the reason codes beside each alert.", "not addressed"),
    ("C.298 The Contractor shall retain the score, reason codes and model version for every alert for seven years.",
     "The score, reason codes and model version of every alert are kept in the audit store under the agency's "
     "records schedule.", "partially addressed"),
    # two agreements to sign, one of them left out
    ("C.299 Before receiving any data the Contractor shall sign a Data Use Agreement and a HIPAA business associate "
     "agreement.", "We will sign the agency's Data Use Agreement before any team member touches the data.",
     "partially addressed"),
    # material that must be licensed for delivery, licensed for the vendor's own organization
    ("C.300 The Contractor shall use only aerial imagery that the Government furnishes or that the Contractor is "
     "licensed to deliver to the Government.", "For oblique imagery we rely on SkyFrame, a commercial service that we "
     "license on a single-organization basis.", "contradicted"),
    ("C.301 The Contractor shall use only aerial imagery that the Government furnishes or that the Contractor is "
     "licensed to deliver to the Government.", "For oblique imagery we rely on SkyFrame, whose licence lets us deliver "
     "every image to the Government.", "addressed"),
    # the oldest platform and the smallest device the work must run on
    ("C.302 The app shall run on Android 10 or later and iOS 15 or later.",
     "The mobile app supports Android 12 and later and iOS 16 and later.", "contradicted"),
    ("C.303 The app shall run on Android 10 or later and iOS 15 or later.",
     "The mobile app supports Android 9 and later and iOS 15 and later.", "addressed"),
    ("C.304 The app shall run on field tablets with as little as 2 GB of memory.",
     "The app runs on field tablets and needs at least 3 GB of memory.", "contradicted"),
    # "days one through seven": a forecast's days counted out
    ("C.305 The Contractor shall produce daily forecasts of river stage for each of the next 14 days for every gauge.",
     "We will publish daily forecasts for every gauge for days one through seven after the forecast date.",
     "contradicted"),
    ("C.306 The Contractor shall produce daily forecasts of river stage for each of the next 14 days for every gauge.",
     "We will publish daily forecasts for every gauge for days 1 through 21 after the forecast date.", "addressed"),
    # a hedged promise about a forbidden change is weak, not a breach
    ("C.307 The Contractor shall not change the objective weights, the constraint set or the solver parameters "
     "without COR approval.", "Changes to objective weights, constraints or solver parameters in the production "
     "system will be submitted to the COR for approval where practicable.", "partially addressed"),
])
def test_percentiles_ranks_lead_times_triggers_and_bans_in_other_verbs(requirement, answer, status):
    e = traced(requirement, answer)
    assert _status_is(e, status), e.reason


def test_a_least_count_answered_without_a_number_names_the_things():
    from clausecheck.traceability.quantities import count_unstated
    req = "The engine shall return a ranked list of at least three qualified providers with open appointment slots."
    assert count_unstated(req, "The engine returns a ranked list of qualified providers with open slots.") == \
        "the requirement asks for three qualified providers; the answer gives no number"
    # a number for those things, or the things named one by one, is an answer in number
    assert count_unstated(req, "The engine returns a shortlist of three to five qualified providers.") is None
    assert count_unstated(req, "The engine returns the providers at Ames, Dayton and Tulsa with open slots.") is None


@pytest.mark.parametrize("requirement, answer, status", [
    # an investigation tier named with its risk level in parentheses
    ("C.6 All Contractor personnel must hold a favorably adjudicated Tier 4 background investigation before access.",
     "Every employee who works with beneficial ownership information will hold a favorably adjudicated Tier 2 "
     "(Moderate Risk Public Trust) investigation before access.", "contradicted"),
    ("C.6 All Contractor personnel must hold a favorably adjudicated Tier 2 background investigation before access.",
     "Every employee who works with beneficial ownership information will hold a favorably adjudicated Tier 4 "
     "(High Risk Public Trust) investigation before access.", "addressed"),
    # the coverage of an uncertainty interval: a narrower level is worse
    ("C.2 Each antigenic distance prediction shall be accompanied by a 90 percent uncertainty interval.",
     "Each distance estimate is reported with an 80 percent prediction interval derived from the posterior "
     "predictive distribution.", "contradicted"),
    ("C.2 Each antigenic distance prediction shall be accompanied by a 90 percent uncertainty interval.",
     "Each distance estimate is reported with a 95 percent prediction interval derived from the posterior "
     "predictive distribution.", "addressed"),
    # a time set before the duty ("No later than ...") leaves it a duty, which a refusal contradicts
    ("C.7.1 No later than 90 days before the end of the final period of performance, the Contractor shall deliver "
     "the trained model weights, inference code and training pipeline in a form that the Government can run on its "
     "own infrastructure.", "CamSight is a commercial product developed at private expense. The CamSight model "
     "weights and training pipeline are proprietary and will not be delivered. At the end of the contract the FAA "
     "will receive a complete export of all estimates.", "contradicted"),
    # notice after a release where approval before it is required
    ("C.5 The Contractor shall obtain written approval from the COR at least 10 business days before deploying a "
     "retrained or updated model to production.", "Ledgerline releases model improvements on a two-week cadence. "
     "The COR receives a release note within 2 business days after each deployment, listing the models changed and "
     "the before-and-after accuracy.", "contradicted"),
    ("C.5 The Contractor shall obtain written COR approval at least 15 business days before deploying any model "
     "change to production.", "Changes to models, thresholds or the error taxonomy are bundled into releases, and "
     "we notify the COR of each release on the day it goes live, with release notes.", "contradicted"),
    ("C.5 The Contractor shall obtain written COR approval at least 15 business days before deploying any model "
     "change to production.", "No model change reaches production until the COR has approved it in writing; we "
     "request approval 20 business days before each planned deployment and report the before-and-after accuracy.",
     "addressed"),
])
def test_tiers_intervals_leading_times_and_notice_after_release(requirement, answer, status):
    e = traced(requirement, answer)
    assert _status_is(e, status), e.reason


def test_the_508_standards_named_without_the_word_section():
    assert "#508" in terms("Every report meets the Revised 508 Standards.")
    assert "#508" in terms("All pages are 508-compliant.")
    assert "#508" in terms("Pages conform to 36 CFR 1194.")
    assert "#508" not in terms("We processed 508 documents last year.")


@pytest.mark.parametrize("answer, moved", [
    # one negated subject over a list of participles
    ("Staff work on these records through the enclave's virtual desktops only; nothing is downloaded to company "
     "laptops, sent by email or moved to any other system.", False),
    ("Records are downloaded to analyst laptops, sent by email or moved to a shared drive.", True),
    # copies as things, and "to" that belongs to "according"
    ("Temporary working copies are cleared according to OJP direction once a claim closes.", False),
    ("Nightly, the pipeline copies the records to our analytics cluster in Ashburn.", True),
    # export files as the source read, not an export
    ("Every night the pipeline picks up the CPMS export files and pulls from them the full decision text.", False),
    ("We export the scored records to our cloud for retraining.", True),
])
def test_data_kept_inside_a_boundary_is_not_moved_by_a_negated_list_or_a_noun(answer, moved):
    from clausecheck.traceability.judging import _boundary_breach
    req = "The Contractor shall process child blood lead records only inside the HUD-approved analytic enclave."
    assert (_boundary_breach(req, answer) is not None) == moved


@pytest.mark.parametrize("answer, status", [
    ("Most applicant records contain nothing that could be disqualifying. To return adjudicator time to the hard "
     "cases, the system includes an Express Lane: when the extractor and mapper both find no potentially "
     "disqualifying charge with high confidence, the case is marked cleared and passed to the enrollment system "
     "without adjudicator review.", "contradicted"),
    ("Every case, including a case in which no potentially disqualifying charge is found, waits in the adjudicator "
     "queue; the system cannot close, clear or approve any case, and only a TSA adjudicator acts on it.",
     "!contradicted"),
])
def test_a_case_cleared_without_the_named_reviewer_breaks_a_ban(answer, status):
    e = traced("C.5 The system shall not close, clear or approve any case without action by a TSA adjudicator, "
               "including cases in which no potentially disqualifying offense is found.", answer)
    assert _status_is(e, status), e.reason


@pytest.mark.parametrize("answer, status", [
    ("A companion Command Dashboard gives company commanders and drill sergeants a weekly view of the individual "
     "risk scores of the trainees in their platoons who are flagged red.", "contradicted"),
    ("Drill sergeants see only platoon-level counts; individual risk scores are displayed only to clinicians and "
     "athletic trainers.", "addressed"),
    ("Individual risk scores are displayed to athletic trainers and clinicians; the Command Dashboard gives drill "
     "sergeants no individual scores.", "addressed"),
])
def test_a_ban_on_showing_something_to_named_people(answer, status):
    e = traced("C.4 The system shall not display individual risk scores to drill sergeants or to any other member "
               "of the trainee's chain of command.", answer)
    assert _status_is(e, status), e.reason


def test_a_row_label_in_another_cell_does_not_make_a_score_a_failure_rate():
    from clausecheck.traceability.quantities import _number_conflict
    row = "Failure mode | Macro F1 of 0.78 or higher"
    assert _number_conflict("Root cause coding shall reach a macro F1 of at least 0.75.", row)[0] is None
    assert _number_conflict("Component coding shall reach a macro F1 of at least 0.88.", row)[0] == \
        "offers 0.78 where the solicitation requires at least 0.88"
    # a rate that is lower-better in its own cell still is, and a cell with no measure is read with its row label
    assert _number_conflict("The false alarm rate shall not exceed 5 percent.", "False alarm rate | 8 percent")[0]
    assert _number_conflict("The near-duplicate detector shall achieve recall of at least 0.95.",
                            "Reused photograph detection, false positive rate | 1.5 percent or lower")[0] is None


def test_a_thousands_separator_is_no_list_comma():
    assert _elements("ingest the archive of approximately 410,000 tablet photographs and the associated exhibit "
                     "metadata into the development enclave") == []
    assert _elements("review 2,500 stations, 1,200 gauges and 300 buoys")[1:] == ["1,200 gauges", "300 buoys"]


@pytest.mark.parametrize("answer, status", [
    # a detector that catches only larger things misses the smaller ones it must catch
    ("The detector reports upward roof movement of 5 feet or more between surveys; smaller movements fall within "
     "sonar noise for older tools.", "contradicted"),
    ("The detector reports upward roof movement of 1 foot or more between surveys.", "addressed"),
    ("The detector reports upward roof movement of 2 feet or more between surveys.", "addressed"),
])
def test_the_smallest_size_a_detector_must_catch(answer, status):
    e = traced("C.4.2 The roof growth detector shall report upward roof movement of 2 feet or more between surveys.",
               answer)
    assert _status_is(e, status), e.reason


@pytest.mark.parametrize("answer, status", [
    # readings reduced to one value a day are coarser than hourly
    ("Magazine sensor readings are summarized into a daily mean, minimum and maximum for temperature and relative "
     "humidity for each magazine before storage.", "contradicted"),
    ("We ingest the storage environment readings from every depot magazine sensor as hourly means of temperature "
     "and relative humidity.", "addressed"),
])
def test_a_resolution_no_coarser_than_an_hour(answer, status):
    from clausecheck.traceability.quantities import quantities as qs
    # (kept "at full resolution for 12 months" is a retention, not a resolution)
    assert [q.role for q in qs("GridSight keeps each original at full resolution for 12 months.")] == ["retain"]
    e = traced("C.3 The Contractor shall ingest storage environment readings from depot magazine sensors at a "
               "resolution no coarser than one hour.", answer)
    assert _status_is(e, status), e.reason


@pytest.mark.parametrize("requirement, answer, status", [
    # the vendor's own developers do not validate independently, however the independence is worded
    ("C.3 The Contractor shall deliver an annual validation of the model performed by a team that took no part in "
     "building it.", "Each year the FieldRank development team will revalidate the model against a fresh holdout "
     "sample and deliver the validation report to the COR.", "contradicted"),
    ("C.3 The Contractor shall have each model's validation performed by a data scientist who did not take part in "
     "its development.", "Validation of each model will be carried out by a Copperline data scientist who was not "
     "part of that model's development team.", "addressed"),
])
def test_validation_by_people_who_took_no_part_in_building_the_model(requirement, answer, status):
    e = traced(requirement, answer)
    assert _status_is(e, status), e.reason


@pytest.mark.parametrize("answer, status", [
    ("Northgate analysts prepare the campaign bulletin for TIGTA special agents every other Monday.", "contradicted"),
    ("Northgate analysts prepare a fortnightly campaign bulletin for TIGTA special agents.", "contradicted"),
    ("Northgate analysts prepare the campaign bulletin for TIGTA special agents every Monday.", "addressed"),
])
def test_every_other_weekday_and_fortnightly_are_every_two_weeks(answer, status):
    e = traced("C.3.6 The Contractor shall produce a weekly campaign bulletin for TIGTA special agents that lists "
               "the top 25 campaigns.", answer)
    assert _status_is(e, status), e.reason


def test_a_product_that_does_a_banned_act_under_a_condition_breaks_the_ban():
    # (said in the present tense, with a condition and a benefit "without any missed admissions" beside it)
    e = traced("C.4.3 The service must never suppress, hide, merge or auto-close any alert generated by the existing "
               "rules engine.",
               "Long worklists hide risk. TriageLens therefore merges repeated alerts generated by the rules engine for "
               "the same veteran and the same measure within 24 hours into one worklist item, and it auto-closes weight "
               "alerts in the green band after 48 hours if no later reading crosses a threshold. In our deployments "
               "this removed 31 percent of worklist items without any missed admissions.")
    assert _status_is(e, "contradicted"), e.reason


@pytest.mark.parametrize("answer, contradicted", [
    ("The production scoring cluster is sized for 30,000 applications per day, which covers the average day.", True),
    ("The production scoring cluster is sized for 60,000 applications per day, which covers the spring peak.", False),
])
def test_a_system_built_for_less_than_the_volume_it_must_sustain(answer, contradicted):
    from clausecheck.traceability.capacity import throughput_conflict
    e = traced("C.4.1.2 The scoring service must sustain 45,000 applications per day without breaching the "
               "15-minute limit.", answer)
    assert (e.status == "contradicted") == contradicted, e.reason
    assert throughput_conflict("The service must sustain 45,000 applications per day.",
                               "The cluster is sized for 30,000 applications per day.") == \
        "is built for 'sized for 30,000 applications per day' where the solicitation requires 'sustain 45,000 applications per day'"
    assert throughput_conflict("The service must sustain 45,000 applications per day.",
                               "The cluster is sized for 30,000 applications per hour.") is None


def test_a_passage_close_to_the_requirement_that_covers_part_of_the_set():
    from clausecheck.traceability.judging import _covers_fewer
    req = "C.3.1 The model shall estimate defect percentages for each of the 40 commodities listed in Attachment J-1."
    assert _covers_fewer(req, "The first release will cover 28 of the 40 commodities in Attachment J-1.")
    # a share of the items a test measured, and one value of several given to each item, cover the whole set
    assert _covers_fewer(req, "On held-out lots the model caught 97 percent of commodities confirmed as spoiled.") is None
    assert _covers_fewer("C.3 The system shall report, for each bridge, the percent of deck area in each of the four "
                         "condition states.", "Each cell is given one of the four condition states.") is None


@pytest.mark.parametrize("requirement, answer, status", [
    # a refusal that comes with the clause's own promise complies with it
    ("I.1 The Contractor shall comply with FAR 52.204-25, Prohibition on Contracting for Certain Telecommunications "
     "and Video Surveillance Services or Equipment (NOV 2021).",
     "We do not use, and will not provide, any covered telecommunications or video surveillance equipment or "
     "services, and we will comply with FAR 52.204-25 (NOV 2021).", "addressed"),
    # a system set up to refuse the banned output keeps the ban
    ("C.4.2 The assistant shall not generate release schedules, gate settings or other operating instructions.",
     "The assistant is configured to refuse requests for release schedules, gate settings or other operating "
     "instructions.", "addressed"),
])
def test_refusing_what_is_banned_is_no_refusal_of_the_duty(requirement, answer, status):
    e = traced(requirement, answer)
    assert _status_is(e, status), e.reason


@pytest.mark.parametrize("answer, status", [
    ("Fluxline collects the hourly gas values reported by each of WAPA's 163 online DGA monitors. Laboratory "
     "oil-sample results are imported from the asset repository every night and aligned with the monitor stream.",
     "addressed"),
    ("Fluxline collects the gas values of WAPA's 163 online DGA monitors once a day and imports the laboratory "
     "oil-sample results from the asset repository every night.", "contradicted"),
])
def test_hourly_readings_name_the_data_not_how_often_everything_is_done(answer, status):
    e = traced("C.3 The Contractor shall ingest hourly readings from all 163 online DGA monitors together with the "
               "laboratory oil-sample results held in the asset repository.", answer)
    assert _status_is(e, status), e.reason


def test_a_silence_that_sets_off_a_flag_is_better_short():
    from clausecheck.traceability.quantities import _duration_conflict
    req = "C.4.1.3 The Contractor shall flag any sensor that has not transmitted for 72 hours."
    assert _duration_conflict(req, "A sensor that has been silent for 48 hours is marked offline.") == (None, True)
    assert _duration_conflict(req, "A sensor that has been silent for 96 hours is marked offline.")[0] == \
        "offers 'for 96 hours' where the solicitation requires 'for 72 hours'"


def test_counts_per_item_and_error_bounds_are_their_own_measures():
    from clausecheck.traceability.quantities import _number_conflict
    flags = "PS-2 The system shall raise no more than 0.5 false damage flags per image set, on average."
    assert _number_conflict(flags, "An image set in which no region scores above 0.90 confidence is cleared.")[0] is None
    assert _number_conflict(flags, "In testing the system raised 0.8 false damage flags per image set.")[0] == \
        "offers 0.8 per image where the solicitation requires no more than 0.5 per image"
    area = "Estimated wet area shall be within 15 percent of the cored extent."
    assert _number_conflict(area, "Recall against cored wet areas | 0.93")[0] is None
    assert _number_conflict(area, "Estimated wet area is within 25 percent of the cored extent.")[0] == \
        "offers 25 percent where the solicitation requires within 15"


def test_times_in_a_quoted_example_or_from_award_are_not_the_answer():
    from clausecheck.traceability.quantities import _duration_conflict
    assert _duration_conflict(
        "C.4 The Contractor shall return a score for every application no more than 15 minutes after it is entered.",
        'Each score shows its indicators as sentences, for example "Social Security number issued more than 20 '
        'years after the stated date of birth".')[0] is None
    assert _duration_conflict(
        "D-2 The draft report shall be delivered 90 calendar days after award and the final report within 20 "
        "calendar days after Government comments.",
        "Model Evaluation Report (draft) | Day 90 after award")[0] is None


@pytest.mark.parametrize("answer, status", [
    ("A Remove recommendation with a probability of 0.95 or higher is transmitted to the owning unit at once and "
     "placed in the evaluator's queue for confirmation afterwards.", "contradicted"),
    ("Every Remove recommendation waits in the pending queue until a Government AOAP evaluator approves or changes "
     "it.", "addressed"),
])
def test_sent_at_once_and_confirmed_afterwards_skips_the_review(answer, status):
    e = traced("C.4.2 The system shall hold every Remove recommendation in a pending queue until a Government AOAP "
               "evaluator approves or changes it.", answer)
    assert _status_is(e, status), e.reason


def test_a_time_given_as_a_range_in_words_and_a_fraction_of_an_inch():
    from clausecheck.traceability.quantities import _duration_conflict, _number_conflict
    assert _duration_conflict(
        "C.3 The platform must complete OCR and indexing of a 500-gigabyte production within 72 hours of upload.",
        "For a production of about 500 gigabytes, processing normally completes in five to seven calendar days.")[0] == \
        "offers 'seven calendar days' where the solicitation requires 'within 72 hours'"
    req = "C.4.2 The system shall detect blood spots larger than 1/8 inch in diameter with a recall of at least 0.97."
    assert _number_conflict(req, "Blood spots over 1/8 inch are the most important defect.") == (None, False)
    assert _number_conflict(req, "Blood spots over 1/8 inch are found with a recall of 0.93.")[0] == \
        "offers 0.93 where the solicitation requires at least 0.97"


def test_times_the_answer_gives_in_other_words():
    from clausecheck.traceability.quantities import _duration_conflict
    # either act of a duty that allows one or the other
    either = ("H.1 The Contractor shall return or destroy all narratives and derived training data within 30 days "
              "after the contract ends.")
    assert _duration_conflict(either, "Within 20 days after the contract ends, Tallgrass will destroy every "
                                      "narrative.") == (None, True)
    assert _duration_conflict(either, "Within 45 days after the contract ends, Tallgrass will destroy every "
                                      "narrative.")[0] == "offers 'Within 45 days' where the solicitation requires 'within 30 days'"
    # a day of the contract
    deploy = "C.6 The Contractor shall deploy the application to all 60 pilot sites within 150 calendar days after award."
    assert _duration_conflict(deploy, "All 60 pilot sites will be live by day 120.") == (None, True)
    assert _duration_conflict(deploy, "All 60 pilot sites will be live by day 170.")[0] == \
        "offers 'day 170' where the solicitation requires 'within 150 calendar days'"
    # the length of a thing, said as its adjective
    tutorial = "C.5 The Contractor shall provide an in-app tutorial of no more than 30 minutes."
    assert _duration_conflict(tutorial, "Officials learn the app through a 25-minute in-app tutorial.") == (None, True)
    assert _duration_conflict(tutorial, "Officials learn the app through a 45-minute in-app tutorial.")[0] == \
        "offers '45-minute in-app tutorial' where the solicitation requires 'no more than 30 minutes'"
    # (but "of the start being logged" is no start of the contract)
    assert _duration_conflict("C.3 The Contractor shall return each list within 20 seconds after the incident record "
                              "is created.", "A complete list reaches the screen within 45 seconds of the start "
                              "being logged.")[0] == "offers 'within 45 seconds' where the solicitation requires 'within 20 seconds'"


@pytest.mark.parametrize("answer, conflict", [
    ("ORR analysts have read access at all times to the stored forecasts and backtest results.", None),
    ("NASA personnel hold standing read-only roles on the forecast archive and the model documentation.", None),
    ("ORR staff have full read access to the archive throughout the contract.", None),
    ("ORR gets a copy of the archive on request within 5 business days.",
     "offers 'within 5 business days' where the solicitation requires 'at any time'"),
])
def test_access_at_any_time_said_in_other_words(answer, conflict):
    from clausecheck.traceability.quantities import _duration_conflict
    got = _duration_conflict("The Contractor shall give ORR read access to the forecast archive, model documentation "
                             "and backtest results at any time during the order.", answer)
    assert got == (conflict, True)


def test_a_lead_time_ahead_of_an_event_and_an_offline_span_after_which_it_stops():
    from clausecheck.traceability.quantities import _duration_conflict
    # "ahead of each consultation" is a lead time, not how far a forecast reaches
    assert _duration_conflict(
        "C.3 A pre-consultation forecast report shall be delivered no later than 21 calendar days before each WHO "
        "consultation.", "Pre-consultation forecast report | 10 calendar days ahead of each WHO consultation")[0] == \
        "offers '10 calendar days' where the solicitation requires 'no later than 21 calendar days'"
    offline = "C.5 The app shall keep working without connectivity for at least seven days."
    assert _duration_conflict(offline, "After three days without a connection the app must sync before new visits "
                                       "can be logged.")[0] == \
        "offers 'After three days' where the solicitation requires 'for at least seven days'"
    assert _duration_conflict(offline, "After ten days without a connection the app must sync.") == (None, True)


@pytest.mark.parametrize("answer, status", [
    ("OncoAbstract assigns grade with the current grade tables. Grade tables for earlier diagnosis years are not yet "
     "built into OncoAbstract; we will consider adding them after award.", "partially addressed"),
    ("OncoAbstract assigns grade with the current grade tables. Grade tables for earlier diagnosis years are not "
     "built into OncoAbstract.", "contradicted"),
])
def test_not_yet_with_a_later_step_is_a_deferral(answer, status):
    e = traced("C.3 The system shall assign grade using the grade tables in effect for the year of diagnosis.", answer)
    assert _status_is(e, status), e.reason


@pytest.mark.parametrize("answer, status", [
    ("FilingGuard is delivered as a managed service from Kestrel's own AWS GovCloud (US) environment, which holds a "
     "FedRAMP High authorization. The SEC connects to the service through AWS PrivateLink.", "contradicted"),
    ("FilingGuard is deployed in the SEC's own AWS GovCloud (US) accounts under the SEC authorization to operate, as "
     "a managed service operated by Kestrel staff.", "addressed"),
])
def test_hosted_in_the_agency_s_environment_or_served_from_the_vendor_s(answer, status):
    e = traced("C.2 The Contractor shall host all components in the SEC's AWS GovCloud (US) accounts under the SEC "
               "authorization to operate.", answer)
    assert _status_is(e, status), e.reason


@pytest.mark.parametrize("answer, status", [
    ("When a lead attorney closes a workspace, the live data is deleted within 30 days and the attorney receives a "
     "deletion certificate. Backup copies are removed as they age out of our standard 180-day backup rotation.",
     "contradicted"),
    ("When a lead attorney closes a workspace, the live data is deleted within 30 days and the attorney receives a "
     "deletion certificate. Backup copies are removed at the same time from our 14-day backup rotation.", "addressed"),
])
def test_backups_that_must_go_with_the_rest(answer, status):
    e = traced("C.3.6.1 Within 30 days after the lead attorney closes a case workspace, the Contractor shall delete all "
               "case data, including backups, and deliver a deletion certificate to the lead attorney.", answer)
    assert _status_is(e, status), e.reason


def test_no_single_category_below_a_level_is_a_floor_for_each():
    from clausecheck.traceability.quantities import _req_thresholds
    assert _req_thresholds("The routing classifier shall reach a micro-averaged F1 of at least 0.90 on the Government "
                           "test set, with no single category below 0.80.") == \
        [(0.9, "frac", True, "at least 0.90"), (0.8, "frac", True, "at least 0.80")]


def test_the_area_under_the_roc_curve_is_the_auc():
    e = traced("| Reduced ejection fraction | The model shall achieve an area under the receiver operating characteristic "
               "curve of at least 0.90. |", "The validation covered 41,380 ECGs from 29,900 adult patients. The model "
               "reached an AUC of 0.93 for ejection fraction of 40 percent or less.")
    assert _status_is(e, "addressed"), e.reason


def test_an_auc_figure_is_read_against_the_area_under_the_roc_curve():
    from clausecheck.traceability.quantities import _number_conflict
    req = ("| Discrimination | The model must achieve an area under the ROC curve of at least 0.85 for grade 3 or "
           "higher events, measured on held-out data. |")
    assert _number_conflict(req, "We commit to an AUROC of at least 0.80 on the held-out data.")[0] == \
        "offers 0.80 where the solicitation requires at least 0.85"
    assert _number_conflict(req, "We commit to an AUROC of at least 0.88 on the held-out data.")[0] is None


@pytest.mark.parametrize("pair, needle", [
    ("proposals-blind83/army-ngic-exploitation-report-drafting", "retain decision records for the life"),
])
def test_one_passage_answers_both_duties_of_one_sentence(pair, needle):
    # "retain decision records for the life of the task order plus 6 years and shall transfer them
    # to the Government when the order ends": the passage that answers the transfer keeps the
    # records seven years too, on words of the first duty's own
    folder = ROOT / "corpora" / pair
    entries = run((folder / "solicitation.md").read_text(encoding="utf-8"),
                  (folder / "proposal.md").read_text(encoding="utf-8"))[0]
    e = status_of(entries, needle)
    assert e.status == "addressed", e.reason


@pytest.mark.parametrize("answer, status", [
    ("A granule is tagged LOW_CONFIDENCE in its metadata when more than 35 percent of its pixels have a top-class "
     "probability under 0.6.", "contradicted"),
    ("A granule is tagged LOW_CONFIDENCE in its metadata when more than 15 percent of its pixels have a top-class "
     "probability under 0.6.", "addressed"),
])
def test_a_trigger_set_off_later_than_required_is_looser(answer, status):
    # "mark ... when more than 20 percent": a larger share in the answer's trigger marks fewer granules
    e = traced("C.3 The Contractor shall mark the granule as low confidence when more than 20 percent of its pixels "
               "have a top-class probability under 0.6.", answer)
    assert _status_is(e, status), e.reason


def test_a_level_the_subject_shall_be_is_no_cut_off_on_what_it_flags():
    from clausecheck.traceability.quantities import _number_conflict
    req = ("| Seeded-error detection | The share of seeded known-error actions in each Government test file that the "
           "service flags shall be at least 0.90. |")
    assert _number_conflict(req, "Detection of seeded known errors in the Government test file | At least 17 of every "
                                 "20 seeded errors flagged")[0] == \
        "offers 17 of every 20 (that is 0.85) where the solicitation requires at least 0.90"
    assert _number_conflict(req, "Detection of seeded known errors in the Government test file | At least 19 of every "
                                 "20 seeded errors flagged")[0] is None


def test_a_figure_beside_a_row_label_measures_what_the_label_names():
    from clausecheck.traceability.quantities import _number_conflict
    req = "| Recall | Pairwise recall on the same test set shall be at least 0.90. |"
    assert _number_conflict(req, "Pairwise recall, same test set | We commit to recovering at least 85 percent of the "
                                 "true duplicate pairs")[0] == \
        "offers 85 percent (that is 0.85) where the solicitation requires at least 0.90"


def test_one_difference_of_shares_is_answered_by_any_figure_in_points():
    from clausecheck.traceability.quantities import _number_conflict
    req = ("C.4.2 The model shall estimate the percentage of panel area showing coating breakdown to within 5 "
           "percentage points of the Government inspector's estimate on at least 90 percent of panels.")
    ans = ("We commit that, on nine panels in ten or more, our estimate will be no more than {} percentage points away "
           "from the figure the Government inspector records.")
    assert _number_conflict(req, ans.format(10))[0] == \
        "offers 10 percentage points where the solicitation requires to within 5"
    assert _number_conflict(req, ans.format(4))[0] is None


@pytest.mark.parametrize("requirement, answer", [
    ("C.6 The Contractor shall conduct two hands-on training sessions for NETL staff, each at least four hours long.",
     "Near the end of the base period, Strata Sentinel will hold one half-day (four-hour) hands-on workshop for NETL "
     "staff at the Pittsburgh site."),
    ("C.7 The Contractor shall present results at two NEFSC stock assessment working group meetings each year.",
     "BVL will brief the NEFSC stock assessment working group once a year, after the final results for that survey "
     "year are delivered."),
])
def test_fewer_events_than_required(requirement, answer):
    e = traced(requirement, answer)
    assert _status_is(e, "contradicted"), e.reason


@pytest.mark.parametrize("answer, status", [
    ("This quote is valid for 120 calendar days after the RFQ closing date.", "addressed"),
    ("This quote is valid for 60 calendar days after the RFQ closing date.", "contradicted"),
])
def test_how_long_a_quote_is_valid(answer, status):
    e = traced("L.9 Quotes must remain valid for 90 calendar days after the closing date.", answer)
    assert _status_is(e, status), e.reason


@pytest.mark.parametrize("answer, status", [
    ("Detections with a confidence of 0.85 or higher go straight into the draft catalog; all others wait for an "
     "analyst.", "addressed"),
    ("Detections with a confidence of 0.75 or higher go straight into the draft catalog; all others wait for an "
     "analyst.", "contradicted"),
])
def test_what_bypasses_review_only_above_a_stricter_cut_off(answer, status):
    e = traced("C.3 The Contractor shall route any detection with a confidence below 0.80 to a geodetic analyst for "
               "review before it enters the catalog.", answer)
    assert _status_is(e, status), e.reason


def test_a_registry_that_refuses_the_banned_features_does_not_use_them():
    from clausecheck.traceability.judging import _banned_feature_conflict
    req = ("C.4 The model shall not use race, color, ethnicity, sex, age, religion or national origin as model "
           "features.")
    assert _banned_feature_conflict(req, "The feature registry refuses, at build time, any column tagged as race, "
                                         "color, ethnicity, sex, age, religion or national origin as a model feature.") is None
    assert _banned_feature_conflict(req, "We also test candidate features such as ZIP-code price tiers for correlation "
                                         "with race and drop those that act as proxies.") is None
    assert _banned_feature_conflict(req, "The model features include age and prior filings.") is not None


def test_notice_before_a_change_keeps_the_condition_of_the_ban():
    e = traced("H.4 The Contractor shall not substitute key personnel without 30 days advance written notice to the "
               "Contracting Officer.",
               "We will give the Contracting Officer advance written notice before any change in key personnel and "
               "will propose replacements of equal or better qualifications.")
    assert _status_is(e, "partially addressed"), e.reason


def test_retraining_less_often_beside_the_sentence_that_answers():
    e = traced("C.5 The Contractor shall retrain or recalibrate the models at least quarterly and deliver a drift "
               "report to the COR within 10 business days after each quarter ends.",
               "Tallgrass retrains the DefectScope models twice a year, in March and September, on the newly closed "
               "investigations. Each retraining is followed by a drift report sent to the COR within 10 business days.")
    assert _status_is(e, "contradicted"), e.reason


@pytest.mark.parametrize("answer, status", [
    ("In the base year Corvane will image a prioritized subset of the ballast tanks on each of the 12 vessels: "
     "typically those with the oldest coating systems.", "contradicted"),
    ("In the base year Corvane will image every ballast tank on each of the 12 vessels, and a prioritized subset of "
     "the ballast tanks is imaged again in option year 1.", "addressed"),
])
def test_a_subset_of_the_things_every_one_of_which_is_required(answer, status):
    e = traced("C.2 The Contractor shall collect imagery of every ballast tank on each of the 12 vessels listed in "
               "Attachment J-1 during the base year.", answer)
    assert _status_is(e, status), e.reason


def test_an_annual_review_is_a_yearly_cadence():
    from clausecheck.traceability.quantities import _duration_conflict
    req = ("C.4 The Contractor shall test the risk model for differences in false positive rates before deployment and "
           "every six months thereafter.")
    answer = "We will compare false positive rates across age bands in an annual fairness review."
    assert _duration_conflict(req, answer)[0] == "offers 'annual' where the solicitation requires 'every six months'"
    assert _duration_conflict(req.replace("every six months thereafter", "at least once a year"), answer) == (None, True)


def test_a_morning_digest_waits_a_day():
    e = traced("C.3 The system shall send an alert to the site manager within 2 hours whenever relative humidity in a "
               "storage building exceeds 40 percent.",
               "Storage building humidity is summarized for each site manager in a morning digest e-mail, listing any "
               "building whose relative humidity exceeded 40 percent the day before.")
    assert _status_is(e, "contradicted"), e.reason


def test_others_who_do_not_respond_restrict_nothing():
    e = traced("C.3.7 The Contractor shall not contact device labelers, and all outreach to labelers must be conducted by "
               "FDA staff.",
               "To speed up corrections, UDI Sentinel sends an automated notice to the regulatory contact listed in the "
               "labeler's GUDID account whenever a flag is rated high confidence, pointing the labeler to the element "
               "that needs review. FDA reviewers can then focus their own outreach on labelers who do not respond.")
    assert _status_is(e, "contradicted"), e.reason


def test_roles_of_retraining_and_of_dispositions():
    from clausecheck.traceability.quantities import _duration_conflict, quantities
    # an analyst's disposition of a flag is no disposal of records
    assert [q.role for q in quantities("These dispositions feed a retraining cycle that we run twice a year.")] == [None]
    assert [q.role for q in quantities("We dispose of all media within 30 days.")] == ["retain"]
    assert [q.role for q in quantities("The model is retrained every six months.")] == ["retrain"]
    # a relative clause names no duty of its own
    assert [q.role for q in quantities("The Contractor shall retain every forecast, flag and examiner disposition, "
                                       "together with the model version that produced it, for seven years.")] == ["retain"]
    # a model retrained is one revalidated and delivered
    assert _duration_conflict("C.6 Within 60 calendar days after each amendment takes effect, the Contractor shall "
                              "update and revalidate the affected models.",
                              "Within 45 calendar days after each November 1 effective date, our team will retrain or "
                              "adjust the affected models and rerun the full holdout evaluation.") == (None, True)
    assert _duration_conflict("C.6 The Contractor shall retrain or recalibrate the models within 30 days after the "
                              "Government adds a new fabric pattern.",
                              "Warpline will deliver a retrained or recalibrated model within 45 working days.")[0] == \
        "offers 'within 45 working days' where the solicitation requires 'within 30 days'"


@pytest.mark.parametrize("figure, status", [("15", "contradicted"), ("8", "partially addressed")])
def test_a_deviation_said_with_a_verb_sets_a_trigger(figure, status):
    # (partially addressed for the stricter trigger: the daily check is not said)
    e = traced("C.4.4 The system shall suppress automated recommendations from any laboratory whose daily "
               "reference-standard readings deviate by more than 10 percent from the certified values.",
               f"WearSight reads those readings and compares them with the certified values; if any channel differs "
               f"by more than {figure} percent, automated recommendations from that laboratory are held back until "
               f"the standard is rerun.")
    assert _status_is(e, status), e.reason


def test_times_said_as_earlier_than_and_within_a_window():
    from clausecheck.traceability.quantities import _duration_conflict
    assert _duration_conflict("C.3 The Contractor shall flag any loan whose lender statement is dated more than 30 days "
                              "before the application submission date.",
                              "If a lender statement carries a date more than thirty days earlier than the day the "
                              "application was submitted, the loan is flagged for review.") == (None, True)
    window = ("(d) reuse by one appraiser of an identical comparable set for unrelated subject properties within a "
              "{}-day window.")
    answer = "Recycled comparable sets | An appraiser who submits the same set of comparables within 90 days"
    assert _duration_conflict(window.format(90), answer) == (None, True)


def test_a_time_later_and_a_history_of_listed_records():
    from clausecheck.traceability.quantities import _duration_conflict, quantities
    # "one six months later" says when the second session is held, not how long anything lasts
    assert _duration_conflict("C.6 The Contractor shall conduct two hands-on training sessions for FSMC staff, one at "
                              "deployment and one six months later, each lasting at least four hours.",
                              "We will run two in-person, hands-on workshops for FSMC staff, each lasting five hours.") == \
        (None, True)
    # "at least five years of historical qualification, summons ... and attendance records": history
    req = ("C.3.1 The Contractor shall ingest at least five years of historical qualification, summons, deferral, "
           "excusal and attendance records from each of the 14 pilot districts before building the first model.")
    assert [q.cls for q in quantities(req)] == ["lookback"]
    assert _duration_conflict(req, "During the first 60 days we will load six years of history for every one of the "
                                   "14 pilot districts.") == (None, True)


def test_years_of_another_post_are_not_the_years_asked_for():
    from clausecheck.traceability.quantities import _experience_conflict
    req = "C.8 The Contractor shall provide a Program Manager with at least ten years of Army sustainment experience."
    assert _experience_conflict(req, "Lead Data Scientist: Dr. Anneliese Quarshie, Ph.D. in operations research, with "
                                     "nine years of forecasting experience.") is None
    assert _experience_conflict(req, "Program Manager: Col. (Ret.) Dana Wills, with nine years of Army sustainment "
                                     "experience.") == \
        "offers nine years where the solicitation requires at least ten years of Army sustainment experience"


@pytest.mark.parametrize("offered, status", [("no more than 3.5 km", "contradicted"), ("no more than 1.5 km", "addressed")])
def test_a_length_or_less_is_a_ceiling(offered, status):
    e = traced("C.4.4 For frames taken within 10 degrees of nadir, the delivered system shall achieve a median "
               "center-point error of 2.0 km or less on the Government holdout set.",
               f"For frames within 10 degrees of nadir, we commit to a median center-point error of {offered} on the "
               f"Government holdout set.")
    assert _status_is(e, status), e.reason


def test_a_movement_of_a_length_or_more_is_no_ceiling():
    from clausecheck.traceability.quantities import _req_thresholds
    assert _req_thresholds("C.5 The detector shall report upward roof movement of 1 foot or more between surveys.") == []


def test_counts_in_millions_and_samples_drawn():
    from clausecheck.traceability.quantities import _sample_size_conflict, _scaled_count_conflict
    req = "C.7 Before production the Contractor shall run the engine against a full-scale load of 4 million claim images."
    assert _scaled_count_conflict(req, "Before go-live we run a readiness test on a load of 1.5 million claim images.") == \
        "offers 1.5 million claim images where the solicitation requires 4 million claim images"
    assert _scaled_count_conflict(req, "Before go-live we run a readiness test on a load of 4.5 million claim images.") is None
    # (a rate is a throughput, and a ceiling is met by less)
    assert _scaled_count_conflict(req, "The engine reads 1.5 million claim images per day.") is None
    assert _scaled_count_conflict("C.7 The archive shall hold no more than 4 million claim images.",
                                  "The archive holds 1.5 million claim images.") is None
    assert _sample_size_conflict("C.9 Each year the Contractor shall re-measure accuracy on a fresh sample of 300 "
                                 "permits.", "Each year we re-measure accuracy on a new random draw of 150 permits.") == \
        "offers random draw of 150 where the solicitation requires sample of 300"


def test_a_rate_in_millions_said_as_what_the_system_does():
    from clausecheck.traceability.capacity import throughput_conflict
    req = "C.5 The system shall process at least 1.2 million scanned pages per day."
    assert throughput_conflict(req, "The proposed cluster processes 800,000 scanned pages per day at peak.") == \
        ("is built for 'processes 800,000 scanned pages per day' where the solicitation requires "
         "'process at least 1,200,000 scanned pages per day'")
    assert throughput_conflict(req, "The proposed cluster processes 1.5 million scanned pages per day at peak.") is None


def test_a_worse_figure_for_one_named_part_fails_the_whole():
    from clausecheck.traceability.quantities import _number_conflict
    req = "C.4 For amoxicillin and doxycycline, the false susceptible rate on the external set shall not exceed 2 percent."
    answer = "False susceptible rate at most 2 percent for amoxicillin and at most 4 percent for doxycycline."
    assert _number_conflict(req, answer)[0] == "offers 4 percent where the solicitation requires not exceed 2"
    # a requirement that names one part only is not failed by a figure for another
    assert _number_conflict(req.replace("For amoxicillin and doxycycline", "For amoxicillin"), answer)[0] is None


def test_the_figure_that_names_the_measure_in_a_table_row():
    # (the row's label shares a word with the measure: the figure beside the label is not the one)
    entries, _ = run("# RFQ\n\n## C.4 Performance\n\nC.4.2 Table C-1 sets the minimum performance for each class.\n\n"
                     "| Class | Minimum performance |\n|---|---|\n"
                     "| Gate valves and pump stations | Recall of at least 0.95 and valve-family accuracy of at least 0.90 |\n",
                     "# Quote\n\n## 4 Performance\n\nOur commitments on the validation routes are below.\n\n"
                     "| Class | Recall | Type accuracy |\n|---|---|---|\n"
                     "| Gate valves and pump stations | 0.95 | 0.84 valve-family accuracy |\n")
    assert [(e.status, e.reason) for e in entries] == \
        [("contradicted", "offers 0.84 where the solicitation requires at least 0.90")]


def test_a_cadence_counted_from_the_end_of_each_period():
    from clausecheck.traceability.quantities import _duration_conflict, quantities
    req = ("C.5.2 The Contractor shall export reviewer corrections to the Government as labeled data within 30 days "
           "after the end of each calendar quarter.")
    assert sorted((q.cls, q.text) for q in quantities(req)) == [("interval", "each calendar quarter"),
                                                                ("window", "within 30 days")]
    assert _duration_conflict(req, "We deliver the accumulated corrections to the agency twice a year.")[0] == \
        "offers 'twice a year' where the solicitation requires 'each calendar quarter'"
    # an export named among the things kept is no delivery
    assert [q.role for q in quantities("The Contractor shall retain a log of every view, decision, and export for "
                                       "seven years.")] == ["retain"]


def test_a_permission_the_offeror_keeps_breaks_a_ban():
    e = traced("C.6.2 The Contractor shall not sell, license or otherwise provide the survey imagery collected under "
               "this order to any third party, including commercial mapping firms.",
               "After the agency accepts a corridor, Tallgrass may license the blurred survey imagery from that "
               "corridor to commercial mapping partners; the LiDAR point clouds are not shared.")
    assert _status_is(e, "contradicted"), e.reason
    # the agency's permission is not the offeror's
    e = traced("C.6.2 The Contractor shall not sell, license or otherwise provide the survey imagery collected under "
               "this order to any third party, including commercial mapping firms.",
               "We will not sell or license the survey imagery; after acceptance the Government may license the "
               "imagery to commercial mapping firms at its discretion.")
    assert not _status_is(e, "contradicted"), e.reason


def test_a_time_of_the_week():
    from clausecheck.traceability.quantities import _duration_conflict
    req = "C.3.4 Each week the Contractor shall post the county forecasts to the data portal by 3:00 p.m. on Wednesday."
    assert _duration_conflict(req, "County forecasts posted to the data portal | Thursday by 10:00 a.m.")[0] == \
        "offers 'Thursday by 10:00 a.m.' where the solicitation requires 'Wednesday by 3:00 p.m.'"
    assert _duration_conflict(req, "We post the county forecasts every Wednesday by 1:00 p.m.") == (None, True)
    # where only one side names the day, the times of day are compared
    assert _duration_conflict(req, "We post the county forecasts by 1:00 p.m.") == (None, True)
    assert _duration_conflict(req, "We post the county forecasts by 5:00 p.m.")[0] == \
        "offers 'by 5:00 p.m.' where the solicitation requires 'by 3:00 p.m.'"


def test_a_daily_brief_is_a_batch():
    from clausecheck.traceability.quantities import _batch_conflict
    assert _batch_conflict("C.4.5 The Contractor shall alert the watch officer to any new campaign whose reach exceeds "
                           "the Attachment J-2 threshold within 1 hour of the threshold being crossed.",
                           "Every morning by 6:00 a.m. we deliver a Daily Campaign Brief to the watch officer; any "
                           "campaign that crossed the threshold since the previous brief leads it.") == \
        ("the proposal works in batches ('Daily Campaign Brief'), so an item can wait up to a day, where the "
         "solicitation requires within 1 hour")


def test_the_time_from_the_same_event():
    from clausecheck.traceability.quantities import _duration_conflict
    req = "C.4.2 The triage result for each claim shall be visible to the examiner within 10 minutes after the portal receives the claim."
    assert _duration_conflict(req, "Results for a batch reach the examiner queue within 10 minutes after the batch closes, so "
                                   "an examiner sees the result no more than 70 minutes after the portal receives it.")[0] == \
        "offers 'no more than 70 minutes' from the same event where the solicitation requires 'within 10 minutes'"
    # a time from another event beside one that meets the requirement
    assert _duration_conflict(req, "Each result reaches the examiner within 8 minutes after the portal receives the claim; "
                                   "the nightly summary follows no more than 12 hours after the day closes.") == (None, True)


def test_a_negation_inside_a_relative_clause_restricts_nothing():
    e = traced("C.4.8 Contact with districts. The system shall not send any notice, finding or correspondence to a "
               "school district; all contact with districts stays with Department staff.",
               "When a review cycle closes, the module sends an automated courtesy notice to each school district's "
               "contact of record listing the documents that were not found, with a copy to the assigned reviewer.")
    assert _status_is(e, "contradicted"), e.reason


@pytest.mark.parametrize("answer, status", [
    ("All pipeline code will be published on GitHub within 60 days after acceptance, under the Harrow Research License, "
     "which permits academic and government use but not commercial use.", "contradicted"),
    ("The source code of the plotting library will be released under the BSD 3-Clause license within 90 days after "
     "acceptance; the Harrow detection models remain proprietary software.", "contradicted"),
    ("All pipeline code will be published on GitHub within 60 days after acceptance under the Apache 2.0 license, an "
     "OSI-approved open-source license.", "addressed"),
])
def test_a_closed_licence_against_an_open_source_release(answer, status):
    e = traced("C.7.2 The Contractor shall release the detection models and their source code under an OSI-approved "
               "open-source license within 90 days after acceptance.", answer)
    assert _status_is(e, status), e.reason


@pytest.mark.parametrize("answer, status", [
    ("The agency receives a perpetual license to the compiled matching service; the source code is held in a "
     "third-party escrow account and released only if Larchmont ceases operations.", "contradicted"),
    ("At the end of each option period Larchmont will deliver the complete source code of the matching service, "
     "with build scripts, to the Government repository.", "addressed"),
])
def test_source_code_kept_back(answer, status):
    e = traced("C.8.1 At the end of each option period the Contractor shall deliver the complete source code of the "
               "matching service, with build scripts, to the Government repository.", answer)
    assert _status_is(e, status), e.reason


def test_source_code_kept_back_anywhere_in_the_proposal():
    entries, _ = run("# RFQ\n\n## C.8 Data Rights\n\nC.8.1 The Contractor shall deliver the complete source code, build "
                     "scripts and trained model weights of the search service to the Government.\n",
                     "# Quote\n\n## 6 Deliverables\n\nAll code written under this order, the trained weights and the build "
                     "scripts are delivered to the Government as source.\n\n## 9 Licensing\n\nThe ranking engine is a "
                     "Fenwick commercial product; it is delivered as a compiled library under a no-cost license.\n")
    assert [(e.status, e.reason) for e in entries] == [
        ("contradicted", "the solicitation requires the source code delivered; the proposal keeps it back: 'it is "
                         "delivered as a compiled library under a no-cost license'")]


def test_a_probability_within_a_time_is_a_horizon():
    from clausecheck.traceability.quantities import _duration_conflict, quantities
    req = "C.4 Each alert shall give a probability that the part will have no qualified active supplier within 18 months."
    assert [q.cls for q in quantities(req)] == ["horizon"]
    assert _duration_conflict(req, "Each alert gives the likelihood that no qualified supplier remains active over the "
                                   "coming 18 months.") == (None, True)
    assert _duration_conflict(req, "Each alert gives the likelihood that no qualified supplier remains active over the "
                                   "next 6 months.")[0] == "offers '6 months' where the solicitation requires 'within 18 months'"
    # "on each of the next 7 days" is how far ahead, too
    assert _duration_conflict("C.3 The model shall forecast the probability that turbidity will exceed 40 NTU at each intake "
                              "on each of the next 7 days.",
                              "For each intake we forecast the probability that turbidity will exceed 40 NTU over the "
                              "coming 72 hours.")[0] == "offers '72 hours' where the solicitation requires '7 days'"


def test_the_length_of_a_program_of_instruction():
    from clausecheck.traceability.quantities import _duration_conflict
    req = "C.6 The Contractor shall deliver a training package built around a program of instruction of no more than two hours."
    assert _duration_conflict(req, "The package holds a 100-minute program of instruction and a quick reference card.") == \
        (None, True)
    assert _duration_conflict(req, "The package holds a 150-minute program of instruction and a quick reference card.")[0] == \
        "offers '150-minute program of instruction' where the solicitation requires 'no more than two hours'"


@pytest.mark.parametrize("requirement, answer, status", [
    ("C.5 The Contractor shall route each alert to the on-call analyst by both text message and email within 5 minutes.",
     "Alerts are pushed to the on-call analyst's email and to the workspace queue within 3 minutes.", "partially addressed"),
    ("C.5 The Contractor shall route each alert to the on-call analyst by both text message and email within 5 minutes.",
     "Alerts reach the on-call analyst by text message and by email within 3 minutes.", "addressed"),
    ("C.6 All screens shall be tested with both the JAWS and NVDA screen readers before each release.",
     "Each release of the screens is tested with the JAWS screen reader before it is deployed.", "partially addressed"),
    ("C.6 All screens shall be tested with both the JAWS and NVDA screen readers before each release.",
     "Each release of the screens is tested with the JAWS and NVDA screen readers before it is deployed.", "addressed"),
])
def test_both_of_two_are_items(requirement, answer, status):
    e = traced(requirement, answer)
    assert _status_is(e, status), e.reason


def test_a_training_cluster_abroad_breaks_onshore_hosting():
    from clausecheck.traceability.judging import _offshore_conflict
    req = ("C.6.1 The system shall be hosted in a cloud service offering with a FedRAMP Moderate authorization, located "
           "within the continental United States.")
    assert _offshore_conflict(req, "Retraining jobs run on our dedicated GPU cluster in Montreal, Quebec, which "
                                   "receives a tokenized copy of the training data for each cycle.") == \
        "the solicitation requires U.S. performance; the proposal places work abroad: 'Montreal'"
    # where people work is no hosting
    assert _offshore_conflict(req, "Our analysts in Montreal review the monthly accuracy report.") is None


def test_not_linking_refuses_tracking():
    entries, _ = run("# RFQ\n\n## C.3 Software\n\nC.3.1 The software shall:\n\n- (d) track individual roots across "
                     "repeated imaging sessions of the same tube window to estimate root birth and death dates.\n",
                     "# Quote\n\n## 2 Capabilities\n\n| Capability | What the software does |\n|---|---|\n"
                     "| Time series | Each imaging session is analyzed on its own. RootLens does not link roots from one "
                     "session to the next, and dating root birth and death is outside the product's scope. |\n")
    assert [e.status for e in entries] == ["contradicted"], [e.reason for e in entries]


def test_data_extracted_out_of_a_boundary_and_all_work_kept_inside_one():
    from clausecheck.traceability.judging import _boundary_breach
    req = ("C.3.2.1 The Contractor shall access claims data only within the agency cloud workspace and shall not copy "
           "beneficiary-level data to any other location.")
    assert _boundary_breach(req, "We will extract the analytic files from the workspace into Larchmont's FedRAMP Moderate "
                                 "analytics enclave in Reston for model training.") == \
        ("the data must stay inside the boundary; the proposal moves it: 'extract the analytic files from the workspace "
         "into Larchmont's FedRAMP Moderate analytics'")
    assert _boundary_breach(req, "Our modelers extract features inside the workspace and never move files out of it.") is None
    req = "C.4 The Contractor shall perform all model development and scoring inside the Treasury analytics enclave."
    assert _boundary_breach(req, "Each month the agency's data steward will copy the training tables from the enclave to "
                                 "our own cloud tenant over SFTP.") is not None
    # a de-identified extract is not the data kept inside, unless the requirement keeps extracts in too
    assert _boundary_breach(req, "Each month we move a de-identified extract of the training tables to our own cloud "
                                 "tenant.") is None
    assert _boundary_breach(req + " This includes any extract derived from them.",
                            "Each month we move a de-identified extract of the training tables to our own cloud "
                            "tenant.") is not None
    assert _boundary_breach("C.4 The Contractor shall complete all model development within 90 days.",
                            "Each month we copy the training tables to our own cloud tenant over SFTP.") is None


def test_a_slower_refresh_said_anywhere():
    sol = ("# RFQ\n\n## C.5 Matching\n\nC.5.2.3 The service shall match resolved components against the National "
           "Vulnerability Database and the CISA Known Exploited Vulnerabilities catalog, with each source refreshed at least "
           "every 24 hours.\n")
    prop = ("# Quote\n\n## 2 Matching\n\nComponentScope matches every resolved component against the National Vulnerability "
            "Database and the CISA Known Exploited Vulnerabilities catalog.\n\n## 5 Operations\n\nOur vulnerability "
            "intelligence store draws on both sources. The store is rebuilt once a week, every Sunday night.\n")
    entries, _ = run(sol, prop)
    assert [(e.status, e.reason) for e in entries] == \
        [("contradicted", "refreshes 'once a week' where the solicitation requires 'every 24 hours'")]
    entries, _ = run(sol, prop.replace("once a week, every Sunday night", "every night at 0200"))
    assert entries[0].status != "contradicted", entries[0].reason


def test_a_weekly_deletion_sweep_said_anywhere():
    sol = ("# RFQ\n\n## C.4 Collection Limits\n\nC.4.2 The Contractor shall not analyze content created by a U.S. person, "
           "and shall purge such content within 24 hours of identifying it.\n")
    prop = ("# Quote\n\n## 2 Collection\n\nTidewater ingests open content from the outlets named in Attachment J-2.\n\n"
            "## 4 Data Hygiene\n\nItems identified as U.S.-person content are quarantined at once. Quarantined items are "
            "then deleted in the weekly data hygiene sweep that runs every Sunday night.\n")
    entries, _ = run(sol, prop)
    by_text = {e.requirement.text: e for e in entries}
    e = next(e for t, e in by_text.items() if "purge" in t)
    assert (e.status, e.reason) == ("contradicted", "deletes 'weekly' where the solicitation requires 'within 24 hours'")
    entries, _ = run(sol, prop.replace("in the weekly data hygiene sweep that runs every Sunday night",
                                       "within 12 hours by an hourly purge job"))
    assert all(e.status != "contradicted" for e in entries if "purge" in e.requirement.text), \
        [e.reason for e in entries]


def test_comply_is_a_verb_not_an_adverb():
    from clausecheck.traceability.judging import _duty_verb
    assert _duty_verb("The Contractor shall comply with FAR 52.204-25 (NOV 2021).") == "comply"
    assert _duty_verb("The Contractor shall supply two spare gateways.") == "supply"
    assert _duty_verb("The Contractor shall promptly deliver the model card.") == "deliver"


def test_not_using_covered_equipment_and_complying_is_no_refusal():
    req = ("The Contractor shall comply with FAR 52.204-25 (NOV 2021), Prohibition on Contracting for Certain "
           "Telecommunications and Video Surveillance Services or Equipment.")
    e = traced(req, "Larder Point does not provide or use any covered telecommunications equipment or services and will "
                    "comply with FAR 52.204-25 (NOV 2021) throughout performance.")
    assert e.status == "addressed", e.reason


def test_only_aggregates_exported_and_a_portal_export_keep_data_inside():
    from clausecheck.traceability.judging import _boundary_breach
    req = ("C.5.4 All donor-level data shall remain inside the registry operator's analytics enclave, and the Contractor "
           "shall perform all model training and scoring there.")
    assert _boundary_breach(req, "No donor-level record leaves the enclave; Halcyon staff work through the enclave's "
                                 "virtual desktops, and only aggregate results approved by the operator are exported.") is None
    assert _boundary_breach(req, "Donor-level scores are exported to our analytics tenant each night.") is not None
    req = ("H.1 The Contractor shall store all notification data, including scanned forms and inspector notes, only within "
           "a FedRAMP Moderate authorized environment located in the United States.")
    assert _boundary_breach(req, "NoticeRank polls the Region 7 e-notification portal export and the four state program "
                                 "feeds named in Attachment J-2 every 15 minutes.") is None
    assert _boundary_breach(req, "Nightly, we copy the notification data to our Austin lab for tuning.") is not None


def test_a_link_the_requirement_asks_for_does_not_break_isolation():
    req = "Sensor gateways shall communicate over cellular links that are isolated from GSA building networks."
    e = traced(req, "Each gateway has its own cellular connection. Gateways have no link to GSA building networks or to any "
                    "building automation system.")
    assert e.status == "addressed", e.reason
    e = traced("The field units shall operate with no network connection of any kind.",
               "Each field unit reports through its own cellular connection to our cloud every hour.")
    assert e.status == "contradicted", e.reason


def test_a_time_closing_two_duties_times_both():
    from clausecheck.traceability.quantities import _duration_conflict
    req = ("C.5.2.4 When a combatant command publishes a revised MOD, the Contractor shall update the rule library and "
           "complete regression testing within 10 calendar days after the Government posts the revision.")
    ans = ("When a combatant command issues a revised MOD, the team encodes the changes, runs the full regression suite "
           "against the reference set and releases the updated library within {} calendar days of publication.")
    assert _duration_conflict(req, ans.format(30)) == \
        ("offers 'within 30 calendar days' where the solicitation requires 'within 10 calendar days'", True)
    assert _duration_conflict(req, ans.format(7))[0] is None
    # nouns joined by "and" are no second duty
    from clausecheck.traceability.quantities import _trail_roles
    for text in ("The Contractor shall monitor input data drift and model calibration weekly.",
                 "The Contractor shall monitor acceptance and rejection rates of findings by site each month."):
        assert _trail_roles(text, quantities(text)[0]) == set()


def test_turnaround_next_review_and_notice_after_the_change():
    from clausecheck.traceability.quantities import _duration_conflict
    assert _duration_conflict(
        "C.5.1 For a document set of up to 2,500 pages, the Contractor shall deliver the extracted site dataset within 10 "
        "business days after ATSDR uploads the documents.",
        "Our standard turnaround for a document set of up to 2,500 pages is three weeks from upload.")[0] == \
        "offers 'three weeks' where the solicitation requires 'within 10 business days'"
    assert _duration_conflict(
        "- notify the COR within five business days when Tier 1 sensitivity measured on closed FARs falls below 0.95.",
        "If Tier 1 sensitivity on closed reports drops below 0.95, we raise it with the COR at the next quarterly model "
        "review, together with a proposed fix.")[0] == \
        "offers 'at the next quarterly model review' where the solicitation requires 'within five business days'"
    assert _duration_conflict(
        "The Contractor shall give the Contracting Officer 30 days' written notice before substituting either of them.",
        "Should either leave the program, we will inform the Contracting Officer within ten business days of the change "
        "and propose a replacement.")[0] == \
        "offers notice within ten business days after the event where the solicitation requires 30 days' before it"


def test_the_event_that_closes_a_period_is_no_role_and_a_date_no_rate():
    from clausecheck.traceability.quantities import _duration_conflict
    req = ("| Quarterly Program Integrity Report | RRIO | The report shall be delivered within 20 calendar days after "
           "quarter end, with referral outcomes broken out by State. |")
    assert _duration_conflict(req, "Program Integrity Report | RRIO | Twice a year, 30 days after each half-year closes: "
                                   "referral outcomes by State")[0] == \
        "offers 'Twice a year' where the solicitation requires 'Quarterly'"
    # (a yearly date: once a year, not fifteen times a year)
    assert [(q.text, q.hours) for q in quantities("By April 15 each year we run an end-to-end readiness test.")] == \
        [("each year", 8760.0)]


def test_the_figure_for_the_part_the_requirement_names():
    from clausecheck.traceability.quantities import _number_conflict
    req = ("C.3.1.2 Field-level extraction accuracy for Simplified Chinese documents must be at least 92 percent on the "
           "Government's 1,500-document evaluation set.")
    ans = ("On our internal benchmark of 4,200 trade documents, field-level accuracy is 95.1 percent for English pages and "
           "{} percent for Simplified Chinese pages.")
    assert _number_conflict(req, ans.format("88.4")) == ("offers 88.4 percent where the solicitation requires at least 92", True)
    assert _number_conflict(req, ans.format("93.4")) == (None, True)


def test_a_smaller_random_share_or_a_share_where_all_are_checked():
    from clausecheck.traceability.quantities import _sample_size_conflict
    req = ("C.3.5 The Contractor shall double-code a random 5 percent sample of the links scoring 0.80 or higher in each "
           "release cycle and report the agreement rate.")
    assert _sample_size_conflict(req, "In each release cycle, a random 2 percent of the links scoring 0.80 or higher are "
                                      "independently re-coded by a second coder.") == \
        "draws a random 2 percent where the solicitation requires a random 5 percent"
    assert _sample_size_conflict(req, "Each cycle a random 8 percent of those links are re-coded.") is None
    req = ("C.4.3 Before delivery, the Contractor's quality control reviewer shall check against the source page every "
           "extracted value that exceeds a comparison value.")
    assert _sample_size_conflict(req, "Before a dataset is released, our QC reviewer checks a random 20 percent of the "
                                      "values that exceed a comparison value against the source page.") == \
        "draws a random 20 percent where the solicitation requires all ('check against the source page every')"
    assert _sample_size_conflict(req, "Our QC reviewer checks every such value against its source page.") is None


def test_a_warmer_cold_limit():
    from clausecheck.traceability.quantities import cold_conflict
    req = ("C.3.8 The Contractor shall demonstrate operation of the complete onboard system at minus 40 degrees Celsius in "
           "a cold chamber before the first field season.")
    assert cold_conflict(req, "The complete onboard system will be run for 48 hours in our environmental chamber at minus "
                              "30 degrees Celsius, the lowest set point the chamber supports.") == \
        "goes down to minus 30 degrees Celsius where the solicitation requires minus 40 degrees Celsius"
    assert cold_conflict(req, "The system will be run for 48 hours at -45 °C.") is None
    assert cold_conflict(req, "The system is rated to -30 F.") is None   # another scale is not compared


def test_the_vendors_own_tenancy_where_the_government_furnishes_one():
    from clausecheck.traceability.judging import _owner_conflict
    req = "C.6.1 The Contractor shall deploy the BMR within the Government-furnished Navy commercial cloud enclave at Impact Level 4."
    assert _owner_conflict(req, "BilletFit for NPC will be hosted in Lanyard's own Impact Level 4 authorized tenancy in a "
                                "commercial government cloud region.") == \
        ("the solicitation requires it in the Government-furnished environment; the proposal hosts it in its own: "
         "'hosted in Lanyard's own Impact Level 4 authorized tenancy'")
    assert _owner_conflict(req, "BilletFit will be deployed in the Government-furnished Navy enclave.") is None


def test_list_items_past_brackets():
    assert _elements("The Contractor shall report flagging recall each quarter broken out by military service, by "
                     "component (Active, Reserve and National Guard) and by sex.")[-2:] == ["by component", "by sex"]
    # (a bracket that opens inside a word is part of its name)
    assert _elements("The model shall be fit for A(H1N1)pdm09, A(H3N2) and B/Victoria-lineage viruses.") == \
        ["A(H1N1)pdm09", "A(H3N2)", "B/Victoria-lineage viruses"]


def test_a_time_that_picks_what_is_flagged_need_not_be_repeated():
    from clausecheck.traceability.quantities import picks_by_time
    req = "C.3.4 The system shall flag every complaint filed more than 180 calendar days after the latest alleged act."
    assert picks_by_time(req)
    assert not picks_by_time("The Contractor shall notify the COR no more than 10 working days after the incident.")
    e = traced(req, "For every complaint IntakeLens counts the calendar days from the latest alleged act to receipt and "
                    "flags any count over 180.")
    assert e.status == "addressed", e.reason
    # a longer cut-off flags fewer of them
    e = traced(req, "For every complaint IntakeLens counts the calendar days from the latest alleged act to receipt and "
                    "flags any complaint filed more than 270 calendar days after it.")
    assert e.status == "contradicted", e.reason


def test_enriching_with_a_data_broker_breaks_a_ban_on_combining():
    from clausecheck.traceability.judging import _kinds_conflict
    req = "C.5.2 The Contractor must not combine rebate data with credit bureau, data broker or social media data."
    assert _kinds_conflict(req, "To connect installers that operate under several business names, we enrich installer "
                                "records with IdentiGraph, a commercial identity data set licensed from a consumer data "
                                "broker.") == \
        "the solicitation forbids linking with outside data; the proposal does: 'we enrich installer records with IdentiGraph, a commercial'"
    assert _kinds_conflict(req, "Rebate records are matched only against other rebate records.") is None


def test_work_in_business_hours_where_it_must_be_done_outside_them():
    from clausecheck.traceability.judging import _kinds_conflict
    req = ("3.3.3 Installation work in occupied buildings shall be performed outside core hours of 7:00 a.m. to 6:00 p.m. "
           "local time, Monday through Friday.")
    assert _kinds_conflict(req, "Installations take place during normal business hours, one car at a time.") == \
        "the solicitation requires the work outside core hours; the proposal does it: 'during normal business hours'"
    assert _kinds_conflict(req, "Installations take place in the evenings; our help desk works during normal business "
                                "hours.") is None


def test_removed_before_use_is_a_restriction():
    req = ("H.3 Use of Submitter Information. The Contractor shall not use submitter names, telephone numbers, email "
           "addresses or vessel identifiers to train any model.")
    e = traced(req, "Names, telephone numbers, email addresses, vessel names and vessel numbers are removed from report "
                    "text before any of it is used for model training.")
    assert e.status == "addressed", e.reason


def test_a_shorter_look_back_said_as_what_it_covers():
    from clausecheck.traceability.quantities import _duration_conflict
    req = ("C.3.2 The system shall link each FAR to prior FARs for the same application or the same manufacturing site "
           "received within the preceding five years.")
    ans = "SignalDesk Q matches every incoming report against earlier FARs. The automated look-back covers the {} before receipt."
    assert _duration_conflict(req, ans.format("24 months")) == ("offers '24 months' where the solicitation requires 'five years'", True)
    assert _duration_conflict(req, ans.format("seven years"))[0] is None


def test_a_licence_held_by_the_vendor_where_it_must_be_in_the_governments_name():
    from clausecheck.traceability.judging import _kinds_conflict
    req = ("C.4.4 The Contractor is required to license any commercial data source in the Government's name for the full "
           "period of performance plus 12 months.")
    assert _kinds_conflict(req, "SkyLedger data are licensed to Meridian Wayfare for the period of performance.") == \
        "the solicitation requires the licence in the Government's name; the proposal holds it: 'licensed to Meridian Wayfare'"
    assert _kinds_conflict(req, "SkyLedger data are licensed in the Government's name for the period of performance.") is None
    assert _kinds_conflict("The Contractor shall deliver the model.", "SkyLedger data are licensed to Meridian Wayfare.") is None


def test_a_post_the_proposal_never_names():
    from clausecheck.traceability.quantities import post_unnamed
    req = ("H.2 Key Personnel. The Contractor shall provide a Lead NLP Engineer with at least five years of experience "
           "analyzing regulatory filings.")
    block = "Ms. Elena Marchetti-Boyd, our Program Manager, has led three federal analytics programs."
    assert post_unnamed(req, block, [block]) == "Lead NLP Engineer"
    assert post_unnamed(req, block, [block, "Our Lead NLP Engineer is Dr. Kim."]) is None
    assert post_unnamed("The Contractor shall provide a Program Manager with at least ten years of experience.",
                        block, [block]) is None


def test_the_rest_deferred_is_no_count_offered_and_some_of_the_named_set():
    from clausecheck.traceability.quantities import _count_conflict, _subset_conflict
    req = ("C.4.3 Inland arrival. The Contractor shall extend the forecast to arrival at the partner's first inland warehouse "
           "for all 12 landlocked or inland-corridor operations listed in Attachment J-4.")
    ans = ("Inland arrival forecasts to the partner's first warehouse will be available at launch for seven of the twelve "
           "Attachment J-4 operations (Ethiopia, South Sudan). The remaining five corridors will be added as partner data "
           "allows.")
    assert _subset_conflict(req, ans.replace(" at launch", "")) == \
        "offers 'seven of the twelve Attachment J-4 operations' where the solicitation requires all of them"
    assert _count_conflict("The system shall flag inconsistencies in all five sectors named in C.2.",
                           "ThreadTrace applies yield ratios for cotton; the other four sectors are on our roadmap.") is None


def test_a_slower_recompute_of_the_duty_subject_said_anywhere():
    sol = ("# RFQ\n\n## C.3 Forecasts\n\nC.3.2 Forecasts shall be refreshed at least every five minutes from the most recent "
           "TFMS flight data messages.\n")
    prop = ("# Quote\n\n## 3 Service\n\nSectorSight consumes TFMS flight data through the FAA SWIM subscription and the "
            "archive of sector counts.\n\n## 5 Operations\n\nThe full forecast set is recomputed every 15 minutes, aligned "
            "with the quarter-hour bin boundaries.\n")
    entries, _ = run(sol, prop)
    assert [(e.status, e.reason) for e in entries] == \
        [("contradicted", "refreshes 'every 15 minutes' where the solicitation requires 'every five minutes'")]
    entries, _ = run(sol, prop.replace("every 15 minutes", "every 2 minutes"))
    assert entries[0].status != "contradicted", entries[0].reason


def test_overnight_batches_of_what_must_come_back_in_seconds():
    sol = ("# RFQ\n\n## C.2 Service\n\nC.2.4 The system shall return a recommendation within 60 seconds after a claims "
           "specialist opens the case, for at least 95 percent of cases in a month.\n")
    prop = ("# Quote\n\n## 2 Approach\n\nEach recommendation opens with a panel that lists the evidence checked.\n\n"
            "## 4 Throughput\n\nRecommendations are prepared in overnight batches for every form added to the folder that "
            "day.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "contradicted" and "overnight batches" in entries[0].reason, entries[0].reason
    entries, _ = run(sol, prop.replace("in overnight batches for every form added to the folder that day",
                                       "within 20 seconds of the case being opened"))
    assert entries[0].status != "contradicted", entries[0].reason
    # (the month a share is counted over is no time limit)
    assert [q.text for q in quantities(sol)] == ["within 60 seconds"]


def test_part_of_the_set_at_launch_is_partly_met():
    from clausecheck.traceability.quantities import _subset_conflict, staged_subset
    req = "C.3.1 The classifier shall identify each of the 12 target species listed in Attachment B at the patch level."
    ans = ("At launch the classifier covers nine of the twelve Attachment B species. The three annual grasses will be added "
           "when enough training data become available.")
    assert _subset_conflict(req, ans) is None
    assert staged_subset(req, ans) == \
        "the answer covers 'nine of the twelve Attachment B species' at first, where the solicitation requires all of them"
    refused = "The classifier covers nine of the twelve Attachment B species; the grasses are out of scope."
    assert _subset_conflict(req, refused) == \
        "offers 'nine of the twelve Attachment B species' where the solicitation requires all of them"
    assert staged_subset(req, refused) is None


@pytest.mark.parametrize("requirement, answer, status", [
    # both dates in the year after the one reported on
    ("C.301 The Contractor shall deliver final annual estimates for each calendar year no later than March 1 of the "
     "following year.", "Final annual estimates for a calendar year are delivered by February 15 of the next year.",
     "addressed"),
    ("C.302 The Contractor shall deliver final annual estimates for each calendar year no later than March 1 of the "
     "following year.", "Final annual estimates for a calendar year are delivered by March 20 of the next year.",
     "contradicted"),
    # a ban on flagging is kept by suppressing the flags
    ("C.303 The model shall not flag age-related statements in a listing that identifies the property as 55-or-older "
     "housing.", "When a listing describes the property as 55-or-older housing, ListingLens suppresses age-related "
     "flags for it and places the listing in a separate review queue.", "addressed"),
    # a cap on the time from submission is a time limit, met by a shorter one
    ("C.304 Turnaround for a batch of 10,000 NSNs shall not exceed 4 hours from submission.",
     "A batch of 10,000 NSNs is completed within 90 minutes end-to-end.", "addressed"),
    ("C.305 Turnaround for a batch of 10,000 NSNs shall not exceed 4 hours from submission.",
     "A batch of 10,000 NSNs is completed within 9 hours end-to-end.", "contradicted"),
    # any FedRAMP Moderate environment will do, the proposer's included
    ("C.306 The Contractor shall process pitch content only within a FedRAMP Moderate authorized environment.",
     "Tessellate runs in Quillmark's government cloud environment, which holds a FedRAMP Moderate authorization; all "
     "pitch processing happens inside it.", "addressed"),
    # two measures of one sentence, each with its own figure
    ("C.307 The 24-hour forecast shall achieve a true skill statistic of at least 0.60 and a false alarm ratio no "
     "greater than 0.30.", "Our internal run of the 24-hour forecast scores a true skill statistic of 0.66 with a false "
     "alarm ratio of 0.24.", "addressed"),
    # the audit log the requirement excepts may be kept
    ("C.308 The Contractor shall not retain draft cable text after a suggestion is returned, except in the audit log "
     "described in C.6.3.", "Each request creates an audit entry with the drafter's username, the time stamp and the "
     "tags suggested. Audit entries are kept for seven years.", "!contradicted"),
    # the 20th of the next month is 20 days after the month
    ("C.309 The Contractor shall deliver provisional monthly estimates within 10 calendar days after the end of each "
     "month.", "Provisional monthly estimates are delivered by the 20th of the month following the month estimated.",
     "contradicted"),
    # "24 months forward" is how far a forecast reaches
    ("C.310 The Contractor shall forecast, for each pack, the month in which usable capacity falls below 80 percent, "
     "over a forecast horizon of at least 36 months.", "The forecast projects each pack's capacity curve 24 months "
     "forward and reports the month in which it crosses the 80 percent line.", "contradicted"),
    # a level measured separately for each kind is failed by the worse kind
    ("C.311 Field-level extraction accuracy must be at least 97 percent on the test set, measured separately for "
     "typed and handwritten forms.", "On our benchmark, field-level accuracy was 98.4 percent on typed forms and 94.6 "
     "percent on handwritten forms.", "contradicted"),
    # hands-on training in each district, offered as one webinar
    ("C.312 The Contractor shall deliver hands-on training to examiners in each of the four districts before go-live.",
     "Before go-live we will deliver one national virtual training webinar for examiners in all districts.",
     "contradicted"),
    # a service still on its way to an authorization, said in a relative clause
    ("C.313 The service shall be hosted in a cloud service offering that holds a current FedRAMP Moderate "
     "authorization.", "CertiFlow runs on Brightwater's government cloud platform, which is listed on the FedRAMP "
     "Marketplace as FedRAMP Ready at the Moderate level.", "contradicted"),
    # a trigger level is compared with the answer's trigger, and waiting for a lower one is later
    ("C.314 The Contractor shall retrain the model within 30 days whenever recall falls below 0.75.",
     "We retrain within 30 days whenever recall falls below 0.70.", "contradicted"),
    ("C.315 The Contractor shall retrain the model within 30 days whenever recall falls below 0.75.",
     "We commit to a recall of 0.84 and retrain within 30 days when it degrades.", "!contradicted"),
    # an inspection in each year, against one every 18 months
    ("C.316 The Contractor shall schedule every registered research facility for at least one inspection in each "
     "fiscal year.", "Every registered research facility is scheduled for inspection by risk tier; research facilities "
     "with low scores are placed in Tier 4 and inspected once every 18 months.", "contradicted"),
    # a recall is no false-location rate
    ("C.317 The extraction shall have a false covered-location rate no higher than 2 percent of flagged Veterans.",
     "On that set the extractor reached a document-level location recall of 0.93, the level we commit to for flagged "
     "Veterans.", "!contradicted"),
    # the share found in the top three is no F1; a recall at 10 is the recall in the top 10
    ("C.318 The classifier shall reach a micro-averaged F1 of at least 0.82 on the holdout set.",
     "We expect the correct category to appear in the top three suggestions for at least 0.93 of holdout items, and "
     "the classifier reaches a micro-averaged F1 of 0.78 on the holdout set for the first suggestion.", "contradicted"),
    ("C.319 The search shall achieve a Recall at 10 of at least 0.90 for relevant passages.",
     "Relevant passages among the top 10 results | Recall of 0.85", "contradicted"),
    # the service run in the proposer's place where it must be in the Department's data centers
    ("C.320 The Contractor shall host the service within the Department's on-premises data centers.",
     "The TagLens inference API runs in Meridian's FedRAMP Moderate authorized environment on Azure Government, and "
     "the plug-in sends draft text to it from the Department's data centers.", "contradicted"),
    # the proposer's own enclave named in apposition
    ("C.321 The Contractor shall develop, host, and operate the system only within the IRS Enterprise Cloud boundary.",
     "The scoring service runs in the IRS Enterprise Cloud. Model training takes place in the Cobalt Ridge Secure "
     "Analytics Enclave, our FedRAMP Moderate authorized environment, using extracts transferred from the IRS.",
     "contradicted"),
    # other data where only the agency's may be used
    ("C.322 The Contractor shall train and validate the model only on the de-identified Navy dive log and DCS case "
     "data.", "We will first pretrain the model on the 410,000-dive recreational dive-computer archive that Kessling "
     "licenses, then fine-tune and validate on the de-identified Navy dive logs and DCS case data.", "contradicted"),
    ("C.323 The Contractor shall train and tune the coding model using only the Government-furnished extract.",
     "We will also enrich that extract with the Meridale BioDev Reference Corpus of public recall notices to train "
     "the coding model.", "contradicted"),
    # released before it is acknowledged
    ("C.324 The system shall not transmit an all-clear forecast to Mission Control Center displays until a duty "
     "forecaster has acknowledged it.", "An all-clear forecast that has not been acknowledged within 10 minutes is "
     "released to the Mission Control Center display automatically.", "contradicted"),
    ("C.325 The Contractor shall use only publicly available satellite data and Government-furnished weather data "
     "as model inputs.", "The model uses Landsat and Sentinel-2 reflectance and the Government weather stations. To "
     "recover field detail, we add 3-meter daily imagery from our commercial smallsat partner as model inputs.",
     "contradicted"),
    # a change forbidden without approval, told in release notes when it goes live
    ("C.326 The Contractor shall not retrain or replace a production model without written approval from the COR.",
     "We retrain and replace the production model monthly; the COR is informed of each update through release notes "
     "published on the day the update goes live.", "contradicted"),
    # work toward a standard is not conformance to it
    ("C.327 The Contractor shall ensure that the results viewer conforms to the Revised Section 508 Standards.",
     "The results viewer is being remediated toward the Revised Section 508 Standards.", "partially addressed"),
    ("C.328 The reviewer interface shall conform to the Revised Section 508 Standards.",
     "The reviewer interface is designed with accessibility in mind, and we will address Section 508 issues as they "
     "are identified.", "partially addressed"),
    ("C.329 The Contractor shall conduct a pilot at the Denver field office.",
     "We will conduct a pilot at the Denver field office, subject to schedule and travel funding.",
     "partially addressed"),
    ("C.330 The model shall reach at least 0.95 recall for each species on the sensitive species list.",
     "For every species on the sensitive species list we will do our best to reach 0.95 recall.",
     "partially addressed"),
    # every item screened out goes to a person; the answer disposes of some on its own
    ("C.331 Every applicant the model would screen out must be routed to an HR Specialist for review.",
     "To reduce workload, applicants whom the model places below 0.15 confidence of meeting the minimum "
     "qualifications are screened out automatically as not qualified.", "contradicted"),
])
def test_dates_triggers_places_and_sources_read_in_thirtieth_round(requirement, answer, status):
    e = traced(requirement, answer)
    assert _status_is(e, status), e.reason


def test_a_suggested_outcome_keeps_a_ban_on_issuing_the_decision_and_a_label_negates_no_score():
    issued = "C.5.2 The service shall not issue a certification or a denial, and SWA staff must make and sign every determination."
    prop = ("# Q\n\n## 2 Service\n\nCertiFlow hands SWA specialists a pre-checked request with a suggested outcome. "
            "CertiFlow never issues a determination.\n")
    entries, _ = run(f"# RFQ\n\n## C\n\n{issued}\n", prop)
    assert entries[0].status != "contradicted", entries[0].reason
    # (a ban on suggesting is broken by the same feature)
    entries, _ = run("# RFQ\n\n## C\n\nC.5.3 The service shall not suggest or issue a determination on any request.\n", prop)
    assert entries[0].status == "contradicted", entries[0].reason
    ban = "C.3.5 The system shall not assign an overall risk rating to an organization or recommend an award decision."
    scored = ("# Q\n\n## 2.6 Readiness Score\n\nEach report opens with a ReadyCheck Readiness Score from 0 to 100 and a "
              "recommendation band: Ready for award, Ready with conditions, or Not yet ready.\n")
    entries, _ = run(f"# RFQ\n\n## C\n\n{ban}\n", scored)
    assert entries[0].status == "contradicted" and "verdict" in entries[0].reason, entries[0].reason
    entries, _ = run(f"# RFQ\n\n## C\n\n{ban}\n", scored.replace("Each report opens with", "No report shows"))
    assert entries[0].status != "contradicted", entries[0].reason


def test_the_agency_data_put_into_what_others_buy_said_in_one_sentence_of_a_passage():
    sol = ("# RFQ\n\n## C\n\nC.4.1 The Contractor shall not use RIN transaction records or screening outputs to train, "
           "tune or benchmark any product or model offered to other customers.\n")
    prop = ("# Q\n\n## 2 Approach\n\nThe screening service scores each weekly file drop.\n\n## 3 Data Rights\n\nCorvane "
            "reserves the right to use de-identified, aggregate statistical patterns learned during this engagement to "
            "improve the LedgerLens detection library that we license to state fuel regulators. No facility names or "
            "transaction identifiers leave the EPA environment in that process.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "contradicted" and "for others" in entries[0].reason, entries[0].reason
    prop2 = prop.replace("Corvane reserves the right to use de-identified, aggregate statistical patterns learned during "
                         "this engagement to improve the LedgerLens detection library that we license to state fuel "
                         "regulators.", "Part of our value comes from a consortium that pools fraud typologies across "
                         "our clients.")
    assert run(sol, prop2)[0][0].status == "contradicted"
    # (a product refined across many customers is not the Government's data put into it)
    prop3 = prop.replace("Corvane reserves the right to use de-identified, aggregate statistical patterns learned during "
                         "this engagement to improve the LedgerLens detection library that we license to state fuel "
                         "regulators.", "Our lexicon and models are proprietary products refined across many customers.")
    assert run(sol, prop3)[0][0].status != "contradicted"


def test_review_first_is_broken_only_by_a_passage_on_its_subject():
    from clausecheck.traceability.judging import _bypass_conflict
    req = "C.6.2 The Contractor shall not use foreign persons for any work on this contract without prior written approval."
    sorties = ("To reduce workload, the planner can switch on an auto-release mode for routine cargo sorties, which are "
               "sent straight to the mission planning system without a further approval step.")
    assert _bypass_conflict(req, sorties) is None
    staffed = ("Foreign persons on our team are assigned to work on this contract directly, without a further approval "
               "step.")
    assert _bypass_conflict(req, staffed) is not None


def test_a_table_row_that_restates_a_requirement_shares_its_answer():
    sol = ("# RFQ\n\n## C.4 Delivery\n\nC.4.4.2 The Contractor shall deliver the inference software as a digitally "
           "signed container image accompanied by a software bill of materials in SPDX or CycloneDX format for every "
           "release.\n\n## F Deliverables\n\n| Deliverable | Content | Due |\n|---|---|---|\n| Release package | "
           "Container image, SBOM and release notes | With each release |\n")
    prop = ("# Q\n\n## 6 Releases\n\nEach release is an OCI container image signed with Sigstore cosign, shipped with a "
            "CycloneDX software bill of materials (SBOM), release notes and a hash manifest.\n\n## 7 Staffing\n\nOur "
            "team has delivered eleven federal machine learning systems.\n")
    entries, _ = run(sol, prop)
    full = status_of(entries, "digitally signed")
    assert full.status == "addressed" and "cosign" in full.response.text, full.reason


def test_a_batch_cadence_does_not_delay_a_one_time_deliverable():
    from clausecheck.traceability.quantities import _batch_conflict
    req = "C.2.9 The model documentation package shall be delivered within 10 days after award."
    ans = "Anonymized embedding vectors feed the quarterly base-model refresh of the model documentation tooling."
    assert _batch_conflict(req, ans) is None
    assert _batch_conflict("C.2.9 The model documentation package shall be delivered within 10 days after each "
                           "submission.", ans) is not None


def test_a_figure_named_for_another_group_by_a_possessive():
    from clausecheck.traceability.quantities import _number_conflict
    req = "All drugs | The all-drug classifier shall reach a sensitivity of at least 0.90."
    ans = "Fentanyl is the hardest group; we set our fentanyl sensitivity commitment at 0.80 to keep the PPV above 0.80."
    assert _number_conflict(req, ans)[0] is None
    assert _number_conflict(req, "We set our sensitivity commitment at 0.80.")[0] is not None


def test_subcontractors_named_only_where_the_proposal_speaks_of_them():
    sol = ("# RFQ\n\n## L\n\nL.4 Offerors shall identify every subcontractor that will have access to employer or "
           "new-hire data.\n")
    prop = ("# Q\n\n## 2 Data\n\nEmployer and new-hire data stay in the state enclave, and every access to them is "
            "logged.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "not addressed", entries[0].reason
    entries, _ = run(sol, prop + "\n## 3 Team\n\nOur one subcontractor, Ridgeview Data LLC, will have access to "
                     "employer and new-hire data for form capture.\n")
    assert entries[0].status == "addressed", entries[0].reason


def test_notice_after_a_change_answers_approval_without_only_for_what_is_changed():
    from clausecheck.traceability.judging import _approval_after
    req = "C.3.3 The Contractor shall not retrain or replace a production model without written approval from the COR."
    told = "The COR is informed of each update through release notes published on the day the update goes live."
    assert _approval_after(req, told, "We retrain the production model monthly. " + told) is not None
    assert _approval_after(req, "Webinar recordings | COR | Within 30 days after each release") is None
    demand = "The system shall not issue, modify or release a conditional payment demand without the approval of an analyst."
    note = "The COR receives a release note within 2 business days after each deployment, listing the models changed."
    assert _approval_after(demand, note, "Corrections made by analysts reach production quickly. " + note) is None


def test_an_intent_to_do_what_is_forbidden_is_no_hedge_of_it():
    sol = ("# RFQ\n\n## H\n\nH.7 The Contractor shall not publish or present results derived from the evaluation set "
           "without prior written approval of the Contracting Officer.\n")
    prop = ("# Q\n\n## 6 Outreach\n\nOur scientists intend to present forecast verification results, including the 2021 "
            "to 2024 evaluation period, at the AGU Fall Meeting. We will send NASA a copy of each abstract.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "contradicted", entries[0].reason
    from clausecheck.traceability.judging import _intends_banned
    assert _intends_banned(sol, prop) and not _intends_banned(sol, prop.replace("intend to present", "intend to archive"))
    assert not _intends_banned(sol, prop.replace("intend to present", "do not intend to present"))


def test_data_deleted_automatically_skips_no_review():
    from clausecheck.traceability.judging import _bypass_conflict
    req = ("PSMS shall not issue any eligibility determination, and every candidate match shall be routed to a USAID "
           "vetting analyst for adjudication.")
    kept = ("Applicant personal data is kept for 12 months after the vetting decision so that analysts can compare "
            "repeat submissions, and is then deleted automatically.")
    assert _bypass_conflict(req, kept) is None
    assert _bypass_conflict(req, "Candidate matches scoring below 0.40 are cleared automatically.") is not None


def test_a_capped_yearly_workload_is_no_cadence():
    capped = quantities("C.3.2 The planner shall limit each inspector's workload to no more than 160 inspections per "
                        "fiscal year.")
    assert not [q for q in capped if q.cls == "interval"], capped
    assert [q.hours for q in quantities("C.3.1 Schedule every facility for at least one inspection in each fiscal "
                                        "year.")] == [8760.0]


def test_a_wider_top_k_or_top_share_loosens_a_rank_cut_off():
    from clausecheck.traceability.quantities import _rank_conflict
    req = "C.4.1 The correct failed component shall appear in the top three recommendations for at least 80 percent of repairs."
    assert _rank_conflict(req, "The failed part will be among our top five suggestions for 80 percent of repairs.")
    assert _rank_conflict(req, "The failed part will be among our top three suggestions for 85 percent of repairs.") is None
    share = "at least 70 percent of the implicated examiners appear in the top 5 percent of the ranking."
    assert _rank_conflict(share, "At least 70 percent of them will rank within the top 10 percent of the list.")
    assert _rank_conflict(share, "At least 70 percent of them will rank within the top 4 percent of the list.") is None


def test_a_coarser_grid_than_the_resolution_asked_is_a_worse_figure():
    from clausecheck.traceability.quantities import _number_conflict
    req = "The Contractor shall produce a breeding-habitat suitability forecast at 1-kilometer resolution."
    assert _number_conflict(req, "SwarmCast runs on a 5-kilometer grid covering all 14 countries.")[0] is not None
    assert _number_conflict(req, "SwarmCast runs on a 500 m grid covering all 14 countries.")[0] is None


def test_an_average_under_a_ceiling_is_a_figure_not_a_ban():
    sol = "# RFQ\n\n## C\n\nC.4.4.2 False flags shall not exceed an average of 3 per submission on the validation set.\n"
    prop = "# Q\n\n## 4 Results\n\n| Measure | Commitment |\n|---|---|\n| Average false flags per submission | 2.0 or fewer |\n"
    entries, _ = run(sol, prop)
    assert entries[0].status == "addressed", entries[0].reason
    entries, _ = run(sol, prop.replace("2.0 or fewer", "4.5 on average"))
    assert entries[0].status == "contradicted", entries[0].reason


def test_sessions_of_a_length_each_add_up():
    from clausecheck.traceability.quantities import service_length
    req = "The Contractor shall provide at least eight hours of hands-on training to each cytotechnologist."
    assert service_length(req, "Every cytotechnologist attends two hands-on sessions of four hours each.") == (None, True)
    assert service_length(req, "Every cytotechnologist attends one hands-on training session of four hours.")[0]


def test_a_figure_in_a_row_for_another_kind_of_the_thing_is_not_its_figure():
    from clausecheck.traceability.quantities import _unmet_figures, _number_conflict
    req = "Silver carp recall shall be at least 0.90 at a precision of at least 0.80."
    rows = ("| Silver carp | Recall 0.92 with precision 0.83 |\n"
            "| Bighead carp | Recall 0.80 with precision 0.78 |")
    assert _unmet_figures(req, rows) == []
    assert _number_conflict(req, rows)[0] is None
    assert _number_conflict(req, "| Silver carp | Recall 0.85 with precision 0.83 |")[0] is not None


def test_an_audit_log_kept_is_no_copy_of_the_data_a_ban_forbids_keeping():
    from clausecheck.traceability.judging import _retention_breach
    req = "The Contractor shall not store copies of the requested genomic or phenotypic datasets."
    log = ("Every screening action is written to an append-only audit log that is kept for seven years. Exports of the "
           "log reach the COR within one business day of a request.")
    assert _retention_breach(req, log) is None
    assert _retention_breach(req, "Requested datasets are cached on our servers for 30 days.") is not None


def test_a_bypass_of_review_must_be_of_the_act_the_ban_names():
    from clausecheck.traceability.judging import _bypass_conflict
    req = ("The Contractor shall not retrain, recalibrate or replace a deployed model without the written approval of "
           "the COR.")
    flag = ("When the anomaly score stays above the critical level, Auto-Safe Assist writes a safing-request flag "
            "directly into the facility control system.")
    assert _bypass_conflict(req, flag) is None
    assert _bypass_conflict(req, "Each month the deployed model is retrained and replaced directly by our pipeline.")


def test_close_of_business_on_a_later_weekday_misses_a_monday_deadline():
    from clausecheck.traceability.quantities import quantities
    got = quantities("A PDF copy is e-mailed to FMCSA by close of business each Tuesday.")
    assert [(q.cls, q.hours) for q in got if q.cls == "weekclock"] == [("weekclock", 41.0)]
    want = quantities("The Contractor shall deliver the list no later than 9:00 a.m. Eastern Time every Monday.")
    assert [(q.cls, q.hours) for q in want if q.cls == "weekclock"] == [("weekclock", 9.0)]


def test_gaps_treated_as_normal_up_to_a_size_loosen_a_flagging_tolerance():
    from clausecheck.traceability.quantities import _trigger_conflict
    req = "- mileage totals that differ from the operator's NPMS submission by more than 5 percent."
    assert _trigger_conflict(req, "We treat a gap of up to 15 percent as normal variance and flag only larger gaps.")
    assert _trigger_conflict(req, "We treat a gap of up to 3 percent as normal variance and flag only larger gaps.") is None


@pytest.mark.parametrize("ban, answer", [
    # "sent back" is returning it
    ("C.3.3 The system shall not automatically reject, modify or return any partner submission.",
     "Submissions scoring 95 or above are sent back to the partner automatically, with a request to verify the "
     "flagged fields."),
    # the verbs of a ban listed each with its object
    ("C.3.5 The tool must not alter the claims register, strike a claim or issue a deficiency notice on its own.",
     "For three defect types, ClaimSentry sends the court's standard deficiency notice to the filer automatically "
     "and records the notice on the docket."),
], ids=["sent-back", "verbs-with-objects"])
def test_a_ban_broken_in_other_words(ban, answer):
    entries, _ = run(f"# RFQ\n\n## C\n\n{ban}\n", f"# Q\n\n## 3 Process\n\n{answer}\n")
    assert entries[0].status == "contradicted", entries[0].reason


def test_us_based_staff_is_us_performance():
    from clausecheck.traceability.judging import _offshore_conflict
    req = "Verification calls shall be placed by U.S.-based staff during the provider's local business hours."
    assert _offshore_conflict(req, "Calls are made by our partner from its delivery center in Cebu City, Philippines.")
    assert _offshore_conflict(req, "Calls are made by our staff in Tulsa, Oklahoma.") is None


def test_a_count_in_any_few_minutes_is_a_rate_over_time():
    from clausecheck.traceability.quantities import _number_conflict
    req = "The system shall raise no more than one false alarm per 600 seconds of mainstage operation."
    worse = _number_conflict(req, "False alarms | At most one false alarm in any four minutes of mainstage")[0]
    assert worse and "per 4 minutes" in worse
    assert _number_conflict(req, "False alarms | At most one false alarm in any twenty minutes of mainstage")[0] is None
    assert _number_conflict("The system shall raise no more than one false alarm per hour.",
                            "At most one false alarm in any 30 minutes.")[0] is not None


def test_a_decision_that_must_remain_with_a_person_is_review_first():
    from clausecheck.traceability.judging import _bypass_conflict
    req = "The final acceptance decision must remain with the certified load inspector."
    auto = ("BuildCheck includes an Auto-Accept mode: when a pallet has no findings, BuildCheck posts the pallet as "
            "accepted without waiting for the load inspector.")
    assert _bypass_conflict(req, auto) is not None
    assert _bypass_conflict("The final acceptance decision must remain with the Contractor.", auto) is None


def test_a_split_duty_that_points_back_borrows_the_words_of_the_one_before():
    sol = ("# RFQ\n\n## C\n\nC.5.2 The Contractor shall protect technical data that carries export control markings "
           "or distribution statements and shall restrict access to such data to U.S. persons.\n")
    prop = ("# Q\n\n## 13 Security\n\nQuillmark protects marked technical data under its NIST SP 800-171 system security "
            "plan. Schematics and other technical data with export control markings or distribution "
            "statements are handled only by Quillmark staff who are U.S. persons.\n")
    entries, _ = run(sol, prop)
    restrict = [e for e in entries if "such data" in e.requirement.text]
    assert restrict and restrict[0].status != "not addressed", [(e.requirement.text, e.status) for e in entries]
    from clausecheck.traceability.matching import _REFERENT
    assert _REFERENT.search("and shall restrict access to such data") and not _REFERENT.search("and shall restrict access")


def test_a_threshold_column_beside_the_proposals_own_is_not_its_answer():
    sol = "# RFQ\n\n## C\n\nC.4.2 Macro-averaged F1 across the eleven relief bases shall be at least 0.88.\n"
    prop = ("# Q\n\n## 2.5 Accuracy\n\n| Measure | PRPO threshold | Ledgerline commitment |\n|---|---|---|\n"
            "| Relief basis classification, macro F1 | 0.88 | 0.85 on the held-out set |\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "contradicted", entries[0].reason
    entries, _ = run(sol, prop.replace("0.85 on", "0.90 on"))
    assert entries[0].status == "addressed", entries[0].reason
    from clausecheck.traceability.units import _ASKED_COLUMN
    assert not _ASKED_COLUMN.search("Requirement") and _ASKED_COLUMN.search("PWS threshold")


def test_scoring_against_a_new_sample_is_an_evaluation():
    from clausecheck.traceability.quantities import quantities
    got = quantities("Twice a year after initial operating capability, Keelhaven will score PlanLens against a new "
                     "sample of at least ten plans.")
    assert [(q.hours, q.role) for q in got] == [(4380.0, "test")]
    assert quantities("Keelhaven will score every plan twice a year.")[0].role != "test"


def test_a_banned_feature_said_to_be_used_in_the_passive():
    from clausecheck.traceability.judging import _banned_feature_conflict
    req = ("The Contractor shall not use the partner's company name, EPA partner identifier or prior SmartWay ranking "
           "as model input features.")
    assert _banned_feature_conflict(req, "The carrier's SmartWay ranking in the prior data year is also used.")
    assert _banned_feature_conflict(req, "The carrier's SmartWay ranking is never used.") is None


def test_hosting_inside_an_agency_cloud_named_by_its_acronym():
    from clausecheck.traceability.judging import _owner_conflict
    req = "The Contractor shall host the assistant in a FedRAMP Moderate authorized environment inside the CDC Cloud boundary."
    assert _owner_conflict(req, "AskVitals runs in Meridian's FedRAMP Moderate authorized environment in AWS GovCloud.")
    assert _owner_conflict(req, "AskVitals runs inside the CDC Cloud in a CDC-managed account.") is None
    assert _owner_conflict(req, "AskVitals runs in Meridian's FedRAMP Moderate authorized environment deployed inside "
                                "the CDC Cloud boundary under the CDC authorization.") is None
    assert _owner_conflict("The Contractor shall host the system inside the AWS GovCloud region.",
                           "It runs in Meridian's environment in AWS GovCloud.") is None


def test_a_resolution_is_answered_by_a_grid_not_by_any_distance():
    from clausecheck.traceability.quantities import _number_conflict
    req = "- vegetation greenness indices at 250-meter resolution or finer;"
    other = ("We chose 5 kilometers after testing finer grids: at 1 kilometer the soil moisture inputs are "
             "downscaled beyond what the sensors support.")
    assert _number_conflict(req, other, same_measure=True)[0] is None
    assert _number_conflict(req, "Vegetation indices come on a 1 kilometer grid.")[0] is not None


def test_counts_shares_and_amounts_in_words_are_figures():
    from clausecheck.traceability.quantities import _digits, _unmet_figures
    assert _digits("rests on fewer than twenty deaths") == "rests on fewer than 20 deaths"
    assert _digits("more than a dollar apart") == "more than 1 dollar apart"
    assert _digits("under three fifths of the median") == "under 60 percent of the median"
    assert _unmet_figures("Rates based on fewer than 20 deaths shall be labelled Unreliable.",
                          "When a rate rests on fewer than twenty deaths, the engine flags it Unreliable.") == []
    assert _unmet_figures("Flag tests completed in less than 60 percent of the State's median test duration.",
                          "Tests finished in under three fifths of the median test length are flagged.") == []


def test_the_event_a_time_counts_from_lends_it_no_role():
    from clausecheck.traceability.quantities import quantities, _duration_conflict
    req = ("C.3.4.4 The Contractor shall update the security measure library within 30 calendar days after TSA issues "
           "a revised or renewed Security Directive.")
    assert quantities(req)[0].role is None
    ans = ("When TSA revises the Security Directive, our team updates the security measure library and completes "
           "regression testing within 15 calendar days of the new issuance.")
    assert _duration_conflict(req, ans) == (None, True)
    assert _duration_conflict(req, ans.replace("15 calendar", "45 calendar"))[0] is not None


def test_verbs_after_the_purpose_of_a_ban_are_not_banned():
    from clausecheck.traceability.judging import _banned_keys, _banned_verbs, _verb_key
    keys = _banned_keys(_banned_verbs("The Contractor shall not use NIST data packages, drafts or reviewer edits to "
                                      "train, tune or evaluate any model."))
    assert _verb_key("evaluate") not in keys
    keys = _banned_keys(_banned_verbs("The tool must not alter the claims register, strike a claim or issue a deficiency "
                                      "notice on its own."))
    assert {_verb_key("strike"), _verb_key("issue")} <= keys


def test_an_awareness_briefing_is_training_of_people():
    sol = ("# RFQ\n\n## H\n\nH.2 The Contractor shall ensure that all personnel with access to taxpayer data complete an IRS "
           "background investigation at the Moderate Risk level and annual UNAX awareness training before they are "
           "granted access.\n")
    prop = ("# Q\n\n## 4.3 Personnel Security\n\nBefore anyone on our team is granted access to taxpayer data, that "
            "person will have completed an IRS Moderate Risk background investigation and the IRS unauthorized access "
            "(UNAX) awareness briefing. The UNAX briefing is repeated every year.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "addressed", entries[0].reason


def test_signing_and_completing_are_two_duties():
    from clausecheck.traceability.vocabulary import _VERB_AND
    body = "shall sign an EPA CBI confidentiality agreement and complete EPA CBI training before receiving access"
    assert len(_VERB_AND.split(body)) == 2
    sol = f"# RFQ\n\n## H\n\n2.4.13 Each Contractor employee who handles partner submissions {body}.\n"
    prop = ("# Q\n\n## 6.2 Confidentiality\n\nBefore being given access, every Lakeshore employee who will work with "
            "partner submissions signs EPA's CBI confidentiality agreement.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status != "not addressed", entries[0].reason


def test_staff_abroad_named_by_their_trade():
    sol = ("# RFQ\n\n## C\n\nC.3.5.1 Cost report data, features and scores shall remain within the CMS Cloud environment, "
           "and no personnel located outside the United States shall have access to them.\n")
    prop = ("# Q\n\n## 3 Hosting\n\nAll data stays in the CMS Cloud.\n\n## 6 Team\n\nModel development is supported by our "
            "analytics center in Pune, India, whose data scientists work on cost report features through a virtual "
            "desktop session.\n")
    entries, _ = run(sol, prop)
    staff = [e for e in entries if "personnel" in e.requirement.text][0]
    assert staff.status == "contradicted", staff.reason


def test_a_ban_on_writing_into_a_system_broken_by_a_named_feature():
    sol = ("# RFQ\n\n## C\n\nC.3.4 The system shall not send commands to, or write values into, the facility control "
           "system.\n")
    prop = ("# Q\n\n## 3.4 Safing\n\nPlumeWatch also offers Auto-Safe Assist. When the anomaly score stays above the "
            "critical level, Auto-Safe Assist writes a safing-request flag directly into the facility control system, "
            "where the cutoff logic can act on it without waiting for an operator.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "contradicted", entries[0].reason
    from clausecheck.traceability.judging import _banned_keys, _banned_verbs, _verb_key
    assert _verb_key("write") in _banned_keys(_banned_verbs(sol))


def test_a_cap_on_keeping_is_not_broken_by_a_passage_that_keeps_nothing():
    sol = ("# RFQ\n\n## H\n\nH.2 The Contractor shall apply the records retention schedule in Attachment J-4 to all "
           "intake records and must not retain request text in application or debugging logs for more than 90 days.\n")
    prop = ("# Q\n\n## 2 Matching\n\nRogatory compares each new request with open and closed matters using the "
            "requesting authority, the foreign case reference, the parties named and the text. Supplemental requests and "
            "duplicates are linked to the existing matter number.\n")
    from clausecheck.traceability.judging import _CAPPED_KEEPING
    assert _CAPPED_KEEPING.search(sol) and not _CAPPED_KEEPING.search("must not retain request text in logs")
    entries, _ = run(sol, prop)
    capped = [e for e in entries if "more than 90 days" in e.requirement.text][0]
    assert capped.status != "contradicted", capped.reason


def test_a_lead_word_is_a_whole_word():
    from clausecheck.extract.deadlines import find_durations
    # "again 7 days" and "begin 7 days" hold no "in 7 days"
    assert [d.text for d in find_durations("alert the attorney 21 days and again 7 days before each expiration")] == \
        ["21 days", "7 days"]
    assert [d.text for d in find_durations("crews begin 7 days after award")][0] == "7 days"


def test_lead_times_listed_before_one_event():
    sol = ("# RFQ\n\n## C\n\nC.3.1.3 The system shall track every extension order entered on the docket, and alert the "
           "assigned trial attorney 21 days and again 7 days before each expiration.\n")
    prop = ("# Q\n\n## 3 Seal Tracking\n\nThe system tracks every extension order on the docket. The assigned trial "
            "attorney receives an alert 10 calendar days before each expiration and a final alert 2 days before.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "contradicted", entries[0].reason
    assert "21 days" in entries[0].reason


@pytest.mark.parametrize("answer, conflict", [
    ("The public search pages are built to WCAG 2.0 Level A.", True),
    ("The public search pages are built to WCAG 2.1 Level AA.", False),
    ("The public search pages meet WCAG 2.0 Level A and AA success criteria.", False),
])
def test_a_lower_wcag_level_than_section_508_asks(answer, conflict):
    from clausecheck.traceability.editions import wcag_conflict
    sol = "# RFQ\n\n## C\n\nC.5.2 The public search interface shall conform to Section 508 of the Rehabilitation Act.\n"
    prop = f"# Q\n\n## 5 Public Search\n\nThe public search interface is accessible. {answer}\n"
    assert bool(wcag_conflict(sol, answer)) is conflict
    entries, _ = run(sol, prop)
    assert (entries[0].status == "contradicted") is conflict, entries[0].reason
    assert wcag_conflict("shall conform to WCAG 2.1 Level AA", "tested against WCAG 2.0 Level AA")


def test_accessibility_is_not_access_to_data():
    from clausecheck.traceability.vocabulary import terms
    assert "access" not in terms("Our accessibility team tests each release with JAWS.")
    assert "access" in terms("records are accessible only to cleared staff with access")


def test_a_threshold_column_beside_a_result_column():
    sol = ("# RFQ\n\n## C\n\nC.2.2 Line-item extraction on scanned paper reports shall achieve an F1 score of at least "
           "0.92.\n")
    prop = ("# Q\n\n## 2.2 Accuracy\n\n| Measure | AO threshold | DiscloseIQ result on comparable reports |\n|---|---|---|\n"
            "| Line-item F1, electronically filed reports | Not separately specified | 0.96 |\n"
            "| Line-item F1, scanned paper reports | 0.92 | 0.88 |\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "contradicted", entries[0].reason


def test_a_count_that_picks_what_is_flagged():
    sol = ("# RFQ\n\n## C\n\nC.4.1.4 The system shall flag for the Identity Integrity Team any Social Security number "
           "used in cases created by five or more unrelated employers within a 30-day window.\n")
    prop = ("# Q\n\n## 2.4 Identity Misuse\n\nVerityWatch flags a Social Security number for the Identity Integrity Team "
            "when it appears in cases created by {n} or more unrelated employers within 30 days.\n")
    entries, _ = run(sol, prop.format(n="ten"))
    assert entries[0].status == "contradicted", entries[0].reason
    entries, _ = run(sol, prop.format(n="four"))
    assert entries[0].status == "addressed", entries[0].reason


@pytest.mark.parametrize("answer, short", [
    ("Nightline will collect 3,100 centerline miles in the first season, starting with the busiest routes.", True),
    ("Nightline will collect 2,600 centerline miles in June and 1,200 centerline miles in July.", False),
    ("Nightline will collect all 3,800 centerline miles in the first season.", False),
])
def test_less_than_the_whole_counted(answer, short):
    sol = ("# RFQ\n\n## C\n\nC.4.1 The Contractor shall collect nighttime imagery on all 3,800 centerline miles of "
           "Federal Lands roads during the first collection season.\n")
    prop = f"# Q\n\n## 3.2 Collection\n\n{answer}\n"
    entries, _ = run(sol, prop)
    assert (entries[0].status == "contradicted") is short, entries[0].reason


def test_a_tolerance_in_words():
    sol = ("# RFQ\n\n## C\n\nC.5.4 Measurements taken by the assistant shall be within plus or minus one-half inch of the "
           "scaled drawing value for at least 95 percent of checked elements.\n")
    prop = ("# Q\n\n## 1.6 Accuracy\n\n| Measure | Commitment |\n|---|---|\n| Measurement agreement with scaled drawing "
            "value | Within plus or minus {w} for 95 percent of checked elements |\n")
    entries, _ = run(sol, prop.format(w="one inch"))
    assert entries[0].status == "contradicted", entries[0].reason
    entries, _ = run(sol, prop.format(w="one-quarter inch"))
    assert entries[0].status != "contradicted", entries[0].reason


@pytest.mark.parametrize("ban, answer", [
    ("Contractor personnel must not contact workers, employers or claimants by any means; all contact is made by WHD staff.",
     "Follow-up calls. Our bilingual contact center in San Antonio calls workers who have not answered a letter within "
     "21 days, confirms the current address, and tells them how to file a claim."),
    ("Contractor personnel shall not handle, capture or transport live pythons or any other wildlife.",
     "Our two field technicians are experienced python hunters. During installation and maintenance visits they will "
     "capture any python they encounter near a tower, bag it and hand it to the nearest NPS crew, so that no detection "
     "opportunity is lost."),
])
def test_a_banned_act_done_to_its_object(ban, answer):
    sol = f"# RFQ\n\n## H\n\nH.3 {ban}\n"
    prop = f"# Q\n\n## 5 Field Work\n\n{answer}\n"
    entries, _ = run(sol, prop)
    assert entries[0].status == "contradicted", entries[0].reason


def test_a_count_met_in_the_paragraph_is_not_short_in_one_sentence():
    sol = "# RFQ\n\n## C\n\nC.6 The Contractor shall provide three live virtual training sessions for registrars.\n"
    prop = ("# Q\n\n## 6 Training\n\nSablewood will hold three live virtual training sessions for registrars. One session "
            "will run in the morning Central European Time so that staff at Landstuhl can attend during their working "
            "day.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "addressed", entries[0].reason
    from clausecheck.traceability.quantities import _count_conflict
    assert _count_conflict(sol, "One session will run in the morning for registrars.")
    assert not _count_conflict(sol, "One session will run in the morning for registrars.",
                               "Sablewood will hold three live virtual training sessions for registrars.")


def test_the_remaining_ones_are_not_what_is_offered():
    from clausecheck.traceability.quantities import _count_conflict
    req = "The Contractor shall build detection models for at least the eight employer noncompliance behaviors listed."
    assert not _count_conflict(req, "The two remaining behaviors listed in Attachment J-1 will be scoped in a later phase.")


def test_a_closer_passage_meeting_the_figure_outranks_other_work():
    sol = ("# RFP\n\n## C\n\nC.3.3 The Contractor shall set aside at least 20 percent of the human-scored responses for "
           "each item as a validation sample that is never used for model training or tuning.\n")
    prop = ("# P\n\n## 1 Summary\n\nFor NCES we propose one engine per item and a validation design that never lets "
            "held-out human-scored responses for an item leak into model training or tuning.\n\n## 3 Engine Design\n\n"
            "For each item we randomly withhold 25 percent of the human-scored responses, stratified by score point.\n\n"
            "## 12 Corporate Experience\n\nEngagement B: a national testing organization. Lumenfield scores essay "
            "responses under a hybrid model with 12 percent human routing.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status != "contradicted", entries[0].reason


def test_its_cloud_after_the_agency_is_the_agencys():
    sol = ("# RFQ\n\n## C\n\nC.2.1 The Contractor shall process and store all imagery, lidar and detection data only "
           "within the LM cloud enclave.\n")
    prop = ("# Q\n\n## 2.1 Hosting\n\nCapWatch will be deployed in the tenant workspace LM provides in its cloud enclave. "
            "Imagery, lidar and detection data will be processed and stored there only.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "addressed", entries[0].reason
    prop2 = prop.replace("the tenant workspace LM provides in its cloud enclave", "Larkspur's commercial cloud region")
    entries, _ = run(sol, prop2)
    assert entries[0].status == "contradicted", entries[0].reason


def test_completing_a_review_is_timed_like_processing():
    sol = ("# RFQ\n\n## C\n\nC.4.9 The system shall complete automated review of a full application package within four "
           "hours of upload.\n")
    prop = ("# Q\n\n## 3.3 Turnaround\n\nA complete application package is fully processed within {t} of upload, "
            "including drawings.\n")
    entries, _ = run(sol, prop.format(t="90 minutes"))
    assert entries[0].status == "addressed", entries[0].reason
    entries, _ = run(sol, prop.format(t="six hours"))
    assert entries[0].status == "contradicted", entries[0].reason


def test_a_scoring_run_is_a_thing_kept_not_an_act():
    from clausecheck.traceability.quantities import quantities
    req = ("C.3.13 The Contractor shall retain versioned copies of every model, training cohort specification and scoring "
           "run for six years.")
    assert [q.role for q in quantities(req)] == ["retain"]
    sol = f"# RFQ\n\n## C\n\n{req}\n"
    prop = ("# Q\n\n## 2.4 Versions\n\nEvery model version, cohort specification and scoring run is kept under version "
            "control for seven years.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "addressed", entries[0].reason


def test_a_figure_repeated_word_for_word_is_given():
    from clausecheck.traceability.quantities import _unmet_figures
    req = ("C.4.6 The Contractor shall flag any railroad whose count in a single cause category rises by 25 percent or "
           "more from the prior reporting period.")
    assert not _unmet_figures(req, "A railroad is flagged when its count in any one cause category grows by 25 percent "
                                   "or more over the previous period.")
    assert _unmet_figures(req, "A railroad is flagged when its count in any one cause category grows sharply.")


@pytest.mark.parametrize("extra, gap", [
    ("", True),
    ("\n\n## 10 Past Performance\n\nReference 1: Ohio Department of Health, 2022-2025, point of contact Dana Reyes.\n", False),
])
def test_references_asked_and_none_named(extra, gap):
    sol = ("# RFQ\n\n## L\n\nL.5 The Offeror shall provide two references from hospital laboratories where its "
           "detection product has operated for at least one year.\n")
    prop = ("# Q\n\n## 1 Overview\n\nOur TubeTrace product is used in 19 hospital laboratories to catch specimens drawn "
            "from the wrong patient, and has operated in most of them for several years.\n\n## 11 Compliance Matrix\n\n"
            "| Solicitation reference | Proposal section |\n|---|---|\n| L.5 | Section 1 |\n" + extra)
    entries, _ = run(sol, prop)
    assert (entries[0].status == "not addressed") is gap, entries[0].reason


def test_a_derivative_corpus_kept_is_a_copy_kept():
    sol = ("# RFQ\n\n## C\n\nC.5.4 Within 30 days after contract completion, the Contractor shall return all Government "
           "data and destroy every remaining copy.\n")
    prop = ("# Q\n\n## 7 Data at Contract End\n\nAt contract end we will return all Government data to FRA and delete our "
            "working copies within 30 days. Signal Ridge will keep a de-identified derivative corpus of narratives, with "
            "railroad names removed, to support continued improvement of the product.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "contradicted", entries[0].reason
    entries, _ = run(sol, prop.replace("will keep a", "will not keep any"))
    assert entries[0].status == "addressed", entries[0].reason


def test_a_ban_is_not_broken_by_a_passage_sharing_only_its_verb():
    sol = ("# RFQ\n\n## C\n\nC.9 The Contractor shall not permit any person who is not a U.S. citizen to access lease "
           "documents.\n")
    prop = ("# Q\n\n## 4 Platform\n\nLexica runs in the Department's cloud tenant.\n\n## 6 Accessibility\n\nOur "
            "accessibility team tests each release with JAWS and NVDA before it ships.\n\n## 9 Compliance Matrix\n\n"
            "| Solicitation reference | Proposal section |\n|---|---|\n| C.9 | Section 6 |\n")
    entries, _ = run(sol, prop)
    assert entries[0].status != "contradicted", entries[0].reason


def test_a_subject_with_its_own_relative_clause_can_be_out_of_scope():
    sol = ("# RFQ\n\n## C\n\nC.3.2 The system shall detect the following patterns:\n\n- Cross-market spoofing, in which "
           "orders in one contract are used to move the price of a related contract on another exchange.\n")
    prop = ("# Q\n\n## 3 Patterns\n\nManipulation that uses one contract to move the price of a related contract listed "
            "on a different exchange is outside the scope of this offer.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "contradicted", entries[0].reason
    entries, _ = run(sol, prop.replace("is outside the scope of this offer", "is flagged for an analyst"))
    assert entries[0].status != "contradicted", entries[0].reason


@pytest.mark.parametrize("hours, conflict", [
    ("from 7 a.m. to 7 p.m. Eastern on federal workdays", True),
    ("at all times through the agency portal", False),
])
def test_access_at_all_times_against_set_hours(hours, conflict):
    sol = ("# RFQ\n\n## C\n\nC.6 The Contractor shall give FSIS personnel read access to the output logs and evaluation "
           "dashboards at all times during performance.\n")
    prop = f"# Q\n\n## 4 Access\n\nFSIS users can view the output logs and evaluation dashboards {hours}.\n"
    entries, _ = run(sol, prop)
    assert (entries[0].status == "contradicted") is conflict, entries[0].reason


@pytest.mark.parametrize("governance, conflict", [
    ("housing status and incarceration history are kept out of the feature set by default", False),
    ("ZIP codes, and any geographic feature computed from them, are left out of the feature set", False),
    ("housing status and incarceration history are used as model features", True),
])
def test_attributes_kept_out_of_the_features_are_not_used(governance, conflict):
    sol = ("# RFQ\n\n## C\n\nC.4 The Contractor shall exclude housing status, incarceration history and ZIP code from "
           "the model features.\n")
    prop = f"# Q\n\n## 3 Features\n\nFeature governance: {governance}.\n"
    entries, _ = run(sol, prop)
    assert (entries[0].status == "contradicted") is conflict, entries[0].reason


def test_a_negated_use_beside_compliance_with_the_clause_complies():
    sol = ("# RFQ\n\n## I\n\nI.4 The Contractor shall comply with FAR 52.204-25 (NOV 2021), Prohibition on Contracting "
           "for Certain Telecommunications and Video Surveillance Services or Equipment.\n")
    prop = ("# Q\n\n## 9 Clauses\n\nCobalt Meridian does not provide or use covered telecommunications or video "
            "surveillance equipment or services and complies with FAR 52.204-25 (NOV 2021).\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "addressed", entries[0].reason


@pytest.mark.parametrize("release, conflict", [
    ("A summary can be sent to a post or to any other agency only after a DS analyst presses Release", False),
    ("Every summary is sent to the post's mailbox as soon as it is generated", True),
])
def test_a_transfer_after_the_release_the_ban_allows_does_not_break_it(release, conflict):
    sol = ("# RFQ\n\n## C\n\nC.6 The Contractor shall not transmit any machine-generated summary outside the platform, "
           "whether to a post or to another agency, unless a DS analyst has released it.\n")
    prop = f"# Q\n\n## 3 Release Control\n\n{release}, and each transmission of a summary outside the platform is logged.\n"
    entries, _ = run(sol, prop)
    assert (entries[0].status == "contradicted") is conflict, entries[0].reason


def test_a_purpose_set_beside_a_way_is_no_substitute():
    sol = ("# RFQ\n\n## C\n\nC.3 The Contractor shall deliver candidate packages to each ESA in batches of no more than "
           "50 NSNs.\n")
    prop = ("# Q\n\n## 2 Delivery\n\nCandidate packages go to each ESA every two weeks, with at most 25 NSNs in a "
            "package, so that ESA engineers receive a steady, manageable flow rather than a large monthly batch.\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == "addressed", entries[0].reason
    entries, _ = run(sol, prop.replace(", so that ESA engineers receive a steady, manageable flow rather than a large "
                                       "monthly batch", ". We send a single list each month rather than candidate packages in batches"))
    assert entries[0].status == "contradicted", entries[0].reason


@pytest.mark.parametrize("hours, conflict", [("24", False), ("96", True)])
def test_a_cap_on_keeping_after_an_event_is_met_by_deleting_sooner(hours, conflict):
    sol = "# RFQ\n\n## C\n\nC.4.2.2 Raw unblurred video must not be retained anywhere for more than 72 hours after capture.\n"
    prop = (f"# Q\n\n## 2 Redaction\n\nRaw unblurred video is deleted from the processing node, and from every backup, no "
            f"later than {hours} hours after capture.\n")
    entries, _ = run(sol, prop)
    assert (entries[0].status == "contradicted") is conflict, entries[0].reason


@pytest.mark.parametrize("verb, conflict", [("miss the 97 percent", False), ("stay above 90 percent of the", True)])
def test_missing_a_standard_names_the_standard_not_an_error_rate(verb, conflict):
    sol = ("# RFQ\n\n## C\n\nC.4 For every publicly funded port, the failure model shall produce a probability that the "
           "port will fall below the 97 percent uptime standard during the next 30 days.\n")
    prop = (f"# Q\n\n## 4 Failure Model\n\nA survival model estimates, for every funded port, the probability that it "
            f"will {verb} operational uptime standard during the coming 30 days.\n")
    entries, _ = run(sol, prop)
    assert (entries[0].status == "contradicted") is conflict, entries[0].reason


def test_years_of_experience_are_not_a_duration():
    sol = ("# RFQ\n\n## C\n\nC.7 The Contractor shall designate a Lead Audit Data Scientist and a Port Operations Subject "
           "Matter Expert, the latter with at least 8 years of husbanding, port operations or Navy supply experience, "
           "as key personnel.\n")
    prop = ("# Q\n\n## 3 Key Personnel\n\n| Role | Name | Experience |\n|---|---|---|\n"
            "| Lead Audit Data Scientist | Dr. Amit Varghese | PhD statistics; 11 years of fraud analytics, including 4 "
            "years on port-call disbursement audits |\n"
            "| Port Operations Subject Matter Expert | CDR Joanne Pruitt | 14 years as a Navy Supply Corps officer |\n")
    entries, _ = run(sol, prop)
    assert entries[0].status != "contradicted", entries[0].reason
    entries, _ = run(sol, prop.replace("14 years as", "5 years as"))
    assert entries[0].status == "contradicted", entries[0].reason


@pytest.mark.parametrize("per_class, conflict", [("0.70", False), ("0.60", True)])
def test_a_worse_figure_that_meets_the_requirements_other_level_answers_it(per_class, conflict):
    req = ("The terrain classifier shall achieve a mean per-class F1 score of at least 0.82 on the Government-held test "
           "set, with no single class below 0.65.")
    resp = (f"On the Government test set we commit to a mean F1 across classes of 0.85 or higher, and to an F1 of "
            f"{per_class} or higher for every individual class.")
    from clausecheck.traceability.quantities import _number_conflict
    assert (_number_conflict(req, resp)[0] is not None) is conflict


@pytest.mark.parametrize("passage, conflict", [
    ("The pre-existing ProgramLens workbench software is commercial computer software licensed to FSA under our "
     "standard commercial license.", False),
    ("The trained model weights and training code are delivered under our standard commercial license.", True),
    ("The trained model weights and training code build on our pre-existing framework, and we will furnish them with "
     "government purpose rights.", True),
])
def test_rights_in_what_the_contractor_brings_are_not_rights_in_new_work(passage, conflict):
    req = ("The Contractor shall deliver the trained model weights, training code and evaluation scripts first produced "
           "under this contract with unlimited rights to the Government.")
    from clausecheck.traceability.quantities import _scale_conflict
    assert (_scale_conflict(req, passage) is not None) is conflict


@pytest.mark.parametrize("gap, conflict", [("5", True), ("2", False), ("1", False)])
def test_a_change_that_sets_off_a_duty_is_a_trigger(gap, conflict):
    req = ("Where the flag rate for rural Veterans exceeds the rate for urban Veterans by more than 2 percentage points, "
           "the Contractor shall propose corrective model changes within 30 days.")
    resp = (f"If the flag rate for rural Veterans runs more than {gap} percentage points above that for urban Veterans, "
            f"we will propose model corrections to the COR within 30 days.")
    from clausecheck.traceability.quantities import _number_conflict
    assert (_number_conflict(req, resp)[0] is not None) is conflict


@pytest.mark.parametrize("requirement, heading, passage, named", [
    ("C.3.4.6 The Contractor shall conduct an error analysis across at least five therapeutic areas each quarter and "
     "deliver the results to the COR.", "5.2 Error Analysis",
     "Every quarter we analyze false positives and false negatives in six therapeutic areas and send the COR a written "
     "report with findings and planned fixes.", True),
    # a section every proposal has is no sign of an answer
    ("H.4.1 The Contractor shall submit any proposed substitution of key personnel to the Contracting Officer for "
     "approval at least 30 days in advance.", "11 Key Personnel",
     "Our key personnel are Dr. Ana Ruiz, Program Manager, and Mr. Li Wei, who will stay for the whole period; any "
     "substitution goes to the Contracting Officer.", False),
    # nor is a one-word heading, nor a named section whose passage shares little of the requirement
    ("The Contractor shall detect model drift after deployment and respond within 10 days.", "4.5 Drift",
     "Keystone's data scientists will monitor the model dashboards for drift after deployment.", False),
    ("C.3.4.6 The Contractor shall conduct an error analysis across at least five therapeutic areas each quarter and "
     "deliver the results to the COR.", "5.2 Error Analysis", "Our team is experienced.", False),
])
def test_a_section_named_for_the_requirement(requirement, heading, passage, named):
    from types import SimpleNamespace
    from clausecheck.traceability.judging import _named_section
    from clausecheck.traceability.units import _topic_terms
    req = SimpleNamespace(ob=SimpleNamespace(text=requirement))
    topic = SimpleNamespace(headings=[heading], text=passage, topic=_topic_terms((heading,), ""))
    assert _named_section(req, topic) is named


@pytest.mark.parametrize("passage, status", [
    ("Cobalt Ridge will never sell GSA Fleet data.", "partially addressed"),
    ("Cobalt Ridge stores GSA Fleet data in its own cloud.", "not addressed"),
])
def test_a_thin_passage_restating_part_of_a_ban(passage, status):
    sol = ("# RFQ\n\n## C\n\nC.8.2 The Contractor shall not sell, license or otherwise disclose GSA Fleet telematics or "
           "derived location data to any third party.\n")
    prop = ("# Q\n\n## 1 Overview\n\nCobalt Ridge will forecast charging demand for the GSA Fleet vehicles at each "
            "federal depot and recommend charger sites.\n\n## 2 Charging Demand\n\nWe forecast charging demand for every "
            "GSA Fleet depot from trip records and dwell times in the GSA Fleet data.\n\n## 3 Siting\n\nCandidate sites "
            "are ranked by expected sessions per port, grid capacity and installation cost, using GSA Fleet data.\n\n"
            "## 4 Reports\n\nEach quarter we deliver a siting report with maps, ranked sites and the data behind each "
            f"ranking.\n\n## 8 Data\n\n{passage}\n")
    entries, _ = run(sol, prop)
    assert entries[0].status == status, entries[0].reason


@pytest.mark.parametrize("schedule, conflict", [("a rolling 30-day schedule", True), ("a rolling 12-hour schedule", False)])
def test_a_rolling_schedule_of_keeping_is_how_long_each_is_kept(schedule, conflict):
    sol = ("# RFQ\n\n## C\n\nC.8 The Contractor shall delete all cached document images from processing nodes within 24 "
           "hours after indexing is complete.\n")
    prop = (f"# Q\n\n## 8 Data Stewardship\n\nProcessing nodes keep cached document images on {schedule} so that "
            f"documents can be reprocessed quickly after a model update; older images are purged automatically.\n")
    entries, _ = run(sol, prop)
    assert (entries[0].status == "contradicted") is conflict, entries[0].reason


@pytest.mark.parametrize("time, conflict", [("5 business days", True), ("one business day", False)])
def test_a_time_in_a_row_named_for_the_thing_is_its_time(time, conflict):
    req = ("| Close of the 14-day institutional response window | The Contractor shall produce the consolidated match "
           "package for each 314(a) request within one business day after the response window closes. |")
    resp = (f"| Consolidated package for a 314(a) request | Within {time} after the 14-day response window closes, to "
            f"allow analyst review of High-band matches |")
    from clausecheck.traceability.quantities import _duration_conflict
    assert (_duration_conflict(req, resp)[0] is not None) is conflict


@pytest.mark.parametrize("cadence, conflict", [("an annual retuning cycle", True), ("a quarterly retuning cycle", False)])
def test_an_annual_cycle_is_a_yearly_cadence(cadence, conflict):
    sol = ("# RFQ\n\n## C\n\nC.5 The Contractor shall incorporate reviewer dispositions into rule and model updates at "
           "least quarterly.\n")
    prop = (f"# Q\n\n## 8 Learning From Reviewers\n\nReviewer dispositions are collected in the interface and used in "
            f"{cadence} for rule and model updates.\n")
    entries, _ = run(sol, prop)
    assert (entries[0].status == "contradicted") is conflict, entries[0].reason


@pytest.mark.parametrize("passage, conflict", [
    ("Critical Safety Items and Critical Application Items are kept on the candidate list with a caution marker.", True),
    ("Critical Safety Items and Critical Application Items are removed from the candidate list.", False),
])
def test_things_kept_on_a_list_they_must_be_excluded_from(passage, conflict):
    from clausecheck.traceability.opposites import opposite_conflict
    req = ("The candidate model shall exclude Critical Safety Items and Critical Application Items from the candidate "
           "list.")
    assert (opposite_conflict(req, passage) is not None) is conflict


@pytest.mark.parametrize("months, conflict", [("24", True), ("48", False)])
def test_a_shorter_reach_beside_the_answering_sentence(months, conflict):
    sol = ("# RFQ\n\n## C\n\nC.3.1 The Contractor shall:\n\n- forecast, for every lot, the quarter in which the lot will "
           "reach its labeled or extended expiry date and the quantity at risk, over a rolling 36-month horizon;\n")
    prop = ("# Q\n\n## 2.3 Expiry Forecasts\n\nFor every lot, LotSight estimates the quarter in which it will reach its "
            "current expiry date, labeled or extended, and the quantity that will be at risk in that quarter. We "
            f"forecast over a rolling {months}-month horizon, which suits purchasing decisions.\n")
    entries, _ = run(sol, prop)
    assert (entries[0].status == "contradicted") is conflict, entries[0].reason


def test_the_first_hours_described_are_no_commitment():
    req = ("The Contractor shall have camera kits installed and operating at each activated debris management site within "
           "48 hours after the Government issues a mission task order.")
    resp = ("Kits will be installed, tested and recording within 72 hours of task order receipt. In our experience the "
            "first 24 hours after landfall are lost to road closures and curfews.")
    from clausecheck.traceability.quantities import _duration_conflict
    assert "72 hours" in (_duration_conflict(req, resp)[0] or "")
    assert _duration_conflict(req, resp.replace("72 hours", "36 hours"))[0] is None


@pytest.mark.parametrize("text, degree", [
    ("Dr. Okafor holds an M.S. and a Ph.D. in hydrology.", {"master", "doctor"}),
    ("a BSc in physics", {"bachel"}),
    ("Dr. M. S. Rao joins the team; MS Teams is used for meetings.", set()),
])
def test_degrees_by_their_abbreviations(text, degree):
    assert {t for t in terms(text) if t in ("master", "doctor", "bachel")} == degree


def test_a_participle_naming_things_is_no_act_to_undo():
    from clausecheck.traceability.opposites import opposite_conflict
    req = ("The Contractor shall measure the rate of omitted material evidence on a sample of 100 production summaries "
           "each quarter.")
    resp = "Analysts check each sampled summary for evidence that should have been included, and share their findings."
    assert opposite_conflict(req, resp) is None


@pytest.mark.parametrize("answer, conflict", [("within 30 minutes", False), ("within 4 hours", True)])
def test_a_response_time_of_hours_is_how_soon(answer, conflict):
    req = ("The Contractor shall provide Tier 2 support between 0700 and 1900 Eastern Time on business days, with a "
           "response time of two hours for severity 1 issues.")
    from clausecheck.traceability.quantities import _duration_conflict
    got, ok = _duration_conflict(req, f"Severity 1 issues receive a response {answer}.")
    assert ok and (got is not None) is conflict


@pytest.mark.parametrize("staff, conflict", [
    ("Every team member with system access is a U.S. person and holds a Tier 2 investigation.", True),
    ("Two data scientists with full system access are lawful permanent residents of the United States.", True),
    ("Every team member with system access is a U.S. citizen and holds a Tier 2 investigation.", False),
    ("Personal details about U.S. persons are purged from the platform every night.", False),
])
def test_persons_who_are_not_citizens_where_citizens_are_required(staff, conflict):
    from clausecheck.traceability.judging import _kinds_conflict
    req = ("All Contractor personnel with access to the system must be United States citizens with a favorably "
           "adjudicated Tier 2 background investigation.")
    assert (_kinds_conflict(req, staff) is not None) is conflict
    # a requirement that admits permanent residents is met by them
    assert _kinds_conflict(req.replace("United States citizens", "U.S. citizens or lawful permanent residents"), staff) is None


@pytest.mark.parametrize("times, conflict", [("1.5", True), ("1.2", False)])
def test_a_ratio_under_a_clause_numbered_subject(times, conflict):
    # the subject of "must not exceed" is found past the stops of "C.3.4.2" and "C.3.4.1", and "N times that of"
    # is a ratio
    req = ("C.3.4.2 The ratio of the highest to the lowest false referral rate across the groups in C.3.4.1 must not "
           "exceed 1.25 at any release.")
    resp = (f"RegistryGuard is tuned so that no group's false referral rate is more than {times} times that of the group "
            f"with the lowest rate.")
    from clausecheck.traceability.quantities import _number_conflict
    got, ok = _number_conflict(req, resp)
    assert ok and (got is not None) is conflict


@pytest.mark.parametrize("passage, conflict", [
    ("To catch stale addresses, we will also enrich each claim with identity data licensed from a commercial identity "
     "data provider.", True),
    ("We use only the claim, appointment and payment elements that VA provides; we buy no data.", False),
])
def test_data_bought_from_a_commercial_provider_where_such_data_is_barred(passage, conflict):
    from clausecheck.traceability.judging import _kinds_conflict
    req = ("The Contractor shall not import commercial data-broker, credit or social media data about Veterans.")
    assert (_kinds_conflict(req, passage) is not None) is conflict
    # a ban that lifts with leave is another kind
    assert _kinds_conflict(req.replace("about Veterans", "unless the COR approves it"), passage) is None
