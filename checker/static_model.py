"""The static embedding, read with numpy and `tokenizers` alone: no torch on the fast path.

A static model (`data/static-minilm-256/`, built by scripts/build_static_model.py
with sentence-transformers) is a tokenizer plus one vector per token; a
sentence's vector is the mean of its tokens' vectors, exactly what
sentence-transformers' `StaticEmbedding` computes with an `EmbeddingBag`.
Reading the folder here costs ~50 ms; importing sentence-transformers to do
the same costs 10-17 s on this machine. tests/test_static_model.py checks
that both give the same vectors.
"""
from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np

_DTYPES = {"F16": np.float16, "F32": np.float32, "F64": np.float64, "BF16": None}


class StaticModelError(ValueError):
    """The folder is not a readable static model."""


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """A safetensors file's tensors as numpy arrays (the format: 8-byte header length, JSON header, raw data)."""
    try:
        raw = path.read_bytes()
        (n,) = struct.unpack("<Q", raw[:8])
        header = json.loads(raw[8 : 8 + n])
    except (OSError, struct.error, ValueError) as exc:
        raise StaticModelError(f"{path}: not a readable safetensors file ({exc})") from None
    out: dict[str, np.ndarray] = {}
    base = 8 + n
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES.get(meta.get("dtype"))
        if dtype is None:
            raise StaticModelError(f"{path}: tensor {name} has unsupported dtype {meta.get('dtype')}")
        start, end = meta["data_offsets"]
        out[name] = np.frombuffer(raw, dtype=dtype, count=(end - start) // np.dtype(dtype).itemsize,
                                  offset=base + start).reshape(meta["shape"])
    return out


def is_static_folder(folder: str | Path) -> bool:
    """A sentence-transformers folder whose only module is a StaticEmbedding."""
    modules = Path(folder) / "modules.json"
    if not modules.is_file():
        return False
    try:
        spec = json.loads(modules.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return len(spec) == 1 and str(spec[0].get("type", "")).endswith("StaticEmbedding")


class StaticModel:
    """Tokenizer + token vectors; `encode` mirrors SentenceTransformer.encode(normalize_embeddings=True)."""

    def __init__(self, folder: str | Path) -> None:
        from tokenizers import Tokenizer

        folder = Path(folder)
        path = folder / str(json.loads((folder / "modules.json").read_text(encoding="utf-8"))[0].get("path", ""))
        try:
            self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        except Exception as exc:  # tokenizers raises its own Exception subclass
            raise StaticModelError(f"{path / 'tokenizer.json'}: not a readable tokenizer ({exc})") from None
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        tensors = read_safetensors(path / "model.safetensors")
        if "embedding.weight" not in tensors:
            raise StaticModelError(f"{path / 'model.safetensors'}: no 'embedding.weight' tensor")
        self.weights = tensors["embedding.weight"].astype(np.float32)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length mean token vectors, one row per text (a text without tokens is a zero row)."""
        out = np.zeros((len(texts), self.weights.shape[1]), dtype=np.float32)
        for row, enc in enumerate(self.tokenizer.encode_batch(texts, add_special_tokens=False)):
            if enc.ids:
                out[row] = self.weights[enc.ids].mean(axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)
