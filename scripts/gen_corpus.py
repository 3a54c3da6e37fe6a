#!/usr/bin/env python3
"""Generate a synthetic news corpus with planted cross-document contradictions (stdlib only).

    python3 scripts/gen_corpus.py --docs 10000 --out corpus/          # corpus/corpus.jsonl
    python3 scripts/gen_corpus.py --docs 200 --out corpus/ --format dir  # corpus/docs/*.txt

Writes the corpus and `planted.jsonl`: one line per planted pair, {"doc_a", "doc_b", "text_a",
"text_b", "template"}. Each pair is about an invented name that appears nowhere else, stated one
way in one document and the opposite way in another, so a cross-document pass that finds it is
measured by recall over these pairs. Filler sentences are about each document's own invented
place, so they rarely relate across documents. The same --seed gives the same corpus.
"""

import argparse
import json
import os
import random

SYLLABLES = ["var", "holt", "quen", "by", "mar", "tel", "dor", "wick", "fen", "ley", "brom", "ast",
             "kel", "vin", "sor", "rath", "pel", "gard", "tun", "mo", "ris", "cal", "den", "oth",
             "lun", "bar", "esk", "wyn", "tor", "ilm"]

# (statement, its contradiction); {x} is the pair's own invented name.
PLANTED = [
    ("The {x} talks collapsed on Monday.", "A framework deal was agreed at the {x} talks on Monday."),
    ("The {x} bridge will reopen in May.", "The {x} bridge will not reopen in May."),
    ("{x} Holdings will cut 500 jobs at its plant.", "{x} Holdings will not cut any jobs at its plant."),
    ("The mayor of {x} resigned on Friday.", "The mayor of {x} did not resign."),
    ("Three workers died in the fire at the {x} factory.", "Nobody was hurt in the fire at the {x} factory."),
    ("The {x} festival has been cancelled.", "The {x} festival will go ahead as planned."),
    ("The {x} hospital will close next year.", "The {x} hospital will stay open."),
    ("Turnout in the {x} election was the highest on record.", "Turnout in the {x} election was the lowest on record."),
]

SPEAKERS = ["", "", "a council spokesperson said", "officials said", "the union said",
            "Maria Lindqvist told reporters", "a company statement said", "police said"]

FILLER = [
    "Residents of {z} gathered for the weekly market.",
    "The {z} library extended its opening hours.",
    "Volunteers in {z} planted trees along the river.",
    "A new bus route will serve {z} from next month.",
    "Schools in {z} reported higher attendance this term.",
    "The {z} football club signed a young striker.",
    "Farmers near {z} expect a good harvest.",
    "The {z} museum opened an exhibition of old maps.",
    "Roadworks in {z} will finish before the winter.",
    "A bakery in {z} celebrated its fiftieth year.",
    "The {z} choir performed at the cathedral.",
    "Cyclists in {z} asked for wider lanes.",
]


def name(rng, used):
    while True:
        n = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice([2, 3]))).capitalize()
        if n not in used:
            used.add(n)
            return n


def attribute(rng, sentence):
    """Half the planted statements get a speaker: "..., officials said."."""
    who = rng.choice(SPEAKERS)
    return f"{sentence[:-1]}, {who}." if who else sentence


def filler(rng, z, k):
    return [t.format(z=z) for t in rng.sample(FILLER, k)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--planted", type=float, default=0.05, help="fraction of documents in planted pairs")
    ap.add_argument("--format", choices=["jsonl", "dir"], default="jsonl")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    used = set()
    n = args.docs
    pairs = max(1, int(n * args.planted / 2)) if n >= 2 else 0
    slots = rng.sample(range(n), 2 * pairs)
    role = {}
    planted = []
    for p in range(pairs):
        a, b = slots[2 * p], slots[2 * p + 1]
        x = name(rng, used)
        t = rng.randrange(len(PLANTED))
        sa, sb = (s.format(x=x) for s in PLANTED[t])
        if rng.random() < 0.5:
            sa, sb = sb, sa
        role[a], role[b] = sa, sb
        planted.append({"doc_a": f"doc{a:06d}", "doc_b": f"doc{b:06d}", "text_a": sa, "text_b": sb,
                        "template": t})
    os.makedirs(args.out, exist_ok=True)
    docs_dir = os.path.join(args.out, "docs")
    if args.format == "dir":
        os.makedirs(docs_dir, exist_ok=True)
    out = None if args.format == "dir" else open(os.path.join(args.out, "corpus.jsonl"), "w")
    outlets = ["Herald", "Courier", "Gazette", "Wire", "Post"]
    for i in range(n):
        z = name(rng, used)
        sentences = filler(rng, z, rng.choice([2, 3, 4]))
        if i in role:
            sentences.insert(rng.randrange(len(sentences) + 1), attribute(rng, role[i]))
        text = " ".join(sentences)
        doc_id = f"doc{i:06d}"
        if out:
            rec = {"id": doc_id, "text": text, "title": f"News from {z}",
                   "source": rng.choice(outlets), "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}
            out.write(json.dumps(rec) + "\n")
        else:
            with open(os.path.join(docs_dir, doc_id + ".txt"), "w") as f:
                f.write(text + "\n")
    if out:
        out.close()
    with open(os.path.join(args.out, "planted.jsonl"), "w") as f:
        for p in planted:
            f.write(json.dumps(p) + "\n")


if __name__ == "__main__":
    main()
