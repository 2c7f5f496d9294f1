"""Pages that carry several stories: a paper's "In brief" column, a daily newsletter, a
wire's "The Latest" page of timestamped entries, a "what you missed" roundup.

Such a page is recognised by how it is built, not by what it is called: three or more
sections, each opened by its own heading or time line (or a rule between entries), and two
votes of: entries under their own times (a live page), short sections, a title naming the
format ("The Latest", "In brief", "roundup", …); or a page many times the corpus's median
length (a blog's archive page, its posts under their titles). A title alone is never
enough: a news story may be headlined "The latest poll …".

On such a page each section is a story of its own:

- on a page whose title does not name the topic, a section that names none of the
  corpus's central names (the names most of its documents use, with the ``--query``
  terms; on a site of many pages, the names its own pages use) is another story: its
  prose is marked
  ``other_story`` and supplies no timeline, chronology or summary item — the one
  well-dated sentence of an unrelated item must not win a slot;
- the line opening each section becomes a ``story_break``: what a sentence's pronoun or
  "the party" points back to is looked for within its own section only
  (``section_start``), so an entry leaning on the entry before it is not shown alone.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, replace

from briefgen.models import Block, Document
from briefgen.structure import shapes
from briefgen.structure.model import block_at
from briefgen.structure.profile import line_key, site_of
from briefgen.when import MONTHS, WEEKDAY_NAMES

__all__ = [
    "BREAKS",
    "Naming",
    "carries_entries",
    "central_names",
    "naming",
    "section_start",
    "sections",
    "several_stories",
]

# Block kinds that open one story of a page carrying several.
BREAKS = frozenset({"live_header", "story_break"})
# A section's prose, read or not (``sections`` reads a page it has marked as before).
_PROSE = frozenset({"body", "other_story"})
# A page of several stories has at least this many sections after its opening.
MIN_SECTIONS = 3
# Its sections are short: an item of a digest or an entry of a live page runs to a few
# paragraphs, a long feature's section under a crosshead to many.
SHORT_SECTION_WORDS = 160
# A section's heading is a short line; a longer one alone is a caption or a pull quote.
HEADING_WORDS = 12
# The corpus's central names: the capitalised words the most documents use inside a
# sentence. A corpus on one topic names its actors and places in most of its pages; the
# few most widespread names are its topic, however the corpus is cut.
CENTRAL_NAMES = 12
# A name is central only when this many documents use it (a tiny corpus says little).
MIN_CENTRAL_DOCUMENTS = 3
# A site with this many pages has a topic of its own: its pages are judged against the
# site's central names, not the whole corpus's (``several_stories``) ...
MIN_SITE_PAGES = 20
# ... the names at least this share of its pages use. A share, not a top few: a name's
# share moves by at most the new pages' share when a week's pages arrive, where its rank
# moves whenever a name near it gains more pages.
SITE_CENTRAL_SHARE = 0.15

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
_NOT_NAMES = frozenset(("I", "Mr", "Mrs", "Ms", "Dr", *WEEKDAY_NAMES.split("|"), *MONTHS, "AP"))


@dataclass(frozen=True)
class Section:
    """One story of a page: its opening line (a heading, a time, a rule), the text after."""

    opening: int  # index of the break block in the document's blocks
    start: int  # where its prose starts
    end: int


@dataclass(frozen=True)
class Naming:
    """What the corpus's central names read of one document's body blocks: the
    capitalised words it uses inside a sentence, and the words it writes in lower case.
    Kept with the document's blocks (``structure.cached``), so that a rebuild does not
    read every document's prose again."""

    names: tuple[str, ...]
    lower: tuple[str, ...]


def naming(document: Document) -> Naming:
    """``document``'s ``Naming``, read in its body blocks as they stand."""
    prose = _prose(document)
    lower = {w for w in _WORD.findall(prose) if w.islower()}
    return Naming(tuple(sorted(_names(prose))), tuple(sorted(lower)))


