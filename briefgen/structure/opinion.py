"""Opinion pages: editorials, op-eds, columns and readers' letters, told by how they say so.

An editorial argues; its sentences are the writer's judgments ("made a reasonable
decision", "Good for the attorney general"), and the facts it retells are chosen to make
its case. The summary's judgments and figures and the timeline's facts are the reports'
own, told in the reporter's voice, so an opinion page supplies none of them. A page says
it is one where a reader would see it: a label line above its text ("Opinion",
"EDITORIAL", "LETTERS", "Op-Ed"), wire copy's lead-in ("The New York Times said in an
editorial on Thursday, April 6:"), its title ("Opinion | ..."), its address
(``/opinion/``, ``/editorials/``, ``/commentisfree/``), or the line an op-ed closes on,
introducing its writer, who appears nowhere in the text above ("Jane Roe, a law professor,
is a member of the Board of Contributors."). These are conventions of how newspapers
and wires label their pages, not of any publisher or story.

A page of signed readers' letters is already marked by the structure stage (its letters
are ``comment`` blocks, never read: ``comments``); a labelled page is still read, as what
the people it quotes said is theirs, but its writer's own voice supplies nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from briefgen.models import Document

__all__ = ["is_opinion", "opinion_pages"]

# The page's opening, where a label or a wire's lead-in stands (before the lede).
OPENING_CHARS = 400
OPENING_LINES = 4
_KIND = r"(?:opinion|editorial|op-?ed|letters?(?:\s+to\s+the\s+editor)?|commentary|column)"
# A line that is only a label: "Opinion", "EDITORIAL:", "LETTERS.", "Op-Ed |".
_LABEL = re.compile(rf"^\W*{_KIND}\W*$", re.I)
# A wire's lead-in to a newspaper's editorial: "The New York Times says in an editorial on
# Thursday, Jan. 6:", "... said in an editorial Friday:".
_LEAD_IN = re.compile(r"\b(?:says|said|writes|wrote)\s+in\s+(?:an|its|a)\s+editorial\b", re.I)
# A title labelled as such: "Opinion | Why ...", "Editorial: ...", "... - Op-Ed".
_TITLE = re.compile(rf"^\W*{_KIND}\s*[:|–—-]|[|–—-]\s*{_KIND}\W*$", re.I)
# An op-ed's closing line introducing its writer: "Jane Roe, a retired judge, is ...",
# "Mr. Roe is director of ...", "Jane Roe taught politics at ...".
_SIGN_OFF = re.compile(
    r"^(?!(?:The|A|An|This|That|It)\b)(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}(?P<last>[A-Z][\w'’-]+)),?"
    r"\s+(?:(?:a|an|the)\s+[^.]{0,160}?,\s+)?(?:(?:is|was|has\s+been)\s+(?!\w+ing\b)|(?:teaches|taught|writes)\b)"
)
# A closing line reporting speech is the story's last quote, not its writer's line.
_SPEECH = re.compile(r"\b(?:said|says|told|tells)\b|[\"“”]")
SIGN_OFF_WORDS = 60
# An address in an opinion section.
_PATH = re.compile(r"/(?:opinions?|editorials?|commentisfree|op-?eds?|columns?)/", re.I)


def is_opinion(document: Document) -> bool:
    """Whether ``document`` says it is an editorial, op-ed, column or readers' letter."""
    return _says_opinion(document.title or "", document.url or "", document.text)


@lru_cache(maxsize=1024)
def _says_opinion(title: str, url: str, text: str) -> bool:
    """``is_opinion`` once per page: every shown sentence asks it of its page."""
    if _TITLE.search(title) or _PATH.search(url):
        return True
    opening = text[:OPENING_CHARS]
    lines = [line.strip() for line in opening.splitlines() if line.strip()][:OPENING_LINES]
    # Two label shapes in a flattened page: "Headline.  LETTERS.  Body" on one line.
    parts = [p.strip() for line in lines for p in re.split(r"(?<=[.:])\s{2,}", line)]
    if any(_LABEL.match(p) for p in parts):
        return True
    return any(_LEAD_IN.search(line) for line in lines) or _signed_off(text)


def _signed_off(text: str) -> bool:
    """Whether the text's last paragraph introduces a writer it never names above."""
    body = text.rstrip()
    start = max(body.rfind("\n"), -1) + 1
    last = body[start:].strip()
    found = _SIGN_OFF.match(last)
    if not body[:start].strip():
        return False  # a one-paragraph text has no closing line apart from its story
    if found is None or len(last.split()) > SIGN_OFF_WORDS or _SPEECH.search(last):
        return False
    surname = re.compile(rf"\b{re.escape(found.group('last'))}\b")
    return surname.search(body[:start]) is None


def opinion_pages(documents: Iterable[Document]) -> frozenset[str]:
    """The ids of the ``documents`` that are opinion pages."""
    return frozenset(d.id for d in documents if is_opinion(d))
