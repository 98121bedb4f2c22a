"""The HTML report: escaped article text, no remote loads, one column per version."""
from __future__ import annotations

import io
import re

from checker.check import check_versions
from checker.ingest import parse_version, read_versions
from checker.report import html

from .conftest import STORIES

PAYLOADS = ['<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=1">', "javascript:window.__pwned=1", "\u202e"]


def hostile_result(embedder):
    a = parse_version(f" date 2022-01-12 LONDON (REUTERS) - The council approved 14 new homes {PAYLOADS[0]} on Monday.\n"
                      f"The mayor said {PAYLOADS[1]} the plan was fair.\nVisit {PAYLOADS[2]} for details {PAYLOADS[3]}.",
                      f"a{PAYLOADS[1]}.txt", path=f"a{PAYLOADS[0]}.txt")
    b = parse_version(f" date 2022-01-12 LONDON{PAYLOADS[1]} (REUTERS{PAYLOADS[0]}) - The council approved 41 new homes {PAYLOADS[0]} on Monday.\n"
                      f"The mayor said {PAYLOADS[1]} the plan was fair.", "b.txt")
    return check_versions([a, b], embedder)


def render(result, **kw) -> str:
    buf = io.StringIO()
    html.write(result, buf, **kw)
    return buf.getvalue()


def test_article_text_and_file_names_are_escaped(embedder):
    page = render(hostile_result(embedder))
    for live in ("<script>window", "<img src=x", 'onerror="window', "href=\"javascript:"):
        assert live not in page
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert page.count("<script>") == 1  # the report's own filter script


def test_no_remote_loads_and_a_content_security_policy(seed_result):
    page = render(seed_result)
    assert 'http-equiv="Content-Security-Policy"' in page and "default-src 'none'" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)


def test_seeds_report_highlights_both_names_in_one_row(seed_result):
    view = html.build_view(seed_result)
    (row,) = [r for r in view.rows if r.severity == "error"]
    marked = [s.text for c in row.cells for s in c.segments if s.finding]
    assert marked == ["Alexander Grushko", "Sergei Ryabkov"]
    assert view.verdict == "fail"
    assert html.build_view(seed_result, fail_on="never").verdict == "pass"


def test_three_versions_get_one_column_each_and_the_outlier_is_marked(embedder):
    case = STORIES / "three_versions_c_number"
    result = check_versions(read_versions([str(case / f"{v}.txt") for v in "abc"]), embedder)
    view = html.build_view(result)
    assert [c.version.id for c in view.columns] == ["a.txt", "b.txt", "c.txt"]
    assert [c.outlier for c in view.columns] == [False, False, True]
    assert all(len(r.cells) == 3 for r in view.rows)


def test_every_claim_of_every_version_is_shown(seed_result):
    view = html.build_view(seed_result)
    for v in seed_result.versions:
        shown = {c.index for r in view.rows for cell in r.cells if cell.version == v.id for c in cell.claims}
        assert shown == {c.index for c in seed_result.claims[v.id] if not c.heading}


def test_a_story_with_many_versions_shows_side_by_side_only_those_that_disagree():
    """Wire copy republished by 20 outlets: 20 columns would be unreadable (and the page grows as versions x claims)."""
    lead = " date 2022-01-12 LONDON (Reuters) - The council approved 14 new homes on Monday, the mayor said."
    rest = "Residents had asked for more parking near the station. Work starts in the spring."
    versions = [parse_version(f"{lead} {rest}", f"v{n:02d}.txt") for n in range(19)]
    versions.insert(7, parse_version(f"{lead.replace('14', '41')} {rest}", "changed.txt"))
    result = check_versions(versions, embedder=None)  # every claim has an identical or near twin: no model needed
    view = html.build_view(result)
    assert len(view.columns) == 20  # the header lists every version
    assert [c.version.id for c in view.shown] == ["v00.txt", "changed.txt"]
    assert all(len(r.cells) == 2 for r in view.rows)
    page = render(result)
    assert "18 of the 20 versions are not shown side by side" in page
    assert page.count('<mark class="error"') == 2  # 14 and 41, each highlighted once


# --- what an editor sees first: headline, versions, verdict, cards -------------------------------

def test_the_page_opens_with_the_headline_the_versions_and_the_verdict(seed_result):
    view = html.build_view(seed_result)
    assert view.headline.startswith('Nato allies and Russia discussed "significant differences"')
    assert [v.version.dateline for v in view.versions] == ["BRUSSELS", "BRUSSELS"]
    assert view.summary == "1 error, 2 warnings: publication blocked"
    page = render(seed_result)
    assert page.index("<h1>") < page.index('class="verdict fail"') < page.index('<article class="card error"')


def test_a_clean_story_says_so_and_everything_else_is_collapsed(embedder):
    case = STORIES / "benign_contractions"
    result = check_versions(read_versions([str(case / "a.txt"), str(case / "b.txt")]), embedder)
    view = html.build_view(result)
    assert view.summary == "no discrepancies" and view.cards == []
    page = render(result)
    assert "<article" not in page
    assert page.count("<details") >= 3 and "<details open" not in page


