"""Key figures: sentences that carry a quantity that matters.

Money, counts, casualties, votes and terms handed down are key figures; a person's age,
a date, a footnote marker or a year is not.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from datetime import date

from briefgen.head_counts import counts_people
from briefgen.models import Evidence, Extraction
from briefgen.spelled_numbers import spelled_as_digits
from briefgen.when import When

__all__ = [
    "amounts",
    "background",
    "counted",
    "gives_age",
    "has_figure",
    "latest_counts",
    "of_history",
    "of_past_years",
    "of_the_past",
    "passer_by",
    "snapshot",
    "superseded",
    "without_dates",
]

_NUMBER = re.compile(
    r"(?<![\w.])(?:\$|€|£)?\d[\d,.]*\s*(?:%|per\s*cent|percent|million|billion|thousand|bn|m\b)?",
    re.I,
)
_NOTE_MARK = re.compile(r"\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
# A person's age is no key figure: "50-year-old", "aged 50", "Smith, 50, said", "(50)", and
# the last of a list of names with ages, closed by a dash or a bracket ("Prince, 13, and
# Paris, 12 - have spoken").
_AGE = re.compile(
    r"\b\d{1,3}[-\s](?:years?|months?|weeks?|days?)[-\s]old\b|\baged?\s+(?:of\s+)?\d{1,3}\b"
    r"|(?<=[A-Za-z]),\s*\d{1,3}\s*(?:,|\s[-–—]\s(?!\d)|\))"
    r"|\(\d{1,3}\)|\bwho\s+(?:is|was|turns|turned)\s+\d{1,3}\b|\bat\s+\d{1,3}\s*[.,;]",
    re.I,
)
_YEARLIKE = re.compile(r"^(?:1[89]|20)\d\d$")
# A rank or a chart's size, not an amount: "featured in the top 200", "No. 12".
_RANK = re.compile(r"\b(?:top|no\.|number|rank(?:ed)?|place[ds]?)\s*$", re.I)
# A figure the article gives as the one before its news: "In the previous poll, conducted in
# early September, Clinton led by 5 points" (the article's own finding is the current one).
_SUPERSEDED = re.compile(
    r"\b(?:previous|prior|preceding|earlier)\s+(?:[\w/.'’-]+\s+){0,4}"
    r"(?:poll|survey|count|tally|estimate|figure|forecast|report)s?\b",
    re.I,
)


# A running count: what a tally stood at when the article was written ("bringing the total
# to five", "has killed 79 people", "236 cases, up from 148", "nine new cases"). English
# tells a tally by these words, whatever is counted; a later source's count of the same
# things says where it stands now.
_COUNT = (
    r"(?:\d(?:[\d,.]*\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|thirty|forty|fifty|dozens|hundreds|thousands)"
)
# Also a count moved on ("increased the number of deaths from 8 to 12", "has doubled in the
# last day to 59"), one standing now ("there are now 6,538 cases", "stands at") and the
# latest figures an authority issued.
_TALLY = re.compile(
    r"\b(?:total|tally|toll|so\s+far|to\s+date|in\s+all|up\s+from)\b"
    r"|\b(?:rose|risen|rises|climbed|jumped|soared|increased|grew|doubled|tripled|trebled)"
    r"\b(?:\s+[\w-]+){0,5}?\s+to\s+(?:(?:about|around|nearly|almost|over|some|roughly"
    r"|at\s+least|more\s+than|fewer\s+than|less\s+than)\s+)?" + _COUNT + r"\b"
    r"|\bfrom\s+" + _COUNT + r"\s+to\s+" + _COUNT + r"\b"
    r"|\b(?:there\s+(?:are|were)\s+now|now\s+(?:stands?|stood)\s+at|stood\s+at)\b"
    r"|\blatest\s+(?:[\w-]+\s+){0,2}(?:figures|count|counts|numbers|data)\b"
    r"|\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?"
    r"(?:killed|infected|confirmed|recorded|reported|registered|sickened)\b",
    re.I,
)
# An increment is a tally too: "nine new cases", "17 more deaths", "three further arrests".
_INCREMENTS = ("new", "more", "further", "additional")
_INCREMENT = re.compile(rf"\b{_COUNT}\s+(?:{'|'.join(_INCREMENTS)})\b", re.I)
_NUMBER_WORD = re.compile(rf"^(?:{_COUNT}|{'|'.join(_INCREMENTS)})$", re.I)
# What is counted: the first plural noun in the few words after a count ("11,168 cases",
# "79 people", "three more confirmed cases") or after "number of" ("the number of swine flu
# cases").
_COUNTED = re.compile(
    rf"\b(?:{_COUNT}|(?:number|total|tally)\s+of)\s+((?:[\w-]+\s+){{0,4}}[\w-]+)", re.I
)
_ANY_COUNT = re.compile(rf"\b{_COUNT}\b", re.I)
_IRREGULAR = {"people", "children", "men", "women"}
# A count's noun phrase ends at a preposition or conjunction: "44 as labs tested ..." counts
# no labs, "81 and prompted fears" no fears.
_PHRASE_END = frozenset(
    {"as", "and", "or", "but", "in", "on", "at", "by", "to", "from", "for", "with", "after"}
    | {"since", "while", "when", "of", "than"}
)
# What a toll counts ("the confirmed death toll rose to 44"), and whom a count killed.
_TOLL = re.compile(r"\b([a-z]+)\s+(?:toll|tally|count)\b", re.I)
_KILLED = re.compile(
    rf"\bkill(?:ed|ing)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+)?{_COUNT}\b", re.I
)


# A sum of money: a currency sign, the number and its scale ("$25 million", "£1.2bn").
_MONEY = re.compile(
    r"(?P<sign>[$€£])\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>million|billion|trillion|bn|m\b|k\b)?",
    re.I,
)
_SCALE = {"m": "million", "bn": "billion", "k": "thousand"}


def amounts(text: str) -> frozenset[str]:
    """The sums of money ``text`` gives, written one way ("$25 million" and "$25m" alike):
    two key figures giving the same sum tell one fact."""
    out = set()
    for m in _MONEY.finditer(text):
        scale = (m["scale"] or "").lower()
        out.add(f"{m['sign']}{m['num'].replace(',', '')} {_SCALE.get(scale, scale)}".strip())
    return frozenset(out)


def counted(text: str) -> frozenset[str]:
    """What ``text`` gives a running count of ("case" of "bringing the total to 13 cases",
    of "one more confirmed case"), each noun as its singular; empty when it gives no tally."""
    if _TALLY.search(text) is None and _INCREMENT.search(text) is None:
        return frozenset()
    if _ANY_COUNT.search(text) is None:
        return frozenset()  # "a number of states have reported cases" gives no count
    out = set()
    for m in _COUNTED.finditer(text):
        one = m[0].split()[0].lower() in ("one", "1")
        for word in m[1].lower().split():
            if word in _PHRASE_END:
                break
            if word in _IRREGULAR:
                out.add(word)
            elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
                out.add(word[:-3] + "y" if word.endswith("ies") else word[:-1])
            elif one and len(word) > 3 and not word.endswith("ed") and not _NUMBER_WORD.match(word):
                out.add(word)  # "one more confirmed case": the count's noun is singular
            else:
                continue
            break
    for m in _TOLL.finditer(text):
        word = m[1].lower()
        if word not in _PHRASE_END and word not in ("the", "a", "its", "their"):
            out.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    if _KILLED.search(text):
        out.add("death")
    return frozenset(out)


# A day's change, not where the count stands: "now in 11 states, up from 10 yesterday",
# "has doubled in the last day to 59", "rose overnight".
_SNAPSHOT = re.compile(
    rf"\bfrom\s+{_COUNT}\s+(?:\w+\s+)?(?:yesterday|the\s+day\s+before|a\s+day\s+earlier)\b"
    r"|\bin\s+the\s+(?:last|past)\s+(?:day|24\s+hours)\b|\bovernight\b",
    re.I,
)


def snapshot(text: str) -> bool:
    """Whether ``text`` gives a count's change over one day ("up from 10 yesterday")."""
    return _SNAPSHOT.search(text) is not None


