"""Sentences a reader can take out of their article: a leading reference resolved or refused.

A summary shows single sentences. One that opens with "He has denied ..." or "It was
signed ..." points back to something only the article's earlier sentences name. The
editorial convention resolves the reference in square brackets ("[Murray] has denied
..."); when the antecedent cannot be found unambiguously, the sentence is not shown.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefgen import speech_verbs
from briefgen.candidates import TITLE, distinct, other_sex, surname, untagged_other
from briefgen.extract.actor_words import ROLE_NOUNS
from briefgen.extract.antecedents import guessed_gender, pronoun_sex
from briefgen.extract.quotes import QUOTATION
from briefgen.models import Extraction
from briefgen.structure.stories import section_start

__all__ = [
    "FIRST",
    "INNER",
    "PEOPLE_NOUNS",
    "PERSONAL",
    "PERSON_DESCRIPTION",
    "POSSESSIVE",
    "PREPOSED",
    "REACH",
    "TITLE",
    "antecedent",
    "inside_quotation",
    "noun_sex",
    "own_section",
    "resolve_opening",
    "resolve_speaker",
    "surname",
]

# People known by what they are, beside ``ROLE_NOUNS``' offices.
PEOPLE_NOUNS = frozenset(
    """man woman boy girl father mother son daughter husband wife brother sister lawmaker
    legislator politician businessman businesswoman billionaire veteran actor actress
    singer star player coach doctor surgeon nurse teacher officer soldier pilot driver
    suspect defendant victim witness activist""".split()  # noqa: SIM905 - a word list reads best as prose
)

# Nouns that say the person's sex.
_MALE = frozenset(
    """man boy father son husband brother king prince businessman spokesman chairman
    congressman actor""".split()  # noqa: SIM905 - a word list reads best as prose
)
_FEMALE = frozenset(
    """woman girl mother daughter wife sister queen princess businesswoman spokeswoman
    chairwoman congresswoman actress""".split()  # noqa: SIM905 - a word list reads best as prose
)
_NOUN_SEX = {**dict.fromkeys(_MALE, "m"), **dict.fromkeys(_FEMALE, "f")}
# Role nouns that also head other things' names ("The general election", "the head
# office", "The chair of the panel" may be a seat).
_NOT_ONLY_PEOPLE = frozenset({"general", "head", "chief", "chair"})

# How many sentences back a leading "he"/"she" may find its person.
REACH = 2

PERSONAL = {"he", "she", "it"}
POSSESSIVE = {"his", "her", "its"}
# A person for he/she/his/her; an organisation, state or group for it/its.
_NEUTER = {"it", "its"}
# Openers whose antecedent is not a named person: no safe way to resolve them here.
_UNRESOLVABLE = {
    "them",
    "their",
    "this",
    "these",
    "those",
    "that",
    "such",
    "both",
    "him",
    "we",
    "our",
    "you",
    "i",
}
_EXPLETIVE = re.compile(
    r"\s+(?:is|was|'s|seems|seemed|appears|appeared|remains|remained|would|will|may|might"
    r"|could|can|should|must|takes|took|makes|made|has\s+been|had\s+been|is\s+not|was\s+not"
    r"|emerged|emerges|became|turned\s+out|turns\s+out)\b",
    re.I,
)
# A tag after a quotation whose subject is a pronoun: after "he", a present "notes" or
# "claims" is the verb, no plural noun.
_AFTER_PRONOUN = speech_verbs.alternation(
    speech_verbs.forms(
        speech_verbs.QUOTE_TAGS - {"respond", "answer"}
        | {"continue", "argue", "note", "admit", "claim", "state", "assert"},
        "past",
        "third",
    )
)
_SAID_BY_PRONOUN = re.compile(rf"[,”\"’]\s+(he|she|they)\s+({_AFTER_PRONOUN})\b")
_QUOTES = set("\"“‘'«")
# A third-person pronoun inside a sentence (past its first word, which resolve_opening reads).
INNER = re.compile(r"\b(he|his|him|she|her|He|His|Him|She|Her)\b")
# The first word, past a leading conjunction: "But his remarks ..." points back as "His ...".
FIRST = re.compile(r"^\W*(?:(?:But|And|So|Yet|Or)\s+)?([A-Za-z']+)")
# What may open a preposed phrase: a preposition or a time adverb.
_PREPOSITIONS = """on in at by during after before since until later earlier last yesterday
    today tonight meanwhile against among amid with without for despite under over from
    across throughout unlike like following within outside inside behind beyond
    near""".split()  # noqa: SIM905 - a word list reads best as prose
_LOWER = "|".join(_PREPOSITIONS)
_CAPITAL = "|".join(w.capitalize() for w in _PREPOSITIONS)
# A subject pronoun after a preposed time or place phrase is as much the sentence's
# opening: "On September 27 they published the results of their check", "And on Tuesday,
# he offered …" (after a leading conjunction the phrase is in lower case), "Against X on
# Tuesday, she lost …", "Despite the ruling, they went on …".
# Adverbials of time in two words, "So far, they have ...": "So" here is no conjunction.
_SO_FAR = r"(?:So|Thus)\s+far|By\s+(?:now|then)|Until\s+now|Up\s+to\s+now|To\s+date"
PREPOSED = re.compile(
    rf"^\W*(?:{_SO_FAR}|(?:But|And|So|Yet)\s+(?i:{_LOWER})|(?:{_CAPITAL}))\b"
    # a date or time ("September 27", "Monday night"), or any phrase closed by a comma
    r"(?:(?:\s+(?:[A-Z0-9][\w.'’-]*|the|a|an|of|last|next|same|early|late|morning"
    r"|afternoon|evening|night|day|week|month|year)){0,5},?|[^,;:\"“”.!?]{0,50},)\s+"
    r"(he|she|it|they)\s+(?=[a-z])"
)

# A possessive opening the subject after a preposed time ("Yesterday their school said …",
# "On Monday his lawyers asked …") points back as much as a leading "Their". After a
# preposition alone it may point ahead ("In their first debate, the two candidates …").
_TIMED_POSSESSIVE = re.compile(
    r"^\W*(?:(?:But|And|So|Yet)\s+)?(?:(?i:yesterday|today|tonight|meanwhile|earlier|later)"
    r"|(?i:on|last|this|early|late)\s+(?:[A-Z][a-z]+|(?i:week|month|year|night)))"
    r"(?:\s+(?i:morning|afternoon|evening|night))?,?\s+(their|his|her|its)\s+(?=[a-z])"
)


# A subject pronoun run into its verb ("He's expected to meet …", "They'd left"): the
# contraction hides it from ``FIRST``, and a bracket before "'s" would read as a possessive.
_CONTRACTED = re.compile(r"^\W*(?:(?:But|And|So|Yet|Or)\s+)?(?i:he|she|they)['’](?:s|d|ll|re|ve)\b")


def resolve_opening(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` (shown for the sentence at ``start``) readable alone, or None.

    A leading he/she/his/her (or a he/she/it/they after a preposed "On Tuesday") becomes
    the one person the ``REACH`` sentences before it name (from the document's actor
    mentions in ``extraction``), it/its the organisation, state or group opening the
    sentence before, they the one organisation or group the sentence before names and
    opens with; other leading pronouns and demonstratives, a contracted he/she/they ("He's
    expected …"), or two candidates, give None.
    """
    m = FIRST.match(text)
    if m is None or text.lstrip()[:1] in _QUOTES:
        return text  # a quotation's "our"/"it" are the speaker's, said where they stand
    if _CONTRACTED.match(text):
        return None
    preposed = PREPOSED.match(text) or _TIMED_POSSESSIVE.match(text)
    if preposed is not None:
        m = preposed
    word = m[1].lower()
    if word in _UNRESOLVABLE:
        return None
    if word not in PERSONAL and word not in POSSESSIVE and word != "they":
        return text
    if extraction is None:
        return None
    if word in _NEUTER and _EXPLETIVE.match(text[m.end(1) :]):
        return None  # "It was clear that ...", "It has been reported ...": no antecedent
    if word == "they" or (preposed is not None and word == "it"):
        # past a preposed phrase the sentence before's subject is further away: only
        # its one actor, opening it, is safe ("Meanwhile, it attacked" is not the U.S.)
        types = ("org", "group") if word == "they" else ("org", "group", "state")
        name = _subject_before(start, extraction, types)
    else:
        name = antecedent(word, start, extraction)
    if name is None:
        return None
    shown = f"[{name}'s]" if word in POSSESSIVE else f"[{name}]"
    return text[: m.start(1)] + shown + text[m.end(1) :]


