"""What the words around a name say of it: the title before it ("Health Secretary Jose
Cordova"), an apposition after it ("X, the son of Y") or a description it stands beside
("the Russian envoy, X"), and whether they make it a person or a title's complement."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.extract.actor_words import GIVEN_NAME_TITLES, ROLE_NOUNS, TITLES, word_set
from briefgen.extract.country_names import country_name
from briefgen.extract.cues import SPEECH_VERBS
from briefgen.extract.given_names import given_name
from briefgen.extract.nameedges import inner_hyphen, ranking
from briefgen.extract.rolefit import KINSHIP
from briefgen.extract.title_words import ABBREVIATED_TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "COUNTING",
    "abbreviated_word",
    "after_a_description",
    "appos_role",
    "crosses_quotation",
    "deictic_after",
    "described_by",
    "named_as_person",
    "person_noun",
    "plural_description",
    "run_on_name",
    "span_offsets",
    "title_complement",
    "title_of_a_given_name",
    "title_prefix",
    "titled_name",
]

# A state's or a body's initials ("U.S.", "U.N."), and one initial of a name ("J", "J.").
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")
_INITIAL = re.compile(r"^[A-Z]\.?$")
# A place's short form, capitalised with its full stop ("Fla.", "Calif.", "Mass.").
_PLACE_SHORT = re.compile(r"^[A-Z][a-z]{1,5}\.$")
# Words hyphened before a title that make it an office held before ("then-Sen.").
_PAST_MARKS = frozenset({"then", "ex"})
# Words before a title that make it an office no longer held ("former Gov.").
_FORMER = frozenset({"former", "onetime", "once", "erstwhile"})
# A generational suffix or regnal number after a name ("Jr.", "II").
_GENERATIONS = word_set("jr sr ii iii iv v vi")
# The royal titles of English, written before a given name or a territory alone.
_ROYAL_TITLES = word_set("prince princess king queen")
# A capitalised word of letters: a surname ("Harlow", "O'Neill", "Smith-Jones").
_SURNAME = re.compile(r"^[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*$")


# Determiners that count a thing or a person among others: "One candidate", "Another
# senator", "another potential hazard".
COUNTING = frozenset({"one", "another", "some", "each", "any", "every"})


def title_prefix(ent: Span) -> tuple[int, int] | None:
    """Token range of the titles/compounds standing before a name in its own noun phrase."""
    root = ent.root
    left = [c for c in root.children if c.i < ent.start and c.dep_ in ("compound", "amod", "nmod")]
    # ("Health Secretary Jose Angel Cordova": the parser may hang the title on a word of the
    # name other than its head, a chain of compounds)
    left += [
        c
        for t in ent
        if t.i != root.i
        for c in t.children
        if c.i < ent.start and c.dep_ == "compound" and t.dep_ == "compound"
    ]
    if not left:
        return None
    first = min(c.left_edge.i for c in left)
    doc = ent.doc
    # Walk back from the name over words of the same line only: scraped texts glue
    # footnote marks and headings onto the next name.
    i = ent.start
    while i > first:
        tok = doc[i - 1]
        odd = tok.is_punct or tok.is_space or "\n" in tok.whitespace_ or not tok.is_alpha
        # ("U.S. Attorney Chris Christie": a state's initials are the title's own)
        odd = odd and not (_INITIALS.match(tok.text) and "\n" not in tok.whitespace_)
        # ("New Jersey Gov. Ann Holt", "Lt. Gen. Tom Reed": an abbreviated title is the
        # role's own word, its full stop no sentence's end)
        odd = odd and not abbreviated_word(tok)
        # ("former Fla. Gov. Ann Holt": a place's short form before an abbreviated title is
        # the title's own, and so is the mark of the past before it)
        odd = odd and not (_PLACE_SHORT.match(tok.text) and abbreviated_word(doc[i]))
        if inner_hyphen(doc, i - 1) and i - 2 >= first:
            i -= 2  # "vice-presidential nominee": the hyphen's word is the title's own
            continue
        if odd and not (tok.text in ("'s", "’s") and i - 1 > first):
            break
        i -= 1
    if i == first and i >= 2 and inner_hyphen(doc, i - 1) and doc[i - 2].lower_ in _PAST_MARKS:
        i -= 2  # "then-Sen. X", "ex-Gov. X": the office held before, the mark kept with it
    # ("both President X and his wife": "both" joins the pair, it is no part of the title)
    # a determiner of the name's phrase that counts ("another potential hazard Okafor")
    counted = any(c.dep_ == "det" and c.lower_ in COUNTING for c in root.lefts)
    while i < ent.start and doc[i].dep_ in ("det", "predet", "preconj"):
        i += 1
    end = ent.start
    if doc[end - 1].lower_ in ("and", "or", "&"):
        # "Khizr and Ghazala Khan", "Donald Trump and Bernie Sanders": a name coordinated
        # with this one is another person, no title of this one ("Health and Human
        # Services Secretary" holds its "and" inside)
        return None
    if end - 1 > i and _INITIAL.match(doc[end - 1].text):
        end -= 1  # "defense lawyer J Michael Flanagan": the initial is the name's
    for j in range(end - 2, i - 1, -1):
        tok = doc[j]
        if tok.pos_ == "NOUN" and tok.is_lower and not person_noun(tok):
            # "what unilateral action President Obama takes": a thing's noun before a
            # capitalised title ends another phrase the parser ran into the title
            if any(doc[k].text.istitle() and doc[k].is_alpha for k in range(j + 1, end)):
                i = j + 1
            break
    if i >= end:
        return None
    head = doc[end - 1]
    wh = doc[i - 1] if i > 0 else None
    if (
        wh is not None
        and wh.tag_ in ("WDT", "WP", "WP$")
        and wh.lower_ != "that"
        and not person_noun(head)
    ):
        # "whatever real authority Manafort had": a thing's noun a wh-word opens, the name
        # the subject of the clause after it; not "which President Obama won", "what aide
        # Kevin Phillips called", where the wh-word is the object and the title the name's,
        # nor a relative "that" ("the week that basketball legend LeBron James announced")
        return None
    if counted and not person_noun(head):
        # "another potential hazard Okafor is navigating": a thing counted among others, the
        # name the subject of the clause after it (the parser ran the two into one phrase)
        return None
    if end - i == 1 and doc[i].tag_ in ("JJ", "JJR", "JJS") and not _trade_word(doc[i].lower_):
        # "leftist Bernie Sanders", "outspoken Dan Carver": an adjective alone before a
        # name is an epithet for it, not a title or a trade
        return None
    return i, end


def abbreviated_word(tok: Token) -> bool:
    """Whether ``tok`` is an abbreviated title written with its full stop ("Gov.")."""
    short = tok.text[:-1]
    return (
        tok.text.endswith(".")
        and short.isalpha()
        and short[:1].isupper()
        and short.casefold() in ABBREVIATED_TITLES
        and "\n" not in tok.whitespace_
    )


def after_a_description(doc: Doc, prefix: tuple[int, int]) -> tuple[int, int] | None:
    """``prefix`` when its abbreviated title stands alone, with its place ("Marlow Gov. X")
    or a mark of the past ("former Gov.", "then-Sen."); None when a description in small
    letters stands before the short title ("presidential candidate Sen. X"): the
    description is the role other readings of the phrase give."""
    first, end = prefix
    short = [i for i in range(first, end) if abbreviated_word(doc[i])]
    if not short:
        return prefix
    marks = [i for i in range(first, short[0]) if doc[i].lower_ in _PAST_MARKS | _FORMER]
    before = [i for i in range(first, short[0]) if doc[i].is_alpha and doc[i].is_lower]
    lower = [i for i in before if i not in marks]
    # (a description before the short title is the role other readings give, as before
    # abbreviated titles counted: "Republican vice-presidential nominee Gov. X")
    return None if lower else prefix


# Endings of the nouns of a learned trade ("anaesthesiologist", "physician",
# "psychiatrist"): the tagger reads a rare one before a name as an adjective, but no
# adjective ends so, unlike a bare "-ist" ("leftist", "socialist": a creed, an epithet).
_TRADE_ENDINGS = ("logist", "ician", "iatrist")


def _trade_word(word: str) -> bool:
    """Whether ``word`` alone before a name is a title or a trade however it is tagged."""
    return word in TITLES or (len(word) > 6 and word.endswith(_TRADE_ENDINGS))


def titled_name(ent: Span) -> bool:
    """A proper name of two or three words right after a person's title is a person."""
    if not 2 <= len(ent) <= 3 or not all(t.pos_ == "PROPN" for t in ent) or ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    return prev.lower_.rstrip(".") in TITLES and prev.text[:1].isupper()


