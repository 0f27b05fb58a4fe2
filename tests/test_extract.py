import pytest
from hypothesis import given, settings, strategies as st

from clausecheck.extract import extract_obligations, find_durations, find_references, get_nlp
from cc_testutil import md_doc


def obs(text: str, **kw):
    return extract_obligations(md_doc(text), **kw)


@pytest.mark.parametrize("text,modality,strength", [
    ("The Contractor shall deliver the plan.", "obligation", "binding"),
    ("The Contractor must encrypt data at rest.", "obligation", "binding"),
    ("The Contractor is required to maintain an SSP.", "obligation", "binding"),
    ("The Contractor agrees to comply with the clause.", "obligation", "binding"),
    ("The Contractor shall not use Government data for training.", "prohibition", "binding"),
    ("In no event shall the Contractor disclose the weights.", "prohibition", "binding"),
    ("The Contractor is prohibited from using Kaspersky products.", "prohibition", "binding"),
    ("The Government may award without discussions.", "permission", "binding"),
    ("The Government reserves the right to inspect the facility.", "permission", "binding"),
    ("The Contractor should conduct red-team testing.", "recommendation", "weak"),
    ("The Contractor is encouraged to publish a model card.", "recommendation", "weak"),
    ("The Contractor shall, to the extent practicable, log decisions.", "obligation", "weak"),
    ("The Contractor shall use best efforts to notify the CO.", "obligation", "weak"),
])
def test_modality(text, modality, strength):
    got = obs(text)
    assert len(got) == 1
    assert (got[0].modality, got[0].strength) == (modality, strength)


@pytest.mark.parametrize("text", [
    "Contractor means the entity that signs this contract.",
    '"Cyber incident" shall mean an action taken through the use of an information system.',
    "In this document, the word \"shall\" denotes a mandatory requirement.",
    "The agency will migrate to the cloud in 2027.",
    "Will the Government provide test data?",
    "1.2 Background ............................................. 4",
    "The May 2024 version of the clause applies to this solicitation.",
])
def test_not_obligations(text):
    assert obs(text) == []


def test_narrative_will_under_background_heading_is_not_binding():
    assert obs("## 1.2 Background\n\nThe Contractor will support the program office.") == []
    got = obs("## C.3 Tasks\n\nThe Contractor will support the program office.")
    assert got[0].modality == "obligation" and got[0].bearer == "Contractor"


@pytest.mark.parametrize("text,bearer", [
    ("Reports shall be submitted by the Contractor to the COR.", "Contractor"),
    ("The Contracting Officer's Representative shall approve the plan.", "COR"),
    ("Offerors shall submit three past performance references.", "Offeror"),
    ("The vendor must complete the form.", "Vendor"),
    ("If the CO requests, the Contractor shall brief the team.", "Contractor"),
    ("The Contractor's program manager shall attend reviews.", "Contractor"),
    ("Proposals shall not exceed 20 pages.", "Offeror"),
    ("The Service Provider shall restore service within 4 hours.", "Service Provider"),
    # the agent of a phrase after a comma is not the one who must act
    ("## C.4 Service levels\n\nThe service shall be available 99.9 percent of each month, excluding maintenance "
     "windows approved by the COR.", "Contractor"),
])
def test_bearer(text, bearer):
    assert obs(text)[0].bearer == bearer


def test_the_agent_of_a_participle_after_a_noun_is_not_the_one_who_must_act():
    # the COR approves the license; someone else must deliver and release the models
    got = obs("## H.1 Rights\n\nAll trained models shall be delivered to the agency with unlimited rights and "
              "released under an open license approved by the COR.")
    assert got and got[0].bearer != "COR"
    assert obs("Access shall be limited to persons named on the roster approved by the COR.")[0].bearer != "COR"
    # the agent of the sentence's own verb still is
    assert obs("Each release shall be reviewed and approved by the COR.")[0].bearer == "COR"
    # nor is the agent of a participle inside the subject, or of the second of two passives
    assert obs("## C.3 Extraction\n\nFields with a confidence score below the threshold set by the Contracting "
               "Officer's Representative (COR) shall be routed to an examiner for keying.")[0].bearer == "Contractor"
    assert obs("## C.7 Updates\n\nEach model update shall be validated against the reference dataset and approved in "
               "writing by the COR before deployment to any herd.")[0].bearer == "Contractor"


@pytest.mark.parametrize("text", [
    "## 1.0 Instructions to Quoters\n\nA quote failing to complete the form will be deemed non-responsive "
    "and will be eliminated from consideration.",
    "## 1.0 Instructions to Quoters\n\nQuoters shall complete the checklist form before the closing date. "
    "Compliance Review will be a pass/fail factor and a quote failing to complete the form will be deemed "
    "failing to assent to material terms and will be eliminated from consideration.",
])
def test_what_evaluators_make_of_a_quote_binds_the_government(text):
    got = [o for o in obs(text) if "checklist" not in o.text]
    assert got and {o.bearer for o in got} == {"Government"}, [(o.bearer, o.text) for o in got]


def test_a_volume_of_purchases_is_no_proposal_volume():
    got = obs("## 8.0 Volume of Purchases\n\nThe estimated purchases shall be recorded in the ordering system.")
    assert got[0].bearer == "Contractor"
    got = obs("## Volume II - Technical\n\nThe narrative shall not exceed 20 pages.")
    assert got[0].bearer == "Offeror"


