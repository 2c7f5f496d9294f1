"""A reported clause, or a cue's subject, the parser hung somewhere else.

Slips of the dependency parser that cost a report its content (and so leave a cue inside
that content to claim it with the wrong speaker) or its subject:

* "Trump said after the convention he would not accept …": the clause after a fronted
  phrase is taken for an adverbial clause of the preposition;
* "The nominee continues to insist, most recently in an interview, that he wants …": the
  "that" clause, cut off by the inserted phrase, becomes an adverbial clause of the verb
  the cue completes, or the sentence's root with the cue a complement of it;
* "In a meeting with the board of the Post Trump said …": the fronted phrase, its comma
  missing, swallows the subject.

Each function returns the (start, end) character span the cue reports (or the subject
token), or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def _end(tok: Token) -> int:
    right = tok.right_edge
    return right.idx + len(right.text)


def unmarked_clause(cue: Token) -> tuple[int, int] | None:
    """A finite clause after the cue, with a subject of its own and no subordinator (when,
    because, if), parsed as an adverbial clause: what the cue reports, from its subject on
    ("after the convention" says when it was said). A true adverbial clause is marked or
    has no subject of its own ("said, adding …")."""
    for child in cue.children:
        if child.dep_ != "advcl" or child.i < cue.i or child.tag_ == "VBG":
            continue
        kids = list(child.children)
        if any(c.dep_ == "mark" or c.tag_ == "WRB" for c in kids):
            continue  # "…, when the state stated …": a when, not what was said
        subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < child.i), None)
        finite = any(c.dep_ == "aux" or c.tag_ in ("VBD", "VBZ", "VBP") for c in (child, *kids))
        if subj is not None and finite:
            return subj.left_edge.idx, _end(child)
    return None


# Words before "that" that make it adverbial: "so that", "such that", "now that", "in order that".
_ADVERBIAL_THAT = frozenset({"so", "such", "now", "order"})


def that_clause(cue: Token) -> tuple[int, int] | None:
    """A clause opening with "that" after the cue, hung as an adverbial clause on the cue or
    on the verb it completes ("continues to insist, …, that he wants …"): "that" opens no
    adverbial clause but after "so", "such", "now" or "in order"."""
    holders = [cue, cue.head] if cue.dep_ == "xcomp" and cue.head.i < cue.i else [cue]
    for holder in holders:
        for child in holder.children:
            if child.dep_ != "advcl" or child.i < cue.i:
                continue
            mark = next((c for c in child.children if c.dep_ == "mark"), None)
            if mark is None or mark.lower_ != "that" or mark.i <= cue.i:
                continue
            if mark.i > 0 and mark.doc[mark.i - 1].lower_ in _ADVERBIAL_THAT:
                continue
            return mark.idx, _end(child)
    return None


def _bare(cue: Token) -> bool:
    """A cue with no object or clause of its own."""
    return not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "prep") and c.i > cue.i for c in cue.children
    )


def inverted_clause(cue: Token) -> tuple[int, int] | None:
    """A "that" clause after the cue whose verb the parser made the head of the cue's own
    clause: the cue (or the verb it completes, "continues to insist") hangs as a clausal
    complement on a verb to its right, which opens with "that" after the cue."""
    clause = cue
    while clause.dep_ in ("xcomp", "conj") and clause.head.i < clause.i:
        clause = clause.head  # "continues to insist": the finite verb holds the slip
    if clause.dep_ not in ("ccomp", "advcl") or clause.head.i <= cue.i:
        return None
    verb = clause.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.left_edge.i == cue.i + 1 and _bare(cue):
        # "While he acknowledged funding was a major reason …": the clause right after
        # the cue, its subject next to it, is what was acknowledged
        return subj.left_edge.idx, _end(verb)
    if clause.dep_ != "ccomp":
        return None
    mark = next(
        (c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > cue.i),
        None,
    )
    if mark is None or clause.right_edge.i >= mark.i:
        return None
    return mark.idx, _end(verb)


def swallowed_subject(cue: Token) -> Token | None:
    """ "In a meeting with the board of the Post Trump said that …": a fronted phrase
    without its comma swallows the subject of the main verb, which then has none. The name
    right before a finite main verb is that subject."""
    if cue.dep_ != "ROOT" or cue.tag_ not in ("VBD", "VBZ") or cue.i == 0:
        return None
    before = cue.doc[cue.i - 1]
    if before.pos_ != "PROPN" or before.dep_ not in ("pobj", "compound", "appos"):
        return None
    if before.head.i > cue.i or before.ent_type_ in ("DATE", "TIME"):
        return None
    return before
