"""A number that says what a named place, person or body is gives the sentence no figure:
the key figures carry what happened, not a city's size or a league's membership. The
numbers are read at extraction, from the document's parse."""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.bottomline import Candidate
from briefgen.extract.described_numbers import described_numbers
from briefgen.extract.run import extract_document
from briefgen.key_figures import key_figures
from briefgen.models import Document, Evidence
from briefgen.reportable import reportable


def _figures(nlp, text: str, described: bool = False) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """Each reportable sentence of ``text`` (one document) → whether it gives a figure
    (or, ``described``, whether its only figure says what a named thing is)."""
    doc = Document("a", "a", "txt", text, "", "2021-05-04", "stated")
    rows = reportable(extract_document(doc, nlp))
    return {r.sentence: r.described if described else r.figure for r in rows}


def _described(nlp, sentence: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [sentence[a:b] for a, b in described_numbers(nlp(sentence))]


def test_a_named_places_size_or_a_bodys_membership_is_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    shown = _figures(
        nlp,
        "Tom Reed said health officials closed schools on Friday in Marlow, one of the largest "
        "cities with 20 million residents. "
        "Ann Holt told ministers from the 10-member Northern League that the border would stay "
        "open. "
        "The mood was grim among Penbury's 9 million residents as the clinics filled up on "
        "Monday.",
    )
    assert len(shown) == 3 and not any(shown.values()), shown
    assert all(_figures(nlp, " ".join(shown), described=True).values())


def test_what_happened_in_a_named_place_is_still_its_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    shown = _figures(
        nlp,
        "Ann Holt said the fever has cost $40 million in Marlow, a port with 20 million "
        "residents. "
        "A 12-member jury was chosen on Monday for the trial of the Penbury harbour master. "
        "The health board said Penbury's 2 million infected residents were being treated at "
        "home.",
    )
    assert len(shown) == 3 and all(shown.values()), shown


def test_an_appositive_restating_a_count_describes_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # the appositive gives the count's share, or the poll's result: the news itself
    assert (
        _described(
            nlp, "The board says 261 million adults -- 85 percent of the town -- must be seen."
        )
        == []
    )
    assert (
        _described(nlp, "Voters expect Holt to win the debate -- 44 percent to Reed's 34 percent.")
        == []
    )
    # beside a person or a place, it says who or what they are
    assert _described(
        nlp, "Tom Reed, leader of the world's 1.2 billion Penbury Anglers, said so."
    ) == ["1.2", "billion"]


def test_a_colour_sentence_ranked_among_the_figures_leaves_its_place_empty() -> None:
    # Its only number is Marlow's size: the figure ranked below it is not promoted.
    def candidate(text: str, score: float, **flags: bool) -> Candidate:
        ev = Evidence("a", 0, len(text), text, text, 0)
        return Candidate(text, ev, {w: 1.0 for w in text.lower().split()}, score, **flags)

    news = [
        candidate("The fever has cost the port $40 million since May.", 0.9, figure=True),
        candidate("Fear is palpable among Marlow's 20 million residents.", 0.8, described=True),
        candidate("Clinics in Penbury treated 1,200 patients last week.", 0.7, figure=True),
        candidate("The board closed 45 schools across the valley.", 0.6, figure=True),
        candidate("Ann Holt's fund paid $3 million to the clinics.", 0.5, figure=True),
        candidate("Tom Reed's stall sold 300 lemons at the fair.", 0.1, figure=True),
    ]

    def top(cs: Sequence[Candidate], k: int) -> list[Candidate]:
        return sorted(cs, key=lambda c: -c.score)[:k]

    shown = [c.text for c in key_figures(news, [], top)]
    assert shown == [news[0].text, *(c.text for c in news[2:5])]
