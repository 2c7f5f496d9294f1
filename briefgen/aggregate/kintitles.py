"""What a document's own words say of who a titled or bare surname is, beyond the name list:
the titles it gives the surname ("Mr. Khan" fourteen times, "Ms. Khan" six), and the people
it introduces as a named person's relative ("her son, Humayun Khan").

A given name the gender list does not know ("Khizr") fits any title; the document's usage
keeps it from the rarer one. A person the document's bare uses mostly refuse (a wife named
once beside fifteen "Mr. Obama"s) is still the one a title of her own gender names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from briefgen.aggregate.name_titles import title_gender
from briefgen.aggregate.names import NAMED, name_key, person_words, surname_form
from briefgen.extract.antecedents import name_gender
from briefgen.extract.rolefit import KINSHIP
from briefgen.models import Mention

# "her son, X", "his pastor father, X", "Trump's daughter X": a possessive, perhaps one
# word, then the kinship noun; not "the parents, X and Y Z", a pair the story is about.
_OWNED_KIN = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w’']*['’]s)\s+(?:[\w-]+\s+)?(\w+),?\s*$"
)


# "the daughter of X", "X's son": the name a kinship is stated of, so another person is
# that one's relative (the noun before "of", or the one after the possessive)
_KIN_OF_BEFORE = re.compile(r"\b(\w+)\s+of\s*$")
_KIN_AFTER_OWNER = re.compile(r"^['’]s?\s+(?:[\w-]+\s+)?(\w+)\b")


def has_relative(text: str, m: Mention) -> bool:
    """Whether the text names ``m`` as the one a relative is someone's: "the daughter of
    Aung San", "Aung San's daughter". Parents and children often share the opening words
    of a name ("Aung San", "Aung San Suu Kyi"), so such a name is no short form of theirs."""
    before = _KIN_OF_BEFORE.search(text[max(0, m.start - 30) : m.start])
    after = _KIN_AFTER_OWNER.match(text[m.end : m.end + 40])
    return any(found is not None and found.group(1).lower() in KINSHIP for found in (before, after))


def owned_relative(text: str, m: Mention) -> bool:
    """Whether a name comes right after a possessive and a kinship noun: "her son, X"."""
    found = _OWNED_KIN.search(text[max(0, m.start - 40) : m.start])
    return found is not None and found.group(1).lower() in KINSHIP


class SurnameTitles:
    """The titles one document gives each bare surname, counted by gender."""

    def __init__(self, text: str, mentions: Iterable[Mention]) -> None:
        self.text = text
        self.seen: dict[str, Counter[str]] = defaultdict(Counter)
        for m in mentions:
            if m.type == "person" and m.kind in NAMED and len(name_key(m.text)[0]) == 1:
                sex = title_gender(text, m)
                if sex is not None:
                    self.seen[surname_form(person_words(m.text)[0][0])][sex] += 1

    def names(self, m: Mention, full_name: str) -> bool:
        """Whether the title before ``m`` is of the gender ``full_name``'s given name is."""
        sex = title_gender(self.text, m)
        return sex is not None and _sex(full_name) == sex

    def opposed(self, m: Mention, full_name: str) -> bool:
        """Whether the title before ``m`` is of the other gender than ``full_name``'s given
        name mostly is (a "Randy" the document's "Ms Jackson" usage lets through)."""
        sex = title_gender(self.text, m)
        return sex is not None and _sex(full_name) not in (None, sex)

    def against(self, m: Mention, word: str, full_name: str) -> bool:
        """Whether ``full_name``'s given name says no gender and the title before ``m`` is
        the rarer of the two the document gives the surname ``word``."""
        sex = title_gender(self.text, m)
        if sex is None or _sex(full_name) is not None:
            return False
        seen = self.seen.get(word, Counter())
        return seen["f" if sex == "m" else "m"] > seen[sex]


def _sex(full_name: str) -> str | None:
    return name_gender(person_words(full_name)[0][0], mostly=True)
