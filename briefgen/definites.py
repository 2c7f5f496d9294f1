"""One check for every shown sentence: a definite reference back named in brackets, or refused.

News writing introduces a thing once, with its name or a fuller description ("the Puerto
Rico development bank", "a #StayHome hashtag", "Las Vegas"), and takes it up afterwards by
its head noun alone: "the development bank", "the hashtag", "the city". Out of its article
such a sentence names nothing (``anaphora.dangling_definite`` finds the phrase). The
editorial convention names it in square brackets from the earlier mention, when that
mention gives a name or a fuller phrase:

- a body of government whose country the sentences before name ("[Mexico's] health
  ministry", ``definite_completions.owner_named``);
- a participant introduced once ("[The 45-year-old man from Ohio]",
  ``definite_completions.participant_named``);
- a place noun ("the city", "the island's"): the one place the article named before
  ("[Las Vegas]");
- a thing whose earlier mention carried a name in front of its head noun or after it
  ("[the Puerto Rico development bank]", "[the hashtag #StayHome]").

Else the sentence is not chosen. The bottom line, the key judgments and figures, the
timeline and the chronology all ask this one function (``resolve_definites``).
"""

from __future__ import annotations

import re
from collections.abc import Set

from briefgen import heap
from briefgen.anaphora import article_before, dangling_definite, unsaid_one_of_several
from briefgen.definite_completions import owner_named, participant_named
from briefgen.extract.quotes import without_quotations
from briefgen.leading_definite import named_before
from briefgen.models import Extraction
from briefgen.noun_phrases import (
    PARTICIPANTS,
    PATTERNS_KEPT,
    PHRASE_ENDS,
    PLACES,
    SAYS_WHICH,
    SINGLES,
    occurs_in,
)

__all__ = ["fuller_named", "narrowed_named", "place_named", "resolve_definites"]

# A sentence rarely takes up more than a few things; past that, the rule gives up on it.
_ROUNDS = 3


def resolve_definites(
    text: str, start: int, extraction: Extraction | None, story: Set[str]
) -> str | None:
    """``text`` (shown for the sentence at ``start``) with each definite reference back
    (``anaphora.dangling_definite``, the corpus's ``story`` words reading alone) named in
    brackets from the article, or None when one cannot be named."""
    for _ in range(_ROUNDS):
        phrase = dangling_definite(text, start, extraction, story)
        if phrase is None:
            return text
        assert extraction is not None  # dangling_definite finds none without it
        if unsaid_one_of_several(phrase, start, extraction):
            return None  # "the market" of a roundup: "the London market" named is another
        named = (
            owner_named(text, phrase, start, extraction)
            or participant_named(text, phrase, start, extraction)
            or place_named(text, phrase, start, extraction)
            or fuller_named(text, phrase, _narrated_before(start, extraction))
        )
        if named is None or named == text:
            return None
        text = named
    return None


# Nouns for a place: "the city", "the island's".
_PLACE_NOUNS = (
    r"country|city|town|village|county|region|province|capital|nation|state|island|islands"
    r"|territory|district|archipelago"
)
_PLACE = re.compile(rf"\b([Tt]he)\s+(?:{_PLACE_NOUNS})(?P<owner>['’]s)?\b(?![^\[]*\])")


def place_named(text: str, phrase: str, start: int, extraction: Extraction) -> str | None:
    """``text`` with its bare place noun (``phrase``: "the city", "the island's") named in
    brackets after the one place the sentences before name, or the article before names
    ("[Las Vegas]", "[Guam's]"), or None when they name none or several."""
    if not re.fullmatch(rf"the\s+(?:{_PLACE_NOUNS})(?:['’]s)?", phrase):
        return None  # "the South Pacific island chain": more than a place noun
    found = _PLACE.search(text)
    if found is None:
        return None
    place = named_before({"state"}, start, extraction) or _one_place(start, extraction)
    if place is None:
        return None
    owner = found["owner"] or ""
    return f"{text[: found.start()]}[{place}{owner}]{text[found.end() :]}"


def _one_place(start: int, extraction: Extraction) -> str | None:
    """The one place the article names before ``start`` (in its own section), or None."""
    before = article_before(start, extraction)
    floor = start - len(before)
    places = {
        x.text
        for x in extraction.mentions
        if x.type == "state" and x.kind in ("name", "acronym") and floor <= x.start < start
    }
    return places.pop() if len(places) == 1 else None


