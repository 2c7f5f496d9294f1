"""Sentences whose point is an addition to what the sentence before said.

English marks a statement as one more of what was just told with a closed class of
additive and comparative particles: "She, too, wants a recount", "He also said …", "…
as well", "nor did he attend either", "likewise", "said the same". Out of its article
such a sentence tells half a point: what it adds to, or is the same as, the sentence before
said. ``shown.stands_alone`` refuses it. The particles are read in the narration only (a
speaker's "too" is where they stand), and only where they add to the clause, not where
they grade ("too late") or compare with what the sentence says ("as well as", "the same
day", "the same as last year"). A named subject's "also" reads alone ("Mexico also
reported 20 cases") unless its clause is the verb alone ("Dr X's home is also raided.");
under a timeline date that already shows the happening it adds to, it is that happening
told again (``added_to``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.aggregate.terms import distinct_terms
from briefgen.capitals import CALENDAR_NAMES
from briefgen.extract.actor_words import TITLES
from briefgen.extract.quotes import QUOTED

__all__ = ["added_to", "adds_to"]

# "She, too, wants …", "… wants it too.": "too" closing its phrase adds the subject or
# the thing to what was told before; "too" before a word grades it ("too late").
_TOO = re.compile(r"\w[\]’'\"”]?\s*,\s*too\s*[,;.!?]|\w\s+too\s*(?:[;.!?]|$)", re.I)
# "… as well." closing the clause; "as well as" joins what the sentence itself names.
_AS_WELL = re.compile(r"\bas\s+well\s*(?:[,;.!?]|$)(?!\s*as\b)", re.I)
# "He did not attend either.": a negative addition to what was denied before.
_EITHER = re.compile(r"\b(?:not|n['’]t|never|no)\b[^.;]*\beither\s*(?:[,;.!?]|$)", re.I)
# "Likewise, …" or "… likewise said": like what, the sentence before says.
_LIKEWISE = re.compile(r"\b(?:likewise|similarly)\b", re.I)
# "said the same", "felt the same", "… is the same.": the same as what was told before;
# "the same day", "the same as …", "the same thing that …" say what they compare with.
_THE_SAME = re.compile(
    # "remained the same": unchanged, no likeness to what was told
    r"(?<!\bremain\s)(?<!\bremains\s)(?<!\bremained\s)(?<!\bstayed\s)(?<!\bstays\s)"
    r"\bthe\s+same(?:\s+(?:thing|way|view|point|message|argument|question|concern))?"
    r"\s*(?:[,;.!?]|$)",
    re.I,
)
# "He also said …", "[Murray] also told …", "They have also asked …": a pronoun subject (or
# the brief's bracket naming one) whose whole predicate is marked as one more; which
# statement it adds to, and often who, the sentence before says. A named subject ("Mexico
# also reported 20 cases") says who and what, and reads alone.
_PRONOUN_ALSO = re.compile(
    r"^\W*(?:[^,;:]{1,40},\s*)?(?:He|She|They|It|We|\[[^\]]+\])\s+"
    r"(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|did|does|do)\s+)?"
    r"(?:also|again)\b"
)
# "Dr Ruiz's office is also searched.", "The mayor also spoke.": an additive whose clause
# is its verb alone takes everything else from the sentence before: what was searched
# before, by whom, why. A clause naming its own object, place or day reads alone ("Mexico
# also reported 20 cases", "The port of Selden also closed on Friday"). The subject runs
# from the sentence's start to "also" with no clause break or joint ("… that children may
# also enjoy.", "X won and Y also won.": the clause with "also" is not the sentence's, or
# its antecedent is there).
_JOINT = r"that|which|and|but|or|while|whereas|as|after|when|because"
# The sentence's subject, "also" and its auxiliaries, up to the verb.
_SUBJECT_ALSO = (
    rf"^\W*(?:(?!\b(?:{_JOINT})\b)[^,;:()\"“”])+?\balso\s+"
    r"(?:(?:has|have|had|is|are|was|were|will|would|could|can|did|been|being|be)\s+){0,3}"
    r"(?:not\s+)?"
)
_BARE_ALSO = re.compile(_SUBJECT_ALSO + r"[a-z]+\s*[.!?]?\s*$")
# "Detectives also raided the home of Dr Ruiz …": "also" between the sentence's subject
# and its verb, adding the whole clause to something told before.
_CLAUSE_ALSO = re.compile(_SUBJECT_ALSO + r"([a-z]+)")
# "Another candidate said …", "Another said …": one more of what only the sentences before
# named, as the sentence's subject; a count ("Another 20 people died", "Another six units")
# tells its figure, and "Another suspected case of H1N1 …" says of what.
_COUNT = (
    r"\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|hundred|dozen|few|several|half)\b"
)
_ANOTHER_SUBJECT = re.compile(rf"^\W*Another\b(?!\s+(?:{_COUNT}|(?:[\w-]+\s+){{1,3}}of\b))")


def adds_to(text: str, narration: str) -> bool:
    """Whether ``text`` (a shown sentence; ``narration``, the same without its quotations)
    is marked as an addition to what the sentences before it told."""
    if _TOO.search(narration) or _AS_WELL.search(narration) or _EITHER.search(narration):
        return True
    if _LIKEWISE.search(narration) or _THE_SAME.search(narration):
        return True
    if _BARE_ALSO.match(narration.strip()):
        return True
    return _PRONOUN_ALSO.match(text) is not None or _ANOTHER_SUBJECT.match(text) is not None


_WORD = re.compile(r"\w[\w-]*")
_CALENDAR = re.compile(rf"^{CALENDAR_NAMES}$")


def added_to(text: str, shown: Sequence[str]) -> int | None:
    """Which of the ``shown`` sentences (those a timeline date shows already) ``text``
    only adds to, or None.

    "Dr Ruiz's home was also raided on Tuesday", under a date showing "Police searched the
    home and clinic of Dr Ruiz": an "also" after the subject says the clause is one more
    of a happening told before, and when every word it has but its verb (titles and
    calendar words aside) is in a shown sentence, that happening is the shown one, told
    again from another side. A word of its own ("India also reported its first case",
    under Turkey's; "Governor Ward also vetoed the ferry bill", under his signing of
    another) is another event.
    """
    narration = QUOTED.sub(" ", text)
    clause = _CLAUSE_ALSO.match(narration)
    if clause is None:
        return None
    words = " ".join(
        w for w in _WORD.findall(narration) if w.lower() not in TITLES and not _CALENDAR.match(w)
    )
    own = distinct_terms(words) - distinct_terms(clause.group(1))
    for at, sentence in enumerate(shown):
        if own <= distinct_terms(sentence):
            return at
    return None
