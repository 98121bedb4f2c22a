"""Feed -> stories: which articles are versions of the same wire story.

Two articles belong together when their leads say the same thing (cosine of
the mean sentence embedding of the lead) and they name the same people, places and
figures (cosine of their sets of capitalised names and numbers). The second signal
keeps apart two events of one kind (two earthquakes, two celebrities entering
rehab) whose leads read alike. Articles are clustered by average linkage
over the blended similarity, cut at a threshold tuned on ECB+ (bench/grouping.py).

At nightly scale the n x n matrix never exists: similarities are computed a
block of rows at a time and only pairs above the threshold are kept. Average
linkage only merges clusters whose mean similarity reaches the threshold, so
each final story lies inside one connected component of that sparse graph,
and clustering each component alone gives the same stories as clustering the
whole matrix. The lead sentences are embedded one by one, so they come out of
the same cache as the claims the checker aligns later.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .model import Claim, Version
from .segment import segment

LEAD_SENTENCES = 3
NAME_SENTENCES = 12
EMBED_WEIGHT = 0.4  # share of the lead cosine in the blended similarity
THRESHOLD = 0.34  # blended similarity above which articles may share a story (average linkage)
NAME_DF_CAP = 200  # a name in more articles than this says nothing about which story an article tells
BLOCK = 256  # rows of the similarity matrix computed at a time
MAX_COMPONENT = 2000  # larger connected components are split at a stricter similarity before clustering

Encoder = Callable[[list[str]], np.ndarray]
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-zA-Z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+)*)")
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_COMMON = {"The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "But", "And", "Mr", "Mrs", "Ms",
           "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "This", "That", "His", "Her"}


@dataclass(frozen=True)
class Article:
    """What grouping needs of one version."""

    id: str
    lead: tuple[str, ...]  # the first sentences
    names: frozenset[str]


def article(version: Version, claims: Sequence[Claim] | None = None) -> Article:
    texts = [c.text for c in (claims if claims is not None else segment(version)) if not c.heading]
    lead = tuple(texts[:LEAD_SENTENCES]) or (version.text[:500],)
    body = " ".join(texts[:NAME_SENTENCES])
    names: set[str] = set()
    for m in _NAME.finditer(body):
        if m.group(1) in _COMMON:
            continue
        names.add(m.group(1))
        names.update(w for w in m.group(1).split() if len(w) >= 4)  # "Tara Reid" also matches "Reid"
    names |= {n for n in _NUMBER.findall(body) if len(n) > 1}
    return Article(version.id, lead, frozenset(n.lower() for n in names))


def lead_vectors(articles: Sequence[Article], encode: Encoder) -> np.ndarray:
    """Unit mean of each lead's sentence embeddings."""
    flat = [t for a in articles for t in a.lead]
    if not flat:
        return np.zeros((0, 1), dtype=np.float32)
    vecs = encode(flat)
    out = np.zeros((len(articles), vecs.shape[1]), dtype=np.float32)
    i = 0
    for n, a in enumerate(articles):
        out[n] = vecs[i:i + len(a.lead)].mean(axis=0)
        i += len(a.lead)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms > 0, norms, 1.0)


def name_matrix(articles: Sequence[Article], cap: int = NAME_DF_CAP) -> Any:
    """Sparse articles x names, rows of unit length: row dot row is the names' overlap."""
    from scipy import sparse

    df: dict[str, int] = {}
    for a in articles:
        for name in a.names:
            df[name] = df.get(name, 0) + 1
    vocab = {name: i for i, name in enumerate(n for n, c in df.items() if c <= cap)}
    rows, cols, vals = [], [], []
    for r, a in enumerate(articles):
        idx = [vocab[n] for n in a.names if n in vocab]
        for c in idx:
            rows.append(r)
            cols.append(c)
            vals.append(1.0 / len(idx) ** 0.5)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(articles), max(len(vocab), 1)), dtype=np.float32)


def similarity(articles: Sequence[Article], encode: Encoder) -> np.ndarray:
    """Blended article x article similarity, dense (for small sets and the benchmark)."""
    vecs = lead_vectors(articles, encode)
    names = name_matrix(articles)
    return _blend(vecs, vecs, names, names)


def _blend(va: np.ndarray, vb: np.ndarray, na: Any, nb: Any) -> np.ndarray:
    cos = np.clip(va @ vb.T, 0.0, 1.0)
    return EMBED_WEIGHT * cos + (1 - EMBED_WEIGHT) * (na @ nb.T).toarray().astype(np.float32)


SMALL = 48  # components up to this size are clustered here, without sklearn's per-call overhead


