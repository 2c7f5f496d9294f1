"""What a date expression dates: the happening (the verb above it in the parse, a verb of
saying right before it, or an event noun it modifies) and the span of text that tells that
happening, which is the sentence unless the happening is background to the sentence's own
news (a relative clause, a comparison, the occasion of a reported judgement).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.clauses import REPORTING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Dependencies of a verb that heads a clause of its own.
_CLAUSE_DEPS = {"ROOT", "relcl", "advcl", "ccomp", "acl"}
# Forms of the commonest verbs of saying, for a parse without lemmas.
_SAID = {"said", "says", "told", "tells", "added", "announced", "declared", "stated"}
# How a date modifies a noun of its own: "the Aug. 7 bombings", "Friday's attack".
_NOUN_MODIFIER = {"compound", "poss", "nmod", "amod", "nummod"}
# A clause modifying a noun: background to the sentence's own news.
_BACKGROUND_DEPS = {"relcl", "acl"}


def governing_verb(span: Span) -> Token | None:
    """The nearest verb above the expression in the parse (the happening it dates).

    A copula heading its own clause counts: in "its embassy, which has been under
    guard since 16 August" the date belongs to the relative clause, not "closed".
    """
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "on" and span.start > 1:
        before = doc[span.start - 2]
    possessive = span.end < len(doc) and doc[span.end].tag_ == "POS"
    if before is not None and reporting_verb(before) and not possessive:
        # "said Tuesday his government told ...": news dates the saying right after the
        # verb; the parse often hangs the date on the reported clause instead.
        return before
    token: Token = span.root
    for _ in range(50):
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ in _CLAUSE_DEPS):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def reporting_verb(token: Token) -> bool:
    """A verb of saying (by lemma, or by form when the lemmatizer is off)."""
    if token.pos_ != "VERB":
        return False
    return (token.lemma_ or token.lower_).lower() in REPORTING or token.lower_ in _SAID


def dated_noun(span: Span) -> Token | None:
    """The event noun a date modifies ("the Aug. 7 bombings", "Friday's attack", "the
    1996 bombing"): the date is that happening's, not the clause's verb's."""
    root = span.root
    head = root.head
    if root.dep_ not in _NOUN_MODIFIER or head.i == root.i or head.pos_ != "NOUN":
        return None
    return None if head.i in range(span.start, span.end) else head


def noun_phrase(noun: Token, start: int, end: int) -> tuple[int, int]:
    """The evidence span of a dated noun: its phrase, within the sentence."""
    phrase = list(noun.subtree)
    lo = max(start, phrase[0].idx)
    hi = min(end, phrase[-1].idx + len(phrase[-1].text))
    return (lo, hi) if lo < hi else (start, end)


def news_span(verb: Token, start: int, end: int) -> tuple[int, int]:
    """The evidence span: the noun phrase of a relative clause ("protests that began on
    January 25"), which dates its own event, not the sentence's; else the sentence.

    The clause may sit deeper in the noun phrase: in "he plans to use the $18 million he
    says he raised on the day after Monday's debate" the date is the raising's, told in a
    clause of "he says" that modifies "$18 million"; the sentence's news is the plan.
    """
    token = verb
    for _ in range(50):
        if _comparison(token):
            return _within(list(token.subtree), start, end)
        if token.dep_ in _BACKGROUND_DEPS and token.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return _within(list(token.head.subtree), start, end)
        if token.dep_ == "advcl" and _reported_judgement(token.head):
            # "X said Y was right when he said on Wednesday that …": the date is of the
            # occasion judged; the sentence's news is the judgement someone reports.
            return _within(list(token.subtree), start, end)
        if token.head.i == token.i or not start <= token.head.idx < end:
            return start, end
        token = token.head
    return start, end


def _reported_judgement(token: Token) -> bool:
    """Whether ``token`` heads a judgement someone reports: a "be" clause ("was right",
    "was dead") that is what a verb of saying says."""
    return token.dep_ == "ccomp" and token.lemma_ == "be" and reporting_verb(token.head)


def _within(phrase: list[Token], start: int, end: int) -> tuple[int, int]:
    """The characters of ``phrase`` inside the sentence ``start``–``end``, or the sentence."""
    lo = max(start, phrase[0].idx)
    hi = min(end, phrase[-1].idx + len(phrase[-1].text))
    return (lo, hi) if lo < hi else (start, end)


def _comparison(token: Token) -> bool:
    """Whether ``token`` heads a clause of comparison that stands in for its verb with "do"
    ("pounding Trump as a 'con artist', just as he did with Romney in 2012"; "than she
    did in 2008"): it tells another event, dated by its own expression, not the
    sentence's."""
    if token.dep_ != "advcl" or token.lemma_.lower() != "do":
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("as", "like", "than") for c in token.children)
