"""Records that name a product, not an actor: a drug, a device, a brand.

The recogniser labels a trade name an organisation or a person ("Demerol", "Diprivan"),
and nothing in the votes says otherwise. The texts do: English introduces a product by
what kind of thing it is, in apposition after it ("Demerol, a painkiller also known as
pethidine", "X, an antiviral drug") or before it ("the sedative X", "sold under the brand
name X"). A record so introduced, with no person's cue anywhere (an honorific, a role, "he
said"), is no one who acts in the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from briefgen.aggregate.names import NAMED
from briefgen.aggregate.typecues import person_cue
from briefgen.models import Mention

# Nouns of things that are made and sold, not of bodies that act.
_THINGS = (
    r"(?:drugs?|painkillers?|sedatives?|anaesthetics?|anesthetics?|medicines?|medications?|"
    r"antivirals?|vaccines?|tranquill?[iy]zers?|antibiotics?|opiates?|opioids?|steroids?|"
    r"pills?|tablets?|treatments?|brands?|products?|devices?)"
)
# "X, a painkiller", "X, a powerful anaesthetic", "X, the antiviral drug".
_THING_AFTER = re.compile(
    rf"^,\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){{0,3}}{_THINGS}\b", re.IGNORECASE
)
# "the sedative X", "under the brand name X", "the drug X".
_THING_BEFORE = re.compile(
    rf"\b(?:the|an?)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_THINGS}|(?:brand|trade)\s+names?)\s+$"
)
_WINDOW = 60
_THING_ROLE = re.compile(rf"\b(?:{_THINGS}|names?)$", re.IGNORECASE)


def product_record(ms: Iterable[Mention], texts: Mapping[str, str]) -> bool:
    """Whether the text introduces the record's name as a product and never as a person."""
    named = [m for m in ms if m.kind in NAMED]
    introduced = False
    for m in named:
        text = texts.get(m.doc, "")
        before, after = text[max(0, m.start - _WINDOW) : m.start], text[m.end : m.end + _WINDOW]
        # ("under the trade name Diprivan Jackson's doctor": the name run into the next
        # sentence's, given the thing's noun as its role)
        thing_role = bool(m.role and _THING_ROLE.search(m.role))
        if person_cue(replace(m, role=None) if thing_role else m, before, after):
            return False
        if _THING_AFTER.match(after) or _THING_BEFORE.search(before):
            introduced = True
    return introduced
