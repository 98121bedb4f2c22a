"""place-mismatch: a different place in the same place of the sentence.

What it flags: a country, city or region replaced by another ("talks in
Geneva" / "talks in Vienna"). Capital-for-country metonyms ("Washington" for
the US, "Moscow" for Russia) and demonyms ("Russian"/"Russia") are aliases
of one place (data/aliases.tsv), so they never fire.

Why it matters: where something happened is a core fact of a story.

A swap between places of different levels (a city for its country: "Sendai" /
"Japan") is a warning: one may contain the other.

Example: "met in Geneva on Monday" / "met in Vienna on Monday" -> error.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..compare import PairContext
from ..entities import kind_of, swaps
from ..model import Finding, Severity
from . import rule


@rule("WC105", "place-mismatch", Severity.ERROR, "A different place named where the rest of the sentence agrees")
def check(ctx: PairContext) -> Iterator[Finding]:
    for s in swaps(ctx):
        if s.spelling or kind_of(s) != "place":  # a shared role word ("... embassy") makes no person-role case
            continue
        ta, tb = _type(s.a.text, ctx), _type(s.b.text, ctx)
        same_level = ta == tb or None in (ta, tb)
        yield ctx.finding(
            check, (s.a.start, s.a.end), (s.b.start, s.b.end),
            f"{s.a.text} in {ctx.a.version.id} but {s.b.text} in {ctx.b.version.id}",
            severity=Severity.ERROR if s.anchored and same_level else Severity.WARNING,
            why="one place name replaces another" + ("" if s.anchored else " (within a larger rewrite)")
            + ("" if same_level else f" ({ta} vs {tb}: one may contain the other)"),
        )


def _type(text: str, ctx: PairContext) -> str | None:
    """country, city, state, region ... from data/places.tsv; aliases count as countries."""
    low = text.lower().removesuffix("'s")
    if low in ctx.lex.places:
        return ctx.lex.places[low]
    canon = ctx.lex.aliases.get(tuple(low.split()))
    return "country" if canon else None
