"""Reader comments on a page: what readers wrote under (or instead of) the article.

Comments are kept as blocks of kind "comment" and never read by the extractors: a reader's
opinion is neither the story's news nor its actors' positions. Signals: a comment marker
late in the page ("Have your say", a comment policy), letters and reactions signed by
several readers, "… wrote:" headers, blog comment headers ("Posted by NAME - date"), and
signature lines ("Name, Town, Region") recurring under a debate page's comments.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.models import Block, BlockKind
from briefgen.structure import furniture, shapes, turns
from briefgen.structure.units import Unit
from briefgen.when import MONTH_ABBRS

# Reader comments follow a comment marker only in a page's closing part; earlier, a
# "send us your comments" box sits inside the article.
COMMENTS_FROM = 0.3
# "… wrote:" headers make a comment section only when there are several.
MIN_COMMENT_HEADERS = 2
# A reader's signature under a letter: a name alone on its line, maybe with a full stop.
_SIGNATURE = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){1,3}\.?$")
# Or a reader's social-media handle under the post a page quotes ("We asked our followers
# …": a reply, then "@jo_smith."): the same shape as a letter, signed by an account.
_HANDLE = re.compile(r"^@\w{1,30}\.?$")
# The line that opens such a box: "We asked our followers …", "Here's what readers said".
_CALL = re.compile(
    r"\b(?:asked\s+(?:our|my)\s+(?:followers|readers|audience)|readers|followers|"
    r"you\s+told\s+us|your\s+(?:views|thoughts|comments|reactions))\b",
    re.I,
)
MIN_LETTERS = 3
# A reply to a blog comment, quoting its header: "Re: Posted by Jo-May 1st, 2009 -- 4:59
# pm", "Re: Posted by Jo, May 1, 2009": a name, then the date the comment was posted.
COMMENT_REPLY = re.compile(
    r"^\W*Re:\s*Posted by\s+\S[^\n]{0,40}?\s*[-–—,|]\s*(?:on\s+)?"
    rf"(?:{MONTH_ABBRS})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+"
    r"(?:19|20)\d\d\b"
)
CLOSED_DEBATE = re.compile(r"(?i)\b(?:debate|discussion|conversation) is now closed\b")
# A reader's reaction signed on its own line: a quotation, then "― Name" after it.
_SIGNED_QUOTE = re.compile(
    r"[”\"’]\s*[―—–]\s*(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\.?\s*$"
)


def reader_comments(units: Sequence[Unit], kinds: list[BlockKind], common: frozenset[str]) -> None:
    """Mark the units that are reader comments (``kinds`` is changed in place)."""
    _comments(units, kinds)
    _signed_letters(units, kinds, common)
    _signed_reactions(units, kinds, common)
    _signed_from_places(units, kinds, common)


def _comments(units: Sequence[Unit], kinds: list[BlockKind]) -> None:
    """Reader comments: the comment-like lines just above a comment marker (pages that
    list comments before the policy) and what follows a marker late in the page, a
    debate's closing notice, or a reply to a blog comment."""
    markers = [
        i
        for i, u in enumerate(units)
        if kinds[i] == "furniture" and furniture.is_comment_marker(u.text)
    ]
    if markers:
        first = markers[0]
        i = first - 1
        while (
            i >= 0 and kinds[i] in ("body", "caption") and shapes.looks_like_comment(units[i].text)
        ):
            kinds[i] = "comment"
            i -= 1
        if first >= COMMENTS_FROM * len(units):
            _comments_from(first + 1, kinds)
    # "This debate is now closed" stands over a debate page's comments wherever it sits;
    # several such notices mark the ends of several posts on one page, not one debate.
    closed = [i for i in markers if CLOSED_DEBATE.search(units[i].text)]
    if len(closed) == 1:
        _comments_from(closed[0] + 1, kinds)
    # a reply quoting a reader's comment header ("Re: Posted by Jo-May 1st, 2009 …") is a
    # comment, and so is what follows it, late in the page (an early one is quoted)
    replies = [i for i, u in enumerate(units) if COMMENT_REPLY.match(u.text)]
    for i in replies:
        kinds[i] = "comment"
    if replies and replies[0] >= COMMENTS_FROM * len(units):
        _comments_from(replies[0] + 1, kinds)


def _comments_from(start: int, kinds: list[BlockKind]) -> None:
    for j in range(start, len(kinds)):
        if kinds[j] in ("body", "caption", "standfirst"):
            kinds[j] = "comment"


def _signed_letters(units: Sequence[Unit], kinds: list[BlockKind], common: frozenset[str]) -> None:
    """A page of readers' letters: paragraphs each signed with a name on a line of its own
    ("Chris Smith.") or a handle ("@chris_s."), by several readers. The letters are reader
    comments, their signatures too. A name is not made of common words: "Climate Change."
    over a paragraph is a heading. Nor is a name that the next paragraph opens with: "Jane
    Roe." over "Roe has …" heads a section about her (a guide to the candidates), where a
    letter's signer is not its next letter's subject."""
    signed = [
        i
        for i, u in enumerate(units)
        if i > 0
        and kinds[i] != "headline"
        and (
            _HANDLE.match(u.text.strip())
            or (
                _SIGNATURE.match(u.text.strip())
                and not any(w.lower() in common for w in shapes.words(u.text))
            )
        )
        and kinds[i - 1] in ("body", "comment")
        and not _heads_next(units, i)
    ]
    # several readers sign: one account's posts quoted one after another are its own
    # statements (a candidate's tweets), not readers' replies
    if len(signed) < MIN_LETTERS or len({units[i].text.strip() for i in signed}) < MIN_LETTERS:
        return
    first = signed[0] - 1
    if all(_HANDLE.match(units[i].text.strip()) for i in signed):
        # replies quoted inside an article: the box opens at its call to readers, the
        # article goes on above it
        if first > 0 and kinds[first - 1] == "body" and _CALL.search(units[first - 1].text):
            first -= 1
    else:
        while first > 0 and kinds[first - 1] in ("body", "comment"):
            first -= 1
    for i in range(first, signed[-1] + 1):
        if kinds[i] in ("body", "standfirst") or i in signed:
            kinds[i] = "comment"