def gives_age(text: str) -> bool:
    """Whether ``text`` gives someone's age ("Sarah and Tim Rogers, 27 and 29 years old")."""
    return _AGE.search(text) is not None


# What befalls a person the news is about: news copy names a victim, a patient or a suspect
# by age ("a 45-year-old man died", "a 23-month-old child has become the first victim").
_BEFELL = re.compile(
    r"\b(?:died|dies|dying|dead|death|killed|killing|victims?|infected|diagnosed"
    r"|hospitali[sz]ed|admitted|treated|injured|wounded|shot|shooting|stabbed|stabbing"
    r"|arrested|charged|convicted|sentenced|missing"
    r"|tested\s+positive|tests?\s+positive|testing\s+positive|fell\s+ill|became\s+ill)\b",
    re.I,
)


def passer_by(text: str, known: re.Pattern[str] | None = None) -> bool:
    """Whether ``text`` tells of someone by their age and nothing befalls them: people met
    on the street ("Dan Ortiz, 41, walked his dog past the shops"), colour rather than news.
    A person told by age who died, fell ill or was arrested is the news itself. Beside a
    name of the ``known`` (the story's principals), only a private person named with their
    age is ("Marley Anderson, 21, a junior from Las Vegas, said she turned out for
    Clinton", "76-year-old Morton Blackwell … endorsed Cruz"): a principal told by age
    ("Trump, 70, said", "the 70-year-old Trump") is no passer-by, nor is a count
    or a patient the story's news gives ("a confirmed case in a 12-year-old girl")."""
    if _BEFELL.search(text) is not None:
        return False
    if known is None or known.search(text) is None:
        return gives_age(text)
    for m in _AGE.finditer(text):
        before = text[: m.start()].rstrip(" ,(")  # "Trump, 70," / "Trump (70)" / "Trump, aged 70"
        if _NAMED.search(before) and not any(
            k.end() == len(before) for k in known.finditer(before)
        ):
            return True
        # the age before the name: "76-year-old Morton Blackwell, founder of …, endorsed"
        # (after a determiner the age describes a noun: "a 70-year-old New Yorker")
        after = _NAME_AFTER.match(text, m.end())
        if (
            after is not None
            and not _DETERMINER.search(text, 0, m.start())
            and not any(k.start() == after.start(1) for k in known.finditer(text))
        ):
            return True
    return False


