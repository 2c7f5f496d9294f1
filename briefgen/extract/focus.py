"""The date in temporal focus: an undated past-tense sentence continuing a dated one.

News narrates in runs: "The blast occurred at 10:35 a.m. Friday. At least 75 people were
killed and 1,643 wounded there." The second sentence gives no date; a reader places it
on the day the one before it named, because a narrative in the simple past moves
within the time in focus (the reference time of Reichenbach, carried from sentence to
sentence in the TimeML/TempEval temporal-focus models). The focus holds only while the
narrative holds:

- within one paragraph, and only from the sentence right before (or a run of such
  sentences, each continuing the one before it);
- the continuing sentence is told in the simple past (not the present, future or
  perfect: "has said", "will meet" are about the time of writing or after it; the past
  perfect "had hired" steps back before the focus);
- it is narration, not a quotation;
- beyond the sentence right after the dated one, it continues the topic: its subject is a
  pronoun or a definite description ("the blast", "police"), or it shares a name or noun
  with the dated sentence. The next sentence of narration moves on within the focus
  whatever it names ("Kellogg reported lower third-quarter earnings. Net fell 16%").

A sentence right after a dated one, told in the present or the perfect, is of the time of
writing, but its adverbial clauses in the simple past narrate at the focus: "The ratification
process concluded on Wednesday. Poland ... have been accepted as members after the upper
house voted in favor" (the vote is Wednesday's, the acceptance the report's). A relative
clause is background ("the firm, which was founded ..."), and a "since" or "before" clause
is told as earlier; neither is carried.

A plan sets a focus too, in the future: "Albright has invited the ministers to a ceremony
on March 12. The ceremony will take place at the Truman Library." The sentence right after
the one stating a planned date, told in the future ("will", "shall"), goes on about the
time the plan named, not the time of writing; across a paragraph break (wire copy gives
each sentence a paragraph) only when it keeps to the plan's topic. A plan told in a
background clause ("the notes, which are puttable in 1999, were priced ...") sets none.

Any other undated sentence is read at the time of the report. Told in the present
("the embassy remains closed"), it is the state of things when written: the publication
date, ``anchor`` ``"publication"``. Told in the past ("the ministers said their countries
saw NATO membership as ..."), it is what happened on the report's news day: wire copy and
daily news tell the day's events, and the lede names that day ("the three countries joined
NATO on Friday", in a Saturday paper); the news day is the first stated day of the week
before publication, else the publication date itself, ``anchor`` ``"news"``. A verb of a
dated sentence that none of its dates reaches (across a background clause: "said a message
that was read Wednesday night") is read the same way, as is the main clause of a sentence
whose every date hangs on a clause below it and dates nothing there ("the senator, who has
campaigned in Iowa for the last month, declined to comment"). A saying told in a
document the text dated before ("In the letter, X said ..." after "a letter, dated Monday")
is read on that document's day. A date so carried or read is a
reasonable reading, not a stated one (``anchor`` ``"focus"``, ``"news"`` or
``"publication"``); the timeline, which shows only well-founded dates, leaves them out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefgen.extract.anchoring import clause_head, is_predicate
from briefgen.extract.clauses import REPORTING, lemma_of
from briefgen.extract.dated import governing_verb
from briefgen.extract.quotes import open_at
from briefgen.extract.saying import (
    PRONOUNS,
    QUOTES,
    attribution,
    in_news_week,
    occasion_day,
    quotes_on,
    saying,
    simple_past,
    speaker_words,
    spoken_by,
)
from briefgen.extract.verb_tense import simple_tense
from briefgen.models import Anchor, Document, EventMention, Evidence, Timex
from briefgen.when import When

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["FOCUS", "NEWS", "PUBLICATION", "focus_events", "news_day"]

# ``EventMention.anchor`` of a date carried by temporal focus, and of the publication date
# an undated sentence with no narrative to continue is read at.
FOCUS: Anchor = "focus"
PUBLICATION: Anchor = "publication"
# ``EventMention.anchor`` of an undated past happening read on the report's news day.
NEWS: Anchor = "news"
# The longest run of undated sentences one date stays in focus over.
FOCUS_REACH = 3
# Tags of a finite verb form: a clause's main verb, whatever the parse made of it.
_FINITE = {"VBD", "VBZ", "VBP"}
_TOPIC_POS = {"NOUN", "PROPN"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl"}
_DEFINITE = {"the", "that", "this", "these", "those"}
# Auxiliaries of the future (lemmas, or forms without a lemmatizer).
_FUTURE = {"will", "shall", "'ll"}
# The types of expression that date a happening.
_DATED = ("DATE", "TIME")

Bounds = Callable[[str, int, int, int], tuple[int, int]]
Describe = Callable[["Token", int, int], tuple[str, tuple[str, ...]]]


def focus_events(
    document: Document,
    sdoc: Doc,
    timexes: Sequence[Timex],
    dated: Sequence[EventMention],
    *,
    bounds: Bounds,
    describe: Describe,
    mention_id: Callable[[str, int, int], str],
) -> list[EventMention]:
    """Every undated sentence's happening: dated by the focus when the sentence continues
    a dated narrative, else by the news day (past) or the publication date (``anchor``
    tells which); and the verbs of dated sentences none of their dates reaches.

    ``dated`` are the mentions found so far (their sentences are not taken again);
    ``bounds`` clips a parse sentence to its line, ``describe`` renders a verb's clause
    (description, actors), as the event extractor does.
    """
    text = document.text
    dct = document.dct.isoformat() if document.dct is not None else None
    news = news_day(document, dated)
    media = _dated_words(sdoc, dated)
    by_sentence: dict[int, list[EventMention]] = {}
    for m in dated:
        by_sentence.setdefault(m.evidence.sentence_start, []).append(m)
    out: list[EventMention] = []
    focus: tuple[EventMention, set[str]] | None = None  # the dated mention and its topic
    occasion: Timex | None = None  # the day of the last dated saying (see ``_occasion``)
    # a planned date, its topic, and the paragraph stating it
    plan: tuple[EventMention, set[str], int] | None = None
    # a saying the focus carried to a day of the news week, with the words naming its
    # speaker; and the subject of the last dated sentence (who "he" is)
    carried: tuple[Timex, set[str]] | None = None
    lead: set[str] = set()
    run = 0
    paragraph = -1
    # the focus alive at the end of the paragraph before, with the names of its dated
    # sentence: the first sentence of the next paragraph may resume it (``_resumes``)
    prior: tuple[EventMention, set[str]] | None = None
    names: set[str] = set()
    last: EventMention | None = None  # the sentence right before, dated by its own date
    for sent in sdoc.sents:
        start, end = bounds(text, sent.start_char, sent.end_char, sent.start_char)
        if start >= end:
            continue
        here = text.rfind("\n", 0, start) + 1
        opening = here != paragraph  # the sentence opens its paragraph
        if opening:
            prior = (focus[0], names) if focus is not None else None
            focus, run, paragraph = None, 0, here
        else:
            prior = None
        line = [t for t in sent if start <= t.idx < end]
        told = by_sentence.get(start, ())
        stated = occasion_day(document, told, line)
        if stated is not None:
            occasion, carried = stated, None
        if told and news is not None:
            out.extend(
                _unreached(document, line, told, (news, occasion), start, end, describe, mention_id)
            )
        own = _stated_date(told, planned=False)
        before, last = last, own
        if own is not None:
            focus, run, plan = (own, _topic(line)), 0, None
            names = _names(line)
            main = _root(line)
            lead = (speaker_words(main) if main is not None else None) or set()
            continue
        if told:
            planned = _stated_date(told, planned=True)
            plan = (planned, _topic(line), paragraph) if planned is not None else None
            if not all(m.anchor == "inherited" for m in told):
                focus = None  # dated by publication: the narrative's focus is lost
            continue  # an inherited date continues the focus
        root = _root(line)
        inside = [t for t in timexes if t.start < end and t.end > start and t.type in _DATED]
        timed: set[int] = set()  # the clauses those dates hang on
        if inside:
            # a time the text gives but no event took ("at 10.40 am on the day of his
            # death"): neither the focus nor the publication date is the event's
            focus = None
            timed = {_clause_of(sdoc, t) for t in inside}
            if root is None or root.i in timed or -1 in timed:
                continue
            # every date is a subordinate clause's, dating no happening there ("she
            # frowned when asked if he was controlled, though he has been in Bethesda for
            # the last week"): the main clause is read as an undated one's
        sentence = text[start:end]
        if root is None:
            continue
        date: Timex | None = None
        kind: Anchor = FOCUS
        medium = _medium(root, media)
        if medium is not None:
            # "In the letter, Gonzalez said ...": a saying told in a document the text
            # dated before ("a letter, dated Monday") was made when the document was
            date = medium
        if (
            date is None
            and plan is not None
            and _foretells(root)
            and (plan[2] == paragraph or _continues(line, plan[1]))
        ):
            # the account of a plan goes on in the future, at the planned time; across a
            # paragraph break only on its topic
            date = plan[0].timex
        plan = None
        if date is None and focus is not None and run < FOCUS_REACH:
            # the first narrative sentence after the dated one continues it; later ones
            # must keep to its topic
            if _narrates(root, sentence) and (run == 0 or _continues(line, focus[1])):
                run += 1
                date = focus[0].timex
                if attribution(root) and _this_week(document, date):
                    # "X lashed out Sunday night. He said ...": the saying carried to that
                    # day is an occasion the speaker's later quotations go on with
                    speaker = speaker_words(root) or lead
                    carried = (date, speaker) if speaker else None
            else:
                focus = None
        if (
            date is None
            and focus is None
            and prior is not None
            and opening
            and _narrates(root, sentence)
            and _resumes(root, line, prior[1])
        ):
            # wire copy gives each sentence a paragraph: the narrative goes on across the
            # break when the sentence goes on with the same actors in the simple past
            focus, run, date = (prior[0], _topic(line)), 1, prior[0].timex
        if (
            date is None
            and carried is not None
            and quotes_on(root, sentence)
            and spoken_by(root, carried[1])
        ):
            # "'...,' Gonzalez said on TV." after "He said ..." carried to Sunday night
            date, kind = carried[0], NEWS
        if date is None and occasion is not None and quotes_on(root, sentence):
            # "'...,' McKinnon said.", "He said ...": a quotation or the speaker the report
            # is with goes on with the occasion it last dated ("Alarcon told reporters
            # Wednesday"), not another day's news; a new speaker may have spoken any day.
            date, kind = occasion, NEWS
        if date is None and news is not None and simple_past(root):
            # No date and no narrative to continue, told in the past: the day's news.
            date, kind = news, NEWS
        if date is None and dct is not None:
            # No date and no narrative to continue: the time of writing.
            date, kind = Timex(start, start, "", "DATE", dct), PUBLICATION
        if date is None:
            continue
        description, actors = describe(root, start, end)
        if not description:
            continue
        back: set[int] = set()  # the past adverbial clauses read at the focus
        if before is not None and kind != FOCUS and simple_tense(root) != "past":
            clauses = _past_clauses(root, line, sentence)
            said, who = describe(clauses[0], start, end) if clauses else ("", ())
            if said:
                # "have been accepted ... after the upper house voted", right after "The
                # ratification concluded on Wednesday": the vote is Wednesday's
                spans = tuple((t.idx, t.idx + len(t.text)) for t in clauses)
                lemma = lemma_of(clauses[0])
                past = _Reading(before.timex, FOCUS, said, who, spans[0], lemma, spans[1:])
                ident = mention_id(document.id, clauses[0].idx, end)
                out.append(_mention(document, ident, start, end, past))
                back = {t.i for t in clauses}
        others = tuple(
            (t.idx, t.idx + len(t.text))
            for t in line
            if t.i != root.i
            and t.i not in back
            and is_predicate(t)
            and clause_head(t).i not in timed
        )
        predicate = (root.idx, root.idx + len(root.text))
        reading = _Reading(date, kind, description, actors, predicate, lemma_of(root), others)
        out.append(_mention(document, mention_id(document.id, start, end), start, end, reading))
    return out


@dataclass(frozen=True)
class _Reading:
    """A date given to a sentence that does not state its own, and what it dates."""

    date: Timex
    kind: Anchor
    description: str
    actors: tuple[str, ...]
    predicate: tuple[int, int]
    lemma: str
    co_predicates: tuple[tuple[int, int], ...]


def _mention(document: Document, id: str, start: int, end: int, r: _Reading) -> EventMention:
    """The event mention of a reading: its timex is empty, at the sentence's start."""
    sentence = document.text[start:end]
    return EventMention(
        id=id,
        doc=document.id,
        date=r.date.value,
        timex=Timex(start, start, "", r.date.type, r.date.value, None),
        description=r.description,
        evidence=Evidence(document.id, start, end, sentence, sentence, start),
        actors=r.actors,
        predicate=r.predicate,
        lemma=r.lemma,
        co_predicates=r.co_predicates,
        anchor=r.kind,
    )


