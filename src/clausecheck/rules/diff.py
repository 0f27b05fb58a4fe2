"""`clausecheck packs diff A B`: rules added, removed and changed between two packs."""

from __future__ import annotations

from .loader import Pack


def diff_packs(a: Pack, b: Pack) -> dict:
    old = {r.id: r for r in a.rules}
    new = {r.id: r for r in b.rules}
    changed: dict[str, list[str]] = {}
    for rid in sorted(old.keys() & new.keys()):
        da, db = old[rid].model_dump(), new[rid].model_dump()
        fields = sorted(k for k in da.keys() | db.keys() if da.get(k) != db.get(k))
        if fields:
            changed[rid] = fields
    return {
        "from": f"{a.name}@{a.version}",
        "to": f"{b.name}@{b.version}",
        "added": sorted(new.keys() - old.keys()),
        "removed": sorted(old.keys() - new.keys()),
        "changed": changed,
    }
