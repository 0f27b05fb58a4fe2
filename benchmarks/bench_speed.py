"""Speed and memory of clausecheck against the floor, on generated and real documents.

    python benchmarks/bench_speed.py [--quick] [--json OUT]

Every measurement runs in a fresh subprocess and reports wall time and the peak RSS of the
largest process it started (clausecheck's parse workers included).  The *floor* is the fastest
way to get the same text out and through spaCy's blank English tokenizer: pypdfium2 raw text (PDF)
or lxml over word/document.xml (DOCX), then ``nlp.pipe`` over the paragraphs.  clausecheck is
measured end to end: ``clausecheck scan FILE --pack ai-cyber --pack far-cyber --format json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "benchmarks" / "_work"
PY = sys.executable

FLOOR_PDF = r"""
import sys, pypdfium2 as pdfium, spacy
pdf = pdfium.PdfDocument(sys.argv[1]); texts = []
for i in range(len(pdf)):
    page = pdf[i]; tp = page.get_textpage(); texts.append(tp.get_text_range()); tp.close(); page.close()
nlp = spacy.blank("en")
paras = [p for t in texts for p in t.split("\r\n\r\n") if p.strip()] or texts
n = sum(len(d) for d in nlp.pipe(paras, batch_size=256))
print(n)
"""
FLOOR_DOCX = r"""
import sys, zipfile, spacy
from lxml import etree
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
root = etree.fromstring(zipfile.ZipFile(sys.argv[1]).read("word/document.xml"))
paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]
nlp = spacy.blank("en")
print(sum(len(d) for d in nlp.pipe([p for p in paras if p.strip()], batch_size=256)))
"""


def timed(cmd: list[str], *, env=None) -> dict:
    """Run ``cmd`` in a wrapper that reports wall time and the peak RSS of its descendants."""
    wrapper = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "dt = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'seconds': dt, 'peak_mb': rss, 'rc': r.returncode, 'err': r.stderr.decode()[-300:]}))\n"
    )
    out = subprocess.run([PY, "-c", wrapper, *cmd], capture_output=True, text=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def median_run(cmd, repeat=3, env=None) -> dict:
    runs = [timed(cmd, env=env) for _ in range(repeat)]
    runs.sort(key=lambda r: r["seconds"])
    mid = runs[len(runs) // 2]
    mid["peak_mb"] = max(r["peak_mb"] for r in runs)
    return mid


# ------------------------------------------------------------------------------ inputs
def pdf_input(pages: int) -> Path:
    """The same generated contract PDF the PDF-library comparison uses (cached in _work/)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_pdf_libs import generated

    return generated(pages)


_WORDS = ("the contractor shall provide deliver maintain services data systems security controls "
          "incident reports within hours after discovery government contracting officer model "
          "training evaluation testing access records retention agency information supply chain "
          "notify report assess monitor document ensure comply protect adversarial robustness").split()


def docx_input(pages: int) -> Path:
    """A DOCX of about ``pages`` pages: headings, numbered paragraphs, a page break per page."""
    from docx import Document

    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"contract_{pages}.docx"
    if path.exists():
        return path
    rng = random.Random(11)
    doc = Document()
    for p in range(pages):
        doc.add_heading(f"C.{p + 1} {rng.choice(_WORDS).title()} {rng.choice(_WORDS).title()}", level=2)
        for k in range(6):
            words = [rng.choice(_WORDS) for _ in range(rng.randint(14, 30))]
            doc.add_paragraph(f"C.{p + 1}.{k + 1} The Contractor shall " + " ".join(words) +
                              f" within {rng.randint(1, 90)} days.")
        doc.add_page_break()
    doc.save(path)
    return path


def many_docs(n: int, folder: Path, sections: int = 40) -> list[str]:
    """``n`` Markdown solicitations of ``sections`` numbered tasks (40 ≈ one page of text)."""
    rng = random.Random(5)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"rfq_{i:04d}.md"
        paras = [f"## C.{k} Task {k}\n\nC.{k}.1 The Contractor shall " + " ".join(rng.choice(_WORDS) for _ in range(25)) +
                 f" within {rng.randint(1, 90)} days of award." for k in range(1, sections)]
        p.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
        out.append(str(p))
    bad = folder / "rfq_corrupt.docx"  # one corrupt document among them: reported, not an abort
    bad.write_bytes(b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(4000)))
    out.append(str(bad))
    return out


# ------------------------------------------------------------------------------ measures
def scan_cmd(path: Path, *extra: str) -> list[str]:
    return [PY, "-m", "clausecheck", "scan", str(path), "--pack", "ai-cyber", "--pack", "far-cyber",
            "--format", "json", "-o", os.devnull, "--fail-on", "never", *extra]


