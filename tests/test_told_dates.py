"""The PDF's chronology prints a sentence under a date only when that date is its news's.

Each case is a sentence of a fixture report, one mention dated by one expression; what a
reader of the printed chronology would see (the entry, or none) is asserted, with a
control sentence of the same shape that is printed, so that no test passes by printing
nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from briefgen.misdated import misdated
from briefgen.models import Event, EventMention, Evidence, Timex
from briefgen.render.printing import Printing
from briefgen.render.told import Told, told_sentences


def _mention(
    sentence: str,
    when: str,
    value: str,
    verb: str,
    *,
    doc: str = "d1",
    clause: str | None = None,
    scheduled: bool = False,
) -> EventMention:
    """A mention of ``sentence`` (a report's whole text) dated ``value`` by the expression
    ``when``, its event the ``verb``; ``clause`` is the event's clause when not the whole
    sentence (the main clause)."""
    at = sentence.index(when)
    told = clause or sentence
    start = sentence.index(told)
    head = sentence.index(verb, start)
    return EventMention(
        id=f"m-{doc}-{at}",
        doc=doc,
        date=value,
        timex=Timex(at, at + len(when), when, "DATE", value),
        description=told,
        evidence=Evidence(doc, start, start + len(told), told, sentence, 0),
        predicate=(head, head + len(verb)),
        scheduled=scheduled,
    )


def _event(ident: str, *mentions: EventMention, date_: str | None = None) -> Event:
    return Event(
        ident,
        date_ or mentions[0].date,
        mentions[0].description,
        mentions,
        tuple(sorted({m.doc for m in mentions})),
        scheduled=all(m.scheduled for m in mentions),
    )


def _printed(
    *events: Event, published: str = "2016-10-03", aside: frozenset[str] = frozenset()
) -> dict[str, Told]:
    docs = {m.doc for e in events for m in e.mentions}
    texts = {m.doc: m.evidence.sentence for e in events for m in e.mentions}
    # the rest of a corpus, which weighs the words the sentences share (not printed)
    others = tuple(
        _event(f"other-{n}", replace(_mention(text, "today", published, "said"), anchor="news"))
        for n, text in enumerate(_CORPUS)
    )
    day = date.fromisoformat(published)
    printing = Printing(
        texts=texts,
        latest=day,
        published={d: day for d in docs},
        aside=aside,
    )
    return told_sentences([*events, *others], 10, printing)


_CORPUS = (
    "Schools in the capital stayed shut today, the mayor said.",
    "Airlines cancelled flights to the region today, a spokesman said.",
    "Markets fell sharply today as investors weighed the outbreak, traders said.",
    "The vaccine makers said today that trials would start within weeks.",
)


def test_a_year_dating_a_noun_does_not_date_the_sentence() -> None:
    filings = _mention(
        "No one at the state revenue office released Smith's 1995 state tax filings.",
        "1995",
        "1995",
        "released",
    )
    filed = _mention(
        "Donald Smith filed a state tax return in 1995 that showed a large loss.",
        "1995",
        "1995",
        "filed",
        doc="d2",
    )
    assert list(_printed(_event("noun", filings), _event("verb", filed))) == ["verb"]


def test_a_year_after_a_noun_phrase_is_the_nouns() -> None:
    trial = _mention(
        "A judge has ordered the doctor to stand trial over the singer's death in 2009.",
        "2009",
        "2009",
        "stand",
    )
    died = _mention(
        "The singer died of an overdose of sedatives in 2009, aged 50.",
        "2009",
        "2009",
        "died",
        doc="d2",
    )
    printed = _printed(_event("trial", trial), _event("died", died), published="2011-01-11")
    assert list(printed) == ["died"]


def test_a_possessive_date_names_a_thing_of_that_day() -> None:
    debate = _mention(
        "The senator attacked the governor's record at Monday's debate in Ohio.",
        "Monday",
        "2016-09-26",
        "attacked",
    )
    assert _printed(_event("debate", debate)) == {}


def test_a_date_in_a_relative_clause_is_the_clause_participants() -> None:
    sentence = (
        "The minister dismissed the criticism from Acme Coal, which filed for bankruptcy "
        "protection in April."
    )
    bankruptcy = _mention(
        sentence,
        "April",
        "2016-04",
        "filed",
        clause="which filed for bankruptcy protection in April",
    )
    assert _printed(_event("relative", bankruptcy)) == {}


def test_a_present_finding_about_an_earlier_decade_is_not_that_decades_event() -> None:
    finding = _mention(
        "An analysis of the new strain suggests it is as mild as the strains of the 1990s.",
        "the 1990s",
        "199",
        "suggests",
    )
    past = _mention(
        "Health officials fought a milder strain of the virus in the 1990s.",
        "the 1990s",
        "199",
        "fought",
        doc="d2",
    )
    printed = _printed(_event("finding", finding), _event("past", past), published="2009-05-01")
    assert list(printed) == ["past"]


def test_a_year_in_an_aside_in_brackets_dates_the_aside() -> None:
    pigs = _mention(
        "Officials are inspecting all imported pigs (about 420 pigs were imported in 2008).",
        "2008",
        "2008",
        "inspecting",
    )
    assert _printed(_event("aside", pigs), published="2009-05-05") == {}


def test_a_time_inside_a_quotation_is_the_speakers() -> None:
    ad = _mention(
        "As a phone rang, the announcer said, “It’s 3 a.m., and your children are asleep.”",
        "3 a.m.",
        "2016-09-30T03:00",
        "said",
    )
    assert _printed(_event("quoted", ad), published="2016-09-30") == {}


def test_a_weekend_after_a_monday_report_is_no_past_event() -> None:
    def told(value: str, doc: str) -> EventMention:
        sentence = (
            "The league's chief executive told a young voter this weekend that every vote counts."
        )
        return _mention(sentence, "this weekend", value, "told", doc=doc)

    ahead = _event("ahead", told("2016-W38-WE", "d1"))  # the coming weekend: read forward
    before = _event("before", told("2016-W37-WE", "d2"))  # the one just past
    assert list(_printed(ahead, before, published="2016-09-19")) == ["before"]


def test_one_death_reported_on_two_days_is_printed_once_under_its_written_date() -> None:
    late = _mention(
        "A 38-year-old woman from Glasgow died yesterday at the Royal Alexandra Hospital.",
        "yesterday",
        "2009-06-15",
        "died",
    )
    written = _mention(
        "A 38-year-old woman from Glasgow died on 14 June at the Royal Alexandra Hospital.",
        "14 June",
        "2009-06-14",
        "died",
        doc="d2",
    )
    printed = _printed(_event("late", late), _event("on-time", written), published="2009-06-16")
    assert {k: v.date for k, v in printed.items()} == {"on-time": "2009-06-14"}


def test_two_steps_on_adjacent_days_are_two_entries() -> None:
    four = _mention(
        "The World Health Organization raised its alert level from three to four on Tuesday.",
        "Tuesday",
        "2009-04-28",
        "raised",
    )
    five = _mention(
        "The World Health Organization raised its alert level to five on Wednesday.",
        "Wednesday",
        "2009-04-29",
        "raised",
        doc="d2",
    )
    assert set(_printed(_event("four", four), _event("five", five), published="2009-04-30")) == {
        "four",
        "five",
    }


def test_a_report_merged_into_the_previous_day_is_printed_under_its_own() -> None:
    sunday = _mention(
        "The United States has 2,532 confirmed cases, the disease agency said on Sunday.",
        "on Sunday",
        "2009-05-10",
        "said",
    )
    saturday = _event("count", sunday, date_="2009-05-09")
    assert _printed(saturday, published="2009-05-10")["count"].date == "2009-05-10"


def test_a_prediction_is_no_plan_and_a_plan_is() -> None:
    wave = _mention(
        "Leading experts predicted that a second wave of the virus is likely in the autumn.",
        "the autumn",
        "2009-FA",
        "predicted",
        scheduled=True,
    )
    summit = _mention(
        "Mexico is hosting an international summit on the outbreak next month.",
        "next month",
        "2009-07",
        "hosting",
        doc="d2",
        scheduled=True,
    )
    printed = _printed(_event("wave", wave), _event("summit", summit), published="2009-06-24")
    assert printed == {"summit": Told(summit.evidence.sentence, "2009-07", True)}


def test_a_page_about_something_else_prints_only_what_names_the_story() -> None:
    fined = _mention(
        "Earlier this month, the bank was fined $185 million by the consumer regulator.",
        "Earlier this month",
        "2016-09",
        "fined",
        doc="bank",
    )
    assert _printed(_event("aside", fined), aside=frozenset({"bank"})) == {}
    assert list(_printed(_event("aside", fined))) == ["aside"]


def test_an_expression_read_in_part_is_misdated() -> None:
    journey = _mention(
        "Smith said the campaign started its journey on June 16th of last year in New York.",
        "June 16th",
        "2016-06-16",
        "started",
    )
    advisory = _mention(
        "The foreign office changed its advisory at 11pm on 27 April, advising against travel.",
        "11pm",
        "2009-05-01T23:00",
        "changed",
    )
    whole = _mention(
        "The foreign office changed its advisory on 27 April, advising against travel.",
        "27 April",
        "2009-04-27",
        "changed",
    )
    assert misdated(journey) and misdated(advisory)
    assert not misdated(whole)


def test_a_sentence_taking_up_its_articles_participant_is_not_printed() -> None:
    unnamed = _mention(
        "The man, who has not been named, was taken to hospital on Friday with a fever.",
        "on Friday",
        "2009-04-24",
        "taken",
    )
    named = _mention(
        "A man from Barnet, who had been to Mexico, was taken to hospital on Friday.",
        "on Friday",
        "2009-04-24",
        "taken",
        doc="d2",
    )
    them = _mention(
        "One of them had already tested positive on Saturday.",
        "on Saturday",
        "2009-04-25",
        "tested",
        doc="d3",
    )
    surname = _mention(
        "Jackson, 48, was taken to a hospital in Pasadena on Friday with chest pains.",
        "on Friday",
        "2009-04-24",
        "taken",
        doc="d4",
    )
    fused = _mention(
        "cents Mexico on Friday revised its suspected death toll from 176 to 101.",
        "on Friday",
        "2009-04-24",
        "revised",
        doc="d5",
    )
    printed = _printed(
        _event("fused", fused),
        _event("surname", surname),
        _event("unnamed", unnamed),
        _event("named", named),
        _event("them", them),
        published="2009-04-26",
    )
    assert list(printed) == ["named"]


def test_a_date_ending_a_state_or_a_range_or_in_a_later_clause_dates_no_happening() -> None:
    closed = _mention(
        "Classrooms at the Hampstead school have been closed until at least Thursday.",
        "Thursday",
        "2009-04-30",
        "closed",
    )
    between = _mention(
        "Between 2005 and January 2009, there were 12 human cases of swine flu in America.",
        "January 2009",
        "2009-01",
        "were",
        doc="d2",
    )
    flight = _mention(
        "A woman from Fife caught the virus in Las Vegas before flying home on 30 April.",
        "30 April",
        "2009-04-30",
        "caught",
        doc="d3",
    )
    landed = _mention(
        "A woman from Fife flew home from Las Vegas on 30 April after catching the virus.",
        "30 April",
        "2009-04-30",
        "flew",
        doc="d4",
    )
    events = (_event("closed", closed), _event("between", between), _event("flight", flight))
    assert list(_printed(*events, _event("landed", landed), published="2009-05-01")) == ["landed"]


def test_an_entry_cites_the_reports_telling_its_sentence_not_all_the_event_merged() -> None:
    """An event merged over a death's reports and, wrongly, a page's forecast: the printed
    death cites the death's reports only, never the forecast's page."""
    death = _mention(
        "A toddler died of the virus in a Houston hospital on Monday, officials said.",
        "on Monday",
        "2016-10-03",
        "died",
        doc="d1",
    )
    again = _mention(
        "Officials said a toddler died of the virus in a Houston hospital on Monday.",
        "on Monday",
        "2016-10-03",
        "died",
        doc="d2",
    )
    forecast = _mention(
        "Economists cut their growth forecast for the region on Monday.",
        "on Monday",
        "2016-10-03",
        "cut",
        doc="d3",
    )
    printed = _printed(_event("death", death, again, forecast))
    cited = {m.doc for m in printed["death"].cited}
    assert "d3" not in cited
    assert cited == {"d1", "d2"}


def test_a_date_in_a_comment_clause_dates_the_comment_not_the_news() -> None:
    # the week dates the rival's noting; the spokesman's earlier posts are undated
    noted = _mention(
        "The party's spokesman -- as the rival campaign noted this week -- even promoted"
        " the senator online as the debates' winner.",
        "this week",
        "2016-W03",
        "noted",
    )
    reported = _mention(
        "Sales at the chain fell sharply, as the company reported on Tuesday.",
        "Tuesday",
        "2016-01-19",
        "reported",
    )
    # the news's own date, with a comment clause elsewhere in the sentence: still dated
    own = _mention(
        "The spokesman promoted the senator online on Tuesday, as the rival campaign noted.",
        "Tuesday",
        "2016-01-19",
        "promoted",
    )
    assert misdated(noted) and misdated(reported)
    assert not misdated(own)


def _total(sentence: str, doc: str, verb: str) -> Event:
    return _event(doc, _mention(sentence, "today", "2009-05-05", verb, doc=doc))


def test_one_day_s_total_told_by_two_reports_in_other_words_is_one_entry() -> None:
    officials = _total(
        "Officials today announced one more confirmed case of the virus in Ruritania,"
        " taking the national total to 28.",
        "d1",
        "announced",
    )
    agency = _total(
        "One further traveller, a woman back from a cruise, was confirmed to have the virus"
        " by the Ruritanian health agency today, bringing the total number of cases in"
        " Ruritania to 28.",
        "d2",
        "confirmed",
    )
    printed = _printed(officials, agency, published="2009-05-05")
    assert len(printed) == 1
    (entry,) = printed.values()
    assert {m.doc for m in entry.cited} == {"d1", "d2"}  # one entry, both sources
    # controls: the same figure for the dead is another count, and another country's
    # total told in other words is another entry
    deaths = _total(
        "Officials today said one more patient of the virus had died in Ruritania, taking the"
        " death toll to 28.",
        "d3",
        "said",
    )
    assert len(_printed(agency, deaths, published="2009-05-05")) == 2
    elsewhere = _total(
        "Airport staff in Freedonia today reported a case in a pilot, taking the count of"
        " Freedonian infections to 28.",
        "d4",
        "reported",
    )
    assert len(_printed(agency, elsewhere, published="2009-05-05")) == 2
