"""Junk actor records, as the brief's JSON would list them: a word the recogniser cut from
a longer name, which is that name or nothing."""

from __future__ import annotations

import re
from typing import Any

from actor_fixtures import extract

from briefgen.aggregate.actors import resolve_actors
from briefgen.models import ActorType, Document, Extraction, Mention
from briefgen.render.json import to_data


def _doc(doc: str, text: str, spans: list[tuple[str, ActorType]]) -> Extraction:
    """A document whose recogniser found each (surface, type) at its every occurrence (the
    longest first, never inside a longer one)."""
    taken: set[int] = set()
    mentions = []
    for surface, typ in sorted(spans, key=lambda s: -len(s[0])):
        for hit in re.finditer(rf"\b{re.escape(surface)}\b", text):
            if set(range(hit.start(), hit.end())) & taken:
                continue
            taken |= set(range(hit.start(), hit.end()))
            mentions.append(Mention(doc, hit.start(), hit.end(), surface, "name", typ))
    mentions.sort(key=lambda m: m.start)
    document = Document(id=doc, source=f"{doc}.txt", format="txt", text=text, title="")
    return Extraction(document=document, mentions=tuple(mentions))


def _records(extractions: list[Extraction]) -> list[dict[str, Any]]:
    actors, _ = resolve_actors(extractions)
    return [to_data(a) for a in actors]


def _names(records: list[dict[str, Any]]) -> dict[str, str]:
    return {r["name"]: r["type"] for r in records}


def test_a_thing_in_apposition_is_no_one_s_role_or_alias(nlp: Any) -> None:
    text = (
        "“I am no natural at this,” Mrs. Pellow said in one of her debates with Mr. Brandt, "
        "a bracingly honest statement.\n\nTo her fans, it made sense.\n"
    )
    records = _records([extract(nlp, "a", text)])
    brandt = next(r for r in records if r["name"] == "Brandt")
    assert brandt["aliases"] == []
    assert brandt["roles"] == []


def test_a_name_coordinated_before_another_is_not_its_title(nlp: Any) -> None:
    text = "The host said he does not believe Khizr and Ghazala Khan should escape scrutiny.\n"
    records = _records([extract(nlp, "a", text)])
    khan = next(r for r in records if r["name"] == "Ghazala Khan")
    assert khan["roles"] == []


def test_the_corpus_s_own_publisher_named_in_its_bylines_is_no_actor() -> None:
    def page(doc: str, body: str) -> Extraction:
        return _doc(doc, body, [("Daily Lantern", "org"), ("Mara Quist", "person")])

    docs = [
        page("a", "Tom Reel, Daily Lantern News, Oslo\nMara Quist told the Daily Lantern "
                  "she would stay.\n"),
        page("b", "Mara Quist spoke on Monday.\nThe Daily Lantern is not responsible for the "
                  "content of external sites.\n"),
        page("c", "Mara Quist told the Daily Lantern the plan was ready.\n"),
    ]  # fmt: skip
    names = _names(_records(docs))
    assert "Daily Lantern" not in names
    assert "Mara Quist" in names
    # an outlet the story names, in no page's furniture, stays
    cited = [page("d", "Mara Quist told the Daily Lantern she would stay.\n"), docs[2]]
    assert "Daily Lantern" in _names(_records(cited))


def test_one_word_the_texts_head_with_an_article_is_no_person() -> None:
    text = (
        "Clubs enter the Zelandores each spring. Fans say the Zelandores is dull. "
        "Few watch the Zelandores, a league official admitted. Ilse Brandt disagreed.\n"
    )
    names = _names(
        _records([_doc("a", text, [("Zelandores", "person"), ("Ilse Brandt", "person")])])
    )
    assert names["Zelandores"] != "person"
    assert names["Ilse Brandt"] == "person"
    # a person's name before the noun it qualifies ("the Kessler trial") stays a person's
    text = (
        "The Kessler trial opened. Kessler smiled. The Kessler family sat behind. "
        "The Kessler verdict is due.\n"
    )
    assert _names(_records([_doc("b", text, [("Kessler", "person")])]))["Kessler"] == "person"


def test_a_description_counting_someone_among_others_is_no_alias(nlp: Any) -> None:
    text = "One candidate, Marta Quell, said the plan would fail.\n"
    quell = next(r for r in _records([extract(nlp, "a", text)]) if r["name"] == "Marta Quell")
    assert quell["aliases"] == []
    assert quell["roles"] == []


def test_a_first_word_cut_from_a_longer_name_makes_no_record(nlp: Any) -> None:
    text = (
        "Polls show voters fear the rise of the Islamic State, and many blame the war. "
        "Candidates rested just before Super Tuesday, when a dozen states vote. "
        "Ms. Dale moved to Jamaica Estates, Queens, the wealthy enclave.\n"
    )
    names = {m.text for m in extract(nlp, "a", text).mentions}
    assert not names & {"Islamic", "Super", "Jamaica"}
    assert "Queens" in names  # a place named whole stays


def test_a_place_before_a_title_a_name_or_a_party_noun_stays(nlp: Any) -> None:
    text = (
        "Texas Sen. Ana Ruiz spoke in Austin. A Michigan Democrat, Tom Bell, agreed. "
        "A USA TODAY analysis found the same.\n"
    )
    names = {m.text for m in extract(nlp, "a", text).mentions}
    assert {"Texas", "Michigan", "USA TODAY"} <= names
