"""The summary looks up the event mentions, statements and previews within a sentence's
span: a start at the span's end belongs to the next sentence."""

from __future__ import annotations

from briefgen.summary_candidates import _any_within, _max_within


def test_a_start_within_the_span_counts_one_at_its_end_does_not() -> None:
    starts = [3, 40, 90]
    assert _any_within(starts, 40, 60)
    assert _any_within(starts, 0, 4)
    assert not _any_within(starts, 4, 40)
    assert not _any_within(starts, 91, 200)
    assert not _any_within(None, 0, 100)


def test_the_largest_weight_within_the_span_is_taken() -> None:
    weights = [(3, 0.5), (40, 1.5), (40, 0.2), (59, 2.5), (60, 9.0)]
    assert _max_within(weights, 40, 60) == 2.5
    assert _max_within(weights, 41, 59) == 0.0
    assert _max_within(weights, 0, 100) == 9.0
    assert _max_within(None, 0, 100) == 0.0
