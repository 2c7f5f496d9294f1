"""Timeline selection and the extractive executive summary."""

from __future__ import annotations

import random
import re
from datetime import date

from briefgen.aggregate.events import merge_events
from briefgen.aggregate.terms import cosine
from briefgen.bottomline import DUPLICATE, Candidate
from briefgen.key_judgments import MMR_LAMBDA, _recalls, mmr, retells
from briefgen.models import Document, Event, EventMention, Evidence, Extraction, Mention, Timex
from briefgen.query_filter import filter_by_query
from briefgen.standing import latest_development
from briefgen.summarize import summarize
from briefgen.timeline import select_timeline


def _event(eid: str, when: str, salience: float, *sentences: str, said: str = "x") -> Event:
    """An event whose mentions' dates are written ``said`` in their sentences."""
    mentions = []
    for n, sentence in enumerate(sentences):
        evidence = Evidence(f"{eid}d{n}", 0, len(sentence), sentence, sentence, 0)
        timex = Timex(0, 1, said, "DATE", when)
        mentions.append(EventMention(f"{eid}-{n}", f"{eid}d{n}", when, timex, sentence, evidence))
    return Event(
        id=eid,
        date=when,
        description=sentences[0],
        mentions=tuple(mentions),
        sources=tuple(sorted({m.doc for m in mentions})),
        salience=salience,
    )


EVENTS = [
    _event(
        "e1",
        "2020-03-01",
        3.0,
        "The river burst its banks near the old mill.",
        "The river burst its banks near the old mill.",
    ),
    # (two thirds of the flood's weight: at a third, one page's detail, it would be too weak
    # a second sentence for the day, ``timeline_entry.FOLLOWING_SHARE``)
    _event("e2", "2020-03-01", 2.0, "Volunteers filled sandbags along the quay all night."),
    _event("e3", "2020-03-04", 0.2, "A council meeting discussed the flood budget."),
    _event("e4", "2020-03-09", 2.0, "The regional governor declared a state of emergency."),
    _event("e5", "2020-02", 5.0, "Heavy rain fell across the valley for weeks."),
]


def test_timeline_respects_limits_and_order() -> None:
    timeline = select_timeline(EVENTS, dates=2, sentences=1)
    assert [t.date for t in timeline] == ["2020-02", "2020-03-01"]
    for entry in timeline:
        assert len(entry.sentences) <= 1
        assert all(c.evidence for c in entry.sentences)


def test_timeline_drops_duplicate_sentences_and_filters_period() -> None:
    timeline = select_timeline(
        EVENTS, dates=5, sentences=3, since=date(2020, 3, 1), until=date(2020, 3, 31)
    )
    assert [t.date for t in timeline] == ["2020-03-01", "2020-03-04", "2020-03-09"]
    first = timeline[0]
    texts = [c.text for c in first.sentences]
    assert len(texts) == len(set(texts)) == 2
    assert first.event_ids == ("e1", "e2")
    assert select_timeline(EVENTS, dates=0, sentences=3) == []


CORPUS = {
    "a": "Flood hits river town\n"
    "The river burst its banks on Sunday and flooded two hundred homes in the old town. "
    "Rescue teams evacuated 1,200 residents from the lower districts overnight. "
    "The mayor said the flood defences had failed because repairs were delayed for years.",
    "b": "Town counts the cost\n"
    "The river burst its banks on Sunday and flooded two hundred homes in the old town. "
    "Insurers estimate the damage at 40 million euros across the whole valley. "
    "Farmers upstream say drainage changes pushed more water towards the town centre.",
    "c": "Emergency declared\n"
    "The regional governor declared a state of emergency after the river flooded the town. "
    "Schools in the valley will stay closed until the water level falls again. "
    "Opposition councillors blamed the mayor for the delayed repairs to the flood defences.",
}


def _extractions() -> list[Extraction]:
    out = []
    for doc_id, text in CORPUS.items():
        doc = Document(id=doc_id, source=doc_id, format="txt", text=text, title="")
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n.]+\.", text)]
        out.append(Extraction(document=doc, sentences=tuple(spans)))
    return out


