"""Run every benchmark and write benchmarks/RESULTS.md (machine, date, versions, figures).

    python benchmarks/run_all.py [--quick] [--skip speed,pdf-libs,reliability,...]

Accuracy benchmarks: obligations (practice set and held-out set), rule packs, traceability.
Speed: end to end against the floor, start-up, --jobs, Dask; PDF library comparison;
reliability battery.  Each writes JSON or Markdown under benchmarks/results/ and this script
assembles them with benchmarks/notes.md (what the profiles showed and what was changed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RES = HERE / "results"
PY = sys.executable


def run(args: list[str], out: Path | None = None) -> None:
    print("$", " ".join(args), flush=True)
    r = subprocess.run([PY, *args], cwd=HERE.parent, capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stderr[-2000:], file=sys.stderr)
    if out is not None:
        out.write_text(r.stdout)


def load(name: str):
    p = RES / name
    return json.loads(p.read_text()) if p.exists() and p.stat().st_size else None


def table(rows: list[list], header: list[str]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def obligations_section(data: dict, title: str) -> str:
    rows = [[c, m["tp"], m["fp"], m["fn"], f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}"]
            for c, m in data["per_class"].items()]
    return (f"#### {title}\n\n{data['units']} units, {data['labels']} labelled obligations.\n\n"
            + table(rows, ["class", "TP", "FP", "FN", "precision", "recall", "F1"])
            + f"\n\nBearer accuracy **{data['bearer_accuracy']}**, deadline exact match "
              f"**{data['deadline_exact']}**, extraction throughput **{data.get('sentences_per_second', '?')} "
              f"sentences/s** (one core).\n")


TRACE_SETS = (
    ("trace.json", "corpora/proposals, 8 pairs"),
    ("trace-blind1-first-run.json", "blind set 1, first run"),
    ("trace-blind1.json", "blind set 1, current"),
    ("trace-blind2-first-run.json", "blind set 2, first run"),
    ("trace-blind2.json", "blind set 2, current"),
    ("trace-blind3-first-run.json", "blind set 3, first run"),
    ("trace-blind3.json", "blind set 3, current"),
    ("trace-blind4-first-run.json", "blind set 4, first run"),
    ("trace-blind4.json", "blind set 4, current"),
    ("trace-blind5-first-run.json", "blind set 5, first run"),
    ("trace-blind5.json", "blind set 5, current"),
    ("trace-blind6-first-run.json", "blind set 6, first run"),
    ("trace-blind6.json", "blind set 6, current"),
    ("trace-blind7-first-run.json", "blind set 7, first run"),
    ("trace-blind7.json", "blind set 7, current"),
    ("trace-blind8-first-run.json", "blind set 8, first run"),
    ("trace-blind8.json", "blind set 8, current"),
    ("trace-blind9-first-run.json", "blind set 9, first run"),
    ("trace-blind9.json", "blind set 9, current"),
    ("trace-blind10-first-run.json", "blind set 10, first run"),
    ("trace-blind10.json", "blind set 10, current"),
    ("trace-blind11-first-run.json", "blind set 11, first run"),
    ("trace-blind11.json", "blind set 11, current"),
    ("trace-blind12-first-run.json", "blind set 12, first run"),
    ("trace-blind12.json", "blind set 12, current"),
    ("trace-blind13-first-run.json", "blind set 13, first run"),
    ("trace-blind13.json", "blind set 13, current"),
    ("trace-blind14-first-run.json", "blind set 14, first run"),
    ("trace-blind14.json", "blind set 14, current"),
    ("trace-blind15-first-run.json", "blind set 15, first run"),
    ("trace-blind15.json", "blind set 15, current"),
    ("trace-blind16-first-run.json", "blind set 16, first run"),
    ("trace-blind16.json", "blind set 16, current"),
    *((name, f"blind set {k}, {what}") for k in range(17, 23)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run"), (f"trace-blind{k}.json", "current"))),
    ("trace-blind23-first-run.json", "blind set 23, first run (neutral brief)"),
    ("trace-blind23.json", "blind set 23, current"),
    ("trace-blind24-first-run.json", "blind set 24, first run (neutral brief)"),
    ("trace-blind24.json", "blind set 24, current"),
    ("trace-blind25-first-run.json", "blind set 25, first run (neutral brief)"),
    ("trace-blind25.json", "blind set 25, current"),
    ("trace-blind26-first-run.json", "blind set 26, first run (neutral brief)"),
    ("trace-blind26.json", "blind set 26, current"),
    ("trace-blind27-first-run.json", "blind set 27, first run (neutral brief, final rules)"),
    ("trace-blind27.json", "blind set 27, current"),
    ("trace-blind28-first-run.json", "blind set 28, first run (neutral brief, final rules)"),
    ("trace-blind28.json", "blind set 28, current"),
    *((name, f"blind set {k}, {what}") for k in range(29, 36)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, fifth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(36, 43)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, sixth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(43, 49)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, seventh session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(49, 51)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run on the final code (written after it)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(51, 55)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, eighth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(55, 63)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, ninth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(63, 71)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, tenth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(71, 75)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run on the final code of the tenth session "
                                                             "(written after it)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(75, 83)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, eleventh session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(83, 91)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, twelfth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(91, 99)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, thirteenth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(99, 107)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (brief naming broad kinds of conflict, "
                                                             "fourteenth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(107, 115)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, fifteenth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(115, 123)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, sixteenth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(123, 131)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, seventeenth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(131, 139)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, eighteenth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(139, 147)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, nineteenth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(147, 155)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, twentieth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(155, 163)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, twenty-first session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(163, 171)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, twenty-second session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(171, 179)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, twenty-third session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(179, 187)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, twenty-fourth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(187, 195)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, twenty-fifth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(195, 203)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, twenty-sixth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(203, 211)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, twenty-seventh session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(211, 219)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, twenty-eighth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(219, 227)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, twenty-ninth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(227, 235)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, thirtieth session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(235, 243)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, thirty-first session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(243, 251)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, thirty-second session)"),
                         (f"trace-blind{k}.json", "current"))),
    *((name, f"blind set {k}, {what}") for k in range(251, 259)
      for name, what in ((f"trace-blind{k}-first-run.json", "first run (neutral brief, thirty-third session)"),
                         (f"trace-blind{k}.json", "current"))),
)
LAST_BLIND = 258
BLIND_CURRENT = [f"trace-blind{k}.json" for k in range(1, LAST_BLIND + 1)]


def pooled_trace() -> dict | None:
    """Per-status counts and precision/recall summed over the blind sets' current results."""
    sets = [t for t in map(load, BLIND_CURRENT) if t]
    if not sets:
        return None
    out: dict = {"requirements": sum(t["requirements"] for t in sets), "sets": len(sets), "per_status": {}}
    right = sum(round(t["accuracy"] * t["requirements"]) for t in sets)
    out["accuracy"] = round(right / out["requirements"], 3)
    if all("unlabelled_findings" in t for t in sets):
        out["unlabelled_findings"] = [x for t in sets for x in t["unlabelled_findings"]]
    for st in sets[0]["per_status"]:
        tp, fp, fn = (sum(t["per_status"][st][k] for t in sets) for k in ("tp", "fp", "fn"))
        out["per_status"][st] = {"tp": tp, "fp": fp, "fn": fn, "precision": tp / (tp + fp) if tp + fp else 0.0,
                                 "recall": tp / (tp + fn) if tp + fn else 0.0}
    return out


