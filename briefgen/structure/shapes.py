"""What a line looks like: its words, a sentence, a heading, a bullet, a crosshead, a reader's
comment, … (the shapes every other line reader builds on).

Only the general shapes of page parts are named here (how web pages, transcripts, live
pages and wire copy are built), never a site, a publisher or a topic. Furniture, bylines,
credits, datelines, transcript turns and fact boxes have modules of their own.
"""

from __future__ import annotations

import re

from briefgen import heap

TERMINAL = tuple(".!?:;\"”’)]'")

BODY_WORDS = 25  # a line this long is prose even when its end was cut off
SENTENCE_WORDS = 3

_WORD = re.compile(r"[^\W\d_][\w'’-]*")

_BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s")
_MD_EMPHASIS_LINE = re.compile(r"^\s*(?:\*[^*\n]+\*|_[^_\n]+_|>\s.*)\s*$")

_NAME_LINE = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}[\u00b9\u00b2\u00b3\u2070-\u2079*†‡]*$"
)


# A corpus table (``heap.forget``): full after a few dozen pages (~5 MB with its lines),
# it is the structure stage's, not the costlier stages' after it.
@heap.corpus_cache(4096)
def words(text: str) -> tuple[str, ...]:
    """The words of a line (cached: every shape test asks for them)."""
    return tuple(_WORD.findall(text))


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def sentence_shaped(text: str) -> bool:
    """Prose: a terminal punctuation mark and a few words, or simply long."""
    n = len(words(text))
    return n >= BODY_WORDS or (ends_sentence(text) and n >= SENTENCE_WORDS)


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text)) and len(words(text)) >= SENTENCE_WORDS


def is_heading(text: str) -> bool:
    return bool(_MD_HEADING.match(text))


def is_standfirst_markup(text: str) -> bool:
    return bool(_MD_EMPHASIS_LINE.match(text))


# The capitalised words of grammar that open a sentence and are never a name: where a
# credit or a byline glued before the lede ends (``photo_credits``, ``bylines``).
_GRAMMAR = (
    r"(?:The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|In|On"
    r"|At|As|For|With|By|From|After|Before|Since|When|While|If|But|And|Or|So|Although|Though"
    r"|Because|Despite|During|Amid|Under|Over|There|Here|What|Who|Why|How|Where|One|Two"
    r"|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|More|Most|All|Every|Each|No|Now"
    r"|Today|Yesterday|Last|Next|Earlier|Later)\b"
)
_NAME_WORD = r"(?!" + _GRAMMAR + r")[A-Z][\w.&'’-]*"


def is_name_line(text: str) -> bool:
    return bool(_NAME_LINE.match(text.strip()))


def is_crosshead(text: str) -> bool:
    """A subheading in capitals ("PASSENGERS URGED TO COME FORWARD")."""
    if len(text) > 200 or any(c.islower() for c in text[:40]):
        return False
    letters = [c for c in text if c.isalpha()]
    return (
        len(words(text)) >= 2
        and len(letters) >= 8
        and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
    )


def is_question_heading(text: str) -> bool:
    """A short question standing as a line of its own, not a quotation (Q&A explainers)."""
    stripped = text.strip()
    return (
        stripped.endswith("?")
        and len(words(stripped)) <= 14
        and not any(q in stripped for q in "\"“”‘’'")
    )


def is_title_case(text: str) -> bool:
    ws = words(text)
    if not ws:
        return False
    capital = sum(1 for w in ws if w[0].isupper())
    return capital / len(ws) >= 0.6


# Prose writes its verbs and common nouns small; a headline in title case capitalises every
# word but the shortest ("Old Hands Help Russia Navigate U.S. Media."), at least this many.
TITLE_CASE_WORDS = 3
_LONG_WORD = 4
# The words a title-case headline may still write small; any other ("Dean Roe is Global
# Editor") makes the line a sentence about names and titles.
_HEADLINE_SMALL = frozenset(
    "a an the and or nor but of in on at to for by as vs via per".split()  # noqa: SIM905
)
# Headlinese's coming event: names, then "to" and a verb, with no verb of their own before
# it ("Black Eyed Peas to play Cardiff concert", "Rep. Welch to back Sanders"): no sentence.
_HEADLINE_INFINITIVE = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){2,}to\s+[a-z]+\b")
HEADLINE_INFINITIVE_WORDS = 14
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})


def is_headline_case(text: str) -> bool:
    """Whether ``text``, though it ends in a full stop, is written as a headline is, not as
    a sentence: in title case, or in headlinese's "X to do" for what is coming."""
    ws = words(text)
    long = [w for w in ws if len(w) >= _LONG_WORD]
    # an ordinal's letters are read as a word of their own ("13th" gives "th"): not small
    small = [w for w in ws if w[0].islower() and w.rstrip("'’") not in _ORDINAL_ENDINGS]
    if (
        len(long) >= TITLE_CASE_WORDS
        and all(w[0].isupper() for w in long)
        and all(w in _HEADLINE_SMALL for w in small)
    ):
        return True
    return len(ws) <= HEADLINE_INFINITIVE_WORDS and bool(_HEADLINE_INFINITIVE.match(text))


def looks_like_comment(text: str) -> bool:
    """A reader's comment: first or second person, chat punctuation, lower-case start."""
    stripped = text.strip()
    if not stripped:
        return False
    if stripped[0].islower():
        return True
    lowered = f" {stripped.lower()} "
    personal = any(p in lowered for p in (" i ", " i'm ", " my ", " you ", " your ", " we "))
    chatty = any(p in stripped for p in ("!", "??", "...", " lol", ":)"))
    return personal or chatty
