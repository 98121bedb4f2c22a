"""Which words are opposites: the antonym lexicon, WordNet's antonyms, inflections, and negating prefixes.

Shared by the direction-flip rule (a word replaced by its opposite) and the
negation rule (an antonym plus a negation cancel out), so both agree.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import Lexicons
from .normalize import lemma, position
from .wordnet import Relation, wordnet


@lru_cache(maxsize=4)
def opposites_of(lex: Lexicons) -> dict[str, frozenset[str]]:
    """word or lemma -> its antonyms (words and lemmas), from data/antonyms.tsv."""
    out: dict[str, set[str]] = {}
    for word, others in lex.antonyms.items():
        for w in (word, lemma(word)):
            out.setdefault(w, set()).update(others | {lemma(o) for o in others})
    return {k: frozenset(v) for k, v in out.items()}


_NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non", "de", "mis", "sub", "anti")
_PLAIN_NEGATIONS = ("un", "non")  # prefixes that only negate; the others also make words of their own
_SWAPPED_PREFIXES = (("en", "de"), ("over", "under"), ("pre", "post"), ("up", "down"), ("inter", "intra"), ("im", "ex"),
                     ("mega", "mini"), ("macro", "micro"), ("hyper", "hypo"), ("multi", "mono"))


@lru_cache(maxsize=65536)
def _forms(word: str) -> frozenset[str]:
    """The word, its lemma, and its stem with the suffix cut but no letter undoubled ("adding" -> "add"),
    unless WordNet knows the word and derives it from other words ("news" is not "new" + s)."""
    w = word.lower()
    out = {w, lemma(w)}
    known = wordnet().base_forms(w)
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            for stem in (w[: -len(suffix)], w[: -len(suffix)] + "e"):
                if not known or stem in known or not wordnet().base_forms(stem):
                    out.add(stem)  # but not another word WordNet does not derive it from: "news" is no "new"
    return frozenset(out)


def morphological_opposites(x: str, y: str) -> bool:
    """"suitable"/"unsuitable", "optimal"/"suboptimal", "encoding"/"decoding": opposites by prefix."""
    x, y = x.lower().replace("-", ""), y.lower().replace("-", "")
    for short, long in ((x, y), (y, x)):
        for p in _NEGATING_PREFIXES:
            if long == p + short and len(short) >= 4:
                return p in _PLAIN_NEGATIONS or wordnet().relation(short, long) not in (Relation.DIFFERENT,
                                                                                       Relation.SAME)
                # a word WordNet knows apart from the other is no negation of it: "briefing" / "debriefing",
                # "port" / "import", "tail" / "detail"
    for p, q in _SWAPPED_PREFIXES:
        for a, b in ((x, y), (y, x)):
            if a.startswith(p) and b.startswith(q) and a[len(p):] == b[len(q):] and len(a) - len(p) >= 4:
                return True
    return False


def opposite(x: str, y: str, opposites: dict[str, frozenset[str]], use_wordnet: bool = False) -> bool:
    """Are two written words antonyms, by the lexicon or a negating prefix (or, if asked, in WordNet)?"""
    fy = _forms(y)
    return (any(fy & opposites.get(f, frozenset()) for f in _forms(x)) or morphological_opposites(x, y)
            or use_wordnet and wordnet().relation(x, y) is Relation.OPPOSITE)


_CONVERSES = [({"buy", "buys", "bought", "buying"}, {"sell", "sells", "sold", "selling"}),
              ({"give", "gives", "gave", "given", "giving"}, {"receive", "receives", "received", "receiving"}),
              ({"lend", "lends", "lent", "lending"}, {"borrow", "borrows", "borrowed", "borrowing"}),
              ({"win", "wins", "won", "winning"}, {"lose", "loses", "lost", "losing"}),
              ({"send", "sends", "sent", "sending"}, {"receive", "receives", "received", "receiving"})]
_BE = {"be", "is", "are", "was", "were", "been", "being"}


def converse(x: str, y: str) -> bool:
    """Two verbs of one exchange seen from its two ends: "lend" / "borrow", "buy" / "sell", "send" / "receive"."""
    wx, wy = x.lower(), y.lower()
    return any((wx in p and wy in q) or (wx in q and wy in p) for p, q in _CONVERSES)


def converse_in_other_voice(words_a: list, x: object, words_b: list, y: object) -> bool:
    """Converse verbs (buy/sell, give/receive, win/lose) one of which is passive: "had bought their seats" /
    "seats had been sold" tell one deal from its two ends; so do two passives that name neither end ("tickets were
    sold at a 7-Eleven" / "tickets had been bought at a 7-Eleven"). `words_*` are a sentence's tokens, x and y among
    them."""
    if not converse(x.text, y.text):  # type: ignore[attr-defined]
        return False

    def passive(words: list, tok: object) -> bool:
        k = position(words, tok)
        return k is not None and any(t.text.lower() in _BE for t in words[max(0, k - 2):k])

    def by_whom(words: list, tok: object) -> bool:
        k = position(words, tok)
        return k is not None and any(t.text.lower() == "by" for t in words[k + 1:k + 4])

    pa, pb = passive(words_a, x), passive(words_b, y)
    return pa != pb or pa and pb and not by_whom(words_a, x) and not by_whom(words_b, y)


_PARTY = {"buy": "from", "receive": "from", "borrow": "from", "sell": "to", "give": "to", "lend": "to", "send": "to"}
_BASE = {form: base for (p, q), bases in zip(_CONVERSES, (("buy", "sell"), ("give", "receive"), ("lend", "borrow"),
                                                          ("win", "lose"), ("send", "receive")))
         for forms, base in zip((p, q), bases) for form in forms}  # each converse verb's forms -> its base form


def converse_with_other_party(words_a: list, x: object, words_b: list, y: object,
                              subjects: tuple[str | None, str | None]) -> bool:
    """Converse verbs, one of which names the other party after it ("the state will lend it 4.4 billion euros" /
    "the fund will borrow 4.4 billion euros from the government"): one loan told from its two ends, unless both
    subjects are known and the same ("the state will lend" / "the state will borrow ... from the fund"). Not
    "won" / "lost", a contest, where "to" names no party ("lost to Spain")."""
    wx, wy = x.text.lower(), y.text.lower()  # type: ignore[attr-defined]
    bx, by = _BASE.get(wx), _BASE.get(wy)
    if bx not in _PARTY or by not in _PARTY or not converse(wx, wy):
        return False
    if subjects[0] and subjects[0] == subjects[1]:
        return False

    def names_party(words: list, tok: object, base: str) -> bool:
        k = position(words, tok)
        if k is None:
            return False
        after = [t.text.lower() for t in words[k + 1:k + 9]]
        stop = next((i for i, w in enumerate(after) if w in (".", ";", "and", "but")), len(after))
        return _PARTY[base] in after[:stop]

    return names_party(words_a, x, bx) or names_party(words_b, y, by)


# ---------------------------------------------------------------- the direction of a figure's move

UP_VERBS = frozenset(lemma(w) for w in (
    "rise", "rose", "risen", "rises", "rising", "climb", "climbed", "gain", "gained", "jump", "jumped", "soar",
    "soared", "surge", "surged", "rally", "rallied", "advance", "advanced", "increase", "increased", "grow", "grew",
    "grown", "firm", "firmed", "strengthen", "strengthened", "appreciate", "appreciated"))
DOWN_VERBS = frozenset(lemma(w) for w in (
    "fall", "fell", "fallen", "falls", "falling", "drop", "dropped", "slip", "slipped", "slide", "slid", "decline",
    "declined", "plunge", "plunged", "tumble", "tumbled", "sink", "sank", "slump", "slumped", "dip", "dipped",
    "decrease", "decreased", "shrink", "shrank", "shrunk", "lose", "lost", "weaken", "weakened", "depreciate",
    "depreciated", "ease", "eased", "shed", "retreat", "retreated"))
# nouns of a move, written after its figure ("a 3pc fall") or before it with "of" ("growth of 0.5 percent")
_UP_NOUNS = frozenset({"rise", "increase", "gain", "jump", "growth", "rebound", "surge"})
_DOWN_NOUNS = frozenset({"fall", "drop", "decline", "decrease", "slide", "contraction", "slump", "plunge", "dip"})
_WAY_BEFORE = {"up": "up", "down": "down"}  # "up 3%", "down 4%"
_WAY_AFTER = {"higher": "up", "lower": "down"}  # "3 percent higher"
_BEFORE_FIGURE = {"by", "about", "nearly", "almost", "some", "around", "roughly", "just", "over", "more", "than",
                  "less", "a", "an", "another", "further", "as", "much"}
NEGATIONS = frozenset({"not", "n't", "never", "no"})  # words that undo a move a few words later


def _undone(tokens: list, k: int) -> bool:
    """A negation in the three words before the move's word at k: "did not fall 3 percent"."""
    return any(t.text.lower() in NEGATIONS for t in tokens[max(0, k - 3):k])


def _way(word: str, verbs: bool) -> str | None:
    base = lemma(word.lower())
    if verbs and base in UP_VERBS or not verbs and base in _UP_NOUNS:
        return "up"
    if verbs and base in DOWN_VERBS or not verbs and base in _DOWN_NOUNS:
        return "down"
    return None


def figure_move(tokens: list, start: int, end: int) -> tuple[str, object] | None:
    """Which way a figure (its claim offsets) is said to move, and the word that says it: "rose 3 percent", "fell
    by 3pc", "up 3%", "3 percent higher", "a 3pc fall", "growth of 0.5 percent". None for a level ("stood at 3
    percent") or a negated move ("did not fall 3 percent")."""
    i = next((k for k, t in enumerate(tokens) if t.start >= start), len(tokens))
    j = next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))
    k = i - 1
    while k >= 0 and i - k <= 4 and tokens[k].text.lower() in _BEFORE_FIGURE:
        k -= 1
    found: tuple[str, object] | None = None
    if k >= 0 and tokens[k].kind == "word":
        word = tokens[k].text.lower()
        if word == "of" and k > 0 and (way := _way(tokens[k - 1].text, verbs=False)):
            found = (way, tokens[k - 1])  # "growth of 0.5 percent"
        elif (way := _WAY_BEFORE.get(word) or _way(word, verbs=True)):
            found = (way, tokens[k])  # "rose 3 percent", "down 3%"
        if found and _undone(tokens, k):
            return None
    if found is None and j < len(tokens) and tokens[j].kind == "word":
        word = tokens[j].text.lower()
        way = _WAY_AFTER.get(word) or _way(word, verbs=False)
        if way:
            found = (way, tokens[j])  # "a 3pc fall", "3 percent higher"
    return found


