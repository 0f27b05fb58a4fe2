"""Compare PDF text extraction engines on generated contracts and the shared real corpus.

    python benchmarks/bench_pdf_libs.py [--sizes 10,200,1000] [--timeout 300] > benchmarks/pdf_libs.md

Every measurement runs in a fresh subprocess so peak RSS (``ru_maxrss``) belongs to that one
engine and input.  Generated PDFs are cached under ``benchmarks/_work/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "_work"
CORPUS = ROOT.parent / "shared" / "corpus"

ENGINES = {
    "pypdfium2 get_text_range": "pdfium",
    "pdfplumber extract_text + page.close()": "plumber_close",
    "pdfplumber extract_text (no close)": "plumber_noclose",
    "pdfminer.six extract_text": "pdfminer",
    "clausecheck parse_pdf": "clausecheck",
}


# ----------------------------------------------------------------------------- child side
def _run_engine(engine: str, paths: list[str]) -> int:
    pages = 0
    for path in paths:
        if engine == "pdfium":
            import pypdfium2 as pdfium

            doc = pdfium.PdfDocument(path)
            for i in range(len(doc)):
                page = doc[i]
                tp = page.get_textpage()
                tp.get_text_range()
                tp.close()
                page.close()
                pages += 1
            doc.close()
        elif engine in ("plumber_close", "plumber_noclose"):
            import pdfplumber

            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    if engine == "plumber_close":
                        page.close()
                    pages += 1
        elif engine == "pdfminer":
            from pdfminer.high_level import extract_text
            from pdfminer.pdfpage import PDFPage

            extract_text(path)
            with open(path, "rb") as fh:
                pages += sum(1 for _ in PDFPage.get_pages(fh))
        elif engine == "clausecheck":
            sys.path.insert(0, str(ROOT / "src"))
            from clausecheck.ingest.limits import Limits
            from clausecheck.ingest.pdf import parse_pdf

            parsed = parse_pdf(Path(path).read_bytes(), limits=Limits(timeout_s=3600), path=path)
            pages += parsed.pages or 0
        else:
            raise SystemExit(f"unknown engine {engine}")
    return pages


def _peak_rss_mb() -> float:
    """Peak RSS of this process.  VmHWM is reset by exec(); ru_maxrss on Linux is not (it keeps
    the forked parent's peak), so VmHWM is preferred."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child_main(engine: str, paths: list[str]) -> None:
    start = time.perf_counter()
    pages = _run_engine(engine, paths)
    seconds = time.perf_counter() - start
    rss_mb = _peak_rss_mb()
    print(json.dumps({"seconds": seconds, "pages": pages, "rss_mb": rss_mb}))


# ----------------------------------------------------------------------------- parent side
def generated(n: int) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"contract_{n}.pdf"
    if not path.exists():
        sys.path.insert(0, str(ROOT / "tests"))
        from pdf_factory import contract_pdf

        path.write_bytes(contract_pdf(n, two_column_every=3))
    return path


def measure(engine: str, paths: list[Path], timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--child", engine, *map(str, paths)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"note": f"timed out after {timeout:g} s"}
    if proc.returncode != 0:
        return {"note": "failed: " + (proc.stderr.strip().splitlines() or ["?"])[-1][:80]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _versions() -> str:
    from importlib.metadata import version

    names = ["pypdfium2", "pdfplumber", "pdfminer.six", "fpdf2"]
    out = [f"{n} {version(n)}" for n in names]
    import pypdfium2

    out.append(f"PDFium {pypdfium2.version.PDFIUM_INFO}")
    return ", ".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10,200,1000")
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("--no-corpus", action="store_true")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]

    inputs: list[tuple[str, list[Path], int]] = [
        (f"generated {n} pages", [generated(n)], n) for n in sizes
    ]
    corpus = sorted(CORPUS.rglob("*.pdf")) if CORPUS.is_dir() and not args.no_corpus else []
    if corpus:
        inputs.append((f"real corpus ({len(corpus)} PDFs)", corpus, 0))

    print("# PDF text extraction: library comparison\n")
    print(f"- machine: `{' '.join(platform.uname())}`")
    print(f"- CPUs: {os.cpu_count()}; Python {platform.python_version()}")
    print(f"- date: {_dt.datetime.now().isoformat(timespec='minutes')}")
    print(f"- libraries: {_versions()}")
    print("- each cell: one fresh subprocess; wall time of the extraction loop (imports "
          "excluded), peak RSS of the whole process (VmHWM)\n")
    print("| input | engine | pages | seconds | pages/s | peak RSS MB | note |")
    print("|---|---|---:|---:|---:|---:|---|")
    noclose_mb_per_page = 6.5  # measured earlier (1.3 GB at 200 pages); updated below
    for label, paths, n in inputs:
        for name, engine in ENGINES.items():
            if engine == "plumber_noclose" and n >= 1000:
                need = noclose_mb_per_page * n / 1024
                print(f"| {label} | {name} | {n} | – | – | – | skipped: grows "
                      f"~{noclose_mb_per_page:.1f} MB/page, would need ~{need:.1f} GB |",
                      flush=True)
                continue
            r = measure(engine, paths, args.timeout)
            if engine == "plumber_noclose" and n and "rss_mb" in r:
                noclose_mb_per_page = r["rss_mb"] / n
            if "note" in r:
                print(f"| {label} | {name} | {n or '–'} | – | – | – | {r['note']} |", flush=True)
                continue
            pps = r["pages"] / r["seconds"] if r["seconds"] else float("inf")
            print(
                f"| {label} | {name} | {r['pages']} | {r['seconds']:.2f} | {pps:.0f} | "
                f"{r['rss_mb']:.0f} | |",
                flush=True,
            )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2], sys.argv[3:])
    else:
        main()
