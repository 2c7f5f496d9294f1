"""Timeline entries a reader can sign: what happened, readable alone, counted honestly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Mention, Timex
from briefgen.timeline import select_timeline


def _corpus(
    texts: dict[str, tuple[str, str]], mentions: tuple[Mention, ...] = ()
) -> list[Extraction]:
    """Extractions of ``texts`` (doc -> (published, text)), one sentence per '. '."""
    out = []
    for doc, (day, text) in texts.items():
        spans, start = [], 0
        for part in text.split(". "):
            end = start + len(part) + (1 if start + len(part) < len(text) else 0)
            spans.append((start, min(end, len(text))))
            start = end + 1
        own = tuple(m for m in mentions if m.doc == doc)
        document = Document(doc, doc, "txt", text, "", day, "stated")
        out.append(Extraction(document=document, sentences=tuple(spans), mentions=own))
    return out


def _at(texts: dict[str, tuple[str, str]], doc: str, sentence: str, when: str) -> EventMention:
    start = texts[doc][1].index(sentence)
    evidence = Evidence(doc, start, start + len(sentence), sentence, sentence, start)
    timex = Timex(start, start + 1, "x", "DATE", when)
    return EventMention(f"{doc}{start}", doc, when, timex, sentence, evidence)


def _event(eid: str, when: str, *mentions: EventMention, salience: float = 1.0) -> Event:
    docs = tuple(sorted({m.doc for m in mentions}))
    return Event(eid, when, mentions[0].description, mentions, docs, salience=salience)


def _timeline(
    events: list[Event], extractions: list[Extraction], query: tuple[str, ...] = ()
) -> dict[str, list[str]]:
    latest = max(d for x in extractions if (d := x.document.dct))
    entries = select_timeline(
        events, dates=10, sentences=3, latest=latest, extractions=extractions, query=query
    )
    return {t.date: sorted(c.text for c in t.sentences) for t in entries}


PLACE = "The concert will take place at the city stadium on 8 October."
LINEUP = "The Blue Lanterns, Ann Dale and Cy Moss will perform at the stadium on Saturday."
WITHDREW = "Chart-toppers Blue Lanterns withdrew from the line-up of the show last week."


def test_a_line_up_a_later_source_says_changed_is_not_shown_as_the_day_s_event() -> None:
    texts = {
        "a": ("2011-09-23", PLACE),
        "b": ("2011-10-04", LINEUP),
        "c": ("2011-10-08", WITHDREW + " Tickets sold out."),
    }
    extractions = _corpus(texts)
    show = _event(
        "show",
        "2011-10-08",
        _at(texts, "a", PLACE, "2011-10-08"),
        _at(texts, "b", LINEUP, "2011-10-08"),
    )
    assert _timeline([show], extractions) == {"2011-10-08": [PLACE]}
    # Until a source says otherwise, the line-up is what the sources announce.
    assert _timeline([show], extractions[:2]) == {"2011-10-08": sorted([PLACE, LINEUP])}


def test_an_announcement_gives_way_to_the_report_of_the_day() -> None:
    resume = "The jury will resume considering the charge against the doctor on Monday."
    verdict = "On Monday the jury found the doctor guilty of involuntary manslaughter."
    texts = {"a": ("2011-11-04", resume), "b": ("2011-11-08", verdict)}
    events = [
        _event("r", "2011-11-07", _at(texts, "a", resume, "2011-11-07"), salience=2.0),
        _event("v", "2011-11-07", _at(texts, "b", verdict, "2011-11-07")),
    ]
    assert _timeline(events, _corpus(texts)) == {"2011-11-07": [verdict]}


def test_one_source_s_saturday_and_sunday_for_the_same_story_give_one_entry() -> None:
    saturday = "The Times reported Saturday it had the 1995 tax returns of Smith showing a loss."
    sunday = "On Sunday, the Times published the 1995 tax returns of Smith showing a big loss."
    rally = "Jones held a rally in Ohio on Sunday and spoke about trade with farmers."
    texts = {"a": ("2016-10-03", f"{saturday} {sunday}"), "b": ("2016-10-03", rally)}
    events = [
        _event("sat", "2016-10-01", _at(texts, "a", saturday, "2016-10-01"), salience=2.0),
        _event(
            "sun",
            "2016-10-02",
            _at(texts, "a", sunday, "2016-10-02"),
            _at(texts, "b", rally, "2016-10-02"),
        ),
    ]
    assert _timeline(events, _corpus(texts)) == {"2016-10-01": [saturday], "2016-10-02": [rally]}


def test_reported_by_counts_the_sources_that_report_the_shown_news() -> None:
    found = "The jury found the doctor guilty of manslaughter on Monday after two days."
    again = "On Monday the jury found the doctor guilty of manslaughter in the court."
    other = "A charity concert in the capital on Monday raised money for the hospital."
    texts = {"a": ("2011-11-08", found), "b": ("2011-11-08", again), "c": ("2011-11-08", other)}
    # One event cluster gathered a different happening of that day from a third source.
    event = _event(
        "v",
        "2011-11-07",
        _at(texts, "a", found, "2011-11-07"),
        _at(texts, "b", again, "2011-11-07"),
        _at(texts, "c", other, "2011-11-07"),
    )
    extractions = _corpus(texts)
    entries = select_timeline(
        [event], dates=5, sentences=1, latest=date(2011, 11, 8), extractions=extractions
    )
    assert [c.text for c in entries[0].sentences] == [found]
    assert entries[0].sources == ("a", "b")


def test_a_detail_naming_no_principal_gives_way_to_the_day_s_news() -> None:
    rickshaw = "Late Sunday night, a couple rode in a rickshaw through town after their wedding."
    body = "Jackson's body was released to the family on Sunday night after the inquiry."
    march = "Thousands of protesters marched through the city centre on Sunday afternoon."
    # (told in other words: a copy of the first's text would be one report, not two)
    march2 = "On Sunday afternoon protesters in their thousands filled the city centre."
    rally = "Jackson addressed the rally in the park on Sunday evening."
    texts = {
        "a": ("2020-03-02", f"{rickshaw} {body}"),
        "b": ("2020-03-02", f"{march} {rally}"),
        "c": ("2020-03-02", march2),
    }
    day = "2020-03-01"
    events = [
        _event("w", day, _at(texts, "a", rickshaw, day), salience=3.0),
        _event("r", day, _at(texts, "a", body, day), salience=3.0),
        _event("m", day, _at(texts, "b", march, day), _at(texts, "c", march2, day)),
        _event("j", day, _at(texts, "b", rally, day)),
    ]
    shown = _timeline(events, _corpus(texts), query=("jackson",))
    # The owner of a body is no participant; a march two sources report is the news.
    assert shown == {day: sorted([march, rally])}
    # One page's colour alone is no entry; a day two sources speak of keeps its details.
    assert _timeline(events[:1], _corpus(texts), query=("jackson",)) == {}
    # (the march as salient as the wedding: one a third as salient would be too weak a
    # second sentence beside it, ``timeline_entry.FOLLOWING_SHARE``)
    two = [events[0], _event("m", day, _at(texts, "b", march, day), salience=3.0)]
    assert _timeline(two, _corpus(texts), query=("jackson",)) == {day: sorted([march, rickshaw])}


def test_a_quotation_s_continuation_is_the_speaker_s_not_the_narrator_s() -> None:
    said = 'Limbaugh told his radio audience on Monday: "What has happened is simple.'
    inside = 'The Lee campaign has sent orders to plaster stories about Smith as a liar."'
    fact = "Smith answered the charge at a rally in Ohio on Monday night."
    texts = {"a": ("2016-09-27", f"{said} {inside} {fact}")}
    events = [
        _event("q", "2016-09-26", _at(texts, "a", inside, "2016-09-26"), salience=2.0),
        _event("f", "2016-09-26", _at(texts, "a", fact, "2016-09-26")),
    ]
    assert _timeline(events, _corpus(texts)) == {"2016-09-26": [fact]}


def test_a_leading_the_city_is_named_in_brackets_from_the_sentence_before() -> None:
    before = "Marlow demanded that the campaign stop using its crest on flyers."
    # (addressed: a writ sent to no one is the lede's follow-up, not shown alone)
    city = "The city sent a letter of complaint to the campaign Thursday."
    texts = {"a": ("2016-09-30", f"{before} {city}")}
    marlow = Mention("a", 0, 6, "Marlow", "name", "state")
    event = _event("c", "2016-09-29", _at(texts, "a", city, "2016-09-29"))
    shown = _timeline([event], _corpus(texts, (marlow,)))
    assert shown == {
        "2016-09-29": ["[Marlow] sent a letter of complaint to the campaign Thursday."]
    }
    # No city named before: the sentence cannot be read alone, so it is not shown.
    assert _timeline([event], _corpus(texts)) == {}


def test_a_he_is_not_named_by_a_surname_two_people_on_the_page_share() -> None:
    first = "Randy Lane, brother of the late singer Michael Lane, has been taken to hospital."
    court = "He was in court on Monday with his family for a hearing in the doctor's case."
    texts = {"a": ("2010-06-16", f"{first} {court}")}
    at = first.index("Michael")
    names = (
        Mention("a", 0, 10, "Randy Lane", "name", "person"),
        Mention("a", at, at + 12, "Michael Lane", "name", "person"),
    )
    event = _event("c", "2010-06-14", _at(texts, "a", court, "2010-06-14"))
    shown = _timeline([event], _corpus(texts, names))
    # Not "[Lane]", which a reader takes for the singer the story is about.
    assert shown == {}


def test_a_quotation_left_open_by_the_page_does_not_swallow_the_paragraph() -> None:
    said = 'The minister stated "We will use every means to protect our allies.'
    fact = "Earlier, on July 5, the president held phone talks with his Tajik counterpart."
    kremlin = 'The Kremlin said he "confirmed his readiness to help."'
    texts = {"a": ("2021-08-20", f"{said} {fact} {kremlin}")}
    event = _event("p", "2021-07-05", _at(texts, "a", fact, "2021-07-05"))
    assert _timeline([event], _corpus(texts)) == {"2021-07-05": [fact]}


def test_one_source_naming_the_same_two_under_adjacent_days_tells_one_story() -> None:
    saturday = "The Daily Ledger reported Saturday that it had received pages of Smith's filings."
    sunday = "On Sunday, the Daily Ledger published portions showing Smith lost a fortune in 1995."
    other = "On Sunday, Jones toured a factory in Ohio with local union leaders."
    texts = {"a": ("2016-10-03", f"{saturday} {sunday} {other}")}
    events = [
        _event("sat", "2016-10-01", _at(texts, "a", saturday, "2016-10-01"), salience=2.0),
        _event(
            "sun",
            "2016-10-02",
            _at(texts, "a", sunday, "2016-10-02"),
            _at(texts, "a", other, "2016-10-02"),
        ),
    ]
    assert _timeline(events, _corpus(texts)) == {"2016-10-01": [saturday], "2016-10-02": [other]}


BRIDGE = "The regional council voted on Tuesday to close the old harbour bridge to lorries."
SHUT = "The council on Tuesday backed a ban on lorries crossing the harbour by bridge."
CRACKS = "Engineers reported a burst water main in the town centre on Tuesday."


def test_two_sources_of_one_happening_make_one_sentence_citing_both() -> None:
    texts = {"a": ("2021-03-03", BRIDGE), "b": ("2021-03-03", SHUT), "c": ("2021-03-03", CRACKS)}
    extractions = _corpus(texts)
    vote = _event(
        "vote",
        "2021-03-02",
        _at(texts, "a", BRIDGE, "2021-03-02"),
        _at(texts, "b", SHUT, "2021-03-02"),
    )
    cracks = _event("cracks", "2021-03-02", _at(texts, "c", CRACKS, "2021-03-02"), salience=0.5)
    latest = date(2021, 3, 3)
    (entry,) = select_timeline(
        [vote, cracks], dates=5, sentences=2, latest=latest, extractions=extractions
    )
    # The second report of the vote is cited, not shown, and what ranks below a repeat of
    # the day's news does not take its place.
    assert [c.text for c in entry.sentences] == [BRIDGE]
    assert entry.sources == ("a", "b")
    # Without the second report, the day's other news is shown.
    single = _event("vote", "2021-03-02", _at(texts, "a", BRIDGE, "2021-03-02"))
    (alone,) = select_timeline(
        [single, cracks],
        dates=5,
        sentences=2,
        latest=latest,
        extractions=extractions,
    )
    assert sorted(c.text for c in alone.sentences) == sorted([BRIDGE, CRACKS])


LAST_WEEK = "Last week the regional council voted to close the old harbour bridge to lorries."
FEES = "Last week the port authority raised mooring fees for fishing boats."


def test_a_week_repeating_a_day_within_it_is_not_shown_again() -> None:
    texts = {
        "a": ("2021-03-03", BRIDGE),
        "w": ("2021-03-10", LAST_WEEK),
        "x": ("2021-03-10", FEES),
    }
    extractions = _corpus(texts)
    day = _event("day", "2021-03-02", _at(texts, "a", BRIDGE, "2021-03-02"))
    # The weekly's "last week" outweighs the day: chosen first, it still gives the vote up
    # to the day, and keeps only its other news.
    week = _event(
        "week",
        "2021-W09",
        _at(texts, "w", LAST_WEEK, "2021-W09"),
        _at(texts, "x", FEES, "2021-W09"),
        salience=3.0,
    )
    assert _timeline([day, week], extractions) == {"2021-03-02": [BRIDGE], "2021-W09": [FEES]}
    # With nothing else to tell, the week is no entry.
    alone = _event("week", "2021-W09", _at(texts, "w", LAST_WEEK, "2021-W09"), salience=3.0)
    assert _timeline([day, alone], extractions) == {"2021-03-02": [BRIDGE]}


def test_a_week_told_by_its_day_leaves_no_room_for_a_less_reported_date() -> None:
    other = "The port authority raised mooring fees for fishing boats on 20 March."
    texts = {
        "a": ("2021-03-03", BRIDGE),
        "w": ("2021-03-10", LAST_WEEK),
        "o": ("2021-03-21", other),
    }
    extractions = _corpus(texts)
    events = [
        _event("day", "2021-03-02", _at(texts, "a", BRIDGE, "2021-03-02"), salience=3.0),
        _event("week", "2021-W09", _at(texts, "w", LAST_WEEK, "2021-W09"), salience=2.0),
        _event("other", "2021-03-20", _at(texts, "o", other, "2021-03-20"), salience=0.5),
    ]
    latest = max(d for x in extractions if (d := x.document.dct))
    entries = select_timeline(events, dates=2, sentences=2, latest=latest, extractions=extractions)
    assert [(t.date, [c.text for c in t.sentences]) for t in entries] == [("2021-03-02", [BRIDGE])]
    # With room for three dates, the less reported one is shown.
    more = select_timeline(events, dates=3, sentences=2, latest=latest, extractions=extractions)
    assert [t.date for t in more] == ["2021-03-02", "2021-03-20"]


# (a speech's shape, "closed her victory speech with a tribute", is no news at all:
# ``appearances``; this colour passes that check and is left to the ranking)
TRIBUTE = "Smith thanked a former teacher on Tuesday night in a hotel ballroom."
RESULT = "Smith won the Ohio primary on Tuesday by ten points over Jones."
RETOLD = "On Tuesday Smith won the primary in Ohio, beating Jones."
AGAIN = "Officials said Smith won the Ohio primary over Jones on Tuesday."


def test_the_news_other_sources_tell_outranks_one_page_s_passing_colour() -> None:
    texts = {
        "a": ("2016-04-20", TRIBUTE),
        "b": ("2016-04-20", RESULT),
        "c": ("2016-04-21", RETOLD),
        "d": ("2016-04-21", AGAIN),
    }
    day = "2016-04-19"
    tribute = _event("t", day, _at(texts, "a", TRIBUTE, day), salience=1.0)
    result = _event("r", day, _at(texts, "b", RESULT, day), salience=1.0)
    # two more sources tell the result again (merged into another event of the day)
    retold = _event(
        "x", day, _at(texts, "c", RETOLD, day), _at(texts, "d", AGAIN, day), salience=0.6
    )
    entries = select_timeline(
        [tribute, result, retold],
        dates=5,
        sentences=1,
        latest=date(2016, 4, 21),
        extractions=_corpus(texts),
    )
    assert [c.text for e in entries for c in e.sentences] == [RESULT]
    # told by one page alone, the result is no better founded than the tribute (the first
    # source of two alike is shown)
    alone = select_timeline(
        [tribute, result],
        dates=5,
        sentences=1,
        latest=date(2016, 4, 21),
        extractions=_corpus(texts),
    )
    assert [c.text for e in alone for c in e.sentences] == [TRIBUTE]


PREVAILED = "Senator Bernie Sanders prevailed in the Wisconsin primary Tuesday, on a streak."
PROJECTED = "Senator Bernie Sanders was projected to win in Wisconsin on Tuesday, as networks said."


def test_another_source_naming_the_same_happening_in_other_words_is_not_shown_again() -> None:
    texts = {"a": ("2016-04-06", PREVAILED), "b": ("2016-04-06", PROJECTED)}
    day = "2016-04-05"
    win = _event("w", day, _at(texts, "a", PREVAILED, day), _at(texts, "b", PROJECTED, day))
    (entry,) = select_timeline(
        [win], dates=5, sentences=2, latest=date(2016, 4, 6), extractions=_corpus(texts)
    )
    assert len(entry.sentences) == 1
    assert entry.sources == ("a", "b")  # the second report is cited


HANDED = "On Tuesday the voters of Wisconsin handed their primary to Bernie Sanders."
NAMED = "Networks named Bernie Sanders the winner in Wisconsin on Tuesday evening."


def test_a_name_ending_a_sentence_is_the_name_another_source_gives() -> None:
    # The full stop closing one telling is no part of the name ("... to Bernie Sanders."):
    # the second source names the same two and tells the same happening again.
    texts = {"a": ("2016-04-06", HANDED), "b": ("2016-04-06", NAMED)}
    day = "2016-04-05"
    win = _event("w", day, _at(texts, "a", HANDED, day), _at(texts, "b", NAMED, day))
    (entry,) = select_timeline(
        [win], dates=5, sentences=2, latest=date(2016, 4, 6), extractions=_corpus(texts)
    )
    assert len(entry.sentences) == 1
    assert entry.sources == ("a", "b")


CLOSED = "Health officials closed every school in the port city on Saturday to slow the flu."
MASKS = (
    "In subways, ferry terminals and on the streets, more people went about their day on"
    " Saturday wearing masks."
)
MASKS_AGAIN = (
    "In subways, buses, ferry terminals and on the streets, more people went about their day"
    " on Saturday wearing masks."
)


def test_a_wire_paragraph_run_in_two_stories_of_the_day_is_one_source() -> None:
    # The agency's morning story and its rewrite of the day carry the same street-scene
    # paragraph: one report of it, so a scene naming nothing of the story is no news.
    texts = {
        "a": ("2009-05-02", f"{CLOSED} {MASKS}"),
        "b": ("2009-05-02", MASKS_AGAIN),
        "c": ("2009-05-03", "Officials said the flu had spread to the port city's suburbs."),
    }
    day = "2009-05-02"
    closed = _event("c", day, _at(texts, "a", CLOSED, day))
    scene = _event("s", day, _at(texts, "a", MASKS, day), _at(texts, "b", MASKS_AGAIN, day))
    assert _timeline([closed, scene], _corpus(texts), query=("flu",)) == {day: [CLOSED]}
    # a story of a later day re-running the paragraph has kept it as worth telling
    texts["b"] = ("2009-05-04", MASKS_AGAIN)
    scene = _event("s", day, _at(texts, "a", MASKS, day), _at(texts, "b", MASKS_AGAIN, day))
    kept = _timeline([closed, scene], _corpus(texts), query=("flu",))
    assert kept == {day: sorted([CLOSED, MASKS])}


SIGNED = (
    "On Tuesday, some of the best-connected donors signed on to raise money for Ann Dale and"
    " the Unity Committee"
)
AGREED = (
    "Six wealthy backers, among them a football team owner, became vice chairs of the joint"
    " fund of Dale and the UC on Tuesday"
)
RALLY = "Cy Moss held a rally in the capital on Tuesday and attacked Dale over trade"


def test_a_report_s_next_sentence_telling_its_lede_again_is_not_a_second_entry() -> None:
    from dataclasses import replace

    from briefgen.models import Actor

    texts = {
        "a": ("2016-05-25", f"{SIGNED}. {AGREED}. {RALLY}."),
        "b": ("2016-05-26", "Dale thanked the donors on Wednesday."),
    }
    day = "2016-05-24"
    signed = replace(_at(texts, "a", SIGNED, day), actors=("Ann Dale", "Unity Committee"))
    agreed = replace(_at(texts, "a", AGREED, day), actors=("Dale", "UC"))
    rally = replace(_at(texts, "a", RALLY, day), actors=("Cy Moss", "Dale"))
    events = [_event("s", day, signed), _event("g", day, agreed), _event("r", day, rally)]
    records = (
        Actor("A-1", "Ann Dale", "person", aliases=("Dale",)),
        Actor("A-2", "Unity Committee", "org", aliases=("UC",)),
    )
    (entry,) = select_timeline(
        events,
        dates=5,
        sentences=3,
        latest=date(2016, 5, 26),
        extractions=_corpus(texts),
        actors=records,
    )
    # the fund's second telling, right after the lede and naming the same two, is the same
    # story; the rally, the next sentence but with one participant in common, is news too
    shown = [c.text for c in entry.sentences]
    assert len(shown) == 2
    assert sum(s.startswith((SIGNED, AGREED)) for s in shown) == 1
    assert any(s.startswith(RALLY) for s in shown)


def _with_verb(event: Event, verb: str, lemma: str) -> Event:
    """``event`` with its first mention's predicate the word ``verb`` (of ``lemma``)."""
    m = event.mentions[0]
    at = m.evidence.sentence_start + m.evidence.sentence.index(verb)
    told = replace(m, predicate=(at, at + len(verb)), lemma=lemma)
    return replace(event, mentions=(told, *event.mentions[1:]))


