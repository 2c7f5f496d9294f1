"""A negotiating series named by its host place is one actor under each series noun."""

from __future__ import annotations

from typing import Any

from actor_fixtures import extract
from test_who_is_who import _ex, _holding

from briefgen.aggregate.actors import resolve_actors


def test_the_model_reads_a_host_place_and_a_series_noun_as_one_body(nlp: Any) -> None:
    text = (
        "Envoys flew to Minsk on Monday. They hope to revive the so-called Minsk format, "
        "which met twice last year. A meeting of the Astana Process followed in Astana.\n"
    )
    names = {(m.text, m.type) for m in extract(nlp, "a", text).mentions}
    assert ("Minsk format", "org") in names
    assert ("Astana Process", "org") in names
    assert ("Minsk", "state") in names  # the place itself stays a place


def test_one_meeting_in_a_place_is_no_series(nlp: Any) -> None:
    text = "Envoys flew to Minsk on Monday. A Minsk forum on trade opened there on Tuesday.\n"
    assert not any(m.text == "Minsk forum" for m in extract(nlp, "a", text).mentions)


def test_names_of_one_place_and_series_nouns_join_across_articles() -> None:
    a = "Diplomats praised the Minsk Format on Friday.\n"
    b = "The Minsk talks resumed. The Minsk Agreement was signed long ago.\n"
    c = "The Astana process stalled.\n"
    actors, _ = resolve_actors(
        [
            _ex("a", a, {"Minsk Format": "org"}),
            _ex("b", b, {"Minsk talks": "org", "Minsk Agreement": "org"}),
            _ex("c", c, {"Astana process": "org"}),
        ]
    )
    series = _holding(actors, "a", a.index("Minsk"))
    assert _holding(actors, "b", b.index("Minsk talks")).id == series.id
    # a treaty named after the place is a text, not the talks; another place another series
    assert _holding(actors, "b", b.index("Minsk Agreement")).id != series.id
    assert _holding(actors, "c", c.index("Astana")).id != series.id
    reasons = {e.reason for e in series.alias_evidence}
    assert "the same place's meeting series under another noun" in reasons
