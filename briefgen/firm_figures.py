"""A firm's result told with no firm: "Net for the nine months was $254 million".

Business copy names the company in its lede ("Compaq Computer Corp. said third-quarter
net rose …") and then goes on with bare figures: "Sales in the latest quarter were $8.59
billion", "Net for the nine months was …". Whose sales, only the sentences before say.
When the article names one organisation before the sentence (in the ``REACH`` sentences
just before, or at all), the editorial convention names it in brackets ("[Compaq's] net
for the nine months was …"); otherwise the sentence is not shown alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefgen.models import Extraction
from briefgen.standalone import REACH

__all__ = ["figure_owner"]

# A result as the sentence's subject, with no owner: "Net for the nine months", "Sales in
# the latest quarter", "Third-quarter earnings", "Operating profit". A possessive or a
# name before it ("Compaq's net", "Du Pont sales") says whose; so does "of" after it.
_RESULT = re.compile(
    # a time set before it: "In the first nine months, profit rose 10%"
    r"^(?:(?:in|for|during)\s+the\s+[\w\s.-]{3,40},\s+)?"
    r"(?:(?:(?:first|second|third|fourth|three|six|nine)-(?:quarter|month)|quarterly|annual"
    r"|full-year|fiscal|pretax|pre-tax|operating|per-share)\s+)?"
    r"(?:net\s+|total\s+)?(?:net|(?:interest\s+)?income|sales|revenues?|earnings|profits?"
    r"|loss(?:es)?|turnover|assets|deposits|loans)"
    r"(?:\s+(?:income|profit|loss|earnings))?"
    r"\s+(?:for|in|during|of\s+the|rose|fell|was|were|jumped|dropped|declined|increased"
    r"|climbed|slipped|totaled|totalled|amounted|reached|came)\b",
    re.I,
)


def figure_owner(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` (shown for the sentence at ``start``) with a result it opens on and
    gives no owner ("Sales in the latest quarter were $8.59 billion") owned, in brackets,
    by the one organisation the document names before it; None when it names several
    or none; ``text`` when the sentence opens on no such result or names its owner."""
    m = _RESULT.match(text)
    if m is None:
        return text
    if extraction is None:
        return None
    end = start + len(text)
    if any(x.type == "org" and start <= x.start < end for x in extraction.mentions):
        return text  # "Sales at Du Pont rose …": the sentence's own
    owner = _one_org(start, extraction)
    if owner is None:
        return None
    return f"[{owner}'s] {text[:1].lower()}{text[1:]}"


def _one_org(start: int, extraction: Extraction) -> str | None:
    """The one organisation the ``REACH`` sentences before ``start`` name; failing any,
    the one the document names before them (a lede's company the figures go on about)."""
    bounds = [lo for lo, _ in extraction.sentences]
    here = bisect_right(bounds, start) - 1
    near = bounds[max(0, here - REACH)] if here >= 0 else start
    orgs = [
        x
        for x in extraction.mentions
        if x.type == "org" and x.kind in ("name", "acronym") and x.start < start
    ]
    for since in (near, 0):
        names = {x.text for x in orgs if since <= x.start}
        if names:
            return names.pop() if len(names) == 1 else None
    return None
