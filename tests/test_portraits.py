"""The narrator's closing portrait of a participant (", a man who ...") is cut from the
news it hangs on (``portraits.without_portrait``); a sentence closing on none is kept whole."""

from __future__ import annotations

import pytest

from briefgen.portraits import without_portrait


def test_the_narrators_closing_portrait_of_a_participant_is_cut_from_the_news() -> None:
    sentence = (
        "Mayor Ann Holt has named Tom Reed as her deputy, a man who dropped his old views on "
        "the barrier to please the new leader."
    )
    assert without_portrait(sentence) == "Mayor Ann Holt has named Tom Reed as her deputy …"


@pytest.mark.parametrize(
    "sentence",
    [
        # the portrait is the subject, after an opening adverbial
        "At the town hall in Marlow, a young woman who had studied abroad asked Reed a question.",
        # a portrait holding a quotation: the speaker's words
        'Holt chose Reed as her deputy, a man who called the barrier "a folly" last year.',
        # no portrait: a name in apposition
        "Holt chose Tom Reed as her deputy on Monday, the council said.",
    ],
)
def test_a_sentence_closing_on_no_narrators_portrait_is_kept_whole(sentence: str) -> None:
    assert without_portrait(sentence) == sentence
