"""The executive summary shows what happened, in sentences a reader can take alone."""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Timex
from briefgen.summarize import summarize
from briefgen.summary_candidates import summary_candidates

CORPUS = {
    "a": "The regional council approved the new flood barrier for the river town on Monday. "
    "The barrier could be finished as early as next spring, engineers said on Monday. "
    'The mayor told reporters at the town hall: "We have waited far too long for this. '
    'The council ignored the warnings of the river authority for a decade and more."',
    "b": "A new poll of river town residents found that 64 percent back the flood barrier plan. "
    "In the previous poll, conducted in early spring, only 41 percent of residents backed it. "
    "The council approved the flood barrier for the river town after a long debate on Monday.",
    "c": "The flood destroyed homes worth 3 million euros when the river burst its banks. "
    "The council approved the barrier for the river town on Monday after the flood last year.",
}


def _extractions() -> list[Extraction]:
    out = []
    for doc_id, text in CORPUS.items():
        doc = Document(id=doc_id, source=doc_id, format="txt", text=text, title="")
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n.]+\.\"?", text)]
        out.append(Extraction(document=doc, sentences=tuple(spans)))
    return out


def test_the_summary_leaves_out_forecasts_quoted_continuations_and_superseded_figures() -> None:
    summary = summarize(_extractions(), [], [], judgments=7, query=("barrier",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments) if c is not None]
    figures = [c.text for c in summary.key_figures]
    everything = " ".join(shown + figures)
    assert "as early as next spring" not in everything  # a hedged forecast
    # the mayor's words, never shown as the narrator's: only inside the quotation his
    # sentence opens, shown to its close once that sentence is chosen (framed_to_close)
    assert not any(text.lstrip('"“').startswith("The council ignored") for text in shown + figures)
    assert all("The mayor told" in text for text in shown + figures if "ignored the" in text)
    assert not any("previous poll" in f for f in figures)  # the article's news is the new poll
    assert any("64 percent" in t for t in shown + figures)
    assert any("approved" in t for t in shown)
    fewer = summarize(_extractions(), [], [], judgments=1, query=("barrier",))
    assert fewer.key_figures
    assert not any("previous poll" in c.text for c in fewer.key_figures)


def _dated_extractions(texts: dict[str, tuple[str, str]]) -> list[Extraction]:
    """One extraction a document (id -> (its date, its text)), a sentence per full stop."""
    extractions = []
    for doc, (day, text) in texts.items():
        spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
        document = Document(doc, doc, "txt", text, "", day, "stated")
        extractions.append(Extraction(document=document, sentences=spans))
    return extractions


def test_a_plan_whose_date_had_passed_by_the_latest_source_is_no_judgment() -> None:
    plan = "The mayor's sister is to open the new flood barrier at a ceremony in town next month."
    texts = {
        "p": ("2011-09-29", f"{plan} The barrier cost the council two years of work."),
        "q": ("2011-11-30", "The council approved a second flood barrier for the river town."),
    }
    extractions = _dated_extractions(texts)
    at = plan.index("next month")
    mention = EventMention(
        "p-m",
        "p",
        "2011-10",
        Timex(at, at + 10, "next month", "DATE", "2011-10"),
        "is to open the new flood barrier",
        Evidence("p", at, at + 10, "next month", plan, 0),
    )
    event = Event("open", "2011-10", "open", (mention,), ("p",), salience=1.0)
    summary = summarize(extractions, [event], [], judgments=3, query=("barrier",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments) if c is not None]
    assert shown and plan not in shown
    # Still ahead when the latest source wrote: the plan is where the story stands.
    summary = summarize(extractions[:1], [event], [], judgments=3, query=("barrier",))
    assert plan in [c.text for c in (summary.bottom_line, *summary.judgments) if c is not None]


def test_a_deadline_the_latest_source_is_past_is_no_judgment() -> None:
    """Told in the past tense ("had set Friday as the deadline"), a deadline is still a
    plan: once the latest source is past its day, it is where the story stood, not stands."""
    ruled = (
        "Environment Agency inspectors ruled that a flood barrier must be built and set "
        "Friday as the deadline."
    )
    texts = {
        "p": ("2011-09-28", f"{ruled} The barrier cost the council two years of work."),
        "q": ("2011-11-30", "The council approved a second flood barrier for the river town."),
    }
    extractions = _dated_extractions(texts)
    at = ruled.index("Friday")
    mention = EventMention(
        "p-m",
        "p",
        "2011-09-30",
        Timex(at, at + 6, "Friday", "DATE", "2011-09-30"),
        "set Friday as the deadline",
        Evidence("p", at, at + 6, "Friday", ruled, 0),
    )
    event = Event("deadline", "2011-09-30", "set", (mention,), ("p",), salience=1.0)
    summary = summarize(extractions, [event], [], judgments=3, query=("barrier",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments) if c is not None]
    assert shown and ruled not in shown
    # Before its day, the deadline is where the story stands.
    before = [replace(x, document=replace(x.document, date="2011-09-29")) for x in extractions]
    summary = summarize(before, [event], [], judgments=3, query=("barrier",))
    assert ruled in [c.text for c in (summary.bottom_line, *summary.judgments) if c is not None]


