"""References inside a shown sentence, past its first word: a he/his/her the sentence
does not name ("Prosecutors say his negligence ..."), a "their" with nothing plural to take
up, and an "it" a reported clause opens with nothing before it to stand for.

``standalone`` reads a sentence's opening; this module the rest of it. A reference the
sentences before resolve is named in brackets ("[Murray's] negligence"); otherwise the
sentence is not shown alone.
"""

from __future__ import annotations

import re

from briefgen.extract.actor_words import word_set
from briefgen.extract.antecedents import name_gender, pronoun_sex
from briefgen.extract.namefit import NOT_PERSON_HEADS
from briefgen.extract.quotes import without_quotations
from briefgen.models import Extraction, Mention
from briefgen.standalone import (
    FIRST,
    INNER,
    PERSON_DESCRIPTION,
    PERSONAL,
    POSSESSIVE,
    PREPOSED,
    TITLE,
    antecedent,
    noun_sex,
    surname,
)
from briefgen.titled import office_named

__all__ = ["dangling_their", "resolve_inner", "subject_it_named", "unnamed_owner"]


def resolve_inner(
    text: str, sentence: str, start: int, extraction: Extraction | None, *, cautious: bool = False
) -> str | None:
    """``text`` (shown for ``sentence`` at ``start``) when a he/his/him/she/her inside it,
    outside quotations, follows a person the sentence names (a titled name counts: "Dr
    Murray weeps as patients praise his skills"); the one person the sentences before name
    in brackets when none does ("Prosecutors say [Murray's] negligence ..."); else None.
    ``cautious``: None too when a capitalised word before the pronoun could be a person
    the extraction did not find (it is no organisation, place or group it found there).
    """
    narration = without_quotations(sentence)
    first = FIRST.match(narration)
    if first is not None and first[1].lower() in PERSONAL | POSSESSIVE:
        return text  # led by the person (resolved by resolve_opening): "He said he ..."
    if PREPOSED.match(narration):
        return text  # "In 2004, he won ... for his portrayal": led by the person too
    m = INNER.search(narration, first.end() if first else 1)
    if m is None:
        return text
    if extraction is None:
        # no names to look at: a titled name or a person noun the sentence gives before
        # the pronoun is still its person ("Dr Murray tells Judge Pastor he will not
        # testify"), anything else unknown
        if _TITLED.search(narration, 0, m.start()) or _PERSON_NOUN.search(narration, 0, m.start()):
            return text
        return None
    # a person the sentence names before the pronoun is its referent only when they may be
    # of its gender: in "Gov. Jerry Brown endorsed her", "her" is someone told before
    named = any(
        x.type == "person"
        and x.kind in ("name", "surname")
        and start <= x.start < start + m.start()
        and _may_be(x, m[1])
        for x in extraction.mentions
    )
    titled = _TITLED.search(narration, 0, m.start())
    if named or (titled is not None and _title_sex(titled[0]) in (None, pronoun_sex(m[1]))):
        return text
    if _PERSON_NOUN.search(narration, 0, m.start()):
        return text  # "the assailant … without fearing he would be seen": the sentence's own
    # searched from the second character on, the first still looked behind: "The
    # bickering … before he cleared" holds no "he" at its start
    inner = re.compile(rf"(?<![\w\[])({re.escape(m[1])})\b").search(text, 1)
    if inner is not None and office_named(text[: inner.start()]):
        return text  # "the Whig nominee [Ada Brandt] brought her aides"
    if _cataphoric(narration, m, start, extraction):
        return text
    if cautious and _unfound_name(narration[: m.start()], start, extraction, m[1]):
        return None
    word = m[1].lower()
    name = antecedent(word, start, extraction)
    if name is None:
        return None
    if re.search(rf"\b{re.escape(surname(name))}\b", narration[: m.start()]):
        return text  # the sentence names them before it: "Kell hasn't said whether he"
    owner = word in POSSESSIVE and not (word == "her" and _OBJECT_HER.match(narration, m.end()))
    shown = f"[{name}'s]" if owner else f"[{name}]"
    if inner is None:
        return None
    at = inner.start(1)
    return text[:at] + shown + text[at + len(m[1]) :]


def _cataphoric(narration: str, m: re.Match[str], start: int, extraction: Extraction) -> bool:
    """Whether the his/her ``m`` lies in an opening phrase whose clause a person's name
    opens right after its comma: "In his speech earlier Wednesday, Trump proclaimed ..."
    (his = Trump, not whoever the sentences before named). A participle's phrase may hold
    commas of its own: "Appearing aware of how voters, in Iowa, view her record, Mrs.
    Clinton said ..." (the name may follow its title)."""
    if m[1].lower() not in POSSESSIVE:
        return False
    if "," in narration[: m.start()] and not _PARTICIPLE_OPENS.match(narration):
        return False
    comma = narration.find(",", m.end())
    if comma < 0:
        return False
    rest = narration[comma + 1 :]
    after = start + comma + 1 + len(rest) - len(rest.lstrip())
    titled = TITLE.match(rest.lstrip())
    at = {after, after + (titled.end() if titled else 0)}
    return any(x.type == "person" and x.start in at for x in extraction.mentions)


