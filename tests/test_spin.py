"""A side's spin: an aide, adviser, strategist, surrogate or a side's spokesperson giving
a verdict on the story (a complement of "call", an event read as proof, the side's
standing judged with a copula) is no news in the summary, the timeline or Appendix A
(``newsworthy.tells_news``). What staff announce (a decision, a plan, a sum, a fact) and
what an institution's spokesperson says stay."""

from __future__ import annotations

import pytest

from briefgen.newsworthy import tells_news
from briefgen.spin import aide_spin

SPIN = [
    # a complement given by "call", bare, quoted or a noun phrase
    "A Ward campaign spokesman on Monday called the new Pike ad desperate.",
    "Tom Reed, who was Pike's chief strategist in 2012, called Ward's remarks “childish.”",
    "Ward's campaign chairman called the governor a reckless pick on Friday.",
    # an event read as evidence
    "His campaign manager, Ann Lee, says the win is proof Pike can still close the gap.",
    "Pike's aides said the debate showed she was ready for the general election.",
    "Ward Communication Director Sam Hill said Pike's case is undermined by evidence of doubt.",
    # the side's standing judged
    "A party spokesman said on Thursday that the party was not in a crisis.",
    "But Ward was not surprised by the result, her advisers said on Friday.",
    "“Let them try,” said a Pike surrogate, adding that the governor was ready for a fight.",
]
NEWS = [
    # a decision, a plan, a sum, a fact announced by staff
    "Pike's top advisers said Sunday that the campaign would not accept any declaration.",
    "Ward remains committed to seeing the race through, her top aide told reporters.",
    "His campaign chairman said on Twitter that Pike raised about $4 million that day.",
    "A spokeswoman for Pike said he had been interviewed for three hours by police.",
    "“The governor has no plans to attend the convention,” a spokesman said Thursday.",
    # an institution's spokesperson: a body's word, whatever its shape
    "A health ministry spokesman said the minister was confident the outbreak had peaked.",
    "A spokeswoman for the agency said the first results were proof the vaccine works.",
    # a body named by its initials: an agency's or a committee's word, not a campaign's
    "WHO spokesman Karl Berg said the agency was concerned about the spread in Asia.",
    "A spokeswoman for the CDC said officials were confident the vaccine would work.",
    "NRC spokesman Tim Hall said the committee was not in a crisis.",
    # a principal's own verdict is a position, told elsewhere; no staff speak here
    "Pike called the new Ward ad desperate at a rally on Monday.",
    # staff as the story, not as speakers
    "Pike fired his campaign manager on Monday after a string of defeats.",
    "Ward called on her aides to stop the attacks, and the campaign was in turmoil.",
]


@pytest.mark.parametrize("sentence", SPIN)
def test_an_aides_verdict_on_the_story_is_no_news(sentence: str) -> None:
    assert aide_spin(sentence)
    assert not tells_news(sentence)


@pytest.mark.parametrize("sentence", NEWS)
def test_what_staff_announce_and_a_bodys_word_stay(sentence: str) -> None:
    assert not aide_spin(sentence)
