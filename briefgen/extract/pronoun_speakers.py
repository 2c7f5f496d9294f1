"""Who a pronoun speaker phrase stands for: "he" or "she" the nearest compatible
antecedent, "I" or "they" the subject of the sentence before, "it" the organisation last
named or the previous speaker, "you" no one.

"I" or "we" outside a quotation and outside a labelled turn is an unlabelled soundbite
(a broadcast transcript drops the speaker's label): whose voice it is, only a lead-in
handing it on says ("… as the president put it:", "Holt told reporters."); the anchor's
"X said …" before it names whom the story is about, not who speaks next, so without a
lead-in the soundbite has no speaker.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from briefgen.extract.antecedents import PRONOUN_GENDER
from briefgen.models import Mention, Position

if TYPE_CHECKING:
    from spacy.tokens import Span

    from briefgen.extract.speakers import SpeakerResolver

PERSON_PRONOUNS = frozenset({"he", "she", "i", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "we", "them", "it"})
# "it" is never a person; "you" is the addressee, never the last speaker
THING_PRONOUNS = frozenset({"it", "its"})
ADDRESSEE_PRONOUNS = frozenset({"you", "your"})
FIRST_PERSON = frozenset({"i", "we"})
# A lead-in that hands the voice on: a colon right before the soundbite ("Holt told reporters:
# We …"; a colon clauses before introduces something else), or a sentence closing on its
# speech verb with nothing said after it ("… as the minister put it.", "Holt told reporters.").
_LEAD_IN = re.compile(
    r"(?::|\b(?:put\s+it|told\s+(?:reporters|journalists|[A-Z][\w.]*)|said|says|added"
    r"|explained|declared|insisted)\s*[.!]?)\s*$"
)


def pronoun_speaker(
    r: SpeakerResolver,
    span: Span,
    start: int,
    previous: Position | None,
    near_prev: bool,
) -> tuple[Mention, str | None]:
    """(the pronoun's mention, display name) for a speaker phrase of a pronoun at ``start``
    (``near_prev``: the previous statement is close before it and has a speaker)."""
    word = span.root.lower_
    pron = Mention(
        r.doc_id,
        span.root.idx,
        span.root.idx + len(span.root.text),
        span.root.text,
        "pronoun",
    )
    if word in PRONOUN_GENDER:  # he, she, him, her: the nearest compatible antecedent
        return pron, r.antecedents.resolve(span.root)
    if word in FIRST_PERSON:
        lead = _lead_in(r, start)
        if lead is None:
            return pron, None  # an unlabelled soundbite: no lead-in says whose voice it is
        # the person the lead-in names speaks, "we" for their side ("Holt told reporters:
        # We …"); a lead-in naming no one leaves the pronoun to the rules below
        person = r.last_person(start)
        if person is not None and person.start >= lead:
            return pron, r.name_of(person)
    if word in PERSON_PRONOUNS or word in GROUP_PRONOUNS:
        subject = r.previous_subject(start, person=word in PERSON_PRONOUNS, paragraph_end=False)
        if subject is not None:
            return pron, r.name_of(subject)
    if word in PERSON_PRONOUNS:  # "I" outside a quotation
        if (
            near_prev
            and previous is not None
            and previous.speaker_mention is not None
            and previous.speaker_mention.type == "person"
        ):
            return pron, previous.speaker
        person = r.last_person(start)
        return pron, r.name_of(person) if person else None
    if word in ADDRESSEE_PRONOUNS:
        return pron, None  # "you": the addressee, whom the text rarely names here
    previous_person = (
        previous is not None
        and previous.speaker_mention is not None
        and previous.speaker_mention.type == "person"
    )
    if near_prev and previous is not None and not (word in THING_PRONOUNS and previous_person):
        return pron, previous.speaker
    other = r.last_other(start)
    return pron, r.name_of(other) if other else None


def _lead_in(r: SpeakerResolver, start: int) -> int | None:
    """Where the lead-in handing the voice on to the first-person speaker at ``start``
    begins: the labelled transcript turn's start (so no one before it), the sentence
    whose colon stands right before the pronoun, or a sentence before closing on its speech verb
    (``_LEAD_IN``); None when there is none."""
    if r.turn_of is not None and r.turn_of(start) is not None:
        return start
    i = bisect.bisect_right(r.sent_starts, start) - 1
    if i < 0:
        return None
    if r.text[r.sent_starts[i] : start].rstrip(" \"“‘'").endswith(":"):
        return r.sent_starts[i]  # "Holt told reporters: We …", not a colon clauses before
    if i > 0 and _LEAD_IN.search(r.text[r.sent_starts[i - 1] : r.sent_starts[i]]) is not None:
        return r.sent_starts[i - 1]
    return None
