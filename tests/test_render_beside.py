"""The render stage's work beside the build's process (docs/scale.md Part DI): the chronology
chosen in a forked child while the actors' views are made, and the JSON forked with the PDF
once the views are made; the same pages as when all of it runs in one process."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_brief import sample_brief

from briefgen import beside
from briefgen.formats import Rendering, write_formats

needs_fork = pytest.mark.skipif(not beside.can_fork(), reason="needs fork and two cores")


@needs_fork
def test_the_views_made_with_children_are_the_views_made_in_one_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    brief = sample_brief()
    forked = Rendering(brief).html
    monkeypatch.setattr(beside, "can_fork", lambda: False)
    assert forked == Rendering(brief).html


@needs_fork
def test_the_json_is_forked_with_the_pdf_once_the_views_are_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefgen.render.json import brief_to_json

    brief = sample_brief()
    rendering = Rendering(brief)
    current = [rendering]
    views_made: list[bool] = []
    start = beside.start

    def noted(job):  # type: ignore[no-untyped-def]
        views_made.append("views" in vars(current[0]))
        return start(job)

    monkeypatch.setattr(beside, "start", noted)
    files = write_formats(rendering, ("json", "html", "pdf"), tmp_path, lambda _: None)
    assert views_made == [True, True]  # the PDF and the JSON, both after the views
    assert files["json"].read_text(encoding="utf-8") == brief_to_json(brief)
    assert rendering.timings["json"] > 0 and rendering.timings["pdf"] > 0
    # Without a PDF the JSON has no slow format to go beside: forked from the start.
    views_made.clear()
    current[0] = Rendering(brief)
    (tmp_path / "b").mkdir()
    write_formats(current[0], ("json", "html"), tmp_path / "b", lambda _: None)
    assert views_made == [False]


@needs_fork
def test_a_rebuilds_pages_are_a_cold_builds(tmp_path: Path) -> None:
    """A rebuild (two pages from the cache, one new) writes the JSON and the HTML a build
    without the cache writes of the same inputs, the views and the JSON forked as above."""
    from rebuild_fixtures import NOW, write_corpus

    from briefgen.config import load_config
    from briefgen.pipeline import build_brief

    def build(output: Path, *, cache: bool = True) -> tuple[bytes, bytes]:
        config = load_config(
            None, inputs=[str(corpus)], output_dir=str(output), formats="json,html", cache=cache
        )
        folder = build_brief(config, now=NOW).build_dir
        return (folder / "brief.json").read_bytes(), (folder / "brief.html").read_bytes()

    corpus = write_corpus(tmp_path / "in", new=False)
    build(tmp_path / "a")
    write_corpus(corpus, new=True)
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / ".cache").rename(tmp_path / "b" / ".cache")  # no last brief: none new
    assert build(tmp_path / "b") == build(tmp_path / "c", cache=False)
