"""A firm taken up by its kind: "the bank had assets of $511 million", named in brackets.

Business copy names a firm once ("La Jolla is the parent company of La Jolla Bank & Trust
Co.") and goes on with "the bank", "the company". Out of the article, "the bank had
assets of $511 million, Security Pacific said" reads as the speaker's own bank. When the
sentences just before name exactly one organisation whose name holds that word, the
editorial convention names it in brackets ("the bank [La Jolla Bank & Trust Co.]"); the
sentence is otherwise left as it is, for the other checks to judge.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefgen.extract.quotes import QUOTATION
from briefgen.models import Extraction
from briefgen.standalone import REACH

__all__ = ["firm_named"]

# The kinds a firm's own name often holds ("… Bank & Trust Co.", "… Group", "… Fund").
# A name after the noun, "of", or a bracket says which already.
_FIRM = re.compile(
    r"\b[Tt]he\s+(bank|company|group|fund|trust|bancorp)\b"
    r"(?!\s+(?:of\b|[A-Z(\[])|['’]s\s+[A-Z]|-)"
)


def firm_named(text: str, start: int, extraction: Extraction | None) -> str:
    """``text`` (shown for the sentence at ``start``) with its first bare "the bank"
    followed by the one organisation the ``REACH`` sentences before name with "Bank" in
    its name, in brackets; ``text`` when the sentence names such a firm itself, or the
    sentences before name none or several."""
    if extraction is None:
        return text
    quoted = [q.span() for q in QUOTATION.finditer(text)]
    m = next(
        (m for m in _FIRM.finditer(text) if not any(a <= m.start() < b for a, b in quoted)),
        None,
    )
    if m is None:
        return text
    word = re.compile(rf"\b{m[1]}\b", re.I)
    bounds = [lo for lo, _ in extraction.sentences]
    here = bisect_right(bounds, start) - 1
    since = bounds[max(0, here - REACH)] if here >= 0 else start
    end = start + len(text)
    orgs = [x for x in extraction.mentions if x.type == "org" and word.search(x.text)]
    if any(start <= x.start < end for x in orgs):
        return text  # "Security Bank said the bank …": the sentence's own
    names = {x.text for x in orgs if since <= x.start < start}
    if len(names) != 1:
        return text
    return text[: m.end()] + f" [{names.pop()}]" + text[m.end() :]
