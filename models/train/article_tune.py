#!/usr/bin/env python3
"""Stage 2 of the pipeline: tune the news model on hand-written article pairs.

Starts from a stage-1 checkpoint (`--init`, default `work2/ckpt`), mixes the hand-written article-style pairs
(`article_pairs/*.jsonl`: contradictions, related-but-independent neutrals and entailments written as a claim
splitter extracts them from news stories) with a seeded replay sample of the stage-1 training mix, and trains a
fixed number of steps with the stage-1 recipe (AdamW, linear warmup/decay, class weights, frozen word embeddings).
Writes `<work>/ckpt` and `<work>/tune_meta.json`; `nli.py export/eval` take it from there.

    python3 article_tune.py --init work2/ckpt --stage1 work2 --work work3 [--holdout councils,crime,science,media]
"""
import argparse
import glob
import json
import os
import random
import time

import numpy as np

import nli

HERE = os.path.dirname(os.path.abspath(__file__))


def article_rows(folder, domains=None, exclude=()):
    """The hand-written pairs of `folder`, one file per domain; `domains` keeps only those, `exclude` drops some."""
    rows = []
    for path in sorted(glob.glob(os.path.join(folder, "*.jsonl"))):
        domain = os.path.basename(path)[:-len(".jsonl")]
        if (domains is not None and domain not in domains) or domain in exclude:
            continue
        for line in open(path):
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            if r["label"] not in nli.L2I:
                raise ValueError(f"{path}: unknown label {r['label']!r}")
            rows.append(dict(premise=r["premise"], hypothesis=r["hypothesis"], label=r["label"],
                             kind=r.get("kind", ""), story=r["story"], source="article_pairs"))
    return rows


def training_mix(art, stage1_train, n_replay, copies, rng):
    mix = []
    for r in art:
        for _ in range(copies):
            mix.append(r)
        # contradiction and neutral are symmetric: the swapped pair is as true as the original
        if r["label"] != "entailment":
            sw = dict(r, premise=r["hypothesis"], hypothesis=r["premise"])
            for _ in range(copies):
                mix.append(sw)
    idx = rng.choice(len(stage1_train), size=min(n_replay, len(stage1_train)), replace=False)
    mix += [stage1_train[i] for i in sorted(idx)]
    return mix


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--init", default=os.path.join(HERE, "work2/ckpt"))
    ap.add_argument("--stage1", default=os.path.join(HERE, "work2"), help="stage-1 work folder (its data/train.jsonl and tokenizer.json)")
    ap.add_argument("--work", default=os.path.join(HERE, "work3"))
    ap.add_argument("--pairs", default=os.path.join(HERE, "article_pairs"))
    ap.add_argument("--holdout", default="", help="comma-separated domains (file names) left out of training")
    ap.add_argument("--replay", type=int, default=6000)
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--steps", type=int, default=800)
    ap.add_argument("--bs", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()

    import torch
    torch.set_num_threads(args.threads)
    torch.manual_seed(nli.SEED)
    random.seed(nli.SEED)
    np.random.seed(nli.SEED)
    rng = np.random.default_rng(nli.SEED + 20)

    os.makedirs(args.work, exist_ok=True)
    from tokenizers import Tokenizer
    tok = Tokenizer.from_file(os.path.join(args.stage1, "tokenizer.json"))
    tok.no_padding()
    art = article_rows(args.pairs, exclude=set(filter(None, args.holdout.split(","))))
    stage1 = nli.read_jsonl(os.path.join(args.stage1, "data/train.jsonl"))
    mix = training_mix(art, stage1, args.replay, args.copies, rng)
    nli.write_jsonl(os.path.join(args.work, "tune_mix.jsonl"), mix)
    enc = nli.encode_pairs(tok, mix)
    y = np.array([nli.L2I[r["label"]] for r in mix])
    lengths = [len(a) for a, _ in enc]
    counts = np.bincount(y, minlength=3)
    cw = counts.sum() / (3.0 * counts)
    nli.log(f"article pairs {len(art)}, mix {len(mix)}, label counts {dict(zip(nli.LABELS, counts.tolist()))}")

    from transformers import BertForSequenceClassification
    model = BertForSequenceClassification.from_pretrained(args.init, attn_implementation="sdpa")
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    model.train()
    opt = nli.adamw(model, args.lr)
    total, warm = args.steps, max(1, int(0.06 * args.steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (1.0 - s / total) / (1.0 - warm / total))))
    loss_fn = torch.nn.CrossEntropyLoss(weight=torch.tensor(cw, dtype=torch.float32))
    t0, step, losses = time.time(), 0, []
    while step < total:
        for b in nli.length_grouped_batches(lengths, args.bs, rng):
            losses.append(nli.train_step(model, opt, sched, loss_fn, [enc[i] for i in b], y[b]))
            step += 1
            if step % 50 == 0 or step == total:
                nli.log(json.dumps(dict(step=step, total=total, loss=round(float(np.mean(losses)), 4),
                                        elapsed_s=round(time.time() - t0, 1))))
                losses = []
            if step >= total:
                break
    model.save_pretrained(os.path.join(args.work, "ckpt"))
    meta = dict(seed=nli.SEED, init=os.path.relpath(args.init, HERE), article_pairs=len(art), mix=len(mix),
                replay=args.replay, copies=args.copies, steps=total, bs=args.bs, lr=args.lr, warmup_steps=warm,
                holdout=args.holdout, class_weights=dict(zip(nli.LABELS, cw.round(4).tolist())),
                wall_s=round(time.time() - t0, 1), threads=args.threads)
    json.dump(meta, open(os.path.join(args.work, "tune_meta.json"), "w"), indent=1)
    nli.log("done", json.dumps(meta))


if __name__ == "__main__":
    main()
