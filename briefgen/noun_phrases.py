"""The words a reference back is read from, without a parse: where a noun phrase ends, the
words after it that say which one, the nouns that single one out or name a place or a
participant, and whether a text introduced a noun ("a healthcare worker", "20 Canadian
students"). Shared by ``anaphora`` and the readers of what it finds.
"""

from __future__ import annotations

import re

from briefgen import heap


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
# Compiled patterns made from a word of the corpus (a stem, a head noun) kept at once,
# per kind: the latest asked (``_introduction``, ``definites._named_with``).
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


def introduces_noun(noun: str, text: str) -> bool:
    """Whether ``text`` introduces ``noun`` (or its singular or plural) as a participant:
    "a healthcare worker", "20 Canadian students"."""
    stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    # The stem alone is looked for first: the introducer's pattern, compiled for each stem
    # and tried at every word, costs far more, and can only match where the stem is.
    if stem.isascii() and text.isascii():
        present = stem.lower() in text.lower()  # ASCII: what re.I matches, and only that
    else:
        present = re.search(re.escape(stem), text, re.I) is not None
    return present and _introduction(stem).search(text) is not None


# Compiled once a stem, for the stems asked lately: a pattern is ~3.5 KB (the introducers'
# alternation), one a distinct noun of the corpus, and a table of every stem asked grew with
# the corpus's vocabulary to the build's end (~0.004 MB an article); the summary asks the
# same few stems again within a page, rarely across the corpus (issue 15, docs/scale.md BL).
@heap.corpus_cache(PATTERNS_KEPT)
def _introduction(stem: str) -> re.Pattern[str]:
    """The pattern of ``stem`` introduced, compiled once a stem."""
    # a bare plural placed by a name ("after attacks in Paris") introduces the thing too:
    # "the attack" takes up one of them
    return re.compile(
        rf"{INTRODUCER}{re.escape(stem)}(?:s|es)?\b"
        rf"|\b{re.escape(stem)}(?:s|es)\s+(?:in|on|at|against)\s+(?-i:[A-Z])",
        re.I,
    )
