"""Each document's own actor links, kept in the build's cache with what they asked of the
corpus: a rebuild links again only the documents whose questions have new answers.

Linking within a document (``linking.link_within``, the company short forms, "known as")
reads the document's text, its headlines, its mentions as the corpus left them (spans
corrected, common words dropped: corpus-wide steps, so their result is in the key) and
the corpus's tables, each asked one key at a time (:mod:`asked`). Its result is a list of
joins between the document's own mentions. The entry (table ``links``) is keyed by the
code, the text, the headlines and the mentions; it holds the joins, every question asked
of the tables and a digest of the answers. A rebuild asks the questions again of today's
tables: the same answers, the same joins (the linking is deterministic, so the same
answers lead it to the same questions); another answer, and the document is linked again.
A rebuild's new documents move the tables, but mostly at names an old document never
asks about.

The document is linked over its own mentions numbered from 0, in the corpus's order, and
its joins replayed on the corpus's union at their places: before this step nothing has
joined any two mentions, and each document's joins stay within its mentions, so the
partition and the evidence each join leaves are those of linking in place.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen import beside
from briefgen.aggregate.asked import Asked, Notes, answer, answers_json, questions_json
from briefgen.aggregate.companies import link_company_short_forms
from briefgen.aggregate.knownas import link_known_as
from briefgen.aggregate.linking import Union, link_within
from briefgen.extract.cache import BesideCache, _code_digest, _json_bytes, _sha256
from briefgen.models import Mention

# A document's linking costs ~10 ms (800 articles); a fork and the entries pickled back,
# a few tens: from this many documents linked anew, half of them go to a forked child.
APART_FROM = 12

# The tables ``link_within`` reads, by the name its parameters give them.
TABLE_NAMES = (
    "ambiguous",
    "corpus_usage",
    "apart",
    "first_named",
    "offices",
    "leaders",
    "full_pairs",
    "pair_surnames",
    "famous",
)

Table = Collection[Any] | Mapping[Any, Any]


@dataclass(frozen=True)
class DocumentLinks:
    """A document's joins (its mentions' places, the rule), the questions its linking asked
    of the corpus's tables (one JSON text: ``asked.questions_json``) and a SHA-256 of
    their answers."""

    joins: tuple[tuple[int, int, str], ...]
    questions: str
    answers: str


def link_documents(
    per_doc: Mapping[str, Sequence[tuple[int, Mention]]],
    texts: Mapping[str, str],
    furniture: Mapping[str, Sequence[tuple[int, int]]],
    uf: Union,
    tables: Mapping[str, Table],
    cache: Path | None = None,
) -> None:
    """Link each document's mentions (document id -> its (index, mention) pairs, in
    order) into ``uf``, with the corpus's ``tables`` (by ``TABLE_NAMES``); with the
    build's ``cache``, each document's links read from it where their answers still hold."""
    if cache is None:
        docs = list(per_doc)
        for doc, entry in zip(
            docs, _link_each(docs, per_doc, texts, furniture, tables), strict=True
        ):
            _replay(per_doc[doc], uf, entry)
        return
    with BesideCache(cache, table="links", kind=DocumentLinks) as stored:
        keys = {
            doc: _key(indexed, texts.get(doc, ""), furniture.get(doc, ()))
            for doc, indexed in per_doc.items()
        }
        found = stored.get_many(sorted(set(keys.values())))
        held: dict[str, DocumentLinks] = {}
        for doc, indexed in per_doc.items():
            kept = found.get(keys[doc])
            if kept is not None and _holds(kept, len(indexed), tables):
                held[doc] = kept
        # the others linked anew, on two cores when they are many
        stale = [doc for doc in per_doc if doc not in held]
        made = _link_each(stale, per_doc, texts, furniture, tables)
        for doc, new in zip(stale, made, strict=True):
            stored.put(keys[doc], new)
            held[doc] = new
        for doc, indexed in per_doc.items():
            _replay(indexed, uf, held[doc])
        stored.drop_stale()


def _link_each(
    docs: Sequence[str],
    per_doc: Mapping[str, Sequence[tuple[int, Mention]]],
    texts: Mapping[str, str],
    furniture: Mapping[str, Sequence[tuple[int, int]]],
    tables: Mapping[str, Table],
) -> list[DocumentLinks]:
    """Each document's links made anew, in order: from ``APART_FROM`` documents half of
    them in a forked child (``beside.in_two``), as each reads its own mentions and the
    tables, and no union (joins are replayed on it afterwards, in the corpus's order)."""

    def link(doc: str) -> DocumentLinks:
        return _link(per_doc[doc], texts.get(doc, ""), furniture.get(doc, ()), tables)

    if len(docs) < APART_FROM:
        return [link(doc) for doc in docs]
    return beside.in_two(link, docs, lambda doc: len(per_doc[doc]) + 1)


def _link(
    indexed: Sequence[tuple[int, Mention]],
    text: str,
    furniture: Sequence[tuple[int, int]],
    tables: Mapping[str, Table],
) -> DocumentLinks:
    notes = Notes()
    asked: dict[str, Any] = {name: Asked(name, tables[name], notes) for name in TABLE_NAMES}
    own = Union(len(indexed))
    ms = [(k, m) for k, (_, m) in enumerate(indexed)]
    link_within(ms, text, own, furniture=furniture, **asked)
    link_company_short_forms(ms, own)
    link_known_as(ms, text, own)
    return DocumentLinks(
        joins=tuple(own.links),
        questions=questions_json(notes.asked),
        answers=_sha256(answers_json(notes.answers).encode("utf-8", "surrogatepass")),
    )


def _holds(entry: DocumentLinks, size: int, tables: Mapping[str, Table]) -> bool:
    """Whether a stored entry fits the document (its joins within its mentions) and every
    question it asked has today the answer it had."""
    if any(not (0 <= a < size and 0 <= b < size) for a, b, _ in entry.joins):
        return False
    today = []
    try:
        for name, question in json.loads(entry.questions):
            today.append(answer(tables[name], question))
    except (ValueError, TypeError, KeyError):
        return False  # not questions this code asks: another's entry
    return _sha256(answers_json(today).encode("utf-8", "surrogatepass")) == entry.answers


def _replay(indexed: Sequence[tuple[int, Mention]], uf: Union, entry: DocumentLinks) -> None:
    for a, b, reason in entry.joins:
        uf.join(indexed[a][0], indexed[b][0], reason)


def _key(
    indexed: Sequence[tuple[int, Mention]], text: str, furniture: Sequence[tuple[int, int]]
) -> str:
    """Everything the document's linking reads but the corpus's tables."""
    mentions = [[m.doc, m.start, m.end, m.text, m.kind, m.type, m.role] for _, m in indexed]
    return _sha256(
        _json_bytes(
            {
                "code": _code_digest(),
                "furniture": [list(span) for span in furniture],
                "mentions": mentions,
                "table": "links",
                "text": text,
            }
        )
    )
