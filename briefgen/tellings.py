"""Whether two dated sentences tell one happening: one entry, citing both sources.

Follow-up articles retell the story's events in their own words: "Dr Lane had been hired
by the singer in May" (a report of that June), "Dr Lane was hired in May by the promoters
to be the star's physician" (two years on). Their words differ too much for a likeness of
terms to match them, but a reader sees the same thing twice: the same date, the same kind
of happening (the verb the date is attached to) and a participant in common. Told under
one date, they are one entry, not two.

What tells two happenings apart is kept: a verb of saying or being matches any statement
("the minister said on Monday" twice is two statements); different figures are two counts
("two more cases were confirmed on Tuesday", "three more ..." from another region).

A participant is the actor a name stands for, not its spelling: a wire story's "World Health
Organisation (WHO)" and another's "World Health Organization" are one participant, as are
"Clinton" and "Hillary Clinton" when the corpus's records join them (``participants``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefgen.aggregate.terms import STOP_WORDS, concepts, terms
from briefgen.extract.actor_words import TITLES, word_set
from briefgen.extract.clauses import REPORTING
from briefgen.extract.timex.lexicon import SMALL
from briefgen.models import Actor, EventMention
from briefgen.retold import figures_in
from briefgen.when import When

__all__ = ["another_happening", "participants", "same_happening"]

# Verbs that name no kind of happening of their own: being, having, doing, and saying.
_LIGHT = frozenset({"be", "have", "do", "make", "take", "get", "give", "go", "come"}) | REPORTING


def participants(actors: Sequence[Actor]) -> dict[str, str]:
    """Each name the ``actors`` are told by -> the id of the one record it stands for; a
    name two records give (an ambiguous "U.N. agency") stands for itself only."""
    ids: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            ids[name].add(actor.id)
    return {name: next(iter(owners)) for name, owners in ids.items() if len(owners) == 1}


def same_happening(
    a: EventMention,
    b: EventMention,
    who: Mapping[str, str] | None = None,
    *,
    within: bool = False,
) -> bool:
    """Whether ``a`` and ``b`` tell one happening: dated alike, both as done (or both as
    planned), by the same verb (not a verb of saying or being), naming a participant in
    common (``who``: the record each name stands for; without it, the names as written),
    and giving no different figures. ``within``: dated alike is also one date holding the
    other, coarser: a closing recap's "declared a pandemic last week" is the day's
    "declared a pandemic on Thursday" of that week, told by the week (``_holds``)."""
    alike = a.date == b.date or (within and _holds(a.date, b.date))
    if not alike or a.scheduled != b.scheduled or not _common(a, b, who or {}):
        return False  # a plan is no second report of what it announced
    if a.date != b.date and _acted_on_apart(a, b):
        return False  # a month's "held joint drills", its day's "held a summit": two acts
    verb = _verb(a)
    if verb is None or verb != _verb(b):
        return False
    figures = (figures_in(_undated(a)), figures_in(_undated(b)))
    return not all(figures) or figures[0] == figures[1]


def another_happening(
    shown: EventMention, other: EventMention, who: Mapping[str, str] | None = None
) -> bool:
    """Whether ``other``, merged into the event of the ``shown`` sentence, tells another
    happening than it does, so that citing its source for the shown sentence would cite it
    for what it does not say. Merging joins sentences of one period that share names and
    words ("a new online ad aimed at the governor" by a candidate's campaign, "rejected
    attacks from" that candidate at a rally that week); what tells one happening is what
    happened, not who is named: two findings or counts giving figures none of which is the
    other's ("63 percent want hearings", "67 percent have an unfavourable view", of one
    pollster), or two acts each told by a verb of its own kind (not being, having, saying,
    nor a verb whose object names the happening: "saw its first case"), different in verb
    and in kind, neither sentence naming the other's act (the verb's stem, its
    nominalisation: "defeated" and "defeating", "elected" and "the election") nor sharing
    a phrase with the other (a paraphrase: "tried to turn the tables", "sought to turn the
    tables"; a title shared, "former secretary of state", is no phrase of the act), nor
    the same act told in another verb: the same day, a participant in common and no other
    doer, and the same thing acted on ("clinched the nomination", "captured the
    nomination": ``_objects``). Figures
    decide only where a verb does not say what happened: told by one act, they are its
    details ("on a salary of", "a 50-date tour"), unless told of other participants ("X's
    campaign raised $15 million", "Y's campaign raised $21 million": two acts of one
    kind)."""
    who = who or {}
    verbs = (_act(shown), _act(other))
    figures = (_figures(shown), _figures(other))
    counts = all(figures) and not figures[0] & figures[1]
    if verbs[0] is not None and verbs[1] is not None:
        if verbs[0] == verbs[1]:
            # one verb: one act, its figures the act's details, unless told of other people
            # (no participant in common: two campaigns' takings, two agencies' counts)
            return counts and _others(shown, other, who)
        # two acts told: one when a sentence names the other's act (its figures then the
        # act's details: "on a salary of", "a 50-date tour")
        one = _names_act(shown, verbs[1]) or _names_act(other, verbs[0])
        # a phrase in common is a paraphrase, its other verb a synonym ("tried to turn the
        # tables", "sought to turn the tables"); so is the same act on the same thing
        # ("clinched the nomination", "captured the nomination")
        return not (one or _phrases(shown) & _phrases(other) or _one_act(shown, other, who))
    return counts


# Verbs whose object names the happening ("saw its first case", "suffered a surge in
# cases", "held talks"): the act is the noun's, which another source tells by its own verb.
_SUPPORT = frozenset({"see", "suffer", "experience", "witness", "undergo", "hold", "stage"})


def _act(mention: EventMention) -> str | None:
    """The mention's dated verb when it tells an act of its own kind (``_verb``, not a
    support verb)."""
    verb = _verb(mention)
    return None if verb in _SUPPORT else verb


def _names_act(mention: EventMention, verb: str) -> bool:
    """Whether ``mention``'s sentence names the act of ``verb``: a word built on the verb
    ("hired", "defeating", "arrival", "election" for hire, defeat, arrive, elect) or a
    word of its kind (``terms.concepts``: "trip" for visit)."""
    root = verb[:-1] if verb.endswith("e") else verb
    sentence = mention.evidence.sentence
    if any(w.startswith(root) for w in _WORD.findall(sentence.casefold())):
        return True
    return bool(concepts(verb) & concepts(sentence))


def _phrases(mention: EventMention) -> frozenset[tuple[str, ...]]:
    """The sentence's runs of three words outside its date, each with a word of its own
    (not a stop word, not a name's: "to turn the", "accusing Roe's followers"), names
    alone ("former Secretary of State") being no telling of an act."""
    words = _RUN_WORD.findall(_undated(mention))
    titled = _titled(words)
    runs = set()
    for i in range(len(words) - 2):
        run = words[i : i + 3]
        if any(_own(w) and i + k not in titled for k, w in enumerate(run)):
            runs.add(tuple(w.casefold() for w in run))
    return frozenset(runs)


def _own(word: str) -> bool:
    """Whether ``word`` is a word of its own: written in lower case (no name's), no stop
    word."""
    return word[0].islower() and word.casefold() not in STOP_WORDS


def _titled(words: Sequence[str]) -> frozenset[int]:
    """The places of ``words`` that belong to a person's title, written in lower case as
    often as not: a title word, the words modifying it ("presumptive presidential
    nominee") and the office it is of ("secretary of state", "minister for health").
    Two sentences on one person share the title, not an act."""
    places: set[int] = set()
    for i, word in enumerate(words):
        if word.casefold() not in TITLES or not _before_name(words, i):
            continue
        places.add(i)
        j = i - 1
        while j >= 0 and words[j].casefold() not in STOP_WORDS:
            places.add(j)  # its modifiers, up to a determiner or a preposition
            j -= 1
        if i + 2 < len(words) and words[i + 1].casefold() in _OFFICE:
            places.add(i + 2)  # the office's domain
    return frozenset(places)


_OFFICE = frozenset({"of", "for"})


def _before_name(words: Sequence[str], i: int) -> bool:
    """Whether the role word at ``i`` is written before a name, a title ("nominee Tom
    Reed", "secretary of state Ann Holt"), not what the sentence says someone is ("he
    considered him the presumptive nominee")."""
    after = i + 3 if i + 1 < len(words) and words[i + 1].casefold() in _OFFICE else i + 1
    return after < len(words) and words[after][0].isupper()


_RUN_WORD = re.compile(r"\w+")
_WORD = re.compile(r"[^\W\d_]+")
# A number written as a word, as a numeral: "ten students" and "10 students" are one figure
# (the words ``retold.figures_in`` reads as figures, to twelve; the tagger's table of them).
_NUMBERS = {w: str(n) for w, n in SMALL.items() if n <= 12}
# A number in a compound modifier ("a six-week trial", "a 50-date tour"): what the noun is
# like, not a count or a finding of the news.
_COMPOUND = re.compile(r"\b(?:\d[\d,.]*|[a-z]+)-(?=[a-z])", re.I)


# A number naming a year or grade of a series ("year seven pupils", "grade 5"): which
# class, not a count.
_SERIES = re.compile(
    r"\b(?:year|grade)\s+(?:\d+|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")\b",
    re.I,
)


def _figures(mention: EventMention) -> frozenset[str]:
    """The figures the mention's sentence gives but for its date, compound modifiers and
    the numbers of a series, numbers written out as numerals."""
    text = _SERIES.sub(" ", _COMPOUND.sub(" ", _undated(mention)))
    return frozenset(_NUMBERS.get(f, f) for f in figures_in(text))


def _one_act(a: EventMention, b: EventMention, who: Mapping[str, str]) -> bool:
    """Whether ``a`` and ``b`` tell one act in two verbs: of the same day, naming a
    participant in common, done by no two doers (``_doers_differ``), acting on the same
    thing (a head noun of their verbs' objects in common: ``_objects``)."""
    if a.date[:10] != b.date[:10] or not _common(a, b, who) or _doers_differ(a, b, who):
        return False
    return bool(_objects(a) & _objects(b))


def _others(a: EventMention, b: EventMention, who: Mapping[str, str]) -> bool:
    """Whether ``a`` and ``b`` each name participants, none of them the other's: not one
    record, nor one name's word the other's ("Jackson", "Michael Jackson")."""
    if not a.actors or not b.actors or _common(a, b, who):
        return False
    words = ({w for n in names for w in n.split()} for names in (a.actors, b.actors))
    return not next(words) & next(words)


def _doers_differ(a: EventMention, b: EventMention, who: Mapping[str, str]) -> bool:
    """Whether ``a`` and ``b`` each name their verb's doer, and not the same participant."""
    doers = (_doer(a), _doer(b))
    if doers[0] is None or doers[1] is None:
        return False
    return who.get(doers[0], doers[0]) != who.get(doers[1], doers[1])


def _doer(mention: EventMention) -> str | None:
    """The participant the mention names as its verb's doer: the name of its actors
    written last before the verb ("X on Thursday declared"), or None when no name comes
    before it (a pronoun: "she captured") or the verb is passive (the name before "had
    been hired" is who was hired)."""
    if mention.predicate is None:
        return None
    sentence = mention.evidence.sentence
    verb = mention.predicate[0] - mention.evidence.sentence_start
    before = _RUN_WORD.findall(sentence[:verb])[-2:]
    if any(w.casefold() in _BE for w in before):
        return None
    best: tuple[int, str] | None = None
    for name in mention.actors:
        end = sentence.rfind(name, 0, verb)
        if end >= 0 and (best is None or end + len(name) > best[0]):
            best = (end + len(name), name)
    return None if best is None else best[1]


def _objects(mention: EventMention) -> frozenset[str]:
    """The head nouns of what the mention's dated verb acts on, as terms: the last word of
    a run of words of its own right after the verb, past its determiners ("clinched the
    Democratic nomination on" -> nomination), and after each "of" that follows ("a
    majority of pledged delegates" -> majority, delegates). A name or a title is no thing
    acted on here; a verb with no object ("was defeated in") gives none. The sentence's
    other verbs are not read: "needs a win" beside the dated "primary" is no act of the
    day."""
    sentence = mention.evidence.sentence
    base = mention.evidence.sentence_start
    if mention.predicate is None or not base <= mention.predicate[0] < base + len(sentence):
        return frozenset()
    tokens = _TOKEN.findall(sentence[mention.predicate[1] - base :])[:_OBJECT_REACH]
    return frozenset(_heads(tokens))


def _heads(tokens: Sequence[str]) -> set[str]:
    """The heads of the noun phrases ``tokens`` open with, chained by "of"."""
    heads: set[str] = set()
    i = 0
    while True:
        while i < len(tokens) and tokens[i].casefold() in _DETERMINERS:
            i += 1
        phrase: list[str] = []
        while i < len(tokens) and tokens[i][0].isalnum() and tokens[i].casefold() not in STOP_WORDS:
            phrase.append(tokens[i])
            i += 1
        if phrase and _own(phrase[-1]) and phrase[-1].casefold() not in TITLES:
            heads.update(terms(phrase[-1]))
        if not phrase or i >= len(tokens) or tokens[i].casefold() != "of":
            return heads
        i += 1


# Forms of "be" before a verb: a passive, whose subject is no doer.
_BE = word_set("be been being is are was were")
# A word, its possessive kept ("the convention's"), or a mark of punctuation.
_TOKEN = re.compile(r"[^\W_][\w'’-]*|[^\w\s]")
# How far after its verb an object is looked for, in words.
_OBJECT_REACH = 12
# Words opening a noun phrase before its head ("the", "her", "most the convention's").
_DETERMINERS = word_set(
    "the a an this that these those his her its their our my your some any no most all "
    "both each every another more much many"
)


def _acted_on_apart(a: EventMention, b: EventMention) -> bool:
    """Whether ``a`` and ``b`` each name what their verb acts on, and no thing in common:
    under one verb, a recap's date holding the day report's says nothing of which of the
    period's acts it retells; what they act on does."""
    things = (_objects(a), _objects(b))
    return all(things) and not things[0] & things[1]


def _holds(a: str, b: str) -> bool:
    """Whether one of the dates ``a`` and ``b`` is a week or a month holding the other,
    finer one: a recap dated by its week and the day report of that week."""
    wa, wb = When.of(a), When.of(b)
    if wa is None or wb is None or wa.rank == wb.rank:
        return False
    coarse, fine = (wa, wb) if wa.rank < wb.rank else (wb, wa)
    return coarse.granularity in _RECAP and coarse.first <= fine.first <= fine.last <= coarse.last


# The dates a recap gives what it retells by: "last week", "earlier this month".
_RECAP = frozenset({"week", "month"})


def _common(a: EventMention, b: EventMention, who: Mapping[str, str]) -> bool:
    """Whether ``a`` and ``b`` name an actor in common, however each spells it."""
    return bool({who.get(n, n) for n in a.actors} & {who.get(n, n) for n in b.actors})


def _verb(mention: EventMention) -> str | None:
    """The lemma of the word the mention's date is attached to ("hired", "hiring" ->
    "hire"), or None when it is a light verb or unknown."""
    lemma = mention.lemma
    if lemma is None or not lemma.isalpha() or lemma in _LIGHT:
        return None
    return lemma


def _undated(mention: EventMention) -> str:
    """The sentence without its date's words (a day's number is no figure of the news)."""
    return mention.evidence.sentence.replace(mention.timex.text, " ")
