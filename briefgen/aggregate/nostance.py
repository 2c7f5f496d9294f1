"""Attributed lines that take no stance on an issue of the story, which a profile passes
over (``keypositions``).

A key position carries a stance on an issue of the story. These attributed lines do not:

- a bare plural label filed under the organisation it names the members of: "Democrats
  said there are good reasons to go to the convention" are some local candidates, and
  "Republicans largely echoed …" some members; the party did not speak;
- an act the cue tells rather than words: "showed the crowd a clip of …";
- what the speaker left out, the writer's observation of a speech: "did not mention any of
  his rivals by name", "never mentioned the senator";
- the speaker's plans for their own affairs: "said he plans to continue to work on his own
  projects";
- and, ranked below any line that states a claim, an assessment or a decision: a patient's
  status ("remain in hospital but their condition is improving", "was expected to go home
  today", "tests are being carried out on 390 people"), who decided what ("did close on
  the advice of the health protection unit"), and a stock reassurance ("tried and tested
  plans were in place", "well placed to deal with it", "the situation is being monitored").
"""

from __future__ import annotations

import re

from briefgen.aggregate.names import words
from briefgen.models import Position

__all__ = ["act", "bulletin", "own_plans", "plural_label", "unmentioned"]


def plural_label(p: Position) -> bool:
    """Whether ``p``'s speaker is a plural label ("Democrats") the statement was filed
    under an organisation by ("Democratic Party"): the members who spoke are not named, and
    the organisation did not speak."""
    m = p.speaker_mention
    return (
        m is not None
        and m.type == "group"
        and bool(p.speaker)
        and words(m.text) != words(p.speaker or "")
    )


# Cues of showing something: an act, unless what is shown is a claim ("showed that …").
_SHOWING = frozenset(
    [
        "show",
        "shows",
        "showed",
        "showing",
        "shown",
        "display",
        "displays",
        "displayed",
        "displaying",
        "screened",
    ]
)
_THAT = re.compile(r"^\W*that\b", re.I)
# The auxiliaries of a perfect or a progressive before a cue's verb
_AUXILIARIES = frozenset("has have had is are was were been".split())  # noqa: SIM905


def act(p: Position) -> bool:
    """Whether ``p``'s cue tells an act, not words: "showed the crowd a clip of …", or
    the narrator's account of one in a perfect or a progressive ("has shown little sign
    of …", "is showing signs of …"). A modal or an aim before the verb ("would show", "is
    trying to show") tells a purpose, which may be a claim's, and is left alone."""
    *helpers, verb = (p.cue or "-").casefold().split()
    return (
        verb in _SHOWING and all(w in _AUXILIARIES for w in helpers) and _THAT.match(p.text) is None
    )


# "he plans to continue to work on his own projects", "she hopes to spend more time with
# her family": the speaker's plans for their own affairs.
_OWN_PLANS = re.compile(
    r"^\W*(?:he|she|I|they|we)\s+(?:plans?|planned|intends?|intended|hopes?|hoped|wants?"
    r"|wanted|expects?|expected|will|would)\s+(?:to\s+)?(?:continue\s+(?:to\s+)?)?"
    r"(?:work|focus|spend|return|concentrate|devote|write|travel|rest)\b"
    r".*\b(?:(?:his|her|my|their|our)\s+own|(?:his|her|my|their|our)\s+"
    r"(?:family|families|career|retirement|book|writing|foundation|business))\b",
    re.I | re.S,
)


def own_plans(p: Position) -> bool:
    """Whether ``p`` tells only the speaker's plans for their own affairs."""
    return _OWN_PLANS.search(p.text) is not None


_BULLETIN = re.compile(
    # a patient's status
    r"\b(?:remains?|remained|is|are|was|were|still)\s+(?:still\s+|now\s+)?in\s+(?:a\s+)?"
    r"(?:hospital|intensive\s+care)\b"
    r"|\bcondition\s+(?:is|was|remains|remained|has\s+been)\s+(?:\w+\s+)?"
    r"(?:improving|stable|serious|critical|satisfactory|comfortable|good)\b"
    r"|\b(?:expected|due|able|allowed|set)\s+to\s+(?:go|return|be\s+sent)\s+home\b"
    r"|\b(?:been|be|was|were)\s+discharged\b"
    # who is being tested or treated, and who awaits results
    # (treated with or for something, not "the way the two men are being treated")
    r"|\b(?:are|is|were|was)\s+(?:now\s+|still\s+)?being\s+"
    r"(?:tested|treated\s+(?:with|for|in|at)|carried\s+out\s+on)\b"
    r"|\bawait(?:ing|s)?\s+(?:the\s+)?(?:test\s+)?results\b"
    # who decided what
    r"|\b(?:did|had)\s+(?:\w+\s+)?(?:close|act|decide)\s+on\s+the\s+advice\s+of\b"
    r"|\bthe\s+decision\s+(?:was|had\s+been)\s+(?:made|taken)\s+by\b"
    # a stock reassurance
    r"|\b(?:plans|measures|arrangements|procedures|systems)\s+(?:are|were)\s+"
    r"(?:already\s+|now\s+|firmly\s+)?in\s+place\b"
    r"|\bwell[-\s](?:placed|prepared|equipped)\s+to\b"
    r"|\b(?:situation|outbreak)\s+(?:is|was)\s+being\s+(?:closely\s+|carefully\s+)?monitored\b",
    re.I,
)


def bulletin(p: Position) -> bool:
    """Whether ``p`` is a status bulletin, a who-decided-what clarification or a stock
    reassurance (``_BULLETIN``): true and attributed, but no stance on the story."""
    return _BULLETIN.search(p.text) is not None


# A cue telling that a name or a matter went unsaid: "did not mention", "never mentioned",
# "has not named".
_UNMENTIONED = re.compile(
    r"(?:\bnot|n['’]t|\bnever)\s+(?:\w+ly\s+|yet\s+)?(?:mention|name)(?:s|d|ed)?$", re.I
)


def unmentioned(p: Position) -> bool:
    """Whether ``p``'s cue tells what the speaker did not mention (``_UNMENTIONED``): the
    writer's observation of a speech, not a thing the speaker said."""
    return _UNMENTIONED.search(p.cue or "") is not None
