"""Lines a wire service sends before its story: a dateline standing alone ("HAVANA (AP)
--", "MIAMI —", "BEIJING, Jan. 5 (Xinhua) --", "(Undated)") and a newspaper's lead-in to
an editorial it distributes ("The New York Times said in an editorial on Thursday, Jan.
6:"). Neither is a sentence of the story: they say where, when and whose it is."""

from __future__ import annotations

import re

__all__ = ["is_wire_lead_line"]

_PLACE = r"[A-Z][A-Z.'’/ ,-]*[A-Z.]"  # in capitals: "HAVANA", "ST. LOUIS", "PARIS/ATLANTA"
_DAY_AFTER = r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # ", Jan. 5"
_AGENCY = r"\((?:[A-Z][\w&.]*\s?){1,3}\)"  # "(AP)", "(AP )", "(Xinhua)"
_DASH = r"(?:--?|[–—_])"
_DATELINE = re.compile(
    rf"(?:{_PLACE}{_DAY_AFTER}\s*(?:{_AGENCY}\s*)?{_DASH}|{_PLACE}{_DAY_AFTER}\s*{_AGENCY}"
    r"|\((?i:undated)\))"
)
# "<Paper> says|said in an editorial [on Thursday, Jan. 6]:" ahead of the editorial's text.
_EDITORIAL = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w.'’&-]*\s+){1,5}(?:says|said)\s+in\s+(?:an|its|a\s+recent)\s+"
    r"editorial\b[^!?\n]{0,60}:"
)


def is_wire_lead_line(text: str) -> bool:
    """Whether ``text`` (a whole line) is a wire dateline or an editorial's lead-in."""
    text = text.strip()
    return bool(_DATELINE.fullmatch(text) or _EDITORIAL.fullmatch(text))
