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
from typing import TYPE_CHECKING

from briefgen.aggregate.names import name_key, person_words
from briefgen.extract.antecedents import name_gender
from briefgen.models import Mention

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union

NAMED = ("name", "surname", "acronym")
TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
DOMINANT = 3  # how many times more often the corpus names its person of that name


def _title_gender(text: str, m: Mention) -> str | None:
    before = text[max(0, m.start - 6) : m.start].lower().rstrip(". ").split()
    return TITLE_GENDER.get(before[-1]) if before else None


def title_fits(text: str, m: Mention, full_name: str) -> bool:
    """Whether the title before a short form ("Mrs.") agrees with a full name's given name."""
    title = _title_gender(text, m)
    if title is None:
        return True
    given = person_words(full_name)[0]
    return not given or name_gender(given[0]) in (None, title)


def link_short_forms(mentions: list[Mention], texts: dict[str, str], uf: Union) -> None:
    """Join bare given names and surnames their documents did not settle (see module)."""
    first_of: dict[int, str] = {}  # root of a full name's cluster -> its given name
    doc_last: dict[tuple[str, str], set[int]] = defaultdict(set)
    doc_first: dict[tuple[str, str], set[int]] = defaultdict(set)
    corpus_last: dict[str, set[int]] = defaultdict(set)
    corpus_first: dict[str, set[int]] = defaultdict(set)
    named: Counter[tuple[str, int]] = Counter()  # full-name mentions per document and person
    bare: list[int] = []
    as_org: list[int] = []
    for i, m in enumerate(mentions):
        if m.type == "org" and m.kind == "name" and len(name_key(m.text)[0]) == 1:
            as_org.append(i)
        if m.type != "person" or m.kind not in NAMED:
            continue
        key, suffix = name_key(m.text)
        if len(key) == 1:
            bare.append(i)
        elif len(key) >= 2:
            given = person_words(m.text)[0][0]
            root = uf.find(i)
            first_of.setdefault(root, given)
            doc_last[(m.doc, key[-1])].add(root)
            named[(m.doc, root)] += 1
            doc_first[(m.doc, given)].add(root)
            if suffix is None:  # a bare "Trump" elsewhere is never the son's by default
                corpus_last[key[-1]].add(root)
                corpus_first[given].add(root)
    sizes = Counter(uf.find(i) for i in range(len(mentions)))
    # those already one with a full name, before any join here moves a cluster's root
    settled = {i for i in bare if uf.find(i) in first_of}
    # "the Trump campaign": a word the recogniser read as an organisation is a person's
    # short name when the documents use it, as a person, for that one person only, and
    # more often than as an organisation ("Justice" stays the department)
    short_for: dict[str, Counter[int]] = defaultdict(Counter)
    for i in settled:
        short_for[name_key(mentions[i].text)[0][0]][uf.find(i)] += 1
    org_uses = Counter(name_key(mentions[i].text)[0][0] for i in as_org)
    for i in as_org:
        word = name_key(mentions[i].text)[0][0]
        roots = short_for.get(word, Counter())
        if len(roots) == 1 and roots.total() > org_uses[word]:
            uf.join(next(iter(roots)), i, "a person's short name, read as an organisation")
    for i in bare:
        if i in settled:
            continue
        m = mentions[i]
        (skel,), suffix = name_key(m.text)
        if suffix is not None:
            continue  # "Michael II" is a son, never the "Michael" a document names in full
        word = person_words(m.text)[0][0]
        title = _title_gender(texts.get(m.doc, ""), m)

        def fits(r: int, title: str | None = title) -> bool:
            return title is None or name_gender(first_of[r]) in (None, title)

        here = {r for r in doc_last.get((m.doc, skel), set()) if fits(r)}
        if not here and not doc_last.get((m.doc, skel)):
            given_here = doc_first.get((m.doc, word), set())
            if len(given_here) == 1:
                uf.join(next(iter(given_here)), i, "given name of a full name in the document")
                continue
            if given_here:
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
        if not here:
            reason = (
                "short name alone in its document; the person of that name the corpus names most"
            )
        elif top in here and all(named[(m.doc, top)] >= named[(m.doc, r)] for r in here):
            # the document names two of that name about equally, this one no less often
            reason = "surname the document left open; the person of that name the corpus names most"
        else:
            continue
        uf.join(top, i, reason)
