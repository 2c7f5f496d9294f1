"""Shown sentences that lean on the paragraphs before: a bare surname the page gives
several of a family, a conjunction going on from a held-back subject, a definite taken up
from an earlier paragraph, an asking told only by whom it went to."""

from __future__ import annotations

from sentence_fixtures import extraction_with

from briefgen.anaphora import takes_up
from briefgen.definite_acts import dangling_event
from briefgen.definites import fuller_named
from briefgen.shown import read_alone

_FAMILY = (("Ann Holt", "person"), ("Ben Holt", "person"))
# sentences between the family's naming and the one shown: nothing of either there
_BETWEEN = (
    "The mill had lost money for years. Workers feared for their jobs. Managers cut a shift. "
)


def _last(text: str, *names: tuple[str, str], inner: bool = True) -> str | None:
    ext = extraction_with(text, *names)
    start, end = ext.sentences[-1]
    raw = ext.document.text[start:end]
    at = start + len(raw) - len(raw.lstrip())
    return read_alone(raw.strip(), at, ext, inner=inner, story=frozenset())


def test_a_shared_surname_is_not_shown_even_after_one_of_them_in_full() -> None:
    # the full name just before may be an aside's: which Holt, the page's story says
    text = (
        "Ann Holt's son Ben Holt took over the Penbury mill in May. "
        + _BETWEEN
        + "The mill was built by their cousin Cal Holt. "
        + "Holt also asked the mayor for a grant."
    )
    assert _last(text, *_FAMILY, ("Cal Holt", "person")) is None


def test_a_family_named_by_its_surname_is_no_one_of_it() -> None:
    text = (
        "Ann Holt's son Ben Holt took over the Penbury mill in May. "
        + _BETWEEN
        + "A lawyer for the Holt family wrote to the council."
    )
    assert _last(text, *_FAMILY) == "A lawyer for the Holt family wrote to the council."


def test_a_shared_surname_nothing_near_decides_is_not_shown() -> None:
    # the lede names the mother as her son's owner: the page is about the son, and
    # about the mother too; which "Holt" wrote, only the paragraphs before say
    text = (
        "Ann Holt's son Ben Holt took over the Penbury mill in May. "
        + _BETWEEN
        + "Holt also wrote to the council on Monday."
    )
    assert _last(text, *_FAMILY) is None


def test_a_shared_surname_of_the_one_the_page_is_about_is_left_as_written() -> None:
    text = (
        "Ann Holt opened the Penbury mill in May with her son Ben Holt. "
        + _BETWEEN
        + "Holt wrote to the council on Monday."
    )
    assert _last(text, *_FAMILY) == "Holt wrote to the council on Monday."


def test_a_surname_only_one_person_of_the_page_has_is_not_refused() -> None:
    text = "Ann Holt opened the Penbury mill in May. " + _BETWEEN + "Holt wrote to the council."
    assert _last(text, ("Ann Holt", "person")) is not None


def test_a_conjunction_before_a_held_back_she_is_not_shown_on_the_timeline() -> None:
    # a feature's delayed lede: the person is three sentences up
    text = (
        "The woman who runs the Marlow bakery is Ann Holt. "
        + _BETWEEN
        + "And while she keeps her distance from the council, on Friday she spoke against "
        + "the bridge."
    )
    assert _last(text, ("Ann Holt", "person"), inner=False) is None
    dated = "The Marlow council met on Monday. " + _BETWEEN + "And on Friday, Tom Reed resigned."
    assert _last(dated, ("Tom Reed", "person"), inner=False) == "And on Friday, Tom Reed resigned."


def test_a_definite_subject_before_its_verb_is_taken_up_from_the_page() -> None:
    before = "Crowds filled the square. The parades were larger than last year's. "
    shown = "The parades began early Friday morning, as crowds marched by torchlight."
    assert takes_up(shown, before, frozenset()) is not None
    assert takes_up(shown, "Crowds filled the square. ", frozenset()) is None
    # a place after the noun still says which
    named = "The parades in Marlow began early Friday morning, as crowds marched."
    assert takes_up(named, before, frozenset()) is None


def test_an_asking_told_only_by_whom_it_went_to_points_back() -> None:
    for text in (
        "Reed said the request to Judge Holt serves no purpose.",
        "The appeal to the council failed on Monday.",
        "The council rejected the petition to Marlow.",
    ):
        assert dangling_event(text) is not None, text
    for text in (
        "The request to Judge Holt for a stay was denied.",
        "The appeal to the council to delay the vote failed.",
        "Holt sent a request to Reed, and the request to Reed was denied.",
        "The motion to dismiss was denied.",
    ):
        assert dangling_event(text) is None, text


def test_a_kind_after_any_names_no_one_thing_of_it() -> None:
    # "the largest of any Penbury thrift" speaks of thrifts, not of the one the page is about
    before = "Marlow Savings grew fast; its bond book is the largest of any Penbury thrift. "
    text = "The thrift emphasized that it holds other securities."
    assert fuller_named(text, "the thrift", before) is None
    named = "Marlow Savings is a Penbury thrift. "
    assert fuller_named(text, "the thrift", named) == (
        "[The Penbury thrift] emphasized that it holds other securities."
    )


def test_a_surname_asked_of_sentence_after_sentence_is_compiled_once() -> None:
    # the timeline, the summary and the chronology ask each sentence's bare surnames of
    # its page: the patterns looking for a surname's given names are made once, not at
    # each sentence (a large corpus asks more of them than ``re`` keeps compiled)
    from briefgen import heap, titled

    text = (
        "Ann Holt's son Ben Holt took over the Penbury mill in May. "
        + _BETWEEN
        + "Holt also wrote to the council on Monday."
    )
    heap.forget_build()
    before = titled._names_before.cache_info()
    for _ in range(3):
        assert _last(text, *_FAMILY) is None
    after = titled._names_before.cache_info()
    assert after.misses - before.misses == 1
    assert after.hits > before.hits


def test_no_given_name_for_a_surname_first_written_after_the_sentence() -> None:
    from briefgen.titled import given_names

    ext = extraction_with("Holt spoke first. Then Ann Holt and Ben Holt spoke.", *_FAMILY)
    assert given_names("Holt", ext, end=ext.sentences[0][0]) == {}
    assert given_names("Holt", ext) == {"ann": ("Ann", 1), "ben": ("Ben", 1)}