def test_summary_judgments_are_cited_and_distinct() -> None:
    extractions = _extractions()
    summary = summarize(extractions, [], [], judgments=4)
    assert summary.bottom_line is not None
    shown = [summary.bottom_line, *summary.judgments]
    assert 3 <= len(summary.judgments) <= 4
    texts = [c.text for c in shown]
    assert len(texts) == len(set(texts))
    for cited in shown:
        assert cited.evidence
        ev = cited.evidence[0]
        text = CORPUS[ev.doc]
        assert text[ev.start : ev.end] == ev.sentence
        assert cited.text in " ".join(text.split())
    assert len({c.evidence[0].doc for c in shown}) == 3  # every source is heard
    fewer = summarize(extractions, [], [], judgments=2)
    figures = [c.text for c in fewer.key_figures]
    assert any("1,200" in t or "40 million" in t for t in figures)
    assert not set(figures) & {c.text for c in [fewer.bottom_line, *fewer.judgments] if c}


def _dated_twice(first_said: str, second_said: str) -> tuple[list[Extraction], list[Event]]:
    first = _event(
        "p",
        "2020-06-12",
        1.0,
        "The ministry evacuated its embassy staff from Lima.",
        said=first_said,
    )
    second = _event(
        "q",
        "2020-06-14",
        1.0,
        "The ministry evacuated the embassy staff from Lima.",
        said=second_said,
    )
    extractions = [
        Extraction(
            document=Document(m.doc, m.doc, "txt", m.evidence.sentence, ""),
            events=(m,),
        )
        for m in (*first.mentions, *second.mentions)
    ]
    return extractions, merge_events(extractions)


def test_summary_names_the_dates_sources_disagree_on() -> None:
    extractions, events = _dated_twice("12 June", "June 14")
    summary = summarize(extractions, events, [])
    assert len(summary.disagreements) == 1
    shown = summary.disagreements[0]
    assert shown.text == (
        "The ministry evacuated its embassy staff from Lima: sources give 12 June 2020 vs "
        "14 June 2020."
    )
    assert [e.doc for e in shown.evidence] == ["pd0", "qd0"]


def test_dates_resolved_from_weekdays_are_no_disagreement() -> None:
    extractions, events = _dated_twice("on Friday", "12 June")
    assert summarize(extractions, events, []).disagreements == ()
    assert all(not e.disagreements for e in events)


def test_filter_by_query_is_case_insensitive() -> None:
    extractions = _extractions()
    kept = filter_by_query(extractions, ["GOVERNOR"])
    assert [e.document.id for e in kept] == ["c"]
    assert len(filter_by_query(extractions, [])) == 3


TRIAL = {
    "early": "The doctor was charged with manslaughter over the singer's death in February. "
    "Prosecutors said the doctor had given the singer a powerful anaesthetic at home.",
    "late": "Dr Conrad Murray was jailed for four years for the manslaughter of the singer. "
    "He has denied giving the singer a fatal dose of the anaesthetic at home. "
    "It was the longest sentence the judge could hand down for the manslaughter.",
}


def _trial(dates: dict[str, str]) -> list[Extraction]:
    out = []
    for doc_id, text in TRIAL.items():
        doc = Document(doc_id, doc_id, "txt", text, "", dates[doc_id], "stated")
        spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
        murray = text.find("Conrad Murray")
        mentions = (
            (Mention(doc_id, murray, murray + 13, "Conrad Murray", "name", "person"),)
            if murray >= 0
            else ()
        )
        out.append(Extraction(document=doc, sentences=spans, mentions=mentions))
    return out


def test_a_leading_pronoun_is_resolved_or_the_sentence_is_not_shown() -> None:
    summary = summarize(_trial({"early": "2010-02-08", "late": "2011-11-29"}), [], [])
    texts = [c.text for c in [summary.bottom_line, *summary.judgments] if c]
    assert "[Murray] has denied giving the singer a fatal dose of the anaesthetic at home." in texts
    assert not any(t.lstrip().startswith(("He ", "It ")) for t in texts)


