"""Dated event mentions, cross-document merging, disagreements and stable ids."""

from __future__ import annotations

from dataclasses import replace

from event_fixtures import _doc, _extraction, _mention, _timex

from briefgen.aggregate import clusters, same_happening
from briefgen.aggregate.events import merge_events
from briefgen.extract.events import dated_view, extract_events
from briefgen.models import Event, EventMention, Evidence, Extraction, Timex

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
    assert events[0].disagreements == (
        "Sources differ on the date: 12 June 2020 (doc d) vs 14 June 2020 (doc e)",
    )


def _dividends(second_names: tuple[str, ...]) -> list[Event]:
    first = _actors(
        _mention(
            "f",
            "Harbour Mills Ltd. said its increased dividend will be paid Dec. 15 to holders "
            "of record.",
            "Dec. 15",
            "2020-12-15",
            "Harbour Mills Ltd. said its increased dividend will be paid to holders of record",
        ),
        "Harbour Mills Ltd",
    )
    second = _actors(
        _mention(
            "g",
            "The increased dividend will be paid Dec. 14 to holders of record.",
            "Dec. 14",
            "2020-12-14",
            "The increased dividend will be paid to holders of record",
        ),
        *second_names,
    )
    return merge_events([_extraction("f", None, first), _extraction("g", None, second)])


def test_a_routine_happening_of_two_parties_is_no_disagreement() -> None:
    # One report names the company; the other is another company's dividend, its
    # name sentences before: the brief cannot tell readers the sources disagree.
    assert all(not e.disagreements for e in _dividends(()))
    assert all(not e.disagreements for e in _dividends(("Lakeside Foods Inc",)))


def test_two_reports_of_one_partys_happening_may_disagree() -> None:
    events = _dividends(("Harbour Mills",))
    assert [e.disagreements for e in events if e.disagreements] == [
        ("Sources differ on the date: 14 December 2020 (doc g) vs 15 December 2020 (doc f)",)
    ]


def test_a_plan_two_sources_date_differently_is_no_disagreement() -> None:
    # A date told ahead moves: an offer extended until Nov. 6, then until Nov. 9, is the
    # plan as it stood when each source wrote, not two sources contradicting each other.
    def extended(doc: str, day: str) -> EventMention:
        mention = _mention(
            doc,
            f"Harbour Mills Ltd. extended its $18-a-share offer for Dunmore Inc. until Nov. {day}.",
            f"Nov. {day}",
            f"2020-11-{day:0>2}",
            "Harbour Mills Ltd. extended its offer for Dunmore Inc.",
        )
        return replace(_actors(mention, "Harbour Mills Ltd"), scheduled=True)

    events = merge_events(
        [
            _extraction("p", "2020-10-30", extended("p", "6")),
            _extraction("q", "2020-11-02", extended("q", "9")),
        ]
    )
    assert len(events) == 1
    assert not events[0].disagreements
    told = [replace(m, scheduled=False) for e in events for m in e.mentions]
    again = merge_events([_extraction(m.doc, None, m) for m in told])
    assert [e.disagreements for e in again if e.disagreements]


def _quarterly(first: str, second: str) -> list[Event]:
    def report(doc: str, company: str, change: str) -> EventMention:
        sentence = f"{company} said net income {change} in the third quarter of 2020."
        return _actors(
            _mention(
                doc,
                sentence,
                "the third quarter of 2020",
                "2020-Q3",
                f"{company} said net income {change}",
            ),
            company,
        )

    others = [
        _extraction(
            d,
            "2020-10-22",
            _mention(d, f"The {what} on 2 October.", "2 October", "2020-10-02", f"The {what}"),
        )
        for d, what in [
            ("m", "harbour flooded"),
            ("n", "mayor resigned"),
            ("p", "bridge reopened"),
            ("q", "strike ended"),
        ]
    ]
    return merge_events(
        [
            _extraction("h", "2020-10-20", report("h", first, "rose 12%")),
            _extraction("k", "2020-10-21", report("k", second, "rose 12%")),
            *others,
        ]
    )


def test_two_companies_results_are_two_happenings() -> None:
    results = [
        e for e in _quarterly("Harbour Mills Ltd", "Lakeside Foods Inc") if e.date == "2020-Q3"
    ]
    assert len(results) == 2
    # one company's results, reported by two sources: one happening
    results = [
        e for e in _quarterly("Harbour Mills Ltd", "Harbour Mills Ltd") if e.date == "2020-Q3"
    ]
    assert len(results) == 1


