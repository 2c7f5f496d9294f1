"""What is not an actor's statement: a writer's generalisation about a group, an option
listed as a capability, and what only some members of a group say."""

from __future__ import annotations

from position_fixtures import run


def test_a_generic_present_about_a_group_is_no_position(nlp):  # type: ignore[no-untyped-def]
    ps = run(
        nlp,
        "Democrats want higher taxes on the rich, and Republicans want policies that create "
        "less revenue in the immediate term.",
    )
    assert not [p for p in ps if p.speaker]


def test_a_group_saying_something_is_still_its_position(nlp):  # type: ignore[no-untyped-def]
    ps = run(nlp, "Republicans say the deal is bad for American workers.")
    assert [p.speaker for p in ps] == ["Republicans"]


def test_a_listed_option_is_not_an_act(nlp):  # type: ignore[no-untyped-def]
    ps = run(
        nlp,
        "Congress has three ways to seek enforcement of a subpoena: by filing a civil "
        "lawsuit, by asking federal prosecutors to charge someone with criminal contempt, or "
        "by having someone jailed at the Capitol.",
    )
    assert not [p for p in ps if p.speaker == "Congress"]


def test_what_some_members_say_is_not_the_groups(nlp):  # type: ignore[no-untyped-def]
    ps = run(
        nlp, "Some Democrats privately express reservations about entrusting the seat to Scott."
    )
    # who, as the article puts it: some of them, not the group, and not named by itself
    assert [(p.speaker, p.attribution) for p in ps] == [("Some Democrats", "inferred")]
    assert ps[0].speaker_mention is not None
    assert ps[0].speaker_mention.text == "Some Democrats"
    ps = run(nlp, "Many Republicans, however, question the wisdom of the new tax plan.")
    assert [(p.speaker, p.attribution) for p in ps] == [("Many Republicans", "inferred")]


def test_some_members_are_not_filed_under_the_group(nlp):  # type: ignore[no-untyped-def]
    from briefgen.aggregate.actors import attribute_positions, resolve_actors
    from briefgen.extract.actors import extract_mentions
    from briefgen.extract.positions import extract_positions
    from briefgen.models import Document, Extraction

    text = (
        "Democrats said the contempt vote was a political ploy. "
        "Some Democrats privately express reservations about entrusting the seat to Scott.\n"
    )
    doc = Document(id="a", source="a.txt", format="txt", text=text, title="")
    sdoc = nlp(text)
    mentions = extract_mentions(doc, sdoc)
    ex = Extraction(
        doc, mentions=tuple(mentions), positions=tuple(extract_positions(doc, sdoc, mentions))
    )
    actors, mention_map = resolve_actors([ex])
    positions = attribute_positions(ex.positions, actors, mention_map)
    group = next(a for a in actors if a.name == "Democrats")
    by_text = {p.text.split()[0]: p for p in positions}
    assert by_text["the"].speaker_id == group.id
    assert by_text["reservations"].speaker_id is None


def test_who_was_told_is_not_who_said_it(nlp):  # type: ignore[no-untyped-def]
    ps = run(
        nlp,
        "Los Angeles Michael Jackson died on 25 June 2009 Jurors at the trial of his doctor "
        "have been told the singer was clinically dead when he arrived in hospital.",
    )
    told = [p for p in ps if "clinically dead" in p.text]
    assert told and all(p.speaker is None for p in told)


def test_a_count_or_a_share_of_members_is_not_the_groups_word(nlp):  # type: ignore[no-untyped-def]
    ps = run(nlp, "Only two Democrats currently back the senator's bill.")
    assert [p.attribution for p in ps if p.speaker] in ([], ["inferred"])
    ps = run(nlp, "In Virginia, 85% of Democrats said the economic system favors the wealthy.")
    assert [(p.speaker, p.attribution) for p in ps] == [("85% of Democrats", "inferred")]


def test_some_members_are_no_mention_of_the_party(nlp):  # type: ignore[no-untyped-def]
    from briefgen.extract.actors import extract_mentions
    from briefgen.models import Document

    text = (
        "Many Republicans stayed home. Two Democrats objected, and 85% of Democrats agreed. "
        "The Republicans nominated him; the leader of the Democrats and all Americans "
        "listened.\n"
    )
    doc = Document(id="a", source="a.txt", format="txt", text=text, title="")
    found = {(m.start, m.text) for m in extract_mentions(doc, nlp(text)) if m.type != "person"}
    kept = {(text.index(w), w.split()[0]) for w in ("Republicans nominated", "Americans")}
    kept.add((text.index("Democrats and"), "Democrats"))
    assert {f for f in found if f[1] in ("Republicans", "Democrats", "Americans")} == kept


def test_a_writers_portrait_of_a_person_is_not_their_statement(nlp):  # type: ignore[no-untyped-def]
    ps = run(
        nlp,
        "This was the Grant we all knew, the Grant who questions the independence of a judge "
        "because of his heritage, who fights with reporters, and who claims that the network "
        "is biased.",
    )
    assert not [p for p in ps if p.speaker and "Grant" in p.speaker]


