"""One act told in two verbs is one happening; a title, or one verb, is not.

``tellings.another_happening`` keeps a merged source off the shown sentence when its own
sentence tells another act. Two verbs tell one act when they share its participants in the
same roles: a participant in common and no other doer, the same thing acted on, the same
day ("clinched the nomination", "capture the nomination"). A title shared by two sentences
("former secretary of state") is no phrase of an act; one verb giving other figures for
two doers is two acts of one kind. Invented sentences.
"""

from __future__ import annotations

from test_cited_happening import _brief_of, _mention

from briefgen.render.told import told_sentences
from briefgen.tellings import another_happening

CLINCHED = "Ann Holt clinched the Green nomination on Monday night, the wire's count showed."
CAPTURED = "On Monday she became the first woman to capture the presidential nomination of a party."
BLASTED = "Ann Holt blasted Tom Reed on Monday over his stand on the river dam."
RULING = "Both sides agreed after Monday's court ruling: the dam will weigh on the race."
AIRED = (
    "A network aired the fifth debate on Monday, a showdown between former secretary of state"
    " Ann Holt and Tom Reed."
)
LED = "Tom Reed has led former secretary of State Ann Holt in every poll in Ohio."
HOLT_RAISED = "Ann Holt's campaign says it raised roughly $15 million on Monday."
REED_RAISED = "Tom Reed's campaign says it raised more than $21 million on Monday."
HOLT_RAISED_MORE = "Ann Holt's campaign says it raised $16 million on Monday, with late gifts."


def test_one_act_told_in_another_verb_on_the_same_thing_is_one_happening() -> None:
    clinched = _mention("a", CLINCHED, "2016-06-06", "clinched", "clinch", ("Ann Holt",))
    captured = _mention("b", CAPTURED, "2016-06-06", "capture", "capture", ("Ann Holt",))
    assert not another_happening(clinched, captured)  # the nomination, acted on by both
    # another day, or another thing acted on, is another act
    later = _mention("b", CAPTURED, "2016-06-07", "capture", "capture", ("Ann Holt",))
    assert another_happening(clinched, later)
    blasted = _mention("a", BLASTED, "2016-06-06", "blasted", "blast", ("Ann Holt", "Tom Reed"))
    ruling = _mention("b", RULING, "2016-06-06", "ruling", "ruling", ("Ann Holt",))
    assert another_happening(blasted, ruling)  # a court's ruling the same day: still dropped
    conceded = _mention(
        "b",
        "On Monday Tom Reed conceded the nomination to his rival.",
        "2016-06-06",
        "conceded",
        "concede",
        ("Tom Reed", "Ann Holt"),
    )
    assert another_happening(clinched, conceded)  # the same thing, another doer


def test_a_title_shared_is_no_phrase_of_the_act() -> None:
    aired = _mention("a", AIRED, "2016-09-05", "aired", "air", ("Ann Holt", "Tom Reed"))
    led = _mention("b", LED, "2016", "led", "lead", ("Tom Reed", "Ann Holt"))
    assert another_happening(aired, led)
    printing, events = _brief_of(aired, led)
    entry = told_sentences(events, None, printing)["e"]
    assert [m.doc for m in entry.cited] == ["a"]


def test_one_verb_with_other_figures_of_two_doers_is_two_acts() -> None:
    holt = _mention("a", HOLT_RAISED, "2016-09-05", "raised", "raise", ("Ann Holt",))
    reed = _mention("b", REED_RAISED, "2016-09-05", "raised", "raise", ("Tom Reed",))
    assert another_happening(holt, reed)
    # one doer's figures told by one verb are the act's details, as before
    more = _mention("b", HOLT_RAISED_MORE, "2016-09-05", "raised", "raise", ("Ann Holt",))
    assert not another_happening(holt, more)


def test_a_school_year_is_no_figure() -> None:
    seven = _mention("a", "Seven pupils were ill on Monday.", "2009-05-04", "were", "be", ())
    five = _mention(
        "b", "Five year seven pupils were ill on Monday.", "2009-05-04", "were", "be", ()
    )
    assert another_happening(seven, five)  # seven pupils, five pupils: two counts
