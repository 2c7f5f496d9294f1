"""The bottom line tells one of the story's main threads, not one page's aside.

A month of a town's news from several papers: the bridge inquiry runs all month, the
ferry strike a fortnight, and on the last Thursday one paper carries a group's leaflet.
The leaflet is the latest line a development path could hand the bottom line; the
inquiry's latest step is where the month's story stands.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefgen.aggregate.terms import distinct_terms
from briefgen.bottomline import Candidate
from briefgen.main_threads import coverage, lead_main_thread
from briefgen.models import Evidence

LEAFLET = "A residents' group in Penbury handed out a leaflet mocking the mayor's new hat."
INQUIRY = "The bridge inquiry heard on Friday that Marlow council ignored warnings on the cables."
STRIKE = "Ferry crews at Marlow walked out on Monday over the new rota, stranding commuters."
HEARING = (
    "Ann Holt told the bridge inquiry the cables had rusted through years before the collapse."
)
VERDICT = "Tom Reed was found guilty of fraud over the Marlow bridge contract."

# The papers' pages: the inquiry in most of them, the strike in some, the leaflet in one.
TEXTS = {
    "p1": "The bridge inquiry opened in Marlow. Engineers warned about the cables in 2019.",
    "p2": "At the bridge inquiry, Ann Holt said the cables had rusted. The council was warned.",
    "p3": "Marlow council faces the bridge inquiry over the collapse and the rusted cables.",
    "p4": "Ferry crews walked out in Marlow over the rota. Commuters were stranded at the pier.",
    "p5": "The ferry strike in Marlow entered its second week as crews rejected the rota.",
    "p6": "The bridge inquiry heard that the council ignored warnings on the cables.",
    "p7": LEAFLET,
    "p8": "Tom Reed was found guilty of fraud over the bridge contract, a Marlow court ruled.",
}
DAYS = {f"p{n}": date(2022, 3, n * 3) for n in range(1, 9)}
DAYS["p7"] = date(2022, 3, 17)  # the leaflet, the day before the inquiry's Friday report


def _item(doc: str, text: str, background: bool = False) -> Candidate:
    evidence = Evidence(doc, 0, len(text), text, text, 0)
    return Candidate(text, evidence, {}, 0.5, background=background)


def test_a_thread_many_pages_tell_covers_more_than_one_pages_aside() -> None:
    inquiry, strike, leaflet = coverage([INQUIRY, STRIKE, LEAFLET], TEXTS)
    assert inquiry > strike > leaflet


def test_a_rebuild_reading_each_pages_kept_terms_weighs_the_threads_alike() -> None:
    # A cached build hands the pages' terms as kept in its cache (``kept_terms``), sorted
    # tuples, rather than the texts to read again: the weights are the same.
    kept = {doc: tuple(sorted(distinct_terms(text))) for doc, text in TEXTS.items()}
    asked = [INQUIRY, STRIKE, LEAFLET]
    # alike to the last bits a sum of the same terms taken in another order can differ by
    assert coverage(asked, TEXTS, kept) == pytest.approx(coverage(asked, TEXTS), rel=1e-12)
    # a page the cache did not give is read from its text
    del kept["p1"]
    # alike to the last bits a sum of the same terms taken in another order can differ by
    assert coverage(asked, TEXTS, kept) == pytest.approx(coverage(asked, TEXTS), rel=1e-12)


def test_an_aside_gives_way_to_the_latest_report_of_a_main_thread() -> None:
    chosen = [
        _item("p7", LEAFLET),
        _item("p6", INQUIRY),
        _item("p4", STRIKE),
        _item("p2", HEARING),
    ]
    led = lead_main_thread(chosen, TEXTS, DAYS)
    # the inquiry's Friday hearing, the latest report among the better-covered half
    assert led[0].text == INQUIRY
    # the same items, the old lead now the first judgment
    assert [c.text for c in led[1:]] == [LEAFLET, STRIKE, HEARING]


def test_a_bottom_line_of_a_main_thread_stays_though_a_later_one_exists() -> None:
    chosen = [_item("p2", HEARING), _item("p6", INQUIRY), _item("p7", LEAFLET)]
    assert lead_main_thread(chosen, TEXTS, DAYS)[0].text == HEARING


def test_an_earlier_report_of_a_main_thread_does_not_take_a_later_asides_place() -> None:
    chosen = [_item("p7", LEAFLET), _item("p4", STRIKE), _item("p2", HEARING)]
    # the strike and the hearing were where the story stood before the leaflet's day
    assert lead_main_thread(chosen, TEXTS, {**DAYS, "p7": date(2022, 3, 30)})[0].text == LEAFLET


def test_a_decided_result_stays_whatever_its_coverage() -> None:
    chosen = [_item("p8", VERDICT), _item("p6", INQUIRY), _item("p2", HEARING)]
    chosen += [_item("p4", STRIKE)]
    assert lead_main_thread(chosen, TEXTS, DAYS)[0].text == VERDICT


def test_no_quotation_nor_background_line_takes_the_lead() -> None:
    quoted = '"The cables were rotten," the bridge inquiry heard from Marlow council.'
    chosen = [
        _item("p7", LEAFLET),
        _item("p6", quoted),
        _item("p2", HEARING, background=True),
    ]
    assert lead_main_thread(chosen, TEXTS, DAYS)[0].text == LEAFLET


def test_a_later_telling_of_the_leads_own_happening_is_no_other_thread() -> None:
    chosen = [_item("p7", LEAFLET), _item("p6", INQUIRY), _item("p4", STRIKE)]
    # the leaflet's page reports the inquiry's Friday hearing too: the later line retells it
    dated = {"p7": [(40, "hearing", "2022-03-18")], "p6": [(0, "hearing", "2022-03-18")]}
    assert lead_main_thread(chosen, TEXTS, DAYS, dated)[0].text == LEAFLET
    assert lead_main_thread(chosen, TEXTS, DAYS)[0].text == INQUIRY
