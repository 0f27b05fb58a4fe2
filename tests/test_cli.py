"""The command line: every exit code, --fail-on, config overrides, suppressions, documentation."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from clausecheck.cli import cli, main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "sample-rfq.md"
GOOD = ("## C.3 Security\n\nThe Contractor shall perform adversarial testing (red-teaming) of the AI "
        "model before deployment.\n")
WEAK = ("## C.3 Security\n\nThe Contractor should perform adversarial testing (red-teaming) of the AI "
        "model before deployment.\n")


def run(args, cwd=None, capsys=None):
    import os

    old = Path.cwd()
    if cwd:
        os.chdir(cwd)
    try:
        code = main(list(args))
    finally:
        os.chdir(old)
    out = capsys.readouterr() if capsys else None
    return code, out


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_scan_sample_text_report(capsys):
    code, out = run(["scan", str(SAMPLE), "--no-isolation"], capsys=capsys)
    assert code == 1  # the sample has high-severity gaps
    assert "CONFLICT" in out.out and "AIC-INC-001" in out.out and "\x1b[" not in out.out


def test_exit_0_when_nothing_at_or_above_fail_on(tmp_path, capsys):
    doc = write(tmp_path, "a.md", GOOD)
    code, _ = run(["scan", str(doc), "--fail-on", "never", "--no-isolation"], capsys=capsys)
    assert code == 0
    code, _ = run(["scan", str(doc), "--fail-on", "info", "--no-isolation"], capsys=capsys)
    assert code == 1


def test_fail_on_threshold(tmp_path, capsys):
    # a pack with a single medium rule: gaps at medium fail --fail-on medium but not --fail-on high
    pack = tmp_path / "p"
    (pack / "rules").mkdir(parents=True)
    (pack / "pack.yaml").write_text('name: p\nversion: "1.0.0"\ntitle: One rule\neffective_date: "2026-01-01"\n')
    src = (ROOT / "src/clausecheck/packs/ai-cyber/rules/AIC-ADV-001.yaml").read_text()
    (pack / "rules" / "AIC-ADV-001.yaml").write_text(re.sub(r"(?m)^severity: \w+", "severity: medium", src))
    doc = write(tmp_path, "w.md", WEAK)
    assert run(["scan", str(doc), "--pack", str(pack), "--no-isolation"], capsys=capsys)[0] == 0
    assert run(["scan", str(doc), "--pack", str(pack), "--fail-on", "medium", "--no-isolation"],
               capsys=capsys)[0] == 1


def test_exit_2_on_usage_error(capsys):
    code, out = run(["scan", "x.md", "--format", "pdf"], capsys=capsys)
    assert code == 2 and "Invalid value" in out.err
    code, out = run(["frobnicate"], capsys=capsys)
    assert code == 2


def test_exit_3_unreadable_but_report_written(tmp_path, capsys):
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    good = write(tmp_path, "good.md", GOOD)
    out_file = tmp_path / "r.json"
    code, out = run(["scan", str(bad), str(good), "--format", "json", "-o", str(out_file)], capsys=capsys)
    assert code == 3
    report = json.loads(out_file.read_text())
    docs = {Path(d["path"]).name: d for d in report["documents"]}
    assert docs["empty.pdf"]["status"] == "unreadable" and "empty" in docs["empty.pdf"]["error"]
    assert docs["good.md"]["status"] == "ok"
    assert any(f["status"] == "met" for f in report["findings"])
    assert "could not read" in out.err


def test_exit_4_pack_not_found_or_invalid(tmp_path, capsys):
    doc = write(tmp_path, "a.md", GOOD)
    code, out = run(["scan", str(doc), "--pack", "no-such-pack"], capsys=capsys)
    assert code == 4 and "available" in out.err
    broken = tmp_path / "broken"
    (broken / "rules").mkdir(parents=True)
    (broken / "pack.yaml").write_text("name: broken\nversion: 1\n")
    code, out = run(["packs", "validate", str(broken)], capsys=capsys)
    assert code == 4 and "pack.yaml:2" in out.err


def test_config_overrides_and_suppressions(tmp_path, capsys):
    write(tmp_path, "w.md", WEAK)
    (tmp_path / "clausecheck.toml").write_text(
        'fail_on = "high"\n\n[rules]\nAIC-INC-001 = "off"\n\n'
        '[[suppress]]\nrule = "AIC-ADV-001"\njustification = "Red teaming is covered by the agency test plan."\n')
    code, out = run(["scan", "w.md", "--format", "json", "--no-isolation", "--fail-on", "never"],
                    cwd=tmp_path, capsys=capsys)
    report = json.loads(out.out)
    ids = {f["rule_id"]: f for f in report["findings"]}
    assert "AIC-INC-001" not in ids
    assert ids["AIC-ADV-001"]["status"] == "weak"
    assert ids["AIC-ADV-001"]["accepted"]["justification"].startswith("Red teaming")


def test_suppression_without_justification_is_a_config_error(tmp_path, capsys):
    doc = write(tmp_path, "w.md", WEAK)
    cfg = write(tmp_path, "c.toml", '[[suppress]]\nrule = "AIC-ADV-001"\n')
    code, out = run(["scan", str(doc), "--config", str(cfg)], capsys=capsys)
    assert code == 2 and "justification" in out.err


def test_pyproject_tool_section_is_read(tmp_path, capsys):
    write(tmp_path, "w.md", WEAK)
    write(tmp_path, "pyproject.toml", '[tool.clausecheck]\nrules = {AIC-ADV-001 = "off"}\n')
    code, out = run(["scan", "w.md", "--format", "json", "--no-isolation"], cwd=tmp_path, capsys=capsys)
    assert "AIC-ADV-001" not in {f["rule_id"] for f in json.loads(out.out)["findings"]}


def test_shred_inspect_diff_and_packs_commands(tmp_path, capsys):
    code, out = run(["shred", str(SAMPLE), "--format", "json"], capsys=capsys)
    data = json.loads(out.out)
    assert code == 0 and data["schema_version"] == "1" and len(data["obligations"]) >= 8
    code, out = run(["inspect", str(SAMPLE), "--format", "json"], capsys=capsys)
    assert code == 0 and json.loads(out.out)["blocks"][0]["kind"] == "heading"
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    assert run(["inspect", str(empty)], capsys=capsys)[0] == 3
    new = write(tmp_path, "new.md", SAMPLE.read_text().replace("ten (10) calendar days", "72 hours"))
    code, out = run(["diff", str(SAMPLE), str(new), "--format", "json"], capsys=capsys)
    d = json.loads(out.out)
    assert code == 0 and d["summary"]["changed"] == 1
    assert any("deadline" in x for x in d["changed"][0]["details"])
    code, out = run(["packs", "list"], capsys=capsys)
    assert "ai-cyber@1.0.0" in out.out and "far-cyber@1.0.0" in out.out
    code, out = run(["packs", "show", "far-cyber"], capsys=capsys)
    assert "FAR-52204-21" in out.out
    code, out = run(["packs", "test", "ai-cyber"], capsys=capsys)
    assert code == 0 and "examples pass" in out.out
    code, out = run(["packs", "diff", "ai-cyber", "ai-cyber", "--format", "json"], capsys=capsys)
    assert json.loads(out.out)["changed"] == {}


def test_every_command_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text()
    for name, command in cli.commands.items():
        assert f"clausecheck {name}" in readme, name
        for sub in getattr(command, "commands", {}):
            assert sub in readme.split(f"clausecheck {name}", 1)[1][:400], (name, sub)
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt not in ("--help",):
                    assert opt in readme, (name, opt)


def test_no_traceback_on_internal_error(monkeypatch, capsys):
    def boom(*a, **k):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr("clausecheck.cli._isolated", boom)
    code, out = run(["inspect", str(SAMPLE)], capsys=capsys)
    assert code == 2 and "internal error" in out.err and "Traceback" not in out.err


def test_python_dash_m_and_help_in_a_subprocess():
    r = subprocess.run([sys.executable, "-m", "clausecheck", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "Exit codes" in r.stdout
    r = subprocess.run([sys.executable, "-m", "clausecheck", "scan", str(SAMPLE), "--format", "sarif"],
                       capture_output=True, text=True)
    assert r.returncode == 1 and json.loads(r.stdout)["version"] == "2.1.0"


def test_annotate_writes_comments_on_a_copy(tmp_path, capsys):
    import docx

    src = tmp_path / "draft.docx"
    d = docx.Document()
    d.add_heading("C.3 Security", level=2)
    d.add_paragraph("C.3.1 The Contractor should perform adversarial testing (red-teaming) of the AI model "
                    "before deployment.")
    d.add_paragraph("C.3.2 The Contractor shall notify the Contracting Officer of any AI security incident "
                    "within ten (10) calendar days of discovery.")
    d.save(src)
    before = src.read_bytes()
    out = tmp_path / "reviewed.docx"
    code, _ = run(["scan", str(src), "--annotate", str(out), "--format", "json", "-o", str(tmp_path / "r.json")],
                  capsys=capsys)
    assert code == 1 and src.read_bytes() == before  # the user's file is untouched
    comments = list(docx.Document(out).comments)
    texts = [c.text for c in comments]
    assert any("AIC-ADV-001" in t and "WEAK" in t for t in texts)
    assert any("AIC-INC-001" in t and "CONFLICT" in t for t in texts)
    assert any("missing" in t.lower() for t in texts)


def test_readme_library_example_runs(monkeypatch):
    """The Python example in the README is the public API; keep it working."""
    readme = (ROOT / "README.md").read_text()
    code = readme.split("```python\nfrom clausecheck import load_document", 1)[1].split("```", 1)[0]
    code = "from clausecheck import load_document" + code.replace('"rfp.pdf"', repr(str(SAMPLE)))
    out = []
    monkeypatch.setattr("builtins.print", lambda *a, **k: out.append(" ".join(map(str, a))))
    exec(compile(code, "README.md", "exec"), {})
    assert out and "clausecheck gap report" in out[0] and "AIC-INC-001" in out[0]


RFP_TWO = ("# RFP\n\n## C. Statement of Work\n\nC.1 The Contractor shall retain decision logs for at least 12 months.\n\n"
           "C.2 The Contractor shall deliver a transition-out plan 90 days before the end of the order.\n")


@pytest.mark.parametrize("isolation", [[], ["--no-isolation"]])
def test_scan_against_with_volumes_traces_each_requirement_once(tmp_path, capsys, isolation):
    import jsonschema

    rfp = write(tmp_path, "rfp.md", RFP_TWO)
    vol1 = write(tmp_path, "vol1.md", "# Vol I\n\n## 1. Records\n\nDecision logs are retained for 18 months.\n")
    vol2 = write(tmp_path, "vol2.md", "# Vol II\n\n## 4. Transition\n\nWe will deliver the transition-out plan "
                                      "120 days before the end of the order.\n")
    out_file = tmp_path / "r.json"
    args = ["scan", "vol1.md", "vol2.md", "--against", "rfp.md", "--format", "json", "-o", "r.json",
            "--fail-on", "never", *isolation]
    code, _ = run([*args, "--volumes"], cwd=tmp_path, capsys=capsys)
    report = json.loads(out_file.read_text())
    schema = json.loads((ROOT / "src" / "clausecheck" / "schemas" / "report.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(report)
    assert code == 0 and [d["path"] for d in report["documents"]] == ["rfp.md", "vol1.md", "vol2.md"]
    got = sorted((t["status"], t["proposal"]) for t in report["traceability"])
    assert got == [("addressed", "vol1.md"), ("addressed", "vol2.md")]
    # without --volumes each file is a proposal of its own: every requirement once per file
    code, _ = run(args, cwd=tmp_path, capsys=capsys)
    report = json.loads(out_file.read_text())
    assert len(report["traceability"]) == 4 and code == 0
    assert {t["proposal"] for t in report["traceability"]} == {"vol1.md", "vol2.md"}
    assert rfp.exists() and vol1.exists() and vol2.exists()


def test_volumes_without_a_solicitation_is_a_usage_error(tmp_path, capsys):
    write(tmp_path, "vol1.md", GOOD)
    code, out = run(["scan", "vol1.md", "--volumes"], cwd=tmp_path, capsys=capsys)
    assert code == 2 and "--volumes needs --against" in out.err


def test_annotate_a_proposal_marks_its_conflicts_on_the_response_only(tmp_path, capsys):
    """A traceability conflict's first evidence is the solicitation's requirement: its block
    number means nothing in the proposal, so no comment may land on the proposal's paragraph of
    that number."""
    import docx
    from docx.oxml.ns import qn

    write(tmp_path, "rfp.md", "# RFP\n\nC.3 The Contractor shall retain decision logs for at least 12 months.\n\n"
                              "C.1 The Contractor shall provide weekly status reports.\n")
    d = docx.Document()
    d.add_heading("1. Introduction", level=1)
    d.add_paragraph("Acme is pleased to submit this proposal for the model operations work.")
    d.add_paragraph("Our team has delivered similar services to three agencies since 2019.")
    d.add_heading("2. Records", level=1)
    d.add_paragraph("Decision logs are retained for 90 days and then purged.")
    d.save(tmp_path / "prop.docx")
    code, _ = run(["scan", "prop.docx", "--against", "rfp.md", "--annotate", "out.docx", "--format", "json",
                   "-o", "r.json"], cwd=tmp_path, capsys=capsys)
    assert code == 1
    out = docx.Document(tmp_path / "out.docx")
    conflicts = [c for c in out.comments if "CONFLICT" in c.text and "TRACE-" in c.text]
    assert len(conflicts) == 1
    anchored = [p.text for p in out.paragraphs if p._p.findall(".//" + qn("w:commentRangeStart"))]
    assert "Decision logs are retained for 90 days and then purged." in anchored
    assert not any(t.startswith(("Acme", "Our team")) for t in anchored), anchored


def test_sarif_points_a_traced_requirement_into_the_solicitation(tmp_path, capsys):
    write(tmp_path, "rfp.md", "# RFP\n\nC.3 The Contractor shall retain decision logs for at least 12 months.\n")
    write(tmp_path, "prop.md", "# Proposal\n\n## 2. Records\n\nDecision logs are retained for 90 days and then purged.\n")
    code, _ = run(["scan", "prop.md", "--against", "rfp.md", "--format", "sarif", "-o", "r.sarif"],
                  cwd=tmp_path, capsys=capsys)
    sarif = json.loads((tmp_path / "r.sarif").read_text())
    run_ = sarif["runs"][0]
    uris = [a["location"]["uri"] for a in run_["artifacts"]]
    trace = [r for r in run_["results"] if r["ruleId"].startswith("TRACE-")]
    assert code == 1 and len(trace) == 1
    where = [(uris[loc["physicalLocation"]["artifactLocation"]["index"]],
              loc["physicalLocation"]["artifactLocation"]["uri"]) for loc in trace[0]["locations"]]
    assert [w[1] for w in where] == ["rfp.md", "prop.md"] and all(a == b for a, b in where)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_an_unreadable_solicitation_is_not_one_without_requirements(tmp_path, capsys, fmt):
    write(tmp_path, "prop.md", "# Proposal\n\n## 1. Records\n\nDecision logs are retained for 18 months.\n")
    code, _ = run(["scan", "prop.md", "--against", "missing.pdf", "--format", fmt, "-o", "out"],
                  cwd=tmp_path, capsys=capsys)
    text = (tmp_path / "out").read_text()
    assert code == 3
    assert "could not be read: nothing was traced" in text and "has no requirements" not in text


def test_what_the_parser_noticed_is_said_on_stderr(tmp_path, capsys):
    """A readable document's warnings reach the user of `scan` and `shred` on stderr (a few per
    document; `inspect` lists them all), and the report itself is unchanged."""
    doc = write(tmp_path, "rfq.pdf", GOOD)   # a text file named .pdf
    code, out = run(["scan", str(doc), "--fail-on", "never", "--no-isolation"], capsys=capsys)
    assert code == 0
    assert "warning: " in out.err and "extension is .pdf but the content is text" in out.err
    assert "warning" not in out.out
    code, out = run(["shred", str(doc), "--no-isolation"], capsys=capsys)
    assert code == 0 and "extension is .pdf but the content is text" in out.err
    plain = write(tmp_path, "rfq.md", GOOD)
    code, out = run(["scan", str(plain), "--fail-on", "never", "--no-isolation"], capsys=capsys)
    assert "warning" not in out.err


def test_many_warnings_are_summarised(monkeypatch, capsys):
    from clausecheck import cli as cli_mod
    from clausecheck.model import Document

    doc = Document(path="scan.pdf", sha256="0" * 64, warnings=tuple(f"page {i}: no text layer" for i in range(1, 13)))
    cli_mod._warn([doc])
    err = capsys.readouterr().err
    assert err.count("warning: scan.pdf: page") == 5
    assert "7 more (clausecheck inspect scan.pdf lists them all)" in err
