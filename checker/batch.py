"""Which stories a `check` run covers: the files of one story, story folders, or a list file.

    wirecheck check v1.txt v2.txt          one story, the first file the reference
    wirecheck check stories/*/             each folder one story, its versions sorted by name
    wirecheck check --stories today.txt    one folder, or one space-separated list of files, per line

A folder's versions are its article files (`ingest.VERSION_SUFFIXES`) in
name order; a JSON file that is not a ninjs article (a `gold.json`, an
`expect.json`) is not a version, and neither is any other file. Blank lines
and lines starting with ``#`` in a list file are skipped; relative paths in it
are taken from the current directory, as a shell would.
"""
from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path

from .ingest import VERSION_SUFFIXES, InputProblem, decode
from .wire_formats import sniff


@dataclass(frozen=True)
class StorySpec:
    """One story to check: a name for the report and its version files, the reference first."""

    name: str
    paths: tuple[str, ...]
    source: str  # where it was named: the folder, "list.txt:3", or the command line


def story_files(folder: Path) -> list[str]:
    """The version files of a story folder, in name order."""
    out = []
    for f in sorted(folder.iterdir(), key=lambda f: f.name):
        if not f.is_file() or f.name.startswith(".") or f.suffix.lower() not in VERSION_SUFFIXES:
            continue
        if f.suffix.lower() == ".json":
            try:
                if sniff(decode(f.read_bytes()[:65536], str(f))) != "ninjs":
                    continue  # gold.json, expect.json, a config: not an article
            except (InputProblem, OSError):
                pass  # let reading the version say what is wrong with it
        out.append(str(f))
    return out


def folder_story(folder: str, source: str | None = None) -> StorySpec:
    p = Path(folder)
    return StorySpec(p.resolve().name if p.name in ("", ".", "..") else p.name, tuple(story_files(p)), source or folder)


def collect(paths: tuple[str, ...], stories_file: str | None) -> tuple[list[StorySpec], bool]:
    """The stories named on the command line, and whether they are a batch (folders or a list) or one story.

    A mix of folders and files is refused: it is ambiguous which files belong
    to which story.
    """
    folders = [p for p in paths if p != "-" and Path(p).is_dir()]
    if folders and len(folders) != len(paths):
        loose = next(p for p in paths if p not in folders)
        raise InputProblem(loose, "give either the files of one story or story folders, not both")
    specs = [folder_story(f) for f in folders]
    if stories_file is not None:
        specs += read_list(stories_file)
    if folders or stories_file is not None:
        return specs, True
    name = "stdin" if paths and paths[0] == "-" else Path(paths[0]).name if paths else ""
    return [StorySpec(name, tuple(paths), "command line")], False


def read_list(path: str) -> list[StorySpec]:
    """A list file: each line one story folder, or the version files of one story separated by spaces."""
    try:
        text = decode(Path(path).read_bytes(), path) if path != "-" else None
    except OSError as exc:
        raise InputProblem(path, f"cannot read: {exc.strerror or exc}") from None
    if text is None:
        raise InputProblem(path, "--stories reads a file; '-' is for a version read from standard input")
    specs: list[StorySpec] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{n}"
        try:
            parts = shlex.split(line)
        except ValueError as exc:
            raise InputProblem(where, f"cannot split the line into paths ({exc})") from None
        if len(parts) == 1 and Path(parts[0]).is_dir():
            specs.append(folder_story(parts[0], where))
        else:
            specs.append(StorySpec(Path(parts[0]).name, tuple(parts), where))
    if not specs:
        raise InputProblem(path, "lists no story")
    return specs
