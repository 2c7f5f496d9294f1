"""A lead-in sentence, built to make the reader read on, is never shown for its point: a
reaction promised for a ruling not yet told, a second strand "unfolding", a contest told
as under way whose result the next lines give, a quotation's anecdote its next sentence
goes on with, a contention told as a state whose answer the next sentence gives. The
timeline shows a teaser with the sentence that delivers it."""

from __future__ import annotations

import re
from datetime import date

import pytest
from bottomline_fixtures import dated, page

from briefgen.lead_in import (
    anecdote,
    answers,
    background,
    convened,
    delivers,
    teases,
    under_way,
    withholds,
)
from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Mention, Timex
from briefgen.render.printing import Printing
from briefgen.render.told import told_sentences
from briefgen.shown import read_alone
from briefgen.summarize import summarize
from briefgen.timeline import select_timeline

TEASER = (
    "A court in Avon issued a ruling today that should make mayoral candidate Ada Brandt smile."
)
RULING = "The court ruled that students living in the city are eligible to vote in its primary."
COURT = f"{TEASER} {RULING} Cole Varga had opposed the change."


def test_a_promised_reaction_or_a_second_strand_unfolding_teases() -> None:
    assert teases(TEASER)
    assert teases("A second debate unfolded online Wednesday night as the two rivals met.")
    assert teases("A parallel contest was playing out in the suburbs.")
    # the content said first, or a main clause of its own after the reaction, is a point
    assert not teases(
        "The court ruled that students can vote, a decision that should please Ada Brandt."
    )
    assert not teases(
        "A new poll that should worry Cole Varga shows Ada Brandt leading by 9 points."
    )
    assert not teases(
        "A debate unfolded Tuesday in Avon."
    )  # a happening dated, no strand announced
    assert not teases(RULING)


def test_a_teaser_is_not_read_alone_when_a_sentence_follows() -> None:
    extraction = page("c1", "2024-03-08", COURT)
    assert read_alone(TEASER, 0, extraction) is None
    assert read_alone(RULING, COURT.index(RULING), extraction) is not None
    alone = page("c2", "2024-03-08", TEASER)  # nothing after it: judged as before
    assert read_alone(TEASER, 0, alone) is not None


def test_the_timeline_shows_the_teaser_with_the_sentence_it_announces() -> None:
    extraction = page("c1", "2024-03-08", COURT)
    mention = dated("c1", COURT, TEASER, "2024-03-08", said="today")
    event = Event("ruling", "2024-03-08", "issued", (mention,), ("c1",), salience=1.0)
    entries = select_timeline(
        [event], dates=5, sentences=2, latest=date(2024, 3, 8), extractions=[extraction]
    )
    assert [e.date for e in entries] == ["2024-03-08"]
    shown = entries[0].sentences[0].text
    assert shown.startswith("A court in Avon issued a ruling today")
    assert "students living in the city are eligible" in shown  # the point the reader came for


LEDE = "Avon voters on Tuesday are making the first picks of the year in the mayoral primary."
POLLS = "The polls closed at 8 p.m."
WON = "Ada Brandt won the mayoral primary with 58 percent of the vote."
LIVE = f"{LEDE} {POLLS} {WON}"


def test_a_contest_under_way_is_passed_over_for_its_result() -> None:
    assert under_way(LEDE)
    assert not under_way("Ada Brandt is making her case to farmers this week.")  # no contest
    extraction = page("l1", "2024-05-14", LIVE)
    assert read_alone(LEDE, 0, extraction) is None
    assert read_alone(WON, LIVE.index(WON), extraction) is not None
    # a preview with no result after it is judged as before
    preview = page("l2", "2024-05-14", f"{LEDE} {POLLS}")
    assert read_alone(LEDE, 0, preview) is not None


def test_a_contest_under_way_is_no_judgment_when_its_result_follows() -> None:
    extraction = page("l1", "2024-05-14", LIVE)
    events = [
        Event(
            "vote",
            "2024-05-14",
            "primary",
            (
                dated("l1", LIVE, LEDE, "2024-05-14", id="lede", said="Tuesday"),
                dated("l1", LIVE, WON, "2024-05-14", id="won"),
            ),
            ("l1",),
            salience=1.0,
        )
    ]
    summary = summarize([extraction], events, [], query=("Brandt",))
    shown = [
        *([summary.bottom_line.text] if summary.bottom_line else []),
        *(j.text for j in summary.judgments),
    ]
    assert not any("making the first picks" in text for text in shown)
    assert any("won the mayoral primary" in text for text in shown)


