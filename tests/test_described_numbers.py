"""A number that says what a named place, person or body is gives the sentence no figure:
the key figures carry what happened, not a city's size or a league's membership. The
numbers are read at extraction, from the document's parse."""

from __future__ import annotations

from briefgen.extract.described_numbers import described_numbers
from briefgen.extract.run import extract_document
from briefgen.models import Document
from briefgen.reportable import reportable


def _figures(nlp, text: str) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """Each reportable sentence of ``text`` (one document) → whether it gives a figure."""
    doc = Document("a", "a", "txt", text, "", "2021-05-04", "stated")
    return {r.sentence: r.figure for r in reportable(extract_document(doc, nlp))}


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
