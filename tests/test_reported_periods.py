"""A fiscal period named as the period of the figures reported ("Penbury reported a
third-quarter loss", "a loss for the quarter") does not date the report: the timeline shows
no such line under the quarter. A verb's own period ("net fell 22% in the third quarter")
is the time of the fall, and is shown."""

from __future__ import annotations

import re

from briefgen.models import Document, EventMention, Evidence, Extraction, Timex
from briefgen.reported_periods import (
    names_period_reported,
    period_told_before,
    repeats_longer_period,
)
from briefgen.timeline_context import TimelineContext


def _mention(sentence: str, when: str) -> EventMention:
    at = sentence.index(when)
    verb = next(w for w in ("reported", "came", "posted", "fell") if w in sentence)
    head = sentence.index(verb)
    return EventMention(
        id="m1",
        doc="d",
        date="2023-Q3",
        timex=Timex(at, at + len(when), when, "DATE", "2023-Q3"),
        description=sentence,
        evidence=Evidence("d", 0, len(sentence), sentence, sentence, 0),
        predicate=(head, head + len(verb)),
        lemma=verb,
    )


def test_the_figures_period_dates_no_timeline_line() -> None:
    context = TimelineContext({}, {}, None, frozenset(), {}, (), None)
    for sentence, when in (
        (
            "Penbury Savings reported a third-quarter loss, citing its restructuring.",
            "third-quarter",
        ),
        (
            "The weak third-quarter results came amid concern about Marlow's trading.",
            "third-quarter",
        ),
        ("Holt Mills posted a $64 million loss for the third quarter.", "the third quarter"),
    ):
        mention = _mention(sentence, when)
        assert names_period_reported(mention)
        assert context.shown(mention, "2023-Q3") is None


def test_a_verb_s_own_period_is_its_time() -> None:
    sentence = "Marlow Electronics said net income fell 22% in the third quarter."
    mention = _mention(sentence, "the third quarter")
    assert not names_period_reported(mention)
    context = TimelineContext({}, {}, None, frozenset(), {}, (), None)
    assert context.shown(mention, "2023-Q3") is not None


def test_a_cumulative_periods_repeat_of_the_quarter_is_told_apart() -> None:
    story = [
        "Penbury Foods said net income fell 22% in the third quarter, to $40 million.",
        "In the nine months, Penbury net fell 6.6% to $486.6 million, or $1.48 a share.",
        "For the first half, revenue rose 3% to $2 billion.",
    ]
    assert repeats_longer_period(story[1], story)
    assert repeats_longer_period(story[2], story)
    # the quarter's own line, or a nine-month figure in a story giving no quarter, stays
    assert not repeats_longer_period(story[0], story)
    assert not repeats_longer_period(story[1], story[1:])
    both = "Net fell 22% in the quarter and 6.6% in the nine months."
    assert not repeats_longer_period(both, story)


def _page(text: str) -> Extraction:
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    return Extraction(
        document=Document("d", "d", "txt", text, "", "2020-03-03", "stated"), sentences=spans
    )


def test_a_figure_whose_cumulative_period_only_the_sentence_before_names_is_told_apart() -> None:
    """Earnings copy names the nine months once and runs the next metric on without them:
    alone, "Revenue rose 3% to $8 billion" would read as the quarter's news."""
    cumulative = "In the nine months, Penbury net fell 7% to $486 million."
    run_on = "Revenue rose 3% to $8 billion from $7 billion."
    page = _page(f"Penbury net fell 22% in the third quarter. {cumulative} {run_on}")
    assert period_told_before(run_on, page.document.text.index(run_on), page)
    # after the quarter's line, in a new paragraph, or naming its own period, it stands
    quarter = _page(f"Penbury net fell 22% in the third quarter. {run_on}")
    assert not period_told_before(run_on, quarter.document.text.index(run_on), quarter)
    apart = _page(f"{cumulative}\n{run_on}")
    assert not period_told_before(run_on, apart.document.text.index(run_on), apart)
    own = "Revenue for the year rose 3% to $8 billion."
    page = _page(f"{cumulative} {own}")
    assert not period_told_before(own, page.document.text.index(own), page)
