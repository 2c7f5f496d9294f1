"""Key figures in wire copy: a count of people told in running text, beside what befell
them; a toll restated in an earlier story's background is no key figure."""

from __future__ import annotations

import re
from datetime import date

import pytest

from briefgen.aggregate.terms import Idf, terms
from briefgen.bottomline import Candidate
from briefgen.figures import has_figure
from briefgen.head_counts import counts_people, gives_toll_of, what_befell
from briefgen.key_figures import key_figures
from briefgen.models import Document, Evidence, Extraction
from briefgen.summarize import summarize


def test_a_count_of_people_beside_what_befell_them_is_a_figure() -> None:
    assert has_figure("Two union leaders and 40 other people were arrested in Marlow.")
    assert has_figure("Officials said 5,000 Penbury troops were deployed to the region.")
    assert not has_figure("The results of tests on 40 pupils remain unclear, officials said.")
    # a place described in passing: its count is not what the sentence reports
    assert not has_figure(
        "Holt stopped at the Penbury mill, where 30 people were killed in May by a gunman, "
        "on her way to the rally."
    )
    assert has_figure("A new poll shows that 7 of 10 Marlovians think the port should close.")
    # a crowd sized for colour, a quotation's children, history's men: no figure
    assert not has_figure("About 200 fans cheered as the mayor appeared at the door.")
    assert not has_figure("Some 300 protesters marched in front of the town hall on Friday.")
    assert not has_figure("The ferry sailed into Penbury with 60 armed men led by Tom Reed.")
    # one person of a group, a few people, a thing counted: no figure either
    assert not has_figure("The boy was one of 14 Marlovians who tried to cross the strait.")
    assert not has_figure("Dr Holt was one of four nurses who ran the Penbury clinic.")
    assert has_figure("The survey found one in five Marlovians cannot reach a doctor.")
    assert not has_figure("Three other people were arrested at the harbour gates.")
    assert not has_figure("Sixty ferries sailed from Marlow harbour before the storm broke.")


def test_what_befell_the_people_counted_is_told_apart() -> None:
    assert what_befell("The pilot and 14 other people died when their boat sank.") == {"dead"}
    assert what_befell("The blast at the depot killed 40 people, officials said.") == {"dead"}
    assert what_befell("Two union leaders and 40 other people were arrested in Marlow.") == {
        "arrested"
    }
    assert what_befell("About 200 fans cheered as the mayor appeared.") == frozenset()
    assert counts_people("Two union leaders and 40 other people were arrested in Marlow.")


def _candidate(doc: str, text: str, idf: Idf) -> Candidate:
    ev = Evidence(doc, 0, len(text), text, text, 0)
    return Candidate(text, ev, idf.vector(terms(text)), 1.0, figure=has_figure(text))


def test_a_toll_an_earlier_story_restates_gives_way_to_the_latest() -> None:
    early = "The pilot and 14 other people died when their boat sank off Marlow."
    late = "The pilot and 14 other people fleeing Penbury drowned when their boat sank."
    money = "The harbour board pledged $40 million to the families of the crossing's dead."
    idf = Idf(terms(t) for t in (early, late, money))
    news = [_candidate("a", early, idf), _candidate("b", late, idf), _candidate("c", money, idf)]
    published = {"a": date(2020, 2, 1), "b": date(2020, 4, 1), "c": date(2020, 3, 1)}
    shown = [c.text for c in key_figures(news, [], lambda cs, k: list(cs)[:k], published=published)]
    assert late in shown and money in shown
    assert early not in shown


def _page(doc_id: str, day: str, text: str) -> Extraction:
    doc = Document(doc_id, doc_id, "txt", text, "", day, "stated")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    return Extraction(document=doc, sentences=spans)


# A later page tells the deal made: in so many words, or with its only deal word past a
# sentence cut at an abbreviation ("U.N."), where the terms' test reads on from the sentence.
_DEAL_MADE = (
    "The Marlow accord signed by the Penbury harbour master opened every dock to the "
    "inspectors from the council. Inspectors from Marlow visited the first docks in "
    "Penbury on Monday.",
    "Marlow and Penbury signed the U.N. harbour accord on Monday in the council hall. "
    "Inspectors from Marlow visited the first docks in Penbury on Tuesday.",
)


@pytest.mark.parametrize("made", _DEAL_MADE)
def test_terms_for_a_deal_a_later_page_reports_made_are_not_shown(made: str) -> None:
    terms_set = (
        "The Marlow council insists any deal must allow Marlow inspectors into every dock "
        "of the Penbury harbour."
    )
    texts = {
        "a": ("1999-02-10", f"{terms_set} The talks in Penbury went on late into the night."),
        "b": ("1999-03-01", made),
    }
    summary = summarize([_page(d, day, t) for d, (day, t) in texts.items()], [], [])
    shown = [c.text for c in (summary.bottom_line, *summary.judgments) if c]
    assert shown and terms_set not in shown


def test_a_source_vouches_for_a_toll_only_by_giving_it() -> None:
    shown = "The blasts at the depots in Marlow and Penbury killed 130 people, including 9 guards."
    assert gives_toll_of(shown, "The depot blasts in Penbury and Marlow killed 130 people.")
    assert not gives_toll_of(shown, "The blasts at the two depots killed 128 people on Friday.")
    assert not gives_toll_of(shown, "Two blasts shook the depots of Marlow and Penbury.")
    # a sentence giving no toll is vouched for by any telling of its happening
    assert gives_toll_of("Two blasts shook the depots.", "The blasts killed 128 people.")
