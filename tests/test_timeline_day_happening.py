"""A day's central happening that several later sources date by its noun ("Sunday's attack
in Dale City") reaches its day's entry told in a sentence or clause of that day, cited to
the source telling it; never a preview, never a sentence whose own news is another day's."""

from __future__ import annotations

from datetime import date

from dated_noun_fixtures import LATER, MONDAY, SUNDAY
from dated_noun_fixtures import timeline as _timeline

from briefgen.who_clause import apposed_who_clause

# A fourth tells the attacker's act in a relative clause on a noun set beside his name,
# in a sentence whose own news (his purchase) is of another time.
APPOSED = (
    "d",
    "Police say Ray Dunn, the gunman who opened fire at a market in Dale City early Sunday, "
    "had bought two rifles in May.",
    MONDAY,
)


def test_an_apposed_relative_clause_reads_as_the_named_persons_act() -> None:
    clause = "the gunman who opened fire early Sunday, "
    assert apposed_who_clause("Police say Ray Dunn, ", clause) == (
        "[Ray Dunn] opened fire early Sunday."
    )
    # no name beside the noun, an opening adverbial rather than a participant, or a clause
    # leaning on its sentence: nothing
    assert apposed_who_clause("Police say ", clause) is None
    assert apposed_who_clause("In Ohio, ", clause) is None
    assert apposed_who_clause("Ray Dunn, ", "the man who opened fire there on Sunday") is None


def test_the_happening_told_in_a_clause_on_its_doer_gets_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    timeline = _timeline(nlp, [*LATER, APPOSED])
    assert SUNDAY in timeline
    shown = [c.text for c in timeline[SUNDAY].sentences]
    assert "[Ray Dunn] opened fire at a market in Dale City early Sunday." in shown
    # the whole sentence (the rifles bought in May) is never shown under Sunday
    assert not any("rifles" in t for t in shown)
    (cited,) = [c for c in timeline[SUNDAY].sentences if c.text.startswith("[Ray Dunn]")]
    assert cited.evidence[0].doc == "d"


# The day's ranking prefers a rally two sources tell; one report tells the attack itself.
RALLY = [
    ("e", "Senator Ann Holt held a rally in Ohio on Sunday.", MONDAY),
    ("g", "Senator Ann Holt held a rally in Ohio on Sunday, her aides said.", MONDAY),
]


def test_a_sentence_of_the_day_telling_the_happening_joins_its_entry(nlp) -> None:  # type: ignore[no-untyped-def]
    told = ("f", "A gunman attacked a market in Dale City on Sunday.", MONDAY)
    entry = _timeline(nlp, [*LATER, *RALLY, told])[SUNDAY]
    shown = [c.text for c in entry.sentences]
    assert told[1] in shown
    # (the rally as its aides tell it: the bare stop is a scene, ``outcomes.stop``)
    assert any(t.startswith("Senator Ann Holt held a rally in Ohio on Sunday") for t in shown)
    assert "f" in entry.sources


def test_a_preview_of_the_happening_is_not_what_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    preview = (
        "f",
        "Police fear a gunman will attack a market in Dale City on Sunday.",
        date(2016, 6, 10),
    )
    timeline = _timeline(nlp, [*LATER, *RALLY, preview])
    shown = [c.text for t in timeline.values() for c in t.sentences]
    assert not any("will attack" in t for t in shown)
