"""The bottom line at the end of a sparse archive: a year after the attack, the arrest
that one or two reports tell is where the story stands, not the first day's flash."""

from __future__ import annotations

import re
from datetime import date

from bottomline_fixtures import dated, page

from briefgen.aggregate.terms import Idf, terms
from briefgen.bottomline import Candidate
from briefgen.late_thread import later_thread
from briefgen.models import Event, Evidence, Extraction, Mention
from briefgen.summarize import summarize

FLASH = (
    "Bombs exploded outside the consulates in the Ostran and Dorvikian capitals Friday, "
    "killing dozens of people, witnesses said."
)
COUNTED = "The bombings at the consulates in Ostra and Dorvik killed 212 people, officials said."
MOURNING = "Ostra and Dorvik declared a day of mourning for the victims of the consulate bombings."
ARREST = (
    "A man whose flat was allegedly a bomb workshop was arrested in connection with last "
    "year's consulate bombings in Ostra and Dorvik and flown to Penbury for trial."
)
HELD = "An individual was held at the airport over the attacks, police said."
CONDOLENCE = "Marlow sent its condolences to Ostra on the anniversary of the attacks."
RECAP = "The bombings at the consulates in Ostra and Dorvik killed 212 people a year ago."
# The places the whole story is about: half of the reports or more name them.
CENTRAL = frozenset({"Ostra", "Dorvik"})


def _corpus(late: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """A week of reports on the attack, a month's later ones, then the ``late`` reports."""
    return {
        "a": ("1998-08-07", f"{FLASH} Rescuers dug through the rubble."),
        "b": ("1998-08-08", f"{COUNTED} Hospitals in Ostra were overwhelmed."),
        "c": ("1998-08-09", f"{MOURNING} Flags flew at half mast in Dorvik."),
        "d": ("1998-08-20", "Investigators in Ostra said the bomb in Dorvik was a truck bomb."),
        "e": ("1998-09-15", "Ostra offered a reward for news of the bombers of Dorvik."),
        **late,
    }


def _named(x: Extraction) -> Extraction:
    """``x`` with each central name it gives a mention of a state."""
    text = x.document.text
    found = re.finditer(r"\b(?:Ostra|Dorvik|Marlow|Penbury)\b", text)
    mentions = tuple(
        Mention(x.document.id, m.start(), m.end(), m[0], "name", "state") for m in found
    )
    return Extraction(
        document=x.document, sentences=x.sentences, timexes=x.timexes, mentions=mentions
    )


def _ledes(reports: dict[str, tuple[str, str]]) -> tuple[list[Candidate], dict[str, date | None]]:
    """Each report's lede as a candidate, the later ones scored lower (the first day's
    flash is the most central)."""
    ledes = {doc: text.split(". ")[0].rstrip(".") + "." for doc, (_, text) in reports.items()}
    idf = Idf(terms(t) for t in ledes.values())
    out = [
        Candidate(t, Evidence(doc, 0, len(t), t, t, 0), idf.vector(terms(t)), 1.0 - i / 10)
        for i, (doc, t) in enumerate(ledes.items())
    ]
    return out, {doc: date.fromisoformat(day) for doc, (day, _) in reports.items()}


def _later(late: dict[str, tuple[str, str]], standing_doc: str = "b") -> str | None:
    reports = _corpus(late)
    candidates, published = _ledes(reports)
    extractions = [page(doc, day, text) for doc, (day, text) in reports.items()]
    standing = next(c for c in candidates if c.evidence.doc == standing_doc)
    found = later_thread(standing, candidates, extractions, published, CENTRAL)
    return found.text if found is not None else None


def test_a_year_later_arrest_told_by_two_reports_in_other_words_is_where_it_stands() -> None:
    late = {
        "y": ("1999-10-08", f"{ARREST} He is to appear before a judge."),
        "z": ("1999-10-08", f"{HELD} The arrest was announced today."),
    }
    assert _later(late) == ARREST


def test_a_late_lede_naming_not_the_story_s_places_leaves_the_bottom_line() -> None:
    # a neighbouring capital's condolence names one of the places: a reaction, not the story
    late = {"z": ("1999-08-07", f"{CONDOLENCE} Its envoy laid a wreath.")}
    assert _later(late) is None


def test_a_late_recap_of_the_first_day_is_no_later_development() -> None:
    late = {"z": ("1999-08-07", f"{RECAP} Survivors gathered at the site.")}
    assert _later(late) is None


def test_a_bottom_line_of_the_last_cycle_stays() -> None:
    late = {"z": ("1999-10-08", f"{ARREST} He is to appear before a judge.")}
    assert _later(late, standing_doc="z") is None


def test_the_summary_leads_on_the_arrest_and_shows_no_first_flash_toll() -> None:
    """Built whole: the flash's "dozens" is overtaken by the later count, and the arrest a
    year on, which no second source words alike nor dates, gives the bottom line."""
    reports = _corpus(
        {
            "y": ("1999-10-08", f"{ARREST} He is to appear before a judge."),
            "z": ("1999-10-08", f"{HELD} The arrest was announced today."),
        }
    )
    extractions = [_named(page(doc, day, text)) for doc, (day, text) in reports.items()]
    told = tuple(
        dated(doc, text, text.split(". ")[0].rstrip(".") + ".", "1998-08-07")
        for doc, (_, text) in reports.items()
        if doc in "abc"
    )
    events = [Event("attack", "1998-08-07", "bombs exploded", told, ("a", "b", "c"), salience=3.0)]
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.text == ARREST
    shown = [summary.bottom_line.text, *(j.text for j in summary.judgments)]
    assert not any("dozens" in text for text in shown)
