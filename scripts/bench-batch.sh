#!/usr/bin/env bash
# Throughput and peak memory of `gainsay batch` on generated corpora, and recall of the planted
# cross-document contradictions.
#
#   scripts/bench-batch.sh                 # 1k and 20k documents, 1 and 2 threads
#   SIZES="1000" THREADS="1" scripts/bench-batch.sh
#
# Needs a release build (make build) and python3. Prints one row per run: documents, threads,
# docs/s, NLI pairs/s, peak RSS of the whole run and of the stream alone (--no-cross, 1 thread),
# and
# recall: the share of planted pairs reported as cross-document contradictions.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-${CARGO_TARGET_DIR:-target}/release/gainsay}
SIZES=${SIZES:-"1000 20000"}
THREADS=${THREADS:-"1 2"}
WORK=${WORK:-$(mktemp -d)}
[ -x "$BIN" ] || { echo "no release binary at $BIN (run: cargo build --release)" >&2; exit 1; }

peak_kb() { sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$1"; }

printf '%8s %7s %9s %9s %10s %10s %8s\n' docs threads docs/s pairs/s rss_MB stream_MB recall
for n in $SIZES; do
  dir="$WORK/c$n"
  python3 scripts/gen_corpus.py --docs "$n" --out "$dir" --seed 11
  # The stream alone (no cross pass), to show its memory does not grow with the corpus.
  /usr/bin/time -v "$BIN" batch "$dir/corpus.jsonl" -o "$dir/stream.jsonl" --overwrite \
    --quiet --no-cross 2> "$dir/stream.time"
  for t in $THREADS; do
    out="$dir/out-t$t.jsonl"
    /usr/bin/time -v "$BIN" batch "$dir/corpus.jsonl" -o "$out" --overwrite --threads "$t" \
      --quiet 2> "$dir/full-t$t.time"
    python3 - "$dir" "$t" "$(peak_kb "$dir/full-t$t.time")" "$(peak_kb "$dir/stream.time")" <<'PY'
import json, sys
d, t, rss, stream = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
s = json.load(open(f"{d}/out-t{t}.summary.json"))
planted = [json.loads(l) for l in open(f"{d}/planted.jsonl")]
found = set()
for l in open(f"{d}/out-t{t}.cross.jsonl"):
    c = json.loads(l)
    found |= {(c["doc_a"], c["doc_b"]), (c["doc_b"], c["doc_a"])}
hits = sum((p["doc_a"], p["doc_b"]) in found for p in planted)
# End-to-end recall (retrieval recall, planted pairs offered to NLI, is checked by tests/batch.rs).
r = s["run"]
print(f'{s["documents"]:8d} {t:>7} {r["docs_per_s"]:9.1f} {r["pairs_per_s"]:9.0f} '
      f'{rss/1024:10.1f} {stream/1024:10.1f} {hits/len(planted):8.3f}')
print(f'    cross: {s["cross"]["claims"]} claims, {s["cross"]["candidate_pairs"]} pairs judged of '
      f'{s["cross"]["all_pairs"]}, {s["cross"]["contradictions"]} contradictions, '
      f'{hits}/{len(planted)} planted found; stream {r["stream_s"]:.1f}s, cross {r["cross_s"]:.1f}s',
      file=sys.stderr)
PY
  done
done
echo "work files in $WORK" >&2
