"""The narrator's own verdict ("The speech was a disaster", "This is the week the campaign
lost its way") tells no news: it is no timeline line and no key judgment
(``newsworthy.tells_news``). A verdict quoted or attributed, a state a report finds and an
act graded by its adverb stay."""

from __future__ import annotations

import pytest

from briefgen.evaluations import narrator_evaluation, without_portrait
from briefgen.newsworthy import tells_news

VERDICTS = [
    # a graded quality closing the main clause: adjectives joined, or one under a degree
    "The words for the board's first answer on the barrier are careful, slow and vague.",
    "Reed's third place in Penbury was hardly surprising.",
    "The plan is legally and financially shaky.",
    "But the mayor's reply was curt and evasive.",
    # a verdict noun
    "Ann Holt's speech in Marlow on Tuesday was a disaster.",
    "The launch was a triumph for the party.",
    # the moment framed
    "This is the week the Reed campaign lost its way.",
    "It was the night the council finally turned against the mayor.",
]
KEPT = [
    # a verdict attributed or quoted: someone's position
    "Ann Holt's speech was a disaster, two of her aides said.",
    "“The speech was a disaster,” Tom Reed said on Tuesday.",
    "According to the council, the plan is legally and financially shaky.",
    # a state a report finds: one bare word, or acts undergone
    "The vote was unanimous.",
    "The bridge was closed.",
    "Schools and libraries have been closed or postponed.",
    "He was briefly detained.",
    # a clause before the subject: the copula is a subordinate clause's
    "When the polls closed, Reed was calm and confident.",
    # a moment named by what it holds is a date
    "It was the day of the vote in Penbury.",
    # an act, whatever its colour
    "The council voted on Monday to approve the barrier, a costly and divisive project.",
]


@pytest.mark.parametrize("sentence", VERDICTS)
def test_the_narrators_verdict_tells_no_news(sentence: str) -> None:
    assert narrator_evaluation(sentence)
    assert not tells_news(sentence)


@pytest.mark.parametrize("sentence", KEPT)
def test_a_verdict_someone_holds_or_a_state_found_is_no_narrators_verdict(sentence: str) -> None:
    assert not narrator_evaluation(sentence)


def test_the_narrators_closing_portrait_of_a_participant_is_cut_from_the_news() -> None:
    sentence = (
        "Mayor Ann Holt has named Tom Reed as her deputy, a man who dropped his old views on "
        "the barrier to please the new leader."
    )
    assert without_portrait(sentence) == "Mayor Ann Holt has named Tom Reed as her deputy …"


@pytest.mark.parametrize(
    "sentence",
    [
        # the portrait is the subject, after an opening adverbial
        "At the town hall in Marlow, a young woman who had studied abroad asked Reed a question.",
        # a portrait holding a quotation: the speaker's words
        'Holt chose Reed as her deputy, a man who called the barrier "a folly" last year.',
        # no portrait: a name in apposition
        "Holt chose Tom Reed as her deputy on Monday, the council said.",
    ],
)
def test_a_sentence_closing_on_no_narrators_portrait_is_kept_whole(sentence: str) -> None:
    assert without_portrait(sentence) == sentence
