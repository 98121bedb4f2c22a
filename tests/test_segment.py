"""Segmentation: sentences with offsets, abbreviations, quotes and subheadings."""
from __future__ import annotations

from checker.ingest import parse_version, read_version
from checker.segment import segment

from .conftest import SEEDS


def _texts(text: str) -> list[str]:
    return [c.text for c in segment(parse_version(text, "t.txt"))]


def test_every_claim_points_at_its_text():
    for path in SEEDS:
        v = read_version(path)
        for c in segment(v):
            assert v.text[c.start : c.end] == c.text


def test_abbreviations_do_not_end_sentences():
    text = "Mr. Smith met U.S. officials on Jan. 12 at No. 10 Downing Street. They talked for an hour."
    assert _texts(text) == ["Mr. Smith met U.S. officials on Jan. 12 at No. 10 Downing Street.", "They talked for an hour."]


def test_initials_do_not_end_sentences():
    assert _texts("The report by J. K. Rowling sold well. Critics agreed.") == [
        "The report by J. K. Rowling sold well.", "Critics agreed."]


def test_a_quotation_spanning_a_sentence_end_stays_whole():
    text = 'He said: "We will not stop. We will go on." Then he left.'
    assert _texts(text) == ['He said: "We will not stop. We will go on."', "Then he left."]


def test_subheadings_are_marked_not_checked():
    v = read_version(SEEDS[0])
    headings = [c.text for c in segment(v) if c.heading]
    assert headings == ["Little leeway", "War 'unthinkable'"]


def test_lead_sentence_is_never_a_heading():
    assert not segment(parse_version("Short lead\nSecond line here.", "t.txt"))[0].heading


def test_a_hard_wrapped_sentence_is_one_claim():
    text = "Unemployment rose to 2.5%\n  in March, the office said.\nPrices fell."
    assert _texts(text) == ["Unemployment rose to 2.5%\n  in March, the office said.", "Prices fell."]
