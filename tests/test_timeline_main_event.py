"""A sentence is shown under the date of its main event, not of a date in an aside.

Cases from the reader audits of the campaign corpora, each a short document with its
date: a comparison's other side, a record's start, a present state, a stretch up to the
writing and a reported aside each name a time the sentence's news did not happen at; a
fronted weekday before a verb of saying dates the saying, in the past.
"""

from __future__ import annotations

from datetime import date

import pytest
from sentence_fixtures import event_of, one_page_timeline
from spacy.tokens import Doc

from briefgen.aggregate.events import merge_events
from briefgen.extract.aside import aside
from briefgen.extract.events import extract_events
from briefgen.extract.timex import tag
from briefgen.models import Document, Extraction
from briefgen.timeline import select_timeline

WEDNESDAY = date(2016, 9, 7)


def _timeline(nlp, text: str, day: date = WEDNESDAY) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return one_page_timeline(nlp, text, day)


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        # the other side of a comparison, in a quotation under a verb of writing
        (
            "“Governor Tom Reed’s visit to the border reminds me of Senator Ann Holt’s famous "
            "trip to Ottawa in 1987,” Ann Holt wrote.",
            "1987",
        ),
        # a call for more than the standard compared with, itself undated
        (
            "Governor Tom Reed has called for the rebels' strongholds to be hit even harder "
            "than they were hit by Canada in airstrikes on Sunday night.",
            "2016-09-04",
        ),
        # a present state likened to a past event, said now
        ("“This is strangely similar to the second debate in 2004,” said Tom Reed.", "2004"),
        # a state now, set against someone else's four years before
        (
            "Unlike Governor Tom Reed four years ago, Holt has run virtually no radio ads in "
            "the general election.",
            "2012",
        ),
        # a stretch reaching up to the writing, not the calendar year before
        (
            "Governor Tom Reed's policy toward Canada has barely changed in the last year and "
            "shows no sign of change.",
            "2015",
        ),
        (
            "In the last year, Governor Tom Reed's policy toward Canada has barely changed.",
            "2015",
        ),
        # what a participle of saying reports, after the main clause's own act
        (
            "Mayor Bo Lind decried the count, saying Senator Ann Holt answered questions at a "
            "convention of teachers in Denver last month.",
            "2016-08",
        ),
        # a state now, with a participle citing a past act: the date is the act's (the ban's)
        (
            "The council has renewed its pledge against street racing, citing rising injuries "
            "among young drivers and the success of its own ban on night racing in 2015.",
            "2015",
        ),
        # the same, with the date on a gerund inside the participle's object
        (
            "The council has renewed its pledge against street racing, citing its success in "
            "bringing crashes down to zero in 2015.",
            "2015",
        ),
        # a gradual change in the present perfect runs from "as of" a day up to the saying:
        # the day is where it is measured from, not when anything happened
        (
            '"Our worry has grown as of yesterday," Governor Tom Reed told reporters in a '
            "telephone briefing.",
            "2016-09-06",
        ),
        ("Prices have risen by a tenth as of Monday, the county said.", "2016-09-05"),
    ],
)
def test_a_date_of_an_aside_does_not_date_the_sentence(nlp, text: str, aside: str) -> None:  # type: ignore[no-untyped-def]
    assert aside not in _timeline(nlp, text)


def test_a_relative_clause_the_parse_misses_still_dates_only_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parse the model gives a page with a glued "30,000e-mails": "that … sent" hangs on
    # "Of" as an adverbial clause, not on the letters it describes.
    words = ["Of", "the", "letters", "that", "Holt", "sent", "last", "year", ",", "most"]
    words += ["were", "answered", "."]
    heads = [11, 2, 0, 5, 5, 0, 7, 5, 11, 11, 11, 11, 11]
    deps = ["prep", "det", "pobj", "dobj", "nsubj", "advcl", "amod", "npadvmod", "punct"]
    deps += ["nsubjpass", "auxpass", "ROOT", "punct"]
    pos = ["ADP", "DET", "NOUN", "PRON", "PROPN", "VERB", "ADJ", "NOUN", "PUNCT", "ADJ"]
    pos += ["AUX", "VERB", "PUNCT"]
    tags = ["IN", "DT", "NNS", "WDT", "NNP", "VBD", "JJ", "NN", ",", "JJS", "VBD", "VBN", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    side = aside(doc[6:8], doc[5], "2015", date(2016, 11, 16))
    assert side is not None
    phrase = list(side.subtree)
    assert phrase[0].text == "that" and phrase[-1].text == "year"


def test_a_record_s_start_gives_way_to_the_main_clause_s_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Tom Reed won young voters in 2012 by 60 percent to 38 percent, the largest "
        "margin for a Democrat since Senator Ann Holt won 65 percent of them in 1992."
    )
    shown = _timeline(nlp, text)
    assert "1992" not in shown
    assert [s[:22] for s in shown["2012"]] == ["Governor Tom Reed won "]


