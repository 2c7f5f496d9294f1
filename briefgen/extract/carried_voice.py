"""Who says a quotation without a cue of its own: the voice a story carries on from the
statement before it, over the quotation paragraphs that follow a speaker, or from the
subject of the sentence before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.quote_cues import contrasted, named_thing
from briefgen.extract.quotes import Quote
from briefgen.models import Mention, Position

if TYPE_CHECKING:
    from briefgen.extract.speakers import SpeakerResolver

# How far back (characters) an earlier speaker still holds for a pronoun or a bare quote.
CARRY = 700


def uncued_speaker(
    r: SpeakerResolver,
    at: int,
    previous: Position | None,
    quote: Quote | None,
    near_prev: bool,
) -> tuple[Mention | None, str | None]:
    """(speaker mention, display name) for a quotation at ``at`` that no cue attributes
    (``near_prev``: the previous statement is close before it and has a speaker)."""
    if quote is None:
        return None, None
    # A quotation with no cue of its own continues a speaker: the previous one's when
    # it reopens the mark or goes on in the same paragraph ('"A," she said. "B."'),
    # and then it carries that statement's speaker phrase too.
    same_paragraph = previous is not None and "\n" not in r.text[previous.end : at]
    if contrasted(r.text, at) or named_thing(r.text, at):
        # 'X promised A. However, "B"': the writer sets another voice against X
        return None, None
    if previous is not None and (quote.continues or (same_paragraph and near_prev)):
        return previous.speaker_mention, previous.speaker
    if previous is not None and goes_on(r.text, previous, at):
        return previous.speaker_mention, previous.speaker
    subject = r.previous_subject(quoted_run_start(r.text, at))
    if subject is not None:
        return subject, r.name_of(subject)
    # 'Sanders … identified X as a reason. "B."': the person a sentence of the
    # quotation's own paragraph is about, right before it, says it
    line_start = r.text.rfind("\n", 0, at) + 1
    subject = r.previous_subject(at, paragraph_end=False)
    if subject is not None and subject.start >= line_start:
        return subject, r.name_of(subject)
    if near_prev and previous is not None and previous.kind == "direct":
        return previous.speaker_mention, previous.speaker
    # else the person last named in the quotation's own paragraph ("A lesson from
    # X: '…'", "X called him a master. '…'"); one named in an earlier paragraph is a
    # guess, and unknown beats wrong
    line_start = r.text.rfind("\n", 0, at) + 1
    person = r.last_person(at, at - line_start)
    if person is not None:
        return None, r.name_of(person)
    # or the person who last spoke, named at a cue, not far back
    if r.last_voice is not None and at - r.last_voice[0] <= CARRY:
        return None, r.last_voice[1]
    return None, None


def quoted_run_start(text: str, at: int, hops: int = 3) -> int:
    """Where a run of quotation paragraphs holding ``at`` begins: a speaker introduced
    in a paragraph ("X commented:") goes on through the quotation paragraphs after it,
    each opening with a mark. ``at`` itself when its paragraph follows narrative."""
    start = at
    if text[text.rfind("\n", 0, at) + 1 : at].strip(" \"“„«'‘"):
        return at  # the quotation does not open its paragraph: narrative comes first
    for _ in range(hops):
        line = text.rfind("\n", 0, start) + 1
        before = text[:line].rstrip()
        prev = before.rfind("\n") + 1
        if not before or before[prev:].lstrip()[:1] not in ('"', "“", "„", "«"):
            break
        start = prev
    return start


def goes_on(text: str, previous: Position, at: int) -> bool:
    """Whether a quotation paragraph at ``at`` goes on from the quotation just before
    it: the paragraph right above is a quotation with its speaker ('"A," he said.' then
    '"B."'), the usual way a story carries one voice over paragraphs."""
    said = previous.speaker or previous.speaker_mention is not None
    if previous.kind != "direct" or not said or at - previous.end > CARRY:
        return False
    line = text.rfind("\n", 0, at) + 1
    if text[line:at].strip(" \"“„«'‘"):
        return False  # the quotation does not open its paragraph
    above = text.rfind("\n", 0, len(text[:line].rstrip())) + 1
    if not above <= previous.start < line:
        return False
    return text[above:line].lstrip()[:1] in ('"', "“", "„", "«")
