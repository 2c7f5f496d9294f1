"""Whether a role the text gives a name says what the person is or does: not a list of
people, an honorific alone, another name, an adjective ("rival") or a form of address the
recogniser left out of the name ("officer Sir" before "Liam Donaldson")."""

from __future__ import annotations

import re

from briefgen.extract.actor_words import word_set
from briefgen.extract.given_names import given_name

__all__ = [
    "HONORIFICS",
    "KINSHIP",
    "NOT_AGENTS",
    "fuller_roles",
    "good_role",
    "stated_role",
    "without_address",
]

# Words before a name that introduce a relative of someone named beside them.
KINSHIP = word_set(
    """
    wife husband son daughter father mother brother sister sibling siblings uncle aunt
    nephew niece cousin grandson granddaughter grandmother grandfather widow widower
    children child sons daughters brothers sisters parents stepfather stepmother
    """
)
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})
# A word naming a person by what they do ("lawyer", "manager") rather than what they are
# like ("rival", "old") ends like an agent noun.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "ess")
# Nouns that end like an agent noun and name a thing, a time or a state, never a person:
# "during her singing career Ann Holt toured" gives no role "singing career".
NOT_AGENTS = word_set(
    """
    career careers power order matter number letter paper water border corner chapter error
    honor honour labor labour favor favour behavior behaviour sector factor terror center
    centre summer winter answer cancer dinner theater theatre manner murder disorder shelter
    weather quarter
    """
)


# Titles written before a person's name ("Lady Gaga", "President Obama"), unlike those
# that open a longer title ("Chief Justice", "Deputy Director").
_NAME_TITLES = frozenset(
    [
        "lady",
        "lord",
        "sir",
        "dame",
        "president",
        "king",
        "queen",
        "prince",
        "princess",
        "dr",
        "judge",
        "senator",
        "governor",
        "mayor",
        "pope",
        "sheikh",
        "emir",
        "sultan",
        "rev",
        "reverend",
    ]
)
# Words before a noun that say which or how many, not what: "one", "the", "another".
_DETERMINERS = frozenset({"a", "an", "the", "one", "another", "this", "that", "some"})
# The speaker's or the listener's own possessives: "our fabulous current president" is how
# a speaker addresses a room, not the office a brief reports (the writer's "his" and
# "their" name an owner the text gives elsewhere: ``stated_role``).
_FIRST_SECOND_PERSON = frozenset({"my", "our", "your"})


# Forms of address that open a name ("Sir Liam Donaldson", "Dame Judi Dench"): before a
# name the recogniser did not take them in, they are the name's, not the role's.
_ADDRESS = HONORIFICS | {"sir", "dame", "lord", "lady"}


def without_address(role: str) -> str:
    """``role`` without the forms of address that end it: "England's chief medical
    officer Sir" (before "Liam Donaldson") is "England's chief medical officer"; "Sir"
    alone is nothing."""
    words = role.split()
    while words and words[-1].strip(".").casefold() in _ADDRESS:
        words.pop()
    return " ".join(words)


