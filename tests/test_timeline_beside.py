"""The timeline selected in a forked child while the summary is written, and the JSON written
in one while the views are made: the same brief, the same files and the same kept verdicts
as when everything runs in the build's process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rebuild_fixtures import NOW, kept_verdicts, write_corpus

from briefgen import beside, timeline
from briefgen.config import load_config
from briefgen.errors import BriefgenError
from briefgen.kept_beside import Apart
from briefgen.models import TimelineEntry
from briefgen.pipeline import BuildResult, build_brief

pytestmark = pytest.mark.skipif(not beside.can_fork(), reason="needs fork and two cores")


def _build(inputs: Path, output: Path) -> BuildResult:
    config = load_config(None, inputs=[str(inputs)], output_dir=str(output), formats="json,md")
    return build_brief(config, now=NOW)


def _one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing forked: the build as on a machine of one core."""
    monkeypatch.setattr(beside, "can_fork", lambda: False)


def test_the_timeline_selected_beside_is_the_timeline_selected_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "in", new=True)
    selected_in: list[int] = []
    select = timeline.select_timeline

    def recorded(*args: object, **kwargs: object) -> list[TimelineEntry]:
        entries = select(*args, **kwargs)  # type: ignore[arg-type]
        selected_in.append(os.getpid())  # only in this process's list when selected here
        return entries

    monkeypatch.setattr(timeline, "select_timeline", recorded)
    apart = _build(corpus, tmp_path / "apart")
    assert selected_in == []  # selected in the child, whose list went with it
    assert apart.brief.timeline  # and sent back: the fixture's dated events are shown

    _one_process(monkeypatch)
    here = _build(corpus, tmp_path / "here")
    assert selected_in == [os.getpid()]
    assert apart.brief.timeline == here.brief.timeline
    for name in ("brief.json", "brief.md"):
        assert (apart.build_dir / name).read_bytes() == (here.build_dir / name).read_bytes()
    # What the child asked of the kept verdicts is kept as if asked here: the next build
    # reads the same entries.
    assert kept_verdicts(tmp_path / "apart") == kept_verdicts(tmp_path / "here")
    assert all(kept_verdicts(tmp_path / "apart").values())


def test_a_verdict_first_asked_in_the_child_is_kept_by_the_build(tmp_path: Path) -> None:
    from briefgen import shown
    from briefgen.kept_verdicts import digest, memo, remembering

    asked_here = "The council approved the new harbour on Monday."
    asked_there = "Ann Holt opened the Marlow bridge on Tuesday."

    def select() -> list[TimelineEntry]:
        shown.stands_alone(asked_here)
        shown.stands_alone(asked_there)
        return []

    told = shown.stands_alone(asked_there)  # outside a build: no memo holds it
    with remembering(tmp_path / "cache.sqlite"):
        shown.stands_alone(asked_here)
        Apart(select, apart=True).wait()
        kept = memo("stands_alone")
        assert kept is not None
        assert kept.asked == {
            digest(asked_here): True,
            digest(asked_there): told,
        }


def test_the_json_written_beside_is_timed_as_its_own(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in", new=False)
    result = _build(corpus, tmp_path / "out")
    assert result.timings["json"] > 0  # the child's own seconds, as the build reports them
    assert (result.build_dir / "brief.json").read_bytes().startswith(b"{")


def test_the_selections_error_is_raised_here_and_a_cancelled_child_is_stopped() -> None:
    def broken() -> list[TimelineEntry]:
        raise BriefgenError("the timeline could not be selected", "brief.toml")

    with pytest.raises(BriefgenError, match="could not be selected"):
        Apart(broken, apart=True).wait()

    def endless() -> list[TimelineEntry]:
        while True:
            pass

    running = Apart(endless, apart=True)
    running.cancel()
    # stopped, not left running to the build's end
    assert running._child is None
