"""Sentences whose point the sentence before holds, with no pronoun that points: a
quote-led sentence's "the veto", a writ sent to no one, a side's ad with no side
(invented pages)."""

from __future__ import annotations

import pytest

from briefgen.shown import stands_alone


@pytest.mark.parametrize(
    ("sentence", "alone"),
    [
        # a quotation is all the sentence tells, and its act is the article's
        (
            "“Our assumption is that the veto will be overridden,” Ada Brandt said Tuesday.",
            False,
        ),
        (
            "“We expect the veto of the harbour bill to fail,” Senator Ada Brandt said Tuesday.",
            True,
        ),
        ("Senator Ada Brandt said Tuesday that Penbury would veto the harbour bill.", True),
        # a live blog's follow-up line: to whom, over what
        ("[Marlow] sent a cease-and-desist letter Thursday.", False),
        ("Marlow sent a cease-and-desist letter to the Penbury campaign Thursday.", True),
        ("Marlow filed a lawsuit against the port authority on Monday.", True),
        # an ad roundup's next ad: whose campaign
        ("A campaign TV ad released Thursday accuses Penbury of buying influence.", False),
        ("A Holt campaign TV ad released Thursday accuses Penbury of buying influence.", True),
        ("A spokesman for the Reed family said the funeral would be private.", True),
        ("A campaign that began in May raised money for the harbour.", True),
    ],
)
def test_a_sentence_whose_point_is_in_the_one_before_is_not_shown(
    sentence: str, alone: bool
) -> None:
    assert stands_alone(sentence) is alone
