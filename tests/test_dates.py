"""The temporal tagger (briefgen.extract.timex), the DCT stage and ``briefgen dates``."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.extract.dct import infer_document_date
from briefgen.extract.timex import tag
from briefgen.models import Document

DCT = date(2021, 8, 16)  # a Monday


def one(text: str, dct: date | None = DCT) -> tuple[str, str, str, str | None]:
    found = tag(text, dct)
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start : t.end] == t.text
    return t.text, t.type, t.value, t.mod


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on July 5, 2021.", ("July 5, 2021", "DATE", "2021-07-05", None)),
        ("It happened on 5 July 2021.", ("5 July 2021", "DATE", "2021-07-05", None)),
        ("It happened on Aug. 7, 1998.", ("Aug. 7, 1998", "DATE", "1998-08-07", None)),
        ("See 2021-07-08 for details.", ("2021-07-08", "DATE", "2021-07-08", None)),
        ("He arrived in August 2021.", ("August 2021", "DATE", "2021-08", None)),
        ("He arrived in 2001.", ("2001", "DATE", "2001", None)),
        ("On 17 May the talks began.", ("17 May", "DATE", "2021-05-17", None)),
        ("It rained in the 1990s.", ("the 1990s", "DATE", "199", None)),
        ("Contacts grew in the mid-2010s.", ("the mid-2010s", "DATE", "201", "MID")),
        ("A drill is planned for late October.", ("late October", "DATE", "2021-10", "END")),
        ("It ended in the Fall of 2021.", ("the Fall of 2021", "DATE", "2021-FA", None)),
        ("Profits rose in the third quarter.", ("the third quarter", "DATE", "2021-Q3", None)),
        ("That was the 20th century.", ("the 20th century", "DATE", "19", None)),
    ],
)
def test_absolute_dates(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia said on Monday it would talk.", ("Monday", "DATE", "2021-08-16", None)),
        ("Kabul fell on Sunday evening.", ("Sunday evening", "DATE", "2021-08-15TEV", None)),
        ("The vote will be held on Friday.", ("Friday", "DATE", "2021-08-20", None)),
        ("Talks were held last month.", ("last month", "DATE", "2021-07", None)),
        ("Talks were held this year.", ("this year", "DATE", "2021", None)),
        ("Talks were held last week.", ("last week", "DATE", "2021-W32", None)),
        ("He left yesterday.", ("yesterday", "DATE", "2021-08-15", None)),
        ("It is raining today.", ("today", "DATE", "2021-08-16", None)),
        ("They met this summer.", ("this summer", "DATE", "2021-SU", None)),
        ("They met five years ago.", ("five years ago", "DATE", "2016", None)),
        ("The crisis is now over.", ("now", "DATE", "PRESENT_REF", None)),
        ("Prices rose recently.", ("recently", "DATE", "PAST_REF", None)),
        ("Talks will resume in the coming days.", ("the coming days", "DATE", "FUTURE_REF", None)),
        ("They met in July this year.", ("July this year", "DATE", "2021-07", None)),
        ("Elections are due in October.", ("October", "DATE", "2021-10", None)),
    ],
)
def test_relative_to_dct(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert one(text) == expected


def test_month_without_year_past_across_new_year() -> None:
    assert one("Prices were high in October.", date(1998, 1, 8))[2] == "1997-10"


def test_anchored_to_last_date() -> None:
    found = tag("The army left in 1989. That year, the war ended. Two days later peace.", DCT)
    assert [t.value for t in found[:2]] == ["1989", "1989"]
    found = tag("The summit opened on 19 August. The following day it closed.", DCT)
    assert [t.value for t in found] == ["2021-08-19", "2021-08-20"]
    found = tag("The summit opened on 19 August. Two days later it closed.", DCT)
    assert [t.value for t in found] == ["2021-08-19", "2021-08-21"]


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("The delegation came on July 8-9.", "2021-07-08/2021-07-09", None),
        ("The Taliban ruled in 1996\u20132001.", "1996/2001", None),
        ("The Taliban ruled from 1996 to 2001.", "1996/2001", None),
        ("Troops left in May and June 2021.", "2021-05/2021-06", None),
        ("They talked between 2014 and 2016.", "2014/2016", None),
        ("It has been banned since 2016.", "2016", "START"),
        ("It has had contacts at least since 2014.", "2014", "ON_OR_BEFORE"),
        ("Troops must leave by 16 September.", "2021-09-16", "ON_OR_BEFORE"),
        ("It ends by the end of August 2021.", "2021-08", "END"),
    ],
)
def test_ranges_and_mods(text: str, value: str, mod: str | None) -> None:
    _, _, got_value, got_mod = one(text)
    assert (got_value, got_mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war lasted twenty years.", ("twenty years", "DURATION", "P20Y", None)),
        ("It took 3.5 years.", ("3.5 years", "DURATION", "P3.5Y", None)),
        ("It took nearly forty years.", ("forty years", "DURATION", "P40Y", "LESS_THAN")),
        ("It fell in the past three months.", ("the past three months", "DURATION", "P3M", None)),
        ("A five-year plan.", ("five-year", "DURATION", "P5Y", None)),
        ("It took two hours.", ("two hours", "DURATION", "PT2H", None)),
        ("They meet every Monday.", ("every Monday", "SET", "XXXX-WXX-1", None)),
        ("It is published daily.", ("daily", "SET", "P1D", None)),
        ("It starts at 10 p.m. today.", ("10 p.m. today", "TIME", "2021-08-16T22:00", None)),
    ],
)
def test_durations_sets_times(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert one(text) == expected


def test_without_dct_values_are_only_as_precise_as_the_text() -> None:
    assert one("It opened on 16 August.", None)[2] == "XXXX-08-16"
    assert one("It opened on Monday.", None)[2] == "XXXX-WXX-1"
    assert one("It opened in 2001.", None)[2] == "2001"


@pytest.mark.parametrize(
    "text",
    [
        "You may go now if you wish, he may say.",
        "She said it, and he agreed with her.",
        "Support fell to 45% while costs rose to $2,000.",
        "The T-72 tank and the Su-25 jet were shown.",
        "See section 2.1 and the note [1] below.",
        "About 1,500 troops and 2000 people were there.",
        # a month as a given name
        "White House correspondent April Ryan asked the president a question.",
        "June Carter and Johnny Cash sang together.",
    ],
)
def test_no_false_alarms(text: str) -> None:
    assert [t.text for t in tag(text, DCT) if t.value != "PRESENT_REF"] == []


def test_sorted_non_overlapping_offsets() -> None:
    text = "On Monday, 16 August 2021, a week after the 1990s ended, talks began last year."
    found = tag(text, DCT)
    assert found == sorted(found, key=lambda t: t.start)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for t in found:
        assert text[t.start : t.end] == t.text


def _doc(text: str, when: str | None, source: str = "none", written: str | None = None) -> Document:
    return Document(
        id="d",
        source="d.txt",
        format="txt",
        text=text,
        title="t",
        date=when,
        date_source=source,
        date_as_written=written,
    )


def test_dct_keeps_a_consistent_stated_date() -> None:
    doc = _doc("The summit was held on July 5, 2021.", "2021-07-15", "stated", "July 15, 2021")
    assert infer_document_date(doc, tag(doc.text, date(2021, 7, 15))) == doc


def test_dct_flags_a_stated_date_the_content_contradicts() -> None:
    text = (
        "The Taliban took Kabul in August 2021. In October 2021 talks were held in Moscow. "
        "The war had begun in 2001."
    )
    doc = _doc(text, "2012-11", "stated", "November 2012")
    out = infer_document_date(doc, tag(text, date(2012, 11, 15)))
    assert (out.date, out.date_source, out.date_as_written) == (
        "2021-11",
        "inferred",
        "November 2012",
    )
    assert "contradicts" in out.warnings[0]


def test_dct_inferred_from_latest_past_event() -> None:
    text = "Troops left in May and June 2021. On July 8-9 a delegation visited. It began in 2001."
    out = infer_document_date(_doc(text, None), tag(text, None))
    assert (out.date, out.date_source, out.date_evidence) == ("2021-07", "inferred", "July 8-9")
    assert out.warnings == (
        "no publication date stated; inferred 2021-07 from its latest dated event",
    )


def test_the_cover_runs_to_a_mistyped_year_corrected_but_not_to_an_undated_pages_guess() -> None:
    from briefgen.build_period import brief_period
    from briefgen.config import Config

    stated = _doc("The envoys met on 16 August 2021.", "2021-08-16", "stated", "August 16, 2021")
    text = (
        "The Taliban took Kabul in August 2021. In October 2021 talks were held in Moscow. "
        "The war had begun in 2001."
    )
    typo = _doc(text, "2012-11", "stated", "November 2012")
    typo = replace(infer_document_date(typo, tag(text, date(2012, 11, 15))), id="memo")
    # the memo states November, with the wrong year: the cover runs to its month
    assert brief_period([stated, typo], [], Config()) == ("2021-08-16", "2021-11")
    undated = "Fighting went on in September 2021. Troops had left in May 2021."
    guessed = replace(infer_document_date(_doc(undated, None), tag(undated, None)), id="guess")
    assert guessed.date == "2021-09"
    # a page with no date of its own is dated by its events, which may be misread: the
    # cover still ends at the last date a page states
    assert brief_period([stated, guessed], [], Config()) == ("2021-08-16", "2021-08-16")


def test_cli_jsonl_output_shape(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"doc": "a.tml", "dct": "2021-08-16", "text": "Talks began on Monday."}) + "\n"
    )
    result = CliRunner().invoke(app, ["dates", "--jsonl", str(source)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "doc": "a.tml",
        "timexes": [
            {"start": 15, "end": 21, "text": "Monday", "type": "DATE", "value": "2021-08-16"}
        ],
    }
    target = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["dates", "--jsonl", str(source), "-o", str(target)])
    assert result.exit_code == 0
    assert json.loads(target.read_text())["doc"] == "a.tml"


def test_cli_jsonl_malformed_line_is_skipped_with_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"doc": "a", "dct": null, "text": "x"}\n{not json\n')
    result = CliRunner().invoke(app, ["dates", "--jsonl", str(source)])
    assert result.exit_code == 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"warning: {source}: line 2: malformed JSON")
    assert lines[0].endswith("; skipped")
    assert [json.loads(x)["doc"] for x in result.stdout.splitlines()] == ["a"]


def test_cli_file_table_uses_stated_date(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nAugust 16, 2021\n\nRussia said on Monday it would talk.\n")
    result = CliRunner().invoke(app, ["dates", str(article), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["dct"] == "2021-08-16"
    result = CliRunner().invoke(app, ["dates", str(article)])  # piped: TSV
    assert "Monday\tDATE\t2021-08-16\tRussia said on Monday it would talk.\n" in result.stdout


def test_narrative_anchors_only_on_request() -> None:
    text = "Contacts began in 2003. Back then, few noticed. Since then, ties grew. So far, so good."
    narrative = [(t.text, t.value) for t in tag(text, DCT)]
    assert narrative == [
        ("2003", "2003"),
        ("Back then", "2003"),
        ("Since then", "2003/2021"),
        ("So far", "PAST_REF"),
    ]
    assert [t.text for t in tag(text, DCT, narrative=False)] == ["2003"]


def test_timeml_mode_tags_the_two_ends_of_a_range() -> None:
    found = tag("The Taliban ruled from 1996 to 2001.", DCT, narrative=False)
    assert [(t.text, t.value) for t in found] == [("1996", "1996"), ("2001", "2001")]


@pytest.mark.parametrize(
    "text",
    [
        "A 52-year-old man and a 6-year-old girl.",
        "More than a quarter of the market fell.",
        "It earned $500 million a year.",
        "He scored 2000 points.",
        "See pages 1990-1995.",
        "Policy Memo No. 724\nNovember 2012",
    ],
)
def test_no_false_alarms_on_counts_and_ages(text: str) -> None:
    assert [t.value for t in tag(text, DCT) if t.value != "2012-11"] == []


def test_financial_quarters_follow_the_quarter_in_discussion() -> None:
    text = "Third-quarter profit rose. A year earlier, it fell. In the quarter, sales grew."
    found = tag(text, date(1989, 10, 26), narrative=False)
    assert [t.value for t in found] == ["1989-Q3", "1988-Q3", "1989-Q3"]


def test_month_far_from_the_dct_reads_as_the_nearest_past_one() -> None:
    assert one("Prices peaked in October.", date(1998, 1, 8))[2] == "1997-10"
    assert one("The notes are payable Jan. 2.", date(1989, 11, 1))[2] == "1990-01-02"


def test_tagger_never_raises_on_odd_input() -> None:
    for text in ("", "\n\n", "May", "1990s–", "Q3 2021 Q9", "31 February 2021", "12:99 p.m."):
        for dct in (None, date(1, 1, 1), date(9999, 12, 31)):
            tag(text, dct)


def test_dct_ignores_forecasts_and_reports_when_nothing_dates_the_text() -> None:
    text = "Talks were held in March 2021. Troops will leave by the end of August 2022."
    out = infer_document_date(_doc(text, None), tag(text, None))
    assert out.date == "2021-03"
    undated = _doc("Nothing here says when.", None)
    out = infer_document_date(undated, [])
    assert (out.date, out.date_source) == (None, "none")
    assert out.warnings == ("no publication date stated and none inferred",)


def test_dct_corpus_year_places_day_month_mentions() -> None:
    text = "As late as 2018 talks failed. On 19 August the envoy met them. On 23 August they met."
    out = infer_document_date(_doc(text, None), tag(text, None), corpus_year=2021)
    assert (out.date, out.date_evidence) == ("2021-08", "23 August")


def _strict(text: str, dct: date = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct, narrative=False)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a reporting verb right before the day dates the saying: past
        ("Paribas said Monday that it intends to bid.", "2021-08-16"),
        ("Officials said on Friday the talks will resume.", "2021-08-13"),
        ("They could leave as early as Tuesday.", "2021-08-17"),
        # a deadline told in the past perfect is past
        ("Until Thursday, they had not called him a suspect.", "2021-08-12"),
        ("Most members had filed reports by Wednesday.", "2021-08-11"),
        ("The offer had been scheduled to expire Friday.", "2021-08-13"),
        ("The father would be traveling to Cuba Thursday.", "2021-08-19"),
        # after a verb of planning, or fronted before one with its infinitive, the day is
        # the planned event's: still ahead unless the plan is told in the past perfect
        ("Protesters planned a large rally on Saturday.", "2021-08-21"),
        ("On Friday, the government planned to pay the claims.", "2021-08-20"),
        ("On Friday, the government had planned to pay the claims.", "2021-08-13"),
        # "a.m." and "Mr." do not end the sentence; "succeed" is no past tense
        ("Mr. Schwarz will succeed Mr. Davison on Friday.", "2021-08-20"),
        ("Bombs exploded next to the embassy on Friday.", "2021-08-13"),
        ("They sought a way past Wednesday's ruling.", "2021-08-11"),
        ("The talks will open on Wednesday.", "2021-08-18"),
        ("The storm is forecast to hit on Friday.", "2021-08-20"),
    ],
)
def test_weekday_direction_follows_the_governing_verb(text: str, value: str) -> None:
    assert [v for _, _, v in _strict(text)] == [value]


def test_a_possessive_weekday_is_the_nearest_whatever_the_verb() -> None:
    # the verb governs the noun phrase, not the day: in a Friday paper "Wednesday's
    # ruling" is two days back even after "would", and "Saturday's final" tomorrow
    friday = date(2021, 8, 20)
    ruling = _strict("They would look for ways around Wednesday's ruling.", friday)
    final = _strict("Fans queued all night for Saturday's final.", friday)
    assert [v for _, _, v in ruling] == ["2021-08-18"]
    assert [v for _, _, v in final] == ["2021-08-21"]


def test_a_possessive_weekday_after_since_is_already_past() -> None:
    # a change measured since a day's happening: in a Friday paper "since Monday's debate"
    # is four days back, though the next Monday is nearer
    friday = date(2016, 9, 30)
    text = "In the Penbury poll, Ann Holt rose one point since Monday's debate."
    assert [v for _, _, v in _strict(text, friday)] == ["2016-09-26"]
    assert [v for _, _, v in _strict("Ann Holt will speak at Monday's debate.", friday)] == [
        "2016-10-03"
    ]


def test_a_possessive_weekday_typeset_with_a_curly_apostrophe_is_the_nearest_too() -> None:
    # pages set "Tuesday’s" with a typographer's apostrophe: the same possessive, so in a
    # Monday report "Tuesday’s primary" is tomorrow's even after a perfect tense
    monday = date(2016, 2, 8)
    text = "Reed has cast his rival as an insider and holds a lead in Tuesday’s primary."
    assert [v for _, _, v in _strict(text, monday)] == ["2016-02-09"]
    assert [
        v for _, _, v in _strict("Fans queued all night for Saturday’s final.", date(2021, 8, 20))
    ] == ["2021-08-21"]


def test_last_month_and_day_is_that_day_not_the_month() -> None:
    april = date(1999, 4, 19)
    assert _strict("He was shot last Oct. 23 at his home.", april) == [
        ("last Oct. 23", "DATE", "1998-10-23")
    ]
    assert _strict("The vote is set for next March 3.", april) == [
        ("next March 3", "DATE", "2000-03-03")
    ]
    assert [v for _, _, v in _strict("He left last October.", april)] == ["1998-10"]


def test_a_time_of_day_in_a_past_narrative_takes_the_day_of_the_sentence_before() -> None:
    april = date(1999, 4, 19)
    text = "The doctor was shot last Oct. 23 at his home. He was hit at 10 p.m. in the kitchen."
    assert [v for _, _, v in _strict(text, april)] == ["1998-10-23", "1998-10-23T22:00"]
    # further on, or told in the present, a bare time is the DCT's
    later = "The clinic opened on May 2, 1995. The board meets at 10 a.m. on weekdays."
    assert _strict(later, april)[1][2] == "1999-04-19T10:00"


def test_a_part_of_the_day_with_no_day_of_its_own_takes_the_recent_day_told_of() -> None:
    # a next-morning paper: "By late afternoon" goes on from Tuesday's breakfast, as a clock
    # time would; with no day told before, or a day long gone, it is the paper's own day
    wednesday = date(2016, 7, 20)
    text = (
        "The chairman arrived at a Tuesday breakfast with reporters. He gave no answer.\n\n"
        "By late afternoon, there had been no word from the candidate."
    )
    assert [v for _, _, v in _strict(text, wednesday)] == ["2016-07-19", "2016-07-19TAF"]
    alone = "By late afternoon, shares were down."
    assert [v for _, _, v in _strict(alone, wednesday)] == ["2016-07-20TAF"]
    old = "The clinic opened on May 2, 1995. It stays open until late afternoon."
    assert [v for _, _, v in _strict(old, wednesday)][1] == "2016-07-20TAF"


def test_clock_time_takes_the_day_named_after_it() -> None:
    found = _strict("The sale will start at 9 a.m. on Friday.")
    assert found == [("9 a.m.", "TIME", "2021-08-20T09:00"), ("Friday", "DATE", "2021-08-20")]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Lawyers met over the weekend.", DCT, ("the weekend", "DATE", "2021-W32-WE")),
        ("Sales rose over the past year.", DCT, ("the past year", "DATE", "2020")),
        ("It will close over the next year.", DCT, ("the next year", "DATE", "2022")),
        ("Wages fell in the last decade.", DCT, ("the last decade", "DATE", "201")),
        (
            "Two helicopters crashed last February.",
            date(1998, 3, 1),
            ("last February", "DATE", "1997-02"),
        ),
        (
            "A hearing is set for the week of March 6.",
            DCT,
            ("the week of March 6", "DATE", "2022-W09"),
        ),
        ("Islam will one day be the largest religion.", DCT, ("one day", "DATE", "FUTURE_REF")),
        ("Holders buy at the then current price.", DCT, ("then current", "DATE", "PAST_REF")),
        (
            "Prices fell in the winter of nineteen ninety-four.",
            DCT,
            ("the winter of nineteen ninety-four", "DATE", "1994-WI"),
        ),
        (
            "Killed.  January nineteen ninety-seven. Again.",
            DCT,
            ("January nineteen ninety-seven", "DATE", "1997-01"),
        ),
    ],
)
def test_relative_periods_and_spoken_years(
    text: str, dct: date, expected: tuple[str, str, str]
) -> None:
    assert _strict(text, dct) == [expected]


def test_weekday_anchored_to_the_day_last_spoken_of() -> None:
    found = _strict("Stocks closed Friday down 4% from the previous Friday.", date(1989, 10, 30))
    assert [v for _, _, v in found] == ["1989-10-27", "1989-10-20"]
    found = _strict("He arrived on Aug. 3. The following Monday he left.")
    assert found[1] == ("The following Monday", "DATE", "2021-08-09")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Profit rose in the third quarter. Sales for last year's quarter were flat.",
            ["1989-Q3", "1988-Q3"],
        ),
        ("It could take effect as early as next year's first quarter.", ["1990-Q1"]),
        ("In the quarter ended July 31, Jayark lost money.", ["1989-Q2", "1989-07-31"]),
        # a forecast quarter does not become the one reported on
        (
            "Net rose in the third quarter. It will peak in the third quarter of 1990. "
            "In the year-ago period it fell.",
            ["1989-Q3", "1990-Q3", "1988-Q3"],
        ),
        (
            "Third-quarter net fell. For the quarter a year ago, it earned more. "
            "In the corresponding period last year, sales rose.",
            ["1989-Q3", "1988-Q3", "1988-Q3"],
        ),
        (
            "Fourth-quarter profit will fall. In the latest quarter, it lost money.",
            ["1989-Q4", "1989-Q3"],
        ),
    ],
)
def test_reporting_periods(text: str, values: list[str]) -> None:
    assert [v for _, _, v in _strict(text, date(1989, 10, 26))] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Net for the year-earlier nine months rose.",
            [("the year-earlier nine months", "DURATION", "P9M")],
        ),
        ("Troops will arrive within weeks.", [("weeks", "DURATION", "PXW")]),
        ("We will live without it for a while.", [("a while", "DURATION", "PXX")]),
        ("The base stays for at least 20 more years.", [("20 more years", "DURATION", "P20Y")]),
        ("An appeal could take as long as a month.", [("a month", "DURATION", "P1M")]),
        # TimeML tags the gap of "three days later"; the narrative mode, the day
        ("Three days later, the index recovered.", [("Three days", "DURATION", "P3D")]),
        ("Orangemen march each July.", [("each July", "SET", "XXXX-07")]),
        ("Voters go to the polls every four years.", [("every four years", "SET", "P4Y")]),
        ("They meet every other week.", [("every other week", "SET", "P2W")]),
        ("Stocks rose for five straight days.", [("five straight days", "DURATION", "P5D")]),
        ("The prize is awarded annually.", [("annually", "SET", "P1Y")]),
        ("Profits rose 8.5% annually.", []),
        (
            "Flights leave on Monday and Tuesday nights.",
            [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")],
        ),
        ("He appeared at midday.", [("midday", "TIME", "2021-08-16T12:00")]),
        ("He left at 4 in the morning.", [("4 in the morning", "TIME", "2021-08-16T04:00")]),
        (
            "By mid-afternoon yesterday, shares were up.",
            [("mid-afternoon yesterday", "TIME", "2021-08-15TAF")],
        ),
    ],
)
def test_durations_sets_and_times_of_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _strict(text) == expected


def test_quoted_titles_are_not_times() -> None:
    text = (
        'Baker said on ABC\'s "This Week" that talks failed. '
        'He spoke on "60 Minutes." See "High Noon."'
    )
    assert _strict(text) == []
    assert _strict("This week, he will leave.") == [("This week", "DATE", "2021-W33")]


def test_a_saying_right_before_a_weekday_is_what_it_dates() -> None:
    # "told reporters on Thursday that talks would go on": the telling is past, whatever
    # the reported clause says; "said that on Thursday the talks would" is the talks'.
    sunday = date(1998, 8, 9)
    told = tag("The minister told reporters on Thursday that talks would go on.", sunday)
    reported = tag("He said that on Thursday the talks would go on.", sunday)
    assert [t.value for t in told] == ["1998-08-06"]
    assert [t.value for t in reported] == ["1998-08-13"]


def test_at_the_same_time_is_no_pointer_to_an_earlier_date() -> None:
    # a connective (meanwhile, or yet), not "back then": the news is of the article's day
    text = (
        "Two years ago the agency proposed cuts. Growers sued. "
        "At the same time, the program is facing criticism from environmentalists."
    )
    assert [(t.text, t.value) for t in tag(text, DCT)] == [("Two years ago", "2019")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In April Trump won New York.", "2016-04"),  # a word before says it is a time
        ("Trump Wins April Contests In Five States", "2016-04"),  # a headline's capitals
        ("The vote is in April. Trump said so.", "2016-04"),
    ],
)
def test_a_month_before_a_capitalised_word_is_still_a_month(text: str, value: str) -> None:
    assert [t.value for t in tag(text, date(2016, 5, 4))] == [value]


def _stated(text: str) -> Document:
    """A page whose date is stated apart from its text (a feed's field): never replaced."""
    return Document(
        id="d",
        source="d.json",
        format="jsonl",
        text=text,
        title="t",
        date="2009-05-12",
        date_source="field",
    )


def test_dct_forecast_years_are_no_evidence_against_a_stated_date() -> None:
    # a 2009 story on a plant and a product still to come: its years are plans, not a
    # sign the page was written later than it says
    text = (
        "The company sees its new plant opening by 2013. The plant should be up and running "
        "in 2013 to make a vaccine which should reach the shops in 2014. In 2015 the "
        "company will sell it in Europe. Analysts expected sales to double in 2016."
    )
    out = infer_document_date(_stated(text), tag(text, date(2009, 5, 12)))
    assert not any("dates events after" in w for w in out.warnings)


def test_dct_past_events_after_a_stated_date_are_still_flagged() -> None:
    text = (
        "The company built a new plant. The plant opened in March 2013, and it sold "
        "its first doses in 2014. The plant should double its output in 2016."
    )
    out = infer_document_date(_stated(text), tag(text, date(2009, 5, 12)))
    assert out.date == "2009-05-12"
    assert out.warnings == (
        "the text dates events after its stated date 2009-05-12 (March 2013; 2014); "
        "the stated date is kept",
    )
