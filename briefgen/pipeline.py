"""``build_brief``: ingest → extract → aggregate → summarize → render, and nothing else."""

from __future__ import annotations

import hashlib
import json
import logging
import platform
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import __version__, heap
from briefgen.build_notes import data_notes
from briefgen.build_period import (
    apply_window,
    brief_period,
    event_in_period,
    in_period,
    with_ref_date,
)
from briefgen.config import Config
from briefgen.errors import NoDocuments, NothingNew
from briefgen.models import Brief, Extraction
from briefgen.other_stories import other_story_notes

if TYPE_CHECKING:
    from spacy.language import Language

    from briefgen.extract.pool import ExtractionPool
    from briefgen.kept_terms import KeptTerms

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass
class Timings:
    """Seconds spent per stage, in the order they ran."""

    stages: dict[str, float] = field(default_factory=dict)
    # What the stages counted that the timings alone do not tell (documents from the cache).
    counts: dict[str, int] = field(default_factory=dict)

    def measure(self, stage: str, started: float) -> None:
        self.stages[stage] = round(self.stages.get(stage, 0.0) + time.perf_counter() - started, 4)


@dataclass(frozen=True)
class BuildResult:
    brief: Brief
    build_dir: Path
    files: dict[str, Path]
    skipped: tuple[str, ...]
    timings: dict[str, float]
    counts: dict[str, int] = field(default_factory=dict)


@heap.releasing
def assemble_brief(
    config: Config,
    *,
    now: datetime,
    progress: Progress | None = None,
    timings: Timings | None = None,
    cache: Path | None = None,
    render: Sequence[str] = (),
    terms: KeptTerms | None = None,
) -> tuple[Brief, tuple[str, ...]]:
    """Read the inputs and extract, merge and summarise them into a Brief.

    No files are written, but for the extraction cache at ``cache`` when one is given.
    The renderers of the formats in ``render`` are imported while the documents are
    extracted in other processes (``formats.prepare``). With a ``cache``, each document's
    kept words (``kept_terms``) are read into ``terms`` when given, for the views.
    """
    from briefgen.extract.cache import holds_extractions

    timings = timings or Timings()
    with ExitStack() as lasting:
        # A cold build's workers load the model while this process imports the other
        # stages and reads the corpus.
        workers = _early_workers(config, lasting, timings, not holds_extractions(cache))
        return _assemble(config, now, progress, timings, cache, render, terms, lasting, workers)


def _early_workers(
    config: Config, lasting: ExitStack, timings: Timings, needed: bool
) -> ExtractionPool | None:
    """The extract stage's workers, started now where documents will ``need`` extracting
    (``early_pool``), each loading the model while this process works on; shut down with the
    extract stage, or by ``lasting`` on an error. spaCy's import and the fork count as the
    model's stage."""
    from briefgen.extract.run import early_pool

    started = time.perf_counter()
    workers = early_pool(config.executor, needed)
    if workers is None:
        return None
    timings.measure("model", started)
    return lasting.enter_context(workers)