def test_one_card_per_error_and_warning_errors_first_with_both_sentences(seed_result):
    view = html.build_view(seed_result)
    assert [c.finding.severity.label for c in view.cards] == ["error", "warning", "warning"]
    card = view.cards[0]
    assert card.reason == ("Russian Deputy Foreign Minister is Alexander Grushko in 000_3d2e5d092f8fec45.txt"
                           " but Sergei Ryabkov in 003_6c51fbfdb6f44f20.txt")
    a, b = card.sides
    assert [p.text for p in a.pieces if p.tag == "delete"] == ["Alexander Grushko"]
    assert [p.text for p in b.pieces if p.tag == "insert"] == ["Wendy", "Sergei Ryabkov"]
    assert a.where.endswith("000_3d2e5d092f8fec45.txt:13:74") and b.where.endswith("003_6c51fbfdb6f44f20.txt:19:80")


def test_a_rewrite_marks_only_the_values_not_every_word():
    pieces = html._pieces("Police said on Monday that 12 people were hurt in the blast.", (27, 29),
                          "Twelve were injured, officials told reporters after the explosion.", "delete")
    assert [p.text for p in pieces if p.tag == "delete"] == ["12"]
    assert [p.text for p in pieces if p.marked] == ["12"]


def test_outlets_name_the_versions_only_when_each_has_its_own():
    def version(name, source):
        return parse_version(f" date 2022-01-12 LONDON ({source}) - The council approved 14 new homes.", name)
    reuters, ap, again = version("a.txt", "REUTERS"), version("b.txt", "AP"), version("c.txt", "REUTERS")
    assert html.version_labels([reuters, ap]) == {"a.txt": "Reuters", "b.txt": "AP"}
    assert html.version_labels([reuters, ap, again]) == {"a.txt": "a.txt", "b.txt": "b.txt", "c.txt": "c.txt"}
    both = parse_version(" date 2022-01-12 LONDON (BLOOMBERG, REUTERS) - The council approved 14 homes.", "d.txt")
    swapped = parse_version(" date 2022-01-12 LONDON (REUTERS, BLOOMBERG) - The council approved 14 homes.", "e.txt")
    assert html.version_labels([both, swapped]) == {"d.txt": "d.txt", "e.txt": "e.txt"}


def test_the_reason_names_outlets_in_place_of_files(embedder):
    a = parse_version(" date 2022-01-12 LONDON (REUTERS) - The council approved 14 new homes on Monday.", "a.txt")
    b = parse_version(" date 2022-01-12 LONDON (AP) - The council approved 41 new homes on Monday.", "b.txt")
    (card,) = html.build_view(check_versions([a, b], embedder)).cards
    assert "Reuters" in card.reason and "AP" in card.reason and ".txt" not in card.reason


def test_the_three_version_card_shows_every_version_and_names_the_outlier(embedder):
    case = STORIES / "three_versions_c_number"
    result = check_versions(read_versions([str(case / f"{v}.txt") for v in "abc"]), embedder)
    (card,) = html.build_view(result).cards
    assert [(s.version, s.role) for s in card.sides] == [("a.txt", "reference"), ("c.txt", "differs"), ("b.txt", "agrees")]
    assert card.outlier == "c.txt"


def test_accepted_findings_have_their_own_section_with_the_reason_and_no_pass_badge(seed_result):
    import dataclasses

    error = next(f for f in seed_result.findings if f.severity.label == "error")
    accepted = dataclasses.replace(seed_result, findings=[
        dataclasses.replace(f, accepted="confirmed with the Moscow bureau") if f is error else f
        for f in seed_result.findings])
    view = html.build_view(accepted)
    assert [c.finding.id for c in view.accepted] == [error.id]
    assert error.id not in {c.finding.id for c in view.cards}
    assert view.summary == "2 warnings (1 accepted): publication not blocked at this --fail-on"
    page = render(accepted)
    section = page[page.index('id="h-accepted"'):]
    assert "accepted: confirmed with the Moscow bureau" in section
    assert not re.search(r">\s*pass(ed)?\s*<", page, re.I), "no pass badge anywhere"


def test_the_headline_is_the_agencys_own_else_the_first_sentence_whole_through_abbreviations():
    plain = parse_version(" date 2024-09-03 TOKYO (BLOOMBERG) - Hoshino Motor Corp. said it would not halt production.", "a.txt")
    assert html.headline(plain) == "Hoshino Motor Corp. said it would not halt production."
    from checker.ingest import text_versions

    (titled,) = text_versions('{"headline": "Hoshino keeps plants running", "body_text": "Hoshino Motor Corp. said it would'
                              ' not halt production.", "versioncreated": "2024-09-03T01:00:00Z"}', "a.json", None)
    assert html.headline(titled) == "Hoshino keeps plants running"
