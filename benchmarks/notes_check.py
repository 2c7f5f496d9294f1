"""The data notes of a build against the pages they describe, read as a reader reads them.

A data note (Appendix C, ``brief.json`` ``notes``) that states a count or a reason about a
page ("its body of 308 words names it not once", "a copy of …", "the text dates events
after its stated date (2 May 2012; …)", "has no article text (boilerplate only, 24 words
on the page)") can be checked by the reader against the page.
This script does the reader's check, without the structure stage: every claim is
recomputed from the page's text as ingested (the raw input; a read page's text is also in
``brief.json``), and every mismatch is listed.

The reader's count of the query: each ``--query`` term, its words in order with spaces or
a hyphen between ("swine flu", "swine-flu"), in any case, singular or plural; terms side
by side are one mention ("H1N1 swine flu"). For a query naming a person ("Michael
Jackson"), the surname alone counts too, except where it is someone else's: after a
capitalised word the page writes so more often than in lower case ("James Jackson"), after
"a" or "an" ("a Jackson wonderland"), or before another capitalised word, a number or an
initial ("Jackson Hole", "the Jackson 5"). An off-topic note counts the body's mentions,
and names how many are elsewhere on the page (readers' comments, captions, inside longer
names); the sum must be the page's count.

    .venv/bin/python benchmarks/notes_check.py [TAG ...] [--prefix r4] [--show]
    .venv/bin/python benchmarks/notes_check.py --build DIR --input PATH [--show]

TAGs are the dev builds under ``/work/audit/builds/PREFIX-TAG/latest`` (mj, h1n1g, h1n1r,
polnear, seeds; h1n1b, pnnd, pnp are held out: a final check only). Prints, per build, the
notes, the notes checked, and the mismatches by kind.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = Path(
    os.environ.get("BRIEFGEN_EVAL_DIR") or Path(__file__).resolve().parents[2] / "shared" / "eval"
)
BUILDS = Path(os.environ.get("BRIEFGEN_BUILDS_DIR") or "/work/audit/builds")
CORPORA = Path("/work/corpora")
TLS = EVAL_DIR / "tls-score" / "corpora"
INPUTS = {
    "mj": TLS / "MJ_bbc.jsonl",
    "h1n1b": TLS / "H1N1_bbc.jsonl",
    "h1n1g": TLS / "H1N1_guardian.jsonl",
    "h1n1r": TLS / "H1N1_reuters.jsonl",
    "seeds": ROOT / "seeds",
    "polnear": EVAL_DIR / "quotes" / "polnear" / "dev" / "text",
    "pnnd": CORPORA / "pnnd",
    "pnp": CORPORA / "pnp",
    # the PolNeAR dev slices (not in the default run: their builds come and go)
    **{tag: CORPORA / tag for tag in ("pnjun", "pnja", "pnam", "pnjan")},
}
DEV = ("mj", "h1n1g", "h1n1r", "polnear", "seeds")

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_TITLES = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "Mx"])
# capitalised words that open sentences: before a surname they do not make another person
_OPENERS = frozenset(
    [
        "A",
        "An",
        "And",
        "As",
        "At",
        "But",
        "By",
        "For",
        "From",
        "He",
        "If",
        "In",
        "It",
        "Its",
        "Like",
        "Now",
        "Of",
        "On",
        "Or",
        "She",
        "So",
        "That",
        "The",
        "Then",
        "This",
        "To",
        "When",
        "While",
        "With",
        "Yet",
    ]
)
_NUMBER = {"not once": 0, "once": 1, "twice": 2}
_SLOT = re.compile(
    r"(?<![\d.])\d{1,2}\s?[.:]?\s?\d{0,2}\s?(?:[ap]\.?m\.?|noon|midnight)?\s?[-–]\s?"
    r"\d{1,2}\s?[.:]\s?\d\d(?!\d)"
)
_MOJIBAKE = re.compile(r"[ÃÂâ][\x80-\xbf\u0152-\u2122]+")


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    text: str


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tags", nargs="*", help=f"dev builds (default: {' '.join(DEV)})")
    parser.add_argument("--prefix", default="r4", help="the builds' prefix (PREFIX-TAG)")
    parser.add_argument("--build", type=Path, help="a build's folder (with --input)")
    parser.add_argument("--input", type=Path, help="the build's input file or folder")
    parser.add_argument("--show", action="store_true", help="print every mismatch")
    args = parser.parse_args(argv)
    runs: list[tuple[str, Path, Path]] = []
    if args.build is not None:
        if args.input is None:
            parser.error("--build needs --input")
        runs.append((args.build.name, args.build, args.input))
    for tag in args.tags or ([] if args.build else DEV):
        if tag not in INPUTS:
            parser.error(f"unknown tag {tag}; one of {', '.join(INPUTS)}")
        runs.append((tag, BUILDS / f"{args.prefix}-{tag}" / "latest", INPUTS[tag]))
    total = Counter[str]()
    for name, build, source in runs:
        found = check_build(build, source)
        checked = sum(1 for f in found if f.checked)
        wrong = [f for f in found if f.problem]
        kinds = Counter(f.kind for f in wrong)
        print(
            f"{name:10} notes {len(found):3}  checked {checked:3}  mismatches {len(wrong):3}  "
            + " ".join(f"{k}={v}" for k, v in sorted(kinds.items()))
        )
        total.update(notes=len(found), checked=checked, wrong=len(wrong))
        if args.show:
            for f in wrong:
                print(f"    {f.doc}: [{f.kind}] {f.problem}\n      note: {f.message[:160]}")
    print(
        f"{'all':10} notes {total['notes']:3}  checked {total['checked']:3}  "
        f"mismatches {total['wrong']:3}"
    )
    return 0


@dataclass(frozen=True)
class Finding:
    doc: str
    kind: str
    message: str
    checked: bool
    problem: str | None = None


def check_build(build: Path, source: Path) -> list[Finding]:
    """Every note of the build at ``build``, checked against the pages of ``source``."""
    brief = json.loads((build / "brief.json").read_text(encoding="utf-8"))
    pages = {p.id: p for p in read_pages(source)}
    for d in brief["documents"]:  # a read page as the brief holds it
        pages[d["id"]] = Page(d["id"], d.get("title") or "", d["text"])
    counter = ReaderCount(brief.get("query") or [])
    read_sizes = [len(_WORD.findall(d["text"])) for d in brief["documents"]]
    return [_check(n, pages, counter, read_sizes) for n in brief["notes"]]


def read_pages(source: Path) -> list[Page]:
    """The pages of a build's input as ingested (no structure: the text the reader sees)."""
    sys.path.insert(0, str(ROOT))
    from briefgen.ingest import ingest

    return [Page(d.id, d.title or "", d.text) for d in ingest([source]).documents]


