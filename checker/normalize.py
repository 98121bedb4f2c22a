"""Tokens with offsets, and the normalised keys that make benign variation equal.

A token's `key` folds case, UK/US spelling, contractions ("wasn't" -> was not),
possessives, honorifics (dropped) and simple inflection, so that two versions
differing only in house style give the same key sequence. Multi-word aliases
("United States", "Washington" for the US, "North Atlantic Treaty
Organisation") fold to one token with a canonical key.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .lexicon import Lexicons, lexicons

DASHES = ("-", "–", "—")  # hyphen, en dash, em dash: what joins a range or a score ("2013–2018", "14-10")

_TOKEN = re.compile(
    r"(?P<abbr>(?:[A-Za-z]\.){2,}|[A-Z]{1,4}&[A-Z]{1,4}\b)"  # U.S. a.m. S&P AT&T
    r"|(?P<num>(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)"  # "70 000": thousands set off by spaces
    r"|\d+(?:\.\d+|,(?!(?:1[5-9]|20)\d\d(?!\d))\d+)*)"  # not "3,1981": a day and a year
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<punct>\S)"
)
_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall",
    "won": "win", "lost": "lose", "grew": "grow", "grown": "grow", "went": "go", "gone": "go", "came": "come",
    "began": "begin", "begun": "begin", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "made": "make", "held": "hold", "met": "meet", "left": "leave", "led": "lead", "sold": "sell",
    "bought": "buy", "brought": "bring", "thought": "think", "knew": "know", "known": "know", "saw": "see",
    "seen": "see", "got": "get", "kept": "keep", "found": "find", "paid": "pay", "sent": "send", "spent": "spend",
    "shut": "shut", "hit": "hit", "cut": "cut", "set": "set", "put": "put", "struck": "strike", "fought": "fight",
    "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "am": "be", "has": "have", "had": "have",
    "did": "do", "does": "do", "done": "do", "men": "man", "women": "woman", "children": "child",
    "people": "people", "news": "news", "us": "us", "this": "this", "his": "his", "its": "its",
    "better": "better", "worse": "worse", "higher": "high", "lower": "low", "bigger": "big", "smaller": "small",
}
_KEEP = {"as", "is", "has", "was", "us", "its", "his", "this", "thus", "bus", "gas", "plus", "news", "series",
         "species", "yes", "less", "unless", "across", "always", "perhaps", "whereas", "does", "during", "nothing",
         "something", "anything", "everything", "morning", "evening", "ceiling", "bring", "thing", "king", "ring",
         "spring", "string", "sing", "wing", "swing", "sting", "need", "speed", "feed", "seed", "bleed", "breed",
         "red", "bed", "shed", "hundred", "led", "fled", "wed", "ted", "united", "interested", "under", "after",
         "over", "never", "other", "ever", "however", "whether", "either", "neither", "member", "number", "order"}


class Token(NamedTuple):
    """A word, number or punctuation mark of a claim, with its normalised key (a named tuple: a claim has
    dozens and every distinct claim of a feed is tokenized, so they are built fast)."""

    text: str
    start: int
    end: int
    key: str
    kind: str = "word"  # word | num | punct | alias, or a fact kind after merging (quantity, date)
    cap: bool = False  # written with a capital first letter
    first: bool = False  # first word of the claim

    @property
    def spelled(self) -> bool:
        """A single word written in letters, even when it names a fact ("first", an ordinal): what the
        word-level rules (opposites, contrast sets) compare."""
        return self.kind == "word" or self.kind == "quantity" and self.text.isalpha()


def fold_accents(word: str) -> str:
    """ "Ferrán" -> "Ferran", "Córdoba" -> "Cordoba": outlets differ on diacritics, never on the name."""
    if word.isascii():
        return word
    word = word.translate(_UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# letters Unicode does not decompose into a base letter and a mark: "Yıldırım" is "Yildirim", "Łódź" is "Lodz"
_UNDECOMPOSED = str.maketrans("ıłŁđĐøØ", "ilLdDoO")


@lru_cache(maxsize=65536)
def transliterate(word: str) -> str:
    """A name's word as wire copy spells it without accents and umlauts: "Löw" and "Loew", "Müller" and
    "Mueller", "Schürrle" and "Schuerrle" give one key."""
    w = word.lower()
    for a, b in (("ö", "oe"), ("ü", "ue"), ("ä", "ae"), ("ß", "ss"), ("ø", "o"), ("æ", "ae"), ("å", "a")):
        w = w.replace(a, b)
    w = fold_accents(w)
    return w.replace("oe", "o").replace("ue", "u").replace("ae", "a")


# a three-letter stem of consonant, vowel, consonant, left by "-ed" or "-ing", lost a silent "e": "fin(e)d",
# "vot(e)ing", "mak(e)ing" (a doubled consonant marks the short vowel instead: "planned", "getting")
_SHORT_SYLLABLE = re.compile(r"[^aeiou][aeiou][^aeiouwxy]")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A crude English stem: enough to equate said/says, talks/talk, rose/rise, approve/approved (cached: the
    rules ask it of every word of every claim, and a feed's vocabulary is small)."""
    stem = _lemma(word)
    return stem[:-1] if len(stem) > 4 and stem.endswith("e") and not stem.endswith("ee") else stem


