"""A side detail of an occasion (dress, an arrival, places taken, the room, the running
order, the reporter's post) is no news; what happens there, or a detail that is the time of
its sentence's news, is."""

from __future__ import annotations

import pytest

from briefgen.appearances import side_detail
from briefgen.newsworthy import tells_news


@pytest.mark.parametrize(
    "sentence",
    [
        # what someone wore
        "Two of the governor's allies wore matching campaign caps on Tuesday night before "
        "her speech on the budget.",
        "The minister was dressed in a dark blue suit for the ceremony.",
        # an arrival: a vehicle landing, someone at the venue
        "The premier's plane has landed in the capital.",
        "The defendant arrived at the courthouse shortly after 8am on Monday.",
        # the figures taking their places or the stage
        "The five candidates have taken their places.",
        "The singer took the stage at a rally for the senator on Saturday.",
        # who is in the room, the doors
        "The mayor's wife was in the audience on Thursday.",
        # an act named only as the occasion of the detail is no act told beside it
        "The senator was in the State Dining Room for the president's announcement on Tuesday.",
        "Doors opened at 6pm and the hall filled quickly.",
        # the crowd before the event, the room filling
        "Hundreds of supporters had lined up outside the arena by noon.",
        "The hall was half-empty when the minister walked onstage.",
        # the running order
        "The deputy leader was next up on the stage.",
        "The chairman will speak shortly.",
        # a figure's own vote, and where they await the results
        "[Anna] Berg caucused in her home county on Saturday and says she backed no one.",
        "Lindqvist early voted on May 2 and is holding her election night party in Malmo.",
        "The mayor told a local paper on Sunday that he cast his ballot for the incumbent.",
        # the reporter's own post and plans, in the narration's first person
        "I'm in the hall, where the mood is tense.",
        "We'll be bringing you the results as they come in.",
    ],
)
def test_a_side_detail_is_not_news(sentence: str) -> None:
    assert side_detail(sentence)
    assert not tells_news(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a live page's news stays news
        "The WHO has raised its alert to phase 5.",
        "The governor says she will accept the result of the count.",
        "The assembly voted 61 to 40 to pass the bill on Thursday.",
        # a detail told as the time of its sentence's news
        "When she took the stage on Thursday, she became the first nurse to address the "
        "convention.",
        "The man was diagnosed after arriving at the airport on Friday, the ministry said.",
        # a participle of dress leaves the sentence its own predicate; a mask is a measure
        "Police wearing surgical masks sealed off the hotel on Friday night.",
        "Fewer people wore masks on the city's buses this week.",
        # an arrival somewhere in the story, a seat in a chamber, an absence
        "The virus has arrived in Europe.",
        "The new senator took his seat in the chamber on Tuesday.",
        "The party's last two nominees will not be in attendance at the convention.",
        "The mayor was in the emergency room on Friday after a fall.",
        # "up next" of a date, and a speaker's "I am in" that is no post
        "The two leaders are meeting up next week to settle the dispute.",
        "I am in favour of the plan, the mayor told the council.",
        # a vote counted, of a group or a chamber, is no one's own vote
        "Party officials estimate that 60,000 members caucused on Saturday.",
        "Senate Republicans voted to block the measure on Wednesday.",
        "The council voted early on Friday to approve the budget.",
        # a crowd doing something of the story
        "Thousands of supporters marched through the capital on Sunday to demand new elections.",
        # a crowd filling a place is a protest's or a mourning's first news
        "Crowds filled the streets of the capital on Tuesday, demanding the president resign.",
        "Thousands of supporters packed the main square as the results were read out.",
        # an act made on the stage is the news
        "The senator took the stage and announced that she would withdraw from the race.",
    ],
)
def test_news_told_around_the_occasion_stays_news(sentence: str) -> None:
    assert tells_news(sentence)
