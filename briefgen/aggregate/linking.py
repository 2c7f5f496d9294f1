"""Alias links between actor mentions, within one document and across documents.

Rules, all general: a surname joins the full name it ends (the closest main one in the same
document when several share it; short forms a document left alone: :mod:`shortnames`);
full names join across documents when their spelling skeletons match word for word
(Rakhmon/Rahmon), or when one only adds given names before the other (not a middle name:
Ahmad Shah Masoud stays apart from Ahmad Masoud); a generational suffix (Jr.) keeps a son
apart from a father named in the same document; an acronym joins the expansion whose
initials it spells; a description joins the name it stands in apposition to; a people joins
its state by English demonym endings (Kenyans -> Kenya), a capital its state, names of one
country join (America, United States: all in :mod:`countries`); "X" joins "X of Y". Within a
document, an epithet in apposition joins the name (:mod:`epithets`), and a name with middle
names joins the one without them, a name's opening words the full name (:mod:`middlenames`).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from briefgen.aggregate.acronyms import link_defined_acronyms
from briefgen.aggregate.barenames import link_bare_surnames
from briefgen.aggregate.countries import (
    link_capitals,
    link_countries,
    link_demonyms,
    link_state_prefixed,
)
from briefgen.aggregate.epithets import link_epithets
from briefgen.aggregate.generic_bodies import generic_bodies, link_generic_bodies
from briefgen.aggregate.legal_names import link_legal_variants
from briefgen.aggregate.middlenames import link_middle_names, merge_openings
from briefgen.aggregate.names import (
    NAMED,
    acronym_letters,
    acronym_spellings,
    diminutive,
    name_key,
    org_key,
    person_words,
    role_words,
    same_given_name,
    titled_given_name,
    words,
)
from briefgen.aggregate.parties import link_party_members
from briefgen.aggregate.shortnames import (
    link_divisions,
    link_short_forms,
    org_short_forms,
    relation_word,
    title_fits,
    title_gender,
    title_usage,
)
from briefgen.extract.actors import plain
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


def _extends(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """True when ``longer`` only adds words before ``shorter`` (extra given names)."""
    return len(longer) > len(shorter) >= 2 and longer[-len(shorter) :] == shorter


def link_within(
    ms: list[tuple[int, Mention]],
    text: str,
    uf: Union,
    ambiguous: frozenset[str] = frozenset(),
    corpus_usage: dict[str, str] | None = None,
) -> None:
    """Merge the mentions of one document (``ambiguous``: acronym letters that initials
    alone may not resolve, ``acronyms.spelled_two_ways``; ``corpus_usage``: the title the
    corpus gives each bare surname throughout, ``shortnames.corpus_title_usage``)."""
    full: dict[tuple[tuple[str, ...], str | None], list[int]] = defaultdict(list)
    others: dict[tuple[str, ...], list[int]] = defaultdict(list)
    by_pos = sorted(ms, key=lambda im: im[1].start)
    for i, m in by_pos:
        if m.kind not in NAMED:
            continue
        key, suffix = name_key(m.text)
        if not key:
            continue
        if _is_person(m) and len(key) >= 2:
            full[(key, suffix)].append(i)
        elif not _is_person(m):
            others[org_key(m.text)].append(i)
    for group in list(full.values()) + list(others.values()):
        for j in group[1:]:
            uf.join(group[0], j, "same name in the document")
    link_middle_names(ms, text, uf)
    one_word = {key[0] for _, m in by_pos if len(key := name_key(m.text)[0]) == 1}
    merge_openings(full, one_word, uf)
    # a surname, or a one-word name, joins the closest full name it ends
    by_index = dict(ms)
    descriptions = [(m.start, m.end) for _, m in by_pos if m.kind == "description"]

    def nested(m: Mention) -> bool:
        # "X, the son of Y": Y sits inside a description of X and is rarely the referent
        return any(a <= m.start and m.end <= b for a, b in descriptions)

    # the full names of the document by their last word's skeleton, in document order
    fulls: dict[str, list[tuple[bool, int, int]]] = defaultdict(list)
    for (key, _), g in full.items():
        if titled_given_name(by_index[g[0]].text):
            continue  # "Prince Michael" ends in a given name, which shortnames weighs
        for j in g:
            fulls[key[-1]].append((not nested(by_index[j]), by_index[j].start, g[0]))
    size = {g[0]: len(g) for g in full.values()}
    # people the document also calls by their given name alone ("his wife, Heidi"): it
    # tells them apart from the one it calls by the bare surname
    alone = {
        words(m.text)[0]
        for _, m in by_pos
        if _is_person(m) and m.kind in NAMED and len(words(m.text)) == 1
    }
    by_given = {g[0] for g in full.values() if person_words(by_index[g[0]].text)[0][0] in alone}
    full_roles = {g[0]: role_words(by_index[j] for j in g) for g in full.values()}
    usage = (corpus_usage or {}) | title_usage(text, (m for _, m in by_pos))

    def fits(m: Mention, person: int) -> bool:
        # "Mr. Obama" is not the Michelle Obama the document names in full, nor "President
        # Obama" the one it calls "the first lady" (counted over the document only: one
        # apposition may be read onto the wrong name)
        mine, theirs = role_words([m]), full_roles[person]
        if mine and theirs and not mine & theirs:
            return False
        return title_fits(text, m, by_index[person].text, usage.get(name_key(m.text)[0][0]))

    # A person the document's titled or described bare surnames mostly refuse ("Mr. Obama"
    # fifteen times beside a "Michelle Obama" named once) is not the one it calls by that
    # surname: its untitled uses ("Obama Sees 'Personal Insult'") are not hers either.
    said: Counter[tuple[int, bool]] = Counter()
    for _, m in by_pos:
        key, suffix = name_key(m.text)
        if not _is_person(m) or m.kind not in NAMED or len(key) != 1 or suffix:
            continue
        if m.role or title_gender(text, m) is not None:
            for c in fulls.get(key[0], []):
                said[(c[2], fits(m, c[2]))] += 1
    # (and more often than the document names that person in full: one "Ms Jackson" does not
    # make the singer it names five times in full someone else)
    refused = {p for (p, ok), n in said.items() if not ok and n > said[(p, True)] and n > size[p]}
    for i, m in by_pos:
        if not _is_person(m) or m.kind not in NAMED:
            continue
        key, suffix = name_key(m.text)
        if len(key) != 1 or suffix:
            # "Michael II" is a son or a successor named by the suffix, not the surname of
            # a "Prince Michael" the document names in full
            continue
        cands = [
            c
            for c in fulls.get(key[0], [])
            if c[2] not in refused and title_fits(text, m, by_index[c[2]].text, usage.get(key[0]))
        ]
        if not cands:
            continue
        if any(c[0] for c in cands):
            cands = [c for c in cands if c[0]]
        people = {c[2] for c in cands}
        first = min(cands, key=lambda c: c[1])[2]
        if len(people) > 1 and people - by_given == {first}:
            # the one named first in full, the others called by their given names too
            reason = "surname of the person of that name named first, the others by given name"
            uf.join(first, i, reason)
            continue
        if len(people) == 1:
            uf.join(cands[0][2], i, "surname of a full name in the document")
            continue
        # Several people of that surname (a family, a couple): the bare surname is the one
        # the document is about when it names that one far more often ("Clinton" in a story
        # about Hillary that names Bill once), or both first and more often; otherwise it is
        # left unresolved, since the closest full name is as often a relative named in
        # passing: unknown beats wrong.
        ranked = sorted(people, key=lambda g: -size[g])
        if size[ranked[0]] >= 3 * size[ranked[1]]:
            uf.join(ranked[0], i, "surname of the person the document names most")
        elif ranked[0] == first and size[first] > size[ranked[1]]:
            # two signals agree: the one the document names first in full is also the one
            # it names most ("Keith Lamont Scott" twice, his wife "Rakeyia Scott" once)
            uf.join(first, i, "surname of the person the document names first and most")
    # an acronym joins the expansion it spells; "Name (ACR)" too
    # ("DoH" of "Department of Health", "GSK" of "GlaxoSmithKline": :func:`acronym_spellings`)
    expansions: dict[str, int] = {}
    for i, m in by_pos:
        if m.kind != "acronym" and not _is_person(m) and acronym_letters(m.text) is None:
            for spelled in sorted(acronym_spellings(m.text)):
                expansions.setdefault(spelled, i)
    for i, m in by_pos:
        letters = acronym_letters(m.text)
        if letters is None and m.kind == "acronym":
            letters = plain(m.text).replace(".", "").upper()
        if letters in expansions and letters not in ambiguous:
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


def _same_person(a: list[str], b: list[str], firsts: Counter[str]) -> str | None:
    """Why two full names (one surname skeleton) may be one person, or None.

    The given names agree word for word (Ed/Edward, Aleksander/Alexander), or one name only
    adds words before the other ("Keith Lamont Scott", "Lamont Scott"). One difference at a
    time: a diminutive with the surname spelled otherwise (Mike Flanagan, Michael Flanigan)
    is two people. Added words that open with the given name of another full name of that
    surname (``firsts`` counts the full names opening with each) make a different person
    ("Paris Michael Katherine Jackson" beside "Paris Jackson").
    """
    if a == b:
        return None
    if len(a) == len(b):
        if a[-1] != b[-1] and a[:-1] != b[:-1]:
            return None
        if all(same_given_name(x, y) for x, y in zip(a[:-1], b[:-1], strict=True)):
            return "given names agree (a diminutive or a spelling)"
        return None
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(shorter) < 2 or longer[-len(shorter) :] != shorter:
        return None
    if firsts[longer[0]] > 1:
        return None
    return "a full name that only adds words before another"


def _middle_added(a: list[str], b: list[str]) -> bool:
    """One name only adds middle names to the other: same first and last word."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return len(shorter) == 2 and len(longer) > 2 and [longer[0], longer[-1]] == shorter


