"""A person-typed actor retyped by what its own mentions' contexts say.

The recogniser votes PERSON for a firm named like a person ("Du Pont", "Milton Roy",
"Philip Morris") and for a town whose first word is a given name ("San Diego"); every
mention of such a record carries the same wrong vote, so the votes cannot correct it. The
texts can: business copy writes a firm's legal form after its name the first time
("Milton Roy Corp."), makes it the owner of shares, stock, dividends or units ("Milton
Roy shares", "Du Pont's stock"), prints its price moves ("LIN Broadcasting surged 4 5/8 to
112 5/8"), and refers back to it by "its" ("Milton Roy said its
...", "General Mills finds itself ..."). A person's name is written after an honorific
("Mr.", "Dr."), followed by "he", "she", "his", "her" or "who", or given a role.

A record voted a person and given no person's cue in any text is:
- an organisation when one mention has a legal form after it, or two have owned capital
  or "its" after them, or half of them owned capital; one cue of these among many may be
  an idiom ("Bill Clinton's stock answer") or refer to another noun ("said its"). An
  article or a possessive before the name is no cue: a person's name is a modifier in
  "the Simpson trial", and a reporter is "the BBC's Jane Doe";
- a place (typed as a state here) when every name of two words or more is a town's whole
  name in the gazetteer and one mention is written as a place ("in San Diego", "San
  Pedro, California,"). :func:`briefgen.aggregate.placenames.town_names` asks for no
  given name first; "San", "Des", "El" are given names to the list, and towns are named
  after people ("Benito Juarez"), so here the text must place it (an incident's noun after
  it places it too: "the San Bernardino shooting"); a one-word town's name ("Orlando")
  only when every mention is written as a place.

Any person's cue keeps the record a person: people own companies and shares ("Mr. Icahn's
shares") and are named like towns.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from briefgen.aggregate.names import NAMED, fold
from briefgen.aggregate.placenames import all_towns, towns
from briefgen.extract.actors import plain
from briefgen.extract.given_names import given_name
from briefgen.models import ActorType, Mention

# A company's legal form written right after the name ("Du Pont Co.", "Philip Morris
# Cos.", "Milton Roy Corp.", "Acme, Inc."), not swallowed into the recogniser's span.
_LEGAL_AFTER = re.compile(
    r"^,?\s+(?:Co|Cos|Corp|Inc|Ltd|PLC|Plc|LLC|N\.V|S\.A|AG|GmbH|Corporation|Incorporated"
    r"|Limited|Holdings)\b"
)
# What only a company owns, after its name with or without the possessive: "Milton Roy
# shares", "Du Pont's stock", "Philip Morris holders", "Milton Roy's common stock". A
# person's "earnings" or "chairman" is said too, so those are no cue.
_OWNED_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:common\s+|preferred\s+|class\s+[a-z]\s+)?"
    r"(?:shares|stock|stocks|stockholders|shareholders|holders|dividends?|subsidiary|"
    r"subsidiaries|units?|divisions?|net\s+income|(?:first|second|third|fourth|fiscal)"
    r"[- ]quarter|quarterly|board\s+of\s+directors|directors)\b",
    re.IGNORECASE,
)
# A stock table's line: the name, a price move and a figure ("LIN Broadcasting surged 4
# 5/8 to 112 5/8", "Acme fell $1.125"): only a listed company's price moves so.
_PRICE_MOVE_AFTER = re.compile(
    r"^\s+(?:rose|fell|gained|surged|jumped|climbed|advanced|slipped|dropped|declined|eased|"
    r"slid|tumbled|plunged|added|lost|closed|was\s+(?:up|down|unchanged))\s+"
    r"(?:\$\d|\d+(?:\s+\d+/\d+|\.\d+)?\s+(?:to|cents|points?)\b|\d+/\d+)"
)
# "its"/"itself" within the same clause, a few lowercase words on ("Du Pont also raised its
# quarterly dividend", "General Mills, meanwhile, finds itself"): no capitalised name in
# between that it could refer back to instead.
_ITS_AFTER = re.compile(r"^(?:,?\s+[a-z][\w-]*,?){1,3}\s+(?:its|itself)\b")
# A share owned in the singular: a firm's market share ("General Mills' share is about
# 27%"), but a candidate's share of the vote too, so it counts as "its" does.
_SHARE_AFTER = re.compile(r"^['’]s?\s+(?:market\s+)?share\b")
# A person's cues: an honorific or title before ("Mr. Milton Roy"), a person's pronoun or
# "who" after ("Roy said he", "Roy, who"), an age in apposition ("Roy, 54,").
_HONORIFIC_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Sen|Rep|Gov|Gen|Prof|Rev)\.?\s+$"
)
_PERSON_AFTER = re.compile(
    r"^(?:(?:,?\s+[a-z][\w-]*,?){0,3}\s+(?:he|she|his|her|him|himself|herself)\b"
    r"|,\s+(?:who|whose)\b|,\s+\d{2},)"
)
# Prepositions of place before a town's name ("to" and "on" are left out: "spoke to Jack
# London", "on Sherman Oaks" are said of people too).
_PLACE_BEFORE = frozenset({"in", "at", "from", "near", "outside", "across", "throughout"})
# The town's state or country after it: "San Pedro, California, and", "El Paso, Texas."
_REGION_AFTER = re.compile(
    r",\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?(?=[,.;]|\s+(?:and|or)\b)|-based\b"
)
# A bearing from it: "northeast of San Antonio".
_BEARING_BEFORE = re.compile(r"\b(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of\s+$", re.I)
# Nouns of bodies that act: in apposition after a name ("Patriot Coal, one of the nation's
# largest coal companies", "X, a London-based insurer") or opening it ("Insurer Lloyd's of
# London"), they make it an organisation's.
_BODIES = (
    r"(?:compan(?:y|ies)|firms?|corporations?|businesses|insurers?|networks?|broadcasters?|"
    r"carmakers?|drugmakers?|manufacturers?|makers?|producers?|retailers?|chains?|banks?|"
    r"lenders?|agenc(?:y|ies)|charit(?:y|ies)|operators?|publishers?|labels?|studios?|"
    r"conglomerates?|subsidiar(?:y|ies)|utilit(?:y|ies)|airlines?|newspapers?)"
)
_BODY_AFTER = re.compile(
    rf"^,\s+(?:one\s+of\s+)?(?:an?|the|its)\s+(?:[\w'’-]+\s+){{0,4}}?{_BODIES},?(?=[\s,.;])",
    re.IGNORECASE,
)
# Those who work for a body, after its name: "Border Patrol agents", "Acme employees".
_STAFF_AFTER = re.compile(
    r"^\s+(?:agents|officers|officials|employees|staff(?:ers)?|workers|spokes(?:man|woman|person))\b"
)
_BODY_FIRST = re.compile(rf"^{_BODIES}\s", re.IGNORECASE)
# How far around a mention the cues are read.
_WINDOW = 60


def typed_by_context(
    voted: ActorType, ms: Iterable[Mention], texts: Mapping[str, str]
) -> ActorType:
    """The actor's type once its mentions' contexts are read: a person-typed record with
    no person's cue and a firm's or a town's cues is an organisation or a place."""
    if voted != "person":
        return voted
    named = [m for m in ms if m.kind in NAMED]
    legal = owned = weak = body = 0
    pronoun = False
    for m in named:
        text = texts.get(m.doc, "")
        before, after = text[max(0, m.start - _WINDOW) : m.start], text[m.end : m.end + _WINDOW]
        if person_cue(m, before, after):
            if m.role or _HONORIFIC_BEFORE.search(before) or pronoun:
                return voted
            # one "he" or "his" a few words on may be another's ("a former Patriot mine,
            # saying his ..."); the text calling the name a company outweighs it
            pronoun = True
            continue
        if _BODY_AFTER.match(after) or _BODY_FIRST.match(m.text):
            body += 1
        elif _LEGAL_AFTER.match(after):
            legal += 1
        elif (
            _OWNED_AFTER.match(after) or _PRICE_MOVE_AFTER.match(after) or _STAFF_AFTER.match(after)
        ):
            owned += 1
        elif _ITS_AFTER.match(after) or _SHARE_AFTER.match(after):
            weak += 1
    # capital owned once among many mentions may be an idiom ("his stock answer"); owned in
    # most of them, or beside another cue, it is a firm's
    if pronoun:
        return "org" if body else voted
    if legal or body or owned + weak >= 2 or 2 * owned >= len(named) > 0:
        return "org"
    if _headed_by_article(named, texts):
        # "the Libertadores", "a former Miss Universe", "the Clintons": one word that the
        # texts write as the head of an article's phrase names no person (a plural, a
        # family or a people)
        return "group" if named[0].text.endswith("s") else "org"
    names = {plain(m.text) for m in named if " " in plain(m.text)}
    placed = any(_placed(m, texts) or _before_incident(m, texts) for m in named)
    if names and all(fold(n) in towns() for n in names) and placed:
        return "state"  # places are typed as states here ("London (state)")
    if (
        named
        and not names
        and all(_placed(m, texts, by_region=False) or _before_incident(m, texts) for m in named)
        and all(fold(m.text) in all_towns() for m in named)
    ):
        # a one-word town's name voted a person ("in Orlando", "the Orlando shooting"):
        # given names are towns' too ("Austin", "Florence"), so every mention must be a
        # place's use
        return "state"
    others = Counter(m.type for m in named if m.type and m.type != "person")
    if (
        others
        and 3 * sum(others.values()) >= len(named)
        and not any(given_name(n.split()[0]) for n in names)
    ):
        # "Border Patrol" voted a person in half its mentions and a body in the rest, and
        # no mention written as a person's nor opening with a given name: the other votes
        return others.most_common(1)[0][0]
    return voted


