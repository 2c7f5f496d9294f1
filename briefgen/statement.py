"""A position as a reader sees it: speaker, cue and content in one readable statement.

A bare content span can read as its opposite ("charges be brought against her" for "did not
recommend that charges be brought against her"), so every output shows who, the cue as the
text writes it, and what: ``Comey did not recommend that charges be brought against her``.
"""

from __future__ import annotations

import re

from briefgen.extract.cues import NOUN_CUES, SPEECH_VERBS, speech_form
from briefgen.extract.stance import CUE_HEDGES
from briefgen.models import Position
from briefgen.speech_verbs import inflect, past_of_gerund

UNKNOWN_SPEAKER = "An unidentified source"

# Words that take a capital only to open a sentence: after a cue they are written small
# (prepositions too: "said among other reasons, high fees …").
_SMALL = frozenset(
    """
    a an the this that these those some any another other many most more much all both each
    every no none few several such there it its he she they we you his her their our one two
    three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundreds
    thousands dozens roughly nearly almost about around only just over under up at
    while although though if because when since unless whether once
    among amid after before during despite for from in on with without within by as
    against between beyond through throughout until upon toward towards besides beside
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_FIRST = re.compile(r"(?!I\b)[A-Z][a-z]*(?=[\s,;:'’-]|$)")


# "told", "tells", "tell" and the same form of "say".
_TELL = dict(zip(inflect("tell")[:3], inflect("say")[:3], strict=True))
# Whom a quotation was told to, after its cue: "… ,” Obama told reporters in a briefing."
# A stop ends it, not an abbreviation's point ("told her U.N. agency's assembly").
_CLOSE = re.compile(r"[”\"]\s+\S*\s*$")
_WHOM = re.compile(
    r"\s*((?:[\w.'’-]+\s+){0,5}?[\w.'’-]*\w)\s*(?:[,;:!?\"“”]|\.(?=\s*$|\s+[A-Z\"“])|$)"
)


def told_whom(cue: str, sentence: str, start: int, end: int, direct: bool) -> str:
    """``cue`` with whom it was told to, for a statement at ``start``–``end`` in its
    ``sentence``: named after a "told" that follows it ("Obama told reporters"), or
    between the "told" and a quotation ("told reporters: “…”"); a "told" naming no one
    reads "said" ("Chan told: …" is no English), and so does one told to the writer
    ("told me"). A report after its "told" holds whom itself ("tells Murray about …")."""
    words = cue.split()
    last = words[-1].casefold() if words else ""
    if last not in _TELL:
        return cue
    at = sentence.find(cue, end)
    if (
        direct
        and (inside := sentence.find(cue, start, end)) >= 0
        and _CLOSE.search(sentence[start:inside])
    ):
        at = inside  # the frame between a quotation's parts ("…,” Cruz told a host. “…")
    if at >= 0:
        whom = _WHOM.match(sentence, at + len(cue))
    elif direct and (at := sentence.rfind(cue, 0, start)) >= 0:
        whom = _WHOM.fullmatch(sentence[at + len(cue) : start].rstrip(' :,"“‘'))
    elif direct:
        whom = None  # a quotation's "told" the text does not show: "said" reads as English
    else:
        return cue
    if whom is not None and whom[1].casefold() not in {"me", "us"}:
        return f"{cue} {whom[1]}"
    return " ".join([*words[:-1], _TELL[last]])


# How far past a quotation its cue may stand: a quotation of several sentences has its
# "Clinton told CNN" after its first one, outside the evidence sentence.
_AFTER = 200


def told_whom_of(p: Position, text: str = "") -> str:
    """``p``'s cue with whom a "told" names (``told_whom``), looked for in its sentence
    or, given its document's ``text``, in the words from that sentence to just past ``p``."""
    ev = p.evidence
    at = ev.sentence_start
    sentence = ev.sentence
    if text[at : at + len(sentence)] == sentence:
        sentence = text[at : max(p.end, at + len(sentence)) + _AFTER]
    return told_whom(p.cue or "", sentence, p.start - at, p.end - at, p.kind == "direct")


def finite_cue(cue: str) -> str | None:
    """``cue`` as a finite verb: a participle cue ("saying", "adding that"), whose subject
    is the sentence's, in the past ("said", "added that"), as the line "X said …" needs;
    None for a participle of no speech verb ("talking"). Any other cue as it is."""
    first, _, rest = cue.partition(" ")
    if first.casefold() in CUE_HEDGES and rest:  # "essentially conceding" -> "… conceded"
        verb = finite_cue(rest)
        return f"{first} {verb}" if verb is not None else None
    word = first.casefold()
    if not word.endswith("ing") or word == "according":
        return cue
    past = past_of_gerund(word, SPEECH_VERBS)
    return f"{past} {rest}".strip() if past is not None else None


def sentence_case(text: str, source: str = "") -> str:
    """``text`` (reported content that opened its sentence: "Two adults in London …,
    reports the HPA") as it reads after its cue: its first word written small when it is
    a word only a sentence's start capitalises (an article, a number), or one ``source``
    (its document) writes small elsewhere, so no name ("Obama") is lowered."""
    m = _FIRST.match(text)
    if m is None:
        return text
    small = m[0].lower()
    word = m[0][:-1] if small.endswith("s") else m[0]
    stem = re.escape(word.lower())
    # written small after a word of prose in its own document ("a pupil" for "Pupils in
    # the class …"); a web address's "/obama/" is no prose
    prose = rf"\b\w+ {stem}s?\b"
    # ... and more often than as a name after a word of prose ("want to trump Trump": the
    # verb once, the name everywhere else)
    named = rf"\b[a-z]\w* {re.escape(word)}s?\b"
    common = small in _SMALL or (
        bool(source) and len(re.findall(prose, source)) > len(re.findall(named, source))
    )
    return small + text[m.end() :] if common else text


def statement(speaker: str | None, text: str, kind: str, cue: str | None, source: str = "") -> str:
    """One readable sentence for a position (``kind`` is ``direct`` or ``reported``); its
    document's text, ``source``, tells a common word opening the content from a name."""
    who = speaker or UNKNOWN_SPEAKER
    content = f"“{without_frame(text)}”" if kind == "direct" else text
    cue = (finite_cue(cue) or cue) if cue else cue
    if not cue:
        return f"{who}: {content}"
    if cue.casefold() == "according to":
        by = speaker or UNKNOWN_SPEAKER[0].lower() + UNKNOWN_SPEAKER[1:]
        told = content if kind == "direct" else sentence_case(text, source)
        return f"According to {by}" + (f": {told}" if kind == "direct" else f", {told}")
    last = cue.split()[-1].casefold()
    if last in NOUN_CUES or last.rstrip("s") in NOUN_CUES:  # "X's intention was to …"
        return f"{who}’s {cue}: {content}"
    content = content if kind == "direct" else sentence_case(_untagged(text, who), source)
    if kind == "direct":
        return f"{who} {cue}: {content}"
    return f"{who} {cue} {_closed(content)}"


# A speech tag set inside the reported words ("the threat, Akopov claimed, emanated
# from …"): after "Petr Akopov claimed" it would say so twice.
_INNER_TAG = re.compile(r",\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3})(?P<verb>[a-z]+),\s+")


def _untagged(text: str, who: str) -> str:
    """``text`` without an inner speech tag naming ``who`` (by any word of the name)."""
    names = set(who.split())

    def drop(m: re.Match[str]) -> str:
        verb = m["verb"]
        said = verb in SPEECH_VERBS or speech_form(verb)
        return " " if said and names & set(m["name"].split()) else m[0]

    return _INNER_TAG.sub(drop, text)


# The speaker's frame between two quotations the statement joins ("…,” Basulto said. “…",
# "…? No,” said Obama. “…", wire copy's straight '…," Cruz said. "…'): shown after
# "Basulto said:", it would say so twice; the words left out are marked. The frame may
# name a programme in quotation marks ("said on ABC’s “This Week” on Sunday"), its stop
# inside them ("said on “Face the Nation.” “…").
_TITLE = r"(?:[^“”\"]|“[^“”\"]{1,60}”|\"[^“”\"]{1,60}\")"
_FRAME = re.compile(
    rf"[,;:]?[”\"]\s+{_TITLE}{{0,120}}?\b(?:said|says|added|adds|told|tells|continued"
    r"|explained|asked|wrote|declared|insisted|tweeted|replied|quipped|argued|noted"
    rf"|recalled)\b{_TITLE}{{0,120}}?(?:[.,:;]|(?<=[.,:;][”\"]))\s*[“\"]"
)


def without_frame(quotation: str) -> str:
    """``quotation`` with the speaker's frame between its parts marked as left out."""
    return _FRAME.sub(" … ", quotation)


def _closed(content: str) -> str:
    """``content`` with a quotation it opens and its span leaves open closed at its end
    ("… at a “heightened state of readiness”")."""
    if content.count("“") > content.count("”"):
        return content + "”"
    return content + '"' if content.count('"') % 2 else content
