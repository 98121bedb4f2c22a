"""The nightly job's history in SQLite: runs, stories, findings, and an embedding cache.

Why SQLite and why this shape: the nightly job must tell an editor which
findings are *new*, i.e. whose fingerprint (`Finding.id`) no earlier run has
reported, and it must survive being killed half-way or started twice at once
(cron overlapping a slow night). So:

- WAL mode and one `BEGIN IMMEDIATE` transaction per write. A killed process
  leaves at most an uncommitted WAL tail, which SQLite discards on the next
  open; a story is either fully recorded or not at all. IMMEDIATE takes the
  write lock up front, so a second writer waits (busy_timeout, 30 s) instead
  of failing with SQLITE_BUSY when a deferred read-then-write loses its
  snapshot.
- A run is only *finished* once `finish_run` sets `finished`; everything that
  decides what is new (`known_fingerprints`) or shows history (`trend`)
  ignores unfinished runs, so a crashed night neither hides findings from the
  next night nor shows up as a half-empty row in the trend.

Schema::

    runs(id INTEGER PRIMARY KEY, feed TEXT, started TEXT /* ISO 8601 */,
         finished TEXT NULL /* ISO 8601, UTC; NULL while running or if killed */,
         summary TEXT /* JSON object */)
    stories(run_id INTEGER REFERENCES runs(id), story TEXT,
            versions TEXT /* JSON list of version ids */, PRIMARY KEY(run_id, story))
    findings(run_id INTEGER REFERENCES runs(id), story TEXT, fingerprint TEXT, rule TEXT,
             name TEXT, severity TEXT /* error|warning: info findings (trims) are not history */, message TEXT,
             a_value TEXT, b_value TEXT,
             new INTEGER /* 1 if no finished earlier run had the fingerprint */)
      INDEX findings_fingerprint(fingerprint), INDEX findings_run(run_id, story)
    embeddings(model TEXT, key TEXT /* text hash */, vector BLOB /* little-endian float32 */,
               dim INTEGER, PRIMARY KEY(model, key))
    story_cache(key TEXT PRIMARY KEY /* hash of the story's versions, config, baseline and code */,
                data BLOB /* zlib-compressed JSON text of the story (wirecheck/1) */,
                findings BLOB /* zlib-compressed JSON rows of its findings alone (see _finding_row), quick to read back */,
                html BLOB /* zlib-compressed UTF-8 of its report */,
                html_digest TEXT /* output.digest of that UTF-8: an up-to-date page is never decompressed */,
                used TEXT /* ISO date of the last run that used it */)
    memo(key TEXT PRIMARY KEY /* e.g. "group:" + hash of the feed's ids and texts, model and code */,
         value TEXT /* JSON */, used TEXT)
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import numpy as np

from .model import Finding, Severity, Side
from .output import digest

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS runs (
        id INTEGER PRIMARY KEY, feed TEXT, started TEXT, finished TEXT NULL, summary TEXT)""",
    """CREATE TABLE IF NOT EXISTS stories (
        run_id INTEGER NOT NULL REFERENCES runs(id), story TEXT NOT NULL, versions TEXT,
        PRIMARY KEY (run_id, story))""",
    """CREATE TABLE IF NOT EXISTS findings (
        run_id INTEGER NOT NULL REFERENCES runs(id), story TEXT NOT NULL, fingerprint TEXT NOT NULL,
        rule TEXT, name TEXT, severity TEXT, message TEXT, a_value TEXT, b_value TEXT, new INTEGER)""",
    "CREATE INDEX IF NOT EXISTS findings_fingerprint ON findings (fingerprint)",
    "CREATE INDEX IF NOT EXISTS findings_run ON findings (run_id, story)",
    """CREATE TABLE IF NOT EXISTS embeddings (
        model TEXT NOT NULL, key TEXT NOT NULL, vector BLOB NOT NULL, dim INTEGER NOT NULL,
        PRIMARY KEY (model, key))""",
    """CREATE TABLE IF NOT EXISTS story_cache (
        key TEXT PRIMARY KEY, data BLOB NOT NULL, findings BLOB NOT NULL, html BLOB NOT NULL, used TEXT,
        html_digest TEXT)""",
    "CREATE TABLE IF NOT EXISTS memo (key TEXT PRIMARY KEY, value TEXT NOT NULL, used TEXT)",
)
_F32 = np.dtype("<f4")  # fixed byte order, so a database moved between machines still reads
_CHUNK = 500  # keys per IN (...) query, well under SQLite's bound-parameter limit
_BUSY_TIMEOUT = 30.0  # seconds a writer waits for another's transaction


