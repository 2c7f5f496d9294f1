"""Who a document names in a role it gives only in its words: "detective Ann Holt said",
"Tom Reed, the band's bassist, …".

The extraction gives a person a role from an apposition or a title it knows; news copy
also writes a trade before the name in small letters ("police detective Ann Holt") and
then takes the person up by the trade alone ("The detective said …"). A sentence shown
alone with that subject needs the name; when the document never writes the trade beside a
name, the sentence's "the bassist" is someone only the article's context says.
"""

from __future__ import annotations

import re
from collections import Counter

from briefgen.extract.actor_words import ROLE_NOUNS
from briefgen.models import Extraction
from briefgen.noun_phrases import PARTICIPANTS
from briefgen.standalone import PEOPLE_NOUNS

__all__ = ["beside_a_name", "open_person_noun", "trade_holders"]

# Trades that say a person and end in no agent ending: an open class, of which news copy's
# second references use these most (the "-ist" ones are told by their ending).
_TRADES = frozenset(
    """detective investigator inspector sheriff constable reporter photographer drummer
    rapper dancer designer chef farmer banker trader broker novelist author poet
    producer director composer conductor rider jockey boxer striker goalkeeper referee
    spokesman spokeswoman""".split()  # noqa: SIM905 - a word list reads best as prose
)
# Role nouns that also head other things' names ("the general election", "the head office").
_NOT_ONLY_PEOPLE = frozenset({"general", "head", "chief", "chair"})
# How far before a name its trade may stand ("police detective Sgt. Ann Holt").
_BEFORE = 40
# How far after a name an apposition may give its trade ("Ann Holt, the band's bassist").
_AFTER = 60


def open_person_noun(word: str) -> bool:
    """Whether ``word`` (small letters, singular) names a person by what they are, beyond
    an office (``ROLE_NOUNS``): kin, a trade, a part in a story ("the bassist", "the
    detective", "the witness"). A person told this way is one the article named before."""
    if word in _NOT_ONLY_PEOPLE or word in ROLE_NOUNS or word in PARTICIPANTS:
        return False  # a participant introduced before ("a man … the man"): ``definites``
    if word in PEOPLE_NOUNS or word in _TRADES:
        return True
    # "-ist" names who practises something ("bassist", "cyclist"); "-list" names things
    return len(word) > 5 and word.endswith("ist") and not word.endswith("list")


def trade_holders(noun: str, start: int, extraction: Extraction) -> Counter[str]:
    """The people the document names before ``start`` with ``noun`` (singular) written
    beside their name, as the extraction gives them (name -> how often): before it
    ("detective Ann Holt", "Detective Ann Holt"), in its role, or in an apposition after it
    ("Ann Holt, the band's bassist")."""
    word = rf"\b{re.escape(noun)}s?\b"
    # (not a post sought: "the nominee for president Ada Brandt")
    before = re.compile(rf"(?<!\bfor\s){word}\s+(?:[A-Z][\w.'’-]*\s+)?$", re.I)
    after = re.compile(rf",\s+(?:a|an|the|his|her|their)\s+(?:[\w.'’-]+\s+){{0,3}}?{word}", re.I)
    document = extraction.document.text
    holders: Counter[str] = Counter()
    for x in extraction.mentions:
        if x.type != "person" or x.kind != "name" or x.start >= start:
            continue
        if (
            before.search(document[max(0, x.start - _BEFORE) : x.start])
            or re.match(rf"{word}\s", x.text, re.I)
            or re.search(word, x.role or "", re.I)
            or after.match(document[x.end : x.end + _AFTER])
        ):
            holders[x.text] += 1
    return holders


# A capitalised name of two words or more.
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+"


def beside_a_name(noun: str, start: int, extraction: Extraction) -> bool:
    """Whether the document's words before ``start`` write ``noun`` beside a name the
    extraction may not have found ("The county sheriff, Ann Ruiz, spoke"; "Ann Ruiz, the
    sheriff"): the reference back is one the checks of definite nouns name."""
    before = extraction.document.text[:start]
    word = rf"\b{re.escape(noun)}s?\b"
    return (
        re.search(rf"{word},?\s+{_NAME}", before, re.I) is not None
        or re.search(rf"{_NAME},\s+(?:a|an|the)\s+(?:[\w.'’-]+\s+){{0,3}}?{word}", before)
        is not None
    )