def _compact(name: list[str]) -> tuple[str, str]:
    """(given names run together without spaces or hyphens, surname)."""
    return "".join(name[:-1]).replace("-", ""), name[-1]


def link_across(mentions: list[Mention], uf: Union, texts: dict[str, str]) -> None:
    """Merge clusters across documents by their names.

    Full names are compared only within a block of one surname (spelling skeleton) and one
    generational suffix, so the work grows with the corpus, not with its square, and
    "Donald Trump Jr." never meets "Donald Trump".
    """
    # "the Times" after "The New York Times": joined in its document, never across
    short_orgs = org_short_forms(mentions)
    person_full: dict[tuple[tuple[str, ...], str | None], list[int]] = defaultdict(list)
    raw: dict[tuple[tuple[str, ...], str | None], list[str]] = {}
    other: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.kind not in NAMED:
            continue
        key, suffix = name_key(m.text)
        if not key:
            continue
        if _is_person(m):
            if len(key) >= 2:
                person_full[(key, suffix)].append(i)
                raw.setdefault((key, suffix), person_words(m.text)[0])
        elif i not in short_orgs:
            other[org_key(m.text)].append(i)
    for i, j in short_orgs.items():
        uf.join(j, i, "short form of an organisation's name its document spells out")
    generic = generic_bodies(mentions, other)  # joined last, by the state of each document
    for key, group in other.items():
        for j in group[1:] if key not in generic else ():
            uf.join(group[0], j, "same name in another document")
    # an acronym meets an expansion only inside a document that uses both (there, "Federal
    # Bureau of Investigation (FBI)"); across documents initials alone would invent one
    keys = sorted(person_full, key=lambda k: (k[0], k[1] or ""))
    key_roles = {k: role_words(mentions[i] for i in group) for k, group in person_full.items()}
    anchor: dict[tuple[tuple[str, ...], str | None], int] = {}
    for k in keys:
        spellings: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for j in person_full[k]:
            spellings[tuple(person_words(mentions[j].text)[0])].append(j)
        firsts = []
        for group in spellings.values():
            for j in group[1:]:
                uf.join(group[0], j, "same name in another document")
            firsts.append(group)
        # A spelling variant (Rakhmon/Rahmon) is one person, unless the roles the texts give
        # the two spellings have nothing in common (a drug agent Flanigan, a lawyer Flanagan).
        for group in firsts[1:]:
            mine, theirs = (
                role_words(mentions[i] for i in group),
                role_words(mentions[i] for i in firsts[0]),
            )
            if mine and theirs and not mine & theirs:
                continue
            uf.join(firsts[0][0], group[0], "same name spelled otherwise in another document")
        # the name's most used spelling speaks for it below (Flanagan 11 times, not the
        # Flanigan written once)
        main = max(firsts, key=len)
        anchor[k] = main[0]
        raw[k] = person_words(mentions[main[0]].text)[0]
    # "La Toya" alone in one document, "La Toya Jackson" in another: two words no one in
    # the corpus has as a surname are given names, of the one full name they open
    ends = Counter(k[0][-1] for k in keys)
    opening: dict[tuple[str, ...], list[tuple[tuple[str, ...], str | None]]] = defaultdict(list)
    for k in keys:
        if k[1] is None:
            opening[k[0][:-1]].append(k)
    for k in keys:
        if k[1] is None and ends[k[0][-1]] == 1 and len(opening.get(k[0], ())) == 1:
            uf.join(
                person_full[opening[k[0]][0]][0],
                person_full[k][0],
                "given names of the one full name in the corpus they open",
            )
    for k in keys:  # a person's name the recogniser labelled an organisation elsewhere
        as_org = org_key(" ".join(raw[k]))  # (keyed as organisations' names are)
        if k[1] is None and as_org in other:
            uf.join(
                person_full[k][0], other[as_org][0], "same name, labelled an organisation elsewhere"
            )
    blocks: dict[tuple[str, str | None], list[tuple[tuple[str, ...], str | None]]] = defaultdict(
        list
    )
    for k in keys:
        blocks[(k[0][-1], k[1])].append(k)
    docs_of = {k: {mentions[i].doc for i in group} for k, group in person_full.items()}
    # the kinship nouns each full name is introduced by ("his father Joseph X")
    kin = {
        k: {
            word
            for i in group
            if (word := relation_word(texts.get(mentions[i].doc, ""), mentions[i])) is not None
        }
        for k, group in person_full.items()
    }
    for block in blocks.values():
        # the first given names the corpus writes before this surname: "Paris Michael
        # Katherine Jackson" opens with the given name of a "Paris Jackson", so she is that
        # one, never the "Katherine Jackson" her middle names spell
        firsts_here = Counter(raw[k][0] for k in block)
        for n, a in enumerate(block):
            for b in block[n + 1 :]:
                if _compact(raw[a]) == _compact(raw[b]) and raw[a] != raw[b]:
                    # "La Toya X" and "LaToya X": one given name written with or without a
                    # space or hyphen is one spelling of it, whatever the article
                    uf.join(anchor[a], anchor[b], "given name written with or without a space")
                    continue
                reason = _same_person(raw[a], raw[b], firsts_here)
                fewer, more = (a, b) if len(raw[a]) < len(raw[b]) else (b, a)
                if (
                    reason is None
                    and docs_of[fewer] <= docs_of[more]
                    and len(raw[a]) != len(raw[b])
                ):
                    # a shorter form written only beside the longer ("Lamont Scott" in the
                    # articles on "Keith Lamont Scott") is that person, whoever else shares
                    # the first given name
                    reason = _same_person(raw[a], raw[b], Counter())
                shared = bool(docs_of[a] & docs_of[b])
                roles_a, roles_b = key_roles[a], key_roles[b]
                if reason is None and roles_a & roles_b and _middle_added(raw[a], raw[b]):
                    # "Mexico's Health Secretary, Jose Cordova" and the health secretary
                    # "Jose Angel Cordova" of other articles: one person when the roles the
                    # texts give them agree (a father and son of one given name seldom
                    # share a role)
                    reason = "the same name with a middle name, in the same role"
                if reason is None:
                    continue
                if len(raw[a]) == len(raw[b]):
                    # Two given names that only resemble each other (a diminutive, a
                    # spelling) in one article are two people: an article keeps one form
                    # of a person's name. Across articles they are one unless the roles the
                    # texts give them have nothing in common (an agent, a lawyer), or one
                    # is introduced as a relative ("her daughter Kate"): then only a shared
                    # role makes them one.
                    # An article may write a standard short form after the full given
                    # name ("Edward Chernoff" … "Ed Chernoff"): that alone stays one person.
                    short = all(
                        x == y or diminutive(x, y) for x, y in zip(raw[a], raw[b], strict=True)
                    )
                    if (shared and not short) or (roles_a and roles_b and not roles_a & roles_b):
                        continue
                    # ("his father Joseph X", "X's father, Joe X": the same relation agrees)
                    if (kin[a] or kin[b]) and not roles_a & roles_b and not kin[a] & kin[b]:
                        continue
                elif not shared and not roles_a & roles_b:
                    # given names added before, in another article: a relative of the same
                    # surname as often as the same person, unless the role agrees
                    continue
                uf.join(anchor[a], anchor[b], reason)
    # "Akhmad Masoud Jr." in one document is the "Ahmad Masoud" of another unless some
    # document names both: then they are father and son (Donald Trump, Donald Trump Jr.)
    suffixes: dict[tuple[str, ...], set[str | None]] = defaultdict(set)
    for k in keys:
        suffixes[k[0]].add(k[1])
    # the documents naming each person by any name: a "Michael Joseph Jackson" one document
    # gives the singer is not the son "Michael Joseph Jackson Jr" named beside the singer
    named_in: dict[int, set[str]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if m.type == "person" and m.kind in NAMED:
            named_in[uf.find(i)].add(m.doc)
    for k in keys:
        bare = (k[0], None)
        one_suffix = len(suffixes[k[0]]) == 2  # "Jr." only, not "Jr." and "III"
        apart = bare not in person_full or bool(
            docs_of[k] & (docs_of[bare] | named_in[uf.find(person_full[bare][0])])
        )
        if k[1] is not None and one_suffix and not apart:
            uf.join(
                person_full[bare][0],
                person_full[k][0],
                "same name with a generational suffix; no document names both",
            )
    link_demonyms(mentions, other, uf, texts)
    link_capitals(mentions, other, uf, texts)
    link_countries(mentions, other, uf)
    _link_org_of(mentions, other, uf)
    link_divisions(mentions, other, uf)
    link_state_prefixed(mentions, other, uf)
    link_legal_variants(mentions, other, uf)
    link_defined_acronyms(mentions, other, uf, texts)
    link_party_members(mentions, other, uf)
    link_generic_bodies(mentions, other, generic, uf)
    # a bare surname or given name its document did not settle
    link_short_forms(mentions, texts, uf)
    link_bare_surnames(mentions, texts, uf)


def _link_org_of(
    mentions: list[Mention], other: dict[tuple[str, ...], list[int]], uf: Union
) -> None:
    """'Islamic Emirate' joins 'Islamic Emirate of Afghanistan' (a name completed by 'of …')."""
    names = {" ".join(words(mentions[g[0]].text)): g[0] for g in other.values()}
    for name, i in names.items():
        head, sep, _ = name.partition(" of ")
        if sep and len(head.split()) >= 2 and head in names:
            uf.join(names[head], i, "name completed by 'of …'")
