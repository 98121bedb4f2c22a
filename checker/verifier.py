"""The learned second opinion: a small cross-encoder that reads two versions of a sentence and scores how likely
they disagree on a fact.

It was trained by `scripts/train_verifier.py` from the packaged all-MiniLM-L6-v2 with its word embeddings
frozen, so `data/verifier/` ships only the trained layers and the head (fp16) and the word embeddings are read
from the packaged model. It runs here in numpy (no torch), on the input `a [SEP] b` in which every run of words
that differs between the two sentences is wrapped in « » on both sides (`mark_changes`): the marking tells the
model where to look, and was the largest single gain in training.
"""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent.parent / "data" / "verifier"
OPEN, CLOSE = "«", "»"
_TOKEN = re.compile(r"\w+(?:[.,'’-]\w+)*|[^\w\s]")


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _wrap(text: str, toks: list[re.Match[str]], runs: list[tuple[int, int]]) -> str:
    """`text` with each run of tokens [i, j) wrapped in « »; an empty run (words the other side has and this one
    lacks) leaves an empty pair where they would be."""
    out, at = [], 0
    for i, j in runs:
        if j == i:
            pos = toks[i].start() if i < len(toks) else len(text.rstrip())
            out += [text[at:pos], OPEN + CLOSE + (" " if i < len(toks) else "")]
            at = pos
            continue
        start, end = toks[i].start(), toks[j - 1].end()
        out += [text[at:start], OPEN, text[start:end], CLOSE]
        at = end
    out.append(text[at:])
    return "".join(out)


def changed_runs(a: str, b: str) -> tuple[list[tuple[int, int, int, int]], list[re.Match[str]], list[re.Match[str]]]:
    """The runs of words that differ (case folded): (a start, a end, b start, b end) token indices, and the tokens."""
    ta, tb = _tokens(a), _tokens(b)
    wa = [t.group().casefold() for t in ta]
    wb = [t.group().casefold() for t in tb]
    ops = difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in ops if tag != "equal"], ta, tb


def mark_changes(a: str, b: str) -> tuple[str, str]:
    """Both sentences with every changed run of words wrapped in « »: ("rose «0.3» per cent", "rose «0.5» percent")."""
    runs, ta, tb = changed_runs(a, b)
    return _wrap(a, ta, [(i, j) for i, j, _, _ in runs]), _wrap(b, tb, [(i, j) for _, _, i, j in runs])


