"""A small, realistic ``Brief`` built by hand, for render tests (and anyone else's).

``sample_brief()`` returns five documents on Russia's reaction to the Taliban
takeover of Afghanistan (2021), with multi-source events, actors with positions,
a summary, data notes and a ``whats_new``. Keyword arguments replace fields, so
a test can inject hostile text or empty sections.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from briefgen.models import (
    Actor,
    Brief,
    Cited,
    DataNote,
    Document,
    Event,
    EventMention,
    Evidence,
    Mention,
    Position,
    Role,
    Summary,
    TimelineEntry,
    Timex,
    WhatsNew,
)

TEXTS = {
    "d1": (
        "July 15, 2021. The American withdrawal from Afghanistan has caused alarm in Russia. "
        "Kommersant's foreign policy expert Maxim Yusin painted a series of gloomy scenarios. "
        "Tens of thousands of Afghan Tajiks and Uzbeks fleeing the Taliban could destabilize "
        'Tajikistan and Uzbekistan. Zamir Kabulov said: "We have established contacts with the '
        "Taliban long ago, and they have assured us they will not cross the borders of Central "
        'Asia." The situation was worse than in 2001 at the start of the American intervention.'
    ),
    "d2": (
        "On July 8-9, a three-member delegation of the Taliban visited Moscow, where they held "
        "consultations with Zamir Kabulov. The Russian side urged the Taliban to desist from "
        "destabilising the post-Soviet states in Central Asia. In August 2021 Russia held joint "
        "exercises with Tajikistan and Uzbekistan near the Afghan border, involving some 2,500 "
        "troops. Sergei Lavrov said the Taliban had to form an inclusive government."
    ),
    "d3": (
        "The key words to describe Russia's immediate reaction to the Taliban takeover of "
        "Afghanistan in August 2021 are pragmatic, relatively calm, and restrained. The Russian "
        "embassy in Kabul expressed early readiness to interact with the new de facto "
        "authorities. Russia, like most other states, has not recognised the Taliban government. "
        "In the 1990s Moscow backed the Northern Alliance against the Taliban."
    ),
    "d4": (
        "In the day since a Taliban offensive swept away the U.S.-backed Afghan government on "
        "August 15, 2021, Russian officials are preparing to work with the Islamist militia. "
        "Russia's ambassador Dmitry Zhirnov met Taliban representatives in Kabul on August 17. "
        'Zamir Kabulov said the Taliban were "more agreeable" than the former government. '
        "Some 1,000 Afghan citizens applied for Russian visas that week."
    ),
    "d5": (
        "Russia has not closed its embassy in Kabul, which has been under the Taliban's "
        "protection since 16 August. Moscow has been urging the Taliban to engage in inclusive "
        "dialogue. In autumn 2021 Russia hosted the Moscow format talks with Taliban delegates. "
        "Sergei Lavrov reportedly said recognition was not on the agenda. "
        "<script>alert('x')</script>"
    ),
}


def _ev(doc: str, needle: str) -> Evidence:
    text = TEXTS[doc]
    start = text.index(needle)
    s_start = text.rfind(". ", 0, start)
    s_start = 0 if s_start < 0 else s_start + 2
    s_end = text.find(". ", start)
    s_end = len(text) if s_end < 0 else s_end + 1
    return Evidence(doc, start, start + len(needle), needle, text[s_start:s_end], s_start)


def _mention(eid: str, doc: str, date: str, needle: str, description: str) -> EventMention:
    ev = _ev(doc, needle)
    return EventMention(
        id=eid,
        doc=doc,
        date=date,
        timex=Timex(ev.start, ev.end, needle, "DATE", date),
        description=description,
        evidence=ev,
    )


def _documents() -> tuple[Document, ...]:
    meta: list[dict[str, Any]] = [
        dict(
            id="d1",
            source="seeds/000_memri.txt",
            title="Russia's Options Following A Taliban Takeover Of Afghanistan",
            date="2021-07-15",
            date_source="stated",
            date_as_written="July 15, 2021",
            publisher="MEMRI",
            url="https://www.memri.org/reports/russias-options-following-taliban-takeover",
        ),
        dict(
            id="d2",
            source="seeds/001_reaction.txt",
            title="How Russia is reacting to the situation in Afghanistan",
            date="2021-07",
            date_source="inferred",
            publisher="OSW Centre for Eastern Studies",
        ),
        dict(
            id="d3",
            source="seeds/002_ponars.txt",
            title="Russia's Approach to Afghanistan Following the Taliban Takeover",
            date="2021-11",
            date_source="field",
            authors=("Ekaterina Stepanova",),
            publisher="PONARS Eurasia",
            warnings=("date line says November 2012 but the text describes August 2021",),
        ),
        dict(
            id="d4",
            source="seeds/003_moscow_times.md",
            format="md",
            title="As Chaos Engulfs Kabul, Russia Says It's Ready to Work With the Taliban",
            date="2021-08-16",
            date_source="stated",
            date_as_written="August 16, 2021",
            authors=("Felix Light", "Pjotr Sauer"),
            publisher="The Moscow Times",
            url="https://www.themoscowtimes.com/2021/08/16/russia-ready-to-work-with-taliban",
        ),
        dict(
            id="d5",
            source="seeds/004_osw.html",
            format="html",
            title="Russia and the Taliban's takeover in Afghanistan <script>alert(1)</script>",
            date=None,
            date_source="none",
            authors=("Piotr Żochowski",),
            publisher="OSW",
        ),
    ]
    docs = []
    for m in meta:
        m.setdefault("format", "txt")
        docs.append(Document(text=TEXTS[m["id"]], **m))
    return tuple(docs)


def _events() -> tuple[Event, ...]:
    specs = [
        (
            "e1",
            "2021-07-08/2021-07-09",
            "Taliban delegation visits Moscow for consultations.",
            [("d2", "July 8-9"), ("d1", "2021")],
            ("d1", "d2"),
            ("kabulov", "taliban"),
            0.9,
            (),
        ),
        (
            "e2",
            "2021-08",
            "Russia holds joint exercises with Tajikistan and Uzbekistan.",
            [("d2", "August 2021")],
            ("d2",),
            ("russia",),
            0.6,
            ("sources give 2,500 troops; others do not give a number",),
        ),
        (
            "e3",
            "2021-08-15",
            "Taliban offensive sweeps away the U.S.-backed Afghan government.",
            [("d4", "August 15, 2021"), ("d3", "August 2021")],
            ("d3", "d4", "d5"),
            ("taliban",),
            1.0,
            (),
        ),
        (
            "e4",
            "2021-08-16",
            "Russian embassy in Kabul stays open under Taliban protection.",
            [("d5", "16 August")],
            ("d3", "d5"),
            ("russia",),
            0.8,
            (),
        ),
        (
            "e5",
            "2021-08-17",
            "Ambassador Zhirnov meets Taliban representatives in Kabul.",
            [("d4", "August 17")],
            ("d4",),
            ("zhirnov",),
            0.5,
            (),
        ),
        (
            "e6",
            "2021-FA",
            "Russia hosts Moscow-format talks with Taliban delegates.",
            [("d5", "autumn 2021")],
            ("d5",),
            ("russia", "taliban"),
            0.7,
            (),
        ),
        (
            "e7",
            "199",
            "Moscow backs the Northern Alliance against the Taliban.",
            [("d3", "1990s")],
            ("d3",),
            ("russia",),
            0.2,
            (),
        ),
        (
            "e8",
            "PRESENT_REF",
            "Russia has not recognised the Taliban government.",
            [("d3", "has not recognised")],
            ("d3",),
            (),
            0.3,
            (),
        ),
    ]
    events = []
    for eid, date, desc, where, sources, actors, salience, disagreements in specs:
        mentions = tuple(
            _mention(f"{eid}-m{i}", doc, date, needle, desc)
            for i, (doc, needle) in enumerate(where)
        )
        events.append(Event(eid, date, desc, mentions, sources, actors, salience, disagreements))
    return tuple(events)


def _m(doc: str, needle: str, kind: Any = "name") -> Mention:
    ev = _ev(doc, needle)
    return Mention(doc, ev.start, ev.end, needle, kind)


def _actors() -> tuple[Actor, ...]:
    return (
        Actor(
            "kabulov",
            "Zamir Kabulov",
            "person",
            aliases=("Kabulov",),
            roles=(Role("d2", "Russian President's Special Representative for Afghanistan"),),
            affiliation="Russian Ministry of Foreign Affairs",
            mentions=(
                _m("d1", "Zamir Kabulov"),
                _m("d2", "Zamir Kabulov"),
                _m("d4", "Zamir Kabulov"),
            ),
            sources=("d1", "d2", "d4"),
            first_seen="2021-07-08",
            last_seen="2021-08-16",
            related=("taliban", "lavrov"),
        ),
        Actor(
            "taliban",
            "Taliban",
            "group",
            aliases=("Islamic Emirate of Afghanistan",),
            mentions=tuple(_m(d, "Taliban") for d in ("d1", "d2", "d3", "d4", "d5")),
            sources=("d1", "d2", "d3", "d4", "d5"),
            first_seen="199",
            last_seen="2021-FA",
            related=("kabulov", "russia"),
        ),
        Actor(
            "lavrov",
            "Sergei Lavrov",
            "person",
            roles=(Role("d2", "Foreign Minister of Russia"),),
            mentions=(_m("d2", "Sergei Lavrov"), _m("d5", "Sergei Lavrov")),
            sources=("d2", "d5"),
            first_seen="2021-08",
            last_seen="2021-FA",
            related=("kabulov",),
        ),
        Actor(
            "zhirnov",
            "Dmitry Zhirnov",
            "person",
            roles=(Role("d4", "Russia's ambassador to Afghanistan"),),
            mentions=(_m("d4", "Dmitry Zhirnov"),),
            sources=("d4",),
            first_seen="2021-08-17",
            last_seen="2021-08-17",
        ),
        Actor(
            "russia",
            "Russia",
            "state",
            aliases=("Moscow", "the Kremlin"),
            mentions=tuple(_m(d, "Russia") for d in ("d1", "d2", "d3", "d4", "d5")),
            sources=("d1", "d2", "d3", "d4", "d5"),
            first_seen="199",
            last_seen="2021-FA",
        ),
    )


def _positions() -> tuple[Position, ...]:
    specs = [
        (
            "p1",
            "d1",
            "Zamir Kabulov",
            "kabulov",
            "We have established contacts with the Taliban long ago, and they have assured us they "
            "will not cross the borders of Central Asia.",
            "direct",
            "said",
        ),
        ("p2", "d4", "Zamir Kabulov", "kabulov", "more agreeable", "direct", "said"),
        (
            "p3",
            "d2",
            "Sergei Lavrov",
            "lavrov",
            "the Taliban had to form an inclusive government",
            "reported",
            "said",
        ),
        (
            "p4",
            "d5",
            "Sergei Lavrov",
            "lavrov",
            "recognition was not on the agenda",
            "reported",
            "reportedly said",
        ),
    ]
    out = []
    for pid, doc, speaker, sid, text, kind, cue in specs:
        ev = _ev(doc, text)
        out.append(
            Position(
                pid,
                doc,
                speaker,
                sid,
                _m(doc, speaker),
                text,
                ev.start,
                ev.end,
                kind,
                cue,
                ev,
                attribution="cue",  # each is named at its cue in the fixture's sources
            )
        )
    return tuple(out)


def _cited(*parts: tuple[str, str], text: str | None = None) -> Cited:
    evidence = tuple(_ev(doc, needle) for doc, needle in parts)
    return Cited(text or evidence[0].sentence, evidence)


def _summary() -> Summary:
    return Summary(
        bottom_line=_cited(
            ("d3", "pragmatic, relatively calm, and restrained"),
            ("d4", "preparing to work"),
            text="Russia reacted to the Taliban takeover of Afghanistan in August 2021 "
            "pragmatically: it kept its embassy in Kabul open and prepared to work with the "
            "new authorities, without recognising them.",
        ),
        judgments=(
            _cited(("d2", "July 8-9"), ("d1", "Zamir Kabulov said")),
            _cited(("d3", "expressed early readiness")),
            _cited(("d5", "has not closed its embassy"), ("d3", "embassy in Kabul")),
            _cited(("d1", "could destabilize")),
            _cited(("d3", "has not recognised")),
            _cited(("d5", "inclusive"), ("d2", "inclusive government")),
        ),
        key_figures=(
            _cited(("d2", "2,500"), text="About 2,500 troops took part in the August exercises."),
            _cited(
                ("d4", "1,000"), text="Some 1,000 Afghans applied for Russian visas in one week."
            ),
        ),
        disagreements=(
            _cited(
                ("d2", "Sergei Lavrov said"),
                ("d5", "Sergei Lavrov reportedly said"),
                text="Whether Moscow was moving towards recognition: Lavrov is reported both "
                "as demanding an inclusive government first and as ruling recognition out.",
            ),
        ),
    )


def _timeline() -> tuple[TimelineEntry, ...]:
    return (
        TimelineEntry("199", ("e7",), (_cited(("d3", "1990s")),)),
        TimelineEntry("2021-07-08/2021-07-09", ("e1",), (_cited(("d2", "July 8-9")),)),
        TimelineEntry("2021-08", ("e2",), (_cited(("d2", "2,500")),)),
        TimelineEntry("2021-08-15", ("e3",), (_cited(("d4", "August 15, 2021")),)),
        TimelineEntry("2021-08-16", ("e4",), (_cited(("d5", "16 August")),)),
        TimelineEntry("2021-08-17", ("e5",), (_cited(("d4", "August 17")),)),
        TimelineEntry("2021-FA", ("e6",), (_cited(("d5", "autumn 2021")),)),
        TimelineEntry("PRESENT_REF", ("e8",), (_cited(("d3", "has not recognised")),)),
    )


def sample_brief(**changes: Any) -> Brief:
    """A realistic small brief; ``changes`` replace any ``Brief`` field."""
    brief = Brief(
        title="Russia and the Taliban takeover of Afghanistan",
        generated_at=datetime(2021, 12, 1, 9, 30, tzinfo=UTC),
        period=("2021-07-08", "2021-11-30"),
        documents=_documents(),
        events=_events(),
        timeline=_timeline(),
        actors=_actors(),
        positions=_positions(),
        summary=_summary(),
        notes=(
            DataNote("d5", "no publication date found; undated in the chronology"),
            DataNote("", "2 events had no placeable date and are listed last"),
        ),
        query=("Russia", "Taliban"),
        whats_new=WhatsNew(
            "build 2021-11-24", events=("e6",), actors=("lavrov",), positions=("p4",)
        ),
    )
    return dataclasses.replace(brief, **changes) if changes else brief


def told_by_main_clauses(brief: Brief) -> Brief:
    """``brief`` with every event told by its sentences' main clauses, as extraction gives
    an event whose verb heads its sentence (the sample's evidence is the date's phrase)."""

    def whole(m: EventMention) -> EventMention:
        ev = m.evidence
        end = ev.sentence_start + len(ev.sentence)
        return dataclasses.replace(
            m, evidence=dataclasses.replace(ev, text=ev.sentence, start=ev.sentence_start, end=end)
        )

    events = tuple(
        dataclasses.replace(e, mentions=tuple(whole(m) for m in e.mentions)) for e in brief.events
    )
    return dataclasses.replace(brief, events=events)


def empty_brief() -> Brief:
    """A brief with no documents and nothing extracted: every section must still read sensibly."""
    return Brief(
        title="Empty brief",
        generated_at=datetime(2021, 12, 1, 9, 30, tzinfo=UTC),
        period=(None, None),
        documents=(),
        events=(),
        timeline=(),
        actors=(),
        positions=(),
        summary=Summary(bottom_line=None),
    )
