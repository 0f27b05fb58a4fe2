"""Reliability of clausecheck on hostile and broken documents.

Runs the battery of ``tests/hostile/generators.py`` (zip and flate bombs, XXE, loops,
encrypted and truncated files, wrong extensions, odd encodings, payload text, a 1,000-page PDF)
plus N random mutants of seed DOCX/PDF files through ``clausecheck.pipeline.scan_paths`` with
isolated workers, one input per call, and writes a Markdown table to
``benchmarks/reliability.md``:

* **crashes**: ``scan_paths`` raised (a raw exception would reach the user as a traceback);
* **hangs**: the call took longer than the per-document budget + 5 s;
* **max time**: slowest input of the class (wall clock of the whole call: worker fork, parse,
  extraction, checks, teardown);
* **max worker RSS**: the largest peak RSS (``VmHWM``) a worker reached on an input of the
  class, and in brackets the largest growth over the worker's size when it received the
  input (the worker is forked from a parent with spaCy loaded, so its baseline is the
  parent's ~300 MB);
* **outcome**: document status and the exit code ``clausecheck scan`` gives for it
  (0/1 readable, 3 unreadable); "killed" counts workers the pool had to kill or lost.

    python benchmarks/reliability.py [--mutations 500] [--timeout 10] [--memory-mb 768]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests" / "hostile"))
sys.path.insert(0, str(ROOT / "src"))

import generators  # noqa: E402

from clausecheck import pipeline  # noqa: E402
from clausecheck.model.report import SEVERITY_RANK  # noqa: E402
from clausecheck.pipeline import ScanOptions, scan_paths  # noqa: E402

SLACK = 5.0


def _status_kb(pid: int | str, key: str) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


# ------------------------------------------------------------------ worker memory probes
_PROBE_FILE: str | None = None
_original_task = pipeline._task


def _probed_task(payload):
    """Runs in the worker: record the worker's RSS on entry and its VmHWM on exit."""
    start_rss = _status_kb("self", "VmRSS:")
    try:
        return _original_task(payload)
    finally:
        peak = _status_kb("self", "VmHWM:")
        if _PROBE_FILE:
            with open(_PROBE_FILE, "a", encoding="utf-8") as fh:
                fh.write(f"{os.getpid()} {start_rss} {peak}\n")


class Sampler:
    """Samples VmHWM/VmRSS of every descendant process (catches workers that get killed)."""

    def __init__(self, interval: float = 0.02) -> None:
        import psutil

        self.me = psutil.Process()
        self.interval = interval
        self.samples: dict[int, tuple[int, int]] = {}  # pid -> (first rss, max hwm) kB
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                kids = self.me.children(recursive=True)
            except Exception:
                kids = []
            for k in kids:
                hwm = _status_kb(k.pid, "VmHWM:")
                rss = _status_kb(k.pid, "VmRSS:")
                if hwm is None:
                    continue
                first, best = self.samples.get(k.pid, (rss or hwm, 0))
                self.samples[k.pid] = (first, max(best, hwm))
            self._stop.wait(self.interval)


# --------------------------------------------------------------------------------- running
@dataclass
class Row:
    klass: str
    tried: int = 0
    crashes: int = 0
    hangs: int = 0
    killed: int = 0
    max_time: float = 0.0
    max_rss_kb: int = 0
    max_growth_kb: int = 0
    outcomes: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


def _exit_code(report) -> int:
    if report.unreadable:
        return 3
    worst = report.worst_gap_severity()
    return 1 if worst is not None and SEVERITY_RANK[worst] >= SEVERITY_RANK["high"] else 0


def run_one(path: Path, options: ScanOptions, probe_file: Path, row: Row) -> None:
    probe_file.write_text("")
    row.tried += 1
    start = time.monotonic()
    with Sampler() as sampler:
        try:
            report = scan_paths([str(path)], options)
        except BaseException as exc:  # noqa: BLE001 - this is what we count
            row.crashes += 1
            row.notes.append(f"{path.name}: {type(exc).__name__}: {exc}"[:200])
            report = None
    elapsed = time.monotonic() - start
    row.max_time = max(row.max_time, elapsed)
    if elapsed > options.timeout + SLACK:
        row.hangs += 1
        row.notes.append(f"{path.name}: {elapsed:.1f} s")
    peaks = []
    for line in probe_file.read_text().split("\n"):
        if line.strip():
            _pid, start_rss, hwm = line.split()
            if hwm != "None":
                peaks.append((int(hwm), int(hwm) - int(start_rss if start_rss != "None" else hwm)))
    for first, hwm in sampler.samples.values():
        peaks.append((hwm, hwm - first))
    if peaks:
        row.max_rss_kb = max(row.max_rss_kb, max(p[0] for p in peaks))
        row.max_growth_kb = max(row.max_growth_kb, max(p[1] for p in peaks))
    if report is not None:
        doc = report.documents[0]
        error = doc.error or ""
        if "time limit" in error or "process died" in error or "could not be returned" in error:
            row.killed += 1
        row.outcomes[f"{doc.status} (exit {_exit_code(report)})"] += 1


