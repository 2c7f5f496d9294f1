"""End to end on seeds/: the PDF an analyst reads, the JSON a machine reads."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader

from briefgen.config import load_config
from briefgen.pipeline import BuildResult, assemble_brief, build_brief
from briefgen.render.json import brief_from_json, brief_to_json

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> BuildResult:
    out = tmp_path_factory.mktemp("reports")
    config = load_config(None, inputs=[str(seeds_dir)], output_dir=out, formats="pdf,html,json,md")
    return build_brief(config, now=NOW)


@pytest.fixture(scope="module")
def pdf_text(built: BuildResult) -> str:
    reader = PdfReader(built.files["pdf"])
    return "\n".join(page.extract_text() for page in reader.pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_outputs_written_into_a_dated_build_folder(built: BuildResult) -> None:
    assert built.build_dir.name == "2026-11-23T0700Z"
    assert set(built.files) == {"pdf", "html", "json", "md"}
    for path in built.files.values():
        assert path.parent == built.build_dir and path.stat().st_size > 0
    manifest = json.loads((built.build_dir / "manifest.json").read_text())
    assert len(manifest["inputs"]) == 5 and manifest["files"]["pdf"]["sha1"]
    # No staging folder left behind; the one hidden folder is the extraction cache.
    hidden = [p.name for p in built.build_dir.parent.iterdir() if p.name.startswith(".")]
    assert hidden == [".cache"]


def test_json_validates_against_the_documented_schema(built: BuildResult) -> None:
    schema = json.loads((ROOT / "docs" / "brief.schema.json").read_text())
    data = json.loads(built.files["json"].read_text())
    jsonschema.validate(data, schema)


def test_every_event_and_position_carries_evidence(built: BuildResult, seeds_dir: Path) -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in seeds_dir.iterdir()}
    brief = built.brief
    assert brief.events and brief.positions
    for event in brief.events:
        for m in event.mentions:
            ev = m.evidence
            assert texts[ev.doc][ev.start : ev.end] == ev.text
            assert texts[ev.doc][ev.sentence_start :].startswith(ev.sentence)
    for p in brief.positions:
        assert texts[p.doc][p.start : p.end] == p.text
        assert texts[p.evidence.doc][p.evidence.start : p.evidence.end] == p.evidence.text


def test_same_input_same_json(built: BuildResult, seeds_dir: Path) -> None:
    config = load_config(None, inputs=[str(seeds_dir)])
    again, _ = assemble_brief(config, now=NOW)
    first = json.loads(built.files["json"].read_text())
    first["whats_new"] = None
    assert json.dumps(first, sort_keys=True, indent=2, ensure_ascii=False) + "\n" == brief_to_json(
        again
    )


def test_json_round_trips(built: BuildResult) -> None:
    text = built.files["json"].read_text()
    assert brief_to_json(brief_from_json(text)) == text


def test_pdf_sections_in_order_with_page_numbers(built: BuildResult, pdf_text: str) -> None:
    reader = PdfReader(built.files["pdf"])
    pages = len(reader.pages)
    assert pages >= 4
    order = [
        "Executive summary",
        "Timeline",
        "Actor profiles",
        "Chronology",
        "Sources",
        "Data notes",
    ]
    outline = [
        (item.title, reader.get_destination_page_number(item))
        for item in reader.outline
        if not isinstance(item, list)
    ]
    found = []
    for name in order:
        hits = [(title, page) for title, page in outline if name.lower() in title.lower()]
        assert hits, (name, outline)
        found.append(hits[0][1])
    assert found == sorted(found), list(zip(order, found, strict=True))
    # The contents page lists each section with the page it starts on.
    contents = _flat(reader.pages[1].extract_text())
    for name, page in zip(order, found, strict=True):
        assert re.search(rf"{name}.*?{page + 1}\b", contents, re.I), (name, contents)
    assert re.search(rf"[Pp]age 2 of {pages}", _flat(pdf_text))
    assert reader.metadata and reader.metadata.title == built.brief.title


def test_pdf_names_main_actors_with_quotes(built: BuildResult, pdf_text: str) -> None:
    flat = _flat(pdf_text)
    for name in ("Zamir Kabulov", "Sergei Lavrov"):
        assert name in flat
    names = {a.name for a in built.brief.actors}
    assert any("Kabulov" in n for n in names) and any("Lavrov" in n for n in names)
    assert any(p.kind == "direct" for p in built.brief.positions)


def test_the_july_visit_is_dated(built: BuildResult, pdf_text: str) -> None:
    assert any(e.date.startswith("2021-07-08") for e in built.brief.events)
    assert re.search(r"8\s*[–-]\s*9 July 2021|July 8\s*[–-]\s*9, 2021", _flat(pdf_text))


def test_data_notes_flag_bad_and_missing_dates(built: BuildResult) -> None:
    notes = {n.doc[:3]: n.message for n in built.brief.notes}
    assert "2012" in notes["002"]
    assert "no publication date" in notes["001"] and "no publication date" in notes["004"]
    doc002 = next(d for d in built.brief.documents if d.id.startswith("002"))
    assert doc002.date and doc002.date.startswith("2021")


def test_pdf_pages_render_to_images(built: BuildResult, tmp_path: Path) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) not installed")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "30",
            "-f",
            "1",
            "-l",
            "3",
            str(built.files["pdf"]),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == 3 and all(p.stat().st_size > 2000 for p in images)


def test_rerender_from_json(built: BuildResult, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from briefgen.cli import app

    out = tmp_path / "again.pdf"
    result = CliRunner().invoke(app, ["render", str(built.files["json"]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = _flat("\n".join(p.extract_text() for p in PdfReader(out).pages))
    assert "Zamir Kabulov" in text


def test_second_build_reports_whats_new_against_the_first(built: BuildResult) -> None:
    assert built.brief.whats_new is None
    brief2 = build_brief(
        load_config(
            None,
            inputs=[str(ROOT / "seeds" / "003_0adcbcc9f6435d88.txt")],
            output_dir=built.build_dir.parent,
            formats="json",
        ),
        now=NOW.replace(hour=8),
    ).brief
    assert brief2.whats_new is not None
    assert brief2.whats_new.previous_build == "2026-11-23T0700Z"
    # One of the five sources again: nothing in it is new.
    assert brief2.whats_new.events == ()
    assert brief2.whats_new.actors == (), [
        a.name for a in brief2.actors if a.id in brief2.whats_new.actors
    ]
    assert brief2.whats_new.positions == ()


def test_the_default_title_writes_a_name_with_the_article_its_sources_give_it() -> None:
    """A title such as "Ann Roe, Tom Reed and United States" reads as a fragment: a
    name the sources write after "the" takes it; a person's and a bare country's do not."""
    from briefgen.models import Actor, Mention
    from briefgen.titles import default_title

    texts = {
        "d1": "Ann Roe met leaders of the United States and Chile. The United States agreed.",
        "d2": "In Chile, Ann Roe said the United States would help. U.S. aid, U.S. ships.",
    }

    def named(doc: str, name: str, nth: int = 0) -> Mention:
        start = -1
        for _ in range(nth + 1):
            start = texts[doc].index(name, start + 1)
        return Mention(doc, start, start + len(name), name)

    roe = Actor(
        "a1",
        "Ann Roe",
        "person",
        mentions=(named("d1", "Ann Roe"), named("d2", "Ann Roe")),
        sources=("d1", "d2", "d3"),
    )
    states = Actor(
        "a2",
        "United States",
        "state",
        mentions=(
            named("d1", "United States"),
            named("d1", "United States", 1),
            named("d2", "United States"),
            # its short name, written bare more often: the full name's usage decides
            *(named("d2", "U.S.", n) for n in range(2)),
            *(named("d2", "U.S.", n) for n in range(2)),
        ),
        sources=("d1", "d2"),
    )
    chile = Actor(
        "a3",
        "Chile",
        "state",
        mentions=(named("d1", "Chile"), named("d2", "Chile")),
        sources=("d1",),
    )
    assert default_title([roe, states, chile], texts) == "Ann Roe, the United States and Chile"
    assert default_title([states], texts) == "The United States"
