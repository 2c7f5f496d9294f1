"""Speakers the text names but who are no actor: part of a group, or a group in general.

"Some Democrats privately express …" is attributed, but to no one a profile could hold;
"Democrats want higher taxes" in the generic present is the writer's account of a group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


# Determiners that restrict a group to some of its members ("some Democrats").
_PART = {"some", "many", "several", "few", "most", "certain", "numerous", "other", "more", "fewer"}
# Nouns of a share or a count of a group's members ("85% of Democrats", "half of them").
_SHARES = {
    "%", "percent", "cent", "half", "third", "quarter", "majority", "minority", "number",
    "handful", "dozens", "hundreds", "thousands", "millions", "lot", "lots", "share", "plenty",
}  # fmt: skip


def _counts_part(tok: Token) -> bool:
    """A word that counts or restricts some members of a group: "some", "two", "85%"."""
    return tok.lower_ in _PART or tok.lower_ in _SHARES or tok.tag_ == "CD"


def part_of(subj: Token) -> bool:
    """ "Some Democrats", "many Republicans", "some of the Democrats", "two Democrats",
    "85% of Democrats": part of a group. ("Both Democrats and Republicans", "all
    Americans", "the Democrats" are the whole.)"""
    if _counts_part(subj) and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
        return True
    return quantified(subj)


def quantified(noun: Token) -> bool:
    """A plural noun counted or restricted to some of its members ("many Republicans",
    "two Democrats", "85% of Democrats", "some of the Democrats"): a part of the group,
    not the group, nor the party its members make up."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("det", "amod", "nummod") and _counts_part(c) for c in noun.children):
        return True
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.i != head.i
        and _counts_part(head.head)
    )


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