def _enable_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, retrying while another connection holds the file.

    The switch needs an exclusive lock and SQLite does not run the busy handler
    for it, so two processes opening a new database at once could fail here with
    "database is locked" despite busy_timeout. WAL persists in the file, so only
    the first opens ever contend. ":memory:" stays "memory", which is fine.
    """
    deadline = time.monotonic() + _BUSY_TIMEOUT
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


@dataclass(frozen=True)
class CachedStory:
    """A checked story's outputs, as the story cache keeps them."""

    data: bytes  # the story's JSON (wirecheck/1), compact, UTF-8
    findings: list[Finding]  # its findings alone, as in that JSON
    html: str | None  # its report; None when the caller's page already holds it (get_story's page_digest)


def _finding_row(f: Finding) -> list[Any]:
    """A finding as a flat JSON row: a rerun decodes thousands of them, and rows decode faster than objects."""
    return [f.id, f.rule, f.name, int(f.severity), f.message, f.confidence, f.why, f.accepted,
            f.a.version, f.a.claim, *f.a.span, f.a.value, f.b.version, f.b.claim, *f.b.span, f.b.value]


def _finding_from_row(row: list[Any]) -> Finding:
    fid, rule, name, severity, message, confidence, why, accepted, *sides = row
    av, ac, as0, as1, aval, bv, bc, bs0, bs1, bval = sides
    finding = Finding(rule, name, Severity(severity), message, Side(av, ac, (as0, as1), aval),
                      Side(bv, bc, (bs0, bs1), bval), confidence, why, accepted)
    finding.__dict__["id"] = fid  # the fingerprint as computed when checked (the key covers the code)
    return finding


