"""A definite act or happening a shown sentence leans on ("the unsealing", "the dispute",
"in the ensuing chaos"): which one only the sentences before say. It is named from the
sentence before that tells it, in brackets ("[the unsealing of the divorce file]"), or the
sentence is not shown alone."""

from __future__ import annotations

import re
from bisect import bisect_right

from briefgen.extract.quotes import without_quotations
from briefgen.models import Extraction
from briefgen.standalone import REACH

__all__ = ["change_left_before", "dangling_event", "resolve_event"]


# A definite noun naming an act or happening ("the unsealing", "the dispute", "the move"),
# with nothing after it saying which: the act is one the article told before. A gerund as
# a noun is one ("opposing the unsealing"); so are the common nouns that are their verb
# ("dispute", "move", "row"). Which one is said by what follows, if anything does: a
# complement ("the dispute over the records"), a clause, or a name.
_EVENT_NOUNS = (
    "dispute|row|clash|confrontation|standoff|stand-off|move|decision|deal|plan|incident"
    "|request|motion|proposal|announcement|allegations?|accusations?|remarks|comments|interview"
    "|policy|development"
    # a mishap or a crime the sentences before told: "the heist", "after the failure"
    "|heist|robbery|failure|blunder|mishap|breach"
    # an outburst the sentences before told: "attacked X during the course of the rant"
    "|rant|tirade|outburst"
    # a veto the sentences before told: whose, of what
    "|veto"
)
_NOT_EVENTS = {
    "building",
    "evening",
    "morning",
    "thing",
    "something",
    "nothing",
    "everything",
    "anything",
    "king",
    "ring",
    "spring",
    "string",
    "wing",
    "ceiling",
    "clothing",
    "offing",
    "ping",
    "sibling",
    "darling",
    "pudding",
    "wedding",
    "bedding",
    "lightning",
    "housing",
    "funding",
    "spending",
    "polling",
    "upbringing",
    "beginning",
    "ending",
    "following",
    "timing",
    "setting",
    "wording",
    "meaning",
    "feeling",
    "understanding",
    "rating",
    "ratings",
    "standing",
    "landing",
    "opening",
    "outing",
    "crossing",
    "painting",
    "recording",
    "recordings",
    "being",
}
_EVENT = re.compile(
    # a day's possessive is as definite: "released video of last week's shooting"
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|(?:[Ll]ast\s+(?:week|month|year|night)|[Yy]esterday"
    r"|[A-Z][a-z]+day)['’]s)"
    rf"\s+((?:[a-z]+-)?[a-z]{{3,}}ing|{_EVENT_NOUNS})"
    # nothing after it that says which: the sentence ends or goes on to another clause
    r"(?=\s*(?:[.,;:!?)\"”’—–]|$|(?:is|was|were|are|has|had|have|will|would|could|and|but"
    r"|or|as|when|after|before|because|while|since|last|this|earlier|later|on\s+(?:Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b))"
)
# An asking told only by whom it went to, then the sentence's verb: "the request to Judge
# Reed serves no purpose", "the appeal to the council failed" (what was asked, the
# sentences before say); "the request to Reed for a stay", "the appeal to the council to
# delay the vote" say it.
_ADDRESSED = re.compile(
    r"\b[Tt]he\s+(request|appeal|application|petition|plea|motion|proposal|offer|demand)s?"
    r"\s+to\s+(?>the\s+[a-z]+|(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})"
    r"(?:\s*[,.;:!?]|\s*$|\s+(?!(?:for|to|that|of|which|who|seeking|asking|over|on|about|in"
    r"|at|by|from|and|or)\b)[a-z])"
)
# What followed from something the sentences before told: "in the ensuing chaos", "the
# resulting investigation" (ensuing on what?); "the chaos resulting from …" says.
_FOLLOWING = re.compile(r"\b[Tt]he\s+(?:ensuing|resulting|subsequent)\s+([a-z]{3,})\b")
# A happening the sentences before announced, taken up with the writer's expectation of it:
# "The much-anticipated meeting unfolded Thursday", "the long-awaited vote" (which one?).
# A complement, a bracket or a name after it says which ("the awaited meeting between …").
_ANTICIPATED = re.compile(
    r"\b[Tt]he\s+(?:(?:much|long|highly|eagerly|widely|hotly|closely)[-\s])?"
    r"(?:anticipated|awaited|expected|publici[sz]ed|planned|scheduled|rumou?red|promised"
    r"|closed-door|high-stakes|upcoming)\s+"
    r"(meeting|summit|talks|sit-down|session|visit|speech|announcement|conversation|call"
    r"|hearing|vote|debate|interview|showdown|face-off|encounter)\b"
    r"(?!\s*\[|\s+(?:of|between|with|on|over|about|among|in|at|to|for|by|from)\b|\s+[A-Z])"
)
# A public stir told by its bare noun: "Last week, the insurrection handed Michigan to …",
# "The furor extended to the Capitol", "The uproar comes as …". Whose revolt, against what,
# only the sentences before say (a mood they described, the remarks that caused it), in any
# place in the sentence, not only before a clause's end; "the revolt against the tax", "the
# uproar over the remarks" say which.
_STIR = re.compile(
    r"\b[Tt]he\s+(insurrection|revolt|uprising|rebellion|insurgency|mutiny|backlash|furor"
    r"|furore|uproar|outcry)\b(?!\s*[\[(]|\s+(?:of|over|against|in|by|from|among|within|that"
    r"|which|to|on|at|about|after|following|(?:sparked|caused|triggered)\s+by)\b)"
)
# Past this many words, the sentence has told what stirred ("… blasting the raids, in a vain
# effort to quell the furor"): the stir is its own.
_STIR_REACH = 8
_GERUND_OPENERS = {"this", "that"}  # "that leaving ..." opens a clause, not a noun phrase
# What a complement says: "of/over/about/on/between/to ..." up to a comma or a clause.
_COMPLEMENT = r"\s+((?:of|over|about|on|between|to|against|by)\s+[^,.;:!?\"“”()]{3,80})"


def dangling_event(text: str) -> re.Match[str] | None:
    """The first definite act or happening in ``text``'s narration that nothing in the
    sentence says which ("lawyers ... filed legal papers opposing the unsealing"), or None.
    Introduced before it in the sentence (by the noun or its verb: "a motion to unseal
    ... the unsealing") it is the sentence's own."""
    narration = without_quotations(text)
    following = _FOLLOWING.search(narration)
    if following is not None:
        return following
    stir = _STIR.search(narration)
    if (
        stir is not None
        and len(narration[: stir.start()].split()) <= _STIR_REACH
        and not _introduced(stir[1], narration[: stir.start()])
    ):
        return stir
    anticipated = _ANTICIPATED.search(narration)
    if anticipated is not None and not _introduced(
        anticipated[1], narration[: anticipated.start()]
    ):
        return anticipated
    for m in _EVENT.finditer(narration):
        if not _told_here(m, narration):
            return m
    addressed = _ADDRESSED.search(narration)
    if addressed is not None and not _introduced(addressed[1], narration[: addressed.start()]):
        return addressed
    led = _QUOTE_LED.match(text)
    if led is not None and not _QUOTED_EVENT_TOLD.search(led["narration"]):
        # "'… the veto will be overridden,' the leader said Tuesday": the quotation is all
        # the sentence tells, and the act it takes up is one the article told before
        # (only the nouns of acts: a speaker's gerund is often an adjective's noun, "the
        # working and middle class")
        for m in _EVENT.finditer(text, led.start("quote"), led.end("quote")):
            if not m[1].endswith("ing") and not _told_here(m, text[: led.end("quote")]):
                return m
    return None


# A sentence whose news is a quotation, then only who said it and when: "“…,” Ada Brandt,
# the Senate leader, said Tuesday." Its narration tells no act of its own.
_QUOTE_LED = re.compile(r"^\W*[“\"](?P<quote>[^“”\"]{10,})[”\"],?\s+(?P<narration>[^“”\"]{0,120})$")
# The narration of a quote-led sentence naming an act itself ("said after the veto of …").
_QUOTED_EVENT_TOLD = re.compile(r"\b(?:of|over|about|on|after|before)\s+(?:the|a|an|his|her|its)\b")


def _told_here(m: re.Match[str], before: str) -> bool:
    """Whether the definite act ``m`` is the sentence's own: a gerund that names no act
    ("the building", "that leaving …"), or one introduced before it in ``before``."""
    noun = m[1]
    article = m[0].split()[0].lower()
    if noun.endswith("ing") and (noun in _NOT_EVENTS or article in _GERUND_OPENERS):
        return True
    return _introduced(noun, before[: m.start()])


def _stem(noun: str) -> str:
    """The verb a noun names the act of, as a prefix: "unsealing" -> "unseal"."""
    noun = noun.lower().removesuffix("s")
    if noun.endswith("ing") and len(noun) > 6:
        noun = noun[:-3]
    return noun[: max(4, len(noun) - 1)] if len(noun) > 5 else noun


def _introduced(noun: str, before: str) -> bool:
    return re.search(rf"\b{re.escape(_stem(noun))}", before, re.I) is not None


# A change asked for with nothing said of what it changes: "found a strong appetite for
# change", "growing calls for reform". After sentences telling a change of something
# ("support reforming the party's superdelegate system") it is that one, which the
# sentence leaves to them; read alone, a reader takes it for change in general.
_BARE_CHANGE = re.compile(
    r"\bfor\s+(?:change|changes|reform|reforms)\b"
    r"(?!\s+(?:of|in|to|on|at|for|that|which|with|from|across)\b)"
)
# A change told with what it changes, in the sentences before: "reforming the party's
# superdelegate system", "changes to the rules".
_CHANGE_TOLD = re.compile(
    r"\b(?:reform|chang)\w*\s+(?:(?:to|of|in)\s+)?(?:the|a|an|its|their|his|her|our)\s+\w",
    re.I,
)


def change_left_before(text: str, start: int, extraction: Extraction | None) -> bool:
    """Whether ``text``'s narration asks for a change it does not say of what
    (``_BARE_CHANGE``) right after the ``REACH`` sentences before told a change of
    something: the change meant is that one, which only they say."""
    if extraction is None or _BARE_CHANGE.search(without_quotations(text)) is None:
        return False
    bounds = [lo for lo, _ in extraction.sentences]
    here = bisect_right(bounds, start) - 1
    lo = bounds[max(0, here - REACH)] if here >= 0 else start
    return _CHANGE_TOLD.search(extraction.document.text[lo:start]) is not None


def resolve_event(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` with its dangling act named ("the dispute [over the divorce records]"):
    the complement with which one of the ``REACH`` sentences before names it (by the noun,
    or its verb: "to unseal the records" for "the unsealing"), when that complement names
    someone or something; else None. ``text`` as is when nothing dangles."""
    if change_left_before(text, start, extraction):
        return None  # "an appetite for change", after "reforming the superdelegate system"
    m = dangling_event(text)
    if m is None:
        return text
    if extraction is None:
        return None
    bounds = [lo for lo, _ in extraction.sentences]
    here = bisect_right(bounds, start) - 1
    lo = bounds[max(0, here - REACH)] if here >= 0 else start
    before = extraction.document.text[lo:start]
    noun = m[1]
    found = None
    for said in re.finditer(rf"\b{re.escape(noun)}{_COMPLEMENT}(?=[.;!?]|$)", before, re.I):
        found = said[1]  # the latest mention before it is the one continued
    if found is None and noun.endswith("ing"):
        verb = rf"\b{re.escape(_stem(noun))}\w*\s+(the\s+[^,.;:!?\"“”()]{{3,60}})(?=[.;!?]|$)"
        for said in re.finditer(verb, before):
            found = f"of {said[1]}"
    if found is None:
        return None
    words = found.split()[:8]
    complement = " ".join(words).rstrip()
    if not re.search(r"\b[A-Z][a-z]", complement[1:]):
        return None  # "over the records": which records is no clearer than before
    return text[: m.end()] + f" [{complement}]" + text[m.end() :]
