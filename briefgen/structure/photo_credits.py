"""Picture credits: "Photograph: Jane Roe/AFP", "JOHN DOE/AFP/Getty Images", "Sketches
courtesy of …", a credit cut off ("(Source:"), alone or glued before the lede.

Only the general shapes of page parts are named here, never a site, a publisher or a topic.
"""

from __future__ import annotations

import re

from briefgen.structure.shapes import _GRAMMAR, _NAME_WORD, sentence_shaped

_CREDIT_LINE = re.compile(
    r"(?i)^\W*(?:photo(?:graph)?s?(?: credits?)?|pictures?|images?|credits?|courtesy)\s*:"
)

# A credit glued before the lede: "Photograph: Tim Ireland/PA The swine flu virus …".
# A credit is names: the photographer and agency ("Mike Clarke/AFP/Getty Images"), or an
# agency alone ("PA"). The lede opens with a capital too, so the credit ends at what names
# cannot be: a word of grammar ("PA Two Britons …", "Getty Images Since the …"), a dateline
# in capitals, a bullet, or a capitalised word followed by a lower-case one.
# One side of a slash: "Carl de Souza", "Centers for Disease Control", "Las Vegas Sun".
_CREDIT_PART = r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for|de|da|del|van|von|la|le|and))*"
# What an agency's name may end with: "Getty Images", "Rex Features".
_AGENCY_NOUN = r"(?i:images|pictures|photos?|photography|features|press|agency|handout|pool)\b"
_SLASHED = (
    r"(?:" + _CREDIT_PART + r"\s*/\s*)+[A-Z][\w.&'’-]*(?:\s+" + _AGENCY_NOUN + r")*"
    r"(?:(?:\s+" + _NAME_WORD + r")*?(?=\s+(?:[A-Z]{2,}\b|[*•])))?"
)
PHOTO_CREDIT_PREFIX = re.compile(
    r"^\W*(?i:photo(?:graph)?s?(?: credits?)?|pictures?|images?|credits?)\s*:\s*(?:"
    + _SLASHED
    + r"(?:\s*;\s*"
    + _SLASHED
    + r")*\s+(?=[\"“‘]?[A-Z]|[*•]\s)"
    + r"|(?:"
    + _NAME_WORD
    + r"\s+){1,4}?(?="
    + _GRAMMAR
    + r"|[\"“‘]?[A-Z][a-z]*\s+[a-z]|[A-Z]{2,}\b|[*•]\s))"
)


def opens_with_credit(text: str) -> bool:
    return bool(_CREDIT_LINE.match(text))


# A credit on a line of its own: the photographer in capitals and the agency the picture
# came through ("MICHAEL B. THOMAS via Getty Images.", "JOHN DOE/AFP/Getty Images").
_AGENCY_CREDIT = re.compile(
    r"^[A-Z][A-Z.'’ -]+[A-Z.]\s*(?:\bvia\s+|/\s*)"
    + _CREDIT_PART
    + r"(?:\s*/\s*"
    + _CREDIT_PART
    + r")*\s*\.?$"
)


def is_agency_credit(text: str) -> bool:
    return len(text) <= 80 and bool(_AGENCY_CREDIT.match(text.strip()))


# A credit line naming what was lent and by whom: "Court sketches courtesy of Jane Roe",
# "Photos courtesy of the Roe family" (a few words, no grammar word opening them, then the
# names alone). "He said it was courtesy of Jo Roe." is a sentence.
_COURTESY_LINE = re.compile(
    r"^\W*(?!" + _GRAMMAR + r")[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s+courtesy of\s+"
    r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}(?:\s+family)?\s*\.?\s*$"
)


def is_photo_credit(text: str) -> bool:
    """ "Photograph: …", "Credit: …", "PHOTO CREDITS: …", "Sketches courtesy of …": a
    caption's credit line (and nothing glued after it)."""
    if _COURTESY_LINE.match(text.strip()):
        return True
    if not _CREDIT_LINE.match(text):
        return False
    glued = PHOTO_CREDIT_PREFIX.match(text)
    return glued is None or not sentence_shaped(text[glued.end() :])


# A caption whose credit was cut off: "Zamir Kabulov (Source:".
_OPEN_CREDIT = re.compile(r"(?i)\((?:source|photo|image|credit|picture)s?:?\s*$")


def is_open_credit(text: str) -> bool:
    return bool(_OPEN_CREDIT.search(text.rstrip()))


# A credit of agencies and photographers alone, slashed: "Bloomberg/Getty Images.", "AP
# Photo/Jane Roe", "Jane Roe/Reuters". One of its parts is an agency's: a noun agencies end
# on, or an acronym ("AP", "AFP"); "Obama/Biden." is no credit.
_SLASHED_CREDIT = re.compile(
    r"^\W*" + _CREDIT_PART + r"(?:\s*/\s*" + _CREDIT_PART + r")+\s*\.?\s*$"
)
_AGENCY_PART = re.compile(_AGENCY_NOUN + r"|\b[A-Z]{2,5}\b")


def is_slashed_credit(text: str) -> bool:
    stripped = text.strip()
    return (
        len(stripped) <= 80
        and _SLASHED_CREDIT.match(stripped) is not None
        and _AGENCY_PART.search(stripped) is not None
    )


# A picture's caption, under its credit in the body: a sentence dating the picture with its
# weekday and its full date, year and all ("… during a speech in Warren on Thursday, Aug.
# 11, 2016."). Prose gives this week's news a weekday or a date, seldom both and the year.
_DATED_CAPTION = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d\b"
)


def caption_under_credit(credit: str, text: str) -> bool:
    """Whether ``text``, the line after ``credit``, is the caption of the picture credited:
    ``credit`` is a credit line and ``text`` dates the picture with weekday and year."""
    return (is_slashed_credit(credit) or is_agency_credit(credit)) and bool(
        _DATED_CAPTION.search(text)
    )
