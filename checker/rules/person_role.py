"""person-role-mismatch: the same role held by a different person.

What it flags: a role or title written the same in both versions ("Russian
Deputy Foreign Minister") attached to different people ("Alexander Grushko"
vs "Sergei Ryabkov").

What it lets pass: the same person under a reworded title ("finance minister" / "Chancellor"
is title-mismatch at most); a role named in one version only.

Why it matters: misattributing who said or did something is among the most
damaging errors in wire copy, and a rewrite that changes the name beside an
unchanged title is easy to miss.

Example: "Deputy Foreign Minister Alexander Grushko" / "Deputy Foreign
Minister Sergei Ryabkov" -> error.

Passes: "Deputy Foreign Minister Sergei Ryabkov" / "Ryabkov, the deputy foreign minister" -> nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..compare import PairContext
from ..entities import swaps
from ..model import Finding, Severity
from . import rule


@rule("WC101", "person-role-mismatch", Severity.ERROR, "Same role or title, different person named")
def check(ctx: PairContext) -> Iterator[Finding]:
    for s in swaps(ctx):
        if s.same_role and not s.spelling and "person" in (s.a.kind, s.b.kind):
            role = s.a.role_text or s.b.role_text
            yield ctx.finding(
                check, (s.a.start, s.a.end), (s.b.start, s.b.end),
                f"{role} is {s.a.text} in {ctx.a.version.id} but {s.b.text} in {ctx.b.version.id}",
                why="the role words match in both versions but the person named differs",
            )
