"""The verbs of saying, once: their lemmas, the named sets a reader needs, and their forms.

A verb is held by its lemma; its forms (the third person of the present, the past, the
past participle, the -ing form) are made here and nowhere else, from English's regular
rules and the few irregular verbs news reports speech with. A module that needs the
verbs as words or as a pattern asks for the set it means and the forms it reads
(``forms``, ``alternation``), and builds its own test from them.

The sets, from the widest to the narrowest:

- ``SPEECH``: a verb that reports speech, writing or a held belief when it takes a
  clausal complement ("warned that", "believes that").
- ``REPORTING``: a verb that only reports speech or thought, never a happening of its own
  (a clause whose main verb is one dates nothing: "said", "added").
- ``SAYING``: the verbs of saying proper, whose date is the saying's ("are to be sent,
  the ministry said on Wednesday"), which a verb of thought or expectation is not.
- ``CORE``: "say" and "tell", the two a page tells nearly every quotation with.

Narrower sets, each for one reading (``QUOTE_TAGS``, ``INVERTED``, ``STATING``,
``TOPICAL``), are named below with why they are narrower; a module whose reading is its
own alone keeps its lemmas beside it and asks ``forms`` for their words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Literal, NamedTuple

__all__ = [
    "CORE",
    "INVERTED",
    "NOUN_THIRDS",
    "QUOTE_TAGS",
    "REPORTING",
    "SAYING",
    "SPEECH",
    "STATING",
    "TOPICAL",
    "Forms",
    "alternation",
    "forms",
    "inflect",
    "past_of_gerund",
    "told_forms",
]

Tense = Literal["base", "third", "past", "participle", "gerund"]


class Forms(NamedTuple):
    """A verb's forms: "say", "says", "said", "said", "saying"."""

    base: str
    third: str
    past: str
    participle: str
    gerund: str


