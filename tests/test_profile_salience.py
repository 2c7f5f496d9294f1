"""Who gets a profile: the actors of the period's stories, not names recalled in passing."""

from __future__ import annotations

import re

from position_fixtures import race_brief, said_on

from briefgen.models import Actor, Block, Brief, Document, Mention, Position
from briefgen.render.context import prepare_views

# A small corpus of fifteen articles on a race: the candidate in all of them; a running
# mate whose pick one article leads with and quotes; a past nominee recalled in three
# articles' history; a senator named once, in passing, in three others.
_FILLER = "Ann Quint held a rally on Monday. Quint said the race was close. "
_STORIES = {
    1: (
        "Quint picks Vole",
        "Tom Vole accepted the offer to join the ticket on Monday. Vole said he was honoured. "
        "Quint praised Vole at the rally.",
    ),
    2: ("Polls tighten", "Back in 1996, Al Reed won the state by ten points."),
    3: ("Swing states", "The state went for Al Reed in 1996, and has swung since."),
    4: ("A map", "Al Reed carried it in 1996 by a wide margin."),
    5: ("Vermont poll", "Her best showing is in Vermont, home to Senator Jo Blake."),
    6: ("Third parties", "The runner-up, Senator Jo Blake, has not endorsed anyone."),
    7: ("Youth vote", "Many young voters had backed Senator Jo Blake earlier."),
}
_NAMES = {"Ann Quint": "q", "Quint": "q", "Tom Vole": "v", "Vole": "v", "Al Reed": "r"}
_NAMES |= {"Jo Blake": "b", "Lena Dorr": "d", "Dorr": "d"}
# A feature on another subject: an exiled economist, in the headline and the lede, quoted,
# and never a word of the race.
_FEATURE = (
    "Dorr's long exile",
    "Lena Dorr teaches economics at a small college. Dorr said she would go home one day. "
    "Dorr left her country twenty years ago.",
)


def _documents(feature: bool = False) -> list[Document]:
    docs = []
    for n in range(16 if feature else 15):
        headline, lede = _STORIES.get(n, (f"Rally {n}", ""))
        if n == 15:
            headline, lede = _FEATURE
        body = _FEATURE[1] if n == 15 else f"{lede}\n\n{_FILLER}" if lede else _FILLER
        text = f"{headline}\n\n{body}"
        start = len(headline) + 2
        blocks = (Block(0, len(headline), "headline"), Block(start, len(text), "body"))
        docs.append(
            Document(f"d{n}", f"d{n}.txt", "txt", text, headline, "2016-09-05", blocks=blocks)
        )
    return docs


def _brief(query: tuple[str, ...] = ("quint",), feature: bool = False) -> Brief:
    docs = _documents(feature)
    mentions: dict[str, list[Mention]] = {aid: [] for aid in _NAMES.values()}
    for d in docs:
        for name, aid in _NAMES.items():
            for hit in re.finditer(rf"\b{name}\b(?! \w*[A-Z])", d.text):
                before = d.text[max(0, hit.start() - 4) : hit.start()]
                given = re.search(r"(Ann|Tom|Al|Jo) $", before)
                # headlines are not read for actors
                if (" " in name or not given) and d.blocks[0].end <= hit.start():
                    kind = "name" if " " in name else "surname"
                    mentions[aid].append(
                        Mention(d.id, hit.start(), hit.end(), name, kind, "person", None)
                    )
    full = {aid: next(n for n, a in _NAMES.items() if a == aid and " " in n) for aid in mentions}
    mentions = {aid: ms for aid, ms in mentions.items() if ms}
    actors = tuple(
        Actor(
            aid, full[aid], "person", mentions=tuple(ms), sources=tuple(sorted({m.doc for m in ms}))
        )
        for aid, ms in mentions.items()
    )

    def said(doc: Document, aid: str, content: str) -> Position:
        return said_on(doc, aid, full[aid], content)

    positions = [said(d, "q", "the race was close") for d in docs[:15]]
    positions.append(said(docs[1], "v", "he was honoured"))
    if feature:
        positions.append(said(docs[15], "d", "she would go home one day"))
    return race_brief(docs, actors, positions, query)


def test_the_subject_of_one_article_is_profiled_and_names_recalled_in_passing_are_not() -> None:
    views = prepare_views(_brief()).actors
    profiled = [v.actor.name for v in views if v.profiled]
    # one source, but its headline and lede are about him and it quotes him; three sources
    # each, but only history ("in 1996") or a passing "home to", make no principal
    assert profiled == ["Ann Quint", "Tom Vole"]


def test_built_without_a_query_the_subject_of_a_feature_on_another_story_is_no_principal() -> None:
    # The race's story is what most sources name (Quint); the one feature that never names
    # it leads with and quotes an economist: that makes her no principal of this corpus,
    # while the running mate, whose pick one article on the race tells, keeps his profile.
    views = prepare_views(_brief(query=(), feature=True)).actors
    assert [v.actor.name for v in views if v.profiled] == ["Ann Quint", "Tom Vole"]


def test_a_name_only_in_sentences_of_history_weighs_less_than_a_passing_present_one() -> None:
    from briefgen.aggregate.actors import profile_order

    brief = _brief()
    texts = {d.id: d.text for d in brief.documents}
    ranked = profile_order(brief.actors, (), brief.positions, brief.query, texts, brief.documents)
    # (by name alone, "Al Reed" would go first)
    assert [a.name for a in ranked] == ["Ann Quint", "Tom Vole", "Jo Blake", "Al Reed"]


def test_a_sentence_recalling_history_is_background_and_a_changed_text_is_read_again() -> None:
    from briefgen.aggregate.salience import is_background

    old = "Dole won the nomination in 1996. Trump spoke in Ohio on Monday."
    mention = Mention("d1", 0, 4, "Dole", "name", "person", None)
    doc = Document("d1", "d1.txt", "txt", old, "Rally", "2016-09-05")
    assert is_background(mention, {"d1": doc})
    now = Mention("d1", old.index("Trump"), old.index("Trump") + 5, "Trump")
    assert not is_background(now, {"d1": doc})
    # the same document id and offsets, its text changed (a rebuild's corrected page):
    # what the earlier text said is not remembered for it
    changed = Document("d1", "d1.txt", "txt", old.replace("1996", "2016"), "Rally", "2016-09-05")
    assert not is_background(mention, {"d1": changed})
    # the article's own year moved back: 1996 is no longer two years before it
    earlier = Document("d1", "d1.txt", "txt", old, "Rally", "1997-01-05")
    assert not is_background(mention, {"d1": earlier})
