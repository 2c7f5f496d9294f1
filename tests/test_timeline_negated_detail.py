"""A date's later sentence telling only that an act did not happen, as a detail of its page's
sentence before it ("did not at any time mention", "never raised"), is no event of the day;
a negated outcome that is news ("did not pass the bill") is still shown."""

from __future__ import annotations

import pytest
from sentence_fixtures import clause_mention, headlined_page

from briefgen.framing import negated_detail
from briefgen.models import Event
from briefgen.timeline import select_timeline

TUESDAY = "2020-03-03"
SIGNED = "Governor Ward signed the harbour bill on Tuesday."
FILLER = "The harbour bill funds a new pier at the old docks."


def _shown(second: str, verb: str) -> list[str]:
    page = headlined_page("a-bill", f"Bill\n{SIGNED} {FILLER} {second} It rained.", TUESDAY)
    other = headlined_page("b-bill", f"Bill\n{SIGNED} He smiled.", TUESDAY)
    signed = [clause_mention(x, SIGNED, TUESDAY, verb="signed") for x in (page, other)]
    detail = clause_mention(page, second, TUESDAY, verb=verb)
    events = [
        Event("sign", TUESDAY, SIGNED, tuple(signed), ("a-bill", "b-bill"), salience=2.0),
        Event("more", TUESDAY, second, (detail,), ("a-bill",), salience=1.8),
    ]
    timeline = select_timeline(events, dates=5, sentences=2, extractions=[page, other])
    return [c.text for e in timeline for c in e.sentences]


@pytest.mark.parametrize(
    ("second", "verb"),
    [
        ("Governor Ward did not at any time Tuesday mention the ferry levy.", "mention"),
        ("Governor Ward never raised the ferry levy with the council on Tuesday.", "raised"),
        ("Governor Ward did not discuss the ferry levy with the council on Tuesday.", "discuss"),
        ("Governor Ward did not at any point visit the ferry terminal on Tuesday.", "visit"),
    ],
)
def test_a_negated_detail_after_its_pages_sentence_is_not_shown(second: str, verb: str) -> None:
    assert _shown(second, verb) == [SIGNED]


@pytest.mark.parametrize(
    ("second", "verb"),
    [
        # a negated outcome is the news itself; a refusal is an act
        ("The council did not pass the ferry levy for Governor Ward on Tuesday.", "pass"),
        ("Governor Ward refused to sign the ferry levy on Tuesday.", "refused"),
        # a negation in a clause before the verb's own does not negate it
        ("Governor Ward, who did not campaign on it, vetoed the ferry levy on Tuesday.", "vetoed"),
        # a testimony that something was not mentioned: the saying is the news
        ("On Tuesday the clerk said Governor Ward did not mention the ferry levy.", "mention"),
    ],
)
def test_a_negation_that_is_news_is_shown(second: str, verb: str) -> None:
    assert _shown(second, verb) == [SIGNED, second]


def test_no_verb_no_negated_detail() -> None:
    page = headlined_page("a", "Bill\nWard never mentioned the levy on Tuesday.", TUESDAY)
    mention = clause_mention(page, "Ward never mentioned the levy on Tuesday.", TUESDAY)
    assert not negated_detail(mention)
