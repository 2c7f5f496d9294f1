"""Trimming a clause to a short readable description, faithfully, from its parse.

Subject, verb, objects and the closest modifiers are kept in source order; clauses,
asides and the date itself are dropped; long phrases are cut to their heads until
the description has at most ``MAX_WORDS`` words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefgen import speech_verbs

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "EVENT_NOUNS",
    "MAX_WORDS",
    "REPORTING",
    "clause_tokens",
    "definite",
    "happening",
    "lemma_of",
    "points_back",
    "render",
    "same_participant",
    "subject",
]

MAX_WORDS = 25

# Dependency labels kept when trimming a clause to its core.
_CORE_DEPS = {
    "nsubj",
    "nsubjpass",
    "csubj",
    "expl",
    "aux",
    "auxpass",
    "neg",
    "prt",
    "dobj",
    "dative",
    "attr",
    "oprd",
    "acomp",
    "xcomp",
    "agent",
    "prep",
    "npadvmod",
    "advmod",
    "ccomp",
}
_TEMPORAL_DEPS = {"prep", "npadvmod", "advmod", "tmod", "advcl"}
# Inside kept subtrees these attach whole clauses or asides: dropped.
_PRUNE_DEPS = {"relcl", "advcl", "appos", "parataxis", "ccomp", "acl", "conj", "cc", "punct"}
# Modifiers dropped first when a description is too long.
_OPTIONAL_DEPS = ("advmod", "npadvmod", "prep", "ccomp")
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}


def _subtree(token: Token, skip: set[int]) -> list[Token]:
    """``token`` and its dependents, without clauses, asides and the date itself.

    Walked with an explicit stack, not recursion: a parse of a very long sentence can be
    a chain thousands of tokens deep, deeper than Python's recursion limit.
    """
    out: list[Token] = []
    stack = [token]
    while stack:
        node = stack.pop()
        out.append(node)
        kept = [
            child
            for child in node.children
            if child.i not in skip and not (child.dep_ in _PRUNE_DEPS and not _joiner(child))
        ]
        # Reversed, so the first child is visited first: the same order as a recursive walk.
        stack.extend(reversed(kept))
    return out


def _joiner(token: Token) -> bool:
    """Punctuation inside a word ("Afghan-Tajik", "three-member"): kept with it."""
    if not token.is_punct or token.whitespace_ or token.i == 0:
        return False
    return not token.doc[token.i - 1].whitespace_


def clause_tokens(verb: Token, timex: Span | None) -> list[Token]:
    """The trimmed clause of ``verb``: core arguments and modifiers, in text order."""
    skip: set[int] = set()
    if timex is not None:
        skip.update(range(timex.start, timex.end))
        # The modifier carrying the date ("back in 2014", "by the end of August") goes.
        node = timex.root
        while node.head.i not in (verb.i, node.i):
            node = node.head
        if node.head.i == verb.i and node.dep_ in _TEMPORAL_DEPS:
            skip.update(t.i for t in node.subtree)
        head = timex.root.head
        if head.dep_ == "prep" and all(c.i in skip for c in head.children):
            skip.add(head.i)
    kept: dict[str, list[list[Token]]] = {}
    for child in verb.children:
        if child.i in skip or child.dep_ not in _CORE_DEPS:
            continue
        kept.setdefault(child.dep_, []).append(_subtree(child, skip))
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        # "contacts ..., which it has been developing": the noun leads the clause.
        kept["head"] = [_subtree(verb.head, skip | {verb.i})]
    elif not any(dep in kept for dep in _SUBJECT_DEPS):
        subject = _inherited_subject(verb)
        if subject is not None:
            kept["nsubj"] = [_subtree(subject, skip)]
    tokens = _flatten(verb, kept)
    for dep in _OPTIONAL_DEPS:
        while _words(tokens) > MAX_WORDS and kept.get(dep):
            kept[dep].pop()
            tokens = _flatten(verb, kept)
    if _words(tokens) > MAX_WORDS:
        for dep, groups in kept.items():
            kept[dep] = [_head_phrase(group) for group in groups]
        tokens = _flatten(verb, kept)
    return tokens


def _inherited_subject(verb: Token) -> Token | None:
    """A conjoined or complement verb borrows the subject of the verb it attaches to."""
    node = verb
    for _ in range(5):
        if node.dep_ not in ("conj", "xcomp", "advcl") or node.head is node:
            return None
        node = node.head
        for child in node.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child
    return None


def _head_phrase(group: list[Token]) -> list[Token]:
    """A long phrase cut to its head and the words right before it."""
    head = group[0]
    return [t for t in group if t.i == head.i or (t.head.i == head.i and t.i < head.i)]


def _flatten(verb: Token, kept: dict[str, list[list[Token]]]) -> list[Token]:
    tokens = {verb.i: verb}
    for groups in kept.values():
        for group in groups:
            tokens.update((t.i, t) for t in group)
    return [tokens[i] for i in sorted(tokens)]


def _words(tokens: Sequence[Token]) -> int:
    return sum(1 for t in tokens if not t.is_punct)


def render(tokens: Sequence[Token]) -> str:
    """Join the kept tokens as written; gaps left by dropped words become one space."""
    parts: list[str] = []
    for n, token in enumerate(tokens):
        following = tokens[n + 1] if n + 1 < len(tokens) else None
        if following is not None and following.i == token.i + 1:
            parts.append(token.text_with_ws)
        else:
            parts.append(token.text + " ")
    text = re.sub(r"\s+", " ", "".join(parts)).strip()
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text)
    text = re.sub(r"^[\W_]+|[\s,;:(\-–—]+$", "", text)
    text = _unpaired_marks_dropped(text)
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


def _unpaired_marks_dropped(text: str) -> str:
    """``text`` without a curly quotation mark whose pair the clause left out ("said she
    had been “practically kidnapped by the boyfriend"): half a quotation reads as garble."""
    keep = [True] * len(text)
    opened: list[int] = []
    for i, c in enumerate(text):
        if c == "“":
            opened.append(i)
        elif c == "”":
            if opened:
                opened.pop()
            else:
                keep[i] = False
    for i in opened:
        keep[i] = False
    if all(keep):
        return text
    return re.sub(r"\s{2,}", " ", "".join(c for c, k in zip(text, keep, strict=True) if k)).strip()


# Nouns that name a happening of their own: "staged a press conference".
EVENT_NOUNS = frozenset(
    [
        "conference",
        "meeting",
        "summit",
        "talk",
        "talks",
        "visit",
        "briefing",
        "trip",
        "ceremony",
        "session",
        "negotiation",
        "consultation",
    ]
)
# Verbs that only report speech or thought: never a happening of their own.
REPORTING = speech_verbs.REPORTING
_NON_PRONOUN = {"NOUN", "PROPN"}


def lemma_of(token: Token) -> str:
    """The token's dictionary form, lowercased (its own form when the model has no
    lemmatizer)."""
    return (token.lemma_ or token.lower_).lower()


def happening(tokens: Sequence[Token]) -> Token | None:
    """The verb of a concrete past happening in a sentence, or None.

    A verb whose object or subject is an event noun ("staged a press conference",
    "while holding talks") comes first, else the main verb. The main verb must be
    in the simple past (or a passive/pluperfect past) and not a reporting verb:
    "said", "added" date nothing; plans, musings and present states neither.
    """
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in REPORTING:
        return None
    past = root.tag_ == "VBD" or (
        root.tag_ == "VBN"
        and any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in root.children)
    )
    if not past or any(c.tag_ == "MD" for c in root.children) or root.pos_ != "VERB":
        return None
    for t in tokens:
        if t.pos_ != "VERB" or t.lemma_.lower() in REPORTING or t.dep_ in ("xcomp", "ccomp"):
            continue
        if any(c.tag_ in ("MD", "TO") for c in t.children):
            continue
        if any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in EVENT_NOUNS
            for c in t.children
        ):
            return t
    return root


