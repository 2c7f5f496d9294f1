"""Lines a wire service sends before its story: a dateline standing alone ("HAVANA (AP)
--", "MIAMI —", "NAIROBI, Kenya (AP) _", "BEIJING, Jan. 5 (Xinhua) --", "(Undated)") and
a newspaper's lead-in to an editorial it distributes ("The New York Times said in an
editorial on Thursday, Jan. 6:"). Neither is a sentence of the story: they say where,
when and whose it is."""

from __future__ import annotations

import re

__all__ = ["is_wire_lead_line", "names_dateline_agency"]

_PLACE = r"[A-Z][A-Z.'’/ ,-]*[A-Z.]"  # in capitals: "HAVANA", "ST. LOUIS", "PARIS/ATLANTA"
_DAY_AFTER = r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # ", Jan. 5"
_AGENCY = r"\((?:[A-Z][\w&.]*\s?){1,3}\)"  # "(AP)", "(AP )", "(Xinhua)"
# the place's country or state after it, in its own case: ", Kenya", ", New Zealand", ", Mo."
_REGION = r"(?:,(?:\s+[A-Z][\w.'’-]*){1,3})?"
_DASH = r"(?:--?|[–—―_])"
_DATELINE = re.compile(
    rf"(?:{_PLACE}{_REGION}{_DAY_AFTER}\s*(?:{_AGENCY}\s*)?{_DASH}"
    rf"|{_PLACE}{_REGION}{_DAY_AFTER}\s*{_AGENCY}"
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


# A wire dateline wherever it stands in a line, its agency marked: the place in capitals
# (maybe with its country, "CHREY THOM, Cambodia"), the day, the agency in brackets ("(AP)",
# "(Reuters Life!)"), then a dash or the line's end.
_DATELINE_AGENCY = re.compile(
    rf"{_PLACE}(?:,(?:\s+[A-Z][\w.'’-]*)+)?{_DAY_AFTER}\s*\(\s*"
    r"(?P<agency>[A-Z][\w&.!]*(?:\s[A-Z][\w&.!]*){0,2})\s*\)\s*"
    rf"(?:{_DASH}|\n|$)"
)


def names_dateline_agency(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names the agency of a wire dateline ("LIMA (Reuters) -"):
    the publisher of the page, in its furniture."""
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    for found in _DATELINE_AGENCY.finditer(text, line, len(text) if stop < 0 else stop + 1):
        if found.start("agency") == start and end <= found.end("agency"):
            return True
    return False
