"""Alias links between actor mentions within one document (across documents:
:mod:`crossdocs`).

Rules, all general: a surname joins the full name it ends (the closest main one in the same
document when several share it: :mod:`bare_surnames`; short forms a document left alone:
:mod:`shortnames`); an
acronym joins the expansion whose initials it spells; a description joins the name it
stands in apposition to; an epithet in apposition joins the name (:mod:`epithets`), and a
name with middle names joins the one without them, a name's opening words the full name
(:mod:`middlenames`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Container, Mapping, Sequence

from briefgen.aggregate.acronyms import letters_of, two_bodies
from briefgen.aggregate.bare_surnames import link_bare_surnames
from briefgen.aggregate.coordinated import with_shared_surnames
from briefgen.aggregate.epithets import link_epithets
from briefgen.aggregate.kintitles import has_relative
from briefgen.aggregate.middlenames import link_middle_names, merge_openings
from briefgen.aggregate.names import (
    NAMED,
    acronym_letters,
    acronym_spellings,
    name_key,
    org_key,
    person_words,
    surname_form,
    word_tuple,
)
from briefgen.aggregate.namesakes import full_key, join_uninitialled
from briefgen.aggregate.offices import Holders
from briefgen.extract.orgnames import legal_form_at_end
from briefgen.models import Mention


class Union:
    """Union-find over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        # every merge with the rule that made it: the evidence shown for each alias
        self.links: list[tuple[int, int, str]] = []

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int, reason: str) -> None:
        """Merge ``b`` (the mention the rule brings in) into ``a``'s cluster."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
            self.links.append((a, b, reason))


def _is_person(m: Mention) -> bool:
    return m.type == "person"


def link_within(
    ms: list[tuple[int, Mention]],
    text: str,
    uf: Union,
    ambiguous: frozenset[str] = frozenset(),
    corpus_usage: dict[str, str] | None = None,
    apart: frozenset[tuple[str, str]] = frozenset(),
    first_named: frozenset[tuple[str, str]] = frozenset(),
    offices: Holders | None = None,
    leaders: Mapping[str, tuple[str, ...]] | None = None,
    furniture: Sequence[tuple[int, int]] = (),
    full_pairs: frozenset[tuple[str, str]] = frozenset(),
    pair_surnames: Container[str] | None = None,
    famous: Mapping[str, tuple[str, ...]] | None = None,
) -> None:
    """Merge the mentions of one document (``ambiguous``: acronym letters that initials
    alone may not resolve, ``acronyms.spelled_two_ways``; ``corpus_usage``: the title the
    corpus gives each bare surname throughout, ``shortnames.corpus_title_usage``;
    ``apart``: names the corpus writes with two sets of middle initials,
    ``namesakes.initials_apart``; ``leaders``: the person the corpus names far most often
    by each surname, :func:`surname_leaders`; ``furniture``: the spans of the document's
    headlines, which the extraction does not read but which name whom the story is about,
    :func:`headlines.named_in_furniture`; ``full_pairs``: the corpus's full names as
    given name and surname, :func:`coordinated.full_name_pairs`, and ``pair_surnames``
    their surnames; ``famous``: the person named in full in far the most documents by each
    surname, :func:`surname_leaders_in_documents`). Each table is only asked of one key at a
    time (``in``, ``get``) or whether it is empty: :mod:`asked` notes the questions for the
    rebuild's cache."""
    # "Khizr and Ghazala Khan": the first given name read with the surname they share
    ms = with_shared_surnames(ms, text, full_pairs, pair_surnames)

    full: dict[tuple[tuple[str, ...], str | None], list[int]] = defaultdict(list)
    others: dict[tuple[str, ...], list[int]] = defaultdict(list)
    by_pos = sorted(ms, key=lambda im: im[1].start)
    for i, m in by_pos:
        if m.kind not in NAMED:
            continue
        key, _suffix = name_key(m.text)
        if not key:
            continue
        if _is_person(m) and len(key) >= 2:
            full[full_key(m.text, apart)].append(i)
        elif not _is_person(m) and letters_of(m) not in ambiguous:
            # an acronym of two bodies ("DNC": a Committee, a Convention) may be either in
            # one document: each use is resolved on its own (:mod:`acronym_senses`)
            others[org_key(m.text)].append(i)
    for group in list(full.values()) + list(others.values()):
        for j in group[1:]:
            uf.join(group[0], j, "same name in the document")
    for marked, bare in join_uninitialled(full):
        uf.join(marked, bare, "the name without the initials the document gives it")
    link_middle_names(ms, text, uf)
    one_word = {key[0] for _, m in by_pos if len(key := name_key(m.text)[0]) == 1}
    by_index = dict(ms)
    # "the daughter of Aung San": a name someone's relative is named by
    with_relative = frozenset(
        k for k, g in full.items() if any(has_relative(text, by_index[j]) for j in g)
    )
    merge_openings(full, one_word, uf, with_relative)
    # a surname, or a one-word name, joins the closest full name it ends (:mod:`bare_surnames`)
    link_bare_surnames(
        by_pos,
        by_index,
        full,
        text,
        uf,
        corpus_usage,
        first_named,
        offices,
        leaders,
        furniture,
        famous=famous,
    )
    # an acronym joins the expansion it spells; "Name (ACR)" too
    # ("DoH" of "Department of Health", "GSK" of "GlaxoSmithKline": :func:`acronym_spellings`)
    expansions: dict[str, int] = {}
    spelled_as: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for i, m in by_pos:
        # (a company's name the recogniser read as a rank and a surname, "General Marlow
        # Corp.", is still a company's by its legal form: ``actortypes`` types it so)
        body = not _is_person(m) or legal_form_at_end(m.text)
        if m.kind != "acronym" and body and acronym_letters(m.text) is None:
            for spelled in sorted(acronym_spellings(m.text)):
                expansions.setdefault(spelled, i)
                spelled_as[spelled].add(word_tuple(m.text))
    for i, m in by_pos:
        letters = letters_of(m)
        # the corpus spells out a Committee and a Convention of these letters: each use is
        # resolved across the corpus (:mod:`acronym_senses`, from ``crossdocs.link_across``)
        if letters is None or letters in ambiguous or two_bodies(spelled_as.get(letters, ())):
            continue  # the document spells out a Committee and a Convention: either
        if letters in expansions:
            uf.join(expansions[letters], i, "acronym of a name spelled out in the document")
    # a description joins the name it stands in apposition to
    # (only a name whose recorded role is the description's text can be its antecedent)
    named: dict[str | None, list[tuple[int, int, int]]] = defaultdict(list)
    for i, m in by_pos:
        if m.kind in NAMED and _is_person(m):
            named[m.role].append((m.start, m.end, i))
    for i, m in by_pos:
        if m.kind != "description":
            continue
        for s, e, j in named.get(m.text, ()):
            gap = text[m.end : s] if s >= m.end else text[e : m.start]
            if len(gap) <= 3 and gap.strip(" ,") == "":
                uf.join(j, i, "description in apposition to the name")
                break
    link_epithets(ms, text, uf)


