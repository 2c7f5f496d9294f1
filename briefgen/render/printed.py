"""Which of an event's source sentences the chronology prints, and as what (``render.told``
chooses among them): a source sentence a reader can take alone, under a date it gives.

- the date is written in that sentence (not inherited from the sentences around it), and
  is the only date the sentence gives (a sentence naming two dates would be printed under
  each), not a count's baseline or a condition's, not a "today" on a page of many posts;
- the date is the sentence's news's, not a noun's, a clause's, a quotation's or an
  aside's, nor a present finding's about a far earlier time (``eventdate.dates_news``);
- the sentence reads as the timeline would show it (``shown.read_alone``, no participant
  taken up from its article, ``anaphora``), tells news rather than a forecast, a
  prediction or a question, and "(planned)" only when it tells a plan;
- the timeline's own checks that need no reading of the article hold for it too
  (``mention_checks.no_happening_of_its_date``, ``date_of_another``, ``unfit_plan``,
  ``announced``, ``figures.passer_by``, a round-up's opener or a feature's scene:
  ``framing``); a
  sentence the timeline shows is printed as it shows it, its references back named in
  brackets from the article; any other is read against its
  document alone (the brief keeps no article's reading), and what only that reading
  could name (a leading "it", an office nobody in the document holds) leaves it out;
  a plan told unmarked ("is scheduled to be in Iowa Monday") is no event of its day;
- background a year or more before the sources must name the query, and a page about
  something else prints only what names it; a plan dated before the latest source is left
  out (had it happened, a source would say so: the timeline's rule too), and so is a
  weekend paper's "last week" or "this week" (which week, it does not say:
  ``weekend_weeks``) unless another source's report of the event gives that week.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from briefgen import heap
from briefgen.anaphora import BEFORE, takes_up
from briefgen.announcing import payload
from briefgen.connectives import continues
from briefgen.definites import resolve_definites
from briefgen.extract.cues import SAYING_VERBS
from briefgen.extract.quotes import QUOTED
from briefgen.figures import passer_by
from briefgen.fragments import no_finite_verb
from briefgen.framing import framing
from briefgen.inner_refs import dangling_their, resolve_inner, unnamed_owner
from briefgen.lead_in import holds_back, teases
from briefgen.market_colour import colour_beside_result
from briefgen.mention_checks import (
    announced,
    date_of_another,
    no_happening_of_its_date,
    unfit_plan,
)
from briefgen.models import Event, EventMention, Evidence, Extraction
from briefgen.newsworthy import UNANSWERED, announces, forecasts, tells_news
from briefgen.price_quotes import quotes_price
from briefgen.reactions import sideline_reaction
from briefgen.relative_days import page_day
from briefgen.render.entry_cut import cut_after_point
from briefgen.render.entry_days import day_named
from briefgen.render.eventdate import dates_news
from briefgen.render.printing import Printing
from briefgen.reported_periods import names_period_reported
from briefgen.role_subject import name_role_subject
from briefgen.shown import clean, read_alone, stands_alone
from briefgen.weekend_weeks import weekend_last_week
from briefgen.when import BACKGROUND, When

__all__ = ["doubtful_week", "timely", "told_text"]

# A chronology line: long enough to say who did what, short enough to be one line's news.
_WORDS = (6, 70)


# What tells a plan, beside the narrator's future ("will", "is to"): an arrangement in the
# present progressive ("are hosting a summit next month") or the words of a plan; a
# prediction ("predicted", "likely") is no plan, nor is a question.
_PLAN = re.compile(
    r"\b(?:(?:is|are)\s+[a-z]+ing|plans?|planned|planning|intends?|intended|due|scheduled"
    r"|set\s+to|aims?\s+to|aimed\s+to|hope[sd]?\s+to|expects?\s+to|expected\s+to"
    r"|agreed\s+to|deals?)\b",
    re.I,
)
_PREDICTION = re.compile(r"\b(?:predict\w*|likely|unlikely|forecasts?)\b", re.I)
_QUESTION = re.compile(r"\?[\"”’']?\s*$")


# A demonstrative taking up what the article told before: "that lead", "this finding", "the
# authors of that piece". Times are read from the report's date ("this week", "that day");
# "that" after a verb or noun opens a clause ("said that hackers"), so it counts only at
# the start of a clause or after a preposition.
_TIMES = (
    r"(?:week|weekend|month|year|morning|afternoon|evening|night|day|time|season|spring"
    r"|summer|autumn|fall|winter|decade|century|moment|stage|point)s?\b"
)
_POINTS_BACK = re.compile(
    rf"(?:\b(?:this|these)|(?:^|[,;:]\s*|\b(?:of|in|on|at|by|for|with|from|about|like)\s+)"
    rf"that)\s+(?!{_TIMES})(?:[a-z]+\s+)?[a-z]+\b"
    rf"|\bthat\s+(?!{_TIMES})[a-z]+\s*[.,;:]",  # "used that term."
    re.I,
)


# A sentence whose subject takes up a participant of its article: "The man, who has not
# been named, was taken to hospital", "The school has arranged ...", "One of them had
# tested positive". Out of the article, nothing says who; unless a name follows in
# apposition or after "from", "in", "at" ("The school, Alleyn's in Dulwich"), or an "of"
# says which ("The family of the first patient to die").
_TAKEN_UP = re.compile(
    r"\W*(?:(?:The|This|That)\s+(?:[a-z][\w-]*\s+){0,2}?(?:man|woman|men|women|boy|girl|boys"
    r"|girls|child|children|baby|couple|teenager|patient|patients|victim|victims|pupil|pupils"
    r"|student|students|school|schools|hospital|family|families|infection|town|village|company"
    r"|firm|headteacher|mother|father|passenger|passengers|pair|trio|five|six|four|three|two)"
    r"\b(?!['’]s\s+[A-Z]|\s+of\b|,?\s+(?:from|in|at|named|called)?\s*[A-Z])"
    r"|(?:One|Some|Many|Most|All|Both|Each|None|Two|Three|Several)\s+of\s+(?:them|those|these)\b"
    # a bare surname given an age, as news writing takes up a person it named in full:
    # "Jackson, 48, was taken to hospital" (which Jackson, the article said before)
    r"|[A-Z][a-z]+,\s+\d{1,3},"
    # a pronoun subject after an opening adverbial: "But at the weekend it was removed"
    r"|(?:(?:But|And|Yet|So)\s+)?(?:(?:At|at|On|on|In|in|Over|over|Last|last|This|this|By|by"
    r"|During|during)\s+[^,.;]*?,?\s+)(?:it|they|he|she)\s)"
)


# The printed appendix is a selection among hundreds of sentences: it also leaves out what
# the timeline keeps for its date's sake, a sentence answering the one before ("But
# Hillary Clinton didn't need an earthshaking event on Monday") or likening itself to it.
# The openers every shown sentence shares are ``shown.continues``'s; these the appendix
# adds to them.
_GOES_ON = re.compile(r"^\W*(?:Still|Also|Then|By\s+comparison)\b")
# A recap's next item, dated in its own words: "And on Friday, Manafort resigned as ...",
# "And Tuesday, the board voted ...". The "and" adds one more dated happening to a list, it
# does not finish a point made before (as the timeline reads it: ``connectives``).
_DATED_AND = re.compile(
    r"^\W*And\s+(?:(?:on|late|early|last|this)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|yesterday|today)\b\s*(?:(?:morning|afternoon|evening|night)\s*)?,"
)
# A teaser's subject names nothing: "Something funny was going on with Trump last night."
_TEASER = re.compile(r"^\W*(?:Something|Someone|Somebody)\b")
_LIKE_BEFORE = re.compile(r"\b(?:similar|likewise|also\s+(?:said|told))\b", re.I)
# Narration placed by its dateline or its page ("a reception here", "Trump visited the
# state"): out of the article, where is not said.
# The place noun ends its phrase ("the state Aug. 19", "the city on Monday"), not a
# modifier ("the city council").
_UNPLACED = re.compile(
    r"\bhere\b(?!\s*\[)|\bthe\s+(?:state|city|town|province|region|island)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:on|in|at|to|for|from|last|this|and|but|when|after|before"
    r"|since|where|is|was|has|had|will|would)\b|\s+[A-Z0-9])"
)
# A byline fused in front of the sentence: "By Jane Smith BBC News, Los Angeles ...".
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+\s+[A-Z]")
# A pronoun subject after an opening phrase: "Last week, for the first time in three
# centuries, it was removed" (what was, the sentence before said).
_PRONOUN_AFTER = re.compile(r"^[^,;:]{1,60},(?:[^,;:]{1,60},)?\s*(?:it|they|he|she)\s")


def doubtful_week(m: EventMention, event: Event, printing: Printing) -> bool:
    """Whether ``m`` is dated by a weekend paper's "last week" or "this week"
    (``weekend_weeks``) that no other source's firm report of the event bears out in that
    week: the timeline's rule too."""
    if not weekend_last_week(m, printing.published.get(m.doc)):
        return False
    return not any(
        o.doc != m.doc
        and o.date == m.date
        and not weekend_last_week(o, printing.published.get(o.doc))
        for o in event.mentions
    )


