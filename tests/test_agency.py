"""Who acts in a sentence and who is only its setting, and whom that puts in the profiles."""

from __future__ import annotations

import re

from briefgen.aggregate.actors import profile_order
from briefgen.aggregate.agency import acting_sources, is_setting
from briefgen.models import Actor, Event, EventMention, Evidence, Mention, Position, Timex


def _mention(doc: str, text: str, name: str, nth: int = 0) -> Mention:
    hit = list(re.finditer(re.escape(name), text))[nth]
    return Mention(doc, hit.start(), hit.end(), name)


def test_a_place_a_medium_a_dateline_or_a_possessor_is_a_setting_a_subject_is_not():
    text = (
        "KELSO — The rally was held in Ostreland. Quint told NTV he would run.\n"
        "NTV's Ada Lane asked him. NTV fired its chairman on Monday."
    )

    def setting(name: str, nth: int = 0) -> bool:
        return is_setting(_mention("d", text, name, nth), text)

    assert setting("KELSO")  # the dateline
    assert setting("Ostreland")  # where it happened
    assert setting("NTV")  # "told NTV": the medium
    assert setting("NTV", 1)  # "NTV's Ada Lane"
    assert not setting("NTV", 2)  # the network the story is about acts
    assert not setting("Quint")


def test_an_office_named_as_the_prize_of_a_contest_is_a_setting_the_office_acting_is_not():
    text = (
        "Quint ended his bid for the Crown Office on Friday. Lane says she will win the "
        "Crown Office. Her Crown Office run began in May. The Crown Office said it would wait."
    )

    def setting(nth: int) -> bool:
        return is_setting(_mention("d", text, "Crown Office", nth), text)

    assert setting(0) and setting(1) and setting(2)
    assert not setting(3)


def _event(doc: str, text: str, verb: str, value: str) -> Event:
    start = text.index(verb)
    sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    sentence = text[sentence_start : text.index(".", start) + 1]
    timex = Timex(0, 0, "", "DATE", value)
    ev = Evidence(doc, start, start + len(verb), verb, sentence, sentence_start)
    em = EventMention(f"{doc}{start}", doc, value, timex, verb, ev, predicate=(start, start + 4))
    return Event(f"e{doc}{start}", value, verb, (em,), (doc,))


def _actor(aid: str, name: str, typ: str, texts: dict[str, str]) -> Actor:
    ms = tuple(
        Mention(doc, hit.start(), hit.end(), name, "name", typ)  # type: ignore[arg-type]
        for doc, text in texts.items()
        for hit in re.finditer(name, text)
    )
    return Actor(aid, name, typ, mentions=ms, sources=tuple(sorted({m.doc for m in ms})))  # type: ignore[arg-type]


def test_the_subject_of_a_dated_verb_acts_not_a_place_or_possessor_before_it():
    texts = {
        "a": "Lee Pike toured the plant on Monday.",
        "b": "In Ostreland, workers struck on Monday.",
        "c": "Ostreland's miners marched on Friday.",
    }
    events = [
        _event("a", texts["a"], "toured", "2016-07-04"),
        _event("b", texts["b"], "struck", "2016-07-04"),
        _event("c", texts["c"], "marched", "2016-07-08"),
    ]
    pike = _actor("pike", "Lee Pike", "person", texts)
    state = _actor("os", "Ostreland", "state", texts)
    acts = acting_sources([pike, state], events, [], texts)
    assert acts["pike"] == {"a"}
    assert "os" not in acts  # "In Ostreland, workers …", "Ostreland's miners …"


def test_a_running_mate_who_acts_is_profiled_before_the_country_named_as_the_setting():
    # the country speaks in three articles and is named in seven more as where the campaign
    # happens; the running mate is named in four and is the subject of their events
    texts = {f"s{i}": f"Ostreland said on Monday {i} that talks would go on." for i in range(3)}
    texts |= {f"p{i}": f"The campaign went on in Ostreland on Monday {i}." for i in range(3)}
    texts |= {f"m{i}": f"In Ostreland, Lee Pike addressed a rally on Monday {i}." for i in range(4)}
    events = [_event(d, t, "addressed", "2016-07-04") for d, t in texts.items() if "Pike" in t]
    pike = _actor("pike", "Lee Pike", "person", texts)
    state = _actor("os", "Ostreland", "state", texts)
    said = [
        Position(
            f"q{d}",
            d,
            "Ostreland",
            "os",
            None,
            "talks would go on",
            0,
            1,
            "indirect",
            "said",
            Evidence(d, 0, 1, "x", t, 0),
            attribution="cue",
        )
        for d, t in texts.items()
        if d.startswith("s")
    ]
    ranked = profile_order([state, pike], events, said, texts=texts)
    assert [a.id for a in ranked] == ["pike", "os"]
    # without the texts to tell a setting from an actor, the sources naming it decide
    assert [a.id for a in profile_order([state, pike], events, said)] == ["os", "pike"]