# verbs that set a level rather than move by an amount: "cut it to 365 francs", "raised the rate to 5 percent"
_SET_UP = frozenset(lemma(w) for w in ("raise", "raised", "lift", "lifted", "hike", "hiked", "boost", "boosted"))
_SET_DOWN = frozenset(lemma(w) for w in ("cut", "lower", "lowered", "reduce", "reduced", "slash", "slashed", "trim",
                                         "trimmed"))
_OBJECTS = {"it", "them", "this", "that"}


CHANGE_REACH = 4  # words from a verb of change to the "by" or "to" before its figure ("raise tuition fees by")


def change_or_level(tokens: list, start: int) -> tuple[str, object] | None:
    """Whether a figure (its claim offset) is the size of a change or the level reached, and the verb: "raise
    tuition fees by $1,778" ("by") / "raise annual tuition to $1,778" ("to"); None when no verb of change stands
    before its "by" or "to"."""
    i = next((k for k, t in enumerate(tokens) if t.start >= start), len(tokens))
    if i < 2 or tokens[i - 1].text.lower() not in ("by", "to"):
        return None
    if i >= 3 and tokens[i - 3].text.lower() == "from":
        return None  # "from 47 to 54 days": the level, told with where it started; compared as figures
    for k in range(i - 2, max(-1, i - 2 - CHANGE_REACH), -1):
        if tokens[k].kind != "word":
            return None
        base = lemma(tokens[k].text.lower())
        if base in UP_VERBS | DOWN_VERBS | _SET_UP | _SET_DOWN:
            return ("change" if tokens[i - 1].text.lower() == "by" else "level"), tokens[k]
    return None


def level_move(tokens: list, start: int) -> tuple[str, object] | None:
    """Which way a figure that is a level reached (its claim offset) was reached, and the word that says it: "will
    fall to 365 francs", "ordered the fee to rise to 365 francs", "cut it to 365 francs". None for a figure not
    after "to", or a negated move."""
    i = next((k for k, t in enumerate(tokens) if t.start >= start), len(tokens))
    if i < 2 or tokens[i - 1].text.lower() != "to":
        return None
    k = i - 2
    if tokens[k].text.lower() in _OBJECTS and k > 0:
        k -= 1
    word = tokens[k]
    base = lemma(word.text.lower())
    way = _way(word.text, verbs=True) or ("up" if base in _SET_UP else "down" if base in _SET_DOWN else None)
    if way is None or _undone(tokens, k):
        return None
    return way, word
