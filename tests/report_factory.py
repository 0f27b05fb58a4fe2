"""A GapReport built by hand, full of hostile document text, for the renderer tests.

Nothing here runs the ingesters, extractor or rule engine: the renderers are pure functions of
a GapReport, so their tests build one directly (the spaCy habit of building ``Doc`` objects by
hand).  The strings below are what a malicious or merely careless solicitation can contain:
markup, attribute breakers, spreadsheet formulas, terminal escapes and bidi overrides.
"""

from __future__ import annotations

from clausecheck.model import (
    Block, Citation, Deadline, Document, Evidence, Finding, GapReport, Location, Obligation,
    PackRef, Reference, TraceEntry,
)

SCRIPT = "<script>alert(1)</script>"
ATTR = '" onmouseover="x'
FORMULA = '=HYPERLINK("http://x")'
PLUS = "+cmd"
AT = "@SUM"
ANSI = "\x1b[31m"
BIDI = "\u202e"

HOSTILE = (SCRIPT, ATTR, FORMULA, PLUS, AT, ANSI, BIDI)

SOLICITATION = "solicitation/RFP W912-25-R-0042.docx"
AMENDMENT = "solicitation/amendment-0001.pdf"
PROPOSAL = "proposal/volume-2-technical.docx"

FAR_204_21 = Citation(source="FAR", ref="52.204-21",
                      url="https://www.acquisition.gov/far/52.204-21")
NIST_AI_100_2 = Citation(source="NIST AI 100-2", ref="E2025",
                         url="https://csrc.nist.gov/pubs/ai/100/2/e2025/final")
NIST_800_218A = Citation(source="NIST SP 800-218A", ref="PW.1",
                         url="https://csrc.nist.gov/pubs/sp/800/218/a/final")
NIST_800_161 = Citation(source="NIST SP 800-161r1", ref="SR-4",
                        url="https://csrc.nist.gov/pubs/sp/800/161/r1/upd1/final")
OMB_M_24_10 = Citation(source="OMB M-24-10", ref="§ 5(c)", url="")
EO_14028 = Citation(source="EO 14028", ref="Sec. 4",
                    url="javascript:alert('citation')")  # a hostile pack URL: never a link
DFARS_7012 = Citation(source="DFARS", ref="252.204-7012",
                      url="https://www.acquisition.gov/dfars/252.204-7012-safeguarding-covered-defense-information-and-cyber-incident-reporting.")


def loc(block: int, page: int | None = None, section: str | None = None,
        heading: str | None = None, start: int = 0, end: int | None = None,
        text: str = "") -> Location:
    return Location(page=page, section=section, heading=heading, block=block, start=start,
                    end=len(text) if end is None else end)


def ev(text: str, block: int, page: int | None = None, section: str | None = None,
       heading: str | None = None) -> Evidence:
    return Evidence(text=text, location=loc(block, page, section, heading, text=text))


def documents() -> tuple[Document, ...]:
    return (
        Document(path=SOLICITATION, sha256="a" * 64, format="docx", pages=14),
        Document(path=AMENDMENT, sha256="b" * 64, format="pdf", pages=3, status="unreadable",
                 error="no text layer on any page (scanned image?) " + SCRIPT),
    )


