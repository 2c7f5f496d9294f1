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

from briefgen.aggregate.terms import STOP_WORDS, concepts
from briefgen.extract.clauses import REPORTING
from briefgen.extract.timex.lexicon import SMALL
from briefgen.models import Actor, EventMention
from briefgen.retold import figures_in

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


def same_happening(a: EventMention, b: EventMention, who: Mapping[str, str] | None = None) -> bool:
    """Whether ``a`` and ``b`` tell one happening: dated alike, both as done (or both as
    planned), by the same verb (not a verb of saying or being), naming a participant in
    common (``who``: the record each name stands for; without it, the names as written),
    and giving no different figures."""
    if a.date != b.date or a.scheduled != b.scheduled or not _common(a, b, who or {}):
        return False  # a plan is no second report of what it announced
    verb = _verb(a)
    if verb is None or verb != _verb(b):
        return False
    figures = (figures_in(_undated(a)), figures_in(_undated(b)))
    return not all(figures) or figures[0] == figures[1]


def another_happening(shown: EventMention, other: EventMention) -> bool:
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
    tables"). Figures
    decide only where a verb does not say what happened: told by one act, they are its
    details ("on a salary of", "a 50-date tour")."""
    verbs = (_act(shown), _act(other))
    if verbs[0] is not None and verbs[1] is not None:
        # two acts told: one when one verb, or a sentence naming the other's act (its
        # figures then the act's details: "on a salary of", "a 50-date tour")
        one = verbs[0] == verbs[1] or _names_act(shown, verbs[1]) or _names_act(other, verbs[0])
        # a phrase in common is a paraphrase, its other verb a synonym ("tried to turn the
        # tables", "sought to turn the tables")
        return not (one or _phrases(shown) & _phrases(other))
    figures = (_figures(shown), _figures(other))
    return all(figures) and not figures[0] & figures[1]


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
    runs = set()
    for i in range(len(words) - 2):
        run = words[i : i + 3]
        if any(w[0].islower() and w.casefold() not in STOP_WORDS for w in run):
            runs.add(tuple(w.casefold() for w in run))
    return frozenset(runs)


_RUN_WORD = re.compile(r"\w+")
_WORD = re.compile(r"[^\W\d_]+")
# A number written as a word, as a numeral: "ten students" and "10 students" are one figure
# (the words ``retold.figures_in`` reads as figures, to twelve; the tagger's table of them).
_NUMBERS = {w: str(n) for w, n in SMALL.items() if n <= 12}
# A number in a compound modifier ("a six-week trial", "a 50-date tour"): what the noun is
# like, not a count or a finding of the news.
_COMPOUND = re.compile(r"\b(?:\d[\d,.]*|[a-z]+)-(?=[a-z])", re.I)


def _figures(mention: EventMention) -> frozenset[str]:
    """The figures the mention's sentence gives but for its date and compound modifiers,
    numbers written out as numerals."""
    text = _COMPOUND.sub(" ", _undated(mention))
    return frozenset(_NUMBERS.get(f, f) for f in figures_in(text))


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
