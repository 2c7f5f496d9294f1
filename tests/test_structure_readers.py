"""Debate pages, blog comment replies and wire photo captions: never read as the article."""

from __future__ import annotations

from briefgen.models import Document
from briefgen.structure import extraction_view, structure_document
from briefgen.structure.profile import CorpusProfile


def _doc(text: str) -> Document:
    return Document(id="a.txt", source="a.txt", format="txt", text=text, title="")


def _kinds(doc: Document, common: frozenset[str] = frozenset()) -> dict[str, str]:
    blocks = structure_document(doc, CorpusProfile(common=common)).blocks
    return {doc.text[b.start : b.end]: b.kind for b in blocks}


# A debate page: a short intro, questions to readers, then comments each signed
# "Name, Town, Region", some signatures run into the next comment's first sentence.
DEBATE = (
    "Should the city ban cars from the centre?\n"
    "The council will vote on a plan to close the old town to traffic next month.\n"
    "Supporters say the air would be cleaner within a year.\n"
    "What do you think?\n"
    "This debate is now closed.\n"
    "The buses are already full every morning.\n"
    "Nobody has asked how the shops will get their deliveries.\n"
    "Ann Marsh, Ripon, North Yorkshire.\n"
    "I cycle to work and the traffic frightens me every day.\n"
    "Closing the centre would save lives.\n"
    "Tom Reyes, Bristol, UK Why not try it for a summer first?\n"
    "The council never listens anyway.\n"
    "Lena Park, Galway, Ireland It worked in my home town years ago.\n"
    "The mayor announced the plan in May.\n"
)


def test_a_debate_pages_signed_comments_are_comments() -> None:
    doc = _doc(DEBATE)
    kinds = _kinds(doc)
    assert kinds["Closing the centre would save lives."] == "comment"
    assert kinds["The mayor announced the plan in May."] == "comment"
    assert kinds["Tom Reyes, Bristol, UK Why not try it for a summer first?"] == "comment"
    view = extraction_view(doc.text, structure_document(doc).blocks)
    assert "The council will vote on a plan" in view
    assert "deliveries" not in view and "Ann Marsh" not in view


def test_names_listed_with_commas_are_not_signatures() -> None:
    text = DEBATE.replace("This debate is now closed.\n", "")
    text = (
        text.replace("Ann Marsh, Ripon, North Yorkshire.", "Ann Marsh, Tom Reyes and others agree.")
        .replace("Tom Reyes, Bristol, UK Why", "Tom Reyes, Ann Marsh and Lena Park ask why")
        .replace("Lena Park, Galway, Ireland It", "Lena Park, Tom Reyes and Ann Marsh say it")
    )
    kinds = _kinds(_doc(text))
    assert kinds["The mayor announced the plan in May."] == "body"


def test_a_reply_to_a_blog_comment_and_what_follows_are_comments() -> None:
    text = (
        "Markets and the flu\n"
        "Stocks fell on Monday as investors weighed the outbreak.\n"
        "Airline shares lost the most, traders said.\n"
        "Oil prices slipped for a second day.\n"
        "Re: Posted by Sam-May 1st, 2009 -- 4:59 pm GMT I agree, it is all hype.\n"
        "So today the ministry reports that the worst is over.\n"
    )
    kinds = _kinds(_doc(text))
    assert kinds["So today the ministry reports that the worst is over."] == "comment"
    assert kinds["Oil prices slipped for a second day."] == "body"


def test_wire_photo_captions_in_the_text_are_captions() -> None:
    text = (
        "Masks sell out\n"
        "Pharmacies ran out of face masks on Friday, the health ministry said.\n"
        "A woman wears a mask on a bus in Lima April 24, 2009.\n"
        "Officials (L) and doctors (R) tour a ward in Quito, May 19, 2009.\n"
        "Piglets feed at a farm near Suining, Sichuan province April 27, 2009.\n"
        "The outbreak began in the capital on April 24, 2009.\n"
        "Her grandfather was killed in Flanders October 26, 1917.\n"
    )
    kinds = _kinds(_doc(text))
    assert kinds["A woman wears a mask on a bus in Lima April 24, 2009."] == "caption"
    assert kinds["Officials (L) and doctors (R) tour a ward in Quito, May 19, 2009."] == "caption"
    assert (
        kinds["Piglets feed at a farm near Suining, Sichuan province April 27, 2009."] == "caption"
    )
    # prose dates an event with a preposition; a past tense is a record, not a picture
    assert kinds["The outbreak began in the capital on April 24, 2009."] == "body"
    assert kinds["Her grandfather was killed in Flanders October 26, 1917."] == "body"


def test_a_page_many_times_the_corpus_median_is_noted_not_dropped() -> None:
    from briefgen.structure.sieve import sieve

    towns = ["Leeds", "Derby", "Exeter", "Bangor", "Dundee"]
    docs = [
        Document(
            id=f"d{i}.txt",
            source=f"d{i}.txt",
            format="txt",
            text=f"Officials in {town} said on Monday that {i + 2} schools would stay closed.\n"
            f"The {town} council will meet again on Friday to review the closures.\n",
            title="",
        )
        for i, town in enumerate(towns)
    ]
    posts = "".join(
        f"Today the ministry reported {n} more cases in district {n % 7} of the capital.\n"
        for n in range(60)
    )
    docs.append(
        Document(id="archive.txt", source="archive.txt", format="txt", text=posts, title="")
    )
    sieved = sieve(docs)
    assert "archive.txt" in {d.id for d in sieved.documents}
    noted = [n for n in sieved.notes if n.doc == "archive.txt"]
    assert len(noted) == 1 and "relative dates" in noted[0].message
    assert not any(n.doc.startswith("d") for n in sieved.notes)
