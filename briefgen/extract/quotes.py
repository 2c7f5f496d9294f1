"""Quotation spans in messy text: curly and straight marks, unbalanced marks, quotations
running over several paragraphs that each reopen the mark.

A quotation is found paragraph by paragraph (a paragraph is a line of text). Single quote
marks count only as a matched pair opened at a word start and closed at a word end, so a
possessive apostrophe (``officials' views``, ``Putin’s``) is never taken for a quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A quotation a sentence holds, in double marks, curly or straight: the speaker's words,
# not the writer's.
QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")
# The same with single curly marks too, where a shown sentence is read for the writer's
# own words (a headline's or a nested quotation's ‘…’ is a quotation there as well).
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’")


def without_quotations(text: str) -> str:
    """``text`` with each quotation blanked to spaces, every offset kept: the writer's
    words only."""
    return QUOTATION.sub(lambda q: " " * len(q.group(0)), text)


def open_at(text: str, offset: int) -> bool:
    """Whether a double-marked quotation opened in the paragraph is still open at
    ``offset``: the paragraph is the line of text, and wire copy's two backquotes and
    two apostrophes count as straight marks."""
    before = text[text.rfind("\n", 0, offset) + 1 : offset]
    straight = before.count('"') + before.count("``") - before.count("''")
    return straight % 2 == 1 or before.count("“") > before.count("”")


OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")
_SINGLE = re.compile(r"(?<![\w'’])[‘'](?=[A-Z])([^‘’'\n]{10,}?[\w.,!?])[’'](?![\w])")


@dataclass(frozen=True)
class Quote:
    """Text inside quotation marks: [start, end) excludes the marks themselves."""

    start: int
    end: int
    opened: bool  # an opening mark was seen
    closed: bool  # a closing mark was seen
    continues: bool = False  # the quotation goes on from the previous paragraph


def _mark_role(text: str, i: int, is_open: bool) -> str:
    """'open' or 'close' for a quote mark at i; straight marks are judged by their context."""
    ch = text[i]
    if ch in OPENING:
        return "open"
    if ch in CLOSING:
        # "concluded”: text" – a closing mark right before a colon opens what follows
        return "open" if text[i + 1 : i + 2] == ":" and not is_open else "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after == ":" and not is_open:
        return "open"
    if before == ":":  # 'commented:"This is …' opens, whatever was open before
        return "open"
    if before.isspace() or before in "([—–-/":
        return "open" if not after.isspace() else ("close" if is_open else "open")
    if after.isspace() or after in ".,;:!?)]—–-…":
        return "close"
    return "close" if is_open else "open"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ":,"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str) -> list[Quote]:
    """Every quotation span of a text, in order; an unbalanced mark runs to its line's edge."""
    quotes: list[Quote] = []
    pending_continue = False
    for line in _LINE.finditer(text):
        lstart, lend = line.start(), line.end()
        opened_at: int | None = None
        previous_open, pending_continue = pending_continue, False
        line_quotes: list[Quote] = []
        skip_to = lstart
        for i in range(lstart, lend):
            ch = text[i]
            if i < skip_to or (ch not in OPENING and ch not in CLOSING and ch != STRAIGHT):
                continue
            role = _mark_role(text, i, opened_at is not None)
            if role == "open":
                inner = _inner_pair(text, i, lend) if opened_at is not None else None
                if inner is not None:
                    # 'the UN "Blue Helmets" [peacekeepers] possess …' inside an open
                    # quotation: a short title or phrase quoted within it, which
                    # closes neither
                    skip_to = inner + 1
                    continue
                if opened_at is not None:
                    # reopened without closing: the unclosed quotation ends with its first
                    # sentence, since the narrative has resumed before the new mark
                    stop = _SENTENCE_END.search(text, opened_at, i)
                    a, b = _trim(text, opened_at, stop.start() + 1 if stop else i)
                    if b > a:
                        line_quotes.append(Quote(a, b, True, False))
                opened_at = i + 1
            else:
                if opened_at is not None:
                    a, b = _trim(text, opened_at, i)
                    cont = previous_open and not line_quotes and opened_at - 1 == lstart
                    if b > a:
                        line_quotes.append(Quote(a, b, True, True, cont))
                    opened_at = None
                else:  # a closing mark with no opening: the quotation began the sentence
                    start = line_quotes[-1].end + 1 if line_quotes else lstart
                    colon = text.rfind(":", start, i)
                    start = colon + 1 if colon >= 0 else start
                    a, b = _trim(text, start, i)
                    if b - a > 15:
                        line_quotes.append(Quote(a, b, False, True))
        if opened_at is not None:
            a, b = _trim(text, opened_at, lend)
            cont = previous_open and not line_quotes and opened_at - 1 == lstart
            if b > a:
                line_quotes.append(Quote(a, b, True, False, cont))
            # the next paragraph may reopen the mark to continue this quotation
            pending_continue = True
        quotes.extend(line_quotes)
    quotes.extend(_single_quotes(text, quotes))
    quotes.sort(key=lambda q: q.start)
    return quotes


INNER_WORDS = 5


def _inner_pair(text: str, i: int, lend: int) -> int | None:
    """The closing mark of a short quotation opened at ``i`` inside an open one: the next
    mark closes it within a few words of the same sentence and the sentence goes on."""
    for k in range(i + 1, min(lend, i + 80)):
        ch = text[k]
        if ch in ".!?" and text[k + 1 : k + 2].isspace():
            return None
        if ch in OPENING or ch in CLOSING or ch == STRAIGHT:
            if _mark_role(text, k, True) != "close":
                return None
            words = text[i + 1 : k].split()
            after = text[k + 1 : k + 3].strip()
            if 0 < len(words) <= INNER_WORDS and after[:1] not in ("", ".", "!", "?"):
                return k
            return None
    return None


def _single_quotes(text: str, doubles: list[Quote]) -> list[Quote]:
    """Quotations in single marks, outside any double-quoted span."""
    out = []
    for m in _SINGLE.finditer(text):
        a, b = m.start(1), m.end(1)
        if len(text[a:b].split()) < 3:
            continue
        if any(q.start <= a < q.end or q.start < b <= q.end for q in doubles):
            continue
        out.append(Quote(a, b, True, True))
    return out