def test_a_chronology_in_the_historical_present_keeps_its_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "14 June 2010 Judge Ann Holt refuses a request to bar Tom Reed from practising medicine."
    assert "2010-06-14" in _timeline(nlp, text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Police said Jon Vale was arrested in Denver on Monday.", "2016-09-05"),
        # a finding in the present is as of the poll that found it
        (
            "Some 59 percent of voters view Governor Tom Reed unfavorably, according to a "
            "Denver Post poll last week.",
            "2016-W35",
        ),
        # a present perfect can take a time that reaches the present
        (
            "Between stops on her fundraising tour this summer, Senator Ann Holt has been "
            "quietly meeting with debate experts.",
            "2016-SU",
        ),
        # a bare form after "helped", which the tagger reads as a present
        (
            "Governor Tom Reed helped a party in Ukraine secretly route $2 million to two "
            "lobbying firms in 2012.",
            "2012",
        ),
        # a date the parse hangs on the participle itself is the participle's own occasion
        (
            "Governor Tom Reed has renewed his pledge against street racing, saying on Monday "
            "that the ban would stay.",
            "2016-09-05",
        ),
        # "as of" gives the day a change took effect
        (
            '"The county has closed every school as of yesterday," Governor Tom Reed told '
            "reporters in a telephone briefing.",
            "2016-09-06",
        ),
    ],
)
def test_a_main_clause_told_with_a_date_is_still_shown_under_it(nlp, text: str, day: str) -> None:  # type: ignore[no-untyped-def]
    assert day in _timeline(nlp, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "During his farm speech on Wednesday in Iowa, Governor Tom Reed said his plan "
            "would use new technology.",
            "2016-08-31",
        ),
        ("On Friday, the president said he would travel to Ohio.", "2016-09-02"),
        # the closing attribution says nothing of the fronted day's direction
        ("On Tuesday the governor will travel to Ohio, the aide said.", "2016-09-06"),
    ],
)
def test_a_fronted_weekday_before_a_verb_of_saying_dates_the_saying(text: str, value: str) -> None:
    saturday = date(2016, 9, 3)
    assert [t.value for t in tag(text, saturday) if t.type == "DATE"] == [value]


def test_a_verb_of_saying_after_a_closing_quotation_leaves_the_quoted_time_alone() -> None:
    text = "“Seeds grow in the spring, so you might wait until May,” Tom Reed said at a hearing."
    assert [t.value for t in tag(text, date(2015, 2, 10))] == ["2015-SP", "2015-05"]


def test_a_page_dated_by_its_month_still_reads_a_participle_s_past_date_as_an_aside(nlp) -> None:  # type: ignore[no-untyped-def]
    # A policy memo dated "November 2021": 2015 ended before it was written, whatever its day.
    text = (
        "The council has renewed its pledge against street racing, citing rising injuries "
        "among young drivers and the success of its own ban on night racing in 2015."
    )
    document = Document("a", "a", "txt", text, "", "2021-11", "stated")
    mentions = tuple(extract_events(document, nlp(text), tag(text, date(2021, 11, 1))))
    extraction = Extraction(document=document, sentences=(), timexes=(), events=mentions)
    shown = select_timeline(
        merge_events([extraction]), dates=10, sentences=3, extractions=[extraction]
    )
    assert [t.date for t in shown] == []


def test_a_participle_s_act_within_a_dated_happening_keeps_the_whole_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # The telling took place during the visit: the sentence's news is of the visit's day, and
    # the brief cites the whole sentence for it, not the visit's phrase.
    text = (
        "Governor Tom Reed has hailed the vote as a triumph, telling reporters during a visit "
        "to Ottawa on Monday that it was a great thing."
    )
    telling = event_of(nlp, text, "telling", WEDNESDAY)
    assert telling.date == "2016-09-05"
    assert telling.evidence.text == telling.evidence.sentence
