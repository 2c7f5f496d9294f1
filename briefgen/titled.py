"""A titled surname in a shown sentence ("Ms Quint") that the document shares among kin.

News copy names a person in full once ("Marisol Quint") and then by title and surname
("Ms Quint"). Inside its article the title and the paragraph around it say which of a
family is meant; a sentence shown alone keeps only the surname, which the brief's reader
takes for the family's best-known member. When the document names several people of
that surname, the one the title fits is named in brackets, the editorial convention
("Ms [Marisol] Quint"); when the title fits more than one, or none, the sentence is not
shown. A surname the document gives one person only is left as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from briefgen import heap
from briefgen.extract.antecedents import guessed_gender, name_gender
from briefgen.extract.quotes import without_quotations
from briefgen.models import Extraction
from briefgen.when import MONTH_NAMES

__all__ = [
    "DOMINANT",
    "KIN_OWNER",
    "PATTERNS_KEPT",
    "given_names",
    "name_newcomer",
    "name_role",
    "name_titled",
    "office_named",
    "text_after",
]

# A title that tells the person's gender, then the surname (possessive allowed).
_TITLED = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+?)(?=['’]s\b|\b)(?!\s+[A-Z])")
_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
# Words before a given name that are no part of it.
_LEADING = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Prof)\.?\s+)+")


def _gender(given: str) -> str | None:
    """ "m" or "f" when the given name's words say it (mostly one gender's), else None."""
    return next(filter(None, (name_gender(w, mostly=True) for w in given.split())), None)


# Capitalised words that stand before a surname without being a given name: titles and
# offices ("Captain", "President"), and words that open a sentence.
_NOT_GIVEN = frozenset(
    """Mr Mrs Ms Miss Dr Sir Dame Lady Lord Prof Professor Sen Senator Rep Representative
    Gov Governor President Judge Justice Gen General Capt Captain Father Sister Brother
    Mother Mayor Secretary Chairman Minister Officer Detective Sergeant Agent Lawyer
    Attorney The A An But And When While If As After Before Both With For From By Of
    In On At To Former Late Young Old""".split()  # noqa: SIM905 - a word list reads best as prose
)
# Capitalised words right before the surname, a middle initial between (an initial alone
# is no given name).
_WORD = r"[A-Z][a-z][\w'’-]*"
_BEFORE = rf"(?<![\w.'’-])((?:{_WORD}\s+){{1,3}})(?:[A-Z]\.\s+)?"
# How many times more often the document must write one of the people a title fits in
# full than the next, for a titled surname to be theirs.
DOMINANT = 2


# The patterns below are made for one word or surname each and asked again for the same
# ones by the summary, the timeline and the chronology (``shown.read_alone``, each
# capitalised word of a sentence): a large corpus's thousands of them are more than
# ``re``'s own cache of 512 patterns holds, and compiling them again was most of what
# ``given_names`` cost. The latest asked are kept (~4 KB a surname's three), through the
# build's stages (``whole_build``): the views ask again the surnames the summary asked, and
# the summary's ``heap.forget`` had them compiled twice a build (docs/scale.md Part DF).
PATTERNS_KEPT = 1024


@heap.corpus_cache(PATTERNS_KEPT, whole_build=True)
def _in_small_letters(word: str) -> re.Pattern[str]:
    """``word`` written in small letters as a word of its own (``_common``)."""
    return re.compile(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])")


@heap.corpus_cache(PATTERNS_KEPT, whole_build=True)
def _names_before(surname: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``given_names``' two patterns for ``surname``: the capitalised words right before
    it, and two given names joined before it ("Randall and Marisol Quint")."""
    return (
        re.compile(_BEFORE + re.escape(surname) + r"\b"),
        re.compile(rf"\b({_WORD})\s+and\s+({_WORD})\s+{re.escape(surname)}\b"),
    )


