"""Name normalisation for alias resolution: folding, transliteration skeletons, acronyms."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from anyascii import anyascii
from nicknames import NickNamer

from briefgen import heap
from briefgen.extract.actor_words import GIVEN_NAME_TITLES, TITLES
from briefgen.extract.actors import plain
from briefgen.extract.orgnames import legal_form_at_end
from briefgen.models import Mention

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Words that do not count towards an acronym's letters.
_ACRONYM_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "at", "to", "&", "de", "du"})
# Transliteration variants folded before a skeleton is taken (order matters).
_TRANSLIT = (
    ("kh", "h"),
    ("ks", "x"),
    ("ph", "f"),
    ("ck", "k"),
    ("dzh", "j"),
    ("zh", "j"),
    ("yy", "y"),
    ("iy", "i"),
    ("z", "s"),
    ("w", "v"),
    ("q", "k"),
    ("c", "k"),
)
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
# A name's last word broken by a letter its page lost in the wrong encoding, a space in its
# place: "Felipe Calder n" (Calderón). No name ends in one or two lower-case letters.
BROKEN_END = re.compile(r"([^\W\d_]) ([a-z]{1,2})$")
# A word's capital split from its rest by the same loss: "Jos ngel C rdova" (Córdova). No
# name has a lone capital before a lower-case word but a particle ("A de Groot").
_BROKEN_CAPITAL = re.compile(
    r"(?<![^\W\d_])([A-Z]) (?!(?:de|da|di|du|van|von|der|den|bin|ibn|al|el|la|le)\b)([a-z]{2,})\b"
)

# The kinds of mention that name an actor (not a description or a pronoun).
NAMED = ("name", "surname", "acronym")


# Names repeat across a corpus: the folded forms and keys are computed once a spelling.
@heap.corpus_cache(1 << 16)
def fold(text: str) -> str:
    """Plain text transliterated to ASCII (Żochowski -> Zochowski), casefolded."""
    return fold_plain(plain(text))


def fold_plain(text: str) -> str:
    """``fold`` of a text already ``plain``, not cached."""
    return anyascii(text.replace("’", "'").replace("‘", "'")).casefold()


def words(text: str) -> list[str]:
    """Words of a name without a leading determiner or a possessive ending."""
    return list(word_tuple(text))


@heap.corpus_cache(1 << 16)
def word_tuple(text: str) -> tuple[str, ...]:
    """``words`` as the tuple kept for the spelling: for a caller that only reads them
    (joins, counts, keys, sets). Asked of every mention's name by most of the rules,
    hundreds of thousands of times for a few thousand spellings in a large corpus: this
    is the cache's own answer, where ``words`` adds a call and a list each time."""
    out = _WORD.findall(fold(_BROKEN_CAPITAL.sub(r"\1\2", BROKEN_END.sub(r"\1\2", text))))
    if out and out[0] == "the":
        out = out[1:]
    if out and out[-1].endswith("'s"):
        out[-1] = out[-1][:-2]
    return tuple(w.replace("'", "") for w in out if w)


@heap.corpus_cache(1 << 16)
def skeleton(word: str) -> str:
    """A spelling-tolerant key: first letter plus the consonants after it, doubles collapsed.

    Rakhmon/Rahmon, Abdallah/Abdullah, Akhmad/Ahmad, Aleksander/Alexander and
    Organization/Organisation share a skeleton.
    """
    w = word.casefold()
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    if not w:
        return ""
    head = w[0]
    rest = "".join(ch for ch in w[1:] if ch not in "aeiouy-")
    out = head
    for ch in rest:
        if ch != out[-1]:
            out += ch
    # a short word's skeleton is one or two letters that many words share ("Toya" and
    # "Tito" both give "t"): such a word is its own key
    return out if len(out) >= 3 else w


# Initials written without stops between a given name and a surname ("George HW Bush").
_BARE_INITIALS = re.compile(r"(?<=\S )([A-Z]{2,3})(?= \S)")


def _dotted(text: str) -> str:
    """ "George HW Bush" -> "George H.W. Bush": initials read as initials either way."""
    return _BARE_INITIALS.sub(lambda m: ".".join(m.group(1)) + ".", plain(text))


