"""The pages of a corpus that tell another story than the corpus's own.

A corpus collected by a desk or a keyword feed holds, beside its story, the same desk's
other stories (a vaccine recommendation for another disease, a plague outbreak abroad, a
superbug study: each names the story's central organisation and the desk's words), the
wire's unrelated copy (a fire, a bankruptcy, a column on another subject naming the story
once) and pages where the story is a passing mention. Their sentences name a story actor
(the central organisation, a country) and are told in the desk's words ("health",
"cases", "outbreak"), so a sentence-level test (``on_story``) lets them through.

What tells such a page is how it is built, not its topic:

- the story's own terms are the content terms most pages hold and repeat (at least
  ``HELD`` of the pages, each holding one ``REPEATED`` times on average), of which the
  ones the pages' ledes lead with (held by ledes at least ``LEADING`` as often as the
  term the most ledes hold): "flu" and "virus" in a flu corpus, the two candidates' names
  in an election's;
- a lede (the headline and the first paragraph) is read without the names of bodies,
  places and groups: naming the central organisation or the country of the story is not
  telling it ("The Health Board recommended that measles vaccines ...");
- a page whose lede holds none of the leading terms, and whose body uses them less than
  ``SPARSE`` as often (per word) as the median page does, tells another story (a page
  of fewer than ``MIN_WORDS`` content words has no body to weigh). A page on
  one of the story's threads names its principals or its words through its body (a
  running mate, a poll, an inquiry), and one whose lede names the story is on it however
  little its body does.

A sentence of such a page is off the story unless it is itself told in the leading terms
(a running mate's remark on another city's shooting that names the rival candidate).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from briefgen import heap
from briefgen.aggregate.terms import terms
from briefgen.kept_bodies import body_terms, parts
from briefgen.models import Actor, DataNote, Document
from briefgen.structure.sieve import long_pages

__all__ = [
    "HELD",
    "LEADING",
    "MIN_WORDS",
    "OTHER_SUBJECT_NOTE",
    "REPEATED",
    "SPARSE",
    "OtherStories",
    "other_story_notes",
]

# A story term is held by this share of the pages at least ...
HELD = 0.3
# ... and said this many times, on average, by a page holding it: the story's words run
# through its pages, where a desk's word ("official", "report") is said once or twice.
REPEATED = 2.5
# A story term the ledes lead with is held by ledes at least this share as often as the
# story term most ledes hold.
LEADING = 0.3
# A page using the leading terms less than this share as often (per content word) as the
# median page tells another story (a third: the pages on a thread of the story sit above).
SPARSE = 1 / 3
# A page of fewer content words has no body to weigh (a caption, a one-line brief): its
# share of the story's terms tells nothing.
MIN_WORDS = 50
# A corpus of fewer pages has no typical page to compare with (``story.TYPICAL_SOURCES``).
MIN_PAGES = 10
# The blocks of a page's lede besides its first paragraph.
_HEADS = frozenset({"headline", "standfirst"})
_PROSE = frozenset({"body", "transcript"})
# The note on such a page: the reader learns why its lines are few, and that its matching
# the query (a passing name in a listing, a forum thread) did not make it the story's.
OTHER_SUBJECT_NOTE = (
    "appears to be on another subject than the story (its headline and opening do not tell "
    "it, its text seldom does): the brief shows its sentences only where they speak of the "
    "story"
)


@dataclass(frozen=True)
class OtherStories:
    """The pages of a corpus telling another story, and the terms its own story's ledes
    lead with."""

    pages: frozenset[str] = frozenset()
    leading: frozenset[str] = frozenset()
    # each of the pages' use of the leading terms, per content word: the lower, the surer
    # the page tells another story
    rates: Mapping[str, float] = field(default_factory=dict, compare=False)

    @staticmethod
    def of(documents: Sequence[Document], actors: Sequence[Actor]) -> OtherStories:
        """The ``documents`` telling another story than the corpus's: their ledes (read
        without the names of the ``actors`` that are not persons) hold none of the terms
        the corpus's ledes lead with, and their bodies use those terms far less than the
        median page. Worked out once a build: the timeline, the profiles and the views ask
        it of the same records."""
        return _other_stories(heap.Same(tuple(documents)), heap.Same(tuple(actors)))

    def off(self, doc: str, text: str) -> bool:
        """Whether ``text``, a sentence of ``doc``, is off the story: ``doc`` tells another
        story and ``text`` holds none of the story's leading terms."""
        return doc in self.pages and not set(parts(terms(text))) & self.leading


