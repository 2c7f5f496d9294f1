"""A pending legal state ("denies the charge") is no judgment once a later report tells
the verdict on the same person."""

from __future__ import annotations

from bottomline_fixtures import page

from briefgen.models import Extraction
from briefgen.summarize import summarize

DENIES = "Dr Harlow denies causing the death of the patient at the private clinic in May."
FACES = "Nurse Okafor faces a charge of negligence over the death of a second patient."
CONVICTED = "Dr Harlow has been convicted of manslaughter by a jury at the county court."


# the doctors and nurses of the fixture's pages, mentions of persons
PEOPLE = r"(?:Dr|Nurse) [A-Z]\w+"


def _extraction(doc: str, day: str, text: str) -> Extraction:
    return page(doc, day, text, people=PEOPLE)


def _shown(texts: dict[str, tuple[str, str]]) -> list[str]:
    extractions = [_extraction(doc, day, text) for doc, (day, text) in texts.items()]
    summary = summarize(extractions, [], [])
    bottom = [summary.bottom_line.text] if summary.bottom_line else []
    return bottom + [j.text for j in summary.judgments]


def test_a_denial_a_later_verdict_decided_is_not_shown() -> None:
    shown = _shown(
        {
            "a": ("2010-06-01", f"{DENIES} The hearing was adjourned until the autumn."),
            "b": ("2010-06-02", f"{FACES} The clinic was closed for an inspection."),
            "c": ("2011-11-07", f"{CONVICTED} The family wept in the public gallery."),
        }
    )
    assert CONVICTED in shown
    assert DENIES not in shown
    # Another person's pending charge is not decided by this verdict.
    assert FACES in shown


def test_a_denial_stands_while_no_verdict_is_reported() -> None:
    shown = _shown(
        {
            "a": ("2010-06-01", f"{DENIES} The hearing was adjourned until the autumn."),
            "b": ("2010-06-02", f"{FACES} The clinic was closed for an inspection."),
        }
    )
    assert DENIES in shown


ON_TRIAL = "Dr Harlow is on trial accused of the manslaughter of a patient at the clinic."
AWAITING = "Dr Harlow is awaiting sentence after the jury returned its verdict last week."
SENTENCED = "Dr Harlow has been sentenced to four years in prison by the county court."


def test_a_trial_under_way_is_not_shown_once_a_later_report_tells_the_sentence() -> None:
    shown = _shown(
        {
            "a": ("2011-09-27", f"{ON_TRIAL} The hearing is expected to last five weeks."),
            "b": ("2011-11-08", f"{AWAITING} The family wept in the public gallery."),
            "c": ("2011-11-29", f"{SENTENCED} His lawyers said he would appeal."),
        }
    )
    assert SENTENCED in shown
    assert ON_TRIAL not in shown
    assert AWAITING not in shown


def test_a_trial_under_way_stands_while_no_outcome_is_reported() -> None:
    shown = _shown({"a": ("2011-09-27", f"{ON_TRIAL} The hearing is expected to last five weeks.")})
    assert ON_TRIAL in shown
