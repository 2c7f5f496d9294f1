"""Whether a role the text gives a person is the one they held at an earlier point of the
story: "then-Senator" (before "President X") tells what the person was in the year the
sentence tells of, never what they are; a profile shows what the person is. "former
governor" stays: it says what the person is now, no longer governor."""

from __future__ import annotations

import re

__all__ = ["held_then"]

_THEN = re.compile(r"^(?:the\s+)?then[\s-]", re.IGNORECASE)


def held_then(role: str) -> bool:
    """Whether ``role`` is marked as held at the time told ("then-Senator", "the then
    Marlow mayor")."""
    return bool(_THEN.match(role))
