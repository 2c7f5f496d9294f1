"""An actor's type from its mentions' votes, corrected by what its names say.

The recogniser votes a type for each mention; a country's name is a state's, a name with
an organisation's head word or legal form an organisation's, whatever most votes say.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefgen import heap
from briefgen.aggregate.companies import firm_name
from briefgen.aggregate.countries import state_name
from briefgen.aggregate.names import NAMED, skeleton, word_tuple, words
from briefgen.aggregate.placenames import known_place, town_names
from briefgen.extract.actors import plain
from briefgen.extract.country_names import country_name
from briefgen.extract.orgnames import legal_form_at_end, written_code
from briefgen.models import ActorType, Mention

# Head words that make a name an organisation's, whatever the recogniser voted:
# "Federal Bureau of Investigation", "Justice Department", "The Washington Post".
ORG_HEADS = frozenset(
    [
        "bureau",
        "agency",
        "department",
        "ministry",
        "committee",
        "council",
        "party",
        "university",
        "college",
        "institute",
        "foundation",
        "association",
        "confederation",
        "federation",
        "commission",
        "office",
        "service",
        "administration",
        "corporation",
        "company",
        "inc",
        "network",
        "post",
        "times",
        "journal",
        "news",
        "press",
        "court",
        "fund",
        "bank",
        "union",
        "organization",
        "organisation",
    ]
)


def actor_type(ms: Sequence[Mention]) -> ActorType:
    """The type of the actor whose mentions are ``ms``."""
    return _typed(heap.Same(tuple(ms)))


# Keyed by the mentions themselves (``heap.Same``): resolving actors asks a cluster's type
# in several places (its shown name, its organisation's other forms, the bodies named by
# their owner, the actor itself), each of a list of its own holding the same mentions:
# some 51,000 times for the 11,000 clusters of 800 articles. Emptied with the stage's other
# tables (``heap.forget``), and the mentions with it.
@heap.corpus_cache(1 << 15)
def _typed(same: heap.Same[Mention]) -> ActorType:
    return _voted_and_named(same.items)


def _voted_and_named(ms: Sequence[Mention]) -> ActorType:
    voted = voted_type(ms)
    if voted in ("group", "org") and any(
        country_name(plain(m.text)) or state_name(m.text) for m in ms if m.kind == "name"
    ):
        # "Tajikistan" voted a people, "Russia" an organisation ("Moscow's ties", "the
        # Russians"): a country's name is a state's, whatever the votes
        return "state"
    if voted in ("state", "group") and any(
        (ORG_HEADS & set(word_tuple(m.text)) or firm_name(m.text)) and not state_name(m.text)
        for m in ms
        if m.kind == "name"
    ):
        # a name that says it is an organisation ("La Jolla Bancorp" beside the town's
        # look of "La Jolla"); its acronym follows it ("Russian Federation" is a
        # country's official name, not a federation of bodies)
        return "org"
    if voted == "state" and _body_rather_than_place(ms):
        # "RT" voted a state as often as a body ("Russia's network RT"): no place the
        # gazetteers know is named so, and the votes do not say it is one more than a body
        return "org"
    if voted == "person" and _mostly_headed_as_bodies(ms):
        # "Donald J. Trump Foundation", "George W. Bush Presidential Center": a body named
        # after a person, which the recogniser votes the person's
        return "org"
    if voted == "person" and any(legal_form_at_end(m.text) for m in ms if m.kind == "name"):
        return "org"  # "GlaxoSmithKline said" voted a person; "GlaxoSmithKline Plc" is not
    if voted == "person" and any(firm_name(m.text) for m in ms if m.kind == "name"):
        return "org"  # "Poughkeepsie said" voted a person; "Poughkeepsie Savings Bank" is not
    if voted == "person" and any(
        len(ws := plain(m.text).split()) >= 2 and written_code(ws[0])
        for m in ms
        if m.kind == "name"
    ):
        return "org"  # "UK Government", "US Senate": a state's code opens no person's name
    if voted == "person" and town_names(ms):
        return "state"  # places are typed as states here ("London (state)")
    return voted


# Head words that end a body's name and are no one's surname ("Post", "Court", "Hall" are):
# "Brennan Center", "Manchester Memorial High School", "Donald J. Trump Foundation".
BODY_ENDS = frozenset(
    {"foundation", "center", "centre", "school", "hospital", "library", "museum", "institute",
     "university", "college", "committee", "council", "association", "commission", "department",
     "ministry", "agency", "bureau", "fund", "organization", "organisation", "corporation",
     "company", "federation", "confederation", "administration"}
)  # fmt: skip
# the same as names are keyed (``names.name_key``)
BODY_END_KEYS = frozenset(skeleton(w) for w in BODY_ENDS)


def _mostly_headed_as_bodies(ms: Sequence[Mention]) -> bool:
    """Whether most of the full names among ``ms`` end in a body's head word: a record of
    a person that took in one such name ("Clinton" and a "Clinton Foundation") stays
    the person's."""
    full = [ws for m in ms if m.kind == "name" and len(ws := words(m.text)) >= 2]
    return bool(full) and 2 * sum(ws[-1] in BODY_ENDS for ws in full) > len(full)


_PLACE_HEADS = frozenset(
    {"county", "city", "province", "region", "district", "state", "island", "islands", "valley"}
)


def _body_rather_than_place(ms: Sequence[Mention]) -> bool:
    votes = Counter(m.type for m in ms if m.kind in NAMED)
    if votes["org"] < votes["state"]:
        return False
    for text in {plain(m.text) for m in ms if m.kind in NAMED}:
        if words(text)[-1:] and words(text)[-1] in _PLACE_HEADS:
            return False  # "Los Angeles County": a place by its head word
        if known_place(text):
            return False
    return True


def voted_type(ms: Sequence[Mention]) -> ActorType:
    votes = Counter(m.type for m in ms if m.type and m.kind in NAMED)
    if not votes:
        votes = Counter(m.type for m in ms if m.type)
    if not votes:
        return "group"
    people = votes.get("person", 0)
    if people * 3 >= sum(votes.values()) and not any(country_name(m.text) for m in ms):
        # a name the texts make a person a third of the time ("his daughter, Paris", "Paris
        # said") is that person, whatever the gazetteer made of the rest; a country stays
        return "person"
    if votes.get("state", 0) * 3 >= sum(votes.values()):
        return "state"  # a place named as a people or organisation now and then is a state
    rank = {"person": 3, "state": 2, "org": 1, "group": 0}
    best: ActorType = max(sorted(votes), key=lambda t: (votes[t], rank.get(t or "", 0)))
    return best
