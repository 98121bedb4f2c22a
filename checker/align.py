"""Claims x claims -> ClaimPair: 1:1 matches, split sentences, claims in one version only.

Pairing scores every claim of A against every claim of B with the cosine of
their sentence embeddings blended with the overlap of their content words
(between versions of one story the words carry much of the signal; the
embedding carries paraphrase and reorder). Identical claims pair without the
model. Pairs are taken greedily, best first, above a threshold; then a
claim left over beside a matched one is joined to it when its words are
contained in the other side's claim (one sentence split into two).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from .model import Claim, ClaimPair

MATCH_THRESHOLD = 0.5  # blended score needed to pair two claims
SPLIT_COVERAGE = 0.6  # share of a leftover claim's words found in its neighbour's counterpart
EMBED_WEIGHT = 0.7

_WORD = re.compile(r"[^\W_]+")
_STOP = {
    "the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "but", "for", "with", "by", "from", "as", "that",
    "this", "is", "was", "are", "were", "be", "been", "has", "have", "had", "it", "its", "their", "they", "he",
    "she", "said", "says", "mr", "ms", "mrs", "will", "would", "not", "which", "who",
}

Encoder = Callable[[list[str]], np.ndarray]


@lru_cache(maxsize=16384)
def content_words(text: str) -> frozenset[str]:
    """The lower-cased words of a text that are not function words (cached: a story's claims are paired
    against every other version's)."""
    return frozenset(w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in _STOP)


def _dice(x: set[str], y: set[str]) -> float:
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def word_overlap(a: str, b: str) -> float:
    """The share of content words two sentences have in common (Dice; 0 when either has none)."""
    return _dice(content_words(a), content_words(b))


def embedded_indices(a: Sequence[Claim], b: Sequence[Claim]) -> tuple[list[int], list[int]]:
    """The claims of a and b that need an embedding: those without an identical claim on the other side.

    Identical claims pair on their text alone (score 1.0, taken first), so only
    the rest are run through the model. A story of near-copies embeds little.
    """
    if len(a) == 1 and len(b) == 1:
        return [], []  # one claim each: they pair whatever their score
    ta = {c.text for c in a}
    tb = {c.text for c in b}
    return [i for i, c in enumerate(a) if c.text not in tb], [j for j, c in enumerate(b) if c.text not in ta]


def similarity(a: Sequence[Claim], b: Sequence[Claim], encode: Encoder | None) -> np.ndarray:
    """Blended similarity matrix, a-claims x b-claims.

    Claims with an identical counterpart score 1.0 with it and by words alone
    elsewhere; the cosine blend is computed for the others only.
    """
    if not a or not b:
        return np.zeros((len(a), len(b)), dtype=np.float32)
    wa = [content_words(c.text) for c in a]
    wb = [content_words(c.text) for c in b]
    lexical = np.array([[_dice(x, y) for y in wb] for x in wa], dtype=np.float32)
    identical = np.array([[ca.text == cb.text for cb in b] for ca in a])
    score = lexical.copy()
    rows, cols = embedded_indices(a, b)
    if encode is not None and rows and cols:
        ea = encode([a[i].text for i in rows])
        eb = encode([b[j].text for j in cols])
        block = np.ix_(rows, cols)
        score[block] = EMBED_WEIGHT * (ea @ eb.T) + (1 - EMBED_WEIGHT) * lexical[block]
    return np.where(identical, 1.0, score).astype(np.float32)


def align(a: Sequence[Claim], b: Sequence[Claim], sim: np.ndarray, threshold: float = MATCH_THRESHOLD) -> list[ClaimPair]:
    """Pair claims best first; join split sentences; list the rest as one-sided."""
    match_a: dict[int, int] = {}
    match_b: dict[int, int] = {}
    if sim.size:
        order = np.dstack(np.unravel_index(np.argsort(-sim, axis=None), sim.shape))[0]
        for i, j in order:
            if sim[i, j] < threshold:
                break
            if i in match_a or j in match_b:
                continue
            match_a[int(i)] = int(j)
            match_b[int(j)] = int(i)
    extra_a: dict[int, list[int]] = {}  # a-index -> extra b claims joined to it
    extra_b: dict[int, list[int]] = {}
    _join_splits(a, b, sim, match_a, match_b, extra_a)
    _join_splits(b, a, sim.T, match_b, match_a, extra_b)
    pairs: list[ClaimPair] = []
    joined_b = {j for js in extra_a.values() for j in js}
    joined_a = {i for is_ in extra_b.values() for i in is_}
    for i, claim in enumerate(a):
        if i in joined_a:
            continue
        if i in match_a:
            j = match_a[i]
            bs = sorted([j] + extra_a.get(i, []))
            as_ = sorted([i] + extra_b.get(j, []))
            pairs.append(ClaimPair(tuple(a[k] for k in as_), tuple(b[k] for k in bs), float(sim[i, j])))
        else:
            pairs.append(ClaimPair((claim,), (), float(sim[i].max()) if sim.shape[1] else 0.0))
    for j, claim in enumerate(b):
        if j not in match_b and j not in joined_b:
            pairs.append(ClaimPair((), (claim,), float(sim[:, j].max()) if sim.shape[0] else 0.0))
    return pairs


def _join_splits(
    a: Sequence[Claim], b: Sequence[Claim], sim: np.ndarray,
    match_a: dict[int, int], match_b: dict[int, int], extra_a: dict[int, list[int]],
) -> None:
    """Attach an unmatched b-claim to the a-claim matched with its neighbour, if a covers it."""
    for j in range(len(b)):
        if j in match_b:
            continue
        for nb in (j - 1, j + 1):
            if nb not in match_b:
                continue
            i = match_b[nb]
            words = content_words(b[j].text)
            if not words:
                continue
            covered = len(words & content_words(a[i].text)) / len(words)
            own = content_words(b[nb].text)
            rest = content_words(a[i].text) - own
            if covered >= SPLIT_COVERAGE and len(words & rest) >= max(2, len(words) // 3):
                extra_a.setdefault(i, []).append(j)
                match_b[j] = i  # taken
                break
