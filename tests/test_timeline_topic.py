"""Built without a query, what the story is comes from the corpus: the names most sources
name. A page mostly about something else gives the timeline only what names them, and a
supporter told by age at a principal's rally is colour, not news."""

from __future__ import annotations

import re

from sentence_fixtures import report_naming

from briefgen.figures import passer_by
from briefgen.models import Event, EventMention, Evidence, Extraction, Timex
from briefgen.story import elsewhere, topic
from briefgen.summarize import summarize
from briefgen.timeline import select_timeline

CAMPAIGN = {
    "a": (
        "2016-07-15",
        "Pike attacked Vance over trade on Wednesday. Vance answered Pike at a rally in Ohio. "
        "Pike said Vance had no plan. Vance said Pike had no record.",
    ),
    "b": (
        "2016-07-15",
        "Vance named her running mate on Thursday. Pike mocked the choice of Vance. "
        "Vance said the choice would unite the party against Pike.",
    ),
    "c": (
        "2016-07-16",
        "Pike led Vance by two points in a poll released Friday. Vance's aides said the poll "
        "was an outlier. Pike's aides said Vance was slipping.",
    ),
}
# A report on another country's attack, quoting the president once: its own news.
STATEMENT = "President Osei released a statement Thursday night condemning the attack in the port."
ATTACK = (
    f"{STATEMENT} "
    "The truck drove through the crowd on the promenade for two kilometres. Police shot the "
    "driver after a long chase along the sea front. Rescuers worked through the night at the "
    "scene. Hospitals in the region called in extra staff. The port's mayor closed the "
    "promenade to traffic. Flags flew at half mast across the country on Friday morning."
)


def _corpus() -> list[Extraction]:
    """Nine reports on the campaign (three told thrice, as three papers would) and one on
    an attack abroad: a corpus with a typical source (``story.TYPICAL_SOURCES``)."""
    people = (("Pike", "person"), ("Vance", "person"), ("Osei", "person"), ("Ohio", "state"))
    out = [
        report_naming(f"{d}{n}" if n else d, day, text, people)
        for n in range(3)
        for d, (day, text) in CAMPAIGN.items()
    ]
    return [*out, report_naming("d", "2016-07-15", ATTACK, people)]


def _mention(x: Extraction, sentence: str, when: str) -> EventMention:
    start = x.document.text.index(sentence)
    evidence = Evidence(x.document.id, start, start + len(sentence), sentence, sentence, start)
    timex = Timex(start, start + 1, "x", "DATE", when)
    return EventMention(f"{x.document.id}-{start}", x.document.id, when, timex, sentence, evidence)


def _event(name: str, x: Extraction, sentence: str, when: str, salience: float) -> Event:
    """An event of one mention: ``sentence`` of ``x``, dated ``when``."""
    mention = _mention(x, sentence, when)
    return Event(name, when, "x", (mention,), (x.document.id,), salience=salience)


def test_without_a_query_the_story_is_named_by_whom_most_sources_name() -> None:
    corpus = _corpus()
    story = topic((), corpus)
    assert story is not None
    assert story.search("Vance won") and story.search("Pike lost")
    # the president, named by one source in ten, and a place are no names of the story
    assert not story.search("Osei spoke in Ohio")
    assert elsewhere(((x.document.id, x.document.text) for x in corpus), story) == {"d"}
    # a query says what the story is, whatever the sources name
    assert topic(("truck",), corpus).search("a truck")
    # three reports have no typical one: every one of them is on the story
    assert topic((), corpus[:3]) is None


def test_without_a_query_a_page_about_something_else_gives_no_entry_of_its_own_news() -> None:
    corpus = _corpus()
    by_id = {x.document.id: x for x in corpus}
    named = "Vance named her running mate on Thursday."
    events = [
        _event("attack", by_id["d"], STATEMENT, "2016-07-14", 3.0),
        _event("mate", by_id["b"], named, "2016-07-14", 1.0),
    ]
    entries = select_timeline(events, dates=5, sentences=2, extractions=corpus)
    assert [c.text for e in entries for c in e.sentences] == [named]


