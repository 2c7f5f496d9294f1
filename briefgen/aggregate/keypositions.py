"""Which of an actor's positions a profile shows: its own statements, readable alone,
current, and about the brief's topic.

A profile is read as "what this actor said about the story", three lines each, so each
line must be the actor's own words (named at the cue), readable without the article (no
"it", "them" or "the event" that only the sentences before explain, not broken off, one
whole clause: ``wholeness``), not a sentence the summary or the timeline shows, said
in the corpus's time rather than years before it, and about the query or the story's
principal actors rather than a sideline of one interview. One source document gives one
line while others are left, so three lines are not one article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from briefgen.aggregate.names import words
from briefgen.aggregate.wholeness import whole
from briefgen.anaphora import BEFORE, story_words, takes_up
from briefgen.extract.cues import NOUN_CUES
from briefgen.extract.namefit import given_name
from briefgen.extract.timex.lexicon import WEEKDAYS
from briefgen.models import Brief, Position
from briefgen.newsworthy import ceremonial, promotes
from briefgen.shown import clean, stands_alone
from briefgen.when import When

__all__ = ["SHOWN", "Focus", "key_positions", "readable_alone", "said_again", "shown_sentences"]

# How a position's speaker must have been found for a profile to show it as the actor's.
SHOWN = ("cue", "label")
# What naming the topic, and each other source reporting it, add to a statement's rank
# (whose unit is a word of content, up to 60).
RELEVANT = 25
CORROBORATED = 8
# Two statements sharing this share of the shorter one's words say the same thing.
SAME = 0.5
# A statement dated this long before the corpus's first publication is background.
BACKGROUND = timedelta(days=365)
# Words that point back to something only the sentences before name, when they open the
# content ("it now allowed me …", "that would …") or sit on the cue ("advised them not to").
_BACK = {"it", "its", "they", "them", "their", "this", "that", "these", "those", "such"}
_PERSONAL = {"it", "its", "they", "them", "their"}
# A quotation opening on a third person is about someone the sentences before name.
_THIRD_PERSON = {"he", "she", "him", "his", "her"}
# The first word, its contraction cut: "It's" (straight or curly) opens on "It".
_OPENER = re.compile(r"^\W*(?:(?:but|and|so|yet|or|because)\s+)?([A-Za-z]+)", re.I)
# A demonstrative standing alone for what was said before: "back away from that and say".
_PRONOUN_DEMONSTRATIVE = re.compile(
    r"\b(?:that|this|these|those|it|them)\b(?=\s*(?:[,.;:!?]|and\b|but\b|or\b|$))", re.I
)
# A quotation that opens on a past verb in lower case ("authorised investigators to look
# for ..."): its subject is outside the quotation, and so is what it is about.
_OPENS_ON_VERB = re.compile(r"^\W*[a-z]+ed\b")
# Words between a cue and its content a statement can drop: a complementizer, a time.
_MAY_DROP = {
    "that",
    "whether",
    "if",
    "on",
    "in",
    "at",
    "last",
    "this",
    "next",
    "earlier",
    "later",
    "also",
    "again",
    "today",
    "yesterday",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "repeatedly",
    "privately",
    "publicly",
    "recently",
} | set(WEEKDAYS)
_COMPLEMENTIZER = re.compile(r"^(?:that|whether)\s+(?=\S)", re.I)
# Words that may follow a whole reported clause in its sentence: a cue, a joined clause.
_AFTER_CLAUSE = {
    "and",
    "but",
    "or",
    "as",
    "while",
    "because",
    "after",
    "before",
    "when",
    "since",
    "although",
    "though",
    "if",
    "said",
    "says",
    "according",
    "adding",
    "saying",
    "he",
    "she",
    "they",
    "told",
    "wrote",
}


@dataclass(frozen=True)
class Focus:
    """What the brief is about: its query words, its principal actors (each the words a
    mention of it must hold: a person's surname, all of an organisation's name), and the
    first publication date of its sources."""

    terms: frozenset[str] = frozenset()
    principals: tuple[frozenset[str], ...] = ()
    start: date | None = None
    # Documents mostly about something else, naming the story in passing (``story.elsewhere``)
    elsewhere: frozenset[str] = frozenset()
    # The documents' texts and the story's own words (``anaphora.story_words``): a
    # reported statement taking up "the students" the article introduced is not shown.
    texts: Mapping[str, str] = field(default_factory=dict, compare=False)
    story: frozenset[str] = frozenset()
    # Pages of many posts strung together (``sieve.long_pages``): a statement's day there
    # is any post's, not the page's, and a profile would date it wrong.
    strung: frozenset[str] = frozenset()
    # The source sentences the summary and the timeline show (``said_again``'s keys): a
    # profile showing one again, from any source, repeats the brief to its reader.
    shown: frozenset[str] = frozenset()

    @staticmethod
    def of(
        query: Iterable[str],
        principals: Iterable[tuple[str, str]],
        dates: Iterable[str | None],
        elsewhere: frozenset[str] = frozenset(),
        texts: Mapping[str, str] | None = None,
        strung: frozenset[str] = frozenset(),
        story: frozenset[str] | None = None,
        shown: frozenset[str] = frozenset(),
    ) -> Focus:
        """A focus from query strings, the principal actors' (name, type), document dates,
        the documents mostly about something else, the documents' ``texts``, the pages of
        many posts, the story's words (``anaphora.story_words`` of the texts when not
        given) and the sentences other sections show."""
        terms = frozenset(w for q in query for w in words(q) if len(w) > 2)
        keys = []
        for name, kind in principals:
            ws = words(name)
            keys.append(frozenset(ws[-1:] if kind == "person" else ws))
        days = [w.first for d in dates if (w := When.of(d)) is not None]
        start = min(days) if days else None
        texts = texts or {}
        story = story_words(texts.values()) if story is None else story
        principal = tuple(k for k in keys if k)
        return Focus(terms, principal, start, elsewhere, texts, story, strung, shown)

    def aside(self, p: Position) -> bool:
        """Whether ``p`` comes from a page mostly about something else (a feature on an
        outgoing president's climate legacy, a state visit) and does not name the query:
        the speaker on that other subject, not on the story."""
        if p.doc not in self.elsewhere or not self.terms:
            return False
        return not any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", p.text, re.I) for t in self.terms)

    def takes_up(self, p: Position) -> bool:
        """Whether ``p``, reported, takes up a participant its article introduced before it
        ("Canada said none of the students had shown symptoms")."""
        text = self.texts.get(p.doc)
        if text is None or p.kind != "reported":
            return False
        before = text[max(0, p.evidence.sentence_start - BEFORE) : p.start]
        return takes_up(p.text, before, self.story) is not None

    def clipped(self, p: Position) -> bool:
        """Whether ``p``'s speaker is a bare surname right after a given name the
        recogniser left out of it ("Speaking to Newsbeat Jermaine Jackson criticised …"
        read as "Jackson"): which of a family spoke is not known. A title ("Mr Jackson",
        "President Obama"), an opener ("But Smith said") or an organisation ("CDC's
        Besser") before it is no cut name."""
        m, text = p.speaker_mention, self.texts.get(p.doc)
        if m is None or m.kind != "surname" or text is None:
            return False
        word = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, m.start - 40) : m.start])
        return word is not None and given_name(word[1])


