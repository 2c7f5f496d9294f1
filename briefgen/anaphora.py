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
from functools import lru_cache

from briefgen.extract.quotes import without_quotations
from briefgen.models import Extraction
from briefgen.standalone import named_before
from briefgen.structure.stories import section_start

__all__ = [
    "BEFORE",
    "PARTICIPANTS",
    "STORY_SHARE",
    "article_before",
    "dangling_definite",
    "owner_named",
    "ownerless",
    "participant_named",
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
    return first is not None and first[1].lower() not in _STOP | _OPENERS


# Words that open a sentence without naming anyone.
_OPENERS = frozenset(
    ("a", "an", "the", "this", "these", "yesterday", "today", "earlier", "later", "meanwhile")
)


def _wordset(words: str) -> frozenset[str]:
    """A word list written as prose, one space between words."""
    return frozenset(words.split())


# "the" and the words of its noun phrase: up to three, capitalised ones ("the Mexican man",
# "the U.N. agency") and numbers ("the two students") among them.
# (A lookahead: "sued the development bank" is read again at its own "the".)
_DEFINITE = re.compile(r"\b[Tt]he\s+(?=((?:[\w.'’-]+\s+){0,2}[\w.'’-]+))")
# "the same hospital", "the two other new cases": always a reference back.
_ALWAYS_BACK = re.compile(
    r"^(?:(?:\w+\s+)?other|same(?!\s+time\b)|former|latter|aforementioned)\b"
)  # "at the same time" is an idiom: meanwhile, or yet
# Words that end a noun phrase: the verb or clause after it begins.
_STOP = _wordset(
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
_SAYS_WHICH = re.compile(
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
_SINGLES = _wordset(
    "day days week weeks weekend month months year years morning afternoon evening night "
    "time past future moment end start beginning rest world public first second third "
    "fourth fifth last latest next only main whole entire most least largest biggest "
    "highest lowest best worst newest oldest youngest earliest greatest"
)
# A participant introduced or already taken up: "a healthcare worker", "20 Canadian
# students", "Uganda's health ministry", "the hotel".
_INTRODUCER = (
    r"\b(?:a|an|the|this|that|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of"
    r"|hundreds\s+of|several|some|another|many|\d[\d,]*|[\w.-]+['’]s)\s+(?:[\w#.'’-]+\s+){0,3}?"
)
# Nouns news writing takes up a participant with, whoever it is: the article named them
# before, however far back ("The Mexican man arrived …", "the U.N. agency said", "the
# South Carolina senator called on …"). A role one person holds in the story's place ("the
# mayor", "the governor") reads as that place's.
_PARTICIPANTS = _wordset(
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
# People and bodies are completed from their introduction (``participant_named``), never by
# a name in front ("20 Canadian students" are no "[the Canadian students]").
PARTICIPANTS = _PARTICIPANTS
# A participant the sentence itself introduces, indefinitely: "a Mexican traveler".
_INTRODUCED_HERE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|two|three|four|five|six|seven|eight|nine|ten|several|\d[\d,]*)\s+"
    rf"(?:[\w#.'’-]+\s+){{0,3}}?(?:{'|'.join(sorted(_PARTICIPANTS))})\b"
)
# Of these, the ones naming a body: the sentence may name it before ("GSK's chief said
# the company aimed to …"), which says which.
_BODIES = _wordset(
    "agency ministry department organisation organization company firm panel committee commission"
)
# A place the story itself may be about ("the country", "the city"): which one, a name in
# the sentence says, or only the article; even where most documents use the word.
_PLACES = _wordset(
    "country city town village county region province capital nation state island islands "
    "territory district archipelago"
)
# The place nouns that, unnamed in an article naming no place, are the readers' own.
_HOMELAND = _wordset("country nation")
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
    return takes_up(text, article_before(start, extraction), story, people, home=home)


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
    for m in _DEFINITE.finditer(narration):
        words = _phrase(m[1].split())
        if not words:
            continue
        phrase = " ".join(words)
        nouns = [w for w in words if w.islower() and w.isalpha()]
        told = narration[: m.start()]
        if _ALWAYS_BACK.match(phrase):
            reciprocal = phrase.startswith("other") and _RECIPROCAL.search(told)
            if not reciprocal and not _SAYS_WHICH.match(narration, m.start(1) + len(phrase)):
                return f"the {phrase}"
            continue
        owner = re.sub(r"['’]s$", "", words[0])
        # a person's name says not which place: "Cordova said the country …"
        place_said = _named(" ".join(w for w in told.split() if _bare_name(w) not in people))
        # the readers' own country needs no name; their own city or island does
        homeland = owner in _HOMELAND or bool(nouns and nouns[0] in _HOMELAND)
        place_said = place_said or (home and homeland)
        if owner != words[0] and owner in _PLACES and not place_said:
            return f"the {words[0]}"  # "by the city's leaders": which city's, never said
        if (
            owner != words[0]
            and owner.isalpha()
            and owner.islower()
            and owner not in story
            and owner not in _SINGLES
            and _introduced(owner, before)
            and not _introduced(owner, told)
        ):
            return f"the {owner}"  # "the bank's creditors": the bank the article named
        if not nouns or words[0].lower() in _SINGLES:
            continue
        place = nouns[0] in _PLACES and len(nouns) == 1
        says_which = _SAYS_WHICH.match(narration, m.start(1) + len(phrase))
        if place and not place_said and not says_which:
            return f"the {phrase}"  # "infected in the country": which, the sentence never says
        # the story's own words stand alone, but never a participant ("the man"), nor one
        # a story word qualifies ("the health ministry" in a story about health)
        if any(w in _SINGLES for w in nouns):
            continue
        if not any(w in _PARTICIPANTS for w in nouns) and any(w in story for w in nouns):
            continue
        if any(_introduced(w, told) for w in nouns):
            continue  # introduced in the sentence itself: "a man ... the man"
        at = m.start(1)
        # what follows the whole phrase may say which ("the private email server Clinton
        # used"): then no word of it is taken up from before, but a participant
        whole = _SAYS_WHICH.match(narration, m.start(1) + len(phrase)) is not None
        for w in words:
            at = narration.index(w, at) + len(w)
            named = w in _BODIES and _NAME.search(told)
            # a story word ("health" in "the health department") is taken up only as a
            # participant: used before, it is the story's, not one introduced
            introduced = w not in story and _introduced(w, before)
            introduced = introduced and not whole
            # a person the sentence itself introduced ("a Mexican traveler ... the hotel
            # where the 25-year-old man stayed") is the one it takes up
            person = w in _PARTICIPANTS and not _INTRODUCED_HERE.search(told)
            taken_up = w in nouns and not named and (person or introduced)
            if taken_up and not _SAYS_WHICH.match(narration, at):
                return f"the {phrase}"
    return (
        _one_more(narration, before, story)
        or _quoted_this(text, narration, before, story, people)
        or ownerless(narration)
    )


# "another incident", "another video": one more of a kind the article told before.
_ANOTHER = re.compile(r"\b[Aa]nother\s+([a-z][a-z-]{2,})\b")
# "this order", "this barbarous organization", "these videos" said inside a quotation:
# the demonstrative and the words of its noun phrase, up to two before the noun.
_THIS = re.compile(r"\b(?:[Tt]his|[Tt]hese|[Tt]hose)\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]{2,})\b")
# Where the speaker stands, as their "this" points at it: "this administration", "this
# chamber", "this body"; a place (``_PLACES``) or a time (``_SINGLES``) is one too.
_WHERE_SPEAKING = _wordset(
    "administration government house chamber body building room hall court committee "
    "institution team party race campaign election generation"
)


def _one_more(narration: str, before: str, story: Set[str]) -> str | None:
    """The "another incident" of ``narration`` when the article ``before`` it told one (one
    more of what only it says), or None; a kind of the story's own ("another case") reads
    alone."""
    for m in _ANOTHER.finditer(narration):
        noun = m[1]
        if noun in story or noun in _SINGLES or _SAYS_WHICH.match(narration, m.end()):
            continue
        if _introduced(noun, before) and not _introduced(noun, narration[: m.start()]):
            return m[0]
    return None


def _quoted_this(
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
    for m in _THIS.finditer(text):
        # the noun phrase, its noun unknown (no parse): up to the first verb or clause word
        words = _phrase(m[1].split())
        if narration[m.start()] != " " or not words:
            continue  # the narration's, or a pronoun ("this is")
        if any(w in _SINGLES or _singular(w) in _SINGLES or w in _JUNCTURES for w in words):
            continue  # a time: "this past week", "these days", "at this stage"
        if any(w in _PLACES or w in _WHERE_SPEAKING for w in words):
            continue  # the speaker's country, their chamber: where they stand
        head = words[-1]
        if head.endswith("ly") or head in _NO_NOUN:
            continue  # "those" standing alone: "take those seriously", "put those together"
        end = m.start(1) + len(" ".join(words))
        if _said_before(words, text[: m.start()]) or _SAYS_WHICH.match(text, end):
            continue  # "a new law … this law", "ordered … this order", "this plan of ours"
        if any(w not in story and _introduced(w, before) for w in words):
            return m[0]  # the thing the article told before, whatever else the sentence names
        if head in story or _singular(head) in story:
            continue  # the story's own thing: "this virus" in a story of the virus
        if _names_thing(text, people, person=head in _PEOPLE_NOUNS):
            continue  # "vowed to destroy the Red Hand, “this barbarous organization”"
        return m[0]
    return None


# A point in a course of events, as a time: "at this stage", "at this point".
_JUNCTURES = _wordset("stage stages point juncture")
# Words a pronoun "those" or "this" stands before that are no noun: "put those together".
_NO_NOUN = _wordset("together again here there too away out up down back off over now then")
# Nouns for people a speaker points at: "this man", "these people". Who, the sentence
# says by naming a second person besides the one who speaks.
_PEOPLE_NOUNS = _wordset("man woman men women guy guys person people folks individual individuals")
# Capitalised words that name no thing the speaker may point at: days, months, "I".
_NO_THING = _wordset(
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
_SAYING = (
    r"(?:said|says|told|tells|added|adds|asked|wrote|tweeted|declared|insisted|vowed|pledged"
    r"|promised|warned|argued|claimed|urged|called|stated|replied|explained|noted)"
)
_SPEAKER = re.compile(
    rf"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\]?\s+(?:[a-z]+ly\s+)?{_SAYING}\b"
    # after a verb that takes no person as its object: "told Lind" names whom Ruiz told
    r"|\b(?:said|says|added|adds|wrote|writes|tweeted|declared)\s+\[?"
    r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)"
)


def _names_thing(text: str, people: Set[str], *, person: bool) -> bool:
    """Whether ``text`` gives a name a quoted demonstrative may point at: a capitalised word
    no sentence or quotation opens with, not a day or a month, not the speaker's (the name
    the narration gives a verb) and, unless the demonstrative is of a ``person``, none of
    the document's ``people``. A bracket is the brief's own naming."""
    speaker = {
        _bare_name(w)
        for m in _SPEAKER.finditer(without_quotations(text))
        for w in (m[1] or m[2]).split()
    }
    for n in re.finditer(r"(?<![\w'’.\-“\"‘])\[?([A-Z][\w.'’&-]*)", text):
        opens = re.search(r"(?:^|[.!?]\s+)\W*$", text[: n.start()]) is not None
        word = _bare_name(n[1])
        if opens or word.lower() in _NO_THING or word in speaker:
            continue
        if person or word not in people:
            return True
    return False


# What belongs to one person, told with no owner: "The cause of death was confirmed"
# (whose death?), "the funeral". An owner is a possessive before it or "of" after it.
_PERSONAL_THING = re.compile(
    r"\b(?:[Tt]he\s+|(?<=cause of )|(?<=causes of ))(death|funeral|burial|autopsy"
    r"|post-mortem|postmortem)\b(?!\s+(?:of|toll|tolls|rate|rates|count|penalty)\b)"
)
# Test results as the sentence's subject, owned by no one: "Laboratory tests came back
# positive on Thursday" (whose tests?). "Tests on a man from Ayrshire" say whose.
_OWNERLESS_TESTS = re.compile(
    r"^\W*(?:[A-Z][a-z]+\s+)?(?:[Ll]aboratory\s+|[Ff]urther\s+|[Ff]inal\s+)?"
    r"(?:[Tt]ests?|[Tt]est\s+results|[Ss]amples)\s+(?:have\s+|had\s+|has\s+)?"
    r"(?:came|come|been|were|was|are|is|proved|proven|returned)\s+(?:back\s+)?"
    r"(?:positive|negative)\b"
)
# A person the sentence itself introduces ("a 23-month-old boy", "two pupils", one who
# died) or names ("Maria Lopez").
_PERSON = re.compile(
    rf"{_INTRODUCER}(?:{'|'.join(sorted(_PARTICIPANTS))})\b|\b(?:died|dies|killed)\b", re.I
)
_FULL_NAME = re.compile(r"(?<=\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")


def ownerless(narration: str) -> str | None:
    """What ``narration`` tells of a person's death or tests without saying whose ("The
    cause of death was confirmed", "Laboratory tests came back positive"), or None. A
    person the sentence introduces or names owns it: before a death ("a boy ... the
    cause of death"), anywhere for tests ("Tests confirmed that a man had the virus")."""
    thing = _PERSONAL_THING.search(narration)
    scope = narration[: thing.start()] if thing else narration
    thing = thing or _OWNERLESS_TESTS.match(narration)
    if thing is None:
        return None
    told = narration[: thing.start()]
    if re.search(r"(?:['’]s|\b(?:his|her|their))\s+(?:[\w-]+\s+){0,2}$", told):
        return None  # "Jackson's funeral", "her death"
    if _PERSON.search(scope) or _FULL_NAME.search(scope):
        return None
    return thing[0].strip()


# A body of government: whose, a country the sentences before name says.
_GOVERNMENT = _wordset("ministry department government agency")


def owner_named(text: str, phrase: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` with its dangling body of government ``phrase`` ("the federal health
    ministry", from ``dangling_definite``) given the one country the sentences before name,
    in brackets ("[Mexico's] federal health ministry issued an alert"), or None when the
    phrase is no such body or the sentences before name no one country."""
    words = phrase.split()[1:]
    if extraction is None or not any(w in _GOVERNMENT for w in words):
        return None
    place = named_before({"state"}, start, extraction)
    found = re.search(rf"\b[Tt]he\s+{re.escape(' '.join(words))}\b", text)
    if place is None or found is None:
        return None
    return text[: found.start()] + f"[{place}'s]" + text[found.start() + 3 :]


# The words an indefinite introduction of a participant gives: up to three before the noun
# ("a 45-year-old", "a Mexican") and a place after it ("from La Mirada").
_WHO = r"(?:[\w'’-]+\s+){0,3}?"
_FROM = r"(?:\s+(?:from|of|in)\s+(?:[A-Z][\w'’.-]*\s?){1,3})?"


def participant_named(
    text: str, phrase: str, start: int, extraction: Extraction | None
) -> str | None:
    """``text`` with its dangling "the man" / "the patient" (``phrase``, opening with one
    participant noun) completed, in brackets, from the one indefinite introduction of that
    noun in the sentences before ("a 45-year-old man from La Mirada" -> "[The 45-year-old
    man from La Mirada] died April 22"), or None when there is none, or more than one."""
    words = phrase.split()  # "the man", or with the words after it ("the man died April")
    if extraction is None or len(words) < 2 or words[1] not in _PARTICIPANTS:
        return None
    noun = words[1]
    # "one of two men" picks one out of a group: no introduction of one man
    intro = re.compile(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?!of\b)({_WHO}){re.escape(noun)}\b({_FROM})")
    # introduced in its own section: an entry before it on a live page is another story
    own = sentences_before(start, extraction, floor=section_start(extraction.document, start))
    found = list(intro.finditer(own))
    at = re.search(rf"\b([Tt])he\s+{re.escape(noun)}\b", text)
    if len(found) != 1 or at is None:
        return None
    if not found[0][1].strip() and not found[0][2].strip():
        return None  # "a hotel": "[the hotel]" would tell no more than the sentence
    said = " ".join(f"the {found[0][1]}{noun}{found[0][2]}".split())
    said = said[0].upper() + said[1:] if at[1] == "T" else said
    return text[: at.start()] + f"[{said}]" + text[at.end() :]


def _bare_name(word: str) -> str:
    """A word as a name: "Ruiz" of "Ruiz's," or "Ruiz,"."""
    return re.sub(r"(?:['’]s)?[,.;:]*$", "", word)


def _phrase(words: list[str]) -> list[str]:
    """The words of the noun phrase: up to the first that begins a verb or clause."""
    kept = []
    for w in words:
        bare = w.rstrip(".,;:!?")
        if bare.lower() in _STOP:
            break
        kept.append(bare)
        if bare != w:
            break  # punctuation ends it
    return kept


def sentences_before(start: int, extraction: Extraction, *, floor: int = 0) -> str:
    """The ``_REACH`` sentences of the document before ``start``, none before ``floor``."""
    bounds = [lo for lo, _ in extraction.sentences]
    here = bisect_right(bounds, start) - 1
    if here <= 0:
        return ""
    lo = max(bounds[max(0, here - _REACH)], min(floor, bounds[here]))
    return extraction.document.text[lo : bounds[here]]


def _introduced(noun: str, text: str) -> bool:
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


@lru_cache(maxsize=4096)
def _introduction(stem: str) -> re.Pattern[str]:
    """The pattern of ``stem`` introduced, compiled once a stem."""
    # a bare plural placed by a name ("after attacks in Paris") introduces the thing too:
    # "the attack" takes up one of them
    return re.compile(
        rf"{_INTRODUCER}{re.escape(stem)}(?:s|es)?\b"
        rf"|\b{re.escape(stem)}(?:s|es)\s+(?:in|on|at|against)\s+(?-i:[A-Z])",
        re.I,
    )