def test_a_results_report_naming_no_company_is_not_another_companys() -> None:
    def report(doc: str, sentence: str, company: str | None) -> Extraction:
        m = _mention(doc, sentence, "the third quarter", "2020-Q3", sentence.rstrip("."))
        return _extraction(doc, "2020-10-21", _actors(m, company) if company else m)

    events = merge_events(
        [
            report(
                "h", "Harbour Mills said net income rose 12% in the third quarter.", "Harbour Mills"
            ),
            report("k", "Net income rose 12% in the third quarter, the bank said.", None),
        ]
    )
    assert len([e for e in events if e.date == "2020-Q3"]) == 2


def test_two_shares_closing_on_one_exchange_are_two_happenings() -> None:
    def close(doc: str, company: str) -> Extraction:
        sentence = f"On the Harbour Stock Exchange, {company} shares closed down 3% on Friday."
        m = _mention(doc, sentence, "Friday", "2020-10-16", f"{company} shares closed down 3%")
        return _extraction(doc, "2020-10-19", _actors(m, company, "Harbour Stock Exchange"))

    days = [e for e in merge_events([close("h", "Lakeside Inc"), close("k", "Vigo Foods Inc")])]
    assert len(days) == 2
    # one company's close told by two sources: one happening
    assert len(merge_events([close("h", "Lakeside"), close("k", "Lakeside")])) == 1


def test_a_close_naming_its_company_is_not_one_naming_only_the_exchange() -> None:
    # "Its stock closed …" names no company of its own (the article's, which the sentence
    # does not say): the exchange both give as the setting is no party in common.
    named = _mention(
        "h",
        "On the Harbour Stock Exchange, Lakeside shares closed down 3% on Friday.",
        "Friday",
        "2020-10-16",
        "Lakeside shares closed down 3%",
    )
    unnamed = _mention(
        "k",
        "On the Harbour Stock Exchange, its shares closed down 3% on Friday.",
        "Friday",
        "2020-10-16",
        "its shares closed down 3%",
    )
    events = merge_events(
        [
            _extraction("h", "2020-10-19", _actors(named, "Lakeside", "Harbour Stock Exchange")),
            _extraction("k", "2020-10-19", _actors(unnamed, "Harbour Stock Exchange")),
        ]
    )
    assert len(events) == 2


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


def test_a_readers_comment_is_no_event_of_the_page(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials confirmed the first case on Monday.\n"
        "At 18:49 27th Apr 2009, flufan wrote: I hear it reached Spain on Sunday. "
        "The government closed schools on Monday.\n"
    )
    timexes = [
        _timex(text, "Monday", "2009-04-27"),
        _timex(text, "18:49 27th Apr 2009", "2009-04-27T18:49"),
        _timex(text, "Sunday", "2009-04-26"),
        Timex(text.rindex("Monday"), text.rindex("Monday") + 6, "Monday", "DATE", "2009-04-27"),
    ]
    doc = _doc("c", text, "2009-04-27")
    events = extract_events(doc, nlp(text), timexes)
    assert [e.evidence.sentence for e in events] == [
        "Officials confirmed the first case on Monday."
    ]
    # a scrape that lost the line breaks glues comments into one line
    glued = "Great work !! At 17:08 3rd Jun 2009, flufan wrote: Cases rose on Monday.\n"
    monday = glued.index("Monday")
    day = Timex(monday, monday + 6, "Monday", "DATE", "2009-06-01")
    assert not extract_events(_doc("g", glued, "2009-06-03"), nlp(glued), [day])
    # no dated lead sentence from the comment either
    lead = extract_events(doc, nlp(text), [], lead=3)
    assert all(not e.evidence.sentence.startswith(("At 18:49", "The government")) for e in lead)


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


# --- merging: kinds of happening, vague into precise, anaphora ----------------


def _actors(mention: EventMention, *names: str) -> EventMention:
    return replace(mention, actors=names)


def test_one_kind_of_happening_merges_without_shared_words() -> None:
    arrived = _mention(
        "a",
        "On 2 May the Norvik delegation arrived in Tarsa.",
        "2 May",
        "2020-05-02",
        "The Norvik delegation arrived in Tarsa",
    )
    trip = _mention(
        "b",
        "Norvik's two-day trip to Tarsa began on 2 May, officials said.",
        "2 May",
        "2020-05-02",
        "Norvik's two-day trip to Tarsa began",
    )
    vote = _mention(
        "b",
        "Tarsa's parliament voted on the budget on 2 May.",
        "2 May",
        "2020-05-02",
        "Tarsa's parliament voted on the budget",
    )
    events = merge_events(
        [
            _extraction("a", "2020-05-03", _actors(arrived, "Norvik")),
            _extraction("b", "2020-05-03", _actors(trip, "Norvik"), vote),
        ]
    )
    assert sorted(len(e.mentions) for e in events) == [1, 2]
    visit = next(e for e in events if len(e.mentions) == 2)
    assert visit.sources == ("a", "b")


