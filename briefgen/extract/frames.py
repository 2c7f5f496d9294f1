"""Reporting frames read off the dependency parse: a cue, its speaker phrase, its content.

A frame is a cue verb with its clausal complement ("X said that …"), an interrupting cue
("Prices, he said, will rise"), a cue verb's complements ("called the plan a disaster"), a
stance adjective ("was confident that …"), a possessed stance noun ("X's intention was to
…") or "according to X". Offsets are character offsets into the parsed text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.extract.clause_slips import (
    inverted_clause,
    swallowed_subject,
    that_clause,
    unmarked_clause,
)
from briefgen.extract.cue_subject import holder, subject_of
from briefgen.extract.cues import (
    ADJ_CUES,
    NO_OBJECT_CUES,
    NOUN_CUES,
    OBJECT_CUES,
    PREP_CUES,
    SPEECH_VERBS,
    STANCE_VERBS,
    XCOMP_CUES,
)
from briefgen.extract.doctext import doc_text
from briefgen.extract.foretold import foretold_knowing
from briefgen.extract.purpose import with_purpose
from briefgen.extract.speaker_phrase import speaker_span
from briefgen.extract.unnamed import generic, part_of
from briefgen.extract.voice import is_passive, parenthetical_participle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class Frame:
    """A cue with its speaker phrase (or None) and its content span."""

    __slots__ = ("cue", "end", "speaker", "start", "unnamed", "weak")

    def __init__(
        self,
        cue: Token,
        speaker: Span | None,
        start: int,
        end: int,
        weak: bool = False,
        unnamed: str = "",
    ) -> None:
        self.cue = cue
        self.speaker = speaker
        self.start = start
        self.end = end
        self.weak = weak  # a stance verb's complements, not a speech act: carries no quotation
        # the speaker phrase names no actor: "part" of a group ("some Democrats"), or a
        # writer's "generic" account of one ("Democrats want …"); "" when it may
        self.unnamed = unnamed


def _subtree_span(tok: Token) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


# Verbs that name something when used as a participle: "the bill, known as …".
_NAMING = frozenset({"know", "call", "name", "dub", "nickname", "label", "brand", "title"})


def naming(verb: Token) -> bool:
    """ "The law, known as the 'Justice Act'", "a group called the Legacy Fund": a past
    participle of naming after its noun, or before "as", gives a name, not a statement."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _NAMING:
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in verb.children):
        return False  # "was called a liar by …", "has called the plan …"
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is None:
        return False
    if nxt.lower_ == "as":
        return True
    if nxt.pos_ == "DET" and verb.i + 2 < len(doc):
        nxt = doc[verb.i + 2]
    # the name follows ("called the Legacy Fund", 'dubbed "…"'); "called Friday for …" is
    # the parser hanging a main verb on a noun, and a day is no name
    named = nxt.pos_ == "PROPN" and nxt.ent_type_ not in ("DATE", "TIME")
    # one name, not an object and what it is called ("called Oz a quack")
    objects = [c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr", "xcomp")]
    return verb.dep_ in ("acl", "amod") and (named or nxt.text in "\"“'‘") and len(objects) <= 1


# Adjectives of the writer's judgement on a clause: "it is apparent that …".
_IMPERSONAL = frozenset({"apparent", "obvious", "unclear", "clear", "evident", "uncertain"})


def _judged(adj: Token) -> Token:
    """The clause an adjective of judgement weighs: its own, or its copula's after it."""
    for c in (*adj.children, *adj.head.children):
        if c.dep_ == "ccomp" and c.i > adj.i:
            return c
    return adj


def _impersonal(adj: Token) -> bool:
    """An adjective of judgement whose subject is the expletive "it", with a clause."""
    if adj.lemma_.lower() not in _IMPERSONAL or _judged(adj) is adj:
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in adj.head.children)


# A stance verb whose particle makes it another verb, of presence, not of stance: "did
# not show up in person for the race" tells where Sanders was, not what he holds ("the
# poll shows …" is the stance verb).
_PHRASAL_ACTS = {"show": frozenset({"up"})}


def _phrasal_act(verb: Token) -> bool:
    """Whether ``verb`` with its particle is a verb of presence (``_PHRASAL_ACTS``)."""
    particles = _PHRASAL_ACTS.get(verb.lemma_.lower(), frozenset())
    return any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children)


