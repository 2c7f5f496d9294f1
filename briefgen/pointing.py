"""Sentences that point back where the brief cannot follow: a firm known by its place
("the Peoria, Ill., bank holding company"), "the same poll", a demonstrative "that"
before a noun ("decried that math, saying …"), a reply told without what it replies to, a
quotation opening on "This is …", on a short verdict on "it" ("It's a phony system") or on
what "it" shows ("It reminds us how important this election is").

``shown.stands_alone`` asks these of a sentence; each names, in small letters, what only
the article's sentences before it say.
"""

from __future__ import annotations

import re

from briefgen import speech_verbs
from briefgen.extract.quotes import without_quotations

__all__ = ["REPLY_OPENERS", "points_back"]

# A firm known only by where it is, as a wire's second reference puts it: "to acquire the
# Peoria, Ill., bank holding company", "the Chicago-based lender said". Which firm, only
# the sentences before say; a name after it ("the French bank group Credit Lyonnais") or
# "of" says which.
_BODY_NOUNS = (
    r"bank|banks|company|firm|thrift|insurer|lender|concern|retailer|carrier|maker|utility"
    r"|brokerage|bank\s+holding\s+company|holding\s+company|savings\s+bank|investment\s+bank"
)
_PLACED_BODY = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w.'’]*\s+){0,2}[A-Z][\w.'’]*(?:,\s+[A-Z][a-z]{1,5}\.,)?(?:-based)?"
    rf"\s+(?:[a-z]+\s+){{0,2}}?(?:{_BODY_NOUNS})\b"
    r"(?![\w-]|\s+(?:of\b|[a-z]+\s+(?:of\b|[A-Z]))|,?\s+[A-Z\[(“\"])"
)
# A firm known only by what it makes, as the subject: "The consumer-products and newsprint
# company said net rose …", "The troubled thrift reported …". Which firm, only the
# sentences before say (a bare "the company" is ``firms.firm_named``'s to name).
_DESCRIBED_BODY = re.compile(
    r"^\W*The\s+(?:[a-z][\w-]*,?\s+(?:and\s+|&\s+)?){1,4}"
    rf"(?:{_BODY_NOUNS}|group|maker|producer|manufacturer|chain|operator|publisher)"
    r"\s+(?:[a-z]+ly\s+)?(?:said|says|reported|posted|earned|lost|had|has|is|was|will|would)\b"
)
# "The CNN reporter in question is …", "the aforementioned memo": the one the sentences
# before spoke of, by the writer's own say ("the question" is no such pointer).
# "The reporter in question is Ann Ruiz" says which itself.
_IN_QUESTION = re.compile(
    r"\b[a-z][\w-]*\s+in\s+question\b(?!\s+(?:is|was|are|were)\b)|\baforementioned\b", re.I
)
# "According to the same poll, …": the one the sentences before named. "At the same
# time" is an idiom, a time ("the same day") is the sentence's to say, and "the same …
# as/that" says which.
_THE_SAME = re.compile(
    r"\b[Tt]he\s+same\s+(?!(?:time|day|week|month|year|night|morning|evening|period|way"
    r"|thing|age|token|sort|kind)\b)[a-z][\w-]*"
    r"(?![\w-])(?!\s+(?:as|that|who|which|where|when)\b)(?=\s*[,.;:]|\s+[a-z])"
)
# "decried that math, saying …": "that" as a demonstrative is told from the conjunction
# ("said that taxes rose") by what follows its noun, one thing (a plural may open the
# clause: "argued that taxes, which …, would fall"): the clause ends there.
_THAT_NOUN = re.compile(
    r"\b[a-z]+(?:ed|es)\s+that\s+(?!(?:well|much|way|far|long|one|day|night|time|week|year"
    r"|month|morning|evening|point|moment|period|too|now|then)\b)[a-z]{3,}(?<!ly)(?<!s)"
    r"(?=\s*[,.;:!?]|\s+(?:and|but|as|when|because|before|after|while)\b)"
)
# "… the mayor said of the bridge plan": the narration says what the speaker's "that" is.
_SAID_OF = re.compile(
    rf"\b{speech_verbs.alternation(speech_verbs.told_forms(speech_verbs.TOPICAL))}\s+of\b"
)
# A quotation that opens on "This is …" or "That doesn't mean …": the speaker points at
# what the article told just before (the situation, a remark), which the sentence lacks.
_QUOTED_DEMONSTRATIVE = re.compile(
    r"^\W*[“\"‘]\s*(?:(?:okay|ok|well|so|and|but|now|yes|no|look)\W+)*(?:that|this)"
    r"(?:['’]s|\s+(?:is|was|isn['’]t|wasn['’]t|does|doesn['’]t|did|didn['’]t|has|had|will"
    r"|won['’]t|would|means|meant|shows|showed|sounds|looks|seems|reminds)\b)"
    # "“This is a worldwide fight …”": what it is, the quotation says
    r"(?!\s+(?:a|an)\s)",
    re.I,
)

