"""References that lean on the sentence before under another word than its own.

A reference back by the same noun ("a hotel ... the hotel") is ``anaphora``'s. News writing
also takes up what the sentence before told under a word of its own, which no same-head
test finds (a "bridging" reference):

- a comparative with no standard: "Marlow's council said the storm had damaged 140
  homes. The insurers report a lower figure of 61." Lower than what, and a figure
  of what, only the sentence before says (``standardless``);
- a definite happening as the subject, told as what befell the person the sentence before
  named: "Ann Holt, a teacher, was taken ill on Monday. The infection is believed to have
  come from abroad." Whose infection, only that sentence says (``event_taken_up``);
- a definite plural of places, after a sentence naming them: "Flights to Marlow and
  Penbury were cancelled. Tourists ended their stay early in the coastal resorts." Which
  resorts, only that sentence says (``places_taken_up``).

The last two are found where ``anaphora.dangling_definite`` looks, so that
``definites.resolve_definites`` names them from the article when it can (a fuller
mention with a name: "[the Marlow attack]") and refuses the sentence when it cannot. The
story's own words read alone, as there ("the outbreak" in a corpus about one).
"""

from __future__ import annotations

import re
from collections.abc import Set

from briefgen.extract.actor_words import ROLE_NOUNS
from briefgen.extract.quotes import without_quotations
from briefgen.models import Extraction
from briefgen.noun_phrases import (
    PARTICIPANTS,
    PHRASE_ENDS,
    SAYS_WHICH,
    SINGLES,
    introduces_noun,
    wordset,
)
from briefgen.standalone import own_section
from briefgen.structure.stories import section_start
from briefgen.when import MONTH_NAMES

__all__ = ["event_taken_up", "places_taken_up", "standardless", "subject_noun"]

# A comparative on a figure or a change: "a lower figure of 61", "the higher estimate", "a
# smaller rise". Its standard is said by a "than" after it, or is a figure the sentence
# gave before it ("rose to 140, while the insurers report a lower figure of 61").
_COMPARED_FIGURE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:much|far|slightly|significantly|considerably|still|even)\s+)?"
    r"(?:lower|higher|smaller|larger|bigger|greater)\s+"
    r"(?:figures?|numbers?|totals?|tolls?|counts?|tally|tallies|estimates?|rises?|increases?"
    r"|falls?|drops?|declines?)\b"
)
# "more than that", "fewer than those": the standard is what the sentence before said; one
# said here ("than that of Spain", "than those who stayed") is the sentence's own.
_THAN_THAT = re.compile(
    r"\b(?:more|less|fewer|higher|lower|greater|bigger|smaller)\s+than\s+(?:that|this|those"
    r"|these)\b(?!\s+(?:of|who|which|that|in|at|on|for|from|with|by)\b)",
    re.I,
)
_THAN = re.compile(r"\bthan\b", re.I)
_BUT = re.compile(r"\bbut\b", re.I)
# A figure the sentence gives before the comparative: a number that is no date's year or
# day, or a share ("Most of those hospitalized had …, and a smaller number had …").
_FIGURE = re.compile(
    r"(?<![\w.])\d[\d,.]*\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|dozens|hundreds?|thousands?"
    r"|millions?|billions?|most|many|several|majority|half)\b",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_NAMES})\s+$", re.I)
_MONTH_AFTER = re.compile(rf"\s+(?:{MONTH_NAMES})\b", re.I)


def _figure_before(narration: str, end: int) -> bool:
    """Whether ``narration`` gives a figure before ``end``: a number, not a year nor a day
    of a month ("April 14", "14 April")."""
    for m in _FIGURE.finditer(narration, 0, end):
        if _YEAR.fullmatch(m[0]):
            continue
        if m[0].isdigit() and (
            _MONTH_AFTER.match(narration, m.end()) or _MONTH_BEFORE.search(narration, 0, m.start())
        ):
            continue
        return True
    return False


def standardless(narration: str) -> bool:
    """Whether ``narration`` (a sentence outside its quotations) compares a figure with a
    standard only the sentence before gives: "report a lower figure of 61", "more than
    that"."""
    for m in _THAN_THAT.finditer(narration):
        if narration.startswith(",", m.end()):
            continue  # "More than that, the media …": moreover, a link and no comparison
        if _figure_before(narration, m.start()) or _BUT.search(narration, 0, m.start()):
            continue  # "$70 a foot, although Reed charged more than that", "a title, but
            # he was more than that": the sentence's own
        return True
    for m in _COMPARED_FIGURE.finditer(narration):
        if _THAN.search(narration, m.end()) or _figure_before(narration, m.start()):
            continue  # "a lower figure than the ministry's", "140 ... a lower figure"
        return True
    return False


# What befalls one person: whose, the sentence that tells it says ("Ann Holt was taken ill
# on Monday. The infection ...").
_BEFALLS = wordset(
    "infection illness diagnosis death injury injuries arrest detention hospitalisation "
    "hospitalization admission surgery resignation dismissal sacking appointment conviction "
    "acquittal release disappearance abduction kidnapping"
)
# A happening of another kind that a sentence telling of a person may have told ("Tom
# Reed was hurt on Friday. The attack happened near his home"): which one, that sentence
# says, unless the noun is the story's own (the attack a corpus is about).
_HAPPENINGS = wordset(
    "attack assault shooting stabbing killing crash accident explosion blast decision "
    "announcement visit trip"
)
# "The infection is believed …", "The attack happened …": the noun, as the subject, then
# its verb (an auxiliary, or a past tense).
_SUBJECT = re.compile(r"^\W*[Tt]he\s+([a-z]+)\b")
_VERB_NEXT = re.compile(
    r"\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|came"
    r"|took|left|led|began|[a-z]+ed)\b"
)
# A past participle and its complement after the noun: a reduced relative, which says
# which ("The man accused of the theft …"), no verb of the noun's.
_PARTICIPLE = re.compile(r"\s+[a-z]+ed\s+(?:by|of|to|in|at|for|with|from|as|on|under)\b")


