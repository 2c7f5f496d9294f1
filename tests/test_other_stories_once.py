"""The pages telling another story are worked out once a build: the summary's story test
and the views ask it of the same records, before and after the summary's tables are let
go (``heap.forget``), and the build lets the answer go when it returns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefgen import other_stories
from briefgen.config import load_config
from briefgen.pipeline import build_brief
from tests.rebuild_fixtures import NOW, write_corpus

# Enough pages for the test to weigh them (``other_stories.MIN_PAGES``): the bridge's
# three, and a week of short reports from the council.
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Monday")


def _council_report(n: int, day: str) -> str:
    return (
        f"Council meets on the bridge again\n\nMarch {13 + n}, 2022\n\n"
        f"The Penbury council met again on {day} to discuss the river bridge. Ann Holt, a "
        f"councillor, said {n + 2} new routes for the ferry were on the table. Tom Reed, "
        "who runs the harbour, said the operators wanted a written offer first."
    )


def test_the_pages_on_another_story_are_worked_out_once_a_build(
    tmp_path: Path, monkeypatch: Any
) -> None:
    counted: list[int] = []
    count = other_stories.body_terms

    def counting(documents: Any) -> Any:  # run only when the answer is worked out
        counted.append(len(documents))
        return count(documents)

    monkeypatch.setattr(other_stories, "body_terms", counting)
    inputs = write_corpus(tmp_path / "in", new=True)
    for n, day in enumerate(DAYS):
        (inputs / f"council-{n}.txt").write_text(_council_report(n, day), encoding="utf-8")
    config = load_config(
        None, inputs=[str(inputs)], output_dir=str(tmp_path / "out"), formats="json,html"
    )
    result = build_brief(config, now=NOW)
    assert (result.build_dir / "brief.html").exists()  # the views were made
    assert counted == [3 + len(DAYS)]  # the story's test asked it; the views read the same answer
    assert other_stories._other_stories.cache_info().currsize == 0  # not held after it
