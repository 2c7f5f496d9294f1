"""A caption or headline glued to a paragraph in the middle of a page.

Scraped pages flatten "<photo caption> <paragraph>" wherever a picture sat, not only at
the top: "Janet Jackson said she would find it "difficult" to attend the concert in
Cardiff Janet Jackson will not be attending …". In the middle of a page a break is only
cut on evidence that a new sentence starts there, because the same look (a word run into
a capitalised one) is also what a link lost in scraping leaves inside a sentence ("…
according to the conservative-leaning Tax Foundation, more than …"). The evidence:

- the words after the break name again, in full, someone the words before it named: a
  sentence does not repeat a full name where a pronoun would do, a caption and the
  paragraph under it each name their subject;
- the part before is closed (a quotation, a bracket, a year) and the part after opens
  with a participle ("… was a 'nightmare' Speaking to Newsbeat on 16 September …") or
  with a name and its verb ("… when he died 25 June 2009 Dr Murray finds …").

The part before must be shaped like a caption (a few words, no sentence end, few
commas) and the part after like a sentence. The text is never rewritten.
"""

from __future__ import annotations

import itertools
import re

from briefgen import speech_verbs
from briefgen.structure.opening import (
    _BREAK,
    _CONTINUES,
    _COORDINATORS,
    _DAYS_MONTHS,
    _DETERMINERS,
    _NAME_JOINERS,
    _RELATIVES,
    _YEAR,
    COORDINATION_REACH,
    MAX_PART_COMMAS,
    MIN_LEDE_WORDS,
    MIN_PART_WORDS,
    NO_VOCABULARY,
    SURE_WEIGHT,
    Vocabulary,
    _name_run,
    _weight,
    _word_set,
    first_sentence_end,
)
from briefgen.structure.shapes import ends_sentence, words
from briefgen.structure.units import OPENERS
from briefgen.when import MONTH_NAMES, MONTHS

_TOKEN = re.compile(r"\S+")
# Verbs that report speech or thought: after them a name is what was said, not a new part
# ("told police Ann Holt was …"); of thought and perception too ("saw", "heard").
_REPORTING = speech_verbs.told_forms(
    speech_verbs.STATING - {"testify"}
    | {"ask", "warn", "believe", "think", "know", "feel", "see", "hear"}
)
# Words that leave a clause open: a caption never ends on them.
_OPEN_ENDED = _word_set(
    "how why what when where whether if because though although unless not just only also "
    "even very so too"
)
# A caption in the middle of a page is a line under a picture: shorter than an opening
# line's caption, which may carry a standfirst too.
MAX_MIDPAGE_CAPTION_WORDS = 22
MAX_CAPTION_CHARS = 300  # about that many words: breaks are looked for this far
# A date closing a caption, not after a preposition ("… the trial 29 September 2011"):
# the label of the timeline entry after it.
_DATE_LABEL = re.compile(
    rf"(?<!\S)(?P<before>[a-z]+) (?P<date>(?:\d{{1,2}} )?(?:{MONTH_NAMES}) (?:1[89]|20)\d\d)$"
)
_CREDIT = re.compile(r"(?i)\b(?:photo(?:graph)?s?|pictures?|images?|credits?|courtesy|file)\b")
# Before a year these make it a modifier or a comparison, not the end of a caption.
_BEFORE_MODIFIER = _word_set("the a an this that than of and or between")
_MONTHS = frozenset(month.lower() for month in MONTHS)
_PREPOSITIONS = _word_set("in on of at by since until from to before after")
_POSSESSIVE = ("'s", "’s", "s'", "s’")
# "I" opens many clauses inside a sentence ("the hardest things I've ever done").
_FIRST_PERSON = re.compile(r"^I(?:['’]\w+)?$")


