"""The one place that opens output files: atomic, with '-' for stdout.

A report is written to a temporary file beside its target and renamed into
place only when complete, so an interrupted or failed run leaves the
previous report intact and never a half-written one. `write_text` leaves a
file that already holds the same text alone: a rerun of an unchanged feed
rewrites (and fsyncs) nothing it already wrote. `PageWriter` does the same
for the nightly job's thousands of story pages on a few threads, so that
their fsyncs overlap instead of queueing one behind another.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Self, TextIO


@contextlib.contextmanager
def open_output(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    if str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with _atomic(path, binary=False) as fp:
        yield fp


@contextlib.contextmanager
def open_binary_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """As open_output, for bytes already encoded (the nightly findings.json, copied from the story cache)."""
    with _atomic(path, binary=True) as fp:
        yield fp


@contextlib.contextmanager
def _atomic(path: str | os.PathLike[str], binary: bool) -> Iterator[Any]:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is for others to open too
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")) as fp:
            yield fp
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def digest(data: bytes) -> str:
    """A short content hash: the story cache keeps one per page so a rerun can tell an up-to-date page unread."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def file_digest(path: str | os.PathLike[str]) -> str | None:
    """The digest of a file's bytes, or None when it cannot be read."""
    try:
        return digest(Path(path).read_bytes())
    except OSError:
        return None


def write_text(path: str | os.PathLike[str], text: str) -> bool:
    """Write `text` atomically unless the file already holds exactly it; True when written."""
    target = Path(path)
    data = text.encode("utf-8")
    with contextlib.suppress(OSError):
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
    with open_output(target) as fp:
        fp.write(text)
    return True


class PageWriter:
    """`write_text` for many files on a few threads; `close` waits for all and raises the first failure.

    Each file is still written atomically and fsynced; only the waiting
    overlaps (fsync releases the GIL, and the file system commits concurrent
    fsyncs together). At most `pending` pages wait in memory.
    """

    def __init__(self, threads: int = 8, pending: int = 64) -> None:
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="wirecheck-page")
        self._pending = pending
        self._futures: set[Future[bool]] = set()

    def write(self, path: str | os.PathLike[str], text: str) -> None:
        if len(self._futures) >= self._pending:
            done, self._futures = wait(self._futures, return_when="FIRST_COMPLETED")
            for future in done:
                future.result()  # a failed write stops the run here, not pages later
        self._futures.add(self._pool.submit(write_text, path, text))

    def close(self) -> None:
        try:
            for future in self._futures:
                future.result()
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._futures = set()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.close()
        else:  # already failing: finish what is in flight, start nothing new, keep the first error
            self._pool.shutdown(wait=True, cancel_futures=True)
