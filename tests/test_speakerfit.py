"""Whose words a profile line shows: the name at the cue must be the whole subject of it."""

from __future__ import annotations

from dataclasses import replace

from briefgen.aggregate.focus import Focus
from briefgen.aggregate.keypositions import key_positions
from briefgen.models import Evidence, Mention, Position


def _at(sentence: str, name: str, content: str, cue: str, *, kind: str = "person",
        ident: str = "a", speaker: str = "Ada Pike") -> Position:  # fmt: skip
    """A position of ``speaker`` whose mention is ``name`` in ``sentence`` (its document)."""
    start = sentence.index(content)
    at = sentence.index(name)
    mention = Mention("d1", at, at + len(name), name, "name", kind, None)
    ev = Evidence("d1", start, start + len(content), content, sentence, 0)
    return Position(ident, "d1", speaker, "x", mention, content, start, start + len(content),
                    "reported", cue, ev, attribution="cue", date="2016-09-26")  # fmt: skip


def _shown(p: Position, person: bool = True) -> bool:
    focus = Focus(texts={p.doc: p.evidence.sentence})
    return bool(key_positions("x", [p], focus=focus, person=person))


GROUP = "the harbour must be dredged before the winter storms"


def test_a_part_of_a_group_is_not_the_group_speaking():
    whole = f"Greens said {GROUP}."
    assert _shown(_at(whole, "Greens", GROUP, "said", kind="org"), person=False)
    for sentence in [
        f"Veteran Greens said {GROUP}.",
        f"These same Greens said {GROUP}.",
        f"Not all Greens said {GROUP}.",
        f"Greens on the council said {GROUP}.",
        f"Greens who opposed the budget said {GROUP}.",
        f"The Norland Green said {GROUP}.",  # one member, not the party
    ]:
        name = "Green" if "Norland" in sentence else "Greens"
        assert not _shown(_at(sentence, name, GROUP, "said", kind="org"), person=False), sentence
    # a time after the name says when, not which of them
    timed = f"Greens on Tuesday said {GROUP}."
    assert _shown(_at(timed, "Greens", GROUP, "said", kind="org"), person=False)
    # a body's longer name may take a description
    body = f"The independent Tide Board said {GROUP}."
    assert _shown(_at(body, "Tide Board", GROUP, "said", kind="org"), person=False)


def test_a_name_modifying_the_subject_or_guessed_at_is_not_the_speaker():
    for sentence, cue in [
        (f"The Pike administration has never said {GROUP}.", "has never said"),
        (f"Ada Pike presumably believes {GROUP}.", "believes"),
        (f"Ada Pike slept and when she woke her aides argued {GROUP}.", "argued"),
    ]:
        assert not _shown(_at(sentence, "Pike" if "administration" in sentence else "Ada Pike",
                              GROUP, cue)), sentence  # fmt: skip
    for sentence, cue in [
        (f"Ada Pike, who chairs the board, said {GROUP}.", "said"),
        (f"Ada Pike backed the plan and said {GROUP}.", "said"),
        (f"Ada Pike in a statement on Friday said {GROUP}.", "said"),
    ]:
        assert _shown(_at(sentence, "Ada Pike", GROUP, cue)), sentence


def test_a_report_running_into_another_speaker_s_clause_is_not_shown():
    content = f"{GROUP}, while Ben Ode said the port can wait"
    sentence = f"Ada Pike said {content}."
    assert not _shown(_at(sentence, "Ada Pike", content, "said"))
    own = f"{GROUP}, and she said the port can wait"
    assert _shown(_at(f"Ada Pike said {own}.", "Ada Pike", own, "said"))


def test_no_comment_and_forecasts_are_no_positions():
    errand = "to requests for comment on the plan"
    sentence = f"Ada Pike did not respond {errand}."
    assert not _shown(_at(sentence, "Ada Pike", errand, "did not respond"))
    assert not _shown(_at(f"Ada Pike will pledge that {GROUP}.", "Ada Pike", GROUP, "will pledge"))


