"""Sources that give one death toll different values ("killed 259 people" in one report,
"killed 224 people" in a later one, or "killed 40" and "killed 52" the same day).

A toll told as a running count rises as the dead are found: a later report giving more
is the count moving on, not a disagreement. A later independent report giving fewer for
the same attack contradicts the earlier one, and two reports of one day giving different
tolls contradict each other: the brief says so, quoting both. Only a
precise case is told: each sentence gives one exact toll (not "at least 110", not "247 in
Kenya and 10 in Tanzania"); the words before each toll (what was counted) name two places
or bodies in common; the counts are scoped alike ("in Nairobi" is one city's toll); the
documents differ and are not copies; the smaller toll is at least half the larger (a
toll of a few is one site's, not the attack's); and the two differ by more than their
precision (``precision.within_precision``: "258" and "259", "200" and "197" tell one toll).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from briefgen.aggregate.terms import Idf, cosine, terms
from briefgen.bottomline import COPY, Candidate
from briefgen.models import Cited, Event, Evidence
from briefgen.precision import within_precision
from briefgen.when import MONTH_ABBRS, WEEKDAY_ABBRS

__all__ = ["toll_disagreements", "toll_reports", "toll_updates"]

# At most this many toll disagreements: a brief names the few that matter.
TOLLS = 2
# A toll this much smaller than another counts a part of what the other counts.
SAME_SCALE = 0.5
# Words that make a number a bound or an estimate, not a value a source vouches for.
_BOUND = (
    r"(?:at\s+least|more\s+than|fewer\s+than|less\s+than|nearly|almost|about|around|over"
    r"|some|roughly|approximately|close\s+to|up\s+to|as\s+many\s+as|an\s+estimated)\s+"
)
# A first report's count told by its order of magnitude ("killing dozens of people"), read
# as the least it can mean: an estimate while the dead were still being counted.
_LEAST = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}
_VAGUE = "|".join(_LEAST)
_TOLL = re.compile(
    r"\b(?P<verb>killed|kills|killing|claimed|left"
    r"|death\s+toll\s+(?:(?:has\s+|had\s+)?(?:rose|risen|reached|stood|stands|is|was|of|at|to)\s+)+)"
    r"\s*(?P<bound>" + _BOUND + r")?"
    r"(?:(?P<n>\d{1,3}(?:,\d{3})*(?![\d.])|\d+(?![\d,.]))|(?P<vague>" + _VAGUE + r")\s+of)"
    r"(?!\s*(?:%|percent|per\s+cent))"
    r"(?P<noun>\s+(?:(?:people\s+)?dead|people|persons|civilians|lives)\b)?",
    re.I,
)
# (Both are matched where the count ends: ``Pattern.match`` anchors them there.)
# A count given by place ("247 people in Kenya and 10 in Tanzania"): two tolls, not one.
_SPLIT = re.compile(r"[^.;]{0,40}?\band\s+\d", re.I)
# The place or body a count is scoped to, right after it: "killed 253 people in Nairobi".
_SCOPE = re.compile(r"\s+(?:in|at)\s+((?:[A-Z][\w'’.-]*\s*)+)")
# A proper name: a capitalised word with lower-case letters (not "U.S.", not the first).
_NAME = re.compile(r"(?<=\s)[A-Z][a-z][\w'’-]+")
_CALENDAR = re.compile(rf"^(?:{MONTH_ABBRS}|{WEEKDAY_ABBRS})")
# Capitalised words that name nothing: a sentence's opening word after a dash or a quote.
_FUNCTION = frozenset(
    "the a an and but or another also in on at of for this that these those it its".split()  # noqa: SIM905 - a word list reads best as prose
)
# Reports of one toll name at least this many names in common ("Kenya" and "Tanzania"): a
# single name in common may be one site of an attack told whole in the other.
COMMON_NAMES = 2
# A name this long or longer beginning another names what the other does ("Kenya",
# "Kenyan"); a shorter one may be any name's first letters.
STEM = 4
# What kills many at once, in the plural: a toll of "the attacks" counts the dead of all of
# them, a toll of "the blast" one site's.
_SEVERAL = re.compile(
    r"\b(?:attacks|blasts|bombings|bombs|explosions|shootings|strikes|raids|crashes|fires)\b",
    re.I,
)
_ONE = re.compile(
    r"\b(?:attack|blast|bombing|bomb|explosion|shooting|strike|raid|crash|fire)\b", re.I
)
# A quotation is cut to this many words before the toll.
_QUOTE_WORDS = 14


def _toll(text: str, bounded: bool = False) -> tuple[int, str, int] | None:
    """The one exact toll ``text`` gives: (value, its scope, where its count ends); with
    ``bounded``, a bound or an estimate too ("at least 110")."""
    found = list(_TOLL.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    verb, noun = m["verb"].lower(), (m["noun"] or "").lower()
    if (verb == "claimed" and "lives" not in noun) or (verb == "left" and "dead" not in noun):
        return None  # "claimed 20 seats", "left 20 minutes": no toll
    if ((m["bound"] or m["vague"]) and not bounded) or _SPLIT.match(text, m.end()):
        return None
    value = _LEAST[m["vague"].lower()] if m["vague"] else int(m["n"].replace(",", ""))
    if value < 2:
        return None
    scope = _SCOPE.match(text, m.end())
    return value, (scope[1].strip() if scope else ""), m.end()


def _names(text: str) -> set[str]:
    return {w for w in _NAME.findall(text) if not _CALENDAR.match(w) and w.lower() not in _FUNCTION}


def _same_count(a: str, end_a: int, b: str, end_b: int) -> int:
    """How many names the words before two tolls have in common when they count the dead
    of the same thing (at least ``COMMON_NAMES``, attacks in the same number), else 0."""
    return _alike(_thing(a, end_a), _thing(b, end_b))


def _thing(text: str, end: int) -> tuple[set[str], str]:
    """What a toll ending at ``end`` counts the dead of: the names in the words before it,
    and whether of one attack or several (``_number``)."""
    told = _quote(text, end)
    return _names(told), _number(told)


def _alike(a: tuple[set[str], str], b: tuple[set[str], str]) -> int:
    """``_same_count`` of two tolls' ``_thing``."""
    common = _common(a[0], b[0])
    return common if common >= COMMON_NAMES and a[1] == b[1] else 0


