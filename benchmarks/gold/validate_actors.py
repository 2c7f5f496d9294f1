"""Check a hand-made "who is who" gold: PolNeAR dev (``actors_polnear_dev.jsonl``) or MJ_bbc
(``actors_mj_bbc.jsonl``).

Each line is one actor: ``{"id", "name", "type", "mentions": [[doc, start, end], ...]}``.
For a folder of ``.txt`` files the doc is the file name and offsets are ``str`` indices into
the text read with ``newline=""``; for a JSONL corpus the doc is a row's ``"id"`` and offsets
are ``str`` indices into that row's ``"text"`` field as ``json.loads`` returns it. The checks:

- every field present, ids unique, the type one of person/org/state/group;
- every mention in a known file, ``0 <= start < end <= len(text)``, mentions sorted, no
  duplicates;
- the span text is a name: one line, starts with a capital letter, no surrounding space or
  punctuation (a final abbreviation dot as in "U.S." excepted), no possessive ending, not a
  pronoun;
- no span in two actors, and no two spans overlapping;
- each actor mentioned in at least two documents.

    python3 benchmarks/gold/validate_actors.py [GOLD ...] [--texts DIR_OR_JSONL]

Without arguments both golds are checked. Each gold's texts are found from its file name
(``CORPORA``) under ``../shared/eval`` beside the repository or ``$BRIEFGEN_EVAL_DIR``;
``--texts`` overrides that for a single gold. Exit status 1 when any check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL_DIR = Path(
    os.environ.get("BRIEFGEN_EVAL_DIR") or Path(__file__).resolve().parents[3] / "shared" / "eval"
)
TYPES = {"person", "org", "state", "group"}
# Each gold's corpus under the eval folder: a folder of .txt files or a JSONL file.
CORPORA = {
    "actors_polnear_dev.jsonl": "quotes/polnear/dev/text",
    "actors_mj_bbc.jsonl": "tls-score/corpora/MJ_bbc.jsonl",
}
PRONOUNS = {
    "he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "we", "us",
    "our", "i", "me", "my", "you", "your", "who", "whom",
}  # fmt: skip
# A name: starts with a capital (or a lowercase particle before one: "bin Laden"), ends with a
# letter or digit, or with the dot of an abbreviation of at most four letters ("U.S.", "Fla.",
# "Jr."); inner spaces, hyphens, dots, ampersands and apostrophes allowed.
_NAME = re.compile(
    r"(?:(?:bin|al|de|van|von|la|le|du|da|di) )?[A-Z][\w.'’&\- ]*(?:\w|(?<![^\W\d_]{5})\.)"
)


def name_problem(span: str) -> str | None:
    """Why ``span`` is not a name, or None when it is one."""
    if not span or span != span.strip() or "\n" in span:
        return "span has surrounding or line-breaking whitespace"
    if span.casefold() in PRONOUNS and not span.isupper():  # "US" is the country
        return "span is a pronoun"
    if re.search(r"['’]s?$", span):
        return "span keeps a possessive ending"
    if not _NAME.fullmatch(span):
        return "span does not look like a name"
    return None


def read_texts(source: Path) -> dict[str, str]:
    """Each document's text by id: ``.txt`` files by name, or JSONL rows' ``text`` by ``id``."""
    texts: dict[str, str] = {}
    if source.suffix == ".jsonl":
        with open(source, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    texts[str(row["id"])] = row["text"]
        return texts
    for p in sorted(source.glob("*.txt")):
        with open(p, encoding="utf-8", newline="") as fh:
            texts[p.name] = fh.read()
    return texts


def validate(gold: Path, source: Path) -> list[str]:
    """All problems found in ``gold`` against the texts of ``source`` (empty when valid)."""
    errors: list[str] = []
    texts = read_texts(source) if source.exists() else {}
    if not texts:
        return [f"{source}: no documents"]
    ids: set[str] = set()
    owner: dict[tuple[str, int, int], str] = {}
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    lines = gold.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        where = f"{gold.name}:{n}"
        try:
            actor = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        missing = {"id", "name", "type", "mentions"} - set(actor)
        if missing:
            errors.append(f"{where}: missing {sorted(missing)}")
            continue
        aid = actor["id"]
        where = f"{where} ({aid})"
        if aid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(aid)
        if actor["type"] not in TYPES:
            errors.append(f"{where}: type {actor['type']!r} not in {sorted(TYPES)}")
        mentions = [tuple(m) for m in actor["mentions"]]
        if mentions != sorted(mentions):
            errors.append(f"{where}: mentions not sorted")
        if len(set(mentions)) != len(mentions):
            errors.append(f"{where}: duplicate mentions")
        for m in mentions:
            if len(m) != 3 or not isinstance(m[1], int) or not isinstance(m[2], int):
                errors.append(f"{where}: malformed mention {list(m)}")
                continue
            f, s, e = m
            text = texts.get(f)
            if text is None:
                errors.append(f"{where}: unknown file {f}")
                continue
            if not 0 <= s < e <= len(text):
                errors.append(f"{where}: {f} [{s}, {e}) out of range (text has {len(text)})")
                continue
            problem = name_problem(text[s:e])
            if problem:
                errors.append(f"{where}: {f} [{s}, {e}) {text[s:e]!r}: {problem}")
            if (f, s, e) in owner:
                errors.append(f"{where}: {f} [{s}, {e}) also in {owner[(f, s, e)]}")
            owner[(f, s, e)] = aid
            spans[f].append((s, e, aid))
        docs = {m[0] for m in mentions}
        if len(docs) < 2:
            errors.append(f"{where}: mentioned in {len(docs)} document(s), needs >= 2")
    for f, found in spans.items():
        found.sort()
        for (s1, e1, a1), (s2, e2, a2) in pairwise(found):
            if s2 < e1:
                errors.append(f"{f}: [{s1}, {e1}) ({a1}) overlaps [{s2}, {e2}) ({a2})")
    return errors


def main(argv: list[str] | None = None) -> int:
    """Validate the gold files and print a one-line summary each, or the problems."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="*", type=Path, default=[HERE / name for name in CORPORA])
    ap.add_argument("--texts", "--text-dir", type=Path, help="the corpus (one gold only)")
    args = ap.parse_args(argv)
    if args.texts and len(args.gold) != 1:
        ap.error("--texts needs exactly one gold file")
    failed = False
    for gold in args.gold:
        if args.texts:
            source = args.texts
        elif gold.name in CORPORA:
            source = EVAL_DIR / CORPORA[gold.name]
        else:
            ap.error(f"{gold.name}: unknown corpus; pass --texts")
        errors = validate(gold, source)
        for err in errors:
            print(err)
        actors = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
        n_mentions = sum(len(a["mentions"]) for a in actors)
        n_docs = len({m[0] for a in actors for m in a["mentions"]})
        status = f"{len(errors)} problem(s)" if errors else "valid"
        summary = f"{len(actors)} actors, {n_mentions} mentions, {n_docs} documents"
        print(f"{gold.name}: {summary}: {status}")
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
