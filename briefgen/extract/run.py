"""Run every extractor over every document: dates, then one spaCy pass, then the rest.

One function, ``extract_document``, extracts one document. A failure inside it is
caught at the document's boundary and reported, never fatal to the build. Large
corpora are spread over worker processes that die with their parent.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import TYPE_CHECKING

from briefgen.extract.parse import MAX_ANALYSED_CHARS, parse
from briefgen.extract.pool import ExtractionPool
from briefgen.extract.sharing import Sharing, held_once
from briefgen.models import Block, Document, Extraction, Timex
from briefgen.structure.model import extraction_view, speaker_name, turn_at
from briefgen.when import When

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc

    from briefgen.config import Executor
    from briefgen.extract.cache import ExtractionCache

log = logging.getLogger(__name__)

PARALLEL_FROM = 40
# Fewer documents go to worker processes too when their text is this long. Forking from the
# loaded model and sending the extractions back cost ~0.13 CPU s (10 articles, 25,000
# characters: 1.10 CPU s in one process, 1.24 on two); extracting reads ~20,000 characters
# a CPU second, so from ~12,000 characters (0.6 s) two cores save more wall time than the
# fork costs. A rebuild's few new articles are often about that much.
PARALLEL_CHARS = 12_000
# The words a skipped document's problem carries; the data notes and the sweep count by them.
NOT_EXTRACTED = "could not be extracted"


@dataclass(frozen=True)
class Failure:
    """A document whose extraction raised: skipped, and named in the data notes."""

    doc: str
    error: str
    traceback: str = ""

    def problem(self) -> str:
        """``<doc>: could not be extracted (<error>); skipped``, as the CLI prints it."""
        return f"{self.doc}: {NOT_EXTRACTED} ({self.error}); skipped"


@dataclass(frozen=True)
class ExtractionRun:
    """What the extract stage made of a corpus: one Extraction or one Failure a document."""

    extractions: tuple[Extraction, ...]
    failures: tuple[Failure, ...] = ()
    cached: int = 0  # documents whose extraction came from the cache, not the extractors
    # document id -> the extraction's cache key (with a cache): what is read from a
    # document's extraction alone can be kept under it (``reportable``)
    keys: Mapping[str, str] = field(default_factory=dict)


def anchor_day(value: str | None) -> date | None:
    """The day relative expressions are anchored on: the date itself, or mid-month."""
    when = When.of(value)
    if when is None or when.granularity not in ("day", "month"):
        return None
    return when.day or when.first.replace(day=15)


def stated_day(document: Document) -> bool:
    """Whether the document's date is a day it states, not a month or a date inferred from
    its text (``tag``'s ``dct_stated``)."""
    when = When.of(document.date)
    stated = document.date_source not in ("none", "inferred")
    return stated and when is not None and when.granularity == "day"


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
    """Tag the document's dates, settle its own date, and re-anchor if that changed it.

    A wire story's dateline, when it names a day near the stated date, dates the story
    (``dated_by_dateline``): its relative times are told from that day.
    """
    from briefgen.extract.dateline import dated_by_dateline
    from briefgen.extract.day_early import next_day_weekdays
    from briefgen.extract.dct import infer_document_date
    from briefgen.extract.timex import tag

    document = dated_by_dateline(document)
    # Dates are read in the body and transcript only: a sidebar's year is not the story's.
    text = extraction_view(document.text, document.blocks)

    # a time of day with no day is dated against the page's stamp, on the stamp's day only
    def tagged(dated_as: Document) -> list[Timex]:
        # the page's dates read against the day it is dated (its stamp's publication kept)
        return _with_labels(
            dated_as,
            tag(
                text,
                anchor_day(dated_as.date),
                published=document.published,
                dct_stated=stated_day(dated_as),
            ),
        )

    timexes = tagged(document)
    dated = infer_document_date(document, timexes, corpus_year=year)
    if dated.date != document.date:
        timexes = tagged(dated)
    # a page dated the day before its news: moved, or its conflicting weekday left undated
    found = next_day_weekdays(dated, text, timexes)
    if found is not None:
        moved, timexes = found
        if moved.date != dated.date:
            timexes = tagged(moved)
        dated = moved
    return dated, timexes


def _with_labels(document: Document, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with the dates of a dated list's labels, which the view blanks."""
    from briefgen.extract.labelled import label_timexes

    labels = label_timexes(document, anchor_day(document.date))
    return sorted([*timexes, *labels], key=lambda t: (t.start, t.end)) if labels else timexes


def extract_document(document: Document, nlp: Language, *, year: int | None = None) -> Extraction:
    """Dates, sentences, events, actor mentions and positions of one document.

    ``year`` is the corpus's usual year (``corpus_year``), for undated day-month mentions.
    A text longer than ``MAX_ANALYSED_CHARS`` is analysed up to that point only.
    """
    from briefgen.extract.actors import extract_mentions
    from briefgen.extract.described_numbers import described_numbers
    from briefgen.extract.event_days import counted_from_events
    from briefgen.extract.events import extract_events
    from briefgen.extract.positions import extract_positions

    analysed = document
    if len(document.text) > MAX_ANALYSED_CHARS:
        # Offsets into the prefix stay valid in the whole text.
        analysed = replace(document, text=document.text[:MAX_ANALYSED_CHARS])
    dated, timexes = date_document(analysed, year)
    sdoc = parse(nlp, extraction_view(dated.text, dated.blocks))
    mentions = extract_mentions(dated, sdoc)
    events = extract_events(dated, sdoc, timexes, mentions, readings=True)
    counted = counted_from_events(sdoc, timexes, events)
    if counted != list(timexes):
        # "the day after his death": a day counted from a happening the events dated
        timexes = counted
        events = extract_events(dated, sdoc, timexes, mentions, readings=True)
    positions = extract_positions(
        dated, sdoc, mentions, turn_speaker=_turn_speaker(dated.blocks), events=events
    )
    if analysed is not document:
        note = (
            f"{len(document.text):,} characters long: only the first "
            f"{MAX_ANALYSED_CHARS:,} were analysed"
        )
        dated = replace(dated, text=document.text, warnings=(*dated.warnings, note))
    # One object for each equal value: sent once to the build's process, held once there.
    one = Sharing().one
    return Extraction(
        document=dated,
        sentences=one(_read_sentences(sdoc)),
        timexes=one(tuple(timexes)),
        events=one(tuple(events)),
        mentions=one(tuple(mentions)),
        positions=one(tuple(positions)),
        described=one(described_numbers(sdoc)),
    )


def extract_or_fail(document: Document, nlp: Language, year: int | None) -> Extraction | Failure:
    """``extract_document``, with any exception turned into a ``Failure`` for this document."""
    try:
        return extract_document(document, nlp, year=year)
    except Exception as exc:  # one bad document must not sink a corpus
        error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return Failure(document.id, error.splitlines()[0][:300], traceback.format_exc())


def _map(
    documents: Sequence[Document],
    year: int | None,
    stack: ExitStack,
    nlp: Language | None,
    executor: Executor,
    scheduler: str | None,
    load_model: Callable[[], Language] | None = None,
    meanwhile: Callable[[], None] | None = None,
    pool: ExtractionPool | None = None,
) -> Iterable[Extraction | Failure]:
    """``extract_or_fail`` over the documents on the chosen executor, in input order;
    ``meanwhile`` is called once worker processes have the documents (never when this
    process extracts them itself: its work would then only be counted as extraction's).
    A ``pool`` already started (``early_pool``) takes them all, whatever their number."""
    if not documents:  # all from the cache: no model, no workers, no cluster
        return iter(())
    if pool is not None:
        return _after(pool.extract(documents, year), meanwhile)
    if executor == "dask":
        from briefgen.extract.dask_executor import connect, extract_on_cluster

        if scheduler is None:
            raise ValueError("the dask executor needs a scheduler address")
        client = stack.enter_context(connect(scheduler))
        results = extract_on_cluster(client, documents, year)
        stack.callback(results.close)  # cancels what is still queued, before the client goes
        # Not ``meanwhile``: the generator submits its first documents when first read.
        return results
    from briefgen.extract.nlp import load_nlp

    nlp = nlp or (load_model or load_nlp)()
    processes = process_count(len(documents), chars=sum(len(d.text) for d in documents))
    if processes > 1:
        pool = stack.enter_context(ExtractionPool(nlp, processes))
        return _after(pool.extract(documents, year), meanwhile)
    return (extract_or_fail(d, nlp, year) for d in documents)


def _after(
    results: Iterator[Extraction | Failure], meanwhile: Callable[[], None] | None
) -> Iterator[Extraction | Failure]:
    """``results``, once ``meanwhile`` has run: the work is already running elsewhere."""
    if meanwhile:
        meanwhile()
    return results


# Fields of a document that extraction never settles, so the sent document's stand: the
# source is where this build read it (a cached copy may have been read elsewhere); the
# blocks are the structure stage's, and a cached copy's may differ from today's where no
# extractor reads them (its key holds only what they read: ``read_blocks``); the text is
# the sent one (``extract_document`` hands back the whole text it was given), and the
# cache stores neither text nor blocks (``ExtractionCache.put``).
_NOT_SETTLED = frozenset({"source", "blocks", "text"})


def with_document_of(extraction: Extraction, sent: Document) -> Extraction:
    """``extraction``, holding the document it was made of wherever they agree.

    A worker process or the cache gives back its own copy of the document (its text,
    blocks, title), equal to the one this process already keeps for the whole build
    field for field but for what extraction settled (the date): two copies of every
    text. The sent document's objects are kept instead, the copy's left to be freed.
    """
    made = extraction.document
    if made is sent:
        return extraction
    changed = {
        f.name: getattr(made, f.name)
        for f in fields(made)
        if f.name not in _NOT_SETTLED and getattr(made, f.name) != getattr(sent, f.name)
    }
    return replace(extraction, document=replace(sent, **changed) if changed else sent)


def early_pool(executor: Executor, needed: bool) -> ExtractionPool | None:
    """Workers for a build that will extract pages (``needed``: no cache yet, or pages its
    last build did not have), started before they are known: each loads the model while
    the build's own process imports the later stages and reads and sieves the corpus, which
    leave the other cores idle. Only where workers are forked, on the local executor."""
    if executor != "local" or not needed or "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ExtractionPool.early(process_count(PARALLEL_FROM))


def process_count(documents: int, chars: int = 0) -> int:
    """Work on every core for a large corpus, or a few long documents; a handful of short
    ones is not worth the fork."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    worth = documents >= PARALLEL_FROM or (documents > 1 and chars >= PARALLEL_CHARS)
    return max(1, min(cores or 1, 4, documents)) if worth else 1


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


def _turn_speaker(blocks: Sequence[Block]) -> Callable[[int], str | None] | None:
    """The speaker of the transcript turn holding an offset ("COOPER: …" → Cooper)."""
    if not any(b.kind == "transcript" and b.label for b in blocks):
        return None

    def speaker(offset: int) -> str | None:
        label = turn_at(blocks, offset)
        return speaker_name(label) if label else None

    return speaker


def extract_documents(
    documents: Sequence[Document],
    *,
    nlp: Language | None = None,
    on_document: Callable[[Document], None] | None = None,
    cache: ExtractionCache | None = None,
    executor: Executor = "local",
    scheduler: str | None = None,
    load_model: Callable[[], Language] | None = None,
    meanwhile: Callable[[], None] | None = None,
    on_extracted: Callable[[Extraction, str], None] | None = None,
    pool: ExtractionPool | None = None,
) -> ExtractionRun:
    """Extract every document, in order; the ones that fail are returned as ``failures``.

    ``executor`` "local" works on this machine's cores; "dask" sends the documents to the
    ``dask.distributed`` scheduler at ``scheduler`` (``tcp://HOST:PORT``), whose workers
    load their own model (``nlp`` is then not needed). With a ``cache``, a document whose
    extraction is stored is not extracted again: only the misses go to the executor, and
    what comes back is stored as it arrives. Without ``nlp``, the local executor calls
    ``load_model`` (default ``load_nlp``) once, and only if a document needs extracting.
    ``meanwhile`` is called once the local executor's worker processes have the documents:
    the caller's own work then overlaps the extraction (not called when this process
    extracts, nor on Dask). ``on_extracted`` is called, with a ``cache``, with each
    extraction made in this run (not read from the cache) and its whole document key
    (``ExtractionRun.keys``'), as it arrives: the caller's work on it then overlaps the
    extraction of the documents after it. A ``pool`` started early (``early_pool``)
    extracts the misses on the local executor, and is shut down with the stage.
    """
    year = corpus_year(documents)
    keys = [cache.key(d, year) for d in documents] if cache else []
    intact = cache.intact_many(keys) if cache else {}
    ready: dict[str, Extraction] = {}
    if cache and executor == "dask":
        # Decoded now: an entry that does not decode is then sent with the misses, where
        # this process has no model to extract it with.
        ready, intact = cache.decoded_many(intact), {}
    sent = [
        i
        for i in range(len(documents))
        if not cache or (keys[i] not in intact and keys[i] not in ready)
    ]
    extractions: list[Extraction] = []
    failures: list[Failure] = []
    with ExitStack() as stack:
        misses = [documents[i] for i in sent]
        if pool is not None and misses:
            stack.enter_context(pool)
        elif pool is not None:
            pool.stop()  # started early for pages that all turned out to be cached
        fresh = iter(
            _map(misses, year, stack, nlp, executor, scheduler, load_model, meanwhile, pool)
        )
        if cache and intact:
            # The entries decoded while the workers extract the misses: a 5%-new rebuild of
            # 1,600 articles decodes ~1,500 (~1.5 CPU s), which held the workers back.
            ready = cache.decoded_many(intact)
        del intact  # the stored bytes, decoded
        to_come = set(sent)
        for i, document in enumerate(documents):
            result: Extraction | Failure
            made_here = i in to_come or keys[i] not in ready
            if i in to_come:
                result = next(fresh)
            elif keys[i] in ready:
                result = ready[keys[i]]
            else:  # intact, but not this code's encoding: extracted here
                from briefgen.extract.nlp import load_nlp

                nlp = nlp or (load_model or load_nlp)()
                result = extract_or_fail(document, nlp, year)
            if cache and made_here and isinstance(result, Extraction):
                cache.put(keys[i], result)
            if isinstance(result, Extraction):
                result = with_document_of(result, document)
                if made_here:  # the cache's decoder shares them as it reads
                    result = held_once(result)
                if cache and made_here and on_extracted:
                    on_extracted(result, cache.whole_key(document, year))
            if isinstance(result, Failure):
                log.debug("%s: extraction failed\n%s", result.doc, result.traceback)
                failures.append(result)
            else:
                extractions.append(result)
            if on_document:
                on_document(document)
    hits = sum(key in ready for key in keys)
    if cache:
        cache.finish(hits=hits, extracted=len(documents) - hits)
    ids = {x.document.id for x in extractions}
    # what is kept beside an extraction reads more of the blocks than the extractors do
    made = {d.id: cache.whole_key(d, year) for d in documents if cache and d.id in ids}
    return ExtractionRun(tuple(extractions), tuple(failures), cached=hits, keys=made)
