"""Obligation extraction: a spaCy pipeline (blank "en" + clausecheck components) and assembly."""

from .obligations import extract_obligations, split_clauses
from .nlp import get_nlp, find_triggers
from .deadlines import find_durations
from .citations import find_references

__all__ = ["extract_obligations", "split_clauses", "get_nlp", "find_triggers", "find_durations",
           "find_references"]
