"""movement-reversed: one named thing said to go up in one version and down in another, anywhere in the story.

What it flags: a market, currency, index or company whose movement two versions report in opposite directions,
in sentences the rewrite moved apart: "The Australian dollar rose on the news" / "Investors were unimpressed,
with the Australian dollar falling on the news". The thing moving is the words right before the verb, and at
least one of them is capitalised ("Australian dollar", "Rio Tinto", "the Nikkei") or they name what a market
trades ("gasoline futures", "oil prices"): "shares rose" / "shares fell" may be two markets.

The subject may stand before a relative clause ("Oil prices, which fell on Wednesday ..., jumped on Thursday"
moves oil prices both times), and "dollar-denominated bonds" are dollar bonds. A thing one version tells moving
both ways on two days is compared by the day the other version gives its one move (an undated move is of its
version's own dateline): "Oil prices rose in early trading" in Wednesday's copy / "Oil prices, which fell on
Wednesday, ... jumped ... on Thursday" is an error, even between two articles on one event.

What it lets pass: a thing that goes both ways in one version on one day (a rise and a fall on one day are both news);
a negated movement ("did not fall"); movements dated to different days; a move told as taking back another
("rose 1 percent on Thursday, recovering part of Wednesday's fall"); generic subjects.

Why it matters: a reversed market move is a factual error that a rewrite hides by rewording the sentence
around it, so the pair rules (direction-flip) never see the two verbs side by side.

Example: "The Australian dollar rose on the news" / "..., with the Australian dollar falling" -> error;
the values show the amount when one follows ("Athens stock market fell 3.2 per cent").

Passes: "The Australian dollar rose" / "the Australian dollar climbed" -> nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..compare import StoryContext, opposite_ways, spans_finding
from ..extract import FUNCTION, VersionFacts
from ..model import Finding, Severity
from ..normalize import lemma
from ..opposites import DOWN_VERBS, NEGATIONS, UP_VERBS
from . import rule


@rule("WC142", "movement-reversed", Severity.ERROR,
      "A named market or company moving up in one version and down in another", scope="story")
def check(ctx: StoryContext) -> Iterator[Finding]:
    for sm in ctx.matches:
        xs, ys = _movements(sm.a), _movements(sm.b)
        for key in xs.keys() & ys.keys():
            xs[key], ys[key] = _of_one_day(xs[key], ys[key], sm.b), _of_one_day(ys[key], xs[key], sm.a)
        for _, (_, ca, sa, ta, da), (_, cb, sb, tb, db) in opposite_ways(xs, ys):
            if da and db and not da & db:
                continue  # "fell on Monday" / "rose on Tuesday": two days
            day = (da or _own_day(sm.a)) & (db or _own_day(sm.b))
            yield spans_finding(check, sm, (ca, sa, ta), (cb, sb, tb),
                                "the same named thing moves up in one version and down in the other, and neither "
                                "version says it moved both ways"
                                + (f" {ONE_DAY_MOVES} ({min(day).removeprefix('d:')})" if day else ""))


ONE_DAY_MOVES = "on the day both versions date the move to"  # check._weigh_kinship reads it: whoever reports it


def _own_day(vf: VersionFacts) -> frozenset[str]:
    """An undated move is of its version's own day ("Oil prices rose in early trading", in Wednesday's copy)."""
    return frozenset() if vf.version.date is None else frozenset({f"d:{vf.version.date.isoformat()}"})


def _before_relative(toks: list, k: int) -> int:
    """Where the subject of the verb after token k ends, past a relative clause set off by commas: "Oil prices,
    which fell on Wednesday" (the verb in it) and "Oil prices, which fell on Wednesday ..., jumped" (the verb after
    it) both move oil prices."""
    if k >= 1 and toks[k].text.lower() == "which" and toks[k - 1].text == ",":
        return k - 2
    if k >= 0 and toks[k].text == ",":
        for j in range(k - 1, 0, -1):
            if toks[j].text == "," and toks[j + 1].text.lower() != "which":
                break
            if toks[j].text.lower() == "which" and toks[j - 1].text == ",":
                return j - 2
    return k


def _of_one_day(moves: list, other: list, other_vf: VersionFacts) -> list:
    """A thing told moving both ways on two days ("Oil prices, which fell on Wednesday ..., jumped ... on
    Thursday") is compared by the day the other version tells of its one move; an undated move is of the other
    version's own day ("Oil prices rose in early trading", in Wednesday's copy)."""
    if len({w for w, *_ in moves}) < 2 or len({w for w, *_ in other}) != 1:
        return moves
    days = {d for *_, ds in other for d in ds} or _own_day(other_vf)
    same = [m for m in moves if len(m[-1]) == 1 and m[-1] <= days]
    return same if same and len({w for w, *_ in same}) == 1 else moves


# what a market trades, after what it trades in: "gasoline futures", "copper prices", "Treasury yields"
_MARKETS = frozenset({"futures", "prices", "price", "yields", "shares", "stocks", "bonds"})


OWN_DAY_REACH = 60  # characters from a movement verb to the day that follows it: "jumped more than $5 a barrel in
# New York on Thursday"
RECOVERED_REACH = 8  # tokens from "recovering" to the move it takes back: "recovering part of Thursday's 7.3 percent
# plunge"
_RECOVERING = frozenset({"recovering", "recouping", "reversing", "erasing", "paring", "retracing", "extending",
                         "adding"})


def _with_amount(cf: object, end: int) -> int:
    """The end of the movement shown with its amount when one follows the verb: "fell 3.2 per cent", "rose by 2
    points"."""
    rest = cf.text[end:]  # type: ignore[attr-defined]
    gap = len(rest) - len(rest.lstrip())
    if rest.lstrip().lower().startswith("by "):
        gap += 3
    for q in cf.quantities:  # type: ignore[attr-defined]
        if q.start == end + gap and q.unit not in (None, "clock", "time"):
            return q.end
    return end


