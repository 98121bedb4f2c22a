"""quote-altered: words changed inside a quotation that two versions share.

What it flags: a quotation the story matcher found in both versions (most of
its words shared, wherever its sentences stand) with words changed inside
it. A word replaced by another ("I have deep remorse" / "I have great
remorse"), a quantifier for another ("Some people will never forgive us" / "Most people ..."), or a
negation added or dropped, is an error: a quotation promises
the speaker's exact words. Words added or dropped in the middle are a
warning: outlets do tidy a quotation, but they should mark it. The finding
shows the whole rewritten phrase: a replaced word with any other change a
word or two after it ("making entire villages disappear" / "cutting off
entire villages").

What it lets pass: a quotation trimmed at either end or cut at an ellipsis
("I have dreamed of this ... I still cannot believe it"); UK/US spelling,
contractions, "per cent" / "%", punctuation and case; a quotation split in
two or turned into a partial quotation.

Why it matters: the quotation marks tell the reader these are the speaker's
own words.

Example: '"I have deep remorse for this situation"' / '"I have great remorse
for this situation"' -> error.

Passes: '"significant differences between Nato allies and Russia"' /
'"significant differences"' -> nothing.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from ..compare import StoryContext
from ..extract import FUNCTION, QuoteFact
from ..facts import _SMALL, PRONOUNS
from ..match import _AUX_WORDS
from ..model import Finding, Severity, Side
from ..normalize import transliterate
from . import rule

_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
_NEGATION = {"not", "no", "never", "n't", "nor", "neither", "nobody", "nothing", "none"}
_SIGNS = {"percent", "pc", "pct"}
REPLACED_MAX = 3  # words on a side of one replacement: more is a rewrite of the quotation, reported as a warning


_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
                 "hundred": "100", "thousand": "1000", "million": "1000000"}


def _keys(q: QuoteFact) -> tuple[list[str], list[tuple[int, int]]]:
    """The quotation's word keys ("per cent", "percent" and "%" are the sign, not words; "two" is "2") and
    their spans."""
    keys, spans = [], []
    for k, sp in zip(q.words, q.spans):
        if k == "cent" and keys and keys[-1] == "per":
            keys.pop()
            spans.pop()
        elif k not in _SIGNS:
            keys.append(_NUMBER_WORDS.get(k, k))
            spans.append(sp)
    return keys, spans


def _same_word(x: str, y: str) -> bool:
    """One word in another form: "feel" / "felt", "said" / "says" (WordNet's base forms meet), or spelt with and
    without its umlaut or accent ("Rüdiger" / "Ruediger"); not an act under way for one done ("going" / "gone")."""
    from ..wordnet import wordnet

    wn = wordnet()
    if x != y and (_aspects(x, y, wn) or _aspects(y, x, wn)):
        return False  # "Fuel subsidy is gone" / "fuel subsidy is going": done, and still under way
    return x == y or bool(wn.base_forms(x) & wn.base_forms(y)) or (min(len(x), len(y)) >= 5
                                                                   and transliterate(x) == transliterate(y))


def _aspects(x: str, y: str, wn: object) -> bool:
    """`x` is a verb's "-ing" form and `y` its past form of the same verb, written otherwise than its base ("going" /
    "gone", "ending" / "ended"): an act under way against one done."""
    if not x.endswith("ing") or y.endswith(("ing", "s")):
        return False
    shared = wn.base_forms(x) & wn.base_forms(y)  # type: ignore[attr-defined]
    return bool(shared) and y not in shared


def _squashed(q: QuoteFact, spans: list[tuple[int, int]], i: int, j: int) -> str:
    """Words i..j as written, lower case, without spaces or hyphens: "service men" / "servicemen", "Web site" /
    "website" are one word spaced two ways."""
    if i >= j:
        return ""
    return "".join(c for c in q_text(q, spans[i][0], spans[j - 1][1]).lower() if c.isalnum())


def q_text(q: QuoteFact, start: int, end: int) -> str:
    return q.text[start - q.start:end - q.start]


def _contained(short: list[str], long: list[str]) -> bool:
    """The shorter quotation is a run of the longer one's words, not cut just before a negation that ends the longer
    ("It can not." / "It can,") nor just after one that opens it ("Not all of the crew were able" / "All of the crew
    were able")."""
    n = len(short)
    return any(long[i:i + n] == short and not _negation_alone(long[i + n:]) and not _negation_alone(long[:i])
               for i in range(len(long) - n + 1))


def _elided(q: QuoteFact, other: list[str]) -> bool:
    """Shortened at an ellipsis: each part between the dots is in the other quotation, in order."""
    if not _ELLIPSIS.search(q.text):
        return False
    parts = [p.lower().split() for p in _ELLIPSIS.split(q.text)]
    words = [w for w in other]
    k = 0
    for part in (p for p in parts if p):
        n = len(part)
        stripped = [re.sub(r"[^\w']", "", w) for w in part]
        k = next((i + n for i in range(k, len(words) - n + 1) if all(
            words[i + j].startswith(stripped[j][:4]) for j in range(n) if stripped[j])), -1)
        if k < 0:
            return False
    return True


_FUNCTION = FUNCTION | {"toward", "towards", "upon", "onto", "within", "without", "among", "amongst", "whether", "though",
                    "although", "however", "yet", "thus", "therefore", "indeed", "really", "well", "actually", "now",
                    "then", "ago", "way", "thing", "things", "lot", "kind", "sort", "bit"}


def _count_changed(x: list[str], y: list[str]) -> bool:
    """A number in a quotation said otherwise: "about a year ago" / "about two years ago"."""
    def count(words: list[str]) -> set[str]:
        return {w for w in words if w.isdigit() or w in _SMALL or w in ("a", "an")}

    return bool(count(x) and count(y)) and count(x) != count(y) and bool((count(x) | count(y)) - {"a", "an"})


_QUANTIFIERS = frozenset({"some", "most", "all", "few", "many", "several", "none", "half"})  # not "every" for "all"


def _joined(ops: list[tuple], kx: list[str]) -> list[tuple]:
    """A word put in and another left out a function word apart are one word replaced: "control of the whole prison"
    / "control of part of the prison" (difflib reads "part of" put in before "the", "whole" left out after it)."""
    out = ops[:1]
    for op in ops[1:]:
        last = out[-1]
        if {last[0], op[0]} == {"insert", "delete"} and op[1] - last[2] == op[3] - last[4] == 1 \
                and kx[last[2]] in _FUNCTION:
            out[-1] = ("replace", last[1], op[2], last[3], op[4])
        else:
            out.append(op)
    return out


def _quantifier_changed(x: list[str], y: list[str]) -> bool:
    """One quantifier for another in a quotation: "Some people will never forgive us" / "Most people will never
    forgive us" says how many, in words."""
    return len(x) == len(y) == 1 and x[0] != y[0] and x[0] in _QUANTIFIERS and y[0] in _QUANTIFIERS


_MODAL_FORCE = {"can": "may", "could": "may", "may": "may", "might": "may",
                "should": "must", "must": "must", "ought": "must", "shall": "must",
                "will": "will", "would": "will"}  # what a modal says of its verb: possible, owed, foretold


def _modal_changed(x: list[str], y: list[str]) -> bool:
    """One modal for another of other force in a quotation: "could have lasted forever" / "should have lasted
    forever" says what ought to have been, not what might (not "will" / "would", one prediction told back)."""
    return len(x) == len(y) == 1 and x[0] in _MODAL_FORCE and y[0] in _MODAL_FORCE \
        and _MODAL_FORCE[x[0]] != _MODAL_FORCE[y[0]]


def _meaningful(words: list[str]) -> bool:
    return any(w not in _FUNCTION or w in _NEGATION for w in words)


def _meaningful_at(keys: list[str], q: QuoteFact, spans: list[tuple[int, int]], i: int, j: int) -> bool:
    """Words i..j of a quotation hold a word of meaning, by key, or a word keyed as an auxiliary that is none as
    written: "willing" is keyed "will", and means more."""
    return _meaningful(keys[i:j]) or any(
        keys[k] in _AUXILIARY_KEYS and (w := q_text(q, *spans[k]).lower()).isalpha() and w not in _AUXILIARY_FORMS
        for k in range(i, j))


_AUXILIARY_KEYS = {"will", "can", "may", "must", "shall", "might", "do", "be", "have"}
_AUXILIARY_FORMS = _AUX_WORDS | {"am", "being", "having", "doing", "done"}  # as written


def _negation_alone(words: list[str]) -> bool:
    """A negation with no word of meaning of its own beside it: "not", "do not", "never"."""
    return bool(set(words) & _NEGATION) and not any(w not in _FUNCTION and w not in _NEGATION for w in words)


@rule("WC130", "quote-altered", Severity.ERROR, "Words changed inside a quotation both versions give", scope="story")
def check(ctx: StoryContext) -> Iterator[Finding]:
    for sm in ctx.matches:
        for qm in sm.quotes:
            x, y = qm.a, qm.b
            kx, sx = _keys(x)
            ky, sy = _keys(y)
            if kx == ky or _contained(kx, ky) or _contained(ky, kx) or _elided(x, ky) or _elided(y, kx):
                continue
            if sorted(kx) == sorted(ky):
                continue  # the same sentences of the quotation in another order
            opcodes = difflib.SequenceMatcher(None, kx, ky, autojunk=False).get_opcodes()
            if sum(op[2] - op[1] for op in opcodes if op[0] == "equal") < KEPT_SHARE * min(len(kx), len(ky)):
                continue  # '"Small merchants will not be able to bear this burden"' / '"We will make sure the burden
                # does not fall entirely on small merchants and the self-employed"': two quotations that share a few
                # words, not in one order
            ops = [op for op in opcodes if op[0] != "equal"]
            # cut at either end: a shorter quotation, not an altered one
            ops = [op for op in ops if not (op[0] in ("delete", "insert") and (op[1] == 0 or op[2] == len(kx))
                                            and (op[3] == 0 or op[4] == len(ky)))
                   or _negation_alone(kx[op[1]:op[2]] + ky[op[3]:op[4]])]
            # but not a negation cut from either end: "It can not." / "It can," says the opposite
            ops = _joined(ops, kx)
            changes = ops
            ops = [op for op in ops if _squashed(x, sx, op[1], op[2]) != _squashed(y, sy, op[3], op[4])
                   and not (op[2] - op[1] == op[4] - op[3] and all(
                       _same_word(p, q) and _same_word(q_text(x, *sx[i]).lower(), q_text(y, *sy[j]).lower())
                       for p, q, i, j in zip(kx[op[1]:op[2]], ky[op[3]:op[4]], range(op[1], op[2]),
                                             range(op[3], op[4]))))]  # keyed alike, and written as one act
            ops = [_trimmed(op, (x, sx), (y, sy)) for op in ops]
            ops = [op for op in ops if _meaningful(kx[op[1]:op[2]] + ky[op[3]:op[4]])
                   or _modal_changed(kx[op[1]:op[2]], ky[op[3]:op[4]])]
            # words only left out of the middle: a quotation tidied, not words put in a mouth (unless a negation
            # alone: "It was not an easy decision, and certainly not one" / "It was certainly not one" leaves out a
            # clause with its own negation)
            ops = [op for op in ops if op[0] == "replace" or op[0] == "insert" and op[1] < len(kx)
                   or _negation_alone(kx[op[1]:op[2]] + ky[op[3]:op[4]])]
            if not ops:
                continue
            replaced = [op for op in ops if op[0] == "replace" and max(op[2] - op[1], op[4] - op[3]) <= REPLACED_MAX]
            negation = any(set(kx[op[1]:op[2]] + ky[op[3]:op[4]]) & _NEGATION for op in ops)
            # an error: one word replaced (or a negation) in a quotation that is otherwise word for word the
            # same; several changes, or a short quotation, is a quotation tidied or paraphrased: a warning
            verbatim = len({(tuple(kx[op[1]:op[2]]), tuple(ky[op[3]:op[4]])) for op in ops}) == 1  # one change,
            # made wherever its word stands: "still a rescue mission, and it will remain a rescue mission" / "...
            # recovery mission ... a recovery mission"
            content = any((_meaningful_at(kx, x, sx, op[1], op[2]) and _meaningful_at(ky, y, sy, op[3], op[4]))
                          or _count_changed(kx[op[1]:op[2]], ky[op[3]:op[4]])
                          or _quantifier_changed(kx[op[1]:op[2]], ky[op[3]:op[4]])
                          or _modal_changed(kx[op[1]:op[2]], ky[op[3]:op[4]]) for op in replaced)
            severity = check.severity if verbatim and (content or negation) else Severity.WARNING
            op = (replaced or ops)[0]
            i1, i2, j1, j2 = _whole_change(op, changes)
            if (i1 == i2 and i1 < len(sx) and j2 < len(sy)) or (j1 == j2 and j1 < len(sy) and i2 < len(sx)):
                i2, j2 = i2 + 1, j2 + 1  # words put in or left out: shown with the word after them on both sides,
                # "respect" / "do not respect", never an empty side
            elif (i1 == i2 or j1 == j2) and i1 > 0 and j1 > 0:
                i1, j1 = i1 - 1, j1 - 1  # at the end of the quotation, with the word before: "can not" / "can"
            if i1 > 0 and j1 > 0 and kx[i1 - 1] == ky[j1 - 1] and kx[i1 - 1] in PRONOUNS:
                i1, j1 = i1 - 1, j1 - 1  # who says it: "we respect" / "we reject"
            a_span = _cover(sx, i1, i2, x)
            b_span = _cover(sy, j1, j2, y)
            va = ctx_text(sm.a, a_span)
            vb = ctx_text(sm.b, b_span)
            yield Finding(
                rule=check.id, name=check.name, severity=severity,
                message=f"quotation differs: '{va or '(nothing)'}' in {x.version} but '{vb or '(nothing)'}' in {y.version}",
                a=Side(x.version, sm.a.claims[x.claim].text, a_span, va),
                b=Side(y.version, sm.b.claims[y.claim].text, b_span, vb),
                confidence=round(qm.overlap, 2),
                why=(f"the same quotation ({qm.overlap:.0%} of its words) with "
                     + ("a word replaced" if replaced else "a negation added or dropped" if negation
                        else "words added or dropped inside it")),
            )


KEPT_SHARE = 0.5  # of the shorter quotation's words, kept in order in the longer, for one quotation altered
CHANGE_GAP = 2  # words two changes of a quotation may stand apart and still be one rewritten phrase


def _whole_change(op: tuple, changes: list[tuple]) -> tuple[int, int, int, int]:
    """The words of the change shown, with the other changes a few words after it on both sides: "making entire
    villages disappear" / "cutting off entire villages" is one phrase rewritten, a word replaced and a word dropped,
    not only "making" / "cutting off"."""
    i1, i2, j1, j2 = op[1:5]
    for o in changes:
        if o[1] >= i2 and o[3] >= j2 and o[1] - i2 <= CHANGE_GAP and o[3] - j2 <= CHANGE_GAP:
            i2, j2 = max(i2, o[2]), max(j2, o[4])
    return i1, i2, j1, j2


def _trimmed(op: tuple, xs: tuple[QuoteFact, list], ys: tuple[QuoteFact, list]) -> tuple:
    """A replacement of one word that runs to the end of both quotations and goes on past the other's end in a
    clause of its own: the shorter quotation was cut there, and only its one word was replaced ("for the most
    vulnerable and the immunosuppressed, who will soon be able to receive ..." / "for the most vulnerable and the
    unvaccinated"); not "we should leave them as they are" / "we should hesitate", a predicate rewritten."""
    tag, i1, i2, j1, j2 = op
    (x, sx), (y, sy) = xs, ys
    if tag != "replace" or min(i2 - i1, j2 - j1) != 1 or i2 - i1 == j2 - j1 or i2 != len(sx) or j2 != len(sy):
        return op
    (q, spans, k) = (x, sx, i1) if i2 - i1 > 1 else (y, sy, j1)
    if not re.search(r"[,;:—–-]", q_text(q, spans[k][1], spans[k + 1][0])):
        return op
    return tag, i1, i1 + 1, j1, j1 + 1


def _cover(spans: list[tuple[int, int]], i: int, j: int, q: QuoteFact) -> tuple[int, int]:
    """Version offsets of words i..j of a quotation; the gap between two words when none are there."""
    if i < j:
        return spans[i][0], spans[j - 1][1]
    at = spans[i][0] if i < len(spans) else (spans[-1][1] if spans else q.start)
    return at, at


def ctx_text(vf, span: tuple[int, int]) -> str:
    return vf.version.text[span[0]:span[1]]