# An article (and up to two lower-case words, or "Miss") before the name, and the phrase
# ending with it: "the Libertadores.", "a former Miss Universe,". A person's name after an
# article modifies the noun after it ("the Simpson trial"), and is no cue.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|The|A|An)\s+(?:[a-z][\w-]*\s+){0,2}(?:Miss\s+)?$")
_PHRASE_ENDS = re.compile(
    r"\s*(?:[,.;:!?)”\"\n]|$)|\s+(?:of|in|and|or|to|is|was|are|were|has|had|for|on|at|with|"
    r"who|that|which)\b"
)
# Named so in this share of its mentions, and at least this often, a word is no person.
_ARTICLE_SHARE = 0.5
_ARTICLE_MENTIONS = 3


def _headed_by_article(named: list[Mention], texts: Mapping[str, str]) -> bool:
    """Whether a one-word name is written, in at least half its mentions (three or more),
    as the head of a phrase an article opens."""
    if len(named) < _ARTICLE_MENTIONS or any(" " in plain(m.text) for m in named):
        return False
    headed = 0
    for m in named:
        text = texts.get(m.doc, "")
        before = text[max(0, m.start - _WINDOW) : m.start]
        headed += bool(_ARTICLE_BEFORE.search(before) and _PHRASE_ENDS.match(text, m.end))
    return headed >= _ARTICLE_SHARE * len(named)


