"""``structure_document``: a document's units classified into blocks.

Signals, strongest first: lines recurring across the corpus (furniture), the shape of a
line (timestamps, banners, link prompts, speaker labels, live-entry times), its position
(the lines before the lede: headline, byline, dateline, caption), comment-section
markers, and glued prefixes (a caption run into the sentence after it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from briefgen import speech_verbs
from briefgen.ingest.header import named_by_file
from briefgen.models import Block, BlockKind, Document
from briefgen.structure import (
    bylines,
    datelines,
    factboxes,
    furniture,
    photo_credits,
    shapes,
    turns,
)
from briefgen.structure.comments import comment_section, reader_comments
from briefgen.structure.datedlist import dated_list
from briefgen.structure.inline import fused_parts, year_list
from briefgen.structure.lead import lead_parts
from briefgen.structure.model import Structure
from briefgen.structure.opening import Vocabulary, first_sentence_end, opening_cuts
from briefgen.structure.profile import CorpusProfile
from briefgen.structure.pullquote import pull_quotes
from briefgen.structure.split import Place, unit_blocks
from briefgen.structure.units import Unit, opens_sentence, split_units
from briefgen.structure.wire import is_wire_lead_line
from briefgen.when import MONTH_NAMES

HEADLINE_WORDS = 25
# The headline is looked for among the first lines that are not furniture.
HEADLINE_SEARCH = 5
MIN_TURNS = 2
MIN_LIVE_ENTRIES = 2
EARLY_LINES = 3
REPEATED_MIN_CHARS = 20
REPEATED_MAX_WORDS = 20  # a longer repeat is a second copy of the story, kept as it is
# A line cut off mid-sentence (a link lost in scraping) that opens like a sentence and is
# this long is prose, not a caption.
CUT_SENTENCE_WORDS = 8
CUT_SENTENCE_MAX_WORDS = 20
# A standfirst is one sentence of at most this many words.
STANDFIRST_WORDS = 35
# Short questions on lines of their own are a Q&A's subheadings when there are several.
MIN_QUESTION_HEADINGS = 3


def structure_document(document: Document, profile: CorpusProfile | None = None) -> Structure:
    """Split ``document.text`` into blocks of one kind each; offsets into the text."""
    profile = profile or CorpusProfile()
    units = split_units(document.text)
    kinds: list[BlockKind] = [_shape_kind(u, profile) for u in units]
    _repeated_lines(units, kinds)
    _question_headings(units, kinds)
    _time_lines(units, kinds)
    labels: list[str | None] = [None] * len(units)
    _transcript_turns(units, kinds, labels)
    _header_zone(document, units, kinds)
    _wire_captions(units, kinds)
    for i in range(1, len(units)):
        # "Agency/Getty Images." then "X spoke in Town on Thursday, Aug. 11, 2016.": a caption
        if kinds[i] == "body" and photo_credits.caption_under_credit(
            units[i - 1].text, units[i].text
        ):
            kinds[i] = "caption"
    reader_comments(units, kinds, profile.common)
    blocks = _blocks(document.text, units, kinds, labels, profile, pull_quotes(units, kinds))
    blocks = comment_section(document.text, blocks)
    # a timeline's date labels, cut off the entries they open
    return Structure(tuple(dated_list(document.text, blocks)))


def _shape_kind(unit: Unit, profile: CorpusProfile) -> BlockKind:
    text = unit.text.strip()
    if is_wire_lead_line(text):
        return "dateline"
    shaped = shapes.sentence_shaped(text) or shapes.is_bullet(text)
    if profile.recurring(text, sentence_shaped=shaped):
        return "furniture"
    if lead_parts(text):
        return "body"  # the lede, with the page's furniture glued before it (``split``)
    if shapes.is_heading(text) or furniture.is_furniture(text) or furniture.is_comment_marker(text):
        return "furniture"
    if furniture.is_glued_widget(text):
        return "furniture"
    if turns.STAGE_DIRECTION.match(text):
        return "furniture"
    if (
        photo_credits.is_photo_credit(text)
        or photo_credits.is_open_credit(text)
        or photo_credits.is_agency_credit(text)
        or photo_credits.is_slashed_credit(text)
    ):
        return "caption"
    if bylines.is_sign_off(text) or (bylines.is_byline(text) and len(shapes.words(text)) <= 12):
        return "byline"
    if shapes.is_crosshead(text) and not turns.SPEAKER.match(text):
        return "headline"
    if shaped:
        return "body"
    return "caption"  # provisional: a short line that is not a sentence


def _repeated_lines(units: Sequence[Unit], kinds: list[BlockKind]) -> None:
    """A line printed more than once in one page is a promo or a sidebar, not prose."""
    counts = Counter(" ".join(u.text.split()) for u in units)
    for i, u in enumerate(units):
        key = " ".join(u.text.split())
        short = len(shapes.words(key)) <= REPEATED_MAX_WORDS
        if counts[key] > 1 and len(key) >= REPEATED_MIN_CHARS and short:
            kinds[i] = "furniture"


def _question_headings(units: Sequence[Unit], kinds: list[BlockKind]) -> None:
    """A Q&A explainer's questions are its subheadings (several short questions alone)."""
    found = [
        i for i, u in enumerate(units) if kinds[i] == "body" and shapes.is_question_heading(u.text)
    ]
    if len(found) >= MIN_QUESTION_HEADINGS:
        for i in found:
            kinds[i] = "headline"


