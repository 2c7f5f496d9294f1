"""Furniture fused inside a line of prose is cut out; the prose around it is kept, with its
offsets into the original text."""

from __future__ import annotations

from briefgen.models import Document
from briefgen.structure import extraction_view, structure_document
from briefgen.structure.inline import glued_starts


def _doc(text: str) -> Document:
    return Document(id="a.txt", source="a.txt", format="txt", text=text, title="")


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start : b.end]) for b in structure_document(_doc(text)).blocks]


def test_a_story_code_run_into_a_sentence_is_furniture() -> None:
    text = (
        "Ministers meet on flu\n"
        "Health ministers met in Bangkok on Friday to discuss the outbreak.\n"
        '(ID: nBKK234536) "We must act together," the minister told the meeting.\n'
    )
    blocks = _blocks(text)
    assert ("furniture", "(ID: nBKK234536)") in blocks
    assert ("body", '"We must act together," the minister told the meeting.') in blocks
    assert "nBKK234536" not in extraction_view(text, structure_document(_doc(text)).blocks)


def test_a_link_banner_between_rules_run_into_a_sentence_is_furniture() -> None:
    text = (
        "Ministers meet on flu\n"
        "Ann Holt said the outbreak was not yet spreading outside the region.\n"
        "- - - - - - - - For a graphic showing the spread of the outbreak, click here "
        "- - - - - - - - According to a draft statement, the ministers asked for more vaccine.\n"
        "For a factbox on the vaccine makers, click here: Marlow had price controls in 2003.\n"
    )
    blocks = _blocks(text)
    body = [t for kind, t in blocks if kind == "body"]
    assert "According to a draft statement, the ministers asked for more vaccine." in body
    assert "Marlow had price controls in 2003." in body
    assert not any("click" in t or "- - -" in t for t in body)
    assert "graphic" not in extraction_view(text, structure_document(_doc(text)).blocks)


def test_a_download_prompt_run_into_a_sentence_is_furniture() -> None:
    text = (
        "Leaflets for every home\n"
        "The leaflet explains how to wash hands and when to call a doctor.\n"
        "Most computers will open this document automatically, but you may need Adobe Reader "
        "She said the leaflets would arrive within a week.\n"
    )
    blocks = _blocks(text)
    prompt = "Most computers will open this document automatically, but you may need Adobe Reader"
    assert ("furniture", prompt) in blocks
    assert ("body", "She said the leaflets would arrive within a week.") in blocks
    view = extraction_view(text, structure_document(_doc(text)).blocks)
    assert "Reader" not in view and len(view) == len(text)


def test_a_factbox_year_label_run_into_the_entry_before_starts_a_new_entry() -> None:
    text = (
        "Past pandemics\n"
        "1918: Spanish flu killed more than 50m people, with young adults badly affected "
        "1957: Asian flu killed two million people.\n"
    )
    view = extraction_view(text, structure_document(_doc(text)).blocks)
    # the 1918 entry ends before the next label: 1957 no longer reads as its date
    entry_1918 = view[view.index("1918:") : view.index("Asian")]
    assert "1957" not in entry_1918
    assert "\n" in entry_1918  # a break the sentence splitter takes
    assert "Asian flu killed two million people." in view


def test_a_year_in_prose_followed_by_a_colon_is_not_a_label() -> None:
    text = (
        "Climate plan\n"
        "The council set one target for 2030: Cut emissions by half, officials said.\n"
    )
    view = extraction_view(text, structure_document(_doc(text)).blocks)
    assert "for 2030: Cut emissions" in view


def test_a_credit_line_glued_to_the_last_sentence_is_furniture() -> None:
    # no space after the sentence's full stop: the credit's names are no part of the event
    text = (
        "Harbour fund grows\n"
        "Two traders gave large sums to the Harbour Fund.Contributing: Jane Roe, The Gazette.\n"
    )
    blocks = _blocks(text)
    assert ("body", "Two traders gave large sums to the Harbour Fund.") in blocks
    assert ("furniture", "Contributing: Jane Roe, The Gazette.") in blocks
    view = extraction_view(text, structure_document(_doc(text)).blocks)
    assert "Jane Roe" not in view and len(view) == len(text)


def test_a_tag_line_glued_after_a_closing_mark_is_furniture() -> None:
    text = (
        "Harbour vote\n"
        "The council voted on Tuesday to widen the harbour's north quay by next spring.\n"
        "The mayor said after the vote that the council had chosen well, and that it was "
        "“a good day for the port.”Filed under: Harbour, Votes\n"
        "The council meets again next week.\n"
    )
    blocks = _blocks(text)
    assert ("furniture", "Filed under: Harbour, Votes") in blocks
    assert ("body", "The council meets again next week.") in blocks


def test_initials_domains_decimals_and_run_on_prose_keep_their_colon() -> None:
    # none of these is a page's label glued to a sentence end
    lines = [
        "The bill went to the U.S.Senate: a vote is due in May.",
        "The firm sells its goods on Harbour.com: a shop on the web.",
        "The rate rose to 3.5: the highest in ten years.",
        "Ask Sen.Ruiz: she has read the bill.",
        "The vote was close.The result: a tie in the chamber.",
    ]
    text = "Harbour notes\n" + "\n".join(lines) + "\n"
    kinds = [kind for kind, _ in _blocks(text)]
    view = extraction_view(text, structure_document(_doc(text)).blocks)
    assert "furniture" not in kinds
    for line in lines:
        assert line in view


def test_a_sentence_glued_to_the_one_before_starts_where_its_capital_does() -> None:
    text = "It fell to the moderates.The vote was close. Fans said so!”After the rally, he left."
    assert [text[i : i + 8] for i in glued_starts(text)] == ["The vote", "After th"]


def test_initials_domains_titles_and_codes_glue_no_sentence() -> None:
    text = "The U.S.Senate, see bbc.co.uk.News, Sen.Ruiz, NATO.The and Amazon.com stay whole."
    assert glued_starts(text) == []
