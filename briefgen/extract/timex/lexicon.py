"""Word tables for the temporal tagger: months, weekdays, seasons, units, number words."""

from __future__ import annotations

import re

from briefgen import when

MONTHS: dict[str, int] = {}
for _i, _name in enumerate((month.lower() for month in when.MONTHS), start=1):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {
    name: i
    for i, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], start=1
    )
}
WEEKDAY_ABBR = {"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4}
WEEKDAY_ABBR |= {"fri": 5, "sat": 6, "sun": 7}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_ORDER = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}

PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
}

# Unit word -> (ISO 8601 designator, multiplier, is_time_part)
UNITS: dict[str, tuple[str, float, bool]] = {
    "year": ("Y", 1, False),
    "yr": ("Y", 1, False),
    "month": ("M", 1, False),
    "week": ("W", 1, False),
    "fortnight": ("W", 2, False),
    "day": ("D", 1, False),
    "hour": ("H", 1, True),
    "minute": ("M", 1, True),
    "second": ("S", 1, True),
    "decade": ("DE", 1, False),
    "century": ("CE", 1, False),
    "centurie": ("CE", 1, False),
    "millennium": ("ML", 1, False),
    "quarter": ("Q", 1, False),
}

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "last": 4,
    "final": 4,
}

SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
VAGUE = {"several", "few", "some", "many", "dozens", "hundreds", "thousands"}

_NUMWORD = "|".join(sorted([*SMALL, *TENS, "hundred", "thousand", "dozen"], key=len, reverse=True))
# A spelled or written amount: "24", "3.5", "twenty-four", "a hundred", "a couple of", "a few".
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
    rf"|(?:(?:a|one)\s+)?(?:{_NUMWORD})(?:(?:\s+and\s+|[\s-]+)(?:{_NUMWORD})){{0,4}}"
    r"|(?:a\s+)?couple\s+of|(?:a\s+)?few|several|a\s+dozen|(?:a|an)(?=\s))"
)


def parse_number(words: str) -> float | None:
    """The value of a written amount; None when it is vague ("several", "a few")."""
    w = words.lower().replace(",", "").strip()
    try:
        return float(w)
    except ValueError:
        pass
    tokens = [t for t in re.split(r"[\s-]+", w) if t and t not in ("and", "of")]
    if any(t in VAGUE for t in tokens):
        return None
    total = 0.0
    current = 0.0
    for tok in tokens:
        if tok in ("a", "an"):
            current = current or 1
        elif tok in SMALL:
            current += SMALL[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "couple":
            current = 2
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current


def year_from_words(words: str) -> int | None:
    """ "nineteen ninety-six" -> 1996; "two thousand" -> 2000; None if not a year."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    if tokens[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(tokens[2:])) if tokens[2:] else 0
        return 2000 + int(rest) if rest is not None else None
    if len(tokens) >= 2 and tokens[0] in SMALL and SMALL[tokens[0]] >= 10:
        rest = parse_number(" ".join(tokens[1:]))
        if rest is not None and rest < 100:
            return SMALL[tokens[0]] * 100 + int(rest)
    return None


def fmt_amount(n: float) -> str:
    """2.0 -> "2", 3.5 -> "3.5"."""
    return str(int(n)) if n == int(n) else f"{n:g}"


# A word before a weekday that makes it a name: "Super Tuesday", "Black Friday", "Ash
# Wednesday" (not "On Tuesday", "Last Friday", "Mr. Obama Tuesday").
NAMED_DAY = re.compile(r"\b(?:Super|Black|Good|Cyber|Ash|Holy|Bloody|Easter|Palm)\s+$")
