"""A date that dates a happening the sentence cites, not the citing: "called X's remarks on
Saturday a wake-up call".

News copy tells a reaction, an assessment or a speaker's argument by naming what is reacted
to as a noun, and gives that noun its day: "Ann Holt called Tom Reed's remarks on Saturday
'a wake-up call'" (in Monday's paper), "…, pointing to Reed's victories Tuesday in three
states", "Reed is highlighting his win over Holt on Feb. 1 as he urges …" (a live entry of
the 20th). The day is the remarks', the victories', the win's; the calling, pointing and
highlighting are undated: the time of writing. A parser often hangs the date on the verb
(the attachment of a phrase after an object is ambiguous), so the date is read here from
the words: a noun naming something said, done in public or won, owned by someone ("Reed's
remarks", "his win"), right before the date, in the object of a verb of saying, judging or
citing, or of any verb told in the present.

Told in the past, the verb may share the noun's day ("Holt praised Reed's remarks on
Saturday" in Saturday's paper), so only a date before the report's day is the noun's alone;
told in the present ("is highlighting"), the verb is the report's own time, and any other
day is the noun's.
"""

from __future__ import annotations

import re
from datetime import date

from briefgen.models import EventMention
from briefgen.speech_verbs import SPEECH, inflect
from briefgen.when import When

__all__ = ["dates_cited"]

# Verbs that take what they cite, praise or blame as their object, beyond the verbs of
# saying ("pointing to X's victories", "highlighting his win", "apologized for his
# suggestion").
_CITING = frozenset(
    """highlight seize invoke applaud celebrate credit react defend blast slam fault ridicule
    lambast lambaste mention recall cite point apologize apologise thank""".split()  # noqa: SIM905 - a word list reads best as prose
)

# Nouns naming a thing someone said, did in public or won: the happenings a reaction cites.
# A closed class of the language of news, not of a topic.
_CITED = (
    r"(?:remarks?|comments?|speech(?:es)?|address|statements?|announcements?|decisions?"
    r"|victor(?:y|ies)|wins?|loss(?:es)?|defeats?|votes?|endorsements?|performances?"
    r"|showings?|interviews?|testimony|appearances?|tweets?|rulings?|verdicts?|resignation"
    r"|results?|apology|admission|warnings?|criticism|pledges?|moves?|suggestions?|claims?"
    r"|assertions?|accusations?|allegations?|threats?|promises?|proposals?)"
)
# Words that end a noun phrase's run: what follows them belongs to another phrase.
_CLOSED = (
    r"(?:in|at|during|from|on|of|to|for|with|by|after|before|since|the|a|an|and|or|but|that"
    r"|which|who|as|than|when|while|is|are|was|were)\b"
)
_WORD = rf"(?!{_CLOSED})[\w.’'-]+"
# The words between the verb and the date: an optional object and preposition ("criticizing
# him for", "pointing to"), a possessor ("Mr. Reed's", "his", "the mayor's"), up to three
# modifiers, the cited noun (or two: "statements and actions"), an optional short
# complement ("over Holt", "in three states") and an optional preposition of time. "In",
# "at" and "during" before the possessor mean the verb happened within the cited thing
# ("said in his victory speech Tuesday"): not matched.
_CITED_OBJECT = re.compile(
    r"^\s+(?:(?:him|her|them|it|us|me)\s+)?(?:(?:to|of|about|over|on|for|with)\s+)?"
    rf"(?:his|her|their|its|our|my|(?:the\s+)?(?:{_WORD}\s+){{0,3}}{_WORD}['’]s?)\s+"
    rf"(?:{_WORD}\s+){{0,3}}?{_CITED}(?:\s+and\s+(?:{_WORD}\s+){{0,2}}?[\w-]+)?"
    r"(?:\s+(?:over|against|in|to|for|before)\s+(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+)?"
    r"\s+(?:(?:on|in|earlier|early|late|last)\s+)?$",
    re.I,
)
# A verb told in the progressive present ("is highlighting", "are hailing").
_PROGRESSIVE = re.compile(r"\b(?:is|are|['’]s|['’]re)\s+(?:\w+ly\s+)?$", re.I)


def dates_cited(mention: EventMention, published: date | None) -> bool:
    """Whether ``mention``'s date dates a happening its verb cites, praises or blames ("Tom
    Reed's remarks on Saturday") rather than the verb: the noun phrase between the verb and
    the date ends in a noun naming something said, done or won, with its owner, and the
    verb is one of saying, judging or citing told before the report's day, or any verb told
    in the present (the report's own time) given another day. ``published``: the report's
    day (None: no test)."""
    if published is None or mention.predicate is None or mention.lemma is None:
        return False
    when = When.of(mention.date)
    if when is None:
        return False
    ev = mention.evidence
    verb_start = mention.predicate[0] - ev.sentence_start
    verb_end = mention.predicate[1] - ev.sentence_start
    at = mention.timex.start - ev.sentence_start
    if at <= verb_end or not _CITED_OBJECT.match(ev.sentence[verb_end:at]):
        return False
    if _present(ev.sentence[verb_start:verb_end], mention.lemma, ev.sentence[:verb_start]):
        return not when.first <= published <= when.last
    judging = mention.lemma in SPEECH or mention.lemma in _CITING
    return judging and when.last < published


def _present(verb: str, lemma: str, before: str) -> bool:
    """Whether ``verb`` (its words in the sentence, ``before`` the sentence up to it) is told
    in the present: its third person ("calls") or its -ing form after "is" or "are"."""
    forms = inflect(lemma)
    word = verb.lower()
    if word == forms.third:
        return True
    return word == forms.gerund and _PROGRESSIVE.search(before) is not None