def find_frames(sdoc: Doc) -> list[Frame]:
    """Reporting frames: cue, speaker phrase and content span."""
    frames: list[Frame] = []
    for tok in sdoc:
        lemma = tok.lemma_.lower()
        content: tuple[int, int] | None = None
        weak = False
        if foretold_knowing(tok):
            continue  # "Holt will know by our actions that …": a prediction, not a stance
        if tok.pos_ in ("VERB", "AUX") and lemma in SPEECH_VERBS and not naming(tok):
            content = _before_next_report(tok, _clauses(tok))
            if content is None and lemma in XCOMP_CUES:
                obj = next((c for c in tok.children if c.dep_ in ("dobj",)), None)
                xcomp = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
                if xcomp is not None:
                    start = _subtree_span(obj)[0] if obj is not None else _subtree_span(xcomp)[0]
                    content = (start, _subtree_span(xcomp)[1])
            if content is None and lemma in PREP_CUES:
                content = _prep_content(tok, PREP_CUES[lemma])
            if content is None and lemma in OBJECT_CUES:
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if obj is not None and len(list(obj.subtree)) >= 3:
                    content = _subtree_span(obj)
            if content is None:
                content = _interrupting(tok)
            if content is None and lemma not in NO_OBJECT_CUES:
                content, weak = _complements(tok), True
        elif tok.pos_ == "VERB" and lemma in STANCE_VERBS and not _phrasal_act(tok):
            content, weak = _complements(tok), True
        elif tok.pos_ == "VERB" and lemma in PREP_CUES:
            # a verb of talk that reports only through its preposition ("spoke of the
            # legacy", "talked about jobs"): "spoke to reporters" or a bare "talked" says
            # nothing one could hold
            content = _prep_content(tok, PREP_CUES[lemma])
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp" and _impersonal(tok):
            # "It is apparent that …", "it was unclear whether …": the writer's judgement,
            # held by no one, around a clause whose own cues it encloses
            start, end = _subtree_span(_judged(tok))
            frames.append(Frame(tok, None, start, end))
            continue
        elif tok.pos_ == "ADJ" and lemma in ADJ_CUES and tok.dep_ == "acomp":
            for child in tok.children:
                if child.dep_ in ("ccomp", "xcomp", "prep"):
                    content = _subtree_span(child)
                    break
        elif tok.pos_ == "NOUN" and lemma in NOUN_CUES:
            frame = _noun_frame(tok)
            if frame:
                frames.append(frame)
            continue
        elif tok.lower_ == "according":
            frame = _according(tok)
            if frame:
                frames.append(frame)
            continue
        if content is None:
            continue
        content = with_purpose(tok, content)
        content = _without_cut_clause(tok, content)
        subj = subject_of(tok)
        if subj is None and not is_passive(tok):
            subj = swallowed_subject(tok)
        if subj is not None and parenthetical_participle(tok, subj):
            continue  # "Hong Kong, criticised for …, has sealed …": criticised, not critic
        passive = is_passive(tok)
        if subj is None and (passive or weak):
            continue  # "is expected to", "was accused of": no one holds this position
        if passive and subj is not None and subj.dep_ != "pobj":
            # "Jurors … have been told": a passive cue's subject heard it; only an agent
            # ("was told by X") said it, however the parse climbed to a subject
            subj = None
        if (weak or tok.pos_ == "ADJ") and subj is not None and not holder(subj):
            # "the need pushes …", "the way he carried himself was critical to …": a stance
            # needs someone to hold it
            continue
        if _noun_complement(tok):
            continue
        # "Democrats want X" (the writer's generalisation) and "some Democrats privately
        # express …" are attributed in the text, but to no one who could be profiled
        unnamed = ""
        if subj is not None and generic(tok, subj, weak or lemma in STANCE_VERBS):
            unnamed = "generic"
        elif subj is not None and part_of(subj):
            unnamed = "part"
        speaker = speaker_span(subj) if subj is not None else None
        frames.append(Frame(tok, speaker, content[0], content[1], weak, unnamed))
    return frames


