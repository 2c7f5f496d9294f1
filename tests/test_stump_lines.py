"""A candidate's stump line retold on consecutive days in other words is one profile line."""

from __future__ import annotations

from briefgen.aggregate.keypositions import key_positions
from briefgen.models import Evidence, Mention, Position


def _said(ident: str, text: str, *, doc: str, kind: str = "reported",
          name: str = "Ann Holt") -> Position:  # fmt: skip
    sentence = f"{name} said {text}."
    start = sentence.find(text)
    at = sentence.find(name)
    mention = Mention(doc, at, at + len(name), name, "name", "person")
    ev = Evidence(doc, start, start + len(text), text, sentence, 0)
    return Position(ident, doc, name, "ann", mention, text, start, start + len(text), kind,
                    "said", ev, attribution="cue", date="2016-02-20")  # type: ignore[arg-type]  # fmt: skip


def _shown(positions: list[Position]) -> list[str]:
    return [p.id for p in key_positions("ann", positions, 3, person=True)]


STANCE = _said(
    "stance",
    "the harbour tax would ruin the fishing families of the north coast within a decade",
    doc="d1",
)


def test_the_same_stump_line_in_other_words_is_shown_once():
    direct = _said(
        "direct",
        "If you want to beat Tom Reed, you've got to go with the only campaign that has "
        "shown that it can beat Tom Reed",
        doc="d2",
        kind="direct",
    )
    reported = _said(
        "reported",
        "her campaign is the only one that has beaten and can beat the mayor Tom Reed, who "
        "won the Marlow primary",
        doc="d3",
    )
    shown = _shown([STANCE, direct, reported])
    assert "stance" in shown
    assert len({"direct", "reported"} & set(shown)) == 1


def test_two_claims_sharing_a_topic_are_both_shown():
    # "tax" and "code" shared: one topic, two claims
    attack = _said("attack", "she wants to attack four provisions in the tax code", doc="d2")
    corrupt = _said(
        "corrupt",
        "special breaks in a corrupt tax code let the largest firms of Penbury avoid paying "
        "their fair share",
        doc="d3",
    )
    assert {"attack", "corrupt"} <= set(_shown([STANCE, attack, corrupt]))
