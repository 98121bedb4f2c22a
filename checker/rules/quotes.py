"""quote-altered: words inside quotation marks that differ between versions.

What it flags: the same quotation (most of its words shared) with words
changed, added or removed inside it. Differences of spelling variant,
contraction, punctuation and case are not changes; quoting a shorter part of
the same words ("significant differences") is not a change either, nor is
leaving words out at an ellipsis ("a leader in pumping ... to compete").

What it lets pass: a quotation trimmed at either end or at an ellipsis; UK/US spelling,
contractions, punctuation and case inside it.

Why it matters: a quotation promises the speaker's exact words.

It is a warning: outlets often tidy a quotation, and a changed fact inside
it (a number, a negation, a name) is flagged as an error by that fact's own
rule, which then takes the place of this finding.

Example: "a very difficult week" / "a very difficult year" -> warning.

Passes: "significant differences between Nato allies and Russia" / "significant differences" -> nothing.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from ..compare import PairContext
from ..model import Finding, Severity
from ..normalize import tokenize, words
from . import rule


def _keys(text: str, ctx: PairContext) -> list[str]:
    keys = [t.key for t in words(tokenize(text, ctx.lex))]
    out: list[str] = []
    for k in keys:  # "4 per cent" / "4%" / "4pc": the sign is punctuation, so the words go too
        if k == "cent" and out and out[-1] == "per":
            out.pop()
        elif k not in ("percent", "pc", "pct"):
            out.append(k)
    return out


def _contained(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")


def _elided(text: str, other: list[str], ctx: PairContext) -> bool:
    """A quotation shortened with an ellipsis: each part between the dots is in the other quotation, in
    order."""
    parts = [_keys(part, ctx) for part in _ELLIPSIS.split(text)]
    parts = [p for p in parts if p]
    if len(parts) < 2 and not _ELLIPSIS.search(text):
        return False
    k = 0
    for part in parts:
        n = len(part)
        k = next((i + n for i in range(k, len(other) - n + 1) if other[i:i + n] == part), -1)
        if k < 0:
            return False
    return True


@rule("WC130", "quote-altered", Severity.WARNING, "Words inside a quotation differ")
def check(ctx: PairContext) -> Iterator[Finding]:
    used: set[int] = set()
    for qa in ctx.a.facts.quotes:
        ka = _keys(qa.text, ctx)
        if len(ka) < 3:
            continue
        best = None
        for idx, qb in enumerate(ctx.b.facts.quotes):
            if idx in used:
                continue
            kb = _keys(qb.text, ctx)
            if len(kb) < 3:
                continue
            shared = len(set(ka) & set(kb)) / min(len(set(ka)), len(set(kb)))
            if shared >= 0.6 and (best is None or shared > best[0]):
                best = (shared, idx, qb, kb)
        if best is None:
            continue
        _, idx, qb, kb = best
        used.add(idx)
        if ka == kb or _contained(ka, kb) or _contained(kb, ka):
            continue
        if _elided(qa.text, kb, ctx) or _elided(qb.text, ka, ctx):
            continue  # "I have dreamed of this ... I still cannot believe it": words left out at the ellipsis
        ops = [op for op in difflib.SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes() if op[0] != "equal"]
        # a quote cut at either end is a shorter quote, not an altered one
        ops = [op for op in ops if not (op[0] in ("delete", "insert") and (op[1] == 0 or op[2] == len(ka)) and (op[3] == 0 or op[4] == len(kb)))]
        ops = [op for op in ops if "".join(ka[op[1]:op[2]]) != "".join(kb[op[3]:op[4]])]
        if not ops:
            continue
        changed_a = [w for op in ops for w in ka[op[1] : op[2]]]
        changed_b = [w for op in ops for w in kb[op[3] : op[4]]]
        yield ctx.finding(
            check, (qa.start, qa.end), (qb.start, qb.end),
            f"quotation differs: {' '.join(changed_a) or '(nothing)'} -> {' '.join(changed_b) or '(nothing)'}",
            why="the same quotation has different words inside the quotation marks",
        )
