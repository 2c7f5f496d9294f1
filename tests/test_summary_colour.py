"""What a brief has no room for: a column's verdict told as fact, passers-by named with
their ages, a quotation cut at its start."""

from __future__ import annotations

from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Timex
from briefgen.newsworthy import tells_news
from briefgen.shown import stands_alone
from briefgen.timeline import select_timeline


def test_the_narrator_s_verdict_on_an_act_is_no_news() -> None:
    assert not tells_news(
        "In July, the senator cynically dismissed the treaty as a relic — a metaphor for the "
        "party's retreat from its principles."
    )
    assert not tells_news("The minister shamelessly exploited the floods for votes on Friday.")
    assert tells_news("The minister falsely claimed on Friday that the dam had been inspected.")
    # a speaker's verdict is theirs, attributed: the quotation says who judges
    assert tells_news("“He cynically dismissed our concerns,” the union leader said on Friday.")


def test_a_sentence_cut_at_its_start_is_not_shown() -> None:
    assert not stands_alone("“… overall, I think the winner tonight will be the governor.”")
    assert stands_alone("“Overall, I think the winner tonight will be the governor,” she said.")


def _mention(doc: str, sentence: str, when: str) -> EventMention:
    evidence = Evidence(doc, 0, len(sentence), sentence, sentence, 0)
    return EventMention(f"m{doc}", doc, when, Timex(0, 1, "x", "DATE", when), sentence, evidence)


def _one_sentence_each(texts: dict[str, tuple[str, str]]) -> list[Extraction]:
    """Documents of one sentence each, by id: (publication day, text)."""
    return [
        Extraction(
            document=Document(doc, doc, "txt", text, "", day, "stated"),
            sentences=((0, len(text)),),
        )
        for doc, (day, text) in texts.items()
    ]


def test_passers_by_told_by_their_ages_are_no_timeline_entry() -> None:
    texts = {
        "a": (
            "2016-09-26",
            "Late Saturday night, Sarah and Tim Rowe, 27 and 29 years old, rode in a rickshaw "
            "through the old town after their wedding.",
        ),
        "b": (
            "2016-09-26",
            "On Saturday, Dan Ortiz, 41, walked his dog past the boarded-up shops of the "
            "old town as he does every night.",
        ),
        "c": ("2016-09-27", "The mayor of Harbourton reopened the old town bridge on Monday."),
    }
    extractions = _one_sentence_each(texts)
    events = [
        Event(
            "colour",
            "2016-09-24",
            "x",
            tuple(_mention(d, texts[d][1], "2016-09-24") for d in "ab"),
            ("a", "b"),
            salience=2.0,
        ),
        Event(
            "bridge",
            "2016-09-26",
            "x",
            (_mention("c", texts["c"][1], "2016-09-26"),),
            ("c",),
            salience=1.0,
        ),
    ]
    entries = select_timeline(
        events, dates=5, sentences=2, extractions=extractions, query=("mayor",)
    )
    assert [e.date for e in entries] == ["2016-09-26"]


def test_a_victim_told_by_age_is_the_day_s_news() -> None:
    """Wire copy names a victim by age ("a 45-year-old man died"): unlike a passer-by, the
    person the sentence is about is the news, and their day is a timeline date."""
    texts = {
        "a": ("2016-09-28", "A 45-year-old man died on Tuesday at the Lakeview hospital."),
        "b": ("2016-09-28", "A 45-year-old man from Lakeview died at the hospital on Tuesday."),
    }
    extractions = _one_sentence_each(texts)
    events = [
        Event(
            "death",
            "2016-09-27",
            "x",
            tuple(_mention(d, texts[d][1], "2016-09-27") for d in "ab"),
            ("a", "b"),
            salience=1.0,
        )
    ]
    entries = select_timeline(events, dates=5, sentences=2, extractions=extractions, query=("flu",))
    assert [e.date for e in entries] == ["2016-09-27"]
