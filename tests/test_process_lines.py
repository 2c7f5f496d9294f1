"""A line telling only how the speaker handles the matter (reviewing the incident,
sending the jurors home) is no position on the story: it ranks below one that is."""

from __future__ import annotations

from briefgen.aggregate.keypositions import key_positions
from briefgen.aggregate.process_lines import process_only
from briefgen.models import Evidence, Position


def _said(ident: str, text: str, *, doc: str = "d1", cue: str = "said") -> Position:
    sentence = f"The Marlow port authority {cue} {text}."
    start = sentence.find(text)
    ev = Evidence(doc, start, start + len(text), text, sentence, 0)
    return Position(ident, doc, "Marlow Port Authority", "port", None, text, start,
                    start + len(text), "reported", cue, ev, attribution="cue")  # type: ignore[arg-type]  # fmt: skip


def test_handling_the_matter_or_running_a_proceeding_is_process_only() -> None:
    for line in (
        "it is working with the harbour board to review the current incident and any risk",
        "it was investigating the incident",
        "officials are looking into the matter",
        "he would dismiss the prospective jurors",
        "the hearing would adjourn",
    ):
        assert process_only(_said("a", line)), line


def test_a_finding_a_decision_or_a_denial_is_no_process() -> None:
    for line in (
        "he would dismiss the charges against Tom Reed",
        "it reviewed the incident and found the crew at fault",
        "it is not reviewing the incident because the ferry was safe",
        "the ferry was safe and the harbour should stay open",
        "it will review its fees in the spring",  # its own affairs, not the matter
    ):
        assert not process_only(_said("b", line)), line


def test_a_holding_line_gives_way_to_the_speakers_stance() -> None:
    holding = _said("a", "it is working with the harbour board to review the current "
                    "incident and any threat it poses to the fleet", doc="d1")  # fmt: skip
    stance = _said("b", "the ferry's crew ignored the storm warnings", doc="d2")
    shown = key_positions("port", [holding, stance], n=3)
    assert [p.id for p in shown] == ["b"]  # the holding line is no second line either
    # alone, it is what the actor said
    assert [p.id for p in key_positions("port", [holding], n=3)] == ["a"]
