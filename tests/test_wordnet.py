"""WordNet relations between two changed words, and the opposites the direction rule takes from them."""
from __future__ import annotations

import sqlite3

import pytest

from checker.check import check_texts
from checker.lexicon import DATA_DIR
from checker.model import Severity
from checker.wordnet import Relation, wordnet


@pytest.fixture(scope="module")
def wn():
    return wordnet()


@pytest.mark.parametrize("x, y, relation", [
    ("banks", "banks", Relation.SAME),
    ("price", "cost", Relation.SAME),  # one synset
    ("stay", "remain", Relation.SAME),
    ("snacks", "meals", Relation.SAME),  # a snack is a kind of meal: one hypernym step
    ("ran", "run", Relation.SAME),  # irregular form
    ("geese", "goose", Relation.SAME),
    ("rose", "fell", Relation.OPPOSITE),  # rise / fall, antonyms of the lemmas
    ("opening", "closing", Relation.OPPOSITE),
    ("big", "small", Relation.OPPOSITE),  # indirect: big is similar to large, whose antonym is small
    ("success", "failure", Relation.OPPOSITE),
    ("collapse", "explosion", Relation.DIFFERENT),
    ("parents", "teachers", Relation.DIFFERENT),
    ("banks", "hedge", Relation.DIFFERENT),
    ("Grushko", "Ryabkov", Relation.UNKNOWN),  # names are the entity rules' business
    ("banks", "xqzzv", Relation.UNKNOWN),
])
def test_relation(wn, x, y, relation):
    assert wn.relation(x, y) is relation
    assert wn.relation(y, x) is relation  # symmetric


def test_base_forms_undo_inflection_and_doubling(wn):
    assert "stop" in wn.base_forms("stopped")
    assert "bank" in wn.base_forms("Banks")
    assert wn.base_forms("xqzzv") == frozenset()


def test_the_tables_carry_princetons_licence():
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in (DATA_DIR / "wordnet" / "LICENSE").read_text()
    with sqlite3.connect(DATA_DIR / "wordnet" / "wordnet.sqlite") as db:
        assert db.execute("SELECT count(*) FROM words").fetchone()[0] > 100_000


def found(a: str, b: str) -> list[tuple[str, str, str, str]]:
    return [(f.name, f.severity.label, f.a.value, f.b.value)
            for f in check_texts(a, b).findings if f.severity >= Severity.WARNING]


def test_an_antonym_only_wordnet_knows_is_a_direction_flip():
    """generous / stingy is not in data/antonyms.tsv: stingy is similar to ungenerous, generous's antonym."""
    a, b = "Analysts called the offer generous to shareholders.", "Analysts called the offer stingy to shareholders."
    assert found(a, b) == [("direction-flip", "error", "generous", "stingy")]


def test_wordnet_antonyms_count_only_inside_a_minimal_edit(wn):
    """In a rewrite, an antonym pair may sit in different clauses; only the curated lexicon is trusted there."""
    a = "Analysts called the offer generous to shareholders on Tuesday."
    b = "In interviews, fund managers said the bid looked stingy to shareholders."
    assert wn.relation("generous", "stingy") is Relation.OPPOSITE  # WordNet knows them, the lexicon does not
    assert all(name != "direction-flip" for name, *_ in found(a, b))


@pytest.mark.parametrize("x, y", [("news", "said"), ("teenager", "old")])
def test_morphology_keeps_to_one_part_of_speech(wn, x, y):
    """"news" is not the plural of the adjective "new"; "teenager" is no comparative of "teenage"."""
    assert wn.relation(x, y) is Relation.DIFFERENT
