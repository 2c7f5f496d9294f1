"""Appendix C says once how to read pages read alike: the pages on other subjects than
the story in one note (only the long ones: a listing, a forum's threads), naming each one's
length there, and the other long pages (many posts on one page) in another; each names its
pages by number and short title, at most a few, the rest counted. The JSON keeps a note on
each page."""

from __future__ import annotations

from datetime import UTC, datetime

from briefgen.models import Brief, DataNote, Document, Summary
from briefgen.other_stories import OTHER_SUBJECT_NOTE, other_story_notes
from briefgen.render.markdown import render_markdown
from briefgen.render.notes import LISTED, LONG_LISTED
from briefgen.structure.sieve import LONG_PAGE_NOTE, LONG_PAGE_TIMES
from tests.test_other_stories import _corpus

TITLES = {
    "d1": "Marlow Radio listings for the week of 3 May",
    "d2": "Penbury forum: all threads on the ferry",
    "d3": "Tom Reed opens a bakery in Penbury",
    "d4": "Ann Holt wins the Marlow council seat",
}


def _notes(notes: list[DataNote], titles: dict[str, str] = TITLES) -> list[str]:
    """The Appendix C lines a reader of the Markdown sees."""
    documents = tuple(
        Document(doc, f"{doc}.txt", "txt", "Text.", title, "2026-05-03", "stated")
        for doc, title in titles.items()
    )
    brief = Brief(
        title="Marlow",
        generated_at=datetime(2026, 5, 9, tzinfo=UTC),
        period=("2026-05-01", "2026-05-08"),
        documents=documents,
        events=(),
        timeline=(),
        actors=(),
        positions=(),
        summary=Summary(None),
        notes=tuple(notes),
    )
    shown = render_markdown(brief)
    section = shown[shown.index("## Appendix C") :].split("\n## ")[0]
    return [line for line in section.splitlines() if line.startswith("- ")]


def _long(doc: str, times: int) -> DataNote:
    return DataNote(doc, LONG_PAGE_NOTE.format(times=times))


def test_two_long_pages_and_a_page_on_another_subject_give_two_notes() -> None:
    lines = _notes([_long("d1", 37), _long("d2", 12), DataNote("d3", OTHER_SUBJECT_NOTE)])
    assert len(lines) == 2
    other, long = lines
    assert other.startswith("- 1 page appears to be on another subject than the story")
    assert "[3] Tom Reed opens a bakery in Penbury." in other
    assert "The brief shows its sentences only where" in other  # one page: "its"
    assert "[1]" not in other and "[2]" not in other
    assert "only where they speak of the story" in other
    assert long.startswith("- 2 pages many times the corpus's median length")
    assert "[1] Marlow Radio listings for the week of 3 May (37 times)" in long
    assert "[2] Penbury forum: all threads on the ferry (12 times)" in long
    # the problem said once, after the pages: not once a page
    assert long.count("relative dates") == 1


def test_a_long_page_on_another_subject_is_named_with_its_length_in_that_note() -> None:
    lines = _notes(
        [
            _long("d1", 37),
            _long("d2", 12),
            DataNote("d1", OTHER_SUBJECT_NOTE),
            DataNote("d3", OTHER_SUBJECT_NOTE),
        ]
    )
    assert len(lines) == 2
    other, long = lines
    assert other.startswith("- 2 pages appear to be on other subjects than the story")
    assert "[1] Marlow Radio listings for the week of 3 May (37 times the median length)" in other
    assert "[3] Tom Reed opens a bakery in Penbury" in other
    assert "relative dates" in other  # what its length means is said there too
    # the one long page left keeps its own line, as before
    assert long.startswith("- [2] Penbury forum: all threads on the ferry: a page 12 times")
    assert "[1]" not in long


def test_many_pages_on_other_subjects_are_named_up_to_a_cap_the_rest_counted() -> None:
    titles = {f"p{n}": f"Penbury page {n}" for n in range(1, LISTED + 4)}
    (line,) = _notes([DataNote(doc, OTHER_SUBJECT_NOTE) for doc in titles], titles)
    assert line.startswith(f"- {LISTED + 3} pages appear to be on other subjects")
    assert line.count("Penbury page") == LISTED
    assert "; and 3 more." in line


def test_the_build_notes_a_long_page_on_another_subject_under_its_page() -> None:
    extractions, actors = _corpus(measles_repeated=LONG_PAGE_TIMES + 2)
    notes = other_story_notes([x.document for x in extractions], actors)
    assert [(n.doc, n.message) for n in notes] == [("measles", OTHER_SUBJECT_NOTE)]


def test_a_page_of_usual_length_read_as_another_story_gets_no_note() -> None:
    # the lede test alone is no claim to print about a page: its sentences are held to the
    # story's terms, and the note is kept for the long pages (a listing, a forum's threads)
    extractions, actors = _corpus()  # reports on a fever, and the desk's measles page
    assert other_story_notes([x.document for x in extractions], actors) == []


def test_every_long_page_on_another_subject_is_named_with_its_length() -> None:
    # a long page's length was its own note: it is never among the pages only counted
    titles = {f"p{n}": f"Penbury page {n}" for n in range(1, LISTED + 4)}
    long = [f"p{n}" for n in range(LISTED + 1, LISTED + 3)]
    notes = [DataNote(doc, OTHER_SUBJECT_NOTE) for doc in titles]
    (line,) = _notes([*notes, *(_long(doc, 20) for doc in long)], titles)
    for doc in long:
        assert f"{titles[doc]} (20 times the median length)" in line
    assert line.count("Penbury page") == max(LISTED, len(long))
    assert len(long) <= LONG_LISTED
