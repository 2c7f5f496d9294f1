"""Sentences that go on past a quotation's own "!" or "?", or past a colon with no clause
on one side: the dated happening they tell keeps its date and its whole sentence."""

from __future__ import annotations

from briefgen.extract.run import extract_document
from briefgen.models import Document


def _sentences(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text.strip() for s in nlp(text).sents]


def _dated(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each sentence that states its event's own date -> that date."""
    document = Document("a", "a", "txt", text, "", "2016-06-09", "stated")
    return {
        m.evidence.sentence.strip(): m.date
        for m in extract_document(document, nlp).events
        if m.anchor == "own"
    }


def test_a_tweet_ending_in_an_exclamation_keeps_its_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Lane cancelled her rally. "If he does not apologise, he should resign in disgrace!" '
        "the Republican nominee, Dana Lane, tweeted on Sunday after the storm.\n"
    )
    whole = text[text.index('"If') : text.index("\n")]
    assert _dated(nlp, text) == {whole: "2016-06-05"}


def test_a_question_quoted_before_its_named_speaker_stays_one_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"You think I am going to change?" Lane asked reporters at a news conference on '
        'Sunday. "I am not changing."\n'
    )
    first = text[: text.index(' "I am')]
    assert _sentences(nlp, text) == [first, '"I am not changing."']
    assert _dated(nlp, text) == {first: "2016-06-05"}


def test_an_attribution_after_a_double_space_goes_on_with_the_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    # pages typed with two spaces after a sentence: "Mr. Lane wrote" still names who wrote
    text = (
        "The feud grew. \u201cIf she thinks she can play that card on me, she is wrong!\u201d  "
        "Mr. Lane wrote on Twitter on Monday.\n"
    )
    whole = text[text.index("\u201cIf") : text.index("\n")]
    assert whole in [s.strip() for s in _sentences(nlp, text)]


def test_an_attribution_in_small_letters_goes_on_with_the_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"We will win!" the crowd chanted outside the hall. Then it rained.'
    assert _sentences(nlp, text)[0] == '"We will win!" the crowd chanted outside the hall.'


def test_a_new_sentence_after_a_quoted_question_still_starts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"Why not?" Voters in Ohio went to the polls on Tuesday. Turnout was high.'
    assert _sentences(nlp, text)[:2] == [
        '"Why not?"',
        "Voters in Ohio went to the polls on Tuesday.",
    ]


def test_a_colon_after_words_with_no_verb_of_their_own_ends_no_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Little noticed in Dana Lane's resounding victories in Ohio and Iowa on Tuesday: "
        "She clinched an outright majority of the pledged delegates.\n"
    )
    assert _dated(nlp, text) == {text.strip(): "2016-06-07"}


def test_a_colon_before_words_with_no_verb_is_no_sentence_end_for_the_parser(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser cuts here in some contexts only ("…: Vince Ames, born in Hove, Sussex." left
    # as a sentence of its own); what it is told before it runs is the same in every one.
    text = "His act was inspired by a real performer: Vince Ames, born in Hove. He sang."
    with nlp.select_pipes(disable=["parser", "attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(text)
    marked = {t.text: t.is_sent_start for t in doc}
    assert marked["Vince"] is False
    assert marked["He"] is not False


def test_a_label_or_a_time_stamp_before_a_colon_keeps_its_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _sentences(nlp, "10:42 BST: The minister has resigned. More soon.")[0] == "10:42 BST:"
    assert _sentences(nlp, "Stealth Over Health: Lane Was Headed to Hospital. It was late.")[0] == (
        "Stealth Over Health:"
    )


def _marked(nlp, text: str) -> dict[str, bool | None]:  # type: ignore[no-untyped-def]
    """Each word -> the sentence start marked on it before the parser runs."""
    with nlp.select_pipes(disable=["parser", "attribute_ruler", "lemmatizer", "ner"]):
        return {t.text: t.is_sent_start for t in nlp(text)}


def test_a_year_inside_the_clause_before_a_colon_is_no_time_stamp(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "His 1972 album was inspired by a real performer: Vince Ames, born in Hove. He sang."
    assert _marked(nlp, text)["Vince"] is False


def test_a_number_opening_or_ending_the_words_before_a_colon_is_a_stamp(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _marked(nlp, "Last update 10.42: a minister resigned in Hove.")["a"] is not False
    assert _marked(nlp, "9.15 in the morning: a minister resigned in Hove.")["a"] is not False
