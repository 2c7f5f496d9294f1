"""The gender a pronoun right after a bare surname tells: "Jackson's mother Katherine and
his sister LaToya" is about a man.

A story naming a brother and a sister of one surname may call either by the bare surname;
the honorific settles it when there is one ("Ms Jackson"), and without one the next "he",
"his", "she" or possessive "her" of the sentence does, when the surname opens the sentence
(after "… campaigned for Clinton," a "his" is as likely the subject's) and nothing else in
between could be what the pronoun stands for: no other person the sentence names whose
gender the pronoun fits (a woman's given name is no antecedent of "his"), no kinship noun of
that gender ("Jackson's father said he …"), no noun for a person by role or trade
("Jackson's lawyer said he …"), and no quotation mark (a quoted "he" is the speaker's).
Anything else leaves the gender untold: unknown beats wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.aggregate.name_titles import title_gender
from briefgen.aggregate.names import NAMED, person_words
from briefgen.extract.actor_words import ROLE_NOUNS
from briefgen.extract.antecedents import name_gender, pronoun_sex
from briefgen.models import Mention

# How far after the surname the pronoun may stand (characters): the same clause, about.
REACH = 80
# "he", "his", "she", and "her" before the noun it determines: "him" and an object "her"
# ("Murray found him", "Randy visited her") stand for someone else than the clause's subject.
_PRONOUN = re.compile(
    r"\b(he|his|she|her(?= (?!(?:to|and|or|the|a|an|in|on|at|for|with|that|as|from|of|by|up|"
    r"out|back|off|into|over|after|before|when|if)\b)[a-z]))\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# A stop that ends an abbreviation, not a sentence: "Mrs. Clinton", "George W. Bush".
_ABBREVIATION = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|st|jr|sr|gov|sen|rep|gen|lt|col|prof|rev|sgt|capt)|\b[A-Z])\.$", re.I
)
_WORD = re.compile(r"[A-Za-z]+")
_QUOTES = frozenset('"“”')


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Kinship nouns and the gender of who they name; the others ("cousin", "parents") fit both.
_FEMALE_KIN = _words(
    """
    wife mother sister daughter aunt niece granddaughter grandmother widow stepmother
    girlfriend fiancee
    """
)
_MALE_KIN = _words(
    """
    husband father brother son uncle nephew grandson grandfather widower stepfather
    boyfriend fiance
    """
)
_KIN_GENDER = dict.fromkeys(_FEMALE_KIN, "f") | dict.fromkeys(_MALE_KIN, "m")
_UNGENDERED_KIN = _words("cousin cousins sibling siblings child children parent parents")
# The endings of agent nouns naming a person by trade ("singer", "doctor", "pianist"); a
# word of another kind with such an ending ("other", "after") only makes the rule pass.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "ess")


def person_genders(text: str, mentions: Iterable[Mention]) -> list[tuple[int, int, str | None]]:
    """Each person mention of a document with the gender it shows on its face: an
    honorific, else an unambiguous given name; None when neither tells."""
    out = []
    for m in mentions:
        if m.type != "person":
            continue
        gender = title_gender(text, m) if m.kind in NAMED else None
        ws = person_words(m.text)[0] if m.kind in NAMED else []
        if gender is None and ws:
            gender = name_gender(ws[0])
        out.append((m.start, m.end, gender))
    return sorted(out)


def told_gender(text: str, m: Mention, persons: list[tuple[int, int, str | None]]) -> str | None:
    """ "m" or "f" when the first pronoun after a bare surname in its sentence stands for it
    and nothing else (see module; ``persons``: :func:`person_genders` of its document)."""
    opening = max(
        (
            e.end()
            for e in _SENTENCE_END.finditer(text, max(0, m.start - 400), m.start)
            if not _ABBREVIATION.search(text, max(0, e.start() - 6), e.start() + 1)
        ),
        default=max(0, m.start - 400),
    )
    if text[opening : m.start].strip():
        return None  # "… campaigned for Clinton, putting his name on the line": the subject's
    closing = _SENTENCE_END.search(text, m.end, m.end + REACH)
    stop = closing.start() if closing else min(len(text), m.end + REACH)
    pronoun = _PRONOUN.search(text, m.end, stop)
    if pronoun is None:
        return None
    sex = pronoun_sex(pronoun.group(1))
    between = text[m.end : pronoun.start()]
    if _QUOTES & set(between):
        return None
    for word in _WORD.findall(between):
        w = word.lower()
        if w in _KIN_GENDER:
            if _KIN_GENDER[w] == sex:
                return None
            continue  # "mother" is no antecedent of "his"
        if w in _UNGENDERED_KIN or w in ROLE_NOUNS:
            return None
        if word.islower() and len(w) >= 5 and w.endswith(_AGENT_ENDINGS):
            return None
    for start, end, gender in persons:
        # another the sentence names before the pronoun may be meant
        other = opening <= start < pronoun.start() and (start, end) != (m.start, m.end)
        if other and gender in (None, sex):
            return None
    return sex
