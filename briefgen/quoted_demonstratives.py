"""A quotation's "this order", "these videos": the speaker points at what they and their
listeners have before them; the reader of the brief sees only the shown text, so the text
must name the thing itself (``quoted_this``).
"""

from __future__ import annotations

import re
from collections.abc import Set

from briefgen import speech_verbs
from briefgen.extract.actor_words import TITLES
from briefgen.extract.quotes import without_quotations
from briefgen.noun_phrases import (
    PLACES,
    SAYS_WHICH,
    SINGLES,
    bare_name,
    introduces_noun,
    phrase_words,
    wordset,
)

# "this order", "this barbarous organization", "these videos" said inside a quotation:
# the demonstrative and the words of its noun phrase, up to two before the noun.
_THIS = re.compile(r"\b(?:[Tt]his|[Tt]hese|[Tt]hose)\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]{2,})\b")
# "that decision", "that plan": "that" is a demonstrative, not a clause's opener, where it
# opens the quotation (maybe after "And"/"But") or follows a preposition ("“Since that
# ruling, …”", "“I disagree with that decision”"); after a verb it may open a clause ("“I
# think that people …”") and is not taken.
_THAT = re.compile(r"\b[Tt]hat\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]{2,})\b")
_THAT_OPENS = re.compile(
    r"(?:[“\"‘]\s*|[“\"‘]\s*(?:and|but|yet)\s+|\b(?:since|after|before|during|following"
    r"|in|at|from|by|of|with|despite|over|about|on|for|under|against|into|through|like"
    r"|without|behind|toward|towards|beyond)\s+)\Z",
    re.I,
)
# Words after "that" which make no demonstrative with a noun: a degree ("that much"), a
# pronoun or article opening a clause ("that it", "that the"), a verb.
_THAT_NO_NOUN = wordset(
    "it he she they we you i there the a an is was are were has had will would can could "
    "may might should must did does much many far long little few well often soon way same "
    "one ones this these those said kind sort type"
)
# Where the speaker stands, as their "this" points at it: "this administration", "this
# chamber", "this body"; a place (``PLACES``) or a time (``SINGLES``) is one too.
_WHERE_SPEAKING = wordset(
    "administration government house chamber body building room hall court committee "
    "institution team party race campaign election generation"
)


def quoted_this(
    text: str, narration: str, before: str, story: Set[str], people: Set[str]
) -> str | None:
    """The "this order", "these videos" of a quotation in ``text`` (its ``narration``
    blanks them) whose referent the shown text does not name, or None. The speaker points
    at what they and their listeners have before them (an order given, a group the article
    named sentences before); the reader of the brief sees only the shown text, so it must
    name the thing itself: its noun said before in the sentence ("ordered … “this order”"),
    or words after the phrase saying which. A thing the article ``before`` introduced by
    that noun is refused whatever else the sentence names; one it did not may be named by
    the sentence, which gives a name besides its speaker and its people (``people``: the
    words of the document's person names; "Ruiz vowed to destroy the Red Hand, “this
    barbarous organization”"). The narration's demonstratives are
    ``shown.stands_alone``'s; a speaker's "this country", "this week", and the story's own
    "this virus" (``story``) need no naming."""
    for m in _demonstratives(text):
        # the noun phrase, its noun unknown (no parse): up to the first verb or clause word
        words = phrase_words(m[1].split())
        if narration[m.start()] != " " or not words:
            continue  # the narration's, or a pronoun ("this is")
        if any(w in SINGLES or _singular(w) in SINGLES or w in _JUNCTURES for w in words):
            continue  # a time: "this past week", "these days", "at this stage"
        if any(w in PLACES or w in _WHERE_SPEAKING for w in words):
            continue  # the speaker's country, their chamber: where they stand
        head = words[-1]
        if head.endswith("ly") or head in _NO_NOUN:
            continue  # "those" standing alone: "take those seriously", "put those together"
        end = m.start(1) + len(" ".join(words))
        if _said_before(words, text[: m.start()]) or SAYS_WHICH.match(text, end):
            continue  # "a new law … this law", "ordered … this order", "this plan of ours"
        if any(w not in story and introduces_noun(w, before) for w in words):
            return m[0]  # the thing the article told before, whatever else the sentence names
        if head in story or _singular(head) in story:
            continue  # the story's own thing: "this virus" in a story of the virus
        if _names_thing(text, people, person=head in _PEOPLE_NOUNS):
            continue  # "vowed to destroy the Red Hand, “this barbarous organization”"
        return m[0]
    return None


