"""A sentence that leans on the one before under a word of its own is not shown alone: a
comparative with no standard ("a lower figure of 61"), a definite happening opening it
("The infection is believed …") after a sentence telling of a person, a definite plural of
places ("the coastal resorts") after a sentence naming them. One that says its standard,
its owner or its places itself is shown as before."""

from __future__ import annotations

import re

from briefgen.definites import resolve_definites
from briefgen.models import Document, Extraction, Mention
from briefgen.shown import read_alone

STORY = frozenset({"fever", "outbreak", "infection", "cases", "virus"})


def _shown(
    text: str,
    *,
    places: tuple[str, ...] = (),
    people: tuple[str, ...] = (),
    story: frozenset[str] = STORY,
) -> str | None:
    """The last sentence of ``text`` as the timeline shows it, or None."""
    doc = Document("d", "d", "txt", text, "")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    mentions = tuple(
        Mention("d", m.start(), m.end(), name, "name", kind)
        for names, kind in ((places, "state"), (people, "person"))
        for name in names
        for m in re.finditer(re.escape(name), text)
    )
    ext = Extraction(document=doc, sentences=spans, mentions=mentions)
    start, end = ext.sentences[-1]
    raw = text[start:end]
    return read_alone(raw.strip(), start + len(raw) - len(raw.lstrip()), ext, story=story)


def test_a_figure_compared_with_one_only_the_sentence_before_gives_is_not_shown() -> None:
    before = "Officials in Marlow said the storm had damaged 140 homes. "
    assert _shown(before + "The regional insurers report a lower figure of 61.") is None
    assert _shown(before + "The board says deaths rose by more than that.") is None


def test_a_comparison_whose_standard_the_sentence_gives_is_shown() -> None:
    for sentence in (
        "Marlow's council counted 140 damaged homes, while Penbury reports a lower figure of 61.",
        "Penbury reports a lower figure than Marlow, at 73 deaths.",
    ):
        shown = _shown(
            "Officials met in Marlow on Monday. " + sentence, places=("Marlow", "Penbury")
        )
        assert shown == sentence


def test_a_happening_opening_a_sentence_after_one_telling_of_a_person_is_not_shown() -> None:
    told = "The Marlow Trust says a Penbury-based employee has been diagnosed with the fever. "
    assert _shown(told + "The infection is believed to have come from travel abroad.") is None
    named = "Ann Holt was taken to hospital on Monday. "
    assert (
        _shown(
            named + "The infection is believed to have come from travel abroad.",
            people=("Ann Holt",),
        )
        is None
    )


def test_a_happening_whose_owner_the_sentence_names_or_the_story_s_own_is_shown() -> None:
    owned = "The infection of Ann Holt is believed to have come from travel abroad."
    assert (
        _shown("Ann Holt was taken to hospital on Monday. " + owned, people=("Ann Holt",)) == owned
    )
    # no person told of before: the story's own infection
    alone = "The infection is believed to have come from farm animals."
    assert _shown("Cases rose again in Marlow on Monday. " + alone) == alone
    # the attack a corpus is about reads alone; an attack of one story among others does not
    attack = "Tom Reed was hurt on Friday. The attack was claimed by a militia."
    assert _shown(attack, people=("Tom Reed",), story=STORY | {"attack"}) == (
        "The attack was claimed by a militia."
    )
    assert _shown(attack, people=("Tom Reed",)) is None


def test_places_named_before_and_taken_up_by_a_plural_are_not_shown() -> None:
    text = (
        "Tour firms cancelled all trips to Marlow and Penbury until May. "
        "Holt Travel put on an extra flight to collect 200 tourists who ended their "
        "stay early in the coastal resorts."
    )
    assert _shown(text, places=("Marlow", "Penbury")) is None


def test_places_the_sentence_itself_says_are_shown() -> None:
    for sentence in (
        "Holt Travel flew 200 tourists home from the coastal resorts of Marlow.",
        "Holt Travel flew 200 tourists home from the coastal resorts in Marlow.",
        "Holt Travel flew 200 tourists home from the hardest-hit resorts.",
    ):
        shown = _shown(
            "Tour firms cancelled all trips to Marlow and Penbury until May. " + sentence,
            places=("Marlow", "Penbury"),
        )
        assert shown == sentence
    # no place named before: the resorts are a kind, not ones the article named
    sentence = "Holt Travel flew 200 tourists home from the coastal resorts."
    assert _shown("Tour firms cancelled all trips until May. " + sentence) == sentence


def test_the_printed_chronology_reading_names_alone_refuses_places_taken_up() -> None:
    # the chronology keeps the names of a document, not its sentences: the sentence before
    # is read from the text
    text = (
        "Tour firms cancelled all trips to Marlow and Penbury until May. "
        "Holt Travel collected 200 tourists who ended their stay early in the coastal resorts."
    )
    doc = Document("d", "d", "txt", text, "")
    names = tuple(
        Mention("d", m.start(), m.end(), m[0], "name", "state")
        for m in re.finditer("Marlow|Penbury", text)
    )
    start = text.index("Holt Travel")
    bare = Extraction(document=doc, mentions=names)
    assert resolve_definites(text[start:], start, bare, STORY) is None
    assert resolve_definites(text[start:], start, Extraction(document=doc), STORY) == text[start:]


def test_a_digest_s_act_taken_up_by_a_noun_of_its_own_is_not_shown() -> None:
    """A digest tells the parties and the act in one sentence and its consequence in the
    next, under a noun the first never used: "The accord" alone says not which."""
    before = "Penbury Foods agreed to sell three snack businesses to Marlow for $370 million. "
    assert _shown(before + "The accord helps Penbury pay off debt.") is None
    assert _shown(before + "But the new pact will force huge debt on Penbury.") is None


def test_an_act_the_sentence_says_which_of_or_the_story_s_own_is_shown() -> None:
    before = "Penbury Foods agreed to sell three snack businesses to Marlow for $370 million. "
    for sentence in (
        "The accord between Penbury and Marlow helps Penbury pay off debt.",
        "The dividend increase was Penbury's second this year.",
    ):
        assert _shown(before + sentence) == sentence
    merger = "The merger helps Penbury pay off debt."
    assert _shown(before + merger, story=STORY | {"merger"}) == merger
    # a first sentence has nothing before it to take up
    assert _shown(merger) == merger
