"""Shown sentences that name their people and open on their news: a bare surname only the
article introduced gets its given name in brackets, a quotation's "he asserted" the
speaker the attribution found, and a paper's dateline run into the lede is left off."""

from __future__ import annotations

from dataclasses import replace

from sentence_fixtures import extraction_with

from briefgen.aggregate.readable import about_the_other, readable_alone
from briefgen.models import Evidence, Mention, Position
from briefgen.shown import clean, read_alone
from briefgen.titled import name_newcomer

# the corpus's own words: "the bridge" reads alone in a brief about the bridge
_NONE: frozenset[str] = frozenset({"bridge", "council", "harbour", "crowd"})


def _second(ext_text: str, *names: tuple[str, str], story: frozenset[str] = _NONE) -> str | None:
    ext = extraction_with(ext_text, *names)
    start, end = ext.sentences[1]
    raw = ext.document.text[start:end]
    at = start + len(raw) - len(raw.lstrip())
    # as the timeline shows a chosen sentence: read alone, then its newcomers named
    shown = read_alone(raw.strip(), at, ext, inner=False, story=story)
    return name_newcomer(shown, at, ext, story) if shown is not None else None


def test_a_surname_only_its_article_introduced_is_given_its_given_name() -> None:
    text = (
        "Columnist Ada Brandt wrote a sharp column on the harbour bridge. "
        "Citing the cost overruns, Brandt urged the council to halt the bridge."
    )
    shown = _second(text, ("Ada Brandt", "person"))
    assert shown == "Citing the cost overruns, [Ada] Brandt urged the council to halt the bridge."


def test_a_surname_the_corpus_commonly_uses_is_left_as_written() -> None:
    text = (
        "Mayor Ada Brandt opened the harbour bridge on Monday. "
        "Brandt told the crowd the bridge had cost less than planned."
    )
    shown = _second(text, ("Ada Brandt", "person"), story=_NONE | {"Brandt"})
    assert shown == "Brandt told the crowd the bridge had cost less than planned."


def test_a_surname_two_people_of_the_article_share_gets_no_given_name() -> None:
    # which Brandt, the sentence cannot say: a wrong name is worse than none
    text = (
        "Ada Brandt and her brother Olaf Brandt both sit on the harbour council. "
        "Brandt voted against the bridge on Monday."
    )
    ext = extraction_with(text, ("Ada Brandt", "person"), ("Olaf Brandt", "person"))
    start, end = ext.sentences[1]
    sentence = ext.document.text[start:end].strip()
    assert "[" not in name_newcomer(sentence, end - len(sentence), ext, _NONE)


def test_a_sentence_opening_on_a_word_the_article_writes_small_is_no_surname() -> None:
    # "Will" here asks; the columnist George Will is not meant
    text = (
        "Columnist George Will said the council will vote on the bridge. "
        "Will voters back the bridge in May, the poll asked."
    )
    ext = extraction_with(text, ("George Will", "person"))
    start, end = ext.sentences[1]
    sentence = ext.document.text[start:end].strip()
    assert name_newcomer(sentence, end - len(sentence), ext, _NONE) == sentence


def test_the_sentence_that_names_them_in_full_is_left_as_written() -> None:
    text = (
        "The council met on Monday about the harbour bridge. "
        "One engineer who resigned over the bridge was Kate Duval."
    )
    assert _second(text, ("Kate Duval", "person")) == (
        "One engineer who resigned over the bridge was Kate Duval."
    )


def test_a_papers_dateline_run_into_the_lede_is_left_off() -> None:
    assert clean("BOSTON —Standing before the crowd, Ada Brandt promised a new bridge.") == (
        "Standing before the crowd, Ada Brandt promised a new bridge."
    )
    assert clean("DES MOINES, Iowa — The senator promised a new bridge.") == (
        "The senator promised a new bridge."
    )
    assert clean("WASHINGTON ― Ada Brandt promised a new bridge.") == (
        "Ada Brandt promised a new bridge."
    )


def test_capitals_joined_by_a_hyphen_open_on_no_dateline() -> None:
    for text in ("NATO-Russia talks resumed in Oslo on Monday.", "AFL-CIO leaders met Monday."):
        assert clean(text) == text


def _quoted_by_pronoun(text: str, speaker: str, *names: tuple[str, str]) -> str | None:
    """The second sentence of ``text`` as shown, its quotation attributed (as the extract
    stage would) to ``speaker`` through the "he" of its speech tag."""
    ext = extraction_with(text, *names)
    start, end = ext.sentences[1]
    raw = text[start:end]
    at = start + len(raw) - len(raw.lstrip())
    he = text.index(" he ", at) + 1
    cue = text[he + 3 :].split()[0]
    pronoun = Mention("d", he, he + 2, "he", "pronoun")
    evidence = Evidence("d", at, end, raw.strip(), raw.strip(), at)
    position = Position(
        "p", "d", speaker, None, pronoun, raw.strip(), at, he, "direct", cue, evidence
    )
    ext = replace(ext, positions=(position,))
    return read_alone(raw.strip(), at, ext, inner=False, story=_NONE)


