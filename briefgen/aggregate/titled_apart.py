"""An honorific the writer gives one person of a surname and not the other: "Mr Jackson's
complaint" in a story that calls the singer "Jackson" throughout is his father's.

A writer keeps one form for one person within a story. A story of a father's lawsuit over
his son's death calls the son, the corpus's subject, by the bare surname ("Jackson's
death", "treating Jackson") and the father, named in full once, "Mr Jackson". When a
document calls a surname bare far more often than with an honorific, and names in full
two people of that surname whom the honorific fits, the bare uses are the corpus's
person of that name (the one it names far most often) and the titled ones the other.
A document that titles the surname as often as not ("Mr. Trump" throughout a New York
Times story) shows no such contrast and is left to the other rules, and so is a document
naming a third person the honorific fits: unknown beats wrong.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from briefgen.aggregate.name_titles import gender_fits, title_gender
from briefgen.aggregate.names import NAMED, name_key, person_words, surname_form
from briefgen.aggregate.shortnames import DOMINANT

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union
    from briefgen.models import Mention

# How many times more often than with an honorific a document must write the bare surname
# for the honorific to mark another person.
CONTRAST = 3
REASON = (
    "honorific and surname in a document writing that surname bare for the person of that "
    "name the corpus names most: the other person of that name it names"
)


def link_titled_apart(mentions: list[Mention], texts: dict[str, str], uf: Union) -> None:
    """Join each honorific + surname the contrast settles (see module) to its person."""
    given: dict[int, str] = {}  # the root of a full name's cluster -> its given name
    people: dict[tuple[str, str], set[int]] = defaultdict(set)  # (doc, surname) -> roots
    # (a mention's words are read only where it names a person)
    for i, m in enumerate(mentions):
        if m.type != "person" or m.kind not in NAMED:
            continue
        ws, suffix = person_words(m.text)
        if len(ws) >= 2 and suffix is None:
            root = uf.find(i)
            given.setdefault(root, ws[0])
            people[(m.doc, surname_form(ws[-1]))].add(root)
    sizes = Counter(uf.find(i) for i in range(len(mentions)))
    # (doc, surname) -> its bare uses: (mention, honorific's gender or None, root)
    uses: dict[tuple[str, str], list[tuple[int, str | None, int]]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.type != "person" or m.kind not in NAMED or m.role:
            continue  # (a title of office, "President Clinton", is no honorific)
        key, suffix = name_key(m.text)
        if len(key) != 1 or suffix:
            continue
        word = surname_form(person_words(m.text)[0][0])
        uses[(m.doc, word)].append((i, title_gender(texts.get(m.doc, ""), m), uf.find(i)))
    for (doc, word), found in uses.items():
        titled = [(i, g, r) for i, g, r in found if g is not None]
        untitled = {r for _, g, r in found if g is None}
        if not titled or len(found) - len(titled) < CONTRAST * len(titled):
            continue
        here = sorted(people.get((doc, word), set()), key=lambda r: (-sizes[r], r))
        if len(here) < 2 or sizes[here[0]] < DOMINANT * sizes[here[1]]:
            continue  # no one the bare surname plainly stands for
        if untitled & set(here[1:]):
            continue  # the document itself gives a bare use to another of that name
        for i, gender, root in titled:
            others = [r for r in here[1:] if gender_fits(given[r], gender)]
            if root not in given and len(others) == 1 and gender_fits(given[here[0]], gender):
                uf.join(others[0], i, REASON)
