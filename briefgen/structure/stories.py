"""Pages that carry several stories: a paper's "In brief" column, a daily newsletter, a
wire's "The Latest" page of timestamped entries, a "what you missed" roundup.

Such a page is recognised by how it is built, not by what it is called: several short
sections, each opened by its own heading or time line (or a rule between entries). A title
naming the format ("The Latest", "In brief", "roundup", …) is one vote, never enough
alone: a news story may be headlined "The latest poll …".

On such a page each section is a story of its own:

- a section that names none of the corpus's central names (the names most of its
  documents use, with the ``--query`` terms) is another story: its prose is marked
  ``other_story`` and supplies no timeline, chronology or summary item — the one
  well-dated sentence of an unrelated item must not win a slot;
- the line opening each section becomes a ``story_break``: what a sentence's pronoun or
  "the party" points back to is looked for within its own section only
  (``section_start``), so an entry leaning on the entry before it is not shown alone.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefgen.models import Block, Document
from briefgen.structure.model import block_at

__all__ = ["BREAKS", "central_names", "section_start", "sections", "several_stories"]

# Block kinds that open one story of a page carrying several.
BREAKS = frozenset({"live_header", "story_break"})
# A page of several stories has at least this many sections after its opening.
MIN_SECTIONS = 3
# Its sections are short: an item of a digest or an entry of a live page runs to a few
# paragraphs, a long feature's section under a crosshead to many.
SHORT_SECTION_WORDS = 160
# The corpus's central names: the capitalised words the most documents use inside a
# sentence. A corpus on one topic names its actors and places in most of its pages; the
# few most widespread names are its topic, however the corpus is cut.
CENTRAL_NAMES = 12
# A name is central only when this many documents use it (a tiny corpus says little).
MIN_CENTRAL_DOCUMENTS = 3

_FORMAT_TITLE = re.compile(
    r"\b(?:the\s+latest|in\s+brief|briefs?\b|newsletter|round-?up|what\s+you\s+missed|"
    r"(?:morning|evening|daily|weekend)\s+(?:briefing|digest|report)|digest|"
    r"things\s+to\s+know)\b",
    re.IGNORECASE,
)
# A rule between entries: a line of underscores, dashes, asterisks or dots only.
_RULE = re.compile(r"[_\-—–*=~.•·\s]{2,}")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
# A capitalised word inside a sentence: after a lower-case word or a comma.
_NAME_INSIDE = re.compile(r"(?<=[a-z,] )([A-Z][\w’'.-]*[\w])")
_NOT_NAMES = frozenset(
    [
        "I",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "AP",
    ]
)


@dataclass(frozen=True)
class Section:
    """One story of a page: its opening line (a heading, a time, a rule), the text after."""

    opening: int  # index of the break block in the document's blocks
    start: int  # where its prose starts
    end: int


def central_names(documents: Sequence[Document]) -> frozenset[str]:
    """The corpus's central names (``CENTRAL_NAMES`` most widespread, case kept), read in
    the body blocks: the topic a section must share to be one of the corpus's stories."""
    df: Counter[str] = Counter()
    for doc in documents:
        df.update(_names(_prose(doc)))
    top = [(n, c) for n, c in df.most_common(CENTRAL_NAMES) if c >= MIN_CENTRAL_DOCUMENTS]
    return frozenset(n for n, _ in top)


def several_stories(
    documents: Sequence[Document], query: re.Pattern[str] | None = None
) -> list[Document]:
    """Each document, its sections marked when it carries several stories (see above)."""
    central = central_names(documents)
    return [_marked(d, central, query) for d in documents]


def section_start(document: Document, offset: int) -> int:
    """Where the section holding ``offset`` begins on a page of several stories (the end of
    its opening line), else 0: what a sentence points back to is looked for after it."""
    blocks = document.blocks
    if not any(b.kind in BREAKS for b in blocks):
        return 0
    here = block_at(blocks, offset)
    floor = 0
    for b in blocks:
        if b.start > offset or b is here:
            break
        if b.kind in BREAKS:
            floor = b.end
    return floor