def test_defined_party_and_lead_in_items():
    text = ('Acme Corp. (hereinafter "the Service Provider") supports the agency.\n\n'
            "The Service Provider shall:\n\n(a) deliver a System Security Plan within 30 days after award;\n\n"
            "(b) update it annually; and\n\n(c) not connect personal devices to the network.")
    got = obs(text)
    assert [(o.modality, o.bearer, o.deadline.iso8601 if o.deadline else None) for o in got] == [
        ("obligation", "Service Provider", "P30D"), ("obligation", "Service Provider", "P1Y"),
        ("prohibition", "Service Provider", None)]
    assert [o.location.section for o in got] == ["(a)", "(b)", "(c)"]


def test_atomization_two_duties_and_inline_items():
    got = obs("The Contractor shall scan weekly and shall patch critical flaws within 7 days.")
    assert len(got) == 2 and got[1].deadline.iso8601 == "P7D" and got[1].bearer == "Contractor"
    got = obs("The Contractor shall: (a) deliver a plan; and (b) update the plan quarterly.")
    assert [o.action for o in got] == ["deliver a plan", "update the plan quarterly"]


def test_abbreviations_do_not_split_sentences():
    text = "The Contractor shall comply with 52.204-21 and U.S. law, e.g. 41 U.S.C. 1323, and No. 5 of Sec. 3."
    assert len(obs(text)) == 1


def test_a_time_zone_after_a_clock_time_does_not_start_a_sentence():
    text = ("The help desk is to be reachable by telephone. The Contractor shall staff the help desk from 7:00 a.m. "
            "Eastern Time to 7:00 p.m. Alaska Time on federal workdays.")
    got = obs(text)
    assert len(got) == 1 and got[0].text.endswith("7:00 p.m. Alaska Time on federal workdays.")
    # a clock time that ends a sentence still ends it
    assert len(obs("The Contractor shall open the desk at 8 a.m. The Contractor shall close it at 6 p.m.")) == 2


def test_a_measurement_by_the_government_does_not_make_it_the_bearer():
    """"Measured by the Government's test harness ..., the delivered models shall achieve: (a) ..." binds
    the contractor's models; the Government only measures."""
    got = obs("C.3.5 Performance. Measured by the Government's test harness on the sequestered holdout set, the "
              "delivered models shall achieve:\n\n(a) page classification accuracy of at least 97 percent;\n\n"
              "(b) recall of at least 0.95 for urgent packages.")
    assert [(o.bearer, o.text[:3]) for o in got] == [("Contractor", "(a)"), ("Contractor", "(b)")]


def test_an_acronym_named_for_the_system_bought_binds_the_contractor():
    got = obs("EPA seeks a screening system, called the Calibration Screening Tool (CST) in this Statement of Work."
              "\n\nFor each calibration, the CST shall produce a risk score between 0 and 1.\n\n"
              "Each week, the OFA shall review each risk score.")
    assert [(o.bearer, o.text[:20]) for o in got] == [("Contractor", "For each calibration"),
                                                     ("Government", "Each week, the OFA s")]


@pytest.mark.parametrize("definition, duty", [
    ("This contract acquires a call compliance analytics service, referred to as SCCA.",
     "SCCA shall not transmit any flag, score or finding to a servicer unless an FSA reviewer has confirmed it."),
    ("The Partner Screening Match Service (PSMS) will produce a ranked set of candidate matches.",
     "PSMS shall not issue any eligibility determination."),
])
def test_a_service_named_for_what_it_does_binds_the_contractor(definition, duty):
    got = obs(f"# RFP\n\n## C\n\n{definition}\n\n{duty}\n")
    assert [o.bearer for o in got] == ["Contractor"], [(o.bearer, o.text) for o in got]


def test_an_office_named_a_service_stays_the_government():
    """18F TDRS RFQ: "Technology Transformation Service (TTS)" is an office; "TTS may publish ..." and
    "... that TTS reserves the right ..." are the Government's."""
    got = obs("The Technology Transformation Service (TTS) buys this work.\n\nUpon award, the OFA and TTS may "
              "publish the total awarded price.\n\nFor each release, the TTS shall review the plan.")
    assert {o.bearer for o in got} == {"Government"}


def test_a_condition_after_a_section_number_does_not_carry_the_sentence():
    got = obs("C.4.7.2 Where the assistant drafts a request that a reviewer may send to a consumer, the Contractor "
              "shall keep that text at or below an eighth-grade reading level.")
    assert [(o.modality, o.bearer) for o in got] == [("obligation", "Contractor")]


def test_ids_are_stable_and_survive_other_edits():
    a = obs("Intro.\n\nThe Contractor shall deliver the plan.\n\nThe Contractor shall log access.")
    b = obs("Changed intro with more words.\n\nNew para.\n\nThe Contractor shall deliver the plan.\n\n"
            "The Contractor shall log access.")
    assert [o.id for o in a] == [o.id for o in b]
    assert len({o.id for o in obs("The Contractor shall comply.\n\nThe Contractor shall comply.")}) == 2


