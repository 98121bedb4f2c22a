"""Bad input at the edges: oversized articles, crashes bench/fuzz.py found, and hostile text in every report field."""
from __future__ import annotations

import io
import json
import pathlib
import re
from html.parser import HTMLParser
from typing import ClassVar

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.feed import read_feed
from checker.ingest import MAX_BYTES, InputProblem, parse_version

from .conftest import SEEDS

PAYLOADS = ['<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=1">',
            "javascript:window.__pwned=1"]
LIVE = re.compile(r"<script>window|<img src=x|onerror=\"window|href=\"javascript:", re.IGNORECASE)


def test_a_50_mb_file_is_refused_in_one_line_before_it_is_read(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fp:
        fp.truncate(50 * 1024 * 1024)  # sparse: the size is what ingest must look at first
    res = CliRunner().invoke(main, ["check", str(SEEDS[0]), str(big), "--json", str(tmp_path / "out.json")])
    assert res.exit_code == 2
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and str(big) in lines[0] and "50.0 MB" in lines[0] and "limit" in lines[0]
    assert not (tmp_path / "out.json").exists()  # nothing half-written


def test_an_oversized_record_in_a_jsonl_feed_is_skipped_and_named(tmp_path):
    feed = tmp_path / "feed.jsonl"
    big = "word " * (MAX_BYTES // 5 + 10)
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"id": "ok-1", "text": "The council approved 14 homes on Monday."},
        {"id": "huge", "text": big},
        {"id": "ok-2", "text": "The council approved 14 homes on Monday, officials said."},
    ]) + "\n")
    versions, errors = read_feed(str(feed))
    assert [v.id for v in versions] == ["ok-1", "ok-2"]
    assert len(errors) == 1 and errors[0].source.endswith("feed.jsonl:2") and "limit" in errors[0].reason


