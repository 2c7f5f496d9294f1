"""A live page's "overnight" post: the act is of the page's day, the night keeps its value."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefgen.extract.overnight import _minute
from briefgen.extract.run import extract_document
from briefgen.models import Document
from briefgen.structure import structure_document

DAY = "2031-03-14"
ACT = "The union leader took to the radio overnight to accuse the authority of bad faith."


def _live(second_header: str) -> str:
    return (
        "The Latest: Dock strike enters its third day\n\n"
        "PORT TALBOT (AP) — The Latest on the dock strike (all times local):\n\n"
        "4:10 p.m.\n\n"
        "The union says talks with the port authority will resume next week.\n\n"
        "___\n\n"
        f"{second_header}\n\n"
        "The port authority is defending its decision to close the container terminal.\n\n"
        f"{ACT}\n\n"
        "___\n\n"
        "1:05 a.m.\n\n"
        "Dock workers have left the gates of the terminal after a second day.\n"
    )


PRINT = (
    "Dock strike enters its third day\n\n"
    "The port authority defended on Friday its decision to close the container terminal.\n\n"
    f"{ACT}\n\n"
    "Dock workers gathered at the gates of the terminal for a third day.\n"
)


def _overnight(nlp, text: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    doc = Document(id="a.txt", source="a.txt", format="txt", text=text, title="x", date=DAY)
    doc = replace(doc, blocks=structure_document(doc).blocks)
    found = [m for m in extract_document(doc, nlp).events if m.timex.text == "overnight"]
    assert len(found) == 1
    return found[0].date, found[0].timex.value


def test_a_day_post_files_its_overnight_act_under_the_page_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # the expression keeps TimeML's value (the night named by its evening); the act is dated
    # by the day the post tells it as news of
    assert _overnight(nlp, _live("11:20 a.m.")) == (DAY, "2031-03-13TNI")


def test_a_post_of_the_small_hours_and_a_print_page_keep_the_evening(nlp) -> None:  # type: ignore[no-untyped-def]
    # went up before the morning: it may tell the evening before
    assert _overnight(nlp, _live("3:15 a.m.")) == ("2031-03-13TNI", "2031-03-13TNI")
    # a page that is not live: a next-day story tells the night after the day it reports
    assert _overnight(nlp, PRINT) == ("2031-03-13TNI", "2031-03-13TNI")


@pytest.mark.parametrize(
    ("header", "minute"),
    [
        ("2:25 p.m.", 14 * 60 + 25),
        ("7 p.m.", 19 * 60),
        ("12 p.m.", 12 * 60),
        ("12:30 a.m.", 30),
        ("11.04am", 11 * 60 + 4),
        ("11:04", 11 * 60 + 4),
        ("0904 GMT", 9 * 60 + 4),
        ("Updated", None),
    ],
)
def test_a_header_clock_is_read_to_its_minute(header: str, minute: int | None) -> None:
    assert _minute(header) == minute


def test_a_live_page_s_post_times_are_in_its_extraction_key() -> None:
    from briefgen.extract.cache import document_key

    doc = Document(
        id="a.txt", source="a.txt", format="txt", text=_live("11:20 a.m."), title="x", date=DAY
    )
    doc = replace(doc, blocks=structure_document(doc).blocks)
    at = next(i for i, b in enumerate(doc.blocks) if b.time == "11:20 a.m.")
    earlier = replace(doc.blocks[at], time="3:15 a.m.")
    moved = replace(doc, blocks=(*doc.blocks[:at], earlier, *doc.blocks[at + 1 :]))
    assert document_key(moved, 2031, "s") != document_key(doc, 2031, "s")
