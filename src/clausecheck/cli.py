"""The command line: parses options, calls the library, maps errors to exit codes.

Nothing here does document work itself.  Heavy modules are imported inside the commands so
that ``clausecheck --help`` and ``clausecheck packs list`` stay fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import (EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, ClauseCheckError,
                     UsageError)

SCAN_FORMATS = ("text", "json", "sarif", "markdown", "html", "csv", "xlsx")
SHRED_FORMATS = ("text", "json", "csv", "xlsx", "markdown")
FAIL_ON = ("high", "medium", "low", "info", "never")


def _err(message: str) -> None:
    from .renderers._safe import strip_controls  # file names and reasons may carry escapes

    click.echo(f"clausecheck: {strip_controls(message)}", err=True)


_SHOWN_WARNINGS = 5


def _warn(docs) -> None:
    """What the parser noticed in documents it could read ("file extension is .pdf but the content
    is text", "page 3: no text layer"): a few per document on stderr, the rest in `inspect`."""
    for doc in docs:
        if not doc.readable:
            continue
        for w in doc.warnings[:_SHOWN_WARNINGS]:
            _err(f"warning: {doc.path}: {w}")
        if len(doc.warnings) > _SHOWN_WARNINGS:
            _err(f"warning: {doc.path}: {len(doc.warnings) - _SHOWN_WARNINGS} more "
                 f"(clausecheck inspect {doc.path} lists them all)")


def _write_output(payload: str | bytes, out: str | None) -> None:
    if out:
        path = Path(out)
        if isinstance(payload, bytes):
            path.write_bytes(payload)
        else:
            path.write_text(payload, encoding="utf-8")
        _err(f"wrote {path}")
        return
    if isinstance(payload, bytes):
        if sys.stdout.isatty():
            raise UsageError("binary output (xlsx) needs -o FILE")
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
    else:
        click.echo(payload, nl=not payload.endswith("\n"))


def _use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="clausecheck")
def cli() -> None:
    """Extract obligations from federal solicitations and contracts, and check them against
    versioned AI cyber-resilience and FAR/DFARS rule packs.

    Exit codes: 0 no blocking findings, 1 findings at or above --fail-on, 2 usage or internal
    error, 3 a document could not be read, 4 a rule pack is invalid or not found.
    """


# --------------------------------------------------------------------------------------- scan
@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--pack", "packs", multiple=True, metavar="NAME[@VERSION]|DIR",
              help="Rule pack to apply (repeatable). Default: ai-cyber.")
@click.option("--against", metavar="SOLICITATION", type=click.Path(),
              help="Check a proposal against this solicitation (traceability).")
@click.option("--volumes", is_flag=True,
              help="With --against: the PATHS are volumes of one proposal; trace each requirement "
                   "once, across all of them (default: each file is a proposal of its own).")
@click.option("--format", "fmt", type=click.Choice(SCAN_FORMATS), default=None,
              help="Report format (default: text).")
@click.option("-o", "--output", "out", metavar="OUT", help="Write the report to OUT, not stdout.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Exit 1 when a gap at or above this severity is found (default: high).")
@click.option("--jobs", type=click.IntRange(1, 256), default=None,
              help="Documents parsed in parallel worker processes (default: 1).")
@click.option("--doc-type", type=click.Choice(["auto", "solicitation", "contract", "proposal"]),
              default=None, help="What the documents are (default: detected).")
@click.option("--annotate", metavar="OUT.docx", type=click.Path(),
              help="Write a copy of the (single) DOCX input with review comments.")
@click.option("--config", "config_path", type=click.Path(), default=None,
              help="clausecheck.toml or pyproject.toml (default: found from the current folder).")
