"""Who a story is about, and which of its announced plans a later source called off.

A timeline shows what happened to the story's participants. ``principal_names`` gives the
query's words and the actors named in most sources (as many as the brief profiles), so a
sentence can be asked whether it names one of them as a participant. ``topic`` says what
the story is: the query's words, or, built without a query, the names the corpus's typical
document names (the campaign's two candidates across its coverage). ``withdrawals`` finds
the reports that someone withdrew or that a plan was called off ("Black Eyed Peas withdrew
from the line-up"), so a line-up announced before is not shown as what happened.
``elsewhere`` finds the pages mostly about something else, which name the story in passing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from briefgen import heap
from briefgen.models import Extraction
from briefgen.standalone import surname
from briefgen.structure.topic import query_pattern  # the build's one reading of a query

__all__ = [
    "PRINCIPALS",
    "central_names",
    "corpus_texts",
    "elsewhere",
    "naming_story",
    "principal_names",
    "query_pattern",
    "story_names",
    "topic",
    "whom",
    "withdrawals",
]

# How many of the actors named in most sources are the story's principals; the brief
# profiles as many (``render.actorviews.PROFILED_ACTORS``).
PRINCIPALS = 12
# Without a query, the story is what the typical source names: a corpus of fewer sources
# than this has no typical one (three reports, one on a second case, tell no aside).
TYPICAL_SOURCES = 10
# A page naming the topic less than this share as often as the median page is about
# something else (the story is one item among others on it).
SPARSE = 0.25
# An article or connective before a name is no part of it.
_FUNCTION = {"the", "a", "an", "but", "and", "then", "on", "in", "last", "this"}
# Who withdrew, or what was called off: the capitalised name just before the verb.
_WITHDREW = re.compile(
    r"((?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:(?:withdr[ae]wn?|pulled\s+out|dropped\s+out|backed\s+out|bowed\s+out)"
    r"(?=\s+(?:of|from)\b|\s*[.,;])"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:cancell?ed|called\s+off|postponed|scrapped)\b)"
)
# The verbs ``_WITHDREW`` ends on, alone: a sentence holding none of them holds no match.
# ``_WITHDREW`` tries its run of capitalised words at every capital letter of a text, and
# the timeline asks it of every sentence of the corpus (0.26 CPU s at 1,600 articles,
# docs/scale.md Part DB): a page holding none of the verbs is skipped, and in the others
# only the sentences holding one are tried.
_WITHDRAWING = re.compile(
    r"withdr[ae]wn?|pulled\s+out|dropped\s+out|backed\s+out|bowed\s+out"
    r"|cancell?ed|called\s+off|postponed|scrapped"
)

# A plan undone in the sentence telling it: "was scheduled to speak Friday but cancelled",
# "had planned to ..., but the trip was postponed".
_UNDONE = re.compile(
    r"\bbut\b[^.;]{0,60}?\b(?:cancell?ed|called\s+off|postponed|scrapped|pulled\s+out|"
    r"backed\s+out|withdr[ae]w)\b|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:cancell?ed|called\s+off|postponed|scrapped)\b",
    re.I,
)


def undone(text: str) -> bool:
    """Whether ``text`` (what follows a plan's date in its sentence) says the plan was called
    off, postponed or withdrawn from: the planned day is neither what happened nor still due."""
    return _UNDONE.search(text) is not None


def principal_names(
    query: Sequence[str], extractions: Sequence[Extraction]
) -> re.Pattern[str] | None:
    """A run of the query's words and the ``PRINCIPALS`` actors named in most sources
    (persons by surname), or None when there is no query (every sentence is on topic)."""
    if not any(w.strip() for w in query):
        return None
    return story_names(query, extractions)


def whom(query: Sequence[str], extractions: Sequence[Extraction]) -> re.Pattern[str] | None:
    """Whom a sentence must name to be on the story by itself (``story_names``: the query's
    words and the principals), or None when every sentence is: a corpus of fewer than
    ``TYPICAL_SOURCES`` documents tells no aside (as ``topic`` without a query)."""
    if len(extractions) < TYPICAL_SOURCES:
        return None
    return story_names(query, extractions)


def story_names(query: Sequence[str], extractions: Sequence[Extraction]) -> re.Pattern[str] | None:
    """A run of the query's words and the ``PRINCIPALS`` actors named in most sources
    (persons by surname), with or without a query: whom a reader of the brief knows by
    name. None when there is neither."""
    words = [w.strip() for w in query if w.strip()]
    docs = _naming_sources(extractions)
    top = sorted(docs, key=lambda n: (-len(docs[n]), n))[:PRINCIPALS]
    return _run_of({*words, *top})


def recurring_persons(extractions: Sequence[Extraction], least: int = 2) -> re.Pattern[str] | None:
    """A run of the surnames of the persons ``least`` sources or more name: the story's
    actors however many places its datelines name (a state's name counts places as well as
    parties, so a person's count says more of who acts). None when there is none."""
    docs = _naming_sources(extractions, ("person",))
    return _run_of({n for n, named in docs.items() if len(named) >= least})


def topic(query: Sequence[str], extractions: Sequence[Extraction]) -> re.Pattern[str] | None:
    """What the story is, as the words naming it: any of the query's words; built without
    a query, any name of a person or organisation the corpus's typical document names (in
    half of the sources or more: "Trump" and "Clinton" across a campaign's coverage), as
    written. A place is where news happens, not what it is about. None when there is
    neither, or no query and fewer than ``TYPICAL_SOURCES`` documents (every document is
    on the story)."""
    if any(w.strip() for w in query):
        return query_pattern(query, corpus_texts(extractions))
    if len(extractions) < TYPICAL_SOURCES:
        return None
    docs = _naming_sources(extractions, ("person", "org"))
    names = sorted((n for n, named in docs.items() if len(named) >= len(extractions) / 2), key=len)
    if not names:
        return None
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(n) for n in reversed(names))})(?![\w])")


