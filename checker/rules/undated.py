"""undated-version: a version whose date could not be found, so its relative dates went unchecked.

What it flags: a version with no date in its header, dateline or metadata
(and none given with --date) that uses relative dates ("yesterday", "on
Tuesday", "last week"). Those cannot be resolved to days, so a changed day
in them could not be found: the check says so instead of skipping silently.

What it lets pass: undated versions without relative dates; versions dated by their header,
dateline, metadata or --date.

Why it matters: "Tuesday" in one version and "yesterday" in another may be
the same day or a day apart; without the version's date nobody can tell.

Fix: give the version a header (`` date 2024-01-13 LONDON (Reuters) - ...``),
a dateline with its day ("LONDON, Jan 13 (Reuters) -"), or run with
`--date 2024-01-13`.

Example: v2.txt without a date, saying "on Tuesday" -> one warning naming v2.txt.

Passes: v2.txt without a date saying "on 12 January 2024" -> nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..compare import StoryContext
from ..model import Finding, Severity, Side
from . import rule

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
RELATIVE = re.compile(
    rf"\b(?:yesterday|today|tonight|tomorrow|{_WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?"
    r"|(?:last|next|this)\s+(?:week|month|year|night|morning|weekend))\b",
    re.IGNORECASE,
)


@rule("WC121", "undated-version", Severity.WARNING, "A version without a date: its relative dates were not checked",
      scope="story", articles_only=True)
def check(ctx: StoryContext) -> Iterator[Finding]:
    ref = ctx.versions[0]
    for v in ctx.versions:
        if v.date is not None:
            continue
        hits = [(c, m) for c in ctx.claims.get(v.id, []) if not c.heading for m in RELATIVE.finditer(c.text)]
        if not hits:
            continue
        claim, m = hits[0]
        words = list(dict.fromkeys(m.group(0) for _, m in hits))
        shown = ", ".join(f"'{w}'" for w in words[:3]) + (" ..." if len(words) > 3 else "")
        side = Side(v.id, claim.text, (claim.start + m.start(), claim.start + m.end()), m.group(0))
        anchor = Side(ref.id, "", (0, 0), ref.date.isoformat() if ref.date else "") if v is not ref else side
        yield Finding(
            rule=check.id, name=check.name, severity=check.severity,
            message=(f"{v.id} has no date, so its relative dates ({shown}) were not checked: give it a "
                     "'date YYYY-MM-DD' header or a dated dateline, or run with --date YYYY-MM-DD"),
            a=anchor, b=side, why="relative dates are resolved against the version's own date",
        )
