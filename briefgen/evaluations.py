"""The narrator's evaluation told as a fact: a column's or an analysis's verdict.

Opinion columns, editorials, analyses, fact-checks and media blogs judge in the narrator's
voice: "The speech was a disaster", "The words for the board's answer are careful, slow
and vague", "This is the week the campaign lost its way". Nothing happened and
no one is quoted or cited: shown as a timeline line or a key judgment, the outlet's
verdict reads as a fact, or as the brief's own finding. A brief may show it attributed
("the paper argued that ...") or not at all.

The test reads the main clause's shape, not a topic. The sentence opens on its subject
(no clause, no comma before the verb), the verb is a copula or a verb of seeming, and
what it says closes the sentence:
- a graded quality: adjectives coordinated ("careful, slow and vague") or one
  under a degree adverb ("hardly surprising", "oddly timid"). One bare word is
  a state a report finds ("was closed", "is pending", "was unharmed"), not a grade;
- a verdict noun, from a small closed class of words that only judge an act or an
  outcome ("a disaster", "a triumph", "a blunder"): a noun that classifies ("a senator",
  "a mistake" admitted by its maker in a quotation) says nothing of the kind;
- the moment framed: "This is the week ...", "It was the night ...".
A verb of saying or a cited source makes the verdict someone's position (``moods``'s
test), and a quotation is its speaker's. (A measure, "is 12 points ahead", is no word
list closing the sentence.)
"""

from __future__ import annotations

import re

from briefgen.extract.quotes import QUOTED
from briefgen.moods import said_or_cited

__all__ = ["narrator_evaluation", "without_portrait"]

# The subject opening the sentence, after at most a conjunction: no comma, no clause
# ("When he was alone", "Those who were there") before the main verb.
_SUBJECT = (
    r"^\W*(?:(?:But|And|Yet|So|Still)\s+)?"
    r"(?:(?!\b(?:when|because|after|before|that|which|who|whom|whose|if|as|while|since"
    r"|until|though|although|where|whether)\b)[^,;:()\"“”])+?"
)
_COPULA = (
    r"(?:is|are|was|were|(?:has|have|had)\s+been|seems?|seemed|appears?|appeared"
    r"|remains?|remained|proved|proves|looks?|looked)"
)
# A degree adverb grades the quality: "fairly tame", "hardly surprising".
_DEGREE = r"(?:[a-z]+ly|very|so|too|quite|rather|pretty|more|less|most|least|far\s+from)"
_JOIN = r"(?:,\s+(?:and\s+|or\s+|but\s+)?|\s+(?:and|or|but)\s+)"
_END = r"\s*[.!]?\s*$"
_GRADED = re.compile(
    rf"{_SUBJECT}\s{_COPULA}\s+(?:not\s+)?(?P<quality>(?:{_DEGREE}\s+)?[a-z][a-z-]+"
    rf"(?:{_JOIN}(?:{_DEGREE}\s+)?[a-z][a-z-]+){{0,4}}){_END}"
)
_GRADE = re.compile(rf"^{_DEGREE}\s|{_JOIN}")
# A participle is an act undergone, however graded or joined: "was briefly detained",
# "have been closed or postponed" tell what was done.
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en)$")
_HEAD = re.compile(rf"(?:{_DEGREE}\s+)?([a-z][a-z-]+)(?=$|{_JOIN})")
# Nouns that only judge an act or an outcome. A closed class, kept short: a noun that
# classifies or reports is no verdict.
_VERDICT_NOUN = (
    r"(?:disaster|fiasco|debacle|triumph|mess|embarrassment|blunder|disgrace|catastrophe"
    r"|farce|masterstroke|misstep|travesty|train\s*wreck|flop)"
)
_NOUN_VERDICT = re.compile(
    rf"{_SUBJECT}\s{_COPULA}\s+(?:not\s+)?(?:(?:a|an|the|another)\s+)?(?:{_DEGREE}\s+)?"
    rf"(?:[a-z-]+\s+)?{_VERDICT_NOUN}(?:\s+(?:for|of)\s+[^.;]{{1,60}}?)?{_END}"
)
# The writer framing a moment: "This is the week the campaign lost its way". A moment
# named by what it holds ("It was the day of the vote") is a date, not a verdict.
_MOMENT = re.compile(
    r"^\W*(?:(?:But|And|So)\s+)?(?:This|That|It|Today|Tonight)\s+(?:is|was)\s+(?:the|a)\s+"
    r"(?:[a-z]+\s+)?(?:week|day|night|moment|month|year)\b(?!\s+(?:of|in|on|at|for|to)\b)"
)


def narrator_evaluation(text: str) -> bool:
    """Whether ``text``'s main clause is the narrator's verdict: its subject told a graded
    quality, a verdict noun or a framed moment, with no one quoted or cited."""
    narration = QUOTED.sub(" ", text).strip()
    if narration != text.strip() or said_or_cited(narration):
        return False
    if _MOMENT.search(narration) or _NOUN_VERDICT.search(narration):
        return True
    graded = _GRADED.search(narration)
    if graded is None or _GRADE.search(graded["quality"]) is None:
        return False
    heads = [m[1] for m in _HEAD.finditer(graded["quality"])]
    return not all(_PARTICIPLE.fullmatch(h) for h in heads)


# The narrator's portrait of a participant, hung on the end of the sentence's news: "...
# has named Tom Reed as her deputy, a man who dropped his old views to please the new
# leader". A bare noun for a human ("a man", "a woman") names no one (the name stands
# before it): what its relative clause says is the writer's reading of the person, not the
# news, and the outlet's opinion shown as fact. Cut, the news reads alone; the cut is
# marked as the brief marks any ("…"). A quotation in the clause keeps the sentence whole
# (a speaker's words are cut elsewhere, if at all).
_PORTRAIT = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:man|woman|person)\s+(?:who|whose)\s[^\"“”‘’]*$"
)
# What the cut leaves must be a sentence's news, not a stub nor an opening adverbial: in
# "At the town hall in Marlow, a young woman who had studied abroad asked ..." the portrait
# is the subject.
PORTRAIT_MIN_WORDS = 6
_ADVERBIAL = re.compile(
    r"^\W*(?:At|In|On|During|After|Before|From|With|Without|For|Near|Inside|Outside|Among"
    r"|Under|By|Since|Until|Later|Earlier|Previously|Meanwhile|Then)\b[^,]*$"
)


def without_portrait(text: str) -> str:
    """``text`` without the narrator's closing portrait of a participant (", a man who
    ..."), the cut marked; ``text`` itself when it closes on none."""
    found = _PORTRAIT.search(text)
    if found is None:
        return text
    news = text[: found.start()].rstrip()
    if len(news.split()) < PORTRAIT_MIN_WORDS or _ADVERBIAL.match(news):
        return text
    return news + " …"
