"""A transaction or a change taken up by a noun after a sentence that told it by a verb.

News digests and business copy tell an item in two sentences: the first names the parties
and what they did ("Penbury agreed to sell its candy unit to Marlow for $40 million."),
the second its consequence or its figure, with the act as the subject under a noun of its
own ("The accord helps Penbury pay off debt."; "Spending rose 0.2%. The slowdown raises
questions ..."). The second sentence carries the figure, so the summary's pickers lift it;
alone, which accord or slowdown it is, only the first says. No same-head test finds it
(the first sentence has no "accord"): this is a bridging reference, as ``bridging``'s, and
is asked where ``anaphora.dangling_definite`` looks, so the sentence is named in brackets
from the article when a fuller mention gives the noun, and refused otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Set

from briefgen.models import Extraction
from briefgen.noun_phrases import SAYS_WHICH, introduces_noun, wordset
from briefgen.standalone import own_section

__all__ = ["act_taken_up"]

# The nouns an act or a change is taken up under: a deal and its kinds, a step, a move of
# a figure. A closed class of English nominalisations, not a topic's words.
_ACTS = wordset(
    "accord agreement pact deal sale purchase acquisition merger transaction settlement "
    "offer bid takeover buyout move step plan proposal decision ruling slowdown downturn "
    "increase decrease rise drop decline gain cut"
)
# "The accord helps ...", "The new pact was ...": the noun opening the sentence as its
# subject, maybe after one adjective (a participle, "new", "latest", "-ive", "-al"), then a
# lower-case word (its verb or an adverb). A noun before it names the kind ("the dividend
# increase", "the profit gain"): a sentence so specific is left to the other checks.
_OPENING = re.compile(
    r"^\W*(?:(?:But|And|So|Yet)\s+)?[Tt]he\s+(?:(?:new|latest|[a-z-]+(?:ed|ive|al))\s+)?"
    r"([a-z]+)(?=\s+[a-z])"
)
_VERB_AFTER = re.compile(
    r"\s+(?!(?:of|between|with|for|to|by|in|on|at|from|that|which|who|and|or)\b)[a-z]+\b"
)


def act_taken_up(text: str, start: int, extraction: Extraction, story: Set[str]) -> str | None:
    """The "the accord" opening ``text`` (a sentence at ``start`` in its document) as its
    subject, with nothing after it saying which, when an earlier sentence of its section
    told the act by a verb and never by that noun: which accord, only that sentence says.
    A noun of the corpus's ``story`` reads alone ("the merger" of a corpus about one)."""
    m = _OPENING.match(text)
    if m is None:
        return None
    noun = m[1]
    if noun not in _ACTS or noun in story:
        return None
    if SAYS_WHICH.match(text, m.end()) or not _VERB_AFTER.match(text, m.end()):
        return None
    bounds, here = own_section(start, extraction) if extraction.sentences else ([], 0)
    if here < 1:
        return None  # a section's first sentence has nothing before it to take up
    before = extraction.document.text[bounds[0] : start]
    if introduces_noun(noun, before):
        return None  # "an accord ... the accord": the same head, ``anaphora``'s to name
    return f"the {noun}"
