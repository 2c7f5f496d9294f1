"""A participle phrase giving the ground of its clause's act: no position of its own.

"The council has renewed its ban on night racing, citing the fall in accidents" tells a
renewal and what it rests on. The participle's subject is the council's, so read as a cue
it would make "Council cited the fall in accidents" a position: the ground shown without
the act it grounds, which the reader cannot weigh. A verb that gives a reason ("citing",
"invoking", "pointing to") hung as a participle on another verb is that verb's adjunct; the
position, if any, is the main clause's. A participle of saying ("…, saying it would cost too
much", "pointing out that it would") reports a statement of its own and stays a cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["reason_adjunct"]

# Verbs by which an act is given its ground ("citing", "invoking", "pointing to").
REASON_VERBS = frozenset({"cite", "invoke", "reference", "point"})
# What gives an adverbial clause a time and a doer of its own ("after he cited …").
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"})


def reason_adjunct(cue: Token) -> bool:
    """Whether ``cue`` is a reason verb's participle hung on another verb as its adjunct
    ("pledged to …, citing X"; "Citing X, the board resigned"), with no subject of its own."""
    return (
        cue.lemma_.lower() in REASON_VERBS
        and cue.dep_ == "advcl"
        and cue.tag_ == "VBG"
        and cue.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in _OWN_CLAUSE for c in cue.children)
        # "pointing out that the state would win", "citing that …": a reported clause is a
        # statement of its own, which stays a position
        and not any(c.dep_ in ("ccomp", "prt") for c in cue.children)
    )
