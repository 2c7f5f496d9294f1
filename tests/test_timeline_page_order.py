"""A date's sentences from one page are shown in the page's order: a reader reads an
entry as one text, and a page's later sentence shown first leaves its pronoun ahead of
the name the page's earlier sentence gives."""

from __future__ import annotations

from sentence_fixtures import headlined_page
from test_timeline_following import _event, _mention

from briefgen.models import Cited, Evidence, Extraction
from briefgen.timeline import select_timeline
from briefgen.timeline_entry import page_order

DAY = "2020-03-02"

# the page's earlier sentence names the mayor; its later one, the day's main news, takes
# her up as "she"
NAMED = "Mayor Ada Brandt opened the new ferry terminal in the river town on Monday."
LATER = "The regional council approved the flood barrier she sought for the river town on Monday."
AGAIN = "The regional council approved a flood barrier for the river town on Monday."
THIRD = "On Monday the regional council approved the flood barrier for the river town."
OTHER = "Mayor Ada Brandt opened a ferry terminal for the river town on Monday."


def _extraction(doc: str, text: str) -> Extraction:
    return headlined_page(doc, text, "2020-03-03", title="")


def test_two_sentences_of_one_page_are_shown_in_the_pages_order() -> None:
    # The council's news (the day's most salient) is chosen first, but the page tells the
    # mayor's opening first: shown so, the quotation's "she" follows her name.
    a = _extraction("a", f"Town news\n{NAMED} The weather was mild all week. {LATER}")
    b = _extraction("b", f"Council votes\nThe weather was mild. {AGAIN}")
    c = _extraction("c", f"Town wins barrier\nThe weather was mild. {THIRD}")
    d = _extraction("d", f"Terminal opens\nThe weather was mild. {OTHER}")
    events = [
        _event("vote", 1.0, _mention(a, LATER), _mention(b, AGAIN), _mention(c, THIRD)),
        _event("terminal", 0.9, _mention(a, NAMED), _mention(d, OTHER)),
    ]
    shown = select_timeline(events, dates=3, sentences=2, extractions=[a, b, c, d])
    assert [s.text for entry in shown for s in entry.sentences] == [NAMED, LATER]


def _cited(doc: str, start: int) -> Cited:
    text = f"{doc}{start}"
    return Cited(text, (Evidence(doc, start, start + 1, text, text, start),))


def test_each_page_keeps_the_places_its_sentences_were_chosen_for() -> None:
    # page a's two sentences swap within a's places; page b's stays second
    chosen = (_cited("a", 90), _cited("b", 10), _cited("a", 20))
    assert [c.text for c in page_order(chosen)] == ["a20", "b10", "a90"]
