"""Business copy's sentences that lean on the lede's company: a bare result ("Net for the
nine months was …"), a firm known by what it makes, a cut apposition, "the projection"."""

from __future__ import annotations

from sentence_fixtures import extraction_with

from briefgen.models import Extraction
from briefgen.shown import read_alone, stands_alone


def _shown(ext: Extraction, n: int) -> str | None:
    start, end = ext.sentences[n]
    raw = ext.document.text[start:end]
    return read_alone(raw.strip(), start + len(raw) - len(raw.lstrip()), ext)


def test_a_bare_result_is_given_the_one_company_the_article_names_before_it() -> None:
    ext = extraction_with(
        "Harbour Mills Inc said third-quarter net rose 12% on strong demand for paper. "
        "The results beat the forecasts of most analysts in the city. "
        "Sales in the latest quarter were $812 million, up 9% from $745 million.",
        ("Harbour Mills Inc", "org"),
    )
    assert _shown(ext, 2) == (
        "[Harbour Mills Inc's] sales in the latest quarter were $812 million, "
        "up 9% from $745 million."
    )


def test_a_bare_result_after_two_companies_is_not_shown() -> None:
    ext = extraction_with(
        "Harbour Mills Inc and Kerr Paper Co both reported results for the quarter. "
        "In the first nine months, profit rose 10% to $313 million from $283 million.",
        ("Harbour Mills Inc", "org"),
        ("Kerr Paper Co", "org"),
    )
    assert _shown(ext, 1) is None


def test_a_result_its_sentence_owns_is_shown_as_written() -> None:
    ext = extraction_with(
        "The paper market weakened through the summer months. "
        "Net income at Harbour Mills Inc rose 12% to $40 million in the third quarter.",
        ("Harbour Mills Inc", "org"),
    )
    assert _shown(ext, 1) == (
        "Net income at Harbour Mills Inc rose 12% to $40 million in the third quarter."
    )


def test_a_firm_known_by_its_trade_a_cut_apposition_and_a_bare_projection_point_back() -> None:
    assert not stands_alone("The consumer-products and newsprint company said net rose 12%.")
    assert not stands_alone(
        "Steel business, said third-quarter net income dropped 8% to $33 million."
    )
    assert not stands_alone("The projection sent the company's shares plunging $4 yesterday.")
    assert not stands_alone("Analysts expect the disappointing trend to continue into next year.")
    assert not stands_alone("The stock began trading this summer at $14 apiece.")
    # the trade with the firm's name, a market and a count say which
    assert stands_alone("The stock market fell 3% on Friday after the jobs report.")
    assert stands_alone("Harbour Mills, the paper maker, said net rose 12% in the quarter.")


def test_a_change_or_its_effect_told_before_points_back() -> None:
    assert not stands_alone("Analysts said the effect hit home particularly hard on Friday.")
    assert not stands_alone("The car makers added to the gloom when they reported losses.")
    assert stands_alone("The gain in sales came from its consumer businesses in Brazil.")
