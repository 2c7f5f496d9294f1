"""Who speaks next: a transcript's speaker label ("COOPER:") and stage directions, a live
page's entry time ("12:45"), a forum comment's header ("… wrote:"), a line whose verb opens
a quotation ("He said:").

Only the general shapes of page parts are named here, never a site, a publisher or a topic.
"""

from __future__ import annotations

import re

from briefgen.structure.photo_credits import is_open_credit, is_photo_credit

# A speaker label opening a transcript turn: "COOPER:", "MOHAMED ELBARADEI (through
# translator):", "SEN. JOHN MCCAIN (R), ARIZONA:". Capitals only: prose never writes so.
SPEAKER = re.compile(
    r"^\s*(?P<label>[A-Z][A-Z'’.\-]*(?:[ ,]+(?:\([A-Z]\)|[A-Z][A-Z'’.\-]*)){0,5}"
    r"(?:\s*\([^()\n]{1,40}\))?)\s*:\s+(?=\S)"
)
NOTICE_LABELS = frozenset(
    {
        "CLARIFICATION",
        "CORRECTION",
        "UPDATE",
        "UPDATED",
        "NOTE",
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "EDITORS NOTE",
        "WATCH",
        "BREAKING",
        "READ MORE",
        "RELATED",
        "SEE ALSO",
        "PHOTOS",
        "VIDEO",
        "LISTEN",
        "MORE",
        "ALSO",
        "ADVERTISEMENT",
    }
)
STAGE_DIRECTION = re.compile(r"^\s*\((?:[A-Z][A-Z ,'’.-]{2,60})\)\s*$")
# A live page's entry time: "12:45", "1245 GMT", "9.30am" at the start of an entry.
LIVE_TIME = re.compile(
    r"^\s*(?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|ET|EDT|"
    r"EST|PT|PDT|PST|local))?|(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|BST|UTC|CET|ET|EDT|EST|local)|(?:[01]\d|2[0-3])[0-5]\d(?=:))"
    r"\s*(?::|[-–—]|\b)\s*"
)
TIME_LINE = re.compile(
    r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:[ap]\.m\.?|[ap]m)(?:\s?[A-Z]{2,4})?|"
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?:GMT|BST|UTC|CET|ET|EDT|EST))?:?"
)

# Forum and blog comment headers: "At 08:55 am on 30 Jun 2009, sensiblegrannie wrote:".
COMMENT_HEADER = re.compile(
    r"(?:\bAt\s+\d{1,2}[:.]\d\d[^\n]{0,60}?|(?<![^\s])[\w.@'’-]{2,40}\s)wrote:\s"
)

_LABEL_WORDS = frozenset({"url", "link", "links", "source", "sources", "tags", "via", "share"})


def introduces_quote(text: str) -> bool:
    """ "He said:", "Caddell continued:": a short line whose verb opens what follows."""
    stripped = text.rstrip()
    if not stripped.endswith(":") or is_open_credit(stripped) or is_photo_credit(stripped):
        return False
    last = stripped[:-1].split()[-1] if stripped[:-1].split() else ""
    return last.islower() and last.strip("'’\"”") not in _LABEL_WORDS
