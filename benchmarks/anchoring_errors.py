"""The anchoring misses of one or both halves of TBAQ, grouped by linguistic phenomenon.

Beside ``anchoring_eval.py`` (same gold, same extraction, same covering mention), this writes
one JSON line per gold event (right or not, its phenomenon, the date and anchor found) so two
runs can be compared event by event, and prints the misses per half and phenomenon::

    python benchmarks/anchoring_errors.py --half even --out /tmp/even.jsonl [--show]
    python benchmarks/anchoring_errors.py --compare /tmp/before.jsonl /tmp/after.jsonl

The phenomena are read from the parse, the first that applies: gold that contradicts its own
text (the adjudicated even links), uncovered, the tagger (the gold expression untagged or
valued otherwise); the gold expression in another sentence (the event in a quotation, a verb
of saying, an event noun, other narration); in the event's sentence: an event noun, a "since"/
"until" bound, a span the event lasts through ("during", "over", "throughout", "for"), the
expression in a prepositional phrase of a noun, a verb of saying, coordinated events, the
expression in another clause, or the same clause. ``--show`` prints the misses of the chosen
half with their sentence, to read (design on the even half only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from anchoring_eval import (
    ADJUDICATED,
    Gold,
    _covering,
    _path_clause,
    _tagged,
    eval_dir,
    extracted,
    read_adjudicated,
    read_timeml,
    same_days,
)

from briefgen.extract.clauses import REPORTING, lemma_of
from briefgen.extract.nlp import load_nlp
from briefgen.extract.quotes import open_at
from briefgen.models import EventMention, Timex

_BOUNDS = {"since", "until", "till", "through", "by", "from"}
_SPANS = {"during", "over", "throughout", "for", "within", "amid"}


def _preposition(when: Any) -> str:
    """The preposition heading the expression, lower-cased ("" if none)."""
    head = when.root.head
    if when.root.dep_ == "pobj" and head.dep_ == "prep":
        return str(head.lower_)
    first = when[0].doc[when.start - 1] if when.start > 0 else None
    return str(first.lower_) if first is not None and first.dep_ == "prep" else ""


def _on_noun(when: Any, event: Any) -> bool:
    """Whether the expression is a prepositional phrase or modifier of a noun that is not
    the event ("the talks on Friday", "Friday's talks")."""
    root = when.root
    head = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ == "pobj" and root.head.head.i == root.head.i:
        return False
    return head.pos_ in ("NOUN", "PROPN") and head.i != event.i and root.dep_ != "npadvmod"


def _coordinated(event: Any) -> bool:
    return event.dep_ == "conj" or any(
        c.dep_ == "conj" and c.pos_ == "VERB" for c in event.children
    )


def phenomenon(
    gold: Gold, m: EventMention | None, found: Timex | None, text: str, sdoc: Any
) -> str:
    """The linguistic phenomenon a miss belongs to (see the module's docstring)."""
    if m is None:
        return "uncovered"
    if found is None:
        return "tagger: gold expression untagged"
    if not same_days(found.value, gold.value):
        return "tagger: gold expression valued otherwise"
    span = sdoc.char_span(gold.start, gold.end, alignment_mode="expand")
    when = sdoc.char_span(gold.time_start, gold.time_end, alignment_mode="expand")
    event = span.root
    if when is None or len(when) == 0 or when.root.sent.start != event.sent.start:
        if open_at(text, gold.start):
            return "other sentence: event in a quotation"
        if lemma_of(event) in REPORTING:
            return "other sentence: verb of saying"
        if event.pos_ in ("NOUN", "PROPN"):
            return "other sentence: event noun"
        return "other sentence: narration"
    prep = _preposition(when)
    if event.pos_ in ("NOUN", "PROPN"):
        return "same sentence: event noun"
    if prep in _BOUNDS:
        return "same sentence: since/until bound"
    if prep in _SPANS:
        return "same sentence: a span the event lasts through"
    if _on_noun(when, event):
        return "same sentence: expression on a noun"
    if lemma_of(event) in REPORTING:
        return "same sentence: verb of saying"
    clause = _path_clause(event, when.root)
    if _coordinated(event) or clause == "coordinated clauses":
        return "same sentence: coordinated events"
    if clause != "same clause":
        return f"same sentence: expression in another clause ({clause})"
    return f"same sentence, same clause ({m.anchor})"


def run(half: str | None, show: bool, out: Path | None) -> list[dict[str, Any]]:
    paths = sorted((eval_dir() / "tbaq").glob("*/*.tml"))
    docs = [d for d in (read_timeml(p) for p in paths) if d is not None]
    adjudicated = read_adjudicated(ADJUDICATED)
    nlp = load_nlp()
    rows: list[dict[str, Any]] = []
    for place, d in enumerate(docs):
        side = "even" if place % 2 == 0 else "odd"
        if half not in (None, side):
            continue
        text, extraction, sdoc = extracted(d, nlp)
        for g in d.gold:
            m = _covering(g, extraction.events, sdoc)
            ok = m is not None and same_days(m.date, g.value)
            row: dict[str, Any] = {
                "doc": f"{d.folder}/{d.id}",
                "start": g.start,
                "half": side,
                "ok": ok,
                "got": None if m is None else m.date,
                "anchor": "uncovered" if m is None else m.anchor,
            }
            if not ok:
                fixed = adjudicated.get((row["doc"], g.start, g.end))
                row["phenomenon"] = (
                    "gold contradicts its text (adjudicated)"
                    if side == "even" and fixed is not None and fixed[0] == g.value
                    else phenomenon(g, m, _tagged(g, extraction.timexes), text, sdoc)
                )
                if show and side == (half or "even"):  # the odd half stays unread
                    word = sdoc.char_span(g.start, g.end, alignment_mode="expand")
                    sent = "" if word is None else word.root.sent.text
                    print(
                        f"{row['phenomenon']} | {row['doc']} dct {d.dct} [{g.word}] gold "
                        f"{g.value} ({d.text[g.time_start : g.time_end]}) got {row['got']} "
                        f"({row['anchor']}): {sent.strip()}".replace("\n", " ")
                    )
            rows.append(row)
    if out is not None:
        out.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows))
    return rows


