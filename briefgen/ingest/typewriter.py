"""Wire copy's typewriter markup read as the typography it stands for; same length.

Newswire text as LDC and the agencies' old feeds deliver it (AP, NYT News Service) writes
an opening quotation mark as two backticks and a closing one as two apostrophes
(``Nothing is certain,'' said ...), a dash as a lone underscore between spaces, and
typesetting codes as ``&QL;``-style entities. The quotation and attribution code looks for
quotation marks, so a quotation left in backticks is never found. Each mark is replaced by
its character padded with a space, and a code by spaces: every offset into the text stays
the offset into the file the document was read from (the JSON's provenance points there),
and shown sentences collapse the padding (``shown.clean``).
"""

from __future__ import annotations

import re

__all__ = ["read_typewriter"]

# Two backticks are the sure sign of the convention: no other text writes them. Some wire
# copy opens with two apostrophes too (''Here, no one gives up!''): two of them glued to
# the word after a space or a line's start are a quotation opened. A text with neither
# keeps its apostrophes as they are ("the '' key", a code listing).
_OPENS = "``"
_APOSTROPHES_OPEN = re.compile(r"(?:^|(?<=\s))''(?=[\w‘`])", re.M)
# Two apostrophes open a quotation when a word follows them and nothing is glued before
# (``''Here, no one gives up!'' Castro declared``); otherwise they close one.
_APOSTROPHES = re.compile(r"''")
# A single backtick before a word opens a quotation inside a quotation (`mafia').
_INNER_OPEN = re.compile(r"(?<![`\w])`(?=\w)")
# The wire's dash: an underscore standing between spaces ("three people _ a doctor").
_DASH = re.compile(r"(?<= )_(?=\s)|(?<=\S )_$", re.M)
# Typesetting codes (``&QL;`` quad left, ``&UR;``, ``&LR;`` rules): two capitals are no
# HTML entity but &GT; and &LT;, which are kept for the reader that decodes them.
_CODE = re.compile(r"&(?!(?:GT|LT);)[A-Z]{2};")


def read_typewriter(text: str) -> str:
    """``text`` with wire markup read (see the module): dashes and codes always, for no
    other text writes them so; apostrophes and backticks only in a text that opens a
    quotation with them."""
    # Each pattern is run only over a text holding the character it starts with: most
    # texts hold none of them, and each pattern's scan of a whole page is what ingest
    # spent most of its time on (docs/scale.md Part CU).
    if " _" in text:  # both of the dash's forms stand after a space
        text = _DASH.sub("—", text)
    if "&" in text:
        text = _CODE.sub(lambda m: " " * len(m.group()), text)
    if _OPENS not in text and ("''" not in text or not _APOSTROPHES_OPEN.search(text)):
        return text
    text = text.replace(_OPENS, " “")
    text = _APOSTROPHES.sub(lambda m: _apostrophes(text, m.start()), text)
    return _INNER_OPEN.sub("‘", text)


def _apostrophes(text: str, at: int) -> str:
    """Two apostrophes at ``at`` as an opening or a closing mark, padded to two."""
    before = text[at - 1] if at else " "
    after = text[at + 2] if at + 2 < len(text) else " "
    if (before.isspace() or before in "([") and not after.isspace():
        return " “"
    return "” "
