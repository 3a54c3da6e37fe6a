#!/usr/bin/env python3
"""Python onnxruntime + HF tokenizers on the same pairs, model and thread count as `gainsay bench`.

Two Python variants, both end to end (tokenize, pad, run, softmax), timed like gainsay (one warm-up
pass, then the median of --repeat passes):
  naive   what a typical notebook does: batches of the inputs in the given order, each tokenized with
          padding to the longest in the batch (tokenizer.json's built-in BatchLongest padding);
  sorted  the same, but tokenized once without padding, sorted by length, padded per batch
          (what gainsay does), for honesty about where the difference comes from.
Prints a table and the ratio gainsay pairs/s / Python pairs/s. Runs the gainsay binary itself; in rounds: gainsay, Python naive and Python sorted run in turn --rounds times (the median per variant is
reported), so a change in machine load hits all three alike."""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer


def load_pairs(path):
    with open(path) as f:
        rows = [json.loads(l) for l in f if l.strip()]
    return [(r["premise"], r["hypothesis"]) for r in rows]


def softmax(x):
    e = np.exp(x - x.max(1, keepdims=True))
    return e / e.sum(1, keepdims=True)


def session(model, threads):
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    return ort.InferenceSession(os.path.join(model, "model.onnx"), so, providers=["CPUExecutionProvider"])


def feeds(sess, ids, mask, types):
    names = {i.name for i in sess.get_inputs()}
    all_ = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
    return {k: v for k, v in all_.items() if k in names}


def naive(sess, tok, pairs, bs):
    """Batches in input order; the tokenizer pads each batch to its longest member."""
    out, real, padded = [], 0, 0
    for s in range(0, len(pairs), bs):
        enc = tok.encode_batch(pairs[s:s + bs])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        types = np.array([e.type_ids for e in enc], dtype=np.int64)
        real += int(mask.sum())
        padded += mask.size
        out.append(softmax(sess.run(None, feeds(sess, ids, mask, types))[0]))
    return np.concatenate(out), real / padded


def length_sorted(sess, tok_nopad, pairs, bs):
    """Tokenize once, sort by length, pad per batch, restore input order."""
    enc = tok_nopad.encode_batch(pairs)
    order = sorted(range(len(enc)), key=lambda i: len(enc[i].ids))
    probs = np.zeros((len(enc), 3), dtype=np.float32)
    real, padded = 0, 0
    for s in range(0, len(order), bs):
        b = order[s:s + bs]
        L = max(len(enc[i].ids) for i in b)
        ids = np.zeros((len(b), L), dtype=np.int64)
        types = np.zeros((len(b), L), dtype=np.int64)
        mask = np.zeros((len(b), L), dtype=np.int64)
        for r, i in enumerate(b):
            n = len(enc[i].ids)
            ids[r, :n] = enc[i].ids
            types[r, :n] = enc[i].type_ids
            mask[r, :n] = 1
        real += int(mask.sum())
        padded += mask.size
        probs[b] = softmax(sess.run(None, feeds(sess, ids, mask, types))[0])
    return probs, real / padded


def timed(fn, repeat):
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True, help="model directory (model.onnx, tokenizer.json)")
    ap.add_argument("--pairs", required=True, help="JSON Lines of {premise, hypothesis}")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--gainsay", required=True, help="the gainsay binary")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--json-out", help="also write the comparison as JSON here")
    a = ap.parse_args()

    pairs = load_pairs(a.pairs)
    tok = Tokenizer.from_file(os.path.join(a.model, "tokenizer.json"))
    tok_nopad = Tokenizer.from_file(os.path.join(a.model, "tokenizer.json"))
    tok_nopad.no_padding()
    sess = session(a.model, a.threads)

    def gainsay_run():
        cmd = [a.gainsay, "bench", "--model", a.model, "--pairs", a.pairs, "--batch-size", str(a.batch_size),
               "--threads", str(a.threads), "--repeat", str(a.repeat), "--format", "json"]
        rep = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        return rep["runs"][0]

    g_runs, t_naive, t_sorted = [], [], []
    for r in range(a.rounds):
        print(f"round {r + 1}/{a.rounds}", file=sys.stderr)
        g_runs.append(gainsay_run())
        t_naive.append(timed(lambda: naive(sess, tok, pairs, a.batch_size), a.repeat))
        t_sorted.append(timed(lambda: length_sorted(sess, tok_nopad, pairs, a.batch_size), a.repeat))
    t_naive, t_sorted = statistics.median(t_naive), statistics.median(t_sorted)
    p_naive, eff_naive = naive(sess, tok, pairs, a.batch_size)
    p_sorted, eff_sorted = length_sorted(sess, tok_nopad, pairs, a.batch_size)
    g_pps = statistics.median(r["pairs_per_s"] for r in g_runs)
    g_share = statistics.median(r["ort_share"] for r in g_runs)
    g_eff = g_runs[0]["padding_efficiency"]

    n = len(pairs)
    py_naive, py_sorted = n / t_naive, n / t_sorted
    res = dict(pairs=n, batch_size=a.batch_size, threads=a.threads, repeat=a.repeat,
               onnxruntime=ort.__version__, loadavg=list(os.getloadavg()),
               gainsay=dict(pairs_per_s=g_pps, ort_share=g_share, padding_efficiency=g_eff,
                            rounds=[r["pairs_per_s"] for r in g_runs]),
               python_naive=dict(pairs_per_s=py_naive, padding_efficiency=eff_naive),
               python_sorted=dict(pairs_per_s=py_sorted, padding_efficiency=eff_sorted),
               ratio_vs_naive=g_pps / py_naive, ratio_vs_sorted=g_pps / py_sorted,
               max_abs_prob_diff_naive_vs_sorted=float(np.abs(p_naive - p_sorted).max()))
    print(f"{n} pairs, batch {a.batch_size}, {a.threads} threads, onnxruntime {ort.__version__} (Python), "
          f"load {os.getloadavg()[0]:.2f}")
    print(f"{'':28} {'pairs/s':>9} {'padding':>8}")
    print(f"{'gainsay (Rust)':28} {g_pps:>9.1f} {100 * g_eff:>7.1f}%   {100 * g_share:.1f}% of time inside ONNX Runtime")
    print(f"{'python naive (input order)':28} {py_naive:>9.1f} {100 * eff_naive:>7.1f}%")
    print(f"{'python length-sorted':28} {py_sorted:>9.1f} {100 * eff_sorted:>7.1f}%")
    print(f"ratio gainsay / python naive:  {res['ratio_vs_naive']:.2f}x")
    print(f"ratio gainsay / python sorted: {res['ratio_vs_sorted']:.2f}x")
    if a.json_out:
        json.dump(res, open(a.json_out, "w"), indent=1)


if __name__ == "__main__":
    sys.exit(main())
