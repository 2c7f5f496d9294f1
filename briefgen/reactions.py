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

__all__ = ["sideline_reaction"]

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
    return m is not None and principals.search(m["who"]) is None
