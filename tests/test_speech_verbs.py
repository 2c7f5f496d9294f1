"""The verbs of saying, held once by lemma, with their forms made in one place."""

from __future__ import annotations

import re

from briefgen import speech_verbs
from briefgen.extract.cues import saying_form, speech_form
from briefgen.statement import finite_cue


def test_forms_follow_english_spelling() -> None:
    assert speech_verbs.inflect("deny") == ("deny", "denies", "denied", "denied", "denying")
    assert speech_verbs.inflect("admit").past == "admitted"
    assert speech_verbs.inflect("argue").gerund == "arguing"
    assert speech_verbs.inflect("stress").third == "stresses"
    assert speech_verbs.inflect("write") == ("write", "writes", "wrote", "written", "writing")


def test_british_and_american_doubling_are_both_forms() -> None:
    assert {"signalled", "signaled"} <= speech_verbs.forms({"signal"}, "past")


def test_told_forms_leave_out_a_present_that_is_a_plural_noun() -> None:
    told = speech_verbs.told_forms({"claim", "insist"})
    assert {"claimed", "insisted", "insists"} <= told
    assert "claims" not in told  # "the claims were denied" tells no one saying anything


def test_an_alternation_matches_the_whole_longer_form() -> None:
    pattern = re.compile(speech_verbs.alternation({"add", "adds", "added"}))
    assert pattern.match("adds")[0] == "adds"  # type: ignore[index]


def test_every_speech_verb_form_is_read_as_one_and_no_noun_of_a_speaker() -> None:
    for word in ("said", "denies", "admitted", "quipped", "signalled", "spoke", "replied"):
        assert speech_form(word), word
    for word in ("writers", "advisers", "observers", "complaints"):
        assert not speech_form(word), word
    assert saying_form("testified")
    assert not saying_form("believed")  # a verb of thought, no saying proper


def test_a_participle_cue_is_told_in_the_past_of_its_own_spelling() -> None:
    assert finite_cue("admitting that") == "admitted that"
    assert finite_cue("denying") == "denied"
    assert finite_cue("signalling") == "signalled"
    assert finite_cue("talking") is None  # no verb of saying with a clause
