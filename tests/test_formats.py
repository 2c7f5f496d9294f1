"""The registry of output formats: the config, the build, ``render`` and the index read it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sample_brief import sample_brief, told_by_main_clauses
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.config import load_config
from briefgen.errors import ConfigError, OutputError
from briefgen.formats import FORMATS, Format, Rendering, by_suffix
from briefgen.outputs import render_file
from briefgen.render.json import brief_to_json

ROW = {"id": "a", "time": "2024-03-08", "title": "Port", "text": "On 7 March 2024 the port "
       "authority reopened the northern terminal."}  # fmt: skip


def _plain_text(r: Rendering) -> bytes:
    return f"{r.brief.title}\n".encode()


@pytest.fixture
def txt_format(monkeypatch: pytest.MonkeyPatch) -> Format:
    """A format that exists only in this test: one entry in the registry."""
    fmt = Format("txt", "Plain text", "brief.txt", "text/plain", _plain_text)
    monkeypatch.setitem(FORMATS, "txt", fmt)
    return fmt


def test_a_new_format_is_one_entry(tmp_path: Path, txt_format: Format) -> None:
    from briefgen.pipeline import build_brief

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps(ROW) + "\n", encoding="utf-8")
    config = load_config(None, inputs=[str(corpus)], output_dir=tmp_path / "out", formats="txt")
    result = build_brief(config)
    assert list(result.files) == ["txt"]
    assert result.files["txt"].read_text() == f"{result.brief.title}\n"
    manifest = json.loads((result.build_dir / "manifest.json").read_text())
    assert manifest["files"]["txt"]["name"] == "brief.txt"
    index = (tmp_path / "out" / "index.html").read_text()
    assert f'href="{result.build_dir.name}/brief.txt">Plain text<' in index

    saved = tmp_path / "brief.json"
    saved.write_text(brief_to_json(sample_brief()), encoding="utf-8")
    out = render_file(saved, tmp_path / "again.txt")
    assert out.read_text() == "Russia and the Taliban takeover of Afghanistan\n"


def test_config_accepts_every_registered_format_and_names_them_on_error() -> None:
    assert load_config(None, formats=",".join(FORMATS)).formats == tuple(FORMATS)
    with pytest.raises(ConfigError) as caught:
        load_config(None, formats="pdf,odt")
    assert str(caught.value) == "unknown format odt; choose from json, html, pdf, md, docx"


def test_render_picks_the_format_by_suffix(tmp_path: Path) -> None:
    assert by_suffix(".HTM") is FORMATS["html"]
    assert by_suffix(".docx") is FORMATS["docx"]
    saved = tmp_path / "brief.json"
    saved.write_text(brief_to_json(sample_brief()), encoding="utf-8")
    with pytest.raises(OutputError, match=r"use \.json, \.html, \.pdf, \.md, \.docx"):
        render_file(saved, tmp_path / "brief.odt")


def test_build_and_render_help_list_the_formats() -> None:
    build = CliRunner().invoke(app, ["build", "--help"], terminal_width=200)
    assert "json,html,pdf,md,docx" in " ".join(build.output.split())
    render = CliRunner().invoke(app, ["render", "--help"], terminal_width=200)
    assert ".json, .html, .pdf, .md, .docx" in " ".join(render.output.split())


def test_html_is_rendered_once_for_html_and_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    import briefgen.render

    monkeypatch.setattr(briefgen.render, "render_html", lambda b, t: calls.append("x") or "<p/>")
    rendering = Rendering(sample_brief())
    FORMATS["html"].write(rendering)
    assert rendering.html == "<p/>" and calls == ["x"]
    assert "html" in rendering.timings


@pytest.mark.parametrize("which", ["sample", "empty"])
def test_the_json_written_a_piece_at_a_time_is_one_dump_of_the_whole_brief(which: str) -> None:
    from sample_brief import empty_brief

    from briefgen.render.json import SCHEMA_VERSION, to_data

    brief = sample_brief() if which == "sample" else empty_brief()
    whole = to_data(brief)
    whole["schema_version"] = SCHEMA_VERSION
    expected = json.dumps(whole, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert brief_to_json(brief) == expected
    assert FORMATS["json"].write(Rendering(brief)) == expected.encode("utf-8")
    stream = FORMATS["json"].stream
    assert stream is not None
    assert b"".join(stream(Rendering(brief))) == expected.encode("utf-8")


def test_the_json_is_written_a_list_element_a_piece() -> None:
    """A large brief's lists (its documents above all) are never joined whole in memory."""
    import dataclasses

    from briefgen.render.json import iter_brief_json

    brief = sample_brief()
    pieces = list(iter_brief_json(brief))
    lists = [getattr(brief, f.name) for f in dataclasses.fields(brief)]
    elements = sum(len(v) for v in lists if isinstance(v, list | tuple))
    assert elements > 3
    # one piece an element, besides the pieces of the keys and of the other values
    assert len(pieces) >= elements + len(lists)
    documents = [p for p in pieces if '"text": ' in p and '"sha1": ' in p]
    assert len(documents) == len(brief.documents)


