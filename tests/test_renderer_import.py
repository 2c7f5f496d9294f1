"""The PDF renderer's import: its system libraries found without running a compiler."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# A fresh interpreter: this one may have imported WeasyPrint already.
IMPORT = textwrap.dedent(
    """
    import resource, sys
    {before}
    from briefgen.render.libraries import import_renderer
    weasyprint = import_renderer("weasyprint")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(weasyprint.HTML(string="<p>Harbour cranes</p>").write_pdf()[:5].decode())
    print(children.ru_utime + children.ru_stime > 0)
    """
)


def _run(before: str = "") -> list[str]:
    code = IMPORT.format(before=before)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.split()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's library lookup")
def test_weasyprint_imports_and_runs_no_lookup_process() -> None:
    assert _run() == ["%PDF-", "False"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's library lookup")
def test_weasyprint_found_the_usual_way_when_its_file_names_fail() -> None:
    # A system whose libraries the loader does not know by WeasyPrint's file names: the
    # first try fails, quietly, and the usual lookup finds them.
    before = textwrap.dedent(
        """
        import cffi.api
        load = cffi.api._load_backend_lib
        def picky(backend, name, flags):
            if isinstance(name, str) and ".so." in name and name.startswith("libgobject"):
                raise OSError("not by this name")
            return load(backend, name, flags)
        cffi.api._load_backend_lib = picky
        """
    )
    assert _run(before) == ["%PDF-", "True"]