def _undated(text: str, m: EventMention) -> str:
    """``text`` without the expression of its date (the entry's date column shows it): what
    stands before it then reads as it would ("the comments Friday" -> "the comments")."""
    return _date_words(m.timex.text).sub(" ", text, count=1)


# Compiled once a date's words: a chronology of a few hundred articles asks of more of
# them than ``re`` keeps compiled (512 patterns).
@heap.corpus_cache(1 << 12)
def _date_words(when: str) -> re.Pattern[str]:
    return re.compile(rf"(?:\b(?:on|at|in|by|early|late|last|this)\s+)?{re.escape(when)}")


def _within(span: tuple[int, int], evidence: Evidence) -> tuple[int, int]:
    """``span`` (document offsets) as offsets into the evidence's sentence."""
    return span[0] - evidence.sentence_start, span[1] - evidence.sentence_start


def _plans(text: str) -> bool:
    """Whether ``text`` tells a plan for the date it gives."""
    return announces(text) or _PLAN.search(QUOTED.sub(" ", text)) is not None


def _bare(printing: Printing, doc: str, span: tuple[int, int]) -> Extraction | None:
    """The document as an extraction that read nothing of it but the names inside the
    sentence at ``span`` ("Mexico's flu death toll" says where it counts): a reference back
    the resolvers (``shown.read_alone``) would name from the sentences before finds no
    name there, and the sentence is refused, while a reference the text itself settles (a
    definite its article introduced, ``anaphora``) is judged on the text. The names the
    brief keeps before the sentence are no reading of it: without the article's
    sentences and roles, a "the GOP nominee" would be given another party's."""
    named = printing.named.get(doc)
    if named is None:
        return None
    inside = tuple(x for x in named.mentions if span[0] <= x.start < span[1])
    return Extraction(document=named.document, mentions=inside)


