"""Deterministic document sample for the structure gold (see README-structure.md).

Prints one line per sampled document: ``<source>\t<doc>``.
Run: python3 benchmarks/gold/sample_structure.py [EVAL_DIR] [REPO_DIR]
"""

import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.dirname(HERE))
EVAL = (
    sys.argv[1]
    if len(sys.argv) > 1
    else os.environ.get("BRIEFGEN_EVAL_DIR", os.path.join(REPO, "..", "shared", "eval"))
)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def jsonl_docs(path):
    return [
        (str(d["id"]), d["text"])
        for d in map(json.loads, (line for line in read(path).split("\n") if line.strip()))
    ]


FEATURES = [
    ("live", r"(?m)^\d{4}(:| GMT)|^\d\d:\d\d"),
    ("comment", r"(?i)recommend|report abuse|comments? (are|have been) closed|Reply"),
    ("transcript", r"(?m)^[A-Z][A-Z .]+: "),
    ("factbox", r"(?i)factbox"),
]


def pick(docs, seed, n_random, n_total, max_len):
    """docs: list of (doc, text). Shuffle eligible docs with a seeded RNG, take the first
    n_random, then for each feature the first not-yet-taken doc showing it, then fill."""
    elig = sorted((d, t) for d, t in docs if len(t) <= max_len)
    random.Random(seed).shuffle(elig)
    chosen = [d for d, _ in elig[:n_random]]
    for _, pat in FEATURES:
        if len(chosen) >= n_total:
            break
        for d, t in elig:
            if d not in chosen and re.search(pat, t):
                chosen.append(d)
                break
    for d, _ in elig:
        if len(chosen) >= n_total:
            break
        if d not in chosen:
            chosen.append(d)
    return chosen


def main():
    out = []
    for corpus in ["MJ_bbc", "H1N1_bbc", "H1N1_guardian", "H1N1_reuters"]:
        src = f"tls-score/corpora/{corpus}.jsonl"
        docs = jsonl_docs(os.path.join(EVAL, src))
        out += [(src, d) for d in pick(docs, "gold9:" + corpus, 13, 16, 12000)]
    pol = []
    for p in sorted(glob.glob(os.path.join(EVAL, "quotes/polnear/dev/text/*.txt"))):
        pol.append((os.path.basename(p), read(p)))
    out += [("quotes/polnear/dev/text/" + d, d) for d in pick(pol, "gold9:polnear", 13, 14, 10000)]
    for p in sorted(glob.glob(os.path.join(REPO, "seeds/*"))):
        if p.endswith((".txt", ".md")):
            out.append(("seeds/" + os.path.basename(p), os.path.basename(p)))
    # Supplement (appended last, so the list above is unchanged): per Timeline17 corpus, the
    # first not-yet-sampled eligible document, in the same seeded order, that is a page with
    # at least 3 reader-comment headers ("... wrote:").
    for corpus in ["MJ_bbc", "H1N1_bbc", "H1N1_guardian", "H1N1_reuters"]:
        src = f"tls-score/corpora/{corpus}.jsonl"
        docs = jsonl_docs(os.path.join(EVAL, src))
        elig = sorted((d, t) for d, t in docs if len(t) <= 12000)
        random.Random("gold9:" + corpus).shuffle(elig)
        for d, t in elig:
            if (src, d) not in out and len(re.findall(r"wrote:", t)) >= 3:
                out.append((src, d))
                break
    for s, d in out:
        print(f"{s}\t{d}")


if __name__ == "__main__":
    main()