def test_the_bottom_line_is_the_latest_state_of_the_story() -> None:
    summary = summarize(_trial({"early": "2010-02-08", "late": "2011-11-29"}), [], [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.evidence[0].doc == "late"


def test_an_age_is_not_a_key_figure() -> None:
    text = (
        "Mr Lee Harwood, 47, said the factory would reopen after the storm had passed. "
        "Mrs Ann Lowe, aged 62, said the factory would be rebuilt after the storm had passed. "
        "Mr Harwood, who is 70, says the factory stood for most of his life in the town. "
        "Mrs Lowe's father died at the age of 91 in the factory's first winter in the town. "
        "Her mother died in the flood in the spring at 88, as the river rose in the night. "
        "The storm destroyed 320 homes in Dunmore and cost 12 million dollars in repairs."
    )
    doc = Document("d", "d", "txt", text, "")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    summary = summarize([Extraction(document=doc, sentences=spans)], [], [], judgments=0)
    figures = [c.text for c in summary.key_figures]
    assert not any("Harwood" in t or "Lowe" in t or "mother" in t for t in figures)
    storm = text[spans[5][0] : spans[5][1]].strip()
    assert storm in [*figures, summary.bottom_line.text if summary.bottom_line else ""]


def test_a_leading_it_names_the_one_organisation_before_it_but_never_an_expletive() -> None:
    text = (
        "The Acme Mining Company reported a loss of 40 million dollars for the first half. "
        "It has closed three of its five mines in the northern region since the spring. "
        "It is unclear whether the remaining two mines will stay open through the winter."
    )
    doc = Document("d", "d", "txt", text, "")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    acme = Mention("d", 4, 27, "Acme Mining Company", "name", "org")
    summary = summarize([Extraction(document=doc, sentences=spans, mentions=(acme,))], [], [])
    texts = [c.text for c in [summary.bottom_line, *summary.judgments, *summary.key_figures] if c]
    assert (
        "[Acme Mining Company] has closed three of its five mines in the northern region "
        "since the spring." in texts
    )
    assert not any("unclear" in t for t in texts)


def test_among_several_names_the_subject_of_the_sentence_before_is_taken() -> None:
    text = (
        "Norway, alongside Chile and Peru, has kept close ties with the new government. "
        "It has not closed its consulate in the capital, which stayed open all year long."
    )
    doc = Document("d", "d", "txt", text, "")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    states = tuple(
        Mention("d", text.find(n), text.find(n) + len(n), n, "name", "state")
        for n in ("Norway", "Chile", "Peru")
    )
    summary = summarize([Extraction(document=doc, sentences=spans, mentions=states)], [], [])
    texts = [c.text for c in [summary.bottom_line, *summary.judgments] if c]
    assert any(t.startswith("[Norway] has not closed its consulate") for t in texts)


def test_a_quote_closed_by_he_said_names_its_speaker() -> None:
    text = (
        "Ms Dana Okafor leads the inquiry into the collapse of the harbour bridge last year. "
        "“The inspections were skipped for three years running,” she said on the quay today. "
        "Military planners praised the 201st engineering battalion for its quick repairs."
    )
    doc = Document("d", "d", "txt", text, "")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.(?:”[^.]+\.)?", text))
    okafor = Mention("d", 3, 14, "Dana Okafor", "name", "person")
    summary = summarize([Extraction(document=doc, sentences=spans, mentions=(okafor,))], [], [])
    shown = [c.text for c in [summary.bottom_line, *summary.judgments] if c]
    assert any("[Okafor] said on the quay today" in t for t in shown)
    assert not any("201st" in c.text for c in summary.key_figures)


def test_a_chosen_sentence_shows_the_quotation_it_frames_to_its_close() -> None:
    # the candidate is weighed on its own words; shown, its quotation goes on to the point
    text = (
        "Mayor Dana Okafor blamed the harbour board for the collapse of the bridge, she "
        'stated that the "board is not just closing the harbour bridge this year. It is '
        'closing it having admitted that the repairs of the last two years have failed."\n'
        "Military planners praised the engineering battalion for its quick repairs on Monday."
    )
    doc = Document("d", "d", "txt", text, "")
    cut = text.index(" It is")
    spans = ((0, cut), (text.index("Military"), len(text)))
    okafor = Mention("d", 6, 17, "Dana Okafor", "name", "person")
    summary = summarize([Extraction(document=doc, sentences=spans, mentions=(okafor,))], [], [])
    shown = [c.text for c in [summary.bottom_line, *summary.judgments] if c]
    assert text[: text.index("\n")] in shown


def test_a_quotation_opening_with_our_is_readable() -> None:
    text = (
        "The health agency raised its alert level for the new influenza strain on Friday. "
        "“Our concern has grown as of yesterday,” the agency’s acting director told reporters."
    )
    doc = Document("d", "d", "txt", text, "")
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    summary = summarize([Extraction(document=doc, sentences=spans)], [], [])
    shown = [c.text for c in [summary.bottom_line, *summary.judgments] if c]
    assert any(t.startswith("“Our concern has grown") for t in shown)


def test_a_month_level_sentence_is_not_shown_under_a_day() -> None:
    day = _event("d", "2011-11-07", 3.0, "The jury reached its verdict after two days.")
    vague = _event("v", "2011-11", 1.0, "Earlier this month, prosecutors asked for a long term.")
    # Aggregation may file a month-level mention under the day of the event it joins.
    merged = Event(
        "d", "2011-11-07", day.description, (*day.mentions, *vague.mentions), ("dd0", "vd0"), 3.0
    )
    timeline = select_timeline([merged], dates=3, sentences=3)
    assert [c.text for e in timeline for c in e.sentences] == [
        "The jury reached its verdict after two days."
    ]


STORY = {
    "a": (
        "2010-02-08",
        "The doctor was charged with manslaughter over the singer's death at home.",
    ),
    "b": ("2010-02-09", "The doctor was charged with manslaughter over the death of the singer."),
    "c": (
        "2010-02-10",
        "Prosecutors charged the doctor with manslaughter over the death.",
    ),
    "f": ("2010-02-11", "The doctor has been charged with manslaughter over the singer's death."),
    "g": ("2010-02-12", "The singer's doctor now faces a manslaughter charge over the death."),
    "h": ("2010-02-13", "The manslaughter charge against the doctor over the death was read out."),
    "d": ("2011-11-29", "A Los Angeles judge jailed Murray for four years on Tuesday afternoon."),
    "e": ("2011-11-30", "Murray was jailed for four years by a Los Angeles judge on Tuesday."),
}


def _story_event(eid: str, when: str, salience: float, docs: str) -> Event:
    mentions = []
    for doc in docs:
        sentence = STORY[doc][1]
        evidence = Evidence(doc, 0, len(sentence), sentence, sentence, 0)
        timex = Timex(0, 1, "x", "DATE", when)
        mentions.append(EventMention(f"{eid}{doc}", doc, when, timex, sentence, evidence))
    return Event(eid, when, mentions[0].description, tuple(mentions), tuple(docs), (), salience)


def test_the_bottom_line_is_the_latest_development_several_sources_report() -> None:
    extractions = [
        Extraction(
            document=Document(doc, doc, "txt", text, "", day, "stated"),
            sentences=((0, len(text)),),
        )
        for doc, (day, text) in STORY.items()
    ]
    events = [
        _story_event("charge", "2010-02-08", 5.0, "abcfgh"),
        _story_event("sentence", "2011-11-29", 0.5, "de"),
        # Announced ahead by one source and never reported as done: no development.
        _story_event("appeal", "2012-03-01", 0.4, "e"),
    ]
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert "jailed" in summary.bottom_line.text
    assert summary.bottom_line.evidence[0].doc in ("d", "e")


def test_the_latest_development_needs_two_sources_reporting_it_as_done() -> None:
    published = {doc: date.fromisoformat(day) for doc, (day, _) in STORY.items()}
    charge = _story_event("charge", "2010-02-08", 5.0, "abcfgh")
    sentence = _story_event("sentence", "2011-11-29", 0.5, "de")
    assert latest_development([charge, sentence], published) == sentence
    # Reported by one source only, or announced before it happened: not where things stand.
    assert latest_development([charge, _story_event("s", "2011-11-29", 0.5, "d")], published) == (
        charge
    )
    ahead = _story_event("appeal", "2012-03-01", 0.5, "de")
    assert latest_development([charge, ahead], published) == charge


def test_a_background_clause_is_never_shown_under_its_own_date() -> None:
    sentence = "The president resigned after weeks of protests that began on January 25."
    clause = "protests that began on January 25"
    start = sentence.index(clause)
    evidence = Evidence("p", start, start + len(clause), clause, sentence, 0)
    mention = EventMention(
        "m", "p", "2011-01-25", Timex(0, 1, "January 25", "DATE", "2011-01-25"), clause, evidence
    )
    event = Event("e", "2011-01-25", clause, (mention,), ("p",), salience=1.0)
    assert select_timeline([event], dates=3, sentences=2) == []


def test_the_bottom_line_is_the_lede_of_a_report_of_the_latest_development() -> None:
    lede = "A Los Angeles judge jailed Murray for four years for the death of the singer."
    detail = "Lawyers had sent the judge a memorandum ahead of the hearing on Tuesday last week."
    texts = {d: t for d, (_, t) in STORY.items() if d in "abcfgh"}
    days = {d: day for d, (day, _) in STORY.items()}
    texts["d"] = texts["e"] = f"{lede} {detail}"
    extractions = []
    for doc, text in texts.items():
        spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
        document = Document(doc, doc, "txt", text, "", days[doc], "stated")
        extractions.append(Extraction(document=document, sentences=spans))
    hearing = []
    for doc in "de":
        at = texts[doc].index(detail)
        evidence = Evidence(doc, at, at + len(detail), detail, detail, at)
        timex = Timex(at, at + 1, "Tuesday", "DATE", "2011-11-29")
        hearing.append(EventMention(f"h{doc}", doc, "2011-11-29", timex, detail, evidence))
    events = [
        _story_event("charge", "2010-02-08", 5.0, "abcfgh"),
        Event("hearing", "2011-11-29", detail, tuple(hearing), ("d", "e"), salience=0.5),
    ]
    summary = summarize(extractions, events, [])
    assert summary.bottom_line is not None
    assert summary.bottom_line.text == lede


def _mmr_choice_by_choice(
    candidates: list[Candidate], k: int, published: dict[str, date | None], told: list[Candidate]
) -> list[Candidate]:
    """The summary's greedy choice as its rule reads: each candidate compared with every
    one chosen so far, again at each choice; the pages drawn from least first (the told
    ones' included), a page of entries' lines after the others'."""
    pool, chosen = list(candidates), list[Candidate]()
    docs: dict[str, int] = {}
    for s in told:
        docs[s.evidence.doc] = docs.get(s.evidence.doc, 0) + 1
    while pool and len(chosen) < k:
        best, best_key = None, (float("inf"), True, float("inf"))
        for c in pool:
            overlap = max((cosine(c.vector, s.vector) for s in chosen), default=0.0)
            if overlap >= DUPLICATE or any(
                retells(c, s, published) or _recalls(c, s, published) or _recalls(s, c, published)
                for s in (*told, *chosen)
            ):
                continue
            value = MMR_LAMBDA * c.score - (1 - MMR_LAMBDA) * overlap
            value -= 0.03 * docs.get(c.evidence.doc, 0)
            key = (docs.get(c.evidence.doc, 0), c.entry, -value)
            if key < best_key:
                best, best_key = c, key
        if best is None:
            break
        chosen.append(best)
        docs[best.evidence.doc] = docs.get(best.evidence.doc, 0) + 1
        pool.remove(best)
    return chosen


def test_the_summary_chooses_as_comparing_each_candidate_with_each_chosen_would() -> None:
    # Sentences over a small vocabulary (many near-duplicates and shared threads), from
    # sources on days near and far apart, some recalling older news.
    rng = random.Random(3)
    words = ["vote", "senate", "bill", "storm", "harbour", "ferry", "court", "ruling", "fire"]
    published: dict[str, date | None] = {f"d{i}": date(2021, 3, 1 + 3 * i) for i in range(8)}
    published["d8"] = None
    candidates = []
    for n in range(120):
        doc = f"d{rng.randrange(9)}"
        vector = {w: rng.choice([0.5, 1.0, 2.0]) for w in rng.sample(words, rng.randrange(1, 5))}
        evidence = Evidence(doc, n * 10, n * 10 + 9, "x", "x", n * 10)
        score = round(rng.random(), 3)
        candidates.append(
            Candidate(
                f"s{n}",
                evidence,
                vector,
                score,
                background=rng.random() < 0.2,
                entry=doc in ("d2", "d5"),
            )
        )
    candidates.sort(key=lambda c: -c.score)
    for k, told in ((3, []), (8, candidates[5:7]), (40, [])):
        expected = _mmr_choice_by_choice(candidates, k, published, told)
        assert mmr(candidates, k, published, told) == expected
    assert len(mmr(candidates, 40, published)) > 3  # more than one thread is chosen
