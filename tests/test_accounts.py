"""A witness's account retells what others said: those lines are the witness's, not a
profile line of the one they name."""

from __future__ import annotations

from briefgen.aggregate.focus import Focus
from briefgen.aggregate.keypositions import key_positions
from briefgen.models import Evidence, Mention, Position

CLAIM = "the rehearsals for the comeback tour began too early in the morning"


def _position(ident: str, speaker: str, sid: str, sentence: str, at: int, content: str,
              name: str, kind: str = "reported") -> Position:  # fmt: skip
    start = at + sentence.index(content)
    m_at = at + sentence.index(name)
    mention = Mention("d1", m_at, m_at + len(name), name, "name", "person", None)
    ev = Evidence("d1", start, start + len(content), content, sentence, at)
    return Position(ident, "d1", speaker, sid, mention, content, start, start + len(content),
                    kind, "said", ev, attribution="cue", date="2011-10-07")  # type: ignore[arg-type]  # fmt: skip


def _shown_after(first: str) -> bool:
    """Whether Ada Pike's statement is shown when the sentence ``first`` (Ben Ode's
    quotation) comes right before it."""
    second = f"Ada Pike said {CLAIM}."
    text = f"{first}\n{second}"
    quote = first[1 : first.index(",”")]
    ode = _position("b", "Ben Ode", "ben", first, 0, quote, "Ben Ode", "direct")
    pike = _position("a", "Ada Pike", "ada", second, len(first) + 1, CLAIM, "Ada Pike")
    focus = Focus.of([], [], ["2011-10-07"], texts={"d1": text}, positions=[ode, pike])
    return bool(key_positions("ada", [pike], focus=focus, person=True))


def test_a_statement_retold_in_a_witness_s_testimony_is_not_the_named_actor_s():
    told = "“The singer could not sleep at all that night,” Ben Ode told detectives."
    assert not _shown_after(told)
    assert not _shown_after(told.replace("told detectives", "testified"))
    # after a statement to the press, the next one is the narrative's own report
    assert _shown_after(told.replace("told detectives", "told reporters"))


def test_a_speaker_named_inside_another_s_statement_is_not_shown_as_speaking():
    sentence = f"Ben Ode told police Ada Pike said {CLAIM}."
    outer = sentence[len("Ben Ode told police ") : -1]
    ode = _position("b", "Ben Ode", "ben", sentence, 0, outer, "Ben Ode")
    pike = _position("a", "Ada Pike", "ada", sentence, 0, CLAIM, "Ada Pike")
    focus = Focus.of([], [], ["2011-10-07"], texts={"d1": sentence}, positions=[ode, pike])
    assert not key_positions("ada", [pike], focus=focus, person=True)
    alone = Focus.of([], [], ["2011-10-07"], texts={"d1": sentence}, positions=[pike])
    assert key_positions("ada", [pike], focus=alone, person=True)


def test_a_speaker_named_inside_a_long_statement_is_found_past_a_shorter_one_inside_it():
    # the statement opened last before Ada Pike's name (Cy Lam's) ends before it: the one
    # that holds it (Ben Ode's) opened earlier
    sentence = f"Ben Ode told police that Cy Lam said the van was late and Ada Pike said {CLAIM}."
    outer = sentence[len("Ben Ode told police ") : -1]
    ode = _position("b", "Ben Ode", "ben", sentence, 0, outer, "Ben Ode")
    lam = _position("c", "Cy Lam", "cy", sentence, 0, "the van was late", "Cy Lam")
    pike = _position("a", "Ada Pike", "ada", sentence, 0, CLAIM, "Ada Pike")
    texts = {"d1": sentence}
    focus = Focus.of([], [], ["2011-10-07"], texts=texts, positions=[lam, pike, ode])
    assert not key_positions("ada", [pike], focus=focus, person=True)
    without_ode = Focus.of([], [], ["2011-10-07"], texts=texts, positions=[lam, pike])
    assert key_positions("ada", [pike], focus=without_ode, person=True)
