"""Wire copy as agencies send it becomes versions: formats, encodings, feeds, and stories that mix them."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from checker.check import check_versions
from checker.feed import read_feed
from checker.ingest import InputProblem, read_version
from checker.model import Severity

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


@pytest.mark.parametrize("name, fmt, place, source", [
    ("ninjs_1x_text.json", "ninjs", "BRUSSELS", "Reuters"),
    ("ninjs_1x_html.json", "ninjs", "ROTTERDAM, Netherlands", "AP"),
    ("ninjs_2x.json", "ninjs", "MUNICH", "dpa"),
    ("ninjs_3x.json", "ninjs", "GENEVA", "AFP"),
    ("newsml_g2_xhtml.xml", "newsml-g2", "BRUSSELS", "Reuters"),
    ("newsml_g2_nitf.xml", "newsml-g2", "LISBON", "Lusa"),
    ("newsml_12_nitf.xml", "newsml-1.2", "PARIS", "AFP"),
    ("nitf.xml", "nitf", "WARSAW", "PAP"),
])
def test_each_agency_format_is_one_dated_version(name, fmt, place, source):
    v = read_version(FIXTURES / name)
    assert v.format == fmt
    assert v.date == dt.date(2024, 1, 13) and v.date_from == "metadata"
    assert (v.dateline, v.sources) == (place, (source,))
    assert v.title and v.title not in v.text  # the headline is metadata, not a claim
    assert "<" not in v.text


def test_an_html_page_keeps_its_paragraphs_and_drops_the_chrome():
    v = read_version(FIXTURES / "page.html")
    assert v.format == "html" and v.title == "Storm closes Dublin airport"
    assert v.text.startswith("Storm Isha closed Dublin airport")
    assert "\n\n" in v.text and "<script" not in v.text


def test_a_newsml_message_with_two_articles_is_no_single_version():
    with pytest.raises(InputProblem, match="holds 2 articles"):
        read_version(FIXTURES / "newsml_g2_message.xml")


def test_a_malformed_document_names_its_file_and_format(tmp_path):
    bad = tmp_path / "v2.xml"
    bad.write_text('<?xml version="1.0"?><nitf><body><body.content><p>Unclosed')
    with pytest.raises(InputProblem) as err:
        read_version(bad)
    assert err.value.source == str(bad) and err.value.reason.startswith("nitf:")


def test_entity_expansion_is_refused_not_performed(tmp_path):
    bomb = tmp_path / "v2.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                    "<nitf><body><body.content><p>&b;</p></body.content></body></nitf>")
    with pytest.raises(InputProblem, match="nitf"):
        read_version(bomb)


def test_a_ninjs_original_and_a_plain_text_rewrite_are_one_story(tmp_path):
    rewrite = tmp_path / "v2.txt"
    rewrite.write_text(" date 2024-01-13 BRUSSELS • EU farm ministers agreed yesterday to extend a transit scheme for "
                       "grain until the end of June.\n\nThe plan, backed by 21 of the 27 member states, keeps border "
                       "checks in place.\n")
    original = read_version(FIXTURES / "ninjs_1x_text.json")
    result = check_versions([original, read_version(rewrite)], embedder=None)
    errors = [(f.name, f.a.value, f.b.value) for f in result.findings if f.severity == Severity.ERROR]
    assert ("number-mismatch", "by 24 of the 27", "by 21 of the 27") in errors


def test_utf16_with_a_bom_is_text_not_binary(tmp_path):
    f = tmp_path / "v.txt"
    f.write_bytes(" date 2024-01-13 LONDON (Reuters) - Prices rose 2% in Zürich.\n".encode("utf-16"))
    v = read_version(f)
    assert v.date == dt.date(2024, 1, 13) and "Zürich" in v.text


def test_windows_1252_is_the_fallback_and_undefined_bytes_are_refused(tmp_path):
    f = tmp_path / "v.txt"
    f.write_bytes("Prices rose \u20ac5 in Z\u00fcrich \u2013 the bank said.\n".encode("cp1252"))
    assert "€5 in Zürich – the" in read_version(f).text
    f.write_bytes(b"Prices rose \x81 in town.\n")
    with pytest.raises(InputProblem, match="nor Windows-1252"):
        read_version(f)


def test_jsonl_lines_are_decoded_like_files(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(json.dumps({"id": "a", "text": "Prices rose \u20ac5 in Z\u00fcrich."}, ensure_ascii=False)
                     .encode("cp1252") + b"\n")
    (v,), errors = read_feed(str(feed))
    assert not errors and "€5 in Zürich" in v.text


def test_a_jsonl_feed_may_carry_ninjs_items(tmp_path):
    item = json.loads((FIXTURES / "ninjs_3x.json").read_text())
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(item) + "\n" + json.dumps({"id": "plain", "text": "Talks resumed in Geneva."}) + "\n")
    versions, errors = read_feed(str(feed))
    assert not errors
    assert [v.format for v in versions] == ["ninjs", "text"]
    assert versions[0].id == item["uri"] and versions[0].date == dt.date(2024, 1, 13)


def test_a_folder_feed_reads_every_format_and_every_article_of_a_message(tmp_path):
    for f in FIXTURES.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    (tmp_path / "notes.md").write_text("not an article")
    versions, errors = read_feed(str(tmp_path))
    assert not errors
    assert len(versions) == 11  # ten files, one of them a newsMessage with two items
    assert {v.id for v in versions} >= {"newsml_g2_message.xml#1", "newsml_g2_message.xml#2"}