def central_names(
    documents: Sequence[Document], namings: Sequence[Naming] | None = None
) -> frozenset[str]:
    """The corpus's central names (``CENTRAL_NAMES`` most widespread, case kept), read in
    the body blocks: the topic a section must share to be one of the corpus's stories.
    ``namings``: each document's ``naming``, in order, where they are kept."""
    names = _counted(namings if namings is not None else map(naming, documents))
    # names as widespread come in the order the documents first use them, and a
    # document's in the order of the alphabet (``naming``)
    top = [(n, c) for n, c in names.most_common(CENTRAL_NAMES) if c >= MIN_CENTRAL_DOCUMENTS]
    return frozenset(n for n, _ in top)


def several_stories(
    documents: Sequence[Document],
    query: re.Pattern[str] | None = None,
    long: Set[str] = frozenset(),
    namings: Sequence[Naming] | None = None,
) -> list[Document]:
    """Each document, its sections marked when it carries several stories (see above).
    ``long``: the pages many times the corpus's median length (``sieve.long_pages``), a
    vote that a page strings several posts together (a blog's archive page); ``namings``:
    each document's ``naming``, in order, where they are kept."""
    if namings is None:
        namings = [naming(d) for d in documents]
    central = central_names(documents, namings)
    own = _sites_central(documents, namings)
    shared = _shared_lines(documents)
    return [
        _marked(d, own.get(site_of(d) or "", central), query, shared, d.id in long)
        for d in documents
    ]


def _sites_central(
    documents: Sequence[Document], namings: Sequence[Naming]
) -> dict[str, frozenset[str]]:
    """The central names of each site with ``MIN_SITE_PAGES`` pages or more: the names
    ``SITE_CENTRAL_SHARE`` of its own pages use. Over a corpus mixing stories the top
    ``CENTRAL_NAMES`` are a rank cut the stories share: a week's new pages of one story
    push another's names out of it, and that story's sections flip between read and not
    read in every old page (and their extraction with them). A site's share of its own
    pages moves only with its own new pages, and little. Pages naming no site, as every
    corpus read from a folder of files, keep the corpus's top names."""
    by_site: dict[str, list[int]] = {}
    for i, d in enumerate(documents):
        if (site := site_of(d)) is not None:
            by_site.setdefault(site, []).append(i)
    return {
        site: _widespread([namings[i] for i in pages], SITE_CENTRAL_SHARE)
        for site, pages in sorted(by_site.items())
        if len(pages) >= MIN_SITE_PAGES
    }


def _counted(namings: Iterable[Naming]) -> Counter[str]:
    """Documents using each name; a word the corpus also writes in lower case in as many
    documents is a common word opening a clause or a title ("It", "This", "Is")."""
    df: Counter[str] = Counter()
    lower: Counter[str] = Counter()  # documents writing the word in lower case
    for each in namings:
        df.update(each.names)
        lower.update(each.lower)
    return Counter({n: c for n, c in df.items() if lower[n.lower()] * 2 < c})


def _widespread(namings: Sequence[Naming], share: float) -> frozenset[str]:
    """The names at least ``share`` of the documents use (and ``MIN_CENTRAL_DOCUMENTS``)."""
    least = max(MIN_CENTRAL_DOCUMENTS, math.ceil(share * len(namings)))
    return frozenset(n for n, c in _counted(namings).items() if c >= least)


def carries_entries(document: Document) -> bool:
    """Whether ``document`` is a page of entries: a live page's updates under their times,
    or a page this stage marked as carrying several stories (two breaks or more). Each
    entry is one update among many, told as it came: an exit poll's share, an aide's
    remark, the scene at a venue."""
    return sum(b.kind in BREAKS for b in document.blocks) >= 2


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