# A sentence opening on a participle's phrase, whose subject is the main clause's.
_PARTICIPLE_OPENS = re.compile(r"^\W*[A-Z][a-z]+ing\b")


# One person the sentence itself tells of by a common noun, whom a later he/she takes up
# ("the assailant", "a gunman", "the boy's father"): no name from the sentences before.
_PERSON_NOUN = re.compile(
    r"\b(?:the|a|an|this|that|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?:man|woman|boy|girl"
    r"|child|baby|teenager|patient|victim|assailant|attacker|gunman|killer|sniper|shooter"
    r"|suspect|fugitive|officer|doctor|physician|nurse|lawyer|attorney|judge|prosecutor"
    r"|witness|spokesman|spokeswoman|official|candidate|nominee|leader|driver|pilot|soldier"
    r"|father|mother|son|daughter|husband|wife|brother|sister|uncle|aunt|cousin|friend)\b",
    re.IGNORECASE,
)
# A courtesy or professional title before a capitalised name: "Dr Murray", "Ms. Jackson".
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Prof|Judge|Rev)\.?\s+[A-Z]")
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'’.-]*")
_CALENDAR = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
}  # fmt: skip


def _may_be(person: Mention, pronoun: str) -> bool:
    """Whether the person named by ``person`` may be the one a he/his/him (she/her) means:
    their given name is of no known gender, or of the pronoun's. A "person" the recogniser
    found whose last word heads a place's or a body's name ("Marlow Square", "Penbury
    Hospital") is none: "fans gathered in Marlow Square to sing his hits" names no one."""
    given = _TITLE_WORDS.sub("", person.text).split()
    if len(given) > 1 and given[-1].casefold() in _PLACE_HEADS:
        return False
    sex = name_gender(given[0]) if len(given) > 1 else None  # a surname alone says nothing
    return sex is None or sex == pronoun_sex(pronoun)


# The head words of a place's or a body's name (``namefit.NOT_PERSON_HEADS``) but those
# that are common surnames too ("Tom Hall", "Ann Park", "Frank Church"): a two-word
# "person" ending on one of the rest is a place the recogniser mistyped.
_SURNAMES_TOO = word_set(
    """
    hall park lake bay church house banks hills post times place state news press falls
    river beach tech street island islands springs heights valley tower office
    """
)
_PLACE_HEADS = NOT_PERSON_HEADS - _SURNAMES_TOO


# Titles that say a person's sex, and those before a name that say none ("Gov.", "Sen.").
_TITLE_SEX = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "dame": "f", "lady": "f"}
_TITLE_WORDS = re.compile(r"^(?:(?:[A-Z][a-z]{1,4}\.|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\s+)+")


def _title_sex(titled: str) -> str | None:
    return _TITLE_SEX.get(titled.split()[0].rstrip(".").lower())


# "her" as an object, not an owner: before a comma, a preposition, a clause or the end
# ("endorsed her, citing …", "told her to", "called her Tuesday"); "her record" owns.
_OBJECT_HER = re.compile(
    r"(?:\s*(?:[,.;:!?)—–-]|$)|\s+(?:to|in|on|at|for|with|as|and|but|or|that|from|by|after"
    r"|before|during|over|up|out|back|off|down|again|because|if|when|while|since|about|into"
    r"|the|a|an|this|last|just|directly|personally|publicly|twice|once|(?:Mon|Tues|Wednes"
    r"|Thurs|Fri|Satur|Sun)day)\b)"
)


def _unfound_name(before: str, start: int, extraction: Extraction, pronoun: str = "his") -> bool:
    """Whether ``before`` (the start of the sentence at ``start``) holds a capitalised word
    past its first that is no weekday or month and lies in no organisation, place or group
    the extraction found: a person it may have missed, whom a "his" may mean. A person it
    found who cannot be the ``pronoun``'s (Jerry for a "her"), and that person's title
    ("Gov."), are no such word."""
    others = [
        (x.start, x.end)
        for x in extraction.mentions
        if x.type == "person" and not _may_be(x, pronoun)
    ]
    for w in _CAPITALISED.finditer(before):
        if w[0].rstrip(".,'’s") in _CALENDAR:
            continue
        at = start + w.start()
        if any(lo - 1 <= at + len(w[0]) <= hi or lo <= at < hi for lo, hi in others):
            continue  # the named man a "her" cannot mean, or his title just before him
        if not any(
            x.type in ("org", "state", "group") and x.start <= at < x.end
            for x in extraction.mentions
        ):
            return True
    return False