def span_offsets(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)


def _trim_role(doc: Doc, first: int, last: int, head: int | None = None) -> tuple[int, int]:
    """Keep a role phrase to one line and to its noun phrase: stop at a verb or a bracket,
    and never end on a word that only leads into what was cut ("the founder of the" is
    "the founder"; a phrase left with no noun is no role, nor one cut before its ``head``
    noun: "X, the brusque, take-a-back-seat-to-no-one governor of ..." is no "the
    brusque", whatever word the tagger took for a noun there)."""
    while first < last and doc[first].pos_ == "ADV":
        first += 1  # "now a partner at …", "once an ally": the role, not when it held
    for i in range(first, last):
        tok = doc[i]
        if i > first and tok.tag_ in ("WDT", "WP", "WP$"):
            last = i
            break
        # a participle describing the noun stays ("the embattled company Theranos")
        if i > first and tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBG" and tok.dep_ != "amod":
            if any(ranking(doc[j]) for j in range(first, i)):
                # "the first woman nominated for president": a rank says nothing without
                # what it ranks in, and the cut phrase reads as a different claim
                return first, first
            last = i
            break
        if tok.text in ("(", "[", ":", ";") or "\n" in tok.text:
            last = i
            break
        if "\n" in tok.whitespace_:
            last = i + 1
            break
    while last > first and doc[last - 1].pos_ in _LEADS_ON:
        last -= 1
    if not any(doc[i].pos_ in ("NOUN", "PROPN") for i in range(first, last)):
        return first, first
    if head is not None and not first <= head < last:
        return first, first
    return first, last


