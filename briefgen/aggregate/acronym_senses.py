"""Which of two bodies each use of an acronym stands for, where the corpus spells out two.

"DNC" is the Democratic National Committee in one sentence ("the DNC chair") and the
Democratic National Convention in the next ("a speech at the DNC"); the documents using it
spell out both (``acronyms.spelled_two_ways``). Each use is one of the two, so each joins
one of them, decided mention by mention, and none is left a record of its own: a third
"DNC" record beside the Committee and the Convention splits a principal actor in two.
In order:

1. the words around it, where the corpus's two bodies are a gathering and a standing body
   by the head word of their names (a convention, a conference, a summit beside a
   committee): a standing body has a chair, staff, members and email servers ("DNC chair",
   "the chairman of the DNC"); a gathering has speeches, delegates, a floor and a stage,
   and happens before or after things ("a speech at the DNC", "since the RNC");
2. the one body its document spells out before the use (``acronyms.introduced_acronyms``):
   a writer introduces the name, then shortens it;
3. the sense its document's other uses took by 1 or 2 (one sense per document);
4. the one body its document spells out, though after the use;
5. the body the corpus names most often.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from briefgen.aggregate.acronyms import introduced_acronyms, letters_of, one_body
from briefgen.aggregate.names import acronym_letters, acronym_spellings, word_tuple, words
from briefgen.models import Mention

# Head words naming a gathering (held, opened, attended), not a standing body.
GATHERINGS = frozenset({"convention", "conference", "summit", "games", "festival", "expo"})

# Nouns beside an acronym that only a standing body has: its officers, staff and members,
# and its computers and mail ("DNC chair", "RNC members", "the DNC email leak").
_STANDING = frozenset(
    {
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "chief",
        "staff",
        "staffer",
        "official",
        "officer",
        "member",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "employee",
        "treasurer",
        "headquarter",
        "email",
        "e-mail",
        "server",
        "computer",
        "network",
        "database",
        "hack",
        "breach",
        "donor",
    }
)
# ... and that only a gathering has: its speeches and speakers, its delegates, floor and
# stage, its nights ("DNC delegates", "a speech at the RNC", "the opening night of the DNC").
_GATHERING = frozenset(
    {
        "speech",
        "speaker",
        "delegate",
        "floor",
        "stage",
        "podium",
        "crowd",
        "audience",
        "attendee",
        "night",
        "hall",
        "arena",
        "venue",
    }
)
# A gathering happens in time: "since the RNC", "after the DNC", "sit through the DNC".
_IN_TIME = frozenset({"during", "throughout", "through", "before", "after", "since", "until"})
# Read past between a noun and the acronym it governs: "the chairman of the DNC".
_PAST = frozenset({"the", "a", "an", "at", "of", "to", "from", "in", "on", "for", "with", "by"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_POSSESSIVE = re.compile(r"^[’']s\b")


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def cue(text: str, m: Mention) -> str | None:
    """ "gathering" or "standing": what the words right around an acronym's use say it names;
    None when they say nothing."""
    after = _POSSESSIVE.sub("", text[m.end : m.end + 40])
    nxt = _WORD.match(after.lstrip(" -–—"))
    if nxt is not None:
        word = _singular(nxt.group())
        if word in _STANDING:
            return "standing"
        if word in _GATHERING:
            return "gathering"
    before = text[max(0, m.start - 60) : m.start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    for raw in reversed(_WORD.findall(before)[-4:]):
        word = _singular(raw)
        if word in _IN_TIME:
            return "gathering"
        if word in _PAST:
            continue
        if word in _STANDING:
            return "standing"
        if word in _GATHERING:
            return "gathering"
        break
    return None


def _bodies(mentions: Sequence[Mention], ambiguous: frozenset[str]) -> dict[str, list[int]]:
    """Acronym letters -> one mention of each body the corpus spells them as, the body it
    names most first (spellings of one body, "Democrat National Committee", are one)."""
    counts: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
    first: dict[tuple[str, ...], int] = {}
    for i, m in enumerate(mentions):
        if m.kind == "acronym" or m.type == "person" or acronym_letters(m.text) is not None:
            continue
        for letters in acronym_spellings(m.text) & ambiguous:
            name = word_tuple(m.text)
            counts[letters][name] += 1
            first.setdefault(name, i)
    out: dict[str, list[int]] = {}
    for letters, names in counts.items():
        kept: list[tuple[tuple[str, ...], int]] = []  # (name, how often), one per body
        for name, n in names.most_common():
            for k, (body, seen) in enumerate(kept):
                if one_body(body, name):
                    kept[k] = (body, seen + n)
                    break
            else:
                kept.append((name, n))
        kept.sort(key=lambda b: -b[1])
        out[letters] = [first[name] for name, _ in kept]
    return out


def acronym_senses(
    mentions: Sequence[Mention], texts: dict[str, str], ambiguous: frozenset[str]
) -> dict[int, tuple[int, str]]:
    """Each use of an acronym of ``ambiguous`` letters (``acronyms.spelled_two_ways``) ->
    a mention of the body it stands for and the rule that chose it (see module)."""
    if not ambiguous:
        return {}
    bodies = _bodies(mentions, ambiguous)
    by_doc: dict[str, list[tuple[int, Mention]]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_doc[m.doc].append((i, m))

    def body_of(letters: str, i: int) -> int | None:
        key = word_tuple(mentions[i].text)
        for b in bodies.get(letters, ()):
            if one_body(word_tuple(mentions[b].text), key):
                return b
        return None

    out: dict[int, tuple[int, str]] = {}
    for doc, ms in by_doc.items():
        text = texts.get(doc, "")
        # (a use the recogniser typed a person, "#RNC speech", is the body's all the same)
        uses = [(i, letters) for i, m in ms if (letters := letters_of(m)) in ambiguous]
        if not uses:
            continue
        introduced = introduced_acronyms(ms)
        settled: dict[str, Counter[int]] = defaultdict(Counter)
        left: list[tuple[int, str]] = []
        for i, letters in uses:
            found = _by_cue(bodies.get(letters, []), mentions, cue(text, mentions[i]))
            if found is not None:
                out[i] = (found, "acronym of the body the words around it name")
            elif i in introduced and (b := body_of(letters, introduced[i])) is not None:
                out[i] = (b, "acronym of the one name its document spelled out before using it")
            else:
                left.append((i, letters))
                continue
            settled[letters][out[i][0]] += 1
        spelled = _spelled_in(ms, bodies, body_of)
        for i, letters in left:
            ranked = settled[letters].most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                out[i] = (ranked[0][0], "acronym of the body its document's other uses name")
            elif len(spelled.get(letters, ())) == 1:
                reason = "acronym of the one body its document names"
                out[i] = (next(iter(spelled[letters])), reason)
            elif bodies.get(letters):
                out[i] = (bodies[letters][0], "acronym of the body the corpus names most")
    return out


def _by_cue(bodies: list[int], mentions: Sequence[Mention], said: str | None) -> int | None:
    """The one body of the kind the words around a use say (a gathering, a standing body)."""
    if said is None:
        return None
    gathering = said == "gathering"
    fits = [b for b in bodies if (words(mentions[b].text)[-1] in GATHERINGS) == gathering]
    return fits[0] if len(fits) == 1 and len(bodies) == 2 else None


def _spelled_in(
    ms: Sequence[tuple[int, Mention]],
    bodies: dict[str, list[int]],
    body_of: Callable[[str, int], int | None],
) -> dict[str, set[int]]:
    """Acronym letters -> the bodies one document spells them out as."""
    out: dict[str, set[int]] = defaultdict(set)
    for i, m in ms:
        if m.kind == "acronym" or m.type == "person" or acronym_letters(m.text) is not None:
            continue
        for letters in acronym_spellings(m.text) & bodies.keys():
            b = body_of(letters, i)
            if b is not None:
                out[letters].add(b)
    return out
