"""Dates that date an aside of a sentence, not its main event.

A sentence often names a time that its own news did not happen at: the other side of a
comparison ("reminds me of Reagan's trip to Geneva in 1985", "similar to the first debate
in 2000", "unlike Obama four years ago"), the start of a record ("the largest since
Clinton won in 1996"), what a speaker is reported as saying in a participle after the
main clause ("decried that math, saying Clinton took questions last month"), a stretch
reaching up to the writing ("has barely budged in the last year"), a clause in brackets
("(about 420 were imported in 2008)"), or the end of a state ("closed until May 6"). The
date dates that aside, which keeps it as an event, but not the sentence: ``aside`` gives
the phrase it dates, so the timeline does not show the sentence under it (``timeline``,
``homedate``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from briefgen.extract.dated import reporting_verb
from briefgen.when import When

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["aside"]

# Words that set one thing beside another: what follows is the other thing, with its time.
_COMPARING = {"unlike", "like", "similar", "akin", "reminiscent", "comparable", "versus", "vs"}
_COMPARING_POS = {"ADP", "ADJ", "SCONJ"}
# Times wholly past, which a present perfect cannot take as its own ("has run ads four years
# ago", "have complicated … on Friday"); not "this summer", "in 2015", which it can.
_PAST_ONLY = re.compile(
    r"\b(?:ago|last|yesterday|earlier|previous|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.I,
)
# Participles of a gradual change, whose present perfect tells how far it has gone by the
# speaker's now: with "as of" a past day, the day is where the change is measured from
# (the participle, not the lemma: a build without a lemmatizer reads the same).
_GRADUAL = {"grown", "risen", "increased", "climbed", "mounted", "fallen", "dropped"}
_GRADUAL |= {"declined", "decreased", "worsened", "improved", "deepened", "eased", "shrunk"}
_GRADUAL |= {"widened", "narrowed", "intensified", "weakened", "strengthened"}
# A span reaching up to the writing: "in the last year", "over the past two weeks" (not
# "the last week of October", a named part of a month).
_UP_TO_NOW = re.compile(r"^(?:the\s+)?(?:last|past)\s", re.I)
_SPAN_PREPS = {"in", "over", "during", "within", "throughout"}


def aside(span: Span, verb: Token, value: str, day: date | None) -> Token | None:
    """The token whose phrase the date ``span`` (normalised to ``value``) dates, when that
    phrase is an aside of the sentence rather than its main event; None when the date
    dates the event of ``verb`` as the sentence's news. ``day``: the page's date."""
    return (
        _comparison(span, verb)
        or _since_clause(span)
        or _saying_after(span, verb)
        or _present_before(span, verb, value, day)
        or _participle_object(span, verb, value, day)
        or _relative_clause(verb)
        or _bracketed_clause(span, verb)
        or _end_bound(span)
    )


# Words that make a date the end of a state or a span ("closed until May 6", "data to the
# end of April", "figures up to 30 April"), not the time of a happening.
_UNTIL = {"until", "till", "til", "through", "thru"}


def _end_bound(span: Span) -> Token | None:
    """ "The school was closed until May 6", "assessed the epidemic using data to the end of
    April", "delayed until March": the date ends a state or bounds what the clause names;
    neither the closing, the assessing nor the delaying happened on it."""
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep":
        return None
    word = prep.lower_
    doc = span.doc
    up_to = word == "to" and prep.i > 0 and doc[prep.i - 1].lower_ == "up"
    end_of = word == "to" and span.text.lower().startswith("the end of")
    if not (word in _UNTIL or up_to or end_of):
        return None
    if any(t.dep_ == "neg" or t.lower_ == "not" for t in (*prep.head.children, *prep.lefts)):
        return None  # "was not approved until 2010": the approval is of 2010
    if prep.i > 0 and doc[prep.i - 1].lower_ in ("not", "only"):
        return None  # "not until Friday did she speak", "only until" reads as its own time
    return prep


def _bracketed_clause(span: Span, verb: Token) -> Token | None:
    """ "Officials are inspecting all imported pigs (about 420 pigs were imported in 2008)":
    a clause in brackets with a verb and a date of its own is background told beside the
    sentence's news, which is outside the brackets and undated. (A date alone in brackets,
    "on Tuesday (8 November)", glosses the sentence's own time: no verb of its own.)"""
    sent = span.sent
    opened: Token | None = None
    for token in sent:
        if token.i >= span.start:
            break
        if token.text == "(":
            opened = token
        elif token.text == ")":
            opened = None
    if opened is None:
        return None
    closed = next((t for t in span.doc[span.end : sent.end] if t.text == ")"), None)
    if closed is None or not opened.i < verb.i < closed.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    outside = (t for t in sent if t.i < opened.i or t.i > closed.i)
    if not any(t.pos_ in ("VERB", "AUX") for t in outside):
        return None  # the brackets hold the sentence's only clause: its news
    return verb


