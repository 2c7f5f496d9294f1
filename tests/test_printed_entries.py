"""Which sentences the PDF's Appendix A prints: the kinds of entry a reader could not use
(a past happening filed under the period, a pointer to a picture the brief does not show,
a sentence the page would cut before its point, a retrospective's day for a happening the
day's reports date otherwise) are left out, and their controls printed.

Each sentence is a report's whole text, dated by its own expression.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from briefgen.models import Event, EventMention, Evidence, Timex
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences

_MONDAY = date(2016, 7, 4)


def _mention(
    doc: str, sentence: str, when: str, value: str, verb: str, lemma: str | None
) -> EventMention:
    at = sentence.index(when)
    head = sentence.index(verb)
    return EventMention(
        id=f"m-{doc}",
        doc=doc,
        date=value,
        timex=Timex(at, at + len(when), when, "DATE", value),
        description=sentence,
        evidence=Evidence(doc, 0, len(sentence), sentence, sentence, 0),
        predicate=(head, head + len(verb)),
        lemma=lemma,
    )


def _printed(
    sentence: str,
    when: str = "Tuesday",
    verb: str = "",
    *,
    lemma: str | None = None,
    published: date = date(2016, 7, 6),
    value: str = "2016-07-05",
    first: date = _MONDAY,
) -> bool:
    """Whether ``sentence`` (dated ``value`` by ``when``, its predicate ``verb``), the
    whole text of a report ``published`` that day, is printed (the sources' period from
    ``first`` to that day)."""
    m = _mention("d1", sentence, when, value, verb or sentence.split()[0], lemma)
    printing = Printing(
        texts={"d1": sentence}, first=first, latest=published, published={"d1": published}
    )
    return bool(told_sentences([Event("e1", value, sentence, (m,), ("d1",))], 5, printing))


def test_a_plan_is_printed_when_its_date_is_the_saying_s() -> None:
    plan = "Vaccines are to be sent to every school in Springfield, the ministry {} on Tuesday."
    day = date(2016, 7, 5)  # published that day: what it tells is still to come
    # the date is the ministry's saying, an event of its day
    assert _printed(plan.format("said"), verb="said", lemma="say", published=day)
    assert _printed(plan.format("announced"), verb="announced", lemma="announce", published=day)
    # the date is the sending's, a plan which printed unmarked would read as done
    sent = "Vaccines are to be sent to every school in Springfield on Tuesday, the ministry said."
    assert not _printed(sent, verb="sent", lemma="send", published=day)
    # an expectation is no saying: what is expected for Tuesday is a plan
    expected = "Senator Ann Ruiz is expected to attend a gala in Springfield on Tuesday."
    assert not _printed(expected, verb="expected", lemma="expect", published=day)


def test_a_sentence_pointing_at_media_the_page_embeds_is_not_printed() -> None:
    # control: the posting told without a pointer to what was posted
    told = "Senator Ann Ruiz posted a photograph of floods in Springfield to Twitter on Tuesday."
    assert _printed(told, verb="posted")
    for pointer, verb in (
        ("Senator Ann Ruiz posted the following picture to Twitter on Tuesday evening.", "posted"),
        (
            "Senator Ann Ruiz criticised a bridge toll in Springfield on Tuesday; watch it below.",
            "criticised",
        ),
        ("Senator Ann Ruiz spoke to students in Springfield on Tuesday (watch it below).", "spoke"),
    ):
        assert not _printed(pointer, verb=verb), pointer
    # "the following day" and "above all" point at nothing
    assert _printed(
        "Senator Ann Ruiz voted against the toll on Tuesday, the following day.", verb="voted"
    )
    assert _printed(
        "Senator Ann Ruiz voted against a bridge toll in Springfield on Tuesday, above all.",
        verb="voted",
    )


_CLOSED = (
    "Senator Ann Ruiz closed every bridge in Springfield to lorries on Tuesday, saying the"
    " spring floods had weakened the piers, and engineers who inspected the piers on the"
    " western quay found long cracks in the {}arches of the harbour footbridge near the fish"
    " market."
)


def _cut(sentence: str, verb: str = "closed", lemma: str = "close") -> list[str]:
    """What the chronology prints of ``sentence``, a report's whole text dated Tuesday."""
    m = _mention("d1", sentence, "Tuesday", "2016-07-05", verb, lemma)
    printing = Printing(texts={"d1": sentence}, first=_MONDAY, latest=date(2016, 7, 6))
    event = Event("e1", "2016-07-05", sentence, (m,), ("d1",))
    return [t.text for t in told_sentences([event], 5, printing).values()]


