"""Where packs come from: built-in, a folder path, or the ``clausecheck.packs`` entry points.

An entry point names a callable returning the pack folder (or a list of folders), so an agency
can publish a pack as an ordinary Python package::

    [project.entry-points."clausecheck.packs"]
    agency-ai = "agency_pack:pack_dir"
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import PackNotFoundError
from .yamlsafe import YamlProblem, load_yaml

BUILTIN_ROOT = Path(__file__).resolve().parent.parent / "packs"


@dataclass(frozen=True)
class PackEntry:
    name: str
    version: str
    title: str
    origin: str
    path: Path


def _read_meta(folder: Path) -> tuple[str, str, str] | None:
    try:
        data, _ = load_yaml((folder / "pack.yaml").read_text(encoding="utf-8"), "pack.yaml")
    except (OSError, YamlProblem, UnicodeDecodeError):
        return None
    if not isinstance(data, dict):
        return None
    return str(data.get("name", folder.name)), str(data.get("version", "?")), str(data.get("title", ""))


def _entry_point_dirs() -> list[tuple[str, Path]]:
    from importlib.metadata import entry_points

    out = []
    for ep in entry_points(group="clausecheck.packs"):
        try:
            result = ep.load()
            result = result() if callable(result) else result
        except Exception as exc:  # a broken third-party package must not break listing
            out.append((f"entry point {ep.name} (failed: {exc})", Path("/nonexistent")))
            continue
        for folder in result if isinstance(result, (list, tuple)) else [result]:
            out.append((f"entry point {ep.value}", Path(folder)))
    return out


def available_packs() -> list[PackEntry]:
    entries = []
    candidates = [("built-in", d) for d in sorted(BUILTIN_ROOT.iterdir()) if d.is_dir()] \
        if BUILTIN_ROOT.is_dir() else []
    candidates += _entry_point_dirs()
    for origin, folder in candidates:
        meta = _read_meta(folder) if (folder / "pack.yaml").is_file() else None
        if meta:
            entries.append(PackEntry(meta[0], meta[1], meta[2], origin, folder))
    return sorted(entries, key=lambda e: (e.name, e.version, e.origin))


def find_pack_dir(spec: str) -> Path:
    path = Path(spec)
    if path.is_dir() or "/" in spec or spec.startswith("."):
        if not (path / "pack.yaml").is_file():
            raise PackNotFoundError("not a rule pack folder (no pack.yaml)", path=spec)
        return path
    name, _, version = spec.partition("@")
    packs = available_packs()
    matches = [p for p in packs if p.name == name and (not version or p.version == version)]
    if not matches:
        have = ", ".join(f"{p.name}@{p.version}" for p in packs) or "none"
        wanted = f"{name}@{version}" if version else name
        raise PackNotFoundError(f"rule pack '{wanted}' not found; available: {have}")
    return matches[-1].path
