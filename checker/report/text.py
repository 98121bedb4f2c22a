"""Plain text summary for a terminal.

Sample::

    wirecheck: 000.txt vs 003.txt: 1 error, 2 warnings, 20 info
    ERROR   WC101 person-role-mismatch  003.txt
      Russian Deputy Foreign Minister is Alexander Grushko in 000.txt but Sergei Ryabkov in 003.txt
      000.txt [2391:2408] Alexander Grushko
      003.txt [2101:2115] Sergei Ryabkov
"""
from __future__ import annotations

from typing import Any, TextIO

from ..model import Severity, StoryResult


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def write(result: StoryResult, fp: TextIO, min_severity: Severity = Severity.WARNING, **_: Any) -> None:
    names = " vs ".join(v.id for v in result.versions)
    fp.write(
        f"wirecheck: {names}: {_plural(result.count(Severity.ERROR), 'error')}, "
        f"{_plural(result.count(Severity.WARNING), 'warning')}, {result.count(Severity.INFO)} info\n"
    )
    shown = sorted((f for f in result.findings if f.severity >= min_severity), key=lambda f: -f.severity)
    for f in shown:
        accepted = f"  (accepted: {f.accepted})" if f.accepted is not None else ""
        fp.write(f"{f.severity.label.upper():<8}{f.rule} {f.name}  {f.b.version}{accepted}\n")
        fp.write(f"  {f.message}\n")
        fp.write(f"  {f.a.version} [{f.a.span[0]}:{f.a.span[1]}] {f.a.value}\n")
        fp.write(f"  {f.b.version} [{f.b.span[0]}:{f.b.span[1]}] {f.b.value}\n")
    for e in result.errors:
        fp.write(f"SKIPPED {e.source}: {e.reason}\n")
