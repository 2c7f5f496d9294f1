"""The time-axis figure as a PNG, for formats that cannot show SVG (Word).

WeasyPrint no longer rasterises, and CairoSVG needs the Cairo C library, which
WeasyPrint itself no longer requires, so a user may not have it. The figure is
briefgen's own SVG (``render/svg.py``) and uses six elements only (line, rect,
an M/L path, circle, text, and a group with inherited font and fill), so it is
drawn here with Pillow, which WeasyPrint already depends on: no new library and
no system dependency. Anything else in the SVG is ignored, never guessed at.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from functools import cache
from typing import Any

from PIL import Image, ImageDraw, ImageFont

_NS = "{http://www.w3.org/2000/svg}"
_POINT = re.compile(r"[ML]\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)")
# SVG's text-anchor with a baseline, as Pillow names text anchors.
_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@cache
def _font(size: int, bold: bool) -> Font:
    """DejaVu Sans (the figure's first choice) when installed, else Pillow's own font."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(name, size)
    except OSError:
        return ImageFont.load_default(size)


def _colour(value: str | None, opacity: float = 1.0) -> tuple[int, int, int] | None:
    """``#rrggbb`` as RGB, mixed with the white page for an opacity below 1."""
    if not value or value == "none" or not value.startswith("#") or len(value) != 7:
        return None
    rgb = [int(value[i : i + 2], 16) for i in (1, 3, 5)]
    r, g, b = (round(c * opacity + 255 * (1 - opacity)) for c in rgb)
    return (r, g, b)


def svg_to_png(svg: str, scale: float = 3.0) -> bytes:
    """The PNG bytes of a figure from ``render.svg``, ``scale`` pixels per SVG unit."""
    root = ET.fromstring(svg)
    _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
    image = Image.new("RGB", (round(width * scale), round(height * scale)), "white")
    draw = ImageDraw.Draw(image)
    _draw(draw, root, {"font-size": "9", "fill": "#000000"}, scale)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _draw(draw: ImageDraw.ImageDraw, node: ET.Element, inherited: dict[str, str], k: float) -> None:
    for child in node:
        tag = child.tag.removeprefix(_NS)
        attrs = {**inherited, **child.attrib}
        if tag == "g":
            _draw(draw, child, {a: v for a, v in attrs.items() if a in _INHERITED}, k)
        elif tag in _SHAPES:
            _SHAPES[tag](draw, child, attrs, k)


_INHERITED = {"font-size", "font-weight", "fill"}


def _num(attrs: dict[str, str], name: str) -> float:
    return float(attrs.get(name, "0"))


def _line(draw: ImageDraw.ImageDraw, _node: ET.Element, a: dict[str, str], k: float) -> None:
    ends = [_num(a, n) * k for n in ("x1", "y1", "x2", "y2")]
    colour = _colour(a.get("stroke")) or (0, 0, 0)
    draw.line(ends, fill=colour, width=max(1, round(float(a.get("stroke-width", "1")) * k)))


def _rect(draw: ImageDraw.ImageDraw, _node: ET.Element, a: dict[str, str], k: float) -> None:
    x, y, w, h = (_num(a, n) * k for n in ("x", "y", "width", "height"))
    colour = _colour(a.get("fill"), float(a.get("fill-opacity", "1")))
    if colour is not None and w > 0 and h > 0:
        draw.rounded_rectangle((x, y, x + w, y + h), radius=_num(a, "rx") * k, fill=colour)


def _path(draw: ImageDraw.ImageDraw, _node: ET.Element, a: dict[str, str], k: float) -> None:
    points = [(float(x) * k, float(y) * k) for x, y in _POINT.findall(a.get("d", ""))]
    colour = _colour(a.get("stroke"))
    if colour is not None and len(points) > 1:
        width = max(1, round(float(a.get("stroke-width", "1")) * k))
        draw.line(points, fill=colour, width=width, joint="curve")


def _circle(draw: ImageDraw.ImageDraw, _node: ET.Element, a: dict[str, str], k: float) -> None:
    cx, cy, r = (_num(a, n) * k for n in ("cx", "cy", "r"))
    colour = _colour(a.get("fill"))
    if colour is not None:
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)


def _text(draw: ImageDraw.ImageDraw, node: ET.Element, a: dict[str, str], k: float) -> None:
    if not node.text:
        return
    font = _font(max(1, round(float(a["font-size"]) * k)), a.get("font-weight") == "bold")
    draw.text(
        (_num(a, "x") * k, _num(a, "y") * k),
        node.text,
        fill=_colour(a.get("fill")) or (0, 0, 0),
        font=font,
        anchor=_ANCHORS.get(a.get("text-anchor", "start"), "ls"),
    )


_SHAPES: dict[str, Any] = {
    "line": _line,
    "rect": _rect,
    "path": _path,
    "circle": _circle,
    "text": _text,
}