def _common(names_a: set[str], names_b: set[str]) -> int:
    """How many of ``names_a`` the other report names too, a place's name and its people's
    taken for one ("Kenyan capital" in one report, "Nairobi, Kenya" in the other): the
    longer begins with the shorter, of at least ``STEM`` letters."""
    return sum(
        any(
            a == b or (min(len(a), len(b)) >= STEM and (a.startswith(b) or b.startswith(a)))
            for b in names_b
        )
        for a in names_a
    )


def toll_updates(
    candidates: Sequence[Candidate], published: Mapping[str, date | None]
) -> tuple[set[tuple[str, int]], set[tuple[str, int]]]:
    """(document, start) of the candidates whose toll an independent source published on a
    later day counts again for the same thing (the same scope, the same places named before
    it): where the story was, not where it stands. A bound or an estimate ("at least 110",
    "killing dozens of people") is overtaken by a higher count; an exact toll by another
    exact one of the same scale (``SAME_SCALE``: "257" by "259" and by "224", never by one
    site's "10"). Second, those giving the latest count of a toll sources told before:
    where the toll stands, a key figure however its number is told ("killed 258 people,
    including 12 Americans")."""
    pairs = _counted_again(candidates, published)
    superseded = {_key(a) for a, _ in pairs}
    return superseded, {_key(b) for _, b in pairs} - superseded


def _key(c: Candidate) -> tuple[str, int]:
    return c.evidence.doc, c.evidence.start


def _counted_again(
    candidates: Sequence[Candidate], published: Mapping[str, date | None]
) -> list[tuple[Candidate, Candidate]]:
    """Each (earlier, later) pair of candidates where the later counts the earlier's toll
    again (``toll_updates``)."""
    exact = {id(c) for c in candidates if _toll(c.text) is not None}
    tolls = [
        (c, value, scope, day, id(c) in exact, _thing(c.text, end))
        for c in candidates
        if (t := _toll(c.text, bounded=True)) is not None
        and (day := published.get(c.evidence.doc)) is not None
        for value, scope, end in [t]
    ]
    out = []
    for a, x, scope_a, day_a, exact_a, thing_a in tolls:
        for b, y, scope_b, day_b, exact_b, thing_b in tolls:
            if not day_a < day_b or a.evidence.doc == b.evidence.doc or scope_a != scope_b:
                continue
            # an estimate by a higher count; an exact count by another of the same scale
            same_scale = exact_b and y != x and min(x, y) >= SAME_SCALE * max(x, y)
            again = same_scale if exact_a else x < y
            if again and _alike(thing_a, thing_b):
                out.append((a, b))
    return out


