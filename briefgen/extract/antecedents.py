"""Whom a "he" or "she" stands for: the nearest compatible antecedent in the document.

Recency first. The sentence holding the pronoun is searched (its subjects before the
pronoun), then each sentence before it, nearest first. In a sentence the *prominent*
referents come first: the subjects of its main clauses and the speaker of a quotation in
it; then the other people it names, outside quotation marks. The first sentence holding
a referent of a compatible gender decides: one such referent is the antecedent; two
different ones, equally placed, leave the pronoun unresolved (unknown beats wrong), and so
does a prominent person the text does not name ("The GOP candidate proposes … He also
wants …"). A subject that is itself "he" or "she" passes its own antecedent on ("Lynch met
… She has called … She said …"). The search never leaves a transcript turn and stops after
a few sentences.

Gender is what the document shows (titles, pronouns; see ``speakers._genders``), else
what the given name usually is (gender-guesser's name list); a person of neither kind
fits any pronoun.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from briefgen.models import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
LOOKBACK = 4  # sentences searched before the pronoun's own
REACH = 1500  # characters: an antecedent further back is no longer "nearest"
CHAIN = 8  # how many "she … She …" links a chain may pass back


@cache
def _detector() -> object:
    import gender_guesser.detector as gg

    class _Detector(gg.Detector):
        """gender-guesser's detector with its name table read whole: its own ``_parse``
        reads the 2 MB file a line at a time through ``codecs``, which is half of the
        table's 0.14 s (paid by every build, before the extraction workers fork)."""

        def _parse(self, filename: str) -> None:
            self.names: dict[str, dict[str, str]] = {}
            with open(filename, encoding="utf-8", newline="") as f:
                text = f.read()
            # the lines the codecs reader gives: it splits with ``splitlines`` too
            for line in text.splitlines(keepends=True):
                self._eat_name_line(line.strip())

    return _Detector(case_sensitive=False)


def guessed_gender(word: str) -> str:
    """gender-guesser's answer for a given name: "male", "mostly_female", … or "unknown"."""
    return str(_detector().get_gender(word))  # type: ignore[attr-defined]


# The pronouns of a man; the rest of he/she/his/her/him are a woman's.
MASCULINE = frozenset({"he", "him", "his"})


def pronoun_sex(word: str) -> str:
    """ "m" for he, him, his; "f" for she, her, hers."""
    return "m" if word.lower() in MASCULINE else "f"


_SEX = {"male": "m", "female": "f"}
_MOSTLY = {**_SEX, "mostly_male": "m", "mostly_female": "f"}


def name_gender(given: str, *, mostly: bool = False) -> str | None:
    """ "m" or "f" when a given name is (almost) always one gender's, else None. With
    ``mostly``, also a name mostly one gender's (Randy, Kelly): enough to keep a "Mrs."
    from a man's name, not to guess a pronoun's referent."""
    if len(given) < 2 or not given.isalpha():
        return None
    return (_MOSTLY if mostly else _SEX).get(guessed_gender(given))


@dataclass(frozen=True)
class _Ref:
    """A referent found in a sentence: a person's name, or None for a person unnamed."""

    name: str | None
    prominent: bool


