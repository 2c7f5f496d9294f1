"""A judgment whose subject holds a dated verb ("the words to describe X's answer in May
2019 are calm") is no happening of that date: neither timeline nor chronology shows it."""

from __future__ import annotations

from briefgen.evaluated import evaluated_subject
from briefgen.models import EventMention, Evidence, Timex


def _mention(sentence: str, verb: str, subject_end: str) -> EventMention:
    at = 100
    end = sentence.index(subject_end) + len(subject_end)
    evidence = Evidence("a", at, at + end, sentence[:end], sentence, at)
    timex = Timex(at + end - 8, at + end, "May 2019", "DATE", "2019-05")
    v = sentence.index(verb)
    return EventMention(
        "m", "a", "2019-05", timex, sentence[:end], evidence, predicate=(at + v, at + v + len(verb))
    )


def test_an_infinitive_in_a_copular_subject_tells_no_happening() -> None:
    s = "The best words to describe Marlow's answer to the flood in May 2019 are calm and slow."
    assert evaluated_subject(_mention(s, "describe", "May 2019"))


def test_a_verb_of_the_main_clause_is_a_happening() -> None:
    s = "Marlow's council voted to rebuild the wall in May 2019, and it was finished in June."
    assert not evaluated_subject(_mention(s, "voted", "May 2019"))


def test_an_infinitive_followed_by_a_passive_is_no_judgment() -> None:
    s = "The plan to rebuild the wall agreed in May 2019 was approved by the council."
    assert not evaluated_subject(_mention(s, "rebuild", "May 2019"))