def sections(document: Document) -> list[Section]:
    """The sections of ``document`` if it is built as a page of several stories, else []."""
    blocks = document.blocks
    prose = [i for i, b in enumerate(blocks) if b.kind == "body"]
    if not prose:
        return []
    lede = prose[0]
    opens = [i for i in range(lede + 1, len(blocks)) if _opens_section(document, blocks[i])]
    live = sum(blocks[i].kind == "live_header" for i in opens)
    found = _split(document, opens)
    if len(found) < MIN_SECTIONS:
        return []
    words = [_prose_words(document, s) for s in found]
    votes = [
        live >= MIN_SECTIONS - 1,  # entries under their own times: a live page
        statistics.median(words) <= SHORT_SECTION_WORDS,
        bool(_FORMAT_TITLE.search(document.title)),
    ]
    return found if sum(votes) >= 2 else []


def _opens_section(document: Document, block: Block) -> bool:
    if block.kind in ("live_header", "headline"):
        return True
    return block.kind == "furniture" and bool(
        _RULE.fullmatch(document.text[block.start : block.end])
    )


def _split(document: Document, opens: list[int]) -> list[Section]:
    """Sections between the opening lines; consecutive openings ("___" then "9:45 p.m.")
    open one section, and a section with no prose is none. A section runs to the next
    opening: its lines that are no sentences ("Clinton: 2,316.") are part of it."""
    blocks = document.blocks
    out: list[Section] = []
    for n, i in enumerate(opens):
        following = opens[n + 1] if n + 1 < len(opens) else len(blocks)
        body = [b for b in blocks[i + 1 : following] if b.kind == "body"]
        end = blocks[following].start if following < len(blocks) else len(document.text)
        if body:
            out.append(Section(i, body[0].start, end))
    return out


def _marked(document: Document, central: frozenset[str], query: re.Pattern[str] | None) -> Document:
    found = sections(document)
    if not found:
        return document
    blocks = list(document.blocks)
    opening = {s.opening for s in found}
    # every opening line between two sections is a break, the rules and headings alike
    first = min(opening)
    for i in range(first, len(blocks)):
        if _opens_section(document, blocks[i]) and blocks[i].kind != "live_header":
            blocks[i] = replace(blocks[i], kind="story_break")
    if central or query is not None:
        for s in found:
            head = blocks[s.opening]
            told = document.text[head.start : s.end]
            if _on_topic(told, central, query):
                continue
            for i in range(s.opening + 1, len(blocks)):
                b = blocks[i]
                if b.start >= s.end:
                    break
                if b.kind == "body":
                    blocks[i] = replace(b, kind="other_story")
    return replace(document, blocks=tuple(blocks))


def _on_topic(text: str, central: frozenset[str], query: re.Pattern[str] | None) -> bool:
    if query is not None and query.search(text):
        return True
    # a heading in capitals names them in capitals too ("WHAT TRUMP'S …")
    words = {re.sub(r"['’]s$", "", w) for w in _WORD.findall(text.casefold())}
    return any(n.casefold() in words for n in central)


def _prose_words(document: Document, section: Section) -> int:
    return sum(
        len(_WORD.findall(document.text[b.start : b.end]))
        for b in document.blocks
        if b.kind == "body" and section.start <= b.start < section.end
    )


def _names(text: str) -> set[str]:
    out = set()
    for m in _NAME_INSIDE.finditer(text):
        name = m[1].rstrip(".")
        name = re.sub(r"['’]s$", "", name)
        if len(name) > 1 and name not in _NOT_NAMES and "." not in name:
            out.add(name)
    return out


def _prose(document: Document) -> str:
    if not document.blocks:
        return document.text
    return "\n".join(document.text[b.start : b.end] for b in document.blocks if b.kind == "body")
