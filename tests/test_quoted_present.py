"""The present tense of a direct quotation is its speaker's (issue 11, event anchoring).

A verb in the present inside a quotation tells how things stood when the speaker spoke:
it is at the time of the saying that quotes it, not at the day of writing. A sentence
with no date already reads it so (the saying and the quotation's verbs are one reading);
a sentence whose only date dates something else inside the quotation ("the disasters of
the last century") read the quotation's present at publication. Synthetic sentences, each
with its document date: a Saturday paper whose lede tells Friday's news.
"""

from __future__ import annotations

from datetime import date

from test_anchoring_subordinate_date import _readings

SATURDAY = date(1999, 3, 13)
LEDE = "The three countries joined the alliance on Friday at a ceremony in Missouri.\n\n"


def test_a_quotation_s_present_is_at_its_saying(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEDE + (
        '"Opening the door to these democracies helps to calm a region that saw the '
        'worst wars of this century," the secretary-general added.'
    )
    readings = _readings(nlp, text, SATURDAY)
    assert readings["added"].date == "1999-03-12"
    # the quotation's present: the day the secretary-general spoke, not the paper's day
    assert readings["helps"].date == "1999-03-12"
    assert readings["helps"].anchor == "news"


def test_a_present_outside_the_quotation_stays_at_publication(nlp) -> None:  # type: ignore[no-untyped-def]
    # the writer's own present ("remains") is the state of things when written
    text = LEDE + (
        "The region, which saw the worst wars of this century, remains tense, the "
        'secretary-general added, "but we are calmer."'
    )
    readings = _readings(nlp, text, SATURDAY)
    assert readings["remains"].date == "1999-03-13"
    assert readings["remains"].anchor == "publication"
