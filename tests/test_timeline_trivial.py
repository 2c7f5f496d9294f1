"""What a timeline date shows is what happened in the story, not a side detail: one
source's look back years before the story is an aside, while the story's own past that
several sources retell is an entry; a question told without what it asked is a lead-in."""

from __future__ import annotations

import re

import pytest
from sentence_fixtures import report_naming

from briefgen.mention_checks import involves
from briefgen.models import Event, EventMention, Evidence, Extraction, Timex
from briefgen.newsworthy import tells_news
from briefgen.timeline import select_timeline

# Eleven reports on a mayor's race in 2024: enough for the story's past to be retold.
RACE = (
    "Mayor Ruiz won the primary on Tuesday. Okafor conceded the primary to Ruiz. "
    "Ruiz thanked the volunteers at the union hall."
)
ASIDE = "Ruiz lost a race for Congress in 2016."
FOUNDING = "Ruiz founded the tenants' union in 2012."


def _extraction(doc: str, text: str) -> Extraction:
    return report_naming(doc, "2024-03-07", text, (("Ruiz", "person"), ("Okafor", "person")))


def _mention(x: Extraction, sentence: str, when: str) -> EventMention:
    start = x.document.text.index(sentence)
    evidence = Evidence(x.document.id, start, start + len(sentence), sentence, sentence, start)
    timex = Timex(start, start + 1, "x", "DATE", when)
    verb = sentence.split()[1]  # "Ruiz founded ...", "Ruiz ran ...": the predicate
    lemma = {"founded": "found", "lost": "lose", "ran": "run", "won": "win"}.get(verb, verb)
    return EventMention(
        f"{x.document.id}-{start}", x.document.id, when, timex, sentence, evidence, lemma=lemma
    )


def _corpus(reports: int) -> list[Extraction]:
    """``reports`` reports of the race; the first also looks back to 2016, the first two
    retell the founding of 2012."""
    out = []
    for n in range(reports):
        extra = (f" {ASIDE}" if n == 0 else "") + (f" {FOUNDING}" if n < 2 else "")
        out.append(_extraction(f"r{n:02}", RACE + extra))
    return out


def _events(corpus: list[Extraction]) -> list[Event]:
    won = "Mayor Ruiz won the primary on Tuesday."
    primary = tuple(_mention(x, won, "2024-03-05") for x in corpus)
    founded = tuple(_mention(x, FOUNDING, "2012") for x in corpus[:2])
    return [
        Event("primary", "2024-03-05", "x", primary, tuple(m.doc for m in primary), salience=3),
        Event("bond", "2016", "x", (_mention(corpus[0], ASIDE, "2016"),), ("r00",), salience=1),
        Event("union", "2012", "x", founded, ("r00", "r01"), salience=1),
    ]


def _shown(corpus: list[Extraction]) -> list[str]:
    entries = select_timeline(_events(corpus), dates=5, sentences=2, extractions=corpus)
    return [c.text for e in entries for c in e.sentences]


def test_one_source_looking_back_years_before_the_story_is_no_entry() -> None:
    shown = _shown(_corpus(11))
    assert ASIDE not in shown
    # the story's past that two sources retell, and the story's news, are shown
    assert FOUNDING in shown
    assert "Mayor Ruiz won the primary on Tuesday." in shown


def test_a_few_reports_keep_the_history_only_one_of_them_tells() -> None:
    # three analyses tell their history once each: it is all the timeline has of it
    assert ASIDE in _shown(_corpus(3))


@pytest.mark.parametrize(
    ("sentence", "news"),
    [
        # a lead-in: the question and its answer are in the sentences after it
        (
            "When the minister arrived at the port on Friday with a cough, reporters asked an "
            "obvious question.",
            False,
        ),
        ("The chairman fielded several questions.", False),
        # a question with its subject, or its content, tells what was wanted
        ("Reporters asked questions about the harbour contracts.", True),
        ("The mayor asked the council whether it would vote on the budget.", True),
    ],
)
def test_a_question_told_without_what_it_asked_is_no_news(sentence: str, news: bool) -> None:
    assert tells_news(sentence) is news


