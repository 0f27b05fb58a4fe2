"""JSON report: exactly the DESIGN.md §3 contract (``schemas/report.schema.json``)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..model import Document, GapReport, Obligation


def _dump(obj: dict) -> str:
    return json.dumps(obj, indent=2, sort_keys=False, ensure_ascii=False) + "\n"


def render(report: GapReport) -> str:
    return _dump(report.to_contract())


def render_obligations(document: Document, obligations: Sequence[Obligation]) -> str:
    """DESIGN.md §3 "Obligations" (``schemas/obligations.schema.json``)."""
    return _dump({
        "schema_version": "1",
        "document": document.header(),
        "obligations": [o.to_contract() for o in obligations],
    })
