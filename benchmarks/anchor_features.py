"""Candidate dates for one event mention, and the features a learned chooser ranks them by.

The choice briefgen's rules make (``EventMention.anchor``: own, inherited, focus, news,
publication) is framed as ranking: the candidates are the calendar expressions of the
event's sentence, of the sentences before it (``BEFORE``) and of the one after it, plus
the document's date; each candidate gets a row of features from what the parse and the
rules already know, and a model scores the rows. Used by ``anchor_learn.py`` (an
experiment on TempEval-3 TBAQ; see ``docs/timeline.md``, "Issue 11, item 2").

Features of a candidate, relative to the event token:
- the rules' choice: whether the candidate has the rules' days, crossed with the rules'
  kind of anchor (own, inherited, focus, news, publication, coreferent);
- where it is: the document date, same sentence, sentences before or after, same
  paragraph, tokens between, before or after the event, its rank by distance among the
  sentence's candidates, and whether it is the nearest one before the event;
- the parse: dependency path length, whether the event is the expression's governing
  verb, the clause boundaries crossed (relative, reported, adverbial, coordinated,
  infinitive), the preposition heading the expression;
- the expression: granularity, a clock time, a weekday, a deictic word (today,
  yesterday), a number, "last/next/this", how many expressions of the document share its
  days, whether it falls before, on or after the document date, in a quotation;
- the event, crossed with the candidate being the document date and with falling after
  it: a noun, the simple past or present, a modal, a verb of saying, in a quotation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from briefgen.extract.clauses import REPORTING, lemma_of
from briefgen.extract.dated import governing_verb
from briefgen.extract.quotes import open_at
from briefgen.extract.verb_tense import modal, simple_tense
from briefgen.models import EventMention, Timex
from briefgen.when import When

BEFORE = 4  # sentences before the event's whose expressions are candidates
AFTER = 1  # and after
KINDS = ("own", "inherited", "focus", "news", "publication", "coreferent")
_CLAUSES = ("relcl", "acl", "appos", "ccomp", "parataxis", "advcl", "conj", "xcomp")
_PREPS = ("in", "on", "at", "since", "by", "until", "before", "after", "during", "for", "from")
_WEEKDAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_DEICTIC = re.compile(r"(?i)\b(?:today|tonight|yesterday|tomorrow|now)\b")
_SHIFT = re.compile(r"(?i)\b(?:last|next|this|past|coming|earlier|later|ago)\b")
GRANULARITIES = ("day", "week", "month", "season", "year", "decade")


@dataclass
class Candidate:
    """One date an event could be dated by, with its features."""

    value: str
    features: dict[str, float] = field(default_factory=dict)


def same_days(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    if a == b:
        return True
    wa, wb = When.of(a), When.of(b)
    return wa is not None and wb is not None and (wa.first, wa.last) == (wb.first, wb.last)


def _heads(token: Any) -> list[Any]:
    out: list[Any] = [token]
    while out[-1].head.i != out[-1].i and len(out) < 60:
        out.append(out[-1].head)
    return out


def _path(event: Any, time: Any) -> tuple[int, set[str]]:
    """Dependency path length between two tokens of one sentence, and the clause
    dependencies on it."""
    up_e, up_t = _heads(event), _heads(time)
    ids_t = {t.i: n for n, t in enumerate(up_t)}
    for n, t in enumerate(up_e):
        if t.i in ids_t:
            m = ids_t[t.i]
            deps = {x.dep_ for x in (*up_e[:n], *up_t[:m]) if x.dep_ in _CLAUSES}
            return n + m, deps
    return 60, set()


def _content(sent: Any) -> set[str]:
    """The lemmas of a sentence's nouns, names and verbs, but for the most common ones."""
    return {
        lemma_of(t)
        for t in sent
        if t.pos_ in ("NOUN", "PROPN", "VERB") and not t.is_stop and lemma_of(t) not in REPORTING
    }


def _sentence_start(sdoc: Any, t: Timex) -> int | None:
    span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else int(span.sent.start)


