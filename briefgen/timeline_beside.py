"""The timeline selected in a forked child while the build's process writes the summary.

Once the corpus is aggregated and its lines read as on the story or not (``OnStory``), the
timeline's selection and the summary read the same inputs and neither reads the other's
result: on a rebuild (its extraction mostly read from the cache) they are two of the
corpus-wide stages that ran one after the other on one core while the other idled. The
child reads the build's memory as it was at the fork (copy on write): only the selected
entries (dates, event ids, sentences: a few hundred records) are pickled back, with what the
selection asked of the build's kept memos (``kept_verdicts``: whether a sentence reads
alone; ``kept_bodies``: a page's body terms), so that the cache the build writes at its end
is the same as when the timeline was selected in its process.

Where ``beside.can_fork`` is false (no ``fork``, one core, a daemonic process) the
selection runs here, before the summary, as it always did: the same entries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from briefgen import kept_bodies, kept_verdicts
from briefgen.beside import Beside, begin, can_fork
from briefgen.models import TimelineEntry


@dataclass(frozen=True)
class _Selected:
    """What the child sends back: the entries, and what it added to the build's memos."""

    timeline: list[TimelineEntry]
    verdicts: dict[str, dict[str, bool]]
    bodies: dict[str, kept_bodies.BodyTerms]


class Selecting:
    """A timeline being selected, beside this process or already here; ``wait`` returns it."""

    def __init__(self, select: Callable[[], list[TimelineEntry]], *, apart: bool) -> None:
        self._child: Beside | None = None
        self._timeline: list[TimelineEntry] | None = None
        if not apart:
            self._timeline = select()
            return
        # What the build's memos held at the fork is theirs already: only the rest is sent.
        verdicts_before = {test: set(asked) for test, asked in kept_verdicts.asked().items()}
        bodies_before = set(kept_bodies.counted())

        def selected() -> _Selected:
            timeline = select()
            verdicts = {
                test: {k: v for k, v in asked.items() if k not in verdicts_before.get(test, ())}
                for test, asked in kept_verdicts.asked().items()
            }
            bodies = {k: v for k, v in kept_bodies.counted().items() if k not in bodies_before}
            return _Selected(timeline, verdicts, bodies)

        self._child = begin(selected)

    def wait(self) -> list[TimelineEntry]:
        """The selected entries; the child's exception raised here, if it failed."""
        if self._child is not None:
            got = cast(_Selected, self._child.result())
            self._child = None
            kept_verdicts.learn(got.verdicts)
            kept_bodies.learn(got.bodies)
            self._timeline = got.timeline
        assert self._timeline is not None
        return self._timeline

    def cancel(self) -> None:
        """The child stopped, when the build fails before it waited for it."""
        if self._child is not None:
            self._child.process.terminate()
            self._child.process.join()
            self._child.results.close()
            self._child = None


def select_beside(select: Callable[[], list[TimelineEntry]]) -> Selecting:
    """``select()`` started in a forked child where ``beside.can_fork``, else run here."""
    return Selecting(select, apart=can_fork())