@pytest.mark.parametrize(
    ("sentence", "news"),
    [
        # a day judged, nothing told done in it
        ("Senator Vale had a great night on Saturday.", False),
        ("Tuesday was a very good day for Governor Kell.", False),
        # what was done that day, told beside the verdict
        ("Senator Vale had a great night on Saturday, winning three states.", True),
        ("Senator Vale had a good night as she won the Ohio primary.", True),
        ("Monday was a bad day for the markets, with shares down 5 percent.", True),
    ],
)
def test_a_day_judged_with_nothing_done_in_it_is_no_news(sentence: str, news: bool) -> None:
    assert tells_news(sentence) is news


LAYOFFS = "Acme Foods began laying off workers on Wednesday, despite criticism from Ruiz."
BID = "Okafor filed a late bid for a recount on Wednesday."


def test_an_act_of_someone_else_the_principals_only_object_to_is_no_entry() -> None:
    corpus = _corpus(11)
    corpus[0] = _extraction("r00", f"{RACE} {LAYOFFS} {BID}")
    page = corpus[0]
    won = "Mayor Ruiz won the primary on Tuesday."
    primary = tuple(_mention(x, won, "2024-03-05") for x in corpus)
    events = [
        Event("primary", "2024-03-05", "x", primary, tuple(m.doc for m in primary), salience=3),
        Event("bid", "2024-03-06", "x", (_mention(page, BID, "2024-03-06"),), ("r00",), 1),
        Event("acme", "2024-03-06", "x", (_mention(page, LAYOFFS, "2024-03-06"),), ("r00",), 1),
    ]
    entries = select_timeline(events, dates=5, sentences=3, extractions=corpus)
    shown = [c.text for e in entries for c in e.sentences]
    # the company's act, which the principal only criticised, is one page's detail; the
    # principal's own act of that day is shown
    assert LAYOFFS not in shown
    assert BID in shown


def test_a_look_back_is_no_entry_when_its_year_gathers_other_happenings() -> None:
    # A year's event gathers every mention of that year on the story's people: another
    # report's other happening of 2016 in much the same words is no second report of the
    # aside, and the entry would show it as one source's.
    other = "Ruiz ran for Congress in 2016 on a housing platform."
    corpus = _corpus(11)
    corpus[1] = _extraction("r01", corpus[1].document.text + " " + other)
    events = _events(corpus)
    aside = events[1].mentions[0]
    ran = _mention(corpus[1], other, "2016")
    events[1] = Event("bond", "2016", "x", (aside, ran), ("r00", "r01"), salience=1)
    entries = select_timeline(events, dates=5, sentences=2, extractions=corpus)
    shown = [c.text for e in entries for c in e.sentences]
    assert ASIDE not in shown
    assert other not in shown
    assert "Mayor Ruiz won the primary on Tuesday." in shown


@pytest.mark.parametrize(
    ("sentence", "takes_part"),
    [
        # the principal among coordinated objectors, last or inside a list running to the end
        ("Acme Foods began laying off workers on Wednesday, despite criticism from Ruiz.", False),
        (
            "Acme Foods cut jobs on Wednesday, despite criticism from unions, farmers and Ruiz.",
            False,
        ),
        ("Acme Foods cut jobs on Wednesday, amid protests by unions, farmers, or Ruiz.", False),
        (
            "Acme Foods cut jobs on Wednesday, despite criticism from unions, Ruiz and farmers.",
            False,
        ),
        # a comma ends an objection opening the sentence: what follows is the act
        ("Despite criticism from unions, Ruiz signed the bill on Wednesday.", True),
        ("Despite criticism from unions, Ruiz and Okafor signed the bill on Wednesday.", True),
        ("Despite protests by unions, farmers and pensioners, Ruiz signed the bill.", True),
        # nor is a new clause's subject after ", and" an objector
        (
            "Acme cut jobs, despite criticism from unions, and Ruiz filed a complaint on Monday.",
            True,
        ),
    ],
)
def test_a_principal_among_coordinated_objectors_takes_no_part(
    sentence: str, takes_part: bool
) -> None:
    assert involves(re.compile(r"\bRuiz\b"), sentence) is takes_part
