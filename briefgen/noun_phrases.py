"""The words a reference back is read from, without a parse: where a noun phrase ends, the
words after it that say which one, the nouns that single one out or name a place or a
participant, and whether a text introduced a noun ("a healthcare worker", "20 Canadian
students"). Shared by ``anaphora`` and the readers of what it finds.
"""

from __future__ import annotations

import re


def wordset(words: str) -> frozenset[str]:
    """A word list written as prose, one space between words."""
    return frozenset(words.split())


# Words that end a noun phrase: the verb or clause after it begins.
PHRASE_ENDS = wordset(
    "is was are were has have had will would could can may might should must did does do "
    "be been being said says say told tells and or but to of in on at for with by from "
    "as that which who whom whose where when after before because while since than not "
    "also still it its their his her they he she we the a an"
)
# Words after the phrase saying which one: a complement, a restrictive clause, a name in
# apposition. A clause after a comma is no such thing: "The man, who is in stable
# condition, arrived" describes a man the article named before, and says nothing of which
# (nor does an age between commas, "The man, 45,").
# A place after "in", "at" or "from" says which ("the bank in San Juan"); a time or a count
# does not ("the hashtag in 10 hours", "the island at dawn").
SAYS_WHICH = re.compile(
    r"\s*(?:['’]s\b|\s*(?:who|whom|whose|which|that|where|as)\b"
    r"|,?\s*of\b|,?\s*(?:in|at|from|near|behind)\b(?!\s+(?:\d|(?:the\s+)?(?:past|last|next"
    r"|first|coming|recent|early|late|mid|just|about|less|more|under|over|only|least|most)\b"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|recent)\s+"
    r"(?:[a-z]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b))"
    r"|,?\s*(?:named|called|known)\s+(?:as\s+)?[A-Z“\"]"
    r"|,?\s+[A-Z]|\s+\d)"  # "named John", not the verb of "the senator called on"
)
# Time words are deictic, read from the article's date ("the day", "the week"); ordinals
# and superlatives single one out ("the first case", "the largest").
SINGLES = wordset(
    "day days week weeks weekend month months year years morning afternoon evening night "
    "time past future moment end start beginning rest world public first second third "
    "fourth fifth last latest next only main whole entire most least largest biggest "
    "highest lowest best worst newest oldest youngest earliest greatest"
)
# Compiled patterns made from a head noun kept at once: the latest asked
# (``definites._named_with``).
PATTERNS_KEPT = 256
# A participant introduced or already taken up: "a healthcare worker", "20 Canadian
# students", "Uganda's health ministry", "the hotel".
INTRODUCER = (
    r"\b(?:a|an|the|this|that|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of"
    r"|hundreds\s+of|several|some|another|many|\d[\d,]*|[\w.-]+['’]s)\s+(?:[\w#.'’-]+\s+){0,3}?"
)
# Nouns news writing takes up a participant with, whoever it is: the article named them
# before, however far back ("The Mexican man arrived …", "the U.N. agency said", "the
# South Carolina senator called on …"). A role one person holds in the story's place ("the
# mayor", "the governor") reads as that place's.
# People and bodies are completed from their introduction (``participant_named``), never by
# a name in front ("20 Canadian students" are no "[the Canadian students]").
PARTICIPANTS = wordset(
    "man woman men women boy girl boys girls child children baby couple teenager patient "
    "patients victim victims pupil pupils student students worker workers tourist "
    "tourists traveller travellers traveler travelers passenger passengers guest guests "
    "agency ministry department organisation organization company firm hotel senator "
    "congressman congresswoman lawmaker minister staffer staffers aide aides "
    # a person or a body known by what they do ("the radio talk show host", "the militant
    # group"): who, the article named before
    "host group "
    # a body sitting on one matter ("Thursday's memo from the panel"): which, the article
    # named before
    "panel committee commission"
)

