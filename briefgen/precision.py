"""Whether two values sources give for one quantity differ by more than how precisely
they are told: a difference within it is no disagreement worth a reader's time.

A value is told to a unit: an age in months to the month, a count to the one, a round
count ("260 dead") perhaps to the ten. Two reports a unit apart ("a 22-month-old", "a
23-month-old" a day later; "258 dead" and "259") tell one quantity caught at two moments
or counted by two desks; a round value within half its unit of a precise one, and close
to it ("about 1,000" and "986"), is the same quantity rounded. Used by ``disagree`` and
``tolls``.
"""

from __future__ import annotations

__all__ = ["within_precision"]

# A round value is another's rounding only when they are this close (relative gap): "200"
# may round "197", never "150", whatever its trailing zeros allow.
ROUNDING_GAP = 0.05


def within_precision(x: int, y: int) -> bool:
    """Whether ``x`` and ``y`` differ by one unit at most, or the rounder is the other
    rounded to its last non-zero digit (and close to it: ``ROUNDING_GAP``)."""
    if abs(x - y) <= 1:
        return True
    rounder, other = (x, y) if _zeros(x) >= _zeros(y) else (y, x)
    unit = 10 ** _zeros(rounder)
    if unit == 1 or _zeros(other) >= _zeros(rounder):
        return False
    return 2 * abs(rounder - other) <= unit and abs(rounder - other) <= ROUNDING_GAP * rounder


def _zeros(n: int) -> int:
    """How many zeros ``n`` ends in (none for 0)."""
    count = 0
    while n and n % 10 == 0:
        n //= 10
        count += 1
    return count
