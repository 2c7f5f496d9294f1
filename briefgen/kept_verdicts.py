"""Verdicts that are pure functions of a sentence's text, kept from one build of a folder
to the next: whether it reads without its article (``shown.stands_alone``), whether it
tells news (``newsworthy.tells_news``), whether it tells a contest decided
(``contests.decided_result``, ``contests.result_in``: the summary asks both of every
candidate sentence, ~7,000 at 800 articles, docs/scale.md Part CM), and whether a page's
body speaks in its writer's voice (``opinion.essay_voice``: the summary asks it of every
page's body).

Each is regular expressions and word lists over the text, nothing of the corpus. The
summary, the timeline and the printed chronology ask them of ~1,500 sentences at 400
articles (``stands_alone`` ~0.85 CPU s of a rebuild's main process, docs/scale.md Part
BU; ``tells_news`` the largest of the chronology's own rules, Part CG), and a rebuild with
5% new articles asks nearly the same sentences again. So each build's verdicts of each
test are kept in one entry of the ``verdicts`` table of the cache, under the digest of
each text they were asked of; the next build answers those texts from it and works out
only the rest. The entries are the code's (``BesideCache``'s settings name the source's
digest): a change to any rule gives other settings, and the entries are not found. A
corrupt or foreign entry is ignored (``EntryCache``'s checks) and that test's verdicts
worked out again.

The verdicts are asked deep inside ``shown.read_alone`` and the views' rules, from many
stages: rather than thread a table through each, the build opens one memo per test
(``remembering``) that the test consults while it is open; outside one (a test, a library
call) the rules run as ever. A verdict that reads anything beside its text (the corpus's
actors, its story words, a page's date) is not one of these: its answer could change with
the corpus while its text does not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Verdicts", "asked", "learn", "memo", "remembering"]

TABLE = "verdicts"
# The tests whose verdicts are kept, each its entry's key (with the settings): one build's
# verdicts of a test are kept together, in one row.
KEPT = ("stands_alone", "tells_news", "decided_result", "result_in", "essay_voice")


@dataclass(frozen=True, slots=True)
class Verdicts:
    """A cache entry: the digests (``digest``) of the texts a test held true of, and of
    those it did not, as one build asked them."""

    held: tuple[str, ...]
    not_held: tuple[str, ...]


def digest(text: str) -> str:
    """A text's key in ``Verdicts``: 128 bits of BLAKE2b, which no two sentences share."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class Memo:
    """The verdicts of an earlier build (``known``: digest -> verdict), and this build's."""

    def __init__(self, known: dict[str, bool]) -> None:
        self._known = known
        self.asked: dict[str, bool] = {}  # digest -> verdict, of every text asked this build
        self.worked_out = 0

    def verdict(self, text: str, test: Callable[[str], bool]) -> bool:
        """``test(text)``, read from the earlier build's verdicts where it holds one."""
        key = digest(text)
        answer = self.asked.get(key)
        if answer is None:
            answer = self._known.get(key)
            if answer is None:
                answer = test(text)
                self.worked_out += 1
            self.asked[key] = answer
        return answer

    def entry(self) -> Verdicts:
        """This build's verdicts as an entry: only the texts it asked, so that the entry
        does not grow with every build."""
        return Verdicts(
            held=tuple(sorted(k for k, v in self.asked.items() if v)),
            not_held=tuple(sorted(k for k, v in self.asked.items() if not v)),
        )


# the memos of the build in progress (``remembering``), by test, if any
_open: list[dict[str, Memo]] = []


def memo(test: str) -> Memo | None:
    """The memo ``test`` (one of ``KEPT``) consults: the open build's, or None."""
    return _open[-1][test] if _open else None


def asked() -> dict[str, dict[str, bool]]:
    """The open build's verdicts so far, test by test (none outside a build): a job forked
    from the build sends back what it asked (``learn``), for the build to keep."""
    return {test: dict(m.asked) for test, m in _open[-1].items()} if _open else {}


def learn(verdicts: dict[str, dict[str, bool]]) -> None:
    """The verdicts a forked job asked (``asked``), kept by the open build as its own: the
    entry it writes is the same as if the job had run in its process."""
    if _open:
        for test, answers in verdicts.items():
            _open[-1][test].asked.update(answers)


@contextmanager
def remembering(cache: Path | None) -> Iterator[dict[str, Memo] | None]:
    """Within: each test of ``KEPT`` answers from the verdicts the last build kept in
    ``cache`` (a cache file; None: no memo, the rules run as ever). On leaving, this
    build's verdicts replace them, test by test, when they differ."""
    if cache is None:
        yield None
        return
    # imported here: ``shown`` imports this module, and most that import it need no cache
    from briefgen.extract.cache import BesideCache

    with BesideCache(cache, table=TABLE, kind=Verdicts) as table:
        # each key names the settings (the source's digest): a get does not read them
        keys = {test: table.key(f"{test}:{table.settings}") for test in KEPT}
        found = table.get_many(list(keys.values()))
        kept = {test: found.get(key) for test, key in keys.items()}
        opened = {test: Memo(_as_known(entry)) for test, entry in kept.items()}
        _open.append(opened)
        try:
            yield opened
        finally:
            _open.remove(opened)
        for test, key in keys.items():
            made = opened[test].entry()
            if made != kept[test]:
                table.put(key, made)
        table.drop_stale()


def _as_known(entry: Verdicts | None) -> dict[str, bool]:
    if entry is None:
        return {}
    known = dict.fromkeys(entry.held, True)
    known.update(dict.fromkeys(entry.not_held, False))
    return known
