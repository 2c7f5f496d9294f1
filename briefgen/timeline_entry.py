"""One timeline date's entry: its sentences, chosen central, salient, new and borne out
by the other sources, and the sources it cites."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefgen.additive import added_to
from briefgen.aggregate.events import WELL_FOUNDED
from briefgen.aggregate.outcomes import OUTCOME_WEIGHT, kind_weight, told_weight
from briefgen.aggregate.same_happening import COARSE, predicate
from briefgen.aggregate.terms import Idf, cosine, terms
from briefgen.figures import passer_by
from briefgen.framing import comment, negated_detail, opener
from briefgen.head_counts import dead_count, gives_toll_of
from briefgen.models import Cited, Event, EventMention, Evidence, TimelineEntry
from briefgen.plans import borne_out
from briefgen.retold import (
    REPORTS_SAME,
    Said,
    date_key,
    figures_in,
    moved,
    names_in,
    repeats,
    reporting,
)
from briefgen.tellings import another_happening, same_happening
from briefgen.timeline_context import TimelineContext
from briefgen.titled import name_newcomer
from briefgen.weekend_weeks import weekend_last_week
from briefgen.when import When

__all__ = [
    "FOLLOWING_SHARE",
    "SAME_SOURCE_STORY",
    "TIMELINE_DUPLICATE",
    "date_entry",
    "page_order",
]

# One date's sentences should each add something: a stricter bar.
TIMELINE_DUPLICATE = 0.3
# One source telling a story under two adjacent days ("reported Saturday", "on Sunday ...
# published") tells it once: its two sentences need share less to be the same story.
SAME_SOURCE_STORY = 0.2
# What opening a report published on the day or the next, and told by another source too,
# adds to a sentence's prior: as much as giving the date itself, both being evidence the
# sentence tells the day's event.
LEDE = 0.2
# What each other source telling a sentence's news of that day (announced or reported, in
# its own words: ``_corroboration``) adds to its prior, for at most CORROBORATORS of them:
# more than a lede's, a second source bearing the news out being the stronger evidence
# that it is the day's. What one page mentions in passing (a speech's closing tribute, a
# rally's itinerary) no other source tells.
CORROBORATED = 0.2
CORROBORATORS = 2
# Share of centrality (against the date's other sentences) in a timeline sentence's score.
SENTENCE_CENTRAL = 0.5
# A date's further sentence scores at least this share of its first's. Readers judged the
# second sentence under a date trivial two to three times as often as the first; one
# scoring under half the first's is a minor event of the day or one page's detail (an
# anchor's interview, a congressman's worry after the day's meeting), not the day's news.
# (At 0.6 and 0.7 Timeline17's six-sentence dates lost reference content: AR-1 fell.)
FOLLOWING_SHARE = 0.5


def _corroboration(
    doc: str, vector: dict[str, float], told: Sequence[tuple[str, dict[str, float]]]
) -> int:
    """How many sources other than ``doc`` say of the day what the sentence of ``vector``
    says (``told``: each source's sentences dated that day, as term vectors)."""
    return len({d for d, v in told if d != doc and cosine(vector, v) >= REPORTS_SAME})


def _retold(
    mention: EventMention,
    event_id: str,
    names: frozenset[str],
    used: Sequence[str],
    shown: Sequence[EventMention],
    shown_names: Sequence[frozenset[str]],
    who: Mapping[str, str],
) -> int | None:
    """Which shown sentence ``mention`` (of ``event_id``, naming ``names``) tells again
    from another source, or None: of one event, with two names in common ("Sanders
    prevailed in Wisconsin's primary", "Sanders was projected as the winner of Wisconsin's
    primary"), or in other words, by the same verb, with a participant in common."""
    for at, (e, m, named) in enumerate(zip(used, shown, shown_names, strict=True)):
        if m.doc == mention.doc:
            continue
        if (e == event_id and len(names & named) >= 2) or same_happening(mention, m, who):
            return at
    return None


def _telling(
    event: Event,
    shown: EventMention,
    vector: dict[str, float],
    idf: Idf,
    day: str,
    who: Mapping[str, str],
    said: str | None = None,
) -> set[str]:
    """The sources whose own mention of ``event`` tells the happening of the ``shown``
    sentence (of ``vector``), with its own (``said``: the sentence the entry shows, when
    another event's mention, ``shown``, tells its happening again). A month or a coarser
    period holds many happenings of the same people ("in 2008" one endorsed a candidate,
    another lost a primary, a third raised money): a mention dated so tells the shown one
    only when
    told with the same verb or kind (``same_happening.predicate``), as a vague mention
    joins a precise event only so (``vague_into_precise``); words in common, the names
    above all, are not enough."""
    when = When.of(day)
    if when is not None and when.rank <= COARSE:
        kind = predicate(shown)
        alike = tuple(m for m in event.mentions if m is shown or predicate(m) & kind)
        event = replace(event, mentions=alike)
    # nor, at any date, a mention telling another act the merge joined to the event
    # (``tellings.another_happening``): its source is not cited for the shown sentence
    if any(another_happening(shown, m, who) for m in event.mentions):
        told = tuple(m for m in event.mentions if not another_happening(shown, m, who))
        event = replace(event, mentions=told)
    # nor, when the shown sentence gives a toll ("killed 130 people"), a mention that does
    # not give that toll: wire copy restates the toll of its own day in each story's
    # background paragraph ("killed 128 people", "killed at least 60"), and a source
    # counted for the sentence would vouch for a number it does not give
    said = shown.evidence.sentence if said is None else said
    if dead_count(said) is not None:
        agree = tuple(m for m in event.mentions if gives_toll_of(said, m.evidence.sentence))
        event = replace(event, mentions=agree)
    own = {shown.doc} if gives_toll_of(said, shown.evidence.sentence) else set()
    return reporting(event, vector, idf, day, done=True) | own


def _citing(cited: Cited, events: Sequence[Event], docs: set[str], day: str) -> Cited:
    """``cited`` citing, besides its own, each of the ``docs`` by its mention of one of the
    ``events`` dated ``day``."""
    own = cited.evidence[0].doc
    found: dict[str, Evidence] = {}
    for event in events:
        for m in event.mentions:
            if m.doc in docs and m.doc != own and date_key(m.date) == day:
                found.setdefault(m.doc, m.evidence)
    return replace(cited, evidence=cited.evidence + tuple(found[d] for d in sorted(found)))


def _main_event(mention: EventMention, context: TimelineContext) -> bool:
    """Whether ``mention`` is its report's main event: an outcome (``outcomes``) told in
    the lede of a report published on its day or the next (``lede.Ledes``)."""
    return (
        context.ledes is not None
        and context.ledes.fresh(mention)
        and kind_weight(mention) >= OUTCOME_WEIGHT
    )


def date_entry(
    day: str,
    events: list[Event],
    limit: int,
    idf: Idf,
    context: TimelineContext,
    taken: set[tuple[str, int]],
    told: Sequence[tuple[str, dict[str, float]]] = (),
    nearby: Sequence[Said] = (),
    inner: Sequence[Said] = (),
    firm: Sequence[tuple[str, dict[str, float]]] = (),
) -> tuple[TimelineEntry, list[Said]]:
    """A date's sentences: central to what the sources say about that date, salient, new,
    and borne out by the other sources' sentences of that day (``told``).

    Once a source reports the day's news as done, the announcements made before ("is due
    to be sentenced on 29 November", "the panel will resume on Monday") are not shown as
    what happened, nor is an announcement a later source says was called off. A sentence
    that names neither the query nor a principal actor as a participant is shown only when
    another source reports the same. A sentence saying what one shown under an adjacent
    day (``nearby``) says is not shown again (one source's "Saturday" and "Sunday").
    A sentence reporting (``repeats``) what a day within this date shows (``inner``: a
    weekly's "last week" of one announcement), or the same happening (an event) as a
    sentence shown here (or another source's sentence of that event naming the same), is a
    second report of it: its source is cited, and nothing ranked below it is shown (less
    central to the date than a repeat of its news). A date whose best sentence is such a
    repeat has no sentence and that sentence's source. A plan for a day the latest source
    is past is not shown: a report of it done tells the day, and a plan no report of its
    kind bears out (``plans``) did not happen; only a plan borne out whose reports cannot
    be shown alone stands for its day; and a weekend
    paper's "last week" only when another source dates the news that week (``firm``: the
    day's sentences but those of other weekend "last week"s).
    """
    if context.setting(day):
        # A date holding the whole period ("this year" in a month's news) is its setting:
        # its sentences are the period's background or a claim about it, no happening.
        return TimelineEntry(day, (), ()), []
    events = sorted(events, key=lambda e: (-e.salience, e.id))
    top = events[0].salience or 1.0
    options: list[tuple[float, str, dict[str, float], EventMention, str]] = []
    seen: set[tuple[str, int]] = set(taken)
    details: set[int] = set()
    # The day's news told only as a round-up's framing or a feature's scene, refused: its
    # details do not stand in for it (an empty day is better than a trivial one).
    framed: set[str] = set()
    for event in events:
        for rank, mention in enumerate(event.mentions):
            key = (mention.doc, mention.evidence.sentence_start)
            if key in seen:
                continue
            text = context.shown(mention, day) or ""
            if not text:
                continue
            if context.scene_clause(mention):
                framed.add(mention.doc)  # a private person's act in a clause: a scene
                continue
            if context.overtaken.plan_overtaken(mention):
                continue  # a later source reports it done on another day: no day's news
            if context.passed(day) and mention.scheduled and _outdone(mention, event, day, context):
                # A plan for a day the sources are past is not what happened that day: none
                # reports it done, or a report of it done is shown instead of the plan ("will
                # reportedly deliver a speech on Monday", the speech reported).
                continue
            vector = idf.vector(terms(text))
            corroborated = _corroboration(mention.doc, vector, told)
            if weekend_last_week(mention, context.published.get(mention.doc)) and not (
                _corroboration(mention.doc, vector, firm)
            ):
                continue  # a weekend's "last week": this week or the one before, none says
            seen.add(key)
            if passer_by(text, context.known):
                continue  # people met on the street, told by their ages: colour, not news
            if opener(mention):
                # A round-up's opener: the field told as one ("the candidates began making
                # their final pitches Monday"), no one's act. Its facts are the paragraphs
                # after it; the page's colour is no stand-in for them (``framed``).
                framed.add(mention.doc)
                continue
            # A detail around the story, from one source: shown only when nothing else is.
            # (The day's rewrite of the story, which keeps the paragraph, is no second one.)
            alone = len(reporting(event, vector, idf) - context.rewrites(mention, text, event)) < 2
            # (other reports taking its news up in the days after, in their own words and
            # under their own dates, bear it out: ``follow_ups``)
            alone = alone and not context.follow_ups.taken_up(mention, text, day)
            if alone and kind_weight(mention) < OUTCOME_WEIGHT and context.side_voice(mention):
                # What someone only this page names did or said that day (a delegate's phone
                # call, a chief executive's fund-raiser), told by this page alone: the page's
                # material, not the day's news. An outcome is news whoever brings it about.
                continue
            if (
                context.looks_back(day)
                and len(_telling(event, mention, vector, idf, day, context.who)) < 2
            ):
                # One source's retrospective aside, years before the story (and stretching
                # the timeline's axis by them): what many sources retell is the story's past.
                # Counted as the entry would count its sources: a year's event gathers every
                # happening of that year, which do not retell this one.
                continue
            # ... and so is the scene around the news (a reception headlined, a topic
            # discussed, recipes submitted), however principal its people. A report's own
            # news is none: the outcome its lede tells on the day or the next ("X suspended
            # his campaign Wednesday evening") is what the report is about, whoever X is.
            detail = (
                alone
                and not _main_event(mention, context)
                and (not context.involves(text) or kind_weight(mention) < 1)
            )
            # the event weighs as its own sentence tells it (an outcome, the scene)
            prior = told_weight(event, mention) / top + (0.1 if rank == 0 else 0.0)
            if date_key(mention.date) == day and mention.anchor in WELL_FOUNDED:
                # the sentence that itself gives this date (or tells more of one that does),
                # not one its page's day dates (``perfect_outcomes``)
                prior += 0.2
            if (
                context.ledes is not None
                and context.ledes.fresh(mention)
                and len(reporting(event, vector, idf, day)) >= 2
            ):
                # The lede of a report of the day's news that another source tells too: a
                # side story's lede (a minor candidate's stunt on debate day) is told alone.
                prior += LEDE
            prior += CORROBORATED * min(corroborated, CORROBORATORS)
            options.append((prior, text, vector, mention, event.id))
            if detail:
                details.add(id(mention))
    # A day told only in details keeps them when two sources on the story tell of it (the
    # date is the story's); one page's colour alone (a wedding, a radio guest) is no entry,
    # nor is one page's scene (how a principal looked at a rally, a reception headlined)
    # however many sources tell of the day in sentences that cannot be shown: the scene is
    # around the news, and the day's news is not in it.
    telling = {m.doc for e in events for m in e.mentions if m.doc not in context.elsewhere}
    scenes = all(kind_weight(o[3]) < 1 for o in options if id(o[3]) in details)
    if len(details) < len(options) or len(telling) < 2 or framed or scenes:
        options = [o for o in options if id(o[3]) not in details]
    announced = {id(o[3]) for o in options if context.announced(o[3])}
    if len(announced) < len(options):
        options = [o for o in options if id(o[3]) not in announced]
    options = [o for o in options if not (id(o[3]) in announced and context.called_off(o[3]))]
    centroid: dict[str, float] = defaultdict(float)
    weights = {e.id: e.salience / top for e in events}
    for _, _, vector, _, event_id in options:
        for t, w in vector.items():
            centroid[t] += w * weights[event_id]
    score = {
        id(o[3]): SENTENCE_CENTRAL * cosine(o[2], centroid) + (1 - SENTENCE_CENTRAL) * o[0]
        for o in options
    }
    # A later paragraph of a report ranks no higher than the report's own news, its lede's
    # outcome of the same day: "has a weekday" does not outrank "is the story's main event"
    # (a victory speech's closing tribute, a detail of which primaries were closed).
    main = {o[3].doc: score[id(o[3])] for o in options if _main_event(o[3], context)}
    for o in options:
        if o[3].doc in main and not _main_event(o[3], context):
            score[id(o[3])] = min(score[id(o[3])], main[o[3].doc])
    scored = sorted(options, key=lambda o: (-score[id(o[3])], o[3].doc, o[3].evidence.start))
    picked: list[Cited] = []
    shown: list[EventMention] = []
    vectors: list[dict[str, float]] = []
    used: list[str] = []
    shown_names: list[frozenset[str]] = []
    planned = True  # every shown sentence gives the date as planned, none as done
    picked_repeat: str | None = None
    # a shown happening told again: (its event, the mention, its vector, the shown index)
    retelling: tuple[str, EventMention, dict[str, float], int] | None = None
    for _, text, vector, mention, event_id in scored:
        if len(picked) >= limit:
            break
        if shown and score[id(mention)] < FOLLOWING_SHARE * score[id(shown[0])]:
            # Far weaker than the date's first (a minor event of the day, a detail told
            # only by its page: "an anchor interviewed the candidate on Tuesday"): the date
            # shows one sentence rather than a weak second one.
            break
        if shown and comment(mention):
            # "Friday's announcement came at a sensitive moment": how a writer places the
            # news the date already shows, nothing of its own
            continue
        if any(m.doc == mention.doc for m in shown) and negated_detail(mention):
            # "Trump did not at any time mention a donation", after its page's sentence on
            # the call: what that happening left out, no event of the day
            continue
        if any(cosine(vector, v) >= TIMELINE_DUPLICATE for v in vectors):
            continue
        names, figures = names_in(text), figures_in(text)
        if mention.doc not in context.strung and any(
            m.doc == mention.doc
            and (cosine(vector, v) >= SAME_SOURCE_STORY or context.continues(m, mention))
            for m, v in zip(shown, vectors, strict=True)
        ):
            # One report's second sentence on the day in the same words: the story it
            # already told, continued (as under an adjacent day). Sharing names is not
            # enough here (a visit and the press conference held during it are two
            # events), unless the sentence is the next or the one before: a lede and the
            # paragraph telling it again ("some of the party's fundraisers signed on
            # Tuesday", "half a dozen of its money players agreed to serve").
            continue
        # another source telling a shown happening in other words, with the same names:
        # "Sanders prevailed in Wisconsin's primary", "Sanders was projected as the winner
        # of Wisconsin's primary", a second report of it cited as its source
        at = _retold(mention, event_id, names, used, shown, shown_names, context.who)
        if at is None:
            # "Dr X's home is also raided", under police's search of his home and offices:
            # one more side of a shown happening, not a second one (``additive.added_to``)
            at = added_to(text, [c.text for c in picked])
        retold = at is not None
        if at is not None:
            retelling = (event_id, mention, vector, at)
        if (
            retold
            or repeats(vector, figures, inner)
            or any(
                e == event_id and cosine(vector, v) >= REPORTS_SAME
                for e, v in zip(used, vectors, strict=True)
            )
        ):
            if not picked or retold:
                # the date's best is a day's news within it, or a shown happening told
                # again: its source is cited
                picked_repeat = mention.doc
            break
        if any(
            (cosine(vector, v) >= TIMELINE_DUPLICATE and not moved(figures, counted))
            or (
                doc == mention.doc
                and (cosine(vector, v) >= SAME_SOURCE_STORY or len(names & named) >= 2)
            )
            for doc, v, named, counted in nearby
        ):
            continue
        # a surname only its article introduced: "[Kate] Duval", named once chosen so the
        # brackets weigh in no choice (the corpus's names decide: ``titled.name_newcomer``)
        ext = context.extractions.get(mention.doc)
        start = mention.evidence.sentence_start
        start += len(mention.evidence.sentence) - len(mention.evidence.sentence.lstrip())
        picked.append(Cited(name_newcomer(text, start, ext, context.story), (mention.evidence,)))
        shown.append(mention)
        taken.add((mention.doc, mention.evidence.sentence_start))
        vectors.append(vector)
        shown_names.append(names)
        used.append(event_id)
        planned = planned and mention.scheduled
    by_id = {e.id: e for e in events}
    # Each shown sentence is reported by the sources whose own mention of its event tells
    # its happening (``_telling``), not by every source saying something of its people
    # that day or year.
    tellers = [
        _telling(by_id[e], m, v, idf, day, context.who)
        for e, m, v in zip(used, shown, vectors, strict=True)
    ]
    if retelling is not None:
        # Another source telling a shown happening in other words (another event of the
        # day): its sources report that sentence's happening too, and are cited with it,
        # so that the count a reader sees is the sources the sentence's citations list.
        other, told_again, v, at = retelling
        said = shown[at].evidence.sentence
        more = _telling(by_id[other], told_again, v, idf, day, context.who, said) - tellers[at]
        if more:
            tellers[at] |= more
            picked[at] = _citing(picked[at], (by_id[used[at]], by_id[other]), tellers[at], day)
    sources = set().union(*tellers)
    if picked_repeat is not None and not picked:
        sources.add(picked_repeat)  # an entry with no sentence: a day's news within it
    if framed and not picked:
        # A day among the period's most told whose news the sources tell only in a
        # round-up's framing or a feature's scene: left empty, it keeps its place rather
        # than give it to a less told date (a look back months before the period).
        sources |= framed
    # A short range ("July 8-9") is grouped under its first day but shown as written.
    label = events[0].date if date_key(events[0].date) == day and "/" in events[0].date else day
    entry = TimelineEntry(
        label, tuple(dict.fromkeys(used)), tuple(picked), planned, tuple(sorted(sources))
    )
    return entry, [
        (c.evidence[0].doc, v, names_in(c.text), figures_in(c.text))
        for c, v in zip(picked, vectors, strict=True)
    ]


def _outdone(plan: EventMention, event: Event, day: str, context: TimelineContext) -> bool:
    """Whether ``plan``, a plan for ``day`` that the sources are past, gives way: no
    report of its kind bears it out (``plans.borne_out``), or one of its event's reports
    telling it done can be shown under the day instead."""
    if not borne_out(plan, event):
        return True
    return any(not m.scheduled and context.shown(m, day) for m in event.mentions)


def page_order(sentences: Sequence[Cited]) -> tuple[Cited, ...]:
    """A date's shown ``sentences`` with those of one page in the page's order, each page
    keeping the places its sentences were chosen for. A reader reads an entry as one text:
    a page's later sentence shown first ("“… she said …” X said Friday") leaves its pronoun
    ahead of the name the page's earlier one gives ("X also criticized Y during a rally
    Friday"), and the order the entry was chosen in (best first) is no order of events."""
    by_doc: dict[str, list[Cited]] = defaultdict(list)
    for c in sentences:
        by_doc[c.evidence[0].doc if c.evidence else ""].append(c)
    queues = {
        d: sorted(cs, key=lambda c: (c.evidence[0].sentence_start, c.evidence[0].start))
        if d
        else list(cs)
        for d, cs in by_doc.items()
    }
    return tuple(queues[c.evidence[0].doc if c.evidence else ""].pop(0) for c in sentences)