@pytest.mark.parametrize("text,iso,business", [
    ("within seventy-two (72) hours", "PT72H", False),
    ("no later than 30 calendar days after award", "P30D", False),
    ("within one business day", "P1D", True),
    ("annually", "P1Y", False),
    ("quarterly", "P3M", False),
    ("on a semiannual cycle", "P6M", False),
    ("a semi-annual review", "P6M", False),
    ("in an annual fairness review", "P1Y", False),
    ("within two (2) weeks", "P2W", False),
    ("every 90 days", "P90D", False),
    ("by the fifth business day after each month ends", "P5D", True),
])
def test_deadlines(text, iso, business):
    d = [x for x in find_durations(text) if x.kind == "deadline"][0]
    assert (d.iso, d.business_days) == (iso, business)


def test_an_annual_event_is_no_cadence():
    # "the annual open enrollment period" names an event; "an annual review" repeats yearly
    assert find_durations("not schedule maintenance during the annual open enrollment period") == []
    assert find_durations("test the system against prompt injection hidden in company annual reports") == []
    assert find_durations("the contractor representative for annual performance reviews") == []


def test_periods_are_not_deadlines():
    assert [d.kind for d in find_durations("retain logs for at least 12 months")] == ["period"]
    assert find_durations("available 24 hours a day, 7 days a week")[-1].kind == "period"


def test_references():
    refs = find_references("FAR 52.204-21 Basic Safeguarding of Covered Contractor Information Systems "
                           "(NOV 2021), DFARS 252.204-7012 (MAY 2024) Alternate I, NIST SP 800-171 Rev 2, "
                           "NIST AI 100-2e2023, OMB M-21-31, 48 CFR 52.204-21, 41 U.S.C. 1323, EO 14028")
    got = {(r.kind, r.id, r.date) for r in refs}
    assert ("far", "52.204-21", "NOV 2021") in got
    assert ("dfars", "252.204-7012", "MAY 2024") in got
    assert ("nist", "SP 800-171 Rev 2", None) in got
    assert ("omb", "M-21-31", None) in got and ("eo", "EO 14028", None) in got
    assert ("usc", "41 U.S.C. 1323", None) in got
    far = [r for r in refs if r.id == "52.204-21" and r.date][0]
    assert far.title == "Basic Safeguarding of Covered Contractor Information Systems"
    assert [r for r in refs if r.id == "252.204-7012"][0].alternate == "I"


def test_deliverables_table_rows_are_obligations():
    text = ("## C.5 Deliverables\n\n| Deliverable | Due | Recipient |\n|---|---|---|\n"
            "| Monthly Status Report | 10 business days after month end | COR |\n"
            "| Transition Plan | 90 days before contract end | CO |\n")
    got = obs(text)
    assert [(o.bearer, o.deadline.iso8601) for o in got] == [("Contractor", "P10D"), ("Contractor", "P90D")]
    # a table of reports with a timing column is a deliverables table, whatever its section is called
    text = ("## C.3.6 Hosting and records\n\nTable C-2 lists the recurring reports.\n\n"
            "| Report | Content and timing |\n|---|---|\n"
            "| Fairness review | Accuracy compared across age bands, delivered every six months |\n")
    assert [o.text.split(" | ")[0] for o in obs(text, role="solicitation")] == ["Fairness review"]
    # a table of other things with a date column is not
    text = "## C.2 Background\n\n| Site | Date opened |\n|---|---|\n| Denver | 12 March 2019 |\n"
    assert obs(text, role="solicitation") == []


def test_pipeline_is_built_once_and_is_blank():
    nlp = get_nlp()
    assert nlp is get_nlp()
    assert nlp.pipe_names == ["cc_clause_segmenter", "cc_party_ruler", "cc_obligation_detector",
                              "cc_citation_ruler", "cc_deadline_parser"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "The Contractor shall deliver the report.", "Background text about the agency.",
    "Offerors must submit a volume.", "The Government may inspect.", "(a) item text;",
    "The Contractor should test.", "x" * 30, "Table | cell | 3 days"]), min_size=1, max_size=15))
def test_extraction_locations_are_within_blocks(paras):
    doc = md_doc("\n\n".join(paras))
    by_block = {b.location.block: b for b in doc.blocks}
    for o in extract_obligations(doc):
        block = by_block[o.location.block]
        assert 0 <= o.location.start < o.location.end <= len(block.text)
        if " | " not in o.text:
            assert block.text[o.location.start:o.location.end].strip() == o.text


def test_proposal_commitments_and_first_person():
    text = ("## 3. Quality Assurance\n\nBefore any production release, our ML assurance team runs an "
            "adversarial test campaign against the candidate model.\n\nWe will notify the COR within 24 hours "
            "of any incident.\n\nDecision records will be kept for 18 months.\n\nWe have delivered similar "
            "systems for three agencies.")
    got = obs(text, role="proposal")
    assert [(o.bearer, o.modality) for o in got] == [("Offeror", "obligation")] * 3
    assert got[1].deadline.iso8601 == "PT24H"
    # the same "we" in a solicitation is the Government speaking
    assert obs("We will evaluate quotes on a best-value basis.", role="solicitation")[0].bearer == "Government"


def test_role_is_detected_when_not_given():
    proposal = ("## Technical Approach\n\nWe will deliver the plan within 10 days. Our team will test the model. "
                "We propose an agile approach. We will brief the COR weekly.")
    assert {o.bearer for o in obs(proposal)} == {"Offeror"}


