"""Positions: who said, claimed or believes what, with the speaker resolved in the document.

Two sources, joined:

* **reporting frames** read off the dependency parse — a cue verb (``said``, ``warned``,
  ``believed``…) or adjective (``was confident that``) with its clausal complement, and
  ``according to X, …``;
* **quotations** found by :mod:`briefgen.extract.quotes`.

A quotation takes the cue and speaker of the frame whose content covers it, or of a cue
right before (``X said: "…"``) or right after it (``"…," said X``); a quotation with no cue
continues the previous quotation's speaker (a paragraph reopening the mark) or the person
named just before. A reported clause holding a quoted fragment is one position. Pronoun
speakers are resolved to the closest preceding person; a surname to the fullest name the
document gives.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from briefgen import speech_verbs
from briefgen.extract.antecedents import PRONOUN_GENDER
from briefgen.extract.attribution import addressed, attribution_of, country_speaker
from briefgen.extract.frames import Frame, find_frames, outermost
from briefgen.extract.quote_cues import (
    adjacent_cue,
    after_colon,
    colon_clause_head,
    introducing_cue,
    inverted_intro,
    program_title,
)
from briefgen.extract.quotes import Quote, find_quotes
from briefgen.extract.said_when import StatementDates
from briefgen.extract.speaker_phrase import after_cue
from briefgen.extract.speakers import SpeakerResolver
from briefgen.extract.stance import read_stance
from briefgen.extract.voice import is_passive
from briefgen.models import Document, EventMention, Evidence, Mention, Position, PositionKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_STRIP = " \t\n\u00a0,;:—–-"


def position_id(doc: str, start: int, end: int) -> str:
    """Stable id of a position: its document and span."""
    return "P-" + hashlib.sha1(f"{doc}:{start}:{end}".encode()).hexdigest()[:10]


LONG_QUOTE = 4  # sentences; a longer quotation is cut into pieces of CHUNK sentences
CHUNK = 3


def _chunks(sent_starts: list[int], q: Quote) -> list[tuple[int, int]]:
    """A long quotation as pieces of a few sentences: one claim is rarely longer."""
    i = bisect.bisect_right(sent_starts, q.start)
    j = bisect.bisect_left(sent_starts, q.end)
    bounds = [q.start, *sent_starts[i:j], q.end]
    if len(bounds) - 1 < LONG_QUOTE:
        return [(q.start, q.end)]
    cuts = bounds[::CHUNK]
    if cuts[-1] != q.end:
        if q.end - cuts[-1] < 40:
            cuts[-1] = q.end
        else:
            cuts.append(q.end)
    return [(a, b) for a, b in pairwise(cuts) if b > a]


_DANGLING = re.compile(r"[\s,;]+(?:and|or|but)$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and (text[end - 1] in _STRIP or text[end - 1] in "\"“”'’."):
        end -= 1
    # "that A could be resettled, and": the conjunction belongs to a clause left out
    dangling = _DANGLING.search(text, start, end)
    if dangling is not None and dangling.start() > start:
        end = dangling.start()
    while start < end and text[start] in "\"“”'‘":
        start += 1
    return start, end


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def extract_positions(
    document: Document,
    sdoc: Doc,
    mentions: list[Mention],
    turn_speaker: Callable[[int], str | None] | None = None,
    events: Sequence[EventMention] = (),
) -> list[Position]:
    """Direct quotations and reported or characterised positions of one document.

    ``speaker`` is the fullest name the document gives for the speaker (``None`` when
    it cannot be resolved), ``speaker_mention`` the span at the cue. ``turn_speaker``,
    when the document's structure is known, gives the speaker label of the transcript
    turn holding an offset (None outside turns): words of a turn with no cue of their own
    are its speaker's, and no speaker carries over from one turn to another.
    ``events``, the document's dated event mentions, date each statement by its cue
    (``said_when``); without them a statement has the publication date.
    """
    text = document.text
    quotes = find_quotes(text)
    resolver = SpeakerResolver(
        document, sdoc, mentions, [(q.start, q.end) for q in quotes], turn_speaker
    )
    sent_starts = [s.start_char for s in sdoc.sents]
    sents = list(sdoc.sents)
    frames = find_frames(sdoc)
    said_on = StatementDates(document, events)
    quote_ranges = [(q.start, q.end) for q in quotes]

    def in_quote(i: int) -> bool:
        return any(a <= i < b for a, b in quote_ranges)

    frames = [f for f in frames if not in_quote(f.cue.idx)]
    unnamed = {f.cue.i: f.unnamed for f in frames if f.unnamed}
    for f in frames:
        if f.speaker is not None and in_quote(f.speaker.root.idx):
            # '"… panic mode," said Leslie Wimes': the parser took a word of the quotation
            f.speaker = after_cue(f.cue, in_quote)
    for f in frames:
        # a complement never runs past the cue's paragraph (headlines, bylines, captions)
        line_start = text.rfind("\n", 0, f.cue.idx) + 1
        line_end = text.find("\n", f.cue.idx)
        line_end = len(text) if line_end < 0 else line_end
        f.start, f.end = _trim(text, max(f.start, line_start), min(f.end, line_end))
    frames = outermost(frames)

    # each quotation takes the nearest strong cue whose complement reaches it
    nearest: dict[int, Frame] = {}
    for i, q in enumerate(quotes):
        best, best_d = None, len(text)
        for f in frames:
            if f.weak or _overlap(q.start, q.end, f.start, f.end) == 0:
                continue
            d = q.start - f.cue.idx if f.cue.idx <= q.start else f.cue.idx - q.end
            if 0 <= d < best_d:
                best, best_d = f, d
        if best is not None:
            nearest[i] = best

    raw: list[tuple[int, int, PositionKind, Token | None, Span | None, Quote | None]] = []
    used_quotes: set[int] = set()
    for f in frames:
        start, end = f.start, f.end
        if end - start < 3 or _circumstance(sdoc, start, end) or _occasion(f.cue, sdoc, start, end):
            continue
        inside = [i for i, q in enumerate(quotes) if _overlap(q.start, q.end, start, end) > 0]
        if inside and not f.weak:
            qchars = sum(_overlap(quotes[i].start, quotes[i].end, start, end) for i in inside)
            if qchars >= 0.6 * (end - start):
                continue  # the complement is a quotation: the quotation is the position
        # a reported clause holding quoted fragments is one position
        used_quotes.update(
            i for i in inside if quotes[i].start >= start and quotes[i].end <= end + 2
        )
        raw.append((start, end, "reported", f.cue, f.speaker, None))

    for i, q in enumerate(quotes):
        if i in used_quotes:
            continue
        label = _TRANSCRIPT.match(text, q.start, q.end)
        if label:  # '"WALLACE: Let's start …' – a transcript turn
            named = sdoc.char_span(q.start, label.end(1), alignment_mode="expand")
            raw.append((label.end(), q.end, "direct", None, named, q))
            continue
        cue: Token | None
        speaker: Span | None
        cue, speaker = None, None
        if (
            text[q.end - 1 : q.end] in (",", "?", "!")
            and _opens_sentence(text, q.start)
            and introducing_cue(sdoc, text, q, frames)[0] is None
        ):
            # '"…," X said': a quotation opening its sentence and closing on a comma goes
            # on into its own attribution, which the surface shows better than a parse
            # that may hang it on another cue (or take a word of a later quotation for
            # the speaker); but after 'X said:' the words are X's, and a report after
            # them ('"…," the paper reported') names who passed them on
            cue, speaker = adjacent_cue(sdoc, text, q, frames)
            if cue is None or cue.idx < q.end or speaker is None:
                cue, speaker = None, None
        if cue is None:
            cue, speaker = inverted_intro(sdoc, text, q)
        if cue is None:
            # 'When Clinton noted that …, Trump boasted, "That makes me smart."': a cue of
            # its own ending right before the quotation introduces it, whatever frame
            # reaches over it from further back
            cue, speaker = introducing_cue(sdoc, text, q, frames)
        if cue is None and i in nearest:
            cue, speaker = nearest[i].cue, nearest[i].speaker
        elif cue is None:
            cue, speaker = adjacent_cue(sdoc, text, q, frames)
        words = len(text[q.start : q.end].split())
        # 'Ana Ruiz delivered a blunt message: "Don't do it!"': a colon after a clause
        # whose subject is a named speaker gives the words a speaker, not a scare quote's
        # emphasis, though no verb of saying is shown as the cue
        introduced = speaker is not None and after_colon(text, q)
        if words < 3 or (cue is None and not introduced and words < 5) or program_title(text, q):
            continue  # scare quotes and titles
        for a, b in _chunks(sent_starts, q):
            raw.append((a, b, "direct", cue, speaker, q))

    raw.extend(_headline_claims(sdoc, text, quotes))
    raw.sort(key=lambda r: (r[0], -r[1]))
    raw = _join_split_quotes(text, raw)
    positions: list[Position] = []
    last_end = -1
    previous: Position | None = None
    last_direct: Position | None = None
    for start, end, kind, cue, speaker_phrase, quote in raw:
        start, end = _trim(text, start, end)
        if end <= start or start < last_end:
            continue
        turn = turn_speaker(start) if turn_speaker is not None else None
        if (
            previous is not None
            and turn_speaker is not None
            and turn_speaker(previous.start) != turn
        ):
            previous = None  # a speaker never carries across a turn
        before = previous
        if (
            speaker_phrase is None
            and last_direct is not None
            and "\n" not in text[last_direct.end : start]
            and not _quoting(text, previous)
        ):
            # '"A," X said after Y failed to appear. "B."': B goes on with the quotation
            # before it in the paragraph, not with a report inside its cue's clause; but
            # a report that itself quotes ('It did "too little," he added. "B."') is the
            # quotation B goes on with
            before = last_direct
        if speaker_phrase is None and _agentless_passive(cue):
            # "in what is being criticized as '…'": the text does not say by whom, and no
            # one else's words carry over to it
            mention, name = None, None
        else:
            mention, name = resolver.resolve(speaker_phrase, start, before, quote)
        attribution = attribution_of(resolver, mention, speaker_phrase, name)
        if cue is not None and cue.i in unnamed and speaker_phrase is not None:
            # the text's own phrase stays as the mention, and is no actor's: "some
            # Democrats" are who the text says, not the Democrats; "Democrats want …" in
            # the generic present is the writer's account, said by no one
            mention = Mention(
                document.id,
                speaker_phrase.start_char,
                speaker_phrase.end_char,
                speaker_phrase.text,
                "description",
            )
            part = unnamed[cue.i] == "part"
            name = speaker_phrase.text if part else None
            attribution = "inferred" if part else "none"
        if attribution == "cue" and country_speaker(mention, speaker_phrase, cue):
            attribution = "inferred"  # "I hope America says …": not the country's own word
        third = mention is not None and mention.text.lower() in PRONOUN_GENDER
        if turn is not None and (
            (cue is None and speaker_phrase is None)  # the turn's own words
            # unresolved inside a turn: the turn's speaker, not no one; but "he told me"
            # reports someone else, whom only the turn's own words could name
            or (name is None and not third)
            or (speaker_phrase is not None and speaker_phrase.text.lower() == "i")
        ):
            mention, name, attribution = None, turn, "label"
        if name is not None and addressed(text[start:end], name):
            mention, name = None, None  # "Governor Pence, will you …": not Pence's words
            attribution = "none"
        content = (
            sdoc.char_span(start, end, alignment_mode="expand") if kind == "reported" else None
        )
        stance = read_stance(cue, content, _lead(sdoc, cue, start) if kind == "direct" else None)
        si = bisect.bisect_right(sent_starts, start) - 1
        sent = sents[max(si, 0)]
        evidence = Evidence(
            doc=document.id,
            start=start,
            end=end,
            text=text[start:end],
            sentence=text[sent.start_char : sent.end_char],
            sentence_start=sent.start_char,
        )
        dating = cue
        if dating is None and quote is not None:
            # 'On 6 July 2015, X made the following comment: "…"': no cue is shown, but
            # the clause before the colon still says when the words were said
            dating = colon_clause_head(sdoc, text, quote)
        pos = Position(
            id=position_id(document.id, start, end),
            doc=document.id,
            speaker=name,
            speaker_id=None,
            speaker_mention=mention,
            text=text[start:end],
            start=start,
            end=end,
            kind=kind,
            cue=stance.cue if stance is not None else None,
            evidence=evidence,
            polarity=stance.polarity if stance is not None else "asserted",
            modality=stance.modality if stance is not None else "plain",
            attribution=attribution,
            date=said_on.of(dating, start, end),
        )
        positions.append(pos)
        resolver.hear(pos)
        previous = pos
        if kind == "direct" and name is not None:
            last_direct = pos
        last_end = end
    return positions


_Raw = tuple[int, int, PositionKind, "Token | None", "Span | None", Quote | None]


def _agentless_passive(cue: Token | None) -> bool:
    """A passive cue without a "by" agent: "is being criticized as", "was described as"."""
    if cue is None:
        return False
    return is_passive(cue) and not any(c.dep_ == "agent" for c in cue.children)


def _quoting(text: str, position: Position | None) -> bool:
    """Whether a reported position with a speaker holds a quoted fragment."""
    if position is None or position.kind != "reported" or position.speaker is None:
        return False
    return any(c in text[position.start : position.end + 1] for c in '"“”')


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only an opening mark stands between the previous sentence (or the line
    start) and ``start``."""
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip(" \"“„«'‘")
    return not before.strip() or before.rstrip().endswith((".", "!", "?", ":"))


