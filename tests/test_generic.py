"""A sentence that tells what holds of a kind any week (an explainer's line) is no news:
no key judgment, key figure or timeline line. News told in a generic-looking form stays."""

from __future__ import annotations

import re

import pytest

from briefgen.generic import generic, questions_and_answers
from briefgen.models import Document, Extraction
from briefgen.newsworthy import tells_news
from briefgen.summarize import summarize


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare kind, a characterising present
        "Valley fever has similar symptoms to the common cold.",
        "Fever vaccines take months to make.",
        "Most fever patients do not need hospital care to recover.",
        "Ticks can carry the fever for weeks.",
        "Dock workers usually catch the fever from ticks on the quays.",
        # a gerund's clause as subject; a health expert's tag dates the saying only
        "Testing whether a person has the fever is not easy, a health expert said on Tuesday.",
        "Testing a patient for the fever is costly, according to a health expert.",
    ],
)
def test_what_holds_of_a_kind_is_generic(sentence: str) -> None:
    assert generic(sentence)
    assert not tells_news(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a perfect or a count: it happened
        "Valley fever has killed 149 people in Ardo province.",
        "Cases of the fever have been found in all 12 districts.",
        # a time of its own
        "Virtually all cases of the fever now resist the main drug, the agency said.",
        "Fever patients are filling the wards this week.",
        # an individual, not a kind: a definite subject, a name
        "The fever has similar symptoms to the cold, doctors in Ardo said.",
        "Ardo has more fever cases than any other province, the agency said.",
        "Dock workers in Ardo are striking over the fever rules.",
        # a directive, a report in the present, an event in a chronology's present
        "Countries should be ready for more deaths, the agency's chief said on Friday.",
        "Officials say the fever toll has risen.",
        "Preliminary hearings begin.",
        "Opening arguments take place in the televised trial.",
        # a prospect of the story's, a season's time, a change
        "Drugmakers are on track to have a fever vaccine ready after receiving samples.",
        "Fever vaccines will be ready for the autumn, makers say.",
        "Fever cases are down across the province.",
        # a passive or progressive: an event
        "Schools are closed across the province.",
        "Travellers are being screened at the port.",
    ],
)
def test_news_in_a_generic_looking_form_is_not_generic(sentence: str) -> None:
    assert not generic(sentence)


def _extraction(doc_id: str, text: str) -> Extraction:
    doc = Document(doc_id, doc_id, "txt", text, "", "2030-03-05", "stated")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.?\n]+[.?]", text))
    return Extraction(document=doc, sentences=spans)


def test_the_summary_leaves_out_an_explainer_s_line() -> None:
    explainer = "Valley fever has similar symptoms to the more common, seasonal form of the cold."
    extractions = [
        _extraction(
            d,
            f"{explainer} The fever spread to {town} on Friday and closed its schools. "
            f"Doctors in {town} treated 40 fever patients on Friday.",
        )
        for d, town in (("a", "Ardo"), ("b", "Belo"), ("c", "Cira"))
    ]
    summary = summarize(extractions, [], [], judgments=3, query=("fever",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments, *summary.key_figures) if c]
    assert shown and explainer not in shown
    assert any("closed its schools" in t for t in shown)


QA = (
    "Here are some questions and answers about the fever: HOW MANY PEOPLE HAVE DIED?\n"
    "All deaths so far have been in Ardo, where 20 of the 40 fever fatalities were confirmed on"
    " Friday.\n"
    "WHAT KIND OF FEVER IS IT?\nIt is a tick-borne fever first seen in cattle."
)


def test_a_q_and_a_built_of_capitals_questions_is_an_explainer() -> None:
    assert questions_and_answers(QA)
    # one question in capitals is a headline's or a quotation's, not a Q&A's build
    assert not questions_and_answers("WHO KNEW? The fever spread to Belo on Friday.")


def test_the_summary_leaves_out_a_q_and_a_s_answers() -> None:
    answer = "All deaths so far have been in Ardo"
    extractions = [
        _extraction("q", QA),
        *(
            _extraction(
                d,
                f"The fever spread to {town} on Friday and closed its schools. "
                f"Doctors in {town} treated 40 fever patients on Friday.",
            )
            for d, town in (("a", "Belo"), ("b", "Cira"))
        ),
    ]
    summary = summarize(extractions, [], [], judgments=3, query=("fever",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments, *summary.key_figures) if c]
    assert shown and not any(answer in t for t in shown)


@pytest.mark.parametrize(
    "sentence",
    [
        # a habit, whatever its subject: a definite kind, a place in it, a name, a pronoun
        "The fever season typically peaks in winter.",
        "Fever season in the Ardo Valley is usually almost over by May.",
        "The Ardo ferry usually sails through the northern channel.",
        "Caucus crowds tend to be older than primary voters.",
        "The agency's tally tends to lag national reports but is considered more secure.",
        "Tick fever is normally treated at home with rest and fluids.",
        # the habit reported: the tag dates the saying, not a happening
        "The fever season typically peaks in winter, a health expert said on Tuesday.",
    ],
)
def test_a_habit_is_generic(sentence: str) -> None:
    assert generic(sentence)
    assert not tells_news(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # news told in the present: a perfect and a count, a report, a state that holds on
        "The fever has killed 12 people in Ardo province.",
        "The company says it will ship the vaccine to Ardo.",
        "Schools remain closed across Ardo province.",
        # a finding, a forecast with a date
        "The vaccine protects against the new strain, a study published on Monday found.",
        "The fever season will peak in March, officials forecast on Friday.",
        # a habit broken or dated: a time of its own, a deictic season, a count
        "The fever season usually peaks in winter, but this year it came in May.",
        "Fever cases usually peak this winter, doctors in Ardo warned.",
        "The fever is usually mild but it still kills 5,000 people a year.",
        # a habit of the past, told as history
        "Ardo voters usually went to the polls in May.",
        # a habit inside a fronted or relative clause, the main clause's news its own
        "Because doctors usually treat symptoms, the agency counts reports of fever.",
        "Officials say the fever usually peaks in winter.",
        "People who usually work at the port stayed home.",
    ],
)
def test_news_beside_a_habit_is_not_generic(sentence: str) -> None:
    assert not generic(sentence)


def test_the_summary_leaves_out_a_habit() -> None:
    habit = "The fever season in the Ardo Valley typically peaks in winter and ends by May."
    extractions = [
        _extraction(
            d,
            f"{habit} The fever spread to {town} on Friday and closed its schools. "
            f"Doctors in {town} treated 40 fever patients on Friday.",
        )
        for d, town in (("a", "Belo"), ("b", "Cira"), ("c", "Dano"))
    ]
    summary = summarize(extractions, [], [], judgments=3, query=("fever",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments, *summary.key_figures) if c]
    assert shown and habit not in shown
    assert any("closed its schools" in t for t in shown)