def _path(span: Span, verb: Token) -> list[Token]:
    """The tokens from the expression's root up to (not including) ``verb``."""
    out: list[Token] = []
    token = span.root
    for _ in range(50):
        if token.i == verb.i or token.head.i == token.i:
            break
        out.append(token)
        token = token.head
    return out


def _comparison(span: Span, verb: Token) -> Token | None:
    """ "similar to the first debate in 2000", "unlike Obama four years ago", "just like in
    2008": a comparing word between the date and its verb; the date is the compared
    thing's."""
    for token in _path(span, verb):
        if token.lower_.rstrip(".") not in _COMPARING or token.pos_ not in _COMPARING_POS:
            continue
        if token.lower_ == "like" and token.head.pos_ in ("NOUN", "PROPN"):
            continue  # "events like the rally on Monday": an example, not a comparison
        return token
    return None


def _since_clause(span: Span) -> Token | None:
    """ "the largest margin since Clinton won 72 percent in 1996": a clause opened by
    "since" dates the start of a record or a period, not the main clause's news."""
    for token in span.root.ancestors:
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "since" for c in token.children
        ):
            return token
        if token.dep_ == "ROOT":
            break
    return None


def _saying_after(span: Span, verb: Token) -> Token | None:
    """ "Kaine decried that math, saying Clinton took questions … last month": the date is
    in what a participle of saying reports, after a main clause that tells another act
    (the decrying, on a day the sentence does not give)."""
    for token in verb.ancestors:
        if token.dep_ == "advcl" and token.tag_ == "VBG" and reporting_verb(token):
            head = token.head
            if head.pos_ in ("VERB", "AUX") and head.i < token.i:
                return token
        if token.dep_ == "ROOT":
            break
    return None


def _present_before(span: Span, verb: Token, value: str, day: date | None) -> Token | None:
    """A verb told in the present with a date before the page's day: the present tells
    the state at the writing ("reminds me of … in 1985", "is similar to … in 2000"), so the
    date is of something the clause names. A simple present counts when the date follows
    the verb (a chronology's "29 August 2009 Jackson's death is ruled a homicide" puts the
    date first, in the historical present); a present perfect when the date is relative
    ("has barely budged in the last year", "unlike Obama four years ago, Clinton has run"):
    it cannot take a past time of its own."""
    when = When.of(value)
    if day is None or when is None or when.last >= day or reporting_verb(verb):
        return None
    tense = _present(verb)
    if tense is None:
        return None
    if tense == "simple" and (span.start < verb.i or not _subject(verb)):
        return None  # a chronology's date first, or a noun the tagger took for a verb
    if tense == "perfect" and not (_PAST_ONLY.search(span.text) or _up_to_now(span)):
        return None  # "shares have fallen 20% in 2015", "has dominated this summer"
    if tense == "perfect" and _as_of(span) and verb.lower_ not in _GRADUAL:
        return None  # "as of Monday it has closed": the day the change took effect, the
        # clause's own time; a gradual change ("has grown as of yesterday") runs from the
        # day up to the speaker's now, where the present perfect puts its extent
    if any(t.lower_ == "according" for t in span.doc[verb.i : span.start]):
        return None  # "59 percent view her unfavorably, according to a poll last week":
        # the source's time is the finding's
    path = _path(span, verb)
    return path[-1] if path else span.root