def central_names(extractions: Sequence[Extraction]) -> frozenset[str]:
    """The names (a person's surname, any other actor's name as written) half of the
    documents or more name: the entities the whole story is about ("Marlow" and "Penbury"
    across a year of reports on their dispute), however each report words its news."""
    docs = _naming_sources(extractions)
    return frozenset(n for n, named in docs.items() if len(named) >= len(extractions) / 2)


def corpus_texts(extractions: Sequence[Extraction]) -> list[str]:
    """The titles and texts of the documents of ``extractions``: how the corpus names
    the query."""
    return [t for x in extractions for t in (x.document.title, x.document.text)]


def _naming_sources(
    extractions: Sequence[Extraction], types: tuple[str, ...] = ("person", "org", "state", "group")
) -> Mapping[str, frozenset[str]]:
    """Each name (a person's surname, an organisation's whole name) of an actor of one of
    the ``types``, and the documents naming it."""
    return _naming(heap.Same(tuple(extractions)), types)


# Keyed by the records themselves (``heap.Same``): the summary asks it of the build's
# extractions five or six times (the principals, the topic, the reaction stories, the
# central names), each a pass over every mention of the corpus (docs/scale.md Part DB).
@heap.corpus_cache(8)
def _naming(same: heap.Same[Extraction], types: tuple[str, ...]) -> Mapping[str, frozenset[str]]:
    docs: dict[str, set[str]] = defaultdict(set)
    extractions = same.items
    for x in extractions:
        for m in x.mentions:
            if m.type in types and m.kind in ("name", "surname", "acronym"):
                docs[surname(m.text) if m.type == "person" else m.text].add(m.doc)
    return {name: frozenset(named) for name, named in docs.items()}


def _run_of(names: set[str]) -> re.Pattern[str] | None:
    """A run of ``names`` as whole words ("Michael Jackson"), or None for no name."""
    if not names:
        return None
    one = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<![\w])(?:{one})(?:\s+(?:{one}))*(?![\w])", re.I)


def withdrawals(extractions: Sequence[Extraction]) -> tuple[tuple[date, str], ...]:
    """Each (publication day, name) of a sentence saying the named act withdrew or the
    named plan was called off ("Black Eyed Peas withdrew from the line-up")."""
    out: list[tuple[date, str]] = []
    for x in extractions:
        day, text = x.document.dct, x.document.text
        if day is None or _WITHDRAWING.search(text) is None:
            continue
        for start, end in x.sentences:
            if _WITHDRAWING.search(text, start, end) is None:
                continue
            for m in _WITHDREW.finditer(text[start:end]):
                who = m[1].split()
                while who and who[0].lower() in _FUNCTION:
                    who = who[1:]  # "The Black Eyed Peas": the name, not its article
                # The name's head words: "Chart-toppers Black Eyed Peas" is "Black Eyed Peas".
                for n in range(min(2, len(who)), len(who) + 1):
                    out.append((day, " ".join(who[-n:])))
    return tuple(sorted(set(out)))


def elsewhere(texts: Iterable[tuple[str, str]], topic: re.Pattern[str] | None) -> frozenset[str]:
    """Of the (document id, text) ``texts``, those naming the ``topic`` (``topic``: the
    query, or the names the typical document names) less than a quarter as often (per
    word) as the corpus's median document: pages where the story is one item among others
    (a radio schedule, a feature on another subject naming it in passing, a report on
    another country's attack that quotes the president's statement)."""
    if topic is None:
        return frozenset()
    rates = {doc: len(topic.findall(text)) / max(1, len(text.split())) for doc, text in texts}
    if not rates:
        return frozenset()
    typical = sorted(rates.values())[len(rates) // 2]
    return frozenset(doc for doc, rate in rates.items() if rate < SPARSE * typical)


def naming_story(
    principal: Callable[[str, int, int], bool],
    query: Sequence[str],
    named: re.Pattern[str] | None,
    texts: Mapping[str, str],
) -> Callable[[str, int, int], bool]:
    """``principal``, and, built without a query, naming whom the story is about (``named``:
    the names half the sources give, ``story.topic``): the bottom line tells where their
    story stands, not a side story of a principal two of twenty sources report (a
    commentator's death in a month of campaign news). A query names the story itself."""
    if any(w.strip() for w in query) or named is None:
        return principal

    def central(doc: str, start: int, end: int) -> bool:
        return (
            principal(doc, start, end) and named.search(texts.get(doc, ""), start, end) is not None
        )

    return central
