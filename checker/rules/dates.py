"""date-mismatch: a different day, month or year for the same event.

What it flags: dates that differ after resolving weekdays and "yesterday",
"today", "tomorrow" against each version's own dateline: the seeds'
"Wednesday" (dated Wednesday Jan 12) and "yesterday" (dated Thursday Jan 13)
are the same day and stay silent. Past weekdays resolve backwards, weekdays
in a sentence about the future ("will", "next") forwards. Without datelines,
two weekdays are an error only in a minimal edit ("died on Tuesday" / "died on
Monday"); in a rewrite they are a warning, since outlets often report
different days' statements ("officials said Tuesday" / "said Wednesday").

"Last night", "this year", "last month" resolve against the dateline too. A
weekday named in both versions and resolved a week apart (one sentence has a
future word, the other none) is one day: a bare weekday can mean either. In a
rewritten pair whose sides each hold one other date, the two are compared
(a warning) only when a content word next to them is shared ("began on
Tuesday morning" / "began yesterday morning").

A range that ends in a year in one version and runs "to present" in the
other ("(2013–2018)" / "(2013–present)") is a change too.

What it lets pass: the same day written two ways ("Wednesday" under a Wednesday dateline /
"yesterday" under Thursday's; "Oct. 28" / "28 October"); two days that each version also gives
elsewhere ("were taken in a raid on Jan. 9, 2012" / "were shown to reporters on Tuesday", each
version telling both the raid's day and Tuesday's news), which date two events; a weekday a week
from a calendar date (but "last Thursday" says which Thursday: in Thursday's copy, a week
ago); dates of different events in a rewrite. A state that
lasts ("gendarmes were deployed on Tuesday" / "remained in the area on
Wednesday") is at most a warning; "the Today programme" is no day. A day changed in a sentence
whose every figure changed too ("planned 64 flights on Monday to bring about 16,000 people home" /
"planned 74 flights on Tuesday to bring home a further 16,500") is another day's operation: a
warning. So is a day changed in two sentences that both say a thing was done "again", in versions
of different datelines ("Protesters gathered again outside parliament on Friday evening" / "... on Monday
evening"): each tells of the latest time by its own day. Across the
story, two days that date two acts ("were waiting early Tuesday" / "prepared
on Wednesday") are not compared, nor a past day more than three days after the
other version was published (what happened since); each version's only day,
in the week before its dateline, dates one event ("The Supreme Court on Friday
overturned" / "The ruling on Thursday"); so does each version's only date after "until" ("off-limits
to visitors until September 30" / "The ban runs until October 31"), and its only year after "since"
beside a figure both sentences give ("$65, a rate unchanged since 1991" / "had stood at $65 since
1997").

Why it matters: a wrong day misplaces the event in time.

Example: "met on Tuesday" / "met on Thursday", same dateline -> error.

Passes: "met on Wednesday" (dated Wed Jan 12) / "met yesterday" (dated Thu Jan 13) -> nothing.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..compare import PairContext
from ..extract import A_LATER_ONE
from ..match import _calendar
from ..facts import _FUNCTION, _RELATIVE, _RELATIVE_PERIOD, _WEEKDAYS, DateRef
from ..model import Finding, Severity
from ..normalize import DASHES
from . import rule


_UNTIL = re.compile(r"\b(?:until|till)\s+(?:(?:noon|midday|midnight|dawn|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?)"
                    r"\s+(?:on\s+)?)?(?:on\s+)?$", re.IGNORECASE)  # the day a state ends: "until noon on Thursday"
OTHER_EVENTS_NOTE = "they may date different events"  # evidence.reconcile reads it
RESOLVED_APART = "each version's dateline resolves them to another date"  # check._weigh_kinship reads it


@rule("WC120", "date-mismatch", Severity.ERROR, "A date, weekday or year differs after resolving against the dateline")
def check(ctx: PairContext) -> Iterator[Finding]:
    if _again(ctx.a.text) != _again(ctx.b.text):
        return  # "Pickets gathered at the gates from early on Sunday" / "Pickets were again at the gates on Monday":
        # the sentence that says "again" tells another day of the same thing
    da, db = _unpaired(_outside_quotes(ctx.a), _outside_quotes(ctx.b))
    for x in da:
        for y in db:
            if x.granularity != y.granularity and not (_written_year(x) and _written_year(y)):
                continue  # "Monday" vs "2019", "last year" vs "yesterday" say nothing about each other, nor "from
                # 2018" about "on July 15", whose year is only the dateline's
            if x.counted != y.counted:
                continue  # "fired McCarthy on Tuesday, a week after the release of a video" / "pledged on Wednesday,
                # a day after the dismissal": a day counted from another dates what follows it, not the verb
            op = ctx.op_of((x.start, x.end), (y.start, y.end))
            # the only date on each side of a rewritten pair is compared when it is a resolved date of the same
            # granularity (not "Wednesday" / "2009", not two undated weekdays: outlets report different days'
            # statements) and a content word next to it is shared ("began on Tuesday morning" / "began
            # yesterday morning"; not "in force on Friday" / "issued the warning yesterday")
            only_dates = (len(da) == 1 and len(db) == 1 and x.granularity == y.granularity != "weekday"
                          and _shared_neighbour(ctx, x, y))
            if op is None and not only_dates:
                continue
            db.remove(y)
            large = op is not None and op.size > 6
            lasting = (_lasting(ctx.a.text, x) or _lasting(ctx.b.text, y)) if not (
                _UNTIL.search(ctx.a.text, max(0, x.start - 24), x.start)
                and _UNTIL.search(ctx.b.text, max(0, y.start - 24), y.start)) else None  # "will last until noon on
            # Thursday" / "will remain in place until midday on Friday": the day a state ends, one day
            counts = _figures_all_differ(ctx)
            repeated = ctx.a.version.date != ctx.b.version.date and _again_before(ctx.a.text, x) \
                and _again_before(ctx.b.text, y)
            later = _later_statement(ctx, x, y)
            yield ctx.finding(
                check, (x.start, x.end), (y.start, y.end),
                f"'{x.text}' ({x.value}) in {ctx.a.version.id} but '{y.text}' ({y.value}) in {ctx.b.version.id}",
                severity=Severity.ERROR if op is not None and not large and not lasting
                and (x.granularity != "weekday" or ctx.minimal_edit) and not counts and not repeated and not later
                else Severity.WARNING,
                why=(RESOLVED_APART
                     if x.granularity != "weekday" else "different weekdays, with no dateline to resolve them against")
                + (" (within a larger rewrite)" if large else "")
                + (f" ('{lasting}': a state that lasts, which may hold on both days)" if lasting else "")
                + (" (every figure beside them differs too: different days' counts)" if counts else "")
                + (" (a thing done again, each version telling of the latest time by its own dateline)"
                   if repeated else "")
                + (" (two days of saying, one after the other version came out: a later statement, which it could"
                   " not report)" if later else "")
                + ("" if op is not None else f" (the only date on each side of differently worded sentences:"
                                             f" {OTHER_EVENTS_NOTE})"),
            )
            break
    yield from _range_reopened(ctx)


def _figures_all_differ(ctx: PairContext) -> bool:
    """Each side counts two things or more and no figure of one agrees with a figure of the other ("planned 64
    flights on Monday to bring about 16,000 people home" / "planned 74 flights on Tuesday to bring home a further
    16,500"): each day's own operation, not one day changed."""
    from .numbers import _consistent

    qa, qb = ctx.a.facts.quantities, ctx.b.facts.quantities
    return (min(len(qa), len(qb)) >= DAYS_COUNTS_MIN
            and not any(x.part == y.part and _consistent(x, y) for x in qa for y in qb))  # "a further 16,500" is
    # no rounding of "about 16,000": it adds to it


DAYS_COUNTS_MIN = 2  # figures on each side for a day whose every figure changed to be another day's


_AGAIN = re.compile(r"\bagain\b", re.IGNORECASE)
_LASTING = re.compile(r"\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|still|under\s?way|ongoing)\b[^,;.]*$",
                      re.IGNORECASE)  # "A search was under way last night": it goes on, and may on the other day


# a day of saying: "the government said on Friday", "officials said Monday", "told reporters late on Tuesday"
_SAID_ON = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists)|added|stated)\s+"
                      r"(?:(?:on|late|early|last)\s+)*$", re.IGNORECASE)


