"""Whether a plan told for a day that has passed is borne out as done.

"Clinton plans to visit the city on Sunday", written on Friday, tells what was meant to
happen. Shown under a Sunday that the latest sources are past, it reads as what happened,
and plans are changed, postponed and called off. The plan is the day's news only when a
source of its event reports a happening of its own kind as done ("she toured a church in
the city on Sunday"); a report of something else that day (a speech, a game) that merged
with it is no such word.

Within one article, a plan or a third party's report is often undone in the very next
sentence ("X was planning to hold a fund-raiser on Thursday, a spokeswoman said." →
"Hours later, the company said the event was canceled."), or under a headline denying it
("X denies …" above "'…,' a news agency reported"). Shown alone, the plan reads as the
day's news and the report as fact: ``called_off`` tells the sentence that undoes a plan,
and ``denied_by`` the headline that denies a report, so the brief shows the plan with its
outcome and the report not at all.
"""

from __future__ import annotations

import re

from briefgen.aggregate.terms import concepts
from briefgen.extract.quotes import QUOTED
from briefgen.models import Event, EventMention

__all__ = ["borne_out", "called_off", "denied_by", "planned", "reported_claim"]

# The narrator telling what someone meant or was due to do, not what was done: "was
# planning to", "planned to", "was scheduled to", "is set to", "was expected to", "will
# reportedly".
_PLANNED = re.compile(
    r"(?<!\bnot\s)(?<!\bnever\s)"  # "did not intend to speak to him again": no plan
    r"\b(?:(?:is|are|was|were)\s+planning\s+to|plans?\s+to|planned\s+to|intends?\s+to"
    r"|intended\s+to|(?:is|are|was|were)\s+(?:scheduled|set|due|expected|slated|going)\s+to"
    r"|will\s+reportedly|(?:is|are|was|were)\s+reportedly\s+(?:planning|set|going)\s+to)\b",
    re.I,
)
# What undoes a plan, told as done: "the event was canceled", "called off", "postponed".
_UNDONE = re.compile(
    r"\b(?:cancell?ed|cancels|called\s+off|calls\s+off|scrapped|scraps|postponed|postpones"
    r"|shelved|abandoned|put\s+off|pulled\s+out|backed\s+out|(?:was|were)\s+(?:not|never)"
    r"\s+(?:held|asked|invited))\b",
    re.I,
)
# Someone else's report, told as theirs: "…, Bloomberg reported", "according to a report".
_REPORTED = re.compile(
    r"\b(?:[A-Z][\w.&’'-]*\s+)+(?:reported|reports)\b|\baccording\s+to\s+(?:an?\s+)?(?:\w+\s+){0,3}"
    r"report\b|\breportedly\b"
)
# A headline denying a report or a claim: "X denies …", "… is false".
_DENIES = re.compile(r"\b(?:denies|denied|deny|rejects|dismisses|refutes|debunks)\b", re.I)


def borne_out(plan: EventMention, event: Event) -> bool:
    """Whether a mention of ``event`` other than ``plan`` reports done (not as scheduled)
    the kind of happening ``plan`` announces. A plan naming no kind of happening ("she is
    expected in the city on Sunday") is borne out by any report of its event."""
    kinds = concepts(plan.description)
    return any(
        not m.scheduled and m is not plan and (not kinds or kinds & concepts(m.evidence.sentence))
        for m in event.mentions
    )


def planned(text: str) -> bool:
    """Whether the narrator of ``text`` tells a plan ("was planning to hold a fund-raiser
    on Thursday", "will reportedly deliver a speech"); a quotation's plans are its
    speaker's."""
    return _PLANNED.search(QUOTED.sub(" ", text)) is not None


def called_off(text: str) -> bool:
    """Whether ``text`` tells a plan undone: cancelled, called off, postponed, scrapped."""
    return _UNDONE.search(QUOTED.sub(" ", text)) is not None


def reported_claim(text: str) -> bool:
    """Whether ``text`` tells what a third party reported, as its report ("…, Bloomberg
    reported on Tuesday", "according to a news report", "reportedly")."""
    return _REPORTED.search(QUOTED.sub(" ", text)) is not None


def denied_by(text: str, headline: str | None) -> bool:
    """Whether ``text``, a third party's report (``reported_claim``), sits under a
    ``headline`` denying it ("X Denies Y Invited to Convention"): the article reports the
    denial, and the report shown alone would read as fact. The article's own statements
    ("the police said they did not intend to speak to him again" under "Lawyer denies
    …") are not what the headline denies."""
    if not headline or not reported_claim(text):
        return False
    return _DENIES.search(headline) is not None