def test_an_oversized_field_in_a_csv_feed_does_not_lose_the_other_rows(tmp_path):
    feed = tmp_path / "feed.csv"
    big = "word " * (MAX_BYTES // 5 + 10)
    feed.write_text('id,text\nok-1,"The council approved 14 homes on Monday."\n'
                    f'huge,"{big}"\nok-2,"The council approved 14 homes on Monday, officials said."\n')
    versions, errors = read_feed(str(feed))
    assert [v.id for v in versions] == ["ok-1", "ok-2"]
    assert len(errors) == 1 and errors[0].source.endswith("feed.csv:3") and "limit" in errors[0].reason


@pytest.mark.model
def test_hostile_text_in_every_feed_field_never_runs_in_the_nightly_pages(tmp_path, embedder):
    base = ("LONDON (Reuters) - The Camden council approved 14 new homes on Monday, mayor Sadiq Khan said. "
            "Residents had asked for more parking near the Kentish Town station.")
    records = [
        {"id": f"a{PAYLOADS[0]}", "text": base + f" {PAYLOADS[1]}", "dateline": PAYLOADS[1], "source": PAYLOADS[0],
         "title": PAYLOADS[2]},
        {"id": f"b{PAYLOADS[1]}", "text": base.replace("14", "41") + f" {PAYLOADS[2]}", "dateline": PAYLOADS[0],
         "source": PAYLOADS[2], "title": PAYLOADS[1]},
        {"id": PAYLOADS[2], "text": "{broken", "date": "2022-02-31"},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n{not json " + PAYLOADS[0] + "\n")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["nightly", str(feed), "--out", str(out), "--db", str(tmp_path / "h.db")])
    assert res.exit_code == 2, res.output  # records were skipped
    pages = [out / "index.html", *(out / "stories").glob("*.html")]
    assert len(pages) == 2
    for page in pages:
        html = page.read_text()
        assert not LIVE.search(html), (page.name, LIVE.search(html))
        assert "Content-Security-Policy" in html
    index = (out / "index.html").read_text()
    assert "&lt;script&gt;" in index or "&lt;img" in index  # shown as text, not dropped


def test_relative_dates_against_a_dateline_at_the_calendars_edge_do_not_crash():
    """Found by bench/fuzz.py: `date 0001-01-01` and "on Wednesday" overflowed datetime."""
    from checker.check import check_versions
    from checker.ingest import parse_version

    a = parse_version(" date 0001-01-01 LONDON - The council met on Wednesday and yesterday.", "a")
    b = parse_version(" date 9999-12-31 LONDON - The council met on Friday and tomorrow.", "b")
    result = check_versions([a, b], embedder=None)
    assert all(0 <= f.b.span[0] <= f.b.span[1] <= len(b.text) for f in result.findings)


# --- a 50 MB article: refused from its size, before it is read or the model is loaded -----------------------------


def test_a_50_mb_text_file_is_refused_from_its_size_without_reading_it_or_loading_the_model(tmp_path, monkeypatch):
    big = tmp_path / "wire-dump.txt"
    with big.open("wb") as fp:  # real text, not a sparse file: the NUL-byte check must not be what refuses it
        fp.write(b" date 2022-01-12 LONDON (Reuters) - " + b"The council approved 14 new homes. " * (50 * 1024 * 1024 // 35))
    assert big.stat().st_size > 49 * 1024 * 1024
    read_bytes = pathlib.Path.read_bytes

    def guarded_read_bytes(self):
        assert self.stat().st_size <= MAX_BYTES, f"{self} was read whole"
        return read_bytes(self)

    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded for a refused input")

    monkeypatch.setattr(pathlib.Path, "read_bytes", guarded_read_bytes)
    monkeypatch.setattr("checker.embed.shared_embedder", no_model)
    for order in ([str(SEEDS[0]), str(big)], [str(big), str(SEEDS[0])]):
        res = CliRunner().invoke(main, ["check", *order, "--html", str(tmp_path / "out.html")])
        assert res.exit_code == 2, res.output
        (line,) = res.output.strip().splitlines()
        assert line.startswith(f"wirecheck: error: {big}: file is ") and "MB, larger than the" in line and "limit" in line
        assert not (tmp_path / "out.html").exists()


def test_an_oversized_article_in_a_folder_feed_is_skipped_and_named(tmp_path):
    (tmp_path / "a.txt").write_text("The council approved 14 homes on Monday.")
    with (tmp_path / "huge.txt").open("wb") as fp:
        fp.truncate(MAX_BYTES + 1)
    versions, errors = read_feed(str(tmp_path))
    assert [v.id for v in versions] == ["a.txt"]
    assert [(e.source, "limit" in e.reason) for e in errors] == [(str(tmp_path / "huge.txt"), True)]


def test_an_endless_jsonl_line_costs_only_itself(tmp_path, monkeypatch):
    """A whole JSON array saved as .jsonl is one line: read in bounded pieces and skipped, not held in memory."""
    monkeypatch.setattr("checker.feed.MAX_LINE", 1000)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps([{"id": str(n), "text": "The council met on Monday."} for n in range(200)]) + "\n"
                    + json.dumps({"id": "ok", "text": "The council approved 14 homes on Monday."}) + "\n")
    versions, errors = read_feed(str(feed))
    assert [v.id for v in versions] == ["ok"]
    (e,) = errors
    assert e.source == f"{feed}:1" and "too long for one record" in e.reason


# --- crashes found by bench/fuzz.py ------------------------------------------------------------------------------


def _feed(tmp_path, *lines: str) -> pathlib.Path:
    feed = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "good", "text": "The council approved 14 homes on Monday."})
    feed.write_text("\n".join([*lines, good]) + "\n", encoding="utf-8")
    return feed


@pytest.mark.parametrize("line, reason", [
    ('{"id": ' + "1" * 5000 + ', "text": "x"}', "4300 digits"),  # was ValueError out of json.loads
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),  # was RecursionError out of json.loads
], ids=["5000-digit-integer", "100000-deep-nesting"])
def test_jsonl_lines_json_cannot_turn_into_python_are_skipped_not_fatal(tmp_path, line, reason):
    feed = _feed(tmp_path, line)
    versions, errors = read_feed(str(feed))
    assert [v.id for v in versions] == ["good"]
    assert [(e.source, reason in e.reason) for e in errors] == [(f"{feed}:1", True)]


@pytest.mark.parametrize("record, field", [
    ({"id": "a", "text": "The council \ud800 met on Monday."}, "Unicode"),
    ({"id": "\udfff", "text": "The council met on Monday."}, "field 'id'"),
    ({"id": "a", "text": "The council met on Monday.", "title": "Homes \ud83d"}, "field 'title'"),
    ({"id": "a", "text": "The council met on Monday.", "dateline": "\udc00LONDON"}, "field 'dateline'"),
    ({"id": "a", "text": "The council met on Monday.", "source": "Reuters\ud800"}, "field 'source'"),
])
def test_a_lone_surrogate_in_a_jsonl_record_is_skipped_with_its_line(tmp_path, record, field):
    """JSON's "\\ud800" escapes decode to text that cannot be written as UTF-8; it used to crash the run later."""
    feed = _feed(tmp_path, json.dumps(record))  # ensure_ascii: the surrogate is a \\u escape, valid UTF-8 on disk
    versions, errors = read_feed(str(feed))
    assert [v.id for v in versions] == ["good"]
    (e,) = errors
    assert e.source == f"{feed}:1" and field in e.reason and "unpaired surrogate" in e.reason


def test_a_lone_surrogate_no_longer_crashes_the_nightly_run(tmp_path):
    """Was: UnicodeEncodeError from the embedder's cache key (checker/embed.py text_key), a traceback and no report."""
    base = "LONDON (Reuters) - The council approved 14 new homes on Monday, the mayor said. Residents asked for parking."
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a1", "text": base}, {"id": "a2", "text": base.replace("14", "41")},
        {"id": "a3", "text": base.replace("parking", "\ud800 parking")},
    ]) + "\n")
    res = CliRunner().invoke(main, ["nightly", str(feed), "--out", str(tmp_path / "out"), "--db", str(tmp_path / "h.db"),
                                    "--embedder", "static", "--fail-on", "never"])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert res.exit_code == 2, res.output  # the record was skipped, the run went on
    assert f"skipped {feed}:3: not valid Unicode (unpaired surrogate U+D800" in res.output
    assert (tmp_path / "out" / "index.html").exists()


