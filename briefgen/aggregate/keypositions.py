"""Which of an actor's positions a profile shows: its own statements, readable alone,
current, and about the brief's topic.

A profile is read as "what this actor said about the story", three lines each, so each
line must be the actor's own words (named at the cue), readable without the article (no
"it", "them" or "the event" that only the sentences before explain, not broken off, one
whole clause: ``wholeness``), not a sentence the summary or the timeline shows, said
in the corpus's time rather than years before it, and about the query or the story's
principal actors rather than a sideline of one interview. One source document gives one
line while others are left, so three lines are not one article. A line beyond the first
that weighs little and speaks of none of the story's matter (a judge's wish for a camera's
placement, a candidate's favourite TV show) is left out: a profile shows one or two lines
rather than a sideline.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from datetime import date

from briefgen.aggregate.accounts import Accounts
from briefgen.aggregate.denials import same_denial
from briefgen.aggregate.names import words
from briefgen.aggregate.offstance import (
    addressed,
    arrangement,
    attendance,
    courtesy,
    hardship,
    jest,
    joint_subject,
    no_comment,
    reply,
    unnamed_head,
)
from briefgen.aggregate.readable import about_the_other, readable_alone, speaker_sex
from briefgen.aggregate.said_then import said_before
from briefgen.aggregate.speakerfit import others_clause, speaks_alone
from briefgen.aggregate.terms import terms as content_terms
from briefgen.aggregate.wholeness import whole
from briefgen.anaphora import BEFORE, story_words, story_words_of, takes_up
from briefgen.extract.cues import NOUN_CUES
from briefgen.extract.namefit import given_name
from briefgen.ingest.language import foreign as _foreign
from briefgen.models import Brief, Position
from briefgen.named_heads import named_head
from briefgen.newsworthy import ceremonial, promotes
from briefgen.when import When

__all__ = ["SHOWN", "Focus", "key_positions", "readable_alone", "said_again", "shown_sentences"]

# A cue of what is yet to be said ("will pledge", "is expected to say", "is likely to
# stress"), or may be ("may now ask", "might argue"): the writer's forecast or guess, no
# statement.
_FORECAST = re.compile(
    r"^(?:(?:probably|possibly|perhaps|likely|presumably|reportedly|apparently|allegedly"
    r"|supposedly|seemingly|maybe)\s+)?"  # "probably will find": the writer's guess
    r"(?:will|shall|may|might|could|is\s+(?:expected|likely|set|due)\s+to"
    r"|are\s+(?:expected|likely|set|due)\s+to)\b",
    re.I,
)
# Verbs of a state of mind ("Republicans believe …", "Democrats don't think …", "learned
# that …"): the writer saying what the actor thinks, not the actor saying it. A profile
# shows what the actor stated.
_MIND = frozenset(
    """
    believe believes believed think thinks thought know knows knew learn learns learned learnt
    understand understands understood feel feels felt fear fears feared worry worries worried
    wonder wonders wondered doubt doubts doubted suspect suspects suspected assume assumes
    assumed realize realizes realized realise realises realised aware
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


