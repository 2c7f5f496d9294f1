"""A dated step told after the sentence saying what it is about ("The town of Marlow is
demanding that …" + "The town sent a letter of complaint Thursday.") is shown with
that sentence: alone, with its subject named in brackets, it tells an act against no one."""

from __future__ import annotations

import re
from datetime import date

from bottomline_fixtures import dated, page

from briefgen.models import Event, Extraction, Mention, Timex
from briefgen.sequels import lede_of, taken_up_subject
from briefgen.timeline import select_timeline

LEDE = (
    "The town of Marlow is demanding that Tom Reed's campaign stop using pictures of its "
    "police officers in an advertisement."
)
STEP = "The town sent a letter of complaint Thursday."
AFTER = "It says the campaign broke copyright law."
POST = f"{LEDE} {STEP} {AFTER}"


def _named(doc: str, text: str) -> Extraction:
    """The page ``doc`` with its names (Marlow a place, Tom Reed a person) and its
    Monday."""
    timexes = tuple(
        Timex(m.start(), m.end(), m.group(), "DATE", "2024-05-06")
        for m in re.finditer(r"\bMonday\b", text)
    )
    extraction = page(doc, "2024-05-10", text, timexes=timexes)
    names = tuple(
        Mention(doc, m.start(), m.end(), m.group(), "name", kind)
        for word, kind in (("Marlow", "state"), ("Tom Reed", "person"), ("Reed", "person"))
        for m in re.finditer(rf"(?<!Tom )\b{word}\b", text)
    )
    return Extraction(
        document=extraction.document,
        sentences=extraction.sentences,
        mentions=names,
        timexes=timexes,
    )


def _shown(text: str, sentence: str) -> str:
    """The timeline's line for ``sentence`` of a page ``text``, dated Thursday 9 May."""
    extraction = _named("p1", text)
    mention = dated("p1", text, sentence, "2024-05-09", said="Thursday")
    event = Event("letter", "2024-05-09", "sent", (mention,), ("p1",), salience=1.0)
    entries = select_timeline(
        [event],
        dates=5,
        sentences=2,
        latest=date(2024, 5, 10),
        extractions=[extraction],
        query=("Tom Reed",),
    )
    return entries[0].sentences[0].text if entries else ""


def test_a_definite_subject_named_in_brackets_is_taken_up_from_the_sentence_before() -> None:
    assert taken_up_subject(STEP, "[Marlow] sent a letter of complaint Thursday.") == "town"
    assert lede_of(STEP, "[Marlow] sent a letter of complaint Thursday.", LEDE)
    # the brief named no one in brackets: the sentence reads as written
    assert taken_up_subject(STEP, STEP) is None
    # a name as the subject, or a sentence before that never names the subject
    assert taken_up_subject("Marlow sent a letter Thursday.", "[Marlow] sent a letter.") is None
    assert not lede_of(STEP, "[Marlow] sent a letter.", "Tom Reed spoke in Avon on Monday.")
    assert not lede_of(STEP, "[Marlow] sent a letter.", "What the town of Marlow wants:")


def test_the_timeline_shows_the_step_after_the_sentence_saying_what_it_is_about() -> None:
    shown = _shown(POST, STEP)
    assert shown.startswith("The town of Marlow is demanding that Tom Reed's campaign stop")
    assert shown.endswith("The town sent a letter of complaint Thursday.")
    assert "[Marlow]" not in shown


def test_a_step_after_a_sentence_of_another_day_or_naming_the_story_reads_alone() -> None:
    # the sentence before is a day's news of its own: the step is shown as before
    dated_lede = LEDE.replace("is demanding", "demanded on Monday")
    shown = _shown(f"{dated_lede} {STEP} {AFTER}", STEP)
    assert not shown.startswith("The town of Marlow")
    # the step names the story's own: it reads alone
    step = "The town sent Tom Reed a letter of complaint Thursday."
    shown = _shown(f"{LEDE} {step} {AFTER}", step)
    assert "sent Tom Reed a letter of complaint" in shown
    assert not shown.startswith("The town of Marlow")