def news_day(document: Document, dated: Sequence[EventMention]) -> Timex | None:
    """The day a report tells the news of: the first stated day, in text order, of the
    ``NEWS_WEEK`` days before publication (a happening, not a schedule), else the
    publication date; None for an undated document. The timex is empty, at the start."""
    dct = document.dct
    if dct is None:
        return None
    for m in sorted(dated, key=lambda m: m.evidence.start):
        when = m.when
        if m.anchor != "own" or m.scheduled or not m.timex.text or when is None:
            continue
        if in_news_week(when.day, dct):
            return Timex(0, 0, "", "DATE", when.day.isoformat())
    return Timex(0, 0, "", "DATE", dct.isoformat())


def _unreached(
    document: Document,
    line: Sequence[Token],
    told: Sequence[EventMention],
    days: tuple[Timex, Timex | None],
    start: int,
    end: int,
    describe: Describe,
    mention_id: Callable[[str, int, int], str],
) -> list[EventMention]:
    """Readings for the verbs of a dated sentence that none of its dates reaches, as an
    undated sentence's would be: those told in the past on the news day (``days``: the
    news day, and the occasion the report last dated), the others at publication; in each
    group the first verb is the predicate, the rest co-predicates. A past saying of a
    quotation goes on with the occasion, as in an undated sentence: the date inside the
    quotation ("'I will leave tomorrow,' he read") is the speaker's, not the saying's; and
    the quotation's verbs in the present go with the saying, the speaker's present."""
    news, occasion = days
    reached = {m.predicate for m in told} | {span for m in told for span in m.co_predicates}
    verbs = [
        t
        for t in line
        if is_predicate(t) and (t.idx, t.idx + len(t.text)) not in reached and t.tag_ != "MD"
    ]
    dct = document.dct
    published = Timex(0, 0, "", "DATE", dct.isoformat()) if dct is not None else None
    now: tuple[Timex | None, Anchor] = (published, PUBLICATION)
    spoken = occasion_day(document, told, line, shared=True)
    quoting = any(q in document.text[start:end] for q in QUOTES)
    if spoken is not None and quoting:
        # '"I formally object ...," he said in the letter, dated Monday': the present of
        # a quotation is the day its saying is dated, not the day of writing
        now = (spoken, NEWS)
    # A participle phrase on a past verb tells its manner or occasion ("the minister
    # added, referring to the war", "they left, saying ..."): it is at that verb's time.
    past = [t for t in verbs if simple_past(t) or _accompanies(t, simple_past)]
    going_on = [t for t in past if quoting and occasion is not None and attribution(t)]
    going_on += [t for t in past if t not in going_on and _accompanies(t, going_on.__contains__)]
    present = [t for t in verbs if t not in past]
    # '"Extending membership helps to stabilize the region," the envoy added': the present
    # of a direct quotation is its speaker's, at the time of the saying that quotes it, not
    # the day of writing (as a sentence with no date at all reads it: one reading)
    says = [t for t in past if attribution(t) and not open_at(document.text, t.idx)]
    if quoting and spoken is None and says:
        quoted = [t for t in present if open_at(document.text, t.idx)]
        present = [t for t in present if t not in quoted]
        (going_on if says[0] in going_on else past).extend(quoted)
    out: list[EventMention] = []
    for date, kind, group in (
        (occasion, NEWS, going_on),
        (news, NEWS, [t for t in past if t not in going_on]),
        (*now, present),
    ):
        if not group or date is None:
            continue
        head = group[0]
        description, actors = describe(head, start, end)
        if not description:
            continue
        predicate = (head.idx, head.idx + len(head.text))
        others = tuple((t.idx, t.idx + len(t.text)) for t in group[1:])
        reading = _Reading(date, kind, description, actors, predicate, lemma_of(head), others)
        out.append(_mention(document, mention_id(document.id, *predicate), start, end, reading))
    return out