@click.option("--timeout", type=float, default=None, help="Seconds allowed per document.")
@click.option("--memory-mb", type=int, default=None, help="Memory cap per document worker (MB).")
@click.option("--no-isolation", is_flag=True, help="Parse in this process (trusted input only).")
def scan(paths, packs, against, volumes, fmt, out, fail_on, jobs, doc_type, annotate, config_path,
         timeout, memory_mb, no_isolation):
    """Check documents against rule packs and print a gap report."""
    if volumes and not against:
        raise UsageError("--volumes needs --against SOLICITATION")
    from .config import load_config
    from .pipeline import ScanOptions, expand_paths, scan_paths
    from .renderers import render

    config = load_config(config_path)
    options = ScanOptions.from_config(
        config, packs=packs, fail_on=fail_on, jobs=jobs, doc_type=doc_type, timeout=timeout,
        memory_mb=memory_mb, isolate=False if no_isolation else None)
    files = expand_paths(paths)
    report = scan_paths(files, options, against=against, progress=sys.stderr.isatty(), volumes=volumes)
    fmt = fmt or "text"
    payload = render(report, fmt, color=(fmt == "text" and not out and _use_color()))
    _write_output(payload, out)
    if annotate:
        _annotate(files, report, annotate)
    _warn(report.documents)
    for doc in report.unreadable:
        _err(f"could not read {doc.path}: {doc.error}")
    if report.unreadable:
        return EXIT_UNREADABLE
    worst = report.worst_gap_severity()
    if options.fail_on != "never" and worst is not None:
        from .model.report import SEVERITY_RANK

        if SEVERITY_RANK[worst] >= SEVERITY_RANK[options.fail_on]:
            return EXIT_FINDINGS
    return EXIT_OK


def _annotate(files: list[str], report, target: str) -> None:
    from .renderers.docx_comments import annotate_docx

    docx_inputs = [f for f in files if f.lower().endswith((".docx", ".docm"))]
    if len(docx_inputs) != 1:
        raise UsageError("--annotate needs exactly one .docx input")
    from .pipeline import display_path

    data = annotate_docx(Path(docx_inputs[0]).read_bytes(), report, display_path(docx_inputs[0]))
    Path(target).write_bytes(data)
    _err(f"wrote {target}")


def _isolation_options(fn):
    fn = click.option("--no-isolation", is_flag=True, help="Parse in this process (trusted input only).")(fn)
    fn = click.option("--memory-mb", type=int, default=None, help="Memory cap for the parse worker (MB).")(fn)
    return click.option("--timeout", type=float, default=None, help="Seconds allowed per document.")(fn)


def _isolated(kind: str, paths: list[str], no_isolation: bool, timeout, memory_mb) -> list:
    """Read documents in an isolated worker (the same budget and memory cap as scan)."""
    from .config import load_config
    from .pipeline import ScanOptions, run_isolated

    options = ScanOptions.from_config(load_config(None), timeout=timeout, memory_mb=memory_mb,
                                      isolate=False if no_isolation else None)
    return run_isolated(kind, paths, options)


# -------------------------------------------------------------------------------------- shred
@cli.command()
@click.argument("path", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(SHRED_FORMATS), default="text")
@click.option("-o", "--output", "out", metavar="OUT")
@_isolation_options
def shred(path, fmt, out, no_isolation, timeout, memory_mb):
    """Shred a solicitation into a compliance matrix of its obligations."""
    from .renderers import render_obligations

    doc, obligations = _isolated("shred", [path], no_isolation, timeout, memory_mb)[0]
    _write_output(render_obligations(doc, obligations, fmt), out)
    _warn([doc])
    if not doc.readable:
        _err(f"could not read {doc.path}: {doc.error}")
        return EXIT_UNREADABLE
    _err(f"{len(obligations)} obligations in {doc.path}")
    return EXIT_OK