# Verbs of trying ("sought to turn the tables", "struggled to answer", "is seeking new
# applications for the technology"): the writer's account of what the actor was after,
# and a reflexive "found himself in …": of their plight. Neither is a statement of the
# actor's.
_EFFORT = frozenset(
    """
    seek seeks sought seeking try tries tried trying struggle struggles struggled struggling
    attempt attempts attempted attempting strive strives strove striving
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_REFLEXIVE = re.compile(r"^\W*(?:himself|herself|themselves|itself)\b", re.I)
# A gerund cue after a notion ("floated the notion of admitting refugees"): an act the
# actor put forward, not one they did or a statement they made.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:notion|idea|possibility|prospect|plan|proposal|option|suggestion|thought)s?"
    r"(?:\s+[A-Z]\w+)?\s+(?:of|about)\s+$",  # "the notion Sunday of admitting"
    re.I,
)


def _of_mind(p: Position) -> bool:
    """Whether a reported statement's cue is a state of mind, an effort or a plight, or a
    gerund a preposition governs: the writer's account, not an act of saying."""
    if p.kind != "reported" or not p.cue:
        return False
    cue = p.cue.split()
    if cue[-1].casefold() in _MIND:
        return True
    if cue[-1].casefold() in _EFFORT:
        return True  # "sought to turn the tables", and "is seeking new applications for …"
    if cue[-1].casefold() in ("found", "finds", "find") and _REFLEXIVE.match(p.text):
        return True
    if not cue[0].casefold().endswith("ing"):
        return False
    ev = p.evidence
    at = ev.sentence.rfind(p.cue, 0, max(0, p.start - ev.sentence_start))
    return at > 0 and _AFTER_PREPOSITION.search(ev.sentence, 0, at) is not None


# A quotation this short is a phrase the writer borrows ("what he called “our arguments
# this year”"), not a statement.
_PHRASE = 6
# How a position's speaker must have been found for a profile to show it as the actor's.
SHOWN = ("cue", "label")
# What naming the topic, and each other source reporting it, add to a statement's rank
# (whose unit is a word of content, up to 60).
RELEVANT = 25
CORROBORATED = 8
# Two statements sharing this share of the shorter one's words say the same thing.
SAME = 0.5
# What a line beyond an actor's first must weigh, unless it speaks in the story's own
# words (``Focus.in_story_words``): as much as a statement of a few words (``_PHRASE``)
# naming the story (``RELEVANT``), with its cue. A line on a sideline (a judge's camera
# arrangements, a candidate's tally of his team's hustle, a favourite TV show) must make
# up for it in what it says; a profile shows one or two lines rather than a sideline.
SECOND_LINE = RELEVANT + _PHRASE + 4
# Two statements agreeing on fewer content terms than this share only words, not a claim.
AGREE = 2
# What a profile prints of a statement (``render.context.QUOTE_LIMIT``); a longer one is
# cut after its last whole sentence that fits, and when none does, inside its one long
# sentence, before the speaker's point, which tends to come last ("…, the long-term trend
# is people get…"): such a statement (``_cut_inside``) is shown only when the actor
# has no other, a shorter profile rather than a line without its point.
SHOWN_CHARS = 300
# A sentence's end inside a statement: a stop (not an initial's, "George H.W. Bush", nor
# a two-letter title's, "Mr.") and a space before a capital.
_QUOTE_MARK = re.compile(r"[“”\"]")
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?](?=\s+[“\"‘']?[A-Z])")


def whole_sentences_end(text: str, limit: int = SHOWN_CHARS) -> int | None:
    """Where the last whole sentence of ``text`` that ends before ``limit`` (and past a
    third of it) ends, or None: the place to cut a statement too long to print. Only
    before its first quotation mark: past it the narration may speak ("…,” Trump told
    Yahoo. “And …"), which the profile shows as " … " only when the whole is printed."""
    mark = _QUOTE_MARK.search(text, 1)
    stop = min(limit - 1, mark.start() if mark else len(text))
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, stop) if m.end() >= limit // 3]
    return ends[-1] if ends else None


