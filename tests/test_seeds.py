"""The seed story: exactly one error, the Grushko/Ryabkov attribution."""
from __future__ import annotations

from checker.model import Severity


def test_exactly_one_error_names_both_people(seed_result):
    errors = [f for f in seed_result.findings if f.severity == Severity.ERROR]
    assert len(errors) == 1, [(f.name, f.a.value, f.b.value) for f in errors]
    (f,) = errors
    assert f.name == "person-role-mismatch"
    assert f.a.value == "Alexander Grushko"
    assert f.b.value == "Sergei Ryabkov"


def test_error_spans_point_at_the_names_in_each_version(seed_result):
    (f,) = [f for f in seed_result.findings if f.severity == Severity.ERROR]
    a, b = seed_result.versions
    assert a.text[f.a.span[0] : f.a.span[1]] == "Alexander Grushko"
    assert b.text[f.b.span[0] : f.b.span[1]] == "Sergei Ryabkov"


def test_benign_differences_stay_below_error(seed_result):
    """Wednesday/yesterday, US/Washington, towards/toward, Mr, Nato/NATO are not errors."""
    values = {(f.a.value, f.b.value) for f in seed_result.findings if f.severity >= Severity.WARNING}
    for benign in ("Wednesday", "US", "towards", "North Atlantic Treaty Organisation", "buildup"):
        assert not any(benign == a for a, _ in values if (a, _) != ("Alexander Grushko", "Sergei Ryabkov")), values


def test_trimmed_claims_are_info(seed_result):
    trims = [f for f in seed_result.findings if f.name == "claim-only-in-one-version"]
    assert trims and all(f.severity == Severity.INFO for f in trims)