# A plural noun, loosely (a verb's "-s" counts too: the rule errs on the side of not naming).
_PLURAL = re.compile(
    r"\b(?!(?:its|his|has|was|is|this|thus|us|as|always|news|perhaps)\b)[a-z]{2,}s\b"
)


def _subject_before(start: int, extraction: Extraction, types: tuple[str, ...]) -> str | None:
    """The actor of ``types`` the sentence before ``start`` opens with, for a "they"
    ("The union met on Friday. On Monday they called a strike"), when it names no other
    actor and no plural: people, a place beside a band, "crew members and editors" could
    be what the "they" gathers."""
    bounds, here = own_section(start, extraction)
    if here < 1:
        return None
    lo = bounds[here - 1]
    named = [
        x
        for x in extraction.mentions
        if x.type is not None and x.kind in ("name", "surname", "acronym") and lo <= x.start < start
    ]
    # Any other actor there (people together, a place a band played) or a plural ("crew
    # members, editors and contestants") could be what the "they" gathers; and a reader
    # takes it to continue with the sentence's subject, the name that opens it.
    names = {x.text for x in named}
    if len(names) != 1 or named[0].type not in types:
        return None
    text = extraction.document.text
    opening = text[lo : named[0].start].strip(" \n\"“‘'(")
    if opening.lower() not in ("", "the"):
        return None
    rest = QUOTATION.sub(" ", text[named[0].end : start])
    if _PLURAL.search(rest) or INNER.search(rest):
        return None
    return names.pop()