def test_parse_version_refuses_a_lone_surrogate_naming_the_source():
    with pytest.raises(InputProblem) as exc:
        parse_version("The council met \ud800 on Monday.", "a", path="feed.jsonl:4")
    assert exc.value.source == "feed.jsonl:4" and "U+D800 at character 16" in exc.value.reason


@pytest.mark.parametrize("rid", ["NaN", "Infinity", "1e400"])
def test_a_non_finite_number_is_not_an_id(tmp_path, rid):
    feed = _feed(tmp_path, '{"id": ' + rid + ', "text": "The council met on Monday."}')
    versions, errors = read_feed(str(feed))
    assert [v.id for v in versions] == ["good"] and "field 'id'" in errors[0].reason


# --- hostile text in every field of every page ---------------------------------------------------------------------


class _Live(HTMLParser):
    """What in a page could run: script elements, on* handlers, javascript: URLs, embedded or injected elements."""

    URL_ATTRS: ClassVar = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"}
    INJECTED: ClassVar = {"img", "iframe", "object", "embed", "svg", "math", "base", "form", "frame", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        if tag in self.INJECTED and not (tag == "svg" and ("class", "trend") in attrs):  # the index's own chart
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}=")
            if name in self.URL_ATTRS and re.sub(r"[\s\x00-\x1f]", "", value or "").lower().startswith("javascript:"):
                self.found.append(f"{tag} {name}={value}")


def live(page: str) -> tuple[int, list[str]]:
    parser = _Live()
    parser.feed(page)
    return parser.scripts, parser.found