def said_on(text: str, d: DateRef) -> bool:
    """The day is one of saying: "the government said on Friday", "officials said Monday"."""
    return _SAID_ON.search(text, max(0, d.start - SAID_REACH), d.start) is not None


SAID_REACH = 40  # characters before a day in which its verb of saying stands


def _later_statement(ctx: PairContext, x: DateRef, y: DateRef) -> bool:
    """Both dates are days of saying, and one is after the other version's dateline ("..., the government said on
    Friday" in a story dated Friday / "..., officials said Monday" in the update dated Monday): each version
    reports the statement of its own day; the earlier could not report the later one's."""
    def after(d: DateRef, published: dt.date | None) -> bool:
        day = _calendar(d.value) if d.granularity == "day" else None
        return published is not None and day is not None and day > published

    return said_on(ctx.a.text, x) and said_on(ctx.b.text, y) and (
        after(y, ctx.a.version.date) or after(x, ctx.b.version.date))


def _lasting(text: str, d: DateRef) -> str | None:
    """The word of a state that lasts, in the clause before the date: "French gendarmes remained in the area on
    Wednesday" tells the next day of "were deployed to the area on Tuesday", not another day for it."""
    m = _LASTING.search(text, max(0, d.start - 60), d.start)
    return m.group(0).split()[0] if m else None