class Antecedents:
    """Resolve he/she/him/her of one document to the person they stand for."""

    def __init__(
        self,
        sents: list[Span],
        persons: list[Mention],
        descriptions: list[Mention],
        name_of: Callable[[Mention], str],
        gender_of: Callable[[str], str | None],
        quotes: list[tuple[int, int]],
        turn_of: Callable[[int], str | None] | None = None,
    ) -> None:
        self.sents = sents
        self.sent_starts = [s.start_char for s in sents]
        self.persons = persons
        self.person_starts = [m.start for m in persons]
        self.descriptions = descriptions
        self.name_of = name_of
        self.gender_of = gender_of
        self.quotes = sorted(quotes)
        self.quote_starts = [a for a, _ in self.quotes]
        self.turn_of = turn_of
        self.heard: list[tuple[int, int, str | None]] = []
        self._memo: dict[int, str | None] = {}

    def hear(self, start: int, end: int, speaker: str | None) -> None:
        """Record the speaker of a statement at [start, end): a prominent referent there."""
        self.heard.append((start, end, speaker))

    def fits(self, name: str | None, gender: str | None) -> bool:
        """Whether a pronoun of ``gender`` can stand for this person (unknown fits)."""
        if gender is None or name is None:
            return True
        known = self.gender_of(name)
        return known is None or known == gender

    def _in_quote(self, i: int) -> bool:
        k = bisect.bisect_right(self.quote_starts, i) - 1
        return k >= 0 and self.quotes[k][0] <= i < self.quotes[k][1]

    def _person_at(self, i: int) -> Mention | None:
        k = bisect.bisect_right(self.person_starts, i) - 1
        while k >= 0 and self.persons[k].start > i - 200:
            m = self.persons[k]
            if m.start <= i < m.end:
                return m
            k -= 1
        return None

    def _described(self, i: int) -> bool:
        return any(d.start <= i < d.end for d in self.descriptions)

    def resolve(self, tok: Token, depth: int = 0) -> str | None:
        """The name of the person a he/she/him/her token stands for, or None."""
        if tok.i in self._memo:
            return self._memo[tok.i]
        self._memo[tok.i] = None  # a chain that loops back here resolves nothing
        gender = PRONOUN_GENDER.get(tok.lower_)
        found = self._search(tok.idx, gender, depth)
        self._memo[tok.i] = found
        return found

    def _search(self, at: int, gender: str | None, depth: int) -> str | None:
        k = bisect.bisect_right(self.sent_starts, at) - 1
        turn = self.turn_of(at) if self.turn_of is not None else None
        for j in range(k, max(-1, k - LOOKBACK - 1), -1):
            sent = self.sents[j]
            if j < k and at - sent.end_char > REACH:
                break
            if self.turn_of is not None and self.turn_of(sent.start_char) != turn:
                break  # never across a transcript turn
            refs = self._referents(sent, min(at, sent.end_char), depth, own=j == k)
            for prominent in (True, False):
                names = {r.name for r in refs if r.prominent == prominent}
                fitting = {n for n in names if self.fits(n, gender)}
                if len(fitting) > 1:
                    return None  # two people equally placed: unknown beats wrong
                if fitting:
                    return fitting.pop()  # None: an unnamed person is the antecedent
        return None

    def _referents(self, sent: Span, before: int, depth: int, own: bool) -> list[_Ref]:
        """The people a sentence puts forward as antecedents for what follows ``before``."""
        refs: list[_Ref] = []
        for a, b, speaker in self.heard:
            if a < before and b > sent.start_char and a < sent.end_char:
                refs.append(_Ref(speaker, True))
        for tok in sent:
            if tok.idx >= before:
                break
            # a subject, or one of two joined subjects ("Reyes and Buhr met …")
            joined = tok.dep_ == "conj" and tok.head.dep_ in SUBJECT_DEPS
            if (tok.dep_ not in SUBJECT_DEPS and not joined) or self._in_quote(tok.idx):
                continue
            head = tok.head.head if joined else tok.head
            main = head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")
            if not main and not own:
                continue
            person = self._person_at(tok.idx)
            if person is not None:
                refs.append(_Ref(self.name_of(person), True))
            elif tok.lower_ in ("he", "she") and depth < CHAIN:
                refs.append(_Ref(self.resolve(tok, depth + 1), True))
            elif self._described(tok.idx):
                refs.append(_Ref(None, True))  # "the spokesman": someone the text does not name
        if own:
            return refs
        lo = bisect.bisect_left(self.person_starts, sent.start_char)
        hi = bisect.bisect_left(self.person_starts, before)
        prominent = {r.name for r in refs}
        for m in self.persons[lo:hi]:
            if not self._in_quote(m.start):
                name = self.name_of(m)
                if name not in prominent:
                    refs.append(_Ref(name, False))
        return refs