def other_story_notes(documents: Sequence[Document], actors: Sequence[Actor]) -> list[DataNote]:
    """A note on each of the ``documents`` telling another story (``OtherStories``) that is
    also many times the corpus's median length (``sieve.long_pages``: a listing, a forum's
    threads), the surest first (the least use of the story's leading terms; then the
    documents' order): the JSON files it under its page; Appendix C names them in one note
    (``render.notes``)."""
    # Only the long ones: a reader takes the note as a claim about the page, and the lede
    # test alone misreads a feature that opens on the story in other words (the reader
    # audits found an on-story page named in three of eight dev corpora's notes, none
    # among the long pages). Its sentences are still held to the story's terms.
    long = long_pages(documents)
    other = OtherStories.of(documents, actors)
    order = {d.id: n for n, d in enumerate(documents)}
    noted = [doc for doc in other.pages if doc in long]
    pages = sorted(noted, key=lambda doc: (other.rates.get(doc, 0.0), order.get(doc, 0)))
    return [DataNote(doc, OTHER_SUBJECT_NOTE) for doc in pages]


# Keyed by the records themselves (``heap.Same``): the story's test, the profiles' order
# and the printed views each ask it of the build's documents and actors, before and after
# the summary's ``forget``: kept through the build (its answer is a few sets).
@heap.corpus_cache(4, whole_build=True)
def _other_stories(
    same_documents: heap.Same[Document], same_actors: heap.Same[Actor]
) -> OtherStories:
    documents, actors = same_documents.items, same_actors.items
    if len(documents) < MIN_PAGES:
        return OtherStories()
    names = _names_by_doc(actors)
    # each page's own count, worked out once a build and kept between builds (``kept_bodies``)
    bodies = body_terms(documents)
    ledes = {d.id: set(parts(terms(_lede(d, names.get(d.id, ()))))) for d in documents}
    held: Counter[str] = Counter()
    said: Counter[str] = Counter()
    led: Counter[str] = Counter()
    for d in documents:
        body = bodies[d.id]
        held.update(body.terms)
        said.update(dict(zip(body.terms, body.counts, strict=True)))
        led.update(ledes[d.id])
    own = [t for t, n in held.items() if n >= HELD * len(documents) and said[t] >= REPEATED * n]
    most = max((led[t] for t in own), default=0)
    leading = frozenset(t for t in own if led[t] and led[t] >= LEADING * most)
    totals = {doc: body.total() for doc, body in bodies.items()}
    rates = {
        doc: sum(n for t, n in zip(body.terms, body.counts, strict=True) if t in leading) / total
        for doc, body in bodies.items()
        if (total := totals[doc])
    }
    if not leading or not rates:
        return OtherStories()
    typical = sorted(rates.values())[len(rates) // 2]
    pages = frozenset(
        doc
        for doc, rate in rates.items()
        if rate < SPARSE * typical and totals[doc] >= MIN_WORDS and not ledes[doc] & leading
    )
    return OtherStories(pages, leading, {doc: rates[doc] for doc in pages})


def _names_by_doc(actors: Sequence[Actor]) -> dict[str, list[tuple[int, int]]]:
    """The spans naming a body, a place or a group, by document: not the story's terms."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for a in actors:
        if a.type == "person":
            continue
        for m in a.mentions:
            spans.setdefault(m.doc, []).append((m.start, m.end))
    return spans


def _lede(document: Document, names: Sequence[tuple[int, int]]) -> str:
    """The page's headline, standfirst and first paragraph, the ``names`` blanked."""
    text = document.text
    heads = [b for b in document.blocks if b.kind in _HEADS]
    first = next((b for b in document.blocks if b.kind in _PROSE), None)
    parts = [*heads, *([first] if first is not None else [])]
    if not document.blocks:
        return _blanked(text, 0, names)  # no structure read: the whole page
    return "\n".join(_blanked(text[b.start : b.end], b.start, names) for b in parts)


def _blanked(text: str, offset: int, names: Sequence[tuple[int, int]]) -> str:
    """``text`` (at ``offset`` of its page) with the ``names`` within it blanked."""
    chars = list(text)
    for start, end in names:
        for i in range(max(start - offset, 0), min(end - offset, len(chars))):
            chars[i] = " "
    return "".join(chars)
