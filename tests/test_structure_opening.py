"""A page's opening line where scraping ran the headline and a photo caption into the lede."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.readers import read_file
from briefgen.models import Document
from briefgen.structure import extraction_view, structure_document

REST = (
    "\nThe library opened in 1904 and lends books to residents of the town.\n"
    "Residents said the closure would leave the town without a place to study.\n"
)


def _doc(text: str, *, doc_id: str = "2021-03-03/1.htm.txt", source: str = "c.jsonl") -> Document:
    return Document(id=doc_id, source=source, format="jsonl", text=text, title=text.split("\n")[0])


def _parts(doc: Document) -> list[tuple[str, str]]:
    """(kind, text) of the blocks of the first line."""
    end = doc.text.find("\n")
    return [
        (b.kind, doc.text[b.start : b.end]) for b in structure_document(doc).blocks if b.start < end
    ]


def test_headline_caption_and_lede_on_one_line_are_three_blocks() -> None:
    line = (
        "Town council votes to close library Residents protested outside the town hall on Monday "
        "evening The town council has voted to close the central library after a long debate, "
        "officials said."
    )
    doc = _doc(line + REST)
    assert _parts(doc) == [
        ("headline", "Town council votes to close library"),
        ("caption", "Residents protested outside the town hall on Monday evening"),
        ("body", line[line.index("The town council") :]),
    ]
    read = extraction_view(doc.text, structure_document(doc).blocks)
    assert "library Residents" not in read and "evening The" not in read
    assert "The town council has voted to close the central library" in read


def test_a_caption_ending_in_a_year_before_a_lede_opening_with_a_name() -> None:
    line = (
        "The library was built in 1904 Anna Berg, the town's librarian, has asked the council "
        "to reconsider the closure before the end of the year."
    )
    assert _parts(_doc(line + REST)) == [
        ("headline", "The library was built in 1904"),
        ("body", line[line.index("Anna Berg") :]),
    ]


def test_a_name_inside_the_lede_is_not_a_break() -> None:
    # a name after a noun with a possessive ("the mayor's deputy Anna Berg"), after a verb
    # ("question Peter Lund"), after a relative clause: all one sentence
    for line in (
        "The mayor's deputy Anna Berg has resigned after a row over the closure of the library.",
        "Police said on Friday that they wanted to question Peter Lund about the fire at the mill.",
        "A hearing will decide whether the company that employed the driver Peter Lund should pay.",
        "Officials representing Anna Berg have asked the court to delay the hearing until June.",
    ):
        assert _parts(_doc(line + REST)) == [("body", line)], line


def test_a_capitalised_common_word_opens_the_lede() -> None:
    # "Residents" is written in lower case elsewhere in the page, so here it opens a sentence
    line = (
        "Library to close in June after council vote Residents of the town have until the end "
        "of May to return borrowed books, the council said."
    )
    assert _parts(_doc(line + REST)) == [
        ("headline", "Library to close in June after council vote"),
        ("body", line[line.index("Residents of the town") :]),
    ]


def test_a_file_named_after_its_headline_gives_the_title_and_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "paper_2016-09-12_council-rejects-plan-for-new-stad.txt"
    path.write_text(
        "Council rejects plan for new stadium.\n\n"
        "The city council on Monday rejected a plan to build a new stadium by the river.\n\n"
        "The vote was 7 to 2, the clerk said.\n",
        encoding="utf-8",
    )
    (doc,) = read_file(path, tmp_path)
    assert doc.title == "Council rejects plan for new stadium."
    kinds = {doc.text[b.start : b.end]: b.kind for b in structure_document(doc).blocks}
    assert kinds["Council rejects plan for new stadium."] == "headline"
    assert kinds["The vote was 7 to 2, the clerk said."] == "body"


def test_a_first_sentence_ending_in_a_full_stop_is_not_a_headline_without_the_file_name(
    tmp_path: Path,
) -> None:
    path = tmp_path / "paper_2016-09-12_budget-vote.txt"
    path.write_text(
        "The city council on Monday rejected a plan to build a new stadium.\n\n"
        "The vote was 7 to 2, the clerk said.\n",
        encoding="utf-8",
    )
    (doc,) = read_file(path, tmp_path)
    kinds = {doc.text[b.start : b.end]: b.kind for b in structure_document(doc).blocks}
    assert kinds["The city council on Monday rejected a plan to build a new stadium."] == "body"


def test_a_foreign_company_name_is_not_cut_after_its_particle() -> None:
    # "Cie. de" runs into the company's name: no headline or caption ends on "de"
    line = (
        "Nordbank told regulators on Monday that it bought 12,000 shares of Cie. de "
        "Transports Alpins, apparently to help fend off a hostile bid for the company."
    )
    assert _parts(_doc(line + REST)) == [("body", line)]


def test_the_lede_is_never_cut_inside_its_sentence() -> None:
    # a name before a word opening a clause ("… in downtown Riverton when …") ends the
    # clause before it: it is inside the sentence, not where the lede opens
    for line in (
        "It was just after noon on the third floor of the courthouse in downtown Riverton "
        "when the jury sent word that it had reached a verdict.",
        "Crowds gathered outside the old mill near Riverton while firefighters worked through "
        "the night to save the building.",
    ):
        assert _parts(_doc(line + REST)) == [("body", line)], line


def test_a_part_between_the_stamp_and_the_lede_is_a_caption() -> None:
    # a page sets its headline above its stamp and byline, its photo and caption below
    line = (
        "Page last updated at 09:14 GMT, Tuesday, 2 March 2021 Residents will gather outside "
        "the town hall on Monday evening The town council has voted to close the central "
        "library after a long debate, officials said."
    )
    assert _parts(_doc(line + REST)) == [
        ("furniture", "Page last updated at 09:14 GMT, Tuesday, 2 March 2021"),
        ("caption", "Residents will gather outside the town hall on Monday evening"),
        ("body", line[line.index("The town council") :]),
    ]


def test_a_stamp_inside_the_opening_line_keeps_its_word_and_its_second_zone() -> None:
    line = (
        "Town council votes to close library Page last updated at 08:58 GMT, Thursday, 4 March "
        "2021 09:58 UK The town council has voted to close the central library after a long "
        "debate, officials said."
    )
    assert _parts(_doc(line + REST)) == [
        ("headline", "Town council votes to close library"),
        ("furniture", "Page last updated at 08:58 GMT, Thursday, 4 March 2021 09:58 UK"),
        ("body", line[line.index("The town council") :]),
    ]


def test_a_headline_before_a_long_title_and_name_is_cut_from_the_lede() -> None:
    line = (
        'Mayor has "a mild cold," not new flu Deputy Minister of Farming Anna Berg '
        "has met farmers twice this month, and so when she coughed at a meeting on Friday, "
        "reporters asked about her health."
    )
    doc = _doc(line + REST)
    parts = _parts(doc)
    assert parts[0] == ("headline", 'Mayor has "a mild cold," not new flu')
    assert parts[-1] == ("body", line[line.index("Deputy Minister") :])


def test_a_headline_whose_names_the_lede_retells_is_cut_though_a_name_follows_the() -> None:
    # "for the fundraiser Ana Ruiz" would read as one phrase ("the singer's doctor Conrad
    # Murray"), but the lede opens on the headline's own names written out in full
    line = (
        "Ruiz, Lane and Okafor are expected in Tulsa for the fundraiser Ana Ruiz, Tom Lane and "
        "the novelist Ben Okafor are due to speak at a dinner for the town library."
    )
    doc = _doc(line + REST)
    assert _parts(doc) == [
        ("headline", "Ruiz, Lane and Okafor are expected in Tulsa for the fundraiser"),
        ("body", line[line.index("Ana Ruiz") :]),
    ]


def test_a_name_after_the_is_not_cut_when_only_one_name_of_the_opening_recurs() -> None:
    line = (
        "Lawyers for the singer's doctor Conrad Murray say the singer gave himself the dose "
        "that killed him, and Murray denies the charge."
    )
    doc = _doc(line + REST)
    assert _parts(doc) == [("body", line)]


def test_a_headline_line_with_an_abbreviation_is_not_cut_before_it() -> None:
    # "G.O.P." is one word as written: what follows it is no lede of eight words
    line = "Mayor stirs up G.O.P. base, by breaking party's habits."
    name = "paper_2016-02-18_mayor-stirs-up-g-o-p-base-by-brea.txt"
    doc = Document(id=name, source=name, format="txt", text=line + "\n" + REST, title=line)
    assert _parts(doc) == [("headline", line)]


def test_a_title_case_headline_with_a_number_is_one_headline() -> None:
    # what is left after "… Shouts 1" is the headline going on in title case, not a lede
    line = "Council Member Shouts 1 Angry Word At Meeting, Instantly Has Everyone's Attention."
    doc = _doc(line + "\n" + REST)
    assert _parts(doc) == [("headline", line)]


def test_a_title_case_headline_with_an_ordinal_is_headline_case() -> None:
    from briefgen.structure.shapes import is_headline_case

    assert is_headline_case("Town's '13th' Festival Brings The U.S. Navy Band Home.")
