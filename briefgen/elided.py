"""Sentences that leave a part for their neighbours to say: not shown alone.

Besides the pronouns (``standalone``) and the definite nouns (``definites``), a sentence
can lean on the one before, or the one after, with no word that points:

- an elided subject or object: "'I'm sure there have been, but …'" (been what?), "'I will
  try to clarify'" (what?), "there had been no direct word from the minister" (on what?),
  "joined the group this week" (which group? the list the sentence before gave), a
  verb phrase taken up by "do so" ("said he'd be doing so not because …": doing what?);
- a teaser lede, whose subject is a count of a set it does not name, said in the next
  sentence: "Two of the biggest names in data leaks clashed …", "One of the central
  claims of the speech does not stand up";
- a sentence that announces what it does not give (``announces_only``): a pointer to a
  wh-clause and nothing more ("Here is what we know.", "This is why it matters."), a
  shell noun whose content is left out ("The answer is surprising.", "The reason is
  simple."). (A sentence closed by a colon, a list or a quotation next, ``read_alone``
  refuses.)
"""

from __future__ import annotations

import re

from briefgen import speech_verbs

__all__ = ["announces_only", "leaves_out", "teaser"]

# An existential "there is/have been" closed at once: its subject was the sentence
# before's ("I'm sure there have been, but ...", "if there were, ...").
_EMPTY_THERE = re.compile(
    r"\bthere\s+(?:is|are|was|were|(?:have|has|had)\s+been|(?:will|would|may|might)\s+be)"
    r"(?=\s*(?:[;:!?\"”—–]|\.(?!\d)|$)|\s*,?\s+(?:but|and|or)\b)",
    re.I,
)
# A verb whose object is the topic, closed at once: "I will try to clarify.", "declined
# to elaborate", "promised to explain, but ...". What is clarified, only the sentences
# before say.
_TOPICLESS = re.compile(
    r"\b(?:clarify|clarified|elaborate|elaborated|explain|explained|retract|retracted)"
    r"(?=\s*(?:[,;:!?\"”—–]|\.(?!\d)|$)|\s+(?:but|and|or|later|further|yet)\b)",
    re.I,
)
# "no word from the minister", "no immediate comment from the company": no word on what
# the sentences before told, unless the sentence says what ("on the plan", "about it").
_NO_WORD = re.compile(
    r"\bno\s+(?:[a-z]+\s+)?(?:word|comment|response|reaction|explanation)\s+from\b"
    r"(?![^.;:]*\b(?:on|about|regarding|concerning|over|to)\b)",
    re.I,
)
# Joining a set only the sentences before name: "joined the group", "joins the chorus",
# "joined the ranks" (of what?); "joined the ranks of …", "the group of senators" say.
_JOINED = re.compile(
    r"\bjoin(?:s|ed|ing)?\s+the\s+(?:growing\s+|long\s+|swelling\s+)?"
    r"(?:group|list|ranks|chorus|club|crowd|fray|exodus|calls?)\b"
    r"(?!\s+(?:of|in|for|at|against|to|that|who|which|calling|urging)\b)",
    re.I,
)

# A writ sent or filed, the sentence closed after it and its day: "[The city] sent a
# cease-and-desist letter Thursday." (to whom, over what?), "filed a lawsuit on Monday."
# A wire live blog's follow-up line to the entry's lede, which says what it is about; an
# addressee or a subject after the noun ("a letter to the campaign", "a lawsuit over …")
# says it here.
_WRIT_CLOSED = re.compile(
    r"\b(?:sent|sends|filed|files|issued|issues|served|serves|delivered|lodged)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:letter|lawsuit|suit|complaint|petition|subpoena|notice|warning)"
    r"(?:\s+(?:on\s+)?(?:(?:last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|week|month|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening"
    r"|night))?)?\s*[.!]?\s*$",
    re.I,
)

# A side's thing as the subject, the side not said: "A campaign TV ad released Thursday
# accuses …", "A family spokesman said …" (whose campaign, whose family?). In an ad
# roundup or a statement's paragraph the side is carried over from the sentence before;
# a name before it ("A Cruz campaign ad") or after the noun ("A spokesman for the Reed
# family") says whose.
_SIDELESS = re.compile(
    r"^\W*(?:A|An)\s+(?:new\s+)?(?:campaign|party|team|club|company|band|family)\s+"
    r"(?!(?:that|which|who|of|for|to|in|called|named|controlled|run|led|by)\b)"
    r"(?:[\w-]+\s+){0,2}?(?:ad|advert|advertisement|video|spot|mailer|aide|official"
    r"|spokesman|spokeswoman|spokesperson|source|statement|memo|email|e-mail|adviser|advisor"
    r"|strategist|insider|friend|member)\b(?!\s+(?:for|of|to)\b)"
)


