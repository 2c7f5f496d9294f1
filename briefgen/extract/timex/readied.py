"""A weekday in what was got ready for: the readying's tense does not say where the day lies.

"Other candidates prepared for the final days of the race, including a debate Thursday" (a
Tuesday paper): the simple past dates the preparing, and what is prepared for lies after it,
so the past tense is no cue for the day ("Thursday" is still to come). The weekday is then
read as the nearest such day to the report ("police braced for Saturday's march" in a Monday
paper is two days back; "a debate Thursday" in a Tuesday paper two days ahead): a report
rarely tells a preparation for something almost a week past without saying so.

A happening told by the plan for it, in a clause told in the past, is read the same way: "A
memorial service planned for Saturday was canceled" (a Sunday paper: yesterday's), "the
vote, scheduled for Friday, was postponed" (a Wednesday paper: two days ahead). The plan
participle looks ahead of the planning and the main verb looks back to the telling, so
neither says on which side of the report the planned day lies; the nearest one is the
likeliest.

So is a weekday in the infinitive of a request or undertaking told in the simple past ("he
urged them to vote Tuesday", "asked residents to stay indoors on Wednesday", "agreed to meet
on Friday"), or of a plan told in the past with "was to" ("prisoners were to mark the
anniversary ... on Saturday"): what is asked, promised or arranged lies after the asking,
which the past tense dates, not the day. A purpose or a decision carried out is no such
complement ("flew to the capital to meet him on Thursday", "voted to approve it on
Thursday": the past stands), nor a request in the present perfect, which the tense cues
read as still ahead ("has invited him to speak on Thursday").
"""

from __future__ import annotations

import re

from briefgen.extract.timex.tense import clause, is_tensed, past_cue

__all__ = ["directed_then", "planned_then", "readied_for"]

# A verb of getting ready, any tense, with its "for".
_READYING_FOR = re.compile(
    r"\b(?:prepar(?:e|es|ed|ing)|brac(?:e|es|ed|ing)|readied|readying"
    r"|gear(?:s|ed|ing)?\s+up|g[eo]t(?:s|ten|ting)?\s+ready|train(?:s|ed|ing)?)"
    r"\s+for\b(?P<object>[^;:.!?]*)$",
    re.I,
)
_WORD = re.compile(r"[A-Za-z']+")


def readied_for(text: str, start: int) -> bool:
    """Whether the weekday at ``start`` lies in the object of a verb of getting ready ("prepared
    for ..., including a debate Thursday"), with no verb of its own between."""
    before, _ = clause(text, start, start)
    m = _READYING_FOR.search(before)
    if m is None:
        return False
    words = _WORD.findall(m["object"])
    return not any(
        is_tensed(w) and not (i and words[i - 1].lower() == "the" and w.lower() in _ADJECTIVES)
        for i, w in enumerate(words)
    )


# time words that are adjectives after "the" ("the last days of the race"), not tense cues
_ADJECTIVES = frozenset(("last", "next", "earlier", "coming", "upcoming"))


# A participle of planning on a noun ("a service planned at the university for", "the vote,
# scheduled for"): not the finite verb of a clause ("they planned to", "was planned for",
# "had scheduled"), which the tense cues read, nor "as planned" (a comparison).
_PLANNED_FOR = re.compile(
    r"\b(?P<noun>[a-z]+),?\s+(?:[a-z]+ly\s+)?(?:planned|scheduled|slated)"
    r"(?P<object>(?:\s+[\w'.-]+){0,6}?),?\s+(?:for|on)\s+$"
)
_NOT_NOUN = frozenset(
    _WORD.findall("be being been is are am was were has have had as")
    + _WORD.findall("it he she they we i you who which that")
)


def planned_then(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``start:end`` is the planned day of a happening named by a noun
    with a participle of planning ("a memorial service planned for Saturday"), in a clause
    whose own verb is in the past ("was canceled", "they called off the vote scheduled
    for"): a plan told in the past, on either side of the report."""
    before, after = clause(text, start, end)
    m = _PLANNED_FOR.search(before)
    if m is None or m["noun"] in _NOT_NOUN:
        return False
    if any(is_tensed(w) for w in _WORD.findall(m["object"])):
        return False  # a verb of its own between: the participle is not the day's
    rest = _WORD.findall(before[: m.start("noun")])[::-1] + _WORD.findall(after)
    return _told_in_past(rest)


def _told_in_past(words: list[str]) -> bool:
    """Whether the first tensed word of ``words`` tells the past."""
    for w in words:
        if is_tensed(w):
            return past_cue(w)
    return False


# Verbs whose infinitive tells what is asked, promised or arranged, in the simple past (the
# present perfect is the tense cues' "has invited ... to": ahead), with up to four words of
# object between ("urged them to", "asked the court's judges to"); and "was to", a plan told
# in the past. The infinitive's verb is a lower-case word that is no determiner or pronoun
# and no plural noun ("offered condolences to the families", "sent letters to voters").
_ASKING = (
    "urged|asked|invited|called\\s+on|ordered|told|instructed|encouraged|summoned|agreed"
    "|promised|pledged|vowed|offered|arranged|decided"
)
_DIRECTED_TO = re.compile(
    rf"(?:\b(?P<aux>\w+)\s+)?\b(?:(?:{_ASKING})\s+(?:[\w'.-]+\s+){{0,4}}?|(?:was|were)\s+(?:not\s+)?)"
    r"to\s+(?:be\s+)?(?P<verb>[a-z]+)\b(?P<object>(?:\s+[\w'.-]+){0,10}?)\s*$"
)
_NOT_VERB = frozenset(
    _WORD.findall("the a an his her their its our my your this that these those")
    + _WORD.findall("them him us me it one some any all each every")
)
_PERFECT = frozenset(("has", "have", "'ve"))


def directed_then(text: str, start: int) -> bool:
    """Whether the weekday at ``start`` lies in the infinitive of a request, undertaking or
    arrangement told in the past ("he urged them to vote Tuesday", "were to mark it ... on
    Saturday"), with no tensed word of its own between the infinitive and the day."""
    before, _ = clause(text, start, start)
    m = _DIRECTED_TO.search(before)
    if m is None or (m["aux"] or "").lower() in _PERFECT:
        return False
    verb = m["verb"]
    if verb in _NOT_VERB or (verb.endswith("s") and not verb.endswith("ss")):
        return False  # "offered condolences to the families": a preposition, no infinitive
    return not any(is_tensed(w) for w in _WORD.findall(m["object"]))