# A name just after a prenominal age ("76-year-old Morton Blackwell"): a given name and a
# surname, capitalised.
_NAME_AFTER = re.compile(r"\s+([A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]+)")
_DETERMINER = re.compile(r"(?:\b(?:a|an|the|his|her|their|its|this|that)|['’]s)\s+$", re.I)


# A name just before an age: "Marley Anderson, 21", "Sarah and Timothy Rogers (27)".
_NAMED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+$")


def superseded(text: str) -> bool:
    """Whether the figure in ``text`` is the earlier one an article compares its news with."""
    return _SUPERSEDED.search(text) is not None


# A participant described in passing: a relative clause set off by commas or dashes
# ("Trump, who has nearly 9 million followers, tweeted", "the firm, which employs 3,000 -
# said"). Its number tells who someone is, not what the sentence reports; the clause is
# non-restrictive, so the sentence reads whole without it. Only a clause the punctuation
# closes is background: one running to the sentence's end may be what it reports ("…
# on Sunday, which left 49 dead"). A person's clause ("who", "whose") closed by the
# sentence's end describes them all the same ("said Smith, who has 9 million followers").
# (A clause runs on through a number's thousands: "who had 1,401,".)
_CLAUSE = r"(?:[^,;:–—()\"“”]|(?<=\d),(?=\d{3}))*?"
_CLOSE = r"(?:,(?<!\d,(?=\d{3}))|;|\s[-–—]\s)"
_BACKGROUND = re.compile(
    rf"(?:,|\s[-–—])\s+(?:(?:who|whose)\b{_CLAUSE}(?={_CLOSE}|[.!]?$)"
    rf"|which\b{_CLAUSE}(?={_CLOSE}))"
)