def _cut_inside(p: Position) -> bool:
    """Whether ``p`` is too long to print and holds no whole sentence that fits: the
    profile would cut it before its point ("the long-term trend is people get…")."""
    return len(p.text) > SHOWN_CHARS and whole_sentences_end(p.text) is None


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
    # The words naming the story without a query (``story.topic``: the names most sources
    # name): what a statement from a page about something else must name to be shown.
    topic: re.Pattern[str] | None = field(default=None, compare=False)
    # All the corpus's statements: one told inside another speaker's account (a witness's
    # retelling of what someone said) is not the named actor's own.
    accounts: Accounts = field(default_factory=lambda: Accounts(()), compare=False)
    # The content terms (``terms.terms``) the story's sources commonly use: those at least
    # ``anaphora.STORY_SHARE`` of the documents hold ("pandemic", "manslaughter").
    common: frozenset[str] = frozenset()
    # Each document's publication day: a statement dated months before it is recalled.
    published: Mapping[str, date] = field(default_factory=dict, compare=False)
    # Whether a quotation is in another language: ``language.foreign``, or a reader of the
    # verdicts the build's cache keeps (``quote_language``).
    foreign: Callable[[str], bool] = field(default=_foreign, compare=False)

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
        topic: re.Pattern[str] | None = None,
        positions: Sequence[Position] = (),
        published: Mapping[str, str | None] | None = None,
        foreign: Callable[[str], bool] | None = None,
    ) -> Focus:
        """A focus from query strings, the principal actors' (name, type), document dates,
        the documents mostly about something else, the documents' ``texts``, the pages of
        many posts, the story's words (``anaphora.story_words`` of the texts when not
        given), the sentences other sections show, the words naming the story
        (``story.topic``), all the corpus's ``positions`` and each document's
        ``published`` date, and what tells a quotation in another language (``foreign``)."""
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
        accounts = Accounts(positions)
        held: Counter[str] = Counter()
        for text in texts.values():
            held.update(set(content_terms(text)))
        common = story_words_of(held, len(texts))
        days_of = {d: w.first for d, v in (published or {}).items() if (w := When.of(v))}
        return Focus(
            terms,
            principal,
            start,
            elsewhere,
            texts,
            story,
            strung,
            shown,
            topic,
            accounts,
            common,
            days_of,
            foreign or _foreign,
        )

    def in_story_words(self, p: Position, speaker: Set[str]) -> bool:
        """Whether most of what ``p`` says (its content terms, the speaker's name aside)
        is in the words the story's sources commonly use (``common``): it speaks of what
        they report ("the virus appeared to be far less virulent than first feared"), not
        of a matter of its own article (a camera's placement in a courtroom)."""
        said = set(content_terms(p.text)) - speaker
        return bool(said) and len(said & self.common) >= SAME * len(said)

    def aside(self, p: Position) -> bool:
        """Whether ``p`` comes from a page mostly about something else (a feature on an
        outgoing president's climate legacy, a state visit) and does not name the query:
        the speaker on that other subject, not on the story. Without a query, the story is
        named by the ``topic``'s names."""
        if p.doc not in self.elsewhere:
            return False
        if not self.terms:
            return self.topic is not None and self.topic.search(p.text) is None
        return not any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", p.text, re.I) for t in self.terms)

    def takes_up(self, p: Position) -> bool:
        """Whether ``p``, reported, takes up a participant its article introduced before it
        ("Canada said none of the students had shown symptoms")."""
        text = self.texts.get(p.doc)
        if text is None or p.kind != "reported":
            return False
        before = text[max(0, p.evidence.sentence_start - BEFORE) : p.start]
        if takes_up(p.text, before, self.story) is not None:
            return True
        # "the independent school" after "Alleyn's School" (``named_heads``), unless the
        # statement's own sentence names it ("Alleyn's School said the school …")
        at = p.evidence.sentence_start
        head = named_head(p.text, text[max(0, at - BEFORE) : at])
        return head is not None and not any(n in p.evidence.sentence for n in head.names)

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


# A possessive ending inside a sentence ("Jackson's death"): ``words`` drops it only from a
# name's last word, and "jacksons" names no one.
_POSSESSIVE = re.compile(r"['’]s\b")


def _relevant(p: Position, speaker_words: set[str], focus: Focus) -> bool:
    """Whether the statement or its sentence names a query word or another principal actor,
    in the possessive too ("witnesses to Jackson's 2005 trial").

    Yes or no, not how many: a short line naming two actors is no better a statement than
    a long one naming one."""
    bag = set(words(_POSSESSIVE.sub("", p.text))) | set(
        words(_POSSESSIVE.sub("", p.evidence.sentence))
    )
    if (focus.terms - speaker_words) & bag:
        return True
    return any(names <= bag and not names <= speaker_words for names in focus.principals)


# A capitalised word: a name (or a sentence's first word).
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]*")


