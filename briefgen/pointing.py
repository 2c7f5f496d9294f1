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

__all__ = ["points_back"]

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
_SAID_OF = re.compile(r"\b(?:said|says|wrote|writes|added|adds|remarked|commented)\s+of\b")
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

# A quotation that opens on "It's a phony system" or "It was a mistake": the speaker's "it"
# is what the article told just before (the debate's moderators, the vote), and a short
# verdict on it, with no clause after that says what ("It's clear that …", "It is time to
# …", "It's a great day for …"), leaves the reader to guess.
_QUOTED_IT = re.compile(
    r"^\W*[“\"‘]\s*(?:(?:okay|ok|well|so|and|but|now|yes|no|look|listen|folks|honestly"
    r"|frankly|again)\W+)*it(?:['’]s|\s+(?:is|was|isn['’]t|wasn['’]t))"
    r"(?:\s+(?!(?:that|to|for|when|if|how|what|who|whether|because|of|about|like|as|in|on|at"
    r"|time|day|night|morning|evening|week|month|year|moment|going|getting)\b)[\w'’-]+){1,5}"
    r"\s*[,.!?;—–”\"]",
    re.I,
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
        _QUOTED_DEMONSTRATIVE.match(text) or _QUOTED_IT.match(text) or _QUOTED_IT_SHOWS.match(text)
    )
    return quoted is not None and not _SAID_OF.search(narration)
