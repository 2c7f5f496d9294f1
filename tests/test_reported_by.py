"""What "reported by N sources" counts: sources that tell the happening as done.

A source written beforehand ("will be sentenced on 29 November", "is due to begin on 4
January") announces a plan. It may show the plan, but it is no report of the happening.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from event_fixtures import _extraction, _mention
from sample_brief import sample_brief

from briefgen.aggregate.events import merge_events
from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Timex
from briefgen.render import render_markdown
from briefgen.timeline import select_timeline

WILL = "Dr Vale will be sentenced by the county court on 29 November and faces four years in jail."
DUE = "Dr Vale is due to be sentenced by the county court on 29 November to up to four years."
DONE = "On Tuesday Dr Vale was sentenced by the county court to four years in jail."
AGAIN = "Dr Vale was sentenced by the county court to four years in jail on Tuesday."


def _corpus(texts: dict[str, tuple[str, str]]) -> list[Extraction]:
    """One extraction per document (doc -> (published, one sentence))."""
    return [
        Extraction(
            document=Document(doc, doc, "txt", text, "", day, "stated"),
            sentences=((0, len(text)),),
        )
        for doc, (day, text) in texts.items()
    ]


def _at(doc: str, sentence: str, when: str, *, planned: bool = False) -> EventMention:
    evidence = Evidence(doc, 0, len(sentence), sentence, sentence, 0)
    timex = Timex(0, 1, "x", "DATE", when)
    return EventMention(f"{doc}0", doc, when, timex, sentence, evidence, scheduled=planned)


def _sentencing() -> tuple[Event, list[Extraction]]:
    texts = {
        "a": ("2011-11-08", WILL),
        "b": ("2011-11-09", DUE),
        "c": ("2011-11-30", DONE),
        "d": ("2011-11-30", AGAIN),
        # the rest of the corpus, about other things, so the sentencing's words weigh
        "e": ("2011-11-12", "A charity concert in the capital raised money for the hospital."),
        "f": ("2011-11-20", "The singer's family opened a museum at his childhood home."),
    }
    mentions = (
        _at("c", DONE, "2011-11-29"),
        _at("a", WILL, "2011-11-29", planned=True),
        _at("b", DUE, "2011-11-29", planned=True),
        _at("d", AGAIN, "2011-11-29"),
    )
    event = Event("s", "2011-11-29", DONE, mentions, ("a", "b", "c", "d"), salience=1.0)
    return event, _corpus(texts)


def test_the_sources_announcing_a_sentencing_beforehand_do_not_report_it() -> None:
    event, extractions = _sentencing()
    entries = select_timeline(
        [event], dates=5, sentences=1, latest=date(2011, 11, 30), extractions=extractions
    )
    assert len(entries) == 1
    assert [c.evidence[0].doc for c in entries[0].sentences] in (["c"], ["d"])
    # the JSON's sources of the shown news: the two reports, not the two forecasts
    assert entries[0].sources == ("c", "d")
    assert event.corroboration == 2


def test_reported_by_in_the_brief_counts_only_reports() -> None:
    """An event whose cluster holds two announcements and one report is "single source",
    not "reported by 3 sources"; a plan still ahead is "announced by" its sources."""
    brief = sample_brief()
    events = {e.id: e for e in brief.events}
    taken = events["e3"]
    plans = tuple(
        dataclasses.replace(m, scheduled=True, id=f"plan-{m.id}")
        for m in (*events["e4"].mentions, *events["e1"].mentions[:1])
    )
    told = dataclasses.replace(
        taken, mentions=(taken.mentions[0], *plans), sources=("d2", "d4", "d5")
    )
    day = next(t for t in brief.timeline if t.date == "2021-08-15")
    undated = dataclasses.replace(day, sources=())
    brief = dataclasses.replace(
        brief,
        events=tuple(told if e.id == "e3" else e for e in brief.events),
        timeline=tuple(undated if t.date == day.date else t for t in brief.timeline),
    )
    line = next(x for x in render_markdown(brief).splitlines() if "**15 August 2021**" in x)
    assert line.endswith("_(single source)_")

    ahead = next(t for t in brief.timeline if t.date == "2021-FA")
    planned = dataclasses.replace(ahead, scheduled=True, sources=("d2", "d5"))
    talks = dataclasses.replace(
        events["e6"],
        mentions=tuple(dataclasses.replace(m, scheduled=True) for m in events["e6"].mentions),
        sources=("d2", "d5"),
        scheduled=True,
    )
    brief = dataclasses.replace(
        brief,
        events=tuple(talks if e.id == "e6" else e for e in brief.events),
        timeline=tuple(planned if t.date == ahead.date else t for t in brief.timeline),
    )
    md = render_markdown(brief)
    line = next(x for x in md.splitlines() if "(scheduled)**" in x)
    assert line.endswith("_(announced by 2 sources)_")


def test_an_often_announced_sentencing_is_corroborated_by_its_reports_only() -> None:
    """Three forecasts and one report of a sentencing merge into one event: its
    corroboration (what orders a capped chronology) is the one report; the JSON still
    lists every source of the event."""
    will = "The county court will sentence Dr Vale for manslaughter on 29 November."
    sentenced = "The county court sentenced Dr Vale for manslaughter on 29 November."
    forecasts = [
        _extraction(doc, "2011-11-10", dataclasses.replace(m, scheduled=True))
        for doc in ("a", "b", "c")
        for m in [_mention(doc, will, "29 November", "2011-11-29", "sentence Dr Vale")]
    ]
    report = _extraction(
        "d", "2011-11-30", _mention("d", sentenced, "29 November", "2011-11-29", "sentenced")
    )
    (event,) = merge_events([*forecasts, report])
    assert event.corroboration == 1
    assert event.reports == ("d",)
    assert event.sources == ("a", "b", "c", "d")


HIRED = "Dr Lane had been hired by the singer in May to look after him on his comeback tour."
AGAIN_HIRED = "Dr Lane was hired in May 2009 by the promoters to be the star's personal physician."
SAID = "Dr Lane said in May that the tour would go ahead as planned in the summer."


# The dictionary forms extraction stores for the verbs these tests date.
_LEMMAS = {
    "hired": "hire",
    "said": "say",
    "confirmed": "confirm",
    "sentenced": "sentence",
    "declared": "declare",
}


def _told(doc: str, sentence: str, when: str, verb: str, *actors: str) -> EventMention:
    head = sentence.index(verb)
    return dataclasses.replace(
        _at(doc, sentence, when),
        predicate=(head, head + len(verb)),
        lemma=_LEMMAS[verb],
        actors=actors,
    )


def test_a_follow_up_retelling_the_hiring_in_other_words_is_one_entry_with_both_sources() -> None:
    texts = {
        "a": ("2009-06-28", HIRED),
        "b": ("2011-10-26", AGAIN_HIRED),
        "c": ("2011-11-02", "A charity concert in the capital raised money for the hospital."),
        "d": ("2011-11-03", "The singer's family opened a museum at his childhood home."),
    }
    event = Event(
        "h",
        "2009-05",
        HIRED,
        (
            _told("a", HIRED, "2009-05", "hired", "Lane", "singer"),
            _told("b", AGAIN_HIRED, "2009-05", "hired", "Lane"),
        ),
        ("a", "b"),
        salience=1.0,
    )
    entries = select_timeline(
        [event], dates=5, sentences=2, latest=date(2011, 11, 3), extractions=_corpus(texts)
    )
    assert [len(e.sentences) for e in entries] == [1]
    assert entries[0].sources == ("a", "b")  # the retelling's source is cited


# Two wire stories of one declaration, the second from a later story's background paragraph,
# each spelling the agency its own way.
DECLARED = "The Global Health Agency declared an influenza pandemic on Thursday after a meeting."
REDECLARED = (
    "The Global Health Authority (GHA) declared on Thursday that the outbreak was a pandemic."
)


def test_a_retelling_naming_the_participant_in_another_spelling_is_one_entry() -> None:
    from briefgen.models import Actor

    texts = {"a": ("2009-06-11", DECLARED), "b": ("2009-06-12", REDECLARED)}
    day = "2009-06-11"
    events = [
        Event(
            "d",
            day,
            DECLARED,
            (_told("a", DECLARED, day, "declared", "Global Health Agency"),),
            ("a",),
            salience=1.0,
        ),
        Event(
            "r",
            day,
            REDECLARED,
            (_told("b", REDECLARED, day, "declared", "Global Health Authority", "GHA"),),
            ("b",),
            salience=0.9,
        ),
    ]
    agency = Actor("A-1", "GHA", "org", aliases=("Global Health Agency", "Global Health Authority"))

    def shown(actors: tuple[Actor, ...]) -> list[tuple[int, tuple[str, ...]]]:
        entries = select_timeline(
            events,
            dates=5,
            sentences=2,
            latest=date(2009, 6, 12),
            extractions=_corpus(texts),
            actors=actors,
        )
        return [(len(e.sentences), e.sources) for e in entries]

    # told apart by spelling alone, the declaration is shown twice
    assert shown(()) == [(2, ("a", "b"))]
    # one record for both names: one sentence, the later story cited as its second report
    assert shown((agency,)) == [(1, ("a", "b"))]


def test_two_statements_of_one_speaker_the_same_month_are_not_one_happening() -> None:
    from briefgen.tellings import same_happening

    said = _told("a", SAID, "2009-05", "said", "Lane")
    other = _told("b", "Dr Lane said in May that he had never met the singer.", "2009-05", "said")
    assert not same_happening(said, dataclasses.replace(other, actors=("Lane",)))
    hired = _told("a", HIRED, "2009-05", "hired", "Lane")
    rehired = _told("b", AGAIN_HIRED, "2009-05", "hired", "Lane")
    assert same_happening(hired, rehired)
    # another participant, or another month, is another hiring
    assert not same_happening(hired, dataclasses.replace(rehired, actors=("Moss",)))
    assert not same_happening(hired, dataclasses.replace(rehired, date="2009-06"))
    two = "Two more cases were confirmed in the north on 5 May by the health agency."
    three = "Three more cases were confirmed in the north on 5 May by the health agency."
    counts = [
        _told(d, s, "2009-05-05", "confirmed", "agency") for d, s in (("a", two), ("b", three))
    ]
    assert not same_happening(*counts)


def test_the_printed_chronology_prints_a_retold_happening_once_citing_both() -> None:
    from sample_brief import empty_brief

    from briefgen.models import Actor, Mention
    from briefgen.render.printing import Printing
    from briefgen.render.told import told_sentences

    first = "Dr Lane was hired by the singer Al Moss on 4 May 2009 as the tour's physician."
    later = "On 4 May 2009 Dr Lane was hired by promoters to be the personal physician of Al Moss."
    docs = (("a", "2009-05-06", first), ("b", "2011-10-26", later))
    documents = tuple(
        Document(d, f"{d}.txt", "txt", text, "Moss", day, "stated") for d, day, text in docs
    )

    def told(doc: str, text: str) -> Event:
        at = text.index("4 May 2009")
        head = text.index("hired")
        mention = EventMention(
            f"m-{doc}",
            doc,
            "2009-05-04",
            Timex(at, at + 10, "4 May 2009", "DATE", "2009-05-04"),
            text,
            Evidence(doc, 0, len(text), text, text, 0),
            actors=("lane", "moss"),
            predicate=(head, head + 5),
            lemma="hire",
        )
        return Event(f"e-{doc}", "2009-05-04", text, (mention,), (doc,), salience=1.0)

    names = [
        Mention(d, m.start(), m.end(), m[0], "name", "person")
        for d, _, text in docs
        for m in re.finditer("Dr Lane|Al Moss", text)
    ]
    actors = (
        Actor("lane", "Dr Lane", "person", tuple(m for m in names if "Lane" in m.text), ("a", "b")),
        Actor("moss", "Al Moss", "person", tuple(m for m in names if "Moss" in m.text), ("a", "b")),
    )
    brief = dataclasses.replace(
        empty_brief(),
        period=("2009-05-06", "2011-10-26"),
        documents=documents,
        events=(told("a", first), told("b", later)),
        actors=actors,
        query=("Moss",),
    )
    printed = told_sentences(list(brief.events), 10, Printing.of(brief))
    assert len(printed) == 1
    (entry,) = printed.values()
    assert sorted(m.doc for m in entry.cited) == ["a", "b"]


def test_an_announcement_is_no_retelling_of_the_happening_it_announced() -> None:
    from briefgen.tellings import same_happening

    done = _told("c", DONE, "2011-11-29", "sentenced", "Vale")
    ahead = dataclasses.replace(_told("a", WILL, "2011-11-29", "sentenced", "Vale"), scheduled=True)
    assert not same_happening(done, ahead)


def test_extracted_retellings_in_other_inflections_are_one_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    """Extraction keeps the dated verb's dictionary form, so an irregular past ("won") and
    a headline's present ("wins") of one primary on one day are one happening, and a
    statement the same day is not."""
    from briefgen.extract.events import extract_events
    from briefgen.extract.timex import tag
    from briefgen.tellings import same_happening

    def mention(doc: str, text: str, day: date) -> EventMention:
        document = Document(doc, doc, "txt", text, "", day.isoformat(), "stated")
        (found,) = extract_events(document, nlp(text), tag(text, day))
        return dataclasses.replace(found, actors=("moss",))

    won = mention("a", "Senator Moss won the Wisconsin primary on 5 April 2016.", date(2016, 4, 6))
    wins = mention("b", "Moss wins the Wisconsin primary on 5 April 2016.", date(2016, 4, 8))
    said = mention("c", "Moss said on 5 April 2016 that the result was clear.", date(2016, 4, 6))
    assert (won.lemma, wins.lemma) == ("win", "win")
    assert same_happening(won, wins)
    assert not same_happening(won, said)


def test_the_chronology_joins_a_retelling_naming_the_participant_in_another_spelling() -> None:
    from sample_brief import empty_brief

    from briefgen.models import Actor
    from briefgen.render.printing import Printing
    from briefgen.render.told import told_sentences

    first = "The Global Health Agency declared a pandemic on 11 June 2009 after a meeting."
    later = "On 11 June 2009 the Global Health Authority declared that the outbreak was a pandemic."
    docs = (("a", "2009-06-11", first, "Global Health Agency"), ("b", "2009-06-15", later, "GHA"))
    documents = tuple(
        Document(d, f"{d}.txt", "txt", text, "Pandemic", day, "stated") for d, day, text, _ in docs
    )

    def told(doc: str, text: str, name: str) -> Event:
        at, head = text.index("11 June 2009"), text.index("declared")
        mention = EventMention(
            f"m-{doc}",
            doc,
            "2009-06-11",
            Timex(at, at + 12, "11 June 2009", "DATE", "2009-06-11"),
            text,
            Evidence(doc, 0, len(text), text, text, 0),
            actors=(name,),
            predicate=(head, head + 8),
            lemma="declare",
        )
        return Event(f"e-{doc}", "2009-06-11", text, (mention,), (doc,), salience=1.0)

    agency = Actor("A-1", "GHA", "org", aliases=("Global Health Agency", "Global Health Authority"))
    brief = dataclasses.replace(
        empty_brief(),
        period=("2009-06-11", "2009-06-15"),
        documents=documents,
        events=tuple(told(d, text, name) for d, _, text, name in docs),
        query=("pandemic",),
    )
    # spelled apart and with no record joining the names: two happenings
    assert len(told_sentences(list(brief.events), 10, Printing.of(brief))) == 2
    joined = dataclasses.replace(brief, actors=(agency,))
    printed = told_sentences(list(joined.events), 10, Printing.of(joined))
    assert len(printed) == 1
    assert sorted(m.doc for m in next(iter(printed.values())).cited) == ["a", "b"]
