"""Whether a name is a country's or a state's or province's (ISO 3166, from pycountry)."""

from __future__ import annotations

from functools import cache

__all__ = ["country_name", "region_name"]


@cache
def _countries() -> frozenset[str]:
    import pycountry

    names = set()
    for c in pycountry.countries:
        for form in (c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")):
            names.add(form.split(",")[0].casefold())
    return frozenset(names)


def region_name(text: str) -> bool:
    """A state's or province's name in ISO 3166-2 ("Iowa", "Ontario", "Bavaria")."""
    return text.casefold() in _regions()


@cache
def _regions() -> frozenset[str]:
    import pycountry

    return frozenset(
        s.name.casefold()
        for s in pycountry.subdivisions
        if s.parent_code is None and s.type in ("State", "Province")
    )


# A compass word abbreviated before a country's name, as headlines write it ("N. Korea",
# "S. Sudan").
_COMPASS = {"n.": "north", "s.": "south", "e.": "east", "w.": "west"}


def country_name(text: str) -> bool:
    """A country's name: a given name at its head ("Sierra Leone") does not make it a person;
    a headline's abbreviated compass word ("N. Korea") is the country's too."""
    folded = text.casefold()
    head, _, rest = folded.partition(" ")
    if head in _COMPASS and rest:
        folded = f"{_COMPASS[head]} {rest}"
    return folded in _countries()
