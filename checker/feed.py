"""A whole feed -> versions, plus the records that could not be read.

`read_versions` reads the few files of one story and refuses any bad one; the
nightly job reads thousands of records at once, where one bad record must not
cost the rest. So each bad record is skipped with an `InputError` naming where
it is (``feed.jsonl:7``, ``feed.csv:12``, a file's path), and `InputProblem`
is raised only when the feed as a whole is unusable.

A feed is a folder of article files (plain text, ninjs JSON, NewsML-G2,
NewsML 1.2, NITF or HTML; see `ingest.VERSION_SUFFIXES`), a JSONL file
(``.jsonl``, ``.ndjson``) or a CSV file, each record carrying ``id``,
``text`` and optional ``date`` (YYYY-MM-DD), ``dateline``, ``source``,
``title`` and ``url`` (not kept); a JSONL line may also be an IPTC ninjs
item. Lines and files are decoded by `ingest.decode` (UTF-8, else
Windows-1252). A record's text goes through `parse_version` like a file's, so a seed
header inside it is still read; the record's own fields then win. A CSV
record's location is the line it starts on, counted by the csv module beside
pandas, because a quoted text spanning several lines makes the row index lie.
Exact copies of a text are kept: feeds carry them, and they are not errors.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from .ingest import (
    MAX_BYTES, VERSION_SUFFIXES, InputProblem, decode_line, from_document, nearest, parse_version, read_documents,
    too_large, unpaired_surrogate,
)
from .model import InputError, Version
from .wire_formats import FormatProblem, parse_record

Record = dict[str, Any]
Located = tuple[str, Record | str]  # a location and its record, or why it could not be read

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The longest JSONL line read: an article at the limit with every character
# escaped as \\uXXXX, plus room for the other fields. A longer line (a whole
# JSON array saved as .jsonl, say) is skipped without being held in memory.
MAX_LINE = 6 * MAX_BYTES + 1024 * 1024


def read_feed(path: str) -> tuple[list[Version], list[InputError]]:
    """Read every record of a feed; a bad record becomes an InputError, a bad feed InputProblem."""
    p = Path(path)
    source = str(path)
    if not p.exists():
        raise InputProblem(source, "no such file or folder")
    try:
        if p.is_dir():
            versions, errors = _read_folder(p)
        elif p.suffix.lower() in (".jsonl", ".ndjson"):
            versions, errors = _from_records(_jsonl_records(p, source))
        elif p.suffix.lower() == ".csv":
            versions, errors = _from_records(_csv_records(p, source))
        else:
            raise InputProblem(source, "expected a folder, a .jsonl/.ndjson file or a .csv file")
    except OSError as exc:
        raise InputProblem(source, f"cannot read: {exc.strerror or exc}") from None
    if not versions:
        first = f"; first: {errors[0].source}: {errors[0].reason}" if errors else ""
        raise InputProblem(source, f"no usable record ({len(errors)} skipped{first})")
    return versions, errors


def _read_folder(folder: Path) -> tuple[list[Version], list[InputError]]:
    """Every article file of the folder: plain text, or agency formats (a NewsML-G2 message may hold several)."""
    versions: list[Version] = []
    errors: list[InputError] = []
    for f in sorted(folder.iterdir(), key=lambda f: f.name):
        if f.suffix.lower() not in VERSION_SUFFIXES or not f.is_file():
            continue
        try:
            versions.extend(read_documents(f))
        except InputProblem as exc:
            errors.append(InputError(str(f), exc.reason))
    return versions, errors


def _from_records(records: Iterator[Located]) -> tuple[list[Version], list[InputError]]:
    versions: list[Version] = []
    errors: list[InputError] = []
    seen: dict[str, str] = {}  # id -> location of the record kept under it
    for loc, rec in records:
        if isinstance(rec, str):
            errors.append(InputError(loc, rec))
            continue
        try:
            v = _version(rec, loc)
        except ValueError as exc:
            reason = str(exc)
        except InputProblem as exc:
            reason = exc.reason
        else:
            if v.id not in seen:
                seen[v.id] = loc
                versions.append(v)
                continue
            reason = f"duplicate id, first seen at {seen[v.id]}"
        errors.append(InputError(loc, reason))
    return versions, errors


def _version(rec: Record, loc: str) -> Version:
    """One JSONL or CSV record -> Version; ValueError says what is wrong with it.

    A record is either this feed's own shape (`id`, `text`, ...) or an IPTC
    ninjs item (`uri`/`guid`, `headline`, `body_text`/`bodies`, `versioncreated`).
    """
    if "text" not in rec:
        try:
            doc = parse_record(rec)
        except FormatProblem as exc:
            raise ValueError(f"ninjs: {exc.reason}") from None
        if doc is not None:
            rid = rec.get("id") or doc.id
            if not isinstance(rid, str) or not rid.strip():
                raise ValueError("ninjs item without 'uri', 'guid' or 'id'")
            return from_document(doc, rid.strip(), loc)
    rid = rec.get("id")
    if isinstance(rid, (int, float)) and not isinstance(rid, bool) and math.isfinite(rid):
        rid = str(rid)
    if not isinstance(rid, str) or not rid.strip():
        raise ValueError("missing field 'id'" if rid is None else "field 'id' must be non-empty text or a number")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("missing field 'text'" if text is None else "field 'text' must be non-empty text")
    if len(text) > MAX_BYTES // 4 and len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise ValueError(f"field 'text' is {too_large(len(text.encode('utf-8', 'surrogatepass')))}")
    date, dateline, source, title = (_text_field(rec, k) for k in ("date", "dateline", "source", "title"))
    for key, value in (("id", rid), ("date", date), ("dateline", dateline), ("source", source), ("title", title)):
        bad = unpaired_surrogate(value or "")
        if bad:
            raise ValueError(f"field {key!r} is {bad}")
    changes: dict[str, Any] = {}
    if date:
        changes["date"] = _date(date)
    if dateline:
        changes["dateline"] = dateline
    if source:
        changes["sources"] = (source,)
    if title:
        changes["title"] = title
    v = parse_version(text.replace("\r\n", "\n").replace("\r", "\n"), rid.strip(), path=loc)
    if "date" in changes:  # the record's date wins, but a year-less dateline day ("LONDON, Jan 13 (Reuters) -") only
        day = nearest(*v.day_written, changes["date"]) if v.day_written else None  # needs its year
        changes["date"], changes["date_from"] = (day, "dateline, year from metadata") if day else (changes["date"], "metadata")
    return replace(v, **changes)


def _text_field(rec: Record, key: str) -> str | None:
    value = rec.get(key)
    if value is None or isinstance(value, str):
        return (value or "").strip() or None
    raise ValueError(f"field {key!r} must be text")


def _date(value: str) -> dt.date:
    try:
        if _DATE.fullmatch(value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise ValueError(f"field 'date' {value!r} is not a real YYYY-MM-DD date")


def _jsonl_records(path: Path, source: str) -> Iterator[Located]:
    """Line by line, so a broken line loses only itself; blank lines are skipped.

    A line is read at most MAX_LINE bytes at a time, so one endless line costs
    only itself, never the memory of the whole file.
    """
    with path.open("rb") as f:
        n = 0
        while raw := f.readline(MAX_LINE + 1):
            n += 1
            loc = f"{source}:{n}"
            if len(raw) > MAX_LINE:
                size = len(raw)
                while not raw.endswith(b"\n") and (raw := f.readline(1024 * 1024)):
                    size += len(raw)
                yield loc, (f"line is {size / (1024 * 1024):.1f} MB, too long for one record"
                            f" (an article may be {MAX_BYTES // (1024 * 1024)} MB)")
                continue
            try:
                line = decode_line(raw, loc, "utf-8-sig" if n == 1 else "utf-8")
            except InputProblem as exc:
                yield loc, exc.reason
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line.strip())
            except json.JSONDecodeError as exc:
                yield loc, f"not valid JSON ({exc.msg}, column {exc.colno})"
                continue
            except RecursionError:
                yield loc, "not usable JSON (nested too deeply)"
                continue
            except ValueError as exc:  # an integer over Python's 4300-digit limit
                yield loc, f"not usable JSON ({str(exc).split(':')[0]})"
                continue
            yield loc, obj if isinstance(obj, dict) else "expected a JSON object"


def _csv_records(path: Path, source: str) -> Iterator[Located]:
    """pandas reads the cells; the csv module says which line each record starts on.

    Both skip blank records and see the header's width; a record with more
    fields than the header is dropped by pandas and reported here.
    """
    table, encoding = _read_table(path, source)
    header = [str(h).strip() for h in table.iloc[0]]
    missing = [c for c in ("id", "text") if c not in header]
    if missing:
        raise InputProblem(source, f"missing column(s): {', '.join(missing)}")
    rows = [r for r in table.iloc[1:].itertuples(index=False) if "".join(c for c in r if isinstance(c, str)).strip()]
    starts = _record_starts(path, source, encoding)[1:]
    if sum(1 for _, width in starts if width <= len(header)) != len(rows):
        raise InputProblem(source, "pandas and the csv module disagree on the records; cannot give line numbers")
    cells = iter(rows)
    for line, width in starts:
        loc = f"{source}:{line}"
        if width > len(header):
            yield loc, f"{width} fields, the header has {len(header)}"
        else:
            yield loc, {k: v for k, v in zip(header, next(cells)) if isinstance(v, str)}


def _read_table(path: Path, source: str) -> tuple[pd.DataFrame, str]:
    """All cells as text, the header as row 0; UTF-8 (BOM allowed), else Windows-1252 like a file."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            table = pd.read_csv(path, header=None, dtype=str, keep_default_na=False, encoding=encoding,
                                on_bad_lines="skip")
            return table, encoding
        except UnicodeDecodeError:
            continue
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
            reason = (str(exc).strip().splitlines() or ["unknown error"])[0]
            raise InputProblem(source, f"cannot parse as CSV: {reason}") from None
    raise InputProblem(source, "not valid UTF-8 nor Windows-1252 text")


def _record_starts(path: Path, source: str, encoding: str) -> list[tuple[int, int]]:
    """(first line, field count) of every non-blank record, the header included."""
    starts: list[tuple[int, int]] = []
    limit = csv.field_size_limit(2**31 - 1)  # any field: an oversized article is refused per record, in _version
    try:
        with path.open(encoding=encoding, newline="") as f:
            reader = csv.reader(f)
            line = 1
            for row in reader:
                if "".join(row).strip():
                    starts.append((line, len(row)))
                line = reader.line_num + 1
    except csv.Error as exc:
        raise InputProblem(source, f"cannot parse as CSV: {exc}") from None
    finally:
        csv.field_size_limit(limit)
    return starts
