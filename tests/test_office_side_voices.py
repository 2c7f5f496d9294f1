"""An officeholder speaking or acting in office is no side voice, however few pages name
them: a foreign secretary's answer, a judge's order is their government's or
institution's word, told in the sentence by a title before the name, an
apposition after it or the tagger's role. A bystander, a voter, an aide, a spokesman
and a former holder still are side voices, and so is a legislator,
a mayor or a firm's chief quoted on a story beyond their office: their one page's remark
is that page's material."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from sentence_fixtures import clause_mention, headlined_page
from test_printed_side_voices import _printed
from test_timeline_side_voices import MONDAY, TUESDAY, _shown, _two_days

from briefgen.models import Extraction, Mention
from briefgen.side_voices import side_subject

_REED = "Tom Reed"
# whom the tagger names in the fixtures, and as what
_TAGGED = {_REED: "person", "Governor Ward": "person", "Harbour Board": "org"}


def _tagged(x: Extraction, role: str | None = None) -> Extraction:
    """``x`` with the tagger's mentions of every name of ``_TAGGED`` its text gives, Tom
    Reed's with ``role``."""
    text = x.document.text
    found = [
        Mention(x.document.id, m.start(), m.end(), m.group(), "name", _TAGGED[m.group()])  # type: ignore[arg-type]
        for m in re.finditer("|".join(_TAGGED), text)
    ]
    found = [replace(m, role=role) if m.text == _REED else m for m in found]
    return replace(x, mentions=tuple(found))


def _side(sentence: str, verb: str, role: str | None = None) -> bool:
    x = _tagged(headlined_page("p", f"Head\n{sentence} More.", TUESDAY), role)
    mention = clause_mention(x, sentence, MONDAY, verb=verb)
    return side_subject(mention, x, frozenset({_REED}))


OFFICIALS = [
    # a title before the name
    "Foreign Secretary Tom Reed told a newspaper on Monday that the treaty must be reviewed.",
    "On Monday, Harbourton's foreign minister Tom Reed said the harbour would close.",
    # an apposition after it
    "Tom Reed, the interior minister, said on Monday that the harbour would close.",
]
BYSTANDERS = [
    "Tom Reed, a voter from Harbourton, said on Monday that the harbour should close.",
    "Tom Reed, a party delegate, said on Monday that the harbour should close.",
    # a post: whom it serves, a body (a government's or a firm's) or a person, speaks
    "Tom Reed, senior adviser to the Harbour Board's director, said on Monday fees would rise.",
    "Tom Reed, a spokeswoman for the Harbour Board, said on Monday that fees would rise.",
    "Tom Reed, an aide to Governor Ward, said on Monday that the harbour should close.",
    "Tom Reed, a spokesman for Governor Ward, said on Monday that the harbour should close.",
    "Governor Ward's aide Tom Reed said on Monday that the harbour should close.",
    # an office no longer held; a relative clause is no apposition
    "Former minister Tom Reed said on Monday that the harbour should close.",
    "Tom Reed, who was minister until 2010, said on Monday that the harbour should close.",
    # a legislator's, a mayor's or a firm's chief's remark on a story beyond their office
    "Rep. Tom Reed on Monday said the harbour bill was flawed.",
    "Tom Reed, the mayor of Harbourton, said on Monday that the harbour should close.",
    "Tom Reed, the chief executive of a ferry firm, said on Monday that fees would rise.",
]


@pytest.mark.parametrize("sentence", OFFICIALS)
def test_an_officeholder_is_no_side_voice(sentence: str) -> None:
    verb = "told" if " told " in sentence else "said"
    assert _side(sentence, verb) is False


@pytest.mark.parametrize("sentence", BYSTANDERS)
def test_a_bystander_an_aide_or_a_former_holder_still_is(sentence: str) -> None:
    assert _side(sentence, "said") is True


def test_the_taggers_role_says_the_office() -> None:
    # "the foreign minister, Tom Reed, said": the tagger's role for the description before
    sentence = "On Monday, Tom Reed said that the treaty must be reviewed."
    assert _side(sentence, "said", role="the foreign minister") is False
    assert _side(sentence, "said", role="a retired teacher") is True


def test_the_timeline_keeps_an_officials_day_and_refuses_a_bystanders() -> None:
    official = "Foreign Secretary Tom Reed said he called Governor Ward on Monday to learn more."
    voter = (
        "Tom Reed, a voter from Harbourton, said he called Governor Ward on Monday to learn more."
    )
    signed = "Governor Ward signed the harbour bill on Tuesday."
    assert _shown(*_two_days(official)) == [official, signed]
    assert _shown(*_two_days(voter)) == [signed]


def test_appendix_a_prints_an_officials_remark_and_not_a_bystanders() -> None:
    # (what was said has no principal for subject: the voice's own remark)
    said = "said on Tuesday that the fees were too high in the harbour."
    official = f"Foreign Secretary Tom Reed {said}"
    voter = f"Tom Reed, a voter from Harbourton, {said}"
    assert _printed(official, "said", "say")
    assert not _printed(voter, "said", "say")


def _side_after(intro: str, sentence: str) -> bool:
    """Whether ``sentence``'s "Reed" is a side voice on a page whose ``intro`` sentence
    before it names Tom Reed."""
    x = headlined_page("p", f"Head\n{intro} {sentence} More.", TUESDAY)
    text = x.document.text
    at, named = text.index(sentence), text.index(_REED)
    mentions = (
        Mention("p", named, named + len(_REED), _REED, "name", "person"),
        Mention("p", at, at + len("Reed"), "Reed", "surname", "person"),
    )
    x = replace(x, mentions=mentions)
    mention = clause_mention(x, sentence, MONDAY, verb="said")
    return side_subject(mention, x, frozenset({_REED, "Reed"}))


@pytest.mark.parametrize(
    "intro",
    [
        "Foreign Secretary Tom Reed flew to Harbourton on Sunday.",
        "On Sunday, the interior minister Tom Reed flew to Harbourton.",
        "Tom Reed, the interior minister, flew to Harbourton on Sunday.",
    ],
)
def test_an_office_the_page_gave_before_holds_for_the_surname_alone(intro: str) -> None:
    assert _side_after(intro, "Reed said on Monday that the harbour would close.") is False


@pytest.mark.parametrize(
    "intro",
    [
        "Tom Reed, a voter from Harbourton, flew home on Sunday.",
        "Former minister Tom Reed flew to Harbourton on Sunday.",
    ],
)
def test_a_bystander_or_a_former_holder_named_before_still_is_a_side_voice(intro: str) -> None:
    assert _side_after(intro, "Reed said on Monday that the harbour should close.") is True
