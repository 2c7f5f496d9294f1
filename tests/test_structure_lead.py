"""Page furniture glued before the lede: peeled off, the lede kept as the body's first block."""

from __future__ import annotations

import pytest

from briefgen.models import Document
from briefgen.structure import structure_document

HEADLINE = "Senate Passes Budget Bill"
LEDE = "The Senate voted on Tuesday to pass the budget bill after a long debate."
MORE = "The bill now goes to the House, where its fate is less certain."


def _blocks(opening: str) -> list[tuple[str, str]]:
    text = f"{HEADLINE}\n\n{opening}\n\n{MORE}\n"
    doc = Document(id="a.txt", source="a.txt", format="txt", text=text, title=HEADLINE)  # type: ignore[arg-type]
    return [(b.kind, text[b.start : b.end]) for b in structure_document(doc).blocks]


def _first_body(blocks: list[tuple[str, str]]) -> str:
    return next(text for kind, text in blocks if kind == "body")


@pytest.mark.parametrize(
    ("furniture", "expected"),
    [
        (
            "Updated 10:32 GMT By Jane Roe, Political Reporter WASHINGTON —",
            [
                ("furniture", "Updated 10:32 GMT"),
                ("byline", "By Jane Roe, Political Reporter"),
                ("dateline", "WASHINGTON —"),
            ],
        ),
        (
            "Posted: 03/02/2016 5:15 pm EST Updated: 03/02/2016 6:00 pm EST",
            [("furniture", "Posted: 03/02/2016 5:15 pm EST Updated: 03/02/2016 6:00 pm EST")],
        ),
        (
            "By JANE ROE and JOHN DOE Associated Press LONDON (AP) —",
            [
                ("byline", "By JANE ROE and JOHN DOE Associated Press"),
                ("dateline", "LONDON (AP) —"),
            ],
        ),
        (
            "Jane Roe | @janeroe | March 2, 2016",
            [
                ("byline", "Jane Roe"),
                ("furniture", "| @janeroe"),
                ("furniture", "| March 2, 2016"),
            ],
        ),
        ("By Jane Roe", [("byline", "By Jane Roe")]),
        (
            "Last updated: 1 may, 2009 - 17:54 GMT",
            [("furniture", "Last updated: 1 may, 2009 - 17:54 GMT")],
        ),
        (
            "By Jo Roe and Al Doe NEW YORK (Agency) -",
            [("byline", "By Jo Roe and Al Doe"), ("dateline", "NEW YORK (Agency) -")],
        ),
        (
            "Page last updated at 08:03 GMT, Tuesday, 1 March 2011 09:03 UK "
            "(an error occurred while processing this directive)",
            [
                ("furniture", "Page last updated at 08:03 GMT, Tuesday, 1 March 2011 09:03 UK"),
                ("furniture", "(an error occurred while processing this directive)"),
            ],
        ),
        (
            "Tuesday 5 May 2009 17.04 BST (404 Not Found)",
            [("furniture", "Tuesday 5 May 2009 17.04 BST"), ("furniture", "(404 Not Found)")],
        ),
        ("Jane Roe, Political Reporter", [("byline", "Jane Roe, Political Reporter")]),
        ("Jane Roe Health Correspondent", [("byline", "Jane Roe Health Correspondent")]),
        (
            "Updated 10:32 GMT Newsdesk US reporter in Riverton",
            [("furniture", "Updated 10:32 GMT"), ("byline", "Newsdesk US reporter in Riverton")],
        ),
        (
            "Thu Apr 30, 2009 5:11 am EDT",
            [("furniture", "Thu Apr 30, 2009 5:11 am EDT")],
        ),
    ],
)
def test_furniture_glued_before_the_lede_is_peeled_and_the_lede_kept(
    furniture: str, expected: list[tuple[str, str]]
) -> None:
    blocks = _blocks(f"{furniture} {LEDE}")
    assert _first_body(blocks) == LEDE
    lede = blocks.index(("body", LEDE))
    assert blocks[lede - len(expected) : lede] == expected


def test_peeled_blocks_point_at_their_own_characters() -> None:
    opening = f"Updated 10:32 GMT By Jane Roe, Political Reporter WASHINGTON — {LEDE}"
    text = f"{HEADLINE}\n\n{opening}\n\n{MORE}\n"
    doc = Document(id="a.txt", source="a.txt", format="txt", text=text, title=HEADLINE)  # type: ignore[arg-type]
    body = next(b for b in structure_document(doc).blocks if b.kind == "body")
    assert body.start == text.index("The Senate voted")
    assert body.end == body.start + len(LEDE)


@pytest.mark.parametrize(
    "sentence",
    [
        "By Tuesday, the Senate had passed the budget bill after a long debate.",
        "Updated figures show the economy grew by 2 percent in the first quarter.",
        "By Election Day, turnout was expected to reach record levels in the state.",
        "By Jo Roe, Lima Al Doe died on Tuesday after a long illness, his family said.",
        "Anna Berg, Editor of the town paper, resigned on Tuesday after a row over the closure.",
        "Senior Reporter Jane Roe said the bill would pass on Tuesday after a long debate.",
    ],
)
def test_a_sentence_opening_like_furniture_stays_whole(sentence: str) -> None:
    assert _first_body(_blocks(sentence)) == sentence


@pytest.mark.parametrize(
    "line",
    ["Updated 10:32 GMT", "By Jane Roe, Political Reporter", "Posted: 03/02/2016 5:15 pm EST"],
)
def test_a_line_that_is_only_furniture_stays_furniture(line: str) -> None:
    kinds = dict((text, kind) for kind, text in _blocks(line))
    assert kinds[line] in ("furniture", "byline")
    assert _first_body(_blocks(line)) == MORE


def test_a_wire_strip_of_place_and_time_stays_one_dateline() -> None:
    strip = "NEW YORK | Mon Mar 2, 2009 4:23 pm EST NEW YORK (Agency) -"
    blocks = _blocks(f"{strip} {LEDE}")
    assert ("dateline", strip) in blocks
    assert _first_body(blocks) == LEDE
