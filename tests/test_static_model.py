"""The static embedding read with numpy gives sentence-transformers' vectors, without importing torch."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from checker.embed import Embedder, ModelUnavailable, static_model_path
from checker.static_model import StaticModel, is_static_folder

SENTENCES = [
    "Russian Deputy Foreign Minister Alexander Grushko told reporters in Brussels.",
    "The pound fell 2.3% to $1.1337 on Tuesday, its lowest since 1985.",
    "« Naïve » café owners in Zürich said: “we’re not leaving”.",
    "word " * 700,  # longer than any transformer's window: a static model has none
]


@pytest.mark.model
def test_vectors_equal_sentence_transformers_static_embedding():
    from sentence_transformers import SentenceTransformer

    # the shipped weights are float16; sentence-transformers then averages in float16 (rounding ~2e-4),
    # the numpy path in float32, so the reference is the same module run in float32
    reference = SentenceTransformer(static_model_path(), device="cpu").float()
    expected = reference.encode(SENTENCES, normalize_embeddings=True, convert_to_numpy=True)
    got = StaticModel(static_model_path()).encode(SENTENCES)
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, atol=1e-5)


def test_a_text_without_tokens_is_a_zero_vector_not_nan():
    got = StaticModel(static_model_path()).encode(["", "   "])
    assert np.all(got == 0)


def test_the_static_path_never_imports_torch_or_sentence_transformers():
    code = (
        "import sys\n"
        "from checker.embed import Embedder, static_model_path\n"
        "v = Embedder(static_model_path()).encode(['The pound fell on Tuesday.'])\n"
        "assert v.shape == (1, 256)\n"
        "print(sorted(m for m in ('torch', 'transformers', 'sentence_transformers') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_only_a_single_static_module_folder_is_read_with_numpy(tmp_path):
    assert is_static_folder(static_model_path())
    assert not is_static_folder(tmp_path)


def test_an_unreadable_model_folder_is_one_line_naming_it(tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "modules.json").write_text('[{"idx": 0, "name": "0", "path": "", "type": "x.StaticEmbedding"}]')
    (folder / "tokenizer.json").write_text("not json")
    with pytest.raises(ModelUnavailable, match="broken") as err:
        Embedder(str(folder)).encode(["a sentence"])
    assert "\n" not in str(err.value)


def test_a_missing_model_folder_is_named(tmp_path):
    with pytest.raises(ModelUnavailable, match="nowhere"):
        Embedder(str(tmp_path / "nowhere")).encode(["a sentence"])
