"""A sentence whose time or kind only the sentence before tells ("Back then, the ruling
…", "The last such visit …") cannot be shown alone."""

from __future__ import annotations

import pytest

from briefgen.shown import stands_alone


@pytest.mark.parametrize(
    "text",
    [
        "Back then, a court ruling in Marlow noted two attacks on the harbour.",
        "At the time, the Penbury council said the wall would hold.",
        "By then, most of the town's residents had left.",
        "The last such visit in the framework of the talks took place in January 2001.",
    ],
)
def test_a_sentence_leaning_on_the_one_before_is_refused(text: str) -> None:
    assert not stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2001, a court ruling in Marlow noted two attacks on the harbour.",
        "Ann Holt, who was mayor at the time, said the wall would hold.",
        "Towns such as Marlow and Penbury rebuilt their walls in 2001.",
    ],
)
def test_a_sentence_saying_its_own_time_and_kind_stands(text: str) -> None:
    assert stands_alone(text)
