"""A sentence whose subject is a person named only by their role: "The radio host said …",
"The chief judge of the appeals court visited …".

News copy names a person once with their role ("radio host Ada Brandt") and then by the
role alone. Inside the article the reader knows who; a sentence shown alone names no one.
When the document names exactly one person in that role (the extraction's roles of its
people, the role's words around the name), the brief names them in brackets after the role,
the editorial convention ("The radio host [Ada Brandt] said …", as ``titled.name_role``
does for a candidate's office); when it names several, or the role's noun is one of its
people's roles but no one of them fits, the sentence is not shown. A role noun that is no
role of the document's people ("The company said") is left to the checks of definite nouns.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from briefgen.models import Extraction
from briefgen.role_holders import beside_a_name, open_person_noun, trade_holders
from briefgen.titled import DOMINANT

__all__ = ["name_role_subject"]

# A time or an occasion set before the subject with no comma: "During a magazine interview
# last year the bassist said …", "On Friday the detective told …".
_PREPOSED = (
    r"(?:During|In|At|On|After|Before|Since|Earlier|Later|Last)\b[^,;:\"“]{0,40}?\s(?=the\s)"
)
# The subject at the sentence's start, after a preposed time or place ("On Sunday, "): "The",
# up to four modifiers, the head noun, and an "of" phrase of names ("of the Leeds Court of
# Appeals"), then a verb in small letters. A name right after the role ("The radio host
# Ada Brandt said") says who, and a possessive ("The judge's ruling") makes it no subject.
_SUBJECT = re.compile(
    r"^\W*(?:[^,;:\"“]{1,40},\s*|" + _PREPOSED + r")?[Tt]he\s+((?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)"
)
# What may follow the role's noun: an "of" phrase of names ("of the Leeds Court of
# Appeals"), then the predicate, a word in small letters that is no preposition,
# conjunction or relative word ("The host who …" is no subject and verb). A name right after
# the role ("The radio host Ada Brandt said") says who, and a possessive ("The judge's
# ruling") makes it no subject.
_OF_NAMES = (
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of|for|the|and|[A-Z][\w.'’-]*))*)?"
)
_VERB = (
    r"[a-z]+(?:ed|es)|(?!(?:us|news|series|always|perhaps|less|yes|this|its|his|has)\b)[a-z]+[^s\W]s"
    r"|has|had|have|is|was|are|were|will|would|can|could|may|might|must|should|shall|did|does"
    r"|said|told|went|came|made|took|gave|found|threw|met|spoke|wrote|held|left|led|ran|saw"
    r"|sent|set|put|cut|hit|got|began|became|won|lost|kept|brought|bought|thought|sought"
    r"|stood|fought|felt|paid|fell|rose|drew|struck|chose|flew|knew|grew|broke|also|then|later"
)
_THEN_VERB = re.compile(
    rf"(?P<of>{_OF_NAMES})(?![\w'’]|\s+[A-Z\[])(?=\s+[a-z])"
    # a verb: an auxiliary, a past or present form, or an irregular past, an adverb maybe
    # before it ("The mayor later said"); "the prisoner swap came" has a noun after its
    # "prisoner"
    rf"(?=\s+(?:[a-z]+ly\s+)?(?:{_VERB})\b)"
)
# Words between "The" and the head that qualify nothing about who: "the former", "the
# then": kept out of the words a holder's role must give.
_FORMER = re.compile(r"\b(?:former|ex|then|late)\b", re.I)
_DEPUTY = re.compile(r"\b(?:vice|deputy|assistant|associate)\b", re.I)
_LOOSE = frozenset(("former", "then", "new", "current", "longtime", "outgoing", "acting"))
# How far after a person's name the document's words may give the role's qualifiers
# ("Ada Brandt, chief judge of the Leeds court"): the words next to it, in its sentence.
_AROUND = 100


def _head(role: str) -> str:
    """The head noun of a role as the extraction gives it ("Superior Court Judge" ->
    "judge", "chief judge of the Leeds court" -> "judge", "radio hosts" -> "host")."""
    words = re.split(r"\s+(?:of|for|at|in)\s+", role.strip(), maxsplit=1)[0].split()
    if not words:
        return ""
    word = words[-1].lower().strip(".,'’")
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _one(holders: Counter[str]) -> str | None:
    """The one person of ``holders`` (name -> how often the document gives them the role),
    or None: "Ada Brandt" and "Ada Lund Brandt" are one person, and of several the one the
    document names in the role ``DOMINANT`` times more often than the next is the one it
    is about (its "the president")."""
    by_surname: Counter[str] = Counter()
    full: dict[str, str] = {}
    for name, n in sorted(holders.items(), key=lambda h: len(h[0])):
        by_surname[name.split()[-1]] += n
        full[name.split()[-1]] = name
    ranked = by_surname.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] < DOMINANT * ranked[1][1]):
        return None
    return full[ranked[0][0]]


def _role_noun(
    text: str, m: re.Match[str], is_role: Callable[[str], bool]
) -> tuple[str, int, bool] | None:
    """The first word of the subject phrase ``m`` that ``is_role`` (singular), where it ends
    in ``text``, and whether it is plural; None when no word is."""
    at = m.start(1)
    for word in m[1].split():
        at = text.index(word, at) + len(word)
        plural = word.endswith("s") and not word.endswith("ss")
        head = word[:-1] if plural else word
        if is_role(head):
            return head, at, plural
    return None


def _bare(name: str, role: str) -> str:
    """``name`` without the words of its role or a title written before it ("Judge Ada
    Brandt" -> "Ada Brandt")."""
    words = name.split()
    said = {w.lower().strip(".") for w in role.split()} | _TITLES
    while len(words) > 1 and words[0].lower().strip(".") in said:
        words = words[1:]
    return " ".join(words)


_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof"))


def name_role_subject(text: str, start: int, extraction: Extraction | None) -> str | None:
    """``text`` with a subject that names a person only by role ("The radio host") given
    the one person its document names in that role, in brackets ("The radio host [Ada
    Brandt]"); None when the document gives that role to several, or to people none of whom
    fits the role's words. A trade none of its people has as a role ("The detective
    said") is named from the document's words beside a name ("detective Ann Holt"), or
    the sentence is not shown; an office ("The president") or a participant ("the man")
    is left as written to the checks of definite nouns, as is a subject that is no role."""
    m = _SUBJECT.match(text)
    if m is None or extraction is None or text.lstrip()[:1] in "\"“‘'":
        return text  # a quotation's "the two front-runners" is its speaker's
    people = [
        x
        for x in extraction.mentions
        if x.type == "person" and x.kind == "name" and x.role and x.start < start
    ]
    heads = {_head(x.role or "") for x in people}
    # the role's noun: the first word of the phrase that is one of its people's roles,
    # else the first that names a person by a trade ("the detective"); an office no one of
    # them holds ("the president" of a page on the campaign) is the office's holder the
    # corpus is about, and is left as written
    found = _role_noun(text, m, heads.__contains__) or _role_noun(text, m, open_person_noun)
    if found is None:
        return text  # no role of the document's people: "The company said"
    head, at, plural = found
    if plural:
        return text  # "the senators": a group, no one person the reader must be told
    then = _THEN_VERB.match(text, at)
    if then is None:
        return text  # no subject and verb: "The host who …", "The judge's ruling"
    end = then.start() + len(then["of"])
    if head not in heads:
        # a trade the document writes beside a name only in its words ("detective Ann
        # Holt"), or never: "the bassist" is who the article's context says
        name = _one(
            Counter({_bare(n, head): k for n, k in trade_holders(head, start, extraction).items()})
        )
        if name is None:
            if beside_a_name(head, start, extraction):
                return text  # "the sheriff, Ann Ruiz": the definite checks name it
            return None
        return _named_after(text, end, name)
    roles = [x for x in people if _head(x.role or "") == head]
    mods = text[m.start(1) : at].split()[:-1]
    qualifiers = [w for w in mods if w not in _LOOSE]
    qualifiers += [w for w in then["of"].split() if w[:1].isupper()]
    document = extraction.document.text
    holders: Counter[str] = Counter()
    for x in roles:
        # up to its sentence's end: "U.S." and "D.C." end no sentence
        after = re.split(r"(?<!\b[A-Z])[.;]\s", document[x.end : x.end + _AROUND], maxsplit=1)[0]
        around = f"{x.text} {x.role} {after}"
        if _FORMER.search(around) and not _FORMER.search(" ".join(mods)):
            continue  # "the president" is no former president
        if _DEPUTY.search(x.role or "") and not _DEPUTY.search(" ".join(mods)):
            continue  # nor its vice president
        if all(re.search(rf"(?<![\w-]){re.escape(q)}(?![\w-])", around, re.I) for q in qualifiers):
            holders[_bare(x.text, x.role or "")] += 1
    name = _one(holders)
    if name is None:
        return None  # which person holds the role, only the article says
    return _named_after(text, end, name)


def _named_after(text: str, end: int, name: str) -> str:
    """``text`` with ``name`` in brackets after its subject's role (ending at ``end``), or
    as written when it names them itself."""
    if re.search(rf"\b{re.escape(name.split()[-1])}\b", text):
        return text  # the sentence names them itself
    return f"{text[:end]} [{name}]{text[end:]}"
