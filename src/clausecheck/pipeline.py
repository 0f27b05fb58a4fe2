"""`scan()` = load → extract → check, and `scan_many()` over many documents and executors."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from . import __version__
from .config import Config, Suppression
from .ingest import Limits, load_document
from .model import Document, Finding, GapReport, TraceEntry

DOCUMENT_SUFFIXES = (".pdf", ".docx", ".docm", ".txt", ".md", ".markdown", ".text")
DEFAULT_PACKS = ("ai-cyber",)


@dataclass(frozen=True)
class ScanOptions:
    packs: tuple[str, ...] = DEFAULT_PACKS
    fail_on: str = "high"
    jobs: int = 1
    doc_type: str | None = None
    timeout: float = 120.0
    memory_mb: int = 1024
    isolate: bool = True
    rule_overrides: tuple[tuple[str, str], ...] = ()
    suppress: tuple[Suppression, ...] = ()
    limits: Limits = field(default_factory=Limits)

    @classmethod
    def from_config(cls, config: Config, *, packs: Sequence[str] = (), fail_on: str | None = None,
                    jobs: int | None = None, doc_type: str | None = None, timeout: float | None = None,
                    memory_mb: int | None = None, isolate: bool | None = None) -> "ScanOptions":
        dt = doc_type or config.doc_type
        return cls(
            packs=tuple(packs) or tuple(config.packs) or DEFAULT_PACKS,
            fail_on=fail_on or config.fail_on or "high",
            jobs=jobs or config.jobs or 1,
            doc_type=None if dt in (None, "auto") else dt,
            timeout=timeout or config.timeout or 120.0,
            memory_mb=memory_mb or config.memory_mb or 1024,
            isolate=True if isolate is None else isolate,
            rule_overrides=tuple(sorted(config.rules.items())),
            suppress=tuple(config.suppress),
            limits=Limits(timeout_s=timeout or config.timeout or 120.0,
                          memory_mb=memory_mb or config.memory_mb or 1024),
        )


@dataclass(frozen=True)
class DocResult:
    document: Document
    findings: tuple[Finding, ...] = ()
    traceability: tuple[TraceEntry, ...] | None = None


def display_path(path: str | os.PathLike) -> str:
    """The path as reports show it: relative to the current folder, never absolute."""
    p = Path(path)
    if not p.is_absolute():
        return p.as_posix()
    try:
        return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return p.name


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Files named, and the documents inside folders named (recursively, sorted)."""
    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(str(f) for f in sorted(p.rglob("*"))
                       if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES)
        else:
            out.append(str(raw))
    return out


@lru_cache(maxsize=16)
def _packs(specs: tuple[str, ...]):
    from .rules.loader import load_pack

    return tuple(load_pack(s) for s in specs)


def _apply_config(findings: list[Finding], options: ScanOptions) -> list[Finding]:
    overrides = dict(options.rule_overrides)
    out = []
    for f in findings:
        setting = overrides.get(f.rule_id)
        if setting == "off":
            continue
        if setting:
            f = f.model_copy(update={"severity": setting})
        for s in options.suppress:
            if s.applies(f.rule_id, f.document):
                f = f.model_copy(update={"accepted": s.justification})
                break
        out.append(f)
    return out


@dataclass(frozen=True)
class Solicitation:
    """A solicitation read once (in a worker) and handed to every proposal task."""

    document: Document
    obligations: tuple = ()


def read_solicitation(path: str, options: ScanOptions) -> Solicitation:
    from .extract import extract_obligations

    doc = load_document(path, path=display_path(path), limits=options.limits)
    obligations = tuple(extract_obligations(doc, role="solicitation")) if doc.readable else ()
    return Solicitation(doc, obligations)


def scan_document(path: str, options: ScanOptions, solicitation: Solicitation | None = None,
                  *, keep_blocks: bool = False) -> DocResult:
    """One document end to end, in this process.  ``keep_blocks`` returns the document's text
    too, for a volume that is traced later together with the other volumes of its proposal."""
    from .extract import extract_obligations
    from .rules.doctype import classify_document
    from .rules.engine import check_findings

    packs = list(_packs(options.packs))
    doc = load_document(path, path=display_path(path), limits=options.limits)
    findings: list[Finding] = []
    trace: tuple[TraceEntry, ...] | None = None
    if doc.readable:
        doc_type = options.doc_type or ("proposal" if solicitation else classify_document(doc))
        obligations = extract_obligations(doc, role=doc_type)
        findings = check_findings(doc, obligations, packs, doc_type=doc_type)
        if solicitation is not None and solicitation.document.readable:
            from .traceability import trace as trace_fn

            trace, trace_findings = trace_fn(solicitation.document, list(solicitation.obligations), doc,
                                             obligations, packs)
            findings.extend(trace_findings)
        findings = _apply_config(findings, options)
    return DocResult(document=doc if keep_blocks else doc.model_copy(update={"blocks": ()}),
                     findings=tuple(findings), traceability=trace)


