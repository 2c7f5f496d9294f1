"""Coverage is not the story: a network sending a host to the street, a host talking on his
show, a news article emailed, an anchor hired are the press's doings, and yield to the
story's events; an outlet that only carries others' words (reports, confirms, is told) is
not profiled ahead of the people who act in the story."""

from __future__ import annotations

import re

import pytest
from sentence_fixtures import report_naming

from briefgen.aggregate.actors import profile_order
from briefgen.aggregate.coverage import coverage, passes_on_press_work
from briefgen.aggregate.outcomes import SCENE_WEIGHT, kind_weight
from briefgen.models import Actor, Event, EventMention, Evidence, Mention, Position, Timex
from briefgen.timeline import select_timeline


def _mention(doc: str, text: str, sentence: str, verb: str, lemma: str) -> EventMention:
    """The mention of ``sentence`` (in ``text``) dated Friday 12 July 2024 by its word
    "Friday", its predicate the word ``verb`` of lemma ``lemma``."""
    start = text.index(sentence)
    at = text.index("Friday", start)
    head = text.index(verb, start)
    return EventMention(
        id=f"{doc}-{start}",
        doc=doc,
        date="2024-07-12",
        timex=Timex(at, at + 6, "Friday", "DATE", "2024-07-12"),
        description=sentence,
        evidence=Evidence(doc, start, start + len(sentence), sentence, sentence, start),
        predicate=(head, head + len(verb)),
        lemma=lemma,
    )


def _coverage(sentence: str, verb: str, lemma: str) -> bool:
    return coverage(_mention("d", sentence, sentence, verb, lemma))


@pytest.mark.parametrize(
    ("sentence", "verb", "lemma"),
    [
        ("On Friday morning, Channel Nine News sent a reporter to ask shoppers about the vote.",
         "sent", "send"),
        ("Radio talk host Dan Rook used his platform Friday to praise the mayor's plan.",
         "used", "use"),
        ("Talk radio host Dan Rook said on his show Friday that the mayor would lose.",
         "said", "say"),
        ("The party, in its daily media digest Friday, emailed a news article saying the mayor "
         "was tired.", "emailed", "email"),
        ("Ivo Bell is joining the morning show as an anchor, the network announced on Friday.",
         "announced", "announce"),
        ("On Friday, the network's anchor Eda Moss interviewed the mayor.", "interviewed",
         "interview"),
        ("Dan Rook, the talk radio host, said on his show Friday that the mayor would lose.",
         "said", "say"),
    ],
)  # fmt: skip
def test_the_press_doings_are_coverage(sentence: str, verb: str, lemma: str) -> None:
    assert _coverage(sentence, verb, lemma)
    assert kind_weight(_mention("d", sentence, sentence, verb, lemma)) == SCENE_WEIGHT


@pytest.mark.parametrize(
    ("sentence", "verb", "lemma"),
    [
        # a participant's act, told to a medium or on it
        ("Mayor Ana Vela told Channel Nine News on Friday that she would resign.", "told",
         "tell"),
        ("Ana Vela, appearing on a talk show, said Friday that she would resign.", "said",
         "say"),
        ("Ana Vela in an interview with the Courier News said Friday she would resign.", "said",
         "say"),
        # a network that is the story acts in it; a paper's report brings the story's facts
        ("The network fired its chairman on Friday after the audit.", "fired", "fire"),
        ("The Courier News reported Friday that the mayor had resigned.", "reported", "report"),
        ("The Courier News wrote on Friday that the mayor had hidden the audit.", "wrote",
         "write"),
        # a state's outlet is how its government announces
        ("State television said on Friday that the minister had resigned.", "said", "say"),
        # a medium's verb inside a speaker's quotation is the speaker's word
        ("“The media talked on Friday about nothing else,” Vela said.", "talked", "talk"),
        ("Ana Vela named Eda Moss as her chief of staff on Friday.", "named", "name"),
        ("Ana Vela, a frequent Courier News guest, said Friday that she would resign.",
         "said", "say"),
        ("Ana Vela, who spoke to the Courier News, said Friday that she would resign.",
         "said", "say"),
    ],
)  # fmt: skip
def test_a_participants_act_or_an_outlets_report_is_no_coverage(
    sentence: str, verb: str, lemma: str
) -> None:
    assert not _coverage(sentence, verb, lemma)


def test_the_press_work_passed_on_is_read_in_a_sentence() -> None:
    assert passes_on_press_work("The party emailed a news article reporting that she was tired.")
    assert not passes_on_press_work("The party emailed its members a call to vote on Friday.")