class Store:
    """One connection to the history database; not shared between threads or processes."""

    def __init__(self, path: str | Path) -> None:
        # isolation_level=None: no implicit transactions; every write goes through _write().
        self.conn = sqlite3.connect(str(path), timeout=_BUSY_TIMEOUT, isolation_level=None)
        self._open_runs: set[int] = set()  # begun here and not finished: abandoned if the block ends in an exception
        self.conn.execute(f"PRAGMA busy_timeout = {int(_BUSY_TIMEOUT * 1000)}")
        _enable_wal(self.conn)
        self.conn.execute("PRAGMA foreign_keys = ON")  # a story for a run that does not exist is a bug
        with self._write() as conn:
            for statement in _SCHEMA:
                conn.execute(statement)
            columns = {row[1] for row in conn.execute("PRAGMA table_info(story_cache)")}
            if "html_digest" not in columns:  # a database made before the column existed
                conn.execute("ALTER TABLE story_cache ADD COLUMN html_digest TEXT")
        # before_run -> fingerprints, fixed at first ask so that the caller's idea of
        # "new" and the `new` column agree even if another run finishes meanwhile.
        self._known: dict[int, frozenset[str]] = {}

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction holding the write lock from its start; rolled back on any error."""
        with self.conn:  # commits on success, rolls back on an exception
            self.conn.execute("BEGIN IMMEDIATE")
            yield self.conn

    def begin_run(self, feed: str, started: dt.datetime) -> int:
        """Start a run; it stays unfinished (and ignored by history) until finish_run."""
        with self._write() as conn:
            cur = conn.execute("INSERT INTO runs (feed, started) VALUES (?, ?)", (feed, started.isoformat()))
        assert cur.lastrowid is not None  # always set by an INSERT into a rowid table
        self._open_runs.add(cur.lastrowid)
        return cur.lastrowid

    def abandon_run(self, run_id: int) -> None:
        """Remove an unfinished run and what it recorded: an interrupted night leaves no trace in the history."""
        with self._write() as conn:
            conn.execute("DELETE FROM findings WHERE run_id = ?", (run_id,))
            conn.execute("DELETE FROM stories WHERE run_id = ?", (run_id,))
            conn.execute("DELETE FROM runs WHERE id = ? AND finished IS NULL", (run_id,))

    def record_story(self, run_id: int, story: str, versions: list[str], findings: list[Finding]) -> None:
        """Record one checked story atomically, replacing an earlier record of it in this run."""
        self.record_stories(run_id, [(story, versions, findings)])

    def record_stories(self, run_id: int, stories: list[tuple[str, list[str], list[Finding]]]) -> None:
        """Record checked stories in one transaction: each is in the history entirely or not at all.

        Only discrepancies (errors and warnings) are kept: nothing asks the
        history about info findings, which are nineteen in twenty of a feed's
        findings (claims a trim dropped).
        """
        known = self._snapshot(run_id)
        with self._write() as conn:
            for story, versions, findings in stories:
                conn.execute("DELETE FROM findings WHERE run_id = ? AND story = ?", (run_id, story))
                conn.execute("INSERT OR REPLACE INTO stories (run_id, story, versions) VALUES (?, ?, ?)",
                             (run_id, story, json.dumps(list(versions), ensure_ascii=False)))
                conn.executemany(
                    "INSERT INTO findings (run_id, story, fingerprint, rule, name, severity, message, a_value,"
                    " b_value, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(run_id, story, f.id, f.rule, f.name, f.severity.label, f.message, f.a.value, f.b.value,
                      int(f.id not in known)) for f in findings if f.severity > Severity.INFO])

    def cached_stories(self, keys: list[str], today: dt.date) -> set[str]:
        """Which of these stories were checked before with exactly these inputs (see nightly.story_cache_key).

        Only the keys: a rerun of a large feed reads each story's outputs when
        it writes them (get_story), never all of them at once.
        """
        found: set[str] = set()
        unique = list(dict.fromkeys(keys))
        for i in range(0, len(unique), _CHUNK):
            chunk = unique[i:i + _CHUNK]
            found.update(k for (k,) in self.conn.execute(
                f"SELECT key FROM story_cache WHERE key IN ({','.join('?' * len(chunk))})", chunk))
        if found:
            with self._write() as conn:
                conn.executemany("UPDATE story_cache SET used = ? WHERE key = ?",
                                 [(today.isoformat(), k) for k in found])
        return found

    def get_story(self, key: str, page_digest: str | None = None) -> CachedStory | None:
        """One cached story's outputs; None when absent or damaged (then it is checked again).

        `page_digest` is the digest of the report page the caller already has:
        when it is the cached page's, the page is not read (html is None).
        """
        row = self.conn.execute("SELECT data, findings, html_digest FROM story_cache WHERE key = ?",
                                (key,)).fetchone()
        if row is None:
            return None
        try:
            html: str | None = None
            if page_digest is None or row[2] != page_digest:
                (blob,) = self.conn.execute("SELECT html FROM story_cache WHERE key = ?", (key,)).fetchone()
                html = zlib.decompress(blob).decode("utf-8", "surrogatepass")
            findings = [_finding_from_row(r) for r in json.loads(zlib.decompress(row[1]))]
            return CachedStory(zlib.decompress(row[0]), findings, html)
        except (zlib.error, ValueError, TypeError):  # TypeError: a row of the wrong shape
            return None

    def put_stories(self, items: dict[str, CachedStory], today: dt.date) -> None:
        """Keep stories' outputs for later runs over the same inputs."""

        def pack(text: str | bytes) -> bytes:
            return zlib.compress(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"), 6)

        rows = []
        for k, c in items.items():
            if c.html is None:
                raise ValueError(f"story {k} has no report page to cache")
            rows.append((k, pack(c.data), pack(json.dumps([_finding_row(f) for f in c.findings], ensure_ascii=False)),
                         pack(c.html), today.isoformat(), digest(c.html.encode("utf-8", "surrogatepass"))))
        with self._write() as conn:
            conn.executemany("INSERT OR REPLACE INTO story_cache (key, data, findings, html, used, html_digest)"
                             " VALUES (?, ?, ?, ?, ?, ?)", rows)

    def get_memo(self, key: str, today: dt.date) -> Any:
        """A JSON value kept by put_memo, or None."""
        row = self.conn.execute("SELECT value FROM memo WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        with self._write() as conn:
            conn.execute("UPDATE memo SET used = ? WHERE key = ?", (today.isoformat(), key))
        return json.loads(row[0])

    def put_memo(self, key: str, value: Any, today: dt.date) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO memo (key, value, used) VALUES (?, ?, ?)",
                         (key, json.dumps(value), today.isoformat()))

    def prune_story_cache(self, before: dt.date) -> int:
        """Forget cached stories and memos no run has used since `before`; returns how many."""
        with self._write() as conn:
            n = conn.execute("DELETE FROM story_cache WHERE used < ?", (before.isoformat(),)).rowcount
            return n + conn.execute("DELETE FROM memo WHERE used < ?", (before.isoformat(),)).rowcount

    def finish_run(self, run_id: int, summary: dict[str, Any]) -> None:
        """Mark the run complete: from now on its findings count as known to later runs."""
        finished = dt.datetime.now(dt.UTC).isoformat()
        with self._write() as conn:
            cur = conn.execute("UPDATE runs SET finished = ?, summary = ? WHERE id = ?",
                               (finished, json.dumps(summary, ensure_ascii=False, sort_keys=True), run_id))
            if cur.rowcount != 1:
                raise ValueError(f"no run {run_id} in the history database")
        self._open_runs.discard(run_id)

    def known_fingerprints(self, before_run: int | None = None) -> set[str]:
        """Fingerprints reported by finished runs with a smaller id (all finished runs if None).

        For a given `before_run` this is computed once per Store and then reused,
        so it is the very set that decided `new` in record_story.
        """
        return set(self._snapshot(before_run))

    def _snapshot(self, before_run: int | None) -> frozenset[str]:
        if before_run is None or before_run not in self._known:
            rows = self.conn.execute(
                "SELECT DISTINCT f.fingerprint FROM findings f JOIN runs r ON r.id = f.run_id"
                " WHERE r.finished IS NOT NULL AND (?1 IS NULL OR r.id < ?1)", (before_run,))
            known = frozenset(fp for (fp,) in rows)
            if before_run is None:
                return known
            self._known[before_run] = known
        return self._known[before_run]

    def trend(self, limit: int = 14) -> list[dict[str, Any]]:
        """The last `limit` finished runs, oldest first, with their story and finding counts (new: errors and warnings)."""
        rows = self.conn.execute(
            """SELECT r.id, r.started,
                   (SELECT COUNT(*) FROM stories s WHERE s.run_id = r.id),
                   (SELECT COUNT(*) FROM findings f WHERE f.run_id = r.id AND f.severity = 'error'),
                   (SELECT COUNT(*) FROM findings f WHERE f.run_id = r.id AND f.severity = 'warning'),
                   (SELECT COUNT(*) FROM findings f WHERE f.run_id = r.id AND f.new = 1 AND f.severity != 'info')
               FROM runs r WHERE r.finished IS NOT NULL ORDER BY r.id DESC LIMIT ?""", (limit,)).fetchall()
        return [{"run": run, "started": started, "stories": stories, "error": error, "warning": warning, "new": new}
                for run, started, stories, error, warning, new in reversed(rows)]

    def get_embeddings(self, model: str, keys: list[str]) -> dict[str, np.ndarray]:
        """Cached vectors of `model` for those of `keys` that are stored (float32, writable copies)."""
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(keys))
        for i in range(0, len(unique), _CHUNK):
            chunk = unique[i:i + _CHUNK]
            rows = self.conn.execute(
                f"SELECT key, vector, dim FROM embeddings WHERE model = ? AND key IN ({','.join('?' * len(chunk))})",
                (model, *chunk))
            for key, blob, dim in rows:
                vec = np.frombuffer(blob, dtype=_F32).astype(np.float32)  # astype copies: writable, native order
                if vec.shape == (dim,):  # a truncated blob is a cache miss, never a wrong vector
                    found[key] = vec
        return found

    def put_embeddings(self, model: str, items: dict[str, np.ndarray]) -> None:
        """Store 1-D vectors as float32; keys already cached for this model are left alone."""
        rows = []
        for key, vector in items.items():
            vec = np.asarray(vector, dtype=_F32)
            if vec.ndim != 1:
                raise ValueError(f"embedding for {key!r} must be 1-D, got shape {vec.shape}")
            rows.append((model, key, vec.tobytes(), vec.shape[0]))
        with self._write() as conn:
            conn.executemany("INSERT OR IGNORE INTO embeddings (model, key, vector, dim) VALUES (?, ?, ?, ?)", rows)

    def close(self) -> None:
        """Close the connection; an unfinished run simply stays unfinished."""
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        """Close; a run begun in this block and cut short (Ctrl-C, a crash) is removed, not left mid-run."""
        try:
            if exc_type is not None:
                for run_id in list(self._open_runs):
                    self.abandon_run(run_id)
        finally:
            self.close()
