"""What a printed chronology entry needs beyond reading alone: to be about the story, and
to name only people a reader of the brief knows.

A page about the story also tells what is not: a feature on a campaign recalls a rival's
tax rate, a flu report the weather of its town. The printed appendix keeps a sentence
that names the query or one of the story's principals (``story.principal_names``: the
actors named in most sources), so a page's aside stays in the HTML and the JSON.

News writing introduces a person once by full name and then by surname ("Glenn Thompson
... Thompson started Thursday listening"). Taken out of its article the bare surname
names nobody, unless the person is a principal the brief profiles ("Trump said").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from briefgen import heap
from briefgen.extract.given_names import given_name
from briefgen.models import Brief, Extraction, Mention
from briefgen.standalone import surname
from briefgen.story import principal_names, whom

__all__ = ["Strangers", "about_the_story", "named_in", "strangers"]


# An actor named in this share of the sources (and in three at least) is one the story is
# about: a reader of the brief meets them throughout, and a page's aside names none.
STORY_SHARE = 0.05
_STORY_MIN_SOURCES = 3


def about_the_story(brief: Brief, *, queried: bool = True) -> re.Pattern[str] | None:
    """The query's words, the principals' names (``story.principal_names``) and those of
    every actor the sources often name (persons by surname), or None when there is no
    query (then every sentence is about the story). Not only ``queried``: built without a
    query, the principals the timeline weighs a sentence by (``story.whom``: the names the
    most sources name), so that a page's aside on another subject (an attack abroad, a
    gaffe of someone else's) is no entry; None then only for a corpus too small to tell
    one."""
    if queried and not any(w.strip() for w in brief.query):
        return None
    named = list(named_in(brief).values())
    principals = principal_names(brief.query, named)
    if principals is None and not queried:
        principals = whom(brief.query, named)
    if principals is None:
        return None
    floor = max(_STORY_MIN_SOURCES, STORY_SHARE * len(brief.documents))
    names = {
        surname(a.name) if a.type == "person" else a.name
        for a in brief.actors
        if len(a.sources) >= floor
    }
    often = "|".join(_forms(n) for n in sorted(names, key=lambda n: (-len(n), n)) if n)
    if not often:
        return principals
    return re.compile(rf"{principals.pattern}|(?<![\w])(?:{often})(?![\w])", re.I)


def _forms(name: str) -> str:
    """``name`` as a pattern; a group named by a plural names its members' word too
    ("Democrats": "Democratic senators", "a Republican")."""
    if len(name) > 5 and name.endswith("s") and name[:1].isupper() and " " not in name:
        return re.escape(name[:-1]) + r"\w*"
    return re.escape(name)


def named_in(brief: Brief) -> dict[str, Extraction]:
    """Per document, the actors' mentions in it, as an extraction of names alone (the
    brief keeps no sentences nor dates per document: what needs only names reads these)."""
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for actor in brief.actors:
        for m in actor.mentions:
            by_doc[m.doc].append(m)
    return {
        d.id: Extraction(document=d, mentions=tuple(sorted(by_doc[d.id], key=lambda m: m.start)))
        for d in brief.documents
    }


@dataclass(frozen=True)
class Strangers:
    """Per document, the people who are not principals that it names in full: (where,
    full name, surname) of each first naming."""

    introduced: Mapping[str, tuple[tuple[int, str, str], ...]] = field(default_factory=dict)

    def in_sentence(self, doc: str, text: str, start: int) -> str | None:
        """The first surname in ``text`` (a sentence at ``start`` in ``doc``) of a person
        the document named in full before it and the sentence does not, or None. The
        words are matched, not the extraction's mentions: a bare surname the extraction
        missed ("Hannity asked Trump ...") names nobody either."""
        for at, full, last in self.introduced.get(doc, ()):
            if at >= start:
                break
            # (the surname's letters looked for first: its pattern, compiled once a
            # surname, can only match where they stand, and most sentences name few of
            # the thousands of surnames a large corpus introduces)
            if full not in text and last in text and _bare_use(last, text):
                return last
        return None


# the capitalised word right before a surname: a given name there makes it a full name
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")


def _bare_use(last: str, text: str) -> bool:
    """Whether ``text`` writes the surname alone somewhere: "Tom Reed" after "Ann Reed"
    was introduced names Tom, another person of the family, not her by surname (in a
    family story every principal shares one). A title before it ("Mayor Reed") leaves
    it bare: which Reed, the reader must know."""
    for hit in _bare(last).finditer(text):
        before = _WORD_BEFORE.search(text, max(0, hit.start() - 30), hit.start())
        if before is None or not given_name(before.group(1)):
            return True
    return False


# A surname standing as a word of its own. Compiled once a surname: the printed
# chronology asks of a few thousand surnames at a few hundred articles, past what ``re``
# keeps compiled (512 patterns), so asked through ``re.search`` each was compiled anew.
@heap.corpus_cache(1 << 13)
def _bare(last: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(last)}(?![\w-])")


def strangers(brief: Brief, story: re.Pattern[str] | None) -> Strangers:
    """The people a reader of the brief cannot place by surname: persons named in full
    whom the brief's ``story`` pattern (the query, the principals) does not name."""
    first: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    for actor in brief.actors:
        if actor.type != "person" or (story is not None and story.search(actor.name)):
            continue
        for m in actor.mentions:
            last = surname(m.text)
            if m.kind != "name" or last == m.text.strip() or not last[:1].isupper():
                continue  # a one-word name is the name a reader is given
            seen = first[m.doc].get(last)
            if seen is None or m.start < seen[0]:
                first[m.doc][last] = (m.start, m.text.strip())
    return Strangers(
        {
            doc: tuple(sorted((at, full, last) for last, (at, full) in names.items()))
            for doc, names in first.items()
        }
    )
