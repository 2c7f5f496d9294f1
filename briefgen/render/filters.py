"""The filters every template environment has: ``md`` (Markdown escaping) and ``stop`` (the
full stop a list entry's part needs after it, unless the part ends on its own mark)."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")

# A part that ends a sentence itself: a final ".", "?" or "!", also inside closing quotes
# ("… in N.Y.", "Is it over?", "… ‘No Place In A Campaign.’").
_ENDED = re.compile(r"[.?!…][\"'’”)\]]*\s*$")


def md_escape(text: object) -> str:
    """Escape the characters Markdown (or HTML inside it) would interpret; flatten newlines."""
    flat = re.sub(r"\s+", " ", str(text)).strip()
    return _SPECIAL.sub(r"\\\1", flat)


def stop(text: object) -> str:
    """The full stop to print after ``text`` in a list entry ("Title. Publisher. Date."):
    none when ``text`` already ends on one, so a headline ending on an abbreviation does not
    print "N.Y.." and a question keeps its own mark."""
    return "" if _ENDED.search(str(text)) else "."


FILTERS = {"md": md_escape, "stop": stop}
