"""Every actor a statement is theirs: ``Position.speaker_ids``.

One speaker's statement is that actor's: its ``speaker_ids`` is its ``speaker_id`` alone. A
joint statement ("Jermaine and Randy Jackson said the concert should not go ahead") keeps its
subjects as written for ``speaker`` and no ``speaker_id``, since none of them said it alone
(:mod:`unsure_speakers`); but a reader of the JSON looking for what Randy Jackson said expects
to find it under him too. When the subjects are names only (names, with their titles, joined
by "and", "&", commas or "both") and each name is an actor's, each of those actors is listed,
in the text's order. A subject phrase with more in it ("Two of Jackson's brothers, Jermaine
and Randy", "a Marist College poll for NBC News and The Wall Street Journal") or a name left
unresolved lists no one: a partial list would read as the whole (unknown beats wrong).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefgen.aggregate.mention_map import MentionKey
from briefgen.extract.actor_words import TITLES
from briefgen.models import Position

__all__ = ["with_speaker_ids"]


# What may stand between the names of a joint statement's subjects, besides their titles.
_JOINERS = frozenset({"and", "&", "both"})
_WORD = re.compile(r"[^\s,]+")


def with_speaker_ids(
    positions: Sequence[Position],
    mention_map: Mapping[MentionKey, str],
    texts: Mapping[str, str],
) -> list[Position]:
    """``positions`` with ``speaker_ids``: a speaker's id, or each subject's of a joint
    statement whose subjects are named actors only (``mention_map``: each mention's actor id,
    ``mention_map.OPEN`` for none; ``texts``: each document's text by its id)."""
    # only the documents of joint statements are indexed: the map holds every mention of
    # the corpus (hundreds of thousands at 800 articles), the joint statements a few
    joint = {p.doc for p in positions if p.speaker_id is None and p.attribution == "inferred"}
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for (doc, start, end), aid in mention_map.items():
        if doc in joint:
            by_doc[doc].append((start, end, aid))
    for spans in by_doc.values():
        spans.sort()
    out = []
    for p in positions:
        if p.speaker_id is not None:
            ids: tuple[str, ...] = (p.speaker_id,)
        else:
            ids = _subjects(p, by_doc.get(p.doc, []), texts.get(p.doc, ""))
        out.append(replace(p, speaker_ids=ids) if ids != p.speaker_ids else p)
    return out


def _subjects(p: Position, spans: list[tuple[int, int, str]], text: str) -> tuple[str, ...]:
    """The actors a joint statement's subjects name, when they name actors only; else ()."""
    m = p.speaker_mention
    if p.speaker is None or m is None or m.doc != p.doc or p.attribution != "inferred":
        return ()
    # the subjects as written, found in the sentence around the speaker mention
    ev = p.evidence
    at = ev.sentence.find(p.speaker)
    start = ev.sentence_start + at
    end = start + len(p.speaker)
    if at < 0 or text[start:end] != p.speaker or not start <= m.start < end:
        return ()
    inside = spans[bisect_left(spans, (start, start, "")) :]
    named = [(s, e, aid) for s, e, aid in inside if s < end and e <= end]
    if len(named) < 2 or any(not aid for _, _, aid in named):
        return ()
    # what is left once the names are taken out: joiners and titles only
    rest, last = [], start
    for s, e, _ in named:
        if s < last:
            return ()  # one name inside another: not a list of names
        rest.append(text[last:s])
        last = e
    rest.append(text[last:end])
    for word in _WORD.findall(" ".join(rest)):
        if word.casefold() not in _JOINERS and word.casefold().rstrip(".") not in TITLES:
            return ()
    ids = tuple(dict.fromkeys(aid for _, _, aid in named))
    return ids if len(ids) == len(named) else ()
