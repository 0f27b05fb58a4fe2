"""JSON report: exactly the DESIGN.md §3 contract (``schemas/report.schema.json``)."""

from __future__ import annotations

from collections.abc import Sequence

from ..jsontext import dumps
from ..model import Document, GapReport, Obligation


def _dump(obj: dict) -> str:
    return dumps(obj)


def render(report: GapReport) -> str:
    return _dump(report.to_contract())


def render_obligations(document: Document, obligations: Sequence[Obligation]) -> str:
    """DESIGN.md §3 "Obligations" (``schemas/obligations.schema.json``)."""
    return _dump({
        "schema_version": "1",
        "document": document.header(),
        "obligations": [o.to_contract() for o in obligations],
    })
