"""Event anchoring on TempEval-3 TBAQ: is each event dated by the expression that dates it?

Gold: every EVENT with a TLINK saying it happened within a DATE or TIME expression of the
text (``IS_INCLUDED`` or ``DURING`` from the event, ``INCLUDES`` or ``DURING_INV`` from the
expression; never the document creation time ``t0``). The question for each: is the
briefgen event mention covering the EVENT token dated to that expression's value?

A mention covers a token when its predicate (the verb or event noun its date is
attached to), or one of its ``co_predicates`` (the other verbs of the sentence its date
dates), is the token, or is the nearest verb above the token in the parse (a noun event
such as "the attack" in "... killed in the attack on Monday"). Values match when they are
equal or denote the same days (``1998-01-08T10:00`` and ``1998-01-08``: the timeline is by
day). Uncovered gold events count as wrong; coverage is printed beside accuracy.

Each document is extracted as a build extracts it (``extract_document``: the whole text
parsed, dates anchored on the document's date), after its wire copy's typewriter marks are
read as ingest reads them (``read_typewriter``: AP's `` '' quotation marks and " _ " dashes;
same length, so the gold offsets hold). Baselines in the same run, on the same
gold: the publication date (DCT), and the date briefgen's tagger finds nearest to the
event token in its sentence. The misses are broken down: uncovered or wrong, whether the
gold date is in the event's sentence at all, whether the tagger found the gold expression
and with the gold's days (else a value error of the tagger), and by how the date was found
(``EventMention.anchor``: own, inherited, focus, news, publication). Accuracy is printed
per corpus folder and per half of the documents (odd and even places in sorted order):
a rule that helps one half and not the other is fitted to documents. Usage::

    python benchmarks/anchoring_eval.py [--limit N] [--folder NAME] [--misses N]
                                        [--dump-errors FILE] [--half even|odd]
                                        [--phenomena]

Beside the plain accuracy (the headline), the even half is scored again with the links of
``benchmarks/gold/anchoring_adjudicated.jsonl`` given the value their text supports: gold
that contradicts its own text or DCT ("Wednesday" in a Wednesday dispatch given the day
before, "last week" annotated as a month), read on the even half's misses only. The line
shows how much of the gap to a target is annotation; it is never the figure to report.

``--folder AQUAINT`` scores one corpus only (develop on one, check on the other);
``--misses N`` prints N misses per cause, with their sentence, to read; ``--half even``
prints (and dumps) the misses of the even documents only, so that the odd ones stay unread
and their accuracy an honest check of a change. ``--phenomena`` counts the misses of each
half by phenomenon, found from the parse without reading them: gold adjudicated, uncovered,
the tagger's value (a weekday, a week, a longer period), the gold date in another sentence
(a quotation, a verb of saying, an event noun, narration in the simple past or not, in the
same paragraph or not), or in the event's sentence (the clause boundary between the event
and its expression, and whether any date reached the event).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from briefgen.extract.clauses import REPORTING, lemma_of
from briefgen.extract.nlp import load_nlp
from briefgen.extract.parse import parse
from briefgen.extract.quotes import open_at
from briefgen.extract.run import extract_document
from briefgen.extract.verb_tense import simple_tense
from briefgen.ingest.typewriter import read_typewriter
from briefgen.models import Document, EventMention, Extraction, Timex
from briefgen.when import When

_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_INCLUDED = {"IS_INCLUDED", "DURING"}  # event -> time
_INCLUDES = {"INCLUDES", "DURING_INV"}  # time -> event
# The phenomena the misses are grouped by (``--phenomena``): how the words of an expression
# the tagger valued otherwise name a day (a weekday, a week, a longer period), and the
# clauses an event and its gold expression sit in.
_WEEKDAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_WEEK = re.compile(r"(?i)\bweek")
_PERIOD = re.compile(r"(?i)quarter|year|month|spring|summer|fall|autumn|winter")
_CLAUSES = ("relcl", "acl", "appos", "ccomp", "parataxis", "advcl", "conj", "xcomp")
_CLAUSE_NAMES = {
    "relcl": "relative or noun clause",
    "acl": "relative or noun clause",
    "appos": "relative or noun clause",
    "ccomp": "reported or complement clause",
    "parataxis": "reported or complement clause",
    "advcl": "adverbial clause",
    "conj": "coordinated clauses",
    "xcomp": "infinitive complement",
}
# Even-half gold links whose value contradicts their own text or DCT, with the value the
# text supports and why (offsets into the text as ``read_timeml`` reads it; no text).
ADJUDICATED = Path(__file__).resolve().parent / "gold" / "anchoring_adjudicated.jsonl"


def eval_dir() -> Path:
    """``$BRIEFGEN_EVAL_DIR``, else ``../shared/eval`` beside the repository."""
    env = os.environ.get("BRIEFGEN_EVAL_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "eval"


@dataclass(frozen=True)
class Gold:
    doc: str
    start: int  # the EVENT token, offsets into the document text
    end: int
    word: str
    value: str  # the value of the expression the event happened within
    time_start: int = 0  # that expression, offsets into the document text
    time_end: int = 0


@dataclass(frozen=True)
class TimeMLDoc:
    id: str
    folder: str  # the corpus it comes from (TimeBank, AQUAINT)
    dct: date
    text: str
    gold: tuple[Gold, ...]


def read_timeml(path: Path) -> TimeMLDoc | None:
    """The TEXT of a .tml file with its tags removed, and the gold anchored events."""
    raw = path.read_text(encoding="utf-8")
    dct_value = re.search(r'<DCT>\s*<TIMEX3[^>]*value="([^"]+)"', raw)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if body is None or dct_value is None:
        return None
    dct = When.of(dct_value[1])
    if dct is None or dct.day is None:
        return None
    text: list[str] = []
    length = 0
    events: dict[str, tuple[int, int]] = {}
    timexes: dict[str, tuple[str, str, int, int]] = {}
    open_tag: tuple[str, dict[str, str], int] | None = None
    pos = 0
    for m in _TAG.finditer(body[1]):
        chunk = html.unescape(body[1][pos : m.start()])
        text.append(chunk)
        length += len(chunk)
        pos = m.end()
        attrs = dict(_ATTR.findall(m[3]))
        if not m[1] and m[2] in ("EVENT", "TIMEX3"):
            open_tag = (m[2], attrs, length)
        elif m[1] and open_tag is not None and open_tag[0] == m[2]:
            name, a, start = open_tag
            if name == "EVENT":
                events[a["eid"]] = (start, length)
            else:
                timexes[a["tid"]] = (a.get("type", ""), a.get("value", ""), start, length)
            open_tag = None
    text.append(html.unescape(body[1][pos:]))
    plain = "".join(text)
    instances = {
        a["eiid"]: a["eventID"]
        for a in (dict(_ATTR.findall(t)) for t in re.findall(r"<MAKEINSTANCE([^>]*)>", raw))
    }
    gold: dict[str, Gold] = {}
    for t in re.findall(r"<TLINK([^>]*)>", raw):
        a = dict(_ATTR.findall(t))
        rel = a.get("relType", "")
        if rel in _INCLUDED and "eventInstanceID" in a and "relatedToTime" in a:
            eiid, tid = a["eventInstanceID"], a["relatedToTime"]
        elif rel in _INCLUDES and "timeID" in a and "relatedToEventInstance" in a:
            eiid, tid = a["relatedToEventInstance"], a["timeID"]
        else:
            continue
        eid = instances.get(eiid)
        if eid not in events or tid not in timexes:
            continue  # t0 (the DCT) is outside TEXT, so it is never among ``timexes``
        kind, value, t_start, t_end = timexes[tid]
        if kind not in ("DATE", "TIME") or When.of(value) is None or eid in gold:
            continue
        start, end = events[eid]
        gold[eid] = Gold(path.name, start, end, plain[start:end], value, t_start, t_end)
    return TimeMLDoc(
        path.name,
        path.parent.name,
        dct.day,
        plain,
        tuple(sorted(gold.values(), key=lambda g: g.start)),
    )


def read_adjudicated(path: Path) -> dict[tuple[str, int, int], tuple[str, str]]:
    """(folder/document, event start, event end) -> (the gold value, the adjudicated one)."""
    if not path.exists():
        return {}
    out: dict[tuple[str, int, int], tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            e = json.loads(line)
            out[(e["doc"], e["start"], e["end"])] = (e["gold"], e["value"])
    return out


def extracted(d: TimeMLDoc, nlp: Any) -> tuple[str, Extraction, Any]:
    """``d``'s text as ingest reads it, its extraction by the build's own path (the whole
    text parsed, dates tagged on the document's date) and its parse (the sentences, for
    the covering verb and the nearest-date baseline)."""
    text = read_typewriter(d.text)
    document = Document(d.id, d.id, "txt", text, "", d.dct.isoformat(), "stated")
    return text, extract_document(document, nlp), parse(nlp, text)


def same_days(a: str | None, b: str) -> bool:
    if a is None:
        return False
    if a == b:
        return True
    wa, wb = When.of(a), When.of(b)
    return wa is not None and wb is not None and (wa.first, wa.last) == (wb.first, wb.last)


def _covering(gold: Gold, mentions: Sequence[EventMention], sdoc: object) -> EventMention | None:
    heads = {m.predicate: m for m in mentions if m.predicate}
    for m in mentions:  # the other verbs its date dates
        for span in m.co_predicates:
            heads.setdefault(span, m)
    for (start, end), m in heads.items():
        if start < gold.end and gold.start < end:
            return m
    span = sdoc.char_span(gold.start, gold.end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None or len(span) == 0:
        return None
    token = span.root
    sent = token.sent
    while token.head.i != token.i and token.head.sent == sent:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            key = (token.idx, token.idx + len(token.text))
            return heads.get(key)
    return None


def _nearest(gold: Gold, timexes: Sequence[Timex], sdoc: object) -> str | None:
    span = sdoc.char_span(gold.start, gold.end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None or len(span) == 0:
        return None
    sent = span.sent
    inside = [
        t
        for t in timexes
        if t.type in ("DATE", "TIME") and sent.start_char <= t.start < sent.end_char
    ]
    inside = [t for t in inside if When.of(t.value) is not None]
    if not inside:
        return None
    best = min(inside, key=lambda t: min(abs(t.start - gold.end), abs(gold.start - t.end)))
    return best.value


def _in_sentence(gold: Gold, timexes: Sequence[Timex], sdoc: object) -> bool:
    """Whether the tagger found the gold date (by its days) in the event's sentence."""
    span = sdoc.char_span(gold.start, gold.end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None or len(span) == 0:
        return False
    sent = span.sent
    return any(
        sent.start_char <= t.start < sent.end_char and same_days(t.value, gold.value)
        for t in timexes
    )


def _tagged(gold: Gold, timexes: Sequence[Timex]) -> Timex | None:
    """The tagger's expression overlapping the gold expression the event is linked to."""
    return next((t for t in timexes if t.start < gold.time_end and gold.time_start < t.end), None)


def _cause(
    gold: Gold, m: EventMention | None, found: Timex | None, timexes: Sequence[Timex], sdoc: object
) -> str:
    """Why a gold event missed: no mention covers it; the tagger gave its expression other
    days; the gold date is in its sentence but another dated it; or the gold date is in
    another sentence, and how the event was dated instead."""
    if m is None:
        return "uncovered"
    if found is not None and not same_days(found.value, gold.value):
        return "timex value wrong"
    if _in_sentence(gold, timexes, sdoc):
        return f"date in sentence, {m.anchor} chosen"
    return f"date in another sentence, {m.anchor}"


def _path_clause(event: object, time: object) -> str:
    """The kind of clause boundary on the parse path between the event token and the
    expression's head ("same clause" if none), or "event noun" for a noun event."""
    if getattr(event, "pos_", "") in ("NOUN", "PROPN"):
        return "event noun"
    up_e, up_t = _heads(event), _heads(time)
    common = {t.i for t in up_e} & {t.i for t in up_t}
    crossed = [
        t.dep_ for chain in (up_e, up_t) for t in _until(chain, common) if t.dep_ in _CLAUSES
    ]
    for dep in _CLAUSES:  # the most backgrounding boundary first
        if dep in crossed:
            return _CLAUSE_NAMES[dep]
    return "same clause"


def _heads(token: object) -> list[Any]:
    """``token`` and its heads up to its sentence's root."""
    out: list[Any] = [token]
    while out[-1].head.i != out[-1].i and len(out) < 60:
        out.append(out[-1].head)
    return out


def _until(chain: list[Any], common: set[int]) -> list[Any]:
    """The tokens of ``chain`` below the first one in ``common``."""
    stop = next((n for n, t in enumerate(chain) if t.i in common), len(chain))
    return chain[:stop]


def _phenomenon(
    gold: Gold,
    m: EventMention | None,
    found: Timex | None,
    timexes: Sequence[Timex],
    text: str,
    sdoc: object,
    adjudicated: bool,
) -> str:
    """The phenomenon a miss belongs to: gold that contradicts its text (adjudicated),
    uncovered, the tagger's value (by the kind of expression), the gold date in another
    sentence (by what the event is), or in the same one (by the clause boundary between
    the event and its expression, and whether any date reached the event)."""
    if adjudicated:
        return "gold contradicts its text (adjudicated)"
    if m is None:
        return "uncovered"
    said = text[gold.time_start : gold.time_end]
    if found is None:
        return "tagger: gold expression untagged"
    if not same_days(found.value, gold.value):
        kind = next(
            (
                k
                for k, r in (("weekday", _WEEKDAY), ("week", _WEEK), ("period", _PERIOD))
                if r.search(said)
            ),
            "other",
        )
        return f"tagger value differs: {kind}"
    span = sdoc.char_span(gold.start, gold.end, alignment_mode="expand")  # type: ignore[attr-defined]
    when = sdoc.char_span(gold.time_start, gold.time_end, alignment_mode="expand")  # type: ignore[attr-defined]
    event = span.root
    if when is None or len(when) == 0 or when.root.sent.start != event.sent.start:
        if open_at(text, gold.start):
            return "another sentence: event in a quotation"
        if lemma_of(event) in REPORTING:
            return "another sentence: verb of saying"
        if event.pos_ in ("NOUN", "PROPN"):
            return "another sentence: event noun"
        paragraph = text.rfind("\n", 0, gold.start) == text.rfind("\n", 0, gold.time_start)
        told = "simple past" if simple_tense(event) == "past" else "not simple past"
        return f"another sentence: {told}, {'same' if paragraph else 'another'} paragraph"
    clause = _path_clause(event, when.root)
    sent = event.sent
    dates = sum(
        1
        for t in timexes
        if t.type in ("DATE", "TIME") and sent.start_char <= t.start < sent.end_char
    )
    if m.anchor != "own":
        return f"same sentence, no date reached the event ({m.anchor}): {clause}"
    return f"same sentence, another date chosen: {clause}" + (
        ", several dates" if dates > 1 else ""
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--folder", help="only this corpus folder (TimeBank, AQUAINT)")
    parser.add_argument("--misses", type=int, default=0, help="print N misses per cause")
    parser.add_argument("--dump-errors", type=Path, help="write the system's errors as TSV")
    parser.add_argument(
        "--phenomena",
        action="store_true",
        help="print the misses of both halves grouped by phenomenon (counts only)",
    )
    parser.add_argument(
        "--half",
        choices=("even", "odd"),
        help="print and dump the misses of this half of the documents only (develop on one "
        "half, keep the other unread to check on)",
    )
    args = parser.parse_args(argv)

    folder = eval_dir() / "tbaq"
    paths = sorted(folder.glob(f"{args.folder or '*'}/*.tml"))
    if args.limit:
        paths = paths[: args.limit]
    docs = [d for d in (read_timeml(p) for p in paths) if d is not None]
    nlp = load_nlp()
    started = time.perf_counter()
    counts = {"system": 0, "covered": 0, "dct": 0, "nearest": 0}
    # Why the misses miss: no mention covers the event, or one does with another date;
    # and whether the gold date is in the event's sentence at all.
    misses = {"uncovered": 0, "wrong date": 0, "gold date not in the sentence": 0}
    # Whether the tagger found the gold expression, and with the gold's days: a miss whose
    # expression was tagged with other days is the tagger's value error, not anchoring's.
    tagged = {"gold expression untagged": 0, "tagged with another value": 0}
    # How each covering mention's date was found (its ``anchor``): events and right ones.
    by_anchor: dict[str, list[int]] = {}
    total = 0
    # Right and total per corpus folder (TimeBank, AQUAINT): gains should help both.
    by_folder: dict[str, list[int]] = {}
    # Right and total per half of the documents (odd and even places in sorted order): a
    # rule fitted to some documents helps one half and not the other.
    by_half: dict[str, list[int]] = {}
    errors: list[str] = []
    # The even half again, with the adjudicated links given the value their text supports.
    # (Whole runs only: the halves are places in the sorted list of every document.)
    adjudicated = {} if args.folder or args.limit else read_adjudicated(ADJUDICATED)
    applied = 0
    adjusted = [0, 0]
    # The misses per corpus folder and cause, each with what was said, to read.
    causes: dict[tuple[str, str], list[str]] = {}
    # The misses of each half by phenomenon (counts only: the odd half stays unread).
    phenomena: dict[str, dict[str, int]] = {}
    for place, d in enumerate(docs):
        half = "even documents" if place % 2 == 0 else "odd documents"
        text, extraction, sdoc = extracted(d, nlp)
        timexes, mentions = extraction.timexes, extraction.events
        for g in d.gold:
            total += 1
            m = _covering(g, mentions, sdoc)
            counts["covered"] += m is not None
            ok = m is not None and same_days(m.date, g.value)
            counts["system"] += ok
            counts["dct"] += same_days(d.dct.isoformat(), g.value)
            counts["nearest"] += same_days(_nearest(g, timexes, sdoc), g.value)
            folder_tally = by_folder.setdefault(d.folder, [0, 0])
            folder_tally[0] += 1
            folder_tally[1] += ok
            half_tally = by_half.setdefault(half, [0, 0])
            half_tally[0] += 1
            half_tally[1] += ok
            fixed = None
            if half == "even documents":
                fixed = adjudicated.get((f"{d.folder}/{d.id}", g.start, g.end))
                applied += fixed is not None and fixed[0] == g.value
                value = fixed[1] if fixed is not None and fixed[0] == g.value else g.value
                adjusted[0] += 1
                adjusted[1] += m is not None and same_days(m.date, value)
            if not ok and args.phenomena:
                hit = (
                    fixed is not None and fixed[0] == g.value if half == "even documents" else False
                )
                group = _phenomenon(g, m, _tagged(g, timexes), timexes, text, sdoc, hit)
                row = phenomena.setdefault(group, {})
                row[half] = row.get(half, 0) + 1
            tally = by_anchor.setdefault("uncovered" if m is None else m.anchor, [0, 0])
            tally[0] += 1
            tally[1] += ok
            if not ok and args.half in (None, half.split()[0]):
                misses["uncovered" if m is None else "wrong date"] += 1
                misses["gold date not in the sentence"] += not _in_sentence(g, timexes, sdoc)
                got = "-" if m is None else m.date
                how = "-" if m is None else m.anchor
                found = _tagged(g, timexes)
                said = d.text[g.time_start : g.time_end]
                tag = "-" if found is None else found.value
                if found is None:
                    tagged["gold expression untagged"] += 1
                elif not same_days(found.value, g.value):
                    tagged["tagged with another value"] += 1
                where = d.text[max(0, g.start - 80) : g.end + 60].replace("\n", " ")
                errors.append(
                    f"{d.folder}/{d.id}\t{g.word}\t{g.value}\t{got}\t{how}\t{said}\t{tag}\t{where}"
                )
                causes.setdefault((d.folder, _cause(g, m, found, timexes, sdoc)), []).append(
                    f"{d.id} dct {d.dct}: [{g.word}] gold {g.value} ({said}), got {got} ({how}): "
                    f"{where}"
                )
    seconds = time.perf_counter() - started
    print(f"TBAQ anchored events: {total} gold in {len(docs)} documents ({seconds:.0f} s)")
    print(f"{'system':<26}{'accuracy':>9}{'coverage':>10}")
    share = (lambda n: n / total) if total else (lambda n: 0.0)
    print(f"{'briefgen':<26}{share(counts['system']):>9.3f}{share(counts['covered']):>10.3f}")
    print(f"{'publication date':<26}{share(counts['dct']):>9.3f}{1.0:>10.3f}")
    print(f"{'nearest date in sentence':<26}{share(counts['nearest']):>9.3f}{1.0:>10.3f}")
    print("misses: " + ", ".join(f"{k} {v}" for k, v in misses.items()))
    print("         " + ", ".join(f"{k} {v}" for k, v in tagged.items()))
    # Own and inherited dates are the ones a timeline shows; focus, news and publication
    # are readings of undated sentences (see briefgen/extract/focus.py).
    print(f"{'how the date was found':<26}{'events':>9}{'right':>7}{'accuracy':>10}")
    for kind in (
        "own",
        "inherited",
        "focus",
        "news",
        "publication",
        "coreferent",
        "nominal",
        "uncovered",
    ):
        n, right = by_anchor.get(kind, [0, 0])
        print(f"{kind:<26}{n:>9}{right:>7}{(right / n if n else 0.0):>10.3f}")
    print(f"{'corpus':<26}{'events':>9}{'right':>7}{'accuracy':>10}")
    for name, (n, right) in (*sorted(by_folder.items()), *sorted(by_half.items())):
        print(f"{name:<26}{n:>9}{right:>7}{(right / n if n else 0.0):>10.3f}")
    if adjudicated and adjusted[0]:
        n, right = adjusted
        print(
            f"{'even, gold adjudicated':<26}{n:>9}{right:>7}{right / n:>10.3f}"
            f"  ({applied} of {len(adjudicated)} links of {ADJUDICATED.name} given the value"
            " their text supports; not the headline)"
        )
    print(f"{'misses by cause':<48}{'events':>7}")
    for (name, cause), found_misses in sorted(causes.items()):
        print(f"{name + ': ' + cause:<48}{len(found_misses):>7}")
        for line in found_misses[: args.misses]:
            print("    " + line)
    if args.phenomena:
        print(f"{'misses by phenomenon':<72}{'even':>6}{'odd':>6}")
        rows = sorted(phenomena.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
        for group, row in rows:
            even, odd = row.get("even documents", 0), row.get("odd documents", 0)
            print(f"{group:<72}{even:>6}{odd:>6}")
    if args.dump_errors:
        head = "doc\tevent\tgold\tgot\tanchor\tgold_timex\ttagged_value\tcontext\n"
        args.dump_errors.write_text(head + "\n".join(errors) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