def _transcript_turns(
    units: Sequence[Unit], kinds: list[BlockKind], labels: list[str | None]
) -> None:
    """Speaker-labelled turns, when the document reads as a transcript (several labelled
    lines, a speaker heard more than once); lines after a turn continue it."""
    found: dict[int, str] = {}
    for i, u in enumerate(units):
        m = turns.SPEAKER.match(u.text)
        if m and m["label"].strip() not in turns.NOTICE_LABELS and kinds[i] != "furniture":
            found[i] = m["label"].strip()
    counts = Counter(found.values())
    if len(found) < MIN_TURNS or (len(counts) < 2 and max(counts.values(), default=0) < 2):
        return
    current: str | None = None
    for i in range(len(units)):
        if i in found:
            current = found[i]
            kinds[i], labels[i] = "transcript", current
        elif current is not None and kinds[i] == "body":
            kinds[i], labels[i] = "transcript", current
        elif kinds[i] == "furniture":
            current = None


def _header_zone(document: Document, units: Sequence[Unit], kinds: list[BlockKind]) -> None:
    """The lines before the lede: headline first, then byline, dateline or caption; after
    the lede, a short line that is no sentence is a caption or furniture."""
    # a wire's dateline line is no headline (``wire``): the lede comes after it
    candidates = [i for i, k in enumerate(kinds) if k not in ("furniture", "dateline")]
    candidates = candidates[:HEADLINE_SEARCH]
    if not candidates:
        return
    title = " ".join(document.title.split()).casefold()
    first = next(
        (i for i in candidates if " ".join(units[i].text.split()).casefold() == title),
        candidates[0],
    )
    if kinds[first] == "caption" or _is_headline(document, units[first]):
        kinds[first] = "headline"
        _standfirst(units, kinds, first)
    lede = next((i for i, k in enumerate(kinds) if k in ("body", "transcript")), len(units))
    for i, u in enumerate(units):
        if kinds[i] != "caption":
            continue
        text = u.text.strip()
        if i > lede and turns.introduces_quote(text):
            kinds[i] = "body"  # "He said:" opens the quotation or list that follows
        elif i < lede:
            kinds[i] = _header_kind(text)
        elif _cut_sentence(text):
            kinds[i] = "body"
        else:
            kinds[i] = _stray_kind(text)


