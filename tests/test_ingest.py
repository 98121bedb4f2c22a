"""Reading versions: the seed header, agency trailers, plain text, bad files."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.ingest import InputProblem, parse_version, read_version, read_versions

from .conftest import SEEDS


def test_agency_header_gives_date_dateline_and_sources():
    v = read_version(SEEDS[0])
    assert v.date == dt.date(2022, 1, 12)
    assert v.dateline == "BRUSSELS"
    assert v.sources == ("BLOOMBERG", "REUTERS")
    assert v.text[v.body_start :].startswith("Nato allies and Russia")


def test_bullet_header_and_trailing_agency_line():
    v = read_version(SEEDS[1])
    assert v.date == dt.date(2022, 1, 13)
    assert v.dateline == "BRUSSELS"
    assert v.sources == ("REUTERS", "BLOOMBERG")
    assert v.text[v.body_start :].startswith("The differences between Russia")
    assert "REUTERS, BLOOMBERG" not in v.text[v.body_start : v.body_end]


def test_plain_text_without_header_has_no_date():
    v = parse_version("The minister resigned on Monday.\nHe gave no reason.", "plain.txt")
    assert v.date is None and v.dateline is None and v.body_start == 0


def test_impossible_header_date_is_bad_input():
    with pytest.raises(InputProblem, match="not a real date"):
        parse_version(" date 2022-02-30 LONDON (REUTERS) - Text.", "x.txt")


@pytest.mark.parametrize(
    "content, reason",
    [(b"", "empty"), (b"   \n\t ", "empty"), (b"\x00\x01\x02abc", "binary"), (b" date 2022-01-01 LONDON (AP) - ", "no article text")],
)
def test_bad_files_name_the_problem(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputProblem, match=reason) as exc:
        read_version(p)
    assert exc.value.source == str(p)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputProblem, match="no such file"):
        read_version(tmp_path / "nope.txt")
    with pytest.raises(InputProblem, match="directory"):
        read_version(tmp_path)


def test_bom_crlf_and_latin1_are_read(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeff date 2022-01-12 PARIS (AFP) - Prices rose.\r\nThey fell later.\r\n".encode("utf-8"))
    v = read_version(p)
    assert v.date == dt.date(2022, 1, 12) and "\r" not in v.text
    q = tmp_path / "latin1.txt"
    q.write_bytes("Caf\xe9 owners protested on Monday.".encode("latin-1"))
    assert "Café" in read_version(q).text


def test_duplicate_versions_are_refused(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Same text.")
    b.write_text("Same text.")
    with pytest.raises(InputProblem, match="duplicate"):
        read_versions([str(a), str(b)])