def resolve_speaker(text: str, start: int, extraction: Extraction | None) -> str | None:
    """A quotation closed by "..., he said" (or "they wrote") names its speaker: "[Serenko]
    said", or None."""
    m = _SAID_BY_PRONOUN.search(text)
    if m is None:
        return text
    if extraction is None:
        return None
    if _spliced_own_subject(text, m, start, extraction):
        return text
    if m[1] == "they":
        # "..., they wrote": the authors, a body or a group named before; only the one
        # organisation or group opening the sentence before is safe to name
        name = _subject_before(start, extraction, ("org", "group"))
    else:
        name = antecedent(m[1].lower(), start, extraction) or _attributed(
            m[1], m[2], start, extraction
        )
    if name is None:
        return None
    return text[: m.start(1)] + f"[{name}]" + text[m.end(1) :]


# A comma-spliced clause of its own: "he stated that …", "she said: “…", its cue taking its
# own complement (no parenthetical "…, he said." closing a statement).
_OWN_COMPLEMENT = re.compile(r"\s*(?:that\b|:|[\"“])")


def _spliced_own_subject(text: str, m: re.Match[str], start: int, extraction: Extraction) -> bool:
    """Whether the "he stated" of ``m`` opens a comma-spliced clause of its own whose
    he/she goes on with the person the clause before names: "Brandt blamed the council
    for the closure, he stated that …". The source's own pronoun reads from its
    sentence; a bracketed name inserted there reads as a second subject ("…, [Brandt]
    stated"). A quotation's "…,” he said" and a statement's closing "…, he said." are
    attributions of what comes before: their speaker is named as before."""
    if m[1] == "they" or m.group(0)[0] != "," or not _OWN_COMPLEMENT.match(text, m.end()):
        return False
    before = QUOTATION.sub(" ", text[: m.start()])
    sex = pronoun_sex(m[1])
    # the sentence's own people, by the surnames its narration gives before the clause
    return any(
        x.type == "person"
        and x.kind in ("name", "surname")
        and x.start >= start
        and re.search(rf"\b{re.escape(surname(x.text))}\b", before) is not None
        and not other_sex(surname(x.text), sex, extraction)
        for x in extraction.mentions
    )