def surname_leaders(mentions: Sequence[Mention]) -> dict[str, tuple[str, ...]]:
    """Each surname -> the full name (its words) the corpus names ``LEAD`` times more often
    than any other full name ending in that surname."""
    counts: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
    for m in mentions:
        if _is_person(m) and m.kind in NAMED:
            ws = tuple(person_words(m.text)[0])
            if len(ws) >= 2:
                counts[surname_form(ws[-1])][ws] += 1
    out = {}
    for word, names in counts.items():
        ranked = names.most_common(2)
        if len(ranked) > 1 and ranked[0][1] >= LEAD * ranked[1][1]:
            out[word] = ranked[0][0]
    return out


def surname_leaders_in_documents(mentions: Sequence[Mention]) -> dict[str, tuple[str, ...]]:
    """Each surname -> the full name (its words) named in full in ``LEAD`` times as many
    documents as any other full name ending in that surname.

    A week's corpus of twenty stories may hold one long story about a relative ("Eric
    Trump" eight times in full, to tell him from his father) beside seven stories naming
    the famous one once or twice each: the mentions then give no leader
    (:func:`surname_leaders`), the documents do."""
    docs: dict[str, dict[tuple[str, ...], set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in mentions:
        if _is_person(m) and m.kind in NAMED:
            ws = tuple(person_words(m.text)[0])
            if len(ws) >= 2:
                docs[surname_form(ws[-1])][ws].add(m.doc)
    out = {}
    for word, names in docs.items():
        ranked = sorted(names.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        if len(ranked) > 1 and len(ranked[0][1]) >= LEAD * len(ranked[1][1]):
            out[word] = ranked[0][0]
    return out


# How many times more often the corpus names one person of a surname than the next for
# that person to be who a bare surname stands for before a document names its full name.
LEAD = 3
