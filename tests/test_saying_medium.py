"""A saying told in a document the text dated is dated as the document (issue 11).

"In the letter, the mayor said ..." names where the saying was made: a letter the
sentence before dated ("a letter, dated Monday") was written that day, whatever the
report's news day. A later saying that names no document, or a document noun the text
never dated, keeps the news day. Synthetic sentences: a Wednesday paper.
"""

from __future__ import annotations

from datetime import date

from test_anchoring_subordinate_date import _readings

WEDNESDAY = date(2000, 2, 16)
LEDE = (
    "The mayor said in a letter published Wednesday that he wants the council to meet.\n\n"
    "'I object to these moves,' the mayor said in the letter, dated Monday.\n\n"
)


def test_a_saying_in_a_dated_letter_takes_the_letter_s_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEDE + "In the letter, the mayor said he does not accept the ruling."
    readings = _readings(nlp, text, WEDNESDAY)
    assert readings["accept"].date == "2000-02-14"


def test_a_saying_naming_no_dated_document_keeps_the_news_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = LEDE + "The mayor said he does not accept the ruling."
    assert _readings(nlp, text, WEDNESDAY)["accept"].date == "2000-02-16"
    text = LEDE + "In the interview, the mayor said he does not accept the ruling."
    assert _readings(nlp, text, WEDNESDAY)["accept"].date == "2000-02-16"