def _attributed(pronoun: str, cue: str, start: int, extraction: Extraction) -> str | None:
    """The person the attribution read as the speaker of the he/she ``pronoun`` with
    ``cue`` in the sentence at ``start`` (a quotation's speaker, found through the
    paragraph's speakers before it: "…,” he asserted" after a paragraph on Sanders), as a
    surname the document gives one person only; else None."""
    bounds = [lo for lo, _ in extraction.sentences]
    here = bisect_right(bounds, start) - 1
    end = extraction.sentences[here][1] if here >= 0 else start
    speakers = {
        p.speaker
        for p in extraction.positions
        if p.speaker_mention is not None
        and p.speaker_mention.kind == "pronoun"
        and p.speaker_mention.text == pronoun
        and start <= p.speaker_mention.start < end
        and p.cue == cue
    }
    if len(speakers) != 1:
        return None
    speaker = speakers.pop()
    if speaker is None or not speaker[:1].isupper() or len(speaker.split()) < 2:
        return None  # a full name, as the attribution found it: no "he", no title alone
    gender = guessed_gender(speaker.split()[0])
    if gender == ("female" if pronoun == "he" else "male"):
        # a "she" the attribution gave a man: which of them, it does not know ("mostly"
        # is no answer: "Bernie" is mostly a woman's name)
        return None
    return distinct(surname(speaker), extraction)


def antecedent(word: str, start: int, extraction: Extraction, _chain: int = 0) -> str | None:
    """The one person (he/she/his/her) the sentences before name, or the organisation,
    state or group (it/its) opening the sentence before.

    A "he" after sentences that themselves open with "he" continues their person: the
    names inside those sentences ("He declared that Donald Trump would have a path …")
    are others, the ones he speaks of. The chain is followed back to the sentence before
    it, whose person the first "he" took up."""
    bounds, here = own_section(start, extraction)
    neuter = word in _NEUTER
    sex = None if neuter else pronoun_sex(word)
    if (
        sex is not None
        and here >= 1
        and _opens_with_pronoun(bounds[here - 1], start, sex, extraction)
    ):
        if _chain >= _CHAIN_REACH:
            return None
        return antecedent(word, bounds[here - 1], extraction, _chain + 1)
    previous_start = bounds[max(0, here - REACH)] if here >= 0 else start
    found = [
        x
        for x in extraction.mentions
        if x.type is not None
        and (x.type != "person") == neuter
        and x.kind in ("name", "surname", "acronym")
        and previous_start <= x.start < start
    ]
    if (
        sex is not None
        and here >= 1
        and _described_subject(bounds[here - 1], start, sex, extraction)
    ):
        return None  # "The Montana senator … He chairs …": the senator, whom no name says
    names = {x.text if neuter else surname(x.text) for x in found}
    if (len(names) > 1 or neuter) and here >= 1:
        # Several candidates: the one that opens the sentence before (its subject) is the
        # one a reader takes the pronoun to continue with. An "it" continues that subject
        # even when it is the only name there ("Today's study ... in Mexico. It estimated
        # ..." is no Mexico).
        text_of = extraction.document.text
        lo = bounds[here - 1]
        opener = [
            x
            for x in found
            if lo <= x.start and text_of[lo : x.start].strip(" \n\"“‘'(").lower() in ("", "the")
        ]
        names = {x.text if neuter else surname(x.text) for x in opener}
    elif neuter:
        return None  # the document's first sentence: nothing before it to continue
    if len(names) != 1:
        return None
    name = names.pop()
    if neuter:
        return name
    if other_sex(name, pronoun_sex(word), extraction):
        return None  # "view her record" with only Sanders before: not Sanders
    tagged = {surname(x.text) for x in found}
    if untagged_other(tagged, sex, previous_start, start, extraction):
        return None
    return distinct(name, extraction)


# How many sentences opening with the pronoun a chain is followed back through: past that,
# a reader has long lost who "he" is and so does the rule.
_CHAIN_REACH = 6