def _lemmas(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The verbs of saying whose past is no "-ed" form: (past, participle).
_IRREGULAR: dict[str, tuple[str, str]] = {
    "say": ("said", "said"),
    "tell": ("told", "told"),
    "write": ("wrote", "written"),
    "think": ("thought", "thought"),
    "feel": ("felt", "felt"),
    "know": ("knew", "known"),
    "speak": ("spoke", "spoken"),
    "read": ("read", "read"),
    "understand": ("understood", "understood"),
    "mean": ("meant", "meant"),
    "hear": ("heard", "heard"),
    "see": ("saw", "seen"),
    "forecast": ("forecast", "forecast"),
}
# Verbs that double their last consonant before "-ed" and "-ing" ("admitted", "quipping").
_DOUBLING = _lemmas("admit quip snap commit regret rebut")
# Verbs ending in a vowel and "l" that British spelling doubles ("signalled") and American
# does not ("signaled"): both are forms of theirs.
_BRITISH_DOUBLING = _lemmas("signal")
_VOWELS = "aeiou"


def inflect(lemma: str) -> Forms:
    """The forms of ``lemma`` (a verb, lower case): "deny" -> "denies", "denied",
    "denied", "denying"; "admit" -> "admits", "admitted", "admitted", "admitting"."""
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    stem = lemma + lemma[-1] if lemma in _DOUBLING else lemma
    if lemma in _IRREGULAR:
        past, participle = _IRREGULAR[lemma]
    elif lemma.endswith("e"):
        past = participle = lemma + "d"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        past = participle = lemma[:-1] + "ied"
    else:
        past = participle = stem + "ed"
    if lemma.endswith("ie"):
        gerund = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        gerund = lemma[:-1] + "ing"
    else:
        gerund = stem + "ing"
    return Forms(lemma, third, past, participle, gerund)


def forms(lemmas: Iterable[str], *tenses: Tense) -> frozenset[str]:
    """The ``tenses`` forms of each of ``lemmas``: ``forms({"say", "add"}, "past",
    "third")`` is {"said", "says", "added", "adds"}."""
    lemmas = frozenset(lemmas)
    out = {getattr(inflect(lemma), tense) for lemma in lemmas for tense in tenses}
    for lemma in lemmas & _BRITISH_DOUBLING:
        british = inflect(lemma + "l")  # "signall" -> "signalled", "signalling"
        out |= {getattr(british, t) for t in tenses if t in ("past", "participle", "gerund")}
    return frozenset(out)


# Verbs whose third person is also a plural noun ("claims", "notes", "reports"): a pattern
# over raw text cannot tell "the claims" from "she claims", and reads only their past.
NOUN_THIRDS = _lemmas(
    """
    claim note state call tweet charge pledge promise report urge vow reply answer remark
    comment post recall question order point signal voice quip joke counter rule cry sigh
    snap whisper murmur reference fear hope doubt estimate forecast demand guarantee
    """
)


def told_forms(lemmas: Iterable[str]) -> frozenset[str]:
    """The forms a page tells a saying with, as raw text can be read for them: each verb's
    past, and its present where that is no plural noun too ("says", "adds", "insists";
    not "claims", "notes", ``NOUN_THIRDS``)."""
    lemmas = frozenset(lemmas)
    return forms(lemmas, "past") | forms(lemmas - NOUN_THIRDS, "third")


def past_of_gerund(word: str, lemmas: frozenset[str]) -> str | None:
    """The past of the verb among ``lemmas`` whose -ing form ``word`` (lower case) is, in
    its spelling ("admitting" -> "admitted", "signalling" -> "signalled", "signaling" ->
    "signaled"), or None."""
    return _gerund_pasts(lemmas).get(word)


@cache
def _gerund_pasts(lemmas: frozenset[str]) -> dict[str, str]:
    out = {}
    for lemma in lemmas:
        spellings = [lemma, lemma + "l"] if lemma in _BRITISH_DOUBLING else [lemma]
        for spelling in spellings:
            verb = inflect(spelling)
            out[verb.gerund] = verb.past
    return out


def alternation(words: Iterable[str]) -> str:
    """``words`` as a regular expression's non-capturing group, the longest first (so a
    form is never cut to a shorter one it begins with: "adds" before "add")."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"


# Verbs that report speech, writing or a held belief when they take a clausal complement.
SPEECH = _lemmas(
    """
    say tell add state claim believe warn urge deny insist argue note stress explain announce
    declare suggest report write comment predict promise pledge assert acknowledge admit confirm
    emphasize emphasise think fear hope expect accuse conclude reply respond ask complain
    contend maintain reiterate recall estimate doubt caution agree learn indicate reveal allege
    tweet scoff mock dismiss reject demand propose vow threaten signal assure reassure observe
    remark speculate worry feel know understand recognize recognise question call describe
    praise criticize criticise condemn blame welcome tout boast testify concede counter retort
    lament charge joke quip muse wonder reckon guarantee forecast point recommend advise
    order instruct mention imply paint enunciate discount exclude voice preach express
    accept advocate intend oppose rule continue yell shout scream read characterize characterise
    hail exclaim confess answer sigh snap cry whisper murmur plead chide scold gush fume rant
    cite denounce reference
    """
)

# Verbs that only report speech or thought: never a happening of their own ("said",
# "added" date nothing; a clause whose main verb is one tells no act).
REPORTING = _lemmas(
    """
    say add tell note state claim stress insist report write comment explain believe think
    argue suggest reiterate warn ask answer reply
    """
)

# The verbs of saying proper: the date such a verb takes is the saying's ("are to be sent,
# the ministry said on Wednesday"), which a verb of thought or expectation ("are expected
# to attend on Saturday") does not make it.
SAYING = _lemmas(
    """
    say tell add state report announce declare confirm warn write tweet note claim insist
    explain testify reiterate acknowledge concede assert reply answer respond
    """
)

# The two verbs nearly every quotation is told with: a line that has neither (nor a
# quotation mark) quotes no one.
CORE = _lemmas("say tell")

# The verbs a quotation is tagged with its speaker by ("Holt said", "…,” Holt told
# reporters", "replied Holt"): verbs of saying that give a quotation and nothing else.
QUOTE_TAGS = _lemmas(
    "say tell add write tweet ask reply respond answer declare insist warn explain"
)

# A verb set before its speaker after a quotation or a comma (", said one resident",
# "…,” added Holt"): one that takes no person as its object, so that the name after it is
# the speaker's ("told Lind" names whom the speaker told).
INVERTED = _lemmas("say add write tweet declare explain recall complain insist argue note remark")

# The verbs a report's own telling is made with, whose complement the report reads as what
# was told: the verbs of saying proper that a reporter or a witness uses ("testified",
# "stated"), not those of asking, urging or answering.
STATING = _lemmas("say tell add state write testify insist claim announce declare")

# A verb of saying that may take a topic rather than a clause ("spoke about trade", "wrote
# of his fear", "commented on the plan"): a statement whose complement is that phrase alone
# reports no position.
TOPICAL = _lemmas("say comment speak talk write add testify remark tell")