# A verb phrase taken up by "do so" as what someone says they will do, or is asked to:
# "said he'd be doing so not because ...", "said on Monday that they would do so", "If
# asked to do so, ...": doing what, only the sentence before says. Its own verb before it
# in the same clause ("said they would close the bridge and do so by May") or a clause
# set off by a comma ("did not call the emergency services, instead telling a guard to
# do so") keeps the antecedent in the sentence; "do so much", "did so well" are no
# pro-forms.
_SAYING = speech_verbs.alternation(
    speech_verbs.told_forms(
        speech_verbs.CORE
        | {"add", "insist", "argue", "note", "announce", "promise", "pledge", "vow", "explain"}
    )
)
_SAYING_DO_SO = re.compile(
    rf"\b{_SAYING}\b(?P<between>[^,;:.]{0, 60}?)\b(?:do|does|did|doing|done)"
    r"\s+so\b(?!\s+(?:much|many|far|well|badly|often|that|as|long|little|quickly)\b)",
    re.I,
)
_ASKED_TO = re.compile(
    r"^\W*(?:if|when|unless|until)\s+(?:asked|required|told|ordered|invited|allowed)\s+to"
    r"\s+do\s+so\b",
    re.I,
)
_OWN_VERB = re.compile(r"\bto\s+(?!(?:do|be)\b)[a-z]{3,}\b|\b(?:and|but|or)\b", re.I)


def _do_so_dangles(narration: str) -> bool:
    if _ASKED_TO.match(narration):
        return True
    m = _SAYING_DO_SO.search(narration)
    return m is not None and _OWN_VERB.search(m["between"]) is None


def leaves_out(narration: str) -> bool:
    """Whether ``narration`` (a shown sentence, its quotations kept) leaves its subject or
    object to the sentences before: an empty "there have been", a topic-less "clarify", "no
    word from" on nothing, "joined the group", a "doing so" with no verb before it, a writ
    sent to no one ("sent a cease-and-desist letter Thursday."), a side's ad or aide as the
    subject with no side ("A campaign TV ad released Thursday accuses …")."""
    if _do_so_dangles(narration):
        return True
    return any(
        rule.search(narration) is not None
        for rule in (_EMPTY_THERE, _TOPICLESS, _NO_WORD, _JOINED, _WRIT_CLOSED, _SIDELESS)
    )


# A count of a set as the subject, the set told by a superlative or a rank and no name:
# "Two of the biggest names in …", "One of the central claims of …", "Some of the most
# powerful people in …". An apposition naming them ("One of the largest hospitals, St
# Mary's, closed") says who.
_TEASER = re.compile(
    r"^\W*(?i:(?:(?:but|and|yet)\s+)?(?:one|two|three|four|five|several|some|many|a\s+few"
    r"|a\s+couple)\s+of\s+(?:the|this\s+[a-z]+['’]s|today['’]s)\s+"
    r"(?:(?:most|least)\s+[a-z-]+|(?:bigg|larg|great|strong|high|low|old|young|rich|wealthi"
    r"|bright|hard|clos|fierc|loud|fast|long|tough|harsh|b|earli|lat|new|deadli|busi)est|worst"
    r"|central|key|main|leading|top|major|prominent|famous|best-known|well-known|chief"
    r"|principal)\s+"
    r"(?:[a-z-]+\s+){0,2}?[a-z-]+s)\b(?![^,]{0,60},\s+(?:including\s+)?[A-Z])"
)


def teaser(text: str) -> bool:
    """Whether ``text`` opens on a teaser's subject: a count of a set of the most or the
    chief of something, named in the next sentence ("Two of the biggest names in …")."""
    return _TEASER.match(text) is not None


# A pointer forward to a wh-clause: "Here is what we know about the virus so far", "Here's
# why". "Here" points to what follows, whatever the clause's length; "this" and "that"
# point back as often ("That is why we have resumed testing in the area": the reason was
# the sentence before), so only with a bare clause ("This is how it works"). A colon or a
# dash that gives the content in the sentence ("Here is what they asked for: a raise")
# makes it no teaser.
_POINTER = re.compile(
    r"^\W*(?:here(?:['’]s|\s+is|\s+are)\s+(?:what|why|how|who|where|when|whether)\b"
    r"(?![^:;—–]*(?:[:;—–]|\s-\s)\W*\w)"
    r"|(?:this|that)(?:['’]s|\s+is)\s+(?:what|why|how|who|where|when)(?:\s+[\w'’-]+){0,4}\W*$)",
    re.I,
)
# A shell noun (a noun whose content a clause gives: Schmid's "answer", "reason", "truth")
# told with an evaluation only, no clause of content: "The answer is surprising.", "The
# reason is simple.", "Their findings were striking." "The reason is that the vote was
# moved" gives its content.
_SHELL = re.compile(
    r"^\W*(?:the|their|his|her|its|our|my|your)\s+(?:[a-z-]+\s+)?(?:answer|reason|result"
    r"|truth|question|problem|catch|twist|secret|explanation|response|outcome|finding|verdict"
    r"|lesson|message|upshot|irony|point|news)s?\s+(?:is|are|was|were|(?:may|might|could|will)"
    r"\s+be|seems?|seemed|proved|looks?)\s+(?:(?:not|quite|very|rather|far|even|more|less)\s+)?"
    r"(?:[a-z]+ly\s+)?[a-z-]+\W*$",
    re.I,
)


def announces_only(text: str) -> bool:
    """Whether ``text`` announces content it does not give, a teaser whose point is the
    next sentence: a pointer to a bare wh-clause ("Here is what we know."), a shell noun
    with an evaluation only ("The answer is surprising.")."""
    body = text.strip()
    return _POINTER.match(body) is not None or _SHELL.match(body) is not None
