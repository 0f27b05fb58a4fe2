"""Project configuration: ``clausecheck.toml`` or ``[tool.clausecheck]`` in ``pyproject.toml``.

```toml
packs = ["ai-cyber@1.0.0", "far-cyber"]
fail_on = "medium"
jobs = 2
timeout = 60
memory_mb = 1024

[rules]
AIC-EXP-001 = "off"          # not relevant to this program
FAR-52204-21 = "low"         # another severity

[[suppress]]
rule = "AIC-ACC-002"
document = "drafts/*.docx"   # optional glob; default: every document
justification = "Model access is negotiated in the separate data-rights agreement (CO email 2026-10-02)."
```

A suppressed finding stays in the report, marked accepted with its justification, and does not
count towards ``--fail-on``.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError


class Suppression(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    rule: str
    document: str = "*"
    justification: str = Field(min_length=10)

    def applies(self, rule_id: str, document: str) -> bool:
        return self.rule == rule_id and (fnmatch.fnmatch(document, self.document)
                                         or fnmatch.fnmatch(Path(document).name, self.document))


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    packs: list[str] = []
    fail_on: Literal["high", "medium", "low", "info", "never"] | None = None
    jobs: int | None = Field(default=None, ge=1, le=256)
    timeout: float | None = Field(default=None, gt=0)
    memory_mb: int | None = Field(default=None, ge=64)
    doc_type: Literal["auto", "solicitation", "contract", "proposal"] | None = None
    rules: dict[str, Literal["off", "high", "medium", "low", "info"]] = {}
    suppress: list[Suppression] = []
    source: str | None = None


def _find(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        for name in ("clausecheck.toml", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml":
                    try:
                        data = tomllib.loads(candidate.read_text(encoding="utf-8"))
                    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                        continue
                    if "clausecheck" not in data.get("tool", {}):
                        continue
                return candidate
    return None


def load_config(path: str | Path | None = None, *, search_from: Path | None = None) -> Config:
    """Read the configuration; with no path, look in the current folder and its parents."""
    if path is None:
        found = _find((search_from or Path.cwd()).resolve())
        if found is None:
            return Config()
        path = found
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("configuration file not found", path=str(path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"invalid TOML: {exc}", path=str(path)) from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("clausecheck", {})
    try:
        return Config.model_validate({**data, "source": path.name})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"invalid configuration: {problems}", path=str(path)) from None
