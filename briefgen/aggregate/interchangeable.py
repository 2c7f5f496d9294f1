"""Two names of one body that only the way writers use them ties together.

No text spells "GOP" out as "Republican", yet the corpus shows they are one party: the same
person is "the GOP nominee" in one story and "the Republican nominee" in another. That is
the evidence used here: two organisations' names that stand as the modifier of the same
role ("presidential nominee", "front-runner") before the same person. A different role of
one person ("Senate majority leader" and "Republican leader") gives none, two rival
bodies never describe one person's same role, and two names written side by side
("Senate Republicans") are two bodies, whatever the roles say. Two shared roles join the
names; so does one, even written once under each name (a week's corpus seldom repeats
it), when no text writes the two names as two bodies ("Democrats and Republicans", which
a slip between rival parties or a person's switch of sides would also be written beside).
A role is compared without its adjective qualifiers ("presumptive", "presidential"), which
say how sure or which contest, not which office.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from itertools import combinations

from briefgen.aggregate.actortypes import actor_type
from briefgen.aggregate.linking import Union
from briefgen.aggregate.names import NAMED
from briefgen.extract.actors import plain
from briefgen.models import Mention

# One person described so under two names, for two different roles or in two different
# ways, before the names count as one body: a single pairing can be a slip or a switch of
# sides ("the Democratic senator", years later "the Republican senator").
MIN_SHARED_ROLES = 2
# ... or one role, when the two names are never written as two bodies side by side (see
# ``_written_as_two``): a week's corpus seldom writes one description in two sources.
REASON = "used interchangeably before the same person's role"

# "GOP presidential nominee Donald Trump": capitalised name words, then the role's own
# lower-case words, right before the person's name. At most three of each.
_BEFORE_NAME = re.compile(
    r"(?:^|[^\w'’])((?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*?)(?:['’]s)?"
    r"((?:\s+[a-z][\w-]*){1,3})\s+$"
)
# "presumptive Republican nominee", "the GOP's presumptive nominee": lower-case qualifiers
# may stand before the name as well as after it; both are the role's words.
_ROLE = re.compile(
    r"((?:[a-z][\w-]*\s+){0,2})((?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*?)(?:['’‘]s)?"
    r"((?:\s+[a-z][\w-]*)+)$"
)
# A role's qualifiers that say which contest or how sure, not which office: adjectives by
# their English endings ("presumptive", "presidential", "likely", "probable"). "the GOP's
# presumptive nominee" and "the Republican presidential nominee" are one role, "nominee";
# "majority leader" keeps its noun and stays another role than "leader". Not the endings
# nouns of office share ("assistant", "president", "assembly").
_QUALIFIER = re.compile(r"^[a-z]+(?:ive|ial|ely|able|ible)$")
_LOOKBACK = 80
_DETERMINER = re.compile(r"^(?:the|a|an|his|her|their|its)\s+", re.IGNORECASE)
_SUFFIX = re.compile(r"\s+party$|s$", re.IGNORECASE)
# "front-runner", "frontrunner" and "front runner" are one role
_ROLE_SPELLING = re.compile(r"[\s-]+")
# Two names written as two bodies: coordinated or set against each other.
_AS_TWO = r"(?:['’]s)?\s*(?:,|and|or|nor|vs\.?|versus|&|/|-)\s*(?:the\s+)?"


def link_interchangeable(mentions: Sequence[Mention], uf: Union, texts: Mapping[str, str]) -> None:
    """Join organisation clusters whose names describe the same persons' same roles."""
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        members[uf.find(i)].append(i)
    forms = _org_forms(mentions, members)
    # (person, role) -> each organisation described so -> the documents describing it so
    described: dict[tuple[int, str], dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for i, m in enumerate(mentions):
        if m.type != "person" or m.kind not in NAMED:
            continue
        for tails, role in _described_as(m, texts.get(m.doc, "")):
            # One written description names one body: the longest of its tails that is an
            # organisation's name ("White House press secretary" names the White House, not
            # also the House that its last word would name alone).
            org = next((o for t in tails if (o := forms.get(t.casefold())) is not None), None)
            if org is not None:
                described[(uf.find(i), _role_key(role))][org].add(m.doc)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for orgs in described.values():
        for a, b in combinations(sorted(orgs), 2):
            shared[(a, b)] += 1
    names = {root: _names(mentions, members[root]) for root in {r for p in shared for r in p}}
    for (a, b), count in sorted(shared.items()):
        if _written_together(names[a], names[b], texts):
            continue
        # One role, even written once under each name, is no slip when no text writes the
        # two names as two: a slip or a switch of sides is between rival bodies, which
        # the texts write as two ("Democrats and Republicans", "Republican or Democratic
        # candidates").
        if count >= MIN_SHARED_ROLES or not _written_as_two(names[a], names[b], texts):
            uf.join(members[a][0], members[b][0], REASON)


def _org_forms(mentions: Sequence[Mention], members: Mapping[int, list[int]]) -> dict[str, int]:
    """Each organisation's names as a modifier can write them ("Republican" for the
    Republican Party, "Democrat" for the Democrats), mapped to the one cluster that has it."""
    owners: dict[str, set[int]] = defaultdict(set)
    for root, idx in members.items():
        ms = [mentions[i] for i in idx]
        if actor_type(ms) != "org":
            continue
        for name in _names(mentions, idx):
            for form in {name, _SUFFIX.sub("", name)}:
                if form:
                    owners[form.casefold()].add(root)
    return {form: next(iter(roots)) for form, roots in owners.items() if len(roots) == 1}


def _names(mentions: Sequence[Mention], idx: Sequence[int]) -> set[str]:
    return {plain(mentions[i].text) for i in idx if mentions[i].kind in NAMED}


def _described_as(m: Mention, text: str) -> Iterator[tuple[list[str], str]]:
    """(modifier tails, role) pairs describing the person named by ``m``: from the words
    written right before the name, and from the role the extraction attached to it."""
    found = _BEFORE_NAME.search(text[max(0, m.start - _LOOKBACK) : m.start])
    if found:
        yield _modifiers(found.group(1)), found.group(2).strip().casefold()
    if m.role:
        parts = _ROLE.match(_DETERMINER.sub("", plain(m.role)))
        if parts:
            role = f"{parts.group(1)} {parts.group(3)}"
            yield _modifiers(parts.group(2)), " ".join(role.split()).casefold()


def _role_key(role: str) -> str:
    """The role as compared between names: its qualifiers dropped, one spelling of
    "front-runner"; its head noun is always kept."""
    *mods, head = role.split()
    kept = [w for w in mods if not _QUALIFIER.match(w)]
    return _ROLE_SPELLING.sub("", " ".join([*kept, head]))


def _modifiers(capitalised: str) -> list[str]:
    """ "Texas Republican" may be a name or a place before one: each tail of the words,
    the longest first."""
    words = _DETERMINER.sub("", capitalised).split()
    return [" ".join(words[k:]) for k in range(len(words))]


def _written_together(a: set[str], b: set[str], texts: Mapping[str, str]) -> bool:
    """True when a name of one stands right beside a name of the other anywhere
    ("Senate Republicans", "the Republican Senate"): then they are two bodies."""
    pairs = [(x, y) for x in a for y in b] + [(y, x) for x in a for y in b]
    together = re.compile(
        "|".join(rf"\b{re.escape(x)}(?:['’]s)?\s+{re.escape(_SUFFIX.sub('', y))}" for x, y in pairs)
    )
    return any(together.search(t) for t in _naming_both(a, b, texts))


def _naming_both(a: set[str], b: set[str], texts: Mapping[str, str]) -> Iterator[str]:
    """The texts holding a name of each, as written without its suffix ("Republican" of
    "Republicans"), which every name and form the patterns above join holds: a plain
    substring test passes over a text far faster than a pattern of every pair, and the
    pairs to ask grow with the corpus as its texts do."""
    if not a or not b:  # no pair: the empty pattern, which every text matches
        yield from texts.values()
        return
    stems_a = {_SUFFIX.sub("", x) for x in a}
    stems_b = {_SUFFIX.sub("", y) for y in b}
    for t in texts.values():
        if any(s in t for s in stems_a) and any(s in t for s in stems_b):
            yield t


def _written_as_two(a: set[str], b: set[str], texts: Mapping[str, str]) -> bool:
    """True when a name of one is coordinated with or set against a name of the other
    anywhere ("Democrats and Republicans", "the GOP or the Democrats", "Labour-Tory"):
    writers never join one body's two names so."""
    forms_a = {f for x in a for f in (x, _SUFFIX.sub("", x)) if f}
    forms_b = {f for x in b for f in (x, _SUFFIX.sub("", x)) if f}
    pairs = [(x, y) for x in forms_a for y in forms_b] + [(y, x) for x in forms_a for y in forms_b]
    two = re.compile(
        "|".join(rf"\b{re.escape(x)}(?:s|\s+[Pp]arty)?{_AS_TWO}{re.escape(y)}\b" for x, y in pairs)
    )
    return any(two.search(t) for t in _naming_both(a, b, texts))
