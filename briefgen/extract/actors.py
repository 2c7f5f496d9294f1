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
from typing import TYPE_CHECKING

from briefgen import heap
from briefgen.extract.actor_words import PRONOUNS, ROLE_NOUNS, TITLES, word_set
from briefgen.extract.country_names import country_name, region_name
from briefgen.extract.cut_names import cut_from_longer_name
from briefgen.extract.family_names import family_names
from briefgen.extract.given_names import given_name
from briefgen.extract.headlines import confirmed_in_headlines
from briefgen.extract.meeting_series import series_span
from briefgen.extract.missed_names import with_missed_relatives
from briefgen.extract.name_roles import (
    COUNTING,
    abbreviated_word,
    after_a_description,
    appos_role,
    deictic_after,
    described_by,
    named_as_person,
    plural_description,
    span_offsets,
    title_complement,
    title_of_a_given_name,
    title_prefix,
    titled_name,
)
from briefgen.extract.nameedges import (
    adjective_before_place,
    capitals_heading,
    given_name_before,
    given_name_left_out,
    past_leading_words,
    title_opens_after,
    trade_noun_before,
    unglued,
)
from briefgen.extract.namefit import NOT_PERSON_HEADS, fit_mentions
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
from briefgen.extract.past_titles import title_held_before
from briefgen.extract.platforms import as_platform
from briefgen.extract.title_edges import abbreviated_title, apostrophe_surname, in_the_name_phrase
from briefgen.extract.title_words import in_full
from briefgen.extract.unnamed import quantified
from briefgen.models import ActorType, Document, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


ENTITY_TYPES: dict[str, ActorType] = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "state",
    "NORP": "group",
}