def background(text: str) -> str:
    """``text`` with each relative clause describing a participant in passing blanked."""
    return _BACKGROUND.sub(lambda m: " " * len(m[0]), text)


def without_dates(text: str, start: int, end: int, ext: Extraction) -> str:
    """The sentence with its temporal expressions, note markers, ages, background clauses
    (``background``) and the numbers saying what a named thing is (``Extraction.described``:
    "Marlow's 9 million residents") blanked: what is left carries the figures it reports."""
    chars = list(text[start:end])
    for t_start, t_end in [(t.start, t.end) for t in ext.timexes] + list(ext.described):
        if t_end > start and t_start < end:
            for i in range(max(t_start, start), min(t_end, end)):
                chars[i - start] = " "
    return background(_AGE.sub(" ", _NOTE_MARK.sub(" ", "".join(chars))))


# A figure of another time: a sentence opening on a time adverbial ("In April, …",
# "Last year, …") dates its main clause, and so its figure, whatever a later attribution
# dates ("… according to figures released Thursday"). One ending this many days or more
# before its article's day tells where a quantity stood then, not where the story stands
# ("In April, tech workers gave a total of $5,395", in a June report); a quarter's figure
# announced days after the quarter ("raised $33 million in the last three months of 2015",
# reported on 2 January) is the news of its week.
PAST_DAYS = 8
# What may come before the fronted time: a preposition of time, nothing else.
_FRONTED = re.compile(
    r"\W*(?:(?:in|during|through|throughout|over|on|by|for|since|until)\s+)?$", re.I
)


def of_the_past(start: int, end: int, ext: Extraction) -> bool:
    """Whether the sentence ``[start, end)`` of ``ext``'s document opens on a time
    adverbial that ends ``PAST_DAYS`` or more before the article's day."""
    day = ext.document.dct
    if day is None:
        return False
    text = ext.document.text
    times = [t for t in ext.timexes if start <= t.start < end and t.type in ("DATE", "TIME")]
    first = min(times, key=lambda t: t.start, default=None)
    if first is None or not _FRONTED.fullmatch(text, start, first.start):
        return False  # the sentence's first time is no fronted adverbial
    when = When.of(first.value)
    return (
        text.startswith(",", first.end) and when is not None and (day - when.last).days >= PAST_DAYS
    )


# A quantity told across this many past years is a trend's background (``of_past_years``).
PAST_YEARS = 2


def of_past_years(start: int, end: int, ext: Extraction) -> bool:
    """Whether the sentence ``[start, end)`` of ``ext``'s document tells a quantity across
    years before the article's: two whole years or more, and no other date. A feature's
    background statistic ("visitors rose from 100,000 in 1980 to 300,000 last year"), not
    a quantity of the story's news: a day's date, even a year back, may tell the event
    itself ("the bombings of Aug. 7, 1998"), and one past year may be the news's starting
    point ("debts of $400m when he died in 2009, but his estate has since made $310m")."""
    day = ext.document.dct
    if day is None:
        return False
    times = [t for t in ext.timexes if start <= t.start < end and t.type in ("DATE", "TIME")]
    years = [When.of(t.value) for t in times]
    past = all(w is not None and w.granularity == "year" and w.last.year < day.year for w in years)
    return past and len({w.first.year for w in years if w is not None}) >= PAST_YEARS