def _average_linkage_small(sim: np.ndarray, threshold: float) -> list[int]:
    """Average linkage by repeated best merge, for a handful of articles (a story's versions)."""
    clusters = [[i] for i in range(sim.shape[0])]
    while len(clusters) > 1:
        best, pair = threshold, None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                avg = float(sim[np.ix_(clusters[x], clusters[y])].mean())
                if avg > best:
                    best, pair = avg, (x, y)
        if pair is None:
            break
        x, y = pair
        clusters[x] = clusters[x] + clusters.pop(y)
    labels = [0] * sim.shape[0]
    for lab, members in enumerate(sorted(clusters, key=min)):
        for i in members:
            labels[i] = lab
    return labels


def cluster(sim: np.ndarray, threshold: float = THRESHOLD) -> list[int]:
    """Average-linkage clusters of a similarity matrix; returns a label per row."""
    n = sim.shape[0]
    if n == 0:
        return []
    if n == 1:
        return [0]
    if n <= SMALL:
        return _average_linkage_small(sim, threshold)
    from sklearn.cluster import AgglomerativeClustering

    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=1.0 - threshold,
    )
    labels = model.fit_predict(1.0 - np.clip(sim, 0.0, 1.0))
    # number stories by first appearance so output is stable
    order: dict[int, int] = {}
    return [order.setdefault(int(lab), len(order)) for lab in labels]


def cluster_blocked(vecs: np.ndarray, names: Any, threshold: float = THRESHOLD, block: int = BLOCK) -> list[int]:
    """Same labels as `cluster` on the full matrix, computed a block of rows at a time.

    Exact while every connected component of the above-threshold graph has at
    most MAX_COMPONENT articles. A larger one (boilerplate shared across many
    stories can chain them) is cut into pieces by raising the edge threshold
    step by step, and each piece is clustered alone: an approximation, but
    bounded in memory.
    """
    n = vecs.shape[0]
    if n == 0:
        return []
    src: list[np.ndarray] = []
    dst: list[np.ndarray] = []
    weight: list[np.ndarray] = []
    for start in range(0, n, block):
        sim = _blend(vecs[start:start + block], vecs, names[start:start + block], names)
        i, j = np.nonzero(sim >= threshold)
        keep = j > i + start
        src.append(i[keep] + start)
        dst.append(j[keep])
        weight.append(sim[i[keep], j[keep]])
    edges = (np.concatenate(src), np.concatenate(dst), np.concatenate(weight))
    pieces = _pieces(np.arange(n), edges, threshold, n)
    labels = [-1] * n
    next_label = 0
    for rows in sorted(pieces, key=min):
        rows = sorted(rows)
        sub = cluster(_blend(vecs[rows], vecs[rows], names[rows], names[rows]), threshold) if len(rows) > 1 else [0]
        for r, lab in zip(rows, sub):
            labels[r] = next_label + lab
        next_label += max(sub) + 1
    order: dict[int, int] = {}
    return [order.setdefault(lab, len(order)) for lab in labels]


def _pieces(nodes: np.ndarray, edges: tuple[np.ndarray, np.ndarray, np.ndarray], cut: float, n: int) -> list[list[int]]:
    """Connected components over edges >= cut; those over MAX_COMPONENT are split again at a higher cut."""
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    i, j, w = edges
    keep = w >= cut
    i, j, w = i[keep], j[keep], w[keep]
    graph = sparse.coo_matrix((np.ones(len(i), dtype=np.int8), (i, j)), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    members: dict[int, list[int]] = {}
    for node in nodes:
        members.setdefault(int(component[node]), []).append(int(node))
    out: list[list[int]] = []
    for rows in members.values():
        if len(rows) <= MAX_COMPONENT or cut >= 1.0:
            out.append(rows)
            continue
        inside = np.zeros(n, dtype=bool)
        inside[rows] = True
        sel = inside[i] & inside[j]
        out.extend(_pieces(np.array(rows), (i[sel], j[sel], w[sel]), cut + 0.02, n))
    return out


def group_labels(articles: Sequence[Article], encode: Encoder, threshold: float = THRESHOLD) -> list[int]:
    """A story label per article, numbered by first appearance."""
    return cluster_blocked(lead_vectors(articles, encode), name_matrix(articles), threshold)


def by_label(versions: Sequence[Version], labels: Sequence[int]) -> list[list[Version]]:
    stories: dict[int, list[Version]] = {}
    for v, lab in zip(versions, labels):
        stories.setdefault(lab, []).append(v)
    return list(stories.values())


def group(
    versions: Sequence[Version], encode: Encoder, threshold: float = THRESHOLD,
    claims: dict[str, list[Claim]] | None = None,
) -> list[list[Version]]:
    """Stories as lists of versions, in feed order; a story's first version is its reference."""
    arts = [article(v, claims[v.id] if claims is not None else None) for v in versions]
    return by_label(versions, group_labels(arts, encode, threshold))