def test_parties_and_leading_discretion():
    got = obs("Either party may terminate this agreement upon ninety (90) days' written notice.")
    assert [(o.modality, o.bearer) for o in got] == [("permission", None)]
    got = obs("At its sole discretion, the Government may require the Contractor to remove any employee.")
    assert [(o.modality, o.bearer) for o in got] == [("permission", "Government")]


def test_seconds_milliseconds_and_decimals_are_durations():
    from clausecheck.extract.deadlines import find_durations, iso_hours
    got = {d.text: d.iso for d in find_durations(
        "respond within 500 milliseconds, finish within 10 seconds and escalate within 1.5 hours")}
    assert got == {"within 500 milliseconds": "PT0.5S", "within 10 seconds": "PT10S", "within 1.5 hours": "PT1.5H"}
    assert iso_hours("PT0.5S") == 0.5 / 3600 and iso_hours("PT1.5H") == 1.5
    assert find_durations("A warm standby in a second region takes over.") == []
    assert [d.iso for d in find_durations("version 2.5 days")] == ["P2.5D"]   # not "5 days"


def test_a_fraction_of_a_millisecond_is_a_valid_duration():
    # "0.25 ms" once became "PT0.S", which the tracer could not read back (a crash on a whole pair)
    from clausecheck.extract.deadlines import find_durations, iso_hours
    got = {d.text: d.iso for d in find_durations("answer within 0.25 ms and flag within 0.1 ms")}
    assert got == {"within 0.25 ms": "PT0.00025S", "within 0.1 ms": "PT0.0001S"}
    assert iso_hours("PT0.00025S") == pytest.approx(0.00025 / 3600)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.decimals(min_value="0.01", max_value="1", places=2),
                 st.decimals(min_value="1", max_value="99999", places=3)),
       st.sampled_from(["ms", "milliseconds", "seconds", "minutes", "hours", "days", "weeks", "months", "years"]))
def test_every_duration_found_has_a_readable_iso_form(amount, unit):
    from clausecheck.extract.deadlines import find_durations, iso_hours
    for d in find_durations(f"The Contractor shall respond within {amount} {unit}."):
        assert iso_hours(d.iso) >= 0   # never raises

def test_day_of_each_month_is_a_monthly_schedule():
    from clausecheck.extract.deadlines import find_durations
    assert [d.iso for d in find_durations("deliver the report by the 10th calendar day of each month")] == ["P1M"]
    assert find_durations("99.9 percent of the time in each calendar month") == []


def test_a_party_named_in_a_leading_phrase_is_not_the_subject():
    """"On the Government validation set, the model must detect ...": the model (the contractor's
    work) must perform; the Government is only named in the lead-in."""
    doc = md_doc("# SOW\n\n## C.4 Performance\n\nC.4.2 On the Government validation set, the model "
                                  "must detect at least 90 percent of confirmed fraudulent applications.\n\nC.4.3 If "
                                  "the Government asks, the Contractor shall rerun the test.\n")
    obs = extract_obligations(doc, role="solicitation")
    assert [o.bearer for o in obs] == ["Contractor", "Contractor"], [(o.bearer, o.text) for o in obs]
    # commas inside the subject itself do not hide the party it names
    doc = md_doc("# RFQ\n\n## 1.4 Price\n\nThe quoter's proposed rates, mix of labor categories and level of effort, as "
                 "reflected in Attachment C shall enable the Government to assess the price.\n")
    assert [o.bearer for o in extract_obligations(doc, role="solicitation")] == ["Quoter"]


def test_rows_of_a_performance_standard_table_are_duties():
    """A table of measures and required levels, introduced without a modal, states one duty per
    row; a table of other things (staffing, page limits) does not, nor does a row with no level."""
    doc = md_doc("# PWS\n\n## C.4 Acceptance\n\nTable C-1 lists the acceptance measures.\n\n"
                 "| Measure | Acceptance level |\n|---|---|\n"
                 "| Query latency | Median time to display the ranked list is 8 seconds or less |\n"
                 "| Availability | Service is available at least 99.5 percent of core hours |\n"
                 "| Usability | To be agreed with the COR |\n\n"
                 "| Volume | Title |\n|---|---|\n| 1 | Technical, 25 pages |\n")
    obs = extract_obligations(doc, role="solicitation")
    rows = [o for o in obs if " | " in o.text]
    assert [o.text.split(" | ")[0] for o in rows] == ["Query latency", "Availability"]
    assert all(o.bearer == "Contractor" and o.strength == "binding" for o in rows)
    # the level column may be headed "Level required", "Criterion", "Expected result",
    # "Performance level" or "Contractor obligation"
    for head in ("Level required", "Criterion", "Expected result", "Performance level", "Contractor obligation"):
        doc = md_doc(f"# PWS\n\n## C.3 Acceptance\n\nTable C-2 lists the results the Bureau expects.\n\n"
                     f"| Ref | Measure | {head} |\n|---|---|---|\n"
                     "| T-1 | False rejects | Reject no more than 0.3 percent of conforming sheets |\n")
        assert [o.text for o in extract_obligations(doc, role="solicitation")] == [
            "T-1 | False rejects | Reject no more than 0.3 percent of conforming sheets"], head
    # a requirement, standard or rule column that states the duty in a clause needs no figure
    doc = md_doc("# PWS\n\n## C.3 Data\n\nThe feeds are listed in Table C-1.\n\n| Feed | Ingestion standard |\n|---|---|\n"
                 "| Gas trades | Load the daily trade records and map each trading entity to the registry |\n"
                 "| Positions | As agreed |\n\n"
                 "| Rule | Content rule |\n|---|---|\n| CR-1 | The draft names the hazard, the area and the action. |\n")
    assert [o.text.split(" | ")[0] for o in extract_obligations(doc, role="solicitation")] == ["Gas trades", "CR-1"]
    # a level written in words is a level
    doc = md_doc("# PWS\n\n## C.3 Acceptance\n\n| ID | Measure | Criterion |\n|---|---|---|\n"
                 "| AC-2 | False flags | Raise no more than two false flags per instrument per year |\n")
    assert [o.text for o in extract_obligations(doc, role="solicitation")] == [
        "AC-2 | False flags | Raise no more than two false flags per instrument per year"]


