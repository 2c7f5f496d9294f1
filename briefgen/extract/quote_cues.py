"""The cue of a quotation, read off the words around it.

A quotation's cue may stand after it ('"…," said X', '"…," as the memo put it', a name
signing it on its line), before it ('X said: "…"', 'Said Ellis: "…"', 'X boasted, "…"'),
or be only a name and a colon ('Jeffrey M. Jones: "…"'); words before a quotation with
no cue may say it is no one's ('However, "…"', 'known as the "…"'). Each function returns the cue
token (None when only a name introduces the quotation) and the speaker phrase.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.extract.cue_subject import subject_of
from briefgen.extract.cues import SPEECH_VERBS
from briefgen.extract.frames import Frame, naming
from briefgen.extract.quotes import Quote
from briefgen.extract.speaker_phrase import after_cue, speaker_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# a name signing a quotation, on the quotation's own line ("…” ― Carla Sanchez.")
_DASH_NAME = re.compile(
    r"[ \t\u00a0]*[―—–-]{1,2}[ \t\u00a0]*([A-Z][\w.'’-]*(?:[ \t\u00a0]+[A-Z][\w.'’-]*){0,4})"
)


def _says(verb: Token) -> bool:
    """A verb of saying, or "put it" ('"…," as the memo put it')."""
    lemma = verb.lemma_.lower()
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    return lemma in SPEECH_VERBS


def adjacent_cue(
    sdoc: Doc, text: str, q: Quote, frames: list[Frame]
) -> tuple[Token | None, Span | None]:
    """A cue just after ('"…," said X') or just before ('X said: "…"') a quotation."""
    m = _DASH_NAME.match(text, q.end + 1)
    if m and (m.end() == len(text) or text[m.end()] in ".,;" or text[m.end()].isspace()):
        named = sdoc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if named is not None:
            return None, named
    after = sdoc.char_span(q.end, min(len(text), q.end + 80), alignment_mode="expand")
    if after is not None:
        for tok in after[:14]:
            if "\n" in tok.text or (tok.is_sent_start and tok.i > 0 and tok.idx > q.end + 3):
                break
            if tok.pos_ in ("VERB", "AUX") and _says(tok) and not naming(tok):
                between = [t for t in after if t.i < tok.i and t.pos_ in ("PROPN", "NOUN")]
                subj = subject_of(tok)
                if subj is not None and q.start <= subj.idx < q.end:
                    subj = None  # a word of the quotation is no speaker
                if subj is not None and between and subj.i > tok.i:
                    # '"…," Flynn, a top surrogate, said on "Fox and Friends"': whoever
                    # stands between the quotation and its cue said it, however parsed
                    subj = None
                if subj is not None:
                    return tok, speaker_span(subj)
                # an inverted cue ('"…," said X') follows the quotation right away; in
                # '"…" it will be hard to answer such questions' no one after it speaks
                inverted = all(
                    t.is_punct or t.is_space or t.pos_ == "ADV" for t in after if t.i < tok.i
                )
                after_span = after_cue(tok, lambda i: q.start <= i < q.end) if inverted else None
                if after_span is not None and not between:
                    return tok, after_span
                if between:  # '"…," Brent Bozell, founder of …, tells Breitbart'
                    return tok, speaker_span(
                        between[0].head if between[0].dep_ in ("compound", "flat") else between[0]
                    )
                if after_span is not None:
                    return tok, after_span
    line_start = text.rfind("\n", 0, q.start) + 1
    before = text[line_start : _bare_end(text, line_start, q.start)]
    if not before.strip():  # the quotation opens its paragraph: 'He said:' on the line before
        prev_end = len(text[:line_start].rstrip())
        if text[prev_end - 1 : prev_end] == ":":
            line_start = text.rfind("\n", 0, prev_end) + 1
            before = text[line_start:prev_end]
    if before.endswith((":", ",")) or (before and not before.rstrip().endswith((".", "?", "!"))):
        # only a cue of the quotation's own sentence: in 'X promised A. However, "B"' the
        # "However," is no cue, and X's promise does not reach over the full stop
        ends = list(re.finditer(r"[.!?][\"”’]?\s", before))
        opens = line_start + ends[-1].end() if ends else line_start
        span = sdoc.char_span(opens, q.start, alignment_mode="expand")
        spoken = _last_saying(span) if span is not None else None
        for f in reversed(frames):
            if not f.weak and opens <= f.cue.idx < q.start:
                if spoken is not None and spoken.i > f.cue.i and not _says(f.cue):
                    # 'X was also critical of the plan, telling a radio station: "…"':
                    # the verb of saying nearer the quotation introduces it, not a
                    # stance the clause reports before it
                    break
                return f.cue, f.speaker
        if spoken is not None:
            subj = subject_of(spoken)
            return spoken, speaker_span(subj) if subj is not None else None
        if span is not None and before.endswith(":"):
            return _colon_intro(span)
    return None, None


def _last_saying(span: Span) -> Token | None:
    """The verb of saying nearest the end of ``span``, the words before a quotation; none
    past a name the text gives ('the law, known as the "…"': a name, not a quotation)."""
    for tok in reversed(span):
        if naming(tok):
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS:
            return tok
    return None


# 'Said Ellis: "…"', 'Added the mayor, "…"': a cue opening its sentence, then its speaker.
_INVERTED_INTRO = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)([A-Z][a-z]+)\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"\s*[,:]\s*$"
)


def inverted_intro(sdoc: Doc, text: str, q: Quote) -> tuple[Token | None, Span | None]:
    """'Said Ellis: "…"': a speech verb in the past or present opening the quotation's
    sentence, followed by the speaker's name and a colon or comma."""
    line_start = text.rfind("\n", 0, q.start) + 1
    before = text[line_start : _bare_end(text, line_start, q.start)]
    m = _INVERTED_INTRO.search(before)
    if m is None:
        return None, None
    verb = sdoc.char_span(line_start + m.start(1), line_start + m.end(1))
    name = sdoc.char_span(line_start + m.start(2), line_start + m.end(2), alignment_mode="expand")
    if verb is None or name is None or verb[0].lemma_.lower() not in SPEECH_VERBS:
        return None, None
    if verb[0].tag_ not in ("VBD", "VBZ") and not verb[0].lower_.endswith(("ed", "s")):
        return None, None
    return verb[0], name


