"""Each event is dated by the expression attached to its own verb: the issue's cases.

Every case is one sentence with its document date and the date a reader would give the
event (or none when the text does not say which day it was).
"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document, EventMention


def _events(nlp, text: str, dct: date) -> list[EventMention]:  # type: ignore[no-untyped-def]
    doc = Document("a", "a", "txt", text, "", dct.isoformat(), "stated")
    return extract_events(doc, nlp(text), tag(text, dct))


def _dated(nlp, text: str, dct: date) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The predicate verb of each event mention -> its date value."""
    return {
        text[m.predicate[0] : m.predicate[1]]: m.date
        for m in _events(nlp, text, dct)
        if m.predicate
    }


FRIDAY = date(2009, 6, 26)
THURSDAY = date(2016, 3, 10)


def test_a_time_of_day_on_an_unresolved_day_is_not_the_publication_day(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "A nurse gave him a dose of the drug at 10.40 am on the day of his death.",
        "He received a second dose at 1.30 am on the morning of his death.",
    ):
        assert all(
            not v.startswith("2011-11-07") for v in _dated(nlp, text, date(2011, 11, 7)).values()
        )


def test_a_possessive_weekday_of_a_coming_event_is_the_next_one(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = _dated(nlp, "Saturday's stadium concert will go ahead, the promoter said.", FRIDAY)
    assert "2009-06-27" in dated.values()
    assert "2009-06-20" not in dated.values()


def test_a_condition_on_a_weekday_looks_forward(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = _dated(nlp, "If he fails on Tuesday, his campaign is over.", THURSDAY)
    assert dated.get("fails") == "2016-03-15"


def test_a_background_clause_dates_its_own_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The president stepped down on Friday, 18 days after protests that began on January 25."
    dated = _dated(nlp, text, date(2011, 2, 12))
    assert dated.get("stepped") == "2011-02-11"
    assert dated.get("began") == "2011-01-25"


def test_a_relative_clause_with_a_year_is_not_the_main_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The channel, which started in 2005, broadcast the interview on Monday."
    dated = _dated(nlp, text, date(2014, 3, 5))
    assert dated.get("started") == "2005"
    assert dated.get("broadcast") == "2014-03-03"


@pytest.mark.parametrize(
    "text",
    [
        "Sales fell sharply earlier this month.",
        "Sales fell sharply in the first few weeks of October.",
    ],
)
def test_month_level_expressions_keep_their_granularity(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    dated = _dated(nlp, text, date(2009, 10, 20))
    assert dated.get("fell") == "2009-10"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The trial is set to begin on 28 March.", "2013-03-28"),
        ("The band's new album will come out in the autumn.", "2013-FA"),
    ],
)
def test_scheduled_events_are_marked(nlp, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text, date(2013, 3, 1))
    assert [(e.date, e.scheduled) for e in events] == [(value, True)]


def test_a_reported_fact_is_not_scheduled(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The trial began on 28 March.", date(2013, 4, 2))
    assert [(e.date, e.scheduled) for e in events] == [("2013-03-28", False)]


def test_a_negated_plan_is_not_dated_as_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The senator won't seek re-election in September.", date(2015, 6, 10))
    assert all(e.scheduled for e in events)


def _all_dated(nlp, text: str, dct: date) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Every verb (or event noun) a mention dates, its own or shared -> the date value."""
    out: dict[str, str] = {}
    for m in _events(nlp, text, dct):
        for start, end in (*([m.predicate] if m.predicate else []), *m.co_predicates):
            out[text[start:end]] = m.date
    return out


def test_verbs_tied_to_a_dated_verb_share_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = _all_dated(nlp, "Troops attacked the town and killed 12 people on Monday.", THURSDAY)
    assert dated.get("attacked") == dated.get("killed") == "2016-03-07"


def test_the_news_verb_takes_the_date_its_complement_carries(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = _all_dated(nlp, "He was found clinging to an inner tube on Nov. 25.", date(1999, 12, 1))
    assert dated.get("found") == "1999-11-25"


def test_a_plan_is_not_dated_by_what_it_plans(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = _all_dated(nlp, "The trial is set to begin on 28 March.", date(2013, 3, 1))
    assert dated.get("begin") == "2013-03-28"
    assert "set" not in dated


def test_a_date_modifying_a_noun_dates_that_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The State Department issued a warning on Sunday after the Aug. 7 bombings."
    dated = _dated(nlp, text, date(1998, 8, 17))
    assert dated.get("issued") == "1998-08-16"
    assert dated.get("bombings") == "1998-08-07"


def test_a_season_naming_a_noun_does_not_date_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the summer" read by the tagger is "summer", a modifier: the exams' season and the
    # break's, not the day the rescheduling began nor when the forecast comes true.
    text = "Five schools have begun rescheduling exams as the summer exam season begins."
    dated = _all_dated(nlp, text, date(2009, 5, 5))
    assert "begun" not in dated
    assert "begins" not in dated
    text = "He says people going back to work after the summer break would give the flu a chance."
    dated = _all_dated(nlp, text, date(2009, 6, 1))
    assert "give" not in dated
    assert dated.get("break") == "2009-SU"
    # A year naming a strain is the strain's, even where the tagger reads the noun a verb.
    text = 'Dr Morens refers to the 1918 H1N1 strain as "the mother of all pandemics".'
    dated = _dated(nlp, text, date(2009, 4, 29))
    assert "refers" not in dated
    # A time noun after it makes one time of the two: the summer months date the verb.
    text = "Cases may tail off in the summer months, with a bigger outbreak in the autumn."
    assert _all_dated(nlp, text, date(2009, 5, 5)).get("tail") == "2009-SU"


def test_a_weekday_right_after_a_verb_of_saying_dates_the_saying(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "President Castro said Tuesday his government told officials it is worried."
    assert _dated(nlp, text, date(2000, 3, 29)).get("said") == "2000-03-28"


def test_published_in_running_text_is_an_event_not_a_stamp(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "His second letter to Reno was published in Granma on Tuesday."
    assert _dated(nlp, text, date(2000, 2, 16)).get("published") == "2000-02-15"
    stamp = "Published on Tuesday, 15 February 2000\nThe letter was read out."
    assert not _events(nlp, stamp, date(2000, 2, 16))
    text = "His father said in a letter published Wednesday that he wants to see his son."
    assert _dated(nlp, text, date(2000, 2, 17)).get("published") == "2000-02-16"
    text = "The party newspaper, Granma, published a letter on Thursday."
    assert _dated(nlp, text, date(2000, 2, 11)).get("published") == "2000-02-10"
    stamp = "Page last updated on Thursday, 10 February 2000\nThe letter was read out."
    assert not _events(nlp, stamp, date(2000, 2, 11))


def test_a_relative_clause_of_a_dated_noun_shares_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He is charged in three attacks, including the 1996 bombing that killed one person."
    dated = _all_dated(nlp, text, date(2000, 1, 5))
    assert dated.get("bombing") == dated.get("killed") == "1996"


def test_a_clause_on_a_date_tells_what_happened_then(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "His relatives have cared for him since November, when he was found at sea."
    assert _all_dated(nlp, text, date(2000, 4, 17)).get("found") == "1999-11"
    text = "Three doctors were killed, most recently last October, when a sniper shot Dr. Lee."
    assert _all_dated(nlp, text, date(1999, 2, 6)).get("shot") == "1998-10"


def test_a_clause_on_a_dated_happening_shares_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "He has been on the run since the January 1998 bombing of an abortion clinic "
        "that killed an officer and maimed a nurse."
    )
    dated = _all_dated(nlp, text, date(1999, 5, 6))
    assert dated.get("killed") == dated.get("maimed") == "1998-01"
    text = "The sites may be visited only as laid down by the Feb. 23 accord signed by Annan."
    assert _all_dated(nlp, text, date(1998, 3, 6)).get("signed") == "1998-02-23"


def test_a_dated_clause_on_a_happening_noun_dates_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The debt financed the company's recapitalization that took place in 1988."
    assert _all_dated(nlp, text, date(1989, 10, 30)).get("recapitalization") == "1988"
    text = "Shareholders will receive $3,500 a share at closing, which is expected in December."
    assert _all_dated(nlp, text, date(1989, 11, 2)).get("closing") == "1989-12"


def test_verbs_of_a_run_on_line_share_no_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    from briefgen.extract.anchoring import LONGEST_SENTENCE, companions

    text = "Troops attacked and killed on Monday, " * (LONGEST_SENTENCE // 6)
    doc = nlp(text)
    monday = next(t for t in doc if t.text == "Monday")
    dated = {monday.head.i: (monday.i, monday.i + 1)}
    assert len(doc) > LONGEST_SENTENCE
    assert companions(list(doc), dated) == []
    short = nlp("Troops attacked and killed on Monday.")
    day = next(t for t in short if t.text == "Monday")
    head = day.head if day.head.pos_ == "VERB" else day.head.head
    assert companions(list(short), {head.i: (day.i, day.i + 1)})


# The reader audits' wrong dates (dev corpora), each as a sentence, its document date and
# the date a reader gives the event.


def test_a_present_tense_meeting_on_a_weekday_is_the_coming_one(nlp) -> None:  # type: ignore[no-untyped-def]
    friday = date(2016, 9, 23)
    text = "Trump and Clinton meet for the first of three debates Monday at Hofstra University."
    assert _dated(nlp, text, friday).get("meet") == "2016-09-26"
    dated = _dated(nlp, "Clinton is meeting Trump on Monday in New York.", friday)
    assert dated.get("meeting") == "2016-09-26"


def test_a_past_tense_meeting_on_a_weekday_is_the_last_one(nlp) -> None:  # type: ignore[no-untyped-def]
    dated = _dated(nlp, "Clinton met Trump on Monday in New York.", date(2016, 9, 23))
    assert dated.get("met") == "2016-09-19"


def test_a_show_named_today_is_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    day = date(2011, 11, 11)
    for text in (
        "Murray told Today's Savannah Guthrie he had not been distracted by phone calls.",
        "In an interview with Trending Today USA, the general made his misgivings clear.",
    ):
        assert "2011-11-11" not in _dated(nlp, text, day).values()
    assert (
        "2011-11-11" in _dated(nlp, "Today the jury retired to consider its verdict.", day).values()
    )


def test_a_time_on_the_same_day_belongs_to_the_day_in_focus(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The singer died on 25 June 2009. "
        "A little after noon on the same day paramedics raced up the stairs."
    )
    dated = _dated(nlp, text, date(2011, 11, 7))
    assert dated.get("raced", "").startswith("2009-06-25")


def test_the_same_day_with_no_day_in_focus_is_not_the_publication_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "It was late when the singer came home from the rehearsal. "
        "A little after noon on the same day the calm of the mansion was shattered."
    )
    assert all(
        not v.startswith("2011-11-07") for v in _dated(nlp, text, date(2011, 11, 7)).values()
    )


def test_the_day_after_a_weekday_is_the_day_after_that_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He says he raised $18 million on the day after Monday's debate."
    assert _dated(nlp, text, date(2016, 9, 30)).get("raised") == "2016-09-27"
    text = "He was arrested on the day after his death."
    assert "2016-09-29" not in _dated(nlp, text, date(2016, 9, 30)).values()


def test_today_in_a_quotation_is_the_speakers_day_not_a_stated_one(nlp) -> None:  # type: ignore[no-untyped-def]
    day = date(2011, 11, 11)
    text = 'Asked if he was right, he replied: "Had I known what I know today, I would stay."'
    doc = Document("a", "a", "txt", text, "", day.isoformat(), "stated")
    stated = [m for m in extract_events(doc, nlp(text), tag(text, day)) if m.anchor == "own"]
    assert not stated
    text = "Today the jury retired to consider its verdict."
    doc = Document("a", "a", "txt", text, "", day.isoformat(), "stated")
    assert [m.anchor for m in extract_events(doc, nlp(text), tag(text, day))] == ["own"]


def test_a_participle_on_the_dated_verbs_object_shares_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # the occasion of the happening: the statement's saying, the ceremony's holding
    text = "The three unions issued a joint statement on Friday saying the strike is over."
    assert _all_dated(nlp, text, date(2011, 5, 9)).get("saying") == "2011-05-06"
    text = "The two towns formally merged on Friday at a ceremony held in the old mill."
    assert _all_dated(nlp, text, date(2011, 5, 9)).get("held") == "2011-05-06"


def test_a_participle_on_the_object_of_a_verb_sharing_a_date_shares_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # "being" shares the month of "began"; the participle on its complement tells the
    # same occasion, as it would on the dated verb's own object
    text = "The vote began in March, with Norway being the first member starting the count."
    assert _all_dated(nlp, text, date(2011, 6, 1)).get("starting") == "2011-03"
    text = (
        "The strike started in April, with the drivers' union being the first group leaving work."
    )
    assert _all_dated(nlp, text, date(2011, 6, 1)).get("leaving") == "2011-04"


def test_a_verb_whose_auxiliary_is_left_out_shares_the_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # "and more than 300 others [have been] injured": the parse hangs the participle on
    # the second subject, a conjunct of the first verb; both happenings are of that day
    text = (
        "More than 50 people have been killed and more than 300 others injured"
        " in the floods in the north on Monday."
    )
    dated = _all_dated(nlp, text, date(2011, 5, 12))
    assert dated.get("killed") == dated.get("injured") == "2011-05-09"


def test_a_participle_on_the_subject_keeps_no_shared_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # what the subject underwent came before the dated happening
    text = "A bomb hidden in a parked car exploded on Friday outside the station."
    assert _all_dated(nlp, text, date(2011, 5, 9)).get("hidden") != "2011-05-06"


def test_a_date_inside_a_report_is_not_the_sayings(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The coach said the captain was right when he said on Wednesday that the team was tired."
    spans = {
        span: m.date
        for m in _events(nlp, text, date(2011, 5, 13))
        for span in (*([m.predicate] if m.predicate else []), *m.co_predicates)
    }
    second = text.index("said", text.index("when"))
    assert spans.get((second, second + 4)) == "2011-05-11"  # the captain's saying
    first = text.index("said")
    assert spans.get((first, first + 4)) != "2011-05-11"  # the coach's is not dated so


def test_a_present_tense_verb_does_not_share_a_past_verbs_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # the present speaks of the time of writing, the past of the time its date names
    text = "Court records show that the mayor was fined in 2004 for driving without a licence."
    dated = _all_dated(nlp, text, date(2011, 5, 13))
    assert dated.get("fined") == "2004"
    assert "show" not in dated
    text = "The mayor was arrested on Monday and faces two charges of fraud."
    dated = _all_dated(nlp, text, date(2011, 5, 13))
    assert dated.get("arrested") == "2011-05-09"
    assert "faces" not in dated


def test_the_occasion_of_a_reported_judgement_is_no_whole_sentence_event(nlp) -> None:  # type: ignore[no-untyped-def]
    # "X said Y was right when Y said on Wednesday that …": Wednesday dates the occasion
    # judged, told in its own clause; the sentence's news (the judgement) is not of that day.
    text = (
        "A retired general said the senator was absolutely right when she said Wednesday "
        "night that the army had been reduced to rubble."
    )
    wednesday = [m for m in _events(nlp, text, THURSDAY) if m.date.startswith("2016-03-09")]
    assert wednesday
    assert all(m.evidence.text != m.evidence.sentence for m in wednesday)
    assert all(m.evidence.text.startswith("when she said") for m in wednesday)
    # A time clause on the sentence's own verb dates the whole sentence.
    plain = "When the verdict was read on Monday, the crowd outside the court cheered."
    monday = [m for m in _events(nlp, plain, THURSDAY) if m.date == "2016-03-07"]
    assert monday and monday[0].evidence.text == plain


def test_a_time_of_day_in_a_story_of_an_older_day_is_not_the_publication_day(nlp) -> None:  # type: ignore[no-untyped-def]
    april = date(1999, 4, 19)
    text = (
        "Police said on Monday that they had new leads. The rifle was found on April 8. "
        "Tests on it go on. Records show he held jobs in 1994 and 1997. "
        "The doctor was shot to death at 10 p.m. as he stood in his kitchen."
    )
    assert [t.value for t in tag(text, april) if t.type == "TIME"] == ["XXXX-XX-XXT22:00"]
    assert _dated(nlp, text, april).get("shot") != "1999-04-19"
    # counted from an event the sentence names, not from the publication day
    text = "A jogger saw the car at 6 a.m. ten days before the shooting."
    assert [t.value for t in tag(text, april) if t.type == "TIME"] == ["XXXX-XX-XXT06:00"]
    # a time told ahead is the publication day's; a story of the publication week keeps
    # the day it names
    text = "The rifle was found on April 8. The board meets at 10 a.m. to discuss it."
    assert [t.value for t in tag(text, april) if t.type == "TIME"] == ["1999-04-19T10:00"]
    text = "The rifle was found on Friday. Police arrived at 10 p.m. to search the woods."
    assert [t.value for t in tag(text, april) if t.type == "TIME"] == ["1999-04-16T22:00"]


def test_plans_as_a_noun_do_not_turn_a_past_weekday_ahead() -> None:
    monday = date(1998, 8, 17)
    text = "On Friday, when she set aside vacation plans for the trip, the agency lifted a warning."
    assert [t.value for t in tag(text, monday)] == ["1998-08-14"]
    text = "On Friday, the minister plans to visit the capital."
    assert [t.value for t in tag(text, monday)] == ["1998-08-21"]


def _every_verb(nlp, text: str, dct: date) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each verb a mention dates (its predicate and the verbs its date dates) -> the date."""
    out: dict[str, str] = {}
    for m in _events(nlp, text, dct):
        for start, end in (*([m.predicate] if m.predicate else []), *m.co_predicates):
            out[text[start:end]] = m.date
    return out


def test_deciding_or_vowing_is_not_dated_by_what_should_happen(nlp) -> None:  # type: ignore[no-untyped-def]
    dct = date(2000, 1, 5)
    text = "The agency decided the boy should go home by Jan. 14, its head said."
    dated = _every_verb(nlp, text, dct)
    assert dated["go"] == "2000-01-14"
    assert dated.get("decided") != "2000-01-14"
    dated = _every_verb(nlp, "The governor vowed that he would close the unit on Monday.", dct)
    assert dated["close"] == "2000-01-10"
    assert dated.get("vowed") != "2000-01-10"


def test_a_verb_judging_a_dated_event_is_not_dated_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    dct = date(2000, 1, 24)
    text = "He was indicted last year in the October 1998 shooting death of the doctor."
    dated = _every_verb(nlp, text, dct)
    assert dated["indicted"] == "1999"
    assert dated["death"] == "1998-10"
    text = "The warrant issued Monday charged him with murder in the 1995 shooting of a doctor."
    assert _every_verb(nlp, text, dct).get("charged") != "1995"
    text = "The council condemned the Aug. 7 bombings of the embassies."
    assert _every_verb(nlp, text, dct).get("condemned") != "1999-08-07"
    # a verb taking part in the event happened in it
    text = "Six people were injured in the 1998 bombing of the clinic."
    assert _every_verb(nlp, text, dct)["injured"] == "1998"


def test_a_full_date_set_off_by_commas_dates_the_noun_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the Dec. 21, 1988, bombing": a date with its year closes with a comma, and the noun
    # after it is the dated happening, not the verb judging it
    dct = date(1999, 6, 7)
    text = "Two men were charged in the Dec. 21, 1988, bombing of the flight."
    dated = _every_verb(nlp, text, dct)
    assert dated["bombing"] == "1988-12-21"
    assert dated.get("charged") != "1988-12-21"


def test_a_document_says_what_it_says_when_it_is_read_or_dated(nlp) -> None:  # type: ignore[no-untyped-def]
    dct = date(2000, 2, 16)
    text = '"We want him back," said a Spanish version of the letter, dated Feb. 4.'
    assert _every_verb(nlp, text, dct)["said"] == "2000-02-04"
    text = '"We cannot stop," said a message that was read Monday night to the crowd.'
    assert _every_verb(nlp, text, dct)["said"].startswith("2000-02-14")
    # a person speaks when they speak, not when they were arrested
    text = "The man who was arrested Monday said he was innocent."
    assert _every_verb(nlp, text, dct).get("said") != "2000-02-14"


def test_a_start_of_what_is_to_be_done_lies_ahead() -> None:
    thursday = date(2009, 4, 30)
    text = "The president told offices to stop work beginning on Friday to slow the virus."
    assert [t.value for t in tag(text, thursday)] == ["2009-05-01"]
    # told in the past, the start is past
    assert [t.value for t in tag("Schools closed beginning on Monday.", thursday)] == ["2009-04-27"]


def test_a_noun_the_parse_takes_for_a_verb_does_not_date_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He had turned what looked like a solid Clinton lead a month ago into a tighter race."
    assert "turned" not in _every_verb(nlp, text, date(2016, 9, 29))


def test_a_fronted_day_before_a_plan_dates_what_is_planned(nlp) -> None:  # type: ignore[no-untyped-def]
    wednesday = date(1998, 9, 30)
    text = "On Friday, the city council planned to pay the first claims of the flood victims."
    event = next(m for m in _events(nlp, text, wednesday) if m.date)
    assert (event.date, event.scheduled) == ("1998-10-02", True)
    # a plan overtaken since is told in the past perfect: that Friday is past
    text = "On Friday, the city council had planned to pay the first claims of the victims."
    assert "1998-09-25" in _dated(nlp, text, wednesday).values()


def test_this_week_told_as_done_in_a_monday_paper_is_the_week_just_ended(nlp) -> None:  # type: ignore[no-untyped-def]
    monday = date(2016, 9, 26)
    text = "The senator this week also said he would consider the judge for the court."
    assert _dated(nlp, text, monday).get("said") == "2016-W38"
    # what is still ahead this week is the week of the paper
    text = "The senator will name his choice for the court this week."
    assert "2016-W39" in _dated(nlp, text, monday).values()
    text = "The utility may plead guilty this week to charges it steered funds to candidates."
    assert [t.value for t in tag(text, monday)] == ["2016-W39"]
    # later in the week the week's own days are told as done
    assert _dated(nlp, "The senator this week said he would run.", date(2016, 9, 29)).get(
        "said"
    ) == ("2016-W39")


def test_a_time_a_happening_is_told_after_does_not_date_it(nlp) -> None:  # type: ignore[no-untyped-def]
    thursday = date(1989, 10, 26)
    text = "After a flat second quarter, the paper maker attributed the gain to higher prices."
    assert _dated(nlp, text, thursday).get("attributed") != "1989-Q2"
    # a time of day shortly after is the happening's own
    text = "Shortly after 10 a.m. on Friday, the bomb exploded outside the embassy."
    assert _dated(nlp, text, date(1998, 8, 8)).get("exploded", "").startswith("1998-08-07")


def test_a_quarter_to_quarter_comparison_names_no_quarter(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The quarter-to-quarter comparison was also helped by lower costs."
    assert tag(text, date(1989, 10, 26)) == []


def test_a_season_told_ahead_in_december_is_next_years() -> None:
    december = date(2016, 12, 5)
    assert [t.value for t in tag("The firm will open the plant in the fall.", december)] == [
        "2017-FA"
    ]
    assert [t.value for t in tag("The plant was opened in the spring.", december)] == ["2016-SP"]


def test_a_figure_a_year_earlier_does_not_date_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Meanwhile, the parent company reported third-quarter net income of $27.1 million, "
        "more than twice the $13.5 million, or 34 cents a share, a year earlier."
    )
    dated = _every_verb(nlp, text, date(1989, 11, 1))
    assert "1988-Q3" not in dated.values()
    assert dated.get("income") == "1989-Q3"
    # told of the happening itself, a year earlier dates it
    text = "A year earlier, the company earned $2.4 million."
    assert _dated(nlp, text, date(1989, 11, 1)).get("earned") == "1988"
    text = (
        "The maker of office supplies reported third-quarter net income fell 5.9% to $9.5 "
        "million from $10.1 million, or 49 cents a share, in the year-ago period."
    )
    assert "1988-Q3" not in _every_verb(nlp, text, date(1989, 10, 26)).values()
    text = "The company had a net loss of $2.3 million, or 14 cents a share, a year ago."
    assert _dated(nlp, text, date(1989, 11, 1)).get("had") == "1988"


def test_a_clause_of_another_time_is_not_the_sentences_news(nlp) -> None:  # type: ignore[no-untyped-def]
    thursday = date(1989, 10, 26)
    for text in (
        # a participle phrase set off by dashes, parsed as the main verb's subject
        "The brewer said its new strategy -- started in some markets last month -- "
        "will mean lower earnings for the year.",
        # a "before" clause the parse hangs as a complement of "said"
        '"We have not done enough," said the chief executive, in an interview several '
        "months before he entered his current position in April.",
    ):
        background = [m for m in _events(nlp, text, thursday) if m.date in ("1989-09", "1989-04")]
        assert background
        # the date is that clause's: its evidence is the clause, not the whole sentence
        assert all(m.evidence.text != m.evidence.sentence for m in background)


def test_a_time_clause_in_the_present_tells_a_day_still_ahead() -> None:
    wednesday = date(2016, 6, 8)
    text = (
        "All signs pointed to the president endorsing the senator on Thursday after he "
        "meets with her rival at the White House."
    )
    assert [t.value for t in tag(text, wednesday)] == ["2016-06-09"]
    # told in the past, the clause and its day are past
    text = "The president endorsed the senator on Thursday after he met with her rival."
    assert [t.value for t in tag(text, wednesday)] == ["2016-06-02"]


def test_when_a_security_falls_due_dates_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The car renter's $100 million of senior notes due Nov. 1, 2009, priced at par."
    assert "2009-11-01" not in _every_verb(nlp, text, date(1989, 10, 30)).values()
    # a happening's "due" is its schedule, and a copula's too: dated
    text = "With the general election due this September, the figures came at a bad time."
    assert "1998-09" in _every_verb(nlp, text, date(1998, 2, 5)).values()
    assert _dated(nlp, "The report is due Friday.", date(1989, 10, 30)) == {"is": "1989-11-03"}


TUESDAY = date(2016, 5, 31)


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # the count points back from the day of writing to the happening it recalls
        ("Tuesday marks four weeks since the governor won the state primary.", "won", "2016-05-03"),
        ("Today marks one year since the flood.", "flood", "2015-05-31"),
        # a count in months names the month at most
        ("Tuesday marks six months since the governor won the state primary.", "won", "2015-11"),
    ],
)
def test_a_count_since_a_happening_dates_the_happening(nlp, text, verb, expected) -> None:  # type: ignore[no-untyped-def]
    dated = _dated(nlp, text, TUESDAY)
    assert dated == {verb: expected}


def test_a_hedged_count_since_a_happening_dates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tuesday marks nearly four weeks since the governor won the state primary."
    assert _dated(nlp, text, TUESDAY) == {}


def test_a_relative_clause_set_off_by_dashes_dates_only_itself(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parse makes the relative clause after the dashes the root: its July is the
    # voting's, not the working's, and the sentence's news is not of July.
    text = (
        "Party officials are working to pick slates of delegates — two from each of the "
        "eight counties — that will vote against the governor at the convention in July."
    )
    events = _events(nlp, text, date(2016, 4, 9))
    july = [m for m in events if m.date == "2016-07"]
    assert july
    assert all(m.evidence.text != m.evidence.sentence for m in july)
    spans = {text[a:b] for m in july for a, b in (m.predicate, *m.co_predicates) if m.predicate}
    assert "working" not in spans and "pick" not in spans
