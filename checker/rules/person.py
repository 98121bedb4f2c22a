"""person-mismatch: a different person named in the same place.

What it flags: a person's name replaced by another person's name where the
words around it are the same ("said Smith" / "said Jones"), without a shared
role (that case is person-role-mismatch).

What it lets pass: honorifics ("Mr Hunt" / "Hunt"); a surname for the full name; a person only
one version names; the same person written two ways.

Why it matters: a quote or action attributed to the wrong person.

An error needs one side to read as a person (a titled name, or a first name
and surname) or the claim to be otherwise unchanged; two lone unknown words
in a rewrite ("Hussein" / "Saddam") are a warning, unless each is one member
of a list of three or more that both versions otherwise give alike ("Bollene,
Lapalud and Lamotte-du-Rhone" / "Bollène, Pierrelatte and Lamotte-du-Rhône").

Two people each named with a title the other's shares no word with ("Caretaker
Prime Minister Yves Leterme expressed his condolences" / "King Albert II sent
his condolences") are two office holders who may each have done it: a warning. So
are two holders of one office for two countries ("the Russian ambassador,
Alexander Zmeyevsky, would be summoned" / "The Czech ambassador to Moscow,
Vitezslav Pivonka, was summoned").

A relative put in a person's place is another person too: "John Osteen
died" / "John Osteen's father died" (a kin word after the possessive of a
name both versions share, added by an anchored edit).

Example: "the report was written by Anna Weber" / "... by Carla Diaz" -> error.

Passes: "Liz Truss said" / "Ms Truss said" -> nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..compare import PairContext
from ..entities import kind_of, swaps
from ..extract import EXAMPLE, _list_mates
from ..facts import KIN, Name
from ..model import Finding, Severity
from . import rule
from .person_role import specific_role


@rule("WC102", "person-mismatch", Severity.ERROR, "A different person named where the rest of the sentence agrees")
def check(ctx: PairContext) -> Iterator[Finding]:
    for s in swaps(ctx):
        if (s.same_role and "person" in (s.a.kind, s.b.kind) and specific_role(frozenset(s.a.role))
                or s.spelling or kind_of(s) not in ("person", "other")):
            continue
        person = "person" in (s.a.kind, s.b.kind) or ctx.minimal_edit
        listed = _one_of_a_kept_list(ctx, s.a, s.b)
        offices = _two_offices(ctx, s.a, s.b)
        severity = Severity.ERROR if ((s.anchored and person) or listed) and not offices else Severity.WARNING
        yield ctx.finding(
            check, (s.a.start, s.a.end), (s.b.start, s.b.end),
            f"{s.a.text} in {ctx.a.version.id} but {s.b.text} in {ctx.b.version.id}",
            severity=severity,
            why=("one name replaces another in a list whose other members both versions give alike" if listed else
                 "one name replaces another in the same place of the sentence"
                 + ("" if s.anchored else " (within a larger rewrite)")
                 + ("" if person else " (neither reads as a person's full name or titled name: it may be another way"
                                      " of naming the same one)")
                 + (f" ({offices}: two office holders may each have done it)" if offices else "")),
        )
    yield from _relative(ctx)


def _two_offices(ctx: PairContext, x: Name, y: Name) -> str | None:
    """Why the two names hold two offices, if they do: each is given a title the other's shares no word with
    ("Caretaker Prime Minister Yves Leterme expressed his condolences" / "King Albert II sent his condolences"), or
    one title of two countries ("the Russian ambassador, Alexander Zmeyevsky" / "The Czech ambassador to Moscow,
    Vitezslav Pivonka"): holders who may each have done it."""
    from .title import _title_words

    tx, ty = _title_words(x.role, ctx.lex.titles), _title_words(y.role, ctx.lex.titles)
    cx, cy = ({k for k in n.role if ctx.lex.places.get(k) == "country"} for n in (x, y))
    if tx and ty and cx and cy and not cx & cy:
        return "each holds the office for another country"
    if tx and ty and not tx & ty and not set(x.role) & set(y.role):  # "Sen." is "senator"
        return "each holds an office the other's has no word of"
    return None


def _one_of_a_kept_list(ctx: PairContext, x: Name, y: Name) -> bool:
    """Each name is one of a list of three or more whose other members both sentences give alike ("residents of
    Bollene, Lapalud and Lamotte-du-Rhone" / "people in Bollène, Pierrelatte and Lamotte-du-Rhône"): the list is
    kept but for that one member, whatever kind of name it is."""
    ma = _list_mates(ctx.a.text, ctx.a.facts.names, x) - {EXAMPLE}
    mb = _list_mates(ctx.b.text, ctx.b.facts.names, y) - {EXAMPLE}
    return len(ma) >= 2 and ma == mb


def _relative(ctx: PairContext) -> Iterator[Finding]:
    """ "John Osteen died" / "John Osteen's father died": a kin word an anchored edit adds after the
    possessive of a name both versions write."""
    for n, op in enumerate(ctx.ops):
        added = [t for t in (op.a or op.b) if t.key not in ("'s", "s", "’s")]
        if op.tag not in ("insert", "delete") or len(added) != 1 or added[0].key not in KIN or n == 0:
            continue
        if not ctx.anchored(op) or ctx.ops[n - 1].tag != "equal":
            continue
        side = ctx.a if op.a else ctx.b
        name = next((m for m in side.facts.names if m.kind != "place" and 0 <= added[0].start - m.end <= 4), None)
        if name is None or not side.text[name.start:added[0].start].rstrip().endswith(("'s", "’s")):
            continue
        other = ctx.b if op.a else ctx.a
        kept = ctx.ops[n - 1].b[-1] if op.a else ctx.ops[n - 1].a[-1]
        same = next((m for m in other.facts.names if m.start <= kept.start < m.end), None)
        if same is None or same.keys != name.keys:
            continue  # "Parrado's aunt" / "Maria Parrado": the fuller name may be the relative's own
        here, there = (name.start, added[0].end), (same.start, same.end)
        a_span, b_span = (here, there) if op.a else (there, here)
        yield ctx.finding(check, a_span, b_span, ctx.quoted(a_span, b_span), severity=Severity.ERROR,
                          why="a relative stands in the person's place")
        return
