"""Words whose accented letter a source lost to a space, restored from the corpus's whole
spelling of them.

Some corpora were stripped to ASCII by replacing each letter outside it with a space:
"Calderón" reads "Calder n", "Cancún" "Canc n", "Córdova" "C rdova". The brief would print
the broken word, and names would not match their whole spellings. Where other sources of
the corpus write the word whole, without the accent ("Calderon", "Cancun"), the broken
word is restored to that spelling: one letter for one space, so every offset into the text
still points where it did. A data note on each document says how many words were restored.
A break is taken for one only when its tail ("n", "rdova") is never a word of the corpus on
its own: "In a" is never read as "Inca".

A lost capital leaves no head: "José Ángel" reads "Jos ngel", and the tail "ngel" follows
the name's previous word. Where the corpus writes the word whole with one capital in front
after the same word ("Jos Angel"), the tail never stands alone, and it sits inside a name
(a capitalised word or the clause's end after it), the capital is written back: "I love"
is never read as "I Glove", nor "Trump lean" as "Trump Clean", since no source writes
those. A capital is written back only in a document that lost other letters too (a word
the corpus writes whole, broken by a space): a page with no other sign of its accents
stripped keeps "a Trump ally" though a headline writes "Trump Rally". That adds a letter,
so that document's note says its offsets point into the restored text.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from briefgen.models import Document

__all__ = ["LetterShare", "restore_lost_letters"]

# A capitalised head, a space where a letter was, a lower-case tail: "Calder n", "C rdova".
_BROKEN = re.compile(r"\b([A-Z][a-z]*) ([a-z]{1,8})\b")
# A capitalised word written whole: the spellings a break may be restored to.
_WHOLE = re.compile(r"\b[A-Z][a-z]{2,}\b")
_WORD = re.compile(r"\b[a-z]+\b")
# what follows a tail inside a name: another capitalised word, or the end of the sentence
_IN_NAME = re.compile(r"(?: [A-Z]|[,.;:]|$)")
# two capitalised words side by side (the second caught by a lookahead, so pairs overlap)
_PAIR = re.compile(r"\b([A-Z][a-z]*) (?=([A-Z][a-z]{2,})\b)")
# the longest tail a break may have (``_BROKEN``): longer words alone are never asked about
_TAIL = 8


@dataclass(frozen=True)
class LetterShare:
    """What the restoration reads of one text, found by scanning it alone: a cache entry
    (``letters``, under the text). The breaks ("Calder n") are kept in order, each with
    whether a name goes on after it; the words standing alone only as long as a break's
    tail can be, each with how often it stands alone. Every list is kept as one string, its
    items parted by spaces (none holds one: they are ASCII letters, or digits), which the
    cache reads back far faster than as many strings."""

    whole: str
    alone: str
    alone_n: str
    heads: str
    tails: str
    in_name: str
    pair_heads: str
    pair_tails: str

    def __post_init__(self) -> None:
        # An entry whose lists do not line up is not this text's (it is then scanned again).
        if not (
            len(self.alone.split()) == len(self.alone_n.split())
            and len(self.heads.split()) == len(self.tails.split()) == len(self.in_name)
            and len(self.pair_heads.split()) == len(self.pair_tails.split())
        ):
            raise ValueError("lists differ in length")

    @staticmethod
    def of(text: str) -> LetterShare:
        breaks = list(_BROKEN.finditer(text))
        alone = Counter(w for w in _WORD.findall(text) if len(w) <= _TAIL)
        pairs = list(_PAIR.finditer(text))
        return LetterShare(
            whole=" ".join(sorted(set(_WHOLE.findall(text)))),
            alone=" ".join(alone),
            alone_n=" ".join(map(str, alone.values())),
            heads=" ".join(m[1] for m in breaks),
            tails=" ".join(m[2] for m in breaks),
            in_name="".join("1" if _in_name(m) else "0" for m in breaks),
            pair_heads=" ".join(m[1] for m in pairs),
            pair_tails=" ".join(m[2] for m in pairs),
        )

    def breaks(self) -> Iterator[tuple[str, str, bool]]:
        """Each break's head, tail and whether a name goes on after it, in order."""
        flags = (flag == "1" for flag in self.in_name)
        return zip(self.heads.split(), self.tails.split(), flags, strict=True)

    def counts(self) -> dict[str, int]:
        """How often each short word stands alone."""
        return dict(zip(self.alone.split(), map(int, self.alone_n.split()), strict=True))

    def pairs(self) -> Iterator[tuple[str, str]]:
        """Capitalised words side by side."""
        return zip(self.pair_heads.split(), self.pair_tails.split(), strict=True)


def _in_name(m: re.Match[str]) -> bool:
    return _IN_NAME.match(m.string, m.end()) is not None


