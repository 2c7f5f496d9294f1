"""Names the text itself ties together: "X, known as Y", and a surname before a relative."""

from __future__ import annotations

from test_who_is_who import _ex, _holding, _owner_name

from briefgen.aggregate.actors import resolve_actors


def test_a_name_the_text_gives_as_anothers_is_the_same_person() -> None:
    text = (
        'Marek Tolva, 44, known online as "Wrenfire," was sentenced on Friday. '
        "Wrenfire had boasted of the break-in.\n"
    )
    names = {"Marek Tolva": "person", "Wrenfire": "person"}
    actors, _ = resolve_actors([_ex("a", text, names)])
    tolva = _holding(actors, "a", 0)
    assert _holding(actors, "a", text.index("Wrenfire had")).id == tolva.id
    # without the comma setting it off, "known as" is said of something else
    text = "They met in a district of Orlen known as Parkside on Monday.\n"
    actors, _ = resolve_actors([_ex("b", text, {"Orlen": "state", "Parkside": "state"})])
    assert (
        _holding(actors, "b", text.index("Orlen")).id
        != _holding(actors, "b", text.index("Parkside")).id
    )


def test_a_bare_surname_before_a_relative_is_introduced_is_the_one_named_so_far() -> None:
    text = (
        "Marek Tolva was sentenced on Friday. Tolva had pleaded guilty in May. "
        "His wife, Ana Tolva, was in court. Tolva wept.\n"
    )
    names = {"Marek Tolva": "person", "Ana Tolva": "person", "Tolva": "person"}
    actors, _ = resolve_actors([_ex("a", text, names)])
    marek = _holding(actors, "a", 0)
    assert _holding(actors, "a", text.index("Tolva had")).id == marek.id
    # once both are named, a bare surname may be either: it is left open
    assert _owner_name(actors, "a", text.index("Tolva wept")) != marek.name


def test_a_bare_surname_is_not_given_to_a_relative_when_the_corpus_is_about_another() -> None:
    from test_who_is_who import _filler

    # the corpus's subject is Dora Quint; this article names her mother first in full
    text = (
        "Nell Quint is suing the promoter. The promoter argued that Quint was responsible "
        "for her own health. Dora Quint died in June.\n"
    )
    names = {"Nell Quint": "person", "Dora Quint": "person", "Quint": "person"}
    fillers = [_filler(f"f{n}", 3) for n in range(3)]
    actors, _ = resolve_actors([_ex("a", text, names), *fillers])
    nell = _holding(actors, "a", 0)
    assert _owner_name(actors, "a", text.index("Quint was")) != nell.name


def test_a_body_the_text_names_several_ways_is_one_actor() -> None:
    text = (
        "Jets struck the Varn Front group, also known as VRF or the Levant Army, on Monday. "
        "The Levant Army denied losses.\n"
    )
    names = {"Varn Front": "org", "VRF": "org", "Levant Army": "org"}
    actors, _ = resolve_actors([_ex("a", text, names)])
    front = _holding(actors, "a", text.index("Varn Front")).id
    assert _holding(actors, "a", text.index("VRF")).id == front
    assert _holding(actors, "a", text.index("Levant Army denied")).id == front
    # "Y, as X is also known"; "X, which calls itself Y"; "X, or Y,"; "X (Y)"
    for text in (
        "Officials said Qamar, as the Varn Front is also known, had retreated.\n",
        "The Varn Front, which calls itself Qamar, said it had retreated.\n",
        "The Varn Front, or Qamar, said it had retreated.\n",
        "The Varn Front (Qamar) said it had retreated.\n",
    ):
        names = {"Varn Front": "org", "Qamar": "org"}
        actors, _ = resolve_actors([_ex("b", text, names)])
        assert (
            _holding(actors, "b", text.index("Varn Front")).id
            == _holding(actors, "b", text.index("Qamar")).id
        ), text


def test_names_side_by_side_or_alternatives_are_no_evidence() -> None:
    for text in (
        # two bodies used in one sentence: no construction says they are one
        "The Varn Front and Qamar said they had retreated.\n",
        # said of people, a bracket or an "or" does not rename them
        "Rep. Jon Tarsk (Lena Orvo) said he would run.\n",
        "Jon Tarsk, or Lena Orvo, will run for the seat.\n",
        # a body beside the place it is in
        "The Health Ministry (Orlen) said it had acted.\n",
    ):
        names = {
            "Varn Front": "org",
            "Qamar": "org",
            "Jon Tarsk": "person",
            "Lena Orvo": "person",
            "Health Ministry": "org",
            "Orlen": "state",
        }
        present = [n for n in names if n in text]
        actors, _ = resolve_actors([_ex("c", text, {n: names[n] for n in present})])
        first, second = (text.index(n) for n in present)
        assert _holding(actors, "c", first).id != _holding(actors, "c", second).id, text


def test_other_names_given_together_are_one_body_even_without_the_first_name() -> None:
    # the name the other names are given for was not read as a mention
    text = "Jets struck the varn front, also known as VRF or Qamar, on Monday. Qamar fled.\n"
    actors, _ = resolve_actors([_ex("a", text, {"VRF": "org", "Qamar": "org"})])
    assert (
        _holding(actors, "a", text.index("VRF")).id
        == _holding(actors, "a", text.index("Qamar fled")).id
    )
