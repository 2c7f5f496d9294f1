"""Alias links between actor mentions within one document (across documents:
:mod:`crossdocs`).

Rules, all general: a surname joins the full name it ends (the closest main one in the same
document when several share it; short forms a document left alone: :mod:`shortnames`); an
acronym joins the expansion whose initials it spells; a description joins the name it
stands in apposition to; an epithet in apposition joins the name (:mod:`epithets`), and a
name with middle names joins the one without them, a name's opening words the full name
(:mod:`middlenames`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from briefgen.aggregate.acronyms import introduced_acronyms, letters_of, two_bodies
from briefgen.aggregate.coordinated import with_shared_surnames
from briefgen.aggregate.epithets import link_epithets
from briefgen.aggregate.headlines import named_in_furniture
from briefgen.aggregate.kintitles import SurnameTitles, has_relative, owned_relative
from briefgen.aggregate.middlenames import FullNames, link_middle_names, merge_openings
from briefgen.aggregate.names import (
    NAMED,
    acronym_letters,
    acronym_spellings,
    name_key,
    org_key,
    person_words,
    role_words,
    surname_form,
    titled_given_name,
    words,
)
from briefgen.aggregate.namesakes import full_key, join_uninitialled
from briefgen.aggregate.offices import Holders, may_hold
from briefgen.aggregate.shortnames import (
    gender_fits,
    relation_word,
    title_fits,
    title_gender,
    title_usage,
)
from briefgen.aggregate.told_gender import person_genders, told_gender
from briefgen.extract.actor_words import GIVEN_NAME_TITLES
from briefgen.extract.antecedents import name_gender
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


def _after_given_name_title(text: str, m: Mention) -> bool:
    """Whether a one-word name comes right after a title written before given names ("King
    Hussein's brother", its title read as the mention's role): no surname, a given name."""
    role = words(m.role or "")
    before = words(text[max(0, m.start - 12) : m.start])
    return bool(role and role[-1] in GIVEN_NAME_TITLES) or bool(
        before and before[-1] in GIVEN_NAME_TITLES and text[m.start - 1 : m.start] == " "
    )


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
) -> None:
    """Merge the mentions of one document (``ambiguous``: acronym letters that initials
    alone may not resolve, ``acronyms.spelled_two_ways``; ``corpus_usage``: the title the
    corpus gives each bare surname throughout, ``shortnames.corpus_title_usage``;
    ``apart``: names the corpus writes with two sets of middle initials,
    ``namesakes.initials_apart``; ``leaders``: the person the corpus names far most often
    by each surname, :func:`surname_leaders`; ``furniture``: the spans of the document's
    headlines, which the extraction does not read but which name whom the story is about,
    :func:`headlines.named_in_furniture`; ``full_pairs``: the corpus's full names as
    given name and surname, :func:`coordinated.full_name_pairs`)."""
    # "Khizr and Ghazala Khan": the first given name read with the surname they share
    ms = with_shared_surnames(ms, text, full_pairs)

    def by_first_name(name: str) -> bool:
        ws = person_words(name)[0]
        return len(ws) >= 2 and (ws[0], surname_form(ws[-1])) in first_named

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
            full[full_key(m.text, apart)].append(i)
        elif not _is_person(m):
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
    # a surname, or a one-word name, joins the closest full name it ends
    descriptions = [(m.start, m.end) for _, m in by_pos if m.kind == "description"]

    def nested(m: Mention) -> bool:
        # "X, the son of Y": Y sits inside a description of X and is rarely the referent
        return any(a <= m.start and m.end <= b for a, b in descriptions)

    # the full names of the document by their surname, in document order: a bare surname
    # matches it exactly (after the transliteration folds), never a resemblance ("Bash"
    # is not the "Bush" the document names in full)
    fulls: dict[str, list[tuple[bool, int, int]]] = defaultdict(list)
    whole = _one_person_each(full, by_index, uf)
    for g in full.values():
        if titled_given_name(by_index[g[0]].text):
            continue  # "Prince Michael" ends in a given name, which shortnames weighs
        for j in g:
            last = surname_form(person_words(by_index[j].text)[0][-1])
            fulls[last].append((not nested(by_index[j]), by_index[j].start, whole[g[0]]))
    size: Counter[int] = Counter()
    for g in {id(g): g for g in full.values()}.values():
        size[whole[g[0]]] += len(g)
    # "Randy Jackson" in the headline over a lede naming Michael Jackson first: the
    # headline names whom the story is about, where it stands
    for at, person in named_in_furniture(
        text, furniture, {g[0]: by_index[g[0]] for g in full.values()}
    ):
        person = whole[person]
        fulls[surname_form(person_words(by_index[person].text)[0][-1])].append((True, at, person))
        size[person] += 1
    # "King Hussein": one the document names by a title and a given name, which may also be
    # the surname of someone it names in full ("Saddam Hussein")
    titled = {
        surname_form(person_words(by_index[g[0]].text)[0][-1]): g[0]
        for g in full.values()
        if titled_given_name(by_index[g[0]].text)
    }
    # people the document also calls by their given name alone ("his wife, Heidi"): it
    # tells them apart from the one it calls by the bare surname
    alone = {
        words(m.text)[0]
        for _, m in by_pos
        if _is_person(m) and m.kind in NAMED and len(words(m.text)) == 1
    }
    by_given = {
        whole[g[0]] for g in full.values() if person_words(by_index[g[0]].text)[0][0] in alone
    }
    full_roles: dict[int, set[str]] = defaultdict(set)
    for g in full.values():
        full_roles[whole[g[0]]] |= role_words(by_index[j] for j in g)
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
            # once per person of that surname, not once per time the document names them
            # in full: two "Secretary Clinton"s are two uses, whoever is named in full more
            for person in {c[2] for c in fulls.get(surname_form(person_words(m.text)[0][0]), [])}:
                said[(person, fits(m, person))] += 1
    # (and more often than the document names that person in full: one "Ms Jackson" does not
    # make the singer it names five times in full someone else)
    refused = {p for (p, ok), n in said.items() if not ok and n > said[(p, True)] and n > size[p]}
    persons = person_genders(text, (m for _, m in by_pos))
    # people the document calls by the given name alone as someone's relative ("a memoir
    # by Jermaine Jackson about his brother, Michael"): their given name is what it calls
    # them by, so a bare surname after it is the other one's
    kin_given = [
        (m.start, words(m.text)[0])
        for _, m in by_pos
        if _is_person(m)
        and m.kind in NAMED
        and len(words(m.text)) == 1
        and relation_word(text, m) is not None
    ]

    # where the text first names each person in full (its headlines aside)
    first_full: dict[tuple[str, ...], int] = {}
    for g in full.values():
        ws = tuple(person_words(by_index[g[0]].text)[0])
        first_full[ws] = min(first_full.get(ws, len(text)), by_index[g[0]].start)

    def introduced_by_given(name: tuple[str, ...], at: int) -> bool:
        # named by the given name as a relative before ``at``, and not in full before that
        return any(
            start < at and given == name[0] and first_full.get(name, len(text)) > start
            for start, given in kin_given
        )

    def relatives_by_given(word: str, at: int) -> set[int]:
        return {
            c[2]
            for c in fulls.get(word, [])
            if introduced_by_given(tuple(person_words(by_index[c[2]].text)[0]), at)
        }

    def leader_by_given(word: str, leader: tuple[str, ...] | None, at: int) -> bool:
        # the corpus's leading person of that surname is introduced here as a relative
        # called by the given name: the bare surname is no longer likely theirs
        return leader is not None and introduced_by_given(leader, at)

    # the people the document introduces as someone's relative ("Eric Trump, son of …")
    kin_full = {
        whole[g[0]] for g in full.values() if any(relation_word(text, by_index[j]) for j in g)
    }

    # those introduced as a named person's relative ("her son, Tariq Kadri", "his pastor
    # father, Rafael Cruz"), not a pair described ("the parents, Khizr and Ghazala Khan")
    owned_kin = {
        whole[g[0]] for g in full.values() if any(owned_relative(text, by_index[j]) for j in g)
    }

    def leader_named_beside(leader: tuple[str, ...], top: int, people: set[int]) -> bool:
        # the corpus's leading person of that surname is one of the people a bare surname
        # may be (its title or gender fits), but the document names another of them most
        return not names_leader(top, leader) and any(names_leader(p, leader) for p in people)

    def names_leader(person: int, leader: tuple[str, ...] | None) -> bool:
        # "Hillary Rodham Clinton" names the "Hillary Clinton" the corpus names most: the
        # given name and the surname tell, a middle name does not
        ws = person_words(by_index[person].text)[0]
        return leader is not None and (ws[0], ws[-1]) == (leader[0], leader[-1])

    titles = SurnameTitles(text, (m for _, m in by_pos))

    def same_sex(person: int, people: set[int]) -> bool:
        # every other candidate of the same sex as ``person`` by their given names
        sex = name_gender(person_words(by_index[person].text)[0][0], mostly=True)
        return sex is not None and all(
            name_gender(person_words(by_index[p].text)[0][0], mostly=True) == sex
            for p in people - {person}
        )

    # a surname the document never names in full: its uses are one person's
    never_in_full: dict[str, list[int]] = defaultdict(list)
    for i, m in by_pos:
        if not _is_person(m) or m.kind not in NAMED:
            continue
        key, suffix = name_key(m.text)
        if len(key) != 1 or suffix:
            # "Michael II" is a son or a successor named by the suffix, not the surname of
            # a "Prince Michael" the document names in full
            continue
        word = surname_form(person_words(m.text)[0][0])
        if word in titled and _after_given_name_title(text, m):
            # "King Hussein's brother" read as a role and a name: the king's given name
            uf.join(titled[word], i, "given name after the title the document names it by")
            continue
        if word in titled and word in fulls:
            # a bare "Hussein" beside "King Hussein" and "Saddam Hussein" may be either;
            # when the document calls the other one by the given name alone ("Saddam"),
            # the bare word is the titled one's; else it is left open (unknown beats wrong)
            if {c[2] for c in fulls[word]} <= by_given:
                reason = "name of the titled person; the other of that name goes by the given name"
                uf.join(titled[word], i, reason)
            continue
        if word not in fulls:
            never_in_full[word].append(i)
            continue
        told = None if title_gender(text, m) else told_gender(text, m, persons)
        kin = relatives_by_given(word, m.start)
        cands = [
            c
            for c in fulls[word]
            # one the bare uses mostly refuse is still the one a title of their gender names
            # ("Ms. Khan" beside fourteen "Mr. Khan"s is the mother named in full)
            if (c[2] not in refused or titles.names(m, by_index[c[2]].text))
            and not titles.against(m, word, by_index[c[2]].text)
            and c[2] not in kin
            and title_fits(text, m, by_index[c[2]].text, usage.get(key[0]))
            # "Jackson's mother Katherine and his sister": not the sister named in full
            and gender_fits(person_words(by_index[c[2]].text)[0][0], told)
            # "President Clinton" is not the Hillary Clinton a story names, when the
            # corpus gives that title to another Clinton only
            and may_hold(offices or {}, m, person_words(by_index[c[2]].text)[0][0], text)
        ]
        if not cands:
            continue
        # those a title before the surname rules out ("Mr. Kadri" after "Soraya Kadri"):
        # no rival for it
        unfit = {
            c[2]
            for c in fulls[word]
            if not title_fits(text, m, by_index[c[2]].text, usage.get(key[0]))
            or titles.against(m, word, by_index[c[2]].text)
        }
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
        # Before the document names a second person of that surname, a bare surname can
        # only be the one it has named so far: a writer introduces a relative ("his wife,
        # Ana Lazar") before calling anyone else by the bare name.
        # Not when the corpus names someone else of that surname far more often: its
        # subject may be "the singer" or "Jacko" in this document before its full name.
        before = {c[2] for c in cands if c[1] < m.start}
        leader = (leaders or {}).get(word)
        if (
            len(before) == 1
            and not {c[2] for c in fulls[word] if c[1] < m.start} - before - kin - unfit
            and (
                leader is None
                or names_leader(next(iter(before)), leader)
                or leader_by_given(word, leader, m.start)
            )
        ):
            uf.join(next(iter(before)), i, "surname of the one person of that name named before it")
            continue
        # Several people of that surname (a family, a couple): the bare surname is the one
        # the document is about when it names that one far more often ("Clinton" in a story
        # about Hillary that names Bill once), or both first and more often; otherwise it is
        # left unresolved, since the closest full name is as often a relative named in
        # passing: unknown beats wrong.
        cued = bool(m.role or title_gender(text, m))
        if (
            people - owned_kin == {first}
            and not titles.opposed(m, by_index[first].text)
            # not one the corpus calls by the given name ("Elian"): see below
            and not by_first_name(by_index[first].text)
            and (cued or all(size[first] > size[p] for p in people - {first}))
        ):
            # the others are introduced as someone's relative ("her son, Tariq Kadri", "his
            # father, Rafael Cruz"): a titled surname ("Mr. Cruz"), or one of the person the
            # document names most, is the one named first as no one's. An untitled one
            # beside a relative named as often ("Rosa Delgado and her brother Tomas
            # Delgado") stays open: a relative named in passing is as likely meant
            reason = "surname of the person of that name named first, the others as relatives"
            uf.join(first, i, reason)
            continue
        ranked = sorted(people, key=lambda g: -size[g])
        if by_first_name(by_index[ranked[0]].text):
            # the one named most is one the corpus calls by the given name ("Elian"): the
            # bare surname is as likely a relative's (unknown beats wrong)
            continue
        if (
            ranked[0] in kin_full
            and leader is not None
            and leader_named_beside(leader, ranked[0], people)
        ):
            # a story about a relative of the corpus's leading person of that surname
            # ("Eric Trump, son of the front-runner" seven times, his father twice) writes
            # the relative in full to tell them apart, and its bare surname is as often the
            # famous one's: left to the corpus (:func:`shortnames.link_short_forms`)
            continue
        if size[ranked[0]] >= 3 * size[ranked[1]]:
            uf.join(ranked[0], i, "surname of the person the document names most")
        elif (
            ranked[0] == first
            and size[first] > size[ranked[1]]
            and not (
                leader is not None
                and leader_named_beside(leader, first, people)
                # named in full before this use: "Johnson" after a lede naming only Boris
                # Johnson is the mayor, though the corpus's Johnson comes in at the end
                and any(c[1] < m.start and names_leader(c[2], leader) for c in cands)
                and told is None
                and same_sex(first, people)
            )
        ):
            # two signals agree: the one the document names first in full is also the one
            # it names most ("Keith Lamont Scott" twice, his wife "Rakeyia Scott" once).
            # Not when another is the corpus's leading person of that surname, of the same
            # sex, named before this use, and no pronoun tells them apart: a story about
            # the leader's son ("Eric Trump" thirteen times, his father six) writes the son
            # in full to tell him apart, and its bare "Trump" is the father (left open)
            uf.join(first, i, "surname of the person the document names first and most")
        elif (
            names_leader(first, leader)
            and size[first] >= size[ranked[0]]
            and not (m.role or title_gender(text, m))
        ):
            # three signals agree: the one the corpus names far most by that surname is
            # named first here, and no less often than another ("Jeb Bush" in a campaign
            # story, "George W. Bush" once in a line of history). Not a titled use: "Mr
            # Carver" in a story calling its subject "Carver" marks the other one.
            uf.join(first, i, "surname of the corpus's leading person of that name, named first")
    for group in never_in_full.values():
        _join_one_surname(group, by_index, text, uf)
    # an acronym joins the expansion it spells; "Name (ACR)" too
    # ("DoH" of "Department of Health", "GSK" of "GlaxoSmithKline": :func:`acronym_spellings`)
    expansions: dict[str, int] = {}
    spelled_as: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for i, m in by_pos:
        if m.kind != "acronym" and not _is_person(m) and acronym_letters(m.text) is None:
            for spelled in sorted(acronym_spellings(m.text)):
                expansions.setdefault(spelled, i)
                spelled_as[spelled].add(tuple(words(m.text)))
    introduced = introduced_acronyms(by_pos)
    for i, m in by_pos:
        letters = letters_of(m)
        if letters is not None and letters in ambiguous and i in introduced:
            # the corpus spells out a Committee and a Convention of these letters: a use is
            # the one its document introduced before it (kept from the other documents' uses:
            # :func:`crossdocs.link_across`)
            reason = "acronym of the one name its document spelled out before using it"
            uf.join(introduced[i], i, reason)
            continue
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


def _one_person_each(full: FullNames, by_index: Mapping[int, Mention], uf: Union) -> dict[int, int]:
    """Each full name's first mention -> the first mention of the person it names: two
    names the rules above made one ("Hillary Rodham Clinton" and "Hillary Clinton") are one
    candidate for a bare surname, their uses counted together."""
    first_of: dict[int, int] = {}
    out = {}
    for g in sorted(full.values(), key=lambda g: by_index[g[0]].start):
        out[g[0]] = first_of.setdefault(uf.find(g[0]), g[0])
    return out


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


# How many times more often the corpus names one person of a surname than the next for
# that person to be who a bare surname stands for before a document names its full name.
LEAD = 3


def _join_one_surname(group: list[int], by_index: dict[int, Mention], text: str, uf: Union) -> None:
    """The uses of a surname one document never names in full ("Mr. Okafor said …
    Okafor left"): one person, each use no longer a record of its own. Unless the
    honorifics say two ("Mr. Lee", "Mrs. Lee"): then each honorific's uses are one person,
    and an untitled use, which could be either, is left alone."""
    sexes: dict[int, str | None] = {i: title_gender(text, by_index[i]) for i in group}
    said = set(sexes.values()) - {None}
    for sex in said or {None}:
        same = [i for i in group if sexes[i] == sex or (len(said) < 2 and sexes[i] is None)]
        for i in same[1:]:
            uf.join(same[0], i, "the same surname in the document, named in full nowhere in it")
