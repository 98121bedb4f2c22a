"""The command line: exit codes, outputs, and one-line errors for bad input."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from checker.cli import main

from .conftest import SEEDS, STORIES

BENIGN = STORIES / "benign_contractions"
FIRING = STORIES / "number_percentage"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_seeds_exit_1_and_write_json_and_html(tmp_path, embedder):
    out, html = tmp_path / "out.json", tmp_path / "r.html"
    res = run("check", *map(str, SEEDS), "--json", str(out), "--html", str(html))
    assert res.exit_code == 1, res.output
    data = json.loads(out.read_text())
    assert data["schema"] == "wirecheck/1"
    assert data["summary"]["error"] == 1
    (err,) = [f for f in data["findings"] if f["severity"] == "error"]
    assert (err["a"]["value"], err["b"]["value"]) == ("Alexander Grushko", "Sergei Ryabkov")
    assert {"id", "rule", "severity", "message", "a", "b"} <= set(err)
    assert "Sergei Ryabkov" in html.read_text()


@pytest.mark.parametrize("fail_on, code", [("error", 0), ("never", 0)])
def test_benign_story_exits_0(fail_on, code, embedder):
    res = run("check", str(BENIGN / "a.txt"), str(BENIGN / "b.txt"), "--fail-on", fail_on)
    assert res.exit_code == code, res.output


def test_fail_on_never_passes_a_story_with_errors(embedder):
    assert run("check", str(FIRING / "a.txt"), str(FIRING / "b.txt"), "--fail-on", "never").exit_code == 0
    assert run("check", str(FIRING / "a.txt"), str(FIRING / "b.txt")).exit_code == 1


def test_format_json_prints_the_result(embedder):
    res = run("check", str(FIRING / "a.txt"), str(FIRING / "b.txt"), "--format", "json")
    assert json.loads(res.output)["summary"]["error"] >= 1


def test_missing_file_is_one_line_exit_2(tmp_path):
    res = run("check", str(tmp_path / "gone.txt"), str(SEEDS[0]))
    assert res.exit_code == 2
    assert "gone.txt" in res.output and "no such file" in res.output
    assert len(res.output.strip().splitlines()) == 1


def test_one_version_only_is_exit_2():
    res = run("check", str(SEEDS[0]))
    assert res.exit_code == 2 and "one version only" in res.output


def test_bad_input_leaves_no_output_file(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    out = tmp_path / "out.json"
    res = run("check", str(SEEDS[0]), str(bad), "--json", str(out))
    assert res.exit_code == 2 and "empty.txt" in res.output
    assert not out.exists()


def test_rules_lists_every_rule():
    from checker.rules import RULES

    res = run("rules")
    assert res.exit_code == 0
    for r in RULES.values():
        assert r.id in res.output and r.name in res.output
