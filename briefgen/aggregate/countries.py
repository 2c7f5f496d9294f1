"""Names of one country: "United States", "United States of America", "America".

ISO 3166 (``pycountry``) gives each country its short, official and common names; the
place an official name ends with after "of" ("United States of *America*", "Republic of
*Korea*") is one more, unless two countries' names end so ("Korea", "Congo"): a name that
could be either is left alone. A state's name before an organisation's ("US Centres for
Disease Control") tells whose organisation it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING

from briefgen.aggregate.names import words
from briefgen.extract.actors import plain

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union
    from briefgen.models import Mention


# What an official name calls the state before "of": "Republic of", "United States of".
STATE_WORDS = frozenset(
    {
        "republic", "kingdom", "states", "state", "commonwealth", "federation", "principality",
        "union", "emirates", "sultanate", "duchy", "confederation", "emirate",
    }
)  # fmt: skip


@cache
def country_codes() -> dict[str, str]:
    """Folded country name -> ISO 3166 alpha-3 code, only for names of one country."""
    import pycountry

    names: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        official = getattr(country, "official_name", "")
        forms = [country.name, official, getattr(country, "common_name", "")]
        head, _, place = official.rpartition(" of ")
        if head and words(head)[-1] in STATE_WORDS:  # not "Virgin Islands of the United States"
            forms.append(place)
        for form in forms:
            # "Bolivia, Plurinational State of": the name before the comma
            key = " ".join(words(form.split(",")[0]))
            if key:
                names[key].add(country.alpha_3)
    return {key: next(iter(codes)) for key, codes in names.items() if len(codes) == 1}


def mostly_state(mentions: list[Mention], group: list[int]) -> bool:
    """Whether the recogniser read most mentions of one name as a state: a name's first
    mention alone may be voted an organisation ("the "United States is not just …")."""
    return 2 * sum(1 for i in group if mentions[i].type == "state") > len(group)


def link_countries(
    mentions: list[Mention], other: dict[tuple[str, ...], list[int]], uf: Union
) -> None:
    """States named by different names of one country join ("America", "United States")."""
    codes = country_codes()
    first: dict[str, int] = {}
    for _, group in sorted(other.items()):
        if not mostly_state(mentions, group):
            continue
        code = codes.get(" ".join(words(mentions[group[0]].text)))
        if code is None:
            continue
        if code in first:
            uf.join(first[code], group[0], "another name of the same country (ISO 3166)")
        else:
            first[code] = group[0]


def demonym_states(word: str) -> list[str]:
    """Country names a demonym may come from: russians -> russia, chinese -> china."""
    w = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    out = []
    if w.endswith("ese"):
        out.append(w[:-3] + "a")
    if w.endswith("an"):
        out += [w[:-1], w[:-2] + "a", w[:-2]]
    if w.endswith("n"):
        out.append(w[:-1])
    out += [w + "istan", w + "stan", w]
    return out


_THE = re.compile(r"^(?i:the)\s+")
_DEMONYM_SHAPE = re.compile(r"^[A-Z][a-z]+(?:ish|an|ese)$")


def _state_word(word: str) -> bool:
    """A word naming a state before an organisation's name: the country ("Mexico"), its ISO
    code as written ("US", "U.S."), or a demonym ("American", "British", "Chinese")."""
    import pycountry

    folded = " ".join(words(word))
    codes = country_codes()
    if folded in codes or any(s in codes for s in demonym_states(folded)):
        return True
    letters = word.replace(".", "")
    if letters.isupper() and len(letters) == 2:
        return pycountry.countries.get(alpha_2=letters) is not None
    if letters.isupper() and len(letters) == 3:
        return pycountry.countries.get(alpha_3=letters) is not None
    return bool(_DEMONYM_SHAPE.match(word))


def link_state_prefixed(
    mentions: list[Mention], other: dict[tuple[str, ...], list[int]], uf: Union
) -> None:
    """ "US Centres for Disease Control" joins "Centres for Disease Control", "British
    Foreign Office" joins "Foreign Office": a state's name before an organisation's name of
    two words or more tells whose it is, it makes no other organisation. Not when the
    corpus puts several states' names before it (two countries' foreign offices)."""
    from briefgen.aggregate.names import org_key

    prefixed: dict[tuple[str, ...], dict[str, int]] = defaultdict(dict)
    for g in other.values():
        m = mentions[g[0]]
        first, _, rest = _THE.sub("", plain(m.text)).partition(" ")
        key = org_key(rest)
        if m.type != "org" or len(key) < 2 or key not in other or not _state_word(first):
            continue
        if mentions[other[key][0]].type == "org":
            prefixed[key].setdefault(" ".join(words(first)), g[0])
    for key, by_state in prefixed.items():
        if len(by_state) == 1:
            uf.join(other[key][0], next(iter(by_state.values())), "name with its state before it")
