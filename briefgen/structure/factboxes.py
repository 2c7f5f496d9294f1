"""Fact boxes: "Label: value" pairs in one line ("Born: … Also known as: …") and a box's
heading in capitals run into its text.

Only the general shapes of page parts are named here, never a site, a publisher or a topic.
"""

from __future__ import annotations

import re

# A box's heading in capitals run into its text: "SYMPTOMS - WHAT TO DO Swine flu symptoms
# are …", "JANE DOE - FIRST CONFIRMED CASE Jane Doe says …" (two capitalised parts, a dash
# or colon between, then a capitalised word in lower case).
BOX_HEADING = re.compile(
    r"^[A-Z][A-Z0-9'’]+(?: [A-Z0-9'’&]+)* [-–—:] [A-Z][A-Z0-9'’]+(?: [A-Z0-9'’&?]+)+ "
    r"(?=[A-Z][a-z])"
)

# A newsletter item's kicker in capitals run into its text: "MARKETS SHRUG OFF THE VOTE,
# FOR NOW - Ann Holt: “…”", "HE HAS BEEN CALLED OUT BEFORE — He …" (a line of four or more
# words in capitals, a dash or colon, then the item in lower case). Four words keep out a
# wire dateline ("SALT LAKE CITY - The …"), which the dateline reader takes.
KICKER = re.compile(r"^[A-Z][A-Z0-9'’]+(?:,? [A-Z0-9'’&]+){3,} [-–—:] (?=[A-Z“\"])")

FACTBOX_LABEL = re.compile(r"(?:^|\s)[A-Z][a-z]+(?: [a-z]+){0,3}:\s")


def is_factbox(text: str) -> bool:
    """Two or more "Label: value" pairs in one line ("Born: … Also known as: …")."""
    return len(FACTBOX_LABEL.findall(text)) >= 2


FACTBOX_LINE_LABELS = 3
_OPENING_LABEL = re.compile(r"\s*[A-Z][a-z]+(?: [a-z]+){0,3}:\s")


def is_factbox_line(text: str) -> bool:
    """A profile box flattened into one line, however long: it opens with a label and
    holds several ("Born: … Also known as: … Biggest hits: …"). Prose quoting two people
    ("He said: … She said: …") rarely opens with a label or holds three."""
    if not _OPENING_LABEL.match(text):
        return False
    return len(FACTBOX_LABEL.findall(text)) >= FACTBOX_LINE_LABELS
