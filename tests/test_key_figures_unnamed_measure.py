"""A key figure whose poll is named only in the sentence before ("according to the
results") cannot be read alone: the poll is named in brackets from that sentence, or, when
it names no one poll, the figure is not chosen."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from briefgen.bottomline import Candidate
from briefgen.key_figures import key_figures
from briefgen.measures import name_measure, unnamed_measure
from briefgen.models import Document, Evidence, Extraction
from briefgen.summarize import summarize

RESULTS = "Ward received 37 percent and Lee had 36 percent, according to the results."


def _page(text: str) -> Extraction:
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    return Extraction(
        document=Document("d", "d", "txt", text, "", "2020-03-03", "stated"), sentences=spans
    )


def _named(before: str, figure: str) -> str | None:
    page = _page(f"{before} {figure}")
    return name_measure(figure, page.document.text.index(figure), page)


@pytest.mark.parametrize(
    ("before", "figure", "shown"),
    [
        (
            "A Harbour Institute Poll asked voters about the levy.",
            RESULTS,
            "Ward received 37 percent and Lee had 36 percent, according to the "
            "[Harbour Institute Poll] results.",
        ),
        (
            "Ward leads in the latest Tide News/Daily Mail poll.",
            "The survey found 40 percent back the harbour levy.",
            "The [Tide News/Daily Mail poll] found 40 percent back the harbour levy.",
        ),
    ],
)
def test_a_poll_named_in_the_sentence_before_is_named_in_brackets(
    before: str, figure: str, shown: str
) -> None:
    assert _named(before, figure) == shown


@pytest.mark.parametrize(
    "before",
    [
        "Voters were asked about the levy last week.",  # no poll named
        "A Harbour Institute Poll and a Tide News poll asked voters.",  # two
    ],
)
def test_no_one_poll_named_before_no_completion(before: str) -> None:
    assert _named(before, RESULTS) is None


@pytest.mark.parametrize(
    "text",
    [
        "The poll by the Harbour Institute showed Ward leading Lee, 46 percent to 44 percent.",
        "A new poll of 800 voters found 40 percent back the levy; the poll ran Monday.",
        "The results of the vote gave Ward 52 percent.",
        "The latest figures issued put the number of cases at 70,893.",
        "Ward leads in the polls with 30 percent.",
    ],
)
def test_a_figure_whose_measure_is_named_reads_alone(text: str) -> None:
    assert not unnamed_measure(text)
    assert _named("Voters were asked last week.", text) == text


def _candidate(text: str) -> Candidate:
    evidence = Evidence("d", 0, len(text), text, text, 0)
    return Candidate(text, evidence, {w: 1.0 for w in text.lower().split()}, 1.0, figure=True)


def _first(candidates: Sequence[Candidate], k: int) -> list[Candidate]:
    return list(candidates)[:k]


def test_a_figure_not_readable_alone_is_not_chosen() -> None:
    named = "Sales of ferry tickets rose to 4,000 in March."
    news = [_candidate(RESULTS), _candidate(named)]
    chosen = key_figures(news, [], _first, lambda c: not unnamed_measure(c.text))
    assert [c.text for c in chosen] == [named]


def _extractions(texts: dict[str, tuple[str, str]]) -> list[Extraction]:
    out = []
    for doc_id, (day, text) in texts.items():
        doc = Document(doc_id, doc_id, "txt", text, "", day, "stated")
        spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
        out.append(Extraction(document=doc, sentences=spans))
    return out


def test_the_summary_names_a_figures_poll_or_leaves_the_figure_out() -> None:
    texts = {
        "a": (
            "2021-05-01",
            "A Harbour Institute Poll asked valley voters about the fever levy. "
            "Ward received 37 percent and Lee had 36 percent on the fever levy, according "
            "to the results.",
        ),
        "b": (
            "2021-05-02",
            "Valley voters were asked about the fever levy last week. Lee trailed with 30 "
            "percent to Ward's 41 percent among older valley voters, according to the results.",
        ),
        # the story's news, told by three sources: the bottom line
        **{
            k: (
                "2021-05-03",
                "The valley council approved the fever levy on Monday, Mayor Ward said.",
            )
            for k in "cd"
        },
        "e": ("2021-05-03", "The valley council approved the fever levy on Monday after a debate."),
    }
    summary = summarize(_extractions(texts), [], [], judgments=1, query=("fever",))
    shown = [c.text for c in summary.key_figures]
    assert any("the [Harbour Institute Poll] results" in t for t in shown)
    assert not any("41 percent" in t for t in shown)