def test_the_check_report_escapes_payloads_in_every_field(embedder):
    """Text, quotation diff, dateline, sources, title, file name (id), path, story name and skipped records."""
    from dataclasses import replace

    from checker.check import check_versions
    from checker.model import InputError
    from checker.report import html

    p0, p1, p2 = PAYLOADS
    a = parse_version(f'LONDON (Reuters) - The mayor said: "we will work with engineers {p0} on this." '
                      f"The council approved 14 new homes {p1} on Monday.", "a")
    b = parse_version(f'LONDON (Reuters) - The mayor said: "we will work with insurers {p2} on this." '
                      f"The council approved 41 new homes {p1} on Monday.", "b")
    a = replace(a, id=f"{p2}.txt", path=f"{p1}/{p2}.txt", dateline=p0, sources=(p1, p2), title=p0)
    b = replace(b, id=f"{p1}.txt", path=p2, dateline=p2, sources=(p0,), title=p1)
    result = check_versions([a, b], embedder, story=p0)
    result.errors = [InputError(p1, p0), InputError(p2, p1)]
    assert {f.name for f in result.findings} >= {"number-mismatch", "quote-altered"}
    buf = io.StringIO()
    html.write(result, buf)
    page = buf.getvalue()
    scripts, found = live(page)
    assert scripts == 1 and found == []  # only the report's own filter script
    for p in PAYLOADS:
        assert p.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;") in page  # shown as text, not dropped


@pytest.mark.model
def test_file_names_and_header_agencies_carry_payloads_safely_through_check(tmp_path, embedder):
    """Through the command: the file names (no '/' is possible in one) and the header's agency list."""
    a = tmp_path / 'a"><img src=x onerror="window.__pwned=1">.txt'
    b = tmp_path / "javascript:window.__pwned=1.txt"
    a.write_text(" date 2022-01-12 LONDON (<img src=x onerror=window.__pwned=1>, REUTERS) - "
                 "The council approved 14 new homes on Monday, the mayor said.")
    b.write_text(" date 2022-01-12 LONDON (<script>window.__pwned=1<\\/script>) - "
                 "The council approved 41 new homes on Monday, the mayor said.")
    out = tmp_path / "report.html"
    res = CliRunner().invoke(main, ["check", str(a), str(b), "--html", str(out), "--fail-on", "never"])
    assert res.exit_code == 0, res.output
    page = out.read_text()
    scripts, found = live(page)
    assert scripts == 1 and found == []
    assert "&lt;img src=x onerror=window.__pwned=1&gt;" in page and "javascript:window.__pwned=1.txt" in page


@pytest.mark.model
def test_the_nightly_index_escapes_the_feed_path_single_articles_skipped_records_and_story_names(tmp_path, embedder):
    """The fields only the index shows: the feed's path, single articles (id, title) and skipped records' reasons."""
    base = ("LONDON (Reuters) - The council approved 14 new homes on Monday, the mayor said. "
            "Residents had asked for more parking near the station.")
    folder = tmp_path / 'feed"><img src=x onerror="window.__pwned=1">'
    folder.mkdir()
    feed = folder / "feed.jsonl"
    records = [
        {"id": PAYLOADS[2], "text": base, "title": PAYLOADS[0]},
        {"id": f"b{PAYLOADS[1]}", "text": base.replace("14", "41"), "title": PAYLOADS[1]},
        {"id": f"single{PAYLOADS[1]}", "title": PAYLOADS[0],
         "text": "TOKYO (AP) - Japan's central bank kept interest rates unchanged on Tuesday, citing weak exports."},
        {"id": f"bad-date{PAYLOADS[0]}", "text": base, "date": PAYLOADS[0]},
        {"id": PAYLOADS[2], "text": base + " A duplicate id."},
        {"id": "bad-title", "text": base, "title": {"x": PAYLOADS[1]}},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["nightly", str(feed), "--out", str(out), "--db", str(tmp_path / "h.db"),
                                    "--fail-on", "never"])
    assert res.exit_code == 2, res.output  # records were skipped
    index = (out / "index.html").read_text()
    scripts, found = live(index)
    assert scripts == 1 and found == []  # only the index's own sort/filter script
    assert "single&#34;&gt;&lt;img" in index  # the single article is listed, as text
    assert "field &#39;date&#39; &#39;&lt;script&gt;window.__pwned=1&lt;/script&gt;&#39;" in index  # the skipped reason
    assert "feed&#34;&gt;&lt;img src=x" in index  # the feed path
    for page in (out / "stories").glob("*.html"):
        assert live(page.read_text()) == (1, []), page.name
        assert re.fullmatch(r"[A-Za-z0-9._-]+\.html", page.name)  # story keys are file-safe slugs
