"""The nightly job over a small feed: grouping, reports, history and what is new."""
from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from checker.cli import main

from .conftest import STORIES

CASES = ["number_percentage", "place_mismatch_venue", "benign_contractions", "person_role_title_before"]


def make_feed(tmp_path, cases=CASES, single="date_year"):
    feed = tmp_path / "feed"
    feed.mkdir()
    for case in cases:
        for v in ("a", "b"):
            shutil.copy(STORIES / case / f"{v}.txt", feed / f"{case}-{v}.txt")
    shutil.copy(STORIES / single / "a.txt", feed / f"{single}-a.txt")
    return feed


def run(feed, out, db, *extra):
    return CliRunner().invoke(main, ["nightly", str(feed), "--out", str(out), "--db", str(db), *extra])


def test_nightly_groups_checks_and_writes_the_index(tmp_path, embedder):
    feed = make_feed(tmp_path)
    out, db = tmp_path / "out", tmp_path / "wirecheck.db"
    res = run(feed, out, db)
    assert res.exit_code == 1, res.output  # the firing stories have errors
    data = json.loads((out / "findings.json").read_text())
    groups = sorted(sorted(v["id"] for v in s["versions"]) for s in data["stories"])
    assert groups == sorted([[f"{c}-a.txt", f"{c}-b.txt"] for c in CASES])
    assert data["singles"] == ["date_year-a.txt"]
    by_ref = {s["versions"][0]["id"].rsplit("-", 1)[0]: s for s in data["stories"]}
    assert by_ref["benign_contractions"]["summary"]["error"] == 0
    assert by_ref["number_percentage"]["summary"]["error"] == 1
    assert data["summary"]["new"] == sum(len(s["new"]) for s in data["stories"]) > 0
    index = (out / "index.html").read_text()
    for s in data["stories"]:
        assert (out / "stories" / f"{s['story']}.html").exists()
        assert f'href="stories/{s["story"]}.html"' in index
    assert "wirecheck nightly:" in res.output and "4 stories checked" in res.output
    assert "checking stories" not in res.output  # no progress bar when stderr is not a terminal


def test_second_run_reports_nothing_new(tmp_path, embedder):
    feed = make_feed(tmp_path)
    out, db = tmp_path / "out", tmp_path / "wirecheck.db"
    run(feed, out, db)
    res = run(feed, out, db)
    data = json.loads((out / "findings.json").read_text())
    assert data["summary"]["new"] == 0 and data["summary"]["error"] > 0
    assert "0 new since the last run" in res.output
    assert data["run"] == 2


def test_bad_records_are_listed_and_the_run_goes_on(tmp_path, embedder):
    feed = make_feed(tmp_path, cases=["number_percentage"])
    (feed / "broken.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    res = run(feed, out, tmp_path / "db.sqlite", "--fail-on", "never")
    assert res.exit_code == 2  # a skipped record is an input error, even when the findings pass
    assert "1 record(s) skipped" in res.output
    data = json.loads((out / "findings.json").read_text())
    assert [e["source"].endswith("broken.txt") for e in data["errors"]] == [True]
    assert "broken.txt" in (out / "index.html").read_text()


def test_group_command_writes_one_line_per_article(tmp_path, embedder):
    feed = make_feed(tmp_path)
    res = CliRunner().invoke(main, ["group", str(feed), "-o", str(tmp_path / "groups.jsonl")])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in (tmp_path / "groups.jsonl").read_text().splitlines()]
    story_of = {r["id"]: r["story"] for r in rows}
    assert len(rows) == 9
    for case in CASES:
        assert story_of[f"{case}-a.txt"] == story_of[f"{case}-b.txt"]
    assert len(set(story_of.values())) == 5


KILL_SCRIPT = """
import os, signal, sys
import checker.output as output
real = output._atomic  # every file the run writes is opened through it
calls = []
def dying(*args, **kwargs):
    calls.append(1)
    if len(calls) == 2:  # findings.json and the changed story's report are being written
        os.kill(os.getpid(), signal.SIGKILL)  # kill -9 in the middle of the run
    return real(*args, **kwargs)
output._atomic = dying
from checker.cli import main
main(sys.argv[1:], prog_name="wirecheck")
"""


def test_a_run_killed_half_way_leaves_outputs_and_history_usable(tmp_path, embedder):
    import sqlite3
    import subprocess
    import sys

    feed = make_feed(tmp_path)
    out, db = tmp_path / "out", tmp_path / "wirecheck.db"
    assert run(feed, out, db).exit_code == 1
    index_before = (out / "index.html").read_text()
    findings_before = (out / "findings.json").read_text()
    b = feed / "benign_contractions-b.txt"  # one story changes, so its report is written again (the others are kept)
    b.write_text(b.read_text() + "\nThe agency added this closing sentence in a later update.\n")
    killed = subprocess.run([sys.executable, "-c", KILL_SCRIPT, "nightly", str(feed), "--out", str(out), "--db", str(db)],
                            capture_output=True, timeout=600)
    assert killed.returncode < 0  # died of the signal
    assert (out / "index.html").read_text() == index_before  # the previous index is intact
    assert (out / "findings.json").read_text() == findings_before  # and so is the half-streamed findings.json
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT id, finished IS NULL FROM runs ORDER BY id").fetchall() == [(1, 0), (2, 1)]
    res = run(feed, out, db)
    data = json.loads((out / "findings.json").read_text())
    assert data["run"] == 3 and data["summary"]["new"] == 0, res.output


def test_nightly_renders_all_stories_for_ci(tmp_path, embedder):
    import xml.etree.ElementTree as ET

    feed = make_feed(tmp_path)
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["nightly", str(feed), "--out", str(out), "--db", str(tmp_path / "d.db"),
                                    "--format", "junit", "--output", str(tmp_path / "junit.xml")])
    assert res.exit_code == 1
    cases = {tc.get("name"): bool(tc.findall("failure")) for tc in ET.parse(tmp_path / "junit.xml").getroot().iter("testcase")}
    assert len(cases) == 4 and sum(cases.values()) == 3
