"""The rule-pack schema (pydantic): unknown keys rejected, every value checked.

See docs/rule-packs.md for the format; `export_json_schema()` writes the JSON Schema that editors
use for completion and validation.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..extract.deadlines import iso_hours

CATEGORIES = ("adversarial-robustness", "supply-chain", "decision-traceability",
              "incident-reporting", "testing-evaluation", "data-protection", "governance",
              "model-access", "export-control")
DOC_TYPES = ("solicitation", "contract", "proposal")
STATUS = Literal["met", "weak", "partial", "missing", "conflict", "outdated"]
_RULE_ID = re.compile(r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$")
_SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$")
_CLAUSE_DATE = re.compile(r"^(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) (19|20)\d\d$")
MAX_PHRASES = 80
MAX_PHRASE_WORDS = 10


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Citation(_Strict):
    source: str = Field(min_length=2, max_length=200)
    ref: str = Field(default="", max_length=300)
    url: str = Field(default="", max_length=500)

    @field_validator("url")
    @classmethod
    def _https(cls, v: str) -> str:
        if v and not v.startswith(("https://", "http://")):
            raise ValueError("url must start with https:// or http://")
        return v


class Element(_Strict):
    name: str = Field(min_length=1, max_length=60)
    phrases: list[str] = Field(min_length=1, max_length=MAX_PHRASES)
    anchor: bool = False
    required: bool = True
    #: may be satisfied by the rest of the paragraph the obligation sits in (e.g. which system
    #: "it" is); never for anchors, which must be in the obligation itself
    context: bool = False

    @field_validator("phrases")
    @classmethod
    def _plain(cls, v: list[str]) -> list[str]:
        for p in v:
            words = re.findall(r"[A-Za-z0-9]+", p)
            if not words:
                raise ValueError(f"phrase {p!r} has no words")
            if len(words) > MAX_PHRASE_WORDS:
                raise ValueError(f"phrase {p!r} has more than {MAX_PHRASE_WORDS} words")
        return v


    @model_validator(mode="after")
    def _context_not_anchor(self) -> "Element":
        if self.context and self.anchor:
            raise ValueError("an anchor element cannot be matched from context")
        return self


class Parameter(_Strict):
    kind: Literal["duration"] = "duration"
    max: str | None = None
    min: str | None = None
    if_absent: Literal["weak", "partial", "met"] = "weak"

    @field_validator("max", "min")
    @classmethod
    def _iso(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                iso_hours(v)
            except ValueError:
                raise ValueError(f"{v!r} is not an ISO 8601 duration such as PT72H or P1Y") from None
        return v

    @model_validator(mode="after")
    def _one_bound(self) -> "Parameter":
        if self.max is None and self.min is None:
            raise ValueError("a parameter needs max or min")
        return self


class Outdated(_Strict):
    phrase: str = Field(min_length=2, max_length=120)
    note: str = Field(min_length=2, max_length=300)


class ClauseSpec(_Strict):
    system: Literal["far", "dfars"]
    number: str
    title: str = Field(min_length=3, max_length=200)
    current_date: str
    alternates: list[str] = []
    successors: list[str] = []
    flowdown: bool = False

    @field_validator("number")
    @classmethod
    def _number(cls, v: str) -> str:
        if not re.fullmatch(r"(?:252|52)\.2\d\d-\d{1,4}", v):
            raise ValueError(f"{v!r} is not a FAR (52.2xx-x) or DFARS (252.2xx-7xxx) clause number")
        return v

    @field_validator("current_date")
    @classmethod
    def _date(cls, v: str) -> str:
        if not _CLAUSE_DATE.match(v):
            raise ValueError(f"{v!r} is not a clause date like 'NOV 2021'")
        return v


class RuleTest(_Strict):
    expect: STATUS
    text: str = Field(min_length=1, max_length=4000)


class Rule(_Strict):
    id: str
    title: str = Field(min_length=3, max_length=200)
    category: str
    severity: Literal["high", "medium", "low", "info"]
    applies_to: list[Literal["solicitation", "contract", "proposal"]] = list(DOC_TYPES)
    kind: Literal["concept", "clause"] = "concept"
    message: str = Field(min_length=10, max_length=2000)
    weak_means: str = Field(default="", max_length=1000)
    citations: list[Citation] = Field(min_length=1)
    elements: list[Element] = []
    parameter: Parameter | None = None
    strength: Literal["binding", "weak"] = "binding"
    outdated: list[Outdated] = []
    clause: ClauseSpec | None = None
    tests: list[RuleTest] = Field(min_length=4)

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not _RULE_ID.match(v):
            raise ValueError(f"{v!r} is not a rule id like AIC-ADV-001")
        return v

    @field_validator("category")
    @classmethod
    def _category(cls, v: str) -> str:
        if v not in CATEGORIES:
            raise ValueError(f"unknown category {v!r}; use one of: {', '.join(CATEGORIES)}")
        return v

    @model_validator(mode="after")
    def _kind(self) -> "Rule":
        if self.kind == "concept":
            if not self.elements:
                raise ValueError("a concept rule needs elements")
            if not any(e.anchor for e in self.elements):
                raise ValueError("a concept rule needs at least one element with anchor: true")
            if self.clause is not None:
                raise ValueError("'clause' is only for kind: clause")
        else:
            if self.clause is None:
                raise ValueError("a clause rule needs 'clause'")
            if self.elements or self.parameter:
                raise ValueError("a clause rule takes no elements or parameter")
        met = sum(1 for t in self.tests if t.expect == "met")
        if met < 2 or len(self.tests) - met < 2:
            raise ValueError("tests need at least 2 examples expecting met and 2 expecting another status")
        if not self.applies_to:
            raise ValueError("applies_to must name at least one document type")
        return self


class PackMeta(_Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")
    version: str
    title: str = Field(min_length=3, max_length=200)
    description: str = ""
    effective_date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    requires_clausecheck: str = ">=0"

    @field_validator("version")
    @classmethod
    def _semver(cls, v: str) -> str:
        if not _SEMVER.match(v):
            raise ValueError(f"{v!r} is not a semantic version like \"1.0.0\"")
        return v


def export_json_schema() -> dict:
    """JSON Schema of a rule file (for editors)."""
    schema = Rule.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "clausecheck rule"
    return schema
