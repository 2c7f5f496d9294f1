"""A neighbouring story's sentence is neither a timeline line nor a chronology entry: a
page led by a name the story hardly knows (a firm's layoffs "despite criticism from" a
candidate) tells its own news, with the story's principals as critics or the stakes.
What a principal does on such a page (its subject, its object, the clause a verb of saying
reports), a page whose headline names the story, a query's words, and a happening another
source tells too, stay.

The corpus is invented: two candidates and a senate named on every page, and one page on
a firm.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from briefgen.models import Actor, Event, EventMention, Evidence, Mention, Timex
from briefgen.neighbours import Neighbours
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences
from briefgen.timeline_context import TimelineContext

_VALE, _ROSS = "Ann Vale", "Ben Ross"
# The other pages: each names both candidates, as a campaign's coverage does.
_CAMPAIGN = "Ann Vale and Ben Ross spoke in the Senate. Vale said she would win."
_PAGES = 12
_FIRM = "f"
_HEADLINE = "Acme cuts jobs at its plant"
_LEDE = (
    "Acme on Wednesday began laying off 300 workers at its plant, despite criticism from Ann Vale."
)


def _page(lede: str) -> str:
    """The firm's page: its lede, then three more sentences naming the firm."""
    return f"{lede} Acme said the cuts were final. Acme shares rose. Acme makes biscuits."


def _texts(lede: str) -> dict[str, str]:
    return {**{f"p{n}": _CAMPAIGN for n in range(_PAGES)}, _FIRM: _page(lede)}


def _actors(texts: dict[str, str]) -> list[Actor]:
    """Each name's actor, its mentions found in ``texts``."""
    out = []
    for n, (name, kind) in enumerate(
        (
            (_VALE, "person"),
            (_ROSS, "person"),
            ("Senate", "org"),
            ("Acme", "org"),
        )
    ):
        pattern = re.compile(rf"{name}|{name.split()[-1]}")
        mentions = tuple(
            Mention(doc, m.start(), m.end(), m.group(), "name", kind)  # type: ignore[arg-type]
            for doc, text in texts.items()
            for m in pattern.finditer(text)
        )
        out.append(
            Actor(
                f"a{n}",
                name,
                kind,  # type: ignore[arg-type]
                mentions=mentions,
                sources=tuple(sorted({m.doc for m in mentions})),
            )
        )
    return out


def _mention(doc: str, text: str, verb: str) -> EventMention:
    sentence = text[: text.index(".") + 1]
    at, head = sentence.index("Wednesday"), sentence.index(verb)
    return EventMention(
        id=f"m-{doc}",
        doc=doc,
        date="2016-03-23",
        timex=Timex(at, at + 9, "Wednesday", "DATE", "2016-03-23"),
        description=sentence,
        evidence=Evidence(doc, 0, len(sentence), sentence, sentence, 0),
        predicate=(head, head + len(verb)),
        lemma=verb,
    )


def _held(
    lede: str,
    verb: str,
    *,
    headline: str = _HEADLINE,
    also: str | None = None,
    query: re.Pattern[str] | None = None,
) -> bool:
    """Whether the firm's lede ``lede`` (dated Wednesday at ``verb``) is a neighbouring
    story's; ``also``: the page that tells it too."""
    texts = _texts(lede)
    mentions = [_mention(_FIRM, texts[_FIRM], verb)]
    if also is not None:
        mentions.append(_mention(also, texts[_FIRM], verb))
    event = Event("e1", "2016-03-23", lede, tuple(mentions), tuple(m.doc for m in mentions))
    titles = {doc: headline if doc == _FIRM else "Campaign" for doc in texts}
    neighbours = Neighbours.of(_actors(texts), [event], texts, titles, query)
    return neighbours.holds(mentions[0])


def test_a_firm_s_news_with_a_candidate_as_its_critic_is_a_neighbouring_story() -> None:
    assert _held(_LEDE, "began")


def test_a_candidate_as_the_subject_or_object_of_the_dated_verb_is_the_story() -> None:
    assert not _held("Ann Vale on Wednesday visited the plant of Acme.", "visited")
    assert not _held("Acme on Wednesday hired Ann Vale as an adviser.", "hired")


def test_a_body_of_the_story_as_the_occasion_is_the_story() -> None:
    assert not _held("Acme on Wednesday told a rally at the Senate of its plans.", "told")
    assert _held("Acme on Wednesday told a rally near the Senate of its plans.", "told")


def test_a_candidate_in_the_clause_a_verb_of_saying_reports_is_the_story() -> None:
    assert not _held("Acme said Wednesday that Ann Vale had called.", "said")


def test_a_page_headlined_on_the_story_is_no_neighbour() -> None:
    assert not _held(_LEDE, "began", headline="Vale fights Acme job cuts")
    # a candidate named as an owner, or a place where it happened, makes no such headline
    assert _held(_LEDE, "began", headline="Vale's critics and Acme")


def test_a_happening_another_source_tells_too_is_borne_out() -> None:
    assert not _held(_LEDE, "began", also="p0")


def test_with_a_query_a_sentence_naming_its_words_is_the_story() -> None:
    lede = "Acme on Wednesday began laying off 300 workers over the biscuit tax."
    assert _held(lede, "began", query=re.compile("pension"))
    assert not _held(lede, "began", query=re.compile("biscuit tax"))