# Words that are prepositions ("after the vote") and open clauses too ("after the council,
# worried about costs, closed the bridge").
_SUBORDINATORS = frozenset({"after", "before", "since", "until", "till", "once", "because", "as"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _without_cut_clause(cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """``content`` without a clause it opens but does not hold: "accused Elmwood of bias
    after Elmwood, worried about the virus, ordered 40 visitors into quarantine" is parsed
    as "after Elmwood" and a second verb of the cue's own, which the content stops short
    of. Ending on "after Elmwood" would leave the clause's subject without its verb; the
    content ends before "after". A verb joined by "and" or with a subject of its own is
    another clause, and leaves the content as it is."""
    start, end = content
    doc = cue.doc
    if not _comma_at(doc_text(doc), end):
        return content
    inside = _tokens_from(cue.i + 1, doc, start, end)
    if not inside:
        return content
    last = inside[-1]
    prep = next(
        (
            t
            for t in inside
            if t.dep_ == "prep" and t.lower_ in _SUBORDINATORS and t.right_edge == last
        ),
        None,
    )
    if prep is None or prep.i == inside[0].i:
        return content
    verb = next(
        (
            t
            for t in doc[last.i + 1 : last.sent.end]
            if t.head.i == prep.head.i and t.dep_ in ("conj", "dep") and t.tag_ in _FINITE
        ),
        None,
    )
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "cc") for c in verb.children):
        return content
    if any(t.dep_ == "cc" and t.head.i == prep.head.i for t in doc[last.i + 1 : verb.i]):
        return content  # "… after the vote, and then ordered …": the cue's own second verb
    before = prep.i - 1
    while before > inside[0].i and doc[before].is_punct:
        before -= 1
    return start, doc[before].idx + len(doc[before].text)


def _comma_at(text: str, at: int) -> bool:
    """Whether a comma stands at ``at``, past spaces and tabs."""
    while at < len(text) and text[at] in " \t":
        at += 1
    return text.startswith(",", at)


def _tokens_from(first: int, doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens from index ``first`` on that begin in ``start:end``. Tokens stand in
    text order, so the scan stops at ``end``: run to the page's end for each cue, it made
    the reporting frames quadratic in a long page."""
    inside = []
    for i in range(first, len(doc)):
        token = doc[i]
        if token.idx >= end:
            break
        if token.idx >= start:
            inside.append(token)
    return inside


def _prep_content(cue: Token, preps: frozenset[str]) -> tuple[int, int] | None:
    """What a cue reports through one of its prepositions: "warned of a slowdown"."""
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and len(list(pobj.subtree)) >= 2:
                return _subtree_span(pobj)
    return None


def _clauses(cue: Token) -> tuple[int, int] | None:
    """The clause a cue verb reports. A cue after its content ("A, but B, the source added")
    reports every clause before it, however the parser hung them: the first alone would
    leave the rest to whichever cue sits inside them ("A" is "X had told them that …")."""
    clauses = [c for c in cue.children if c.dep_ in ("ccomp", "parataxis") and c.i != cue.i]
    if not clauses:
        return unmarked_clause(cue) or that_clause(cue) or inverted_clause(cue)
    if all(c.i < cue.i for c in clauses):
        return _subtree_span(clauses[0])[0], max(_subtree_span(c)[1] for c in clauses)
    first = _subtree_span(clauses[0])
    if clauses[0].i > cue.i or _CLOSING & set(doc_text(cue.doc)[first[1] - 2 : first[1] + 3]):
        return first  # '"It's finished," she said of …': the quotation is what was said
    # "While …, Ham noted several intangibles left him …": what follows the cue is its
    # complement; a clause before it is another sentence part the parser hung on it
    return _subtree_span(next(c for c in clauses if c.i > cue.i))


_CLOSING = frozenset({'"', "”", "’", "'", "»"})


def _before_next_report(cue: Token, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "She said A, and when pressed, the mother of three replied B": a clause joined to
    the reported one that has a speech verb and a subject of its own is the writer's next
    report, not part of what the cue reports; the content stops before it."""
    if content is None:
        return None
    start, end = content
    for tok in cue.doc[cue.i + 1 :]:
        if tok.idx >= end:
            break
        if tok.idx <= start or tok.dep_ != "conj" or tok.lemma_.lower() not in SPEECH_VERBS:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or tok.head.i == cue.i:
            continue
        lead = [c.left_edge.i for c in tok.children if c.dep_ in ("cc", "advcl")]
        cut = min([subj.left_edge.i, *lead])
        while cut > 0 and (cue.doc[cut - 1].is_punct or cue.doc[cut - 1].dep_ == "cc"):
            cut -= 1
        if cue.doc[cut].idx > start:
            return start, cue.doc[cut - 1].idx + len(cue.doc[cut - 1].text)
    return content


_COMPLEMENTS = ("dobj", "prep", "xcomp", "oprd", "attr", "dative", "ccomp", "acomp")


def _interrupting(tok: Token) -> tuple[int, int] | None:
    """'Prices, he said, will rise': a cue inserted into the clause it reports."""
    head = tok.head
    if tok.dep_ != "parataxis" or head.pos_ not in ("VERB", "AUX") or head.i == tok.i:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    opener = subj.left_edge.i - 1
    if subj.i < tok.i and (opener < 0 or tok.doc[opener].text not in _OPENERS):
        # "His group, called the Legacy Fund, will …": the subject before the comma is
        # the clause's own, and the participle names it; an inserted cue's subject comes
        # after the comma that opens the insertion ("Prices, he said, will rise")
        return None
    return _subtree_span(head)


_OPENERS = frozenset({",", "—", "–", "-", "--", "("})


def _complements(tok: Token) -> tuple[int, int] | None:
    """The complements right of a cue verb: 'called the plan a disaster', 'cited polls'."""
    right = [c for c in tok.children if c.i > tok.i and c.dep_ in _COMPLEMENTS]
    if not right:
        return None
    first = min(c.left_edge.i for c in right)
    last = max(c.right_edge.i for c in right)
    for t in tok.doc[first : last + 1]:
        if t.dep_ == "relcl" and t.lemma_.lower() in SPEECH_VERBS and t.left_edge.i > first:
            # "endorses Trump, who says he is honored": the relative clause is the other
            # one's own statement, not part of the stance
            last = t.left_edge.i - 1
            while last > first and tok.doc[last].is_punct:
                last -= 1
            break
    words = [t for t in tok.doc[first : last + 1] if not t.is_punct]
    if len(words) < 2 or all(t.pos_ in ("PRON", "PROPN", "DET") for t in words):
        return None
    doc = tok.doc
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _noun_complement(cue: Token) -> bool:
    """ "the fact that the Americans want them nearby betrays …", "reports that X called
    …": a cue in the clause a noun takes as its content is part of what is said of that
    noun (by the writer or whoever reports it), not a statement of its own."""
    clause = cue
    for _ in range(3):
        if clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and not holder(clause.head):
            marks = (c.lower_ for c in clause.children if c.dep_ == "mark")
            return any(m in ("that", "whether") for m in marks)
        if clause.dep_ not in ("conj", "xcomp"):
            return False
        clause = clause.head
    return False


def _noun_frame(noun: Token) -> Frame | None:
    """A position carried by a noun of its possessor: 'X's intention was to …'."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    if owner is None:
        return None
    sent = noun.sent
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")), None)
    if clause is not None:
        start, end = _subtree_span(clause)
    elif noun.dep_ == "pobj" and noun.head.lower_ == "in":  # "In X's view, …"
        after = (noun.right_edge.idx + len(noun.right_edge.text), sent.end_char)
        before = (sent.start_char, noun.head.idx)
        start, end = after if after[1] - after[0] >= before[1] - before[0] else before
    elif noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("xcomp", "ccomp", "agent", "attr") and len(list(c.subtree)) >= 3
        for c in noun.head.children
    ):  # "X's intention was to …", "X's view is shaped by …"
        start, end = noun.left_edge.idx, sent.end_char
    elif noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == ":":
        start, end = noun.doc[noun.i + 1].idx + 1, sent.end_char
    else:
        return None
    return Frame(noun, speaker_span(owner), start, end)


def _according(tok: Token) -> Frame | None:
    """'According to X, …' / '…, according to X.': the rest of the sentence is the content."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None:
        return None
    sent = tok.sent
    a_start, a_end = tok.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
    before = (sent.start_char, a_start)
    after = (a_end, sent.end_char)
    start, end = after if after[1] - after[0] > before[1] - before[0] else before
    return Frame(tok, speaker_span(pobj), start, end)


def outermost(frames: list[Frame]) -> list[Frame]:
    """Frames whose cue is not inside what another report says.

    In "X said she expects the campaign to …" or "…, the source added" after "Clinton had
    told police that …", the text attributes the whole clause to the outer speaker: the
    inner cue is part of the report (the attribution corpora's convention), and the inner
    speaker's words are known only through the outer one. Left in, the inner frame would
    claim a quotation or a clause the outer report holds. Only a speech act encloses
    (a stance verb's complements carry no report), and a cue interrupting its own content
    ("Prices, he said, will rise") encloses nothing.
    """
    outer = [
        (f.start, f.end)
        for f in frames
        if not f.weak
        and (f.cue.pos_ in ("VERB", "AUX") or (f.cue.pos_ == "ADJ" and f.speaker is None))
        and not f.start <= f.cue.idx < f.end
    ]
    return [
        f
        for f in frames
        if not any(a <= f.cue.idx < b and (a, b) != (f.start, f.end) for a, b in outer)
    ]