def _assemble(
    config: Config,
    now: datetime,
    progress: Progress | None,
    timings: Timings,
    cache: Path | None,
    render: Sequence[str],
    terms: KeptTerms | None,
    lasting: ExitStack,
    workers: ExtractionPool | None,
) -> tuple[Brief, tuple[str, ...]]:
    from briefgen.aggregate.canonical_names import speakers_closed, with_initials_closed
    from briefgen.aggregate.run import aggregate
    from briefgen.archive import unseen_inputs
    from briefgen.collect.store import store_path
    from briefgen.corpuswords import corpus_words, words_ahead
    from briefgen.extract.run import extract_documents
    from briefgen.formats import prepare
    from briefgen.ingest import ingest
    from briefgen.ingest.lost_letters import restore_lost_letters
    from briefgen.kept_beside import work_beside
    from briefgen.kept_definites import kept_definites
    from briefgen.kept_terms import read_terms
    from briefgen.on_story import OnStory
    from briefgen.reportable import reportable_ahead, reportable_sentences
    from briefgen.structure.sieve import sieve
    from briefgen.summarize import summarize
    from briefgen.timeline import select_timeline
    from briefgen.titles import default_title

    step = progress or (lambda _: None)

    # Bad input fails fast, before the model is loaded.
    started = time.perf_counter()
    store = store_path(config.output_dir) if config.store else None
    ingested = ingest(config.inputs, on_file=lambda p: step(f"reading {p.name}"), store=store)
    documents = [with_ref_date(d, config.ref_date) for d in ingested.documents]
    # A word the corpus writes whole elsewhere, broken by a lost accented letter, is
    # restored before anything reads it: across documents, as one source alone cannot tell.
    # Each text's scan is kept in the cache: a rebuild scans its new texts only.
    documents = restore_lost_letters(documents, cache=cache)
    timings.measure("ingest", started)
    if workers is None and cache is not None:
        # A rebuild with pages the last build did not have: their workers load the model
        # while the structure stage runs, which leaves the other cores idle.
        new = unseen_inputs(config.output_dir, documents)
        workers = _early_workers(config, lasting, timings, new)

    # Language, copies, page structure and topic: what is read, and why the rest is not.
    started = time.perf_counter()
    if cache is None:
        sieved = sieve(documents, config.query)
    else:
        from briefgen.structure.cached import StructureCache

        # Each document's language and blocks are kept beside its extraction.
        with StructureCache(cache) as structures:
            sieved = sieve(documents, config.query, cache=structures)
    timings.measure("structure", started)
    heap.settle()  # the documents and their blocks

    def load_model() -> Language:
        # Called by the extract stage only when a document is not in the cache; on a Dask
        # cluster the workers load their own model and the client never calls it.
        # Imported here: importing spaCy alone takes seconds a cached rebuild does not need.
        from briefgen.extract.nlp import load_nlp

        loading = time.perf_counter()
        nlp = load_nlp()
        timings.measure("model", loading)
        return nlp

    started = time.perf_counter()
    loaded = timings.stages.get("model", 0.0)
    # Documents dated or off-topic before any NLP are dropped first: the extract stage is
    # the costly one. Dates inferred during extraction are checked again after it.
    focused = in_period(
        [Extraction(document=d) for d in sieved.documents], config.since, config.until
    )
    with ExitStack() as stack:
        stored = None
        on_extracted: Callable[[Extraction, str], None] | None = None
        if cache is not None:
            from briefgen.extract.cache import ExtractionCache, extraction_settings
            from briefgen.extract.model import model_info

            # The key names the model, read from its package without loading it (on a
            # Dask cluster the workers run the same briefgen and model: see README).
            settings = extraction_settings(model_info())
            stored = stack.enter_context(ExtractionCache(cache, settings))
            # each new document's words counted, and its sentences read alone for the
            # summary, while the workers extract the next ones
            counting = stack.enter_context(words_ahead(cache))
            reading = stack.enter_context(reportable_ahead(cache))

            def read_ahead(extraction: Extraction, key: str) -> None:
                counting.read_ahead(extraction, key)
                reading.read_ahead(extraction, key)

            on_extracted = read_ahead
        run = extract_documents(
            [x.document for x in focused],
            on_document=lambda d: step(f"extracted {d.id}"),
            cache=stored,
            executor=config.executor,
            scheduler=config.dask_scheduler,
            load_model=load_model,
            meanwhile=lambda: prepare(render, config.templates),
            on_extracted=on_extracted,
            pool=workers,
        )
    timings.counts["extracted"] = len(focused) - run.cached
    timings.counts["from_cache"] = run.cached
    skipped = (*ingested.skipped, *(f.problem() for f in run.failures))
    extractions = in_period(run.extractions, config.since, config.until)
    if not extractions and run.failures:
        first = run.failures[0]
        raise NoDocuments(
            f"no document could be extracted ({len(run.failures)} failed; {first.doc}: "
            f"{first.error})",
            ", ".join(str(p) for p in config.inputs),
        )
    if not extractions:
        raise NoDocuments(
            "no documents left after applying --since/--until/--query",
            ", ".join(str(p) for p in config.inputs),
        )
    # The model's loading, when there was one, is its own stage, not extraction's.
    timings.measure("extract", started + timings.stages.get("model", 0.0) - loaded)
    # Each extraction holds its document, read back from a worker or the cache: the ones
    # read and sieved (and the pages the sieve dropped) would be a second copy of every
    # text, held through the costliest stages for nothing.
    notes, keys, topic = sieved.notes, run.keys, sieved.story
    del ingested, documents, sieved, focused, run
    heap.forget()  # the structure stage's line readings: aggregation's peak is next
    heap.settle()  # the documents and their extractions, kept to the end

    started = time.perf_counter()
    # What each document's text says of its words is kept in the cache, as its extraction.
    words = corpus_words(extractions, cache=cache, keys=keys)
    # and its content terms, each once, as the views weigh them (``kept_terms``): read once,
    # here, for the events' merge and the story's words, and again by the views
    content = None
    if cache is not None:
        texts = {x.document.id: x.document.text for x in extractions}
        kept = read_terms(texts, cache, into=terms)
        content = {doc: share.content for doc, share in kept.by_doc.items()}
        del texts
    merged = aggregate(
        extractions,
        query=config.query,
        counts=words.counts,
        cache=cache,
        content=content,
        keys=keys,
    )
    story = words.story  # the timeline's and summary's
    del words  # the counts are the actors' alone
    events = [e for e in merged.events if event_in_period(e, config)]
    actors, positions = list(merged.actors), list(merged.positions)
    timings.measure("aggregate", started)
    heap.forget()  # the spellings and sentences aggregation asked: the summary asks few again
    heap.settle()  # the merged events, actors and positions

    started = time.perf_counter()
    # Which lines are about the story, and on a page of several stories its segment: one
    # reading of every text, asked by the timeline and the summary alike.
    on_story = OnStory.of(config.query, extractions, actors, content)
    # the pages it reads as on other subjects, noted for the reader (asked while cached)
    other_notes = tuple(other_story_notes([x.document for x in extractions], actors))
    # Selected in a forked child while this process writes the summary, where it can be:
    # once the corpus is aggregated and its lines read (``OnStory``), the timeline and the
    # summary read the same inputs and neither the other's result; only the entries, with
    # what the selection asked of the build's kept memos, come back (``kept_beside``).
    timeline = work_beside(
        lambda: select_timeline(
            events,
            dates=config.timeline_dates,
            sentences=config.timeline_sentences,
            since=config.since,
            until=config.until,
            latest=max((d for x in extractions if (d := x.document.dct)), default=None),
            extractions=extractions,
            query=config.query,
            story=story,
            actors=actors,
            on_story=on_story,
            topic_words=topic,
        )
    )
    try:
        heap.forget()  # the timeline's readings of its sentences: the summary asks its own
        # What each document's extraction alone says of its sentences is kept in the cache.
        readable = reportable_sentences(extractions, cache=cache, keys=keys)
        # and what its definite references name, with the story words that decided it
        with kept_definites(extractions, cache=cache, keys=keys) as definites:
            summary = summarize(
                extractions,
                events,
                positions,
                judgments=config.judgments,
                query=config.query,
                readable=readable,
                story=story,
                actors=actors,
                definites=definites,
                on_story=on_story,
                content=content,
            )
        selected = timeline.wait()
    except BaseException:
        timeline.cancel()
        raise
    del content  # the terms themselves stay in ``terms``, which the views read again
    docs = tuple(x.document for x in extractions)
    # the names as the reader reads them ("U.S." whose mentions dropped the stop), once
    # every stage has compared them with the texts; the title's tests ask the names'
    # tables, emptied below with the summary's
    actors = list(with_initials_closed(actors))
    positions = list(speakers_closed(positions))
    texts = {d.id: d.text for d in docs}
    title = config.title or default_title(actors, texts, {d.id: d for d in docs})
    timings.measure("summarize", started)
    heap.forget()  # the renderers' memory takes the summary's tables' place

    brief = Brief(
        title=title,
        generated_at=now,
        period=brief_period(docs, events, config),
        documents=docs,
        events=tuple(events),
        timeline=tuple(selected),
        actors=tuple(actors),
        positions=tuple(positions),
        summary=summary,
        notes=data_notes(docs, skipped) + notes + other_notes,
        query=config.query,
        meta={"generator": f"briefgen {__version__}"},
    )
    return brief, skipped


