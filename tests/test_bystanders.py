"""A bystander's remark: someone a sentence picks out of a crowd by an indefinite
description ("one voter", "a woman who …", "some of his supporters") and tells saying or
thinking something is the page's colour, not news, in the summary, the timeline and
Appendix A alike (``newsworthy.tells_news``). A body's word ("a spokesman said"), what
befalls a member of the public ("a woman died") and a claim about the electorate ("many
voters say") stay."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from sentence_fixtures import clause_mention, headlined_page
from test_timeline_side_voices import MONDAY, TUESDAY

from briefgen.bystanders import bystander_remark
from briefgen.figures import passer_by
from briefgen.models import Mention
from briefgen.newsworthy import tells_news
from briefgen.side_voices import side_subject

REMARKS = [
    "A woman who has accused the former governor of fraud said on Sunday night that he lied.",
    "As the count slid from Pike on Tuesday, some of his supporters saw a culprit in the clerk.",
    "“I just cannot vote for her this time around,” said one voter in Harbourton.",
    "One Pike supporter, 54, said on Monday that she would stay home in November.",
    "After the rally, several Ward supporters said the senator had made a good case for her.",
    "“It is nice to breathe fresh air again after a week,” added a local man who gave no name.",
]
NEWS = [
    "Pike told a supporter in Harbourton on Monday that he would win the state easily.",
    "A health ministry spokesman said on Monday that the alert level would stay at five.",
    "A woman died of the flu in Harbourton on Monday, the first death in the state.",
    "Supporters of Pike and Ward avoided confrontations over policy at the first hearing.",
    "A federal judge ruled on Monday that the state's new voting law was unconstitutional.",
    "Many voters say they will not decide whom to back until the last week of the race.",
    "Pike praised a supporter, a nurse from Harbourton, at his rally on Monday night.",
    "One thousand supporters cheered as Pike took the stage in Harbourton on Monday night.",
    "Some 59 percent of voters view Governor Pike unfavorably, according to a poll last week.",
    "Its first case, a woman who had been travelling abroad, has recovered, officials said Monday.",
]


@pytest.mark.parametrize("sentence", REMARKS)
def test_a_bystanders_remark_is_no_news(sentence: str) -> None:
    assert bystander_remark(sentence)
    assert not tells_news(sentence)


@pytest.mark.parametrize("sentence", NEWS)
def test_a_bodys_word_a_happening_and_the_electorates_view_stay(sentence: str) -> None:
    assert not bystander_remark(sentence)


def test_a_private_person_told_by_an_age_before_the_name_is_a_passer_by() -> None:
    known = re.compile(r"\bPike\b")
    assert passer_by("76-year-old Tom Reed, a founder of the club, endorsed Pike last week.", known)
    # a principal told so, a description after a determiner, and what befalls a person
    assert not passer_by(
        "70-year-old Sam Pike told the rally on Monday he would win.", re.compile(r"\bSam Pike\b")
    )
    assert not passer_by("Pike, a 70-year-old New Yorker, told the rally he would win.", known)
    assert not passer_by("Pike won, the campaign's 48-year-old New England director said.", known)
    assert not passer_by("76-year-old Tom Reed died on Monday after meeting Pike.", known)


def test_an_office_given_at_a_possessive_mention_holds_for_the_surname() -> None:
    # the tagger's earlier mention runs on to the possessive ("Tom Reed’s"): the same person
    intro = "Foreign Secretary Tom Reed’s plane landed in Harbourton on Sunday."
    sentence = "Reed said on Monday that the harbour would close."
    x = headlined_page("p", f"Head\n{intro} {sentence} More.", TUESDAY)
    text = x.document.text
    at, named = text.index(sentence), text.index("Tom Reed’s")
    mentions = (
        Mention("p", named, named + len("Tom Reed’s"), "Tom Reed’s", "name", "person"),
        Mention("p", at, at + len("Reed"), "Reed", "surname", "person"),
    )
    x = replace(x, mentions=mentions)
    mention = clause_mention(x, sentence, MONDAY, verb="said")
    assert side_subject(mention, x, frozenset({"Tom Reed’s", "Reed"})) is False


def _side_pronoun(intro: str, sentence: str) -> bool:
    """Whether ``sentence``'s leading "he" is a side voice on a page whose ``intro``
    sentence before it names Tom Reed."""
    x = headlined_page("p", f"Head\n{intro} {sentence} More.", TUESDAY)
    named = x.document.text.index("Tom Reed")
    x = replace(x, mentions=(Mention("p", named, named + 8, "Tom Reed", "name", "person"),))
    mention = clause_mention(x, sentence, MONDAY, verb="said")
    return side_subject(mention, x, frozenset({"Tom Reed", "Reed"}))


def test_a_he_taking_up_a_side_voice_is_the_side_voice() -> None:
    sentence = "On Monday, he said that the harbour should close."
    assert _side_pronoun("Tom Reed, a voter from Harbourton, flew home on Sunday.", sentence)
    # the page gave him an office
    assert not _side_pronoun("Foreign Secretary Tom Reed flew home on Sunday.", sentence)
