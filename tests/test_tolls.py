"""Where the sources disagree: one attack's death toll told lower by a later source."""

from __future__ import annotations

from datetime import date

from briefgen.aggregate.terms import Idf, terms
from briefgen.bottomline import Candidate
from briefgen.models import Event, EventMention, Evidence, Timex
from briefgen.tolls import toll_disagreements, toll_reports, toll_updates

# The blasts were on 3 March; each report is (document, published, sentence).
EARLY = (
    "a",
    date(2021, 3, 4),
    "The twin blasts at the ministries in Dorvik, Lumeria, and Ostra, Valdonia, on Friday "
    "killed at least 80 people, officials said.",
)
LATER = (
    "b",
    date(2021, 3, 20),
    "The twin blasts at the ministries in Dorvik, Lumeria, and Ostra, Valdonia, killed 212 "
    "people and injured hundreds.",
)
LATEST = (
    "c",
    date(2021, 9, 1),
    "A second suspect was held on Monday over the attacks on ministries in Lumeria and "
    "Valdonia that killed 190 people, police said.",
)


def _candidates(*reports: tuple[str, date, str]) -> tuple[list[Candidate], dict[str, date]]:
    idf = Idf(terms(text) for _, _, text in reports)
    out = [
        Candidate(text, Evidence(doc, 0, len(text), text, text, 0), idf.vector(terms(text)), 1.0)
        for doc, _, text in reports
    ]
    return out, {doc: day for doc, day, _ in reports}


def test_a_later_source_giving_a_lower_toll_disagrees() -> None:
    (line,) = toll_disagreements(*_candidates(EARLY, LATER, LATEST))
    assert line.text.startswith("Sources give the toll as 212 (")
    assert line.text.endswith(
        "and, later, as 190 (“…Monday over the attacks on ministries in Lumeria and Valdonia "
        "that killed 190 people…”)."
    )
    assert [e.doc for e in line.evidence] == ["b", "c"]


def test_a_toll_rising_or_bounded_is_the_count_moving_on() -> None:
    # 80 "at least" then 212 then 250: a running count, no source contradicts another
    rising = (LATEST[0], LATEST[1], LATEST[2].replace("190", "250"))
    assert toll_disagreements(*_candidates(EARLY, LATER, rising)) == ()


def test_one_sites_toll_or_a_toll_split_by_place_is_not_the_attacks() -> None:
    # a later count of one city's dead, and a count given by place, are other counts
    one_site = (
        "c",
        date(2021, 9, 1),
        "The blast at the ministry in Dorvik, Lumeria, killed 150 people, police said.",
    )
    split = (
        "d",
        date(2021, 9, 2),
        "The blasts in Lumeria and Valdonia killed 180 people in Dorvik and 10 in Ostra.",
    )
    assert toll_disagreements(*_candidates(LATER, one_site, split)) == ()


def test_an_early_toll_a_later_source_counts_again_is_superseded() -> None:
    # "at least 80" then 212 then 190: each earlier count is where the story was; the
    # latest stands (190, lower, also disagrees with 212: told apart, in its own line)
    candidates, published = _candidates(EARLY, LATER, LATEST)
    assert toll_updates(candidates, published)[0] == {("a", 0), ("b", 0)}


def test_a_first_flash_toll_in_words_is_superseded_by_the_count() -> None:
    # the first report's "dozens", its places told by their people ("Lumerian"), then the
    # count a week later naming the cities and their countries
    flash = (
        "f",
        date(2021, 3, 3),
        "Bombs exploded outside the ministries in the Lumerian and Valdonian capitals Friday, "
        "killing dozens of people, witnesses said.",
    )
    candidates, published = _candidates(flash, LATER)
    assert toll_updates(candidates, published)[0] == {("f", 0)}


def test_a_count_of_another_scale_or_other_places_supersedes_nothing() -> None:
    # one site's toll is not the attacks' (a tenth of it), nor a toll naming other places
    site = (
        "s",
        date(2021, 4, 1),
        "The twin blasts at the ministries in Dorvik, Lumeria, and Ostra, Valdonia, killed 21 "
        "people at the first ministry alone.",
    )
    other = (
        "o",
        date(2021, 4, 2),
        "The twin blasts at the markets in Penbury, Marlow, killed 230 people.",
    )
    candidates, published = _candidates(LATER, site, other)
    assert toll_updates(candidates, published)[0] == set()


def test_a_toll_one_apart_or_rounded_is_one_toll() -> None:
    # "212" and, later, "211" or "210": the same toll counted or rounded otherwise
    for told in ("211", "210"):
        later = (LATEST[0], LATEST[1], LATEST[2].replace("190", told))
        assert toll_disagreements(*_candidates(LATER, later)) == (), told


def test_two_sources_giving_one_toll_differently_the_same_day_disagree() -> None:
    first = (
        "x",
        date(2021, 3, 20),
        "The twin blasts at the ministries in Dorvik, Lumeria, and Ostra, Valdonia, killed "
        "212 people and injured hundreds.",
    )
    other = (
        "y",
        date(2021, 3, 20),
        "Officials said the bombings of ministries in Lumeria and Valdonia killed 160 people "
        "in all.",
    )
    (line,) = toll_disagreements(*_candidates(first, other))
    assert line.text.startswith("Sources give the toll as 212 (")
    assert "and, the same day, as 160 (" in line.text


def test_a_toll_restated_in_a_dated_background_paragraph_is_compared_too() -> None:
    # The later story's toll is no summary sentence, but it dates the attacks ("last
    # year"): an event's mention, and where a toll told differently shows.
    candidates, published = _candidates(LATER)
    doc, day, text = LATEST
    evidence = Evidence(doc, 0, len(text), text, text, 0)
    timex = Timex(0, 6, "Monday", "DATE", "2021-08-30")
    mention = EventMention("m", doc, "2021-08-30", timex, "A second suspect was held", evidence)
    event = Event("e", "2021-08-30", "A second suspect was held", (mention,), (doc,))
    (line,) = toll_disagreements(toll_reports(candidates, [event]), {**published, doc: day})
    assert line.text.startswith("Sources give the toll as 212 (")
    assert [e.doc for e in line.evidence] == ["b", "c"]
    # the summary's sentences alone hold one toll: nothing to compare
    assert toll_disagreements(toll_reports(candidates, []), published) == ()
