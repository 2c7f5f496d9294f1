"""The profiles go to the period's principals: a person many sources name before one two
long features are about; a person the sources mostly recall, and a body named by its
building, only with a statement of their own to show."""

from __future__ import annotations

from briefgen.aggregate.stand_ins import named_by_seat, no_longer_held, recalls_past
from briefgen.models import Actor, Document, Mention
from briefgen.render.breadth import broad_before_deep
from briefgen.render.views import ActorView


def _view(name: str, sources: int, statements: int = 1, kind: str = "person") -> ActorView:
    actor = Actor(name, name, kind, sources=tuple(f"d{n}" for n in range(sources)))  # type: ignore[arg-type]
    return ActorView(
        actor,
        name,
        kind,
        (),
        (),
        "",
        "",
        (),
        profiled=True,
        choose_positions=lambda: ("said something",) * statements,  # type: ignore[arg-type,return-value]
    )


def _names(views: list[ActorView]) -> list[str]:
    return [v.actor.name for v in views]


def test_a_contestant_named_across_the_period_takes_the_place_of_a_features_subject() -> None:
    head = [_view("Ann Holt", 40), _view("Tom Reed", 9), _view("Kay Marlow", 3)]
    out = broad_before_deep(head, [_view("Ned Penbury", 8)])
    assert _names(out) == ["Ann Holt", "Tom Reed", "Ned Penbury"]
    assert all(v.profiled for v in out)


def test_depth_still_orders_people_named_by_comparable_numbers_of_sources() -> None:
    head = [_view("Ann Holt", 40), _view("Kay Marlow", 5)]
    assert _names(broad_before_deep(head, [_view("Ned Penbury", 9)])) == _names(head)


def test_a_person_left_out_with_nothing_to_show_takes_no_place() -> None:
    head = [_view("Ann Holt", 40), _view("Kay Marlow", 3)]
    out = broad_before_deep(head, [_view("Ned Penbury", 20, statements=0)])
    assert _names(out) == _names(head)


def test_a_body_does_not_take_a_persons_place() -> None:
    head = [_view("Ann Holt", 40), _view("Kay Marlow", 3)]
    out = broad_before_deep(head, [_view("Penbury Council", 20, kind="org")])
    assert _names(out) == _names(head)


_DOCS = {
    "a": Document("a", "a.txt", "txt", "", "", "2016-06-02"),
    "b": Document("b", "b.txt", "txt", "", "", "2016-06-03"),
}


def _recalled(texts: dict[str, str], name: str, roles: dict[str, str | None]) -> Actor:
    mentions = []
    for doc, text in texts.items():
        at = text.index(name)
        mentions.append(Mention(doc, at, at + len(name), name, "name", "person", roles.get(doc)))
    return Actor("r", name, "person", mentions=tuple(mentions), sources=tuple(texts))


def test_a_former_officeholder_named_in_history_is_recalled() -> None:
    texts = {
        "a": "In 1996 the former governor Tom Reed signed the bill.",
        "b": "Former governor Tom Reed was at the dinner on Friday.",
    }
    reed = _recalled(texts, "Tom Reed", {"b": "Former governor"})
    docs = {d: Document(d, f"{d}.txt", "txt", t, "", _DOCS[d].date) for d, t in texts.items()}
    assert recalls_past(reed, texts, docs)


def test_a_person_the_period_tells_of_is_not_recalled() -> None:
    texts = {
        "a": "Governor Tom Reed signed the bill on Monday.",
        "b": "Tom Reed, the governor, vetoed it on Friday.",
    }
    reed = _recalled(texts, "Tom Reed", {"a": "Governor", "b": "the governor"})
    docs = {d: Document(d, f"{d}.txt", "txt", t, "", _DOCS[d].date) for d, t in texts.items()}
    assert not recalls_past(reed, texts, docs)


def test_a_body_named_by_its_building_is_a_seat() -> None:
    assert named_by_seat(Actor("h", "Marlow House", "org", aliases=("the Marlow House",)))
    assert named_by_seat(Actor("s", "Tern Street", "org"))


def test_a_body_whose_name_says_it_is_one_is_no_seat() -> None:
    assert not named_by_seat(Actor("h", "House", "org"))  # a chamber
    assert not named_by_seat(Actor("c", "Penbury Council", "org"))
    assert not named_by_seat(Actor("p", "Marlow House Party", "org"))
    assert not named_by_seat(Actor("m", "Marlow House", "org", aliases=("MHC",)))
    assert not named_by_seat(Actor("t", "Tom House", "person"))


def test_an_office_no_longer_held_is_told_by_its_words() -> None:
    assert no_longer_held("former governor")
    assert no_longer_held("ex-chairman")
    assert no_longer_held("the late senator")
    assert not no_longer_held("late-night host")
    assert not no_longer_held("Governor")
