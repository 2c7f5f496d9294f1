"""How sure a position's speaker is, and speakers a statement cannot have.

Key positions are chosen only among statements whose speaker the text names where it
attributes them; the rest keep their speaker for search and counts, marked ``inferred``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.extract.speakers import INSTITUTION_HEADS, RELATIVE, SpeakerResolver
from briefgen.models import Attribution, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A state speaks as an institution: in a frame that names one ("X's government said", "X
# said in a statement"), in its own view ("Russia's view", "in Moscow's opinion"), or as the
# subject of its sentence's main verb ("Russia maintains that …", the diplomatic metonymy). A
# country in someone else's clause is that someone's reading of it ("I hope America says …",
# "the impression that Russia did not expect …"): the speaker stays, marked inferred, and no
# profile shows it as the country's statement.


def country_speaker(mention: Mention | None, phrase: Span | None, cue: Token | None) -> bool:
    """Whether the speaker is a state (a country, a city) named outside such a frame: the
    speaker is then the text's reading of the country, not its own word (inferred)."""
    if mention is None or mention.type != "state" or mention.kind not in ("name", "acronym"):
        return False
    if phrase is not None and phrase.root.lemma_.lower() in INSTITUTION_HEADS:
        return False
    if cue is None:
        return True
    after = cue.doc[cue.i + 1 : cue.i + 5].text.lower()
    if "in a statement" in after or cue.pos_ == "NOUN":
        return False
    main = cue.dep_ == "ROOT" or (cue.dep_ in ("conj", "acomp") and cue.head.dep_ == "ROOT")
    return not main


def attribution_of(
    resolver: SpeakerResolver, mention: Mention | None, phrase: Span | None, name: str | None
) -> Attribution:
    """How the speaker was found: a name standing in the cue's own speaker phrase (or the
    antecedent of its relative pronoun, "X, who said") is "cue"; anything else is inferred."""
    if name is None:
        return "none"
    if mention is None or phrase is None:
        return "inferred"
    inside = phrase.start_char <= mention.start and mention.end <= phrase.end_char
    if mention.kind == "pronoun" and mention.text.lower() in RELATIVE and inside:
        return "cue"
    return "cue" if inside and resolver.grounded(mention) else "inferred"


# A sentence opening by calling someone by name: "But, Governor Pence, I've got to ask you".
_VOCATIVE = re.compile(
    r"(?:(?:But|And|So|Now|Well|Look|Again),?\s+)?"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Governor|Senator|Secretary|Mayor|President|General)\.?\s+)?"
    r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s"
)


def addressed(content: str, speaker: str) -> bool:
    """Whether a statement opens by addressing its supposed speaker by name: an
    interviewer's or a questioner's words, which only follow that speaker's."""
    m = _VOCATIVE.match(content)
    if m is None or not speaker.split():
        return False
    return m.group(1).split()[-1].casefold() == speaker.split()[-1].casefold()
