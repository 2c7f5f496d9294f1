"""Which temporal expression dates a verb that has none of its own.

A sentence often tells several happenings and gives one date: "He was found clinging
to an inner tube on Nov. 25" (the parse hangs the date on "clinging", the news is
"found"), "troops attacked the town and killed 12 on Monday". A verb with no
expression of its own shares the time of a dated verb it is tied to in the parse
(coordinated, or its non-finite complement), else takes the nearest date of its own
clause, else the nearest date of the sentence's main line. A relative clause or a noun
modifier is background with a time of its own: across one, no date is shared, except
where the clause modifies the dated thing itself: a dated happening ("the 1996 bombing
that killed one", "the Feb. 23 accord signed by both") or a time ("since November, when
he was found"). A participle phrase on the dated verb's object or adjunct, or on those
of a verb sharing its date, tells that happening's occasion and shares its date ("issued
a statement Friday saying ...", "joined on Friday at a ceremony held in ..."), and the
other way round for a verb nothing else dates (``briefgen.extract.occasion``). A verb of
saying takes no date from inside what it reports, and a verb in the simple present none
from one in the simple past (a tense shift: "records show he was fined in 2004", "was
arrested on Monday and faces two charges"), not even when coordinated. A verb of planning
keeps none: "is set to begin on 28 March" dates the beginning, not the setting. Figures
told for a period given by the day it ended ("For the six months ended Aug. 12, X posted
net income of ...") take that day.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from typing import TYPE_CHECKING

from briefgen.extract.clauses import REPORTING, lemma_of
from briefgen.extract.dated import heads_clause, misparsed_relative
from briefgen.extract.doctext import doc_text
from briefgen.extract.noun_clauses import NOUN_CLAUSE, medium, named_by, standing
from briefgen.extract.occasion import OWN_CLAUSE, set_by, setting
from briefgen.extract.quotes import open_at
from briefgen.extract.verb_tense import modal, simple_tense, tense_shift

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "CLAUSE_DEPS",
    "LONGEST_SENTENCE",
    "PLANNING",
    "clause_head",
    "companions",
    "described",
    "is_predicate",
]

# Verbs whose complement is a planned happening ("is set to begin on 28 March"): the
# date is the plan's, not the planning's.
PLANNING = {"set", "schedule", "due", "expect", "plan", "slate", "poise", "intend", "aim"}
PLANNING |= {"go", "hope", "want", "prepare", "propose", "promise", "threaten", "vow"}
# Verbs that judge, pursue or answer a happening: told of a dated event noun, they are
# later than it ("indicted in the 1998 shooting", "condemned the Aug. 7 bombings").
_AFTERMATH = {"charge", "indict", "convict", "arrest", "sentence", "acquit", "try", "seek"}
_AFTERMATH |= {"suspect", "question", "investigate", "probe", "link", "tie", "blame", "sue"}
_AFTERMATH |= {"condemn", "denounce", "criticize", "mourn", "mark", "commemorate", "recall"}
_AFTERMATH |= {"remember", "discuss", "protest", "deny", "claim", "praise", "welcome"}
_AFTERMATH |= {"honor", "honour", "celebrate"}
# Verbs that act on an arrangement already in force, later than the date it is known by:
# "overturned the 2004 ruling", "violated the March 3 ceasefire", "lifted the 1962 embargo".
_AFTERMATH |= {"overturn", "reverse", "repeal", "revoke", "amend", "lift", "ease", "tighten"}
_AFTERMATH |= {"strengthen", "weaken", "violate", "breach", "break", "enforce", "uphold"}
_AFTERMATH |= {"extend", "renew", "scrap", "abolish", "suspend", "challenge", "appeal"}
# Prepositions by which a verb takes part in an event noun: "killed in the bombing".
_TAKING_PART = {"in", "during", "at", "on", "amid", "for", "by", "before"}
# A period a report gives the figures for ("for the six months ended Aug. 12"): the nouns
# of a stretch of the calendar and the prepositions that tell it.
_PERIODS = {"day", "week", "month", "quarter", "half", "year", "period", "season"}
_PERIOD_PREPS = {"for", "in", "during", "over"}
# Beyond this many tokens a "sentence" is a listing or a run-on; no dates are shared in it.
LONGEST_SENTENCE = 150
# Dependencies of a verb that heads a clause of its own.
CLAUSE_DEPS = {"ROOT", "relcl", "advcl", "ccomp", "acl", "csubj", "pcomp", "parataxis"}
# A verb and its non-finite complement ("found clinging", "trying to cross") or its
# coordinated verb ("attacked and killed") happen at one time.
_SAME_TIME = {"conj", "xcomp"}
# A relative clause, a clause or phrase modifying a noun: background with a time of its own
# ("protests that began on January 25", "Mubarak, who took power in 1981").
_BACKGROUND = {"relcl", "acl", "appos"}
# The subject of a clause of its own.
_SUBJECTS = {"nsubj", "nsubjpass", "expl"}


def is_predicate(token: Token) -> bool:
    """A verb, or a copula or auxiliary heading a clause of its own (a coordinated one with
    its own subject included: ``dated.heads_clause``)."""
    if token.pos_ == "VERB":
        return True
    return token.pos_ == "AUX" and (token.dep_ in CLAUSE_DEPS or heads_clause(token))


def clause_head(token: Token) -> Token:
    """The token heading the clause ``token`` belongs to."""
    for _ in range(50):
        if token.dep_ in CLAUSE_DEPS or token.head.i == token.i:
            return token
        token = token.head
    return token


def companions(
    line: Sequence[Token], dated: Mapping[int, tuple[int, int]]
) -> list[tuple[Token, int]]:
    """Each undated predicate of ``line`` with the dated verb whose time it shares.

    ``dated`` maps the index of each verb (or event noun) dated by its own expression
    to the token span of that expression. Ties in the parse come first (a relative
    clause shares the date of its event noun: "the 1996 bombing that killed one"); else
    the dated verb of the same clause whose expression is nearest; else the nearest one
    not across a background clause nor from inside what a verb of saying reports. An event
    noun's date reaches the undated verb of its own clause ("injured in the 1998 bombing",
    "posted third-quarter earnings").
    """
    out: list[tuple[Token, int]] = []
    if len(line) > LONGEST_SENTENCE:
        return out  # a listing or a run-on, not a sentence: pairing its verbs is quadratic
    undated = [t for t in line if t.i not in dated and is_predicate(t) and not _plans(t)]
    tied = {t.i: p for t in undated if (p := _tied(t, dated)) is not None}
    # A verb tied to one that shares a date shares it too: "the 1988 bombing of the flight
    # that killed 259 and maimed ..." (killed by the relative clause, maimed by "and").
    for _ in range(len(undated)):
        more = {
            t.i: tied[other.i]
            for t in undated
            if t.i not in tied
            for other in (t.head, *t.children)
            if other.i in tied and _joined(t, other)
        }
        if not more:
            break
        tied.update(more)
    # A date told inside a quotation counts from the speaker's day, not the writer's
    # ("'I will leave tomorrow,' he read from a letter"): it dates nothing outside it.
    quoted = {verb for verb in dated if _quoted(line[0].doc[verb])}
    for token in undated:
        outside = quoted if not _quoted(token) else set()
        partner = tied.get(token.i)
        if partner is None or partner in outside:
            partner = _same_clause(token, _without(dated, outside))
        if partner is None:
            partner = _main_line(token, _without(dated, outside))
        if partner is not None:
            out.append((token, partner))
    # A participle phrase on the object of a verb that shares a date tells that verb's
    # occasion too: "began in March, with Norway being the first member starting ...";
    # and the other way, "was among the topics raised in Saturday's debate", with the
    # verb's own conjuncts ("and it was followed by a question"). Not the conjuncts of a
    # verb dated only as the nearest in its clause or sentence: a guess is not passed on.
    shares: dict[int, int] = {verb: verb for verb in dated}
    shares.update((token.i, partner) for token, partner in out)
    occasions: set[int] = set()
    for _ in range(len(undated)):
        found = [
            (t, shares[verb])
            for t in undated
            if t.i not in shares and (verb := _occasion(t, shares, occasions)) is not None
        ]
        if not found:
            break
        out.extend(found)
        shares.update((t.i, partner) for t, partner in found)
        occasions.update(t.i for t, _ in found)
    return out


def _occasion(token: Token, shares: Container[int], occasions: Container[int]) -> int | None:
    """The verb or participle whose date ``token`` shares as one occasion (see
    ``briefgen.extract.occasion``), or the verb so dated that ``token`` is coordinated with."""
    found = setting(token, shares)
    if found is None and _occasion_told(token):
        # Only for a verb nothing else in its sentence dates ("attacked Trump Wednesday
        # for comments made this week" keeps Wednesday); and not from a phrase of planning,
        # whose date is the plan's ("postponing a news conference scheduled for Friday").
        found = set_by(token, shares)
        if found is not None and lemma_of(token.doc[found]) in PLANNING:
            found = None
    if found is not None:
        return found
    for other in (token.head, *token.children):
        if other.i != token.i and other.i in occasions and _joined(token, other):
            return int(other.i)
    return None


def _occasion_told(verb: Token) -> bool:
    """Whether a dated participle phrase on what ``verb`` acts on can tell its time
    (``set_by``): a verb told in the simple past ("was among the topics raised in Saturday's
    debate"), or a planned happening ("planned to ship a computer based on the chip early
    next year"); not one told in the present or perfect, nor an infinitive of no plan."""
    if simple_tense(verb) == "past":
        return True
    return verb.dep_ == "xcomp" and _plans(verb.head)


def described(
    line: Sequence[Token], dated: Mapping[int, tuple[int, int]]
) -> list[tuple[Token, int]]:
    """Each undated noun of ``line`` that a dated clause on it describes, with that clause's
    verb: the clause tells when the noun's happening was ("remarks made last week", "a
    recapitalization that took place in 1988", "a ruling, which is expected next month")."""
    out: list[tuple[Token, int]] = []
    for verb in dated:
        token = line[0].doc[verb]
        head = token.head
        if token.dep_ in NOUN_CLAUSE and head.pos_ == "NOUN" and head.i not in dated:
            out.append((head, verb))
    return out


def _quoted(token: Token) -> bool:
    """Whether ``token`` is inside a quotation (marks opened before it in its paragraph)."""
    return open_at(doc_text(token.doc), token.idx)


def _without(
    dated: Mapping[int, tuple[int, int]], drop: Container[int]
) -> dict[int, tuple[int, int]]:
    return {verb: span for verb, span in dated.items() if verb not in drop}


def _plans(token: Token) -> bool:
    """A verb of planning with its planned happening: "is set to begin", "plans to visit"."""
    lemma = lemma_of(token)
    return lemma in PLANNING and any(c.dep_ == "xcomp" for c in token.children)


def _joined(a: Token, b: Token) -> bool:
    """Whether one of the two is the other's coordinated verb or non-finite complement."""
    if tense_shift(a, b):
        return False
    if _elided_onto(a, b) or _elided_onto(b, a):
        return True
    return (a.dep_ in _SAME_TIME and a.head.i == b.i) or (b.dep_ in _SAME_TIME and b.head.i == a.i)


def _elided_onto(participle: Token, verb: Token) -> bool:
    found = _elided(participle)
    return found is not None and found.i == verb.i


def _elided(participle: Token) -> Token | None:
    """The verb a participle is coordinated with when the auxiliary is left out: "six were
    killed and 58 injured", "100 have been killed and 1,000 others wounded". The parse
    makes the second subject a conjunct of the verb and hangs the participle on it as a
    noun's clause; it is the same kind of happening, told at the same time."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return None
    if any(c.dep_ in OWN_CLAUSE for c in participle.children):
        return None
    subject = participle.head
    verb = subject.head
    if subject.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return None
    return verb


def _tied(token: Token, dated: Mapping[int, tuple[int, int]]) -> int | None:
    if token.dep_ in _SAME_TIME and token.head.i in dated and not tense_shift(token, token.head):
        return int(token.head.i)
    elided = _elided(token)
    if elided is not None and elided.i in dated:
        return int(elided.i)
    for subject in token.children:
        for other in subject.children if subject.dep_ == "conj" else ():
            if other.i in dated and _elided_onto(other, token):
                return int(other.i)
    if token.dep_ in NOUN_CLAUSE:
        head = token.head
        for verb, (start, end) in dated.items():
            if start <= head.i < end or _when_after(token, end):
                # A clause on a temporal expression tells what happened then: "since
                # November, when he was found", "last October, when the doctor was shot".
                return int(verb)
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            head = head.head.head  # "the 1988 bombing of the flight that killed 259"
        if standing(token):
            return None  # "the 1959 embargo, which remains in place": a state now
        if head.i in dated and head.pos_ == "NOUN":
            # One event: "the 1996 bombing that killed one person", "the Feb. 23 accord
            # signed by both", "a 1996 law named for him".
            return int(head.i)
        named = named_by(token, dated)
        if named is not None:
            return named
    for child in token.children:
        if child.dep_ not in _SAME_TIME or child.i not in dated or tense_shift(token, child):
            continue
        if not _conjunct_own(token, child, dated[child.i]):
            return int(child.i)
    return setting(token, dated) or medium(token, dated) or _period_ended(token, dated)


def _period_ended(verb: Token, dated: Container[int]) -> int | None:
    """The dated "ended" of a period the verb's happening is told for: "For the six months
    ended Aug. 12, the company posted net income of ..." (financial reports give a period
    by the day it ends; what was earned or lost in it is dated by that day)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PERIOD_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or lemma_of(noun) not in _PERIODS:
                continue
            for clause in noun.children:
                if clause.dep_ == "acl" and lemma_of(clause) == "end" and clause.i in dated:
                    return int(clause.i)
    return None


