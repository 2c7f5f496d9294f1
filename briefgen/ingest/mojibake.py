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
# Latin letters and no-break spaces, "â€" for quotation marks and dashes; "ÃÂ" is what a
# twice-misread letter leaves when a byte of it was lost on the way ("RaÃÂol"). A text
# without any of them has nothing to repair, so ``ftfy`` is never asked about it.
_MISREAD = re.compile(
    r"[ÃÂ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u2122]|â€|ÃÂ"
)


def repair_mojibake(document: Document) -> Document:
    """``document`` with its misread words repaired, and a warning saying so; a warning too
    for the words no repair could restore, which the reader sees garbled; the same record
    when nothing was misread."""
    text, fixed_in_text, left_in_text = _repaired(document.text)
    title, _, left_in_title = _repaired(document.title)
    warnings = list(document.warnings)
    if (text, title) != (document.text, document.title):
        places = max(fixed_in_text, 1)
        warnings.append(
            f"broken character encoding (UTF-8 text read as Latin-1) repaired in {places} "
            f"place{'s' if places != 1 else ''}; offsets point into the repaired text"
        )
    left = left_in_text + left_in_title
    if left:
        # Told apart from the repairs: a note saying "repaired" over a name that still
        # reads "RaÃÂol" would mislead.
        warnings.append(
            f"broken character encoding (UTF-8 text read as Latin-1) could not be repaired in "
            f"{left} place{'s' if left != 1 else ''}: those words are shown as the source has them"
        )
    if len(warnings) == len(document.warnings):
        return document
    return replace(document, text=text, title=title, warnings=tuple(warnings))


def _repaired(text: str) -> tuple[str, int, int]:
    """``text`` with each word holding a misread sequence repaired, how many were, and
    how many could not be. A
    word is repaired alone and only into one with no misread sequence left: ``ftfy`` asked
    about a whole text also "repairs" what was damaged some other way ("naÃ̄veté" into
    "naà ̄veté"), which reads worse than before."""
    # A text decomposed after it was misread writes "Ã" as "A" and a combining tilde: the
    # sequences are looked for, and repaired, in the composed form.
    if not _MISREAD.search(unicodedata.normalize("NFC", text)):
        return text, 0, 0
    from ftfy import fix_encoding

    count = left = 0

    def fix(word: re.Match[str]) -> str:
        nonlocal count, left
        composed = unicodedata.normalize("NFC", word[0])
        if not _MISREAD.search(composed):
            return word[0]
        fixed = fix_encoding(composed)
        if fixed == composed or _MISREAD.search(fixed) or _marks(fixed) > _marks(composed):
            left += 1
            return word[0]
        count += 1
        return fixed

    return _WORD.sub(fix, text), count, left


_WORD = re.compile(r"\S+")


def _marks(word: str) -> int:
    """How many combining marks a word holds (a repair must not add any)."""
    return sum(unicodedata.combining(c) > 0 for c in word)
