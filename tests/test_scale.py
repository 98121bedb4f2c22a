"""Work done once, and the same answers wherever it runs: caches, local workers, Dask, blocked grouping."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import numpy as np
import pytest

from checker.group import Article, _blend, cluster, cluster_blocked, name_matrix
from checker.model import Claim, Version
from checker.nightly import RunStats, run_nightly
from checker.story_job import texts_to_embed

from .conftest import STORIES

CASES = ["number_percentage", "place_mismatch_venue", "benign_contractions", "person_role_title_before",
         "negation_passive", "date_year", "benign_reordered_sentences"]
NOW = dt.datetime(2026, 11, 21, tzinfo=dt.UTC)


def make_feed(tmp_path, cases=CASES):
    feed = tmp_path / "feed"
    feed.mkdir()
    for case in cases:
        for v in ("a", "b"):
            if (STORIES / case / f"{v}.txt").exists():
                shutil.copy(STORIES / case / f"{v}.txt", feed / f"{case}-{v}.txt")
    return feed


def stories_of(out):
    """Each story's versions and findings (id, rule, values) from findings.json: what must not change."""
    data = json.loads((out / "findings.json").read_text())
    return sorted(
        (tuple(v["id"] for v in s["versions"]), tuple(sorted((f["id"], f["rule"], f["a"]["value"], f["b"]["value"])
                                                             for f in s["findings"])))
        for s in data["stories"])


def claims(version, *texts):
    return [Claim(version, i, 0, len(t), t) for i, t in enumerate(texts)]


def test_identical_claims_are_never_embedded():
    a = Version("a", "x")
    b = Version("b", "x")
    cl = {"a": claims("a", "Same one.", "Same two.", "Old wording here."),
          "b": claims("b", "Same two.", "Same one.", "New wording here.")}
    assert texts_to_embed([a, b], cl) == ["Old wording here.", "New wording here."]
    cl["b"] = claims("b", "Same one.", "Same two.", "Old wording here.")
    assert texts_to_embed([a, b], cl) == []  # an exact copy needs no model at all


def test_blocked_clustering_gives_the_full_matrix_answer():
    rng = np.random.default_rng(3)
    centres = rng.normal(size=(12, 16))
    vecs = np.concatenate([c + 0.35 * rng.normal(size=(rng.integers(1, 6), 16)) for c in centres]).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    arts = [Article(str(i), ("x",), frozenset({f"name{i % 7}", f"place{i % 5}"})) for i in range(len(vecs))]
    names = name_matrix(arts)
    for threshold in (0.2, 0.34, 0.5):
        full = cluster(_blend(vecs, vecs, names, names), threshold)
        assert cluster_blocked(vecs, names, threshold, block=5) == full


def test_name_overlap_ignores_names_in_too_many_articles():
    arts = [Article(str(i), ("x",), frozenset({"reuters", f"only{i}"})) for i in range(5)]
    m = name_matrix(arts, cap=3)
    assert (m @ m.T).toarray()[0, 1] == 0.0  # sharing only a ubiquitous name is no evidence


@pytest.mark.model
def test_second_run_reuses_grouping_and_stories_and_agrees(tmp_path, embedder):
    feed = make_feed(tmp_path)
    db = tmp_path / "h.db"
    first, second = RunStats(), RunStats()
    run_nightly(str(feed), tmp_path / "o1", str(db), embedder, now=NOW, stats=first)
    embedder.cache.clear()  # as a new process would start
    run_nightly(str(feed), tmp_path / "o2", str(db), embedder, now=NOW, stats=second)
    assert first.stories_cached == 0 and second.stories_cached == len(stories_of(tmp_path / "o1"))
    assert second.embedded == 0 and second.claims == 0  # nothing embedded, nothing even segmented
    assert stories_of(tmp_path / "o2") == stories_of(tmp_path / "o1")
    assert len(list((tmp_path / "o2" / "stories").iterdir())) == second.stories_cached


@pytest.mark.model
def test_a_rerun_into_the_same_folder_leaves_unchanged_story_pages_untouched(tmp_path, embedder):
    feed = make_feed(tmp_path)
    db, out = tmp_path / "h.db", tmp_path / "out"
    run_nightly(str(feed), out, str(db), embedder, now=NOW)
    run_nightly(str(feed), out, str(db), embedder, now=NOW)  # last night's "new" marks come off
    pages = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (out / "stories").iterdir()}
    run_nightly(str(feed), out, str(db), embedder, now=NOW)
    assert pages and {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (out / "stories").iterdir()} == pages


