"""``bottomline._later_news``: the reports published after a day on some words, each once,
in each word's day order; its index holds one shared int a posting, not a (day, index)
pair, as it is built twice over every candidate of the corpus at the summary stage's peak
(docs/scale.md, Part BX)."""

from __future__ import annotations

import tracemalloc
from datetime import date, timedelta

from briefgen.bottomline import Candidate, _later_news
from briefgen.models import Evidence

START = date(2016, 1, 1)


def _report(n: int, words: tuple[str, ...]) -> Candidate:
    text = f"Made-up report {n}."
    evidence = Evidence(f"d{n}", 0, len(text), text, text, 0)
    return Candidate(text, evidence, dict.fromkeys(words, 1.0), 1.0)


def _reports(count: int, terms: int) -> list[tuple[Candidate, date | None]]:
    # each report on ``terms`` of a vocabulary of 500 made-up words, a day every 7 reports
    return [
        (
            _report(n, tuple(f"w{(n * 7 + k * 31) % 500}" for k in range(terms))),
            START + timedelta(days=n // 7) if n % 11 else None,
        )
        for n in range(count)
    ]


def _expected(
    reports: list[tuple[Candidate, date | None]], words: list[str], day: date
) -> list[tuple[str, date]]:
    # each word's later reports in (day, place) order, a report listed at its first word
    out: list[tuple[str, date]] = []
    for w in words:
        held = sorted(
            (later, n)
            for n, (c, later) in enumerate(reports)
            if later is not None and later > day and w in c.vector
        )
        out.extend((reports[n][0].text, later) for later, n in held)
    seen: set[str] = set()
    return [(t, d) for t, d in out if not (t in seen or seen.add(t))]


def test_later_reports_on_the_words_each_once_in_day_order() -> None:
    reports = _reports(300, 6)
    after = _later_news(reports)
    for words, day in (
        (["w0", "w31", "w7"], START + timedelta(days=10)),
        (["w100", "nothing", "w100"], START),
        (["w62"], START + timedelta(days=40)),
        (["w3"], START + timedelta(days=400)),
    ):
        got = [(c.text, later) for c, later in after(words, day)]
        assert got == _expected(reports, words, day)


def test_a_report_without_a_day_is_never_later() -> None:
    undated = (_report(1, ("harbour",)), None)
    dated = (_report(2, ("harbour",)), START + timedelta(days=1))
    after = _later_news([undated, dated])
    assert [c.text for c, _ in after(["harbour"], START)] == [dated[0].text]


def test_the_index_holds_a_few_bytes_a_posting() -> None:
    reports = _reports(4000, 20)  # 80,000 postings less the undated reports'
    postings = sum(len(c.vector) for c, later in reports if later is not None)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        after = _later_news(reports)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert after is not None
    # a list slot is 8 bytes; a (day, index) pair a posting was ~72 with its slot
    assert held / postings < 16
