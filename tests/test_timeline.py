"""Timeline selection: which sentence is shown under which date."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from sample_brief import sample_brief

from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Timex
from briefgen.render.html import render_html
from briefgen.render.json import brief_to_json
from briefgen.render.markdown import render_markdown
from briefgen.timeline import select_timeline


def _mention(
    doc: str, when: str, sentence: str, phrase: str = "", *, scheduled: bool = False
) -> EventMention:
    """A mention dated ``when``; ``phrase`` is the dated phrase when not the whole sentence."""
    phrase = phrase or sentence
    at = sentence.index(phrase)
    evidence = Evidence(doc, at, at + len(phrase), phrase, sentence, 0)
    timex = Timex(at, at + 1, "x", "DATE", when)
    return EventMention(f"{doc}-{when}", doc, when, timex, phrase, evidence, scheduled=scheduled)


def _event(eid: str, when: str, *mentions: EventMention, salience: float = 1.0) -> Event:
    docs = tuple(sorted({m.doc for m in mentions}))
    return Event(eid, when, mentions[0].description, mentions, docs, salience=salience)


def _shown(events: list[Event], **kw: object) -> dict[str, list[str]]:
    timeline = select_timeline(events, dates=10, sentences=3, **kw)  # type: ignore[arg-type]
    return {t.date: [c.text for c in t.sentences] for t in timeline}


def test_once_a_source_reports_the_day_the_schedule_is_not_shown_as_what_happened() -> None:
    due = "Murray is due to be sentenced on 29 November and could get four years."
    done = "On 29 November Murray was sentenced to four years in county jail by the judge."
    event = _event(
        "s",
        "2011-11-29",
        _mention("a", "2011-11-29", due, scheduled=True),
        _mention("b", "2011-11-29", done),
    )
    assert _shown([event], latest=date(2011, 11, 30)) == {"2011-11-29": [done]}
    # Before anyone reports it, the announcement is all there is (and it is marked).
    ahead = _event("t", "2011-11-29", _mention("a", "2011-11-29", due, scheduled=True))
    assert _shown([ahead], latest=date(2011, 11, 11)) == {"2011-11-29": [due]}


def test_a_sentence_giving_two_dates_is_shown_once_under_its_finest() -> None:
    both = "The movement banned opium farming in 2000 and the ban was enforced from July 2001."
    events = [
        _event("y", "2000", _mention("a", "2000", both)),
        _event("m", "2001-07", _mention("a", "2001-07", both)),
        _event("z", "2000", _mention("b", "2000", "Its leaders met envoys in Islamabad in 2000.")),
    ]
    shown = _shown(events)
    assert sum(both in texts for texts in shown.values()) == 1
    assert both in shown["2001-07"]


def test_a_dated_phrase_dates_its_sentence_only_when_it_frames_the_news() -> None:
    within = "Volunteers from abroad fought alongside the rebels during this summer's offensive."
    subject = "The cabinet formed by the rebels in the autumn of 2021 includes five ministers."
    detail = "Lawyers sent the judge a memorandum in advance of a 29 November hearing."
    events = [
        _event("a", "2021-SU", _mention("a", "2021-SU", within, "this summer's offensive")),
        _event("b", "2021-FA", _mention("b", "2021-FA", subject, subject[:-24])),
        _event("c", "2011-11-29", _mention("c", "2011-11-29", detail, "a 29 November hearing")),
    ]
    assert _shown(events) == {"2021-SU": [within], "2021-FA": [subject]}


def test_a_date_after_the_last_source_is_listed_as_scheduled_off_the_axis() -> None:
    past = "The delegation arrived in the capital on 8 July for two days of talks."
    ahead = "Civil rights leaders will hold a get-out-the-vote day on 1 November."
    events = [
        _event("p", "2021-07-08", _mention("a", "2021-07-08", past)),
        _event("f", "2021-11-01", _mention("b", "2021-11-01", ahead, scheduled=True)),
    ]
    timeline = select_timeline(events, dates=5, sentences=2, latest=date(2021, 10, 4))
    assert [(t.date, t.scheduled) for t in timeline] == [
        ("2021-07-08", False),
        ("2021-11-01", True),
    ]
    brief = sample_brief(timeline=tuple(timeline))
    markdown = render_markdown(brief)
    listed = markdown.split("### Scheduled after the last source", 1)
    assert len(listed) == 2 and ahead in listed[1] and past in listed[0]
    assert "1 November 2021 (scheduled)" in listed[1]
    html = render_html(brief)
    axis = html[html.index("<svg") : html.index("</svg>")]
    assert "Nov" not in axis  # the axis spans the sources' period, not the announcement
    assert json.loads(brief_to_json(brief))["timeline"][1]["scheduled"] is True
    assert "scheduled" not in json.loads(brief_to_json(brief))["timeline"][0]
    # Told as done by an undated analysis written later: no schedule, on the timeline.
    done = "Envoys met in the capital on 1 November to agree a ceasefire."
    later = [events[0], _event("g", "2021-11-01", _mention("c", "2021-11-01", done))]
    timeline = select_timeline(later, dates=5, sentences=2, latest=date(2021, 10, 4))
    assert [t.scheduled for t in timeline] == [False, False]


def test_a_schedule_in_a_season_running_past_the_last_source_is_no_fact() -> None:
    # A brief ending on 30 June: the summer has begun, but nothing due in it is known done.
    begun = "Five schools have begun rescheduling exams as the summer season begins."
    ahead = "The ministry will reopen every school before the summer ends, officials said."
    summer = [
        _event("b", "2009-SU", _mention("a", "2009-SU", begun, scheduled=True)),
        _event("w", "2009-SU", _mention("b", "2009-SU", ahead, scheduled=True)),
    ]
    timeline = select_timeline(summer, dates=5, sentences=2, latest=date(2009, 6, 30))
    assert [(t.date, t.scheduled, [c.text for c in t.sentences]) for t in timeline] == [
        ("2009-SU", True, [ahead])
    ]

    story = "The river flood forced the evacuation of the lower town on Sunday night."
    listing = (
        "Tonight at eight a cookery hour, then the news and a comedy quiz. "
        "The most watched programme last night was a soap opera with eight million viewers. "
        "A film about the flood follows at ten. " + "Music until midnight with guests. " * 20
    )
    soap = "The most watched programme last night was a soap opera with eight million viewers."
    flood = "A film about the flood follows at ten."
    texts = {"a": story, "b": "The flood reached the old bridge and the flood wall.", "c": listing}
    extractions = [
        Extraction(document=Document(d, d, "txt", t, "", "2020-03-02", "stated"))
        for d, t in texts.items()
    ]

    def at(doc: str, sentence: str, when: str) -> EventMention:
        start = texts[doc].index(sentence)
        evidence = Evidence(doc, start, start + len(sentence), sentence, sentence, start)
        return EventMention(
            f"{doc}{when}",
            doc,
            when,
            Timex(start, start + 1, "x", "DATE", when),
            sentence,
            evidence,
        )

    events = [
        _event("s", "2020-03-01", at("a", story, "2020-03-01")),
        _event("t", "2020-03-01", at("c", soap, "2020-03-01")),
        _event("u", "2020-03-02", at("c", flood, "2020-03-02")),
    ]
    shown = _shown(events, extractions=extractions, query=("flood",))
    assert shown == {"2020-03-01": [story], "2020-03-02": [flood]}
    # Without a query nothing tells the story from the rest: every sentence may be shown.
    assert soap in _shown(events, extractions=extractions)["2020-03-01"]


def test_a_next_day_report_merged_into_an_event_is_not_shown_under_the_events_day() -> None:
    met = "The prime minister chaired an emergency committee on the outbreak on 28 April."
    next_day = "Three more cases were confirmed on 29 April, the prime minister said."
    event = _event("o", "2009-04-28", _mention("a", "2009-04-28", met))
    event = _event("o", "2009-04-28", *event.mentions, _mention("b", "2009-04-29", next_day))
    shown = _shown([event])
    assert shown == {"2009-04-28": [met]}


def test_a_level_raised_again_the_next_day_is_a_second_step_not_a_repeat() -> None:
    four = "The health agency raised its pandemic alert level from three to four on Tuesday."
    five = "The health agency raised its pandemic alert level to five on Wednesday."
    again = "The health agency raised its pandemic alert level on Wednesday after talks."
    steps = [
        _event("t", "2009-04-28", _mention("a", "2009-04-28", four), salience=2.0),
        _event("w", "2009-04-29", _mention("b", "2009-04-29", five)),
    ]
    assert _shown(steps) == {"2009-04-28": [four], "2009-04-29": [five]}
    repeat = [steps[0], _event("w", "2009-04-29", _mention("b", "2009-04-29", again))]
    assert _shown(repeat) == {"2009-04-28": [four]}


def test_a_moment_a_recording_shows_is_not_the_date_of_the_sentence_showing_it() -> None:
    shown = "A new ad shows footage of the senator saying at the rally last week that taxes rise."
    told = "Senator Kell said at the rally last week that taxes would rise for most families."
    depicted = _mention("a", "2016-W39", shown)
    saying = shown.index("saying")
    depicted = replace(depicted, predicate=(saying, saying + len("saying")))
    said = _mention("b", "2016-W39", told)
    said = replace(said, predicate=(told.index("said"), told.index("said") + 4))
    assert _shown([_event("d", "2016-W39", depicted, said)]) == {"2016-W39": [told]}


def test_background_years_before_the_sources_is_shown_only_when_it_names_the_story() -> None:
    precedent = "The previous nominee released his returns in 2012, exposing his bank accounts."
    own = "The senator Ann Kell first ran for the Senate in 2012 and won by four points."
    recent = "The candidate Ann Kell released a medical letter on 14 September after an illness."
    echo = "The previous nominee released his returns in 2012 despite his bank accounts."
    # each source is about the story (names the query), the precedent one aside in it
    texts = {
        d: f"{t} The senator spoke."
        for d, t in zip("abcd", (precedent, own, recent, echo), strict=True)
    }
    extractions = [
        Extraction(document=Document(d, d, "txt", t, "", "2016-09-20", "stated"))
        for d, t in texts.items()
    ]
    events = [
        _event("p", "2012", _mention("a", "2012", precedent), _mention("d", "2012", echo)),
        _event("o", "2012", _mention("b", "2012", own)),
        _event("r", "2016-09-14", _mention("c", "2016-09-14", recent)),
    ]
    shown = _shown(events, extractions=extractions, query=("senator", "candidate"))
    assert shown == {"2012": [own], "2016-09-14": [recent]}
    # Without a query every background sentence may be shown.
    assert precedent in _shown(events, extractions=extractions)["2012"]


def test_a_date_after_the_last_source_is_shown_in_a_sentence_announcing_it() -> None:
    past = "The delegation arrived in the capital on 8 July for two days of talks."
    ahead = "Civil rights leaders will hold a get-out-the-vote day on 1 November."
    stance = "Most voters are already set in their choice on 1 November, the poll finds."
    events = [
        _event("p", "2021-07-08", _mention("a", "2021-07-08", past)),
        _event(
            "f",
            "2021-11-01",
            _mention("b", "2021-11-01", stance, scheduled=True),
            _mention("c", "2021-11-01", ahead, scheduled=True),
        ),
    ]
    shown = _shown(events, latest=date(2021, 10, 4))
    assert shown == {"2021-07-08": [past], "2021-11-01": [ahead]}


def test_the_day_a_count_is_compared_with_does_not_date_the_new_count() -> None:
    compared = "The agency said the country has 1,626 confirmed cases, up from 1,364 on Saturday."
    since = "Officials announced a big jump in cases, up 1,604 since Friday, to 5,937 in all."
    closed = "Schools in the capital closed on Friday after two pupils fell ill with the flu."
    events = []
    for eid, sentence, day in (("c", compared, "2009-05-09"), ("s", since, "2009-06-26"),
                               ("k", closed, "2009-06-26")):  # fmt: skip
        mention = _mention(eid, day, sentence)
        at = sentence.index("Saturday" if eid == "c" else "Friday")
        mention = replace(mention, timex=Timex(at, at + 6, "x", "DATE", day))
        events.append(_event(eid, day, mention))
    assert _shown(events) == {"2009-06-26": [closed]}


def test_the_start_of_a_period_running_to_the_report_does_not_date_its_count() -> None:
    admitted = "The minister said 1,324 people had been admitted to hospital since 13 April."
    mention = _mention("a", "2009-04-13", admitted)
    at = admitted.index("13 April")
    mention = replace(mention, timex=Timex(at, at + 8, "13 April", "DATE", "2009-04-13"))
    assert _shown([_event("a", "2009-04-13", mention)]) == {}


def test_a_relative_day_on_a_page_of_many_posts_does_not_date_its_sentence() -> None:
    from briefgen.misdated import misdated

    said = "The agency confirmed another fifteen cases yesterday across the country."
    mention = _mention("archive", "2009-06-29", said)
    at = said.index("yesterday")
    mention = replace(mention, timex=Timex(at, at + 9, "yesterday", "DATE", "2009-06-29"))
    assert misdated(mention, {"archive"}) and not misdated(mention, {"other"})
    dated = replace(mention, timex=Timex(at, at + 9, "31 May 2009", "DATE", "2009-05-31"))
    assert not misdated(dated, {"archive"})


def test_a_date_inside_a_condition_is_not_a_schedule() -> None:
    worry = "Experts worry that people will relax if the virus returns in the autumn."
    mention = _mention("a", "2009-FA", worry, scheduled=True)
    at = worry.index("the autumn")
    mention = replace(mention, timex=Timex(at, at + 10, "the autumn", "DATE", "2009-FA"))
    assert _shown([_event("w", "2009-FA", mention)]) == {}


def test_a_date_in_an_opening_clause_setting_the_scene_for_today_does_not_date_it() -> None:
    now = (
        "After aides insisted in June that the governor would stay out of the race, the "
        "campaign has appeared to accept that his help is needed."
    )
    then = "After aides met in June, the governor agreed to join the race on the same day."

    def in_june(doc: str, sentence: str) -> EventMention:
        at = sentence.index("June")
        evidence = Evidence(doc, 0, len(sentence), sentence, sentence, 0)
        timex = Timex(at, at + 4, "June", "DATE", "2016-06")
        return EventMention(doc, doc, "2016-06", timex, sentence, evidence)

    events = [
        _event("n", "2016-06", in_june("a", now)),
        _event("t", "2016-06", in_june("b", then)),
    ]
    assert _shown(events) == {"2016-06": [then]}


def test_a_date_in_an_opening_after_phrase_dates_what_came_first() -> None:
    later = "After the closeout of the inquiry on Monday, the group asked to question the minister."
    same = "After the storm on Monday, the council reopened the harbour bridge later that day."
    events = [
        _event("l", "2016-05-02", _dated_at("a", later, "Monday", "2016-05-02")),
        _event("s", "2016-05-02", _dated_at("b", same, "Monday", "2016-05-02")),
    ]
    assert _shown(events) == {"2016-05-02": [same]}


def _dated_at(doc: str, sentence: str, phrase: str, when: str) -> EventMention:
    """A mention of the whole ``sentence`` dated by ``phrase`` in it."""
    at = sentence.index(phrase)
    evidence = Evidence(doc, 0, len(sentence), sentence, sentence, 0)
    timex = Timex(at, at + len(phrase), phrase, "DATE", when)
    return EventMention(doc, doc, when, timex, sentence, evidence)


def test_the_end_of_a_wait_a_look_back_and_the_start_of_since_date_no_news() -> None:
    news = "The council voted on Monday to close the bridge to lorries for a year."
    backdrops = [
        "The prosecutor's office said it had decided to delay action until Monday.",
        "The school has been closed until at least Monday after a pupil fell ill.",
        "The mayor noted that the council faced a crossroads back on Monday over the bridge.",
        "A patient who on Monday was confirmed to have the virus has since recovered.",
    ]
    events = [
        _event(f"e{n}", "2016-05-02", _dated_at(f"d{n}", text, "Monday", "2016-05-02"))
        for n, text in enumerate([news, *backdrops])
    ]
    assert _shown(events) == {"2016-05-02": [news]}


def test_until_opening_the_sentence_dates_the_change_it_implies() -> None:
    text = "And until Monday, the council had refused to publish the bridge survey."
    event = _event("u", "2016-05-02", _dated_at("a", text, "Monday", "2016-05-02"))
    assert _shown([event]) == {"2016-05-02": [text]}


def test_a_schedule_told_in_a_relative_clause_is_not_the_sentence_s_news() -> None:
    past = "The delegation arrived in the capital on 8 July for two days of talks."
    aside = (
        "Governor Ames has responded to polls showing rivals gaining in Nordland, which will "
        "hold its vote on 1 November."
    )
    announced = "Officials said Nordland will hold its vote on 1 November."

    def mention(doc: str, sentence: str) -> EventMention:
        m = _mention(doc, "2021-11-01", sentence, scheduled=True)
        at = sentence.index("hold")
        return replace(m, predicate=(at, at + 4))

    for sentence, shown in ((aside, False), (announced, True)):
        events = [
            _event("p", "2021-07-08", _mention("a", "2021-07-08", past)),
            _event("f", "2021-11-01", mention("b", sentence)),
        ]
        timeline = select_timeline(events, dates=5, sentences=2, latest=date(2021, 10, 4))
        assert ("2021-11-01" in [t.date for t in timeline]) is shown, sentence


def test_a_schedule_told_as_a_reason_or_a_report_s_claim_is_not_the_sentence_s_news() -> None:
    past = "The delegation arrived in the capital on 8 July for two days of talks."
    reason = (
        "The endorsement mattered because the party hopes it will convince voters to "
        "support the governor in November."
    )
    setting = (
        "And while many voters are expected to support the governor in November, she has "
        "not changed her message."
    )
    claim = (
        "The governor is disputing a report saying her campaign invited a boxer to appear "
        "at the convention in November."
    )
    announced = "The party said most voters are expected to support the governor in November."
    for sentence, shown in ((reason, False), (setting, False), (claim, False), (announced, True)):
        verb = "appear" if sentence is claim else "support"
        m = _mention("b", "2021-11", sentence, scheduled=True)
        at = sentence.index(verb)
        m = replace(m, predicate=(at, at + len(verb)))
        events = [
            _event("p", "2021-07-08", _mention("a", "2021-07-08", past)),
            _event("f", "2021-11", m),
        ]
        timeline = select_timeline(events, dates=5, sentences=2, latest=date(2021, 10, 4))
        assert ("2021-11" in [t.date for t in timeline]) is shown, sentence


def test_the_day_someone_is_urged_to_act_on_does_not_date_the_urging() -> None:
    urged = "Senator Ames shook hands with diners at a cafe and urged voters to vote on Tuesday."
    done = "The council voted on Tuesday to close the bridge to lorries for a year."
    for sentence, shown in ((urged, False), (done, True)):
        verb = "vote" if sentence is urged else "voted"
        m = _dated_at("a", sentence, "Tuesday", "2016-05-31")
        at = sentence.index(verb + " ")
        event = _event("u", "2016-05-31", replace(m, predicate=(at, at + len(verb))))
        assert ("2016-05-31" in _shown([event])) is shown, sentence


def test_a_decade_or_a_stretch_of_years_is_an_era_not_an_events_date() -> None:
    decade = "In the 1990s the valley became a hub for smugglers from three countries."
    stretch = "During their rule from 1996 to 2001 the elders banned music in the valley."
    year = "The elders signed a truce with the smugglers in 2014 after a long siege."
    events = [
        _event("d", "199", _dated_at("a", decade, "the 1990s", "199")),
        _event("s", "1996/2001", _dated_at("b", stretch, "1996 to 2001", "1996/2001")),
        _event("y", "2014", _dated_at("c", year, "2014", "2014")),
    ]
    assert _shown(events) == {"2014": [year]}


def test_the_date_a_state_is_compared_with_does_not_date_the_sentence() -> None:
    compared = "The border is less safe than it was in 2001, when a militia still guarded it."
    told = "A militia began guarding the border in 2001 at the request of the capital."
    for sentence, shown in ((compared, False), (told, True)):
        event = _event("c", "2001", _dated_at("a", sentence, "2001", "2001"))
        assert ("2001" in _shown([event])) is shown, sentence
    # a quantity compared is no standard: "more than 300,000 last year" is last year's news
    counted = "Visitors rose from fewer than 90,000 to more than 300,000 in 2001, the board said."
    event = _event("q", "2001", _dated_at("a", counted, "2001", "2001"))
    assert _shown([event]) == {"2001": [counted]}
    spelled = "The county was won by less than one point in 2001, the board said."
    event = _event("w", "2001", _dated_at("a", spelled, "2001", "2001"))
    assert _shown([event]) == {"2001": [spelled]}
    # a verb of surpassing compares too: the standard's year is not the news's
    surpassed = "Their votes together still do not eclipse Lee’s showing in the state from 2001."
    event = _event("e", "2001", _dated_at("a", surpassed, "2001", "2001"))
    assert _shown([event]) == {}


def test_a_plan_its_own_sentence_says_was_called_off_is_not_shown() -> None:
    held = "Clinton spoke to supporters in Ohio on 6 June about trade."
    due = "Trump is due to speak in Iowa on 10 June, his aides said."
    off = "Trump is due to speak in Iowa on 10 June, but aides said the rally was cancelled."
    for plan, shown in ((due, {"2016-06-10": [due]}), (off, {})):
        events = [
            _event("h", "2016-06-06", _mention("b", "2016-06-06", held)),
            _event("d", "2016-06-10", _mention("a", "2016-06-10", plan, scheduled=True)),
        ]
        assert _shown(events, latest=date(2016, 6, 8)) == {"2016-06-06": [held], **shown}


def test_a_forecast_after_the_last_source_is_not_listed_as_scheduled() -> None:
    # "(scheduled)" is for what is arranged for a date (a vote, a hearing), not for what
    # the writer expects of it
    vote = "The county council will vote on the new bridge on 3 November."
    peak = "Cases of the virus are expected to peak in November, health officials said."
    likely = "So far no deal is in sight, and one probably will not come until after 3 November."
    events = [
        _event("v", "2021-11-03", _mention("a", "2021-11-03", vote, scheduled=True)),
        _event("p", "2021-11", _mention("b", "2021-11", peak, scheduled=True)),
        _event("l", "2021-11-03", _mention("c", "2021-11-03", likely, scheduled=True)),
    ]
    timeline = select_timeline(events, dates=5, sentences=3, latest=date(2021, 10, 4))
    assert [(t.date, t.scheduled, [c.text for c in t.sentences]) for t in timeline] == [
        ("2021-11-03", True, [vote])
    ]


def test_a_lede_told_as_its_consequence_is_dated_by_its_after_clause() -> None:
    # "will stay ... even after a court refused": the news is the refusal, on its day
    stays = "Ann Holt will stay in Marlow for two more weeks even after a court refused her appeal."
    # "resigned a day after": the resignation's day is not the clause's
    resigned = "Tom Reed resigned from the board a day after the court refused his appeal."
    events = [
        _event("s", "2000-06-01", _mention("a", "2000-06-01", stays, stays[48:-1])),
        _event("r", "2000-06-01", _mention("b", "2000-06-01", resigned, resigned[33:-1])),
    ]
    assert _shown(events) == {"2000-06-01": [stays]}