# ------------------------------------------------------------------------------------ inspect
@cli.command()
@click.argument("path", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("-o", "--output", "out", metavar="OUT")
@_isolation_options
def inspect(path, fmt, out, no_isolation, timeout, memory_mb):
    """Show what the parser saw: blocks with kind, section, page and text."""
    from .jsontext import dumps

    doc = _isolated("load", [path], no_isolation, timeout, memory_mb)[0]
    if fmt == "json":
        payload = dumps(doc.to_contract())
    else:
        from .renderers.inspect_text import render_document_text

        payload = render_document_text(doc)
    _write_output(payload, out)
    if not doc.readable:
        _err(f"could not read {doc.path}: {doc.error}")
        return EXIT_UNREADABLE
    return EXIT_OK


# --------------------------------------------------------------------------------------- diff
@cli.command()
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text")
@click.option("-o", "--output", "out", metavar="OUT")
@_isolation_options
def diff(old, new, fmt, out, no_isolation, timeout, memory_mb):
    """Compare two versions of a solicitation: obligations added, removed and changed."""
    from .amend import diff_obligations, render_diff

    (old_doc, old_obs), (new_doc, new_obs) = _isolated("shred", [old, new], no_isolation, timeout, memory_mb)
    result = diff_obligations(old_doc, list(old_obs), new_doc, list(new_obs))
    _write_output(render_diff(result, fmt), out)
    if result.unreadable:
        for doc in result.unreadable:
            _err(f"could not read {doc.path}: {doc.error}")
        return EXIT_UNREADABLE
    return EXIT_OK


# -------------------------------------------------------------------------------------- packs
@cli.group()
def packs() -> None:
    """List, show, validate, test and compare rule packs."""


@packs.command("list")
def packs_list():
    """List the packs that are available (built-in, installed)."""
    from .rules.discovery import available_packs

    for entry in available_packs():
        click.echo(f"{entry.name}@{entry.version}\t{entry.origin}\t{entry.title}")
    return EXIT_OK


@packs.command("show")
@click.argument("name")
def packs_show(name):
    """Show a pack's rules."""
    from .rules.loader import load_pack

    pack = load_pack(name)
    click.echo(f"{pack.name}@{pack.version} — {pack.title}")
    click.echo(f"effective {pack.effective_date}; sha256 {pack.sha256}")
    for rule in pack.rules:
        click.echo(f"  {rule.id:22} {rule.category:24} {rule.severity:7} {rule.title}")
    return EXIT_OK


@packs.command("validate")
@click.argument("directory", type=click.Path())
def packs_validate(directory):
    """Validate a pack folder: every problem, with file, line and column."""
    from .rules.loader import load_pack

    pack = load_pack(directory)
    click.echo(f"ok: {pack.name}@{pack.version}, {len(pack.rules)} rules")
    return EXIT_OK


@packs.command("test")
@click.argument("directory")
@click.option("-v", "--verbose", is_flag=True)
def packs_test(directory, verbose):
    """Run every rule's annotated examples."""
    from .rules.loader import load_pack
    from .rules.testing import run_pack_tests

    pack = load_pack(directory)
    results = run_pack_tests(pack)
    failed = [r for r in results if not r.passed]
    for r in results:
        if verbose or not r.passed:
            mark = "ok  " if r.passed else "FAIL"
            click.echo(f"{mark} {r.rule_id}: expected {r.expected}, got {r.actual} — {r.text[:90]}")
    click.echo(f"{pack.name}@{pack.version}: {len(results) - len(failed)}/{len(results)} examples pass")
    return EXIT_FINDINGS if failed else EXIT_OK


@packs.command("diff")
@click.argument("a")
@click.argument("b")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def packs_diff(a, b, fmt):
    """Rules added, removed and changed between two packs (or two versions of one)."""
    import json

    from .rules.diff import diff_packs
    from .rules.loader import load_pack

    result = diff_packs(load_pack(a), load_pack(b))
    if fmt == "json":
        click.echo(json.dumps(result, indent=2))
    else:
        click.echo(f"{result['from']} -> {result['to']}")
        for key in ("added", "removed"):
            for rid in result[key]:
                click.echo(f"  {key:8} {rid}")
        for rid, fields in result["changed"].items():
            click.echo(f"  changed  {rid}: {', '.join(fields)}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and turn every outcome into a documented exit code."""
    try:
        rv = cli.main(args=argv, prog_name="clausecheck", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        _err("aborted")
        return EXIT_USAGE
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except ClauseCheckError as exc:
        _err(f"error: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a genuine bug: say so, no traceback unless asked
        if os.environ.get("CLAUSECHECK_DEBUG"):
            raise
        _err(f"internal error (this is a bug in clausecheck, please report it): "
             f"{type(exc).__name__}: {exc}")
        return EXIT_USAGE
    return rv if isinstance(rv, int) else EXIT_OK
