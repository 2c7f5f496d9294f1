"""Story weight: news several sources open on outranks a detail; a genre's routine line is
no judgment; each news thread gives one judgment."""

from __future__ import annotations

import random
import re
from datetime import date

from briefgen.aggregate.terms import Idf, norm, terms
from briefgen.bottomline import Candidate
from briefgen.models import Block, Document, Evidence, Extraction
from briefgen.routine import COMPARED, SHAPE_SIMILAR, TEMPLATE_DOCS, shape, templates
from briefgen.subjects import other_subject, subjects_of
from briefgen.summarize import summarize
from briefgen.threads import Opening, weigh

DAY = date(2021, 5, 2)


def _extraction(doc_id: str, text: str, day: date = DAY) -> Extraction:
    """A one-block news page: its sentences are its body, the first ones its lede."""
    doc = Document(
        doc_id,
        doc_id,
        "txt",
        text,
        "",
        day.isoformat(),
        "stated",
        blocks=(Block(0, len(text), "body"),),
    )
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    return Extraction(document=doc, sentences=tuple(spans))


def _shown(extractions: list[Extraction], query: tuple[str, ...]) -> list[str]:
    summary = summarize(extractions, [], [], judgments=5, query=query)
    return [c.text for c in (summary.bottom_line, *summary.judgments) if c is not None]


SANK = "The harbour ferry sank near the north pier with forty passengers on board"
# three papers telling the sinking in their own words (one text copied is one source)
TOLD = {
    "a": f"{SANK}.",
    "b": "Forty passengers were on board when the harbour ferry sank by the north pier.",
    "c": "The harbour ferry sank off the north pier on Sunday, with forty passengers aboard.",
}
BAKERY = "A harbour bakery gave bread and tea to the ferry crews on the north pier"


def _candidates(days: dict[str, date]) -> tuple[list[Candidate], dict[str, list[str]], Idf]:
    texts = TOLD | {"d": f"{BAKERY}."}
    idf = Idf(terms(t) for t in texts.values())
    out = []
    for doc, text in texts.items():
        # the bakery is a shade more central to the corpus's words
        score = 0.51 if doc == "d" else 0.5
        start = 900 if doc == "d" else 0  # the bakery is the ninth paragraph's detail
        evidence = Evidence(doc, start, start + len(text), text, text, start)
        out.append(Candidate(text, evidence, idf.vector(terms(text)), score))
    ledes = {doc: [text] for doc, text in texts.items() if doc != "d"}
    ledes["d"] = ["The harbour reopened to boats after the storm."]
    return sorted(out, key=lambda c: -c.score), ledes, idf


def test_news_three_sources_open_on_outranks_one_page_s_ninth_paragraph() -> None:
    ranked, ledes, idf = _candidates({})
    opening = Opening(frozenset({("a", 0), ("b", 0), ("c", 0)}), frozenset())
    together = dict.fromkeys("abcd", DAY)
    weighed = weigh(ranked, ledes, idf, together, opening)
    assert weighed[0].text.startswith("The harbour ferry sank")
    assert weighed[0].sources == 3
    assert weighed[-1].text.startswith("A harbour bakery")
    # the same news in papers months apart is no news of one cycle: each lede tells it alone
    apart = {"a": date(2021, 1, 2), "b": DAY, "c": date(2021, 9, 2), "d": DAY}
    assert {c.sources for c in weigh(ranked, ledes, idf, apart, opening)} == {0, 1}


def _quote(company: str, price: str) -> str:
    return f"In Big Board trading yesterday, {company} shares closed at ${price}, down 50 cents."


def test_a_line_repeated_of_four_companies_is_a_template_and_a_running_count_is_not() -> None:
    texts = [
        (f"d{i}", _quote(name, price))
        for i, (name, price) in enumerate(
            [("Oneida", "18.37"), ("Compaq", "108.62"), ("Upjohn", "38.87"), ("Telerate", "20")]
        )
    ]
    # the same tally of the same place, day after day: a series whose latest count matters
    counts = [
        (f"c{i}", f"The Valley Health Board has confirmed {n} cases of the fever in Brackton.")
        for i, n in enumerate([12, 40, 95, 230])
    ]
    found = templates([*texts, *counts], read=8)
    assert found == {0, 1, 2, 3}
    assert subjects_of(texts)[0] == frozenset({"oneida"})


PAGES = {
    "oneida": "Oneida Ltd. said it will pay a special dividend of one share for every ten held. "
    "The tableware maker said the dividend rewards holders after a record year of sales. "
    "The board approved the plan at a meeting on Tuesday in the company's home town. "
    + _quote("Oneida", "18.37"),
    "compaq": "Compaq Computer said its third-quarter profit fell sharply on weak sales in Europe. "
    "The computer maker blamed slower orders from business customers in Germany and France. "
    "Analysts had expected the company to report a far smaller drop in its earnings. "
    + _quote("Compaq", "108.62"),
    "upjohn": "Upjohn Co. agreed to acquire a Swedish drug maker for about $2 billion in cash. "
    "The drug company said the purchase will double its sales of hospital medicines. "
    "Regulators in Stockholm must still approve the takeover before the end of the year. "
    + _quote("Upjohn", "38.87"),
    "telerate": "Telerate Inc. said a committee of its directors rejected a buyout offer. "
    "The financial information company said the offer undervalued its growing business. "
    "The committee said it would consider a higher bid from any buyer that made one. "
    + _quote("Telerate", "20"),
}


def test_a_closing_price_line_every_page_ends_on_is_no_judgment() -> None:
    extractions = [_extraction(doc, text) for doc, text in PAGES.items()]
    shown = _shown(extractions, ("shares", "company"))
    assert shown  # the companies' news is there
    assert not any("Big Board trading" in t for t in shown)


