"""Statements and sentences whose point, or whose person, lies outside them: a lead-in
closed by a colon, a "she" after a participle that may be the person praised, a speaker
known by office inside typewriter quotes, a host or a group taken up from before."""

from __future__ import annotations

from dataclasses import replace

from sentence_fixtures import extraction_with

from briefgen.aggregate.readable import readable_alone
from briefgen.anaphora import takes_up
from briefgen.models import Evidence, Mention, Position
from briefgen.titled import name_role


def _said(text: str, sentence: str, cue: str, speaker_at: tuple[int, int]) -> Position:
    start = sentence.find(text)
    assert start >= 0
    ev = Evidence("d1", start, start + len(text), text, sentence, 0)
    who = Mention("d1", speaker_at[0], speaker_at[1], sentence[slice(*speaker_at)], "surname")
    return Position("p", "d1", "Ada Pike", "ada", who, text, start, start + len(text),
                    "reported", cue, ev, attribution="cue")  # type: ignore[arg-type]  # fmt: skip


def test_a_statement_whose_sentence_leads_in_to_what_follows_is_not_shown() -> None:
    sentence = "Pike pointed out that harbour workers were largely ignored:"
    content = "harbour workers were largely ignored"
    assert not readable_alone(_said(content, sentence, "pointed out", (0, 4)))
    closed = "Pike pointed out that harbour workers were largely ignored."
    assert readable_alone(_said(content, closed, "pointed out", (0, 4)))


def test_a_she_after_a_participle_may_be_the_person_the_clause_praised() -> None:
    sentence = "Pike praised Mrs. Lund's work for families, saying she had steady hands."
    content = "she had steady hands"
    assert not readable_alone(_said(content, sentence, "saying", (0, 4)), person=True)
    # the speaker's own "she", after a plain cue
    own = "Pike, asked by the Harbour Herald, said she had steady hands."
    assert readable_alone(_said(content, own, "said", (0, 4)), person=True)


def test_an_office_after_a_closed_typewriter_quotation_is_named_or_refused() -> None:
    ext = extraction_with(
        "The Whig rally drew a large crowd in Leeds on Monday night. "
        '"There is no question I am under scrutiny," the Whig presidential candidate told '
        "the radio on Sunday.",
    )
    start, end = ext.sentences[1]
    text = ext.document.text[start:end].strip()
    assert name_role(text, start + 1, ext) is None  # who holds the office, the article says


def test_a_host_or_a_group_named_before_is_taken_up() -> None:
    before = "Kerr told Ada Pike, who hosts a morning show, that he liked Lund."
    assert takes_up("Kerr affirmed that he likes Lund to the talk show host.", before, set())
    assert takes_up("Lund could not say how he would fight the militant group.", before, set())


def test_a_quotation_opening_on_a_verb_whose_subject_was_cut_off_is_not_shown() -> None:
    sentence = "Pike wrote that the fuel rule “can continue to be a powerful tool for farms.”"
    cut = _said("can continue to be a powerful tool for farms.", sentence, "wrote", (0, 4))
    cut = replace(cut, kind="direct")
    assert not readable_alone(cut, person=True)
    whole = "Pike wrote: “The fuel rule can continue to be a powerful tool for farms.”"
    kept = _said(
        "The fuel rule can continue to be a powerful tool for farms.", whole, "wrote", (0, 4)
    )
    kept = replace(kept, kind="direct")
    assert readable_alone(kept, person=True)


def test_a_speech_tag_with_its_place_and_no_words_is_a_fragment() -> None:
    from briefgen.shown import stands_alone

    assert not stands_alone(
        "Kerr asked reporters rhetorically during a news conference last month."
    )
    assert not stands_alone("Kerr said on Twitter.")
    assert stands_alone("Kerr says the shows in Leeds will be for children as he had no childhood.")


def test_the_one_in_question_points_back_but_a_claim_called_in_question_does_not() -> None:
    from briefgen.shown import stands_alone

    assert not stands_alone("The reporter in question had spoken to the harbour board twice.")
    assert stands_alone("The reporter in question is Ann Ruiz, the paper's harbour correspondent.")
    assert stands_alone("The harbour board's figures were called in question by the mayor.")
