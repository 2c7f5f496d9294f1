"""A view voiced on the air, in an interview or in a column is a position, not the day's news;
an act made there (an endorsement, a concession, an announcement) is news wherever it was made."""

from __future__ import annotations

import pytest

from briefgen.newsworthy import remarks, tells_news


@pytest.mark.parametrize(
    "sentence",
    [
        # a pundit's quip on a show, told as a hypothetical
        "Tuesday on Metro News Channel's \u201cEvening Hour,\u201d the former senator said if "
        "the governor picked him it would be a \u201ctwo-captain ship.\u201d",
        # a party chairman's hope told to a broadcaster
        "The chairman told Metro News on Sunday that the mayor appreciates the need to do better.",
        # a quoted hope, said in an interview
        '"In the end it comes down to one good speech on Thursday night," the party chairman '
        "said in an interview Tuesday.",
        # a legislator's op-ed
        "Rep. Jane Doe noted in a guest column in Saturday's Herald that voter anger is fuelling "
        "the mayor's rise.",
        # a claim from a phone interview
        "In a telephone interview Thursday, the senator said his message is now resonating.",
        # an appearance told as the day's doing
        "The candidate's son talked politics Monday on Morning Coffee.",
        # a view of a rival as a threat (a noun) is no threat made
        "In an interview on his podcast out Thursday, the union's president said her members "
        "see the mayor as a real threat.",
    ],
)
def test_a_remark_on_the_air_or_in_an_interview_is_no_event(sentence: str) -> None:
    assert remarks(sentence)
    assert not tells_news(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the statement is itself the act
        "The senator endorsed the governor on Metro News Channel on Thursday, saying she was "
        "ready to lead.",
        "The governor said in an interview on Tuesday that he was suspending his campaign.",
        "The mayor told Metro News on Friday that she would resign at the end of the month.",
        "In an interview Sunday, the senator conceded the primary to his rival.",
        "In an interview on Tuesday, the governor threatened to veto the budget.",
        # no venue: a remark at a rally or a hearing is left to the other rules
        "Smith told the committee on Thursday that the plan had failed.",
        "The senator spoke on Capitol Hill on Tuesday about the strike.",
        # a broadcaster cited as where a happening was reported, not where a view was voiced
        "Two ferries collided off the cape on Monday, according to Metro News, and officials "
        "said nine people were hurt.",
    ],
)
def test_an_act_made_on_the_air_or_a_remark_elsewhere_is_left_alone(sentence: str) -> None:
    assert not remarks(sentence)
    assert tells_news(sentence)