def said_again(sentence: str) -> str:
    """The key under which a source sentence shown twice is found: its words, case and
    spacing aside (a wire story's sentence in two papers is one sentence)."""
    return " ".join(words(sentence))


def shown_sentences(brief: Brief) -> frozenset[str]:
    """The source sentences the executive summary and the timeline show (``said_again``)."""
    s = brief.summary
    cited = [*s.judgments, *s.key_figures, *s.disagreements]
    cited += [s.bottom_line] if s.bottom_line else []
    cited += [c for entry in brief.timeline for c in entry.sentences]
    return frozenset(said_again(e.sentence) for c in cited for e in c.evidence)


def _noun_cue(cue: str | None) -> bool:
    """ "X's plan is intended to …": the writer describing the actor's plan, not the actor."""
    last = cue.split()[-1].casefold() if cue else ""
    return last in NOUN_CUES or last.rstrip("s") in NOUN_CUES


# Typewriter quotation marks of archive text (''He views …,'' Mr. X said), which the
# quotation finder leaves to the cue: the content is still the speaker's own words.
_TYPEWRITER_OPEN = ("''", "``")


_TYPEWRITER_CLOSE = re.compile(r"^[,.!?]?(?:''|``)")


def _quoted(p: Position) -> bool:
    """A quotation, or content between typewriter quotation marks: one right before it, or
    one closing right after it (the sentence may start after the opening one)."""
    if p.kind == "direct":
        return True
    sentence, at = p.evidence.sentence, p.evidence.start - p.evidence.sentence_start
    end = p.evidence.end - p.evidence.sentence_start
    return (
        sentence[max(0, at - 2) : at] in _TYPEWRITER_OPEN
        or _TYPEWRITER_CLOSE.match(sentence[end:]) is not None
    )