# What a speaker says before the subject of a reply: a discourse marker, a stance adverb, a
# frame of their own view ("Of course it's not appropriate", "Frankly, that's a disgrace",
# "I don't think it posed a problem"). None of these says what the subject is.
REPLY_OPENERS = (
    r"(?:(?:okay|ok|well|so|and|but|now|yes|no|look|listen|folks|honestly|frankly|again|sure"
    r"|oh|of\s+course|obviously|clearly|certainly|absolutely|you\s+know|i\s+mean|for\s+me"
    r"|to\s+me|i\s+(?:do\s+not\s+|don['’]t\s+)?(?:think|believe|guess|feel))\W+)*"
)
# The verb of a short verdict on a subject: an auxiliary or a modal (a copula's verdict, "it
# was a mistake", "that would be a disaster", "it can work") or a verb of how a thing went
# or what it is worth ("it never happened", "it worked very well", "that speaks volumes").
# Verbs that take an extraposed subject ("it seems …", "it takes …") are not among them.
_VERDICT_VERB = (
    r"(?:['’]s|['’]ll|\s+(?:(?:never|just|really|certainly|simply|also|only)\s+)?"
    r"(?:is|was|isn['’]t|wasn['’]t|will|won['’]t|would|wouldn['’]t|can|can['’]t|cannot|could"
    r"|couldn['’]t|should|shouldn['’]t|must|has|hasn['’]t|had|does|doesn['’]t|did|didn['’]t"
    r"|happened|happens|worked|works|failed|fails|matters|mattered|helped|helps|hurt|hurts"
    r"|speaks|spoke|stinks|posed|poses|backfired|felt|feels))"
)
# A quotation that opens on a short verdict on "it", "that" or "this": "It's a phony system",
# "Of course it's not appropriate", "It never happened", "I think that speaks volumes". The
# speaker's subject is what the article told just before (the debate's moderators, an
# assault, the reporter's question), and a verdict ending within six words, with no clause
# after it that says what ("It's clear that …", "It is time to …", "It's a great day for
# …"), leaves the reader to guess.
_QUOTED_IT = re.compile(
    rf"^\W*[“\"‘]\s*{REPLY_OPENERS}(?:it|that|this){_VERDICT_VERB}"
    r"(?:\s+(?!(?:that|to|for|when|if|how|what|who|whether|because|of|about|like|as|in|on|at"
    r"|than|time|day|night|morning|evening|week|month|year|moment|going|getting)\b)[\w'’-]+)"
    r"{0,6}\s*([,.!?;—–”\"])",
    re.I,
)
# An "it" of the weather or the hour, whose verdict needs no referent: "It's raining", "it
# was late", "it's 10 o'clock"; and the speaker's "this is a …",
# which names its kind and may be where they stand ("This is a crazy election"), as
# ``_QUOTED_DEMONSTRATIVE`` keeps it.
_NO_REFERENT = re.compile(
    r"\bit(?:['’]s|\s+(?:is|was))\s+(?:(?:still|already|very|too|so)\s+)?"
    r"(?:raining|snowing|pouring|freezing|cold|hot|warm|dark|late|early|sunny|windy|\d)"
    r"|\bthis(?:['’]s|\s+(?:is|was))\s+an?\s",
    re.I,
)
# What the quotation says its subject is after the verdict: "It's a disgrace, what happened
# to these children", "I don't think it's do or die, any endorsement in particular", or
# after the tag ("I don't think it's right," she said, "that …"): the subject is there.
_SAID_AFTER = re.compile(
    r"\s*(?:[”\"’]\s*,?[^“\"”]{1,80}?,\s*[“\"])?\s*(?:what|how|that|to|whether|why|the\s+way"
    r"|any|all|every|each|the|these|those)\b",
    re.I,
)
# The question a reply answers, named in the narration: "… she said when asked about the
# bridge", "in response to a question about the vote", "asked whether he would run". A
# question told without its content ("in response to a question from a reporter") names
# nothing: the reply's "it" is the question's, which the sentence does not show.
_ASKED_ABOUT = re.compile(
    r"\b(?i:asked|questions?|questioned)\s+(?:\w+\s+)?(?:(?i:whether|if)\s+\w"
    # a thing asked about is named by a name or an owner ("about Petrov's plan"): "asked
    # about the vagueness" is as unnamed as the reply's "it"
    r"|(?i:about|on|over|regarding)\s+(?!(?i:it|this|that|them|him|her)\b)"
    r"(?:[\w-]+\s+){0,4}?(?:[A-Z]|[\w-]+['’]s\b))"
)

