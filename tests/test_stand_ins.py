"""A spokesman of a profiled body and a contestant recalled as having left the race are
no principals: their profile would stand in a principal's place."""

from __future__ import annotations

import re

from briefgen.aggregate.stand_ins import (
    left_before,
    named_as_addressee,
    named_as_setting,
    named_as_venue,
    speaks_for,
)
from briefgen.models import Actor, Mention, Role


def _person(name: str, roles: tuple[str, ...] = (), docs: tuple[str, ...] = ("d0",)) -> Actor:
    return Actor(
        "p",
        name,
        "person",
        roles=tuple(Role(d, r) for d, r in zip(docs, roles, strict=False)),
        sources=docs,
    )


_HALL = Actor("h", "Marlow Hall", "org", aliases=("the Hall",))


def test_the_voice_of_a_profiled_body_is_no_principal() -> None:
    holt = _person(
        "Ann Holt", ("Marlow Hall press secretary", "Marlow Hall spokeswoman"), ("a", "b")
    )
    assert speaks_for(holt, [_HALL])


def test_a_spokesman_of_a_body_not_profiled_keeps_his_place() -> None:
    reed = _person("Tom Reed", ("Penbury Council spokesman",))
    assert not speaks_for(reed, [_HALL])


def test_a_spokesman_of_no_named_body_is_no_principal() -> None:
    """Wire copy names the body a sentence before ("A Marlow Hall spokesman said … said
    spokesman Tom Reed"): the role kept is the bare voice's."""
    reed = _person("Tom Reed", ("spokesman", "chief spokesman"), ("a", "b"))
    assert speaks_for(reed, [_HALL])


def test_a_spokesman_with_another_office_keeps_his_place() -> None:
    reed = _person("Tom Reed", ("Marlow Hall spokesman", "Senator"), ("a", "b"))
    assert not speaks_for(reed, [_HALL])


def _recapped(clauses: list[str], sources: int) -> tuple[Actor, dict[str, str]]:
    texts, mentions = {}, []
    for n in range(sources):
        tail = clauses[n] if n < len(clauses) else " won the county in March."
        texts[f"d{n}"] = "Delegates won by Tom Reed" + tail
        at = texts[f"d{n}"].index("Tom Reed")
        mentions.append(Mention(f"d{n}", at, at + 8, "Tom Reed", "name", "person"))
    docs = tuple(texts)
    return Actor("r", "Tom Reed", "person", mentions=tuple(mentions), sources=docs), texts


def test_a_contestant_told_as_having_left_is_recalled() -> None:
    reed, texts = _recapped(
        [", who dropped out last month, go to the convention.",
         ", who suspended his campaign in March, are free."],
        6,
    )  # fmt: skip
    assert left_before(reed, texts, heard=1, enough=3)


def test_a_contestant_whose_leaving_is_heard_news_is_a_principal() -> None:
    reed, texts = _recapped(
        [", who dropped out last month, go to the convention.",
         ", who suspended his campaign in March, are free."],
        6,
    )  # fmt: skip
    assert not left_before(reed, texts, heard=4, enough=3)


def test_leaving_told_of_someone_else_in_a_later_sentence_does_not_count() -> None:
    reed, texts = _recapped(
        [" are many. Ann Holt dropped out.", " are few. Ann Holt suspended her campaign."], 6
    )
    assert not left_before(reed, texts, heard=0, enough=3)


def _state(name: str, texts: dict[str, str], kind: str = "state") -> Actor:
    mentions = []
    for doc, text in texts.items():
        for found in re.finditer(name, text):
            mentions.append(Mention(doc, found.start(), found.end(), name, "name", kind))
    docs = tuple(sorted({m.doc for m in mentions}))
    return Actor("s", name, kind, mentions=tuple(mentions), sources=docs)


def test_a_country_named_only_where_things_happen_is_a_setting() -> None:
    texts = {
        "a": "In Marlow, Ruritania, police said a suspect was held.",
        "b": "The embassy in Ruritania had no comment. Ruritania's currency fell.",
        "c": "Penbury Mills of Ruritania bought a stake.",
    }
    assert named_as_setting(_state("Ruritania", texts), texts, documents=12)


def test_a_country_that_acts_or_grounds_the_story_is_no_setting() -> None:
    acting = {
        "a": "Ruritania deplored the attack.",
        "b": "Ruritania's demand was refused. Ruritania recalled its envoy.",
    }
    assert not named_as_setting(_state("Ruritania", acting), acting, documents=12)
    ground = {f"d{n}": "The blast in Ruritania killed ten." for n in range(6)}
    assert not named_as_setting(_state("Ruritania", ground), ground, documents=12)


def test_a_spokesman_of_a_body_named_by_dotted_initials_is_its_voice() -> None:
    """The reader's "U.R." keeps its stop, which the role's text follows with a space."""
    voice = _person("Ann Holt", ("U.R. Embassy spokeswoman",))
    assert speaks_for(voice, [Actor("u", "U.R.", "state")])


def test_a_body_only_asked_told_or_reported_to_is_an_addressee() -> None:
    texts = {
        "a": "The minister pledged to ask Marlow Assembly to approve emergency funds.",
        "b": "Ann Holt will present the report to Marlow Assembly next week.",
        "c": "The cabinet requested $50 million in aid from Marlow Assembly.",
    }
    assert named_as_addressee(_state("Marlow Assembly", texts, "org"), texts)


def test_a_body_that_acts_is_no_addressee() -> None:
    texts = {
        "a": "The minister asked Marlow Assembly for funds.",
        "b": "Marlow Assembly voted the funds on Monday.",
        "c": "Marlow Assembly rejected the second request.",
    }
    assert not named_as_addressee(_state("Marlow Assembly", texts, "org"), texts)
    # a country asked to act is a party to the story, not an addressee
    asked = {"a": "The council urged Ruritania to open its sites."}
    assert not named_as_addressee(_state("Ruritania", asked), asked)


def test_an_exchange_named_only_in_price_lines_is_a_venue_one_that_acts_is_not() -> None:
    texts = {
        "a": "Volume on the Tarn Exchange totaled 90 million shares.",
        "b": "Quillby closed at $5.125 in composite Tarn Exchange trading, down 37.5 cents.",
        "c": "Stocks on the Tarn Exchange fell. Tarn Exchange volume rose.",
    }
    exchange = _state("Tarn Exchange", texts, "org")
    assert named_as_venue(exchange, texts)
    # the exchange the story is about acts once at least: no venue
    acting = {**texts, "d": "The Tarn Exchange halted trading in Quillby shares."}
    assert not named_as_venue(_state("Tarn Exchange", acting, "org"), acting)
    # one mention says too little; a country is the setting rule's, not this one's
    once = {"a": texts["a"]}
    assert not named_as_venue(_state("Tarn Exchange", once, "org"), once)
    assert not named_as_venue(_state("Tarn Exchange", texts, "state"), texts)
