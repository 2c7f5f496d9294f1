"""A corpus collected by a desk holds the desk's other stories: a page on another disease
that names the story's central organisation throughout is not the story, and its lines
are not shown; a page on one of the story's threads is, though its lede names only a
person."""

from __future__ import annotations

from briefgen.aggregate.focus import Focus
from briefgen.models import Actor, Block, Document, Evidence, Extraction, Mention, Position
from briefgen.on_story import OnStory
from briefgen.other_stories import OtherStories

# Reports on the story: an outbreak of fever in the town of Marlow.
REPORTS = (
    (
        "The Marlow fever spread to three more towns on Monday, the Health Board said.",
        "Doctors said the fever had now infected forty people in the region.",
        "The fever spreads fast, and the Health Board has opened two fever clinics.",
    ),
    (
        "Schools in Marlow closed on Tuesday as the fever spread.",
        "Parents said the fever had kept half the pupils at home.",
        "The Health Board said fever cases would rise before they fell.",
    ),
    (
        "A second patient died of the fever on Wednesday, the Health Board said.",
        "The man, a farmer, fell ill with the fever last week.",
        "Fever wards in Marlow are full, nurses said, and the fever is still spreading.",
    ),
    (
        "Fever tests will be free from Thursday, the Health Board said.",
        "The board said the fever test gives a result within an hour.",
        "Most fever patients recover within a week, doctors said.",
    ),
)
# The same desk's story on another disease: it names the Health Board and Marlow.
MEASLES_LEDE = (
    "The Health Board recommended on Friday that measles vaccines be given to all children."
)
MEASLES = (
    MEASLES_LEDE,
    "Measles kills thousands of children a year, the Health Board said.",
    "Clinics in Marlow will give the measles vaccine to children from June.",
    "The vaccine is cheap, and the board said parents should ask for it.",
    "Measles spreads through coughs and sneezes, and a rash follows the high temperature.",
    "Two doses of the vaccine protect a child for life, the board's experts said.",
    "Family doctors will write to every household with young children in the coming weeks.",
    "Charities welcomed the advice and offered to pay for posters in libraries and shops.",
)
# A thread of the story: its lede names a person, its body tells the story's terms.
THREAD_LEDE = "Ann Holt resigned on Tuesday as chief of the Health Board."
THREAD = (
    THREAD_LEDE,
    "Holt had led the response to the fever since March.",
    "Critics said the fever response was slow, and Tom Reed will now lead the fever team.",
)
NAMES = {"Health Board": "org", "Marlow": "state", "Ann Holt": "person", "Tom Reed": "person"}


def _document(doc: str, paragraphs: tuple[str, ...]) -> Document:
    text = "\n".join(paragraphs)
    blocks, start = [], 0
    for p in paragraphs:
        blocks.append(Block(start, start + len(p), "body"))
        start += len(p) + 1
    return Document(doc, doc, "txt", text, "", "2026-06-05", "stated", blocks=tuple(blocks))


def _mentions(document: Document) -> list[Mention]:
    out = []
    for name, kind in NAMES.items():
        at = document.text.find(name)
        while at >= 0:
            out.append(Mention(document.id, at, at + len(name), name, "name", kind))  # type: ignore[arg-type]
            at = document.text.find(name, at + 1)
    return sorted(out, key=lambda m: m.start)


def _corpus(measles_repeated: int = 1) -> tuple[list[Extraction], list[Actor]]:
    """Eleven reports on the fever, the measles page (its body told ``measles_repeated``
    times: a long page) and the thread's page."""
    documents = [_document(f"r{n}", REPORTS[n % len(REPORTS)]) for n in range(11)]
    measles = [MEASLES[0], *MEASLES[1:] * measles_repeated]
    documents += [_document("measles", measles), _document("thread", THREAD)]
    extractions = []
    for d in documents:
        sentences = tuple((b.start, b.end) for b in d.blocks)
        extractions.append(
            Extraction(document=d, sentences=sentences, mentions=tuple(_mentions(d)))
        )
    actors = []
    for name, kind in NAMES.items():
        mentions = tuple(m for x in extractions for m in x.mentions if m.text == name)
        sources = tuple(sorted({m.doc for m in mentions}))
        actors.append(Actor(name, name, kind, mentions=mentions, sources=sources))  # type: ignore[arg-type]
    return extractions, actors


def _about(story: OnStory, extractions: list[Extraction], doc: str, sentence: str) -> bool:
    text = next(x.document.text for x in extractions if x.document.id == doc)
    at = text.index(sentence)
    return story.about(sentence, doc, at, at + len(sentence))


def test_another_disease_s_story_from_the_same_desk_gives_no_line() -> None:
    extractions, actors = _corpus()
    story = OnStory.of((), extractions, actors)
    # it names the story's central organisation: naming it is not telling the story
    assert not _about(story, extractions, "measles", MEASLES_LEDE)
    assert not _about(story, extractions, "measles", MEASLES[2])
    # the story's own reports are on it
    assert _about(story, extractions, "r0", REPORTS[0][0])


def test_a_thread_of_the_story_led_by_a_person_stays() -> None:
    extractions, actors = _corpus()
    story = OnStory.of((), extractions, actors)
    other = OtherStories.of([x.document for x in extractions], actors)
    assert other.pages == frozenset({"measles"})
    assert _about(story, extractions, "thread", THREAD_LEDE)


def test_a_statement_on_another_story_is_no_key_position() -> None:
    extractions, actors = _corpus()
    other = OtherStories.of([x.document for x in extractions], actors)
    focus = Focus.of((), [("Health Board", "org")], ["2026-06-05"], other=other)
    text = next(x.document.text for x in extractions if x.document.id == "measles")

    def said(doc: str, content: str) -> Position:  # a statement of the page, as read
        at = max(text.find(content), 0)
        evidence = Evidence(doc, at, at + len(content), content, content, at)
        return Position(
            f"p-{doc}", doc, "Health Board", "Health Board", None, content, at,
            at + len(content), "reported", "said", evidence,
        )  # fmt: skip

    assert focus.aside(said("measles", "Measles kills thousands of children a year"))
    # on the same page, a statement told in the story's terms is the speaker on the story
    assert not focus.aside(said("measles", "the fever is spreading"))


def test_the_pages_are_read_once_for_the_build_s_documents_and_actors(monkeypatch) -> None:
    """The story's test, the profiles and the views each ask for the other stories of the
    same records: the pages' words are read the first time only, and again for others."""
    from briefgen import heap, other_stories

    extractions, actors = _corpus()
    documents = [x.document for x in extractions]
    reads = []
    real = other_stories.terms

    def counted(text: str) -> list[str]:
        reads.append(text)
        return real(text)

    monkeypatch.setattr(other_stories, "terms", counted)
    heap.forget()
    first = OtherStories.of(documents, actors)
    read_once = len(reads)
    assert read_once and OtherStories.of(list(documents), tuple(actors)) == first
    assert len(reads) == read_once
    assert OtherStories.of(documents[:-1], actors).pages == first.pages
    assert len(reads) > read_once
