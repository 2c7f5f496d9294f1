"""A wire story's dateline dates it: its relative times are told from the dateline's day."""

from __future__ import annotations

from briefgen.extract.run import date_document
from briefgen.models import Document
from briefgen.structure import build_profile, structured

# A site's page, dated 7 December by its file name, carrying a wire story filed on the 8th.
WIRE = (
    "Clinton camp: Trump's remarks threaten national security.\n\n"
    "WASHINGTON, Dec. 8 (UPI) — A producer told The New York Times Tuesday morning that "
    "the candidate had cancelled his trip.\n\n"
    "The proposal has drawn harsh criticism from fellow presidential hopefuls.\n"
)


def _dated(text: str, date: str, source: str = "filename") -> tuple[Document, dict[str, str]]:
    doc = Document("a.txt", "a.txt", "txt", text, "", date, source)  # type: ignore[arg-type]
    doc = structured(doc, build_profile([doc]))
    dated, timexes = date_document(doc)
    return dated, {t.text: t.value for t in timexes}


def test_the_dateline_day_dates_the_story_and_its_weekdays() -> None:
    dated, values = _dated(WIRE, "2015-12-07")
    assert (dated.date, dated.date_source) == ("2015-12-08", "dateline")
    assert dated.date_evidence == "WASHINGTON, Dec. 8 (UPI) —"
    assert values["Tuesday morning"] == "2015-12-08TMO"  # not the Tuesday before the 7th
    assert any("by its dateline" in w for w in dated.warnings)


def test_a_dateline_of_the_stated_day_or_far_from_it_changes_nothing() -> None:
    same, _ = _dated(WIRE, "2015-12-08")
    assert (same.date, same.date_source) == ("2015-12-08", "filename")
    far, _ = _dated(WIRE.replace("Dec. 8", "Oct. 8"), "2015-12-07")
    assert (far.date, far.date_source) == ("2015-12-07", "filename")


def test_a_date_given_on_the_command_line_is_kept() -> None:
    doc = Document(
        "a.txt", "a.txt", "txt", WIRE, "", "2015-12-07", "stated", date_evidence="--ref-date"
    )
    dated, _ = date_document(structured(doc, build_profile([doc])))
    assert dated.date == "2015-12-07"
