"""The timeline selected in a forked child while the build's process writes the summary.

Once the corpus is aggregated and its lines read as on the story or not (``OnStory``), the
timeline's selection and the summary read the same inputs and neither reads the other's
result: on a rebuild (its extraction mostly read from the cache) they are two of the
corpus-wide stages that ran one after the other on one core while the other idled. The
child reads the build's memory as it was at the fork (copy on write): only the selected
entries (dates, event ids, sentences: a few hundred records) are pickled back, with what the
selection asked of the build's kept memos (``kept_beside``), so that the cache the build
writes at its end is the same as when the timeline was selected in its process.

Where ``beside.can_fork`` is false (no ``fork``, one core, a daemonic process) the
selection runs here, before the summary, as it always did: the same entries.
"""

from __future__ import annotations

from collections.abc import Callable

from briefgen.kept_beside import Apart, work_beside
from briefgen.models import TimelineEntry

# a timeline being selected, beside this process or already here; ``wait`` returns it
Selecting = Apart[list[TimelineEntry]]


def select_beside(select: Callable[[], list[TimelineEntry]]) -> Selecting:
    """``select()`` started in a forked child where ``beside.can_fork``, else run here."""
    return work_beside(select)