# A place the story itself may be about ("the country", "the city"): which one, a name in
# the sentence says, or only the article; even where most documents use the word.
PLACES = wordset(
    "country city town village county region province capital nation state island islands "
    "territory district archipelago"
)


def bare_name(word: str) -> str:
    """A word as a name: "Ruiz" of "Ruiz's," or "Ruiz,"."""
    return re.sub(r"(?:['’]s)?[,.;:]*$", "", word)


def phrase_words(words: list[str]) -> list[str]:
    """The words of the noun phrase: up to the first that begins a verb or clause."""
    kept = []
    for w in words:
        bare = w.rstrip(".,;:!?")
        if bare.lower() in PHRASE_ENDS:
            break
        kept.append(bare)
        if bare != w:
            break  # punctuation ends it
    return kept


def occurs_in(word: str, text: str) -> bool:
    """Whether ``word`` stands anywhere in ``text``, in any case (as ``re.I`` finds it): a
    cheap test before a pattern built on the word is compiled or tried."""
    if word.isascii() and text.isascii():
        return word.lower() in text.lower()  # ASCII: what re.I matches, and only that
    return re.search(re.escape(word), text, re.I) is not None


def introduces_noun(noun: str, text: str) -> bool:
    """Whether ``text`` introduces ``noun`` (or its singular or plural) as a participant:
    "a healthcare worker", "20 Canadian students"."""
    stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    # The stem alone is looked for first: most texts asked do not hold it, and reading
    # each of its places (``_introduced``) costs more than one plain search.
    return occurs_in(stem, text) and _introduced(stem, text)


# ``INTRODUCER`` ending where the text searched ends (``endpos``: where the stem begins).
_INTRODUCER_ENDS = re.compile(rf"(?:{INTRODUCER})\Z", re.I)
# After the stem: its plural, maybe, and the word's end ("a healthcare worker") ...
_NOUN_ENDS = re.compile(r"(?:s|es)?\b", re.I)
# ... or a bare plural placed by a name ("after attacks in Paris"), the stem at a word's start.
_PLACED_PLURAL = re.compile(r"(?:s|es)\s+(?:in|on|at|against)\s+(?-i:[A-Z])", re.I)
_WORD_START = re.compile(r"\b")
# An introduction is at most this many words up to its noun ("hundreds of new young
# Canadian students": the introducer's two and three more), each ended by a space.
_INTRODUCER_WORDS = 6


def _introduced(stem: str, text: str) -> bool:
    """Whether ``text`` introduces ``stem``: ``INTRODUCER`` right before it and maybe its
    plural after it, then a word's end ("a healthcare worker"); or, opening a word, its
    bare plural placed by a name ("after attacks in Paris": "the attack" takes up one).

    Read at each place the stem is (any case), with patterns compiled once: a pattern of
    the introducer and the stem together (``INTRODUCER{stem}(?:s|es)?\\b|…``) was ~3.5 KB
    and ~0.7 ms to compile for each distinct noun, and the summary asks thousands, more
    than a cache of the latest 256 held: half of its asks compiled one (docs/scale.md Part
    BW). The answers are that pattern's (``tests/test_word_patterns.py`` holds them to it)."""
    occurs = re.compile(re.escape(stem), re.I)  # a literal: cheap, and kept by ``re``
    found = occurs.search(text)
    while found is not None:
        at, end = found.span()
        if _NOUN_ENDS.match(text, end) and _INTRODUCER_ENDS.search(text, _words_back(text, at), at):
            return True
        if _WORD_START.match(text, at) and _PLACED_PLURAL.match(text, end):
            return True
        found = occurs.search(text, at + 1)
    return False


def _words_back(text: str, at: int) -> int:
    """Where the ``_INTRODUCER_WORDS``-th run of non-space characters before ``at`` begins
    (0 when there are fewer): no introduction of a noun at ``at`` begins before it."""
    i = at
    for _ in range(_INTRODUCER_WORDS):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return i