def glued_caption(
    text: str, common: Vocabulary = NO_VOCABULARY, corpus: frozenset[str] = frozenset()
) -> int | None:
    """Where the paragraph starts after a caption glued before it, or None. ``common``:
    the words the document writes in lower case; ``corpus``: those its corpus does."""
    if not ends_sentence(text):
        return None
    limit = min(first_sentence_end(text), MAX_CAPTION_CHARS)
    for m in _BREAK.finditer(text, 0, limit):
        if not _may_close(text, m.start(), m.end()):
            continue  # neither signal can hold here: spare the closer look
        prefix, rest = text[: m.start()], text[m.end() :]
        if not _caption_shaped(prefix) or not _sentence_shaped(rest):
            continue
        closed = _closed_then_clause(text, m.start(), m.end(), common, corpus)
        if _repeats_name(prefix, rest) or closed:
            label = _DATE_LABEL.search(prefix)
            if label and label["before"] not in _PREPOSITIONS | _BEFORE_MODIFIER:
                return label.start("date")  # a timeline's date label opens the entry it dates
            return m.end()
    return None


def _may_close(text: str, left_end: int, right_start: int) -> bool:
    """A quick look: the word before the break closes a part, or the word after it is
    written before the break too (a name said again)."""
    left = text[max(0, left_end - 40) : left_end].rsplit(maxsplit=1)[-1]
    if left[-1] in "'’\"”)" or _YEAR.fullmatch(left) or left.lower() in _MONTHS:
        return True
    first = text[right_start : right_start + 40].split(maxsplit=1)[0].strip("\"“‘',:")
    for suffix in _POSSESSIVE:
        first = first.removesuffix(suffix)
    return len(first) > 1 and first in text[:left_end]


def _caption_shaped(prefix: str) -> bool:
    n = len(words(prefix))
    if n < MIN_PART_WORDS or n > MAX_MIDPAGE_CAPTION_WORDS or prefix.count(",") > MAX_PART_COMMAS:
        return False
    if re.search(r"--|[;:]\s+[a-z\W]", prefix):
        return False  # clause punctuation: a caption is one phrase
    tokens = prefix.split()
    left = tokens[-1].strip("\"“”‘’'()")
    if not left or left.lower() in _CONTINUES | _OPEN_ENDED or left.endswith(tuple(",;:-–—")):
        return False
    if tokens[-1].endswith(_POSSESSIVE):
        return False  # "Radio 4's", "the Court of Appeals’" wait for their noun
    # "… of five previous": a phrase opened just before waits for its noun (a name, a
    # number or a quotation closes it: "in Cardiff", "a 'nightmare'")
    open_phrase = any(t.lower() in _CONTINUES for t in tokens[-3:-1])
    if left[:1].islower() and left == tokens[-1] and open_phrase:
        return False
    # a clause opened just before goes on across the break
    return not any(t.lower() in _RELATIVES or t.lower() in _REPORTING for t in tokens[-5:])


def _sentence_shaped(rest: str) -> bool:
    return len(words(rest)) >= MIN_LEDE_WORDS and ends_sentence(rest)


def _repeats_name(prefix: str, rest: str) -> bool:
    """The paragraph opens with a full name (two words or more, then its verb or an
    apposition) that the caption already wrote."""
    tokens = _TOKEN.findall(rest, 0, 200)
    run = _name_run(tokens)
    if run < 2:
        return False
    following = tokens[run] if run < len(tokens) else ""
    last = tokens[run - 1]
    verb_next = following[:1].islower() and following.lower() not in _NAME_JOINERS
    if not (verb_next or last.endswith(",")):
        return False
    before = prefix.split()
    previous = before[-2].lower() if len(before) > 1 else ""
    if not last.endswith(_POSSESSIVE) and (
        previous in _DETERMINERS or previous.endswith(_POSSESSIVE)
    ):
        return False  # "Ann's brothers Tom and Sam Holt said": an apposition
    if _COORDINATORS.intersection(t.lower() for t in before[-COORDINATION_REACH:]):
        return False  # "Tom Reed and Mary Jane Roe": a list going on
    name = [t.strip("\"“‘',:") for t in tokens[:run]]
    for suffix in _POSSESSIVE:
        name[-1] = name[-1].removesuffix(suffix)
    phrase, written = " ".join(name), " ".join(prefix.split())
    at = written.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if not written[at - 1 : at].isalnum() and not written[end : end + 1].isalnum():
            return True  # the whole name, not part of a longer word
        at = written.find(phrase, end)
    return False