def test_an_early_running_count_gives_way_to_a_later_source_s_count() -> None:
    days = {"early": "2021-05-02", "mid": "2021-05-09", "late": "2021-05-30"}
    texts = {
        "early": "Three more cases of the fever have been confirmed in the valley today, "
        "bringing the total number of cases to five. "
        "The health board opened a field clinic beside the valley school on Sunday morning.",
        "mid": "The health board says it has confirmed 236 cases of the fever, up from 148 "
        "cases last week, across the whole of the valley. "
        "The valley school closed its doors for a week after two pupils fell ill with fever.",
        "late": "The number of fever cases in the valley rose by 22 to 1,604 today, the "
        "health board said in its weekly report on the outbreak. "
        "Nurses from the coast joined the field clinic in the valley to care for the sick.",
    }
    extractions = []
    for doc_id, text in texts.items():
        doc = Document(doc_id, doc_id, "txt", text, "", days[doc_id], "stated")
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
        extractions.append(Extraction(document=doc, sentences=tuple(spans)))
    summary = summarize(extractions, [], [], judgments=7, query=("fever",))
    shown = [c.text for c in (summary.bottom_line, *summary.judgments, *summary.key_figures) if c]
    assert not any("total number of cases to five" in t or "236 cases" in t for t in shown)
    assert any("1,604" in t for t in shown)  # the count where the story stands
    assert any("field clinic beside" in t for t in shown)  # an early sentence that is no count


# A plan told ahead by three reports, each adding a step of its own.
PLAN = {
    "p1": (
        "2030-05-02",
        "A choir from the coast has joined the line-up of the harbour festival in June.",
    ),
    "p2": (
        "2030-05-09",
        "A juggler from the hills has been added to the harbour festival in June.",
    ),
    "p3": ("2030-05-16", "A brass band has been confirmed for the harbour festival in June."),
}


def _planned(scheduled: bool) -> tuple[list[Extraction], list[Event]]:
    extractions, mentions = [], []
    for doc_id, (day, text) in PLAN.items():
        doc = Document(id=doc_id, source=doc_id, format="txt", text=text, title="", date=day)
        evidence = Evidence(doc_id, 0, len(text), text, text, 0)
        at = text.index("in June")
        timex = Timex(at, at + 7, "in June", "DATE", "2030-06")
        mention = EventMention(
            f"{doc_id}-m", doc_id, "2030-06", timex, text, evidence, scheduled=scheduled
        )
        mentions.append(mention)
        extractions.append(Extraction(document=doc, sentences=((0, len(text)),)))
    event = Event(
        id="festival",
        date="2030-06",
        description=PLAN["p1"][1],
        mentions=tuple(mentions),
        sources=tuple(PLAN),
        salience=2.0,
    )
    return extractions, [event]


def test_a_plan_told_again_by_each_report_corroborates_only_its_latest_telling() -> None:
    def scores(scheduled: bool | None) -> dict[str, float]:
        extractions, events = _planned(bool(scheduled))
        found = summary_candidates(
            extractions, events if scheduled is not None else [], [], (), frozenset()
        )
        return {c.evidence.doc: c.score for c in found}

    alone, planned, done = scores(None), scores(True), scores(False)
    # each report's step (a choir, a juggler) is its own news: the festival's retellings by
    # the later reports corroborate none of the earlier steps
    assert planned["p1"] == alone["p1"] and planned["p2"] == alone["p2"]
    # the latest telling says where the plan stands; the same mentions told as done are
    # three sources telling one happening, and it weighs in every one of them
    assert planned["p3"] > alone["p3"]
    assert all(done[doc] > alone[doc] for doc in PLAN)


def _candidates(corpus: dict[str, str]) -> dict[str, bool]:
    extractions = []
    for doc_id, text in corpus.items():
        doc = Document(id=doc_id, source=doc_id, format="txt", text=text, title="")
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n.]+(?:\.\d+[^\n.]*)*\.", text)]
        extractions.append(Extraction(document=doc, sentences=tuple(spans)))
    found = summary_candidates(extractions, [], [], (), frozenset())
    return {c.text: c.routine for c in found}


def test_a_wraps_colour_beside_its_measured_result_and_an_itinerary_are_routine() -> None:
    wrap = (
        "Marlow shares were depressed early in the session on the Penbury exchange. "
        "The Marlow 200 index shed 31 points to close at 2210. "
        "Dealers said selling pressure was heavy in the afternoon session."
    )
    routine = _candidates(
        {
            "w": wrap,
            "t": "Senator Penbury campaigned in Holt County on Tuesday, the day before the vote. "
            "Senator Penbury told the county's farmers that the new dam would be built.",
        }
    )
    assert routine["Marlow shares were depressed early in the session on the Penbury exchange."]
    assert routine["Dealers said selling pressure was heavy in the afternoon session."]
    assert not routine["The Marlow 200 index shed 31 points to close at 2210."]
    assert routine["Senator Penbury campaigned in Holt County on Tuesday, the day before the vote."]
    assert not routine["Senator Penbury told the county's farmers that the new dam would be built."]
    # no measure in the report: the colour is all it tells of the market, and it stays
    unmeasured = _candidates({"w": wrap.replace("shed 31 points to close at 2210", "fell")})
    assert not unmeasured["Dealers said selling pressure was heavy in the afternoon session."]
