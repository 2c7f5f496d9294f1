"""Before extraction: the documents that are read, and a named reason for each one left out.

Order matters: language first (a foreign page is neither a copy nor off-topic, it is
unread), then copies (the corpus profile must not count a page scraped twice as
recurrence), then structure, then the query (matched in the body, not the page around it).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from briefgen.ingest.language import apart, detect_language, detection_needs_model
from briefgen.models import DataNote, Document
from briefgen.structure.copies import Sketch, find_copies
from briefgen.structure.empty import empty_copy_note, empty_note, has_article_text
from briefgen.structure.feedback import StoryWords, names_story, story_words
from briefgen.structure.model import EXTRACTED
from briefgen.structure.profile import CorpusProfile, PageLines, build_profile
from briefgen.structure.stories import Naming, naming, several_stories
from briefgen.structure.topic import off_topic_note, on_topic, query_pattern

if TYPE_CHECKING:
    from briefgen.structure.cached import StructureCache, Structured

ENGLISH = "en"
# A page whose prose is this many times the corpus's median is not one article but many
# strung together (a blog's archive page, a day's posts on one page). A long feature runs
# to a few times the median; ten is past any single article's length.
LONG_PAGE_TIMES = 10
# A long page's note; the renderers group the notes of several (``render.notes``).
LONG_PAGE_NOTE = (
    "a page {times} times the corpus's median length, likely several posts or articles on "
    'one page: its relative dates ("today", "yesterday") may not be the page\'s; the '
    "timeline and the profiles leave out what only such a date dates"
)
_LONG_PAGE_NOTE = re.compile(re.escape(LONG_PAGE_NOTE).replace(r"\{times\}", r"(\d+)", 1))
MIN_DOCUMENTS_FOR_MEDIAN = 5


@dataclass(frozen=True)
class Sieved:
    documents: tuple[Document, ...]
    notes: tuple[DataNote, ...]
    # The story's words the pages the query finds teach (``feedback``), when built with one.
    story: StoryWords = field(default_factory=StoryWords)


def sieve(
    documents: Sequence[Document],
    query: Sequence[str] = (),
    *,
    cache: StructureCache | None = None,
) -> Sieved:
    """Language, copies, structure and topic: the documents to extract, and notes.

    With a ``cache``, a document's language and blocks are read from it when its entry
    still holds (``structure.cached``), and stored when they had to be worked out.
    """
    keys = {d.id: cache.key(d) for d in documents} if cache is not None else {}
    stored = cache.get_many(list(keys.values())) if cache is not None else {}
    notes: list[DataNote] = []
    english: list[Document] = []
    # the texts only the language model tells, asked in one forked child (``apart``)
    unknown = [
        d.text
        for d in documents
        if keys.get(d.id, "") not in stored and detection_needs_model(d.text)
    ]
    detected = dict(zip(unknown, apart(detect_language, unknown), strict=True))
    for doc in documents:
        entry = stored.get(keys.get(doc.id, ""))
        if entry is not None:
            language = entry.language
        else:
            language = detected[doc.text] if doc.text in detected else detect_language(doc.text)
        doc = replace(doc, language=language)
        if language is not None and language != ENGLISH:
            if cache is not None and entry is None:
                _remember_language(cache, keys[doc.id], language)
            stated = f"; its stated date is {doc.date}" if doc.date else ""
            message = f"not in English (language: {language}); not read{stated}"
            notes.append(DataNote(doc.id, message, "not-english"))
            continue
        english.append(doc)

    # what the search reads of each text is kept, and read back by a rebuild
    sketches = _sketched(english, cache)
    kept_before = dict(sketches)
    copies = find_copies(english, sketches=sketches)
    if cache is not None:
        _keep_sketches(english, kept_before, sketches, cache)
    kept = list(copies.kept)
    profile = _profile(kept, cache)
    done = [_structured(d, profile, cache, keys, stored) for d in kept]
    kept = [d for d, _ in done]
    if cache is not None:
        cache.drop_stale()
    # a page of boilerplate alone gets one note saying it is empty, and its copies say so
    empty = {d.id for d in kept if not has_article_text(d)}
    for copy, original in copies.dropped:
        if original.id in empty:
            notes.append(empty_copy_note(copy, original))
        else:
            message = f"a copy of {original.id}; counted once, not read"
            notes.append(DataNote(copy.id, message, "duplicate"))
    for doc in kept:
        also = copies.copies.get(doc.id, ())
        if doc.id in empty:
            notes.append(empty_note(doc))
        elif publishers := [c.publisher for c in also if c.publisher]:
            # a copy known only by its file is named by its own "a copy of" note: naming it
            # here again would tell the reader the same pair twice
            names = ", ".join(dict.fromkeys(publishers))
            notes.append(DataNote(doc.id, f"also published by {names}"))

    long_notes = long_page_notes(kept)  # the median is the corpus's, before the query
    kept = [d for d in kept if d.id not in empty]
    # the query as the corpus names it: a person by surname too (the pages read yet)
    pattern = query_pattern(query, (t for d in kept for t in (d.title, d.text)))
    # a page of several stories: each section read as its own, the off-topic ones not read
    # with a cache, every document's naming came with its blocks
    namings = [n for _, n in done if n is not None] if cache is not None else None
    kept = several_stories(kept, pattern, long={n.doc for n in long_notes}, namings=namings)
    words = StoryWords()
    if pattern is not None:
        on_ids = {d.id for d in kept if on_topic(d, pattern)}
        # the pages the query misses that name its story in the words of the pages it
        # finds ("the new flu strain" for "swine flu"): read too
        missed = [d for d in kept if d.id not in on_ids]
        words = story_words([d for d in kept if d.id in on_ids], missed, query)
        on_ids |= {d.id for d in missed if names_story(d, words)}
        on = [d for d in kept if d.id in on_ids]
        for d in kept:
            if d.id not in on_ids:
                notes.append(
                    DataNote(
                        d.id,
                        off_topic_note(d, pattern),
                        "off-topic",
                    )
                )
        kept = on
    read = {d.id for d in kept}
    notes.extend(n for n in long_notes if n.doc in read)
    return Sieved(tuple(kept), tuple(notes), words)


def _remember_language(cache: StructureCache, key: str, language: str) -> None:
    """A page not read is kept too, with its language and no blocks: telling a language
    apart loads the identifier's model, which a rebuild of known pages can do without."""
    from briefgen.structure.cached import Structured

    cache.put(key, Structured(language, (), ()))