def _closed(before: list[str]) -> str | None:
    """How the part ends, when it ends closed: "quote" (a quotation it opened), "credit"
    (a bracketed photo credit), "month" (after a preposition) or "year" (a year that is
    not a modifier: "the 1918 pandemic", "the London 2012 Organising Committee", "worse
    than 1918 Spanish flu")."""
    left = before[-1]
    if left[-1] == ")":
        inside = " ".join(before)
        inside = inside[inside.rfind("(") + 1 : -1]
        return "credit" if _CREDIT.search(inside) else None
    if left[-1] in '"”':
        return "quote" if any(t[:1] in '"“' for t in before) else None
    if left[-1] in "'’":
        # an opening quote, not an apostrophe
        return "quote" if any(t[:1] in "'‘" for t in before) else None
    if left.lower() in _MONTHS and len(before) > 1 and before[-2].lower() in _PREPOSITIONS:
        return "month"  # "… due to stand trial in September"
    if not _YEAR.fullmatch(left):
        return None
    # the word before the date the year closes ("the October 2002 Marlow floods")
    at = len(before) - 2
    while at >= 0 and (before[at].lower() in _DAYS_MONTHS or before[at].isdigit()):
        at -= 1
    previous = before[at] if at >= 0 else ""
    if previous.lower() in _BEFORE_MODIFIER or (previous[:1].isupper() and at == len(before) - 2):
        return None
    return "year"


def _closed_then_clause(
    text: str, left_end: int, right_start: int, common: Vocabulary, corpus: frozenset[str]
) -> bool:
    """A quotation, bracket or year closes the part before, and a participle or a name
    with its verb opens the part after."""
    closed = _closed(text[:left_end].split())
    if closed is None:
        return False
    tokens = _TOKEN.findall(text, right_start, right_start + 200)
    first = tokens[0].lstrip("\"“‘'")
    if _FIRST_PERSON.match(first) or tokens[0][:1] in "\"“‘'":
        return False
    second = tokens[1] if len(tokens) > 1 else ""
    if first.endswith("ing") and first[1:].islower() and second[:1].islower():
        return True  # "Speaking to …", "Writing in …"
    if closed == "month":
        # a month may open a name ("in May Day celebrations"): only a common word or a
        # sentence opener starts a sentence after it ("… in September Lawyers from …")
        word = first.lower()
        return first in OPENERS or (first[1:].islower() and (word in common or word in corpus))
    if closed == "quote":
        # a quoted word or title goes on into a name ("Thomas "Tom" Reed"): after a
        # quotation only a word that opens sentences starts one
        return first in OPENERS and not _FIRST_PERSON.match(first)
    return _weight(text, left_end, right_start, common) >= SURE_WEIGHT


# A box of bullet points flattened into one line: short items, each opening with a common
# word capitalised, then the paragraph the box sat before.
MIN_BOX_ITEMS = 2
MAX_BOX_ITEM_WORDS = 12
_ITEM_BREAK = re.compile(r"(?<=[a-z0-9%])\s+(?=[A-Z][a-z]+\b)")


def bullet_box(text: str, common: frozenset[str]) -> int | None:
    """Where the paragraph starts after a flattened box of short items ("Same drug class
    as morphine Given by tablets or injection Used post-surgery … High doses can stop
    breathing … Jackson, who had …"), or None."""
    if not ends_sentence(text):
        return None
    limit = first_sentence_end(text)
    items, last = [0], None
    for m in _ITEM_BREAK.finditer(text, 0, limit):
        left = text[: m.start()].split()[-1]
        if left.lower() in _CONTINUES or not left[0].islower():
            continue  # a phrase going on, or a name ("Los Angeles")
        word = text[m.end() :].split(maxsplit=1)[0]
        if word.lower() in common and not _FIRST_PERSON.match(word):
            items.append(m.end())
        last = m.end()
    if len(items) <= MIN_BOX_ITEMS or last is None or last <= items[-1]:
        return None
    bounds = [*items, last]
    if any(len(words(text[a:b])) > MAX_BOX_ITEM_WORDS for a, b in itertools.pairwise(bounds)):
        return None
    return last if _sentence_shaped(text[last:]) else None
