"""A timeline factbox: each entry opens with its date label, run into the entry's sentence.

The label is cut off as a block of its own, never shown in a sentence, and the entry is
dated by it."""

from __future__ import annotations

from dataclasses import replace

from briefgen.extract.run import extract_document
from briefgen.models import Document
from briefgen.structure import extraction_view, structure_document

TIMELINE = (
    "Harbour bridge: a timeline\n"
    "The city looks back at the years it took to build the new bridge.\n"
    "12 March 2019 The council approves the plan for a bridge across the harbour.\n"
    "The vote is close, with nine members against.\n"
    "June 2020 Builders start work on the northern tower.\n"
    "4 January 2021 A storm damages the cranes on the southern bank.\n"
    "Work stops for six weeks while engineers inspect the site.\n"
    "2022 The two halves of the deck are joined.\n"
)


def _doc(text: str, date: str = "2023-05-02") -> Document:
    return Document(
        id=f"{date}/1.htm.txt",
        source="c.jsonl",
        format="jsonl",
        text=text,
        title=text.split("\n")[0],
        date=date,
    )


def _structured(doc: Document) -> Document:
    return replace(doc, blocks=structure_document(doc).blocks)


def test_each_date_label_is_its_own_block_and_the_entry_is_body() -> None:
    doc = _structured(_doc(TIMELINE))
    labels = [(doc.text[b.start : b.end], b.time) for b in doc.blocks if b.time is not None]
    assert labels == [
        ("12 March 2019", "12 March 2019"),
        ("June 2020", "June 2020"),
        ("4 January 2021", "4 January 2021"),
        ("2022", "2022"),
    ]
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "body"]
    assert "The council approves the plan for a bridge across the harbour." in body
    assert "A storm damages the cranes on the southern bank." in body
    view = extraction_view(doc.text, doc.blocks)
    assert "12 March 2019" not in view and "June 2020" not in view


def test_one_line_opening_on_a_date_is_prose_not_a_list() -> None:
    text = (
        "Harbour bridge opens\n"
        "2022 Was the year the bridge was finished, the council said on Monday.\n"
        "Drivers crossed it for the first time on 3 May 2023.\n"
    )
    doc = _structured(_doc(text))
    assert all(b.time is None for b in doc.blocks)
    assert doc.text[doc.blocks[1].start : doc.blocks[1].end].startswith("2022 Was")


def test_a_table_row_of_figures_is_no_entry() -> None:
    rows = "".join(
        f"{y} 2,{y % 10}00 cases were counted in the region.\n" for y in range(2015, 2020)
    )
    doc = _structured(_doc("Cases by year\n" + rows))
    assert all(b.time is None for b in doc.blocks)


def test_the_entry_is_dated_by_its_label_and_shown_without_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _structured(_doc(TIMELINE))
    events = extract_document(doc, nlp, year=2021).events
    dated = {m.evidence.sentence: m.date for m in events if m.anchor == "own"}
    assert dated["The council approves the plan for a bridge across the harbour."] == "2019-03-12"
    assert dated["A storm damages the cranes on the southern bank."] == "2021-01-04"
    assert dated["Builders start work on the northern tower."] == "2020-06"
    for m in events:
        assert not m.evidence.sentence.startswith(("12 March", "June 2020", "4 January", "2022"))
