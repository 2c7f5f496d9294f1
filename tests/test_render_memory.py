"""What the render stage holds while it writes: the HTML is written as it is rendered, never
held whole, and what the views made for the cache (the documents' words they read) is stored and let
go, not held to the end of the stage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sample_brief import sample_brief

from briefgen import formats
from briefgen.extract.cache import cache_path
from briefgen.formats import Format, Rendering, write_formats
from briefgen.render import render_html


def _rows(cache: Path, table: str) -> int:
    with sqlite3.connect(cache) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_the_html_is_written_in_pieces_and_is_the_page_rendered_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    brief = sample_brief()
    rendering = Rendering(brief)

    def whole(_: Rendering) -> str:
        raise AssertionError("the page rendered whole")

    monkeypatch.setattr(Rendering, "html", property(whole))
    files = write_formats(rendering, ("html",), tmp_path, lambda _: None)
    assert files["html"].read_text(encoding="utf-8") == render_html(brief)
    assert rendering.timings["html"] > 0


def test_a_page_rendered_whole_first_is_written_as_it_is() -> None:
    rendering = Rendering(sample_brief())
    page = rendering.html
    assert b"".join(rendering.html_pieces()) == page.encode("utf-8")


def test_the_words_are_stored_and_let_go_before_the_html(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    brief = sample_brief()
    cache = cache_path(tmp_path / "out")
    cache.parent.mkdir(parents=True)
    rendering = Rendering(brief, cache=cache)
    seen: dict[str, object] = {}
    write = formats._write

    def noted(fmt: Format, r: Rendering, path: Path, step: object) -> None:
        if fmt.name == "html":  # what the render stage holds as the page is rendered
            seen["held"] = sorted({"terms"} & set(vars(r)))
            seen["stored"] = _rows(cache, "terms")
        write(fmt, r, path, step)  # type: ignore[arg-type]

    monkeypatch.setattr(formats, "_write", noted)
    files = write_formats(rendering, ("json", "html", "md"), tmp_path, lambda _: None)
    assert seen == {"held": [], "stored": len({d.text for d in brief.documents})}
    assert _rows(cache, "terms") == len({d.text for d in brief.documents})
    plain = tmp_path / "plain"
    plain.mkdir()
    again = write_formats(Rendering(brief), ("json", "html", "md"), plain, lambda _: None)
    for name, path in files.items():
        assert path.read_bytes() == again[name].read_bytes()


@pytest.mark.parametrize(
    "source", ["a\n{{ brief.title | shout }}\n", "a\nb\n{{ nothing_here }}\n", "{% if %}\n"]
)
def test_a_broken_template_written_in_pieces_is_the_error_of_one_rendered_whole(
    tmp_path: Path, source: str
) -> None:
    from briefgen.render.html import html_pieces
    from briefgen.render.templates import TemplateProblem

    (tmp_path / "brief.html.j2").write_text(source, encoding="utf-8")
    with pytest.raises(TemplateProblem) as whole:
        render_html(sample_brief(), tmp_path)
    with pytest.raises(TemplateProblem) as pieces:
        list(html_pieces(sample_brief(), tmp_path))
    assert str(pieces.value) == str(whole.value)
    assert f"{tmp_path / 'brief.html.j2'}:" in str(pieces.value)


def test_a_documents_words_are_one_object_a_word_and_its_whole_text_is_not_kept() -> None:
    """The views hold every document's words at once: a word the texts share is held once,
    and no text's every term is kept in the sentences' table."""
    from briefgen import heap
    from briefgen.aggregate import terms
    from briefgen.kept_terms import DocumentTerms

    first = "The harbour master warned that silt was closing the ferry channel."
    second = "Silt in the ferry channel worried the harbour master, the council said."
    heap.forget()
    a, b = DocumentTerms.of(first), DocumentTerms.of(second)
    held = {w: w for w in a.used}
    shared = [w for w in b.used if w in held]
    assert {"harbour", "master", "ferry", "channel"} <= set(shared)
    assert all(held[w] is w for w in shared)
    assert terms._terms.cache_info().currsize == 0
    assert a.content == tuple(sorted(set(terms.terms(first))))
