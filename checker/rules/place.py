"""place-mismatch: a different place in the same place of the sentence.

What it flags: a country, city or region replaced by another ("talks in
Geneva" / "talks in Vienna"). Capital-for-country metonyms ("Washington" for
the US, "Moscow" for Russia) and demonyms ("Russian"/"Russia") are aliases
of one place (data/aliases.tsv), so they never fire.

What it lets pass: capitals for their countries ("Washington" / "the US"), demonyms ("Russian"
/ "Russia", and a region's adjective the aliases do not list: "the Catalan referendum" / "Catalonia's
referendum"), places only one version names; a sea and a land area that can both hold one place
("Koh Phi Phi Leh in Krabi province" / "in the Andaman Sea"). A capital's name after a town and a
comma is the state ("Snohomish, Washington" / "Washington state"). "The northeast of England"
names an area of England, which "the North East" may be (a warning at most); so is a place in a
sentence telling a day after the other version's dateline ("in Sydney on Friday" / "in London").

Why it matters: where something happened is a core fact of a story.

A swap between places of different levels (a city for its country: "Sendai" /
"Japan") is a warning: one may contain the other.

A hyphenated nationality that an anchored edit grows or shrinks is a place
change too ("a German-American actress" / "an American actress"), provided
the other version names the added country nowhere; so is a nationality
written in lower case and replaced in place ("a japanese actor" / "a
Chinese actor"), which the entity rules do not see as a name.

Across the story, two places one distance is measured from ("12 nautical
miles off the coast near Le Havre" / "12 nautical miles out from Cherbourg")
are one spot told from two places: a change, whatever the lexicons know of
either name. So is the one place two paired sentences name where something
happened ("on", "in", "at", "of"), the rest of the sentences alike in most
words ("The island of Koro ... entire villages had been flattened" / "on
Taveuni ... whole villages had been flattened").

Example: "met in Geneva on Monday" / "met in Vienna on Monday" -> error.

Passes: "talks with Washington" / "talks with the United States" -> nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..compare import PairContext, PairSide
from ..entities import kind_of, nested, placed_apart, swaps
from ..extract import in_examples
from ..facts import _COUNTRY_KEYS, _FUNCTION, DEMONYM, Name, is_area, is_water
from ..model import Finding, Severity
from ..normalize import Token
from . import rule


@rule("WC105", "place-mismatch", Severity.ERROR, "A different place named where the rest of the sentence agrees")
def check(ctx: PairContext) -> Iterator[Finding]:
    found = _nationality_changed(ctx) or _compound_changed(ctx)
    if found is not None:
        yield found
        return
    for s in swaps(ctx):
        if s.spelling or kind_of(s) != "place":  # a shared role word ("... embassy") makes no person-role case
            continue
        if _describes(s.a, s.b, ctx.a) or _describes(s.b, s.a, ctx.b):
            continue  # "Park said" / "The South Korean envoy said": a person described by where they are from
        if nested(s.a, s.b):
            continue  # "near Chicago" / "in Illinois": one place inside the other (data/place_parents.tsv)
        if is_water(s.a) != is_water(s.b):
            continue  # "an island in Krabi province" / "an island in the Andaman Sea": a province and a sea
        if in_examples(ctx.a.text, ctx.a.facts.names, s.a) or in_examples(ctx.b.text, ctx.b.facts.names, s.b):
            continue  # "universities including Oxford, Cambridge" / "campuses in London, Cambridge": examples
        ta, tb = _type(s.a.text, ctx), _type(s.b.text, ctx)
        pa, pb = _part_of(ctx.a.text, s.a), _part_of(ctx.b.text, s.b)
        part = (pa or pb) if bool(pa) != bool(pb) else None  # "southern England" / "southern France": two areas
        if part is None and is_area(s.a) != is_area(s.b):
            part = s.a.text if is_area(s.a) else s.b.text  # "the U.S. Gulf Coast" / "New Orleans"
        same_level = (ta == tb or None in (ta, tb) or {ta, tb} <= _DIVISIONS and placed_apart(s.a, s.b)) \
            and not part  # "Hampshire" (a region of England) / "New Hampshire" (a US state): the data puts them apart
        level = f"'{part}' is an area" if part else f"{ta} vs {tb}"
        later = ctx.told_since((s.a.start, s.a.end), (s.b.start, s.b.end))
        yield ctx.finding(
            check, (s.a.start, s.a.end), (s.b.start, s.b.end),
            f"{s.a.text} in {ctx.a.version.id} but {s.b.text} in {ctx.b.version.id}",
            severity=Severity.ERROR if s.anchored and same_level and not later else Severity.WARNING,
            why="one place name replaces another" + ("" if s.anchored else " (within a larger rewrite)")
            + ("" if same_level else f" ({level}: one may contain the other)")
            + (" (one sentence tells a later day's news: the places may be of different days)" if later else ""),
        )




_DIVISIONS = {"region", "state"}  # first-level divisions of countries, as places.tsv types them


def _describes(place: Name, other: Name, side: PairSide) -> bool:
    """The place is a word describing a noun ("South Korean envoy") or a nationality standing for a person
    ("the Portuguese said"), and the name it swaps with is no place and no nationality: a person named in
    one version and described in the other, not another place."""
    if place.kind != "place" or other.kind == "place" or DEMONYM.fullmatch(other.text):
        return False  # "Israeli" / "European": two nationalities, whether or not the gazetteer knows both
    if DEMONYM.fullmatch(place.text):
        return True  # a nationality standing for a person: "the Portuguese said" / "Almeida said"
    nxt = next((t for t in side.facts.words if t.start >= place.end), None)
    return (nxt is not None and nxt.kind == "word" and not nxt.cap and nxt.text.isalpha()
            and nxt.text.lower() not in _FUNCTION and side.text[place.end:nxt.start].strip() == "")


_COMPASS = r"(?:north|south|east|west|(?:north|south)-?(?:east|west))"
_PART = re.compile(rf"\b((?:{_COMPASS}|central)(?:ern)?)\s+$", re.I)  # "southern England"
_PART_OF = re.compile(rf"\bthe\s+((?:{_COMPASS}|centre|center)(?:ern)?)\s+(?:part\s+)?of\s+$", re.I)  # "the
# northeast of England"


def _part_of(text: str, place: Name) -> str | None:
    """The compass word before a place that makes it a part of it ("southern England", "north-eastern Syria"): an
    area that holds many places, so "Kent" in the other version may be in it."""
    if (of := _PART_OF.search(text[max(0, place.start - 30):place.start])) is not None:
        return f"the {of.group(1)} of {place.text}"  # "the northeast of England": an area of it
    m = _PART.search(text[max(0, place.start - 20):place.start])
    bare = m is None or m.group(1).lower() in ("north", "south", "east", "west")  # "South Korea": a name
    return None if bare else f"{m.group(1)} {place.text}"


def _type(text: str, ctx: PairContext) -> str | None:
    """country, city, state, region ... from data/places.tsv; aliases count as countries."""
    low = text.lower().removesuffix("'s")
    if low in ctx.lex.places:
        return ctx.lex.places[low]
    canon = ctx.lex.aliases.get(tuple(low.split()))
    return "country" if canon else None


def _nationality_changed(ctx: PairContext) -> Finding | None:
    """One nationality word replaced in place by another, where one of them is written in lower case
    ("a japanese actor" / "a Chinese actor") and so is no name to the entity rules."""
    countries = _COUNTRY_KEYS(ctx.lex)
    for op in ctx.changes:
        if len(op.a) != 1 or len(op.b) != 1 or not ctx.anchored(op) or op.a[0].cap and op.b[0].cap:
            continue
        x, y = op.a[0], op.b[0]
        kx, ky = _country(x, ctx, countries), _country(y, ctx, countries)
        if kx and ky and kx != ky:
            return ctx.finding(check, (x.start, x.end), (y.start, y.end), ctx.quoted((x.start, x.end), (y.start, y.end)),
                               severity=Severity.ERROR, why=f"the nationality names {kx} in one version and {ky} in the other")
    return None


def _country(t: Token, ctx: PairContext, countries: set[str]) -> str | None:
    """The country a word names, however it is capitalised ("japanese"), if it names one."""
    canon = t.key if t.kind == "alias" else ctx.lex.aliases.get((t.text.lower(),))
    return canon if canon in countries else None


def _compounds(ctx: PairContext, side: PairSide) -> list[list[tuple[Token, str]]]:
    """Runs of nationality words joined by hyphens ("German-American") and single ones, each word with the
    country it names."""
    countries = _COUNTRY_KEYS(ctx.lex)
    out: list[list[tuple[Token, str]]] = []
    for t in side.facts.words:
        k = _country(t, ctx, countries)
        if k is None:
            continue
        if out and side.text[out[-1][-1][0].end:t.start] == "-":
            out[-1].append((t, k))
        else:
            out.append([(t, k)])
    return out


def _compound_changed(ctx: PairContext) -> Finding | None:
    """A hyphenated nationality that an anchored edit grows or shrinks: "German-American" / "American".
    The country added must not be named anywhere on the other side ("US-Japanese talks" / "Japanese talks
    with the US")."""
    ca, cb = _compounds(ctx, ctx.a), _compounds(ctx, ctx.b)
    named_a = {k for run in ca for _, k in run}
    named_b = {k for run in cb for _, k in run}
    for ra in ca:
        for rb in cb:
            ka, kb = {k for _, k in ra}, {k for _, k in rb}
            if not (ka < kb or kb < ka):
                continue
            longer, extra, elsewhere = (ra, ka - kb, named_b) if kb < ka else (rb, kb - ka, named_a)
            if extra & elsewhere:
                continue
            added = next(t for t, k in longer if k in extra)
            span = (added.start, added.end)
            op = ctx.op_of(span, None) if longer is ra else ctx.op_of(None, span)
            if op is None or not ctx.anchored(op):
                continue
            a_span, b_span = (ra[0][0].start, ra[-1][0].end), (rb[0][0].start, rb[-1][0].end)
            return ctx.finding(check, a_span, b_span, ctx.quoted(a_span, b_span), severity=Severity.ERROR,
                               why=f"the nationality names {', '.join(sorted(ka))} in one version and "
                                   f"{', '.join(sorted(kb))} in the other")
    return None
