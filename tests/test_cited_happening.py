"""A source is cited for what its own sentence tells.

Event merging joins sentences of one period that share names and words; the brief cites a
merged mention's source beside the shown sentence only when that mention tells the same
act (``tellings.another_happening``), in Appendix A and on the timeline alike. Invented
sentences.
"""

from __future__ import annotations

import dataclasses

from sample_brief import empty_brief

from briefgen.aggregate.terms import Idf, terms
from briefgen.models import Document, Event, EventMention, Evidence, Timex
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences
from briefgen.timeline_entry import _telling

AD = (
    "The Tom Reed campaign is releasing a new radio ad on Monday aimed at Ann Holt, a conservative."
)
REJECTED = "At a rally in Ohio on Monday, Ann Holt rejected attacks from Tom Reed and his allies."
POLL = "A Dale Institute poll last week found that 63 percent of voters want new hearings."
OTHER_POLL = "Sixty-seven percent of voters had a poor view of Ann Holt in a Dale Institute poll."
HIRED = "Ann Holt hired the adviser on a salary of $150,000 a month on Monday."
REHIRED = "The adviser was hired on Monday by Ann Holt ahead of a 50-date tour."
BEAT = "Ann Holt was defeated in the primary on Monday by Tom Reed."
BEATING = "Tom Reed surprised the party on Monday, defeating Ann Holt in the primary."


def _mention(
    doc: str,
    sentence: str,
    when: str,
    verb: str,
    lemma: str,
    actors: tuple[str, ...] = ("Ann Holt",),
) -> EventMention:
    """A mention of ``sentence``, dated by its "Monday" (else its start) and told by ``verb``."""
    at = sentence.index("Monday") if "Monday" in sentence else 0
    head = sentence.index(verb)
    return EventMention(
        f"m-{doc}",
        doc,
        when,
        Timex(at, at + 6, "Monday", "DATE", when),
        sentence,
        Evidence(doc, 0, len(sentence), sentence, sentence, 0),
        actors=actors,
        predicate=(head, head + len(verb)),
        lemma=lemma,
    )


def test_two_acts_sharing_names_are_two_happenings() -> None:
    from briefgen.tellings import another_happening

    ad = _mention("a", AD, "2016-09-05", "releasing", "release")
    rejected = _mention("b", REJECTED, "2016-09-05", "rejected", "reject")
    assert another_happening(ad, rejected)
    # two findings of one pollster: figures none of which is the other's
    poll = _mention("a", POLL, "2016-W35", "found", "find")
    other = _mention("b", OTHER_POLL, "2016-09", "had", "have")
    assert another_happening(poll, other)


def test_one_act_in_other_words_or_with_other_details_is_one_happening() -> None:
    from briefgen.tellings import another_happening

    hired = _mention("a", HIRED, "2016-09-05", "hired", "hire")
    rehired = _mention("b", REHIRED, "2016-09-05", "hired", "hire")
    assert not another_happening(hired, rehired)  # a salary and a tour's length: details
    beat = _mention("a", BEAT, "2016-09-05", "defeated", "defeat")
    beating = _mention("b", BEATING, "2016-09-05", "surprised", "surprise")
    assert not another_happening(beat, beating)  # "defeating" names the shown act
    seen = _mention("a", "Ohio saw its first case on Monday.", "2016-09-05", "saw", "see")
    confirmed = _mention(
        "b", "Ohio confirmed its first case on Monday.", "2016-09-05", "confirmed", "confirm"
    )
    assert not another_happening(seen, confirmed)  # "saw" names no act of its own
    tried = _mention(
        "a", "On Monday, Ann Holt tried to turn the tables on Reed.", "2016-09-05", "tried", "try"
    )
    sought = _mention(
        "b", "Ann Holt sought to turn the tables on Monday.", "2016-09-05", "sought", "seek"
    )
    assert not another_happening(tried, sought)  # a phrase in common: a paraphrase


# The rest of the corpus, about other things, so the shared words of a retelling weigh.
ELSEWHERE = (
    "A charity concert in the capital raised money for the city hospital.",
    "The museum opened a new wing for the river's history.",
    "Storms closed three schools in the valley.",
)


def _brief_of(first: EventMention, second: EventMention) -> tuple[Printing, list[Event]]:
    """A brief of two sources whose one event merges ``first`` and ``second``, and three
    sources on other things."""
    others = [
        _mention(f"x{n}", text, "2016-09-02", text.split()[1], text.split()[1])
        for n, text in enumerate(ELSEWHERE)
    ]
    texts = {m.doc: m.evidence.sentence for m in (first, second, *others)}
    documents = tuple(
        Document(d, f"{d}.txt", "txt", text, "Holt", "2016-09-06", "stated")
        for d, text in texts.items()
    )
    event = Event(
        "e", first.date, first.description, (first, second), (first.doc, second.doc), salience=1.0
    )
    rest = tuple(Event(f"e-{m.doc}", m.date, m.description, (m,), (m.doc,)) for m in others)
    brief = dataclasses.replace(
        empty_brief(),
        period=("2016-09-02", "2016-09-06"),
        documents=documents,
        events=(event, *rest),
        query=("Holt",),
    )
    return Printing.of(brief), list(brief.events)


def test_the_chronology_cites_no_source_for_another_act_merged_into_the_event() -> None:
    ad = _mention("a", AD, "2016-09-05", "releasing", "release")
    rejected = _mention("b", REJECTED, "2016-09-05", "rejected", "reject")
    printing, events = _brief_of(ad, rejected)
    entry = told_sentences(events, None, printing)["e"]
    assert [m.doc for m in entry.cited] == ["a"]


def test_the_chronology_still_cites_a_retelling_with_other_details() -> None:
    hired = _mention("a", HIRED, "2016-09-05", "hired", "hire")
    rehired = _mention("b", REHIRED, "2016-09-05", "hired", "hire")
    printing, events = _brief_of(hired, rehired)
    entry = told_sentences(events, None, printing)["e"]
    assert sorted(m.doc for m in entry.cited) == ["a", "b"]


def test_the_timeline_counts_no_source_for_another_act_merged_into_the_event() -> None:
    ad = _mention("a", AD, "2016-09-05", "releasing", "release")
    rejected = _mention("b", REJECTED, "2016-09-05", "rejected", "reject")
    event = Event("e", ad.date, ad.description, (ad, rejected), ("a", "b"), salience=1.0)
    idf = Idf(terms(text) for text in (AD, REJECTED, *ELSEWHERE))
    vector = idf.vector(terms(AD))
    assert _telling(event, ad, vector, idf, "2016-09-05", {}) == {"a"}