def _lemma(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or w in _KEEP:
        return w
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[: -len(suffix)] + repl
    for suffix, longer in (("ing", 5), ("ed", 4)):
        if w.endswith(suffix) and len(w) > longer:
            stem = w[: -len(suffix)]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                return stem[:-1]  # "planned", "getting"
            return stem + "e" if _SHORT_SYLLABLE.fullmatch(stem) else stem  # "fined", "voting" as "fine", "vote"
    if w.endswith("es") and len(w) > 4 and w[-3] in "sxz":
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and not w.endswith("us") and not w.endswith("is") and len(w) > 3:
        return _lemma(w[:-1]) if w.endswith("ings") else w[:-1]  # "findings" is "finding" is "find"
    return w


def digits_slipped(x: str, y: str, same_digits: bool = False) -> bool:
    """Two figures written with the same number of digits, two of them swapped or one changed ("2,370" / "2,730",
    "65" / "56"), or a zero dropped ("480,000" / "48,000"); with `same_digits`, also the same digits at another
    scale ("$1.5 million" / "$15 million")."""
    dx, dy = re.sub(r"\D", "", x), re.sub(r"\D", "", y)
    if abs(len(dx) - len(dy)) == 1 and min(len(dx), len(dy)) >= 2 and _decimals(x) == _decimals(y) == 0 \
            and dx.rstrip("0") == dy.rstrip("0") and max(dx, dy, key=len).endswith("0"):
        return True  # a zero dropped or added: "480,000" / "48,000"
    if len(dx) != len(dy) or len(dx) < 2:
        return False
    if dx == dy:
        return same_digits
    if _decimals(x) != _decimals(y):
        return False  # "15 percent" / "5.5 percent": another figure, not a slip of the keyboard
    return sorted(dx) == sorted(dy) or sum(p != q for p, q in zip(dx, dy)) == 1


def two_digits_swapped(x: str, y: str) -> bool:
    """Two figures of two different digits each, the one the other backwards ("78" / "87"): too short to call a
    slip alone, so callers ask for more (a figure beside them that both sentences share)."""
    dx, dy = re.sub(r"\D", "", x), re.sub(r"\D", "", y)
    return len(dx) == len(dy) == 2 and dx == dy[::-1] and dx[0] != dx[1]


def zero_dropped(x: str, y: str) -> bool:
    """A zero dropped from a figure of two or more other digits ("about 160,000 of those patients" / "about 16,000
    other patients"); not "10" / "100", whose one digit says too little."""
    dx, dy = re.sub(r"\D", "", x), re.sub(r"\D", "", y)
    return abs(len(dx) - len(dy)) == 1 and len(dx.rstrip("0")) >= 2 and digits_slipped(x, y) and dx != dy


def digits_transposed(x: str, y: str) -> bool:
    """A slip of three or more digits, not all alike, that only reorders them ("1,858" / "1,885")."""
    dx, dy = re.sub(r"\D", "", x), re.sub(r"\D", "", y)
    return len(dx) >= 3 and len(set(dx)) >= 2 and dx != dy and sorted(dx) == sorted(dy) and digits_slipped(x, y)


def _decimals(text: str) -> int:
    """Digits after the decimal point of the first figure written in a text."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    return len(m.group(1) or "") if m else 0


def clause_break(tok: Token) -> bool:
    """A token that ends a clause for what negates or turns round a word in it: a mark, "and", "but"."""
    return tok.text in (",", ";", ":", ".", "(", ")") or tok.text.lower() in ("and", "but")


def position(words: list[Token], tok: Token) -> int | None:
    """Where this very token stands among a claim's words (by identity: one word may occur twice), if it does."""
    return next((i for i, t in enumerate(words) if t is tok), None)


def _fold(word: str, lex: Lexicons) -> str:
    w = word.lower().replace("’", "'")
    return lex.spelling.get(w) or _ization(w)


def _ization(w: str) -> str:
    """-isation is -ization in US spelling for every word, listed or not ("civilisation")."""
    for uk, us in (("isations", "izations"), ("isation", "ization")):
        if w.endswith(uk) and len(w) > len(uk) + 2:
            return w[: -len(uk)] + us
    return w


URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def raw_tokens(text: str) -> list[Token]:
    """Split text into word, number and punctuation tokens with offsets; web and mail addresses are no words."""
    out: list[Token] = []
    seen_word = False
    hidden = [m.span() for m in URL_OR_EMAIL.finditer(text)] if ("@" in text or "www." in text or "://" in text) else []
    for m in _TOKEN.finditer(text):
        if hidden and any(s <= m.start() < e for s, e in hidden):
            continue
        kind = m.lastgroup or "punct"
        s = m.group(0)
        if kind == "abbr":
            kind = "word"
        cap = s[:1].isupper()
        first = kind == "word" and not seen_word
        if kind in ("word", "num"):
            seen_word = True
        out.append(Token(s, m.start(), m.end(), s.lower(), kind, cap, first))
    return out


def tokenize(text: str, lex: Lexicons | None = None) -> list[Token]:
    """Tokens with normalised keys; honorifics dropped, contractions expanded, aliases merged."""
    lex = lex or lexicons()
    cache = _key_cache(lex)
    out: list[Token] = []
    for tok in raw_tokens(text):
        if tok.kind != "word":
            out.append(tok)  # raw keys are already lower case
            continue
        sig = (tok.text, tok.cap, tok.first)
        keys = cache.get(sig)
        if keys is None:
            keys = cache[sig] = _word_keys(tok, lex)
        for key in keys:
            out.append(Token(tok.text, tok.start, tok.end, key, tok.kind, tok.cap, tok.first))
    return merge_aliases(_under_way(_closed_compounds(text, out, lex)), lex)


def _under_way(tokens: list[Token]) -> list[Token]:
    """ "under way" as the one word "underway" it is also written as: a state that goes on ("a search was under
    way last night")."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.key == "under" and i + 1 < len(tokens) and tokens[i + 1].key == "way" and t.end + 1 == tokens[i + 1].start:
            last = tokens[i + 1]
            out.append(Token(f"{t.text} {last.text}", t.start, last.end, "underway", "word", t.cap, t.first))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def _closed_compounds(text: str, tokens: list[Token], lex: Lexicons) -> list[Token]:
    """A hyphenated word that WordNet knows written solid, as one word ("run-off" is "runoff", "stand-off"
    "standoff", "re-election" "reelection"): the key a rewrite that writes it solid has. Not a prefix "re-" before
    a consonant ("re-sign" is no "resign"), nor one that says something of its own ("co-founder", "ex-wife")."""
    if "-" not in text:
        return tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if (i + 2 < len(tokens) and tokens[i + 1].text == "-" and t.kind == tokens[i + 2].kind == "word"
                and t.end == tokens[i + 1].start and tokens[i + 1].end == tokens[i + 2].start
                and t.text.islower() and tokens[i + 2].text.islower()
                and not (t.text == "re" and tokens[i + 2].text[:1] != "e") and t.text not in _PREFIXES
                and _solid(t.text + tokens[i + 2].text, t.text + "-" + tokens[i + 2].text)):
            last = tokens[i + 2]
            joined = Token(t.text + last.text, t.start, last.end, "", "word", False, t.first)
            for key in _word_keys(joined, lex):
                out.append(Token(text[t.start:last.end], t.start, last.end, key, "word", False, t.first))
            i += 3
            continue
        out.append(t)
        i += 1
    return out


BOUND_PREFIXES = frozenset({"half", "step", "co", "semi", "ex", "quasi", "pseudo"})  # "co-founder", "ex-wife"
_PREFIXES = BOUND_PREFIXES | {"non", "anti", "vice", "pre", "post", "sub", "mid", "pro"}  # a prefix set off by its
# hyphen says something of its own: no closed compound


@lru_cache(maxsize=4096)
def _solid(joined: str, hyphened: str) -> bool:
    """WordNet has the word written solid, and not hyphenated."""
    from .wordnet import wordnet

    wn = wordnet()
    return bool(wn.base_forms(joined)) and not wn.base_forms(hyphened)


_key_caches: dict[tuple[int, int], dict[tuple[str, bool, bool], tuple[str, ...]]] = {}


def _key_cache(lex: Lexicons) -> dict[tuple[str, bool, bool], tuple[str, ...]]:
    """Word keys already worked out with these lexicons (re-made when configuration merges more in)."""
    return _key_caches.setdefault((id(lex), len(lex.folders)), {})


def _word_keys(tok: Token, lex: Lexicons) -> tuple[str, ...]:
    """The keys one word stands for: none for an honorific, several for a contraction."""
    w = fold_accents(tok.text.lower().replace("’", "'"))
    if (w.rstrip(".") in lex.honorifics or w in lex.honorifics) and tok.cap:
        return ()  # "Mr Stoltenberg"; lower-case "miss" is a verb
    if w not in lex.contractions and w.endswith("nt") and w[:-2] + "n't" in lex.contractions:
        w = w[:-2] + "n't"  # "dont", "isnt": contractions typed without the apostrophe
    if w in lex.contractions:
        return tuple(lemma(part) for part in lex.contractions[w])
    if w.endswith("'s") and len(w) > 2:
        w = w[:-2]
    elif w.endswith("s'") or w.endswith("'"):
        w = w.rstrip("'")
    w = lex.spelling.get(w) or _ization(w)
    return (w if tok.cap and not tok.first else lemma(w),)


def alias_key(words: list[str], lex: Lexicons) -> tuple[str, ...]:
    """The lookup key of some words: folded, possessives stripped, as variants are stored."""
    return tuple(_fold(_unpossessed(w), lex) for w in words)


def _possessive(word: str) -> bool:
    """The word ends in a possessive "'s" ("Paris's", "Paris’s")."""
    return word.replace("’", "'").lower().endswith("'s")


def _unpossessed(word: str) -> str:
    """A word without its possessive ending, taken off before spelling is folded: "Organisation's" is
    "organization", as "Organisation" is."""
    w = word.replace("’", "'")
    return w[:-2] if _possessive(w) else w.rstrip("'")


_AliasTable = tuple[dict[tuple[str, ...], str], int, frozenset[str], frozenset[tuple[str, ...]],
                    frozenset[tuple[str, ...]]]
_alias_tables: dict[tuple[int, int], _AliasTable] = {}


def _aliases(lex: Lexicons) -> _AliasTable:
    """Alias variants re-keyed through the tokenizer, so "people's bank" and "guinea-bissau" match text; with
    the longest variant's length, the first words variants begin with, the one-word abbreviations written
    only with their full stop ("mass.", "ill."), which match text only with it ("Boston, Mass.", not "a Mass"),
    and the variants with a possessive inside ("people's bank of china")."""
    cache_key = (id(lex), len(lex.aliases))  # extra lexicons from the configuration grow the table
    got = _alias_tables.get(cache_key)
    if got is None:
        table: dict[tuple[str, ...], str] = {}
        dotted: set[tuple[str, ...]] = set()
        plain: set[tuple[str, ...]] = set()
        owning: set[tuple[str, ...]] = set()
        for variant, canon in lex.aliases.items():
            toks = [t.text for t in raw_tokens(" ".join(variant)) if t.kind != "punct"]
            if toks:
                key = alias_key(toks, lex)
                table[key] = canon
                (dotted if len(variant) == 1 and variant[0].endswith(".") else plain).add(key)
                if any(_possessive(w) for w in toks[:-1]):
                    owning.add(key)
        got = (table, max((len(k) for k in table), default=1), frozenset(k[0] for k in table),
               frozenset(dotted - plain), frozenset(owning))
        _alias_tables[cache_key] = got
    return got


def merge_aliases(tokens: list[Token], lex: Lexicons) -> list[Token]:
    """Fold multi-word and metonym aliases into one token keyed by the canonical name.

    Only capitalised text matches ("Turkey", not "turkey"; "US", not "us");
    hyphens and dots inside a name ("Guinea-Bissau", "Calif.") are skipped.
    """
    table, max_len, firsts, dotted, owning = _aliases(lex)
    if not table:
        return tokens
    out: list[Token] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        merged = False
        if tok.kind == "word" and tok.cap and alias_key([tok.text], lex)[0] in firsts:
            window: list[Token] = []
            ends: list[int] = []  # token index after each word of the window
            k = i
            while k < n and len(window) < max_len:
                t = tokens[k]
                if t.kind == "word":
                    window.append(t)
                    ends.append(k + 1)
                    k += 1
                elif t.text in "-." and window and t.start == window[-1].end:
                    k += 1
                else:
                    break
            folded = alias_key([t.text for t in window], lex)
            for size in range(len(window), 0, -1):
                canon = table.get(folded[:size])
                if canon is None:
                    continue
                last = window[size - 1]
                if folded[:size] in dotted and not last.text.endswith(".") and not (
                        ends[size - 1] < n and tokens[ends[size - 1]].text == "." and tokens[ends[size - 1]].start == last.end):
                    continue  # 'a Mass celebrated by', not 'Boston, Mass.': the abbreviation needs its full stop
                owner = max((k for k in range(size - 1) if _possessive(window[k].text)), default=None)
                if owner is not None and folded[:size] not in owning and table.get(folded[owner + 1:size]) != canon:
                    continue  # "in Paris's Saint-Germain district": the possessor ends its own name (not Paris
                    # Saint-Germain, the club); "the People's Bank of China" is written so, and "the UN's World Food
                    # Programme" names the programme whoever's it is said to be
                out.append(Token(" ".join(t.text for t in window[:size]), tok.start, last.end, canon, "alias", True, tok.first))
                i = ends[size - 1]
                merged = True
                break
        if not merged:
            out.append(tok)
            i += 1
    return out


def words(tokens: list[Token]) -> list[Token]:
    """The tokens that take part in comparison (no punctuation)."""
    return [t for t in tokens if t.kind != "punct"]