def introducing_cue(
    sdoc: Doc, text: str, q: Quote, frames: list[Frame]
) -> tuple[Token | None, Span | None]:
    """'X boasted, "…"', 'X said: "…"': a speech verb with a subject, ending its clause
    right before the quotation's opening mark (nothing but a comma or colon between). Not
    one inside what another report says ('I hope America says, "…"'): the outer report
    holds it."""
    before = text[: q.start].rstrip(" \"“„«'‘")
    if not before.endswith((",", ":")):
        return None, None
    span = sdoc.char_span(max(0, len(before) - 40), len(before) - 1, alignment_mode="contract")
    if span is None or not len(span):
        return None, None
    verb = span[-1]
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in SPEECH_VERBS:
        return None, None
    if any(f.start <= verb.idx < f.end for f in frames):
        return None, None
    subj = subject_of(verb)
    if subj is None or subj.i > verb.i:
        return None, None
    return verb, speaker_span(subj)


def _colon_intro(span: Span) -> tuple[Token | None, Span | None]:
    """'Jeffrey M. Jones: "…"', 'She then addressed the supporters: "…"'."""
    toks = [t for t in span if not t.is_space and t.text not in (":", '"', "“", "„", "«")]
    if not toks:
        return None, None
    last = toks[-1]
    addressed = last.pos_ == "PROPN" and _addressed(last, span)
    if last.pos_ == "PROPN" and not addressed:  # a name introducing the quotation
        first = last
        while first.i > span.start and span.doc[first.i - 1].pos_ == "PROPN":
            first = span.doc[first.i - 1]
        return None, span.doc[first.i : last.i + 1]
    # whom the words were told to ends the clause of who told them: its main clause's
    # subject, whatever clause of what was told the parser hung the outlet on ("explained
    # what went wrong … to the paper X:" is the explaining's, not the "went")
    head = _top(last, span) if addressed else _clause_head(last, span)
    if head.pos_ not in ("VERB", "AUX"):
        return None, None
    subj = subject_of(head)
    if addressed and subj is not None and subj.pos_ == "NOUN":
        # a clause that told someone its words has a speaker, a description as much as a
        # name: "One early backer, Senator X, tried it out in an interview with a paper:"
        # is X's (the name in apposition), "The governor explained … to the paper:" the
        # governor's
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subj)
        return (head if _says(head) else None), speaker_span(subj)
    if subj is None or subj.pos_ not in ("PROPN", "PRON") or subj.tag_ in ("WP", "WDT"):
        return None, None
    # No verb of saying stands before the colon (``adjacent_cue`` looked for one): the
    # clause tells what the speaker did ('tried to reassure the farmers:', 'delivered a
    # blunt message:'), and its verb is no cue of the words ("X tried to reassure: …"
    # is no English, nor what the text says). The speaker stays; the cue is left out, as
    # a name and a colon introduce a quotation.
    return (head if _says(head) else None), speaker_span(subj)