def _again(text: str) -> bool:
    """The sentence tells a repeat: "again", or "a second airdrop"."""
    return _AGAIN.search(text) is not None or A_LATER_ONE.search(text) is not None


AGAIN_REACH = 40  # characters before a date in which "again" says the act it dates was done again


def _again_before(text: str, d: DateRef) -> bool:
    """ "gathered again outside parliament on Friday evening": the day of a repeat; not "began on Saturday and ...
    flared up again", where the repeat is another act."""
    return _AGAIN.search(text, max(0, d.start - AGAIN_REACH), d.start) is not None


def _outside_quotes(side) -> list[DateRef]:
    """The side's dates, less relative ones inside quotation marks: "today" in a quotation is the speaker's day,
    which need not be the dateline's."""
    quotes = [(q.start, q.end) for q in side.facts.quotes]
    return [d for d in side.facts.dates
            if not (_relative(d) and any(s <= d.start and d.end <= e for s, e in quotes))]


def _shared_neighbour(ctx: PairContext, x: DateRef, y: DateRef) -> bool:
    """The nearest content word before, or after, each date is the same word on both sides."""
    def around(side, d: DateRef) -> tuple[str | None, str | None]:
        words = [t for t in side.facts.words if t.kind != "punct"]
        inside = [n for n, t in enumerate(words) if t.start < d.end and d.start < t.end]
        if not inside:
            return None, None
        lo, hi = inside[0], inside[-1]
        before = next((words[n].key for n in range(lo - 1, -1, -1) if words[n].text.lower() not in _FUNCTION), None)
        after = next((words[n].key for n in range(hi + 1, len(words)) if words[n].text.lower() not in _FUNCTION), None)
        return before, after
    (ba, aa), (bb, ab) = around(ctx.a, x), around(ctx.b, y)
    return ba is not None and ba == bb or aa is not None and aa == ab


_OPEN_END = frozenset({"present", "now", "today", "date"})