def test_a_tour_s_stop_told_by_one_page_takes_no_day_from_its_news() -> None:
    stop = "Vidal held a rally in Leeds on Saturday."
    tour = "Moss held three campaign events across Kent on Saturday."
    news = "Moss said on Saturday that the depot would close within a year."
    texts = {"a": ("2020-03-02", f"{stop} {tour}"), "b": ("2020-03-02", news)}
    day = "2020-02-29"
    rally = _with_verb(_event("r", day, _at(texts, "a", stop, day), salience=2.0), "held", "hold")
    events = _with_verb(_event("t", day, _at(texts, "a", tour, day), salience=2.0), "held", "hold")
    said = _with_verb(_event("s", day, _at(texts, "b", news, day)), "said", "say")
    # A stop told as nothing more is the scene of what was said there: the day's news is
    # the saying, and one page's stops alone are no entry.
    assert _timeline([rally, events, said], _corpus(texts)) == {day: [news]}
    assert _timeline([rally, events], _corpus(texts)) == {}


SEARCHED = "Police searched the home and the clinic of Dr Ruiz in Leeds on Tuesday."
RAIDED = "Police also raided the home of Dr Ruiz in Leeds on Tuesday."
ALSO_HULL = "Police also raided a depot in Hull on Tuesday."


def test_an_also_adding_a_side_to_a_shown_happening_is_not_a_second_entry() -> None:
    texts = {"a": ("2021-03-03", SEARCHED), "b": ("2021-03-03", RAIDED)}
    day = "2021-03-02"
    search = _event("s", day, _at(texts, "a", SEARCHED, day))
    raid = _event("r", day, _at(texts, "b", RAIDED, day))
    (entry,) = select_timeline(
        [search, raid], dates=5, sentences=2, latest=date(2021, 3, 3), extractions=_corpus(texts)
    )
    # "also" adds Dr Ruiz's home to the search the date shows: its source is cited there
    assert [c.text for c in entry.sentences] == [SEARCHED]
    assert entry.sources == ("a", "b")


def test_an_also_naming_a_participant_of_its_own_is_another_event() -> None:
    texts = {"a": ("2021-03-03", SEARCHED), "b": ("2021-03-03", ALSO_HULL)}
    day = "2021-03-02"
    search = _event("s", day, _at(texts, "a", SEARCHED, day))
    raid = _event("r", day, _at(texts, "b", ALSO_HULL, day))
    (entry,) = select_timeline(
        [search, raid], dates=5, sentences=2, latest=date(2021, 3, 3), extractions=_corpus(texts)
    )
    assert sorted(c.text for c in entry.sentences) == sorted([SEARCHED, ALSO_HULL])