RECALL = (
    "“I remember some years ago we all laughed when the council roped off the press,” "
    "Brandt said Monday."
)
CLAIM = "“Shoving a reporter is a firing offense and the candidate answers for it.”"
QUOTE = f"{RECALL} {CLAIM} Varga's office did not reply."


def test_a_quotations_anecdote_is_passed_over_when_the_quotation_goes_on() -> None:
    assert anecdote(RECALL, CLAIM)
    assert anecdote(RECALL, "“We never thought it would come to this.")  # the quotation runs on
    assert not anecdote(RECALL, "Varga's office did not reply.")  # narration: no point next
    assert not anecdote(RECALL, "“That is false,” Cole Varga replied.")  # another speaker
    assert not anecdote("“Shoving a reporter is a firing offense,” Brandt said.", CLAIM)
    extraction = page("q1", "2024-03-11", QUOTE, sentences=r"[^.]+\.(?:”)?")
    assert read_alone(RECALL, 0, extraction) is None
    alone = page("q2", "2024-03-11", f"{RECALL} Varga's office did not reply.")
    assert read_alone(RECALL, 0, alone) is not None


# A point whose subject takes up the teaser's, named by role alone: printed only with it.
JUDGE = "A judge in Avon issued a ruling today that should make mayoral candidate Ada Brandt smile."
JUDGED = (
    f"{JUDGE} The judge ruled that students living in the city are eligible to vote in "
    "the state's primary. Cole Varga had opposed the change."
)


@pytest.mark.parametrize(("teaser", "text"), [(TEASER, COURT), (JUDGE, JUDGED)])
def test_appendix_a_prints_a_teaser_with_the_sentence_it_announces(teaser: str, text: str) -> None:
    day = date(2024, 3, 8)
    at = text.index("today")
    head = text.index("issued")
    mention = EventMention(
        id="m1",
        doc="c1",
        date="2024-03-08",
        timex=Timex(at, at + len("today"), "today", "DATE", "2024-03-08"),
        description=teaser,
        evidence=Evidence("c1", 0, len(teaser), teaser, teaser, 0),
        predicate=(head, head + len("issued")),
        lemma="issue",
    )
    document = Document("c1", "c1.txt", "txt", text, "Avon", "2024-03-08")
    names = tuple(
        Mention("c1", m.start(), m.end(), m.group(), "name", kind)
        for m, kind in (
            (re.search(r"Avon", text), "place"),
            (re.search(r"Ada Brandt", text), "person"),
        )
        if m is not None
    )
    printing = Printing(
        texts={"c1": text},
        first=date(2024, 3, 1),
        latest=day,
        published={"c1": day},
        principals=re.compile(r"\bBrandt\b"),
        named={"c1": Extraction(document=document, mentions=names)},
    )
    event = Event("e1", "2024-03-08", teaser, (mention,), ("c1",))
    lines = [told.text for told in told_sentences([event], 5, printing).values()]
    assert any("students living in the city are eligible" in line for line in lines), lines


STATE = (
    "A loud debate over whether Ada Brandt met the residency rule for the ballot emerged in "
    "the months before the Avon primary, fuelled by attacks from Cole Varga."
)
ANSWER = "The Avon election board ruled Ada Brandt eligible for the mayoral primary."
BOARD = f"{STATE} {ANSWER} Varga's office did not reply."


def test_a_contention_told_as_a_state_is_background() -> None:
    assert background(STATE)
    assert background("Questions have swirled for weeks about the mayor's travel budget.")
    assert background("Speculation was brewing that the council would delay the vote.")
    # the contention another clause's verb takes up is the object of the news
    assert not background(
        "On Friday the mayor only muddled a controversy that has dogged her term from the start."
    )
    assert not background(
        "Both candidates face questions about their records, after video surfaced."
    )
    # a state that is the news of its day: no contention, or its answer in the sentence
    assert not background("Talks between the two unions have collapsed.")
    assert not background("The outbreak has spread to 12 countries, officials said.")
    assert not background("Fears of a pandemic grew as new cases appeared in three countries.")
    assert not background("A months-long debate over the rule ended Monday when the board ruled.")
    assert not background("The mayor entered the debate with a growing lead in the polls.")
    assert answers(ANSWER)
    assert answers("The board was conclusive in its findings: the rule is met.")
    assert answers("The ministry confirmed that most of the reported cases were wrong.")
    assert not answers("It has killed 81 people and spread to two more countries.")


