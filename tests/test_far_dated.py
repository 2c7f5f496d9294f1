"""Sources dated years away from the rest of the corpus are named in the data notes; a
story told steadily over years, or revisited after a few months, is not."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from briefgen.config import load_config
from briefgen.ingest.far_dated import far_dated_notes
from briefgen.models import Document
from briefgen.pipeline import build_brief


def _doc(day: str, n: int) -> Document:
    return Document(
        id=f"d{n}", source=f"d{n}.txt", format="txt", title=f"Story {n}", text="Text.", date=day
    )


def test_two_sources_a_decade_after_a_week_of_news_are_named() -> None:
    week = [_doc(f"1989-10-{day}", n) for n, day in enumerate(range(22, 32))]
    strays = [_doc("1998-01-08", 90), _doc("1998-01-15", 91)]
    notes = far_dated_notes([*week, *strays])
    assert [n.doc for n in notes] == ["d90", "d91"]
    assert notes[0].message.startswith("dated more than 8 years after the other 10 sources")
    assert "22–31 October 1989" in notes[0].message


def test_a_long_story_and_a_revisit_after_months_are_not_outliers() -> None:
    years = [_doc(f"{2009 + n // 4}-{1 + 3 * (n % 4):02d}-01", n) for n in range(10)]
    assert far_dated_notes(years) == []
    revisit = [_doc(f"2016-09-{day:02d}", day) for day in range(1, 8)] + [_doc("2017-03-01", 99)]
    assert far_dated_notes(revisit) == []


def test_the_brief_notes_the_stray_and_the_ampersand_residue(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    buyers = ["First Union", "Citicorp", "Chemical", "Mellon", "Fleet"]
    for day, buyer in zip(range(26, 31), buyers, strict=True):
        (tmp_path / "in" / f"1989-10-{day}-deal.txt").write_text(
            f"{buyer} buys a rival\n\n{buyer}, advised by Donaldson, Lufkin amp Jenrette, said "
            f"it agreed to buy a smaller rival for ${day + 20} million in cash and shares.",
            encoding="utf-8",
        )
    (tmp_path / "in" / "1998-01-08-asia.txt").write_text(
        "Asian markets fall\n\nThe World Bank said on Thursday that stocks fell in Asia.",
        encoding="utf-8",
    )
    config = load_config(
        None, inputs=[str(tmp_path / "in")], output_dir=tmp_path / "out", formats="md"
    )
    built = build_brief(config, now=datetime(2026, 12, 3, 7, 0, tzinfo=UTC))
    shown = built.files["md"].read_text(encoding="utf-8")
    notes = shown[shown.index("Data notes") :]
    assert "dated more than 8 years after the other 5 sources (26–30 October 1989)" in notes
    assert "Donaldson, Lufkin & Jenrette" in shown and " amp " not in shown
    # one problem on five pages: one note, each page named with its own count
    assert notes.count('read as "&" in 5 places') == 1
    assert "in 5 sources: [1] 1 place; [2] 1 place; [3] 1 place; [4] 1 place; [5] 1 place" in notes
