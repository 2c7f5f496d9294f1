"""One word cut from a longer name at the recogniser's edge: that name, or nothing.

The recogniser sometimes stops after the first word of a capitalised name or term and
makes that word a record of its own: "Islamic" out of "Islamic State" (typed a group, by
the adjective), "Super" out of "Super Tuesday" (typed a place), "Cambridge" out of
"Cambridge Analytica". The word's own record then stands beside the real one, or names
nothing at all.

Judged over the corpus, from the name's own form: a one-word name whose mentions are
nearly all followed by one and the same capitalised word, at least twice, is the first
word of that longer name. Where the recogniser read the longer name whole somewhere in the
corpus, each cut mention is widened to it (and typed as the whole name is voted); where
it never did, the longer name is a term and not an actor ("Super Tuesday", "Spanish Flu"),
and the cut mentions are dropped. A name the corpus writes on its own often enough
("Texas", "House" in "House Speaker") stays: its mentions are not nearly all followed by
the same word. A title or role after the word ("Ohio Governor John Kasich") completes no
name and is left alone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefgen.extract.actors import ROLE_NOUNS
from briefgen.models import ActorType, Mention

MentionKey = tuple[str, int, int]

# One capitalised word right after the name, without a possessive ending ("Islamic
# State's leader"). An abbreviation ("Sen.", "Gov.") is a title: ``_TITLE_WORDS``.
_NEXT = re.compile(r" ([A-Z][\w-]*)(?:['’]s)?(?![\w'’-])")
# "Nearly all": a name the text also writes on its own in one mention of five is a name.
_NEARLY_ALL = 0.8
# The longer name recurs: once may be the recogniser's slip on a name that stands alone.
_RECURS = 2
# Words after a place that make a title, not a name: "Vermont Senator", "House Speaker".
_TITLE_WORDS = ROLE_NOUNS | frozenset({"speaker", "sen", "rep", "gov", "lawmaker", "lawmakers"})


def widened_or_dropped(
    mentions: Sequence[Mention], texts: Mapping[str, str]
) -> tuple[list[Mention], dict[MentionKey, MentionKey]]:
    """The mentions, each cut one-word name widened to the longer name it was cut from or
    dropped when the corpus never names that longer name whole; and for each widened
    span, (doc, start, end) -> its new span."""
    nexts: dict[str, Counter[str | None]] = defaultdict(Counter)
    whole: dict[str, Counter[ActorType]] = defaultdict(Counter)
    for m in mentions:
        if m.kind != "name":
            continue
        if " " in m.text:
            if m.type is not None:
                whole[m.text].update([m.type])
            continue
        found = _NEXT.match(texts.get(m.doc, ""), m.end)
        nexts[m.text].update([found.group(1) if found else None])
    cut: dict[str, str] = {}
    for word, after in nexts.items():
        named = [(n, w) for w, n in after.most_common() if w is not None]
        if not named:
            continue
        n, follower = named[0]
        if n >= _RECURS and n >= _NEARLY_ALL * after.total() and _completes(follower):
            cut[word] = follower
    if not cut:
        return list(mentions), {}
    out: list[Mention] = []
    moved: dict[MentionKey, MentionKey] = {}
    for m in mentions:
        wanted = cut.get(m.text) if m.kind == "name" else None
        found = _NEXT.match(texts.get(m.doc, ""), m.end) if wanted else None
        if found is None or found.group(1) != wanted:
            out.append(m)
            continue
        longer = f"{m.text} {wanted}"
        votes = whole.get(longer)
        if not votes:
            continue  # a term, not a name ("Super Tuesday"): nothing
        wide = replace(m, end=found.end(1), text=longer, type=votes.most_common(1)[0][0])
        moved[(m.doc, m.start, m.end)] = (m.doc, wide.start, wide.end)
        out.append(wide)
    return out, moved


def _completes(word: str) -> bool:
    """Whether a capitalised word after a name can be the rest of that name: not a title
    or role ("Governor", "Speaker"), which goes before another name."""
    return word.casefold() not in _TITLE_WORDS
