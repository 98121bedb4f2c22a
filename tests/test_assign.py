"""The assignment behind fact matching: least total cost, one to one, like scipy's."""

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from checker.assign import assign


def test_picks_the_cheaper_pairing_over_the_greedy_one():
    cost = np.array([[1.0, 2.0], [1.5, 10.0]])  # greedy takes (0, 0) first and pays 11
    rows, cols = assign(cost)
    assert list(zip(rows, cols)) == [(0, 1), (1, 0)]


@pytest.mark.parametrize("shape", [(1, 1), (1, 5), (5, 1), (4, 4), (3, 7), (7, 3)])
def test_every_row_of_a_wide_matrix_every_column_of_a_tall_one(shape):
    rows, cols = assign(np.random.default_rng(0).random(shape))
    assert len(rows) == min(shape) and len(set(rows)) == len(rows) and len(set(cols)) == len(cols)
    assert list(rows) == sorted(rows)


def test_same_least_cost_as_scipy_on_random_matrices_with_ties():
    rng = np.random.default_rng(7)
    for t in range(500):
        n, m = rng.integers(1, 10, 2)
        cost = rng.integers(0, 4, (n, m)).astype(float) if t % 2 else rng.random((n, m))
        r1, c1 = linear_sum_assignment(cost)
        r2, c2 = assign(cost)
        assert cost[r2, c2].sum() == pytest.approx(cost[r1, c1].sum())


def test_refuses_what_is_no_cost_matrix():
    with pytest.raises(ValueError):
        assign(np.array([1.0, 2.0]))
    with pytest.raises(ValueError):
        assign(np.array([[np.inf, 1.0]]))
