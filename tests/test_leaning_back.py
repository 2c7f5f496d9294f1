"""Sentences that lean on the ones before them in ways a reader notices once alone: a
moment of an event told before, the rest of a set, a demonstrative subject after an
opener, a comparison with no second term, and shell nouns of likeness, questions and
interviews (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.shown import stands_alone


@pytest.mark.parametrize(
    "text",
    [
        # at one point of which speech?
        "At one point, the mayor said the council members were calling every ten minutes.",
        "At another point the senator joked about the weather in Duluth.",
        # the rest of a set the sentence before named
        "Other Whigs prepared for the last days of the Ohio campaign, including a forum Monday.",
        "Others said the tax would fall hardest on farmers in the north.",
        # a demonstrative subject after a short opener, or as a reported clause's subject
        "So far, that has not happened, and it probably will not until after the June vote.",
        "For now, this could change once the count in Leeds is finished.",
        "Her allies argue that this was the best anyone could have done in the circumstances.",
        # different from what?
        "Ms Brandt said the governor will be keeping a different schedule.",
        # a likeness, a question and an interview told before
        "Mr Ruiz drew the analogy during a speech to 2,000 farmers in Omaha on Sunday.",
        "The governor attacked Ms Quint for not answering the question.",
        "Ms Brandt announced her retirement in the interview.",
        # a reason said to have become clear, and not given
        "By Friday night the reason why the council had closed the bridge also became clearer.",
        # a happening named by a bare "the" taking place, and a goal told before
        "The debate took place as a new poll showed Ms Brandt ahead in Leeds.",
        "The party says it is well on its way to reaching its goal.",
        # signs said to have come, given only in the paragraph after
        "And from Ohio and Iowa on Tuesday came new signs that the revolt had fizzled.",
        # someone's latest act, reacted to as if the reader knew it
        'Ms Brandt, speaking on her bus in Leeds, said of Mr Ruiz\'s latest request: "No."',
        "Ms Brandt responded on Monday to [Tom] Ruiz's latest attack.",
        # a sum the sentences before stated, with no title to say which
        "The amount Ruiz gave his campaign on Monday, apparently to reassure donors.",
        # an amount that moved out of a fund the sentence before named
        "About $60 million streamed out last week alone, double the level of a month ago.",
        "Another $2 billion has poured in since June, twice the pace of last year.",
        # a spokesman of no one: whose, the page's lede said
        "A spokesman said sales of seed in some areas were delayed earlier by heavy rains.",
    ],
)
def test_leaning_back_is_not_shown_alone(text: str) -> None:
    assert not stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "At one point in the count, Ms Brandt led Mr Ruiz by 300 votes in Leeds.",
        "At one point on Sunday, Ms Brandt posted a photograph of the flooded bridge.",
        "Other than Ms Brandt, no candidate has filed papers in the district.",
        "Ms Brandt said that this year's harvest was the largest on record.",
        "Ms Quint answered the question of funding at a forum in Leeds on Monday.",
        "Ms Brandt said the governor keeps a different schedule from the mayor's.",
        "The question of whether the dam will hold has divided engineers in Ohio.",
        "The mayor said in an interview with the Leeds Courier that taxes would rise.",
        "The council voted 7 to 2 on Monday to close the Elm Street library.",
        "The reason for the closure became clear when engineers found cracks in the bridge.",
        "The first debate between Ms Brandt and Mr Ruiz took place in Leeds on Monday.",
        "The latest cases came as the health minister said she was concerned but calm.",
        "The party says it is well on its way to its goal of raising 2 million pounds.",
        "From Ohio came word on Tuesday that the plant would close in May.",
        "Ms Brandt said of Mr Ruiz's latest request for a recount that it would fail.",
        "Ms Brandt led in Mr Ruiz's latest poll of Ohio voters on Monday.",
        "About $60 million streamed out of the Marlow Income Fund last week alone.",
        "Some $2 billion poured into Penbury bond funds in June.",
        "A spokesman for Penbury Foods said sales were delayed earlier by heavy rains.",
        "A Penbury spokeswoman said the plant would reopen on Monday.",
    ],
)
def test_what_says_its_own_terms_is_kept(text: str) -> None:
    assert stands_alone(text)
