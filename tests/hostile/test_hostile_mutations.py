"""Hypothesis mutations of seed DOCX and PDF files (2,400 examples in all, ~20-40 s).

Each mutant is parsed in this process with ``load_document(strict=True)``.  The contract:

* the only exceptions are ClauseCheckError subclasses, and never InternalError (which would
  mean a library exception escaped a parser unmapped);
* a document that comes back "ok" carries body text (never a clean report of nothing).
"""

from __future__ import annotations

from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import generators
from clausecheck.errors import ClauseCheckError, InternalError
from clausecheck.ingest import Limits, load_document

#: the pdfminer cross-check gets a 1 s budget if a mutant ever reaches it
LIMITS = Limits(timeout_s=4.0)
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                      HealthCheck.data_too_large])


seed_docx = generators.seed_docx
seed_docx_parts = lru_cache(maxsize=None)(generators.seed_docx_parts)
seed_pdf = generators.seed_pdf
flip = generators.flip


def check(data: bytes, name: str) -> None:
    try:
        doc = load_document(data, path=name, limits=LIMITS, strict=True)
    except InternalError as exc:  # pragma: no cover - the failure we are looking for
        raise AssertionError(f"unmapped exception from the parser: {exc}") from exc
    except ClauseCheckError as exc:
        assert exc.exit_code == 3, exc
        return
    assert doc.status == "ok"
    body = [b for b in doc.blocks if b.part == "body" and not b.hidden and b.text.strip()]
    assert body, "status ok with no body text"


_flips = st.lists(st.tuples(st.integers(0, 1 << 30), st.integers(1, 255)), min_size=1,
                  max_size=24)


# --------------------------------------------------------------------------------- DOCX
@settings(max_examples=300, **SETTINGS)
@given(st.integers(0, 1 << 30))
def test_docx_truncated(cut):
    data = seed_docx()
    check(data[: cut % len(data)], "mutant.docx")


@settings(max_examples=400, **SETTINGS)
@given(_flips)
def test_docx_byte_flips(flips):
    check(flip(seed_docx(), flips), "mutant.docx")


@settings(max_examples=300, **SETTINGS)
@given(st.sets(st.sampled_from(sorted(seed_docx_parts())), min_size=1))
def test_docx_entries_deleted(dropped):
    parts = {k: v for k, v in seed_docx_parts().items() if k not in dropped}
    check(generators.zip_parts(parts) if parts else b"PK\x05\x06" + bytes(18), "mutant.docx")


@settings(max_examples=400, **SETTINGS)
@given(st.sampled_from(["word/document.xml", "word/styles.xml", "word/numbering.xml",
                        "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
                        "word/header1.xml"]),
       _flips, st.integers(0, 1 << 30), st.booleans())
def test_docx_xml_mutated_inside_a_valid_zip(part, flips, cut, truncate):
    """Mutate an uncompressed XML part and re-zip it, so the CRC passes and the XML parser and
    the WordprocessingML walker see the damage."""
    parts = dict(seed_docx_parts())
    name = next((n for n in parts if n.casefold() == part.casefold()), None)
    if name is None:
        name = "word/document.xml"
    xml = parts[name]
    parts[name] = xml[: cut % len(xml)] if truncate else flip(xml, flips)
    check(generators.zip_parts(parts), "mutant.docx")


# ---------------------------------------------------------------------------------- PDF
@settings(max_examples=300, **SETTINGS)
@given(st.integers(0, 1 << 30), st.booleans())
def test_pdf_truncated(cut, compress):
    data = seed_pdf(compress)
    check(data[: cut % len(data)], "mutant.pdf")


@settings(max_examples=700, **SETTINGS)
@given(_flips, st.booleans())
def test_pdf_byte_flips(flips, compress):
    check(flip(seed_pdf(compress), flips), "mutant.pdf")


def test_seeds_are_readable():
    for data, name in ((seed_docx(), "seed.docx"), (seed_pdf(True), "seed.pdf"),
                       (seed_pdf(False), "seed.pdf")):
        doc = load_document(data, path=name, strict=True)
        assert doc.status == "ok" and len(doc.blocks) >= 3