def person_words(text: str) -> tuple[list[str], str | None]:
    """A person's name words without titles, middle initials and generational suffix.

    "Mr. Donald J. Trump" -> (["donald", "trump"], None); "Donald Trump Jr." -> (…, "jr").
    """
    ws, suffix = _person_words(text)
    return list(ws), suffix


@heap.corpus_cache(1 << 16)
def _person_words(text: str) -> tuple[tuple[str, ...], str | None]:
    # Asked hundreds of thousands of times of a few thousand spellings, as ``_words``.
    ws = words(_dotted(text))
    suffix = None
    if ws and ws[-1] in SUFFIXES:
        suffix = ws[-1]
        ws = ws[:-1]
    while len(ws) > 1 and ws[0].rstrip(".") in TITLES:
        if len(ws) == 2 and ws[0] in GIVEN_NAME_TITLES:
            break  # "Prince Michael" is a name, not the title of a "Michael"
        ws = ws[1:]
    if len(ws) > 2:  # "James B. Comey": a middle initial does not tell two people apart
        ws = [ws[0], *(w for w in ws[1:-1] if len(w) > 1), ws[-1]]
    return tuple(ws), suffix


def middle_initials(text: str) -> str:
    """The middle initials of a person's name, run together ("George H.W. Bush" -> "hw",
    "George HW Bush" -> "hw", "George Bush" -> ""): what tells a father from a son, or two
    brothers, who share a given name and a surname."""
    ws = word_tuple(_dotted(text))
    if ws and ws[-1] in SUFFIXES:
        ws = ws[:-1]
    while len(ws) > 1 and ws[0].rstrip(".") in TITLES:
        ws = ws[1:]
    return "".join(w for w in ws[1:-1] if len(w) == 1)


def surname_form(word: str) -> str:
    """A surname as a bare surname must match it: the word after the transliteration folds
    (Rakhmon/Rahmon), vowels kept. A skeleton would make "Bash" the "Bush" of a full name:
    a one-word name has no other word to confirm a resemblance, so it matches exactly."""
    w = word.casefold()
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    return w


def titled_given_name(text: str) -> bool:
    """ "Prince Michael": a title that goes before one given name; its last word is a given
    name, no surname a bare "Michael" could stand for."""
    ws = person_words(text)[0]
    return len(ws) == 2 and ws[0] in GIVEN_NAME_TITLES


@heap.corpus_cache(1 << 16)
def name_key(text: str) -> tuple[tuple[str, ...], str | None]:
    """(skeletons of the name's words, generational suffix or None)."""
    ws, suffix = person_words(text)
    return tuple(skeleton(w) for w in ws), suffix


def _singular(word: str) -> str:
    """A plural's regular singular ("centers" -> "center"); a short word or one that ends
    in -ss, -us or -is as written ("news", "congress", "status", "analysis")."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def org_key(text: str) -> tuple[str, ...]:
    """The key an organisation's or a place's name is grouped by: the skeletons of all its
    words (a title word is part of "Foreign Office", "General Motors"), but a one-word name
    is the whole word after the transliteration folds: one skeleton of three consonants is
    shared by too many words ("Kansas", "Queens"), while a longer name's skeletons together
    are not, and keep "Organisation"/"Organization" one. Within a longer name a plural
    counts as its singular: "Centers for Disease Control" is the "Centre for Disease
    Control" of a text that writes the head in the singular (and British spelling)."""
    ws: Sequence[str] = word_tuple(text)
    if len(ws) > 1 and is_acronym(text):
        # "F.B.I." (or "F.B.I", its last stop cut by the tokeniser) as some papers' style
        # writes "FBI": one acronym, not three one-letter words
        ws = ["".join(ws)]
    if len(ws) != 1:
        return tuple(skeleton(_singular(w)) for w in ws)
    w = ws[0]
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    return (w,)


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


