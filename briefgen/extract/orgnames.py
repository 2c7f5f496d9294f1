"""What an organisation's name says of itself: a legal form, an acronym in capitals.

"Novartis AG", "GlaxoSmithKline Plc": a legal form at the end of a name makes it a
company whatever the recogniser voted. "WHO" in capitals in running text is the World
Health Organization's acronym, never the pronoun it spells. A span cut after "and" or
"of" ("Centers for Disease Control and") loses the dangling word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Legal forms of companies (English, German, French, Dutch, Italian, Nordic, Japanese
# usage in English copy): the words after a company's name, never part of who it is.
LEGAL_FORMS = frozenset(
    {
        "ag", "plc", "inc", "ltd", "llc", "llp", "lp", "corp", "co", "sa", "nv", "bv", "gmbh",
        "spa", "sarl", "kgaa", "oyj", "asa", "pty", "holding", "holdings", "limited",
        "incorporated", "corporation",
    }
)  # fmt: skip
# Words a name cannot end with: the recogniser cut the span inside the name.
_DANGLING = re.compile(r"\s+(?:and|of|for|the|&)$", re.IGNORECASE)


# Heads of a facility's name that make it the body housed there: "the Russian Embassy",
# "the Foreign Ministry" speak and act; "the Kremlin", a bridge or an airport do not by name.
HOUSED_BODIES = frozenset(
    {
        "embassy", "consulate", "ministry", "department", "office", "headquarters", "agency",
        "bureau", "commission", "council", "parliament", "court", "secretariat", "mission",
    }
)  # fmt: skip


def housed_body(ent: Span) -> bool:
    """Whether a facility the recogniser found (FAC) is named by the body housed in it."""
    return ent.label_ == "FAC" and ent.root.lemma_.lower() in HOUSED_BODIES


def name_words(text: str) -> list[str]:
    """Lower-cased words of a name, dots dropped ("S.A." -> "sa")."""
    return [w.replace(".", "") for w in re.findall(r"[\w.&'’-]+", text.casefold())]


def legal_form_at_end(text: str) -> bool:
    """True when a name of two words or more ends with a company's legal form."""
    ws = name_words(text)
    return len(ws) >= 2 and ws[-1] in LEGAL_FORMS


def acronym_in_capitals(ent: Span, surface: str) -> bool:
    """ "WHO", "US": an organisation's acronym written in capitals inside a sentence that is
    not itself in capitals (a shouted headline "WHO IS HE" spells the pronoun)."""
    if not surface.isupper() or ent.label_ != "ORG":
        return False
    letters = [c for c in ent.sent.text if c.isalpha()]
    return not all(c.isupper() for c in letters)


def trim_dangling(text: str, start: int, end: int) -> int:
    """The end of a span without a final "and", "of", "for", "the" or "&"."""
    m = _DANGLING.search(text[start:end])
    return start + m.start() if m and m.start() > 0 else end


_PAREN_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z&.]{1,9})\s*\)?\s*$")


def split_defined_acronym(text: str, start: int, end: int) -> tuple[int, tuple[int, int] | None]:
    """ "World Health Organization (WHO": the recogniser took the name and the acronym the
    text defines for it as one span. Returns the name's end and the acronym's offsets."""
    m = _PAREN_ACRONYM.search(text[start:end])
    if m is None or m.start() == 0 or sum(c.isupper() for c in m.group(1)) < 2:
        return end, None
    return start + m.start(), (start + m.start(1), start + m.end(1))


def acronyms_in_capitals(sdoc: Doc, known: set[str], covered: set[int]) -> list[Token]:
    """The tokens writing an acronym the document names an organisation by elsewhere,
    where the recogniser missed it ("WHO said …" opening a sentence, read as the pronoun)."""
    out = []
    for tok in sdoc:
        if tok.i in covered or tok.text not in known:
            continue
        letters = [c for c in tok.sent.text if c.isalpha()]
        if not all(c.isupper() for c in letters):
            out.append(tok)
    return out


def state_of_that_name(ent: Span) -> bool:
    """ "Washington state", "New York state": the place names the state (province) of that
    name, not the city; the name keeps its word "state", so a capital's name does not stand
    for its country there."""
    doc = ent.doc
    return ent.label_ == "GPE" and ent.end < len(doc) and doc[ent.end].text == "state"


# ISO 3166-1 reserves "UK" for the United Kingdom at its request ("exceptionally reserved"):
# the code the country's own texts write, though its alpha-2 code is "GB".
_RESERVED = {"UK": "GBR"}


def written_code(text: str) -> str | None:
    """The alpha-3 code of a country named by its ISO 3166 code in capitals ("USA", "US",
    "U.S.", "UK"), or None. Only in capitals: "us" or "it" in a text are words."""
    import pycountry

    letters = " ".join(text.split()).replace(".", "")
    if not letters.isalpha() or not letters.isupper():
        return None
    if letters in _RESERVED:
        return _RESERVED[letters]
    if len(letters) == 2:
        country = pycountry.countries.get(alpha_2=letters)
    elif len(letters) == 3:
        country = pycountry.countries.get(alpha_3=letters)
    else:
        return None
    return None if country is None else str(country.alpha_3)