def test_a_moderator_heard_only_asking_is_profiled_after_the_candidate_who_answers():
    # the moderator is named in five articles, the candidate in three
    texts = {f"d{i}": f"Ann Vole asked Ben Tarn about taxes on Monday {i}." for i in range(3)}
    texts |= {f"e{i}": f"Ann Vole opened the forum on Monday {i}." for i in range(2)}
    vole = _actor("vole", "Ann Vole", "person", texts)
    tarn = _actor("tarn", "Ben Tarn", "person", texts)

    def said(pid: str, doc: str, who: str, cue: str) -> Position:
        ev = Evidence(doc, 0, 1, "x", texts[doc], 0)
        return Position(pid, doc, who, who, None, "taxes", 0, 1, "indirect", cue, ev, "cue")

    questions = [said(f"q{d}", d, "vole", "asked") for d in texts if d.startswith("d")]
    answers = [said(f"a{d}", d, "tarn", "said") for d in texts if d.startswith("d")]
    # heard saying things of her own, the moderator named in more sources comes first
    statements = [said(f"s{d}", d, "vole", "said") for d in texts if d.startswith("d")]
    ranked = profile_order([vole, tarn], [], statements + answers, texts=texts)
    assert [a.id for a in ranked] == ["vole", "tarn"]
    # heard only asking, after the candidate who answers
    ranked = profile_order([vole, tarn], [], questions + answers, texts=texts)
    assert [a.id for a in ranked] == ["tarn", "vole"]


def test_a_publisher_in_a_dateline_closed_by_any_dash_is_page_furniture() -> None:
    from briefgen.aggregate.house import in_furniture
    from briefgen.models import Mention

    for dash in ("-", "–", "—", "―"):
        text = f"LIMA (Wirex) {dash} The mayor opened the bridge.\n"
        m = Mention("a", text.index("Wirex"), text.index("Wirex") + 5, "Wirex", "name", "org")
        assert in_furniture(m, text), dash
    text = "The mayor told Wirex on Monday that the bridge was open.\n"
    m = Mention("a", text.index("Wirex"), text.index("Wirex") + 5, "Wirex", "name", "org")
    assert not in_furniture(m, text)


def test_a_reporter_named_in_a_byline_or_sign_off_is_no_actor() -> None:
    from test_who_is_who import _ex

    from briefgen.aggregate.actors import resolve_actors

    bylined = (
        "By Jo Roe Wirex News, Lima The mayor opened the bridge on Monday. "
        "Wirex's Jo Roe says the crowd was large. Ana Vela said it was late.\n"
    )
    signed = (
        "The mayor opened the bridge on Monday, Ana Vela said.\n"
        "(Additional reporting by Cy Hoe in Quito and Di Koe in Cusco; Editing by Eve Zoe)\n"
    )
    # a byline with no newsroom may sign an actor's own opinion piece
    opinion = "By Lu Pak\nThe bridge is late, and I will say so in the council.\n"
    people = {n: "person" for n in ("Jo Roe", "Ana Vela", "Cy Hoe", "Di Koe", "Eve Zoe")}
    actors, _ = resolve_actors(
        [
            _ex("a", bylined, people | {"Wirex": "org"}),
            _ex("b", signed, people),
            _ex("c", opinion, {"Lu Pak": "person"}),
        ]
    )
    names = {a.name for a in actors}
    assert not names & {"Jo Roe", "Cy Hoe", "Di Koe", "Eve Zoe"}
    assert {"Ana Vela", "Lu Pak"} <= names


def test_the_market_of_a_price_lines_trading_is_a_setting_a_firms_own_trading_is_not():
    text = (
        "Quillby closed at $5 in composite Tarn Exchange trading. Tarn Exchange volume "
        "rose. Hartwell trading desks were busy. Tarn Exchange said it would fine Quillby."
    )

    def setting(name: str, nth: int = 0) -> bool:
        return is_setting(_mention("d", text, name, nth), text)

    assert setting("Tarn Exchange")  # "composite Tarn Exchange trading"
    assert setting("Tarn Exchange", 1)  # "Tarn Exchange volume"
    assert not setting("Hartwell")  # the firm's own trading desks
    assert not setting("Tarn Exchange", 2)  # the exchange acting
