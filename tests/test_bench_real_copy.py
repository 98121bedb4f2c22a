"""The real-copy benchmark's pairing and scoring, on a tiny fixture (no wirecheck, no ECB+)."""
from __future__ import annotations

import json
import math

from bench.real_copy import (
    article_text, build_pairs, judge, load_verdicts, match_stories, render, score, unjudged, verdict_key,
)


def _doc(doc_id: str, story: str, n: int = 3) -> dict:
    return {"id": doc_id, "topic": 1, "subtopic": "ecb", "story": story,
            "sentences": [{"idx": i, "text": f"{doc_id} sentence {i}."} for i in range(n)]}


DOCS = [
    _doc("a1", "A"), _doc("a2", "A"), _doc("a3", "A"), _doc("a4", "A"),
    _doc("b1", "B"), _doc("b2", "B"), _doc("b3", "B"),
    _doc("c1", "C"), _doc("c2", "C"),
    _doc("d1", "D"), _doc("d2", "D", n=2),  # d2 is too short: story D has no pair
    _doc("e1", "E"),                        # alone in its story: no pair
]
STORY = {d["id"]: d["story"] for d in DOCS}


def test_pairs_are_two_different_articles_of_the_same_story():
    pairs = build_pairs(DOCS, n=10, seed=1)
    assert pairs
    for a, b in pairs:
        assert a != b
        assert STORY[a] == STORY[b]


def test_articles_with_fewer_than_three_sentences_are_left_out():
    ids = {i for pair in build_pairs(DOCS, n=100, seed=1) for i in pair}
    assert "d2" not in ids and "d1" not in ids and "e1" not in ids


def test_pairs_are_deterministic_with_a_seed():
    assert build_pairs(DOCS, n=5, seed=13) == build_pairs(DOCS, n=5, seed=13)
    assert build_pairs(DOCS, n=10, seed=13) != build_pairs(DOCS, n=10, seed=14)


def test_at_least_n_pairs_when_possible_and_never_a_pair_twice():
    pairs = build_pairs(DOCS, n=5, seed=3)
    assert len(pairs) >= 5
    unordered = [frozenset(p) for p in pairs]
    assert len(set(unordered)) == len(unordered)
    everything = build_pairs(DOCS, n=1000, seed=3)
    assert len(everything) == 6 + 3 + 1  # every pair of A (4 articles), B (3) and C (2)


def test_pairs_spread_over_the_stories_round_robin():
    pairs = build_pairs(DOCS, n=3, seed=5)
    assert {STORY[a] for a, _ in pairs} == {"A", "B", "C"}


def test_article_text_is_one_sentence_per_line_in_idx_order():
    doc = {"sentences": [{"idx": 1, "text": "Second  one."}, {"idx": 0, "text": "First."}]}
    assert article_text(doc) == "First.\nSecond one.\n"


def test_story_objects_are_matched_to_pairs_by_their_version_paths(tmp_path):
    pa, pb = tmp_path / "a1.txt", tmp_path / "a2.txt"
    result = {"stories": [{"story": "a1.txt", "versions": [{"id": "a1.txt", "path": str(pa)},
                                                          {"id": "a2.txt", "path": str(pb)}], "findings": []}]}
    assert list(match_stories(result, {(pa.resolve(), pb.resolve()): "a1|a2"})) == ["a1|a2"]
    assert match_stories(result, {(pb.resolve(), pa.resolve()): "a2|a1"}) == {}


def _finding(pair: str, a: str, b: str, name: str = "number-mismatch") -> dict:
    return {"pair": pair, "rule": "WC110", "name": name, "a_value": a, "b_value": b,
            "a_sentence": "...", "b_sentence": "...", "message": "m", "why": "w"}


def test_verdict_matching_ignores_case_and_white_space(tmp_path):
    path = tmp_path / "verdicts.jsonl"
    path.write_text(json.dumps({"pair": "a1|a2", "a_value": "Five  People", "b_value": " six people",
                                "verdict": "real", "note": "n"}) + "\n")
    verdicts = load_verdicts(path)
    assert verdict_key("a1|a2", "five people", "Six\tpeople") in verdicts
    [f] = judge([_finding("a1|a2", "five people", "SIX people")], verdicts)
    assert f["verdict"] == "real"


def test_a_verdict_belongs_to_its_pair_and_its_values_in_order(tmp_path):
    path = tmp_path / "verdicts.jsonl"
    path.write_text(json.dumps({"pair": "a1|a2", "a_value": "5", "b_value": "6", "verdict": "false"}) + "\n")
    judged = judge([_finding("a1|a3", "5", "6"), _finding("a1|a2", "6", "5")], load_verdicts(path))
    assert [f["verdict"] for f in judged] == [None, None]


def test_missing_verdict_file_judges_nothing(tmp_path):
    assert load_verdicts(tmp_path / "absent.jsonl") == {}


ERRORS = [_finding("a1|a2", "5", "6"), _finding("a1|a2", "Paris", "Lyon", "name-mismatch"),
          _finding("b1|b2", "Monday", "Tuesday", "date-mismatch"), _finding("b1|b2", "1", "2"),
          _finding("c1|c2", "7", "9")]
VERDICTS = {verdict_key("a1|a2", "5", "6"): {"verdict": "real"},
            verdict_key("a1|a2", "paris", "lyon"): {"verdict": "false"},
            verdict_key("b1|b2", "monday", "tuesday"): {"verdict": "false"},
            verdict_key("b1|b2", "1", "2"): {"verdict": "unclear"},
            verdict_key("z1|z2", "1", "2"): {"verdict": "real"}}  # matches no finding


def test_precision_is_real_over_real_plus_false_among_judged_errors():
    s = score(judge(ERRORS, VERDICTS), [], pairs=4, stories=3)
    assert (s["judged"], s["real"], s["false"], s["unclear"], s["unjudged"]) == (4, 1, 2, 1, 1)
    assert math.isclose(s["precision"], 1 / 3)


def test_per_pair_figures_divide_by_the_pairs_checked():
    warnings = [_finding("a1|a2", "3", "4")] * 2
    s = score(judge(ERRORS, VERDICTS), warnings, pairs=4, stories=3)
    assert s["errors"] == 5 and math.isclose(s["errors_per_pair"], 5 / 4)
    assert math.isclose(s["warnings_per_pair"], 2 / 4)
    assert math.isclose(s["false_per_pair"], 2 / 4)
    assert math.isclose(s["unjudged_per_pair"], 1 / 4)
    assert s["per_rule"] == {"number-mismatch": 3, "date-mismatch": 1, "name-mismatch": 1}


def test_precision_without_judged_errors_is_not_a_number_and_renders_as_n_a():
    s = score(judge(ERRORS, {}), [], pairs=4, stories=3)
    assert math.isnan(s["precision"]) and s["unjudged"] == 5
    assert "| error precision (real / (real + false)) | n/a |" in render(s)
    assert math.isnan(score([], [], pairs=0, stories=0)["errors_per_pair"])


def test_unjudged_findings_are_listed_for_a_reader_to_judge():
    todo = unjudged(judge(ERRORS, VERDICTS))
    assert todo == [_finding("c1|c2", "7", "9")]
    assert "verdict" not in todo[0]
