"""The SQLite history: what is new, the trend, the embedding cache, and surviving kills and concurrent runs."""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from checker.model import Finding, Severity, Side
from checker.store import Store

ROOT = Path(__file__).resolve().parent.parent
T0 = dt.datetime(2024, 3, 1, 2, 30, tzinfo=dt.UTC)


def finding(n: int, severity: Severity = Severity.ERROR, message: str = "m", value: str = "") -> Finding:
    """A real Finding whose fingerprint depends on `n` and `value` (not on severity or message)."""
    return Finding(rule="WC110", name="number-mismatch", severity=severity, message=message,
                   a=Side("a.txt", "claim", (0, 3), f"x{n}{value}"), b=Side("b.txt", "claim", (0, 3), f"y{n}{value}"))


def integrity(path: Path) -> tuple[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0], conn.execute("PRAGMA foreign_key_check").fetchall()


def rows(store: Store, sql: str, *args) -> list[tuple]:
    return store.conn.execute(sql, args).fetchall()


def child(code: str, *args: str) -> list[str]:
    """`python -c code args` with this checkout importable (as `checker` and `tests`)."""
    return [sys.executable, "-c", code, *args]


CHILD_ENV = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))


def test_opens_with_wal_busy_timeout_and_schema(tmp_path):
    with Store(tmp_path / "h.db") as store:
        assert rows(store, "PRAGMA journal_mode") == [("wal",)]
        assert rows(store, "PRAGMA busy_timeout") == [(30000,)]
        tables = {name for (name,) in rows(store, "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == {"runs", "stories", "findings", "embeddings", "story_cache", "memo"}
        indexed = [r[2] for r in rows(store, "SELECT * FROM pragma_index_info('findings_fingerprint')")]
        assert indexed == ["fingerprint"]
    with Store(str(tmp_path / "h.db")) as again:  # reopening an existing file (str path) is fine
        assert rows(again, "SELECT COUNT(*) FROM runs") == [(0,)]
    with Store(":memory:") as mem:
        assert mem.begin_run("feed", T0) == 1


def test_a_database_from_before_page_digests_gains_the_column_and_keeps_its_stories(tmp_path):
    """Old caches stay usable: a row without a digest is served with its page (html), as before."""
    from checker.store import CachedStory

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE story_cache (key TEXT PRIMARY KEY, data BLOB NOT NULL, findings BLOB NOT NULL,"
                     " html BLOB NOT NULL, used TEXT)")
    with Store(path) as store:
        assert "html_digest" in {r[1] for r in store.conn.execute("PRAGMA table_info(story_cache)")}
        store.put_stories({"k": CachedStory(b'{"story": "s"}', [finding(1)], "<p>page</p>")}, T0.date())
        hit = store.get_story("k", page_digest="not the page's digest")
        assert hit is not None and hit.html == "<p>page</p>" and [f.id for f in hit.findings] == [finding(1).id]
        assert store.get_story("k", page_digest=store.conn.execute(
            "SELECT html_digest FROM story_cache").fetchone()[0]).html is None  # the page in place is this one


def test_a_run_is_recorded_and_summarised(tmp_path):
    with Store(tmp_path / "h.db") as store:
        run = store.begin_run("feed.jsonl", T0)
        assert rows(store, "SELECT feed, started, finished FROM runs") == [("feed.jsonl", T0.isoformat(), None)]
        store.record_story(run, "s1", ["a.txt", "b.txt"], [finding(1), finding(2, Severity.WARNING), finding(3, Severity.INFO)])
        store.record_story(run, "s2", ["c.txt", "d.txt"], [])
        store.finish_run(run, {"stories": 2, "error": 1})
        (finished, summary), = rows(store, "SELECT finished, summary FROM runs WHERE id = ?", run)
        assert dt.datetime.fromisoformat(finished).tzinfo is not None
        assert json.loads(summary) == {"stories": 2, "error": 1}
        assert rows(store, "SELECT versions FROM stories WHERE story = 's1'") == [('["a.txt", "b.txt"]',)]
        assert rows(store, "SELECT fingerprint, rule, name, severity, message, a_value, b_value FROM findings"
                           " WHERE severity = 'warning'") == [
            (finding(2).id, "WC110", "number-mismatch", "warning", "m", "x2", "y2")]
        assert rows(store, "SELECT COUNT(*) FROM findings WHERE severity = 'info'") == [(0,)]  # trims are not history
        assert store.trend() == [{"run": run, "started": T0.isoformat(), "stories": 2, "error": 1, "warning": 1, "new": 2}]  # new counts errors and warnings, as the index does
        with pytest.raises(ValueError):
            store.finish_run(99, {})


def test_recording_a_story_again_replaces_it(tmp_path):
    with Store(tmp_path / "h.db") as store:
        run = store.begin_run("feed", T0)
        store.record_story(run, "s1", ["a", "b"], [finding(1), finding(2), finding(3)])
        store.record_story(run, "s1", ["a", "b", "c"], [finding(4)])
        assert rows(store, "SELECT versions FROM stories") == [('["a", "b", "c"]',)]
        assert rows(store, "SELECT fingerprint FROM findings") == [(finding(4).id,)]


def test_a_story_for_a_missing_run_is_refused_whole(tmp_path):
    with Store(tmp_path / "h.db") as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.record_story(7, "s1", ["a", "b"], [finding(1)])
        assert rows(store, "SELECT COUNT(*) FROM stories") == [(0,)]
        assert rows(store, "SELECT COUNT(*) FROM findings") == [(0,)]


def test_findings_of_a_finished_run_are_not_new_in_the_next(tmp_path):
    db = tmp_path / "h.db"
    with Store(db) as store:
        run1 = store.begin_run("feed", T0)
        assert store.known_fingerprints(before_run=run1) == set()
        store.record_story(run1, "s1", ["a", "b"], [finding(1), finding(2)])
        store.finish_run(run1, {})
    with Store(db) as store:  # the next night is another process
        run2 = store.begin_run("feed", T0 + dt.timedelta(days=1))
        assert store.known_fingerprints(before_run=run2) == {finding(1).id, finding(2).id}
        assert store.known_fingerprints(before_run=run1) == set()  # only runs before the one asked about
        store.record_story(run2, "s1", ["a", "b"], [finding(1, message="reworded"), finding(3)])
        assert dict(rows(store, "SELECT fingerprint, new FROM findings WHERE run_id = ?", run2)) == {
            finding(1).id: 0, finding(3).id: 1}
        store.finish_run(run2, {})
        assert [t["new"] for t in store.trend()] == [2, 1]


def test_the_known_set_is_fixed_once_per_run(tmp_path):
    """A run that finishes while another is under way does not change what the latter calls new."""
    db = tmp_path / "h.db"
    with Store(db) as first, Store(db) as second:
        run1, run2 = first.begin_run("feed", T0), second.begin_run("feed", T0)
        second.record_story(run2, "s0", ["a", "b"], [])  # run2 takes its snapshot: nothing is known yet
        first.record_story(run1, "s1", ["a", "b"], [finding(1)])
        first.finish_run(run1, {})
        assert second.known_fingerprints(before_run=run2) == set()
        second.record_story(run2, "s1", ["a", "b"], [finding(1)])
        assert rows(second, "SELECT new FROM findings WHERE run_id = ?", run2) == [(1,)]
        assert second.known_fingerprints() == {finding(1).id}  # no run given: asked afresh


def test_trend_lists_finished_runs_oldest_first(tmp_path):
    with Store(tmp_path / "h.db") as store:
        for night in range(5):
            run = store.begin_run("feed", T0 + dt.timedelta(days=night))
            store.record_story(run, "s", ["a", "b"], [finding(n) for n in range(night + 1)])
            if night != 3:  # night 3 was killed
                store.finish_run(run, {})
        trend = store.trend(limit=3)
        assert [t["run"] for t in trend] == [2, 3, 5]
        assert [t["error"] for t in trend] == [2, 3, 5]
        assert [t["new"] for t in trend] == [1, 1, 2]  # run 5: findings 3 (only in the killed run) and 4
        assert trend[0]["started"] == (T0 + dt.timedelta(days=1)).isoformat()
        assert len(store.trend()) == 4


def test_an_unfinished_run_is_ignored_and_the_next_one_completes(tmp_path):
    db = tmp_path / "h.db"
    store = Store(db)
    run1 = store.begin_run("feed", T0)
    store.record_story(run1, "s1", ["a", "b"], [finding(1)])
    store.close()  # never finished
    with Store(db) as store:
        run2 = store.begin_run("feed", T0 + dt.timedelta(days=1))
        assert store.known_fingerprints(before_run=run2) == set()
        assert store.trend() == []
        store.record_story(run2, "s1", ["a", "b"], [finding(1)])
        store.finish_run(run2, {})
        assert store.trend() == [{"run": run2, "started": (T0 + dt.timedelta(days=1)).isoformat(),
                                  "stories": 1, "error": 1, "warning": 0, "new": 1}]
    assert integrity(db) == ("ok", [])


KILLED_MID_TRANSACTION = """
import os, signal, sys, datetime as dt
from checker.store import Store
from tests.test_store import finding, T0

path, how = sys.argv[1:3]
store = Store(path)
run = store.begin_run("feed", T0)
store.record_story(run, "s1", ["a", "b"], [finding(n) for n in range(3)])

def die(_):
    if how == "sigkill":
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(1)

store.conn.create_function("die", 1, die)
store.conn.execute("CREATE TEMP TRIGGER die_midway AFTER INSERT ON main.findings WHEN NEW.message = 'die'"
                   " BEGIN SELECT die(NEW.rowid); END")
# Re-recording s1 with ~6 MB of findings: more than the page cache, so uncommitted
# pages reach the WAL before the process dies inside the transaction.
big = [finding(n, message="x" * 2000) for n in range(100, 3100)] + [finding(9999, message="die")]
store.record_story(run, "s1", ["a", "b", "c"], big)
print("not killed")
"""


@pytest.mark.parametrize("how", ["sigkill", "os._exit"])
def test_a_process_killed_inside_a_transaction_leaves_a_consistent_database(tmp_path, how):
    db = tmp_path / "h.db"
    killed = subprocess.run(child(KILLED_MID_TRANSACTION, str(db), how), check=False, cwd=ROOT, env=CHILD_ENV,
                            capture_output=True, text=True, timeout=60)
    assert killed.returncode != 0 and "not killed" not in killed.stdout, killed.stderr
    wal = Path(f"{db}-wal")
    assert wal.exists() and wal.stat().st_size > 1_000_000  # the killed transaction did reach the disk
    assert integrity(db) == ("ok", [])
    with Store(db) as store:
        # the half-written replacement is gone; the story as committed before it is intact
        assert rows(store, "SELECT story, versions FROM stories") == [("s1", '["a", "b"]')]
        assert sorted(fp for (fp,) in rows(store, "SELECT fingerprint FROM findings")) == sorted(
            finding(n).id for n in range(3))
        assert rows(store, "SELECT finished FROM runs") == [(None,)]
        run2 = store.begin_run("feed", T0 + dt.timedelta(days=1))
        assert store.known_fingerprints(before_run=run2) == set()
        assert store.trend() == []
        store.record_story(run2, "s1", ["a", "b"], [finding(0), finding(1)])
        store.finish_run(run2, {"stories": 1})
        assert [(t["run"], t["stories"], t["new"]) for t in store.trend()] == [(run2, 1, 2)]
    assert integrity(db) == ("ok", [])


def test_a_writer_waits_for_another_connections_transaction(tmp_path):
    """busy_timeout at work: a write lock held elsewhere delays record_story instead of failing it."""
    db = tmp_path / "h.db"
    with Store(db) as store:
        run = store.begin_run("feed", T0)
        other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO runs (feed, started) VALUES ('other', 'x')")
        release = threading.Timer(0.3, other.execute, ["COMMIT"])
        release.start()
        try:
            store.record_story(run, "s1", ["a", "b"], [finding(1)])
        finally:
            release.join(10)
            other.close()
        assert rows(store, "SELECT COUNT(*) FROM runs") == [(2,)]
        assert rows(store, "SELECT COUNT(*) FROM findings") == [(1,)]


CONCURRENT_RUN = """
import os, sys, time, datetime as dt
from checker.model import Severity
from checker.store import Store
from tests.test_store import finding

path, name, go = sys.argv[1:4]
deadline = time.monotonic() + 30
while not os.path.exists(go):  # start together, so both open the fresh file at once
    if time.monotonic() > deadline:
        sys.exit("never told to go")
    time.sleep(0.005)
with Store(path) as store:
    run = store.begin_run(name, dt.datetime.now(dt.UTC))
    for i in range(20):
        store.record_story(run, f"{name}-{i}", [f"{name}-{i}-a", f"{name}-{i}-b"],
                           [finding(n, value=name) for n in range(5)] + [finding(i, Severity.WARNING, value=name + "w")])
        time.sleep(0.01)  # let the other process's transactions interleave with ours
    store.finish_run(run, {"stories": 20})
print(run)
"""


def test_two_processes_writing_at_once_do_not_corrupt_the_database(tmp_path):
    db, go = tmp_path / "h.db", tmp_path / "go"
    procs = {name: subprocess.Popen(child(CONCURRENT_RUN, str(db), name, str(go)), cwd=ROOT, env=CHILD_ENV,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in ("alpha", "beta")}
    go.touch()
    try:
        outputs = {name: p.communicate(timeout=60) for name, p in procs.items()}
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
                p.wait()
    for name, p in procs.items():
        assert p.returncode == 0, outputs[name][1]
    assert integrity(db) == ("ok", [])
    with Store(db) as store:
        runs = rows(store, "SELECT id, feed, finished IS NOT NULL, summary FROM runs ORDER BY feed")
        assert [(feed, done, json.loads(summary)) for _, feed, done, summary in runs] == [
            ("alpha", 1, {"stories": 20}), ("beta", 1, {"stories": 20})]
        assert {int(outputs[name][0]) for name in procs} == {run for run, *_ in runs}
        for run, feed, *_ in runs:
            stories = {s for (s,) in rows(store, "SELECT story FROM stories WHERE run_id = ?", run)}
            assert stories == {f"{feed}-{i}" for i in range(20)}
            assert rows(store, "SELECT COUNT(*) FROM findings WHERE run_id = ?", run) == [(120,)]
        assert [(t["stories"], t["error"], t["warning"]) for t in store.trend()] == [(20, 100, 20)] * 2


def test_embedding_cache_round_trips_exactly_and_is_keyed_by_model(tmp_path):
    db = tmp_path / "h.db"
    rng = np.random.default_rng(0)
    vectors = {f"k{i}": rng.standard_normal(384).astype(np.float32) for i in range(1200)}  # more than one IN chunk
    with Store(db) as store:
        assert store.get_embeddings("mini", list(vectors)) == {}
        store.put_embeddings("mini", vectors)
        store.put_embeddings("mini", {"k0": np.zeros(384, dtype=np.float32)})  # already cached: ignored
        store.put_embeddings("other", {"k1": np.arange(3, dtype=np.float64)})  # stored as float32
        store.put_embeddings("other", {})
        with pytest.raises(ValueError):
            store.put_embeddings("mini", {"bad": np.zeros((2, 3), dtype=np.float32)})
    with Store(db) as store:
        got = store.get_embeddings("mini", [*vectors, "missing", "k0"])
        assert set(got) == set(vectors)
        for key, vec in vectors.items():
            assert got[key].dtype == np.float32 and np.array_equal(got[key], vec)
        got["k0"][0] = 1.0  # the caller owns what it gets
        assert set(store.get_embeddings("other", ["k0", "k1"])) == {"k1"}
        assert store.get_embeddings("other", ["k1"])["k1"].tolist() == [0.0, 1.0, 2.0]
        assert store.get_embeddings("nobody", ["k1"]) == {}


def test_opening_waits_while_another_connection_blocks_the_switch_to_wal(tmp_path):
    """SQLite runs no busy handler for the switch to WAL, so two first opens at once could fail without a retry."""
    db = tmp_path / "h.db"
    reader = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    reader.execute("CREATE TABLE old (x)")  # a file still in rollback-journal mode
    reader.execute("BEGIN")
    reader.execute("SELECT * FROM old").fetchall()  # a shared lock: the switch cannot take the file yet
    release = threading.Timer(0.3, reader.execute, ["COMMIT"])
    release.start()
    try:
        with Store(db) as store:
            assert rows(store, "PRAGMA journal_mode") == [("wal",)]
    finally:
        release.join(10)
        reader.close()
