"""A news article's first reporting sentences, undated, dated by its publication day (news
reports the day's events): ``extract_events(lead=...)``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen.extract.clauses import clause_tokens, lemma_of, render
from briefgen.extract.event_sentences import (
    clause_actors,
    has_finite_verb,
    is_calendar,
    line_bounds,
    mention_id,
    span_of,
)
from briefgen.extract.pagelines import is_note
from briefgen.models import Document, EventMention, Evidence, Mention, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PROMO = re.compile(r"^\W*(?:here\s+(?:is|are)|click|watch|read|see|listen|sign\s+up)\b", re.I)


def lead_events(
    document: Document,
    sdoc: Doc,
    timexes: Sequence[Timex],
    lead: int,
    mentions: Sequence[Mention],
) -> list[EventMention]:
    day = document.dct
    if lead <= 0 or day is None:
        return []
    dated = sorted(t.start for t in timexes if is_calendar(t))
    out: list[EventMention] = []
    for sent in sdoc.sents:
        if len(out) >= lead:
            break
        start, end = line_bounds(document.text, sent.start_char, sent.end_char, sent.start_char)
        line = [t for t in sent if start <= t.idx < end]
        words = sum(1 for t in line if not t.is_punct and not t.is_space)
        if words < 6:
            continue
        sentence = document.text[start:end]
        verb = sent.root
        if (
            any(start <= d < end for d in dated)
            or is_note(sentence, document, start)
            or not _reports(sentence, verb)
            or not has_finite_verb(line)
        ):
            continue
        timex = Timex(start, start, "", "DATE", day.isoformat())
        clause = [t for t in clause_tokens(verb, None) if start <= t.idx < end]
        evidence = Evidence(document.id, start, end, sentence, sentence, start)
        out.append(
            EventMention(
                id=mention_id(document.id, start, start),
                doc=document.id,
                date=timex.value,
                timex=timex,
                description=render(clause),
                evidence=evidence,
                actors=clause_actors(clause, mentions, start, end),
                predicate=span_of(verb),
                lemma=lemma_of(verb),
            )
        )
    return out


def _reports(sentence: str, verb: Token) -> bool:
    """A statement of what happened, not a question, a promo line or a modal musing."""
    stripped = sentence.rstrip("\"”’' ")
    if not stripped.endswith((".", "!")) or sentence.isupper() or _PROMO.match(sentence):
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.tag_ == "MD" for c in verb.children)
