"""A position is dated by the expression on its cue, else by its article's date."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.actors import extract_mentions
from briefgen.extract.events import extract_events
from briefgen.extract.positions import extract_positions
from briefgen.extract.timex import tag
from briefgen.models import Document, Position

MONDAY = "2016-09-26"


def _positions(nlp, text: str, published: str | None = MONDAY) -> list[Position]:  # type: ignore[no-untyped-def]
    doc = Document(id="t", source="t.txt", format="txt", text=text, title="", date=published)
    sdoc = nlp(text)
    timexes = tag(text, date.fromisoformat(published) if published else None)
    events = extract_events(doc, sdoc, timexes, readings=True)
    return extract_positions(doc, sdoc, extract_mentions(doc, sdoc), events=events)


@pytest.mark.parametrize(
    ("text", "said_on"),
    [
        # the statement's own day, not the Monday the article ran
        (
            'Ted Cruz endorsed him. But in a statement Friday, Donald Trump said: "I am greatly '
            'honored by the endorsement of Senator Cruz."',
            "2016-09-23",
        ),
        (
            "The New York Times reported Saturday that it had received the first pages of "
            "the tax filings.",
            "2016-09-24",
        ),
        ("Hillary Clinton said on Tuesday that she would win the state.", "2016-09-20"),
        ("Tim Kaine told reporters in August that the plan would work.", "2016-08"),
        # a when-clause on the cue dates it; the content's own year does not
        (
            "Back when it signed on to NAFTA more than 20 years ago, the United States pledged "
            "that in the year 2000 it would lift restrictions on trucks.",
            "1996",
        ),
        # no date on the cue: the publication date, even with a date in the content
        ("Hillary Clinton said that she would win in November.", MONDAY),
    ],
)
def test_a_statement_is_dated_by_its_cue(nlp, text, said_on):  # type: ignore[no-untyped-def]
    (p,) = [p for p in _positions(nlp, text) if p.cue]
    assert p.date == said_on


def test_an_undated_article_leaves_an_undated_cue_undated(nlp):  # type: ignore[no-untyped-def]
    (p,) = _positions(nlp, "Hillary Clinton said that she would win the state.", None)
    assert p.date is None


def test_without_events_the_publication_date_is_used(nlp):  # type: ignore[no-untyped-def]
    text = "The New York Times reported Saturday that it had received the tax filings."
    doc = Document(id="t", source="t.txt", format="txt", text=text, title="", date=MONDAY)
    sdoc = nlp(text)
    (p,) = extract_positions(doc, sdoc, extract_mentions(doc, sdoc))
    assert p.date == MONDAY


def test_words_after_a_dated_deed_and_a_colon_keep_that_day(nlp):  # type: ignore[no-untyped-def]
    # no verb of saying: the line shows no cue ("Ruiz: “…”"), but the clause before the
    # colon still says when the words were said, a year before the article
    text = (
        "On July 6, 2015, Senator Ana Ruiz made the following comment: “For young people "
        "who left school last year, the jobless rate is far higher than anyone admits.”\n"
    )
    (p,) = [p for p in _positions(nlp, text) if "jobless" in p.text]
    assert (p.speaker, p.cue) == ("Ana Ruiz", None)
    assert p.date == "2015-07-06"


def test_words_after_a_dated_deed_a_colon_and_a_no_break_space_keep_that_day(nlp):  # type: ignore[no-untyped-def]
    # ':\u00a0“…”' is the same colon as ': “…”', for the date as for the speaker
    text = (
        "On July 6, 2015, Senator Ana Ruiz made the following comment:\u00a0“For young "
        "people who left school last year, the jobless rate is far higher than anyone admits.”\n"
    )
    (p,) = [p for p in _positions(nlp, text) if "jobless" in p.text]
    assert (p.speaker, p.cue) == ("Ana Ruiz", None)
    assert p.date == "2015-07-06"


def test_words_after_a_colon_and_nested_marks_apart_keep_that_day(nlp):  # type: ignore[no-untyped-def]
    # a space between the opening marks ("‘ “") is no word: the colon still introduces
    text = (
        "On July 6, 2015, Senator Ana Ruiz made the following comment: ‘ “For young "
        "people who left school last year, the jobless rate is far higher than anyone admits.”\n"
    )
    (p,) = [p for p in _positions(nlp, text) if "jobless" in p.text]
    assert p.date == "2015-07-06"


def test_words_a_dated_deed_introduces_in_the_next_paragraph_keep_that_day(nlp):  # type: ignore[no-untyped-def]
    text = (
        "On July 6, 2015, Senator Ana Ruiz made the following comment:\n\n“For young people "
        "who left school last year, the jobless rate is far higher than anyone admits.”\n"
    )
    (p,) = [p for p in _positions(nlp, text) if "jobless" in p.text]
    assert p.date == "2015-07-06"