def good_role(role: str, titles: frozenset[str]) -> bool:
    """Whether a role the text gives a name says what the person is or does.

    Not a list of people, an honorific alone ("Mrs"), a letter ("D"), another name ("Mark
    MacDougall", "Paris", "Crime": capitalised words with no role noun), or one adjective ("old",
    "rival"): a one-word role is a title or an agent noun ("lawyer", "spokesman"). Nor a
    membership ("a Republican": one capitalised word after an article is read as alone),
    nor a speaker's epithet in the first or second person ("our fabulous current president").
    """
    if "," in role or " - " in role or len(role.split()) > 8 or re.search(r"\band [A-Z]", role):
        return False  # a list ("father, Joseph and eight siblings - including …"), not a role
    ws = [w.strip(".,'’") for w in role.split()]
    ws = [w for w in ws if w]
    folded = [w.casefold() for w in ws]
    if not ws or all(w in HONORIFICS for w in folded):
        return False
    if _head(folded) in NOT_AGENTS:
        return False  # "singing career": a thing of the person's, not what they are
    if folded[0] in _FIRST_SECOND_PERSON:
        return False  # "our fabulous current president": a speaker's epithet, in a speech
    if len(ws) == 2 and folded[0] in _DETERMINERS and ws[1][:1].isupper():
        # "a Republican", "an American": a party, a nation, a faith one belongs to, no
        # office; the one capitalised word must be a title to be a role, as alone
        ws, folded = ws[1:], folded[1:]
    if len(ws) == 1:
        w = folded[0]
        if w in titles or w in KINSHIP:
            return True
        # a capitalised word that is no title is a name or a word of one ("Forever")
        # "-ent"/"-ant" end adjectives as often ("different"): a title names those nouns
        nouns = tuple(e for e in _AGENT_ENDINGS if e not in ("ent", "ant"))
        return len(w) > 2 and ws[0][:1].islower() and w.endswith(nouns)
    if folded[-1].endswith(("ing", "ed", "ly")):
        return False  # "Dr Murray's sentencing", "apparently drugged": no noun for a person
    # several words: at least one written in lower case or a known title ("Foreign
    # Minister"), or capitalised ending in an agent noun ("Assistant Special Agent"), and
    # not opening with a given name: "Mark MacDougall", "Mona Edwards Mr" are names, and
    # so are "one Michael Jackson" (a determiner before a name) and a title before a name
    # ("Lady Gaga", "President Obama": a name with its title, not what a person is)
    real_titles = [w for w in folded if w in titles and w not in HONORIFICS]
    named = [w for w in ws if w.casefold() not in _DETERMINERS]
    if named and all(w[:1].isupper() for w in named):
        if not real_titles and given_name(named[0]):
            return False
        lead = named[0].casefold().rstrip(".")
        rest = [w.casefold() for w in named[1:]]
        if rest and lead in _NAME_TITLES and all(w not in titles for w in rest):
            return False
    if any(w[:1].islower() for w in ws) or any(w in titles for w in folded):
        return True
    return folded[-1].endswith(_AGENT_ENDINGS) and not given_name(ws[0])


# Words after a role's head noun that open what it is of: "secretary of labor".
_AFTER_HEAD = frozenset({"of", "for", "at", "in", "to", "from", "with", "on"})


def _head(folded: list[str]) -> str:
    """The head noun of a role's (case-folded) words: the last before a preposition ("the
    secretary of labor": "secretary"), else the last."""
    cut = next((n for n, w in enumerate(folded) if n and w in _AFTER_HEAD), len(folded))
    return folded[cut - 1]


# Ordinals that rank a person among others ("The third remaining Republican candidate"):
# a standing in a count, not a position ("first" also opens titles: "the first lady").
_RANKS = word_set("second third fourth fifth sixth seventh eighth ninth tenth")
_POSSESSIVES = word_set("his her their its")
# an age's remains at a role's head, its number cut off ("year-old", "old" before a name)
_AGE_LEFT = re.compile(r"^(?:\d+-)?(?:years?|months?|weeks?)-old\s+|^old\s+(?=[A-Z])")


def stated_role(role: str) -> str | None:
    """The position a description beside a name states, as a profile shows it; None when
    it states none.

    "his top aide": whose aide the text says elsewhere, so the role is "top aide" (as an
    apposition's "his" is left out). "The third remaining Republican candidate": a standing
    among others, not a position.
    """
    # "6-year-old Cuban rafter" read without its number: the age is no part of a position
    role = _AGE_LEFT.sub("", role, count=1) or role
    words = role.split()
    if len(words) < 2:
        return role
    lead = words[0].casefold()
    if lead in _POSSESSIVES and not words[1].endswith(("'s", "’s")):
        # ("her husband's Treasury secretary": the owner's own owner stays, or it dangles)
        return " ".join(words[1:])
    if lead == "the" and words[1].casefold() in _RANKS:
        return None
    return role


def fuller_roles(roles: set[str]) -> set[str]:
    """``roles`` without a definite article and a bare noun ("The chief") where another of
    them names that position in full ("the campaign chief"): the bare one points back to
    it. Alone ("the mayor"), a bare role stays."""
    heads = {r.split()[-1].casefold() for r in roles if len(r.split()) > 2}
    return {
        r
        for r in roles
        if not (
            len(r.split()) == 2
            and r.split()[0].casefold() == "the"
            and r.split()[1].casefold() in heads
        )
    }
