"""Dated events: clauses that report a happening and carry a date that places it.

An event mention needs a concrete happening (a verb governing the temporal
expression, in a sentence with a finite verb) and a DATE/TIME expression with a
calendar value. Durations, sets, vague references (``PAST_REF``), and dates in
footnotes, bylines, captions and verbless headers are skipped. The description
is a faithful trim of the clause: subject, verb, objects and the closest
modifiers, in source order, at most ``MAX_WORDS`` words.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from briefgen.extract.anchoring import companions, described
from briefgen.extract.aside import aside
from briefgen.extract.clauses import (
    MAX_WORDS,
    clause_tokens,
    definite,
    happening,
    lemma_of,
    points_back,
    render,
    same_participant,
    subject,
)
from briefgen.extract.corefer import coreferent_events
from briefgen.extract.dated import (
    baseline,
    clause_on,
    dated_noun,
    governing_verb,
    news_span,
    noun_phrase,
    stretch,
    verb_above,
    when_clause,
)
from briefgen.extract.focus import focus_events
from briefgen.extract.labelled import labelled_events
from briefgen.extract.pagelines import in_dateline, is_note
from briefgen.extract.quoted_day import unstated_speech_days
from briefgen.extract.ranges import closes_period
from briefgen.extract.schedule import scheduled
from briefgen.extract.weekend_days import weekend_weeks_dated
from briefgen.models import Document, EventMention, Evidence, Mention, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["INHERITED", "MAX_WORDS", "dated_view", "extract_events", "mention_id"]

_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_CALENDAR = re.compile(r"^\d{2,4}(?:$|[-/T])")
_SENTENCE_END = re.compile(r"\n|(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_NOT_NEWLINE = re.compile(r"[^\n]")
_PROMO = re.compile(r"^\W*(?:here\s+(?:is|are)|click|watch|read|see|listen|sign\s+up)\b", re.I)
# ``Timex.mod`` of a date a sentence takes from an earlier dated event (its text is empty).
INHERITED = "APPROX"
# Words that place a time relative to the moment of speaking.
_DEICTIC = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|now|this\s+(?:week|month|year))\b", re.I
)
# Verbs of a state, not a happening: with "today" they tell the present of the speaker.
_STATES = {"know", "be", "have", "think", "believe", "feel", "understand", "remain", "seem"}
# How many sentences back "the delegation" may find "a delegation" of a dated event.
COREFERENCE_REACH = 3


def mention_id(doc: str, start: int, end: int) -> str:
    """A stable id from the document and the character offsets."""
    digest = hashlib.sha1(f"{doc}:{start}:{end}".encode()).hexdigest()
    return f"em-{digest[:12]}"


def dated_view(text: str, timexes: Sequence[Timex], lead: int = 0) -> str:
    """``text`` with every sentence that holds no calendar date blanked; same length.

    When only events are wanted, parsing this view instead of the whole text
    skips most of the spaCy work while every offset stays valid. The first
    ``lead`` sentences are kept too (see ``extract_events``).
    """
    starts = sorted(t.start for t in timexes if _is_calendar(t))
    parts: list[str] = []
    begin = 0
    bounds = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    n = 0
    for count, end in enumerate(bounds):
        while n < len(starts) and starts[n] < begin:
            n += 1
        chunk = text[begin:end]
        keep = (lead > 0 and count < lead + 2) or (n < len(starts) and starts[n] < end)
        parts.append(chunk if keep else _NOT_NEWLINE.sub(" ", chunk))
        begin = end
    return "".join(parts)


def extract_events(
    document: Document,
    sdoc: Doc,
    timexes: Sequence[Timex],
    mentions: Sequence[Mention] = (),
    *,
    lead: int = 0,
    readings: bool = False,
) -> list[EventMention]:
    """Every dated event mention of ``document``, in text order.

    ``sdoc`` is the spaCy parse of ``document.text``; ``timexes`` come from the
    temporal tagger over the same text; ``mentions`` (optional) supply actor
    names, otherwise named entities of the clause are used.

    With ``lead`` > 0, the first ``lead`` reporting sentences of a dated article
    that carry no date of their own are dated by its publication day, as news
    reports the day's events (their ``timex`` is empty, at the sentence start).
    Off by default: it suits a news stream (Timeline17) more than analyses.

    With ``readings``, every undated sentence's happening is dated too: by the date in
    focus when it continues a dated narrative (``anchor="focus"``), else by publication
    (``anchor="publication"``); see ``focus.py``. The timeline leaves these readings out.
    """
    text = document.text
    out: list[EventMention] = _lead_events(document, sdoc, timexes, lead, mentions)

    def describe(verb: Token, lo: int, hi: int) -> tuple[str, tuple[str, ...]]:
        clause = [t for t in clause_tokens(verb, None) if lo <= t.idx < hi]
        return render(clause), _actors(clause, mentions, lo, hi)

    seen_verbs: dict[int, int] = {}
    # Per sentence (its start): its end and tokens, and each dated verb's expression.
    sentences: dict[int, tuple[int, list[Token], dict[int, tuple[int, int]]]] = {}
    labelled = labelled_events(
        document, sdoc, timexes, bounds=_line_bounds, describe=describe, mention_id=mention_id
    )
    labels = {m.timex.start for m in labelled}
    for timex in sorted(timexes, key=lambda t: (t.start, t.end)):
        if not _is_calendar(timex) or timex.start in labels:
            continue
        span = sdoc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        sent = span.sent
        start, end = _line_bounds(text, sent.start_char, sent.end_char, timex.start)
        sentence = text[start:end]
        line = [t for t in sent if start <= t.idx < end]
        if is_note(sentence, document, start) or not _has_finite_verb(line):
            continue
        if in_dateline(text, start, timex):
            continue
        verb = governing_verb(span)
        taken = seen_verbs.get(verb.i) if verb is not None else None
        if taken is not None and out[taken].date != timex.value:
            # a second date on a dated verb: the clause the expression itself heads, if any
            verb = clause_on(span) or verb
        if verb is not None and baseline(span, verb):
            # a comparison's starting point dates no happening but what "when" tells of it
            verb = when_clause(span)
        if verb is None or not start <= verb.idx < end:
            continue
        if stretch(text, timex.start, timex.text):
            continue
        clause = [t for t in clause_tokens(verb, span) if start <= t.idx < end]
        noun = dated_noun(span)
        if noun is not None and len(render(clause).split()) < 2:
            # "including the 1996 bombing that killed one": the noun phrase tells it.
            skip = range(span.start, span.end)
            clause = [t for t in noun.subtree if t.i not in skip and start <= t.idx < end]
        description = render(clause)
        low = verb  # the verb the date hangs on marks a schedule ("plans to remove ... on")
        if len(description.split()) < 2 and noun is None and (up := verb_above(verb, start, end)):
            verb, clause = up, [t for t in clause_tokens(up, span) if start <= t.idx < end]
            description = render(clause)
        if len(description.split()) < 2:
            continue
        lo, hi = news_span(verb, start, end) if noun is None else noun_phrase(noun, start, end)
        if noun is None and (lo, hi) == (start, end):
            # a comparison's other side, a record's start, a reported aside: the date is
            # that phrase's, not the sentence's news
            side = aside(span, low, timex.value, document.dct)
            if side is not None:
                lo, hi = noun_phrase(side, start, end)
        head = verb if noun is None else noun
        evidence = Evidence(
            doc=document.id,
            start=lo,
            end=hi,
            text=text[lo:hi],
            sentence=sentence,
            sentence_start=start,
        )
        mention = EventMention(
            id=mention_id(document.id, timex.start, timex.end),
            doc=document.id,
            date=timex.value,
            timex=timex,
            description=description,
            evidence=evidence,
            actors=_actors(clause, mentions, start, end),
            predicate=_span_of(head),
            lemma=lemma_of(head),
            scheduled=scheduled(low, timex, document),
            anchor="publication" if _quoted_state(text, start, timex, verb) else "own",
        )
        # Two expressions dating one verb ("on Monday, 3 May"): keep the precise one.
        previous = seen_verbs.get(head.i)
        if previous is not None:
            # ... unless it only closes the period the first gives ("this year through
            # Oct. 19"): the happening is the period's (see ``ranges.py``).
            closing = closes_period(text, out[previous].timex, timex)
            if len(timex.value) > len(out[previous].date) and not closing:
                out[previous] = mention
            continue
        seen_verbs[head.i] = len(out)
        out.append(mention)
        sentences.setdefault(start, (end, line, {}))[2][head.i] = (span.start, span.end)
    verbs = {out[n].id: verb_i for verb_i, n in seen_verbs.items()}
    for _end, line, dated in sentences.values():
        shared: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for verb, partner in (*companions(line, dated), *described(line, dated)):
            shared[seen_verbs[partner]].append(_span_of(verb))
        for n, spans in shared.items():
            out[n] = replace(out[n], co_predicates=tuple(spans))
    if labelled:
        # the label dates its entry's main verb, over any date the sentence gives it
        heads = {m.predicate for m in labelled}
        out = [m for m in out if m.predicate not in heads] + labelled
    out = unstated_speech_days(document, out)
    out = weekend_weeks_dated(document, sdoc, out)  # "withdrew last week" … "on Wednesday"
    out.extend(_inherited_events(document, sdoc, timexes, out, verbs, mentions))
    out.sort(key=lambda m: m.evidence.start)
    if readings:
        out.extend(
            focus_events(
                document,
                sdoc,
                timexes,
                out,
                bounds=_line_bounds,
                describe=describe,
                mention_id=mention_id,
            )
        )
        out.extend(coreferent_events(document, sdoc, timexes, out, mention_id))
        out.sort(key=lambda m: m.evidence.start)
    return out


def _inherited_events(
    document: Document,
    sdoc: Doc,
    timexes: Sequence[Timex],
    dated: Sequence[EventMention],
    verbs: dict[str, int],
    mentions: Sequence[Mention],
) -> list[EventMention]:
    """Undated sentences telling a happening of an event just dated, with its date.

    A concrete past happening with no temporal expression takes the date of an
    event mention of its paragraph: one whose subject head its definite subject
    repeats ("a delegation" ... "the delegation", up to ``COREFERENCE_REACH``
    sentences back), or the one right before it that it points at ("at the end of
    which", "after the talks") or shares its subject noun with. The timex is empty,
    at the sentence start, with mod ``INHERITED``. Never reporting verbs, other
    paragraphs, chains, periods ("since 2014") or sentences dated by publication.
    """
    text = document.text
    anchors = [
        m
        for m in dated
        if m.timex.text and m.anchor == "own" and m.id in verbs and _pointlike(m.timex)
    ]
    if not anchors:
        return []
    lead = {m.evidence.start for m in dated if not m.timex.text}  # dated by publication
    out: list[EventMention] = []
    bounds: list[tuple[int, int]] = []
    for sent in sdoc.sents:
        start, end = _line_bounds(text, sent.start_char, sent.end_char, sent.start_char)
        if start >= end:
            continue
        bounds.append((start, end))
        if start in lead or any(t.start < end and t.end > start for t in timexes):
            continue
        sentence = text[start:end]
        line = [t for t in sent if start <= t.idx < end]
        verb = happening(line)
        if verb is None or is_note(sentence, document, start) or not sentence.endswith((".", "!")):
            continue
        found = _anchor(text, sdoc, sentence, verb, bounds, anchors, verbs)
        if found is None:
            continue
        anchor, phrase = found
        skip = sdoc.char_span(start, start + phrase, alignment_mode="expand") if phrase else None
        clause = [t for t in clause_tokens(verb, skip) if start <= t.idx < end]
        description = render(clause)
        if len(description.split()) < 3:
            continue
        a = anchor.timex
        timex = Timex(start, start, "", a.type, a.value, INHERITED)
        out.append(
            EventMention(
                id=mention_id(document.id, start, end),
                doc=document.id,
                date=a.value,
                timex=timex,
                description=description,
                evidence=Evidence(document.id, start, end, sentence, sentence, start),
                actors=_actors(clause, mentions, start, end),
                predicate=_span_of(verb),
                lemma=lemma_of(verb),
                anchor="inherited",
            )
        )
    return out


def _quoted_state(text: str, start: int, timex: Timex, verb: Token) -> bool:
    """A state "today" inside a quotation ("Had I known what I know today"): the
    speaker's present, "nowadays", not a dated happening; and the speaker's day is the
    publication day only when the quote was given that day (here an interview "given
    earlier this week"). Read at publication, not stated. A happening told in a quote
    ("we are seeing more cases today") keeps its date: wire copy quotes the day's news."""
    if not _DEICTIC.search(timex.text) or lemma_of(verb) not in _STATES:
        return False
    before = text[start : timex.start]
    straight = before.count('"') + before.count("``") - before.count("''")
    return straight % 2 == 1 or before.count("“") > before.count("”")


def _pointlike(timex: Timex) -> bool:
    """A date one happening can take: not "since 2014", "by May" or a span of months."""
    lo, _, hi = timex.value.partition("/")
    return timex.mod is None and (not hi or lo[:7] == hi[:7])


def _anchor(
    text: str,
    sdoc: Doc,
    sentence: str,
    verb: Token,
    bounds: Sequence[tuple[int, int]],
    anchors: Sequence[EventMention],
    verbs: dict[str, int],
) -> tuple[EventMention, int] | None:
    """The dated mention the sentence continues, and the length of its pointing phrase."""
    start = bounds[-1][0]
    earlier = bounds[-1 - COREFERENCE_REACH : -1]
    if not earlier:
        return None
    paragraph = text.rfind("\n", 0, start) + 1
    reach = max(earlier[0][0], paragraph)
    pool = sorted(
        (m for m in anchors if reach <= m.evidence.start and m.evidence.end <= start),
        key=lambda m: -m.evidence.start,
    )
    own = subject(verb)
    if own is not None and definite(own):
        for m in pool:
            if same_participant(own, subject(sdoc[verbs[m.id]])):
                return m, 0
    previous = [m for m in pool if m.evidence.start >= max(earlier[-1][0], paragraph)]
    if not previous:
        return None
    m = previous[0]
    phrase = points_back(sentence, {t.lemma_.lower() for t in sdoc[verbs[m.id]].sent})
    if phrase:
        return m, phrase
    if same_participant(own, subject(sdoc[verbs[m.id]])):
        return m, 0
    return None


def _lead_events(
    document: Document,
    sdoc: Doc,
    timexes: Sequence[Timex],
    lead: int,
    mentions: Sequence[Mention],
) -> list[EventMention]:
    day = document.dct
    if lead <= 0 or day is None:
        return []
    dated = sorted(t.start for t in timexes if _is_calendar(t))
    out: list[EventMention] = []
    for sent in sdoc.sents:
        if len(out) >= lead:
            break
        start, end = _line_bounds(document.text, sent.start_char, sent.end_char, sent.start_char)
        line = [t for t in sent if start <= t.idx < end]
        words = sum(1 for t in line if not t.is_punct and not t.is_space)
        if words < 6:
            continue
        sentence = document.text[start:end]
        verb = sent.root
        if (
            any(start <= d < end for d in dated)
            or is_note(sentence, document, start)
            or not _reports(sentence, verb)
            or not _has_finite_verb(line)
        ):
            continue
        timex = Timex(start, start, "", "DATE", day.isoformat())
        clause = [t for t in clause_tokens(verb, None) if start <= t.idx < end]
        evidence = Evidence(document.id, start, end, sentence, sentence, start)
        out.append(
            EventMention(
                id=mention_id(document.id, start, start),
                doc=document.id,
                date=timex.value,
                timex=timex,
                description=render(clause),
                evidence=evidence,
                actors=_actors(clause, mentions, start, end),
                predicate=_span_of(verb),
                lemma=lemma_of(verb),
            )
        )
    return out


def _reports(sentence: str, verb: Token) -> bool:
    """A statement of what happened, not a question, a promo line or a modal musing."""
    stripped = sentence.rstrip("\"”’' ")
    if not stripped.endswith((".", "!")) or sentence.isupper() or _PROMO.match(sentence):
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.tag_ == "MD" for c in verb.children)


def _is_calendar(timex: Timex) -> bool:
    """DATE/TIME expressions with a calendar value (not PAST_REF, durations, sets)."""
    return timex.type in ("DATE", "TIME") and bool(_CALENDAR.match(timex.value))


def _line_bounds(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """Clip a sentence to the line holding ``anchor``: parses may run across headers."""
    line_start = text.rfind("\n", start, anchor) + 1 or start
    line_start = max(line_start, start)
    line_end = text.find("\n", anchor, end)
    line_end = end if line_end == -1 else line_end
    while line_end > line_start and text[line_end - 1].isspace():
        line_end -= 1
    while line_start < line_end and text[line_start].isspace():
        line_start += 1
    return line_start, line_end


def _has_finite_verb(tokens: Sequence[Token]) -> bool:
    return any(t.tag_ in _FINITE_TAGS or "Fin" in t.morph.get("VerbForm", []) for t in tokens)


def _span_of(token: Token) -> tuple[int, int]:
    return token.idx, token.idx + len(token.text)


def _actors(
    clause: Sequence[Token], mentions: Sequence[Mention], start: int, end: int
) -> tuple[str, ...]:
    """Names in the sentence from actor mentions, else named entities of the clause."""
    names: list[str] = []
    for m in mentions:
        if start <= m.start and m.end <= end and m.kind in ("name", "acronym", "surname"):
            names.append(m.text)
    if not names:
        for token in clause:
            if token.ent_iob_ == "B" and token.ent_type_ in _ACTOR_LABELS:
                ent = next((e for e in token.doc.ents if e.start == token.i), None)
                if ent is not None:
                    names.append(re.sub(r"^the\s+", "", ent.text, flags=re.I))
    return tuple(dict.fromkeys(names))[:8]
