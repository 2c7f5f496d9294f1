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

Its statements are few beside its citations, and the extraction reads "the Times called
the plan a gamble" as a stance: so a newsroom (a periodical's head noun, or named with a
newsroom's noun: "a CNN poll", "a Post reporter") that the corpus names mostly as what it
cites ("according to the Times", "told CNN", "first reported by the Post") is a source
too, whatever its statements.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefgen.aggregate.agency import acting_sources, is_setting
from briefgen.aggregate.keypositions import SHOWN
from briefgen.aggregate.names import words
from briefgen.aggregate.salience import NAMED, venue_share
from briefgen.extract.actors import plain
from briefgen.extract.country_names import country_name
from briefgen.models import Actor, ActorType, Event, Mention, Position

# The verbs by which a text cites what another publication printed or found.
_PUBLISHING = re.compile(
    r"^(?:according to|(?:has |have |had |first )?(?:learned|learnt|reported)|reports?|"
    r"reporting|wrote|writes|written|writing|published|publishes|revealed|obtained)$",
    re.IGNORECASE,
)
# A medium's own acts, as a position's cue or an event's lemma: publishing and reporting,
# confirming, airing, calling a race, interviewing, polling.
_MEDIUM_CUE = re.compile(
    r"^(?:(?:has |have |had |first |later |also )?(?:according to|learn|learned|learnt|"
    r"report|reported|reports|reporting|write|wrote|writes|written|writing|publish|"
    r"published|publishes|reveal|revealed|obtain|obtained|confirm|confirmed|confirms|"
    r"confirming|air|aired|airs|airing|broadcast|broadcasts|call|called|calling|calls|"
    r"project|projected|projecting|interview|interviewed|interviewing|ask|asked|asking|"
    r"poll|polled|release|released))$",
    re.IGNORECASE,
)
# A newsroom the subject of another act in this many sources acts in the story.
_OWN_ACTS = 2
# Head nouns English gives the names of periodicals, broadcasters and news agencies.
_PERIODICAL_HEADS = frozenset(
    {"times", "post", "journal", "news", "herald", "tribune", "gazette", "telegraph",
     "magazine", "review", "chronicle", "observer", "globe", "daily", "press", "newspaper",
     "wire", "broadcasting", "radio", "television", "tv"}
)  # fmt: skip
# Named as a venue this often ("told CNN", "on MSNBC"), an organisation is a broadcaster.
_VENUE = 0.25
# The nouns only a newsroom's name qualifies: "a Times article", "the Post's reporter",
# "an NBC poll", "the Journal's editorial". A ministry or an agency has reports and
# figures too, so "report" and "figures" tell no outlet.
_NEWSROOM_NOUN = (
    r"(?:article|articles|story|stories|reporter|reporters|reporting|columnist|correspondent|"
    r"journalist|journalists|anchor|editorial|editorials|op-ed|column|headline|headlines|"
    r"poll|polls|tally|interview|broadcast|newsroom|editor|editors)"
)
# "a CNN poll", "the Post's reporter", "a CNN/ORC poll"
_NEWSROOM_AFTER = re.compile(r"(?:['’]s?|/\w+)?\s+" + _NEWSROOM_NOUN + r"\b", re.IGNORECASE)
_NEWSROOM_RIGHT_AFTER = re.compile(r"\s+" + _NEWSROOM_NOUN + r"\b", re.IGNORECASE)
# Before a name, what makes it the source a text cites: "reported by", "an interview with",
# "first published in", "wrote in", "spoke to", "in Sunday's", or a byline's "Jane Doe of".
_CITED_BEFORE = re.compile(
    r"(?:(?:reported|published|broadcast|obtained|conducted) by|published in|aired on|"
    r"according to|interviews? with|(?:wrote|writing) (?:in|for)|written for|"
    r"(?:spoke|speaking|talked|talking) (?:to|with)|\bin(?: \w+['’]s)?|"
    r"\b[A-Z][\w.]+ of)"
    r"\s+(?:[Tt]he\s+|[Aa]n?\s+)?$"
)
# After a name, the verb that cites what it printed: "the Times reported", "CNN has learned".
_CITED_VERB = re.compile(
    r"(?:['’]s?)?\s+(?:(?:first|later|previously|also|has|had|have|earlier|initially)\s+)?"
    r"(?:reported|reports|learned|learnt|revealed|obtained|published|wrote|writes|broke)\b",
    re.IGNORECASE,
)
# A newsroom cited, or named as a venue, in more than this share of its named mentions is a
# source of the story, not an actor of it. An outlet the story is about ("the network fired
# its chairman") is the subject of its own events and falls below.
_CITED_SHARE = 0.5
# Mentions followed by a newsroom's noun that make an organisation a newsroom.
_NEWSROOM_MENTIONS = 2


# A one-word name cut from an outlet's name: "Bloomberg News", "Fox Television".
_PERIODICAL_AFTER = re.compile(
    r"\s+(?:" + "|".join(h.capitalize() for h in sorted(_PERIODICAL_HEADS)) + r"|TV)\b"
)
# Before a name, the words that make it a newsroom a text cites or speaks to: "according
# to", "told", "reported by", "an interview with", "a report from", "acknowledged to".
_NEWSROOM_BEFORE = re.compile(
    r"(?:according to|\btold|(?:reported|published|broadcast|obtained) by|published in|"
    r"aired on|interviews? with|reports? (?:from|by)|(?:spoke|speaking|talked|talking|"
    r"acknowledged|confirmed|said) (?:to|with))\s+(?:[Tt]he\s+)?$"
)

