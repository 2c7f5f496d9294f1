"""What a cue does to its content: the verb group as written, its polarity and its modality.

A position shown without its verb can read as its opposite: "did not recommend that charges
be brought" is not "charges be brought". This module reads, off the dependency parse, the
cue's verb group ("did not recommend", "can no longer claim", "was not confident"), whether
it negates the content (a negator in the group, or a verb of denial such as "denied",
"refused"; two negations cancel: "did not deny") and whether it is hedged (a modal of
possibility on the cue or the reported clause: "might", "could", "may", "would consider";
or a gloss or hearsay adverb on the cue, kept in it: "essentially told", "reportedly said").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.models import Modality, Polarity

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words that negate the verb they modify.
NEGATORS = frozenset({"not", "n't", "never", "no", "nor", "neither", "nt"})
# Verbs whose act is the negation of their content: "denied that …", "refused to …".
NEGATING_CUES = frozenset(
    {"deny", "refuse", "decline", "reject", "dispute", "dismiss", "refute", "rebut", "contradict"}
)
# Prepositions that negate the verb they take: "decided against recommending", "without
# recommending".
PREP_NEGATORS = frozenset({"against", "without"})
# Modals of possibility: the speaker holds the content only as a possibility.
HEDGE_MODALS = frozenset({"may", "might", "could", "would"})
# The same for the reported clause; "would" there is a reported future ("said he would go").
CONTENT_HEDGES = frozenset({"may", "might", "could"})
HEDGE_ADVERBS = frozenset({"perhaps", "possibly", "maybe", "probably", "likely"})
# Adverbs on the cue that make it the writer's gloss or hearsay, not the speaker's words:
# "essentially told them to shut up", "reportedly said", "allegedly threatened". Left out,
# the line would put the gloss in the speaker's mouth; kept in the cue, it reads as written.
CUE_HEDGES = frozenset(
    """
    essentially effectively basically virtually practically reportedly allegedly
    apparently supposedly purportedly ostensibly
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


@dataclass(frozen=True)
class Stance:
    """A cue as written (``did not recommend``), its polarity and its modality."""

    cue: str
    polarity: Polarity = "asserted"
    modality: Modality = "plain"


def _negator(tok: Token) -> bool:
    if tok.dep_ == "neg" or tok.lower_ in ("not", "n't", "never"):
        return True
    if tok.lower_ in ("nor", "neither") and tok.i < tok.head.i:
        return True  # "Nor is it clear that …": opening the clause it negates
    # "no longer", "no more": "no" negates through the adverb it modifies
    return tok.lower_ == "no" and tok.head.dep_ == "advmod"


def _prep_negator(cue: Token) -> int:
    """Index of the "against"/"without" that takes the cue as its object, else -1."""
    head = cue.head
    return head.i if cue.dep_ == "pcomp" and head.lower_ in PREP_NEGATORS else -1


def _group(verb: Token) -> list[Token]:
    """The verb with its auxiliaries, negators and particle: "can no longer claim"."""
    out = [verb]
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "prt":
            out.append(child)
            continue
        # only words of the verb group itself: right before the verb, no comma between
        # ("Probably not," she said: the "not" is not hers)
        left, right = child.left_edge.i, child.right_edge.i
        if child.dep_ == "neg" and verb.pos_ == "AUX" and 0 < left - verb.i <= 2:
            out.append(child)  # "was not confident", "weren't concerned"
            continue
        if right >= verb.i or verb.i - right > 4 or any(t.is_punct for t in doc[left : verb.i]):
            continue
        if child.dep_ in ("aux", "auxpass", "neg") and child.lower_ != "to":
            out.append(child)
        elif (
            child.dep_ == "advmod" and right - left < 2 and any(_negator(t) for t in child.subtree)
        ):
            out.extend(child.subtree)
        elif child.dep_ == "advmod" and child.lower_ in HEDGE_ADVERBS | CUE_HEDGES:
            out.append(child)
        elif _in_effect(child):
            out.extend(child.subtree)  # "in effect told them …": a gloss like "essentially"
        elif child.lower_ in ("nor", "neither"):
            out.append(child)  # "Nor is it clear that …": the inverted clause is negated
    return out


