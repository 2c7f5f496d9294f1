"""Names of one country: "United States", "United States of America", "America".

ISO 3166 (``pycountry``) gives each country its short, official and common names; the
place an official name ends with after "of" ("United States of *America*", "Republic of
*Korea*") is one more, unless two countries' names end so ("Korea", "Congo"): a name that
could be either is left alone.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING

from briefgen.aggregate.names import words

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
