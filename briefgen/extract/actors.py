"""Actor mentions: people, organisations, states and groups named or described in a text.

Built on spaCy's entities (PERSON, ORG, GPE, NORP) plus the noun phrases around them:
titles before a name ("Russian Foreign Minister Sergei Lavrov"), appositions on either
side ("X, the … of …" / "the …'s Special Representative for …, X") and role descriptions
standing alone ("the Russian representative"). Every span is trimmed of markdown residue,
quote marks, a leading determiner and a possessive ending.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from briefgen.extract.cues import SPEECH_VERBS
from briefgen.extract.cut_names import cut_from_longer_name
from briefgen.extract.headlines import confirmed_in_headlines
from briefgen.extract.meeting_series import series_span
from briefgen.extract.missed_names import with_missed_relatives
from briefgen.extract.nameedges import (
    adjective_before_place,
    capitals_heading,
    given_name_before,
    given_name_left_out,
    inner_hyphen,
    past_leading_words,
    ranking,
    title_opens_after,
    unglued,
)
from briefgen.extract.namefit import (
    KINSHIP,
    country_name,
    family_names,
    fit_mentions,
    given_name,
    region_name,
)
from briefgen.extract.orgnames import (
    acronym_in_capitals,
    acronyms_in_capitals,
    housed_body,
    legal_form_at_end,
    split_defined_acronym,
    state_of_that_name,
    trim_dangling,
    written_code,
)
from briefgen.extract.outlet_names import missed_outlets
from briefgen.extract.platforms import as_platform
from briefgen.extract.unnamed import quantified
from briefgen.models import ActorType, Document, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENTITY_TYPES: dict[str, ActorType] = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "state",
    "NORP": "group",
}

# Head nouns of a noun phrase that describes a person by role. General English, no names.
ROLE_NOUNS = _words(
    """
    minister president representative envoy ambassador spokesman spokeswoman spokesperson
    secretary director chairman chairwoman chair head chief leader commander general
    governor mayor senator congressman congresswoman candidate nominee official diplomat
    expert analyst commentator adviser advisor aide deputy premier chancellor king queen
    prince emir sheikh mullah cleric founder manager officer judge prosecutor lawyer
    attorney professor researcher scholar editor correspondent columnist journalist
    economist strategist negotiator mediator coordinator counterpart successor predecessor
    """
)

# Titles that spaCy sometimes takes into a PERSON entity ("Governor Ana Ruiz").
TITLES = ROLE_NOUNS | _words(
    """
    mr mrs ms miss dr prof sen rep gov gen col lt capt sgt adm rev sir dame lord lady mx
    colonel major captain economist economists vice acting former foreign prime deputy
    """
)

# Words after a place or a body that make a title, not the rest of a name: "House Speaker".
_CUT_TITLES = TITLES | _words("speaker lawmaker ceo cfo coo justice counsel")

PRONOUNS = _words(
    """
    he she him her his hers they them their i we us our it its you who whom
    """
)

_EDGE_JUNK = "*_[]()#`\"“”„«»‘'’ \u00a0\t\n,;:.-–—"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_DETERMINER = re.compile(r"^(?:the|The|THE)\s+")
_ACRONYM = re.compile(r"^[A-Z][A-Z&.\-]{1,7}$")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def clean_span(text: str, start: int, end: int, keep_determiner: bool = False) -> tuple[int, int]:
    """Trim markdown residue, quotes, punctuation, a determiner and a possessive off a span."""
    for _ in range(4):
        before = (start, end)
        while start < end and text[start] in _EDGE_JUNK:
            start += 1
        while end > start and text[end - 1] in _EDGE_JUNK:
            end -= 1
        m = _POSSESSIVE.search(text[start:end])
        if m and end - start > len(m.group()):
            end = start + m.start()
        if not keep_determiner:
            m = _DETERMINER.match(text[start:end])
            if m and end - start > len(m.group()):
                start += m.end()
        if (start, end) == before:
            break
    return start, end


# Aggregation asks this of every mention's name by most of its rules: ~170,000 times for
# a few thousand spellings at 200 articles, 15% of the actors' resolution; names, roles
# and header lines only, so the table stays small.
@lru_cache(maxsize=1 << 16)
def plain(text: str) -> str:
    """A surface string without markdown links or emphasis and with collapsed spaces."""
    text = _MD_LINK.sub(r"\1", text).replace("*", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def _kind(text: str, label: str) -> str:
    if _ACRONYM.match(text.replace(" ", "")):
        return "acronym"
    if label == "PERSON" and len(text.split()) == 1:
        return "surname"
    return "name"


def _title_prefix(ent: Span) -> tuple[int, int] | None:
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
        if inner_hyphen(doc, i - 1) and i - 2 >= first:
            i -= 2  # "vice-presidential nominee": the hyphen's word is the title's own
            continue
        if odd and not (tok.text in ("'s", "’s") and i - 1 > first):
            break
        i -= 1
    # ("both President X and his wife": "both" joins the pair, it is no part of the title)
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
        if tok.pos_ == "NOUN" and tok.is_lower and not _person_noun(tok):
            # "what unilateral action President Obama takes": a thing's noun before a
            # capitalised title ends another phrase the parser ran into the title
            if any(doc[k].text.istitle() and doc[k].is_alpha for k in range(j + 1, end)):
                i = j + 1
            break
    if i >= end:
        return None
    return i, end


# Titles that are given names too ("Justice", "Major", "Dean").
_TITLE_NAMES = _words(
    "justice judge chief general major dean bishop elder deacon marshal sister brother father"
    " mother saint king prince queen pastor rabbi imam cardinal pope sheriff deputy captain"
    " colonel sergeant coach nurse doctor"
)
# Words that count a person among others: "One candidate", "Another senator".
_COUNTING = frozenset({"one", "another", "some", "each", "any", "every"})
# A state's or a body's initials ("U.S.", "U.N."), and one initial of a name ("J", "J.").
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")
_INITIAL = re.compile(r"^[A-Z]\.?$")


def _titled(ent: Span) -> bool:
    """A proper name of two or three words right after a person's title is a person."""
    if not 2 <= len(ent) <= 3 or not all(t.pos_ == "PROPN" for t in ent) or ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    return prev.lower_.rstrip(".") in TITLES and prev.text[:1].isupper()