# The words of a he/his's own noun phrase up to a comma: "his campaign manager, " — a name
# right after it is in apposition with that phrase ("his campaign manager, Jeff Weaver,"),
# the one owned, never the owner.
_OWN_PHRASE = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s*")


# A person the sentence tells by what they are, before the pronoun: "a poll shows the New
# York billionaire keeping his lead" — the his may be theirs as well as a name's.
_DESCRIBED_BEFORE = re.compile(r"\b(?:the|an?)\s+" + PERSON_DESCRIPTION, re.I)


def unnamed_owner(sentence: str, start: int, extraction: Extraction) -> bool:
    """Whether the first he/his/him/she/her inside ``sentence`` (at ``start``), outside
    quotations, has no person in the sentence it may mean: none of its gender is named
    there but the one its own noun phrase is in apposition with, the name closed by its
    comma ("Earlier Tuesday, his campaign manager, Jeff Weaver, says ..."). A name
    anywhere else in the sentence may be its person, before or after it ("while on the
    trail for his wife, Bill Clinton said")."""
    narration = without_quotations(sentence)
    m = INNER.search(narration, 1)
    if m is None:
        return False
    sex = pronoun_sex(m[1])
    described = _DESCRIBED_BEFORE.search(narration, 0, m.start())
    if described is not None and (noun_sex(described["noun"]) or sex) == sex:
        return False
    phrase = _OWN_PHRASE.match(narration, m.end())
    at = start + phrase.end() if phrase is not None else -1
    text = extraction.document.text

    def apposed(x: Mention) -> bool:
        # closed by its own comma: "his wife, Tom Reed said" makes the name the subject
        return x.start == at and text[x.end : x.end + 1] == ","

    return not any(
        x.type == "person"
        # a name a reader may take it to mean; its own phrase ("his campaign manager") is
        # a description of the one owned
        and x.kind in ("name", "surname")
        and start <= x.start < start + len(sentence)
        and not apposed(x)
        and _may_be(x, m[1])
        for x in extraction.mentions
    )


_PLURAL_INNER = re.compile(r"\b(their|them)\b")
# Words ending in "s" that are no plural a "their" could take up.
_NOT_PLURAL = {"is", "was", "has", "his", "its", "this", "us", "as", "yes", "news", "always"}
# Plurals and collectives that do not end in "s".
_PLURAL_WORDS = {"children", "people", "men", "women", "police", "family", "crowd", "team"}
_PLURAL_WORDS |= {"staff", "public", "media", "couple", "jury", "audience", "government"}
# pronouns for people: "a majority of those who said their …"
_PLURAL_WORDS |= {"those", "these", "others", "everyone", "everybody", "generation"}
# bodies a "their" takes up as their members: "the campaign said their ads …"
_PLURAL_WORDS |= {"campaign", "party", "committee", "company", "firm", "group", "council"}
_PLURAL_WORDS |= {"board", "panel", "agency", "band", "administration", "league"}


def dangling_their(sentence: str, start: int, extraction: Extraction | None) -> bool:
    """Whether a "their"/"them" in ``sentence`` (at ``start``), outside quotations, has
    nothing in the sentence to take up: "Ivanka Trump acknowledged their uphill battle"
    (whose is said only in the sentence before). What may come after it counts too ("At
    their first press conference, the delegation ..."), and so does a "they" (a leading
    one is ``resolve_opening``'s)."""
    narration = without_quotations(sentence)
    first = _PLURAL_INNER.search(narration)
    if first is None:
        return False
    blanked = _PLURAL_INNER.sub(lambda m: " " * len(m[0]), narration)  # offsets kept
    if _opening_phrase(narration[: first.start()]):
        # "At their first press conference, the delegation …": the clause after the
        # phrase's comma gives who, as a name's phrase does for a his (``_cataphoric``)
        return not _plural_in(blanked, start, extraction)
    # else a their takes up what is told before it: in "Ann Holt was asked about their
    # case by the Marlow Herald", the paper after it is no owner of the case
    return not _plural_in(blanked[: first.start()], start, extraction)


# What opens a phrase set before the sentence's subject: a preposition, a subordinating
# conjunction or a participle ("At their …", "While holding their …", "Asked about their …").
_PHRASE_OPENER = re.compile(
    r"\W*(?:(?:but|and|yet|so)\s+)?"
    r"(?:[a-z]+ing\b|[a-z]+ed\b|(?:at|in|on|for|with|despite|after|before|during|since|unlike"
    r"|like|among|amid|through|throughout|under|over|from|by|to|of|upon|following|while|whilst"
    r"|when|as|although|though|if|once|until|because)\b)",
    re.I,
)