def _in_effect(tok: Token) -> bool:
    """Whether ``tok`` opens the adverbial "in effect" ("in effect told them …")."""
    if tok.dep_ != "prep" or tok.lower_ != "in":
        return False
    rest = [t.lower_ for t in tok.subtree if t.i != tok.i]
    return rest == ["effect"]


def _cue_tokens(cue: Token) -> list[Token]:
    """The tokens that make up a cue's verb group, from the cue up to what governs it."""
    tokens = _group(cue)
    head = cue.head
    if cue.dep_ == "acomp" and head.i != cue.i:  # "was not confident that …"
        tokens += _group(head)
    elif cue.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and head.i != cue.i:
        # "refused to say", "did not want to comment": the governing verb is part of the cue
        tokens += _group(head)
        tokens += [c for c in cue.children if c.dep_ == "aux" and c.lower_ == "to"]
    elif cue.dep_ == "pcomp" and head.lower_ in PREP_NEGATORS:
        # "decided against recommending charges", "closed the case without recommending":
        # the preposition, and the verb that opts against, belong to the cue and negate it
        tokens.append(head)
        if head.lower_ == "against" and head.head.pos_ in ("VERB", "AUX"):
            tokens += _group(head.head)
    return sorted(set(tokens), key=lambda t: t.i)


def _as_written(tokens: list[Token]) -> str:
    """The tokens joined as the text writes them, adverbs between them kept ("has also said")."""
    doc = tokens[0].doc
    kept = {t.i for t in tokens}
    first, last = tokens[0].i, tokens[-1].i
    words = [
        t for t in doc[first : last + 1] if t.i in kept or (t.pos_ == "ADV" and t.dep_ == "advmod")
    ]
    parts: list[str] = []
    for n, t in enumerate(words):
        nxt = words[n + 1] if n + 1 < len(words) else None
        parts.append(t.text_with_ws if nxt is not None and nxt.i == t.i + 1 else t.text + " ")
    return "".join(parts).strip()


def read_stance(
    cue: Token | None, content: Span | None = None, lead: Span | None = None
) -> Stance | None:
    """The stance of a cue over its content; None without a cue.

    Negations in the cue's verb group and verbs of denial are counted: an odd count negates
    ("did not recommend", "denied"), an even one does not ("did not deny"). ``lead`` is the
    unquoted start of a reported clause whose rest is a quotation ('advised them not to
    "read … any news report"'): a negator there belongs to the cue, which then reads on to
    the quotation ("advised them not to").
    """
    if cue is None:
        return None
    tokens = _cue_tokens(cue)
    if lead is not None and any(_negator(t) for t in lead):
        words = {t for t in cue.doc[cue.i : lead.end] if not t.is_punct}
        tokens = sorted(set(tokens) | words, key=lambda t: t.i)
    negations = sum(1 for t in tokens if _negator(t) or t.i == _prep_negator(cue))
    negations += sum(
        1
        for t in tokens
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in NEGATING_CUES and t.dep_ != "aux"
    )
    hedged = any(
        (t.tag_ == "MD" and t.lower_ in HEDGE_MODALS)
        or t.lower_ in HEDGE_ADVERBS | CUE_HEDGES
        or (t.lower_ == "effect" and t.head.lower_ == "in")
        for t in tokens
    )
    if not hedged and content is not None:
        root = content.root
        hedged = any(
            (c.dep_ == "aux" and c.lower_ in CONTENT_HEDGES)
            or (c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS)
            for c in root.children
        )
    return Stance(
        cue=_as_written(tokens) if cue.lower_ != "according" else f"{cue.text} to",
        polarity="negated" if negations % 2 else "asserted",
        modality="hedged" if hedged else "plain",
    )
