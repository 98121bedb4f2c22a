"""Baselines: accepted findings are reported but do not fail; new values are never hidden."""
from __future__ import annotations

import json

from click.testing import CliRunner

from checker import baseline
from checker.check import check_texts
from checker.cli import main

from .conftest import STORIES

CASE = STORIES / "number_percentage"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_create_then_check_with_the_baseline_passes(tmp_path, embedder):
    base = tmp_path / "wirecheck-baseline.json"
    files = [str(CASE / "a.txt"), str(CASE / "b.txt")]
    assert run("baseline", "create", *files, "-o", str(base)).exit_code == 0
    data = json.loads(base.read_text())
    assert data["schema"] == "wirecheck-baseline/1" and data["accepted"]
    assert run("check", *files).exit_code == 1
    res = run("check", *files, "--baseline", str(base), "--format", "json")
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    errors = [f for f in out["findings"] if f["severity"] == "error"]
    assert errors and all(f["accepted"] for f in errors)  # still reported, labelled accepted
    assert out["summary"]["accepted"] == len([f for f in out["findings"] if f["accepted"]])


def test_fingerprint_survives_rewrapping_but_not_a_changed_value():
    a = "Unemployment rose to 2.5% in March, the statistics office said."
    b = "Unemployment rose to 3.5% in March, the statistics office said."
    (f,) = [f for f in check_texts(a, b).findings if f.severity > 1]
    rewrapped = check_texts(a.replace(" in March,", "\n  in   March,"), b.replace("the statistics", "the\nstatistics"))
    assert [g.id for g in rewrapped.findings if g.severity > 1] == [f.id]
    changed = check_texts(a, b.replace("3.5%", "4.5%"))
    assert [g.id for g in changed.findings if g.severity > 1] != [f.id]


def test_accept_one_finding_with_a_reason_is_recorded(tmp_path, embedder):
    files = [str(CASE / "a.txt"), str(CASE / "b.txt")]
    out = json.loads(run("check", *files, "--format", "json").output)
    fid = next(f["id"] for f in out["findings"] if f["severity"] == "error")
    base = tmp_path / "b.json"
    res = run("baseline", "accept", fid, *files, "--reason", "corrected figure, confirmed by the desk", "-b", str(base))
    assert res.exit_code == 0, res.output
    (e,) = json.loads(base.read_text())["accepted"]
    assert (e["id"], e["reason"], e["rule"]) == (fid, "corrected figure, confirmed by the desk", "WC110")
    assert e["by"] and e["date"]
    text = run("check", *files, "--baseline", str(base))
    assert text.exit_code == 0 and "accepted: corrected figure" in text.output


def test_accepting_an_unknown_id_for_a_story_is_exit_2(tmp_path, embedder):
    res = run("baseline", "accept", "0000000000000000", str(CASE / "a.txt"), str(CASE / "b.txt"), "--reason", "x", "-b", str(tmp_path / "b.json"))
    assert res.exit_code == 2 and "no finding with id" in res.output


def test_a_malformed_baseline_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "other"}')
    res = run("check", str(CASE / "a.txt"), str(CASE / "b.txt"), "--baseline", str(bad))
    assert res.exit_code == 2 and "bad.json" in res.output and "not a wirecheck baseline" in res.output


def test_apply_marks_without_removing():
    r = check_texts("Sales rose 5%.", "Sales rose 7%.")
    n = len(r.findings)
    accepted = {f.id: {"id": f.id, "reason": "ok"} for f in r.findings}
    r = baseline.apply(r, accepted)
    assert len(r.findings) == n and all(f.accepted == "ok" for f in r.findings) and r.worst is None
