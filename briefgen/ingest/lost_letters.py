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


def restore_lost_letters(documents: Sequence[Document]) -> list[Document]:
    """``documents`` with each word broken by a lost letter restored to the whole spelling
    the corpus gives it, and a warning on each document that had one."""
    whole: dict[tuple[str, str], set[str]] = defaultdict(set)
    for word in {w for d in documents for w in _WHOLE.findall(d.text)}:
        for i in range(1, len(word) - 1):
            whole[(word[:i], word[i + 1 :])].add(word)
    alone = Counter(w for d in documents for w in _WORD.findall(d.text))
    broken = Counter(m[2] for d in documents for m in _BROKEN.finditer(d.text))

    def restored(m: re.Match[str]) -> str:
        words = whole.get((m[1], m[2]), set())
        # the tail is a word only where it follows a break: no word of the corpus alone
        if len(words) != 1 or alone[m[2]] > broken[m[2]]:
            return m[0]
        return next(iter(words))

    out = []
    for doc in documents:
        count = 0

        def counted(m: re.Match[str]) -> str:
            nonlocal count
            word = restored(m)
            count += word != m[0]
            return word

        text = _BROKEN.sub(counted, doc.text)
        if not count:
            out.append(doc)
            continue
        note = (
            f"letters lost in the source (an accented letter left as a space) restored in "
            f"{count} word{'s' if count != 1 else ''} from the whole spelling other sources "
            "give (without the accent); offsets are unchanged"
        )
        out.append(replace(doc, text=text, warnings=(*doc.warnings, note)))
    return out