# A count of people dated this many days or more before its report is history the copy
# recalls ("the 1988 bombing of a flight that killed 259 people on the plane").
HISTORY_DAYS = 365


def of_history(start: int, end: int, ext: Extraction) -> bool:
    """Whether the sentence ``[start, end)`` of ``ext``'s document dates something
    ``HISTORY_DAYS`` or more before the article's day: its count of people is the
    background the copy recalls, not the story's (``head_counts``)."""
    day = ext.document.dct
    if day is None:
        return False
    for t in ext.timexes:
        if start <= t.start < end and t.type in ("DATE", "TIME"):
            when = When.of(t.value)
            if when is not None and (day - when.last).days >= HISTORY_DAYS:
                return True
    return False


# Where someone is found, not how many or how much: a street address ("at 285 Toure
# Drive") or a telephone number ("(255-51) 666-015") in a factbox, a helpline's dialled
# from a trunk prefix ("call 01534 445566", "0800 555 0100") or in three groups
# ("202-555-0142").
_ADDRESS = re.compile(
    r"\b\d+\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard"
    r"|Blvd|Lane|Way|Place|Square|Plaza)\b\.?|\(\d[\d-]*\)\s*\d[\d-]{4,}"
    r"|\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b|\b0\d{2,4}[ -]\d{5,7}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b"
)


# A place's size is what it is, not what happened in it: "the capital, home to some 20
# million people", "a city of 9 million", "a population of 1.3 billion".
_PLACE_SIZE = re.compile(
    r"\b(?:home\s+to|(?:a\s+)?population\s+of|(?:a|the)\s+(?:[a-z]+\s+)?(?:city|country|nation|state"
    r"|region|province|town|metropolis|island|capital)\s+of)\s+(?:(?:some|about|around|nearly"
    r"|almost|over|roughly|more\s+than|at\s+least)\s+)?\d[\d,.]*\s*(?:million|billion|thousand"
    r"|m\b|bn\b)?(?:\s+(?:people|residents|inhabitants|souls))?",
    re.I,
)


# A note or a coin named by its value is a thing, not an amount: "an image of Clinton
# alongside $100 bills", "a £20 note", "$1 coins".
_DENOMINATION = re.compile(
    r"[$€£]\s?\d[\d,]*(?:\.\d+)?\s+(?:bills?|notes?|banknotes?|coins?)\b", re.I
)


# A number joined to a noun to say what a thing is, not how much happened: "the 12-nation
# trade deal", "her 50-state strategy", "a 28-page report" (a lead's "10-point" or a
# term's "30-year" is the news, and stays; so does "a 12-member jury has been chosen",
# where the body's size is what the news chose).
_KIND = re.compile(r"\b\d[\d,]*-(?:nation|country|state|page|story|storey|minute)\b", re.I)


# The size of a party on its way is the response's logistics, not a quantity of the story:
# "a 62-member rescue team was en route", "a 12-strong delegation flew in" (a jury's size
# where the news chose it stays: no movement told).
_PARTY = re.compile(r"\b\d[\d,]*-(?:member|strong|person|man|woman)\b", re.I)
_ON_THE_WAY = re.compile(
    r"\b(?:en\s+route|on\s+(?:its|their|the)\s+way|(?:was|were|been|being)\s+"
    r"(?:sent|dispatched|deployed|flown|airlifted)|arrived|arriving|headed|heading|left\s+for"
    r"|flew|flying)\b",
    re.I,
)


