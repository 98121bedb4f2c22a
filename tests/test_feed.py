"""Reading a whole feed: a folder, JSONL or CSV; bad records skipped and named, bad feeds refused."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from checker.feed import read_feed
from checker.ingest import InputProblem
from checker.model import InputError

from .conftest import SEEDS

SEED_TEXT = " date 2022-01-13 BRUSSELS • Nato said talks with Russia would go on.\n\nREUTERS, BLOOMBERG\n"


def by_id(versions):
    return {v.id: v for v in versions}


# --- a folder of seed-format files ---------------------------------------------------------------


def test_folder_of_seed_files_gives_one_version_per_txt_file(tmp_path):
    for seed in SEEDS:
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "notes.md").write_text("not a version")  # other files are ignored

    versions, errors = read_feed(str(tmp_path))

    assert errors == []
    assert [v.id for v in versions] == sorted(s.name for s in SEEDS)
    assert [v.date for v in versions] == [dt.date(2022, 1, 12), dt.date(2022, 1, 13)]
    assert versions[0].path == str(tmp_path / SEEDS[0].name)


def test_folder_with_an_empty_file_reports_it_and_reads_the_rest(tmp_path):
    shutil.copy(SEEDS[0], tmp_path / "b.txt")
    (tmp_path / "a.txt").write_bytes(b"")

    versions, errors = read_feed(str(tmp_path))

    assert [v.id for v in versions] == ["b.txt"]
    assert errors == [InputError(str(tmp_path / "a.txt"), "file is empty")]


# --- JSONL -----------------------------------------------------------------------------------------

JSONL_LINES = [
    (
        '{"id": "a1", "text": "The minister resigned on Monday.", "date": "2022-01-12", "dateline": "LONDON",'
        ' "source": "REUTERS", "title": "Minister quits", "url": "https://example.com/a1"}'
    ),  # 1 good, all fields
    "",  # 2 blank: skipped silently
    '{"id": "a2", "text": "Broken',  # 3 not JSON
    '{"id": "a3"}',  # 4 no text
    '{"id": "a4", "text": "Prices rose.", "date": "2022-02-30"}',  # 5 no such day
    '{"id": "a1", "text": "Another story under the same id."}',  # 6 duplicate id
    json.dumps({"id": 7, "text": SEED_TEXT}),  # 7 numeric id, seed header inside the text
    '{"id": "a8", "text": "The minister resigned on Monday."}',  # 8 exact copy of line 1's text: kept
]


def test_jsonl_keeps_good_lines_and_names_each_bad_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")

    versions, errors = read_feed(str(feed))

    assert [v.id for v in versions] == ["a1", "7", "a8"]
    assert [e.source for e in errors] == [f"{feed}:3", f"{feed}:4", f"{feed}:5", f"{feed}:6"]
    reasons = [e.reason for e in errors]
    assert reasons[0].startswith("not valid JSON")
    assert "text" in reasons[1]
    assert "date" in reasons[2] and "2022-02-30" in reasons[2]
    assert reasons[3] == f"duplicate id, first seen at {feed}:1"
    assert all("\n" not in r for r in reasons)


def test_jsonl_record_fields_are_applied(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")

    v = by_id(read_feed(str(feed))[0])

    a1 = v["a1"]
    assert (a1.date, a1.dateline, a1.sources, a1.title) == (dt.date(2022, 1, 12), "LONDON", ("REUTERS",), "Minister quits")
    assert a1.path == f"{feed}:1"
    assert a1.text == "The minister resigned on Monday."
    # a seed header inside a record's text is parsed as in a file
    seven = v["7"]
    assert (seven.date, seven.dateline, seven.sources) == (dt.date(2022, 1, 13), "BRUSSELS", ("REUTERS", "BLOOMBERG"))
    assert seven.text[seven.body_start : seven.body_end].strip() == "Nato said talks with Russia would go on."


def test_record_fields_override_the_text_header(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "x", "text": SEED_TEXT, "date": "2022-01-14", "source": "AFP"}) + "\n")

    (v,), _ = read_feed(str(feed))

    assert (v.date, v.dateline, v.sources) == (dt.date(2022, 1, 14), "BRUSSELS", ("AFP",))


def test_impossible_header_date_in_a_record_is_that_records_error(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "ok", "text": "Fine."}) + "\n"
        + json.dumps({"id": "bad", "text": " date 2022-02-30 LONDON (REUTERS) - Text."}) + "\n"
    )

    versions, errors = read_feed(str(feed))

    assert [v.id for v in versions] == ["ok"]
    assert [e.source for e in errors] == [f"{feed}:2"] and "not a real date" in errors[0].reason


def test_jsonl_with_bom_and_crlf(tmp_path):
    feed = tmp_path / "feed.ndjson"
    lines = ['{"id": "a", "text": "First line.\\r\\nSecond line.", "date": "2022-01-12"}', '{"id": "b", "text": "B."}']
    feed.write_bytes("\ufeff".encode("utf-8") + "\r\n".join(lines).encode("utf-8") + b"\r\n")

    versions, errors = read_feed(str(feed))

    assert errors == []
    assert [v.id for v in versions] == ["a", "b"]
    assert versions[0].text == "First line.\nSecond line."
    assert versions[0].date == dt.date(2022, 1, 12)


# --- CSV -------------------------------------------------------------------------------------------

CSV_TEXT = (
    "id,text,date,dateline,source,title,url\n"  # line 1
    'c1,"The minister resigned on Monday.\n\nHe gave no reason.",2022-01-12,LONDON,REUTERS,Minister quits,\n'  # 2-4
    "c2,Too,many,fields,here,x,y,z\n"  # 5: more fields than the header
    "c3,,,,,,\n"  # 6: no text
    "c4,Prices rose.,2022-02-30,,,,\n"  # 7: no such day
    "\n"  # 8: blank, skipped silently
    "c1,Another story under the same id.,,,,,\n"  # 9: duplicate id
    "9,The minister resigned on Monday.,,,,,\n"  # 10: numeric id, text copied from c1's first line: kept
)


def test_csv_keeps_good_rows_and_names_each_bad_row_by_line(tmp_path):
    feed = tmp_path / "feed.csv"
    feed.write_text(CSV_TEXT, encoding="utf-8")

    versions, errors = read_feed(str(feed))

    assert [v.id for v in versions] == ["c1", "9"]
    # line numbers in the file: the quoted text of c1 spans lines 2-4
    assert [e.source for e in errors] == [f"{feed}:5", f"{feed}:6", f"{feed}:7", f"{feed}:9"]
    reasons = [e.reason for e in errors]
    assert "fields" in reasons[0]
    assert "text" in reasons[1]
    assert "date" in reasons[2] and "2022-02-30" in reasons[2]
    assert reasons[3] == f"duplicate id, first seen at {feed}:2"


def test_csv_record_fields_are_applied(tmp_path):
    feed = tmp_path / "feed.csv"
    feed.write_text(CSV_TEXT, encoding="utf-8")

    c1 = by_id(read_feed(str(feed))[0])["c1"]

    assert (c1.date, c1.dateline, c1.sources, c1.title) == (dt.date(2022, 1, 12), "LONDON", ("REUTERS",), "Minister quits")
    assert c1.text == "The minister resigned on Monday.\n\nHe gave no reason."
    assert c1.path == f"{feed}:2"


def test_csv_with_bom_and_crlf(tmp_path):
    feed = tmp_path / "feed.csv"
    feed.write_bytes("\ufeffid,text\r\nc1,\"One.\r\nTwo.\"\r\nc2,Three.\r\n".encode("utf-8"))

    versions, errors = read_feed(str(feed))

    assert errors == []
    assert [(v.id, v.text, v.path) for v in versions] == [("c1", "One.\nTwo.", f"{feed}:2"), ("c2", "Three.", f"{feed}:4")]


def test_csv_without_a_text_column_is_refused_naming_it(tmp_path):
    feed = tmp_path / "feed.csv"
    feed.write_text("id,body\nc1,Some text.\n")

    with pytest.raises(InputProblem) as exc:
        read_feed(str(feed))

    assert exc.value.source == str(feed)
    assert "text" in exc.value.reason and "id" not in exc.value.reason


def test_csv_pandas_cannot_parse_is_refused(tmp_path):
    feed = tmp_path / "feed.csv"
    feed.write_text('id,text\nc1,"never closed\n')

    with pytest.raises(InputProblem, match="cannot parse as CSV"):
        read_feed(str(feed))


# --- unusable feeds --------------------------------------------------------------------------------


def test_missing_path_is_refused(tmp_path):
    with pytest.raises(InputProblem, match="no such file"):
        read_feed(str(tmp_path / "nope.jsonl"))


def test_unknown_kind_of_file_is_refused(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text("<feed/>")
    with pytest.raises(InputProblem, match="expected a folder"):
        read_feed(str(feed))


@pytest.mark.parametrize(
    "name, content",
    [
        ("feed.jsonl", '{"id": "a"}\nnot json\n'),
        ("feed.jsonl", "\n\n"),
        ("feed.csv", "id,text\n"),
        ("empty", None),  # a folder without .txt files
    ],
)
def test_feed_without_a_usable_record_is_refused(tmp_path, name, content):
    feed = tmp_path / name
    if content is None:
        feed.mkdir()
        (feed / "readme.md").write_text("no versions here")
    else:
        feed.write_text(content)

    with pytest.raises(InputProblem, match="no usable record") as exc:
        read_feed(str(feed))

    assert exc.value.source == str(feed)
