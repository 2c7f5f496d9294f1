"""An event's description: the clause its date hangs on, when that reads as a statement.

The extraction describes a dated happening by the clause of its verb, which is often a
fragment once cut out of its sentence: "What followed", "You vote", "That was". An event
shown by its description (the JSON, the chronology, a disagreement's line, the what's-new
list of a delivered brief) is then told by its source sentence instead.
"""

from __future__ import annotations

import re

from briefgen.models import EventMention

__all__ = ["readable_description"]

# A clause this short rarely holds a subject, a verb and what it did.
_FEWEST_WORDS = 4
# Openers of a clause cut out of its sentence that cannot stand as a statement.
_FRAGMENT = re.compile(r"^(?:what|which|who|whom|whose|where|when|why|how|you|i|we|that)\b", re.I)


def readable_description(mention: EventMention) -> str:
    """The mention's clause, or its source sentence when the clause is a fragment."""
    text = mention.description.strip()
    if len(text.split()) >= _FEWEST_WORDS and not _FRAGMENT.match(text):
        return text
    sentence = " ".join(mention.evidence.sentence.split())
    return sentence or text
