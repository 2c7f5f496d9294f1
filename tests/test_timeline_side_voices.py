"""A timeline day shows what the story's people did, not what a page's side voice did: a
delegate's phone call or a chief executive's dinner, told by the one page that names them,
is that page's material. An outcome is news whoever brings it about, and someone several
sources name is no side voice."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sentence_fixtures import clause_mention, headlined_page

from briefgen.models import Actor, Event, Extraction, Mention
from briefgen.side_voices import side_subject, side_voices
from briefgen.timeline import select_timeline

MONDAY, TUESDAY = "2020-03-02", "2020-03-03"


def _person(name: str, *docs: str) -> Actor:
    mentions = tuple(Mention(d, 0, len(name), name, "name", "person") for d in docs)
    return Actor(name, name, "person", mentions=mentions, sources=docs)


def _named(x: Extraction, *names: str) -> Extraction:
    """``x`` with a person mention at every place its text gives each of ``names``."""
    text = x.document.text
    found = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            found.append(Mention(x.document.id, at, at + len(name), name, "name", "person"))
            at = text.find(name, at + 1)
    return replace(x, mentions=tuple(sorted(found, key=lambda m: m.start)))


CALLED = "Tom Reed, a state delegate, said he called Governor Ward on Monday to learn more."
SIGNED = "Governor Ward signed the harbour bill on Tuesday."


def _two_days(
    called: str = CALLED, verb: str = "called", lemma: str = "call", reed_docs: int = 1
) -> tuple[list[Event], list[Extraction], list[Actor]]:
    """Monday told by one page through Tom Reed (named by ``reed_docs`` pages), Tuesday by
    the governor's act, told by two."""
    page = _named(headlined_page("a-page", f"Delegates\n{called} It rained.", TUESDAY), "Tom Reed")
    bill = _named(headlined_page("b-bill", f"Bill\n{SIGNED} He smiled.", TUESDAY), "Ward")
    other = _named(headlined_page("c-bill", f"Law\n{SIGNED} He left.", TUESDAY), "Ward")
    mon = clause_mention(page, called, MONDAY, verb=verb, lemma=lemma, actors=("Tom Reed",))
    tue = [clause_mention(x, SIGNED, TUESDAY, verb="signed") for x in (bill, other)]
    events = [
        Event("mon", MONDAY, called, (mon,), ("a-page",), salience=2.0),
        Event("tue", TUESDAY, SIGNED, tuple(tue), ("b-bill", "c-bill"), salience=1.0),
    ]
    reed = _person("Tom Reed", *("a-page", "d-more", "e-more")[:reed_docs])
    # a corpus of a typical size: other pages on the governor, whom every one names (the
    # delegate's page too: it names him as often as the delegate)
    pages = ("a-page", "b-bill", "c-bill", *(f"z-{n}" for n in range(7)))
    actors = [reed, _person("Governor Ward", *pages)]
    more = [
        _named(
            headlined_page(f"z-{n}", "Harbour\nGovernor Ward spoke. It rained.", TUESDAY), "Ward"
        )
        for n in range(7)
    ]
    return events, [page, bill, other, *more], actors


def _shown(events: list[Event], extractions: list[Extraction], actors: list[Actor]) -> list[str]:
    timeline = select_timeline(events, dates=5, sentences=2, extractions=extractions, actors=actors)
    return [c.text for e in timeline for c in e.sentences]


def test_a_side_voices_act_told_by_its_page_alone_is_no_days_news() -> None:
    """The delegate's phone call leaves, and its day with it; the governor's act stays."""
    assert _shown(*_two_days()) == [SIGNED]


def test_someone_several_sources_name_is_no_side_voice() -> None:
    assert _shown(*_two_days(reed_docs=3)) == [CALLED, SIGNED]


def test_an_outcome_is_news_whoever_brings_it_about() -> None:
    won = "Tom Reed, a state delegate, beat Governor Ward on Monday by 40 votes."
    assert _shown(*_two_days(won, "beat", "beat")) == [won, SIGNED]


def test_side_voices_are_the_people_a_single_page_names() -> None:
    actors = [
        _person("Tom Reed", "a"),
        _person("Governor Ward", "a", "b"),
        Actor("Harbour Board", "Harbour Board", "org", sources=("a",)),
    ]
    assert side_voices(actors, 10) == frozenset({"Tom Reed"})
    # in a handful of reports, whom one names may be the story's actor
    assert side_voices(actors, 5) == frozenset()
    # a firm the tagger took for a person has no given name: a body, no side voice
    actors.append(_person("Norvax Biologics", "c"))
    assert side_voices(actors, 10) == frozenset({"Tom Reed"})


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("On Monday, Tom Reed called the chairman.", "called", True),
        # the speaker after a quotation opening the sentence
        ('"I never said no," Tom Reed wrote in an email on Monday.', "wrote", True),
        # a name a preposition governs is no subject
        ("In an interview with Tom Reed on Monday, Governor Ward said no.", "said", False),
        # an owner is no subject
        ("Tom Reed's office released a memo on Monday.", "released", False),
        ("Governor Ward called Tom Reed on Monday.", "called", False),
        # what a side voice reports has a subject of its own; "he" is the voice again
        ("Tom Reed reports that the victims were aboard a flight on Monday.", "were", False),
        ("Tom Reed, a delegate, said he called Governor Ward on Monday.", "called", True),
        # a name inside a description is no subject: the name set off by commas after it is
        (
            "The head of the group backing Governor Ward, Tom Reed, praised the stunt on Monday.",
            "praised",
            True,
        ),
        ("A donor backing Governor Ward, Sen. Tom Reed, hired a plane on Monday.", "hired", True),
        # a list opening the clause: its first name is the subject
        ("Governor Ward, Tom Reed, and a delegate met the chairman on Monday.", "met", False),
        # a dated act inside what the side voice praises or blames, no clause of its own
        # (an -ing after a preposition, a to-infinitive): the sentence tells the voice's
        # remark, whoever did the act
        (
            "Tom Reed praised the bid of a donor to Governor Ward to mock the mayor by "
            "flying banners over the harbour on Monday.",
            "flying",
            True,
        ),
        ("Tom Reed welcomed the council's plan to close the depot on Monday.", "close", True),
        # ... but a clause reported with "that" has its own subject
        ("Tom Reed said that the crews were seen boarding a ferry on Monday.", "boarding", False),
    ],
)
def test_the_subject_is_the_first_person_named_before_the_predicate(
    sentence: str, verb: str, expected: bool
) -> None:
    x = _named(headlined_page("p", f"Head\n{sentence} More.", TUESDAY), "Tom Reed", "Ward")
    mention = clause_mention(x, sentence, MONDAY, verb=verb)
    assert side_subject(mention, x, frozenset({"Tom Reed"})) is expected


def test_a_name_after_the_is_a_body_not_a_side_voice() -> None:
    # the tagger may read "Marine Corps" as a person with a given name; no person's name
    # takes "the", so the subject is a body whose one page may tell the day's news
    sentence = "The Marine Corps quarantined thirty recruits at the base on Monday."
    x = _named(headlined_page("p", f"Head\n{sentence} More.", TUESDAY), "Marine Corps")
    mention = clause_mention(x, sentence, MONDAY, verb="quarantined")
    assert side_subject(mention, x, frozenset({"Marine Corps"})) is False
