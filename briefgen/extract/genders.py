"""Each person's gender as one document shows it, for resolving "he" and "she"."""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from typing import TYPE_CHECKING

from briefgen.extract.actors import plain
from briefgen.extract.antecedents import PRONOUN_GENDER

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefgen.extract.speakers import SpeakerResolver


def document_genders(resolver: SpeakerResolver, sdoc: Doc) -> dict[str, str]:
    """Each person's gender as the document shows it: a title before the name (Mr, Mrs,
    Ms), and a sentence that opens with He or She right after a sentence naming that one
    person only ("Lynch met him in June. She said …"). Pronouns inside a sentence are no
    evidence ("Clinton said her …" may be about his wife). A person the document says
    nothing of, or contradicts itself on, is left out, and fits any pronoun. A title before
    a bare surname is counted last, once the full names' genders are known: "Mrs Jackson"
    beside a Randy Jackson the text calls "he" is someone else, not a vote for him."""
    votes: dict[str, Counter[str]] = {}
    bare = []
    for m in resolver.persons:
        title = resolver._title_gender(m)
        if title and len(plain(m.text).split()) == 1:
            bare.append((m, title))
        elif title:
            votes.setdefault(resolver.name_of(m), Counter())[title] += 2
    sents = list(sdoc.sents)
    for sent, after in itertools.pairwise(sents):
        opener = next((t for t in after if not t.is_space and not t.is_punct), None)
        if opener is None or opener.lower_ not in ("he", "she"):
            continue
        lo = bisect.bisect_left(resolver.person_starts, sent.start_char)
        hi = bisect.bisect_left(resolver.person_starts, sent.end_char)
        names = {resolver.name_of(m) for m in resolver.persons[lo:hi]}
        if len(names) == 1:
            votes.setdefault(names.pop(), Counter())[PRONOUN_GENDER[opener.lower_]] += 1
    resolver.gender = settle(votes)
    for m, title in bare:
        votes.setdefault(resolver.name_of(m), Counter())[title] += 2
    return settle(votes)


def settle(votes: dict[str, Counter[str]]) -> dict[str, str]:
    """Each name's gender where its votes agree (by three to one at least)."""
    out = {}
    for name, count in votes.items():
        (top, n), *rest = count.most_common()
        if not rest or n >= 3 * rest[0][1]:
            out[name] = top
    return out
