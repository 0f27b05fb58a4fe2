"""Spans of hours and of years a requirement asks to be covered (traceability.coverage)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clausecheck.traceability.coverage import hours_conflict, windows, years_conflict


def test_clock_forms_are_read_in_minutes():
    assert [w[:2] for w in windows("staffed from 9:00 a.m. to 5:00 p.m. Eastern")] == [(540, 1020)]
    assert [w[:2] for w in windows("open 8 AM - 6 PM")] == [(480, 1080)]
    assert [w[:2] for w in windows("between 07:00 and 19:00 local time")] == [(420, 1140)]
    assert [w[:2] for w in windows("from noon to 8 p.m.")] == [(720, 1200)]
    # a span that runs past midnight ends the next day
    assert [w[:2] for w in windows("from 8:00 a.m. to 1:00 a.m.")] == [(480, 1500)]
    # years are no clock times
    assert windows("the 2019 through 2023 seasons") == []


def test_hours_conflict():
    req = "The Contractor shall staff the desk from 8 AM to 6 PM Eastern time."
    assert hours_conflict(req, "The desk is staffed from 9:00 a.m. to 5:00 p.m.")
    assert hours_conflict(req, "The desk is staffed from 8:00 a.m. to 6:30 p.m.") is None
    assert hours_conflict(req, "The desk is staffed 24/7, with engineers on site from 9 a.m. to 5 p.m.") is None
    assert hours_conflict(req, "The desk answers every call within ten minutes.") is None
    # two spans in the requirement (weekdays and weekends) are not matched one by one
    assert hours_conflict("staff the desk from 8 AM to 6 PM on weekdays and 10 AM to 2 PM on Saturdays",
                          "staffed from 9 a.m. to 5 p.m.") is None


def test_years_conflict():
    req = "validate against hindcasts covering at least the 2015 through 2023 lean seasons"
    assert years_conflict(req, "a hindcast over the 2019 through 2023 lean seasons")
    assert years_conflict(req, "a hindcast over the 2012 through 2024 seasons") is None
    assert years_conflict(req, "our past performance from 2001 to 2010") is None   # no shared year: another subject
    # seasons written by their two years
    assert years_conflict("covering the respiratory seasons from 2021 through 2025",
                          "seasons 2019-2020 through 2024-2025, reproducible") is None


_HOUR = st.integers(min_value=1, max_value=12)


@given(_HOUR, st.sampled_from("ap"), _HOUR, st.sampled_from("ap"))
def test_twelve_hour_spans_round_trip(h1, half1, h2, half2):
    text = f"staffed from {h1}:00 {half1}.m. to {h2}:00 {half2}.m. daily"
    start = (h1 % 12 + (12 if half1 == "p" else 0)) * 60
    end = (h2 % 12 + (12 if half2 == "p" else 0)) * 60
    got = windows(text)
    if start == end:
        assert got == []
    else:
        assert [w[:2] for w in got] == [(start, end if end > start else end + 1440)]


@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text):
    windows(text)
    hours_conflict("from 8 AM to 6 PM", text)
    years_conflict("from 2015 through 2023", text)
