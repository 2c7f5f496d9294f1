"""An outcome a page of the day reports in the present perfect ("X has won the primary"),
with no date word, is the day's event (``aggregate.perfect_outcomes``): in its lede or an
entry's first sentence, on a page whose news day is its publication day."""

from __future__ import annotations

from briefgen.aggregate.events import merge_events
from briefgen.aggregate.perfect_outcomes import perfect_outcomes
from briefgen.models import Block, Document, EventMention, Evidence, Extraction, Timex

DAY = "2031-06-14"  # a Saturday


def _page(
    text: str,
    readings: dict[str, str],
    dated: dict[str, tuple[str, str]],
    live: bool = False,
    day: str = DAY,
) -> Extraction:
    """A page of ``text``: its sentences one a line; ``readings`` maps a sentence's first
    words to its predicate, read at publication; ``dated`` maps them to (a date phrase, its
    value), a mention dated by its own words. ``live``: a line "5:15 p.m." is a time header;
    ``day``: the page's date."""
    lines = text.split("\n")
    blocks: list[Block] = []
    sentences: list[tuple[int, int]] = []
    events: list[EventMention] = []
    at = 0
    for line in lines:
        start, end = at, at + len(line)
        at = end + 1
        if live and line.endswith("p.m."):
            blocks.append(Block(start, end, "live_header", time=line))
            continue
        blocks.append(Block(start, end, "body"))
        sentences.append((start, end))
        evidence = Evidence("p", start, end, line, line, start)
        for words, verb in readings.items():
            if line.startswith(words):
                v = start + line.index(verb)
                timex = Timex(start, start, "", "DATE", day)
                events.append(_mention(evidence, timex, (v, v + len(verb)), "publication"))
        for words, (phrase, value) in dated.items():
            if line.startswith(words):
                t = start + line.index(phrase)
                timex = Timex(t, t + len(phrase), phrase, "DATE", value)
                events.append(_mention(evidence, timex, (t, t + len(phrase)), "own"))
    document = Document(
        id="p", source="p", format="txt", text=text, title="", date=day, blocks=tuple(blocks)
    )
    return Extraction(document=document, sentences=tuple(sentences), events=tuple(events))


def _mention(
    evidence: Evidence, timex: Timex, predicate: tuple[int, int], anchor: str
) -> EventMention:
    word = evidence.sentence[predicate[0] - evidence.start : predicate[1] - evidence.start]
    lemma = {"won": "win", "suspended": "suspend", "pleaded": "plead"}.get(word, word)
    return EventMention(
        id=f"p-{predicate[0]}",
        doc="p",
        date=timex.value,
        timex=timex,
        description=evidence.sentence,
        evidence=evidence,
        predicate=predicate,
        lemma=lemma,
        anchor=anchor,  # type: ignore[arg-type]
    )


def _told(extraction: Extraction) -> list[str]:
    return [m.evidence.sentence for m in perfect_outcomes(extraction)]


LIVE = (
    "Voters in the two states went to the polls on Saturday.\n"
    "5:15 p.m.\n"
    "Maria Lopez has won the Northland party caucuses, a first win for her campaign.\n"
    "Her rival congratulated her.\n"
    "7:25 p.m.\n"
    "Ann Berg has won the Southland primary.\n"
    "Berg has won a third of the vote in the cities."
)


def test_an_entrys_present_perfect_outcome_is_the_days_event() -> None:
    page = _page(
        LIVE,
        {"Maria Lopez": "won", "Ann Berg": "won", "Berg has": "won"},
        {"Voters": ("Saturday", DAY)},
        live=True,
    )
    assert _told(page) == [
        "Maria Lopez has won the Northland party caucuses, a first win for her campaign.",
        "Ann Berg has won the Southland primary.",
    ]  # the entry's later sentence is not its news
    events = merge_events([page])
    assert any(
        e.date == DAY and any("has won the Southland" in m.evidence.sentence for m in e.mentions)
        for e in events
    )


def test_a_page_of_the_next_morning_dates_no_has_won() -> None:
    # published the day after the vote, which it names first: "has won" is of that day
    text = (
        "Ann Berg has won the Southland primary.\nShe led from the first count on Saturday night."
    )
    page = _page(
        text,
        {"Ann Berg": "won"},
        {"She led": ("Saturday night", "2031-06-14TNI")},
        day="2031-06-15",
    )
    assert _told(page) == []


def test_background_negations_tallies_and_quotations_are_no_outcome() -> None:
    text = (
        "The trial of the surgeon opened on Saturday in the capital.\n"
        "The surgeon has pleaded not guilty.\n"
    )
    # further down a report, the present perfect is the background every report recalls
    assert _told(_page(text, {"The surgeon": "pleaded"}, {"The trial": ("Saturday", DAY)})) == []
    for lede in (
        "Neither Lopez nor Berg has won a state so far.",
        "Berg has won at least 40 delegates in the two states.",
        "Berg has won overwhelming support from the party's governors.",
        "Lopez said that Berg has won the primary.",
        "More governors have endorsed Berg than Lopez.",
    ):
        verb = "endorsed" if "endorsed" in lede else "won"
        page = _page(lede + "\nThe count went on on Saturday.", {lede[:8]: verb}, {})
        assert _told(page) == [], lede


def test_a_lede_outcome_in_the_present_perfect_is_its_days() -> None:
    text = "The northern governor has suspended his campaign.\nHe thanked his supporters."
    page = _page(text, {"The northern": "suspended"}, {})
    assert _told(page) == ["The northern governor has suspended his campaign."]
