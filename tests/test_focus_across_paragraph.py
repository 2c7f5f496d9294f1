"""The narrative's date goes on across a paragraph break (issue 11, event anchoring).

Wire copy gives each sentence a paragraph: "In 1992 the council closed the Harbor Street
depot. …" then, as the next paragraph, "A judge fined Miller for the closure." A reader
places the fine in 1992: the narrative in the simple past goes on with the same actors.
It does not when the next paragraph's sentence is a saying (the reporter's occasion), has a
word that moves the time ("later", "since"), or is about others. Each case is synthetic
text with its document date; these readings are never shown on the timeline.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_anchoring_subordinate_date import _readings

FRIDAY = date(2000, 4, 14)

DATED = (
    "In March 1992 Mayor Miller closed the Harbor Street depot against a court order. "
    "It was the last depot of the city.\n\n"
)


def test_the_next_paragraph_goes_on_with_the_same_actor_at_the_narrative_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = DATED + "A federal judge fined Miller for the closure."
    fined = _readings(nlp, text, FRIDAY)["fined"]
    assert fined.date == "1992-03"
    assert fined.anchor == "focus"


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Miller said the depot was unsafe.", "said"),  # the reporter's occasion
        ("Miller later sold the site to a developer.", "sold"),  # the time moves on
        ("The developers bought three warehouses nearby.", "bought"),  # none of the dated
        ("After Miller left office, the city sold the site.", "sold"),  # a clause moves it
    ],
)
def test_a_saying_a_shift_or_other_actors_stay_on_the_news_day(nlp, sentence, verb) -> None:  # type: ignore[no-untyped-def]
    reading = _readings(nlp, DATED + sentence, FRIDAY)[verb]
    assert reading.anchor == "news"
    assert reading.date == "2000-04-14"
