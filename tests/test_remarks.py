"""Lines a profile ranks below any stance or leaves out: kind words for a person, what the
speaker would be doing, the narrator's account of an act, a recording played at a trial."""

from __future__ import annotations

from briefgen.aggregate.focus import Focus
from briefgen.aggregate.keypositions import key_positions
from briefgen.models import Evidence, Mention, Position


def _said(ident: str, text: str, *, doc: str = "d1", sentence: str | None = None,
          sentence_start: int = 0, kind: str = "reported", cue: str = "said",
          name: str = "Ada Pike") -> Position:  # fmt: skip
    sentence = sentence if sentence is not None else f"{name} {cue} {text}."
    start = sentence_start + sentence.find(text)
    at = sentence_start + sentence.find(name)
    mention = Mention(doc, at, at + len(name), name, "name", "person")
    ev = Evidence(doc, start, start + len(text), text, sentence, sentence_start)
    return Position(ident, doc, name, "ada", mention, text, start, start + len(text), kind,
                    cue, ev, attribution="cue", date="2016-09-26")  # type: ignore[arg-type]  # fmt: skip


def _shown(positions: list[Position], focus: Focus | None = None) -> list[str]:
    return [p.id for p in key_positions("ada", positions, 3, focus, person=True)]


STANCE = "the harbour tax would ruin the fishing families of the north coast"


def test_kind_words_for_a_rival_rank_below_a_stance_and_are_no_second_line():
    praise = _said(
        "praise",
        "Tom Reed, who ended his bid on Saturday, as “a man who never went to the gutter” "
        "and kept the race clean of insults and attacks",
        cue="is praising",
        doc="d2",
    )
    assert _shown([_said("stance", STANCE), praise]) == ["stance"]
    # praise of a plan is a stance on it
    plan = _said("plan", "Tom Reed's harbour plan as the only way to keep the boats at sea",
                 cue="praised", doc="d3")  # fmt: skip
    assert "plan" in _shown([_said("stance", STANCE), plan])
    # kind words are what an actor with nothing else shows
    assert _shown([praise]) == ["praise"]


def test_what_the_speaker_would_be_doing_is_a_remark_not_a_stance():
    day = _said(
        "day",
        "if she spent the day in Marlow she'd be doing nothing more than shaking hands "
        "with people on their way into the polls",
        cue="says",
        doc="d2",
    )
    assert _shown([_said("stance", STANCE), day]) == ["stance"]
    # a promise on a condition is a stance
    promise = _said("promise", "if she is elected she would scrap the harbour tax in a week",
                    cue="says", doc="d3")  # fmt: skip
    assert "promise" in _shown([_said("stance", STANCE), promise])


def test_the_narrators_account_of_what_someone_has_shown_is_no_position():
    shown = _said("shown", "little sign of cooling her anger at the Reed campaign over "
                  "the harbour tax", cue="has shown", doc="d2")  # fmt: skip
    assert _shown([_said("stance", STANCE), shown]) == ["stance"]
    assert _shown([shown]) == []
    # a claim shown in a that-clause is one
    claim = _said("claim", "that the harbour tax has cost the town its ferries",
                  cue="has shown", doc="d3")  # fmt: skip
    assert "claim" in _shown([_said("stance", STANCE), claim])


def test_a_recording_played_at_a_trial_is_evidence_not_a_stance():
    text = (
        "A recording of Ada Pike talking about her tour has been played to the trial of "
        "her former manager.\n"
        "In the audio, made a year before her death, a tired Pike tells him about the shows.\n"
        "Pike says the shows in Penbury will be for the children of the town.\n"
    )
    sentence = "Pike says the shows in Penbury will be for the children of the town.\n"
    heard = _said("heard", "the shows in Penbury will be for the children of the town",
                  cue="says", name="Pike", sentence=sentence, doc="d2",
                  sentence_start=text.find(sentence))  # fmt: skip
    stance = _said("stance", STANCE)
    focus = Focus(texts={"d2": text})
    assert _shown([stance, heard], focus) == ["stance"]
    # the same line in a report of a concert announcement is hers
    told = text.replace("played to the trial of her former manager", "released by her label")
    focus = Focus(texts={"d2": told})
    assert "heard" in _shown([stance, heard], focus)


def test_a_pronoun_and_an_auxiliary_alone_is_not_readable_alone():
    sentence = "Asked if the tax was the cause, Ada Pike said that she did not."
    elided = _said("elided", "that she did not", doc="d2", sentence=sentence)
    assert _shown([elided]) == []


def test_what_the_speaker_did_not_mention_is_no_position():
    left_out = _said("left_out", "any of her rivals by name at the harbour rally in Marlow",
                     cue="did not mention", doc="d2")  # fmt: skip
    assert _shown([left_out]) == []
    # a mention is a line like any other
    named = _said("named", "the harbour tax twice at the rally in Marlow on Friday night",
                  cue="mentioned", doc="d3")  # fmt: skip
    assert _shown([named]) == ["named"]
