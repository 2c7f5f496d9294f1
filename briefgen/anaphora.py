"""Definite noun phrases that point back: "the hotel", "the students", "the same hospital".

News writing introduces a participant once ("a Mexican man", "20 Canadian students", "a
hotel in Hong Kong") and then takes it up with a definite article ("the man", "the
students", "the hotel"). Out of its article such a sentence names no one: which hotel,
which students, only the sentences before say. Two things tell such a phrase from one
that stands alone:

- its noun was used in the sentences just before (the participant is being taken up),
  and nothing after the noun in the sentence says which ("the hotel where ...", "the
  students of ...");
- the noun is no word of the story itself: "the virus" in a corpus about a virus, "the
  election" in one about an election, reads well anywhere in the brief. The story's words
  are those most of the corpus's documents use (``story_words``).

"the same ...", "the other ..." always point back.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Set

from briefgen.act_taken_up import act_taken_up
from briefgen.bridging import event_taken_up, places_taken_up, subject_noun
from briefgen.extract.quotes import without_quotations
from briefgen.models import Extraction
from briefgen.noun_phrases import (
    PARTICIPANTS,
    PHRASE_ENDS,
    PLACES,
    SAYS_WHICH,
    SINGLES,
    bare_name,
    introduces_noun,
    phrase_words,
    wordset,
)
from briefgen.ownerless import ownerless
from briefgen.quoted_demonstratives import quoted_this
from briefgen.structure.stories import section_start

__all__ = [
    "BEFORE",
    "STORY_SHARE",
    "article_before",
    "dangling_definite",
    "sentences_before",
    "story_words",
    "story_words_of",
    "takes_up",
    "used_words",
]

# A word most documents of the corpus use is the story's own: a fifth of them, at least three
# (all of a smaller corpus).
STORY_SHARE = 0.2
_STORY_MIN_DOCS = 3
# How many sentences before a shown one can introduce what it takes up; in characters,
# for a statement shown without its document's sentences (about as many).
_REACH = 3
BEFORE = 500
_WORD = re.compile(r"\b[a-z][a-z-]{2,}\b")


# A capitalised word past the sentence's first: a name the sentence gives.
_NAME = re.compile(r"(?<=\s)[A-Z][\w.'’-]+")


def _named(told: str) -> bool:
    """Whether ``told`` (a sentence's start) holds a name: a capitalised word past its
    first, or a first word that is no opener ("Spain said", not "By yesterday")."""
    if _NAME.search(told):
        return True
    first = re.match(r"\W*([A-Z][\w.'’-]+)", told)
    return first is not None and first[1].lower() not in PHRASE_ENDS | _OPENERS


# Words that open a sentence without naming anyone.
_OPENERS = frozenset(
    ("a", "an", "the", "this", "these", "yesterday", "today", "earlier", "later", "meanwhile")
)

# "the" and the words of its noun phrase: up to three, capitalised ones ("the Mexican man",
# "the U.N. agency") and numbers ("the two students") among them.
# (A lookahead: "sued the development bank" is read again at its own "the".)
_DEFINITE = re.compile(r"\b[Tt]he\s+(?=((?:[\w.'’-]+\s+){0,2}[\w.'’-]+))")
# "the same hospital", "the two other new cases": always a reference back.
_ALWAYS_BACK = re.compile(
    r"^(?:(?:\w+\s+)?other|same(?!\s+time\b)|former|latter|aforementioned)\b"
)  # "at the same time" is an idiom: meanwhile, or yet

# A participant the sentence itself introduces, indefinitely: "a Mexican traveler".
_INTRODUCED_HERE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|two|three|four|five|six|seven|eight|nine|ten|several|\d[\d,]*)\s+"
    rf"(?:[\w#.'’-]+\s+){{0,3}}?(?:{'|'.join(sorted(PARTICIPANTS))})\b"
)
# A sentence ended before: a lowercase word, then its full stop. Furniture before a lede (a
# dateline "MARLOW (AP) --", "(Undated)", a byline) ends on none.
_NARRATED = re.compile(r"[a-z][\w'’)]*[.!?][\"”’)]*\s")
# Of these, the ones naming a body: the sentence may name it before ("GSK's chief said
# the company aimed to …"), which says which.
_BODIES = wordset(
    "agency ministry department organisation organization company firm panel committee commission"
)

# The place nouns that, unnamed in an article naming no place, are the readers' own.
_HOMELAND = wordset("country nation")
# "each touting their experience and saying the other lacks judgment": one of a pair the
# sentence names, not a reference back.
_RECIPROCAL = re.compile(r"\b(?:each|one)\b", re.I)


# A name as written, its possessive left off: "Trump" of "Trump’s".
_STORY_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def story_words(texts: Iterable[str]) -> frozenset[str]:
    """The lower-case words at least ``STORY_SHARE`` of the documents use, and the names
    (capitalised, as written) they use: "Trump" across a campaign's coverage is the
    story's own, a name every reader of the brief knows; "Duval", named in one article,
    is known only to that article's reader (``titled.name_newcomer``)."""
    counts: Counter[str] = Counter()
    n = 0
    for text in texts:
        n += 1
        counts.update(used_words(text))
    return story_words_of(counts, n)


def used_words(text: str) -> frozenset[str]:
    """The words and names one document uses, each once: its share of ``story_words``."""
    return frozenset(_WORD.findall(text)) | frozenset(_STORY_NAME.findall(text))


def story_words_of(documents: Mapping[str, int], n: int) -> frozenset[str]:
    """``story_words`` of ``n`` documents, from how many of them use each word."""
    floor = max(min(_STORY_MIN_DOCS, n), STORY_SHARE * n)  # a word all of two documents use
    return frozenset(w for w, c in documents.items() if c >= floor)


def dangling_definite(
    text: str, start: int, extraction: Extraction | None, story: Set[str]
) -> str | None:
    """The first definite noun phrase of ``text``'s narration (a sentence at ``start`` in
    its document) that takes up a participant the sentences before introduced, or None.
    Quotations are the speaker's, where "the" is what they stand before."""
    if extraction is None:
        return None
    # the words of the people the document names: a person's name said before a bare "the
    # country" says not which ("Cordova said the country …"), where a place's does
    people = {w for x in extraction.mentions if x.type == "person" for w in x.text.split()}
    floor = section_start(extraction.document, start)
    # an article that names no place up to the end of this sentence means by "the country"
    # the one its readers live in, as a lede's "deport 11 million people from the country"
    home = not any(
        x.type == "state" and floor <= x.start < start + len(text) for x in extraction.mentions
    )
    return (
        takes_up(text, article_before(start, extraction), story, people, home=home)
        # "The infection is believed …" after a sentence telling of a person, "the beach
        # resorts" after one naming places: taken up under a word of their own
        or event_taken_up(text, start, extraction, story)
        or places_taken_up(text, start, extraction, story)
        # "Penbury agreed to sell its unit. The accord helps it pay off debt": the act a
        # digest's first sentence told by a verb, taken up by a noun of its own
        or act_taken_up(text, start, extraction, story)
    )


def article_before(start: int, extraction: Extraction) -> str:
    """The text of the document before ``start``, from the start of its own section (on a
    page of several stories, the entry before is another story): a participant or a thing
    the article introduced is taken up however far back (Vieira & Poesio's same-head
    definites: "a #X hashtag ... the hashtag", "the Puerto Rico development bank ... the
    development bank")."""
    floor = section_start(extraction.document, start)
    return extraction.document.text[min(floor, start) : start]


def takes_up(
    text: str, before: str, story: Set[str], people: Set[str] = frozenset(), home: bool = False
) -> str | None:
    """The first definite noun phrase of ``text``'s narration that takes up a participant
    ``before`` (the text just before it) introduced, or None. Which of the phrase's words
    is its noun is not known (no parse here): a word taking up a participant counts unless
    the words right after it say which ("the hotel where …"). A bare place noun ("the
    country") is said by a name before it that is none of the words of ``people``, or,
    when the article names no place (``home``), is the readers' own."""
    narration = without_quotations(text)
    # a bracket is the brief's own completion: it names ("[Norway]"), and its "The" points
    # back to nothing ("[The Mexican man]")
    narration = re.sub(r"\[(?:[Tt]he\s+)?([^\]]*)\]", r" \1 ", narration)
    # a first sentence naming a person may call them next by a description (``person`` below)
    first = _NARRATED.search(before) is None
    # the subject's noun, its verb next: "The parades began early" is "the parades"
    subject = subject_noun(narration)
    for m in _DEFINITE.finditer(narration):
        words = phrase_words(m[1].split())
        if not words:
            continue
        if words[0] == subject and not narration[: m.start()].strip(" \"'“‘("):
            words = words[:1]
        phrase = " ".join(words)
        nouns = [w for w in words if w.islower() and w.isalpha()]
        told = narration[: m.start()]
        epithet = first and any(bare_name(w) in people for w in told.split())
        if _ALWAYS_BACK.match(phrase):
            reciprocal = phrase.startswith("other") and _RECIPROCAL.search(told)
            if not reciprocal and not SAYS_WHICH.match(narration, m.start(1) + len(phrase)):
                return f"the {phrase}"
            continue
        owner = re.sub(r"['’]s$", "", words[0])
        # a person's name says not which place: "Cordova said the country …"
        place_said = _named(" ".join(w for w in told.split() if bare_name(w) not in people))
        # the readers' own country needs no name; their own city or island does
        homeland = owner in _HOMELAND or bool(nouns and nouns[0] in _HOMELAND)
        place_said = place_said or (home and homeland)
        if owner != words[0] and owner in PLACES and not place_said:
            return f"the {words[0]}"  # "by the city's leaders": which city's, never said
        if (
            owner != words[0]
            and owner.isalpha()
            and owner.islower()
            and owner not in story
            and owner not in SINGLES
            and introduces_noun(owner, before)
            and not introduces_noun(owner, told)
        ):
            return f"the {owner}"  # "the bank's creditors": the bank the article named
        if not nouns or words[0].lower() in SINGLES:
            continue
        place = nouns[0] in PLACES and len(nouns) == 1
        says_which = SAYS_WHICH.match(narration, m.start(1) + len(phrase))
        if place and not place_said and not says_which:
            return f"the {phrase}"  # "infected in the country": which, the sentence never says
        # the story's own words stand alone, but never a participant ("the man"), nor one
        # a story word qualifies ("the health ministry" in a story about health)
        if any(w in SINGLES for w in nouns):
            continue
        if not any(w in PARTICIPANTS for w in nouns) and any(w in story for w in nouns):
            head = words[0]
            if (
                _VERB_AFTER.match(narration, m.start(1) + len(head))
                and not _OBJECT_OF.search(narration, 0, m.start())
                and one_of_several(head, before)
            ):
                return f"the {head}"  # "the market remains" in a roundup of markets: which
            continue
        if any(introduces_noun(w, told) for w in nouns):
            continue  # introduced in the sentence itself: "a man ... the man"
        at = m.start(1)
        # what follows the whole phrase may say which ("the private email server Clinton
        # used"): then no word of it is taken up from before, but a participant
        whole = SAYS_WHICH.match(narration, m.start(1) + len(phrase)) is not None
        for w in words:
            at = narration.index(w, at) + len(w)
            named = w in _BODIES and _NAME.search(told)
            # a story word ("health" in "the health department") is taken up only as a
            # participant: used before, it is the story's, not one introduced
            introduced = w not in story and introduces_noun(w, before)
            introduced = introduced and not whole
            # a person the sentence itself introduced ("a Mexican traveler ... the hotel
            # where the 25-year-old man stayed") is the one it takes up
            person = w in PARTICIPANTS and not _INTRODUCED_HERE.search(told)
            # ... or, in a story's first sentence, the one it named: a wire lede calls its
            # subject by a description after the name ("Ann Holt will stay ... after a court
            # refused to hear the fought-over child"); nothing came before to take up
            person = person and not (epithet and w.isalpha() and not w.endswith("s"))
            taken_up = w in nouns and not named and (person or introduced)
            if taken_up and not SAYS_WHICH.match(narration, at):
                return f"the {phrase}"
    return (
        _one_more(narration, before, story)
        or _counted_alone(narration)
        or quoted_this(text, narration, before, story, people)
        or ownerless(narration)
    )


# A verb right after a definite's first word: the word is the whole phrase, the clause's
# subject ("the market remains nervous").
_VERB_AFTER = re.compile(
    r"\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must"
    r"|remains|remained|seems|seemed|looks|looked|stays|stayed|rose|fell)\b"
    # a past form, not a participle and its complement ("the market hit by …")
    r"|\s+[a-z]+ed\b(?!\s+(?:by|of|to|in|at|for|with|from|as|on|under)\b)"
)
# A preposition right before the definite: the phrase is its object, and the verb after
# it another subject's ("lawyers for the family raised …").
_OBJECT_OF = re.compile(
    r"\b(?:for|of|to|in|on|at|by|with|from|about|against|over|into|under|between|among"
    r"|across|through|after|before|like|than|as)\s+$",
    re.I,
)
# Words a capitalised run before a noun may be without naming one of its kind: a
# sentence's first word, a title's article.
_NOT_QUALIFIER = frozenset(
    "The A An This That These Those Its Their His Her Our Each Every Any No One".split()  # noqa: SIM905
)


def unsaid_one_of_several(phrase: str, start: int, extraction: Extraction) -> bool:
    """Whether ``phrase`` (a bare "the market" ``dangling_definite`` found in the sentence
    at ``start``) is one of several its article tells of (``one_of_several``): no mention
    before names which, however fully one of them is named."""
    bare = re.fullmatch(r"the\s+([a-z]+)", phrase)
    return bare is not None and one_of_several(bare[1], article_before(start, extraction))


def one_of_several(noun: str, before: str) -> bool:
    """Whether the article ``before`` tells of two or more of ``noun``'s kind, telling them
    apart by a name ("the London market", "the market in Tokyo") or as others ("other
    markets"): a roundup or a digest, where the bare "the market" is the one of the
    paragraph at hand, which out of the article no reader can tell. A story word ("the
    market" across a markets corpus) reads alone only where it is the one of its kind
    the article tells of."""
    kinds = rf"{re.escape(noun)}(?:s|es)?"
    named = {
        m[1]
        for m in re.finditer(rf"\b([A-Z][\w.&’'-]*?)(?:['’]s)?\s+{kinds}\b", before)
        if m[1] not in _NOT_QUALIFIER
    }
    named |= {m[1] for m in re.finditer(rf"\b{kinds}\s+(?:in|of|at)\s+([A-Z][\w.&-]*)", before)}
    others = re.search(rf"\b(?:other|several|many|both|all)\s+{kinds}\b", before, re.I)
    return len(named) + (1 if others else 0) >= 2


# "the two", "the pair" standing for people or things with no noun: "Officials said the two
# are siblings" (which two, only the sentences before say). A noun after the number says
# what ("the two countries"); a verb or an adverb right after it shows there is none.
_COUNTED_ALONE = re.compile(
    r"\b[Tt]he\s+(?:two|three|four|five|six|seven|eight|nine|ten|pair|duo|trio)\s+"
    r"(?=(?:are|were|was|is|have|had|has|will|would|could|can|may|might|must|should|did|do"
    r"|said|say|says|told|also|both|all|each|later|then|still|now|remain|remained)\b)"
)


def _counted_alone(narration: str) -> str | None:
    """The "the two" of ``narration`` standing for what only the text before names."""
    found = _COUNTED_ALONE.search(narration)
    return found[0].strip() if found else None


# "another incident", "another video": one more of a kind the article told before.
_ANOTHER = re.compile(r"\b[Aa]nother\s+([a-z][a-z-]{2,})\b")


def _one_more(narration: str, before: str, story: Set[str]) -> str | None:
    """The "another incident" of ``narration`` when the article ``before`` it told one (one
    more of what only it says), or None; a kind of the story's own ("another case") reads
    alone."""
    for m in _ANOTHER.finditer(narration):
        noun = m[1]
        if noun in story or noun in SINGLES or SAYS_WHICH.match(narration, m.end()):
            continue
        if introduces_noun(noun, before) and not introduces_noun(noun, narration[: m.start()]):
            return m[0]
    return None


def sentences_before(start: int, extraction: Extraction, *, floor: int = 0) -> str:
    """The ``_REACH`` sentences of the document before ``start``, none before ``floor``."""
    bounds = [lo for lo, _ in extraction.sentences]
    here = bisect_right(bounds, start) - 1
    if here <= 0:
        return ""
    lo = max(bounds[max(0, here - _REACH)], min(floor, bounds[here]))
    return extraction.document.text[lo : bounds[here]]