_NOUN_NEXT = re.compile(r"\s+[a-z]")


def cited_as_outlet(m: Mention, text: str, *, person: bool = False) -> bool:
    """Whether a one-word name is written as a newsroom the text cites: "Bloomberg reported",
    "a Bloomberg poll", "Bloomberg News" (a name cut from an outlet's). A news service
    named after its founder is not the founder: such a use of the bare name is the outlet.

    With ``person`` (the recogniser read the word as a person's) only a newsroom's name or
    noun right after it counts: people also learn, write and reveal, have stories and poll
    numbers ("Trump's poll numbers"), and are told and cited as often as papers.
    """
    if _PERIODICAL_AFTER.match(text, m.end):
        return True
    if person:
        # "a Bloomberg poll", not "Trump's poll numbers" nor "Melania's story"
        return bool(_NEWSROOM_RIGHT_AFTER.match(text, m.end))
    if _NEWSROOM_AFTER.match(text, m.end):
        return True
    before = _NEWSROOM_BEFORE.search(text[max(0, m.start - 30) : m.start])
    if (
        before
        and before.group(0).rstrip().endswith(("the", "The"))
        and _NOUN_NEXT.match(text, m.end)
    ):
        before = None  # "according to the Sanders aide": the name modifies who is cited
    return bool(before or _CITED_VERB.match(text, m.end))


def _cited(m: Mention, text: str) -> bool:
    """Whether the mention names a source the text cites, or the venue of a statement."""
    if is_setting(m, text) or _CITED_BEFORE.search(text[max(0, m.start - 30) : m.start]):
        return True
    return bool(_CITED_VERB.match(text, m.end) or _NEWSROOM_AFTER.match(text, m.end))


def _newsroom(actor: Actor, named: Sequence[Mention], texts: Mapping[str, str]) -> bool:
    """A periodical or broadcaster: by its name's head noun ("Times", "News"), or named
    with a newsroom's noun after it ("a CNN poll", "the Post's reporter") more than once."""
    name = words(actor.name)
    if name and name[-1] in _PERIODICAL_HEADS:
        return True
    after = sum(1 for m in named if _NEWSROOM_AFTER.match(texts[m.doc], m.end))
    return after >= _NEWSROOM_MENTIONS


def named_as_source(actor: Actor, texts: Mapping[str, str]) -> bool:
    """Whether ``actor`` is a newsroom the corpus mostly cites or names as a venue ("according
    to the Times", "told CNN", "a Post analysis"), whatever its own statements."""
    if actor.type != "org":
        return False
    named = [m for m in actor.mentions if m.kind in NAMED and m.doc in texts]
    if not named or not _newsroom(actor, named, texts):
        return False
    cited = sum(1 for m in named if _cited(m, texts[m.doc]))
    return cited > _CITED_SHARE * len(named)


def medium_act(word: str) -> bool:
    """Whether ``word`` (a position's cue, an event's lemma) is a medium's own act: what a
    newsroom does as a newsroom (reported, confirmed, aired, called the race, interviewed)."""
    return bool(_MEDIUM_CUE.match(word.strip()))


def only_a_medium(
    actors: Sequence[Actor],
    events: Sequence[Event],
    positions: Sequence[Position],
    texts: Mapping[str, str],
) -> set[str]:
    """The ids of the newsrooms (a periodical's or broadcaster's name, or newsroom nouns
    after it: "a X poll", "X anchor") that do nothing in the story but a medium's acts:
    they report, confirm, air and interview, carry others' words, and are the subject of
    no other act in ``_OWN_ACTS`` sources or more. Named often as the source
    of others' quotes, such a network took a profile from the principals of a campaign
    ("confirmed that Kelly met with Trump" its one position); a network that fires its
    chairman or sues a candidate acts in the story and keeps its place."""
    own = acting_sources(actors, events, positions, texts, medium_act)
    out = set()
    for a in actors:
        if a.type != "org" or len(own.get(a.id, ())) >= _OWN_ACTS:
            continue
        named = [m for m in a.mentions if m.kind in NAMED and m.doc in texts]
        if named and _newsroom(a, named, texts):
            out.add(a.id)
    return out


def cited_outlets(
    actors: Sequence[Actor],
    positions: Sequence[Position],
    texts: Mapping[str, str] | None,
    events: Sequence[Event] = (),
) -> set[str]:
    """The ids of the organisations whose statements are mostly citations of an outlet,
    and (given the ``events``) of the newsrooms whose only acts are a medium's."""
    cues: dict[str, list[str]] = defaultdict(list)
    for p in positions:
        if p.speaker_id and p.attribution in SHOWN:
            cues[p.speaker_id].append((p.cue or "").strip())
    out = {a.id for a in actors if texts and named_as_source(a, texts)}
    if texts and events:
        out |= only_a_medium(actors, events, positions, texts)
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


def typed_as_outlet(typ: ActorType, ms: Sequence[Mention], texts: Mapping[str, str]) -> ActorType:
    """``typ``, or "org" for a one-word name the recogniser took for a place that the texts
    mostly cite as a newsroom ("Bloomberg reported", "told Bloomberg"): a news service
    named after its founder is no state. A country's name stays a state's."""
    named = [m for m in ms if m.kind in NAMED]
    if typ not in ("state", "group") or len(named) < _NEWSROOM_MENTIONS:
        return typ
    if any(len(m.text.split()) > 1 or country_name(plain(m.text)) for m in named):
        return typ
    cited = sum(1 for m in named if cited_as_outlet(m, texts.get(m.doc, "")))
    return "org" if cited > _CITED_SHARE * len(named) else typ