def _lead(sdoc: Doc, cue: Token | None, start: int) -> Span | None:
    """The few words between a cue and the quotation it introduces, in one clause ('advised
    them not to "…"'); None when there are none or a clause boundary lies between."""
    if cue is None or cue.idx >= start:
        return None
    lead = sdoc.char_span(cue.idx + len(cue.text), start, alignment_mode="contract")
    if lead is None or not 0 < len(lead) <= 6:
        return None
    if any(t.is_punct and t.text not in "\"“‘'" for t in lead) or "\n" in lead.text:
        return None
    return lead


def _circumstance(sdoc: Doc, start: int, end: int) -> bool:
    """'…," he said in August. "…"': a complement that is only a when (a preposition and a
    date or time) says nothing, and would split the quotation."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span[0].pos_ != "ADP":
        return False
    rest = [t for t in span[1:] if not t.is_punct and t.pos_ != "DET"]
    return bool(rest) and all(t.ent_type_ in ("DATE", "TIME") for t in rest)


# Verbs that say something: after them a phrase of where, when, to whom or on what
# occasion ("said during a news conference", "wrote to the minister", "would not comment
# before the ruling") is the circumstance of a statement the sentence does not give.
_SAYING = speech_verbs.TOPICAL
# Prepositions that give a statement's subject ("spoke about trade", "wrote of his fear").
_TOPIC = frozenset({"about", "of", "on", "regarding", "concerning"})


def _occasion(cue: Token | None, sdoc: Doc, start: int, end: int) -> bool:
    """A verb of saying whose complement is only a prepositional phrase with no clause in
    it, other than one of topic."""
    if cue is None or cue.lemma_.lower() not in _SAYING:
        return False
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span[0].pos_ != "ADP" or span[0].lower_ in _TOPIC:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in span[1:])


def _join_split_quotes(text: str, raw: list[_Raw]) -> list[_Raw]:
    """'"A," she said. "B."' is one quotation split by its cue: join B to A."""
    out: list[_Raw] = []
    for r in raw:
        if out and r[2] == "direct" and r[3] is None and out[-1][2] == "direct":
            prev = out[-1]
            cue = prev[3]
            gap = text[prev[1] : r[0]]
            if cue is not None and prev[1] <= cue.idx < r[0] and "\n" not in gap and len(gap) < 80:
                out[-1] = (prev[0], r[1], "direct", cue, prev[4], prev[5])
                continue
        out.append(r)
    return out


_HEADLINE = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}): (\S.{10,})$", re.M)


def _headline_claims(sdoc: Doc, text: str, quotes: list[Quote]) -> list[_Raw]:
    """'Pence: Trump Won the Debate' — a line whose name prefix says who claims the rest."""
    out: list[_Raw] = []
    for m in _HEADLINE.finditer(text):
        name = sdoc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if name is None or name.root.pos_ != "PROPN" or len(m.group(2).split()) < 3:
            continue
        if name[0].pos_ == "DET":
            continue  # "The Latest: Trump urges …": a column's label, not who claims it
        if any(q.start <= m.start(2) < q.end for q in quotes):
            continue
        kind: PositionKind = "direct" if m.group(2)[:1] in "\"“‘'" else "reported"
        out.append((m.start(2), m.end(2), kind, None, name, None))
    return out


_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")