def _common(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in small letters too: a word, not a name."""
    return _in_small_letters(word).search(text) is not None


def _particle(words: list[str], given: Callable[[str], bool], text: str) -> bool:
    """Whether ``words`` open on a particle of a given name ("De" of "De Witt"), no word
    of the text ("Is Ada Quint …?")."""
    first = words[0]
    if len(words) < 2 or len(first) > 2 or first in _NOT_GIVEN or _common(first, text):
        return False
    return given(words[1])


def given_names(
    surname: str, extraction: Extraction, end: int | None = None
) -> dict[str, tuple[str, int]]:
    """The given names the document writes before ``surname`` ("Marisol" for "Marisol
    Quint"), with how often: one per person, a middle name ("Randall Lee") or a title
    ("Captain") before it counted with the given name, shown by the shortest. A given
    name is one the recogniser read in a person's name, or one a name list knows; the
    first of two joined ("Randall and Marisol Quint") is one too. With ``end``, only
    those the document writes before it (the people a reader has met there)."""
    text = extraction.document.text
    written = text[:end]
    if surname not in written:
        return {}  # both patterns below end on the surname: not written, it has no given name
    known = {
        w
        for m in extraction.mentions
        if m.type == "person" and m.kind == "name" and m.text.split()[-1] == surname
        for w in _LEADING.sub("", m.text).split()[:-1]
    }

    surnames = {  # the last names of the document's people
        m.text.split()[-1]
        for m in extraction.mentions
        if m.type == "person" and len(m.text.split()) > 1
    }

    def given(word: str) -> bool:
        if word in _NOT_GIVEN or word in surnames or _CALENDAR.fullmatch(word):
            return False  # a title, another family's name ("Quint Kerr"), a month
        if _common(word, text):
            return False  # a word the document also writes in small letters ("Did")
        return word in known or guessed_gender(word) != "unknown"

    found: list[tuple[int, list[str]]] = []  # where each is written, and its words
    before, joined = _names_before(surname)
    for m in before.finditer(written):
        words = m[1].split()
        # up to the given name: "Republican Ada Quint", "Olaf Kerr Ada Quint" (two names)
        while words and (
            not (given(words[0]) or _particle(words, given, text))
            or any(w in surnames and w not in known for w in words[1:])
        ):
            words = words[1:]
        if words:
            found.append((m.start(), words))
    for m in joined.finditer(written):
        first = m[1]
        if given(m[2]) and first not in _NOT_GIVEN | surnames and not _common(first, text):
            found.append((m.start(), [first]))
    # in the order the document names them: the first is whom its lede is about
    out: dict[str, tuple[str, int]] = {}
    for _, words in sorted(found, key=lambda f: f[0]):
        # "De Witt" and "DeWitt" are one name; a short first word is a particle of it
        words = words[:2] if len(words[0]) <= 2 else words[:1]
        key = "".join(words).lower()
        shown, n = out.get(key, (" ".join(words), 0))
        out[key] = (shown, n + 1)
    return out


# A name first written as a relative's owner ("Pop star Michael Jackson's father has
# filed …"): the lede is about the relative, who is the "Mr Jackson" after it.
KIN_OWNER = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:father|mother|parents?|brother|sister|son|daughter|wife"
    r"|husband|widow|widower|family|children|uncle|aunt|nephew|niece|cousin)\b"
)


def text_after(text: str, name: str) -> str:
    """The few characters after the first ``name`` in ``text`` ("" when it is not there)."""
    at = text.find(name)
    return text[at + len(name) : at + len(name) + 40] if at >= 0 else ""


def name_titled(text: str, extraction: Extraction | None) -> str | None:
    """``text`` with each titled surname the document gives several people given the one
    given name its title fits, in brackets ("Ms [Marisol] Quint"), or the one of them
    the document names far most often; None when the title fits none, or several about as
    often. Unchanged when the document gives that surname one person only, or when the
    title fits the one it names far most often of all: whom a reader takes it for."""
    if extraction is None:
        return text
    out = []
    last = 0
    for m in _TITLED.finditer(text):
        title, surname = m[1], m[2]
        given = given_names(surname, extraction)
        if len(given) < 2:
            continue  # one person of that name in the document: the title is enough
        fits = sorted(
            (n, shown) for shown, n in given.values() if _gender(shown) in (None, _GENDER[title])
        )
        first = next(iter(given.values()))  # the one the document names first
        lede = (first[1], first[0])
        owner = KIN_OWNER.match(text_after(extraction.document.text, f"{first[0]} {surname}"))
        if len(fits) > 1 and fits[-1][0] < DOMINANT * fits[-2][0] and lede in fits and not owner:
            fits = [lede]  # news keeps the bare title for whom it names first, its lede's
        if not fits or (len(fits) > 1 and fits[-1][0] < DOMINANT * fits[-2][0]):
            return None  # which of the family, the sentence alone cannot say
        ranked = sorted(given.values(), key=lambda g: g[1])
        if ranked[-1][0] == fits[-1][1] and ranked[-1][1] >= DOMINANT * ranked[-2][1]:
            continue  # the one the document is about, as a reader takes the surname
        out.append(text[last : m.start(2)] + f"[{fits[-1][1]}] ")
        last = m.start(2)
    return "".join(out) + text[last:]


# A person named by the office they hold or run for, with its qualifiers: "the Whig
# presidential candidate", "the Leeds senator", "the senator from Leeds", "the
# presumptive nominee". The qualifiers are a party's or a place's name, or words of the
# race ("presidential", "presumptive").
_QUALIFIER = (
    r"(?:[A-Z][\w.'’-]*|presidential|vice-presidential|vice|presumptive|likely|leading|former"
    r"|eventual|junior|senior|freshman|veteran|top|party['’]s|first-term)"
)
_OFFICE = (
    r"candidate|nominee|front-?runner|hopeful|contender|challenger|senator|congressman"
    r"|congresswoman|lawmaker"
)
_ROLE = re.compile(
    rf"\b[Tt]he\s+((?:{_QUALIFIER}\s+){{0,3}})({_OFFICE})\b"
    r"(\s+from\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?"
    # a name after it says who ("the Tory nominee Olaf Kerr", "…, Ada Brandt")
    r"(?!\s*,?\s+[A-Z\[]|['’]s\s+[A-Z])"
)
# The role said of someone the words before name: "as the Whig nominee", "Brandt,
# the Leeds senator", "became the first woman".
_PREDICATE = re.compile(
    r"(?:\b(?:as|be|is|was|are|were|been|being|become|became|becomes|named|called)\s+"
    r"|[A-Z][\w.'’-]*\]?,\s*)$"
)
_CALENDAR = re.compile(
    rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH_NAMES}|Today|Yesterday|Meanwhile|However"
)
# A party's or a body's initials, without stops: "GOP", "SNP" ("U.S." says no party).
_INITIALS = re.compile(r"[A-Z]{2,4}")
# The words that say which race: a presidential nominee is no vice-presidential one.
_RACE_OF = frozenset(("presidential", "vice-presidential", "vice"))
# The offices one race's people share: a candidate is its nominee and its front-runner.
_RACE = frozenset(("candidate", "nominee", "front-runner", "frontrunner", "hopeful", "contender"))
# How far around a name the document's words may give a qualifier ("Sen. Ada Brandt of
# Leeds"): the words next to it.
_AROUND = 25


def _office(word: str) -> str:
    word = word.lower()
    return "race" if word in _RACE else word


def _holders(qualifiers: list[str], office: str, start: int, extraction: Extraction) -> set[str]:
    """The people the document names, before ``start``, with ``office`` as their role and
    each capitalised qualifier in the role or around the name."""
    text = extraction.document.text
    out = set()
    for m in extraction.mentions:
        if m.type != "person" or m.kind != "name" or m.start >= start or not m.role:
            continue
        if not any(_office(w.strip(".,")) == office for w in m.role.split()):
            continue
        if "vice" in m.role.lower() and not any("vice" in q.lower() for q in qualifiers):
            continue  # the running mate: "Whig vice presidential nominee" is no "Whig nominee"
        around = text[max(0, m.start - _AROUND) : m.end + _AROUND] + " " + m.role
        if all(re.search(rf"\b{re.escape(q)}\b", around) for q in qualifiers):
            out.add(_LEADING.sub("", m.text))
    # "Ada Brandt" and "Ada Lund Brandt" are one person: one surname
    by_surname = {name.split()[-1]: name for name in sorted(out, key=len)}
    return set(by_surname.values())


def name_role(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` with a person it names only by office ("the Whig presidential
    candidate") given the one person the document names before it in that office, in
    brackets ("the Whig presidential candidate [Ada Brandt]"); None when the
    document names no one or several there and the sentence names no person before the
    office (who may hold it). A role said of a name ("Brandt, the Leeds senator") is left
    as written."""
    if extraction is None:
        return text
    people: set[str] | None = None  # the document's surnames, read once an office is named
    for m in _ROLE.finditer(text):
        before = text[: m.start()]
        said_of = _PREDICATE.search(before)
        if said_of and not _CALENDAR.match(said_of[0]):
            continue  # said of a name: "as the nominee", "Brandt, the Whig nominee"
        if before.count("“") > before.count("”") or before.count('"') % 2:
            continue  # inside a quotation: the speaker's own words (a closed one is not)
        if not m[1] and not m[3]:
            continue  # a bare "the senator": left to the checks of definite nouns (anaphora)
        words = [re.sub(r"['’]s$", "", q) for q in m[1].split()]
        # a party's or a place's name, and the race ("presidential", not "vice-presidential")
        # a party's initials say which as its name does ("the GOP nominee" is no Libertarian)
        qualifiers = [
            q
            for q in words
            if (q[:1].isupper() and not q.isupper()) or _INITIALS.fullmatch(q) or q in _RACE_OF
        ]
        qualifiers += (m[3] or "").split()[1:]
        if people is None:
            people = {
                w
                for x in extraction.mentions
                if x.type == "person" and x.kind in ("name", "surname")
                for w in _LEADING.sub("", x.text).split()[-1:]
            }
        holders = _holders(qualifiers, _office(m[2]), start, extraction)
        if len(holders) != 1:
            if any(p in before and re.search(rf"\b{re.escape(p)}\b", before) for p in people):
                continue  # the person may be the one the sentence names: left as written
            return None  # which person holds the office, only the article says
        # one holder, whom the sentence does not name: "Kerr attacked the Whig nominee"
        # is no Kerr of the Whigs, and the reader needs the name ("[Ada Brandt]")
        name = holders.pop()
        if re.search(rf"\b{re.escape(name.split()[-1])}\b", text):
            continue  # the sentence names them itself
        return name_role(text[: m.end()] + f" [{name}]" + text[m.end() :], start, extraction)
    return text


_NAMED_OFFICE = re.compile(rf"\b(?:{_OFFICE})\b[^\[\]]{{0,30}}\s\[[A-Z][^\]]*\]")


def office_named(text: str) -> bool:
    """Whether ``text`` holds an office ``name_role`` named ("the Whig nominee [Ada
    Brandt]"): a person a he/she after it can stand for."""
    return _NAMED_OFFICE.search(text) is not None


# A capitalised word standing alone (no capitalised word or title right before it, no name
# word right after it): a bare surname, maybe possessive ("Duval's").
_BARE = re.compile(r"(?<![\w'’.\[-])([A-Z][a-z][\w'’-]*?)(?=['’]s\b|\b)(?![\w'’-]*\s+[A-Z])")
_NAME_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+$")
# A title right before a surname: "Ms Lee" of a document's "Cherilyn Lee", shown alone, is
# "Ms [Cherilyn] Lee" (a title tells a reader of the brief no more than the surname).
_TITLES = (*_GENDER, "Dr")
_TITLE_BEFORE = re.compile(rf"\b({'|'.join(_TITLES)})\.?\s+$")


def _in_full(text: str, surname: str) -> bool:
    """Whether ``text`` writes ``surname`` after a given name (not after a title alone)."""
    return any(
        m[1] not in _TITLES
        for m in re.finditer(rf"([A-Z][\w'’-]*)\.?\s+{re.escape(surname)}\b", text)
    )


# What may follow a person's full name on its line without being more of a name: a suffix
# ("Tom Reed Jr."), a day ("said Tom Reed Monday").
_NAME_SUFFIX = re.compile(r"(?:Jr|Sr|I{1,3}|IV)\b")


def _name_goes_on(full: str, doc: str) -> bool:
    """Whether ``doc`` writes ``full`` ("Grand Marlow") run on into another name word
    ("Grand Marlow Cruises", "Grand Marlow Chief Executive Ann Holt"): the name of a
    firm, a ship or a building, whose last word is no one's surname, however the recogniser
    typed it. A person's name ends on the surname."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(full)}[ \t]+([A-Z][\w'’-]*)", doc):
        if not (_NAME_SUFFIX.match(m[1]) or _CALENDAR.fullmatch(m[1])):
            return True
    return False


def name_newcomer(text: str, start: int, extraction: Extraction | None, familiar: Set[str]) -> str:
    """``text`` (a sentence at ``start`` in its document) with a bare surname of someone
    the document introduced before it in full ("Kate Duval") given that given name in
    brackets ("[Kate] Duval left government service"), after a title too ("Ms [Kate]
    Duval was testifying"; not when the title's gender is not the given name's): out of
    its article, a surname read nowhere else in the brief names no one. A name the
    corpus's documents commonly use (``familiar``: ``anaphora.story_words``) is the
    story's and left as written, as is a surname the document gives several people or
    none before, or one the sentence writes in full."""
    if extraction is None:
        return text
    doc = extraction.document.text
    narration = without_quotations(text)
    others = {w for m in extraction.mentions if m.type != "person" for w in m.text.split()}
    out, last, done = [], 0, set()
    for m in _BARE.finditer(narration):
        surname = m[1]
        if surname in familiar or surname in done or surname in others:
            continue
        if surname in _NOT_GIVEN or _CALENDAR.fullmatch(surname):
            continue
        title = _TITLE_BEFORE.search(narration, 0, m.start())
        if title is None and _NAME_BEFORE.search(narration, 0, m.start()):
            continue  # part of a longer name: "Ada Duval"
        if title is None and not narration[: m.start()].strip(" “\"'‘(") and _common(surname, doc):
            continue  # a sentence's first word the document also writes small: "Will …?"
        introduced = any(
            x.type == "person"
            and x.kind == "name"
            and x.start < start
            and len(x.text.split()) > 1
            and x.text.split()[-1] == surname
            for x in extraction.mentions
        )
        if not introduced or _in_full(text, surname):
            continue
        given = given_names(surname, extraction)
        if len(given) != 1:
            continue  # which of the family, the sentence alone cannot say: left as written
        shown, _ = next(iter(given.values()))
        if _name_goes_on(f"{shown} {surname}", doc):
            continue  # "Grand Marlow Cruises": a firm's name, of which the word is no surname
        wanted, named = _GENDER.get(title[1]) if title else None, _gender(shown)
        if wanted and named and wanted != named:
            continue  # "Mr Duval" of the document's "Kate Duval": another of the family
        out.append(text[last : m.start()] + f"[{shown}] ")
        last = m.start()
        done.add(surname)
    return "".join(out) + text[last:]
