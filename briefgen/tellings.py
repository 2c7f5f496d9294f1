"""Whether two dated sentences tell one happening: one entry, citing both sources.

Follow-up articles retell the story's events in their own words: "Dr Lane had been hired
by the singer in May" (a report of that June), "Dr Lane was hired in May by the promoters
to be the star's physician" (two years on). Their words differ too much for a likeness of
terms to match them, but a reader sees the same thing twice: the same date, the same kind
of happening (the verb the date is attached to) and a participant in common. Told under
one date, they are one entry, not two.

What tells two happenings apart is kept: a verb of saying or being matches any statement
("the minister said on Monday" twice is two statements); different figures are two counts
("two more cases were confirmed on Tuesday", "three more ..." from another region).

A participant is the actor a name stands for, not its spelling: a wire story's "World Health
Organisation (WHO)" and another's "World Health Organization" are one participant, as are
"Clinton" and "Hillary Clinton" when the corpus's records join them (``participants``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefgen.extract.clauses import REPORTING
from briefgen.models import Actor, EventMention
from briefgen.retold import figures_in

__all__ = ["participants", "same_happening"]

# Verbs that name no kind of happening of their own: being, having, doing, and saying.
_LIGHT = frozenset({"be", "have", "do", "make", "take", "get", "give", "go", "come"}) | REPORTING


def participants(actors: Sequence[Actor]) -> dict[str, str]:
    """Each name the ``actors`` are told by -> the id of the one record it stands for; a
    name two records give (an ambiguous "U.N. agency") stands for itself only."""
    ids: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            ids[name].add(actor.id)
    return {name: next(iter(owners)) for name, owners in ids.items() if len(owners) == 1}


def same_happening(a: EventMention, b: EventMention, who: Mapping[str, str] | None = None) -> bool:
    """Whether ``a`` and ``b`` tell one happening: dated alike, both as done (or both as
    planned), by the same verb (not a verb of saying or being), naming a participant in
    common (``who``: the record each name stands for; without it, the names as written),
    and giving no different figures."""
    if a.date != b.date or a.scheduled != b.scheduled or not _common(a, b, who or {}):
        return False  # a plan is no second report of what it announced
    verb = _verb(a)
    if verb is None or verb != _verb(b):
        return False
    figures = (figures_in(_undated(a)), figures_in(_undated(b)))
    return not all(figures) or figures[0] == figures[1]


def _common(a: EventMention, b: EventMention, who: Mapping[str, str]) -> bool:
    """Whether ``a`` and ``b`` name an actor in common, however each spells it."""
    return bool({who.get(n, n) for n in a.actors} & {who.get(n, n) for n in b.actors})


def _verb(mention: EventMention) -> str | None:
    """The lemma of the word the mention's date is attached to ("hired", "hiring" ->
    "hire"), or None when it is a light verb or unknown."""
    lemma = mention.lemma
    if lemma is None or not lemma.isalpha() or lemma in _LIGHT:
        return None
    return lemma


def _undated(mention: EventMention) -> str:
    """The sentence without its date's words (a day's number is no figure of the news)."""
    return mention.evidence.sentence.replace(mention.timex.text, " ")