def test_vague_mention_joins_the_precise_event_it_shares_a_kind_with() -> None:
    seized = _mention(
        "a",
        "Rebels seized the airport of Dovra on 12 March.",
        "12 March",
        "2020-03-12",
        "Rebels seized the airport of Dovra",
    )
    capture = _mention(
        "b",
        "Since the rebel capture of Dovra in March, flights have stopped.",
        "March",
        "2020-03",
        "The rebel capture of Dovra",
    )
    drills = _mention(
        "b",
        "In March the navy held exercises off Dovra.",
        "March",
        "2020-03",
        "The navy held exercises off Dovra",
    )
    events = merge_events(
        [
            _extraction("a", "2020-03-13", _actors(seized, "Dovra")),
            _extraction("b", "2020-04-20", _actors(capture, "Dovra"), _actors(drills, "Dovra")),
        ]
    )
    seizure = next(e for e in events if e.date == "2020-03-12")
    assert {m.description for m in seizure.mentions} == {
        "Rebels seized the airport of Dovra",
        "The rebel capture of Dovra",
    }
    # exercises are another kind of happening: they stay apart
    assert any(e.description.startswith("The navy held exercises") for e in events)


def test_vague_mention_joins_the_best_reported_event_of_a_shared_participant() -> None:
    met = [
        _mention(
            doc,
            "On 8 July the Varnish envoys visited Ostrel for talks.",
            "8 July",
            "2020-07-08",
            "The Varnish envoys visited Ostrel for talks",
        )
        for doc in ("a", "b")
    ]
    pledges = _mention(
        "c",
        "Observers doubt the pledges given in Ostrel last month will hold.",
        "last month",
        "2020-07",
        "The pledges given in Ostrel",
    )
    storm = _mention(
        "c", "On 20 July a storm flooded the port of Kell.", "20 July", "2020-07-20", "A storm"
    )
    taxes = _mention(
        "d",
        "In July the Kell council raised taxes.",
        "July",
        "2020-07",
        "Kell council raised taxes",
    )
    events = merge_events(
        [
            _extraction("a", "2020-07-09", _actors(met[0], "Varnish", "Ostrel")),
            _extraction("b", "2020-07-10", _actors(met[1], "Varnish", "Ostrel")),
            _extraction("c", "2020-08-05", _actors(pledges, "Ostrel"), _actors(storm, "Kell")),
            _extraction("d", "2020-08-05", _actors(taxes, "Kell")),
        ]
    )
    assert len(events) == 3
    visit = next(e for e in events if e.date == "2020-07-08")
    assert visit.sources == ("a", "b", "c")
    assert len(visit.mentions) == 3


def test_back_then_joins_the_event_just_dated() -> None:
    text = (
        "The league banned the club from Europe in 1998. "
        "Back then, a tribunal cited unpaid debts and forged accounts."
    )
    first = text.index("The league")
    second = text.index("Back then")
    ban = EventMention(
        id="x1",
        doc="x",
        date="1998",
        timex=Timex(text.index("1998"), text.index("1998") + 4, "1998", "DATE", "1998"),
        description="The league banned the club from Europe",
        evidence=Evidence("x", first, second - 1, text[first : second - 1], text[:second], 0),
    )
    tribunal = EventMention(
        id="x2",
        doc="x",
        date="1998",
        timex=Timex(second, second + 9, "Back then", "DATE", "1998"),
        description="A tribunal cited unpaid debts and forged accounts",
        evidence=Evidence("x", second, len(text), text[second:], text[second:], second),
    )
    extraction = Extraction(document=_doc("x", text), events=(ban, tribunal))
    assert len(merge_events([extraction])) == 1


def test_two_dates_of_one_sentence_are_two_events() -> None:
    sentence = "In 2018 the firm launched a fund for Kesh, and in 2019 the firm closed the fund."
    a = _mention("f", sentence, "2018", "2018", "The firm launched a fund for Kesh")
    b = _mention("f", sentence, "2019", "2019", "The firm closed the fund")
    b = replace(b, id="f-other")
    events = merge_events([_extraction("f", None, a, b)])
    assert len(events) == 2


def test_copula_relative_clause_is_the_dated_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mine has kept its office in Tulm, which has been under army guard since 4 June.\n"
    timexes = [_timex(text, "4 June", "2020-06-04")]
    events = extract_events(_doc("m", text), nlp(text), timexes)
    assert len(events) == 1
    assert "under army guard" in events[0].description


def test_caption_with_agency_markup_is_not_an_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers stand guard at the port of Tulm on June 4, 2020 **AFP**\n"
    timexes = [_timex(text, "June 4, 2020", "2020-06-04")]
    assert extract_events(_doc("c", text), nlp(text), timexes) == []