# How far into the next paragraph a heading's name is looked for: its first sentence's subject.
HEADED_WORDS = 12


def _heads_next(units: Sequence[Unit], i: int) -> bool:
    """The name on line ``i`` is named again at the start of the next paragraph."""
    if i + 1 >= len(units):
        return False
    surname = shapes.words(units[i].text)[-1]
    return surname in shapes.words(units[i + 1].text)[:HEADED_WORDS]


def _signed_reactions(
    units: Sequence[Unit], kinds: list[BlockKind], common: frozenset[str]
) -> None:
    """A page of readers' reactions: quotations each signed "― Name" on their line, by
    several people, none twice ("Here's what readers said"). They are reader comments, not
    the story's news nor its actors' statements; what lies between them is more of the
    same (a reaction whose signature the scraper cut). One person's sayings signed each
    time with their name are a list of quotes, not reactions: a name signs once."""
    signed: dict[int, str] = {}
    for i, u in enumerate(units):
        m = _SIGNED_QUOTE.search(u.text)
        # a short reaction may have been taken for a caption (a line that is no sentence)
        if m is None or kinds[i] not in ("body", "caption", "comment"):
            continue
        if not any(w.lower() in common for w in shapes.words(m["name"])):
            signed[i] = m["name"]
    names = list(signed.values())
    if len(signed) < MIN_LETTERS or len(set(names)) < len(names):
        return
    first, last = min(signed), max(signed)
    for i in range(first, last + 1):
        if kinds[i] == "body" or i in signed:
            kinds[i] = "comment"


def comment_section(text: str, blocks: list[Block]) -> list[Block]:
    """From the first of several "… wrote:" headers on, what is not furniture is comment."""
    headers = list(turns.COMMENT_HEADER.finditer(text))
    if len(headers) < MIN_COMMENT_HEADERS:
        return blocks
    cut = headers[0].start() + len(headers[0].group()) - len(headers[0].group().lstrip())
    out: list[Block] = []
    for b in blocks:
        if b.end <= cut or b.kind in ("furniture", "comment"):
            out.append(b)
        elif b.start >= cut:
            out.append(Block(b.start, b.end, "comment"))
        else:
            head = text[b.start : cut].rstrip()
            if head:
                out.append(Block(b.start, b.start + len(head), b.kind, label=b.label, time=b.time))
            out.append(Block(cut, b.end, "comment"))
    return out


# A reader's signature under a comment on a debate page: the name, then where the reader
# writes from, comma-separated ("Jane Roe, Leeds, West Yorkshire"), on a line of its own or
# with the next comment run into it ("Jane Roe, Leeds, UK How do we …"). The last place
# ends where a sentence starts: a word of grammar, or a capitalised word then a lower-case
# one; run into a sentence, a signature names two places at least, since "Name, Name and
# …" is a list.
_CAP = r"[A-Z][\w'’.-]*"
_PLACE = rf"{_CAP}(?: {_CAP}){{0,2}}"
_PLACE_SIGNATURE = re.compile(
    rf"^(?!{shapes._GRAMMAR})(?P<name>[A-Z][\w'’-]+(?: {_CAP}){{1,3}}), {_PLACE}"
    rf"(?:(?:, {_PLACE}){{0,2}}(?=\.?\s*$)|(?:, {_PLACE}){{1,2}}"
    rf"(?=\s+{shapes._GRAMMAR}|\s+[A-Z][\w'’-]*,?\s+[a-z]))"
)


def _signed_from_places(
    units: Sequence[Unit], kinds: list[BlockKind], common: frozenset[str]
) -> None:
    """A debate page ("have your say"): after the article's short intro and a notice, a
    run of comments each signed "Name, Town, Region", by several readers. From the last
    comment marker before the first signature (or the comment-like lines just above it)
    to the end of the page, what is not furniture is comment. A name is not made of
    common words ("Health Secretary, Leeds" is no reader)."""
    signed: dict[int, str] = {}
    for i, u in enumerate(units):
        m = _PLACE_SIGNATURE.match(u.text.strip())
        if m is None or kinds[i] == "transcript":
            continue
        if not any(w.lower() in common for w in shapes.words(m["name"])):
            signed[i] = m["name"]
    if len(set(signed.values())) < MIN_LETTERS:
        return
    first = min(signed)
    marker = max(
        (
            i
            for i in range(first)
            if kinds[i] == "furniture" and furniture.is_comment_marker(units[i].text)
        ),
        default=None,
    )
    if marker is not None:
        start = marker + 1
    else:
        start = first
        while (
            start > 0
            and kinds[start - 1] == "body"
            and shapes.looks_like_comment(units[start - 1].text)
        ):
            start -= 1
    for i in range(start, len(units)):
        if kinds[i] != "furniture" or i in signed:
            kinds[i] = "comment"
