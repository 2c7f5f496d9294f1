"""The bottom line is the latest corroborated outcome: not a comparison one source puts
first on the evening the outcome is told, nor an earlier state of the story."""

from __future__ import annotations

import re
from datetime import date

from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Timex
from briefgen.side_angle import side_angle
from briefgen.standing import latest_development
from briefgen.summarize import summarize

# doc: (published, text); synthetic reports of two contests held on a Tuesday.
CONTESTS = {
    "early1": ("2024-05-06", "The state party opened a new office in the capital on Monday."),
    "early2": ("2024-05-07", "On Monday the state party opened its office in the capital."),
    "w1": (
        "2024-05-15",
        "Smith won the primaries in Avon and Brill, beating Jones in both states. "
        "Smith won both primaries on Tuesday night.",
    ),
    "w2": (
        "2024-05-15",
        "Voters in Avon and Brill handed Smith victory in both primaries over Jones. "
        "Smith took both states on Tuesday.",
    ),
    "w3": (
        "2024-05-16",
        "Smith defeated Jones in the primaries held in Avon and Brill. "
        "Smith won the two primaries on Tuesday.",
    ),
    "side": (
        "2024-05-15",
        "More people voted for Smith than for Jones in Avon and Brill primaries on Tuesday "
        "night. Turnout was low in both states.",
    ),
}
COMPARISON = (
    "More people voted for Smith than for Jones in Avon and Brill primaries on Tuesday night."
)


def _extractions(story: dict[str, tuple[str, str]]) -> list[Extraction]:
    out = []
    for doc, (day, text) in story.items():
        spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
        document = Document(doc, doc, "txt", text, "", day, "stated")
        out.append(Extraction(document=document, sentences=spans))
    return out


def _mention(story: dict[str, tuple[str, str]], doc: str, sentence: str, when: str) -> EventMention:
    text = story[doc][1]
    at = text.index(sentence)
    evidence = Evidence(doc, at, at + len(sentence), sentence, sentence, at)
    timex = Timex(at, at + 1, "x", "DATE", when)
    return EventMention(f"{doc}{when}{at}", doc, when, timex, sentence, evidence)


def _first(story: dict[str, tuple[str, str]], doc: str) -> str:
    return re.findall(r"[^.]+\.", story[doc][1])[0].strip()


def test_the_outcome_several_sources_report_leads_not_a_comparison_of_its_evening() -> None:
    office = tuple(
        _mention(CONTESTS, d, _first(CONTESTS, d), "2024-05-06") for d in ("early1", "early2")
    )
    # The winners' reports date the outcome below their ledes; the comparison dates itself.
    below = {d: re.findall(r"[^.]+\.", CONTESTS[d][1])[1].strip() for d in ("w1", "w2", "w3")}
    won = (
        *(_mention(CONTESTS, d, sentence, "2024-05-14") for d, sentence in below.items()),
        _mention(CONTESTS, "side", COMPARISON, "2024-05-14"),
    )
    events = [
        Event("office", "2024-05-06", "opened", office, ("early1", "early2"), salience=2.0),
        Event("won", "2024-05-14", "won", won, ("w1", "w2", "w3", "side"), salience=1.0),
    ]
    summary = summarize(_extractions(CONTESTS), events, [], query=("smith",))
    assert summary.bottom_line is not None
    assert summary.bottom_line.text != COMPARISON
    assert "Smith" in summary.bottom_line.text
    assert summary.bottom_line.evidence[0].doc in ("w1", "w2", "w3")


def _at(doc: str, text: str, when: str) -> EventMention:
    evidence = Evidence(doc, 0, len(text), text, text, 0)
    return EventMention(f"{doc}-m", doc, when, Timex(0, 1, "x", "DATE", when), text, evidence)


