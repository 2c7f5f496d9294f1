"""A negated "could" is the past of "cannot" (issue 11, event anchoring).

"The guards could not stop the crowd" tells what failed on the day told, as "did not stop"
would: an undated sentence so told is read on the report's news day (or goes on with a
dated narrative), not at publication as a possibility would be ("the accord could change
..."). Synthetic sentences: a Saturday paper whose lede tells Friday's news.
"""

from __future__ import annotations

from datetime import date

from test_anchoring_subordinate_date import _readings

SATURDAY = date(1999, 3, 13)
LEDE = "The three countries joined the alliance on Friday at a ceremony in Missouri.\n\n"


def test_could_not_tells_a_past_failure(nlp) -> None:  # type: ignore[no-untyped-def]
    # the past of "cannot": what failed on the day told, read on the news day as any
    # undated past; "could" alone stays a possibility at the time of writing
    text = LEDE + "But all the guards on duty could not stop the crowd that broke in at dawn."
    readings = _readings(nlp, text, SATURDAY)
    assert readings["stop"].date == "1999-03-12"
    assert readings["stop"].anchor == "news"
    text = LEDE + "The accord could change the balance of the region."
    assert _readings(nlp, text, SATURDAY)["change"].anchor == "publication"
