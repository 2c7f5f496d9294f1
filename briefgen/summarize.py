"""Summarize stage: the timeline and the extractive executive summary.

``select_timeline`` keeps the dates the corpus is most about and, for each, the
best source sentences of its events. ``summarize`` picks a bottom line and key
judgments from the source sentences by centrality, with maximal-marginal-relevance
so no two say the same thing, plus key figures and the sources' disagreements.
Every shown sentence is a source sentence (markup removed) with its evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from briefgen.aggregate.events import explicit_day
from briefgen.aggregate.terms import Idf, cosine, norm, terms
from briefgen.models import (
    Cited,
    Event,
    EventMention,
    Evidence,
    Extraction,
    Position,
    Summary,
    TimelineEntry,
)
from briefgen.standalone import resolve_opening, resolve_speaker
from briefgen.standing import latest_development
from briefgen.when import When, label

__all__ = ["filter_by_query", "select_timeline", "summarize"]

# Sentences this similar (cosine of tf-idf) say the same thing.
DUPLICATE = 0.5
# One date's sentences should each add something: a stricter bar.
TIMELINE_DUPLICATE = 0.3
# Weight of a date's n-th most salient event relative to its first.
DATE_DECAY = 0.5
# Share of centrality (against the date's other sentences) in a timeline sentence's score.
SENTENCE_CENTRAL = 0.5
# Judgments scoring at least this share of the best may give the bottom line when newer.
BOTTOM_LINE_SHARE = 0.9
# At most this many disagreements, the most salient events first.
DISAGREEMENTS = 5
# MMR trade-off between relevance and novelty.
MMR_LAMBDA = 0.7

_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1")
_NUMBER = re.compile(
    r"(?<![\w.])(?:\$|€|£)?\d[\d,.]*\s*(?:%|per\s*cent|percent|million|billion|thousand|bn|m\b)?",
    re.I,
)
# A wire dateline before the news: "MEXICO CITY, April 24 (Reuters) - ".
_DATELINE = re.compile(r"^[^.!?\n]{0,160}?\((?:[A-Z][A-Za-z]+\s?){1,3}\)\s*[-–—]+\s*")
_BULLET = re.compile(r"^\s*(?:[•▪◦●■*·–—-]|\d{1,2}[.)]|[a-z]\))\s+")
_NOTE_MARK = re.compile(r"\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_PROMO = re.compile(r"^\W*(?:here\s+(?:is|are)|click|watch|read|see|listen|sign\s+up)\b", re.I)
# A person's age is no key figure: "50-year-old", "aged 50", "Smith, 50, said", "(50)".
_AGE = re.compile(
    r"\b\d{1,3}[-\s]years?[-\s]old\b|\baged?\s+(?:of\s+)?\d{1,3}\b|(?<=[A-Za-z]),\s*\d{1,3}\s*,"
    r"|\(\d{1,3}\)|\bwho\s+(?:is|was|turns|turned)\s+\d{1,3}\b|\bat\s+\d{1,3}\s*[.,;]",
    re.I,
)
_YEARLIKE = re.compile(r"^(?:1[89]|20)\d\d$")
_BAD_START = re.compile(
    r"^\s*(?:\[\d+\]|\d+[.)]\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]|by\s|photo|source|related|read more)", re.I
)


def filter_by_query(extractions: Sequence[Extraction], query: Sequence[str]) -> list[Extraction]:
    """The extractions whose document (title or text) mentions any query keyword."""
    words = [w.strip() for w in query if w.strip()]
    if not words:
        return list(extractions)
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE
    )
    return [
        ext
        for ext in extractions
        if pattern.search(ext.document.title) or pattern.search(ext.document.text)
    ]


def clean(text: str) -> str:
    """A source span as shown: Markdown residue removed, whitespace collapsed."""
    dateline = _DATELINE.match(text)
    if dateline:
        text = text[dateline.end() :]
    text = _BULLET.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return " ".join(text.replace("\u00a0", " ").split())


def select_timeline(
    events: Sequence[Event],
    *,
    dates: int,
    sentences: int,
    since: date | None = None,
    until: date | None = None,
    latest: date | None = None,
    extractions: Sequence[Extraction] = (),
) -> list[TimelineEntry]:
    """The ``dates`` most salient dates, in chronological order, ≤ ``sentences`` each.

    A date's weight is the summed salience of its events; its sentences are the
    best-supported events' sentences, most salient first, without near-duplicates.
    Schedules whose day had passed by the ``latest`` source are no events; a sentence
    is shown only under the date of its own news (not that of a background clause) and
    only when it reads alone (``extractions`` supply the names a leading "he" means).
    """
    if dates <= 0 or sentences <= 0:
        return []
    by_date: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        when = event.when
        if when is None or not when.within(since, until) or _overtaken(when, latest):
            continue
        by_date[_date_key(event.date)].append(event)
    ranked = sorted(by_date, key=lambda d: (-_date_weight(by_date[d]), d))
    idf = Idf(terms(m.evidence.sentence) for e in events for m in e.mentions)
    context = _Context({x.document.id: x for x in extractions})
    entries: list[tuple[str, TimelineEntry]] = []
    for d in ranked:
        if len(entries) >= dates:
            break
        entry = _entry(d, by_date[d], sentences, idf, context)
        if entry.sentences:  # a date none of whose sentences can be shown is left out
            entries.append((d, entry))
    return [e for _, e in sorted(entries, key=lambda de: (_sort_key(de[0]), de[0]))]


@dataclass(frozen=True)
class _Context:
    """What deciding whether a sentence can be shown under a date needs."""

    extractions: dict[str, Extraction]

    def shown(self, mention: EventMention, day: str) -> str | None:
        """The mention's sentence as shown under ``day``, or None when it cannot be."""
        ev = mention.evidence
        own, entry = When.of(mention.date), When.of(day)
        if own is not None and entry is not None and own.rank < entry.rank:
            # "Earlier this month" merged into an event of the 7th does not say the 7th.
            return None
        if ev.text != ev.sentence:
            # A background clause or a dated noun ("protests that began January 25", "in
            # advance of a 29 November hearing"): the sentence's news is not of that date.
            return None
        text = clean(ev.sentence)
        ext = self.extractions.get(ev.doc)
        opened = resolve_opening(text, ev.sentence_start, ext)
        return resolve_speaker(opened, ev.sentence_start, ext) if opened else None