@pytest.mark.model
def test_a_story_page_marks_tonights_new_findings_and_drops_the_mark_the_night_after(tmp_path, embedder):
    feed = make_feed(tmp_path)
    db, out = tmp_path / "h.db", tmp_path / "out"
    first = run_nightly(str(feed), out, str(db), embedder, now=NOW)
    flagged = [s for s in first.stories if s.new]
    assert flagged
    for s in flagged:
        page = (out / "stories" / f"{s.key}.html").read_text()
        assert all(f'[data-new-id="{i}"]' in page for i in s.new)
    run_nightly(str(feed), out, str(db), embedder, now=NOW)
    for s in flagged:
        assert "[data-new-id=" not in (out / "stories" / f"{s.key}.html").read_text()


@pytest.mark.model
def test_a_rerun_puts_back_a_story_page_that_was_removed_or_edited(tmp_path, embedder):
    """The cache skips reading a page only when the one in place has the cached page's digest."""
    feed = make_feed(tmp_path)
    db, out = tmp_path / "h.db", tmp_path / "out"
    run_nightly(str(feed), out, str(db), embedder, now=NOW)
    run_nightly(str(feed), out, str(db), embedder, now=NOW)  # pages without tonight's "new" marks
    removed, edited, *_ = sorted((out / "stories").iterdir())
    original = {p.name: p.read_text() for p in (removed, edited)}
    removed.unlink()
    edited.write_text("edited by hand")
    run_nightly(str(feed), out, str(db), embedder, now=NOW)
    assert {p.name: p.read_text() for p in (removed, edited)} == original


@pytest.mark.model
def test_a_rerun_leaves_the_cycle_collector_as_it_found_it(tmp_path, embedder):
    """Cached findings are frozen out of collection while a rerun reads them, and given back at the end."""
    import gc

    feed = make_feed(tmp_path)
    db, out = tmp_path / "h.db", tmp_path / "out"
    for _ in range(2):
        run_nightly(str(feed), out, str(db), embedder, now=NOW)
        assert gc.isenabled() and gc.get_freeze_count() == 0


@pytest.mark.model
def test_a_damaged_cache_entry_is_checked_again_with_the_same_result(tmp_path, embedder):
    import sqlite3

    feed = make_feed(tmp_path)
    db = tmp_path / "h.db"
    run_nightly(str(feed), tmp_path / "o1", str(db), embedder, now=NOW)
    with sqlite3.connect(db) as conn:
        (key,) = conn.execute("SELECT key FROM story_cache LIMIT 1").fetchone()
        conn.execute("UPDATE story_cache SET html = ? WHERE key = ?", (b"not zlib", key))
    stats = RunStats()
    run_nightly(str(feed), tmp_path / "o2", str(db), embedder, now=NOW, stats=stats)
    assert stats.stories_cached == len(stories_of(tmp_path / "o1"))  # listed as cached, found damaged when read
    assert stories_of(tmp_path / "o2") == stories_of(tmp_path / "o1")
    with sqlite3.connect(db) as conn:  # and cached again, whole
        assert conn.execute("SELECT html != ? FROM story_cache WHERE key = ?", (b"not zlib", key)).fetchone() == (1,)


def test_the_story_cache_key_changes_with_the_wordnet_tables(tmp_path, monkeypatch):
    """A cached story is reused only by the code and data that made it, WordNet's tables included."""
    import shutil

    import checker.lexicon
    from checker import nightly

    data = tmp_path / "data"
    shutil.copytree(checker.lexicon.DATA_DIR, data, ignore=shutil.ignore_patterns("static-*"))
    monkeypatch.setattr(checker.lexicon, "DATA_DIR", data)
    monkeypatch.setattr(nightly, "_CODE", None)
    before = nightly.code_fingerprint()
    (data / "wordnet" / "exceptions.tsv").write_text("geese\tgoose\n")
    monkeypatch.setattr(nightly, "_CODE", None)
    assert nightly.code_fingerprint() != before


