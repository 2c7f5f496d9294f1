"""A bare surname in a shown sentence that the page gives several people before it.

Wire copy names a person in full once and by the surname alone after ("Holt also wrote
to the council"). When the page has named two of a family ("Ann Holt", her son "Ben
Holt"), the surname alone is read in the article by the paragraph around it; a sentence
shown alone keeps only the surname, which the brief's reader takes for the family's
best-known member. When the page is about one of them (named far most often before
it, or first, in its lede) the surname is that one's, as ``titled.name_titled`` leaves a
title; otherwise the sentence is not shown. The nearest full name before is no guide: wire
copy names a relative in an aside ("the yacht that carried Ann Holt in 1956") and goes on
with the story's own Holt, so no given name is bracketed from it.
A surname the page gives one person is ``titled.name_newcomer``'s.
"""

from __future__ import annotations

import re

from briefgen import heap
from briefgen.extract.quotes import without_quotations
from briefgen.models import Extraction
from briefgen.titled import DOMINANT, KIN_OWNER, PATTERNS_KEPT, given_names, text_after

__all__ = ["shared_surname"]

# A capitalised word standing alone (no capitalised word right after it), maybe possessive
# ("Holt's"); what stands before it is read apart (``_BEFORE_NAME``).
_BARE = re.compile(r"(?<![\w'’.\[-])([A-Z][a-z][\w'’-]*?)(?=['’]s\b|\b)(?![\w'’-]*\s+[A-Z])")
# A capitalised word or a title right before it: part of a longer name ("Ann Holt", "Mr.
# Holt", the titled ones being ``name_titled``'s) or a name of something else.
_BEFORE_NAME = re.compile(r"[A-Z][\w.'’-]*\]?\s+$")
# The surname as a family's name: after an article ("an attorney for the Holt family"), or
# before a word for the family ("Holt relatives").
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_KIN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:family|families|household|home|house|clan|relatives|kin|brothers|sisters"
    r"|children|parents|couple)\b"
)


@heap.corpus_cache(PATTERNS_KEPT, whole_build=True)  # as ``titled``'s
def _in_full(given: str, surname: str) -> re.Pattern[str]:
    """``given`` before ``surname``, a middle name between: compiled once while asked
    (more names than ``re``'s own cache holds are asked again and again)."""
    middle = r"[ \t]+(?:[A-Z]\.|[A-Z][a-z][\w'’-]*)"  # a middle name or initial, on its line
    return re.compile(rf"\b({re.escape(given)}(?:{middle}){{0,2}})[ \t]+{re.escape(surname)}\b")


def _written_in_full(given: str, surname: str, text: str) -> bool:
    """Whether ``text`` writes ``given`` before ``surname``, a middle name between."""
    return _in_full(given, surname).search(text) is not None


def _about_one(people: dict[str, tuple[str, int]], surname: str, doc: str) -> bool:
    """Whether the page, up to the sentence, is about one of ``people`` (given name ->
    (as written, how often), in the order the page names them): one named far most
    often, or the first, whom its lede is about, unless the lede names them as a
    relative's owner ("Ann Holt's son said …": the son is its subject)."""
    counts = sorted((n for _, n in people.values()), reverse=True)
    if counts[0] >= DOMINANT * counts[1]:
        return True
    first = next(iter(people.values()))[0]
    return KIN_OWNER.match(text_after(doc, f"{first} {surname}")) is None


def shared_surname(text: str, start: int, extraction: Extraction | None) -> bool:
    """Whether ``text`` (a sentence at ``start``) names by a bare surname, outside its
    quotations, one of several people its page gave that surname before it, and the page
    is about none of them: which one, only the paragraphs before say."""
    if extraction is None:
        return False
    narration = without_quotations(text)
    doc = extraction.document.text
    done = set()
    for m in _BARE.finditer(narration):
        surname = m[1]
        if surname in done or _BEFORE_NAME.search(narration, 0, m.start()):
            continue
        if _DETERMINER_BEFORE.search(narration, 0, m.start()) or _KIN_AFTER.match(
            narration, m.end()
        ):
            continue  # "the Holt family", "Holt relatives": the family, no one of it
        done.add(surname)
        people = given_names(surname, extraction, end=start)
        if len(people) < 2 or any(_written_in_full(g, surname, text) for g, _ in people.values()):
            continue  # one person of that name before it, or the sentence says which
        if not _about_one(people, surname, doc):
            return True
    return False
