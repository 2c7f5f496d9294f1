"""Page parts fused inside a line of prose, cut out of its body block.

Scraping runs a page's small parts into the sentences around them: a wire story's code
("(ID: nBKK234536)") before the next paragraph, a link banner ("- - - For a graphic,
click here - - -") between two sentences, a download prompt ("… but you may need
Adobe Reader") before the sentence after the link it explained, a factbox's next "YEAR:"
label after the last entry's words. Each is cut out as a block of its own; the prose on
either side stays body, with its offsets into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefgen.models import Block, BlockKind
from briefgen.when import MONTH_ABBRS

# A wire story's code, maybe inside the link prompt that pointed to it ("(For a factbox
# click (ID: nLG76170)"), or doubled where it closed a bracket ("(ID: nHKG362728))").
_STORY_CODE = re.compile(
    r"(?:\((?:[Ff]or|[Ss]ee)\b[^()\n]{0,100}?\s)?\(+ID:\s*[A-Za-z0-9]{3,20}\)+\.?"
)
# A prompt about opening a linked file: what software it may need, maybe after what most
# computers do ("Most computers will open this document automatically, but you may need
# Adobe Reader"). The software's name ends on a word naming a kind of program, so the
# sentence run into it ("… Adobe Reader She said …") is not taken along.
_DOWNLOAD_PROMPT = re.compile(
    r"(?:\b[A-Z][^.!?\n]{0,100}?\b(?:documents?|files?|PDFs?|pdfs?|videos?|audio|clips?)\b"
    r"[^.!?\n]{0,60}?,?\s+but\s+)?\byou (?:may|might|will) need\s+(?:to\s+(?:download|install)"
    r"\s+)?(?:the\s+)?(?:free\s+|latest\s+)?(?:[A-Z][\w-]*\s+){0,2}?"
    r"(?:Reader|Player|Acrobat|[Pp]lug-?in|[Vv]iewer)\b\.?"
)
# A factbox's "YEAR:" label run into the end of the entry before it ("… badly affected
# 1957: Asian flu killed …"): a label, so a new entry; the words before it end the last.
_YEAR_LABEL = re.compile(r"(?<=[a-z0-9%)’'\"”])\s+(?P<label>(?:1[5-9]|20)\d\d:)\s+(?=[A-Z])")
# Labels are a list's only when the page has several: "… to 2010: The council …" is prose.
_ANY_YEAR_LABEL = re.compile(r"(?<!\S)(?:1[5-9]|20)\d\d:\s+(?=[A-Z])")
MIN_YEAR_LABELS = 2
# The label's month and day, if it gives them ("7 May 2009:", "June 21, 1991:").
_DAY_BEFORE = re.compile(
    rf"(?<!\S)(?:\d{{1,2}}\s+)?(?:{MONTH_ABBRS})[a-z]*\.?\s+"
    r"(?:\d{1,2},?\s+)?$"
)
# A wire story's link banner run into the prose around it: "For a graphic on the spread,
# click here", maybe in brackets, maybe set between rules of dashes ("- - - - For a
# factbox, click here - - - -"), maybe with the link's lost target after a colon ("click
# here: here") or a tag ("click here #flu"). The prose after it opens a sentence of its
# own ("… click here: The council said …" keeps "The council said …").
_RULE = r"(?:-[ \t]*){3,}"
_LINK_BANNER = re.compile(
    rf"(?:{_RULE})?\(?\b(?:For|To)\s[^.!?()\n]{{0,120}}?,?\s+(?:please\s+)?click\s+(?:here|on)\b"
    r"(?:[ \t]*:(?:[ \t]*here\b)?)?(?:[ \t]*#\w+)?(?:[ \t]*\))?"
    rf"(?:[ \t]*{_RULE})?"
)
_FIXED_WORDS = ((_STORY_CODE, "ID:"), (_DOWNLOAD_PROMPT, " need "), (_LINK_BANNER, "click "))
# A sentence's end set against the next word with no space ("… moderate
# Republicans.The only one …", "… so do voters!”After his rally …"): a word of two letters
# or more, its stop, maybe a closing quotation mark or bracket. Nothing but a space or a
# quotation mark before the word, so initials ("U.S.Senate"), domain names and paths
# ("bbc.co.uk.Next") are not taken; titles before a name ("Sen.Ruiz", "vs.Smith") end no
# sentence. One place for every glued break: a credit line's label (``_GLUED_LABEL``)
# and the sentence after one (``glued_starts``).
GLUED_END = (
    r"(?<![\w./@])(?!(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|No|Vol|vs)[.])"
    r"[A-Za-z]{2,}[.!?][\"”’)]??"
)
# The sentence after it: a capitalised word (maybe after an opening quotation mark, which
# a straight one is taken for: the closing mark is matched lazily), the word before the
# stop ending in small letters ("NATO.The" may be a code or a handle).
_GLUED_SENTENCE = re.compile(
    GLUED_END + r"(?:(?<=[a-z]{2}[.!?])|(?<=[a-z]{2}[.!?][\"”’)]))(?P<next>[\"“‘]?[A-Z][a-z])"
)
# A page's credit or tag line run into the sentence before it the same way ("… to the
# committee.Contributing: Jane Roe, The Record.", "… on Friday.Filed under: Elections"):
# a short capitalised label and its colon, the label's words running to the end of the
# line. A small letter after the full stop ("Amazon.com") or a digit (a decimal) opens no
# label. A label opening on an article or a pronoun ("… the vote.The result: a tie") is
# prose run together, not a page's line.
_GLUED_LABEL = re.compile(
    GLUED_END
    + r"(?P<label>(?!(?:The|A|An|This|That|These|Those|It|He|She|We|They|I|You|His|Her|Its"
    r"|Our|Their|My|Your)\b)[A-Z][a-z]+(?:['’]s)?(?:[ \t\u00a0][A-Za-z][a-z]+){0,2}:)"
    r"[ \t\u00a0]+[^\n]{1,150}$",
    re.MULTILINE,
)


def glued_starts(text: str) -> list[int]:
    """Where a sentence run into the one before it with no space begins (``GLUED_END``):
    the sentence splitter starts one there, so "… Republicans.The only one …" is read as
    two sentences, whatever the parser makes of the glued tokens."""
    if not any(c in text for c in ".!?"):
        return []
    return [m.start("next") for m in _GLUED_SENTENCE.finditer(text)]


def year_list(text: str) -> bool:
    """Whether ``text`` holds a list of entries labelled with years ("1918: … 1957: …"),
    on lines of their own or run together."""
    return ":" in text and len(_ANY_YEAR_LABEL.findall(text)) >= MIN_YEAR_LABELS


def fused_parts(text: str, block: Block, years: bool = False) -> Iterator[Block]:
    """``block`` with the furniture fused inside it cut out (a body block), and, when the
    document holds a list labelled with years (``year_list``), the labels run into the
    entry before them; any other block as it is."""
    if block.kind != "body":
        yield block
        return
    cuts: list[tuple[int, int, BlockKind]] = []
    inside = text[block.start : block.end]
    # the cheap tests first: the patterns are tried only where their fixed words are
    patterns = [p for p, word in _FIXED_WORDS if word in inside]
    for pattern in patterns:
        for m in pattern.finditer(text, block.start, block.end):
            cuts.append((m.start(), m.end(), "furniture"))
    if ":" in inside:
        for m in _GLUED_LABEL.finditer(text, block.start, block.end):
            # the label and its words to the line's end; the sentence before keeps its end
            cuts.append((m.start("label"), m.end(), "furniture"))
    fused = _YEAR_LABEL.finditer(text, block.start, block.end) if years else ()
    for m in fused:
        # The label is blanked so the entry after it starts a sentence of its own (a
        # label has no sentence end before it); its year then dates nothing, which is
        # better than dating the entry before it.
        day = _DAY_BEFORE.search(text, max(block.start, m.start("label") - 20), m.start("label"))
        start = day.start() if day is not None else m.start("label")
        cuts.append((start, m.end("label"), "headline"))
    if not cuts:
        yield block
        return
    pos = block.start
    for start, end, kind in sorted(cuts):
        if start < pos:
            continue  # overlapping matches: the first one stands
        yield from _part(text, pos, start, "body", block)
        yield from _part(text, start, end, kind, block)
        pos = end
    yield from _part(text, pos, block.end, "body", block)


def _part(text: str, start: int, end: int, kind: BlockKind, block: Block) -> Iterator[Block]:
    """The block over ``text[start:end]`` without the spaces at its ends, if any is left."""
    span = text[start:end]
    lead = len(span) - len(span.lstrip())
    stripped = span.strip()
    if stripped:
        yield Block(
            start + lead, start + lead + len(stripped), kind, label=block.label, time=block.time
        )