def diminutive(a: str, b: str) -> bool:
    """One given name a standard short form of the other (Ed/Edward, Mike/Michael)."""
    nn = _nicknamer()
    return a != b and (b in nn.canonicals_of(a) or a in nn.canonicals_of(b))


def same_given_name(a: str, b: str) -> bool:
    """Two given names of one person: equal, a standard diminutive (Ed/Edward, Bill/William)
    or a spelling variant (Aleksander/Alexander)."""
    if a == b or skeleton(a) == skeleton(b):
        return True
    if len(a) < 2 or len(b) < 2:
        return False
    # A diminutive in the table; never a mere resemblance (Ivana/Ivanka are two names).
    nn = _nicknamer()
    return b in nn.canonicals_of(a) or a in nn.canonicals_of(b)


def initials(text: str) -> str:
    """Acronym letters of an expansion: 'Collective Security Treaty Organization' -> CSTO."""
    return "".join(w[0] for w in word_tuple(text) if w not in _ACRONYM_SKIP).upper()


_CAMEL_CAPITAL = re.compile(r"(?<=[a-z])[A-Z]")
_MIXED_ACRONYM = re.compile(r"^[A-Z](?:[a-z]?[A-Z])+$")


def acronym_spellings(text: str) -> frozenset[str]:
    """The letters an acronym of a name may spell, in capitals: the initials of its words
    ("World Health Organization" -> WHO), the same with the small words ("Department of
    Health" -> DOH, written "DoH"), and the capitals of a compound written as one word
    ("GlaxoSmithKline" -> GSK), and those of the name without a company's legal form at its
    end: business copy names "Marlow Motors Corp." once, then "MM" ("MMC" spells the whole
    name). A name of one plain word spells none."""
    ws = word_tuple(text)
    out = set()
    if len(ws) >= 2:
        out.add(initials(text))
        out.add("".join(w[0] for w in ws if w != "the").upper())
    if len(ws) >= 3 and legal_form_at_end(text):
        out.add(initials(" ".join(ws[:-1])))
    if len(ws) == 1:
        # two capitals inside a word at least: "McDonald" or "YouTube" is one name
        token = plain(text)
        inner = _CAMEL_CAPITAL.findall(token)
        if len(inner) >= 2 and token[:1].isupper():
            out.add(token[0] + "".join(inner))
    return frozenset(x for x in out if len(x) >= 2)


def acronym_letters(text: str) -> str | None:
    """An acronym's letters in capitals: "U.N." -> UN, "DoH" -> DOH (the small letter an
    initial of a small word); None for a text that is no acronym."""
    t = plain(text).replace(".", "")
    if is_acronym(t) or (2 <= len(t) <= 8 and _MIXED_ACRONYM.match(t)):
        return t.upper()
    return None


def is_acronym(text: str) -> bool:
    """True for an all-capitals short token such as CSTO or U.N."""
    t = plain(text).replace(".", "")
    return 2 <= len(t) <= 8 and t.isalpha() and t.isupper()


_ROLE_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "for",
        "and",
        "in",
        "at",
        "to",
        "on",
        "his",
        "her",
        "their",
        "its",
        "former",
        "then",
        "new",
    ]
)


# Role nouns English writes two ways for one job: one of each set stands for all, so that
# "the father's lawyer" and "attorney for the father" agree.
_SAME_ROLE = {
    w: ws[0]
    for ws in (
        ("lawyer", "attorney", "counsel"),
        ("spokesman", "spokeswoman", "spokesperson"),
        ("chairman", "chairwoman", "chair"),
        ("adviser", "advisor"),
    )
    for w in ws
}
_POSSESSIVE = re.compile(r"['’]s\b")


def role_words(ms: Iterable[Mention]) -> set[str]:
    """The words of the roles the texts give these mentions ("defence lawyer"); a
    possessive is its owner's name ("Holt's lawyer": holt), one job's other nouns the one
    (attorney: lawyer)."""
    out: set[str] = set()
    for m in ms:
        if m.role:
            ws = word_tuple(_POSSESSIVE.sub("", m.role))
            out.update(_SAME_ROLE.get(w, w) for w in ws if w not in _ROLE_STOP and len(w) > 2)
    return out
