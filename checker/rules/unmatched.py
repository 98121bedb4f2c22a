"""claim-only-in-one-version: a claim one version has and the other does not.

What it flags: a sentence with no counterpart in the other version: a trim,
an addition, or an update's new paragraph. Reported as info, never as an
error: adding or dropping a claim is normal editing.

What it lets pass: nothing at warning or error level: this rule only lists what was cut or added.

Why it matters: an editor reviewing a rewrite wants to see what was cut or
added, without being told it is wrong.

Example: a newspaper version that drops the last three paragraphs -> three info findings.

Passes: a sentence both versions carry, however reworded -> nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..compare import PairContext
from ..model import Finding, Severity
from . import rule


@rule("WC190", "claim-only-in-one-version", Severity.INFO, "A claim present in one version only (a trim or an addition)", scope="unmatched")
def check(ctx: PairContext) -> Iterator[Finding]:
    a_text, b_text = ctx.a.text, ctx.b.text
    if a_text and not b_text:
        yield ctx.finding(check, (0, len(a_text)), (0, 0), f"only in {ctx.a.version.id}", why="no claim of the other version says this")
    elif b_text and not a_text:
        yield ctx.finding(check, (0, 0), (0, len(b_text)), f"only in {ctx.b.version.id}", why="no claim of the other version says this")