def _task(payload):
    """The one function every worker runs: ("scan", path, options, solicitation) or
    ("solicitation" | "load" | "shred", path, options)."""
    kind, path, options, *rest = payload
    if kind == "scan":
        return scan_document(path, options, rest[0] if rest else None)
    if kind == "volume":  # one volume of a proposal: checked now, traced with the others later
        return scan_document(path, replace(options, doc_type=options.doc_type or "proposal"), keep_blocks=True)
    if kind == "solicitation":
        return read_solicitation(path, options)
    doc = load_document(path, path=display_path(path), limits=options.limits)
    if kind == "load":
        return doc
    from .extract import extract_obligations

    return doc, (extract_obligations(doc, role=options.doc_type) if doc.readable else [])


def _warmup(options: ScanOptions):
    def run() -> None:
        from .extract import get_nlp

        get_nlp()
        _packs(options.packs)
    return run


def _failed(path: str, status: str, message: str) -> DocResult:
    from .ingest import unreadable_document

    return DocResult(document=unreadable_document(display_path(path), "", message))


def _failed_solicitation(path: str, message: str) -> Solicitation:
    from .ingest import unreadable_document

    return Solicitation(unreadable_document(display_path(path), "", message))


def trace_volumes(results: Sequence[DocResult], options: ScanOptions,
                  solicitation: Solicitation) -> list[DocResult]:
    """Trace the solicitation once across all readable volumes of one proposal; the entries and
    gap findings go with the first volume's result, and every volume's text is dropped."""
    readable = [r.document for r in results if r.document.readable]
    out = [replace(r, document=r.document.model_copy(update={"blocks": ()})) for r in results]
    if not readable or not solicitation.document.readable:
        return out
    from .traceability import trace as trace_fn

    entries, found = trace_fn(solicitation.document, list(solicitation.obligations), readable,
                              packs=list(_packs(options.packs)))
    k = next(i for i, r in enumerate(results) if r.document.readable)
    out[k] = replace(out[k], findings=out[k].findings + tuple(_apply_config(found, options)),
                     traceability=entries)
    return out


def assemble(results: Sequence[DocResult], options: ScanOptions,
             solicitation: Solicitation | None = None) -> GapReport:
    from .rules.engine import pack_ref, sort_findings

    packs = _packs(options.packs)
    documents = [r.document for r in results]
    trace = None
    if solicitation is not None:
        documents.insert(0, solicitation.document.model_copy(update={"blocks": ()}))
        trace = tuple(t for r in results for t in (r.traceability or ()))
    return GapReport(tool_version=__version__, packs=tuple(pack_ref(p) for p in packs),
                     documents=tuple(documents),
                     findings=sort_findings(f for r in results for f in r.findings),
                     traceability=trace)


def run_isolated(kind: str, paths: Sequence[str], options: ScanOptions) -> list:
    """Run ``load``/``shred``/``solicitation`` tasks in isolated workers; a document that kills
    or overruns its worker comes back as an unreadable Document."""
    from .ingest import unreadable_document
    from .workers import WorkerPool

    if not options.isolate:
        return [_task((kind, p, options)) for p in paths]
    with WorkerPool(_task, jobs=1, timeout=options.timeout, memory_mb=options.memory_mb,
                    warmup=_warmup(options)) as pool:
        raw = pool.map([(kind, p, options) for p in paths])
    out = []
    for p, (status, value) in zip(paths, raw):
        if status == "ok":
            out.append(value)
            continue
        doc = unreadable_document(display_path(p), "", value)
        out.append(doc if kind == "load" else Solicitation(doc) if kind == "solicitation" else (doc, []))
    return out


