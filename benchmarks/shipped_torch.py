"""The shipped techniques model in torch: the int8 ONNX graph's weights, dequantized into `make_model`.

The speed benchmark compares onnxruntime with torch eager on *the same model*. The fine-tuned
checkpoint (`training/runs/.../best.pt`) is not committed and may have been trained on another
machine, so without it the benchmark rebuilds the torch model from the only copy that ships: every
weight of the fused int8 graph is dequantized ((q - zero_point) * scale) and put back under the
Hugging Face name it came from. The torch model then carries exactly the shipped weights, so the
comparison and the parity figures stay meaningful on a fresh checkout.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

QUANTIZED = "_quantized"


def dequantized(initializers: dict[str, np.ndarray], name: str) -> np.ndarray:
    """A weight stored as `name_quantized` with its (per-tensor or per-channel) scale and zero point."""
    q = initializers[name + QUANTIZED].astype(np.float32)
    zero = initializers[name + "_zero_point"].astype(np.float32)
    return ((q - zero) * initializers[name + "_scale"]).astype(np.float32)


def module_weight_name(node_name: str) -> str:
    """'/encoder/encoder/layer.0/output/dense/MatMul_quant' -> 'encoder.encoder.layer.0.output.dense.weight'."""
    module = node_name.strip("/").rsplit("/", 1)[0]
    return module.replace("/", ".") + ".weight"


def state_dict_from_onnx(model_path: Path) -> dict[str, np.ndarray]:
    """Hugging Face-named fp32 weights of a fused, dynamically quantized encoder graph.

    Plain float initializers already carry their module names (biases, LayerNorm weights);
    quantized embeddings carry theirs with a `_quantized` suffix; MatMulInteger weights are
    named after their node (stored as in x out, torch keeps out x in); each QAttention packs
    the layer's query, key and value projections side by side.
    """
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(model_path)).graph
    initializers = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    state: dict[str, np.ndarray] = {}
    for name, array in initializers.items():
        if name.startswith(("encoder.", "span_head.", "technique_head.")):
            if name.endswith(QUANTIZED):
                weight = name.removesuffix(QUANTIZED)
                state[weight] = dequantized(initializers, weight)
            elif not name.endswith(("_scale", "_zero_point")):
                state[name] = array.astype(np.float32)
    layer = 0
    for node in graph.node:
        if node.op_type == "MatMulInteger":
            weight = node.input[1].removesuffix(QUANTIZED)
            state[module_weight_name(node.name)] = dequantized(initializers, weight).T.copy()
        elif node.op_type == "QAttention":
            prefix = f"encoder.encoder.layer.{layer}.attention.self."
            weights = np.split(dequantized(initializers, node.input[1].removesuffix(QUANTIZED)), 3, axis=1)
            biases = np.split(initializers[node.input[2]], 3)
            for part, weight, bias in zip(("query", "key", "value"), weights, biases):
                state[prefix + part + ".weight"] = weight.T.copy()
                state[prefix + part + ".bias"] = bias.astype(np.float32)
            layer += 1
    return state


def load_shipped_into(model, model_path: Path) -> list[str]:
    """Put the shipped graph's weights into a `training.techniques.make_model` module.

    Returns the parameters left as the base encoder had them: only the pooler, whose
    output the technique heads never read. Any other gap is an error, not a silent
    mix of base and fine-tuned weights.
    """
    import torch

    weights = state_dict_from_onnx(model_path)
    target = model.state_dict()
    unknown = sorted(set(weights) - set(target))
    if unknown:
        raise ValueError(f"ONNX weights with no place in the torch model: {unknown[:5]}")
    for name, array in weights.items():
        if tuple(target[name].shape) != array.shape:
            raise ValueError(f"{name}: ONNX shape {array.shape}, torch shape {tuple(target[name].shape)}")
        target[name] = torch.from_numpy(array)
    untouched = sorted(n for n, _ in model.named_parameters() if n not in weights)
    unexpected = [n for n in untouched if ".pooler." not in n]
    if unexpected:
        raise ValueError(f"torch parameters the ONNX graph does not carry: {unexpected[:5]}")
    model.load_state_dict(target)
    return untouched