def test_a_page_naming_the_candidates_as_often_as_the_firm_is_no_neighbour() -> None:
    lede = "Acme on Wednesday began laying off workers, whom Vale, Vale, Vale and Vale met."
    assert not _held(lede, "began")


def test_a_small_corpus_tells_no_neighbour() -> None:
    texts = {"p0": _CAMPAIGN, _FIRM: _page(_LEDE)}
    mention = _mention(_FIRM, texts[_FIRM], "began")
    event = Event("e1", "2016-03-23", _LEDE, (mention,), (_FIRM,))
    titles = {"p0": "Campaign", _FIRM: _HEADLINE}
    assert not Neighbours.of(_actors(texts), [event], texts, titles).holds(mention)


def _neighbours() -> tuple[Neighbours, EventMention, dict[str, str]]:
    texts = _texts(_LEDE)
    mention = _mention(_FIRM, texts[_FIRM], "began")
    event = Event("e1", "2016-03-23", _LEDE, (mention,), (_FIRM,))
    titles = {doc: _HEADLINE if doc == _FIRM else "Campaign" for doc in texts}
    return Neighbours.of(_actors(texts), [event], texts, titles), mention, texts


def test_the_chronology_prints_no_neighbouring_story() -> None:
    neighbours, mention, texts = _neighbours()
    event = Event("e1", "2016-03-23", _LEDE, (mention,), (_FIRM,))
    day = date(2016, 3, 24)
    common = {
        "texts": texts,
        "first": date(2016, 3, 1),
        "latest": day,
        "published": dict.fromkeys(texts, day),
    }
    assert told_sentences([event], None, Printing(**common))  # type: ignore[arg-type]
    kept = Printing(**common, neighbours=neighbours)  # type: ignore[arg-type]
    assert not told_sentences([event], None, kept)


def test_the_timeline_shows_no_neighbouring_story() -> None:
    neighbours, mention, _ = _neighbours()
    plain = TimelineContext({}, {}, None, frozenset(), {}, (), None)
    assert plain.shown(mention, "2016-03-23") is not None
    context = TimelineContext({}, {}, None, frozenset(), {}, (), None, neighbours=neighbours)
    assert context.shown(mention, "2016-03-23") is None


class _Counted(list[tuple[int, int, str]]):
    """A page's spans, counting each one read by iterating them."""

    read = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for span in super().__iter__():
            self.read += 1
            yield span


def _on_a_long_page(lede: str, verb: str) -> tuple[bool, int]:
    """Whether ``lede`` is a neighbouring story's on a page of 300 more sentences naming
    the firm, and how many of the page's mentions were read one by one to say so."""
    texts = _texts(lede)
    texts[_FIRM] += " Acme makes biscuits." * 300
    mention = _mention(_FIRM, texts[_FIRM], verb)
    event = Event("e1", "2016-03-23", lede, (mention,), (_FIRM,))
    titles = {doc: _HEADLINE if doc == _FIRM else "Campaign" for doc in texts}
    neighbours = Neighbours.of(_actors(texts), [event], texts, titles)
    spans = _Counted(neighbours.spans[_FIRM])
    assert len(spans) > 300
    counted = replace(neighbours, spans={**neighbours.spans, _FIRM: spans})
    return counted.holds(mention), spans.read


def test_a_long_page_s_sentence_is_judged_by_the_mentions_near_it_alone() -> None:
    # the answers of a short page; on main each sentence read the page's every mention
    # (over 300, three times), where it reads the few its span and the verb's reach hold
    assert _on_a_long_page(_LEDE, "began") == (True, 0)
    assert _on_a_long_page("Acme on Wednesday hired Ann Vale as an adviser.", "hired") == (False, 0)
    at_senate = "Acme on Wednesday told a rally at the Senate of its plans."
    assert _on_a_long_page(at_senate, "told") == (False, 0)
    near_senate = "Acme on Wednesday told a rally near the Senate of its plans."
    assert _on_a_long_page(near_senate, "told") == (True, 0)
    assert _on_a_long_page("Acme said Wednesday that Ann Vale had called.", "said") == (False, 0)


def test_a_corpus_of_many_stories_has_no_neighbour() -> None:
    """A desk's week of company reports: most pages are led by their own firm, so none is
    the neighbour of a story, and each page's news stays for the timeline and chronology."""
    firms = ("Acme", "Bolt", "Crest", "Dune", "Elm", "Fenn", "Gale", "Hale", "Isle", "Jura")
    texts = {f"f{n}": f"{firm} on Wednesday began laying off workers. {firm} said so. "
             f"{firm} shares rose. Ann Vale and Ben Ross spoke in the Senate."
             for n, firm in enumerate(firms)}  # fmt: skip
    texts |= {"p0": _CAMPAIGN, "p1": _CAMPAIGN}
    actors = _actors(texts) + [
        Actor(
            f"x{n}",
            firm,
            "org",
            mentions=tuple(
                Mention(f"f{n}", m.start(), m.end(), firm, "name", "org")
                for m in re.finditer(firm, texts[f"f{n}"])
            ),
            sources=(f"f{n}",),
        )
        for n, firm in enumerate(firms)
    ]
    mention = _mention("f0", texts["f0"], "began")
    event = Event("e1", "2016-03-23", texts["f0"], (mention,), ("f0",))
    neighbours = Neighbours.of(actors, [event], texts, dict.fromkeys(texts, ""))
    assert neighbours.many
    assert not neighbours.holds(mention)
    # the same firm's page among a campaign's coverage is a neighbour (``_held``)
    assert _held(_LEDE, "began")
