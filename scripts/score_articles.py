#!/usr/bin/env python3
"""Scores `gainsay analyze` on an annotated article set (tests/data/articles*/expected.json).

Prints pair recall/precision, consistent pairs flagged, and the scores of planted vs other pairs,
so thresholds can be chosen on the dev set and checked on the test set.

    python3 scripts/score_articles.py tests/data/articles-dev [extra analyze flags...]
"""
import json
import subprocess
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
bin_ = root / "target/release/gainsay"
folder = Path(sys.argv[1])
extra = sys.argv[2:]
exp = json.loads((folder / "expected.json").read_text())


def claim_at(doc, needle):
    # Spans are byte offsets into the UTF-8 text.
    at = doc["text"].encode().find(needle.encode())
    if at < 0:
        return None
    for c in doc["claims"]:
        if c["span"]["start"] <= at < c["span"]["end"]:
            return c["id"]
    return None


tot = dict(planted=0, found=0, predicted=0, consistent=0, st=0, st_ok=0)
true_scores, false_scores = [], []
for art in exp["articles"]:
    path = folder / art["file"]
    out = subprocess.run([str(bin_), "analyze", str(path), "--format", "json", *extra],
                         capture_output=True, text=True, check=True)
    r = json.loads(out.stdout)
    doc = r["documents"][0]
    byid = {c["id"]: c for c in doc["claims"]}
    pairs = {frozenset((x["a"], x["b"])): x for x in r["contradictions"]}
    planted = {frozenset((claim_at(doc, p["a"]), claim_at(doc, p["b"]))) for p in art["contradictions"]}
    consistent = {frozenset((claim_at(doc, p["a"]), claim_at(doc, p["b"]))) for p in art.get("consistent", [])}
    tot["planted"] += len(planted)
    tot["found"] += len(planted & set(pairs))
    tot["predicted"] += len(pairs)
    tot["consistent"] += len(consistent & set(pairs))
    for k, x in pairs.items():
        (true_scores if k in planted else false_scores).append((round(x["score"], 2), round(x["relatedness"], 2)))
        if k not in planted and "-v" in sys.argv[0:1] + extra:
            pass
    for note in art.get("speakers", []):
        cid = claim_at(doc, note["claim"])
        sp = byid[cid].get("speaker") if cid else None
        got = sp["name"] if sp else None
        want = note["speaker"]
        # Same rule as tests/analyze.rs: equal, or one ends with the other (case-insensitive).
        ok = (got is None and want is None) or (
            got is not None and want is not None
            and (got.lower() == want.lower() or got.lower().endswith(want.lower()) or want.lower().endswith(got.lower())))
        tot["sp"] = tot.get("sp", 0) + 1
        tot["sp_ok"] = tot.get("sp_ok", 0) + ok
        if not ok:
            print(f"SPEAKER {art['file']}: {note['claim'][:50]!r} got {got!r} want {want!r}")
    for k in planted - set(pairs):
        ids = sorted(i for i in k if i)
        print(f"MISSED {art['file']}: " + " || ".join(byid[i]["content"][:70] for i in ids if i in byid))
    for k in set(pairs) - planted:
        ids = sorted(k)
        print(f"FALSE  {art['file']} {pairs[k]['score']:.2f} {pairs[k].get('clash')}: " + " || ".join(byid[i]["content"][:60] for i in ids))
    t = art.get("target")
    if t:
        out = subprocess.run([str(bin_), "analyze", str(path), "--format", "json", "--target", t["text"], *extra],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout)
        doc = r["documents"][0]
        byid = {c["id"]: c for c in doc["claims"]}
        for lab in ("favor", "against", "none"):
            for needle in t.get(lab, []):
                cid = claim_at(doc, needle)
                got = byid[cid]["stance"][0]["label"] if cid and byid[cid]["stance"] else "none"
                tot["st"] += 1
                tot["st_ok"] += got == lab
                if got != lab:
                    sc = byid[cid]["stance"][0]["scores"] if cid and byid[cid]["stance"] else None
                    print(f"STANCE {art['file']}: {needle[:50]!r} got {got} want {lab} {sc}")
rec = tot["found"] / max(1, tot["planted"])
prec = tot["found"] / max(1, tot["predicted"])
print(json.dumps(tot))
print(f"recall {rec:.3f} precision {prec:.3f} stance {tot['st_ok']/max(1,tot['st']):.3f} "
      f"speaker {tot.get('sp_ok', 0)/max(1, tot.get('sp', 0)):.3f}")
print("true scores ", sorted(true_scores))
print("false scores", sorted(false_scores))