def _prep(span: Any) -> str:
    """The preposition heading the expression ("on Monday", "since 1990"), else the word
    before it when that is a preposition, else "none"."""
    head = span.root.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        word = head.lower_
    elif span.start > 0 and span.doc[span.start - 1].pos_ == "ADP":
        word = span.doc[span.start - 1].lower_
    else:
        return "none"
    return word if word in _PREPS else "other"


def candidates(
    event: Any,
    rule: EventMention | None,
    timexes: Sequence[Timex],
    text: str,
    sdoc: Any,
    dct: date,
) -> list[Candidate]:
    """The candidate dates of the event token ``event`` (a spaCy token of ``sdoc``), the
    rules' mention ``rule`` covering it (or None), with their features. Candidates with
    the same days are one (the nearest expression's features)."""
    sents = list(sdoc.sents)
    index = {s.start: n for n, s in enumerate(sents)}
    here = index[event.sent.start]
    paragraph = text.rfind("\n\n", 0, event.idx)
    dct_value = dct.isoformat()
    rule_value = rule.date if rule is not None else None
    rule_kind = rule.anchor if rule is not None else "uncovered"
    counts: dict[tuple[date, date], int] = {}
    usable: list[tuple[Timex, When]] = []
    for t in timexes:
        when = When.of(t.value)
        if t.type in ("DATE", "TIME") and when is not None:
            usable.append((t, when))
            counts[(when.first, when.last)] = counts.get((when.first, when.last), 0) + 1
    # event features, crossed with candidate ones below
    is_noun = event.pos_ in ("NOUN", "PROPN")
    tense = simple_tense(event) if not is_noun else None
    ev = {
        "noun": float(is_noun),
        "past": float(tense == "past"),
        "present": float(tense == "present"),
        "modal": float(not is_noun and modal(event)),
        "saying": float(lemma_of(event) in REPORTING),
        "quoted": float(open_at(text, event.idx)),
    }
    own_words = _content(event.sent)
    event_lemma = lemma_of(event)
    dated_sentences = {index.get(_sentence_start(sdoc, t) or 0) for t, _w in usable}
    rows: list[tuple[float, Candidate]] = []
    same_sentence: list[tuple[int, int]] = []  # (distance, row) for the rank feature
    nearest_before: tuple[int, int] | None = None
    nearest_row = -1
    for t, when in usable:
        span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        where = index.get(span.sent.start)
        if where is None or not (here - BEFORE <= where <= here + AFTER):
            continue
        f: dict[str, float] = {}
        gap = here - where
        f["sent_gap"] = float(gap)
        f["same_sentence"] = float(gap == 0)
        f["prev_sentence"] = float(gap == 1)
        f["far_sentence"] = float(gap >= 2)
        f["next_sentence"] = float(gap < 0)
        f["same_paragraph"] = float(text.rfind("\n\n", 0, t.start) == paragraph)
        tokens = min(abs(span.start - event.i), abs(event.i - span.end + 1))
        f["log_tokens"] = math.log1p(tokens)
        if gap != 0:
            # topic continuity: the words the two sentences share, the event's own word
            # there (the same happening dated: "the bombing ... The bombing on Friday"),
            # and the dated sentences between
            theirs = _content(span.sent)
            union = own_words | theirs
            f["overlap"] = len(own_words & theirs) / len(union) if union else 0.0
            f["event_word_there"] = float(event_lemma in {lemma_of(x) for x in span.sent})
            lo, hi = sorted((here, where))
            f["dated_between"] = float(
                sum(1 for n in dated_sentences if n is not None and lo < n < hi)
            )
            gov = governing_verb(span)
            f["there_past"] = float(gov is not None and simple_tense(gov) == "past")
            f["there_same_tense"] = float(
                gov is not None and tense is not None and simple_tense(gov) == tense
            )
        f["after_event"] = float(span.start > event.i)
        if gap == 0:
            length, deps = _path(event, span.root)
            f["path"] = math.log1p(length)
            for dep in _CLAUSES:
                f[f"crosses_{dep}"] = float(dep in deps)
            gov = governing_verb(span)
            f["governs"] = float(gov is not None and gov.i == event.i)
            f["head_is_event"] = float(span.root.head.i == event.i)
        else:
            f["path"] = math.log1p(60)
        prep = _prep(span)
        f[f"prep_{prep}"] = 1.0
        for g in GRANULARITIES:
            f[f"gran_{g}"] = float(when.granularity == g)
        f["clock"] = float(t.type == "TIME" or when.minute is not None)
        f["weekday"] = float(bool(_WEEKDAY.search(t.text)))
        f["deictic"] = float(bool(_DEICTIC.search(t.text)))
        f["shifted"] = float(bool(_SHIFT.search(t.text)))
        f["digit"] = float(any(c.isdigit() for c in t.text))
        f["log_same_value"] = math.log1p(counts[(when.first, when.last)])
        before = when.last < dct
        after = when.first > dct
        f["before_dct"] = float(before)
        f["after_dct"] = float(after)
        f["holds_dct"] = float(when.first <= dct <= when.last)
        f["is_dct_day"] = float(same_days(t.value, dct_value))
        f["log_gap_days"] = math.log1p(abs((when.first - dct).days)) if before else 0.0
        f["timex_quoted"] = float(open_at(text, t.start))
        f["same_quote_state"] = float(f["timex_quoted"] == ev["quoted"])
        for name, v in ev.items():
            f[f"ev_{name}_x_after_dct"] = v * f["after_dct"]
            f[f"ev_{name}_x_same_sentence"] = v * f["same_sentence"]
        f["past_x_before"] = ev["past"] * f["before_dct"]
        row = len(rows)
        rows.append((tokens + 1000 * abs(gap), Candidate(t.value, f)))
        if gap == 0:
            same_sentence.append((tokens, row))
        if gap > 0 or (gap == 0 and span.start < event.i):
            key = (gap, tokens)
            if nearest_before is None or key < (nearest_before[0], nearest_before[1]):
                nearest_before = (gap, tokens)
                nearest_row = row
    if nearest_before is not None:
        rows[nearest_row][1].features["nearest_before"] = 1.0
    for rank, (_d, row) in enumerate(sorted(same_sentence)):
        rows[row][1].features["rank_in_sentence"] = float(min(rank, 3))
        rows[row][1].features["first_in_sentence"] = float(rank == 0)
    n_same = float(len(same_sentence))
    # the document's date
    dct_row = Candidate(dct_value, {"is_dct": 1.0, "path": math.log1p(60), "sent_gap": 5.0})
    for name, v in ev.items():
        dct_row.features[f"ev_{name}_x_dct"] = v
    dct_row.features["dct_x_no_date_in_sentence"] = float(n_same == 0)
    rows.append((1e9, dct_row))
    # merge same days: the nearest expression's row, with the rules' mark
    rows.sort(key=lambda r: r[0])
    out: list[Candidate] = []
    for _key, c in rows:
        if any(same_days(c.value, o.value) for o in out):
            continue
        out.append(c)
    elsewhere = rule_value is not None and When.of(rule_value) is not None
    if (
        rule_value is not None
        and elsewhere
        and not any(same_days(rule_value, c.value) for c in out)
    ):
        # the rules' date from further back (an inherited or focus date)
        out.append(Candidate(rule_value, {"rule_elsewhere": 1.0, "path": math.log1p(60)}))
    rule_when = When.of(rule_value) if rule_value is not None else None
    for c in out:
        c.features["n_in_sentence"] = n_same
        when = When.of(c.value)
        if rule_when is not None and when is not None:
            # the candidate against the rules' date: earlier or later, finer or coarser
            c.features["before_rule"] = float(when.last < rule_when.first)
            c.features["after_rule"] = float(when.first > rule_when.last)
            c.features["finer_than_rule"] = float(when.rank > rule_when.rank)
            c.features["coarser_than_rule"] = float(when.rank < rule_when.rank)
        is_rule = same_days(c.value, rule_value)
        c.features["rule"] = float(is_rule)
        for kind in KINDS:
            c.features[f"rule_{kind}"] = float(is_rule and rule_kind == kind)
    return out
