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

# Known failures under the default (static) embedder: a fact moved to a sentence the pairing does not
# join to its counterpart, so the pair-by-pair comparison never sees the two values side by side.
KNOWN = {
    "blind_benign_rocket_launch_failure": "a rewritten sentence paired with the wrong one: 'Cape Canaveral Space "
                                          "Force Station' / 'Florida' is a false warning",
    "blind_direction_flip_paris_appeal": "the prison-term sentence paired with another: a false 'prison' / "
                                         "'court' warning",
    "blind_direction_flip_trial": "the two lawyers' sentences cross-paired: a false person warning",
    "blind_number_mismatch_india_quick_commerce_ipo": "'1.8 lakh' / '18,000' delivery partners sit in sentences "
                                                      "left unpaired: the error is missed",
    "blind_number_mismatch_rate_cut": "'8%' / '6' sit in sentences left unpaired: the warning is missed",
    "blind_person_mismatch_merger": "the quotation given to another speaker is in a sentence paired as a split: "
                                    "the person and organisation warnings are missed",
}
PARAMS = [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=KNOWN[c.name])) if c.name in KNOWN else c
          for c in CASES]


def _run(case, embedder):
    files = [str(case / f"{v}.txt") for v in "abc" if (case / f"{v}.txt").exists()]
    return check_versions(read_versions(files), embedder)


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
