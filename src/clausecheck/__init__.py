"""clausecheck: obligations and AI cyber-resilience gap reports for federal acquisition documents.

The public API is the pipeline, one function per step::

    doc = load_document("rfp.pdf")
    obligations = extract_obligations(doc)
    report = check(doc, obligations, [load_pack("ai-cyber")])
    print(render(report, "markdown"))

``scan()`` is exactly that composition; ``scan_many()`` runs it over many documents on any
``concurrent.futures.Executor``.  Heavy libraries are imported only when a function needs them.
"""

from __future__ import annotations

__version__ = "0.1.0"

_LAZY = {
    "load_document": ("clausecheck.ingest", "load_document"),
    "Limits": ("clausecheck.ingest.limits", "Limits"),
    "extract_obligations": ("clausecheck.extract", "extract_obligations"),
    "load_pack": ("clausecheck.rules.loader", "load_pack"),
    "check": ("clausecheck.rules.engine", "check"),
    "render": ("clausecheck.renderers", "render"),
    "render_obligations": ("clausecheck.renderers", "render_obligations"),
    "scan": ("clausecheck.pipeline", "scan"),
    "scan_many": ("clausecheck.pipeline", "scan_many"),
    "trace": ("clausecheck.traceability", "trace"),
    "diff_documents": ("clausecheck.amend", "diff_documents"),
}

__all__ = ["__version__", *sorted(_LAZY)]


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'clausecheck' has no attribute {name!r}")
