"""name-spelling: the same person's name spelled differently.

What it flags: two names that differ by a letter or two in one word
("Leite" / "Leitte"), in the same place of the sentence.

What it lets pass: accents and case ("Ferrán" / "Ferran"); a surname alone for the full name;
names that differ by more than a letter or two (another person: person-mismatch).

Why it matters: a misspelt name is a correction waiting to happen, but it is
the same person, so it is a warning, not an error.

Example: "Finance Minister Paulo Leite" / "Finance Minister Paulo Leitte" -> warning.

Passes: "Paulo Leite" / "Mr Leite" -> nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..compare import PairContext
from ..entities import swaps
from ..model import Finding, Severity
from . import rule


@rule("WC103", "name-spelling", Severity.WARNING, "The same name spelled differently")
def check(ctx: PairContext) -> Iterator[Finding]:
    for s in swaps(ctx):
        if s.spelling:
            yield ctx.finding(
                check, (s.a.start, s.a.end), (s.b.start, s.b.end),
                f"name spelled {s.a.text!r} in {ctx.a.version.id} but {s.b.text!r} in {ctx.b.version.id}",
                why="the two names differ by a letter or two",
            )
