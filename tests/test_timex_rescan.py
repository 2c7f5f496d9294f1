"""The tagger's scan: read twice over one text, against another day, as a fresh reading;
the words a rule needs sought first, as the rule would match them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefgen.extract.timex import tag


def _values(text: str, day: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, day)]


def test_one_text_tagged_against_two_days_reads_each_day_as_a_fresh_tagging() -> None:
    text = "Ann Holt left Marlow on Monday. The bridge closed last week and opens in May."
    first = _values(text, date(2024, 3, 14))
    second = _values(text, date(2024, 6, 20))  # the same text object, another day
    assert second != first
    assert first == _values("".join(text), date(2024, 3, 14))
    assert second == _values(text[:10] + text[10:], date(2024, 6, 20))
    assert second[0] == ("Monday", "2024-06-17")


def test_the_strict_reading_of_a_text_just_read_narratively_tags_no_discourse_anchor() -> None:
    text = "So far this year, Tom Reed has sold 40 boats from the Penbury yard."
    narrative = [t.text for t in tag(text, date(2024, 3, 14))]
    strict = [t.text for t in tag(text, date(2024, 3, 14), narrative=False)]
    assert strict != narrative
    assert strict == [t.text for t in tag(text[:5] + text[5:], date(2024, 3, 14), narrative=False)]


def test_a_century_and_a_season_written_in_capitals_are_still_read() -> None:
    # the rules' words are sought first, case-insensitive as the rules are
    text = "Penbury mill, built in the nineteenth Century, closed in the SUMMER of 2019."
    assert _values(text, date(2024, 3, 14)) == [
        ("the nineteenth Century", "18"),
        ("the SUMMER of 2019", "2019-SU"),
    ]
    assert _values("Penbury mill closed on Monday.", date(2024, 3, 14)) == [
        ("Monday", "2024-03-11")
    ]


def test_every_match_of_a_rule_that_needs_a_word_holds_that_word(seeds_dir: Path) -> None:
    # ``Rule.needs`` lets a text without the word skip the rule: were a pattern edited to
    # match without it, its matches on such texts would silently be lost
    from briefgen.extract.timex.base import RULES

    invented = (
        "Tom Reed said on Tuesday afternoon that the Penbury plant, shut since the spring"
        " of 2019 and through the third quarter, may open tomorrow or in Q3 2025; it was"
        " built in the 19th century, and the fiscal period ended yesterday evening."
    )
    texts = [invented, *(p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt")))]
    gated = [r for r in RULES if r.needs is not None]
    assert len(gated) >= 5
    seen = 0
    for r in gated:
        assert r.needs is not None
        for text in texts:
            for found in r.pattern.finditer(text):
                if found.end() > found.start():
                    seen += 1
                    assert r.needs.search(found[0]), (r.name, found[0])
    assert seen >= len(gated)  # each rule matched somewhere: the check is not empty
