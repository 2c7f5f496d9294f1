"""Speakers the text names but who are no actor: part of a group, or a group in general.

"Some Democrats privately express …" is attributed, but to no one a profile could hold;
"Democrats want higher taxes" in the generic present is the writer's account of a group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


# Determiners that restrict a group to some of its members ("some Democrats").
_PART = {"some", "many", "several", "few", "most", "certain", "numerous", "other"}


def part_of(subj: Token) -> bool:
    """ "Some Democrats", "many Republicans", "some of the Democrats": part of a group."""
    if subj.lower_ in _PART and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
        return True
    if subj.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.dep_ in ("det", "amod", "nummod") and c.lower_ in _PART for c in subj.children)


def generic(cue: Token, subj: Token, stance: bool) -> bool:
    """A stance in the generic present of a bare plural ("Democrats want higher taxes, and
    Republicans want …"): a writer's account of what a group is like, with no occasion on
    which anyone said it. Verbs of saying ("Republicans say …") report a statement."""
    if not stance or cue.tag_ != "VBP" or subj.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in subj.children):
        return False  # "the Democrats", "House Republicans": a body that can take a stand
    # a time of its own ("this week", "now") makes it an occasion
    return not any(c.ent_type_ in ("DATE", "TIME") or c.lower_ == "now" for c in cue.subtree)
