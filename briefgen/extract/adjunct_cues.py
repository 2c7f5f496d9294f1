"""A participial adjunct whose verb is a cue: a position only when it reports a clause.

"Recalling the pitfalls of the last election, the committee began spending early": the
participle sets the scene for what the subject did (began spending); it is no statement
of the committee's, and "the committee recalled the pitfalls …" shown as its position
loses the act. "Noting that turnout was low, the mayor extended voting hours" and
"Saying “we will not back down,” the governor vetoed the bill" do report what was said:
a that-clause or a quotation is a statement whatever verb carries it. So is a call or a
warning that says what it wants ("Urging the authorities to remain vigilant, …",
"Calling for a four-year sentence, the prosecutor said …", "Warning of a slowdown, …"):
the participle states the stance. A participle of topic or scene ("Responding to …",
"Commenting on …", "Pointing to …", "Citing …", "Announcing the results …") does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.extract.cues import XCOMP_CUES
from briefgen.extract.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["scene_setting"]

# What opens a reported clause: a complementizer or a wh-word ("noting how …").
_CLAUSE = re.compile(r"\W*(?:that|whether|if|how|why|what|when)\b", re.I)
_QUOTE_MARKS = frozenset("\"“”'‘’«»")
# A call or a warning through its preposition says the stance: "calling for", "warning of".
_STANCE_PREPS = {
    "call": frozenset({"for"}),
    "argue": frozenset({"for", "against"}),
    "warn": frozenset({"of", "about", "against"}),
    "caution": frozenset({"against"}),
    "appeal": frozenset({"for"}),
    "insist": frozenset({"on"}),
}


def scene_setting(cue: Token, content: tuple[int, int]) -> bool:
    """Whether ``cue`` is a participle ("Recalling", "Citing", "Pointing") heading an
    adjunct before its clause's verb, with no subject of its own, whose ``content``
    (character offsets) is neither a that-clause nor a quotation."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.i > cue.head.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in cue.children):
        return False  # "Reed saying that …", "while he was noting …": a clause of its own
    lemma = cue.lemma_.lower()
    if lemma in XCOMP_CUES and any(c.dep_ == "xcomp" for c in cue.children):
        return False  # "Urging the authorities to remain vigilant": what they want done
    preps = _STANCE_PREPS.get(lemma, frozenset())
    if any(c.dep_ == "prep" and c.lower_ in preps for c in cue.children):
        return False  # "Calling for a four-year sentence"
    text = doc_text(cue.doc)
    between = text[cue.idx + len(cue.text) : content[0]]
    if _QUOTE_MARKS & set(between) or text[content[0] : content[0] + 1] in _QUOTE_MARKS:
        return False
    return _CLAUSE.match(text, content[0]) is None
