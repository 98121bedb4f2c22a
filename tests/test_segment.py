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


def test_lines_about_the_copy_are_no_claims():
    text = (" date 2024-01-13 LONDON (Reuters) - The bank raised rates to 5.25%.\n"
            "By Jane Smith and John Doe, Reuters\n"
            "Updated 3 hours ago\n"
            "Last updated an hour ago\n"
            "Published 10:32 GMT, 13 January 2024\n"
            "A trader works on the floor in London, Britain, January 12, 2024. REUTERS/Toby Melville\n"
            "Photo: AFP/Ben Stansall\n"
            "Inflation fell to 3.9% in November.\n"
            "(($1 = 0.9202 euros))\n"
            "https://www.reuters.com/markets/rates-2024-01-13/\n"
            "press@bankofengland.co.uk\n"
            "(Reporting by Jane Smith; Editing by Tom Hogue)\n"
            "Our Standards: The Thomson Reuters Trust Principles.\n")
    assert _texts(text) == ["The bank raised rates to 5.25%.", "Inflation fell to 3.9% in November."]


def test_sentences_that_start_like_metadata_are_still_claims():
    for sentence in ["By the end of the year, prices rose 4%.", "Published reports said the deal was off.",
                     "Updated figures showed 5% growth.", "Pictures of the scene showed damage."]:
        assert _texts(sentence) == [sentence]


def test_web_and_mail_addresses_carry_no_facts():
    from checker.facts import analyze

    facts = analyze("Details are at www.bank.com/2024/rates-5 or press@bank2024.co.uk, the bank said.")
    assert facts.quantities == [] and facts.dates == []
