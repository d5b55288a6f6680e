"""Run a shipped ONNX model with onnxruntime and a `tokenizers` tokenizer.

Model-backed analyzers keep one `OnnxModel` each, loaded once per process.
Only ONNX graphs and tokenizer JSON are read here: never pickles, never torch.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

#: Where shipped models live: one folder per model, each with model.onnx,
#: tokenizer.json, config.json and a MODEL_CARD.md.
MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


class ModelMissing(FileNotFoundError):
    """A shipped model file is not where the package expects it."""


@dataclass
class Batch:
    """Tokenized inputs, padded to one length, plus offsets back into the strings."""

    input_ids: np.ndarray
    attention_mask: np.ndarray
    offsets: list[list[tuple[int, int]]]
    word_ids: list[list[int | None]]


def model_dir(name: str) -> Path:
    """The folder of a shipped model, checked to exist."""
    path = MODELS_DIR / name
    if not (path / "model.onnx").exists():
        raise ModelMissing(f"shipped model {name!r} not found at {path}")
    return path


class OnnxModel:
    """An ONNX graph plus its tokenizer and config, ready for batched inference."""

    def __init__(self, path: Path, threads: int = 0, max_length: int = 256) -> None:
        """`threads` is onnxruntime's intra-op thread count (RunConfig.threads; 0: onnxruntime
        uses every core). It is an argument, not an environment variable, so each worker's
        share of the cores travels with the run's configuration."""
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.path = Path(path)
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(0, int(threads))
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(
            str(self.path / "model.onnx"), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(self.path / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        config_path = self.path / "config.json"
        self.config: dict[str, Any] = json.loads(config_path.read_text()) if config_path.exists() else {}
        self.max_length = int(self.config.get("max_length", max_length))
        self.input_names = {i.name for i in self.session.get_inputs()}

    def tokenize(self, texts: Sequence[str], pairs: Sequence[str] | None = None) -> Batch:
        """Tokenize with truncation to `max_length`, pad to the longest in the batch."""
        self.tokenizer.enable_truncation(self.max_length)
        try:
            if pairs is None:
                encodings = self.tokenizer.encode_batch(list(texts))
            else:
                encodings = self.tokenizer.encode_batch(list(zip(texts, pairs)))
        finally:
            self.tokenizer.no_truncation()
        width = max((len(e.ids) for e in encodings), default=0)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        return Batch(
            input_ids=ids,
            attention_mask=mask,
            offsets=[list(e.offsets) for e in encodings],
            word_ids=[list(e.word_ids) for e in encodings],
        )

    def run(self, batch: Batch) -> list[np.ndarray]:
        """One forward pass; returns the graph's outputs in order."""
        feeds: dict[str, np.ndarray] = {
            "input_ids": batch.input_ids,
            "attention_mask": batch.attention_mask,
        }
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(batch.input_ids)
        outputs: list[np.ndarray] = self.session.run(None, {k: v for k, v in feeds.items() if k in self.input_names})
        return outputs


@cache
def load_shipped(name: str, threads: int = 0) -> OnnxModel:
    """The shipped model `name`, loaded once per process (per thread count)."""
    return OnnxModel(model_dir(name), threads=threads)


def sigmoid(x: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-x))
    return out


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    shifted = x - x.max(axis=axis, keepdims=True)
    e = np.exp(shifted)
    out: np.ndarray = e / e.sum(axis=axis, keepdims=True)
    return out
