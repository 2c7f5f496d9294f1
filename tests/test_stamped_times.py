"""A time of day told without a day is dated against the time the page says it was published."""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.timex import tag
from briefgen.models import Document
from briefgen.structure import build_profile, structured
from briefgen.when import When

DAY = date(2031, 3, 12)
LEDE = "The council voted on Tuesday to close the old bridge after a long debate."
MORE = "Engineers said the bridge had been unsafe for years, and repairs would be costly."


def _value(sentence: str, published: str | None, words: str) -> str:
    found = [t for t in tag(sentence, DAY, published=published) if t.text == words]
    assert found, f"{words!r} not tagged in {sentence!r}"
    return found[0].value


def _page(opening: str, date_value: str = "2031-03-12") -> Document:
    text = f"Bridge Closed After Vote\n\n{opening}\n\n{LEDE}\n\n{MORE}\n"
    doc = Document(
        id="a.txt", source="a.txt", format="txt", text=text, title="Bridge", date=date_value
    )  # type: ignore[arg-type]
    return structured(doc, build_profile([doc]))


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        ("12 March 2031 Last updated at 01:23 GMT", "2031-03-12T01:23 GMT"),
        ("Wednesday 12 March 2031 19.44 BST", "2031-03-12T19:44 BST"),
        ("Updated 9:35 pm EDT", "2031-03-12T21:35 EDT"),
        ("Last updated at 08:58 UK time", "2031-03-12T08:58 UK"),
    ],
)
def test_the_page_stamp_keeps_its_time_and_zone(opening: str, published: str) -> None:
    assert _page(opening).published == published


def test_a_stamp_of_another_day_or_without_a_time_gives_no_moment() -> None:
    assert _page("Tuesday 11 March 2031 19.44 BST").published is None
    assert _page("Last updated 12 March 2031").published is None


def test_the_moment_is_a_when_with_its_clock_and_zone() -> None:
    when = When.of("2031-03-12T01:23 GMT")
    assert when is not None
    assert (when.first, when.minute, when.zone) == (DAY, 83, "GMT")
    assert When.of("2031-03-12").minute is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "published", "words", "value"),
    [
        # past, later in the day than the stamp: the day before's
        (
            "It had just gone 11am when the jury returned.",
            "2031-03-12T01:23 GMT",
            "11am",
            "2031-03-11T11:00",
        ),
        (
            "The fire started shortly before midnight.",
            "2031-03-12T06:40 GMT",
            "shortly before midnight",
            "2031-03-11T24:00",
        ),
        # past, earlier than the stamp: the stamp's day
        ("The jury returned at 11am.", "2031-03-12T14:00 GMT", "11am", "2031-03-12T11:00"),
        # no stamp: the publication day, as before
        ("It had just gone 11am when the jury returned.", None, "11am", "2031-03-12T11:00"),
        # ahead: the earliest such time after the stamp
        ("The verdict will be read at 9am.", "2031-03-12T14:00 GMT", "9am", "2031-03-13T09:00"),
        ("The verdict will be read at 9am.", "2031-03-12T01:23 GMT", "9am", "2031-03-12T09:00"),
        # zones written on both sides are compared: 11am EDT is 15:00 GMT
        ("The riot began at 11am EDT.", "2031-03-12T14:00 GMT", "11am EDT", "2031-03-11T11:00"),
        ("The riot began at 11am EDT.", "2031-03-12T16:00 GMT", "11am EDT", "2031-03-12T11:00"),
        # a zone named but not given ("local time") is not guessed
        (
            "The riot began at 11am local time.",
            "2031-03-12T01:23 GMT",
            "11am local time",
            "2031-03-12T11:00",
        ),
    ],
)
def test_a_clock_time_without_a_day_is_dated_against_the_stamp(
    sentence: str, published: str | None, words: str, value: str
) -> None:
    assert _value(sentence, published, words) == value


@pytest.mark.parametrize(
    ("sentence", "published", "words", "value"),
    [
        # stamped in the small hours: the writer's evening was the day before
        (
            "Police arrested two men this evening.",
            "2031-03-12T01:23 GMT",
            "this evening",
            "2031-03-11TEV",
        ),
        (
            "Police arrested two men this morning.",
            "2031-03-12T01:23 GMT",
            "this morning",
            "2031-03-11TMO",
        ),
        # stamped earlier the same day: the page was written after its first stamp
        (
            "Tonight the ministry announced two new cases.",
            "2031-03-12T15:49 BST",
            "Tonight",
            "2031-03-12TNI",
        ),
        # "overnight" told by day is the night before
        (
            "Four more patients died overnight.",
            "2031-03-12T11:35 EDT",
            "overnight",
            "2031-03-11TNI",
        ),
        # told ahead: the page's day
        (
            "The minister will speak this evening.",
            "2031-03-12T01:23 GMT",
            "this evening",
            "2031-03-12TEV",
        ),
    ],
)
def test_a_part_of_the_day_is_read_against_the_stamp(
    sentence: str, published: str, words: str, value: str
) -> None:
    assert _value(sentence, published, words) == value
