"""The edges of a name the recogniser found: words glued onto it, a given name left out of
it, a heading in capitals taken for it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.extract.country_names import country_name, region_name
from briefgen.extract.given_names import given_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Adverbs, prepositions and conjunctions: a name never opens or ends with one, but the
# recogniser glues one capitalised at a sentence start ("Besides Mexico, …") or written
# after a caption with no full stop ("… in Mexico Instead, it says") onto the name.
_GLUE_TAGS = frozenset({"RB", "RBR", "RBS", "IN", "CC", "WRB"})


def unglued(ent: Span) -> tuple[int, int]:
    """The entity's token range without such a word at either end."""
    first, last = ent.start, ent.end
    doc = ent.doc
    while (
        last - first > 1
        and doc[first].text[:1].isupper()
        and (doc[first].tag_ in _GLUE_TAGS or doc[first].lower_ in ("a", "an"))
    ):
        # ("A Health Protection Agency spokeswoman": the article, as "the" is cut later)
        first += 1
    while last - first > 1 and doc[last - 1].tag_ in _GLUE_TAGS and doc[last - 1].text.istitle():
        last -= 1
    for i in range(first + 1, last):
        if doc[i].tag_ in _FINITE_VERBS and doc[i].text[:1].islower():
            # "since the Republican National Convention ended last month": the name's
            # clause run on into the name, cut at its verb
            return first, i
    return first, last


# A finite verb, written in small letters: a name's words are nouns and adjectives in
# capitals and a few small function words ("of", "and"), never a predicate's verb.
_FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP", "MD"})


