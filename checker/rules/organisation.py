"""organisation-mismatch: a different organisation named in the same place.

What it flags: a company, body or institution replaced by another ("the
European Commission" / "the European Parliament"; "Goldman Sachs" / "Morgan
Stanley"). Short forms and full names ("Nato" / "North Atlantic Treaty
Organisation") are aliases in data/aliases.tsv and never fire.

What it lets pass: short and full names of one body ("Nato" / "North Atlantic Treaty
Organisation"); an organisation only one version names; a body before a title standing for
a person the other version names ("Horwath said" / "the NDP leader said").

Why it matters: the wrong institution attached to a decision or figure.

An organisation swapped for a name of another kind ("the White House" /
"Bush", "Intel's" / "the Associated Press") is a warning: it is often a
metonym for the same actor. Across the story, the one body each of two paired
sentences has say what the rest of them reports alike in most words
("Rosprirodnadzor, the federal environmental watchdog, said concentrations of
pollutants in the river were tens of thousands of times above permitted
levels" / "The Emergencies Ministry said the concentration ... was tens of
thousands of times higher") is the source changed: an error.

Example: "the European Commission proposed" / "the European Parliament proposed" -> error.

Passes: "Nato allies" / "North Atlantic Treaty Organisation allies" -> nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..compare import PairContext
from ..entities import kind_of, swaps
from ..lexicon import Lexicons
from ..model import Finding, Severity
from . import rule


@rule("WC106", "organisation-mismatch", Severity.ERROR, "A different organisation named where the rest of the sentence agrees")
def check(ctx: PairContext) -> Iterator[Finding]:
    for s in swaps(ctx):
        if s.spelling or s.same_role and "person" in (s.a.kind, s.b.kind) or kind_of(s) not in ("org", "mixed"):
            continue
        if kind_of(s) == "mixed" and (_modifier(s.a, ctx.a.text) or _modifier(s.b, ctx.b.text)):
            continue  # "the Rome-based agency" / "the UN agency": a place describing the body, not another body
        if _titles_a_person(s.a, s.b, ctx.a.text, ctx.lex) or _titles_a_person(s.b, s.a, ctx.b.text, ctx.lex):
            continue  # '"...," Horwath said' / '"...," the NDP leader said': the body names the person's office
        office = _office_of(ctx.a.text, s.a.start)
        other = _office_of(ctx.b.text, s.b.start)
        same_office = (office is not None and other is not None and kind_of(s) == "org"
                       and (office[0].lower(), office[1]) == (other[0].lower(), other[1]))
        yield ctx.finding(
            check, (s.a.start, s.a.end), (s.b.start, s.b.end),
            f"{s.a.text} in {ctx.a.version.id} but {s.b.text} in {ctx.b.version.id}",
            severity=Severity.ERROR if same_office or s.anchored and (kind_of(s) == "org" or ctx.minimal_edit)
            else Severity.WARNING,
            why="one organisation name replaces another" + (
                f" as the body of one person's office ({office[0]}, {office[1]} of)" if same_office
                else "" if s.anchored else " (within a larger rewrite)"),
        )


# "Reinhard Burger, president of the": a person named, then their office of the body that follows
_OFFICE_BEFORE = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)*),? (?:the |a |an )?((?:[a-z-]+ ){0,2}[a-z-]+) of (?:the )?$")


def _office_of(text: str, start: int) -> tuple[str, str] | None:
    """(the person's surname, the office) when the organisation at `start` is the body of a named person's office:
    "Reinhard Burger, president of the Robert Koch Institute" / "Reinhard Burger, president of the Federal
    Institute for Risk Assessment" put one man at the head of two bodies, however the rest was rewritten."""
    m = _OFFICE_BEFORE.search(text, max(0, start - 80), start)
    if m is None:
        return None
    return m.group(1).split()[-1], m.group(2)


def _modifier(name, text: str) -> bool:
    """A place name that starts a hyphenated modifier ("Rome-based", "Geneva-headquartered") or describes the common
    noun after it ("the Russian parliament" / "the Duma": one body named two ways)."""
    after = text[name.end:name.end + 2]
    return name.kind == "place" and after[:1] in ("-", " ") and after[1:2].islower()


def _titles_a_person(body, other, text: str, lex: Lexicons) -> bool:
    """The body stands before a title, in place of a person the other version names: "the NDP leader" for
    "Horwath", "the OPSEU president" for "Thomas"."""
    if body.kind != "org" or other.kind == "org":
        return False
    after = re.match(r"(?:'s|’s)?\s+([a-z]+)", text[body.end:body.end + 30])
    return after is not None and after.group(1) in lex.titles
