"""How a piece frames a day, not the day's news: a round-up's opener or a feature's scene.

Both the timeline (``timeline_entry.date_entry``) and the printed chronology
(``render.printed``) refuse such a sentence, for the same reason and by these same tests:

- a round-up's opener (``roundup.collective_subject``): "the leading candidates found
  themselves increasingly targeted Sunday", the field told as one, doing something
  generic that day; unless it tells an outcome ("the candidates agreed to a debate") or
  an act on someone it names ("the candidates lashed out at [the president] in a debate"):
  who attacked whom is the day's news, however the attackers are told; or an occasion
  they hold together ("the candidates debated on Tuesday night");
- a feature's scene on a private person: "Anna Pole, who answered her door Sunday and said
  she would vote," a relative clause on someone one source alone names, with no role
  (``private_persons``).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.aggregate.outcomes import OUTCOME_WEIGHT, kind_weight
from briefgen.models import Actor, EventMention
from briefgen.roundup import collective_subject
from briefgen.who_clause import WHO_NAME

__all__ = ["framing", "opener", "private_persons", "scene_clause"]


# What a field does together, as one occasion: "the candidates debated on Tuesday night" is
# that day's debate, the news itself, not a generic framing of the field's day.
_JOINT_OCCASION = frozenset({"debate", "spar", "clash", "square", "face"})


def opener(mention: EventMention) -> bool:
    """Whether ``mention`` is a round-up's opener: the field told as one for subject, no
    outcome, no occasion they hold together (a debate), and no one named after its
    predicate (its object, whom it was done to)."""
    if not collective_subject(mention) or kind_weight(mention) >= OUTCOME_WEIGHT:
        return False
    if (mention.lemma or "").lower() in _JOINT_OCCASION:
        return False
    assert mention.predicate is not None  # collective_subject reads it
    ev = mention.evidence
    after = ev.sentence[max(0, mention.predicate[0] - ev.sentence_start) :]
    return not any(name in after for name in mention.actors)


def scene_clause(mention: EventMention, private: frozenset[str]) -> bool:
    """Whether ``mention`` is a relative clause on a private person (one of ``private``):
    "Annette Smith, who answered her door Sunday afternoon and said she planned to caucus
    for X," tells a feature's scene, not the day's news, whoever X is."""
    match = WHO_NAME.match(mention.evidence.text.strip())
    return match is not None and match["name"] in private


def framing(mention: EventMention, private: frozenset[str]) -> bool:
    """Whether ``mention`` tells how a piece frames its day (an opener, a scene), not the
    day's news."""
    return scene_clause(mention, private) or opener(mention)


def private_persons(actors: Sequence[Actor]) -> frozenset[str]:
    """The names of the people one source alone names, with no role, office or
    organisation given anywhere: the voter at her door, the supporter in the crowd. (Who
    holds a role, "Flint Mayor Karen Weaver", or is named by a second source is someone
    the story may turn on.)"""
    return frozenset(
        name
        for actor in actors
        if actor.type == "person"
        and not actor.roles
        and actor.affiliation is None
        and len({m.doc for m in actor.mentions} | set(actor.sources)) == 1
        and not any(m.role for m in actor.mentions)
        for name in (actor.name, *actor.aliases)
    )