# Parts of a page that tell the story in sentences; a headline ("Nabisco rolls out layoffs
# in Chicago"), a byline or a caption is no noun phrase to take a thing's name from.
_NARRATIVE = frozenset({"body", "standfirst", "transcript", "live_header"})


# A line that ends on no sentence's mark is a headline or a subhead the page left in its
# body ("Nabisco rolls out layoffs in Chicago"): a clause, not a noun phrase.
_UNFINISHED_LINE = re.compile(r"^[^\n]*[^\s.!?:;\"”’')\]][ \t]*$", re.M)


def _narrated_before(start: int, extraction: Extraction) -> str:
    """``anaphora.article_before`` with every block that is not narrative, and every line
    that is no sentence (a headline in the body), blanked out (the same length, so nothing
    joins across it)."""
    before = article_before(start, extraction)
    floor = start - len(before)
    chars = list(before)
    for block in extraction.document.blocks:
        if block.kind in _NARRATIVE or block.end <= floor or block.start >= start:
            continue
        for i in range(max(block.start, floor), min(block.end, start)):
            chars[i - floor] = " "
    # the line the sentence itself stands on runs on past ``start``: it is no headline
    lines = before[: before.rfind("\n") + 1]
    for line in _UNFINISHED_LINE.finditer(lines):
        chars[line.start() : line.end()] = " " * (line.end() - line.start())
    return "".join(chars)


# Words a capitalised run may open on without being a name: a sentence's first word.
_NOT_NAME = frozenset(
    """the a an in on at by for from with but and or so it he she they we this that these
    those there as if when while after before since according meanwhile however its his
    her their monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december""".split()  # noqa: SIM905 - a word list reads best as prose
)
# Closed-class words: between a name and its noun ("rolls out layoffs") they show a clause,
# not a noun phrase; after the noun they (or a verb's past, "-ed") end the phrase, where any
# other lowercase word may be the phrase's real head ("Iraq war vote": the vote, not the war).
_FUNCTION = (
    r"(?:of|in|on|at|to|for|with|by|from|into|over|under|about|after|before|against|out|up"
    r"|off|down|and|or|but|nor|that|which|who|whom|whose|where|when|as|than|is|are|was|were"
    r"|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|said|says|did"
    r"|does|do|not|its|his|her|their|the|a|an|this|these|those|it|he|she|they|we|so|if)"
)
# A name, or a hashtag, in front of the head noun or after it in apposition.
_CAPITAL = r"(?:#\w+|[A-Z][\w.'’&-]*)"


# The sentence's own place: "officials in Baghdad said".
_PLACED = re.compile(r"\b(?:in|at|from)\s+([A-Z][\w'’-]+)")


def fuller_named(text: str, phrase: str, before: str) -> str | None:
    """``text`` with a definite phrase (``phrase``: "the development bank", maybe with the
    words after its noun) replaced, in brackets, by the fuller mention the article
    ``before`` it gave the same head noun: with a name in front ("[the Puerto Rico
    development bank]") or after it ("[the hashtag #StayHome]"). None when ``before``
    gives it no name, or names that differ (two banks)."""
    words = phrase.split()[1:]
    # the head is the phrase's last noun: the furthest word a fuller mention ends on, all the
    # words before it held ("the development bank": "Valdoria development bank", not
    # "Valdoria development"); a noun after it ("the terrorist attacks") is the head, not
    # a verb ("the bank defaulted")
    found = [
        (n, fuller)
        for n, head in enumerate(words)
        if head.isalpha()
        and head.islower()
        and head not in PARTICIPANTS
        and (n == len(words) - 1 or words[n + 1].endswith("ed"))
        and (fuller := _fuller(head, {w.lower() for w in words[:n] if w.isalpha()}, before))
    ]
    for n, fuller in found[-1:]:
        spelled = r"\s+".join(map(re.escape, words[: n + 1]))
        at = re.search(rf"\b([Tt])he\s+{spelled}\b(?![^\[]*\])", text)
        if at is None:
            return None
        said = re.search(rf"\b(?i:{re.escape(words[n])}(?:e?s)?)\b", fuller)
        if said is None or said[0].lower() != words[n]:
            return None  # "the attack" after "the Paris attacks": one of them, which one unsaid
        placed = _PLACED.search(text, 0, at.start())
        if placed and placed[1] not in fuller:
            return None  # "officials in Baghdad said ... the zoo": that place's, not the one before
        # an owner ("Puerto Rico's") or a title before a name ("Sheriff Ann Ruiz") takes no
        # article
        titled = fuller.split()[0].lower() == words[n]
        article = "" if titled or re.search(r"['’]s\b", fuller) else f"{at[1]}he "
        return f"{text[: at.start()]}[{article}{fuller}]{text[at.end() :]}"
    return None


