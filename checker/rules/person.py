"""person-mismatch: a different person named in the same place.

What it flags: a person's name replaced by another person's name where the
words around it are the same ("said Smith" / "said Jones"), without a shared
role (that case is person-role-mismatch).

Why it matters: a quote or action attributed to the wrong person.

An error needs one side to read as a person (a titled name, or a first name
and surname) or the claim to be otherwise unchanged; two lone unknown words
in a rewrite ("Hussein" / "Saddam") are a warning.

Example: "the report was written by Anna Weber" / "... by Carla Diaz" -> error.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..compare import PairContext
from ..entities import kind_of, swaps
from ..model import Finding, Severity
from . import rule


@rule("WC102", "person-mismatch", Severity.ERROR, "A different person named where the rest of the sentence agrees")
def check(ctx: PairContext) -> Iterator[Finding]:
    for s in swaps(ctx):
        if s.same_role and "person" in (s.a.kind, s.b.kind) or s.spelling or kind_of(s) not in ("person", "other"):
            continue
        person = "person" in (s.a.kind, s.b.kind) or ctx.minimal_edit
        severity = Severity.ERROR if s.anchored and person else Severity.WARNING
        yield ctx.finding(
            check, (s.a.start, s.a.end), (s.b.start, s.b.end),
            f"{s.a.text} in {ctx.a.version.id} but {s.b.text} in {ctx.b.version.id}",
            severity=severity,
            why="one name replaces another in the same place of the sentence" + ("" if s.anchored else " (within a larger rewrite)")
            + ("" if person else " (neither reads as a person's full name or titled name: it may be another way of naming the same one)"),
        )
