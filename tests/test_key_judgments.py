"""The key judgments' choice: one sentence per page first, a page of entries' lines last."""

from __future__ import annotations

from bottomline_fixtures import page

from briefgen.bottomline import Candidate
from briefgen.key_judgments import mmr
from briefgen.models import Block, Document, Evidence
from briefgen.structure.stories import carries_entries
from briefgen.summary_candidates import summary_candidates


def _line(doc: str, n: int, word: str, score: float, *, entry: bool = False) -> Candidate:
    """Sentence ``n`` of page ``doc``, about ``word`` alone (no two words overlap)."""
    evidence = Evidence(doc, n * 100, n * 100 + 50, word, word, n * 100)
    return Candidate(f"{word} happened.", evidence, {word: 1.0}, score, entry=entry)


def _docs(chosen: list[Candidate]) -> list[str]:
    return [c.evidence.doc for c in chosen]


def test_a_page_gives_a_second_judgment_only_when_no_other_page_has_one_left() -> None:
    # A report's nut graf and its third paragraph score above another page's lede, which
    # still comes before either; once every page gave one, a page gives its second.
    report = [_line("report", 0, "result", 0.9), _line("report", 1, "turnout", 0.8)]
    report.append(_line("report", 2, "queue", 0.7))
    other = _line("other", 0, "endorsement", 0.4)
    chosen = mmr([*report, other], 3)
    assert [c.text for c in chosen] == [
        "result happened.",
        "endorsement happened.",
        "turnout happened.",
    ]


def test_the_bottom_lines_page_gives_no_judgment_while_another_page_has_one() -> None:
    bottom = _line("report", 0, "result", 0.9)
    rest = [_line("report", 1, "turnout", 0.8), _line("other", 0, "endorsement", 0.4)]
    assert _docs(mmr(rest, 1, told=[bottom])) == ["other"]
    # with no other page left, the bottom line's page gives its next sentence
    assert _docs(mmr(rest, 2, told=[bottom])) == ["other", "report"]


def test_a_page_of_entries_lines_come_after_every_other_pages() -> None:
    # A live page's exit-poll share and an aide's remark score highest of all; the other
    # pages' lines come first, and the live page gives one line once they are all drawn.
    live = [
        _line("live", 0, "satisfied", 0.9, entry=True),
        _line("live", 1, "early", 0.85, entry=True),
    ]
    pages = [_line("a", 0, "delegates", 0.5), _line("b", 0, "controversy", 0.45)]
    assert _docs(mmr([*live, *pages], 2)) == ["a", "b"]
    assert _docs(mmr([*live, *pages], 3)) == ["a", "b", "live"]
    assert [c.text for c in mmr([*live, *pages], 3)][2] == "satisfied happened."


def _blocks(*kinds: str) -> tuple[Block, ...]:
    return tuple(Block(10 * i, 10 * i + 9, kind) for i, kind in enumerate(kinds))  # type: ignore[arg-type]


def test_a_page_of_entries_is_one_of_two_breaks_or_more() -> None:
    def document(*kinds: str) -> Document:
        blocks = _blocks(*kinds)
        return Document("d", "d", "txt", "x" * 100, "", "2016-03-01", "stated", blocks=blocks)

    assert carries_entries(document("body", "live_header", "body", "live_header", "body"))
    assert carries_entries(document("body", "story_break", "body", "story_break", "body"))
    assert not carries_entries(document("headline", "body", "live_header", "body"))
    assert not carries_entries(document("headline", "body", "body"))


def test_the_candidates_of_a_page_of_entries_are_marked() -> None:
    won = "Senator Ann Smith won a vote on a harbour bill in Albany on Tuesday by ten votes."
    cheered = "Aides to Senator Ann Smith cheered in a hall in Albany as votes came in on Tuesday."
    live_text = f"6:01 p.m.\n{won}\n4:40 p.m.\n{cheered}\n"
    head, second = live_text.index("6:01"), live_text.index("4:40")
    blocks = (
        Block(head, head + 9, "live_header", time="6:01 p.m."),
        Block(head + 10, second - 1, "body"),
        Block(second, second + 9, "live_header", time="4:40 p.m."),
        Block(second + 10, len(live_text) - 1, "body"),
    )
    extractions = [
        page("live", "2016-03-01", live_text, sentences=r"[^.\n]+\.", blocks=blocks),
        page("report", "2016-03-02", f"{won[:-1]}, a clerk of the house said."),
    ]
    candidates = summary_candidates(extractions, [], [], (), frozenset())
    marked = {c.evidence.doc: c.entry for c in candidates}
    assert marked.get("report") is False
    assert marked.get("live") is True
