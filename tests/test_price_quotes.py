"""A share's closing quote ("Penbury shares fell 50 cents to close at $20 in composite
trading") is a company page's furniture: no summary line, no timeline or chronology entry.
An index's move in points, a company's results and a commodity's or a count's move are not
quotes."""

from __future__ import annotations

import pytest

from briefgen.price_quotes import quotes_price, tells_market_statistics


@pytest.mark.parametrize(
    "line",
    [
        "Penbury shares fell 50 cents on Friday to close at $20 each in composite trading.",
        "Marlow Mills closed at $84.75, up 12.5 cents a share in Big Board trading.",
        "Holt Foods closed down $1.875 at $44.875 in Stock Exchange trading yesterday.",
        "Reed Savings Bank rose 3 to 20 after the regulator approved its sale to Marlow.",
        "Penbury Instruments eased 1/8 to 31 7/8.",
        "Holt Computer nose-dived $8.625 a share, to $100, after reporting lower earnings.",
    ],
)
def test_a_share_s_close_or_move_is_a_quote(line: str) -> None:
    assert quotes_price(line)


@pytest.mark.parametrize(
    "line",
    [
        "The Marlow share index tumbled 39.55 points, to 2613.73, in active trading.",
        "The Penbury composite fell 1.4%, or 6.43, on Friday, to 437.68.",
        "In the nine months, Holt Foods net fell 6.6% to $486.6 million, or $1.48 a share.",
        "Gasoline rose 5 cents a gallon in Marlow last week.",
        "The death toll rose 3 to 20 people overnight.",
        "Revenue rose $3 million to $40 million.",
        "Penbury, which dropped 2 1/2 to 37 3/4, has offered $125 a share for Marlow Mills.",
    ],
)
def test_an_index_a_result_a_commodity_or_a_count_is_no_quote(line: str) -> None:
    assert not quotes_price(line)


@pytest.mark.parametrize(
    "line",
    [
        "Volume on the Marlow Stock Exchange totaled 175.2 million shares.",
        "Friday's trading volume totaled 132.8 million shares.",
        "Volume was 840.8 million shares, up from 443.6 million Thursday.",
        "Declining issues on the Marlow exchange outstripped gainers 1,141 to 406.",
    ],
)
def test_a_market_tables_turnover_or_breadth_is_its_statistics(line: str) -> None:
    assert tells_market_statistics(line)


@pytest.mark.parametrize(
    "line",
    [
        "The Marlow share index tumbled 39.55 points, to 2613.73, in heavy volume.",
        "Penbury's sales volume rose 12% in the quarter, the company said.",
        "Trading in Holt Foods shares was halted at 2 p.m. pending news.",
    ],
)
def test_a_move_or_a_companys_volume_is_no_table_line(line: str) -> None:
    assert not tells_market_statistics(line)
