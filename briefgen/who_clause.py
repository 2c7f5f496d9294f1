"""A named person's dated act told in a non-restrictive relative clause, as a clause.

News often tells a day's decisive event only in passing, in a relative clause on the
name of the one who did it: "But President Barack Obama, who endorsed Hillary Clinton on
Thursday, is making his pitch ...", "Trump, who on Thursday clinched the requisite number
of delegates to win the Republican nomination, ...". The sentence's own news (the pitch)
is of another day, so the sentence cannot be shown under Thursday; the relative clause,
with its antecedent as subject, is the statement of Thursday's event. Shown alone it is
given as a sentence, the relative word replaced by its antecedent in brackets (the
editorial convention the brief uses for any word it supplies): "[President Barack Obama]
endorsed Hillary Clinton on Thursday." A clause cut out with ellipses ("Obama … endorsed
… Thursday …") reads as a fragment. A clause that tells a standing on that day rather
than an act ("who came into Tuesday with a lead of 300 delegates") is no event of the
day, and is not shown.
"""

from __future__ import annotations

import re
from collections.abc import Set
from typing import TYPE_CHECKING

from briefgen.extract.timex.lexicon import MONTHS, WEEKDAYS
from briefgen.titled import name_newcomer

if TYPE_CHECKING:
    from briefgen.models import Extraction

__all__ = ["WHO_NAME", "apposed_who_clause", "named_in_full", "who_clause"]

# A name (capitalised words, a title's abbreviation among them), a comma, "who" and the
# clause up to its closing comma, with no quotation (a speaker's words are not the
# narrator's statement) and no further comma (an aside inside the clause, or a list, is
# no single predicate).
_WHO = re.compile(
    r"^(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*),\s+who\s+"
    r"(?P<clause>[^,\"“”‘’]+?),?\s*$"
)
# The same clause's name, whatever the clause holds (quotations, asides).
WHO_NAME = re.compile(r"^(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*),\s+who\s")
# What would leave the clause leaning on its sentence: a pronoun or a place word pointing
# back ("who formally endorsed Trump here on Sunday").
_LEANING = re.compile(r"\b(?:here|there|this|that|these|those|it|its|they|them|their)\b", re.I)
# A predicate of a standing, not an act: arriving at a time with a holding ("came into
# Tuesday with a lead of 300 delegates", "heads into the vote with 40 seats"), holding on
# ("remains ahead", "still trails"), or having a count or a thing ("has 1,200 delegates";
# not the perfect "has endorsed", whose participle follows).
_STANDING = re.compile(
    r"^(?:still\s+|now\s+)?(?:"
    r"(?:came|comes|come|went|goes|go|headed|heads|head)\s+into\s+[^,]*?\bwith\b"
    r"|(?:remains?|remained|leads|trails?|trailed)\b"
    r"|(?:has|had|have)\s+(?:a|an|the|no|more|fewer|about|nearly|almost|over|\d)"
    r")",
    re.I,
)


# The same clause on a noun set beside the name ("Ada Holt, the Ohio senator who endorsed
# Lee on Thursday,"): the clause as extracted starts at the noun, the name before it.
_APPOSED = re.compile(r"^(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}?who\s+(?P<clause>[^,\"“”‘’]+?),?\s*$")
# Words opening an adverbial, not a name, before a comma: prepositions, determiners,
# conjunctions and adverbs of time and place (with the weekdays and months).
_NO_NAME = (
    frozenset(
        """in on at after before since for from by with without during until to of into near
    the a an this that these those but and or so yet also meanwhile still now then today
    tonight yesterday tomorrow later earlier here there however instead last next when
    while as if once""".split()  # noqa: SIM905 - a word list reads best as prose
    )
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS)
)
_NAME_BEFORE = re.compile(r"(?<![\w.'’-])(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*),\s+$")


def _as_sentence(name: str, clause: str) -> str | None:
    """The relative ``clause`` on ``name`` as a sentence of its own, the relative word
    replaced by the name in brackets ("[Ada Holt] endorsed Lee on Thursday."), its own
    words kept; None when it leans on the words around it or tells a standing."""
    clause = clause.strip()
    if _LEANING.search(clause) or _STANDING.match(clause):
        return None
    return f"[{name}] {clause.rstrip('.')}."


def who_clause(text: str) -> str | None:
    """``text`` (an event's clause) as the sentence its relative clause tells ("Obama, who
    endorsed Clinton on Thursday," -> "[Obama] endorsed Clinton on Thursday."), or None when
    it is no "Name, who did X" clause or its clause leans on the words around it."""
    match = _WHO.match(text.strip())
    if match is None:
        return None
    return _as_sentence(match["name"], match["clause"])


def apposed_who_clause(before: str, text: str) -> str | None:
    """``text`` (an event's clause "the Ohio senator who endorsed Lee on Thursday") set
    beside the name that ``before`` (the sentence up to the clause) ends with ("Ada Holt,
    ") as the sentence its relative clause tells ("[Ada Holt] endorsed Lee on Thursday."),
    or None, as ``who_clause``. The noun between name and "who" is left out. The
    capitalised words before the comma are no name when they open with a function or
    calendar word: an opening adverbial ("In Ohio, the senator who …", "Sunday, the …")."""
    match, name = _APPOSED.match(text.strip()), _NAME_BEFORE.search(before)
    if match is None or name is None or name["name"].split()[0].lower() in _NO_NAME:
        return None
    return _as_sentence(name["name"], match["clause"])


def named_in_full(text: str, start: int, extraction: Extraction | None, familiar: Set[str]) -> str:
    """``text`` ("[Duval] endorsed Lee on Thursday.", of a sentence at ``start``) with a
    bare surname in its brackets given the given name its document introduced it with
    ("[Kate Duval] endorsed ..."), as any surname shown out of its article is
    (``titled.name_newcomer``); the brackets already mark the name as supplied."""
    if not text.startswith("[") or "]" not in text:
        return text
    end = text.index("]")
    full = name_newcomer(text[1:end], start, extraction, familiar)
    return f"[{full.replace('[', '').replace(']', '')}]{text[end + 1 :]}"
