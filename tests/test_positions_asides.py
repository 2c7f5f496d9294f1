"""A key position is a stance on an issue or a person, not a quip, a fan's aside, or an
answer whose question the profile does not show."""

from __future__ import annotations

from dataclasses import replace

from briefgen.aggregate.focus import Focus
from briefgen.aggregate.keypositions import key_positions
from briefgen.aggregate.offstance import answers_unshown, fandom, jest
from briefgen.models import Evidence, Position


def _said(ident: str, text: str, *, doc: str = "d1", kind: str = "reported",
          cue: str = "said", at: int | None = None, sentence: str | None = None,
          ) -> Position:  # fmt: skip
    """A statement of Ada Pike's; ``at``: where it stands in its document's text (else the
    sentence is the document)."""
    sentence = sentence if sentence is not None else f"Ada Pike {cue} {text}."
    inside = sentence.find(text)
    at = inside if at is None else at
    ev = Evidence(doc, at, at + len(text), text, sentence, at - inside)
    return Position(ident, doc, "Ada Pike", "ada", None, text, at, at + len(text),
                    kind, cue, ev, attribution="cue", date="2016-01-20")  # type: ignore[arg-type]  # fmt: skip


def test_a_line_wishing_the_speaker_a_thing_is_a_quip():
    assert jest(_said("q", "I feel like I need a council-to-English dictionary", kind="direct"))
    assert jest(_said("q", "I could use a long holiday after this budget", kind="direct"))
    assert not jest(_said("s", "I need the council to cut the bus fares now", kind="direct"))


def test_whom_the_speaker_roots_for_is_an_aside():
    assert fandom(_said("f", "despite being a Leeds graduate, she plans to root for York"))
    assert not fandom(_said("s", "the tram line should be built before the stadium"))


TEXT = (
    "The radio host asked Pike on Friday what voters should make of her large fees?\n\n"
    "“I talked to many groups who wanted to hear about the world,” Pike said.\n\n"
    "“The fares must come down,” Pike said at the depot.\n"
)


def test_an_answer_opening_the_paragraph_after_a_question_needs_the_question():
    answer = TEXT.index("I talked")
    stance = TEXT.index("The fares")
    a = _said("a", "I talked to many groups who wanted to hear about the world", kind="direct",
              at=answer)  # fmt: skip
    b = _said("b", "The fares must come down", kind="direct", at=stance)
    assert answers_unshown(a, TEXT)
    assert not answers_unshown(b, TEXT)
    # a reported statement, or one that does not open its paragraph, is not an answer
    assert not answers_unshown(_said("r", "fares must fall", at=stance), TEXT)


def test_the_profile_shows_the_stance_not_the_quip_or_the_answer():
    at = TEXT.index("I talked")
    line = "I talked to many groups who wanted to hear about the world"
    answer = _said("a", line, kind="direct", at=at, sentence=TEXT[at - 1 : TEXT.index("\n", at)])
    quip = _said(
        "q", "I feel like I need a council-to-English dictionary after the tram debate", doc="d2"
    )
    stance = _said("s", "the tram line will open in June", doc="d3")
    focus = replace(Focus.of(["tram"], [], ["2016-01-20"]), texts={"d1": TEXT})
    assert [p.id for p in key_positions("ada", [answer, quip, stance], 3, focus)] == ["s"]
