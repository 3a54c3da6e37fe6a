"""Builds the tiny ONNX models in tests/data/tiny/ (plumbing tests, not NLI):

- deberta-like/: inputs input_ids + attention_mask only (no token_type_ids), 3 labels.
- binary/: BERT-style inputs, 2 labels (entailment / not_entailment).

logits = (sum of masked ids) * w + b, so outputs are deterministic and depend on the text.
The tests add the default model's tokenizer.json when they assemble a model folder.

    python3 -m pip install onnx
    python3 tests/data/tiny/make_tiny_models.py
"""
import json
import os

import onnx
from onnx import TensorProto, helper

here = os.path.dirname(os.path.abspath(__file__))


def build(folder, with_type_ids, labels):
    n = len(labels)
    inputs = [
        helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "sequence"]),
        helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "sequence"]),
    ]
    if with_type_ids:
        inputs.append(helper.make_tensor_value_info("token_type_ids", TensorProto.INT64, ["batch", "sequence"]))
    nodes = [
        helper.make_node("Cast", ["input_ids"], ["ids_f"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["ids_f", "mask_f"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axes"], ["total"], keepdims=1),
        helper.make_node("Mul", ["total", "scale"], ["scaled"]),
        helper.make_node("MatMul", ["scaled", "w"], ["mm"]),
        helper.make_node("Add", ["mm", "b"], ["logits"]),
    ]
    if with_type_ids:
        # Use token_type_ids too, so the input is not pruned away.
        nodes[2:2] = [
            helper.make_node("Cast", ["token_type_ids"], ["tt_f"], to=TensorProto.FLOAT),
            helper.make_node("Add", ["mask_f", "tt_f"], ["mask_tt"]),
            helper.make_node("Sub", ["mask_tt", "tt_f"], ["mask_f2"]),
        ]
        nodes[5] = helper.make_node("Mul", ["ids_f", "mask_f2"], ["masked"])
    inits = [
        helper.make_tensor("axes", TensorProto.INT64, [1], [1]),
        helper.make_tensor("scale", TensorProto.FLOAT, [1], [1e-4]),
        helper.make_tensor("w", TensorProto.FLOAT, [1, n], [((-1) ** i) * (i + 1) for i in range(n)]),
        helper.make_tensor("b", TensorProto.FLOAT, [n], [0.1 * i for i in range(n)]),
    ]
    graph = helper.make_graph(
        nodes, "tiny", inputs,
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", n])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    out = os.path.join(here, folder)
    os.makedirs(out, exist_ok=True)
    onnx.save(model, os.path.join(out, "model.onnx"))
    cfg = {"id2label": {str(i): l for i, l in enumerate(labels)}, "max_seq_length": 64}
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump(cfg, f, indent=1)


build("deberta-like", False, ["contradiction", "entailment", "neutral"])
build("binary", True, ["entailment", "not_entailment"])