def _span_offsets(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)


def _trim_role(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Keep a role phrase to one line and to its noun phrase: stop at a verb or a bracket,
    and never end on a word that only leads into what was cut ("the founder of the" is
    "the founder"; a phrase left with no noun is no role)."""
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
    return first, last


# Words a noun phrase does not end on: a preposition, determiner, conjunction or "to".
_LEADS_ON = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PUNCT"})


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee")
# Nouns naming a person by a relation: "X, the son of Y".
_RELATION_NOUNS = _words(
    """
    son daughter father mother wife husband brother sister widow widower heir child nephew
    niece cousin friend ally rival colleague partner protege
    """
)


def _person_noun(tok: Token) -> bool:
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


def _appos_role(ent: Span) -> tuple[int, int] | None:
    """Token range of an apposition after a name: 'X, the … of …'."""
    doc = ent.doc
    for child in ent.root.children:
        if child.dep_ != "appos" or child.i < ent.end or not _person_noun(child):
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
        if any(not t.is_punct for t in doc[ent.end : child.left_edge.i]):
            # "Bill Clinton and Melania Trump, the nominee's wife": the apposition belongs to
            # the name right before it, not to the first of a pair
            continue
        first = child.left_edge.i
        if doc[first].lower_ in ("his", "her", "their") and first < child.i:
            first += 1  # "Susan Rice, his national security adviser": whose, the text says
        return _trim_role(doc, first, child.right_edge.i + 1)
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


# Titles written before a given name, not a surname: with one given name after them they are
# part of the name a person is known by ("Prince Michael", "Queen Rania"), not a role.
GIVEN_NAME_TITLES = _words("prince princess king queen emir sheikh sultan")


def _title_of_a_given_name(doc: Doc, title: tuple[int, int], end: int) -> bool:
    """ "Prince Michael": one such title right before one given name makes the name, and
    the title is nobody's role (a role "Prince" would land on the "Michael" it precedes)."""
    first, last = title
    return (
        last - first == 1
        and end - last == 1
        and doc[first].lower_ in GIVEN_NAME_TITLES
        and doc[first].text[:1].isupper()
        and given_name(doc[last].text)
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


def _named_as_person(ent: Span) -> bool:
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


def _described_by(ent: Span) -> Token | None:
    """The head of a description the name stands in apposition to: 'the … envoy, X'."""
    root = ent.root
    head = root.head
    # ("Mexico's Health Secretary, Jose Cordova": a title in capitals is tagged a proper noun)
    appositive = root.dep_ == "appos" and head.i < ent.start and head.pos_ in ("NOUN", "PROPN")
    if appositive and head.lemma_.lower() in ROLE_NOUNS:
        return head
    return None


# Words of time written in lower case in running text: capitalised right after a name, they
# end the title of a paper, a network or a programme ("USA Today", "Russia Today").
_DEICTIC = frozenset({"today", "tonight", "tomorrow", "yesterday"})


def _deictic_after(ent: Span) -> bool:
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end - 1].whitespace_ != " ":
        return False
    nxt = doc[ent.end]
    return nxt.lower_ in _DEICTIC and nxt.text[:1].isupper() and not nxt.is_sent_start


def _title_complement(doc: Doc, ent: Span, first: int) -> bool:
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


def _plural(head: Token) -> bool:
    """A plural description ("presidential candidates X and Y", "defence lawyers for Z, X")
    names a set the person belongs to: it gives the person a role, never another name."""
    return head.tag_ in ("NNS", "NNPS")


def extract_mentions(document: Document, sdoc: Doc) -> list[Mention]:
    """People, organisations, states and groups mentioned in a document, in text order.

    Names come from spaCy's entities; titles and appositions give the stated ``role``;
    standalone role descriptions ("the Russian representative") are ``description``
    mentions. Offsets are into ``document.text`` (``sdoc`` must be parsed from it).
    """
    text = document.text
    found: dict[tuple[int, int], Mention] = {}
    covered: set[int] = set()

    def add(start: int, end: int, kind: str, typ: ActorType | None, role: str | None) -> None:
        if end <= start or (start, end) in found:
            return
        found[(start, end)] = Mention(
            doc=document.id,
            start=start,
            end=end,
            text=text[start:end],
            kind=kind,  # type: ignore[arg-type]
            type=typ,
            role=role,
        )

    for ent in sdoc.ents:
        series = series_span(sdoc, ent)
        if series is not None:  # "the Minsk talks", "the so-called Moscow Format"
            add(*clean_span(text, *_span_offsets(sdoc, *series)), "name", "org", None)
            covered.update(range(*series))
            continue
        typ = ENTITY_TYPES.get(ent.label_) or ("org" if housed_body(ent) else None)
        if typ is None:
            continue
        if typ != "person" and not _deictic_after(ent) and cut_from_longer_name(ent, _CUT_TITLES):
            continue  # "Islamic" of "Islamic State", "Super" of "Super Tuesday"
        if ent.root.dep_ == "amod" or (ent.label_ in ("PERSON", "NORP") and ent.root.tag_ == "JJ"):
            continue  # "Russian officials", "Islamic": an adjective, not a reference
        if typ != "person" and quantified(ent.root):
            continue  # "many Republicans", "85% of Democrats": some members, not the party
        if typ != "person" and title_opens_after(ent, TITLES):
            continue  # "Republican National Chairman X": the title's words, no body's name
        first, last = unglued(ent)
        lead, label = first, ent.label_
        if typ != "person" and adjective_before_place(sdoc, first, last):
            first, typ = first + 1, "state"  # "strongly Republican Wyoming": the state
        if last - first < len(ent):
            # "Besides Mexico", "Mexico Instead": the place alone, as the gazetteer has it
            typ = "state" if country_name(sdoc[first:last].text) else typ
            label = "PERSON" if typ == "person" else ""
        if typ == "person" and last - first >= 2 and sdoc[last - 1].lower_.rstrip(".") in TITLES:
            # "Marion Vanner, USA Dr Baker:": a title opening the next person's name
            last -= 1
            rest = sdoc[first:last].text
            typ = "state" if country_name(rest) or written_code(rest) else typ
            label = "PERSON" if typ == "person" else ""
        if typ == "person" and capitals_heading(sdoc[first:last], TITLES):
            continue
        if typ == "person" and last - first == 1 and given_name_before(sdoc, first):
            first = lead = first - 1  # "Speaking to Newsbeat Jermaine Jackson criticised"
        elif (
            typ == "person"
            and given_name_left_out(sdoc, first, last)
            # "Justice Antonin Scalia", "Judge Ito": a title the given-name list also knows;
            # "Sen. Bernie Sanders", "then-Sen. X": an abbreviated title, never a given name
            and sdoc[first - 1].is_alpha
            and sdoc[first - 1].lower_ not in TITLES | _TITLE_NAMES
        ):
            first = lead = first - 1  # "Marcel Lehel Lazar, 44,": the rarer middle name kept
        elif last - first == 1 and sdoc[first].text.isupper() and given_name_before(sdoc, first):
            # "SIR LIAM DONALDSON": a surname in capitals read as a body, after a given name
            first = lead = first - 1
            typ, label = "person", "PERSON"
        if typ != "person" and (_titled(ent) or _named_as_person(ent)):
            typ = "person"
        if typ == "person" and " " in ent.text and country_name(ent.text):
            typ = "state"  # "World leaders denounce N. Korea test": a country read as a name
        if typ == "person" and legal_form_at_end(ent.text):
            typ = "org"  # "Novartis AG": a company by its legal form
        if typ == "person":
            glued, first = past_leading_words(sdoc, first, last)
            lead = max(lead, glued)
            while first < last - 1 and sdoc[first].lower_.rstrip(".") in TITLES:
                first += 1
            if _title_complement(sdoc, ent, first):
                first += 1  # "Miss Universe Alicia Machado": the title's own word
        elif _deictic_after(ent):
            last, typ = ent.end + 1, "org"  # "Russia Today", "USA Today": a title of its own
        elif state_of_that_name(ent):
            last = ent.end + 1
        start, end = clean_span(text, sdoc[first].idx, sdoc[last - 1].idx + len(sdoc[last - 1]))
        if typ != "person":
            end, acronym = split_defined_acronym(text, start, end)
            if acronym is not None:
                add(*acronym, "acronym", typ, None)
            end = trim_dangling(text, start, end)
        surface = text[start:end]
        if len(surface) < 2 or not surface[:1].isupper():
            continue
        if surface.lower() in PRONOUNS and not acronym_in_capitals(ent, surface):
            continue
        role: str | None = None
        if typ == "person":
            prefix = (lead, first) if first > lead else _title_prefix(ent)
            if prefix and _title_of_a_given_name(sdoc, prefix, ent.end):
                start, prefix = sdoc[prefix[0]].idx, None  # "Prince Michael" said …
                surface = text[start:end]
            if prefix and sdoc[prefix[1] - 1].tag_ in ("NNS", "NNPS"):
                prefix = None  # "Third-party candidates Gary Johnson and Jill Stein"
            if prefix:
                a, b = _span_offsets(sdoc, *prefix)
                a, b = clean_span(text, a, b, keep_determiner=False)
                if b > a:
                    role = text[a:b]
            appos = _appos_role(ent)
            if appos and role is None:
                a, b = _span_offsets(sdoc, *appos)
                a, b = clean_span(text, a, b, keep_determiner=True)
                if b > a:
                    role = text[a:b]
                    if not _plural(sdoc[appos[0] : appos[1]].root):
                        add(a, b, "description", "person", role)
            head = _described_by(ent)
            if head is not None:
                first = head.left_edge.i
                # "But late yesterday the health minister, X": the parser may hang the
                # clause's opening on the noun; a description opens at its own determiner
                dets = [
                    c.left_edge.i
                    for c in head.children
                    if c.dep_ in ("det", "poss") and c.i < head.i
                ]
                first = max(first, min(dets, default=first))
                while first < head.i and sdoc[first].dep_ in ("preconj", "predet"):
                    first += 1  # "both President X and his wife": "both" joins the pair
                for i in range(head.i, first - 1, -1):
                    if "\n" in sdoc[i].text or "\n" in sdoc[i].whitespace_ or sdoc[i].text == ":":
                        first = i + 1 if i < head.i else head.i
                        break
                last = max(head.i + 1, ent.root.left_edge.i)
                a, b = _span_offsets(sdoc, first, last)
                a, b = clean_span(text, a, b, keep_determiner=True)
                # (a plural describes the set of people named, no one's role: "Third-party
                # candidates Gary Johnson and Jill Stein")
                # ("One candidate, X, said", "Another senator, X": counted among others,
                # a description that names no one's role nor alias)
                counted = sdoc[first].lower_ in _COUNTING
                if b > a and b <= start and not _plural(head) and not counted:
                    role = role or text[a:b]
                    add(a, b, "description", "person", text[a:b])
        add(start, end, _kind(surface, label), typ, role)
        covered.update(range(ent.start, last))

    for token in sdoc:
        if token.i in covered or token.pos_ != "NOUN" or token.tag_ == "NNS":
            continue
        if token.lemma_.lower() not in ROLE_NOUNS or token.dep_ in ("compound", "appos"):
            continue
        left = token.left_edge.i
        if any(i in covered for i in range(left, token.i + 1)):
            continue
        if sdoc[left].lower_ not in ("the", "a", "an") and sdoc[left].dep_ != "poss":
            continue
        a, b = _span_offsets(sdoc, left, token.i + 1)
        a, b = clean_span(text, a, b, keep_determiner=True)
        if b > a:
            add(a, b, "description", "person", text[a:b])
    for m in missed_outlets(document.id, sdoc):  # "the Ekho Moskvy radio station"
        add(m.start, m.end, "name", "org", None)
    known = {m.text for m in found.values() if m.kind == "acronym" and m.type == "org"}
    for tok in acronyms_in_capitals(sdoc, known, covered):
        add(tok.idx, tok.idx + len(tok.text), "acronym", "org", None)
    ordered = sorted(found.values(), key=lambda m: (m.start, m.end))
    unique = {(m.start, m.end): m for m in reversed(confirmed_in_headlines(text, ordered))}
    fitted = fit_mentions(text, sorted(unique.values(), key=lambda m: (m.start, m.end)), TITLES)
    # a name cut to the person's words inside it may now share its span with another mention
    spans = {(m.start, m.end): m for m in fitted}
    ordered = with_missed_relatives(
        document.id, sdoc, sorted(spans.values(), key=lambda m: (m.start, m.end)), TITLES
    )
    return [as_platform(m) for m in family_names(text, _retype_surnames(ordered))]


def _retype_surnames(mentions: list[Mention]) -> list[Mention]:
    """A one-word name that ends a person's full name in the text is that person's surname
    (spaCy often labels a lone surname as a place or an organisation). A country's or a
    state's name is a surname only after a given name ("Michael Jordan"): a headline or
    slogan the recogniser read as a person ("Sick Mexico", "Cruz's Iowa") does not make
    every "Mexico" or "Iowa" a person; nor does a possessive name ("Cruz's Iowa")."""
    surnames: dict[str, bool] = {}
    for m in mentions:
        ws = m.text.split()
        if any(w.endswith(("'s", "’s")) for w in ws):
            # "Trump’s Indiana (chairman)", "Cruz's Iowa": what a possessive owns, read as
            # a name, ends in no one's surname; every "Indiana" of the story would become a
            # person's
            continue
        if m.type == "person" and m.kind == "name" and len(ws) >= 2:
            surnames[ws[-1]] = surnames.get(ws[-1], False) or given_name(ws[0])
    out = []
    for m in mentions:
        # a label or caption line in capitals ("SIR LIAM DONALDSON, CHIEF MEDICAL OFFICER")
        # writes the surname so
        word = m.text.title() if m.text.isupper() and len(m.text) > 2 else m.text
        surname = m.type != "person" and m.kind != "acronym" and word in surnames
        if surname and (surnames[word] or not (country_name(word) or region_name(word))):
            m = replace(m, type="person", kind="surname")
        out.append(m)
    return out
