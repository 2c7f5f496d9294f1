"""The narrator's portrait of a participant told as a fact: the outlet's reading of a person.

A news lede may close on the writer's portrait of someone it names: "... has named Tom
Reed as her deputy, a man who dropped his old views to please the new leader". The news is
true; the portrait is the outlet's opinion, and shown whole the line states it as a fact.
The timeline shows the news without it (``without_portrait``).

(A broader rule, the narrator's verdict told by a copula and a graded quality, "The
speech was a disaster", was measured and not kept: on the dev corpora its only shown
effect took an analysis memo's cited thesis out of the key judgments.)
"""

from __future__ import annotations

import re

# The narrator's portrait of a participant, hung on the end of the sentence's news: "...
# has named Tom Reed as her deputy, a man who dropped his old views to please the new
# leader". A bare noun for a human ("a man", "a woman") names no one (the name stands
# before it): what its relative clause says is the writer's reading of the person, not the
# news, and the outlet's opinion shown as fact. Cut, the news reads alone; the cut is
# marked as the brief marks any ("…"). A quotation in the clause keeps the sentence whole
# (a speaker's words are cut elsewhere, if at all).
_PORTRAIT = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:man|woman|person)\s+(?:who|whose)\s[^\"“”‘’]*$"
)
# What the cut leaves must be a sentence's news, not a stub nor an opening adverbial: in
# "At the town hall in Marlow, a young woman who had studied abroad asked ..." the portrait
# is the subject.
PORTRAIT_MIN_WORDS = 6
_ADVERBIAL = re.compile(
    r"^\W*(?:At|In|On|During|After|Before|From|With|Without|For|Near|Inside|Outside|Among"
    r"|Under|By|Since|Until|Later|Earlier|Previously|Meanwhile|Then)\b[^,]*$"
)


def without_portrait(text: str) -> str:
    """``text`` without the narrator's closing portrait of a participant (", a man who
    ..."), the cut marked; ``text`` itself when it closes on none."""
    found = _PORTRAIT.search(text)
    if found is None:
        return text
    news = text[: found.start()].rstrip()
    if len(news.split()) < PORTRAIT_MIN_WORDS or _ADVERBIAL.match(news):
        return text
    return news + " …"