def test_the_last_cycle_s_development_most_sources_report_is_where_the_story_stands() -> None:
    """The council's vote, reported by four sources, is that cycle's news; a count one day
    later that two of them give is a detail of it, and the month's earlier state is past."""
    texts = {
        "s1": "Fires this month have brought the dam back to the front of the council debate.",
        "s2": "The fires this month brought the dam back to the front of the council's debate.",
        "v1": "The council voted on Monday to close the dam after weeks of debate.",
        "v2": "On Monday the council voted to close the dam by nine votes to two.",
        "v3": "The council voted to close the dam on Monday, ending weeks of debate.",
        "v4": "Closing the dam was approved by the council on Monday evening.",
        "c1": "Some 300 people filled the hall on Tuesday to watch the dam debate.",
        "c2": "On Tuesday some 300 people filled the hall for the dam debate.",
    }
    published = {doc: date(2023, 9, 5) for doc in texts}
    published |= {"s1": date(2023, 9, 1), "s2": date(2023, 9, 1)}
    state = Event(
        "state",
        "2023-08-31",
        "brought back",
        (_at("s1", texts["s1"], "2023-08-31"), _at("s2", texts["s2"], "2023-08-31")),
        ("s1", "s2"),
        salience=3.0,
    )
    vote = Event(
        "vote",
        "2023-09-04",
        "voted",
        tuple(_at(d, texts[d], "2023-09-04") for d in ("v1", "v2", "v3", "v4")),
        ("v1", "v2", "v3", "v4"),
        salience=1.0,
    )
    crowd = Event(
        "crowd",
        "2023-09-05",
        "filled",
        (_at("c1", texts["c1"], "2023-09-05"), _at("c2", texts["c2"], "2023-09-05")),
        ("c1", "c2"),
        salience=1.0,
    )
    assert latest_development([state, vote, crowd], published, texts) == vote
    # A later cycle told by one source only is no development: the corroborated one stands.
    lone = Event(
        "lone",
        "2023-09-12",
        "filled",
        (_at("c1", texts["c1"], "2023-09-12"),),
        ("c1",),
        salience=5.0,
    )
    later = published | {"c1": date(2023, 9, 13)}
    assert latest_development([state, vote, lone], later, texts) == vote
    # A later cycle two sources corroborate is where the story now stands.
    crowd_later = Event(
        "crowd_later",
        "2023-09-12",
        "filled",
        (_at("c1", texts["c1"], "2023-09-12"), _at("c2", texts["c2"], "2023-09-12")),
        ("c1", "c2"),
        salience=1.0,
    )
    both = published | {"c1": date(2023, 9, 13), "c2": date(2023, 9, 13)}
    assert latest_development([state, vote, crowd_later], both, texts) == crowd_later


def test_a_comparison_or_a_quotation_is_a_side_angle_and_a_bound_on_a_number_is_not() -> None:
    assert side_angle("More people voted for Smith than for Jones on Tuesday.")
    assert side_angle("Turnout was higher in Avon than in Brill on Tuesday.")
    assert side_angle('"We won tonight," Smith told supporters.')
    assert not side_angle("Smith won the primaries in Avon and Brill on Tuesday.")
    assert not side_angle("More than 100 people died in the floods on Monday.")
    assert not side_angle("Fewer than half of the members voted for the plan.")
    assert not side_angle("The board chose Smith rather than Jones on Friday.")


def test_a_lede_whose_own_day_is_before_the_outcome_does_not_give_the_bottom_line() -> None:
    """A page dated the day before the Thursday it names ("declared on Thursday", updated
    later) reads its Thursday as the week before: a lede dating only days earlier than the
    development tells an earlier news, or a misread one, never where things stand."""
    late_lede = "Smith won both primaries in Avon and Brill, officials declared on Thursday."
    story = CONTESTS | {"late": ("2024-05-15", late_lede + " Smith won both on Tuesday.")}
    below = {d: re.findall(r"[^.]+\.", story[d][1])[1].strip() for d in ("w1", "w2", "w3", "late")}
    won = tuple(_mention(story, d, sentence, "2024-05-14") for d, sentence in below.items())
    events = [Event("won", "2024-05-14", "won", won, tuple(below), salience=1.0)]
    extractions = _extractions(story)
    thursday = late_lede.index("Thursday")
    # The tagger reads the past-tense weekday backwards from the page's (Wednesday) date.
    misread = Timex(thursday, thursday + len("Thursday"), "Thursday", "DATE", "2024-05-09")
    extractions = [
        x if x.document.id != "late" else Extraction(x.document, x.sentences, (misread,))
        for x in extractions
    ]
    summary = summarize(extractions, events, [], query=("smith",))
    assert summary.bottom_line is not None
    assert summary.bottom_line.evidence[0].doc in ("w1", "w2", "w3")
    assert "9 May" not in summary.bottom_line.text
