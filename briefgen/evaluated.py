"""A judgment whose subject holds a dated verb: no happening of that date.

"The best word for the town's answer to the flood in May 2019 is calm" dates "answer to
the flood" by May 2019, and the verb the extraction takes is the infinitive of the subject
("the words to describe …"). But the sentence judges: its main verb is a copula, its
predicate an adjective or a noun. Nothing happened in May 2019 that the sentence tells; a
policy memo or an essay opening on such a thesis has made an assessment, which a
chronology printed under the date would read as an event. (It may still be a judgment of
the summary.)
"""

from __future__ import annotations

import re

from briefgen.models import EventMention

__all__ = ["evaluated_subject"]

# The verb an infinitive of the subject: "the words to describe", "the way to read".
_INFINITIVE = re.compile(r"\bto\s+$", re.I)
# The copula right after the subject, not a passive ("is seen", "were taken") nor a
# progressive ("is growing"): the sentence says what the subject is.
_COPULA_NEXT = re.compile(
    r"\s*(?:is|are|was|were)\s+(?!(?:not\s+)?(?:being\s+)?[a-z]+(?:ed|en|ing)\b)", re.I
)


def evaluated_subject(mention: EventMention) -> bool:
    """Whether ``mention``'s verb is an infinitive in the subject of a copular sentence
    ("The words to describe X's reaction in 2019 are pragmatic and calm"): the date is the
    judged thing's, the sentence a judgment, not a happening."""
    ev = mention.evidence
    if mention.predicate is None or ev.start != ev.sentence_start:
        return False
    at = mention.predicate[0] - ev.sentence_start
    if at <= 0 or _INFINITIVE.search(ev.sentence[:at]) is None:
        return False
    if len(ev.text) >= len(ev.sentence.rstrip()):
        return False  # the subject runs to the sentence's end: no copula after it
    return _COPULA_NEXT.match(ev.sentence, len(ev.text)) is not None
