"""Finding an actor in a resolved list, for the actor tests."""

from __future__ import annotations

from briefgen.models import Actor


def actor_with(actors: list[Actor], form: str) -> Actor:
    """The one actor named or aliased ``form`` (the test fails when none or several are)."""
    found = [a for a in actors if form == a.name or form in a.aliases]
    assert len(found) == 1, [(a.name, a.aliases) for a in actors]
    return found[0]
