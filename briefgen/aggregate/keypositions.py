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
from collections.abc import Sequence, Set

from briefgen.aggregate.answers import answers_elsewhere
from briefgen.aggregate.coverage import passes_on_press_work
from briefgen.aggregate.denials import same_denial
from briefgen.aggregate.exhibits import played_in_court
from briefgen.aggregate.focus import SAME, Focus, said_again
from briefgen.aggregate.interrupted import joined_halves
from briefgen.aggregate.names import word_tuple, words
from briefgen.aggregate.nonpositions import figure_only, monitoring, names_matter
from briefgen.aggregate.nostance import act, bulletin, own_plans, plural_label, unmentioned
from briefgen.aggregate.offstance import (
    addressed,
    answers_unshown,
    arrangement,
    attendance,
    courtesy,
    fandom,
    habitual,
    hardship,
    jest,
    joint_subject,
    no_comment,
    reply,
    unnamed_head,
)
from briefgen.aggregate.process_lines import process_only
from briefgen.aggregate.quote_cut import cut_inside
from briefgen.aggregate.readable import about_the_other, readable_alone, speaker_sex
from briefgen.aggregate.remarks import remark
from briefgen.aggregate.said_then import said_before
from briefgen.aggregate.speakerfit import others_clause, speaks_alone
from briefgen.aggregate.terms import terms as content_terms
from briefgen.aggregate.wholeness import whole
from briefgen.aggregate.writers_account import forecast, noun_cue, of_mind
from briefgen.models import Position
from briefgen.newsworthy import ceremonial, promotes

__all__ = ["SHOWN", "key_positions", "readable_alone"]

# A quotation this short is a phrase the writer borrows ("what he called “our arguments
# this year”"), not a statement.
_PHRASE = 6
# How a position's speaker must have been found for a profile to show it as the actor's.
SHOWN = ("cue", "label")
# What naming the topic, and each other source reporting it, add to a statement's rank
# (whose unit is a word of content, up to 60).
RELEVANT = 25
CORROBORATED = 8
# What a line beyond an actor's first must weigh, unless it speaks in the story's own
# words (``Focus.in_story_words``): as much as a statement of a few words (``_PHRASE``)
# naming the story (``RELEVANT``), with its cue. A line on a sideline (a judge's camera
# arrangements, a candidate's tally of his team's hustle, a favourite TV show) must make
# up for it in what it says; a profile shows one or two lines rather than a sideline.
SECOND_LINE = RELEVANT + _PHRASE + 4
# What a status bulletin, a who-decided-what line or a stock reassurance
# (``nostance.bulletin``) loses: it ranks below a line of the same length on the story.
BULLETIN = RELEVANT + CORROBORATED * 2
# Two statements agreeing on fewer content terms than this share only words, not a claim.
AGREE = 2


# A possessive ending inside a sentence ("Jackson's death"): ``words`` drops it only from a
# name's last word, and "jacksons" names no one.
_POSSESSIVE = re.compile(r"['’]s\b")


