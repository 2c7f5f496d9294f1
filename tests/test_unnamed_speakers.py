"""A speech tag whose subject is an unnamed, indefinite person ("…, a top aide said."):
that person is nobody the story named, and the phrase is no one's role."""

from __future__ import annotations

from position_fixtures import only, run

from briefgen.extract.actors import extract_mentions
from briefgen.models import Document

AFTER_A_NAME = (
    "Hillary Clinton spoke in Ohio on Monday.\n\n"
    "The campaign will now focus on the economy and on Hillary Clinton, a top aide said."
)
AFTER_AN_INTRODUCTION = (
    "John Podesta, a top aide to Hillary Clinton, spoke on Monday.\n\n"
    "The campaign will focus on jobs, a top aide said."
)


def test_a_speech_tag_after_a_name_gives_the_name_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = Document(id="t", source="t.txt", format="txt", text=AFTER_A_NAME, title="")
    roles = {m.text: m.role for m in extract_mentions(doc, nlp(AFTER_A_NAME))}
    assert roles.get("Hillary Clinton") is None
    said = only(run(nlp, AFTER_A_NAME), "focus on the economy")
    assert said.speaker != "Hillary Clinton"


def test_an_indefinite_speaker_is_not_the_person_introduced_with_that_role(nlp) -> None:  # type: ignore[no-untyped-def]
    said = only(run(nlp, AFTER_AN_INTRODUCTION), "focus on jobs")
    assert said.speaker == "top aide"


BEFORE_THE_QUOTE = (
    "Hillary Clinton spoke in Ohio on Monday.\n\n"
    "Clinton, a top aide said, “is very confident in the contrast” between her and her rival."
)


def test_a_speech_tag_set_inside_the_sentence_gives_its_subject_no_role(nlp) -> None:  # type: ignore[no-untyped-def]
    """The parser may make the name the speech verb's subject; the aide still speaks, and
    the candidate is not made "a top aide"."""
    doc = Document(id="t", source="t.txt", format="txt", text=BEFORE_THE_QUOTE, title="")
    roles = {(m.start, m.text): m.role for m in extract_mentions(doc, nlp(BEFORE_THE_QUOTE))}
    assert "a top aide" not in roles.values(), roles
    said = only(run(nlp, BEFORE_THE_QUOTE), "very confident")
    assert said.speaker == "top aide"


def test_a_description_before_the_names_own_speech_verb_stays_its_role(nlp) -> None:  # type: ignore[no-untyped-def]
    """A comma left out after the apposition: the name is still the speaker, and the
    description its role."""
    text = "Omar Haddad, the head of the delegation emphasized that women may study."
    doc = Document(id="t", source="t.txt", format="txt", text=text, title="")
    roles = {m.text: m.role for m in extract_mentions(doc, nlp(text))}
    assert roles.get("Omar Haddad") == "the head of the delegation", roles
