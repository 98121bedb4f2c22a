"""title-mismatch: the same person with a different title.

What it flags: one named person whose title words differ between versions
("Foreign Minister Sergei Lavrov" / "Deputy Foreign Minister Sergei Lavrov").
A title dropped in one version is not flagged; nor is a country or
organisation word beside it ("Nato secretary-general" / "Secretary General"),
nor a word that only says the person holds some office ("official"), nor a
title that only says more ("Regional president" / "president") unless the
extra word is a rank ("deputy", "vice", "acting", "former" ...) and no more: "Bishop Pachomius, the acting
patriarch" / "Bishop Pachomius" gives a second office, it changes no rank.

What it lets pass: a title dropped in one version; country or organisation words beside it;
a title that only says more, unless the extra word is a rank.

Why it matters: a wrong rank misstates who is speaking with what authority.

Example: "Defence Minister X" / "Deputy Defence Minister X" -> warning.

Passes: "Nato secretary-general Jens Stoltenberg" / "Secretary General Jens Stoltenberg" -> nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..compare import PairContext
from ..entities import matched
from ..facts import TITLE_ACRONYMS
from ..model import Finding, Severity
from . import rule

# words that say only that the person holds some office: "State Department official John Wolf" is
# consistent with "John Wolf, an assistant secretary of state"
_GENERIC = frozenset({"official", "leader", "executive", "dr", "dr."})  # "Dr" is a degree, not an office
# words that change a rank, not only say more about the office: "Foreign Minister" / "Deputy Foreign Minister"
_RANKS = frozenset({"deputy", "vice", "acting", "assistant", "associate", "senior", "junior", "interim", "former",
                    "under", "co", "principal", "lieutenant", "first", "second", "third"})


@rule("WC104", "title-mismatch", Severity.WARNING, "The same person given a different title")
def check(ctx: PairContext) -> Iterator[Finding]:
    titles = ctx.lex.titles
    for x, y in matched(ctx):
        if x.kind != "person" or y.kind != "person" or not x.role_span or not y.role_span:
            continue
        tx, ty = _title_words(x.role, titles), _title_words(y.role, titles)
        if tx and ty and tx != ty and not (tx <= _GENERIC or ty <= _GENERIC):
            if (tx < ty or ty < tx) and (not (tx ^ ty) & _RANKS or (tx ^ ty) - _RANKS):
                continue  # one is only more specific: "Regional president" / "the region's president"; or it
                # gives a second office besides: "Bishop Pachomius, the acting patriarch" / "Bishop Pachomius"
            yield ctx.finding(
                check, x.role_span, y.role_span,
                f"{x.text} is '{x.role_text}' in {ctx.a.version.id} but '{y.role_text}' in {ctx.b.version.id}",
                why="the title words beside the same name differ",
            )


def _title_words(role: tuple[str, ...], titles: frozenset[str] | set[str]) -> set[str]:
    """The role's title words, singular: "vice-presidents" and "vice-president" hold one title."""
    out = set()
    for word in role:
        for k in TITLE_ACRONYMS.get(word, (_ABBREVIATIONS.get(word.rstrip("."), word),)):
            if k in titles:
                out.add(k)
            elif k.endswith("s") and k[:-1] in titles:
                out.add(k[:-1])
    return out


# title abbreviations written before names: "Prof", "Det Supt", "Lt Gen"
_ABBREVIATIONS = {"prof": "professor", "det": "detective", "sgt": "sergeant", "supt": "superintendent",
                  "insp": "inspector", "gen": "general", "lt": "lieutenant", "col": "colonel", "capt": "captain",
                  "cmdr": "commander", "cdr": "commander", "gov": "governor", "sen": "senator", "rep": "representative",
                  "pres": "president", "amb": "ambassador", "adm": "admiral", "maj": "major", "cpl": "corporal",
                  "asst": "assistant", "dep": "deputy"}
