"""Two values of one quantity a unit apart, or one the other's rounding, tell one value."""

from __future__ import annotations

from briefgen.precision import within_precision


def test_a_unit_apart_or_a_rounding_is_within_precision() -> None:
    assert within_precision(22, 23)
    assert within_precision(1000, 986)
    assert within_precision(260, 258)


def test_values_further_apart_than_told_differ() -> None:
    assert not within_precision(6, 9)
    assert not within_precision(212, 190)
    assert not within_precision(200, 150)  # no rounding of "150" gives "200"
    assert not within_precision(250, 240)  # both told to the ten
