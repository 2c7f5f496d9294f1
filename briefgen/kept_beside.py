"""A job forked beside the build's process that asks the build's kept memos as it goes.

Two memos a build keeps in its cache at its end are filled as its stages ask
(``kept_verdicts``: whether a sentence reads alone, whether it tells news; ``kept_bodies``:
a page's body terms). A job forked from the build (``beside.begin``) asks them too, in the
child: what it adds would be lost with the child, and the entries written at the end would
lack it (the next rebuild working it out again). So the child sends back, with the job's
value, what it added to both, and the build keeps them as if asked here.

Where the caller does not fork (``apart`` false: no ``fork``, one core, a daemonic process)
the job runs at once, here: the same value, the same memos.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from briefgen import kept_bodies, kept_verdicts
from briefgen.beside import Beside, begin

T = TypeVar("T")


@dataclass(frozen=True)
class _Done(Generic[T]):
    """What the child sends back: the job's value, and what it added to the build's memos."""

    value: T
    verdicts: dict[str, dict[str, bool]]
    bodies: dict[str, kept_bodies.BodyTerms]


class Apart(Generic[T]):
    """A job running beside this process, or already run here; ``wait`` returns its value."""

    def __init__(self, job: Callable[[], T], *, apart: bool) -> None:
        self._child: Beside | None = None
        self._value: tuple[T] | None = None
        if not apart:
            self._value = (job(),)
            return
        # What the build's memos held at the fork is theirs already: only the rest is sent.
        verdicts_before = {test: set(asked) for test, asked in kept_verdicts.asked().items()}
        bodies_before = set(kept_bodies.counted())

        def done() -> _Done[T]:
            value = job()
            verdicts = {
                test: {k: v for k, v in asked.items() if k not in verdicts_before.get(test, ())}
                for test, asked in kept_verdicts.asked().items()
            }
            bodies = {k: v for k, v in kept_bodies.counted().items() if k not in bodies_before}
            return _Done(value, verdicts, bodies)

        self._child = begin(done)

    def wait(self) -> T:
        """The job's value; the child's exception raised here, if it failed."""
        if self._child is not None:
            got = cast(_Done[T], self._child.result())
            self._child = None
            kept_verdicts.learn(got.verdicts)
            kept_bodies.learn(got.bodies)
            self._value = (got.value,)
        assert self._value is not None
        return self._value[0]

    def cancel(self) -> None:
        """The child stopped, when the caller fails before it waited for it."""
        if self._child is not None:
            self._child.process.terminate()
            self._child.process.join()
            self._child.results.close()
            self._child = None
