"""What a build does for its renderers while the extraction workers parse
(``formats.prepare``): the PDF's child, forked later, finds it done."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import jinja2
import pytest
from sample_brief import sample_brief

from briefgen.beside import answer
from briefgen.formats import Rendering, prepare
from briefgen.render import pdf
from briefgen.render.templates import environment


def _compiles_in_child(rendering: Rendering, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many templates a forked child compiles to make the PDF's print HTML."""
    compiled: list[str | None] = []
    compile_template = jinja2.Environment.compile

    def counted(
        self: jinja2.Environment, source: object, name: str | None = None, *a: object
    ) -> object:
        compiled.append(name)
        return compile_template(self, source, name, *a)  # type: ignore[arg-type]

    monkeypatch.setattr(jinja2.Environment, "compile", counted)

    def print_html() -> int:
        _ = rendering.print_html
        return len(compiled)

    return answer(print_html)


def test_the_pdf_child_compiles_no_template_the_build_had_ready(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prepare(["pdf", "html", "json"])
    assert _compiles_in_child(Rendering(sample_brief()), monkeypatch) == 0


def test_a_users_templates_are_read_anew_each_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file added to a user's folder overrides the default's from the next render on.
    prepare(["pdf", "html"], templates=tmp_path)
    assert environment(tmp_path) is not environment(tmp_path)
    assert environment(None) is environment(None)
    assert _compiles_in_child(Rendering(sample_brief(), templates=tmp_path), monkeypatch) > 0


def test_the_pdf_is_the_same_after_its_fixed_costs_are_paid() -> None:
    html = Rendering(sample_brief()).print_html
    before = pdf.render_pdf(html)
    pdf.warm()
    assert pdf.render_pdf(html) == before


# A fresh interpreter: this one may have made PDFs already.
_LOOKUPS = textwrap.dedent(
    """
    import sys
    from briefgen.formats import prepare
    {prepare}
    from weasyprint.text import ffi
    libraries = [ffi.gobject, ffi.pango, ffi.harfbuzz, ffi.harfbuzz_subset, ffi.fontconfig,
                 ffi.pangoft2]
    known = [set(vars(library)) for library in libraries]
    from briefgen.render.pdf import render_pdf
    render_pdf('<html><head><style>h1 {{ font-family: "DejaVu Sans" }}</style></head>'
               '<body><h1>Harbour</h1><p>Cranes <b>stood</b> <i>idle</i>.</p></body></html>')
    print(sum(len(set(vars(library)) - seen) for library, seen in zip(libraries, known)))
    """
)


@pytest.mark.parametrize(("formats", "looked_up"), [("['pdf']", False), ("['html']", True)])
def test_the_pdf_child_looks_up_no_library_function_the_build_had_found(
    formats: str, looked_up: bool
) -> None:
    code = _LOOKUPS.format(prepare=f"prepare({formats}); import weasyprint")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert (int(done.stdout.split()[-1]) > 0) is looked_up