def _demonstratives(text: str) -> list[re.Match[str]]:
    """The "this …", "these …", "those …" of ``text``, and its "that …" where "that" is a
    demonstrative (``_THAT_OPENS``), in the order they stand."""
    that = [
        m
        for m in _THAT.finditer(text)
        if _THAT_OPENS.search(text, 0, m.start())
        and m[1].split()[0] not in _THAT_NO_NOUN
        # a verb, not a noun: "that lasted", "that leaving", "that makes sense" ("that"
        # takes a singular noun: a word in a lone "-s" after it is a verb's)
        and not re.fullmatch(r"[a-z]+(?:ed|ing|ly|[^siu]s)", m[1].split()[0])
    ]
    return sorted([*_THIS.finditer(text), *that], key=lambda m: m.start())


# A point in a course of events, as a time: "at this stage", "at this point".
_JUNCTURES = wordset("stage stages point juncture")
# Words a pronoun "those" or "this" stands before that are no noun: "put those together".
_NO_NOUN = wordset("together again here there too away out up down back off over now then")
# Nouns for people a speaker points at: "this man", "these people". Who, the sentence
# says by naming a second person besides the one who speaks.
_PEOPLE_NOUNS = wordset("man woman men women guy guys person people folks individual individuals")
# Capitalised words that name no thing the speaker may point at: days, months, "I".
_NO_THING = wordset(
    "i i'm i’m i've i’ve i'd i’d i'll i’ll monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november "
    "december today yesterday tonight"
)


def _singular(noun: str) -> str:
    """``noun`` without a plural's "s" ("videos" -> "video", "days" -> "day")."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _said_before(words: list[str], told: str) -> bool:
    """Whether the sentence's words ``told`` before a quoted demonstrative say its noun
    phrase already: one of its words, as a noun or the verb it is made from ("ordered …
    this order", "a new law … this law")."""
    return any(
        w.isalpha() and re.search(rf"\b{re.escape(_singular(w).lower())}", told, re.I)
        for w in words
    )


# The speaker of a quotation as the narration gives them: a name right before a verb of
# saying ("Ruiz pledged", "Ruiz quickly said") or right after one ("said Ruiz"); "Ruiz
# called Lind “this man”" names whom the speaker points at.
# A speaker's tag, or a verb of committing or urging the speaker is the subject of.
_SAYING = speech_verbs.alternation(
    speech_verbs.told_forms(
        speech_verbs.QUOTE_TAGS
        | {"vow", "pledge", "promise", "argue", "claim", "urge", "call"}
        | {"state", "note"}
    )
)
_INVERTED = speech_verbs.alternation(speech_verbs.told_forms(speech_verbs.INVERTED))
_SPEAKER = re.compile(
    rf"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\]?\s+(?:[a-z]+ly\s+)?{_SAYING}\b"
    # after a verb that takes no person as its object: "told Lind" names whom Ruiz told
    rf"|\b{_INVERTED}\s+\[?"
    r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)"
)


def _names_thing(text: str, people: Set[str], *, person: bool) -> bool:
    """Whether ``text`` gives a name a quoted demonstrative may point at: a capitalised word
    no sentence or quotation opens with, not a day or a month, not the speaker's (the name
    the narration gives a verb) and, unless the demonstrative is of a ``person``, none of
    the document's ``people``. A bracket is the brief's own naming."""
    speaker = {
        bare_name(w)
        for m in _SPEAKER.finditer(without_quotations(text))
        for w in (m[1] or m[2]).split()
    }
    for n in re.finditer(r"(?<![\w'’.\-“\"‘])\[?([A-Z][\w.'’&-]*)", text):
        opens = re.search(r"(?:^|[.!?]\s+)\W*$", text[: n.start()]) is not None
        word = bare_name(n[1])
        if opens or word.lower() in _NO_THING or word in speaker:
            continue
        if word.lower().rstrip(".") in TITLES:
            continue  # "Dr", "Judge": a person's title, the name after it is one of people
        if person or word not in people:
            return True
    return False
