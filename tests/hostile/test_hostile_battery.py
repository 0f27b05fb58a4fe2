"""Every hostile input ends in a defined outcome, in time, without hurting the parent process.

Three levels are exercised: ``load_document`` in this process (what the parser decides),
``pipeline.scan_paths`` with isolated workers (what a library user gets), and the command line
in a subprocess (what a shell pipeline sees: exit code, stdout, stderr).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import psutil
import pytest

import generators
from clausecheck.errors import ClauseCheckError, InternalError
from clausecheck.ingest import Limits, load_document
from clausecheck.pipeline import ScanOptions, scan_paths

#: per-document wall-clock budget used throughout (seconds) and the allowed overshoot
BUDGET = 10.0
SLACK = 5.0
#: the flate bomb inflates to 2 GB inside PDFium: never parse it in the test process
IN_PROCESS_SKIP = {"flate_bomb.pdf"}
#: a small timeout for in-process parsing, so the pdfminer cross-check gives up after 2 s
FAST_LIMITS = Limits(timeout_s=8.0)
OPTIONS = ScanOptions(timeout=BUDGET, memory_mb=768, jobs=1)


def _body_text(doc) -> str:
    return "".join(b.text for b in doc.blocks if b.part == "body" and not b.hidden).strip()


def _mentions(doc, fragment: str) -> bool:
    haystack = " ".join([doc.error or "", *doc.warnings]).lower()
    return fragment.lower() in haystack


def test_battery_is_complete(cases):
    assert tuple(cases) == generators.CASE_NAMES
    for case in cases.values():
        assert case.path.is_file()
    # the bombs are what they claim to be, and small on disk
    import zipfile

    with zipfile.ZipFile(cases["zip_bomb.docx"].path) as zf:
        info = zf.getinfo("word/document.xml")
        assert info.file_size == 500 * 1024 * 1024
        assert info.file_size / info.compress_size >= 900
    assert cases["zip_bomb.docx"].path.stat().st_size < 1_000_000
    assert cases["flate_bomb.pdf"].path.stat().st_size < 2_000_000


# ----------------------------------------------------------------------------- in process
@pytest.mark.parametrize("name", [n for n in generators.CASE_NAMES if n not in IN_PROCESS_SKIP])
def test_load_document_outcome(cases, name):
    case = cases[name]
    start = time.monotonic()
    doc = load_document(case.path, limits=FAST_LIMITS)
    elapsed = time.monotonic() - start
    assert elapsed < BUDGET + SLACK
    assert doc.status in ("ok", "unreadable")
    if case.expect != "any":
        assert doc.status == case.expect, (doc.error, doc.warnings)
    if case.reason:
        assert _mentions(doc, case.reason), (case.reason, doc.error, doc.warnings)
    if doc.status == "ok":
        assert _body_text(doc), "an ok document must carry body text"
    else:
        assert doc.error, "an unreadable document must say why"
        assert "parser failed unexpectedly" not in doc.error  # no unmapped library exception
    with pytest.raises(ClauseCheckError) if doc.status != "ok" else _no_raise():
        load_document(case.path, limits=FAST_LIMITS, strict=True)


class _no_raise:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_strict_errors_are_typed(cases):
    for name in generators.CASE_NAMES:
        if name in IN_PROCESS_SKIP:
            continue
        try:
            load_document(cases[name].path, limits=FAST_LIMITS, strict=True)
        except ClauseCheckError as exc:
            assert not isinstance(exc, InternalError), (name, exc)
            assert exc.exit_code == 3, (name, exc)


def test_xxe_content_never_read(cases):
    for name in ("xxe_document.docx", "xxe_utf16.docx", "xxe_styles.docx",
                 "xxe_content_types.docx", "billion_laughs.docx"):
        doc = load_document(cases[name].path)
        assert doc.status == "unreadable"
        assert "root:" not in (doc.error or "")
        assert not doc.blocks


def test_external_references_are_named_not_fetched(cases, tripwire):
    doc = load_document(cases["remote_template.docx"].path)
    assert doc.status == "ok"
    joined = "\n".join(doc.warnings)
    for kind in ("attachedTemplate", "image", "oleObject", "subDocument"):
        assert f"{kind} -> {tripwire.url}" in joined
    doc = load_document(cases["xxe_rels.docx"].path)
    assert doc.status == "unreadable"
    report = scan_paths([str(cases[n].path) for n in ("remote_template.docx", "xxe_rels.docx")],
                        OPTIONS)
    assert [d.status for d in report.documents] == ["ok", "unreadable"]
    time.sleep(0.3)
    assert tripwire.connections == [], "a document made clausecheck open a network connection"


def test_docm_macros_ignored(cases):
    doc = load_document(cases["macro.docm"].path)
    assert doc.status == "ok"
    assert any("macro" in w for w in doc.warnings)
    assert "AutoOpen" not in _body_text(doc)


def test_thousand_page_pdf(cases):
    start = time.monotonic()
    doc = load_document(cases["long.pdf"].path)
    assert time.monotonic() - start < 30
    assert doc.status == "ok" and doc.pages == 1000
    pages = {b.location.page for b in doc.blocks}
    assert {1, 500, 1000} <= pages


# ---------------------------------------------------------------------- bombs in a fresh process
# The peak is this program's own high-water mark (VmHWM, which starts afresh at exec).  ru_maxrss
# would not do: Linux carries it over from the forking parent, so it reported the size of the
# pytest process that started the child (about 150 MB late in a full run), not the parse.
_MEASURE = r"""
import json, resource, sys, time