def _movements(vf: VersionFacts) -> dict[tuple[str, ...], list[tuple[str, int, int, int, frozenset[str]]]]:
    """Per subject (its last two word keys): (direction, claim, start, end, days) of each movement verb."""
    out: dict[tuple[str, ...], list[tuple[str, int, int, int, frozenset[str]]]] = {}
    for ci, cf in enumerate(vf.analyses):
        toks = cf.tokens
        days = frozenset(d.key for d in cf.dates)
        for i, t in enumerate(toks):
            if t.kind != "word":
                continue
            base = lemma(t.text.lower())
            way = "up" if base in UP_VERBS else "down" if base in DOWN_VERBS else None
            if way is None or any(u.text.lower() in NEGATIONS for u in toks[max(0, i - 3):i]):
                continue
            k = _before_relative(toks, i - 1)
            subject = []
            while k >= 0 and toks[k].kind in ("word", "alias") and toks[k].text.lower() not in FUNCTION \
                    and len(subject) < 3:
                subject.insert(0, toks[k])
                k -= 1
                if k >= 1 and toks[k].text == "-" and subject[0].text.islower() and subject[0].text.endswith("ed"):
                    subject[0] = toks[k - 1]  # "dollar-denominated bonds" are dollar bonds
                    k -= 2
            named = any(u.text[:1].isupper() for u in subject) or (
                len(subject) >= 2 and subject[-1].text.lower() in _MARKETS)  # "gasoline futures", "oil prices"
            if not subject or not named or (subject[0] is toks[0] and len(subject) == 1):
                continue  # "shares rose", or a capital that only opens the sentence
            key = tuple(u.text.lower() for u in subject[-2:])
            own = frozenset(d.key for d in cf.dates if 0 <= d.start - t.end <= OWN_DAY_REACH)
            out.setdefault(key, []).append((way, ci, subject[0].start, _with_amount(cf, t.end), own or days))
            for j in range(i + 1, len(toks) - 1):  # "eased on Thursday after jumping as much as 24%": the same
                # subject's earlier move, told in the same sentence
                then = lemma(toks[j + 1].text.lower())
                if toks[j].text.lower() in ("after", "before") and toks[j + 1].text.lower().endswith("ing") and (
                        then in UP_VERBS or then in DOWN_VERBS):
                    out[key].append(("up" if then in UP_VERBS else "down", ci, subject[0].start, toks[j + 1].end,
                                     days))
                elif toks[j].text.lower() in _RECOVERING and (way := next(
                        ("up" if w in UP_VERBS else "down" for u in toks[j + 1:j + 1 + RECOVERED_REACH]
                         if (w := lemma(u.text.lower())) in UP_VERBS or w in DOWN_VERBS), None)):
                    out[key].append((way, ci, subject[0].start, toks[j].end, days))  # "rose 1 percent on Thursday,
                    # recovering part of Wednesday's fall": the move it took back, of another day
    return out
