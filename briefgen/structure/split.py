"""Cutting one body line into blocks: the parts glued before and after the prose.

Scraping often fuses a page's parts into one line: a live entry's time, a date-and-time
stamp, a credit, a wire dateline, a promo or a caption before the lede; a recurring
footer after the last sentence. Each is peeled off as its own block; what is left is body.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.models import Block, BlockKind
from briefgen.structure import bylines, datelines, factboxes, photo_credits, shapes
from briefgen.structure.lead import lead_parts
from briefgen.structure.midpage import bullet_box, glued_caption
from briefgen.structure.opening import NO_VOCABULARY, Vocabulary, opening_cuts, sentence_after
from briefgen.structure.profile import CorpusProfile
from briefgen.structure.stamps import STAMP_WORD_BEFORE
from briefgen.structure.units import Unit, glued_prefix

# A stamp this far into an opening line divides the headline (and standfirst) from the lede.
STAMP_WITHIN = 400
PEEL_ROUNDS = 4
CAPTION_WORDS = 40
MIN_RUN_TOGETHER = 2


@dataclass(frozen=True)
class Place:
    """Where a unit stands on the page."""

    first: bool  # the first line that is not furniture
    early: bool  # among the opening lines
    headline_seen: bool
    live_time: tuple[str, int] | None = None
    credit_follows: bool = False  # the next line opens with a photo credit
    common: Vocabulary = NO_VOCABULARY  # the words the document writes in lower case
    pull_quote: int | None = None  # where a pull quote opening the line ends


def unit_blocks(unit: Unit, profile: CorpusProfile, place: Place) -> list[Block]:
    """The blocks of one body unit, in order."""
    out: list[Block] = []
    text, base = unit.text, unit.start
    pos = 0

    def emit(end: int, kind: BlockKind, time: str | None = None) -> None:
        nonlocal pos
        span = text[pos:end]
        lead = len(span) - len(span.lstrip())
        stripped = span.strip()
        if stripped:
            start = base + pos + lead
            out.append(Block(start, start + len(stripped), kind, time=time))
        pos = end

    if place.live_time is not None:
        time, cut = place.live_time
        emit(cut, "live_header", time)
    if place.pull_quote is not None:
        emit(place.pull_quote, "furniture")
    # a heading in capitals run into its text: a standing factbox when the heading opens
    # lines across the corpus, else a section of this article
    box = factboxes.BOX_HEADING.match(text[pos:])
    standing = box is not None and profile.recurring_box(box.group())
    if box is not None:
        emit(pos + box.end(), "furniture" if standing else "headline")
    elif kicker := factboxes.KICKER.match(text[pos:]):
        emit(pos + kicker.end(), "headline")
    if standing:
        # the box, and the paragraph after it when that is run into its end
        emit(sentence_after(text, pos, place.common) or len(text), "furniture")
        if pos >= len(text):
            return out
    # furniture glued before the lede: stamps, a byline, a handle, a wire dateline
    lead = lead_parts(text[pos:])
    for end, part in [(pos + end, part) for end, part in lead]:
        emit(end, part)
    for _ in range(PEEL_ROUNDS):
        rest = text[pos:]
        if pos and profile.recurring(rest, sentence_shaped=True):
            emit(len(text), "furniture")  # all that is left is a recurring line
            return out
        stamp = datelines.STAMP.match(rest)
        credit = bylines.CREDIT_PREFIX.match(rest) or (
            bylines.BYLINE_PREFIX.match(rest) if place.early else None
        )
        photo = photo_credits.PHOTO_CREDIT_PREFIX.match(rest)
        recurring = profile.recurring_prefix(rest)
        dateline = datelines.DATELINE_PREFIX.match(rest) if place.early else None
        if stamp and stamp.end() < len(rest):
            emit(pos + stamp.end(), "furniture")
        elif credit and credit.end() < len(rest):
            emit(pos + credit.end(), "byline")
        elif photo:
            emit(pos + photo.end(), "caption")
        elif recurring is not None:
            emit(pos + recurring, "furniture")
        elif dateline:
            emit(pos + dateline.end(), "dateline")
        else:
            break
    headline_seen = place.headline_seen or any(b.kind == "headline" for b in out)
    # A page sets its headline above the stamp and the byline, and the photo and its
    # caption below them: a part glued between such furniture and the lede is a caption.
    below_furniture = any(b.kind in ("furniture", "byline") for b in out)
    if place.early and pos == 0:
        stamp = datelines.STAMP.search(text, 0, STAMP_WITHIN)
        if stamp and stamp.start() > 0 and stamp.end() < len(text):
            word = STAMP_WORD_BEFORE.search(text, 0, stamp.start())
            emit(
                word.start() if word else stamp.start(),
                "standfirst" if headline_seen else "headline",
            )
            emit(stamp.end(), "furniture")
            headline_seen = True
    if place.early and (byline := bylines.inner_byline(text, pos, STAMP_WITHIN)) is not None:
        emit(byline[0], "standfirst" if headline_seen else "headline")
        emit(byline[1], "byline")
        headline_seen = True
    if place.early and not any(b.kind == "dateline" for b in out):
        wire = datelines.WIRE_DATELINE.search(text, pos, pos + STAMP_WITHIN)
        if wire and wire.end() < len(text):
            emit(wire.start(), "standfirst" if headline_seen else "headline")
            emit(wire.end(), "dateline")
            headline_seen = True
    # A profile box flattened into the line ("Born: … Also known as: …"), maybe with the
    # next paragraph run into its end.
    if factboxes.is_factbox_line(text[pos:]):
        last = list(factboxes.FACTBOX_LABEL.finditer(text, pos))[-1]
        emit(sentence_after(text, last.end(), place.common) or len(text), "furniture")
    # Several phrases run together without punctuation mid-page are a box of bullet points
    # whose layout was lost (a factbox, "the basics"): all of it but the last sentence.
    if not place.first:
        glues, at = [], pos
        while (glue := glued_prefix(text[at:])) is not None:
            at += glue
            glues.append(at)
        if len(glues) >= MIN_RUN_TOGETHER:
            emit(glues[-1], "furniture")
        elif (box_end := bullet_box(text[pos:], profile.common)) is not None:
            emit(pos + box_end, "furniture")
    # An opening line may carry a headline and a caption before the lede.
    if place.first and not any(b.kind == "dateline" for b in out):
        # after a wire dateline comes the lede; after a headline line of its own, at most
        # a caption, and only on a sure break
        cuts = [
            pos + c
            for c in opening_cuts(text[pos:], after_headline=headline_seen, common=place.common)
        ]
        # a caption left glued to the lede after the headline is cut off
        lede = cuts[-1] if cuts else pos
        if (glue := glued_caption(text[lede:], place.common, profile.common)) is not None:
            cuts.append(lede + glue)
    else:
        glue = glued_prefix(text[pos:])
        if glue is None:
            glue = glued_caption(text[pos:], place.common, profile.common)
        cuts = [] if glue is None else [pos + glue]
    for cut in cuts:
        prefix = text[pos:cut]
        kind: BlockKind = (
            "headline"
            if place.first and not headline_seen and not below_furniture
            else "furniture"
            if factboxes.is_factbox(prefix)
            else "caption"
        )
        emit(cut, kind)
        headline_seen = headline_seen or kind == "headline"
    tail = profile.recurring_suffix(text[pos:])
    if place.credit_follows and len(shapes.words(text[pos:])) <= CAPTION_WORDS:
        emit(len(text), "caption")  # the words a credit line closes are a photo's caption
    elif tail is not None:
        emit(pos + tail, "body")
        emit(len(text), "furniture")
    elif (signed := bylines.glued_sign_off(text, pos)) is not None:
        emit(signed, "body")  # the writer's sign-off run into the last paragraph
        emit(len(text), "byline")
    else:
        emit(len(text), "body")
    return out
