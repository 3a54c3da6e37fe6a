#!/usr/bin/env python3
"""Sanity checks for the annotated gainsay test articles.

Run from the repository root:  python3 tests/data/articles/check_annotations.py

For tests/data/articles/ and tests/data/articles-dev/ it verifies that
  * every annotated substring (contradiction sides, consistent pairs, speaker
    claims, stance items) occurs exactly once in its article,
  * `a` comes before `b` in each pair, and each substring lies inside one
    sentence (no sentence boundary or paragraph break inside it),
  * each contradiction side has a speaker entry, and each non-null speaker
    is mentioned in the article,
  * kinds are valid, targets have 2-5 stance items, articles are 80-250 words,
and prints counts per kind. Exits non-zero on any failure.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = [HERE, HERE.parent / "articles-dev"]
KINDS = {"denial", "number", "antonym", "date", "place", "reported_vs_official", "other"}
REQUIRED_KINDS = KINDS - {"other"}
# A sentence boundary: terminal punctuation, optional closing quote, whitespace, then an
# opening quote or capital letter.
BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019]?\s+[\"\u201c]?[A-Z]")


def check_set(folder: Path) -> list:
    errors = []
    data = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    kinds = Counter()
    same = 0
    n_consistent = 0
    stance = Counter()
    files_on_disk = {p.name for p in folder.glob("*.txt")}
    files_annotated = set()

    for art in data["articles"]:
        name = art["file"]
        files_annotated.add(name)
        path = folder / name
        if not path.exists():
            errors.append(f"{folder.name}/{name}: file missing")
            continue
        text = path.read_text(encoding="utf-8")

        def err(msg):
            errors.append(f"{folder.name}/{name}: {msg}")

        def pos(sub, what):
            n = text.count(sub)
            if n != 1:
                err(f"{what} {sub!r} occurs {n} times (want 1)")
                return None
            if "\n" in sub or BOUNDARY.search(sub):
                err(f"{what} {sub!r} spans a sentence boundary")
            return text.index(sub)

        def pair(p, what):
            ia, ib = pos(p["a"], what + ".a"), pos(p["b"], what + ".b")
            if ia is not None and ib is not None and not ia < ib:
                err(f"{what}: a {p['a']!r} does not come before b {p['b']!r}")

        words = len(text.split())
        if not 80 <= words <= 250:
            err(f"{words} words (want 80-250)")

        sides = set()
        for c in art["contradictions"]:
            pair(c, "contradiction")
            if c["kind"] not in KINDS:
                err(f"bad kind {c['kind']!r}")
            if not isinstance(c.get("same_speaker"), bool):
                err(f"same_speaker missing/not bool for {c['a']!r}")
            kinds[c["kind"]] += 1
            same += bool(c.get("same_speaker"))
            sides.update([c["a"], c["b"]])
        if not art["contradictions"]:
            err("no contradictions")

        for c in art["consistent"]:
            pair(c, "consistent")
        n_consistent += len(art["consistent"])
        if not art["consistent"]:
            err("no consistent pairs")

        spoken = {}
        for s in art["speakers"]:
            pos(s["claim"], "speaker claim")
            spoken[s["claim"]] = s["speaker"]
            spk = s["speaker"]
            if spk is not None and spk.lower() not in text.lower():
                err(f"speaker {spk!r} not mentioned in the text")
        for side in sides - spoken.keys():
            err(f"contradiction side {side!r} has no speaker entry")
        for c in art["contradictions"]:
            if c["a"] in spoken and c["b"] in spoken:
                equal = spoken[c["a"]] == spoken[c["b"]]
                if equal != c["same_speaker"]:
                    err(f"same_speaker={c['same_speaker']} but speakers are "
                        f"{spoken[c['a']]!r} / {spoken[c['b']]!r}")

        t = art["target"]
        if not t.get("text"):
            err("target text missing")
        total = 0
        for label in ("favor", "against", "none"):
            for sub in t.get(label, []):
                pos(sub, f"target.{label}")
                stance[label] += 1
                total += 1
        if not 2 <= total <= 5:
            err(f"target has {total} stance items (want 2-5)")

    for missing in sorted(files_on_disk - files_annotated):
        errors.append(f"{folder.name}/{missing}: article not annotated")
    for k in sorted(REQUIRED_KINDS - kinds.keys()):
        errors.append(f"{folder.name}: no contradiction of kind {k!r}")

    print(f"== {folder.name}: {len(data['articles'])} articles")
    print(f"   contradictions: {sum(kinds.values())} "
          f"({same} same-speaker, {sum(kinds.values()) - same} different-speaker)")
    for k in sorted(kinds):
        print(f"     {k:22s} {kinds[k]}")
    print(f"   consistent pairs: {n_consistent}")
    print(f"   stance items: {sum(stance.values())} "
          f"(favor {stance['favor']}, against {stance['against']}, none {stance['none']})")
    return errors


def main() -> int:
    errors = []
    for folder in SETS:
        errors += check_set(folder)
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all annotations valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
