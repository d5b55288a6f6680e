"""A tiny random model shaped like training.techniques.make_model, and its trip through the shipping path."""

from __future__ import annotations

from pathlib import Path


def tiny_technique_model():
    """Encoder, span head, technique head: the module names of the shipped model, 32 wide, 2 layers."""
    import torch
    from transformers import BertConfig, BertModel

    config = BertConfig(vocab_size=120, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                        intermediate_size=64, max_position_embeddings=64)

    class Tiny(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = BertModel(config, add_pooling_layer=False)
            self.span_head = torch.nn.Linear(32, 1)
            self.technique_head = torch.nn.Linear(32, 3)

        def forward(self, input_ids, attention_mask):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            return self.span_head(hidden).squeeze(-1), self.technique_head(hidden)

    model = Tiny().eval()
    with torch.no_grad():  # like trained weights: fresh LayerNorms and biases are equal, and the export merges them
        for parameter in model.parameters():
            parameter.add_(0.05 * torch.randn_like(parameter))
    return model


def shipping_path(model, folder: Path) -> tuple[Path, Path, dict[str, int]]:
    """training/techniques.py's export: eager export, onnxruntime fusion, per-channel int8.

    Returns the fused fp32 graph, the int8 graph and the fused-operator counts.
    """
    import torch
    from common import export_onnx, fuse_transformer, quantize_int8

    example = {"input_ids": torch.ones((1, 8), dtype=torch.long), "attention_mask": torch.ones((1, 8), dtype=torch.long)}
    outputs = ["span_logits", "technique_logits"]
    axes = {n: {0: "batch", 1: "sequence"} for n in ("input_ids", "attention_mask", *outputs)}
    raw, fused, int8 = folder / "raw.onnx", folder / "fused.onnx", folder / "int8.onnx"
    export_onnx(model, example, raw, outputs, axes)
    fused_ops = fuse_transformer(raw, fused, num_heads=4, hidden_size=32)
    quantize_int8(fused, int8, per_channel=True)
    return fused, int8, fused_ops
