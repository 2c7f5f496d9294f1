"""Sentence starts a quotation or a colon rules out, marked before the parser runs.

A quotation that ends with its own "!" or "?" ends no sentence when the attribution goes on
after it ("… resign in disgrace!" the nominee tweeted Sunday), yet the parser takes the
mark for a sentence end, and the attribution becomes a sentence of its own ("the nominee
tweeted Sunday.") while the quotation loses its speaker. What the sentence is does not
depend on what is quoted: the words after the closing mark say it. They go on with the
sentence when they are a comma or a dash, a word in small letters ("he said", "said Tom
Burke", "the crowd cried out"), or a name and a verb of saying ("Graham asked.").

A closing quotation mark written against the word before it never starts a sentence either
(the parser sometimes hands a '?"' mark to the next sentence).

A colon within a line of prose ends no sentence when either side of it is no clause: the
words before it have no finite verb ("Little noticed in her victories on Tuesday: she
clinched a majority") or the words after it have none either ("was inspired by a
performer: Vince Taylor, born in Isleworth."). Cut there, one side is a fragment. A colon
after a label, a headline or a time stamp ("BYLINE:", "Photograph:", "10:42 BST:") is
structure: the words before it since the line began are written with capitals only, a colon
comes before it, or a number opens those words or ends them right before the colon ("10.42
in the morning:"), and it keeps its cut. A number inside the clause ("his 1972 album was
inspired by a performer:") is the prose's own and keeps no cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.cues import speech_form

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CLOSING = frozenset('"”')
_OWN_ENDS = frozenset("!?")
_DASHES = frozenset("-–—―")
# The words a speaker's name is made of before its verb ("Sen. Barbara Mikulski of
# Maryland", "the presumptive nominee, Donald Trump,"): Penn tags of names, nouns, their
# determiners and modifiers, and the commas of an apposition.
_NAME_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "DT", "JJ", "PRP", "POS", "CD", "HYPH", ","})
# The verb forms the tagger gives a reporting clause: "said", "says", and the past it
# sometimes takes for a participle after a name ("Trump tweeted").
_REPORTING_TAGS = frozenset({"VBD", "VBZ", "VBN"})
# Penn tags of a finite verb: a clause's own.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SENTENCE_ENDS = frozenset(".!?")


def keep_quotations_whole(doc: Doc) -> None:
    """Mark as no sentence start a closing quotation mark set against the word before it,
    and the word after a quotation closed on its own "!" or "?" where the sentence goes on.
    A token a line break precedes is left to the line rules."""
    last = len(doc) - 1
    for token in doc:
        if token.text == ":" and 0 < token.i < last:
            _colon(doc, token)
            continue
        if token.text not in _CLOSING or token.i == 0 or token.i == last:
            continue
        before = doc[token.i - 1]
        if before.whitespace_ or before.is_space:
            continue  # an opening mark, or one standing apart
        if token.is_sent_start is None:
            token.is_sent_start = False
        if before.text[-1:] not in _OWN_ENDS or "\n" in token.whitespace_:
            continue
        after = doc[token.i + 1]
        gap = None
        if after.is_space and "\n" not in after.text and after.i < last:
            gap, after = after, doc[after.i + 1]  # a double space after the closing mark
        if after.is_sent_start is None and _goes_on(doc, after):
            after.is_sent_start = False
            if gap is not None and gap.is_sent_start is None:
                gap.is_sent_start = False


def _goes_on(doc: Doc, token: Token) -> bool:
    """Whether the words from ``token`` on continue the sentence of the quotation before it."""
    if token.is_space:
        return False
    first = token.text[:1]
    if token.text in (",", ";") or first in _DASHES or first.islower():
        return True
    if not first.isupper():
        return False
    for word in doc[token.i :]:
        if word.tag_ in _REPORTING_TAGS:
            return speech_form(word.lower_)
        if word.tag_ not in _NAME_TAGS and not (
            word.text.endswith(".") and word.text[:1].isupper()
        ):
            return False  # "Sen." stays in the name; anything else ends it
        if "\n" in word.whitespace_:
            return False
    return False


def _colon(doc: Doc, colon: Token) -> None:
    """Mark the word after an in-line ``colon`` as no sentence start where one side of the
    colon is no clause and the words before it are prose."""
    after = doc[colon.i + 1]
    if "\n" in colon.whitespace_ or after.is_space or after.is_sent_start is not None:
        return
    before = _clause_before(doc, colon)
    if not before or not any(w.text[:1].islower() for w in before):
        return  # a label, a headline or a time stamp
    if any(w.text == ":" for w in before) or _stamped(before):
        return
    if not any(w.tag_ in _FINITE_TAGS for w in before) or not _verb_after(doc, colon):
        after.is_sent_start = False


def _stamped(before: list[Token]) -> bool:
    """Whether a number opens the words ``before`` a colon or stands right before it ('10.42
    in the morning:', 'Last update 10.42:'): a time stamp. A number inside the clause ('his
    1972 album was inspired by a performer:') is prose's, and leaves the colon prose's."""
    words = [w for w in before if not w.is_punct]
    return bool(words) and (_number(words[0]) or _number(words[-1]))


def _number(word: Token) -> bool:
    """A numeral, as a stamp writes it ('10.42', '10.42am', '9:15')."""
    return word.like_num or word.text[:1].isdigit()


def _clause_before(doc: Doc, colon: Token) -> list[Token]:
    """The words before ``colon`` back to a sentence end or the line's start."""
    words: list[Token] = []
    for word in reversed(doc[: colon.i]):
        if word.is_space or "\n" in word.whitespace_ or word.text in _SENTENCE_ENDS:
            break
        words.append(word)
    return words


def _verb_after(doc: Doc, colon: Token) -> bool:
    """Whether a finite verb comes after ``colon`` before a sentence end or a line break."""
    for word in doc[colon.i + 1 :]:
        if word.tag_ in _FINITE_TAGS:
            return True
        if word.text in _SENTENCE_ENDS or "\n" in word.whitespace_ or word.is_space:
            return False
    return False
