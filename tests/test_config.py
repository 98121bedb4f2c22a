"""Configuration: [tool.wirecheck] or wirecheck.toml, unknown keys refused, rules selected in one place."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.config import Config, active_rules, load, parse
from checker.ingest import InputProblem

from .conftest import STORIES

CASE = STORIES / "number_percentage"


def ids(cfg: Config) -> list[str]:
    return [r.id for r in active_rules(cfg)]


@pytest.mark.parametrize(
    "select, ignore, present, absent",
    [
        ([], [], ["WC101", "WC190"], []),
        (["WC11"], [], ["WC110"], ["WC101", "WC120"]),
        ([], ["quote-altered", "WC19"], ["WC110"], ["WC130", "WC190"]),
        (["WC1"], ["WC110"], ["WC101"], ["WC110"]),  # an explicit ignore beats a broad select
    ],
)
def test_select_and_ignore_by_id_prefix_or_name(select, ignore, present, absent):
    got = ids(parse({"select": select, "ignore": ignore}, "t", STORIES))
    assert all(p in got for p in present) and not any(a in got for a in absent)


def test_unknown_key_is_named():
    with pytest.raises(InputProblem, match="unknown key 'fail_on'"):
        parse({"fail_on": "error"}, "pyproject.toml", STORIES)


@pytest.mark.parametrize("data, message", [
    ({"fail-on": "sometimes"}, "fail-on must be"),
    ({"ignore": ["WC999"]}, "matches no rule"),
    ({"severity": {"WC999": "error"}}, "unknown rule"),
    ({"severity": {"WC104": "loud"}}, "unknown severity"),
    ({"threshold": 2}, "between 0 and 1"),
    ({"lexicons": ["nope"]}, "not a folder"),
])
def test_bad_values_are_refused(data, message):
    with pytest.raises(InputProblem, match=message):
        parse(data, "wirecheck.toml", STORIES)


def test_pyproject_table_and_wirecheck_toml_are_found(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.wirecheck]\nfail-on = "warning"\n')
    assert load(cwd=tmp_path).fail_on == "warning"
    (tmp_path / "wirecheck.toml").write_text('fail-on = "never"\nignore = ["WC130"]\n')
    cfg = load(cwd=tmp_path)
    assert cfg.fail_on == "never" and "WC130" not in ids(cfg)
    assert load(cwd=tmp_path / "..").source  # no file: defaults, no error


def test_config_turns_a_rule_off_and_changes_severity_in_check(tmp_path, embedder):
    files = [str(CASE / "a.txt"), str(CASE / "b.txt")]
    off = tmp_path / "off.toml"
    off.write_text('ignore = ["number-mismatch"]\n')
    assert CliRunner().invoke(main, ["check", *files, "--config", str(off)]).exit_code == 0
    soft = tmp_path / "soft.toml"
    soft.write_text('[severity]\nWC110 = "warning"\n')
    res = CliRunner().invoke(main, ["check", *files, "--config", str(soft)])
    assert res.exit_code == 0 and "WC110 [warning]" in res.output
    assert CliRunner().invoke(main, ["check", *files, "--config", str(soft), "--fail-on", "warning"]).exit_code == 1
    bad = tmp_path / "bad.toml"
    bad.write_text("colour = 1\n")
    res = CliRunner().invoke(main, ["check", *files, "--config", str(bad)])
    assert res.exit_code == 2 and "unknown key 'colour'" in res.output