def _this_week(document: Document, date: Timex) -> bool:
    """Whether ``date`` is a day of the ``NEWS_WEEK`` before publication."""
    when = When.of(date.value)
    return in_news_week(when.day if when is not None else None, document.dct)


def _accompanies(verb: Token, head_is: Callable[[Token], bool]) -> bool:
    """Whether ``verb`` is a present participle phrase (no subject of its own) on a verb
    ``head_is`` holds of: "added, referring to ...", "left the hall, saying ..."."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or verb.head.i == verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children):
        return False
    return head_is(verb.head)


def _dated_words(sdoc: Doc, dated: Sequence[EventMention]) -> list[tuple[int, str, Timex]]:
    """The words of happenings dated by their own stated day, not scheduled (the verb
    and its co-predicates: "the letter, dated Monday" gives "letter" and "dated"), each
    with its start and lemma, in text order."""
    out: list[tuple[int, str, Timex]] = []
    for m in dated:
        when = m.when
        if m.anchor != "own" or m.scheduled or not m.timex.text or when is None:
            continue
        if when.granularity != "day" or m.predicate is None:
            continue
        for start, end in (m.predicate, *m.co_predicates):
            word = sdoc.char_span(start, end, alignment_mode="expand")
            if word is not None and len(word) == 1:
                out.append((start, lemma_of(word[0]), m.timex))
    out.sort(key=lambda w: w[0])
    return out


def _medium(root: Token, words: Sequence[tuple[int, str, Timex]]) -> Timex | None:
    """The day of the document a saying is told in ("In the letter, X said", "X wrote in
    the statement"), when the noun is definite (it points back) and the text dated that
    noun before: the nearest earlier one. A saying names its medium so; a later quotation
    that names none may have been spoken any day and is not dated so."""
    if not saying(root):
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.tag_ not in ("NN", "NNS"):
                continue
            if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
                continue
            lemma = lemma_of(noun)
            earlier = [t for start, key, t in words if start < root.idx and key == lemma]
            if earlier:
                return earlier[-1]
    return None


def _stated_date(mentions: Sequence[EventMention], *, planned: bool) -> EventMention | None:
    """The sentence's own stated date, the last one, that a following sentence may
    continue: a past one, or with ``planned`` a planned one ("invited them to a ceremony on
    March 12", for a following sentence told in the future), and then not one of a
    background clause, whose evidence is a phrase of the sentence rather than the whole."""
    stated = [
        m
        for m in mentions
        if m.timex.text
        and m.anchor == "own"
        and m.scheduled == planned
        and "/" not in m.date
        # a decade or a century is an era, not the time a narrative moves within
        and (m.when is None or m.when.granularity != "decade")
        and not _since_bound(m)
        and (
            not planned
            or (m.evidence.start, m.evidence.end)
            == (m.evidence.sentence_start, m.evidence.sentence_start + len(m.evidence.sentence))
        )
    ]
    return stated[-1] if stated else None


def _since_bound(m: EventMention) -> bool:
    """A date that opens a state lasting up to the writing ("has been independent since
    1901"): the sentence tells the present, so what follows is not narrated at that date.
    Unless a "when" clause tells what happened then ("have cared for him since November,
    when he was found ..."): the narrative may go on from it."""
    sentence, offset = m.evidence.sentence, m.evidence.sentence_start
    before = sentence[: max(0, m.timex.start - offset)]
    after = sentence[max(0, m.timex.end - offset) :]
    told_then = _WHEN_AFTER.match(after) is not None
    return before.rstrip().lower().endswith("since") and not told_then


# "since November, when ...", "since Monday night's debate, when ...": a clause telling
# the happening at the date
_WHEN_AFTER = re.compile(r"\S*(?:\s+[\w-]+){0,3},?\s+when\b", re.I)


def _foretells(root: Token) -> bool:
    """Told in the future: "will take place", "shall meet", "'ll be there"."""
    return any(c.dep_ == "aux" and lemma_of(c) in _FUTURE for c in root.children)


def _topic(line: Sequence[Token]) -> set[str]:
    """The names and nouns a sentence is about."""
    return {lemma_of(t) for t in line if t.pos_ in _TOPIC_POS}


def _root(line: Sequence[Token]) -> Token | None:
    for t in line:
        if t.dep_ == "ROOT" and is_predicate(t):
            return t
    # A parse whose root is no verb ("With the leaders sitting in the front row, a string
    # of speakers called for ...": the fronted phrase taken for the root, the main verb for
    # a noun's clause) still has its main verb: the first finite one outside a relative
    # clause.
    for t in line:
        if t.tag_ in _FINITE and t.pos_ == "VERB" and not _relative(t):
            return t
    return None


def _clause_of(sdoc: Doc, timex: Timex) -> int:
    """The head of the clause ``timex`` hangs on (its nearest verb above in the parse), or
    -1 when the parse shows none."""
    span = sdoc.char_span(timex.start, timex.end, alignment_mode="expand")
    verb = governing_verb(span) if span is not None and len(span) else None
    return -1 if verb is None else int(clause_head(verb).i)


def _relative(verb: Token) -> bool:
    """Whether the verb heads a relative clause ("who support", "that brought")."""
    return any(c.tag_ in ("WDT", "WP", "WP$") for c in verb.children) or verb.dep_ == "relcl"


def _narrates(root: Token, sentence: str) -> bool:
    """Told in the simple past, in the narrator's voice."""
    if any(q in sentence for q in QUOTES) or sentence.rstrip()[-1:] not in ".!":
        return False
    # not the past perfect, which steps back before the focus
    return simple_past(root)


# Words that shift the time a narrative is at ("earlier", "since", "ago"): a sentence
# with one on its main verb does not go on at the focus.
_SHIFTS = {
    "earlier",
    "previously",
    "since",
    "later",
    "ago",
    "before",
    "after",
    "once",
    "already",
    "formerly",
    "recently",
    "subsequently",
    "meanwhile",
    "now",
    "then",
    "until",
}


def _names(line: Sequence[Token]) -> set[str]:
    """The proper names a sentence holds."""
    return {t.lower_ for t in line if t.pos_ == "PROPN"}


def _resumes(root: Token, line: Sequence[Token], names: set[str]) -> bool:
    """Whether a paragraph's first sentence, told in the simple past, goes on with the
    dated narrative of the paragraph before: no verb of saying (a saying is the
    reporter's occasion, not the narrative's), no word shifting the time on its main
    verb, and a name of the dated sentence again or a pronoun for its subject."""
    if lemma_of(root) in REPORTING:
        return False
    # the word on the main verb, or opening a clause on it ("after the depot closed")
    words = [c for c in root.children if c.dep_ in _SHIFT_DEPS]
    words += [m for c in words if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"]
    if any(c.lower_ in _SHIFTS for c in words):
        return False
    if _names(line) & names:
        return True
    return any(t.dep_ in _SUBJECTS and t.head.i == root.i and t.lower_ in PRONOUNS for t in line)


_SHIFT_DEPS = {"advmod", "prep", "mark", "npadvmod", "advcl"}
# Conjunctions whose clause is told as before the main clause's time ("has grown since it
# opened a plant", "had left before the vote"): no narrative at the focus.
_EARLIER = {"since", "before", "until", "till"}


def _continues(line: Sequence[Token], topic: set[str]) -> bool:
    """The subject is a pronoun or a definite description, or a name or noun recurs."""
    for t in line:
        if t.dep_ not in _SUBJECTS or t.head.dep_ != "ROOT":
            continue
        if t.lower_ in PRONOUNS or any(c.lower_ in _DEFINITE for c in t.children):
            return True
    return bool(_topic(line) & topic)


def _past_clauses(root: Token, line: Sequence[Token], sentence: str) -> list[Token]:
    """The simple-past verbs of the adverbial clauses of a sentence told in the present or
    perfect ("have been accepted after the upper house voted", "are remembered because they
    took place ..."), outside quotation; none when a verb of saying heads the sentence. A
    relative clause is background ("the firm, which was founded ...", left), and so is a
    clause of "since" or "before", whose time lies before the narrative's."""
    if any(q in sentence for q in QUOTES) or lemma_of(root) in REPORTING:
        return []
    return [
        t
        for t in line
        if _adverbial(t, root)
        and is_predicate(t)
        and simple_tense(t) == "past"
        and lemma_of(t) not in REPORTING
    ]


def _adverbial(verb: Token, root: Token) -> bool:
    """Whether ``verb`` heads an adverbial clause on ``root`` (or a conjunct of one) whose
    conjunction does not set its time before the main clause's."""
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "advcl" else verb
    if clause.dep_ != "advcl" or clause.head.i != root.i:
        return False
    marks = {c.lower_ for c in (*clause.children, *verb.children) if c.dep_ == "mark"}
    return not marks & _EARLIER
