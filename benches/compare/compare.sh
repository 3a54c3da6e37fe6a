#!/usr/bin/env bash
# Side by side: `gainsay bench` vs Python onnxruntime + tokenizers on the same pairs, model and
# threads. Installs its Python packages from PyPI into target/compare-venv on first use.
#
#   benches/compare/compare.sh                      # defaults below
#   THREADS=1 BATCH=8 PAIRS=512 benches/compare/compare.sh
#   benches/compare/compare.sh --pairs my.jsonl     # your own JSON Lines of {premise, hypothesis}
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
MODEL="${MODEL:-models/minilm-l6-nli}"
THREADS="${THREADS:-2}"
BATCH="${BATCH:-32}"
PAIRS="${PAIRS:-512}"
REPEAT="${REPEAT:-5}"
ROUNDS="${ROUNDS:-3}"
VENV="$ROOT/target/compare-venv"
OUT="$ROOT/target/compare"
PAIRS_FILE=""
if [[ "${1:-}" == "--pairs" ]]; then PAIRS_FILE="$2"; fi

mkdir -p "$OUT"
if ! "$VENV/bin/python" -c "import onnxruntime, tokenizers, numpy" 2>/dev/null; then
    echo "== creating $VENV (onnxruntime==1.32.0, tokenizers, numpy from PyPI)" >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --upgrade pip
    "$VENV/bin/pip" install --quiet "onnxruntime==1.32.0" tokenizers numpy
fi

echo "== building gainsay (release)" >&2
[[ -e .runtime/libonnxruntime.so ]] || bash scripts/fetch-runtime.sh .runtime
cargo build --release --quiet
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/gainsay"

if [[ -z "$PAIRS_FILE" ]]; then
    PAIRS_FILE="$OUT/pairs.jsonl"
    "$BIN" bench --pairs-count "$PAIRS" --write-pairs "$PAIRS_FILE" --format json --repeat 1 \
        --batch-size 1 --threads 1 --model "$MODEL" > /dev/null
fi

echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
"$VENV/bin/python" benches/compare/compare.py --gainsay "$BIN" --model "$MODEL" --pairs "$PAIRS_FILE" \
    --batch-size "$BATCH" --threads "$THREADS" --repeat "$REPEAT" --rounds "$ROUNDS" --json-out "$OUT/compare.json"
