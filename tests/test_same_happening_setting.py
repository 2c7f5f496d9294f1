"""A party named only after a preposition of place is the happening's setting."""

from __future__ import annotations

from briefgen.aggregate.same_happening import _setting


def test_a_name_after_in_is_the_setting_and_one_named_as_a_party_is_not() -> None:
    assert _setting("Marlow", "Ann Holt held a rally in Marlow on Monday.")
    assert not _setting("Marlow", "Marlow hosted a rally in Marlow on Monday.")
    assert not _setting("Penbury", "Ann Holt held a rally in Marlow on Monday.")
