"""Actors a profile would show in a principal's place: the voice of a body already
profiled, a contestant told as having left the contest, a person the period only recalls,
a body named by the building it sits in, a country named only as where things happen, a
body named only as a venue (an exchange of price lines), and a body named only as the one
asked, told or reported to.

A spokesman is named once in each of many short wire items ("White House press secretary
Ann Holt said…"): counted by sources he outranks a rival a long feature is about, yet his
words are his body's, and the body's profile carries them. A candidate who left the race
before the period is recalled in its recaps ("delegates won by Tom Reed, who dropped out
last month"): counted by sources he outranks the campaign's chairman. A former officeholder
named in the recaps' history ("in 1996 the former president…") is no actor of the period
unless heard in it. "The White House" is the president's staff named by their seat: with
no statement of its own, its profile repeats the president's. A country named in a
dateline, an address ("In Marlow, Ruritania, police said") or a company's description
("Penbury Mills of Ruritania") by a few sources is the setting, not an actor. Read from
the roles the extraction found, the sentences around each mention and the words before
it; no list of names. A body named only as the one asked, told or reported to ("pledged
to ask the assembly for funds", "told the Penbury Post") receives; it is no actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from briefgen.aggregate.actortypes import ORG_HEADS
from briefgen.aggregate.names import is_acronym, word_tuple
from briefgen.aggregate.salience import is_background
from briefgen.extract.orgnames import legal_form_at_end
from briefgen.models import Actor, Document
from briefgen.noun_phrases import wordset

# A role that speaks for someone else: "press secretary", "spokeswoman", "communications
# director". An adviser or an aide is left out: a campaign's strategist is often its
# story's principal (the chairman running a convention fight).
_VOICE_ROLE = re.compile(
    r"\b(?:spokes(?:man|woman|person|people)|press secretary|press aide|"
    r"communications director|director of communications)\b",
    re.IGNORECASE,
)
# Told as having left the contest, in the clause after the name: "who dropped out last
# month", "(X has since dropped out of the race)", "who suspended his campaign in March".
_LEFT = re.compile(
    r"\b(?:dropped out|has exited|exited the race|left the race|quit the race|"
    r"withdrew from the race|suspended (?:his|her|their) (?:campaign|bid)|"
    r"ended (?:his|her|their) (?:campaign|bid))\b",
    re.IGNORECASE,
)
# How far after a name its clause may tell that the person left ("Tom Reed of Marlow, who
# suspended his campaign in March").
LEFT_REACH = 90
_CLAUSE_END = re.compile(r"[.;!?\n]")
# The share of a person's sources telling that it left which makes it a recalled
# contestant: a quarter (the recaps); one whose leaving is the period's news is told so in
# fewer of the many sources following it, and is heard in them.
LEFT_SHARE = 0.25


def speaks_for(actor: Actor, bodies: Iterable[Actor]) -> bool:
    """Whether every role of the person is a voice's (a spokesman, a press secretary) and
    one of them names one of ``bodies`` ("White House press secretary") or none names a
    body at all: wire copy names the body in the sentence before ("A defence ministry
    spokesman said… said spokesman Tom Reed"), and a voice of no named body is no
    principal either."""
    roles = [r.text for r in actor.roles]
    if actor.type != "person" or not roles or not all(_VOICE_ROLE.search(r) for r in roles):
        return False
    if all(_bare_voice(r) for r in roles):
        return True
    names = {
        form.casefold()
        for b in bodies
        if b.id != actor.id and b.type != "person"
        for form in (b.name, *b.aliases)
        if len(form) > 2
    }
    return any(
        re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", role.casefold())
        for role in roles
        for name in names
    )


def _bare_voice(role: str) -> bool:
    """Whether a voice's role names no body: nothing capitalised beside the voice's own
    words ("spokesman", "a senior spokeswoman"; not "Marlow Hall spokesman")."""
    rest = _VOICE_ROLE.sub(" ", role)
    return not any(w[:1].isupper() for w in rest.split())


def left_sources(actor: Actor, texts: Mapping[str, str]) -> set[str]:
    """The sources telling, in the clause after a mention of the actor, that it left the
    contest ("…, who dropped out last month")."""
    return {m.doc for m in actor.mentions if _left_after(m.end, texts.get(m.doc, ""))}


def left_before(actor: Actor, texts: Mapping[str, str], heard: int, enough: int) -> bool:
    """Whether a person is recalled as having left the contest: told so by
    ``LEFT_SHARE`` of its sources, two at least, and heard (``heard``: its sources where
    it speaks in its own name) in fewer than ``enough``."""
    if actor.type != "person" or heard >= enough:
        return False
    left = left_sources(actor, texts)
    return len(left) >= 2 and len(left) >= LEFT_SHARE * len(set(actor.sources))


# Words saying an office is no longer held: "former governor", "ex-chairman", "the then
# mayor", "onetime rival", "the late senator" (not a "late-night host").
_NO_LONGER = re.compile(
    r"\b(?:former|ex|then|once|onetime|one-time|previous|late(?!-))\b", re.IGNORECASE
)
# At least as many of a person's mentions recall the past as tell the period: the recaps'
# history is the main of what the sources say of him, not a line beside his acts.
RECALLED_SHARE = 0.5


def no_longer_held(role: str) -> bool:
    """Whether a role is one the person no longer holds ("former governor")."""
    return bool(_NO_LONGER.search(role))


def recalls_past(actor: Actor, texts: Mapping[str, str], documents: Mapping[str, Document]) -> bool:
    """Whether a person is mostly recalled, not heard of in the period: at least
    ``RECALLED_SHARE`` of its mentions are in a sentence of history (a year long past),
    carry an office no longer held ("former president") or are followed by the clause
    telling it left the contest. Whether it speaks is for the caller to weigh: a former
    officeholder heard in the period is one of its actors."""
    if actor.type != "person" or not actor.mentions:
        return False
    recalled = sum(
        1
        for m in actor.mentions
        if is_background(m, documents)
        or (m.role is not None and no_longer_held(m.role))
        or _left_after(m.end, texts.get(m.doc, ""))
    )
    return recalled >= RECALLED_SHARE * len(actor.mentions)


def _left_after(end: int, text: str) -> bool:
    """Whether the clause after a mention ending at ``end`` tells that its actor left the
    contest ("…, who dropped out last month")."""
    after = text[end : end + LEFT_REACH]
    clause = _CLAUSE_END.split(after, maxsplit=1)[0] if after[:1] != "." else ""
    return bool(_LEFT.search(clause))


# The last words of a building's or an address's name ("Marlow House", "Penbury Palace",
# "Tern Street", "Castle Hill"): a body called so is named by where it sits, as copy calls
# a head of government's staff by the residence. A word alone is no seat: "the House" is a
# chamber of a legislature.
SEAT_WORDS = frozenset(
    {
        "house", "palace", "street", "hall", "building", "tower", "castle", "mansion",
        "residence", "avenue", "hill", "square", "lodge", "manor",
    }
)  # fmt: skip


def named_by_seat(actor: Actor) -> bool:
    """Whether a body is named by the building or address it sits in, as "the White
    House" stands for a president's staff: its name is two words or more ending with a
    building's or an address's word (``SEAT_WORDS``), and none of its names says it is a
    body of its own (an organisation's word, ``actortypes.ORG_HEADS``; a company's legal
    form; an acronym)."""
    if actor.type != "org":
        return False
    name = word_tuple(actor.name)
    if len(name) < 2 or name[-1] not in SEAT_WORDS:
        return False
    return not any(
        is_acronym(form) or legal_form_at_end(form) or ORG_HEADS & set(word_tuple(form))
        for form in (actor.name, *actor.aliases)
    )


# Words before a place named as where something is or happens: "in Marlow", "from
# Penbury", "a firm of Ruritania" (a company's country, a descriptor).
_SETTING_BEFORE = re.compile(
    r"\b(?:in|at|from|to|into|across|throughout|near|of|outside|inside|around|within|via|"
    r"over|toward|towards)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A town and a comma before the state: "In Marlow, Ruritania, police said" (a dateline's or
# an address's country).
_AFTER_TOWN = re.compile(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*,\s*$")
_POSSESSIVE_NOUN = re.compile(r"^\.?['’]s?\s+([a-z]+)")
# The share of a state's mentions in such frames that makes it a setting, and the share of
# the sources naming it under which it is no ground of the story (where it happens).
SETTING_SHARE = 0.75
GROUND_SHARE = 1 / 3


def named_as_setting(actor: Actor, texts: Mapping[str, str], documents: int) -> bool:
    """Whether a state is named as where things are, not as an actor: at least
    ``SETTING_SHARE`` of its mentions follow a place's preposition ("in Ruritania", "a
    firm of Ruritania") or a town and a comma ("Marlow, Ruritania") or own a thing
    ("Ruritania's currency", not "Ruritania's demand"), and fewer than ``GROUND_SHARE`` of
    the sources name it: a story's ground (the country where the bombs went off) is
    named by most of them."""
    from briefgen.extract.cues import NOUN_CUES

    if actor.type != "state" or not actor.mentions:
        return False
    if len(set(actor.sources)) >= GROUND_SHARE * documents:
        return False

    def setting(start: int, end: int, text: str) -> bool:
        before = text[max(0, start - 40) : start]
        owned = _POSSESSIVE_NOUN.match(text[end : end + 30])
        return bool(
            _SETTING_BEFORE.search(before)
            or _AFTER_TOWN.search(before)
            or (owned and owned.group(1) not in NOUN_CUES)
        )

    placed = sum(1 for m in actor.mentions if setting(m.start, m.end, texts.get(m.doc, "")))
    return placed >= SETTING_SHARE * len(actor.mentions)


# The named mentions a body must have, every one of them a setting, to be taken for a
# venue: one mention says too little of how the copy treats it.
VENUE_MENTIONS = 2


def named_as_venue(actor: Actor, texts: Mapping[str, str]) -> bool:
    """Whether an organisation is named only as the place where things happen: every named
    mention (``VENUE_MENTIONS`` at least) follows a preposition of place or medium or is
    the market of a price line's trading (:func:`agency.is_setting`: "on the Big Board",
    "closed at $5 in composite Big Board trading", "at the Garden"). An exchange, an arena
    or a court building that the copy only trades, plays or sits in does nothing in the
    story; a body that acts there is named as the subject of its acts ("the exchange
    halted trading") at least once."""
    from briefgen.aggregate.agency import is_setting
    from briefgen.aggregate.salience import NAMED

    if actor.type != "org":
        return False
    named = [m for m in actor.mentions if m.kind in NAMED and m.doc in texts]
    return len(named) >= VENUE_MENTIONS and all(is_setting(m, texts[m.doc]) for m in named)


# Verbs whose object is the one addressed: "pledged to ask the assembly to approve",
# "urged the board", "told the Penbury Post".
_ADDRESS = wordset(
    """
    ask asks asked asking urge urges urged urging tell tells telling told petition petitions
    petitioned petitioning lobby lobbies lobbied lobbying notify notifies notified notifying
    inform informs informed informing briefed
    """
)
# Verbs whose preposition opens the one addressed: "call on", "appeal to", "testified
# before the committee".
_ADDRESS_BY = {
    "on": wordset("call calls called calling"),
    "upon": wordset("call calls called calling"),
    "to": wordset("appeal appeals appealed appealing testify testifies testified testifying"),
    "before": wordset("testify testifies testified testifying appear appears appeared"),
}
# Verbs sending something "to" the one addressed, or asking it "from" it, their object
# between: "will present the report to the assembly", "requested $50 million in aid from
# the assembly".
_SEND = wordset(
    """
    report reports reported reporting present presents presented presenting submit submits
    submitted submitting send sends sent sending deliver delivers delivered delivering hand
    hands handed handing forward forwards forwarded forwarding write writes wrote written
    writing explain explains explained explaining turn turns turned turning
    """
)
_REQUEST = wordset(
    "request requests requested requesting seek seeks sought seeking demand demands "
    "demanded demanding ask asks asked asking"
)
# The words of an object between such a verb and its "to" or "from".
OBJECT_WORDS = 8
_CLAUSE_BREAK = re.compile(r"[.;:!?,()\[\]\"“”]")
_CLAUSE_WORD = re.compile(r"[\w$%'’-]+")


def _addressed(before: str) -> bool:
    """Whether the words before a name, in its clause, make it the one addressed."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    words = [w.lower() for w in _CLAUSE_WORD.findall(clause)]
    if words and words[-1] == "the":
        words.pop()
    if not words:
        return False
    last, ahead = words[-1], words[-OBJECT_WORDS - 2 : -1]
    if last in _ADDRESS or (len(words) > 1 and words[-2] in _ADDRESS_BY.get(last, ())):
        return True
    if last == "to":
        return any(w in _SEND for w in ahead)
    return last == "from" and any(w in _REQUEST for w in ahead)


# The share of a body's mentions in such frames that makes it an addressee, not an actor.
ADDRESSED_SHARE = 0.75


def named_as_addressee(actor: Actor, texts: Mapping[str, str]) -> bool:
    """Whether a body is named only as the one asked, told or reported to: at least
    ``ADDRESSED_SHARE`` of its mentions follow such a verb in their clause ("pledged
    to ask the assembly for funds", "present the report to the assembly", "told the Penbury
    Post"). A legislature a government asks for money, a newsroom a candidate gave an
    interview to: it receives, it does not act or speak in the corpus. Whether it has
    statements of its own is for the caller to weigh."""
    if actor.type not in ("org", "group") or not actor.mentions:
        return False
    addressed = sum(
        1
        for m in actor.mentions
        if _addressed(texts.get(m.doc, "")[max(0, m.start - 80) : m.start])
    )
    return addressed >= ADDRESSED_SHARE * len(actor.mentions)