def test_a_sentence_too_long_for_its_line_is_cut_after_its_point_or_not_printed() -> None:
    # the line's last word ends a phrase past what the sentence tells: cut there
    (cut,) = _cut(_CLOSED.format(""))
    assert cut.endswith("of the harbour footbridge near the fish…")
    assert _CLOSED.format("").startswith(cut[:-1])
    # the line's last word is "of" ("in the old stone arches of…"): cut at the last clause
    # boundary instead, what the sentence tells whole
    assert _cut(_CLOSED.format("old stone ")) == [
        "Senator Ann Ruiz closed every bridge in Springfield to lorries on Tuesday, saying"
        " the spring floods had weakened the piers…"
    ]
    # a word opening an adverbial clause is a boundary too
    (cut,) = _cut(
        "Senator Ann Ruiz closed every bridge in Springfield to lorries and coaches and vans on"
        " Tuesday while engineers inspected the piers on the western quay and the long cracks"
        " in the old stone arches of the harbour footbridge near the fish market for signs of"
        " damage done by the spring floods."
    )
    assert cut.endswith("to lorries and coaches and vans on Tuesday…")
    # the date past the line: the entry's date column shows the day, the line is cut after
    # the predicate
    (cut,) = _cut(
        "Senator Ann Ruiz warned health ministers from the towns of the Springfield valley and"
        " the coastal villages of the western quay and the farming parishes of the northern"
        " hills and the fishing ports of the southern bay and the mining districts of the"
        " eastern ridge about the spring floods at a meeting in Springfield on Tuesday.",
        "warned",
        "warn",
    )
    assert cut.endswith("the mining districts of the eastern…")
    # the line cannot hold the quotation the sentence gives: what was said would be cut
    quoting = (
        "Senator Ann Ruiz warned health ministers from the towns of the Springfield valley on"
        " Tuesday about the floods, telling the farming parishes of the northern hills and the"
        " fishing ports of the southern bay and the mining districts of the eastern ridge that"
        " \u201cthe water will come back next spring\u201d."
    )
    assert _cut(quoting, "warned", "warn") == []
    assert _cut(
        quoting.replace(" and the mining districts of the eastern ridge", ""), "warned", "warn"
    )
    # the same news told after a long opening: the line ends on "to" ("… the old ferry
    # pier to…"), and no clause boundary follows the news
    late = (
        "After a winter of storms that flooded the western quay and the old ferry pier of"
        " Springfield, Senator Ann Ruiz closed every bridge in Springfield on Tuesday to"
        " lorries and coaches and vans and the harbour footbridge to cyclists and the old"
        " ferry pier to anglers and the two car parks on the western quay to everyone."
    )
    assert not _printed(late, verb="closed", lemma="close")
    # control: told short, it prints whole
    short = "Senator Ann Ruiz closed every bridge in Springfield to lorries on Tuesday."
    assert _printed(short, verb="closed", lemma="close")


def _in_march(sentence: str, verb: str) -> bool:
    """Whether ``sentence``, dated March 2016 by "early March" in a report of 20 March
    2016 (the sources from January), is printed."""
    return _printed(
        sentence,
        "early March",
        verb,
        value="2016-03",
        published=date(2016, 3, 20),
        first=date(2016, 1, 4),
    )


def test_a_happening_of_a_past_year_is_not_filed_under_the_period() -> None:
    # the contests the sentence tells are 2008's: "early March" is that year's, not 2016's
    past = "Senator Ann Ruiz won the 2008 Ohio and Texas contests in Springfield in early March."
    assert not _in_march(past, "won")
    assert _in_march(past.replace("2008 ", ""), "won")  # control: no year of its own
    # a thing a year dates is news of any day: the publishing is March's
    assert _in_march(
        "Senator Ann Ruiz published the 2008 tax returns of Springfield in early March.",
        "published",
    )
    # the date elaborates what stands before a colon; the predicate is the clause's
    colon = "One hurdle remained for Senator Ann Ruiz: primaries in Ohio and Texas in early March."
    assert not _in_march(colon, "remained")
    assert _in_march("Senator Ann Ruiz won primaries in Ohio and Texas in early March.", "won")


def test_a_date_inside_an_aside_set_off_by_dashes_is_not_the_news_s() -> None:
    aside = (
        "Senator Ann Ruiz - who was in Springfield when the storm began on Tuesday - gave"
        " evidence to the council, aides said."
    )
    assert not _printed(aside, verb="began")
    told = "Senator Ann Ruiz gave evidence to the Springfield council on Tuesday, aides said."
    assert _printed(told, verb="gave")


def test_a_speech_tag_left_alone_is_not_printed_whatever_the_speaker_s_title() -> None:
    # what was asked was the paragraph before: the tag alone tells nothing
    tag = "Springfield acting health director Dr. Ann Ruiz asked on Tuesday."
    assert not _printed(tag, verb="asked", lemma="ask")
    asked = (
        "Springfield acting health director Dr. Ann Ruiz asked the council for money on Tuesday."
    )
    assert _printed(asked, verb="asked", lemma="ask")