def changed_words(a: str, b: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Character span of the changed words in each sentence (first to last changed run), or None for a side
    that only lost or gained nothing."""
    runs, ta, tb = changed_runs(a, b)
    sa = [(ta[i].start(), ta[j - 1].end()) for i, j, _, _ in runs if j > i]
    sb = [(tb[i].start(), tb[j - 1].end()) for _, _, i, j in runs if j > i]
    return ((sa[0][0], sa[-1][1]) if sa else None, (sb[0][0], sb[-1][1]) if sb else None)


def tokenizer(base: Path, max_len: int) -> Any:
    """The packaged model's tokenizer, truncating a pair to `max_len` tokens and padding nothing."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(base / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_len)
    return tok


def encode_pairs(tok: Any, pairs: list[tuple[str, str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Token ids, segment ids and attention mask of the marked pairs, padded to the longest: what the model reads,
    in training and at run time."""
    encs = tok.encode_batch([mark_changes(a, b) for a, b in pairs])
    width = max(len(e.ids) for e in encs)
    ids = np.zeros((len(encs), width), dtype=np.int64)
    types = np.zeros_like(ids)
    mask = np.zeros_like(ids)
    for r, e in enumerate(encs):
        ids[r, : len(e.ids)], types[r, : len(e.ids)], mask[r, : len(e.ids)] = e.ids, e.type_ids, 1
    return ids, types, mask


def _layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b


def _gelu(x: np.ndarray) -> np.ndarray:
    """The tanh form of GELU, which the verifier was trained with (transformers' "gelu_new")."""
    inner = x * (np.float32(0.7978845608028654) + np.float32(0.7978845608028654 * 0.044715) * x * x)
    return np.float32(0.5) * x * (np.float32(1.0) + np.tanh(inner))


@dataclass
class Verifier:
    """The trained cross-encoder, in numpy; `score` gives each sentence pair a probability of disagreeing."""

    weights: dict[str, np.ndarray]
    tokenizer: Any
    heads: int
    layers: int
    max_len: int
    threshold: float  # the strict threshold: a warning above it
    card: dict[str, Any]

    def _forward(self, ids: np.ndarray, types: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Logits of a padded batch. Every product is a 2-D or contiguous batched matmul, so BLAS does the work."""
        w = self.weights
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][: ids.shape[1]] \
            + w["embeddings.token_type_embeddings.weight"][types]
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        n, t, d = x.shape
        h, hd = self.heads, d // self.heads
        x = x.reshape(n * t, d)
        bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        scale = np.float32(1.0 / np.sqrt(hd))
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            qkv = x @ w[p + "qkv.T"] + w[p + "qkv.bias"]  # (n*t, 3d)
            qkv = qkv.reshape(n, t, 3, h, hd).transpose(2, 0, 3, 1, 4)  # (3, n, h, t, hd)
            q, k, v = (np.ascontiguousarray(m) for m in qkv)
            s = np.matmul(q * scale, k.transpose(0, 1, 3, 2).copy()) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = np.matmul(s, v).transpose(0, 2, 1, 3).reshape(n * t, d)
            x = _layer_norm(ctx @ w[p + "attention.output.dense.T"] + w[p + "attention.output.dense.bias"] + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            y = _gelu(x @ w[p + "intermediate.dense.T"] + w[p + "intermediate.dense.bias"])
            y = y @ w[p + "output.dense.T"] + w[p + "output.dense.bias"]
            x = _layer_norm(y + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        cls = x.reshape(n, t, d)[:, 0]
        return (cls @ w["head.weight"].T + w["head.bias"])[:, 0]

    def encode(self, pairs: list[tuple[str, str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return encode_pairs(self.tokenizer, pairs)

    def logits(self, pairs: list[tuple[str, str]], batch: int = 32) -> np.ndarray:
        out = np.zeros(len(pairs), dtype=np.float32)
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))  # little padding
        for s in range(0, len(order), batch):
            idx = order[s: s + batch]
            out[idx] = self._forward(*self.encode([pairs[i] for i in idx]))
        return out

    def score(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        """Probability that each (a, b) disagrees on a fact."""
        if not pairs:
            return np.zeros(0, dtype=np.float32)
        return 1.0 / (1.0 + np.exp(-self.logits(pairs)))


def base_model_path() -> Path:
    from .embed import minilm_model_path

    return Path(minilm_model_path())


def load(folder: Path = HERE, base: Path | None = None) -> Verifier:
    """The shipped verifier: trained layers from `folder`, word embeddings and tokenizer from the packaged MiniLM."""
    from safetensors import safe_open

    card = json.loads((folder / "verifier.json").read_text())
    base = base or base_model_path()
    with np.load(folder / "weights.npz") as z:
        weights = {k: z[k].astype(np.float32) for k in z.files}
    with safe_open(str(base / "model.safetensors"), framework="np") as f:
        for key in f.keys():
            if key == "embeddings.word_embeddings.weight":
                weights[key] = f.get_tensor(key).astype(np.float32)
    for i in range(card["layers"]):  # weights laid out once for the products _forward does
        p = f"encoder.layer.{i}."
        parts = [p + f"attention.self.{m}" for m in ("query", "key", "value")]
        weights[p + "qkv.T"] = np.ascontiguousarray(np.concatenate([weights[m + ".weight"] for m in parts]).T)
        weights[p + "qkv.bias"] = np.concatenate([weights[m + ".bias"] for m in parts])
        for m in ("attention.output.dense", "intermediate.dense", "output.dense"):
            weights[p + m + ".T"] = np.ascontiguousarray(weights[p + m + ".weight"].T)
    return Verifier(weights, tokenizer(base, card["max_len"]), card["heads"], card["layers"], card["max_len"],
                    card["threshold"], card)


@lru_cache(maxsize=1)
def shared() -> Verifier | None:
    """The verifier, loaded once per process; None where it is not shipped (a checkout without data/verifier)."""
    if not (HERE / "weights.npz").exists():
        return None
    return load()