def scan_paths(files: Sequence[str], options: ScanOptions, *, against: str | None = None,
               progress: bool = False, volumes: bool = False) -> GapReport:
    """Scan files in isolated worker processes (or in-process with ``isolate=False``).  With
    ``against`` and ``volumes``, the files are the volumes of one proposal, traced together."""
    volumes = volumes and bool(against)
    if not options.isolate and options.jobs == 1:
        _packs(options.packs)
    bar = _progress(len(files)) if progress and len(files) > 1 else None
    results: list[DocResult] = []
    solicitation = None
    try:
        if not options.isolate and options.jobs == 1:
            solicitation = read_solicitation(against, options) if against else None
            for f in files:
                results.append(_task(("volume", f, options)) if volumes else scan_document(f, options, solicitation))
                if bar:
                    bar.advance()
        else:
            from .workers import WorkerPool

            with WorkerPool(_task, jobs=min(options.jobs, max(1, len(files))),
                            timeout=options.timeout, memory_mb=options.memory_mb,
                            warmup=_warmup(options)) as pool:
                # the workers warm up (spaCy, packs) while the parent checks the packs: a bad
                # pack still fails here, before any document is sent
                _packs(options.packs)
                if against:  # the solicitation is untrusted too: read it in a worker first
                    status, value = pool.map([("solicitation", against, options)])[0]
                    solicitation = value if status == "ok" else _failed_solicitation(against, value)
                payloads = [("volume", f, options) if volumes else ("scan", f, options, solicitation)
                            for f in files]
                raw = pool.map(payloads, on_result=(lambda i, r: bar.advance()) if bar else None)
            for f, (status, value) in zip(files, raw):
                results.append(value if status == "ok" else _failed(f, status, value))
    finally:
        if bar:
            bar.stop()
    if volumes and solicitation is not None:
        results = trace_volumes(results, options, solicitation)
    return assemble(results, options, solicitation)


def scan_many(paths: Iterable[str], *, packs: Sequence[str] = DEFAULT_PACKS, executor=None,
              options: ScanOptions | None = None, against: str | None = None,
              volumes: bool = False) -> GapReport:
    """Scan many documents. With ``executor`` (any ``concurrent.futures.Executor``, e.g. a Dask
    ``client.get_executor()``), each document is a task on it; otherwise local isolated workers.
    ``volumes`` (with ``against``): the documents are the volumes of one proposal."""
    options = options or ScanOptions(packs=tuple(packs))
    files = expand_paths(paths)
    volumes = volumes and bool(against)
    if executor is None:
        return scan_paths(files, options, against=against, volumes=volumes)
    local = replace(options, isolate=False)
    solicitation = None
    if against:
        try:
            solicitation = executor.submit(_task, ("solicitation", against, local)).result()
        except Exception as exc:
            solicitation = _failed_solicitation(against, f"{type(exc).__name__}: {exc}")
    futures = [executor.submit(_task, ("volume", f, local) if volumes else ("scan", f, local, solicitation))
               for f in files]
    results = []
    for f, fut in zip(files, futures):
        try:
            results.append(fut.result())
        except Exception as exc:
            results.append(_failed(f, "error", f"{type(exc).__name__}: {exc}"))
    if volumes and solicitation is not None:
        results = trace_volumes(results, options, solicitation)
    return assemble(results, options, solicitation)


def scan(source, *, packs: Sequence[str] = DEFAULT_PACKS, doc_type: str | None = None,
         path: str | None = None) -> GapReport:
    """Load, extract and check one document in this process: the pipeline's composition."""
    from .extract import extract_obligations
    from .rules.doctype import classify_document
    from .rules.engine import check

    doc = load_document(source, path=path)
    loaded = list(_packs(tuple(packs)))
    dt = doc_type or (classify_document(doc) if doc.readable else None)
    obligations = extract_obligations(doc, role=dt) if doc.readable else []
    report = check(doc, obligations, loaded, doc_type=dt)
    return report.model_copy(update={"documents": (doc.model_copy(update={"blocks": ()}),)})


class _Bar:
    def __init__(self, total: int) -> None:
        from rich.progress import Progress
        from rich.console import Console

        self.progress = Progress(console=Console(stderr=True), transient=True)
        self.task = self.progress.add_task("scanning", total=total)
        self.progress.start()

    def advance(self) -> None:
        self.progress.advance(self.task)

    def stop(self) -> None:
        self.progress.stop()


def _progress(total: int) -> _Bar | None:
    try:
        return _Bar(total)
    except Exception:
        return None
