"""A round-up's opener: the field told as one, doing something generic that day.

Multi-candidate wire round-ups open on a summary of the whole field: "With voters four
weeks away, the leading candidates found themselves increasingly targeted Sunday by
challengers", "One week before the vote, the candidates began making their final pitches
Monday". The facts (who said what of whom, which endorsement, which result) follow in the
next paragraphs. The opener is cleanly dated and names the story's parties, so it reads
like the day's event, but it tells no one's act: its subject is a class of contestants
with no name in it. A reader takes it for the piece's framing. Such a sentence is a
detail of its day (shown only when its day has nothing else), unless it tells an outcome
("the candidates agreed to a debate"): read from the clause's own subject, no topic named.
"""

from __future__ import annotations

import re

from briefgen.models import EventMention
from briefgen.when import MONTHS, WEEKDAY_NAMES

__all__ = ["collective_subject"]

# The plural nouns a round-up calls the field by: the contestants and their campaigns.
# Not "leaders" or "lawmakers": a body that acts as one ("European leaders met Monday",
# "lawmakers debated the bill") is news told by its actors, not a field's framing.
_FIELD = r"candidates|contenders|hopefuls|rivals|campaigns|nominees|challengers|contestants"
# The subject: up to six modifiers (articles, adjectives, "and"), the field's noun, and
# what completes it ("for president", "in the race") up to the predicate.
_SUBJECT = re.compile(
    rf"^\s*(?:the\s+|both\s+|all\s+)?(?:[\w-]+\s+){{0,6}}?(?:{_FIELD})\b"
    r"(?:\s+(?:for|in|of|on)\s+[\w-]+(?:\s+[\w-]+){0,2})?"
    r"(?:\s+[a-z][\w-]*){0,3}\s*$"
)
# A capitalised word that is an adjective of party, nation or faith ("Democratic",
# "Republican", "American", "British", "Chinese", "Liberal", "Conservative"), not a name.
_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:ic|an|ish|ese|i|al|ive)$")


def collective_subject(mention: EventMention) -> bool:
    """Whether ``mention``'s dated predicate has for subject a class of contestants with no
    name in it ("the leading Democratic and Republican candidates found themselves
    targeted"): the field told as one, read from the words between the main clause's start
    (after any fronted phrase closed by a comma) and the predicate."""
    if mention.predicate is None:
        return False
    ev = mention.evidence
    before = ev.sentence[: max(0, mention.predicate[0] - ev.sentence_start)]
    subject = before.rsplit(",", 1)[-1]
    if _SUBJECT.match(subject) is None:
        return False
    # a name in the subject ("Sanders's rivals", "the Clinton campaign") is someone's; a
    # day's name ("the candidates Thursday lashed out") is none
    return not any(
        w[:1].isupper()
        and w.lower() not in _OPENERS
        and w not in _DAY_NAMES
        and _ADJECTIVE.match(w) is None
        for w in subject.split()
    )


# A day's or a month's name.
_DAY_NAMES = frozenset(WEEKDAY_NAMES.split("|")) | frozenset(MONTHS)
# Words that open a subject capitalised at the sentence's start.
_OPENERS = frozenset({"the", "both", "all", "most", "many", "some", "several", "leading", "top"})
