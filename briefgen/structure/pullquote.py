"""Pull quotes: a sentence of the article printed again, large, beside it.

Pages set a striking line from the article apart as a pull quote ("She was a really nice
lady …"), and scraping runs it, without its closing stop, into the paragraph after it.
Its sign is that the same words stand elsewhere in the page, inside a longer paragraph
("She added: 'She was a really nice lady …'"). Read twice, it would count twice; read
glued, it garbles the sentence after it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from briefgen.models import BlockKind
from briefgen.structure.shapes import words
from briefgen.structure.units import Unit

# A repeat shorter than this may be a common phrase, not a quotation.
MIN_WORDS = 6
# Glued pull quotes are short; only the opening words of a line are tried.
MAX_WORDS = 40
MAX_CUTS = 8
MAX_CHARS = 400  # about ``MAX_WORDS`` words
# Searching each line's opening in the whole page is quadratic; very long pages (a
# transcript, a forum dump) are left alone.
MAX_PAGE_CHARS = 200_000
# The longer paragraph the words are found in holds more than the quote.
LONGER_BY = 10
HEAD_WORDS = 3

# The end of a phrase run into a capitalised word: where a glued pull quote may end.
_BREAK = re.compile(r"(?<=[a-z0-9'’\"”])[.!?]?[\"”’']?\s+(?=[\"“‘']?[A-Z])")
# A given name before a middle initial ("was Donald J. Trump, who …"): the words run on
# inside one name, whatever repeats up to the given name (a page's abstract repeating its
# lede) ends no quotation there.
_GIVEN_NAME_END = re.compile(r"(?<![\w'’-])[A-Z][a-z]+$")
_MIDDLE_INITIAL = re.compile(r" +(?:[A-Z]\. ?){1,2} *[A-Z][a-z]")

_QUOTES = " \"“”‘’'"
# A pull quote's attribution printed after it, run into the paragraph that follows: the
# speaker's name, a comma and a capitalised role, up to a word that opens a sentence ("…
# about the disease Sir Liam Donaldson, England's Chief Medical Officer The Department of
# Health added …"). Left there, the name reads as the next sentence's subject.
_ROLE_WORD = r"(?:[A-Z][\w'’.&-]*|of|the|and|for|on|in|at)"
_ATTRIBUTION = re.compile(
    r"\s*(?:(?:Sir|Dame|Dr|Prof|Lord|Lady)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+"
    r"[A-Z][\w'’.&-]*(?:\s+" + _ROLE_WORD + r"){0,7}?"
    r"(?=\s+(?:The|A|An|In|On|At|But|He|She|It|They|We|This|That|His|Her|Their)\s)"
)


def _before_middle_initial(text: str, at: int) -> bool:
    """Whether a capitalised word ends at ``at`` and a middle initial and a name follow."""
    return bool(_MIDDLE_INITIAL.match(text, at) and _GIVEN_NAME_END.search(text, 0, at))


def pull_quotes(units: Sequence[Unit], kinds: Sequence[BlockKind]) -> dict[int, int]:
    """Body units that open with a pull quote glued to a paragraph: index → where the quote
    ends in the unit's text. A line that is only a repeat is left alone: which of two
    copies is the quote and which the article is not told by the words."""
    if sum(len(u.text) for u in units) > MAX_PAGE_CHARS:
        return {}
    flat = [" ".join(u.text.split()) for u in units]
    starts = list(itertools.accumulate((len(f) + 1 for f in flat), initial=0))
    page = "\n".join(flat)
    found: dict[int, int] = {}
    for i, unit in enumerate(units):
        if kinds[i] != "body":
            continue
        opening = " ".join(unit.text.split(maxsplit=HEAD_WORDS)[:HEAD_WORDS]).strip(_QUOTES)
        first = page.find(opening)
        if not opening or page.find(opening, first + 1) < 0:
            continue  # its first words are written once: no repeat starts here
        ends = [
            m.start()
            for m in _BREAK.finditer(unit.text, 0, MAX_CHARS)
            if not _before_middle_initial(unit.text, m.start())
        ][:MAX_CUTS]
        for end in reversed(ends):  # the longest opening that is a repeat
            quote = " ".join(unit.text[:end].split()).strip(_QUOTES).rstrip(".!?").strip(_QUOTES)
            n = len(words(quote))
            if MIN_WORDS <= n <= MAX_WORDS and _said_elsewhere(page, starts, flat, quote, i):
                signed = _ATTRIBUTION.match(unit.text, end)
                found[i] = signed.end() if signed else end
                break
    return found


def _said_elsewhere(page: str, starts: list[int], flat: list[str], quote: str, unit: int) -> bool:
    """Whether ``quote`` stands in another, longer line of the page."""
    at = page.find(quote)
    while at >= 0:
        j = bisect.bisect_right(starts, at) - 1
        if j != unit and len(flat[j]) >= len(quote) + LONGER_BY:
            return True
        at = page.find(quote, at + 1)
    return False