# Words a noun phrase does not end on: a preposition, determiner, conjunction or "to".
_LEADS_ON = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT"})


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee")
# Nouns naming a person by a relation: "X, the son of Y".
_RELATION_NOUNS = word_set(
    """
    son daughter father mother wife husband brother sister widow widower heir child nephew
    niece cousin friend ally rival colleague partner protege
    """
)


def person_noun(tok: Token) -> bool:
    """A noun that can describe a person: a role noun or an agent noun ('troubleshooter')."""
    if tok.pos_ == "PROPN":
        return True
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (
        lemma in ROLE_NOUNS
        or lemma in _RELATION_NOUNS
        # "-ment" names an act or a thing ("a bracingly honest statement"), never its agent
        or (len(lemma) > 4 and lemma.endswith(_AGENT_ENDINGS) and not lemma.endswith("ment"))
    )


def appos_role(ent: Span) -> tuple[int, int] | None:
    """Token range of an apposition after a name: 'X, the … of …'."""
    doc = ent.doc
    for child in ent.root.children:
        if child.dep_ != "appos" or child.i < ent.end or not person_noun(child):
            continue
        if child.tag_ in ("NNS", "NNPS"):
            # "X, defense lawyers for Y": a plural describes a set of people, not X alone
            continue
        if child.ent_type_ == "PERSON" or (
            # (a place or a people stays: "Sen. Ted Cruz, R-Tex.", "X, a Comorian Muslim"
            # say where the person is from and who they are)
            child.pos_ == "PROPN"
            and child.ent_type_ not in ("GPE", "NORP")
            and (child.ent_type_ or child.lower_ not in TITLES)
        ):
            # "a governor who has not backed Mr. Trump, Susana Martinez of New Mexico": a
            # second person's name, not the first one's role (whatever type the recogniser
            # gave the name: "Mr. Cruz, Darran Whiting of Liberty Baptist Church")
            continue
        if child.left_edge.like_num:
            continue  # "Ohio Gov. John Kasich, 9 percent": a score in a list, no role
        if run_on_name(child) is not None:
            # "Fergus Walsh, BBC medical correspondent Scottish Health Secretary Nicola
            # Sturgeon said": a byline's role run into the next person's title and name
            continue
        if _speaks_after(child):
            # "… will focus on Hillary Clinton, a top aide said.": the phrase is the subject
            # of the speech tag the parser left without one, someone else, not her role
            continue
        if crosses_quotation(doc, ent.end, child.left_edge.i):
            continue  # 'X, “the best we have”': the words are a speaker's, not the writer's
        if any(not t.is_punct for t in doc[ent.end : child.left_edge.i]):
            # "Bill Clinton and Melania Trump, the nominee's wife": the apposition belongs to
            # the name right before it, not to the first of a pair
            continue
        first = child.left_edge.i
        if doc[first].lower_ in ("his", "her", "their") and first < child.i:
            first += 1  # "Susan Rice, his national security adviser": whose, the text says
        return _trim_role(doc, first, child.right_edge.i + 1, head=child.i)
    return None


