"""Run every extractor over every document: dates, then one spaCy pass, then the rest."""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from briefgen.extract.textview import nlp_view
from briefgen.models import Document, Extraction, Position, Timex, parse_day
from briefgen.structure.model import extraction_view, speaker_name, turn_at

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc

log = logging.getLogger(__name__)

PARALLEL_FROM = 40


def anchor_day(value: str | None) -> date | None:
    """The day relative expressions are anchored on: the date itself, or mid-month."""
    if not value:
        return None
    day = parse_day(value)
    if day is None and len(value) == 7 and value[4] == "-" and value[:4].isdigit():
        try:
            day = date(int(value[:4]), int(value[5:7]), 15)
        except ValueError:
            return None
    return day


def corpus_year(documents: Sequence[Document]) -> int | None:
    """The year most documents state (latest on a tie): where undated day-month
    mentions ("On 23 August") most likely belong when a text never writes its year."""
    years = Counter(
        int(d.date[:4])
        for d in documents
        if d.date and d.date[:4].isdigit() and d.date_source not in ("none", "inferred")
    )
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))


def date_document(document: Document, year: int | None = None) -> tuple[Document, list[Timex]]:
    """Tag the document's dates, settle its own date, and re-anchor if that changed it."""
    from briefgen.extract.dct import infer_document_date
    from briefgen.extract.timex import tag

    # Dates are read in the body and transcript only: a sidebar's year is not the story's.
    text = extraction_view(document.text, document.blocks)
    timexes = tag(text, anchor_day(document.date))
    dated = infer_document_date(document, timexes, corpus_year=year)
    if dated.date != document.date:
        timexes = tag(text, anchor_day(dated.date))
    return dated, timexes


def _processes(documents: int) -> int:
    """Parse on every core for a large corpus; a handful of documents is not worth the fork."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, 4)) if documents >= PARALLEL_FROM else 1


def _dated_views(
    documents: Sequence[Document], year: int | None
) -> Iterator[tuple[str, tuple[Document, list[Timex]]]]:
    """(text for the parser, (dated document, its timexes)), tagged lazily: the main
    process tags dates while parser workers parse earlier documents."""
    for document in documents:
        dated, timexes = date_document(document, year)
        yield nlp_view(extraction_view(dated.text, dated.blocks)), (dated, timexes)


def _read_sentences(sdoc: SpacyDoc) -> tuple[tuple[int, int], ...]:
    """Sentence spans trimmed of whitespace; a blanked span (page furniture, captions) is
    no sentence, though its characters are still there in the document's text."""
    out = []
    for s in sdoc.sents:
        text = s.text
        start = s.start_char + len(text) - len(text.lstrip())
        end = s.start_char + len(text.rstrip())
        if start < end:
            out.append((start, end))
    return tuple(out)


def _turn_speakers(doc: Document, positions: Sequence[Position]) -> list[Position]:
    """A position inside a transcript turn whose speaker the text does not resolve is the
    turn's speaker's ("COOPER: …" → Cooper)."""
    out = []
    for p in positions:
        label = turn_at(doc.blocks, p.start) if p.speaker is None else None
        out.append(replace(p, speaker=speaker_name(label)) if label else p)
    return out


def extract_documents(
    documents: Sequence[Document],
    *,
    nlp: Language | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> list[Extraction]:
    """Extract dates, sentences, events, actor mentions and positions from each document."""
    from briefgen.extract.actors import extract_mentions
    from briefgen.extract.events import extract_events
    from briefgen.extract.nlp import load_nlp
    from briefgen.extract.positions import extract_positions

    nlp = nlp or load_nlp()
    year = corpus_year(documents)
    results: list[Extraction] = []
    parsed = nlp.pipe(
        _dated_views(documents, year),
        as_tuples=True,
        batch_size=4,
        n_process=_processes(len(documents)),
    )
    for sdoc, (doc, timexes) in parsed:
        sentences = _read_sentences(sdoc)
        mentions = extract_mentions(doc, sdoc)
        positions = _turn_speakers(doc, extract_positions(doc, sdoc, mentions))
        events = extract_events(doc, sdoc, timexes, mentions)
        results.append(
            Extraction(
                document=doc,
                sentences=sentences,
                timexes=tuple(timexes),
                events=tuple(events),
                mentions=tuple(mentions),
                positions=tuple(positions),
            )
        )
        if on_document:
            on_document(doc)
    return results
