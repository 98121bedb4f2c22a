"""The dev data split in two, by group: a part we read and a part we only score.

Every labelled pair of ../shared/eval belongs to a group that must not be
split (a SummEdits source document, a VitaminC Wikipedia page, an MRPC
sentence with every pair that shares it). A group's slice comes from a hash
of its key, so it never changes between runs or machines:

- ``read`` (about 70%): failures are read, mechanisms fixed on them; the
  learned verifier (issue 24) trains on it;
- ``unread`` (about 30%): only scored, never read. Its figures say whether a
  fix generalised; the verifier's thresholds are tuned on it.
"""
from __future__ import annotations

import hashlib
from typing import Any

UNREAD_SHARE = 3  # tenths of the groups


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def group_keys(rows: list[dict[str, Any]]) -> dict[str, str]:
    """Each row id -> its group key; MRPC rows that share a sentence (directly or through others) are one group."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    out: dict[str, str] = {}
    for r in rows:
        ds = r["dataset"]
        if ds == "mrpc":
            a, b = find("s:" + _norm(r["a"])), find("s:" + _norm(r["b"]))
            parent[a] = b
        elif ds == "summedits":
            out[r["id"]] = f"summedits:{r.get('doc_id') or r['id'].rsplit('_', 1)[0]}"
        elif ds == "vitaminc":
            out[r["id"]] = f"vitaminc:{r.get('page') or r['id']}"
        else:
            out[r["id"]] = f"{ds}:{r['id']}"
    for r in rows:
        if r["dataset"] == "mrpc":
            out[r["id"]] = "mrpc:" + find("s:" + _norm(r["a"]))
    return out


def slice_of(key: str) -> str:
    digest = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16)
    return "unread" if digest % 10 < UNREAD_SHARE else "read"


def assign(rows: list[dict[str, Any]]) -> dict[str, str]:
    """Each row id -> "read" or "unread"."""
    return {rid: slice_of(key) for rid, key in group_keys(rows).items()}
