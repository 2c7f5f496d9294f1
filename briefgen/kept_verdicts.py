"""``shown.stands_alone``'s verdicts kept from one build of a folder to the next.

Whether a sentence reads without its article (``stands_alone``) is a pure function of
the sentence's text: regular expressions and word lists, nothing of the corpus. The
summary, the timeline and the printed chronology ask it of ~1,500 sentences at 400
articles, ~0.85 CPU s of a rebuild's main process (docs/scale.md Part BU), and a rebuild
with 5% new articles asks nearly the same sentences again. So each build's verdicts are
kept in one entry of the ``verdicts`` table of the cache, under the digest of each text
they were asked of; the next build answers those texts from it and works out only the
rest. The entry is the code's (``BesideCache``'s settings name the source's digest): a
change to any rule gives other settings, and the entry is not found. A corrupt or
foreign entry is ignored (``EntryCache``'s checks) and every verdict worked out again.

The verdicts are asked deep inside ``shown.read_alone``, from many stages: rather than
thread a table through each, the build opens one memo (``remembering``) that
``stands_alone`` consults while it is open; outside one (a test, a library call) the
rules run as ever.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Verdicts", "memo", "remembering"]

TABLE = "verdicts"
# The one entry's key, with the settings: one build's verdicts are kept together, in one row.
_KEY = "stands_alone"


@dataclass(frozen=True, slots=True)
class Verdicts:
    """A cache entry: the digests (``digest``) of the texts that stand alone, and of those
    that do not, as one build asked them."""

    alone: tuple[str, ...]
    not_alone: tuple[str, ...]


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
            alone=tuple(sorted(k for k, v in self.asked.items() if v)),
            not_alone=tuple(sorted(k for k, v in self.asked.items() if not v)),
        )


_open: list[Memo] = []  # the memo of the build in progress (``remembering``), if any


def memo() -> Memo | None:
    """The memo ``stands_alone`` consults: the open build's, or None."""
    return _open[-1] if _open else None


@contextmanager
def remembering(cache: Path | None) -> Iterator[Memo | None]:
    """Within: ``stands_alone`` answers from the verdicts the last build kept in
    ``cache`` (a cache file; None: no memo, the rules run as ever). On leaving, this
    build's verdicts replace them, when they differ."""
    if cache is None:
        yield None
        return
    # imported here: ``shown`` imports this module, and most that import it need no cache
    from briefgen.extract.cache import BesideCache

    with BesideCache(cache, table=TABLE, kind=Verdicts) as table:
        # the key names the settings (the source's digest): a get does not read them
        key = table.key(f"{_KEY}:{table.settings}")
        kept = table.get_many([key]).get(key)
        known = {} if kept is None else _as_known(kept)
        opened = Memo(known)
        _open.append(opened)
        try:
            yield opened
        finally:
            _open.remove(opened)
        made = opened.entry()
        if made != kept:
            table.put(key, made)
        table.drop_stale()


def _as_known(entry: Verdicts) -> dict[str, bool]:
    known = dict.fromkeys(entry.alone, True)
    known.update(dict.fromkeys(entry.not_alone, False))
    return known