def _check(
    note: dict[str, str], pages: dict[str, Page], count: ReaderCount, read_sizes: list[int]
) -> Finding:
    doc, message = note["doc"], note["message"]
    page = pages.get(doc)

    def found(kind: str, problem: str | None = None, checked: bool = True) -> Finding:
        return Finding(doc, kind, message, checked, problem)

    if page is None:
        return found("no-page", "the note's page is not in the input")
    if message.startswith("off-topic: a programme schedule"):
        return found("schedule", _schedule(message, page, count))
    if message.startswith("off-topic:"):
        return found("off-topic", _off_topic(message, page, count))
    if m := re.match(r"a copy of (\S+), which has no article text", message):
        return found("empty-copy", _copy(page, pages.get(m[1]), m[1]))
    if m := re.match(r"has no article text \(boilerplate only, (\d+) words? on the", message):
        return found("empty", _empty(page, int(m[1])))
    if m := re.match(r"a copy of (\S+); counted once", message):
        return found("copy", _copy(page, pages.get(m[1]), m[1]))
    if m := re.match(r"also published by (.+)$", message):
        return found("also", _also(page, pages, m[1]))
    if m := re.match(r"a page (\d+) times the corpus's median length", message):
        return found("long-page", _long(page, int(m[1]), read_sizes))
    if m := re.search(r"dates events after its stated date \S+ \(([^)]*)\)", message):
        return found("after-date", _quoted(page, m[1].split("; ")))
    if m := re.search(r"by its dateline \((.*)\), not", message):
        return found("dateline", _quoted(page, [m[1]]))
    if m := re.search(r"contradicts the content \(events dated ([^)]*)\)", message):
        return found("contradicts", _quoted(page, m[1].split("; ")))
    if m := re.search(r"repaired in (\d+) places?", message):
        return found("mojibake", _mojibake(page, int(m[1])))
    return found("unchecked", checked=False)


