"""Whether a mention is the narrator's words, which alone give an actor a role or an alias.

A role ("Senator") and a name an actor is also called ("the front-runner") are what the
report calls them. Inside quotation marks the words are a speaker's: a candidate's insult
for someone else ("a judge who is a hater of …, a hater"), a crowd's chant ("cheer for
“President …”"). They are said about the actor, or wished for them, not stated of them.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefgen.models import Mention
from briefgen.standalone import inside_quotation

__all__ = ["narrated"]


def narrated(m: Mention, texts: Mapping[str, str]) -> bool:
    """Whether ``m`` stands in the narrator's text, not inside a quotation its paragraph
    opens before it (``standalone.inside_quotation``). A document whose text is unknown
    tells nothing: its mentions count as narrated."""
    text = texts.get(m.doc)
    return text is None or not inside_quotation(text, m.start)
