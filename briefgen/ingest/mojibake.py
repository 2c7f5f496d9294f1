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
# A later step that decomposed the text for compatibility (NFKD) wrote the spacing accents
# of a misread sequence as a space and a combining mark: "Ã¨" (è) became "Ã ̈", and where
# the space was dropped too, "Ã̈". The accent is written back before the repair, so
# "SégolÃ ̈ne" is one word again and reads "Ségolène". Only the accents whose spacing form
# is a byte of Windows-1252 can have been a misread byte: diaeresis, acute, cedilla,
# macron, small tilde.
_SPLIT = re.compile("([ÃÂ]) ?([\u0308\u0301\u0327\u0304\u0303])")
_SPACING = {
    "\u0308": "\u00a8",
    "\u0301": "\u00b4",
    "\u0327": "\u00b8",
    "\u0304": "\u00af",
    "\u0303": "\u02dc",
}
# What is left of a misread letter that lost its second byte ("RaÃol", once "Raúl"): the
# lead "Ã" or "Â" inside a lower-case word, where no language writes a capital. No table
# gives the letter back; the word is counted as left garbled, never as repaired.
_STRAY = re.compile(r"(?<=[a-zß-öø-ÿ])[ÃÂ]")
# What every match of ``_MISREAD`` and ``_STRAY`` starts with, in a text before it is
# composed (NFC): the letters, or the combining tilde and circumflex that compose them.
_MISREAD_STARTS = ("Ã", "Â", "â", "\u0303", "\u0302")


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
    # A misread sequence starts with "Ã", "Â" or "â", written composed or as a letter and
    # a combining tilde or circumflex: a text holding none of these has nothing to repair
    # (most texts; normalising and scanning each whole page was half of ingest's time).
    if not any(c in text for c in _MISREAD_STARTS):
        return text, 0, 0
    # A text decomposed after it was misread writes "Ã" as "A" and a combining tilde: the
    # sequences are looked for, and repaired, in the composed form.
    composed_text = unicodedata.normalize("NFC", text)
    if not (_MISREAD.search(composed_text) or _STRAY.search(composed_text)):
        return text, 0, 0
    from ftfy import fix_encoding

    if _SPLIT.search(composed_text):
        text = _rejoined(text)
    count = left = 0

    def fix(word: re.Match[str]) -> str:
        nonlocal count, left
        composed = unicodedata.normalize("NFC", word[0])
        if not _MISREAD.search(composed):
            left += bool(_STRAY.search(composed))
            return word[0]
        fixed = fix_encoding(composed)
        if (
            fixed == composed
            or _MISREAD.search(fixed)
            or _STRAY.search(fixed)
            or _marks(fixed) > _marks(composed)
        ):
            left += 1
            return word[0]
        count += 1
        return fixed

    return _WORD.sub(fix, text), count, left


_WORD = re.compile(r"\S+")


def _rejoined(text: str) -> str:
    """``text`` with each misread lead whose accent was split off ("Ã ̈") written whole
    again ("Ã¨"), in the composed form; the rest of the text as it was."""
    out = []
    last = 0
    for word in _WORD_OR_SPLIT.finditer(text):
        composed = unicodedata.normalize("NFC", word[0])
        if _SPLIT.search(composed):
            out.append(text[last : word.start()])
            out.append(_SPLIT.sub(lambda m: m[1] + _SPACING[m[2]], composed))
            last = word.end()
    out.append(text[last:])
    return "".join(out)


# a word, taking in a space followed by a combining mark (the split-off accent)
_WORD_OR_SPLIT = re.compile(r"(?:\S| (?=[\u0300-\u036f]))+")


def _marks(word: str) -> int:
    """How many combining marks a word holds (a repair must not add any)."""
    return sum(unicodedata.combining(c) > 0 for c in word)
