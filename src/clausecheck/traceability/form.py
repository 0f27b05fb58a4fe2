"""Instructions met by the proposal's form rather than by any passage of it.

* A page limit ("The technical volume may not exceed 30 pages") is judged by counting pages.
  Only a PDF has pages to count: a DOCX file's page breaks depend on the program that lays it
  out, and Markdown or plain text has none, so for those the limit is left for the reviewer, unless
  the proposal states its own length ("This volume is 27 pages long"), which is then compared and
  named as the offeror's figure.
* A compliance matrix ("Offerors are encouraged to include a compliance matrix that maps each
  paragraph of Sections C and H to the proposal") is answered by the matrix itself: table rows
  that point from solicitation paragraphs to proposal sections (``Unit.pointer``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Document
from .units import Unit

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "thirty-five": 35,
          "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "seventy-five": 75, "hundred": 100}
_COUNT = r"(\d{1,3}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_LIMIT = re.compile(
    r"\b(?:exceed|limit(?:ed)?\b[^.;]{0,40}?\bto|(?:no|not|run)\s+(?:more|longer)\s+than|(?:a\s+)?maximum\s+of|"
    r"at\s+most|up\s+to|under)\s+"
    + _COUNT + r"(?:\s*\(\d{1,3}\))?\s+(?:(?:printed|numbered|single[\s-]sided|total)\s+)?pages?\b", re.IGNORECASE)
_FORMATS = {"docx": "Word (DOCX)", "markdown": "Markdown", "text": "plain-text", "pdf": "PDF"}
# the part of the offer a limit is about ("the technical volume", "the price quotation")
_PART = re.compile(r"\b(technical|management|price|cost|past\s+performance|business|oral)\b", re.IGNORECASE)


# what a page limit of the offer is about (not "a monthly report of up to 3 pages")
_OFFER = re.compile(r"\b(?:proposals?|quotations?|quotes?|volumes?|responses?|submissions?|offers?|narrative|"
                    r"white\s+papers?)\b", re.IGNORECASE)


def _offer_limit(text: str) -> re.Match | None:
    """The phrase that limits the offer's pages ("may not exceed 35 pages"), if there is one."""
    m = _LIMIT.search(text)
    if m is None or not _OFFER.search(text[:m.end()]) or re.search(r"\bof\s*$", text[:m.start()]):
        return None   # "a resume of no more than two pages" is the length of a resume
    return m


def _pages(m: re.Match) -> int:
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _WORDS[word]


def page_limit(text: str) -> int | None:
    """The number of pages a requirement allows the offer, or None when it sets no such limit."""
    m = _offer_limit(text)
    return None if m is None else _pages(m)


def judge_pages(text: str, volumes: Sequence[Document]) -> tuple[str, str, Document | None]:
    """(status, reason, the volume counted) for a page-limit requirement."""
    m = _offer_limit(text)
    assert m is not None
    limit = _pages(m)
    candidates = list(volumes)
    part = _PART.search(text[:m.start()])
    if part and len(candidates) > 1:
        word = part.group(1).lower().split()[0]
        named = [v for v in candidates if word in v.path.lower()]
        if len(named) == 1:
            candidates = named
    if len(candidates) != 1:
        return ("partially addressed",
                f"a page limit of {limit} is met by the length of one volume, and it is not clear which of the "
                f"{len(candidates)} proposal files it applies to; check it by hand", None)
    volume = candidates[0]
    if volume.format != "pdf" or volume.pages is None:
        kind = _FORMATS.get(volume.format, volume.format)
        stated = _stated_length(volume)
        if stated is not None:
            # a Word or Markdown file has no pages of its own, but the offeror may say how long the volume is
            # ("This volume is 27 pages long"): the reviewer checks the claim against the printed copy
            return ("addressed" if stated <= limit else "contradicted",
                    f"the proposal states that it runs to {stated} pages, {'within' if stated <= limit else 'over'} "
                    f"the limit of {limit} (a {kind} file has no fixed pages to count, so this is the offeror's own "
                    "figure)", volume)
        return ("partially addressed",
                f"a page limit of {limit} is met by the proposal's length, and a "
                f"{kind} file has no fixed pages to count; check it by hand", volume)
    if volume.pages <= limit:
        return "addressed", f"the proposal has {volume.pages} pages, within the limit of {limit}", volume
    return "contradicted", f"the proposal has {volume.pages} pages, over the limit of {limit}", volume


# the offeror's own statement of its length: "This volume is 27 pages long", "the technical volume
# runs 26 pages", "a 24-page technical volume"
_STATED = re.compile(r"\b(?:(?:this|the|our)\s+(?:[\w-]+\s+)?(?:volume|proposal|quotation|quote|response|narrative)\s+"
                     r"(?:is|runs(?:\s+to)?|totals|comes\s+to|has|contains)\s+(?:exactly\s+)?" + _COUNT +
                     r"\s+pages?\b|\b(?:this|the|our)\s+" + _COUNT + r"-page\s+(?:[\w-]+\s+)?(?:volume|proposal|quotation|response))",
                     re.IGNORECASE)


def _stated_length(volume: Document) -> int | None:
    """The length the proposal gives itself, when it says so once (two different figures are no claim)."""
    said = {int(w) if w.isdigit() else _WORDS[w.lower()] for b in volume.body_blocks for m in _STATED.finditer(b.text)
            for w in m.groups() if w}
    return said.pop() if len(said) == 1 else None


_MATRIX = re.compile(r"\b(?:compliance|cross[\s-]?reference|traceability)\s+(?:matrix|table)\b|"
                     r"\bmatrix\s+(?:that|which)\s+(?:maps|cross[\s-]?references)\b|"
                     # "a table mapping each PWS paragraph to the section of the quotation that answers it"
                     r"\b(?:table|matrix|crosswalk)\s+(?:that\s+|which\s+)?(?:maps?|mapping|cross[\s-]?referenc\w+|links?|linking)\s+"
                     r"(?:each|every|all)\s+(?:of\s+the\s+)?(?:[\w.-]+\s+){0,2}?(?:paragraphs?|requirements?|sections?)\b", re.IGNORECASE)


def asks_for_matrix(text: str) -> bool:
    """Whether a requirement asks for a compliance (cross-reference) matrix, and for nothing else."""
    m = _MATRIX.search(text)
    return m is not None and not re.search(r"\band\b", text[:m.start()], re.IGNORECASE)


def judge_matrix(units: Sequence[Unit]) -> tuple[str, str, Unit | None]:
    """(status, reason, the matrix's first row) for a requirement to include a compliance matrix."""
    rows = [u for u in units if u.pointer]
    if not rows:
        return "not addressed", "no compliance matrix was found in the proposal (no table maps solicitation paragraphs to proposal sections)", None
    return ("addressed", f"the proposal includes a compliance matrix of {len(rows)} rows mapping solicitation paragraphs "
            "to its sections", rows[0])