class ReaderCount:
    """How many times a page names the query, counted as a reader would (module doc)."""

    def __init__(self, query: Sequence[str]) -> None:
        terms = [t.split() for t in query if t.strip()]
        alternatives = [r"(?:\s+|-)".join(_plural(w) for w in t) for t in terms]
        self.pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.I)
            if alternatives
            else None
        )
        people = [t for t in terms if len(t) > 1 and all(w[:1].isupper() for w in t)]
        self.surnames = [(t[:-1], t[-1]) for t in people]

    def mentions(self, text: str) -> int:
        if self.pattern is None:
            return 0
        spans = [m.span() for m in self.pattern.finditer(text)]
        for given, surname in self.surnames:
            for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", text):
                if any(a <= m.start() < b for a, b in spans):
                    continue
                if self._someone_elses(text, m.start(), m.end(), given):
                    continue
                spans.append(m.span())
        spans.sort()
        # terms side by side are one mention ("H1N1 swine flu")
        runs, last_end = 0, None
        for a, b in spans:
            if last_end is None or text[last_end:a].strip():
                runs += 1
            last_end = b
        return runs

    @staticmethod
    def _someone_elses(text: str, start: int, end: int, given: list[str]) -> bool:
        """The surname here names someone else, or a kind ("a Jackson wonderland")."""
        before = re.search(r"(\w[\w'’-]*)[ \t]+$", text[max(0, start - 40) : start])
        word = before[1] if before is not None else ""
        if word in ("a", "A", "an", "An"):
            return True
        if word[:1].isupper() and word not in _TITLES | _OPENERS and word not in given:
            # a given name is written capitalised more often than not ("James"; a page
            # typed in lower case by its readers writes "james" too); "But" is not
            lower = len(re.findall(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text))
            upper = len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text))
            if upper > lower:
                return True  # "James Jackson": another person
        # "Jackson Hole", "Jackson Five": a longer name
        # "Jackson Hole", "the Jackson 5", "Jackson C Frank": a longer name
        return re.match(r"[ \t]+(?:[A-Z][a-z]|\d|[A-Z]\b)", text[end : end + 4]) is not None


def _plural(word: str) -> str:
    w = re.escape(word)
    if not word.isalpha() or len(word) < 3:
        return w
    if word[-1].lower() == "y" and word[-2].lower() not in "aeiou":
        return re.escape(word[:-1]) + "(?:y|ies)"
    return w + "(?:e?s)?"


def _said(text: str) -> int:
    """ "not once" 0, "once" 1, "7 times" 7."""
    text = text.strip()
    if text in _NUMBER:
        return _NUMBER[text]
    m = re.match(r"(\d+)(?: times)?", text)
    return int(m[1]) if m else -1


def _claimed(message: str) -> tuple[int, int, int] | None:
    """The body's words, the body's mentions, and the mentions the note places elsewhere."""
    m = re.search(
        r"body of (\d+) words names it (not once|once|twice|\d+ times)(?: \(besides ([^;)]*))?",
        message,
    )
    if m is None:
        return None
    return int(m[1]), _said(m[2]), _elsewhere(m[3])