def readable_alone(p: Position, person: bool = False) -> bool:
    """Whether a reader can take the statement out of its article.

    Refused: content opening with a back-reference ("it now allowed me …", a quotation's
    "He started his business …"), a cue holding one
    ("advised them not to"), content that ``shown.stands_alone`` refuses ("the move", "the
    event", a dangling connective), a first sentence leaning on a demonstrative ("back away
    from that"), content broken off inside its clause (the sentence goes on past it with a
    dash or straight on with words that are not a new clause), and a reported statement
    that drops the words between its cue and its content.
    """
    content = clean(p.text)
    if p.kind == "reported":  # "said that the line …": the complementizer points nowhere
        content = _COMPLEMENTIZER.sub("", content)
    opener = _OPENER.match(content)
    # in a report, a leading "it"/"they" is its speaker ("The Times reported that it had
    # received …"), unless the speaker is a person ("the judge concluded that it would
    # not help", "the promoter says they haven't heard all the facts"); in a quotation it
    # is whatever the speaker spoke of before
    back = _BACK
    if p.kind == "reported" and not _opens_sentence(p):
        # content before its cue ("It contains DNA …, the CDC has said") opens the
        # sentence: its "it" is what the sentence before named, not the speaker after
        back = _BACK if person else _BACK - _PERSONAL
    if opener is not None and opener[1].lower() in back:
        return False
    if _quoted(p) and opener is not None and opener[1].lower() in _THIRD_PERSON:
        return False  # the speaker's "He started his business ...": whom, said before
    if p.cue and _BACK & {w.lower() for w in p.cue.split()}:
        return False
    # a speaker's own "the money" is where they stand (as shown.stands_alone reads a
    # quotation); the writer's "the move" points back into the article
    if p.kind == "reported" and not stands_alone(content):
        return False
    first = re.split(r"(?<=[.!?])\s", content, maxsplit=1)[0]
    if _PRONOUN_DEMONSTRATIVE.search(first):
        return False  # "we've got to back away from that and say …", "God wants me to do it"
    if p.kind == "direct" and _OPENS_ON_VERB.match(content):
        return False
    if p.kind == "reported" and not person and _someone_else(content):
        return False  # "Democrats argued that Republicans concentrated voters in his district"
    return not _broken_off(p) and not _words_dropped(p)


# A third-person singular personal pronoun, and a person's name before it: a capitalised
# word that is no plural ("Republicans") and no function word opening a sentence.
_HE_SHE = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+\b(?<![a-rt-z]s\b)")
_OPENERS = {
    "The", "A", "An", "It", "Its", "This", "That", "These", "Those", "We", "They", "I", "In",
    "On", "At", "But", "And", "If", "When", "There", "Our", "Their", "What", "Some", "All",
}  # fmt: skip


def _opens_sentence(p: Position) -> bool:
    """Whether ``p``'s content is the start of its sentence (its cue comes after it)."""
    ev = p.evidence
    return not ev.sentence[: max(0, p.start - ev.sentence_start)].strip(" \"“‘'")


def _someone_else(content: str) -> bool:
    """Whether a group's or a body's reported statement leans on a "he"/"his" it does not
    name: a group is no "he", so the pronoun is someone only the article before names."""
    narration = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", content)
    m = _HE_SHE.search(narration)
    if m is None:
        return False
    return not any(w[0] not in _OPENERS for w in _NAME.finditer(narration, 0, m.start()))


def _words_dropped(p: Position) -> bool:
    """A reported statement shown as speaker, cue and content loses the words between the
    cue and the content ("is demanding [President Obama] make a pledge", "warn [his
    supporters about] the dangers"), and a clause before a colon is no complement of the
    cue after it ("… fireworks on Friday: Republicans said they're …")."""
    if p.kind != "reported" or not p.cue:
        return False
    ev = p.evidence
    start, end = p.start - ev.sentence_start, p.end - ev.sentence_start
    if start < 0:
        return False
    at = ev.sentence.rfind(p.cue, 0, start)
    if at < 0:
        after = ev.sentence.find(p.cue, end)
        return after >= 0 and ":" in ev.sentence[end:after]
    gap = re.findall(r"[A-Za-z][\w'’-]*", ev.sentence[at + len(p.cue) : start])
    return any(w.lower() not in _MAY_DROP for w in gap)


def _broken_off(p: Position) -> bool:
    ev = p.evidence
    rest = ev.sentence[max(0, p.end - ev.sentence_start) :]
    rest = rest.lstrip(" \u00a0\"“”'’")
    if not rest:
        return False
    if rest[0] in "-—–" and re.match(r"^[-—–]+\s*\w", rest):
        return True  # "… headed - you've guessed it - by Dr Murray": cut at the dash
    first = re.match(r"[A-Za-z']+", rest)
    return first is not None and rest[0].islower() and first[0].lower() not in _AFTER_CLAUSE


# A sentence opening on a time the narrative named before it ("At the time, Mr. X called
# him an outstanding leader"): said then, not in the days the article reports.
_THEN = re.compile(
    r"^\W*(?:at\s+(?:the|that)\s+time|back\s+then|by\s+then|in\s+those\s+days"
    r"|(?:years|months|decades)\s+(?:earlier|before)|earlier\s+that\s+(?:year|decade))\b",
    re.I,
)


