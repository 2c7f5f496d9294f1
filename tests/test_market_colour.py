"""A market wrap gives its result by the measure (an index's points, a yield's figure) and
wraps it in colour: the mood, the session, the course told in the weather's verbs, the
trade's anonymous voices. Where the report gives the measure, its colour is no judgment;
a report with no measure keeps it."""

from __future__ import annotations

import pytest

from briefgen.market_colour import (
    colour_beside_result,
    market_colour,
    measured_move,
)


@pytest.mark.parametrize(
    "line",
    [
        "The Marlow 200 index fell 58.2 points to 3140.6.",
        "The Penbury average climbed 12.07 points, to 1904.33, in brisk trading.",
        "The broad index was down 9.4 at 1220.5 on Wednesday.",
        "The 40-share index settled 17.5 points lower at 988.1.",
        "The Holt composite lost about 2%, or 8.1, to 402.2.",
        "The yield on the ten-year note rose to 6.12% from 6.05%.",
        "In late trading the dollar was at 1.7220 marks.",
    ],
)
def test_a_markets_move_by_its_measure_is_measured(line: str) -> None:
    assert measured_move(line)


@pytest.mark.parametrize(
    "line",
    [
        "Holt Foods said net income fell 18% in the quarter.",
        "Penbury's revenue rose 4.2% to $3.1 billion.",
        "The meeting closed at 5 p.m. with no statement.",
        "Shares of Marlow Mills were unchanged.",
    ],
)
def test_a_companys_result_or_a_bare_move_is_no_market_measure(line: str) -> None:
    assert not measured_move(line)


@pytest.mark.parametrize(
    "line",
    [
        "Traders said the market remains jittery after last week's swings.",
        "Dealers said buying interest was thin and the mood cautious.",
        "Marlow shares were depressed early in the session.",
        "Stocks drifted in quiet trading Tuesday as investors awaited the jobs report.",
        "The market showed some early resilience before selling resumed.",
        "Bond prices recovered some of their losses in the afternoon.",
        "Concern about other markets caused selling pressure on the exchange.",
    ],
)
def test_a_markets_mood_session_course_or_trade_voice_is_colour(line: str) -> None:
    assert market_colour(line)


@pytest.mark.parametrize(
    "line",
    [
        # a close told by its direction is the session's result
        "Marlow share prices closed sharply lower Friday in active trading after the vote.",
        "Elsewhere, share prices closed mixed in Penbury and Holt.",
        # the course told with its cause says why the market moved
        "Marlow shares were depressed early by losses overseas and a weaker currency.",
        # a plain move beside the session is no weather
        "Stock prices fell sharply in active trading.",
        # any figure: a measure or a count the caller weighs
        "Traders said the index lost 2% on the news.",
        # no market named: a voter's mood is another rule's
        "Voters were cautious about the new candidate.",
    ],
)
def test_a_close_a_plain_move_a_figure_or_no_market_is_no_colour(line: str) -> None:
    assert not market_colour(line)


def test_colour_is_set_aside_only_beside_a_measured_result() -> None:
    wrap = [
        "Marlow share prices closed lower Friday after the minister quit.",
        "Marlow shares were depressed early in the session.",
        "The Marlow 200 index shed 31.5 points to close at 2210.4.",
        "Traders said the market remains nervous.",
    ]
    report = " ".join(wrap)
    assert [i for i, line in enumerate(wrap) if colour_beside_result(line, report)] == [1, 3]
    # no measure in the report: its colour is all it tells of the market, and it stays
    unmeasured = " ".join([wrap[0], wrap[1], wrap[3]])
    assert not any(colour_beside_result(line, unmeasured) for line in wrap)


def test_colour_beside_result_reads_the_whole_report() -> None:
    report = (
        "Marlow share prices closed lower Friday after the minister quit.\n\n"
        "The Marlow 200 index shed 31.5 points to close at 2210.4. "
        "Traders said the market remains nervous."
    )
    assert colour_beside_result("Traders said the market remains nervous.", report)
    assert not colour_beside_result("Traders said the market remains nervous.", None)
    unmeasured = report.replace("shed 31.5 points to close at 2210.4", "fell")
    assert not colour_beside_result("Traders said the market remains nervous.", unmeasured)