def test_a_contention_is_passed_over_when_the_next_sentence_answers_it() -> None:
    extraction = page("b1", "2024-02-02", BOARD)
    assert read_alone(STATE, 0, extraction) is None
    # nothing answering after it: judged as before
    unanswered = page("b2", "2024-02-02", f"{STATE} Varga's office did not reply.")
    assert read_alone(STATE, 0, unanswered) is not None
    # a state that is itself the news stays, whatever follows
    spread = "Fears of a pandemic grew as new cases appeared in three countries."
    confirmed = "The ministry confirmed two more cases on Sunday."
    news = page("b3", "2009-04-27", f"{spread} {confirmed}")
    assert read_alone(spread, 0, news) is not None


def test_a_contention_answered_next_is_no_key_judgment() -> None:
    extraction = page("b1", "2024-02-02", BOARD)
    events = [
        Event(
            "ruling",
            "2024-02-01",
            "emerged",
            (
                dated("b1", BOARD, STATE, "2024-02-01", id="state"),
                dated("b1", BOARD, ANSWER, "2024-02-01", id="answer"),
            ),
            ("b1",),
            salience=1.0,
        )
    ]
    summary = summarize([extraction], events, [], query=("Brandt",))
    shown = [
        *([summary.bottom_line.text] if summary.bottom_line else []),
        *(j.text for j in summary.judgments),
    ]
    assert not any("loud debate" in text for text in shown)
    assert any("ruled Ada Brandt eligible" in text for text in shown)  # the page's point


# A speech act named by an indefinite noun, its content in the next sentence (f26).
ADVICE = "Ada Brandt offered some pointed advice to Cole Varga on Friday in the debates ahead."
TOLD = "Brandt told a morning show that voters want plans, not personal attacks."
ADVISED = f"{ADVICE} {TOLD} The debate is on Monday."


def test_a_speech_act_named_by_an_indefinite_noun_withholds_its_content() -> None:
    assert withholds(ADVICE)
    assert withholds("Ada Brandt had harsh words for Cole Varga at a rally in Avon.")
    assert withholds(
        "Ada Brandt issued a stern warning to Cole Varga on Friday, as the race tightened."
    )
    # content attached, a saying in it, a second predicate, or a definite noun: a point
    assert not withholds("Ada Brandt issued a warning that Avon would run out of water.")
    assert not withholds("Ada Brandt made a plea for the party to unite behind her.")
    assert not withholds("Ada Brandt has some advice for Cole Varga: stop attacking voters.")
    assert not withholds("Ada Brandt had harsh words for Varga, saying he lied.")
    assert not withholds("The ministry issued a warning to travellers but stopped short of a ban.")
    assert not withholds("Ada Brandt repeated the warning to Cole Varga on Friday.")
    assert not withholds("The bill has drawn criticism from some quarters.")  # a verb of its own
    assert not withholds("Cole Varga, who had harsh words for Brandt, lost the vote.")


def test_the_next_sentence_delivers_a_speech_act_by_the_same_speaker() -> None:
    assert delivers(ADVICE, TOLD)
    assert delivers(ADVICE, "“Talk about the issues,” she said.")
    assert delivers(ADVICE, "“Talk about the issues,” the former mayor said.")
    assert not delivers(ADVICE, "“Talk about the issues,” Ivo Lenz said.")  # another speaker
    assert not delivers(ADVICE, "The debate is on Monday.")  # no saying


def test_a_speech_act_without_its_content_is_passed_over_for_the_sentence_delivering_it() -> None:
    extraction = page("a1", "2024-03-08", ADVISED)
    assert read_alone(ADVICE, 0, extraction) is None
    assert read_alone(TOLD, ADVISED.index(TOLD), extraction) is not None
    # nothing said after it: judged as before
    alone = page("a2", "2024-03-08", f"{ADVICE} The debate is on Monday.")
    assert read_alone(ADVICE, 0, alone) is not None