@pytest.mark.parametrize("header, row", [
    # a level column headed "Level for ..." beside a column of measures
    ("| Measure | Level for the production service |",
     "| Numeric fields | Character error rate on numeric fields of 2.0 percent or less |"),
    # a column of limits
    ("| Limit | Description | Verified by |",
     "| S-1 | Robot travel speed near a person stays at or below 0.3 meters per second | Site acceptance test |"),
    # a measure that states its own bound, with no level column
    ("| Ref. | Measure |", "| Q-2 | Reporter edits needed on no more than 25 percent of draft sentences |"),
    ("| Ref. | Measure |", "| Q-3 | Median reporter review time of 4 minutes or less per draft |"),
])
def test_rows_of_tables_of_levels_and_limits_are_duties(header, row):
    cols = header.count("|") - 1
    doc = md_doc(f"# PWS\n\n## C.3 Levels\n\nTable C-1 sets out the levels for the production service.\n\n"
                 f"{header}\n|{'---|' * cols}\n{row}\n| X-9 | {'Reported to the COR | ' * (cols - 1)}\n")
    got = [o.text for o in extract_obligations(doc, role="solicitation")]
    assert got == [row.strip("| ").replace(" |", " |")], got


@pytest.mark.parametrize("text,first", [
    # the "may" of a reason clause that opens the sentence is not the sentence's modal
    ("C.3.4.3 Because photographs may become evidence, the Contractor shall compute a hash of each photograph and "
     "shall keep the original file unaltered.", "C.3.4.3 Because photographs may become evidence"),
    ("Since some reports may contain PII, the Contractor shall encrypt them.", "Since some reports may contain PII"),
])
def test_a_modal_in_an_opening_reason_clause_does_not_hide_the_duty(text, first):
    got = obs(text, role="solicitation")
    assert got and got[0].text.startswith(first) and got[0].modality == "obligation"


@pytest.mark.parametrize("text, found", [
    ("provide written minutes within one business day", ["within one business day"]),   # not "ten minutes"
    ("archive the media hours after capture", []),                                       # not "a hours"
    ("within ten (10) days", ["within ten (10) days"]),
    ("every twenty-four hours", ["every twenty-four hours"]),
])
def test_a_number_word_starts_a_word(text, found):
    assert [d.text for d in find_durations(text)] == found


def test_tables_of_constraints_tolerances_and_accuracy_levels_state_duties():
    """Columns headed "Hard constraint", "Tolerance" or "Accuracy level" hold duties too, and a
    level may be "all" of something rather than a figure."""
    doc = md_doc("# PWS\n\n## C.3 Scheduling\n\nTable C-1 lists the constraints every schedule is expected to honor.\n\n"
                 "| No. | Hard constraint |\n|---|---|\n"
                 "| HC-1 | Never assign a crew to two depots on the same shift |\n"
                 "| HC-2 | Keep deliveries at each depot at or below 40 trucks in any week |\n\n"
                 "Table C-2 gives the levels against which the service will be accepted.\n\n"
                 "| Ref | Accuracy level |\n|---|---|\n| A-1 | Character error rate no greater than 3 percent |\n\n"
                 "| Product class | Tolerance |\n|---|---|\n| Diesel | Flag any lot whose volume differs by more than 2 percent |\n\n"
                 "| Measure | Threshold |\n|---|---|\n| Redaction of identifiers | All names, phone numbers and addresses |\n"
                 "| Cadence | Every sprint |\n")
    rows = [o.text.split(" | ")[0] for o in extract_obligations(doc, role="solicitation") if " | " in o.text]
    assert rows == ["HC-1", "HC-2", "A-1", "Diesel", "Redaction of identifiers"]


