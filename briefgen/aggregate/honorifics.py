"""An honorific and surname ("Mrs Jackson") its document left open, read as the corpus reads it.

A story naming a family may leave "Mrs Jackson" open: it names the mother and two sisters
in full about equally, or names the mother only by her given name ("the singer's mother
Katherine"). The other stories of the corpus settle the same honorific and surname, each
from its own text; when they give it to one person, in far more documents than anyone
else, and the open story mentions that person's given name, the open "Mrs Jackson" is that
person too. The honorific must be the same: a "Mr Jackson" settled as the singer says
nothing of a "Mrs Jackson", nor does a "Ms Jackson" settled as a sister. A story that
never mentions the given name leaves it open.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from briefgen.aggregate.name_titles import honorific
from briefgen.aggregate.names import NAMED, name_key, person_words, surname_form
from briefgen.aggregate.shortnames import DOMINANT

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union
    from briefgen.models import Mention

# Documents the corpus must settle the title and surname in, for one person, before an open
# one follows them (and ``DOMINANT`` times more than for anyone else).
MIN_DOCUMENTS = 1
REASON = "title and surname the corpus's other documents give one person, named here too"


def link_titled_surnames(mentions: list[Mention], texts: dict[str, str], uf: Union) -> None:
    """Join each open honorific + surname to the one person the corpus settles it as."""
    given_of: dict[int, str] = {}
    for i, m in enumerate(mentions):
        if m.type == "person" and m.kind in NAMED and len(name_key(m.text)[0]) >= 2:
            # every word before the surname: "La Toya", not "La"
            given_of.setdefault(uf.find(i), " ".join(person_words(m.text)[0][:-1]))
    # (honorific, surname) -> person (root) -> documents settling it as that person
    settled: dict[tuple[str, str], dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    open_: list[tuple[int, tuple[str, str]]] = []
    for i, m in enumerate(mentions):
        key, suffix = name_key(m.text)
        if m.type != "person" or m.kind not in NAMED or len(key) != 1 or suffix:
            continue
        # the honorific itself: a "Ms Jackson" settled as a sister says nothing of a
        # "Mrs Jackson", though both are a woman's
        title = honorific(texts.get(m.doc, ""), m)
        if title is None:
            continue
        form = (title, surname_form(person_words(m.text)[0][0]))
        root = uf.find(i)
        if root in given_of:
            settled[form][root].add(m.doc)
        else:
            open_.append((i, form))
    for i, form in open_:
        ranked = sorted(settled.get(form, {}).items(), key=lambda kv: (-len(kv[1]), kv[0]))
        if not ranked or len(ranked[0][1]) < MIN_DOCUMENTS:
            continue
        if len(ranked) > 1 and len(ranked[0][1]) < DOMINANT * len(ranked[1][1]):
            continue
        top, docs = ranked[0]
        m = mentions[i]
        if m.doc in docs:
            continue  # its own document settled that title otherwise elsewhere in it
        # the given name written as a name (capitalised), not a word that spells it
        found = re.finditer(rf"\b{re.escape(given_of[top])}\b", texts.get(m.doc, ""), re.I)
        if any(f.group(0)[:1].isupper() for f in found):
            uf.join(top, i, REASON)