# Words after a place or a body that make a title, not the rest of a name: "House Speaker".
_CUT_TITLES = TITLES | word_set("speaker lawmaker ceo cfo coo justice counsel")

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
@heap.corpus_cache(1 << 16)
def plain(text: str) -> str:
    """A surface string without markdown links or emphasis and with collapsed spaces."""
    text = _MD_LINK.sub(r"\1", text).replace("*", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


# Joins the texts ``plain_all`` reads in one pass: no pattern of ``plain`` matches it or
# spans it (it is neither a space nor a bracket).
_APART = "\x00"


def plain_all(texts: list[str]) -> list[str]:
    """``[plain(t) for t in texts]``, read in one pass over their joined text and not cached.

    For a long list read once (the gazetteer's 34,000 towns): one call of ``plain`` a text
    cost a small build's aggregation some 0.06 CPU s (docs/scale.md, Part BO), and cached,
    the towns pushed the corpus's own names out of ``plain``'s table. A text holding a
    link's bracket, or the joining character, is read alone, as ``plain`` reads it."""
    joined = _APART.join(texts)
    if "[" in joined or joined.count(_APART) != max(len(texts) - 1, 0):
        return [plain.__wrapped__(t) for t in texts]
    spaced = re.sub(r"\s+", " ", joined.replace("*", "").replace("\u00a0", " "))
    return [t.strip() for t in spaced.split(_APART)] if texts else []


def _kind(text: str, label: str) -> str:
    if _ACRONYM.match(text.replace(" ", "")):
        return "acronym"
    if label == "PERSON" and len(text.split()) == 1:
        return "surname"
    return "name"


# Titles that are given names too ("Justice", "Major", "Dean").
_TITLE_NAMES = word_set(
    "justice judge chief general major dean bishop elder deacon marshal sister brother father"
    " mother saint king prince queen pastor rabbi imam cardinal pope sheriff deputy captain"
    " colonel sergeant coach nurse doctor"
)
# Titles and the titles the given-name list also knows, asked together per mention.
_TITLE_WORDS = TITLES | _TITLE_NAMES


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
            add(*clean_span(text, *span_offsets(sdoc, *series)), "name", "org", None)
            covered.update(range(*series))
            continue
        typ = ENTITY_TYPES.get(ent.label_) or ("org" if housed_body(ent) else None)
        if typ is None:
            continue
        if typ != "person" and not deictic_after(ent) and cut_from_longer_name(ent, _CUT_TITLES):
            continue  # "Islamic" of "Islamic State", "Super" of "Super Tuesday"
        if ent.root.dep_ == "amod" or (ent.label_ in ("PERSON", "NORP") and ent.root.tag_ == "JJ"):
            continue  # "Russian officials", "Islamic": an adjective, not a reference
        if typ != "person" and quantified(ent.root):
            continue  # "many Republicans", "85% of Democrats": some members, not the party
        if typ != "person" and title_opens_after(ent, TITLES):
            continue  # "Republican National Chairman X": the title's words, no body's name
        first, last = unglued(ent)
        lead, label = first, ent.label_
        # "Insurer Lloyd's of London is suing": a trade's noun written before the name
        if sdoc[first].lower_ not in TITLES and trade_noun_before(
            sdoc, first, last, NOT_PERSON_HEADS
        ):
            first += 1
        if typ == "person" and last == ent.end and apostrophe_surname(sdoc, last):
            last += 1  # "Bill O’Reilly": the recogniser stopped at the curly apostrophe
        if typ != "person" and adjective_before_place(sdoc, first, last):
            first, typ = first + 1, "state"  # "strongly Republican Wyoming": the state
        if last - first < len(ent):
            # "Besides Mexico", "Mexico Instead": the place alone, as the gazetteer has it
            typ = "state" if country_name(sdoc[first:last].text) else typ
            label = "PERSON" if typ == "person" else ""
        if typ != "person" and last - first >= 2 and abbreviated_title(sdoc, last - 1):
            last -= 1  # "Army Capt. Christian Pardo": a rank is no name; the body is "Army"
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
            and sdoc[first - 1].lower_ not in _TITLE_WORDS
        ):
            first = lead = first - 1  # "Marcel Lehel Lazar, 44,": the rarer middle name kept
        elif last - first == 1 and sdoc[first].text.isupper() and given_name_before(sdoc, first):
            # "SIR LIAM DONALDSON": a surname in capitals read as a body, after a given name
            first = lead = first - 1
            typ, label = "person", "PERSON"
        if typ != "person" and (titled_name(ent) or named_as_person(ent)):
            typ = "person"
        if typ == "person" and " " in ent.text and country_name(ent.text):
            typ = "state"  # "World leaders denounce N. Korea test": a country read as a name
        if typ == "person" and legal_form_at_end(ent.text):
            typ = "org"  # "Novartis AG": a company by its legal form
        if typ == "person":
            glued, past = past_leading_words(sdoc, first, last)
            # (a trade's noun cut before stays the lead: "Filmmaker" is the role)
            lead, first = (max(lead, glued) if glued > first else lead), past
            while first < last - 1 and sdoc[first].lower_.rstrip(".") in TITLES:
                first += 1
            if title_complement(sdoc, ent, first):
                first += 1  # "Miss Universe Alicia Machado": the title's own word
        elif deictic_after(ent):
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
        short_title = False
        if typ == "person":
            prefix = (lead, first) if first > lead else title_prefix(ent)
            if prefix and prefix[1] > first and sdoc[first].lower_ not in _TITLE_WORDS:
                # "DNC Chair Debbie Wasserman Schultz", the recogniser's name "Wasserman
                # Schultz": the given name taken back into the name is no word of the title
                # (a title the given-name list also knows, "Chief Justice Roberts", still is one)
                prefix = (prefix[0], first) if prefix[0] < first else None
            if prefix and title_of_a_given_name(sdoc, prefix, ent.end):
                start, prefix = sdoc[prefix[0]].idx, None  # "Prince Michael" said …
                surface = text[start:end]
            if prefix and sdoc[prefix[1] - 1].tag_ in ("NNS", "NNPS"):
                prefix = None  # "Third-party candidates Gary Johnson and Jill Stein"
            if prefix:
                prefix = in_the_name_phrase(sdoc, ent, prefix)
            if prefix and title_held_before(ent, document.date):
                prefix = None  # "Attorney X was elected governor in 2009": then, not now
            appos = appos_role(ent)
            if prefix and appos and any(abbreviated_word(t) for t in sdoc[prefix[0] : prefix[1]]):
                # "Sen. X (D-Nev.), the chamber's Democratic leader": the apposition says
                # more than the short title, and is a description of its own
                prefix = None
            if prefix:
                prefix = after_a_description(sdoc, prefix)
            if prefix:
                a, b = span_offsets(sdoc, *prefix)
                a, b = clean_span(text, a, b, keep_determiner=False)
                if b > a:
                    role = in_full(text[a:b])
                    # a description before it says more ("vice-presidential nominee Gov. X")
                    short_title = role != text[a:b]
            if appos and role is None:
                a, b = span_offsets(sdoc, *appos)
                a, b = clean_span(text, a, b, keep_determiner=True)
                if b > a:
                    role = text[a:b]
                    if not plural_description(sdoc[appos[0] : appos[1]].root):
                        add(a, b, "description", "person", role)
            head = described_by(ent)
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
                a, b = span_offsets(sdoc, first, last)
                a, b = clean_span(text, a, b, keep_determiner=True)
                # (a plural describes the set of people named, no one's role: "Third-party
                # candidates Gary Johnson and Jill Stein")
                # ("One candidate, X, said", "Another senator, X": counted among others,
                # a description that names no one's role nor alias)
                counted = sdoc[first].lower_ in COUNTING
                if b > a and b <= start and not plural_description(head) and not counted:
                    role = text[a:b] if short_title or not role else role
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
        a, b = span_offsets(sdoc, left, token.i + 1)
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
