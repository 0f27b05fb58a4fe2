"""Isolated worker processes for untrusted documents.

Each worker is a long-lived process that runs one task at a time.  Its address space is capped
(``RLIMIT_AS`` = its size after start-up + the memory budget), and the parent enforces a
wall-clock budget per task: a worker that overruns is killed and replaced, and the task comes
back as an "unreadable" result naming the cause.  Each worker leads its own process group, so
killing it also kills what it started (the PDF ingester runs pdfminer.six in a child process,
which can loop forever on a hostile file and would otherwise outlive its killed parent).  The
clock of a task sent to a fresh worker restarts when that worker reports it has finished
warming up, so loading spaCy is not charged to the first document.  The spaCy pipeline and
the packs are loaded once per worker, never per document.  Results come back in input order, so a parallel run is
byte-identical to a serial one.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable

_TASK_FN: Callable[[Any], Any] | None = None
#: sent by a worker once warm-up is done and its memory cap is in place
READY = "ready"


def _vm_size_bytes() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _cap_memory(memory_mb: int | None) -> None:
    if not memory_mb:
        return
    try:
        import resource

        base = _vm_size_bytes() or 0
        limit = base + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def _worker_main(conn, task_fn, warmup, memory_mb) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        os.setpgid(0, 0)  # own process group: the parent kills it together with its children
    except (AttributeError, OSError):
        pass
    try:
        # one step below the coordinator, so that handing out the next document is never
        # delayed behind the workers on a fully loaded machine
        os.nice(1)
    except (AttributeError, OSError):
        pass
    if warmup is not None:
        try:
            warmup()
        except Exception:
            pass
    _cap_memory(memory_mb)
    try:
        conn.send(READY)
    except (OSError, ValueError):
        return
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        index, payload = msg
        try:
            result = ("ok", task_fn(payload))
        except MemoryError:
            result = ("error", "memory limit exceeded while processing the document")
        except RecursionError:
            result = ("error", "document structure is nested too deeply")
        except BaseException as exc:  # reported to the parent, never a silent loss
            result = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send((index, result))
        except (MemoryError, OSError, ValueError):
            try:
                conn.send((index, ("error", "result could not be returned (too large)")))
            except Exception:
                return


@dataclass
class _Worker:
    process: Any
    conn: Any
    index: int | None = None
    started: float = 0.0


class WorkerPool:
    """A small pool of killable worker processes (see module docstring)."""

    def __init__(self, task_fn: Callable[[Any], Any], *, jobs: int = 1, timeout: float = 120.0,
                 memory_mb: int | None = 1024, warmup: Callable[[], None] | None = None) -> None:
        self.task_fn = task_fn
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.warmup = warmup
        methods = mp.get_all_start_methods()
        self.ctx = mp.get_context("fork" if "fork" in methods else "spawn")
        self.workers: list[_Worker] = []
        self.restarts = 0

    def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=_worker_main,
                                args=(child, self.task_fn, self.warmup, self.memory_mb), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def __enter__(self) -> "WorkerPool":
        self.workers = [self._spawn() for _ in range(self.jobs)]
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for w in self.workers:
            try:
                w.conn.send(None)
            except Exception:
                pass
        for w in self.workers:
            w.process.join(timeout=2)
            _kill_group(w.process)
            if w.process.is_alive():
                w.process.kill()
                w.process.join(timeout=2)
            w.conn.close()
        self.workers = []

    def _replace(self, w: _Worker) -> _Worker:
        _kill_group(w.process)
        try:
            w.process.kill()
        except Exception:
            pass
        w.process.join(timeout=5)
        w.conn.close()
        self.restarts += 1
        new = self._spawn()
        self.workers[self.workers.index(w)] = new
        return new

    def map(self, payloads: Iterable[Any], on_result: Callable[[int, Any], None] | None = None) -> list:
        """Run every payload; return [(status, value)] in input order.

        status is "ok" (value = the task's return), "error" (value = message), "timeout" or
        "crashed" (value = message)."""
        items = list(payloads)
        results: list[Any] = [None] * len(items)
        pending = list(range(len(items)))[::-1]
        if not self.workers:
            self.__enter__()
        done = 0

        def feed(w: _Worker) -> None:
            while pending:
                i = pending.pop()
                w.index, w.started = i, time.monotonic()
                try:
                    w.conn.send((i, items[i]))
                    return
                except (OSError, ValueError):  # the worker died before it got the task
                    w.index = None
                    finish(i, ("crashed", "the parser process died before it started"))
                    w = self._replace(w)

        def finish(i: int, result) -> None:
            nonlocal done
            results[i] = result
            done += 1
            if on_result is not None:
                on_result(i, result)

        for w in list(self.workers):
            feed(w)
        while done < len(items):
            busy = [w for w in self.workers if w.index is not None]
            now = time.monotonic()
            wait_for = min((w.started + self.timeout - now for w in busy), default=1.0)
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                         timeout=max(0.0, wait_for))
            for w in list(busy):
                if w.conn in ready:
                    try:
                        msg = w.conn.recv()
                    except (EOFError, OSError):
                        msg = None
                    if msg == READY:  # warm-up done: the task's clock starts now
                        w.started = time.monotonic()
                        continue
                    result = msg[1] if msg is not None else None
                    if result is not None:
                        i, w.index = w.index, None
                        finish(i, result)
                        feed(w)
                        continue
                if w.process.sentinel in ready or (w.conn in ready):
                    if w.index is None:
                        continue
                    w.process.join(timeout=2)  # reap it, so the exit code is known
                    code = w.process.exitcode
                    i, w.index = w.index, None
                    why = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
                    finish(i, ("crashed", f"the parser process died ({why}); the document may "
                                          f"exhaust memory or trigger a library bug"))
                    feed(self._replace(w))
                    continue
                if time.monotonic() - w.started > self.timeout:
                    i, w.index = w.index, None
                    finish(i, ("timeout", f"processing exceeded the {self.timeout:g} s time limit"))
                    feed(self._replace(w))
        return results


def _kill_group(process) -> None:
    """SIGKILL the process group a worker leads (the worker and anything it started)."""
    pid = process.pid
    if pid is None or not hasattr(os, "killpg"):
        return
    try:
        if os.getpgid(pid) != pid:  # not (or no longer) the leader of its own group
            return
    except OSError:
        # the worker is gone (reaped); its group id is its pid, children may still be in it
        pass
    try:
        import signal

        os.killpg(pid, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 8))
