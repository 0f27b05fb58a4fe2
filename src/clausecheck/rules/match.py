"""Phrase matching on normalised tokens, with an inverted index so cost stays linear.

Normalisation: lower-case, split on anything that is not a letter or digit (so "red-team" and
"red team" are the same), and a light suffix stripper ("teams", "teaming" → "team";
"tested" → "test"; "policies" → "policy").  A phrase matches a contiguous run of tokens.
There are no regular expressions from packs anywhere: matching cannot backtrack.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

_TOKEN = re.compile(r"[a-z0-9]+|[,;:]")
BOUNDARY = "|"  # commas, semicolons and colons end a phrase: matches never run across them
_KEEP = {"this", "his", "its", "is", "was", "has", "us", "as", "bus", "gas", "yes", "less",
         "process", "access", "address", "class", "pass", "across", "analysis", "basis",
         "status", "series", "species", "news", "always", "thus", "plus", "bias", "axis",
         "sbom", "aibom", "hbom", "ios", "dns", "https", "sops"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    w = word
    if len(w) <= 3 or w in _KEEP or w.isdigit():
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)]
            if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]
            if suffix == "ed" and base.endswith("i"):
                base = base[:-1] + "y"
            return base
    if w.endswith("e") and len(w) > 4 and not w.endswith("ee"):
        return w[:-1]  # "approve" meets "approved"/"approving" ("approv")
    return w


def tokens(text: str) -> list[str]:
    return [BOUNDARY if t in ",;:" else stem(t) for t in _TOKEN.findall(text.lower())]


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(t for t in tokens(phrase) if t != BOUNDARY)


class TextIndex:
    """Normalised texts with an inverted index from token to the texts containing it."""

    def __init__(self, texts: list[str]) -> None:
        self.joined: list[str] = []
        self.postings: dict[str, set[int]] = defaultdict(set)
        self.comparisons = 0  # how many texts were checked for a contiguous phrase
        for i, text in enumerate(texts):
            toks = tokens(text)
            self.joined.append(" " + " ".join(toks) + " ")
            for t in set(toks):
                self.postings[t].add(i)

    def __len__(self) -> int:
        return len(self.joined)

    def find(self, phrase: tuple[str, ...]) -> set[int]:
        """Indices of the texts that contain ``phrase`` as a contiguous token run."""
        if not phrase:
            return set()
        sets = [self.postings.get(t) for t in phrase]
        if any(s is None for s in sets):
            return set()
        sets.sort(key=len)
        candidates = set(sets[0])
        for s in sets[1:]:
            candidates &= s
            if not candidates:
                return set()
        if len(phrase) == 1:
            return candidates
        needle = " " + " ".join(phrase) + " "
        out = set()
        for i in candidates:
            self.comparisons += 1
            if needle in self.joined[i]:
                out.add(i)
        return out

    def find_any(self, phrases: list[tuple[str, ...]]) -> set[int]:
        out: set[int] = set()
        for p in phrases:
            out |= self.find(p)
        return out
