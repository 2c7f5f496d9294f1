"""What a date expression dates: the happening (the verb above it in the parse, a verb of
saying right before it, or an event noun it modifies) and the span of text that tells that
happening, which is the sentence unless the happening is background to the sentence's own
news (a relative clause, a comparison, the occasion of a reported judgement).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.extract.clauses import REPORTING, lemma_of
from briefgen.extract.told_against import (
    CHANGE,
    figure,
    figure_then,
    maturity,
    point_of_reference,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Dependencies of a verb that heads a clause of its own.
_CLAUSE_DEPS = {"ROOT", "relcl", "advcl", "ccomp", "acl"}
# Forms of the commonest verbs of saying, for a parse without lemmas.
_SAID = {"said", "says", "told", "tells", "added", "announced", "declared", "stated"}
# How a date modifies a noun of its own: "the Aug. 7 bombings", "Friday's attack".
_NOUN_MODIFIER = {"compound", "poss", "nmod", "amod", "nummod"}
# A clause modifying a noun: background to the sentence's own news.
_BACKGROUND_DEPS = {"relcl", "acl"}


def governing_verb(span: Span) -> Token | None:
    """The nearest verb above the expression in the parse (the happening it dates).

    A copula heading its own clause counts: in "its embassy, which has been under
    guard since 16 August" the date belongs to the relative clause, not "closed".
    """
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "on" and span.start > 1:
        before = doc[span.start - 2]
    possessive = span.end < len(doc) and doc[span.end].tag_ == "POS"
    if before is not None and reporting_verb(before) and not possessive:
        # "said Tuesday his government told ...": news dates the saying right after the
        # verb; the parse often hangs the date on the reported clause instead.
        return before
    token: Token = span.root
    for _ in range(50):
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ in _CLAUSE_DEPS):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def clause_on(span: Span) -> Token | None:
    """The verb of a clause the parse hangs on the expression itself, after it: in "was made
    a general on May 22, 1995, and the following year he was appointed attache" the parse
    makes "he was appointed" a clause of "year" and the year a conjunct of "made". Where the
    verb above already has a date of its own, the expression dates this clause instead."""
    return next(
        (
            c
            for c in span.root.children
            if c.dep_ in _BACKGROUND_DEPS and c.pos_ == "VERB" and c.i >= span.end
        ),
        None,
    )


def verb_above(verb: Token, start: int, end: int) -> Token | None:
    """The verb above one whose own clause tells nothing but the verb ("to remove Elian on
    Thursday morning", a participle the parse hung on a number of people: "were killed and
    at least 58 injured in an attack on Friday"): the clause that tells the happening is
    that verb's (within the sentence start-end). Not above a noun's own clause ("an
    advertisement made last week"), which is background."""
    head = verb.head
    counted = head.tag_ == "CD" or any(c.tag_ == "CD" for c in head.children)
    if verb.dep_ in ("acl", "relcl") and not counted:
        return None  # "an advertisement made last week": a noun's own clause, background
    if verb.dep_ in ("ccomp", "csubj", "parataxis"):
        return None  # what the verb above says or thinks: its own time ("turned what looked
        # like a lead a month ago", "lead" parsed a verb)
    up = next((t for t in verb.ancestors if t.pos_ == "VERB"), None)
    return up if up is not None and start <= up.idx < end else None


def reporting_verb(token: Token) -> bool:
    """A verb of saying (by lemma, or by form when the lemmatizer is off)."""
    if token.pos_ != "VERB":
        return False
    return lemma_of(token) in REPORTING or token.lower_ in _SAID


def dated_noun(span: Span) -> Token | None:
    """The event noun a date modifies ("the Aug. 7 bombings", "Friday's attack", "the
    1996 bombing"): the date is that happening's, not the clause's verb's."""
    root = _head(span)
    head = root.head
    honoured = _honoured(span)
    if honoured is not None:
        return honoured
    noun = head.head
    bounded = noun.dep_ == "pobj" and noun.head.lower_ in ("since", "after", "before", "until")
    if root.dep_ == "pobj" and head.lower_ in ("in", "on") and _happening(noun) and bounded:
        # "has changed since its founding in 1949": the date is the founding's, the start
        # of the time the sentence's news runs from
        return noun
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.pos_ == "NOUN"
        and before.dep_ == "pobj"
        and before.head.lower_ in ("since", "before", "until")
        and _happening(before)
    ):
        # "surging in Iowa before the caucuses Feb. 1": a bare date right after the
        # bounding event is that event's (US news style drops the "on"); the parse hangs
        # it on the verb. Not after "after": "after the debate Tuesday, he said" is as
        # often the saying's own day.
        return before
    following = _noun_after(span)
    if following is not None:
        # "in the October 1998 shooting death": "the", the date, then the noun it
        # modifies, whatever the parse makes of the words
        return following
    if root.dep_ == "pobj" and head.lower_ in ("of", "for") and _happening(head.head):
        # "the larger demonstrations of early December", "a loss for the third quarter":
        # the noun's own time, as a modifier before it would be ("the December
        # demonstrations", "a third-quarter loss")
        root, head = head, head.head
    elif root.dep_ not in _NOUN_MODIFIER:
        return None
    if head.i == root.i or (head.pos_ != "NOUN" and not _misread_noun(head)):
        return None
    return None if head.i in range(span.start, span.end) else _changed(head)


def _changed(noun: Token) -> Token:
    """The change a dated amount is the measure of: in "a 77% drop in third-quarter net
    income" the date is the income's, the happening told is the drop."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in":
        return noun
    change = prep.head
    return change if change.pos_ == "NOUN" and lemma_of(change) in CHANGE else noun


# Where only a noun can stand: a preposition's object, a verb's subject or object.
_NOUN_SLOTS = {"pobj", "dobj", "nsubj", "nsubjpass"}


def _misread_noun(token: Token) -> bool:
    """A noun the tagger read as a verb, as its place in the parse shows: "refers to the
    1918 H1N1 strain", "strain" tagged a present-tense verb yet the object of "to"."""
    return token.pos_ == "VERB" and token.dep_ in _NOUN_SLOTS and token.tag_ in ("VBP", "VB")


def _head(span: Span) -> Token:
    """The expression's own head. An article the parse hangs on a noun after the span
    opens that noun's phrase, not the date's: in "as the summer exam season begins" the
    date is "summer", a modifier of "exam", though the tagger read "the summer". A time
    noun after it makes one time of the two ("in the summer months"): the span's root."""
    root = span.root
    if root.dep_ != "det" or root.head.i < span.end or len(span) < 2:
        return root
    inner = [t for t in span[1:] if not span.start <= t.head.i < span.end]
    return inner[0] if len(inner) == 1 and _happening(inner[0].head) else root


# Verbs of honouring a past happening: "N years ago" on them dates what they honour.
_HONOURING = {"honor", "honour", "commemorate", "celebrate", "mark", "remember", "recall"}


def _honoured(span: Span) -> Token | None:
    """What a verb of honouring honours, when "N years ago" hangs on the verb: "chosen to
    honor the creation of NATO 50 years ago" dates the creation, not the honouring (nor
    the choosing); "marked the anniversary on Friday" is the marking's own day."""
    if span[-1].lower_ != "ago":
        return None
    verb = span.root.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in _HONOURING:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def _noun_after(span: Span) -> Token | None:
    """The noun right after a date that "the" opens ("the Oct. 23 killing", "the October
    1998 shooting death"): the head of that noun phrase, the last noun of the run. A date
    with its year is closed by a comma as it opens by one ("the Dec. 21, 1988, bombing")."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "the" or span.end >= len(doc):
        return None
    after = span.end
    if doc[after].text == "," and any(t.text == "," for t in span):
        after += 1
    run = []
    for t in doc[after : min(len(doc), after + 4)]:
        if not (t.tag_ in ("NN", "NNS", "VBG") and t.is_lower and _happening(t)):
            break
        run.append(t)
    if not run or (len(run) == 1 and run[0].tag_ == "VBG" and run[0].dep_ != "advcl"):
        # a lone -ing word may be a verb after all ("the week ending Friday"); taken as a
        # noun only where the parse made a clause of it ("the 1998 shooting" as advcl)
        return None
    return run[-1]


# Nouns of a time or a part of one: "the night of Oct. 23", "a good part of 1990" name the
# time, not a happening in it.
_TIME_NOUNS = {"night", "morning", "afternoon", "evening", "day", "week", "weekend", "month"}
_TIME_NOUNS |= {"year", "part", "end", "beginning", "start", "middle", "rest", "time", "hour"}
_TIME_NOUNS |= {"period", "summer", "winter", "spring", "autumn", "fall", "season", "half"}
_TIME_NOUNS |= {"quarter", "date", "anniversary", "eve", "dawn", "decade", "era"}


def _happening(token: Token) -> bool:
    """A noun that may name a happening: not a time or part of one."""
    word = lemma_of(token)
    # without a lemmatizer the plural is read as written ("the first three months of")
    return token.pos_ == "NOUN" and word not in _TIME_NOUNS and word[:-1] not in _TIME_NOUNS


def noun_phrase(noun: Token, start: int, end: int) -> tuple[int, int]:
    """The evidence span of a dated noun: its phrase, within the sentence."""
    phrase = list(noun.subtree)
    lo = max(start, phrase[0].idx)
    hi = min(end, phrase[-1].idx + len(phrase[-1].text))
    return (lo, hi) if lo < hi else (start, end)


def news_span(verb: Token, start: int, end: int) -> tuple[int, int]:
    """The evidence span: the noun phrase of a relative clause ("protests that began on
    January 25"), which dates its own event, not the sentence's; else the sentence.

    The clause may sit deeper in the noun phrase: in "he plans to use the $18 million he
    says he raised on the day after Monday's debate" the date is the raising's, told in a
    clause of "he says" that modifies "$18 million"; the sentence's news is the plan.
    """
    token = verb
    for _ in range(50):
        if _comparison(token):
            return _within(list(token.subtree), start, end)
        if token.dep_ in _BACKGROUND_DEPS and token.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return _within(list(token.head.subtree), start, end)
        if _reduced_relative(token):
            return _within(list(token.subtree), start, end)
        if _other_time(token):
            # "after X announced that the father would travel Thursday", "as he had
            # rehearsals early the next morning": the date is that clause's, the sentence's
            # news happened at another time
            return _within(list(token.subtree), start, end)
        if token.dep_ == "advcl" and _reported_judgement(token.head):
            # "X said Y was right when he said on Wednesday that …": the date is of the
            # occasion judged; the sentence's news is the judgement someone reports.
            return _within(list(token.subtree), start, end)
        if token.head.i == token.i or not start <= token.head.idx < end:
            return start, end
        token = token.head
    return start, end


def _reduced_relative(token: Token) -> bool:
    """A participle phrase set off on a noun ("its new strategy -- started in some markets
    last month -- will mean lower earnings") that the parse reads as a clause before the
    main verb, as its subject or complement, with the noun as the phrase's own subject and
    none left to the main verb: a clause as subject has a "that" or "what" of its own, so
    this one is the noun's background, not the sentence's news."""
    if token.dep_ not in ("csubj", "ccomp") or token.tag_ not in ("VBN", "VBD"):
        return False
    main = token.head
    if token.i > main.i or any(c.dep_ in _SUBJECTS for c in main.children):
        return False  # a complement after its verb, or a main verb with a subject of its own
    kids = list(token.children)
    has_subject = any(c.dep_ in _SUBJECTS for c in kids)
    return has_subject and not any(c.dep_ == "mark" or c.tag_.startswith("W") for c in kids)


_SUBJECTS = {"nsubj", "nsubjpass"}


# Subordinators of a clause whose happening is at another time than its main clause's
# ("after", "before", "until") or is its reason ("because").
_OTHER_TIME = {"after", "before", "until", "because"}
# A reason told with "as" has a state for its verb ("as he had rehearsals the next
# morning"); a happening with "as" is at the main clause's time ("shot as he stood").
_STATES = {"have", "be", "has", "had", "is", "are", "was", "were"}  # lemmas, or forms


def _other_time(token: Token) -> bool:
    """Whether ``token`` heads a clause of another time or of a reason than its main one.
    The main clause must be finite: a bare participle heading the sentence ("Travellers
    quarantined ... after a guest tested positive ... expressed dismay on Saturday") is a
    misparse whose real main verb sits inside the "clause"."""
    main = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if main is None or not _finite(main):
        return False
    if token.dep_ == "pcomp" and token.head.lower_ in _OTHER_TIME:
        return True
    if token.dep_ == "pcomp" and token.head.lower_ == "for" and token.tag_ == "VBG":
        # the reason someone is judged: "attacked him for failing to enforce a court order
        # in 1992", "was arrested for protesting in 1990": done before the judging
        return True
    if token.dep_ not in ("advcl", "ccomp"):
        return False
    for c in token.children:
        # a complement clause opens with "that" or "whether", never "before": one the
        # parse hangs as a complement ("said ... in an interview several months before he
        # entered his position in April") is an adverbial clause of another time
        if c.dep_ == "mark" and c.lower_ in _OTHER_TIME:
            return True
        if c.dep_ == "mark" and c.lower_ == "as" and (token.lemma_ or token.lower_) in _STATES:
            return True
    return False


def _finite(verb: Token) -> bool:
    """A verb told in a tense: a finite form, or with an auxiliary."""
    if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _reported_judgement(token: Token) -> bool:
    """Whether ``token`` heads a judgement someone reports: a "be" clause ("was right",
    "was dead") that is what a verb of saying says."""
    return token.dep_ == "ccomp" and token.lemma_ == "be" and reporting_verb(token.head)


def _within(phrase: list[Token], start: int, end: int) -> tuple[int, int]:
    """The characters of ``phrase`` inside the sentence ``start``–``end``, or the sentence."""
    lo = max(start, phrase[0].idx)
    hi = min(end, phrase[-1].idx + len(phrase[-1].text))
    return (lo, hi) if lo < hi else (start, end)


def _comparison(token: Token) -> bool:
    """Whether ``token`` heads a clause of comparison that stands in for its verb with "do"
    ("pounding Trump as a 'con artist', just as he did with Romney in 2012"; "than she
    did in 2008"): it tells another event, dated by its own expression, not the
    sentence's."""
    if token.dep_ != "advcl" or token.lemma_.lower() != "do":
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("as", "like", "than") for c in token.children)


# Words of an amount told before "from": "up eight points from March", "5% from a year ago".
_AMOUNT = {"up", "down", "%", "percent", "points", "point", "higher", "lower", "more", "less"}


def baseline(span: Span, verb: Token) -> bool:
    """Whether the expression is the point a comparison starts from, not the time of the
    clause's happening: "up eight points from March", "jumped from 100,000 in 1980 to
    300,000 last year", "compared with a loss in 2015", "more than in 2012". The figure is
    the writer's present (or the other end's), so the clause is not dated by it."""
    if point_of_reference(span) or figure_then(span, verb) or maturity(span):
        return True
    token = span.root
    for _ in range(50):
        if token.i == verb.i or token.head.i == token.i:
            break
        below, token = token, token.head
        word = token.lower_
        if word == "to" and token.dep_ in ("prep", "quantmod"):
            return False  # the end a change reaches: "rose from two to 10 on Wednesday"
        if (token.lemma_ or word).lower() == "compare" or (word == "than" and token.dep_ == "prep"):
            return True
        if word == "from" and any(t.lower_ == "to" for t in span.doc[token.i : span.start]):
            return False  # the end it reaches, however parsed: "from two to 10 on Wednesday"
        if word == "from" and token.dep_ == "prep" and _changing(token, verb):
            # from a figure or from the time itself, not from a source ("a loss from
            # discontinued operations in the third quarter", "gains from the sale in August")
            return below.i in range(span.start, span.end) or figure(below)
    return lemma_of(verb) == "compare" or _after_from(span, verb)


def _after_from(span: Span, verb: Token) -> bool:
    """The date closing a "from" figure the parse hangs on the verb: "jumped from fewer
    than 100,000 in 1980 to ...": "from" a few words before, no "to" or verb between."""
    doc = span.doc
    words = doc[max(span.sent.start, span.start - 7) : span.start]
    for n, t in enumerate(reversed(words)):
        if t.lower_ == "from":
            amount = any(figure(w) for w in words[len(words) - n :])
            return t.dep_ == "prep" and _changing(t, verb) and amount
        if t.lower_ == "to" or t.pos_ in ("VERB", "AUX", "PUNCT"):
            return False
    return False


def when_clause(span: Span) -> Token | None:
    """The verb of a "when" clause right after the expression ("from Oct. 13, when Wall
    Street's plunge helped spark ..."), or of a clause on it ("after a flat second quarter
    tied largely to lower earnings"): what happened at that time."""
    doc = span.doc
    for clause in span.root.children:
        if clause.dep_ in _BACKGROUND_DEPS and clause.pos_ == "VERB" and clause.i >= span.end:
            return clause  # "after a flat second quarter tied largely to lower earnings"
    i = span.end
    while i < len(doc) and doc[i].is_punct:
        i += 1
    if i >= len(doc) or doc[i].lower_ != "when" or doc[i].head.pos_ not in ("VERB", "AUX"):
        return None
    return doc[i].head


def _changing(prep: Token, verb: Token) -> bool:
    """Whether "from" follows an amount or a verb of change: a starting point, not a
    source ("returned from March's trip")."""
    if lemma_of(verb) in CHANGE:
        return True
    doc = prep.doc
    near = doc[max(prep.sent.start, prep.i - 4) : prep.i]
    # not any number: "shut for 14 days from Friday" counts days from a start
    return any(t.lower_ in _AMOUNT for t in near)


# "for the last week", "for the past year": a stretch of time reaching up to the writing.
_FOR = re.compile(r"\bfor\s+$", re.I)
_LAST = re.compile(r"(?:the\s+)?(?:last|past|previous)\s", re.I)


def stretch(text: str, start: int, expression: str) -> bool:
    """Whether the expression at ``start`` is a stretch up to the writing in which a state
    holds ("has been in Bethesda for the last week"): no day a happening took."""
    return bool(_LAST.match(expression) and _FOR.search(text, max(0, start - 12), start))
