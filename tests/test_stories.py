"""Hand-written story pairs: each rule fires where it should, benign edits stay silent.

Each folder under tests/stories holds a.txt, b.txt (maybe c.txt) and
expect.json listing exactly the warnings and errors expected.
"""
from __future__ import annotations

import json

import pytest

from checker.check import check_versions
from checker.ingest import read_versions
from checker.model import Severity

from .conftest import STORIES

CASES = sorted(p for p in STORIES.iterdir() if (p / "expect.json").exists())

def _run(case, embedder):
    files = [str(case / f"{v}.txt") for v in "abc" if (case / f"{v}.txt").exists()]
    return check_versions(read_versions(files), embedder)


def _param(case):
    """A story whose expect.json names a `known_failure` is a strict xfail: the expectation stays the right
    answer, and the test fails loudly the day the checker gives it."""
    known = json.loads((case / "expect.json").read_text()).get("known_failure")
    return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=known)) if known else case


PARAMS = [_param(c) for c in CASES]


@pytest.mark.parametrize("case", PARAMS, ids=[c.name for c in CASES])
def test_story(case, embedder):
    expect = json.loads((case / "expect.json").read_text())
    result = _run(case, embedder)
    got = [f for f in result.findings if f.severity >= Severity.WARNING]
    described = [(f.name, f.severity.label, f.a.value, f.b.value) for f in got]
    assert len(got) == len(expect["findings"]), described
    for want in expect["findings"]:
        match = [
            f for f in got
            if f.name == want["rule"] and f.severity.label == want["severity"]
            and f.b.version.startswith(want.get("version", "b"))
            and (want["a_value"] in f.a.value or f.a.value in want["a_value"])
            and (want["b_value"] in f.b.value or f.b.value in want["b_value"])
        ]
        assert match, (want, described)