# What a name ending a clause is when it is the clause's object: whom the words were
# told or given to, not who said them.
_OBJECTS = frozenset({"pobj", "dobj", "dative", "iobj", "obj"})


def _addressed(name: Token, span: Span) -> bool:
    """Whether ``name`` (the last word before a colon) is the object of a verb or a
    preposition of the clause before it: "explained what went wrong … to the weekly
    paper Harbour Courier:", "in an interview with the Tribune:" name the outlet told,
    not the speaker; "Jeffrey M. Jones:" alone introduces his words. The clause's subject
    is the speaker (``_colon_intro`` reads it from the clause's head)."""
    head = name
    # up the name's own words (a title, a given name) and the noun it names ("the Dutch
    # daily X": X in apposition) to the word its phrase hangs on
    while head.dep_ in ("compound", "flat", "appos") and span.start <= head.head.i < span.end:
        head = head.head
    if head.dep_ not in _OBJECTS or not span.start <= head.head.i < span.end:
        return False
    # told by a clause: its verb before the colon; a headline run into a name and its
    # colon ("X 'responsible' for Y's death Dr Z:") has none, and Dr Z speaks
    return _top(head, span).pos_ in ("VERB", "AUX")


def _top(tok: Token, span: Span) -> Token:
    """The word ``tok`` hangs on at the top of ``span``: its main clause's verb."""
    while tok.head.i != tok.i and span.start <= tok.head.i < span.end:
        tok = tok.head
    return tok


# marks that may open a quotation, between an introducing colon and its words
_OPENING_MARKS = frozenset("\"“„«'‘")


def _introducing_colon(text: str, q: Quote) -> int | None:
    """The offset of the colon introducing ``q``, or None: the colon ends the words before
    it on its line ('X said: "…"'), or the line before it when the quotation opens its
    paragraph ('She told them:' then '"…"'). Between the colon and the words stand only
    opening marks and whitespace of any kind: pages write ':\u00a0“…”' with a no-break
    space, and that colon introduces the quotation as much as ': “…”' does."""
    i = _bare_end(text, 0, q.start)
    return i - 1 if i > 0 and text[i - 1] == ":" else None


