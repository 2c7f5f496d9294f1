"""A bystander's remark: someone the sentence introduces as one of a crowd, speaking.

News copy brings in people around a story by how it introduces them, and the
introduction says what they are to it. A principal is named, or named by an office; a
bystander is picked out of a crowd by an indefinite description: "one voter", "a
supporter", "a woman who has accused …", "some of his supporters". What such a person
says or thinks ("said one voter", "a woman … said Sunday night that …", "some of his
supporters saw a culprit in …") is the page's colour or a single voice's aside, never
the day's news, whatever the sentence's topic: no other source can take it up, as the
speaker has no name to be told by again.

The test reads the sentence's words only, so the summary, the timeline and Appendix A
(every caller of ``newsworthy.tells_news``) leave the same sentences. The nouns are the
closed class of English words for a member of a crowd or of the public (a voter, a
supporter, a resident, a rally-goer, a protester, a fan, a man, a woman), not an office
or a post: "a spokesman said", "a health official said", "a judge ruled" are a body's
word and stay. Only a saying or a view is a remark: what befalls a bystander ("a woman
died", "a man was arrested") may be the news itself, and is left to the other tests.
"""

from __future__ import annotations

import re

from briefgen import speech_verbs
from briefgen.extract.cues import speech_form
from briefgen.extract.quotes import QUOTED

__all__ = ["bystander_remark"]

# A member of a crowd or of the public, singular or plural (a closed class of nouns; a
# compound "-goer" is any crowd's: a rally-goer, a churchgoer).
_NOUN = (
    r"(?:voters?|supporters?|backers?|residents?|attendees?|[a-z]+-?goers?|protest[eo]rs?"
    r"|demonstrators?|onlookers?|bystanders?|passers?-by|fans?|women|woman|men|man"
    r"|callers?|neighbou?rs?|shoppers?|listeners?|viewers?|locals?)"
)
# An indefinite determiner picking one or a few out of a crowd: "one voter", "a woman",
# "another supporter", "some of his supporters", "a few protesters". Not "many" or "most"
# ("many voters say …": a claim about the electorate), nor a count ("15 protesters").
_INDEFINITE = (
    r"(?:an?|one(?!\s+(?:hundred|thousand|million|dozen)\b)|another|some|several|a\s+few"
    r"|a\s+handful\s+of)"
    r"(?:\s+of\s+(?:the|his|her|their|its|[A-Z][\w'’.-]*['’]s?))?"
)
# Up to three modifiers between the determiner and the noun ("one undecided Sanders
# supporter", "a longtime Republican voter"): words, not clause punctuation, nor a number
# or an "of" ("some 59 percent of voters view …": a poll's share, no one picked out).
_MODIFIERS = r"(?:(?!of\b)[A-Za-z][\w'’-]*\s+){0,3}?"
# The description as a clause's subject, then its verb: past a relative clause on the
# person ("a woman who has accused X of rape said"), an age ("a supporter, 54, said") or
# an adverb ("one voter also said").
_SUBJECT = re.compile(
    rf"(?:^|[.;:—]\s+|(,)\s+|\b(?:and|but|while|as)\s+)[\"“‘']?"
    rf"{_INDEFINITE}\s+{_MODIFIERS}{_NOUN}\b(?:,\s*\d{{1,3}},)?\s+",
    re.I,
)
# A relative clause on the person, up to the main verb: "who has accused X of rape".
_RELATIVE = re.compile(r",?\s*(?:who|whose)\b(?:(?!\b(?:but|and)\b)[^.;:!?\"“”]){0,200}", re.I)
_WORDS = re.compile(r"[A-Za-z]+")
# The description after its verb of saying, which follows the quotation: "'…,' said one
# voter in Des Moines." Only the verbs that take no object (a verb that does, "told a
# supporter", "praised a voter", says whom the principal spoke to); after the noun, the
# clause ends, or a relative clause or a short place of origin closes it.
_SAID = speech_verbs.alternation(speech_verbs.told_forms(speech_verbs.INVERTED))
_PLACE = r"(?:in|from|at|of)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*(?:[,.;:!?—]|$)"
_INVERTED = re.compile(
    rf"[,\"”’]\s+(?:{_SAID})\s+{_INDEFINITE}\s+{_MODIFIERS}{_NOUN}\b"
    rf"(?=\s*(?:[,.;:!?—]|$|who\b|{_PLACE}))",
    re.I,
)
# Verbs of holding a view that news uses for a crowd's opinion ("saw a culprit in X",
# "viewed him as"), beside the verbs of saying.
_VIEW = frozenset(("see", "sees", "saw", "view", "views", "viewed"))


def bystander_remark(text: str) -> bool:
    """Whether ``text`` tells what someone it introduces by an indefinite description of
    a member of the public ("one voter", "a woman who …", "some of his supporters") said
    or thought: a bystander's remark, the page's colour rather than news."""
    narration = QUOTED.sub(" ", text)
    for found in _SUBJECT.finditer(narration):
        rest = narration[found.end() :]
        # after a comma, a phrase with a relative clause is an apposition ("its first
        # case, a woman who had been travelling"), no subject
        relative = None if found.group(1) else _RELATIVE.match(rest)
        # the subject's verb: the first word after it, past an adverb; after a relative
        # clause, the first verb of saying or of a view in the clause's stretch
        words = [w.lower() for w in _WORDS.findall(relative[0] if relative else rest[:40])]
        if relative is None:
            words = [w for w in words[:2] if not w.endswith("ly") and w != "also"][:1]
        if any(w in _VIEW or (speech_form(w) and w not in _NOT_SAYING) for w in words):
            return True
    return _INVERTED.search(text) is not None


# Forms ``speech_form`` takes for a verb of saying that are, after a subject, most often
# another verb ("calls", "orders", "rules", "continues", "reads", "points").
_NOT_SAYING = frozenset(
    (
        *("calls", "called", "orders", "ordered", "rules", "ruled", "continues", "continued"),
        *("reads", "points", "pointed", "learned", "knows", "feels", "answers", "answered"),
    )
)
