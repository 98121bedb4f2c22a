"""The one place that opens output files: atomic, with '-' for stdout.

A report is written to a temporary file beside its target and renamed into
place only when complete, so an interrupted or failed run leaves the
previous report intact and never a half-written one. `write_text` leaves a
file that already holds the same text alone: a rerun of an unchanged feed
rewrites (and fsyncs) nothing it already wrote.
"""
from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


@contextlib.contextmanager
def open_output(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    if str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is for others to open too
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fp:
            yield fp
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


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