def _teaser_with_point(
    sentence: str, start: int, bare: Extraction | None
) -> tuple[str, str] | None:
    """A teaser (``lead_in.teases``: "A judge issued a ruling today that should make X
    smile."; ``lead_in.holds_back``: "X offered some pointed advice to Y on Friday.") as
    read alone and as printed, with the sentence after it, as the timeline shows it:
    refused alone, its point is that sentence, which a subject named by role alone ("The
    judge ruled …") keeps from being printed on its own."""
    if not teases(sentence) and not holds_back(sentence):
        return None
    point = payload(clean(sentence), start, start + len(sentence), bare)
    told = read_alone(sentence, start, bare, set_up=True) if point else None
    return (told, f"{told} {clean(point)}") if told and point else None


def timely(m: EventMention, printing: Printing) -> bool:
    """Not a plan the sources overtook (its day passed, or a later source reports it done
    on another day), nor far background not naming the query."""
    when = When.of(m.date)
    if when is None:
        return False
    if m.scheduled and printing.latest is not None and when.first <= printing.latest:
        return False
    if printing.overtaken.plan_overtaken(m):
        return False  # a later source reports it done, on another day
    return (
        printing.first is None
        or when.last >= printing.first - BACKGROUND
        or (printing.query is not None and printing.query.search(m.evidence.sentence) is not None)
    )


