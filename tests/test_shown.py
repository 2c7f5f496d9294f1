"""Which source sentences a reader can take out of their article."""

from __future__ import annotations

import re

import pytest

from briefgen.models import Document, Extraction, Mention
from briefgen.shown import stands_alone
from briefgen.standalone import resolve_inner


@pytest.mark.parametrize(
    "text",
    [
        # A poll of a sub-population whose population only the sentence before names.
        "Clinton beats Trump by 46 percent to 42 percent, according to the poll.",
        "In this poll, Trump rose 1 percentage point since Monday's debate.",
        "Both candidates cited the figure at last week's forum viewed by 14.7 million people.",
        "The clip has faced ridicule online since it was released on Tuesday.",
        # An embedded post: handles, a hashtag and a link are no news sentence.
        "Like never before.@SomeSinger sits down with @SomeCandidate.#Talk https://t.co/x1",
        # The middle of a quotation whose speaker is named in another sentence.
        "“Yesterday, there were two polls.",
        '"The issue is partisan, but I am going to read you the question: “As you know, she left.',
        "(Lines are open between 11.30 am and 2pm.",
        "In addition, the campaign plans to make more medical records available soon.",
        "Jackson was rehearsing when he died 25 June 2009 Dr Murray finds Jackson unconscious.",
        "Here in Iowa last night before an enormous crowd, in the pouring rain with 650 —.",
    ],
)
def test_a_sentence_that_points_back_is_refused(text: str) -> None:
    assert not stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "The latest Reuters/Ipsos poll released Friday shows Clinton leads Trump by 43 to 38.",
        "A new poll of 1,001 adults was taken on Monday, and the poll puts Clinton ahead.",
        "This week the court heard from the first witnesses for the defence.",
        "“We will achieve justice in this case,” the police chief said on Monday.",
        "Judge Pastor said the evidence showed a pattern of lies (and no remorse) by the doctor.",
        "The report of the inquiry was published on Monday after two years of hearings.",
        "11 January 2011 Dr Murray is ordered to stand trial for involuntary manslaughter.",
        "The singer died on 25 June 2009 Los Angeles time, at the age of 50.",
    ],
)
def test_a_sentence_that_names_what_it_tells_is_shown(text: str) -> None:
    assert stands_alone(text)


def _story(text: str, people: dict[str, str]) -> Extraction:
    """``text`` split at full stops, with ``people`` (name -> surname shown) mentioned."""
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.\s*", text))
    mentions = tuple(
        Mention("d", m.start(), m.end(), m.group(0), "name", "person")
        for name in people
        for m in re.finditer(re.escape(name), text)
    )
    return Extraction(Document("d", "d", "txt", text, ""), sentences=spans, mentions=mentions)


def test_a_pronoun_inside_a_sentence_is_named_or_the_sentence_is_refused() -> None:
    text = (
        "Dr Conrad Murray was in court on Tuesday. "
        "Prosecutors say his negligence led to the singer's death. "
        "The judge said Murray would hear his sentence later."
    )
    ext = _story(text, {"Dr Conrad Murray": "Murray", "Murray": "Murray"})
    second = "Prosecutors say his negligence led to the singer's death."
    at = text.index(second)
    assert resolve_inner(second, second, at, ext) == (
        "Prosecutors say [Murray's] negligence led to the singer's death."
    )
    third = "The judge said Murray would hear his sentence later."
    assert resolve_inner(third, third, text.index(third), ext) == third  # named before "his"
    alone = _story(second, {})
    assert resolve_inner(second, second, 0, alone) is None  # nobody to name: not shown