# A quotation that opens on what "it" shows or means: "“It reminds us of this - how important
# this election is”", "“I think it shows how desperate they are”", "“It means that the
# examiner ordered more tests”". The speaker's "it" is the happening the article told just
# before (a death, a ruling), which the sentence does not name; these verbs of showing and
# meaning take no extraposed "it" (unlike "it seems", "it takes", "it makes sense").
_QUOTED_IT_SHOWS = re.compile(
    r"^\W*[“\"‘]\s*(?:(?:okay|ok|well|so|and|but|now|yes|no|look|listen|honestly|frankly"
    r"|again|i\s+think|i\s+believe)\W+)*it\s+(?:just\s+|really\s+|only\s+|certainly\s+"
    r"|clearly\s+|also\s+)?(?:reminds|reminded|shows|showed|proves|proved|means|meant"
    r"|demonstrates|demonstrated|underscores|underscored|highlights|highlighted|illustrates"
    r"|illustrated|reflects|reflected|signals|signaled|signalled|confirms|confirmed|raises"
    r"|raised)\b",
    re.I,
)

# A reply told without what it replies to: "The campaign on Tuesday responded that it had
# expanded into larger quarters" answers a finding only the sentences before tell. "replied
# to the report", or a question asked in the sentence say what. ("The defence countered
# that …" says itself what it stands against: the charge.)
_REPLY = re.compile(
    r"\b(?:responded|replied)(?:\s+(?!(?:to|at)\b)[\w'’]+){0,3}?"
    r"\s*(?:\bthat\b|\bby\b|\bwith\b|[,:])"
)
_STIMULUS = re.compile(
    r"\b(?:asked|question(?:ed|s)?|in\s+response|respond(?:ing|ed)\s+to)\b", re.I
)


# "both men", "both of them": two people the sentences before named, known by sex or kin
# alone. A pair the sentence names before it ("Ruiz and Lee … both men") or after ("both
# men and women") says which; "both candidates" of a race are its two.
_BOTH = re.compile(
    r"\b[Bb]oth\s+(?:of\s+(?:them|whom)\b|(?:the\s+|these\s+|those\s+)?"
    r"(?:men|women|boys|girls|brothers|sisters|sons|daughters|children|people)\b"
    r"(?!\s+(?:and|of)\b|['’]))"
)


def points_back(text: str, narration: str) -> bool:
    """Whether ``text`` (``narration``: its words outside quotations) leans on the
    sentences before for a firm, a poll or a remark it does not name."""
    if _THAT_NOUN.search(narration) or _PLACED_BODY.search(narration):
        return True
    if _DESCRIBED_BODY.match(narration):
        return True
    if _IN_QUESTION.search(narration) and not re.search(
        r"\b(?:is|was|are|were|be|been|being|call|called|calls|calling|bring|brought|put"
        r"|puts|come|came|comes|into|remains?|remained)\s+in\s+question\b",
        narration,
    ):
        return True
    if _THE_SAME.search(narration):
        return True
    both = _BOTH.search(narration)
    if both and not re.search(r"\band\b|&", narration[: both.start()]):
        return True
    if _REPLY.search(narration) and not _STIMULUS.search(narration):
        return True
    quoted = (
        _QUOTED_DEMONSTRATIVE.match(text) or _quoted_verdict(text) or _QUOTED_IT_SHOWS.match(text)
    )
    return quoted is not None and not _SAID_OF.search(narration)


def _quoted_verdict(text: str) -> bool:
    """Whether ``text`` opens on a quoted short verdict on a pronoun (``_QUOTED_IT``) that
    nothing in the sentence names: not the weather's or the hour's "it" nor "this is a …"
    (``_NO_REFERENT``), no subject said after the verdict (``_SAID_AFTER``), no question
    named that it answers (``_ASKED_ABOUT``)."""
    m = _QUOTED_IT.match(text)
    if m is None or _NO_REFERENT.search(m[0]):
        return False
    if m[1] not in ".!?" and _SAID_AFTER.match(text, m.end()):
        return False
    return _ASKED_ABOUT.search(without_quotations(text)) is None