def test_a_quotations_he_is_named_by_the_speaker_the_attribution_found() -> None:
    # two men named before: the nearest-name rule cannot choose, the attribution can
    text = (
        "Senator Olaf Kerr met Governor Ivan Petrov about the harbour bridge on Monday. "
        "“The bridge is unsafe,” he asserted to reporters on Tuesday."
    )
    shown = _quoted_by_pronoun(
        text, "Olaf Kerr", ("Olaf Kerr", "person"), ("Ivan Petrov", "person")
    )
    assert shown == "“The bridge is unsafe,” [Kerr] asserted to reporters on Tuesday."


def test_a_quotations_he_the_attribution_gave_a_woman_is_not_named() -> None:
    text = (
        "Senator Olaf Kerr met Governor Maria Petrov about the harbour bridge on Monday. "
        "“The bridge is unsafe,” he asserted to reporters on Tuesday."
    )
    shown = _quoted_by_pronoun(
        text, "Maria Petrov", ("Olaf Kerr", "person"), ("Maria Petrov", "person")
    )
    assert shown is None


def _reported(speaker: str, content: str) -> Position:
    sentence = f"{speaker} said {content}."
    at = sentence.index(content)
    ev = Evidence("d1", at, at + len(content), content, sentence, 0)
    return Position("p", "d1", speaker, "x", None, content, at, at + len(content),
                    "reported", "said", ev, attribution="cue")  # fmt: skip


def test_a_persons_statement_on_a_he_of_the_other_sex_is_no_profile_line() -> None:
    # "his" is someone the article named before, not the speaker herself
    assert about_the_other(
        _reported("Maria Petrov", "his reckless comments on the bridge render him unfit"), None
    )
    # her own "her", a man's own "his", and a he the statement names first stand
    for speaker, content in (
        ("Maria Petrov", "her plan for the harbour bridge would cut tolls by half"),
        ("Olaf Kerr", "his plan for the harbour bridge would cut tolls by half"),
        ("Maria Petrov", "Kerr's plan for the bridge shows he cannot count the cost"),
    ):
        assert readable_alone(_reported(speaker, content), person=True)
        assert not about_the_other(_reported(speaker, content), None)


def _shown_second(text: str, *names: tuple[str, str]) -> str | None:
    ext = extraction_with(text, *names)
    start, end = ext.sentences[1]
    raw = text[start:end]
    return read_alone(raw.strip(), start + len(raw) - len(raw.lstrip()), ext, story=_NONE)


def test_a_her_is_never_bracketed_with_a_man_named_before() -> None:
    # the one person named before is a man (his given name, or his title, says so)
    for before, names in (
        ("Ivan Petrov opposed the harbour bridge on Monday.", ("Ivan Petrov", "person")),
        ("Mr Lee Kerr opposed the harbour bridge, and Mr Kerr voted so.", ("Lee Kerr", "person")),
    ):
        shown = _shown_second(
            f"{before} Voters in Leeds view her record on the bridge as weak.", names
        )
        assert shown is None or "[" not in shown


def test_a_her_in_an_opening_participle_phrase_is_the_subject_after_it() -> None:
    text = (
        "Ivan Petrov opposed the harbour bridge on Monday. "
        "Appearing aware of how voters, in Leeds especially, view her record, Ms Maria Quint "
        "said on Tuesday that the harbour bridge would be built."
    )
    shown = _shown_second(text, ("Ivan Petrov", "person"), ("Maria Quint", "person"))
    assert shown is not None and "view her record" in shown and "[" not in shown


def test_a_titled_surname_only_its_article_introduced_is_given_its_given_name() -> None:
    # "Ms Duval", shown alone, names no one the brief's reader has met
    text = (
        "The jury heard from the nurse Kate Duval, who had treated the singer. "
        "Ms Duval was testifying on Tuesday at the trial of the doctor."
    )
    assert _second(text, ("Kate Duval", "person")) == (
        "Ms [Kate] Duval was testifying on Tuesday at the trial of the doctor."
    )


def test_a_title_that_does_not_fit_the_given_name_gets_none() -> None:
    # "Mr Duval" is not the article's Kate Duval: a relative, left as written
    text = (
        "The jury heard from the nurse Kate Duval, who had treated the singer. "
        "Mr Duval was testifying on Tuesday at the trial of the doctor."
    )
    shown = _second(text, ("Kate Duval", "person"))
    assert shown is None or "[" not in shown


def test_a_word_of_a_firms_longer_name_gets_no_given_name() -> None:
    # the recogniser read the ferry line as a person: "Lakeland" here is the region, and
    # "[Crown] Lakeland towns" would make a firm of it
    text = (
        "The ferry, owned by Crown Lakeland Ferries, docked at Marlow on Monday. "
        "Crown Lakeland Chief Executive Tom Reed said sailings would resume. "
        "A number of Lakeland towns have reported flooding since the storm."
    )
    ext = extraction_with(text, ("Crown Lakeland Ferries", "person"), ("Crown Lakeland", "person"))
    start, end = ext.sentences[2]
    sentence = ext.document.text[start:end].strip()
    assert name_newcomer(sentence, end - len(sentence), ext, _NONE) == sentence


def test_a_surname_followed_by_a_day_still_gets_its_given_name() -> None:
    text = (
        "The harbour bridge will close, said Ada Brandt Monday. "
        "Citing the cost overruns, Brandt urged the council to halt the bridge."
    )
    shown = _second(text, ("Ada Brandt", "person"))
    assert shown == "Citing the cost overruns, [Ada] Brandt urged the council to halt the bridge."
