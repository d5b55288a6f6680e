"""Run a shipped ONNX model with onnxruntime and a `tokenizers` tokenizer.

Model-backed analyzers keep one `OnnxModel` each, loaded once per process.
Only ONNX graphs and tokenizer JSON are read here: never pickles, never torch.

Every row of a batch runs through the graph alone, cut to its own length. The
shipped graphs are int8 with dynamically quantized activations: onnxruntime's
DynamicQuantizeLinear takes one scale and zero point from the whole activation
tensor (every row and every padding position), so in a padded batch one text's
scores moved with its neighbours and with the padding (toxicity logits up to 1.8
apart between batch sizes 1 and 64). Alone, a row's outputs depend on the row
only: same input, same figures, whatever the batch, the batch size, the worker
count or a resume. On one thread this costs nothing (one short row per call wastes
no work on padding); benchmarks/toxicity.py and benchmarks/techniques.py measure it.
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


#: onnxruntime's pool threads spin between operators by default, waiting for work. Each row
#: runs alone, so a call is many short operators: with spinning, 2 threads used 2x the CPU of
#: one thread for the same rows, and on cores shared with other workers (load average 13 on 2
#: cores) were 2.5-3.5x slower in wall time than with spinning off (0.62-0.66 s vs 1.64-2.31 s
#: for the sentences and comments of one synthetic article). Off, 2 threads cost what 1 does. Spinning never changes the figures.
ALLOW_SPINNING = "0"


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

    def __init__(self, path: Path, threads: int = 0, max_length: int = 256, spinning: bool = False) -> None:
        """`threads` is onnxruntime's intra-op thread count (RunConfig.threads; 0: onnxruntime
        uses every core). It is an argument, not an environment variable, so each worker's
        share of the cores travels with the run's configuration. `spinning` turns onnxruntime's
        busy-waiting threads back on (see ALLOW_SPINNING; benchmarks/nlp_cost.py compares)."""
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.path = Path(path)
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(0, int(threads))
        options.inter_op_num_threads = 1
        spin = "1" if spinning else ALLOW_SPINNING
        options.add_session_config_entry("session.intra_op.allow_spinning", spin)
        options.add_session_config_entry("session.inter_op.allow_spinning", spin)
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
        outputs = self.session.get_outputs()
        self.output_names: list[str] = [o.name for o in outputs]
        #: outputs with a token axis (declared shape [batch, sequence, ...]): padded back to the batch width
        self.token_outputs: frozenset[str] = frozenset(
            o.name for o in outputs if len(o.shape) > 1 and not isinstance(o.shape[1], int)
        )

    def tokenize(self, texts: Sequence[str], pairs: Sequence[str] | None = None, max_length: int | None = None) -> Batch:
        """Tokenize with truncation to `max_length` (default: the model's), pad to the longest in the batch."""
        self.tokenizer.enable_truncation(max_length or self.max_length)
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

    def run(self, batch: Batch, names: Sequence[str] | None = None) -> list[np.ndarray]:
        """One forward pass per row; returns the graph's outputs (or `names`) in order."""
        return self.run_arrays(batch.input_ids, batch.attention_mask, names)

    def run_arrays(
        self, input_ids: np.ndarray, attention_mask: np.ndarray, names: Sequence[str] | None = None
    ) -> list[np.ndarray]:
        """Outputs for right-padded rows, each row run alone and unpadded (see the module doc).

        Per-text outputs are stacked; token outputs are zero-padded back to the batch width,
        so callers see the shapes a batched call would give.
        """
        wanted = list(names) if names is not None else self.output_names
        width = input_ids.shape[1]
        lengths = [max(1, int(n)) for n in attention_mask.sum(axis=1)]
        rows = [self._run_row(input_ids[r : r + 1, :n], attention_mask[r : r + 1, :n], wanted)
                for r, n in enumerate(lengths)]
        return [
            _stack([row[k] for row in rows], width if name in self.token_outputs else None)
            for k, name in enumerate(wanted)
        ]

    def _run_row(self, ids: np.ndarray, mask: np.ndarray, names: list[str]) -> list[np.ndarray]:
        feeds: dict[str, np.ndarray] = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        outputs: list[np.ndarray] = self.session.run(names, {k: v for k, v in feeds.items() if k in self.input_names})
        return outputs


def _stack(rows: list[np.ndarray], width: int | None) -> np.ndarray:
    """Concatenate per-row outputs (batch axis first); `width`: pad the token axis to it first."""
    if not rows:
        return np.zeros((0,), dtype=np.float32)
    if width is not None:
        rows = [np.pad(r, [(0, 0), (0, width - r.shape[1])] + [(0, 0)] * (r.ndim - 2)) for r in rows]
    return np.concatenate(rows, axis=0)


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
