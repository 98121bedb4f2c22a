"""Story grouping: clustering by blended similarity, and the benchmark's scoring."""
from __future__ import annotations

import math

import numpy as np

from bench.grouping import bcubed, pairwise_f1
from checker.group import article, cluster, group
from checker.ingest import read_version

from .conftest import STORIES


def test_average_linkage_cuts_at_the_threshold():
    sim = np.array([[1, .9, .1, .1], [.9, 1, .1, .1], [.1, .1, 1, .8], [.1, .1, .8, 1]], dtype=np.float32)
    assert cluster(sim, 0.5) == [0, 0, 1, 1]
    assert cluster(sim, 0.95) == [0, 1, 2, 3]
    assert cluster(np.ones((1, 1)), 0.5) == [0]


def test_names_and_numbers_of_an_article_are_collected():
    a = article(read_version(STORIES / "person_role_title_before" / "a.txt"))
    assert a.lead and any(len(n) > 3 for n in a.names)


def test_versions_of_one_story_group_together_and_other_stories_apart(embedder):
    cases = ["number_percentage", "place_mismatch_venue", "date_year"]
    versions = [read_version(STORIES / c / f"{v}.txt", f"{c}/{v}") for c in cases for v in "ab"]
    stories = group(versions, embedder.encode)
    assert sorted(sorted(v.id for v in s) for s in stories) == [[f"{c}/a", f"{c}/b"] for c in sorted(cases)]


def test_bcubed_and_pairwise_scores():
    assert bcubed([0, 0, 1, 1], ["x", "x", "y", "y"]) == (1.0, 1.0, 1.0)
    p, r, f = bcubed([0, 0, 0, 0], ["x", "x", "y", "y"])
    assert (p, r) == (0.5, 1.0) and math.isclose(f, 2 / 3)
    assert pairwise_f1([0, 1, 2, 3], ["x", "x", "y", "y"]) == 0.0