def _opening_phrase(before: str) -> bool:
    """Whether ``before`` (a sentence up to its first their/them) is phrases set before the
    subject, each opened by a preposition, a conjunction or a participle: "On a rainy
    afternoon, after their shift, a dozen workers gathered …"."""
    if ";" in before or ":" in before:
        return False
    return all(_PHRASE_OPENER.match(part) for part in before.split(","))


def _plural_in(text: str, start: int, extraction: Extraction | None) -> bool:
    """Whether ``text`` (a sentence at ``start``, its their/them blanked) names something
    plural: two names joined ("Clinton and Kaine"), a plural noun ("voters"), "they", or
    an organisation or group the extraction found there as a party ("the campaign"), not
    as a modifier ("in a Journal essay")."""
    if re.search(r"\b(?:and|they|[Tt]hey)\b", text):
        return True
    # a person's name ending in "s" ("Sanders", "Jones") is one person, no plural
    found = (
        []
        if extraction is None
        else [
            x
            for x in extraction.mentions
            if x.type == "person" and start <= x.start < start + len(text)
        ]
    )
    if len({surname(x.text) for x in found}) > 1:
        return True  # "Holt, who endorsed Reed despite their history": the two of them
    people = [(x.start - start, x.end - start) for x in found]
    words = [
        w[0].lower()
        for w in re.finditer(r"[A-Za-z]{3,}", text)
        if not any(lo <= w.start() < hi for lo, hi in people)
    ]
    if any((w.endswith("s") and w not in _NOT_PLURAL) or w in _PLURAL_WORDS for w in words):
        return True
    if extraction is None:
        return True  # nothing to check against: leave it
    doc = extraction.document.text
    return any(
        x.type in ("org", "group", "state")
        and start <= x.start < start + len(text)
        # "in a Wall Street Journal essay": a name after "a" modifies a noun, it is no party
        and not re.search(r"\b(?:a|an)\s+$", doc[max(0, x.start - 4) : x.start], re.I)
        for x in extraction.mentions
    )


# "it" as the subject of a reported clause: "Judge Pastor concluded on Monday that it
# would not help the defense" (it = footage only the sentences before name).
_CLAUSE_IT = re.compile(r"\b(?:that|said|says|concluded|ruled|decided)\s+(it)\s+[a-z]")
# Something before it the "it" can be: a noun phrase ("the footage", "a request"), or a
# gerund or clause ("that releasing it would ...").
_THING = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\w+['’]s)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*"
)
# "said it was more likely that ...": an "it" standing for the clause to come.
_EXTRAPOSED = re.compile(
    r"\s+(?:is|was|'s|’s|would\s+be|will\s+be|seems|seemed|appears|appeared)\s+(?!a\b|an\b|the\b)"
)


# "it" as the object an act names: "declared it a full pandemic", "called it a hoax".
_OBJECT_IT = re.compile(
    r"\b(?:declared|declares|declare|called|calls|call|labelled|labeled|deemed|named|ruled)"
    r"\s+it\s+(?:a|an|the)\b"
)
# A thing told before it in the sentence, in lower case: "the new virus", "an outbreak".
_ACTOR_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?(?:[\w.'’-]+\s+){1,3}$")
_LOWER_THING = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
)


def subject_it_named(text: str, start: int, extraction: Extraction | None) -> bool:
    """Whether an "it" that is the subject of a reported clause in ``text`` (the sentence
    at ``start``) has something before it in the sentence to stand for: a thing the
    narration names, or an actor that is no person. "Judge Michael Pastor concluded on
    Monday that it would not help the defense" has none: the reader cannot tell what."""
    narration = without_quotations(text)
    named = _OBJECT_IT.search(narration)
    if named is not None:
        # the words just before the verb are who declared, not what
        told = _ACTOR_BEFORE.sub("", narration[: named.start()])
        if not _LOWER_THING.search(told):
            return False  # "The WHO declared it a full pandemic": the reader cannot tell what
    m = _CLAUSE_IT.search(narration)
    if m is None:
        return True
    before = narration[: m.start(1)]
    if _THING.search(before) or _EXTRAPOSED.match(narration, m.end(1)):
        return True
    if extraction is None:
        return False
    # offsets in ``text`` and the source sentence differ by brackets added, so look at
    # the mentions of the whole sentence that fall before the clause's verb
    end = start + len(before)
    return any(
        x.type is not None and x.type != "person" and start <= x.start < end
        for x in extraction.mentions
    )
