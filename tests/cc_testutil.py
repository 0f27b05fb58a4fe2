"""Helpers shared by the tests (a module of its own: conftest modules are not importable by name)."""

from __future__ import annotations


def md_doc(text: str, name: str = "doc.md"):
    from clausecheck.ingest import load_document

    return load_document(text.encode("utf-8"), path=name)
