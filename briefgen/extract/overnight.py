"""A live page's "overnight": the night just ended, whose acts are the page's day's news.

TimeML names a night by its evening: "overnight" told in the past on a page of day D is
the night before D (``D-1TNI``, as TimeBank values "depressed by overnight losses"), and
the tagger keeps that value. Which day the act it dates is filed under is another matter.
A next-day print story tells the night after the day it reports, and the evening's day
is right. A live page is written through its own day, post by post, each under the
clock time it went up: a post of the morning or later that tells what someone did
"overnight" tells the small hours just ended, the first news of the page's day ("X took
to Twitter overnight" in a 2:25 p.m. post, whose page elsewhere calls the same posts
"early-morning"). Its act is of the page's day, so it is dated so. A post that went up in
the small hours itself (before the morning begins) may tell the evening before, and is
left as the tagger reads it; so is every page that is not live, stamped or not (a wire
page's document "issued overnight" is filed under the evening it was issued).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from briefgen.models import Block, Document, EventMention
from briefgen.structure.stamps import day_minute

__all__ = ["live_posts", "overnight_posts"]

# A live page has at least this many posts opened by a clock time (as ``bottomline.is_live``).
_LIVE_POSTS = 2
# The morning begins the day a reader lives (the tagger's ``_PART_STARTS["MO"]``): a post
# that went up earlier is still inside the night it would tell of.
_MORNING = 5 * 60
# A header's clock: "2:25 p.m.", "7 p.m.", "11.04am", "11:04", "0904 GMT" (the shapes
# ``structure.turns`` opens a live post with).
_CLOCK = re.compile(
    r"(?P<h>[01]?\d|2[0-3])(?:[:.]?(?P<m>[0-5]\d))?\s*(?:(?P<ap>[ap])\.?\s?m\b\.?)?", re.I
)


def live_posts(blocks: Sequence[Block]) -> list[tuple[int, str | None]]:
    """Where each post of a live page opens and the clock time its header gives; none for a
    page that is not live. (The one reading of the blocks ``overnight_posts`` makes, and so
    part of the extraction's cache key: ``read_blocks``.)"""
    headers = [(b.start, b.time) for b in blocks if b.kind == "live_header"]
    return headers if len(headers) >= _LIVE_POSTS else []


def overnight_posts(document: Document, mentions: Sequence[EventMention]) -> list[EventMention]:
    """``mentions`` with each act a live page's post of the morning or later tells as done
    "overnight" (the night before the page's day) dated to the page's day."""
    dct = document.dct
    posts = live_posts(document.blocks)
    if dct is None or not posts:
        return list(mentions)
    night = f"{(dct - timedelta(days=1)).isoformat()}TNI"
    out: list[EventMention] = []
    for m in mentions:
        if (
            m.anchor == "own"
            and not m.scheduled
            and m.timex.text.lower() == "overnight"
            and m.date == night
            and _posted_by_day(posts, m.timex.start)
        ):
            m = replace(m, date=dct.isoformat())
        out.append(m)
    return out


def _posted_by_day(posts: Sequence[tuple[int, str | None]], offset: int) -> bool:
    """Whether ``offset`` lies in a post whose header time is of the morning or later."""
    opened = [time for start, time in posts if start <= offset]
    minute = _minute(opened[-1]) if opened and opened[-1] else None
    return minute is not None and minute >= _MORNING


def _minute(time: str) -> int | None:
    """The minute of the day a post's header time gives ("2:25 p.m." → 865, "11.04" → 664,
    "0904 GMT" → 544); None for a header that is no clock time."""
    m = _CLOCK.match(time.strip())
    if m is None:
        return None
    return day_minute(int(m["h"]), int(m["m"] or 0), m["ap"])