def _when_after(clause: Token, end: int) -> bool:
    """Whether ``clause`` is a "when" clause right after the expression ending at token
    ``end`` ("of early December, when hundreds rallied"), whatever noun the parse hangs it
    on: "when" after a time is that time."""
    first = min(clause.subtree, key=lambda t: t.i)
    if first.lower_ != "when":
        return False
    between = clause.doc[end : first.i]
    return all(t.is_punct for t in between)


def _same_clause(token: Token, dated: Mapping[int, tuple[int, int]]) -> int | None:
    own = clause_head(token)
    doc = token.doc
    near = [
        (_distance(token.i, span), verb)
        for verb, span in dated.items()
        if clause_head(doc[verb]).i == own.i
        and not tense_shift(token, doc[verb])
        and not _conjunct_own(token, doc[verb], span)
        and (doc[verb].pos_ != "NOUN" or _on_verb(doc[verb], token))
    ]
    return min(near)[1] if near else None


def _on_verb(noun: Token, verb: Token) -> bool:
    """Whether an event noun hangs on the verb itself, or by a preposition of taking part
    ("injured in the 1998 bombing", "arrived for the Friday talks"): the verb happened in
    it. Deeper, the noun is the topic of another noun ("charged him with murder in the
    1995 shooting"); and a verb of judging or pursuing what happened ("indicted in the
    shooting", "condemned the Aug. 7 bombings", "linked him to the Oct. 23 killing") is
    later than it."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.i == verb.i:
        return True  # "a 1996 law strengthened the embargo": the doer's time is the deed's
    if lemma_of(verb) in _AFTERMATH:
        return False
    if head.dep_ in ("prep", "agent") and head.lower_ in _TAKING_PART:
        head = head.head
    # "decided at last year's summit to invite them": the verb it completes takes part too
    return head.i == verb.i or (verb.dep_ in _SAME_TIME and head.i == verb.head.i)


def _conjunct_own(token: Token, verb: Token, span: tuple[int, int]) -> bool:
    """Whether the expression (token ``span``) dating ``verb`` is told inside a later
    coordinated clause with a subject of its own, before its verb: "The men were not
    termed suspects, and officials on Saturday played down ...". An adverb so placed
    scopes over its own conjunct only; it does not reach back over the clause before the
    "and". A date before both ("On Saturday, X did A and Y did B") hangs on the first
    verb, and one after the second verb may scope over both: both are left as they are."""
    if verb.dep_ != "conj" or not any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    first = min(t.i for t in verb.subtree)
    start, end = span
    return token.i < first <= start and end <= verb.i


def _distance(i: int, span: tuple[int, int]) -> int:
    start, end = span
    return 0 if start <= i < end else min(abs(i - start), abs(i - (end - 1)))


def _main_line(token: Token, dated: Mapping[int, tuple[int, int]]) -> int | None:
    """The dated verb nearest by its expression, when no background clause or noun
    modifier lies between the two in the parse."""
    if token.dep_ == "xcomp" and _plans(token.head):
        # a planned happening is not at the time of another clause of the sentence
        # ("announced last week that it planned to ship a computer early next year")
        return None
    doc = token.doc
    near = [
        (_distance(token.i, span), verb)
        for verb, span in dated.items()
        if doc[verb].pos_ != "NOUN"
        and not _crosses_background(token, doc[verb])
        and not _reported(doc[verb], token)
        and not tense_shift(token, doc[verb])
        and not _conjunct_own(token, doc[verb], span)
    ]
    return min(near)[1] if near else None


def _reported(inner: Token, saying: Token) -> bool:
    """Whether ``inner`` lies in what the verb of saying ``saying`` reports. A date inside
    the report is not the saying's ("the coach said the captain was right when he said on
    Wednesday that ...": the coach spoke later); the reverse is left to the parse ("said
    Tuesday that troops had attacked" often dates both, wire copy reporting the day's news)."""
    saying_verb = lemma_of(saying) in REPORTING
    for t in _chain(inner)[:-1]:
        if t.head.i == saying.i:
            if t.dep_ not in ("ccomp", "parataxis"):
                return False
            # Any verb's complement told with a modal is a happening yet to come or only
            # supposed, not the time of deciding or vowing it: "decided the boy should go
            # home by Jan. 14", "vowed that he would close the unit on Monday".
            return saying_verb or modal(t)
    return False


def _chain(token: Token) -> list[Token]:
    """``token`` and its heads up to the root."""
    out = [token]
    while out[-1].head.i != out[-1].i and len(out) < 50:
        out.append(out[-1].head)
    return out


def _crosses_background(a: Token, b: Token) -> bool:
    """Whether the parse path between the two passes through a background clause (or a
    relative clause the parse made the root, from which the clause before it hangs)."""
    for inner, outer in ((a, b), (b, a)):
        pronoun = misparsed_relative(inner)
        if pronoun is not None and outer.i < pronoun.i:
            return True
    up_a, up_b = _chain(a), _chain(b)
    common = {t.i for t in up_a} & {t.i for t in up_b}
    for chain in (up_a, up_b):
        for t in chain:
            if t.i in common:
                break
            if t.dep_ in _BACKGROUND:
                return True
    return False