def test_the_corpus_subject_is_no_evidence_of_one_happening(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    towns = ("Arlo", "Bexley", "Corran", "Dunmore", "Elsby")
    extractions = [
        _extraction(
            town[0].lower(),
            "2020-02-04",
            _actors(
                _mention(
                    town[0].lower(),
                    f"Two flu patients died in {town} hospital on 3 February.",
                    "3 February",
                    "2020-02-03",
                    f"Two flu patients died in {town} hospital",
                ),
                town,
            ),
        )
        for town in towns
    ]
    # Deaths are what every source reports: sharing that kind (and "flu") is not enough.
    assert len(merge_events(extractions)) == len(towns)
    # (each names its own town: as two parties, that keeps them apart as well)
    monkeypatch.setattr(same_happening, "_other_parties", lambda a, b: False)
    assert len(merge_events(extractions)) == len(towns)
    monkeypatch.setattr(clusters, "COMMON_KIND", 1.0)
    assert len(merge_events(extractions)) < len(towns)


def test_an_event_reported_a_thousand_times_is_merged_without_comparing_every_pair(
    monkeypatch,
) -> None:
    """Regression: choosing the representative of a huge cluster compared every mention with
    every other (a repetitive 5 MB text spent minutes there); it now uses a bounded sample."""
    from briefgen.aggregate import events, same_happening

    sentence = "The ministers signed the grain accord in Geneva on 8 July."
    mentions = [
        _mention(f"d{i:04}", sentence, "8 July", "2021-07-08", "signed the grain accord")
        for i in range(1000)
    ]
    calls = 0
    real = same_happening.similarity

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(events, "similarity", counted)
    merged = merge_events([_extraction(m.doc, "2021-07-09", m) for m in mentions])
    assert len(merged) == 1 and len(merged[0].mentions) == 1000
    assert calls <= events.CENTRALITY_SAMPLE**2


def test_a_report_naming_only_its_place_is_not_another_places_happening() -> None:
    def rally(doc: str, sentence: str, *names: str) -> Extraction:
        m = _mention(doc, sentence, "Monday", "2016-10-10", sentence.rstrip("."))
        return _extraction(doc, "2016-10-11", _actors(m, *names))

    events = merge_events(
        [
            rally("h", "Thousands cheered at a rally in Iowa on Monday.", "Iowa"),
            rally("k", "Thousands cheered at a rally in Ohio on Monday.", "Ohio"),
        ]
    )
    assert len(events) == 2


def _harbour_day(report: str, description: str) -> list[Event]:
    """A Friday's plan for Sunday and a report, published on Monday, of that Sunday."""
    plan = replace(
        _mention(
            "a",
            "The governor plans to visit Harbourton on Sunday, an aide said.",
            "on Sunday",
            "2020-03-08",
            "The governor to visit Harbourton",
        ),
        scheduled=True,
        actors=("Harbourton",),
    )
    phrase = "on Sunday" if "on Sunday" in report else "On Sunday"
    told = replace(_mention("b", report, phrase, "2020-03-08", description), actors=("Harbourton",))
    return merge_events(
        [_extraction("a", "2020-03-06", plan), _extraction("b", "2020-03-09", told)]
    )


def test_a_plan_merges_with_the_report_of_its_own_kind_not_with_another_happening() -> None:
    visited = _harbour_day(
        "The governor visited Harbourton on Sunday and walked the harbour.",
        "The governor visited Harbourton",
    )
    assert [sorted(m.doc for m in e.mentions) for e in visited] == [["a", "b"]]
    assert not visited[0].scheduled
    # A rally that day in the same town is no visit the plan announced: kept apart, the
    # plan stays a plan (and the rally is not shown as the visit, nor the visit as done).
    spoke = _harbour_day(
        "On Sunday the governor spoke at a rally in Harbourton at the harbour museum.",
        "The governor spoke at a rally in Harbourton at the harbour museum",
    )
    assert sorted(sorted(m.doc for m in e.mentions) for e in spoke) == [["a"], ["b"]]
    assert [e.scheduled for e in spoke if e.mentions[0].doc == "a"] == [True]


def test_an_event_told_by_a_fragment_is_described_by_its_sentence() -> None:
    # the clause the date hangs on, cut out of its sentence, is no statement ("That was"):
    # the JSON, a disagreement's line and a delivered what's-new list show the sentence
    sentence = "That was on 3 March, when the union opened a cold store in Vigo."
    fragment = _mention("a", sentence, "3 March", "2020-03-03", "That was")
    whole = "On 4 March the port authority of Vigo approved the new quay for trawlers."
    clause = _mention(
        "b", whole, "4 March", "2020-03-04", "the port authority approved the new quay"
    )
    events = merge_events(
        [_extraction("a", "2020-03-05", fragment), _extraction("b", "2020-03-05", clause)]
    )
    described = {e.date: e.description for e in events}
    assert described["2020-03-03"] == sentence
    assert described["2020-03-04"] == "the port authority approved the new quay"
