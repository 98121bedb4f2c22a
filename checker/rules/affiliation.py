"""affiliation-changed: someone on no team in one version, on a named one in the other.

What it flags: a phrase from data/unaffiliated.txt ("free agent",
"unattached", "without a club") in a change whose other side names an
organisation or team in its place, while that version never says the
phrase: "a tight end who is currently a free agent" / "a tight end for the
Buffalo Bills".

What it lets pass: "free agent" kept in both versions; a team named in both; a team added
where neither version says the player is unattached.

Why it matters: whether a player, artist or official belongs to a side is
the fact itself; no name is replaced by another name, so the entity rules
see only a name added.

The team's name is the first name in the change that is not a place; name
kinds are not trusted beyond that, since a team reads like a person's name
("Buffalo Bills"). An anchored edit is an error; inside a larger rewrite it is a warning.

Example: "Smith, a free agent, trained alone" / "Smith, of the Buffalo Bills, trained alone" -> error.

Passes: "Smith, a free agent, trained alone" / "Smith, who is a free agent, trained alone" -> nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..compare import PairContext, PairSide
from ..facts import Name
from ..model import Finding, Severity
from ..normalize import Token
from . import rule


@rule("WC107", "affiliation-changed", Severity.ERROR, "On no team in one version, on a named one in the other (free agent / of the Bills)")
def check(ctx: PairContext) -> Iterator[Finding]:
    for op in ctx.changes:
        for said, other, toks, names in (("a", ctx.b, op.a, op.b), ("b", ctx.a, op.b, op.a)):
            phrase = _unaffiliated(toks, ctx)
            if phrase is None or _says(other, ctx) or not names:
                continue
            named = _name_in(other, names)
            if named is None:
                continue
            here = (phrase[0].start, phrase[-1].end)
            there = (named.start, named.end)
            a_span, b_span = (here, there) if said == "a" else (there, here)
            yield ctx.finding(
                check, a_span, b_span, ctx.quoted(a_span, b_span),
                severity=Severity.ERROR if ctx.anchored(op) else Severity.WARNING,
                why="one version puts the person on no team, the other names one",
            )
            return


def _unaffiliated(toks: list[Token], ctx: PairContext) -> list[Token] | None:
    """The tokens of an unaffiliated phrase inside this change, if one is there."""
    keys = [t.text.lower() for t in toks]
    for phrase in ctx.lex.unaffiliated:
        n = len(phrase)
        for i in range(len(keys) - n + 1):
            if tuple(keys[i:i + n]) == phrase:
                return toks[i:i + n]
    return None


def _says(side: PairSide, ctx: PairContext) -> bool:
    """The other version uses an unaffiliated phrase too, somewhere else in the claim."""
    return _unaffiliated(side.facts.words, ctx) is not None


def _name_in(side: PairSide, toks: list[Token]) -> Name | None:
    """The team's name written inside the change: its first name that is not a place ("Portuguese club
    Sporting CP"). Kinds are not trusted beyond that: "Buffalo Bills" reads as a person's name."""
    start, end = toks[0].start, toks[-1].end
    inside = [n for n in side.facts.names if start <= n.start and n.end <= end and not n.initial]
    return next((n for n in inside if n.kind != "place"), None)