def _fmt_outcomes(c: Counter) -> str:
    return ", ".join(f"{k} ×{v}" if v > 1 else k for k, v in sorted(c.items()))


def table(rows: list[Row]) -> str:
    lines = [
        "| input class | inputs tried | crashes | hangs | max time (s) | max worker RSS (MB) "
        "[growth] | outcome (status, exit) |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        killed = f"; killed ×{r.killed}" if r.killed else ""
        lines.append(
            f"| {r.klass} | {r.tried} | {r.crashes} | {r.hangs} | {r.max_time:.2f} | "
            f"{r.max_rss_kb / 1024:.0f} [+{max(r.max_growth_kb, 0) / 1024:.0f}] | "
            f"{_fmt_outcomes(r.outcomes)}{killed} |")
    total = Row("**total**")
    for r in rows:
        total.tried += r.tried
        total.crashes += r.crashes
        total.hangs += r.hangs
        total.max_time = max(total.max_time, r.max_time)
        total.max_rss_kb = max(total.max_rss_kb, r.max_rss_kb)
        total.max_growth_kb = max(total.max_growth_kb, r.max_growth_kb)
    lines.append(f"| **total** | {total.tried} | {total.crashes} | {total.hangs} | "
                 f"{total.max_time:.2f} | {total.max_rss_kb / 1024:.0f} "
                 f"[+{total.max_growth_kb / 1024:.0f}] | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mutations", type=int, default=500)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--memory-mb", type=int, default=768)
    ap.add_argument("--seed", type=int, default=20260101)
    ap.add_argument("--out", default=str(HERE / "reliability.md"))
    args = ap.parse_args(argv)

    global _PROBE_FILE
    options = ScanOptions(timeout=args.timeout, memory_mb=args.memory_mb, jobs=1)
    # warm the parent so forked workers start with spaCy and the pack loaded
    from clausecheck.extract import get_nlp

    get_nlp()
    pipeline._packs(options.packs)
    pipeline._task = _probed_task  # scan_paths hands this to its workers (fork)

    import psutil

    parent = psutil.Process()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="cc-reliability-") as tmp:
        folder = Path(tmp)
        probe = folder / "probe.txt"
        _PROBE_FILE = str(probe)
        cases = generators.battery(folder / "battery")
        rows: dict[str, Row] = {}
        scan_paths([str(folder / "battery" / "one_a.txt")], options)  # warm lazy imports
        rss_before = parent.memory_info().rss
        for case in cases:
            row = rows.setdefault(case.klass, Row(case.klass))
            run_one(case.path, options, probe, row)
            print(f"  {case.name:30} {row.max_time:6.2f} s", file=sys.stderr)
        rng = random.Random(args.seed)
        mdir = folder / "mutants"
        mdir.mkdir()
        for i in range(args.mutations):
            kind = generators.MUTATION_KINDS[i % len(generators.MUTATION_KINDS)]
            suffix, data = generators.mutant(rng, kind)
            path = mdir / f"m{i:04d}{suffix}"
            path.write_bytes(data)
            row = rows.setdefault(f"mutant: {kind}", Row(f"mutant: {kind}"))
            run_one(path, options, probe, row)
            path.unlink()
        rss_after = parent.memory_info().rss
    total_s = time.monotonic() - started

    md = [
        "# Reliability on hostile and broken documents",
        "",
        "Generated by `python benchmarks/reliability.py` "
        f"(`--mutations {args.mutations} --timeout {args.timeout:g} "
        f"--memory-mb {args.memory_mb} --seed {args.seed}`). Every input went through "
        "`clausecheck.pipeline.scan_paths` with isolated workers, one input per call.",
        "",
        f"Machine: {platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs. Total run time {total_s:.0f} s. Parent RSS "
        f"{rss_before / 2**20:.0f} MB before the battery, {rss_after / 2**20:.0f} MB after "
        f"(Δ {(rss_after - rss_before) / 2**20:+.0f} MB).",
        "",
        f"A *hang* is a call over the budget + {SLACK:g} s ({args.timeout + SLACK:g} s). "
        "*Max worker RSS* is the peak resident size of the worker process; workers are forked "
        "from a parent that has spaCy loaded, so the bracket (growth while handling the input) "
        "is the part the document caused. *Killed* counts inputs whose worker the pool killed "
        "on timeout or that died (the document is still reported, as unreadable).",
        "",
        table(list(rows.values())),
        "",
    ]
    notes = [n for r in rows.values() for n in r.notes]
    if notes:
        md += ["Notes:", ""] + [f"- {n}" for n in notes] + [""]
    text = "\n".join(md)
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)
    bad = sum(r.crashes + r.hangs for r in rows.values())
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