def sections(
    document: Document, shared: frozenset[str] = frozenset(), long: bool = False
) -> list[Section]:
    """The sections of ``document`` if it is built as a page of several stories, else [].
    ``shared``: the short lines other documents print too (``_shared_lines``); ``long``:
    the page is many times the corpus's median length."""
    blocks = document.blocks
    prose = [i for i, b in enumerate(blocks) if b.kind in _PROSE]
    if not prose:
        return []
    lede = prose[0]
    opens = [i for i in range(lede + 1, len(blocks)) if _opens_section(document, blocks[i], shared)]
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
    # ten times the corpus's median is no one article (``sieve.LONG_PAGE_TIMES``): with
    # its sections under their own headings, it is posts strung on one page
    return found if sum(votes) >= 2 or long else []


def _opens_section(document: Document, block: Block, shared: frozenset[str]) -> bool:
    """A time line, a heading, a rule; or a short line of its own in title case (a
    newsletter's "Culture Business", a live page's "Noon.", an item's own dateline) that
    no other document prints: a line several pages share is the site's furniture
    ("Advertisement", "Related")."""
    if block.kind in ("live_header", "headline", "story_break"):
        return True
    if block.kind not in ("furniture", "dateline"):  # a short line after the lede
        return False
    line = document.text[block.start : block.end].strip()
    if _RULE.fullmatch(line):
        return True
    if line_key(line) in shared or len(_WORD.findall(line)) > HEADING_WORDS:
        return False
    if re.search(r"[\d:]", line):
        return False  # a line of figures ("Clinton: 2,316."), a heading of a table
    return shapes.is_heading(line) or shapes.is_title_case(line.lstrip("#").strip())


def _shared_lines(documents: Sequence[Document]) -> frozenset[str]:
    """Lines that are no sentences and are printed by more than one document."""
    df: Counter[str] = Counter()
    for doc in documents:
        df.update(
            {line_key(doc.text[b.start : b.end]) for b in doc.blocks if b.kind == "furniture"}
        )
    return frozenset(line for line, n in df.items() if n > 1)


def _split(document: Document, opens: list[int]) -> list[Section]:
    """Sections between the opening lines; consecutive openings ("___" then "9:45 p.m.")
    open one section, and a section with no prose is none. A section runs to the next
    opening: its lines that are no sentences ("Clinton: 2,316.") are part of it."""
    blocks = document.blocks
    out: list[Section] = []
    for n, i in enumerate(opens):
        following = opens[n + 1] if n + 1 < len(opens) else len(blocks)
        body = [b for b in blocks[i + 1 : following] if b.kind in _PROSE]
        end = blocks[following].start if following < len(blocks) else len(document.text)
        if body:
            out.append(Section(i, body[0].start, end))
    return out


def _marked(
    document: Document,
    central: frozenset[str],
    query: re.Pattern[str] | None,
    shared: frozenset[str],
    long: bool,
) -> Document:
    found = sections(document, shared, long)
    if not found:
        return document
    blocks = list(document.blocks)
    opening = {s.opening for s in found}
    # every opening line between two sections is a break, the rules and headings alike
    first = min(opening)
    for i in range(first, len(blocks)):
        if _opens_section(document, blocks[i], shared) and blocks[i].kind != "live_header":
            blocks[i] = replace(blocks[i], kind="story_break")
    # A page whose own title names the topic ("The Latest: Trump urges …") covers the
    # topic: its entries are that story's developments, an election official's warning
    # on a campaign page included. A page titled for its format or another story ("10
    # Things to Know", "Mourners say Ali's death …") is judged section by section.
    titled = _on_topic(document.title, central, query)
    if (central or query is not None) and not titled:
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
    # a name as written ("House", not the "house" of a church), or in a heading in
    # capitals ("WHAT TRUMP'S …")
    words = {re.sub(r"['’][sS]$", "", w) for w in _WORD.findall(text)}
    return any(n in words or n.upper() in words for n in central)


def _prose_words(document: Document, section: Section) -> int:
    return sum(
        len(_WORD.findall(document.text[b.start : b.end]))
        for b in document.blocks
        if b.kind in _PROSE and section.start <= b.start < section.end
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