def _sketched(documents: Sequence[Document], cache: StructureCache | None) -> dict[str, Sketch]:
    """What the copy search reads of each document (by id), as far as the cache holds it."""
    if cache is None:
        return {}
    return cache.sketches.found({d.id: cache.sketches.key(d.text) for d in documents})


def _profile(documents: Sequence[Document], cache: StructureCache | None) -> CorpusProfile:
    """The corpus profile of ``documents``; with a ``cache``, each text's scan read from it
    where kept (a rebuild scans its new texts only), and the scans made here kept."""
    if cache is None:
        return build_profile(documents)
    texts = {d.text for d in documents}
    found = cache.pages.read_texts(texts)
    made = {t: PageLines.of(t) for t in texts if t not in found}
    cache.pages.keep_texts(made)
    return build_profile(documents, {**found, **made})


def _keep_sketches(
    documents: Sequence[Document],
    before: Mapping[str, Sketch],
    after: Mapping[str, Sketch],
    cache: StructureCache,
) -> None:
    """Store the sketches the copy search made or completed (a signature worked out)."""
    for doc in documents:
        if after[doc.id] != before.get(doc.id):
            cache.sketches.put(cache.sketches.key(doc.text), after[doc.id])


def _structured(
    doc: Document,
    profile: CorpusProfile,
    cache: StructureCache | None,
    keys: dict[str, str],
    stored: dict[str, Structured],
) -> tuple[Document, Naming | None]:
    """``doc`` with its blocks: the cache's when they still hold, else worked out (and
    stored with the profile's answers they rest on); with a cache, what the corpus's
    central names read of them too."""
    from briefgen.structure.cached import Answer, RecordingProfile, Structured, still_holds
    from briefgen.structure.classify import structure_document
    from briefgen.structure.stamps import stamped

    profile = profile.for_document(doc)  # its own site's counts too
    if cache is None:
        return stamped(doc, structure_document(doc, profile).blocks), None
    key = keys[doc.id]
    entry = stored.get(key)
    if entry is not None and entry.naming is not None and still_holds(entry, profile):
        return stamped(doc, entry.blocks), entry.naming
    recording = RecordingProfile(profile)
    done = stamped(doc, structure_document(doc, recording).blocks)
    answers = tuple(Answer(q, t, r) for (q, t), r in sorted(recording.answers.items()))
    named = naming(done)
    cache.put(key, Structured(doc.language, done.blocks, answers, named))
    return done, named


def long_pages(documents: Sequence[Document]) -> dict[str, float]:
    """The pages whose read prose (body and transcript blocks) is ``LONG_PAGE_TIMES`` the
    corpus's median or more, each with how many times: many posts strung on one page."""
    sizes = {d.id: _read_chars(d) for d in documents}
    if len(sizes) < MIN_DOCUMENTS_FOR_MEDIAN:
        return {}
    median = statistics.median(sizes.values())
    times = {doc: size / median for doc, size in sizes.items()} if median else {}
    return {doc: t for doc, t in times.items() if t >= LONG_PAGE_TIMES}


def long_page_notes(documents: Sequence[Document]) -> list[DataNote]:
    """A note for each long page (``long_pages``): its relative dates ("today",
    "yesterday") are read against the page's date, which may not be theirs. The timeline
    and the profiles leave out what only such a date dates; the rest is read."""
    return [
        DataNote(doc, LONG_PAGE_NOTE.format(times=f"{times:.0f}"))
        for doc, times in long_pages(documents).items()
    ]


def long_page_times(message: str) -> str | None:
    """How many times the median length a long page's note (``long_page_notes``) gives
    ("37"), or None for another note: Appendix C lists the long pages in one note."""
    found = _LONG_PAGE_NOTE.match(message)
    return found[1] if found else None


def _read_chars(doc: Document) -> int:
    if not doc.blocks:
        return len(doc.text)
    return sum(b.end - b.start for b in doc.blocks if b.kind in EXTRACTED)