def person_cue(m: Mention, before: str, after: str) -> bool:
    """Whether a mention is written as a person's: a role, an honorific before it, a
    person's pronoun, "who" or an age after it."""
    return bool(m.role or _HONORIFIC_BEFORE.search(before) or _PERSON_AFTER.match(after))


# Nouns of an incident a place's name is written before ("the San Bernardino shooting",
# "the Orlando attack"): a closed class of news English.
_INCIDENT_AFTER = re.compile(
    r"\s+(?:mass\s+)?(?:shootings?|attacks?|massacres?|bombings?|rampages?|killings|shooters?"
    r"|gunman|gunmen|attackers?|bombers?|victims|tragedy)\b"
)


def _before_incident(m: Mention, texts: Mapping[str, str]) -> bool:
    """Whether the name is written before an incident's noun, as a place's is."""
    return bool(_INCIDENT_AFTER.match(texts.get(m.doc, ""), m.end))


def _placed(m: Mention, texts: Mapping[str, str], by_region: bool = True) -> bool:
    """Whether the text writes the mention as a place: after a preposition of place ("in
    San Diego", "from San Francisco") or a bearing ("north of El Paso"), or before its
    state or country ("San Pedro, California,") or "-based". (Not ``by_region``: a list's
    next name has that shape too, "artists including Abba, The Beatles,".)"""
    text = texts.get(m.doc, "")
    before = text[max(0, m.start - 12) : m.start].split()
    return (
        (bool(before) and before[-1].casefold() in _PLACE_BEFORE)
        or (by_region and bool(_REGION_AFTER.match(text, m.end)))
        or bool(_BEARING_BEFORE.search(text[max(0, m.start - 20) : m.start]))
    )
