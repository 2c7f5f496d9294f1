"""Whether a role the text gives a person is one they held before: a profile shows what
the person is now first ("Governor" before "former Attorney")."""

from __future__ import annotations

import re

__all__ = ["held_before"]

# Words that date an office to the past: "former senator", "ex-governor", "then-Senator",
# "the one-time mayor", "previous Secretary of State", "senator until 2009".
_PAST = re.compile(
    r"(?:^|[\s(])(?:former|formerly|ex|then|once|onetime|one-time|erstwhile|previous|"
    r"past)(?=[\s-])|\buntil\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def held_before(role: str) -> bool:
    """Whether ``role`` marks its office as held before ("former Marlow governor",
    "then-Senator", "mayor until 2009"), not the one held now."""
    return bool(_PAST.search(role))
