"""What a date expression dates: the happening (the verb above it in the parse, a verb of
saying right before it, or an event noun it modifies, and that noun's phrase).

The span of text that tells the happening is ``news_span``'s to find; a date that is a
comparison's starting point or a stretch up to the writing, dating no happening, is
``baselines``'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen import speech_verbs
from briefgen.extract.clauses import REPORTING, lemma_of
from briefgen.extract.told_against import CHANGE

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Dependencies of a verb that heads a clause of its own.
_CLAUSE_DEPS = {"ROOT", "relcl", "advcl", "ccomp", "acl"}
# Forms of the commonest verbs of saying, for a parse without lemmas.
_SAID = speech_verbs.told_forms(speech_verbs.STATING)
# How a date modifies a noun of its own: "the Aug. 7 bombings", "Friday's attack".
_NOUN_MODIFIER = {"compound", "poss", "nmod", "amod", "nummod"}
# A clause modifying a noun: background to the sentence's own news.
BACKGROUND_DEPS = {"relcl", "acl"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl"}


# Relative pronouns that open a relative clause as its subject ("slates that will turn").
_RELATIVE_SUBJECTS = {"that", "which", "who"}


def misparsed_relative(verb: Token) -> Token | None:
    """The relative pronoun of a relative clause the parse made the sentence's main clause.

    Set off by dashes or a parenthesis ("insiders are working to engineer slates — three
    from each district — that will turn their backs on him in July"), a relative clause can
    come out of the parse as the root, with the real main clause hung on it as its
    complement. A main clause has no relative pronoun for its subject: the clause from that
    pronoun on is background, and the clause before it is the sentence's news."""
    if verb.head.i != verb.i:
        return None
    pronoun = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.lower_ in _RELATIVE_SUBJECTS
            and c.tag_ in ("WDT", "WP")
        ),
        None,
    )
    if pronoun is None:
        return None
    main = any(
        c.dep_ in ("ccomp", "parataxis")
        and c.i < pronoun.i
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in verb.children
    )
    return pronoun if main else None


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
        if token.pos_ == "VERB" or heads_clause(token):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def heads_clause(token: Token) -> bool:
    """Whether ``token`` is a copula or auxiliary heading a clause of its own: the sentence's
    or a subordinate one, or a clause coordinated with a subject of its own ("analysts had
    expected a profit, and the stock was down 25 cents yesterday": the parse hangs the
    second clause's "was" on "expected" as a conjunct; its date is the stock's, not the
    expecting's)."""
    if token.pos_ != "AUX":
        return False
    if token.dep_ in _CLAUSE_DEPS:
        return True
    # A copula whose clause has no verb of its own, not an auxiliary the parse cut off from
    # its verb ("in April, he was flat-out running for president": "running" dates)
    return (
        token.dep_ == "conj"
        and any(c.dep_ in _SUBJECTS for c in token.children)
        and not any(c.pos_ == "VERB" for c in token.children)
    )


def clause_on(span: Span) -> Token | None:
    """The verb of a clause the parse hangs on the expression itself, after it: in "was made
    a general on May 22, 1995, and the following year he was appointed attache" the parse
    makes "he was appointed" a clause of "year" and the year a conjunct of "made". Where the
    verb above already has a date of its own, the expression dates this clause instead."""
    return next(
        (
            c
            for c in span.root.children
            if c.dep_ in BACKGROUND_DEPS and c.pos_ == "VERB" and c.i >= span.end
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


# Words of a noun phrase naming a speaker ("White House and Republican sources").
_SPEAKER_WORDS = {"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM", "PART"}


def stray_speaker(verb: Token, start: int) -> list[Token]:
    """The speaker of a closing attribution the parse did not give its verb.

    "... prompting an effort to keep his job, party and council sources said Monday." ends
    with the sentence's attribution, but a long content clause before it can come out of
    the parse with the speakers as a conjunct of the content's last noun and the verb of
    saying as a complement of the content's verb, so the saying has no subject and tells
    nothing alone. The noun phrase between the last comma and the verb of saying is its
    speaker; [] when the verb is no verb of saying, has a subject, or no such phrase
    stands there (within the sentence from ``start``)."""
    if not reporting_verb(verb) or any(c.dep_ in _SUBJECTS for c in verb.children):
        return []
    words: list[Token] = []
    token = verb.nbor(-1) if verb.i > 0 else None
    while token is not None and token.idx >= start and token.pos_ in _SPEAKER_WORDS:
        words.insert(0, token)
        token = token.nbor(-1) if token.i > 0 else None
    named = any(t.pos_ in ("NOUN", "PROPN") for t in words)
    after_comma = token is not None and token.text == "," and token.idx >= start
    return words if named and after_comma and len(words) <= 8 else []
