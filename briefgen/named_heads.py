"""A definite noun taking up a name the sentences before gave: "the independent school".

News writing names a place or a body once ("Alleyn's School in Dulwich", "the House
Financial Services Committee") and then takes it up by its head noun, maybe described
anew: "A sixth pupil from the independent school …", "the committee voted". Out of its
article such a sentence names nothing: which school, only the sentence before says. The
name is short and proper, so the editorial convention gives it in brackets ("[House
Financial Services Committee] approved …"). When the sentences before name two (the
Democratic and the Republican Party), which one is meant is not safe to tell, nor is it when
the phrase describes it in words the name lacks ("the state party" after "Democratic
Party" is a state's party): the sentence is not shown.

The story's own words do not excuse such a phrase (``anaphora.story_words`` does for "the
virus"): "school" in a story of school closures is a word every article uses, but "the
school" still names one school, the one named just before.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from briefgen.extract.quotes import without_quotations

__all__ = ["NamedHead", "name_head", "named_head"]

# A proper name of two or more capitalised words ending on its head noun: "Alleyn's
# School", "House Financial Services Committee", "Royal Free Hospital".
_NAME = re.compile(r"(?<![\w.'’-])((?:[A-Z][\w'’&-]*\s+){1,5})([A-Z][a-z]{2,})\b(?![\w'’-])")
# Words that open a sentence or a phrase with a capital and are no part of a name.
_NOT_NAME = frozenset(
    """The A An In On At By For From With But And Or So Yet It He She They We This That These
    Those There As If When While After Before Since According Meanwhile However Then Now
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Mr Mrs Ms Dr""".split()  # noqa: SIM905 - a word list reads best as prose
)
# "the" and the lower-case words after it, up to three: "the independent school", "the
# committee voted". Any of them may be the head noun; a name, a number or a clause after it
# says which ("the school, Alleyn's", "the committee of inquiry", "the school where ...").
_THE = re.compile(r"\b[Tt]he((?:\s+[a-z][\w-]*){1,3})")
_SAYS_WHICH = re.compile(
    r"(?!['’]s\b)[\w'’-]|,?\s+[A-Z\[(\"“\d]|\s+(?:of|in|at|from|near|who|whom|whose|which|that|where"
    r"|called|named|known|for|on|over|about|against|under|between|with|to)\b"
)
# Heads that are places the scope and the definite readers name ("the state", "the city":
# ``scope``, ``standalone.resolve_definite``), or that a name ends on without being what a
# lower-case use means ("NBC News" is no "the news", "The Washington Post" no "the post").
_OTHER_READERS = frozenset(
    """state states country city town nation capital region province news press media post
    times world people public""".split()  # noqa: SIM905 - a word list reads best as prose
)


@dataclass(frozen=True)
class NamedHead:
    """A definite phrase of a sentence (``start``-``end`` in it, e.g. "the independent
    school") and the names the sentences before give its head noun ("Alleyn's School")."""

    start: int
    end: int
    names: frozenset[str]


def named_head(text: str, before: str, known: Collection[str] | None = None) -> NamedHead | None:
    """The first definite phrase of ``text``'s narration that takes up, by its head noun, a
    name ``before`` (the text just before it) gives and ``text`` does not, or None. With
    ``known`` (the names of actors the extraction found), only a name among them counts: a
    headline's capitals ("Oil Prices Keep Market Gains") name nothing."""
    narration = without_quotations(text)
    phrases = list(_THE.finditer(narration))
    # only a name whose head noun a definite phrase here could take up is looked for
    wanted = {form for m in phrases for word in m[1].split() for form in (word, _singular(word))}
    if not wanted:
        return None
    heads = _names_by_head(before, known, wanted)
    if not heads:
        return None
    for m in phrases:
        at = m.start(1)
        for word in m[1].split():
            at = narration.index(word, at) + len(word)
            names = heads.get(word) or heads.get(_singular(word))
            if not names or word in _OTHER_READERS or _SAYS_WHICH.match(narration, at):
                continue
            if _plural_of_one(word, names, heads):
                continue  # "the computers" after "Apple Computer": a kind, not that firm
            if any(name in text for name in names):
                break  # "Alleyn's School said the school would reopen": named here
            return NamedHead(m.start(), at, frozenset(names))
    return None


def name_head(text: str, before: str, known: Collection[str] | None = None) -> str | None:
    """``text`` with a phrase taking up a name given before (``named_head``) replaced by
    that name in brackets ("the committee" -> "[House Financial Services Committee]");
    ``text`` when it has none; None when the sentences before give its head noun two names,
    or the phrase describes it in words the name does not hold ("the independent school"
    after "Alleyn's School": the same school, or another the article will name)."""
    found = named_head(text, before, known)
    if found is None:
        return text
    if len(found.names) != 1:
        return None
    (name,) = found.names
    said = text[found.start : found.end].split()[1:-1]
    if not {w.lower() for w in said} <= {w.lower() for w in name.split()}:
        # "the independent school", "the state party": a word the name does not hold may
        # tell another thing than the one named (the state's party, a park's skate park)
        return None
    # a body's name keeps its article ("[the Supreme Court]'s decision"); one owned by a
    # person or a place ("Alleyn's School") takes none
    article = text[found.start : found.start + 3] if "'" not in name and "’" not in name else ""
    return f"{text[: found.start]}[{article}{' ' if article else ''}{name}]{text[found.end :]}"


def _names_by_head(
    before: str, known: Collection[str] | None, wanted: Collection[str]
) -> dict[str, set[str]]:
    """The names ``before`` gives (of ``known`` ones, when given) whose head noun, in lower
    case, is one of ``wanted``, by that head noun."""
    heads: dict[str, set[str]] = {}
    found: set[str] | None = None
    before = "\n".join(line for line in before.split("\n") if not _title_case(line))
    for m in _NAME.finditer(without_quotations(before)):
        words = m[1].split()
        while words and words[0].rstrip(".,") in _NOT_NAME:
            words = words[1:]  # "The House Financial Services Committee": "The" opens it
        if not words or m[2] in _NOT_NAME or m[2].lower() not in wanted:
            continue
        if len(m[1].split()) == 1 and _INITIAL_BEFORE.search(before, 0, m.start()):
            continue  # "T. Rowe Price": a person's name (a firm's after one), no head noun
        name = " ".join([*words, m[2]])
        if known is not None and found is None:
            found = {_bare(k) for k in known}
        if found is not None and not any(_same_name(name, k) for k in found):
            continue  # no actor the extraction found: a headline's or a title's capitals
        heads.setdefault(m[2].lower(), set()).add(name)
    return heads


# An initial right before a name: "T. Rowe Price", "J. Holt Reed" (a person's name shape).
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.\s+$")


def _plural_of_one(word: str, names: Collection[str], heads: dict[str, set[str]]) -> bool:
    """Whether ``word`` is a plural taking up a single name of its singular head: "the
    computers say sell" after "Apple Computer" tells of computers, not of that firm (the
    plural of several names, "the schools" after two schools, still takes them up)."""
    return word not in heads and len(names) == 1


# A headline in title case ("Hillary's Security Clearance at Risk"), a line with no full
# stop, capitalises every word: its capitals name nothing.
TITLE_CASE_SHARE = 0.6


def _title_case(line: str) -> bool:
    """Whether ``line`` is unpunctuated and most of its longer words open with a capital:
    a headline's case."""
    if line.rstrip().endswith((".", "!", "?", '"', "”", "’")):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _same_name(name: str, mention: str) -> bool:
    """Whether ``name`` is the actor ``mention`` or holds it, or the other way round, by
    whole words ("Financial Services Committee" of "House Financial Services Committee",
    "Alleyn's School" of "Alleyn's School in Dulwich")."""
    if name == mention:
        return True
    longer, shorter = (name, mention) if len(name) > len(mention) else (mention, name)
    return len(shorter.split()) > 1 and f" {shorter} " in f" {longer} "


def _bare(name: str) -> str:
    """A mention's name without a leading article ("the Supreme Court" -> "Supreme Court")."""
    return re.sub(r"^[Tt]he\s+", "", name.strip())


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
