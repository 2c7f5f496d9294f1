"""A key position shows its references back named, as the summary shows its sentence."""

from __future__ import annotations

from dataclasses import replace

from sentence_fixtures import extraction_with

from briefgen.aggregate.bracketed import named_content, with_named
from briefgen.aggregate.wholeness import whole
from briefgen.models import Evidence, Position
from briefgen.render.actorviews import position_view
from briefgen.render.citing import Citer
from briefgen.statement import statement


def _position(text: str, sentence: str, at: int, *, kind: str = "reported") -> Position:
    lo = sentence.index(text)
    ev = Evidence("d", at + lo, at + lo + len(text), text, sentence, at)
    return Position("p", "d", "Pacific West", "pw", None, text, at + lo, at + lo + len(text),
                    kind, "said", ev, attribution="cue")  # type: ignore[arg-type]  # fmt: skip


def test_the_bank_a_statement_takes_up_is_named_in_the_profile() -> None:
    first = "Harbor Holdings owns Harbor Savings Bank, which has nine branches."
    second = "At the end of June, the bank had deposits of $300 million, Pacific West said."
    text = f"{first} {second}"
    ext = extraction_with(text, ("Harbor Savings Bank", "org"), ("Pacific West", "org"))
    p = _position("At the end of June, the bank had deposits of $300 million", second,
                  text.index(second))  # fmt: skip
    (named,) = with_named([p], [ext])
    assert named.text == p.text  # the span as written stays the provenance
    assert (
        named.shown
        == "At the end of June, the bank [Harbor Savings Bank] had deposits of $300 million"
    )
    view = position_view(named, Citer([ext.document]), {"pw": "Pacific West"}, {})
    assert view.statement == (
        "Pacific West said at the end of June, the bank [Harbor Savings Bank] had deposits of"
        " $300 million"
    )


def test_a_thing_the_page_narrowed_to_a_kind_is_named_in_the_profile() -> None:
    first = "The organiser of the Marlow harbour festival defended the event on Monday."
    second = "Pacific West said all the criticism about the festival is unfair."
    text = f"{first} {second}"
    ext = extraction_with(text, ("Pacific West", "org"))
    p = _position("all the criticism about the festival is unfair", second, text.index(second))
    (named,) = with_named([p], [ext])
    assert named.shown == "all the criticism about the [Marlow harbour] festival is unfair"
    # the bracket at the content's first words stays whole
    p = _position("the festival is unfair", second, text.index(second))
    (named,) = with_named([p], [ext])
    assert named.shown == "the [Marlow harbour] festival is unfair"


def test_the_speakers_own_bank_or_a_bank_outside_the_content_is_not_bracketed() -> None:
    first = "Harbor Savings Bank agreed to merge with a rival."
    second = "Valley Bank said the bank had deposits of $300 million."
    text = f"{first} {second}"
    ext = extraction_with(text, ("Harbor Savings Bank", "org"), ("Valley Bank", "org"))
    p = _position("the bank had deposits of $300 million", second, text.index(second))
    assert named_content(p, ext) is None
    # the bracket falls on the sentence's opening, which the content leaves out
    second = "The bank had deposits of $300 million, and Valley Bank said it would grow."
    text = f"{first} {second}"
    ext = extraction_with(text, ("Harbor Savings Bank", "org"), ("Valley Bank", "org"))
    p = _position("it would grow", second, text.index(second))
    assert named_content(p, ext) is None


def test_a_speakers_own_words_are_not_bracketed() -> None:
    first = "Agents of the Federal Bureau met the board on Monday."
    second = "“The campaign has been slow to answer the board,” one senior aide said."
    text = f"{first} {second}"
    ext = extraction_with(text, ("Federal Bureau", "org"))
    p = _position("The campaign has been slow to answer the board", second, text.index(second),
                  kind="direct")  # fmt: skip
    assert named_content(p, ext) is None


def test_a_quotation_completing_the_writers_clause_has_lost_its_subject() -> None:
    sentence = "Lena Ortiz is “the most reckless candidate of the whole season,” Ada Pike said."
    p = _position("the most reckless candidate of the whole season", sentence, 0, kind="direct")
    assert not whole(p)
    sentence = "“We are not at that stage of the outbreak yet,” Ada Pike said."
    p = _position("We are not at that stage of the outbreak yet", sentence, 0, kind="direct")
    assert whole(p)
    sentence = "Ada Pike told aides that “we are not at that stage of the outbreak yet.”"
    p = _position("we are not at that stage of the outbreak yet.", sentence, 0, kind="direct")
    assert whole(p)
    sentence = "As Ada Pike put it, “we are not at that stage of the outbreak yet.”"
    p = _position("we are not at that stage of the outbreak yet.", sentence, 0, kind="direct")
    assert whole(p)


def test_a_preposition_opening_the_content_is_written_small_after_the_cue() -> None:
    text = "Among other reasons, high fees changed the economics of the sale"
    assert statement("Valley Bank", text, "reported", "said") == (
        "Valley Bank said among other reasons, high fees changed the economics of the sale"
    )


def test_a_reported_positions_relative_day_is_named_as_a_judgments_is() -> None:
    from datetime import date

    from briefgen.extract.timex import tag

    text = (
        "The ferry line stopped its crossings in the storm. "
        "Pacific West had ruled that the ferry must stay in port and set Friday as the "
        "deadline for its repairs."
    )
    second = text[text.index("Pacific West") :]
    ext = extraction_with(text, ("Pacific West", "org"))
    ext = replace(
        ext,
        document=replace(ext.document, date="2000-01-15", date_source="stated"),
        timexes=tuple(tag(text, date(2000, 1, 15))),  # a Saturday
    )
    p = _position("the ferry must stay in port and set Friday as the deadline for its repairs",
                  second, text.index(second))  # fmt: skip
    assert named_content(p, ext) == (
        "the ferry must stay in port and set Friday [14 January 2000] as the deadline for its"
        " repairs"
    )


def test_a_named_sentence_longer_than_its_text_takes_no_day_from_the_next_sentence() -> None:
    from datetime import date

    from briefgen.aggregate.bracketed import _days_named
    from briefgen.extract.timex import tag

    text = (
        "Pacific West said the ferry must stay in port. "
        "Friday was set as the deadline for its repairs."
    )
    ext = extraction_with(text, ("Pacific West", "org"))
    ext = replace(
        ext,
        document=replace(ext.document, date="2000-01-15", date_source="stated"),
        timexes=tuple(tag(text, date(2000, 1, 15))),  # a Saturday
    )
    # the first sentence as an earlier naming left it, a bracket longer, and a "Friday" of
    # its own words: the next sentence's Friday, inside the longer span, is not its day
    named = "Pacific West [the Marlow ferry line] said the ferry must stay in port Friday."
    assert _days_named(named, 0, ext) == named
