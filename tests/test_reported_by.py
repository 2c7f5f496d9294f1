"""What "reported by N sources" counts: sources that tell the happening as done.

A source written beforehand ("will be sentenced on 29 November", "is due to begin on 4
January") announces a plan. It may show the plan, but it is no report of the happening.
"""

from __future__ import annotations

import dataclasses
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


def test_an_often_announced_date_does_not_outrank_a_widely_reported_one() -> None:
    """Salience counts reports: three forecasts and one report of a sentencing weigh less
    than three reports of a verdict told in as many words."""
    will = "The county court will sentence Dr Vale for manslaughter on 29 November."
    sentenced = "The county court sentenced Dr Vale for manslaughter on 29 November."
    verdict = "The county court convicted Dr Vale of manslaughter on 7 November."
    forecasts = [
        _extraction(doc, "2011-11-10", dataclasses.replace(m, scheduled=True))
        for doc in ("a", "b", "c")
        for m in [_mention(doc, will, "29 November", "2011-11-29", "sentence Dr Vale")]
    ]
    report = _extraction(
        "d", "2011-11-30", _mention("d", sentenced, "29 November", "2011-11-29", "sentenced")
    )
    verdicts = [
        _extraction(doc, "2011-11-08", _mention(doc, verdict, "7 November", "2011-11-07", "won"))
        for doc in ("e", "f", "g")
    ]
    events = {e.date: e for e in merge_events([*forecasts, report, *verdicts])}
    assert events["2011-11-29"].corroboration == 1
    assert len(events["2011-11-29"].sources) == 4  # the JSON still lists every source
    assert events["2011-11-29"].salience < events["2011-11-07"].salience
