"""Shown items that lean on the sentence before in ways beyond pronouns (issue 11, item 5):
a draft whose relatum only the sentence before names ("A draft document approved Saturday
…"), a change asked for whose object only the sentence before says ("an appetite for
change"), a day weighed for what happened on it ("Tuesday
marked a turning point"), an answer shown without its question, and a verb of presence
read as a stance ("did not show up in person for the race")."""

from __future__ import annotations

import pytest
from position_fixtures import run
from sentence_fixtures import extraction_with

from briefgen.aggregate.answers import answers_elsewhere
from briefgen.models import Extraction, Position
from briefgen.shown import read_alone, stands_alone

# "party" and "change" are words of this story, read alone anywhere else in the brief.
STORY = frozenset({"party", "change", "election", "vote"})


def _last(ext: Extraction) -> tuple[str, int]:
    start, end = ext.sentences[-1]
    raw = ext.document.text[start:end]
    return raw.strip(), start + len(raw) - len(raw.lstrip())


def _shown(text: str) -> str | None:
    ext = extraction_with(text)
    sentence, start = _last(ext)
    return read_alone(sentence, start, ext, story=STORY)


@pytest.mark.parametrize(
    ("sentence", "alone"),
    [
        ("A draft document approved on Saturday would move the party to the left.", False),
        ("A copy was sent to the judge on Monday.", False),
        ("A draft of the platform approved on Saturday would move the party left.", True),
        ("The draft bill passed the Senate on Monday.", True),
    ],
)
def test_a_draft_or_copy_of_what_only_the_sentence_before_says_is_not_shown(
    sentence: str, alone: bool
) -> None:
    assert stands_alone(sentence) is alone


def test_a_change_whose_object_only_the_sentence_before_says_is_not_shown() -> None:
    text = (
        "Several senators now back reforming the party's nominating rules. "
        "A survey of their colleagues found a strong appetite for change among them."
    )
    assert _shown(text) is None
    # with nothing told before, the change asked for is the sentence's own
    assert (
        _shown(
            "Turnout was high across the region. "
            "A survey of voters found a strong appetite for change among them."
        )
        == "A survey of voters found a strong appetite for change among them."
    )


@pytest.mark.parametrize(
    ("sentence", "alone"),
    [
        ("To Ruiz, who has studied the rallies for years, Tuesday marked a turning point.", False),
        ("Sunday was another setback for the governor.", False),
        ("Tuesday marked the first anniversary of the flood in Leeds.", True),
        ("Monday was the deadline for filing the forms in Leeds.", True),
    ],
)
def test_a_day_weighed_for_what_happened_on_it_does_not_stand_alone(
    sentence: str, alone: bool
) -> None:
    assert stands_alone(sentence) is alone


def _answer(nlp, text: str) -> Position:  # type: ignore[no-untyped-def]
    (p,) = [p for p in run(nlp, text) if p.speaker and "wide array" in p.text]
    return p


def test_an_answer_whose_question_is_the_sentence_before_is_not_a_key_position(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A radio host asked Maria Ruiz on Friday how voters should view her speaking fees. "
        "“I spoke to a wide array of groups who wanted to hear what I thought,” said Ruiz."
    )
    assert answers_elsewhere(_answer(nlp, text), text)
    # the same words after a sentence that asks her nothing are her own statement
    told = (
        "Maria Ruiz spent Friday in Leeds with the mayor. "
        "“I spoke to a wide array of groups who wanted to hear what I thought,” said Ruiz."
    )
    assert not answers_elsewhere(_answer(nlp, told), told)
    # a claim of its own answers the question and stands without it
    claim = (
        "A student asked Maria Ruiz on Friday what she thought of her rivals. "
        "“Usually voters choose well and a wide array of them will,” said Ruiz."
    )
    (own,) = [p for p in run(nlp, claim) if p.speaker and "wide array" in p.text]
    assert not answers_elsewhere(own, claim)


def test_not_showing_up_is_no_stance(nlp) -> None:  # type: ignore[no-untyped-def]
    absent = "Ruiz, who endorsed Maddox in May, did not show up in person for the race."
    cues = [p.cue for p in run(nlp, absent)]
    assert cues and not any("show" in (c or "") for c in cues)
    shows = run(nlp, "A new survey by the institute shows Ruiz leading Maddox by nine points.")
    assert [p.cue for p in shows] == ["shows"]


def test_a_chronology_entry_is_not_cut_before_a_reported_clause_says_its_point() -> None:
    from briefgen.render.entry_cut import cut_after_point

    text = (
        "Ann Holt, who chairs the regional transport committee and sits on the board of the "
        "northern rail authority, said in an interview on Wednesday that given the delays "
        "to the work on both of the bridges over the river and the shortage of inspectors, "
        "she was confident the line would open next spring."
    )
    assert cut_after_point(text, text.index("Wednesday") + 9) is None
    told = text.replace("given the delays", "the delays were due")
    cut = cut_after_point(told, told.index("Wednesday") + 9)
    assert cut is not None and "the delays were due" in cut


def test_a_characterisation_of_a_bare_definite_is_not_a_key_position(nlp) -> None:  # type: ignore[no-untyped-def]
    from briefgen.aggregate.readable import readable_alone

    def described(text: str) -> Position:
        (p,) = [p for p in run(nlp, text) if p.speaker and p.cue and "described" in p.cue]
        return p

    bare = described("Mayor Ruiz described the attack as a grim warning to every city.")
    assert not readable_alone(bare, person=True)
    named = described("Mayor Ruiz described the flood in Leeds as a grim warning to every city.")
    assert readable_alone(named, person=True)


def test_a_verdict_on_a_bare_it_is_not_a_key_position(nlp) -> None:  # type: ignore[no-untyped-def]
    from briefgen.aggregate.readable import readable_alone

    verdict = "“I think it's great. Let people read them,” Ruiz said."
    (bare,) = [p for p in run(nlp, verdict) if p.speaker]
    assert not readable_alone(bare, person=True)
    matter = "“We are tired of being told the plan is cruel, it's offensive!” Ruiz said."
    (told,) = [p for p in run(nlp, matter) if p.speaker]
    assert readable_alone(told, person=True)  # the "it" is the sentence's own matter
    claim = "“I think it's time to raise the minimum wage,” Ruiz said."
    (own,) = [p for p in run(nlp, claim) if p.speaker]
    assert readable_alone(own, person=True)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the noun after an article is the happening, and the past verb dates it back
        ("Ruiz sharply questioned Maddox at a presidential debate Sunday.", "2016-01-17"),
        ("Ruiz won a televised debate Sunday.", "2016-01-17"),
        # the futurate present of a scheduled happening still looks ahead
        ("Ruiz and Maddox debate Sunday in Leeds.", "2016-01-24"),
        ("Ruiz faces Maddox at a televised debate Sunday.", "2016-01-24"),
    ],
)
def test_a_debate_noun_is_not_read_as_the_futurate_present(sentence: str, value: str) -> None:
    from datetime import date

    from briefgen.extract.timex import tag

    (sunday,) = tag(sentence, date(2016, 1, 18))  # a Monday's report
    assert sunday.value == value
