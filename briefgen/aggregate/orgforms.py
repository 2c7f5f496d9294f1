"""Organisations' short names and divisions: "the Times" after "The New York Times" in one
document, "BBC News" a service of the BBC."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING

from briefgen.aggregate.actortypes import ORG_HEADS
from briefgen.aggregate.companies import firm_name
from briefgen.aggregate.names import NAMED, is_acronym, name_key, org_key, word_tuple
from briefgen.aggregate.placenames import names_a_place
from briefgen.extract.actors import plain
from briefgen.extract.namefit import person_shaped
from briefgen.models import Mention

if TYPE_CHECKING:
    from briefgen.aggregate.linking import Union


# The parties of English-language politics whose members news names by a plural noun
# ("Democrats", "Conservatives") and whose adjective names their people ("Republican
# leaders"): a chamber's members below, a side's people in ``moods``.
PARTY_WORDS = ("Democrat", "Republican", "Conservative", "Liberal")
PARTY_MEMBERS = rf"(?:{'|'.join(PARTY_WORDS)})s?"

# A chamber of a legislature named with what only a chamber has: its members and leaders
# after it ("House Democrats", "House members", "House Speaker", "House Minority Leader"),
# its bills, votes and side of the building ("the House bill", "on the House side"), its
# passing or voting ("the House passed", "passed the House") and its
# sister chamber beside it ("the House and the Senate", "the Senate and the House"). Not
# "by the", "in the": "reviewed by The Post" is a paper, "in the House" may be any house.
_CHAMBER_AFTER = re.compile(
    rf"(?:['’]s?)?\s+(?:{PARTY_MEMBERS}|members?|MPs?|"
    r"lawmakers|legislators|Speaker|Majority|Minority|leaders?|whips?|bills?|votes?|"
    r"voted|passed|approved|rejected|floor|side|seats?|majority|minority|"
    r"and\s+(?:the\s+)?(?:Senate|Lords|Assembly))\b"
)
_CHAMBER_BEFORE = re.compile(
    r"\b(?:(?:passed|pass|passes|control of|majority in|majorities in|floor of|"
    r"members of|Speaker of)\s+the|(?:Senate|Lords|Assembly)\s+and(?:\s+the)?)\s+$",
    re.IGNORECASE,
)


def names_a_chamber(m: Mention, text: str) -> bool:
    """Whether a one-word name is written as a chamber of a legislature: with its members,
    its bills and votes, or beside its sister chamber (the patterns above)."""
    if text[m.start : m.end] != m.text:
        return False
    # "the House" read with its article: the cues stand around the word itself
    start = m.start + (4 if m.text[:4].casefold() == "the " else 0)
    before = text[max(0, start - 40) : start]
    return bool(_CHAMBER_AFTER.match(text, m.end) or _CHAMBER_BEFORE.search(before))


def org_short_forms(
    mentions: list[Mention], texts: Mapping[str, str] | None = None
) -> dict[int, int]:
    """One-word names of an organisation standing for a longer name its document spells
    out ("the Times" after "The New York Times"): mention index -> the longer name's index.

    Only within the document that introduced the long name: across documents "the Times"
    may be another paper. And only for a word the corpus uses mostly that way: a word
    that often stands alone, in documents naming no longer name ending in it ("the House"
    beside "White House"), is a name of its own. Only an organisation's own names take
    part: a state is never a short form ("Afghanistan" is not "the Islamic Emirate of
    Afghanistan"), and a long name whose last word follows "of" ends in its complement,
    not its head. Nor a word the corpus also opens other organisations' names with ("the House
    Intelligence Committee", "the House Benghazi Committee"): it names an institution of its
    own, the House, not the "White House" it ends. Nor in a document that writes the word,
    alone, as a chamber of a legislature (:func:`names_a_chamber`: "House Democrats", "the
    House bill", "the House and the Senate"): there the word names a body of its own, the
    chamber, though the document also names the "White House" it ends; one word keeps one
    sense in one story, so none of its bare uses there is read as the longer name.
    """
    texts = texts or {}
    # the first words of organisations' longer names ("House" of "House Intelligence
    # Committee"), as the keys of one-word forms are taken
    opens = {
        key[0]
        for m in mentions
        if m.type == "org" and m.kind == "name" and len(key := name_key(m.text)[0]) >= 2
    }
    longs: dict[tuple[str, str], set[str]] = defaultdict(set)  # (doc, last word) -> names
    first_long: dict[tuple[str, str, str], int] = {}
    alone: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.type in ("person", "state") or m.kind not in NAMED or m.kind == "acronym":
            continue
        key = name_key(m.text)[0]
        if len(key) >= 2:
            if person_shaped(m.text):
                continue  # "Keith Lamont Scott" voted an organisation is no paper's name
            if re.search(r"\bof\b", m.text, re.IGNORECASE):
                continue  # "Islamic Emirate of Afghanistan": its last word is not its head
            if is_acronym(m.text.split()[0]):
                # "NHS Dorset", "BBC Wales": a division named by its organisation's acronym
                # and the place or field it serves; the bare place is not the division
                continue
            longs[(m.doc, key[-1])].add(" ".join(key))
            first_long.setdefault((m.doc, key[-1], " ".join(key)), i)
        elif len(key) == 1:
            alone[key[0]].append(i)
    out: dict[int, int] = {}
    for word, idxs in alone.items():
        if word in opens:
            continue
        docs = {mentions[i].doc for i in idxs}
        introduced = {d for d in docs if len(longs.get((d, word), ())) == 1}
        if 2 * len(introduced) < len(docs):
            continue
        chambers = {
            mentions[i].doc
            for i in idxs
            if names_a_chamber(mentions[i], texts.get(mentions[i].doc, ""))
        }
        introduced -= chambers
        for i in idxs:
            doc = mentions[i].doc
            if doc in introduced:
                (name,) = longs[(doc, word)]
                out[i] = first_long[(doc, word, name)]
    return out


# Head words a media organisation's services share with other organisations' names.
_MEDIA_HEADS = frozenset({"news", "network", "press", "service", "times", "post", "journal"})
# Heads of an establishment with a staff, a site and a work of its own, named after the
# body that founded it ("WHO Influenza Centre", "UN Task Force"): what it says and does is
# not its parent's, so it stays an actor apart.
_ESTABLISHMENTS = frozenset(
    {"centre", "center", "centres", "centers", "laboratory", "laboratories", "unit", "force"}
)


def link_divisions(
    mentions: list[Mention], other: dict[tuple[str, ...], list[int]], uf: Union
) -> None:
    """ "BBC News", "BBC Radio Wales", "AEG Live": an organisation's name opening with the
    acronym of another organisation the corpus names is a division or service of it, one
    actor with it (a network and its news division). Not a state's code ("US Senate"), not
    a body with a name of its own kind ("UN Security Council", "EU Commission", "WHO
    Influenza Centre"), and not a regional body named by its place ("NHS London")."""
    bodies = (ORG_HEADS - _MEDIA_HEADS) | _ESTABLISHMENTS

    acronyms: dict[str, int] = {}
    # the first words of the firms' full names the corpus gives ("Penbury Aircraft Co.")
    firms = {
        word_tuple(m.text)[0]
        for g in other.values()
        if (m := mentions[g[0]]).type == "org" and firm_name(m.text) and not is_acronym(m.text)
    }
    for g in other.values():
        m = mentions[g[0]]
        if is_acronym(m.text) and 2 * sum(mentions[i].type == "org" for i in g) > len(g):
            acronyms[plain(m.text).replace(".", "")] = g[0]
    for g in other.values():
        m = mentions[g[0]]
        first, _, rest = plain(m.text).partition(" ")
        head = first.replace(".", "")
        if bodies & set(word_tuple(rest)) or is_acronym(rest):
            continue
        if names_a_place(rest):
            # "NHS London", "NHS Dorset", "BBC Scotland": a regional body with its own
            # officials and its own figures, whose words are not the whole body's
            continue
        if m.type == "org" and rest and is_acronym(first) and head in acronyms:
            own = word_tuple(rest)[:1]
            if own and own[0] in firms and own[0] not in _MEDIA_HEADS and org_key(own[0]) in other:
                # "HRC Penbury Electronics" beside "Penbury" and "Penbury Aircraft Co.": a
                # unit named by a firm of its own, whose results business copy reports
                # apart from its parent's (not a service, "BBC Radio", "BBC News")
                continue
            uf.join(acronyms[head], g[0], "a division named by its organisation's acronym")


# Words a broadcaster's name may end with or go without: "Fox News Channel" is "Fox News",
# "the CBS Television Network" "CBS Television".
_CHANNEL_SUFFIXES = frozenset({"channel", "network"})


def link_channel_forms(
    mentions: list[Mention], other: dict[tuple[str, ...], list[int]], uf: Union
) -> None:
    """An organisation's name written with "Channel" or "Network" after it is one actor
    with the name written without it, when the corpus names an organisation so. Only the
    suffix goes: a name with another head word ("Fox Broadcasting" beside "Fox News") is
    another body."""
    for group in other.values():
        m = mentions[group[0]]
        ws = plain(m.text).split()
        if m.type != "org" or len(ws) < 2 or ws[-1].casefold() not in _CHANNEL_SUFFIXES:
            continue
        base = other.get(org_key(" ".join(ws[:-1])))
        if base and base != group and mentions[base[0]].type == "org":
            uf.join(base[0], group[0], "the same name with 'Channel' or 'Network' after it")


def link_family_forms(
    mentions: list[Mention], other: dict[tuple[str, ...], list[int]], uf: Union
) -> None:
    """A family named as "the X family" and as "the Xs" is one group."""
    for group in other.values():
        m = mentions[group[0]]
        ws = plain(m.text).split()
        if m.type != "group" or len(ws) != 2 or ws[1].casefold() != "family":
            continue
        plural = other.get(org_key(ws[0] + "s"))
        if plural and plural != group and mentions[plural[0]].type == "group":
            uf.join(group[0], plural[0], "a family named by its surname's plural")


def link_hyphen_forms(
    mentions: list[Mention], other: dict[tuple[str, ...], list[int]], uf: Union
) -> None:
    """A name of a place or a body written with hyphens between its words in some copy
    ("Port-au-Marlow") and with spaces in other copy ("Port au Marlow") is one actor: wire
    services differ in the style, not in the place. Of the same kind only (a "Holt-Reed"
    firm is no "Holt Reed" person: persons are keyed apart)."""
    for group in other.values():
        m = mentions[group[0]]
        if "-" not in m.text or m.type == "person":
            continue
        spaced = other.get(org_key(plain(m.text).replace("-", " ")))
        if spaced and spaced != group and mentions[spaced[0]].type == m.type:
            uf.join(spaced[0], group[0], "the same name written with hyphens")