def _standfirst(units: Sequence[Unit], kinds: list[BlockKind], headline: int) -> None:
    """The sentence just under a headline line is its standfirst (the summary a page sets
    between headline and article) when the layout says so: the headline runs on into it
    (ending in ";") or a byline or dateline follows it."""
    after = [i for i in range(headline + 1, len(units)) if kinds[i] != "furniture"][:2]
    if not after or kinds[after[0]] != "body":
        return
    line = units[after[0]].text.strip()
    n = len(shapes.words(line))
    if n > STANDFIRST_WORDS or re.search(r"[.!?][\"”’']?\s+[A-Z]", line):
        return  # more than one sentence: the article itself
    if units[headline].text.rstrip().endswith(";"):
        kinds[after[0]] = "standfirst"
        return
    if len(after) < 2:
        return
    then = units[after[1]].text
    # A short line over a longer paragraph is not enough: in plain text that is how a
    # one-sentence lede looks (on the gold, that rule was wrong 4 times in 10 and cost
    # the article its first sentence).
    introduced = kinds[after[1]] in ("byline", "dateline") or datelines.DATELINE_PREFIX.match(then)
    if introduced:
        kinds[after[0]] = "standfirst"


# A wire photo caption: one sentence describing the picture, closed by where and when it
# was taken, the place run straight into the full date ("A woman wears a mask in Mexico City
# April 24, 2009.", "… in Geneva, May 19, 2009."). Prose dates an event with a preposition
# ("on April 24", "on Friday, April 24, 2009") and rarely gives the year of this week's
# news. The place may end in the kind of place it is ("Sichuan province April 27, 2009.").
# One sentence: a full stop after a capital is an abbreviation ("U.S."), not its end.
_WIRE_CAPTION = re.compile(
    r"^(?:(?!(?<![A-Z])\.\s+[A-Z]).){10,400}?\b"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w.'’-]*"
    r"(?:\s+(?:province|state|county|district|region|prefecture|city|island|village))?,?\s+"
    rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{{1,2}},\s+(?:19|20)\d\d\.$"
)
# A picture agency's caption ends on the day and the place the picture was taken, the date
# with its year ("… at a rally on February 27, 2016 in Millington, Tennessee.").
_AGENCY_CAPTION = re.compile(
    r"^(?:(?!(?<![A-Z])\.\s+[A-Z]).){10,400}?\bon\s+"
    rf"(?:{MONTH_NAMES})\s+\d{{1,2}},\s+(?:19|20)\d\d,?\s+in\s+"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\.$"
)
# A caption describes the picture in the present tense; reported speech or a past tense
# ("… was killed in France October 26, 1917.") is a sentence of the article or a record.
# "said", "tells": a caption tells no one saying anything, nor (a wire caption being a
# present scene) a past.
_CORE_FORMS = speech_verbs.forms(speech_verbs.CORE, "past", "third")
_SPEECH = re.compile(
    rf"\b{speech_verbs.alternation(_CORE_FORMS | {'was', 'were', 'had', 'did', 'died'})}\b|[\"“”]"
)


def is_wire_caption(text: str) -> bool:
    """Whether ``text`` (one line or sentence) is shaped as a wire photo caption."""
    stripped = text.strip()
    if not stripped.endswith(".") or _SPEECH.search(stripped):
        return False
    if stripped[-5:-1].isdigit():
        return bool(_WIRE_CAPTION.match(stripped))
    return " in " in stripped and bool(_AGENCY_CAPTION.match(stripped))


def _wire_captions(units: Sequence[Unit], kinds: list[BlockKind]) -> None:
    """A photo caption in the text, shaped as wire captions are (``is_wire_caption``),
    wherever the picture sat; after the header zone, which would read it as a standfirst."""
    for i, u in enumerate(units):
        if kinds[i] in ("body", "standfirst") and is_wire_caption(u.text):
            kinds[i] = "caption"


def _is_headline(document: Document, unit: Unit) -> bool:
    """A sentence-shaped first line is still the headline when it is the document's
    title, or a short line standing alone above a plain-text article."""
    text = unit.text.strip()
    if len(shapes.words(text)) > HEADLINE_WORDS or opening_cuts(text) or lead_parts(text):
        return False  # glued parts or page furniture before a sentence: the lede
    if shapes.is_headline_case(text) and first_sentence_end(text) >= len(text.rstrip()) - 1:
        # written as headlines are, one of them ("… Key Test In U.S. Court."): a full stop
        # after it makes it no sentence
        return True
    if datelines.STAMP.search(text) or re.search(r"[.!?][\"”’']?\s+[A-Z]", text):
        return False  # a date stamp inside, or two sentences: the lede, not a headline
    # a headline rarely ends with a full stop; a first sentence copied into the title does
    same = " ".join(text.split()).casefold() == " ".join(document.title.split()).casefold()
    if same and not text.endswith("."):
        return True
    if document.format in ("txt", "md") and named_by_file(text, Path(document.source).stem):
        return True  # the file is named after this line: its headline, full stop or not
    return document.format in ("txt", "md") and not text.endswith(".")