def _elsewhere(besides: str | None) -> int:
    """The mentions a note places outside the body ("2 inside longer names, 5 in …")."""
    total = 0
    for part in re.split(r", | and ", besides or ""):
        lead = re.match(r"(not once|once|twice|\d+(?: times)?)", part.strip())
        total += _said(lead[1]) if lead else 0
    return total


def _off_topic(message: str, page: Page, count: ReaderCount) -> str | None:
    claimed = _claimed(message)
    if claimed is None:
        return "the note's count could not be read"
    words, body, elsewhere = claimed
    if count.mentions(page.title):
        return "the page's title names the query"
    total = count.mentions(page.text)
    if body + elsewhere != total:
        return f"the note accounts for {body + elsewhere} mentions; the page has {total}"
    page_words = len(_WORD.findall(page.text))
    if words > page_words:
        return f"the note's body of {words} words is longer than the page ({page_words})"
    return None


def _schedule(message: str, page: Page, count: ReaderCount) -> str | None:
    m = re.search(
        r"\((\d+) time slots\).*names it (not once|once|twice|\d+ times?) in (\d+) words"
        r"(?:; besides ([^)]*))?\)",
        message,
    )
    if m is None:
        return "the note's counts could not be read"
    slots = len(_SLOT.findall(page.text))
    if slots < int(m[1]):
        return f"the note says {m[1]} time slots; the page shows {slots}"
    claimed = _said(m[2]) + _elsewhere(m[4])
    total = count.mentions(page.text)
    if claimed != total:
        return f"the note accounts for {claimed} mentions; the page has {total}"
    return None


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    w = [x.lower() for x in _WORD.findall(text)]
    return {tuple(w[i : i + n]) for i in range(max(0, len(w) - n + 1))}


def _copy(page: Page, original: Page | None, name: str) -> str | None:
    if original is None:
        return f"{name} is not in the input"
    a, b = _shingles(page.text), _shingles(original.text)
    shared = len(a & b) / max(1, min(len(a), len(b)))
    return None if shared >= 0.5 else f"only {shared:.0%} of the shorter text is shared"


def _also(page: Page, pages: dict[str, Page], names: str) -> str | None:
    for name in names.split(", "):
        other = next((p for p in pages.values() if p.id == name or p.id.startswith(name)), None)
        if other is None:
            continue  # a source's name, not a page id: nothing to recompute
        if problem := _copy(other, page, name):
            return problem
    return None


def _empty(page: Page, words: int) -> str | None:
    # the reader counts the page's words, and finds no sentence of prose among them
    counted = len(_WORD.findall(page.text))
    if counted != words:
        return f"the page has {counted} words, not {words}"
    if _PROSE.search(page.text):
        return "the page has a sentence of prose"
    return None


# A sentence of prose: eight words or more ending in a full stop, as an article's are.
_PROSE = re.compile(r"(?:\b\w+[^\w.!?]+){7,}\w+[.!?](?:\s|$)")


def _long(page: Page, times: int, read_sizes: list[int]) -> str | None:
    if not read_sizes:
        return None
    ratio = len(_WORD.findall(page.text)) / statistics.median(read_sizes)
    # the note counts prose, the reader the page: a factor of two either way is the same
    # finding ("many times the median")
    if ratio < times / 2 or ratio > times * 2:
        return f"the page is {ratio:.1f} times the median page, not {times}"
    return None


def _quoted(page: Page, parts: list[str]) -> str | None:
    flat = " ".join(page.text.split())
    missing = [p for p in parts if " ".join(p.split()) not in flat]
    return f"not on the page: {'; '.join(missing)}" if missing else None


def _mojibake(page: Page, places: int) -> str | None:
    # the text is repaired at ingest: the reader of the brief sees the repaired text, so
    # only that none is left is checked
    left = len(_MOJIBAKE.findall(page.text))
    return f"{left} broken sequences left after {places} repaired" if left else None


if __name__ == "__main__":
    raise SystemExit(main())