def _overtaken(when: When, latest: date | None) -> bool:
    """A schedule whose day had passed by the latest source, and no source says it
    happened (one that did would have made the event a reported one): not an event."""
    return when.scheduled and latest is not None and when.last < latest


def _date_weight(events: Sequence[Event]) -> float:
    """The events' saliences, each further one counting less: many small events from one
    source (a listing, a schedule) should not outweigh one widely reported event."""
    ranked = sorted((e.salience for e in events), reverse=True)
    return sum(s * DATE_DECAY**n for n, s in enumerate(ranked))


def _date_key(value: str) -> str:
    """Days of a short range and times collapse to their first day."""
    when = When.of(value)
    day = when.day if when else None
    return day.isoformat() if day else value


def _sort_key(value: str) -> str:
    when = When.of(value)
    return when.first.isoformat() if when else value


def _entry(day: str, events: list[Event], limit: int, idf: Idf, context: _Context) -> TimelineEntry:
    """A date's sentences: central to what the sources say about that date, salient, new."""
    events = sorted(events, key=lambda e: (-e.salience, e.id))
    top = events[0].salience or 1.0
    options: list[tuple[float, str, dict[str, float], EventMention, str]] = []
    centroid: dict[str, float] = defaultdict(float)
    seen: set[tuple[str, int]] = set()
    for event in events:
        for rank, mention in enumerate(event.mentions):
            key = (mention.doc, mention.evidence.sentence_start)
            if key in seen:
                continue
            text = context.shown(mention, day) or ""
            if not text:
                continue
            seen.add(key)
            vector = idf.vector(terms(text))
            for t, w in vector.items():
                centroid[t] += w * (event.salience / top)
            prior = event.salience / top + (0.1 if rank == 0 else 0.0)
            if _date_key(mention.date) == day:
                prior += 0.2  # the sentence that itself gives this date
            options.append((prior, text, vector, mention, event.id))
    scored = sorted(
        options,
        key=lambda o: (
            -(SENTENCE_CENTRAL * cosine(o[2], centroid) + (1 - SENTENCE_CENTRAL) * o[0]),
            o[3].doc,
            o[3].evidence.start,
        ),
    )
    picked: list[Cited] = []
    vectors: list[dict[str, float]] = []
    used: list[str] = []
    for _, text, vector, mention, event_id in scored:
        if len(picked) >= limit:
            break
        if any(cosine(vector, v) >= TIMELINE_DUPLICATE for v in vectors):
            continue
        picked.append(Cited(text, (mention.evidence,)))
        vectors.append(vector)
        used.append(event_id)
    # A short range ("July 8-9") is grouped under its first day but shown as written.
    label = events[0].date if _date_key(events[0].date) == day and "/" in events[0].date else day
    return TimelineEntry(label, tuple(dict.fromkeys(used)), tuple(picked))


