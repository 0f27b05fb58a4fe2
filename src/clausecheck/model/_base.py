from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Frozen(BaseModel):
    """Immutable, strict-keyed base for every model clausecheck exchanges."""

    model_config = ConfigDict(frozen=True, extra="forbid")
