"""Content terms of short texts, and weighted similarity between bags of them.

Cheap and deterministic: a regex tokenizer, a stop list and a light suffix
stripper, so that "visited", "visits" and "visit" meet without a model.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

from briefgen import heap

__all__ = ["STOP_WORDS", "SUB_EVENTS", "Idf", "concepts", "cosine", "stem", "terms"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_STOP_WORDS = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each either else
    ever few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just least less let like made make many may me might more
    most much must my myself no nor not now of off on once one only or other our ours
    ourselves out over own per same said says say shall she should since so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up upon us very via was we were what when where which while who whom whose why will
    with within without would yet you your yours yourself yourselves mr mrs ms dr told tell
    according according year years day days week weeks month months time times today yesterday
    tomorrow last next earlier later ago new first second third two three four five six
    january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep
    sept oct nov dec
"""
_STOP = frozenset(_STOP_WORDS.split())
# Also the words no topic is told by (``structure.feedback``).
STOP_WORDS = _STOP
_SUFFIXES = ("ings", "ing", "edly", "ed", "ies", "es", "s", "ly")


@heap.corpus_cache(1 << 17)  # a corpus has far fewer distinct words than words
def stem(word: str) -> str:
    """A light suffix stripper: ``visited``/``visits``/``visiting`` -> ``visit``."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


# Kinds of happening, each with the words (verbs and nouns) that report it: two
# sources telling one event often share the kind but no word ("visited" / "the
# delegation's trip"). Plain English, no topic: each is a common news event type.
_FAMILIES = {
    "visit": "visit trip tour delegation arrive arrival",
    "talks": "talks negotiate negotiation negotiator consult consultation summit",
    "contact": "contact contacts communication channel dialogue liaison",
    "protect": "protect protection guard guarded secure safeguard escort",
    "takeover": "takeover seize seized seizure capture overthrow topple oust conquer conquest coup",
    "evacuate": "evacuate evacuation airlift repatriate repatriation",
    "withdraw": "withdraw withdrew withdrawn withdrawal pullout drawdown",
    "attack": "attack strike airstrike bomb bombing blast explosion assault raid offensive",
    "kill": "kill killing dead death die died dies",
    "arrest": "arrest detain detention custody",
    "exercise": "drill drills exercise manoeuvre maneuver wargame",
    "vote": "election elect elected vote ballot referendum",
    "resign": "resign resignation",
    "protest": "protest demonstration demonstrator rally",
    "promise": "promise pledge assurance vow guarantee",
    "agree": "agreement agree deal accord treaty pact",
    "sanction": "sanction embargo",
    "list": "list listing blacklist designate designation proscribe",
    "storm": "storm hurricane cyclone typhoon tornado",
    "flood": "flood flooding",
    "quake": "earthquake quake tremor aftershock",
    "trial": "trial verdict convict conviction acquit acquittal sentenced",
}
_PHRASES = (
    (
        "takeover",
        re.compile(r"\b(?:to|in|into|from)\s+power\b|\bswept\s+away\b|\btook\s+over\b", re.I),
    ),
    ("withdraw", re.compile(r"\bpull(?:ed|ing|s)?\s+out\b", re.I)),
    ("resign", re.compile(r"\bst(?:ep|epped|eps|epping)\s+down\b", re.I)),
    ("press", re.compile(r"\b(?:press|news)\s+conferences?\b|\bpress\s+briefings?\b", re.I)),
)
# Kinds that happen within another event (a press conference closing a visit): a
# mention that names one is another happening than one that does not.
SUB_EVENTS = frozenset({"press"})


def concepts(text: str) -> frozenset[str]:
    """The kinds of happening ``text`` reports ("arrived" and "trip" -> ``visit``)."""
    found = {_CONCEPT[t] for t in terms(text) if t in _CONCEPT}
    found.update(name for name, pattern in _PHRASES if pattern.search(text))
    return frozenset(found)


def terms(text: str) -> list[str]:
    """The content terms of ``text``, lower-cased and stemmed, in order."""
    return list(_terms(text))


def distinct_terms(text: str) -> frozenset[str]:
    """The content terms of ``text``, each once: ``set(terms(text))``, not kept in
    ``_terms``'s table. A document's whole text is asked once a build (``kept_terms``):
    kept, its every term in order would be held to the end for nothing, a corpus over."""
    return frozenset(t for t in map(_term, _WORD.findall(text)) if t)


# The stages after extraction read the same sentences again and again (each event
# mention's sentence is weighed when events are merged, when the bottom line is chosen
# and when the timeline is): a sentence is tokenised once a stage (``heap.forget``).
@heap.corpus_cache(1 << 16)
def _terms(text: str) -> tuple[str, ...]:
    return tuple(t for t in map(_term, _WORD.findall(text)) if t)


@heap.corpus_cache(1 << 17)  # a corpus has far fewer distinct words than words
def _term(word: str) -> str:
    """``word`` as a content term, or "" for a stop word or a single letter."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'-")
    if len(word) < 2 or word in _STOP:
        return ""
    return stem(word)


_CONCEPT = {stem(w): name for name, words in _FAMILIES.items() for w in words.split()}


class Idf:
    """Inverse document frequencies over a collection of term bags."""

    def __init__(self, bags: Iterable[Iterable[str]]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for bag in bags:
            n += 1
            df.update(set(bag))
        self.n = max(n, 1)
        self.df = df
        self._of_text: dict[str, dict[str, float]] = {}

    def __call__(self, term: str) -> float:
        return math.log((self.n + 1) / (self.df.get(term, 0) + 0.5))

    def vector(self, bag: Iterable[str]) -> dict[str, float]:
        """A tf-idf vector (sub-linear tf) for ``bag``."""
        counts = Counter(bag)
        return {t: (1.0 + math.log(c)) * self(t) for t, c in counts.items()}

    def text_vector(self, text: str) -> dict[str, float]:
        """``vector(terms(text))``, worked out once a text while this table lives: the
        timeline weighs each sentence of an event against every other one's
        (``retold.reporting``), an event of n mentions asking n² vectors. Shared: the
        caller must not change it."""
        vector = self._of_text.get(text)
        if vector is None:
            vector = self._of_text[text] = self.vector(terms(text))
        return vector


def norm(v: Mapping[str, float]) -> float:
    return math.sqrt(sum(w * w for w in v.values()))


def cosine(
    a: Mapping[str, float],
    b: Mapping[str, float],
    norm_b: float | None = None,
    norm_a: float | None = None,
) -> float:
    """Cosine similarity of two sparse vectors. Pass ``norm_b`` when ``b`` is compared with
    many vectors (a centroid), and ``norm_a`` too when both are: their norms are then not
    recomputed for each pair."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(w * large.get(t, 0.0) for t, w in small.items())
    if dot <= 0.0:
        return 0.0
    return dot / (
        (norm_a if norm_a is not None else norm(a)) * (norm_b if norm_b is not None else norm(b))
    )
