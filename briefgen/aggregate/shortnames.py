"""Short forms a document left alone: a bare given name, or a surname it never spells out.

Within a document a bare given name ("Hillary") joins the one full name it opens there
("Hillary Clinton"); two people of that given name leave it alone. A short form in a
document that names no one of that name in full ("Obama said …" in a column that never
writes "Barack Obama") joins the person of that name the corpus names far most often (three
times the next), or the only one: news writes a bare surname for the person its readers
know by it. A title the text puts before it ("Mrs. Obama") must agree with the given name
of that person. A surname the document itself leaves undecided (it names two Clintons about
equally) stays unresolved: unknown beats wrong. A short form with a generational suffix
("Michael II") is a son, and joins no one here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefgen.aggregate.actortypes import BODY_ENDS
from briefgen.aggregate.name_titles import (
    corpus_title_usage,
    gender_fits,
    title_gender,
    title_usage,
)
from briefgen.aggregate.names import (
    name_key,
    org_key,
    person_words,
    role_words,
    surname_form,
    titled_given_name,
    word_tuple,
)
from briefgen.aggregate.offices import Holders, may_hold
from briefgen.aggregate.outlets import cited_as_outlet
from briefgen.aggregate.relatives import introduced_as_relative
from briefgen.models import Mention

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union

NAMED = ("name", "surname", "acronym")
DOMINANT = 3  # how many times more often the corpus names its person of that name


def _country(name: str) -> bool:
    from briefgen.aggregate.countries import country_codes

    return " ".join(word_tuple(name)) in country_codes()


def link_short_forms(
    mentions: list[Mention],
    texts: dict[str, str],
    uf: Union,
    *,
    by_given: frozenset[tuple[str, str]],
    offices: Holders,
) -> None:
    """Join bare given names and surnames their documents did not settle (see module).
    ``by_given`` and ``offices``: the corpus's ``known_by_given_name`` and
    ``office_holders`` of ``mentions``, made once by the caller."""
    first_of: dict[int, str] = {}  # root of a full name's cluster -> its given name
    last_of: dict[int, str] = {}  # ... and its surname as written
    doc_last: dict[tuple[str, str], set[int]] = defaultdict(set)
    doc_relatives: set[tuple[str, int]] = set()  # (document, root) named there as a relative
    doc_roles: dict[tuple[str, int], set[str]] = defaultdict(set)  # the roles given it there
    doc_first: dict[tuple[str, str], set[int]] = defaultdict(set)
    corpus_last: dict[str, set[int]] = defaultdict(set)
    corpus_first: dict[str, set[int]] = defaultdict(set)
    named: Counter[tuple[str, int]] = Counter()  # full-name mentions per document and person
    first_at: dict[tuple[str, int], int] = {}  # where a document first names each in full
    # the person of each surname a document names in full first: its subject of that name
    first_named: dict[tuple[str, str], tuple[int, int]] = {}
    bare: list[int] = []
    as_org: list[int] = []
    # ("King Hussein"): a word a document gives a titled person as a given name
    doc_titled: set[tuple[str, str]] = set()
    for i, m in enumerate(mentions):
        one_word = m.kind == "name" and len(name_key(m.text)[0]) == 1
        # a place only when no country has that name ("Melania" voted a place; not "Jordan")
        if one_word and (m.type == "org" or (m.type == "state" and not _country(m.text))):
            as_org.append(i)
        if m.type != "person" or m.kind not in NAMED:
            continue
        key, suffix = name_key(m.text)
        if len(key) == 1:
            bare.append(i)
        elif len(key) >= 2:
            ws = person_words(m.text)[0]
            if ws[-1] in BODY_ENDS:
                continue  # "Hillary Clinton Foundation": a body, no person a bare name means
            given = ws[0]
            root = uf.find(i)
            first_of.setdefault(root, given)
            # a surname as written (after the transliteration folds): a bare surname
            # matches it exactly, never by resemblance ("Bash" is no "Bush")
            last = surname_form(ws[-1])
            last_of.setdefault(root, last)
            if not titled_given_name(m.text):  # "Prince Michael" has no surname
                doc_last[(m.doc, last)].add(root)
            else:
                doc_titled.add((m.doc, last))
            first_at[(m.doc, root)] = min(m.start, first_at.get((m.doc, root), m.start))
            here_first = first_named.get((m.doc, last))
            if here_first is None or m.start < here_first[0]:
                first_named[(m.doc, last)] = (m.start, root)
            if introduced_as_relative(texts.get(m.doc, ""), m):
                doc_relatives.add((m.doc, root))
            named[(m.doc, root)] += 1
            doc_roles[(m.doc, root)] |= role_words([m])
            doc_first[(m.doc, given)].add(root)
            if suffix is None:  # a bare "Trump" elsewhere is never the son's by default
                corpus_last[last].add(root)
                corpus_first[given].add(root)
    sizes = Counter(uf.find(i) for i in range(len(mentions)))
    # those already one with a full name, before any join here moves a cluster's root
    settled = {i for i in bare if uf.find(i) in first_of}
    # (given name, person) where some document names the person in full and uses the given
    # name alone: the corpus's own evidence that the word, alone, can mean that person
    alone_for = {
        (word, r)
        for i in bare
        for word in (person_words(mentions[i].text)[0][0],)
        for r in doc_first.get((mentions[i].doc, word), ())
    }

    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for i in bare:
        by_doc[mentions[i].doc].append(mentions[i])
    usage = {doc: title_usage(texts.get(doc, ""), ms) for doc, ms in by_doc.items()}
    corpus_usage = corpus_title_usage((mentions[i] for i in bare), texts)

    def agrees(m: Mention, r: int, title: str | None) -> bool:
        # the title agrees with the person's given name, and a role with theirs if both have one
        mine, theirs = role_words([m]), doc_roles.get((m.doc, r), set())
        if mine and theirs and not mine & theirs:
            return False
        key = name_key(m.text)[0][0]
        return gender_fits(first_of[r], title, usage[m.doc].get(key) or corpus_usage.get(key))

    # people of a surname whose document's titled or described bare uses mostly refuse them
    # ("Mr. Obama" fifteen times beside a "Michelle Obama" named once): not the one the
    # document calls by the bare surname, like a relative
    said: Counter[tuple[str, int, bool]] = Counter()
    for i in bare:
        m = mentions[i]
        title = title_gender(texts.get(m.doc, ""), m)
        if m.role or title is not None:
            for r in doc_last.get((m.doc, surname_form(person_words(m.text)[0][0])), set()):
                said[(m.doc, r, agrees(m, r, title))] += 1
    for (doc, r, ok), n in list(said.items()):
        if not ok and n > said[(doc, r, True)] and n > named[(doc, r)]:
            doc_relatives.add((doc, r))
    # where each document first calls anyone by each bare surname
    first_bare: dict[tuple[str, str], int] = {}
    for i in bare:
        m = mentions[i]
        key = (m.doc, surname_form(person_words(m.text)[0][0]))
        first_bare[key] = min(m.start, first_bare.get(key, m.start))

    def _in_passing(doc: str, skel: str) -> bool:
        # every person of the surname the document names in full is named there once,
        # after its first bare use of the surname
        people = doc_last.get((doc, skel), set())
        start = first_bare.get((doc, skel), -1)
        return bool(people) and all(
            named[(doc, r)] == 1 and first_at[(doc, r)] > start for r in people
        )

    for i in bare:
        if i in settled:
            continue
        m = mentions[i]
        if cited_as_outlet(m, texts.get(m.doc, ""), person=True):
            continue  # "Bloomberg reported": the news service, not its founder
        (bare_key,), suffix = name_key(m.text)
        if suffix is not None:
            continue  # "Michael II" is a son, never the "Michael" a document names in full
        word = person_words(m.text)[0][0]
        skel = surname_form(word)
        if (m.doc, skel) in doc_titled and doc_last.get((m.doc, skel)):
            # "King Hussein" and "Saddam Hussein" in one document: its bare "Hussein" was
            # left open there (:func:`linking.link_within`), as either may be meant
            continue
        title = title_gender(texts.get(m.doc, ""), m)
        used = usage[m.doc].get(bare_key) or corpus_usage.get(bare_key)

        def fits(
            r: int, title: str | None = title, used: str | None = used, m: Mention = m
        ) -> bool:
            return gender_fits(first_of[r], title, used) and may_hold(
                offices, m, first_of[r], texts.get(m.doc, "")
            )

        # the people of that name the document names, but not as someone's relative
        here = {
            r
            for r in doc_last.get((m.doc, skel), set())
            if fits(r) and (m.doc, r) not in doc_relatives
        }
        # a surname refers back: of the people of that name the document names, only one
        # introduced by then ("Boris Johnson" in the lede, "the health secretary, Alan
        # Johnson" at the end) makes the "Johnson" between most likely the mayor; but a
        # story may also call its subject by the bare surname before naming them in full
        # (a sister named first in a tribute story). So the corpus's favourite is not
        # forced on it: left open, unknown beats wrong (see ``introduced_first`` below).
        introduced = {r for r in here if first_at[(m.doc, r)] < m.start}
        introduced_first = len(here) > 1 and len(introduced) == 1
        if not here and not doc_last.get((m.doc, skel)):
            given_here = doc_first.get((m.doc, word), set())
            if len(given_here) == 1:
                uf.join(next(iter(given_here)), i, "given name of a full name in the document")
                continue
            # a short form refers back: the one of them the document has introduced by then
            # ("Michael" throughout a story, a "Judge Michael Pastor" named at its end)
            before = {r for r in given_here if first_at[(m.doc, r)] < m.start}
            if len(before) == 1:
                reason = "given name of the one full name the document introduced before it"
                uf.join(next(iter(before)), i, reason)
                continue
            if given_here:
                # several of that given name ("Michael" beside a "Judge Michael Pastor"
                # named once): the one the corpus names far most often, if this document
                # names it no less than the others, as for a surname left open below
                top = _dominant(before or given_here, sizes, fits)
                if top is not None and all(
                    named[(m.doc, top)] >= named[(m.doc, r)] for r in given_here
                ):
                    reason = (
                        "given name the document left open; of the people it opens there, "
                        "the one the document names no less and the corpus names most"
                    )
                    uf.join(top, i, reason)
                continue
        # a word the corpus gives one person as surname and another as given name ("Joseph"
        # beside "Michael Joseph" and "Joseph Jackson") is weighed over both, not the surname
        # first: a father and his son of the same name are kept apart unless one dominates
        either = corpus_last.get(skel, set()) | corpus_first.get(word, set())
        pool = {r for r in either if fits(r)}
        ranked = sorted(pool, key=lambda r: (-sizes[r], r))
        if not ranked or (len(ranked) > 1 and sizes[ranked[0]] < DOMINANT * sizes[ranked[1]]):
            continue
        top = ranked[0]
        if introduced_first and top not in introduced:
            continue
        if (
            top not in corpus_last.get(skel, ())
            and (word, top) not in alone_for
            and not doc_last.get((m.doc, last_of.get(top, "")))
        ):
            # the word is only the top's given name, no story calls them by it alone, and this
            # story names no one of their surname ("George W. Bush … his wife, Laura"): a lone
            # "Joseph" ("said Joseph, who has four children") is a stranger's surname, not the
            # vice president's formal given name; "Chelsea" a place (unknown beats wrong)
            continue
        if (first_of[top], skel) in by_given:
            # one the corpus calls by the given name ("Elian"): the bare surname is as
            # likely a relative's (unknown beats wrong)
            continue
        if not here and doc_last.get((m.doc, skel)):
            reason = (
                "surname in a document naming only relatives of that name; the person of that "
                "name the corpus names most"
            )
        elif not here:
            reason = (
                "short name alone in its document; the person of that name the corpus names most"
            )
        elif top in here and all(named[(m.doc, top)] >= named[(m.doc, r)] for r in here):
            # the document names two of that name about equally, this one no less often
            reason = "surname the document left open; the person of that name the corpus names most"
        elif top not in here and _in_passing(m.doc, skel):
            # "Clinton" six times, then "by Al Gore and Bill Clinton" once: a namesake named
            # once in passing after the story's bare uses began (left open there:
            # :func:`bare_surnames.link_bare_surnames`)
            reason = (
                "surname its document used before naming a namesake once in passing; the "
                "person of that name the corpus names most"
            )
        elif top in here and first_named[(m.doc, skel)][1] == top:
            # the document names first the one the corpus names most: two signals agree
            reason = (
                "surname the document left open; the person of that name it names first and "
                "the corpus names most"
            )
        else:
            continue
        uf.join(top, i, reason)

    # "the Trump campaign": a word the recogniser read as an organisation (or a place) is a
    # person's short name when the documents use it, as a person, for one person, or for
    # one far more often than any other (a wife's or daughter's story takes a few bare uses
    # of the surname), and more often than otherwise ("Justice" stays the department)
    short_for: dict[str, Counter[int]] = defaultdict(Counter)
    full_roots = {uf.find(r) for r in first_of}
    for i in bare:
        if uf.find(i) in full_roots:
            short_for[_word(mentions[i].text)][uf.find(i)] += 1
    org_uses = Counter(_word(mentions[i].text) for i in as_org)
    for i in as_org:
        word = _word(mentions[i].text)
        uses = short_for.get(word, Counter()).most_common(2)
        if not uses or uses[0][1] <= org_uses[word]:
            continue
        if cited_as_outlet(mentions[i], texts.get(mentions[i].doc, "")):
            # "according to Bloomberg", "told Bloomberg": an outlet named after a person
            continue
        if len(uses) == 1 or uses[0][1] >= DOMINANT * uses[1][1]:
            uf.join(uses[0][0], i, "a person's short name, read as another type")

    # A given name left open (two people of the corpus open their full names with it) that
    # the recogniser also read as a place ("Paris" listed among a singer's children, and
    # read as the city elsewhere): the one word is one name, and its mentions are voted
    # together, where the text's person evidence can outweigh the gazetteer. Not a surname:
    # a "Scott" two people of a document share stays unresolved.
    full_roots = {uf.find(r) for r in first_of}
    surnames = {
        person_words(m.text)[0][-1]
        for m in mentions
        if m.type == "person" and m.kind in NAMED and len(person_words(m.text)[0]) >= 2
    }
    open_given: dict[str, int] = {}
    for i in bare:
        word = _word(mentions[i].text)
        given = person_words(mentions[i].text)[0][0]
        if word not in org_uses or given in surnames or not corpus_first.get(given):
            continue
        if uf.find(i) in full_roots:
            continue
        if word in open_given:
            uf.join(open_given[word], i, "same given name, left open, in another document")
        else:
            open_given[word] = i
    for i in as_org:
        word = _word(mentions[i].text)
        if word in open_given and uf.find(i) not in full_roots:
            uf.join(open_given[word], i, "a given name left open, read as a place elsewhere")


def _word(text: str) -> str:
    """A one-word name letter for letter (after the transliteration folds): a person's
    short name read as another type is that very word, not one sharing its consonant
    skeleton ("Satan" is not "Stein")."""
    ws = person_words(text)[0]
    return org_key(ws[-1])[0] if ws else ""


def _dominant(roots: set[int], sizes: Counter[int], fits: Callable[[int], bool]) -> int | None:
    """The one of these people the corpus names ``DOMINANT`` times more often than any
    other of them, if a title before the short form fits that one; else None."""
    ranked = sorted(roots, key=lambda r: (-sizes[r], r))
    if not ranked or not fits(ranked[0]):
        return None
    if len(ranked) > 1 and sizes[ranked[0]] < DOMINANT * sizes[ranked[1]]:
        return None
    return ranked[0]
