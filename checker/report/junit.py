"""JUnit XML, for the test-report views of GitLab, Jenkins and GitHub actions.

One ``<testsuite name="wirecheck">`` (inside a ``<testsuites>`` root, as pytest
writes it, which every JUnit reader accepts) with one ``<testcase>`` per story.
A story with error findings has one ``<failure>`` listing them; a story with
only warnings passes and lists them in ``<system-out>``, which also holds the
findings a baseline accepted (they never fail, as in the exit code). What
could not be checked (``StoryResult.errors``) goes to ``<system-err>``; it is
not a JUnit ``<error>`` because it does not fail the gate either. Info findings
are left out unless ``min_severity=Severity.INFO`` is passed. Runs are not
timed, so ``time`` is ``0``.

Sample::

    <?xml version="1.0" encoding="UTF-8"?>
    <testsuites name="wirecheck" tests="1" failures="1" errors="0" skipped="0" time="0">
      <testsuite name="wirecheck" tests="1" failures="1" errors="0" skipped="0" time="0">
        <testcase classname="wirecheck" name="a.txt" time="0">
          <failure message="1 error" type="wirecheck">ERROR WC110 number-mismatch (id 6f379bf7b9e75bfc)
      '2.5%' in a.txt but '3.5 per cent' in b.txt
      reference a.txt  tests/stories/number_percentage/a.txt:1:84  "2.5%"
      differs   b.txt  tests/stories/number_percentage/b.txt:1:74  "3.5 per cent"
      why: 2.5 vs 3.5 %: not a rounding or approximation of each other</failure>
        </testcase>
      </testsuite>
    </testsuites>

Text is escaped by ElementTree; characters XML 1.0 cannot carry at all
(control characters other than tab and newline, lone surrogates) are written
as ``\\xNN`` / ``\\uNNNN`` so the file always parses.
"""
from __future__ import annotations

import json as _json
import re
import xml.etree.ElementTree as ET
from typing import Any, TextIO

from ..model import Finding, Severity, StoryResult
from .positions import place

# Characters XML 1.0 forbids even as character references.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _ILLEGAL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _quote(value: str) -> str:
    return _json.dumps(value, ensure_ascii=False)


def finding_text(result: StoryResult, f: Finding) -> str:
    """A finding as a few plain lines: what, where in both versions, why."""
    a, b = place(result, f.a), place(result, f.b)
    head = f"{f.severity.label.upper()} {f.rule} {f.name} (id {f.id})"
    if f.accepted is not None:
        head += f" accepted: {f.accepted}"
    lines = [head, f"  {f.message}"]
    for role, p in (("reference", a), ("differs  ", b)):
        pos = f"{p.path}:{p.start[0]}:{p.start[1]}" if p.path else f"{p.start[0]}:{p.start[1]}"
        where = "(not in this version)" if p.empty else f"{pos}  {_quote(p.value)}"
        lines.append(f"  {role} {p.version}  {where}")
    if f.why:
        lines.append(f"  why: {f.why}")
    return "\n".join(lines)


def _testcase(result: StoryResult, min_severity: Severity) -> tuple[ET.Element, bool]:
    case = ET.Element("testcase", {"classname": "wirecheck", "name": _clean(result.story), "time": "0"})
    shown = sorted((f for f in result.findings if f.severity >= min_severity), key=lambda f: -f.severity)
    failing = [f for f in shown if f.severity == Severity.ERROR and f.accepted is None]
    others = [f for f in shown if not (f.severity == Severity.ERROR and f.accepted is None)]
    if failing:
        failure = ET.SubElement(case, "failure", {"message": _plural(len(failing), "error"), "type": "wirecheck"})
        failure.text = _clean("\n".join(finding_text(result, f) for f in failing))
    if others:
        ET.SubElement(case, "system-out").text = _clean("\n".join(finding_text(result, f) for f in others))
    if result.errors:
        ET.SubElement(case, "system-err").text = _clean(
            "\n".join(f"not checked: {e.source}: {e.reason}" for e in result.errors)
        )
    return case, bool(failing)


def write(results: list[StoryResult] | StoryResult, fp: TextIO, min_severity: Severity = Severity.WARNING,
          **_: Any) -> None:
    if isinstance(results, StoryResult):
        results = [results]
    cases = [_testcase(r, min_severity) for r in results]
    counts = {"tests": str(len(cases)), "failures": str(sum(failed for _, failed in cases)), "errors": "0",
              "skipped": "0", "time": "0"}
    root = ET.Element("testsuites", {"name": "wirecheck", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "wirecheck", **counts})
    suite.extend(case for case, _ in cases)
    ET.indent(root)
    fp.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    fp.write(ET.tostring(root, encoding="unicode"))
    fp.write("\n")
