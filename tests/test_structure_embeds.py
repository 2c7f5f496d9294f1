"""Quoted material inside an article: an embedded social-media post is furniture dated by
its own date line, and a page of readers' signed reactions is reader comment. Neither is
read as the article's news or as statements by the story's actors."""

from __future__ import annotations

from briefgen.models import Document
from briefgen.structure import extraction_view, structure_document
from briefgen.structure.profile import CorpusProfile


def _doc(text: str) -> Document:
    return Document(id="page.txt", source="page.txt", format="txt", text=text, title="Page")


POSTS = (
    "Mayor faces questions over harbour tolls.\n\n"
    "The mayor defended the new harbour tolls at a meeting with traders on Tuesday evening.\n\n"
    '<tweet author="@harbourwatch" datetime="2015-07-06">The tolls will double by summer, '
    "traders were told today. — Harbour Watch (@harbourwatch) July 6, 2015</tweet>.\n\n"
    '<tweet tweet-id="7834991160"><tweet/>.\n\n'
    "Tolls will rise by 40 per cent pic.twitter.com/x1y2z3— Port News (@portnews) "
    "March 3, 2016.\n\n"
    "Traders said the council had not consulted them before the vote on the new tolls.\n"
)


def test_an_embedded_post_is_furniture_dated_by_its_own_date_line() -> None:
    doc = _doc(POSTS)
    blocks = structure_document(doc, CorpusProfile()).blocks
    posts = [(b.kind, b.time) for b in blocks if "tweet" in doc.text[b.start : b.end]]
    assert posts == [("furniture", "July 6, 2015"), ("furniture", None)]
    signed = [b for b in blocks if "(@portnews)" in doc.text[b.start : b.end]]
    assert [(b.kind, b.time) for b in signed] == [("furniture", "March 3, 2016")]
    view = extraction_view(doc.text, blocks)
    assert "will double by summer" not in view
    assert "40 per cent" not in view
    assert "had not consulted them" in view


REACTIONS = (
    "Here is what readers told us about the harbour tolls.\n\n"
    "The council voted for the new tolls on Tuesday after a long debate.\n\n"
    "“The tolls will drive the fishermen out of the harbour for good.” ― Maria Costa\n"
    "“Nobody asked the traders before the vote. It is a disgrace.”― Paul Nyberg \n"
    "“I have sold fish on this quay for forty years and never seen anything like it, and "
    "now the council wants us to pay for the privilege of\n"
    "“The mayor should resign over the way this was handled.” ― Ines Varga.\n"
)


def test_a_page_of_signed_reader_reactions_is_comment() -> None:
    doc = _doc(REACTIONS)
    blocks = structure_document(doc, CorpusProfile()).blocks
    kinds = {doc.text[b.start : b.end].strip(): b.kind for b in blocks}
    reactions = [k for t, k in kinds.items() if t.startswith("“")]
    assert reactions == ["comment"] * 4  # the one whose signature was cut off too
    view = extraction_view(doc.text, blocks)
    assert "should resign" not in view
    assert "voted for the new tolls" in view


def test_one_speakers_sayings_signed_each_time_are_not_reader_reactions() -> None:
    sayings = (
        "The mayor's best lines from the campaign.\n\n"
        "“We will rebuild the harbour wall before the winter storms.” ― Anna Berg\n"
        "“Every trader on the quay will have a say in the tolls.” ― Anna Berg\n"
        "“The ferry will run every hour from the spring.” ― Anna Berg\n"
    )
    doc = _doc(sayings)
    blocks = structure_document(doc, CorpusProfile()).blocks
    assert not any(b.kind == "comment" for b in blocks)
