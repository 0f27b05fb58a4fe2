"""Performance-standard tables: each row of a table of measures and required levels is a duty.

A PWS often states its service levels only in a table introduced by a sentence without a modal
("Table C-1 lists the acceptance measures"): "Query latency | Median time ... is 8 seconds or
less".  A row counts as an obligation when the table's header names a standard, threshold,
acceptance level or target column and the row's cell in that column states a measurable level
(a figure, a percentage or a time), or when the header names a requirement, standard or rule
column and the row's cell there states the duty in a clause of its own ("Ingest requirement |
Ingest SNOTEL observations every hour"; "Hard constraint | Never load a cask beyond its certificate").
A level column may be headed "Level for the production service"; a table headed "Limit" states a
limit in every row ("S-1 | Robot travel speed near a person stays at or below 0.3 meters per
second"); and a measure column with no level beside it counts where the measure states its own
bound ("Reporter edits needed on no more than 25 percent of draft sentences").
"""

from __future__ import annotations

import re

from ..model import Block
from .deadlines import Duration, find_durations
from .deliverables import _row_groups

_STANDARD_HEADER = re.compile(
    r"\b(?:(?:performance\s+)?standards?|thresholds?|acceptance(?:\s+(?:levels?|criteri(?:a|on)|thresholds?))?|"
    r"acceptable\s+quality\s+levels?|AQLs?|targets?|minimum(?:\s+(?:levels?|values?|performance))?|"
    r"required\s+(?:levels?|values?|performance)|levels?\s+required|criteri(?:a|on)|"
    r"expected\s+(?:results?|levels?|values?|performance|availability)|service\s+levels?|SLAs?|"
    r"performance\s+(?:levels?|requirements?|measures?)|(?:contractor\s+)?(?:obligations?|requirements?)|"
    r"(?:accuracy|quality)\s+(?:levels?|targets?|requirements?)|tolerances?)\b",
    re.IGNORECASE)
# a column that states what the work must do, in words: a row's cell there is a duty even with no
# figure ("Ingestion standard | Link every participant's positions to its activity")
_DIRECTIVE_HEADER = re.compile(r"\b(?:requirements?|standards?|rules?|specifications?|obligations?|constraints?)\b",
                               re.IGNORECASE)
_CLAUSE_WORDS = 5
# a column of measures, and a bare "Level" or "Value" column beside it
_MEASURE_HEADER = re.compile(r"\b(?:parameters?|measures?|metrics?|indicators?|characteristics?)\b", re.IGNORECASE)
_LEVEL_HEADER = re.compile(r"(?:required\s+|minimum\s+|maximum\s+)?(?:levels?|values?|limits?)\b", re.IGNORECASE)
# a measure stated with the level it must reach: "no more than 25 percent of draft sentences"
_BOUND = re.compile(r"\b(?:at\s+least|no\s+(?:more|fewer|less|greater|higher|lower)\s+than|not\s+(?:to\s+)?exceed|"
                    r"at\s+(?:most|or\s+(?:below|above))|(?:a\s+)?(?:minimum|maximum)\s+of|within)\s+\S*\d|"
                    r"\d\S*\s+(?:[a-z]+\s+)?or\s+(?:less|more|fewer|lower|higher|better|greater|faster)\b", re.IGNORECASE)
# a figure, or a number written out ("no more than two false flags per instrument per year")
_MEASURABLE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|once|twice|"
                         r"hundred|thousand)\b|^\s*(?:all|none|zero)\b", re.IGNORECASE)   # "All names and numbers"


def standard_rows(blocks: list[Block]) -> list[tuple[list[Block], str, list[Duration]]]:
    """(cells, row text, durations) for every row of a performance-standard table."""
    found = []
    for _table, rows in sorted(_row_groups(blocks).items()):
        ordered = [rows[r] for r in sorted(rows)]
        if len(ordered) < 2:
            continue
        header = ordered[0]
        if any(_MEASURABLE.search(c.text) for c in header):
            continue   # a first row with figures is data, not a header
        cols = {c.col for c in header if _STANDARD_HEADER.search(c.text)}
        bounded: set[int] = set()
        if not cols and any(_MEASURE_HEADER.search(c.text) for c in header):
            # "Performance parameter | Level", "Measure | Level for the production service": a bare
            # level column beside a column of measures
            cols = {c.col for c in header if _LEVEL_HEADER.match(c.text.strip())}
            if not cols:
                # "Ref. | Measure": the measure states its own bound ("... in no more than 1 of every 500 drafts")
                bounded = {c.col for c in header if _MEASURE_HEADER.search(c.text)}
        # "Limit | Description | Verified by": every row of a table of limits is one, stated in its own words
        limits = any(re.fullmatch(r"(?:[\w-]+\s+)?limits?", c.text.strip(), re.IGNORECASE) for c in header)
        directive = {c.col for c in header if _DIRECTIVE_HEADER.search(c.text)}
        if not cols and not directive and not bounded and not limits:
            continue
        for cells in ordered[1:]:
            level = [c for c in cells if (c.col in cols and _MEASURABLE.search(c.text)) or
                     (c.col in bounded and _BOUND.search(c.text))]
            stated = [c for c in cells if (c.col in directive or limits) and len(c.text.split()) >= _CLAUSE_WORDS]
            if len(cells) < 2 or not (level or stated):
                continue
            text = " | ".join(c.text for c in cells)
            found.append((cells, text, [d for c in level for d in find_durations(c.text)]))
    return found