def test_what_someone_would_not_say_is_no_position():
    withheld = "on the radio whether she hoped for a seat on the board"
    sentence = f"Ada Pike wouldn't discuss {withheld}."
    assert not _shown(_at(sentence, "Ada Pike", withheld, "wouldn't discuss"))
    kept = "whether the harbour would close"
    assert not _shown(_at(f"Ada Pike declined to say {kept}.", "Ada Pike", kept, "declined to say"))
    # a refusal that is itself the stand is one
    stand = "to back the harbour plan before the winter storms"
    assert _shown(_at(f"Ada Pike refused {stand}.", "Ada Pike", stand, "refused"))


def test_a_name_inside_someone_else_s_report_is_not_the_speaker():
    content = "afraid to see his father"
    sentence = f"The aunts spread claims that Tom Ode is {content}."
    assert not _shown(_at(sentence, "Tom Ode", content, "is"))
    named = f"Amid what the Tide Gazette called {GROUP}, the mayor left."
    assert not _shown(_at(named, "Tide Gazette", GROUP, "called", kind="org"), person=False)
    # a past participle opening the sentence is about its subject, not said by it
    found = "clinging to an inner tube off the coast in late November"
    passive = f"Found {found}, Tom Ode has been the subject of a custody fight."
    assert not _shown(_at(passive, "Tom Ode", found, "Found"))


def test_an_unnamed_him_an_act_said_before_or_an_earlier_then_is_not_readable_alone():
    from briefgen.aggregate.keypositions import readable_alone

    him = _at(f"Ada Pike said {GROUP} and he would campaign for him.", "Ada Pike",
              f"{GROUP} and he would campaign for him", "said")  # fmt: skip
    assert not readable_alone(him, person=True)
    # "him" alone may be the speaker (a man): "said voters should go with him"
    own = _at("Olaf Pike said voters should go with him on the harbour.", "Olaf Pike",
              "voters should go with him on the harbour", "said", speaker="Olaf Pike")  # fmt: skip
    assert readable_alone(own, person=True)
    then = _at("Ada Pike said since then 400 boats have been moored.", "Ada Pike",
               "since then 400 boats have been moored", "said")  # fmt: skip
    assert not readable_alone(then, person=True)
    act = _at("Ada Pike said she is not ready to do that at this point.", "Ada Pike",
              "she is not ready to do that at this point", "said")  # fmt: skip
    assert not readable_alone(act, person=True)


def test_an_acronym_or_an_adverb_is_no_other_subject():
    who = f"The TIDE however said {GROUP}."
    assert _shown(_at(who, "TIDE", GROUP, "said", kind="org"), person=False)
    # an acronym spelled as a relative pronoun ("WHO") is a name, not "who"
    acronym = f"The WHO estimates {GROUP}."
    assert _shown(_at(acronym, "WHO", GROUP, "estimates", kind="org"), person=False)
    # a joint statement is no one's alone
    joint = f"The TIDE and the WAVE said {GROUP}."
    assert not _shown(_at(joint, "TIDE", GROUP, "said", kind="org"), person=False)


def test_a_name_opening_a_condition_is_not_the_speaker():
    put = f"If Greens choose to believe {GROUP}, the Gazette will mock them."
    assert not _shown(_at(put, "Greens", GROUP, "choose to believe", kind="org"), person=False)
    asked = f"Nobody knows whether Greens believe {GROUP}."
    assert not _shown(_at(asked, "Greens", GROUP, "believe", kind="org"), person=False)
    plain = f"Greens said {GROUP}, if the council agrees."
    assert _shown(_at(plain, "Greens", GROUP, "said", kind="org"), person=False)


def test_a_name_inside_a_participle_s_report_is_not_the_speaker():
    content = "to admit ten thousand boats to the harbour"
    sentence = f"Ben Ode, alleging - again falsely - that Mayor Pike wanted {content}, left."
    assert not _shown(_at(sentence, "Pike", content, "wanted"))
    own = f"Ben Ode said Mayor Pike is wrong, and Pike wanted {content}."
    assert _shown(_at(own, "Pike wanted", content, "wanted"))


