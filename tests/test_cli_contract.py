"""The command line's contract, after the linters: many stories per run, jump-to locations, rule selection,
standard input and output, one exit-code table, one-line errors, and Ctrl-C."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

from .conftest import ROOT, SEEDS, STORIES

BENIGN = STORIES / "benign_contractions"
FIRING = STORIES / "number_percentage"
ROLE = STORIES / "person_role_title_before"


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin)


def files(case: Path) -> list[str]:
    return [str(case / "a.txt"), str(case / "b.txt")]


# many stories in one process


def test_story_folders_are_each_one_story_and_the_exit_code_is_the_worst(tmp_path, embedder):
    out = tmp_path / "all.json"
    res = run("check", f"{BENIGN}/", f"{FIRING}/", "--json", str(out))
    assert res.exit_code == 1, res.output
    data = json.loads(out.read_text())
    assert data["schema"] == "wirecheck-batch/1"
    assert [s["story"] for s in data["stories"]] == ["benign_contractions", "number_percentage"]
    assert [len(s["versions"]) for s in data["stories"]] == [2, 2]  # expect.json is no version
    assert data["summary"]["stories"] == 2 and data["summary"]["error"] == 1
    assert "number_percentage: 2 versions, 1 error" in res.stdout
    assert "wirecheck: 2 stories checked, 1 error" in res.stdout


def test_a_list_file_names_folders_or_file_lists(tmp_path, embedder):
    listing = tmp_path / "today.txt"
    listing.write_text(f"# the day's stories\n{BENIGN}\n\n{' '.join(files(FIRING))}\n")
    out = tmp_path / "all.json"
    res = run("check", "--stories", str(listing), "--json", str(out), "--fail-on", "never")
    assert res.exit_code == 0, res.output
    assert [s["story"] for s in json.loads(out.read_text())["stories"]] == ["benign_contractions", "a.txt"]


def test_a_story_that_cannot_be_read_is_named_and_the_others_are_still_reported(tmp_path, embedder):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "v1.txt").write_text("Only one version here.")
    out = tmp_path / "all.json"
    res = run("check", str(FIRING), str(broken), "--json", str(out))
    assert res.exit_code == 2
    data = json.loads(out.read_text())
    assert [s["story"] for s in data["stories"]] == ["number_percentage"]
    assert data["errors"][0]["reason"].startswith("one version only")
    assert "1 of 2 stories not checked" in res.stderr


def _defect(*args, **kwargs):
    raise TypeError("list indices must be integers or slices, not NoneType")


def test_a_defect_is_one_line_and_exit_3_never_findings(tmp_path, monkeypatch, embedder):
    monkeypatch.setattr("checker.check.check_versions", _defect)
    out = tmp_path / "one.json"
    res = run("check", *files(FIRING), "--json", str(out))
    assert res.exit_code == 3
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("wirecheck: internal error: TypeError: list indices")
    assert not out.exists()


def test_a_defect_in_one_story_of_a_batch_is_named_and_the_others_are_still_reported(tmp_path, monkeypatch,
                                                                                      embedder):
    from checker import check

    real = check.check_versions

    def only_benign(versions, *args, **kwargs):
        if "Hoshino" in versions[0].text:  # the benign_contractions story
            _defect()
        return real(versions, *args, **kwargs)

    monkeypatch.setattr("checker.check.check_versions", only_benign)
    out = tmp_path / "all.json"
    res = run("check", f"{BENIGN}/", f"{FIRING}/", "--json", str(out))
    assert res.exit_code == 3
    data = json.loads(out.read_text())
    assert [s["story"] for s in data["stories"]] == ["number_percentage"]
    assert "benign_contractions: internal error: TypeError" in res.stderr


def test_story_folders_write_an_index_and_pages_that_link_back(tmp_path, embedder):
    res = run("check", str(BENIGN), str(FIRING), "--html", str(tmp_path / "out"), "--fail-on", "never")
    assert res.exit_code == 0, res.output
    index = (tmp_path / "out" / "index.html").read_text()
    assert 'href="stories/number_percentage.html"' in index
    assert 'href="../index.html"' in (tmp_path / "out" / "stories" / "number_percentage.html").read_text()


def test_story_folders_with_an_html_file_name_are_refused_before_any_work(tmp_path):
    res = run("check", str(BENIGN), str(FIRING), "--html", str(tmp_path / "report.html"))
    assert res.exit_code == 2 and "report.html" in res.stderr and "--html takes a folder" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and not list(tmp_path.iterdir())


def test_folders_and_loose_files_together_are_refused():
    res = run("check", str(BENIGN), str(FIRING / "a.txt"))
    assert res.exit_code == 2 and "not both" in res.stderr


def test_ci_formats_name_the_story_of_each_finding(tmp_path, embedder):
    res = run("check", str(BENIGN), str(FIRING), "--format", "junit")
    assert 'name="number_percentage"' in res.stdout and 'name="benign_contractions"' in res.stdout
    res = run("check", str(BENIGN), str(FIRING), "--format", "sarif")
    results = json.loads(res.stdout)["runs"][0]["results"]
    assert {r["properties"]["story"] for r in results} == {"number_percentage"}


# linter conventions


def test_each_finding_opens_with_path_line_col_id_and_severity(embedder):
    res = run("check", *files(FIRING))
    first = res.stdout.splitlines()[0]
    assert first.startswith(f"{FIRING / 'b.txt'}:1:74: WC110 [error] ")
    assert f"  {FIRING / 'a.txt'}:1:84: \"2.5%\" (reference)" in res.stdout


def test_json_gives_line_and_column_beside_the_offsets(tmp_path, embedder):
    out = tmp_path / "r.json"
    run("check", *files(FIRING), "--json", str(out))
    (f,) = [f for f in json.loads(out.read_text())["findings"] if f["severity"] == "error"]
    assert (f["b"]["line"], f["b"]["col"], f["b"]["span"]) == (1, 74, [f["b"]["span"][0], f["b"]["span"][1]])
    assert f["b"]["end_col"] - f["b"]["col"] == f["b"]["span"][1] - f["b"]["span"][0]


@pytest.mark.parametrize("flag, value, code", [
    ("--ignore", "WC110", 0), ("--ignore", "number-mismatch", 0), ("--ignore", "WC1", 0),
    ("--select", "WC101,WC102", 0), ("--select", "WC110", 1), ("--ignore", "WC140", 1),
])
def test_select_and_ignore_take_ids_prefixes_and_names(flag, value, code, embedder):
    assert run("check", *files(FIRING), flag, value).exit_code == code


def test_an_unknown_rule_in_select_is_a_usage_error():
    res = run("check", *files(FIRING), "--select", "WC999")
    assert res.exit_code == 2 and "'WC999' matches no rule" in res.stderr


def test_rules_explains_one_rule_with_what_passes():
    res = run("rules", "WC101")
    assert res.exit_code == 0
    for heading in ("What it flags:", "What it lets pass:", "Example:", "Passes:"):
        assert heading in res.stdout
    assert run("rules", "person-role-mismatch").stdout == res.stdout
    assert run("rules", "WC999").exit_code == 2


def test_every_rule_documents_what_it_flags_and_lets_pass():
    from checker.rules import RULES

    for r in RULES.values():
        for heading in ("What it flags:", "What it lets pass:", "Why it matters:", "Example:", "Passes:"):
            assert heading in r.doc, (r.id, heading)


def test_a_dash_reads_a_version_from_standard_input(embedder):
    res = run("check", str(FIRING / "a.txt"), "-", stdin=(FIRING / "b.txt").read_text())
    assert res.exit_code == 1
    assert res.stdout.startswith("stdin:1:74: WC110 [error]")


def test_json_to_stdout_is_only_json_and_the_summary_goes_to_stderr(embedder):
    res = run("check", *files(FIRING), "--json", "-")
    assert json.loads(res.stdout)["summary"]["error"] == 1
    assert "WC110 [error]" in res.stderr


def test_date_option_dates_an_undated_story(tmp_path, embedder):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("LONDON (Reuters) - The bank raised rates on Thursday, it said.")
    b.write_text("LONDON (AP) - The bank raised rates yesterday, it said.")
    undated = run("check", str(a), str(b), "--fail-on", "warning")
    assert undated.exit_code == 1 and "WC121 [warning]" in undated.stdout
    assert run("check", str(a), str(b), "--fail-on", "warning", "--date", "2024-01-12").exit_code == 0


# one-line errors, exit 2, nothing written


@pytest.mark.parametrize("args, words", [
    (["--model", "/nonexistent/model"], "--model must be"),
    (["--config", "/nonexistent/wirecheck.toml"], "config file not found"),
    (["--baseline", "/nonexistent/baseline.json"], "baseline file not found"),
])
def test_bad_paths_are_one_line_and_exit_2(tmp_path, args, words):
    out = tmp_path / "r.json"
    res = run("check", *files(FIRING), "--json", str(out), *args)
    assert res.exit_code == 2 and words in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.output
    assert not out.exists()


def test_an_unreadable_model_folder_and_a_malformed_baseline_are_named(tmp_path):
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "modules.json").write_text("[]")
    res = run("check", *files(FIRING), "--model", str(folder))
    assert res.exit_code == 2 and str(folder) in res.stderr and "Traceback" not in res.output
    bad = tmp_path / "baseline.json"
    bad.write_text('{"schema": "wirecheck-baseline/1", "accepted": [{"id": 3}]}')
    res = run("check", *files(FIRING), "--baseline", str(bad))
    assert res.exit_code == 2 and f"{bad}: entry 0 needs" in res.stderr


def test_baseline_refuses_an_id_the_story_does_not_produce(tmp_path, embedder):
    target = tmp_path / "b.json"
    res = run("baseline", "accept", "0123456789abcdef", *files(FIRING), "--reason", "typo", "-b", str(target))
    assert res.exit_code == 2 and "no finding with id" in res.stderr
    assert not target.exists()


@pytest.mark.model
def test_a_baseline_written_with_one_embedder_matches_with_the_other(tmp_path, embedder):
    target = tmp_path / "b.json"
    assert run("baseline", "create", *map(str, SEEDS), "-o", str(target), "--embedder", "minilm").exit_code == 0
    res = run("check", *map(str, SEEDS), "--baseline", str(target), "--embedder", "static")
    assert res.exit_code == 0, res.output  # the Grushko/Ryabkov error is accepted under either embedder
    assert "accepted:" in res.stdout


def test_no_progress_bar_when_stderr_is_not_a_terminal(embedder):
    res = run("check", str(BENIGN), str(FIRING))
    assert "checking stories" not in res.stderr


def test_help_states_the_exit_codes():
    out = run("--help").stdout
    for code in ("0 ", "1 ", "2 ", "3 ", "130"):
        assert code in out


# Ctrl-C


def _wait_for(predicate, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("timed out waiting for the process")


def test_ctrl_c_exits_130_and_writes_nothing(tmp_path):
    out = tmp_path / "out.json"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # the transformer model takes seconds to import: the interrupt lands in the middle of real work
    proc = subprocess.Popen([sys.executable, "-m", "checker", "check", *map(str, SEEDS), "--embedder", "minilm",
                             "--json", str(out)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()
    assert "interrupted" in err.decode() and b"Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # no report, no temporary file


def test_ctrl_c_that_passed_through_exec_of_a_string_still_exits_130(tmp_path):
    # numpy, scipy and torch import code through exec("..."): an interrupt landing there makes
    # `python -m` end with SIGINT (-2) unless the command line leaves with its own code
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "interrupted_check.py").write_text(
        "import checker.check as c\n"
        "c.check_versions = lambda *a, **k: exec('raise KeyboardInterrupt')\n"
        "from checker.cli import main\n"
        "main(prog_name='wirecheck')\n")
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "lib"), str(ROOT)])}
    proc = subprocess.run([sys.executable, "-m", "interrupted_check", "check", *map(str, SEEDS),
                           "--json", str(out / "out.json")], cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert proc.returncode == 130, proc.stderr.decode()
    assert "interrupted" in proc.stderr.decode() and b"Traceback" not in proc.stderr
    assert list(out.iterdir()) == []


def test_ctrl_c_during_nightly_leaves_no_run_half_recorded(tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    for case in sorted(STORIES.iterdir())[:40]:
        for name in ("a.txt", "b.txt"):
            if (case / name).exists():
                (feed / f"{case.name}-{name}").write_bytes((case / name).read_bytes())
    db = tmp_path / "h.db"
    proc = subprocess.Popen([sys.executable, "-m", "checker", "nightly", str(feed), "--out", str(tmp_path / "out"),
                             "--db", str(db), "--embedder", "minilm"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)

    def run_begun() -> bool:
        try:
            with sqlite3.connect(db) as conn:
                return conn.execute("SELECT count(*) FROM runs").fetchone()[0] > 0
        except sqlite3.Error:
            return False

    _wait_for(run_begun)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM runs WHERE finished IS NULL").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM findings").fetchone()[0] == 0
    assert not (tmp_path / "out" / "index.html").exists()


# nightly's work cache


def test_a_dated_feed_reuses_yesterdays_work_for_unchanged_stories(tmp_path, embedder):
    records = []
    for case in (FIRING, ROLE):
        for name in ("a.txt", "b.txt"):
            records.append({"id": f"{case.name}-{name}", "text": (case / name).read_text()})
    lines = "\n".join(json.dumps(r) for r in records) + "\n"
    monday, tuesday = tmp_path / "feed-2026-12-01.jsonl", tmp_path / "feed-2026-12-02.jsonl"
    monday.write_text(lines)
    tuesday.write_text(lines)
    db = str(tmp_path / "h.db")
    first = run("nightly", str(monday), "--out", str(tmp_path / "out1"), "--db", db, "--fail-on", "never")
    assert "0 stories unchanged since an earlier run" in first.stderr
    second = run("nightly", str(tuesday), "--out", str(tmp_path / "out2"), "--db", db, "--fail-on", "never")
    assert "2 stories unchanged since an earlier run" in second.stderr
    data = json.loads((tmp_path / "out2" / "findings.json").read_text())
    assert all(loc.startswith(str(tuesday)) for s in data["stories"] for loc in s["locations"].values())


@pytest.mark.model
@pytest.mark.parametrize("name", ["static", "minilm"])
def test_the_seeds_give_exactly_one_error_with_every_embedder(tmp_path, name):
    out = tmp_path / "r.json"
    res = run("check", *map(str, SEEDS), "--embedder", name, "--json", str(out))
    assert res.exit_code == 1, res.output
    errors = [f for f in json.loads(out.read_text())["findings"] if f["severity"] == "error"]
    assert [(f["a"]["value"], f["b"]["value"]) for f in errors] == [("Alexander Grushko", "Sergei Ryabkov")]


def test_an_interrupt_during_the_model_library_start_up_is_raised_when_it_ends():
    from checker.embed import interrupts_deferred

    finished = []
    with pytest.raises(KeyboardInterrupt):
        with interrupts_deferred():
            os.kill(os.getpid(), signal.SIGINT)
            finished.append(True)  # the start-up is not cut short
    assert finished == [True]
