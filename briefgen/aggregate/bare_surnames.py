"""Which full name of one document a bare surname stands for (``linking.link_within``).

A bare surname joins the full name it ends: the one person of that name the document
names, else the one named before it, or first and most, or the corpus's leading person of
that name named first; a title, a pronoun's gender, an office, a relative's introduction
and the corpus's habits (``leaders``, ``first_named``, ``corpus_usage``) rule candidates
out, and a surname several people may be is left open (unknown beats wrong). The uses of
a surname the document never names in full are one person.
"""

from __future__ import annotations

from collections import ChainMap, Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from briefgen.aggregate.headlines import named_in_furniture
from briefgen.aggregate.kin_by_given import KinByGivenName
from briefgen.aggregate.kintitles import SurnameTitles, owned_relative
from briefgen.aggregate.middlenames import FullNames
from briefgen.aggregate.name_titles import gender_fits, title_fits, title_gender, title_usage
from briefgen.aggregate.names import (
    NAMED,
    name_key,
    person_words,
    surname_form,
    titled_given_name,
    words,
)
from briefgen.aggregate.offices import Holders, may_hold
from briefgen.aggregate.refused_surnames import refused_by_titles
from briefgen.aggregate.relatives import relation_word
from briefgen.aggregate.told_gender import person_genders, told_gender
from briefgen.extract.actor_words import GIVEN_NAME_TITLES
from briefgen.extract.antecedents import name_gender
from briefgen.models import Mention

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union


def _after_given_name_title(text: str, m: Mention) -> bool:
    """Whether a one-word name comes right after a title written before given names ("King
    Hussein's brother", its title read as the mention's role): no surname, a given name."""
    role = words(m.role or "")
    before = words(text[max(0, m.start - 12) : m.start])
    return bool(role and role[-1] in GIVEN_NAME_TITLES) or bool(
        before and before[-1] in GIVEN_NAME_TITLES and text[m.start - 1 : m.start] == " "
    )


def link_bare_surnames(
    by_pos: list[tuple[int, Mention]],
    by_index: dict[int, Mention],
    full: FullNames,
    text: str,
    uf: Union,
    corpus_usage: dict[str, str] | None,
    first_named: frozenset[tuple[str, str]],
    offices: Holders | None,
    leaders: Mapping[str, tuple[str, ...]] | None,
    furniture: Sequence[tuple[int, int]],
    *,
    famous: Mapping[str, tuple[str, ...]] | None = None,
) -> None:
    """Join each bare surname of one document (``by_pos``: its mentions in text order,
    ``by_index`` by index) to the person it stands for among its full names (``full``),
    or leave it open; ``link_within`` gives the corpus's evidence its docstring names."""

    def by_first_name(name: str) -> bool:
        ws = person_words(name)[0]
        return len(ws) >= 2 and (ws[0], surname_form(ws[-1])) in first_named

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
        if m.type == "person" and m.kind in NAMED and len(words(m.text)) == 1
    }
    by_given = {
        whole[g[0]] for g in full.values() if person_words(by_index[g[0]].text)[0][0] in alone
    }
    # the document's own usage before the corpus's, read through: the corpus's table is
    # not copied for each document
    usage = ChainMap(title_usage(text, (m for _, m in by_pos)), corpus_usage or {})
    refused = refused_by_titles(by_pos, by_index, full, whole, fulls, size, text, usage)
    persons = person_genders(text, (m for _, m in by_pos))
    # people the document calls by the given name alone as someone's relative
    kin_by_given = KinByGivenName(by_pos, by_index, full, text)

    def relatives_by_given(word: str, at: int) -> set[int]:
        return {
            c[2]
            for c in fulls.get(word, [])
            if kin_by_given.introduced(tuple(person_words(by_index[c[2]].text)[0]), at)
        }

    def leader_by_given(word: str, leader: tuple[str, ...] | None, at: int) -> bool:
        # the corpus's leading person of that surname is introduced here as a relative
        # called by the given name: the bare surname is no longer likely theirs
        return leader is not None and kin_by_given.introduced(leader, at)

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

    # where the document first calls anyone by each bare surname
    first_bare: dict[str, int] = {}
    for _, m in by_pos:
        if m.type == "person" and m.kind in NAMED and len(name_key(m.text)[0]) == 1:
            first_bare.setdefault(surname_form(person_words(m.text)[0][0]), m.start)

    def _named_in_passing(
        person: int, word: str, leader: tuple[str, ...] | None, m: Mention
    ) -> bool:
        # the one person of the surname the document names in full is named once, after
        # its first bare use, and the corpus names another far more often by that surname
        named_at = min(c[1] for c in fulls[word] if c[2] == person)
        return (
            leader is not None
            and not names_leader(person, leader)
            and size[person] == 1
            and first_bare.get(word, named_at) < named_at
        )

    # a surname the document never names in full: its uses are one person's
    never_in_full: dict[str, list[int]] = defaultdict(list)
    for i, m in by_pos:
        if m.type != "person" or m.kind not in NAMED:
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
            if _named_in_passing(
                person := cands[0][2], word, (leaders or {}).get(word), m
            ) and not (m.role or title_gender(text, m)):
                # "Clinton" six times, then "by Al Gore and Bill Clinton" once: the story
                # called someone by the bare surname before naming a namesake once in
                # passing, and that someone is the corpus's leading person of the name
                # (joined there: :func:`shortnames.link_short_forms`)
                continue
            uf.join(person, i, "surname of a full name in the document")
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
        # the famous one of the surname: the corpus's leader, else (a week's corpus, where
        # one long story about a relative outnumbers the leader's full names) the one named
        # in full in far the most documents
        known = leader or (famous or {}).get(word)
        if (
            ranked[0] in kin_full
            and known is not None
            and leader_named_beside(known, ranked[0], people)
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


def _one_person_each(full: FullNames, by_index: Mapping[int, Mention], uf: Union) -> dict[int, int]:
    """Each full name's first mention -> the first mention of the person it names: two
    names the rules above made one ("Hillary Rodham Clinton" and "Hillary Clinton") are one
    candidate for a bare surname, their uses counted together."""
    first_of: dict[int, int] = {}
    out = {}
    for g in sorted(full.values(), key=lambda g: by_index[g[0]].start):
        out[g[0]] = first_of.setdefault(uf.find(g[0]), g[0])
    return out


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