def test_a_name_opening_what_led_up_to_the_news_is_background():
    content = "harbour bankers “fat cats”"
    upset = f"The donors were upset after Pike called {content} and left."
    assert not _shown(_at(upset, "Pike", content, "called"))
    news = f"After the vote, Pike called {content}."
    assert _shown(_at(news, "Pike", content, "called"))


def test_a_woman_s_report_leaning_on_a_his_it_does_not_name_is_not_shown():
    def by_pronoun(ident: str, pronoun: str) -> Position:
        sentence = f"Later {pronoun} said {GROUP}."
        p = _at(sentence, pronoun, GROUP, "said", ident=ident)
        return replace(p, speaker_mention=replace(p.speaker_mention, kind="pronoun"),
                       attribution="pronoun")  # fmt: skip

    hers = [by_pronoun("s1", "she"), by_pronoun("s2", "she")]
    content = "his reckless remarks render him unfit for the harbour board"
    his = _at(f"Ada Pike said {content}.", "Ada Pike", content, "said", ident="h")
    focus = Focus(texts={"d1": his.evidence.sentence})
    assert his not in key_positions("x", [*hers, his], focus=focus, person=True)
    # with no pronoun for the speaker and a given name of either sex, "his" may be their own
    either = replace(his, speaker="Sam Pike")
    assert either in key_positions("x", [either], focus=focus, person=True)
    # a given name always a woman's says as much as "she said" does
    assert his not in key_positions("x", [his], focus=focus, person=True)
    # named in the statement, the "him" reads
    named = "Ben Ode's reckless remarks render him unfit for the harbour board"
    ode = _at(f"Ada Pike said {named}.", "Ada Pike", named, "said", ident="n")
    focus = Focus(texts={"d1": ode.evidence.sentence})
    assert ode in key_positions("x", [*hers, ode], focus=focus, person=True)


def test_a_joint_statement_is_not_shown_under_one_of_its_speakers():
    # "Spain and the UK confirmed two cases each": under one of them it reads as hers alone
    for sentence in [
        f"Ada Pike and Ben Ode also said {GROUP}.",
        f"Ada Pike and the Tide Board said {GROUP}.",
        f"Ben Ode and Ada Pike said {GROUP}.",
        f"The council heard that Ben Ode and Ada Pike said {GROUP}.",
    ]:
        assert not _shown(_at(sentence, "Ada Pike", GROUP, "said")), sentence
    # a clause of her own after another's is no joint subject
    alone = f"Ben Ode left early, and Ada Pike said {GROUP}."
    assert _shown(_at(alone, "Ada Pike", GROUP, "said"))


def test_a_reporting_aside_makes_its_own_subject_the_speaker():
    # "Democrats, Frank notes, applaud …" is Frank's account of the Democrats
    asides = [", Ben Ode notes,", ", he said,", ", according to the survey,", " (the paper says)"]
    for aside in asides:
        sentence = f"Greens{aside} applaud {GROUP}."
        assert not _shown(_at(sentence, "Greens", GROUP, "applaud", kind="org"), False), aside
    # an aside of the speaker's own is no other speaker
    for aside in [", who has long argued for it,", ", as expected,", ", in a statement,"]:
        sentence = f"Ada Pike{aside} said {GROUP}."
        assert _shown(_at(sentence, "Ada Pike", GROUP, "said")), aside


def test_a_guess_kept_in_the_cue_is_not_shown_and_hearsay_is_shown_as_such():
    guessed = f"Ada Pike apparently said {GROUP}."
    assert not _shown(_at(guessed, "Ada Pike", GROUP, "apparently said"))
    heard = f"Ada Pike reportedly said {GROUP}."
    assert _shown(_at(heard, "Ada Pike", GROUP, "reportedly said"))
    glossed = f"Ada Pike essentially said {GROUP}."
    assert _shown(_at(glossed, "Ada Pike", GROUP, "essentially said"))