def _background(p: Position, focus: Focus) -> bool:
    """Said years before the corpus ("Back when it signed on … 20 years ago, … pledged"),
    or at a time the narrative named before (``_THEN``)."""
    if _THEN.match(p.evidence.sentence):
        return True
    said = When.of(p.date)
    return focus.start is not None and said is not None and said.last < focus.start - BACKGROUND


def _relevant(p: Position, speaker_words: set[str], focus: Focus) -> bool:
    """Whether the statement or its sentence names a query word or another principal actor.

    Yes or no, not how many: a short line naming two actors is no better a statement than
    a long one naming one."""
    bag = set(words(p.text)) | set(words(p.evidence.sentence))
    if (focus.terms - speaker_words) & bag:
        return True
    return any(names <= bag and not names <= speaker_words for names in focus.principals)


def key_positions(
    actor_id: str,
    positions: Sequence[Position],
    n: int = 3,
    focus: Focus | None = None,
    person: bool = False,
) -> list[Position]:
    """An actor's most telling positions, without near-duplicates, best first.

    Only statements whose speaker the text names where it attributes them (in the cue's
    own phrase, or a transcript label) are shown: one resolved from "he said", a bare
    surname or an earlier quotation may be someone else's, and a profile is read as what
    the actor said. Nor is a noun cue ("X's plan is …"): the writer's account of it, nor a
    statement a reader cannot read alone (``readable_alone``; ``person`` says whether the
    actor is a person), nor one said years before the corpus, nor one from a page mostly
    about something else that does not name the query (``Focus.aside``), nor a promoter's
    praise for what they sell (``newsworthy.promotes``), nor grief, sympathy or a
    holiday's greeting (``newsworthy.ceremonial``: no stance on the story), nor one whose
    speaker, cue and content make no whole clause (``wholeness.whole``); a sentence the
    summary or the timeline shows (``Focus.shown``) only when the actor has no other.
    Longer statements with an explicit cue rank higher, a quotation above a paraphrase of
    equal length, and a statement naming the query or another principal actor, or reported
    by other sources too (corroborated), as if it were a few dozen words longer. A
    statement sharing most of its words with one already chosen is skipped, and a source
    document gives a second line only when no other document has one left.
    """
    focus = focus or Focus()
    # a fragment of a few words ("many years") says nothing on its own
    own = [
        p
        for p in positions
        if p.speaker_id == actor_id
        and p.attribution in SHOWN
        and not _noun_cue(p.cue)
        and len(p.text.split()) >= 4
        and readable_alone(p, person)
        and not _background(p, focus)
        and not focus.aside(p)
        and not focus.takes_up(p)
        and not focus.clipped(p)
        and p.doc not in focus.strung
        and not promotes(p.text)
        and not ceremonial(p.text)
        and whole(p, focus.story, person)
    ]
    # a sentence the summary or the timeline shows is shown again only when the actor has
    # nothing else to show: a profile left empty tells the reader less than a repeat
    own = [p for p in own if said_again(p.evidence.sentence) not in focus.shown] or own
    speaker_words = {w for p in own for w in words(p.speaker or "")}
    bags = {p.id: set(words(p.text)) for p in own}

    def corroboration(p: Position) -> int:
        """Other sources reporting the same statement of this actor."""
        mine = bags[p.id]
        return len(
            {
                q.doc
                for q in own
                if q.doc != p.doc and len(mine & bags[q.id]) >= SAME * max(1, len(mine))
            }
        )

    def score(p: Position) -> tuple[float, str, int]:
        # a longer statement says more (up to a paragraph); one on the topic, or reported
        # by other sources too, counts for as much as a few dozen words more
        length = len(p.text.split())
        value = min(length, 60) - (20 if length < 6 else 0)
        value += 8 if p.kind == "direct" else 0
        value += 4 if p.cue else 0
        value += RELEVANT if _relevant(p, speaker_words, focus) else 0
        value += CORROBORATED * min(corroboration(p), 2)
        return (-value, p.doc, p.start)

    ranked = sorted(own, key=score)
    chosen: list[Position] = []
    chosen_words: list[set[str]] = []
    for per_doc in (1, 2):
        docs = Counter(p.doc for p in chosen)
        for p in ranked:
            if len(chosen) >= n:
                break
            if p in chosen or docs[p.doc] >= per_doc:
                continue
            ws = bags[p.id]
            if any(len(ws & c) >= SAME * min(len(ws), len(c)) for c in chosen_words):
                continue  # the same statement again ("has pleaded not guilty to …")
            chosen.append(p)
            chosen_words.append(ws)
            docs[p.doc] += 1
    order = {p.id: i for i, p in enumerate(ranked)}
    return sorted(chosen, key=lambda p: order[p.id])