def _opens_with_pronoun(lo: int, start: int, sex: str, extraction: Extraction) -> bool:
    """Whether the sentence at ``lo`` (ending by ``start``) opens on a "he" or "she" of
    ``sex`` as its subject, as ``resolve_opening`` reads an opening: its first word past a
    conjunction (``FIRST``) or past a preposed time or place phrase (``PREPOSED``); not
    "The company said he …", whose subject is the company, nor a quotation's "he"."""
    text = extraction.document.text
    sentence = text[lo:start]
    if sentence.lstrip()[:1] in _QUOTES:
        return False  # '"He is wrong," Smith said': the quotation's "he", the speaker after
    m = PREPOSED.match(sentence) or FIRST.match(sentence)
    if m is None or m[1].lower() not in ("he", "she") or pronoun_sex(m[1]) != sex:
        return False
    # a name before the pronoun ("When Smith left, he …") is its own antecedent within the
    # sentence: not a chain of bare pronouns
    return not any(
        x.type == "person" and lo <= x.start < lo + m.start(1) for x in extraction.mentions
    )


# The nouns that tell a person by what they are (an office, kin, a trade, an age), as
# a pattern's alternation.
_PERSON_NOUN = r"\d+-year-old|" + "|".join(sorted((ROLE_NOUNS | PEOPLE_NOUNS) - _NOT_ONLY_PEOPLE))
# A person told by a description after its determiner: up to four words, then the person
# noun (``noun``), not a possessive or a compound's first part ("the senator's", "the
# actor-turned-...").
PERSON_DESCRIPTION = r"(?:[\w.'’-]+\s+){0,4}?(?P<noun>" + _PERSON_NOUN + r")\b(?!['’]s|-)"


def noun_sex(noun: str) -> str | None:
    """The sex a person noun says ("m", "f"), or None ("senator", "billionaire")."""
    return _NOUN_SEX.get(noun.lower())


# A person told by a description, not a name, opening a sentence as its subject: "The
# Montana senator with a buzz cut says …", "A former prosecutor told …", "The 52-year-old
# has …". A "he" or "she" in the next sentence continues with them.
_DESCRIBED_PERSON = re.compile(r"\W*(?:The|A|An|This|That)\s+" + PERSON_DESCRIPTION)


def _described_subject(lo: int, start: int, sex: str, extraction: Extraction) -> bool:
    """Whether the sentence at ``lo`` (ending by ``start``) opens on a person it describes
    and does not name, who may be of ``sex`` ("m" or "f": "A spokeswoman for Dr Murray
    insisted …" is no "him"): no person's name in that opening or as an apposition right
    after it ("The Montana senator, Jon Tester, …" names him)."""
    text = extraction.document.text
    m = _DESCRIBED_PERSON.match(text, lo, start)
    if m is None or (noun_sex(m["noun"]) or sex) != sex:
        return False
    return not any(
        x.type == "person" and x.kind in ("name", "surname") and lo <= x.start <= m.end() + 3
        for x in extraction.mentions
    )


def inside_quotation(text: str, start: int) -> bool:
    """Whether ``start`` (a sentence's offset in the document ``text``) falls inside a
    quotation opened earlier in its paragraph and closed at or after it: the words go on
    being the speaker's ("Limbaugh told his audience: 'What has happened is this. The
    campaign has ...'"). A paragraph whose quotation marks do not pair up tells nothing."""
    para = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    before, whole = text[para:start], text[para : end if end >= 0 else len(text)]
    if whole.count('"') % 2 == 0 and before.count('"') % 2 == 1:
        return True
    paired = whole.count("“") == whole.count("”")
    return paired and before.count("“") > before.count("”")


def own_section(start: int, extraction: Extraction) -> tuple[list[int], int]:
    """The starts of the sentences a reference at ``start`` may point back to, and the
    index of its own sentence among them: the document's, from the start of its own
    section on a page of several stories (``structure.stories``) — the entry before, a
    different story, is no antecedent ("The party says …" under a new time)."""
    floor = section_start(extraction.document, start)
    bounds = [lo for lo, _ in extraction.sentences if lo >= floor]
    return bounds, bisect_right(bounds, start) - 1
