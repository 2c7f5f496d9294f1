"""Source numbers and the cut of a quoted text: what every view of the brief cites with.

Sources are numbered by their order in ``brief.documents``, starting at 1.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import replace

from briefgen.aggregate.quote_cut import SHOWN_CHARS, whole_sentences_end
from briefgen.extract.textview import display
from briefgen.models import Cited, Document, Evidence
from briefgen.render.views import CitedView
from briefgen.when import label as readable

log = logging.getLogger(__name__)

QUOTE_LIMIT = SHOWN_CHARS  # what key positions are ranked by
SENTENCE_LIMIT = 420


def trim(text: str, limit: int = QUOTE_LIMIT) -> str:
    """Drop Markdown residue, collapse whitespace, and cut ``text`` at a word boundary
    before ``limit``, adding '…'."""
    text = display(text or "")
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # a whole sentence reads; a clause cut before its point does not ("…, the long-term
    # trend is people get…"): cut after the last sentence that fits, if a third does
    end = whole_sentences_end(text, limit)
    if end is not None:
        return text[:end].rstrip() + " …"
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"


class Citer:
    """Maps document ids (or evidence) to source numbers."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self.documents = {doc.id: doc for doc in documents}
        self.numbers = {doc: n for n, doc in enumerate(self.documents, start=1)}

    def __call__(self, refs: Iterable[Evidence | str]) -> tuple[int, ...]:
        found = set()
        for ref in refs:
            doc = ref if isinstance(ref, str) else ref.doc
            if doc in self.numbers:
                found.add(self.numbers[doc])
            else:
                log.debug("citation to unknown document %r dropped", doc)
        return tuple(sorted(found))


def cited(item: Cited, cite: Citer, limit: int = SENTENCE_LIMIT) -> CitedView:
    return CitedView(trim(item.text, limit), cite(item.evidence))


# A date the brief filled in ("on Friday [26 June 2009]"): the text says when.
_STATED_DAY = re.compile(r"\[[^\]]*\b\d{4}\]")


def dated_figure(item: Cited, cite: Citer, limit: int = SENTENCE_LIMIT) -> CitedView:
    """A key figure, with the day its first source reported it when its text states none:
    a count or a share holds on a day ("70,893 cases"), and a figure from a source months
    before the others reads as today's without it."""
    view = cited(item, cite, limit)
    if _STATED_DAY.search(view.text):
        return view
    days = sorted(
        doc.date for e in item.evidence if (doc := cite.documents.get(e.doc)) and doc.date
    )
    return replace(view, when=reported(days[0] if days else None))


def reported(day: str | None) -> str:
    """ "reported 16 September 2016", or "" for no day."""
    label = readable(day, empty="")
    return f"reported {label}" if label else ""


def anchor(prefix: str, ident: str) -> str:
    return f"{prefix}-" + re.sub(r"[^A-Za-z0-9_-]+", "-", ident).strip("-")
