"""One-to-one assignment of least total cost (the Hungarian method), in numpy.

The matrices fact matching solves are small (the facts of one kind in two
versions of a story), and importing scipy.optimize for them would cost a
`check` 0.4 s of start-up, more than the checking itself. This is the
shortest-augmenting-path form of the method with row and column potentials
(Kuhn-Munkres as Jonker and Volgenant refined it): one row at a time, a
Dijkstra-like search over the columns, vectorised over them; O(n² m).
"""

from __future__ import annotations

import numpy as np


def assign(cost: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of an assignment of least total cost, as scipy's linear_sum_assignment gives them:
    every row of a wide matrix (every column of a tall one) is assigned, rows in increasing order."""
    c = np.asarray(cost, dtype=float)
    if c.ndim != 2:
        raise ValueError("a cost matrix has two dimensions")
    if not np.isfinite(c).all():
        raise ValueError("costs must be finite")
    if c.shape[0] > c.shape[1]:
        cols, rows = assign(c.T)
        order = np.argsort(rows)
        return rows[order], cols[order]
    n, m = c.shape
    u = np.zeros(n + 1)  # row potentials (1-based; 0 unused)
    v = np.zeros(m + 1)  # column potentials; column 0 is the search's start
    owner = np.zeros(m + 1, dtype=int)  # the row (1-based) holding each column, 0 for none
    way = np.zeros(m + 1, dtype=int)  # the column before each one on the augmenting path
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        dist = np.full(m + 1, np.inf)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = owner[j0]
            free = ~used
            free[0] = False
            reduced = c[i0 - 1] - u[i0] - v[1:]
            closer = free[1:] & (reduced < dist[1:])
            dist[1:][closer] = reduced[closer]
            way[1:][closer] = j0
            cand = np.where(free, dist, np.inf)
            j1 = int(np.argmin(cand))
            delta = cand[j1]
            u[owner[used]] += delta
            v[used] -= delta
            dist[free] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:  # flip the path: each column on it passes to the row before
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    cols = np.flatnonzero(owner[1:])
    rows = owner[1:][cols] - 1
    order = np.argsort(rows)
    return rows[order], cols[order]