def test_a_portrait_of_a_name_the_parser_tagged_a_common_noun_has_no_speaker(nlp):  # type: ignore[no-untyped-def]
    # the parser sometimes tags the name after "the" a common noun; its capital says it
    # is a name, and the restrictive clause still paints, not reports
    from spacy.tokens import Doc

    from briefgen.extract.cue_subject import subject_of

    words = ["It", "was", "the", "Lane", "who", "questions", "the", "judge", "."]
    heads = [1, 1, 3, 1, 5, 3, 7, 5, 1]
    deps = ["nsubj", "ROOT", "det", "attr", "nsubj", "relcl", "det", "dobj", "punct"]
    pos = ["PRON", "AUX", "DET", "NOUN", "PRON", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert subject_of(doc[5]) is None
    comma = ["It", "was", "Lane", ",", "who", "questions", "the", "judge", "."]
    heads = [1, 1, 1, 2, 5, 2, 7, 5, 1]
    deps = ["nsubj", "ROOT", "attr", "punct", "nsubj", "relcl", "det", "dobj", "punct"]
    pos = ["PRON", "AUX", "PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=comma, heads=heads, deps=deps, pos=pos)
    assert subject_of(doc[5]) is not None  # "Lane, who questions …": reported


def test_a_person_who_said_something_still_said_it(nlp):  # type: ignore[no-untyped-def]
    ps = run(nlp, "Senator Ada Grant, who said on Monday that the judge was biased, left early.")
    assert [p.speaker for p in ps if p.speaker] == ["Ada Grant"]


def _shown(nlp, text: str) -> list[tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    """The (speaker, content) of each position of ``text`` a reader is shown."""
    from briefgen.aggregate.readable import readable_alone

    return [(p.speaker, p.text) for p in run(nlp, text) if readable_alone(p)]


def test_a_participle_setting_the_scene_is_no_position(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Recalling …, the committee began …": the act is the main verb's, not a statement
    for text in (
        "Recalling the pitfalls of the last election, the Acme Committee began spending "
        "money much earlier.",
        "Citing concerns about security, the Acme Corporation withdrew its bid on Monday.",
        "Pointing to the polls, Senator Tom Reed dropped out of the race.",
    ):
        assert [p.speaker for p in run(nlp, text) if p.speaker], text  # an attribution …
        assert not _shown(nlp, text), text  # … but no position a reader is shown


def test_a_participle_giving_the_acts_ground_is_no_position(nlp) -> None:  # type: ignore[no-untyped-def]
    # "…, citing X" after its clause: shown alone, what was cited loses what it was cited for
    text = (
        "The Marlow council has pledged its resolve against night racing, citing public "
        "safety, rising accident counts and its own success in closing the track in 2001."
    )
    shown = _shown(nlp, text)
    assert not any("public safety" in content for _, content in shown)
    # a participle reporting a clause stays a position
    said = "Tom Reed backed the plan, pointing out that Marlow had never lost the vote."
    assert any("never lost" in content for _, content in _shown(nlp, said))


def test_a_participle_reporting_a_clause_or_a_quotation_is_one(nlp) -> None:  # type: ignore[no-untyped-def]
    shown = _shown(nlp, "Noting that turnout was low, Mayor Ann Holt extended voting hours.")
    assert shown == [("Ann Holt", "that turnout was low")]
    ps = run(nlp, "Saying “we will not back down,” Governor Tom Reed vetoed the bill.")
    assert [(p.speaker, p.kind) for p in ps] == [("Tom Reed", "direct")]
    assert _shown(nlp, "Saying “we will not back down,” Governor Tom Reed vetoed the bill.")


def test_the_main_clause_keeps_its_act_and_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from briefgen.extract.events import extract_events
    from briefgen.extract.timex import tag
    from briefgen.models import Document

    text = "Recalling the pitfalls of the last election, the committee began spending on Monday."
    doc = Document("a", "a", "txt", text, "", "2016-05-26", "stated")
    events = extract_events(doc, nlp(text), tuple(tag(text, date(2016, 5, 26))))
    assert [(m.lemma, m.date) for m in events] == [("spend", "2016-05-23")]


def test_a_participle_calling_for_or_urging_something_is_a_position(nlp) -> None:  # type: ignore[no-untyped-def]
    from briefgen.aggregate.scene_cues import scene_setting

    ps = run(nlp, "Calling for a four-year sentence, Prosecutor Ann Holt said the doctor lied.")
    calling = [p for p in ps if p.cue == "Calling"]
    assert calling and not scene_setting(calling[0])
    shown = _shown(nlp, "Urging voters to stay home, Governor Tom Reed closed the polls early.")
    assert shown == [("Tom Reed", "voters to stay home")]
