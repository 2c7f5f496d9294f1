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

Around the appearance, a report (a live page's update most of all) tells its side details
as they come, and they are no news either (``side_detail``): what someone wore, an
arrival ("her plane has landed"), the figures taking their places or the stage, who is in
the audience, the doors opening, the crowd before the event, the running order ("next up
is ..."), a figure's own vote and the place of their results-night party ("caucused in
Ames", "is holding his primary night party in Dayton"), and the reporter's own post
("I'm in the hall").
"""

from __future__ import annotations

import re

__all__ = ["appearance_scene", "side_detail"]

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


# What someone wore, told with a finite verb of dress ("wore a campaign hat", "was dressed in
# a dark suit"); a participle ("police wearing masks sealed off the hotel") leaves the
# sentence its own predicate. Garments of appearance only: a mask or gloves put on against
# a disease are a measure, and their wearing can be the news.
_GARMENTS = (
    r"(?:hats?|caps?|suits?|dress(?:es)?|ties?|jackets?|(?:t-)?shirts?|scarf|scarves|badges?"
    r"|buttons?|pins?|gowns?|pyjamas|pajamas|sunglasses|uniforms?|outfits?|coats?|sweaters?"
    r"|jeans|boots|shoes|sneakers|blazers?|robes?|wigs?|armbands?|sashes|costumes?)"
)
_DRESS = re.compile(
    r"\b(?:wore|donned|sported|(?:is|was|were|are)\s+(?:also\s+)?(?:wearing|dressed\s+in"
    rf"|clad\s+in|sporting))\s+(?:[\w'’-]+\s+){{0,5}}?{_GARMENTS}\b",
    re.I,
)
# An arrival: a vehicle landing or pulling up ("Her plane has landed", "the motorcade
# arrived"), or someone arriving at the venue ("arrived at the courthouse"). Where the
# arrival is somewhere in the story (a virus "arrived in Europe", a visit "in Mexico
# City"), it is told without a venue's noun and is left.
_VENUES = (
    r"(?:venue|hall|arena|stage|court|courthouse|courtroom|convention|stadium|auditorium"
    r"|theatre|theater|studio|ballroom|gym|gymnasium)"
)
_ARRIVAL = re.compile(
    r"\b(?:plane|jet|aircraft|motorcade|helicopter|Air\s+Force\s+One|campaign\s+bus)\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:just\s+|now\s+|finally\s+)?(?:landed|touched\s+down"
    r"|arrived|pulled\s+(?:up|in))\b"
    r"|\b(?:has\s+|have\s+|had\s+)?(?:just\s+|now\s+|finally\s+)?(?:arrived|turned\s+up"
    rf"|showed\s+up)\s+(?:here\s+)?(?:at|in|outside|inside)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"{_VENUES}\b",
    re.I,
)
# The figures taking their places ("the candidates have taken their places", "took the
# stage"), told as what they did: "When she took the stage, she became the first ..." tells
# it as the time of its main clause (``_SUBORDINATE``).
_PLACES = re.compile(
    r"\b(?:took|takes|(?:has|have|had)\s+taken)\s+(?:to\s+)?(?:their|his|her|the)\s+"
    r"(?:podiums?|stage|lecterns?)\b|\b(?:took|takes|(?:has|have|had)\s+taken)\s+(?:their|his"
    # a seat in a chamber or a place among others is an office or a rank, not the stage
    r"|her)\s+(?:places?|seats?)(?=\s*(?:[.,;:]|$|on\s+(?:the\s+)?stage\b|at\s+(?:their|his|her"
    r"|the)\s+(?:podiums?|lecterns?|desks?|tables?)\b|behind\b))"
    r"|\b(?:walked|came|strode|stepped)\s+(?:out\s+)?(?:(?:on\s?to|onto|on)\s+(?:the\s+)?stage"
    r"|onstage)\b",
    re.I,
)
# Who is in the room ("was in the audience", "among those in attendance", "seated in the
# front row") and the doors of the venue ("Doors open at 6pm"). An absence ("will not be in
# attendance") is a snub and can be the news: only the affirmative copula is read.
_ATTENDANCE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:also\s+|among\s+those\s+)?(?:in\s+the\s+(?:audience|room|hall"
    # a room named ("in the White House East Room"), not a ward ("the emergency room")
    r"|front\s+row|crowd|(?-i:(?:[A-Z][\w'’.-]*\s+){1,4}(?:Room|Hall)))|in\s+attendance"
    r"|seated\s+(?:in|on|at|beside|next))\b"
    r"|\bamong\s+(?:those|the\s+(?:guests|attendees|dignitaries))\s+(?:in\s+attendance"
    r"|present|attending|in\s+the\s+(?:audience|room|hall))\b"
    r"|\bdoors\s+(?:have\s+|had\s+|will\s+)?(?:opened|open|opens)\b",
    re.I,
)
# The crowd waiting before the event and the venue filling: "Hundreds of supporters had
# lined up outside", "the auditorium was half-empty" (a room "full of" things is its
# furnishing). A crowd filling a place is left: "crowds filled the streets of the capital",
# "thousands packed the square" is what a protest's or a mourning's report tells first.
_CROWD = re.compile(
    r"\b(?:crowds?|(?:hundreds|thousands|dozens|scores)\s+of\s+(?:[\w-]+\s+){0,2}?"
    rf"{_CROWD_NOUNS}|supporters|attendees|spectators)\s+(?:[\w,'’-]+\s+){{0,6}}?"
    r"(?:had\s+|have\s+|has\s+|were\s+|are\s+|was\s+|is\s+)?(?:already\s+|patiently\s+)?"
    r"(?:waited|waiting|lined\s+up|lining\s+up|queued|queuing|queueing)\b"
    rf"|\b{_VENUES}\s+(?:is|was)\s+(?:already\s+|slowly\s+|quickly\s+)?(?:filling|full|packed"
    r"|half[- ]empty|empty)\b(?!\s+of\b)",
    re.I,
)
# The running order: "Next up is the governor", "She will speak next", "followed on stage
# by". "up next week" is a date, not the order of a programme.
_ORDER = re.compile(
    r"\bnext\s+up\b|\b(?:(?:is|are|will\s+be)\s+(?:up\s+)?|up\s+)next\b(?!\s+(?:week|month"
    r"|year|day|time|term|season|round|session|[A-Z][a-z]+day|spring|summer|fall|autumn"
    r"|winter)\b)"
    r"|\bwill\s+(?:speak|be\s+speaking|take\s+the\s+stage)\s+(?:next|first|last|shortly|soon)\b",
    re.I,
)
# The reporter's own post and plans, in the first person of the narration: "I'm here in
# the hall", "We're outside the courthouse", "I have just arrived", "We'll be bringing you
# the results". Quotations are removed by the caller: a speaker's "I am in this race" is
# no narration.
_REPORTER = re.compile(
    r"(?:^|[^\w'’])(?:I['’]m|I\s+am|[Ww]e['’]re|[Ww]e\s+are)\s+(?:now\s+|currently\s+|live\s+"
    r"|standing\s+|sitting\s+)*(?:here\s+)?(?:in|at|outside|inside)\s+(?:the\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_VENUES}|room|press\s+(?:room|box|area|pen)"
    r"|media\s+(?:room|cent(?:re|er))|filing\s+cent(?:re|er))\b"
    r"|(?:^|[^\w'’])I\s+(?:have\s+|['’]ve\s+)?(?:just\s+)?(?:arrived|landed|got\s+here)\b"
    r"|\b(?:I|[Ww]e)(?:['’]ll|\s+will)\s+be\s+(?:bringing|covering|following|blogging|updating"
    r"|posting|live-?blogging)\b",
)
# A figure's own vote, told of them by name ("Roe caucused in Ames", "Smith early voted
# on March 2", "cast her ballot in her home town"; "voted early" is left: a chamber votes
# early in the day), and where they await the results ("is
# holding his primary night party in Dayton"): how a principal spends election day, not its
# result. A vote counted ("80,000 Democrats caucused", "Senate Republicans voted to block")
# is told of a group, by a number or a plural, and is left.
_OWN_VOTE = re.compile(
    r"^\s*(?!(?:The|A|An)\b)(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?<![nrt]s)\s+"
    r"(?:(?:also|already|then)\s+)?(?:caucused|early[- ]voted|voted\s+(?:absentee|by\s+mail))\b"
    r"|\bcast\s+(?:his|her)\s+(?:own\s+)?(?:ballot|vote)\b"
    r"|\b(?:primary|election|caucus|results?|victory|watch)[- ]night\s+(?:watch\s+)?(?:party"
    r"|parties|rally|event|gathering|headquarters)\b"
)
# A subordinating word or a relative pronoun before the detail: the detail is then the
# time or the scene of its sentence's main clause ("When she took the stage, she became
# the first ...", "after arriving at the airport, he was diagnosed"), which is left to
# be judged for itself.
_SUBORDINATE = re.compile(
    r"\b(?:after|as|when|whenever|while|before|once|until|since|upon|because|though"
    r"|although|if|who|which|whose|whom)\b",
    re.I,
)
_SIDE = (_DRESS, _ARRIVAL, _PLACES, _ATTENDANCE, _CROWD, _ORDER, _OWN_VOTE)


def side_detail(narration: str) -> bool:
    """Whether ``narration`` (a sentence with its quotations removed) tells a side detail
    of an occasion as its own main predicate: what someone wore, an arrival, the figures
    taking their places or the stage, who is in the room, the doors opening, the crowd
    waiting or the room filling, the running order, a figure's own vote or results-night
    party; or the reporter's own post or plans, told in the first person."""
    bare = _BRACKETED.sub("", narration)
    if _REPORTER.search(bare):
        return True
    for pattern in _SIDE:
        found = pattern.search(bare)
        if found is not None and _SUBORDINATE.search(bare, 0, found.start()) is None:
            return True
    return False
