"""Opinion pages: editorials, op-eds, columns, analyses, fact-checks and readers' letters,
told by how they say so.

An editorial argues; its sentences are the writer's judgments ("made a reasonable
decision", "Good for the attorney general"), and the facts it retells are chosen to make
its case. The summary's judgments and figures and the timeline's facts are the reports'
own, told in the reporter's voice, so an opinion page supplies none of them. A page says
it is one where a reader would see it: a label line above its text ("Opinion",
"EDITORIAL", "LETTERS", "Op-Ed", "News Analysis", "Fact check"), the disclaimer a
column carries ("The views expressed are his own"), wire copy's lead-in ("The New York
Times said in an editorial on Thursday, April 6:"), its title ("Opinion | ..."), its address
(``/opinion/``, ``/editorials/``, ``/commentisfree/``), or the line an op-ed closes on,
introducing its writer, who appears nowhere in the text above ("Jane Roe, a law professor,
is a member of the Board of Contributors."). These are conventions of how newspapers
and wires label their pages, not of any publisher or story.

A column a scraper kept without its label still says what it is by its voice
(``essay_voice``, asked by the summary through ``is_column``): its writer speaks in the
first person ("We have gone demented", "I suppose the world is ready") more often than the
page reports anyone's words. A news report's "we" and "I" are its speakers', inside
quotations or beside the verb that attributes them ("We have no treatment," the farmer
said), so a first-person sentence next to a reporting verb, or trailing off in a comma
where a scraper dropped the quotation marks, is not counted as the writer's.

A page of signed readers' letters is already marked by the structure stage (its letters
are ``comment`` blocks, never read: ``comments``); a labelled page is still read, as what
the people it quotes said is theirs, but its writer's own voice supplies nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from briefgen import speech_verbs
from briefgen.kept_verdicts import memo
from briefgen.models import Block, Document
from briefgen.structure.model import extraction_view

__all__ = ["essay_voice", "is_column", "is_opinion", "opinion_pages"]

# The page's opening, where a label or a wire's lead-in stands (before the lede).
OPENING_CHARS = 400
OPENING_LINES = 4
_KIND = (
    r"(?:opinion|editorial|op-?ed|letters?(?:\s+to\s+the\s+editor)?|commentary|column"
    r"|(?:news\s+)?analysis|fact[- ]?check)"
)
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
_SPEECH = re.compile(
    rf"\b{speech_verbs.alternation(speech_verbs.forms(speech_verbs.CORE, 'past', 'third'))}\b"
    r"|[\"“”]"
)
SIGN_OFF_WORDS = 60
# The disclaimer a column or a guest essay carries, before or after its text: "The views
# expressed are his own", "Any opinions are the author's own", "The opinions expressed in
# this commentary are solely those of the author". A note on readers' comments ("Views
# expressed in the comments do not represent ...") disowns them, and says nothing of the
# page's own text.
_DISCLAIMER = re.compile(
    r"\b(?:views|opinions)\s+(?:expressed\s+)?(?:here\s+|in\s+this\s+\w+\s+)?are\s+"
    r"(?:solely\s+|entirely\s+)?(?:(?:his|her|their|the\s+(?:author|writer|columnist)['’]s)"
    r"\s+own|those\s+of\s+the\s+(?:author|writer|columnist)s?)\b",
    re.I,
)
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
    if _DISCLAIMER.search(text):
        return True
    return any(_LEAD_IN.search(line) for line in lines) or _signed_off(text)


def is_column(document: Document) -> bool:
    """Whether ``document`` is an opinion page (``is_opinion``) or, unlabelled, speaks in
    its writer's voice (``essay_voice``): a page that supplies no judgment or figure of
    the summary. The timeline and the key positions ask only ``is_opinion``: a column's
    dated background and its writer's stated views are still theirs to show."""
    if is_opinion(document):
        return True
    return _voiced(document.text, tuple(document.blocks))


def _voiced(text: str, blocks: tuple[Block, ...]) -> bool:
    """Whether the page's body speaks in its writer's voice: within a build, answered from
    the verdicts the folder's last build kept where it holds one (``kept_verdicts``: the
    summary asks it of every page, ~0.3 CPU s at 800 articles), a pure function of the
    body's text."""
    kept = memo("essay_voice")
    if kept is None:
        return _voiced_here(text, blocks)
    return kept.verdict(extraction_view(text, blocks), essay_voice)


@lru_cache(maxsize=1024)
def _voiced_here(text: str, blocks: tuple[Block, ...]) -> bool:
    # the writer's voice in the body only: readers' comments below it speak for themselves
    return essay_voice(extraction_view(text, blocks))


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


# The writer's own first person; "I" only before a verb ("I suppose", "I've"), not a
# numeral ("World War I").
_FIRST_PERSON = re.compile(
    r"(?<![\w.])(?:I(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)|(?:[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur"
    r"|[Oo]urselves)\b)"
)
# A verb attributing words to someone: the sentence, and its neighbours, are reported speech.
_REPORTS = re.compile(
    r"\b(?:said|says|told|tells|according\s+to|added|announced|asked|explained|recalled|noted"
    r"|stated)\b"
)
# Quotations, one left open running to its paragraph's end ("''" is a plain-text scrape's).
_QUOTATION = re.compile(r"“[^”]*”?|\"[^\"]*\"?|''.*?(?:''|$)|‘[^’]*’(?!\w)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# The writer speaks in at least this many sentences, and this share of them: one aside in
# a report ("as we reported yesterday") is no column.
ESSAY_SENTENCES = 4
ESSAY_SHARE = 0.05
ESSAY_MIN_WORDS = 4


def essay_voice(text: str) -> bool:
    """Whether the writer of ``text`` speaks in the first person, outside quotations and
    away from reported speech, in at least ``ESSAY_SENTENCES`` sentences (and
    ``ESSAY_SHARE`` of them), and in no fewer sentences than report anyone's words: a
    column or a blog post, not a report."""
    sentences = [
        s.strip()
        for paragraph in text.splitlines()
        for s in _SENTENCE_END.split(_QUOTATION.sub(" ", paragraph))
        if len(s.split()) >= ESSAY_MIN_WORDS
    ]
    reports = [_REPORTS.search(s) is not None for s in sentences]
    voice = 0
    for i, sentence in enumerate(sentences):
        near = reports[max(0, i - 1) : i + 2]
        if any(near) or sentence.endswith(","):
            continue  # reported speech, or a quotation whose marks were lost
        voice += _FIRST_PERSON.search(sentence) is not None
    return (
        voice >= ESSAY_SENTENCES and voice >= ESSAY_SHARE * len(sentences) and sum(reports) <= voice
    )


def opinion_pages(documents: Iterable[Document]) -> frozenset[str]:
    """The ids of the ``documents`` that are opinion pages."""
    return frozenset(d.id for d in documents if is_opinion(d))