def _number(told: str) -> str:
    """Whether the words before a toll count the dead of several attacks or of one (words
    naming no attack are taken for the whole: "the toll" of the story)."""
    if _SEVERAL.search(told):
        return "several"
    return "one" if _ONE.search(told) else "several"


def _quote(text: str, end: int) -> str:
    """The words of ``text`` up to ``end`` (the toll), the last few of them."""
    words = text[:end].split()
    head = " ".join(words[-_QUOTE_WORDS:])
    return ("…" if len(words) > _QUOTE_WORDS else "") + head + "…"


def toll_disagreements(
    candidates: Sequence[Candidate], published: Mapping[str, date | None]
) -> tuple[Cited, ...]:
    """For each earlier toll a later independent source gives as smaller, one line quoting
    both (the pairs naming most in common first, each value in one line at most). ``candidates``:
    the summary's sentences; ``published``: each document's publication day."""
    tolls = [
        (c, t, day)
        for c in candidates
        if (t := _toll(c.text)) is not None and (day := published.get(c.evidence.doc)) is not None
    ]
    pairs: list[tuple[int, int, int]] = []
    for i, (a, (x, scope_a, end_a), day_a) in enumerate(tolls):
        for j, (b, (y, scope_b, end_b), day_b) in enumerate(tolls):
            # a: the earlier report with the larger toll; b: the later one giving fewer. On
            # one day the two count the same dead: whichever gives fewer, they disagree (a
            # later, larger toll is the count moving on, ``toll_updates``).
            if a.evidence.doc == b.evidence.doc or not (day_a <= day_b and y < x):
                continue
            if scope_a != scope_b or y < SAME_SCALE * x or within_precision(x, y):
                continue
            if cosine(a.vector, b.vector) >= COPY:
                continue
            # What was counted is named just before the toll ("the bombings of U.S. embassies
            # in Kenya and Tanzania ... killed 224"); the rest of the sentence is other news.
            common = _same_count(a.text, end_a, b.text, end_b)
            if common:
                pairs.append((common, i, j))
    out: list[Cited] = []
    told: set[int] = set()  # each toll in one line at most: "259 vs 224", not "258 vs 224" too
    for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        (a, (x, _, end_a), day_a), (b, (y, _, end_b), day_b) = tolls[i], tolls[j]
        if x in told or y in told or len(out) >= TOLLS:
            continue
        told |= {x, y}
        when = "the same day" if day_a == day_b else "later"
        text = (
            f"Sources give the toll as {x} (“{_quote(a.text, end_a)}”) and, {when}, "
            f"as {y} (“{_quote(b.text, end_b)}”)."
        )
        out.append(Cited(text, (a.evidence, b.evidence)))
    return tuple(out)


def toll_reports(candidates: Sequence[Candidate], events: Sequence[Event]) -> list[Candidate]:
    """The sentences giving a toll that two sources may give differently: the summary's
    ``candidates`` and the sentences of the events' mentions. A story's background
    paragraph restating the toll a year on ("the bombings ... last year that killed 224
    people") dates a happening but is rarely a summary candidate; it is where a toll told
    differently shows. Vectors are made again over these sentences alone, to compare them
    with one another (``COPY``)."""
    reports: dict[tuple[str, str], tuple[str, Evidence]] = {}
    for c in candidates:
        reports.setdefault((c.evidence.doc, c.evidence.sentence.strip()), (c.text, c.evidence))
    for event in events:
        for m in event.mentions:
            e = m.evidence
            reports.setdefault((e.doc, e.sentence.strip()), (e.sentence, e))
    tolled = [(text, e) for text, e in reports.values() if _toll(text, bounded=True)]
    idf = Idf(terms(text) for text, _ in tolled)
    return [Candidate(text, e, idf.vector(terms(text)), 0.0) for text, e in tolled]