def subject_noun(text: str) -> str | None:
    """The noun of the definite subject opening ``text`` when its verb comes right after
    it ("The parades began early …": "parades"), else None: the noun phrase is that
    word, whatever words follow the verb."""
    m = _SUBJECT.match(text)
    if m is None or not _VERB_NEXT.match(text, m.end()) or _PARTICIPLE.match(text, m.end()):
        return None
    return m[1]


# A person the sentence introduces without a name: "a Marlow-based nurse", "one
# teacher".
_PERSON_NOUNS = (
    PARTICIPANTS
    | ROLE_NOUNS
    | wordset(
        "employee employees resident residents citizen citizens member members person people "
        "nurse doctor teacher soldier officer pilot driver player singer actor actress"
    )
)
_INTRODUCED_PERSON = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{'|'.join(sorted(_PERSON_NOUNS))})\b"
)


def event_taken_up(text: str, start: int, extraction: Extraction, story: Set[str]) -> str | None:
    """The "the infection" opening ``text`` (a sentence at ``start``) as its subject, with
    nothing after it saying whose, when the sentence names no person and the sentence
    before tells of one (named, or "a Marlow-based nurse"): the happening is
    theirs, which only that sentence says. None otherwise."""
    m = _SUBJECT.match(text)
    if m is None or not _VERB_NEXT.match(text, m.end()):
        return None
    noun = m[1]
    if noun not in _BEFALLS and (noun not in _HAPPENINGS or noun in story):
        return None
    span = _span(text, start, extraction)
    previous = _previous(start, extraction)
    if previous is None:
        return None
    if _people_in(span, extraction):
        return None  # "The infection of Ann Holt …", "… Holt's doctors said": whose, said here
    told = extraction.document.text[previous[0] : previous[1]]
    if not _people_in(previous, extraction) and not _INTRODUCED_PERSON.search(told):
        return None
    return f"the {noun}"


# Plurals of places: "the coastal resorts", "the camps".
_PLACE_PLURALS = wordset(
    "resorts camps towns cities villages areas regions provinces districts islands states "
    "countries hospitals schools sites airports ports beaches hotels prisons bases"
)
_PLURAL_PLACE = re.compile(
    rf"\b[Tt]he\s+((?:[a-z][a-z-]*\s+){{0,2}}?)({'|'.join(sorted(_PLACE_PLURALS))})\b"
    r"(?![^\[]*\])"  # a bracket is the brief's own naming
)


# A superlative, maybe in a compound: "the largest", "the hardest-hit".
_SUPERLATIVE = re.compile(r"(?:^|-)[a-z]{2,}est(?:-|$)")


def places_taken_up(text: str, start: int, extraction: Extraction, story: Set[str]) -> str | None:
    """The "the coastal resorts" of ``text``'s narration (a sentence at ``start``) when the
    sentence names no place and the sentence before names some, none of them by that noun:
    which resorts, only that sentence says. None otherwise."""
    narration = without_quotations(text)
    span = _span(text, start, extraction)
    previous = _previous(start, extraction)
    if previous is None or _places_in(span, extraction):
        return None
    if not _places_in(previous, extraction):
        return None
    for m in _PLURAL_PLACE.finditer(narration):
        noun, words = m[2], m[1].split()
        if any(w in PHRASE_ENDS for w in words):
            continue  # "the construction of hotels": no phrase of the noun's own
        if noun in story or any(
            w in SINGLES or w in story or _SUPERLATIVE.search(w) for w in words
        ):
            continue  # "the schools" of a story about schools; "the first camps", "the
            # hardest-hit regions": which ones, the superlative says
        if SAYS_WHICH.match(narration, m.end()):
            continue  # "the resorts of the coast", "the camps where …"
        if words and words[0] in ("other", "same", "two", "three", "four", "both"):
            continue  # read by ``anaphora`` (the other, the same) or counting what it names
        if introduces_noun(noun, narration[: m.start()]):
            continue  # "three resorts … the resorts": the sentence's own
        return f"the {m[1]}{noun}"
    return None


def _span(text: str, start: int, extraction: Extraction) -> tuple[int, int]:
    """The span of the document's sentence at ``start`` (``text`` as shown, where the
    extraction keeps no sentences: the printed chronology's names alone)."""
    found = next(((lo, hi) for lo, hi in extraction.sentences if lo <= start < hi), None)
    return found or (start, start + len(text))


# A sentence's end: its mark, maybe a closing quotation mark or bracket, then a space.
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+")


def _previous(start: int, extraction: Extraction) -> tuple[int, int] | None:
    """The span of the sentence before ``start`` in its own section, or None; where the
    extraction keeps no sentences, read from the text between the ends of sentences."""
    if extraction.sentences:
        bounds, here = own_section(start, extraction)
        return (bounds[here - 1], bounds[here]) if here >= 1 else None
    floor = section_start(extraction.document, start)
    before = extraction.document.text[floor:start].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    if not before:
        return None
    return floor + (ends[-1] if ends else 0), floor + len(before)


def _people_in(span: tuple[int, int], extraction: Extraction) -> bool:
    return any(x.type == "person" and span[0] <= x.start < span[1] for x in extraction.mentions)


def _places_in(span: tuple[int, int], extraction: Extraction) -> bool:
    return any(
        x.type == "state" and x.kind in ("name", "acronym") and span[0] <= x.start < span[1]
        for x in extraction.mentions
    )
