"""Feed -> stories: which articles are versions of the same wire story.

Two articles belong together when their leads say the same thing (cosine of
the lead's sentence embedding) and they name the same people, places and
figures (overlap of their capitalised names and numbers). The second signal
keeps apart two events of one kind (two earthquakes, two celebrities entering
rehab) whose leads read alike. Articles are clustered by average linkage
over the blended distance, cut at a threshold tuned on ECB+ (bench/grouping.py).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .model import Version
from .segment import segment

LEAD_SENTENCES = 3
NAME_SENTENCES = 12
EMBED_WEIGHT = 0.45  # share of the lead cosine in the blended similarity
THRESHOLD = 0.37  # blended similarity above which articles may share a story (average linkage)

Encoder = Callable[[list[str]], np.ndarray]
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-zA-Z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+)*)")
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_COMMON = {"The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "But", "And", "Mr", "Mrs", "Ms",
           "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "This", "That", "His", "Her"}


@dataclass(frozen=True)
class Article:
    """What grouping needs of one version."""

    id: str
    lead: str
    names: frozenset[str]


def article(version: Version) -> Article:
    claims = [c.text for c in segment(version) if not c.heading]
    lead = " ".join(claims[:LEAD_SENTENCES]) or version.text[:500]
    body = " ".join(claims[:NAME_SENTENCES])
    names: set[str] = set()
    for m in _NAME.finditer(body):
        if m.group(1) in _COMMON:
            continue
        names.add(m.group(1))
        names.update(w for w in m.group(1).split() if len(w) >= 4)  # "Tara Reid" also matches "Reid"
    names |= {n for n in _NUMBER.findall(body) if len(n) > 1}
    return Article(version.id, lead, frozenset(n.lower() for n in names))


def _overlap(x: frozenset[str], y: frozenset[str]) -> float:
    """Share of the smaller name set found in the other: robust to a long and a short version."""
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y)) ** 0.5 / max(len(x), len(y)) ** 0.5


def similarity(articles: Sequence[Article], encode: Encoder) -> np.ndarray:
    """Blended article x article similarity."""
    vecs = encode([a.lead for a in articles])
    cos = np.clip(vecs @ vecs.T, 0.0, 1.0)
    names = np.array([[_overlap(x.names, y.names) for y in articles] for x in articles], dtype=np.float32)
    return EMBED_WEIGHT * cos + (1 - EMBED_WEIGHT) * names


def cluster(sim: np.ndarray, threshold: float = THRESHOLD) -> list[int]:
    """Average-linkage clusters of a similarity matrix; returns a label per row."""
    n = sim.shape[0]
    if n == 0:
        return []
    if n == 1:
        return [0]
    from sklearn.cluster import AgglomerativeClustering

    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=1.0 - threshold,
    )
    labels = model.fit_predict(1.0 - np.clip(sim, 0.0, 1.0))
    # number stories by first appearance so output is stable
    order: dict[int, int] = {}
    return [order.setdefault(int(lab), len(order)) for lab in labels]


def group(versions: Sequence[Version], encode: Encoder, threshold: float = THRESHOLD) -> list[list[Version]]:
    """Stories as lists of versions, in feed order; a story's first version is its reference."""
    arts = [article(v) for v in versions]
    labels = cluster(similarity(arts, encode), threshold)
    stories: dict[int, list[Version]] = {}
    for v, lab in zip(versions, labels):
        stories.setdefault(lab, []).append(v)
    return list(stories.values())
