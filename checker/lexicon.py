"""The lexicons under data/, loaded once per process.

Each file is documented in data/README.md. `WIRECHECK_DATA` points at another
folder; extra lexicon files from the configuration are merged in by
`Lexicons.extend`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(os.environ.get("WIRECHECK_DATA", Path(__file__).resolve().parent.parent / "data"))


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line)
    return out


def read_words(path: Path) -> set[str]:
    return {line.strip().lower() for line in _lines(path)}


def read_section(path: Path, heading: str) -> set[str]:
    """The words of one section of a word list: those after the comment line that holds `heading`, up to the next
    comment line of "=" that follows a word."""
    if not path.exists():
        return set()
    out: set[str] = set()
    inside = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#"):
            if heading in line:
                inside = True
            elif inside and out and "====" in line:
                break
        elif inside and line:
            out.add(line.lower())
    return out


def read_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in _lines(path):
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].strip() and parts[1].strip():
            pairs.append((parts[0].strip().lower(), parts[1].strip().lower()))
    return pairs


@dataclass(eq=False)  # hashed by identity: caches key on the loaded instance
class Lexicons:
    spelling: dict[str, str] = field(default_factory=dict)  # uk -> us
    aliases: dict[tuple[str, ...], str] = field(default_factory=dict)  # token keys -> canonical
    alias_max: int = 1
    places: dict[str, str] = field(default_factory=dict)  # name -> type
    parents: dict[str, set[str]] = field(default_factory=dict)  # place -> the places it lies in, one level up
    titles: set[str] = field(default_factory=set)
    portfolios: set[str] = field(default_factory=set)  # the titles that name a field ("foreign"), not an office
    honorifics: set[str] = field(default_factory=set)
    contractions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    negation: set[str] = field(default_factory=set)
    antonyms: dict[str, set[str]] = field(default_factory=dict)
    hedges: dict[tuple[str, ...], str] = field(default_factory=dict)  # phrase tokens -> approx|lower|upper
    org_words: set[str] = field(default_factory=set)
    units: dict[str, str] = field(default_factory=dict)
    currencies: dict[str, str] = field(default_factory=dict)
    scales: dict[str, float] = field(default_factory=dict)
    # mutually exclusive values of one attribute; each value a set of words that name it ("positive|favourable")
    contrast_sets: list[tuple[frozenset[str], ...]] = field(default_factory=list)
    unaffiliated: set[tuple[str, ...]] = field(default_factory=set)  # "free agent": on no team
    nicknames: dict[str, set[str]] = field(default_factory=dict)  # given name <-> familiar forms ("henry" / "hank")
    given_names: set[str] = field(default_factory=set)  # "jack", "grace": a name of common words that is a person's
    folders: list[Path] = field(default_factory=list)  # merged so far, in order

    @property
    def aliases_text(self) -> frozenset[str]:
        """Every alias variant as plain text ("north atlantic treaty organisation"), for membership tests."""
        if not hasattr(self, "_aliases_text") or self._aliases_len != len(self.aliases):
            self._aliases_text = frozenset(" ".join(k) for k in self.aliases)
            self._aliases_len = len(self.aliases)
        return self._aliases_text

    def extend(self, folder: Path) -> None:
        """Merge every lexicon file found in `folder` into this one (once per folder)."""
        if Path(folder).resolve() in self.folders:
            return
        self.folders.append(Path(folder).resolve())
        for uk, us in read_pairs(folder / "spelling_uk_us.tsv") + read_pairs(folder / "spelling_extra.tsv"):
            self.spelling[uk] = us
        for variant, canon in read_pairs(folder / "aliases.tsv"):
            key = tuple(variant.split())
            self.aliases[key] = canon
            self.alias_max = max(self.alias_max, len(key))
        for name, kind in read_pairs(folder / "places.tsv"):
            self.places[name] = kind
        for child, parent in read_pairs(folder / "place_parents.tsv"):
            self.parents.setdefault(child, set()).add(parent)
        self.titles |= read_words(folder / "titles.txt")
        self.portfolios |= read_section(folder / "titles.txt", "Government portfolios")
        self.honorifics |= read_words(folder / "honorifics.txt")
        for short, long in read_pairs(folder / "contractions.tsv"):
            self.contractions[short.replace("’", "'")] = tuple(long.split())
        self.negation |= read_words(folder / "negation.txt")
        for x, y in read_pairs(folder / "antonyms.tsv"):
            self.antonyms.setdefault(x, set()).add(y)
            self.antonyms.setdefault(y, set()).add(x)
        for phrase, kind in read_pairs(folder / "hedges.txt"):
            self.hedges[tuple(phrase.split())] = kind
        self.org_words |= read_words(folder / "org_words.txt")
        for variant, canon in read_pairs(folder / "units.tsv"):
            self.units[variant] = canon
        for variant, canon in read_pairs(folder / "currencies.tsv"):
            self.currencies[variant] = canon
        for line in _lines(folder / "contrast_sets.txt"):
            values = tuple(frozenset(w for w in value.lower().split("|") if w) for value in line.split())
            if len(values) > 1:
                self.contrast_sets.append(values)
        self.unaffiliated |= {tuple(phrase.split()) for phrase in read_words(folder / "unaffiliated.txt")}
        self.given_names |= set(read_words(folder / "given_names.txt"))
        for full, short in read_pairs(folder / "nicknames.tsv"):
            self.nicknames.setdefault(full, set()).add(short)
            self.nicknames.setdefault(short, set()).add(full)
        for variant, mult in read_pairs(folder / "scales.tsv"):
            try:
                self.scales[variant] = float(mult)
            except ValueError:
                continue


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    lex = Lexicons()
    lex.extend(DATA_DIR)
    return lex


def affiliations() -> frozenset[str]:
    """Words that say whose an office is: places, the bodies aliases stand for, organisation words ("Minnesota",
    "us", "ministry"). Rebuilt when the configuration merges more lexicons in."""
    lex = lexicons()
    return _affiliations(lex, len(lex.folders))


@lru_cache(maxsize=4)
def _affiliations(lex: Lexicons, _generation: int) -> frozenset[str]:
    return frozenset(lex.places) | frozenset(lex.aliases.values()) | frozenset(lex.org_words)