def _claim_terms(text: str) -> set[str]:
    """What a statement claims: its content terms (``terms.terms``) other than names. Two
    statements naming the story's principals ("Dr Murray", "Jackson") share those names,
    not a claim."""
    return set(content_terms(_CAPITALISED_WORD.sub(" ", text)))


# A cue that takes a side ("argued", "blames", "denied", "warned"), and a content that
# denies ("does not mean", "have not yet been able"): a stance on a matter however few its
# words, not a description of one's plans, tastes or feelings.
_SIDING = frozenset(
    """
    argue argues argued arguing blame blames blamed blaming claim claims claimed insist
    insists insisted contend contends contended accuse accuses accused deny denies denied
    warn warns warned criticise criticises criticised criticize criticizes criticized reject
    rejects rejected dispute disputes disputed condemn condemns condemned allege alleges
    alleged
    """.split()  # noqa: SIM905 - a word list reads best as prose
)
_DENIES = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.I)


def _stance(p: Position) -> bool:
    """Whether ``p`` takes a side: a siding cue (``_SIDING``) or a denial."""
    cue = (p.cue or "").split()
    siding = bool(cue) and cue[-1].casefold() in _SIDING
    return siding or p.polarity == "negated" or _DENIES.search(p.text) is not None


def _sideline(p: Position, weight: float, focus: Focus, speaker: Set[str]) -> bool:
    """Whether ``p``, of ``weight``, is a sideline no line beyond an actor's first may be:
    lighter than ``SECOND_LINE``, taking no side (``_stance``) and not in the story's words
    (``Focus.in_story_words``). Without the corpus's texts the story's words are unknown,
    and nothing is."""
    if not focus.common or weight >= SECOND_LINE or _stance(p):
        return False
    return not focus.in_story_words(p, speaker)


def _restates(a: Set[str], b: Set[str]) -> bool:
    """Whether two statements' content terms (``terms.terms``) agree on ``SAME`` of the
    shorter one's, ``AGREE`` at least: the same claim told in other words."""
    return len(a & b) >= max(AGREE, SAME * min(len(a), len(b)))


# A phrase a report quotes (“too difficult”): two words or more, between quotation marks
# (the closing mark may fall outside the statement's span)
_QUOTED_PHRASE = re.compile(r"[“\"‘]([^”\"’“‘]+)(?:[”\"’]|$)")


