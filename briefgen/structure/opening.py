"""A page's opening line flattened by scraping: headline and caption run into the lede.

Scraped pages often lose the breaks between a headline, a photo caption and the first
sentence ("Doctor trial jury to see photos Lawyers for Dr Murray have suggested … Autopsy
images can be shown to jurors …"). Neither headline nor caption ends in punctuation, so
the only trace of each break is a word run straight into a capitalised one. Such a place
is also where a name follows a verb ("he met Obama"), so each candidate break is weighed:
how the next part opens (an article or pronoun, a name before a verb), what closes the
part before (a digit, a quote, a day), whether that part is a whole phrase (a noun just
after "the" or a possessive goes on into the name after it: "the singer's doctor Conrad
Murray"), and whether the parts it makes are shaped like a headline, a caption and a
sentence. Only whole-word breaks are cut; the text is never rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefgen.structure.shapes import ends_sentence, is_headline_case, words
from briefgen.structure.units import OPENERS


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A break: a word (or a closing quote, digit, bracket) then a capitalised word.
_BREAK = re.compile(r"(?<=[\w%'’\"”)])\s+(?=[\"“‘']?[A-Z])")
_TOKEN = re.compile(r"\S+")
# After these a capitalised word continues the phrase ("the trial of Michael Jackson").
_CONTINUES = _word_set(
    "of the a an in on at to and or but for with by from as that than into onto about like "
    "via per is are was were be been called named dubbed titled including whom which who "
    "whose his her their its our my your said says told tells according while where when "
    "if until against between among over under after before during since one two three four "
    "five six seven eight nine ten eleven twelve dozen hundred thousand million billion"
)
# Honorifics open a name: after another name they start a new part ("… Jackson Dr Murray").
_HONORIFICS = _word_set("Dr Mr Mrs Ms Miss Prof Professor Sir Dame Lord Lady Rev")
# A caption often ends on its verb of saying ("…, his lawyer says").
_REPORTED = _word_set("says said adds added tells told reports reported")
# Articles open a sentence part even after a capitalised word ("… from Mexico A child …").
_ARTICLES = frozenset({"The", "A", "An"})
# Before a noun these make it the head of a phrase that a following name may continue
# ("the singer's doctor Conrad Murray", "his lawyer Ed Chernoff").
_DETERMINERS = _word_set("the a an his her their its our my your this that former")
_DAYS_MONTHS = _word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)
# A name that opens a sentence is followed by its verb, not by an article or a preposition
# ("… managed to grab Russell a few seconds"): such a name is the object of the verb before.
_NOT_AFTER_SUBJECT = _word_set(
    "a an the of in on at to for with by from as into about off out up down over through "
    "onto upon across"
)
# Nor by a word opening a clause of time, place, cause or condition: a name before one
# ends the clause before it ("… the courthouse in downtown Los Angeles when the jury …").
_SUBORDINATORS = _word_set(
    "when whenever where wherever while whilst whereas because although though unless until "
    "if once than"
)
# A relative clause opened just before a break runs on across it ("the doctor who treated
# the pop star Michael Jackson should …").
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that", "whether"})
RELATIVE_REACH = 5
_COORDINATORS = frozenset({"and", "or", "&"})
# Before a verb these make it a verb phrase that goes on to its object ("a Dutch company
# has sought U.S. approval"): a headline or a caption does not end on "has sought".
_AUXILIARIES = _word_set(
    "has have had is are was were be been being will would shall should can could may might "
    "must do does did"
)
COORDINATION_REACH = 3
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Clause punctuation: a headline or caption is one simple phrase.
MAX_PART_COMMAS = 2
# Words of a name run that do not open a sentence part: "of" in "Bank of England".
_NAME_JOINERS = frozenset({"of", "de", "la", "van", "von", "al", "bin", "and", "&"})
MAX_NAME_RUN = 7
# A headline's subject retold at the lede's opening: two names or more (``_retells_subject``).
MIN_RETOLD_NAMES = 2
# The opening parts are short; the lede is a sentence of some length.
MIN_PART_WORDS = 3
MAX_HEADLINE_WORDS = 16
MAX_CAPTION_WORDS = 32
MIN_LEDE_WORDS = 8
MAX_PREFIX_WORDS = 50
MAX_PREFIX_CHARS = 400  # about ``MAX_PREFIX_WORDS`` words: breaks are looked for this far
# A break is cut when its weight reaches this; each cut costs ``CUT_COST``, so a second
# break is read only when it is about as sure as the first.
CUT_WEIGHT = 1.0
CUT_COST = 0.6
SURE_WEIGHT = 1.5


class Vocabulary:
    """The words a page writes in lower case more often than capitalised inside a
    sentence: common words, not names ("Russell", which one reader's comment writes in
    lower case, is written capitalised elsewhere). The opening line (``opening``, start and
    end) is not counted as "inside a sentence": its glued breaks are what is asked about.
    Each word is counted when first asked about: a page is asked about a few."""

    def __init__(self, text: str, opening: tuple[int, int] = (0, 0)) -> None:
        self._text = text
        self._rest = text[: opening[0]] + "\n" + text[opening[1] :]
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word.isalpha():
            return False
        if word not in self._known:
            lower = _count(self._text, word, _after_space_or_quote)
            named = _count(self._rest, word[:1].upper() + word[1:], _inside_sentence)
            self._known[word] = lower > named
        return self._known[word]


def _count(text: str, word: str, starts: Callable[[str, int], bool]) -> int:
    """How often ``word`` stands in ``text`` as a whole word, where ``starts`` agrees."""
    n, at = 0, text.find(word)
    while at >= 0:
        end = at + len(word)
        after = text[end : end + 1]
        if not (after.isalnum() or after in ("'", "’", "-")) and starts(text, at):
            n += 1
        at = text.find(word, end)
    return n


def _after_space_or_quote(text: str, at: int) -> bool:
    # a word of its own, not the tail of another, of a handle, an address or a hashtag
    before = text[at - 1 : at]
    return not (before.isalnum() or before in ("'", "’", "@", "#", "/", ".", "-", "_"))


def _inside_sentence(text: str, at: int) -> bool:
    # after a lower-case word or a comma and one space: not a sentence's first word
    before = text[max(0, at - 2) : at]
    return len(before) == 2 and before[1] == " " and (before[0].islower() or before[0] in ",;")


NO_VOCABULARY = Vocabulary("")


def opening_cuts(
    text: str, *, after_headline: bool = False, common: Vocabulary = NO_VOCABULARY
) -> list[int]:
    """Where the headline and caption glued before the lede end (offsets into ``text``),
    in order; empty when the line opens with its sentence.

    ``after_headline``: the page's headline stood on a line of its own, so only a caption
    may be glued here, and only a sure break is cut. ``common``: the words the document
    writes in lower case; one of them capitalised ("Lawyers for …", "Pop star …") opens a
    sentence, where a name ("Conrad Murray") may just go on from the words before.
    """
    if not ends_sentence(text) and len(words(text)) < MIN_LEDE_WORDS:
        return []
    limit = min(first_sentence_end(text), MAX_PREFIX_CHARS)
    weighted = [
        (m.start(), m.end(), w)
        for m in _BREAK.finditer(text, 0, limit)
        if len(words(text[: m.start()])) <= MAX_PREFIX_WORDS
        and (w := _weight(text, m.start(), m.end(), common))
        >= (SURE_WEIGHT if after_headline else 0)
    ]
    best: tuple[float, int, list[int]] = (0.0, 0, [])
    # every choice of one or two breaks; a page's opening line has few candidates
    for i, first in enumerate(weighted):
        options = [[first]] + [
            [first, later]
            for later in weighted[i + 1 :]
            if later[0] > first[1] and not after_headline
        ]
        for cuts in options:
            score = _score(text, cuts)
            # between equally sure readings, the one whose parts are fuller: a headline or
            # a caption is rarely two or three words
            starts = [0] + [c[1] for c in cuts[:-1]]
            fullest = min(len(words(text[a : c[0]])) for a, c in zip(starts, cuts, strict=True))
            if score > 0 and (score, fullest) > best[:2]:
                best = (score, fullest, [c[1] for c in cuts])
    return best[2]


def sentence_after(text: str, start: int, common: Vocabulary = NO_VOCABULARY) -> int | None:
    """Where a sentence glued after ``start`` begins (the paragraph after a flattened box),
    or None: the last break before the first full stop where a word that opens sentences
    (an article, a pronoun, a common word capitalised) follows. The last, because the box's
    own values may be titles in capitals ("Biggest hits: I Want You Back, …")."""
    found = None
    limit = start + first_sentence_end(text[start:])
    for m in _BREAK.finditer(text, start, limit):
        rest = text[m.end() :]
        first = rest.split(maxsplit=1)[0].strip("\"“‘',") if rest.strip() else ""
        opens = first in OPENERS or (first[1:].islower() and first.lower() in common)
        before = text[: m.start()].split()
        if opens and before and before[-1].lower() not in _CONTINUES:
            found = m.end()
    if found is None or len(words(text[found:limit])) < MIN_LEDE_WORDS:
        return None
    return found


def _score(text: str, cuts: list[tuple[int, int, float]]) -> float:
    """The weight of a choice of breaks, or 0 when a part is of the wrong shape."""
    if any(w < CUT_WEIGHT for _, _, w in cuts):
        return 0.0
    bounds = [0] + [c[1] for c in cuts]
    ends = [c[0] for c in cuts] + [len(text)]
    parts = [text[a:b] for a, b in zip(bounds, ends, strict=True)]
    *prefix, lede = parts
    # The lede is a sentence of some length in words as written ("G.O.P." is one word,
    # not three), and written as a sentence: what is left of a headline in title case
    # ("… Screams 1 | Controversial Word At Rally, Instantly Has …") is its headline going on.
    if len(lede.split()) < MIN_LEDE_WORDS or not ends_sentence(lede) or is_headline_case(lede):
        return 0.0
    for k, part in enumerate(prefix):
        n = len(words(part))
        if part.count(",") > MAX_PART_COMMAS or re.search(r"[;:]\s+[a-z]", part):
            return 0.0
        top = MAX_HEADLINE_WORDS if k == 0 and len(prefix) > 1 else MAX_CAPTION_WORDS
        if n < MIN_PART_WORDS or n > top:
            return 0.0
    # each break costs something: a second one is read only when it is sure enough
    return sum(w - CUT_COST for _, _, w in cuts)


def first_sentence_end(text: str) -> int:
    """Where the first sentence of the line ends: the lede holds it, so no break after."""
    for m in re.finditer(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])", text):
        before = text[: m.start()].split()
        last = before[-1] if before else ""
        # "Dr.", "Prof.", "U.S.": an abbreviation, not the end of a sentence (but a quote
        # closed after the stop ends one: "… the nickname "Lyin' Ted." Trump …")
        quoted = m.group()[1:2] in ('"', "”", "’", "'")
        if (
            not quoted
            and last[:1].isupper()
            and (len(last.strip(".")) <= 4 or "." in last.strip("."))
        ):
            continue
        return m.start()
    return len(text)


def _weight(text: str, left_end: int, right_start: int, common: Vocabulary) -> float:
    """How surely a part ends at ``left_end`` and another starts at ``right_start``."""
    before = text[:left_end].split()
    after = _TOKEN.findall(text, right_start, right_start + 200)
    if not before or not after:
        return 0.0
    left = before[-1]
    bare = left.strip("'’\"”()")
    first = after[0].lstrip("\"“‘'")
    second = after[1] if len(after) > 1 else ""
    if bare.lower() in _REPORTED and first in _ARTICLES and second[:1].islower():
        # "… his spokeswoman says A lawyer for …": a capitalised article after the verb
        # that closes a caption opens a sentence (a title after it would be capitalised)
        return 2.0
    if not bare or bare.lower() in _CONTINUES | _NAME_JOINERS or bare.endswith(tuple(",;:-–—")):
        return 0.0
    # a quotation or a bracket closes a part, and so does a year ("… died in June 2009");
    # another number goes on ("due to play 50 UK dates")
    closed = left[-1] in "'’\"”)" or bool(_YEAR.fullmatch(bare))
    opens_word = second[:1].islower() or second[:1].isdigit()
    new_part = first.rstrip(".") in _HONORIFICS or (first in _ARTICLES and opens_word)
    if bare[0].isupper() and not closed and bare.lower() not in _DAYS_MONTHS and not new_part:
        return 0.0  # "Los Angeles Police": one name, not two parts
    weight = 0.0
    if first in OPENERS or (first[1:].islower() and first.lower() in common):
        weight = 2.0
    else:
        run = _name_run(after)
        following = after[run] if run < len(after) else ""
        named_clause = (
            following[:1].islower()
            and following.lower() not in _NAME_JOINERS
            and following.lower() not in _NOT_AFTER_SUBJECT | _SUBORDINATORS
        )
        if run and after[run - 1].endswith(","):
            named_clause = run > 1  # "Dr Conrad Murray, who …"; not "Mexico, where …"
        if named_clause or (run and after[run - 1].endswith(":")):  # "Prof X: '…'"
            weight = 1.0
        if run == 1 and following.lower() in ("of", "for"):
            weight = 1.0  # "Lawyers for Dr Murray have …", "Supporters of …"
    if weight == 0.0:
        return 0.0
    if closed:
        weight += 0.5
    previous = before[-2].lower() if len(before) > 1 else ""
    if weight < 2.0 and (previous in _DETERMINERS or previous.endswith(("'s", "’s"))):
        weight -= 1.0  # "the singer's doctor Conrad Murray": one phrase
    verb = bare.lower().endswith(("ed", "ing")) and previous not in _CONTINUES
    if weight < 2.0 and verb and not closed:
        weight -= 0.5  # "he caused Michael …", "representing Michael …": a verb and its object
    if weight < 2.0 and (previous in _AUXILIARIES or previous == "to") and not closed:
        # "has sought U.S. approval", "seeking to demonstrate American support": the verb
        # after its auxiliary or "to" goes on to its object
        weight -= 1.0
    if weight < 2.0 and _COORDINATORS.intersection(w.lower() for w in before[-COORDINATION_REACH:]):
        weight -= 0.5  # "Aguilera, Green and Motown veteran Smokey Robinson": a list going on
    if weight < 2.0 and _RELATIVES.intersection(w.lower() for w in before[-RELATIVE_REACH:]):
        weight -= 0.5
    if weight < CUT_WEIGHT and _retells_subject(before, after):
        # "Aguilera, Green and Robinson are expected in Cardiff for the benefit Christina
        # Aguilera, Cee Lo Green and … Smokey Robinson are set to …": the part after the
        # break opens on the names the part before opened on, written out again; a
        # headline's subject retold by its lede, not "the benefit" going on into a name
        weight = CUT_WEIGHT
    return weight


def _retells_subject(before: list[str], after: list[str]) -> bool:
    """Whether the words after a break open on the names that open the words before it
    (``MIN_RETOLD_NAMES`` or more: one name recurs in any sentence about its bearer)."""
    names: list[str] = []
    for tok in before:
        bare = _bare_name(tok)
        if bare.lower() in _COORDINATORS and names:
            continue
        if not bare[:1].isupper() or bare in OPENERS:
            break
        names.append(bare)
        if tok.endswith(":"):
            break
    if len(set(names)) < MIN_RETOLD_NAMES:
        return False
    # written out again: with given names, and a word of description, between them
    reach = {_bare_name(t) for t in after[: 3 * len(names) + 2]}
    return all(n in reach for n in names)


def _bare_name(token: str) -> str:
    """``token`` without the punctuation around it and a possessive ending."""
    return token.strip("\"“‘'’”,:").removesuffix("'s").removesuffix("’s")


def _name_run(tokens: list[str]) -> int:
    """How many capitalised words open ``tokens`` ("Dr Conrad Murray", "Michael Jackson's")."""
    n = 0
    for tok in tokens[:MAX_NAME_RUN]:
        bare = tok.strip("\"“‘'’”,")
        if not bare or not (bare[0].isupper() or (n and bare.lower() in _NAME_JOINERS)):
            break
        n += 1
        if tok.endswith((",", ":", "'s", "’s")):
            break
    return n