def _speaks_after(phrase: Token) -> bool:
    """Whether a verb of speaking with no subject of its own comes right after the phrase."""
    doc = phrase.doc
    after = phrase.right_edge.i + 1
    if after >= len(doc):
        return False
    verb = doc[after]
    # ("Clinton, a top aide said, “is …”": in a speech tag set inside the sentence the parser
    # may make the name before the phrase the verb's subject; that name is who is spoken
    # of, the phrase still who speaks. Not so when the verb is the sentence's own: in
    # "Shaheen, the head of the delegation emphasized that …" the name speaks.)
    inserted = verb.dep_ == "parataxis"
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in SPEECH_VERBS
        and not any(
            c.dep_ in ("nsubj", "nsubjpass") and not (inserted and c.i == phrase.head.i)
            for c in verb.children
        )
    )


def title_of_a_given_name(doc: Doc, title: tuple[int, int], end: int) -> bool:
    """ "Prince Michael": one such title right before one given name makes the name, and
    the title is nobody's role (a role "Prince" would land on the "Michael" it precedes).
    So does one before a given name and a surname ("Prince Michael Harlow II"): English
    writes a royal title before a given name ("Prince Charles", "Queen Elizabeth II"),
    never before a given name and a surname, so there the word is itself a given name."""
    first, last = title
    if last - first != 1 or doc[first].lower_ not in GIVEN_NAME_TITLES:
        return False
    if not doc[first].text[:1].isupper():
        return False
    if end - last == 1:
        return given_name(doc[last].text)
    words = [t.text for t in doc[last:end]]
    if words[-1].lower().rstrip(".") in _GENERATIONS:
        words = words[:-1]  # "Queen Elizabeth II": one given name and a regnal number
    return (
        len(words) == 2
        and doc[first].lower_ in _ROYAL_TITLES
        and given_name(words[0])
        and _SURNAME.match(words[1]) is not None
    )


def run_on_name(head: Token) -> Span | None:
    """A person's name run on at the end of an apposition (``head``'s phrase), set beside
    the role's words rather than tied into them, else None: "Fergus Walsh, BBC medical
    correspondent Scottish Health Secretary Nicola Sturgeon said" (a byline run into the
    next paragraph) ends on the next person's name. A name the role holds is part of it: an
    object ("a Republican who refused to endorse Mr. Trump"), a modifier ("a longtime Trump
    critic"), a possessive or a preposition's ("the wife of John Smith")."""
    doc = head.doc
    last = head.right_edge.i + 1
    start = last - 1
    while start > head.i and doc[start].ent_iob_ == "I":
        start -= 1
    tok = doc[start]
    if start <= head.i or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B":
        return None
    ent = doc[start:last]
    if last < len(doc) and doc[last].ent_iob_ == "I":
        return None  # the name runs on past the phrase
    return ent if ent.root.dep_ == "appos" and ent.root.head.i == head.i else None