def findings() -> tuple[Finding, ...]:
    return (
        Finding(
            id="f-9c1d7e20a4b3", rule_id="AICR-IR-001", pack="ai-cyber",
            title="Cyber incident notification within 72 hours",
            category="incident-reporting", severity="high", status="conflict",
            message="The contract allows 10 days to report a cyber incident; the pack requires "
                    "notice within 72 hours of discovery.",
            document=SOLICITATION,
            evidence=(ev("The Contractor shall report any AI security incident within ten (10) "
                         "days " + SCRIPT + " of discovery.", 41, 3, "C.3.2",
                         "C.3.2 Incident Reporting"),),
            citations=(DFARS_7012, OMB_M_24_10),
        ),
        Finding(
            id="f-2b84c0d9e611", rule_id="AICR-SC-003", pack="ai-cyber",
            title="AI bill of materials (AIBOM/SBOM) for delivered models",
            category="supply-chain", severity="high", status="missing",
            message="No requirement to deliver a software or AI bill of materials was found.",
            document=SOLICITATION, citations=(NIST_800_161, EO_14028),
        ),
        Finding(
            id="f-51aa03f7c2de", rule_id="AICR-AR-002", pack="ai-cyber",
            title="Adversarial robustness testing before deployment",
            category="adversarial-robustness", severity="medium", status="weak",
            message="Red-team testing is recommended (\"should\") but not required, and no "
                    "acceptance threshold is given.",
            document=SOLICITATION,
            evidence=(ev('The Contractor should ' + ATTR + ' perform adversarial testing as '
                         'appropriate.', 57, 5, "C.5.1", "C.5 Test and Evaluation"),),
            citations=(NIST_AI_100_2,),
        ),
        Finding(
            id="f-77e3b5a0c9f4", rule_id="AICR-GV-004", pack="ai-cyber",
            title="Basic safeguarding clause is current",
            category="governance", severity="medium", status="outdated",
            message="FAR 52.204-21 is cited with date JUN 2016; the current version is NOV 2021.",
            document=SOLICITATION,
            evidence=(ev(FORMULA + " 52.204-21 Basic Safeguarding of Covered Contractor "
                         "Information Systems (JUN 2016)", 12, 1, "I.1"),),
            citations=(FAR_204_21,),
        ),
        Finding(
            id="f-0d6f19b2e8a7", rule_id="AICR-DP-002", pack="ai-cyber",
            title="Training data protection and retention",
            category="data-protection", severity="low", status="partial",
            message="Data protection is required, but no retention period is stated.",
            document=SOLICITATION,
            evidence=(
                ev(PLUS + " The Contractor shall protect Government training data.", 63, 6,
                   "C.6.1"),
                ev(AT + "(A1:A9) data | handling `rules` apply\nacross\tall sites.", 64, 6,
                   "C.6.2"),
            ),
            citations=(NIST_800_218A,),
        ),
        Finding(
            id="f-c3f1e4d5a6b7", rule_id="AICR-DT-001", pack="ai-cyber",
            title="Decision logs retained for audit",
            category="decision-traceability", severity="medium", status="met",
            message="Binding logging requirement with a 3-year retention period.",
            document=SOLICITATION,
            evidence=(ev(ANSI + "The Contractor shall retain model decision logs for three (3) "
                         "years." + BIDI + "txt.exe", 70, 7, "C.7.3"),),
            citations=(OMB_M_24_10,),
        ),
        Finding(
            id="f-e8a9b0c1d2f3", rule_id="AICR-MA-001", pack="ai-cyber",
            title="Model access controls",
            category="model-access", severity="low", status="weak",
            message="Access control is required \"as appropriate\" without named roles.",
            document=SOLICITATION,
            evidence=(ev("Access to model weights shall be limited as appropriate.", 75, 8,
                         "C.8"),),
            citations=(NIST_800_218A,),
            accepted="Covered by the agency's existing ICAM policy; accepted by the CO on "
                     "2025-03-04. <b>not bold</b>",
        ),
        Finding(
            id="f-4a5b6c7d8e9f", rule_id="TRACE-L.4.2", pack="traceability",
            title="Requirement not addressed: quarterly red-team report",
            category="traceability", severity="medium", status="missing",
            message="The proposal does not respond to L.4.2 (quarterly red-team reports).",
            document=SOLICITATION,
            evidence=(ev("The offeror shall describe its quarterly red-team reporting.", 90, 12,
                         "L.4.2"),),
        ),
    )


def traceability() -> tuple[TraceEntry, ...]:
    return (
        TraceEntry(
            requirement=obligations()[0], status="addressed",
            response=ev("We report incidents within 72 hours via DC3.", 8, 2, "2.1"),
            reason="Response commits to 72-hour notice.", proposal="proposal/Vol I Technical.docx",
        ),
        TraceEntry(
            requirement=obligations()[2], status="not addressed", response=None,
            reason="No section of the proposal mentions red-team reporting.",
        ),
        TraceEntry(
            requirement=obligations()[1], status="contradicted",
            response=ev(FORMULA + " weights may be hosted offshore " + SCRIPT, 15, 4, "3.2"),
            reason="Proposal hosts model weights outside the United States.",
            proposal="proposal/Vol II Management.pdf",
        ),
    )


def report(*, with_traceability: bool = True) -> GapReport:
    return GapReport(
        tool_version="0.1.0",
        packs=(PackRef(name="ai-cyber", version="1.0.0", sha256="c" * 64),),
        documents=documents(),
        findings=findings(),
        traceability=traceability() if with_traceability else None,
    )


def clean_report() -> GapReport:
    """A small, readable, all-met report (no traceability, no unreadable documents)."""
    f = findings()[5]
    return GapReport(tool_version="0.1.0", packs=(PackRef(name="ai-cyber", version="1.0.0",
                                                          sha256="c" * 64),),
                     documents=(documents()[0],), findings=(f,))


def obligations() -> tuple[Obligation, ...]:
    return (
        Obligation(
            id="o-3f2a1b0c", text="The Contractor shall report any AI security incident within "
                                  "72 hours " + SCRIPT + ".",
            modality="obligation", strength="binding", bearer="Contractor",
            action="report any AI security incident", deadline=Deadline(text="within 72 hours",
                                                                        iso8601="PT72H"),
            references=(Reference(kind="dfars", id="252.204-7012", date="MAY 2024"),),
            location=loc(41, 3, "C.3.2", "C.3.2 Incident Reporting", end=80),
        ),
        Obligation(
            id="o-8e7d6c5b", text=FORMULA + " The Contractor shall not host model weights outside "
                                            "the United States.",
            modality="prohibition", strength="binding", bearer="Contractor",
            action="host model weights outside the United States",
            references=(Reference(kind="far", id="52.204-21", date="NOV 2021"),
                        Reference(kind="nist", id="SP 800-161r1")),
            location=loc(48, 4, "C.4.1", end=70),
        ),
        Obligation(
            id="o-1a2b3c4d", text=PLUS + " The offeror should describe quarterly red-team "
                                         "reporting. " + ANSI + BIDI,
            modality="recommendation", strength="weak", bearer="Offeror",
            action="describe quarterly red-team reporting", conditions=("if awarded",),
            location=loc(90, 12, "L.4.2", end=60),
        ),
    )


def shred_document() -> Document:
    return Document(
        path=SOLICITATION, sha256="a" * 64, format="docx", pages=14,
        blocks=(Block(text="SECTION C " + AT, kind="heading", section="C",
                      location=loc(0, 1, "C", end=10)),),
    )
