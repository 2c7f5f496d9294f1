"""A news outlet cited as a source is not an actor of the story.

Wire copy and news articles cite other outlets for what they found ("The New York Times
reported that …", "according to Politico", "the Post has learned"): the outlet's
"statements" are then the story's facts as another paper printed them, not a stance the
outlet took in it. An organisation whose shown statements are mostly such citations, and
that is a periodical or broadcaster by its name's head noun ("Times", "Post", "Journal",
"News", "Press") or by being named mostly as a venue ("told MSNBC", "on CNN"), is placed
with the settings in the profile order, after the actors who act and speak. An outlet
that argues its own case (an editorial's stance) in a third of its statements or more
keeps its place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefgen.aggregate.keypositions import SHOWN
from briefgen.aggregate.names import words
from briefgen.aggregate.salience import venue_share
from briefgen.models import Actor, Position

# The verbs by which a text cites what another publication printed or found.
_PUBLISHING = re.compile(
    r"^(?:according to|(?:has |have |had |first )?(?:learned|learnt|reported)|reports?|"
    r"reporting|wrote|writes|written|writing|published|publishes|revealed|obtained)$",
    re.IGNORECASE,
)
# Head nouns English gives the names of periodicals, broadcasters and news agencies.
_PERIODICAL_HEADS = frozenset(
    {"times", "post", "journal", "news", "herald", "tribune", "gazette", "telegraph",
     "magazine", "review", "chronicle", "observer", "globe", "daily", "press", "newspaper",
     "wire", "broadcasting", "radio", "television", "tv"}
)  # fmt: skip
# Named as a venue this often ("told CNN", "on MSNBC"), an organisation is a broadcaster.
_VENUE = 0.25


def cited_outlets(
    actors: Sequence[Actor], positions: Sequence[Position], texts: Mapping[str, str] | None
) -> set[str]:
    """The ids of the organisations whose statements are mostly citations of an outlet."""
    cues: dict[str, list[str]] = defaultdict(list)
    for p in positions:
        if p.speaker_id and p.attribution in SHOWN:
            cues[p.speaker_id].append((p.cue or "").strip())
    out = set()
    for a in actors:
        shown = cues.get(a.id)
        if a.type != "org" or not shown:
            continue
        cited = sum(1 for cue in shown if _PUBLISHING.match(cue))
        if 3 * cited < 2 * len(shown):
            continue
        name = words(a.name)
        periodical = bool(name) and name[-1] in _PERIODICAL_HEADS
        if periodical or (texts and venue_share(a, texts) >= _VENUE):
            out.add(a.id)
    return out
