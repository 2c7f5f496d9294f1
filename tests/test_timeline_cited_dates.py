"""A reaction is not dated by the day of what it reacts to.

Cases from the reader audit of a campaign corpus, written afresh: a later report says
someone called, praised or pointed to a thing said or won ("Mr. Reed's remarks on
Saturday", "Reed's victories Tuesday"), and that day is the remarks' or the victories',
not the reaction's; a live entry's "is highlighting his win on Feb. 1" is the entry's own
time. The timeline and Appendix A show none of them under the cited day, and still show a
sentence whose day is its own verb's.
"""

from __future__ import annotations

from datetime import date

from sentence_fixtures import one_page_timeline

from briefgen.models import Event, EventMention, Evidence, Timex
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences

MONDAY = date(2016, 9, 19)
THURSDAY = date(2016, 3, 3)


def test_a_speech_of_saturday_does_not_date_monday_s_reaction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Ann Holt called Mr. Reed\'s speech on Saturday "a true wake-up call" for his supporters.'
    )
    assert "2016-09-17" not in one_page_timeline(nlp, text, MONDAY)


def test_the_day_of_cited_victories_does_not_date_a_later_comment(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Holt said the increased focus on Reed is taking a toll on the front-runner, "
        "pointing to Tom Reed's victories Tuesday in Marlow, Penbury and Astead."
    )
    assert "2016-03-01" not in one_page_timeline(nlp, text, THURSDAY)


def test_a_live_entry_in_the_present_is_not_dated_by_the_win_it_highlights(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Tom Reed is highlighting his Marlow win over Ann Holt on Feb. 1 as he urges "
        "conservatives to unite behind him."
    )
    assert "2016-02-01" not in one_page_timeline(nlp, text, date(2016, 2, 20))


def test_a_reaction_given_its_own_day_is_still_shown_under_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Holt on Saturday praised Tom Reed's speech in Marlow."
    assert one_page_timeline(nlp, text, MONDAY) == {"2016-09-17": [text]}


def test_a_day_given_to_a_thing_no_one_did_still_dates_the_praise(nlp) -> None:  # type: ignore[no-untyped-def]
    # a plan is not a happening: "on Saturday" may date the praising
    text = "Ann Holt praised Tom Reed's plan on Saturday."
    assert one_page_timeline(nlp, text, MONDAY) == {"2016-09-17": [text]}


def test_praise_of_a_speech_in_the_same_day_s_report_is_shown_under_that_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Holt praised Tom Reed's speech on Saturday."
    assert "2016-09-17" not in one_page_timeline(nlp, text, MONDAY)
    assert one_page_timeline(nlp, text, date(2016, 9, 17)) == {"2016-09-17": [text]}


def test_a_saying_within_the_dated_speech_is_still_shown_under_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Reed said in his victory speech Tuesday that the race in Marlow was over."
    assert one_page_timeline(nlp, text, THURSDAY) == {"2016-03-01": [text]}


def _printed(sentence: str, verb: str, lemma: str, when: str, value: str, day: date) -> bool:
    """Whether Appendix A prints ``sentence``, the whole text of a report of ``day``, dated
    ``value`` by ``when`` and attached to ``verb``."""
    at, head = sentence.index(when), sentence.index(verb)
    mention = EventMention(
        id="m-d1",
        doc="d1",
        date=value,
        timex=Timex(at, at + len(when), when, "DATE", value),
        description=sentence,
        evidence=Evidence("d1", 0, len(sentence), sentence, sentence, 0),
        predicate=(head, head + len(verb)),
        lemma=lemma,
    )
    printing = Printing(texts={"d1": sentence}, first=day, latest=day, published={"d1": day})
    event = Event("e1", value, sentence, (mention,), ("d1",))
    return bool(told_sentences([event], 5, printing))


def test_appendix_a_leaves_out_praise_dated_by_the_speech_praised() -> None:
    praise = "Ann Holt praised Tom Reed's speech on Thursday."
    friday, thursday = date(2016, 8, 12), date(2016, 8, 11)
    assert not _printed(praise, "praised", "praise", "Thursday", "2016-08-11", friday)
    # in Thursday's own report the praise may be of that day: printed
    assert _printed(praise, "praised", "praise", "Thursday", "2016-08-11", thursday)


def test_an_apology_at_a_debate_is_not_dated_by_the_suggestion_it_apologizes_for(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Reed apologized for his campaign's suggestion to Marlow voters on Monday that "
        "Ann Holt was dropping out of the race."
    )
    assert "2016-02-01" not in one_page_timeline(nlp, text, date(2016, 2, 7))
