"""Reference probabilities for tests/nli.rs, computed with Python onnxruntime + HF tokenizers.

Each pair is scored alone (batch of one), so the result is what gainsay's reproducible mode
computes even for dynamically quantized models.

    python3 -m pip install onnxruntime==1.32.0 tokenizers numpy
    python3 tests/data/make_nli_reference.py models/minilm-l6-nli > tests/data/nli_reference.json
"""
import json
import sys

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

model_dir = sys.argv[1]
pairs_file = sys.argv[2] if len(sys.argv) > 2 else "tests/data/nli_pairs.jsonl"
config = json.load(open(f"{model_dir}/config.json"))
labels = [config["id2label"][str(i)] for i in range(len(config["id2label"]))]
tok = Tokenizer.from_file(f"{model_dir}/tokenizer.json")
tok.no_padding()
tok.enable_truncation(max_length=config.get("max_seq_length", 512), strategy="only_first")
opts = ort.SessionOptions()
opts.intra_op_num_threads = 1
sess = ort.InferenceSession(f"{model_dir}/model.onnx", opts, providers=["CPUExecutionProvider"])
names = [i.name for i in sess.get_inputs()]
out = []
for line in open(pairs_file):
    p = json.loads(line)
    enc = tok.encode(p["premise"], p["hypothesis"])
    feeds = {
        "input_ids": np.array([enc.ids], dtype=np.int64),
        "attention_mask": np.array([enc.attention_mask], dtype=np.int64),
        "token_type_ids": np.array([enc.type_ids], dtype=np.int64),
    }
    logits = sess.run(None, {n: feeds[n] for n in names})[0][0].astype(np.float64)
    e = np.exp(logits - logits.max())
    probs = e / e.sum()
    out.append({**p, "probs": {labels[i]: float(probs[i]) for i in range(len(labels))}})
json.dump({"model": model_dir, "onnxruntime": ort.__version__, "pairs": out}, sys.stdout, indent=1)
print()
