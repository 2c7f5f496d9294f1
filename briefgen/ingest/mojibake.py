"""Text that was UTF-8 read as Latin-1 or Windows-1252 somewhere upstream, repaired.

Scrapers and CMS exports often store a page's UTF-8 bytes decoded with the wrong table, so
"Peña" arrives as "PeÃ±a" and a curly apostrophe as "â€™". The file itself is valid
UTF-8, so no charset detection can see it. Left alone, a name written both ways is two
actors (and "Nieto" alone is typed a place), and the reader sees the garbage. ``ftfy``
undoes the wrong decoding only where the result is plainly better text; a document it
repairs carries a warning, which becomes a data note, because its offsets now point into
the repaired text (as ``documents[].text`` in the JSON shows it), not into the file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from briefgen.models import Document

__all__ = ["repair_mojibake"]

# The lead characters of UTF-8 sequences misread as Latin-1/Windows-1252: "Ã" and "Â" for
# Latin letters and no-break spaces, "â€" for quotation marks and dashes. A text without
# any of them has nothing to repair, so ``ftfy`` is never asked about it.
_MISREAD = re.compile(
    r"[ÃÂ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u2122]|â€"
)


def repair_mojibake(document: Document) -> Document:
    """``document`` with its misread words repaired, and a warning saying so; the same
    record when nothing was misread."""
    text, fixed_in_text = _repaired(document.text)
    title, _ = _repaired(document.title)
    if (text, title) == (document.text, document.title):
        return document
    places = max(fixed_in_text, 1)
    warning = (
        f"broken character encoding (UTF-8 text read as Latin-1) repaired in {places} "
        f"place{'s' if places != 1 else ''}; offsets point into the repaired text"
    )
    return replace(document, text=text, title=title, warnings=(*document.warnings, warning))


def _repaired(text: str) -> tuple[str, int]:
    """``text`` with each word holding a misread sequence repaired, and how many were. A
    word is repaired alone and only into one with no misread sequence left: ``ftfy`` asked
    about a whole text also "repairs" what was damaged some other way ("naÃ̄veté" into
    "naà ̄veté"), which reads worse than before."""
    # A text decomposed after it was misread writes "Ã" as "A" and a combining tilde: the
    # sequences are looked for, and repaired, in the composed form.
    if not _MISREAD.search(unicodedata.normalize("NFC", text)):
        return text, 0
    from ftfy import fix_encoding

    count = 0

    def fix(word: re.Match[str]) -> str:
        nonlocal count
        composed = unicodedata.normalize("NFC", word[0])
        if not _MISREAD.search(composed):
            return word[0]
        fixed = fix_encoding(composed)
        if fixed == composed or _MISREAD.search(fixed) or _marks(fixed) > _marks(composed):
            return word[0]
        count += 1
        return fixed

    return _WORD.sub(fix, text), count


_WORD = re.compile(r"\S+")


def _marks(word: str) -> int:
    """How many combining marks a word holds (a repair must not add any)."""
    return sum(unicodedata.combining(c) > 0 for c in word)
