"""Datelines as agencies send them, and the date each version is read against."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.check import check_versions
from checker.dateline import parse_dateline
from checker.ingest import nearest, parse_version, resolve_dates
from checker.model import Severity


@pytest.mark.parametrize("text, place, day, year, agencies", [
    ("BRUSSELS, Jan 13 (Reuters) - Nato allies met.", "BRUSSELS", (1, 13), None, ("Reuters",)),
    ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON", None, None, ("AP",)),
    ("PARIS, 3 March (AFP) - Police said.", "PARIS", (3, 3), None, ("AFP",)),
    ("LONDON, Oct. 20 (Reuters) - Liz Truss quit.", "LONDON", (10, 20), None, ("Reuters",)),
    ("NEW YORK, Jan 13, 2024 (Bloomberg) -- Stocks fell.", "NEW YORK", (1, 13), 2024, ("Bloomberg",)),
    ("By Jane Smith\nLONDON (Reuters) - Prices rose.", "LONDON", None, None, ("Reuters",)),
    ("Brussels, Jan 13 (Reuters) - Nato met.", "Brussels", (1, 13), None, ("Reuters",)),
    ("LONDON • Liz Truss quit.", "LONDON", None, None, ()),
    ("THE HAGUE (REUTERS) - Customs seized cocaine.", "THE HAGUE", None, None, ("REUTERS",)),
    ("WASHINGTON, D.C. (AP) - Talks ended.", "WASHINGTON, D.C.", None, None, ("AP",)),
    ("RIO DE JANEIRO, Brazil, Jan 5 (Reuters) - Rain fell.", "RIO DE JANEIRO, Brazil", (1, 5), None, ("Reuters",)),
    ("BRUSSELS (BLOOMBERG, REUTERS) - Nato met.", "BRUSSELS", None, None, ("BLOOMBERG", "REUTERS")),
    ("MARIANA, Brazil • A wave of mud buried a village.", "MARIANA, Brazil", None, None, ()),  # its country as in text
])
def test_real_dateline_forms_are_read(text, place, day, year, agencies):
    line = parse_dateline(text)
    assert line is not None
    assert line.place == place
    assert ((line.month, line.day) if line.has_day else None) == day
    assert line.year == year
    assert line.agencies == agencies
    assert text[line.end:][:1].isupper()  # the article starts right after it


@pytest.mark.parametrize("text", [
    "He said - yes it is.",
    "The company said: it will appeal.",
    "Shares fell - a lot - on Monday.",
])
def test_a_sentence_is_no_dateline(text):
    assert parse_dateline(text) is None


def test_a_headline_and_byline_before_the_dateline_are_metadata():
    v = parse_version("Truss quits as prime minister\nBy Jane Smith\nLONDON, Oct. 20 (Reuters) - Liz Truss resigned.", "v")
    assert v.title == "Truss quits as prime minister"
    assert v.text[v.body_start:].startswith("Liz Truss resigned")
    assert v.dateline == "LONDON" and v.sources == ("Reuters",)
    assert v.date is None and v.day_written == (10, 20)


def test_a_dateline_with_its_year_dates_the_version():
    v = parse_version("NEW YORK, Jan 13, 2024 (Bloomberg) -- Stocks fell on Friday.", "v")
    assert v.date == dt.date(2024, 1, 13) and v.date_from == "dateline"


def test_an_impossible_dateline_day_is_bad_input():
    with pytest.raises(Exception, match="not a real date"):
        parse_version("NEW YORK, Feb 30, 2024 (Bloomberg) -- Stocks fell.", "v")


def test_the_seed_header_still_gives_date_place_and_agencies():
    v = parse_version(" date 2022-01-12 BRUSSELS (BLOOMBERG, REUTERS) - Nato allies and Russia met.", "v")
    assert (v.date, v.dateline, v.sources, v.date_from) == (dt.date(2022, 1, 12), "BRUSSELS", ("BLOOMBERG", "REUTERS"), "header")


def test_a_year_less_day_takes_the_year_nearest_its_anchor():
    assert nearest(12, 31, dt.date(2024, 1, 2)) == dt.date(2023, 12, 31)
    assert nearest(1, 2, dt.date(2023, 12, 30)) == dt.date(2024, 1, 2)
    assert nearest(2, 29, dt.date(2023, 3, 1)) == dt.date(2024, 2, 29)


def test_a_year_less_dateline_takes_its_year_from_date_option_else_from_the_other_versions():
    dated = parse_version(" date 2023-12-30 LONDON (REUTERS) - Prices rose on Friday.", "a")
    yearless = parse_version("LONDON, Jan 2 (Reuters) - Prices rose on Friday.", "b")
    got = resolve_dates([dated, yearless])
    assert got[1].date == dt.date(2024, 1, 2) and got[1].date_from == "dateline, year from story"
    got = resolve_dates([dated, yearless], dt.date(2022, 1, 5))
    assert got[1].date == dt.date(2022, 1, 2) and got[1].date_from == "dateline, year from --date"


def test_a_version_with_no_day_at_all_takes_the_date_option():
    plain = parse_version("Prices rose on Friday.", "b")
    assert resolve_dates([plain], dt.date(2024, 1, 5))[0].date == dt.date(2024, 1, 5)
    assert resolve_dates([plain])[0].date is None


def test_an_undated_version_with_relative_dates_gets_one_warning_naming_it():
    a = parse_version(" date 2024-01-12 LONDON (REUTERS) - The bank raised rates on Thursday, it said.", "a.txt")
    b = parse_version("LONDON (AP) - The bank raised rates on Thursday, it said on Friday.", "b.txt")
    result = check_versions([a, b], embedder=None)
    undated = [f for f in result.findings if f.name == "undated-version"]
    assert len(undated) == 1
    (f,) = undated
    assert f.severity == Severity.WARNING and f.b.version == "b.txt" and f.b.value == "Thursday"
    assert "--date" in f.message and "b.txt" in f.message


def test_the_date_option_silences_the_undated_warning_and_resolves_the_days():
    a = parse_version(" date 2024-01-12 LONDON (REUTERS) - The bank raised rates on Thursday, it said.", "a.txt")
    b = parse_version("LONDON (AP) - The bank raised rates yesterday, it said.", "b.txt")
    assert not [f for f in check_versions([a, b], embedder=None, default_date=dt.date(2024, 1, 12)).findings
                if f.severity >= Severity.WARNING]  # yesterday under Jan 12 is Thursday Jan 11


def test_an_undated_version_without_relative_dates_is_not_warned_about():
    a = parse_version(" date 2024-01-12 LONDON (REUTERS) - The bank raised rates, it said.", "a.txt")
    b = parse_version("LONDON (AP) - The bank raised rates, it said.", "b.txt")
    assert not [f for f in check_versions([a, b], embedder=None).findings if f.name == "undated-version"]
