"""The scene of a public appearance told for itself is no news; an act made there is."""

from __future__ import annotations

import pytest

from briefgen.appearances import appearance_scene
from briefgen.newsworthy import tells_news


@pytest.mark.parametrize(
    "sentence",
    [
        # the speech's shape: how it was laid out, not what it said
        "The mayor closed her election-night speech on Sunday with a warm tribute to a "
        "retired teacher from the harbour district.",
        "Later that evening he spent much of his own 20-minute speech praising the council "
        "candidate, who faces voters next week.",
        # the gestures to the crowd, and the heckler met on the way
        "As she shook hands with market-goers on Saturday morning, the governor repeated her "
        "view that the budget talks would drag on.",
        "The minister spoke for about ten minutes, took questions and posed for photos.",
        "At a town meeting on Monday, the senator brushed off a heckler who asked about "
        "her brother's business dealings.",
        # the audience's response and the room
        "The party leader drew loud cheers as she thanked the volunteers in the hall.",
        "The friendly audience cheered the governor's jabs at his opponent.",
        "To nobody's surprise, the chairman got a standing ovation.",
        # the bid for the crowd's sympathy, as the narrator reads it
        "Visiting dozens of dock workers who fear for their jobs, the premier tried there "
        "last week to empathize with their worries and promised better pay.",
        # one figure told as acting like another
        "The prime minister pulled a Churchill on Friday, phoning into three radio stations "
        "as his office sought to calm the row.",
    ],
)
def test_the_scene_of_an_appearance_is_not_news(sentence: str) -> None:
    assert not tells_news(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an act made at the appearance is the news wherever it was made
        "At a rally on Tuesday, the senator endorsed the governor to a standing ovation.",
        "He closed his speech by announcing that he would resign at the end of the month.",
        # a handshake between leaders can be the news; the crowd is no party to it
        "The two presidents shook hands with each other at the summit on Friday.",
        # a speech told by what it said
        "In his speech on Monday, the governor called the budget a betrayal of voters.",
        # "pulled" of something else
        "The company pulled a product line from its stores on Tuesday.",
    ],
)
def test_what_is_done_or_said_at_an_appearance_stays_news(sentence: str) -> None:
    assert tells_news(sentence)


def test_appearance_scene_reads_the_narration_only() -> None:
    # the caller removes quotations: the speaker's words are no narrator's scene
    assert not appearance_scene("The mayor said the vote was close.")
    assert appearance_scene("The mayor drew applause from the crowd.")


def test_the_brief_s_bracketed_naming_does_not_hide_the_scene() -> None:
    assert not tells_news(
        "Visiting dozens of dock workers, the premier tried here [in Port Vale] last week to "
        "empathize with their worries and promised better pay."
    )
