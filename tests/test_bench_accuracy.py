"""The accuracy benchmark's scoring, on a tiny fixture, so it cannot rot."""
from __future__ import annotations

import json
import math

from bench.accuracy import false_positives, prf, render, score

ROWS = [
    {"dataset": "mrpc", "id": "m0", "a": "a", "b": "b", "label": 0, "kind": None, "domain": None, "triage": None},
    {"dataset": "mrpc", "id": "m1", "a": "a", "b": "b", "label": 0, "kind": None, "domain": None, "triage": "conflict"},
    {"dataset": "summedits", "id": "s0", "a": "a", "b": "b", "label": 0, "kind": None, "domain": "news", "triage": None},
    {"dataset": "summedits", "id": "s1", "a": "a", "b": "b", "label": 1, "kind": "entity_modification+negation_insertion_removal", "domain": "news", "triage": None},
    {"dataset": "summedits", "id": "s2", "a": "a", "b": "b", "label": 1, "kind": "antonym_swap", "domain": "news", "triage": None},
    {"dataset": "vitaminc", "id": "v1", "a": "a", "b": "b", "label": 1, "kind": "supports_refutes_flip", "domain": None, "triage": None},
]
F = [{"name": "number-mismatch", "severity": "error", "a_value": "1", "b_value": "2", "message": "m"}]
OUT = {
    "m0": {"id": "m0", "flag": "error", "findings": F},
    "m1": {"id": "m1", "flag": "error", "findings": F},
    "s0": {"id": "s0", "flag": None, "findings": []},
    "s1": {"id": "s1", "flag": "error", "findings": F},
    "s2": {"id": "s2", "flag": "warning", "findings": [dict(F[0], severity="warning")]},
    "v1": {"id": "v1", "flag": "warning", "findings": [dict(F[0], severity="warning")]},
}


def _row(result, dataset, kind):
    return next(t for t in result["table"] if t["dataset"] == dataset and t["kind"] == kind)


def test_flag_rates_per_kind_count_composite_kinds_under_each_part():
    result = score(ROWS, OUT)
    assert _row(result, "summedits", "entity_modification")["error"] == 1.0
    assert _row(result, "summedits", "negation_insertion_removal")["n"] == 1
    assert _row(result, "summedits", "antonym_swap")["error"] == 0.0
    assert _row(result, "summedits", "antonym_swap")["warning"] == 1.0
    assert _row(result, "vitaminc", "supports_refutes_flip")["warning"] == 1.0


def test_mrpc_subsets_separate_triaged_conflicts():
    result = score(ROWS, OUT)
    assert _row(result, "mrpc", "label 0")["error"] == 1.0
    assert _row(result, "mrpc", "label 0, clean (no triaged conflict)")["n"] == 1
    assert _row(result, "mrpc", "triaged conflicts (any label)")["error"] == 1.0


def test_balanced_accuracy_on_summedits_news():
    m = score(ROWS, OUT)["metrics"]["summedits news"]
    assert m["recall"] == 0.5 and m["precision"] == 1.0
    assert math.isclose(m["balanced_accuracy"], 0.75)


def test_prf_edge_cases():
    assert math.isnan(prf([False], [False])["precision"])
    assert prf([True, True], [True, False])["precision"] == 0.5


def test_false_positives_are_written_for_review_and_conflicts_are_not():
    ids = [r["id"] for r in false_positives(ROWS, OUT)]
    assert ids == ["m0"]


def test_render_prints_every_row():
    text = render(score(ROWS, OUT))
    assert "| summedits | antonym_swap | 1 | 0.0% | 100.0% |" in text
    assert "number-mismatch" in text


def test_summedits_reach_leaves_out_only_misses_judged_synonym_or_specificity():
    from bench.summedits_reach import news_balanced_reach, reach

    pairs = [
        {"id": "e1", "label": 1, "kind": "entity_modification", "domain": "news"},  # caught
        {"id": "e2", "label": 1, "kind": "entity_modification", "domain": "news"},  # missed, a changed fact
        {"id": "e3", "label": 1, "kind": "entity_modification+antonym_swap", "domain": "news"},  # missed, a synonym
        {"id": "e4", "label": 1, "kind": "entity_modification", "domain": "podcast"},  # missed, never judged
        {"id": "n0", "label": 0, "kind": None, "domain": "news"},  # benign, flagged
        {"id": "n1", "label": 0, "kind": None, "domain": "news"},  # benign, silent
    ]
    flags = {"e1": "error", "e2": None, "e3": "warning", "e4": None, "n0": "error", "n1": None}
    verdicts = {"e2": "fact", "e3": "synonym"}
    rows = {r["row"]: r for r in reach(pairs, flags, verdicts)}
    entity = rows["entity_modification"]
    assert entity["n"] == 4 and entity["error"] == 0.25
    assert entity["misses"] == {"fact": 1, "synonym": 1, "unjudged": 1}
    assert entity["reach"] == 0.75  # only the synonym is out of reach
    assert rows["antonym_swap"]["reach"] == 0.0
    assert math.isclose(news_balanced_reach(pairs, flags, verdicts), (2 / 3 + 1 / 2) / 2)


def test_the_dev_split_keeps_groups_whole_and_never_moves():
    from bench.splits import assign

    rows = [
        {"dataset": "mrpc", "id": "m1", "a": "The Dow rose.", "b": "Stocks climbed."},
        {"dataset": "mrpc", "id": "m2", "a": "Stocks  climbed.", "b": "Shares went up."},  # shares a sentence with m1
        {"dataset": "summedits", "id": "d7_0", "a": "x", "b": "y", "doc_id": "d7"},
        {"dataset": "summedits", "id": "d7_1", "a": "x", "b": "z", "doc_id": "d7"},
        {"dataset": "vitaminc", "id": "v1", "a": "x", "b": "y", "page": "Paris"},
        {"dataset": "vitaminc", "id": "v2", "a": "x", "b": "z", "page": "Paris"},
    ]
    slices = assign(rows)
    assert slices["m1"] == slices["m2"] and slices["d7_0"] == slices["d7_1"] and slices["v1"] == slices["v2"]
    assert set(slices.values()) <= {"read", "unread"}
    assert assign(rows) == slices


def test_the_judges_balanced_accuracy_weighs_both_labels_alike():
    from bench.summedits_judge import JUDGED, balanced_accuracy

    labels = {"a": 1, "b": 1, "c": 0, "d": 0}
    assert balanced_accuracy({"a": True, "b": False, "c": False, "d": True}, labels) == (0.5, 0.5, 0.5)
    assert balanced_accuracy({"a": True, "b": True, "c": False, "d": False}, labels) == (1.0, 1.0, 0.0)
    judged = [json.loads(line) for line in JUDGED.read_text().splitlines()]
    assert len(judged) == 115 and all(set(j) == {"id", "pair_only", "with_document"} for j in judged)
