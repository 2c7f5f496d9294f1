"""Dated event mentions, cross-document merging, disagreements and stable ids."""

from __future__ import annotations

from briefgen.aggregate.dates import date_range, day_of
from briefgen.aggregate.events import merge_events
from briefgen.extract.events import dated_view, extract_events
from briefgen.models import Document, EventMention, Evidence, Extraction, Timex


def _timex(text: str, phrase: str, value: str, type_: str = "DATE") -> Timex:
    start = text.index(phrase)
    return Timex(start, start + len(phrase), phrase, type_, value)  # type: ignore[arg-type]


def _doc(doc_id: str, text: str, day: str | None = None) -> Document:
    return Document(id=doc_id, source=doc_id, format="txt", text=text, title="", date=day)


def _mention(doc: str, sentence: str, phrase: str, value: str, description: str) -> EventMention:
    start = sentence.index(phrase)
    timex = Timex(start, start + len(phrase), phrase, "DATE", value)
    evidence = Evidence(doc, 0, len(sentence), sentence, sentence, 0)
    return EventMention(
        id=f"{doc}-{start}",
        doc=doc,
        date=value,
        timex=timex,
        description=description,
        evidence=evidence,
    )


def _extraction(doc_id: str, day: str | None, *mentions: EventMention) -> Extraction:
    text = "\n".join(m.evidence.sentence for m in mentions)
    return Extraction(document=_doc(doc_id, text, day), events=mentions)


# --- extraction ---------------------------------------------------------------


def test_dated_clause_becomes_an_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour Report\n\n"
        "On 3 March 2020, the fishing union opened a new cold store in Vigo.\n"
        "The strike lasted three weeks.\n"
        "[1] Union bulletin, 4 March 2020.\n"
        "March 2020\n"
    )
    timexes = [
        _timex(text, "3 March 2020", "2020-03-03"),
        _timex(text, "three weeks", "P3W", "DURATION"),
        _timex(text, "4 March 2020", "2020-03-04"),
        _timex(text, "March 2020\n", "2020-03"),
    ]
    events = extract_events(_doc("a", text), nlp(text), timexes)
    assert [e.date for e in events] == ["2020-03-03"]
    event = events[0]
    assert "union opened a new cold store" in event.description
    assert "March" not in event.description
    assert len(event.description.split()) <= 25
    sentence = event.evidence.sentence
    assert text[event.evidence.start : event.evidence.end] == sentence
    assert sentence.startswith("On 3 March 2020")
    assert event.id == extract_events(_doc("a", text), nlp(text), timexes)[0].id


def test_date_ranges() -> None:
    assert date_range("2021-07-08/2021-07-09").width == 2  # type: ignore[union-attr]
    assert date_range("2021-FA").lo.month == 9  # type: ignore[union-attr]
    assert date_range("199").rank == 0  # type: ignore[union-attr]
    assert date_range("PAST_REF") is None
    assert day_of("2021-08-15TEV") == "2021-08-15"
    assert day_of("2021-08") is None


# --- merging ------------------------------------------------------------------


def _visit_corpus() -> list[Extraction]:
    a = _mention(
        "a",
        "On 3-4 March, a delegation of the fishing union visited Brussels for talks.",
        "3-4 March",
        "2020-03-03/2020-03-04",
        "A delegation of the fishing union visited Brussels for talks",
    )
    storm = _mention(
        "a",
        "On 3 March a storm flooded the harbour of Porto.",
        "3 March",
        "2020-03-03",
        "A storm flooded the harbour of Porto",
    )
    b = _mention(
        "b",
        "In March the fishing union sent a delegation to Brussels for talks.",
        "March",
        "2020-03",
        "The fishing union sent a delegation to Brussels for talks",
    )
    c = _mention(
        "c",
        "Last month's visit of the fishing union delegation to Brussels changed little.",
        "Last month",
        "2020-03",
        "Visit of the fishing union delegation to Brussels changed little",
    )
    return [
        _extraction("a", "2020-03-05", a, storm),
        _extraction("b", "2020-03-20", b),
        _extraction("c", "2020-04-10", c),
    ]


def test_three_sources_with_different_precision_merge() -> None:
    events = merge_events(_visit_corpus())
    visit = [e for e in events if "Brussels" in e.description]
    assert len(visit) == 1
    assert visit[0].sources == ("a", "b", "c")
    assert visit[0].date == "2020-03-03/2020-03-04"
    assert len(visit[0].mentions) == 3


def test_different_events_on_one_day_stay_apart() -> None:
    events = merge_events(_visit_corpus())
    assert len(events) == 2
    storm = next(e for e in events if "storm" in e.description)
    assert storm.sources == ("a",)
    visit = next(e for e in events if "Brussels" in e.description)
    assert visit.salience > storm.salience  # three sources against one


def test_conflicting_dates_are_reported() -> None:
    d = _mention(
        "d",
        "On 12 June the ministry evacuated its embassy staff from Lima.",
        "12 June",
        "2020-06-12",
        "The ministry evacuated its embassy staff from Lima",
    )
    e = _mention(
        "e",
        "The ministry evacuated the embassy staff from Lima on 14 June.",
        "14 June",
        "2020-06-14",
        "The ministry evacuated the embassy staff from Lima",
    )
    events = merge_events([_extraction("d", None, d), _extraction("e", None, e)])
    assert len(events) == 1
    assert events[0].disagreements
    assert "2020-06-12" in events[0].disagreements[0]
    assert "2020-06-14" in events[0].disagreements[0]


def test_ids_are_stable_and_order_free() -> None:
    corpus = _visit_corpus()
    first = merge_events(corpus)
    again = merge_events(list(reversed(corpus)))
    assert [e.id for e in first] == [e.id for e in again]
    assert len({e.id for e in first}) == len(first)


def test_dated_view_keeps_offsets_and_dated_sentences() -> None:
    text = "A title line.\nNothing here. On 3 May the dam broke. More filler text."
    timexes = [_timex(text, "3 May", "2020-05-03")]
    view = dated_view(text, timexes)
    assert len(view) == len(text)
    assert "On 3 May the dam broke." in view
    assert "filler" not in view and "Nothing" not in view


def test_wire_datelines_are_not_events(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LIMA | Tue Apr 21, 2009 10:19pm BST LIMA (Reuters) - Miners blocked the main road "
        "on Tuesday after talks with the government collapsed.\n"
    )
    timexes = [
        _timex(text, "Tue Apr 21, 2009", "2009-04-21"),
        _timex(text, "Tuesday", "2009-04-21"),
    ]
    events = extract_events(_doc("w", text, "2009-04-21"), nlp(text), timexes)
    assert [e.timex.text for e in events] == ["Tuesday"]
    assert events[0].description.startswith("Miners blocked the main road")


def test_lead_sentences_dated_by_publication_when_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dam breaks in the north\n"
        "The old dam above the village broke and flooded hundreds of homes.\n"
        "Will the government pay for the repairs?\n"
    )
    doc = _doc("n", text, "2020-05-04")
    assert extract_events(doc, nlp(text), []) == []
    events = extract_events(doc, nlp(text), [], lead=3)
    assert [e.date for e in events] == ["2020-05-04"]
    assert events[0].evidence.sentence.startswith("The old dam")
    assert events[0].timex.text == ""
