"""A job of the build worked out in a forked child while the build's process goes on, with
what it asked of the build's kept memos sent back beside its value.

Two memos the build keeps in its cache at its end are filled as the stages ask
(``kept_verdicts``: whether a sentence reads alone, tells news, tells a contest decided;
``kept_bodies``: a page's body terms). A verdict first asked in a child would be lost with
it, and the entry the build writes at its end would lack it (the next rebuild working it
out again). So the child sends back, with the job's value, what it added to both, and the
build keeps them as if asked here. The child reads the build's memory as it was at the
fork (copy on write): only the value and those verdicts are pickled.

Where ``beside.can_fork`` is false (no ``fork``, one core, a daemonic process) the job runs
here, at once, as it always did: the same value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from briefgen import beside, kept_bodies, kept_verdicts

T = TypeVar("T")


@dataclass(frozen=True)
class _Sent(Generic[T]):
    """What the child sends back: the job's value, and what it added to the build's memos."""

    value: T
    verdicts: dict[str, dict[str, bool]]
    bodies: dict[str, kept_bodies.BodyTerms]


class Apart(Generic[T]):
    """A job being worked out beside this process, or already here; ``wait`` returns its
    value."""

    def __init__(self, job: Callable[[], T], *, apart: bool) -> None:
        self._child: beside.Beside | None = None
        self._value: tuple[T] | None = None
        if not apart:
            self._value = (job(),)
            return
        # What the build's memos held at the fork is theirs already: only the rest is sent.
        verdicts_before = {test: set(asked) for test, asked in kept_verdicts.asked().items()}
        bodies_before = set(kept_bodies.counted())

        def worked_out() -> _Sent[T]:
            value = job()
            verdicts = {
                test: {k: v for k, v in asked.items() if k not in verdicts_before.get(test, ())}
                for test, asked in kept_verdicts.asked().items()
            }
            bodies = {k: v for k, v in kept_bodies.counted().items() if k not in bodies_before}
            return _Sent(value, verdicts, bodies)

        self._child = beside.begin(worked_out)

    def wait(self) -> T:
        """The job's value; the child's exception raised here, if it failed."""
        if self._child is not None:
            got = cast(_Sent[T], self._child.result())
            self._child = None
            kept_verdicts.learn(got.verdicts)
            kept_bodies.learn(got.bodies)
            self._value = (got.value,)
        assert self._value is not None
        return self._value[0]

    def cancel(self) -> None:
        """The child stopped, when the build fails before it waited for it."""
        if self._child is not None:
            self._child.process.terminate()
            self._child.process.join()
            self._child.results.close()
            self._child = None


def work_beside(job: Callable[[], T]) -> Apart[T]:
    """``job()`` started in a forked child where ``beside.can_fork``, else run here."""
    return Apart(job, apart=beside.can_fork())
