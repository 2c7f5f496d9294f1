"""Where a shown sentence's quotations open and close: one closed but never opened in it,
and one it leaves open, finished from its document or closed at its end."""

from __future__ import annotations

import re

from briefgen.models import Extraction

__all__ = [
    "QUOTE_RUN",
    "closed_at_end",
    "closed_within",
    "closes_elsewhere",
    "framed_to_close",
    "quotation_finished",
]


def closes_elsewhere(text: str) -> bool:
    """Whether ``text`` closes a quotation it never opens: the speaker's last sentence
    ("The difference is that the virus targets people under 65.”"), said after a colon in
    a paragraph before."""
    if text.count("”") > text.count("“"):
        return True
    straight = text.count('"')
    return straight % 2 == 1 and text.index('"') >= len(text.rstrip()) - 2


def closed_within(text: str) -> bool:
    """Whether the quotation ``text`` opens is closed within it."""
    first = text[0]
    if first == '"':
        return text.count(first) % 2 == 0
    closing = {"“": "”", "‘": "’", "«": "»"}[first]
    return closing in text[1:]


# How far past its sentence a quotation cut at its own full stop may go on to its close: a
# few words, the same utterance's last beat ("Notice Trump sniffing all the time. Coke
# user?"). A whole further sentence of a speech is a statement of its own, which a
# sentence shown as a candidate may leave out (``framed_to_close`` completes a chosen one).
QUOTE_RUN = 60
# A chosen sentence that frames a quotation (its speaker and cue in the narration before
# the quotation opens: 'X stated that the "city is not just closing the bridge ...') is
# shown with the quoted statement to its close, as an analyst quotes a statement whole: cut
# at its first full stop, "not just closing" loses the point the next sentence makes.
# Whole quoted sentences are added while the shown sentence stays within the words a shown
# sentence may have (``reportable.is_reporting``'s 60): a longer speech is closed after its
# last sentence that fits.
FRAMED_WORDS = 60
# Where a quoted sentence ends inside the quotation: a full stop, "!" or "?" before a
# space and a capital (or an opening quote mark, a digit).
_QUOTED_STOP = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“‘])")


def quotation_finished(text: str, sentence: str, start: int, extraction: Extraction | None) -> str:
    """``text`` (shown for ``sentence`` at ``start``) with a quotation the sentence opens
    and its document closes just after, in the same paragraph, shown to its close: a
    quotation cut at a full stop inside it drops what the speaker went on to say ("Notice
    Trump sniffing all the time." without "Coke user?"). ``text`` as it is otherwise."""
    rest = _rest_of_quotation(text, sentence, start, extraction)
    if rest is None or len(rest) - 1 >= QUOTE_RUN:
        return text
    return f"{text.rstrip()} {' '.join(rest.split())}"


def framed_to_close(text: str, sentence: str, start: int, extraction: Extraction | None) -> str:
    """``text``, a chosen sentence as shown (``sentence`` at ``start``, its quotation
    closed at its end by ``closed_at_end``), with the quotation it frames shown on to its
    close in whole quoted sentences within ``FRAMED_WORDS`` (``text`` as it is when the
    sentence frames no quotation its paragraph goes on with). Applied once chosen: the
    words added weigh in no choice."""
    if not _open_at_end(sentence) or not _frames(sentence):
        return text
    # only the mark ``closed_at_end`` put after the sentence's own last words (a quotation
    # finished within a few words already goes on past them)
    cut = text[:-1]
    if text[-1:] not in '”"' or not cut.endswith(sentence.rstrip()[-12:]):
        return text
    rest = _rest_of_quotation(cut, sentence, start, extraction)
    if rest is None:
        return text
    return closed_at_end(_whole_sentences(cut.rstrip(), rest[:-1], rest[-1]))


def _rest_of_quotation(
    text: str, sentence: str, start: int, extraction: Extraction | None
) -> str | None:
    """What the quotation ``text`` leaves open goes on to say after ``sentence`` (at
    ``start``) in its paragraph, to its closing mark, the mark last; None when it does
    not close there or ``text`` leaves none open."""
    if extraction is None or not _open_at_end(text):
        return None
    doc = extraction.document.text
    end = start + len(sentence)
    if doc[start:end] != sentence:
        return None
    para_end = doc.find("\n", end)
    rest = doc[end : para_end if para_end >= 0 else len(doc)]
    close = re.search(r"[”\"]", rest)
    if close is None or not rest[: close.start()].strip():
        return None
    return rest[: close.end()]


def _frames(sentence: str) -> bool:
    """Whether ``sentence``'s narration, before the quotation it leaves open, is a clause
    of its own (a speaker and a cue: at least three words), not a quotation opening it."""
    opened = max(sentence.rfind("“"), sentence.rfind('"'))
    return opened >= 0 and len(sentence[:opened].split()) >= 3


def _whole_sentences(text: str, quoted: str, mark: str) -> str:
    """``text`` with the quoted sentences of ``quoted`` that keep it within
    ``FRAMED_WORDS`` words, closed with ``mark`` when all of them fit."""
    parts = _QUOTED_STOP.split(quoted.strip())
    words = len(text.split())
    taken: list[str] = []
    for part in parts:
        words += len(part.split())
        if words > FRAMED_WORDS:
            break
        taken.append(" ".join(part.split()))
    if not taken:
        return text
    shown = f"{text} {' '.join(taken)}"
    return shown + mark if len(taken) == len(parts) else shown


def _open_at_end(text: str) -> bool:
    """Whether ``text`` ends inside a quotation it opened."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def closed_at_end(text: str) -> str:
    """``text`` with a quotation that goes on past the sentence closed at its end: the
    speaker's first sentence shown as quoted, not left open (“You may not use it.”)."""
    if text.count("“") > text.count("”"):
        return text + "”"
    if text.count('"') % 2:
        return text + '"'
    return text
