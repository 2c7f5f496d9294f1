"""Name spans that name no actor as read, corrected before mentions are merged.

Two shapes the recogniser reads as one name, judged with the corpus in view:

- A score after a person's name: poll and delegate tables ("Trump 34 percent", "Rubio
  151, and Kasich 37") give "Kasich 37" as an organisation. A number after a name the
  corpus uses for a person, followed by a unit of a share ("percent", "%", "points") or
  larger than the size of any band or team named by it ("the Jackson 5" stays), is a
  count beside the person, not a body's name: the mention is dropped.
- A person's full name run into the next words of a headline, caption or byline:
  "Donald Trump Leads", "Michael Jackson Cardiff", "Peter Bowes BBC News". A name that
  opens with a full name the corpus names on its own at least twice, and goes on with
  capitalised words that are neither a generational suffix nor the head of a body named
  after the person ("Eric Trump Foundation", "George W. Bush Presidential Center"), is
  cut to that person's name.
- A body named with a person before it: "the Obama White House", "the Hillary Clinton
  Foundation". One word naming a person before a name the corpus gives an organisation at
  least twice on its own is that body under the person; read as a person, its first word would
  be a given name, and the bare surname of the same story that person's. It is retyped an
  organisation.
- A leader's government named by the leader: "the Obama administration", "the Bush
  administration", "the Assad regime". The recogniser reads the name alone, a person's;
  but what acts is the government of that leader, an organisation, and the surname may
  be another namesake's in the corpus (a father's or a son's). The name followed by
  "administration", "government" or "regime" is widened over that word and retyped an
  organisation, which never joins a person of that name.
- A nickname or an epithet run into a full name: "Cheeto Donald Trump", "Lyin' Ted Cruz".
  A word that is no given name nor a title before a full name the corpus names on its own
  at least twice is cut off, unless the corpus writes the longer name itself.
- A possessive run into the next name: "Commentary's Noah Rothman" (the outlet's
  columnist), "Donald Trump's America", "Trump's Indiana". What follows the possessive is
  what is named: a person's name is kept as that person's mention; a state's name after a
  person's is a phrase about the person ("in Donald Trump's America"), not the state acting,
  and the mention is dropped.
- A body's name that ends in its own kind: "Indiana GOP", "Ohio Democratic Party", "Trump
  Campaign". A name ending in an acronym the corpus gives a body far more often than a
  person, or in a body's head word (party, campaign, committee …), is that body's, whatever
  the recogniser voted: read as a person, its first word would be a given name, and the
  state or person it opens with ("Indiana") would join it as that given name.
- A double surname cut after its first part: "President Enrique Peña Nieto - but …" read
  as "Enrique Peña" in a story that writes "Peña Nieto" on its own. A person's name
  followed by a capitalised word that completes, with its last word, a two-word name the
  same document gives a person is that longer name (the recogniser's cut, not the text's).
- A name cut at a letter its page lost ("Felipe Calder n"): :mod:`brokenwords`.
- A common word capitalised at a sentence's start run into the name after it: "Say Mexico
  demanded …", "Team Murray hoped …". The recogniser has only the capital to go by; the
  corpus writes that word in lower case elsewhere and (almost) never capitalised inside a
  sentence, names what follows on its own, and writes the two together nowhere else. The
  span is cut to the name after the word. A title ("President Obama") is capitalised inside
  sentences too, and a name of its own ("White House", "North Korea") recurs: both stay.
- The last word of a title read as an organisation: "Secretary of State Hillary Clinton",
  "Chief of Staff". One capitalised word after a role noun and "of", which the corpus
  also writes in lower case as a common noun ("state", "staff", "defense"), completes the
  title and names no body; "leader of Hezbollah" names one the corpus never writes in
  lower case, and stays. A title before its holder's name ("Trade Minister Tom Reed",
  "Secretary of Defense Ann Holt"): :mod:`office_words`.
- A body's or a place's name standing for a security, an index or a market ("Treasury
  bonds", "Marlow shares"): :mod:`instruments`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import cached_property

from briefgen.aggregate.actortypes import BODY_ENDS, ORG_HEADS
from briefgen.aggregate.brokenwords import PersonSurnames, mended
from briefgen.aggregate.countries import state_name
from briefgen.aggregate.instruments import names_an_instrument
from briefgen.aggregate.names import NAMED, SUFFIXES, is_acronym, word_tuple, words
from briefgen.aggregate.office_words import names_an_office
from briefgen.aggregate.wordcounts import WordCounts
from briefgen.extract.actor_words import ROLE_NOUNS, TITLES
from briefgen.extract.given_names import given_name
from briefgen.extract.namefit import BODY_END_WORDS, person_shaped
from briefgen.models import Mention

_SCORE = re.compile(r"^(?P<name>.+?)\s+(?P<n>\d{1,3})$")
_SHARE_AFTER = re.compile(r"^\s*(?:%|percent\b|per cent\b|pc\b|points?\b)", re.IGNORECASE)
# A band or team named by its members' number ("the Jackson 5", "Maroon 5"): a handful.
_LARGEST_BAND = 10
_TOKEN = re.compile(r"\S+")
# Head nouns of a body or a work named after a person ("Trump Foundation", "Bush Center").
_BODY_HEADS = ORG_HEADS | frozenset(
    {"foundation", "center", "centre", "library", "museum", "hall", "school", "award",
     "prize", "trust", "fund", "estate", "presidential", "memorial", "act", "rule"}
)  # fmt: skip
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<rest>[A-Z].*)$")
# The nouns after a leader's name that make the phrase the leader's government.
# ("Obama's administration" too: the possessive names the same government)
_GOVERNMENT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:administration|government|regime)\b", re.IGNORECASE
)


def corrected_spans(
    mentions: Iterable[Mention], texts: dict[str, str], counts: WordCounts | None = None
) -> tuple[list[Mention], dict[tuple[str, int, int], tuple[str, int, int]]]:
    """The mentions without scores and possessive phrases, with the person's name after a
    possessive cut out of it; and for each cut span, (doc, start, end) -> its new span.
    ``counts``: the corpus's word counts, when the caller has them (else counted from
    ``texts``, if a rule needs them)."""
    ms = list(mentions)
    people = {" ".join(word_tuple(m.text)) for m in ms if m.type == "person" and m.kind in NAMED}
    # a person's surname stands for them in a table: the last word of each full name too
    people |= {name.split()[-1] for name in people if " " in name}
    full = Counter(
        key
        for m in ms
        if m.type == "person" and m.kind == "name" and len(key := word_tuple(m.text)) >= 2
    )
    known = {key for key, n in full.items() if n >= 2}
    named = set(full)
    # the words the corpus ends a full name with, or names a person by alone ("Jackson
    # thanked her fans"): a surname, after a given name written on its own too
    surnames = {key[-1] for key in known} | {key[0] for key in _one_word_people(ms)}
    out: list[Mention] = []
    moved: dict[tuple[str, int, int], tuple[str, int, int]] = {}
    # both rules read the corpus's word cases: counted once, and only if either needs them
    cases = _WordCases(texts, counts)
    openers = _common_openers(ms, texts, cases)
    titles = _title_words(ms, texts, cases)
    bodies = _bodies(ms)
    kinds = _body_acronyms(ms) | _KIND_ENDS
    pairs = _two_word_people(ms)
    lost = PersonSurnames(ms)
    for m in ms:
        if m.kind not in NAMED:
            out.append(m)
            continue
        text = texts.get(m.doc, "")
        if _score(m, text, people):
            continue
        government = _government_of(m, text)
        if government is not None:
            moved[(m.doc, m.start, m.end)] = (m.doc, government.start, government.end)
            out.append(government)
            continue
        if _body_of_a_person(m, bodies, people) or _named_by_kind(m, kinds):
            out.append(replace(m, type="org"))
            continue
        if (m.doc, m.start, m.end) in titles or names_an_office(m, texts):
            continue
        if names_an_instrument(m, texts):
            continue  # "Treasury bonds", "Marlow shares": a security or a market
        opened = openers.get((m.doc, m.start, m.end))
        if opened is not None:
            moved[(m.doc, m.start, m.end)] = (m.doc, opened.start, opened.end)
            out.append(opened)
            continue
        whole = _double_surname(m, text, pairs) or mended(m, text, lost)
        if whole is not None:
            moved[(m.doc, m.start, m.end)] = (m.doc, whole.start, whole.end)
            out.append(whole)
            continue
        cut = (
            _run_on(m, known, surnames)
            or _run_into(m, known)
            or _office_place_run_in(m, text, named)
        )
        if cut is not None:
            moved[(m.doc, m.start, m.end)] = (m.doc, cut.start, cut.end)
            out.append(cut)
            continue
        owned = _POSSESSIVE.match(m.text)
        if owned is None:
            out.append(m)
            continue
        rest = owned.group("rest")
        if person_shaped(rest):
            start = m.end - len(rest)
            moved[(m.doc, m.start, m.end)] = (m.doc, start, m.end)
            out.append(replace(m, start=start, text=rest, type="person", kind="name"))
        elif state_name(rest) and " ".join(word_tuple(owned.group("owner"))) in people:
            continue
        elif m.type == "person" and not given_name(rest.split()[0]):
            # "Trump's Indiana chairman", "Dave Leip's Atlas", "Robert's Rules of Order":
            # what a possessive owns is named, and it is no person; a body's name holding
            # a possessive ("Swiss People's Party") is that body's
            if words(rest)[-1:] and words(rest)[-1] in ORG_HEADS:
                out.append(replace(m, type="org"))
            continue
        else:
            out.append(m)
    return out, moved


def _government_of(m: Mention, text: str) -> Mention | None:
    """ "the Obama administration": the person's name widened over the noun after it, an
    organisation; None when no such noun follows."""
    after = _GOVERNMENT_AFTER.match(text, m.end)
    if m.type != "person" or after is None:
        return None
    return replace(m, end=after.end(), text=text[m.start : after.end()], type="org", kind="name")


def _bodies(ms: list[Mention]) -> set[tuple[str, ...]]:
    """Names of two words or more the corpus gives an organisation at least twice."""
    counts = Counter(
        key
        for m in ms
        if m.type == "org" and m.kind == "name" and len(key := word_tuple(m.text)) >= 2
    )
    return {key for key, n in counts.items() if n >= 2}


def _body_of_a_person(m: Mention, bodies: set[tuple[str, ...]], people: set[str]) -> bool:
    """ "the Obama White House", "the Hillary Clinton Foundation": one word naming a person
    before a body the corpus names on its own is that body under the person, read as a
    person. (A full name before it is a byline's: "Peter Bowes BBC News".)"""
    ws = word_tuple(m.text)
    if m.type != "person" or m.kind != "name" or len(ws) < 3:
        return False
    return ws[1:] in bodies and ws[0] in people


# Words that end a body's name and say what kind of body it is, none a person's surname.
_KIND_ENDS = BODY_ENDS | BODY_END_WORDS


def _body_acronyms(ms: list[Mention]) -> frozenset[str]:
    """One-word acronyms ("GOP", "NATO") the recogniser types an organisation at least
    three times as often as a person across the corpus."""
    votes: dict[str, Counter[str]] = {}
    for m in ms:
        ws = words(m.text)
        if len(ws) == 1 and m.kind in NAMED and is_acronym(m.text):
            votes.setdefault(ws[0], Counter())[m.type or ""] += 1
    return frozenset(w for w, c in votes.items() if c["org"] >= 3 * max(1, c["person"]))


def _named_by_kind(m: Mention, kinds: frozenset[str]) -> bool:
    """A name read as a person's that ends in a word saying which kind of body it is:
    "Indiana GOP", "Ohio Democratic Party" (its acronyms: :func:`_body_acronyms`)."""
    ws = words(m.text)
    return m.type == "person" and m.kind == "name" and len(ws) >= 2 and ws[-1] in kinds


_NEXT_WORD = re.compile(r" ([A-Z][\w'’-]+)\b")


def _two_word_people(ms: list[Mention]) -> set[tuple[str, str, str]]:
    """(document, first word, second word) of each two-word person's name a document
    writes ("Peña Nieto")."""
    out = set()
    for m in ms:
        ws = words(m.text)
        if m.type == "person" and m.kind == "name" and len(ws) == 2:
            out.add((m.doc, ws[0], ws[1]))
    return out


def _double_surname(m: Mention, text: str, pairs: set[tuple[str, str, str]]) -> Mention | None:
    """ "Enrique Peña" before " Nieto" in a story that writes "Peña Nieto": the name with
    the word the recogniser cut off (see the module)."""
    ws = words(m.text)
    if m.type != "person" or m.kind != "name" or len(ws) < 2 or text[m.start : m.end] != m.text:
        return None
    after = _NEXT_WORD.match(text, m.end)
    if after is None or (m.doc, ws[-1], *words(after.group(1))) not in pairs:
        return None
    return replace(m, end=after.end(), text=text[m.start : after.end()])


def _one_word_people(ms: list[Mention]) -> set[tuple[str, ...]]:
    return {
        key
        for m in ms
        if m.type == "person" and m.kind in NAMED and len(key := word_tuple(m.text)) == 1
    }


def _run_on(m: Mention, known: set[tuple[str, ...]], surnames: set[str]) -> Mention | None:
    """ "Donald Trump Leads": the person's name cut out of the words run on after it; not a
    longer name the corpus writes itself ("La Toya Jackson" beside "La Toya"), nor one
    going on with a word the corpus ends a full name with (a surname)."""
    if m.type != "person" or m.kind != "name" or word_tuple(m.text) in known:
        return None
    tokens = list(_TOKEN.finditer(m.text))
    for k in range(len(tokens) - 1, 1, -1):
        head = m.text[: tokens[k - 1].end()]
        rest = [t.group() for t in tokens[k:]]
        if word_tuple(head) not in known:
            continue
        after = set(word_tuple(" ".join(rest)))
        if not all(w[:1].isupper() for w in rest) or not after:
            return None
        if after & (SUFFIXES | _BODY_HEADS | surnames):
            return None
        return replace(m, end=m.start + len(head), text=head)
    return None


# right before a name: the preposition closing an office ("ambassador to", "president of")
_OFFICE_OF = re.compile(r"\b(?:to|of)\s+$")


def _office_place_run_in(m: Mention, text: str, named: set[tuple[str, ...]]) -> Mention | None:
    """ "ambassador to Georgia Ann Holt": a country's name closing the office before it,
    run into a full name the corpus gives a person elsewhere, is the office's, not a given
    name (Georgia is one too, which ``_run_into`` would keep); the person's name is cut out
    of it."""
    if (
        m.type != "person"
        or m.kind != "name"
        or not _OFFICE_OF.search(text, max(0, m.start - 4), m.start)
    ):
        return None
    tokens = list(_TOKEN.finditer(m.text))
    for k in range(1, len(tokens) - 1):
        rest = m.text[tokens[k].start() :]
        if word_tuple(rest) in named and state_name(m.text[: tokens[k - 1].end()]):
            return replace(m, start=m.start + tokens[k].start(), text=rest)
    return None


def _run_into(m: Mention, known: set[tuple[str, ...]]) -> Mention | None:
    """ "Cheeto Donald Trump", "Lyin' Ted Cruz": a word that is no given name nor a title,
    run into a full name the corpus names on its own at least twice, is a nickname or an
    epithet before the name, not its first word; the person's name is cut out of it. A
    longer name the corpus writes itself is kept, and so is one opening with given names
    ("Mary Ann Smith" beside "Ann Smith")."""
    if m.type != "person" or m.kind != "name" or word_tuple(m.text) in known:
        return None
    tokens = list(_TOKEN.finditer(m.text))
    for k in range(1, len(tokens) - 1):
        rest = m.text[tokens[k].start() :]
        head = [t.group().strip("'’\"“”") for t in tokens[:k]]
        if word_tuple(rest) not in known:
            continue
        if any(
            given_name(w) or w.lower().rstrip(".") in TITLES or not w[:1].isupper() for w in head
        ):
            return None
        return replace(m, start=m.start + tokens[k].start(), text=rest)
    return None


def _score(m: Mention, text: str, people: set[str]) -> bool:
    """ "Kasich 37", "Clinton 50" (%): a person's name and a count beside it."""
    found = _SCORE.match(m.text)
    if found is None or " ".join(word_tuple(found.group("name"))) not in people:
        return False
    share = bool(_SHARE_AFTER.match(text[m.end : m.end + 10]))
    return share or int(found.group("n")) > _LARGEST_BAND


# Before a sentence's first word: nothing, a line break, or a sentence's end and a quote.
_SENTENCE_END = re.compile(r"(?:^|[\n.!?:;][\"'”’)\]]*)\s*$")
_OPENER = re.compile(r"^([A-Z][a-z]+) +(\S.*)$")
_LOOK_BACK = 40
# How much more often a common word is written in lower case than capitalised inside a
# sentence (a headline's title case capitalises any word now and then).
_LOWER_RATIO = 5


def _common_openers(
    ms: list[Mention], texts: dict[str, str], cases: _WordCases
) -> dict[tuple[str, int, int], Mention]:
    """Names that open a sentence with a common word run into them ("Say Mexico"), keyed by
    span, with the name cut out (see module)."""
    alone = Counter(word_tuple(m.text) for m in ms if m.kind in NAMED)
    docs_of: dict[tuple[str, ...], set[str]] = {}
    for m in ms:
        if m.kind in NAMED:
            docs_of.setdefault(word_tuple(m.text), set()).add(m.doc)
    found: dict[tuple[str, int, int], tuple[Mention, str]] = {}
    for m in ms:
        hit = _OPENER.match(m.text) if m.kind == "name" else None
        if hit is None or len(docs_of[word_tuple(m.text)]) > 1:
            continue
        rest = word_tuple(hit.group(2))
        # (the few characters before the name tell whether a sentence ends there; reading
        # the whole text before it, for each name, made the stage grow with its square)
        before = texts.get(m.doc, "")[max(0, m.start - _LOOK_BACK) : m.start]
        if alone[rest] < 2 or not _SENTENCE_END.search(before):
            continue
        start = m.start + hit.start(2)
        kind = "surname" if m.type == "person" and len(rest) == 1 else m.kind
        cut = replace(m, start=start, text=hit.group(2), kind=kind)
        found[(m.doc, m.start, m.end)] = (cut, hit.group(1))
    if not found:
        return {}
    lower, inside = cases.counts
    out = {}
    for key, (cut, word) in found.items():
        n = lower[word.lower()]
        if n >= 2 and n >= _LOWER_RATIO * inside[word]:
            out[key] = cut
    return out


class _WordCases:
    """How often each word is written in lower case in the corpus, and how often
    capitalised inside a sentence (``WordCounts``): the caller's counts, or counted from
    the texts on first use (most corpora give one of the two rules nothing to check)."""

    def __init__(self, texts: dict[str, str], counts: WordCounts | None) -> None:
        self._texts = texts
        self._counts = counts

    @cached_property
    def counts(self) -> tuple[Counter[str], Counter[str]]:
        counts = self._counts
        if counts is None:
            counts = WordCounts.of(self._texts.values())
        return counts.letters_lower, counts.inside


_OF_BEFORE = re.compile(r"\b([A-Za-z]+) of $")
# How often the corpus must write the word in lower case to be a common noun.
_COMMON = 3


def _title_words(
    ms: list[Mention], texts: dict[str, str], cases: _WordCases
) -> set[tuple[str, int, int]]:
    """One-word organisations that end a title ("Secretary of State"), by span (see module)."""
    found: dict[tuple[str, int, int], str] = {}
    for m in ms:
        if m.type != "org" or m.kind != "name" or " " in m.text.strip():
            continue
        before = _OF_BEFORE.search(texts.get(m.doc, "")[max(0, m.start - 30) : m.start])
        if before and before.group(1).lower() in ROLE_NOUNS:
            found[(m.doc, m.start, m.end)] = m.text.strip()
    if not found:
        return set()
    lower, _ = cases.counts
    common = {
        word for word in set(found.values()) if word.isalpha() and lower[word.lower()] >= _COMMON
    }
    return {key for key, word in found.items() if word in common}
