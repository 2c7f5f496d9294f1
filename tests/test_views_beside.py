"""The chronology's sentences chosen in a forked child while the actors' views are made: the
same pages and the same kept verdicts as when the views are made in the build's process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rebuild_fixtures import NOW, kept_verdicts, write_corpus

from briefgen import beside
from briefgen.config import load_config
from briefgen.errors import BriefgenError
from briefgen.kept_beside import Apart
from briefgen.pipeline import BuildResult, build_brief
from briefgen.render import context
from briefgen.render.told import Tellings

pytestmark = pytest.mark.skipif(not beside.can_fork(), reason="needs fork and two cores")


def _build(inputs: Path, output: Path) -> BuildResult:
    config = load_config(None, inputs=[str(inputs)], output_dir=str(output), formats="html,md")
    return build_brief(config, now=NOW)


def test_the_chronology_chosen_beside_prints_the_chronology_chosen_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "in", new=True)
    chosen_in: list[int] = []
    chosen: list[Tellings] = []
    tellings = context.tellings

    def recorded(*args: object, **kwargs: object) -> Tellings:
        told = tellings(*args, **kwargs)  # type: ignore[arg-type]
        chosen_in.append(os.getpid())  # only in this process's list when chosen here
        chosen.append(told)
        return told

    monkeypatch.setattr(context, "tellings", recorded)
    apart = _build(corpus, tmp_path / "apart")
    assert chosen_in == []  # chosen in the child, whose list went with it

    monkeypatch.setattr(beside, "can_fork", lambda: False)
    here = _build(corpus, tmp_path / "here")
    assert chosen_in == [os.getpid()]
    assert chosen[0]  # the fixture's events print sentences: the chronology is not empty
    for name in ("brief.html", "brief.md"):
        assert (apart.build_dir / name).read_bytes() == (here.build_dir / name).read_bytes()
    # What the child asked of the kept verdicts is kept as if asked here: the next build
    # reads the same entries.
    assert kept_verdicts(tmp_path / "apart") == kept_verdicts(tmp_path / "here")


def test_the_childs_error_is_raised_here_and_a_cancelled_child_is_stopped() -> None:
    def broken() -> Tellings:
        raise BriefgenError("the chronology could not be chosen", "brief.toml")

    with pytest.raises(BriefgenError, match="could not be chosen"):
        Apart(broken, apart=True).wait()

    def endless() -> Tellings:
        while True:
            pass

    running = Apart(endless, apart=True)
    running.cancel()
    assert running._child is None  # stopped, not left running to the build's end


def test_a_job_run_here_gives_its_value_without_a_child() -> None:
    done = Apart(lambda: (), apart=False)
    assert done._child is None
    assert done.wait() == ()
