"""`wirecheck pairs`: one output line per good input line, bad lines reported by number."""
from __future__ import annotations

import json

from click.testing import CliRunner

from checker.cli import main


def _run(tmp_path, lines: list[str], *extra: str):
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(main, ["pairs", str(inp), "-o", str(out), *extra])
    rows = [json.loads(x) for x in out.read_text().splitlines()] if out.exists() else []
    return res, rows


def test_each_pair_gets_its_flag_and_findings(tmp_path):
    res, rows = _run(tmp_path, [
        json.dumps({"id": "flip", "a": "The index rose 0.3% on Monday.", "b": "The index fell 0.3% on Monday."}),
        json.dumps({"id": "same", "a": "Talks were held in Geneva.", "b": "Talks were held in Geneva."}),
        json.dumps({"id": "days", "a": "They met on Wednesday.", "b": "They met yesterday.", "a_date": "2022-01-12", "b_date": "2022-01-13"}),
    ])
    assert res.exit_code == 0, res.output
    by_id = {r["id"]: r for r in rows}
    assert by_id["flip"]["flag"] == "error"
    (f,) = by_id["flip"]["findings"]
    assert (f["name"], f["a_value"], f["b_value"]) == ("direction-flip", "index rose 0.3%", "index fell 0.3%")
    assert set(f) >= {"rule", "severity", "a_value", "b_value", "message"}
    assert by_id["same"] == {"id": "same", "flag": None, "findings": []}
    assert by_id["days"]["flag"] is None


def test_bad_lines_are_reported_with_line_numbers_and_exit_2(tmp_path):
    res, rows = _run(tmp_path, [
        json.dumps({"id": "ok", "a": "Prices rose.", "b": "Prices rose."}),
        "{not json",
        json.dumps({"id": "nob", "a": "x"}),
        json.dumps({"id": "date", "a": "x", "b": "y", "a_date": "2022-13-45"}),
    ])
    assert res.exit_code == 2
    assert [r["id"] for r in rows] == ["ok"]
    for line in (2, 3, 4):
        assert f"in.jsonl:{line}:" in res.output


def test_fail_on_error_exits_1_when_a_pair_is_flagged(tmp_path):
    res, _ = _run(tmp_path, [json.dumps({"id": "x", "a": "Sales rose 5%.", "b": "Sales rose 7%."})], "--fail-on", "error")
    assert res.exit_code == 1
