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
from collections.abc import Sequence
from dataclasses import replace

from briefgen.models import Document

__all__ = ["restore_lost_letters"]

# A capitalised head, a space where a letter was, a lower-case tail: "Calder n", "C rdova".
_BROKEN = re.compile(r"\b([A-Z][a-z]*) ([a-z]{1,8})\b")
# A capitalised word written whole: the spellings a break may be restored to.
_WHOLE = re.compile(r"\b[A-Z][a-z]{2,}\b")
_WORD = re.compile(r"\b[a-z]+\b")
# what follows a tail inside a name: another capitalised word, or the end of the sentence
_IN_NAME = re.compile(r"(?: [A-Z]|[,.;:]|$)")
# two capitalised words side by side (the second caught by a lookahead, so pairs overlap)
_PAIR = re.compile(r"\b([A-Z][a-z]*) (?=([A-Z][a-z]{2,})\b)")


def restore_lost_letters(documents: Sequence[Document]) -> list[Document]:
    """``documents`` with each word broken by a lost letter restored to the whole spelling
    the corpus gives it, and a warning on each document that had one."""
    whole: dict[tuple[str, str], set[str]] = defaultdict(set)
    for word in {w for d in documents for w in _WHOLE.findall(d.text)}:
        for i in range(1, len(word) - 1):
            whole[(word[:i], word[i + 1 :])].add(word)
    alone = Counter(w for d in documents for w in _WORD.findall(d.text))
    broken = Counter(m[2] for d in documents for m in _BROKEN.finditer(d.text))
    headless: dict[str, set[str]] = defaultdict(set)
    for word in {w for d in documents for w in _WHOLE.findall(d.text)}:
        headless[word[1:]].add(word)
    # capitalised words side by side: a restored capital must give a pair the corpus writes
    paired = {(m[1], m[2]) for d in documents for m in _PAIR.finditer(d.text)}

    def spelled(m: re.Match[str]) -> str | None:
        """The whole spelling of a break with its head, or None."""
        # the tail is a word only where it follows a break: no word of the corpus alone
        if alone[m[2]] > broken[m[2]]:
            return None
        words = whole.get((m[1], m[2]), set())
        return next(iter(words)) if len(words) == 1 else None

    def restored(m: re.Match[str], stripped: bool) -> str:
        word = spelled(m)
        if word is not None:
            return word
        if not stripped or alone[m[2]] > broken[m[2]]:
            return m[0]
        capitals = headless.get(m[2], set()) if len(m[2]) >= 3 else set()
        if len(capitals) != 1 or not _IN_NAME.match(m.string, m.end()):
            return m[0]
        capital = next(iter(capitals))
        return f"{m[1]} {capital}" if (m[1], capital) in paired else m[0]

    out = []
    for doc in documents:
        count = 0

        # a lost capital is believed only on a page whose accents were stripped elsewhere
        stripped = any(spelled(m) is not None for m in _BROKEN.finditer(doc.text))

        def counted(m: re.Match[str], stripped: bool = stripped) -> str:
            nonlocal count
            word = restored(m, stripped)
            count += word != m[0]
            return word

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
