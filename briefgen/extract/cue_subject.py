"""Who a cue's statement belongs to: the grammatical subject of a cue verb, followed through
conjoined, controlled and relative clauses, or none when nobody said it ("it is hard to
say", "awkward for X to admit", an option someone "has")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.actor_words import ROLE_NOUNS
from briefgen.extract.cues import HOLDER_NOUNS
from briefgen.extract.speaker_phrase import by_agent
from briefgen.extract.voice import reduced_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["holder", "possessing", "subject_of"]


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a cue, following conjoined verbs back to a shared one."""
    if reduced_passive(verb) or _for_to_clause(verb) or _characterised(verb):
        return None
    for _ in range(4):
        # a dash the parser took for a subject is none; of two subjects, a label before
        # a colon is not one ("The Latest: Trump urges …")
        # ("%" counts as punctuation to the tokenizer, but with its number, "85% of
        # Democrats", it is a subject)
        subjects = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and (not c.is_punct or any(n.dep_ == "nummod" for n in c.children))
        ]
        if subjects:
            child = subjects[0]
            for later in subjects[1:]:
                gap = child.doc[child.right_edge.i + 1 : later.left_edge.i]
                if later.i < verb.i and any(t.text == ":" for t in gap):
                    child = later
            if verb.dep_ == "parataxis":
                # "Clinton, a top aide said, “is confident”": in a speech tag set inside the
                # sentence, the description right before the verb speaks, not the name
                # the parser made the subject
                child = next(
                    (
                        c
                        for c in child.children
                        if c.dep_ == "appos" and c.right_edge.i + 1 == verb.i
                    ),
                    child,
                )
            return None if child.dep_ == "nsubjpass" else child
        for child in verb.children:  # passive with an agent: "was quoted by X"
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _IMPLICATIVE:
            # object control by a verb that makes it happen: in "forced Stumpf to admit …",
            # "left many nations feeling that …" the one who admits or feels is the object
            # of the verb above, not its subject ("urged X to say" stays the urger's: X
            # has said nothing)
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if obj is not None:
                return obj if holder(obj) else None
        if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.i > verb.head.i + 1:
            # "footage of Clinton asking", "a video shows Trump saying": a participle
            # right after a person or body is what that one is doing, not the subject
            doer = verb.doc[verb.i - 1]
            if doer.pos_ in ("NOUN", "PROPN") and doer.dep_ != "compound" and holder(doer):
                return doer
        if verb.dep_ == "xcomp" and _extraposed(verb.head):
            return None  # "it will be difficult to answer …": no one answers
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
            verb = verb.head
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ in ("nsubj", "nsubjpass"):
            # "Guard members, called to service by the governor, patrolled …": a past
            # participle after the subject of another verb is a passive said of that
            # noun; only its "by" phrase names the doer
            return by_agent(verb)
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            if holder(verb.head):
                return verb.head  # "a statement announcing …", "X, who said …"
            if verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.i > verb.head.i:
                # "A 1990 article hailed him as …": a finite past verb hung on a noun that
                # the parser made the root is the sentence's main verb, the noun its subject
                return verb.head
            # "X was at pains to claim …": climb to the verb the noun depends on
            up = verb.head
            while up.dep_ not in ("ROOT",) and up.pos_ not in ("VERB", "AUX"):
                up = up.head
            if possessing(up):
                return None  # "Congress has three ways to seek …": an option, not an act
            if up.pos_ in ("VERB", "AUX") and up.i != verb.i:
                verb = up
                continue
            return None
        if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            if possessing(verb.head.head):
                return None  # "… has three ways: by asking prosecutors …": a listed option
            verb = verb.head.head  # "criticised X for saying …"
            continue
        if verb.dep_ == "acomp":
            verb = verb.head
            continue
        return None
    return None


def _characterised(verb: Token) -> bool:
    """Whether the relative clause ``verb`` tells which of a person's sides a writer means:
    restrictive (no comma before it) on a name with an article ("This was the Trump we
    knew, the Trump who questions the judge's independence …"). What such a clause says
    he does is the writer's portrait, habitual and unsourced; "Trump, who said …" reports."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "… who fights with reporters, and who claims …"
    if verb.dep_ != "relcl":
        return False
    head = verb.head
    # the parser may tag a name after "the" as a common noun: its capital says otherwise
    if head.pos_ != "PROPN" and not (head.pos_ == "NOUN" and head.text[:1].isupper()):
        return False
    articled = any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in head.children)
    before = verb.left_edge.i - 1
    return articled and before >= 0 and not verb.doc[before].is_punct


_ARTICLES = frozenset({"the", "a", "an", "this", "that"})


# Adjectives that take "for X to say" as something X did ("it was unusual for her to say").
_FACTIVE = frozenset({"unusual", "rare", "remarkable", "striking", "extraordinary", "surprising"})


def _for_to_clause(verb: Token) -> bool:
    """ "awkward for Republicans to say that …", "time for him to admit …": an infinitive
    whose subject "for" introduces is what would be said, not anything X said."""
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not (marked and infinitive):
        return False
    judged = verb.head if verb.dep_ in ("advcl", "xcomp", "ccomp") else verb
    adjectives = [t for t in (judged, *judged.children) if t.pos_ == "ADJ"]
    return not any(a.lower_ in _FACTIVE for a in adjectives)


def _extraposed(head: Token) -> bool:
    """ "It is hard to say", "it will be difficult to answer": an adjective predicate whose
    subject "it" stands for the infinitive after it, not for anyone who could say it."""
    return any(c.dep_ == "acomp" for c in head.children) and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children
    )


# Verbs whose object does what their infinitive or participle says (implicative causatives).
_IMPLICATIVE = frozenset({"force", "compel", "get", "make", "leave", "lead", "prompt", "drive"})


def possessing(verb: Token) -> bool:
    """ "has three ways", "has the power": the main verb *have* with an object."""
    return (
        verb.lemma_.lower() == "have"
        and verb.dep_ not in ("aux", "auxpass")
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def holder(tok: Token) -> bool:
    """A subject that can hold a stance: a name, a personal pronoun, a person or body."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("this", "that", "which", "what")
    return tok.lemma_.lower() in HOLDER_NOUNS or tok.lemma_.lower() in ROLE_NOUNS
