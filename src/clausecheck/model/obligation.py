"""Obligations extracted from a document (DESIGN.md §3, `shred --format json`)."""

from __future__ import annotations

from typing import Literal

from ._base import Frozen
from .document import Location

Modality = Literal["obligation", "prohibition", "permission", "recommendation"]
Strength = Literal["binding", "weak"]
RefKind = Literal["far", "dfars", "nist", "omb", "cfr", "usc", "eo", "other"]


class Deadline(Frozen):
    text: str
    iso8601: str | None = None
    business_days: bool = False


class Reference(Frozen):
    kind: RefKind
    id: str
    date: str | None = None
    title: str | None = None
    alternate: str | None = None


class Obligation(Frozen):
    id: str
    text: str
    modality: Modality
    strength: Strength
    bearer: str | None = None
    action: str = ""
    conditions: tuple[str, ...] = ()
    deadline: Deadline | None = None
    references: tuple[Reference, ...] = ()
    location: Location

    def to_contract(self) -> dict:
        return {
            "id": self.id,
            "text": self.text,
            "modality": self.modality,
            "strength": self.strength,
            "bearer": self.bearer,
            "action": self.action,
            "conditions": list(self.conditions),
            "deadline": None
            if self.deadline is None
            else {"text": self.deadline.text, "iso8601": self.deadline.iso8601,
                  "business_days": self.deadline.business_days},
            "references": [
                {"kind": r.kind, "id": r.id, "date": r.date}
                | ({"alternate": r.alternate} if r.alternate else {})
                | ({"title": r.title} if r.title else {})
                for r in self.references
            ],
            "location": self.location.model_dump(),
        }