@heap.releasing
def build_brief(
    config: Config,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Assemble the brief and write it (PDF/HTML/JSON/Markdown + manifest) to a dated folder."""
    from briefgen import archive, kept_bodies
    from briefgen.extract.cache import cache_path
    from briefgen.kept_terms import KeptTerms
    from briefgen.kept_verdicts import remembering

    now = now or datetime.now(UTC).replace(microsecond=0)
    archive.check_writable(config.output_dir)
    builds = archive.previous_builds(config.output_dir)
    config = apply_window(config, now, builds[-1] if builds else None)
    timings = Timings()
    cache = cache_path(config.output_dir) if config.cache else None
    # each document's words, read from the cache by the assembly and again by the views
    terms = KeptTerms() if cache is not None else None
    # whether each sentence reads alone, as the folder's last build found it: the summary,
    # the timeline and the views ask nearly the same sentences of a rebuild again; and each
    # page's body terms, counted once for the story's test and the views' (``kept_bodies``)
    with remembering(cache), kept_bodies.remembering(cache):
        try:
            brief, skipped = assemble_brief(
                config,
                now=now,
                progress=progress,
                timings=timings,
                cache=cache,
                render=config.formats,
                terms=terms,
            )
        except NoDocuments as exc:
            if config.skip_if_empty and (config.since or config.until or config.query):
                raise NothingNew(
                    f"no documents in the period; nothing built ({exc.problem})"
                ) from None
            raise
        brief = replace(brief, whats_new=archive.whats_new(brief, builds[-1] if builds else None))
        new = brief.whats_new
        if config.skip_if_empty and new is not None and not (new.events or new.positions):
            raise NothingNew(f"nothing new since the brief of {new.previous_build}; nothing built")

        heap.settle()  # the brief, which every format renders
        with archive.staging_dir(config.output_dir, archive.build_name(now)) as stage:
            files = write_outputs(
                brief,
                config,
                stage.path,
                progress=progress,
                timings=timings,
                cache=cache,
                terms=terms,
            )
            sha1s = {fmt: archive.file_sha1(path) for fmt, path in files.items()}
            archive.write_manifest(stage.path, _manifest(config, brief, files, sha1s, timings))
            if "json" in sha1s:
                archive.write_known(stage.path, brief, sha1s["json"])
    assert stage.final is not None
    build_dir = stage.final
    _update_library(config)
    final = {fmt: build_dir / path.name for fmt, path in files.items()}
    return BuildResult(brief, build_dir, final, skipped, dict(timings.stages), dict(timings.counts))


def _update_library(config: Config) -> None:
    """Retention, ``index.html`` and ``latest``: the build is done whatever happens here."""
    from briefgen.errors import BriefgenError
    from briefgen.library import update_library

    try:
        update_library(config.output_dir, config.keep, config.templates)
    except (OSError, BriefgenError) as exc:
        log.warning("the build is done, but the folder's index was not updated: %s", exc)


def write_outputs(
    brief: Brief,
    config: Config,
    folder: Path,
    *,
    progress: Progress | None = None,
    timings: Timings | None = None,
    cache: Path | None = None,
    terms: KeptTerms | None = None,
) -> dict[str, Path]:
    """Render the brief in each configured format (``briefgen.formats``) into ``folder``;
    the views read what they keep from the build's ``cache``, when given, and each
    document's words from ``terms`` when the assembly read them."""
    from briefgen.formats import Rendering, write_formats

    timings = timings or Timings()
    rendering = Rendering(
        brief,
        config.templates,
        timings.stages,
        tagged_pdf=config.tagged_pdf,
        cache=cache,
        kept_terms=terms,
    )
    return write_formats(rendering, config.formats, folder, progress or (lambda _: None))


def _manifest(
    config: Config,
    brief: Brief,
    files: dict[str, Path],
    sha1s: dict[str, str],
    timings: Timings,
) -> dict[str, object]:
    config_repr = json.dumps({k: str(v) for k, v in sorted(vars(config).items())}, sort_keys=True)
    return {
        "generated_at": brief.generated_at.isoformat(),
        "title": brief.title,
        "inputs": {d.id: d.sha1 for d in brief.documents},
        "config_sha1": hashlib.sha1(config_repr.encode()).hexdigest(),
        "config_file": str(config.config_path) if config.config_path else None,
        "files": {fmt: {"name": p.name, "sha1": sha1s[fmt]} for fmt, p in files.items()},
        "versions": _versions(),
        "timings_s": timings.stages,
        "period": list(brief.period),
        "whats_new": (
            {
                "previous_build": brief.whats_new.previous_build,
                "events": len(brief.whats_new.events),
                "actors": len(brief.whats_new.actors),
                "positions": len(brief.whats_new.positions),
            }
            if brief.whats_new is not None
            else None
        ),
        "extraction": timings.counts,
        "counts": {
            "documents": len(brief.documents),
            "events": len(brief.events),
            "actors": len(brief.actors),
            "positions": len(brief.positions),
        },
    }


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"briefgen": __version__, "python": platform.python_version()}
    for name in ("spacy", "weasyprint", "dateparser", "jinja2"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            continue
    return out
