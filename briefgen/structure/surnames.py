"""A query naming a person matches the person's surname alone.

News names a person in full once, then by surname ("Jackson", "Mr Jackson", "Jackson's"),
and a headline uses the surname alone: a trial report that names the defendant's victim
in full once and eleven times as "Jackson" is about that person. A query term is a
person's name when the corpus writes it as two or more capitalised words and uses its
last word as a person's surname: after a personal title ("Mr Jackson", "Dr Jackson"), or
alone as the subject of a report ("Jackson said", not "the Court said"). "New York" and
"Supreme Court" never are: nobody writes "Mr York", and a court's "said" follows "the".

The surname alone does not name the query's person where it is someone else's:

- after another given name ("Janet Jackson", "Jesse Jackson"): a capitalised word the
  corpus writes before the surname, and capitalised more often than in lower case ("But
  Jackson", "singer Jackson" and "President Jackson" are the person; "But", "singer",
  "president" are words the corpus mostly writes in lower case; "James" is a name however
  often a reader's comment types "my grandfather james");
- after an indefinite article: "a Jackson wonderland" is a kind named after the person;
- before another capitalised word ("Jackson Hole", "Jackson Five"; a weekday or month
  is the date of what the person did: "Jackson Tuesday said"), a number or an initial
  ("the Jackson 5", "Jackson C Frank"), or before a one-word place after a comma
  ("Jackson, Mississippi.").

The corpus decides, not a list of names: the same rule reads any person's query.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefgen import speech_verbs
from briefgen.when import MONTH_ABBRS, WEEKDAY_ABBRS

__all__ = ["Surname", "query_surnames", "surname_alternatives"]

# A query term that may be a person's name, as the corpus writes it: two or more
# capitalised words ("Michael Jackson", "Hillary Rodham Clinton"); the last is the surname.
_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")
# Personal titles, written before a surname and never in lower case.
_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady")
# A surname saying something is a person's ("Jackson said", "Jackson told the court").
_SPEECH = rf"{speech_verbs.alternation(speech_verbs.told_forms(speech_verbs.QUOTE_TAGS))}\b"
_MONTH_OR_DAY = rf"(?:{WEEKDAY_ABBRS}|{MONTH_ABBRS})[a-z]*\b"


@dataclass(frozen=True)
class Surname:
    """The surname of a query's person, and the capitalised words before it that make it
    someone else's ("Janet", "Jesse")."""

    surname: str
    others: tuple[str, ...] = ()

    def regex(self) -> str:
        """The surname alone, as a regular expression, where it names the query's person
        (case-sensitive within a pattern that may ignore case)."""
        # a given name before it makes another person; an indefinite article a kind ("a
        # Jackson wonderland", "an Obama voter"), not the one person
        behind = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in (*self.others, "a", "A", "an", "An"))
        return (
            rf"(?-i:{behind}{re.escape(self.surname)}(?!\w)"
            # "Jackson Hole", "Jackson Five": a longer name; a date is not one; nor a
            # group's number or another's initial ("the Jackson 5", "Jackson C Frank")
            rf"(?![ \t]+(?!{_MONTH_OR_DAY})[A-Z][a-z])"
            r"(?![ \t]+(?:\d|[A-Z]\.?[ \t]+[A-Z]))"
            # "Jackson, Mississippi." a place: one capitalised word closing the clause
            r"(?!,\s+[A-Z][a-z]+(?:[.,;:)]|\s*$)))"
        )


def query_surnames(query: Sequence[str], texts: Iterable[str]) -> tuple[Surname, ...]:
    """The surnames of the ``query``'s terms that name a person, as the corpus's ``texts``
    use them, with the given names of others sharing them; () when no term names one."""
    terms = [t.split() for t in query if len(t.split()) > 1]
    if not terms:
        return ()
    corpus = list(texts)
    out: list[Surname] = []
    for term in terms:
        name = _as_written(term, corpus)
        if name is None:
            continue
        *given, last = name.split()
        if len(last) < 3 or last in {s.surname for s in out}:
            continue
        if not _used_as_surname(last, corpus):
            continue
        before = _capitalised_before(last, corpus)
        if not before:
            out.append(Surname(last))
            continue
        lower = _lower_case_words(corpus)
        capital = _capitalised_counts(before, corpus)
        others = sorted(
            w
            for w in before
            if w not in given and w not in _TITLES and lower[w.lower()] < capital[w]
        )
        out.append(Surname(last, tuple(others)))
    return tuple(out)


def _as_written(term: Sequence[str], corpus: Sequence[str]) -> str | None:
    """The query term as the corpus writes it when that is a name ("michael jackson" as
    "Michael Jackson"), or None when the corpus mostly writes it otherwise (a "Swine Flu"
    headline does not make "swine flu" a name)."""
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in term) + r"(?!\w)", re.I)
    forms = Counter(" ".join(m.group().split()) for t in corpus for m in pattern.finditer(t))
    if not forms:
        return None
    _, most = max((n, f) for f, n in forms.items())
    return most if _NAME.fullmatch(most) else None


def surname_alternatives(surnames: Sequence[Surname]) -> list[str]:
    """Each surname's regular expression, to join with the query's own terms."""
    return [s.regex() for s in surnames]


def _used_as_surname(last: str, corpus: Sequence[str]) -> bool:
    word = re.escape(last)
    titled = re.compile(rf"\b(?:{'|'.join(_TITLES)})\.?\s+{word}\b")
    # the surname alone, not the end of a longer name ("the Supreme Court said"): after
    # a clause's start or a lower-case word other than an article
    speaks = re.compile(
        rf"(?:^|(?<=[^\w\s])|(?<=[^\w\s]\s)|\b(?!(?:the|a|an|its|this|that)\s)[a-z][\w'’-]*\s+)"
        rf"{word}\s+{_SPEECH}",
        re.M,
    )
    return any(titled.search(t) or speaks.search(t) for t in corpus)


def _capitalised_before(last: str, corpus: Sequence[str]) -> set[str]:
    """The capitalised words written just before ``last`` ("Janet" of "Janet Jackson")."""
    before = re.compile(rf"\b([A-Z][\w'’-]*)[ \t]+{re.escape(last)}\b")
    return {m[1] for t in corpus for m in before.finditer(t)}


def _lower_case_words(corpus: Sequence[str]) -> Counter[str]:
    """How often the corpus writes each word in lower case. A line typed without capitals
    (a reader's comment: "my ggrandfather james evans") says nothing of how a word is
    written, so only lines with a capital after their first word count."""
    return Counter(
        w
        for t in corpus
        for line in t.splitlines()
        if _CAPITAL_INSIDE.search(line)
        for w in re.findall(r"\b[a-z][\w'’-]*", line)
    )


def _capitalised_counts(words: set[str], corpus: Sequence[str]) -> Counter[str]:
    """How often the corpus writes each of ``words`` capitalised. A common word opening
    a sentence ("But Jackson") is written in lower case more often than not; a given name
    ("James Jackson") the other way, however often a reader types it in lower case."""
    if not words:
        return Counter()
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")\b")
    return Counter(m.group() for t in corpus for m in pattern.finditer(t))


_CAPITAL_INSIDE = re.compile(r"\S\s+[A-Z]")
