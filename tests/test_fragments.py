"""Pieces of a page's prose that a brief must not show as statements, and the trivia a
short brief has no room for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefgen.models import Document, Evidence, Extraction, Position
from briefgen.newsworthy import tells_news
from briefgen.shown import read_alone, stands_alone


@pytest.mark.parametrize(
    "text",
    [
        # a speech tag left alone after its quotation became its own paragraph
        "Kell said Friday.",
        "said Governor Kell on Tuesday.",
        # a quotation going on from one before, or shown with no speaker at all
        "Marsh continues, “In fact, the whole argument is weak.”",
        "“Above all, we want the province ready for the next flood.”",
        # a change told from its old value only: the new one is in the sentence before
        "The mayor is up from 37 percent in May and her rival is down from 49 percent.",
        "The party's haul is a big jump from the $2.2 million it raised in the spring.",
        # a roundup's label fused to its entry; a list's lead-in; a correction notice
        "Pollsters differ - Ann Ruiz: “The late polls were the ones that got it right.”",
        "The following are the latest figures for the dead and injured in the floods.",
        "Because of an editing error, an article on May 3 misstated the mayor's name.",
        # a set counted back, a person named by role, a dispute taken up
        "The treaty will let the three countries sign the summit documents in April.",
        "The candidate herself went on the radio on Wednesday night.",
        "In December, the prince called for the mayor to drop out of the race.",
        "The issue had come up on Friday after the mayor was asked about the tax.",
        "The governor slammed the shift as a late conversion on Sunday.",
        "Aides say the battle will continue until the convention in July.",
        "The mayor was the first to make the appeal on Tuesday night.",
        # remarks with nothing of what they were; a show's title cut from its channel
        "The senator made his remarks during a breakfast in Richmond this morning.",
        "“Sunday Morning Report,” Rep. Ann Ruiz said the mayor's judgment is in question.",
        # a quoted "it" measured against something: what it is, the sentences before say
        "“It was 50 percent more than the other show,” Kell added on Monday.",
        # a photo caption's scene: the picture's present, with its day
        "Jim Bell and Ann Ray stand in front of a polling station in Leeds on Tuesday.",
    ],
)
def test_a_piece_of_the_pages_prose_is_refused(text: str) -> None:
    assert not stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kell said Friday that she would run for governor in the autumn.",
        "“We will win the vote,” Kell said on Friday.",
        "Unemployment rose to 5 percent in June, up from 4 percent in May.",
        "Poland, Hungary and Estonia signed the treaty, and the three countries joined.",
        "The candidate who wins Ohio has won every election since 1964, Kell said.",
        "The senator from Vermont won the primary in New Hampshire on Tuesday.",
        "The appeal to voters in Ohio failed on Tuesday, the count showed.",
        "The battle for the nomination moved to Ohio on Tuesday.",
        "Sales were up from last year in every region, the company said on Monday.",
        "The mayor raised the issue at the heart of the campaign on Monday: the flood barrier.",
        "Senator Kell defended his remarks about the tax on Monday.",
        "“It is time to rebuild the barrier,” Kell said on Monday.",
        "On Thursday night as the four remaining candidates took the stage, Kell spoke first.",
        "Kell held a rally in front of a polling station in Leeds on Tuesday.",
    ],
)
def test_a_statement_that_says_what_it_tells_is_kept(text: str) -> None:
    assert stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        # a reporter's question, told without any answer
        "Lee Kim of a local radio station asked Kell Friday whether she would resign.",
        "“Governor, you said earlier today that the party broke its pledge,” Ruiz asked Kell.",
        # a press conference announced, not held
        "Police scheduled a news conference for later today in the capital.",
        # the writer's colour for a scene
        "The start of the town's flower show could not have been more awkward.",
        "The council meeting started with a bang on Thursday night.",
    ],
)
def test_trivia_a_short_brief_has_no_room_for_is_no_news(text: str) -> None:
    assert not tells_news(text)


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the wall, Kell said the state would not pay for it.",
        "Kell asked Congress for $5 billion in flood aid on Tuesday.",
        "Police held a news conference on Friday to announce two arrests.",
    ],
)
def test_an_answer_a_request_or_a_held_conference_is_news(text: str) -> None:
    assert tells_news(text)


def test_a_quotation_split_from_its_speaker_is_shown_with_the_speaker_named() -> None:
    text = '"Our worry has grown since Monday," Dr. Ann Ruiz, head of the U.S. agency told us.'
    quote = text[: text.index(" Dr.")]
    doc = Document("d", "d", "txt", text, "", "2009-04-24", "stated")
    said = Position(
        id="p",
        doc="d",
        speaker="Ann Ruiz",
        speaker_id=None,
        speaker_mention=None,
        text=quote[1:-2],
        start=1,
        end=len(quote) - 2,
        kind="direct",
        cue="told",
        evidence=Evidence("d", 1, len(quote) - 2, quote[1:-2], text, 0),
    )
    extraction = Extraction(document=doc, sentences=((0, len(quote)), (len(quote) + 1, len(text))))
    alone = Extraction(document=Document("d", "d", "txt", quote, "", "2009-04-24", "stated"))
    assert read_alone(quote, 0, alone) is None  # whose words, the page never says: refused
    shown = read_alone(quote, 0, replace(extraction, positions=(said,)))
    assert shown == '"Our worry has grown since Monday," [Ann Ruiz said].'
    # without the statement read, the speech tag after it in the document names the speaker
    assert read_alone(quote, 0, extraction) == shown
