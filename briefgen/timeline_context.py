"""What deciding whether a source sentence can be shown under a timeline date needs, and
the decision: a sentence is shown only under the date of its own news, read alone."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from briefgen.announcing import payload
from briefgen.dated_clauses import (
    ADVERBIAL,
    AFTER_NEWS,
    CONSEQUENCE_NOW,
    WITHIN,
    subordinate,
)
from briefgen.follow_ups import FollowUps
from briefgen.framing import scene_clause
from briefgen.homedate import home_date
from briefgen.lede import Ledes
from briefgen.look_back import horizon, setting
from briefgen.market_colour import colour_beside_result
from briefgen.mention_checks import (
    announced,
    date_of_another,
    involves,
    no_happening_of_its_date,
    unfit_plan,
)
from briefgen.models import Event, EventMention, Extraction
from briefgen.neighbours import Neighbours
from briefgen.newsworthy import tells_news
from briefgen.on_story import OnStory
from briefgen.overtaken import Overtaken
from briefgen.portraits import without_portrait
from briefgen.precedents import precedent
from briefgen.price_quotes import quotes_price
from briefgen.reported_periods import names_period_reported
from briefgen.retold import copied, date_key
from briefgen.shown import clean, read_alone
from briefgen.side_voices import side_subject
from briefgen.story import TYPICAL_SOURCES
from briefgen.when import BACKGROUND, When
from briefgen.who_clause import apposed_who_clause, named_in_full, who_clause

__all__ = ["CONTINUED", "TimelineContext"]

# Participants two next sentences of one report share when they tell one story: as many as
# one source's sentences under adjacent days share to be one story (``retold.names_in``).
CONTINUED = 2
# An announcing sentence and the sentence making its point are shown together up to this
# many words: a chronology line, not a paragraph.
POINT_WORDS = 70


@dataclass(frozen=True)
class TimelineContext:
    """What deciding whether a sentence can be shown under a date needs."""

    extractions: dict[str, Extraction]
    # sentence -> the dates it gives, each with (dates its main clause, finest granularity)
    dates: dict[tuple[str, int], dict[str, tuple[bool, int]]]
    # The words naming the story: the query's, or the names most sources name (``topic``)
    query: re.Pattern[str] | None
    elsewhere: frozenset[str]  # documents mostly about something else than the story
    published: dict[str, date | None]
    # (publication day, who) of each report that someone withdrew or a plan was called off
    withdrawn: tuple[tuple[date, str], ...]
    # The query's words and the principal actors' names, as a run of names ("Michael Jackson")
    named: re.Pattern[str] | None
    # The first source's publication day: what ended a year before it is background.
    first: date | None = None
    # The latest source's publication day: what begins after it can only be announced.
    latest: date | None = None
    # The words most documents use: "the virus" is the story's own (``anaphora``).
    story: frozenset[str] = frozenset()
    # Pages of many posts strung together (``sieve.long_pages``): a "today" in them may be
    # any post's day, not the page's.
    strung: frozenset[str] = frozenset()
    # The sentences opening each report (``lede``): a fresh report's tell the day's event.
    ledes: Ledes | None = None
    # Editorials, op-eds, columns, letters (``opinion``): the writer's case, not the facts.
    opinion: frozenset[str] = frozenset()
    # The principals' names, with or without a query (``story.story_names``): someone told
    # by age who is none of them is a passer-by.
    known: re.Pattern[str] | None = None
    # Each name an actor record is told by -> that record (``tellings.participants``).
    who: dict[str, str] = field(default_factory=dict)
    # The story's names and words, and the pages' story segments (``on_story``): a line
    # from another segment of a running order or a digest is no line of the story.
    on_story: OnStory = field(default_factory=OnStory)
    # Private persons (``private_persons``): a relative clause on one of them ("Annette
    # Smith, who answered her door Sunday and said ...") is a feature's scene, not the
    # day's news.
    private: frozenset[str] = frozenset()
    # The reports taking a rarely named person's news up in the days after (``follow_ups``):
    # a sentence one source dates that they take up is no aside.
    follow_ups: FollowUps = field(default_factory=FollowUps)
    # The people a single document names (``side_voices``): one of them as a sentence's
    # subject is that page's material, not the period's news, unless it is borne out.
    side: frozenset[str] = frozenset()
    # The pages led by a name the story hardly knows (``neighbours``): a sentence there
    # in which none of the story's actors takes part is a neighbouring story's.
    neighbours: Neighbours = field(default_factory=Neighbours)
    # Reaction stories (``reactions.reaction_stories``): an outside party's condemnation of
    # the story's event, its recap and the statement's wording; none of it the story's news.
    reacting: frozenset[str] = frozenset()
    # The happenings told done, by kind (``overtaken``): a plan a later source reports done
    # on another day is not shown under the planned one.
    overtaken: Overtaken = field(default_factory=Overtaken)

    def background(self, day: str) -> bool:
        """Whether ``day`` ended ``BACKGROUND`` or more before the first source: the
        story's past, or a precedent it is compared with (a previous campaign's year)."""
        when = When.of(day)
        return self.first is not None and when is not None and when.last < self.first - BACKGROUND

    def looks_back(self, day: str) -> bool:
        """Whether a sentence under ``day`` that only its own source tells is that source
        looking back ("Eight years ago, X backed ..."): ``day`` ended before the first
        source by more than the period is long (``look_back.horizon``), and the corpus has
        sources enough (``story.TYPICAL_SOURCES``) for the story's own past (a death, the
        founding act) to be retold. A few analyses tell their history once each: there one
        source's past is all the timeline has of it."""
        when = When.of(day)
        return (
            self.first is not None
            and when is not None
            and when.last < self.first - horizon(self.first, self.latest)
            and len(self.extractions) >= TYPICAL_SOURCES
        )

    def setting(self, day: str) -> bool:
        """Whether ``day`` holds the whole period and more (``look_back.setting``)."""
        when = When.of(day)
        return when is not None and setting(when, self.first, self.latest)

    def involves(self, text: str) -> bool:
        """Whether ``text`` names the query or a principal actor as a participant, not only
        as the owner of something else ("Jackson's body was released") or in an objection
        to someone else's act ("despite criticism from X": ``involves``)."""
        return involves(self.named, text)

    def announced(self, mention: EventMention) -> bool:
        """Whether the mention gives its date as planned: flagged so, or told in the future
        ("will perform ... on Saturday", "is due to meet on Wednesday") by a source
        published before that day or on it (what is due today had not happened when
        written)."""
        return announced(mention, self.published.get(mention.doc))

    def called_off(self, mention: EventMention) -> bool:
        """Whether a source published on or after the announcement says that who it names
        withdrew, or that it was called off: the plan is not what happened."""
        day = self.published.get(mention.doc) or date.min
        sentence = mention.evidence.sentence
        return any(later >= day and who in sentence for later, who in self.withdrawn)

    def shown(self, mention: EventMention, day: str) -> str | None:
        """The mention's sentence as shown under ``day``, or None when it cannot be."""
        ev = mention.evidence
        if ev.doc in self.opinion:
            return None  # an editorial's facts are told to make its case
        if ev.doc in self.reacting:
            return None  # one capital's condemnation of the story's event (``reactions``)
        own, entry = When.of(mention.date), When.of(day)
        if own is not None and entry is not None and own.rank < entry.rank:
            # "Earlier this month" merged into an event of the 7th does not say the 7th.
            return None
        if no_happening_of_its_date(mention, self.strung):
            return None
        if names_period_reported(mention):
            return None  # "reported a third-quarter loss": the figures' quarter, not the report's
        if own is not None and own.day is not None and date_key(mention.date) != day:
            # A report of another day merged into the day's event ("three more cases were
            # confirmed today" on the next day's live page): shown under this day, it would
            # say its news happened on a day it does not give.
            return None
        gives = self.dates.get((ev.doc, ev.sentence_start), {})
        if ev.text != ev.sentence and not self._frames(mention, day, gives):
            # A background clause or a dated noun ("protests that began January 25", "in
            # advance of a 29 November hearing"): the sentence's news is not of that date.
            # A named person's act of the day in a relative clause ("Obama, who endorsed
            # Clinton on Thursday, is making his pitch") is that day's news as a clause.
            return self._who_did(mention, day)
        if mention.predicate is not None and subordinate(
            ev.sentence,
            (mention.predicate[0] - ev.sentence_start, mention.predicate[1] - ev.sentence_start),
            mention.timex.start - ev.sentence_start,
            anterior=True,
        ):
            return None  # "accused X of it until after Y had visited on 16 April": Y's day
        home = home_date(gives)
        if home is not None and day != home:
            return None  # a sentence giving two dates is shown under its best-founded one
        ext = self.extractions.get(ev.doc)
        document = ext.document.text if ext is not None else None
        if date_of_another(mention, document, self.published.get(mention.doc)):
            return None  # a depiction's, a request's, "called X's remarks on Saturday …"
        text = read_alone(ev.sentence, ev.sentence_start, ext, inner=False, story=self.story)
        if text is None:
            text = self._with_point(mention, ext)
        if text is None or not tells_news(text) or quotes_price(text):
            return None  # (a share's closing quote is a company page's furniture)
        if colour_beside_result(text, document):
            return None  # a market's mood or the trade's voices, its measured move told
        text = without_portrait(text)  # the outlet's portrait of a participant is no news
        if not self.on_story.about(
            text, ev.doc, ev.sentence_start, ev.sentence_start + len(ev.sentence)
        ):
            return None  # another segment's subject: "Today a guest talks about her son"
        if ev.doc in self.elsewhere and self.query and not self.query.search(text):
            return None
        if self.neighbours.holds(mention):
            return None  # a company's layoffs "despite criticism from" the principals
        if self.query and self.background(day) and not self.query.search(text):
            return None  # background is the story's own: "Romney released his returns in 2012"
        if self.query and self.background(day) and precedent(text, self.first):
            # ... and naming the query's words is not being the story: "A 1968 flu pandemic
            # killed about one million" tells an earlier one of its kind (``precedents``)
            return None
        if unfit_plan(mention, text, open_=self._open(day)):
            return None
        return text

    def scene_clause(self, mention: EventMention) -> bool:
        """Whether ``mention`` is a relative clause on a private person (``private``):
        "Annette Smith, who answered her door Sunday afternoon and said she planned to
        caucus for X," tells a feature's scene, not the day's news, whoever X is."""
        return scene_clause(mention, self.private)

    def side_voice(self, mention: EventMention) -> bool:
        """Whether ``mention``'s sentence has for subject someone only its page names
        (``side_voices.side_subject``): "X, a state delegate, said he called Y"."""
        return side_subject(mention, self.extractions.get(mention.doc), self.side)

    def rewrites(self, mention: EventMention, text: str, event: Event) -> set[str]:
        """The other sources published the day the mention's was that carry its sentence
        (``text``) near verbatim (``copied``): the same story rewritten in the day (a wire
        story's later versions), not another report of what it says. (A story of a later
        day re-running the paragraph has kept it as still worth telling.)"""
        day = self.published.get(mention.doc)
        return {
            m.doc
            for m in event.mentions
            if m.doc != mention.doc
            and day is not None
            and self.published.get(m.doc) == day
            and copied(m.evidence.sentence, text)
        }

    def continues(self, a: EventMention, b: EventMention) -> bool:
        """Whether ``b`` is the sentence right before or after ``a`` in one report and
        names two of its participants (the same records, however spelled): the report
        telling one story on, not a second happening."""
        ext = self.extractions.get(a.doc)
        if ext is None or a.doc != b.doc or not ext.sentences:
            return False
        starts = [start for start, _ in ext.sentences]
        at = [bisect_right(starts, m.evidence.sentence_start) - 1 for m in (a, b)]
        if abs(at[0] - at[1]) != 1:
            return False
        mine, theirs = ({self.who.get(n, n) for n in m.actors} for m in (a, b))
        return len(mine & theirs) >= CONTINUED

    def passed(self, day: str) -> bool:
        """Whether ``day`` ended before the latest source: what was due in it, a source
        could have told as done."""
        when = When.of(day)
        return self.latest is not None and when is not None and when.last < self.latest

    def _open(self, day: str) -> bool:
        """Whether ``day`` ends after the latest source (it begins after it, or is a period
        running on past it: "the summer" in a brief ending on 30 June): no source can have
        told what is due in it as done."""
        when = When.of(day)
        return self.latest is not None and when is not None and when.last > self.latest

    def _with_point(self, mention: EventMention, ext: Extraction | None) -> str | None:
        """An announcing sentence ("X also criticized Y during a rally Friday") shown with
        the next sentence, which says what it announces (``announcing.payload``): the point
        under the date only the announcing sentence gives; None when there is none."""
        ev = mention.evidence
        end = ev.sentence_start + len(ev.sentence)
        point = payload(clean(ev.sentence), ev.sentence_start, end, ext)
        if point is None:
            return None
        told = read_alone(
            ev.sentence, ev.sentence_start, ext, inner=False, story=self.story, set_up=True
        )
        if told is None:
            return None
        text = f"{told} {clean(point)}"
        return text if len(text.split()) <= POINT_WORDS else None

    def _who_did(self, mention: EventMention, day: str) -> str | None:
        """The mention's relative clause on a name as a clause of its own (``who_clause``),
        when it gives a single day, the day shown, and tells news of the story."""
        when = mention.when
        if when is None or when.day is None or date_key(mention.date) != day:
            return None
        ev = mention.evidence
        before = ev.sentence[: max(0, ev.start - ev.sentence_start)]
        text = who_clause(ev.text) or apposed_who_clause(before, ev.text)
        if text is None or not tells_news(text) or quotes_price(text):
            return None  # (a share's closing quote is a company page's furniture)
        text = without_portrait(text)  # the outlet's portrait of a participant is no news
        if not self.on_story.about(text, ev.doc, ev.start, ev.end):
            return None
        start = ev.sentence_start + len(ev.sentence) - len(ev.sentence.lstrip())
        return named_in_full(text, start, self.extractions.get(ev.doc), self.story)

    @staticmethod
    def _frames(mention: EventMention, day: str, gives: dict[str, tuple[bool, int]]) -> bool:
        """Whether a dated phrase dates its whole sentence: the only date the sentence
        gives, and either its subject ("The government formed by the Taliban in the Fall
        of 2021 involves ...") or the span its news happened within ("during X")."""
        if date_key(mention.date) != day or set(gives) != {day}:
            return False
        ev = mention.evidence
        before = ev.sentence[: max(0, ev.start - ev.sentence_start)]
        if ADVERBIAL.match(ev.text):
            return False  # "In the last year, …", "Just like in 2012, …": an aside's time
        if not before.strip(' "“‘') and ASIDE_ON_SUBJECT.match(ev.text):
            # "The union, which endorsed Clinton in November, is widely regarded as ...",
            # "Clinton, who held three events on Friday, has encouraged ...": a clause set
            # off by commas says something in passing about the subject, often its past;
            # the sentence's news is its main clause, of another time. (A restrictive
            # clause defines the subject and does frame it: "The government formed ... in
            # 2021 involves ...".)
            return False
        if AFTER_NEWS.match(ev.text) and CONSEQUENCE_NOW.search(before):
            return True  # the news in an "after" clause, its consequence told before it
        return not before.strip(' "“‘') or WITHIN.search(before) is not None


# A subject (a short noun phrase: no verb before the comma), then a non-restrictive
# relative clause: the dated phrase is an aside on the subject, not the time of the
# sentence's news. After a clause ("Murray did not give evidence during his trial, which
# ended on Monday when a jury ruled ..."), the relative clause may be the news itself.
ASIDE_ON_SUBJECT = re.compile(
    r"^(?!(?:[\w.'’-]+\s+){0,5}?(?:is|are|was|were|has|have|had|did|does|do|will|would"
    r"|could|can|may|might|[a-z]+ed)\s)(?:[\w.'’-]+\s+){0,5}[\w.'’-]+,\s+(?:who|which|whose|whom)\s"
)
