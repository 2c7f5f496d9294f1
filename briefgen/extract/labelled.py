"""Entries of a dated list, dated by their labels.

The structure stage cuts a timeline's date label off the entry it opens
(``structure.datedlist``): the label is no part of any sentence, and the entry's first
sentence carries no date of its own ("Preliminary hearings begin."). The page files the
entry under the label, so the label is the entry's date: its temporal expression is read
from the label (``label_timexes``), and the entry's first sentence is an event of that
date, its main verb the happening (``labelled_events``). Timelines tell their entries in
the historical present, so the verb need not be past.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from briefgen.extract.clauses import lemma_of
from briefgen.extract.news_span import news_span
from briefgen.models import Document, EventMention, Evidence, Timex
from briefgen.structure.datedlist import date_labels

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["label_timexes", "labelled_events"]

_CALENDAR_TYPES = ("DATE", "TIME")


def label_timexes(document: Document, dct: date | None) -> list[Timex]:
    """The temporal expression of each dated-list label of ``document``, at its offsets
    in the text; a label the tagger reads no whole date in is left out."""
    from briefgen.extract.timex import tag

    out: list[Timex] = []
    for label, _entry in date_labels(document.text, document.blocks):
        found = [t for t in tag(label.time or "", dct) if t.type in _CALENDAR_TYPES]
        if len(found) != 1 or found[0].text.strip() != (label.time or "").strip():
            continue
        t = found[0]
        out.append(
            Timex(label.start + t.start, label.start + t.end, t.text, t.type, t.value, t.mod)
        )
    return out


def labelled_events(
    document: Document,
    sdoc: Doc,
    timexes: Sequence[Timex],
    *,
    bounds: Callable[[str, int, int, int], tuple[int, int]],
    describe: Callable[[Token, int, int], tuple[str, tuple[str, ...]]],
    mention_id: Callable[[str, int, int], str],
) -> list[EventMention]:
    """One event per dated-list entry: its first sentence's main verb, of the label's date.

    ``timexes`` are the document's (those of the labels among them); ``bounds`` clips a
    sentence to its line, ``describe`` gives a verb's trimmed clause and its actors.
    """
    text = document.text
    by_start = {t.start: t for t in timexes}
    out: list[EventMention] = []
    for label, entry in date_labels(text, document.blocks):
        timex = by_start.get(label.start)
        if timex is None or timex.end > label.end:
            continue
        span = sdoc.char_span(entry.start, entry.end, alignment_mode="contract")
        if span is None or len(span) == 0:
            continue
        sent = span[0].sent
        start, end = bounds(text, max(sent.start_char, entry.start), sent.end_char, entry.start)
        verb = _main_verb([t for t in sent if start <= t.idx < end])
        if verb is None:
            continue
        description, actors = describe(verb, start, end)
        if len(description.split()) < 2:
            continue
        lo, hi = news_span(verb, start, end)
        out.append(
            EventMention(
                id=mention_id(document.id, timex.start, timex.end),
                doc=document.id,
                date=timex.value,
                timex=timex,
                description=description,
                evidence=Evidence(document.id, lo, hi, text[lo:hi], text[start:end], start),
                actors=actors,
                predicate=(verb.idx, verb.idx + len(verb.text)),
                lemma=lemma_of(verb),
            )
        )
    return out


def _main_verb(tokens: Sequence[Token]) -> Token | None:
    """The sentence's root when it is a finite verb (or its auxiliary carries the tense)."""
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    finite = ("VBD", "VBZ", "VBP")
    if root.tag_ in finite or any(c.tag_ in (*finite, "MD") for c in root.children):
        return root
    return None
