"""What stands around the news is no item of a brief: the state before the news, a
place's mood, the audience online, an occasion turned into a tribute, a witness's
appearance without their words."""

from __future__ import annotations

import pytest

from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Timex
from briefgen.newsworthy import tells_news
from briefgen.timeline import select_timeline


@pytest.mark.parametrize(
    "sentence",
    [
        # the state of things before the report's own news
        "Prior to Thursday, Chile was the only Andean nation to confirm the fever within its "
        "borders.",
        # a place's mood
        "After days of alarm, the atmosphere in the port city appeared calmer on Sunday, "
        "with families strolling on the seafront.",
        # the audience online as judge
        "The governor was also dubbed the winner of the debate on social media on Tuesday night.",
        # an occasion turned into a tribute
        "Sunday's film awards ceremony has been turned into a tribute show for the actor, "
        "with stars re-working their speeches.",
        # a witness's appearance, without what they said
        "Ms Dale was testifying on Tuesday at the fraud trial of the company's founder, "
        "Mr Ross Quill.",
    ],
)
def test_what_stands_around_the_news_is_not_news(sentence: str) -> None:
    assert not tells_news(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a first is news, not the state before it
        "The boy was the first person outside the region to die of the new fever, officials "
        "said on Monday.",
        # what a principal posts is what they said
        "The governor said on social media on Tuesday that he would veto the bill.",
        # the funeral and the memorial service are the story's own events
        "A memorial service for the actor was held in the capital on Friday.",
        # a witness's words are the news
        "Ms Dale testified on Tuesday that the founder had ordered the files destroyed.",
        # the mood told by a speaker is their stance
        "\u201cThe mood in the city is grim,\u201d the mayor said on Sunday.",
        # a tribute paid in words is a statement, judged as one
        "The prime minister paid tribute to the rescue crews in parliament on Monday.",
    ],
)
def test_the_news_beside_them_stays_news(sentence: str) -> None:
    assert tells_news(sentence)


def _mention(doc: str, sentence: str, when: str) -> EventMention:
    evidence = Evidence(doc, 0, len(sentence), sentence, sentence, 0)
    return EventMention(f"m{doc}", doc, when, Timex(0, 1, "x", "DATE", when), sentence, evidence)


def test_a_witness_s_appearance_gives_way_to_the_day_s_testimony() -> None:
    """Under a trial day, the line saying only that a witness was testifying is no entry;
    the line telling what was said is."""
    texts = {
        "a": (
            "2016-03-02",
            "Ms Dale was testifying on Tuesday at the fraud trial of the company's founder, "
            "Mr Ross Quill.",
        ),
        "b": (
            "2016-03-02",
            "On Tuesday, auditor Ann Lowe told the jury that Mr Quill had moved the funds "
            "offshore a week before the collapse.",
        ),
    }
    extractions = [
        Extraction(
            document=Document(doc, doc, "txt", text, "", day, "stated"),
            sentences=((0, len(text)),),
        )
        for doc, (day, text) in texts.items()
    ]
    events = [
        Event(
            "appearance",
            "2016-03-01",
            "x",
            (_mention("a", texts["a"][1], "2016-03-01"),),
            ("a",),
            salience=2.0,
        ),
        Event(
            "testimony",
            "2016-03-01",
            "x",
            (_mention("b", texts["b"][1], "2016-03-01"),),
            ("b",),
            salience=1.0,
        ),
    ]
    entries = select_timeline(
        events, dates=5, sentences=2, extractions=extractions, query=("Quill",)
    )
    shown = [c.text for e in entries for c in e.sentences]
    assert shown == [texts["b"][1]]


def test_the_press_s_attention_moving_on_is_no_news() -> None:
    assert not tells_news(
        "After a weekend of bitter accusations, attention returned today to the judges "
        "deciding the case."
    )
    assert not tells_news("All eyes were on the court in Marlow on Monday.")
    # a body turning to something does something
    assert tells_news("The judges on Monday turned to the appeal and upheld the ruling.")
    assert tells_news("The council shifted its focus to the harbour on Monday, closing it.")
