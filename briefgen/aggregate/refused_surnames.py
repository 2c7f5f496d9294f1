"""Whom a document's titled bare surnames refuse: a person it names in full whom its uses
of that surname with a title or a role mostly do not fit ("Mr. Obama" fifteen times beside
a "Michelle Obama" named once) is not the one it calls by that surname.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from briefgen.aggregate.middlenames import FullNames
from briefgen.aggregate.name_titles import title_fits, title_gender
from briefgen.aggregate.names import NAMED, name_key, person_words, role_words, surname_form
from briefgen.models import Mention


def refused_by_titles(
    by_pos: list[tuple[int, Mention]],
    by_index: Mapping[int, Mention],
    full: FullNames,
    whole: Mapping[int, int],
    fulls: Mapping[str, list[tuple[bool, int, int]]],
    size: Counter[int],
    text: str,
    usage: Mapping[str, str],
) -> set[int]:
    """The people (``whole``'s first mentions) the document's titled or described bare
    surnames mostly refuse, and more often than it names them in full (``size``); ``fulls``
    holds the candidates of each surname, ``usage`` the title the document or the corpus
    gives each bare surname throughout."""
    full_roles: dict[int, set[str]] = defaultdict(set)
    for g in full.values():
        full_roles[whole[g[0]]] |= role_words(by_index[j] for j in g)

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
        if m.type != "person" or m.kind not in NAMED or len(key) != 1 or suffix:
            continue
        if m.role or title_gender(text, m) is not None:
            # once per person of that surname, not once per time the document names them
            # in full: two "Secretary Clinton"s are two uses, whoever is named in full more
            for person in {c[2] for c in fulls.get(surname_form(person_words(m.text)[0][0]), [])}:
                said[(person, fits(m, person))] += 1
    # (and more often than the document names that person in full: one "Ms Jackson" does not
    # make the singer it names five times in full someone else)
    refused = {p for (p, ok), n in said.items() if not ok and n > said[(p, True)] and n > size[p]}
    return refused