def test_the_timeline_shows_a_speech_act_with_the_sentence_delivering_it() -> None:
    extraction = page("a1", "2024-03-08", ADVISED)
    mention = dated("a1", ADVISED, ADVICE, "2024-03-08", said="Friday")
    event = Event("advice", "2024-03-08", "offered", (mention,), ("a1",), salience=1.0)
    entries = select_timeline(
        [event], dates=5, sentences=2, latest=date(2024, 3, 8), extractions=[extraction]
    )
    shown = entries[0].sentences[0].text
    assert shown.startswith("Ada Brandt offered some pointed advice")
    assert "voters want plans, not personal attacks" in shown


# A meeting told by its setting, its participants and its agenda (f26).
MEETING = (
    "On Tuesday night, in a closed room in the town hall, members of the Avon council met "
    "with auditor Ada Brandt to discuss document requests."
)
WHY = "The council had called the hearing because the audit office withheld its report."
MET = f"{MEETING} {WHY} Cole Varga chairs the council."


def test_a_meeting_told_by_setting_and_agenda_is_convened() -> None:
    assert convened(MEETING)
    assert convened(
        "Avon officials held a closed-door meeting with health leaders on Thursday to "
        "discuss the alert."
    )
    # an outcome, a meeting to come, or a saying: a point of its own
    assert not convened(
        "Members of the Avon council met with Ada Brandt and agreed to release the report."
    )
    assert not convened("The Avon council will meet on Tuesday to discuss the report.")
    assert not convened("Ada Brandt met Cole Varga on Tuesday in Avon.")  # no agenda
    assert delivers(MEETING, WHY)
    assert not delivers(MEETING, "Cole Varga chairs the council.")  # takes no meeting up


def test_a_meeting_is_passed_over_only_when_the_next_sentence_takes_it_up() -> None:
    extraction = page("m1", "2024-03-08", MET)
    assert read_alone(MEETING, 0, extraction) is None
    # the page has nothing more of it: the meeting is the news
    alone = page("m2", "2024-03-08", f"{MEETING} Cole Varga chairs the council.")
    assert read_alone(MEETING, 0, alone) is not None


def test_the_timeline_shows_a_meeting_with_why_it_was_called() -> None:
    extraction = page("m1", "2024-03-08", MET)
    mention = dated("m1", MET, MEETING, "2024-03-05", said="Tuesday")
    event = Event("meeting", "2024-03-05", "met", (mention,), ("m1",), salience=1.0)
    entries = select_timeline(
        [event], dates=5, sentences=2, latest=date(2024, 3, 8), extractions=[extraction]
    )
    shown = entries[0].sentences[0].text
    assert shown.startswith("On Tuesday night, in a closed room")
    assert "the audit office withheld its report" in shown


def test_appendix_a_prints_a_speech_act_with_the_sentence_delivering_it() -> None:
    day = date(2024, 3, 8)
    at = ADVISED.index("Friday")
    head = ADVISED.index("offered")
    mention = EventMention(
        id="m1",
        doc="a1",
        date="2024-03-08",
        timex=Timex(at, at + len("Friday"), "Friday", "DATE", "2024-03-08"),
        description=ADVICE,
        evidence=Evidence("a1", 0, len(ADVICE), ADVICE, ADVICE, 0),
        predicate=(head, head + len("offered")),
        lemma="offer",
    )
    document = Document("a1", "a1.txt", "txt", ADVISED, "Avon", "2024-03-08")
    names = tuple(
        Mention("a1", m.start(), m.end(), m.group(), "name", "person")
        for m in re.finditer(r"Ada Brandt|Cole Varga|Brandt", ADVISED)
    )
    printing = Printing(
        texts={"a1": ADVISED},
        first=date(2024, 3, 1),
        latest=day,
        published={"a1": day},
        principals=re.compile(r"\bBrandt\b"),
        named={"a1": Extraction(document=document, mentions=names)},
    )
    event = Event("e1", "2024-03-08", ADVICE, (mention,), ("a1",))
    lines = [told.text for told in told_sentences([event], 5, printing).values()]
    assert any(
        line.startswith("Ada Brandt offered") and "not personal attacks" in line for line in lines
    ), lines