def test_a_supporter_told_by_age_is_colour_even_beside_a_principal_s_name() -> None:
    corpus = _corpus()
    supporter = "Ana Ruiz, 21, a junior from Reno, said she turned out on Saturday to see Vance."
    candidate = "Pike, 70, told the rally on Saturday that he would cut taxes for farmers."
    texts = {"e": supporter, "f": candidate}
    for doc, text in texts.items():
        corpus.append(
            report_naming(doc, "2016-07-17", text, (("Pike", "person"), ("Vance", "person")))
        )
    by_id = {x.document.id: x for x in corpus}
    events = [_event(doc, by_id[doc], text, "2016-07-16", 1.0) for doc, text in texts.items()]
    entries = select_timeline(events, dates=5, sentences=3, extractions=corpus)
    assert [c.text for e in entries for c in e.sentences] == [candidate]


def test_without_a_query_a_page_about_something_else_gives_no_judgment_of_its_own_news() -> None:
    corpus = _corpus()
    by_id = {x.document.id: x for x in corpus}
    events = [_event("attack", by_id["d"], STATEMENT, "2016-07-14", 3.0)]
    summary = summarize(corpus, events, [], judgments=7)
    shown = [c.text for c in (summary.bottom_line, *summary.judgments) if c is not None]
    assert shown and not any("Osei" in text for text in shown)


def test_beside_a_principal_only_a_private_person_named_with_an_age_is_a_passer_by() -> None:
    known = re.compile(r"(?<![\w])(?:Pike|swine flu)(?![\w])", re.I)
    assert passer_by("Ana Ruiz, 21, a junior from Reno, said she came to see Pike.", known)
    assert not passer_by("Pike, 70, told the rally that he would cut taxes.", known)
    # a patient and a count are the news, whoever else the sentence names
    assert not passer_by("A confirmed case of swine flu in a 12-year-old girl was reported.", known)
    assert not passer_by("Infections of swine flu in Spain -- at 40, by one count -- rose.", known)
    # with no principal named, any age tells colour
    assert passer_by("Dan Ortiz, 41, walked his dog past the shops on Saturday.", known)


# A news-in-brief page: the campaign's item among others on other subjects. It names the
# principals often enough to be on the story; its other items are each a story of their own.
ROUNDUP = (
    "Vance met donors in Reno on Monday. Vance told the donors that Pike would lose Ohio. "
    "Pike called Vance a liar on Monday. "
    "Voters in Spain elected a fragmented parliament on Monday after decades of two-party rule. "
    "Casino takings in the resort rose 3.5 percent to $2.1 billion in the first ten months."
)


def _roundup_corpus() -> tuple[list[Extraction], Extraction]:
    people = (("Pike", "person"), ("Vance", "person"))
    page = report_naming("r", "2016-07-19", ROUNDUP, people)
    return [*_corpus(), page], page


DONORS = "Vance met donors in Reno on Monday."
SPAIN = "Voters in Spain elected a fragmented parliament on Monday after decades of two-party rule."


def _roundup_events(page: Extraction) -> list[Event]:
    """The roundup's two items of Monday: Spain's election (more salient) and the donors."""
    return [
        _event("spain", page, SPAIN, "2016-07-18", 2.0),
        _event("donors", page, DONORS, "2016-07-18", 1.0),
    ]


def test_without_a_query_a_roundup_s_item_on_another_subject_is_no_entry() -> None:
    corpus, page = _roundup_corpus()
    events = _roundup_events(page)
    entries = select_timeline(events, dates=5, sentences=2, extractions=corpus)
    assert [c.text for e in entries for c in e.sentences] == [DONORS]


def test_a_roundup_s_item_on_another_subject_is_no_judgment_and_no_key_figure() -> None:
    corpus, _ = _roundup_corpus()
    summary = summarize(corpus, [], [], judgments=7)
    shown = [
        c.text
        for c in (summary.bottom_line, *summary.judgments, *summary.key_figures)
        if c is not None
    ]
    assert shown
    assert not any("Spain" in text or "Casino" in text for text in shown)


def test_without_a_query_a_corpus_of_a_few_reports_tells_no_aside() -> None:
    corpus, page = _roundup_corpus()
    few = [*corpus[:3], page]  # no typical source among four (``story.TYPICAL_SOURCES``)
    events = _roundup_events(page)
    entries = select_timeline(events, dates=5, sentences=2, extractions=few)
    # both shown, in the page's order (``timeline_entry.page_order``)
    assert [c.text for e in entries for c in e.sentences] == [DONORS, SPAIN]
