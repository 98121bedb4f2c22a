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


def test_altered_quotation_gets_a_word_diff():
    diff = html.word_diff("we will work with engineers on this", "we will work with insurers on this")
    assert [(w.text, w.tag) for w in diff if w.tag != "equal"] == [("engineers", "delete"), ("insurers", "insert")]


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