def told_text(m: EventMention, printing: Printing) -> str | None:
    """The mention's sentence as printed under its own date, or None when the date is
    not its news's or the sentence does not read alone; a sentence too long for its line
    is cut after its point, or not printed (``entry_cut``)."""
    text = _told(m, printing)
    return None if text is None else cut_after_point(text, _point(text, m))


def _point(text: str, m: EventMention) -> int:
    """Where in ``text`` (the mention's sentence as printed) its dated predicate has been
    said (its date, without one: the entry's date column shows the day, so the date's
    words may fall past the cut); the text's end when it is not found in it."""
    at = m.evidence.sentence_start
    start, end = m.predicate if m.predicate is not None else (m.timex.start, m.timex.end)
    words = m.evidence.sentence[start - at : end - at].strip()
    found = [x.start() for x in re.finditer(re.escape(words), text)] if words else []
    if not found:
        return len(text)
    # the occurrence nearest where the source sentence has it (names in brackets shift it)
    return min(found, key=lambda x: abs(x - (start - at))) + len(words)


def _its_one_date(m: EventMention, dates: Collection[str]) -> bool:
    """Whether ``m``'s date is the one a sentence giving ``dates`` (its mentions' dates) is
    printed under: its only date, or its only day beside coarser ones (a month, a year),
    which date another happening the sentence names in passing ("won the nomination on
    Tuesday, teeing up the November showdown"): the day is its news, and printed under
    the day alone, it is printed once."""
    if len(dates) <= 1:
        return True
    days = [d for d in dates if (w := When.of(d)) is not None and w.granularity == "day"]
    return days == [m.date]