def measure_documents(sizes: list[int], repeat: int) -> list[dict]:
    rows = []
    for kind, make, floor in (("pdf", pdf_input, FLOOR_PDF), ("docx", docx_input, FLOOR_DOCX)):
        for pages in sizes:
            path = make(pages)
            f = median_run([PY, "-c", floor, str(path)], repeat)
            c = median_run(scan_cmd(path), repeat)
            rows.append({"input": f"{kind} {pages} pages", "pages": pages,
                         "floor_s": round(f["seconds"], 2), "floor_mb": round(f["peak_mb"]),
                         "clausecheck_s": round(c["seconds"], 2), "clausecheck_mb": round(c["peak_mb"]),
                         "ratio": round(c["seconds"] / f["seconds"], 2),
                         "pages_per_s": round(pages / c["seconds"], 1), "rc": c["rc"]})
            print(rows[-1], flush=True)
    return rows


def measure_startup() -> dict:
    env = dict(os.environ, NO_COLOR="1")
    help_ = median_run([PY, "-m", "clausecheck", "--help"], 5, env=env)
    lst = median_run([PY, "-m", "clausecheck", "packs", "list"], 5, env=env)
    bare = median_run([PY, "-c", "pass"], 5, env=env)
    return {"help_s": round(help_["seconds"], 3), "packs_list_s": round(lst["seconds"], 3),
            "python_startup_s": round(bare["seconds"], 3)}


def measure_jobs(n: int, sections: int = 40) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        files = many_docs(n, Path(tmp) / "docs", sections)
        one = timed([PY, "-m", "clausecheck", "scan", str(Path(tmp) / "docs"), "--format", "json",
                     "-o", str(Path(tmp) / "j1.json"), "--fail-on", "never", "--jobs", "1"])
        two = timed([PY, "-m", "clausecheck", "scan", str(Path(tmp) / "docs"), "--format", "json",
                     "-o", str(Path(tmp) / "j2.json"), "--fail-on", "never", "--jobs", "2"])
        same = (Path(tmp) / "j1.json").read_bytes() == (Path(tmp) / "j2.json").read_bytes()
        report = json.loads((Path(tmp) / "j2.json").read_text())
        unreadable = [d["path"] for d in report["documents"] if d["status"] != "ok"]
    return {"documents": len(files), "sections_per_document": sections,
            "jobs1_s": round(one["seconds"], 2), "jobs2_s": round(two["seconds"], 2),
            "speedup": round(one["seconds"] / two["seconds"], 2), "identical_reports": same,
            "exit_codes": [one["rc"], two["rc"]], "unreadable": unreadable}


DASK = r"""
import json, sys, time
from dask.distributed import Client, LocalCluster
from clausecheck import scan_many
files = sys.argv[2:]
with LocalCluster(n_workers=int(sys.argv[1]), threads_per_worker=1, processes=True,
                  dashboard_address=None) as cluster, Client(cluster) as client:
    client.run(lambda: __import__("clausecheck.extract").extract.get_nlp())  # warm each worker
    t = time.perf_counter()
    report = scan_many(files, packs=["ai-cyber"], executor=client.get_executor())
    print(json.dumps({"seconds": time.perf_counter() - t, "docs": len(report.documents)}))
"""


def measure_dask(n: int) -> dict | None:
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        files = [f for f in many_docs(n, Path(tmp) / "docs") if f.endswith(".md")]
        res = {}
        for workers in (1, 2):
            out = subprocess.run([PY, "-c", DASK, str(workers), *files], capture_output=True, text=True)
            res[workers] = json.loads(out.stdout.strip().splitlines()[-1])
    return {"documents": n, "workers1_s": round(res[1]["seconds"], 2), "workers2_s": round(res[2]["seconds"], 2),
            "speedup": round(res[1]["seconds"] / res[2]["seconds"], 2)}


def machine() -> dict:
    import importlib.metadata as md

    versions = {p: md.version(p) for p in ("pypdfium2", "spacy", "python-docx", "pdfplumber", "rapidfuzz",
                                           "pydantic", "lxml")}
    return {"date": time.strftime("%Y-%m-%d"), "platform": platform.platform(), "python": platform.python_version(),
            "cpus": os.cpu_count(), "versions": versions}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="10 and 200 pages only, one repeat")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "speed.json"))
    ap.add_argument("--only", choices=["jobs"], help="run one part and merge it into the saved results")
    args = ap.parse_args()
    sizes = [10, 200] if args.quick else [10, 200, 1000]
    repeat = 1 if args.quick else 3
    if args.only == "jobs":
        saved = json.loads(Path(args.json).read_text())
        saved["jobs"] = measure_jobs(200)
        saved["jobs_larger"] = measure_jobs(200, sections=200)
        print(saved["jobs"], saved["jobs_larger"], flush=True)
        Path(args.json).write_text(json.dumps(saved, indent=2) + "\n")
        return 0
    result = {"machine": machine(), "startup": measure_startup()}
    print(result["startup"], flush=True)
    result["documents"] = measure_documents(sizes, repeat)
    result["jobs"] = measure_jobs(60 if args.quick else 200)
    print(result["jobs"], flush=True)
    result["jobs_larger"] = measure_jobs(60 if args.quick else 200, sections=200)
    print(result["jobs_larger"], flush=True)
    result["dask"] = measure_dask(100 if args.quick else 500)
    print(result["dask"], flush=True)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
