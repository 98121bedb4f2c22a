"""Plain text for a terminal or a CI log, in the linters' convention (ruff, flake8, eslint).

Each finding opens with ``path:line:col: ID [severity] message`` at the
version that disagrees (the reference when a claim is only there), which
editors and terminals turn into a link; the evidence follows, indented: the
other version's place and value, and why. Each story ends with its counts;
several stories end with the totals.

Sample::

    seeds/003.txt:14:5: WC101 [error] Russian Deputy Foreign Minister is Alexander Grushko in 000.txt but Sergei Ryabkov in 003.txt
      seeds/003.txt:14:5: "Sergei Ryabkov"
      seeds/000.txt:20:11: "Alexander Grushko" (reference)
      why: the role words match in both versions but the person named differs
    000.txt: 2 versions, 1 error, 0 warnings, 20 info
"""
from __future__ import annotations

import json as _json
from typing import Any, TextIO

from ..model import Finding, InputError, Severity, StoryResult
from .positions import Place, place


def _plural(n: int, word: str) -> str:
    return f"{n} {word if n == 1 else word[:-1] + 'ies' if word.endswith('y') else word + 's'}"


def _quote(value: str) -> str:
    return _json.dumps(value, ensure_ascii=False)


def _where(p: Place) -> str:
    return f"{p.path if p.path and p.path != '-' else p.version}:{p.start[0]}:{p.start[1]}"


def finding_lines(result: StoryResult, f: Finding) -> list[str]:
    a, b = place(result, f.a), place(result, f.b)
    primary, other = (a, b) if b.empty else (b, a)
    accepted = f"  (accepted: {f.accepted})" if f.accepted is not None else ""
    lines = [f"{_where(primary)}: {f.rule} [{f.severity.label}] {f.message}{accepted}",
             f"  {_where(primary)}: {_quote(primary.value)}"]
    if not other.empty and other != primary:
        lines.append(f"  {_where(other)}: {_quote(other.value)}" + (" (reference)" if other is a else ""))
    if f.why:
        lines.append(f"  why: {f.why}")
    return lines


def summary(result: StoryResult) -> str:
    accepted = sum(1 for f in result.findings if f.accepted is not None)
    return (f"{result.story}: {_plural(len(result.versions), 'version')}, {_plural(result.count(Severity.ERROR), 'error')}, "
            f"{_plural(result.count(Severity.WARNING), 'warning')}, {result.count(Severity.INFO)} info"
            + (f", {accepted} accepted" if accepted else ""))


def write(result: StoryResult, fp: TextIO, min_severity: Severity = Severity.WARNING, **_: Any) -> None:
    write_batch([result], [], fp, min_severity)


def write_batch(results: list[StoryResult], errors: list[InputError], fp: TextIO,
                min_severity: Severity = Severity.WARNING) -> None:
    """Every story's findings (worst first, then in reading order) and counts; the totals when there are several."""
    for r in results:
        shown = sorted((f for f in r.findings if f.severity >= min_severity), key=lambda f: (-f.severity, f.b.span))
        for f in shown:
            fp.write("\n".join(finding_lines(r, f)) + "\n")
        for e in r.errors:
            fp.write(f"{e.source}: not checked: {e.reason}\n")
        fp.write(summary(r) + "\n")
    for e in errors:
        fp.write(f"{e.source}: not checked: {e.reason}\n")
    if len(results) + len(errors) > 1:
        fp.write(f"wirecheck: {_plural(len(results), 'story')} checked, "
                 f"{_plural(sum(r.count(Severity.ERROR) for r in results), 'error')}, "
                 f"{_plural(sum(r.count(Severity.WARNING) for r in results), 'warning')}"
                 + (f", {len(errors)} not checked" if errors else "") + "\n")
