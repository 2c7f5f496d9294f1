"""Whether a named person may be the one a pronoun or a bracket means: the surname a
report keeps using, a title or given name of the other sex, a surname two people share, a
person the tagger missed in the sentences a pronoun points back to (``standalone``)."""

from __future__ import annotations

import re

from briefgen import heap
from briefgen.extract.antecedents import name_gender
from briefgen.models import Extraction

__all__ = ["TITLE", "distinct", "other_sex", "surname", "untagged_other"]

TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Prof)\.?\s+", re.I)


def untagged_other(
    tagged: set[str], sex: str | None, lo: int, hi: int, extraction: Extraction
) -> bool:
    """Whether the words between ``lo`` and ``hi`` name another person of the document
    whom the tagger did not mark there (``tagged``: the surnames it did): "Sanders'
    allies" (a possessive the tagger often misses) before a "he", with Trump named in a
    quotation — two candidates, not one."""
    window = extraction.document.text[lo:hi]
    others = {
        surname(x.text)
        for x in extraction.mentions
        if x.type == "person" and x.kind in ("name", "surname")
    } - tagged
    return any(
        len(other) > 2
        and other[0].isupper()
        # the name itself first: the pattern, compiled for each name, costs far more
        and other in window
        and re.search(rf"\b{re.escape(other)}\b", window)
        and not (sex is not None and other_sex(other, sex, extraction))
        for other in others
    )


def other_sex(name: str, sex: str, extraction: Extraction) -> bool:
    """Whether the document names the person of surname ``name`` with a title or a given
    name that is always the other sex's than ``sex`` ("m" or "f"): "Mr. Sanders", "Ivan
    Petrov" for a "her"."""
    titled = re.findall(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+{re.escape(name)}\b", extraction.document.text)
    if any(("m" if t == "Mr" else "f") != sex for t in titled):
        return True
    for x in extraction.mentions:
        if x.type != "person" or x.kind != "name" or surname(x.text) != name:
            continue
        words = TITLE.sub("", x.text).split()
        found = name_gender(words[0]) if len(words) > 1 else None
        if found is not None and found != sex:
            return True
    return False


def distinct(name: str, extraction: Extraction) -> str | None:
    """``name`` (a surname), or None when the document names several people so ("Randy
    Jackson", "Michael Jackson"): "[Jackson]" would name the wrong one to a reader, and
    which one the pronoun continues with is not safe to tell from the names alone."""
    full = {
        x.text
        for x in extraction.mentions
        if x.type == "person"
        and x.kind == "name"
        and len(x.text.split()) > 1
        and surname(x.text) == name
    }
    return name if len(full) < 2 else None


_ENDING = re.compile(r"(?:'s|’s|[.,])$")


# A summary asks it of every person a page names, for each pronoun it reads (400,000
# times at 800 articles), of far fewer distinct names.
@heap.corpus_cache(1 << 14)
def surname(name: str) -> str:
    """The name a news report keeps using: "Dr Conrad Murray" -> "Murray"."""
    words = TITLE.sub("", name.strip()).split()
    return _ENDING.sub("", words[-1]) if words else name