def _participle_object(span: Span, verb: Token, value: str, day: date | None) -> Token | None:
    """A participle phrase on a verb told in the present or present perfect, with a past date
    inside what the participle acts on: "The council has renewed its pledge, citing the
    success of its ban on night racing in 2015". A participle phrase is at its verb's time
    (``anchoring``), and the present speaks of the writing, which a past date cannot be: the
    date is that of the noun it modifies (the ban), not of the participle nor of the main
    clause. A date the parse hangs on the participle itself ("saying on Monday that ...") or on
    a happening the participle's act took place in ("telling reporters during a visit on
    Friday") is left to the participle."""
    when = When.of(value)
    if day is None or when is None or when.last >= day:
        return None
    participle = next((t for t in (verb, *verb.ancestors) if t.dep_ in _CLAUSES), None)
    if participle is None or participle.dep_ != "advcl" or participle.tag_ not in ("VBG", "VBN"):
        return None
    if any(c.dep_ in _OWN_CLAUSE for c in participle.children):
        return None  # a clause of its own ("after he was arrested"), not a participle phrase
    if _present(participle.head) is None:
        return None
    path = _path(span, participle)
    if path and path[-1].dep_ == "prep" and path[-1].lower_ in _OCCASION:
        return None  # "telling reporters during a visit to Scotland on Friday": the visit is
        # the participle's occasion, and its day the participle's
    nouns = [t for t in path[1:] if t.pos_ in ("NOUN", "PROPN")]
    return nouns[0] if nouns else None


# Prepositions by which a participle's act takes place within a dated happening.
_OCCASION = {"during", "at", "in", "on", "amid", "amidst", "throughout"}


# Dependencies of a verb heading a clause of the sentence, not one inside a noun phrase
# ("the ban that took effect in 2015", "success in bringing crime down in 2015").
_CLAUSES = {"ROOT", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}


# What gives an adverbial clause a time of its own: a subject, an auxiliary, a subordinator.
_OWN_CLAUSE = {"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"}


def _as_of(span: Span) -> bool:
    """Whether "as of" opens the expression: the point from which a state holds."""
    doc = span.doc
    return span.start >= 2 and [t.lower_ for t in doc[span.start - 2 : span.start]] == ["as", "of"]


def _subject(verb: Token) -> bool:
    """Whether the verb has a subject of its own: a finite clause, not a noun the tagger
    read as a verb ("did not revisit her Wall Street remarks in an address on Sunday"),
    nor the bare form after a verb of causing or proposing, which the tagger reads as a
    present ("helped the party route $2 million … in 2012", "suggested that the company
    spin off a division last year")."""
    if verb.tag_ == "VBP" and (verb.head.lemma_ or verb.head.lower_).lower() in _BARE_AFTER:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


# Verbs whose complement takes the bare form: "help them win", "suggest that he resign".
_BARE_AFTER = {"help", "let", "make", "have", "see", "watch", "hear", "suggest", "recommend"}
_BARE_AFTER |= {"demand", "insist", "propose", "urge", "ask", "require", "request", "order"}


def _up_to_now(span: Span) -> bool:
    """Whether the expression is a stretch reaching up to the writing ("in the last year")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (
        bool(_UP_TO_NOW.match(span.text))
        and before is not None
        and before.lower_ in _SPAN_PREPS
        and (after is None or after.lower_ != "of")
    )


def _present(verb: Token) -> str | None:
    """ "simple" for a verb in the simple present (or its passive), "perfect" for the
    present perfect, None otherwise (past, modal, future, progressive, no tense)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ in ("to", "will", "'ll") for c in auxes):
        return None
    if any(c.tag_ in ("VBZ", "VBP") and c.lemma_.lower() == "have" for c in auxes):
        return "perfect" if verb.tag_ == "VBN" or any(c.tag_ == "VBN" for c in auxes) else None
    if verb.tag_ == "VBG" or any(c.tag_ == "VBD" for c in auxes):
        return None
    if verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in auxes):
        return "simple"
    return None


# Relative pronouns that stand for a noun inside the clause they open.
_RELATIVES = {"that", "which", "who", "whom"}


def _relative_clause(verb: Token) -> Token | None:
    """ "Of the e-mails that Clinton provided … last year, 90 percent were sent …": a clause
    opened by a relative pronoun right after a noun describes that noun, with a time of its
    own, whatever dependency the parse gives it (here an adverbial clause of "Of"). The
    pronoun is the clause's subject or object, not a complementizer ("said that …")."""
    for token in (verb, *verb.ancestors):
        if token.dep_ in ("ROOT", "relcl", "ccomp", "csubj"):
            # a relative clause the parse found is background already; a complement's
            # "that" is a conjunction ("disclosed in court that it asked … Friday")
            return None
        first = min(token.subtree, key=lambda t: t.i)
        if (
            token.pos_ in ("VERB", "AUX")
            and first.lower_ in _RELATIVES
            and first.head.i == token.i
            and first.dep_ in ("nsubj", "nsubjpass", "dobj")
            and first.i > 0
            and token.doc[first.i - 1].pos_ in ("NOUN", "PROPN")
        ):
            return token
    return None
