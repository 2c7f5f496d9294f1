"""The scene of a public appearance told for itself: a speech, a stop, a rally, a stage.

A report of an appearance wraps what was said or done there in how it looked, and a
reader of a brief judges that wrapping trivial wherever it is shown. These are ways such
copy is written, not topics: any public figure's appearance brings them.

- the speech's shape ("closed her victory speech with a spirited tribute to ...", "spent
  much of his own speech praising the candidate"): how it was laid out, not what it said;
- the candidate's gestures to the crowd ("shook hands with brunch-goers", "posed for
  photos", "working a rope line") and the heckler met on the way;
- the audience's response ("drawing applause", "to a standing ovation", "the attendees
  chanted", "the friendly audience cheered") and the room ("a packed gym");
- the figure's bid for the crowd's sympathy, as the narrator reads it ("tried here last
  week to empathize with their frustrations", "sought to connect with voters");
- one figure told as acting like another ("pulled a <name>"): the narrator's image of a
  manner.

Each pattern reads the narration only (quotations removed by the caller), less what the
brief has put in brackets. An act told in
the same sentence (an endorsement made at the rally) is the news and is the caller's to
keep (``newsworthy.colour``).
"""

from __future__ import annotations

import re

__all__ = ["appearance_scene"]

# The speech's shape: the verbs that lay a speech out, with the speech as their object.
_SHAPE = re.compile(
    r"\b(?:opened|closed|began|ended|started|concluded|capped|spent|devoted)\s+"
    r"(?:(?:much|most|part|the\s+bulk|a\s+good\s+deal)\s+of\s+)?(?:his|her|their|its|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:speech|remarks|address|keynote)\b"
)
# The crowd met on the way: a handshake with people of the crowd (a handshake between
# leaders is left: it can be the news), a photo call, a rope line, a heckler.
_CROWD_NOUNS = (
    r"(?:supporters|voters|[\w]+-goers|diners|patrons|customers|shoppers|workers|fans"
    r"|well-wishers|residents|students|the\s+crowd|attendees|onlookers)"
)
_GESTURE = re.compile(
    rf"\b(?:shook|shaking|shakes)\s+hands\s+with\s+(?:[\w-]+\s+){{0,2}}?{_CROWD_NOUNS}\b"
    r"|\b(?:posed|posing|poses)\s+for\s+(?:[\w-]+\s+)?(?:photos|pictures|photographs"
    r"|selfies)\b|\brope\s?line\b|\bheckl(?:er|ers|ed|ing)\b"
)
# The audience's response, drawn or met ("drawing applause", "to a standing ovation"),
# the audience as the subject of its reaction, and a full or empty room.
_RESPONSE = re.compile(
    r"\b(?:drew|drawing|draws|earned|earning|prompted|prompting|elicited|got)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:applause|cheers|laughter|laughs|boos|jeers|ovations?)\b"
    r"|\bto\s+(?:a\s+)?(?:standing\s+ovation|(?:thunderous|rousing|loud|raucous)\s+"
    r"(?:applause|cheers))\b|\bto\s+the\s+(?:strains|sound)\s+of\b"
    r"|^[^;:]{0,50}?\b(?:audience|attendees|rally-?goers|the\s+room)\b[^.;:]{0,40}?\b"
    r"(?:chant(?:ed|ing)?|cheer(?:ed|ing)?|boo(?:ed|ing)|erupted|roared|applauded|laughed"
    r"|gasped)\b"
    r"|\b(?:packed|overflow|standing-room(?:-only)?|capacity|half-empty)\s+"
    r"(?:crowd|audience|room|hall|arena|gym|gymnasium|ballroom|auditorium)\b",
    re.I,
)
# The bid for the crowd's sympathy, the narrator's reading of a figure's intent.
_APPEAL = re.compile(
    r"\b(?:tried|sought|attempted|worked|trying|seeking)\s+(?:[\w-]+\s+){0,3}?to\s+"
    r"(?:empathi[sz]e|connect\s+with|relate\s+to|bond\s+with|woo|charm)\b"
)
# "pulled a <name>": the image of one figure's manner in another's.
_IMITATION = re.compile(r"\bpulled\s+an?\s+[A-Z][a-z]+")

_PATTERNS = (_SHAPE, _GESTURE, _RESPONSE, _APPEAL, _IMITATION)
# What the brief puts in brackets ("tried here [in Buena Park] last week to ..."): its own
# naming of a reference, no word of the sentence's construction.
_BRACKETED = re.compile(r"\s*\[[^\]]*\]")


def appearance_scene(narration: str) -> bool:
    """Whether ``narration`` (a sentence with its quotations removed) tells the scene of a
    public appearance: a speech's shape, the gestures to the crowd and the heckler, the
    audience's response or the room, the bid for sympathy, or the image of one figure's
    manner in another's."""
    bare = _BRACKETED.sub("", narration)
    return any(p.search(bare) for p in _PATTERNS)
