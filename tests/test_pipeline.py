"""Batch scanning: isolation, parallel determinism, executors (threads, Dask), golden report."""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from clausecheck import render
from clausecheck.pipeline import ScanOptions, scan, scan_many, scan_paths
from clausecheck.workers import WorkerPool

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "sample-rfq.md"
GOLDEN = ROOT / "tests" / "golden" / "sample-rfq.report.json"


def _docs(tmp_path: Path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        p = tmp_path / f"doc{i:02d}.md"
        p.write_text(f"## C.{i} Security\n\nC.{i}.1 The Contractor shall notify the Contracting Officer of any "
                     f"AI security incident within {i + 1} days of discovery (marker-{i}).\n", encoding="utf-8")
        paths.append(str(p))
    corrupt = tmp_path / "doc99.docx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a zip")
    return paths + [str(corrupt)]


def test_golden_report_for_the_sample(monkeypatch):
    monkeypatch.chdir(ROOT)
    report = scan("samples/sample-rfq.md", packs=["ai-cyber", "far-cyber"])
    text = render(report, "json")
    assert "/work" not in text and str(ROOT) not in text  # no absolute paths
    if os.environ.get("CLAUSECHECK_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_parallel_equals_serial_and_corrupt_file_is_reported(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    files = [Path(p).name for p in _docs(tmp_path, 12)]
    serial = scan_paths(files, ScanOptions(jobs=1))
    parallel = scan_paths(files, ScanOptions(jobs=3))
    assert render(serial, "json") == render(parallel, "json")
    bad = [d for d in parallel.documents if d.status != "ok"]
    assert [d.path for d in bad] == ["doc99.docx"] and bad[0].error
    # no text leaks between documents
    for f in parallel.findings:
        for e in f.evidence:
            assert f"marker-{int(f.document[3:5])})" in e.text


def test_scan_many_accepts_any_executor(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    files = [Path(p).name for p in _docs(tmp_path, 4)]
    with ThreadPoolExecutor(2) as ex:
        a = scan_many(files, executor=ex)
    b = scan_many(files, options=ScanOptions(isolate=False))
    assert render(a, "json") == render(b, "json")


def test_scan_many_on_a_dask_local_cluster(tmp_path, monkeypatch):
    distributed = pytest.importorskip("dask.distributed")
    monkeypatch.chdir(tmp_path)
    files = [Path(p).name for p in _docs(tmp_path, 3)]
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        report = scan_many(files, executor=client.get_executor())
    assert len(report.documents) == 4
    assert render(report, "json") == render(scan_many(files, options=ScanOptions(isolate=False)), "json")


def _sleepy(x):
    if x == "hang":
        time.sleep(60)
    if x == "die":
        os._exit(9)
    if x == "hog":
        bytearray(2_000 * 1024 * 1024)
    return x.upper()


def test_worker_pool_survives_hangs_crashes_and_memory_hogs():
    start = time.monotonic()
    with WorkerPool(_sleepy, jobs=2, timeout=2.0, memory_mb=200) as pool:
        results = pool.map(["a", "hang", "b", "die", "hog", "c"])
    assert time.monotonic() - start < 15
    assert results[0] == ("ok", "A") and results[2] == ("ok", "B") and results[5] == ("ok", "C")
    assert results[1][0] == "timeout"
    assert results[3][0] == "crashed"
    assert results[4][0] in ("error", "crashed") and "memory" in results[4][1] or results[4][0] == "crashed"
