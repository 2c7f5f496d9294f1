"""A second expression on a dated verb that only closes the period the first one gives.

Figures are told for a period and the day it has reached: "the fund has fallen 2% this
year through Oct. 19", "sales grew little this year to August". The parse hangs both
expressions on the verb; the later one is the more precise value, but the happening is
the period's (the fall went on all year), not the closing day's: dated by that day, a
year's decline would sit on the timeline as one day's news. So where the later expression
follows the earlier one across nothing but a word closing a period ("through", "until",
"to"), the earlier one dates the verb.
"""

from __future__ import annotations

import re

from briefgen.models import Timex

__all__ = ["closes_period"]

# Only the closing word between the two expressions: "this year through Oct. 19".
_CLOSING = re.compile(r"\s*,?\s*(?:through|thru|until|till|to|up\s+to)\s+(?:the\s+)?", re.I)


def closes_period(text: str, earlier: Timex, later: Timex) -> bool:
    """Whether ``later`` is the end of the period ``earlier`` names, in ``text``."""
    if not earlier.text or later.start < earlier.end:
        return False
    return _CLOSING.fullmatch(text, earlier.end, later.start) is not None
