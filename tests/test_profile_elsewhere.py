"""A name the story's pages hardly use is no principal because pages about something else
name it often: a senator in a foreign visit's report and a bank hearing's, in a month of
campaign news, is not profiled unless the brief has something of theirs to show."""

from __future__ import annotations

import re

from position_fixtures import race_brief, said_on

from briefgen.models import Actor, Block, Brief, Document, Mention, Position
from briefgen.render.context import prepare_views

# Fifteen reports on a race (the candidate in all, her rival in six), and three on other
# subjects, each naming a senator three times and never the race.
_RACE = "Ann Quint held a rally in Marlow on Monday. Quint said the race was close."
_RIVAL = " Tom Reed answered her in Avon. Reed said the polls were wrong."
_ELSEWHERE = (
    ("A minister's visit", "Senator Jo Blake met the visiting minister. Blake praised the "
     "reforms. Blake will travel to the region in the spring."),
    ("Bank hearing", "Senator Jo Blake questioned the bank's chief. Blake pressed on fees. "
     "Blake has long led the committee."),
    ("Farm bill", "Senator Jo Blake backed the farm bill. Blake won over two colleagues. "
     "Blake expects a vote soon."),
)  # fmt: skip
_NAMES = {"Ann Quint": "q", "Quint": "q", "Tom Reed": "r", "Reed": "r", "Jo Blake": "b"}
_NAMES |= {"Blake": "b"}


def _sources(mentions: list[Mention]) -> tuple[str, ...]:
    return tuple(sorted({m.doc for m in mentions}))


def _brief(said_by_blake: bool = False) -> Brief:
    stories = [(f"Rally {n}", _RACE + (_RIVAL if n < 6 else "")) for n in range(15)]
    docs = []
    for n, (headline, body) in enumerate([*stories, *_ELSEWHERE]):
        text = f"{headline}\n\n{body}"
        blocks = (Block(0, len(headline), "headline"), Block(len(headline) + 2, len(text), "body"))
        docs.append(
            Document(f"d{n}", f"d{n}.txt", "txt", text, headline, "2016-09-05", blocks=blocks)
        )
    mentions: dict[str, list[Mention]] = {aid: [] for aid in _NAMES.values()}
    for d in docs:
        for name, aid in _NAMES.items():
            for hit in re.finditer(rf"(?<!Ann )(?<!Tom )(?<!Jo )\b{name}\b", d.text):
                if hit.start() >= d.blocks[0].end:
                    kind = "name" if " " in name else "surname"
                    mentions[aid].append(
                        Mention(d.id, hit.start(), hit.end(), name, kind, "person", None)
                    )
    full = {"q": "Ann Quint", "r": "Tom Reed", "b": "Jo Blake"}
    actors = tuple(
        Actor(aid, full[aid], "person", mentions=tuple(ms), sources=_sources(ms))
        for aid, ms in mentions.items()
    )

    def said(doc: Document, aid: str, content: str) -> Position:
        return said_on(doc, aid, full[aid], content)

    positions = [said(d, "q", "the race was close") for d in docs[:15]]
    positions += [said(d, "r", "the polls were wrong") for d in docs[:6]]
    if said_by_blake:
        # a report on the race quotes the senator on it
        doc = docs[0]
        text = f"{doc.text} Jo Blake said the race was far from over."
        docs[0] = Document(
            doc.id, doc.source, doc.format, text, doc.title, doc.date, blocks=doc.blocks
        )
        at = text.index("Jo Blake")
        actors = tuple(
            a if a.id != "b" else Actor(
                "b", "Jo Blake", "person",
                mentions=(*a.mentions, Mention(doc.id, at, at + 8, "Jo Blake", "name", "person")),
                sources=tuple(sorted({*a.sources, doc.id})),
            )
            for a in actors
        )  # fmt: skip
        positions.append(said(docs[0], "b", "the race was far from over"))
    return race_brief(docs, actors, positions, ("quint",))


def test_a_name_only_pages_about_something_else_use_is_not_profiled() -> None:
    views = prepare_views(_brief()).actors
    assert [v.actor.name for v in views if v.profiled] == ["Ann Quint", "Tom Reed"]
    # still listed among those the sources name
    assert "Jo Blake" in [v.actor.name for v in views]


def test_quoted_on_the_story_it_keeps_its_profile() -> None:
    views = prepare_views(_brief(said_by_blake=True)).actors
    assert "Jo Blake" in [v.actor.name for v in views if v.profiled]
