"""Bad input at the edges: oversized articles, and hostile text through the nightly index."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.feed import read_feed
from checker.ingest import MAX_BYTES

from .conftest import SEEDS

PAYLOADS = ['<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=1">',
            "javascript:window.__pwned=1"]
LIVE = re.compile(r"<script>window|<img src=x|onerror=\"window|href=\"javascript:", re.I)


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
    base = ("LONDON (Reuters) - The council approved 14 new homes on Monday, the mayor said. "
            "Residents had asked for more parking near the station.")
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
    assert res.exit_code == 1, res.output
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
