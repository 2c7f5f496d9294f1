"""A side voice as a sentence's subject: someone whom only that sentence's page names.

Features and analyses bring in many people around a story's principals: a delegate who
phoned a committeeman to learn more, a chief executive planning a fund-raiser, a
candidate's son answering a reporter's email. Each is named by the one page that needed
them, and what they did or said that day, told by that page alone, is the page's material
(an illustration, a quote to round off a paragraph), not the period's news. Whoever
several sources name is someone the story turns on; an outcome (a win, an endorsement, a
resignation) is news whoever brings it about; and a happening other sources tell too is
borne out: none of them is a side voice's detail.

The subject is read from the sentence's words, as news writes it: the first person named
before the dated predicate, past a quotation opening the sentence (its speaker follows it:
"'...,' X wrote Monday") and leaving out a name a preposition governs ("in an interview
with X, Y said") or a possessive makes an owner ("X's campaign").

Whoever holds an office of a government or a public body, speaking or acting in it, is no
side voice however few pages name them: a foreign secretary's answer, a judge's order is
their government's or institution's word (``in_office``). What
marks it is the sentence's own description of the name: a title in the clause before it
("Foreign Secretary X", "Mexico's foreign minister X"), an apposition after it ("X, the
interior minister,"), or the role the tagger gave the mention; and, for a name its
sentence gives bare ("X said …"), the same described at the page's earlier mention of the
person ("Foreign Minister X arrived on Sunday."). An office of one's own
(minister, secretary, ambassador, judge ...) is enough. A post that serves someone (a
spokesman, an adviser, an aide, an official) is none: the sentence seldom says whether the
body served is a government's or a firm's. A former holder, a bystander, a voter, a
commentator, and a legislator, mayor, governor or firm's chief whom one page quotes on a
story beyond their office, still are side voices.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen import heap
from briefgen.candidates import surname
from briefgen.extract.cues import SPEECH_IRREGULAR, SPEECH_VERBS, speech_form
from briefgen.extract.given_names import given_name
from briefgen.models import Actor, EventMention, Extraction, Mention
from briefgen.standalone import antecedent
from briefgen.story import TYPICAL_SOURCES

__all__ = [
    "PREPOSITIONS",
    "in_office",
    "named_in_office",
    "reported_subject",
    "side_subject",
    "side_voices",
]

# The documents a side voice is named in: the one page that needed them.
SIDE_DOCS = 1

# Prepositions (a closed class of English words): a name after one is no subject.
_PREPOSITIONS = frozenset(
    [
        "about",
        "above",
        "across",
        "after",
        "against",
        "along",
        "among",
        "around",
        "at",
        "before",
        "behind",
        "below",
        "beside",
        "besides",
        "between",
        "beyond",
        "by",
        "despite",
        "during",
        "for",
        "from",
        "in",
        "inside",
        "into",
        "like",
        "near",
        "of",
        "off",
        "on",
        "onto",
        "over",
        "past",
        "per",
        "since",
        "than",
        "through",
        "to",
        "toward",
        "towards",
        "under",
        "unlike",
        "until",
        "upon",
        "via",
        "with",
        "within",
        "without",
    ]
)
PREPOSITIONS = _PREPOSITIONS  # the closed class, for other readers of a clause's words

# A reported happening's own subject when it is the speaker told again: "X said he called".
_PRONOUNS = frozenset(("he", "she", "i", "we", "they"))
# Words between a subject and its verb that are neither: "he had also called".
_AUXILIARIES = frozenset(
    ("had", "has", "have", "was", "were", "is", "are", "would", "will", "did", "also", "then")
)
_WORD = re.compile(r"[\w'’.-]+")
_OPENING_QUOTE = "\"“‘'"
_CLOSING_QUOTE = re.compile(r"[\"”’']\s")


def side_voices(actors: Sequence[Actor], sources: int) -> frozenset[str]:
    """The names of the people whom a single document names (``SIDE_DOCS``), whatever
    their role: who appears on one page only is no principal of the corpus. A name also
    standing for someone more widely named (a shared surname) is left out. None in a
    corpus of fewer ``sources`` than a typical source needs (``story.TYPICAL_SOURCES``):
    in five reports, each on its own turn of the story, who one names may be its actor."""
    if sources < TYPICAL_SOURCES:
        return frozenset()
    side: set[str] = set()
    wide: set[str] = set()
    for actor in actors:
        # a person by a given name ("Bill Bruch"): a firm the tagger took for one ("Sanofi
        # Pasteur said ...") is a body, whose one page may still tell the day's news
        if actor.type != "person" or not given_name(actor.name.split()[0]):
            continue
        names = {actor.name, *actor.aliases}
        docs = {m.doc for m in actor.mentions} | set(actor.sources)
        (side if len(docs) <= SIDE_DOCS else wide).update(names)
    return frozenset(side - wide)


def side_subject(
    mention: EventMention, extraction: Extraction | None, side: frozenset[str]
) -> bool:
    """Whether the subject of ``mention``'s sentence, the first person it names before the
    dated predicate (``extraction``'s mentions of people by name), is one of the ``side``
    voices."""
    if extraction is None or mention.predicate is None or not side:
        return False
    ev = mention.evidence
    begin, end = ev.sentence_start, mention.predicate[0]
    lead = ev.sentence.lstrip()
    if lead[:1] in _OPENING_QUOTE:
        # "'Just to be clear, I never said no,' X wrote": the speaker follows the quotation
        at = len(ev.sentence) - len(lead)
        closing = _CLOSING_QUOTE.search(ev.sentence, at + 1)
        if closing is None:
            return False
        begin = ev.sentence_start + closing.end()
    text = extraction.document.text
    people = _people_of(heap.Same((extraction,))).between(begin, end)
    for m in people:
        if text.startswith(("'s", "’s"), m.end):
            continue  # "X's campaign": an owner, not the subject
        # the words since the clause began (a preposed "On Sunday," is over): the last in
        # small letters, past a title or the rest of the name ("with retired Gen. X"),
        # says what the name is to the sentence
        clause = re.split(r"[,;:—]", text[begin : m.start])[-1]
        words = [w for w in _WORD.findall(clause) if not w[:1].isupper() and not w.endswith(".")]
        if words and words[-1].lower() in _PREPOSITIONS:
            continue
        before = _WORD.findall(clause)
        if before and before[-1].lower() == "the":
            return False  # "the Marine Corps quarantined …": a body the tagger took for a person
        named = _appositive(m, people, text, before)
        if named is not None:
            # "The head of the group backing X, Y, praised …": X is inside the description,
            # the name set off by commas after it is the subject
            m, clause = named, ""
        if m.text not in side or in_office(m, text, clause):
            return False
        earlier = _named_before(m.text, m.start, extraction)
        if any(in_office(x, text, _clause_before(x, text)) for x in earlier):
            return False  # "Foreign Minister X arrived …. X said …": the page gave the office
        # "X reports that the victims were aboard on 21 April": the dated happening is what
        # X reports, with a subject of its own; "X said he called Y": X's own act again
        between = [w.lower() for w in _WORD.findall(text[m.end : end])]
        said = next((n for n, w in enumerate(between) if w in SPEECH_VERBS or speech_form(w)), None)
        if said is not None:
            if _taken_as_object(between[said + 1 :], text[end : mention.predicate[1]]):
                return True
            rest = [w for w in between if w not in _AUXILIARIES and not w.endswith("ly")]
            return bool(rest) and rest[-1] in _PRONOUNS
        return True
    return _side_pronoun(text, begin, end, extraction, side)


def _side_pronoun(
    text: str, begin: int, end: int, extraction: Extraction, side: frozenset[str]
) -> bool:
    """Whether the clause before the dated predicate (``begin`` to ``end``) has for its
    subject a lone "he" or "she" whose person, named in the sentences before
    (``standalone.antecedent``), is one of the ``side`` voices and was given no office
    there: "A woman who has accused X said …. Y, who said …, recounted …. On Sunday, she
    disclosed …" is Y's own telling, as "Y disclosed" would be."""
    clause = re.split(r"[,;:—]", text[begin:end])[-1]
    words = [
        w
        for w in _WORD.findall(clause)
        if w.lower() not in _AUXILIARIES and not w.lower().endswith("ly")
    ]
    if len(words) != 1 or words[0].lower() not in ("he", "she"):
        return False
    at = text.rindex(words[0], begin, end)
    name = antecedent(words[0].lower(), at, extraction)
    if name is None or name not in side:
        return False
    earlier = _named_before(name, at, extraction)
    return not any(in_office(x, text, _clause_before(x, text)) for x in earlier)


def _taken_as_object(between: Sequence[str], verb: str) -> bool:
    """Whether the dated ``verb``, with ``between`` the words from the verb of saying to
    it, is no reported clause's but a non-finite verb inside what was said's object: "X
    praised the efforts of Y to attack Z by skywriting … on Friday", "X criticised Y for
    closing the depot on Friday". It has no subject of its own (an -ing form after a
    preposition, or a to-infinitive) and no clause opens between ("that", a finite verb:
    "said that the victims were seen boarding …"), so the sentence tells X's remark on
    it, whoever's act it is."""
    if not between or any(
        w == "that" or w in _FINITE or w in SPEECH_IRREGULAR or (w.endswith("ed") and len(w) > 4)
        for w in between
    ):
        return False
    last = between[-1]
    return (verb.lower().endswith("ing") and last in _PREPOSITIONS) or last == "to"


def _named_before(name: str, at: int, extraction: Extraction) -> list[Mention]:
    """The page's earlier mentions (before offset ``at``) of the person ``name`` names: by
    the same surname, or its own full name. A sentence naming someone by surname alone
    leaves their title to the sentence that introduced them ("The foreign minister, X, …")."""
    named = _people_of(heap.Same((extraction,))).by_surname.get(surname(name), ())
    return [x for x in named if x.start < at]


@dataclass(frozen=True)
class _People:
    """A page's mentions of people by name or surname, as the subject's reading asks
    for them: by offset, and by surname."""

    by_start: tuple[Mention, ...]  # in offset order; mentions at one offset in page order
    starts: tuple[int, ...]
    by_surname: dict[str, tuple[Mention, ...]]  # each surname's mentions, in page order

    def between(self, begin: int, end: int) -> list[Mention]:
        """The mentions starting from ``begin`` up to ``end``, in offset order."""
        lo, hi = bisect_left(self.starts, begin), bisect_left(self.starts, end)
        return list(self.by_start[lo:hi])


# A chronology and a timeline ask of one page once for each of its dated sentences (a
# long page has hundreds of mentions): its people are sorted and their surnames read once.
@heap.corpus_cache(1 << 12)
def _people_of(page: heap.Same[Extraction]) -> _People:
    people = [
        m for m in page.items[0].mentions if m.type == "person" and m.kind in ("name", "surname")
    ]
    by_start = tuple(sorted(people, key=lambda m: m.start))
    by_surname: dict[str, list[Mention]] = defaultdict(list)
    for m in people:
        by_surname[surname(m.text)].append(m)
    return _People(
        by_start,
        tuple(m.start for m in by_start),
        {k: tuple(v) for k, v in by_surname.items()},
    )


def _clause_before(m: Mention, text: str) -> str:
    """The words of ``m``'s clause before it: since the last comma, colon, dash or
    sentence end ("Foreign Minister" in "On Monday, Foreign Minister X arrived")."""
    lo = max(0, m.start - 200)
    return re.split(r"[,;:—\n]|[.!?]\s", text[lo : m.start])[-1]


# Offices of a government or a public body (a closed class of English nouns): whoever
# holds one speaks or acts for it. Not an elected member's, a mayor's or a governor's seat,
# nor a firm's chair: in a story beyond their office, one page's remark of theirs is their
# own politics or business (a congresswoman's jab at a candidate, a mayor's offer, a chief
# executive's fund-raiser), as the audits judged every one of them (docs/timeline.md).
_OFFICES = frozenset(
    (
        *("minister", "secretary", "president", "premier", "chancellor", "ambassador"),
        *("envoy", "commissioner", "judge", "prosecutor", "director-general"),
        *("secretary-general", "attorney-general"),
    )
)
# Words saying the office is no longer (or not yet) held.
_NOT_HELD = frozenset(("former", "ex", "retired", "then", "late", "onetime", "would-be"))
# Words that end a description's head: a preposition, or a relative clause's opener.
_RELATIVES = frozenset(("who", "whose", "whom", "which", "that"))
_HEAD_ENDS = _PREPOSITIONS | _RELATIVES | {"and"}
_OWNER = re.compile(r"['’]s?$")
_APPOSITION = re.compile(r",([^,;:.()—]*)")


def in_office(m: Mention, text: str, before: str) -> bool:
    """Whether the person ``m`` names (in its document's ``text``) is described, by the
    words of its clause ``before`` it, by the apposition after it or by the tagger's role,
    as holding an office (``_OFFICES``); not when the office is no longer held.

    A post that serves someone (a spokesman, an adviser, an aide, an official) is no
    office here: the sentence seldom says whether the body served is a government's or a
    firm's ("a spokeswoman for the Harbour Board", "a Twitter spokesman"), and a firm's
    spokesman on one page is its chief's side voice, which the audits judged trivial."""
    after = _APPOSITION.match(text, m.end)
    phrases = [before, after.group(1) if after is not None else "", m.role or ""]
    for phrase in phrases:
        words = [w.lower().strip(".-") for w in _WORD.findall(phrase)]
        if words and words[0] in _RELATIVES:
            continue  # "X, who was coordinator for …,": a relative clause, no apposition
        head: list[str] = []
        for w in words:
            if w in _HEAD_ENDS and head:
                break
            # an owner, and its title, is whom the office is of: "Governor Y's minister X"
            head = [] if _OWNER.search(w) else [*head, w]
        if not head or _NOT_HELD & set(head):
            continue
        if _OFFICES & set(head) or ("attorney" in head and "general" in head):
            return True
    return False


def named_in_office(m: Mention, text: str) -> bool:
    """Whether the person ``m`` names is described there as holding an office
    (:func:`in_office`, read from the words of its clause before it)."""
    return in_office(m, text, _clause_before(m, text))


def _appositive(
    m: Mention, people: Sequence[Mention], text: str, before: Sequence[str]
) -> Mention | None:
    """The name set off by commas right after the descriptive noun phrase ``m`` sits in
    ("The head of the group backing X, Y, said"): the phrase opens with an article
    (``before``, its words up to ``m``), one comma follows ``m`` and the next person named
    stands between it and a second comma. None when ``m`` opens its clause ("X, Y, and Z
    met": a list) or no such name follows."""
    if not before or before[0].lower() not in _ARTICLES:
        return None
    for n in people:
        if n.start <= m.end:
            continue
        between = text[m.end : n.start]
        if between.count(",") != 1 or _STOP.search(between):
            return None
        title = _WORD.findall(between.split(",")[1])  # "…, Sen. Y,": a title before the name
        if any(not w[:1].isupper() for w in title):
            return None
        return n if text.startswith(",", n.end) else None
    return None


_ARTICLES = frozenset(("the", "a", "an"))
_STOP = re.compile(r"[;:—!?\"“”()]")


def reported_subject(mention: EventMention) -> str | None:
    """The subject of the clause that ``mention``'s dated verb of saying reports ("X
    testified on Thursday that Dr Lane cleaned up the vials": "Dr Lane"): the words after
    the verb, past when it was said and "that", up to the reported clause's verb (a finite
    auxiliary or a past form) or a comma. None when the dated verb is no verb of saying,
    or no clause's verb follows (what was said is a quotation before it, or a noun)."""
    if mention.predicate is None:
        return None
    ev = mention.evidence
    verb = ev.sentence[
        mention.predicate[0] - ev.sentence_start : mention.predicate[1] - ev.sentence_start
    ]
    said = verb.lower()
    if said not in SPEECH_VERBS and not speech_form(said):
        return None
    subject: list[str] = []
    rest = ev.sentence[mention.predicate[1] - ev.sentence_start :]
    for found in _WORD_OR_COMMA.finditer(rest):
        word = found.group()
        low = word.lower()
        if word == ",":
            return None
        if not subject and (low in _SAID_WHEN or low == "that"):
            continue  # "testified on Thursday that": when it was said, the clause's opener
        if low in _FINITE or low in SPEECH_IRREGULAR or (low.endswith("ed") and len(low) > 4):
            return " ".join(subject) or None
        subject.append(word)
    return None


# The finite auxiliaries and modals (a closed class): a reported clause's verb begins there.
_FINITE = frozenset(
    (
        *("am", "is", "are", "was", "were", "has", "have", "had", "do", "does", "did"),
        *("will", "would", "shall", "should", "can", "could", "may", "might", "must"),
    )
)
# What may say when a saying was, between its verb and what it reports ("said late on
# Monday that"): prepositions, deictic words, weekdays and parts of a day.
_SAID_WHEN = frozenset(
    (
        *("on", "in", "at", "late", "early", "last", "this", "earlier", "later"),
        *("today", "yesterday", "tonight", "morning", "afternoon", "evening", "night"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("week", "weekend"),
    )
)
_WORD_OR_COMMA = re.compile(r"[\w'’.-]+|,")
