"""A country or body whose profile would show no key position gives its place to actors
with statements: one heard now and then in a story told across the world (a line too
short to stand alone) says nothing the list does not. A body the story is about (named by
many of its sources and heard in several) keeps its profile without one."""

from __future__ import annotations

import re

from position_fixtures import race_brief, said_on

from briefgen.models import Actor, Block, Brief, Document, Mention, Position
from briefgen.render.context import prepare_views

# Sixteen reports on an outbreak, the health minister heard in each; a country heard in
# three with a line too short to show; a league named and heard in `league_in` of them;
# twelve clinic doctors, each heard in three (enough to fill the profiles).
_STORY = "Ann Quint visited the clinic in Avon on Monday. Quint said the outbreak was slowing."
_COUNTRY = " Marlovia closed its border. Marlovia said it was sad."
_LEAGUE = " The Penbury League met in Avon. Penbury League said it was ready."
_NAMES = {"Ann Quint": "q", "Quint": "q", "Marlovia": "m", "Penbury League": "l"}
_FULL = {"q": ("Ann Quint", "person"), "m": ("Marlovia", "state"), "l": ("Penbury League", "org")}
_DOCTORS = 12
_NAMES |= {f"Doctor {chr(65 + i)}son": f"d{i}" for i in range(_DOCTORS)}
_FULL |= {f"d{i}": (f"Doctor {chr(65 + i)}son", "person") for i in range(_DOCTORS)}


def _doctor(n: int) -> str:
    """The doctors heard on page ``n``: each in three pages running."""
    return "".join(
        f" Doctor {chr(65 + i)}son said the {chr(65 + i)} ward needed more nurses."
        for i in range(_DOCTORS)
        if i <= n < i + 3
    )


def _brief(league_in: int) -> Brief:
    docs = []
    for n in range(16):
        body = _STORY + (_COUNTRY if n < 3 else "") + (_LEAGUE if n < league_in else "")
        body += _doctor(n)
        headline = f"Outbreak {n}"
        text = f"{headline}\n\n{body}"
        blocks = (Block(0, len(headline), "headline"), Block(len(headline) + 2, len(text), "body"))
        docs.append(
            Document(f"d{n}", f"d{n}.txt", "txt", text, headline, "2016-09-05", blocks=blocks)
        )
    mentions: dict[str, list[Mention]] = {aid: [] for aid in _FULL}
    for d in docs:
        for name, aid in _NAMES.items():
            for hit in re.finditer(rf"(?<!Ann )\b{name}\b", d.text):
                if hit.start() >= d.blocks[0].end:
                    kind = "surname" if name == "Quint" else "name"
                    mentions[aid].append(
                        Mention(d.id, hit.start(), hit.end(), name, kind, _FULL[aid][1], None)
                    )
    actors = tuple(
        Actor(aid, _FULL[aid][0], _FULL[aid][1], mentions=tuple(ms), sources=_sources(ms))
        for aid, ms in mentions.items()
    )
    positions: list[Position] = [
        said_on(d, "q", "Ann Quint", "the outbreak was slowing") for d in docs
    ]
    positions += [said_on(d, "m", "Marlovia", "it was sad") for d in docs[:3]]
    positions += [said_on(d, "l", "Penbury League", "it was ready") for d in docs[:league_in]]
    for i in range(_DOCTORS):
        name = _FULL[f"d{i}"][0]
        for d in docs[i : i + 3]:
            positions.append(
                said_on(d, f"d{i}", name, f"the {chr(65 + i)} ward needed more nurses")
            )
    return race_brief(docs, actors, positions, ("outbreak",))


def _sources(mentions: list[Mention]) -> tuple[str, ...]:
    return tuple(sorted({m.doc for m in mentions}))


def _profiled(brief: Brief) -> list[str]:
    return [v.actor.name for v in prepare_views(brief).actors if v.profiled]


def test_a_country_heard_now_and_then_with_nothing_to_show_takes_no_profile() -> None:
    profiled = _profiled(_brief(league_in=3))
    assert "Ann Quint" in profiled
    assert "Marlovia" not in profiled and "Penbury League" not in profiled
    # still listed among those the sources name
    assert "Marlovia" in [v.actor.name for v in prepare_views(_brief(league_in=3)).actors]


def test_a_body_the_story_is_about_keeps_its_profile_without_a_line() -> None:
    profiled = _profiled(_brief(league_in=8))
    assert "Penbury League" in profiled and "Marlovia" not in profiled