@pytest.mark.parametrize("text, bearer", [
    # a participial opener is a leading phrase: its party is not the subject
    ("C.3.1 Measured on the Government gold standard set, the service shall achieve a pairwise precision of at least "
     "0.98.", "Contractor"),
    # what the system produces is scored by the system; proposals are scored by evaluators
    ("C.3.2 Each claim shall be scored within 24 hours after the agency accepts the record.", "Contractor"),
    ("C.3.3 At least 90 percent of sampled summaries must be rated acceptable by NOTAM office specialists.", "Contractor"),
    ("M.2 Technical proposals shall be rated on the soundness of the approach.", "Government"),
    # the second member of "between X and the Government ..." is not the subject
    ("C.3.4 Agreement between system codes and the Government reference coding must reach a kappa of at least 0.80.",
     "Contractor"),
    # a threshold the Government sets does not make it the subject
    ("C.3.5 Any field with a confidence score below the Government-set threshold shall be routed to a human reviewer.",
     "Contractor"),
    # vouchers and certifications the system works on are scored by the system
    ("C.3.6 All vouchers certified in a business day shall be scored by 0600 Eastern Time the next business day.",
     "Contractor"),
])
def test_who_must_act_when_a_party_is_only_named(text, bearer):
    got = obs(f"# RFP\n\n## C.3 Performance\n\n{text}\n", role="solicitation")
    assert [o.bearer for o in got] == [bearer], [(o.bearer, o.text) for o in got]


def test_is_required_to_refer_to_is_a_duty_not_a_definition():
    got = obs("# SOW\n\n## C.3 Grading\n\nC.3.1 The grading station is required to refer to a licensed inspector any "
              "sample whose confidence falls below the threshold.\n\nC.3.2 Sample refers to a 250 gram portion.\n",
              role="solicitation")
    assert [o.text[:5] for o in got] == ["C.3.1"]


@pytest.mark.parametrize("text, want", [
    ("No data may be stored outside the United States.", [("prohibition", "Contractor")]),
    ("C.3.4.1 No proposed schedule may be written to the record system until the nurse manager has approved it, "
     "and the Contractor is required to enforce that approval step within the software.",
     [("prohibition", "Contractor"), ("obligation", "Contractor")]),
    # a time before the subject is no ban: "No later than ..., the Contractor may ..."
    ("No later than 30 days after award, the Contractor may submit a revised plan.", [("permission", "Contractor")]),
])
def test_nothing_may_is_a_ban(text, want):
    got = obs(f"# SOW\n\n## C.3 Scheduling\n\n{text}\n", role="solicitation")
    assert [(o.modality, o.bearer) for o in got] == want, [(o.modality, o.bearer, o.text) for o in got]


def test_a_relative_clause_that_refers_to_something_is_no_definition():
    got = obs("# SOW\n\n## C.3 Matching\n\nC.3.1 The Contractor shall configure the resolution service to:\n\n"
              "(a) link debtor records that refer to the same person across cases;\n\n(b) keep earlier names as "
              "history.\n", role="solicitation")
    assert [o.text[:3] for o in got if o.text.startswith("(")] == ["(a)", "(b)"]


def test_what_may_happen_inside_a_duty_does_not_cut_it():
    got = obs("# SOW\n\n## H.1 Incidents\n\nThe Contractor shall report any incident that compromises or may "
              "compromise Commission data to the Security Operations Center within one hour of discovery, and shall "
              "copy the COR on the report.\n", role="solicitation")
    assert [(o.modality, o.text.endswith("discovery")) for o in got][0] == ("obligation", True), [o.text for o in got]
    assert len(got) == 2


@pytest.mark.parametrize("heading, text", [
    # a Background section describes how the agency works today
    ("C.1 Background", "Analysts must finish the daily ice chart before the 1800 UTC product deadline."),
    ("C.1 Background", "On large ranges, observers cannot see every part of the danger area."),
    ("1. Background and Purpose", "Before a public notice can be issued, a project manager must confirm the file."),
    ("C.2 Definitions", "Ungradable: a study for which the software cannot produce a reliable grade."),
    # some triggers bind only a named party, wherever they stand
    ("C.2 Scope", "Analysts remain responsible for everything published to the database."),
    ("C.2 Scope", "It does not dispatch anything: Coordinators remain responsible for every resource order."),
    ("C.2 Scope", "Field teams cannot reach every neighborhood in the first days after a disaster."),
])
def test_sentences_that_bind_no_party_are_not_duties(heading, text):
    got = obs(f"# RFP\n\n## {heading}\n\n{text}\n", role="solicitation")
    assert got == [], [(o.bearer, o.text) for o in got]


@pytest.mark.parametrize("heading, text", [
    # a named party still binds in a Background section, and "cannot" or "remains responsible" with one is a duty
    ("C.1 Background", "The Contractor shall attend a kickoff meeting within 10 days after award."),
    ("C.3 Tasks", "The Contractor remains responsible for the work of its subcontractors."),
    ("C.3 Tasks", "Calls that cannot be resolved at Tier 1 must be escalated to a Tier 2 technician within 30 minutes."),
    ("C.3 Tasks", "All claimant data shall be stored only within the United States."),
])
def test_duties_kept_beside_the_sentences_that_bind_no_party(heading, text):
    got = obs(f"# RFP\n\n## {heading}\n\n{text}\n", role="solicitation")
    assert len(got) == 1 and got[0].bearer == "Contractor", [(o.bearer, o.text) for o in got]


@pytest.mark.parametrize("text", [
    "The Department will supply the approved corpus and the evaluation set.",
    "The Bureau will not consider marketing material.",
    "The Program Office will review each deliverable within ten days.",
    "The Commission shall provide the Contractor with read-only access to the filings.",
    "The Administration will host the test environment.",
])
def test_the_agency_named_by_its_kind_is_the_government(text):
    got = obs(f"# RFP\n\n## C.4 Government Furnished Items\n\n{text}\n", role="solicitation")
    assert [o.bearer for o in got] == ["Government"], [(o.bearer, o.text) for o in got]


