"""GitHub Actions workflow commands: findings as annotations on the changed files.

One line per warning or error finding, at the B side (the version that
disagrees; the reference side when a claim is only in the reference), the
reference's place in the message; then one ``::notice::`` summary line. A
finding a baseline accepted is a ``::notice`` (it never fails the gate, so it
is not shown as an error); info findings are left out unless
``min_severity=Severity.INFO`` is passed, and are notices too. Each story that
could not be checked is a notice before the summary.

Sample::

    ::error file=tests/stories/number_percentage/b.txt,line=1,col=74,endLine=1,endColumn=86,title=WC110 number-mismatch::'2.5%' in a.txt but '3.5 per cent' in b.txt%0Areference: tests/stories/number_percentage/a.txt:1:84 "2.5%"
    ::notice::wirecheck: 1 story, 1 error, 0 warnings

Escaping follows the runner: in the message ``%`` -> ``%25``, CR -> ``%0D``,
LF -> ``%0A``; in a property also ``:`` -> ``%3A`` and ``,`` -> ``%2C``. So a
message can never end the line or start another command, and ``::`` inside it
is plain text (the runner splits at the first ``::`` after the properties,
which contain none). Columns are 1-based code points, ``endColumn`` just
after the value; they are left out when the value spans lines (GitHub
annotates columns on one line only), and file and position are left out for
a version without a path. GitHub shows at most 10 annotations of each level
per step; the log keeps every line.
"""
from __future__ import annotations

import json as _json
from typing import Any, TextIO

from ..model import Finding, Severity, StoryResult
from .positions import place


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: Any) -> str:
    """One workflow command line, e.g. ``::error file=a.txt,line=3::message``; None properties are left out."""
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items() if v is not None)
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def finding_line(result: StoryResult, f: Finding) -> str:
    a, b = place(result, f.a), place(result, f.b)
    primary, related = (a, None) if b.empty else (b, None if a.empty else a)
    if f.accepted is not None or f.severity == Severity.INFO:
        level = "notice"
    else:
        level = "error" if f.severity == Severity.ERROR else "warning"
    title = f"{f.rule} {f.name}" + (" (accepted)" if f.accepted is not None else "")
    message = f.message
    if related is not None:
        message += f"\nreference: {related.label()} {_json.dumps(related.value, ensure_ascii=False)}"
    if f.accepted is not None:
        message += f"\naccepted: {f.accepted}"
    where: dict[str, Any] = {}
    if primary.path is not None:
        one_line = primary.start[0] == primary.end[0]
        where = {"file": primary.path, "line": primary.start[0], "col": primary.start[1] if one_line else None,
                 "endLine": primary.end[0], "endColumn": primary.end[1] if one_line else None}
    return command(level, message, **where, title=title)


def write(results: list[StoryResult] | StoryResult, fp: TextIO, min_severity: Severity = Severity.WARNING,
          **_: Any) -> None:
    if isinstance(results, StoryResult):
        results = [results]
    counts = {"error": 0, "warning": 0, "accepted": 0}
    for r in results:
        for f in sorted(r.findings, key=lambda f: -f.severity):
            if f.severity < min_severity:
                continue
            if f.accepted is not None:
                counts["accepted"] += 1
            elif f.severity >= Severity.WARNING:
                counts[f.severity.label] += 1
            fp.write(finding_line(r, f) + "\n")
    not_checked = 0
    for r in results:
        for e in r.errors:
            not_checked += 1
            fp.write(command("notice", f"{e.source}: {e.reason}", title="wirecheck: not checked") + "\n")
    stories = f"{len(results)} {'story' if len(results) == 1 else 'stories'}"
    summary = (f"wirecheck: {stories}, {_plural(counts['error'], 'error')}, "
               f"{_plural(counts['warning'], 'warning')}")
    if counts["accepted"]:
        summary += f", {counts['accepted']} accepted"
    if not_checked:
        summary += f", {not_checked} not checked"
    fp.write(command("notice", summary) + "\n")
