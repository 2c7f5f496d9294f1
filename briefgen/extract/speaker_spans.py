"""What of a speaker phrase's span names the speaker: not a dateline opening it, not a
place it is in, not a pronoun an acronym spells; a name run on after its apposition does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.doctext import doc_text
from briefgen.extract.name_roles import run_on_name

if TYPE_CHECKING:
    from spacy.tokens import Span

_DASHES = frozenset({"-", "--", "—", "–"})


def without_dateline(span: Span) -> Span:
    """ "WASHINGTON -- President Obama": a place line opening the story's first paragraph
    (capitals, then a dash) is no part of who speaks after it."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    if text[line_start : span.start_char].strip():
        return span
    for k, tok in enumerate(span[:5]):
        if tok.text in _DASHES:
            place = span[:k]
            if k and len(span) > k + 1 and all(t.is_punct or t.text.isupper() for t in place):
                return span[k + 1 :]
            break
    return span


def acronym(word: str) -> bool:
    """ "WHO", "US": an acronym in capitals, never the pronoun it spells."""
    return len(word) >= 2 and word.isupper()


# Prepositions that place the phrase's head somewhere: "the embassy in Kabul" is not Kabul.
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside"})


def placed(span: Span, at: int) -> bool:
    """Whether the word at character ``at`` hangs under a locative preposition between it and
    the phrase's head ("the Russian embassy *in* Kabul", "officials *at* the Pentagon")."""
    token = next((t for t in span if t.idx <= at < t.idx + len(t.text)), None)
    while token is not None and token.i != span.root.i:
        if token.dep_ == "prep" and token.lower_ in LOCATIVE:
            return True
        token = token.head if token.head.i != token.i else None
    return False


def run_on_speaker(span: Span) -> Span | None:
    """A person's name run on at the end of an apposition to the speaker phrase's head,
    right before the cue (:func:`actors.run_on_name`), else None."""
    for child in span.root.children:
        if child.dep_ == "appos" and child.i > span.root.i:
            name = run_on_name(child)
            if name is not None and name.end == span.end:
                return name
    return None