_OPENING_MARKS = "\"“‘'"
_CLOSING_MARKS = "\"”’'"


def _quoted_name(before: str, m: re.Match[str]) -> bool:
    """Whether the mention ``m`` found in ``before`` stands between quotation marks (The
    "Comeback City" couldn't wait): an epithet or a nickname the writer quotes, which
    a bracket naming the thing must not put for its name."""
    lo = m.start(1) if m[1] else m.start(2)
    lead = before[lo:].lstrip()
    opened = before[max(0, lo - 1) : lo] in tuple(_OPENING_MARKS) or lead[:1] in _OPENING_MARKS
    closed = before[m.end() : m.end() + 1] in tuple(_CLOSING_MARKS)
    return opened and closed


# A content word after the noun may be the mention's real head ("Iraq war vote").
_MODIFIED = re.compile(rf"\s+(?!{_FUNCTION}\b|[a-z]+ed\b)[a-z]")


# Compiled once a head noun: the summary and the printed chronology ask of more head
# nouns than ``re`` keeps compiled (512 patterns), which then compiled each anew. The
# latest asked are kept, not every one: a pair is ~6 KB, and a table of every head noun
# asked grew with the corpus's vocabulary through the summary (docs/scale.md BL). Kept
# through the build's stages, as ``titled``'s: the chronology asks the summary's again (DF).
@heap.corpus_cache(PATTERNS_KEPT, whole_build=True)
def _named_with(head: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The head noun (any case, maybe plural) with a name in front of it, and with a name
    after it in apposition: each looked for on its own."""
    noun = rf"(?i:{re.escape(head)}s?)"
    front = re.compile(
        rf"((?:{_CAPITAL}\s+){{1,4}}(?:(?!{_FUNCTION}\b)[a-z][\w-]*\s+){{0,2}}){noun}\b()"
    )
    after = re.compile(rf"()\b{noun}\s*,?\s+((?:#\w+|(?:[A-Z][\w.'’&-]*\s?){{1,4}}))")
    return front, after


# A quantifier before a named mention: "any Marlow bank", "every Penbury school" speak of
# the kind, and name none of its members.
_GENERIC_BEFORE = re.compile(r"\b(?:any|every|each|no|another)\s+$", re.I)


def _fuller(head: str, said: set[str], before: str) -> str | None:
    """The nearest mention in ``before`` of ``head`` (any case) carrying a name, holding the
    words ``said`` with it; None when there is none or the mentions carry different names."""
    if not occurs_in(head, before):
        # no mention of the head at all (a quarter of the heads the summary asks): both of
        # ``_named_with``'s patterns need it, so they are not compiled
        return None
    front, after = _named_with(head)
    matches = sorted([*front.finditer(before), *after.finditer(before)], key=lambda m: m.end())
    found: list[tuple[str, frozenset[str], bool]] = []
    for m in matches:
        if _quoted_name(before, m):
            continue  # the “Comeback City”: a nickname the writer quotes is no name of it
        if m[1] and _GENERIC_BEFORE.search(before, 0, m.start()):
            continue  # "the largest of any U.S. thrift": a kind, no one thing of it
        if m[1]:
            lead = m[1].split()
            # "… on Monday. Sheriff": what stands before a sentence's end is no part of it
            ends = [n for n, w in enumerate(lead) if w.endswith(".") and len(w) > 4]
            lead = lead[ends[-1] + 1 :] if ends else lead
            while lead and lead[0].lower().strip("'’") in _NOT_NAME:
                lead = lead[1:]
            if not lead or not (lead[0][0].isupper() or lead[0][0] == "#"):
                continue
            mention = " ".join([*lead, before[m.end(1) : m.end()].strip()])
            names = [w for w in lead if w[0].isupper() or w[0] == "#"]
        else:
            names = [w for w in m[2].split() if w.lower() not in _NOT_NAME]
            if not names or len(names) != len(m[2].split()):
                continue  # "the bank Monday": no name after it
            mention = f"{before[m.start() : m.start(2)].strip()} {m[2].strip()}".replace(" ,", ",")
        words = {w.lower().strip(",") for w in mention.split()}
        if not said <= words:
            continue  # "the development bank" is no "Puerto Rico bank" of other words
        owner = bool(m[1]) and _MODIFIED.match(before, m.end()) is not None
        named = frozenset(re.sub(r"['’]s$", "", w) for w in names)
        found.append((mention.rstrip(",. "), named, owner))
    if not found:
        return None
    nearest, named, modifier = found[-1]
    if modifier or any(other != named for _, other, _ in found):
        # the noun named only a modifier of another head, or two named ones: which one the
        # phrase takes up, the article does not say
        return None
    return nearest


# A bare definite noun ("the festival"), nothing after it but a clause's next word: a verb,
# an auxiliary, a conjunction or a preposition, or the sentence's punctuation. A noun after
# it ("the festival organisers") makes it a modifier, not the head.
_BARE = re.compile(
    r"\b([Tt])he\s+([a-z]{3,})\b"
    r"(?=\s*(?:[.,;:!?)\"”’—–]|$|(?:[a-z]+ed|is|was|were|are|has|had|have|will|would|could"
    r"|should|can|may|might|must|shall|did|does|do|isn|wasn|shouldn|wouldn|couldn|didn|won"
    r"|and|but|or|as|when|after|before|because|while|since|to|in|on|at|for|with|by|from"
    r"|over|about|last|this|earlier|later)\b))"
)
# A fuller mention that narrows its head to a kind of its own: a name, then lower-case words
# before the head ("the Marlow harbour festival", "the Penbury flood relief fund").
_SUB_KIND = re.compile(r"^(?:[A-Z#][\w.'’&-]*\s+){1,4}(?:[a-z][\w-]*\s+){1,2}[a-z]+$")


def narrowed_named(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` with a bare "the festival" of its narration given, in brackets, the name and
    the kind the article's narrative before gave it ("the [Marlow harbour] festival"), or
    None when there is none to give.

    Corpus-wide words read alone as the story's own ("the concert" in coverage of a
    singer's tour), but a page that narrowed its thing to one of a kind ("the Marlow
    harbour festival" in a story of festivals) means that one by the bare noun; out of
    the page the reader takes it for the story's. Only a definite mention ("the Marlow
    harbour festival", not "a Marlow harbour festival": one of a kind, maybe not the
    thing) with a name, naming one thing (``_fuller``: two differently named ones name
    none), is put in; a place noun is ``place_named``'s, an owner's ("Ruiz's new
    festival") is left; a head the sentence itself says ("a new festival … the festival")
    or says which of (``SAYS_WHICH``) is left, and so is one in a quotation, the
    speaker's. The words added are inserted, the sentence's own kept as written."""
    if extraction is None:
        return None
    narration = without_quotations(text)
    before: str | None = None
    for m in _BARE.finditer(narration):
        head = m[2]
        if head in SINGLES or head in PHRASE_ENDS or head in PARTICIPANTS or head in PLACES:
            continue
        if SAYS_WHICH.match(narration, m.end()) or occurs_in(head, text[: m.start()]):
            continue
        # the article before as it stands first (a slice): a narrative blanked out of
        # it is rebuilt only for a head it gives a fuller mention of
        if not _SUB_KIND.match(_fuller(head, set(), article_before(start, extraction)) or ""):
            continue
        if before is None:
            before = _narrated_before(start, extraction)
        fuller = _fuller(head, set(), before)
        if (
            fuller is None
            or not _SUB_KIND.match(fuller)
            or fuller.split()[-1].lower() != head
            or re.search(r"['’]s\b", fuller)
        ):
            continue
        if not _definite_mention(fuller, before):
            continue  # "a European swine virus", the sentence's first word: no name of it
        added = " ".join(fuller.split()[:-1])
        at = m.start(2)
        return f"{text[:at]}[{added}] {text[at:]}"
    return None


def _definite_mention(mention: str, before: str) -> bool:
    """Whether the last place ``mention`` stands in ``before`` follows a "the" ("of the
    Marlow harbour festival"): the page's one thing, not a kind ("a Marlow …") nor a
    capital that opens a sentence ("Nearly simultaneous bombings …")."""
    spelled = r"\s+".join(map(re.escape, mention.split()))
    found = [m.start() for m in re.finditer(spelled, before)]
    return bool(found) and re.search(r"\b[Tt]he\s+\Z", before[: found[-1]]) is not None