def peak_kb():
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


from clausecheck.ingest import load_document
before = peak_kb()
start = time.perf_counter()
doc = load_document(sys.argv[1])
elapsed = time.perf_counter() - start
peak = peak_kb()
print(json.dumps({"status": doc.status, "error": doc.error, "seconds": elapsed,
                  "peak_mb": peak / 1024, "delta_mb": (peak - before) / 1024}))
"""


@pytest.mark.parametrize("name", [s.name for s in generators.SPECS if s.bomb])
def test_bomb_rejected_before_inflation(cases, name):
    """Pre-flight: in seconds, and the parsing process never grows past 150 MB.  (The time bound
    leaves room for a loaded machine; inflating any of these bombs would take far longer, and
    the memory bounds are the sharp check.)"""
    proc = subprocess.run([sys.executable, "-c", _MEASURE, str(cases[name].path)],
                          capture_output=True, text=True, timeout=60, check=True)
    m = json.loads(proc.stdout)
    assert m["status"] == "unreadable"
    assert m["seconds"] < 3.0, m
    assert m["peak_mb"] < 150, m
    assert m["delta_mb"] < 20, m


# ------------------------------------------------------------------- isolated scan_paths
@pytest.mark.parametrize("name", generators.CASE_NAMES)
def test_scan_paths_isolated(cases, warm_parent, name):
    case = cases[name]
    start = time.monotonic()
    report = scan_paths([str(case.path)], OPTIONS)
    elapsed = time.monotonic() - start
    assert elapsed < BUDGET + SLACK, elapsed
    if case.bomb:
        assert elapsed < 3.0, elapsed
    (doc,) = report.documents
    assert doc.status in ("ok", "unreadable")
    if case.expect != "any":
        assert doc.status == case.expect, doc.error
    if doc.status == "unreadable":
        assert doc.error
        assert not report.findings, "an unreadable document must not be reported as checked"
    else:
        assert report.findings, "a readable document is checked against the pack"


def test_parent_survives_and_stays_flat(cases, warm_parent):
    """The whole battery in one isolated run (2 workers): the parent's RSS stays flat."""
    files = [str(c.path) for c in cases.values()]
    options = ScanOptions(timeout=BUDGET, memory_mb=768, jobs=2)
    scan_paths([str(cases["one_a.txt"].path)], options)  # warm every lazy import once
    me = psutil.Process()
    rss_before = me.memory_info().rss
    start = time.monotonic()
    with DescendantWatch() as watch:
        report = scan_paths(files, options)
    elapsed = time.monotonic() - start
    rss_after = me.memory_info().rss
    assert len(report.documents) == len(files)
    assert (rss_after - rss_before) < 50 * 1024 * 1024, (rss_before, rss_after)
    # sequential worst case would be the sum of budgets; parallel and mostly instant
    assert elapsed < 2 * (BUDGET + SLACK), elapsed
    by_name = {d.path.rsplit("/", 1)[-1]: d for d in report.documents}
    for name, case in cases.items():
        if case.expect != "any":
            assert by_name[name].status == case.expect, (name, by_name[name].error)
    # no worker, and no pdfminer child of a killed worker, outlives the scan
    assert not watch.survivors(), watch.survivors()


