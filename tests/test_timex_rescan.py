"""The tagger's scan: read twice over one text, against another day, as a fresh reading;
the words a rule needs sought first, as the rule would match them."""

from __future__ import annotations

from datetime import date

from briefgen.extract.timex import tag


def _values(text: str, day: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, day)]


def test_one_text_tagged_against_two_days_reads_each_day_as_a_fresh_tagging() -> None:
    text = "Ann Holt left Marlow on Monday. The bridge closed last week and opens in May."
    first = _values(text, date(2024, 3, 14))
    second = _values(text, date(2024, 6, 20))  # the same text object, another day
    assert second != first
    assert first == _values("".join(text), date(2024, 3, 14))
    assert second == _values(text[:10] + text[10:], date(2024, 6, 20))
    assert second[0] == ("Monday", "2024-06-17")


def test_the_strict_reading_of_a_text_just_read_narratively_tags_no_discourse_anchor() -> None:
    text = "So far this year, Tom Reed has sold 40 boats from the Penbury yard."
    narrative = [t.text for t in tag(text, date(2024, 3, 14))]
    strict = [t.text for t in tag(text, date(2024, 3, 14), narrative=False)]
    assert strict != narrative
    assert strict == [t.text for t in tag(text[:5] + text[5:], date(2024, 3, 14), narrative=False)]


def test_a_century_and_a_season_written_in_capitals_are_still_read() -> None:
    # the rules' words are sought first, case-insensitive as the rules are
    text = "Penbury mill, built in the nineteenth Century, closed in the SUMMER of 2019."
    assert _values(text, date(2024, 3, 14)) == [
        ("the nineteenth Century", "18"),
        ("the SUMMER of 2019", "2019-SU"),
    ]
    assert _values("Penbury mill closed on Monday.", date(2024, 3, 14)) == [
        ("Monday", "2024-03-11")
    ]