def test_html_print_copy_and_markdown_share_one_ranking_of_the_actors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ranking the actors is the costly part of a page's views (about a second at 800
    articles): a build ranks them once for the HTML, the PDF's capped copy and the
    Markdown, and chooses key positions only for the actors it shows with them."""
    import dataclasses

    from briefgen.aggregate import actors, keypositions
    from briefgen.render import pdf, render_html
    from briefgen.render.actorviews import PROFILED_ACTORS

    brief = told_by_main_clauses(sample_brief())  # a chronology the PDF's cap shortens
    named_once = tuple(
        dataclasses.replace(brief.actors[0], id=f"extra-{n}", name=f"Extra Person {n}")
        for n in range(3 * PROFILED_ACTORS)
    )
    brief = dataclasses.replace(brief, actors=(*brief.actors, *named_once))
    calls = {"rank": 0, "positions": 0}

    def counted(name: str, real):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls[name] += 1
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(actors, "profile_order", counted("rank", actors.profile_order))
    monkeypatch.setattr(
        keypositions, "key_positions", counted("positions", keypositions.key_positions)
    )
    monkeypatch.setattr(pdf, "PDF_CHRONOLOGY", 3)  # so the PDF's copy is a render of its own
    rendering = Rendering(brief)
    page, printed = rendering.html, rendering.print_html
    markdown = FORMATS["md"].write(rendering).decode("utf-8")
    assert calls["rank"] == 1
    # Once for each actor that may be profiled (those near the top, and the profiles
    # filled from past them), whatever the number of renderings and actors.
    assert 2 * PROFILED_ACTORS <= calls["positions"] <= 3 * PROFILED_ACTORS < len(brief.actors)
    # Shared views, same pages: each as rendered from the brief alone.
    assert page == render_html(brief)
    assert printed == render_html(
        brief, chronology_limit=3, new_limit=pdf.PDF_NEW_ITEMS, sources_limit=pdf.PDF_SOURCES
    )
    assert printed != page
    assert "Key positions" in page and "> " in markdown


def test_the_json_writer_writes_what_json_dumps_writes_for_any_value() -> None:
    """The JSON stage's own encoder gives json.dumps's text (indent 2, sorted keys) for the
    values a brief can hold, the odd ones too: floats that are not numbers, empty
    containers, non-string keys, dates, quotes and line breaks inside strings."""
    import dataclasses
    from datetime import UTC, date, datetime

    from briefgen.render.json import _dumps, _encoded, to_data

    @dataclasses.dataclass(frozen=True)
    class Inner:
        when: date
        at: datetime | None
        score: float

    @dataclasses.dataclass(frozen=True)
    class Outer:
        zeta: tuple[Inner, ...]
        alpha: dict[object, object]
        text: str
        flags: list[bool | None]
        count: int

    value = Outer(
        zeta=(
            Inner(date(2024, 3, 7), datetime(2024, 3, 7, 9, 30, tzinfo=UTC), 0.1),
            Inner(date(1999, 1, 1), None, float("nan")),
            Inner(date(2000, 2, 29), None, float("-inf")),
        ),
        alpha={2: [], "b": {}, 1: {"z": 1e-7, "a": [[], [1, 2]]}},
        text='Żochowski said "no"\nthen — left\t\\ \u2028',
        flags=[True, False, None],
        count=-3,
    )
    for level in (0, 1, 2):
        expected = _dumps(to_data(value)).replace("\n", "\n" + "  " * level)
        assert _encoded(value, level) == expected
    assert _encoded([], 0) == "[]"
    with pytest.raises(TypeError):
        _encoded({"a": object()}, 0)
