"""The learned second opinion: its input marking, its numpy forward pass, its training script, and the
model-disagreement rule (WC201) that only ever adds a warning where the rules were silent."""
from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass

import numpy as np
import pytest

from checker import verifier
from checker.check import check_texts, check_versions
from checker.ingest import read_versions
from checker.model import Severity

from .conftest import ROOT, SEEDS

TINY = ROOT / "tests" / "fixtures" / "eval_tiny"


def _script():
    spec = importlib.util.spec_from_file_location("train_verifier", ROOT / "scripts" / "train_verifier.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the input: every changed run of words marked on both sides ---------------------------------------

def test_changed_runs_are_wrapped_on_both_sides():
    assert verifier.mark_changes("The Dow rose 0.3 per cent on Monday.", "The Dow rose 0.5 per cent on Monday.") == (
        "The Dow rose «0.3» per cent on Monday.", "The Dow rose «0.5» per cent on Monday.")


def test_words_one_side_lacks_leave_an_empty_pair_where_they_were():
    assert verifier.mark_changes("He was not there.", "He was there.") == ("He was «not» there.", "He was «» there.")


def test_case_alone_is_no_change_and_identical_sentences_are_unmarked():
    assert verifier.mark_changes("NATO met in Brussels.", "Nato met in Brussels.") == ("NATO met in Brussels.", "Nato met in Brussels.")


def test_changed_words_are_located_in_each_sentence():
    a, b = "The council approved the plan.", "The council shelved the plan."
    sa, sb = verifier.changed_words(a, b)
    assert a[slice(*sa)] == "approved" and b[slice(*sb)] == "shelved"


# --- the model ------------------------------------------------------------------------------------------

@pytest.mark.model
def test_the_numpy_forward_pass_gives_what_torch_gives(tmp_path):
    torch = pytest.importorskip("torch")
    script = _script()
    base = verifier.base_model_path()
    torch.manual_seed(0)
    model = script.build_model(base)
    model.eval()
    weights = script.export(model)
    state = model.state_dict()
    for key, value in weights.items():  # the torch model with the same fp16-rounded weights the file holds
        state[key if key.startswith("head") else "bert." + key].copy_(torch.tensor(value.astype(np.float32)))
    np.savez(tmp_path / "weights.npz", **weights)
    (tmp_path / "verifier.json").write_text(json.dumps({"max_len": 128, "heads": 12, "layers": 6, "threshold": 0.5}))
    ours = verifier.load(tmp_path, base)
    pairs = [("The Dow rose 0.3 per cent on Monday.", "The Dow rose 0.5 percent on Monday."),
             ("He was not there.", "He was there, officials said yesterday in a statement to reporters.")]
    ids, types, mask = ours.encode(pairs)
    with torch.no_grad():
        expected = model(torch.tensor(ids), torch.tensor(types), torch.tensor(mask)).numpy()
    assert np.allclose(ours.logits(pairs), expected, atol=1e-4)


@pytest.mark.model
def test_one_training_step_on_a_tiny_set_writes_a_model_that_loads(tmp_path, capsys):
    pytest.importorskip("torch")
    out = tmp_path / "verifier"
    assert _script().main(["--eval", str(TINY), "--out", str(out), "--max-steps", "1", "--no-rules"]) == 0
    card = json.loads((out / "verifier.json").read_text())
    assert 0 < card["threshold"] < 1 and card["counts"]["synthetic"] > 0 and card["steps"] == 1
    with np.load(out / "weights.npz") as z:
        assert "embeddings.word_embeddings.weight" not in z.files and "head.weight" in z.files
        assert all(z[k].dtype == np.float16 for k in z.files)
    scores = verifier.load(out).score([("It rose 3 percent.", "It rose 5 percent.")])
    assert 0 <= scores[0] <= 1
    assert "| verifier alone |" in (out / "MODEL_CARD.md").read_text()
    (out / "MODEL_CARD.md").unlink()
    assert _script().main(["--eval", str(TINY), "--out", str(out), "--no-rules", "--score-only"]) == 0
    assert json.loads((out / "verifier.json").read_text())["threshold"] == card["threshold"]  # scored, not retrained
    assert "| verifier alone |" in (out / "MODEL_CARD.md").read_text()


def test_word_swaps_replace_one_word_by_a_synonym_as_benign_or_by_another_kind_as_a_change():
    import random

    from checker.wordnet import Relation, wordnet

    swaps, rng = _script().WordSwaps(), random.Random(1)
    text = "The committee approved the budget for the hospital after a long debate."
    made = [m for m in (swaps.swap(text, rng) for _ in range(60)) if m is not None]
    assert {y for _, y in made} == {0, 1}
    for new, y in made:
        (old_word, new_word), = [(p, q) for p, q in zip(text.split(), new.split()) if p != q]
        relation = wordnet().relation(old_word.strip("."), new_word.strip("."))
        assert (relation is Relation.SAME) if y == 0 else relation in (Relation.DIFFERENT, Relation.OPPOSITE)


def test_the_shipped_model_is_small_and_carries_its_card():
    folder = verifier.HERE
    if not (folder / "weights.npz").exists():
        pytest.fail("data/verifier/weights.npz is missing: run scripts/train_verifier.py")
    assert (folder / "weights.npz").stat().st_size <= 25 * 2**20
    card = json.loads((folder / "verifier.json").read_text())
    assert card["table"]["verifier alone"] and 0 < card["threshold"] < 1
    assert "Apache-2.0" in (folder / "MODEL_CARD.md").read_text()


# --- the rule: a warning where the rules were silent, never anything else -------------------------------

@dataclass
class Fixed:
    """A stand-in verifier that scores every pair the same."""

    value: float
    threshold: float = 0.5
    seen: tuple = ()

    def score(self, pairs):
        self.seen += tuple(pairs)
        return np.full(len(pairs), self.value, dtype=np.float32)


@pytest.fixture
def fixed(monkeypatch):
    def use(value: float) -> Fixed:
        model = Fixed(value)
        monkeypatch.setattr(verifier, "shared", lambda: model)
        return model
    return use


def test_a_pair_the_rules_left_silent_gets_a_warning_with_the_score_and_the_changed_words(fixed, embedder):
    fixed(0.93)
    result = check_texts("The council approved the plan on Monday.", "The council shelved the plan on Monday.", embedder=embedder)
    (f,) = [f for f in result.findings if f.rule == "WC201"]
    assert f.severity == Severity.WARNING and f.confidence == pytest.approx(0.93)
    assert (f.a.value, f.b.value) == ("approved", "shelved") and "0.93" in f.message


def test_below_the_threshold_nothing_is_added(fixed, embedder):
    fixed(0.2)
    result = check_texts("The council approved the plan on Monday.", "The council shelved the plan on Monday.", embedder=embedder)
    assert not [f for f in result.findings if f.rule == "WC201"]


def test_a_pair_a_rule_flagged_is_not_read_again_and_keeps_its_severity(fixed, embedder):
    model = fixed(0.99)
    result = check_texts("Profits rose 3 percent in the quarter.", "Profits rose 5 percent in the quarter.", embedder=embedder)
    assert [(f.rule, f.severity) for f in result.findings] == [("WC110", Severity.ERROR)]
    assert model.seen == ()


def test_identical_sentences_are_never_read(fixed, embedder):
    model = fixed(0.99)
    result = check_texts("The council approved the plan.", "The council approved the plan.", embedder=embedder)
    assert not result.findings and model.seen == ()


def test_the_seeds_still_give_exactly_one_error_and_no_verifier_warning(embedder):
    result = check_versions(read_versions([str(p) for p in SEEDS]), embedder)
    assert [(f.rule, f.a.value, f.b.value) for f in result.findings if f.severity == Severity.ERROR] == [
        ("WC101", "Alexander Grushko", "Sergei Ryabkov")]
    assert not [f for f in result.findings if f.rule == "WC201"]


# --- where it runs ---------------------------------------------------------------------------------------

def test_auto_runs_the_verifier_everywhere_but_a_single_story_check(tmp_path):
    from checker.config import Config, active_rules, for_run, parse

    assert "WC201" not in {r.id for r in active_rules(for_run(Config(), single_story=True))}
    assert "WC201" in {r.id for r in active_rules(for_run(Config(), single_story=False))}
    on = parse({"verifier": True}, "wirecheck.toml", tmp_path)
    off = parse({"verifier": False}, "wirecheck.toml", tmp_path)
    assert "WC201" in {r.id for r in active_rules(for_run(on, single_story=True))}
    assert "WC201" not in {r.id for r in active_rules(for_run(off, single_story=False))}


def test_a_bad_verifier_setting_names_the_key(tmp_path):
    from checker.config import parse
    from checker.ingest import InputProblem

    with pytest.raises(InputProblem, match="verifier must be true, false or"):
        parse({"verifier": "sometimes"}, "wirecheck.toml", tmp_path)


def test_two_sentences_that_only_share_a_fact_are_not_read(fixed, embedder):
    model = fixed(0.99)
    result = check_texts("Nato's chief said on Wednesday any attack would spur a decision.",
                         "Stoltenberg told reporters the alliance will not compromise on core principles.", embedder=embedder)
    assert not [f for f in result.findings if f.rule == "WC201"] and model.seen == ()


BENIGN = sorted(p.name for p in (ROOT / "tests" / "stories").iterdir()
                if p.is_dir() and (p / "expect.json").exists() and not json.loads((p / "expect.json").read_text()).get("findings"))
# Benign stories on which the shipped verifier still adds a warning (measured when it was trained): rounded
# figures and reworded names the rules judged equal look to it like the VitaminC revisions it learned from.
VERIFIER_FALSE_ALARMS = {"blind_benign_eu_sanctions_package"}


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="verifier false alarm"))
                                  if c in VERIFIER_FALSE_ALARMS else c for c in BENIGN])
def test_the_verifier_adds_nothing_to_a_benign_story(case, embedder):
    folder = ROOT / "tests" / "stories" / case
    files = sorted(str(p) for p in folder.iterdir() if p.suffix == ".txt")
    result = check_versions(read_versions(files), embedder)
    assert [(f.a.value, f.b.value) for f in result.findings if f.rule == "WC201"] == []


def test_a_change_the_rules_judged_equal_is_not_read(fixed, embedder):
    model = fixed(0.99)
    result = check_texts("The baby weighed 14.7 pounds.", "The baby weighed about 15 pounds.", embedder=embedder)
    assert not result.findings and model.seen == ()