def subject(verb: Token) -> Token | None:
    """The subject of ``verb``, its own or the one it borrows."""
    own = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    return own if own is not None else _inherited_subject(verb)


def same_participant(a: Token | None, b: Token | None) -> bool:
    """Two subjects with one noun head ("a delegation" ... "the Taliban delegation")."""
    if a is None or b is None or a.pos_ not in _NON_PRONOUN or b.pos_ not in _NON_PRONOUN:
        return False
    return a.lemma_.lower() == b.lemma_.lower()


def definite(token: Token) -> bool:
    """A noun phrase that points back: "the delegation", "this meeting", "its envoys"."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these"))
        for c in token.children
    )


# A sentence that opens by pointing at the happening just told: "at the end of which".
_POINTING = re.compile(
    r"^\W*(?:(?:however|and|then)\W+)?(?:(?:immediately|shortly|soon|just|right)\s+)?"
    r"(?:at\s+the\s+(?:end|close|start|beginning|height)\s+of|after|during|following"
    r"|in\s+the\s+(?:course|wake)\s+of|on\s+the\s+sidelines\s+of)"
    r"\s+(?:(?:which|it|this|that)\b|(?:the|these|those)\s+([a-z]+))",
    re.I,
)


def points_back(sentence: str, told: set[str]) -> int:
    """The length of an opening phrase pointing at the event just told, else 0.

    "at the end of which", "after that" always point back; "after the talks" only
    when the previous sentence (its lemmas ``told``) names talks.
    """
    match = _POINTING.match(sentence)
    if match is None:
        return 0
    noun = match.group(1)
    if noun is not None and not {noun.lower(), noun.lower().rstrip("s")} & told:
        return 0
    return match.end()