@dataclass(frozen=True)
class _Candidate:
    text: str
    evidence: Evidence
    vector: dict[str, float]
    score: float
    figure: bool = False


def summarize(
    extractions: Sequence[Extraction],
    events: Sequence[Event],
    positions: Sequence[Position],
    *,
    judgments: int = 7,
    query: Sequence[str] = (),
) -> Summary:
    """An extractive executive summary: bottom line, key judgments, figures, disagreements."""
    candidates = _candidates(extractions, events, positions, query)
    standing = _standing(candidates, events, extractions)
    if standing is None:
        chosen = _latest_first(_mmr(candidates, judgments + 1), extractions)
    else:
        rest = [c for c in candidates if cosine(c.vector, standing.vector) < DUPLICATE]
        chosen = [standing, *_mmr(rest, judgments)]
    bottom = chosen[0] if chosen else None
    shown = {c.text for c in chosen}
    numeric = [c for c in candidates if c.figure and c.text not in shown]
    figures = _mmr(numeric, 5)
    return Summary(
        bottom_line=Cited(bottom.text, (bottom.evidence,)) if bottom else None,
        judgments=tuple(Cited(c.text, (c.evidence,)) for c in chosen[1:]),
        key_figures=tuple(Cited(c.text, (c.evidence,)) for c in figures),
        disagreements=_disagreements(events),
    )


def _standing(
    candidates: Sequence[_Candidate], events: Sequence[Event], extractions: Sequence[Extraction]
) -> _Candidate | None:
    """The best sentence reporting the story's latest corroborated development, if any
    reads alone (see ``standing.latest_development``)."""
    published = {x.document.id: x.document.dct for x in extractions}
    event = latest_development(events, published)
    when = event.when if event is not None else None
    if event is None or when is None:
        return None
    reports = [m for m in event.mentions if (published.get(m.doc) or date.min) >= when.first]
    # News puts the outcome first: the lede of a report published that day or the next
    # states the development, where the sentence that dates it may tell a detail.
    fresh = {
        m.doc for m in reports if (published.get(m.doc) or date.max) <= when.last + timedelta(1)
    }
    ledes: dict[str, _Candidate] = {}
    for c in candidates:
        lede = ledes.get(c.evidence.doc)
        if c.evidence.doc in fresh and (lede is None or c.evidence.start < lede.evidence.start):
            ledes[c.evidence.doc] = c
    options = list(ledes.values()) or [
        c
        for c in candidates
        if any(
            m.doc == c.evidence.doc and c.evidence.start <= m.evidence.start < c.evidence.end
            for m in reports
        )
    ]
    return min(options, key=lambda c: (-c.score, c.evidence.doc, c.evidence.start), default=None)


def _latest_first(
    chosen: Sequence[_Candidate], extractions: Sequence[Extraction]
) -> list[_Candidate]:
    """The bottom line says where things stand: among the judgments scoring nearly as
    high as the best, the one from the latest source leads (a sentence handed down, not
    the early charge)."""
    if not chosen:
        return []
    published = {x.document.id: x.document.dct for x in extractions}
    top = chosen[0].score
    close = [c for c in chosen if c.score >= BOTTOM_LINE_SHARE * top]
    lead = max(close, key=lambda c: (published.get(c.evidence.doc) or date.min, c.score))
    return [lead, *(c for c in chosen if c is not lead)]