def targets_section() -> str:
    """The issues' targets next to this run's figures."""
    rows = []

    def add(target, value, ok):
        rows.append([target, value, "met" if ok else "**missed**"])

    sp = load("speed.json")
    if sp:
        pdf200 = next((d for d in sp["documents"] if d["input"] == "pdf 200 pages"), None)
        pdf1000 = next((d for d in sp["documents"] if d["input"] == "pdf 1000 pages"), None)
        if pdf200:
            add("200-page PDF end to end ≤ 2.0× the floor", f"{pdf200['ratio']}×", pdf200["ratio"] <= 2.0)
        if pdf1000:
            add("1,000-page PDF peak memory ≤ 300 MB", f"{pdf1000['clausecheck_mb']} MB", pdf1000["clausecheck_mb"] <= 300)
        add("`--help` and `packs list` ≤ 0.3 s", f"{sp['startup']['help_s']} s / {sp['startup']['packs_list_s']} s",
            max(sp["startup"]["help_s"], sp["startup"]["packs_list_s"]) <= 0.3)
        for key in ("jobs", "jobs_larger"):
            if sp.get(key):
                j = sp[key]
                add(f"`--jobs 2` ≥ 1.8× `--jobs 1` ({j['documents']} docs, {j.get('sections_per_document', 40)} sections each)",
                    f"{j['speedup']}×", j["speedup"] >= 1.8)
    for name, label in (("obligations.json", "practice set"),
                        ("obligations-holdout-blind.json", "held-out set, blind first run"),
                        ("obligations-holdout.json", "held-out set, current")):
        ob = load(name)
        if ob:
            b = ob["per_class"].get("obligation/binding", {})
            pr = ob["per_class"].get("prohibition", {})
            add(f"binding obligation P, R ≥ 0.95 ({label})", f"{b.get('precision')} / {b.get('recall')}",
                b.get("precision", 0) >= 0.95 and b.get("recall", 0) >= 0.95)
            add(f"prohibition P, R ≥ 0.95 ({label})", f"{pr.get('precision')} / {pr.get('recall')}",
                pr.get("precision", 0) >= 0.95 and pr.get("recall", 0) >= 0.95)
            add(f"bearer accuracy ≥ 0.92 ({label})", str(ob["bearer_accuracy"]), ob["bearer_accuracy"] >= 0.92)
            add(f"deadline exact ≥ 0.95 ({label})", str(ob["deadline_exact"]), ob["deadline_exact"] >= 0.95)
    for name, label in (("packs.json", "development set"), ("packs-holdout-blind.json", "held-out set, blind first run"),
                        ("packs-holdout.json", "first held-out set, current (used for tuning since the fifth session)"),
                        ("packs-holdout2-blind.json", "second held-out set, blind first run"),
                        ("packs-holdout2.json", "second held-out set, current, used for tuning since its first run"),
                        ("packs-holdout3-blind.json", "third held-out set, blind first run"),
                        ("packs-holdout3.json", "third held-out set, current, used for tuning since its first run"),
                        ("packs-holdout4-blind.json", "fourth held-out set, blind first run"),
                        ("packs-holdout4.json", "fourth held-out set, current"),
                        ("packs-holdout5-blind.json", "fifth held-out set, blind first run"),
                        ("packs-holdout5.json", "fifth held-out set, current")):
        pk = load(name)
        if pk:
            m = pk["metrics"]
            add(f"packs: met precision ≥ 0.97 ({label})", f"{m['met_precision']:.3f}", m["met_precision"] >= 0.97)
            add(f"packs: missing recall ≥ 0.97 ({label})", f"{m['missing_recall']:.3f}", m["missing_recall"] >= 0.97)
            add(f"packs: status accuracy ≥ 0.90 ({label})", f"{m['accuracy']:.3f}", m["accuracy"] >= 0.90)
    pooled = pooled_trace()
    for name, label in [*TRACE_SETS, ("", "blind sets pooled, current")]:
        tr = load(name) if name else pooled
        if tr:
            for st in ("not addressed", "contradicted"):
                m = tr["per_status"][st]
                add(f"traceability: {st} P, R ≥ 0.90 ({label})", f"{m['precision']:.3f} / {m['recall']:.3f}",
                    m["precision"] >= 0.9 and m["recall"] >= 0.9)
    return "## Targets at a glance\n\n" + table(rows, ["target", "this run", ""]) + "\n"


