"""Reactions from the sidelines: "Iran Saturday condemned the bombing ...".

After an attack or a verdict, wire copy carries a stream of statements from governments
and figures outside the story condemning, deploring or welcoming it. Each is true, and
several sources carry them within a day or two, so they look central and corroborated;
but an analyst's key judgments say what happened and what the story's own participants
did. A reaction is a judgment only when the one reacting is one of the story's principals
(``story.principal_names``: the query's words and the actors named in most sources):
"President Clinton condemned ..." in a story where Clinton acts throughout, not "The
Cuban government condemned ..." in one where Cuba appears once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.lede import lede_starts
from briefgen.models import Extraction
from briefgen.story import recurring_persons

__all__ = ["reaction_stories", "reaction_story", "sideline_reaction"]

# The verbs of a statement of feeling about what happened, in the sentence's first
# clause, after its subject (up to this many characters: the subject and a day).
_REACTION = re.compile(
    r"^(?P<who>[^,;:“\"]{1,80}?)\s+(?:\w+\s+)?(?:strongly\s+)?"
    r"(?:condemned|condemns|deplored|deplores|denounced|denounces|decried|decries"
    r"|expressed\s+(?:its\s+|his\s+|her\s+|their\s+)?(?:sympathy|condolences|shock|outrage|sorrow)"
    r"|sent\s+(?:its\s+|his\s+|her\s+|their\s+)?condolences|offered\s+condolences)\b"
)


def sideline_reaction(text: str, principals: re.Pattern[str] | None) -> bool:
    """Whether ``text`` opens with someone's reaction (condemned, deplored, expressed
    sympathy) and that someone, the words before the verb, names none of the story's
    ``principals`` (a pattern from ``story.principal_names``; None: no query, no test)."""
    if principals is None:
        return False
    m = _REACTION.match(text.lstrip(" \"“‘'("))
    # the whole subject, with the word the pattern may take for a day ("President Varga")
    return m is not None and principals.search(m[0]) is None


# A lede telling a stance as one party's answer to the news: "X had the right to act,
# Marlow said Friday in response to the strikes". The one answering is after the comma.
_IN_RESPONSE = re.compile(
    r",\s+(?P<who>[^,;:“\"]{1,60}?)\s+said\s+(?:\w+\s+)?in\s+(?:response|reaction)\s+to\b"
)


def reaction_story(lede: str, principals: re.Pattern[str] | None) -> bool:
    """Whether a report whose first sentence is ``lede`` is a reaction story: wire services
    file one per capital after an attack or a verdict ("Penbury condemned the bombing ...",
    "…, Penbury said in response to the strikes"), its lede restating the main event and
    its only news one party's reaction, its body the statement's wording, a recap of the
    event and background. When the party is none of the story's ``principals``, nothing in
    it is the story's news (a principal's reaction is: the story's own capital acting)."""
    if principals is None:
        return False
    text = lede.lstrip(" \"“‘'(")
    if sideline_reaction(text, principals):
        return True
    m = _IN_RESPONSE.search(text)
    return m is not None and principals.search(m["who"]) is None


def reaction_stories(
    extractions: Sequence[Extraction], principals: re.Pattern[str] | None
) -> frozenset[str]:
    """The documents of ``extractions`` that are reaction stories (``reaction_story``): its
    party is none of the ``principals`` (``story.story_names``) nor a person other reports
    name (``story.recurring_persons``: a head of state acting throughout the story is one
    of its actors, whatever the count of the places its datelines name)."""
    if principals is None:
        return frozenset()
    persons = recurring_persons(extractions)
    actors = (
        principals
        if persons is None
        else re.compile(f"{principals.pattern}|{persons.pattern}", re.I)
    )
    out: set[str] = set()
    for x in extractions:
        starts = lede_starts(x)
        first = min(starts, default=None)
        if first is None:
            continue
        end = next((e for s, e in x.sentences if s == first), first)
        if reaction_story(x.document.text[first:end].strip(), actors):
            out.add(x.document.id)
    return frozenset(out)
