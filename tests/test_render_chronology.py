"""The PDF's capped chronology prints events by a source sentence that reads alone."""

from __future__ import annotations

import dataclasses

from sample_brief import sample_brief, told_by_main_clauses

from briefgen.render.context import build_context


def test_the_pdf_chronology_keeps_events_told_by_a_sentence_that_reads_alone() -> None:
    brief = told_by_main_clauses(sample_brief())
    first = brief.events[0]
    mention = first.mentions[0]
    told = mention.evidence.sentence.strip()

    def told_by(sentence: str, ident: str, salience: float) -> object:
        evidence = dataclasses.replace(mention.evidence, sentence=sentence)
        m = dataclasses.replace(mention, evidence=evidence)
        return dataclasses.replace(first, id=ident, salience=salience, mentions=(m,))

    # the best-sourced events of all, told only by a pronoun's fragment or an inherited date
    fragment = told_by("He took a taxi to the airport on Friday.", "fragment", 99.0)
    inherited = dataclasses.replace(
        first,
        id="inherited",
        salience=98.0,
        mentions=(dataclasses.replace(mention, anchor="inherited"),),
    )
    brief = dataclasses.replace(brief, events=(fragment, inherited, *brief.events))
    kept = build_context(brief, chronology_limit=3)["chronology"]
    assert {"fragment", "inherited"}.isdisjoint(v.event.id for v in kept)
    assert first.id in {v.event.id for v in kept}
    shown = next(v.text for v in kept if v.event.id == first.id)
    assert shown.rstrip("…") in told  # the source sentence, not the event's clause
    everything = {v.event.id for v in build_context(brief)["chronology"]}
    # the HTML's uncapped chronology reads alone too; the JSON keeps every event
    assert first.id in everything and {"fragment", "inherited"}.isdisjoint(everything)


def test_a_sentence_giving_two_dates_a_repeat_and_an_overtaken_plan_are_not_printed() -> None:
    from datetime import date

    from briefgen.render.printing import Printing
    from briefgen.render.told import told_sentences

    brief = told_by_main_clauses(sample_brief())
    first = brief.events[0]
    mention = first.mentions[0]
    sentence = mention.evidence.sentence
    key = (mention.doc, mention.evidence.sentence_start)
    once = Printing(dates={key: frozenset({first.date})})
    twice = Printing(dates={key: frozenset({first.date, "2021-07-12"})})
    assert list(told_sentences([first], 5, once)) == [first.id]
    assert told_sentences([first], 5, twice) == {}  # printed under each day, it would lie once
    # beside a coarser date (another happening's year, named in passing) the day is its news
    beside = Printing(dates={key: frozenset({first.date, "1995"})})
    assert list(told_sentences([first], 5, beside)) == [first.id]
    again = dataclasses.replace(first, id="again")
    assert list(told_sentences([first, again], 5, once)) == [first.id]  # one sentence, once
    planned = tuple(dataclasses.replace(m, scheduled=True) for m in first.mentions)
    plan = dataclasses.replace(first, id="plan", scheduled=True, mentions=planned)
    late = Printing(dates={key: frozenset({first.date})}, latest=date(2100, 1, 1))
    assert told_sentences([plan], 5, late) == {}  # the plan's day passed, no source says done
    assert sentence.strip().startswith(told_sentences([first], 5, once)[first.id].text[:20])