def _told(m: EventMention, printing: Printing) -> str | None:
    """``told_text`` before its line's cut."""
    if m.anchor != "own" or no_happening_of_its_date(m, printing.strung):
        return None
    if date_of_another(m, printing.texts.get(m.doc), printing.published.get(m.doc)):
        return None  # a depiction's, a comparison's, "pointing to X's victories Tuesday"
    if framing(m, printing.private):
        return None  # a round-up's opener, a feature's scene: the timeline refuses it too
    published = printing.published.get(m.doc)
    if not m.scheduled and announced(m, published) and m.lemma not in SAYING_VERBS:
        # "X is scheduled to be in Y Monday": a plan, which printed unmarked would read as
        # what happened that day; "are to be sent, the ministry said on Wednesday" dates
        # the announcement, an event of its day
        return None
    if not _its_one_date(m, printing.dates.get((m.doc, m.evidence.sentence_start), ())):
        return None  # a sentence giving two dates would be printed under each
    if not dates_news(m, printing.published.get(m.doc)) or names_period_reported(m):
        return None  # (the quarter of "a third-quarter loss" is the figures', not the news's)
    raw = m.evidence.sentence
    sentence = raw.strip()
    start = m.evidence.sentence_start + len(raw) - len(raw.lstrip())
    named = printing.named.get(m.doc)
    if dangling_their(sentence, start, named):
        return None  # "Ivanka Trump acknowledged their uphill battle": whose?
    # the timeline's reading, its references back named from the article (the checks of
    # references back below are the timeline's, passed before it named them); else the
    # sentence as read against its document alone: what only the article's reading could
    # name (a leading "it", "the Democratic nominee"), it leaves out
    source, timeline = printing.shown.get((m.doc, m.evidence.sentence_start), (None, None))
    if source != raw:
        timeline = None
    bare = _bare(printing, m.doc, (start, start + len(sentence)))
    text = timeline or read_alone(sentence, start, bare)
    teased = _teaser_with_point(sentence, start, bare) if text is None else None
    # a teaser printed with its point is judged alone by its own words: the point's "The
    # judge" and "the state" take up the teaser's "a judge in the state"
    own, text = teased if teased is not None else (text, text)
    if (
        timeline is not None
        and named is not None
        # (read on the timeline's text: a he/his it named is in brackets, none left to ask)
        and resolve_inner(timeline, timeline, start, named, cautious=True) is None
        and unnamed_owner(sentence, start, named)
    ):
        # a he/his inside it the timeline could not name, which it keeps beside its date's
        # other sentences ("Sanders won Tuesday. Earlier Tuesday, his campaign manager
        # …"): printed as a line of its own, whose it is no sentence beside it says
        return None
    if text is None or not tells_news(text) or passer_by(text, printing.principals):
        return None
    if quotes_price(text):
        return None  # a share's closing quote: a company page's furniture, as the timeline
    if named is not None and colour_beside_result(text, named.document.text):
        return None  # a market's mood or the trade's voices beside its measured move
    if sideline_reaction(text, printing.principals):
        # "Marlow condemned the bombing": one capital's statement among a day's dozen, which
        # the summary does not take for a judgment nor the chronology for an event
        return None

    # called off ("was scheduled to speak Friday but cancelled"), or a forecast printed
    # "(planned)" ("is expected to peak in October"); an arrangement in the present
    # progressive ("is hosting a summit next month") is a plan here (``_plans``), which the
    # timeline, choosing one sentence of a date, asks to be told in the future
    if unfit_plan(m, text, open_=False) or (m.scheduled and forecasts(text)):
        return None
    if text[:1].islower():
        return None  # a fragment: furniture fused in front ("cents Mexico yesterday ...")
    if m.predicate is not None and no_finite_verb(raw, _within(m.predicate, m.evidence)):
        return None  # "Crowds cheering the mayor on Tuesday": no predicate asserts it
    narration = QUOTED.sub(" ", text)
    if _PREDICTION.search(narration) or _QUESTION.search(text):
        return None  # a prediction or a question tells no event of its date
    if m.scheduled and not _plans(text):
        return None  # a forecast or a general truth, printed "(planned)" it would be a plan
    if timeline is None and (_POINTS_BACK.search(narration) or _TAKEN_UP.match(narration)):
        return None  # "that lead", "The man, who has not been named": the article says who
    if m.doc in printing.aside and (printing.query is None or not printing.query.search(text)):
        return None  # a page about something else: its own news is not the story's
    if printing.other.off(m.doc, text):
        return None  # another story's page: the same desk's plague outbreak, a fire
    if printing.principals is not None and not printing.principals.search(text):
        return None  # an aside of a page about the story ("Munich attack", a town's weather)
    if (
        (continues(text) and not _DATED_AND.match(text))
        or _GOES_ON.match(text)
        or _TEASER.match(text)
    ):
        return None  # "But ...", "Also ...": half of a point made before
    if _LIKE_BEFORE.search(narration):
        return None  # "Trump made similar comments": likened to a point made before
    if _UNPLACED.search(narration) or UNANSWERED.search(narration) or _BYLINE.match(text):
        return None
    if timeline is None and (
        _PRONOUN_AFTER.match(narration) or not stands_alone(_undated(own or text, m))
    ):
        return None  # "Trump made the comments Friday": without its date, "the comments"
    if printing.strangers.in_sentence(m.doc, text, start):
        return None  # "Thompson started Thursday ...": who, only the article said
    if not _WORDS[0] <= len(text.split()) <= _WORDS[1]:
        return None
    if page_day(narration, named):
        return None  # "… today" in one item of a page of many: which day, it does not say
    if timeline is not None:
        # its definites and roles named as the timeline names them; its "today" too, which
        # the timeline's date says
        return timeline if named is None else day_named(timeline, m, named)
    # "the development bank", "the city": named from the article, as every shown sentence
    # is (``definites``), or not printed
    if named is not None:
        shown = resolve_definites(text, start, named, printing.story)
        # "The radio host said": "[Ada Brandt]" from the document, or not printed
        shown = name_role_subject(shown, start, named) if shown is not None else None
        return None if shown is None else day_named(shown, m, named)
    before = printing.texts.get(m.doc, "")[max(0, start - BEFORE) : start]
    return None if takes_up(text, before, printing.story) else text  # no names: the text's