@pytest.mark.parametrize("text", [
    "Pages beyond that limit will be removed before evaluation.",
    "Technical proposals longer than 25 pages will be read only to page 25.",
    "Offerors in the competitive range will be invited to a live demonstration.",
])
def test_what_evaluators_do_with_a_proposal_binds_the_government(text):
    got = obs(f"# RFP\n\n## SECTION L - INSTRUCTIONS TO OFFERORS\n\nL.1 The technical volume may not exceed 25 pages. "
              f"{text}\n", role="solicitation")
    assert got[0].bearer == "Offeror" and "25 pages" in got[0].text
    assert all(o.bearer == "Government" for o in got[1:]), [(o.bearer, o.text) for o in got]


def test_rows_of_what_the_government_furnishes_are_not_deliverables():
    text = ("# RFP\n\n## C.2 Scope\n\nTable C-1 lists the information the Government intends to furnish after award.\n\n"
            "| Item | Description | Expected Availability |\n|---|---|---|\n"
            "| D-1 | Labelled forgery test set | 30 days after award |\n"
            "| D-2 | Specimen library of genuine documents | 45 days after award |\n\n"
            "## C.5 Deliverables\n\n| Deliverable | Due |\n|---|---|\n"
            "| Project Management Plan | 15 days after award |\n"
            "| GFE-1 laptop return receipt | 5 days after award |\n")
    got = obs(text, role="solicitation")
    assert [o.text for o in got] == ["Project Management Plan | 15 days after award"], [o.text for o in got]


@pytest.mark.parametrize("text", [
    "C.3.1 Where the assistant cannot support an answer with a citation, the Contractor shall route the question "
    "to a reference librarian.",
    "C.3.2 The Contractor shall:\n\n- mark candidates whose conflict status cannot be resolved and show them to the "
    "program officer.\n- give the scheduler a plain-language reason whenever a requested time cannot be offered.",
])
def test_an_inability_inside_a_subordinate_clause_is_no_prohibition(text):
    got = obs(f"# RFP\n\n## C.3 Tasks\n\n{text}\n", role="solicitation")
    assert got and all(o.modality == "obligation" and o.bearer == "Contractor" for o in got), \
        [(o.modality, o.bearer, o.text) for o in got]
    assert not any(o.text.endswith(":") for o in got)   # the lead-in is taken by its items


def test_the_sentence_that_introduces_a_table_of_duties_is_not_one_more():
    text = ("# RFP\n\n## C.3 Performance\n\nC.3.2 On the Government's labelled test set, the linkage model shall meet "
            "the following:\n\n| Measure | Standard |\n|---|---|\n| Pairwise precision | At least 0.98 |\n"
            "| Pairwise recall | At least 0.95 |\n\nC.3.3 The Contractor shall deliver a monthly accuracy report.\n")
    got = obs(text, role="solicitation")
    assert [o.text for o in got] == ["Pairwise precision | At least 0.98", "Pairwise recall | At least 0.95",
                                     "C.3.3 The Contractor shall deliver a monthly accuracy report."], [o.text for o in got]


def test_a_table_of_duties_stays_when_the_government_furnishes_something_else():
    text = ("# RFP\n\n## C.4.2 Input Data\n\nC.4.2.1 Table C-1 lists the input feeds and the refresh interval for each. "
            "The Government will provide credentials for the Government-owned feeds.\n\n"
            "| Feed | Ingest requirement |\n|---|---|\n"
            "| NRCS SNOTEL | Ingest SNOTEL snow water equivalent observations every hour |\n"
            "| USGS gauges | Ingest streamflow gauge data at intervals no longer than 15 minutes |\n")
    got = [o for o in obs(text, role="solicitation") if o.bearer == "Contractor"]
    assert [o.text[:10] for o in got] == ["NRCS SNOTE", "USGS gauge"], [o.text for o in got]


@pytest.mark.parametrize("text, kept", [
    # lettered items with a modal of their own
    ("C.3.2 On the test set, the linkage model shall meet the following:\n\n(a) The precision of accepted links shall be "
     "at least 0.995.\n\n(b) The model shall handle compound surnames.\n", ["(a) The", "(b) The"]),
    # table rows with a modal of their own, introduced by a sentence that names the table
    ("C.4.1 Table C-1 sets out the screening functions the system is expected to perform on every page.\n\n"
     "| Function | Requirement |\n|---|---|\n| Redaction | The system shall mask every Social Security number. |\n"
     "| Flagging | The system shall flag every page that names a minor. |\n",
     ["The system shall mask", "The system shall flag"]),
])
def test_a_lead_in_whose_items_carry_their_own_modal_is_not_one_more_duty(text, kept):
    got = obs(f"# RFP\n\n## C.3 Performance\n\n{text}", role="solicitation")
    assert [o.text[:len(k)] for o, k in zip(got, kept)] == kept and len(got) == len(kept), [o.text for o in got]


@pytest.mark.parametrize("text", [
    "L.1 Quotations may not exceed 25 pages. The FDA will not consider pages beyond that limit.",
    "L.1 SBA will accept the technical volume only as a single PDF file and will not evaluate pages beyond page 35.",
])
def test_what_the_agency_will_not_read_binds_the_government(text):
    got = obs(f"# RFQ\n\n## SECTION L - INSTRUCTIONS TO QUOTERS\n\n{text}\n", role="solicitation")
    assert [o.bearer for o in got if "pages beyond" in o.text] == ["Government"], [(o.bearer, o.text) for o in got]