VOTE = "On Friday, the council voted to close the depot in Leeds."


@pytest.mark.parametrize(
    ("show", "verb", "lemma"),
    [
        ("Dan Rook, the talk radio host, said on his show Friday that the council was "
         "finished.", "said", "say"),
        ("Radio talk host Dan Rook used his platform Friday to praise the critics of the "
         "council.", "used", "use"),
        ("On Friday, the network sent its morning show host to Leeds to ask shoppers about "
         "the depot.", "sent", "send"),
    ],
)  # fmt: skip
def test_a_hosts_talk_on_his_show_yields_to_the_days_event_in_the_timeline(
    show: str, verb: str, lemma: str
) -> None:
    # two reports of one Friday, each told by one source: the vote is the day's entry, the
    # host's talk (with a higher salience of its own) is not shown beside it
    first = report_naming("r1", "2024-07-13", f"{VOTE} Members left early.", ())
    second = report_naming("r2", "2024-07-13", f"{show} Callers agreed.", ())
    vote = _mention("r1", first.document.text, VOTE, "voted", "vote")
    talk = _mention("r2", second.document.text, show, verb, lemma)
    events = [
        Event("vote", "2024-07-12", VOTE, (vote,), ("r1",), salience=1.0),
        Event("show", "2024-07-12", show, (talk,), ("r2",), salience=1.8),
    ]
    entries = select_timeline(events, dates=3, sentences=2, extractions=[first, second])
    assert [c.text for e in entries for c in e.sentences] == [VOTE]


def _actor(aid: str, name: str, typ: str, texts: dict[str, str]) -> Actor:
    ms = tuple(
        Mention(doc, hit.start(), hit.end(), name, "name", typ)  # type: ignore[arg-type]
        for doc, text in texts.items()
        for hit in re.finditer(name, text)
    )
    return Actor(aid, name, typ, mentions=ms, sources=tuple(sorted({m.doc for m in ms})))  # type: ignore[arg-type]


def _said(pid: str, doc: str, who: str, cue: str, text: str) -> Position:
    ev = Evidence(doc, 0, len(text), text, text, 0)
    content = "the mayor met Pike"
    return Position(pid, doc, who, who, None, content, 0, 1, "indirect", cue, ev, attribution="cue")


def _dated(doc: str, text: str, verb: str, lemma: str) -> Event:
    start = text.index(verb)
    ev = Evidence(doc, 0, len(text), text, text, 0)
    em = EventMention(
        f"m{doc}", doc, "2024-07-08", Timex(0, 0, "", "DATE", "2024-07-08"), verb, ev,
        predicate=(start, start + len(verb)), lemma=lemma,
    )  # fmt: skip
    return Event(f"e{doc}", "2024-07-08", verb, (em,), (doc,))


def test_an_outlet_that_only_carries_the_news_is_profiled_after_the_mayor_who_acts() -> None:
    # the outlet is named in six sources, where it confirms what others did and others talk
    # to it; the mayor in three, where she resigns and speaks
    texts = {f"o{i}": f"Courier News confirmed on Monday {i} that Pike met her." for i in range(4)}
    texts |= {
        f"t{i}": f"Lee Pike told Courier News on Monday {i} that he met her." for i in range(2)
    }
    texts |= {f"v{i}": f"Ana Vela resigned as mayor on Monday {i}, aides said." for i in range(3)}
    outlet = _actor("news", "Courier News", "org", texts)
    mayor = _actor("vela", "Ana Vela", "person", texts)
    said = [_said(f"c{d}", d, "news", "confirmed", t) for d, t in texts.items() if d[0] == "o"]
    said += [_said(f"s{d}", d, "vela", "said", t) for d, t in texts.items() if d[0] == "v"]
    events = [_dated(d, t, "resigned", "resign") for d, t in texts.items() if d[0] == "v"]
    ranked = profile_order([outlet, mayor], events, said, texts=texts)
    assert [a.id for a in ranked] == ["vela", "news"]
    # a newsroom that is the subject of the story's own acts (it fires its chairman) acts
    fired = {f"f{i}": f"Courier News fired its chairman on Monday {i}." for i in range(4)}
    texts |= fired
    outlet = _actor("news", "Courier News", "org", texts)
    events += [_dated(d, t, "fired", "fire") for d, t in fired.items()]
    ranked = profile_order([outlet, mayor], events, said, texts=texts)
    assert [a.id for a in ranked] == ["news", "vela"]
