"""Captions and headlines glued to a paragraph in the middle of a page."""

from __future__ import annotations

from dataclasses import replace

from briefgen.models import Document
from briefgen.structure import build_profile, extraction_view, structure_document
from briefgen.structure.midpage import bullet_box, glued_caption

OPENING = (
    "Council votes to close the library\n"
    "The town council has voted to close the central library after a long debate, "
    "officials said on Monday.\n"
)
CLOSING = "Residents said the closure would leave the town without a place to study.\n"


def _doc(middle: str) -> Document:
    text = OPENING + middle + "\n" + CLOSING
    return Document(
        id="2021-03-03/1.htm.txt",
        source="c.jsonl",
        format="jsonl",
        text=text,
        title="Council votes to close the library",
    )


def _kinds(doc: Document, line: str) -> list[tuple[str, str]]:
    start = doc.text.index(line)
    end = doc.text.index("\n", start)
    return [
        (b.kind, doc.text[b.start : b.end])
        for b in structure_document(doc).blocks
        if start <= b.start < end
    ]


def test_a_caption_naming_the_paragraphs_subject_is_cut_off() -> None:
    caption = "Mayor Anna Berg said she would miss the reading room in Northfield"
    paragraph = "Anna Berg will not attend the last opening day of the library on Friday."
    doc = _doc(f"{caption} {paragraph}")
    assert _kinds(doc, caption) == [("caption", caption), ("body", paragraph)]
    assert caption not in extraction_view(doc.text, structure_document(doc).blocks)


def test_a_caption_closed_by_a_quotation_before_a_participle_is_cut_off() -> None:
    caption = "The librarian says the last month was a 'nightmare'"
    paragraph = "Speaking to the local paper on Tuesday she criticised the timing of the vote."
    doc = _doc(f"{caption} {paragraph}")
    assert _kinds(doc, caption) == [("caption", caption), ("body", paragraph)]


def test_a_timeline_entry_keeps_its_date_label_when_its_caption_is_cut() -> None:
    caption = "The library was built with money from a local mill owner"
    entry = "12 March 1904 Mayor John Hale opens the library to the public."
    doc = _doc(f"{caption} {entry}")
    assert _kinds(doc, caption) == [("caption", caption), ("body", entry)]


def test_a_sentence_broken_by_a_lost_link_is_left_whole() -> None:
    # a link's words lost their markup: a capitalised name inside one sentence
    for line in (
        "The cuts would save as much as 19.9 percent, according to the conservative-leaning "
        "Tax Foundation, more than twice what the council expected.",
        "The council cited five previous Library Board reports that had warned of the costs.",
        "She served as an advisor to (then-Councillor) Joseph R. Hale, who later became mayor.",
        "In 2003 the town was feeling the effects of the October 2002 Mill Street fire and "
        "lost two schools.",
        "The readers said the vote was bad for the town because I think Anna Berg wanted it.",
        'Residents said the nickname "Lyin\' Ted." Ted Smith called the vote a disgrace.',
    ):
        assert glued_caption(line) is None, line


def test_a_name_said_twice_in_one_sentence_after_a_possessive_is_not_a_break() -> None:
    line = (
        "Statement from Jermaine and Randy Hale In a statement, the mayor's brothers "
        "Jermaine and Randy Hale said the timing was wrong."
    )
    assert glued_caption(line) is None


def test_a_standing_factbox_under_a_capitals_heading_is_furniture() -> None:
    box = (
        "SYMPTOMS - WHAT TO DO Fever and cough are the usual signs If you feel ill you should "
        "stay at home and call a doctor"
    )
    paragraph = "The minister also urged schools with confirmed cases to consider closing."
    docs = [
        _doc(f"{box} {paragraph}" if i < 4 else f"Line {i} of another page about the town.")
        for i in range(10)
    ]
    docs = [replace(d, id=f"2021-03-0{i}/{i}.htm.txt") for i, d in enumerate(docs)]
    profile = build_profile(docs)
    blocks = structure_document(docs[0], profile).blocks
    line = docs[0].text.index("SYMPTOMS")
    kinds = [(b.kind, docs[0].text[b.start : b.end]) for b in blocks if b.start >= line][:3]
    assert kinds[0] == ("furniture", "SYMPTOMS - WHAT TO DO")
    assert kinds[1][0] == "furniture" and kinds[1][1].endswith("call a doctor")
    assert kinds[2] == ("body", paragraph)


def test_a_capitals_heading_of_one_article_is_a_heading_over_its_paragraph() -> None:
    line = "JANE HALE - FIRST PATIENT Jane Hale says she now feels a lot better than last week."
    doc = _doc(line)
    assert _kinds(doc, line) == [
        ("headline", "JANE HALE - FIRST PATIENT"),
        ("body", "Jane Hale says she now feels a lot better than last week."),
    ]


def test_a_newsletter_items_kicker_in_capitals_is_a_heading_over_its_item() -> None:
    line = (
        "TOWN POLLS NOT WRONG, JUST TOO EARLY - Ann Holt: \u201cThe surveys stopped a week "
        "before the vote, so they missed the late swing.\u201d"
    )
    doc = _doc(line)
    kinds = _kinds(doc, line)
    assert kinds[0] == ("headline", "TOWN POLLS NOT WRONG, JUST TOO EARLY -")
    assert kinds[1][0] == "body" and kinds[1][1].startswith("Ann Holt:")


def test_a_wire_dateline_in_capitals_is_no_kicker() -> None:
    line = "SALT LAKE CITY - The council met again on Tuesday to discuss the library."
    assert not any(kind == "headline" for kind, _ in _kinds(_doc(line), line))


def test_an_embedded_post_flattened_into_a_line_is_furniture() -> None:
    post = (
        "Watch the new show.@TownLibrary sits down with @MayorBerg.https://t.co/abc123 "
        "pic.twitter.com/xyz789— Town News (@TownNews) September 27, 2016."
    )
    doc = _doc(post)
    assert _kinds(doc, post) == [("furniture", post)]


def test_a_flattened_box_of_short_items_before_a_paragraph_is_furniture() -> None:
    box = (
        "Same class of drug as aspirin Given by tablets or injection Used after surgery or for "
        "pain High doses can harm the stomach"
    )
    paragraph = "Hale, who had a history of back pain, collapsed at his home around midday."
    common = frozenset({"given", "used", "high", "same"})
    line = f"{box} {paragraph}"
    assert line[: bullet_box(line, common) or 0].strip() == box
    # one capitalised common word is a sentence, not a box of items
    assert (
        bullet_box("The mayor spoke Given the cost the plan was dropped on Monday.", common) is None
    )


def test_a_caption_ending_on_a_month_before_a_common_word_is_cut_off() -> None:
    line = (
        "The mayor is due to sign the order in September Lawyers from both sides are due in "
        "court on Thursday to argue over the library's lease."
    )
    assert line[glued_caption(line, corpus=frozenset({"lawyers"})) or 0 :].startswith("Lawyers")
    # a month opening a name goes on: "in May Day celebrations"
    assert glued_caption(line, corpus=frozenset()) is None
