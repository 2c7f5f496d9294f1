"""A page's people, as the subject's reading asks for them, are read once a page: the
chronology and the timeline ask ``side_subject`` of one page once for each of its dated
sentences, and a long page names hundreds of people. The answers are the same as a
reading of every mention each time."""

from __future__ import annotations

import re

import pytest
from sentence_fixtures import clause_mention, headlined_page
from test_timeline_side_voices import MONDAY, TUESDAY

import briefgen.side_voices as side_voices
from briefgen.models import Extraction, Mention
from briefgen.side_voices import side_subject

_REED = "Tom Reed"
_SPOKE = [f"Tom Reed spoke on Monday about pier {n}." for n in range(1, 11)]


def _page(opening: str) -> Extraction:
    """A page opening with ``opening`` and then ten dated remarks of Tom Reed's, each
    name tagged as a person."""
    x = headlined_page("p", f"Harbour\n{opening} {' '.join(_SPOKE)}", TUESDAY)
    text = x.document.text
    found = tuple(
        Mention("p", m.start(), m.end(), m.group(), "name", "person")
        for m in re.finditer(r"Tom Reed|Ann Ward", text)
    )
    return Extraction(document=x.document, sentences=x.sentences, mentions=found)


def _answers(x: Extraction) -> list[bool]:
    return [
        side_subject(clause_mention(x, s, MONDAY, verb="spoke"), x, frozenset({_REED}))
        for s in _SPOKE
    ]


@pytest.mark.parametrize(
    ("opening", "side"),
    [
        # the page gave the office at its first mention: each remark is the office's
        ("Foreign Minister Tom Reed arrived on Sunday.", False),
        ("Tom Reed met Ann Ward on Sunday.", True),
    ],
)
def test_each_remark_read_as_before(opening: str, side: bool) -> None:
    assert _answers(_page(opening)) == [side] * len(_SPOKE)


def test_a_pages_surnames_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each person mention's surname once for the page, and the asked name's once a
    sentence: not every earlier mention's again for each sentence (65 on main here)."""
    x = _page("Foreign Minister Tom Reed arrived on Sunday.")
    read: list[str] = []
    real = side_voices.surname

    def counted(name: str) -> str:
        read.append(name)
        return real(name)

    monkeypatch.setattr(side_voices, "surname", counted)
    assert _answers(x) == [False] * len(_SPOKE)
    assert len(read) <= len(x.mentions) + len(_SPOKE)
