"""A participle opening its sentence is the scene of an act, not the actor's statement.

"Recalling the pitfalls of the last election, the committee began spending early": the
extraction records the participle as an attribution (PolNeAR annotates "Citing …",
"Lamenting …" so), but shown as the committee's position, "recalled the pitfalls …",
it loses the act the sentence tells (began spending), which is the main verb's. Such a
participle states a position only when what it introduces is a statement: a that- or
wh-clause ("Noting that turnout was low, …"), a quotation ("Saying “we will not back
down,” …"), or a call or warning that says what it wants ("Urging X to …", "Calling for a
four-year sentence, …", "Warning of …"). A participle of topic or scene ("Recalling …",
"Citing …", "Responding to …", "Pointing to …", "Announcing the results …") does not.
"""

from __future__ import annotations

import re

from briefgen.extract.cues import XCOMP_CUES
from briefgen.models import Position

__all__ = ["scene_setting", "trailing_ground"]

# The participle opening the sentence, past a leading conjunction.
_OPENING = re.compile(r"^\W*(?:(?:And|But|So|Yet|Still|Then)\s+)?([A-Z][a-z]{2,}ing)\b")
# What opens a reported clause: a complementizer or a wh-word ("noting how …").
_CLAUSE = re.compile(r"^\W*(?:that|whether|if|how|why|what|when)\b", re.I)
_QUOTE_MARKS = frozenset("\"“”'‘’«»`")
# A call or a warning through its preposition says the stance: "calling for", "warning of".
_STANCE_PREPS = {
    "call": frozenset({"for"}),
    "argue": frozenset({"for", "against"}),
    "warn": frozenset({"of", "about", "against"}),
    "caution": frozenset({"against"}),
    "appeal": frozenset({"for"}),
    "insist": frozenset({"on"}),
}
# "urging X to …", "vowing to …": the infinitive says what is wanted or promised.
_INFINITIVE = re.compile(r"\bto\s+[a-z]")


def _lemmas(participle: str) -> set[str]:
    """The verbs an -ing form may be of: "calling" call, "urging" urge, "planning" plan."""
    stem = participle.lower()[:-3]
    return {stem, stem + "e", stem[:-1]}


def scene_setting(p: Position) -> bool:
    """Whether ``p`` is reported by a participle opening its sentence ("Recalling the
    pitfalls …, the committee began …") whose content is no statement: neither a that- or
    wh-clause, nor a quotation, nor a call or warning that says what it wants."""
    if p.kind == "direct" or not p.cue:
        return False
    sentence = p.evidence.sentence
    m = _OPENING.match(sentence)
    if m is None or m[1] != p.cue.strip():
        return False
    at = p.start - p.evidence.sentence_start
    if at < m.end():
        return False
    between = sentence[m.end() : at]
    if _QUOTE_MARKS & set(between) or sentence[at : at + 1] in _QUOTE_MARKS:
        return False
    if _CLAUSE.match(p.text):
        return False
    lemmas = _lemmas(m[1])
    if lemmas & XCOMP_CUES and _INFINITIVE.search(p.text):
        return False  # "Urging the authorities to remain vigilant"
    preps = frozenset().union(*(_STANCE_PREPS.get(lemma, frozenset()) for lemma in lemmas))
    return not set(between.lower().split()) & preps  # "Calling for a four-year sentence"


# A participle after its clause giving that act's ground: "pledged its resolve against
# night racing, citing public safety". Shown as "[Actor] cited public safety", the act it
# grounds is lost, as with an opening participle of scene.
_GROUND = re.compile(r",\s+(?:citing|invoking|referencing|pointing\s+to)\s+$", re.I)


def trailing_ground(p: Position) -> bool:
    """Whether ``p`` is reported by a participle set after its clause that gives the act's
    ground ("…, citing X", "…, pointing to Y"), not a statement (no that-clause)."""
    if p.kind == "direct" or not p.cue:
        return False
    at = p.start - p.evidence.sentence_start
    if at <= 0 or _GROUND.search(p.evidence.sentence[:at]) is None:
        return False
    return not _CLAUSE.match(p.text)
