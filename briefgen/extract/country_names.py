"""Whether a name is a country's or a state's or province's (ISO 3166, from pycountry)."""

from __future__ import annotations

import json
from functools import cache
from typing import NamedTuple

__all__ = ["country_name", "region_name", "subdivisions"]


class Subdivision(NamedTuple):
    """One of ISO 3166-2's subdivisions, as pycountry ships it: "GB-DOR", "Dorset"."""

    code: str
    name: str
    type: str
    parent: str | None  # the code of the subdivision it lies in, if any


@cache
def subdivisions() -> tuple[Subdivision, ...]:
    """ISO 3166-2's subdivisions, in pycountry's file's order, read from its records.

    A build asks them in each extraction worker (``region_name``) and again in aggregation
    (counties, a country's own parts): pycountry's own objects and indexes cost 0.04 CPU s
    to build, and each process built them. Read from the file's records they cost a fifth
    of that, and ``extract.pool.warm`` reads them once, before the workers fork."""
    import pycountry

    try:
        with open(pycountry.subdivisions.filename, encoding="utf-8") as f:
            records = json.load(f)[pycountry.subdivisions.root_key]
        return tuple(Subdivision(r["code"], r["name"], r["type"], r.get("parent")) for r in records)
    except (OSError, ValueError, KeyError, TypeError):  # a file laid out otherwise
        return tuple(
            Subdivision(s.code, s.name, s.type, s.parent_code) for s in pycountry.subdivisions
        )


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
    return frozenset(
        s.name.casefold()
        for s in subdivisions()
        if s.parent is None and s.type in ("State", "Province")
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