def _cut_sentence(text: str) -> bool:
    """A line cut off mid-sentence (a link lost in scraping), not a caption: it opens the
    way sentences do, or is longer than captions are."""
    n = len(shapes.words(text))
    return (n >= CUT_SENTENCE_WORDS and opens_sentence(text)) or n >= CUT_SENTENCE_MAX_WORDS


def _header_kind(text: str) -> BlockKind:
    if factboxes.is_factbox(text):
        return "furniture"
    if bylines.is_byline(text) or bylines.is_sign_off(text) or shapes.is_name_line(text):
        return "byline"
    if datelines.is_dateline(text):
        return "dateline"
    if shapes.is_standfirst_markup(text):
        return "standfirst"
    if shapes.sentence_shaped(text):
        return "standfirst"
    return _stray_kind(text)


def _stray_kind(text: str) -> BlockKind:
    """A short line that is no sentence: a caption when it reads as a phrase about
    something, else furniture (a section label, a menu item, a stray date)."""
    n = len(shapes.words(text))
    if factboxes.is_factbox(text):
        return "furniture"
    if datelines.is_dateline(text):
        return "dateline"
    if n < 5 or shapes.is_title_case(text) or furniture.is_link(text):
        return "furniture"
    return "caption"


def _blocks(
    text: str,
    units: Sequence[Unit],
    kinds: Sequence[BlockKind],
    labels: Sequence[str | None],
    profile: CorpusProfile,
    pulls: dict[int, int],
) -> list[Block]:
    """Blocks from classified units; a body unit may hold glued parts (``split``)."""
    out: list[Block] = []
    live = _live_entries(units, kinds)
    texts = [i for i, k in enumerate(kinds) if k != "furniture"]
    first = texts[0] if texts else -1
    early = set(texts[:EARLY_LINES])
    vocabulary = Vocabulary(text, (units[first].start, units[first].end) if texts else (0, 0))
    headline_seen = False
    years = year_list(text)
    for i, (u, kind) in enumerate(zip(units, kinds, strict=True)):
        if kind != "body":
            # a live entry's time; an embedded post's own date (it is quoted, not news)
            time = u.text.strip() if kind == "live_header" else None
            time = furniture.post_date(u.text) if kind == "furniture" else time
            out.append(Block(u.start, u.end, kind, label=labels[i], time=time))
            headline_seen = headline_seen or kind == "headline"
            continue
        place = Place(
            first=i == first,
            early=i in early,
            headline_seen=headline_seen,
            live_time=live.get(i),
            credit_follows=i + 1 < len(units)
            and photo_credits.opens_with_credit(units[i + 1].text),
            common=vocabulary,
            pull_quote=pulls.get(i),
        )
        parts = [p for b in unit_blocks(u, profile, place) for p in fused_parts(text, b, years)]
        headline_seen = headline_seen or any(b.kind == "headline" for b in parts)
        out.extend(parts)
    return out


def _live_entries(units: Sequence[Unit], kinds: Sequence[BlockKind]) -> dict[int, tuple[str, int]]:
    """Entry times of a live page (at least two entries open with a clock time)."""
    found: dict[int, tuple[str, int]] = {}
    for i, u in enumerate(units):
        if kinds[i] != "body":
            continue
        m = turns.LIVE_TIME.match(u.text)
        if m and m.end() < len(u.text):
            found[i] = (m["time"], m.end())
    return found if len(found) >= MIN_LIVE_ENTRIES else {}


def _time_lines(units: Sequence[Unit], kinds: list[BlockKind]) -> None:
    """A live page's entries headed by a line that is only a time ("2:45 p.m.")."""
    found = [i for i, u in enumerate(units) if turns.TIME_LINE.fullmatch(u.text.strip())]
    if len(found) >= MIN_LIVE_ENTRIES:
        for i in found:
            kinds[i] = "live_header"