def _relevant(p: Position, speaker_words: set[str], focus: Focus) -> bool:
    """Whether the statement or its sentence names a query word or another principal actor,
    in the possessive too ("witnesses to Jackson's 2005 trial").

    Yes or no, not how many: a short line naming two actors is no better a statement than
    a long one naming one."""
    bag = set(word_tuple(_POSSESSIVE.sub("", p.text))) | set(
        word_tuple(_POSSESSIVE.sub("", p.evidence.sentence))
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


# Verbs that carry a claim's mood, not its matter ("If you want to beat …, you've got to
# go with …"): left out when two lines are compared for the same claim in other words.
_SEMI_AUXILIARIES = frozenset(
    "want wants wanted get gets getting got go goes going gone able".split()  # noqa: SIM905
)
# Terms two lines must share, names counted, for a stump line told in other words: two
# shared terms ("tax", "code") are a topic, not a claim.
_SAME_LINE_TERMS = 3


def _repeats_line(p: Position, q: Position) -> bool:
    """Whether ``p`` and ``q`` are one stump line told in other words, as reports of a
    campaign retell it on consecutive days ("the only campaign that has demonstrated it can
    beat X" / "the only one that has beaten and can beat X"): their claims' terms without
    the verbs of mood (``_SEMI_AUXILIARIES``) agree as ``_restates`` asks, and the two
    lines share ``_SAME_LINE_TERMS`` terms, the names they give counted."""
    a = _claim_terms(p.text) - _SEMI_AUXILIARIES
    b = _claim_terms(q.text) - _SEMI_AUXILIARIES
    shared = set(content_terms(p.text)) & set(content_terms(q.text))
    return _restates(a, b) and len(shared) >= _SAME_LINE_TERMS


# A phrase a report quotes (“too difficult”): two words or more, between quotation marks
# (the closing mark may fall outside the statement's span)
_QUOTED_PHRASE = re.compile(r"[“\"‘]([^”\"’“‘]+)(?:[”\"’]|$)")


def _quotes_from(p: Position, q: Position) -> bool:
    """Whether reported ``p`` quotes a phrase of two words or more that ``q`` says: the
    same statement told twice ("said she will not attend as the timing was “too
    difficult”" beside the quotation itself)."""
    if p.kind != "reported":
        return False
    said = f" {' '.join(word_tuple(q.text))} "
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
    holiday's greeting (``newsworthy.ceremonial``: no stance on the story), nor the press's
    work passed on ("emailed a news article reporting that …": the article's words, not
    the sender's; ``coverage.passes_on_press_work``), nor one whose
    speaker, cue and content make no whole clause (``wholeness.whole``), nor one told
    inside another speaker's account (``accounts.Accounts.retold``), nor a quotation in
    another language than the brief's (``language.foreign``); a sentence the
    summary or the timeline shows (``Focus.shown``) only when the actor has no other.
    Longer statements with an explicit cue rank higher, a quotation above a paraphrase of
    equal length, and a statement naming the query or another principal actor, or reported
    by other sources too (corroborated), as if it were a few dozen words longer. A
    statement sharing most of its words with one already chosen, or most of its claim's
    (``_restates``), or the same stump line in other words (``_repeats_line``), is
    skipped, and a source document gives a second line only when no
    other document has one left. Nor is an arrangement (where and when an occasion takes
    place, how long it lasts) shown, and a line beyond the first only when it weighs as
    much as a short statement on the story, takes a side (a denial, an argued claim) or
    speaks in the story's words (``_sideline``). Nor, from ``offstance``: a jest (a
    "quipped" cue, or a line wishing the speaker a thing), a fan's side in a game, a
    quotation answering a question the paragraph before asks, a courtesy formula, a line
    to an unnamed "you" about what they did, an answer to a question the sentence before
    put (``answers.answers_elsewhere``), a reply (a first sentence of a word or two, a
    short question), a subject several people share, an
    indefinite subject without what it is of ("A significant step … has been taken"), a
    family's hardship, the speaker's attendance, a habit told in the past ("often
    attacked"), or a statement dated over a month before its article ("during a May
    interview"); and a statement the profile would cut before its point only when the
    actor has no other. Nor, from ``nostance``: an act ("showed the crowd a clip"), what
    the speaker did not mention ("did not mention his rivals by name"), the speaker's plans
    for their own affairs; a plural label filed under its organisation ("Democrats said")
    only when the organisation has no line of its own; a status bulletin, a
    who-decided-what line or a stock reassurance ranks below any other line, and is shown
    only as the first; so is the matter's handling alone (``process_lines``: "is working
    with the ministry to review the incident", "would dismiss the prospective jurors").
    Nor, from ``nonpositions``: a line whose predicate is a
    verb of watching ("closely following the new cases") or a plural label's line taking
    no side and naming no principal, shown in no place (an actor with only these shows
    none); a bare figure as the whole content (a count, a background rate) ranks below any
    stance and is shown only as the first line. Nor a recording played at a trial
    (``exhibits.played_in_court``: evidence of then, not a stance of now); and, from
    ``remarks``, kind words for a person or what the speaker would be doing rank below any
    stance and are shown only as the first line.
    """
    focus = focus or Focus()
    # a quotation its tag interrupts mid-sentence is one statement, not two halves
    positions = joined_halves([p for p in positions if p.speaker_id == actor_id])
    sex = speaker_sex([p for p in positions if p.speaker_id == actor_id]) if person else None
    # a fragment of a few words ("many years") says nothing on its own
    own = [
        p
        for p in positions
        if p.speaker_id == actor_id
        and p.attribution in SHOWN
        and not noun_cue(p.cue)
        and len(p.text.split()) >= (_PHRASE if p.kind == "direct" else 4)
        and readable_alone(p, person)
        and not about_the_other(p, sex)
        and not said_before(p, focus.start, focus.published.get(p.doc), focus.texts.get(p.doc, ""))
        and not focus.aside(p)
        and not focus.takes_up(p)
        and not answers_elsewhere(p, focus.texts.get(p.doc, ""))
        and not focus.clipped(p)
        and p.doc not in focus.strung
        and not promotes(p.text)
        and not ceremonial(p.text)
        and not passes_on_press_work(p.evidence.sentence)
        and whole(p, focus.story, person)
        and speaks_alone(p, focus.texts.get(p.doc, ""), person)
        and not others_clause(p)
        and not focus.accounts.retold(p)
        and not no_comment(p)
        and not arrangement(p)
        and not forecast(p.cue)
        and not of_mind(p)
        and not jest(p)
        and not fandom(p)
        and not answers_unshown(p, focus.texts.get(p.doc, ""))
        and not courtesy(p)
        and not addressed(p)
        and not reply(p)
        and not joint_subject(p)
        and not unnamed_head(p)
        and not hardship(p)
        and not attendance(p)
        and not act(p)
        and not unmentioned(p)
        and not own_plans(p)
        and not habitual(p)
        and not played_in_court(p, focus.texts.get(p.doc, ""))
        # last: a quotation no other test leaves out may need the language model, whose
        # loading costs about 0.65 CPU s in a build that has not classified it before
        and not focus.foreign(p.text)
    ]

    def filler(p: Position) -> bool:
        """No position at all (``nonpositions``): where the speaker looks ("closely
        following the new cases"), or a plural label's line taking no side and naming no
        principal (some members' reasons to attend a convention, not the party's stance)."""
        if monitoring(p):
            return True
        speaker = set(word_tuple(p.speaker or ""))
        return (
            plural_label(p)
            and not _stance(p)
            and not names_matter(p.text, frozenset(), focus.principals, speaker)
        )

    # filler is shown in no place: an actor with only filler shows none (docs/timeline.md,
    # t17)
    own = [p for p in own if not filler(p)]
    # a plural label filed under its organisation ("Democrats said", some of its members)
    # gives way to the organisation's own voice, but is what a party's profile has when it
    # has nothing else: leaving it out emptied party profiles of their members' stance in
    # Congress on three PolNeAR corpora (docs/timeline.md, int11)
    own = [p for p in own if not plural_label(p)] or own
    # a sentence the summary or the timeline shows is shown again only when the actor has
    # nothing else to show: a profile left empty tells the reader less than a repeat
    own = [p for p in own if said_again(p.evidence.sentence) not in focus.shown] or own
    # nor one the profile would cut before its point, unless it is all the actor has
    own = [p for p in own if not cut_inside(p)] or own
    speaker_words = {w for p in own for w in words(p.speaker or "")}
    bags = {p.id: set(word_tuple(p.text)) for p in own}
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
        value -= min(length, 60) if cut_inside(p) else 0
        value += 8 if p.kind == "direct" else 0
        value += 4 if p.cue else 0
        value += RELEVANT if _relevant(p, speaker_words, focus) else 0
        value += CORROBORATED * min(corroboration(p), 2)
        # a patient's status, who decided what, a stock reassurance: below any stance
        value -= BULLETIN if bulletin(p) else 0
        # the matter's handling only ("working with the ministry to review the incident",
        # "would dismiss the prospective jurors"): below any stance
        # (``process_lines.process_only``)
        value -= BULLETIN if process_only(p) else 0
        # a count or a background rate as the whole content: below any stance, shown
        # when the actor has nothing better (``nonpositions.figure_only``)
        value -= BULLETIN if figure_only(p) else 0
        # kind words for a person, what the speaker would be doing: remarks, below any
        # stance (``remarks.remark``)
        value -= BULLETIN if remark(p) else 0
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
            if chosen and (
                _sideline(p, values[p.id], focus, name_terms)
                or bulletin(p)
                or remark(p)
                or process_only(p)
            ):
                continue  # fewer lines rather than this one
            if chosen and figure_only(p):
                continue  # fewer lines rather than this one
            if chosen and cut_inside(p):
                continue  # printed cut before its point ("… the long-term trend is people get…")
            ws = bags[p.id]
            if any(len(ws & c) >= SAME * min(len(ws), len(c)) for c in chosen_words):
                continue  # the same statement again ("has pleaded not guilty to …")
            if any(_restates(said[p.id], said[c.id]) for c in chosen):
                continue  # in other words ("criticised the concert's bad timing")
            if any(_repeats_line(p, c) for c in chosen):
                continue  # a stump line again, on another day in other words
            if any(_quotes_from(p, c) or _quotes_from(c, p) for c in chosen):
                continue  # a report quoting words of a quotation already shown
            if any(same_denial(p, c) for c in chosen):
                continue  # the plea again, in other words ("denies manslaughter")
            chosen.append(p)
            chosen_words.append(ws)
            docs[p.doc] += 1
    order = {p.id: i for i, p in enumerate(ranked)}
    return sorted(chosen, key=lambda p: order[p.id])
