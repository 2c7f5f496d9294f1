"""Undated follow-up sentences that inherit the date of the event they continue."""

from __future__ import annotations

from event_fixtures import _doc, _extraction, _mention, _timex

from briefgen.aggregate.events import merge_events
from briefgen.extract.events import extract_events
from briefgen.models import EventMention, Evidence, Timex

# --- dates inherited from the event just told ----------------------------------


def _inherited(nlp, text: str, phrase: str, value: str) -> list[EventMention]:  # type: ignore[no-untyped-def]
    events = extract_events(_doc("h", text), nlp(text), [_timex(text, phrase, value)])
    return [e for e in events if not e.timex.text]


def test_sub_event_inherits_the_date_of_the_event_it_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 4 June, a five-member delegation of farmers visited Lisbon. "
        "The growers urged the ministry to cut the tax on diesel. "
        "While holding a press conference in Lisbon, the farmers' delegation demanded "
        "new subsidies.\n"
        "The ministers travelled to Porto for talks, at the end of which they "
        "signed a deal.\n"
    )
    events = extract_events(_doc("h", text), nlp(text), [_timex(text, "On 4 June", "2021-06-04")])
    inherited = [e for e in events if not e.timex.text]
    assert len(inherited) == 1
    press = inherited[0]
    assert press.date == "2021-06-04" and press.timex.mod == "APPROX"
    assert "press conference" in press.description
    assert press.evidence.sentence.startswith("While holding")


def test_pointing_phrase_inherits_the_previous_sentence_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In May 2019 the ministers travelled to Porto for talks. "
        "At the end of which they staged a press conference on fishing quotas.\n"
    )
    inherited = _inherited(nlp, text, "In May 2019", "2019-05")
    assert [e.date for e in inherited] == ["2019-05"]
    assert inherited[0].description.startswith("They staged a press conference")


def test_no_inherited_date_across_paragraphs_or_for_reporting_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    across = (
        "On 4 June, a delegation of farmers visited Lisbon.\n\n"
        "The delegation held a press conference in Porto.\n"
    )
    assert _inherited(nlp, across, "On 4 June", "2021-06-04") == []
    reporting = (
        "On 4 June, a delegation of farmers visited Lisbon. "
        "The delegation said that the tax was unfair.\n"
    )
    assert _inherited(nlp, reporting, "On 4 June", "2021-06-04") == []
    unrelated = (
        "On 4 June, a delegation of farmers visited Lisbon. "
        "The weather turned cold across the north.\n"
    )
    assert _inherited(nlp, unrelated, "On 4 June", "2021-06-04") == []
    future = (
        "On 4 June, a delegation of farmers visited Lisbon. "
        "The delegation will hold a press conference in Porto.\n"
    )
    assert _inherited(nlp, future, "On 4 June", "2021-06-04") == []


def test_press_conference_stays_apart_from_the_visit_it_closes() -> None:
    visit = _mention(
        "a",
        "On 4 June a delegation visited Lisbon.",
        "On 4 June",
        "2021-06-04",
        "a delegation visited Lisbon",
    )
    trip = _mention(
        "b",
        "The delegation's trip to Lisbon in June.",
        "in June",
        "2021-06",
        "The delegation's trip to Lisbon",
    )
    sentence = "While holding a press conference in Lisbon, the delegation demanded subsidies."
    press = EventMention(
        id="a-press",
        doc="a",
        date="2021-06-04",
        timex=Timex(0, 0, "", "DATE", "2021-06-04", "APPROX"),
        description="holding a press conference in Lisbon the delegation",
        evidence=Evidence("a", 40, 40 + len(sentence), sentence, sentence, 40),
    )
    events = merge_events([_extraction("a", None, visit, press), _extraction("b", None, trip)])
    together = [{m.id for m in e.mentions} for e in events]
    assert {"a-press"} in together
    assert any(visit.id in ids and trip.id in ids for ids in together)


def test_sentence_dated_by_publication_is_not_also_inherited(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 4 June, a delegation of farmers visited Lisbon with its new leaders. "
        "The delegation held a press conference in the capital.\n"
    )
    doc = _doc("n", text, "2021-06-05")
    timexes = [_timex(text, "On 4 June", "2021-06-04")]
    assert [e.date for e in extract_events(doc, nlp(text), timexes)] == [
        "2021-06-04",
        "2021-06-04",
    ]
    events = extract_events(doc, nlp(text), timexes, lead=3)
    second = [e for e in events if e.evidence.sentence.startswith("The delegation")]
    assert [e.date for e in second] == ["2021-06-05"]