class DescendantWatch:
    """Records every descendant process seen while the block runs (sampled every 20 ms), so
    a test can check afterwards that none of them is still alive, even once reparented."""

    def __init__(self) -> None:
        import threading

        self.me = psutil.Process()
        self.seen: dict[int, tuple[float, str]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            for child in self.me.children(recursive=True):
                try:
                    key = (child.create_time(), " ".join(child.cmdline())[:80])
                except psutil.Error:
                    continue
                self.seen.setdefault(child.pid, key)
            self._stop.wait(0.02)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def survivors(self, grace: float = 2.0) -> list[str]:
        deadline = time.monotonic() + grace
        while True:
            alive = []
            for pid, (created, cmd) in self.seen.items():
                try:
                    p = psutil.Process(pid)
                    if p.create_time() == created and p.status() != psutil.STATUS_ZOMBIE:
                        alive.append(f"{pid}: {cmd}")
                except psutil.Error:
                    continue
            if not alive or time.monotonic() > deadline:
                return alive
            time.sleep(0.1)


def test_killed_worker_takes_its_children_along(cases, warm_parent):
    """A worker killed on timeout while pdfminer loops in its child leaves no orphan behind."""
    with DescendantWatch() as watch:
        report = scan_paths([str(cases["self_reference.pdf"].path)],
                            ScanOptions(timeout=3, memory_mb=768))
    assert report.documents[0].status == "unreadable"
    assert "time limit" in report.documents[0].error
    assert any("pdfminer" in cmd for _, cmd in watch.seen.values()), "cross-check never ran"
    assert not watch.survivors(), watch.survivors()


# ---------------------------------------------------------------------------------- the CLI
CLI_CASES = ("zip_bomb.docx", "lying_size.docx", "xxe_document.docx", "self_reference.pdf",
             "flate_bomb.pdf", "encrypted.pdf", "zero.pdf", "random.txt", "payload.txt",
             "remote_template.docx")


def _cli(args, cwd, timeout):
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("CLAUSECHECK_DEBUG", None)
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "clausecheck", *args], cwd=cwd,
                          capture_output=True, timeout=timeout, env=env)
    return proc, time.monotonic() - start


@pytest.mark.parametrize("name", CLI_CASES)
def test_cli_exit_codes(cases, name, tmp_path):
    case = cases[name]
    proc, elapsed = _cli(["scan", str(case.path), "--format", "json", "--timeout", str(BUDGET)],
                         tmp_path, timeout=60)
    stderr = proc.stderr.decode("utf-8", "replace")
    # a fresh CLI process loads spaCy (~2 s) before the budget starts
    assert elapsed < BUDGET + SLACK + 5, elapsed
    assert proc.returncode in (0, 1, 3), (proc.returncode, stderr)
    assert "Traceback" not in stderr
    report = json.loads(proc.stdout)
    (doc,) = report["documents"]
    if doc["status"] == "unreadable":
        assert proc.returncode == 3
        assert doc["error"] and "could not read" in stderr
    else:
        assert proc.returncode in (0, 1)


def test_cli_whole_battery(cases, hostile_dir, tmp_path):
    proc, elapsed = _cli(["scan", str(hostile_dir / "battery"), "--format", "json", "--timeout",
                          str(BUDGET), "--jobs", "2", "--memory-mb", "768"], tmp_path, timeout=120)
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 3, stderr
    assert "Traceback" not in stderr
    report = json.loads(proc.stdout)
    # expand_paths keeps .pdf/.docx/.docm/.txt files: everything in the battery
    assert len(report["documents"]) == len(cases)
    for d in report["documents"]:
        assert d["status"] in ("ok", "unreadable")
        assert d["status"] == "ok" or d["error"]


def test_cli_usage_error_is_2(tmp_path):
    proc, _ = _cli(["scan", "x.pdf", "--format", "nope"], tmp_path, timeout=60)
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr
