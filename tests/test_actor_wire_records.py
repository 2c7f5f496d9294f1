"""Who is who in wire, broadcast and markets copy: a correspondent is no actor, one person's
records across agencies, a place written with hyphens, instruments and markets named after
a body or a city, a unit with a name of its own, a titled surname in every bulletin."""

from __future__ import annotations

from test_who_is_who import _ex, _holding

from briefgen.aggregate.actors import profile_order, resolve_actors
from briefgen.models import Actor, Mention, Role


def _names(*extractions) -> set[str]:
    actors, _ = resolve_actors(list(extractions))
    return {a.name for a in actors}


def test_a_broadcast_correspondent_handed_to_or_signing_off_is_no_actor() -> None:
    people = {n: "person" for n in ("Ann Holt", "Tom Reed", "Cy Hoe", "Ed Vane", "Lu Pak")}
    handed = (
        "The talks in Marlow stalled, Ann Holt said. Tom Reed has that.\n\n"
        "Delegates left early on Monday. Tom Reed, WXN, the state department.\n"
    )
    signed = (
        "Evening news, I'm Cy Hoe. Ann Holt met the envoy. The Report's Ed Vane reports "
        "from Penbury.\n\nThe envoy left. For The Report, I'm Ed Vane in Penbury.\n"
    )
    # a caption's person beside a title, a person met, stay actors
    caption = "Lu Pak, Mayor, at the fair.\nLu Pak opened the fair on Monday.\n"
    names = _names(_ex("a", handed, people), _ex("b", signed, people), _ex("c", caption, people))
    assert not names & {"Tom Reed", "Cy Hoe", "Ed Vane"}
    assert {"Ann Holt", "Lu Pak"} <= names


def test_a_short_given_name_and_a_role_written_otherwise_are_one_person() -> None:
    people = {"Gregory Reed": "person", "Greg Reed": "person"}
    one = _ex(
        "a",
        "Gregory Reed, attorney for the father, spoke.\n",
        people,
        roles={"Gregory Reed": "attorney for the father"},
    )
    two = _ex(
        "b",
        "The father's lawyer, Greg Reed, asked for a visa.\n",
        people,
        roles={"Greg Reed": "The father's lawyer"},
    )
    actors, _ = resolve_actors([one, two])
    assert _holding(actors, "a", 0).id == _holding(actors, "b", two.document.text.index("Greg")).id
    # roles with nothing in common keep a diminutive apart
    three = _ex("c", "Greg Reed, a farmer, sold the land.\n", people, roles={"Greg Reed": "farmer"})
    actors, _ = resolve_actors([one, three])
    assert _holding(actors, "a", 0).id != _holding(actors, "c", 0).id


def test_a_place_written_with_hyphens_is_the_place_written_with_spaces() -> None:
    places = {"Port au Marlow": "state", "Port-au-Marlow": "state"}
    actors, _ = resolve_actors(
        [
            _ex("a", "A bomb hit Port au Marlow on Friday.\n", places),
            _ex("b", "Police in Port-au-Marlow arrested two men.\n", places),
        ]
    )
    assert len({a.id for a in actors}) == 1


def test_bonds_an_index_and_a_citys_market_are_no_actor() -> None:
    names = {"Treasury": "org", "Holt Jones": "org", "Marlow": "state", "Ruritania": "state"}
    wrap = (
        "Long-term Treasury bonds ended higher. The Holt Jones industrials fell 12 points. "
        "Holt Jones futures index rose. In Marlow, stocks closed lower. Marlow shares fell.\n"
    )
    firm = "Holt Jones said it extended its offer. Holt Jones shares fell 50 cents.\n"
    state = (
        "Ruritania said Marlow, its capital, would host the talks. Ruritania shares the "
        "same enemies. Marlow prices its bonds.\n"
    )
    actors, _ = resolve_actors(
        [_ex("a", wrap, names), _ex("b", firm, names), _ex("c", state, names)]
    )
    assert "Treasury" not in {a.name for a in actors}
    holt = _holding(actors, "b", 0)
    assert {m.doc for m in holt.mentions} == {"b"} and len(holt.mentions) == 2
    # the capital named as a place of the story is still named
    assert len([m for a in actors for m in a.mentions if m.doc == "c"]) == 4
    assert not any(m.doc == "a" and m.text == "Marlow" for a in actors for m in a.mentions)


def test_a_unit_with_a_name_of_its_own_stays_apart_from_its_parent() -> None:
    names = {
        "HRC": "org",
        "HRC Penbury Electronics": "org",
        "Penbury Aircraft Co": "org",
        "Penbury": "org",
        "HRC News": "org",
        "News Corp": "org",
        "Proms": "org",
        "HRC Proms": "org",
    }
    text = (
        "HRC closed lower. HRC Penbury Electronics said its net fell. Penbury Aircraft Co "
        "makes radar; Penbury cut jobs. HRC News reported it, as News Corp did. The Proms "
        "opened. HRC Proms tickets sold out.\n"
    )
    actors, _ = resolve_actors([_ex("a", text, names)])
    parent = _holding(actors, "a", 0)
    assert _holding(actors, "a", text.index("HRC Penbury")).id != parent.id
    # a service or an event of the body is the body
    assert _holding(actors, "a", text.index("HRC News")).id == parent.id
    assert _holding(actors, "a", text.index("HRC Proms")).id == parent.id


def test_a_surname_given_one_title_in_several_bulletins_is_profiled() -> None:
    def person(aid: str, name: str, sources: tuple[str, ...], n: int, title: str = "") -> Actor:
        ms = tuple(Mention(sources[i % len(sources)], i, i + 1, name) for i in range(n))
        roles = tuple(Role(s, title) for s in sources) if title else ()
        return Actor(id=aid, name=name, type="person", mentions=ms, sources=sources, roles=roles)

    titled = person("p", "Reed", ("s1", "s2"), 6, "President")
    untitled = person("u", "Holt", ("s1", "s2"), 6)
    aide = person("a", "Cy Hoe", ("s1",), 2)
    ranked = profile_order([untitled, aide, titled], [], [])
    assert [a.id for a in ranked] == ["p", "a", "u"]


def test_a_word_of_an_offices_title_is_no_body() -> None:
    names = {
        "Trade": "org",
        "Defense": "org",
        "Tom Reed": "person",
        "Ann Holt": "person",
        "UN": "org",
        "Penbury Council": "org",
    }
    text = (
        "Trade Minister Tom Reed met Secretary of Defense Ann Holt. UN Secretary General "
        "Tom Reed spoke. Penbury Council Secretary Ann Holt wrote.\n"
    )
    names_found = _names(_ex("a", text, names))
    assert not names_found & {"Trade", "Defense"}
    assert {"UN", "Penbury Council", "Tom Reed", "Ann Holt"} <= names_found


def test_one_states_embassies_in_two_places_are_told_apart_by_the_place() -> None:
    names = {"Ruritanian Embassy": "org", "Marlow": "state", "Penbury": "state"}
    texts = (
        "A bomb hit the Ruritanian Embassy in Marlow on Friday. The Ruritanian Embassy "
        "was closed.\n",
        "The Ruritanian Embassy in Penbury had no comment.\n",
    )
    actors, _ = resolve_actors([_ex(f"d{n}", t, names) for n, t in enumerate(texts)])
    assert {"Ruritanian Embassy in Marlow", "Ruritanian Embassy in Penbury"} <= {
        a.name for a in actors
    }
