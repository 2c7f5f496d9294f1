"""A position's content as a reader sees it alone: its references back named in brackets.

A profile shows a statement out of its article ("Security Pacific said as of Sept. 30,
the bank had assets of $511 million"), where "the bank" reads as the speaker's own. The
summary and the timeline show the same sentence with the bank the sentences before name
("the bank [La Jolla Bank & Trust Co.]"). The position gets the same naming: the whole
sentence is named as the brief names a sentence it shows, and the brackets that fall
inside the content's span are carried into it. Naming the sentence, not the span, keeps
the sentence's own names its own ("First Bank said the bank …" names no other bank).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from briefgen.definites import narrowed_named
from briefgen.firm_figures import figure_owner
from briefgen.firms import firm_named
from briefgen.leading_definite import resolve_definite
from briefgen.models import Evidence, Extraction, Position
from briefgen.relative_days import name_relative_days
from briefgen.titled import name_role

__all__ = ["named_content", "shown_contents", "with_named", "with_shown"]

Naming = Callable[[str, int, Extraction | None], str | None]


def _days_named(sentence: str, at: int, extraction: Extraction | None) -> str | None:
    """``sentence`` (at ``at`` in its document) with the writer's relative days followed by
    the day they mean, as a key judgment names them (``relative_days``): "set Friday
    [14 January 2000] as the deadline" read months later in a profile says when."""
    if extraction is None:
        return None
    # ``sentence`` may hold the brackets of the namings before this one, which make it
    # longer than the text it stands for: the next sentence's days are not its own
    end = min((s for s, _ in extraction.sentences if s > at), default=at + len(sentence))
    end = min(end, at + len(sentence))
    evidence = Evidence(extraction.document.id, at, end, sentence, sentence, at)
    return name_relative_days(sentence, evidence, extraction)


# The namings of ``shown.read_alone`` that add a bracket and leave the words as they are:
# a firm by its kind ("the bank"), a result's owner ("[Compaq's] net …"), a leading
# "The city", a person by office ("the Whig nominee [Ada Brandt]"), a thing by the kind
# the page narrowed it to ("[the Marlow harbour festival]"). One that cannot name leaves
# the sentence as it is: the profile's own checks judge the content. Last, a relative day
# ("Friday [14 January 2000]"), which adds a bracket the same way.
_NAMINGS: tuple[Naming, ...] = (
    firm_named,
    figure_owner,
    resolve_definite,
    name_role,
    narrowed_named,
    _days_named,
)


def named_content(p: Position, extraction: Extraction | None) -> str | None:
    """``p``'s content with the brackets naming its references back, or None when the
    sentence's naming adds none inside the content."""
    if extraction is None or p.kind == "direct":
        # a quotation is the speaker's words: their "the campaign" is the one they speak
        # for, not the one organisation the writer's sentences before happen to name
        return None
    ev = p.evidence
    sentence, at = ev.sentence, ev.sentence_start
    lo, hi = p.start - at, p.end - at
    if not 0 <= lo <= hi <= len(sentence) or sentence[lo:hi] != p.text:
        return None  # a span across sentences: no one sentence to name
    named = sentence
    for naming in _NAMINGS:
        named = naming(named, at, extraction) or named
    if named == sentence:
        return None
    return _carried(sentence, named, lo, hi)


def _carried(sentence: str, named: str, lo: int, hi: int) -> str | None:
    """The part ``lo``–``hi`` of ``sentence`` with the changes ``named`` makes inside it
    (an insertion at its edge counts: "said it bought the bank [X]")."""
    out: list[str] = []
    changed = False
    ops = SequenceMatcher(None, sentence, named, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            out.append(sentence[max(i1, lo) : min(i2, hi)])
        elif _inside(i1, i2, lo, hi):
            out.append(named[j1:j2])  # a bracket, or the lowered first letter after one
            changed = True
        else:
            out.append(sentence[max(i1, lo) : min(i2, hi)])
    return "".join(out) if changed else None


def _inside(i1: int, i2: int, lo: int, hi: int) -> bool:
    """Whether a change of ``i1``–``i2`` is the content's (``lo``–``hi``): a replacement
    within it, an insertion after its first letter or at its end ("the bank [X]"), or one
    before it when it opens the sentence ("[Compaq's] net …")."""
    if i1 < i2:
        return lo <= i1 and i2 <= hi
    return lo < i1 <= hi or i1 == lo == 0


def with_named(positions: Sequence[Position], extractions: Iterable[Extraction]) -> list[Position]:
    """``positions`` with ``shown`` set where their content names a reference back."""
    return with_shown(positions, shown_contents(positions, extractions))


def shown_contents(
    positions: Sequence[Position], extractions: Iterable[Extraction]
) -> list[str | None]:
    """Each position's content as ``named_content`` names it (None: as written). It reads
    the position's kind, span and sentence and its article, never its speaker: worked out
    on the extraction's own positions, it holds for them once attributed."""
    by_doc = {x.document.id: x for x in extractions}
    return [named_content(p, by_doc.get(p.doc)) for p in positions]


def with_shown(positions: Sequence[Position], shown: Sequence[str | None]) -> list[Position]:
    """``positions`` with the contents ``shown_contents`` gave them, in order."""
    return [replace(p, shown=s) if s else p for p, s in zip(positions, shown, strict=True)]
