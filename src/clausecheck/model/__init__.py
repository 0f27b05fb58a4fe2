"""Frozen pydantic models exchanged between clausecheck's stages."""

from .document import Block, Document, Location
from .obligation import Deadline, Obligation, Reference
from .report import Citation, Evidence, Finding, GapReport, PackRef, TraceEntry

__all__ = [
    "Block", "Citation", "Deadline", "Document", "Evidence", "Finding", "GapReport",
    "Location", "Obligation", "PackRef", "Reference", "TraceEntry",
]