def write_results() -> None:
    speed = load("speed.json")
    parts = ["# Benchmark results\n",
             "Written by `python benchmarks/run_all.py`. Every figure below comes from the run recorded here; "
             "rerun it to refresh them.\n"]
    if speed:
        m = speed["machine"]
        parts.append(f"**Machine:** {m['platform']}, {m['cpus']} CPUs, Python {m['python']}. "
                     f"**Date:** {m['date']}. **Versions:** "
                     + ", ".join(f"{k} {v}" for k, v in m["versions"].items()) + ".\n")
    parts.append(targets_section())
    parts.append("## Speed and memory\n")
    if speed:
        rows = [[d["input"], d["floor_s"], d["floor_mb"], d["clausecheck_s"], d["clausecheck_mb"],
                 f"{d['ratio']}×", d["pages_per_s"]] for d in speed["documents"]]
        parts.append("End to end = `clausecheck scan FILE --pack ai-cyber --pack far-cyber --format json` "
                     "(isolated parse worker included). Floor = fastest raw text extraction of the same file "
                     "(pypdfium2 / lxml) + spaCy blank tokenisation, in a fresh process. Peak = largest "
                     "resident set of any process of the run. Medians of 3 runs.\n")
        parts.append(table(rows, ["input", "floor s", "floor peak MB", "clausecheck s", "clausecheck peak MB",
                                  "ratio", "pages/s"]) + "\n")
        s = speed["startup"]
        parts.append(f"Start-up: `clausecheck --help` **{s['help_s']} s**, `clausecheck packs list` "
                     f"**{s['packs_list_s']} s** (bare Python start: {s['python_startup_s']} s).\n")
        for key, size in (("jobs", "about one page"), ("jobs_larger", "about five pages")):
            j = speed.get(key)
            if not j:
                continue
            parts.append(f"Parallel, {j['documents']} documents of {size} each (one of them a corrupt DOCX): "
                         f"`--jobs 1` {j['jobs1_s']} s, `--jobs 2` {j['jobs2_s']} s → **{j['speedup']}×**; "
                         f"reports byte-identical: {j['identical_reports']}; exit codes {j.get('exit_codes')}; "
                         f"reported unreadable: {', '.join(j.get('unreadable', [])) or 'none'}.\n")
        if speed.get("dask"):
            d = speed["dask"]
            parts.append(f"Dask `LocalCluster` (processes): {d['documents']} documents, 1 worker "
                         f"{d['workers1_s']} s, 2 workers {d['workers2_s']} s → **{d['speedup']}×**.\n")
    pdf = HERE / "pdf_libs.md"
    if pdf.exists():
        parts.append("### PDF libraries compared\n\n" + pdf.read_text().split("\n", 1)[1].strip() + "\n")
    parts.append("## Accuracy\n\n### Obligation extraction\n")
    for name, title in (("obligations.json", "Practice set (corpora/obligations, used for development)"),
                        ("obligations-holdout-blind.json", "Held-out set, first (blind) run"),
                        ("obligations-holdout.json", "Held-out set, current (after fixing the error patterns it showed)")):
        data = load(name)
        if data:
            parts.append(obligations_section(data, title))
    for name, title in (("packs.json", "Rule packs, development set (corpora/packs, used to tune rules and engine)"),
                        ("packs-holdout-blind.json", "Rule packs, held-out set (corpora/packs-holdout), first (blind) run"),
                        ("packs-holdout.json", "Rule packs, first held-out set, current (used for tuning since the "
                                               "fifth session, so no longer held out)"),
                        ("packs-holdout2-blind.json", "Rule packs, second held-out set (corpora/packs-holdout2), first "
                                                      "(blind) run"),
                        ("packs-holdout2.json", "Rule packs, second held-out set, current"),
                        ("packs-holdout3-blind.json", "Rule packs, third held-out set (corpora/packs-holdout3), first "
                                                      "(blind) run"),
                        ("packs-holdout3.json", "Rule packs, third held-out set, current"),
                        ("packs-holdout4-blind.json", "Rule packs, fourth held-out set (corpora/packs-holdout4), first "
                                                      "(blind) run"),
                        ("packs-holdout4.json", "Rule packs, fourth held-out set, current"),
                        ("packs-holdout5-blind.json", "Rule packs, fifth held-out set (corpora/packs-holdout5), first "
                                                      "(blind) run"),
                        ("packs-holdout5.json", "Rule packs, fifth held-out set, current")):
        packs = load(name)
        if not packs:
            continue
        summ = {k: round(v, 3) for k, v in packs.get("metrics", {}).items()}
        parts.append(f"### {title}\n")
        per = packs.get("per_status") or {}
        rows = [[s, f"{v['precision']:.3f}", f"{v['recall']:.3f}", v.get("support", "")] for s, v in per.items()]
        if rows:
            parts.append(table(rows, ["status", "precision", "recall", "labels"]) + "\n")
        parts.append(f"met precision **{summ.get('met_precision')}** (target ≥ 0.97), missing recall "
                     f"**{summ.get('missing_recall')}** (≥ 0.97), overall accuracy **{summ.get('accuracy')}** (≥ 0.90); "
                     f"{packs.get('labels')} labels over {packs.get('documents')} documents.\n")
    parts.append("Every mismatch of the development set: `benchmarks/packs.md`.\n")
    for name, label in [*TRACE_SETS, ("", "blind sets pooled, current")]:
        trace = load(name) if name else pooled_trace()
        if not trace:
            continue
        rows = [[s, m["tp"], m["fp"], m["fn"], f"{m['precision']:.3f}", f"{m['recall']:.3f}"]
                for s, m in trace["per_status"].items()]
        parts.append(f"### Traceability ({label})\n\n" + table(rows, ["status", "TP", "FP", "FN",
                     "precision", "recall"]) + f"\n\n{trace['requirements']} labelled requirements, accuracy "
                     f"{trace['accuracy']}. Targets: not addressed and contradicted P and R ≥ 0.90.\n")
        if "unlabelled_findings" in trace:
            extra = trace["unlabelled_findings"]
            duties = sum(not x.get("recommended") for x in extra)
            parts.append(f"Gaps reported on sentences that no label calls a requirement (false findings, or "
                         f"recommended items, which the labels leave out): {duties} duties, "
                         f"{len(extra) - duties} recommended items.\n")
    parts.append(f"The blind sets (`corpora/proposals-blind`, `-blind2` … `-blind{LAST_BLIND}`) were written by helpers "
                 "who never ran the tool; a *first run* file is the figure before anyone looked at its errors "
                 "and is never rewritten. See `benchmarks/notes.md` for what changed between runs.\n")
    rel = HERE / "reliability.md"
    if rel.exists():
        parts.append("## Reliability (hostile and broken documents)\n\n" + rel.read_text().split("\n", 1)[1].strip() + "\n")
    notes = HERE / "notes.md"
    if notes.exists():
        parts.append(notes.read_text())
    (HERE / "RESULTS.md").write_text("\n".join(parts))
    print("wrote benchmarks/RESULTS.md")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--skip", default="", help="comma list: speed,pdf-libs,reliability,obligations,packs,trace")
    ap.add_argument("--render-only", action="store_true", help="only rebuild RESULTS.md from saved results")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    RES.mkdir(exist_ok=True)
    if not args.render_only:
        if "obligations" not in skip:
            run(["benchmarks/bench_obligations.py", "--json"], RES / "obligations.json")
            run(["benchmarks/bench_obligations.py", "--json", "--holdout"], RES / "obligations-holdout.json")
        if "packs" not in skip:
            run(["benchmarks/bench_packs.py", "--json"], RES / "packs.json")
            run(["benchmarks/bench_packs.py", "--json", "--no-write", "--corpus", "corpora/packs-holdout"],
                RES / "packs-holdout.json")
            for k in (2, 3, 4, 5):
                run(["benchmarks/bench_packs.py", "--json", "--no-write", "--corpus", f"corpora/packs-holdout{k}"],
                    RES / f"packs-holdout{k}.json")
        if "trace" not in skip:
            run(["benchmarks/bench_trace.py", "--json"], RES / "trace.json")
            run(["benchmarks/bench_trace.py", "--json", "--corpus", "corpora/proposals-blind"], RES / "trace-blind1.json")
            for k in range(2, LAST_BLIND + 1):
                run(["benchmarks/bench_trace.py", "--json", "--corpus", f"corpora/proposals-blind{k}"],
                    RES / f"trace-blind{k}.json")
        if "speed" not in skip:
            run(["benchmarks/bench_speed.py"] + (["--quick"] if args.quick else []))
        if "pdf-libs" not in skip and not args.quick:
            run(["benchmarks/bench_pdf_libs.py"])
        if "reliability" not in skip and (HERE / "reliability.py").exists() and not args.quick:
            run(["benchmarks/reliability.py"])
    write_results()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