def test_five_reports_of_one_news_give_one_judgment() -> None:
    told = [
        "The city council voted to close the old harbour bridge to all traffic on Monday.",
        "The old harbour bridge will close to all traffic after a council vote on Monday.",
        "Councillors voted on Monday to shut the old harbour bridge to all traffic.",
        "All traffic is barred from the old harbour bridge after the council voted Monday.",
        "The council on Monday voted to close the harbour bridge to cars and lorries.",
    ]
    extractions = [
        _extraction(
            f"d{i}",
            f"{lede} Engineers found {detail} in the bridge's steel frame during an inspection. "
            "The mayor said a new crossing would be built within five years.",
        )
        for i, (lede, detail) in enumerate(
            zip(told, ["cracks", "rust", "loose bolts", "worn joints", "bent beams"], strict=True)
        )
    ]
    shown = _shown(extractions, ("bridge",))
    assert sum("vote" in t for t in shown) == 1
    # the inspection, told by each report in its second sentence, is one judgment too
    assert sum(t.startswith("Engineers found") for t in shown) == 1


def _alike_pair_by_pair(texts: list[tuple[str, str]], read: int) -> set[int]:
    """``templates`` as its rule reads, one pair of lines at a time."""
    subjects = subjects_of(texts)
    shapes = [shape(t) for _, t in texts]
    out = set()
    for i in range(min(read, len(texts))):
        others = set()
        for j in range(min(len(texts), read * COMPARED)):
            if texts[j][0] == texts[i][0] or not other_subject(subjects[i], subjects[j]):
                continue
            a, b = shapes[i], shapes[j]
            if sum(a[g] * b.get(g, 0.0) for g in a) >= SHAPE_SIMILAR * norm(a) * norm(b):
                others.add(texts[j][0])
        if len(others) >= TEMPLATE_DOCS:
            out.add(i)
    return out


def test_templates_are_the_lines_a_pair_by_pair_reading_finds() -> None:
    # Wire lines of many shapes, about a handful of companies, some repeating a word
    # (counts above one), one of no words at all.
    rng = random.Random(7)
    names = ["Oneida", "Compaq", "Upjohn", "Telerate", "Conseco", "Amdahl", "Unisys", "Ashland"]
    lines = [
        "{n} shares closed at ${p}, down 50 cents.",
        "In Big Board trading yesterday, {n} shares closed at ${p}, up {p} cents.",
        "For the quarter a year ago, {n} earned ${p} million, or {p} cents a share.",
        "{n} said the the board approved the plan on Tuesday.",
        "The board of {n} met in the town the company calls home.",
        "",
    ]
    extra = ["sales", "fell", "rose", "sharply", "in", "Europe", "profit", "orders", "weak"]
    texts = []
    for _ in range(150):
        # each company's lines in its own page, or now and then another's
        k = rng.randrange(len(names))
        line = rng.choice(lines).format(n=names[k], p=rng.randrange(99))
        # a few words more or fewer: lines near the similarity bound as well as far from it
        line = " ".join([*line.split()[rng.randrange(3) :], *rng.sample(extra, rng.randrange(6))])
        texts.append((f"d{k if rng.random() < 0.8 else rng.randrange(len(names))}", line))
    for read in (5, 20, 40):
        assert templates(texts, read=read) == _alike_pair_by_pair(texts, read)
    assert templates(texts, read=40)  # the rule finds some: the comparison is not empty


def test_a_line_read_again_tells_its_first_word_a_name_only_where_the_corpus_knows_it() -> None:
    # A line's words are kept once for its three readings; whether its capitalised first
    # word is a name depends on what the corpus capitalises, asked at each reading.
    from briefgen.subjects import _names

    line = "Blockbuster shares closed above Acme Corp. on Friday."
    assert _names(line, frozenset({"blockbuster"})) == {"blockbuster", "acme corp", "friday"}
    assert _names(line) == {"acme corp", "friday"}
    other = "Shares of Zenith closed above Omega Corp. on Monday."
    assert shape("Shares of Blockbuster closed above Acme Corp. on Friday.") == shape(other)


# A week of a desk's copy: one company's notice moving its offer's deadline, a results
# story repeating its quarter's figures for nine months, and the market's own days.
DESK = {
    "n": "Penbury Holdings extended its tender offer of $18 a share, or about $576 million, "
    "for the 33% of Marlow Data it does not own until 5 p.m. on Nov. 6. "
    "The offer had been set to expire on Oct. 30. "
    "Penbury said the extension gives holders time to read a supplement to the offer.",
    "r": "Holt Electronics said net income fell 22% in the third quarter, to $40 million, on "
    "lower military spending. "
    "In the nine months, Holt net fell 6.6% to $486.6 million, or $1.48 a share, from $521 "
    "million, or $1.58 a share. "
    "Revenue in the quarter rose 3.5% to $2.47 billion.",
    "m": "Stock prices tumbled on the Marlow exchange as program selling swept the market. "
    "The Marlow share index fell 39.55 points, its worst day in two weeks. "
    "Volume on the Marlow exchange totaled 175.2 million shares.",
}


def test_a_deadline_notice_a_nine_month_repeat_and_a_volume_line_fill_no_summary_slot() -> None:
    extractions = [_extraction(doc, text) for doc, text in DESK.items()]
    shown = _shown(extractions, ())
    assert shown  # the market's fall and the quarter's results are there
    assert not any("extended its tender offer" in t for t in shown)
    assert not any(t.startswith(("In the nine months", "Volume on")) for t in shown)
