"""Pages from before the story's coverage began supply no summary fact."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefgen.models import Document, Extraction
from briefgen.onset import story_onset
from briefgen.summarize import summarize

START = date(2020, 4, 20)


def _days(*offsets: int) -> list[date]:
    return [START + timedelta(days=n) for n in offsets]


def test_the_onset_is_the_first_day_of_the_burst_after_stray_pages() -> None:
    stray = _days(-50, -37, -20, -6)
    burst = _days(0, 1, 1, 2, 3, 3, 3, 5, 6, *range(7, 100))
    assert story_onset(stray + burst) == START


def test_coverage_from_the_first_day_has_no_onset() -> None:
    assert story_onset(_days(*range(0, 60))) is None


def test_a_story_covered_thinly_then_heavily_keeps_its_early_reports() -> None:
    # two reports a week for two months, then a burst: the early ones are the story's own
    thin = _days(*range(-60, 0, 3))
    burst = _days(*[n for n in range(0, 10) for _ in range(4)])
    assert story_onset(thin + burst) is None


def test_no_burst_no_onset() -> None:
    assert story_onset(_days(0, 10, 20, 30)) is None
    assert story_onset([]) is None


def _extraction(doc: str, text: str, published: date) -> Extraction:
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]+\.(?=\n)", text))
    title = text.split("\n", 1)[0]
    document = Document(doc, doc, "txt", text, title, published.isoformat(), "stated")
    return Extraction(document=document, sentences=spans)


# An invented season's report sharing the story's words, published weeks before the outbreak.
SEASON = (
    "Fever season mild\n"
    "Health officials said 98 percent of fever samples this season resisted the usual drug.\n"
    "The season's fever has been milder than usual in the valley, officials said.\n"
)


def _report(n: int) -> str:
    return (
        f"New fever spreads {n}\n"
        f"Officials confirmed {100 + 10 * n} cases of the new fever in the valley on day {n}.\n"
        f"The new fever closed {n + 2} schools in the valley, the health office said.\n"
    )


def test_a_page_from_before_the_story_gives_no_key_figure() -> None:
    old = _extraction("a-season", SEASON, START - timedelta(days=50))
    reports = [
        _extraction(f"r-{n:02d}", _report(n), START + timedelta(days=n // 3)) for n in range(30)
    ]
    summary = summarize([old, *reports], [], [], judgments=5)
    shown = [c for c in (summary.bottom_line, *summary.judgments, *summary.key_figures) if c]
    assert shown
    assert all(e.doc != "a-season" for c in shown for e in c.evidence)
