"""Whether a text tells a date as something still ahead: a forecast, a plan, a target.

A page names years after its own date for what it expects ("the plant should be up and
running in 2013", "sees the vaccine on the market by 2014", "what could bring him to run
in 2020", "eyes a 2020 bid"). Such a year is no evidence that the page was written later
than it says: only a date the text tells as past can contradict the page's date
(``extract.dct``). The general tense reading (``timex.tense``) leaves a clause with a
modal such as "should" or "could" without a cue, as it must for anchoring, where such a
clause's time is as often the past of reported speech; for the page's date, a date told
under a modal or a verb of foresight is no fact of the past.
"""

from __future__ import annotations

import re

from briefgen.extract.timex.tense import clause, past_cue


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Modals: what the clause tells is possible, needed or expected, not what happened.
_MODALS = _words("will wo 'll shall should could can may might must ought would")
# Verbs and words of foresight: the date is that of the foreseen ("sees … by 2014",
# "expected to open in 2013", "eyes a 2020 bid", "plans to", "is due in", "likely in").
_FORESIGHT = _words(
    """see sees seeing eye eyes eyeing expect expects expected expecting forecast forecasts
    predict predicts predicted project projects projected aim aims target targets plan plans
    planned planning hope hopes intend intends pledge pledges pledged vow vows vowed promise
    promises promised due likely scheduled slated"""
)
# A preposition right before the date makes it a deadline or a horizon ("by 2014", "until
# 2020", "plans run only to 2030"): the limit of what is to come.
_HORIZON = _words("by until till through to before")
_WORD = re.compile(r"[A-Za-z']+")
# Prepositions a fronted date opens with ("In 2014, the vaccine will …")
_FRONTING = _words("in on by from during since")
_REACH = 12  # words read on either side: the clause's own


def told_ahead(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is told as still ahead: a modal or a verb of
    foresight governs it, or a preposition of limit stands right before it.

    The words before are read nearest first, up to the first past cue ("was", "opened",
    "said"): a past verb nearer the date is the one that dates it. A fronted date (nothing
    but a preposition before it in its clause) is governed by the verb after it, so then
    the words after are read instead.
    """
    before, after = clause(text, start, end)
    left = _WORD.findall(before)
    if left and left[-1].lower() in _HORIZON:
        return True
    if all(w.lower() in _FRONTING for w in left):
        return _governed_ahead(_WORD.findall(after)[:_REACH])
    return _governed_ahead(left[::-1][:_REACH])


def _governed_ahead(words: list[str]) -> bool:
    """The first modal, word of foresight or past cue of ``words`` (in reading order from
    the date outwards): True for the first two, False for a past cue or none."""
    for w in words:
        low = w.lower()
        if low in _MODALS or low in _FORESIGHT:
            return True
        if past_cue(w):
            return False
    return False
