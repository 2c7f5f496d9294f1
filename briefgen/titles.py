"""The brief's title when the user gives none: the principals the most sources talk
about, "A, B and C", each written as the sources write it in a sentence.

A title is what an editor would call the brief, so it names the story's principals by the
tests the profiles apply: not a town or a region named as where things happened, not a
name every source gives once in passing (a house nickname beside the formal name, "the
Marlow exchange" once in each market report), not a country few sources name (where
things are, the publisher's home), not a body named only as the one asked, told or
reported to. Such
actors fill the title only when fewer than three principals are left.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefgen.models import Actor, Document

__all__ = ["default_title"]

# Names in the title: "A, B and C".
TITLE_NAMES = 3


def default_title(
    actors: Sequence[Actor],
    texts: Mapping[str, str] | None = None,
    documents: Mapping[str, Document] | None = None,
) -> str:
    """A title from the three principals the most sources talk about: "A, B and C", each
    written as the sources write it in a sentence ("the United States", "the Taliban").
    ``documents``: the corpus's documents by id, for the principals' tests (without them
    every actor is taken for one)."""
    texts = texts or {}
    ranked = sorted(actors, key=lambda a: (-len(a.sources), -len(a.mentions), a.name))
    if documents is not None:
        ranked = _principals_first(ranked, texts, documents)
    names = [_as_written(a, texts) for a in ranked[:TITLE_NAMES]]
    if not names:
        return "Briefing"
    title = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return title[:1].upper() + title[1:]


def _principals_first(
    ranked: Sequence[Actor], texts: Mapping[str, str], documents: Mapping[str, Document]
) -> list[Actor]:
    """The first ``TITLE_NAMES`` principals of ``ranked``, then the others in their order
    (the tests are asked down the ranking only until the title has its principals)."""
    first: list[Actor] = []
    others: list[Actor] = []
    for n, actor in enumerate(ranked):
        if len(first) == TITLE_NAMES:
            return first + others + list(ranked[n:])
        (first if _principal(actor, texts, documents) else others).append(actor)
    return first + others


def _principal(actor: Actor, texts: Mapping[str, str], documents: Mapping[str, Document]) -> bool:
    """Whether the actor is one of the story's principals as the profiles tell them: a
    person, a body, or a country that is the story's ground (named by ``GROUND_SHARE`` of
    the sources: where the bombs went off; not a town, nor the publisher's country named
    now and then), named more than in passing or in history by some source, and not
    only as the one addressed nor only as a venue (the exchange of the price lines)."""
    from briefgen.aggregate.countries import state_name
    from briefgen.aggregate.salience import background_sources, passing_sources
    from briefgen.aggregate.stand_ins import GROUND_SHARE, named_as_addressee, named_as_venue

    if actor.type == "state" and not (
        state_name(actor.name) and len(set(actor.sources)) >= GROUND_SHARE * len(documents)
    ):
        return False
    if passing_sources(actor) | background_sources(actor, documents) >= set(actor.sources):
        return False
    return not (named_as_addressee(actor, texts) or named_as_venue(actor, texts))


def _without_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


# A name the sources write after "the" at least this often (and twice, where they write it
# twice) takes it in the title.
_THE_SHARE = 0.5


def _as_written(actor: Actor, texts: Mapping[str, str]) -> str:
    """``actor``'s name with the article its own mentions take: "United States" is read
    "the United States" where the sources write it so; a person's name never takes one."""
    if actor.type == "person" or actor.name.lower().startswith("the "):
        return actor.name
    # its full name's mentions ("United States", not "U.S. officials" or "America"),
    # where it has some
    # (a body the sources name only by its acronym, by those: "the FBI")
    named = [m for m in actor.mentions if m.kind == "name"] or [
        m for m in actor.mentions if m.kind == "acronym"
    ]
    full = [m for m in named if _without_the(m.text).lower() == actor.name.lower()]
    named = full if len(full) >= 2 else named
    after_the = sum(
        texts.get(m.doc, "")[max(0, m.start - 4) : m.start].lower() == "the "
        or m.text.lower().startswith("the ")
        for m in named
    )
    # a body the sources name in full once, after "the", and otherwise by its acronym
    # ("the Marlow Union", then "MU officials"): the one full mention decides
    if after_the >= min(2, len(named)) and after_the >= _THE_SHARE * len(named) and named:
        return "the " + actor.name
    return actor.name