def restore_lost_letters(
    documents: Sequence[Document], *, cache: Path | None = None
) -> list[Document]:
    """``documents`` with each word broken by a lost letter restored to the whole spelling
    the corpus gives it, and a warning on each document that had one. With the build's
    ``cache``, each text's scan (``LetterShare``) is read from it where kept, else made and
    kept: a rebuild scans its new texts only."""
    shares = _shares([d.text for d in documents], cache)
    broken: Counter[str] = Counter()
    paired: set[tuple[str, str]] = set()
    for doc in documents:
        share = shares[doc.text]
        broken.update(share.tails.split())
        # capitalised words side by side: a restored capital must give a pair the corpus
        # writes
        paired.update(share.pairs())
    # only a break's tail is ever asked how often it stands alone
    alone: Counter[str] = Counter()
    for doc in documents:
        share = shares[doc.text]
        standing = dict(zip(share.alone.split(), share.alone_n.split(), strict=True))
        for word in broken.keys() & standing.keys():
            alone[word] += int(standing[word])
    # a tail that stands alone more often than after a break is no lost letter's: most
    # breaks ("In a", "The man") end there, and a page whose breaks all do is left as it is
    open_tails = {tail for tail, n in broken.items() if alone[tail] <= n}
    words = {w for s in shares.values() for w in s.whole.split()}
    whole = _Spellings(words)
    headless: dict[str, set[str]] = defaultdict(set)
    for word in words:
        headless[word[1:]].add(word)

    def spelled(head: str, tail: str) -> str | None:
        """The whole spelling of a break with its head, or None."""
        # the tail is a word only where it follows a break: no word of the corpus alone
        if tail not in open_tails:
            return None
        return whole.only(head, tail)

    def restored(head: str, tail: str, in_name: bool, stripped: bool) -> str | None:
        """The break restored, or None where it stays as it is."""
        word = spelled(head, tail)
        if word is not None:
            return word
        if not stripped or tail not in open_tails:
            return None
        capitals = headless.get(tail, set()) if len(tail) >= 3 else set()
        if len(capitals) != 1 or not in_name:
            return None
        capital = next(iter(capitals))
        return f"{head} {capital}" if (head, capital) in paired else None

    out = []
    for doc in documents:
        share = shares[doc.text]
        if open_tails.isdisjoint(share.tails.split()):
            out.append(doc)  # no break of this page can be restored (``restored``)
            continue
        # a lost capital is believed only on a page whose accents were stripped elsewhere
        stripped = any(spelled(head, tail) is not None for head, tail, _ in share.breaks())
        if all(restored(*b, stripped) is None for b in share.breaks()):
            out.append(doc)
            continue
        count = 0

        def counted(m: re.Match[str], stripped: bool = stripped) -> str:
            nonlocal count
            word = restored(m[1], m[2], _in_name(m), stripped)
            count += word is not None
            return m[0] if word is None else word

        text = _BROKEN.sub(counted, doc.text)
        if not count:
            out.append(doc)
            continue
        lost = "left as a space" if len(text) == len(doc.text) else "left as a space or dropped"
        offsets = (
            "offsets are unchanged"
            if len(text) == len(doc.text)
            else "offsets point into the restored text"
        )
        note = (
            f"letters lost in the source (an accented letter {lost}) restored in "
            f"{count} word{'s' if count != 1 else ''} from the whole spelling other sources "
            f"give (without the accent); {offsets}"
        )
        out.append(replace(doc, text=text, warnings=(*doc.warnings, note)))
    return out


class _Spellings:
    """The corpus's whole spellings a break may be restored to, asked by the break's head
    and tail ("Calder", "n": "Calderon"): a spelling one letter longer than the two, opening
    with the head and closing with the tail. Looked up among the spellings of that length
    and those first and last letters, once a break, where a table of every spelling by
    every letter it could lose took most of the restoration's time, and few breaks ask."""

    def __init__(self, words: Iterable[str]) -> None:
        self._shapes: dict[tuple[int, str, str], list[str]] = defaultdict(list)
        for word in words:
            self._shapes[(len(word), word[0], word[-1])].append(word)
        self._asked: dict[tuple[str, str], str | None] = {}

    def only(self, head: str, tail: str) -> str | None:
        """The one spelling the break can be, or None where there is none or several."""
        if (head, tail) in self._asked:
            return self._asked[(head, tail)]
        found = None
        if head and tail:  # a letter lost inside a word: something on each side of it
            shape = (len(head) + len(tail) + 1, head[0], tail[-1])
            fits = {
                w for w in self._shapes.get(shape, ()) if w.startswith(head) and w.endswith(tail)
            }
            found = next(iter(fits)) if len(fits) == 1 else None
        self._asked[(head, tail)] = found
        return found


def _shares(texts: Sequence[str], cache: Path | None) -> dict[str, LetterShare]:
    """Each of ``texts``'s scan, read from the build's ``cache`` where kept; those made
    here are kept there."""
    if cache is None:
        return {t: LetterShare.of(t) for t in set(texts)}
    from briefgen.structure.cached import TextCache

    with TextCache(cache, table="letters", kind=LetterShare) as stored:
        found = stored.read_texts(texts)
        made = {t: LetterShare.of(t) for t in set(texts) if t not in found}
        stored.keep_texts(made)
    return {**found, **made}