_LOOK_BACK = (
    "On 6 October a recording of Mayor Ann Ruiz singing a sea shanty is played to the"
    " Springfield harbour inquiry."
)
# a timeline page's step, its day a heading above the sentence
_HEADED = "6 October\nA recording of Mayor Ann Ruiz singing a sea shanty is played to the inquiry."
_DAY_REPORT = (
    "A recording of Mayor Ann Ruiz singing a sea shanty has been played to the Springfield"
    " harbour inquiry.\nThe tape was played in full on Wednesday at the inquiry in Springfield."
)


def _at(m: EventMention, at: int, text: str, *, own_timex: bool = True) -> EventMention:
    """``m`` (built on ``text[at:]`` alone), a mention of ``text``'s last sentence, from
    ``at`` on; its timex moved with it when it is the sentence's (``own_timex``), kept when
    it is a heading's before it."""
    sentence = text[at:]
    shift = at if own_timex else 0
    return dataclasses.replace(
        m,
        timex=dataclasses.replace(m.timex, start=m.timex.start + shift, end=m.timex.end + shift),
        evidence=Evidence(m.doc, at, len(text), sentence, sentence, at),
        predicate=(m.predicate[0] + at, m.predicate[1] + at) if m.predicate else None,
    )


def _printed_days(day_report: str, look_back: str = _LOOK_BACK) -> list[str]:
    """The dates the chronology prints, of a look back (published on 30 November 2011) and
    a report of Thursday 6 October 2011 (``day_report``) whose "Wednesday" is the 5th."""
    if look_back.startswith("On "):
        back = _mention("back", look_back, "6 October", "2011-10-06", "played", "play")
    else:
        # the heading dates the sentence below it: its timex lies before the sentence
        body = look_back.index("A recording")
        back = _mention("back", look_back[body:], "played", "2011-10-06", "played", "play")
        heading = Timex(0, 9, "6 October", "DATE", "2011-10-06")
        back = _at(dataclasses.replace(back, timex=heading), body, look_back, own_timex=False)
    at = day_report.index("The tape")
    day = _mention("day", day_report[at:], "Wednesday", "2011-10-05", "played", "play")
    day = _at(day, at, day_report)
    printing = Printing(
        texts={"back": look_back, "day": day_report},
        first=date(2011, 9, 27),
        latest=date(2011, 11, 30),
        published={"back": date(2011, 11, 30), "day": date(2011, 10, 6)},
    )
    events = [
        Event("e-back", "2011-10-06", back.evidence.sentence, (back,), ("back",)),
        Event("e-day", "2011-10-05", day.evidence.sentence, (day,), ("day",)),
    ]
    return sorted(t.date for t in told_sentences(events, None, printing).values())


def test_a_look_back_s_day_is_not_printed_for_what_that_week_s_report_dates_otherwise() -> None:
    # control: a report of that week about something else leaves the look back's day
    other = _DAY_REPORT.replace("singing a sea shanty", "reading the harbour accounts")
    other = other.replace("A recording of", "Minutes of a meeting with")
    assert "2011-10-06" in _printed_days(other)
    # the week's report tells the playing, on the 5th: the look back's 6th is not printed
    assert "2011-10-06" not in _printed_days(_DAY_REPORT)


def test_a_look_back_s_step_is_printed_under_the_day_that_week_s_report_gives() -> None:
    # the step's day is its heading: its sentence is printed under the report's 5th
    assert _printed_days(_DAY_REPORT, _HEADED) == ["2011-10-05"]
    assert _printed_days(
        _DAY_REPORT.replace("A recording of", "Minutes of a meeting with").replace(
            "singing a sea shanty", "reading the harbour accounts"
        ),
        _HEADED,
    ) == ["2011-10-06"]


def test_a_date_in_a_clause_after_an_appositive_is_not_printed_as_the_news_s() -> None:
    accused = (
        "Senator Ann Ruiz accused the council of hiding the flooding until after Tom Bell,"
        " the city's mayor, had visited the river on Tuesday."
    )
    assert not _printed(accused, verb="visited", lemma="visit")
    told = "Tom Bell, the city's mayor, visited the flooded river in Springfield on Tuesday."
    assert _printed(told, verb="visited", lemma="visit")
    # "The WHO" opens no relative clause: the statement is the news of its day
    who = "Officials told the WHO in Geneva on Tuesday that Springfield had closed its schools."
    assert _printed(who, verb="told", lemma="tell")


def test_before_followed_by_an_auxiliary_is_an_adverb_that_opens_no_clause() -> None:
    seen = "A strain of flu never seen before has closed every school in Springfield on Tuesday."
    assert _printed(seen, verb="closed", lemma="close")
    clause = (
        "Officials praised the mayor before he had closed every school in Springfield on Tuesday."
    )
    assert not _printed(clause, verb="closed", lemma="close")
