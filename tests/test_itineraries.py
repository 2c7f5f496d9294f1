"""A campaign's movements told as the news (where a candidate campaigns, rallies or will
campaign) are no judgment; what was said or done there, or a movement told in a clause
beside other news, is not an itinerary."""

from __future__ import annotations

import pytest

from briefgen.itineraries import itinerary


@pytest.mark.parametrize(
    "line",
    [
        "Penbury will campaign in Ohio on Tuesday.",
        "Marlow campaigned in Iowa on Monday.",
        "Holt held a rally in Tampa on Saturday night before flying home.",
        "The senator is scheduled to hold a town hall in Reno next week.",
        "Meanwhile, Penbury made three campaign stops in Florida.",
        "Marlow spent Sunday campaigning across the Upper Peninsula.",
    ],
)
def test_a_movement_on_the_trail_is_an_itinerary(line: str) -> None:
    assert itinerary(line)


@pytest.mark.parametrize(
    "line",
    [
        # what was said or done there is the news
        "Penbury campaigned in Ohio on Tuesday, saying the plant closures were avoidable.",
        "Holt held a rally in Tampa where she attacked the governor's budget.",
        "Marlow campaigned in Iowa and announced a new farm plan.",
        'Penbury held a rally in Reno: "We will win this state," she told the crowd.',
        # a clause beside other news
        "The poll came out the same day Marlow made two campaign stops in Florida.",
        "Holt, who also held a rally in Mason City, won the county by 40 votes.",
        # a trip told with what it is for: the act is the news
        "The minister flew to Penbury to meet the attorney general.",
        # a trip's departure is the trip's first news, not read as an itinerary
        "The foreign minister headed Tuesday to the Marlow Islands, seeking to show support.",
        # a campaign in the sense of a drive
        "The union will campaign for higher wages this year.",
    ],
)
def test_content_a_side_clause_or_travel_is_no_itinerary(line: str) -> None:
    assert not itinerary(line)
