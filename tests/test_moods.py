"""A group's mood read by the reporter: a side's people (its members, staff, allies, a
party's leaders) told nervous, hopeful or wary, with no one quoted or cited, is no news in
the summary, the timeline or Appendix A (``newsworthy.tells_news``); nor what an outcome
bodes for a side. A body's concern, a poll's finding, a feeling stated by its holder and a
mood in a clause under another's news stay."""

from __future__ import annotations

import pytest

from briefgen.moods import group_mood
from briefgen.newsworthy import tells_news

MOODS = [
    # a party's members, bare, quantified or ranked
    "Democrats were increasingly nervous about the race in the north.",
    "Many Republicans seem to be hoping for a change of tone after the primary.",
    "But despite the math, some Democrats were concerned that the tactics would hurt unity.",
    "Some top Republicans are confident in the Pike operation.",
    "Overall, Democrats appeared pleased with the nominee.",
    # a side's staff and followers, with a possessor or a name before them
    "The senator's advisers were optimistic that he would win the next three primaries.",
    "Pike's allies have long been concerned that the main PAC will not match the money.",
    "Despite his standing, his donors remain confident that he will win.",
    "Ward allies were hopeful Tuesday that the first day's problems would be forgotten.",
    "Pike's camp was pleased with the outcome.",
    "Republican strategists were more skeptical on Monday.",
    # a party's people, named by the party
    "Democratic leaders were wary of steering the party too far left.",
    "Republican lawmakers are bracing for a long fight over the platform.",
    # an unnamed collective of the side
    "Some in the party are jittery about the convention.",
    # the writer's frames of a mood
    "Outside the campaign, there is mounting anxiety among senior Democrats that the plan fails.",
    "There is a growing sense that the race is slipping away from Ward.",
    # what an outcome bodes for a side
    "Voters were asked a series of questions on Tuesday, and the results are alarming for Pike.",
]
KEPT = [
    # a body's concern: its news, a step of its response
    "Health officials were concerned about the spread of the virus in schools.",
    "The government is worried that the rhetoric could hurt foreign investment.",
    # a measured feeling: a poll's finding
    "Sixty percent of Democrats are worried about the economy, a new poll found.",
    "Most Republicans are optimistic about the race, according to the survey.",
    # a feeling stated by its holders, or told of by a speaker: a position
    "“We are worried about turnout,” said Ann Lee, a Democratic state senator.",
    "Democrats said they were worried about turnout in the rural counties.",
    "Lee contends that Democrats are concerned because the debate falls in a busy week.",
    # a mood in a clause under another's news
    "Gray has refused to hold hearings because Republicans are hoping Pike will win.",
    "Ward's supporters, who are deeply skeptical of the party, held a rally on Sunday.",
    # a plan, not a mood; a named person's own state
    "The Pike campaign is hoping to air a new ad in nine states on Monday.",
    "Ward was pleased with the outcome and thanked her volunteers.",
    # a crowd, a nation, a market: no side's people
    "Parents at the school are concerned after a pupil tested positive.",
    "Investors fretted about the outbreak as the peso dropped.",
]


@pytest.mark.parametrize("sentence", MOODS)
def test_a_sides_mood_read_by_the_writer_is_no_news(sentence: str) -> None:
    assert group_mood(sentence)
    assert not tells_news(sentence)


@pytest.mark.parametrize("sentence", KEPT)
def test_a_bodys_concern_a_finding_and_a_stated_feeling_are_no_mood(sentence: str) -> None:
    assert not group_mood(sentence)
