"""People a profile would show in a principal's place: the voice of a body already
profiled, and a contestant told as having left the contest.

A spokesman is named once in each of many short wire items ("White House press secretary
Ann Holt said…"): counted by sources he outranks a rival a long feature is about, yet his
words are his body's, and the body's profile carries them. A candidate who left the race
before the period is recalled in its recaps ("delegates won by Tom Reed, who dropped out
last month"): counted by sources he outranks the campaign's chairman. Read from the roles
the extraction found and from the words after each mention; no list of names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from briefgen.models import Actor

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
    one of them names one of ``bodies`` ("White House press secretary")."""
    roles = [r.text for r in actor.roles]
    if actor.type != "person" or not roles or not all(_VOICE_ROLE.search(r) for r in roles):
        return False
    names = {
        form.casefold()
        for b in bodies
        if b.id != actor.id and b.type != "person"
        for form in (b.name, *b.aliases)
        if len(form) > 2
    }
    return any(
        re.search(r"\b" + re.escape(name) + r"\b", role.casefold())
        for role in roles
        for name in names
    )


def left_sources(actor: Actor, texts: Mapping[str, str]) -> set[str]:
    """The sources telling, in the clause after a mention of the actor, that it left the
    contest ("…, who dropped out last month")."""
    out = set()
    for m in actor.mentions:
        text = texts.get(m.doc, "")
        after = text[m.end : m.end + LEFT_REACH]
        clause = _CLAUSE_END.split(after, maxsplit=1)[0] if after[:1] != "." else ""
        if _LEFT.search(clause):
            out.add(m.doc)
    return out


def left_before(actor: Actor, texts: Mapping[str, str], heard: int, enough: int) -> bool:
    """Whether a person is recalled as having left the contest: told so by
    ``LEFT_SHARE`` of its sources, two at least, and heard (``heard``: its sources where
    it speaks in its own name) in fewer than ``enough``."""
    if actor.type != "person" or heard >= enough:
        return False
    left = left_sources(actor, texts)
    return len(left) >= 2 and len(left) >= LEFT_SHARE * len(set(actor.sources))
