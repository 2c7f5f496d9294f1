"""The span of text that tells what a date dates: the sentence, unless the happening is
background to the sentence's own news (a relative clause, a clause of another time or of a
reason, a comparison told with "do", the occasion of a reported judgement).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.dated import BACKGROUND_DEPS, misparsed_relative, reporting_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["news_span"]


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
        if token.dep_ in BACKGROUND_DEPS and token.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return _within(list(token.head.subtree), start, end)
        if _reduced_relative(token):
            return _within(list(token.subtree), start, end)
        if _other_time(token):
            # "after X announced that the father would travel Thursday", "as he had
            # rehearsals early the next morning": the date is that clause's, the sentence's
            # news happened at another time
            return _within(list(token.subtree), start, end)
        if token.dep_ == "advcl" and _reported_judgement(token.head):
            # "X said Y was right when he said on Wednesday that …": the date is of the
            # occasion judged; the sentence's news is the judgement someone reports.
            return _within(list(token.subtree), start, end)
        pronoun = misparsed_relative(token)
        if pronoun is not None:
            # a relative clause the parse made the root: it is background from its pronoun on
            return _within([t for t in token.subtree if t.i >= pronoun.i], start, end)
        if token.head.i == token.i or not start <= token.head.idx < end:
            return start, end
        token = token.head
    return start, end


def _reduced_relative(token: Token) -> bool:
    """A participle phrase set off on a noun ("its new strategy -- started in some markets
    last month -- will mean lower earnings") that the parse reads as a clause before the
    main verb, as its subject or complement, with the noun as the phrase's own subject and
    none left to the main verb: a clause as subject has a "that" or "what" of its own, so
    this one is the noun's background, not the sentence's news."""
    if token.dep_ not in ("csubj", "ccomp") or token.tag_ not in ("VBN", "VBD"):
        return False
    main = token.head
    if token.i > main.i or any(c.dep_ in _SUBJECTS for c in main.children):
        return False  # a complement after its verb, or a main verb with a subject of its own
    kids = list(token.children)
    has_subject = any(c.dep_ in _SUBJECTS for c in kids)
    return has_subject and not any(c.dep_ == "mark" or c.tag_.startswith("W") for c in kids)


_SUBJECTS = {"nsubj", "nsubjpass"}


# Subordinators of a clause whose happening is at another time than its main clause's
# ("after", "before", "until") or is its reason ("because").
_OTHER_TIME = {"after", "before", "until", "because"}
# A reason told with "as" has a state for its verb ("as he had rehearsals the next
# morning"); a happening with "as" is at the main clause's time ("shot as he stood").
_STATES = {"have", "be", "has", "had", "is", "are", "was", "were"}  # lemmas, or forms


def _other_time(token: Token) -> bool:
    """Whether ``token`` heads a clause of another time or of a reason than its main one.
    The main clause must be finite: a bare participle heading the sentence ("Travellers
    quarantined ... after a guest tested positive ... expressed dismay on Saturday") is a
    misparse whose real main verb sits inside the "clause"."""
    main = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if main is None or not _finite(main):
        return False
    if token.dep_ == "pcomp" and token.head.lower_ in _OTHER_TIME:
        return True
    if token.dep_ == "pcomp" and token.head.lower_ == "for" and token.tag_ == "VBG":
        # the reason someone is judged: "attacked him for failing to enforce a court order
        # in 1992", "was arrested for protesting in 1990": done before the judging
        return True
    if token.dep_ not in ("advcl", "ccomp"):
        return False
    for c in token.children:
        # a complement clause opens with "that" or "whether", never "before": one the
        # parse hangs as a complement ("said ... in an interview several months before he
        # entered his position in April") is an adverbial clause of another time
        if c.dep_ == "mark" and c.lower_ in _OTHER_TIME:
            return True
        if c.dep_ == "mark" and c.lower_ == "as" and (token.lemma_ or token.lower_) in _STATES:
            return True
    return False


def _finite(verb: Token) -> bool:
    """A verb told in a tense: a finite form, or with an auxiliary."""
    if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


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