def test_a_volume_named_past_performance_is_not_the_past():
    got = extract_obligations(md_doc(
        "# RFP\n\n## Section L\n\nL.3 In the Past Performance Volume, the Offeror shall provide three references "
        "for contracts of similar scope.\n\n## Section C\n\nC.2 In the past, analysts must review each case by hand.\n"),
        role="solicitation")
    assert [o.text[:4] for o in got] == ["L.3 "] and got[0].bearer == "Offeror"


def test_a_duty_to_use_none_of_a_thing_is_a_ban():
    ob = obs("The Contractor shall use no Plan content or reviewer edit to train models offered to other customers.")
    assert [o.modality for o in ob] == ["prohibition"]
    assert [o.modality for o in obs("The Contractor shall retain no filing content after screening completes.")] == \
        ["prohibition"]
    assert [o.modality for o in obs("The Contractor shall use the Government-furnished reviewer edits.")] == ["obligation"]


def test_a_window_over_the_first_months_and_half_units():
    assert [d.iso for d in find_durations("clear the backlog within the first nine months of performance")] == ["P9M"]
    assert [d.iso for d in find_durations("a result in under two and a half minutes")] == ["PT2.5M"]


@pytest.mark.parametrize("text, modality", [
    # a time stated before the duty opens with "No", and is no ban
    ("C.7.1 No later than 90 days before the end of the final period of performance, the Contractor shall deliver "
     "the trained model weights.", "obligation"),
    ("No less than 30 days before each release, the Contractor shall brief the COR.", "obligation"),
    ("No more than five business days after award, the Contractor shall deliver a kickoff briefing.", "obligation"),
    # a subject that is "no" one is
    ("No Contractor employee shall access the production database from a personal device.", "prohibition"),
    ("Neither the Contractor nor its subcontractors shall disclose claimant names.", "prohibition"),
])
def test_a_leading_no_later_than_sets_a_time_not_a_ban(text, modality):
    assert [o.modality for o in obs(text)] == [modality]


def test_numbered_items_typed_in_a_word_processor_follow_their_lead_in():
    # "1. Deliver ..." typed as a plain paragraph is read as section "1"; under a lead-in that ends
    # with a colon it is an item of that list, not a new section
    import io
    import docx
    from clausecheck.ingest import load_document
    d = docx.Document()
    d.add_heading("C.6 Integration and Continuity", level=2)
    d.add_paragraph("The Contractor shall meet the following integration and continuity requirements:")
    d.add_paragraph("1. Deliver forecasts and alerts only by outbound push to the agency exchange server.")
    d.add_paragraph("2. Maintain forecast service availability of at least 99.9 percent in each calendar month.")
    d.add_heading("C.7 Background", level=2)
    d.add_paragraph("1. The current forecast desk has four analysts.")
    buf = io.BytesIO()
    d.save(buf)
    got = extract_obligations(load_document(buf.getvalue(), path="rfq.docx"))
    assert [o.text for o in got] == [
        "1. Deliver forecasts and alerts only by outbound push to the agency exchange server.",
        "2. Maintain forecast service availability of at least 99.9 percent in each calendar month."]
    assert {o.bearer for o in got} == {"Contractor"}


def test_an_equipment_rating_binds_the_contractor_not_the_evaluators():
    found = obs("## C\n\nC.3.9 Installed tower equipment must be rated for sustained winds of at least 130 miles per "
                "hour.\n\n## M\n\nM.1 Proposals will be rated for technical merit.\n", role="solicitation")
    assert [o.bearer for o in found] == ["Contractor", "Government"]


def test_list_items_after_a_sentence_on_what_the_government_furnishes():
    found = obs("## C\n\nC.3.3 Acceptance thresholds. DWOAB has seeded known errors into a validation set, which the "
                "Government will make available after award. Before production use, the screening model shall meet the "
                "following thresholds on that set:\n\n(a) detection of at least 95 percent of seeded unit-conversion "
                "errors;\n\n(b) detection of at least 85 percent of seeded transpositions.\n\nC.3.4 Forecast skill. "
                "Verified against the Government's 2021-2024 beach observation record, the forecast shall achieve a Brier "
                "skill score of at least 0.25.\n", role="solicitation")
    items = [o for o in found if "detection of" in o.text or "Brier" in o.text]
    assert [o.bearer for o in items] == ["Contractor", "Contractor", "Contractor"], [(o.bearer, o.text) for o in found]


@pytest.mark.parametrize("text, bearer", [
    ("Each submission shall be scored within 60 seconds after the partner uploads it.", "Contractor"),
    ("Each FedACH enrollment file shall be scored before the 6:00 a.m. Eastern payment file cutoff.", "Contractor"),
    ("Defects reported by the COR shall be acknowledged within 4 business hours.", "Contractor"),
])
def test_scoring_with_a_machine_time_is_the_systems_work(text, bearer):
    found = obs(f"## C\n\nC.4.1 {text}\n\n## M\n\nM.1 Each submission shall be scored by the panel.\n", role="solicitation")
    assert [o.bearer for o in found] == [bearer, "Government"]
