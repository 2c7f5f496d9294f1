"""A diplomatic or negotiating series named by the place that hosts it.

"The so-called Moscow Format", "the Minsk talks", "the Astana process", "the Normandy
format": a host place's name before a noun from a small closed class of meeting-series
nouns names one standing series of meetings, a body of its own (its own members, its own
rounds), not the place. The recogniser reads such a name as a facility ("Moscow Format")
or takes the place alone ("Moscow" of "the Moscow forum"); both become one organisation's
name here. A treaty, agreement or accord named after a place is another thing (a text, not
a series of meetings) and its nouns are not in the class. A country's or a state's name
before the noun names a party or a subject more often than a host ("the Iran talks", "the
Iowa forum" of candidates), so only a town or region the document itself shows as a place
qualifies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.country_names import country_name, region_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Nouns naming a standing series of meetings. A closed class of the language: not a summit
# or a conference (one meeting), not a group (the "Minsk Group" is another body than the
# "Minsk talks"), not a treaty, agreement, accord or convention (a text).
SERIES_NOUNS = frozenset({"format", "process", "talks", "forum", "dialogue"})

# Labels the recogniser gives such a whole name ("Moscow Format": a facility) or the place
# before the noun ("Minsk" of "the Minsk format", an organisation as often as a place).
_LABELS = frozenset({"FAC", "EVENT", "LOC", "ORG", "GPE"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# "the Moscow forum", "the so-called Moscow forum": written as a name
_NAMING = frozenset({"the", "called"})


def series_span(sdoc: Doc, ent: Span) -> tuple[int, int] | None:
    """Token span (first, last) of a meeting series named by its host place, or None.

    Either the entity is the whole name ("Moscow Format") or the place the series noun
    follows as the head of its noun phrase, after a definite or naming word ("the Moscow
    forum", "the so-called Minsk talks"; not "a Moscow forum", one meeting). Either way the
    document's model reads the place's words as a place somewhere.
    """
    if ent.label_ not in _LABELS:
        return None
    first = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    if ent.end - first >= 2:
        noun = ent[-1]
        if noun.lower_ in SERIES_NOUNS and _host_place(sdoc, sdoc[first : ent.end - 1]):
            return first, ent.end
    if ent.end < len(sdoc):
        noun = sdoc[ent.end]
        if (
            noun.lower_ in SERIES_NOUNS
            and ent.root.head.i == noun.i
            and _named(sdoc, ent.start)
            and _host_place(sdoc, ent)
        ):
            return ent.start, ent.end + 1
    return None


def _named(sdoc: Doc, first: int) -> bool:
    """A definite or naming word before the place: "the", "so-called" (the tokeniser's
    "so - called" ends in "called")."""
    return first > 0 and sdoc[first - 1].lower_ in _NAMING


def _host_place(sdoc: Doc, words: Span) -> bool:
    """The words are a town's or a region's name the document's own model reads as a place
    somewhere (a country's or a state's is a party's more often than a host's)."""
    name = words.text
    if not name[:1].isupper() or country_name(name) or region_name(name):
        return False
    return any(e.label_ in _PLACE_LABELS and e.text == name for e in sdoc.ents)
