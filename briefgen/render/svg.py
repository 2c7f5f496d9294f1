"""The timeline's time-axis figure, drawn as inline SVG.

Each item is a numbered marker above a dated axis: a stem to the day, or a bar
along the axis for a longer period (month, season, year, range) with the marker
at its start. Markers that
would overlap slide right a little (their stem slants back) or stack in lanes.
Values that cannot be placed on a calendar are skipped (the caller says how
many).

When most items crowd into a short stretch of a long span (the 2021 events of a
brief that also mentions the 1980s), or background from before the sources'
period would take most of one axis (a previous campaign's year in a month of
news), the figure has two panels: an overview of the whole span with the
crowded stretch shaded, and a detail axis for that stretch. Each item is drawn
once, in the panel where it is legible.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from briefgen.when import MONTH_ABBRS, When
from briefgen.when import label as readable

WIDTH = 680
MARGIN = 24
LANE = 19
RADIUS = 7.5
STEM = 12
MAX_SHIFT = 60
TICK_ZONE = 24
PANEL_GAP = 16
DETAIL_NOTE = "detail below"
NOTE_WIDTH = 44  # "detail below" at 7.5 pt italic, rounded up
HEADING_ROOM = 70  # a panel's heading ("OVERVIEW") at 8 pt bold, spaced, with a gap
SHORT_MONTHS = MONTH_ABBRS.split("|")

INK = "#1f2a36"
ACCENT = "#7a1f2b"
MUTED = "#6b7580"
BAND = "#e9e2dc"


@dataclass(frozen=True)
class AxisItem:
    """One thing to place: its marker label (e.g. ``3``), date value and a tooltip."""

    marker: str
    value: str
    caption: str = ""


@dataclass(frozen=True)
class _Placed:
    item: AxisItem
    start: date
    end: date  # inclusive


def placeable(items: Sequence[AxisItem]) -> list[AxisItem]:
    """The items whose date value can be placed on the axis."""
    return [i for i in items if When.of(i.value) is not None]


def _days(a: date, b: date) -> int:
    return (b - a).days


def _detail_window(placed: list[_Placed]) -> tuple[date, date] | None:
    """The crowded stretch worth a detail panel, or None when one axis is legible."""
    n = len(placed)
    lo = min(p.start for p in placed)
    hi = max(p.end for p in placed)
    total = _days(lo, hi)
    if n < 5 or total < 3 * 365:
        return None
    keep = max(3, -(-n // 2))
    by_start = sorted(placed, key=lambda p: (p.start, p.end))
    core: tuple[date, date] | None = None
    for i in range(n - keep + 1):
        window = by_start[i : i + keep]
        a, b = window[0].start, max(p.end for p in window)
        if core is None or _days(a, b) < _days(*core):
            core = (a, b)
    assert core is not None
    limit = max(366, 2 * _days(*core))
    a, b = core
    centre = a + (b - a) / 2
    for p in sorted(placed, key=lambda q: abs(_days(centre, q.start))):
        na, nb = min(a, p.start), max(b, p.end)
        if _days(na, nb) <= limit:
            a, b = na, nb
    if _days(a, b) * 4 > total:
        return None
    return a, b


def _background_window(placed: list[_Placed], since: date | None) -> tuple[date, date] | None:
    """The stretch of the items of the sources' own period (from ``since``), when items
    wholly before it (background: a previous campaign, an earlier case) would take more
    of one axis than the period's own items span: those get the overview, the period the
    detail panel. None when the background is near enough to share one axis."""
    if since is None:
        return None
    current = [p for p in placed if p.end >= since]
    if not current or len(current) == len(placed):
        return None
    a, b = min(p.start for p in current), max(p.end for p in current)
    earliest = min(p.start for p in placed)
    return (a, b) if _days(earliest, a) > max(_days(a, b), 1) else None


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    span = _days(lo, hi)
    ticks: list[tuple[date, str]] = []
    if span <= 75:
        step = next(s for s in (1, 2, 7, 14, 28) if span / s <= 10)
        day = lo if step < 7 else lo + timedelta(days=(7 - lo.weekday()) % 7)
        while day <= hi:
            ticks.append((day, f"{day.day} {SHORT_MONTHS[day.month - 1]}"))
            day += timedelta(days=step)
    elif span <= 4 * 366:
        step = next(s for s in (1, 2, 3, 6, 12) if span / 30.4 / s <= 12)
        year, month = lo.year, lo.month
        while (month - 1) % step:
            month += 1
        while True:
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
            day = date(year, month, 1)
            if day > hi:
                break
            if day >= lo:
                label = SHORT_MONTHS[month - 1]
                if month == 1 or not ticks:
                    label += f" {year}"
                ticks.append((day, label))
            month += step
    else:
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if span / 365.25 / s <= 10)
        year = lo.year + (-lo.year) % step
        while year <= hi.year:
            day = date(year, 1, 1)
            if day >= lo:
                ticks.append((day, str(year)))
            year += step
    return ticks


def _panel(
    placed: list[_Placed],
    lo: date,
    hi: date,
    top: float,
    band: tuple[date, date] | None = None,
    label: str = "",
) -> tuple[list[str], float]:
    """SVG for one axis from ``lo`` to ``hi`` whose top edge is at ``top``; and its height."""
    span = max(_days(lo, hi), 1)
    pad = timedelta(days=max(1, round(span * 0.03)))
    if span < 3:
        pad = timedelta(days=3)
    lo, hi = lo - pad, hi + pad
    total = _days(lo, hi)
    left, right = MARGIN, WIDTH - MARGIN

    def x_of(day: date) -> float:
        return left + (right - left) * _days(lo, day) / total

    shapes = []
    # in the chronology's order: by first day, of two starting the same day the longer first
    for p in sorted(placed, key=lambda q: (q.start, -q.end.toordinal(), q.item.marker)):
        x0, x1 = x_of(p.start), x_of(p.end + timedelta(days=1))
        # A period's marker stands at its start, where the entries' chronological order
        # puts it: at its middle, a month's marker came after the days that follow its
        # first, numbered out of order, their stems crossing.
        cx = x0
        shapes.append((p, x0, x1, cx))
    # Greedy lanes: a marker may slide right of its date by up to MAX_SHIFT (its
    # stem then slants back to the date) before it is stacked in a higher lane.
    lane_ends: list[float] = []
    slots: list[tuple[int, float]] = []
    for p, _x0, _x1, cx in shapes:
        width = RADIUS * 2 + 3 + 3.2 * max(0, len(p.item.marker) - 2)
        for i, end in enumerate(lane_ends):
            mx = max(cx, end + width / 2)
            if mx - cx <= MAX_SHIFT and mx + width / 2 <= WIDTH - 2:
                lane_ends[i] = mx + width / 2
                slots.append((i, mx))
                break
        else:
            lane_ends.append(cx + width / 2)
            slots.append((len(lane_ends) - 1, cx))
    label_zone = 12 if label or band is not None else 0  # the heading row
    axis_y = top + label_zone + max(len(lane_ends), 1) * LANE + STEM
    out: list[str] = []
    if label:
        out.append(
            f'<text x="{left}" y="{top + 8}" font-size="8" font-weight="bold" '
            f'fill="{MUTED}" letter-spacing="0.6">{escape(label.upper())}</text>'
        )
    if band is not None:
        bx0, bx1 = x_of(band[0]), x_of(band[1] + timedelta(days=1))
        bx1 = max(bx1, bx0 + 3)
        # The note sits in the panel's heading row, where no marker is drawn: inside the
        # band it covered the markers just before a narrow band (the years before the
        # sources' months). It ends at the band's right edge, clear of the heading.
        note_x = min(max(bx1, left + HEADING_ROOM + NOTE_WIDTH), right)
        out.append(
            f'<rect x="{bx0:.1f}" y="{top + label_zone:.1f}" width="{bx1 - bx0:.1f}" '
            f'height="{axis_y - top - label_zone + 4:.1f}" fill="{BAND}"/>'
            f'<text x="{note_x:.1f}" y="{top + 8}" text-anchor="end" '
            f'font-size="7.5" font-style="italic" fill="{MUTED}">{DETAIL_NOTE}</text>'
        )
    out.append(
        f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" stroke="{INK}" '
        f'stroke-width="1"/>'
    )
    for day, text in _ticks(lo, hi):
        x = x_of(day)
        out.append(
            f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 4}" stroke="{INK}"/>'
            f'<text x="{x:.1f}" y="{axis_y + 14}" text-anchor="middle" fill="{MUTED}">'
            f"{escape(text)}</text>"
        )
    # Periods as bars on the axis, then every stem, then the markers on top.
    for _p, x0, x1, _cx in shapes:
        if x1 - x0 > 1.5:
            out.append(
                f'<rect x="{x0:.1f}" y="{axis_y - 2.5}" width="{x1 - x0:.1f}" height="5" '
                f'rx="2" fill="{ACCENT}" fill-opacity="0.25"/>'
            )
    for (_p, _x0, _x1, cx), (lane, mx) in zip(shapes, slots, strict=True):
        cy = axis_y - STEM - RADIUS - lane * LANE
        out.append(
            f'<path d="M{mx:.1f},{cy + RADIUS:.1f} L{mx:.1f},{cy + RADIUS + 3:.1f} '
            f'L{cx:.1f},{axis_y - 4} L{cx:.1f},{axis_y}" fill="none" stroke="{MUTED}" '
            f'stroke-width="0.7"/>'
        )
    for (p, _x0, _x1, _cx), (lane, mx) in zip(shapes, slots, strict=True):
        cy = axis_y - STEM - RADIUS - lane * LANE
        tip = escape(f"{readable(p.item.value)}: {p.item.caption}".rstrip(": "))
        out.append(
            f"<g><title>{tip}</title>"
            f'<circle cx="{mx:.1f}" cy="{cy:.1f}" r="{RADIUS}" fill="{ACCENT}"/>'
            f'<text x="{mx:.1f}" y="{cy + 3.1:.1f}" text-anchor="middle" font-size="8.5" '
            f'font-weight="bold" fill="#ffffff">{escape(p.item.marker)}</text></g>'
        )
    return out, axis_y + TICK_ZONE - top


def timeline_svg(
    items: Sequence[AxisItem], title: str = "Timeline of dated events", since: str | None = None
) -> str:
    """Inline SVG for ``items`` on a dated axis; an empty string when none can be placed.
    ``since`` (the first source's date) tells the period's own events from background."""
    placed = []
    for item in items:
        when = When.of(item.value)
        if when is not None:
            placed.append(_Placed(item, when.first, when.last))
    if not placed:
        return ""
    lo = min(p.start for p in placed)
    hi = max(p.end for p in placed)
    start = When.of(since) if since else None
    window = _background_window(placed, start.first if start else None) or _detail_window(placed)
    if window is None:
        body, height = _panel(placed, lo, hi, 4)
    else:
        inside = [p for p in placed if window[0] <= p.start and p.end <= window[1]]
        outside = [p for p in placed if p not in inside]
        body, first = _panel(outside, lo, hi, 4, band=window, label="Overview")
        detail, second = _panel(inside, window[0], window[1], 4 + first + PANEL_GAP, label="Detail")
        body += detail
        height = first + PANEL_GAP + second
    height += 4
    return "".join(
        [
            f'<svg class="timeline-figure" xmlns="http://www.w3.org/2000/svg" '
            f'viewBox="0 0 {WIDTH} {height:.0f}" width="{WIDTH}" height="{height:.0f}" '
            f'role="img" aria-label="{escape(title)}">',
            f"<title>{escape(title)}</title>",
            f'<g font-family="DejaVu Sans, sans-serif" font-size="9" fill="{INK}">',
            *body,
            "</g></svg>",
        ]
    )
