"""Broadcast transcripts: amounts said in words, soundbites with no speaker label, a joint
announcement and the purpose it gives (invented newscast copy)."""

from __future__ import annotations

import pytest
from position_fixtures import only, run
from test_principal_records import said_in

from briefgen.aggregate.unsure_speakers import without_unsure_speakers
from briefgen.extract.nlp import load_nlp
from briefgen.figures import has_figure


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_an_amount_said_in_words_is_a_figure_as_its_digits_would_be() -> None:
    assert has_figure("Ferry fares have come down from a twenty-two dollar ticket to fourteen.")
    assert has_figure("The port authority will hire thirty-eight thousand seasonal workers.")
    assert has_figure("Diesel fell nearly two cents a gallon over the week in Marlow.")
    # a year said as words, a count of a few and a count before its noun are no amount,
    # as in digits ("in 1994", "3 ferries", "60 ferries sailed")
    assert not has_figure("The ferry last ran like this in nineteen ninety-four, Holt recalled.")
    assert not has_figure("Three ferries and one tug left Marlow harbour before the storm.")
    assert not has_figure("Sixty ferries sailed from Marlow harbour before the storm broke.")


NEWSCAST = (
    "Mayor Ann Holt says Marlow will keep the bridge closed. "
    "Penbury's harbour master Tom Reed responded within the hour, saying the closure was "
    "unlawful.\n\n"
    "We are trying to find a way to reopen it. And I hope the ferries can carry the "
    "traffic until then.\n"
)


def test_an_unlabelled_soundbite_after_the_anchor_s_lead_has_no_speaker(nlp) -> None:
    # the anchor names Reed last, but whose voice follows no lead-in says
    positions = run(nlp, NEWSCAST)
    assert only(positions, "a way to reopen").speaker is None
    assert only(positions, "the ferries can carry").speaker is None
    # the anchor's own reports keep their speakers
    assert only(positions, "keep the bridge closed").speaker == "Ann Holt"


@pytest.mark.parametrize(
    "lead",
    [
        "Mayor Ann Holt spoke to reporters at the bridge: ",
        "Mayor Ann Holt defended the closure at the bridge. As she told reporters.\n\n",
    ],
)
def test_a_lead_in_handing_the_voice_on_gives_the_soundbite_its_speaker(nlp, lead) -> None:
    text = lead + "We are trying to find a way to reopen the bridge before the winter.\n"
    assert only(run(nlp, text), "a way to reopen").speaker == "Ann Holt"


def test_a_colon_clauses_before_the_pronoun_hands_no_voice_on(nlp) -> None:
    text = (
        "Mayor Ann Holt gave the council a choice: close the bridge now, or we hope the "
        "old repairs hold through the winter storms.\n"
    )
    assert only(run(nlp, text), "repairs hold").speaker is None


def test_what_someone_will_know_by_the_speaker_s_deeds_is_not_their_statement(nlp) -> None:
    text = (
        "Reed will know by our actions that we will be ready to close the port again if "
        "the ferries break the rules.\n"
    )
    assert all(p.speaker != "Reed" for p in run(nlp, text))


ANNOUNCEMENT = (
    "Mayor Ann Holt, Reed and harbour master Tom Lake announced plans to travel to Penbury "
    "next week, to explain to the council why the bridge must stay closed.\n"
)


def test_a_joint_announcement_keeps_its_purpose_and_names_every_speaker(nlp) -> None:
    p = only(run(nlp, ANNOUNCEMENT), "plans to travel")
    # the purpose is the substance: a position ending at "next week" keeps the logistics
    assert p.text.endswith("why the bridge must stay closed")
    joint = said_in("a", ANNOUNCEMENT, "Ann Holt", p.text, "announced")
    (shown,) = without_unsure_speakers([joint], {"a": ANNOUNCEMENT})
    assert (shown.speaker, shown.speaker_id) == ("Ann Holt, Reed and harbour master Tom Lake", None)
