"""Validate benchmarks/gold/structure.jsonl (gold page-structure labels).

Checks, for every line of the gold file:
  * the document can be found and the sha1 of its text (UTF-8) matches;
  * labels are [start, end, kind] with 0 <= start < end <= len(text), kind valid;
  * labels are sorted by start and do not overlap;
  * every span is trimmed (no leading/trailing whitespace) and stays within one line;
  * every non-whitespace character of the text is covered by some label.
Also checks that no document appears twice.

Usage: python3 benchmarks/gold/validate_structure.py [GOLD] [EVAL_DIR] [REPO_DIR]
Exit status 0 when everything is valid; prints a summary (documents per source, labels per kind).
"""

import collections
import hashlib
import json
import os
import sys
from typing import get_args

from briefgen.models import BlockKind

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "structure.jsonl")
REPO = sys.argv[3] if len(sys.argv) > 3 else os.path.dirname(os.path.dirname(HERE))
EVAL = (
    sys.argv[2]
    if len(sys.argv) > 2
    else os.environ.get("BRIEFGEN_EVAL_DIR", os.path.join(REPO, "..", "shared", "eval"))
)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


# The kinds the structure stage labels, read from the model so the two never drift apart.
KINDS = set(get_args(BlockKind))

_jsonl_cache = {}


def load_text(source, doc):
    if source.startswith("seeds/"):
        text = read(os.path.join(REPO, source))
        return text[1:] if text.startswith("\ufeff") else text
    path = os.path.join(EVAL, source)
    if source.endswith(".jsonl"):
        if path not in _jsonl_cache:
            _jsonl_cache[path] = {
                str(d["id"]): d["text"]
                for d in map(json.loads, (line for line in read(path).split("\n") if line.strip()))
            }
        return _jsonl_cache[path][doc]
    return read(path)


def check(row):
    errs = []
    text = load_text(row["source"], row["doc"])
    if hashlib.sha1(text.encode("utf-8")).hexdigest() != row["sha1"]:
        errs.append("sha1 mismatch")
    covered = bytearray(len(text))
    prev_end = 0
    for lab in row["labels"]:
        if not (isinstance(lab, list) and len(lab) == 3):
            errs.append(f"bad label {lab!r}")
            continue
        s, e, k = lab
        if k not in KINDS:
            errs.append(f"bad kind {k!r} at {s}")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errs.append(f"bad offsets {lab!r}")
            continue
        if s < prev_end:
            errs.append(f"unsorted or overlapping at {s}")
        prev_end = e
        if text[s].isspace() or text[e - 1].isspace():
            errs.append(f"untrimmed span {lab!r}")
        if "\n" in text[s:e]:
            errs.append(f"span crosses a line break {lab!r}")
        for i in range(s, e):
            covered[i] = 1
    missing = [i for i, c in enumerate(text) if not c.isspace() and not covered[i]]
    if missing:
        i = missing[0]
        errs.append(f"{len(missing)} non-blank chars uncovered, first at {i}: {text[i : i + 40]!r}")
    return errs


def main():
    seen = set()
    per_source = collections.Counter()
    per_kind = collections.Counter()
    bad = 0
    n = 0
    for lineno, line in enumerate(read(GOLD).splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        row = json.loads(line)
        key = (row["source"], row["doc"])
        errs = []
        if key in seen:
            errs.append("duplicate document")
        seen.add(key)
        try:
            errs += check(row)
        except (OSError, KeyError) as exc:
            errs.append(f"cannot load document: {exc!r}")
        if errs:
            bad += 1
            for e in errs:
                print(f"line {lineno} {row['source']} {row['doc']}: {e}")
        per_source[
            row["source"].split("/text/")[0]
            if "/text/" in row["source"]
            else ("seeds" if row["source"].startswith("seeds/") else row["source"])
        ] += 1
        per_kind.update(k for _, _, k in row["labels"])
    print(f"{n} documents, {bad} invalid")
    for s, c in sorted(per_source.items()):
        print(f"  {c:3d}  {s}")
    print("labels per kind:")
    for k, c in per_kind.most_common():
        print(f"  {c:5d}  {k}")
    return 1 if bad or n == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