def _bare_end(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` without the whitespace of any kind (a no-break space
    too) and the opening marks it ends on: where the words before a quotation end."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in _OPENING_MARKS):
        end -= 1
    return end


def after_colon(text: str, q: Quote) -> bool:
    """Whether a colon introduces ``q`` (see ``_introducing_colon``)."""
    return _introducing_colon(text, q) is not None


def colon_clause_head(sdoc: Doc, text: str, q: Quote) -> Token | None:
    """The verb heading the clause a colon ends right before ``q`` ('On 6 July 2015, X
    made the following comment: "…"': "made"), whether or not it is shown as the cue:
    the clause still says when the words were said. None without such a colon, or when
    a name introduces the quotation."""
    # the quotation may open the next paragraph ('… made the following comment:\n\n“…')
    at = _introducing_colon(text, q)
    if at is None:
        return None
    colon = sdoc.char_span(at, at + 1, alignment_mode="expand")
    if colon is None:
        return None
    sent = colon[0].sent
    span = sdoc[sent.start : colon[0].i]
    toks = [t for t in span if not t.is_space and t.text not in ('"', "“", "„", "«")]
    if not toks:
        return None
    head = _clause_head(toks[-1], span)
    return head if head.pos_ in ("VERB", "AUX") else None


def _clause_head(tok: Token, span: Span) -> Token:
    """The head of the clause ``tok`` ends inside ``span``: up its heads within the span,
    through relative clauses ('thanked the firefighters who saved the library:' is the
    thanking's) and subjectless ones ('sought to accredit the idea:' is the seeking's),
    stopping at a verb with its own subject or a conjoined one: a clause of its own ('if
    convicted. Questions included:', 'declined, but it issued a statement:')."""
    while tok.head.i != tok.i and span.start <= tok.head.i < span.end:
        own = any(c.dep_ in _SUBJECTS for c in tok.children)
        if tok.dep_ == "conj" or (own and tok.dep_ not in ("relcl", "acl")):
            break
        tok = tok.head
    return tok


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


# Sentence openers that set what follows against the statement before it.
CONTRASTIVE = frozenset({"however", "but", "yet", "nevertheless", "nonetheless", "still"})


def contrasted(text: str, at: int) -> bool:
    """Whether the sentence holding a cue-less quotation at ``at`` opens with a contrastive
    connective before the quotation ('However, "immediately after …"')."""
    lead = re.split(r"[.!?\n]", text[max(0, at - 60) : at])[-1]
    first = re.match(r"\s*([A-Za-z]+)\s*,?\s*[\"“]?\s*$", lead)
    return first is not None and first.group(1).lower() in CONTRASTIVE


# Words that introduce a name, not a statement: 'the bill, known as the "…"'.
_NAMING_LEAD = re.compile(
    r"\b(?:known as|dubbed|titled|entitled|nicknamed|so-called|named)(?:\s+(?:the|a|an))?"
    r"\s*[\"“‘']?\s*$",
    re.IGNORECASE,
)


def named_thing(text: str, at: int) -> bool:
    """Whether a cue-less quotation at ``at`` is a name the text gives something ('the
    bill, known as the "…"'): a title, said by no one."""
    return _NAMING_LEAD.search(text, max(0, at - 40), at) is not None


# A place or medium before a quotation: 'said on CNN's "State of the Union"', 'in "…"'.
_TITLE_LEAD = re.compile(r"\b(?:on|in|at|to|from)\s+(?:[A-Z][\w.&'’-]*\s+){0,3}[\"“‘']?\s*$")


def program_title(text: str, q: Quote) -> bool:
    """Whether a quotation is the title of a programme, book or paper the text names after
    a preposition ('Pence said on CNN's "State of the Union."'): every longer word
    capitalised, no sentence inside. A title is nobody's statement."""
    words = [w.strip("\"“”‘’'.,!?:;") for w in text[q.start : q.end].split()]
    long = [w for w in words if len(w) >= 4]
    if len(words) > 8 or len(long) < 2 or any(not w[:1].isupper() for w in long):
        return False
    if any(c in text[q.start : q.end].rstrip(".,!?\"”’' ") for c in ".!?"):
        return False
    return _TITLE_LEAD.search(text, max(0, q.start - 60), q.start) is not None
