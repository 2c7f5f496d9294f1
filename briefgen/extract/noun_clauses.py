"""What a clause on a noun tells of its time: a document that speaks when it is issued
("said in the letter, dated Monday"), a name whose date is the clause's ("the 1994 Clinic
Access Act, which his rival sponsored"), and a clause that tells a state now instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from briefgen.extract.clauses import REPORTING, lemma_of
from briefgen.extract.verb_tense import modal, simple_tense

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["NOUN_CLAUSE", "medium", "named_by", "standing"]

# What speaks for itself when read or issued: "said a message read Wednesday night".
_DOCUMENTS = {"letter", "statement", "message", "communique", "report", "note", "memo"}
_DOCUMENTS |= {"document", "release", "editorial", "article", "bulletin", "version", "text"}
_DOCUMENTS |= {"declaration", "resolution", "fax", "e-mail", "email", "broadcast", "notice"}
# A clause modifying a noun.
NOUN_CLAUSE = {"relcl", "acl"}


# How a date names the noun it modifies: "the 1994 Clinic Access Act", "Friday's vote".
_NAMING = {"nummod", "compound", "amod", "poss", "nmod"}


def named_by(clause: Token, dated: Mapping[int, tuple[int, int]]) -> int | None:
    """The verb dated by the expression that names the noun a past clause describes: "the
    1994 Clinic Access Act, which his rival sponsored", "Friday's vote, which the
    government won": the noun's time is the clause's. A name of several words ("the 1994
    Freedom of Access to Clinic Entrances Act") is one noun."""
    doc = clause.doc
    noun = clause.head
    for verb, (start, end) in dated.items():
        root = doc[start:end].root
        named = root.head
        if root.dep_ not in _NAMING or not end <= named.i <= noun.i:
            continue
        if named.i == noun.i or all(t.pos_ in _IN_NAME for t in doc[named.i : noun.i + 1]):
            return int(verb)
    return None


# What the words of a name are: "Freedom of Access to Clinic Entrances Act".
_IN_NAME = {"PROPN", "ADP", "PUNCT"}


def standing(clause: Token) -> bool:
    """A clause in the present or with a modal: a state at the time of writing ("which
    remains in place", "which would ban"), not a happening at the noun's date."""
    return simple_tense(clause) == "present" or modal(clause)


def medium(token: Token, dated: Mapping[int, tuple[int, int]]) -> int | None:
    """The dated participle on the document a verb of saying speaks in: "said in the
    letter, dated Monday", "said in an interview broadcast Sunday", "wrote in a statement
    issued Friday". The document's date is the saying's; not another preposition's noun
    ("arrested for a crime committed in 1990": the crime's time)."""
    if lemma_of(token) not in REPORTING:
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            for part in noun.children if noun.dep_ == "pobj" else ():
                if part.dep_ == "acl" and part.tag_ == "VBN" and part.i in dated:
                    return int(part.i)
    for noun in token.children:
        if noun.dep_ != "nsubj" or noun.pos_ != "NOUN":
            continue
        # The document itself speaking: "said a message that was read Wednesday night",
        # "said a Spanish version of the letter, dated Feb. 4": it says what it says when
        # it is read or dated.
        nouns = [noun, *(p for o in noun.children if o.lower_ == "of" for p in o.children)]
        for n in nouns:
            if lemma_of(n) not in _DOCUMENTS:
                continue  # "the man who was arrested Monday said": a person speaks later
            for part in n.children:
                if part.dep_ in NOUN_CLAUSE and part.i in dated:
                    return int(part.i)
    return None
