"""A key judgment stands alone in a brief that may span years: the writer's "today",
"on Tuesday" or "last week" is followed by the day it means; a speaker's is not."""

from __future__ import annotations

import re
from datetime import date

from briefgen.extract.timex import tag
from briefgen.models import Document, Evidence, Extraction
from briefgen.relative_days import name_relative_days
from briefgen.summarize import summarize


def _extraction(doc_id: str, day: str, text: str) -> Extraction:
    doc = Document(doc_id, doc_id, "txt", text, "", day, "stated")
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    timexes = tag(text, date.fromisoformat(day))
    return Extraction(document=doc, sentences=tuple(spans), timexes=tuple(timexes))


def _shown(*extractions: Extraction) -> list[str]:
    summary = summarize(list(extractions), [], [], judgments=4, query=("bridge",))
    return [c.text for c in (summary.bottom_line, *summary.judgments, *summary.key_figures) if c]


def test_the_writers_relative_days_name_their_day() -> None:
    early = _extraction(
        "early",
        "1998-08-12",  # a Wednesday
        "The mayor said on Tuesday that the bridge over the river would reopen in spring. "
        "Engineers found cracks in the bridge last week, the city's council said.",
    )
    late = _extraction(
        "late",
        "1999-10-08",
        "The bridge over the river reopened to traffic today after fourteen months of repairs.",
    )
    shown = " ".join(_shown(early, late))
    assert "said on Tuesday [11 August 1998] that the bridge" in shown
    assert "cracks in the bridge last week [week of 3 August 1998]" in shown
    assert "reopened to traffic today [8 October 1999]" in shown


def test_a_speakers_relative_day_inside_a_quotation_is_left_as_said() -> None:
    quoted = _extraction(
        "quoted",
        "1998-08-12",
        "“The bridge over the river will reopen on Friday,” the mayor said. "
        "Engineers closed the bridge over the river after they found cracks in its piers.",
    )
    shown = " ".join(_shown(quoted))
    assert "reopen on Friday,”" in shown
    assert "[" not in shown


def test_a_weekday_a_plan_or_a_possessive_leaves_open_is_not_named() -> None:
    text = (
        "The city planned to pay the first claims for the collapse on Friday. "
        "Monday night's debate on the bridge drew a large crowd. "
        "The mayor said on Friday that the bridge would reopen."
    )
    ext = _extraction("d", "1998-09-30", text)  # a Wednesday: the payment is the Friday ahead

    def shown(sentence: str) -> str:
        at = text.index(sentence)
        evidence = Evidence("d", at, at + len(sentence), sentence, sentence, at)
        return name_relative_days(sentence, evidence, ext)

    planned = "The city planned to pay the first claims for the collapse on Friday."
    assert shown(planned) == planned
    debate = "Monday night's debate on the bridge drew a large crowd."
    assert shown(debate) == debate
    # "said" beside it tells what was done that day, whatever the clause after says
    assert shown("The mayor said on Friday that the bridge would reopen.") == (
        "The mayor said on Friday [25 September 1998] that the bridge would reopen."
    )


def test_a_weekdays_possessive_is_named_where_a_deed_done_owns_it() -> None:
    """ "won Tuesday's vote" tells the vote as done: the Tuesday before the article. One
    the sentence readies for or previews may be the one ahead, and stays as written."""
    text = (
        "Ann Holt scored a clear victory in Tuesday's vote on the Marlow bridge. "
        "Tom Reed prepared for Tuesday's vote on the Marlow bridge with his aides. "
        "Holt had won most delegates heading into Tuesday's vote on the Marlow bridge. "
        "Reed won Tuesday's debate and will face Holt again."
    )
    ext = _extraction("d", "1998-09-30", text)  # a Wednesday

    def shown(sentence: str) -> str:
        at = text.index(sentence)
        evidence = Evidence("d", at, at + len(sentence), sentence, sentence, at)
        return name_relative_days(sentence, evidence, ext)

    assert shown("Ann Holt scored a clear victory in Tuesday's vote on the Marlow bridge.") == (
        "Ann Holt scored a clear victory in Tuesday's [29 September 1998] vote on the Marlow"
        " bridge."
    )
    for left in (
        "Tom Reed prepared for Tuesday's vote on the Marlow bridge with his aides.",
        "Holt had won most delegates heading into Tuesday's vote on the Marlow bridge.",
        "Reed won Tuesday's debate and will face Holt again.",
    ):
        assert shown(left) == left


def test_a_weekend_papers_last_week_is_not_named_as_one_week() -> None:
    """On Saturday 15 August 1998 "last week" is the working week just ended or the one
    before it: no bracketed week says which."""
    saturday = _extraction(
        "saturday",
        "1998-08-15",
        "Engineers found cracks in the bridge last week, the city's council said. "
        "The bridge over the river stays closed to all traffic until the repairs are done.",
    )
    shown = " ".join(_shown(saturday))
    assert "cracks in the bridge last week, the city" in shown
    assert "[week of" not in shown