def has_figure(text: str, people: bool = True) -> bool:
    """An amount: a number with a unit, or one of 10 or more that is not a year, in digits
    or in words ("fourteen dollars", as a transcript says "$14"); with ``people``, a count
    of people too (``head_counts.counts_people``)."""
    text = _ADDRESS.sub(" ", spelled_as_digits(text))
    for thing in (_PLACE_SIZE, _DENOMINATION, _KIND):
        text = thing.sub(" ", text)
    if _ON_THE_WAY.search(text):
        text = _PARTY.sub(" ", text)
    for match in _NUMBER.finditer(text):
        token = match.group(0).strip()
        digits = re.sub(r"[^\d]", "", token)
        if not digits or _YEARLIKE.match(token):
            continue
        if re.search(r"[%$€£]|million|billion|thousand|cent|bn", token, re.I):
            return True
        # Not an ordinal ("201st"), a code ("F16") or a rank ("top 200"). The match takes the
        # spaces after the number, so a bare count before its noun ("50 concerts") is left
        # out too: the amounts kept carry a unit or end a clause.
        ordinal = text[match.end() : match.end() + 1].isalpha()
        ordinal = ordinal or _RANK.search(text[: match.start()]) is not None
        if float(digits) >= 10 and not ordinal:
            return True
    # ... but a count of people is the story's own quantity however it is told ("40 other
    # people were arrested", "5,000 troops"): wire copy gives its numbers so
    return people and counts_people(text)


# What the latest running count of something adds to a sentence's support (an event's
# salience adds up to 1.0): the tally where the story stands is as telling as a development.
CURRENT_COUNT = 0.3
# A thing counted on at least SERIES_DAYS days and SERIES_SHARE as many as the thing
# counted on most days is one of the story's series: its latest count is a key figure.
SERIES_DAYS = 3
SERIES_SHARE = 1 / 3
# A count put first says whose count it is ("the Health Protection Agency confirmed ...",
# "figures issued by the WHO"): "the number of cases soared to 498" says neither whose
# nor where.
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|confirmed|reported|announced|issued|according\s+to|figures|data)\b", re.I
)


def latest_counts(
    raw: list[tuple[str, Evidence, float, bool]], published: Mapping[str, date | None]
) -> tuple[list[tuple[str, Evidence, float, bool]], set[tuple[str, int]]]:
    """The sentences, less each running count that a source published on a later day
    counts again ("bringing the UK total to five" once another source gives the UK total
    at 1,604): an early tally is where the story was, not where it stands. The latest
    count of a thing counted on several days says where it stands: it weighs as a
    development does. Also the (document, start) of each latest count of one of the
    story's series."""
    days: dict[str, set[date]] = defaultdict(set)
    # what each dated sentence counts, read once for both passes below
    tallies = [
        counted(text) if published.get(ev.doc) is not None else frozenset()
        for text, ev, _, _ in raw
    ]
    for (_, ev, _, _), nouns in zip(raw, tallies, strict=True):
        day = published.get(ev.doc)
        if day is not None:
            for noun in nouns:
                days[noun].add(day)
    # The story's series: things counted on many days ("cases", "deaths"), not a thing one
    # sentence happens to tally ("albums in the top 200", "bird flu's deaths").
    most = max((len(d) for d in days.values()), default=0)
    series = {n for n, d in days.items() if len(d) >= max(SERIES_DAYS, most * SERIES_SHARE)}
    out = []
    counts: set[tuple[str, int]] = set()
    for (text, ev, bonus, figure), nouns in zip(raw, tallies, strict=True):
        day = published.get(ev.doc)
        if day is not None and any(max(days[n]) > day for n in nouns):
            continue
        running = any(len(days[n]) >= 2 for n in nouns)
        # The latest count of a series is a key figure even as a bare count before its
        # noun ("there are now 6,538 cases"), which ``has_figure`` leaves out ("50 concerts").
        if running:
            bonus += CURRENT_COUNT
        latest = (
            bool(nouns & series) and not snapshot(text) and _ATTRIBUTED.search(text) is not None
        )
        if latest:
            counts.add((ev.doc, ev.start))
        out.append((text, ev, bonus, figure or latest))
    return out, counts
