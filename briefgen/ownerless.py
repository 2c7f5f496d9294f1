"""What belongs to one person told with no owner: "The cause of death was confirmed" (whose
death?), "Laboratory tests came back positive" (whose tests?).
"""

from __future__ import annotations

import re

from briefgen.noun_phrases import INTRODUCER, PARTICIPANTS

# What belongs to one person, told with no owner: "The cause of death was confirmed"
# (whose death?), "the funeral". An owner is a possessive before it or "of" after it.
_PERSONAL_THING = re.compile(
    r"\b(?:[Tt]he\s+|(?<=cause of )|(?<=causes of ))(death|funeral|burial|autopsy"
    r"|post-mortem|postmortem)\b(?!\s+(?:of|toll|tolls|rate|rates|count|penalty)\b)"
)
# Test results as the sentence's subject, owned by no one: "Laboratory tests came back
# positive on Thursday" (whose tests?). "Tests on a man from Ayrshire" say whose.
_OWNERLESS_TESTS = re.compile(
    r"^\W*(?:[A-Z][a-z]+\s+)?(?:[Ll]aboratory\s+|[Ff]urther\s+|[Ff]inal\s+)?"
    r"(?:[Tt]ests?|[Tt]est\s+results|[Ss]amples)\s+(?:have\s+|had\s+|has\s+)?"
    r"(?:came|come|been|were|was|are|is|proved|proven|returned)\s+(?:back\s+)?"
    r"(?:positive|negative)\b"
)
# A person the sentence itself introduces ("a 23-month-old boy", "two pupils", one who
# died) or names ("Maria Lopez").
_PERSON = re.compile(
    rf"{INTRODUCER}(?:{'|'.join(sorted(PARTICIPANTS))})\b|\b(?:died|dies|killed)\b", re.I
)
_FULL_NAME = re.compile(r"(?<=\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")


def ownerless(narration: str) -> str | None:
    """What ``narration`` tells of a person's death or tests without saying whose ("The
    cause of death was confirmed", "Laboratory tests came back positive"), or None. A
    person the sentence introduces or names owns it: before a death ("a boy ... the
    cause of death"), anywhere for tests ("Tests confirmed that a man had the virus")."""
    thing = _PERSONAL_THING.search(narration)
    scope = narration[: thing.start()] if thing else narration
    thing = thing or _OWNERLESS_TESTS.match(narration)
    if thing is None:
        return None
    told = narration[: thing.start()]
    if re.search(r"(?:['’]s|\b(?:his|her|their))\s+(?:[\w-]+\s+){0,2}$", told):
        return None  # "Jackson's funeral", "her death"
    if _PERSON.search(scope) or _FULL_NAME.search(scope):
        return None
    return thing[0].strip()
