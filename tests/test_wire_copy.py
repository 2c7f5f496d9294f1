"""Wire copy as the agencies' old feeds send it: typewriter quotation marks, underscore
dashes, typesetting codes, a dateline or an editorial's lead-in on a line of its own."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from briefgen.extract.quotes import find_quotes
from briefgen.ingest import ingest
from briefgen.ingest.typewriter import read_typewriter
from briefgen.models import Document, Extraction
from briefgen.shown import read_alone
from briefgen.structure import extraction_view, structure_document
from briefgen.structure.profile import CorpusProfile
from briefgen.structure.title import shown_title

WIRE = (
    "\n\nLISBON (AP) --\n\n"
    "``We will not wait,'' the mayor said Tuesday of the new bridge. &QL;\n\n"
    "''Nobody asked us,'' a fisherman said _ one of many who oppose it.\n\n"
    "The council called the plan ``a `gift' to the city.''\n"
)


def test_typewriter_quotes_read_as_quotation_marks_at_the_same_offsets() -> None:
    read = read_typewriter(WIRE)
    assert len(read) == len(WIRE)
    assert " ".join(read.split()) == (
        "LISBON (AP) -- “We will not wait,” the mayor said Tuesday of the new bridge. "
        "“Nobody asked us,” a fisherman said — one of many who oppose it. "
        "The council called the plan “a ‘gift' to the city.”"
    )
    # every word stands where the file has it
    at = WIRE.index("fisherman")
    assert read[at : at + len("fisherman")] == "fisherman"


def test_quotations_in_typewriter_marks_are_found() -> None:
    quotes = find_quotes(read_typewriter(WIRE))
    found = [read_typewriter(WIRE)[q.start : q.end] for q in quotes]
    assert any("We will not wait" in q for q in found)
    assert any("Nobody asked us" in q for q in found)
    # as typed, the first quotation was never found
    assert not any("We will not wait" in WIRE[q.start : q.end] for q in find_quotes(WIRE))


def test_apostrophes_are_left_alone_in_a_text_without_typewriter_quotations() -> None:
    text = "The players' union met. Press the '' key twice."
    assert read_typewriter(text) == text


def test_a_quotation_opened_with_two_apostrophes_is_read_without_backticks() -> None:
    text = "''Here, no one gives up!'' the minister declared. It was ''outrageous,'' he said."
    assert read_typewriter(text) == (
        " “Here, no one gives up!”  the minister declared. It was  “outrageous,”  he said."
    )


def test_an_ingested_wire_story_keeps_its_offsets_into_the_file(tmp_path: Path) -> None:
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text(json.dumps({"id": "w1", "time": "2000-01-06", "title": "", "text": WIRE}))
    (doc,) = ingest([corpus]).documents
    assert len(doc.text) == len(WIRE)
    assert "``" not in doc.text and "&QL;" not in doc.text
    assert "“We will not wait,”" in doc.text


def _kinds(text: str) -> dict[str, str]:
    doc = Document(id="w", source="w", format="txt", text=text, title="")
    blocks = structure_document(doc, CorpusProfile()).blocks
    return {doc.text[b.start : b.end]: b.kind for b in blocks}


def test_a_dateline_or_an_editorial_lead_in_on_its_own_line_is_no_sentence() -> None:
    lede = (
        "Officials in the port city warned federal agents on Wednesday that they "
        "should expect little help from the police when they come for the ship."
    )
    for first in (
        "PORTO —",
        "LISBON (AP) --",
        "PENBURY, New Marlow (AP) --",
        "PORTO, Portugal —",
        "BEIJING, Jan. 5 (Xinhua) --",
        "(Undated)",
        "The Daily Courier said in an editorial on Thursday, Jan. 6:",
    ):
        text = f"\n\n{first}\n\n{lede}\n\nThe mayor said the city would not help.\n"
        kinds = _kinds(text)
        assert kinds[first] == "dateline", first
        # the lede after it is whole and read as the story's first sentence
        assert kinds[lede] == "body", first
        doc = Document(id="w", source="w", format="txt", text=text, title="")
        blocks = structure_document(doc, CorpusProfile()).blocks
        assert first not in extraction_view(text, blocks)


def test_a_story_without_a_headline_is_listed_by_its_lede_not_its_dateline() -> None:
    lede = "The port authority closed the old pier on Wednesday after a night of storms."
    text = f"PENBURY, New Marlow (AP) --\n\n{lede}\n\nThe mayor said the city would help.\n"
    doc = Document(id="w", source="w.tml", format="txt", text=text, title="")
    doc = replace(doc, blocks=structure_document(doc, CorpusProfile()).blocks)
    assert shown_title(doc) == lede


def test_an_editorials_sentences_are_not_shown_as_the_briefs_findings() -> None:
    verdict = "The port authority made a sensible decision on Wednesday in closing the old pier."
    for lead, shown in (
        ("The Daily Courier said in an editorial on Thursday, Jan. 6:", False),
        ("PORTO —", True),
    ):
        text = f"\n\n{lead}\n\n{verdict}\n"
        doc = Document(id="w", source="w", format="txt", text=text, title="")
        doc = replace(doc, blocks=structure_document(doc, CorpusProfile()).blocks)
        start = text.index(verdict)
        ext = Extraction(doc, sentences=((start, start + len(verdict)),))
        assert (read_alone(verdict, start, ext) is not None) is shown, lead
