"""Appendix A prints each entry as a line of its own: a he/his inside a sentence that the
timeline kept unnamed (it reads there after its page's sentence naming the person) has no
sentence beside it in the appendix, and leaves the line out. One the timeline named in
brackets, or one the sentence itself may mean (a name before or after it, but the one in
apposition with its own phrase: "his campaign manager, Tom Reed,"), or a person it describes
before it ("the billionaire keeping his lead"), is printed.
"""

from __future__ import annotations

import re
from datetime import date

from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Mention, Timex
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences

_DAY = date(2016, 7, 6)
_WON = "Governor Ward won the harbour vote on Tuesday by a wide margin."


def _printed(sentence: str, shown: str) -> bool:
    """Whether ``sentence``, the second of its page after ``_WON``, shown by the timeline
    as ``shown``, is printed in Appendix A."""
    text = f"{_WON} {sentence}"
    start = len(_WON) + 1
    at = text.index("Tuesday", start)
    head = text.index("said", start)
    mention = EventMention(
        id="m1",
        doc="d1",
        date="2016-07-05",
        timex=Timex(at, at + len("Tuesday"), "Tuesday", "DATE", "2016-07-05"),
        description=sentence,
        evidence=Evidence("d1", start, len(text), sentence, sentence, start),
        predicate=(head, head + len("said")),
        lemma="say",
    )
    page = Document("d1", "d1.txt", "txt", text, "Harbour", "2016-07-06")
    names = [
        Mention("d1", m.start(), m.end(), m.group(), "name", "person")
        for m in re.finditer(r"Governor Ward|Tom Reed", text)
    ]
    # the extraction's description of Tom Reed by his post, the pronoun's own phrase
    names += [
        Mention("d1", m.start(), m.end(), m.group(), "description", "person")
        for m in re.finditer(r"his campaign manager", text)
    ]
    names.sort(key=lambda x: x.start)
    printing = Printing(
        texts={"d1": text},
        first=date(2016, 7, 4),
        latest=_DAY,
        published={"d1": _DAY},
        principals=re.compile(r"\bWard\b|\bharbour\b"),
        named={"d1": Extraction(document=page, mentions=tuple(names))},
        shown={("d1", start): (sentence, shown)},
    )
    event = Event("e1", "2016-07-05", sentence, (mention,), ("d1",))
    return bool(told_sentences([event], 5, printing))


_AIDE = "Earlier Tuesday, his campaign manager, Tom Reed, said the harbour streak would go on."


def test_a_he_the_timeline_kept_unnamed_is_no_line_of_its_own() -> None:
    assert not _printed(_AIDE, _AIDE)


def test_a_he_named_in_brackets_or_by_the_sentence_is_printed() -> None:
    named = _AIDE.replace("his", "[Ward's]", 1)
    assert _printed(_AIDE, named)
    own = "Governor Ward said on Tuesday that his harbour plan would go on after the vote."
    assert _printed(own, own)
    # the person named after it, not in apposition with its phrase, may be its owner
    later = (
        "On Tuesday, while on the trail for his wife, Tom Reed said the harbour vote would pass."
    )
    assert _printed(later, later)


def test_a_he_after_a_person_the_sentence_describes_is_printed() -> None:
    # "the harbour billionaire" is someone the his may mean, named or not
    described = "A poll said on Tuesday that the harbour billionaire kept his lead in the vote."
    assert _printed(described, described)
    # a description of the other sex is no owner of a his
    other = "A poll said on Tuesday that the harbour businesswoman kept his lead in the vote."
    assert not _printed(other, other)