# Words a person's name never opens with, which the recogniser takes in before one: an
# English determiner or pronoun and the verb glued to it ("That’s Jeb Bush", "It's"), a
# plural noun naming the group the person belongs to ("Floridians Jeb Bush"). Particles of
# other languages' names ("La Toya", "De Niro", "Al Gore") are tagged as determiners too,
# so only English words are cut. (An article is left to the title and determiner rules:
# "the King of Pop's" is a title's name.)
_GRAMMAR_OPENERS = frozenset(
    [
        "this",
        "that",
        "these",
        "those",
        "another",
        "every",
        "each",
        "all",
        "both",
        "it",
        "he",
        "she",
        "they",
        "there",
        "here",
        "what",
        "who",
    ]
)
_GLUED_VERB = frozenset({"’s", "'s", "is", "’re", "'re", "are", "was"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _not_a_name_word(tok: Token) -> bool:
    if given_name(tok.text):
        return False
    return tok.lower_ in _GRAMMAR_OPENERS or tok.lower_ in _GLUED_VERB or tok.tag_ in _PLURAL_TAGS


def past_leading_words(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Where a person's name really starts in tokens ``first``..``last``: (the end of the
    words glued before it, the start of the name). Between the two lies a common noun
    describing the person ("Billionaire Donald Trump"): a role, not a word of the name.
    Two words of the name are always kept, and a known given name is never cut."""
    while last - first > 2 and _not_a_name_word(doc[first]):
        first += 1
    glued = first
    if (
        last - first > 2
        and doc[first].tag_ == "NN"
        and doc[first].text.istitle()
        and not given_name(doc[first].text)
        and all(t.tag_ == "NNP" for t in doc[first + 1 : last])
    ):
        first += 1
    return glued, first


def given_name_before(doc: Doc, i: int) -> bool:
    """A given name right before a surname the recogniser read alone, outside any entity
    and on the same line, is the first word of that person's name; in capitals before a
    surname in capitals too (a quote's label: "SIR LIAM DONALDSON, CHIEF MEDICAL …")."""
    if i == 0:
        return False
    tok = doc[i - 1]
    capitals = tok.text.isupper() and doc[i].text.isupper() and len(tok.text) > 2
    return (
        tok.ent_iob_ == "O"
        and tok.tag_ == "NNP"
        and (tok.text.istitle() or capitals)
        and tok.whitespace_ == " "
        and given_name(tok.text.title() if capitals else tok.text)
    )


def capitals_heading(span: Span, titles: frozenset[str]) -> bool:
    """A person's name in capitals whose first word (after a title) is no given name
    ("MOLECULAR BIOLOGY EXPERT"): a heading or a caption's line, not a name. A name written
    so ("DR ALAN MACNALLY") opens with a given name."""
    ws = [t.text for t in span if t.is_alpha]
    while len(ws) > 1 and ws[0].lower() in titles:
        ws = ws[1:]
    if len(ws) < 2 or not all(w.isupper() and len(w) > 2 for w in ws):
        return False
    return not given_name(ws[0].title())


def given_name_left_out(doc: Doc, first: int, last: int) -> bool:
    """A known given name joined to a name of two words or more that the recogniser began
    one word late ("Marcel Lehel Lazar" read as "Lehel Lazar")."""
    return (
        last - first >= 2
        and given_name_before(doc, first)
        # ("Tito Jackson Michael Jackson": two names side by side, the first's surname a
        # given name too)
        and doc[first - 1].text != doc[last - 1].text
        and doc[first - 1].dep_ == "compound"
        and first <= doc[first - 1].head.i < last
    )


def title_opens_after(ent: Span, titles: frozenset[str]) -> bool:
    """Whether a capitalised title and a person's name follow the entity on, making it the
    opening of that person's title ("Republican National Chairman Reince Priebus")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or not ent[-1].whitespace_:
        return False
    title, nxt = doc[ent.end], doc[ent.end + 1]
    # a body's name is whole before a title ("FBI Director James Comey"); one cut at an
    # adjective ("Republican National") is the title's opening
    if not ent[-1].lower_.endswith(("al", "an", "ic", "ive")):
        return False
    return (
        title.text.istitle()
        and title.lower_.rstrip(".") in titles
        and nxt.ent_type_ == "PERSON"
        and nxt.ent_iob_ == "B"
    )


def adjective_before_place(doc: Doc, first: int, last: int) -> bool:
    """An adjective the recogniser ran into a country's or a state's name ("strongly
    Republican Wyoming", "Democratic Vermont")."""
    rest = doc[first + 1 : last].text
    return (
        last - first >= 2 and doc[first].tag_ == "JJ" and (country_name(rest) or region_name(rest))
    )


def inner_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen inside a word ("vice-presidential")."""
    return (
        doc[i].text in ("-", "‑")
        and i > 0
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].is_alpha
    )


def ranking(tok: Token) -> bool:
    """An ordinal or superlative ("first", "only", "youngest") ranking the role's noun."""
    return tok.tag_ == "JJS" or tok.lower_ in ("first", "last", "only", "second", "third")


# Endings of the nouns that name a trade or a doer: "Insurer", "Auctioneers", "Filmmaker",
# "Guitarist". Wire copy writes such a noun before a name without an article ("insurer
# Lloyd's of London is suing", a "false title"), so at a sentence start it is capitalised
# and the recogniser takes it into the name.
_DOER_ENDS = ("er", "ers", "or", "ors", "ist", "ists")
# Words of that ending that name no doer: adjectives and particles opening names ("Super
# Tuesday", "Upper West Side", "Senior Citizens League").
_NOT_DOERS = frozenset(
    """
    other under over upper inner outer former latter super senior junior superior inferior
    major minor prior interior exterior after never ever either neither further
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


_THE_BEFORE = re.compile(r"\b[Tt]he$")


def trade_noun_before(doc: Doc, first: int, last: int, heads: frozenset[str]) -> bool:
    """Whether the name in tokens ``first``..``last`` opens with a trade's noun written
    before it as a description ("Insurer Lloyd's of London", "Auctioneers Fame Bureau",
    "Filmmaker Jack Marino"), not a word of the name: a capitalised word opening its
    sentence or line, of a doer's ending (``_DOER_ENDS``), no given name nor a title the
    callers cut anyway, followed by a given name or by words the same document names
    alone elsewhere ("Lloyd's said", "said X from Fame Bureau"). A name that is only the
    word before a head noun ("Labor Department" beside "the Department") is left whole:
    ``heads``, the words that make a name an organisation or a place, are no name alone,
    nor is one word written after "the" ("the Patrol"); and an adjective or a particle of
    that ending ("Super", "Upper": ``_NOT_DOERS``) is no trade. A firm named after a
    person ("Turner Broadcasting") is written with its surname alone elsewhere, not with
    the rest."""
    if last - first < 2:
        return False
    tok = doc[first]
    low = tok.lower_
    if not (tok.is_alpha and tok.text.istitle() and low.endswith(_DOER_ENDS)):
        return False
    if low in _NOT_DOERS:
        return False
    if given_name(tok.text) or country_name(tok.text) or region_name(tok.text):
        return False
    opens = first == 0 or tok.is_sent_start or "\n" in doc[first - 1].whitespace_
    if not opens:
        return False
    if given_name(doc[first + 1].text) and doc[first + 1].text.istitle():
        return True
    rest = doc[first + 1 : last]
    words = [t.text for t in rest if t.is_alpha]
    if not words or (len(words) == 1 and words[0].lower() in heads):
        return False
    at = rest.start_char
    text = doc.text
    name = text[at : rest.end_char]
    for i in _occurrences(text, name):
        before = text[:i].rstrip()
        # (one word after "the" is a common noun's short form: "the Patrol", "the Bureau")
        if (
            i != at
            and not before.endswith(tok.text)
            and not (len(words) == 1 and _THE_BEFORE.search(before))
        ):
            return True
    return False


def _occurrences(text: str, name: str) -> list[int]:
    """Where ``name`` stands in ``text`` as whole words."""
    out = []
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            out.append(i)
        i = text.find(name, i + 1)
    return out
