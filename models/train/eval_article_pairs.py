#!/usr/bin/env python3
"""Scores NLI models (ONNX dirs) on the hand-written article pairs and on the planted/consistent
pairs of gainsay's annotated article sets.

    python3 models/train/eval_article_pairs.py models/minilm-l6-nli models/minilm-l6-nli-news
    python3 models/train/eval_article_pairs.py --domains councils,crime,science,media DIR...

For each model: accuracy, contradiction F1, per-class recall and contradiction recall per kind on
`article_pairs/*.jsonl` (or the named domains only), and the AUC of the mean two-way
contradiction probability of planted contradictions against consistent pairs over
`tests/data/articles*/expected.json` (how well the model alone separates them; 0.5 is chance).
Pairs are scored one at a time, so dynamically quantized models give their batch-1 outputs.
"""
import argparse
import glob
import json
import os

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


class Model:
    def __init__(self, folder):
        so = ort.SessionOptions()
        so.intra_op_num_threads = 2
        self.sess = ort.InferenceSession(os.path.join(folder, "model.onnx"), so, providers=["CPUExecutionProvider"])
        self.tok = Tokenizer.from_file(os.path.join(folder, "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(256)
        cfg = json.load(open(os.path.join(folder, "config.json")))
        self.labels = [cfg["id2label"][str(i)].lower() for i in range(len(cfg["id2label"]))]
        self.inputs = {i.name for i in self.sess.get_inputs()}

    def probs(self, premise, hypothesis):
        e = self.tok.encode(premise, hypothesis)
        feed = {"input_ids": np.array([e.ids], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask], dtype=np.int64)}
        if "token_type_ids" in self.inputs:
            feed["token_type_ids"] = np.array([e.type_ids], dtype=np.int64)
        logits = self.sess.run(None, feed)[0][0]
        p = np.exp(logits - logits.max())
        return dict(zip(self.labels, (p / p.sum()).tolist()))


def pair_rows(domains):
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "article_pairs", "*.jsonl"))):
        if domains and os.path.basename(path)[:-6] not in domains:
            continue
        rows += [json.loads(line) for line in open(path) if line.strip()]
    return rows


def pair_metrics(model, rows):
    pred = []
    for r in rows:
        p = model.probs(r["premise"], r["hypothesis"])
        pred.append(max(p, key=p.get))
    gold = [r["label"] for r in rows]
    recall = lambda lab: float(np.mean([p == lab for p, g in zip(pred, gold) if g == lab]))
    tp = sum(p == g == "contradiction" for p, g in zip(pred, gold))
    kinds = {}
    for p, r in zip(pred, rows):
        if r["label"] == "contradiction":
            kinds.setdefault(r["kind"], []).append(p == "contradiction")
    return dict(n=len(rows), accuracy=round(float(np.mean([p == g for p, g in zip(pred, gold)])), 3),
                contradiction_f1=round(2 * tp / (pred.count("contradiction") + gold.count("contradiction")), 3),
                recall={lab: round(recall(lab), 3) for lab in ("contradiction", "neutral", "entailment")},
                contradiction_recall_by_kind={k: round(float(np.mean(v)), 2) for k, v in sorted(kinds.items())})


def planted_auc(model):
    pos, neg = [], []
    two_way = lambda a, b: (model.probs(a, b)["contradiction"] + model.probs(b, a)["contradiction"]) / 2
    for path in sorted(glob.glob(os.path.join(REPO, "tests/data/articles*/expected.json"))):
        for art in json.load(open(path))["articles"]:
            pos += [two_way(p["a"], p["b"]) for p in art["contradictions"]]
            neg += [two_way(p["a"], p["b"]) for p in art.get("consistent", [])]
    pos, neg = np.array(pos)[:, None], np.array(neg)[None, :]
    return dict(planted=pos.size, consistent=neg.size,
                auc=round(float(np.mean((pos > neg) + 0.5 * (pos == neg))), 3))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("models", nargs="+")
    ap.add_argument("--domains", default="", help="comma-separated domains (file names); default all")
    ap.add_argument("--no-auc", action="store_true")
    args = ap.parse_args()
    rows = pair_rows(set(filter(None, args.domains.split(","))))
    out = {}
    for folder in args.models:
        m = Model(folder)
        res = pair_metrics(m, rows)
        if not args.no_auc:
            res["planted_vs_consistent"] = planted_auc(m)
        out[folder] = res
        print(folder, json.dumps(res))
    return out


if __name__ == "__main__":
    main()
