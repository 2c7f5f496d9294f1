"""An acronym the corpus writes in the plural is a common noun, no actor's name."""

from __future__ import annotations

from briefgen.aggregate.casing import common_acronyms
from briefgen.aggregate.wordcounts import WordCounts
from briefgen.models import Mention

TEXTS = {
    "a": "A super PAC backing the senator spent $2 million. Two other super PACs followed.",
    "b": "The FBI said the PAC broke no rule. Super PACs may not coordinate with campaigns.",
    "c": "The FBI and the MPs met. ISIS claimed the attack; the ISI denied it.",
}


def mention(doc: str, text: str) -> Mention:
    start = TEXTS[doc].index(text)
    return Mention(doc, start, start + len(text), text, "acronym", "org")


def test_a_pluralised_acronym_is_common_and_a_bodys_name_is_not():
    mentions = [mention("a", "PAC"), mention("b", "FBI"), mention("b", "PAC")]
    assert common_acronyms(mentions, WordCounts.of(TEXTS.values())) == {"pac"}


def test_one_plural_is_a_slip_and_a_capital_s_is_no_plural():
    texts = {"c": TEXTS["c"]}
    mentions = [mention("c", "MPs"[:2]), mention("c", "ISI"), mention("c", "FBI")]
    assert common_acronyms(mentions, WordCounts.of(texts.values())) == set()
