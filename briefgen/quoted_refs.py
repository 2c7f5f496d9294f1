"""A quotation that speaks of someone the shown sentence never names.

A speaker's "I" is themselves; a "he" or "him" in their words is someone else. News
writing quotes the reaction right after the sentence that names that person: "Trump named
Cruz as a possible running mate. 'Well, I like him,' Trump said." Shown alone, the second
sentence tells the reader nothing of whom ("Maybe he should have been roughed up"): the
quotation's subject is only in the sentences before. When neither the quoted words before
the pronoun nor the sentence names anyone besides the speaker, the sentence is not shown
alone.
"""

from __future__ import annotations

import re
from collections.abc import Set

from briefgen import speech_verbs
from briefgen.extract.quotes import QUOTED, without_quotations
from briefgen.models import Extraction
from briefgen.standalone import surname

__all__ = ["quoted_stranger"]

# A third-person singular pronoun: a person the speaker speaks of.
_THIRD = re.compile(r"\b(?:he|him|his|she|her|He|Him|His|She|Her)\b")
# A capitalised word: a name, unless a word any sentence may open with (``_OPENERS``).
_NAME = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*)")
_NO_NAMES = {
    "I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "God", "America",
    "American", "Americans", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday",
}  # fmt: skip
# Words a sentence often opens with that name no one.
_OPENERS = frozenset(
    """the a an and but or so yet if when while as because since after before although though
    we you it they he she this that these those there here what who why how where well now
    then look maybe perhaps yes no oh okay ok not nobody everybody everyone people our my his
    her their its i in on at for of with from by to all some many most one any every
    just only even also still never always do does did is are was were have has had will
    would can could should must let""".split()  # noqa: SIM905 - a word list reads best as prose
)
_TAG = speech_verbs.alternation(speech_verbs.told_forms(speech_verbs.QUOTE_TAGS))
# "said of Cruz", "speaking about Clinton": the narration says whom the quotation is about.
_SAID_OF = re.compile(
    r"\b(?:said|says|say|saying|spoke|speaking|asked|added|adds|wrote|writes|tweeted|joked)"
    r"\s+(?:of|about)\s+\[?[A-Z]"
)
# A name glossed in parentheses right after the pronoun: "He (Murray) left him (Jackson)".
_GLOSSED = re.compile(r"\s*[(\[][A-Z]")


def quoted_stranger(text: str, sentence: str, start: int, extraction: Extraction | None) -> bool:
    """Whether a quotation in ``text`` (shown for the source ``sentence`` at ``start``)
    speaks of a he/him/his/she/her that nothing in the sentence names: no name in the
    quoted words before it, no second person the sentence names besides its speaker
    (from ``extraction``'s mentions and the brief's own brackets), and no "said of X"."""
    if extraction is None:
        return False  # nothing to count the sentence's people with: left as it is
    known: frozenset[str] | None = None  # the document's name words, read once if asked
    for q in QUOTED.finditer(text):
        m = _THIRD.search(q.group(0))
        if m is None:
            continue
        at = q.start() + m.start()
        if _GLOSSED.match(text, at + len(m[0])):
            return False  # "He (Murray) left him (Jackson) there": the writer says who
        # the speaker names them first, in these words or an earlier quotation's: "When I
        # look at somebody like Hillary Clinton," he said, "who ... tells her daughter"
        quoted = " ".join(
            text[x.start() : min(x.end(), at)] for x in QUOTED.finditer(text[: q.end()])
        )
        known = _known_words(extraction) if known is None else known
        if any(_names(quoted, n, known) for n in _NAME.finditer(quoted)):
            continue
        narration = without_quotations(text)
        if _SAID_OF.search(narration):
            return False
        people = _people(narration, sentence, start, extraction)
        speakers = {p for p in people if _speaks(narration, p)}
        return not people - speakers
    return False


def _speaks(narration: str, name: str) -> bool:
    """Whether the narration gives ``name`` (a surname) as a speaker: right before a verb
    of saying ("Trump said", "[Trump] quickly added"), or closing the clause after one
    ("said Paul R. Pillar, a former analyst"); "says Trump represents ..." tells what is
    said of Trump, and "said Trump's aide" names someone else."""
    cue = _TAG
    name = re.escape(name)
    before = rf"\b{name}\]?\s+(?:\w+ly\s+)?{cue}\b"
    after = rf"\b{cue}\s+(?:[\w.]+\s+){{0,3}}?\[?(?:[A-Z][\w.'’-]*\s+)*{name}\]?(?=\s*[,.;]|$)"
    return re.search(f"{before}|{after}", narration) is not None


def _names(words: str, n: re.Match[str], known: Set[str]) -> bool:
    """Whether the capitalised word ``n`` of the quoted ``words`` is a name: not "I", nor
    a word one of the quotation's sentences opens with ("We won. The people ..."). A
    sentence's first word is capitalised whatever it is ("Remember when she said …"): there
    it is a name only as a word of a name the document's mentions give (``known``)."""
    word = n[1]
    if word in _NO_NAMES:
        return False
    opens = re.search(r"(?:^\W*|[.!?]\s+)$", words[: n.start()]) is not None
    if not opens:
        return True
    bare = word.strip("'’.")
    return bare.lower() not in _OPENERS and re.sub(r"['’]s$", "", bare) in known


def _known_words(extraction: Extraction) -> frozenset[str]:
    """The words of every name the document's mentions give ("Ann", "Holt", "Marlow")."""
    return frozenset(w for x in extraction.mentions if x.type is not None for w in x.text.split())


def _people(narration: str, sentence: str, start: int, extraction: Extraction) -> set[str]:
    """The surnames of the people the sentence names: the extraction's person mentions in
    the source sentence, outside its quotations, and the names the brief put in brackets."""
    found = {surname(b) for b in re.findall(r"\[([A-Z][^\]]*)\]", narration)}
    outside = without_quotations(sentence)
    end = start + len(sentence)
    for x in extraction.mentions:
        if x.type != "person" or x.kind not in ("name", "surname") or not start <= x.start < end:
            continue
        if outside[x.start - start : x.start - start + 1].isspace():
            continue  # a name inside a quotation is the speaker's words, read above
        found.add(surname(x.text))
    return found