def _range_reopened(ctx: PairContext) -> Iterator[Finding]:
    """ "(2013–2018)" / "(2013–present)": a range that ends in a year in one version and runs to this day
    in the other. Only where the change replaces the end of a range that starts with a year."""
    for op in ctx.changes:
        if len(op.a) != 1 or len(op.b) != 1:
            continue
        for year, side, other in ((op.a[0], ctx.a, op.b[0]), (op.b[0], ctx.b, op.a[0])):
            if year.kind != "date" or not year.text.isdigit() or other.text.lower() not in _OPEN_END:
                continue
            before = side.text[:year.start].rstrip()
            if not before or before[-1] not in DASHES or not before[:-1].rstrip()[-4:].isdigit():
                continue
            a_span, b_span = ((year.start, year.end), (other.start, other.end)) if side is ctx.a else (
                (other.start, other.end), (year.start, year.end))
            yield ctx.finding(check, a_span, b_span, ctx.quoted(a_span, b_span),
                              severity=Severity.ERROR if ctx.anchored(op) else Severity.WARNING,
                              why="a range that ended in one version runs to this day in the other")
            return


def _unpaired(da: list[DateRef], db: list[DateRef]) -> tuple[list[DateRef], list[DateRef]]:
    """The dates left when each is paired with at most one on the other side: equal values first, then one
    that could name the same time ("2019" / "March 19, 2019"). So a year the rewrite changed in one place
    and kept in another ("relegated in 2008 ... in August 2008" / "in 2009 ... in August 2008") is unpaired."""
    for same in (lambda x, y: x.value == y.value, lambda x, y: x.contains(y) or y.contains(x), _a_week_apart,
                 weeks_loose):
        for x in list(da):
            y = next((y for y in db if same(x, y)), None)
            if y is not None:
                da.remove(x)
                db.remove(y)
    return da, db


_WEEKDAY_NAMES = tuple(_WEEKDAYS)
# words a date is written relative to the dateline with ("last year" and "last night" share "last ")
_RELATIVE_WORDS = _WEEKDAY_NAMES + tuple(_RELATIVE) + tuple(f"{w} " for w in _RELATIVE_PERIOD)


def _a_week_apart(x: DateRef, y: DateRef) -> bool:
    """A weekday resolved a week away from the same day named otherwise: "from Wednesday" read as last
    Wednesday in a sentence with no tense word ("would affect flights on Wednesday") and as next Wednesday
    in the other version ("will hit flights on Wednesday"), or "tomorrow", or "Oct. 20" ("is to begin on
    Monday"). A bare weekday can mean either."""
    if x.granularity != "day" or y.granularity != "day":
        return False
    if not any(w in d.text.lower() for d in (x, y) for w in _WEEKDAY_NAMES):
        return False  # one side names a weekday: "on Monday" / "on Oct. 20", "on Wednesday" / "tomorrow"
    if any(d.text.lower().startswith(("last ", "next ")) for d in (x, y)):
        return False  # "last Thursday" says which Thursday
    try:
        gap = abs((dt.date.fromisoformat(x.value) - dt.date.fromisoformat(y.value)).days)
    except ValueError:
        return False
    return gap == 7


def weeks_loose(x: DateRef, y: DateRef) -> bool:
    """Two days at most three apart, one of them counted in weeks back from a dateline ("two weeks ago" / "a
    fortnight ago" in papers two days apart): a span in weeks is written loosely, to the week, not the day."""
    if x.granularity != "day" or y.granularity != "day":
        return False
    if not any(w in d.text.lower() for d in (x, y) for w in ("week", "fortnight")):
        return False
    try:
        return abs((dt.date.fromisoformat(x.value) - dt.date.fromisoformat(y.value)).days) <= 3
    except ValueError:
        return False


def _relative(d: DateRef) -> bool:
    """Written relative to the dateline: a weekday, "yesterday", "last year"."""
    low = d.text.lower()
    return any(w in low for w in _RELATIVE_WORDS)


def _written_year(d: DateRef) -> bool:
    """The year is written, not taken from the dateline: "in 2014", "on 5 May 2015"; not "July 15", "last year"."""
    return _year(d) is not None and not _relative(d) and re.search(r"\b\d{4}\b", d.text) is not None


def _year(d) -> str | None:
    """The year a resolved date names, so "in 2014" can be compared with "on 5 May 2015"."""
    return d.value[:4] if d.value[:4].isdigit() else None