def test_write_text_rewrites_only_a_changed_file(tmp_path):
    from checker.output import write_text

    path = tmp_path / "r.html"
    assert write_text(path, "<p>é</p>") is True
    assert write_text(path, "<p>é</p>") is False  # the same text: not written again
    assert write_text(path, "<p>e</p>") is True and path.read_text() == "<p>e</p>"


@pytest.mark.model
def test_vectors_come_from_the_database_when_stories_must_be_checked_again(tmp_path, embedder):
    from checker.config import Config

    feed = make_feed(tmp_path)
    db = tmp_path / "h.db"
    run_nightly(str(feed), tmp_path / "o1", str(db), embedder, now=NOW)
    embedder.cache.clear()
    stats = RunStats()
    run_nightly(str(feed), tmp_path / "o2", str(db), embedder, now=NOW, stats=stats, config=Config(ignore=["WC130"]))
    assert stats.stories_cached == 0  # another config: every story is checked again
    assert stats.embedded == 0 and stats.cache_hits > 0  # but no sentence goes through the model twice


@pytest.mark.model
def test_a_changed_version_is_checked_again(tmp_path, embedder):
    feed = make_feed(tmp_path)
    db = tmp_path / "h.db"
    run_nightly(str(feed), tmp_path / "o1", str(db), embedder, now=NOW)
    b = feed / "benign_contractions-b.txt"
    b.write_text(b.read_text() + "\nThe agency added this closing sentence in a later update.\n")
    stats = RunStats()
    run_nightly(str(feed), tmp_path / "o2", str(db), embedder, now=NOW, stats=stats)
    assert stats.stories_cached == len(stories_of(tmp_path / "o1")) - 1


@pytest.mark.model
def test_local_workers_give_the_same_findings(tmp_path, embedder):
    feed = make_feed(tmp_path)
    run_nightly(str(feed), tmp_path / "serial", str(tmp_path / "a.db"), embedder, now=NOW)
    run_nightly(str(feed), tmp_path / "two", str(tmp_path / "b.db"), embedder, now=NOW, workers=2)
    assert stories_of(tmp_path / "two") == stories_of(tmp_path / "serial")
    assert (tmp_path / "two" / "index.html").read_text().count('<li class="story') == len(stories_of(tmp_path / "serial"))


@pytest.mark.model
def test_a_dask_cluster_gives_the_same_findings(tmp_path, embedder):
    distributed = pytest.importorskip("distributed")
    feed = make_feed(tmp_path)
    run_nightly(str(feed), tmp_path / "serial", str(tmp_path / "a.db"), embedder, now=NOW)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        stats = RunStats()
        run_nightly(str(feed), tmp_path / "dask", str(tmp_path / "b.db"), embedder, now=NOW,
                    scheduler=cluster.scheduler_address, stats=stats)
    assert stories_of(tmp_path / "dask") == stories_of(tmp_path / "serial")
    assert stats.timings.counts["sentences embedded by a worker"] == 0  # workers never needed the model


def test_small_components_cluster_exactly_as_sklearn_does():
    from sklearn.cluster import AgglomerativeClustering

    from checker.group import _average_linkage_small

    rng = np.random.default_rng(5)
    for n in (2, 3, 5, 9, 20):
        x = rng.random((n, n))
        sim = ((x + x.T) / 2).astype(np.float32)
        np.fill_diagonal(sim, 1.0)
        for threshold in (0.3, 0.5, 0.7):
            model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                            distance_threshold=1.0 - threshold)
            want = model.fit_predict(1.0 - sim)
            got = _average_linkage_small(sim, threshold)
            assert all((want[i] == want[j]) == (got[i] == got[j]) for i in range(n) for j in range(n)), (n, threshold)


def test_a_giant_component_is_split_at_its_weakest_links(monkeypatch):
    import checker.group as group

    monkeypatch.setattr(group, "MAX_COMPONENT", 4)
    rng = np.random.default_rng(11)
    base = np.eye(3, 16, dtype=np.float32) + 0.45  # three directions that still share a common part
    vecs = np.concatenate([b + 0.01 * rng.normal(size=(3, 16)) for b in base]).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    arts = [Article(str(i), ("x",), frozenset()) for i in range(9)]
    labels = cluster_blocked(vecs, name_matrix(arts), threshold=0.2)
    assert labels == [0, 0, 0, 1, 1, 1, 2, 2, 2]  # one 9-article component, cut into its three tight stories
