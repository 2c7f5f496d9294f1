"""Name spans that name no actor as read, corrected before mentions are merged.

Two shapes the recogniser reads as one name, judged with the corpus in view:

- A score after a person's name: poll and delegate tables ("Trump 34 percent", "Rubio
  151, and Kasich 37") give "Kasich 37" as an organisation. A number after a name the
  corpus uses for a person, followed by a unit of a share ("percent", "%", "points") or
  larger than the size of any band or team named by it ("the Jackson 5" stays), is a
  count beside the person, not a body's name: the mention is dropped.
- A possessive run into the next name: "Commentary's Noah Rothman" (the outlet's
  columnist), "Donald Trump's America", "Trump's Indiana". What follows the possessive is
  what is named: a person's name is kept as that person's mention; a state's name after a
  person's is a phrase about the person ("in Donald Trump's America"), not the state acting,
  and the mention is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from briefgen.aggregate.countries import state_name
from briefgen.aggregate.names import NAMED, words
from briefgen.extract.namefit import person_shaped
from briefgen.models import Mention

_SCORE = re.compile(r"^(?P<name>.+?)\s+(?P<n>\d{1,3})$")
_SHARE_AFTER = re.compile(r"^\s*(?:%|percent\b|per cent\b|pc\b|points?\b)", re.IGNORECASE)
# A band or team named by its members' number ("the Jackson 5", "Maroon 5"): a handful.
_LARGEST_BAND = 10
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<rest>[A-Z].*)$")


def corrected_spans(
    mentions: Iterable[Mention], texts: dict[str, str]
) -> tuple[list[Mention], dict[tuple[str, int, int], tuple[str, int, int]]]:
    """The mentions without scores and possessive phrases, with the person's name after a
    possessive cut out of it; and for each cut span, (doc, start, end) -> its new span."""
    ms = list(mentions)
    people = {" ".join(words(m.text)) for m in ms if m.type == "person" and m.kind in NAMED}
    # a person's surname stands for them in a table: the last word of each full name too
    people |= {name.split()[-1] for name in people if " " in name}
    out: list[Mention] = []
    moved: dict[tuple[str, int, int], tuple[str, int, int]] = {}
    for m in ms:
        if m.kind not in NAMED:
            out.append(m)
            continue
        text = texts.get(m.doc, "")
        if _score(m, text, people):
            continue
        owned = _POSSESSIVE.match(m.text)
        if owned is None:
            out.append(m)
            continue
        rest = owned.group("rest")
        if person_shaped(rest):
            start = m.end - len(rest)
            moved[(m.doc, m.start, m.end)] = (m.doc, start, m.end)
            out.append(replace(m, start=start, text=rest, type="person", kind="name"))
        elif state_name(rest) and " ".join(words(owned.group("owner"))) in people:
            continue
        else:
            out.append(m)
    return out, moved


def _score(m: Mention, text: str, people: set[str]) -> bool:
    """ "Kasich 37", "Clinton 50" (%): a person's name and a count beside it."""
    found = _SCORE.match(m.text)
    if found is None or " ".join(words(found.group("name"))) not in people:
        return False
    share = bool(_SHARE_AFTER.match(text[m.end : m.end + 10]))
    return share or int(found.group("n")) > _LARGEST_BAND