def table(rows: Sequence[dict[str, Any]]) -> None:
    for side in ("even", "odd"):
        mine = [r for r in rows if r["half"] == side]
        if mine:
            right = sum(r["ok"] for r in mine)
            print(f"{side} half: {right} / {len(mine)} = {right / len(mine):.3f}")
    groups = sorted({r["phenomenon"] for r in rows if not r["ok"]})
    print(f"{'misses by phenomenon':<64}{'even':>6}{'odd':>6}")
    for group in groups:
        n = [
            sum(1 for r in rows if r.get("phenomenon") == group and r["half"] == s)
            for s in ("even", "odd")
        ]
        print(f"{group:<64}{n[0]:>6}{n[1]:>6}")


def _load(path: Path) -> dict[tuple[str, int], dict[str, Any]]:
    """A run's rows by (document, event start)."""
    rows = (json.loads(line) for line in path.read_text().splitlines())
    return {(r["doc"], r["start"]): r for r in rows}


def compare(before: Path, after: Path) -> None:
    """Events gained and lost, per half and the phenomenon they had when missed."""
    a, b = _load(before), _load(after)
    for key in sorted(a.keys() & b.keys()):
        x, y = a[key], b[key]
        if x["ok"] != y["ok"] or x["got"] != y["got"]:
            what = "gained" if y["ok"] and not x["ok"] else "lost" if x["ok"] else "moved"
            group = x.get("phenomenon") or y.get("phenomenon")
            print(f"{what}\t{x['half']}\t{key[0]}:{key[1]}\t{x['got']} -> {y['got']}\t{group}")
    print("before:")
    table(list(a.values()))
    print("after:")
    table(list(b.values()))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("even", "odd"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show", action="store_true", help="print the chosen half's misses")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        compare(*args.compare)
        return 0
    table(run(args.half, args.show, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
