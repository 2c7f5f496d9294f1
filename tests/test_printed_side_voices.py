"""Appendix A prints the story's news, not a page's side voice: what someone only one page
names did or said that day (a delegate's remark, a chief executive's plans), told by that
page alone, is left out of the chronology as the timeline leaves it out. What such a voice
tells a principal did is the story's news told by a witness; an outcome is news whoever
brings it about; a happening two sources tell is borne out.

Each sentence is a report's whole text, dated by its own expression; the corpus is of a
typical size (``story.TYPICAL_SOURCES``) so that a side voice can be told at all.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from sample_brief import empty_brief

from briefgen.models import (
    Actor,
    Document,
    Event,
    EventMention,
    Evidence,
    Extraction,
    Mention,
    Timex,
)
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences
from briefgen.side_voices import reported_subject

_DAY = date(2016, 7, 6)
_REED = "Tom Reed"
_WARD = "Governor Ward"


def _mention(doc: str, sentence: str, verb: str, lemma: str) -> EventMention:
    at = sentence.index("Tuesday")
    head = sentence.index(verb)
    return EventMention(
        id=f"m-{doc}",
        doc=doc,
        date="2016-07-05",
        timex=Timex(at, at + len("Tuesday"), "Tuesday", "DATE", "2016-07-05"),
        description=sentence,
        evidence=Evidence(doc, 0, len(sentence), sentence, sentence, 0),
        predicate=(head, head + len(verb)),
        lemma=lemma,
    )


def _page(doc: str, text: str) -> Document:
    return Document(doc, f"{doc}.txt", "txt", text, "Harbour", "2016-07-06")


def _named(doc: str, text: str) -> Extraction:
    """``text`` as ``doc``'s extraction of names: Tom Reed and the governor where named."""
    found = [
        Mention(doc, m.start(), m.end(), m.group(), "name", "person")
        for m in re.finditer(rf"{_REED}|{_WARD}", text)
    ]
    return Extraction(document=_page(doc, text), mentions=tuple(found))


def _printed(sentence: str, verb: str, lemma: str, *, side: bool = True, sources: int = 1) -> bool:
    """Whether ``sentence`` (told by ``sources`` reports, each its whole text), whose
    subject Tom Reed is named by one page only (``side``) or by many, is printed."""
    docs = [f"d{n}" for n in range(sources)]
    mentions = tuple(_mention(d, sentence, verb, lemma) for d in docs)
    printing = Printing(
        texts={d: sentence for d in docs},
        first=date(2016, 7, 4),
        latest=_DAY,
        published={d: _DAY for d in docs},
        principals=re.compile(r"\bWard\b|\bharbour\b"),
        named={d: _named(d, sentence) for d in docs},
        side=frozenset({_REED}) if side else frozenset(),
    )
    event = Event("e1", "2016-07-05", sentence, mentions, tuple(docs))
    return bool(told_sentences([event], 5, printing))


REMARK = (
    "Tom Reed, a ferry owner, said on Tuesday that the ferry fees were too high in the harbour."
)
ACT = "Tom Reed, a ferry owner, painted his harbour office blue on Tuesday."
WITNESS = "Tom Reed, a boatman, testified on Tuesday that Governor Ward had signed a harbour bill."


def test_a_side_voices_remark_or_act_told_by_its_page_alone_is_not_printed() -> None:
    assert not _printed(REMARK, "said", "say")
    assert not _printed(ACT, "painted", "paint")
    # controls: someone several pages name is no side voice; two sources bear it out
    assert _printed(REMARK, "said", "say", side=False)
    assert _printed(ACT, "painted", "paint", side=False)
    assert _printed(REMARK, "said", "say", sources=2)


def test_what_a_side_voice_tells_a_principal_did_is_printed() -> None:
    assert _printed(WITNESS, "testified", "testify")
    # the same voice's own act, reported by him, is still his page's material
    own = "Tom Reed, a ferry owner, said on Tuesday that he had sold his harbour boats."
    assert not _printed(own, "said", "say")


def test_an_outcome_is_printed_whoever_brings_it_about() -> None:
    resigned = "Tom Reed resigned from the harbour board on Tuesday."
    assert _printed(resigned, "resigned", "resign")


def test_the_subject_of_a_reported_clause() -> None:
    def subject(sentence: str, verb: str) -> str | None:
        return reported_subject(_mention("d1", sentence, verb, verb))

    assert subject(WITNESS, "testified") == "Governor Ward"
    assert subject(REMARK, "said") == "the ferry fees"
    said_no_that = "Tom Reed said on Tuesday the firm aimed to cut harbour fees."
    assert subject(said_no_that, "said") == "the firm"
    # no verb of saying; what was said a quotation before the verb: no reported clause
    assert subject(ACT, "painted") is None
    assert subject('"Fees are too high," Tom Reed said on Tuesday.', "said") is None


def test_the_brief_s_side_voices_are_the_people_one_of_its_many_pages_names() -> None:
    docs = tuple(_page(f"d{n}", f"Governor Ward spoke {n}.") for n in range(10))
    reed = Actor(_REED, _REED, "person", mentions=(Mention("d0", 0, 8, _REED, "name", "person"),))
    ward = Actor(
        _WARD,
        _WARD,
        "person",
        mentions=tuple(Mention(d.id, 0, 13, _WARD, "name", "person") for d in docs),
    )
    brief = dataclasses.replace(empty_brief(), documents=docs, actors=(reed, ward))
    assert Printing.of(brief).side == frozenset({_REED})
