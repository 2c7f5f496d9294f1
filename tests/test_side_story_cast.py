"""Who a neighbouring story's page names beside its lead is that story's cast: their
mentions there do not make them principals of this one, however many add up."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from briefgen.aggregate.profiles import beside_story, profile_order
from briefgen.models import Actor, Block, Brief, Document, Evidence, Mention, Position, Summary

# Eighty reports on a race: the candidate and her rival in each. A debate's moderator,
# named twice in three of them, never quoted. A senator whom two pages on other stories
# (a visiting premier's talks, a bank chief's hearing) name three times and quote, and one
# report on the race names once.
_FILLER = "Ann Quint held a rally on Monday. Quint said the race was close. Ben Hale disagreed."
_PAGES = {
    1: ("Debate night", "Lu Park will moderate the debate. Park has moderated before."),
    2: ("Debate rules", "Lu Park set the rules on Tuesday. Park said little else."),
    3: ("Debate review", "Lu Park kept time well. Park was praised by both sides."),
    4: ("Senate races", "Ann Quint campaigned with Senator Jo Blake on Monday."),
    5: (
        "Premier Osk visits the capital",
        "Mara Osk arrived on Monday. Osk met Jo Blake on Tuesday. Blake said the talks went "
        "well. Osk thanked Blake. Osk left on Wednesday. Blake waved her off.",
    ),
    6: (
        "Bank chief grilled",
        "Ivo Dent testified on Tuesday. Senator Jo Blake questioned Dent. Blake said the bank "
        "had failed its clients. Dent apologised. Dent resigned a day later. Blake welcomed it.",
    ),
}
_NAMES = {"Ann Quint": "q", "Quint": "q", "Ben Hale": "h", "Lu Park": "p", "Park": "p"}
_NAMES |= {"Jo Blake": "b", "Blake": "b", "Mara Osk": "o", "Osk": "o", "Ivo Dent": "i"}
_NAMES |= {"Dent": "i"}


def _documents() -> list[Document]:
    docs = []
    for n in range(80):
        headline, lede = _PAGES.get(n, (f"Rally {n}", ""))
        # (the race's pages name the moderator and the senator after their lede)
        body = lede if n in (5, 6) else f"{_FILLER}\n\n{lede}" if lede else _FILLER
        text = f"{headline}\n\n{body}"
        blocks = (Block(0, len(headline), "headline"), Block(len(headline) + 2, len(text), "body"))
        docs.append(
            Document(f"d{n}", f"d{n}.txt", "txt", text, headline, "2016-09-05", blocks=blocks)
        )
    return docs


def _brief() -> Brief:
    docs = _documents()
    found: dict[str, list[Mention]] = {aid: [] for aid in _NAMES.values()}
    for d in docs:
        for name, aid in _NAMES.items():
            for hit in re.finditer(rf"(?<![A-Z][a-z] )\b{name}\b(?! [A-Z])", d.text):
                if hit.start() >= d.blocks[0].end:  # headlines are not read for actors
                    kind = "name" if " " in name else "surname"
                    found[aid].append(Mention(d.id, hit.start(), hit.end(), name, kind, "person"))
    full = {aid: next(n for n, a in _NAMES.items() if a == aid and " " in n) for aid in found}
    actors = tuple(
        Actor(
            aid, full[aid], "person", mentions=tuple(ms), sources=tuple(sorted({m.doc for m in ms}))
        )
        for aid, ms in found.items()
    )

    def said(doc: Document, aid: str, content: str) -> Position:
        at = doc.text.index(content)
        ev = Evidence(doc.id, at, at + len(content), content, content, at)
        return Position(
            f"p-{doc.id}-{aid}", doc.id, full[aid], aid, None, content, at, at + len(content),
            "reported", "said", ev, attribution="cue",
        )  # fmt: skip

    positions = [said(d, "q", "the race was close") for d in docs if "race was close" in d.text]
    positions += [said(docs[5], "b", "the talks went well"), said(docs[6], "b", "the bank")]
    return Brief(
        title="The race",
        generated_at=datetime(2016, 9, 8, tzinfo=UTC),
        period=("2016-09-05", "2016-09-05"),
        documents=tuple(docs),
        events=(),
        timeline=(),
        actors=actors,
        positions=tuple(positions),
        summary=Summary(bottom_line=None),
        query=(),
    )


def test_a_neighbouring_storys_cast_is_not_counted_from_its_pages() -> None:
    brief = _brief()
    aside = beside_story(brief.actors, brief.events, brief.documents, brief.query)
    # the senator's two pages on other stories; their leads keep theirs, and the race's
    # own actors keep every page
    assert aside == {"b": frozenset({"d5", "d6"})}


def test_the_moderator_of_the_story_ranks_above_a_senator_of_side_stories() -> None:
    brief = _brief()
    texts = {d.id: d.text for d in brief.documents}
    ranked = profile_order(brief.actors, (), brief.positions, (), texts, brief.documents)
    order = [a.id for a in ranked]
    # (counting the side stories' pages, the senator, quoted on two of them, came first)
    assert order.index("p") < order.index("b")
