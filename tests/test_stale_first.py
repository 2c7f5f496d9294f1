"""A first source whose stated date its own text contradicts (a page captured weeks after
the date it keeps) does not start the brief's period, and a data note names it."""

from __future__ import annotations

from briefgen.build_notes import data_notes
from briefgen.build_period import brief_period
from briefgen.config import Config
from briefgen.models import Document

_CALL = "If you have travelled to Ruritania since the outbreak began, we would like to hear"
_CALL += " from you about what you saw at the airports and hotels there."


def _doc(day: str, n: int, text: str = "Text.") -> Document:
    return Document(
        id=f"d{n}", source=f"d{n}.txt", format="txt", title=f"Story {n}", text=text, date=day
    )


def _corpus(first_text: str) -> list[Document]:
    index = _doc("2009-04-02", 0, f"News blog\n{first_text}\nOther posts follow.")
    later = [_doc(f"2009-04-{day}", day) for day in range(25, 30)]
    later.append(_doc("2009-05-01", 31, f"Travel\n{_CALL}\nMore."))
    return [index, *later]


def test_a_stale_first_page_does_not_start_the_period_and_is_noted() -> None:
    docs = _corpus(_CALL)
    assert brief_period(docs, [], Config()) == ("2009-04-25", "2009-05-01")
    notes = [n for n in data_notes(docs, []) if n.doc == "d0"]
    assert len(notes) == 1
    assert "2 April 2009" in notes[0].message and "1 May 2009" in notes[0].message


def test_an_early_page_of_its_own_text_starts_the_period() -> None:
    # control: the same gap, but no paragraph of the first page is in a later one
    own = "The ministry said it was watching pig farms in the north closely after a report."
    docs = _corpus(own + " It gave no figures for the farms it had inspected so far.")
    assert brief_period(docs, [], Config())[0] == "2009-04-02"
    assert not [n for n in data_notes(docs, []) if n.doc == "d0"]