def named_as_person(ent: Span) -> bool:
    """A one-word name the sentence makes a person whatever the gazetteer says: "the
    singer's daughter, Paris", "his three children Paris, Prince and …" (in apposition to,
    or listed under, a noun of kinship), or listed beside people's names ("Prince Michael,
    13, and Paris, 12") when it is a given name. A country's name stays a state."""
    if len(ent) != 1 or country_name(ent.text):
        return False
    tok = ent.root
    chain = [tok]
    while tok.dep_ in ("appos", "conj") and tok.head.i != tok.i and len(chain) < 8:
        tok = tok.head
        chain.append(tok)
    if chain[-1].pos_ == "NOUN" and chain[-1].lemma_.lower() in KINSHIP | _RELATION_NOUNS:
        return True
    listed = chain[1:] + [c for c in ent.root.children if c.dep_ == "conj"]
    types = {t.ent_type_ for t in listed if t.ent_type_}
    return given_name(ent.text) and types == {"PERSON"}


def described_by(ent: Span) -> Token | None:
    """The head of a description the name stands in apposition to: 'the … envoy, X'."""
    root = ent.root
    head = root.head
    # ("Mexico's Health Secretary, Jose Cordova": a title in capitals is tagged a proper noun)
    appositive = root.dep_ == "appos" and head.i < ent.start and head.pos_ in ("NOUN", "PROPN")
    if appositive and head.lemma_.lower() in ROLE_NOUNS and not _named_as(head, ent):
        # ('"... between the White House and the president," X said': the noun ends a
        # quotation the name follows, the speaker's words about someone else, no role)
        return None if crosses_quotation(ent.doc, head.i, ent.start) else head
    return None


# The tags of a quotation mark, opening or closing (straight or curly, single or double);
# an apostrophe of a possessive ("the teachers' union") is tagged POS.
_QUOTE_TAGS = frozenset({"``", "''"})


def crosses_quotation(doc: Doc, first: int, last: int) -> bool:
    """Whether a quotation mark stands among the tokens ``first`` to ``last``: a role and
    the name it describes either side of one are not in one voice, the writer's. A role is
    what the writer predicates of the person (a title, an apposition); the words closing
    or opening a quotation are what the quoted speaker said, of anyone."""
    return any(t.tag_ in _QUOTE_TAGS or t.text in ('"', "“", "”") for t in doc[first:last])


# Verbs that give their object a name or an epithet: "called X 'the next Y'".
_NAMING_VERBS = word_set("call name dub nickname label brand hail christen")


def _named_as(head: Token, ent: Span) -> bool:
    """Whether ``ent`` is, in quotation marks, what a verb of naming calls ``head``: "Beck
    called the Texas senator 'the next George Washington'" gives the senator an epithet;
    the quoted name is not the senator, and "senator" is not its role."""
    quoted = any(t.is_quote for t in head.doc[head.i + 1 : ent.start])
    return quoted and head.head.lemma_.lower() in _NAMING_VERBS and head.head.i < head.i


# Words of time written in lower case in running text: capitalised right after a name, they
# end the title of a paper, a network or a programme ("USA Today", "Russia Today").
_DEICTIC = frozenset({"today", "tonight", "tomorrow", "yesterday"})


def deictic_after(ent: Span) -> bool:
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end - 1].whitespace_ != " ":
        return False
    nxt = doc[ent.end]
    return nxt.lower_ in _DEICTIC and nxt.text[:1].isupper() and not nxt.is_sent_start


def title_complement(doc: Doc, ent: Span, first: int) -> bool:
    """After a title, a capitalised word that is no given name, before a given name and a
    surname, completes the title ("Miss Universe Alicia Machado", "Sheriff Deputy John
    Doe"), it does not open the person's name."""
    titled = ent.start < first or (
        ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in TITLES
    )
    return (
        titled
        and ent.end - first >= 3
        and not given_name(doc[first].text)
        and given_name(doc[first + 1].text)
    )


def plural_description(head: Token) -> bool:
    """A plural description ("presidential candidates X and Y", "defence lawyers for Z, X")
    names a set the person belongs to: it gives the person a role, never another name."""
    return head.tag_ in ("NNS", "NNPS")