def _candidates(
    extractions: Sequence[Extraction],
    events: Sequence[Event],
    positions: Sequence[Position],
    query: Sequence[str],
) -> list[_Candidate]:
    """Every reporting sentence, scored by centrality, event support and query match."""
    raw: list[tuple[str, Evidence, float, bool]] = []
    weights: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for event in events:
        for m in event.mentions:
            weights[m.doc].append((m.evidence.start, event.salience))
    stated: dict[str, list[int]] = defaultdict(list)
    for p in positions:
        stated[p.doc].append(p.start)
    for ext in extractions:
        doc = ext.document
        for n, (start, end) in enumerate(ext.sentences):
            sentence = doc.text[start:end].strip()
            offset = start + (len(doc.text[start:end]) - len(doc.text[start:end].lstrip()))
            stop = offset + len(sentence)
            text = resolve_opening(clean(sentence), offset, ext)
            text = resolve_speaker(text, offset, ext) if text else None
            if text is None or not _is_reporting(text):
                continue
            lead = 1.0 / (1.0 + n / 5.0)  # early sentences carry the news
            weight = max((w for s, w in weights[doc.id] if offset <= s < stop), default=0.0)
            bonus = 0.3 * lead + 0.5 * min(weight, 2.0)
            if any(offset <= s < stop for s in stated[doc.id]):
                bonus += 0.1
            evidence = Evidence(doc.id, offset, stop, sentence, sentence, offset)
            figure = _has_figure(_without_dates(doc.text, offset, stop, ext))
            raw.append((text, evidence, bonus, figure))
    if not raw:
        return []
    idf = Idf(terms(text) for text, _, _, _ in raw)
    centroid: dict[str, float] = defaultdict(float)
    vectors = [idf.vector(terms(text)) for text, _, _, _ in raw]
    for v in vectors:
        for t, w in v.items():
            centroid[t] += w
    for word in query:
        for t in terms(word):
            centroid[t] += 5.0 * max(centroid.values(), default=1.0)
    centroid_norm = norm(centroid)
    out = [
        _Candidate(
            text, ev, vec, round(cosine(vec, centroid, centroid_norm) + 0.25 * bonus, 6), figure
        )
        for (text, ev, bonus, figure), vec in zip(raw, vectors, strict=True)
    ]
    out.sort(key=lambda c: (-c.score, c.evidence.doc, c.evidence.start))
    return out


def _is_reporting(text: str) -> bool:
    """A full sentence worth quoting: not a note, caption, heading or fragment."""
    words = text.split()
    if not 10 <= len(words) <= 60 or _BAD_START.match(text) or _PROMO.match(text):
        return False
    if text.endswith("?") or "http" in text or "(Source:" in text:
        return False
    return text[-1] in ".!\"'”’)" and any(c.islower() for c in text)


def _mmr(candidates: Sequence[_Candidate], k: int) -> list[_Candidate]:
    """Greedy maximal marginal relevance; near-duplicates are never both chosen."""
    pool = list(candidates[:300])
    chosen: list[_Candidate] = []
    docs: dict[str, int] = defaultdict(int)
    while pool and len(chosen) < k:
        best, best_value = None, float("-inf")
        for c in pool:
            overlap = max((cosine(c.vector, s.vector) for s in chosen), default=0.0)
            if overlap >= DUPLICATE:
                continue
            # A mild preference for sources not yet quoted keeps the themes broad.
            value = MMR_LAMBDA * c.score - (1 - MMR_LAMBDA) * overlap
            value -= 0.03 * docs[c.evidence.doc]
            if value > best_value:
                best, best_value = c, value
        if best is None:
            break
        chosen.append(best)
        docs[best.evidence.doc] += 1
        pool.remove(best)
    return chosen


def _without_dates(text: str, start: int, end: int, ext: Extraction) -> str:
    """The sentence with its temporal expressions, note markers and ages blanked."""
    chars = list(text[start:end])
    for t in ext.timexes:
        if t.end > start and t.start < end:
            for i in range(max(t.start, start), min(t.end, end)):
                chars[i - start] = " "
    return _AGE.sub(" ", _NOTE_MARK.sub(" ", "".join(chars)))


def _has_figure(text: str) -> bool:
    """An amount: a number with a unit, or one of 10 or more that is not a year."""
    for match in _NUMBER.finditer(text):
        token = match.group(0).strip()
        digits = re.sub(r"[^\d]", "", token)
        if not digits or _YEARLIKE.match(token):
            continue
        if re.search(r"[%$€£]|million|billion|thousand|cent|bn", token, re.I):
            return True
        if float(digits) >= 10 and not text[match.end() : match.end() + 1].isalpha():
            return True  # not an ordinal ("201st") or a code ("F16")
    return False


def _disagreements(events: Sequence[Event]) -> tuple[Cited, ...]:
    """The few most salient events two sources date differently, each cited to one
    mention per explicit date (the words that give each source's date)."""
    out: list[Cited] = []
    for event in sorted(events, key=lambda e: (-e.salience, e.id)):
        if not event.disagreements or len(out) >= DISAGREEMENTS:
            continue
        quoted: dict[str, EventMention] = {}
        for m in event.mentions:
            if explicit_day(m):
                quoted.setdefault(_date_key(m.date), m)
        if len(quoted) < 2:
            continue
        dates = " vs ".join(label(m.date) for _, m in sorted(quoted.items()))
        text = f"{event.description.rstrip('.')}: sources give {dates}."
        out.append(Cited(text, tuple(m.evidence for _, m in sorted(quoted.items()))))
    return tuple(out)
