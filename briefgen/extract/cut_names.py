"""A place's, a body's or a people's name the recogniser cut from a longer proper name.

The recogniser sometimes stops inside a capitalised name and labels its first word or words
alone: "Islamic" of "Islamic State", "Super" of "Super Tuesday", "Cambridge" of "Cambridge
Analytica", "Aung San" of "Aung San Suu Kyi". The parse still shows the cut words as a
compound of a proper noun in the capitalised run right after them; that noun, not the
cut words, heads what the text names, so the cut words refer to nothing of their own.
Judged in the mention's own sentence only, so a document's mentions never depend on the
rest of the corpus.

A place or a body before a person's title and name names their office's place or body
("Texas Sen. Ted Cruz", "HP CEO Carly Fiorina"), and before a party or demonym noun a
person's allegiance ("a Michigan Democrat"): those are left alone, as is a title without
a name ("the Vermont Senator"). A headline's line, every word capitalised, shows no name's
end, and is left alone too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.extract.doctext import doc_text

if TYPE_CHECKING:
    from collections.abc import Set

    from spacy.tokens import Span

_PROPER = frozenset({"NNP", "NNPS"})
# Entity labels of the head that make the words before it a description of someone, not a
# cut: a person's name, a party's or a people's noun.
_DESCRIBED = frozenset({"PERSON", "NORP"})
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def cut_from_longer_name(ent: Span, titles: Set[str]) -> bool:
    """Whether the entity is the opening of a longer proper name the parse runs on into:
    its root a compound of a proper noun in the capitalised run just after it (one space
    apart, the same line), that noun no person's, party's or people's and no title."""
    root = ent.root
    doc = ent.doc
    if root.dep_ != "compound" or root.head.i < ent.end or _headline(ent):
        return False
    head = root.head
    for tok in doc[ent.end - 1 : head.i]:
        if tok.whitespace_ != " ":
            return False  # a line break, a dash or a quote mark between: two names
    for tok in doc[ent.end : head.i + 1]:
        if tok.tag_ not in _PROPER or not tok.text[:1].isupper():
            return False
        word = tok.lower_.rstrip(".")
        if tok.ent_type_ in _DESCRIBED or word in titles or word.removesuffix("s") in titles:
            return False
    # a title of the recogniser's nobody knows, before a name: "White House Counsel W. Neil
    # Eggleston"
    after = head.i + 1
    if after < len(doc) and doc[after].ent_type_ == "PERSON":
        return False
    # a surname the document gives a person elsewhere, left unlabelled here ("over
    # Republican Trump", a dateline run into "Los Angeles Jackson was")
    return not any(e.label_ == "PERSON" and head.text in e.text.split() for e in doc.ents)


def _headline(ent: Span) -> bool:
    """Whether the entity's line capitalises every word of four letters or more, as a
    headline does ("Former White House Doctor Says …"): its capitals say nothing of where a
    name ends."""
    text = doc_text(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    words = _LONG_WORD.findall(text[start : end if end >= 0 else len(text)])
    return all(w[:1].isupper() for w in words)
