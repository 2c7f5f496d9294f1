"""A page of readers' letters: each letter is a reader comment, never the article."""

from __future__ import annotations

from briefgen.models import Document
from briefgen.structure import extraction_view, structure_document
from briefgen.structure.profile import CorpusProfile


def _doc(text: str) -> Document:
    return Document(
        id="letters.txt", source="letters.txt", format="txt", text=text, title="Letters"
    )


LETTERS = (
    "The library must stay open.\n\n"
    "LETTERS.\n\n"
    "I cannot see how the council can close the library. It is the only quiet place in town.\n\n"
    "Mary Hale.\n\n"
    "My children learned to read there. Closing it would be a great loss to every family.\n\n"
    "Tom Berg.\n\n"
    "The council should find the money elsewhere, not in the one place everyone can use.\n\n"
    "Anna Lind.\n"
)


def test_signed_letters_are_reader_comments_and_are_not_read() -> None:
    doc = _doc(LETTERS)
    blocks = structure_document(doc, CorpusProfile(common=frozenset({"library"}))).blocks
    kinds = {doc.text[b.start : b.end]: b.kind for b in blocks}
    assert kinds["Tom Berg."] == "comment"
    assert (
        kinds[
            "My children learned to read there. Closing it would be a great loss to every family."
        ]
        == "comment"
    )
    assert "great loss" not in extraction_view(doc.text, blocks)


def test_topic_headings_over_paragraphs_are_not_signatures() -> None:
    text = LETTERS.replace("Mary Hale.", "Climate Change.").replace("Tom Berg.", "Human Rights.")
    doc = _doc(text.replace("Anna Lind.", "Gender Equality."))
    common = frozenset({"climate", "change", "human", "rights", "gender", "equality"})
    blocks = structure_document(doc, CorpusProfile(common=common)).blocks
    assert "great loss" in extraction_view(doc.text, blocks)


def test_names_over_paragraphs_about_them_are_section_headings_not_signatures() -> None:
    # a guide to the candidates: each name heads the paragraph that goes on about them
    text = (
        "Where each candidate can win the state.\n\n"
        "The state is large and varied, and each campaign has its own ground to work.\n\n"
        "Mary Hale.\n\n"
        "Hale was the state's senator for years and her base is in the capital.\n\n"
        "Tom Berg.\n\n"
        "Berg has done very well in the college towns, and the state has several.\n\n"
        "Anna Lind.\n\n"
        "Lind is a native of the city, which is a great advantage in its suburbs.\n\n"
        "Paul Roe.\n\n"
        "A consultant notes that a fifth of the vote upstate would be enough.\n"
    )
    doc = _doc(text)
    blocks = structure_document(doc, CorpusProfile(common=frozenset({"state"}))).blocks
    read = extraction_view(doc.text, blocks)
    assert "college towns" in read
    assert "native of the city" in read


def test_reader_replies_signed_with_handles_inside_an_article_are_comments() -> None:
    # a "we asked our followers" box: each reply, then the reader's handle on its own line
    text = (
        "The library must stay open.\n\n"
        "The council voted on Monday to close the central library, the mayor said.\n\n"
        "We asked our followers what they thought of the vote.\n\n"
        "It is a short-sighted move. The mayor wants the savings and the council wants a win.\n\n"
        "@readerone.\n\n"
        "Nobody asked the families who use it every day.\n\n"
        "@reader_two.\n\n"
        "A smart decision in hard times!\n\n"
        "@ThirdReader.\n"
    )
    doc = _doc(text)
    view = extraction_view(doc.text, structure_document(doc, CorpusProfile()).blocks)
    assert "mayor wants the savings" not in view
    assert "families who use it" not in view
    assert "voted on Monday to close the central library" in view


def test_one_accounts_posts_quoted_in_turn_stay_in_the_article() -> None:
    text = (
        "The library must stay open.\n\n"
        "The mayor answered critics in a series of posts on Monday.\n\n"
        "The library costs too much to run and the council has no choice.\n\n"
        "@mayor_office.\n\n"
        "We will open reading rooms in every school by the spring.\n\n"
        "@mayor_office.\n\n"
        "Every family will still have a place to read.\n\n"
        "@mayor_office.\n"
    )
    doc = _doc(text)
    view = extraction_view(doc.text, structure_document(doc, CorpusProfile()).blocks)
    assert "reading rooms in every school" in view
