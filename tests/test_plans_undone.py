"""A plan or a third party's report that its own article undoes is not shown as the day's
news: a plan called off in the next sentence is shown with its cancellation, a report under
a headline denying it is not shown, and a plan for a passed day gives way to a report of it
done."""

from __future__ import annotations

from datetime import date

from bottomline_fixtures import dated, page

from briefgen.announcing import passed_over, payload
from briefgen.models import Document, Event, Extraction
from briefgen.plans import called_off, planned
from briefgen.shown import read_alone
from briefgen.timeline import select_timeline

PLAN = (
    "Jo Kerr, the chief executive of Brill Foods, was planning to hold a fund-raiser for "
    "Ada Brandt on Thursday night, a company spokeswoman said on Tuesday."
)
UNDONE = "Hours later, the company said the event was canceled."
STORY = f"{PLAN} {UNDONE} Ada Brandt will hold a rally in Avon on Thursday instead."


def test_a_plan_called_off_in_the_next_sentence_is_shown_only_with_its_cancellation() -> None:
    assert planned(PLAN) and called_off(UNDONE)
    extraction = page("p1", "2024-05-01", STORY)  # a Wednesday: "Tuesday" is 30 April
    assert read_alone(PLAN, 0, extraction) is None  # alone, the plan reads as what happened
    assert payload(PLAN, 0, len(PLAN), extraction) == UNDONE
    mention = dated("p1", STORY, PLAN, "2024-04-30", said="on Tuesday")
    event = Event("plan", "2024-04-30", "said", (mention,), ("p1",), salience=1.0)
    entries = select_timeline(
        [event], dates=5, sentences=2, latest=date(2024, 5, 1), extractions=[extraction]
    )
    assert [e.date for e in entries] == ["2024-04-30"]
    shown = entries[0].sentences[0].text
    assert shown.startswith("Jo Kerr, the chief executive of Brill Foods, was planning")
    assert shown.endswith("the event was canceled.")
    # a plan the next sentence leaves standing is judged as before
    kept = page("p2", "2024-05-01", f"{PLAN} The company has backed Brandt since March.")
    assert read_alone(PLAN, 0, kept) is not None


def test_a_report_under_a_headline_denying_it_is_not_shown() -> None:
    claim = (
        "Aides to Ada Brandt are lining up a singer to open the convention in Avon next "
        "month, the Daily Ledger reported on Tuesday."
    )
    text = f"Ada Brandt said on Wednesday that no singer was asked. {claim}"
    start = text.index(claim)

    def extraction(title: str) -> Extraction:
        document = Document("d1", "d1", "txt", text, title, "2024-05-01", "stated")
        return Extraction(document=document, sentences=((0, start - 1), (start, len(text))))

    denied = extraction("Brandt Denies Singer Invited to Open Convention")
    assert passed_over(claim, start, len(text), denied)
    assert read_alone(claim, start, denied) is None
    told = extraction("Brandt Lines Up a Singer for the Convention")
    assert not passed_over(claim, start, len(text), told)
    # the article's own statement under a denial is no report the headline denies
    own = "The police said on Sunday that they did not intend to speak to the singer again."
    assert not planned(own)
    text = f"Ada Brandt said on Wednesday that no singer was asked. {own}"
    start = text.index(own)
    assert not passed_over(own, start, len(text), extraction("Lawyer Denies Singer Was Paid"))


def test_a_plan_for_a_passed_day_gives_way_to_the_report_of_it_done() -> None:
    ahead = "Ada Brandt will reportedly deliver a speech in Avon on Monday on the harbour."
    done = "Ada Brandt delivered a speech in Avon on Monday calling for a new harbour."
    pages = {
        "a1": ("2024-05-06", f"{ahead} The harbour closed in March."),
        "a2": ("2024-05-07", f"{done} The crowd cheered her plan."),
    }
    extractions = [page(doc, day, text) for doc, (day, text) in pages.items()]
    mentions = (
        dated("a1", pages["a1"][1], ahead, "2024-05-06", said="on Monday", scheduled=True),
        dated("a2", pages["a2"][1], done, "2024-05-06", said="on Monday"),
    )
    event = Event("speech", "2024-05-06", "speech", mentions, ("a1", "a2"), salience=2.0)
    entries = select_timeline(
        [event], dates=5, sentences=2, latest=date(2024, 5, 20), extractions=extractions
    )
    shown = [s.text for e in entries for s in e.sentences]
    assert any(text.startswith("Ada Brandt delivered a speech") for text in shown)
    assert not any("will reportedly deliver" in text for text in shown)