def _quotes_from(p: Position, q: Position) -> bool:
    """Whether reported ``p`` quotes a phrase of two words or more that ``q`` says: the
    same statement told twice ("said she will not attend as the timing was “too
    difficult”" beside the quotation itself)."""
    if p.kind != "reported":
        return False
    said = f" {' '.join(words(q.text))} "
    for m in _QUOTED_PHRASE.finditer(p.text):
        phrase = words(m[1])
        if len(phrase) >= 2 and f" {' '.join(phrase)} " in said:
            return True
    return False


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
    speaker, cue and content make no whole clause (``wholeness.whole``), nor one told
    inside another speaker's account (``accounts.Accounts.retold``), nor a quotation in
    another language than the brief's (``language.foreign``); a sentence the
    summary or the timeline shows (``Focus.shown``) only when the actor has no other.
    Longer statements with an explicit cue rank higher, a quotation above a paraphrase of
    equal length, and a statement naming the query or another principal actor, or reported
    by other sources too (corroborated), as if it were a few dozen words longer. A
    statement sharing most of its words with one already chosen, or most of its claim's
    (``_restates``), is skipped, and a source document gives a second line only when no
    other document has one left. Nor is an arrangement (where and when an occasion takes
    place, how long it lasts) shown, and a line beyond the first only when it weighs as
    much as a short statement on the story, takes a side (a denial, an argued claim) or
    speaks in the story's words (``_sideline``). Nor, from ``offstance``: a jest, a
    courtesy formula, a line to an unnamed "you" about what they did, a reply (a first
    sentence of a word or two, a short question), a subject several people share, an
    indefinite subject without what it is of ("A significant step … has been taken"), a
    family's hardship, the speaker's attendance, or a statement dated over a month before
    its article ("during a May interview"); and a statement the profile would cut before
    its point only when the actor has no other.
    """
    focus = focus or Focus()
    sex = speaker_sex([p for p in positions if p.speaker_id == actor_id]) if person else None
    # a fragment of a few words ("many years") says nothing on its own
    own = [
        p
        for p in positions
        if p.speaker_id == actor_id
        and p.attribution in SHOWN
        and not _noun_cue(p.cue)
        and len(p.text.split()) >= (_PHRASE if p.kind == "direct" else 4)
        and readable_alone(p, person)
        and not about_the_other(p, sex)
        and not said_before(p, focus.start, focus.published.get(p.doc))
        and not focus.aside(p)
        and not focus.takes_up(p)
        and not focus.clipped(p)
        and p.doc not in focus.strung
        and not promotes(p.text)
        and not ceremonial(p.text)
        and whole(p, focus.story, person)
        and speaks_alone(p, focus.texts.get(p.doc, ""), person)
        and not others_clause(p)
        and not focus.accounts.retold(p)
        and not no_comment(p)
        and not arrangement(p)
        and not (p.cue and _FORECAST.match(p.cue))
        and not _of_mind(p)
        and not focus.foreign(p.text)
        and not jest(p)
        and not courtesy(p)
        and not addressed(p)
        and not reply(p)
        and not joint_subject(p)
        and not unnamed_head(p)
        and not hardship(p)
        and not attendance(p)
    ]
    # a sentence the summary or the timeline shows is shown again only when the actor has
    # nothing else to show: a profile left empty tells the reader less than a repeat
    own = [p for p in own if said_again(p.evidence.sentence) not in focus.shown] or own
    # nor one the profile would cut before its point, unless it is all the actor has
    own = [p for p in own if not _cut_inside(p)] or own
    speaker_words = {w for p in own for w in words(p.speaker or "")}
    bags = {p.id: set(words(p.text)) for p in own}
    said = {p.id: _claim_terms(p.text) for p in own}
    name_terms = {t for w in speaker_words for t in content_terms(w)}

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

    def weight(p: Position) -> float:
        # a longer statement says more (up to a paragraph); one on the topic, or reported
        # by other sources too, counts for as much as a few dozen words more
        length = len(p.text.split())
        value = min(length, 60) - (20 if length < 6 else 0)
        value -= min(length, 60) if _cut_inside(p) else 0
        value += 8 if p.kind == "direct" else 0
        value += 4 if p.cue else 0
        value += RELEVANT if _relevant(p, speaker_words, focus) else 0
        value += CORROBORATED * min(corroboration(p), 2)
        return value

    values = {p.id: weight(p) for p in own}
    ranked = sorted(own, key=lambda p: (-values[p.id], p.doc, p.start))
    chosen: list[Position] = []
    chosen_words: list[set[str]] = []
    for per_doc in (1, 2):
        docs = Counter(p.doc for p in chosen)
        for p in ranked:
            if len(chosen) >= n:
                break
            if p in chosen or docs[p.doc] >= per_doc:
                continue
            if chosen and _sideline(p, values[p.id], focus, name_terms):
                continue  # fewer lines rather than this one
            if chosen and _cut_inside(p):
                continue  # printed cut before its point ("… the long-term trend is people get…")
            ws = bags[p.id]
            if any(len(ws & c) >= SAME * min(len(ws), len(c)) for c in chosen_words):
                continue  # the same statement again ("has pleaded not guilty to …")
            if any(_restates(said[p.id], said[c.id]) for c in chosen):
                continue  # in other words ("criticised the concert's bad timing")
            if any(_quotes_from(p, c) or _quotes_from(c, p) for c in chosen):
                continue  # a report quoting words of a quotation already shown
            if any(same_denial(p, c) for c in chosen):
                continue  # the plea again, in other words ("denies manslaughter")
            chosen.append(p)
            chosen_words.append(ws)
            docs[p.doc] += 1
    order = {p.id: i for i, p in enumerate(ranked)}
    return sorted(chosen, key=lambda p: order[p.id])
