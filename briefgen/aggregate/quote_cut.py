"""Where a statement too long for a profile is cut: after its last whole sentence that
fits, and whether it holds none (the cut would fall before its point).
"""

from __future__ import annotations

import re

from briefgen.models import Position

# What a profile prints of a statement (``render.context.QUOTE_LIMIT``); a longer one is
# cut after its last whole sentence that fits, and when none does, inside its one long
# sentence, before the speaker's point, which tends to come last ("…, the long-term trend
# is people get…"): such a statement (``cut_inside``) is shown only when the actor
# has no other, a shorter profile rather than a line without its point.
SHOWN_CHARS = 300
# A sentence's end inside a statement: a stop (not an initial's, "George H.W. Bush", nor
# a two-letter title's, "Mr.") and a space before a capital.
_QUOTE_MARK = re.compile(r"[“”\"]")
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?](?=\s+[“\"‘']?[A-Z])")


def whole_sentences_end(text: str, limit: int = SHOWN_CHARS) -> int | None:
    """Where the last whole sentence of ``text`` that ends before ``limit`` (and past a
    third of it) ends, or None: the place to cut a statement too long to print. Only
    before its first quotation mark: past it the narration may speak ("…,” Trump told
    Yahoo. “And …"), which the profile shows as " … " only when the whole is printed."""
    mark = _QUOTE_MARK.search(text, 1)
    stop = min(limit - 1, mark.start() if mark else len(text))
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, stop) if m.end() >= limit // 3]
    return ends[-1] if ends else None


def cut_inside(p: Position) -> bool:
    """Whether ``p`` is too long to print and holds no whole sentence that fits: the
    profile would cut it before its point ("the long-term trend is people get…")."""
    shown = p.shown or p.text  # as the profile prints it (``render.actorviews``)
    return len(shown) > SHOWN_CHARS and whole_sentences_end(shown) is None
